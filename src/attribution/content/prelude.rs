//! What can sit between a cue and its content: time phrases ("said on Monday"), "in a statement",
//! the addressee of "told", "on condition of anonymity", "by telephone", an adverb of manner
//! ("said dryly"), a leading "that" or colon.

use crate::cues::{means_of_contact, CueForm, CueMatch};
use crate::lexicon::WordClass;
use crate::text::TokenKind;

use super::super::context::Context;
use super::super::mentions::{right_np, subject_np};
use super::super::words;

/// What a prelude is skipped for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Purpose {
    /// To find the first token of the content after the cue: a leading "that" is skipped too.
    Content,
    /// To test whether the cue trails its clause: a participle or adverbial clause after a comma,
    /// or a short closing time phrase ("…, Ben Carson said after the attacks."), shows the
    /// clause is over, and a prepositional phrase may run longer.
    Trailing,
}

/// The outcome of one step of the scan.
enum Step {
    /// Go on at this token.
    Next(usize),
    /// The scan ends here, at this token.
    Done(usize),
}

/// Skip what can sit between a cue and its content, from token `i` (the first after the cue) up to
/// `s1`, at most six steps. Returns the first content token; with [`Purpose::Trailing`], `s1` when
/// the clause is over.
pub(crate) fn skip_prelude(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    mut i: usize,
    s1: usize,
    purpose: Purpose,
) -> usize {
    let mut steps = 0;
    while i < s1 && steps < 6 {
        steps += 1;
        match step(ctx, cue, i, s1, purpose, steps) {
            Some(Step::Next(next)) => i = next,
            Some(Step::Done(at)) => return at,
            None => break,
        }
    }
    i
}

/// One step at token `i`: the first rule that applies, or `None` when the prelude ends here.
fn step(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    i: usize,
    s1: usize,
    purpose: Purpose,
    steps: usize,
) -> Option<Step> {
    let trailing = purpose == Purpose::Trailing;
    punctuation(ctx, i, s1, trailing)
        .or_else(|| that_or_clause(ctx, i, s1, trailing, steps))
        .or_else(|| time_words(ctx, i, s1))
        .or_else(|| vote_tally(ctx, i, s1))
        .or_else(|| parenthesis(ctx, i, s1))
        .or_else(|| {
            // ("Jurors were told the defendant had …": a passive's addressee is its subject.)
            (steps == 1 && words::takes_addressee(&cue.lemma) && cue.form != CueForm::Passive)
                .then(|| addressee(ctx, i, s1))
                .flatten()
        })
        .or_else(|| (steps == 1 && cue.lemma == "ask").then(|| asked_before_quote(ctx, i, s1)).flatten())
        .or_else(|| (steps == 1 && words::takes_audience(&cue.lemma)).then(|| audience(ctx, i, s1)).flatten())
        .or_else(|| pseudo_cleft(ctx, cue, i))
        .or_else(|| anonymity_or_means(ctx, i, s1))
        .or_else(|| manner_adverb(ctx, i, s1))
        .or_else(|| while_doing(ctx, i, s1))
        .or_else(|| prepositional_phrase(ctx, cue, i, s1, trailing))
}

/// A comma, colon or dash is skipped; for a trailing test, ", adding that …" / ", saying …" (a new
/// participial claim) or ", when …" ends the clause before.
fn punctuation(ctx: &Context<'_, '_>, i: usize, s1: usize, trailing: bool) -> Option<Step> {
    let w = ctx.word(i);
    // (A hyphen set off by spaces is a dash: "claimed - again falsely - that".)
    let spaced_hyphen = w == "-" && i > 0 && !ctx.doc.touches(i - 1, i) && !ctx.doc.touches(i, i + 1);
    if !matches!(w, "," | ":" | "—" | "–") && !spaced_hyphen {
        return None;
    }
    // ("reported, citing sources close to the talks, that …", "claimed — again falsely — that
    // …": an aside before "that" first.)
    let aside = (w != ":").then(|| aside_before_that(ctx, i, s1)).flatten();
    if trailing && w == "," && i + 1 < s1 && aside.is_none() {
        let next = ctx.lower(i + 1);
        // (", even as the BJP alleged …", ", even though …": an adverbial clause after "even".)
        let even = next == "even" && i + 2 < s1 && words::is_adverbial_clause(ctx.lower(i + 2));
        // (", referring to the sanctions", ", smiling": a participle of the act of speaking.)
        let participle = words::is_speaking_participle(next);
        if next.ends_with("ing") && (ctx.lower_cue(i + 1).is_some() || participle)
            || words::is_adverbial_clause(next)
            || even
        {
            return Some(Step::Done(s1));
        }
    }
    if let Some(that) = aside {
        return Some(Step::Done(that + 1));
    }
    Some(Step::Next(i + 1))
}

/// "claimed, without evidence, that …", "said, in a rare interview, that …", "claimed — again
/// falsely — that …": a phrase with no clause of its own, set off by the comma or dash at `i` and
/// another, before the "that" that opens the content. Returns that "that".
fn aside_before_that(ctx: &Context<'_, '_>, i: usize, s1: usize) -> Option<usize> {
    // ("reported, citing sources close to the talks, that …", "citing the report": whom or what
    // the report cites, a noun phrase whatever its words, "two sources familiar with the matter".)
    let citing = ctx.lower_is(i + 1, "citing");
    let longest = if citing { 2 * MAX_PHRASE_WORDS } else { MAX_PHRASE_WORDS };
    let close = (i + 2..s1.min(i + longest)).find(|&t| ctx.word(t) == ctx.word(i))?;
    let that = close + 1;
    let aside = |t: usize| {
        if citing {
            t == i + 1
                || ctx.kind(t) == TokenKind::Word
                    && !matches!(ctx.class(t), Some(WordClass::Aux | WordClass::Modal | WordClass::Verb))
        } else {
            verbless_word(ctx, t)
        }
    };
    (that < s1 && ctx.lower_is(that, "that") && (i + 1..close).all(aside)).then_some(that)
}

/// Most tokens between "What" and the cue in "What the minister said on Tuesday was that …".
const MAX_CLEFT_SUBJECT: usize = 6;

/// "What the minister said on Tuesday was that any rise must be tied to results": a clause on
/// "what" opening the sentence, its cue, then "was" or "is" at `i`; the content follows it.
fn pseudo_cleft(ctx: &Context<'_, '_>, cue: &CueMatch, i: usize) -> Option<Step> {
    // (Asked at every step of every prelude: the word itself first.)
    if !matches!(ctx.lower(i), "was" | "is") {
        return None;
    }
    let s0 = ctx.doc.sentences().get(cue.sentence)?.tokens.start;
    let g = cue.group_start;
    let opens = ctx.lower_is(s0, "what") && g > s0 && g <= s0 + MAX_CLEFT_SUBJECT;
    opens.then_some(Step::Next(i + 1))
}

/// "The Supreme Court on Thursday ruled 6-3 that …", "voted 52-48 that …": a vote's tally
/// right before "that".
fn vote_tally(ctx: &Context<'_, '_>, i: usize, s1: usize) -> Option<Step> {
    let after = if let Some(after) = ctx.number_pair_end(i, s1, &["-"]) {
        after
    } else if ctx.kind(i) == TokenKind::Number && ctx.word(i).contains('-') {
        i + 1
    } else {
        return None;
    };
    (after < s1 && ctx.lower_is(after, "that")).then_some(Step::Next(after))
}

/// Longest parenthesis skipped between a cue and its content, in tokens.
const MAX_PARENTHESIS: usize = 10;

/// "said on Monday (Mar 10) that …", "said (in a Facebook post) that …": a short parenthesis with
/// no quote in it, with more of the sentence after it, is an aside.
fn parenthesis(ctx: &Context<'_, '_>, i: usize, s1: usize) -> Option<Step> {
    if ctx.word(i) != "(" {
        return None;
    }
    let close = (i + 1..s1.min(i + MAX_PARENTHESIS)).find(|&t| matches!(ctx.word(t), ")" | "("))?;
    let plain = ctx.word(close) == ")"
        && !(i..=close).any(|t| ctx.in_quote(t) || matches!(ctx.word(t), "\"" | "“" | "”"));
    (plain && close + 2 < s1).then_some(Step::Next(close + 1))
}

/// A leading "that" opens the content ("said that …"; not "suggesting that might not be enough",
/// where "that" is the subject, nor "rejected that, too", a pronoun object, nor "rejected that
/// claim", a determiner). For a trailing test,
/// an adverbial clause after the first step ("… told his advisers as he labored …") or a short
/// time phrase closing the sentence ("…, Ben Carson said after the attacks.") ends the clause.
fn that_or_clause(ctx: &Context<'_, '_>, i: usize, s1: usize, trailing: bool, steps: usize) -> Option<Step> {
    let lw = ctx.lower(i);
    // ("said that, starting Monday, the city would …": a phrase set off after "that", then the
    // clause's subject; or a bare noun and its verb, "asked that, instead of flowers, donations
    // be made".)
    let bare_subject = |t: usize| {
        ctx.kind(t) == crate::text::TokenKind::Word
            && ctx.lower_class(t).is_none()
            && ctx.verb_follows(t + 1, s1)
    };
    let phrase_then_clause = || {
        ctx.word(i + 1) == ","
            && (i + 3..s1.min(i + MAX_PHRASE_WORDS + 2))
                .find(|&t| ctx.word(t) == ",")
                .is_some_and(|c| c + 1 < s1 && (ctx.subject_starts(c + 1) || bare_subject(c + 1)))
    };
    // ("rejected that claim.", "dismissed that report as false": "that" before a noun that ends
    // the phrase is its determiner.)
    let determiner = || {
        i + 2 < s1
            && ctx.kind(i + 1) == crate::text::TokenKind::Word
            && ctx.lower_class(i + 1).is_none()
            && !ctx.is_cap(i + 1)
            && (matches!(ctx.word(i + 2), "." | ";" | "!" | "?") || ctx.lower_is(i + 2, "as"))
    };
    let pronoun_that = || {
        i + 1 >= s1
            || matches!(ctx.word(i + 1), "," | "." | ";" | "!" | "?") && !phrase_then_clause()
            || matches!(ctx.class(i + 1), Some(WordClass::Modal | WordClass::Aux))
            || determiner()
    };
    if lw == "that" && !trailing && !pronoun_that() {
        let comma = usize::from(i + 1 < s1 && ctx.word(i + 1) == ",");
        return Some(Step::Done(i + 1 + comma));
    }
    if trailing && steps > 1 && words::is_adverbial_clause(lw) && !phrase_before_content(ctx, i, s1) {
        return Some(Step::Done(s1));
    }
    // ("…, larger ships ordered during the boom are flooding the market": "during" takes no
    // clause, so a verb after its noun is the sentence's own, and the cue sits inside its subject.)
    // (Not an infinitive's "be": "said during his speech to be a delegate".)
    let finite = |t: usize| {
        matches!(ctx.class(t), Some(WordClass::Aux | WordClass::Modal)) && !ctx.lower_is(t - 1, "to")
    };
    let clause_after_during = || lw == "during" && (i + 2..s1).any(finite);
    let closing_time_phrase = trailing
        && matches!(lw, "after" | "before" | "during")
        && s1 - i <= 10
        && !(i + 1..s1).any(|t| matches!(ctx.word(t), "," | "“" | "\"" | ":") || ctx.lower_is(t, "that"))
        && !clause_after_during();
    closing_time_phrase.then_some(Step::Done(s1))
}

/// "told reporters after the match that …", "told reporters before the hearing: “…”": a word that
/// opens either a clause or a phrase heads a phrase when no pronoun, auxiliary, verb or cue comes
/// before a "that" or a colon; the content follows it. ("… told his advisers as he labored …" and
/// "… told them after he left that …" are clauses.)
fn phrase_before_content(ctx: &Context<'_, '_>, i: usize, s1: usize) -> bool {
    if !matches!(ctx.lower(i), "after" | "before" | "since" | "until") {
        return false;
    }
    let end = (i + 1..s1.min(i + MAX_PHRASE_WORDS)).find(|&t| ctx.word(t) == ":" || ctx.lower_is(t, "that"));
    end.is_some_and(|end| end > i + 1 && (i + 1..end).all(|t| verbless_word(ctx, t)))
}

/// Longest phrase, in tokens, between a cue's addressee or time phrase and the "that" or colon
/// that opens its content.
const MAX_PHRASE_WORDS: usize = 8;

/// Whether token `t` is a word that can sit in a phrase with no clause of its own: no pronoun,
/// auxiliary, modal, verb or cue.
fn verbless_word(ctx: &Context<'_, '_>, t: usize) -> bool {
    ctx.kind(t) == TokenKind::Word
        && ctx.cue(t).is_none()
        && !matches!(
            ctx.class(t),
            Some(WordClass::Pron | WordClass::Aux | WordClass::Modal | WordClass::Verb)
        )
}

/// Time words ("said Monday", "said today"; not "Monday's speech", a noun phrase), an adverb set
/// off by a comma (", however, that …"), and a time word after "on", "last", "this" … ("said last
/// week").
fn time_words(ctx: &Context<'_, '_>, i: usize, s1: usize) -> Option<Step> {
    let lw = ctx.lower(i);
    let possessed = || ctx.possessive_s(i + 1, s1);
    if let Some(end) = date_end(ctx, i, s1) {
        return Some(Step::Next(end));
    }
    // ("said August was the hottest month": a time word opening the content with a verb right
    // after it is the subject; not "promised Monday to begin …", "Sunday morning was …".)
    let subject = i + 1 < s1
        && i > 0
        && !matches!(ctx.lower_class(i - 1), Some(WordClass::Time | WordClass::Prep))
        && matches!(ctx.lower_class(i + 1), Some(WordClass::Aux | WordClass::Modal | WordClass::Verb));
    // (Not a name it opens: "told Morning Report the …".)
    let named = ctx
        .entity(i)
        .is_some_and(|e| e.span.start == ctx.byte(i) && ctx.doc.token_index_at(e.span.end) > i + 1);
    if (matches!(ctx.lower_class(i), Some(WordClass::Time)) || lw == "today")
        && !possessed()
        && !subject
        && !named
    {
        return Some(Step::Next(i + 1));
    }
    // "the ministry said here on Tuesday that …", "he told reporters here": where it was said (not
    // "said here is the plan").
    let verb_next = i + 1 < s1
        && (matches!(ctx.lower_class(i + 1), Some(WordClass::Aux | WordClass::Modal))
            || matches!(ctx.lower(i + 1), "comes" | "come" | "goes" | "lies"));
    if lw == "here" && !verb_next {
        return Some(Step::Next(i + 1));
    }
    if ctx.lower_class(i) == Some(WordClass::Adv) && i + 1 < s1 && ctx.word(i + 1) == "," {
        return Some(Step::Next(i + 2));
    }
    // (Not "says this year's event was …": the time phrase owns a noun.)
    // ("estimated in May that …": the month, not the modal.)
    let lead = words::is_time_lead_after_cue(lw)
        && i + 1 < s1
        && (matches!(ctx.class(i + 1), Some(WordClass::Time))
            || ctx.word(i + 1) == "May"
            || date_end(ctx, i + 1, s1).is_some())
        && !ctx.possessive_s(i + 2, s1);
    if lead {
        // ("said on March 6 that …": the whole date.)
        return Some(Step::Next(date_end(ctx, i + 1, s1).unwrap_or(i + 2)));
    }
    // "said late on Tuesday that …", "said early in the day": "late" or "early" before a time
    // phrase; the phrase is read next.
    let phrase_after = matches!(lw, "late" | "early")
        && i + 2 < s1
        && matches!(ctx.lower(i + 1), "on" | "in" | "at")
        && (i + 2..s1.min(i + 4)).any(|t| ctx.class(t) == Some(WordClass::Time));
    phrase_after.then_some(Step::Next(i + 1))
}

/// "said Dec. 4 that …", "said March 4, 2025, that …", "said on 14 May that …": where a date
/// written with its month (or its day) at `i`, its day (or month) and its year, ends.
fn date_end(ctx: &Context<'_, '_>, i: usize, s1: usize) -> Option<usize> {
    let lw = ctx.lower(i);
    // ("the carrier disclosed on 14 May", "on 3 March 2024": the day before the month.)
    let day = |t: usize| t < s1 && ctx.kind(t) == TokenKind::Number && ctx.word(t).len() <= 2;
    if day(i) && i + 1 < s1 && words::is_day_or_month(ctx.lower(i + 1)) && ctx.is_cap(i + 1) {
        let year = i + 2 < s1 && ctx.kind(i + 2) == TokenKind::Number && ctx.word(i + 2).len() == 4;
        return Some(if year { i + 3 } else { i + 2 });
    }
    let month = words::is_month_abbreviation(lw) && i + 2 < s1 && ctx.word(i + 1) == "."
        || words::is_day_or_month(lw) && ctx.is_cap(i);
    let mut t = if ctx.word(i + 1) == "." { i + 2 } else { i + 1 };
    if !month || t >= s1 || ctx.kind(t) != TokenKind::Number || ctx.word(t).len() > 2 {
        return None;
    }
    t += 1;
    if t + 1 < s1 && ctx.word(t) == "," && ctx.kind(t + 1) == TokenKind::Number && ctx.word(t + 1).len() == 4
    {
        t += 2;
    }
    Some(t)
}

/// The addressee of "told": "told reporters", "told Reuters", "told him", "told Randolph and others
/// that …".
fn addressee(ctx: &Context<'_, '_>, i: usize, s1: usize) -> Option<Step> {
    // ("told staff to return to the office", "told residents in Lower Hutt to boil water": an
    // instruction, whose addressee is part of what was said, like "urged X to Y".)
    if instruction_after(ctx, i, s1) {
        return None;
    }
    if let Some(that) = addressee_before_that(ctx, i, s1) {
        return Some(Step::Next(that));
    }
    if words::is_object_pronoun(ctx.lower(i)) {
        return Some(Step::Next(i + 1));
    }
    // ("told Tuesday's meeting it was one of the hardest decisions": a day's meeting or hearing.)
    let day_possessive = i + 3 < s1
        && ctx.lower_class(i) == Some(WordClass::Time)
        && matches!(ctx.word(i + 1), "'" | "’")
        && ctx.lower_is(i + 2, "s")
        && ctx.kind(i + 3) == TokenKind::Word
        && ctx.lower_class(i + 3).is_none();
    if day_possessive {
        return Some(Step::Next(i + 4));
    }
    if let Some(np) = right_np(ctx, i, s1) {
        let mut i = np.tokens.end;
        // ("told the Herald foot traffic had dropped": the addressee's name ends before the
        // reported clause's subject, which its verb follows.)
        let last_cap = np.tokens.clone().rev().find(|&t| ctx.is_cap(t));
        if let Some(c) = last_cap.filter(|&c| c > np.tokens.start && c + 1 < i && ctx.verb_follows(i, i + 1))
        {
            i = c + 1;
        }
        if i + 1 < s1 && ctx.lower_is(i, "and") {
            if let Some(more) = right_np(ctx, i + 1, s1).or_else(|| subject_np(ctx, i + 1, s1)) {
                i = more.tokens.end;
            }
        }
        // "told BBC Sport:", "told Sky News that": capitalised words after a named addressee are
        // its name.
        if ctx.is_cap(np.tokens.start) {
            i = outlet_name_end(ctx, i, s1);
        }
        // ("told the state broadcaster the money would come …": plain nouns after the phrase,
        // before the reported clause's subject and verb, are the addressee's.)
        let mut j = i;
        while j < s1.min(i + 2) && ctx.plain_word(j) {
            j += 1;
        }
        if j > i && j + 1 < s1 && ctx.subject_starts(j) && ctx.verb_follows(j + 1, s1) {
            i = j;
        }
        return Some(Step::Next(possessed_noun(ctx, i, s1)));
    }
    if let Some(that) = audience_before_that(ctx, i, s1) {
        return Some(Step::Next(that));
    }
    if let Some(end) = plain_addressee(ctx, i, s1) {
        return Some(Step::Next(end));
    }
    // ("told council members the incentive would work": a bare plural phrase, then the reported
    // clause's subject.)
    let j = (i..s1.min(i + 3)).find(|&t| !ctx.plain_word(t)).unwrap_or(s1.min(i + 3));
    if j > i + 1 && j < s1 && ctx.lower(j - 1).ends_with('s') && ctx.subject_starts(j) {
        return Some(Step::Next(j));
    }
    ctx.lower_class(i).is_none().then_some(Step::Next(i + 1))
}

/// Whether an addressee at `i` (a few words, with no verb, cue or comma) comes before "to" and a
/// verb's base form: "told staff to return", "told residents in Lower Hutt to boil water" (not
/// "told reporters he was ready to go", whose "to" follows a verb).
fn instruction_after(ctx: &Context<'_, '_>, i: usize, s1: usize) -> bool {
    const MAX_ADDRESSEE_TOKENS: usize = 6;
    let Some(to) = (i + 1..s1.min(i + 1 + MAX_ADDRESSEE_TOKENS)).find(|&t| ctx.lower_is(t, "to")) else {
        return false;
    };
    // (Not a clause's subject and verb before the "to": "told POLITICO he planned to stay".)
    let addressee = (i..to).all(|t| {
        ctx.kind(t) == TokenKind::Word
            && ctx.lower_cue(t).is_none()
            && (ctx.lower_class(t) != Some(WordClass::Pron) || words::is_object_pronoun(ctx.lower(t)))
            && !(t > i && ctx.lower(t).ends_with("ed"))
            // (A second noun phrase opens the clause's subject: "told the BBC the decision to
            // close the ward was …"; one after a preposition is the addressee's.)
            && !(t > i
                && matches!(ctx.lower_class(t), Some(WordClass::Det | WordClass::Poss))
                && ctx.lower_class(t - 1) != Some(WordClass::Prep))
            && !matches!(ctx.lower_class(t), Some(WordClass::Aux | WordClass::Modal | WordClass::Verb | WordClass::Subord))
    });
    let verb = to + 1 < s1
        && ctx.kind(to + 1) == TokenKind::Word
        && !ctx.is_cap(to + 1)
        && matches!(ctx.lower_class(to + 1), None | Some(WordClass::Verb));
    addressee && verb
}

/// "“…,” his friend told the website.", "told the magazine on Monday": an article or possessive
/// and up to three plain words that no speaker rule reads as a noun phrase, ending the clause or
/// before a time word. Returns the token after them.
fn plain_addressee(ctx: &Context<'_, '_>, i: usize, s1: usize) -> Option<usize> {
    if !matches!(ctx.class(i), Some(WordClass::Det | WordClass::Poss)) {
        return None;
    }
    let mut j = i + 1;
    while j < s1
        && j < i + 4
        && ctx.kind(j) == TokenKind::Word
        && ctx.class(j).is_none()
        && ctx.cue(j).is_none()
    {
        j += 1;
    }
    // (Not before a preposition: "told the story of …" and "told a town hall in Salem, …" go on.)
    // ("told the jury his account was false", "told the jury the evidence against the accused
    // was overwhelming": before the reported clause's subject, whose verb follows within a few
    // words.)
    const MAX_SUBJECT_TOKENS: usize = 6;
    let clause = || {
        j + 1 < s1
            && matches!(ctx.class(j), Some(WordClass::Det | WordClass::Poss))
            && (j + 1..s1.min(j + MAX_SUBJECT_TOKENS)).any(|t| ctx.verb_follows(t, t + 1))
    };
    let closes = j >= s1 || ctx.is_punct(j) || ctx.class(j) == Some(WordClass::Time) || clause();
    // ("told a joke", "told the truth": what was told, not to whom.)
    let told_thing = (i + 1..j).any(|t| words::is_told_thing(ctx.lower(t)));
    (j > i + 1 && closes && !told_thing).then_some(j)
}

/// "asked the Cleveland crowd: “Why should we …?”": the people asked, right before the quote of
/// the question.
/// Also "asked Ann Bell whether she would resign": the person asked, before the question.
fn asked_before_quote(ctx: &Context<'_, '_>, i: usize, s1: usize) -> Option<Step> {
    let np = right_np(ctx, i, s1).or_else(|| subject_np(ctx, i, s1))?;
    let mut end = np.tokens.end;
    if end < s1 && matches!(ctx.lower(end), "whether" | "if") {
        return Some(Step::Next(end));
    }
    if end < s1 && matches!(ctx.word(end), "," | ":") {
        end += 1;
    }
    (end < s1 && ctx.quotes.opening_at(ctx.byte(end)).is_some()).then_some(Step::Next(end))
}

/// "warned customers that outages could last days", "promised voters that taxes would fall": a
/// short noun phrase with no verb right before a "that" is the audience. Returns the "that".
/// (Not a preposition's phrase, "warned of a storm that could develop …", whose "that" opens a
/// relative clause.)
fn audience(ctx: &Context<'_, '_>, i: usize, s1: usize) -> Option<Step> {
    if let Some(that) = picked_out(ctx, i, s1) {
        return Some(Step::Next(that));
    }
    let that = (i + 1..s1.min(i + MAX_PHRASE_WORDS)).find(|&j| ctx.lower_is(j, "that"))?;
    let plain = (i..that).all(|j| verbless_word(ctx, j) && ctx.class(j) != Some(WordClass::Subord));
    (plain && ctx.class(i) != Some(WordClass::Prep)).then_some(Step::Next(that))
}

/// Where the name of a named addressee ends, from token `i` past its first word: capitalised
/// words, a channel's number ("told France 24 that", "told WKRT 7 News she …", "told WKTR 7 he
/// …") and the kind of
/// outlet ("told People magazine").
fn outlet_name_end(ctx: &Context<'_, '_>, mut i: usize, s1: usize) -> usize {
    // ("told Morning Report the money …": a capitalised noun that is a cue word too.)
    let verb =
        |t: usize| ctx.cue(t).is_some() && (ctx.lower(t).ends_with("ed") || ctx.lower(t).ends_with("ing"));
    // ("told CNBC-TV18 that": a hyphen glued inside the name.)
    let hyphen = |t: usize| t + 1 < s1 && ctx.hyphen_inside(t);
    let past_name = |mut t: usize| {
        while t < s1 && (ctx.is_cap(t) && ctx.kind(t) == TokenKind::Word && !verb(t) || hyphen(t)) {
            t += 1;
        }
        t
    };
    i = past_name(i);
    // ("told France 24 that", "told NBC 5 that", "told BBC Radio 4:": a channel's number.)
    let channel = i + 1 < s1
        && ctx.kind(i) == TokenKind::Number
        && ctx.word(i).len() <= 3
        && (ctx.lower_is(i + 1, "that") || matches!(ctx.word(i + 1), ":" | ","));
    // ("told WKRT 7 News she saw smoke": a channel's number inside its name.)
    let numbered_name = i + 1 < s1
        && ctx.kind(i) == TokenKind::Number
        && ctx.word(i).len() <= 2
        && matches!(ctx.word(i + 1), "News" | "Eyewitness" | "Action");
    // ("told WKTR 7 he heard four or five shots", "told KVRN News 8 she woke up …": a station's
    // call letters or name and its channel, then the reported clause's subject.)
    let call_letters = |w: &str| (3..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    let station = i + 1 < s1
        && i > 0
        && ctx.kind(i) == TokenKind::Number
        && ctx.word(i).len() <= 2
        && (call_letters(ctx.word(i - 1)) || matches!(ctx.word(i - 1), "News" | "TV" | "Channel"))
        && ctx.subject_starts(i + 1);
    if numbered_name {
        i = past_name(i + 1);
    } else if channel || station {
        i += 1;
    }
    // ("told People magazine the actress was resting": the kind of outlet after its name.)
    if i < s1 && matches!(ctx.lower(i), "magazine" | "newspaper" | "website" | "radio" | "podcast") {
        i += 1;
    }
    i
}

/// Most tokens of an addressee, its appositive and a time phrase before "that".
const MAX_ADDRESSEE_TOKENS: usize = 12;

/// "told Swedish news agency TT on Thursday that …", "told her Russian counterpart, Igor Zaitsev,
/// that …": words with no verb, pronoun subject or cue (commas and a time phrase among them) up to
/// a "that", which opens the content. Returns the "that". (Not what was told: "told the story
/// that …".)
fn addressee_before_that(ctx: &Context<'_, '_>, i: usize, s1: usize) -> Option<usize> {
    // ("Inflation, Governor Tomasz Wrobel told a news conference on Thursday, would likely peak":
    // a comma before the verb of the interrupted clause ends the addressee as "that" would.)
    let verb_after = |j: usize| {
        ctx.word(j) == ","
            && j + 1 < s1
            && matches!(ctx.lower_class(j + 1), Some(WordClass::Aux | WordClass::Modal | WordClass::Neg))
    };
    let that =
        (i + 1..s1.min(i + MAX_ADDRESSEE_TOKENS)).find(|&j| ctx.lower_is(j, "that") || verb_after(j))?;
    if let Some(that) = picked_out(ctx, i, s1) {
        return Some(that);
    }
    let plain = (i..that).all(|t| {
        ctx.word(t) == ","
            || verbless_word(ctx, t)
                && !matches!(ctx.class(t), Some(WordClass::Subord | WordClass::Pron))
                && !words::is_told_thing(ctx.lower(t))
            || words::is_object_pronoun(ctx.lower(t)) && t == i
            || ctx.class(t) == Some(WordClass::Poss) && t == i
            || ctx.kind(t) == TokenKind::Number
    });
    // (A "that" right before a verb is a relative pronoun: "told the crowd that came".)
    let relative = ctx.lower_is(that, "that")
        && that + 1 < s1
        && (matches!(ctx.class(that + 1), Some(WordClass::Aux | WordClass::Modal | WordClass::Verb))
            || ctx.lower(that + 1).ends_with("ed"));
    (plain && !relative && ctx.word(i) != ",").then_some(that)
}

/// "officials warned those who stayed behind that rescuers might not be able to reach them",
/// "told those who attended that …": people a relative clause picks out (with no verb of saying
/// in it) before a "that". Returns the "that".
fn picked_out(ctx: &Context<'_, '_>, i: usize, s1: usize) -> Option<usize> {
    if !matches!(ctx.lower(i), "those" | "anyone" | "everyone" | "people" | "residents")
        || !ctx.lower_is(i + 1, "who")
    {
        return None;
    }
    let that = (i + 2..s1.min(i + MAX_ADDRESSEE_TOKENS)).find(|&j| ctx.lower_is(j, "that"))?;
    (i + 2..that).all(|t| ctx.kind(t) == TokenKind::Word && ctx.cue(t).is_none()).then_some(that)
}

/// Most tokens of an audience phrase before its "that" or subject pronoun.
const MAX_AUDIENCE_TOKENS: usize = 12;

/// "told a crowd in Miami Tuesday that …", "told the raucous crowd that …", "told the jury he had
/// been …", "told the jury the defendant had …": an audience no speaker rule reads as a noun
/// phrase, opening with an article or a possessive and running, with no verb, pronoun or
/// punctuation, to a "that" or a subject pronoun. Returns the token of the "that" or the pronoun.
fn audience_before_that(ctx: &Context<'_, '_>, i: usize, s1: usize) -> Option<usize> {
    if !matches!(ctx.class(i), Some(WordClass::Det | WordClass::Poss)) {
        return None;
    }
    // ("told the jury the defendant had …": a second article opening a subject with its verb.)
    // ("told a community meeting at the Kagiso Hall on Sunday that …": a place and a day.)
    let that = (i + 1..s1.min(i + MAX_AUDIENCE_TOKENS)).find(|&j| {
        matches!(ctx.lower(j), "that" | "he" | "she" | "they" | "we" | "i" | "it")
            || j > i + 1 && ctx.class(j) == Some(WordClass::Det) && ctx.verb_follows(j + 1, s1)
    })?;
    let plain = (i + 1..that).all(|j| verbless_word(ctx, j) && ctx.class(j) != Some(WordClass::Subord));
    (that > i + 1 && plain).then_some(that)
}

/// "told the BBC's Today programme that …", "told Reuters' reporters": a noun after the
/// addressee's possessive belongs to the addressee. Returns the token after it (`i` when no
/// possessive follows).
/// Most tokens of a quoted programme title, marks included ("“Meet the Press”").
const MAX_TITLE_TOKENS: usize = 8;

fn possessed_noun(ctx: &Context<'_, '_>, i: usize, s1: usize) -> usize {
    let mark = i < s1 && matches!(ctx.word(i), "'" | "’") && ctx.touches(i - 1, i);
    if !mark {
        return i;
    }
    let mut j = if i + 1 < s1 && ctx.word(i + 1) == "s" && ctx.touches(i, i + 1) { i + 2 } else { i + 1 };
    let first = j;
    // "on ABC's “This Week” that …": a programme's title in quotation marks.
    if let Some(q) = ctx.quotes.opening_at(ctx.byte(j)) {
        let end = ctx.doc.token_index_at(q.span.end);
        if end > j && end - j <= MAX_TITLE_TOKENS {
            return end;
        }
    }
    // ("CBC's The Current the plan …": a title opening on a capitalised "The".)
    let title_the = |t: usize| t == first && ctx.word(t) == "The";
    // ("the ABC’s 7.30 program the government …", "CBS's 60 Minutes": a title opening on a
    // number, its stops and parts touching.)
    if j < s1 && ctx.kind(j) == TokenKind::Number {
        j += 1;
        while j + 1 < s1 && ctx.touches(j - 1, j) && matches!(ctx.word(j), "." | ":") && ctx.touches(j, j + 1)
        {
            j += 2;
        }
    }
    while j < s1
        && j < first + 4
        && ctx.kind(j) == TokenKind::Word
        && !ctx.lower_is(j, "that")
        && (matches!(ctx.class(j), None | Some(WordClass::Time)) || title_the(j))
        && ctx.cue(j).is_none()
    {
        j += 1;
    }
    if j > first {
        j
    } else {
        i
    }
}

/// "said on condition of anonymity …", "said by telephone", "have said for years that …", "said for
/// the first time that …": no part of the report.
fn anonymity_or_means(ctx: &Context<'_, '_>, i: usize, s1: usize) -> Option<Step> {
    let lw = ctx.lower(i);
    if lw == "on"
        && (ctx.lower_is(i + 1, "condition")
            || ctx.lower_is(i + 1, "the") && ctx.lower_is(i + 2, "condition"))
    {
        // "told AFP on condition of anonymity that …": the content's "that" ends it too (not the
        // "that" of "on condition that …").
        let stop = (i..s1).find(|&t| {
            matches!(ctx.word(t), "," | ":" | ";" | "“" | "\"")
                || ctx.word(t) == "." && t + 1 >= s1
                || t > i + 2 && ctx.lower_is(t, "that")
        });
        return Some(Step::Next(stop.unwrap_or(s1)));
    }
    if lw == "by" && i + 1 < s1 && means_of_contact(ctx.lower(i + 1)) {
        return Some(Step::Next(i + 2));
    }
    let years = lw == "for" && i + 1 < s1 && ctx.class(i + 1) == Some(WordClass::Time);
    if years {
        return Some(Step::Next(i + 2));
    }
    // "said for the first time that …", "said for the last time".
    let occasion = lw == "for"
        && i + 3 < s1
        && ctx.lower_is(i + 1, "the")
        && words::is_occasion_ordinal(ctx.lower(i + 2))
        && ctx.lower_is(i + 3, "time");
    occasion.then_some(Step::Next(i + 4))
}

/// "said dryly", "said quietly that …", "put it simply: “…”": an adverb of manner before the
/// clause, a colon or the end.
fn manner_adverb(ctx: &Context<'_, '_>, i: usize, s1: usize) -> Option<Step> {
    let lw = ctx.lower(i);
    // (Closures: the neighbours are read only for a word ending in "-ly".)
    let clause_or_end = || {
        i + 1 >= s1 || matches!(ctx.word(i + 1), "." | "," | "!" | "?" | ":") || ctx.lower_is(i + 1, "that")
    };
    // (A listed adverb only before a colon: "put it simply:", "said bluntly:".)
    let colon = || i + 1 < s1 && ctx.word(i + 1) == ":";
    let open_class = || ctx.lower_class(i).is_none() || colon() && ctx.lower_class(i) == Some(WordClass::Adv);
    let manner = lw.ends_with("ly") && lw.len() > 3 && open_class() && !ctx.is_cap(i) && clause_or_end();
    // ("put it more simply:", "said most clearly:": a degree word before the adverb.)
    let degree = matches!(lw, "more" | "most" | "very" | "less")
        && i + 2 < s1
        && ctx.lower(i + 1).ends_with("ly")
        && matches!(ctx.word(i + 2), ":" | ",");
    if degree {
        return Some(Step::Next(i + 1));
    }
    // "said repeatedly that …", "said only that …": a listed adverb right before "that".
    let before_that = ctx.lower_class(i) == Some(WordClass::Adv) && i + 1 < s1 && ctx.lower_is(i + 1, "that");
    (manner || before_that).then_some(Step::Next(i + 1))
}

/// "said in a statement the agency would respect the decision": at `i`, "in" or "on", an article
/// and a noun of a statement's form, then a subject whose verb follows (over an age: "a
/// 35-year-old woman had been charged") or a time phrase ("on Monday the woman had …").
fn statement_then_clause(ctx: &Context<'_, '_>, i: usize, s1: usize) -> bool {
    const MAX_SUBJECT_TOKENS: usize = 8;
    // ("Analysts at Jefferies said in a note the results were …": a note to clients.)
    let form_noun = |t: usize| {
        words::is_speech_act_noun(ctx.lower(t))
            || matches!(
                ctx.lower(t),
                "interview" | "letter" | "post" | "email" | "briefing" | "tweet" | "video" | "note" | "memo"
            )
    };
    let k = i + 3;
    let form = k + 1 < s1
        && matches!(ctx.lower(i), "in" | "on")
        && matches!(ctx.class(i + 1), Some(WordClass::Det | WordClass::Poss))
        && form_noun(i + 2);
    let subject = || {
        ctx.subject_starts(k) && (k + 1..s1.min(k + MAX_SUBJECT_TOKENS)).any(|t| ctx.verb_follows(t, t + 1))
    };
    let time = || {
        ctx.class(k) == Some(WordClass::Time)
            || ctx.class(k) == Some(WordClass::Prep) && ctx.class(k + 1) == Some(WordClass::Time)
    };
    form && (subject() || time())
}

/// Whether token `i` opens a prepositional phrase of the prelude: a preposition of place, time or
/// medium, or "to" before a noun phrase.
fn opens_phrase(ctx: &Context<'_, '_>, cue: &CueMatch, i: usize, s1: usize, trailing: bool) -> bool {
    // ("agreed to a 7% pay rise": after "agree", "to" opens its object, not an addressee.)
    let to_np = ctx.lower(i) == "to"
        && cue.lemma != "agree"
        && i + 1 < s1
        && (ctx.is_cap(i + 1)
            || matches!(ctx.class(i + 1), Some(WordClass::Det | WordClass::Poss | WordClass::Pron))
            || ctx.lower_is(i + 1, "reporters"));
    // ("said at least six planes flew over": "at least" and "at most" count, they open no phrase.)
    let counts = ctx.lower_is(i, "at") && i + 1 < s1 && matches!(ctx.lower(i + 1), "least" | "most");
    // ("said outside court that her client would appeal": a place, when "that" follows it; not
    // "said outside experts had checked it", an adjective.)
    const PLACE_WORDS: usize = 5;
    // (After a trailing attribution, before an article: "…, Marcus Feld told reporters outside
    // the court in Brampton.")
    let place = matches!(ctx.lower(i), "outside" | "inside")
        && ((i + 2..s1.min(i + 2 + PLACE_WORDS)).any(|t| ctx.lower_is(t, "that"))
            || trailing && i + 1 < s1 && ctx.class(i + 1) == Some(WordClass::Det));
    // ("Justice Eleanor Whitcomb wrote for the majority that …": for whom a judge writes.)
    let for_bench = cue.lemma == "write"
        && ctx.lower_is(i, "for")
        && i + 3 < s1
        && ctx.class(i + 1) == Some(WordClass::Det)
        && ctx.lower_is(i + 3, "that");
    (to_np || place || for_bench || words::is_prelude_preposition(ctx.lower(i))) && !counts
}

/// Most tokens of a "while addressing …" phrase before its "that".
const MAX_WHILE_TOKENS: usize = 14;

/// "said while addressing a rally in Lucknow on Sunday that …", "said after meeting the families
/// that …": a participle phrase of when it was said, up to the "that" that opens the content.
fn while_doing(ctx: &Context<'_, '_>, i: usize, s1: usize) -> Option<Step> {
    let opens = matches!(ctx.lower(i), "while" | "when" | "after" | "before")
        && i + 1 < s1
        && ctx.lower(i + 1).ends_with("ing")
        && ctx.lower_class(i + 1).is_none();
    if !opens {
        return None;
    }
    let that = (i + 2..s1.min(i + MAX_WHILE_TOKENS))
        .take_while(|&t| !matches!(ctx.word(t), "," | ";" | ":" | "“" | "\""))
        .find(|&t| ctx.lower_is(t, "that"))?;
    Some(Step::Next(that))
}

/// Most tokens of a prepositional phrase after a cue, before its content.
const MAX_PREP_PHRASE: usize = 10;

/// Most tokens of one that a "that" ends (see [`prepositional_phrase`]).
const MAX_PREP_PHRASE_BEFORE_THAT: usize = 13;

/// A prepositional phrase up to a comma, colon or "that" ("said in a statement that …", "told
/// reporters at the White House:"); "talked with Clinton's operation about the next steps": the
/// topic is the content. "to" heads a phrase only before a noun phrase ("to reporters"), not a
/// verb ("to be").
fn prepositional_phrase(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    i: usize,
    s1: usize,
    trailing: bool,
) -> Option<Step> {
    if !opens_phrase(ctx, cue, i, s1, trailing) {
        return None;
    }
    // ("said in a statement released by the university's press office: “…”": a participle saying
    // who put the statement out lengthens the phrase.)
    let released = |t: usize| ctx.lower(t).ends_with("ed") && words::is_medium_noun(ctx.lower(t - 1));
    let put_out = (i + 2..s1.min(i + 5)).any(released);
    // A full stop ends the phrase only at the end of the sentence, not after an initial ("John F.
    // Kerry") or an abbreviation. A subject pronoun or an auxiliary starts the reported clause
    // ("said in politics it takes time"), so the phrase has ended before it.
    // ("estimated in May that …": a capitalised "May" after a preposition is the month.)
    let month = |j: usize| ctx.word(j) == "May" && ctx.class(j - 1) == Some(WordClass::Prep);
    let phrase_end = |j: usize| {
        matches!(ctx.word(j), "," | ":" | "“" | "\"" | ";")
            || ctx.word(j) == "." && j + 1 >= s1
            || ctx.lower_is(j, "that")
            || matches!(ctx.class(j), Some(WordClass::Pron | WordClass::Aux | WordClass::Modal)) && !month(j)
    };
    let mut lim = (i + if trailing || put_out { 16 } else { MAX_PREP_PHRASE }).min(s1);
    // ("said at a packed town hall meeting in Eastfield on Wednesday night that …": a phrase
    // with a place and a time in it may run longer when a "that" ends it.)
    if !trailing && !put_out {
        let longer = (lim..s1.min(i + MAX_PREP_PHRASE_BEFORE_THAT)).find(|&t| phrase_end(t));
        if longer.is_some_and(|t| ctx.lower_is(t, "that")) {
            lim = s1.min(i + MAX_PREP_PHRASE_BEFORE_THAT);
        }
    }
    let mut j = i + 1;
    while j < lim && !phrase_end(j) && !ctx.lower_is(j, "about") {
        // ("on NBC's “Meet the Press” that …": an outlet's programme.)
        if matches!(ctx.word(j), "'" | "’") {
            let after = possessed_noun(ctx, j, s1);
            if after > j {
                j = after;
                continue;
            }
        }
        // "in a statement", "in a note to clients", "on a conference call": a cue word after an
        // article or a possessive is the phrase's noun.
        let det = |t: usize| matches!(ctx.class(t), Some(WordClass::Det | WordClass::Poss));
        // ("conceded at Senate estimates that …": a cue word after a capitalised modifier, before
        // the "that", is the phrase's noun too.)
        // (Not a name's verb: "with Donald Trump tweeting that", "the lawsuit Lynch announced".)
        let noun_form = !ctx.lower(j).ends_with("ing") && !ctx.lower(j).ends_with("ed");
        let named = j >= i + 2 && ctx.is_cap(j - 1) && noun_form && j + 1 < s1 && ctx.lower_is(j + 1, "that");
        // ("said in its monthly oil market report on Thursday that …": plain words between.)
        const MAX_MODIFIERS: usize = 3;
        let modifier = |t: usize| ctx.kind(t) == TokenKind::Word && !ctx.is_cap(t) && ctx.class(t).is_none();
        let noun = ctx.lower_is(j, "statement")
            || named
            || det(j - 1)
            || (j.saturating_sub(MAX_MODIFIERS + 1).max(i + 1)..j - 1)
                .any(|d| det(d) && (d + 1..j).all(modifier));
        // ("said in an Instagram post announcing her exit": after a quote, a participle that says
        // what the post was about ends the attribution with it.)
        let about = trailing && ctx.lower(j).ends_with("ing") && words::is_medium_noun(ctx.lower(j - 1));
        // ("…, the club said in a brief statement posted on its website": a participle saying
        // where the statement was put.)
        let posted = released(j);
        if ctx.cue(j).is_some() && !noun && !about && !posted {
            break;
        }
        j += 1;
    }
    if j < lim && ctx.lower_is(j, "about") {
        return Some(Step::Done(j));
    }
    // ("said in a statement “there is no risk”": a quotation opening right after the phrase.)
    // (The phrase ends on its noun: not "doubled down on the “king of debt” moniker".)
    let quote = !trailing
        && j < lim
        && j > i + 1
        && matches!(ctx.class(j - 1), None | Some(WordClass::Time))
        && ctx.quotes.opening_at(ctx.byte(j)).is_some();
    if j >= s1 || (j < lim && matches!(ctx.word(j), "," | ":" | ".") || ctx.lower_is(j, "that")) || quote {
        return Some(Step::Next(j));
    }
    // "said in a statement it would appeal": a subject pronoun opens the reported clause after a
    // phrase of an article and its noun.
    let subject = j < lim
        && matches!(ctx.lower(j), "it" | "he" | "she" | "they" | "we" | "i")
        && matches!(ctx.class(i + 1), Some(WordClass::Det | WordClass::Poss));
    if subject && !trailing {
        return Some(Step::Next(j));
    }
    // ("said in a statement there was no indication the break had damaged any gas lines": an
    // existential "there" before the auxiliary that ended the phrase opens the reported clause.)
    let there = j < lim
        && j > i + 3
        && ctx.lower_is(j - 1, "there")
        && matches!(ctx.lower_class(j), Some(WordClass::Aux | WordClass::Modal))
        && matches!(ctx.class(i + 1), Some(WordClass::Det | WordClass::Poss));
    if there && !trailing {
        return Some(Step::Next(j - 1));
    }
    if !trailing && statement_then_clause(ctx, i, s1) {
        return Some(Step::Next(i + 3));
    }
    if let Some(e) = (!trailing).then(|| place_then_clause(ctx, i, s1)).flatten() {
        return Some(Step::Next(e));
    }
    (trailing && j >= lim).then_some(Step::Done(i))
}

/// "told reporters in Quebec City the province would not back down": a place named after "in" or
/// "at" at `i`, then a determiner or pronoun opening the reported clause; or a day after the place
/// ("told reporters in Edmonton on Tuesday she had …"). Returns where the place ends.
fn place_then_clause(ctx: &Context<'_, '_>, i: usize, s1: usize) -> Option<usize> {
    const MAX_PLACE_WORDS: usize = 4;
    if !(matches!(ctx.lower(i), "in" | "at") && i + 1 < s1 && ctx.is_cap(i + 1)) {
        return None;
    }
    let e = (i + 1..s1.min(i + 2 + MAX_PLACE_WORDS))
        .find(|&t| !(ctx.is_cap(t) && ctx.kind(t) == TokenKind::Word))
        .filter(|&e| e > i + 1)?;
    let day_after = || matches!(ctx.lower(e), "on" | "at") && time_words(ctx, e, s1).is_some();
    (matches!(ctx.class(e), Some(WordClass::Det | WordClass::Pron | WordClass::Poss)) || day_after())
        .then_some(e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::Fixture;

    /// The text from the first content token, skipping the prelude after `cue`.
    fn content_from(text: &str, cue: &str, purpose: Purpose) -> String {
        let f = Fixture::new(text);
        let Some(c) = f.cues.iter().find(|c| c.span.as_str(text) == cue) else { return String::new() };
        let s1 = f.doc.sentences()[c.sentence].tokens.end;
        let i = f.with(|ctx| skip_prelude(ctx, c, c.tokens.end, s1, purpose));
        f.doc.tokens().get(i).map_or(String::new(), |t| text[t.span.start..].to_string())
    }

    #[test]
    fn a_phrase_before_a_quotation() {
        // "said in a statement “there is no risk”", "acknowledged in a forum Monday night “…”";
        // not "doubled down on the “king of debt” moniker".
        let text = "Pharmacorp said in a statement “there is no risk.”";
        assert_eq!(content_from(text, "said", Purpose::Content), "“there is no risk.”");
        let text = "He acknowledged in a forum Monday night “it will be hard.”";
        assert_eq!(content_from(text, "acknowledged", Purpose::Content), "“it will be hard.”");
        let text = "He doubled down on the “king of debt” moniker.";
        assert_eq!(content_from(text, "doubled down", Purpose::Content), "on the “king of debt” moniker.");
    }

    #[test]
    fn a_statement_put_out_by_someone_before_a_colon() {
        // "Lead author Dr Hannah Velasquez said in a statement released by the university's press
        // office: “We can't rule out …”"
        let text = "Dr Hannah Velasquez said in a statement released by the university's press office: “We can't rule it out.”";
        assert_eq!(content_from(text, "said", Purpose::Content), "“We can't rule it out.”");
    }

    #[test]
    fn there_after_a_phrase_of_the_statement() {
        // "Cascade Valley Gas said in a statement there was no indication the break had damaged
        // any gas lines."
        let text = "Cascade Valley Gas said in a statement there was no indication the break had damaged any gas lines.";
        assert_eq!(
            content_from(text, "said", Purpose::Content),
            "there was no indication the break had damaged any gas lines."
        );
    }

    #[test]
    fn a_note_a_tally_and_the_bench_before_the_content() {
        // "Analysts at Jefferies said in a note the results were “messy but not thesis-changing”".
        let text = "Analysts at Jefferies said in a note the results were messy.";
        assert_eq!(content_from(text, "said", Purpose::Content), "the results were messy.");
        // "The Supreme Court on Thursday ruled 6-3 that the Environmental Protection Agency
        // overstepped its authority …"
        let text = "The Supreme Court on Thursday ruled 6-3 that the agency overstepped its authority.";
        assert_eq!(content_from(text, "ruled", Purpose::Content), "the agency overstepped its authority.");
        // "Justice Eleanor Whitcomb wrote for the majority that the Clean Water Act …".
        let text = "Justice Eleanor Whitcomb wrote for the majority that the act does not reach wells.";
        assert_eq!(content_from(text, "wrote", Purpose::Content), "the act does not reach wells.");
    }

    #[test]
    fn a_named_hearing_before_that() {
        // "… after senior bureaucrats conceded at Senate estimates that almost two-thirds of the
        // money went to projects in government-held seats."
        let text = "Bureaucrats conceded at Senate estimates that most of the money went to marginal seats.";
        assert_eq!(
            content_from(text, "conceded", Purpose::Content),
            "most of the money went to marginal seats."
        );
    }

    #[test]
    fn a_hyphen_inside_a_channel_name() {
        // "Later in the day, Deshmane told CNBC-TV18 that cement prices in the south were likely
        // to firm up after the monsoon."
        let text = "Deshmane told CNBC-TV18 that cement prices would rise.";
        assert_eq!(content_from(text, "told", Purpose::Content), "cement prices would rise.");
    }

    #[test]
    fn a_channel_with_its_number_inside_its_name() {
        let text = "Tanya Brooks told WKRT 7 News she saw smoke.";
        assert_eq!(content_from(text, "told", Purpose::Content), "she saw smoke.");
        // (Not a channel: "told the call handler he …", a cue word modifying the addressee.)
        let text = "Darren Pyke told the call handler he was sorry.";
        assert_eq!(content_from(text, "told", Purpose::Content), "he was sorry.");
        let text = "Tasha Greer told KVRN News 8 she woke up to the alarm.";
        assert_eq!(content_from(text, "told", Purpose::Content), "she woke up to the alarm.");
        let text = "Tanya Brooks told Channel 7 Eyewitness News she saw smoke.";
        assert_eq!(content_from(text, "told", Purpose::Content), "she saw smoke.");
    }

    #[test]
    fn a_phrase_of_when_or_where_it_was_said() {
        // "said while addressing a rally in Lucknow on Sunday that …"
        let text = "Rakesh Malhotra said while addressing a rally in Lucknow on Sunday that the state would build schools.";
        assert_eq!(content_from(text, "said", Purpose::Content), "the state would build schools.");
        // "…, Marcus Feld told reporters outside the court in Brampton.", "…, Dunmore Rovers said
        // in a brief statement posted on its website late on Sunday.": the clause is over (the
        // scan ends at the full stop, or past it).
        let text = "It was a vindication, Marcus Feld told reporters outside the court in Brampton.";
        assert!(matches!(content_from(text, "told", Purpose::Trailing).as_str(), "" | "."));
        let text = "He will miss the season, Dunmore Rovers said in a brief statement posted on its website late on Sunday.";
        assert!(matches!(content_from(text, "said", Purpose::Trailing).as_str(), "" | "."));
    }

    #[test]
    fn a_place_before_that() {
        // "said outside court that her client would appeal"; "said outside experts had checked it"
        // keeps its subject.
        let text = "Priya Venn said outside court that her client would appeal.";
        assert_eq!(content_from(text, "said", Purpose::Content), "her client would appeal.");
        let text = "He said outside experts had checked it.";
        assert_eq!(content_from(text, "said", Purpose::Content), "outside experts had checked it.");
    }

    #[test]
    fn addressees_dates_and_asides_before_the_content() {
        for (text, cue, content) in [
            // "told the jury his account was false": a plain addressee before the clause's subject.
            ("She told the jury his account was false.", "told", "his account was false."),
            // "told Swedish news agency TT on Thursday that …", an appositive after the addressee.
            (
                "Lars-Erik Dahlgren told Swedish news agency TT on Thursday that the bank had no exposure.",
                "told",
                "the bank had no exposure.",
            ),
            (
                "Leona Fitch told her Russian counterpart, Igor Zaitsev, that the sanctions would remain.",
                "told",
                "the sanctions would remain.",
            ),
            // "said Dec. 4 that …", "said March 4, 2025, that …".
            ("Steelmark said Dec. 4 that it would cut jobs.", "said", "it would cut jobs."),
            // "The ministry said on March 6 that …": a date after "on", with its day and year.
            ("The ministry said on March 6 that malls must sort waste.", "said", "malls must sort waste."),
            ("Steelmark said on Dec. 4, 2024, that it would cut jobs.", "said", "it would cut jobs."),
            ("Steelmark said March 4, 2025, that it would cut jobs.", "said", "it would cut jobs."),
            // "the carrier disclosed on 14 May", "said on 3 March 2024 that …": the day first.
            ("Steelmark said on 14 May that it would cut jobs.", "said", "it would cut jobs."),
            ("Steelmark said on 3 March 2024 that it would cut jobs.", "said", "it would cut jobs."),
            // "estimated in May that …": the month, not the modal.
            (
                "The CBO estimated in May that the package would cost more.",
                "estimated",
                "the package would cost more.",
            ),
            // "claimed without evidence that …", "testified under oath that …".
            (
                "Dale Hardwick claimed without evidence that ballots were faked.",
                "claimed",
                "ballots were faked.",
            ),
            ("She testified under oath that she never saw it.", "testified", "she never saw it."),
            // "said that, starting Monday, the city would …".
            (
                "Benedikt Aurel said that, starting Monday, the city would tow cars.",
                "said",
                "starting Monday, the city would tow cars.",
            ),
            // "asked that, instead of flowers, donations be made …": a bare subject.
            (
                "The family asked that, instead of flowers, donations be made to the theatre.",
                "asked",
                "instead of flowers, donations be made to the theatre.",
            ),
        ] {
            assert_eq!(content_from(text, cue, Purpose::Content), content, "{text}");
        }
    }

    #[test]
    fn at_least_opens_the_content() {
        // "The mayor said at least six planes flew over."
        let got = content_from("The mayor said at least six planes flew over.", "said", Purpose::Content);
        assert_eq!(got, "at least six planes flew over.");
    }

    #[test]
    fn a_post_about_something_after_a_quote() {
        // "“Goodbye, everyone,” singer Jane Doe said in an Instagram post announcing her exit.":
        // the prelude runs to the stop, so the cue trails its quote.
        let text = "“Goodbye, everyone,” singer Jane Doe said in an Instagram post announcing her exit.";
        assert_eq!(content_from(text, "said", Purpose::Trailing), ".");
    }

    #[test]
    fn plain_nouns_end_the_addressee() {
        // "The minister told the state broadcaster the money would come from the fund."
        let text = "The minister told the state broadcaster the money would come from the fund.";
        assert_eq!(content_from(text, "told", Purpose::Content), "the money would come from the fund.");
    }

    #[test]
    fn late_or_early_before_a_time_phrase() {
        // "The minister said late on Tuesday that taxes would rise."
        let got = content_from(
            "The minister said late on Tuesday that taxes would rise.",
            "said",
            Purpose::Content,
        );
        assert_eq!(got, "taxes would rise.");
    }

    #[test]
    fn a_bare_plural_addressee() {
        // "told council members the incentive would work".
        let text = "Alan Brekke told council members the incentive would work.";
        assert_eq!(content_from(text, "told", Purpose::Content), "the incentive would work.");
    }

    #[test]
    fn a_programme_named_after_a_part_of_the_day_is_the_addressee() {
        // "Regional manager Hemi Tāwhai told Morning Report the agency's best estimate was seven to
        // ten days."
        let text = "Manager Hemi Tawhai told Morning Report the estimate was seven days.";
        assert_eq!(content_from(text, "told", Purpose::Content), "the estimate was seven days.");
        let text = "Manager Hemi Tawhai told reporters Monday the estimate was seven days.";
        assert_eq!(content_from(text, "told", Purpose::Content), "the estimate was seven days.");
    }

    #[test]
    fn a_channel_number_is_part_of_the_addressee() {
        // "told France 24 that …", "told NBC 5 that …".
        let text = "Jean Dupont told FRANCE 24 that the movement would grow.";
        assert_eq!(content_from(text, "told", Purpose::Content), "the movement would grow.");
        let text = "The chief told NBC 5 that two people died.";
        assert_eq!(content_from(text, "told", Purpose::Content), "two people died.");
        // "A store clerk told WKTR 7 he heard four or five shots"; not "told BBC 2 people had died".
        let text = "A store clerk told WKTR 7 he heard four or five shots.";
        assert_eq!(content_from(text, "told", Purpose::Content), "he heard four or five shots.");
        let text = "She told BBC 2 people had died.";
        assert_eq!(content_from(text, "told", Purpose::Content), "2 people had died.");
    }

    #[test]
    fn the_person_asked_before_the_question() {
        // "asked Ann Bell whether she would resign", "asked the mayor if …".
        let text = "Reporters asked Ann Bell whether she would resign.";
        assert_eq!(content_from(text, "asked", Purpose::Content), "whether she would resign.");
        let text = "He asked the mayor if the plan was legal.";
        assert_eq!(content_from(text, "asked", Purpose::Content), "if the plan was legal.");
    }

    #[test]
    fn an_audience_before_that() {
        // "warned customers that …", "promised voters that …".
        let text = "The utility warned customers that outages could last days.";
        assert_eq!(content_from(text, "warned", Purpose::Content), "outages could last days.");
        let text = "She promised voters that taxes would fall.";
        assert_eq!(content_from(text, "promised", Purpose::Content), "taxes would fall.");
        // "officials warned those who stayed behind that rescuers might not be able to reach them":
        // people a relative clause picks out.
        let text = "Officials warned those who stayed behind that rescuers might not reach them.";
        assert_eq!(content_from(text, "warned", Purpose::Content), "rescuers might not reach them.");
        let text = "He told those who attended that the plan was dead.";
        assert_eq!(content_from(text, "told", Purpose::Content), "the plan was dead.");
        // Without "that", the object is what was said.
        assert_eq!(
            content_from("He warned the plan would fail.", "warned", Purpose::Content),
            "the plan would fail."
        );
    }

    #[test]
    fn a_parenthesis_between_cue_and_content() {
        // "said on Monday (Mar 10) that …", "said (in a Facebook post) that …".
        let text = "The ministry said on Monday (Mar 10) that retrenchments had fallen.";
        assert_eq!(content_from(text, "said", Purpose::Content), "retrenchments had fallen.");
        let text = "Tan said (in a Facebook post) that the plan was sound.";
        assert_eq!(content_from(text, "said", Purpose::Content), "the plan was sound.");
    }

    #[test]
    fn that_as_a_determiner() {
        // "Mrs Askew rejected that claim.", "Weaver dismissed that suggestion as a sign …": the
        // noun phrase is the content, "that" and all; "said that officials lied" opens a clause.
        let got = content_from("Mrs Askew rejected that claim.", "rejected", Purpose::Content);
        assert_eq!(got, "that claim.");
        let got = content_from(
            "Weaver dismissed that suggestion as a sign of panic.",
            "dismissed",
            Purpose::Content,
        );
        assert_eq!(got, "that suggestion as a sign of panic.");
        let got = content_from("She said that officials lied.", "said", Purpose::Content);
        assert_eq!(got, "officials lied.");
    }

    #[test]
    fn time_statement_and_that() {
        // "said on Monday in a statement that …"
        let got = content_from(
            "He said on Monday in a statement that prices would rise.",
            "said",
            Purpose::Content,
        );
        assert_eq!(got, "prices would rise.");
        // "said here on Tuesday that …" (where it was said), but "said here is the plan".
        let got =
            content_from("The ministry said here on Tuesday that it would end.", "said", Purpose::Content);
        assert_eq!(got, "it would end.");
        let got = content_from("He said here is the plan.", "said", Purpose::Content);
        assert_eq!(got, "here is the plan.");
        // "told reporters in Quebec City the province …": the place where it was said.
        // "told reporters aboard Air Force One that …".
        let text = "He told reporters aboard Air Force One that it would end.";
        assert_eq!(content_from(text, "told", Purpose::Content), "it would end.");
        // An outlet's programme, quoted or capitalised.
        let text = "He said on NBC's “Meet the Press” that it would end.";
        assert_eq!(content_from(text, "said", Purpose::Content), "it would end.");
        let text = "He told CBC's The Current the plan was dead.";
        assert_eq!(content_from(text, "told", Purpose::Content), "the plan was dead.");
        let text = "He told reporters in Quebec City the province would not back down.";
        assert_eq!(content_from(text, "told", Purpose::Content), "the province would not back down.");
        // A cue word as the phrase's noun; a subject pronoun after the phrase opens the clause.
        for text in [
            "Analysts wrote in a note to clients that prices would rise.",
            "She told analysts on a conference call that prices would rise.",
            // (Plain words between: "said in its monthly oil market report on Thursday that …".)
            "Analysts said in their monthly oil market report on Thursday that prices would rise.",
        ] {
            let cue = text.split(' ').nth(1).unwrap_or_default();
            assert_eq!(content_from(text, cue, Purpose::Content), "prices would rise.", "{text}");
        }
        let got = content_from("The firm said in a statement it would appeal.", "said", Purpose::Content);
        assert_eq!(got, "it would appeal.");
        // "said dryly", "said for years that …"
        assert_eq!(content_from("He said dryly that it was over.", "said", Purpose::Content), "it was over.");
        assert_eq!(content_from("He put it simply: “We lost.”", "put it", Purpose::Content), "“We lost.”");
        // "said in a statement the agency would …": no "that" after the statement.
        let got = content_from("She said in a statement the agency would act.", "said", Purpose::Content);
        assert_eq!(got, "the agency would act.");
        // A month with its verb after it is the subject: "said August was the hottest month".
        let got = content_from("The service said August was the hottest month.", "said", Purpose::Content);
        assert_eq!(got, "August was the hottest month.");
        let got = content_from("He promised Monday to begin at once.", "promised", Purpose::Content);
        assert_eq!(got, "to begin at once.");
        // … over an age, or after a time: "said in a statement a 35-year-old woman had …".
        let got = content_from(
            "Police said in a statement a 35-year-old woman had been charged.",
            "said",
            Purpose::Content,
        );
        assert_eq!(got, "a 35-year-old woman had been charged.");
        let got = content_from(
            "Police said in a statement on Monday the woman had been charged.",
            "said",
            Purpose::Content,
        );
        assert_eq!(got, "the woman had been charged.");
        // "says this year's event was …": the time phrase owns a noun.
        let got = content_from("She says this year's event was the biggest.", "says", Purpose::Content);
        assert_eq!(got, "this year's event was the biggest.");
        // "said repeatedly that …", "said only that …", "said for the first time that …".
        for text in [
            "He said repeatedly that it was over.",
            "He said only that it was over.",
            "He said for the first time that it was over.",
        ] {
            assert_eq!(content_from(text, "said", Purpose::Content), "it was over.", "{text}");
        }
    }

    #[test]
    fn the_addressee_of_an_instruction_stays() {
        // "Wellington Water told residents in Lower Hutt to boil drinking water": like "urged X to
        // Y"; not "told POLITICO he planned to stay neutral".
        let text = "Wellington Water told residents in Lower Hutt to boil water.";
        assert_eq!(content_from(text, "told", Purpose::Content), "residents in Lower Hutt to boil water.");
        let text = "Laura Finch told staff to return to the office.";
        assert_eq!(content_from(text, "told", Purpose::Content), "staff to return to the office.");
        let text = "Stenehjem told POLITICO he planned to stay neutral.";
        assert_eq!(content_from(text, "told", Purpose::Content), "he planned to stay neutral.");
        let text = "Helen Gray told the BBC the decision to close the ward was wrong.";
        assert_eq!(content_from(text, "told", Purpose::Content), "the decision to close the ward was wrong.");
    }

    #[test]
    fn addressee_of_told() {
        // "told reporters", "told Randolph and others that …"
        let got = content_from("She told reporters the plan was dead.", "told", Purpose::Content);
        assert_eq!(got, "the plan was dead.");
        // "told the BBC's Today programme that …", "told CNN’s Jake Tapper the …".
        let text = "She told the BBC's Today programme that the plan was dead.";
        assert_eq!(content_from(text, "told", Purpose::Content), "the plan was dead.");
        let text = "She told CNN’s Jake Tapper the plan was dead.";
        assert_eq!(content_from(text, "told", Purpose::Content), "the plan was dead.");
        // "told the ABC’s 7.30 program the government …": a title opening on a number.
        let text = "She told the ABC’s 7.30 program the plan was dead.";
        assert_eq!(content_from(text, "told", Purpose::Content), "the plan was dead.");
        // "told the Herald foot traffic had dropped", "told People magazine the actress …".
        let text = "He told the Herald foot traffic had dropped.";
        assert_eq!(content_from(text, "told", Purpose::Content), "foot traffic had dropped.");
        let text = "She told People magazine the actress was resting.";
        assert_eq!(content_from(text, "told", Purpose::Content), "the actress was resting.");
        // "told Tuesday's meeting it was one of the hardest decisions": a day's meeting.
        let text = "She told Tuesday's meeting it was one of the hardest decisions.";
        assert_eq!(content_from(text, "told", Purpose::Content), "it was one of the hardest decisions.");
        // "told a crowd in Miami Tuesday that …", "told the raucous crowd that …".
        let text = "He told a crowd in Miami Tuesday that the plan was dead.";
        assert_eq!(content_from(text, "told", Purpose::Content), "the plan was dead.");
        let text = "He told the raucous crowd that the plan was dead.";
        assert_eq!(content_from(text, "told", Purpose::Content), "the plan was dead.");
        // "told a community meeting at the Kagiso Hall on Sunday that …": a place and a day.
        let text = "Mayor Thandeka Mokoena told a community meeting at the Kagiso Hall on Sunday that \
                    repeated power cuts had left the reservoirs empty.";
        let want = "repeated power cuts had left the reservoirs empty.";
        assert_eq!(content_from(text, "told", Purpose::Content), want);
        // "told the jury he had …", "told BBC Sport: …", "told reporters after the match: …".
        let text = "He told the jury he had been at home.";
        assert_eq!(content_from(text, "told", Purpose::Content), "he had been at home.");
        let text = "Reid told the jury the defendant had a history of violence.";
        assert_eq!(content_from(text, "told", Purpose::Content), "the defendant had a history of violence.");
        let text = "Doyle told BBC Sport: “We lost.”";
        assert_eq!(content_from(text, "told", Purpose::Content), "“We lost.”");
        let text = "Pell told reporters after the match: “We lost.”";
        assert_eq!(content_from(text, "told", Purpose::Content), "“We lost.”");
    }

    #[test]
    fn anonymity_and_means() {
        // "said on condition of anonymity …", "said by telephone".
        let got = content_from("He said by telephone that it was over.", "said", Purpose::Content);
        assert_eq!(got, "it was over.");
        let got = content_from(
            "A source told AFP on condition of anonymity that the talks had stalled.",
            "told",
            Purpose::Content,
        );
        assert_eq!(got, "the talks had stalled.");
        let got =
            content_from("He said on condition of anonymity, the plan was dead.", "said", Purpose::Content);
        assert_eq!(got, "the plan was dead.");
    }

    #[test]
    fn trailing_test_ends_at_a_new_clause() {
        // ", adding …" after the attribution: the clause is over.
        let got =
            content_from("It failed, he said, adding that talks would resume.", "said", Purpose::Trailing);
        assert_eq!(got, "");
        // "…, Ben Carson said after the attacks."
        assert_eq!(
            content_from("It failed, Ben Carson said after the attacks.", "said", Purpose::Trailing),
            ""
        );
        // "… told his advisers as he laboured …": an adverbial clause after the addressee.
        // (Not a verb after "during"'s noun: "…, larger ships ordered during the boom are …".)
        let text =
            "Executives warned that new, larger ships ordered during the boom are flooding the market.";
        assert_eq!(
            content_from(text, "ordered", Purpose::Trailing),
            "during the boom are flooding the market."
        );
        assert_eq!(
            content_from("It failed, Ben Carson said during the visit.", "said", Purpose::Trailing),
            ""
        );
        let got = content_from("Pell told them after he left that it was over.", "told", Purpose::Trailing);
        assert_eq!(got, "");
    }

    #[test]
    fn a_plain_addressee() {
        // "told the website." ends the clause: nothing is left for the content after it.
        let got =
            content_from("It was over, his friend John Smith told the website.", "told", Purpose::Content);
        assert_eq!(got, ".");
    }

    #[test]
    fn the_people_asked_before_a_quote() {
        let text = "Smith asked the Cleveland crowd: “Why should we trust her?”";
        assert_eq!(content_from(text, "asked", Purpose::Content), "“Why should we trust her?”");
    }

    #[test]
    fn an_aside_before_that() {
        // "claimed, without evidence, that …"; a clause between the commas is no aside.
        let got = content_from(
            "Trump claimed, without evidence, that the vote was rigged.",
            "claimed",
            Purpose::Content,
        );
        assert_eq!(got, "the vote was rigged.");
        // "Reuters reported, citing two sources familiar with the matter, that …": whom it cites.
        let text = "Reuters reported, citing two sources familiar with the matter, that the talks stalled.";
        assert_eq!(content_from(text, "reported", Purpose::Content), "the talks stalled.");
        // "claimed — again falsely — that …", "- again falsely -": between dashes too.
        let text = "He claimed — again falsely — that Obama wanted to admit 250,000 Syrians.";
        assert_eq!(content_from(text, "claimed", Purpose::Content), "Obama wanted to admit 250,000 Syrians.");
        let text = "He claimed - again falsely - that Obama wanted to admit 250,000 Syrians.";
        assert_eq!(content_from(text, "claimed", Purpose::Content), "Obama wanted to admit 250,000 Syrians.");
        let f = Fixture::new("He said, as he left, that it was over.");
        let comma = f.token(",");
        let end = f.doc.tokens().len();
        assert_eq!(f.with(|ctx| aside_before_that(ctx, comma, end)), None);
    }

    #[test]
    fn a_degree_word_before_a_manner_adverb() {
        // "Okafor put it more simply: “We cannot afford it.”"
        let text = "Okafor put it more simply: “We cannot afford it.”";
        assert_eq!(content_from(text, "put it", Purpose::Content), "“We cannot afford it.”");
    }

    #[test]
    fn a_pseudo_cleft() {
        // "What the minister said on Tuesday was that any rise must be tied to results."
        let text = "What the minister said on Tuesday was that any rise must be tied to results.";
        assert_eq!(content_from(text, "said", Purpose::Content), "any rise must be tied to results.");
    }

    #[test]
    fn a_day_after_the_place() {
        // "told reporters in Edmonton on Tuesday she had …": the place, then the day, then the
        // reported clause with no "that".
        let text = "Premier Danielle Fortier told reporters in Edmonton on Tuesday she had no intention.";
        assert_eq!(content_from(text, "told", Purpose::Content), "she had no intention.");
    }

    #[test]
    fn a_long_phrase_that_a_that_ends() {
        // "said at a packed town hall meeting in Eastfield on Wednesday night that …": a meeting,
        // its place and its time before the "that".
        let text = "Mayor Tom Brennan said at a packed town hall meeting in Eastfield on Wednesday night \
                    that the city would hire 40 officers.";
        assert_eq!(content_from(text, "said", Purpose::Content), "the city would hire 40 officers.");
    }

    #[test]
    fn a_time_phrase_after_the_addressee() {
        // "told reporters after the match that …": "after" heads a phrase, not a clause.
        let text = "Pell told reporters after the match that they were second to every ball.";
        assert_eq!(content_from(text, "told", Purpose::Content), "they were second to every ball.");
        assert_ne!(content_from(text, "told", Purpose::Trailing), "");
        let text = "Pell told reporters before training: “We were poor.”";
        assert_eq!(content_from(text, "told", Purpose::Content), "“We were poor.”");
        // "Inflation, Governor Tomasz Wrobel told a news conference on Thursday, would …": a comma
        // before the interrupted clause's verb ends the addressee.
        let text = "Inflation, Governor Tomasz Wrobel told a news conference on Thursday, would peak.";
        assert_eq!(content_from(text, "told", Purpose::Content), "would peak.");
    }
}
