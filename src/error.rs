//! The crate's one error type.

/// Everything that can go wrong in claimex.
///
/// Extraction itself never fails on text: any `&str` yields an
/// [`Extraction`](crate::Extraction), possibly empty. Errors come from limits,
/// from user-supplied lexicon entries, and from model-backed recognizers.
///
/// ```
/// let extractor = claimex::Extractor::builder().max_input_bytes(10).build()?;
/// let err = extractor.extract("This text is longer than ten bytes.").unwrap_err();
/// assert!(matches!(err, claimex::Error::InputTooLarge { .. }));
/// # Ok::<(), claimex::Error>(())
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than the extractor's limit
    /// ([`ExtractorBuilder::max_input_bytes`](crate::ExtractorBuilder::max_input_bytes)).
    #[error("input is {len} bytes, over the limit of {max} bytes: split the document, or raise the limit with ExtractorBuilder::max_input_bytes")]
    InputTooLarge {
        /// Size of the rejected input in bytes.
        len: usize,
        /// The limit in force.
        max: usize,
    },
    /// A lexicon entry (built-in data file or user-added) could not be parsed.
    #[error("lexicon {lexicon}, entry {line}: {reason}")]
    Lexicon {
        /// Which lexicon: `cues`, `outlets`, `titles`, `places`, ….
        lexicon: &'static str,
        /// 1-based line (or entry) number.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// A recognizer failed while labelling entities.
    #[error("recognizer {recognizer} failed: {message}")]
    Recognizer {
        /// Name of the recognizer.
        recognizer: String,
        /// What went wrong.
        message: String,
    },
}

/// Shorthand for `Result<T, claimex::Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;
