//! Every fallible public function, and each `Error` variant it can return.
//!
//! | function                         | variants                                   |
//! |----------------------------------|--------------------------------------------|
//! | `ExtractorBuilder::build`        | `Lexicon`                                  |
//! | `Extractor::extract`             | `InputTooLarge`, any recognizer error      |
//! | `Extractor::extract_bytes`       | as `extract` (limit on the decoded text)   |
//! | `Extractor::extract_batch`       | as `extract`, per document                 |
//! | `Extractor::par_extract`         | as `extract`, per document                 |
//!
//! "Any recognizer error" is `Recognizer` for a custom recognizer, and the `Model*`/`Torch`
//! variants for the BERT recognizer (tested under the `bert` feature in tests/bert.rs); whatever a
//! recognizer returns reaches the caller unchanged. The embedded default recognizer never fails.

use claimex::entities::{Entity, Recognizer};
use claimex::lexicon::PlaceKind;
use claimex::text::Document;
use claimex::{Error, Extractor, Stance, DEFAULT_MAX_INPUT_BYTES};

/// A recognizer that always fails, as a model-backed one might.
struct Broken;

impl Recognizer for Broken {
    fn name(&self) -> &str {
        "broken"
    }
    fn recognize(&self, _doc: &Document<'_>, _sentences: &[usize]) -> claimex::Result<Vec<Entity>> {
        Err(Error::Recognizer { recognizer: "broken".into(), message: "the model is on fire".into() })
    }
}

/// A recognizer that fails only on documents containing "FAIL".
struct FailsOnMarker;

impl Recognizer for FailsOnMarker {
    fn name(&self) -> &str {
        "fails-on-marker"
    }
    fn recognize(&self, doc: &Document<'_>, _sentences: &[usize]) -> claimex::Result<Vec<Entity>> {
        if doc.text().contains("FAIL") {
            Err(Error::Torch { recognizer: "fails-on-marker".into(), reason: "out of memory".into() })
        } else {
            Ok(Vec::new())
        }
    }
}

#[test]
fn error_is_a_std_error_that_threads_can_carry() {
    fn assert_error<E: std::error::Error + Send + Sync + 'static>() {}
    assert_error::<Error>();
}

// --- InputTooLarge ---------------------------------------------------------------------------

#[test]
fn the_default_limit_is_documented() {
    assert_eq!(DEFAULT_MAX_INPUT_BYTES, 64 * 1024 * 1024);
    assert_eq!(Extractor::new().max_input_bytes(), DEFAULT_MAX_INPUT_BYTES);
    assert_eq!(Extractor::builder().build().unwrap().max_input_bytes(), DEFAULT_MAX_INPUT_BYTES);
}

#[test]
fn extract_input_too_large() {
    let extractor = Extractor::builder().max_input_bytes(20).build().unwrap();
    // Exactly at the limit is accepted.
    let at_limit = "Smith said it ended.";
    assert_eq!(at_limit.len(), 20);
    assert!(extractor.extract(at_limit).is_ok());
    // One byte over is refused, with both sizes in the error.
    let over = "Smith said it ended!!";
    match extractor.extract(over) {
        Err(Error::InputTooLarge { len, max }) => assert_eq!((len, max), (21, 20)),
        other => panic!("expected InputTooLarge, got {other:?}"),
    }
    let message = extractor.extract(over).unwrap_err().to_string();
    assert!(
        message.contains("21") && message.contains("20") && message.contains("max_input_bytes"),
        "{message}"
    );
}

#[test]
fn a_zero_limit_accepts_only_empty_text() {
    let extractor = Extractor::builder().max_input_bytes(0).build().unwrap();
    assert!(extractor.extract("").unwrap().claims.is_empty());
    assert!(matches!(extractor.extract(" "), Err(Error::InputTooLarge { len: 1, max: 0 })));
}

#[test]
fn extract_bytes_input_too_large_counts_decoded_bytes() {
    let extractor = Extractor::builder().max_input_bytes(10).build().unwrap();
    // 4 invalid bytes decode to 4 U+FFFD of 3 bytes each: 12 bytes, over the limit of 10.
    match extractor.extract_bytes(b"\xFF\xFF\xFF\xFF") {
        Err(Error::InputTooLarge { len, max }) => assert_eq!((len, max), (12, 10)),
        other => panic!("expected InputTooLarge, got {other:?}"),
    }
    assert!(matches!(
        extractor.extract_bytes(b"0123456789!"),
        Err(Error::InputTooLarge { len: 11, max: 10 })
    ));
    assert!(extractor.extract_bytes(b"0123456789").is_ok());
}

#[test]
fn batch_keeps_going_past_a_document_over_the_limit() {
    let extractor = Extractor::builder().max_input_bytes(40).build().unwrap();
    let docs = [
        "Smith said the talks had failed.",
        "Smith said the talks had failed, and that nobody cared at all.",
        "\"We will win,\" Jones said.",
    ];
    let results = extractor.extract_batch(&docs);
    assert_eq!(results.len(), 3);
    assert_eq!(results[0].as_ref().unwrap().claims.len(), 1);
    assert!(matches!(results[1], Err(Error::InputTooLarge { len: 62, max: 40 })), "{:?}", results[1]);
    assert_eq!(results[2].as_ref().unwrap().claims.len(), 1);
    let streamed: Vec<bool> = extractor.par_extract(&docs).map(|r| r.is_ok()).collect();
    assert_eq!(streamed, [true, false, true]);
}

// --- Lexicon ---------------------------------------------------------------------------------

fn lexicon_error(result: claimex::Result<Extractor>) -> (&'static str, usize, String) {
    match result {
        Err(Error::Lexicon { lexicon, line, reason }) => (lexicon, line, reason),
        Err(other) => panic!("expected Error::Lexicon, got {other:?}"),
        Ok(_) => panic!("expected Error::Lexicon, got an extractor"),
    }
}

#[test]
fn build_lexicon_errors_name_the_lexicon_and_entry() {
    let b = Extractor::builder;
    let (lex, line, _) = lexicon_error(b().add_cue("", "say", Stance::Neutral).build());
    assert_eq!((lex, line), ("cues", 1));
    // White space alone is empty too; the entry number counts the user's entries of that lexicon.
    let (lex, line, _) = lexicon_error(
        b().add_cue("slammed", "slam", Stance::Accuse).add_cue("   ", "say", Stance::Neutral).build(),
    );
    assert_eq!((lex, line), ("cues", 2));
    let (lex, line, _) = lexicon_error(b().add_cue("slammed", "", Stance::Accuse).build());
    assert_eq!((lex, line), ("cues", 1));
    let (lex, line, _) = lexicon_error(b().add_outlet("", "Kyiv Post").build());
    assert_eq!((lex, line), ("outlets", 1));
    let (lex, line, _) = lexicon_error(b().add_outlet("Kyiv Post", " ").build());
    assert_eq!((lex, line), ("outlets", 1));
    let (lex, line, _) = lexicon_error(b().add_title("ombudsman").add_title("").build());
    assert_eq!((lex, line), ("titles", 2));
    let (lex, line, _) = lexicon_error(b().add_place("", PlaceKind::Country).build());
    assert_eq!((lex, line), ("places", 1));
    let (lex, line, _) = lexicon_error(b().add_organization("\t").build());
    assert_eq!((lex, line), ("organizations", 1));
}

#[test]
fn lexicon_error_message_says_where() {
    let err = Extractor::builder().add_title("ombudsman").add_title("").build().unwrap_err();
    let message = err.to_string();
    assert!(message.contains("titles") && message.contains('2'), "{message}");
}

#[test]
fn valid_additions_build() {
    let extractor = Extractor::builder()
        .add_cue("slammed", "slam", Stance::Accuse)
        .add_outlet("Kyiv Post", "Kyiv Post")
        .add_title("ombudsman")
        .add_place("Gondor", PlaceKind::Country)
        .add_organization("Gazprom")
        .build()
        .unwrap();
    let claims = extractor.extract("The senator slammed the deal as a disaster.").unwrap().claims;
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].stance, Stance::Accuse);
}

// --- Recognizer ------------------------------------------------------------------------------

#[test]
fn extract_propagates_a_recognizer_error() {
    let extractor = Extractor::builder().recognizer(Broken).build().unwrap();
    match extractor.extract("Smith said the talks had failed.") {
        Err(Error::Recognizer { recognizer, message }) => {
            assert_eq!((recognizer.as_str(), message.as_str()), ("broken", "the model is on fire"))
        }
        other => panic!("expected Error::Recognizer, got {other:?}"),
    }
    let message = extractor.extract("Smith said so.").unwrap_err().to_string();
    assert!(message.contains("broken") && message.contains("on fire"), "{message}");
}

#[test]
fn extract_bytes_propagates_a_recognizer_error() {
    let extractor = Extractor::builder().recognizer(Broken).build().unwrap();
    assert!(matches!(extractor.extract_bytes(b"Smith said so."), Err(Error::Recognizer { .. })));
}

#[test]
fn a_recognizer_error_is_not_hidden_by_the_sentence_filter() {
    // The recognizer is asked for every document, even one with no claim-bearing sentence (it then
    // gets an empty list), so whether its failure shows does not depend on the text.
    for filter in [false, true] {
        let extractor = Extractor::builder().recognizer(Broken).sentence_filter(filter).build().unwrap();
        assert!(matches!(extractor.extract("It rained."), Err(Error::Recognizer { .. })), "filter {filter}");
        assert!(matches!(extractor.extract(""), Err(Error::Recognizer { .. })), "filter {filter}");
    }
}

#[test]
fn the_size_limit_is_checked_before_the_recognizer_runs() {
    let extractor = Extractor::builder().recognizer(Broken).max_input_bytes(5).build().unwrap();
    assert!(matches!(extractor.extract("Smith said so."), Err(Error::InputTooLarge { .. })));
}

#[test]
fn batch_returns_recognizer_errors_per_document() {
    let extractor = Extractor::builder().recognizer(FailsOnMarker).sentence_filter(false).build().unwrap();
    let docs =
        vec!["Smith said it was over.".to_string(), "FAIL said it.".to_string(), "It rained.".to_string()];
    let results = extractor.extract_batch(&docs);
    assert!(results[0].is_ok());
    match &results[1] {
        Err(Error::Torch { recognizer, reason }) => {
            assert_eq!((recognizer.as_str(), reason.as_str()), ("fails-on-marker", "out of memory"))
        }
        other => panic!("expected the recognizer's own error, got {other:?}"),
    }
    assert!(results[2].is_ok());
}

#[test]
fn the_embedded_default_never_fails_under_the_limit() {
    let extractor = Extractor::new();
    for text in ["", "\u{0}", "“", &"x".repeat(100_000), "\u{feff}Smith said so."] {
        assert!(extractor.extract(text).is_ok(), "{text:.20?}");
    }
    assert!(extractor.extract_bytes(&[0xFF; 1000]).is_ok());
}
