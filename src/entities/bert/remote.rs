//! Downloading a model (feature `remote`): rust-bert's default NER model from the Hugging Face
//! hub, or the same three files from any other address, cached on disk by rust-bert's
//! `RemoteResource` (directory `$RUSTBERT_CACHE`, default `~/.cache/.rustbert`).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

use rust_bert::bert::{BertConfigResources, BertModelResources, BertVocabResources};
use rust_bert::resources::{RemoteResource, ResourceProvider};

use super::{BertRecognizer, BertRecognizerConfig};
use crate::Error;

/// Environment variable naming a base URL that replaces the hub addresses in
/// [`RemoteModel::from_env`]: the files are `<base>/config.json`, `<base>/vocab.txt` and
/// `<base>/rust_model.ot`.
pub const BASE_URL_VAR: &str = "CLAIMEX_BERT_URL";

/// Where to download a BERT NER model from (feature `remote`).
///
/// ```
/// let m = claimex::entities::RemoteModel::default();
/// assert!(m.weights_url.ends_with("rust_model.ot"));
/// let local = claimex::entities::RemoteModel::from_base_url("http://127.0.0.1:8000/ner/");
/// assert_eq!(local.config_url, "http://127.0.0.1:8000/ner/config.json");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteModel {
    /// Address of `config.json`.
    pub config_url: String,
    /// Address of `vocab.txt` (or `tokenizer.json`).
    pub vocab_url: String,
    /// Address of `rust_model.ot` (or `model.safetensors`).
    pub weights_url: String,
    /// Sub-directory of the cache; each file goes below it in `config`, `vocab`, `model`.
    pub cache_subdir: String,
}

impl Default for RemoteModel {
    /// rust-bert's default NER model: `dbmdz/bert-large-cased-finetuned-conll03-english`
    /// (about 1.3 GB), cached where rust-bert caches it.
    ///
    /// ```
    /// assert!(claimex::entities::RemoteModel::default().config_url.starts_with("https://huggingface.co/"));
    /// ```
    fn default() -> Self {
        RemoteModel {
            config_url: BertConfigResources::BERT_NER.1.to_string(),
            vocab_url: BertVocabResources::BERT_NER.1.to_string(),
            weights_url: BertModelResources::BERT_NER.1.to_string(),
            cache_subdir: "bert-ner".to_string(),
        }
    }
}

impl RemoteModel {
    /// The three files under one base address, cached below `claimex-bert`.
    ///
    /// ```
    /// let m = claimex::entities::RemoteModel::from_base_url("https://example.org/m");
    /// assert_eq!(m.vocab_url, "https://example.org/m/vocab.txt");
    /// ```
    pub fn from_base_url(base: &str) -> Self {
        let base = base.trim_end_matches('/');
        RemoteModel {
            config_url: format!("{base}/config.json"),
            vocab_url: format!("{base}/vocab.txt"),
            weights_url: format!("{base}/rust_model.ot"),
            cache_subdir: "claimex-bert".to_string(),
        }
    }

    /// [`from_base_url`](Self::from_base_url) of `$CLAIMEX_BERT_URL` when it is set, else the
    /// [default](Self::default).
    ///
    /// ```
    /// let m = claimex::entities::RemoteModel::from_env();
    /// # let _ = m;
    /// ```
    pub fn from_env() -> Self {
        match std::env::var(BASE_URL_VAR) {
            Ok(base) if !base.trim().is_empty() => Self::from_base_url(base.trim()),
            _ => Self::default(),
        }
    }

    /// Download the files (or find them in the cache) and return a configuration pointing at
    /// them, with default settings to adjust before [`BertRecognizer::new`].
    ///
    /// # Errors
    /// [`Error::ModelDownload`] when a file cannot be fetched or cached.
    ///
    /// ```no_run
    /// let mut config = claimex::entities::RemoteModel::default().download()?;
    /// config.batch_size = 4;
    /// let recognizer = claimex::entities::BertRecognizer::new(config)?;
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn download(&self) -> Result<BertRecognizerConfig, Error> {
        let subdir = self.cache_subdir.trim_end_matches('/');
        Ok(BertRecognizerConfig {
            config: fetch(&self.config_url, &format!("{subdir}/config"))?,
            vocab: fetch(&self.vocab_url, &format!("{subdir}/vocab"))?,
            weights: fetch(&self.weights_url, &format!("{subdir}/model"))?,
            ..Default::default()
        })
    }
}

/// One file through rust-bert's cache. Its cache set-up panics when no cache directory can be
/// made; that panic is caught and reported like any other download failure.
fn fetch(url: &str, subdir: &str) -> Result<PathBuf, Error> {
    let resource = RemoteResource::new(url, subdir);
    match catch_unwind(AssertUnwindSafe(|| resource.get_local_path())) {
        Ok(Ok(path)) => Ok(path),
        Ok(Err(e)) => Err(Error::ModelDownload { url: url.to_string(), reason: e.to_string() }),
        Err(_) => Err(Error::ModelDownload {
            url: url.to_string(),
            reason: "the download cache could not be set up (set RUSTBERT_CACHE to a writable directory)"
                .to_string(),
        }),
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "remote")))]
impl BertRecognizer {
    /// Download (or take from the cache) [`RemoteModel::from_env`] and load it with default
    /// settings (feature `remote`).
    ///
    /// # Errors
    /// [`Error::ModelDownload`], then as [`BertRecognizer::new`].
    ///
    /// ```no_run
    /// let recognizer = claimex::entities::BertRecognizer::remote()?;
    /// # let _ = recognizer;
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn remote() -> Result<Self, Error> {
        Self::new(RemoteModel::from_env().download()?)
    }
}
