//! Print the claims of an article as JSON.
//!
//! ```text
//! cargo run --example extract -- tests/data/idlib-summit.txt
//! cat article.txt | cargo run --example extract
//! cargo run --features bert --example extract -- --bert MODEL_DIR tests/data/idlib-summit.txt
//! ```
//!
//! `--bert DIR` (feature `bert`) takes entities from the BERT model in DIR (config.json,
//! vocab.txt or tokenizer.json, rust_model.ot or model.safetensors) instead of the embedded
//! recognizer.
use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bert = args.iter().position(|a| a == "--bert").and_then(|i| args.get(i + 1));
    let path = args
        .iter()
        .enumerate()
        .find(|&(i, a)| !a.starts_with("--") && (i == 0 || args[i - 1] != "--bert"))
        .map(|(_, a)| a);
    let mut bytes = Vec::new();
    let read = match path {
        Some(p) => std::fs::read(p).map(|b| bytes = b),
        None => std::io::stdin().read_to_end(&mut bytes).map(|_| ()),
    };
    if let Err(e) = read {
        eprintln!("extract: cannot read {}: {e}", path.map_or("standard input", String::as_str));
        return ExitCode::FAILURE;
    }
    let extractor = match extractor(bert.map(String::as_str)) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::FAILURE;
        }
    };
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

/// The embedded extractor, or one on the BERT model in `bert` (a model directory).
fn extractor(bert: Option<&str>) -> Result<claimex::Extractor, claimex::Error> {
    match bert {
        None => Ok(claimex::Extractor::new()),
        #[cfg(feature = "bert")]
        Some(dir) => {
            let recognizer = claimex::entities::BertRecognizer::from_dir(dir)?;
            claimex::Extractor::builder().recognizer(recognizer).build()
        }
        #[cfg(not(feature = "bert"))]
        Some(_) => Err(claimex::Error::Recognizer {
            recognizer: "bert".into(),
            message: "this build has no BERT support; rebuild with --features bert".into(),
        }),
    }
}
