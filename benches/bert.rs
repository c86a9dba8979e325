//! The BERT path (feature `bert`) on a random-weight model of bert-base size, generated into a
//! temporary directory at start: sentences per second at batch 1 and 16, and whole articles per
//! second with and without the claim-bearing-sentence filter.
//!
//! ```text
//! eval "$(scripts/setup-libtorch.sh)"   # also sets OMP_WAIT_POLICY=PASSIVE
//! cargo bench --features bert --bench bert
//! ```
//!
//! On a machine shared with other work, keep `OMP_WAIT_POLICY=PASSIVE`: spinning OpenMP threads
//! made this bench ten times slower on a loaded 2-core machine.
//!
//! Articles: tests/data/idlib-summit.txt plus three PolNeAR articles read at run time from
//! `$POLNEAR_TEXT` (default `../shared/polnear-train/text`) when that directory exists; the
//! filter's share of sentences is also counted over every PolNeAR article. The vocabulary holds
//! the corpus' words, so word pieces per word are close to a real cased BERT's.
//! `CLAIMEX_BENCH_THREADS=n` sets libtorch's thread count.

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

fn polnear_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::var_os("POLNEAR_TEXT")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/polnear-train/text"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
}

/// The sample article, then three PolNeAR articles of 15 to 40 sentences spread over the
/// (outlet-sorted) list.
fn articles(polnear: &[PathBuf]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![std::fs::read_to_string(root.join("tests/data/idlib-summit.txt")).unwrap()];
    for part in 0..3 {
        let from = part * polnear.len() / 3;
        let pick = polnear[from..].iter().filter_map(|f| std::fs::read_to_string(f).ok()).find(|t| {
            let n = Document::new(t).sentences().len();
            (15..=40).contains(&n)
        });
        out.extend(pick);
    }
    out
}

/// Sentences per article and how many the claim-bearing filter keeps, over every article.
fn filter_stats(files: &[PathBuf]) {
    let lex = claimex::lexicon::Lexicons::default();
    let mut ratios = Vec::new();
    let (mut total, mut kept) = (0, 0);
    for f in files {
        let Ok(text) = std::fs::read_to_string(f) else { continue };
        let doc = Document::new(&text);
        let quotes = claimex::quotes::find(&doc);
        let cues = claimex::cues::find(&doc, &lex, &quotes);
        let n = doc.sentences().len();
        let k = claimex::cues::claim_bearing_sentences(&doc, &cues, &quotes).len();
        total += n;
        kept += k;
        if n > 0 {
            ratios.push(k as f64 / n as f64);
        }
    }
    if ratios.is_empty() {
        return;
    }
    ratios.sort_by(f64::total_cmp);
    eprintln!(
        "filter over {} PolNeAR articles: {kept} of {total} sentences reach the model ({:.0}%); \
         per article median {:.0}%, quartiles {:.0}%-{:.0}%; {:.1} sentences per article",
        ratios.len(),
        100.0 * kept as f64 / total as f64,
        100.0 * ratios[ratios.len() / 2],
        100.0 * ratios[ratios.len() / 4],
        100.0 * ratios[3 * ratios.len() / 4],
        total as f64 / ratios.len() as f64
    );
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
    let polnear = polnear_files();
    filter_stats(&polnear);
    let texts = articles(&polnear);
    let words = corpus_words(&texts);
    let word_refs: Vec<&str> = words.iter().map(String::as_str).collect();
    let dir = std::env::temp_dir().join(format!("claimex-bert-bench-{}", std::process::id()));
    let t = Instant::now();
    bert_tiny::write_random(&dir, &bert_tiny::Spec::bert_base(&word_refs), 1).unwrap();
    eprintln!("bert-base random model written to {} in {:.1?}", dir.display(), t.elapsed());
    // CLAIMEX_BENCH_THREADS sets libtorch's threads (default: libtorch's choice).
    let threads = std::env::var("CLAIMEX_BENCH_THREADS").ok().and_then(|t| t.parse().ok());
    let load = |batch_size: usize| {
        let t = Instant::now();
        let config = BertRecognizerConfig { batch_size, threads, ..BertRecognizerConfig::from_dir(&dir) };
        let r = BertRecognizer::new(config).unwrap();
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
