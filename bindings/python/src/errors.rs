//! The crate's errors as Python exceptions: `claimex.Error` and a subclass per error a Python
//! caller can meet, with the Rust message and the variant's fields as attributes.

use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;

create_exception!(
    claimex,
    Error,
    PyException,
    "Base class of claimex's errors. The message is the Rust crate's. `Extractor.extract` raises \
     it; `Extractor.extract_batch` puts it in the failed document's slot instead."
);
create_exception!(
    claimex,
    InputTooLarge,
    Error,
    "A document is larger than the extractor's `max_input_bytes` (UTF-8 bytes). Attributes: `len` \
     (the document's size in bytes) and `max` (the limit)."
);
create_exception!(
    claimex,
    LexiconError,
    Error,
    "A lexicon entry given to `Extractor(...)` is malformed (empty, or an unknown stance or place \
     kind). Attributes: `lexicon` (\"cues\", \"outlets\", …), `line` (1-based entry number) and `reason`."
);

/// The Python exception for `error`.
///
/// Variants that the wheel's embedded recognizer cannot produce (model files, libtorch) become the
/// base class with the crate's message.
pub fn to_py_err(py: Python<'_>, error: claimex::Error) -> PyErr {
    let message = error.to_string();
    match error {
        claimex::Error::InputTooLarge { len, max } => {
            let err = InputTooLarge::new_err(message);
            let value = err.value(py).clone();
            or_setattr_error(err, value.setattr("len", len).and_then(|()| value.setattr("max", max)))
        }
        claimex::Error::Lexicon { lexicon, line, reason } => {
            let err = LexiconError::new_err(message);
            let value = err.value(py).clone();
            let set = value
                .setattr("lexicon", lexicon)
                .and_then(|()| value.setattr("line", line))
                .and_then(|()| value.setattr("reason", reason));
            or_setattr_error(err, set)
        }
        _ => Error::new_err(message),
    }
}

/// `error`, or the error of setting its attributes (never seen: a fresh exception takes any).
fn or_setattr_error(error: PyErr, set: PyResult<()>) -> PyErr {
    match set {
        Ok(()) => error,
        Err(e) => e,
    }
}
