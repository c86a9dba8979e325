//! The BERT path (feature `bert`) on a random-weight model of bert-base size, generated into a
//! temporary directory at start: sentences per second at batch 1 and 16, and whole articles per
//! second with and without the claim-bearing-sentence filter.
//!
//! ```text
//! eval "$(scripts/setup-libtorch.sh)"
//! cargo bench --features bert --bench bert
//! ```
//!
//! Articles: tests/data/idlib-summit.txt plus a few PolNeAR articles read at run time from
//! `$POLNEAR_TEXT` (default `../shared/polnear-train/text`) when that directory exists. The
//! vocabulary holds the corpus' words, so word pieces per word are close to a real cased BERT's.

#[path = "../tests/bert_tiny/mod.rs"]
mod bert_tiny;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use claimex::entities::{BertRecognizer, BertRecognizerConfig, Entity, Recognizer};
use claimex::text::Document;
use claimex::Extractor;
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};

/// Counts the sentences the pipeline hands to the model.
struct Counting {
    inner: Arc<BertRecognizer>,
    asked: Arc<AtomicUsize>,
}

impl Recognizer for Counting {
    fn name(&self) -> &str {
        "counting-bert"
    }
    fn recognize(&self, doc: &Document<'_>, sentences: &[usize]) -> claimex::Result<Vec<Entity>> {
        self.asked.fetch_add(sentences.len(), Ordering::Relaxed);
        self.inner.recognize(doc, sentences)
    }
}

fn articles() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![std::fs::read_to_string(root.join("tests/data/idlib-summit.txt")).unwrap()];
    let polnear = std::env::var_os("POLNEAR_TEXT")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/polnear-train/text"));
    if let Ok(dir) = std::fs::read_dir(&polnear) {
        let mut files: Vec<PathBuf> = dir.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        // Three articles spread over the (outlet-sorted) list.
        for f in files.iter().step_by((files.len() / 3).max(1)).take(3) {
            if let Ok(text) = std::fs::read_to_string(f) {
                out.push(text);
            }
        }
    }
    out
}

/// The corpus' distinct words (alphanumeric runs and single punctuation marks), most frequent first.
fn corpus_words(texts: &[String]) -> Vec<String> {
    let mut counts = std::collections::HashMap::<String, usize>::new();
    for t in texts {
        for w in t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            *counts.entry(w.to_string()).or_default() += 1;
        }
    }
    let mut words: Vec<_> = counts.into_iter().collect();
    words.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    words.into_iter().map(|(w, _)| w).collect()
}

fn bench(c: &mut Criterion) {
    let texts = articles();
    let words = corpus_words(&texts);
    let word_refs: Vec<&str> = words.iter().map(String::as_str).collect();
    let dir = std::env::temp_dir().join(format!("claimex-bert-bench-{}", std::process::id()));
    let t = Instant::now();
    bert_tiny::write_random(&dir, &bert_tiny::Spec::bert_base(&word_refs), 1).unwrap();
    eprintln!("bert-base random model written to {} in {:.1?}", dir.display(), t.elapsed());
    let load = |batch_size: usize| {
        let t = Instant::now();
        let r =
            BertRecognizer::new(BertRecognizerConfig { batch_size, ..BertRecognizerConfig::from_dir(&dir) })
                .unwrap();
        eprintln!("loaded (batch {batch_size}) in {:.1?}", t.elapsed());
        Arc::new(r)
    };
    let batch1 = load(1);
    let batch16 = load(16);

    // How many sentences reach the model with the filter.
    let asked = Arc::new(AtomicUsize::new(0));
    let filtered = Extractor::builder()
        .recognizer(Counting { inner: batch16.clone(), asked: asked.clone() })
        .sentence_filter(true)
        .build()
        .unwrap();
    let unfiltered = Extractor::builder().recognizer(batch16.clone()).sentence_filter(false).build().unwrap();
    let mut total = 0;
    for (i, text) in texts.iter().enumerate() {
        let n = Document::new(text).sentences().len();
        let before = asked.load(Ordering::Relaxed);
        let claims = filtered.extract(text).unwrap().claims.len();
        let reached = asked.load(Ordering::Relaxed) - before;
        total += n;
        eprintln!("article {i}: {n} sentences, {reached} reach the model with the filter, {claims} claims");
    }
    eprintln!(
        "all: {total} sentences, {} reach the model with the filter ({:.0}%)",
        asked.load(Ordering::Relaxed),
        100.0 * asked.load(Ordering::Relaxed) as f64 / total.max(1) as f64
    );

    let sample = Document::new(&texts[0]);
    let all: Vec<usize> = (0..sample.sentences().len()).collect();
    let mut g = c.benchmark_group("bert-base/sentences");
    g.sample_size(10).sampling_mode(SamplingMode::Flat).warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(5));
    g.throughput(Throughput::Elements(all.len() as u64));
    g.bench_function("batch1", |b| b.iter(|| batch1.recognize(&sample, &all).unwrap()));
    g.bench_function("batch16", |b| b.iter(|| batch16.recognize(&sample, &all).unwrap()));
    g.finish();

    let mut g = c.benchmark_group("bert-base/articles");
    g.sample_size(10).sampling_mode(SamplingMode::Flat).warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(10));
    g.throughput(Throughput::Elements(texts.len() as u64));
    g.bench_function("filter", |b| {
        b.iter(|| texts.iter().map(|t| filtered.extract(t).unwrap().claims.len()).sum::<usize>())
    });
    g.bench_function("every-sentence", |b| {
        b.iter(|| texts.iter().map(|t| unfiltered.extract(t).unwrap().claims.len()).sum::<usize>())
    });
    g.finish();

    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, bench);
criterion_main!(benches);
