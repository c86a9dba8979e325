//! The subject before the verb group: "Officials said", "Governor Peter Lasko said", "… brought up
//! the bombing and later said", "Slayton, who is now supporting …", "A woman who attended the
//! rally said", "Some 56 percent of Cuban-Americans polled said".

use crate::cues::{CueForm, CueMatch};
use crate::lexicon::{NounKind, WordClass};
use crate::text::TokenKind;

use super::super::context::{is_closing_mark, Bounds, Context};
use super::super::mentions::{
    entity_mention, left_np, outlet_mention, relative, right_np, subject_np, Mention, MentionKind, Pronoun,
};
use super::super::words;
use super::frame::Frame;
use super::participle::gerund_object_subject;
use super::subject::{clause_subject, opening_subject, skip_adverbials_left};

/// The frame of a cue whose speaker comes before it (the last resort: always a frame, perhaps
/// without a speaker).
pub(super) fn frame(ctx: &Context<'_, '_>, cue: &CueMatch, b: Bounds) -> Frame {
    // ("PARIS, April 22 - Prices fell, said John Smith": no dateline speaks.)
    let (g, s0) = (cue.group_start, ctx.dateline_end(b.start, cue.group_start));
    let left = skip_adverbials_left(ctx, g, s0);
    if let Some(np) = coordinated_subject(ctx, s0, left, g) {
        return Frame::bare(g, cue, Some(np));
    }
    if let Some(f) = relative_subject(ctx, cue, s0, left) {
        return f;
    }
    if g == s0 && cue.form == CueForm::Finite {
        // "Asked whether …, Reid said": a participle (or an imperative) opening the sentence.
        return Frame::bare(g, cue, None);
    }
    // ("…, a report by the inspector general found.": after the clause it trails, too; "“Prices
    // will rise,” a report by the Grattan Institute said.": after a quotation's comma and mark.)
    let set_off =
        |t: usize| ctx.word(t) == "," || t > s0 && is_closing_mark(ctx.word(t)) && ctx.word(t - 1) == ",";
    let trailing_start = (s0..left).rev().find(|&t| set_off(t)).map(|c| c + 1);
    // ("…, a report by the inspector general found.": the author speaks; the research phrase
    // opens the attribution, so the clause before the comma is what it found.)
    // ("…, a new study led by researchers at X has found": an adjective before the noun, a
    // participle after it.)
    let research_start = trailing_start.filter(|&c| {
        let noun = (c + 1..left.min(c + 3)).find(|&t| words::is_research_noun(ctx.lower(t)));
        let by = noun.map(|n| if ctx.lower(n + 1).ends_with("ed") { n + 2 } else { n + 1 });
        ctx.lower_class(c) == Some(WordClass::Det)
            && by.is_some_and(|b| b + 1 < left && matches!(ctx.lower(b), "by" | "from"))
    });
    let opening = |np: &Mention| research_start.filter(|&c| c < np.tokens.start).unwrap_or(np.tokens.start);
    let research = research_subject(ctx, s0, left)
        .or_else(|| trailing_start.and_then(|c| research_subject(ctx, c, left)));
    if let Some(np) = research {
        return Frame::bare(opening(&np), cue, Some(np));
    }
    // ("…, a new study led by researchers at the University of Northfield has found": the body
    // its authors work at, named.)
    // ("A new study led by researchers at … has found that …": right after "by" and the research.)
    let by_research = |np: &Mention| {
        let a = np.tokens.start;
        a > s0 + 1
            && ctx.lower_is(a - 1, "by")
            && (a.saturating_sub(5).max(s0)..a - 1).any(|t| words::is_research_noun(ctx.lower(t)))
    };
    let research_author =
        |np: Mention| if research_start.is_some() || by_research(&np) { authors_body(ctx, np) } else { np };
    // "X went so far as to say", "X shook her head and said": a verb before the group belongs to
    // the clause whose subject speaks.
    let np = if left > s0 && ctx.class(left - 1) == Some(WordClass::Verb) {
        None
    } else {
        left_np(ctx, left, s0).map(|np| research_author(relative_clause_subject(ctx, np, s0)))
    };
    // ("A school board member who resigned last week says …": a relative clause with no object.)
    let np = np.or_else(|| intransitive_relative_subject(ctx, left, s0));
    // ("A French farmer acquitted of assaulting a police officer during a protest said …": the
    // person a participle describes, not the last noun of its phrase.)
    // ("Doctors treating the boy said …", "Democrats trying to regain control of the Senate say":
    // a person or body after an "-ing" participle is in its phrase.)
    let after_ing = |o: &Mention| {
        (s0 + 1..o.tokens.start).rev().take(MAX_PARTICIPLE_PHRASE).any(|t| {
            let w = ctx.lower(t);
            w.len() > 5 && w.ends_with("ing")
        })
    };
    let np = match np {
        Some(o) if !speaks(ctx, &o) || after_ing(&o) => {
            match reduced_relative_subject(ctx, s0, o.tokens.start) {
                Some((person, ing)) if ing || !speaks(ctx, &o) => Some(person),
                _ => Some(o),
            }
        }
        other => other,
    };
    // "he spent more time mocking …": a gerund after the object of another verb; that verb's
    // subject speaks.
    // ("Reweti, who was in Hamilton announcing the upgrade, said": a name after a preposition is
    // its object, not the participle's subject.)
    let np = match np {
        Some(o) if cue.form == CueForm::Gerund && after_preposition(ctx, &o, s0) => None,
        Some(o) if cue.form == CueForm::Gerund => Some(gerund_object_subject(ctx, o, s0)),
        other => other,
    };
    match np {
        Some(np) => {
            let start = cluster_start(ctx, &np, s0).min(opening(&np));
            Frame::bare(start, cue, Some(np))
        }
        None if subject_after_conjunction(ctx, s0, left) => Frame::bare(g, cue, None),
        None => match opening_subject(ctx, s0, left).or_else(|| set_off_outlet(ctx, s0, left)) {
            Some(np) => Frame::bare(np.tokens.start, cue, Some(np)),
            None => Frame::bare(g, cue, None),
        },
    }
}

/// Most words of a subject that no mention reads, between a conjunction and the verb.
const MAX_PLAIN_SUBJECT: usize = 4;

/// "He reviewed the decision and ball-tracking showed the ball sliding past leg stump": a clause
/// of its own after "and" or "but", whose subject (lower-case words, none a verb, ending right
/// before the verb group at `left`) no mention reads; the sentence's first subject is not its
/// speaker.
fn subject_after_conjunction(ctx: &Context<'_, '_>, s0: usize, left: usize) -> bool {
    let plain = |t: usize| {
        ctx.kind(t) == TokenKind::Word
            && !ctx.is_cap(t)
            && ctx.lower_class(t).is_none()
            && !ctx.lower(t).ends_with("ed")
            || ctx.word(t) == "-" && ctx.touches(t - 1, t)
    };
    let lo = left.saturating_sub(MAX_PLAIN_SUBJECT + 1).max(s0);
    (lo..left)
        .rev()
        .take_while(|&t| t + 1 == left || plain(t + 1))
        .any(|t| t + 1 < left && matches!(ctx.lower(t), "and" | "but") && (t + 1..left).all(plain))
}

/// "researchers at the University of Northfield", authors of a piece of research: the body they
/// work at, named after "at" or "from" up to the phrase's end, speaks for the research, as "a
/// report by the Grattan Institute" does; any other author as it is.
fn authors_body(ctx: &Context<'_, '_>, m: Mention) -> Mention {
    if !matches!(m.kind, MentionKind::Common { plural: true, .. }) {
        return m;
    }
    let Some(p) = m.tokens.clone().find(|&t| matches!(ctx.lower(t), "at" | "from")) else { return m };
    let b = if ctx.lower_is(p + 1, "the") { p + 2 } else { p + 1 };
    let body = ctx.entity_at(b).filter(|&e| {
        let e = &ctx.entities[e];
        e.label == crate::entities::EntityLabel::Organization
            && e.span.start == ctx.byte(b)
            && ctx.doc.token_index_at(e.span.end) == m.tokens.end
    });
    body.map_or(m, |e| entity_mention(ctx, e, b))
}

/// Whether mention `o` is the object of a preposition of place right before it ("in Hamilton").
fn after_preposition(ctx: &Context<'_, '_>, o: &Mention, s0: usize) -> bool {
    let a = ctx.with_article(o.tokens.start);
    a > s0 && matches!(ctx.lower(a - 1), "in" | "at" | "near" | "from" | "outside" | "inside")
}

/// Most tokens of the phrases placing a piece of research ("of 2,000 adults, conducted by Pollwise
/// for the Daily Courier,").
const MAX_RESEARCH_PHRASE: usize = 20;

/// "A study published in The Lancet suggests …", "The survey of 2,000 adults, conducted by
/// Pollwise for the Daily Courier, found …", "A study in the journal Nature found …", "Research by
/// Oxford University found …": a piece of research opening the clause speaks with the phrase that
/// places it, up to a comma (not the journal or the people it counted); its author, named after
/// "by" or "from", speaks for it.
fn research_subject(ctx: &Context<'_, '_>, s0: usize, left: usize) -> Option<Mention> {
    let a = ctx.dateline_end(s0, left);
    let first = if matches!(ctx.lower_class(a), Some(WordClass::Det | WordClass::Poss)) { a + 1 } else { a };
    // (One adjective may come first: "A new study", "The latest survey".)
    let n = (first..left.min(first + 2)).find(|&t| {
        words::is_research_noun(ctx.lower(t)) && ctx.lower_noun(t).is_none() && !ctx.lower(t).ends_with('s')
    })?;
    if n + 1 >= left
        || left > n + MAX_RESEARCH_PHRASE
        || !ctx.lower_class(n + 1).is_some_and(|c| c == WordClass::Prep) && !ctx.lower(n + 1).ends_with("ed")
    {
        return None;
    }
    if (n + 1..left).any(|t| ctx.clause_word(t) || ctx.in_quote(t)) {
        return None;
    }
    // ("A study by the University of Leeds found", "The survey, conducted by Pollwise, found": the
    // body or person who made it is the speaker: right before the verb, the plain subject rule
    // finds it, with its coordination, "A study by Smith and Jones found".)
    let end = (n + 1..left).find(|&t| ctx.word(t) == ",").unwrap_or(left);
    let by = (n + 1..left).find(|&t| matches!(ctx.lower(t), "by" | "from"));
    if let Some(t) = by {
        // ("a report by the inspector general": a described author too.)
        let author = right_np(ctx, t + 1, left).filter(|m| match m.kind {
            MentionKind::Entity(_) | MentionKind::Outlet(_) => true,
            // (A described person in lower case, not a body's name cut: "the progressive Center".)
            MentionKind::Common { .. } => m.head().is_some_and(|h| {
                !ctx.is_cap(h) && (ctx.lower_title(h).is_some() || ctx.lower_noun(h).is_some())
            }),
            _ => false,
        });
        match author {
            // (Closing the phrase before the verb: "… by Smith and Jones found".)
            Some(m)
                if t < end
                    && (ctx.trim_back(end, m.tokens.end) <= m.tokens.end
                        || ctx.lower_is(m.tokens.end, "and")) =>
            {
                return None
            }
            Some(m) => return Some(authors_body(ctx, m)),
            None if t < end => return None,
            None => {}
        }
    }
    let mut end = ctx.trim_back(end, n + 1);
    // ("A poll from Marquette Law School released Wednesday shows": not the participle whose time
    // the verb group skipped.)
    if end > n + 2 && ctx.lower(end - 1).ends_with("ed") && !ctx.is_cap(end - 1) {
        end -= 1;
    }
    let kind = MentionKind::Common { kind: crate::SpeakerKind::Organization, plural: false };
    Some(Mention { span: ctx.span(a, end), tokens: a..end, kind, role: None, place_kind: None })
}

/// "… brought up the bombing and later said", "Kasich offered the man a job, then says …": after
/// "and", "but" or ", then" the subject of the first verb speaks; "… was complete when Trump in
/// his speech called them “rapists” and promised …": the subject of an open adverbial clause
/// holding the first verb; "ProPublica obtained a video … and said": an outlet reports.
fn coordinated_subject(ctx: &Context<'_, '_>, s0: usize, left: usize, g: usize) -> Option<Mention> {
    let then = left > s0 && left < g && ctx.lower_is(left, "then") && ctx.word(left - 1) == ",";
    if !(left > s0 && (matches!(ctx.lower(left - 1), "and" | "but") || then)) {
        return None;
    }
    // (Not a comma inside a name: "after the Rail, Tram and Bus Union rejected an offer and
    // confirmed …".)
    let adverbial = (s0..left - 1)
        .rev()
        .take_while(|&t| {
            ctx.entity_at(t).is_some() || !matches!(ctx.word(t), "," | ";" | ":" | "—" | "–" | "(" | ")")
        })
        .find(|&t| words::is_adverbial_clause(ctx.lower(t)))
        .and_then(|t| right_np(ctx, t + 1, left - 1).or_else(|| subject_np(ctx, t + 1, left - 1)))
        // ("She said only 1,400 properties had been declared liable since the tax was introduced
        // and accused the Government …": a thing, no speaker, is not who goes on.)
        .filter(|m| {
            ctx.verb_follows(m.tokens.end, left - 1)
                && !m.is_relative()
                && !matches!(m.kind, MentionKind::Common { kind: crate::SpeakerKind::Unknown, .. })
        });
    adverbial.or_else(|| clause_subject(ctx, s0, left - 1)).or_else(|| opening_outlet(ctx, s0, left - 1))
}

/// An outlet opening the sentence, ending before token `end`: "ProPublica obtained a video … and
/// said", "Reuters, citing two sources, reported".
pub(super) fn opening_outlet(ctx: &Context<'_, '_>, s0: usize, end: usize) -> Option<Mention> {
    let start = ctx.dateline_end(s0, end);
    let m = outlet_mention(ctx, ctx.outlet_at(start)?);
    (m.tokens.start == start && m.tokens.end < end).then_some(m)
}

/// "Reuters, citing two sources, reported", "The BBC, in a report, said": an outlet opening the
/// sentence with an aside set off by commas between it and the verb group at `left`.
fn set_off_outlet(ctx: &Context<'_, '_>, s0: usize, left: usize) -> Option<Mention> {
    let m = opening_outlet(ctx, s0, left)?;
    let aside = m.tokens.end..left;
    let set_off = ctx.word(m.tokens.end) == "," && left > m.tokens.end + 2 && ctx.word(left - 1) == ",";
    (set_off && aside.clone().filter(|&t| ctx.word(t) == ",").count() == 2 && aside.len() <= 12).then_some(m)
}

/// "Slayton, who is now supporting …": a relative pronoun before the verb group, past adverbs and
/// auxiliaries after it.
fn relative_subject(ctx: &Context<'_, '_>, cue: &CueMatch, s0: usize, left: usize) -> Option<Frame> {
    if left <= s0 {
        return None;
    }
    let mut r = left - 1;
    while r > s0
        && left - r < 5
        && matches!(ctx.class(r), Some(WordClass::Adv | WordClass::Time | WordClass::Aux | WordClass::Neg))
    {
        r -= 1;
    }
    // ("capitals that have warned the rules will …": after "that", only a verb that reports a
    // clause, not "a union that has endorsed Sanders", "a case that had threatened to …".)
    if ctx.lower_is(r, "that") && !words::reports_after_that(&cue.lemma) {
        return None;
    }
    // ("…, most of which opposed …": the cluster opens on the part.)
    relative(ctx, r, s0).map(|rel| Frame::bare(rel.tokens.start, cue, Some(rel)))
}

/// Where the attribution cluster of subject `np` starts: a title before the name belongs to it
/// ("Governor Peter Lasko said"), also one the mention left out ("Mr. Daniloff, now 81, said"),
/// and so does a coordinated speaker ("…, he and Mr. Allen said").
fn cluster_start(ctx: &Context<'_, '_>, np: &Mention, s0: usize) -> usize {
    let mut role_start = np
        .role
        .filter(|r| r.end <= np.span.start)
        .map_or(np.tokens.start, |r| ctx.doc.token_index_at(r.start));
    if role_start >= s0 + 2 && ctx.word(role_start - 1) == "." && ctx.is_title_word(role_start - 2) {
        role_start -= 2;
    } else if role_start > s0 && ctx.is_title_word(role_start - 1) {
        role_start -= 1;
    }
    if role_start >= s0 + 2
        && ctx.lower_is(role_start - 1, "and")
        && (Pronoun::at(ctx, role_start - 2).is_some() || ctx.entity_at(role_start - 2).is_some())
    {
        role_start = left_np(ctx, role_start - 1, s0).map_or(role_start - 2, |m| m.tokens.start);
    }
    role_start
}

/// When `np` is the object inside a relative clause that ends before the verb ("Some who study the
/// delta argue", "A woman who attended the rally said"), the whole subject: the noun phrase before
/// "who" through `np`. Otherwise `np`.
fn relative_clause_subject(ctx: &Context<'_, '_>, np: Mention, s0: usize) -> Mention {
    let a = np.tokens.start;
    // ("Some residents who spoke to CBC News said …": the outlet they spoke to is no speaker.)
    let spoke_to = a >= s0 + 4
        && matches!(np.kind, MentionKind::Outlet(_))
        && matches!(ctx.lower(a - 1), "to" | "with")
        && matches!(ctx.lower(a - 2), "spoke" | "talked" | "speaking" | "talking")
        && matches!(ctx.lower(a - 3), "who" | "that");
    if spoke_to {
        return with_head(left_np(ctx, a - 3, s0), np);
    }
    if a < s0 + 3 || !matches!(np.kind, MentionKind::Common { .. } | MentionKind::Entity(_)) {
        return np;
    }
    let verb_like = ctx.kind(a - 1) == TokenKind::Word
        && !ctx.is_cap(a - 1)
        && ctx.class(a - 1).is_none_or(|c| c == WordClass::Verb);
    // "Republicans who have praised his candidacy warned": auxiliaries between "who" and the verb.
    let mut w = a - 2;
    while w > s0 && matches!(ctx.class(w), Some(WordClass::Aux | WordClass::Neg | WordClass::Adv)) {
        w -= 1;
    }
    if !verb_like || !matches!(ctx.lower(w), "who" | "that") {
        return long_relative_subject(ctx, np, a, s0);
    }
    with_head(left_np(ctx, w, s0), np)
}

/// The speaker of a relative clause ending on `np`: a common `head` with the clause ("Republicans
/// who have praised his candidacy"), a named one alone, else `np`.
fn with_head(head: Option<Mention>, np: Mention) -> Mention {
    match head {
        Some(head @ Mention { kind: MentionKind::Common { .. }, .. }) => {
            let span = crate::Span::new(head.span.start, np.span.end);
            Mention { span, tokens: head.tokens.start..np.tokens.end, ..head }
        }
        Some(head @ Mention { kind: MentionKind::Entity(_), .. }) => head,
        _ => np,
    }
}

/// Most tokens between "who" and the verb group in a relative clause without an object.
const MAX_RELATIVE_TOKENS: usize = 6;

/// "A school board member who resigned last week says …", "Residents who fled on Sunday said …":
/// lower-case words back from the verb group at `left` to "who"; the phrase before it speaks.
fn intransitive_relative_subject(ctx: &Context<'_, '_>, left: usize, s0: usize) -> Option<Mention> {
    let from = left.saturating_sub(MAX_RELATIVE_TOKENS).max(s0 + 1);
    let w = (from..left)
        .rev()
        .take_while(|&t| {
            ctx.lower_is(t, "who")
                || ctx.kind(t) == TokenKind::Word
                    && !ctx.is_cap(t)
                    && !matches!(ctx.class(t), Some(WordClass::Subord | WordClass::Pron | WordClass::Det))
        })
        .find(|&t| ctx.lower_is(t, "who"))?;
    left_np(ctx, w, s0).filter(|m| matches!(m.kind, MentionKind::Common { .. } | MentionKind::Entity(_)))
}

/// Whether mention `m` can speak: a name, a pronoun, a noun of people or a body; not "a tractor
/// protest".
fn speaks(ctx: &Context<'_, '_>, m: &Mention) -> bool {
    match m.kind {
        MentionKind::Common { kind, .. } => {
            kind != crate::SpeakerKind::Unknown
                || m.head().is_some_and(|h| ctx.lower_title(h).is_some() || ctx.lower_noun(h).is_some())
        }
        _ => true,
    }
}

/// Most tokens of a participle's phrase between the person it describes and the verb group.
const MAX_PARTICIPLE_PHRASE: usize = 16;

/// "A French farmer acquitted of assaulting a police officer during a tractor protest said …",
/// "Experts not involved in the research said …", "Residents living near the plant said …": the
/// clause opens on a person (an article and at most two words, or a bare plural) with a participle
/// right after it (perhaps after "not"); the person speaks. `end` is where the phrase before the
/// verb starts. Returns the person, and whether the participle is in "-ing" ("Doctors treating the
/// boy said": the boy, though a person, is the participle's object).
fn reduced_relative_subject(ctx: &Context<'_, '_>, s0: usize, end: usize) -> Option<(Mention, bool)> {
    let a = ctx.dateline_end(s0, end);
    let det = matches!(ctx.lower_class(a), Some(WordClass::Det));
    if end > a + MAX_PARTICIPLE_PHRASE {
        return None;
    }
    let person = |t: usize| {
        let w = ctx.lower(t);
        let noun = matches!(ctx.lower_noun(t), Some(NounKind::Person | NounKind::Group))
            || w.len() > 4 && words::has_agent_ending(w) && ctx.lower_class(t).is_none();
        noun && (!ctx.is_cap(t) || t == a)
    };
    // (Without an article, a plural opening the clause: "Experts", "Residents", "Doctors".)
    let n = if det {
        (a + 1..end.min(a + 4)).find(|&t| person(t))?
    } else {
        Some(a).filter(|&t| person(t) && ctx.lower(t).ends_with('s'))?
    };
    let p = if ctx.lower_class(n + 1) == Some(WordClass::Neg) { n + 2 } else { n + 1 };
    // (Not a verb of its own: "The state admitted it made a mistake when …".)
    let w = ctx.lower(p);
    let ing = w.len() > 5 && w.ends_with("ing") && ctx.lower_class(p).is_none();
    let participle = p < end
        && !ctx.is_cap(p)
        && ctx.lower_cue(p).is_none()
        && (w.ends_with("ed") && ctx.lower_class(p).is_none()
            || ctx.lower_class(p) == Some(WordClass::Verb)
            || ing);
    let plain = (p..end).all(|t| {
        !matches!(ctx.word(t), "," | ";" | ":" | "—" | "–")
            && !ctx.in_quote(t)
            && !matches!(ctx.lower_class(t), Some(WordClass::Subord | WordClass::Pron))
    });
    (participle && plain).then(|| {
        let kind = MentionKind::Common { kind: crate::SpeakerKind::Person, plural: !det };
        (Mention { span: ctx.span(a, n + 1), tokens: a..n + 1, kind, role: None, place_kind: None }, ing)
    })
}

/// "a White House official who spoke anonymously to discuss internal strategy said": a longer run
/// of lower-case words back from `np` (starting at `a`) to "who"; the phrase before it speaks.
fn long_relative_subject(ctx: &Context<'_, '_>, np: Mention, a: usize, s0: usize) -> Mention {
    let who = (a.saturating_sub(8).max(s0 + 1)..a).rev().take_while(|&t| {
        ctx.lower_is(t, "who")
            || ctx.kind(t) == TokenKind::Word
                && !ctx.is_cap(t)
                && !matches!(ctx.class(t), Some(WordClass::Subord | WordClass::Pron))
    });
    let Some(w) = who.filter(|&t| ctx.lower_is(t, "who")).last() else { return np };
    // ("A woman who lives on Mill Lane said": a short clause stays with its common head.)
    // (Its verb right after "who": not "a man who many believe betrayed …", "a major who Gowdy
    // fired", whose subject follows.)
    let verb_next = w + 1 < a
        && !ctx.is_cap(w + 1)
        && !matches!(
            ctx.lower_class(w + 1),
            Some(
                WordClass::Det
                    | WordClass::Pron
                    | WordClass::Poss
                    | WordClass::Prep
                    | WordClass::Conj
                    | WordClass::Subord
            )
        )
        && !words::is_group_part(ctx.lower(w + 1))
        // (Nor one with a cue of its own: "others who want to save the ferry said", a claim.)
        && (w + 1..np.tokens.end).all(|t| ctx.cue(t).is_none());
    if verb_next && np.tokens.end <= w + 1 + MAX_SHORT_RELATIVE {
        return with_head(left_np(ctx, w, s0), np);
    }
    match left_np(ctx, w, s0) {
        Some(head @ Mention { kind: MentionKind::Common { .. } | MentionKind::Entity(_), .. }) => head,
        _ => np,
    }
}

/// Most tokens of a relative clause after "who" that the speaker's mention keeps.
const MAX_SHORT_RELATIVE: usize = 5;

#[cfg(test)]
mod tests {
    use super::super::test_support::{speaker_of, who};

    #[test]
    fn a_trailing_study_led_by_its_authors() {
        // "…, a new study led by researchers at the University of Northfield has found."
        let text =
            "Corals survive, a new study led by researchers at the University of Northfield has found.";
        assert_eq!(who(text, "found").as_deref(), Some("University of Northfield"));
        let text =
            "A new study led by researchers at the University of Northfield has found that corals survive.";
        assert_eq!(who(text, "found").as_deref(), Some("University of Northfield"));
    }

    #[test]
    fn a_name_after_a_preposition_is_no_participles_subject() {
        // "Reweti, who was in Hamilton announcing the upgrade, said …": not Hamilton.
        let text = "Reweti, who was in Hamilton announcing the upgrade, said she was disappointed.";
        assert_ne!(who(text, "announcing").as_deref(), Some("Hamilton"));
    }

    #[test]
    fn a_thing_in_an_adverbial_clause_does_not_go_on() {
        // "She said only 1,400 properties had been declared liable since the tax was introduced
        // and accused the Government of relying on …": she accused, not the tax.
        let text =
            "She said few homes paid since the tax was introduced and accused the Government of lying.";
        assert_eq!(who(text, "accused").as_deref(), Some("She"));
    }

    #[test]
    fn a_clause_after_and_with_a_subject_of_its_own() {
        // "He reviewed the decision and ball-tracking showed …": not his; "He shook his head and
        // said" is.
        let text = "He reviewed the decision and ball-tracking showed the ball sliding past the stump.";
        assert_eq!(who(text, "showed"), None);
        assert_eq!(who("He shook his head and said it was over.", "said").as_deref(), Some("He"));
    }

    #[test]
    fn subject_before_the_verb() {
        // "Officials said", "Putin on Friday rejected".
        assert_eq!(who("Officials said the bridge would reopen.", "said").as_deref(), Some("Officials"));
        let got = speaker_of("Governor Peter Lasko said the bridge would reopen.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("Peter Lasko"));
    }

    #[test]
    fn research_with_the_phrase_that_places_it() {
        // "A study published in The Lancet suggests …", "The survey of 2,000 adults, conducted by
        // Pollwise for the Daily Courier, found …", "Research by Oxford University found …".
        let got = who("A study published in The Lancet suggests that walking helps.", "suggests");
        assert_eq!(got.as_deref(), Some("A study published in The Lancet"));
        let text =
            "The survey of 2,000 adults, conducted by Pollwise for the Daily Courier, found that trust fell.";
        assert_eq!(who(text, "found").as_deref(), Some("Pollwise"));
        let got = who("The survey of 2,000 adults found that trust fell.", "found");
        assert_eq!(got.as_deref(), Some("The survey of 2,000 adults"));
        // After the clause it trails: "…, a report by the inspector general found."
        let got =
            who("The agency lost track of the funds, a report by the inspector general found.", "found");
        assert_eq!(got.as_deref(), Some("the inspector general"));
        let got = who("Research by Oxford University found that bees sleep.", "found");
        assert_eq!(got.as_deref(), Some("Oxford University"));
        let got =
            who("A poll from Marquette Law School released Wednesday found that Clinton leads.", "found");
        assert_eq!(got.as_deref(), Some("Marquette Law School"));
    }

    #[test]
    fn relative_that_before_a_verb_of_saying() {
        // "several capitals that have warned the rules will …": the capitals speak; "a union that
        // has endorsed Sanders" describes the union.
        let text = "The delay was pushed by several capitals that have warned the rules will fail.";
        assert_eq!(who(text, "warned").as_deref(), Some("that"));
        assert_eq!(who("It is a union that has endorsed Sanders.", "endorsed"), None);
    }

    #[test]
    fn second_verb_of_a_subject() {
        // "… brought up the bombing and later said".
        let text = "Jane Moreno brought up the bombing and later said it was wrong.";
        assert_eq!(who(text, "said").as_deref(), Some("Jane Moreno"));
        // "… after the Rail, Tram and Bus Union rejected a revised pay offer … and confirmed
        // drivers would stop work": the subject of the adverbial clause, past a comma in its name.
        let text = "Commuters face chaos after the Rail, Tram and Bus Union rejected an offer and confirmed \
                    drivers would strike.";
        assert_eq!(who(text, "confirmed").as_deref(), Some("Rail, Tram and Bus Union"));
    }

    #[test]
    fn outlet_before_an_aside() {
        // "Reuters, citing two sources, reported"; "The BBC, in a report, said".
        let got = who("Reuters, citing two sources, reported that the deal was off.", "reported");
        assert_eq!(got.as_deref(), Some("Reuters"));
        let got = who("The BBC, in a report, said that the deal was off.", "said");
        assert_eq!(got.as_deref(), Some("The BBC"));
    }

    #[test]
    fn relative_pronouns_and_clauses() {
        // "A school board member who resigned last week says …"; "A French farmer acquitted of
        // assaulting a police officer during a tractor protest said …".
        let text = "A school board member who resigned last week says she was pushed out.";
        assert_eq!(who(text, "says").as_deref(), Some("A school board member"));
        let text = "A French farmer acquitted of assaulting a police officer during a tractor protest said he felt vindicated.";
        assert_eq!(who(text, "said").as_deref(), Some("A French farmer"));
        // "Experts not involved in the research said …" (with its participle, as "Experts involved
        // in the research"), "Residents living near the plant said …", "Doctors treating the boy
        // said …"; not "Police arrested the boy who said …".
        let text = "Experts not involved in the research said the results were promising.";
        assert_eq!(who(text, "said").as_deref(), Some("Experts not involved in the research"));
        let text = "Residents living near the plant said the smell was unbearable.";
        assert_eq!(who(text, "said").as_deref(), Some("Residents"));
        let text = "Doctors treating the boy said he was stable.";
        assert_eq!(who(text, "said").as_deref(), Some("Doctors"));
        let text = "Lawyers representing the family said they would appeal.";
        assert_eq!(who(text, "said").as_deref(), Some("Lawyers"));
        // "Some residents who spoke to CBC News said …": the outlet they spoke to is no speaker.
        let text = "Some residents who spoke to CBC News said they had little warning.";
        assert_eq!(who(text, "said").as_deref(), Some("Some residents who spoke to CBC News"));
        let text =
            "The state admitted it made a mistake when a local pediatrician reported high lead levels.";
        assert_eq!(who(text, "reported").as_deref(), Some("a local pediatrician"));
        // "Slayton, who is now supporting …"; "A woman who attended the rally said".
        let got = who("Tom Slayton, who is now supporting Cruz, said it.", "supporting");
        assert_eq!(got.as_deref(), Some("who"));
        let got = who("A woman who attended the speech said it was loud.", "said");
        assert_eq!(got.as_deref(), Some("A woman who attended the speech"));
        // "A woman who lives on Mill Lane said": a short clause ending on a place; not "a man who
        // many believe betrayed …", whose subject follows "who".
        let got = who("A woman who lives on Mill Lane said she heard shouting.", "said");
        assert_eq!(got.as_deref(), Some("A woman who lives on Mill Lane"));
    }
}
