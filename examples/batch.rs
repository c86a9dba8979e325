//! Extract the claims of every `.txt` file of a directory in parallel, one JSON line per file:
//! `{"id": FILE STEM, "schema_version": 1, "claims": [...]}`, in file-name order.
//!
//! ```text
//! cargo run --release --example batch -- ../shared/polnear-train/text > claims.jsonl
//! ```
//!
//! [`Extractor::par_extract`] yields the results in input order while rayon's threads work ahead.
//! The `claimex batch` command (`cli/`) adds JSONL input, recursion, error records, a progress bar
//! and exit statuses.
use std::error::Error;
use std::path::PathBuf;

use claimex::{Claim, Extractor};
use serde::Serialize;

fn main() -> Result<(), Box<dyn Error>> {
    let dir = std::env::args_os().nth(1).ok_or("usage: batch DIR")?;
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|entry| entry.map(|e| e.path()))
        .filter(|path| path.as_ref().map_or(true, |p| p.extension().is_some_and(|e| e == "txt")))
        .collect::<Result<_, _>>()?;
    paths.sort();
    let texts = paths.iter().map(std::fs::read_to_string).collect::<Result<Vec<_>, _>>()?;

    let extractor = Extractor::new();
    for (path, result) in paths.iter().zip(extractor.par_extract(&texts)) {
        let id = path.file_stem().unwrap_or_default().to_string_lossy();
        match result {
            Ok(extraction) => {
                let line =
                    Line { id: &id, schema_version: extraction.schema_version, claims: &extraction.claims };
                println!("{}", serde_json::to_string(&line)?);
            }
            Err(e) => eprintln!("{id}: {e}"),
        }
    }
    Ok(())
}

/// One output line. Serialised from the claims themselves (not through `serde_json::Value`), so
/// an `f32` confidence keeps its shortest form, as `Extraction`'s own JSON writes it.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    schema_version: u32,
    claims: &'a [Claim],
}
