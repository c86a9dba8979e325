//! Golden test on the sample article (`tests/data/idlib-summit.txt`): exactly the 13 claims the
//! issue lists, written by hand from the text (see `golden_claims` in `tests/common/mod.rs`), at
//! most the two extra claims it allows, and nothing else.
//!
//! Run with `cargo test --test golden_sample -- --nocapture` to see every extracted claim.

mod common;

use common::{fail_if_any, run_golden, sentence_range, SAMPLE};

#[test]
fn golden_sample_claims() {
    let failures = run_golden(SAMPLE, &|s: &str| s.to_string());
    fail_if_any("golden sample", &failures);
}

/// The sentence indices written in the golden table assume this segmentation of the sample; if it
/// fails, fix the segmenter (or the table), not the claims.
#[test]
fn golden_sample_segmentation() {
    let doc = claimex::text::Document::new(SAMPLE);
    let starts = [
        "Russian President Vladimir Putin",
        "Leaders of Russia",
        "Syrian government forces",
        "Putin said that",
        "Earlier in the day",
        "Russian Foreign Ministry",
        "She accused",
        "In a possible reference",
        "Hossein Jaberi Ansari",
        "“First, terrorists",
        "“The second principle",
        "The third principle",
        "On Thursday, Erdogan",
        "Ankara has said",
        "It has urged",
        "The three countries",
        "Last year, Turkey",
    ];
    let got: Vec<&str> = (0..doc.sentences().len()).map(|i| doc.sentence_text(i)).collect();
    let mut failures = Vec::new();
    if got.len() != starts.len() {
        failures.push(format!("expected {} sentences, got {}", starts.len(), got.len()));
    }
    for (i, want) in starts.iter().enumerate() {
        match got.get(i) {
            Some(s) if s.starts_with(want) => {}
            other => failures.push(format!("sentence {i} should start with {want:?}, got {other:?}")),
        }
    }
    assert!(sentence_range(SAMPLE, "Leaders of Russia", "rebel forces.").is_some());
    fail_if_any("sample segmentation", &failures);
}
