//! The command's one error type and its exit statuses.

use std::io;
use std::process::ExitCode;

/// How a command ended; each has its exit status (listed in `--help`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Every document was extracted: 0.
    Success,
    /// At least one document could not be extracted: 1.
    DocumentFailed,
    /// The options given cannot make an extractor: 2, as for other usage errors.
    Usage,
    /// An input could not be opened or listed, or the output could not be written: 3.
    Io,
}

impl Status {
    /// The process exit code.
    pub fn exit_code(self) -> ExitCode {
        match self {
            Status::Success => ExitCode::SUCCESS,
            Status::DocumentFailed => ExitCode::from(1),
            Status::Usage => ExitCode::from(2),
            Status::Io => ExitCode::from(3),
        }
    }
}

/// Everything that stops a command.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Standard output was closed by its reader (`claimex extract a.txt | head -1`): not an error,
    /// the command ends quietly with status 0.
    #[error("standard output was closed")]
    BrokenPipe,
    /// An input named on the command line could not be opened, listed or read.
    #[error("cannot read {path}: {source}")]
    Input {
        /// The input as named ("-" for standard input).
        path: String,
        /// The failure.
        source: io::Error,
    },
    /// The output could not be created or written.
    #[error("cannot write {path}: {source}")]
    Output {
        /// The output as named ("-" for standard output).
        path: String,
        /// The failure.
        source: io::Error,
    },
    /// The one document of `extract` or `html` could not be extracted.
    #[error("{path}: {reason}")]
    Document {
        /// The input as named.
        path: String,
        /// Why.
        reason: String,
    },
    /// Options that cannot be used together or cannot make an extractor.
    #[error("{0}")]
    Usage(String),
    /// The extractor could not be built from the options given.
    #[error("{0}")]
    Setup(#[from] claimex::Error),
}

impl CliError {
    /// A failed write to `path`; a closed pipe becomes [`CliError::BrokenPipe`].
    pub fn output(path: &str, source: io::Error) -> Self {
        if source.kind() == io::ErrorKind::BrokenPipe {
            CliError::BrokenPipe
        } else {
            CliError::Output { path: path.to_string(), source }
        }
    }

    /// The exit status this error ends the command with.
    pub fn status(&self) -> Status {
        match self {
            CliError::BrokenPipe => Status::Success,
            CliError::Document { .. } => Status::DocumentFailed,
            CliError::Usage(_) | CliError::Setup(_) => Status::Usage,
            CliError::Input { .. } | CliError::Output { .. } => Status::Io,
        }
    }
}
