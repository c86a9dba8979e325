//! "A French farmer acquitted of assaulting a police officer said Wednesday he felt vindicated." ⏎
//! "Julien Marceau, 54, was cleared on Tuesday …": a story that opens on someone described and
//! names them in the sentences after, the name followed by an age. The description stands for
//! that person.

use crate::text::TokenKind;
use crate::SpeakerKind;

use super::super::context::Context;
use super::super::mentions::{Mention, MentionKind};
use super::super::words;
use super::people::PersonIndex;
use super::Referent;

/// How many sentences after the description the name may come.
const REVEAL_SENTENCES: usize = 3;

/// How many sentences after the description the name may come with a title holding its noun.
const TITLED_REVEAL_SENTENCES: usize = 8;

/// How many of a story's first sentences of [`LEDE_WORDS`] tokens or more open it (here, and for
/// "the company" of the story's opening, `referent.rs`).
pub(super) const LEDE_SENTENCES: usize = 2;

/// Fewest tokens of a sentence of the story's opening, not a headline's or a byline's.
pub(super) const LEDE_WORDS: usize = 10;

/// Most tokens after a revealed name's "who" in which its title comes ("Graham Pell, who was
/// deputy secretary of …").
const MAX_BEFORE_TITLE: usize = 4;

/// The person a singular description opening on "a" or "an" in the story's first two paragraphs
/// (or its first two long sentences, past a headline, a byline and a list of key points) stands
/// for: one named at the start of one of the next sentences, with an age after a comma
/// ("Julien Marceau, 54, …") or a title in a relative clause ("Graham Pell, who was deputy
/// secretary of the Department of Water Resources, …").
pub(super) fn named_after_lede(
    ctx: &Context<'_, '_>,
    people: &PersonIndex<'_>,
    m: &Mention,
) -> Option<Referent> {
    // (Asked of every claim's speaker: the mention's own words first.)
    // ("A former senior public servant": a head noun of an agent the lexicon does not list.)
    let head = ctx.lower(m.tokens.end - 1);
    let agent = words::has_agent_ending(head) || head.ends_with("ant") || head.ends_with("ent");
    let person = match m.kind {
        MentionKind::Common { kind: SpeakerKind::Person, plural: false } => true,
        MentionKind::Common { kind: SpeakerKind::Unknown, plural: false } => agent,
        _ => false,
    };
    let indefinite = matches!(ctx.lower(m.tokens.start), "a" | "an");
    // ("The Minister for Housing has said …": with "the", a title's noun.)
    let the_title = matches!(m.kind, MentionKind::Common { plural: false, .. })
        && ctx.lower_is(m.tokens.start, "the")
        && m.tokens.len() >= 2
        && ctx.lower_title(m.tokens.start + 1).is_some();
    if !(person && indefinite || the_title) {
        return None;
    }
    let si = ctx.doc.sentence_at(m.span.start);
    let sentences = ctx.doc.sentences();
    // ("A father-of-two who was killed when a branch fell … died as a result of an accident, a
    // coroner has concluded." ⏎ "Gareth Pennock, 42, …": the sentence opens on someone else
    // described, whom the name stands for.)
    let other_first = |s: &crate::text::Sentence| {
        s.tokens.start < m.tokens.start && matches!(ctx.word(s.tokens.start), "A" | "An")
    };
    if !in_lede(ctx, si) {
        return None;
    }
    // (A title holding the description's noun tells further on, and past someone else described
    // first: "…, a coroner has concluded." … "…, coroner Samuel Ireton said …".)
    if let Some(r) = titled_alike(
        ctx,
        people,
        m,
        &sentences[si + 1..(si + 1 + TITLED_REVEAL_SENTENCES).min(sentences.len())],
    ) {
        return Some(r);
    }
    if !indefinite || sentences.get(si).is_none_or(other_first) {
        return None;
    }
    let text = ctx.doc.text();
    let next = || sentences.iter().skip(si + 1).take(REVEAL_SENTENCES);
    next().find_map(|s| {
        let name = people.name_at(s.span.start)?;
        let t = ctx.doc.token_index_at(name.end);
        let aged = t + 2 < s.tokens.end && ctx.word(t) == "," && ctx.kind(t + 1) == TokenKind::Number;
        let titled = t + 2 < s.tokens.end
            && ctx.word(t) == ","
            && ctx.lower_is(t + 1, "who")
            && (t + 2..s.tokens.end.min(t + 2 + MAX_BEFORE_TITLE)).any(|u| ctx.title(u).is_some());
        (aged || titled).then(|| Referent {
            name: name.as_str(text).to_string(),
            kind: SpeakerKind::Person,
            plural: false,
        })
    })
}

/// Whether sentence `si` opens the story: in its first two paragraphs, or one of its first two
/// long sentences (past a headline, a byline and a list of key points).
pub(super) fn in_lede(ctx: &Context<'_, '_>, si: usize) -> bool {
    let sentences = ctx.doc.sentences();
    // (A story's sentence ends on its stop: not a headline's line, nor a byline's and its time
    // stamp, "By Jordan Pike ⏎ The Riverton Ledger ⏎ Oct 14, 2025 Updated 7 hrs ago".)
    let stopped = |s: &crate::text::Sentence| {
        (s.tokens.start..s.tokens.end).rev().take(2).any(|t| matches!(ctx.word(t), "." | "!" | "?"))
    };
    let long = |s: &crate::text::Sentence| {
        s.tokens.len() >= LEDE_WORDS && ctx.word(s.tokens.start) != "-" && stopped(s)
    };
    sentences.get(si).is_some_and(|s| s.paragraph <= 1)
        || sentences.iter().enumerate().filter(|(_, s)| long(s)).take(LEDE_SENTENCES).any(|(j, _)| j == si)
}

/// Most title words before a name that may carry the description's noun ("Circuit Judge").
const MAX_TITLE_WORDS: usize = 3;

/// "A Millbrook County judge on Monday temporarily blocked …" ⏎ "In a 22-page order, Circuit
/// Judge Patricia Eastman wrote …", "The Minister for Housing has said …" ⏎ "…, Cathal Brennock
/// said …" (who is "Minister Brennock" further on): the first person named in `sentences` whom
/// the story gives, somewhere, a title holding the description's noun ("judge", "minister").
fn titled_alike(
    ctx: &Context<'_, '_>,
    people: &PersonIndex<'_>,
    m: &Mention,
    sentences: &[crate::text::Sentence],
) -> Option<Referent> {
    let (first, last) = (sentences.first()?, sentences.last()?);
    let (from, to) = (first.span.start, last.span.end);
    let text = ctx.doc.text();
    // (The title's noun: the last before any preposition, "The Minister for Housing", "A
    // spokesman for … candidate Hillary Clinton".)
    let head_title =
        |t: usize| ctx.lower_title(t).is_some_and(|(class, _)| class == crate::lexicon::TitleClass::Head);
    let head = (m.tokens.start + 1..m.tokens.end)
        .take_while(|&t| ctx.lower_class(t) != Some(crate::lexicon::WordClass::Prep))
        .filter(|&t| head_title(t))
        .last();
    let noun = ctx.lower(head.unwrap_or(m.tokens.end - 1));
    let persons = |e: &&crate::entities::Entity| e.label == crate::entities::EntityLabel::Person;
    let titled = |name: &str| {
        ctx.entities.iter().filter(persons).any(|e| {
            let t = ctx.doc.token_index_at(e.span.start);
            (t.saturating_sub(MAX_TITLE_WORDS)..t)
                .rev()
                .take_while(|&u| ctx.is_cap(u) || ctx.lower_title(u).is_some())
                .any(|u| ctx.lower(u) == noun || crate::lexicon::same_office(ctx.lower(u), noun))
                && people.canonical_person(ctx, e.span.as_str(text), e.span.start).0 == name
        })
    };
    let start = ctx.entities.partition_point(|e| e.span.start < from);
    ctx.entities[start..]
        .iter()
        .take_while(|e| e.span.end <= to)
        .filter(persons)
        .map(|e| people.canonical_person(ctx, e.span.as_str(text), e.span.start).0)
        .find(|name| titled(name))
        .map(|name| Referent { name, kind: SpeakerKind::Person, plural: false })
}

#[cfg(test)]
mod tests {
    use crate::attribution::context::test_support::speakers;

    #[test]
    fn a_described_speaker_named_in_the_next_sentences() {
        // "A French farmer … said Wednesday he felt vindicated." ⏎ "Julien Marceau, 54, …"
        let text = "A French farmer acquitted of assaulting a police officer said Wednesday he felt \
                    vindicated.\n\nJulien Marceau, 54, was cleared by a court in Rennes on Tuesday.";
        assert_eq!(speakers(text), ["Julien Marceau"]);
        // Not without the age, nor a description with "the", nor later in the story.
        let text = "A French farmer said he felt vindicated.\n\nJulien Marceau was cleared on Tuesday.";
        assert_eq!(speakers(text), ["A French farmer"]);
        // Nor a description after another that opens the sentence: "A father-of-two … died …, a
        // coroner has concluded." ⏎ "Gareth Pennock, 42, …" is the father.
        let text = "A father-of-two died as a result of an accident, a coroner has concluded.\n\nGareth \
                    Pennock, 42, was walking his dog.";
        assert_eq!(speakers(text), ["a coroner"]);
    }

    #[test]
    fn a_described_speaker_named_with_the_same_title() {
        // "RIVERTON — A Millbrook County judge on Monday temporarily blocked …, ruling that …" ⏎
        // "In a 22-page order, Circuit Judge Patricia Eastman wrote …", under a headline and a
        // byline with its time stamp.
        let text = "Judge blocks the city's camping ban, citing lack of shelter beds\n\nBy Jordan Pike\n\
                    Oct 14, 2025 Updated 7 hrs ago\n\nRIVERTON — A county judge on Monday blocked the ban, \
                    ruling that it likely violates the constitution.\n\nIn a 22-page order, Circuit Judge \
                    Patricia Eastman wrote that the city had not shown enough beds.";
        assert_eq!(speakers(text), ["Patricia Eastman", "Patricia Eastman"]);
        // "The Minister for Housing has said …" ⏎ "…, Cathal Brennock said …" ⏎ "Minister
        // Brennock will meet …": the title anywhere in the story.
        let text = "The Minister for Housing has said the rate of the tax will be doubled next year.\n\n\
                    On the radio, Cathal Brennock said the rate was low.\n\nMinister Brennock will meet them.";
        assert_eq!(speakers(text), ["Cathal Brennock", "Cathal Brennock"]);
        // Further on, and past someone else described first: "A father-of-two … died as a result
        // of an accident, a coroner has concluded." … "…, coroner Samuel Ireton said …".
        let text = "A father-of-two died as a result of an accident, a coroner has concluded.\n\nGareth \
                    Pennock, 42, was walking his dog.\n\nThe branch fell.\n\nIt was decayed.\n\nThe park \
                    shut.\n\nRecording a conclusion of accidental death, coroner Samuel Ireton said he \
                    would write to the council.";
        assert_eq!(speakers(text), ["Samuel Ireton", "Samuel Ireton"]);
        // (Not someone of another title: "… Councillor Ann Hale said …".)
        let text = "The Minister for Housing has said the rate of the tax will be doubled next year.\n\n\
                    On the radio, Councillor Ann Hale said the rate was low.";
        assert_eq!(speakers(text), ["The Minister for Housing", "Ann Hale"]);
    }

    #[test]
    fn a_lede_after_a_list_of_key_points_and_a_name_with_its_title() {
        // "A former senior public servant has told a royal commission he was never shown legal
        // advice …" ⏎ "Graham Pell, who was deputy secretary of the Department of Water
        // Resources in 2019, gave evidence …", after a headline, a byline and key points.
        let text = "Former bureaucrat tells inquiry he was never shown advice\n\nBy Ellie Chambers\n\n\
                    Key points:\n- The department's former minister will give evidence next week\n\n\
                    A former senior public servant has told a royal commission he was never shown legal \
                    advice on the purchase.\n\nGraham Pell, who was deputy secretary of the Department of \
                    Water Resources in 2019, gave evidence on Tuesday.";
        assert_eq!(speakers(text), ["Graham Pell"]);
        // (Not a name whose relative clause gives no title: "John Reid, who was driving, …".)
        let text = "A witness told police he saw the crash.\n\nJohn Reid, who was driving the van, \
                    was taken to hospital.";
        assert_eq!(speakers(text), ["A witness"]);
    }
}
