//! Print the claims of one article as JSON: the library's one-call path.
//!
//! ```text
//! cargo run --example extract -- tests/data/idlib-summit.txt
//! cat article.txt | cargo run --example extract
//! cargo run --features bert --example extract -- --bert MODEL_DIR tests/data/idlib-summit.txt
//! ```
//!
//! `--bert DIR` (feature `bert`) takes entities from the BERT model in DIR instead of the embedded
//! recognizer. The `claimex` command (`cli/`) does the same with options and error handling:
//! `claimex extract FILE`.
use std::error::Error;
use std::io::Read;

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let (bert, path) = match args.next() {
        Some(flag) if flag == "--bert" => (args.next(), args.next()),
        first => (None, first),
    };
    let text = match path {
        Some(path) => std::fs::read_to_string(path)?,
        None => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text)?;
            text
        }
    };
    let extraction = extractor(bert.as_deref())?.extract(&text)?;
    println!("{}", serde_json::to_string_pretty(&extraction)?);
    Ok(())
}

/// The embedded extractor, or one on the BERT model in `bert` (a model directory).
fn extractor(bert: Option<&str>) -> Result<claimex::Extractor, Box<dyn Error>> {
    match bert {
        None => Ok(claimex::Extractor::new()),
        #[cfg(feature = "bert")]
        Some(dir) => {
            let recognizer = claimex::entities::BertRecognizer::from_dir(dir)?;
            Ok(claimex::Extractor::builder().recognizer(recognizer).build()?)
        }
        #[cfg(not(feature = "bert"))]
        Some(_) => Err("this build has no BERT support; rebuild with --features bert".into()),
    }
}
