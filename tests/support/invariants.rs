//! Invariants every extraction must satisfy, shared by the property, adversarial, regression and
//! thread tests and by the fuzz targets (`#[path = "…/tests/support/invariants.rs"] mod invariants;`).
//!
//! Each check panics with a message naming the claim and field that broke the rule, so a fuzz
//! crash or a proptest failure says what went wrong.
#![allow(dead_code)]

use claimex::{Claim, ClaimKind, Extraction, Span};

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

/// Every span of `claim` is valid and matches its text; quotes lie inside the content.
pub fn check_claim(input: &str, claim: &Claim, n: usize) {
    let content = claim.content.span();
    check_text(input, content, &claim.content.text, &format!("claim {n} content"));
    for (q, quote) in claim.quotes.iter().enumerate() {
        check_span(input, *quote, &format!("claim {n} quote {q}"));
        assert!(
            content.contains(*quote),
            "claim {n}: quote {q} {quote:?} is outside the content {content:?}"
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
