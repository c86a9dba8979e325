//! Print the claims of an article as JSON.
//!
//! ```text
//! cargo run --example extract -- tests/data/idlib-summit.txt
//! cat article.txt | cargo run --example extract
//! ```
use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.iter().find(|a| !a.starts_with("--"));
    let mut bytes = Vec::new();
    let read = match path {
        Some(p) => std::fs::read(p).map(|b| bytes = b),
        None => std::io::stdin().read_to_end(&mut bytes).map(|_| ()),
    };
    if let Err(e) = read {
        eprintln!("extract: cannot read {}: {e}", path.map_or("standard input", String::as_str));
        return ExitCode::FAILURE;
    }
    let extractor = claimex::Extractor::new();
    match extractor.extract_bytes(&bytes) {
        Ok((_, extraction)) => match serde_json::to_string_pretty(&extraction) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("extract: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::FAILURE
        }
    }
}
