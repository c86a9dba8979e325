//! `Extractor::new().extract` on arbitrary UTF-8: never panics, and every span of the result slices
//! the input to its text.
#![no_main]

#[path = "../../tests/support/invariants.rs"]
mod invariants;

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static EXTRACTOR: LazyLock<claimex::Extractor> = LazyLock::new(claimex::Extractor::new);

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let extraction = EXTRACTOR.extract(text).expect("the embedded extractor never fails under the limit");
        invariants::check_extraction(text, &extraction);
    }
});
