//! Write tiny BERT token-classification models in rust-bert's format (feature `bert`):
//! `OUT/random` with random weights and `OUT/names` with hand-set weights that tag the given
//! words as persons (first word of a name `B-PER`, the others `I-PER`).
//!
//! ```text
//! eval "$(scripts/setup-libtorch.sh)"
//! cargo run --features bert --example make_tiny_bert -- /tmp/tiny "ngozi okonjo" "tsvangirai mbeki"
//! cargo run --features bert --example extract -- --bert /tmp/tiny/random tests/data/idlib-summit.txt
//! ```
//!
//! Each directory holds config.json (CoNLL labels in id2label), vocab.txt and rust_model.ot;
//! `names` also has model.safetensors with the same weights.

#[path = "../tests/bert_tiny/mod.rs"]
mod bert_tiny;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next().map(PathBuf::from) else {
        eprintln!("usage: make_tiny_bert OUT_DIR [\"first last\" ...]");
        return ExitCode::FAILURE;
    };
    let names: Vec<String> = args.collect();
    let mut b_per = Vec::new();
    let mut i_per = Vec::new();
    for name in &names {
        let mut words = name.split_whitespace();
        b_per.extend(words.next());
        i_per.extend(words);
    }
    if b_per.is_empty() {
        b_per.push("ngozi");
        i_per.push("okonjo");
    }
    let spec = bert_tiny::Spec::tiny();
    let result = bert_tiny::write_random(&out.join("random"), &spec, 7)
        .and_then(|()| bert_tiny::write_hand_set(&out.join("names"), &spec, &b_per, &i_per));
    match result {
        Ok(()) => {
            println!("{}", out.join("random").display());
            println!(
                "{} (persons: {})",
                out.join("names").display(),
                b_per.iter().chain(&i_per).cloned().collect::<Vec<_>>().join(" ")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("make_tiny_bert: {e}");
            ExitCode::FAILURE
        }
    }
}
