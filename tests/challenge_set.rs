//! The challenge set: passages in the styles of many kinds of outlet, written before the rules were
//! fixed against them (`tests/challenge/README.md`), in the dev set's format with an `outlet` key.
//!
//! `cargo test --test challenge_set -- --nocapture` prints one line per case, the totals and the
//! figures per outlet kind: cases passing, claim precision and recall. It fails on any mismatch of a
//! case not marked `known_gap`, and on a known gap that now passes fully (remove its marker).

mod common;

#[test]
fn challenge_set() {
    common::cases::run_set("challenge", "challenge set");
}
