//! Each stage's public entry on arbitrary UTF-8, checking the stage's own output contract before
//! feeding it to the next stage: tokens, document segmentation, quotes, cues, entities, claims.
#![no_main]

#[path = "../../tests/support/invariants.rs"]
mod invariants;

use std::sync::LazyLock;

use claimex::entities::{EmbeddedRecognizer, Recognizer};
use claimex::lexicon::Lexicons;
use claimex::text::{tokenize, Document};
use claimex::{attribution, cues, quotes, Extraction};
use invariants::check_span;
use libfuzzer_sys::fuzz_target;

static LEXICONS: LazyLock<Lexicons> = LazyLock::new(Lexicons::default);
static RECOGNIZER: LazyLock<EmbeddedRecognizer> = LazyLock::new(|| EmbeddedRecognizer::new(LEXICONS.clone()));

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };

    // Stage 1a: tokens are non-empty, in order, not overlapping, never white space.
    let tokens = tokenize(text);
    let mut last_end = 0;
    for (i, t) in tokens.iter().enumerate() {
        check_span(text, t.span, &format!("token {i}"));
        assert!(!t.span.is_empty(), "token {i} is empty");
        assert!(t.span.start >= last_end, "token {i} overlaps the previous one");
        assert!(
            !text[t.span.start..t.span.end].chars().any(char::is_whitespace)
                || t.kind != claimex::text::TokenKind::Word,
            "word token {i} holds white space"
        );
        last_end = t.span.end;
    }

    // Stage 1b: the document keeps the same tokens; sentences and paragraphs are ordered and valid.
    let doc = Document::new(text);
    assert_eq!(doc.tokens(), &tokens[..], "Document::new tokenizes like tokenize");
    let mut prev_end = 0;
    for (i, s) in doc.sentences().iter().enumerate() {
        check_span(text, s.span, &format!("sentence {i}"));
        assert!(s.span.start >= prev_end, "sentence {i} overlaps the previous one");
        assert!(s.tokens.start <= s.tokens.end && s.tokens.end <= tokens.len(), "sentence {i}: token range");
        if let (Some(first), Some(last)) =
            (tokens.get(s.tokens.start), s.tokens.end.checked_sub(1).and_then(|l| tokens.get(l)))
        {
            assert!(
                s.span.contains(first.span) && s.span.contains(last.span),
                "sentence {i}: tokens outside"
            );
        }
        assert!(s.paragraph < doc.paragraphs().len(), "sentence {i}: paragraph {} out of range", s.paragraph);
        assert!(doc.paragraphs()[s.paragraph].contains(s.span), "sentence {i} is outside its paragraph");
        prev_end = s.span.end;
    }
    for (i, p) in doc.paragraphs().iter().enumerate() {
        check_span(text, *p, &format!("paragraph {i}"));
    }
    for w in doc.paragraphs().windows(2) {
        assert!(w[0].end <= w[1].start, "paragraphs overlap: {:?}", w);
    }

    // Stage 4a: quotes are valid, their inner text inside them, in order.
    let quotes = quotes::find(&doc);
    for w in quotes.windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "quotes overlap or are unsorted: {:?} {:?}",
            w[0].span,
            w[1].span
        );
    }
    for (i, q) in quotes.iter().enumerate() {
        check_span(text, q.span, &format!("quote {i}"));
        check_span(text, q.inner, &format!("quote {i} inner"));
        assert!(q.span.contains(q.inner), "quote {i}: inner {:?} outside {:?}", q.inner, q.span);
        assert!(!q.pieces.is_empty(), "quote {i} has no pieces");
        for (k, piece) in q.pieces.iter().enumerate() {
            check_span(text, *piece, &format!("quote {i} piece {k}"));
            assert!(q.span.contains(*piece), "quote {i}: piece {k} {piece:?} outside {:?}", q.span);
        }
        assert!(q.paragraph < doc.paragraphs().len(), "quote {i}: paragraph out of range");
    }

    // Stage 3: cues are valid and name existing sentences.
    let cue_matches = cues::find(&doc, &LEXICONS, &quotes);
    for (i, c) in cue_matches.iter().enumerate() {
        check_span(text, c.span, &format!("cue {i}"));
        assert!(!c.span.is_empty(), "cue {i} is empty");
        assert!(c.sentence < doc.sentences().len(), "cue {i}: sentence {} out of range", c.sentence);
    }

    // The sentence filter for model-backed recognizers: sorted, unique, in range.
    let wanted = cues::claim_bearing_sentences(&doc, &cue_matches, &quotes);
    assert!(wanted.windows(2).all(|w| w[0] < w[1]), "claim_bearing_sentences is not sorted and unique");
    assert!(wanted.iter().all(|&s| s < doc.sentences().len()), "claim_bearing_sentences out of range");

    // Stage 2: entities are valid, sorted and not overlapping (the Recognizer contract).
    let all: Vec<usize> = (0..doc.sentences().len()).collect();
    let entities = RECOGNIZER.recognize(&doc, &all).expect("the embedded recognizer never fails");
    for (i, e) in entities.iter().enumerate() {
        check_span(text, e.span, &format!("entity {i}"));
        assert!(!e.span.is_empty(), "entity {i} is empty");
        assert!((0.0..=1.0).contains(&e.score), "entity {i}: score {}", e.score);
    }
    for w in entities.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "entities overlap or are unsorted: {:?} {:?}", w[0], w[1]);
    }

    // Stage 5: claims satisfy every extraction invariant.
    let claims = attribution::attribute(&doc, &LEXICONS, &entities, &cue_matches, &quotes);
    invariants::check_extraction(text, &Extraction::new(claims));
});
