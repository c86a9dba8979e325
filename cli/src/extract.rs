//! `claimex extract [FILE|-]`: the claims of one article as JSON.

use std::path::{Path, PathBuf};

use claimex::{Acts, Extraction, Extractor};

use crate::output::{input_name, Output};
use crate::{input, offsets, CliError, Offsets, Status};

/// Options shared by every command: what the extractor returns and how large an input it takes.
#[derive(clap::Args, Debug)]
pub struct Limits {
    /// Largest document accepted, in bytes [default: 67108864, the library's 64 MiB]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_bytes: Option<u64>,
    /// Leave out attributed attitudes ("believes", "hopes"): only what was said or written
    #[arg(long, conflicts_with = "statements_only")]
    pub speech_only: bool,
    /// Keep only quotations and reported statements ("said", "warned"): no attitudes, and no
    /// reported appeals, charges or denials ("urged", "accused", "denied"), as quote sets count
    #[arg(long)]
    pub statements_only: bool,
    /// Keep claims whose content is only the verb's noun-phrase object ("welcomed the decision"),
    /// as corpora such as PolNeAR annotate them
    #[arg(long)]
    pub noun_objects: bool,
}

impl Limits {
    /// The extractor for these options.
    pub fn extractor(&self) -> Result<Extractor, CliError> {
        let mut builder = Extractor::builder();
        if let Some(max) = self.max_bytes {
            builder = builder.max_input_bytes(usize::try_from(max).unwrap_or(usize::MAX));
        }
        if self.speech_only {
            builder = builder.acts(Acts::Speech);
        }
        if self.statements_only {
            builder = builder.acts(Acts::Statements);
        }
        Ok(builder.noun_objects(self.noun_objects).build()?)
    }
}

/// `claimex extract`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The article, UTF-8 text; `-` or nothing reads standard input
    #[arg(value_name = "FILE|-")]
    file: Option<PathBuf>,
    /// Indent the JSON
    #[arg(long)]
    pretty: bool,
    /// How spans are counted
    #[arg(long, value_enum, default_value_t = Offsets::Bytes)]
    offsets: Offsets,
    /// Write the JSON to OUT instead of standard output
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
    #[command(flatten)]
    limits: Limits,
}

/// Read the one document of `extract` or `html` from `path` (`-`: standard input) and extract it.
pub fn extract_document(limits: &Limits, path: &Path) -> Result<(String, Extraction), CliError> {
    let extractor = limits.extractor()?;
    let text = input::read_document(path, extractor.max_input_bytes())?;
    let extraction = extractor
        .extract(&text)
        .map_err(|e| CliError::Document { path: input_name(path), reason: e.to_string() })?;
    Ok((text, extraction))
}

/// Run `claimex extract`.
pub fn run(args: &Args) -> Result<Status, CliError> {
    let path = args.file.clone().unwrap_or_else(|| PathBuf::from("-"));
    let (text, mut extraction) = extract_document(&args.limits, &path)?;
    if args.offsets == Offsets::Chars {
        offsets::to_chars(&text, &mut extraction.claims);
    }
    let json =
        if args.pretty { serde_json::to_vec_pretty(&extraction) } else { serde_json::to_vec(&extraction) };
    let json = json.map_err(|e| CliError::Document { path: input_name(&path), reason: e.to_string() })?;
    let mut out = Output::open(args.output.as_deref())?;
    out.line(&json)?;
    out.finish()?;
    Ok(Status::Success)
}
