//! Reading documents: one text with a size limit, and the inputs of `batch` (files, directories
//! walked recursively, JSONL files, standard input) in a fixed order.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::output::input_name;
use crate::CliError;

/// Why one document's text could not be had.
#[derive(Debug)]
pub enum ReadError {
    /// The file could not be opened or read.
    Io(io::Error),
    /// More bytes than the limit.
    TooLarge { max: usize },
    /// Not UTF-8; the byte offset of the first bad sequence.
    NotUtf8 { at: usize },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "cannot read: {e}"),
            ReadError::TooLarge { max } => {
                write!(f, "over the limit of {max} bytes (raise it with --max-bytes, or split the document)")
            }
            ReadError::NotUtf8 { at } => write!(f, "not UTF-8 (invalid byte sequence at byte {at})"),
        }
    }
}

/// Read all of `reader` as UTF-8 text of at most `max` bytes, never holding more than `max + 1`.
pub fn read_text(reader: impl Read, max: usize) -> Result<String, ReadError> {
    let mut bytes = Vec::new();
    reader.take(max as u64 + 1).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() > max {
        return Err(ReadError::TooLarge { max });
    }
    String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 { at: e.utf8_error().valid_up_to() })
}

/// Read the text file at `path` (`-`: standard input) with [`read_text`]; a file whose size is
/// known to be over `max` is rejected unread.
pub fn read_file(path: &Path, max: usize) -> Result<String, ReadError> {
    if path == Path::new("-") {
        return read_text(io::stdin().lock(), max);
    }
    let file = File::open(path).map_err(ReadError::Io)?;
    if file.metadata().is_ok_and(|m| m.is_file() && m.len() > max as u64) {
        return Err(ReadError::TooLarge { max });
    }
    read_text(file, max)
}

/// The one document of `extract` and `html`: an unreadable input is an I/O failure (status 3),
/// a text over the limit or not UTF-8 is a failed document (status 1).
pub fn read_document(path: &Path, max: usize) -> Result<String, CliError> {
    read_file(path, max).map_err(|e| match e {
        ReadError::Io(source) => CliError::Input { path: input_name(path), source },
        other => CliError::Document { path: input_name(path), reason: other.to_string() },
    })
}

/// One input of `batch`, after listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A text file: one document, its id the path as opened.
    Text { path: PathBuf, size: u64 },
    /// A JSONL file (`-`: standard input) of `{"id", "text"}` objects.
    Jsonl { path: PathBuf, size: Option<u64> },
}

/// Whether `path` names a JSONL file (`.jsonl` or `.ndjson`, any case).
fn is_jsonl(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson"))
}

/// Whether `path` is a text file a directory walk takes (`.txt`, any case).
fn is_txt(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("txt"))
}

/// List the inputs named on the command line, in the order given: `-` is JSONL on standard input;
/// a directory gives its `.txt` files (any case, all levels down, sorted by path; symbolic links
/// to directories are not followed); a `.jsonl`/`.ndjson` file is JSONL; any other file is one
/// text document.
pub fn list(named: &[PathBuf]) -> Result<Vec<Input>, CliError> {
    let mut inputs = Vec::new();
    for path in named {
        if path == Path::new("-") {
            inputs.push(Input::Jsonl { path: path.clone(), size: None });
            continue;
        }
        let meta = fs::metadata(path).map_err(|source| CliError::Input { path: input_name(path), source })?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found).map_err(|(p, source)| CliError::Input { path: input_name(&p), source })?;
            found.sort();
            inputs.extend(found.into_iter().map(|(path, size)| Input::Text { path, size }));
        } else if is_jsonl(path) {
            inputs.push(Input::Jsonl { path: path.clone(), size: Some(meta.len()) });
        } else {
            inputs.push(Input::Text { path: path.clone(), size: meta.len() });
        }
    }
    Ok(inputs)
}

/// Collect the `.txt` files under `dir` with their sizes.
fn walk(dir: &Path, found: &mut Vec<(PathBuf, u64)>) -> Result<(), (PathBuf, io::Error)> {
    let entries = fs::read_dir(dir).map_err(|e| (dir.to_path_buf(), e))?;
    for entry in entries {
        let entry = entry.map_err(|e| (dir.to_path_buf(), e))?;
        let path = entry.path();
        let kind = entry.file_type().map_err(|e| (path.clone(), e))?;
        if kind.is_dir() {
            walk(&path, found)?;
        } else if is_txt(&path) {
            // A symbolic link to a file is followed; its size is the target's (0 when broken:
            // reading it then fails as that document's error).
            let size = fs::metadata(&path).map_or(0, |m| m.len());
            found.push((path, size));
        }
    }
    Ok(())
}

/// The id of a document read from the text file at `path`: the path as opened, without a
/// leading `./`.
pub fn file_id(path: &Path) -> String {
    let shown = path.to_string_lossy();
    shown.strip_prefix("./").unwrap_or(&shown).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_text_stops_one_byte_past_the_limit() {
        assert_eq!(read_text("abc".as_bytes(), 3).unwrap(), "abc");
        assert!(matches!(read_text("abcd".as_bytes(), 3), Err(ReadError::TooLarge { max: 3 })));
        assert!(matches!(read_text(&b"ab\xFFc"[..], 10), Err(ReadError::NotUtf8 { at: 2 })));
        // An endless reader is cut off after max + 1 bytes.
        assert!(matches!(read_text(io::repeat(b'x'), 1000), Err(ReadError::TooLarge { .. })));
    }

    #[test]
    fn extensions_are_matched_in_any_case() {
        assert!(is_txt(Path::new("a/B.TXT")) && is_txt(Path::new("c.Txt")) && !is_txt(Path::new("d.text")));
        assert!(
            is_jsonl(Path::new("x.JSONL"))
                && is_jsonl(Path::new("y.ndjson"))
                && !is_jsonl(Path::new("z.json"))
        );
    }

    #[test]
    fn file_ids_drop_a_leading_dot_slash() {
        assert_eq!(file_id(Path::new("./a/b.txt")), "a/b.txt");
        assert_eq!(file_id(Path::new("../x.txt")), "../x.txt");
    }
}
