//! The tagger stage: the embedded model loads and tags the sample; it tags as CRFsuite does (the
//! `crfs` crate's tagger on the same model and attributes, and a model written by the C library);
//! a damaged model is a typed error, never a panic; the review keeps spans valid.

#[path = "support/invariants.rs"]
mod invariants;

use claimex::tagger::{self, Boundaries, Model, Settings, Tag, Tagger};
use claimex::{Error, Extractor};

const SAMPLE: &str = include_str!("data/idlib-summit.txt");
const EMBEDDED: &[u8] = include_bytes!("../data/tagger.crfsuite");
const C_MODEL: &[u8] = include_bytes!("data/tagger/crfsuite-c.model");

/// The tags `crfs`'s own tagger gives the whole of `text` (one sequence, as claimex chains a
/// document's sentences), from the attribute names training would write.
fn crfs_tags(model_bytes: &[u8], text: &str) -> Vec<String> {
    let model = crfs::Model::new(model_bytes).expect("crfs reads the model");
    let crf = model.tagger().expect("crfs tagger");
    let features = tagger::training_features(&Extractor::new(), text).expect("features");
    let xseq: Vec<Vec<crfs::Attribute>> = features
        .iter()
        .flat_map(|s| &s.attributes)
        .map(|token| token.iter().map(|a| crfs::Attribute::new(a.as_str(), 1.0)).collect())
        .collect();
    crf.tag(&xseq).expect("crfs tags").into_iter().map(String::from).collect()
}

fn claimex_tags(model: &Model, text: &str) -> Vec<String> {
    let tagged = tagger::tag(&Extractor::new(), model, text).expect("tags");
    tagged.iter().flat_map(|s| &s.tags).map(|t| t.label().to_string()).collect()
}

#[test]
fn the_embedded_model_loads_and_tags_the_sample() {
    let model = Model::from_bytes(EMBEDDED).expect("the embedded model parses");
    assert_eq!(model.tags().len(), Tag::ALL.len());
    let sentences = tagger::tag(&Extractor::new(), &model, SAMPLE).expect("tags");
    let tokens: usize = sentences.iter().map(|s| s.tokens.len()).sum();
    assert!(tokens > 400, "{tokens} tokens");
    for s in &sentences {
        assert_eq!(s.tokens.len(), s.tags.len());
        assert_eq!(s.tokens.len(), s.content.len());
        assert!(s.content.iter().all(|p| (0.0..=1.0).contains(p)));
    }
    // The sample is thirteen claims: most of its words are content, and every claim's content is
    // mostly tagged as such.
    let rules = Extractor::new().extract(SAMPLE).expect("extracts").claims;
    let prob_at = |offset: usize| {
        sentences
            .iter()
            .flat_map(|s| s.tokens.iter().zip(&s.content))
            .find(|(t, _)| t.start == offset)
            .map(|x| *x.1)
    };
    let supported = rules
        .iter()
        .filter(|c| {
            let words: Vec<f32> = claimex::text::tokenize(&c.content.text)
                .iter()
                .filter_map(|t| prob_at(c.content.start + t.span.start))
                .collect();
            words.iter().sum::<f32>() / words.len().max(1) as f32 > 0.5
        })
        .count();
    assert!(supported * 4 >= rules.len() * 3, "{supported} of {} claims supported", rules.len());
    let content_tags = sentences.iter().flat_map(|s| &s.tags).filter(|t| t.is_content()).count();
    assert!(content_tags * 3 > tokens, "{content_tags} of {tokens} tokens tagged content");
}

#[test]
fn tags_as_crfsuite_does() {
    let model = Model::from_bytes(EMBEDDED).expect("parses");
    assert_eq!(claimex_tags(&model, SAMPLE), crfs_tags(EMBEDDED, SAMPLE));
    let text = "Officials denied that the talks had failed, Reuters reported. “We will win,” she said.";
    assert_eq!(claimex_tags(&model, text), crfs_tags(EMBEDDED, text));
}

#[test]
fn reads_a_model_written_by_the_c_library() {
    // `data/tagger/crfsuite-c.model` was written by CRFsuite 0.12.2 itself (the C library, through
    // the `crfsuite` crate) from claimex's features; `make_c_model.rs.txt` beside it made it.
    let model = Model::from_bytes(C_MODEL).expect("claimex reads C CRFsuite's file");
    for text in [
        "\"The plan failed,\" Smith said. It rained on Monday.",
        "The mayor said the bridge would reopen. Officials denied that the talks had failed.",
        "\"We will win,\" the senator said on Friday.",
    ] {
        let ours = claimex_tags(&model, text);
        assert_eq!(ours, crfs_tags(C_MODEL, text), "{text}");
        assert!(ours.iter().any(|t| t == "B-CON"), "{text}: {ours:?}");
    }
}

#[test]
fn a_damaged_model_is_a_typed_error() {
    let bad = |bytes: &[u8]| match Model::from_bytes(bytes) {
        Err(Error::TaggerModel { reason }) => reason,
        Err(e) => panic!("wrong error {e}"),
        Ok(_) => panic!("accepted {} damaged bytes", bytes.len()),
    };
    assert!(bad(b"").contains("lCRF"));
    assert!(bad(b"not a model at all").contains("lCRF"));
    // Cut short anywhere.
    for cut in [4, 20, 47, 48, 60, 200, EMBEDDED.len() / 3, EMBEDDED.len() / 2, EMBEDDED.len() - 1] {
        let reason = bad(&EMBEDDED[..cut]);
        assert!(!reason.is_empty());
    }
    // A size that is not the file's, offsets pointing outside the file or to the wrong table,
    // counts larger than the tables.
    let field = |i: usize, value: u32| {
        let mut b = EMBEDDED.to_vec();
        b[4 * i..4 * i + 4].copy_from_slice(&value.to_le_bytes());
        b
    };
    for (i, v) in [(1, 7), (5, 1_000), (6, u32::MAX), (7, u32::MAX), (7, 48 + 4), (8, u32::MAX - 3), (9, 12)]
    {
        bad(&field(i, v));
    }
    // A label this crate does not know: "B-CON" renamed "B-XYZ".
    let mut renamed = EMBEDDED.to_vec();
    let at = renamed.windows(5).position(|w| w == b"B-CON").expect("label present");
    renamed[at + 2..at + 5].copy_from_slice(b"XYZ");
    assert!(bad(&renamed).contains("label"), "{}", bad(&renamed));
    // A model trained on other features: an attribute name no template of this version makes.
    let mut other = C_MODEL.to_vec();
    let at = other.windows(5).position(|w| w == b"lw[0]").expect("attribute present");
    other[at..at + 5].copy_from_slice(b"zz[0]");
    assert!(bad(&other).contains("attribute"));
    // Flipping a byte anywhere never panics (it may still parse: weights are free). The small
    // model written by the C library has every part the embedded one has.
    for i in (0..C_MODEL.len()).step_by(5) {
        let mut b = C_MODEL.to_vec();
        b[i] ^= 0xA5;
        let _ = Model::from_bytes(&b);
    }
}

#[test]
fn the_review_keeps_spans_valid_in_every_mode() {
    for boundaries in [Boundaries::Rules, Boundaries::Trim, Boundaries::Tagger] {
        for threshold in [0.0, 0.5] {
            let settings = Settings { threshold, boundaries, margin: 0.5, weight: 0.5 };
            let tagger = Tagger::new(Model::embedded().clone(), settings);
            let extractor = Extractor::builder().tagger_with(tagger).build().expect("builds");
            let e = extractor.extract(SAMPLE).expect("extracts");
            invariants::check_extraction(SAMPLE, &e);
            let rules = Extractor::new().extract(SAMPLE).expect("extracts").claims;
            assert!(e.claims.len() <= rules.len());
            if threshold == 0.0 && boundaries == Boundaries::Rules {
                // Nothing dropped, nothing moved: only the confidence changes.
                assert_eq!(e.claims.len(), rules.len());
                for (a, b) in e.claims.iter().zip(&rules) {
                    assert_eq!(a.content, b.content);
                    assert!(a.confidence <= b.confidence);
                }
            }
        }
    }
}

#[test]
fn the_builder_switch() {
    assert!(!Extractor::new().tagger_on());
    assert!(Extractor::builder().tagger(true).build().expect("builds").tagger_on());
    let custom = Tagger::new(Model::embedded().clone(), Settings::embedded());
    assert!(!Extractor::builder().tagger_with(custom).tagger(false).build().expect("builds").tagger_on());
    // A threshold of 1 drops every claim the tagger is not sure of; most of the sample goes.
    let strict = Tagger::new(Model::embedded().clone(), Settings { threshold: 1.0, ..Settings::embedded() });
    let e =
        Extractor::builder().tagger_with(strict).build().expect("builds").extract(SAMPLE).expect("extracts");
    assert!(e.claims.len() < Extractor::new().extract(SAMPLE).expect("extracts").claims.len());
}
