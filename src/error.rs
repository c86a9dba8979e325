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
    /// A file of a model-backed recognizer is missing or unreadable.
    #[error("cannot read the model's {what} at {path}: {reason}; check the path (a model directory holds config.json, vocab.txt or tokenizer.json, and rust_model.ot or model.safetensors)")]
    ModelFile {
        /// Which file: `config`, `vocabulary`, `weights`.
        what: &'static str,
        /// The path tried.
        path: std::path::PathBuf,
        /// The underlying failure.
        reason: String,
    },
    /// A model's configuration (`config.json`) is malformed or describes an unusable model.
    #[error("model config {path} is not usable: {reason}; give the config.json that came with the model (a BERT token-classification config with id2label)")]
    ModelConfig {
        /// The configuration file.
        path: std::path::PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// A model's `id2label` holds a label that is not a CoNLL named-entity label.
    #[error("model config {path} has label {label:?}, which is not a named-entity label claimex knows; use a model whose labels are O and B-/I- (or E-/S-) of PER, ORG, LOC and MISC, or rename the label in config.json's id2label")]
    ModelLabel {
        /// The configuration file.
        path: std::path::PathBuf,
        /// The unknown label.
        label: String,
    },
    /// A model's vocabulary does not fit its configuration or lacks the special tokens BERT needs.
    #[error("vocabulary {path} does not fit the model: {reason}; give the vocab.txt or tokenizer.json that came with the model")]
    ModelVocabulary {
        /// The vocabulary file.
        path: std::path::PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// A model's weights do not fit its configuration (missing tensors, wrong shapes, unreadable format).
    #[error("weights {path} do not fit the model config: {reason}; check that config.json and the weights come from the same checkpoint, in rust-bert's rust_model.ot or Hugging Face model.safetensors form")]
    ModelWeights {
        /// The weights file.
        path: std::path::PathBuf,
        /// What is wrong with them.
        reason: String,
    },
    /// A model file could not be downloaded.
    #[error("could not download {url}: {reason}; check the network and the URL, or download the files yourself and load them from a local directory")]
    ModelDownload {
        /// The address tried.
        url: String,
        /// The underlying failure.
        reason: String,
    },
    /// The tagger's model is not a CRFsuite model this crate can use: damaged or cut short, or
    /// trained on other labels or features.
    #[error("tagger model is not usable: {reason}; give a model written by examples/train_tagger.rs (CRFsuite format) for this version of claimex")]
    TaggerModel {
        /// What is wrong with it.
        reason: String,
    },
    /// The tagger's settings file has a line that cannot be read.
    #[error("tagger settings, line {line}: {reason}; write `threshold`, `boundaries` and `weight`, one `key<TAB>value` per line, as examples/train_tagger.rs does")]
    TaggerSettings {
        /// 1-based line.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// libtorch failed while running a model.
    #[error("libtorch failed in {recognizer}: {reason}; check that the libtorch found at run time is the one tch was built against (scripts/setup-libtorch.sh prints the settings), or lower the batch size if memory ran out")]
    Torch {
        /// Name of the recognizer.
        recognizer: String,
        /// What libtorch reported.
        reason: String,
    },
}

/// Shorthand for `Result<T, claimex::Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;
