//! The native half of the `claimex` Python package: the module `claimex._claimex`.
//!
//! The package's Python half (`python/claimex/`) is what users import; it wraps this module.
//! Here live the extractor ([`extractor::Extractor`], extraction with the GIL released, on the
//! crate's rayon batch), the claims as handed to Python ([`extractor::RawClaim`]: a Rust
//! [`claimex::Claim`] turned into a dict only when Python asks), the byte → code-point offset
//! table ([`offsets`]) and the exceptions ([`errors`]).
//!
//! No field of a claim is named here: the dict is made from the crate's own serde shape
//! ([`convert`]), so a field added to `claimex::Claim` reaches Python without a change to this
//! crate. Only [`offsets::CharOffsets::new`] lists the span fields, and a span it missed fails
//! loudly (see there).

mod convert;
mod errors;
mod extractor;
mod offsets;

use pyo3::prelude::*;

/// Native half of the claimex package; import `claimex`, not this module.
#[pymodule]
mod _claimex {
    #[pymodule_export]
    use super::errors::{Error, InputTooLarge, LexiconError};
    #[pymodule_export]
    use super::extractor::{extraction_json, Extractor, RawClaim};

    /// Version of the JSON shape of a claim (the Rust crate's `SCHEMA_VERSION`).
    #[pymodule_export]
    const SCHEMA_VERSION: u32 = claimex::SCHEMA_VERSION;

    /// Default for `Extractor(max_input_bytes=...)`: 64 MiB.
    #[pymodule_export]
    const DEFAULT_MAX_INPUT_BYTES: usize = claimex::DEFAULT_MAX_INPUT_BYTES;

    /// Version of the bindings (the Python package's `__version__`).
    #[pymodule_export]
    const VERSION: &str = env!("CARGO_PKG_VERSION");
}
