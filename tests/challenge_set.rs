//! The challenge set: passages in the styles of many kinds of outlet, written before the rules were
//! fixed against them (`tests/challenge/README.md`), in the dev set's format with an `outlet` key.
//!
//! `cargo test --test challenge_set -- --nocapture` prints one line per case, the totals and the
//! figures per outlet kind: cases passing, claim precision and recall. It fails on any mismatch of a
//! case not marked `known_gap`, and on a known gap that now passes fully (remove its marker).
//!
//! `challenge_set_with_the_tagger` runs the same cases with the tagger stage on and prints the same
//! figures; only broken invariants fail it (the tagger is a learned opinion, not the specification).

mod common;

use common::cases::{run_set, Review};

#[test]
fn challenge_set() {
    run_set("challenge", "challenge set", Review::Rules);
}

#[test]
fn challenge_set_with_the_tagger() {
    run_set("challenge", "challenge set with the tagger", Review::Tagger);
}
