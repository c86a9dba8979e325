//! Parallel extraction over many documents with [rayon].
//!
//! [`Extractor::extract_batch`] runs one [`Extractor::extract`] per document on rayon's
//! thread pool and returns the results in input order, one slot per document: a document that
//! fails (e.g. over [`Extractor::max_input_bytes`]) holds its error in its own slot and the
//! others go on. [`Extractor::par_extract`] is the same as a lazy parallel iterator, for callers
//! that stream results (e.g. straight to JSON) without collecting them first.
//!
//! The number of threads is rayon's: the global pool (one thread per core unless
//! `RAYON_NUM_THREADS` says otherwise), or the pool the call runs in via
//! [`rayon::ThreadPool::install`]:
//!
//! ```
//! let extractor = claimex::Extractor::new();
//! let docs = ["\"We will win,\" Smith said.", "It rained."];
//! let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
//! let results = pool.install(|| extractor.extract_batch(&docs));
//! assert_eq!(results.len(), 2);
//! ```

use rayon::prelude::*;

use crate::{Error, Extraction, Extractor};

impl Extractor {
    /// Extract every document of `docs` in parallel; result `i` belongs to `docs[i]`.
    ///
    /// Each slot is exactly what [`extract`](Self::extract) returns for that document, so a
    /// failing document ([`Error::InputTooLarge`], or a model-backed recognizer's error) does not
    /// stop the others.
    ///
    /// ```
    /// let extractor = claimex::Extractor::builder().max_input_bytes(64).build()?;
    /// let long = format!("\"{}\" Smith said.", "word ".repeat(20));
    /// let docs = vec!["\"We will win,\" Smith said.".to_string(), long, "It rained.".to_string()];
    /// let results = extractor.extract_batch(&docs);
    /// assert_eq!(results.len(), 3);
    /// assert_eq!(results[0].as_ref().unwrap().claims.len(), 1);
    /// assert!(matches!(results[1], Err(claimex::Error::InputTooLarge { .. })));
    /// assert!(results[2].as_ref().unwrap().claims.is_empty());
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn extract_batch<S: AsRef<str> + Sync>(&self, docs: &[S]) -> Vec<Result<Extraction, Error>> {
        self.par_extract(docs).collect()
    }

    /// A parallel iterator of the extractions of `docs`, in order, one item per document.
    ///
    /// Lazy: nothing runs until the iterator is driven, so results can be mapped (serialised,
    /// counted) on the worker threads before they are collected. Takes anything rayon can turn
    /// into an indexed parallel iterator of string-likes: `&[String]`, `&Vec<&str>`, a
    /// `Vec<String>` (by value), a parallel range mapped to texts…
    ///
    /// ```
    /// use rayon::prelude::*;
    /// let extractor = claimex::Extractor::new();
    /// let docs = vec!["\"We will win,\" Smith said.", "It rained.", "Smith said it was over."];
    /// let counts: Vec<usize> = extractor
    ///     .par_extract(&docs)
    ///     .map(|r| r.map_or(0, |e| e.claims.len()))
    ///     .collect();
    /// assert_eq!(counts, [1, 0, 1]);
    /// ```
    pub fn par_extract<'e, I>(
        &'e self,
        docs: I,
    ) -> impl IndexedParallelIterator<Item = Result<Extraction, Error>> + 'e
    where
        I: IntoParallelIterator,
        I::Iter: IndexedParallelIterator + 'e,
        I::Item: AsRef<str>,
    {
        docs.into_par_iter().map(move |doc| self.extract(doc.as_ref()))
    }
}
