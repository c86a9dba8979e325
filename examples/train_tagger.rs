//! Train the tagger stage's CRF on brat-annotated news and choose its settings.
//!
//! ```text
//! nice -n 10 cargo run --release --example train_tagger -- DIR [--holdout PUBLISHER|none]
//!     [--folds K] [--c1 X] [--c2 X] [--min-count N] [--iterations N] [--limit N]
//!     [--model FILE] [--settings FILE] [--fold-models DIR] [--quiet]
//! ```
//!
//! `DIR` is laid out as PolNeAR (`../shared/polnear-train`): `text/NAME.txt` and
//! `attributions/NAME_ANNOTATOR.ann`, brat standoff with **character** offsets, roles Source, Cue
//! and Content joined by `E` lines. A newsroom with its own annotated articles in that layout can
//! retrain with this command and load the result with `claimex::tagger::Model::from_bytes` and
//! `Settings::parse`.
//!
//! What it does:
//! 1. leaves out the held-out publisher (file-name prefix up to the first `_`; default
//!    `usa-today`, as `examples/evaluate/`) — its files are never opened;
//! 2. runs the rules on every article and computes the tagger's token features
//!    (`claimex::tagger::training_features`), and each token's gold tag (`B-`/`I-` of SRC, CUE,
//!    CON, or `O`);
//! 3. drops attributes seen in fewer than `--min-count` tokens and trains a linear-chain CRF per
//!    fold with the `crfs` crate's L-BFGS (L1 `--c1` keeps the model small, L2 `--c2`), the
//!    articles packed into sequences of about 10,000 tokens (its trainer does work in proportion
//!    to the model's size for every sequence);
//! 4. tags each article with the model of the fold that did not see it, and chooses the
//!    threshold and the boundaries that give the best strict attribution F1 (content exact and
//!    speaker exact, the rule of `examples/evaluate/strict.rs`), then
//!    the weight of the support in the confidence by ranking;
//! 5. trains on all the articles and writes the model (`--model`, default
//!    `data/tagger.crfsuite`) and the settings (`--settings`, default `data/tagger.tsv`).
//!
//! `--fold-models DIR` keeps the fold models of step 3 in `DIR` and, when they are all there,
//! reads them instead of training: the settings can then be chosen again (after a change to the
//! combination) without the long part. Empty `DIR` whenever the articles, the features or the
//! training options change.

#[path = "evaluate/polnear.rs"]
#[allow(dead_code)]
mod polnear;
#[path = "evaluate/strict.rs"]
#[allow(dead_code)]
mod strict;
#[path = "support/train.rs"]
mod train;

use std::path::PathBuf;

const USAGE: &str = "usage: train_tagger DIR [--holdout PUBLISHER|none] [--folds K] [--c1 X] [--c2 X] \
                     [--min-count N] [--iterations N] [--limit N] [--model FILE] [--settings FILE] \
                     [--fold-models DIR] [--quiet]";

fn parse_args() -> Result<train::Options, String> {
    let mut opts = train::Options::default();
    let mut dir = None;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value\n{USAGE}"));
        match a.as_str() {
            "--holdout" => {
                let v = value("--holdout")?;
                opts.holdout = (v != "none").then_some(v);
            }
            "--folds" => opts.folds = number(&value("--folds")?)?,
            "--c1" => opts.c1 = number(&value("--c1")?)?,
            "--c2" => opts.c2 = number(&value("--c2")?)?,
            "--min-count" => opts.min_count = number(&value("--min-count")?)?,
            "--iterations" => opts.iterations = number(&value("--iterations")?)?,
            "--limit" => opts.limit = Some(number(&value("--limit")?)?),
            "--model" => opts.model_out = PathBuf::from(value("--model")?),
            "--settings" => opts.settings_out = PathBuf::from(value("--settings")?),
            "--fold-models" => opts.fold_models = Some(PathBuf::from(value("--fold-models")?)),
            "--quiet" => opts.verbose = false,
            "-h" | "--help" => return Err(USAGE.into()),
            _ if dir.is_none() && !a.starts_with("--") => dir = Some(PathBuf::from(a)),
            _ => return Err(format!("unexpected argument {a:?}\n{USAGE}")),
        }
    }
    opts.dir = dir.ok_or(USAGE)?;
    Ok(opts)
}

fn number<T: std::str::FromStr>(v: &str) -> Result<T, String> {
    v.parse().map_err(|_| format!("{v:?} is not a number\n{USAGE}"))
}

fn main() {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    match train::run(&opts) {
        Ok(r) => {
            println!("articles {}  tokens {}  attributes seen {}", r.articles, r.tokens, r.attributes_seen);
            println!("out of fold, rules alone:    {}", r.rules.line());
            println!("out of fold, rules + tagger: {}", r.tagger.line());
            println!(
                "settings: threshold {} boundaries {} margin {} weight {}",
                r.settings.threshold, r.settings.boundaries, r.settings.margin, r.settings.weight
            );
            for (least, counts) in &r.additions {
                println!("out of fold, + tagger claims where none (mean p >= {least:.2}): {}", counts.line());
            }
            println!("model: {} bytes, {} attributes", r.model_bytes, r.model_attributes);
            println!(
                "seconds: features {:.1}, fold models {:.1}, selection {:.1}, final model {:.1}",
                r.seconds_features, r.seconds_folds, r.seconds_selection, r.seconds_final
            );
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
