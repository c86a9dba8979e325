//! A transformer named-entity recognizer: a BERT token-classification model run through
//! [rust-bert](https://docs.rs/rust-bert) and libtorch (cargo feature `bert`).
//!
//! [`BertRecognizer`] implements [`Recognizer`], so
//! `Extractor::builder().recognizer(BertRecognizer::from_dir(dir)?)` runs the whole pipeline
//! with model entities instead of the embedded ones.
//!
//! # What it does with the text
//! - Each sentence the pipeline asks for is split into word pieces by the
//!   [`tokenizers`](https://docs.rs/tokenizers) crate (WordPiece from the model's `vocab.txt`, or
//!   its `tokenizer.json`). Piece offsets are byte offsets into the sentence, so every entity is a
//!   byte span of the caller's text.
//! - A sentence longer than the model's window (`max_position_embeddings` minus `[CLS]`/`[SEP]`)
//!   is cut into overlapping windows; each piece takes its label from the window where it sits
//!   farthest from a cut. Nothing is truncated.
//! - Windows are sorted by length and run in batches (attention mask over the padding).
//! - A word takes the label of its first piece; `B-`/`I-` words are merged into entities.
//!
//! # Model files
//! A directory with `config.json` (a BERT config with `id2label`), `tokenizer.json` or
//! `vocab.txt`, and weights in one of three forms:
//! - `rust_model.ot`, rust-bert's format;
//! - `model.safetensors`, as on the Hugging Face hub: tch 0.17 reads safetensors (any float
//!   dtype; values are converted to the model's `f32`), and the tensor names of a Hugging Face
//!   `BertForTokenClassification` checkpoint (`bert.…`, `classifier.…`) are the ones rust-bert
//!   uses, so such a checkpoint loads as downloaded;
//! - `pytorch_model.bin` written by `torch.save` in its zip format (PyTorch ≥ 1.6, which
//!   Hugging Face has used since 2020). Older pickles do not load: re-save them as safetensors
//!   (`safetensors.torch.save_file(torch.load(path), "model.safetensors")`).
//!
//! Old checkpoints' `LayerNorm.gamma` / `LayerNorm.beta` names are accepted for `weight` /
//! `bias`; extra tensors (a pooler, `position_ids`) are ignored. Every tensor the config calls for
//! must be there with its exact shape, else loading fails with [`Error::ModelWeights`].
//!
//! # Threads
//! The model sits behind a [`Mutex`]: calls from several threads run one
//! after the other, each using libtorch's own intra-op threads.
//!
//! # Panics
//! None on any input. rust-bert's forward pass panics on tch errors; the inputs are checked
//! beforehand (ids inside the vocabulary, windows inside the position table), and as a last
//! resort the forward pass runs under [`std::panic::catch_unwind`] so that a libtorch failure
//! (such as running out of memory) becomes [`Error::Torch`]. This needs `panic = "unwind"`
//! (the default).

mod decode;
mod load;
#[cfg(feature = "remote")]
mod remote;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rust_bert::bert::BertForTokenClassification;
use tch::{nn, Device, Kind, Tensor};
use tokenizers::Tokenizer;

pub use decode::Tag;
#[cfg(feature = "remote")]
#[cfg_attr(docsrs, doc(cfg(feature = "remote")))]
pub use remote::{RemoteModel, BASE_URL_VAR};

use super::{Entity, Recognizer};
use crate::text::Document;
use crate::{Error, Span};

/// Where a [`BertRecognizer`] finds its model and how it runs it.
///
/// ```no_run
/// use claimex::entities::{BertRecognizer, BertRecognizerConfig};
/// let config = BertRecognizerConfig {
///     config: "models/ner/config.json".into(),
///     vocab: "models/ner/vocab.txt".into(),
///     weights: "models/ner/rust_model.ot".into(),
///     batch_size: 8,
///     ..Default::default()
/// };
/// let recognizer = BertRecognizer::new(config)?;
/// # Ok::<(), claimex::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct BertRecognizerConfig {
    /// The model's `config.json` (BERT hyper-parameters and `id2label`).
    pub config: PathBuf,
    /// The vocabulary: a WordPiece `vocab.txt`, or a Hugging Face `tokenizer.json`
    /// (recognised by its `.json` extension).
    pub vocab: PathBuf,
    /// The weights: `rust_model.ot` (rust-bert / libtorch format) or `model.safetensors`.
    pub weights: PathBuf,
    /// Where to run the model (default: CPU).
    pub device: Device,
    /// How many windows go through the model at once (default 16; at least 1).
    pub batch_size: usize,
    /// Longest window in word pieces, `[CLS]` and `[SEP]` included (default and upper bound: the
    /// model's `max_position_embeddings`). Longer sentences are split into overlapping windows.
    pub max_len: Option<usize>,
    /// Word pieces shared by neighbouring windows (default: a quarter of the window; at most half).
    pub window_overlap: Option<usize>,
    /// Lower-case the text before WordPiece (only for `vocab.txt`; a `tokenizer.json` says so
    /// itself). Default: `do_lower_case` from a `tokenizer_config.json` next to the vocabulary,
    /// else `false` (the usual CoNLL NER models are cased).
    pub lower_case: Option<bool>,
    /// Recognizer name used in errors and logs (default `"bert"`).
    pub name: String,
    /// libtorch's intra-op thread count, set when the model loads; it applies to the whole
    /// process (`tch::set_num_threads`). Default: leave libtorch's choice (`OMP_NUM_THREADS`, else
    /// one per core). On a machine busy with other work, run with `OMP_WAIT_POLICY=PASSIVE` in
    /// the environment (it must be set before the process starts) or use fewer threads than
    /// cores: spinning OpenMP threads made bert-base ten times slower on a loaded 2-core machine.
    pub threads: Option<usize>,
}

impl Default for BertRecognizerConfig {
    /// `config.json`, `vocab.txt` and `rust_model.ot` in the current directory, on the CPU,
    /// batches of 16.
    ///
    /// ```
    /// let c = claimex::entities::BertRecognizerConfig::default();
    /// assert_eq!(c.batch_size, 16);
    /// assert_eq!(c.weights, std::path::PathBuf::from("rust_model.ot"));
    /// ```
    fn default() -> Self {
        BertRecognizerConfig {
            config: PathBuf::from("config.json"),
            vocab: PathBuf::from("vocab.txt"),
            weights: PathBuf::from("rust_model.ot"),
            device: Device::Cpu,
            batch_size: 16,
            max_len: None,
            window_overlap: None,
            lower_case: None,
            name: "bert".to_string(),
            threads: None,
        }
    }
}

impl BertRecognizerConfig {
    /// The files of a model directory: `config.json`; `tokenizer.json` if present, else
    /// `vocab.txt`; the first present of `rust_model.ot`, `model.safetensors` and
    /// `pytorch_model.bin`. Nothing is read yet.
    ///
    /// ```
    /// let c = claimex::entities::BertRecognizerConfig::from_dir("no/such/dir");
    /// assert_eq!(c.config, std::path::Path::new("no/such/dir/config.json"));
    /// assert_eq!(c.vocab, std::path::Path::new("no/such/dir/vocab.txt"));
    /// assert_eq!(c.weights, std::path::Path::new("no/such/dir/rust_model.ot"));
    /// ```
    pub fn from_dir(dir: impl AsRef<Path>) -> Self {
        let dir = dir.as_ref();
        let tokenizer_json = dir.join("tokenizer.json");
        let vocab = if tokenizer_json.is_file() { tokenizer_json } else { dir.join("vocab.txt") };
        let ot = dir.join("rust_model.ot");
        let weights = ["model.safetensors", "pytorch_model.bin"]
            .iter()
            .map(|f| dir.join(f))
            .find(|p| !ot.is_file() && p.is_file())
            .unwrap_or(ot);
        BertRecognizerConfig { config: dir.join("config.json"), vocab, weights, ..Default::default() }
    }
}

/// The loaded network. Tensors are `Send` but not `Sync`, hence the mutex in [`BertRecognizer`].
struct Net {
    /// Owns the variables the network's tensors point into.
    _vs: nn::VarStore,
    model: BertForTokenClassification,
}

/// A BERT token-classification model as a [`Recognizer`] (feature `bert`).
///
/// Load it once and reuse it: loading reads the whole checkpoint, while each
/// [`recognize`](Recognizer::recognize) call only runs the sentences it is given.
///
/// ```no_run
/// use claimex::entities::BertRecognizer;
/// let recognizer = BertRecognizer::from_dir("models/bert-base-NER")?;
/// let extractor = claimex::Extractor::builder().recognizer(recognizer).build()?;
/// let claims = extractor.extract("Ngozi Okonjo-Iweala said trade would recover.")?.claims;
/// # let _ = claims;
/// # Ok::<(), claimex::Error>(())
/// ```
pub struct BertRecognizer {
    net: Mutex<Net>,
    tokenizer: Tokenizer,
    tags: Vec<Tag>,
    cls: i64,
    sep: i64,
    pad: i64,
    /// Word pieces per window, without `[CLS]`/`[SEP]`.
    window: usize,
    overlap: usize,
    batch_size: usize,
    device: Device,
    name: String,
}

impl std::fmt::Debug for BertRecognizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BertRecognizer")
            .field("name", &self.name)
            .field("labels", &self.tags)
            .field("window", &self.window)
            .field("overlap", &self.overlap)
            .field("batch_size", &self.batch_size)
            .field("device", &self.device)
            .finish_non_exhaustive()
    }
}

/// One run of word pieces through the model: a whole sentence or one window of it.
struct Segment {
    /// Index into the per-call sentence list.
    sentence: usize,
    /// Piece range of the sentence.
    start: usize,
    end: usize,
}

/// A sentence's word pieces and, after the model ran, each piece's best tag.
struct Pieces {
    /// Byte offset of the sentence in the document.
    base: usize,
    ids: Vec<i64>,
    offsets: Vec<(usize, usize)>,
    words: Vec<Option<u32>>,
    /// Per piece: (tag index, probability, how far the deciding window's nearest cut was).
    best: Vec<Option<(usize, f32, usize)>>,
}

impl BertRecognizer {
    /// Load a model from explicit paths and settings.
    ///
    /// # Errors
    /// [`Error::ModelFile`] for a missing or unreadable file, [`Error::ModelConfig`] for a
    /// malformed `config.json`, [`Error::ModelLabel`] for a label other than O and B-/I- of
    /// PER/ORG/LOC/MISC, [`Error::ModelVocabulary`] for a vocabulary that does not fit,
    /// [`Error::ModelWeights`] for weights that do not fit the config, [`Error::Torch`] when
    /// libtorch fails.
    ///
    /// ```
    /// use claimex::entities::{BertRecognizer, BertRecognizerConfig};
    /// let err = BertRecognizer::new(BertRecognizerConfig::from_dir("no/such/dir")).unwrap_err();
    /// assert!(matches!(err, claimex::Error::ModelFile { what: "config", .. }));
    /// ```
    pub fn new(config: BertRecognizerConfig) -> Result<Self, Error> {
        load::load(config)
    }

    /// Load a model directory (see [`BertRecognizerConfig::from_dir`]) with default settings.
    ///
    /// # Errors
    /// As [`new`](Self::new).
    ///
    /// ```
    /// let err = claimex::entities::BertRecognizer::from_dir("no/such/dir").unwrap_err();
    /// assert!(err.to_string().contains("config.json"));
    /// ```
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Self, Error> {
        Self::new(BertRecognizerConfig::from_dir(dir))
    }

    /// The model's tags, in the order of its output (from `id2label`).
    ///
    /// ```no_run
    /// let r = claimex::entities::BertRecognizer::from_dir("models/ner")?;
    /// println!("{:?}", r.tags());
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn tags(&self) -> &[Tag] {
        &self.tags
    }

    /// Word pieces per window, `[CLS]` and `[SEP]` excluded.
    ///
    /// ```no_run
    /// let r = claimex::entities::BertRecognizer::from_dir("models/ner")?;
    /// assert!(r.window() <= 510);
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn window(&self) -> usize {
        self.window
    }

    /// Label entities in arbitrary sentences given as byte spans of `text` (sorted, not
    /// overlapping). [`Recognizer::recognize`] calls this with the document's sentences.
    ///
    /// # Errors
    /// [`Error::Recognizer`] when the tokenizer fails, [`Error::Torch`] when libtorch does.
    ///
    /// ```no_run
    /// let r = claimex::entities::BertRecognizer::from_dir("models/ner")?;
    /// let text = "Angela Merkel met Emmanuel Macron.";
    /// let entities = r.recognize_spans(text, &[claimex::Span::new(0, text.len())])?;
    /// for e in entities { println!("{:?} {}", e.label, e.span.as_str(text)); }
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn recognize_spans(&self, text: &str, spans: &[Span]) -> Result<Vec<Entity>, Error> {
        let mut sentences = Vec::with_capacity(spans.len());
        for span in spans {
            let Some(sentence) = text.get(span.start..span.end) else { continue };
            let encoding = self.tokenizer.encode(sentence, false).map_err(|e| Error::Recognizer {
                recognizer: self.name.clone(),
                message: format!("the tokenizer failed on a sentence ({e}); check the vocabulary file"),
            })?;
            let n = encoding.get_ids().len();
            sentences.push(Pieces {
                base: span.start,
                ids: encoding.get_ids().iter().map(|&i| i64::from(i)).collect(),
                offsets: encoding.get_offsets().to_vec(),
                words: encoding.get_word_ids().to_vec(),
                best: vec![None; n],
            });
        }
        let mut segments = Vec::new();
        for (s, p) in sentences.iter().enumerate() {
            for (start, end) in decode::windows(p.ids.len(), self.window, self.overlap) {
                segments.push(Segment { sentence: s, start, end });
            }
        }
        // Longest first: similar lengths share a batch, so little padding is computed.
        segments.sort_by_key(|g| std::cmp::Reverse(g.end - g.start));
        let mut rest = &segments[..];
        while !rest.is_empty() {
            let n = batch_len(rest, self.batch_size);
            self.run_batch(&rest[..n], &mut sentences)?;
            rest = &rest[n..];
        }
        let mut entities = Vec::new();
        for p in &sentences {
            decode::entities(text, p.base, &p.offsets, &p.words, &p.best, &self.tags, &mut entities);
        }
        entities.sort_by_key(|e| (e.span.start, e.span.end));
        Ok(entities)
    }

    fn torch_err(&self, e: impl std::fmt::Display) -> Error {
        Error::Torch { recognizer: self.name.clone(), reason: e.to_string() }
    }

    /// Run one batch of segments and record each piece's best tag in `sentences`.
    fn run_batch(&self, batch: &[Segment], sentences: &mut [Pieces]) -> Result<(), Error> {
        let width = batch.iter().map(|g| g.end - g.start).max().unwrap_or(0) + 2;
        let rows = batch.len();
        let mut ids = vec![self.pad; rows * width];
        let mut mask = vec![0i64; rows * width];
        for (r, g) in batch.iter().enumerate() {
            let row = &mut ids[r * width..(r + 1) * width];
            let len = g.end - g.start;
            row[0] = self.cls;
            row[1..=len].copy_from_slice(&sentences[g.sentence].ids[g.start..g.end]);
            row[len + 1] = self.sep;
            mask[r * width..r * width + len + 2].fill(1);
        }
        let shape = [rows as i64, width as i64];
        let input = Tensor::f_from_slice(&ids)
            .and_then(|t| t.f_view(shape))
            .and_then(|t| t.f_to_device(self.device))
            .map_err(|e| self.torch_err(e))?;
        let mask = Tensor::f_from_slice(&mask)
            .and_then(|t| t.f_view(shape))
            .and_then(|t| t.f_to_device(self.device))
            .map_err(|e| self.torch_err(e))?;
        let net = self.net.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        // rust-bert's forward pass has no fallible variant; see the module docs.
        let logits = catch_unwind(AssertUnwindSafe(|| {
            tch::no_grad(|| net.model.forward_t(Some(&input), Some(&mask), None, None, None, false).logits)
        }))
        .map_err(|panic| {
            let msg = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("panic in the forward pass");
            self.torch_err(msg)
        })?;
        drop(net);
        let (prob, tag) = logits
            .f_softmax(-1, Kind::Float)
            .and_then(|p| p.f_max_dim(-1, false))
            .map_err(|e| self.torch_err(e))?;
        let flat = |t: Tensor| t.f_to_device(Device::Cpu).and_then(|t| t.f_flatten(0, -1));
        let prob: Vec<f32> =
            flat(prob).and_then(|t| Vec::<f32>::try_from(&t)).map_err(|e| self.torch_err(e))?;
        let tag: Vec<i64> =
            flat(tag).and_then(|t| Vec::<i64>::try_from(&t)).map_err(|e| self.torch_err(e))?;
        if prob.len() != rows * width || tag.len() != rows * width {
            return Err(self.torch_err(format!(
                "the model returned {} scores for {rows}×{width} word pieces",
                prob.len()
            )));
        }
        for (r, g) in batch.iter().enumerate() {
            let p = &mut sentences[g.sentence];
            let n = p.ids.len();
            for i in g.start..g.end {
                // Distance from the nearest cut; a sentence edge is no cut.
                let left = if g.start == 0 { usize::MAX } else { i - g.start };
                let right = if g.end == n { usize::MAX } else { g.end - 1 - i };
                let margin = left.min(right);
                let k = r * width + 1 + (i - g.start);
                let t = usize::try_from(tag[k]).unwrap_or(0).min(self.tags.len().saturating_sub(1));
                if !matches!(p.best[i], Some((_, _, m)) if m >= margin) {
                    p.best[i] = Some((t, prob[k], margin));
                }
            }
        }
        Ok(())
    }
}

/// How many of `sorted` (longest first) go into the next batch: at most `batch_size`, and no
/// more than keep padding (every row is as long as the first) under a quarter of the work.
fn batch_len(sorted: &[Segment], batch_size: usize) -> usize {
    let first = sorted.first().map_or(0, |g| g.end - g.start) + 2;
    let mut real = 0;
    let mut n = 0;
    for g in sorted.iter().take(batch_size.max(1)) {
        let len = g.end - g.start + 2;
        if n > 0 && 4 * (n + 1) * first > 5 * (real + len) {
            break;
        }
        real += len;
        n += 1;
    }
    n.max(1)
}

impl Recognizer for BertRecognizer {
    fn name(&self) -> &str {
        &self.name
    }

    fn recognize(&self, doc: &Document<'_>, sentences: &[usize]) -> Result<Vec<Entity>, Error> {
        let all = doc.sentences();
        let spans: Vec<Span> = sentences.iter().filter_map(|&i| all.get(i)).map(|s| s.span).collect();
        self.recognize_spans(doc.text(), &spans)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segs(lens: &[usize]) -> Vec<Segment> {
        lens.iter().map(|&n| Segment { sentence: 0, start: 0, end: n }).collect()
    }

    #[test]
    fn batches_stop_before_padding_dominates() {
        assert_eq!(batch_len(&segs(&[10, 10, 10, 10]), 16), 4);
        assert_eq!(batch_len(&segs(&[10, 10, 10, 10]), 3), 3);
        // 100 then short ones: padding every short row to 102 would waste most of the work.
        assert_eq!(batch_len(&segs(&[100, 20, 20]), 16), 1);
        assert_eq!(batch_len(&segs(&[40, 38, 35, 30, 10]), 16), 4);
        assert_eq!(batch_len(&segs(&[5]), 0), 1);
    }
}
