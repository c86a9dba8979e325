//! The BERT recognizer (feature `bert`) on project-made tiny models: loading, every error
//! path, byte spans, windows over long sentences, batching, and the whole pipeline.
#![cfg(feature = "bert")]

mod bert_tiny;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use bert_tiny::Spec;
use claimex::entities::{BertRecognizer, BertRecognizerConfig, Entity, EntityLabel, Recognizer};
use claimex::text::Document;
use claimex::{Error, Extractor, Span};

const B_PER: [&str; 4] = ["ngozi", "Zoë", "tsvangirai", "xu"];
const I_PER: [&str; 3] = ["okonjo", "Ólafsdóttir", "mbeki"];

fn tmp(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("bert-{}-{name}", std::process::id()))
}

/// Random weights, 64 positions.
fn random_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tmp("random");
        bert_tiny::write_random(&dir, &Spec::tiny(), 7).unwrap();
        dir
    })
}

/// Hand-set weights tagging [`B_PER`] / [`I_PER`], 64 positions.
fn names_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tmp("names");
        bert_tiny::write_hand_set(&dir, &Spec::tiny(), &B_PER, &I_PER).unwrap();
        dir
    })
}

fn names() -> &'static BertRecognizer {
    static R: OnceLock<BertRecognizer> = OnceLock::new();
    R.get_or_init(|| BertRecognizer::from_dir(names_dir()).unwrap())
}

/// A copy of a model directory to break.
fn copy_of(src: &Path, name: &str) -> PathBuf {
    let dir = tmp(name);
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["config.json", "vocab.txt", "rust_model.ot"] {
        std::fs::copy(src.join(f), dir.join(f)).unwrap();
    }
    dir
}

fn all_sentences(doc: &Document<'_>) -> Vec<usize> {
    (0..doc.sentences().len()).collect()
}

fn sample() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/idlib-summit.txt")).unwrap()
}

/// Spans lie on char boundaries inside the text, are sorted and do not overlap.
fn check_spans(text: &str, entities: &[Entity]) {
    let mut last_end = 0;
    for e in entities {
        assert!(e.span.start < e.span.end, "empty span {:?}", e.span);
        assert!(e.span.start >= last_end, "overlap or disorder at {:?}", e.span);
        assert!(text.get(e.span.start..e.span.end).is_some(), "span {:?} not on char boundaries", e.span);
        assert!((0.0..=1.0).contains(&e.score));
        let s = e.span.as_str(text);
        assert_eq!(s.trim(), s, "span {:?} has outer white space", e.span);
        last_end = e.span.end;
    }
}

fn people<'t>(text: &'t str, entities: &[Entity]) -> Vec<&'t str> {
    entities.iter().filter(|e| e.label == EntityLabel::Person).map(|e| e.span.as_str(text)).collect()
}

#[test]
fn random_model_loads_and_spans_slice_the_input() {
    let r = BertRecognizer::from_dir(random_dir()).unwrap();
    assert_eq!(r.window(), 62);
    assert_eq!(r.tags().len(), 9);
    let text = sample();
    let doc = Document::new(&text);
    let entities = r.recognize(&doc, &all_sentences(&doc)).unwrap();
    check_spans(&text, &entities);
    // Odd text: control characters, replacement characters, emoji, scripts outside the vocabulary.
    let odd = "Zoë\u{0} said “ok” 🙂🙂 — Привет, 東京 \u{FFFD}\u{200B} x\r\n\r\nnew para.";
    let doc = Document::new(odd);
    let entities = r.recognize(&doc, &all_sentences(&doc)).unwrap();
    check_spans(odd, &entities);
    assert!(r.recognize(&Document::new(""), &[]).unwrap().is_empty());
    // Out-of-range sentence indices are ignored.
    assert!(r.recognize(&Document::new("Hi."), &[5]).unwrap().is_empty());
}

#[test]
fn hand_set_model_tags_names_with_exact_byte_spans() {
    let text = "Yesterday ngozi okonjo met Zoë Ólafsdóttir; xu spoke, and tsvangirai mbeki left.";
    let doc = Document::new(text);
    let entities = names().recognize(&doc, &all_sentences(&doc)).unwrap();
    check_spans(text, &entities);
    assert_eq!(people(text, &entities), vec!["ngozi okonjo", "Zoë Ólafsdóttir", "xu", "tsvangirai mbeki"]);
    assert!(entities.iter().all(|e| e.score > 0.99), "{entities:?}");
    // Only the requested sentences are labelled.
    let text = "Then ngozi spoke. Later xu left.";
    let doc = Document::new(text);
    let entities = names().recognize(&doc, &[1]).unwrap();
    assert_eq!(people(text, &entities), vec!["xu"]);
    // Through recognize_spans, with a span that starts mid-text.
    let spans = [Span::new(5, 16)];
    assert_eq!(people(text, &names().recognize_spans(text, &spans).unwrap()), vec!["ngozi"]);
}

#[test]
fn safetensors_and_legacy_names_load_the_same_model() {
    let text = "Yesterday ngozi okonjo met Zoë Ólafsdóttir.";
    let doc = Document::new(text);
    let want = people(text, &names().recognize(&doc, &all_sentences(&doc)).unwrap());

    let config = BertRecognizerConfig {
        weights: names_dir().join("model.safetensors"),
        ..BertRecognizerConfig::from_dir(names_dir())
    };
    let r = BertRecognizer::new(config).unwrap();
    assert_eq!(people(text, &r.recognize(&doc, &all_sentences(&doc)).unwrap()), want);

    // A Hugging Face-style file: LayerNorm.gamma/beta names and an extra pooler, no rust_model.ot.
    let dir = tmp("hf");
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["config.json", "vocab.txt"] {
        std::fs::copy(names_dir().join(f), dir.join(f)).unwrap();
    }
    let tensors = tch::Tensor::read_safetensors(names_dir().join("model.safetensors")).unwrap();
    let mut renamed: Vec<(String, tch::Tensor)> = tensors
        .into_iter()
        .map(|(n, t)| {
            (n.replace("LayerNorm.weight", "LayerNorm.gamma").replace("LayerNorm.bias", "LayerNorm.beta"), t)
        })
        .collect();
    renamed.push(("bert.pooler.dense.weight".into(), tch::Tensor::zeros([32, 32], tch::kind::FLOAT_CPU)));
    tch::Tensor::write_safetensors(&renamed, dir.join("model.safetensors")).unwrap();
    let r = BertRecognizer::from_dir(&dir).unwrap();
    assert_eq!(people(text, &r.recognize(&doc, &all_sentences(&doc)).unwrap()), want);

    // Half precision on disk, as many hub checkpoints are.
    let half: Vec<(String, tch::Tensor)> =
        renamed.iter().map(|(n, t)| (n.clone(), t.to_kind(tch::Kind::Half))).collect();
    tch::Tensor::write_safetensors(&half, dir.join("model.safetensors")).unwrap();
    let r = BertRecognizer::from_dir(&dir).unwrap();
    assert_eq!(people(text, &r.recognize(&doc, &all_sentences(&doc)).unwrap()), want);
}

/// Writes `pytorch_model.bin` from the hand-set model's safetensors with `torch.save`; arg 3 = "legacy"
/// for the pre-1.6 pickle format.
const TORCH_SAVE: &str = r#"
import json, struct, sys, torch
src, dst, legacy = sys.argv[1], sys.argv[2], sys.argv[3] == "legacy"
raw = open(src, "rb").read()
n = struct.unpack("<Q", raw[:8])[0]
header, data = json.loads(raw[8:8 + n]), raw[8 + n:]
sd = {}
for name, info in header.items():
    if name != "__metadata__":
        a, b = info["data_offsets"]
        sd[name] = torch.frombuffer(bytearray(data[a:b]), dtype=torch.float32).reshape(info["shape"]).clone()
torch.save(sd, dst, _use_new_zipfile_serialization=not legacy)
"#;

#[test]
fn pytorch_model_bin_from_torch_save_loads() {
    // Needs a Python with torch (scripts/setup-libtorch.sh puts one first on PATH).
    let dir = tmp("torch-bin");
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["config.json", "vocab.txt"] {
        std::fs::copy(names_dir().join(f), dir.join(f)).unwrap();
    }
    let save = |file: &str, form: &str| {
        std::process::Command::new("python")
            .args(["-W", "ignore", "-c", TORCH_SAVE])
            .arg(names_dir().join("model.safetensors"))
            .arg(dir.join(file))
            .arg(form)
            .status()
            .is_ok_and(|s| s.success())
    };
    if !save("pytorch_model.bin", "zip") {
        eprintln!("skipped: no python with torch on PATH");
        return;
    }
    let config = BertRecognizerConfig::from_dir(&dir);
    assert_eq!(config.weights, dir.join("pytorch_model.bin"));
    let r = BertRecognizer::new(config).unwrap();
    let text = "Yesterday ngozi okonjo met Zoë Ólafsdóttir.";
    let doc = Document::new(text);
    assert_eq!(people(text, &r.recognize(&doc, &[0]).unwrap()), vec!["ngozi okonjo", "Zoë Ólafsdóttir"]);

    assert!(save("legacy.bin", "legacy"));
    let err = load_err(BertRecognizerConfig {
        weights: dir.join("legacy.bin"),
        ..BertRecognizerConfig::from_dir(&dir)
    });
    assert!(matches!(err, Error::ModelWeights { .. }), "{err}");
}

#[test]
fn tokenizer_json_is_used_without_its_truncation_or_special_tokens() {
    use tokenizers::models::wordpiece::WordPiece;
    use tokenizers::normalizers::BertNormalizer;
    use tokenizers::pre_tokenizers::bert::BertPreTokenizer;
    use tokenizers::processors::template::TemplateProcessing;
    use tokenizers::{Tokenizer, TruncationParams};

    let dir = copy_of(names_dir(), "tokenizer-json");
    let vocab = dir.join("vocab.txt");
    let model = WordPiece::from_file(vocab.to_str().unwrap()).unk_token("[UNK]".into()).build().unwrap();
    let mut t = Tokenizer::new(model);
    t.with_normalizer(Some(BertNormalizer::new(true, true, None, false)));
    t.with_pre_tokenizer(Some(BertPreTokenizer));
    t.with_post_processor(Some(
        TemplateProcessing::builder()
            .try_single("[CLS] $A [SEP]")
            .unwrap()
            .special_tokens(vec![("[CLS]", 2), ("[SEP]", 3)])
            .build()
            .unwrap(),
    ));
    t.with_truncation(Some(TruncationParams { max_length: 4, ..Default::default() })).unwrap();
    t.save(dir.join("tokenizer.json"), false).unwrap();
    std::fs::remove_file(&vocab).unwrap();

    let config = BertRecognizerConfig::from_dir(&dir);
    assert_eq!(config.vocab, dir.join("tokenizer.json"));
    let r = BertRecognizer::new(config).unwrap();
    let text = "Yesterday, at the long meeting, ngozi okonjo met xu.";
    let doc = Document::new(text);
    assert_eq!(people(text, &r.recognize(&doc, &all_sentences(&doc)).unwrap()), vec!["ngozi okonjo", "xu"]);
}

fn load_err(config: BertRecognizerConfig) -> Error {
    let err = BertRecognizer::new(config).expect_err("loading should fail");
    let msg = err.to_string();
    // Every message names a remedy.
    assert!(
        ["check", "give", "use", "set"].iter().any(|w| msg.contains(w)),
        "message without a remedy: {msg}"
    );
    err
}

fn rewrite_config(dir: &Path, edit: impl FnOnce(&mut serde_json::Value)) {
    let path = dir.join("config.json");
    let mut json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    edit(&mut json);
    std::fs::write(path, json.to_string()).unwrap();
}

#[test]
fn every_loading_failure_is_a_typed_error() {
    // Missing files.
    let err = load_err(BertRecognizerConfig::from_dir(tmp("nowhere")));
    assert!(matches!(err, Error::ModelFile { what: "config", .. }), "{err}");
    let base = BertRecognizerConfig::from_dir(random_dir());
    let err = load_err(BertRecognizerConfig { vocab: tmp("nowhere/vocab.txt"), ..base.clone() });
    assert!(matches!(err, Error::ModelFile { what: "vocabulary", .. }), "{err}");
    let err = load_err(BertRecognizerConfig { vocab: tmp("nowhere/tokenizer.json"), ..base.clone() });
    assert!(matches!(err, Error::ModelFile { what: "vocabulary", .. }), "{err}");
    let err = load_err(BertRecognizerConfig { weights: tmp("nowhere/rust_model.ot"), ..base.clone() });
    assert!(matches!(err, Error::ModelFile { what: "weights", .. }), "{err}");

    // Bad config JSON, missing fields, impossible shapes, no labels, unknown labels.
    let dir = copy_of(random_dir(), "bad-json");
    std::fs::write(dir.join("config.json"), "{ not json").unwrap();
    assert!(matches!(load_err(BertRecognizerConfig::from_dir(&dir)), Error::ModelConfig { .. }));
    let dir = copy_of(random_dir(), "no-hidden");
    rewrite_config(&dir, |j| {
        j.as_object_mut().unwrap().remove("hidden_size");
    });
    let err = load_err(BertRecognizerConfig::from_dir(&dir));
    assert!(matches!(err, Error::ModelConfig { .. }) && err.to_string().contains("hidden_size"), "{err}");
    let dir = copy_of(random_dir(), "heads");
    rewrite_config(&dir, |j| j["num_attention_heads"] = 5.into());
    assert!(matches!(load_err(BertRecognizerConfig::from_dir(&dir)), Error::ModelConfig { .. }));
    let dir = copy_of(random_dir(), "no-labels");
    rewrite_config(&dir, |j| {
        j.as_object_mut().unwrap().remove("id2label");
    });
    let err = load_err(BertRecognizerConfig::from_dir(&dir));
    assert!(matches!(err, Error::ModelConfig { .. }) && err.to_string().contains("id2label"), "{err}");
    let dir = copy_of(random_dir(), "gap-labels");
    rewrite_config(&dir, |j| {
        j["id2label"].as_object_mut().unwrap().remove("3");
    });
    assert!(matches!(load_err(BertRecognizerConfig::from_dir(&dir)), Error::ModelConfig { .. }));
    let dir = copy_of(random_dir(), "date-label");
    rewrite_config(&dir, |j| j["id2label"]["7"] = "B-DATE".into());
    let err = load_err(BertRecognizerConfig::from_dir(&dir));
    assert!(matches!(&err, Error::ModelLabel { label, .. } if label == "B-DATE"), "{err}");

    // Vocabulary: larger than the embedding, or without [CLS].
    let dir = copy_of(random_dir(), "small-vocab-size");
    rewrite_config(&dir, |j| j["vocab_size"] = 50.into());
    assert!(matches!(load_err(BertRecognizerConfig::from_dir(&dir)), Error::ModelVocabulary { .. }));
    let dir = copy_of(random_dir(), "no-cls");
    let vocab = std::fs::read_to_string(dir.join("vocab.txt")).unwrap().replace("[CLS]\n", "[XLS]\n");
    std::fs::write(dir.join("vocab.txt"), vocab).unwrap();
    let err = load_err(BertRecognizerConfig::from_dir(&dir));
    assert!(matches!(err, Error::ModelVocabulary { .. }) && err.to_string().contains("[CLS]"), "{err}");
    let dir = copy_of(random_dir(), "bad-tokenizer-json");
    std::fs::write(dir.join("tokenizer.json"), "{\"model\": 3}").unwrap();
    assert!(matches!(load_err(BertRecognizerConfig::from_dir(&dir)), Error::ModelVocabulary { .. }));

    // Weights: unreadable, from another architecture, missing tensors.
    let dir = copy_of(random_dir(), "garbage-weights");
    std::fs::write(dir.join("rust_model.ot"), b"not a tensor archive").unwrap();
    assert!(matches!(load_err(BertRecognizerConfig::from_dir(&dir)), Error::ModelWeights { .. }));
    let dir = copy_of(random_dir(), "wider");
    rewrite_config(&dir, |j| {
        j["hidden_size"] = 48.into();
        j["num_attention_heads"] = 3.into();
    });
    let err = load_err(BertRecognizerConfig::from_dir(&dir));
    assert!(matches!(err, Error::ModelWeights { .. }) && err.to_string().contains("wrong shape"), "{err}");
    let dir = copy_of(random_dir(), "deeper");
    rewrite_config(&dir, |j| j["num_hidden_layers"] = 3.into());
    let err = load_err(BertRecognizerConfig::from_dir(&dir));
    assert!(matches!(err, Error::ModelWeights { .. }) && err.to_string().contains("missing"), "{err}");
    let dir = copy_of(random_dir(), "fewer-labels");
    rewrite_config(&dir, |j| {
        let map = j["id2label"].as_object_mut().unwrap();
        map.remove("8");
        map.remove("7");
    });
    assert!(matches!(load_err(BertRecognizerConfig::from_dir(&dir)), Error::ModelWeights { .. }));

    // Settings.
    let err = load_err(BertRecognizerConfig { max_len: Some(65), ..base.clone() });
    assert!(matches!(err, Error::ModelConfig { .. }) && err.to_string().contains("max_len"), "{err}");
    let err = load_err(BertRecognizerConfig { batch_size: 0, ..base.clone() });
    assert!(matches!(err, Error::ModelConfig { .. }) && err.to_string().contains("batch_size"), "{err}");
    if !tch::Cuda::is_available() {
        let err = load_err(BertRecognizerConfig { device: tch::Device::Cuda(0), ..base.clone() });
        assert!(matches!(err, Error::Torch { .. }), "{err}");
    }
}

/// A 2,000-word sentence with names scattered across window boundaries.
fn long_sentence() -> (String, Vec<String>) {
    let mut text = String::from("Delegates");
    let mut names = Vec::new();
    for i in 0..2000 {
        text.push(' ');
        if i % 97 == 13 || i == 1998 {
            let name = if i % 2 == 0 { "ngozi okonjo" } else { "Zoë Ólafsdóttir" };
            text.push_str(name);
            names.push(name.to_string());
        } else {
            // Words of 1–4 pieces.
            text.push_str(["and", "council", "met", "in", "Idlib", "to", "discuss"][i % 7]);
        }
    }
    text.push('.');
    (text, names)
}

#[test]
fn a_sentence_longer_than_the_model_is_windowed_not_truncated() {
    let (text, want) = long_sentence();
    let doc = Document::new(&text);
    assert_eq!(doc.sentences().len(), 1, "the test needs one long sentence");
    for (max_len, overlap) in [(None, None), (Some(16), Some(3)), (Some(40), Some(0)), (Some(3), None)] {
        let config = BertRecognizerConfig {
            max_len,
            window_overlap: overlap,
            batch_size: 7,
            ..BertRecognizerConfig::from_dir(names_dir())
        };
        let r = BertRecognizer::new(config).unwrap();
        let entities = r.recognize(&doc, &[0]).unwrap();
        check_spans(&text, &entities);
        assert_eq!(people(&text, &entities), want, "max_len {max_len:?}");
    }
    // The random model: noise, but valid spans and no failure.
    let r = BertRecognizer::from_dir(random_dir()).unwrap();
    check_spans(&text, &r.recognize(&doc, &[0]).unwrap());
}

#[test]
fn batching_gives_the_same_entities_as_one_at_a_time() {
    let text = sample();
    let (long, _) = long_sentence();
    let text = format!("{text}\n\n{long}");
    let doc = Document::new(&text);
    let sentences = all_sentences(&doc);
    let run = |batch_size: usize| {
        let config = BertRecognizerConfig { batch_size, ..BertRecognizerConfig::from_dir(random_dir()) };
        BertRecognizer::new(config).unwrap().recognize(&doc, &sentences).unwrap()
    };
    let one = run(1);
    assert!(!one.is_empty(), "the random model should tag something");
    check_spans(&text, &one);
    for batch_size in [3, 16, 1000] {
        let other = run(batch_size);
        assert_eq!(one.len(), other.len(), "batch {batch_size}");
        for (a, b) in one.iter().zip(&other) {
            assert_eq!((a.span, a.label), (b.span, b.label), "batch {batch_size}");
            assert!((a.score - b.score).abs() < 1e-3, "batch {batch_size}: {} vs {}", a.score, b.score);
        }
    }
}

#[test]
fn the_recognizer_is_shared_across_threads() {
    let text = "Yesterday ngozi okonjo met Zoë Ólafsdóttir.";
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                s.spawn(|| {
                    let doc = Document::new(text);
                    people(text, &names().recognize(&doc, &[0]).unwrap()).len()
                })
            })
            .collect();
        for h in handles {
            assert_eq!(h.join().unwrap(), 2);
        }
    });
}

#[test]
fn a_name_only_the_model_tags_becomes_the_speaker() {
    let embedded = Extractor::new();
    let bert =
        Extractor::builder().recognizer(BertRecognizer::from_dir(names_dir()).unwrap()).build().unwrap();
    // Lower-case names the embedded recognizer does not chunk; the speaker is found (or resolved
    // from a pronoun, or given its role) only through the model's PER entity.
    for (text, name, role) in [
        ("\"The reform will fail,\" said ngozi okonjo.", "ngozi okonjo", None),
        ("ngozi okonjo arrived late on Monday. She said the reform would fail.", "ngozi okonjo", None),
        ("The minister, ngozi okonjo, said the reform would fail.", "ngozi okonjo", Some("The minister")),
        (
            "Finance minister tsvangirai mbeki said the talks had collapsed.",
            "tsvangirai mbeki",
            Some("Finance minister"),
        ),
    ] {
        let claims = bert.extract(text).unwrap().claims;
        assert_eq!(claims.len(), 1, "{text}: {claims:#?}");
        let speaker = claims[0].speaker.as_ref().expect("a speaker");
        assert_eq!(speaker.name, name, "{text}");
        assert_eq!(speaker.role.as_deref(), role, "{text}");
        assert_eq!(speaker.kind, claimex::SpeakerKind::Person, "{text}");
        assert_eq!(&text[speaker.mention.start..speaker.mention.end], speaker.mention.text);
        let embedded_speaker = embedded.extract(text).unwrap().claims.first().and_then(|c| c.speaker.clone());
        assert_ne!(embedded_speaker.map(|s| s.name), Some(name.to_string()), "{text}");
    }
}

#[test]
fn the_sentence_filter_changes_no_claim() {
    let text = sample();
    for dir in [random_dir(), names_dir()] {
        let run = |filter: bool| {
            let r = BertRecognizer::from_dir(dir).unwrap();
            let e = Extractor::builder().recognizer(r).sentence_filter(filter).build().unwrap();
            serde_json::to_string_pretty(&e.extract(&text).unwrap()).unwrap()
        };
        assert_eq!(run(true), run(false), "model {}", dir.display());
    }
}

/// The same on PolNeAR articles read at run time (every 8th of `../shared/polnear-train/text`,
/// or `$POLNEAR_TEXT`), skipped when they are not there.
#[test]
fn the_sentence_filter_changes_no_claim_on_the_dev_set() {
    let dir = std::env::var_os("POLNEAR_TEXT")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/polnear-train/text"));
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: no articles at {}", dir.display());
        return;
    };
    let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    let r = std::sync::Arc::new(BertRecognizer::from_dir(random_dir()).unwrap());
    let on = Extractor::builder().recognizer(r.clone()).sentence_filter(true).build().unwrap();
    let off = Extractor::builder().recognizer(r).sentence_filter(false).build().unwrap();
    let mut differ = Vec::new();
    let mut claims = 0;
    for f in files.iter().step_by(8) {
        let text = std::fs::read_to_string(f).unwrap();
        let a = on.extract(&text).unwrap();
        let b = off.extract(&text).unwrap();
        claims += b.claims.len();
        if serde_json::to_string(&a).unwrap() != serde_json::to_string(&b).unwrap() {
            differ.push(f.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    assert!(claims > 0);
    assert!(differ.is_empty(), "the filter changed claims in {differ:?}");
}

/// The filter drops sentences that attribution uses beyond the sentence before a cue: the full
/// name and title of a later surname mention, and the antecedent of a pronoun.
#[test]
fn the_sentence_filter_keeps_full_names_and_antecedents() {
    let r = std::sync::Arc::new(BertRecognizer::from_dir(names_dir()).unwrap());
    let on = Extractor::builder().recognizer(r.clone()).sentence_filter(true).build().unwrap();
    let off = Extractor::builder().recognizer(r).sentence_filter(false).build().unwrap();
    for text in [
        "Finance minister ngozi okonjo arrived in Geneva on Monday. The talks began at noon. \
         Delegates were tired. okonjo said the deal was dead.",
        "ngozi okonjo arrived in Geneva on Monday. The talks began at noon. Delegates were tired. \
         She said the deal was dead.",
    ] {
        let speakers = |e: &Extractor| -> Vec<_> {
            e.extract(text).unwrap().claims.into_iter().map(|c| c.speaker.map(|s| (s.name, s.role))).collect()
        };
        assert_eq!(speakers(&on), speakers(&off), "{text}");
    }
}
