//! `Extractor::extract_bytes` on arbitrary bytes (the lossy UTF-8 path): never panics, and every span
//! of the result slices the decoded text to its text.
#![no_main]

#[path = "../../tests/support/invariants.rs"]
mod invariants;

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static EXTRACTOR: LazyLock<claimex::Extractor> = LazyLock::new(claimex::Extractor::new);

fuzz_target!(|data: &[u8]| {
    let (text, extraction) =
        EXTRACTOR.extract_bytes(data).expect("the embedded extractor never fails under the limit");
    assert_eq!(text, String::from_utf8_lossy(data), "extract_bytes must decode like from_utf8_lossy");
    invariants::check_extraction(&text, &extraction);
});
