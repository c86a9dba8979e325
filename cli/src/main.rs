//! `claimex`: typed claims from English news text, on the command line.
//!
//! Three commands over the [`claimex`] library: `extract` (one article → JSON), `batch` (files,
//! directories and JSONL → JSON lines, in parallel) and `html` (one article → a self-contained page
//! that shows the claims over the text). `claimex --help` and `claimex COMMAND --help` say the rest.

mod batch;
mod error;
mod extract;
mod html;
mod input;
mod jsonl;
mod offsets;
mod output;

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

pub use error::{CliError, Status};

/// Exit statuses, shown by every `--help`.
const EXIT_STATUS: &str = "\
Exit status:
  0  every document was extracted (also when standard output was closed early, as by `head`)
  1  a document could not be extracted (over the size limit, not UTF-8, a malformed JSONL line);
     for `batch`, its error record was written
  2  usage error
  3  an input could not be opened or listed, or the output could not be written";

#[derive(Parser)]
#[command(name = "claimex", version, after_help = EXIT_STATUS, propagate_version = true)]
/// Typed claims from English news text: who said what, how, and which outlet reported it.
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the claims of one article as JSON
    #[command(after_help = EXIT_STATUS)]
    Extract(extract::Args),
    /// Extract the claims of many articles into JSON lines, in parallel
    #[command(after_help = batch::AFTER_HELP)]
    Batch(batch::Args),
    /// Write one self-contained HTML page that shows the claims over the article
    #[command(after_help = EXIT_STATUS)]
    Html(html::Args),
}

/// How spans are counted in the output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Offsets {
    /// UTF-8 byte offsets, as the library returns them
    #[default]
    Bytes,
    /// Unicode scalar values (Python `str` indices)
    Chars,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Batch(args) => batch::run(args),
        Command::Html(args) => html::run(args),
    };
    match result {
        Ok(status) => status.exit_code(),
        Err(CliError::BrokenPipe) => ExitCode::SUCCESS,
        Err(e) => {
            output::note(format_args!("claimex: {e}"));
            e.status().exit_code()
        }
    }
}
