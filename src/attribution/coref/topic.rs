//! "Arthur Bellamy, 84, lost £9,000 to a man posing as a bank official. … The pensioner said he
//! felt foolish.": a description of what a person is ("the pensioner", "the teenager", "the
//! father of three") stands for the one person the last sentences named.

use crate::entities::EntityLabel;
use crate::lexicon::Gender;
use crate::text::TokenKind;
use crate::SpeakerKind;

use super::super::context::Context;
use super::super::mentions::{Mention, MentionKind};
use super::super::words;
use super::people::PersonIndex;
use super::referent::gender_by_first_name;
use super::Referent;

/// How many sentences before its own a description looks back for the person it describes.
const TOPIC_REACH: usize = 2;

/// The person "the" and a noun of [`words::PERSONAL_DESCRIPTIONS`] (a modifier or "of" and a
/// count allowed: "the Labour MP", "the father of three") stands for: the one person of its
/// gender, if it has one, named by a full name, outside quotations, from two sentences before the
/// description up to it.
pub(super) fn described_topic(
    ctx: &Context<'_, '_>,
    people: &PersonIndex<'_>,
    m: &Mention,
) -> Option<Referent> {
    if !matches!(m.kind, MentionKind::Common { kind: SpeakerKind::Person, plural: false })
        || !ctx.lower_is(m.tokens.start, "the")
        || words_outside_quotes(ctx, m) > MAX_DESCRIPTION_WORDS + aged(ctx, m)
    {
        return None;
    }
    let head = description_head(ctx, m)?;
    let said = ctx.lex.title(ctx.lower(head)).map(|(_, g)| g);
    let fits = |name: &str| match (said, gender_by_first_name(ctx, name)) {
        (Some(a @ (Gender::Male | Gender::Female)), Some(b @ (Gender::Male | Gender::Female))) => a == b,
        _ => true,
    };
    let name = only_person_named(ctx, people, m, fits)?;
    Some(Referent { name, kind: SpeakerKind::Person, plural: false })
}

/// Most words of a description outside quotation marks, an age aside.
const MAX_DESCRIPTION_WORDS: usize = 4;

/// The words of an age in `m` ("The 44-year-old actor": three), or none.
fn aged(ctx: &Context<'_, '_>, m: &Mention) -> usize {
    let (a, b) = (m.tokens.start, m.tokens.end);
    let old = (a + 2..b).any(|t| super::age_ends_at(ctx, t));
    if old {
        3
    } else {
        0
    }
}

/// The words of `m` outside quotation marks ("the “Jane The Virgin” actress": two).
fn words_outside_quotes(ctx: &Context<'_, '_>, m: &Mention) -> usize {
    let mut quoted = false;
    let mut n = 0;
    for t in m.tokens.clone() {
        match ctx.word(t) {
            "“" | "”" | "\"" | "‘" | "’" if ctx.kind(t) != TokenKind::Word => quoted = !quoted,
            _ if ctx.kind(t) == TokenKind::Word && !quoted => n += 1,
            _ => {}
        }
    }
    n
}

/// The token of the noun that says what the person is: the last word, or the word before "of"
/// and a count ("the father of three").
fn description_head(ctx: &Context<'_, '_>, m: &Mention) -> Option<usize> {
    let (a, b) = (m.tokens.start, m.tokens.end);
    let counted = b >= a + 4 && ctx.lower_is(b - 2, "of") && words::is_number_word(ctx.lower(b - 1));
    let head = if counted { b - 3 } else { b - 1 };
    let w = ctx.lower(head);
    let parent = matches!(w, "father" | "mother");
    ((words::is_personal_description(w) && !counted) || (counted && parent) || is_counted_compound(w))
        .then_some(head)
}

/// "mother-of-two", "father-of-three": the compound written with hyphens, one token's word.
fn is_counted_compound(w: &str) -> bool {
    w.split_once("-of-").is_some_and(|(p, n)| matches!(p, "father" | "mother") && words::is_number_word(n))
}

/// The one person of full name the description `fits` named, outside quotations, from
/// [`TOPIC_REACH`] sentences before `m` up to it; a name that opens on no first name and ends on
/// a common word is no person's ("Brackley North", which the recognizer took for one).
fn only_person_named(
    ctx: &Context<'_, '_>,
    people: &PersonIndex<'_>,
    m: &Mention,
    fits: impl Fn(&str) -> bool,
) -> Option<String> {
    let s = ctx.doc.sentence_at(m.span.start);
    let from = ctx.doc.sentences().get(s.saturating_sub(TOPIC_REACH))?.span.start;
    let text = ctx.doc.text();
    let mut found: Option<String> = None;
    // (Entities are in text order: only those of the reach are read.)
    let first = ctx.entities.partition_point(|e| e.span.start < from);
    let near = ctx.entities[first..].iter().take_while(|e| e.span.start < m.span.start);
    for e in near.filter(|e| e.label == EntityLabel::Person) {
        let t = ctx.doc.token_index_at(e.span.start);
        let end = ctx.doc.token_index_at(e.span.end);
        if ctx.in_quote(t) || beside_a_noun(ctx, t) && ctx.word(end) == "," {
            continue;
        }
        let name = people.canonical(e.span.as_str(text), e.span.start);
        let last = name.rsplit(' ').next().unwrap_or_default();
        let a_person =
            gender_by_first_name(ctx, &name).is_some() || name.contains(' ') && !ctx.lex.is_common_word(last);
        if !a_person || !fits(&name) || found.as_ref() == Some(&name) {
            continue;
        }
        if found.is_some() || !name.contains(' ') {
            return None;
        }
        found = Some(name);
    }
    found
}

/// "… he and his wife, interior designer Sasha Brandt, have separated": a name at token `t` set
/// off after a common noun, past a comma and any words in lower case or of a title (and closed by
/// a comma, which the caller tests), says who that noun is; it is not the one the story is about.
fn beside_a_noun(ctx: &Context<'_, '_>, t: usize) -> bool {
    let from = t.saturating_sub(4);
    (from..t)
        .rev()
        .take_while(|&u| !ctx.is_cap(u) || ctx.is_title_word(u))
        .find(|&u| ctx.word(u) == ",")
        .is_some_and(|c| {
            c > 0
                && ctx.kind(c - 1) == crate::text::TokenKind::Word
                && !ctx.is_cap(c - 1)
                && ctx.class(c - 1).is_none()
        })
}

#[cfg(test)]
mod tests {
    use super::super::super::words;
    use crate::attribution::context::test_support::speakers;

    #[test]
    fn every_description_is_a_person_noun() {
        let lex = crate::lexicon::Lexicons::default();
        for w in words::PERSONAL_DESCRIPTIONS.iter().filter(|w| **w != "mp") {
            assert_eq!(lex.speaker_noun(w), Some(crate::lexicon::NounKind::Person), "{w}");
        }
    }

    #[test]
    fn a_description_of_the_one_person_just_named() {
        let last = |text: &str| speakers(text).last().cloned();
        // "Arthur Bellamy, 84, lost £9,000 to a man posing as a bank official. … The pensioner
        // said …"
        let text = "Arthur Bellamy, 84, lost £9,000 to a man posing as a bank official. The money was \
                    taken in two transfers. The pensioner said he felt foolish.";
        assert_eq!(last(text).as_deref(), Some("Arthur Bellamy"));
        // "Oliver Brandt has confirmed he and his wife, interior designer Sasha Brandt, have
        // separated. ⏎ The 44-year-old actor, best known for …, told …": an age among the words,
        // and a name set off after a noun ("his wife, …,") is not the one the story is about.
        let text = "Oliver Brandt has confirmed he and his wife, interior designer Sasha Brandt, have \
                    separated.\n\nThe 44-year-old actor, best known for playing a detective, told The \
                    Sunday Times that the pair had grown apart.";
        assert_eq!(last(text).as_deref(), Some("Oliver Brandt"));
        // (A name after a fronted phrase and its comma is the sentence's subject: two people.)
        let text = "Oliver Brandt has confirmed the split. In a statement, Sasha Brandt thanked fans. The \
                    actor said the pair had grown apart.";
        assert_eq!(last(text).as_deref(), Some("The actor"));
        // "Darren Pike lost his job … The father of three said …"
        let text = "Darren Pike lost his job at the paper mill. The father of three said he had applied for 60 jobs.";
        assert_eq!(last(text).as_deref(), Some("Darren Pike"));
        // "Chloe Aldridge, 16, gave first aid to a man … The teenager said …" (each noun of the
        // list is a person noun of `data/speaker_nouns.tsv`).
        let text = "Chloe Aldridge, 16, gave first aid to a man on a train. He was later taken to \
                    hospital. The teenager said she had learned CPR at school.";
        assert_eq!(last(text).as_deref(), Some("Chloe Aldridge"));
        // "Gina Rodriguez became the victim of cyberbullying … the “Jane The Virgin” actress has
        // sounded off against …": a quoted title is one modifier.
        let text = "Gina Rodriguez became the victim of cyberbullying this year. Since then, the \
                    “Jane The Virgin” actress has said nobody should be asked that.";
        assert_eq!(last(text).as_deref(), Some("Gina Rodriguez"));
        // Not with two people named, nor one of the other gender, nor an official's description.
        let text = "Arthur Bellamy met Tom Hale. The pensioner said he felt foolish.";
        assert_eq!(last(text).as_deref(), Some("The pensioner"));
        let text = "Margaret Oyelaran waited 14 hours. The widower said he wanted answers.";
        assert_eq!(last(text).as_deref(), Some("The widower"));
        // (A place the recognizer took for a person's name, or a person of the other gender, is
        // no other candidate: "Margaret Oyelaran's husband, Felix, died … The widow said …".)
        let text = "Margaret Oyelaran's husband, Felix, died in Penhurst. The widow said she wanted answers.";
        assert_eq!(last(text).as_deref(), Some("Margaret Oyelaran"));
        let text = "Darren Pike admitted assault. The judge said he had shown remorse.";
        assert_eq!(last(text).as_deref(), Some("The judge"));
    }
}
