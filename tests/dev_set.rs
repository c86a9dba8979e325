//! The development set: every `tests/dev/NAME.txt` with its hand-written `tests/dev/NAME.json`
//! (format in `tests/dev/README.md`). Adding a case is adding two files.
//!
//! `cargo test --test dev_set -- --nocapture` prints one line per case and the totals; the test
//! fails listing every mismatch, except in cases marked `known_gap` (still run and reported; the
//! test fails if such a case passes fully, so the marker gets removed). The runner is shared with
//! the challenge set (`tests/common/cases.rs`).
//!
//! `dev_set_with_the_tagger` runs the same cases with the tagger stage on and prints the same
//! figures (`cargo test --test dev_set dev_set_with_the_tagger -- --nocapture`); since the tagger
//! is a learned opinion, not the specification, only broken invariants fail it.

mod common;

use common::cases::{run_set, Review};

#[test]
fn dev_set() {
    run_set("dev", "dev set", Review::Rules);
}

#[test]
fn dev_set_with_the_tagger() {
    run_set("dev", "dev set with the tagger", Review::Tagger);
}
