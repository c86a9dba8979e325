//! Content after the cue: "said (that) the talks failed", "said: “…”", "opposed the trade deal"
//! (an object noun phrase), up to where the reported clause ends.

use crate::cues::{CueForm, CueMatch};
use crate::entities::EntityLabel;
use crate::lexicon::{NounKind, WordClass};
use crate::text::TokenKind;
use crate::Stance;

use super::super::context::Context;
use super::super::mentions::Pronoun;
use super::super::proposition::has_verb;
use super::super::raw::Content;
use super::super::words;
use super::prelude::{skip_prelude, Purpose};

/// Content to the right of a cue whose attribution ends before token `after`, up to `clause_end`
/// (exclusive token).
pub(crate) fn right_content(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    after: usize,
    clause_end: usize,
) -> Option<Content> {
    let start = skip_prelude(ctx, cue, after, clause_end, Purpose::Content);
    // (Only punctuation left after the prelude: "apologizing to Sanders." says nothing more.)
    if start >= clause_end || !reports_here(ctx, cue, start) || (start..clause_end).all(|t| ctx.is_punct(t)) {
        return None;
    }
    // ("He insisted on paying, and the porter called a taxi": the clause a conjunction joins after
    // the prelude's comma is the writer's next one; "The driver signalled and pulled out": right
    // after the cue, the speaker's next verb.)
    // ("thinks so" is an answer.)
    let joined = matches!(ctx.lower(start), "and" | "but" | "yet" | "so" | "or");
    let next_verb = start == after && matches!(ctx.lower(start), "and" | "but" | "or");
    if next_verb || joined && start > after + 1 && ctx.word(start - 1) == "," {
        return None;
    }
    // A quote opening right here: direct if it runs to the end of the clause.
    if let Some(q) = ctx.quotes.opening_at(ctx.byte(start)) {
        let after_q = ctx.doc.token_index_at(q.span.end);
        let rest_is_punct = (after_q..clause_end).all(|t| matches!(ctx.word(t), "." | "!" | "?" | "," | ";"));
        // ("Campaigners chanting “Save our Southbank” marched to City Hall": a participle after
        // its subject, inside the clause, has the quotation for its object; the verb after it is
        // the clause's.)
        let participle_object = cue.form == CueForm::Gerund
            && cue.group_start > 0
            && ctx.kind(cue.group_start - 1) == TokenKind::Word
            && after_q < clause_end
            && (matches!(ctx.lower_class(after_q), Some(WordClass::Verb | WordClass::Aux))
                || !ctx.is_cap(after_q) && ctx.lower(after_q).ends_with("ed"));
        if rest_is_punct || after_q >= clause_end || participle_object {
            return Some(Content::quotation(q));
        }
    }
    if let Some(q) = quotation_after_object(ctx, start, clause_end) {
        return Some(Content::quotation(q));
    }
    // A new clause ends the reported one: ", while …", ", saying …", ", but he …".
    let mut end =
        (start + 1..clause_end).find(|&t| clause_stops(ctx, cue, start, t, clause_end)).unwrap_or(clause_end);
    if cue.object {
        end = object_end(ctx, start, end);
    }
    end = relative_clause_end(ctx, cue, start, end);
    end = gap_clause_end(ctx, cue, start, end);
    // The content must not end inside a quote: extend to its closing mark.
    if let Some(q) =
        ctx.doc.tokens().get(end.saturating_sub(1)).and_then(|t| ctx.quotes.covering(t.span.start))
    {
        let close = ctx.doc.token_index_at(q.span.end);
        end = if quote_runs_on(ctx, q, close, start, end, clause_end) {
            close
        } else {
            end.max(close).min(clause_end.max(end))
        };
    }
    let end = ctx.trim_end_punctuation(start, end);
    Some(Content::reported(ctx.span(start, end), &ctx.quotes))
}

/// Most tokens of an object noun phrase before a colon and a quotation.
const MAX_OBJECT_BEFORE_COLON: usize = 7;

/// "Omar Hamid explained his reasoning: “If we wait for perfect data, we will never act.”", "gave
/// a blunt warning: “…”": a short object with no verb, a colon, and a quotation that runs to the
/// clause's end: the quotation is what was said.
fn quotation_after_object<'q>(
    ctx: &'q Context<'_, '_>,
    start: usize,
    clause_end: usize,
) -> Option<&'q crate::quotes::Quote> {
    let last = clause_end.saturating_sub(1).min(start + 1 + MAX_OBJECT_BEFORE_COLON);
    let colon = (start + 1..last).find(|&t| ctx.word(t) == ":")?;
    // (Not a clause of the writer's own before the colon: "he responded:", "his wife whispered to
    // him:", "Grayson said of his fiancée:".)
    let verbless = (start..colon).all(|t| {
        ctx.kind(t) == TokenKind::Word
            && !matches!(ctx.lower_class(t), Some(WordClass::Aux | WordClass::Modal | WordClass::Verb))
            && ctx.cue(t).is_none()
            && !ctx.lower(t).ends_with("ed")
            && Pronoun::at(ctx, t).is_none()
            && !ctx.in_quote(t)
    });
    let q = ctx.quotes.opening_at(ctx.byte(colon + 1))?;
    let after_q = ctx.doc.token_index_at(q.span.end);
    let rest_is_punct = (after_q..clause_end).all(|t| ctx.is_punct(t));
    (verbless && rest_is_punct).then_some(q)
}

/// "Gunn said the ruling was “in direct conflict with God's design. The threat to religious
/// liberty is very clear.”": a quotation opened inside the reported clause, which ends its
/// sentence, runs on over the next sentences of the paragraph and ends theirs too; the whole
/// quotation is what was said. (Not a quotation with words after it: "… “bad. We'll appeal,”
/// Smith added" gives the next sentence its own attribution.) `close` is the token after the
/// quotation's closing mark.
fn quote_runs_on(
    ctx: &Context<'_, '_>,
    q: &crate::quotes::Quote,
    close: usize,
    start: usize,
    end: usize,
    clause_end: usize,
) -> bool {
    if close <= clause_end || end != clause_end || q.pieces.len() != 1 || q.span.start < ctx.byte(start) {
        return false;
    }
    let sentences = ctx.doc.sentences();
    let here = ctx.doc.sentence_at(ctx.byte(start));
    let last = ctx.doc.sentence_at(q.span.end.saturating_sub(1));
    sentences.get(here).is_some_and(|s| s.tokens.end == clause_end)
        && sentences.get(last).is_some_and(|s| (close..s.tokens.end).all(|t| ctx.is_punct(t)))
}

/// Whether the reported clause stops at token `t`: "… but argues that …", "… called the merger a
/// terrible deal and ranked …" (the same subject's next verb); ", but he …", "— and the Senate is
/// holding …" (a clause with a subject of its own); ", saying …" (a participle with a cue); after a
/// cue other than a verb of saying, an adverbial clause (", while …"). "Earnest said Obama enjoys
/// the event, in part, because …": after a verb of saying, an adverbial clause is part of what was
/// said.
fn clause_stops(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, t: usize, clause_end: usize) -> bool {
    let next_verb =
        matches!(ctx.lower(t), "but" | "and") && speakers_next_verb(ctx, cue, start, t, clause_end);
    if next_verb || ctx.lower_is(t, "but") && refusal_follows(ctx, t + 1, clause_end) {
        return true;
    }
    if let Some(stops) = dash_comment(ctx, t, clause_end) {
        return stops;
    }
    if !matches!(ctx.word(t), "," | "—" | "–") || t + 1 >= clause_end {
        return false;
    }
    let comma = ctx.word(t) == ",";
    // "both men are “non-entities in the Senate,” but he gave …": a comma inside a quotation that
    // closes on it is read as the comma after the closing mark (though not before "and" or a
    // comparison, which go on with the quoted speaker's words more often than not: "… “didn't
    // work,” and the country has become a failed state", "… is “peanuts,” compared to …").
    let quoted = ctx.quote_closes_on(t, clause_end);
    let t = if quoted { t + 1 } else { t };
    if t + 1 >= clause_end {
        return false;
    }
    let next = ctx.lower(t + 1);
    let cue_next = comma && ctx.lower_cue(t + 1).is_some_and(|c| c.form.ends_with("ing"));
    // ("…, and ministers will meet on Friday": a bare plural noun right before an auxiliary or a
    // modal opens a subject too.)
    let plural_subject = |u: usize| {
        u + 1 < clause_end
            && !ctx.is_cap(u)
            && ctx.lower_class(u).is_none()
            && ctx.lower(u).len() > 3
            && ctx.lower(u).ends_with('s')
            && matches!(ctx.lower_class(u + 1), Some(WordClass::Aux | WordClass::Modal))
    };
    let new_subject = (next == "but" || next == "and" && !quoted)
        && t + 2 < clause_end
        && (Pronoun::at(ctx, t + 2).is_some()
            || plural_subject(t + 2)
            || ctx.subject_starts(t + 2)
                && !ctx.lower_is(t + 2, "that")
                && ctx.verb_follows(t + 3, clause_end));
    if !comma {
        return new_subject;
    }
    let new_subject = new_subject && !said_goes_on(ctx, cue, start, t, clause_end);
    // "… say they have a favorable view of Clinton, compared with 64 percent who …": the writer's
    // comparison, not what was said.
    let comparison = !quoted && t + 2 < clause_end && words::opens_comparison(next, ctx.lower(t + 2));
    // "Kestrel warned that costs would weigh on profit, sending its shares down 5%", "…, beating
    // forecasts": the writer tells what the statement did, or compares its figure.
    // ("Mayor Jane Doe said she will not run, ending weeks of speculation": what the statement
    // brought about.)
    let market = words::is_comparing_participle(next)
        || words::is_consequence_participle(next) && !quoted
        || words::is_market_participle(next)
            && (t + 2..clause_end.min(t + 6)).any(|u| words::is_market_noun(ctx.lower(u)));
    // "The company said it would cut 500 jobs, a move that surprised analysts": an appositive
    // that names the whole clause as an event comments on it.
    // ("…, an apparent swipe at …": one plain word before the noun.)
    let noun_at = |u: usize| u + 1 < clause_end && words::is_comment_noun(ctx.lower(u));
    let comment = matches!(next, "a" | "an")
        && t + 3 < clause_end
        && (noun_at(t + 2) || ctx.lower_class(t + 2).is_none() && !ctx.is_cap(t + 2) && noun_at(t + 3))
        && !(t + 1..clause_end).any(|u| ctx.in_quote(u));
    let when = !quoted && (said_when_or_where(ctx, t, clause_end) || meanwhile(ctx, t, clause_end));
    // ("He claimed the vote had been rigged, without providing evidence", "… said the defendant
    // had shown no remorse, before jailing him", "…, before reversing himself": what the speaker
    // did then, the writer's; not "… how she will pay for it, without raising taxes", "… closing
    // the gap, after trailing by double digits", still what was said.)
    let act = |u: usize| {
        ctx.lower(u).ends_with("ing")
            && ctx.lower_class(u).is_none()
            && (words::is_object_pronoun(ctx.lower(u + 1)) || ctx.lower(u + 1).ends_with("self"))
    };
    let unsupported =
        |u: usize| matches!(ctx.lower(u), "providing" | "offering" | "giving" | "citing" | "presenting");
    let sequel = !quoted
        && t + 3 < clause_end
        && (next == "without" && unsupported(t + 2) || matches!(next, "before" | "after") && act(t + 2));
    // ("…, with Treasurer Lachlan Pryor saying “everything is on the table”": a speaker of their
    // own, in an absolute phrase.)
    let with_saying = next == "with" && absolute_saying(ctx, t, clause_end);
    // ("Organisers said 25,000 people took part, while the Metropolitan Police put the figure at
    // 8,000": a contrast in which another person or body gives its own account is the writer's;
    // not "…, while Forbes counted only individuals", what was said.)
    let contrast = !quoted && matches!(next, "while" | "whereas") && {
        let u = if ctx.lower_is(t + 2, "the") { t + 3 } else { t + 2 };
        ctx.entity(u).is_some_and(|e| {
            let v = ctx.doc.token_index_at(e.span.end);
            matches!(e.label, EntityLabel::Person | EntityLabel::Organization)
                && e.span.start == ctx.byte(u)
                && (ctx.lower_is(v, "put") || ctx.lower_cue(v).is_some_and(|c| c.act == crate::Act::Speech))
        })
    };
    cue_next
        || new_subject
        || when
        || sequel
        || with_saying
        || contrast
        || comparison
        || market
        || comment
        || subordinate_after(ctx, cue, t + 1, clause_end)
}

/// "He praised the plan, while others …": after the comma before `p`, a subordinator ends the
/// content of a cue that is not a verb of saying; not a phrase of time (see [`time_phrase_after`]).
fn subordinate_after(ctx: &Context<'_, '_>, cue: &CueMatch, p: usize, clause_end: usize) -> bool {
    cue.stance != Stance::Neutral
        && words::is_content_ending_subordinator(ctx.lower(p))
        && !time_phrase_after(ctx, p, clause_end)
        && !likeness(ctx, p, clause_end)
}

/// "Chiasson believes the province should pay doctors a premium, as New Brunswick began doing
/// last year": "as" at `p`, a short subject and a verb that stands for the clause before ("did",
/// "has", "began doing"), with at most a time phrase after it, compares; it goes on with what was
/// believed.
fn likeness(ctx: &Context<'_, '_>, p: usize, clause_end: usize) -> bool {
    const MAX_SUBJECT: usize = 3;
    const MAX_TAIL: usize = 4;
    if !ctx.lower_is(p, "as") {
        return false;
    }
    let proxy = |t: usize| {
        matches!(ctx.lower(t), "did" | "does" | "do" | "has" | "have" | "had" | "began" | "started")
    };
    let Some(v) = (p + 2..clause_end.min(p + 2 + MAX_SUBJECT)).find(|&t| proxy(t)) else { return false };
    let subject =
        (p + 1..v).all(|t| ctx.kind(t) == TokenKind::Word && ctx.lower_class(t) != Some(WordClass::Aux));
    // (A gerund of the proxy's: "began doing".)
    let v = if v + 1 < clause_end && matches!(ctx.lower(v + 1), "doing" | "so") { v + 1 } else { v };
    let tail = (v + 1..clause_end).filter(|&t| !ctx.is_punct(t)).count();
    subject && tail <= MAX_TAIL && !has_verb(ctx, v + 1, clause_end)
}

/// "Aid workers hope the waters will recede by December, before the planting season that most
/// families here depend on": "before", "after" or "until" (at `p`) with a noun phrase and no
/// verb of its own is a phrase of time inside what was hoped or said, not a clause of the writer's.
fn time_phrase_after(ctx: &Context<'_, '_>, p: usize, clause_end: usize) -> bool {
    const MAX_PHRASE_WORDS: usize = 4;
    let opens = matches!(ctx.lower(p), "before" | "after" | "until")
        && p + 2 < clause_end
        && matches!(ctx.lower_class(p + 1), Some(WordClass::Det | WordClass::Poss));
    // (Its verb would come within a few words, before a relative pronoun: "before the vote was
    // held".)
    opens
        && (p + 2..clause_end.min(p + 2 + MAX_PHRASE_WORDS))
            .take_while(|&t| !matches!(ctx.lower(t), "that" | "which" | "who") && ctx.word(t) != ",")
            .all(|t| !ctx.verb_follows(t, t + 1) && ctx.lower_cue(t).is_none())
}

/// "Police said supplies were running low, and some residents needed medication", "… contained
/// classified material, but the vast majority were just “confidential”": after "say" and a whole
/// clause, the clause after the comma at `t` and its conjunction, with a subject other than a
/// pronoun, goes on with what was said; not after a clause cut short, "She said she would, and
/// the market did", nor, after "said", one in the present, the writer's news: "…, and ministers
/// will meet on Friday".
fn said_goes_on(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, t: usize, clause_end: usize) -> bool {
    let present =
        |u: usize| matches!(ctx.lower(u), "will" | "is" | "are" | "has" | "have" | "can" | "does" | "do");
    cue.lemma == "say"
        && Pronoun::at(ctx, t + 2).is_none()
        && t >= start + 3
        && (present_tense(ctx, cue) || !(t + 3..clause_end.min(t + 6)).any(present))
}

/// After the comma at `t`, when or where the statement was made, not what it said: "…, hours after
/// the vote", "…, in a statement posted on its website".
fn said_when_or_where(ctx: &Context<'_, '_>, t: usize, clause_end: usize) -> bool {
    // ("Senator Ann Pike said the bill was dead, hours after the vote": when it was said.)
    let when = {
        let mut u = t + 1;
        if u < clause_end
            && (ctx.kind(u) == TokenKind::Number
                || words::is_number_word(ctx.lower(u))
                || matches!(ctx.lower(u), "shortly" | "just" | "only" | "moments" | "a" | "one"))
        {
            u += 1;
        }
        u + 1 < clause_end
            && (ctx.lower_class(u) == Some(WordClass::Time) || u > t + 1 && ctx.lower(u - 1) == "shortly")
            && matches!(ctx.lower(u + 1), "after" | "before")
            || matches!(ctx.lower(t + 1), "shortly" | "moments")
                && matches!(ctx.lower(t + 2), "after" | "before")
    };
    when || ctx.lower_is(t + 1, "in") && t + 3 < clause_end && published_in(ctx, t + 2, clause_end)
}

/// Most describing words between "in its" and what it published ("in its latest quarterly
/// report").
const MAX_PUBLICATION_ADJECTIVES: usize = 2;

/// "Ashford Rovers said the player had been released, in a statement posted on its website", "The
/// IMF warned that debt could leave economies exposed, in its latest Fiscal Monitor": after "in"
/// and the determiner at `det`, where it was said, set off after the clause: a medium or a
/// publication, after a few describing words; after "its", "his" or "their", a title of its own.
fn published_in(ctx: &Context<'_, '_>, det: usize, clause_end: usize) -> bool {
    let class = ctx.lower_class(det);
    if !matches!(class, Some(WordClass::Det | WordClass::Poss)) {
        return false;
    }
    let mut u = det + 1;
    let describing =
        |u: usize| !ctx.is_cap(u) && ctx.lower_class(u).is_none() && ctx.kind(u) == TokenKind::Word;
    while u + 1 < clause_end
        && u < det + 1 + MAX_PUBLICATION_ADJECTIVES
        && describing(u)
        && !words::is_medium_noun(ctx.lower(u))
        && !words::is_publication_noun(ctx.lower(u))
    {
        u += 1;
    }
    let w = ctx.lower(u);
    words::is_medium_noun(w)
        || words::is_publication_noun(w)
        || class == Some(WordClass::Poss)
            && ctx.is_cap(u)
            && (u..clause_end).all(|v| ctx.is_cap(v) || ctx.is_punct(v))
}

/// Most words of the subject of a writer's "as" clause ("as the club prepared …").
const MAX_AS_SUBJECT: usize = 4;

/// "Coach Marisa Delgado said the team was not worried, as the club prepared to host the
/// leaders", "…, as pressure mounted from clubs": after the comma at `t`, "as", a subject of a few
/// words and a plain past verb tell what was going on meanwhile, the writer's scene. (Not "…, as
/// he had promised", "…, as it was", with an auxiliary: still what was said.)
fn meanwhile(ctx: &Context<'_, '_>, t: usize, clause_end: usize) -> bool {
    if !ctx.lower_is(t + 1, "as") || t + 3 >= clause_end {
        return false;
    }
    let subject = |u: usize| {
        ctx.kind(u) == TokenKind::Word
            && (matches!(ctx.lower_class(u), Some(WordClass::Det | WordClass::Poss)) && u == t + 2
                || ctx.lower_class(u).is_none() && !ctx.lower(u).ends_with("ed"))
    };
    let verb = (t + 2..clause_end.min(t + 3 + MAX_AS_SUBJECT)).find(|&u| !subject(u));
    verb.is_some_and(|v| {
        let w = ctx.lower(v);
        v > t + 2
            && !ctx.is_cap(v)
            && ctx.lower_class(v).is_none()
            && w.ends_with("ed")
            && w.len() > 4
            && !matches!(ctx.lower_class(v - 1), Some(WordClass::Det | WordClass::Poss))
    })
}

/// Most tokens of the speaker between "with" and its "saying".
const MAX_WITH_SPEAKER_TOKENS: usize = 6;

/// "…, with Treasurer Lachlan Pryor saying …": after the comma at `t` and its "with", a speaker
/// of a few tokens and a participle of saying ("saying", "adding", "warning", "arguing" …)
/// before any comma.
fn absolute_saying(ctx: &Context<'_, '_>, t: usize, clause_end: usize) -> bool {
    let saying = |u: usize| {
        let w = ctx.lower(u);
        words::is_continuing_participle(w)
            || w.ends_with("ing")
                && ctx.lower_cue(u).is_some_and(|c| {
                    matches!(c.lemma.as_str(), "warn" | "argue" | "insist" | "claim" | "tell" | "predict")
                })
    };
    (t + 3..clause_end.min(t + 3 + MAX_WITH_SPEAKER_TOKENS)).take_while(|&u| ctx.word(u) != ",").any(saying)
}

/// "A spokesperson confirmed it had received a complaint but would not say whether inspectors had
/// been sent", "… but did not provide a timeline", "… but declined to elaborate", "… but gave no
/// indication …": the speaker's refusal, right after "but" at `u - 1`, is the writer's report of
/// what was not said, no part of what was.
fn refusal_follows(ctx: &Context<'_, '_>, u: usize, clause_end: usize) -> bool {
    let at = |t: usize| if t < clause_end { ctx.lower(t) } else { "" };
    let comment = |t: usize| words::is_comment_verb(at(t));
    // ("… but didn't comment on specific businesses": "didn" "'" "t".)
    let contracted = matches!(at(u), "wouldn" | "didn" | "doesn" | "don" | "won")
        && matches!(at(u + 1), "'" | "’")
        && at(u + 2) == "t";
    let verb = if contracted { u + 3 } else { u + 2 };
    let negated = (contracted
        || matches!(at(u), "would" | "could" | "did" | "does" | "do" | "will")
            && matches!(at(u + 1), "not" | "n't"))
        && (comment(verb) || at(verb) == "immediately" && comment(verb + 1));
    let refused = matches!(at(u), "declined" | "refused") && at(u + 1) == "to" && comment(u + 2);
    let gave_none = matches!(at(u), "gave" | "offered" | "provided") && at(u + 1) == "no";
    negated || refused || gave_none
}

/// "… called the merger a terrible deal and ranked …", "… could stay high, and kept its rate", "…
/// in April and has held it since": after "and" or "but" at `t`, the speaker's next verb (a
/// cue, a past form, an auxiliary and a past form), not the reported clause's own.
fn speakers_next_verb(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    start: usize,
    t: usize,
    clause_end: usize,
) -> bool {
    // ("… below market consensus, and cut their price target": an irregular past after a comma.)
    let past = |u: usize| {
        u < clause_end && !ctx.is_cap(u) && {
            let w = ctx.lower(u);
            w.ends_with("ed") && w.len() > 4 && ctx.lower_class(u).is_none()
                || ctx.lower_class(u) == Some(WordClass::Verb)
                || ctx.word(t - 1) == ","
                    && words::is_irregular_past(w)
                    && ctx.lower_class(u).is_none()
                    && ctx.lower_cue(u).is_none()
        }
    };
    let next_verb = t + 1 < clause_end
        && !ctx.is_cap(t + 1)
        && (ctx.lower_cue(t + 1).is_some_and(|c| c.form.ends_with('s') || c.form.ends_with("ed"))
            || past(t + 1)
            || revises_outlook(ctx, start, t + 1)
            || matches!(ctx.lower(t + 1), "has" | "have" | "had") && past(t + 2));
    // ("said the staff member who succeeded him and helped engineer his ouster should go": the
    // verb after "and" continues a relative clause.)
    let in_relative = || {
        (start..t).rev().take_while(|&u| ctx.word(u) != ",").any(|u| matches!(ctx.lower(u), "who" | "which"))
    };
    // ("driven largely by beef, coffee and imported produce": an "-ed" word before a noun after the
    // last "and" of a list of short items is an adjective of the last item.)
    let plain =
        |u: usize| ctx.kind(u) == TokenKind::Word && ctx.lower_class(u).is_none() && ctx.cue(u).is_none();
    let list_end = (t.saturating_sub(3)..t.saturating_sub(1))
        .rev()
        .find(|&u| ctx.word(u) == ",")
        .is_some_and(|c| (c + 1..t).all(plain))
        && ctx.lower(t + 1).ends_with("ed")
        && past(t + 1)
        && t + 2 < clause_end
        && ctx.kind(t + 2) == TokenKind::Word
        && ctx.lower_class(t + 2).is_none();
    // ("Clinton says Obama had a super PAC when he ran, and took tens of millions": after a cue in
    // the present, a past verb is the reported clause's.)
    next_verb
        && !list_end
        && (!present_tense(ctx, cue) || !past(t + 1))
        && !in_relative()
        && !coordinated_participle(ctx, cue, start, t)
        && !subject_goes_on(ctx, cue, start, t)
}

/// "Trump said he then recorded robo-calls for Romney and hosted a fundraiser", "Police said
/// officers were called to the address and found a woman injured", "The official said protesters
/// had blocked the road and demanded his resignation": after a reported clause opened by its own
/// subject, a pronoun or people, a verb after "and" (no comma before it) is that subject's next
/// verb, and still what was said: after a pronoun, a verb that reports nothing; after people, one
/// that is no plain verb of saying ("… and added that …") nor opens a clause of its own ("… and
/// warned that …"), which are the speaker's. Not after a subject that does nothing ("… the talks
/// had failed and announced his resignation").
pub(crate) fn subject_goes_on(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, t: usize) -> bool {
    let v = t + 1;
    // ("accused officials of ignoring objections and called for a review": an accusation has an
    // object, not a subject that goes on.)
    if ctx.word(t - 1) == "," || cue.stance == Stance::Accuse || revises_outlook(ctx, start, v) {
        return false;
    }
    // (A pronoun is often the speaker again: "She said she admires him and highlighted …" gives
    // the cue its own claim; only a verb that reports nothing goes on.)
    // ("She said she was recovering well and expected to resume touring": a verb of attitude
    // before its infinitive, or "hoped for", is the reported subject's plan, said with the rest.)
    // ("He said he had asked for two more signings but understood the club's position": one of
    // attitude with a noun phrase too.)
    let plan = ctx.lower_is(v + 1, "to") || ctx.lower_is(v + 1, "for");
    let object = matches!(ctx.lower_class(v + 1), Some(WordClass::Det | WordClass::Poss));
    let attitude = (plan || object) && ctx.lower_cue(v).is_some_and(|c| c.act == crate::Act::Attitude);
    if Pronoun::at(ctx, start).is_some() {
        return !acts_on_the_subject(ctx, start, v)
            && (attitude || ctx.lower_cue(v).is_none_or(|c| c.lemma == "find"));
    }
    // ("Sebola said the party had “full confidence” in the mayor but expected a written report
    // …": after "but", such a verb of attitude goes on with any reported subject.)
    if attitude && ctx.lower_is(t, "but") {
        return true;
    }
    let (saying, own_clause) = ctx.lower_cue(v).map_or((false, false), |c| {
        let saying = c.stance == Stance::Neutral && !c.object && !c.deed && c.lemma != "find";
        let own_clause = ctx.lower_is(v + 1, "that") || ctx.word(v + 1) == ":";
        (saying, own_clause)
    });
    // (Only a clause reported: not "Firefighters found two people inside and carried them out".)
    let reports_clause = !cue.object && !cue.deed && cue.lemma != "find";
    // ("Speaker T. Ramachandra Rao urged members on both sides to maintain decorum and adjourned
    // the House": a past verb cannot go on with an object's infinitive; it is the speaker's.)
    if ctx.lower(v).ends_with("ed") && object_infinitive(ctx, start, t) {
        return false;
    }
    // ("Police said the roof collapsed and crushed two cars": a verb that reports nothing goes on
    // with the clause's own subject, whatever it is, after a clause of doing; after one of being,
    // it is the speaker's deed: "the judge said the evidence was “overwhelming” and sentenced him".)
    // ("Prosecutor Sian Gray said Pike was driving along the A4130 when he drifted across the road
    // and struck a pedestrian": a progressive is doing, not being.)
    let state = (start..t).any(|u| {
        matches!(ctx.lower(u), "is" | "was" | "were" | "are" | "been" | "be")
            && !ctx.lower(u + 1).ends_with("ing")
    });
    let plain_verb = ctx.lower_cue(v).is_none() && ctx.cue(v).is_none() && !state;
    // (An irregular past or an auxiliary after "and" goes on only a clause with a verb of its own
    // before it: not "added a further £2 to the charge in April and has held it since", an object
    // and the speaker's next verb.)
    let strong = matches!(ctx.lower_class(v), Some(WordClass::Verb | WordClass::Aux));
    let clause_verb = || {
        (start..t).any(|u| {
            has_verb(ctx, u, u + 1)
                || !ctx.is_cap(u) && ctx.lower(u).ends_with("ed") && ctx.lower(u).len() > 3
        })
    };
    // ("Investigators say the suspect showed a handgun and demanded cash": a past verb after a
    // present verb of saying goes on with the past clause it reports.)
    let past_after_present = present_tense(ctx, cue)
        && ctx.lower(v).ends_with("ed")
        && (start..t).any(|u| ctx.lower(u).ends_with("ed") || ctx.lower_class(u) == Some(WordClass::Verb));
    // ("His lawyer said his client was remorseful and had written to the family": a pluperfect
    // after "and" is the reported clause's, backshifted; the speaker's next verb would be a past.)
    let pluperfect = ctx.lower_is(v, "had") && is_participle(ctx, v + 1);
    // ("Okonkwo said Marsh had repaid £6,000 and intended to sell her car": a verb of attitude
    // before its infinitive, after a pluperfect, is the backshifted clause's subject's plan.)
    let plan_after_pluperfect = ctx.lower_is(v + 1, "to")
        && ctx.lower_cue(v).is_some_and(|c| c.act == crate::Act::Attitude)
        && (start..t).any(|u| {
            // (An irregular participle too: "had repaid", "had sold"; not "had a", "had two".)
            ctx.lower_is(u, "had")
                && ctx.kind(u + 1) == TokenKind::Word
                && !matches!(ctx.lower_class(u + 1), Some(WordClass::Det | WordClass::Pron | WordClass::Poss))
                && !words::is_number_word(ctx.lower(u + 1))
        });
    // ("… said the high school briefly held students inside as a precaution and dismissed them
    // about 20 minutes late": a cue word acting on an object pronoun, after a clause of doing,
    // goes on with that clause's subject.)
    let acts_on_them =
        !state && ctx.lower_cue(v).is_some() && words::is_object_pronoun(ctx.lower(v + 1)) && clause_verb();
    reports_clause
        && (!strong || clause_verb())
        && (people_subject(ctx, start, t)
            || plain_verb
            || past_after_present
            || pluperfect
            || plan_after_pluperfect
            || acts_on_them)
        && !saying
        && !own_clause
}

/// "Analysts at Brenner & Co said in a note that the results “comfortably beat” consensus and
/// raised their price target to $48", "The company said sales fell 4% and cut its full-year
/// forecast": a past verb at `v` on a possessive and an outlook noun is what the speaker did next,
/// when the reported clause (from `start`) is about figures, which set no forecast.
fn revises_outlook(ctx: &Context<'_, '_>, start: usize, v: usize) -> bool {
    // (Tokens: "full-year" is three.)
    const MAX_MODIFIERS: usize = 4;
    const MAX_SUBJECT: usize = 3;
    let n = ctx.doc.tokens().len();
    let figures = |u: usize| {
        let w = ctx.lower(u);
        words::is_result_noun(w) || words::is_market_noun(w) || matches!(w, "results" | "figures" | "numbers")
    };
    v + 2 < n
        && words::is_past_form(ctx.lower(v))
        && ctx.class(v + 1) == Some(WordClass::Poss)
        && (v + 2..n.min(v + 3 + MAX_MODIFIERS)).any(|t| words::is_outlook_noun(ctx.lower(t)))
        && (start..v.min(start + MAX_SUBJECT)).any(figures)
}

/// "Judge Margaret Oyelaran said he had shown “no genuine remorse” and jailed him for six years":
/// the verb at `v` acts on the reported clause's own subject pronoun (at `start`) as its object
/// ("he" … "him"), so someone else does it: the speaker. ("She said she was tired and thanked her
/// family": "her" before a noun is a possessive.)
fn acts_on_the_subject(ctx: &Context<'_, '_>, start: usize, v: usize) -> bool {
    let object = match ctx.lower(start) {
        "he" => "him",
        "she" => "her",
        "they" => "them",
        _ => return false,
    };
    let after = v + 2;
    ctx.lower_is(v + 1, object)
        && (after >= ctx.doc.tokens().len()
            || ctx.is_punct(after)
            || matches!(ctx.lower_class(after), Some(WordClass::Prep | WordClass::Time)))
}

/// Whether token `t` can be a past participle ("had written", "had repaid", "had gone").
fn is_participle(ctx: &Context<'_, '_>, t: usize) -> bool {
    let w = ctx.lower(t);
    w.ends_with("ed") || w.ends_with("en") || ctx.lower_class(t) == Some(WordClass::Verb)
}

/// Whether tokens `start..t` are an object and its infinitive ("members on both sides to maintain
/// decorum"), with no finite verb before the "to".
fn object_infinitive(ctx: &Context<'_, '_>, start: usize, t: usize) -> bool {
    let Some(to) = (start + 1..t.saturating_sub(1)).find(|&u| ctx.lower_is(u, "to")) else { return false };
    let finite = |u: usize| {
        matches!(ctx.lower_class(u), Some(WordClass::Aux | WordClass::Modal | WordClass::Verb))
            || !ctx.is_cap(u) && ctx.lower(u).ends_with("ed")
    };
    ctx.lower_class(to + 1).is_none() && !ctx.is_cap(to + 1) && !(start..to).any(finite)
}

/// Whether `cue` is written in the present tense ("say", "says", "believes", "does").
fn present_tense(ctx: &Context<'_, '_>, cue: &CueMatch) -> bool {
    let w = ctx.lower(cue.tokens.start);
    let stem = w.strip_suffix('s').filter(|_| !w.ends_with("ss"));
    // (Not "did say", a bare form after an auxiliary, nor one after a relative pronoun, which may
    // be a past that looks the same: "the sign — which read “Hispanics 4 Trump” — and …".)
    let g = cue.group_start;
    let relative = g > 0 && matches!(ctx.lower(g - 1), "which" | "that" | "who");
    cue.form == CueForm::Finite
        && cue.tokens.len() == 1
        && (w == cue.lemma && !relative
            || stem.is_some_and(|s| s == cue.lemma || s.strip_suffix('e') == Some(&cue.lemma)))
}

/// Whether the reported clause at `start` (before `t`) opens on a noun of people ("officers",
/// "the protesters", "two men", "the kidnappers": a plural of one who does something).
fn people_subject(ctx: &Context<'_, '_>, start: usize, t: usize) -> bool {
    const MAX_SUBJECT_WORDS: usize = 3;
    let agents = |u: usize| {
        let w = ctx.lower(u);
        ctx.lower_class(u).is_none()
            && w.len() > 5
            && ["ers", "ors", "ists", "ants", "ents", "ians"].iter().any(|e| w.ends_with(e))
    };
    (start..t.min(start + MAX_SUBJECT_WORDS))
        .take_while(|&u| ctx.kind(u) != TokenKind::Punct)
        .any(|u| matches!(ctx.lower_noun(u), Some(NounKind::Group | NounKind::Person)) || agents(u))
}

/// "Police said the driver was arrested and charged with drunk driving", "… was treated at the
/// scene and released": after an auxiliary in the reported clause, a participle after "and" at `t`
/// shares it (not a verb that takes its own object or clause: "… had failed and announced his
/// resignation", "… was dead and added that …").
fn coordinated_participle(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, t: usize) -> bool {
    // (The auxiliary of this stretch, after its own subject: not in a subordinate clause, "… when
    // she was 25 and attempted …", nor a new verb phrase after a comma, "…, was tepid … and".)
    let from = (start..t).rev().find(|&u| ctx.word(u) == ",").map_or(start, |c| c + 1);
    let aux = (from..t).any(|u| ctx.lower_class(u) == Some(WordClass::Aux) && u > from && !ctx.in_quote(u))
        && !(from..t).any(|u| ctx.lower_class(u) == Some(WordClass::Subord));
    let own_object = ctx.lower_cue(t + 1).is_some()
        && (ctx.lower_is(t + 2, "that") || ctx.subject_starts(t + 2) || ctx.word(t + 2) == ":");
    // ("… was “overwhelming” and sentenced him to 15 years": a participle with a pronoun object is
    // active, the speaker's own deed.)
    let active = words::is_object_pronoun(ctx.lower(t + 2)) && !ctx.lower_is(t + 2, "it");
    !cue.object && aux && !own_object && !active
}

/// "the novice who wants to unseat Rep. Wasserman Schultz is reaping …", "others who want to ban
/// abortion said …", "Parents who opposed the change said …": after a relative clause's infinitive
/// or object, the main clause's verb (an auxiliary, a modal, a form of "say") ends the content.
fn relative_clause_end(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> usize {
    let g = cue.group_start;
    let relative = g > 0 && matches!(ctx.lower(g - 1), "who" | "which" | "that");
    let from = if ctx.lower_is(start, "to") {
        start + 2
    } else if cue.object {
        start + 1
    } else {
        return end;
    };
    if !relative {
        return end;
    }
    (from..end)
        .find(|&t| {
            (matches!(ctx.lower_class(t), Some(WordClass::Aux | WordClass::Modal))
                || ctx.lower_cue(t).is_some_and(|c| c.lemma == "say" && ctx.lower(t) != "say"))
                && !ctx.in_quote(t)
                && !matches!(ctx.lower(t - 1), "," | "to" | "that" | "which" | "who")
        })
        .unwrap_or(end)
}

/// "The plan, which officials said would cost $2bn, was shelved on Friday": a relative pronoun
/// before the speaker is the subject of the reported clause, which opens on its verb; the comma
/// that closes the relative clause ends it, and the main clause after it is the writer's.
fn gap_clause_end(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> usize {
    const MAX_SPEAKER_WORDS: usize = 4;
    let g = cue.group_start;
    let relative = (g.saturating_sub(MAX_SPEAKER_WORDS + 1)..g)
        .rev()
        .take_while(|&t| ctx.kind(t) == TokenKind::Word)
        .any(|t| matches!(ctx.lower(t), "which" | "who") && t + 1 < g);
    let gap = matches!(ctx.lower_class(start), Some(WordClass::Aux | WordClass::Modal | WordClass::Verb));
    if !relative || !gap {
        return end;
    }
    (start + 1..end).find(|&t| ctx.word(t) == "," && !ctx.in_quote(t)).unwrap_or(end)
}

/// Verbs that report only with a topic or a quote after them: "spoke about the deal", not "spoke at a
/// rally" or "spoke Hebrew"; "continued: …", not "continues to be the favourite" or "continued its
/// march"; "he went on, “…”" (only with a quotation or a colon), not "went on to win the title";
/// "showed", not "showed up".
fn reports_here(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize) -> bool {
    let w = ctx.lower(start);
    match cue.lemma.as_str() {
        "speak" => words::is_speak_topic(w) || ctx.quotes.opening_at(ctx.byte(start)).is_some(),
        // "continued: “…”", "continued, “…”", "continued that …"; not "continued its upward march",
        // "continues to be the favourite", "Story continues below".
        "continue" => {
            ctx.quotes.opening_at(ctx.byte(start)).is_some()
                || w == "that"
                || start > 0 && matches!(ctx.word(start - 1), ":" | ",")
        }
        // "“It will stay closed,” he went on, “until the engineers say otherwise.”", "She went on:
        // “…”"; not "The strike went on despite the offer", "went on to say that …" (its own cue).
        "go on" => ctx.quotes.opening_at(ctx.byte(start)).is_some() || ctx.word(start) == ":",
        // "showed up at the rally"
        "show" => w != "up",
        _ => true,
    }
}

/// Where the noun-phrase object of a verb like "opposed" or "praised" ends, for content tokens
/// `start..end`: before a comma, dash or parenthesis, an adverbial clause, a time phrase or a
/// prepositional adjunct ("opposed it as a candidate", "defended his endorsement this week on his radio
/// show", "blamed the media for …"). A clause ("praised that …", "defended how …") runs on.
pub(crate) fn object_end(ctx: &Context<'_, '_>, start: usize, end: usize) -> usize {
    let first = ctx.lower(start);
    // ("announced that mistakes had been made": a clause after "that", which the content leaves
    // out, is no object.)
    let after_that = start > 0 && ctx.lower_is(start - 1, "that");
    if words::is_clause_opener(first) || words::is_subject_pronoun(first) || after_that {
        return end;
    }
    (start + 1..end)
        .find(|&t| object_stops(ctx, t, end) && !ctx.in_quote(t) || ctx.quote_closes_on(t, end))
        .map_or(end, |t| if ctx.quote_closes_on(t, end) { t + 2 } else { t })
}

/// Whether an object noun phrase stops at token `t` (before `end`).
fn object_stops(ctx: &Context<'_, '_>, t: usize, end: usize) -> bool {
    let w = ctx.word(t);
    let lw = ctx.lower(t);
    let next_pronoun = t + 1 < end && Pronoun::at(ctx, t + 1).is_some();
    // "… has not endorsed Mr. Trump and has been a critic": the subject's next verb.
    // "… blamed the incident on hackers but later fessed up": an adverb after the conjunction.
    // "… calling him a “nice guy” and he didn’t …": a clause with a subject pronoun of its own.
    // "… accused officials of “steamrolling” objections and called for a review": the speaker's
    // next verb of saying, in the past.
    // (Before its object: not "including biodiesel and advanced cellulosic fuels".)
    let next_cue = |u: usize| {
        let w = ctx.lower(u);
        let object =
            matches!(ctx.lower_class(u + 1), Some(WordClass::Det | WordClass::Poss | WordClass::Prep))
                || words::is_object_pronoun(ctx.lower(u + 1));
        ctx.lower_cue(u).is_some() && words::is_past_form(w) && object
    };
    let next_verb = matches!(lw, "and" | "but")
        && t + 1 < end
        && (matches!(
            ctx.class(t + 1),
            Some(WordClass::Aux | WordClass::Modal | WordClass::Neg | WordClass::Adv | WordClass::Time)
        ) || words::is_subject_pronoun(ctx.lower(t + 1))
            || next_cue(t + 1));
    // "5,000" and "two-year" are one word to a reader.
    let in_number = w == ","
        && t + 1 < end
        && ctx.touches(t - 1, t)
        && ctx.touches(t, t + 1)
        && ctx.word(t + 1).starts_with(|c: char| c.is_ascii_digit());
    // ("called the notion of man-made warming a hoax": a word after a hyphen is part of its
    // compound, whatever it is on its own.)
    let compound = ctx.word(t - 1) == "-" && ctx.touches(t - 1, t);
    (matches!(w, "," | ";" | "—" | "–" | "(") && !in_number && !(w == "," && list_goes_on(ctx, t, end)))
        || next_verb
        // ("criticized him for saying …": a participle after a preposition is the object's.)
        || !compound
            && (words::is_object_stop(lw) && !(lw == "saying" && ctx.class(t - 1) == Some(WordClass::Prep))
                || ctx.lower_class(t) == Some(WordClass::Verb))
        || (lw == "as" && next_pronoun)
}

/// The comma at `t` separates items of a list ("his parents, his siblings, his wife and his
/// children"): a short stretch after it, up to the next comma, holds "and" or "or".
fn list_goes_on(ctx: &Context<'_, '_>, t: usize, end: usize) -> bool {
    let first = ctx.lower(t + 1);
    // "Harold Doley, a banker and former official": an appositive after a name, not a list.
    let appositive = ctx.is_cap(t - 1) && ctx.lower_class(t + 1) == Some(WordClass::Det);
    if t + 1 >= end
        || appositive
        || matches!(ctx.lower_class(t + 1), Some(WordClass::Subord | WordClass::Pron))
        || matches!(first, "who" | "which" | "and" | "but" | "or")
    {
        return false;
    }
    (t + 1..end.min(t + 8))
        .take_while(|&u| !matches!(ctx.word(u), "," | ";" | "—" | "–" | "(" | "."))
        .any(|u| matches!(ctx.lower(u), "and" | "or"))
}

/// "Prosecutors accused him of fraud - a charge he always rejected", "… said it would close three
/// branches — a decision that has angered residents", "… accused Clinton of implying police
/// officers were racist — something President Barack Obama indicated earlier this week": after a
/// dash at `t`, or a hyphen set off by spaces, an appositive naming the statement as a charge, a
/// claim or an event, or "something" with a clause of its own saying who else said or did it, is
/// the writer's (not "— something big", the speaker's own words). `None` when no dash opens one.
fn dash_comment(ctx: &Context<'_, '_>, t: usize, clause_end: usize) -> Option<bool> {
    let dash = matches!(ctx.word(t), "-" | "—" | "–") && !ctx.touches(t - 1, t) && !ctx.touches(t, t + 1);
    if !dash || t + 3 >= clause_end {
        return None;
    }
    let unquoted = || !(t + 1..clause_end).any(|u| ctx.in_quote(u));
    if matches!(ctx.lower(t + 1), "a" | "an") {
        return Some(words::is_comment_noun(ctx.lower(t + 2)) && unquoted());
    }
    if ctx.lower_is(t + 1, "something") {
        let verb = |u: usize| {
            ctx.lower_cue(u).is_some()
                || matches!(ctx.lower_class(u), Some(WordClass::Aux | WordClass::Modal))
        };
        return Some((t + 2..clause_end).any(verb) && unquoted());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::Fixture;
    use crate::ClaimKind;

    fn right(text: &str, cue: &str) -> Option<(String, ClaimKind)> {
        let f = Fixture::new(text);
        let c = f.cues.iter().find(|c| c.span.as_str(text) == cue)?;
        let s1 = f.doc.sentences()[c.sentence].tokens.end;
        f.with(|ctx| {
            right_content(ctx, c, c.tokens.end, s1).map(|c| (c.span.as_str(text).to_string(), c.kind))
        })
    }

    #[test]
    fn a_relative_pronoun_before_the_speaker_ends_the_content_at_its_comma() {
        // "The plan, which officials said would cost $2bn, was shelved on Friday."
        let got = right("The plan, which officials said would cost $2bn, was shelved on Friday.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("would cost $2bn"));
        // (A comma inside the relative clause's quotation is no end.)
        let got =
            right("The plan, which officials said would be “costly, slow and unfair”, was shelved.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("would be “costly, slow and unfair”"));
    }

    #[test]
    fn a_time_phrase_after_a_comma_is_what_was_hoped() {
        // "Aid workers hope the waters will recede by December, before the planting season that
        // most families here depend on."
        let text = "Aid workers hope the waters will recede by December, before the planting season that families depend on.";
        let got = right(text, "hope");
        assert_eq!(
            got.map(|g| g.0).as_deref(),
            Some("the waters will recede by December, before the planting season that families depend on")
        );
        // (A clause of the writer's still ends it: "…, before the vote was held".)
        let got = right("He warned the plan would fail, before the vote was held.", "warned");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("the plan would fail"));
    }

    #[test]
    fn where_it_was_said_after_the_clause() {
        // "Ashford Rovers said the player had been released from his contract, in a statement
        // posted on its website."
        let text = "Ashford Rovers said the player had been released, in a statement posted on its website.";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some("the player had been released"));
        // "The council said the pool would reopen in June, a day after the inspection."
        let text = "The council said the pool would reopen in June, a day after the inspection.";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some("the pool would reopen in June"));
        // "The IMF warned that rising debt levels could leave emerging economies exposed, in its
        // latest Fiscal Monitor."
        let text =
            "The IMF warned that rising debt could leave economies exposed, in its latest Fiscal Monitor.";
        assert_eq!(
            right(text, "warned").map(|g| g.0).as_deref(),
            Some("rising debt could leave economies exposed")
        );
        let text = "Analysts said margins would shrink, in a note to clients on Monday.";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some("margins would shrink"));
        // (Not a place: "… would shrink, in the United States and Canada" is what was said.)
        let text = "Analysts said margins would shrink, in the United States and Canada.";
        assert_eq!(
            right(text, "said").map(|g| g.0).as_deref(),
            Some("margins would shrink, in the United States and Canada")
        );
    }

    #[test]
    fn a_quotation_after_an_object_and_a_colon() {
        // "Omar Hamid explained his reasoning: “If we wait for perfect data, we will never act.”"
        let text = "Omar Hamid explained his reasoning: “If we wait, we will never act.”";
        let got = right(text, "explained");
        assert_eq!(got, Some(("If we wait, we will never act.".into(), ClaimKind::Direct)));
        // "Later on Saturday, Ashby shared a brief message on his Instagram Story: “We love our kids
        // more than anything.”": an object of seven words.
        let text = "Ashby shared a brief message on his Instagram Story: “We love our kids.”";
        let got = right(text, "shared");
        assert_eq!(got, Some(("We love our kids.".into(), ClaimKind::Direct)));
        // (A colon ending the text has nothing after it.)
        assert_eq!(
            right("Fiorina offered her own approach:", "offered").map(|g| g.0).as_deref(),
            Some("her own approach")
        );
    }

    #[test]
    fn a_second_clause_after_said_goes_on_with_what_was_said() {
        // "Iwi chair Aroha Ngata said supplies of fresh food and fuel were running low, and some
        // kaumātua needed regular medication."
        let text = "Aroha Ngata said supplies of fuel were running low, and some elders needed medication.";
        let want = "supplies of fuel were running low, and some elders needed medication";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some(want));
        // (A pronoun's clause is the writer's; so is one after a clause cut short.)
        let text = "Aroha Ngata said supplies of fuel were running low, and she left for Wellington.";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some("supplies of fuel were running low"));
        let text = "Janet Yellen said she would, and the market did nothing.";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some("she would"));
    }

    #[test]
    fn the_writers_scene_after_as_ends_the_content() {
        // "Firebirds coach Marisa Delgado said the team was not worried about its losing streak, as
        // the club prepared to host the league leaders on Saturday."
        let text =
            "Coach Marisa Delgado said the team was not worried, as the club prepared to host the leaders.";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some("the team was not worried"));
        let text = "Premier Jodie Fenwick said the state would not pay, as pressure mounted from clubs.";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some("the state would not pay"));
        // (With an auxiliary, still what was said.)
        let text = "He said he would resign, as he had promised in March.";
        assert_eq!(
            right(text, "said").map(|g| g.0).as_deref(),
            Some("he would resign, as he had promised in March")
        );
    }

    #[test]
    fn the_speakers_next_verb_right_after_the_cue_is_no_content() {
        // "The driver signalled and pulled out into the fast lane."; "thinks so" is an answer.
        assert_eq!(right("The driver signalled and pulled out into the fast lane.", "signalled"), None);
        assert_eq!(right("Ted Cruz thinks so, too.", "thinks").map(|g| g.0).as_deref(), Some("so, too"));
    }

    #[test]
    fn another_bodys_account_after_while_is_the_writers() {
        // "Organisers said about 25,000 people took part, while the Metropolitan Police put the
        // figure at around 8,000."
        let text =
            "Organisers said 25,000 people took part, while the Metropolitan Police put the figure at 8,000.";
        assert_eq!(right(text, "said").map(|c| c.0).as_deref(), Some("25,000 people took part"));
        // (What was said: "…, while Forbes counted only individuals".)
        let text = "Forbes said Hurun counted families, while Forbes counted only individuals.";
        assert_eq!(
            right(text, "said").map(|c| c.0).as_deref(),
            Some("Hurun counted families, while Forbes counted only individuals")
        );
    }

    #[test]
    fn a_clause_joined_after_the_preludes_comma_is_no_content() {
        // "After the dinner he insisted on paying, and the hotel porter called him a taxi."
        assert_eq!(right("He insisted on paying, and the porter called a taxi.", "insisted"), None);
        assert_eq!(right("He insisted on Monday, and the porter left.", "insisted"), None);
    }

    #[test]
    fn a_participles_quoted_object_before_the_clauses_verb() {
        // "Campaigners chanting “Save our Southbank” marched to City Hall on Saturday."
        let text = "Campaigners chanting “Save our Southbank” marched to City Hall on Saturday.";
        assert_eq!(right(text, "chanting").map(|g| g.0).as_deref(), Some("Save our Southbank"));
    }

    #[test]
    fn a_past_verb_after_an_objects_infinitive_is_the_speakers() {
        // "Speaker T. Ramachandra Rao urged members on both sides to maintain decorum and adjourned
        // the House for 15 minutes."
        let text = "Speaker Rao urged members on both sides to maintain decorum and adjourned the House.";
        assert_eq!(
            right(text, "urged").map(|g| g.0).as_deref(),
            Some("members on both sides to maintain decorum")
        );
        // (Not after a clause with its own verb: "officers were told to leave and refused".)
        let text = "Police said officers were told to leave and refused.";
        assert_eq!(
            right(text, "said").map(|g| g.0).as_deref(),
            Some("officers were told to leave and refused")
        );
    }

    #[test]
    fn a_cue_word_acting_on_them_goes_on_with_a_clause_of_doing() {
        // "… said the high school briefly held students inside as a precaution and dismissed them
        // about 20 minutes late"; not after a clause of being ("… was wrong and urged them …").
        let text = "Amber Lyle said the school held students inside and dismissed them 20 minutes late.";
        let got = right(text, "said");
        assert_eq!(
            got.map(|g| g.0).as_deref(),
            Some("the school held students inside and dismissed them 20 minutes late")
        );
        let got = right("She said the report was wrong and urged them to reconsider.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("the report was wrong"));
    }

    #[test]
    fn a_verb_acting_on_the_reported_subject_is_the_speakers() {
        // "Judge Margaret Oyelaran said he had shown “no genuine remorse” and jailed him for six
        // years": "he" cannot jail "him".
        let got = right("The judge said he had shown no remorse and jailed him for six years.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("he had shown no remorse"));
        // ("… and met her family": a possessive before its noun; she goes on.)
        let got = right("Ann said she had flown home and met her family.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("she had flown home and met her family"));
    }

    #[test]
    fn a_pronoun_subject_goes_on_after_and() {
        // "Trump said he then recorded robo-calls for Romney and hosted a fundraiser"
        let got = right("Trump said he then recorded robo-calls for Romney and hosted a fundraiser.", "said");
        assert_eq!(
            got.map(|g| g.0).as_deref(),
            Some("he then recorded robo-calls for Romney and hosted a fundraiser")
        );
        // A verb of saying after "and" is the speaker's; so is a verb after ", and".
        let got = right("Jones said he was sad and added that he would stay.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("he was sad"));
        // A verb of attitude before its infinitive goes on: "said she was recovering well and
        // expected to resume touring", "… and hoped for a decision".
        let text = "Calder said she was recovering well and expected to resume touring in March.";
        let got = right(text, "said");
        assert_eq!(
            got.map(|g| g.0).as_deref(),
            Some("she was recovering well and expected to resume touring in March")
        );
        let got = right("The firm admitted it withheld emails, and delayed findings.", "admitted");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("it withheld emails"));
        // "Prosecutors said he took bribes, a charge he denies", "… - a charge he always rejected":
        // the writer's appositive on the statement.
        let got = right("Prosecutors said he took bribes - a charge he always rejected.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("he took bribes"));
        // "His lawyer said his client was remorseful and had written to the family": a pluperfect.
        let text = "His lawyer said his client was remorseful and had written to the family.";
        let got = right(text, "said");
        assert_eq!(
            got.map(|g| g.0).as_deref(),
            Some("his client was remorseful and had written to the family")
        );
        // "Investigators say the suspect showed a handgun and demanded cash": a past verb after a
        // present verb of saying.
        let got = right("Investigators say the suspect showed a handgun and demanded cash.", "say");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("the suspect showed a handgun and demanded cash"));
        // "The inspector said she had inspected the streets and found no asphalt."
        let got = right("The inspector said she had inspected the streets and found no asphalt.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("she had inspected the streets and found no asphalt"));
    }

    #[test]
    fn the_speakers_refusal_after_but_is_no_part_of_the_content() {
        // "A spokesperson confirmed it had received a complaint but would not say whether inspectors
        // had been sent."
        let text = "A spokesperson confirmed it had received a complaint but would not say whether inspectors had been sent.";
        assert_eq!(right(text, "confirmed").map(|g| g.0).as_deref(), Some("it had received a complaint"));
        let text = "She said a plan was ready but did not provide a timeline.";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some("a plan was ready"));
        // "Harlow said in a statement last month that it "regularly reviews its portfolio" but
        // didn't comment on specific businesses": contracted.
        let text =
            "Harlow said it regularly reviews its portfolio but didn't comment on specific businesses.";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some("it regularly reviews its portfolio"));
        let text = "He said all options were open but gave no indication that the rules would change.";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some("all options were open"));
        // (Not what the reported subject would not do: "said the plan was sound but would not work".)
        let text = "He said the plan was sound but would not work in winter.";
        assert_eq!(
            right(text, "said").map(|g| g.0).as_deref(),
            Some("the plan was sound but would not work in winter")
        );
    }

    #[test]
    fn a_plan_after_a_pluperfect_goes_on_with_what_was_said() {
        // "Prosecutor Sarah Okonkwo said Marsh had repaid £6,000 and intended to sell her car."
        let text = "Prosecutor Sarah Okonkwo said Marsh had repaid £6,000 and intended to sell her car.";
        let got = right(text, "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("Marsh had repaid £6,000 and intended to sell her car"));
        // (Not after a plain past: the speaker's own hope, "said Marsh repaid it and hoped to …".)
        let text = "Okonkwo said Marsh repaid £6,000 and hoped to close the case.";
        let got = right(text, "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("Marsh repaid £6,000"));
    }

    #[test]
    fn a_likeness_after_as_goes_on_with_a_belief() {
        // "Chiasson believes the province should pay rural emergency doctors a premium for
        // overnight shifts, as New Brunswick began doing last year"; not the writer's scene after a
        // belief ("…, as the crowd cheered").
        let text = "Chiasson believes the province should pay doctors a premium, as New Brunswick began doing last year.";
        let want = "the province should pay doctors a premium, as New Brunswick began doing last year";
        assert_eq!(right(text, "believes").map(|g| g.0).as_deref(), Some(want));
        let text =
            "Chiasson believes the province should pay doctors a premium, as the crowd cheered loudly.";
        assert_eq!(
            right(text, "believes").map(|g| g.0).as_deref(),
            Some("the province should pay doctors a premium")
        );
    }

    #[test]
    fn a_revised_outlook_after_figures_is_the_speakers_act() {
        // "Analysts at Brenner & Co said in a note that the results “comfortably beat” consensus
        // and raised their price target to $48"; "… said sales fell 4% and cut its full-year
        // forecast". (Not after a subject that can set one: "the firm … raised its dividend".)
        let text = "Analysts at Brenner said in a note that the results beat consensus and raised their price target.";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some("the results beat consensus"));
        let text = "The company said sales fell 4% and cut its full-year forecast.";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some("sales fell 4%"));
        let text = "She said the firm had grown and raised its dividend.";
        assert_eq!(
            right(text, "said").map(|g| g.0).as_deref(),
            Some("the firm had grown and raised its dividend")
        );
    }

    #[test]
    fn the_speakers_next_verb_ends_the_content() {
        // "The Bank of Ghana warned that inflation could stay high, and kept its rate …": an
        // irregular past after "and" is the speaker's; "… in April and has held it since" too.
        let text =
            "The Bank of Ghana warned that inflation could stay high, and kept its rate at 6.5 percent.";
        assert_eq!(right(text, "warned").map(|g| g.0).as_deref(), Some("inflation could stay high"));
        let text = "The council added a further £2 to the charge in April and has held it since.";
        assert_eq!(right(text, "added").map(|g| g.0).as_deref(), Some("a further £2 to the charge in April"));
        // After a cue in the present, a past verb is the reported clause's: "Clinton says Obama had a
        // super PAC when he ran, and took millions".
        let text = "Clinton says Obama had a super PAC when he ran, and took millions from donors.";
        assert_eq!(
            right(text, "says").map(|g| g.0).as_deref(),
            Some("Obama had a super PAC when he ran, and took millions from donors")
        );
        // The last item of a list with an adjective in "-ed": "driven by beef, coffee and imported
        // produce".
        let text = "She said inflation would rise, driven largely by beef, coffee and imported produce.";
        assert_eq!(
            right(text, "said").map(|g| g.0).as_deref(),
            Some("inflation would rise, driven largely by beef, coffee and imported produce")
        );
        // An adjective in "-ed" after "and" goes on: "the heat and unsettled weather could last".
        let text = "Samantha Phillips said the heat and unsettled weather could last all week.";
        assert_eq!(
            right(text, "said").map(|g| g.0).as_deref(),
            Some("the heat and unsettled weather could last all week")
        );
    }

    #[test]
    fn something_after_a_dash_with_a_clause_is_the_writers() {
        // "… racist — something President Barack Obama indicated earlier this week".
        let text =
            "Trump accused Clinton of implying police were racist — something Obama indicated this week.";
        assert_eq!(
            right(text, "accused").map(|g| g.0).as_deref(),
            Some("Clinton of implying police were racist")
        );
        let text = "She said they would build something — something big.";
        assert_eq!(
            right(text, "said").map(|g| g.0).as_deref(),
            Some("they would build something — something big")
        );
    }

    #[test]
    fn the_writers_gloss_after_a_comma() {
        // "…, a reference to China and the Gulf states", ", an apparent swipe at …": the writer's
        // gloss of what was said.
        let text = "Reinholt said the bloc wanted all rich countries to pay, a reference to China and the Gulf states.";
        assert_eq!(
            right(text, "said").map(|g| g.0).as_deref(),
            Some("the bloc wanted all rich countries to pay")
        );
        let text = "He said the vote was rigged, an apparent swipe at the election board.";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some("the vote was rigged"));
    }

    #[test]
    fn reported_clause_after_the_cue() {
        assert_eq!(
            right("He said that the talks failed.", "said"),
            Some(("the talks failed".into(), ClaimKind::Indirect))
        );
        assert_eq!(right("He said: “We won.”", "said"), Some(("We won.".into(), ClaimKind::Direct)));
        // ", but he …": a clause with a subject of its own ends it.
        let got = right("Jane Moreno said the plan was dead, but he disagreed.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("the plan was dead"));
        // "… was “overwhelming” and sentenced him to 15 years": the speaker's own deed.
        let text = "Judge Raymond Otieno said the evidence was “overwhelming” and sentenced him to 15 years.";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some("the evidence was “overwhelming”"));
        // "… said Pike was driving … when he drifted across the road and struck …": after a
        // progressive, the reported subject's next verb.
        let text = "Prosecutor Sian Gray said Pike was driving too fast and struck a pedestrian.";
        let want = "Pike was driving too fast and struck a pedestrian";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some(want));
        // ", hours after the vote": when it was said.
        let got = right("Senator Ann Pike said the bill was dead, hours after the vote.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("the bill was dead"));
        // ", ending weeks of speculation": what the statement brought about.
        let got = right("Mayor Jane Doe said she will not run, ending weeks of speculation.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("she will not run"));
        // ", and ministers will meet on Friday": a bare noun of people opens a clause of its own.
        let got = right("Officials said the report was genuine, and ministers will meet on Friday.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("the report was genuine"));
        // ", without providing evidence", ", before jailing him": what the speaker did then; ",
        // without raising taxes" may be what was said.
        let got = right("He claimed the vote had been rigged, without providing evidence.", "claimed");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("the vote had been rigged"));
        let got = right("The judge said he had shown no remorse, before jailing him for nine years.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("he had shown no remorse"));
        let got = right("Aides said she will pay for it, without raising taxes.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("she will pay for it, without raising taxes"));
        // ", compared with 64 percent …" is the writer's comparison.
        let got = right("Most voters say they like her, compared with 64 percent in May.", "say");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("they like her"));
        // ", sending its shares down 5%", ", beating forecasts": what the statement did, or how its
        // figure compares; "…, sending rebels into retreat" may be what was said.
        let got = right("Kestrel warned that costs would rise, sending its shares down 5%.", "warned");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("costs would rise"));
        let got = right("Norvell said profit rose 9%, beating forecasts.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("profit rose 9%"));
        // ", a move that surprised analysts": the writer's comment on the whole clause.
        let got = right("The company said it would cut 500 jobs, a move that surprised analysts.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("it would cut 500 jobs"));
        // "— a decision that has angered residents", ", a forecast that depends on …": after a
        // dash too, and a noun of a statement.
        let text = "The bank said it would close three branches — a decision that has angered residents.";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some("it would close three branches"));
        let text = "Calloway said the budget would return to surplus, a forecast that depends on iron ore.";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some("the budget would return to surplus"));
        // ", with Treasurer Lachlan Pryor saying …": an absolute phrase with a speaker of its own.
        let text = "The government will not rule out changes to gearing, with Treasurer Lachlan Pryor \
                    saying everything is on the table.";
        assert_eq!(right(text, "rule out").map(|g| g.0).as_deref(), Some("changes to gearing"));
        let got = right("Analysts said the offensive worked, sending rebels into retreat.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("the offensive worked, sending rebels into retreat"));
        // "and helped" continues a relative clause; "and ranked" is the subject's next verb.
        let text = "Lee said the aide who succeeded him and helped engineer his ouster should go.";
        let got = right(text, "said");
        assert_eq!(
            got.map(|g| g.0).as_deref(),
            Some("the aide who succeeded him and helped engineer his ouster should go")
        );
        let got = right("Trump called the merger a terrible deal and ranked it last.", "called");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("the merger a terrible deal"));
        // "was arrested and charged": the participle shares the auxiliary; "and announced his
        // resignation" has an object of its own.
        let got = right("Police said the driver was arrested and charged with theft.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("the driver was arrested and charged with theft"));
        let got = right("Smith said the plan had failed and announced his resignation.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("the plan had failed"));
    }

    #[test]
    fn quotations_inside_the_reported_clause() {
        // "Gunn said the ruling was “in direct conflict … The threat … is very clear.”": a
        // quotation opened in the clause runs on over the next sentence.
        let text =
            "Gunn said the ruling was “in direct conflict with the Bible. The threat is clear.” He left.";
        let got = right(text, "said");
        let want = "the ruling was “in direct conflict with the Bible. The threat is clear.”";
        assert_eq!(got, Some((want.into(), ClaimKind::Mixed)));
        // Not one followed by an attribution of its own.
        let text = "Gunn said the ruling was “bad. We will appeal,” Smith added.";
        assert_eq!(right(text, "said").map(|g| g.0).as_deref(), Some("the ruling was “bad"));
        // "… are “non-entities in the Senate,” but he gave …": the comma inside the closing mark.
        let text = "Reid said both men are “non-entities in the Senate,” but he gave the Texan a compliment.";
        let got = right(text, "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("both men are “non-entities in the Senate,”"));
        // … though "and" and a comparison after it go on with what was said.
        let text = "Obama admits the action “didn't work,” and the country has become a failed state.";
        let got = right(text, "admits");
        let want = "the action “didn't work,” and the country has become a failed state";
        assert_eq!(got.map(|g| g.0).as_deref(), Some(want));
        let text = "Trump told the crowd that waterboarding is “peanuts,” compared to what militants do.";
        let got = right(text, "told");
        let want = "waterboarding is “peanuts,” compared to what militants do";
        assert_eq!(got.map(|g| g.0).as_deref(), Some(want));
    }

    #[test]
    fn object_noun_phrase_ends_before_adjuncts() {
        // "opposed it as a candidate", "blamed the media for …".
        let got = right("The senator opposed the trade deal during the campaign.", "opposed");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("the trade deal"));
        // A list goes on when "and" comes in the next item: "his parents, his wife and his children".
        let got = right("She praised his parents, his wife and his children.", "praised");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("his parents, his wife and his children"));
        // "called the notion of man-made global warming a hoax": "made" is half of a compound.
        let got = right("He has called the notion of man-made global warming a hoax.", "called");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("the notion of man-made global warming a hoax"));
        // "accused officials of … and called for a review": the speaker's next verb of saying.
        let text = "Pádraig Ó Súilleabháin accused officials of ignoring objections and called for a review.";
        let got = right(text, "accused");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("officials of ignoring objections"));
        // "announced that mistakes had been made": a clause after "that" runs on.
        let got = right("She announced that mistakes had been made.", "announced");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("mistakes had been made"));
    }

    #[test]
    fn verbs_that_need_a_topic() {
        // "spoke about the deal", not "spoke at a rally".
        assert!(right("The mayor spoke at a rally.", "spoke").is_none());
        assert!(right("The mayor spoke about the deal.", "spoke").is_some());
        // "continued its upward march": no speech; "continued: “…”" is.
        assert!(right("The Nifty continued its upward march.", "continued").is_none());
        assert!(right("He continued: “We will win.”", "continued").is_some());
        // "She went on: “…”"; not "The strike went on despite the offer".
        assert!(right("She went on: “We will not stop.”", "went on").is_some());
        assert!(right("The strike went on despite the offer.", "went on").is_none());
    }
}
