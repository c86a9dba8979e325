//! Each stage's public entry on arbitrary UTF-8, checking the stage's own output contract before
//! feeding it to the next stage: tokens, document segmentation, quotes, cues, entities, claims
//! (see `check_stages` in tests/support/invariants.rs).
#![no_main]

#[path = "../../tests/support/invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        invariants::check_stages(text);
    }
});
