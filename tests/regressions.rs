//! Inputs that once broke an invariant (from fuzzing, property tests or the adversarial set), run
//! on stable in CI.
//!
//! Every file in `tests/regressions/` goes through the same checks as the fuzz targets: `.txt`
//! files through each stage and `Extractor::extract`, `.bin` files through `extract_bytes`. To add
//! a fuzz crash, minimise it (`cargo fuzz tmin`, see fuzz/README.md) and copy it there. The named
//! tests below also say what the output must be.

#[path = "support/invariants.rs"]
mod invariants;

use std::path::PathBuf;

use claimex::{ClaimKind, Extraction, Extractor};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/regressions")
}

fn read(name: &str) -> String {
    std::fs::read_to_string(dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn extract(text: &str) -> Extraction {
    let e = Extractor::new().extract(text).unwrap();
    invariants::check_extraction(text, &e);
    e
}

#[test]
fn every_saved_input_keeps_the_invariants() {
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(dir()).unwrap().filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    assert!(!paths.is_empty());
    let extractor = Extractor::new();
    for path in paths {
        let bytes = std::fs::read(&path).unwrap();
        let name = path.display().to_string();
        match path.extension().and_then(|e| e.to_str()) {
            Some("txt") => {
                let text = std::str::from_utf8(&bytes).unwrap_or_else(|_| panic!("{name} is not UTF-8"));
                let result = std::panic::catch_unwind(|| invariants::check_stages(text));
                assert!(result.is_ok(), "{name}: stage checks failed");
            }
            Some("bin") => {
                let (text, e) = extractor.extract_bytes(&bytes).unwrap();
                invariants::check_extraction(&text, &e);
            }
            _ => {}
        }
    }
}

#[test]
fn straight_quote_after_a_cue() {
    // Found by the join property: a straight-quoted quote after "said:" gave no claim.
    let e = extract(&read("straight-quote-after-cue.txt"));
    assert_eq!(e.claims.len(), 1, "{:#?}", e.claims);
    assert_eq!(e.claims[0].kind, ClaimKind::Direct);
    assert_eq!(e.claims[0].content.text, "The talks had failed.");
    assert_eq!(e.claims[0].speaker.as_ref().map(|s| s.name.as_str()), Some("Smith"));
}

#[test]
fn guillemets_after_a_cue() {
    let e = extract(&read("guillemets-after-cue.txt"));
    assert_eq!(e.claims.len(), 1, "{:#?}", e.claims);
    assert_eq!(e.claims[0].content.text, "The talks had failed.");
}

#[test]
fn doubled_apostrophes_do_not_open_a_quote_across_paragraphs() {
    // Found by the join property: '' with nothing after it opened a multi-paragraph quote that
    // swallowed the next paragraph's opening mark.
    let text = read("doubled-apostrophe-opener.txt");
    let e = extract(&text);
    invariants::check_no_runaway(&text, &e);
    assert_eq!(e.claims.len(), 1, "{:#?}", e.claims);
    assert_eq!(e.claims[0].content.text, "the talks had failed,");
}

#[test]
fn a_quote_is_not_attributed_to_the_next_paragraph() {
    // Found by the join property: the quote took the next paragraph's cue, whose own quote was lost.
    let text = read("quote-before-next-paragraph-cue.txt");
    let e = extract(&text);
    let jones: Vec<_> =
        e.claims.iter().filter(|c| c.speaker.as_ref().is_some_and(|s| s.name == "Jones")).collect();
    assert_eq!(jones.len(), 1, "{:#?}", e.claims);
    assert_eq!(jones[0].content.text, "It was over.");
}

#[test]
fn the_join_cases_found_by_proptest() {
    let cases = [
        (
            "Vladimir Putin said: \"the talks had failed.\"",
            "Vladimir Putin said \"the talks had failed” on Friday, according to Reuters.",
        ),
        (
            "Vladimir Putin said: «the talks had failed.» ",
            "Vladimir Putin said the claim that the talks had failed as \"nonsense\". ",
        ),
        ("'' ", "\"the talks had failed,\" Vladimir Putin said. "),
    ];
    for (a, b) in cases {
        let joined = format!("{a}\n\n{b}");
        let (ea, eb, ej) = (extract(a), extract(b), extract(&joined));
        for c in &ea.claims {
            assert!(
                ej.claims.iter().any(|j| j.content == c.content),
                "claim of a lost: {:?}",
                c.content.text
            );
        }
        assert_b_kept(a, &eb, &ej);
    }
}

/// Every claim of `b` is found again, shifted, in the extraction of `a + "\n\n" + b`.
fn assert_b_kept(a: &str, eb: &claimex::Extraction, ej: &claimex::Extraction) {
    let shift = a.len() + 2;
    for c in &eb.claims {
        let found = ej
            .claims
            .iter()
            .any(|j| j.content.start == c.content.start + shift && j.content.text == c.content.text);
        assert!(found, "claim of b lost: {:?}", c.content.text);
    }
}

#[test]
fn according_to_at_the_start_of_a_sentence() {
    // Found by the join property.
    let e = extract(&read("according-to-first.txt"));
    assert_eq!(e.claims.len(), 1, "{:#?}", e.claims);
    assert_eq!(e.claims[0].content.text, "the talks had failed");
    assert_eq!(e.claims[0].speaker.as_ref().map(|s| s.name.as_str()), Some("Smith"));
}

#[test]
fn single_quotes_after_a_cue() {
    let e = extract(&read("single-quotes-after-cue.txt"));
    assert_eq!(e.claims.len(), 1, "{:#?}", e.claims);
    assert!(e.claims[0].content.text.contains("the talks had failed"));
    assert_eq!(e.claims[0].speaker.as_ref().map(|s| s.name.as_str()), Some("Smith"));
}

#[test]
fn join_with_according_to() {
    // Found by the join property (noisy news): b's own claim disappears once a is put before it.
    let joined = read("join-according-to.txt");
    let (a, b) = joined.split_once("\n\n").unwrap();
    let (eb, ej) = (extract(b), extract(&joined));
    assert_b_kept(a, &eb, &ej);
}

#[test]
fn cue_word_is_not_a_name() {
    // Found by the join property (noisy news): a capitalised word before "According to" made
    // "According" a surname, which then broke every "According to" of the document.
    let joined = read("according-after-capital.txt");
    let (a, _) = joined.split_once("\n\n").unwrap();
    let (ea, ej) = (extract(a), extract(&joined));
    assert_eq!(ea.claims.len(), 1);
    assert!(ej.claims.iter().any(|j| j.content == ea.claims[0].content), "claim of a lost after the join");
    assert_eq!(ej.claims.len(), 3, "{:#?}", ej.claims);
    let e = extract("WASHINGTON According to officials, the talks had failed.");
    assert_eq!(e.claims.len(), 1, "a dateline without its dash: {:#?}", e.claims);
    assert_eq!(e.claims[0].content.text, "the talks had failed");
}
