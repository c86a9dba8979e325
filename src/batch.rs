//! Parallel extraction over many documents with [rayon](https://docs.rs/rayon).
//!
//! [`Extractor::extract_batch`] runs one [`Extractor::extract`] per document on rayon's
//! thread pool and returns the results in input order, one slot per document: a document that
//! fails (e.g. over [`Extractor::max_input_bytes`]) holds its error in its own slot and the
//! others go on. [`Extractor::par_extract`] is the same as a lazy, ordered [`Iterator`]
//! ([`ParExtract`]) for callers that stream results (e.g. straight to JSON) without collecting
//! them all first. Neither needs rayon in the caller's code.
//!
//! The number of threads is rayon's: the global pool (one thread per core unless
//! `RAYON_NUM_THREADS` says otherwise), or the pool the call runs in when the caller uses
//! rayon's `ThreadPool::install`.

use std::collections::VecDeque;

use rayon::prelude::*;

use crate::{Error, Extraction, Extractor};

/// Documents handed to the thread pool at once by [`ParExtract`], per pool thread: enough that
/// the threads rarely wait for the slowest document of a round, few enough to bound memory.
const DOCS_PER_THREAD: usize = 16;

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
        docs.par_iter().map(|doc| self.extract(doc.as_ref())).collect()
    }

    /// The extractions of `docs`, in order, one item per document, computed in parallel a round
    /// of documents at a time.
    ///
    /// Lazy: documents are taken from `docs` only as results are asked for, a round of 16 per
    /// pool thread at a time, so `docs` may be a stream (lines of a file) larger than memory.
    /// Takes any iterable of string-likes that can move between threads: `&[String]`,
    /// `&Vec<&str>`, a `Vec<String>` by value, a mapped iterator…
    ///
    /// ```
    /// let extractor = claimex::Extractor::new();
    /// let docs = vec!["\"We will win,\" Smith said.", "It rained.", "Smith said it was over."];
    /// let counts: Vec<usize> = extractor
    ///     .par_extract(&docs)
    ///     .map(|r| r.map_or(0, |e| e.claims.len()))
    ///     .collect();
    /// assert_eq!(counts, [1, 0, 1]);
    /// ```
    pub fn par_extract<I>(&self, docs: I) -> ParExtract<'_, I::IntoIter>
    where
        I: IntoIterator,
        I::Item: AsRef<str> + Send,
    {
        ParExtract { extractor: self, docs: docs.into_iter(), ready: VecDeque::new() }
    }
}

/// The ordered iterator of [`Extractor::par_extract`]: one `Result` per document.
///
/// Each time its buffer runs dry it takes the next round of documents (16 per thread of the
/// current rayon pool) and extracts them in parallel on that pool.
///
/// ```
/// let extractor = claimex::Extractor::new();
/// let lines = "\"We will win,\" Smith said.\nIt rained.".lines();
/// let mut results = extractor.par_extract(lines);
/// assert_eq!(results.next().unwrap()?.claims.len(), 1);
/// assert!(results.next().unwrap()?.claims.is_empty());
/// assert!(results.next().is_none());
/// # Ok::<(), claimex::Error>(())
/// ```
#[must_use = "iterators are lazy: nothing is extracted until the results are asked for"]
pub struct ParExtract<'e, I> {
    extractor: &'e Extractor,
    docs: I,
    ready: VecDeque<Result<Extraction, Error>>,
}

impl<I> std::fmt::Debug for ParExtract<'_, I> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ParExtract").field("ready", &self.ready.len()).finish_non_exhaustive()
    }
}

impl<I> Iterator for ParExtract<'_, I>
where
    I: Iterator,
    I::Item: AsRef<str> + Send,
{
    type Item = Result<Extraction, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.ready.is_empty() {
            let round = rayon::current_num_threads().max(1) * DOCS_PER_THREAD;
            let docs: Vec<I::Item> = self.docs.by_ref().take(round).collect();
            let mut results = Vec::with_capacity(docs.len());
            let extractor = self.extractor;
            docs.into_par_iter().map(|doc| extractor.extract(doc.as_ref())).collect_into_vec(&mut results);
            self.ready.extend(results);
        }
        self.ready.pop_front()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (low, high) = self.docs.size_hint();
        let ready = self.ready.len();
        (low.saturating_add(ready), high.and_then(|h| h.checked_add(ready)))
    }
}

impl<I> ExactSizeIterator for ParExtract<'_, I>
where
    I: ExactSizeIterator,
    I::Item: AsRef<str> + Send,
{
}

impl<I> std::iter::FusedIterator for ParExtract<'_, I>
where
    I: std::iter::FusedIterator,
    I::Item: AsRef<str> + Send,
{
}
