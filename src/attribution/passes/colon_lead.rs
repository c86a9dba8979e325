//! A quotation introduced by a colon after a clause whose subject names a person or body, with no
//! reporting verb: the quote is the subject's.
//!
//! > Representative Carl Dunning, a Republican from the Ninth District, is more blunt: “This bill
//! > is dead on arrival.”
//!
//! Likewise "Prof Iain Dalby had a warning: “…”" and "She had this to say:" ⏎ "“…”". The claim has
//! no cue and a neutral stance. Not when the sentence already holds a claim, when the clause before
//! the colon holds a cue, a subordinate clause or a quote, or when its subject is a thing ("The
//! sign read: “…”", "The report has one aim: “…”").

use crate::entities::EntityLabel;
use crate::lexicon::WordClass;
use crate::SpeakerKind;

use super::super::confidence;
use super::super::context::Context;
use super::super::mentions::{left_np, right_np, Mention, MentionKind, Pronoun};
use super::super::raw::{Content, Origin, RawClaim};
use super::super::words;
use super::follow_on::overlap_index;

/// Longest verb phrase between the subject and the colon, in tokens ("had a warning for his
/// players before the derby").
const MAX_PREDICATE: usize = 12;

/// Longest title or role before the subject's name, in tokens ("Harrow coach").
const MAX_ROLE: usize = 4;

/// The claims of quotes that open right after a colon ending such a clause (see the module
/// comment).
pub(crate) fn colon_leads(ctx: &Context<'_, '_>, raw: &[RawClaim]) -> Vec<RawClaim> {
    let overlaps_claim = overlap_index(raw);
    let text = ctx.doc.text();
    let mut extra = Vec::new();
    for q in ctx.quotes.all() {
        // (The colon first: most quotes follow none.)
        let colon = ctx.doc.token_index_at(q.span.start);
        // (A short quote only when it is a sentence of its own: "had a message: “Stay home.”")
        let sentence_of_its_own = q.inner.as_str(text).trim_end().ends_with(['.', '!', '?']);
        let min_words = if sentence_of_its_own { 2 } else { 4 };
        if colon == 0
            || ctx.word(colon - 1) != ":"
            || overlaps_claim(q.inner)
            || q.fewer_words_than(text, min_words)
        {
            continue;
        }
        let colon = colon - 1;
        let gap = text.get(ctx.doc.tokens()[colon].span.end..q.span.start);
        let adjoins = gap.is_some_and(|g| g.chars().all(char::is_whitespace));
        let sentence = ctx.doc.sentence_at(ctx.doc.tokens()[colon].span.start);
        if !adjoins || raw.iter().any(|r| r.sentence == sentence) {
            continue;
        }
        let Some(speaker) = colon_subject(ctx, ctx.doc.sentences()[sentence].tokens.start, colon) else {
            continue;
        };
        let paragraph = ctx.doc.sentences()[sentence].paragraph;
        extra.push(RawClaim {
            content: Content::quotation(q),
            speaker: Some(speaker),
            origin: Origin::ColonLead,
            source: None,
            sentence,
            paragraph,
            pos: ctx.doc.tokens()[colon].span.start,
            confidence: confidence::LABEL,
            particle: None,
        });
    }
    extra
}

/// The subject of the clause `s0..colon` when it names a person or body and the rest of the
/// clause is a plain predicate from its first verb ("is more blunt", "had a warning for his
/// players"). The subject is the noun phrase before that verb, opening the clause or after a
/// fronted phrase and its comma.
fn colon_subject(ctx: &Context<'_, '_>, s0: usize, colon: usize) -> Option<Mention> {
    let mut s0 = ctx.dateline_end(s0, colon);
    // ("Asked if the plan could work, Ingrid Solvang gave a short answer:": a fronted participle
    // phrase, up to its comma.)
    const MAX_FRONTED: usize = 20;
    if ctx.lower(s0).ends_with("ed") && ctx.entity_at(s0).is_none() {
        s0 = (s0 + 1..colon.min(s0 + MAX_FRONTED)).find(|&t| ctx.word(t) == ",")? + 1;
    }
    // A capitalised word inside the clause is part of a name, not its verb ("the Met Office",
    // "Will Jordan").
    let verb = (s0 + 1..colon).find(|&t| {
        matches!(ctx.lower_class(t), Some(WordClass::Aux | WordClass::Verb | WordClass::Modal))
            && !ctx.is_cap(t)
    })?;
    // The subject opens the clause, after a fronted phrase and its comma, with at most a title
    // or role before it ("Harrow coach Gary Pell", "Representative Carl Dunning"). "The chief
    // meteorologist at the Met Office, Prof Iain Dalby, had a warning:": a name set off by commas
    // after a description is the subject.
    let opens = |m: &Mention| {
        let lead = (s0..m.tokens.start).rev().find(|&t| ctx.word(t) == ",").map_or(s0, |c| c + 1);
        m.tokens.start - lead <= MAX_ROLE
            && !(lead..m.tokens.start).any(|t| ctx.clause_word(t))
            && speaks(&m.kind)
    };
    let set_off = || (ctx.word(verb - 1) == ",").then(|| left_np(ctx, verb - 1, s0)).flatten();
    let m = left_np(ctx, verb, s0)
        .filter(|m| opens(m))
        .or_else(|| set_off().filter(|m| opens(m)))
        .or_else(|| owner_of_words(ctx, s0, verb))?;
    if colon - verb > MAX_PREDICATE {
        return None;
    }
    // "had a warning", "had one request": a cue word after a determiner is a noun; "had this to
    // say": an infinitive after a pronoun object names no content of its own.
    let noun = |t: usize| {
        matches!(ctx.lower_class(t - 1), Some(WordClass::Det))
            || ctx.lower_is(t - 1, "one")
            // ("gave a short answer": an adjective between.)
            || t >= verb + 2
                && matches!(ctx.lower_class(t - 2), Some(WordClass::Det))
                && ctx.lower_class(t - 1).is_none()
                && ctx.lower_cue(t - 1).is_none()
            || t >= verb + 2
                && ctx.lower_is(t - 1, "to")
                && matches!(ctx.lower_class(t - 2), Some(WordClass::Det))
    };
    // "before the derby" is a phrase; "before he left", "that …" a clause.
    let phrase =
        |t: usize| matches!(ctx.lower_class(t), Some(WordClass::Det | WordClass::Poss | WordClass::Time));
    let plain = |t: usize| {
        let subordinate = matches!(ctx.lower_class(t), Some(WordClass::Subord)) && !phrase(t + 1);
        (ctx.cue(t).is_none() && ctx.lower_cue(t).is_none() || noun(t))
            && !subordinate
            && !matches!(ctx.word(t), ";" | "“" | "\"" | "”" | "," | "—" | "(")
    };
    (verb..colon).all(plain).then_some(m)
}

/// Most tokens before the noun of what was said in "The message from …" or "Ofsted’s verdict".
const MAX_OWNER: usize = 6;

/// "Ofsted’s verdict on Greystone Academy was damning: “…”", "The message from Kilbride coach
/// Aileen Murtagh at half-time was simple: “…”": a noun of what someone says, opening the clause
/// `s0..verb` and owned by a person or body ("X’s", "from X"); the owner speaks.
fn owner_of_words(ctx: &Context<'_, '_>, s0: usize, verb: usize) -> Option<Mention> {
    let n = (s0..verb.min(s0 + MAX_OWNER)).find(|&t| words::is_verdict_noun(ctx.lower(t)))?;
    let owner = if n >= s0 + 3 && ctx.possessive_s(n - 2, n) {
        left_np(ctx, n - 2, s0).filter(|m| ctx.with_article(m.tokens.start) <= s0 + 1)
    } else if n + 2 < verb && ctx.lower_is(n + 1, "from") && n <= s0 + 1 {
        right_np(ctx, n + 2, verb)
    } else {
        None
    };
    owner.filter(|m| speaks(&m.kind))
}

/// Whether a subject can speak: a person or organisation, a person or body named by a common
/// noun ("the minister"), or "he", "she", "they".
fn speaks(kind: &MentionKind) -> bool {
    match kind {
        MentionKind::Entity(label) => matches!(label, EntityLabel::Person | EntityLabel::Organization),
        MentionKind::Common { kind, .. } => matches!(kind, SpeakerKind::Person | SpeakerKind::Organization),
        MentionKind::Pronoun(p) => matches!(p, Pronoun::He | Pronoun::She | Pronoun::They),
        MentionKind::Outlet(_) | MentionKind::Relative(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::claims;

    #[test]
    fn a_colon_after_a_clause_naming_the_speaker() {
        let got = claims(
            "Representative Carl Dunning, a Republican, is more blunt: “This bill is dead on arrival.”",
        );
        assert_eq!(got, vec![(Some("Carl Dunning".into()), "This bill is dead on arrival.".into())]);
        let got =
            claims("Coach Gary Pell had a warning for his players: “If we start slowly, we will lose.”");
        assert_eq!(got, vec![(Some("Gary Pell".into()), "If we start slowly, we will lose.".into())]);
        // A short quote that is a sentence of its own; not a short phrase ("… one word: “no”").
        let got = claims("Governor Ann Lee had a simple message: “Stay home.”");
        assert_eq!(got, vec![(Some("Ann Lee".into()), "Stay home.".into())]);
        assert!(claims("Governor Ann Lee had a simple message: “stay home”").is_empty());
        // A name set off by commas after a description; "Met" is part of a name, not a verb.
        let got = claims(
            "The chief forecaster at the Met Office, Prof Iain Dalby, had a warning: “This will not be the last.”",
        );
        assert_eq!(got, vec![(Some("Iain Dalby".into()), "This will not be the last.".into())]);
        let got = claims("Helen Park had this to say: “The board is united behind the strategy.”");
        assert_eq!(got, vec![(Some("Helen Park".into()), "The board is united behind the strategy.".into())]);
        // "Ofsted’s verdict on Greystone Academy was damning: “…”", "The message from Kilbride coach
        // Aileen Murtagh at half-time was simple: “…”": the owner of what was said.
        let got = claims("Ofsted’s verdict on Greystone Academy was damning: “Leaders have failed pupils.”");
        assert_eq!(got, vec![(Some("Ofsted".into()), "Leaders have failed pupils.".into())]);
        let got = claims("The message from coach Aileen Murtagh at half-time was simple: “Keep the ball.”");
        assert_eq!(got, vec![(Some("Aileen Murtagh".into()), "Keep the ball.".into())]);
        // (Not a document's: "The report’s verdict was damning: “…”".)
        assert!(claims("The report’s verdict was damning: “Leaders have failed pupils.”").is_empty());
    }

    #[test]
    fn an_answer_after_a_fronted_question() {
        // "Asked if the plan could work, Ingrid Solvang gave a short answer: “…”"
        let got =
            claims("Asked if the plan could work, Ingrid Solvang gave a short answer: “Absolutely not.”");
        assert_eq!(got, vec![(Some("Ingrid Solvang".into()), "Absolutely not.".into())]);
    }

    #[test]
    fn things_and_clauses_before_the_colon_are_not_speakers() {
        assert!(claims("The sign on the door was simple: “Closed until further notice, sorry.”").is_empty());
        assert!(claims("The report has one aim: “to protect children from harm.”").is_empty());
    }
}
