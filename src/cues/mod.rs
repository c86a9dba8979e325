//! Stage 3b: reporting cues — lexicon hits that are used as verbs of saying or believing.
//!
//! Every form in `data/cues.tsv` is found in one Aho–Corasick pass over the text; then each hit
//! is checked against its neighbours so that nouns and modifying participles drop out ("calls
//! for a truce", "the warning", "backed by Russian air power"), as do hits inside quotations.
//!
//! - `classify.rs`: whether a hit is a cue, one function per written form (the "-ing"
//!   participle, the bare form, the "-s" form, the past);
//! - `group.rs`: the verb group before a cue ("did not deny") and the asides a subject stands
//!   before;
//! - `words.rs`: the word lists those rules read;
//! - `cue.rs`: the types, [`CueMatch`] and [`CueForm`].

mod classify;
mod cue;
mod group;
mod words;

pub(crate) use classify::{before_manner_participle, means_of_contact, quoting_verb};
pub use cue::{CueForm, CueMatch};
pub(crate) use group::ly_noun;
pub(crate) use words::is_court_noun;

use crate::lexicon::Lexicons;
use crate::quotes::Quote;
use crate::text::Document;
use crate::Span;
use classify::classify;
use group::verb_group;

/// Find the cues of `doc`, in text order. Hits inside any of `quotes` are skipped.
///
/// ```
/// let text = "Syrian forces, backed by Russian jets, advanced. Putin rejected calls for a truce.";
/// let doc = claimex::text::Document::new(text);
/// let cues = claimex::cues::find(&doc, &claimex::lexicon::Lexicons::default(), &[]);
/// let found: Vec<&str> = cues.iter().map(|c| c.span.as_str(text)).collect();
/// assert_eq!(found, ["rejected"]);
/// ```
pub fn find(doc: &Document<'_>, lex: &Lexicons, quotes: &[Quote]) -> Vec<CueMatch> {
    let text = doc.text();
    let tokens = doc.tokens();
    let mut out = Vec::new();
    let mut q = 0usize;
    for (start, end, entry) in lex.find_cues(text) {
        while q < quotes.len() && quotes[q].span.end <= start {
            q += 1;
        }
        if q < quotes.len() && quotes[q].span.start < start {
            continue; // inside a quotation
        }
        let first = doc.token_index_at(start);
        let mut last = doc.token_index_at(end);
        if first >= tokens.len() || tokens[first].span.start != start {
            continue;
        }
        // `end` must close a token.
        if last == 0 || tokens[last - 1].span.end != end {
            continue;
        }
        if last <= first {
            last = first + 1;
        }
        let sentence = doc.sentence_at(start);
        let form_text = &entry.form;
        let lemma = &entry.lemma;
        let Some(form) = classify(doc, lex, first, last, form_text, lemma) else { continue };
        let (group_start, negated) = verb_group(doc, lex, first, sentence);
        out.push(CueMatch {
            span: Span::new(start, end),
            tokens: first..last,
            lemma: lemma.clone(),
            stance: entry.stance,
            act: entry.act,
            negated,
            sentence,
            form,
            group_start,
            object: entry.object,
            deed: entry.deed,
        });
    }
    out
}

/// Sentences that can yield a claim: those holding a cue or a quote mark, and the sentence
/// before each (for coreference). Sorted, deduplicated.
///
/// ```
/// let text = "It rained. Smith said it was wet. Nothing else.";
/// let doc = claimex::text::Document::new(text);
/// let cues = claimex::cues::find(&doc, &claimex::lexicon::Lexicons::default(), &[]);
/// assert_eq!(claimex::cues::claim_bearing_sentences(&doc, &cues, &[]), [0, 1]);
/// ```
pub fn claim_bearing_sentences(doc: &Document<'_>, cues: &[CueMatch], quotes: &[Quote]) -> Vec<usize> {
    let n = doc.sentences().len();
    let mut keep = vec![false; n];
    let mut mark = |s: usize| {
        if s < n {
            keep[s] = true;
            if s > 0 {
                keep[s - 1] = true;
            }
        }
    };
    for c in cues {
        mark(c.sentence);
    }
    for q in quotes {
        let (a, b) = (doc.sentence_at(q.span.start), doc.sentence_at(q.span.end.saturating_sub(1)));
        for s in a..=b {
            mark(s);
        }
    }
    keep.iter().enumerate().filter(|(_, k)| **k).map(|(i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Vec<(String, bool)> {
        let doc = Document::new(text);
        let q = crate::quotes::find(&doc);
        find(&doc, &Lexicons::default(), &q)
            .iter()
            .map(|c| (c.span.as_str(text).to_string(), c.negated))
            .collect()
    }

    #[test]
    fn nouns_and_participles_are_not_cues() {
        assert!(cues("The warning came late.").is_empty());
        assert!(cues("Forces, backed by jets, advanced.").is_empty());
        assert_eq!(cues("Putin rejected calls for a truce."), [("rejected".to_string(), false)]);
    }

    #[test]
    fn negation() {
        assert_eq!(cues("He didn't deny it."), [("deny".to_string(), true)]);
        assert_eq!(cues("She never said that."), [("said".to_string(), true)]);
    }

    #[test]
    fn inside_quotes_is_skipped() {
        assert_eq!(cues("“We expect that,” she said."), [("said".to_string(), false)]);
    }

    #[test]
    fn phrasal_and_prepositional() {
        assert_eq!(
            cues("He ruled out talks, according to aides."),
            [("ruled out".to_string(), false), ("according to".to_string(), false)]
        );
    }

    #[test]
    fn accepted_reports_only_a_clause() {
        // "He accepted that the inspector had not recorded the fungus": a concession; "accepted
        // the nomination" and "accepting millions from the industry" report nothing.
        assert_eq!(
            cues("He accepted that the inspector had not recorded the fungus."),
            [("accepted that".to_string(), false)]
        );
        assert!(cues("He accepted the nomination after accepting millions from donors.").is_empty());
    }

    #[test]
    fn a_court_holds_or_rules_that() {
        // "The Supreme Court struck down the law, holding that they violated the right …"; not "He
        // held that job for ten years", nor "the ruling".
        let got = cues("The court struck down the law, holding that it violated the right to trade.");
        assert_eq!(got, [("holding that".to_string(), false)]);
        let got = cues("The court struck down the law, ruling that it violated the right to trade.");
        assert_eq!(got, [("ruling that".to_string(), false)]);
        assert!(cues("He held that job for ten years before the ruling.").is_empty());
    }

    #[test]
    fn shared_is_a_cue_in_the_past_only() {
        // "Ashby shared a brief message on his Instagram Story: “…”"; not "Shares fell", nor "were
        // sharing the news", a progressive inside a reported clause.
        assert_eq!(cues("Ashby shared a message: “We love our kids.”"), [("shared".to_string(), false)]);
        assert!(cues("Shares fell as traders were sharing the news.").is_empty());
    }
}
