//! Print the claims of one article as JSON: the library's one-call path.
//!
//! ```text
//! cargo run --example extract -- tests/data/idlib-summit.txt
//! cat article.txt | cargo run --example extract
//! cargo run --example extract -- --speech-only tests/data/idlib-summit.txt
//! cargo run --example extract -- --statements-only tests/data/idlib-summit.txt
//! cargo run --example extract -- --noun-objects tests/data/idlib-summit.txt
//! cargo run --features bert --example extract -- --bert MODEL_DIR tests/data/idlib-summit.txt
//! ```
//!
//! `--speech-only` leaves out attributed attitudes ("believes", "hopes": `Acts::Speech`);
//! `--statements-only` keeps quotations and reported statements ("said", "warned"; not "urged",
//! "accused" or "believes": `Acts::Statements`);
//! `--noun-objects` keeps claims whose content is only the verb's object ("welcomed the decision":
//! `ExtractorBuilder::noun_objects`). `--bert
//! DIR` (feature `bert`) takes entities from the BERT model in DIR instead of the embedded
//! recognizer. The `claimex` command (`cli/`) does the same with options and error handling:
//! `claimex extract FILE`.
use std::error::Error;
use std::io::Read;

fn main() -> Result<(), Box<dyn Error>> {
    let (mut bert, mut path, mut acts, mut objects) = (None, None, claimex::Acts::All, false);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--bert" => bert = Some(args.next().ok_or("--bert needs a model directory")?),
            "--speech-only" => acts = claimex::Acts::Speech,
            "--statements-only" => acts = claimex::Acts::Statements,
            "--noun-objects" => objects = true,
            _ if path.is_none() => path = Some(arg),
            _ => {
                return Err(
                    "usage: extract [--speech-only | --statements-only] [--noun-objects] [--bert DIR] [FILE]"
                        .into(),
                )
            }
        }
    }
    let text = match path {
        Some(path) => std::fs::read_to_string(path)?,
        None => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text)?;
            text
        }
    };
    let extraction = extractor(bert.as_deref(), acts, objects)?.extract(&text)?;
    println!("{}", serde_json::to_string_pretty(&extraction)?);
    Ok(())
}

/// The embedded extractor, or one on the BERT model in `bert` (a model directory); `acts` says
/// whether attitudes are kept, `objects` whether noun-phrase objects are.
fn extractor(
    bert: Option<&str>,
    acts: claimex::Acts,
    objects: bool,
) -> Result<claimex::Extractor, Box<dyn Error>> {
    let builder = claimex::Extractor::builder().acts(acts).noun_objects(objects);
    match bert {
        None => Ok(builder.build()?),
        #[cfg(feature = "bert")]
        Some(dir) => Ok(builder.recognizer(claimex::entities::BertRecognizer::from_dir(dir)?).build()?),
        #[cfg(not(feature = "bert"))]
        Some(_) => Err("this build has no BERT support; rebuild with --features bert".into()),
    }
}
