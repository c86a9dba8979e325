//! Extract claims from many articles in parallel, one JSON line per article.
//!
//! ```text
//! cargo run --release --example batch -- INPUT [-o OUT] [--threads N] [--max-bytes N]
//! ```
//!
//! INPUT is a directory of `.txt` files (the id is the file name without `.txt`; files are taken
//! in name order) or a `.jsonl` file of `{"id": ..., "text": "..."}` objects (one per line; a
//! missing id becomes the line number). Each article gives one line
//! `{"id": ..., "schema_version": 1, "claims": [...]}` on stdout or in OUT, in input order.
//!
//! A bad article (unreadable file, invalid UTF-8, malformed JSON line, over `--max-bytes`) is
//! reported on stderr with its id or line number and skipped; the rest go on. A progress bar and,
//! at the end, a summary line (documents, claims, failed, time, MB/s) go to stderr. Exit status is
//! 0 when the run finished (even with failed articles), 2 on a usage error, 1 when the input could
//! not be listed or the output could not be written.

use std::fs;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use claimex::{Claim, Extractor, SCHEMA_VERSION};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;

const USAGE: &str = "usage: batch INPUT [-o OUT] [--threads N] [--max-bytes N]
  INPUT        a directory of .txt files, or a .jsonl file of {\"id\", \"text\"} objects
  -o OUT       write the JSON lines to OUT instead of stdout
  --threads N  worker threads (default: one per core)
  --max-bytes N  largest article accepted (default: claimex's limit)";

/// Articles handed to the thread pool at once: bounds memory, keeps output order cheap.
const CHUNK_DOCS: usize = 256;
const CHUNK_BYTES: usize = 32 << 20;

struct Args {
    input: PathBuf,
    output: Option<PathBuf>,
    threads: Option<usize>,
    max_bytes: Option<usize>,
}

fn parse_args() -> Result<Args, String> {
    let mut input = None;
    let mut output = None;
    let mut threads = None;
    let mut max_bytes = None;
    let mut it = std::env::args_os().skip(1);
    while let Some(arg) = it.next() {
        match arg.to_str() {
            Some("-o" | "--output") => output = Some(PathBuf::from(it.next().ok_or("-o needs a path")?)),
            Some("--threads" | "-j") => threads = Some(number(it.next(), "--threads")?),
            Some("--max-bytes") => max_bytes = Some(number(it.next(), "--max-bytes")?),
            Some("-h" | "--help") => return Err(String::new()),
            Some(s) if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown option {s}")),
            _ if input.is_none() => input = Some(PathBuf::from(arg)),
            _ => return Err("more than one INPUT".into()),
        }
    }
    let input = input.ok_or("missing INPUT")?;
    Ok(Args { input, output, threads, max_bytes })
}

fn number(arg: Option<std::ffi::OsString>, name: &str) -> Result<usize, String> {
    let arg = arg.ok_or(format!("{name} needs a number"))?;
    match arg.to_str().and_then(|s| s.parse().ok()) {
        Some(n) if n > 0 => Ok(n),
        _ => Err(format!("{name}: not a positive number: {}", arg.to_string_lossy())),
    }
}

/// One article as read, before extraction. `text` is `Err` for an article that could not be read.
struct Item {
    /// The article's id as written in the output.
    id: Value,
    /// Where it came from, for error messages ("path" or "line N").
    origin: String,
    text: Result<String, String>,
}

/// The outcome of one article.
enum Outcome {
    Done { line: String, claims: usize },
    Failed(String),
}

#[derive(Serialize)]
struct OutLine<'a> {
    id: &'a Value,
    schema_version: u32,
    claims: &'a [Claim],
}

fn process(extractor: &Extractor, item: &Item) -> Outcome {
    let text = match &item.text {
        Ok(text) => text,
        Err(e) => return Outcome::Failed(format!("{} ({}): {e}", item.id, item.origin)),
    };
    match extractor.extract(text) {
        Ok(extraction) => {
            let out = OutLine { id: &item.id, schema_version: SCHEMA_VERSION, claims: &extraction.claims };
            match serde_json::to_string(&out) {
                Ok(line) => Outcome::Done { line, claims: extraction.claims.len() },
                Err(e) => Outcome::Failed(format!("{} ({}): cannot serialise: {e}", item.id, item.origin)),
            }
        }
        Err(e) => Outcome::Failed(format!("{} ({}): {e}", item.id, item.origin)),
    }
}

fn read_txt(path: &Path, max: usize) -> Result<String, String> {
    let file = fs::File::open(path).map_err(|e| format!("cannot open: {e}"))?;
    if let Ok(meta) = file.metadata() {
        if meta.len() > max as u64 {
            return Err(format!("{} bytes, over the limit of {max} bytes", meta.len()));
        }
    }
    let mut bytes = Vec::new();
    // Read at most one byte past the limit so a growing or special file cannot exhaust memory.
    file.take(max as u64 + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() > max {
        return Err(format!("over the limit of {max} bytes"));
    }
    String::from_utf8(bytes).map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}

/// Parse one JSONL line into an item; `n` is the 1-based line number.
fn parse_line(n: usize, line: Vec<u8>) -> Item {
    let origin = format!("line {n}");
    let fallback_id = Value::from(n);
    let line = match String::from_utf8(line) {
        Ok(line) => line,
        Err(e) => {
            let err = format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to());
            return Item { id: fallback_id, origin, text: Err(err) };
        }
    };
    let mut value: Value = match serde_json::from_str(&line) {
        Ok(v) => v,
        Err(e) => return Item { id: fallback_id, origin, text: Err(format!("malformed JSON: {e}")) },
    };
    let Some(obj) = value.as_object_mut() else {
        return Item { id: fallback_id, origin, text: Err("not a JSON object".into()) };
    };
    let id = obj.remove("id").filter(|v| !v.is_null()).unwrap_or(fallback_id);
    let text = match obj.remove("text") {
        Some(Value::String(text)) => Ok(text),
        Some(_) => Err("\"text\" is not a string".into()),
        None => Err("no \"text\" field".into()),
    };
    Item { id, origin, text }
}

/// Where articles come from: a directory listing or a JSONL reader. Yields raw chunks; parsing
/// and reading of each article happens on the worker threads.
enum Source {
    Dir(std::vec::IntoIter<PathBuf>),
    Jsonl { reader: Box<dyn BufRead>, line: usize },
}

/// One article not yet read or parsed.
enum Raw {
    File(PathBuf),
    Line(usize, Vec<u8>),
    /// The JSONL reader itself failed; the message says where.
    Broken(usize, String),
}

impl Source {
    fn open(input: &Path) -> io::Result<(Source, u64, bool)> {
        if input.is_dir() {
            let mut paths = Vec::new();
            for entry in fs::read_dir(input)? {
                let path = entry?.path();
                if path.extension().is_some_and(|e| e == "txt") {
                    paths.push(path);
                }
            }
            paths.sort();
            let n = paths.len() as u64;
            Ok((Source::Dir(paths.into_iter()), n, false))
        } else {
            let file = fs::File::open(input)?;
            let len = file.metadata().map(|m| m.len()).unwrap_or(0);
            let reader = Box::new(BufReader::with_capacity(1 << 20, file));
            Ok((Source::Jsonl { reader, line: 0 }, len, true))
        }
    }

    /// The next chunk of raw articles and their bytes read so far (JSONL) or count (directory).
    fn next_chunk(&mut self) -> (Vec<Raw>, u64) {
        let mut chunk = Vec::new();
        let mut bytes = 0usize;
        let mut progress = 0u64;
        while chunk.len() < CHUNK_DOCS && bytes < CHUNK_BYTES {
            match self {
                Source::Dir(paths) => match paths.next() {
                    Some(p) => {
                        bytes += fs::metadata(&p).map_or(0, |m| m.len() as usize);
                        chunk.push(Raw::File(p));
                        progress += 1;
                    }
                    None => break,
                },
                Source::Jsonl { reader, line } => {
                    let mut buf = Vec::new();
                    *line += 1;
                    match reader.read_until(b'\n', &mut buf) {
                        Ok(0) => break,
                        Ok(n) => {
                            progress += n as u64;
                            bytes += n;
                            while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                                buf.pop();
                            }
                            if !buf.iter().all(u8::is_ascii_whitespace) {
                                chunk.push(Raw::Line(*line, buf));
                            }
                        }
                        Err(e) => {
                            chunk.push(Raw::Broken(*line, format!("cannot read: {e}")));
                            *self = Source::Dir(Vec::new().into_iter());
                            break;
                        }
                    }
                }
            }
        }
        (chunk, progress)
    }
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("batch: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("batch: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<(), String> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .map_err(|e| format!("cannot start {n} threads: {e}"))?;
    }
    let extractor = match args.max_bytes {
        Some(max) => Extractor::builder().max_input_bytes(max).build().map_err(|e| e.to_string())?,
        None => Extractor::new(),
    };
    let max = extractor.max_input_bytes();
    let (mut source, total, by_bytes) =
        Source::open(&args.input).map_err(|e| format!("{}: {e}", args.input.display()))?;

    let out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?),
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::with_capacity(1 << 20, out);

    let bar = ProgressBar::new(total);
    let template = if by_bytes {
        "{elapsed_precise} [{bar:40}] {bytes}/{total_bytes} ({bytes_per_sec}, eta {eta}) {msg}"
    } else {
        "{elapsed_precise} [{bar:40}] {pos}/{len} articles ({per_sec}, eta {eta}) {msg}"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }

    let started = Instant::now();
    let (mut documents, mut claims, mut failed, mut input_bytes) = (0usize, 0usize, 0usize, 0usize);
    loop {
        let (chunk, progress) = source.next_chunk();
        if chunk.is_empty() && progress == 0 {
            break;
        }
        let outcomes: Vec<(Outcome, usize)> = chunk
            .into_par_iter()
            .map(|raw| {
                let item = match raw {
                    Raw::File(path) => Item {
                        id: Value::from(
                            path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default(),
                        ),
                        origin: path.display().to_string(),
                        text: read_txt(&path, max),
                    },
                    Raw::Line(n, line) => parse_line(n, line),
                    Raw::Broken(n, e) => {
                        Item { id: Value::from(n), origin: format!("line {n}"), text: Err(e) }
                    }
                };
                let len = item.text.as_ref().map_or(0, String::len);
                (process(&extractor, &item), len)
            })
            .collect();
        for (outcome, len) in outcomes {
            documents += 1;
            match outcome {
                Outcome::Done { line, claims: n } => {
                    claims += n;
                    input_bytes += len;
                    out.write_all(line.as_bytes())
                        .and_then(|()| out.write_all(b"\n"))
                        .map_err(|e| format!("cannot write output: {e}"))?;
                }
                Outcome::Failed(msg) => {
                    failed += 1;
                    bar.suspend(|| eprintln!("batch: skipped {msg}"));
                }
            }
        }
        bar.inc(progress);
    }
    out.flush().map_err(|e| format!("cannot write output: {e}"))?;
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "batch: {documents} documents, {claims} claims, {failed} failed; {:.1} MB in {secs:.2} s ({:.1} MB/s, {:.0} articles/s)",
        input_bytes as f64 / 1e6,
        input_bytes as f64 / 1e6 / secs.max(1e-9),
        documents as f64 / secs.max(1e-9),
    );
    Ok(())
}
