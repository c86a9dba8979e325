//! Invariants every extraction must satisfy, shared by the property, adversarial, regression and
//! thread tests and by the fuzz targets (`#[path = "…/tests/support/invariants.rs"] mod invariants;`).
//!
//! Each check panics with a message naming the claim and field that broke the rule, so a fuzz
//! crash or a proptest failure says what went wrong.
#![allow(dead_code)]

use std::sync::LazyLock;

use claimex::entities::{EmbeddedRecognizer, Recognizer};
use claimex::lexicon::Lexicons;
use claimex::text::{tokenize, Document};
use claimex::{attribution, cues, quotes, Claim, ClaimKind, Extraction, Extractor, Span};

static LEXICONS: LazyLock<Lexicons> = LazyLock::new(Lexicons::default);
static RECOGNIZER: LazyLock<EmbeddedRecognizer> = LazyLock::new(|| EmbeddedRecognizer::new(LEXICONS.clone()));
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// `span` lies inside `input`, on char boundaries, and is not reversed.
pub fn check_span(input: &str, span: Span, what: &str) {
    assert!(span.start <= span.end, "{what}: reversed span {span:?}");
    assert!(span.end <= input.len(), "{what}: span {span:?} ends past the input ({} bytes)", input.len());
    assert!(input.is_char_boundary(span.start), "{what}: start {} is not a char boundary", span.start);
    assert!(input.is_char_boundary(span.end), "{what}: end {} is not a char boundary", span.end);
}

/// `span` is valid and slices `input` to exactly `text`.
pub fn check_text(input: &str, span: Span, text: &str, what: &str) {
    check_span(input, span, what);
    assert_eq!(&input[span.start..span.end], text, "{what}: text differs from &input[{span:?}]");
}

/// Every span of `claim` is valid and matches its text; the content's parts are in order, from
/// its start to its end, and its text is theirs; quotes lie inside the parts.
pub fn check_claim(input: &str, claim: &Claim, n: usize) {
    check_content(input, claim, n);
    let parts = &claim.content.parts;
    for (q, quote) in claim.quotes.iter().enumerate() {
        check_span(input, *quote, &format!("claim {n} quote {q}"));
        assert!(
            parts.iter().any(|p| p.contains(*quote)),
            "claim {n}: quote {q} {quote:?} is outside the content's parts {parts:?}"
        );
    }
    if claim.kind == ClaimKind::Indirect {
        assert!(claim.quotes.is_empty(), "claim {n}: indirect claim with quote spans {:?}", claim.quotes);
    }
    if let Some(speaker) = &claim.speaker {
        check_text(
            input,
            speaker.mention.span(),
            &speaker.mention.text,
            &format!("claim {n} speaker mention"),
        );
    }
    if let Some(cue) = &claim.cue {
        check_text(input, Span::new(cue.start, cue.end), &cue.text, &format!("claim {n} cue"));
        assert!(cue.end >= cue.start, "claim {n}: reversed cue");
    }
    if let Some(source) = &claim.source {
        check_text(input, Span::new(source.start, source.end), &source.text, &format!("claim {n} source"));
    }
    assert!(
        (0.0..=1.0).contains(&claim.confidence),
        "claim {n}: confidence {} outside [0, 1]",
        claim.confidence
    );
}

/// The content's parts are valid, in order and apart, run from its start to its end, and its text
/// is their text (joined by a space when there are several).
fn check_content(input: &str, claim: &Claim, n: usize) {
    let content = &claim.content;
    let parts = &content.parts;
    assert!(!parts.is_empty(), "claim {n}: content without parts");
    for (i, p) in parts.iter().enumerate() {
        check_span(input, *p, &format!("claim {n} content part {i}"));
    }
    for pair in parts.windows(2) {
        assert!(pair[0].end < pair[1].start, "claim {n}: content parts {pair:?} overlap or touch");
    }
    let hull = Span::new(parts[0].start, parts[parts.len() - 1].end);
    assert_eq!(content.span(), hull, "claim {n}: content start and end are not its parts'");
    let joined: Vec<&str> = parts.iter().map(|p| &input[p.start..p.end]).collect();
    assert_eq!(content.text, joined.join(" "), "claim {n}: content text is not its parts'");
}

/// The identity of a claim for "never duplicate": content, cue and speaker mention spans.
pub fn claim_key(claim: &Claim) -> (Span, Option<Span>, Option<Span>) {
    (
        claim.content.span(),
        claim.cue.as_ref().map(|c| Span::new(c.start, c.end)),
        claim.speaker.as_ref().map(|s| s.mention.span()),
    )
}

/// All of the above for a whole extraction, plus ordering and no duplicates.
pub fn check_extraction(input: &str, extraction: &Extraction) {
    assert_eq!(extraction.schema_version, claimex::SCHEMA_VERSION);
    for (n, claim) in extraction.claims.iter().enumerate() {
        check_claim(input, claim, n);
    }
    for (n, pair) in extraction.claims.windows(2).enumerate() {
        assert!(
            pair[0].content.start <= pair[1].content.start,
            "claims {n} and {} are out of order: content starts {} then {}",
            n + 1,
            pair[0].content.start,
            pair[1].content.start
        );
    }
    let mut keys: Vec<_> = extraction.claims.iter().map(claim_key).collect();
    keys.sort();
    for pair in keys.windows(2) {
        assert_ne!(pair[0], pair[1], "duplicate claim (content, cue, mention) = {:?}", pair[0]);
    }
}

/// The paragraph spans of `input` as the crate segments it.
pub fn paragraphs(input: &str) -> Vec<Span> {
    claimex::text::Document::new(input).paragraphs().to_vec()
}

/// Every claim's content lies within one paragraph of `input` (no runaway quote).
pub fn check_no_runaway(input: &str, extraction: &Extraction) {
    let paras = paragraphs(input);
    for (n, claim) in extraction.claims.iter().enumerate() {
        let content = claim.content.span();
        if content.is_empty() {
            continue;
        }
        assert!(
            paras.iter().any(|p| p.contains(content)),
            "claim {n}: content {content:?} ({} bytes) spans more than one paragraph",
            content.len()
        );
    }
}

/// Run each stage's public entry in turn on `text`, checking each stage's own output contract
/// before feeding it to the next: tokens, document segmentation, quotes, cues, the sentence filter,
/// entities, claims; and that the stages in a row give what `Extractor::new().extract` gives.
pub fn check_stages(text: &str) {
    // Stage 1a: tokens are non-empty, in order, not overlapping, never white space.
    let tokens = tokenize(text);
    let mut last_end = 0;
    for (i, t) in tokens.iter().enumerate() {
        check_span(text, t.span, &format!("token {i}"));
        assert!(!t.span.is_empty(), "token {i} is empty");
        assert!(t.span.start >= last_end, "token {i} overlaps the previous one");
        assert!(
            !text[t.span.start..t.span.end].chars().any(char::is_whitespace),
            "token {i} holds white space"
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
    let staged = Extraction::new(claims);
    check_extraction(text, &staged);

    // The stages in a row give what the default extractor gives.
    let extracted = EXTRACTOR.extract(text).expect("the embedded extractor never fails under the limit");
    assert_eq!(staged, extracted, "the stages run by hand differ from Extractor::extract");
}
