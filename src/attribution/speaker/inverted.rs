//! The speaker after the cue: "“…,” said Putin", "…, reported BBC", "…, said a spokesman", "“…,”
//! declared Senator Flake", "said his best friend at Lehigh, Bruce Turry".

use crate::cues::{CueForm, CueMatch};
use crate::entities::{Entity, EntityLabel};
use crate::lexicon::WordClass;
use crate::text::TokenKind;
use crate::{Span, SpeakerKind, Stance};

use super::super::context::{Bounds, Context};
use super::super::mentions::{
    appositive_after, common_mention, left_np, past_titles, right_np, right_np_after_quote, Mention,
    MentionKind, Pronoun,
};
use super::super::words;
use super::frame::Frame;
use super::subject::skip_adverbials_left;

/// The frame of a cue whose speaker follows it, if it has one.
pub(super) fn frame(ctx: &Context<'_, '_>, cue: &CueMatch, b: Bounds) -> Option<Frame> {
    let (g, s1) = (cue.group_start, b.end);
    // After a quote any cue inverts ("“…,” declared Senator Flake"); after a comma only verbs of
    // saying do.
    let after_quote = g > b.start && ctx.quote_closing_before(g).is_some();
    // (A dateline is no subject: "PARIS, April 22 - Prices fell, said John Smith".)
    let s0 = ctx.dateline_end(b.start, g);
    if !invertible(ctx, cue, b, after_quote) || appositive_subject(ctx, g, s0, after_quote) {
        return None;
    }
    let after_cue = cue.tokens.end;
    // ("said 62-year-old Maria Gomez": an age opening the speaker's phrase.)
    let after_cue = ctx.past_age(after_cue, s1);
    let mut np = right_np(ctx, after_cue, s1)
        .or_else(|| after_quote.then(|| right_np_after_quote(ctx, after_cue, s1)).flatten())?;
    let mut end = affiliation_end(ctx, &np, name_end(ctx, &np, s1), s1);
    end = body_of_description(ctx, &mut np, end, s1);
    if let Some(both) = coordinated_names(ctx, &np, end, s1) {
        end = both.tokens.end;
        np = both;
    }
    if !ends_clause(ctx, cue, end, s1, after_quote) || matches!(np.kind, MentionKind::Pronoun(Pronoun::It)) {
        return None;
    }
    // "said his best friend at Lehigh, Bruce Turry": the name after the description speaks, the
    // description is its role.
    let end = match named_after_description(ctx, &np, end, s1) {
        Some((named, name_end)) => {
            np = named;
            name_end
        }
        None => end,
    };
    let after = appositive_after(ctx, &mut np, end, s1);
    let after = role_to_sentence_end(ctx, &mut np, end, after, s1);
    Some(Frame { cluster: g..after, after, speaker: Some(np) })
}

/// "“…,” said John Smith and Mary Jones": two bare names of one kind joined by "and" after the
/// cue speak together (the first ending at `end`).
fn coordinated_names(ctx: &Context<'_, '_>, np: &Mention, end: usize, s1: usize) -> Option<Mention> {
    let MentionKind::Entity(label) = np.kind else { return None };
    if end + 1 >= s1 || !ctx.lower_is(end, "and") || np.tokens.end != end {
        return None;
    }
    let second = right_np(ctx, end + 1, s1)?;
    let kind = match (second.kind, label) {
        (MentionKind::Entity(EntityLabel::Person), EntityLabel::Person) => SpeakerKind::Person,
        (MentionKind::Entity(EntityLabel::Organization), EntityLabel::Organization) => {
            SpeakerKind::Organization
        }
        _ => return None,
    };
    (second.tokens.start == end + 1 && second.role.is_none())
        .then(|| common_mention(ctx, np.tokens.start, second.tokens.end, kind, true))
}

/// Whether the cue can have its speaker after it: a finite verb after a quote, or a finite verb
/// of saying after a comma, a colon, a dash, or opening its clause. "told" is followed by its
/// addressee ("…, told MSNBC"), never by its speaker.
fn invertible(ctx: &Context<'_, '_>, cue: &CueMatch, b: Bounds, after_quote: bool) -> bool {
    let g = cue.group_start;
    let prev = (g > b.start).then(|| ctx.word(g - 1));
    let opens = prev.is_none() || skip_adverbials_left(ctx, g, b.start) == b.start;
    // "Asked about Cruz's charges, Rubio said": opening the sentence, "asked" puts a question.
    let question = opens && matches!(cue.lemma.as_str(), "ask" | "ask about");
    // ("The plan is doomed, warns Mary Cole", "…, argues Mary Cole", "…, concedes …": a verb of
    // saying that warns, asserts or concedes inverts after a comma too; not "…, knew Muhammad Ali",
    // "…, promised reform".)
    let clause_verb = cue.stance == Stance::Neutral
        || cue.act == crate::Act::Speech
            && !cue.object
            && !cue.deed
            && matches!(cue.stance, Stance::Warn | Stance::Assert | Stance::Concede);
    cue.form == CueForm::Finite
        && !words::takes_addressee(&cue.lemma)
        && !question
        && (after_quote || clause_verb && (prev.is_none_or(|w| matches!(w, "," | ":" | "—" | "–")) || opens))
}

/// "Jose Vargas, an immigration activist, asked the former secretary …": a name with its
/// appositive (or a relative clause: "Mike Murphy, who ran a super PAC, said") before the comma is
/// the subject; nothing inverts. Nor after a short aside ("Chairman Will Rogers, for example,
/// said …").
fn appositive_subject(ctx: &Context<'_, '_>, g: usize, s0: usize, after_quote: bool) -> bool {
    if after_quote || g <= s0 || ctx.word(g - 1) != "," {
        return false;
    }
    short_aside(ctx, g, s0)
        || relative_aside(ctx, g, s0)
        || left_np(ctx, g, s0).is_some_and(|m| {
            let relative = m.tokens.end + 1 < g
                && ctx.word(m.tokens.end) == ","
                && words::is_relative_pronoun(ctx.lower(m.tokens.end + 1));
            // ("Patricia Smith, delivering the speech, asked the crowd …": an aside.)
            let aside = m.tokens.end + 1 < g && ctx.word(m.tokens.end) == ",";
            (m.role.is_some() || relative || aside) && matches!(m.kind, MentionKind::Entity(_))
        })
}

/// Most tokens of a relative clause set off before the verb group.
const MAX_RELATIVE_ASIDE: usize = 30;

/// "A former engineer, who asked not to be named, said the team of 12 had …": a relative clause
/// set off by commas right before the verb group at `g`, after a word that is no quotation's
/// close; the phrase before it is the subject, whatever it is.
fn relative_aside(ctx: &Context<'_, '_>, g: usize, s0: usize) -> bool {
    let lo = s0.max(g.saturating_sub(MAX_RELATIVE_ASIDE));
    let Some(c) = (lo..g - 1).rev().find(|&t| ctx.word(t) == ",") else { return false };
    c > s0
        && c + 2 < g
        && words::is_relative_pronoun(ctx.lower(c + 1))
        && ctx.kind(c - 1) == TokenKind::Word
        && !(c + 1..g - 1).any(|t| ctx.quotes.opening_at(ctx.byte(t)).is_some())
}

/// "Chairman Will Rogers, for example, said": a short lower-case aside with a preposition or an
/// adverb between commas, right after a name or a pronoun, before the verb group at `g`.
fn short_aside(ctx: &Context<'_, '_>, g: usize, s0: usize) -> bool {
    if g < s0 + 3 {
        return false;
    }
    let c = (g.saturating_sub(5).max(s0)..g - 1).rev().find(|&t| ctx.word(t) == ",");
    c.is_some_and(|c| {
        c + 1 < g - 1
            && (c + 1..g - 1).all(|t| !ctx.clause_word(t) && !ctx.is_cap(t) && ctx.kind(t) == TokenKind::Word)
            && (c + 1..g - 1).any(|t| matches!(ctx.class(t), Some(WordClass::Prep | WordClass::Adv)))
            && left_np(ctx, c, s0)
                .is_some_and(|m| matches!(m.kind, MentionKind::Entity(_) | MentionKind::Pronoun(_)))
    })
}

/// Where an inverted name ends: over symbols and emoji inside or after it ("Zoë 😀 Smith") and any
/// capitalised word they join, and over a parenthesis after it ("Sen. Amy Klobuchar (D-Minn.), who
/// …").
fn name_end(ctx: &Context<'_, '_>, np: &Mention, s1: usize) -> usize {
    let mut end = np.tokens.end;
    while end < s1 && ctx.kind(end) == TokenKind::Other {
        end += 1;
        if end < s1 && ctx.is_cap(end) {
            end += 1;
        }
    }
    if end < s1 && ctx.word(end) == "(" {
        if let Some(close) = (end..s1.min(end + 12)).find(|&t| ctx.word(t) == ")") {
            end = close + 1;
        }
    }
    end
}

/// "…, said Greg Sargent of the Brookings Institution.": after a person's name ending at `end`,
/// "of", "at" or "from" and the body the person belongs to (an organisation, an outlet or a place)
/// are part of the attribution. Returns where it ends.
fn affiliation_end(ctx: &Context<'_, '_>, np: &Mention, end: usize, s1: usize) -> usize {
    let person = matches!(np.kind, MentionKind::Entity(EntityLabel::Person));
    if !person || end + 1 >= s1 || !matches!(ctx.lower(end), "of" | "at" | "from") {
        return end;
    }
    body_to_clause_end(ctx, end, s1, |e| e.label != EntityLabel::Person, false).unwrap_or(end)
}

/// "The flight was delayed, said a spokesperson for Qantas.", "…, said an official at the
/// ministry.": after a described speaker ending at `end`, "for", "at", "of" or "with" and the
/// body it speaks for, or "on" and a bare noun ("on duty"), up to the end of the clause, are part
/// of the description. Returns where the speaker ends.
fn body_of_description(ctx: &Context<'_, '_>, np: &mut Mention, end: usize, s1: usize) -> usize {
    if !matches!(np.kind, MentionKind::Common { .. }) || end + 1 >= s1 {
        return end;
    }
    // ("“…,” said one of the nurses on duty.", "an officer on patrol": "on" and a bare noun ending
    // the clause say where the person serves.)
    let closes = |t: usize| t >= s1 || matches!(ctx.word(t), "." | "," | ";" | "!" | "?" | "”" | "\"");
    let on_duty = ctx.lower_is(end, "on")
        && ctx.kind(end + 1) == TokenKind::Word
        && ctx.class(end + 1).is_none()
        && ctx.cue(end + 1).is_none()
        && !ctx.is_cap(end + 1)
        && closes(end + 2);
    if on_duty {
        np.span = Span::new(np.span.start, ctx.span(end + 1, end + 2).end);
        np.tokens = np.tokens.start..end + 2;
        return end + 2;
    }
    if !matches!(ctx.lower(end), "for" | "at" | "of" | "with") {
        return end;
    }
    // (A body's name may have been read as a person's: "Qantas", "Harbour Lines".)
    let Some(body_end) = body_to_clause_end(ctx, end, s1, |e| ctx.may_name_body(e), true) else {
        return end;
    };
    np.span = Span::new(np.span.start, ctx.span(body_end - 1, body_end).end);
    np.tokens = np.tokens.start..body_end;
    body_end
}

/// Where the body named after the preposition at `prep` ends, when it runs to the end of the
/// clause (`s1`): an outlet, an entity that `names_body` accepts, or, with `plain`, "the" and a
/// plain noun or two ("for the airline"). Only a whole body: not "of the New York delegation".
pub(super) fn body_to_clause_end(
    ctx: &Context<'_, '_>,
    prep: usize,
    s1: usize,
    names_body: impl Fn(&Entity) -> bool,
    plain: bool,
) -> Option<usize> {
    let body = if ctx.lower_is(prep + 1, "the") && prep + 2 < s1 { prep + 2 } else { prep + 1 };
    let body_end = match (ctx.outlet_at(body), ctx.entity(body)) {
        (Some(o), _) => ctx.outlets()[o].tokens.end,
        (None, Some(e)) if ctx.byte(body) == e.span.start && names_body(e) => {
            ctx.doc.token_index_at(e.span.end)
        }
        _ if plain && body > prep + 1 => {
            let nouns = (body..s1.min(body + 3)).take_while(|&t| {
                ctx.kind(t) == TokenKind::Word && ctx.class(t).is_none() && ctx.cue(t).is_none()
            });
            nouns.last()? + 1
        }
        _ => return None,
    };
    let whole = body_end > body
        && (body_end >= s1 || matches!(ctx.word(body_end), "." | "," | ";" | "!" | "?" | "”" | "\""));
    whole.then_some(body_end)
}

/// Whether the clause can end after an inverted speaker ending at `end`: at punctuation, "who",
/// a preposition, subordinator or time word ("…, said Smith on Monday"); after a quote also at a
/// participle or "familiar"/"close" ("“…,” says a source involved in the talks").
fn ends_clause(ctx: &Context<'_, '_>, cue: &CueMatch, end: usize, s1: usize, after_quote: bool) -> bool {
    end >= s1
        || matches!(ctx.word(end), "." | "," | ";" | ":" | "”" | "\"" | "!" | "?")
        || ctx.lower_is(end, "who")
        || (after_quote && {
            let w = ctx.lower(end);
            matches!(w, "which" | "familiar" | "close")
                || (w.ends_with("ed") || w.ends_with("ing")) && ctx.lower_cue(end).is_none()
        })
        // ("… cites his Twitter followers as the source": an object before "as".)
        || matches!(ctx.class(end), Some(WordClass::Prep | WordClass::Subord | WordClass::Time))
            && !(cue.object && ctx.lower_is(end, "as"))
}

/// After an inverted common-noun speaker ("said his best friend at Lehigh, Bruce Turry"), the person
/// named right after the description, with the description (and its phrase) as role; and the token
/// after the name.
pub(super) fn named_after_description(
    ctx: &Context<'_, '_>,
    np: &Mention,
    end: usize,
    s1: usize,
) -> Option<(Mention, usize)> {
    if !matches!(np.kind, MentionKind::Common { .. }) {
        return None;
    }
    let comma = (end..s1.min(end + 8)).find(|&t| ctx.word(t) == ",")?;
    if (end..comma).any(|t| matches!(ctx.word(t), "." | ";" | ":" | "“" | "”" | "\"")) {
        return None;
    }
    // ("said the study's lead author, Dr Mei Zhao": a title before the name.)
    let first = past_titles(ctx, comma + 1, s1);
    let ent = ctx.entity(first)?;
    let (a, b) = (ctx.doc.token_index_at(ent.span.start), ctx.doc.token_index_at(ent.span.end));
    let closes = b >= s1 || matches!(ctx.word(b), "," | "." | ";" | "!" | "?") || ctx.lower_is(b, "who");
    if ent.label != crate::entities::EntityLabel::Person || a != first || !closes {
        return None;
    }
    let mut named = right_np(ctx, a, b)?;
    named.role = Some(ctx.span(np.tokens.start, comma));
    Some((named, b))
}

/// After an inverted speaker ending at `end` whose appositive (if any) ends at `after`: a verbless
/// phrase running to the end of the sentence describes the speaker and joins its role ("“…,” said
/// Angie Holan, Politifact's editor.", "…, said Steve Bell, senior director at X, and a Republican
/// who headed …"). Returns where the attribution ends.
fn role_to_sentence_end(
    ctx: &Context<'_, '_>,
    np: &mut Mention,
    end: usize,
    after: usize,
    s1: usize,
) -> usize {
    let comma_at = |t: usize| t < s1 && ctx.word(t) == ",";
    let and_after_role = after > end && ctx.lower_is(after, "and");
    let extends = if after == end {
        np.role.is_none() && comma_at(end)
    } else {
        np.role.is_some() && (comma_at(after - 1) || and_after_role)
    };
    let from = if after == end { end } else { after - 1 };
    if !extends || from + 2 >= s1 {
        return after;
    }
    let last = if ctx.word(s1 - 1) == "." { s1 - 1 } else { s1 };
    // ("‘We have no choice’, said Dr Amira Haddad, the medical director, ‘but to close it.’": the
    // quotation going on ends the role, at the comma before it.)
    let last = match (from + 1..last).find(|&t| ctx.quotes.opening_at(ctx.byte(t)).is_some()) {
        Some(q) if ctx.word(q - 1) == "," => q - 1,
        Some(q) => q,
        None => last,
    };
    // ("…, said Lisa Su, AMD's chief executive, in an interview.": a comma before an adjunct ends
    // the role.)
    // (Not "then"/"now" opening a role: "said Susan Crawford, then Maples's literary agent".)
    let adjunct = |t: usize| {
        let role_time = matches!(ctx.lower(t + 1), "then" | "now" | "formerly" | "previously" | "currently");
        ctx.word(t) == ","
            && matches!(ctx.lower_class(t + 1), Some(WordClass::Prep | WordClass::Time))
            && !role_time
    };
    if adjunct(from) {
        return after;
    }
    let last = (from + 2..last).find(|&t| adjunct(t)).unwrap_or(last);
    // (A relative clause may describe the speaker too, but not one that reports: "…, who noted that".)
    let relative = (from + 1..last).find(|&t| ctx.lower_is(t, "who")).unwrap_or(last);
    let verbless =
        !(from + 1..relative).any(|t| ctx.clause_word(t)) && !(relative..last).any(|t| ctx.cue(t).is_some());
    if !verbless || last - from > 16 || last <= from + 1 {
        return after;
    }
    // ("said Mr Davies, 70, a retired teacher": an age is no role.)
    let mut first = from + 1;
    if ctx.kind(first) == TokenKind::Number && comma_at(first + 1) {
        first += 2;
    }
    if first >= last {
        return last;
    }
    // A courtesy title before the name gives way to the description ("Mr Davies, … a retired
    // teacher"); a title heading a role keeps the description after it ("Politifact's editor").
    let role_start = match np.role {
        Some(r) if r.end <= np.span.start && ctx.is_courtesy_title(r) => ctx.byte(first),
        Some(r) if r.end <= np.span.start => return last,
        Some(r) => r.start,
        None => ctx.byte(first),
    };
    np.role = Some(Span::new(role_start, ctx.span(first, last).end));
    last
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{speaker_of, who};

    #[test]
    fn speaker_after_the_cue() {
        // "“…,” said Putin", "…, reported BBC", "…, said a spokesman".
        assert_eq!(
            who("“We will continue,” said Vladimir Putin.", "said").as_deref(),
            Some("Vladimir Putin")
        );
        assert_eq!(who("The talks failed, reported BBC.", "reported").as_deref(), Some("BBC"));
        assert_eq!(who("The talks failed, said a spokesman.", "said").as_deref(), Some("a spokesman"));
        // "The plan is doomed, warns Mary Cole": a warning, an argument, a concession invert too;
        // not a verb with an object ("…, knew Muhammad Ali").
        assert_eq!(who("The plan is doomed, warns Mary Cole.", "warns").as_deref(), Some("Mary Cole"));
        assert_eq!(who("The plan is doomed, argues Mary Cole.", "argues").as_deref(), Some("Mary Cole"));
        // An age before the name: "said 62-year-old Maria Gomez".
        let got = who("“It was chaos,” said 62-year-old Maria Gomez.", "said");
        assert_eq!(got.as_deref(), Some("Maria Gomez"));
    }

    #[test]
    fn a_dateline_is_no_subject() {
        // "SINGAPORE, April 22 (Reuters) - Palm oil prices fell …, said Wong Kah Leng, an analyst."
        let text = "SINGAPORE, April 22 (Reuters) - Palm oil prices fell, said Wong Kah Leng, an analyst.";
        assert_eq!(who(text, "said").as_deref(), Some("Wong Kah Leng"));
        let got = who("PARIS, April 22 - Prices fell, said John Smith, an analyst.", "said");
        assert_eq!(got.as_deref(), Some("John Smith"));
    }

    #[test]
    fn two_names_and_roles_after_the_cue() {
        // "said John Smith and Mary Jones": both speak.
        let got = who("Prices could climb, said John Smith and Mary Jones.", "said");
        assert_eq!(got.as_deref(), Some("John Smith and Mary Jones"));
        // "said Fox News host Sean Hannity", "said Agriculture and Forestry Minister Ibrahim Sahin
        // Dogru": an outlet or two portfolios in the role before the name.
        assert_eq!(
            who("It is over, said Fox News host Sean Hannity.", "said").as_deref(),
            Some("Sean Hannity")
        );
        let got =
            who("Prices could climb, said Agriculture and Forestry Minister Ibrahim Sahin Dogru.", "said");
        assert_eq!(got.as_deref(), Some("Ibrahim Sahin Dogru"));
    }

    #[test]
    fn a_relative_clause_before_the_verb_keeps_its_subject() {
        // "A former engineer, who asked not to be named, said the team of 12 had been cut": the
        // engineer speaks; "the team" after the verb opens the content.
        let text = "A former engineer, who asked not to be named, said the team of 12 had been cut.";
        assert_eq!(who(text, "said").as_deref(), Some("A former engineer"));
    }

    #[test]
    fn asked_opening_the_sentence_puts_a_question() {
        // "Asked about Cruz's charges, Rubio said": no inverted speaker.
        assert_eq!(who("Asked about Cruz's charges, Rubio said no.", "Asked about"), None);
    }

    #[test]
    fn affiliation_after_the_name() {
        // "…, said Greg Sargent of the Brookings Institution.": the content is before it.
        let text = "The vote was rigged, said Greg Sargent of the Brookings Institution.";
        let f = crate::attribution::context::test_support::Fixture::new(text);
        let cue = f.cues.iter().find(|c| c.lemma == "say").cloned();
        let after = cue.and_then(|c| {
            f.with(|ctx| {
                let b = super::super::super::context::Bounds::of(&ctx.doc.sentences()[0]);
                super::frame(ctx, &c, b).map(|fr| ctx.word(fr.after).to_string())
            })
        });
        assert_eq!(after.as_deref(), Some("."));
    }

    #[test]
    fn told_takes_its_addressee() {
        // "…, told MSNBC": the addressee, not the speaker.
        assert_ne!(who("The talks failed, told MSNBC.", "told").as_deref(), Some("MSNBC"));
    }

    #[test]
    fn name_after_a_description() {
        // "said his best friend at Lehigh, Bruce Turry".
        let got = speaker_of("“He was kind,” said his best friend at Lehigh, Bruce Turry.", "said");
        assert_eq!(got, Some(("Bruce Turry".into(), Some("his best friend at Lehigh".into()))));
        // "said the study's lead author, Dr Mei Zhao": a title before the name.
        let got = speaker_of("“It works,” said the study's lead author, Dr Mei Zhao.", "said");
        assert_eq!(got, Some(("Mei Zhao".into(), Some("the study's lead author".into()))));
    }

    #[test]
    fn the_body_a_described_speaker_speaks_for() {
        // "The flight was delayed by two hours, said a spokesperson for Qantas."
        let got = speaker_of("The flight was delayed, said a spokesperson for Qantas.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("a spokesperson for Qantas"));
        // "“…,” said one of the nurses on duty.": "on" and a bare noun; not "on Monday".
        let got = speaker_of("“We are doing what we can,” said one of the nurses on duty.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("one of the nurses on duty"));
        let got = speaker_of("“We will win,” said the coach on Monday.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("the coach"));
        let got = speaker_of("Prices will rise, said a spokesman for the airline.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("a spokesman for the airline"));
        // (Not a time after it: "said a spokesman on Monday".)
        let got = speaker_of("Prices will rise, said a spokesman on Monday.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("a spokesman"));
    }

    #[test]
    fn verbless_phrase_to_the_end_joins_the_role() {
        // "“…,” said Angie Holan, Politifact's editor."
        let got = speaker_of("“It is false,” said Angie Holan, Politifact's editor.", "said");
        assert_eq!(got, Some(("Angie Holan".into(), Some("Politifact's editor".into()))));
        // Not an adjunct after a comma, nor an age; a courtesy title gives way to the description.
        let got = speaker_of("“It is good,” said Lisa Su, AMD's chief executive, in an interview.", "said");
        assert_eq!(got, Some(("Lisa Su".into(), Some("AMD's chief executive".into()))));
        let got = speaker_of("“It is over,” said Ahmed Khan, the ministry spokesman, on Wednesday.", "said");
        assert_eq!(got, Some(("Ahmed Khan".into(), Some("the ministry spokesman".into()))));
        let got = speaker_of("“Who will pay?” asked Mr Davies, 70, a retired teacher.", "asked");
        assert_eq!(got, Some(("Davies".into(), Some("a retired teacher".into()))));
        // "‘…’, said Dr Amira Haddad, the medical director, ‘but to close it.’": the quotation
        // going on ends the role.
        let text = "‘We have no choice’, said Dr Amira Haddad, the medical director, ‘but to close it.’";
        let got = speaker_of(text, "said");
        assert_eq!(got, Some(("Amira Haddad".into(), Some("the medical director".into()))));
    }
}
