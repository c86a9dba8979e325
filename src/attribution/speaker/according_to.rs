//! "according to X", "as reported by X": the source follows the cue.

use crate::cues::CueMatch;
use crate::entities::EntityLabel;
use crate::lexicon::{NounKind, WordClass};
use crate::text::TokenKind;

use super::super::context::{Bounds, Context};
use super::super::mentions::{
    appositive_after, common_kind, plain_np, pronoun_mention, right_np, Mention, MentionKind, Pronoun,
};
use super::super::words;
use super::frame::Frame;
use super::inverted::{body_to_clause_end, named_after_description};

/// The frame of "according to" (or "as reported by") in sentence `b`.
pub(super) fn frame(ctx: &Context<'_, '_>, cue: &CueMatch, b: Bounds) -> Frame {
    let (g, s0, s1) = (cue.group_start, b.start, b.end);
    let after_cue = cue.tokens.end;
    let mut np = source_phrase(ctx, after_cue, s1);
    // "According to Smith, the talks had failed.": opening a clause, an appositive must close
    // with a comma, or it is the content.
    let opens_clause = g == s0
        || !matches!(ctx.word(g - 1), "," | "—" | "–" | ";")
        || g >= s0 + 2 && matches!(ctx.class(g - 2), Some(WordClass::Subord | WordClass::Conj));
    // ("…, according to his daughter, Clara Brandt-Ito.": the name after the description; not
    // opening a clause, where the name may be the content's subject: "According to an FBI summary,
    // Cheryl Mills, a top aide, sent …".)
    // ("According to his lawyer, Mina Dragan, the man is innocent": opening a clause, the name is
    // the source's when a subject and its verb follow its comma.)
    let clause_after = |b: usize| {
        b + 2 < s1
            && ctx.word(b) == ","
            && ctx.subject_starts(b + 1)
            && right_np(ctx, b + 1, s1).is_some_and(|m| ctx.verb_follows(m.tokens.end, m.tokens.end + 1))
    };
    let mut named_end = None;
    if let Some((named, b)) = np
        .as_ref()
        .and_then(|m| named_after_description(ctx, m, m.tokens.end, s1))
        .filter(|&(_, b)| !opens_clause || clause_after(b))
    {
        np = Some(named);
        named_end = Some(b);
    }
    let after = match np.as_mut() {
        Some(m) => {
            let end = named_end.unwrap_or(m.tokens.end);
            let after = appositive_after(ctx, m, end, s1);
            // ("According to the poll, most voters remain undecided, so …": a stretch that a
            // conjunction follows was the content, not an appositive.)
            let conjunction_after = after < s1 && words::is_clause_link(ctx.lower(after));
            // ("According to the FIR, the printing press employee, identified as Rohit Saini,
            // photographed …": nor one a participle follows, the subject's own appositive.)
            let participle_after = after < s1 && after > end + 1 && past_participle(ctx, after);
            if opens_clause
                && (after >= s1 || ctx.word(after - 1) != "," || conjunction_after || participle_after)
            {
                // (A description the name came after stays its role: "his lawyer, Mina Dragan".)
                if named_end.is_none() {
                    m.role = None;
                }
                phrase_to_comma(ctx, end, s1)
            } else {
                after
            }
        }
        None => after_cue,
    };
    let after = to_closing_comma(ctx, g, s0, s1, after, np.as_mut());
    Frame { cluster: g..after, after, speaker: np.map(|m| without_participle(ctx, m)) }
}

/// Whether token `t` is a past participle in lower case ("identified", "known", "seen").
fn past_participle(ctx: &Context<'_, '_>, t: usize) -> bool {
    let w = ctx.lower(t);
    !ctx.is_cap(t)
        && (w.len() > 3 && w.ends_with("ed") && ctx.lower_class(t).is_none() || words::is_irregular_past(w))
}

/// Most words between an opening source and its comma ("According to a University of Texas poll
/// out Thursday, …").
const MAX_PHRASE_TAIL: usize = 8;

/// "According to a University of Texas poll out Thursday, the senator leads", "According to the
/// report released Friday, …": words after the source's noun phrase, up to a near comma with no
/// clause between, still belong to the opening phrase; the content starts after the comma.
fn phrase_to_comma(ctx: &Context<'_, '_>, end: usize, s1: usize) -> usize {
    if end >= s1 || ctx.word(end) == "," {
        return end;
    }
    let participle = |t: usize| t == end && ctx.lower(t).ends_with("ed") && !ctx.is_cap(t);
    (end..s1.min(end + MAX_PHRASE_TAIL + 1))
        .take_while(|&t| ctx.word(t) == "," || !ctx.clause_word(t) || participle(t))
        .find(|&t| ctx.word(t) == ",")
        .unwrap_or(end)
}

/// The phrase "according to" names at `start`: a person, body or outlet, or any noun phrase
/// ("according to FEC filings"). A name that goes on into a longer phrase is part of it
/// ("according to an online University of Texas poll": "of" goes on too).
fn source_phrase(ctx: &Context<'_, '_>, start: usize, s1: usize) -> Option<Mention> {
    if let Some(m) = issuer(ctx, start, s1) {
        return Some(m);
    }
    // ("According to him, …": the object form stands for a person named before.)
    // ("according to her lawyers": a possessive "her" opens a noun phrase.)
    let alone = start + 1 >= s1 || matches!(ctx.word(start + 1), "," | "." | ";" | ")" | "—" | "–");
    if let Some(p) = Pronoun::object_at(ctx, start).filter(|_| alone) {
        return Some(pronoun_mention(ctx, start, p));
    }
    // ("According to the Controller of Budget’s report for the first half of the year, …": a
    // name's possessive goes on with what it owns.)
    let np = match right_np(ctx, start, s1) {
        Some(m) if ctx.possessive_s(m.tokens.end, s1.min(m.tokens.end + 3)) => Some(owned(ctx, start, m, s1)),
        Some(m)
            if m.tokens.end < s1
                && ctx.kind(m.tokens.end) == TokenKind::Word
                && (ctx.class(m.tokens.end).is_none()
                    || ctx.lower_is(m.tokens.end, "of") && !ctx.is_cap(m.tokens.start)) =>
        {
            plain_np(ctx, start, s1).or(Some(m))
        }
        Some(m) => Some(for_body(ctx, m, s1)),
        None => plain_np(ctx, start, s1),
    };
    np.map(|m| described_name(ctx, m)).map(|m| source_edges(ctx, m, s1))
}

/// "According to the Controller of Budget’s report for the first half of the year, …": the name
/// `m` (from `start`) before a possessive, with the words it owns up to a function word or
/// punctuation, is a phrase of its own (what follows is the opening phrase's tail).
fn owned(ctx: &Context<'_, '_>, start: usize, m: Mention, s1: usize) -> Mention {
    const MAX_OWNED: usize = 4;
    let from = m.tokens.end + 2;
    let end = (from..s1.min(from + MAX_OWNED))
        .find(|&t| ctx.kind(t) != TokenKind::Word || ctx.class(t).is_some())
        .unwrap_or(s1.min(from + MAX_OWNED));
    if end == from {
        return m;
    }
    plain_np(ctx, start, end).unwrap_or(m)
}

/// "according to a spokesperson for Harbour Lines": a person's noun and "for" with a body's name
/// after it, up to the clause's end; the whole phrase is the source, as after "said".
fn for_body(ctx: &Context<'_, '_>, mut m: Mention, s1: usize) -> Mention {
    let b = m.tokens.end;
    let person = matches!(m.kind, MentionKind::Common { kind: crate::SpeakerKind::Person, .. });
    if !person || b + 1 >= s1 || !ctx.lower_is(b, "for") {
        return m;
    }
    let Some(end) = body_to_clause_end(ctx, b, s1, |e| ctx.may_name_body(e), false) else { return m };
    m.span = ctx.span(m.tokens.start, end);
    m.tokens = m.tokens.start..end;
    m
}

/// "according to customs data released on Friday", "the initial schedule published Thursday": a
/// past participle and its phrase say when or where the source appeared; the source is the noun
/// phrase before it (the phrase stays in the attribution). Not an agent's ("exit polls reported by
/// CNN"), nor a verb with its own subject ("figures her campaign released Friday").
fn without_participle(ctx: &Context<'_, '_>, mut m: Mention) -> Mention {
    let (a, b) = (m.tokens.start, m.tokens.end);
    if matches!(m.kind, MentionKind::Entity(_) | MentionKind::Outlet(_) | MentionKind::Pronoun(_)) {
        return m;
    }
    let participle = (a + 2..b).find(|&t| {
        let w = ctx.lower(t);
        w.len() > 4
            && w.ends_with("ed")
            && !ctx.is_cap(t)
            && ctx.lower_class(t).is_none()
            && matches!(ctx.lower_class(t + 1), Some(WordClass::Prep | WordClass::Time))
            && !(t + 1..b).any(|u| ctx.lower_is(u, "by"))
            && ctx.kind(t - 1) == TokenKind::Word
            && ctx.lower_class(t - 1).is_none()
            && !matches!(ctx.lower_noun(t - 1), Some(NounKind::Person | NounKind::Group))
            && (t - 2 == a || !matches!(ctx.lower_class(t - 2), Some(WordClass::Det | WordClass::Poss)))
    });
    if let Some(p) = participle {
        m.span = ctx.span(a, p);
        m.tokens = a..p;
    }
    m
}

/// Longest "familiar with …" or "close to …" phrase after the source's noun, in tokens.
const MAX_FAMILIAR_WORDS: usize = 8;

/// "according to two officials who have spoken with him": a relative pronoun is no part of the
/// source; "according to a person familiar with the negotiations", "a person close to him": the
/// phrase goes on to its end.
fn source_edges(ctx: &Context<'_, '_>, mut m: Mention, s1: usize) -> Mention {
    let (a, mut b) = (m.tokens.start, m.tokens.end);
    if b > a + 1 && matches!(ctx.lower(b - 1), "who" | "which" | "that") {
        b -= 1;
    } else if b > a + 1 && b < s1 && words::is_familiarity(ctx.lower(b - 1), ctx.lower(b)) {
        b = (b + 1..s1.min(b + 1 + MAX_FAMILIAR_WORDS))
            // (Not a relative clause after it: "a person familiar with the deal who asked not to
            // be named because …".)
            .find(|&t| matches!(ctx.word(t), "," | "." | ";" | ":" | "—" | "–" | ")" | "who" | "which"))
            .unwrap_or(s1.min(b + 1 + MAX_FAMILIAR_WORDS));
    } else {
        return familiar_people(ctx, m);
    }
    m.span = ctx.span(a, b);
    m.tokens = a..b;
    familiar_people(ctx, m)
}

/// "… according to people familiar with the matter. No decision has been made, they said": in a
/// phrase of people who know ("familiar with", "with knowledge of"), the noun before the
/// adjective is its head, and says who they are (so that "they" finds them), not the last word.
fn familiar_people(ctx: &Context<'_, '_>, mut m: Mention) -> Mention {
    let (a, b) = (m.tokens.start, m.tokens.end);
    if !matches!(m.kind, MentionKind::Common { kind: crate::SpeakerKind::Unknown, .. }) {
        return m;
    }
    let adjective =
        (a + 1..b.saturating_sub(1)).find(|&t| words::is_familiarity(ctx.lower(t), ctx.lower(t + 1)));
    if let Some(t) = adjective {
        let noun = if t >= a + 2 && ctx.lower_is(t - 1, "with") { t - 2 } else { t - 1 };
        m.kind = common_kind(ctx, noun);
    }
    m
}

/// "according to the property portal Zoopla", "according to the research firm Gartner": a
/// description in lower case before a name ending the phrase; the name is the source.
fn described_name(ctx: &Context<'_, '_>, m: Mention) -> Mention {
    let (a, b) = (m.tokens.start, m.tokens.end);
    // ("according to market research firm Kantar", "according to consultancy Seaview Analytics":
    // with no article, the description ends on a noun of a speaker.)
    let the = ctx.lower_is(a, "the");
    if !matches!(m.kind, MentionKind::Common { .. }) || b < a + 2 + usize::from(the) {
        return m;
    }
    let Some(ent) = ctx.entity(b - 1).filter(|e| e.span.end == m.span.end) else { return m };
    let e = ctx.doc.token_index_at(ent.span.start);
    let first = a + usize::from(the);
    let speaker_noun = the || e > a && ctx.lower_noun(e - 1).is_some();
    let described = e > first
        && speaker_noun
        && (first..e)
            .all(|t| ctx.kind(t) == TokenKind::Word && !ctx.is_cap(t) && (the || ctx.class(t).is_none()));
    if !described || !matches!(ent.label, EntityLabel::Person | EntityLabel::Organization) {
        return m;
    }
    let kind = MentionKind::Entity(ent.label);
    Mention { span: ent.span, tokens: e..b, kind, role: None, place_kind: None }
}

/// "according to a statement from the Interior Ministry", "according to a news release from
/// Harrow Foods", "according to a statement released on Friday by the Ministry of Foreign
/// Affairs": the body that issued the statement is the source, not the paper.
fn issuer(ctx: &Context<'_, '_>, start: usize, s1: usize) -> Option<Mention> {
    let noun = (start..s1.min(start + 4))
        .take_while(|&t| ctx.kind(t) == TokenKind::Word)
        .find(|&t| words::is_speech_act_noun(ctx.lower(t)) || words::is_study_noun(ctx.lower(t)))?;
    // (A participle and a time or a place may come between: "released on Friday by", "figures
    // presented at the meeting by the city's public health department".)
    let participle = noun + 1 < s1 && ctx.lower(noun + 1).ends_with("ed") && !ctx.is_cap(noun + 1);
    // ("according to a report released Tuesday by Auditor General Meredith Lowe": a study's
    // author only past its participle; "a report by …" is read as a study's.)
    if !participle && !words::is_speech_act_noun(ctx.lower(noun)) {
        return None;
    }
    let by = if participle {
        let phrase_word = |t: usize| {
            matches!(ctx.lower_class(t), Some(WordClass::Prep | WordClass::Time | WordClass::Det))
                || t > noun + 2 && ctx.plain_word(t)
        };
        (noun + 2..s1.min(noun + 7)).take_while(|&t| phrase_word(t)).find(|&t| ctx.lower_is(t, "by"))?
    } else {
        noun + 1
    };
    if by + 1 >= s1 || !matches!(ctx.lower(by), "from" | "by") {
        return None;
    }
    right_np(ctx, by + 1, s1).filter(|m| !matches!(m.kind, MentionKind::Pronoun(_)))
}

/// "For Trump, according to a person close to the process, the speech is a test": set off
/// mid-sentence, the source runs to its closing comma even where the phrase scan stopped (a
/// common noun phrase grows to it).
fn to_closing_comma(
    ctx: &Context<'_, '_>,
    g: usize,
    s0: usize,
    s1: usize,
    after: usize,
    np: Option<&mut Mention>,
) -> usize {
    let set_off = g > s0 && matches!(ctx.word(g - 1), "," | "—" | "–");
    if !set_off || after >= s1 || ctx.word(after) == "," {
        return after;
    }
    let close = (after..s1.min(after + 12)).find(|&t| matches!(ctx.word(t), "," | "—" | "–"));
    let Some(c) = close.filter(|&c| !(after..c).any(|t| ctx.clause_word(t))) else { return after };
    if let Some(m) = np.filter(|m| matches!(m.kind, MentionKind::Common { .. })) {
        m.tokens.end = c;
        m.span = ctx.span(m.tokens.start, c);
    }
    c
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{speaker_of, who};
    use crate::attribution::context::test_support::contents;

    #[test]
    fn they_after_people_familiar_with_the_matter() {
        use crate::attribution::context::test_support::speakers;
        // "… according to people familiar with the matter, who asked not to be identified …. No
        // decision has been made, they said."
        let text = "The firm is weighing contractors, according to people familiar with the matter. No \
                    decision has been made, they said.";
        assert_eq!(speakers(text), ["people familiar with the matter", "people familiar with the matter"]);
    }

    #[test]
    fn a_spokesperson_for_a_body() {
        // "…, according to a spokesperson for Harbour Lines."
        let text = "Three ferries were cancelled, according to a spokesperson for Harbour Lines.";
        assert_eq!(who(text, "according to").as_deref(), Some("a spokesperson for Harbour Lines"));
        let text = "According to a spokesman for the Port of Dover, ferries were late.";
        assert_eq!(who(text, "According to").as_deref(), Some("a spokesman for the Port of Dover"));
    }

    #[test]
    fn a_described_name_with_no_article_and_an_abbreviated_place() {
        // "…, according to market research firm Kantar."; "according to consultancy Seaview
        // Analytics"; not a name alone.
        let text = "Own-label sales rose to 38%, according to market research firm Kantar.";
        assert_eq!(who(text, "according to").as_deref(), Some("Kantar"));
        let text = "Transit times rose to 48 days, according to consultancy Seaview Analytics.";
        assert_eq!(who(text, "according to").as_deref(), Some("Seaview Analytics"));
        // "according to U.S. officials": the stops of the abbreviation are no end.
        let text = "The strike killed 12 people, according to U.S. officials.";
        assert_eq!(who(text, "according to").as_deref(), Some("U.S. officials"));
    }

    #[test]
    fn source_after_according_to() {
        // "according to FEC filings", "according to Smith, the talks had failed".
        assert_eq!(
            who("Donations rose, according to FEC filings.", "according to").as_deref(),
            Some("FEC filings")
        );
        let got = speaker_of("According to John Smith, the talks had failed.", "According to");
        assert_eq!(got, Some(("John Smith".into(), None)));
        // "according to two officials who have spoken with him", "a person familiar with …".
        let text = "It works, according to two officials who have spoken with him.";
        assert_eq!(who(text, "according to").as_deref(), Some("two officials"));
        let text = "The deal is close, according to a person familiar with the negotiations.";
        assert_eq!(who(text, "according to").as_deref(), Some("a person familiar with the negotiations"));
        let text =
            "It is worth $2bn, according to a person familiar with the deal who asked not to be named.";
        assert_eq!(who(text, "according to").as_deref(), Some("a person familiar with the deal"));
    }

    #[test]
    fn an_opening_source_runs_to_its_comma() {
        // "According to a University of Texas poll out Thursday, the senator leads."
        let text = "According to a University of Texas poll out Thursday, the senator leads.";
        assert_eq!(contents(text), ["the senator leads"]);
        // "According to the Controller of Budget’s report for the first half of the financial
        // year, the county spent only 9 per cent …": a name's possessive and what it owns, then a
        // longer tail.
        let text =
            "According to the Controller of Budget’s report for the first half of the financial year, \
                    the county spent only 9 per cent of its budget.";
        assert_eq!(contents(text), ["the county spent only 9 per cent of its budget"]);
        let speaker = speaker_of(text, "According to").map(|s| s.0);
        assert_eq!(speaker.as_deref(), Some("the Controller of Budget’s report"));
        // "According to the poll, most voters remain undecided, so late movement could help."
        let text = "According to the poll, most voters remain undecided, so late movement could help.";
        assert_eq!(speaker_of(text, "According to"), Some(("the poll".into(), None)));
        assert_eq!(contents(text), ["most voters remain undecided, so late movement could help"]);
    }

    #[test]
    fn the_name_after_a_description() {
        // "…, according to his daughter, Clara Brandt-Ito."
        let text = "The cause was cancer, according to his daughter, Clara Brandt-Ito.";
        assert_eq!(
            speaker_of(text, "according to"),
            Some(("Clara Brandt-Ito".into(), Some("his daughter".into())))
        );
        let text = "The plant will close, according to its spokesman, Tom Reyes, who declined to say more.";
        assert_eq!(contents(text), ["The plant will close"]);
        // Opening the sentence, the name may be the content's subject.
        let text = "According to an FBI summary, Cheryl Mills, a top aide, sent the email.";
        assert_eq!(contents(text), ["Cheryl Mills, a top aide, sent the email"]);
        // ("the civic body spent …": a verb of the verb class after the noun makes a clause.)
        let text = "According to PMC data, the civic body spent Rs 48 crore on repairs, up from Rs 31 crore.";
        assert_eq!(contents(text), ["the civic body spent Rs 48 crore on repairs, up from Rs 31 crore"]);
        // ("According to Layoffs.fyi, a website that tracks job cuts, …": a web address names the
        // site; its description is no content.)
        let text =
            "According to Layoffs.fyi, a website that tracks job cuts, 60,000 workers lost their jobs.";
        assert_eq!(contents(text), ["60,000 workers lost their jobs"]);
    }

    #[test]
    fn an_object_pronoun_after_according_to() {
        // "According to him, 40 drivers have been kidnapped."; not a possessive: "her lawyers".
        let got = speaker_of("He said so. According to him, 40 drivers were taken.", "According to");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("him"));
        let got = speaker_of("According to her lawyers, the firm lied.", "According to");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("her lawyers"));
    }

    #[test]
    fn the_issuer_of_a_statement_is_the_source() {
        let text = "According to a statement from the Interior Ministry, 14 people were detained.";
        assert_eq!(who(text, "According to").as_deref(), Some("Interior Ministry"));
        // "a statement released on Friday by the Ministry of Foreign Affairs".
        let text = "According to a statement released on Friday by the Interior Ministry, 14 were held.";
        assert_eq!(who(text, "According to").as_deref(), Some("Interior Ministry"));
        let text =
            "Injuries rose, according to figures presented at the meeting by the city's health department.";
        assert_eq!(who(text, "according to").as_deref(), Some("the city's health department"));
        let text = "According to a statement released by the Ministry of Foreign Affairs, talks resume.";
        assert_eq!(who(text, "According to").as_deref(), Some("Ministry of Foreign Affairs"));
        // A study's author past its participle: "a report released Tuesday by Auditor General
        // Meredith Lowe", "data released Friday by state gaming regulators".
        let text = "Schools are underfunded, according to a report released Tuesday by Auditor General Meredith Lowe.";
        assert_eq!(who(text, "according to").as_deref(), Some("Meredith Lowe"));
        // "According to a fiscal note prepared by the Joint Fiscal Office, the cap would …".
        let text = "According to a fiscal note prepared by the Joint Fiscal Office, the cap would save $240.";
        assert_eq!(who(text, "According to").as_deref(), Some("Joint Fiscal Office"));
    }

    #[test]
    fn a_name_after_an_opening_description() {
        // "According to his lawyer, Mina Dragan, the man is innocent": a subject and its verb after
        // the name's comma; not "According to an FBI summary, Cheryl Mills, a top aide, sent …".
        let text = "According to his lawyer, Mina Dragan, the man is innocent.";
        assert_eq!(who(text, "According to").as_deref(), Some("Mina Dragan"));
        let text = "According to an FBI summary, Cheryl Mills, a top aide, sent the emails.";
        assert_eq!(who(text, "According to").as_deref(), Some("an FBI summary"));
    }

    #[test]
    fn an_opening_source_is_followed_by_the_subject_not_an_appositive() {
        // "According to NHS England figures, more than 1,900 patients at the trust waited longer
        // than 12 hours in A&E in January, up from 1,250 a year earlier."
        let text = "According to NHS England figures, more than 1,900 patients waited longer than 12 hours in January, \
                    up from 1,250 a year earlier.";
        assert_eq!(
            contents(text),
            ["more than 1,900 patients waited longer than 12 hours in January, up from 1,250 a year earlier"]
        );
        // "According to the FIR, the printing press employee, identified as Rohit Saini, photographed …"
        let text =
            "According to the FIR, the press employee, identified as Rohit Saini, photographed the paper.";
        assert_eq!(contents(text), ["the press employee, identified as Rohit Saini, photographed the paper"]);
        // (A description of the source stays its role: "According to Jane Doe, a spokeswoman, …".)
        let text = "According to Jane Doe, a spokeswoman for the ministry, the plan has failed.";
        assert_eq!(contents(text), ["the plan has failed"]);
    }

    #[test]
    fn a_participle_after_the_source_says_when_it_appeared() {
        // "according to customs data released on Friday": the data; not "figures her campaign
        // released Friday", a verb with its own subject, nor "exit polls reported by CNN".
        let text = "China's exports, according to customs data released on Friday, rose 7.2 percent.";
        assert_eq!(who(text, "according to").as_deref(), Some("customs data"));
        let text = "Donations rose, according to figures her campaign released Friday.";
        assert_eq!(who(text, "according to").as_deref(), Some("figures her campaign released Friday"));
    }

    #[test]
    fn a_name_after_its_description_is_the_source() {
        let text = "Rents rose by 11 per cent, according to the property portal Zoopla.";
        assert_eq!(who(text, "according to").as_deref(), Some("Zoopla"));
    }

    #[test]
    fn set_off_source_runs_to_its_comma() {
        // "For Trump, according to a person close to the process, the speech is a test".
        let text = "For Trump, according to a person close to the process, the speech is a test.";
        assert_eq!(who(text, "according to").as_deref(), Some("a person close to the process"));
    }
}
