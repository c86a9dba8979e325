//! Training the tagger: brat-annotated articles → token features and BIO tags → a linear-chain
//! CRF (the `crfs` crate's L-BFGS trainer, which writes CRFsuite's model format) → settings chosen
//! on out-of-fold predictions. Used by `examples/train_tagger.rs` and `tests/tagger_train.rs`.
#![allow(dead_code)] // each includer uses a part

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use claimex::tagger::{Boundaries, Model, Settings, Tag, Tagger};
use claimex::{Extractor, Span};
use rayon::prelude::*;

use crate::polnear::{f1, list_documents, parse_brat, ratio, score_document, Gold};

/// What to train on and how.
#[derive(Debug, Clone)]
pub(crate) struct Options {
    /// `text/` and `attributions/` as in PolNeAR.
    pub dir: PathBuf,
    /// Publisher (file-name prefix up to the first `_`) left out of everything; its files are
    /// not even opened.
    pub holdout: Option<String>,
    /// Folds for the out-of-fold predictions the settings are chosen on.
    pub folds: usize,
    /// L1 and L2 regularisation of the CRF (CRFsuite's `c1`, `c2`).
    pub c1: f64,
    pub c2: f64,
    /// An attribute seen in fewer training tokens than this is dropped before training.
    pub min_count: usize,
    /// L-BFGS iterations at most.
    pub iterations: usize,
    /// Train on the first N articles only.
    pub limit: Option<usize>,
    /// Where the model and the settings go.
    pub model_out: PathBuf,
    pub settings_out: PathBuf,
    /// Where the fold models are kept: read from there when all are present (to choose the
    /// settings again without training), written there otherwise.
    pub fold_models: Option<PathBuf>,
    /// Progress on standard error.
    pub verbose: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            dir: PathBuf::from("../shared/polnear-train"),
            holdout: Some("usa-today".into()),
            folds: 3,
            c1: 2.0,
            c2: 0.01,
            min_count: 5,
            iterations: 150,
            limit: None,
            model_out: PathBuf::from("data/tagger.crfsuite"),
            settings_out: PathBuf::from("data/tagger.tsv"),
            fold_models: None,
            verbose: true,
        }
    }
}

/// One annotated article with its features (interned attribute ids) and gold tags.
pub(crate) struct Article {
    pub name: String,
    pub text: String,
    pub golds: Vec<Gold>,
    /// Attribute ids of token `t`: `attrs[starts[t]..starts[t + 1]]`.
    pub attrs: Vec<u32>,
    pub starts: Vec<usize>,
    pub tags: Vec<Tag>,
}

/// Precision / recall counts of one configuration.
#[derive(Debug, Clone, Default)]
pub(crate) struct Counts {
    pub gold: usize,
    pub claims: usize,
    pub matched: usize,
    pub tp: usize,
    pub exact: usize,
    pub strict_tp: usize,
    /// (confidence, true positive) per claim.
    pub ranked: Vec<(f32, bool)>,
}

impl Counts {
    fn add(mut self, other: Counts) -> Counts {
        self.gold += other.gold;
        self.claims += other.claims;
        self.matched += other.matched;
        self.tp += other.tp;
        self.exact += other.exact;
        self.strict_tp += other.strict_tp;
        self.ranked.extend(other.ranked);
        self
    }

    /// (precision, recall, F1) of lenient attribution.
    pub fn lenient(&self) -> (f64, f64, f64) {
        prf(self.tp, self.claims, self.gold)
    }

    /// (precision, recall, F1) of strict attribution (content exact and speaker exact, as
    /// `examples/evaluate/strict.rs` judges them).
    pub fn strict(&self) -> (f64, f64, f64) {
        prf(self.strict_tp, self.claims, self.gold)
    }

    /// Average precision of the claims ranked by confidence (lenient true positives).
    pub fn ranking(&self) -> f64 {
        let mut r = self.ranked.clone();
        r.sort_by(|a, b| b.0.total_cmp(&a.0));
        let (mut hits, mut sum) = (0usize, 0.0);
        for (i, (_, tp)) in r.iter().enumerate() {
            if *tp {
                hits += 1;
                sum += hits as f64 / (i + 1) as f64;
            }
        }
        sum / hits.max(1) as f64
    }

    pub fn line(&self) -> String {
        let (lp, lr, lf) = self.lenient();
        let (sp, sr, sf) = self.strict();
        format!(
            "{} claims; lenient P {lp:.3} R {lr:.3} F1 {lf:.3}; strict P {sp:.3} R {sr:.3} F1 {sf:.3}",
            self.claims
        )
    }
}

fn prf(tp: usize, claims: usize, gold: usize) -> (f64, f64, f64) {
    let (p, r) = (ratio(tp, claims), ratio(tp, gold));
    (p, r, f1(p, r))
}

/// What a run produced.
#[derive(Debug, Clone)]
pub(crate) struct Report {
    pub articles: usize,
    pub tokens: usize,
    pub attributes_seen: usize,
    pub settings: Settings,
    /// Out-of-fold figures on the training articles: rules alone, and rules + tagger.
    pub rules: Counts,
    pub tagger: Counts,
    pub model_bytes: usize,
    pub model_attributes: usize,
    pub seconds_features: f64,
    pub seconds_folds: f64,
    pub seconds_selection: f64,
    pub seconds_final: f64,
    /// Out-of-fold figures of rules + tagger + the tagger's own claims where the rules found
    /// none, by the least mean content probability of an added claim.
    pub additions: Vec<(f32, Counts)>,
}

/// Train, choose the settings, and write the model and the settings.
pub(crate) fn run(opts: &Options) -> Result<Report, String> {
    let log = |msg: String| {
        if opts.verbose {
            eprintln!("{msg}");
        }
    };
    let started = Instant::now();
    let (articles, names) = load(opts)?;
    if articles.len() < 2 {
        return Err(format!("{} annotated articles: too few to train on", articles.len()));
    }
    let tokens: usize = articles.iter().map(|a| a.tags.len()).sum();
    let seconds_features = started.elapsed().as_secs_f64();
    log(format!(
        "{} articles, {tokens} tokens, {} distinct attributes ({seconds_features:.1} s)",
        articles.len(),
        names.len()
    ));

    // Out-of-fold models: article i is tagged by the model that did not see fold i % folds.
    let folds = opts.folds.clamp(2, articles.len());
    let clock = Instant::now();
    let kept = |k: usize| opts.fold_models.as_ref().map(|d| d.join(format!("fold{k}-of-{folds}.crfsuite")));
    let mut fold_models = Vec::with_capacity(folds);
    for k in 0..folds {
        let t = Instant::now();
        let bytes = match kept(k).and_then(|p| std::fs::read(p).ok()) {
            Some(bytes) => bytes,
            None => {
                let train: Vec<&Article> =
                    articles.iter().enumerate().filter(|(i, _)| i % folds != k).map(|x| x.1).collect();
                let bytes = train_crf(&train, &names, opts, &format!("fold{k}"))?;
                if let Some(path) = kept(k) {
                    std::fs::write(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
                }
                bytes
            }
        };
        let model = Model::from_bytes(&bytes).map_err(|e| e.to_string())?;
        log(format!(
            "fold {k}: {} bytes, {} attributes, {:.1} s",
            bytes.len(),
            model.attributes(),
            t.elapsed().as_secs_f64()
        ));
        fold_models.push(Tagger::new(model, Settings::embedded()));
    }
    let seconds_folds = clock.elapsed().as_secs_f64();

    let clock = Instant::now();
    let rules = score(&articles, &[Extractor::new()])?;
    log(format!("rules alone (out of fold): {}", rules.line()));
    let mut best: Option<(Settings, Counts)> = None;
    let mut grid = Vec::new();
    for boundaries in [Boundaries::Rules, Boundaries::Trim, Boundaries::Tagger] {
        let margins: &[f32] = if boundaries == Boundaries::Rules { &[0.5] } else { &[0.5, 0.7, 0.9] };
        for &margin in margins {
            for step in 0..=12 {
                grid.push(Settings { threshold: step as f32 * 0.05, boundaries, margin, weight: 0.5 });
            }
        }
    }
    for settings in grid {
        let counts = score(&articles, &with_taggers(&fold_models, settings)?)?;
        let better = best
            .as_ref()
            .is_none_or(|(_, b)| (counts.strict().2, counts.lenient().2) > (b.strict().2, b.lenient().2));
        log(format!(
            "  {} margin {:.1} threshold {:.2}: {}",
            settings.boundaries,
            settings.margin,
            settings.threshold,
            counts.line()
        ));
        if better {
            best = Some((settings, counts));
        }
    }
    let (mut settings, mut tagged) = best.ok_or("no settings tried")?;
    // The weight of the support in the confidence only reorders claims: chosen by ranking.
    log(format!("  weight {:.2}: average precision by confidence {:.4}", settings.weight, tagged.ranking()));
    for weight in [0.0, 0.25, 0.75, 1.0] {
        let s = Settings { weight, ..settings };
        let counts = score(&articles, &with_taggers(&fold_models, s)?)?;
        log(format!("  weight {weight:.2}: average precision by confidence {:.4}", counts.ranking()));
        if counts.ranking() > tagged.ranking() + 1e-9 {
            (settings, tagged) = (s, counts);
        }
    }
    let seconds_selection = clock.elapsed().as_secs_f64();
    log(format!("chosen: {settings:?}: {}", tagged.line()));
    let additions = measure_additions(&articles, &fold_models, settings)?;
    for (least, counts) in &additions {
        log(format!("  adding tagger claims at mean probability >= {least:.2}: {}", counts.line()));
    }

    let clock = Instant::now();
    let all: Vec<&Article> = articles.iter().collect();
    let bytes = train_crf(&all, &names, opts, "final")?;
    let model = Model::from_bytes(&bytes).map_err(|e| e.to_string())?;
    let seconds_final = clock.elapsed().as_secs_f64();
    std::fs::write(&opts.model_out, &bytes).map_err(|e| format!("{}: {e}", opts.model_out.display()))?;
    let (rp, rf) = (rules.strict().2, tagged.strict().2);
    let header = format!(
        "# Settings of the tagger model beside this file, chosen by examples/train_tagger.rs on the\n\
         # out-of-fold predictions ({folds} folds) of its {} training articles{}:\n\
         # strict attribution F1 {rp:.3} (rules alone) -> {rf:.3} (rules + tagger).\n",
        articles.len(),
        opts.holdout.as_ref().map_or(String::new(), |h| format!(" (held out: {h})")),
    );
    std::fs::write(&opts.settings_out, header + &settings.to_tsv())
        .map_err(|e| format!("{}: {e}", opts.settings_out.display()))?;
    log(format!(
        "wrote {} ({} bytes, {} attributes) and {}; {:.1} s in all",
        opts.model_out.display(),
        bytes.len(),
        model.attributes(),
        opts.settings_out.display(),
        started.elapsed().as_secs_f64()
    ));
    Ok(Report {
        articles: articles.len(),
        tokens,
        attributes_seen: names.len(),
        settings,
        rules,
        tagger: tagged,
        model_bytes: bytes.len(),
        model_attributes: model.attributes(),
        seconds_features,
        seconds_folds,
        seconds_selection,
        seconds_final,
        additions,
    })
}

/// What adding the tagger's own claims would give: in every sentence holding no claim after the
/// review, each run of content tags (best path) whose mean content probability reaches a bound
/// becomes a claim, its speaker the sentence's first source run, its cue the first cue run.
fn measure_additions(
    articles: &[Article],
    taggers: &[Tagger],
    settings: Settings,
) -> Result<Vec<(f32, Counts)>, String> {
    let reviewers = with_taggers(taggers, settings)?;
    let rules = Extractor::new();
    let bounds = [0.6f32, 0.7, 0.8, 0.9];
    let per_article: Vec<Vec<Counts>> = articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| {
            let fold = i % taggers.len();
            let reviewed = reviewers[fold].extract(&a.text).map_err(|e| format!("{}: {e}", a.name))?.claims;
            let tagged = claimex::tagger::tag(&rules, taggers[fold].model(), &a.text)
                .map_err(|e| format!("{}: {e}", a.name))?;
            Ok(bounds
                .iter()
                .map(|&least| {
                    let mut claims = reviewed.clone();
                    for s in &tagged {
                        let taken =
                            claims.iter().any(|c| s.tokens.iter().any(|t| c.content.span().overlaps(*t)));
                        if !taken {
                            claims.extend(s.claims(&a.text, least));
                        }
                    }
                    claims.sort_by_key(|c| (c.content.start, c.content.end));
                    counts(a, &claims)
                })
                .collect())
        })
        .collect::<Result<_, String>>()?;
    Ok(bounds
        .iter()
        .enumerate()
        .map(|(b, &least)| {
            let total = per_article.iter().map(|c| c[b].clone()).fold(Counts::default(), Counts::add);
            (least, total)
        })
        .collect())
}

fn counts(a: &Article, claims: &[claimex::Claim]) -> Counts {
    let s = score_document(&a.text, claims, &a.golds);
    Counts {
        gold: a.golds.len(),
        claims: claims.len(),
        matched: s.claim_to_gold.iter().filter(|m| m.is_some()).count(),
        tp: s.tp.iter().filter(|&&t| t).count(),
        exact: s.strict.iter().flatten().filter(|p| p.content.ok()).count(),
        strict_tp: s.strict.iter().flatten().filter(|p| p.tp()).count(),
        ranked: claims.iter().zip(&s.tp).map(|(c, &tp)| (c.confidence, tp)).collect(),
    }
}

/// One extractor per fold, each with its fold's model and `settings`.
fn with_taggers(taggers: &[Tagger], settings: Settings) -> Result<Vec<Extractor>, String> {
    taggers
        .iter()
        .map(|t| {
            Extractor::builder().tagger_with(t.with_settings(settings)).build().map_err(|e| e.to_string())
        })
        .collect()
}

/// One article as read: name, text, gold attributions, features.
type Read = (String, String, Vec<Gold>, Vec<claimex::tagger::SentenceFeatures>);

/// Read the articles (all but the held-out publisher's) and compute their features and tags.
fn load(opts: &Options) -> Result<(Vec<Article>, Vec<String>), String> {
    let mut docs = list_documents(&opts.dir)?;
    docs.retain(|(name, _, ann)| {
        ann.is_some() && opts.holdout.as_deref().is_none_or(|h| name.split('_').next() != Some(h))
    });
    if let Some(n) = opts.limit {
        docs.truncate(n);
    }
    let extractor = Extractor::new();
    let read: Vec<Result<Read, String>> = docs
        .par_iter()
        .map(|(name, text_path, ann_path)| {
            let text =
                std::fs::read_to_string(text_path).map_err(|e| format!("{}: {e}", text_path.display()))?;
            let ann_path = ann_path.as_ref().ok_or("no annotation")?;
            let ann =
                std::fs::read_to_string(ann_path).map_err(|e| format!("{}: {e}", ann_path.display()))?;
            let (golds, _) = parse_brat(&ann, &text);
            let features =
                claimex::tagger::training_features(&extractor, &text).map_err(|e| format!("{name}: {e}"))?;
            Ok((name.clone(), text, golds, features))
        })
        .collect();
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    let mut articles = Vec::with_capacity(read.len());
    for r in read {
        let (name, text, golds, sentences) = r?;
        let mut attrs = Vec::new();
        let mut starts = vec![0];
        let mut spans: Vec<Span> = Vec::new();
        for sentence in sentences {
            spans.extend(&sentence.tokens);
            for token in sentence.attributes {
                for a in token {
                    let id = *ids.entry(a).or_insert_with_key(|a| {
                        names.push(a.clone());
                        (names.len() - 1) as u32
                    });
                    attrs.push(id);
                }
                starts.push(attrs.len());
            }
        }
        let tags = gold_tags(&spans, &golds);
        articles.push(Article { name, text, golds, attrs, starts, tags });
    }
    Ok((articles, names))
}

/// The gold tag of each token: contents first, then sources and cues over them; `B-` on the first
/// token of each span (each piece of a discontinuous one). A token belongs to a span it starts in.
pub(crate) fn gold_tags(tokens: &[Span], golds: &[Gold]) -> Vec<Tag> {
    let mut tags = vec![Tag::Outside; tokens.len()];
    let mut put = |spans: &[Span], begin: Tag, inside: Tag| {
        for span in spans {
            let first = tokens.partition_point(|t| t.start < span.start);
            for (i, tag) in tags.iter_mut().enumerate().skip(first) {
                if tokens[i].start >= span.end {
                    break;
                }
                *tag = if i == first { begin } else { inside };
            }
        }
    };
    for g in golds {
        put(&g.content, Tag::BeginContent, Tag::InsideContent);
    }
    for g in golds {
        put(&g.source, Tag::BeginSource, Tag::InsideSource);
        put(&g.cue, Tag::BeginCue, Tag::InsideCue);
    }
    tags
}

/// Tokens per training sequence: consecutive articles are packed into sequences of about this
/// many tokens. The `crfs` trainer does work in proportion to the number of features for every
/// sequence, so a few long sequences train much faster than many short ones; the join of two
/// articles adds one transition, a negligible cost to the fit.
const SEQUENCE_TOKENS: usize = 10_000;

/// Train a CRF on `articles` (packed into long sequences; the tagger chains a document's
/// sentences the same way) and return the model file's bytes.
fn train_crf(articles: &[&Article], names: &[String], opts: &Options, tag: &str) -> Result<Vec<u8>, String> {
    let mut count = vec![0usize; names.len()];
    for a in articles {
        for &id in &a.attrs {
            count[id as usize] += 1;
        }
    }
    let mut trainer = crfs::Trainer::lbfgs();
    let params = trainer.params_mut();
    params.set_c1(opts.c1).map_err(|e| e.to_string())?;
    params.set_c2(opts.c2).map_err(|e| e.to_string())?;
    params.set_max_iterations(opts.iterations).map_err(|e| e.to_string())?;
    let mut xseq: Vec<Vec<crfs::Attribute>> = Vec::new();
    let mut yseq: Vec<&str> = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        for (w, tag) in a.starts.windows(2).zip(&a.tags) {
            xseq.push(
                a.attrs[w[0]..w[1]]
                    .iter()
                    .filter(|&&id| count[id as usize] >= opts.min_count)
                    .map(|&id| crfs::Attribute::new(names[id as usize].as_str(), 1.0))
                    .collect(),
            );
            yseq.push(tag.label());
        }
        if !xseq.is_empty() && (xseq.len() >= SEQUENCE_TOKENS || i + 1 == articles.len()) {
            trainer.append(&xseq, &yseq).map_err(|e| format!("{}: {e}", a.name))?;
            xseq.clear();
            yseq.clear();
        }
    }
    let path = std::env::temp_dir().join(format!("claimex-tagger-{}-{tag}.crfsuite", std::process::id()));
    trainer.train(&path).map_err(|e| format!("training: {e}"))?;
    let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()));
    let _ = std::fs::remove_file(&path);
    bytes
}

/// Score every article with the extractor of its fold (`extractors[i % extractors.len()]`), in
/// parallel.
fn score(articles: &[Article], extractors: &[Extractor]) -> Result<Counts, String> {
    articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| {
            let claims =
                extractors[i % extractors.len()].extract(&a.text).map_err(|e| format!("{}: {e}", a.name))?;
            Ok(counts(a, &claims.claims))
        })
        .try_reduce(Counts::default, |a, b| Ok(a.add(b)))
}
