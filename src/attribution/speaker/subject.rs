//! The subject that opens a clause, past what can stand before it: a dateline, a fronted time
//! or place phrase, an opening participle phrase, an adverb, a subordinate clause.

use crate::entities::EntityLabel;
use crate::lexicon::WordClass;
use crate::text::TokenKind;

use super::super::context::Context;
use super::super::mentions::{
    appositive, left_np, past_titles, right_np, subject_np, Mention, MentionKind, Pronoun,
};
use super::super::words;

/// Walk left over time adverbials between a subject and its verb ("Putin on Friday rejected", "this
/// past week", "Monday morning", "earlier this year").
pub(super) fn skip_adverbials_left(ctx: &Context<'_, '_>, g: usize, s0: usize) -> usize {
    let mut i = g;
    // (Not a person's name or its end: "Sarah Day said", "… Day added"; a weekday or a month
    // stays a time: "Smith Tuesday said".)
    let in_name = |i: usize| {
        !words::is_day_or_month(ctx.lower(i)) && ctx.entity(i).is_some_and(|e| e.label == EntityLabel::Person)
    };
    let time = |i: usize| matches!(ctx.class(i), Some(WordClass::Time)) && !in_name(i);
    let lead = |i: usize| {
        matches!(ctx.class(i), Some(WordClass::Prep | WordClass::Det)) || words::is_time_lead(ctx.lower(i))
    };
    while i > s0 && time(i - 1) {
        i -= 1;
        while i > s0 && (lead(i - 1) || time(i - 1)) {
            i -= 1;
        }
    }
    i
}

/// The subject that opens the clause of tokens `s0..limit`, after a fronted phrase ("At a rally
/// Monday, Trump's rival Sen. Marco Rubio …").
pub(super) fn clause_subject(ctx: &Context<'_, '_>, s0: usize, limit: usize) -> Option<Mention> {
    let mut t = fronted_end(ctx, ctx.dateline_end(s0, limit), limit)?;
    // "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton …": a place or time phrase set off
    // by commas is still the fronted phrase.
    for _ in 0..4 {
        if t >= limit {
            return None;
        }
        if matches!(ctx.class(t), Some(WordClass::Prep | WordClass::Time)) {
            t = (t..limit.min(t + 15)).find(|&i| ctx.word(i) == ",")? + 1;
            continue;
        }
        // ("Speaking in the legislature last week, however, Langevin acknowledged …": an adverb
        // set off by commas after the fronted phrase.)
        if matches!(ctx.class(t), Some(WordClass::Adv | WordClass::Conj))
            && t + 1 < limit
            && ctx.word(t + 1) == ","
        {
            t += 2;
            continue;
        }
        let m = right_np(ctx, t, limit).or_else(|| subject_np(ctx, t, limit))?;
        let end = m.tokens.end;
        let place = matches!(m.kind, MentionKind::Entity(EntityLabel::Location));
        match (end < limit && ctx.word(end) == ",", place) {
            (true, true) => t = end + 1,
            (true, false) if matches!(m.kind, MentionKind::Common { .. }) => {
                // ("The opposition leader, Peter Oyelaran, praised the plan and said …": the name
                // set off after the description speaks.)
                return Some(named_after(ctx, &m, limit).unwrap_or(m));
            }
            _ => {
                if let Some(named) =
                    named_after_long_role(ctx, &m, limit).or_else(|| titled_after_and(ctx, &m, limit))
                {
                    return Some(named);
                }
                // (A long role before the name counts from its start: "Former prosecutor and New
                // York City Mayor Rudy Giuliani".)
                let m = phrase_up_to_verb(ctx, m, limit);
                return (m.first_token(ctx) <= t + 6 && !matches!(m.kind, MentionKind::Outlet(_)))
                    .then_some(m);
            }
        }
    }
    None
}

/// "Members of the Lenkiso County Assembly have rejected the tender, saying …": a subject `m`
/// followed by a preposition is the whole phrase up to the clause's verb, as the subject right
/// before a verb is read (`left_np`: "Residents of …", "the board of trustees").
fn phrase_up_to_verb(ctx: &Context<'_, '_>, m: Mention, limit: usize) -> Mention {
    let end = m.tokens.end;
    if end >= limit || !matches!(ctx.lower(end), "of" | "at" | "in" | "from" | "with" | "within") {
        return m;
    }
    let Some(v) = (end..limit).find(|&u| ctx.clause_word(u) || ctx.is_punct(u)) else { return m };
    if !ctx.clause_word(v) {
        return m;
    }
    let left = skip_adverbials_left(ctx, v, end);
    match left_np(ctx, left, m.tokens.start) {
        Some(whole) if whole.tokens.start == m.tokens.start && whole.tokens.end == left => whole,
        _ => m,
    }
}

/// Most tokens of a description's phrase after its noun ("of the Greens' parliamentary group").
const MAX_ROLE_TAIL: usize = 10;

/// "The leader of the Greens' parliamentary group, Katharina Seidl, accused … and pointed out
/// …", "The DA's Gauteng spokesperson on cooperative governance, Michelle van Wyk, accused … and
/// said …": a description `m` going on with a preposition up to a comma, then a name set off by
/// commas; the name speaks, the whole description is its role.
fn named_after_long_role(ctx: &Context<'_, '_>, m: &Mention, limit: usize) -> Option<Mention> {
    let end = m.tokens.end;
    if !matches!(m.kind, MentionKind::Common { .. })
        || end >= limit
        || !matches!(ctx.lower(end), "of" | "at" | "in" | "for" | "on")
    {
        return None;
    }
    // (A possessive's apostrophe goes on: "the Greens' parliamentary group".)
    let possessive = |u: usize| matches!(ctx.word(u), "'" | "’") && ctx.touches(u - 1, u);
    let comma = (end..limit.min(end + MAX_ROLE_TAIL))
        .find(|&u| ctx.clause_word(u) || ctx.is_punct(u) && !possessive(u))?;
    if ctx.word(comma) != "," {
        return None;
    }
    let whole = Mention { span: ctx.span(m.tokens.start, comma), tokens: m.tokens.start..comma, ..m.clone() };
    named_after(ctx, &whole, limit)
}

/// Most tokens from "and" to the clause's verb in [`titled_after_and`].
const MAX_PORTFOLIO_TAIL: usize = 8;

/// "Municipal Affairs and Housing Minister Derrick Stallworth defended the move, saying …": a
/// capitalised phrase `m` cut at "and", then more of the portfolio, a title and a name right
/// before the clause's verb; the titled name is the subject (as read back from the verb).
fn titled_after_and(ctx: &Context<'_, '_>, m: &Mention, limit: usize) -> Option<Mention> {
    let end = m.tokens.end;
    // (Not two people: "Mr. Rubio and Senator Ted Cruz urged …".)
    let person = matches!(m.kind, MentionKind::Entity(EntityLabel::Person));
    if person
        || end + 2 >= limit
        || !ctx.lower_is(end, "and")
        || !ctx.is_cap(end + 1)
        || !ctx.is_cap(m.tokens.start)
    {
        return None;
    }
    let v =
        (end + 1..limit.min(end + MAX_PORTFOLIO_TAIL)).find(|&u| ctx.clause_word(u) || ctx.is_punct(u))?;
    if !ctx.clause_word(v) {
        return None;
    }
    let named = left_np(ctx, skip_adverbials_left(ctx, v, end + 1), end + 1)?;
    let titled = matches!(named.kind, MentionKind::Entity(EntityLabel::Person)) && named.role.is_some();
    titled.then_some(named)
}

/// The person named between commas right after the description `m` ("The opposition leader,
/// Peter Oyelaran, …"), with a title or not, and the description as role.
fn named_after(ctx: &Context<'_, '_>, m: &Mention, limit: usize) -> Option<Mention> {
    // ("An army spokesman in the region, Lieutenant Marc Ndjoli, …": past a title.)
    let n = past_titles(ctx, m.tokens.end + 1, limit);
    let e = ctx.entity(n)?;
    let k = ctx.doc.token_index_at(e.span.end);
    let person = e.label == EntityLabel::Person && ctx.byte(n) == e.span.start;
    if !person || k >= limit || ctx.word(k) != "," {
        return None;
    }
    appositive(ctx, k, m.tokens.start).filter(|p| p.span == e.span)
}

/// Past what opens the clause at token `t`: a verbless time phrase ("Eight years ago, he …",
/// "Back in 1999, Mr. Trump …"), a participle phrase ("Asked on Monday whether …, Mrs. Clinton …",
/// "Led by Council Speaker X, the rally …"), one adverb or conjunction ("Then she shattered …"),
/// or a fronted phrase up to its comma ("In a statement on Monday, …"). `None` when a fronted
/// phrase runs on with no comma.
fn fronted_end(ctx: &Context<'_, '_>, t: usize, limit: usize) -> Option<usize> {
    let lf = ctx.lower(t);
    let participle =
        (lf.ends_with("ed") || lf.ends_with("ing")) && lf.len() > 4 && ctx.entity_at(t).is_none()
            || t + 1 < limit && ctx.lower_is(t + 1, "by");
    let numeral =
        ctx.kind(t) == TokenKind::Number || matches!(lf, "back" | "several") || words::is_number_word(lf);
    // ("Back at the bungalow, he …" too: "back" and a preposition.)
    let back_at = lf == "back" && t + 1 < limit && ctx.class(t + 1) == Some(WordClass::Prep);
    let time_phrase = (t..limit.min(t + 10)).find(|&i| numeral && ctx.word(i) == ",").filter(|&c| {
        (back_at || (t..c).any(|i| ctx.class(i) == Some(WordClass::Time) || ctx.kind(i) == TokenKind::Number))
            && !(t..c).any(|i| ctx.clause_word(i))
    });
    if let Some(c) = time_phrase {
        return Some(c + 1);
    }
    if participle {
        let comma = (t..limit.min(t + 25)).find(|&i| ctx.word(i) == ",");
        // ("Retired cleaner Goh Siew Moi, 72, …": an adjective in -ed before a plain noun and a
        // person's name opens the subject itself.)
        let described_name = comma.is_some_and(|c| {
            t + 2 < c
                && !ctx.is_cap(t + 1)
                && ctx.class(t + 1).is_none()
                && ctx.entity(t + 2).is_some_and(|e| {
                    e.label == EntityLabel::Person
                        && e.span.start == ctx.byte(t + 2)
                        && ctx.doc.token_index_at(e.span.end) == c
                })
        });
        return Some(if described_name { t } else { comma.map_or(t, |c| c + 1) });
    }
    if !ctx.class(t).is_some_and(|c| c != WordClass::Det && c != WordClass::Poss && c != WordClass::Pron) {
        return Some(t);
    }
    // "But Sen. Durbin, noting …, said": one adverb or conjunction before the subject.
    let one_word = matches!(ctx.class(t), Some(WordClass::Adv | WordClass::Time | WordClass::Conj))
        && t + 1 < limit
        && (Pronoun::at(ctx, t + 1).is_some()
            || ctx.entity_at(t + 1).is_some()
            || ctx.is_title_word(t + 1)
            || matches!(ctx.class(t + 1), Some(WordClass::Det | WordClass::Poss)));
    if one_word {
        Some(t + 1)
    } else {
        Some((t..limit.min(t + 20)).find(|&i| ctx.word(i) == ",")? + 1)
    }
}

/// The subject that opens the clause of a verb group starting at `left`, when no noun phrase ends
/// right before it: "Some 56 percent of Cuban-Americans polled said", "The ex-wife of X who filed
/// reports blames", "Senator Whitehouse, in the name of growth, has proposed". The clause starts
/// after the last subordinator, semicolon or colon before the verb, or with the sentence.
pub(super) fn opening_subject(ctx: &Context<'_, '_>, s0: usize, left: usize) -> Option<Mention> {
    if left <= s0 {
        return None;
    }
    let start = (s0..left)
        .rev()
        .find(|&t| matches!(ctx.word(t), ";" | ":") || ctx.class(t) == Some(WordClass::Subord))
        .map_or(s0, |t| t + 1);
    // "Even after the complaint was filed, Lewandowski continued to say": a subordinate clause closed
    // by its comma is fronted; the main clause's subject follows it.
    let closed = start > s0
        && ctx.class(start - 1) == Some(WordClass::Subord)
        && (start..left).any(|t| ctx.word(t) == ",");
    let start = if closed { s0 } else { start };
    if start >= left {
        return None;
    }
    let m = if start == s0 {
        clause_subject(ctx, s0, left)?
    } else {
        right_np(ctx, start, left).or_else(|| subject_np(ctx, start, left))?
    };
    (m.tokens.end <= left && !m.is_relative()).then_some(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::Fixture;

    fn subject(text: &str) -> Option<String> {
        let f = Fixture::new(text);
        let end = f.doc.tokens().len();
        f.with(|ctx| clause_subject(ctx, 0, end).map(|m| m.span.as_str(text).to_string()))
    }

    #[test]
    fn a_titled_name_after_a_portfolio_with_and() {
        // "Municipal Affairs and Housing Minister Derrick Stallworth defended the move, saying …"
        let got = subject("Municipal Affairs and Housing Minister Derrick Stallworth defended the move.");
        assert_eq!(got.as_deref(), Some("Derrick Stallworth"));
        // (Not two people: "Mr. Rubio and Senator Ted Cruz urged …".)
        let got = subject("Mr. Rubio and Senator Ted Cruz urged the party to unite.");
        assert_ne!(got.as_deref(), Some("Ted Cruz"));
    }

    #[test]
    fn an_adverb_set_off_after_the_fronted_phrase() {
        // "Speaking in the legislature last week, however, Langevin acknowledged …".
        let got = subject("Speaking in the legislature last week, however, Langevin acknowledged it.");
        assert_eq!(got.as_deref(), Some("Langevin"));
        let got = subject("In Ottawa, meanwhile, the minister said it.");
        assert_eq!(got.as_deref(), Some("the minister"));
    }

    #[test]
    fn the_name_after_a_description() {
        // "The opposition leader, Peter Oyelaran, praised the plan and said …"
        let got = subject("The opposition leader, Peter Oyelaran, praised the plan and said it works.");
        assert_eq!(got.as_deref(), Some("Peter Oyelaran"));
        // "The leader of the Greens' parliamentary group, Katharina Seidl, accused … and pointed
        // out …": a description that goes on with a preposition.
        let got = subject("The leader of the Greens' group, Katharina Seidl, accused him and said it works.");
        assert_eq!(got.as_deref(), Some("Katharina Seidl"));
        // "The DA's Gauteng spokesperson on cooperative governance, Michelle van Wyk, accused …
        // and said she would write to the Public Protector", with the whole description as role.
        let text = "The DA's Gauteng spokesperson on cooperative governance, Michelle van Wyk, accused \
                    the council and said she would write to the Public Protector.";
        assert_eq!(subject(text).as_deref(), Some("Michelle van Wyk"));
        let got = crate::Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        let roles: Vec<_> = got.iter().filter_map(|c| c.speaker.as_ref()?.role.as_deref()).collect();
        assert_eq!(roles, ["The DA's Gauteng spokesperson on cooperative governance"; 2]);
        // "An army spokesman in the region, Lieutenant Marc Ndjoli, confirmed the attack but said
        // …": a title before the name.
        let text =
            "An army spokesman in the region, Lieutenant Marc Ndjoli, confirmed the attack but said it.";
        assert_eq!(subject(text).as_deref(), Some("Marc Ndjoli"));
        assert_eq!(
            subject("The opposition leader, however, said no.").as_deref(),
            Some("The opposition leader")
        );
    }

    #[test]
    fn a_subject_with_its_phrase() {
        // "Members of the Lenkiso County Assembly on Tuesday rejected the tender, saying …".
        let got =
            subject("Members of the Lenkiso County Assembly on Tuesday rejected the tender, saying no.");
        assert_eq!(got.as_deref(), Some("Members of the Lenkiso County Assembly"));
    }

    #[test]
    fn past_fronted_phrases() {
        // "Eight years ago, he …", "In a statement on Monday, …", "Then she …".
        assert_eq!(subject("Eight years ago, the mayor said no.").as_deref(), Some("the mayor"));
        assert_eq!(
            subject("In a statement on Monday, the ministry denied it.").as_deref(),
            Some("the ministry")
        );
        assert_eq!(subject("Then she left.").as_deref(), Some("she"));
        assert_eq!(subject("WASHINGTON (AP) — The senator said no.").as_deref(), Some("The senator"));
        // A long role before the name: "Former prosecutor and New York City Mayor Rudy Giuliani".
        let got = subject("Former prosecutor and New York City Mayor Rudy Giuliani trashed Comey.");
        assert_eq!(got.as_deref(), Some("Rudy Giuliani"));
        // "Retired cleaner Goh Siew Moi, 72, who …, said": an adjective in -ed before a noun and a
        // name is no fronted participle phrase ("Retired in 2019, Maria Lopez said" is one).
        let text = "Retired cleaner Goh Siew Moi, 72, who lives in a flat and took part in the study, \
                    said she often sleeps on the floor. Retired in 2019, Maria Lopez said she was bored.";
        let claims = crate::Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        let names: Vec<_> = claims.into_iter().filter_map(|c| c.speaker.map(|s| s.name)).collect();
        assert_eq!(names, ["Goh Siew Moi", "Maria Lopez"]);
    }

    #[test]
    fn time_words_before_the_verb() {
        // "Putin on Friday rejected".
        let f = Fixture::new("Putin on Friday rejected it.");
        let verb = f.token("rejected");
        f.with(|ctx| assert_eq!(skip_adverbials_left(ctx, verb, 0), 1));
        // "Sarah Day said": the end of a name is no time word.
        let f = Fixture::new("Sarah Day rejected it.");
        let verb = f.token("rejected");
        f.with(|ctx| assert_eq!(skip_adverbials_left(ctx, verb, 0), verb));
    }

    #[test]
    fn subject_after_a_closed_subordinate_clause() {
        // "Even after the complaint was filed, Lewandowski continued to say".
        let text = "Even after the complaint was filed, Corey Lewandowski continued to say it.";
        let f = Fixture::new(text);
        let verb = f.token("continued");
        f.with(|ctx| {
            let m = opening_subject(ctx, 0, verb).map(|m| m.span.as_str(text).to_string());
            assert_eq!(m.as_deref(), Some("Corey Lewandowski"));
        });
    }
}
