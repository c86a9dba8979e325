//! Where results go: a file named with `-o`, or standard output; and notes on standard error.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use crate::CliError;

/// A buffered output that remembers its name for error messages.
pub struct Output {
    name: String,
    writer: BufWriter<Box<dyn Write>>,
}

impl Output {
    /// `path`, created or truncated; standard output when `path` is `None` or `-`.
    pub fn open(path: Option<&Path>) -> Result<Output, CliError> {
        let (name, writer): (String, Box<dyn Write>) = match path {
            Some(p) if p != Path::new("-") => {
                let file = File::create(p).map_err(|e| CliError::output(&p.display().to_string(), e))?;
                (p.display().to_string(), Box::new(file))
            }
            _ => ("standard output".to_string(), Box::new(io::stdout().lock())),
        };
        Ok(Output { name, writer: BufWriter::with_capacity(1 << 16, writer) })
    }

    /// Write `bytes` followed by a newline.
    pub fn line(&mut self, bytes: &[u8]) -> Result<(), CliError> {
        self.writer
            .write_all(bytes)
            .and_then(|()| self.writer.write_all(b"\n"))
            .map_err(|e| CliError::output(&self.name, e))
    }

    /// Flush everything written so far.
    pub fn finish(mut self) -> Result<(), CliError> {
        self.writer.flush().map_err(|e| CliError::output(&self.name, e))
    }
}

/// Print one line on standard error; a closed standard error is ignored rather than a panic.
pub fn note(line: std::fmt::Arguments<'_>) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}

/// The display name of an input path ("-" is standard input).
pub fn input_name(path: &Path) -> String {
    if path == Path::new("-") {
        "standard input".to_string()
    } else {
        path.display().to_string()
    }
}
