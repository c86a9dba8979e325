//! Retraining: a few brat-annotated articles written here, in PolNeAR's layout (character
//! offsets), train a model through the same code as `examples/train_tagger.rs`; the model and its
//! settings load, and the model tags new text. The held-out publisher's files are never opened.

#[path = "../examples/evaluate/polnear.rs"]
#[allow(dead_code)]
mod polnear;
#[path = "../examples/evaluate/strict.rs"]
#[allow(dead_code)]
mod strict;
#[path = "../examples/support/train.rs"]
mod train;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use claimex::tagger::{self, Model, Settings, Tag};
use claimex::{Extractor, Span};

/// (source, cue, content) of each sentence, written "SOURCE CUE that CONTENT." or, for direct
/// quotes, "“CONTENT,” SOURCE CUE."
const SENTENCES: &[(&str, &str, &str, bool)] = &[
    ("The mayor", "said", "the bridge would reopen in May", false),
    ("Zoë Müller", "said", "the café tax was unfair", false),
    ("Officials", "denied", "the talks had failed", false),
    ("The minister", "said", "We will not back down", true),
    ("Her spokesman", "warned", "prices would rise again", false),
    ("The union", "said", "Nobody asked the workers", true),
    ("Senator Jane Roe", "claimed", "the vote had been rigged", false),
    ("The coach", "said", "We played well enough to win", true),
];

/// Write one article and its annotation; returns nothing, panics on I/O errors.
fn write_article(dir: &Path, name: &str, picks: &[usize]) {
    let mut text = String::from("A quiet week in the town.\n\n");
    let mut ann = String::new();
    let mut t = 0;
    for (n, &i) in picks.iter().enumerate() {
        let (source, cue, content, direct) = SENTENCES[i];
        let sentence_at = text.chars().count();
        let (s_at, c_at, q_at) = if direct {
            // “CONTENT,” SOURCE CUE.
            let q = sentence_at + 1;
            let s = q + content.chars().count() + 3;
            (s, s + source.chars().count() + 1, q)
        } else {
            // SOURCE CUE that CONTENT.
            let s = sentence_at;
            let c = s + source.chars().count() + 1;
            (s, c, c + cue.chars().count() + " that ".chars().count())
        };
        if direct {
            write!(text, "“{content},” {source} {cue}. ").unwrap();
        } else {
            write!(text, "{source} {cue} that {content}. ").unwrap();
        }
        if n % 2 == 1 {
            text.push_str("It rained.\n\n");
        }
        let mut span = |role: &str, at: usize, s: &str| {
            t += 1;
            writeln!(ann, "T{t}\t{role} {at} {}\t{s}", at + s.chars().count()).unwrap();
            t
        };
        let (ts, tc, tq) =
            (span("Source", s_at, source), span("Cue", c_at, cue), span("Content", q_at, content));
        let ta = span("Attribution", c_at, cue);
        writeln!(ann, "E{ta}\tAttribution:T{ta} Content:T{tq} Cue:T{tc} Source:T{ts} ").unwrap();
    }
    std::fs::write(dir.join("text").join(format!("{name}.txt")), &text).unwrap();
    std::fs::write(dir.join("attributions").join(format!("{name}_ann1.ann")), &ann).unwrap();
}

fn corpus(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("claimex-train-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("text")).unwrap();
    std::fs::create_dir_all(dir.join("attributions")).unwrap();
    for a in 0..8 {
        let picks: Vec<usize> = (0..5).map(|k| (a * 3 + k) % SENTENCES.len()).collect();
        let publisher = if a % 2 == 0 { "alpha" } else { "beta" };
        write_article(&dir, &format!("{publisher}_{a}"), &picks);
    }
    // The held-out publisher: its "text" is a directory, so reading it would fail the run.
    std::fs::create_dir_all(dir.join("text").join("held_0.txt")).unwrap();
    std::fs::write(dir.join("attributions").join("held_0_ann1.ann"), "not read").unwrap();
    dir
}

#[test]
fn the_written_annotation_reads_back() {
    let dir = corpus("read");
    let text = std::fs::read_to_string(dir.join("text/alpha_0.txt")).unwrap();
    let ann = std::fs::read_to_string(dir.join("attributions/alpha_0_ann1.ann")).unwrap();
    let (golds, stats) = polnear::parse_brat(&ann, &text);
    assert_eq!(stats.text_mismatch, 0, "{ann}");
    assert_eq!(golds.len(), 5);
    let first = &golds[0];
    assert_eq!(first.source[0].as_str(&text), "The mayor");
    assert_eq!(first.content[0].as_str(&text), "the bridge would reopen in May");
    // Tokens get B- on the first token of each span, I- after, contents under sources and cues.
    let tokens: Vec<Span> = claimex::text::tokenize(&text).iter().map(|t| t.span).collect();
    let tags = train::gold_tags(&tokens, &golds);
    let at = |word: &str| tokens.iter().position(|t| t.as_str(&text) == word).unwrap();
    assert_eq!(tags[at("mayor") - 1], Tag::BeginSource);
    assert_eq!(tags[at("mayor")], Tag::InsideSource);
    assert_eq!(tags[at("said")], Tag::BeginCue);
    assert_eq!(tags[at("bridge") - 1], Tag::BeginContent);
    assert_eq!(tags[at("May")], Tag::InsideContent);
    assert_eq!(tags[at("quiet")], Tag::Outside);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn retraining_on_a_small_annotated_set_gives_a_model_that_loads_and_tags() {
    let dir = corpus("run");
    let opts = train::Options {
        dir: dir.clone(),
        holdout: Some("held".into()),
        folds: 2,
        c1: 0.0,
        c2: 0.1,
        min_count: 1,
        iterations: 40,
        limit: None,
        model_out: dir.join("model.crfsuite"),
        settings_out: dir.join("settings.tsv"),
        fold_models: None,
        verbose: false,
    };
    let report = train::run(&opts).expect("training runs without the held-out article");
    // (Which it would have failed to read: the guard above is real.)
    let err =
        train::run(&train::Options { holdout: None, ..opts.clone() }).expect_err("held_0.txt is a directory");
    assert!(err.contains("held_0"), "{err}");
    assert_eq!(report.articles, 8);
    assert!(report.tokens > 300);
    let model = Model::from_bytes(&std::fs::read(&opts.model_out).unwrap()).expect("the model loads");
    assert_eq!(report.model_bytes, std::fs::metadata(&opts.model_out).unwrap().len() as usize);
    let settings =
        Settings::parse(&std::fs::read_to_string(&opts.settings_out).unwrap()).expect("settings load");
    assert_eq!(settings, report.settings);
    // The model learned the pattern: on a new sentence, the content is content.
    let text = "Officials said that the bridge had failed. It rained.";
    let tagged = tagger::tag(&Extractor::new(), &model, text).expect("tags");
    let words: Vec<(&str, Tag)> =
        tagged[0].tokens.iter().zip(&tagged[0].tags).map(|(s, t)| (s.as_str(text), *t)).collect();
    let tag_of = |w: &str| words.iter().find(|x| x.0 == w).map(|x| x.1);
    assert_eq!(tag_of("Officials"), Some(Tag::BeginSource), "{words:?}");
    assert!(tag_of("bridge").is_some_and(Tag::is_content), "{words:?}");
    assert!(tagged[1].tags.iter().all(|t| !t.is_content()), "{:?}", tagged[1]);
    let _ = std::fs::remove_dir_all(&dir);
}
