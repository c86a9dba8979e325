//! The development set: every `tests/dev/NAME.txt` with its hand-written `tests/dev/NAME.json`
//! (format in `tests/dev/README.md`). Adding a case is adding two files.
//!
//! `cargo test --test dev_set -- --nocapture` prints one line per case and the totals; the test
//! fails listing every mismatch, except in cases marked `known_gap` (still run and reported; the
//! test fails if such a case passes fully, so the marker gets removed). The runner is shared with
//! the challenge set (`tests/common/cases.rs`).

mod common;

#[test]
fn dev_set() {
    common::cases::run_set("dev", "dev set");
}
