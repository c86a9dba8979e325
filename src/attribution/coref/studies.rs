//! "According to a recent survey by Infotrak, 71 percent of Kenyans …", "HDB data showed …": a
//! study, survey, report or set of figures credited to a named body speaks for that body.

use crate::entities::{Entity, EntityLabel};
use crate::lexicon::WordClass;
use crate::text::TokenKind;
use crate::SpeakerKind;

use super::super::context::Context;
use super::super::mentions::{Mention, MentionKind};
use super::super::words;
use super::people::PersonIndex;
use super::referent::{without_article, Referent};

/// "The study, published in the journal Coral Reefs, tracked 60 sites. It found that …": "it"
/// opening its clause right after a sentence whose subject is a piece of research ("The study",
/// "A new report", an article and at most one word before the noun) stands for that research, as
/// written.
pub(super) fn research_it(ctx: &Context<'_, '_>, people: &PersonIndex<'_>, m: &Mention) -> Option<Referent> {
    if m.kind != MentionKind::Pronoun(super::super::mentions::Pronoun::It) {
        return None;
    }
    let si = ctx.doc.sentence_at(m.span.start);
    let here = ctx.doc.sentences().get(si)?;
    if m.tokens.start != ctx.dateline_end(here.tokens.start, m.tokens.start.max(here.tokens.start + 1)) {
        return None;
    }
    let prev = ctx.doc.sentences().get(si.checked_sub(1)?)?;
    let a = ctx.dateline_end(prev.tokens.start, prev.tokens.end);
    if ctx.lower_class(a) != Some(WordClass::Det) {
        return None;
    }
    let noun = (a + 1..prev.tokens.end.min(a + 3)).find(|&t| words::is_research_noun(ctx.lower(t)))?;
    let plain = (a + 1..noun).all(|t| ctx.kind(t) == TokenKind::Word && !ctx.is_cap(t));
    let singular = !ctx.lower(noun).ends_with('s');
    if !(plain && singular && !ctx.is_cap(noun)) {
        return None;
    }
    // ("The report, …, found that …. It says …": the author credited before, if any.)
    let subject = Mention {
        span: ctx.span(a, noun + 1),
        tokens: a..noun + 1,
        kind: MentionKind::Common { kind: SpeakerKind::Organization, plural: false },
        role: None,
        place_kind: None,
    };
    if let Some(e) = credited_before(ctx, &subject) {
        return Some(issuer(ctx, people, m, e));
    }
    Some(Referent {
        name: ctx.span(a, noun + 1).as_str(ctx.doc.text()).to_string(),
        kind: SpeakerKind::Organization,
        plural: false,
    })
}

/// The body or person a described study (`m`) is credited to: named after "by" or "from" inside
/// the description ("a recent survey by Infotrak", "flash estimates released by HDB on Oct 1",
/// "a report from the SITE Intelligence Group"), or as its modifier ("HDB data", "a Gallup poll").
/// Initials stand for the body they were given for ("(HDB)").
pub(super) fn study_issuer(ctx: &Context<'_, '_>, people: &PersonIndex<'_>, m: &Mention) -> Option<Referent> {
    if let Some(e) = owner_of_document(ctx, m).or_else(|| credited_before(ctx, m)) {
        return Some(issuer(ctx, people, m, e));
    }
    if let Some(owner) = described_owner(ctx, m) {
        return Some(Referent { name: owner.to_string(), kind: SpeakerKind::Organization, plural: false });
    }
    if !matches!(m.kind, MentionKind::Common { .. }) {
        return None;
    }
    let (a, b) = (m.tokens.start, m.tokens.end);
    // (The description's head, before any preposition, and last of its noun words: not "four
    // voters in a New York Times poll", "a longtime GOP data expert".)
    // ("according to an internal memo from CEO Marcus Vell": a document too, in lower case, with
    // its author after "from" or "by"; not "a Huffington Post review".)
    let document = |t: usize| {
        words::is_document_noun(ctx.lower(t))
            && !ctx.is_cap(t)
            && t + 1 < b
            && matches!(ctx.lower(t + 1), "from" | "by")
    };
    let head = (a..b)
        .take_while(|&t| ctx.lower_class(t) != Some(WordClass::Prep))
        .find(|&t| words::is_study_noun(ctx.lower(t)) || document(t))?;
    let noun_after = head + 1 < b
        && ctx.kind(head + 1) == TokenKind::Word
        && ctx.lower_class(head + 1).is_none()
        && !ctx.is_cap(head + 1)
        && !ctx.lower(head + 1).ends_with("ed");
    if noun_after {
        return None;
    }
    // (Or the name ending the description after words that describe it: "a study by the liberal
    // watchdog group Media Matters", "a survey conducted by independent analyst Elena Sadovskaya".)
    let after_by = (head + 1..b).find(|&t| matches!(ctx.lower(t), "by" | "from")).and_then(|t| {
        let name = if ctx.lower_is(t + 1, "the") { t + 2 } else { t + 1 };
        let right_after =
            (name < b).then(|| ctx.entity(name)).flatten().filter(|e| e.span.start == ctx.byte(name));
        right_after.or_else(|| {
            ctx.entity(b - 1).filter(|e| e.span.start > ctx.byte(t) && e.span.end == ctx.span(b - 1, b).end)
        })
    });
    // ("HDB data", "the ZEW survey": a body's name right before the noun.)
    // (Not "some GOP figures", people.)
    let modifier = || {
        (head > a && !ctx.lower_is(head, "figures"))
            .then(|| ctx.entity(head - 1))
            .flatten()
            .filter(|e| e.label == EntityLabel::Organization && e.span.start >= ctx.byte(a))
    };
    let e = after_by.or_else(modifier)?;
    if !matches!(e.label, EntityLabel::Organization | EntityLabel::Person) {
        return None;
    }
    Some(issuer(ctx, people, m, e))
}

/// "The Grattan Institute's latest report found …", "Eskom's statement said …": a body's
/// possessive before a study or a document that ends the mention `m`.
fn owner_of_document<'c>(ctx: &'c Context<'_, '_>, m: &Mention) -> Option<&'c Entity> {
    if matches!(m.kind, MentionKind::Pronoun(_) | MentionKind::Outlet(_)) {
        return None;
    }
    let (a, b) = (m.tokens.start, m.tokens.end);
    let last = ctx.lower(b.checked_sub(1)?);
    if !(words::is_study_noun(last) || words::is_document_noun(last)) {
        return None;
    }
    // The possessive's "s", up to three words before the noun.
    let s =
        (a + 2..b - 1).rev().take(4).find(|&t| ctx.word(t) == "s" && matches!(ctx.word(t - 1), "'" | "’"))?;
    // (A body's one-word name may have been read as a person's: "Eskom".)
    let e = ctx.entity(s - 2).filter(|e| {
        matches!(e.label, EntityLabel::Organization | EntityLabel::Person) && ctx.may_be_body(e)
    })?;
    (ctx.doc.token_index_at(e.span.end) == s - 1).then_some(e)
}

/// "According to the ministry's report, …", "the agency's latest figures show …": a body
/// described (an article and a body's noun, no name) whose possessive opens the mention `m` of a
/// study or a document; the description, as written.
fn described_owner<'t>(ctx: &Context<'_, 't>, m: &Mention) -> Option<&'t str> {
    let (a, b) = (m.tokens.start, m.tokens.end);
    let last = ctx.lower(b.checked_sub(1)?);
    if !matches!(m.kind, MentionKind::Common { .. })
        || !(words::is_study_noun(last) || words::is_document_noun(last))
    {
        return None;
    }
    // "the ministry" + "’s": the article, the body's noun and the possessive mark.
    let body = a + 1;
    let plain = ctx.lower_is(a, "the") && body + 2 < b && ctx.possessive_s(body + 1, b);
    (plain && !ctx.is_cap(body) && ctx.lower_noun(body) == Some(crate::lexicon::NounKind::Organization))
        .then(|| ctx.span(a, body + 1).as_str(ctx.doc.text()))
}

/// How many sentences back a study credited to its author may lie.
const CREDITED_REACH: usize = 6;

/// Most tokens between a study's noun and the "by" or "from" before its author ("a report
/// published today by …").
const MAX_BEFORE_BY: usize = 4;

/// "… according to a report published today by Harvest Justice International (HJI)." ⏎ "The
/// report, “Empty Plates, Rising Heat”, found that …": "the" and a study's noun stand for the
/// author named after "by" or "from" when the same noun brought the study in ("a report", "a new
/// study") in the sentences before.
fn credited_before<'c>(ctx: &'c Context<'_, '_>, m: &Mention) -> Option<&'c Entity> {
    let (a, b) = (m.tokens.start, m.tokens.end);
    if !matches!(m.kind, MentionKind::Common { plural: false, .. }) || b != a + 2 || !ctx.lower_is(a, "the") {
        return None;
    }
    let noun = ctx.lower(a + 1);
    if !words::is_study_noun(noun) {
        return None;
    }
    let si = ctx.doc.sentence_at(m.span.start);
    let from = ctx.doc.sentences().get(si.saturating_sub(CREDITED_REACH))?.tokens.start;
    let indefinite = |t: usize| (t.saturating_sub(2)..t).any(|u| matches!(ctx.lower(u), "a" | "an"));
    let brought_in = (from..a).rev().find(|&t| ctx.lower(t) == noun && indefinite(t))?;
    let by = (brought_in + 1..a.min(brought_in + 1 + MAX_BEFORE_BY))
        .take_while(|&t| ctx.kind(t) == TokenKind::Word)
        .find(|&t| matches!(ctx.lower(t), "by" | "from"))?;
    let name = if ctx.lower_is(by + 1, "the") { by + 2 } else { by + 1 };
    // (Not a name's possessive: "a report from the State Department's inspector general".)
    ctx.entity(name).filter(|e| {
        let end = ctx.doc.token_index_at(e.span.end);
        e.span.start == ctx.byte(name)
            && matches!(e.label, EntityLabel::Organization | EntityLabel::Person)
            && !(end + 1 < ctx.doc.tokens().len()
                && matches!(ctx.word(end), "'" | "’")
                && ctx.lower_is(end + 1, "s"))
    })
}

/// The referent of the body or person `e` a study or document `m` is credited to.
fn issuer(ctx: &Context<'_, '_>, people: &PersonIndex<'_>, m: &Mention, e: &Entity) -> Referent {
    let written = without_article(e.span.as_str(ctx.doc.text()));
    let initials = written.len() <= 8 && written.bytes().all(|b| b.is_ascii_uppercase());
    let name = if initials { people.body_of_acronym(ctx, written).unwrap_or(written) } else { written };
    // (A person's name is two words or more, as written or as named before: "a study by Michael
    // Greenstone", "Pence's press release"; a one-word name of no one named is a body's: "Eskom".)
    let full =
        if e.label == EntityLabel::Person { people.canonical(name, m.span.start) } else { name.to_string() };
    let kind = if full.contains(' ') && e.label == EntityLabel::Person {
        SpeakerKind::Person
    } else {
        SpeakerKind::Organization
    };
    Referent { name: full, kind, plural: false }
}

#[cfg(test)]
mod tests {
    use crate::attribution::context::test_support::speakers;

    #[test]
    fn a_described_bodys_document_speaks_for_the_body() {
        // "According to the Controller of Budget’s report …", "According to the school’s Facebook
        // post, …": the body described, not its document.
        let text = "According to the ministry's report, the county spent only 9 per cent of its budget.";
        assert_eq!(speakers(text), ["the ministry"]);
    }

    #[test]
    fn a_memo_from_a_person_speaks_for_its_author() {
        // "The cuts hit the sales teams hardest, according to an internal memo from CEO Marcus Vell.
        // TechCrunch has reviewed a copy of the memo. Affected employees will receive 12 weeks of
        // severance pay, the memo said."
        let text =
            "The cuts hit the sales teams hardest, according to an internal memo from CEO Marcus Vell. \
                    TechCrunch has reviewed a copy of the memo.\n\n“This is the hardest decision I have \
                    made,” Vell wrote. “We grew too fast.”\n\nAffected employees will receive 12 weeks \
                    of severance pay, the memo said.";
        assert_eq!(speakers(text), ["Marcus Vell", "Marcus Vell", "Marcus Vell", "Marcus Vell"]);
        // (Not an outlet's name ending in a document noun: "a Huffington Post review".)
        let text = "Rents rose, according to a Huffington Post review of the filings.";
        assert_eq!(speakers(text), ["Huffington Post"]);
    }

    #[test]
    fn the_study_credited_before_speaks_for_its_author() {
        // "… according to a report published today by Harvest Justice International (HJI)." ⏎
        // "The report, “Empty Plates, Rising Heat”, found that …" ⏎ "It says …".
        let text = "Malnutrition rose by a third, according to a report published today by Harvest Justice \
                    International.\n\nThe report found that 4.8 million children were malnourished. It says \
                    the rise was driven by drought.";
        assert_eq!(speakers(text), ["Harvest Justice International"; 3]);
        // (Not a body's possessive: "a report from the State Department's inspector general".)
        let text = "It was wrong, according to a report from the State Department's inspector general. \
                    The report found it was part of a long-standing problem.";
        assert_ne!(speakers(text).last().map(String::as_str), Some("State Department"));
    }

    #[test]
    fn a_study_by_a_named_body_speaks_for_it() {
        // "According to a recent survey by Infotrak, 71 percent of Kenyans opposed …"
        let text = "According to a recent survey by Infotrak, 71 percent of Kenyans opposed the plan.";
        assert_eq!(speakers(text), ["Infotrak"]);
        let text = "A report by the Grattan Institute found that one in five renters skipped meals.";
        assert_eq!(speakers(text), ["Grattan Institute"]);
        // Initials given before stand for the body; a body's name as the modifier.
        let text = "Resale prices of Housing and Development Board (HDB) flats rose. HDB data showed \
                    that 241 flats sold for $1 million.";
        assert_eq!(speakers(text), ["Housing and Development Board"]);
        // "…, figures released by the Australian Bureau of Statistics show."; a description
        // before the name: "a study by the liberal watchdog group Media Matters".
        let text =
            "Writing skills have fallen, figures released by the Australian Bureau of Statistics show.";
        assert_eq!(speakers(text), ["Australian Bureau of Statistics"]);
        let text = "A study by the liberal watchdog group Media Matters found that he got twice the airtime.";
        assert_eq!(speakers(text), ["Media Matters"]);
        // A body's possessive: "The Grattan Institute's latest report found …".
        let text = "The Grattan Institute's latest report found that renters skipped meals.";
        assert_eq!(speakers(text), ["Grattan Institute"]);
        // (A study of no named body keeps its words.)
        let text = "The study found that walking helps.";
        assert_eq!(speakers(text), ["The study"]);
    }
}
