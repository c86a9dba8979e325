//! Floating quotes: a paragraph that is only a quotation, right after a paragraph whose claims
//! all belong to one speaker, is that speaker's — journalism's standard way to go on quoting:
//!
//! > Dr. Helen Marsh said the closure would leave thousands of families without care.
//! >
//! > “People will drive two hours for a checkup. Some of them just won’t go.”
//!
//! Also after a one-sentence paragraph whose subject only does a speech event ("Police Chief Maria
//! Santos addressed reporters on Friday."), or that a person's name opens ("John Hartley
//! shrugged."). Not safe, so left alone: a quotation after a paragraph with two speakers, after
//! any other paragraph without a claim, or after a heading (a paragraph that does not end a
//! sentence).

use crate::entities::EntityLabel;
use crate::lexicon::WordClass;
use crate::{Span, SpeakerKind};

use super::super::confidence;
use super::super::context::Context;
use super::super::mentions::{left_np, Mention, MentionKind};
use super::super::raw::{sentences_with_claims, Origin, RawClaim};
use super::super::words;
use super::follow_on::{cueless_claim, follow_on_claim, overlap_index};

/// The floating-quote claims for `raw` (sorted by position): one per quotation paragraph whose
/// previous paragraph hands it a speaker (see the module comment). The pass chains: a second
/// quotation paragraph after a floating one is the same speaker's.
/// `furniture` marks the sentences of page furniture: an "Advertisement" line between the two
/// paragraphs is stepped over.
pub(crate) fn floating_quotes(ctx: &Context<'_, '_>, raw: &[RawClaim], furniture: &[bool]) -> Vec<RawClaim> {
    let text = ctx.doc.text();
    let mut extra: Vec<RawClaim> = Vec::new();
    for q in ctx.quotes.all() {
        let sentence = ctx.doc.sentence_at(q.span.start);
        let paragraph = q.paragraph;
        if paragraph == 0 || !is_whole_paragraph(text, ctx.doc.paragraphs()[paragraph], q.span) {
            continue;
        }
        if raw.iter().any(|r| r.paragraph == paragraph) {
            continue;
        }
        // "Advertisement" between the paragraphs: the story goes on past it.
        let is_furniture = |p: usize| {
            furniture.get(ctx.doc.sentence_at(ctx.doc.paragraphs()[p].start)).copied().unwrap_or(false)
        };
        let Some(before_index) = (0..paragraph).rev().find(|&p| !is_furniture(p)) else { continue };
        let before = ctx.doc.paragraphs()[before_index];
        if !ends_sentence(before.as_str(text)) {
            continue;
        }
        if !reads_as_speech(q.inner.as_str(text)) {
            continue;
        }
        let chained = extra.last().filter(|c| c.paragraph == before_index);
        let Some(prev) = chained.or_else(|| sole_speaker_claim(text, raw, before_index)) else {
            if let Some(speaker) = introduced_speaker(ctx, raw, before_index) {
                extra.push(cueless_claim(q, Some(speaker), confidence::LABEL, sentence, paragraph));
            }
            continue;
        };
        if names_speaker(text, q.inner, prev.speaker.as_ref()) {
            continue;
        }
        extra.push(follow_on_claim(q, prev, sentence, paragraph));
    }
    extra
}

/// "Luca Ferrandini shrugged. “They can do what they want.”": inside a paragraph, a quotation that
/// is a whole sentence, right after a sentence without claims opened by a person's name as its
/// subject (see [`named_subject`]), is that person's. `raw` is sorted by position.
pub(crate) fn introduced_quotes(ctx: &Context<'_, '_>, raw: &[RawClaim]) -> Vec<RawClaim> {
    let text = ctx.doc.text();
    let sentences = ctx.doc.sentences();
    let with_claims = sentences_with_claims(raw, sentences.len());
    let claimed = |s: usize| with_claims[s];
    let overlaps_claim = overlap_index(raw);
    let mut extra = Vec::new();
    for q in ctx.quotes.all() {
        let si = ctx.doc.sentence_at(q.span.start);
        let Some(before) = si.checked_sub(1).map(|b| &sentences[b]) else { continue };
        let sentence = sentences[si].span;
        let whole = sentence.start == q.span.start
            && q.span.end <= sentence.end
            && is_whole_paragraph(text, sentence, q.span);
        if !whole
            || before.paragraph != q.paragraph
            || claimed(si)
            || claimed(si - 1)
            || overlaps_claim(q.inner)
        {
            continue;
        }
        if !reads_as_speech(q.inner.as_str(text)) {
            continue;
        }
        let s0 = ctx.dateline_end(before.tokens.start, before.tokens.end);
        if let Some(m) = named_subject(ctx, s0, before.tokens.end) {
            extra.push(cueless_claim(q, Some(m), confidence::LABEL, si, q.paragraph));
        }
    }
    extra
}

/// Most tokens from a sentence's start to the verb of its speech event ("Police Chief Maria
/// Santos addressed").
const MAX_SUBJECT: usize = 8;

/// "Police Chief Maria Santos addressed reporters on Friday." ⏎ "“We will find whoever did
/// this.”": a one-sentence paragraph without claims, whose subject (a person, with at most a role
/// before the name) opens it and does a speech event, introduces the quotation's speaker.
fn introduced_speaker(ctx: &Context<'_, '_>, raw: &[RawClaim], paragraph: usize) -> Option<Mention> {
    if raw.iter().any(|r| r.paragraph == paragraph) {
        return None;
    }
    let mut sentences = ctx.doc.sentences().iter().filter(|s| s.paragraph == paragraph);
    let s = sentences.next()?;
    if sentences.next().is_some() {
        return None;
    }
    let s0 = ctx.dateline_end(s.tokens.start, s.tokens.end);
    let verb =
        (s0 + 1..s.tokens.end.min(s0 + MAX_SUBJECT + 1)).find(|&t| words::is_speech_event(ctx.lower(t)));
    let Some(verb) = verb else { return named_subject(ctx, s0, s.tokens.end) };
    let m = left_np(ctx, verb, s0)?;
    let person = matches!(
        m.kind,
        MentionKind::Entity(EntityLabel::Person) | MentionKind::Common { kind: SpeakerKind::Person, .. }
    );
    let opens = m.role.map_or(m.tokens.start == s0, |r| r.start == ctx.byte(s0));
    (person && opens).then_some(m)
}

/// "Nurse Ama Boateng has worked nights for a decade." ⏎ "“We are exhausted.”", "John Hartley
/// shrugged." ⏎ "“Let them.”": a one-sentence paragraph opened by a person's name, as the
/// subject of a verb in lower case right after it (and its title, or an appositive: "Jo Bell, the
/// mayor, was unrepentant."), introduces the speaker of the quotation that follows.
fn named_subject(ctx: &Context<'_, '_>, s0: usize, s1: usize) -> Option<Mention> {
    let mut t = s0;
    // ("But Martin Goss, who runs the depot, disagrees.": a conjunction before the name.)
    if matches!(ctx.lower(t), "but" | "and" | "yet") {
        t += 1;
    }
    // ("The company's chief executive, Sandra Pell, struck a different tone.": a description, then
    // the name set off by commas.)
    let described = described_then_named(ctx, t, s1);
    if let Some(named) = described {
        t = named;
    }
    // ("Iowa State University's Dianne Bystrom agreed.": a body's possessive before the name.)
    if let Some(e) =
        ctx.entity(t).filter(|e| e.label == EntityLabel::Organization && e.span.start == ctx.byte(t))
    {
        let end = ctx.doc.token_index_at(e.span.end);
        if end + 2 < s1 && matches!(ctx.word(end), "'" | "’") && ctx.lower_is(end + 1, "s") {
            t = end + 2;
        }
    }
    while t < s1 && ctx.is_title_word(t) {
        t += 1;
    }
    let e = ctx.entity(t).filter(|e| e.label == EntityLabel::Person && e.span.start == ctx.byte(t))?;
    let name_end = ctx.doc.token_index_at(e.span.end);
    let mut end = name_end;
    if described.is_some() {
        end = (end < s1 && ctx.word(end) == ",").then_some(end + 1)?;
    } else if end < s1 && ctx.word(end) == "," {
        // (", the mayor,": a short appositive with no verb.)
        const MAX_APPOSITIVE: usize = 8;
        let close = (end + 1..s1.min(end + MAX_APPOSITIVE)).find(|&u| ctx.word(u) == ",")?;
        end = close + 1;
    }
    let verb = end < s1
        && ctx.kind(end) == crate::text::TokenKind::Word
        && !ctx.is_cap(end)
        && ctx
            .lower_class(end)
            .is_none_or(|c| matches!(c, WordClass::Aux | WordClass::Verb | WordClass::Adv));
    if !verb {
        return None;
    }
    let m = left_np(ctx, name_end, s0)?;
    matches!(m.kind, MentionKind::Entity(EntityLabel::Person)).then_some(m)
}

/// "The company's chief executive, Sandra Pell, …": a description opening on an article or a
/// possessive at `t`, then a comma; the token after the comma (where the name opens).
fn described_then_named(ctx: &Context<'_, '_>, t: usize, s1: usize) -> Option<usize> {
    const MAX_DESCRIPTION: usize = 8;
    if !matches!(ctx.lower_class(t), Some(WordClass::Det | WordClass::Poss)) {
        return None;
    }
    let comma = (t + 1..s1.min(t + MAX_DESCRIPTION)).find(|&u| ctx.word(u) == ",")?;
    (!(t + 1..comma).any(|u| ctx.clause_word(u))).then_some(comma + 1)
}

/// Whether the quotation `quote` (marks included) is all of `paragraph` but for closing
/// punctuation.
fn is_whole_paragraph(text: &str, paragraph: Span, quote: Span) -> bool {
    let rest = &text[quote.end.min(paragraph.end)..paragraph.end];
    text[paragraph.start..quote.start].trim().is_empty()
        && rest.trim().chars().all(|c| matches!(c, '.' | ',' | '!' | '?'))
}

/// Whether a quotation reads as something said: it ends a sentence (not "Related:") and is not
/// set in capitals like a headline ("EVENTUALLY VOTERS DECIDE").
fn reads_as_speech(inner: &str) -> bool {
    let inner = inner.trim_end_matches(['”', '"', '’', '\'', ' ']);
    let shouting = !inner.chars().any(char::is_lowercase);
    inner.ends_with(['.', '!', '?', '…', '—', ',']) && !shouting
}

/// Whether the quotation names the speaker in the third person ("One of the shortcomings of
/// Byler’s piece …" is not Byler's): then it quotes someone else.
fn names_speaker(text: &str, inner: Span, speaker: Option<&Mention>) -> bool {
    let Some(m) = speaker.filter(|m| !is_pronoun(m)) else { return false };
    let quoted = inner.as_str(text);
    let last = m.span.as_str(text).split_whitespace().last().unwrap_or("");
    quoted.split(|c: char| !c.is_alphanumeric()).any(|w| w == last)
}

/// Whether a paragraph ends a sentence (a heading does not).
fn ends_sentence(paragraph: &str) -> bool {
    paragraph.trim_end().ends_with(['.', '!', '?', '”', '"', '’'])
}

/// The last claim of `paragraph` when it has a speaker and the paragraph names no other speaker
/// (pronouns aside: "Smith said …, and he added …" is one speaker).
fn sole_speaker_claim<'r>(text: &str, raw: &'r [RawClaim], paragraph: usize) -> Option<&'r RawClaim> {
    let claims: Vec<&RawClaim> = raw.iter().filter(|r| r.paragraph == paragraph).collect();
    let last = *claims.last()?;
    let speaker = last.speaker.as_ref()?;
    if matches!(last.origin, Origin::Label | Origin::Question(_)) {
        return None;
    }
    let mut names = claims.iter().filter_map(|c| c.speaker.as_ref()).filter(|m| !is_pronoun(m));
    let first = names.next().map(|m| m.span.as_str(text));
    let one_name = names.all(|m| Some(m.span.as_str(text)) == first);
    let all_spoken = claims.iter().all(|c| c.speaker.is_some());
    (one_name && all_spoken && (first.is_some() || is_pronoun(speaker))).then_some(last)
}

fn is_pronoun(m: &Mention) -> bool {
    matches!(m.kind, MentionKind::Pronoun(_))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::claims;

    #[test]
    fn quotation_paragraph_after_a_said_paragraph() {
        let got = claims(
            "Dr. Helen Marsh said the closure would leave families without care.\n\n“People will drive two hours for a checkup. Some of them just won’t go.”",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(
            got[1],
            (
                Some("Helen Marsh".into()),
                "People will drive two hours for a checkup. Some of them just won’t go.".into()
            )
        );
        // An "Advertisement" line between the paragraphs is stepped over.
        let got = claims(
            "Tom Keller said the bill had the votes.\n\nAdvertisement\n\n“We are not going to wait for them.”",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[1], (Some("Tom Keller".into()), "We are not going to wait for them.".into()));
    }

    #[test]
    fn a_quotation_after_a_sentence_opened_by_a_name() {
        // "Luca Ferrandini shrugged. “They can do what they want.”" (in one paragraph), and "Jo
        // Bell, the mayor, was unrepentant." ⏎ "“We did what we had to do.”" (an appositive).
        let got = claims("Luca Ferrandini shrugged. “They can do what they want.”");
        assert_eq!(got, [(Some("Luca Ferrandini".into()), "They can do what they want.".into())]);
        let got = claims("Jo Bell, the mayor, was unrepentant.\n\n“We did what we had to do.”");
        assert_eq!(got, [(Some("Jo Bell".into()), "We did what we had to do.".into())]);
        // (A quotation running past its sentence belongs to its own attribution.)
        let got = claims("Ted Cruz smiled. “We should seize it. These are great people,” he said.");
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn quotation_paragraph_after_a_speech_event() {
        let got = claims(
            "Police Chief Maria Santos addressed reporters on Friday.\n\n“We will find whoever did this.”",
        );
        assert_eq!(got, [(Some("Maria Santos".into()), "We will find whoever did this.".into())]);
        // After a sentence opened by a person's name too: "Nurse Ama Boateng has worked nights
        // for a decade.", "John Hartley shrugged."; not after two sentences.
        let got = claims(
            "Nurse Ama Boateng has worked nights for a decade.\n\n“We are exhausted. Nobody listens.”",
        );
        assert_eq!(got, [(Some("Ama Boateng".into()), "We are exhausted. Nobody listens.".into())]);
        let got = claims("John Hartley shrugged.\n\n“If they want to ban me, let them.”");
        assert_eq!(got.len(), 1);
        let got = claims("Maria Santos spoke on Friday. Then she left.\n\n“We will find whoever did this.”");
        assert!(got.is_empty());
        // "The company's chief executive, Sandra Pell, struck a different tone.", "But Martin Goss,
        // chief economist at Redwell Capital, disagrees.": a description before the name, or a
        // conjunction.
        let got = claims("The company's chief executive, Sandra Pell, struck a different tone.\n\n“Our door remains open.”");
        assert_eq!(got, [(Some("Sandra Pell".into()), "Our door remains open.".into())]);
        let got = claims(
            "But Martin Goss, chief economist at Redwell Capital, disagrees.\n\n“The Bank will wait.”",
        );
        assert_eq!(got, [(Some("Martin Goss".into()), "The Bank will wait.".into())]);
        // "Iowa State University's Dianne Bystrom agreed.": a body's possessive before the name.
        let got = claims("Iowa State University's Dianne Bystrom agreed.\n\n“Time is running out.”");
        assert_eq!(got, [(Some("Dianne Bystrom".into()), "Time is running out.".into())]);
    }

    #[test]
    fn two_speakers_or_a_heading_before_are_not_safe() {
        let two = "Ann Ray said taxes would rise. Bob Cole said they would fall.\n\n“Nobody knows for sure what happens next.”";
        assert_eq!(claims(two).len(), 2);
        let heading =
            "Ann Ray said taxes would rise.\n\nWhat comes next\n\n“Nobody knows for sure what happens next.”";
        assert_eq!(claims(heading).len(), 1);
    }
}
