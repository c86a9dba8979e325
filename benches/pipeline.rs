//! Throughput of the claimex pipeline: whole `extract`, each stage alone, scaling with input size,
//! adversarial inputs, the batch API on 1 and 2 threads, the tokenizer against the `tokenizers`
//! crate's pre-tokenizers, and the tagger stage off and on.
//!
//! ```text
//! cargo bench --bench pipeline                  # everything (a few minutes on 2 cores)
//! cargo bench --bench pipeline -- extract/      # one group
//! CLAIMEX_CORPUS=/path/to/txt/dir cargo bench --bench pipeline
//! CLAIMEX_BENCH_CLOCK=cpu cargo bench --bench pipeline  # on-CPU time of the bench thread
//! ```
//!
//! `CLAIMEX_BENCH_CLOCK=cpu` measures the time the benchmarking thread actually ran
//! (`CLOCK_THREAD_CPUTIME_ID`, Linux) instead of wall time: on a busy machine it leaves out the
//! time spent waiting for a core, so figures stay comparable. The batch group always uses wall time
//! (its work runs on pool threads).
//!
//! The corpora are built at run time by concatenating the `.txt` articles of
//! `$CLAIMEX_CORPUS` (default `../shared/polnear-train/text` beside the crate), separated by blank
//! lines, repeated as needed to reach 0.1, 1 and 10 MB. Without that directory the bench says so
//! and builds them from the sample article `tests/data/idlib-summit.txt` repeated instead.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use claimex::entities::{EmbeddedRecognizer, Recognizer};
use claimex::lexicon::Lexicons;
use claimex::text::Document;
use claimex::{attribution, cues, quotes, Extractor};
use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use tokenizers::pre_tokenizers::bert::BertPreTokenizer;
use tokenizers::pre_tokenizers::whitespace::Whitespace;
use tokenizers::{OffsetReferential, OffsetType, PreTokenizedString, PreTokenizer};

const SAMPLE: &str = include_str!("../tests/data/idlib-summit.txt");
const KB: usize = 1000;
const MB: usize = 1000 * KB;

/// Wall time, or on-CPU time of the calling thread; both in nanoseconds.
struct Clock {
    cpu: bool,
}

static WALL: WallTime = WallTime;

/// Nanoseconds the calling thread has run on a CPU: `clock_gettime(CLOCK_THREAD_CPUTIME_ID)`,
/// exact to the nanosecond including the current time slice (Linux, 64-bit).
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn thread_cpu_ns() -> Option<u64> {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid, writable timespec with the C layout of 64-bit Linux.
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) };
    (rc == 0).then(|| t.tv_sec as u64 * 1_000_000_000 + t.tv_nsec as u64)
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn thread_cpu_ns() -> Option<u64> {
    None
}

impl Clock {
    fn from_env(allow_cpu: bool) -> Self {
        let want = std::env::var("CLAIMEX_BENCH_CLOCK").is_ok_and(|v| v == "cpu");
        let cpu = allow_cpu && want && thread_cpu_ns().is_some();
        if want && allow_cpu && !cpu {
            eprintln!("note: no thread CPU clock here; measuring wall time");
        }
        Clock { cpu }
    }
}

impl Measurement for Clock {
    type Intermediate = (Instant, u64);
    type Value = u64;

    fn start(&self) -> Self::Intermediate {
        (Instant::now(), if self.cpu { thread_cpu_ns().unwrap_or(0) } else { 0 })
    }
    fn end(&self, (wall, cpu): Self::Intermediate) -> u64 {
        if self.cpu {
            thread_cpu_ns().unwrap_or(0).saturating_sub(cpu)
        } else {
            u64::try_from(wall.elapsed().as_nanos()).unwrap_or(u64::MAX)
        }
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    fn to_f64(&self, v: &u64) -> f64 {
        *v as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        WALL.formatter()
    }
}

type Crit = Criterion<Clock>;

/// The articles to build corpora from: the real news directory, or the sample alone.
fn articles() -> &'static [String] {
    static ARTICLES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    ARTICLES.get_or_init(|| {
        let dir = std::env::var_os("CLAIMEX_CORPUS").map(PathBuf::from).unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/polnear-train/text")
        });
        let mut paths: Vec<PathBuf> = match std::fs::read_dir(&dir) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect(),
            Err(e) => {
                eprintln!("note: no corpus at {} ({e}); benching the sample article repeated", dir.display());
                Vec::new()
            }
        };
        paths.sort();
        let texts: Vec<String> = paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
        if texts.is_empty() {
            vec![SAMPLE.to_string()]
        } else {
            let bytes: usize = texts.iter().map(String::len).sum();
            eprintln!(
                "note: corpus of {} articles, {:.2} MB from {}",
                texts.len(),
                bytes as f64 / 1e6,
                dir.display()
            );
            texts
        }
    })
}

/// At least `size` bytes of articles joined by blank lines, cycling through them; returns the text
/// and how many articles it holds.
fn corpus(size: usize) -> (String, usize) {
    let mut out = String::with_capacity(size + 64 * KB);
    let mut n = 0;
    for article in articles().iter().cycle() {
        if out.len() >= size {
            break;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(article.trim());
        n += 1;
    }
    (out, n)
}

fn size_name(bytes: usize) -> String {
    if bytes >= MB {
        format!("{}MB", bytes / MB)
    } else {
        format!("{}KB", bytes / KB)
    }
}

/// `n` quote marks: curly and straight, some paired around speech, many left open, inside a few
/// long sentences so pairing and attribution see them all at once.
fn many_quotes(n: usize) -> String {
    let mut s = String::with_capacity(n * 12);
    let mut marks = 0;
    let mut i = 0;
    while marks < n {
        match i % 5 {
            0 => s.push_str("\u{201C}We will win,\u{201D} Smith said, "),
            1 => s.push_str("\"no\" and \"yes\" "),
            2 => s.push_str("\u{201C}open "),
            3 => s.push_str("'tis \u{2018}odd\u{2019} "),
            _ => s.push_str("she said \" "),
        }
        marks += [2, 4, 1, 2, 1][i % 5];
        i += 1;
        if i % 1000 == 0 {
            s.push_str(".\n");
        }
    }
    s
}

/// Person-heavy text: distinct two-word names, surname repeats, outlets and places, `size` bytes.
fn many_entities(size: usize) -> String {
    const FIRST: [&str; 12] = [
        "John", "Maria", "Ahmed", "Olena", "Kwame", "Li", "Sofia", "Dmitri", "Aisha", "Pedro", "Yuki", "Anna",
    ];
    const SYL: [&str; 16] = [
        "ka", "lo", "ven", "mar", "tis", "ro", "bel", "dan", "zu", "fer", "gor", "li", "sha", "nov", "pet",
        "ur",
    ];
    let name = |i: usize| {
        let mut last = String::new();
        let mut k = i;
        for _ in 0..4 {
            last.push_str(SYL[k % 16]);
            k /= 16;
        }
        let mut cs = last.chars();
        let last = cs.next().map(|c| c.to_uppercase().chain(cs).collect::<String>()).unwrap_or_default();
        (FIRST[i % FIRST.len()], last)
    };
    let mut s = String::with_capacity(size + 200);
    let mut i = 0;
    while s.len() < size {
        let (f1, l1) = name(i);
        let (f2, l2) = name(i + 7919);
        s.push_str(&format!(
            "{f1} {l1} met {f2} {l2} and Senator {l2} in Berlin, Reuters reported. \
             {l1} said the European Union and NATO would talk to Moscow. \
             \u{201C}It failed,\u{201D} {l2} told the BBC.\n"
        ));
        i += 1;
    }
    s
}

fn throughput<'c>(c: &'c mut Crit, group: &str, size: usize) -> criterion::BenchmarkGroup<'c, Clock> {
    let mut g = c.benchmark_group(group);
    if size >= 5 * MB {
        g.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
    } else {
        g.sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    }
    g
}

/// Whole `extract`: the sample article, then 0.1, 1 and 10 MB of news (linearity).
fn bench_extract(c: &mut Crit) {
    let extractor = Extractor::new();
    {
        let mut g = throughput(c, "extract", SAMPLE.len());
        g.throughput(Throughput::Bytes(SAMPLE.len() as u64));
        g.bench_function("sample", |b| b.iter(|| extractor.extract(black_box(SAMPLE))));
        g.finish();
    }
    for size in [100 * KB, MB, 10 * MB] {
        let (text, n) = corpus(size);
        eprintln!("note: extract/{} holds {n} articles, {} bytes", size_name(size), text.len());
        let mut g = throughput(c, "extract", size);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("corpus", size_name(size)), &text, |b, t| {
            b.iter(|| extractor.extract(black_box(t)))
        });
        g.finish();
    }
}

/// Each stage alone on the 1 MB corpus, its inputs computed once beforehand.
fn bench_stages(c: &mut Crit) {
    let (text, _) = corpus(MB);
    let lex = Lexicons::default();
    let recognizer = EmbeddedRecognizer::new(lex.clone());
    let doc = Document::new(&text);
    let all: Vec<usize> = (0..doc.sentences().len()).collect();
    let qs = quotes::find(&doc);
    let cs = cues::find(&doc, &lex, &qs);
    let ents = recognizer.recognize(&doc, &all).unwrap_or_default();
    eprintln!(
        "note: stages/1MB: {} tokens, {} sentences, {} quotes, {} cues, {} entities",
        doc.tokens().len(),
        doc.sentences().len(),
        qs.len(),
        cs.len(),
        ents.len()
    );

    let mut g = throughput(c, "stages", MB);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("segmentation", |b| b.iter(|| Document::new(black_box(&text))));
    g.bench_function("tokens", |b| b.iter(|| claimex::text::tokenize(black_box(&text))));
    g.bench_function("entities", |b| b.iter(|| recognizer.recognize(black_box(&doc), &all)));
    g.bench_function("cues", |b| b.iter(|| cues::find(black_box(&doc), &lex, &qs)));
    g.bench_function("quotes", |b| b.iter(|| quotes::find(black_box(&doc))));
    g.bench_function("attribution", |b| {
        b.iter(|| attribution::attribute(black_box(&doc), &lex, &ents, &cs, &qs))
    });
    g.finish();
}

/// Inputs built to expose super-linear cost: each at two sizes, 10x apart, so the per-byte
/// figures should match.
fn bench_adversarial(c: &mut Crit) {
    let extractor = Extractor::new();
    let cases: Vec<(&str, usize, String)> = vec![
        ("quote_marks", 10_000, many_quotes(10_000)),
        ("quote_marks", 100_000, many_quotes(100_000)),
        ("one_line", MB, corpus(MB).0.replace(['\n', '\r'], " ")),
        ("one_line", 10 * MB, corpus(10 * MB).0.replace(['\n', '\r'], " ")),
        ("no_sentence_end", 100 * KB, corpus(100 * KB).0.replace(['.', '!', '?', '\n'], " ")),
        ("no_sentence_end", MB, corpus(MB).0.replace(['.', '!', '?', '\n'], " ")),
        ("entities", 100 * KB, many_entities(100 * KB)),
        ("entities", MB, many_entities(MB)),
    ];
    for (name, n, text) in &cases {
        let mut g = throughput(c, "adversarial", text.len());
        g.throughput(Throughput::Bytes(text.len() as u64));
        let id = if *name == "quote_marks" { n.to_string() } else { size_name(*n) };
        g.bench_with_input(BenchmarkId::new(*name, id), text, |b, t| {
            b.iter(|| extractor.extract(black_box(t)))
        });
        g.finish();
    }
}

/// The batch API over the articles (about 4 MB of news): 1 thread against 2, collected at once
/// (`extract_batch`) and streamed in rounds (`par_extract`).
fn bench_batch(c: &mut Crit) {
    let extractor = Extractor::new();
    let mut docs: Vec<&str> = articles().iter().map(String::as_str).collect();
    // At least ~1 MB so the pool has work to share even on the sample fallback.
    while docs.iter().map(|d| d.len()).sum::<usize>() < MB {
        docs.extend_from_within(..);
    }
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let mut g = throughput(c, "batch", bytes);
    g.throughput(Throughput::Bytes(bytes as u64));
    for threads in [1, 2] {
        let pool = match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
            Ok(p) => p,
            Err(e) => {
                eprintln!("note: cannot build a {threads}-thread pool: {e}");
                continue;
            }
        };
        g.bench_with_input(BenchmarkId::new("threads", threads), &docs, |b, docs| {
            b.iter(|| pool.install(|| extractor.extract_batch(black_box(docs))))
        });
        // The streaming iterator: rounds of 16 documents per thread, each round a join point.
        g.bench_with_input(BenchmarkId::new("par_extract", threads), &docs, |b, docs| {
            b.iter(|| pool.install(|| extractor.par_extract(black_box(docs)).collect::<Vec<_>>()))
        });
    }
    g.finish();
}

/// The tagger stage on the 1 MB corpus: `extract` with it off and on, in one sitting; and tagging
/// every sentence, claimex's tagger (stages, features and CRF together) against the `crfs` crate's
/// tagger on the same model, given the attribute names already built.
fn bench_tagger(c: &mut Crit) {
    let (text, _) = corpus(MB);
    let off = Extractor::new();
    let on = match Extractor::builder().tagger(true).build() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("note: cannot build the tagger: {e}");
            return;
        }
    };
    let mut g = throughput(c, "tagger", MB);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("extract_off", |b| b.iter(|| off.extract(black_box(&text))));
    g.bench_function("extract_on", |b| b.iter(|| on.extract(black_box(&text))));
    let model = claimex::tagger::Model::embedded();
    g.bench_function("tag_all/claimex", |b| b.iter(|| claimex::tagger::tag(&off, model, black_box(&text))));
    let bytes: &[u8] = include_bytes!("../data/tagger.crfsuite");
    if let (Ok(crf), Ok(features)) =
        (crfs::Model::new(bytes), claimex::tagger::training_features(&off, &text))
    {
        let xseq: Vec<Vec<crfs::Attribute>> = features
            .iter()
            .flat_map(|s| &s.attributes)
            .map(|t| t.iter().map(|a| crfs::Attribute::new(a.as_str(), 1.0)).collect())
            .collect();
        if let Ok(tagger) = crf.tagger() {
            g.bench_function("tag_all/crfs", |b| b.iter(|| tagger.tag(black_box(&xseq)).map(|t| t.len())));
        }
    }
    g.finish();
}

/// claimex's tokenizer against the `tokenizers` crate's BERT and Whitespace pre-tokenizers on
/// the 1 MB corpus; every one returns its tokens with byte offsets into the input.
fn bench_tokenizers(c: &mut Crit) {
    let (text, _) = corpus(MB);
    let mut g = throughput(c, "tokenizers", MB);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("claimex", |b| b.iter(|| claimex::text::tokenize(black_box(&text))));
    g.bench_function("bert_pre_tokenizer", |b| {
        b.iter(|| {
            let mut pre = PreTokenizedString::from(black_box(text.as_str()));
            let ok = BertPreTokenizer.pre_tokenize(&mut pre).is_ok();
            (ok, pre.get_splits(OffsetReferential::Original, OffsetType::Byte).len())
        })
    });
    g.bench_function("whitespace", |b| {
        b.iter(|| {
            let mut pre = PreTokenizedString::from(black_box(text.as_str()));
            let ok = Whitespace.pre_tokenize(&mut pre).is_ok();
            (ok, pre.get_splits(OffsetReferential::Original, OffsetType::Byte).len())
        })
    });
    g.finish();
}

criterion_group! {
    name = single_thread;
    config = Criterion::default().with_measurement(Clock::from_env(true));
    targets = bench_extract, bench_stages, bench_adversarial, bench_tokenizers, bench_tagger
}
criterion_group! {
    name = parallel;
    config = Criterion::default().with_measurement(Clock::from_env(false));
    targets = bench_batch
}
criterion_main!(single_thread, parallel);
