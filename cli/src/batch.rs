//! `claimex batch INPUT... -o OUT.jsonl`: many articles, one JSON line each, in parallel.
//!
//! The main thread lists the inputs and reads JSONL lines (bounded, see [`jsonl::read_line`]) into
//! rounds of documents; rayon's workers read the text files, parse the JSONL records, extract and
//! serialise; the main thread writes the round's lines in input order.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use claimex::{Claim, Extractor, SCHEMA_VERSION};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;

use crate::extract::Limits;
use crate::input::{self, Input};
use crate::jsonl::{self, Line};
use crate::output::{input_name, note, Output};
use crate::{offsets, CliError, Offsets, Status};

/// What `claimex batch --help` prints after the options.
pub const AFTER_HELP: &str = "\
Output: one JSON line per document, in input order:
  {\"id\": \"…\", \"schema_version\": 1, \"claims\": […]}   for a document extracted
  {\"id\": \"…\", \"error\": \"…\"}                         for a document that failed
Ids are strings: a text file's path as opened; a JSONL record's \"id\" (a number becomes its
digits); FILE:LINE for a JSONL record without one.

Failures: a document fails when its file cannot be read, it is over --max-bytes or not UTF-8, or
its JSONL line is malformed or lacks \"text\". A JSONL line longer than twice --max-bytes plus
64 KiB is rejected while it is read, without holding it in memory. Without --keep-going, batch
writes the first failed document's error record and stops; with it, every document is processed.
A progress bar is drawn on standard error when it is a terminal; a summary line always is.

Exit status:
  0  every document was extracted (also when standard output was closed early, as by `head`)
  1  at least one document failed; its error record was written
  2  usage error
  3  an input could not be opened, listed or read, or the output could not be written";

/// Documents handed to the thread pool at once, and the bytes that close a round earlier.
const ROUND_DOCS: usize = 256;
const ROUND_BYTES: u64 = 32 << 20;

/// `claimex batch`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Directories (their .txt files, any case, all levels down), .jsonl or .ndjson files of
    /// {"id", "text"} lines, other files (one document each), or - (JSONL on standard input)
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Write the JSON lines to OUT instead of standard output
    #[arg(short, long, value_name = "OUT.jsonl")]
    output: Option<PathBuf>,
    /// Worker threads [default: one per core]
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// Go on past failed documents (each gets its error record); without it, stop at the first
    #[arg(short = 'k', long)]
    keep_going: bool,
    /// How spans are counted
    #[arg(long, value_enum, default_value_t = Offsets::Bytes)]
    offsets: Offsets,
    #[command(flatten)]
    limits: Limits,
}

/// One document as the main thread has it: named or read, not yet parsed or extracted.
enum Raw {
    /// A text file to read.
    File { path: PathBuf, size: u64 },
    /// A JSONL line; `fallback` is the id for a record without one (`FILE:LINE`).
    Line { fallback: String, bytes: Vec<u8>, size: u64 },
    /// Failed already while reading (a line over the bound).
    Failed { id: String, error: String, size: u64 },
}

impl Raw {
    /// Input bytes this document stands for (for progress and round sizes).
    fn size(&self) -> u64 {
        match self {
            Raw::File { size, .. } | Raw::Line { size, .. } | Raw::Failed { size, .. } => *size,
        }
    }
}

/// The documents of the listed inputs, in order.
struct Docs {
    inputs: std::vec::IntoIter<Input>,
    jsonl: Option<JsonlStream>,
    max_line: usize,
}

/// An open JSONL input.
struct JsonlStream {
    name: String,
    reader: Box<dyn BufRead>,
    line: usize,
    /// Bytes of blank lines skipped since the last document.
    skipped: u64,
}

impl Docs {
    /// The next document; an input that cannot be opened or read stops the run.
    fn next(&mut self) -> Result<Option<Raw>, CliError> {
        loop {
            if let Some(stream) = &mut self.jsonl {
                match stream.next(self.max_line)? {
                    Some(raw) => return Ok(Some(raw)),
                    None => self.jsonl = None,
                }
            }
            match self.inputs.next() {
                None => return Ok(None),
                Some(Input::Text { path, size }) => return Ok(Some(Raw::File { path, size })),
                Some(Input::Jsonl { path, .. }) => self.jsonl = Some(JsonlStream::open(&path)?),
            }
        }
    }
}

impl JsonlStream {
    fn open(path: &Path) -> Result<JsonlStream, CliError> {
        let reader: Box<dyn BufRead> = if path == Path::new("-") {
            Box::new(BufReader::with_capacity(1 << 16, std::io::stdin()))
        } else {
            let file = std::fs::File::open(path)
                .map_err(|source| CliError::Input { path: input_name(path), source })?;
            Box::new(BufReader::with_capacity(1 << 16, file))
        };
        let name = if path == Path::new("-") { "-".to_string() } else { input::file_id(path) };
        Ok(JsonlStream { name, reader, line: 0, skipped: 0 })
    }

    /// The next non-blank line as a document (`None` at the end); a line longer than `max_line`
    /// becomes a failed document without being held.
    fn next(&mut self, max_line: usize) -> Result<Option<Raw>, CliError> {
        loop {
            let read = jsonl::read_line(&mut self.reader, max_line)
                .map_err(|source| CliError::Input { path: self.name.clone(), source })?;
            let Some((line, consumed)) = read else { return Ok(None) };
            self.line += 1;
            let size = std::mem::take(&mut self.skipped) + consumed;
            let fallback = format!("{}:{}", self.name, self.line);
            let raw = match line {
                Line::Bytes(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => {
                    self.skipped = size;
                    continue;
                }
                Line::Bytes(bytes) => Raw::Line { fallback, bytes, size },
                Line::TooLong(len) => Raw::Failed {
                    id: fallback,
                    error: format!(
                        "line of {len} bytes, over the limit of {max_line} bytes for a JSONL line \
                         (twice --max-bytes plus 64 KiB); not read"
                    ),
                    size,
                },
            };
            return Ok(Some(raw));
        }
    }
}

/// A document after the workers: its id, and its JSON line or the reason it failed.
struct Done {
    id: String,
    result: Result<(Vec<u8>, usize), String>,
    text_bytes: usize,
}

#[derive(Serialize)]
struct ClaimsRecord<'a> {
    id: &'a str,
    schema_version: u32,
    claims: &'a [Claim],
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    id: &'a str,
    error: &'a str,
}

/// Read, parse, extract and serialise one document (on a worker thread).
fn process(extractor: &Extractor, offsets: Offsets, raw: Raw) -> Done {
    let (id, text) = match raw {
        Raw::File { path, .. } => (
            input::file_id(&path),
            input::read_file(&path, extractor.max_input_bytes()).map_err(|e| e.to_string()),
        ),
        Raw::Line { fallback, bytes, .. } => match jsonl::parse_record(&bytes, &fallback) {
            Ok((id, text)) => (id, Ok(text)),
            Err((id, reason)) => (id, Err(reason)),
        },
        Raw::Failed { id, error, .. } => (id, Err(error)),
    };
    let text_bytes = text.as_ref().map_or(0, String::len);
    let result = text.and_then(|text| {
        let mut claims = extractor.extract(&text).map_err(|e| e.to_string())?.claims;
        if offsets == Offsets::Chars {
            offsets::to_chars(&text, &mut claims);
        }
        let record = ClaimsRecord { id: &id, schema_version: SCHEMA_VERSION, claims: &claims };
        serde_json::to_vec(&record).map(|line| (line, claims.len())).map_err(|e| e.to_string())
    });
    Done { id, result, text_bytes }
}

/// What a run did, for the summary line.
#[derive(Default)]
struct Tally {
    documents: usize,
    failed: usize,
    claims: usize,
    text_bytes: usize,
    /// The run stopped at a failed document (no `--keep-going`).
    stopped: bool,
}

/// Run `claimex batch`.
pub fn run(args: &Args) -> Result<Status, CliError> {
    if args.inputs.iter().filter(|p| p.as_path() == Path::new("-")).count() > 1 {
        return Err(CliError::Usage("standard input (-) can be named only once".into()));
    }
    let extractor = args.limits.extractor()?;
    let inputs = input::list(&args.inputs)?;
    let total = inputs.iter().map(|i| match i {
        Input::Text { size, .. } => Some(*size),
        Input::Jsonl { size, .. } => *size,
    });
    let bar = progress_bar(total.sum());
    let max_line = extractor.max_input_bytes().saturating_mul(2).saturating_add(64 << 10);
    let mut docs = Docs { inputs: inputs.into_iter(), jsonl: None, max_line };
    let mut out = Output::open(args.output.as_deref())?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.map_or(0, usize::from))
        .build()
        .map_err(|e| CliError::Usage(format!("cannot start the worker threads: {e}")))?;

    let started = Instant::now();
    let mut tally = Tally::default();
    let ran = rounds(&pool, &extractor, args, &mut docs, &mut out, &bar, &mut tally);
    bar.finish_and_clear();
    let ran = ran.and_then(|()| out.finish());
    if !matches!(ran, Err(CliError::BrokenPipe)) {
        summary(&tally, started.elapsed());
    }
    ran?;
    Ok(if tally.failed > 0 { Status::DocumentFailed } else { Status::Success })
}

/// Process the documents round by round on `pool`, writing each round in input order.
fn rounds(
    pool: &rayon::ThreadPool,
    extractor: &Extractor,
    args: &Args,
    docs: &mut Docs,
    out: &mut Output,
    bar: &ProgressBar,
    tally: &mut Tally,
) -> Result<(), CliError> {
    loop {
        let mut round = Vec::new();
        let mut bytes = 0;
        while round.len() < ROUND_DOCS && bytes < ROUND_BYTES {
            let Some(raw) = docs.next()? else { break };
            bytes += raw.size();
            round.push(raw);
        }
        if round.is_empty() {
            return Ok(());
        }
        let done: Vec<Done> = pool.install(|| {
            round
                .into_par_iter()
                .map(|raw| {
                    let size = raw.size();
                    let done = process(extractor, args.offsets, raw);
                    bar.inc(size);
                    done
                })
                .collect()
        });
        for doc in done {
            tally.documents += 1;
            match doc.result {
                Ok((line, claims)) => {
                    tally.claims += claims;
                    tally.text_bytes += doc.text_bytes;
                    out.line(&line)?;
                }
                Err(error) => {
                    tally.failed += 1;
                    bar.suspend(|| note(format_args!("claimex batch: {}: {error}", doc.id)));
                    let record = ErrorRecord { id: &doc.id, error: &error };
                    out.line(&serde_json::to_vec(&record).unwrap_or_default())?;
                    if !args.keep_going {
                        tally.stopped = true;
                        return Ok(());
                    }
                }
            }
        }
        bar.set_message(format!("{} documents, {} failed", tally.documents, tally.failed));
    }
}

/// A progress bar on standard error when it is a terminal; hidden otherwise. The position is in
/// input bytes, advanced by each worker as it finishes a document, so rate and ETA move smoothly.
fn progress_bar(total: Option<u64>) -> ProgressBar {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let (bar, template) = match total {
        Some(len) => (
            ProgressBar::new(len),
            "{elapsed_precise} [{wide_bar}] {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec}, eta {eta} {msg}",
        ),
        None => (ProgressBar::no_length(), "{spinner} {elapsed_precise} {binary_bytes} {binary_bytes_per_sec} {msg}"),
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// The summary line on standard error.
fn summary(tally: &Tally, elapsed: Duration) {
    let secs = elapsed.as_secs_f64().max(1e-9);
    let mb = tally.text_bytes as f64 / 1e6;
    note(format_args!(
        "claimex batch: {} documents, {} failed, {} claims; {mb:.1} MB in {secs:.2} s ({:.1} MB/s, {:.0} documents/s)",
        tally.documents,
        tally.failed,
        tally.claims,
        mb / secs,
        tally.documents as f64 / secs,
    ));
    if tally.stopped {
        note(format_args!(
            "claimex batch: stopped at the first failed document; --keep-going processes the rest"
        ));
    }
}
