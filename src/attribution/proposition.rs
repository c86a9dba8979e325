//! Whether a cue's content states anything: a reporting verb whose content is not a proposition
//! makes no claim. Each construction is written for its shape rather than its words:
//!
//! - a refusal that says nothing: "declined to comment (on the report)" — an infinitive of a
//!   verb of speaking after "decline" or "refuse" with only adjuncts after it — and the reason
//!   given for it ("…, citing the ongoing investigation");
//! - an anonymity clause: "who asked not to be named", "who did not wish to be identified";
//! - an agentless passive without a clause: "The convoy is expected to arrive on Tuesday",
//!   "Residents were told to leave", "was warned for time-wasting", "was named player of the
//!   match": nobody speaks, and what follows is what the subject is to do or is, not what anyone
//!   said;
//! - a quantity, a rank or a financial result as the whole content: "The Nasdaq added 1.2 per
//!   cent", "Silver added 1.1%", "Smith added a second goal", "Kestrel reported a net loss of
//!   $212 million": the verb's sense is counting or scoring, not saying;
//! - an object that only names an act of speaking: "issued a statement on Monday";
//! - a speech act not made ("did not say the city would raise taxes"; a negated denial or belief
//!   still tells where the speaker stands), a condition ("If she says yes, …"), a question about
//!   the speaker ("Would Dominic Ainsworth say the same?"), a saying left undone ("It goes without
//!   saying that …"), a manner adverb alone ("He did not answer directly"), a manner of speaking
//!   without a quotation ("He laughed at the idea");
//! - a cue verb in a sense of doing ("agreed to pay", "found two people inside"): `deeds.rs`.

use crate::claim::ClaimKind;
use crate::cues::{CueForm, CueMatch};
use crate::lexicon::{NounKind, WordClass};
use crate::text::TokenKind;
use crate::Stance;

use super::context::Context;
use super::deeds::deed;
use super::mentions::Mention;
use super::portent::portent;
use super::raw::Content;
use super::words;

/// Whether `content` of `cue` (with the `speaker` its frame found) is a proposition: a claim can be
/// made of it.
pub(crate) fn states_something(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    speaker: Option<&Mention>,
    content: &Content,
) -> bool {
    if inscription(ctx, cue) {
        return false;
    }
    if content.kind == ClaimKind::Direct {
        return true;
    }
    // ("Mayor Tom Reyes did not say the city would raise taxes", "didn't disclose his backing",
    // "has never said he will run": a speech act not made says nothing; a belief denied, "does not
    // believe the figures", is one held, and a denial not made, "did not deny that troops had been
    // in the area", tells where the speaker stands.)
    if cue.negated && cue.act == crate::Act::Speech && cue.stance != Stance::Reject {
        return false;
    }
    // ("At that, Clinton nodded and smiled", "he laughed at the idea": a manner with no quotation.)
    if content.kind == ClaimKind::Indirect && words::reports_quotes_only(&cue.lemma) {
        return false;
    }
    let start = ctx.doc.token_index_at(content.span.start);
    let end = ctx.doc.token_index_at(content.span.end).max(start + 1);
    let agentless = cue.form == CueForm::Passive
        && speaker.is_none()
        && !agentless_passive_reports(ctx, cue, content, start, end);
    !(agentless
        || refusal(ctx, cue, start, end)
        || reason_for_refusal(ctx, cue)
        || reported_refusal(ctx, start, end)
        || anonymity_clause(ctx, content)
        || name_withheld(ctx, cue)
        || named_as(ctx, cue)
        || plain_figure(cue) && quantity(ctx, cue, start, end)
        || rank_or_result(ctx, cue, start, end)
        || names_an_act(ctx, cue, start, end)
        || points_back(ctx, start, end)
        || deed(ctx, cue, speaker, start, end)
        || portent(ctx, cue, speaker)
        || headline_passive(ctx, cue, start, end)
        || label(ctx, cue, speaker)
        || with_passive(ctx, cue, speaker, start)
        || expected_to(ctx, cue, start, end)
        || main_clause_after_relative(ctx, cue, start)
        || object_of_relative(ctx, cue, speaker, end)
        || reduced_participle(ctx, cue, speaker)
        || participle_after_noun(ctx, cue, speaker, start)
        || left_open(ctx, cue, start)
        || raised_subject(ctx, cue, speaker, start)
        || time_only(ctx, start, end)
        || pronoun_only(ctx, start, end)
        || asked_aside(ctx, cue, end)
        || adjunct_only(ctx, cue, content, start, end)
        || unsaid(ctx, cue)
        || adverb_only(ctx, start, end))
}

/// Most tokens between "if" and the cue in "If she says yes".
const MAX_CONDITION_TOKENS: usize = 6;

/// Words that open a clause of what may be said, not what was: "If she says yes, …", "unless the
/// board says otherwise", "Whether Elena Rusu says yes remains unclear".
const CONDITIONS: &[&str] = &["if", "unless", "whether"];

/// Nothing was said: a condition ("If she says yes, it would be the first gun bill signed"), an
/// idiom ("Truth be told, …"), a
/// question put about the speaker ("Would Dominic Ainsworth say the same if …?", "What would Helen
/// Nakamura-Frost say to voters …?"), or a saying left undone ("It goes without saying that …",
/// "left without saying whether …").
fn unsaid(ctx: &Context<'_, '_>, cue: &CueMatch) -> bool {
    let g = cue.group_start;
    let without = g > 0 && ctx.lower_is(g - 1, "without");
    // ("Truth be told, the stadium was half empty": an idiom of the writer's.)
    let truth = (cue.tokens.start >= 2)
        && ctx.lower_is(cue.tokens.start - 1, "be")
        && ctx.lower_is(cue.tokens.start - 2, "truth");
    // ("If Sen. Ray Holcomb says he will vote no, …": a title's stop is no break.)
    let title_stop = |t: usize| t > 0 && ctx.word(t) == "." && ctx.tokens.title_abbrev(t - 1);
    let condition = (g.saturating_sub(MAX_CONDITION_TOKENS)..g)
        .rev()
        .take_while(|&t| !ctx.is_punct(t) || title_stop(t))
        .any(|t| {
            CONDITIONS.contains(&ctx.lower(t)) && !(t > 0 && ctx.lower_is(t - 1, "as")) && prose(ctx, t)
        });
    without || truth || condition || asked_of_speaker(ctx, cue)
}

/// Whether token `t` is written as prose, not in capitals ("IF" in a label or in noise is no
/// condition).
fn prose(ctx: &Context<'_, '_>, t: usize) -> bool {
    let w = ctx.word(t);
    !(w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase()))
}

/// "Would Dominic Ainsworth say the same?", "What would Helen Nakamura-Frost say to voters?": a
/// question (its sentence ends on "?") whose modal or "did" comes before the speaker and the cue's
/// bare form (not inside a quotation: “Why would I say that?” he asked).
fn asked_of_speaker(ctx: &Context<'_, '_>, cue: &CueMatch) -> bool {
    // (The bare form: "say", not "says"; the modal may stand far from it.)
    let bare = !ctx.lower(cue.tokens.start).ends_with('s') && !ctx.lower(cue.tokens.start).ends_with("ed");
    if !bare || ctx.in_quote(cue.tokens.start) {
        return false;
    }
    let Some(s) = ctx.doc.sentences().get(cue.sentence) else { return false };
    let last = s.tokens.end.saturating_sub(1);
    let asks = (cue.tokens.end..=last).rev().take(2).any(|t| ctx.word(t) == "?");
    let mut first = s.tokens.start;
    if ctx.lower_class(first) == Some(WordClass::Subord) || matches!(ctx.lower(first), "what" | "how" | "why")
    {
        first += 1;
    }
    asks && first < cue.group_start
        && (matches!(ctx.lower_class(first), Some(WordClass::Modal | WordClass::Aux))
            || matches!(ctx.lower(first), "did" | "does" | "do"))
}

/// "He did not answer directly.": a manner adverb is how the speaker spoke, not what.
fn adverb_only(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    // (Most contents are longer: their length is asked first.)
    if end > start + 3 {
        return false;
    }
    let mut words = (start..end).filter(|&t| !ctx.is_punct(t));
    let (Some(t), None) = (words.next(), words.next()) else { return false };
    ctx.lower(t).ends_with("ly")
        && ctx.lower(t).len() > 4
        && !ctx.is_cap(t)
        && matches!(ctx.lower_class(t), None | Some(WordClass::Adv))
}

/// "Lindqvist, asked about the decision, said simply: …": a question put to the subject, set off
/// by commas, tells what the answer is about; the question itself is nobody's claim.
fn asked_aside(ctx: &Context<'_, '_>, cue: &CueMatch, end: usize) -> bool {
    let g = cue.group_start;
    cue.lemma.starts_with("ask")
        && cue.form == CueForm::Finite
        && ctx.word(cue.tokens.start).ends_with("ed")
        && g > 0
        && ctx.word(g - 1) == ","
        && end < ctx.doc.tokens().len()
        && ctx.word(end) == ","
}

/// Prepositions that open a cue's adjunct, never its content ("weighed in shortly after the
/// vote"); "to" too before a noun phrase ("apologised to residents"), not before a verb ("vowed
/// to act").
const ADJUNCT_PREPOSITIONS: &[&str] = &["after", "before", "following", "during"];

/// Longest adjunct read as the whole content, in tokens.
const MAX_ADJUNCT_TOKENS: usize = 14;

/// "The White House weighed in shortly after the vote", "A council has apologised to residents
/// after a bin strike": a phrase of prepositions and their objects, with no clause, comma or
/// quote, is when or to whom something was said, not what.
fn adjunct_only(ctx: &Context<'_, '_>, cue: &CueMatch, content: &Content, start: usize, end: usize) -> bool {
    if !content.quotes.is_empty() || end - start > MAX_ADJUNCT_TOKENS {
        return false;
    }
    let first = if ctx.lower(start).ends_with("ly") && start + 1 < end { start + 1 } else { start };
    let to_phrase = ctx.lower_is(first, "to")
        && first + 1 < end
        && (matches!(ctx.lower_class(first + 1), Some(WordClass::Det | WordClass::Poss))
            || ctx.is_cap(first + 1)
            || ctx.lower_noun(first + 1) == Some(NounKind::Group));
    let opens = to_phrase || ADJUNCT_PREPOSITIONS.contains(&ctx.lower(first));
    // ("A hospital trust has apologised after figures showed some patients waited 40 hours": a
    // clause of time right after the cue says when, not what.)
    if content.quotes.is_empty() && ctx.lower_is(start, "after") && start == cue.tokens.end {
        return true;
    }
    // (The phrase ends its sentence: not a fronted one before the clause it leads into.)
    let ends_sentence = end >= ctx.doc.tokens().len() || matches!(ctx.word(end), "." | "!" | "?");
    let clause_word =
        |t: usize| ctx.cue(t).is_some() || matches!(ctx.lower(t), "that" | "about" | "," | ";" | ":");
    opens && ends_sentence && !(first..end).any(clause_word) && !has_verb(ctx, first, end)
}

/// "Neighbors disputed that.", "She confirmed this on Monday", "He disclosed this to journalists
/// in Lagos on Monday", "Few people believed her": a demonstrative or an object pronoun alone (and
/// a time, or phrases of place, time and listener with no verb) points back at something said
/// before, or at someone; it says nothing itself.
fn pronoun_only(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    let phrases = || {
        matches!(ctx.lower_class(start + 1), Some(WordClass::Prep | WordClass::Time))
            && !has_verb(ctx, start + 1, end)
            && !(start + 1..end).any(|t| ctx.in_quote(t) || ctx.lower_is(t, "that") || ctx.word(t) == ",")
    };
    let w = ctx.lower(start);
    // (An object pronoun only alone or with a time: "urged him to resign" says what to do.)
    let alone = start + 1 == end || time_only(ctx, start + 1, end);
    matches!(w, "that" | "this" | "these" | "those") && (alone || phrases())
        || (w == "it" || words::is_object_pronoun(w)) && alone
}

/// "Freeland spoke on Tuesday", "He spoke last week", "sounded for almost four hours", "the day
/// he proposed two months ago", "as the Post reported just today": a time phrase is all there is,
/// so the verb reports that someone spoke, not what.
fn time_only(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    let mut t = start;
    if ctx.lower_class(t) == Some(WordClass::Prep) || matches!(ctx.lower(t), "just" | "only") {
        t += 1;
    }
    // ("sounded for almost four hours": a count rounded.)
    if t < end && words::is_approximation(ctx.lower(t)) {
        t += 1;
    }
    // ("two months ago", "10 days ago": a count of the time word after it.)
    if t + 1 < end && (ctx.kind(t) == TokenKind::Number || words::is_number_word(ctx.lower(t))) {
        t += 1;
    }
    let time = |u: usize| {
        matches!(ctx.lower_class(u), Some(WordClass::Time | WordClass::Det))
            || ctx.kind(u) == TokenKind::Number
            || matches!(ctx.word(u), "." | "," | "!" | "?")
    };
    t < end && ctx.lower_class(t) == Some(WordClass::Time) && (t..end).all(time)
}

/// "He is believed to have fled the country", "The company is thought to be worth $2 billion",
/// "The man, thought to be in his 40s, was arrested": a passive (or a participle after a comma)
/// with an infinitive says what someone unnamed believes of its subject; the subject says nothing.
fn raised_subject(ctx: &Context<'_, '_>, cue: &CueMatch, speaker: Option<&Mention>, start: usize) -> bool {
    let c = cue.tokens.start;
    // (A past participle of belief or report: not "The government, for instance, refused to …".)
    let past =
        ctx.lower(c).ends_with("ed") || matches!(ctx.lower(c), "thought" | "known" | "said" | "understood");
    let belief =
        cue.act == crate::Act::Attitude || matches!(cue.lemma.as_str(), "say" | "report" | "estimate");
    // ("thought to be", "believed to have": not "…, who didn't know him, wanted to see …".)
    let raising = matches!(ctx.lower(start + 1), "be" | "have");
    // ("…, thought to be", or right after a noun: "with injuries not thought to be life-threatening".)
    let g = cue.group_start;
    // (The noun after a preposition or "a": not a subject, "what many people believed to be".)
    let after_noun = g > 1
        && ctx.kind(g - 1) == TokenKind::Word
        && !ctx.is_cap(g - 1)
        && ctx.lower_class(g - 1).is_none()
        && ctx.lower_cue(g - 1).is_none()
        && (ctx.lower_class(g - 2) == Some(WordClass::Prep) || matches!(ctx.lower(g - 2), "a" | "an"));
    let participle = c > 0 && (ctx.word(c - 1) == "," || after_noun) && past && belief && raising;
    let passive = cue.form == CueForm::Passive || participle;
    let subject_only = speaker.is_none_or(|m| m.tokens.end <= c);
    passive && subject_only && start == cue.tokens.end && ctx.lower_is(start, "to")
}

/// Where a content that states nothing ends the words it takes with it, so that no cue inside them
/// makes a claim: "who asked not to be named" (the verb after it makes one), "would not say
/// whether he would prefer …"; `None` for a content that takes none.
pub(crate) fn swallowed_end(ctx: &Context<'_, '_>, cue: &CueMatch, content: &Content) -> Option<usize> {
    let start = ctx.doc.token_index_at(content.span.start);
    let end = ctx.doc.token_index_at(content.span.end);
    if anonymity_clause(ctx, content) {
        // ("An official who asked not to be named said …": up to the participle, not the verb
        // after it.)
        let s = if ctx.lower_is(start, "not") { start + 1 } else { start };
        let participle = s + 2 < end && ctx.lower_is(s, "to") && ctx.lower_is(s + 1, "be");
        return Some(if participle { s + 3 } else { end });
    }
    left_open(ctx, cue, start).then_some(end)
}

/// "He did not say whether he would run", "She would not say how much the deal was worth", "The
/// documents do not say whether …": a question left unanswered states nothing ("did not say that
/// …" denies a statement, and stays a claim).
fn left_open(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize) -> bool {
    cue.negated
        && cue.act == crate::Act::Speech
        && matches!(
            ctx.lower(start),
            "whether" | "if" | "how" | "why" | "what" | "when" | "where" | "who" | "which"
        )
}

/// "The funding, which was first reported by the Toronto Star, will add 3,000 beds", "The plan,
/// which was backed by the mayor, was rejected": a passive cue in a relative clause, whose agent
/// is followed by the main clause's verb. What the agent reported is the noun before "which"; the
/// words after it are the writer's. Also a reduced one set off by commas, its participle a past
/// form: "The policy, first floated in March, takes effect on November 30", "The order, reported
/// by CNN, takes effect on Monday".
fn main_clause_after_relative(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize) -> bool {
    const MAX_GROUP_WORDS: usize = 4;
    let passive =
        cue.form == CueForm::Passive || cue.form == CueForm::Preposition && cue.lemma != "according to";
    let before = (cue.tokens.start.saturating_sub(MAX_GROUP_WORDS)..cue.tokens.start).rev().find(|&t| {
        !matches!(ctx.lower_class(t), Some(WordClass::Aux | WordClass::Adv | WordClass::Neg))
            && !matches!(ctx.lower(t), "first" | "originally" | "initially" | "previously")
    });
    // (Or a reduced one set off by a comma: "The deal, first reported by Bloomberg, is valued …".)
    let relative = before.is_some_and(|t| matches!(ctx.lower(t), "which" | "who" | "that" | ","));
    let set_off = before.is_some_and(|t| ctx.word(t) == ",")
        && cue.form == CueForm::Finite
        && ctx.lower(cue.tokens.start).ends_with("ed")
        && start > 0
        && ctx.word(start - 1) == ",";
    // (The main clause's verb: "will add", "died at the scene", "takes effect".)
    let w = ctx.lower(start);
    let verb = matches!(ctx.lower_class(start), Some(WordClass::Aux | WordClass::Modal | WordClass::Verb))
        || w.ends_with("ed") && !ctx.is_cap(start)
        || set_off_present(ctx, start);
    (passive || set_off) && relative && start > cue.tokens.end && verb
}

/// Most lower-case words of the noun phrase an appositive's relative clause acts on.
const MAX_APPOSITIVE_WORDS: usize = 3;

/// "… imposed a penalty of Rs 110 crore on Sahyadri, an order the company has challenged before
/// the NCLAT", "…, an offer the leadership rebuffed": the cue acts on the noun of an appositive
/// set off after the content ("an order"), in a relative clause with no "that"; the clause before
/// is the writer's, not what the cue's subject said.
fn object_of_relative(ctx: &Context<'_, '_>, cue: &CueMatch, speaker: Option<&Mention>, end: usize) -> bool {
    let a = end + 1;
    if a + 2 >= cue.tokens.start || ctx.word(end) != "," || !matches!(ctx.lower(a), "a" | "an") {
        return false;
    }
    let plain = |t: usize| ctx.kind(t) == TokenKind::Word && !ctx.is_cap(t) && ctx.lower_class(t).is_none();
    let Some(subject) = (a + 1..cue.tokens.start).find(|&t| !plain(t)) else { return false };
    // (The speaker starts after the noun: not "…, a senior State Department official said".)
    subject > a + 1
        && subject <= a + 1 + MAX_APPOSITIVE_WORDS
        && speaker.is_some_and(|m| m.tokens.start == subject)
        && ctx.subject_starts(subject)
        && (subject..cue.tokens.start).all(|t| ctx.kind(t) == TokenKind::Word)
}

/// "…, takes effect on Monday": a lower-case word in "-s" that no list knows, after the comma that
/// closes a reduced relative clause, is the main clause's verb in the present.
fn set_off_present(ctx: &Context<'_, '_>, start: usize) -> bool {
    let w = ctx.lower(start);
    start > 0
        && ctx.word(start - 1) == ","
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !ctx.is_cap(start)
        && ctx.lower_class(start).is_none()
}

/// "A man accused of assaulting a bus driver has been remanded", "Accused of lying, Smith …": a
/// participle before its preposition ("accused of", `cues::classify`) with no "be" before it
/// describes its subject, and no agent says anything.
fn reduced_participle(ctx: &Context<'_, '_>, cue: &CueMatch, speaker: Option<&Mention>) -> bool {
    let g = cue.group_start;
    cue.form == CueForm::Passive
        && speaker.is_none()
        && g == cue.tokens.start
        && !(g > 0 && ctx.lower_class(g - 1) == Some(WordClass::Aux))
}

/// "The reserve shelters 14 species of frog found nowhere else", "… part of a restructuring plan
/// announced last year and are expected to …": a past form right after a common noun, whose
/// "content" opens on a conjunction or on an adverb that limits where or how much, is a
/// participle describing the noun (a reduced relative clause); nobody speaks.
fn participle_after_noun(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    speaker: Option<&Mention>,
    start: usize,
) -> bool {
    let c = cue.tokens.start;
    let past = words::is_past_form(ctx.lower(c));
    let after_noun = speaker.is_some_and(|m| {
        matches!(m.kind, super::mentions::MentionKind::Common { .. }) && m.tokens.end == cue.group_start
    });
    let opener = matches!(
        ctx.lower(start),
        "and" | "or" | "nowhere" | "only" | "exclusively" | "mainly" | "mostly" | "largely" | "elsewhere"
    );
    // ("In a memo posted with the meeting agenda, city planning staff wrote that …": a noun after
    // a preposition is no subject, and the clause after the comma has its own verb.)
    let in_phrase = speaker.is_some_and(|m| {
        let a = m.tokens.start;
        a > 0 && ctx.lower_class(a - 1) == Some(WordClass::Prep) && ctx.lower_class(a) == Some(WordClass::Det)
    }) && start > 0
        && ctx.word(start - 1) == ",";
    // (Not a clause after "that": "The operator warned passengers that only one train …".)
    let after_that = start > 0 && ctx.lower_is(start - 1, "that");
    cue.form == CueForm::Finite
        && cue.group_start == c
        && past
        && after_noun
        && (opener || in_phrase)
        && !after_that
}

/// Most tokens from an inscription's noun to the cue ("sign on the surgery door read").
const MAX_INSCRIPTION_PHRASE: usize = 8;

/// "A handwritten sign on the surgery door read: “Closed …”", "A banner strung across the bridge
/// said “No Pylons Here”": the subject is a thing with words on it (`words::INSCRIPTIONS`), within
/// the first words of the sentence, with no comma or clause between it and the cue, or the
/// antecedent of a relative pronoun right before the cue; what it reads is nobody's claim.
fn inscription(ctx: &Context<'_, '_>, cue: &CueMatch) -> bool {
    let Some(sentence) = ctx.doc.sentences().get(cue.sentence) else { return false };
    let g = cue.group_start;
    // (Asked of every claim: whether such a noun comes before the cue at all, first.)
    let inscribed = |t: usize| words::is_inscription(ctx.lower(t));
    if !(sentence.tokens.start..g).any(inscribed) {
        return false;
    }
    // ("Protesters carried signs that said “Save our NHS”": a relative clause on one.)
    if g >= 2 && matches!(ctx.lower(g - 1), "that" | "which") && inscribed(g - 2) {
        return true;
    }
    let s0 = ctx.dateline_end(sentence.tokens.start, g);
    // ("A hand-painted sign …": a hyphened modifier counts its pieces.)
    let noun = (s0..g.min(s0 + 6)).find(|&t| inscribed(t));
    noun.is_some_and(|n| {
        g - n <= MAX_INSCRIPTION_PHRASE
            && (s0..n).all(|t| {
                (!ctx.is_cap(t) || t == s0)
                    && (matches!(ctx.word(t), "-" | "‑")
                        || matches!(ctx.lower_class(t), None | Some(WordClass::Det | WordClass::Poss)))
            })
            && !(n + 1..g).any(|t| matches!(ctx.word(t), "," | ";" | ":") || ctx.cue(t).is_some())
    })
}

/// "New facility expected to create 250 jobs", "Minister urged to resign": in a line standing
/// alone without a final stop (a headline or a subhead), a past form right after its subject with
/// an infinitive after it is headline style for a passive ("is expected to"); nobody speaks.
fn headline_passive(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    let Some(sentence) = ctx.doc.sentences().get(cue.sentence) else { return false };
    let last = sentence.tokens.end.saturating_sub(1);
    passive_before_infinitive(ctx, cue, start)
        && bare_infinitive(ctx, start, end)
        && ctx.short_line(cue.sentence)
        && !matches!(ctx.word(last), "." | "!" | "?" | "”" | "\"")
}

/// "The Commissioner for Health, Dr. Olufunke Adesanya, disclosed this while briefing
/// journalists in Abeokuta": "this" (or "these") as the whole object points back to what the
/// story already gave; the words after it tell when or where, not what was said. (Not "this
/// week's address", "hailed these as bold moves".)
fn points_back(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    matches!(ctx.lower(start), "this" | "these")
        && (start + 1 >= end
            || matches!(ctx.word(start + 1), "," | "." | ";")
            || matches!(ctx.lower_class(start + 1), Some(WordClass::Prep | WordClass::Subord))
                && !ctx.lower_is(start + 1, "as"))
}

/// "Result declared: Liberal Democrat Priya Sandhu wins with 14,882 votes": a live page's label,
/// one capitalised common noun that names no speaker opening the sentence, then a past form and a
/// colon, is no one speaking.
fn label(ctx: &Context<'_, '_>, cue: &CueMatch, speaker: Option<&Mention>) -> bool {
    let c = cue.tokens.start;
    let past = words::is_past_form(ctx.lower(c));
    let Some(m) = speaker else { return false };
    let a = m.tokens.start;
    let bare = m.tokens.end == a + 1
        && m.tokens.end == cue.group_start
        && ctx.doc.sentences().get(cue.sentence).is_some_and(|s| s.tokens.start == a)
        && matches!(m.kind, super::mentions::MentionKind::Common { .. })
        && ctx.is_cap(a)
        && ctx.lower_noun(a).is_none();
    bare && past && ctx.word(cue.tokens.end) == ":"
}

/// "Leaders meet on Friday, with a ceasefire expected to dominate the agenda": after "with" and
/// its noun phrase, a past form before an infinitive is a passive with no "be" (an absolute
/// phrase); nobody speaks.
fn with_passive(ctx: &Context<'_, '_>, cue: &CueMatch, speaker: Option<&Mention>, start: usize) -> bool {
    let after_with = speaker.is_some_and(|m| {
        m.tokens.end == cue.tokens.start
            && m.tokens.start > 0
            && ctx.lower_is(ctx.with_article(m.tokens.start) - 1, "with")
    });
    passive_before_infinitive(ctx, cue, start) && after_with
}

/// "Donald Trump, expected to attend, …", "the states expected to be most pivotal", "Clinton
/// expected to win Iowa": "expected" with no auxiliary right before an infinitive is a passive
/// with no "be", what others expect of its subject; nobody speaks. (Not "expected Compaq's stock
/// to rise", with an object, nor "expects to", a plan of the subject's own.)
fn expected_to(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    passive_before_infinitive(ctx, cue, start)
        && ctx.lower_is(cue.tokens.start, "expected")
        && start == cue.tokens.end
        && bare_infinitive(ctx, start, end)
        && ctx.kind(start + 1) == TokenKind::Word
}

/// A past form in "-ed" with no auxiliary before it and a content opening on "to" at `start`:
/// what [`headline_passive`], [`with_passive`] and [`expected_to`] read as a passive with no "be".
fn passive_before_infinitive(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize) -> bool {
    let word = cue.tokens.start;
    cue.form == CueForm::Finite
        && cue.group_start == word
        && ctx.lower(word).ends_with("ed")
        && ctx.lower_is(start, "to")
}

/// After the "to" at `start`, a lower-case word that opens no noun phrase, before `end`.
fn bare_infinitive(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    start + 1 < end
        && !matches!(ctx.lower_class(start + 1), Some(WordClass::Det | WordClass::Poss))
        && !ctx.is_cap(start + 1)
}

/// "Jurors were told the defendant, Marisol Quintero-Vance, had sent …": a subject at `start`
/// whose appositive, set off by commas, ends right before its verb.
fn verb_after_appositive(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    const MAX_APPOSITIVE_TOKENS: usize = 8;
    let Some(c1) = (start + 1..end.min(start + 4)).find(|&t| ctx.word(t) == ",") else { return false };
    let Some(c2) = (c1 + 2..end.min(c1 + 2 + MAX_APPOSITIVE_TOKENS)).find(|&t| ctx.word(t) == ",") else {
        return false;
    };
    c2 + 1 < end && ctx.verb_follows(c2 + 1, c2 + 2)
}

/// What an agentless passive reports: a clause ("It was reported that the talks failed",
/// "It was announced that the plant would close") or a quotation; not an infinitive ("is expected to
/// arrive", "were told to leave"), a phrase ("was warned for time-wasting") or a bare noun phrase
/// ("was named player of the match").
fn agentless_passive_reports(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    content: &Content,
    start: usize,
    end: usize,
) -> bool {
    let opener = ctx.lower(start);
    // ("The claims were disputed, but nobody acted on them": a clause of its own.)
    if opener == "to" || ctx.lower_class(start) == Some(WordClass::Conj) {
        return false;
    }
    // ("Protesters chanted slogans as the election results were announced": the words before the
    // passive run into its subject, with nothing setting them off; what was announced is named,
    // not said.)
    if end == cue.group_start {
        return false;
    }
    // "that" (often left out of the content), a colon, or a clause of its own: a subject and a
    // verb (past tense, auxiliary, modal) after it; not "was reported missing on Saturday and was
    // found on Monday", "was reported shortly after 3 a.m.": the subject's own state or time.
    let introduced = start > 0 && matches!(ctx.lower(start - 1), "that" | ":" | "whether" | "if");
    // "was accused of lying", "was praised for her candour": a charge or praise by someone unnamed
    // (but "It was reported that at least 14 boats had failed …" reports a clause); not a time or
    // a place: "He was charged in March and is expected to stand trial next year".
    if ctx.lower_class(start) == Some(WordClass::Prep) {
        let charge = matches!(opener, "of" | "for" | "over" | "with" | "as");
        return introduced || charge && matches!(cue.stance, Stance::Accuse | Stance::Support);
    }
    let clause = || {
        !ctx.is_punct(start)
            && (ctx.subject_starts(start) || ctx.is_cap(start) || ctx.lower_class(start).is_none())
            && !ctx.lower(start).ends_with("ly")
            && !ctx.lower(start).ends_with("ing")
            && ((start + 1..end.min(start + 6)).any(|t| ctx.verb_follows(t, t + 1))
                || verb_after_appositive(ctx, start, end))
    };
    // ("was asked if she had …", "had been told just before the vote that he would lose": a
    // question, or "that" after a short phrase.)
    let question = matches!(opener, "if" | "whether" | "how" | "what" | "why" | "who");
    let that_soon = (start..end.min(start + 8)).any(|t| ctx.lower_is(t, "that"));
    content.kind == ClaimKind::Mixed || opener == "that" || introduced || question || that_soon || clause()
}

/// "declined to comment", "refused to say whether the plant would close", "declined to name the
/// delegates", "declined to be interviewed": a refusal to speak says nothing, whatever it refuses
/// to tell (an infinitive of a verb of speaking after "decline" or "refuse").
/// (The verb of speaking may be the cue itself: "refused to say whether …" reports with "say".)
fn refusal(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    let g = cue.group_start;
    let refused_verb = cue.form == CueForm::Base
        && words::is_comment_verb(&cue.lemma)
        && ctx.lower_is(g, "to")
        && ctx.cues.iter().any(|c| c.tokens.end == g && words::is_refusal_verb(&c.lemma));
    refused_verb
        || words::is_refusal_verb(&cue.lemma)
            && ctx.lower_is(start, "to")
            && start + 1 < end
            && words::is_comment_verb(ctx.lower(start + 1))
}

/// "A police spokesman said he could not comment on an ongoing investigation", "… said she was
/// unable to comment further": the content, tokens `start..end`, is only the speaker's own refusal
/// to comment, reported. (Not "does not comment on specific transactions", a policy stated; nor
/// "Radic's spokesman said the prime minister would not comment further", which tells of
/// someone else's silence.)
fn reported_refusal(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    const MAX_REFUSAL_START: usize = 5;
    let limit = end.min(start + MAX_REFUSAL_START);
    let Some(t) = (start + 2..limit).find(|&t| matches!(ctx.lower(t), "comment" | "elaborate" | "speculate"))
    else {
        return false;
    };
    // (A pronoun subject, then only a modal and its negation, or "was unable to": "he can't",
    // "she could not", written in any of the ways the tokenizer splits them.)
    let piece = |u: usize| {
        let w = ctx.lower(u);
        matches!(
            w,
            "could"
                | "would"
                | "will"
                | "can"
                | "wo"
                | "ca"
                | "couldn"
                | "wouldn"
                | "won"
                | "not"
                | "cannot"
                | "n't"
                | "n’t"
                | "t"
                | "'"
                | "’"
                | "unable"
                | "to"
                | "was"
                | "is"
                | "am"
                | "are"
                | "were"
        ) || w.ends_with("n't")
            || w.ends_with("n’t")
    };
    let negated = (start + 1..t).any(|u| {
        let w = ctx.lower(u);
        matches!(w, "not" | "cannot" | "unable" | "t") || w.ends_with("n't") || w.ends_with("n’t")
    });
    // (Nor more said after it: "… could not comment, but that the plant would close".)
    let more = (t + 1..end)
        .any(|u| ctx.word(u) == "," && u + 1 < end && matches!(ctx.lower(u + 1), "but" | "and" | "though"));
    negated && (start + 1..t).all(piece) && super::mentions::Pronoun::at(ctx, start).is_some() && !more
}

/// "declined to comment, citing the ongoing investigation": the reason given for a refusal that
/// says nothing is no statement either.
fn reason_for_refusal(ctx: &Context<'_, '_>, cue: &CueMatch) -> bool {
    cue.lemma == "cite"
        && cue.form == CueForm::Gerund
        && ctx.cues.iter().any(|c| {
            let t = c.tokens.end;
            c.sentence == cue.sentence
                && c.tokens.end <= cue.tokens.start
                && words::is_refusal_verb(&c.lemma)
                && t + 1 < cue.tokens.start
                && ctx.lower_is(t, "to")
                && words::is_comment_verb(ctx.lower(t + 1))
        })
}

/// "who asked not to be named", "who did not wish to be identified", "declined to be identified
/// because …", "who requested anonymity to speak freely": the content is a wish to stay unnamed.
fn anonymity_clause(ctx: &Context<'_, '_>, content: &Content) -> bool {
    let start = ctx.doc.token_index_at(content.span.start);
    let end = ctx.doc.token_index_at(content.span.end);
    let s = if ctx.lower_is(start, "not") { start + 1 } else { start };
    // "requested anonymity to speak freely", "asked for anonymity because …".
    let anonymity = (start..end.min(start + 2)).any(|t| ctx.lower_is(t, "anonymity"));
    // ("asked that her name not be used to protect her daughter's privacy", "… be withheld".)
    let name_not_used = start + 3 < end
        && ctx.class(start) == Some(WordClass::Poss)
        && matches!(ctx.lower(start + 1), "name" | "names" | "identity")
        && (ctx.lower_is(start + 2, "not") && ctx.lower_is(start + 3, "be")
            || ctx.lower_is(start + 2, "be") && ctx.lower_is(start + 3, "withheld"));
    anonymity
        || name_not_used
        || s + 2 < end
            && ctx.lower_is(s, "to")
            && ctx.lower_is(s + 1, "be")
            && words::is_naming_participle(ctx.lower(s + 2))
}

/// "The landlord, who cannot be named, told the Herald …": a name withheld (for legal reasons or
/// another) says nothing, and takes nothing with it: the main clause's verb makes the claim.
fn name_withheld(ctx: &Context<'_, '_>, cue: &CueMatch) -> bool {
    cue.form == CueForm::Passive
        && words::is_naming_participle(ctx.lower(cue.tokens.start))
        && (cue.group_start..cue.tokens.start)
            .any(|t| ctx.lower_is(t, "cannot") || ctx.lower_class(t) == Some(WordClass::Neg))
}

/// Most tokens between a naming participle and its "as".
const MAX_BEFORE_AS: usize = 4;

/// "The alleged leader of the ring, identified in documents only as “Boss J,” did not attend",
/// "a man, named locally as Tom Reid, …": a participle set off by a comma that gives a name says
/// nothing.
fn named_as(ctx: &Context<'_, '_>, cue: &CueMatch) -> bool {
    let t = cue.tokens.start;
    t > 0
        && ctx.word(t - 1) == ","
        && words::is_naming_participle(ctx.lower(t))
        && (t + 1..cue.tokens.end.max(t + 1) + MAX_BEFORE_AS).any(|u| ctx.lower_is(u, "as"))
}

/// A cue for which a figure alone is no statement: not a proposal ("proposed nearly $1 billion in
/// funds", "calls for $1 trillion in new spending") nor "according to".
fn plain_figure(cue: &CueMatch) -> bool {
    cue.stance != Stance::Urge && cue.lemma != "according to"
}

/// "added 1.2 per cent", "added 42 points, or 0.6 per cent, to 7,812.4", "added 0.3%": a number,
/// a unit, then nothing, a comma or a preposition — a quantity, not a clause ("said 40 people
/// died", "said 5 per cent of voters …" go on to a noun or "of"). "Employers added 200,000 jobs
/// in May": after "add", a counted noun too.
fn quantity(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    let mut t = start;
    // "has added more than $2 trillion in market value", "added about 3%".
    if t + 1 < end && matches!(ctx.lower(t), "more" | "less" | "fewer") && ctx.lower_is(t + 1, "than") {
        t += 2;
    } else if t < end && (words::is_approximation(ctx.lower(t)) || ctx.lower_is(t, "over")) {
        t += 1;
    }
    if matches!(ctx.word(t), "$" | "£" | "€" | "¥") {
        t += 1;
    }
    // ("claimed more than £3,400 in rail fares": a sign glued to the digits.)
    let glued_sign = t < end
        && ctx
            .word(t)
            .strip_prefix(words::CURRENCY_SIGNS)
            .is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit()));
    if t >= end || ctx.kind(t) != TokenKind::Number && !glued_sign {
        return false;
    }
    t += 1;
    // "1.2" and "7,812.4" are one number to a reader.
    while t + 1 < end
        && matches!(ctx.doc.token_text(t), "." | ",")
        && ctx.touches(t - 1, t)
        && ctx.touches(t, t + 1)
    {
        t += 2;
    }
    if t < end && ctx.word(t) == "%" {
        t += 1;
    } else if t + 1 < end && ctx.lower_is(t, "per") && ctx.lower_is(t + 1, "cent") {
        t += 2;
    } else if t < end && words::is_quantity_unit(ctx.lower(t)) {
        t += 1;
    } else if cue.lemma == "add" {
        // ("added 200,000 jobs", "added 12 new stores": up to two plain lower-case words.)
        let noun = |u: usize| {
            u < end
                && ctx.kind(u) == TokenKind::Word
                && !ctx.is_cap(u)
                && ctx.lower_class(u).is_none()
                && ctx.cue(u).is_none()
                && !ctx.lower(u).ends_with("ed")
        };
        let mut n = 0;
        while n < 2 && noun(t) {
            t += 1;
            n += 1;
        }
    }
    // ("added 1.2 per cent and the S&P 500 gained 0.8 per cent": one more move; "added 3% after
    // the company said …": a clause of its own.)
    let rest = t >= end
        || matches!(ctx.word(t), "," | ";")
        || matches!(
            ctx.lower_class(t),
            Some(WordClass::Prep | WordClass::Conj | WordClass::Subord | WordClass::Time)
        );
    // ("added 256,000 jobs last month, well above the 160,000 economists had forecast": an aside
    // after a comma compares the figure.)
    let clause = (t + 1..end)
        .find(|&u| ctx.lower_class(u) == Some(WordClass::Subord) || ctx.word(u) == ",")
        .unwrap_or(end);
    rest && !(t < end && ctx.lower_is(t, "of")) && !has_verb(ctx, t, clause)
}

/// Whether tokens `start..end` hold an auxiliary, a modal or a common past verb ("31,000 of
/// them could be lost").
pub(crate) fn has_verb(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    // (Not the month: "added 3% in May".)
    (start..end).any(|t| {
        matches!(ctx.lower_class(t), Some(WordClass::Aux | WordClass::Modal | WordClass::Verb))
            && !(ctx.word(t) == "May" && t > start)
    })
}

/// Most tokens before a result noun ("weaker-than-expected iPhone": seven).
const MAX_RESULT_MODIFIERS: usize = 8;

/// "added a second goal", "added his second from a corner", "claimed his third title": a noun
/// phrase opening on an ordinal, for a verb that takes a clause (not "seeking a fifth term");
/// "reported a net loss of $212 million", "posted revenue of $104 million": a company's result
/// with its amount, after a verb of publishing, or a score ("posted a career-best 64"). None holds
/// a verb.
fn rank_or_result(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    let determined = || matches!(ctx.lower_class(start), Some(WordClass::Det | WordClass::Poss));
    let ordinal = !cue.object
        && determined()
        && start + 1 < end
        && words::is_ordinal(ctx.lower(start + 1))
        && !(start + 2 < end && ctx.touches(start + 1, start + 2));
    // (The verb test reads every token's class: only when an ordinal or a publishing verb can
    // make a rank or a result.)
    if !ordinal && !words::is_publishing_verb(&cue.lemma) || has_verb(ctx, start, end) {
        return false;
    }
    let amount = |t: usize| {
        t < end && (ctx.kind(t) == TokenKind::Number || matches!(ctx.word(t), "$" | "£" | "€" | "¥"))
    };
    // ("Analysts had expected a loss of $150 million" is a belief about the figure.)
    let result = words::is_publishing_verb(&cue.lemma)
        && (start..end.min(start + 5)).any(|t| {
            words::is_result_noun(ctx.lower(t)) && t + 2 < end && ctx.lower_is(t + 1, "of") && amount(t + 2)
        });
    // "reported weaker-than-expected iPhone sales", "announced record profits for the third
    // quarter": a result noun after its modifiers, then nothing or an adjunct.
    let bare_result = words::is_publishing_verb(&cue.lemma)
        && (start..end.min(start + MAX_RESULT_MODIFIERS + 1))
            .find(|&t| words::is_result_noun(ctx.lower(t)))
            .is_some_and(|n| {
                let modifier = |t: usize| {
                    (ctx.kind(t) != TokenKind::Punct || ctx.word(t) == "-")
                        && (ctx.cue(t).is_none() || t > start && ctx.word(t - 1) == "-")
                };
                (start..n).all(modifier)
                    && (n + 1 >= end
                        || matches!(ctx.word(n + 1), "," | "." | ";")
                        || matches!(ctx.lower_class(n + 1), Some(WordClass::Prep | WordClass::Time)))
            });
    // "posted a career-best 64 to take the lead", "posted a four-under 68": a score, an article and
    // a number with only its modifiers between.
    let score = words::is_publishing_verb(&cue.lemma)
        && matches!(ctx.lower(start), "a" | "an")
        && (start + 1..end.min(start + 6)).find(|&t| ctx.kind(t) == TokenKind::Number).is_some_and(|n| {
            (start + 1..n).all(|t| ctx.kind(t) != TokenKind::Word || ctx.lower_class(t).is_none())
                && (n + 1 >= end
                    || matches!(ctx.word(n + 1), "," | ";")
                    || matches!(ctx.lower_class(n + 1), Some(WordClass::Prep))
                    || ctx.lower_is(n + 1, "to"))
        });
    ordinal || result || bare_result || score || change_in_result(ctx, start, end)
}

/// "Sahyadri reported a 14% rise in consolidated net profit to Rs 412 crore": a change (a few
/// words into the object) "in" a result (a few words after it), after a verb of publishing.
fn change_in_result(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    const MAX_BEFORE_CHANGE: usize = 5;
    const MAX_RESULT_MODIFIERS: usize = 3;
    (start + 1..end.min(start + MAX_BEFORE_CHANGE + 1))
        .find(|&t| ctx.lower_is(t, "in") && words::is_change_noun(ctx.lower(t - 1)))
        .is_some_and(|i| {
            (i + 1..end.min(i + 2 + MAX_RESULT_MODIFIERS)).any(|t| words::is_result_noun(ctx.lower(t)))
        })
}

/// "The ministry issued a statement on Monday", "The retailer issued its second profit warning
/// in three months": the object names an act of speaking and nothing it said (not "issued a
/// statement saying …", "released a statement that …"); for a neutral verb only ("criticized his
/// remarks" takes a stance on them).
fn names_an_act(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    if !cue.object || cue.stance != Stance::Neutral {
        return false;
    }
    let Some(noun) = (start..end.min(start + 5)).find(|&t| words::is_speech_act_noun(ctx.lower(t))) else {
        return false;
    };
    let modifiers = (start..noun).all(|t| {
        ctx.kind(t) == TokenKind::Word
            && !matches!(ctx.lower_class(t), Some(WordClass::Aux | WordClass::Modal | WordClass::Verb))
            && ctx.lower_cue(t).is_none()
    });
    let says_more = (noun + 1..end).any(|t| {
        let w = ctx.lower(t);
        w == "that" || w.ends_with("ing") || ctx.lower_cue(t).is_some() || ctx.word(t) == ":"
    });
    modifiers && !says_more && !(start..end).any(|t| ctx.in_quote(t))
}

#[cfg(test)]
mod tests {
    use crate::attribution::context::test_support::{contents, speakers};

    #[test]
    fn a_name_given_in_a_participle_says_nothing() {
        // "The alleged leader of the ring, identified in documents only as “Boss J,” did not attend
        // the hearing".
        let text =
            "The alleged leader, identified in documents only as “Boss J,” did not attend the hearing.";
        assert!(contents(text).is_empty());
    }

    #[test]
    fn an_appositive_the_cue_acts_on_is_no_content() {
        // "… imposed a penalty of Rs 110 crore on Sahyadri for alleged cartelisation, an order the
        // company has challenged before the NCLAT."
        let text =
            "The commission imposed a penalty on Sahyadri, an order the company has challenged in court.";
        assert!(contents(text).is_empty());
        let text = "President Obama has sought Republican suggestions, an offer the leadership rebuffed.";
        assert!(contents(text).is_empty());
        // (Not a speaker named after "a": "…, a senior State Department official said".)
        let text = "The talks will resume on Monday, a senior State Department official said.";
        assert_eq!(contents(text), ["The talks will resume on Monday"]);
        // (Not a speaker's appositive: "…, a spokeswoman, Anna White, said".)
        let text = "The tool was built for crises, a spokeswoman, Anna White, said.";
        assert_eq!(contents(text), ["The tool was built for crises"]);
    }

    #[test]
    fn a_reduced_relative_describes_its_noun() {
        // "A man accused of assaulting a bus driver has been remanded": nobody is named accusing.
        assert!(contents("A man accused of assaulting a bus driver has been remanded in custody.").is_empty());
        // "The policy, first floated in March, takes effect on November 30": the main clause is
        // the writer's.
        assert!(contents("The policy, first floated in March, takes effect on November 30.").is_empty());
        assert!(contents("The order, reported by CNN, takes effect on Monday.").is_empty());
        assert!(contents("The deal, announced Monday, will close next year.").is_empty());
        // (An accusation with its subject and object stays.)
        assert_eq!(contents("Smith accused Jones of lying."), ["Jones of lying"]);
    }

    #[test]
    fn what_a_sign_reads_is_nobodys_claim() {
        // "A handwritten sign on the surgery door read: “Closed …”", "A banner strung across the
        // bridge said …", "signs that said …".
        for text in [
            "A handwritten sign on the surgery door read: “Closed due to staff shortages.”",
            "A banner strung across the bridge said “No Pylons Here”.",
            "Protesters carried signs that said “Save our NHS”.",
            "The sign on the door said Closed.",
            "A hand-painted sign on the farm gate says “No entry”.",
        ] {
            assert!(contents(text).is_empty(), "{text}");
        }
        // (Not signs as a word of the claim: "Signs of recovery are emerging, the minister said.")
        assert_eq!(
            contents("Signs of recovery are emerging, the minister said."),
            ["Signs of recovery are emerging"]
        );
    }

    #[test]
    fn a_passive_with_an_infinitive_says_nothing_of_its_subject() {
        assert!(contents("He is believed to have fled the country.").is_empty());
        assert!(contents("The company is thought to be worth $2 billion.").is_empty());
        assert!(contents("The man, thought to be in his 40s, was arrested.").is_empty());
        assert!(contents("A woman was taken to hospital with injuries not thought to be serious.").is_empty());
        assert_eq!(contents("He is believed by police to have fled."), ["to have fled"]);
    }

    #[test]
    fn conditions_questions_and_sayings_left_undone_say_nothing() {
        // "If she says yes, it would be …", "Would Dominic Ainsworth say the same if …?", "It goes
        // without saying that …", "He did not answer directly."
        for text in [
            "If she says yes, it would be the first gun bill signed in a decade.",
            "Would Dominic Ainsworth say the same if his own constituency faced cuts?",
            "What would Helen Nakamura-Frost say to voters who feel abandoned?",
            "It goes without saying that prices will rise.",
            "He did not answer directly.",
            // "Whether Elena Rusu says yes … remains unclear", "Truth be told, …".
            "Whether Elena Rusu says yes to the deal remains unclear.",
            "His aides declined to comment on whether he still supported the plan.",
            "Truth be told, the stadium was half empty.",
            // "If Sen. Ray Holcomb says he will vote no, …": past a title's stop.
            "If Sen. Ray Holcomb says he will vote no, the bill is dead.",
        ] {
            assert!(contents(text).is_empty(), "{text}");
        }
        // "as X says" inside a condition, and a condition inside the content, still report.
        assert_eq!(
            contents("Smith said that if rates rise, he will resign."),
            ["if rates rise, he will resign"]
        );
        assert_eq!(contents("If, as Smith says, the economy is weak, rates will fall.").len(), 1);
        // A word in capitals is no condition (a label, noise): "a0 0 IF Vladimir Putin said …".
        assert_eq!(contents("a0 0 IF Vladimir Putin said the talks had failed.").len(), 1);
    }

    #[test]
    fn an_agentless_passive_reports_a_clause_not_its_subjects_state() {
        // "The 16-year-old was reported missing on Saturday and was found safe on Monday", "The fire
        // was reported shortly after 3 a.m.": no one's statement; "It was reported that …" and
        // "was asked if …" still report.
        assert!(contents("The 16-year-old was reported missing on Saturday and was found safe on Monday.")
            .is_empty());
        assert!(contents(
            "The fire was reported shortly after 3 a.m. and is believed to have started in a kitchen."
        )
        .is_empty());
        assert_eq!(contents("It was reported that the talks failed."), ["the talks failed"]);
        assert_eq!(contents("It was announced the plant would close."), ["the plant would close"]);
        // "Jurors were told the defendant, Marisol Quintero-Vance, had sent …": the subject's
        // appositive before its verb.
        let text = "Jurors were told the defendant, Marisol Quintero-Vance, had sent 400 messages.";
        assert_eq!(contents(text), ["the defendant, Marisol Quintero-Vance, had sent 400 messages"]);
        assert_eq!(contents("She was asked if she would run."), ["if she would run"]);
        // "He was charged in March and is expected to stand trial next year": a charge's time, no
        // statement; "was accused of lying" is a charge.
        assert!(contents("He was charged in March and is expected to stand trial next year.").is_empty());
        assert_eq!(contents("He was accused of lying."), ["lying"]);
    }

    #[test]
    fn a_speech_act_not_made_says_nothing() {
        // "Mayor Tom Reyes did not say the city would raise taxes", "has never said he will run";
        // a belief denied and a denial not made still tell where the speaker stands.
        assert!(contents("Mayor Tom Reyes did not say the city would raise taxes.").is_empty());
        assert!(contents("He has never said he will run.").is_empty());
        assert_eq!(contents("She does not believe the figures are right."), ["the figures are right"]);
        assert_eq!(
            contents("Colonel Marc Tissot did not deny that troops had been in the area."),
            ["troops had been in the area"]
        );
    }

    #[test]
    fn a_manner_of_speaking_reports_a_quotation_only() {
        // "“They said I was too much,” he laughed", "“Grateful,” she captioned the post"; not "He
        // laughed at the idea", "At that, Clinton nodded and smiled".
        assert_eq!(contents("“They said I was too much,” he laughed."), ["They said I was too much,"]);
        assert_eq!(
            contents("“Grateful for every moment,” she captioned the post."),
            ["Grateful for every moment,"]
        );
        assert!(contents("He laughed at the idea that he would quit.").is_empty());
        assert!(contents("At that, Clinton nodded and smiled.").is_empty());
        // "An exit poll projected that …" states a projection.
        assert_eq!(
            contents("An exit poll projected that the party would win 71 seats."),
            ["the party would win 71 seats"]
        );
    }

    #[test]
    fn an_unanswered_question_says_nothing() {
        assert!(contents("He did not say whether he would run.").is_empty());
        assert!(contents("She would not say how much the deal was worth.").is_empty());
        // (Nor does a statement not made: see `a_speech_act_not_made_says_nothing`.)
        assert!(contents("He did not say that he would run.").is_empty());
        assert_eq!(
            contents("He said whether it would pass was unclear."),
            ["whether it would pass was unclear"]
        );
    }

    #[test]
    fn a_relative_clause_reports_no_main_clause() {
        let text = "The funding, which was first reported by the Toronto Star, will add 3,000 beds.";
        assert!(contents(text).is_empty());
        assert!(contents("The plan, which was backed by the mayor, was rejected.").is_empty());
        assert!(contents("The man, who has not been named, died at the scene.").is_empty());
        // A reduced relative clause: "The deal, first reported by Bloomberg, is valued …".
        let text =
            "The deal, first reported by Bloomberg, is valued at $3 billion, according to two sources.";
        assert_eq!(contents(text), ["The deal, first reported by Bloomberg, is valued at $3 billion"]);
    }

    #[test]
    fn adjuncts_and_asides_are_not_statements() {
        // A question set off after the subject is no claim; the answer is.
        let got = contents("Lindqvist, asked about the decision, said the call was correct.");
        assert_eq!(got, ["the call was correct"]);
        // Adjuncts alone say nothing either.
        assert!(contents("The White House weighed in shortly after the vote.").is_empty());
        // "A hospital trust has apologised after figures showed some patients waited more than 40
        // hours": a clause of time right after the cue (what the figures showed is theirs).
        let text = "A hospital trust has apologised after figures showed some patients waited 40 hours.";
        assert_eq!(contents(text), ["some patients waited 40 hours"]);
        assert!(contents("A council apologised to residents after a bin strike left rubbish.").is_empty());
        // A time phrase alone says nothing.
        assert!(contents("Chrystia Freeland spoke on Tuesday.").is_empty());
        assert!(contents("He spoke last week.").is_empty());
        assert!(contents("Air raid sirens sounded for almost four hours.").is_empty());
        assert!(contents("Sanders agreed to debate on the very day he proposed two months ago.").is_empty());
        assert!(contents("As the Post reported just today, the inspector issued subpoenas.").is_empty());
        // A demonstrative alone points back: "Neighbors disputed that.", "She confirmed this on
        // Monday"; "disputed that account" is an object.
        assert!(contents("Neighbors disputed that.").is_empty());
        assert!(contents("She confirmed this on Monday.").is_empty());
        // An object pronoun too: "Few people believed her", "She confirmed it on Monday".
        assert!(contents("Few people believed her.").is_empty());
        assert!(contents("She confirmed it on Monday.").is_empty());
        assert_eq!(contents("He said it would rain."), ["it would rain"]);
        // A count of things is no time phrase: "He said two people died" stays.
        assert_eq!(contents("He said two people died."), ["two people died"]);
    }

    #[test]
    fn refusals_say_nothing() {
        // "A spokesman declined to comment."
        assert!(contents("A spokesman for the ministry declined to comment on the report.").is_empty());
        assert!(contents("Moss declined to comment as he left court.").is_empty());
        // "A police spokesman said he could not comment on an ongoing investigation": a refusal
        // reported; not a policy stated ("does not comment on specific transactions").
        assert!(
            contents("A police spokesman said he could not comment on an ongoing investigation.").is_empty()
        );
        assert!(contents("She said she was unable to comment further.").is_empty());
        assert!(contents("He said he couldn’t comment on the case.").is_empty());
        // (Someone else's silence is news: "… said the prime minister would not comment further".)
        let text = "Her spokesman said the prime minister would not comment further.";
        assert_eq!(contents(text), ["the prime minister would not comment further"]);
        let text = "The agency said it does not comment on specific transactions.";
        assert_eq!(contents(text), ["it does not comment on specific transactions"]);
        // "declined to comment, citing …": the reason for saying nothing.
        assert!(contents("A spokesman declined to comment, citing the ongoing investigation.").is_empty());
        // Nor does a refusal to tell something: "refused to say whether …", "declined to name …".
        assert!(contents("The mayor refused to say whether she would run again.").is_empty());
        assert!(contents("The chairman declined to name the three delegates on the slate.").is_empty());
    }

    #[test]
    fn a_deal_agreed_says_nothing() {
        // "The club has agreed a contract extension with …": a deal, not a statement.
        assert!(contents("The club has agreed a three-year contract extension with Hayes.").is_empty());
        assert!(contents("The two sides agreed to a ceasefire on Monday.").is_empty());
        // "…, after the operator agreed to a 7% pay rise, union leader X said": "to" opens the
        // object of "agreed", so the sentence's claim is the union leader's.
        let got = contents("Workers ended the strike after the operator agreed to a pay rise, union leader Sven Ekdahl said.");
        assert_eq!(got, ["Workers ended the strike after the operator agreed to a pay rise"]);
        assert_eq!(contents("Smith agreed that the plan had failed."), ["the plan had failed"]);
    }

    #[test]
    fn this_as_the_whole_object_points_back() {
        // "Dr. Olufunke Adesanya disclosed this while briefing journalists in Abeokuta".
        let text = "The Commissioner for Health, Dr. Olufunke Adesanya, disclosed this while briefing \
                    journalists in Abeokuta on 14 May.";
        assert!(contents(text).is_empty());
        assert_eq!(
            contents("He told NBC that this week's address will be long."),
            ["this week's address will be long"]
        );
    }

    #[test]
    fn a_live_pages_label_says_nothing() {
        // "Result declared: Liberal Democrat Priya Sandhu wins with 14,882 votes".
        assert!(contents("Result declared: Priya Sandhu wins with 14,882 votes.").is_empty());
        assert_eq!(contents("Police said: the road is closed."), ["the road is closed"]);
    }

    #[test]
    fn a_headline_passive_says_nothing() {
        // A subhead: "New facility expected to create 250 jobs" is "is expected to".
        let text = "Harrow Foods to expand plant\n\nNew facility expected to create 250 jobs\n\nHarrow Foods said the plant would grow.";
        assert_eq!(contents(text), ["the plant would grow"]);
        // "…, with a ceasefire expected to dominate the agenda": an absolute phrase.
        assert!(
            contents("Leaders meet on Friday, with a ceasefire expected to dominate the agenda.").is_empty()
        );
        // "Donald Trump, expected to attend, …", "the states expected to be most pivotal": with
        // no auxiliary before an infinitive, a passive with no "be"; not with an object.
        assert!(contents("Donald Trump, expected to attend, did not speak.").is_empty());
        let text = "Analysts say the states expected to be most pivotal are Ohio and Florida.";
        assert_eq!(contents(text), ["the states expected to be most pivotal are Ohio and Florida"]);
        assert_eq!(contents("Her directors expected Compaq's stock to rise."), ["Compaq's stock to rise"]);
        // In a sentence, the same words have a subject that expects.
        assert_eq!(
            contents("The board expected to close the deal by June, the company said."),
            ["The board expected to close the deal by June"]
        );
    }

    #[test]
    fn a_participle_after_a_noun_describes_it() {
        // "The reserve shelters 14 species of frog found nowhere else on Earth."
        assert!(contents("The reserve shelters 14 species of frog found nowhere else on Earth.").is_empty());
        let text = "The cuts are part of a restructuring plan announced last year and are expected to affect 1,200 jobs.";
        assert!(contents(text).is_empty());
        // "In a memo posted with the meeting agenda, city planning staff wrote that …": a noun
        // after a preposition is no subject; the clause after the comma is the staff's.
        let text = "In a memo posted with the meeting agenda, city planning staff wrote that the project \
                    meets the requirements of the plan.";
        assert_eq!(speakers(text), ["city planning staff"]);
        // (A finite verb of a subject keeps its clause: "Investigators found only one survivor"
        // finds someone, a deed; "The council announced last year that …" reports.)
        let text = "The council announced last year that the library would close.";
        assert_eq!(contents(text), ["the library would close"]);
        let text = "The operator warned passengers that only one train an hour would run.";
        assert_eq!(contents(text), ["only one train an hour would run"]);
    }

    #[test]
    fn anonymity_clauses_say_nothing() {
        // "A neighbour, who asked not to be named, said …": one claim, and "named" is no cue.
        let got = contents("A neighbour, who asked not to be named, said the fire started at night.");
        assert_eq!(got, ["the fire started at night"]);
        // "The girl's mother, who asked that her name not be used to protect her daughter's privacy".
        let text = "The mother, who asked that her name not be used to protect her privacy, said it hurt.";
        assert_eq!(contents(text), ["it hurt"]);
        let got = contents("An official, who did not wish to be identified, said the talks had failed.");
        assert_eq!(got, ["the talks had failed"]);
        let got =
            contents("Three officials, who requested anonymity to speak freely, said the plan was dead.");
        assert_eq!(got, ["the plan was dead"]);
        // "The landlord, who cannot be named, told the Herald he intended to appeal."
        let got = contents("The landlord, who cannot be named, told the Herald he intended to appeal.");
        assert_eq!(got, ["he intended to appeal"]);
    }

    #[test]
    fn agentless_passive_infinitives_say_nothing() {
        // "The convoy is expected to arrive on Tuesday."
        assert!(contents("The convoy is expected to arrive in the city on Tuesday.").is_empty());
        assert!(contents("Residents were told to leave their homes.").is_empty());
        // "was named player of the match", "after the results were announced": no clause.
        assert!(contents("Okoro was named player of the match.").is_empty());
        assert!(contents("Shares fell after the results were announced on Monday.").is_empty());
        // "Hundreds of protesters chanted slogans outside parliament as the election results were
        // announced."
        let text = "Hundreds of protesters chanted slogans outside parliament as the election results were announced.";
        assert!(contents(text).is_empty());
        assert_eq!(contents("The plant will close, it was announced."), ["The plant will close"]);
        assert!(contents("The claims were disputed, but nobody acted on them.").is_empty());
        assert_eq!(contents("It was announced that the plant would close."), ["the plant would close"]);
        // "It was reported that at least 14 fishing boats had failed to return to port": a clause
        // opening on a preposition after "that".
        let text = "It was reported that at least 14 fishing boats had failed to return to port.";
        assert_eq!(contents(text), ["at least 14 fishing boats had failed to return to port"]);
        // With an agent it is a claim.
        assert_eq!(contents("It was reported by the paper that the talks failed.").len(), 1);
    }

    #[test]
    fn an_amount_with_its_sign_glued_is_a_quantity() {
        // "claimed more than £3,400 in rail fares last year": the pound sign glued to the digits.
        assert!(contents("Judith Carrow claimed more than £3,400 in rail fares last year.").is_empty());
        assert_eq!(contents("He said £3,400 was missing."), ["£3,400 was missing"]);
    }

    #[test]
    fn quantities_and_results_are_not_statements() {
        // "The Nasdaq added 1.2 per cent", "Silver added 1.1%".
        assert!(contents("The Nasdaq added 1.2 per cent on Wednesday.").is_empty());
        assert!(contents("The Nasdaq added 1.2 per cent and the S&P 500 gained 0.8 per cent.").is_empty());
        let got = contents("Shares of Orbis Foods added 3% after the company said profit rose 12%.");
        assert_eq!(got, ["profit rose 12%"]);
        assert!(contents("Silver added 1.1% to $31.20 an ounce.").is_empty());
        assert!(contents("Nvidia, which has added more than $2 trillion in value, fell.").is_empty());
        assert!(contents("The index added about 3% in May.").is_empty());
        // After "add", a counted noun: "Employers added 200,000 jobs in May" (the department's
        // claim stays).
        let got = contents("Employers added 200,000 jobs in May, the Labor Department said.");
        assert_eq!(got, ["Employers added 200,000 jobs in May"]);
        // (Also past an aside comparing the figure: "…, well above the 160,000 economists had
        // forecast, the Labor Department said".)
        let text = "Employers added 256,000 jobs, well above the 160,000 economists had forecast, the department said.";
        assert_eq!(
            contents(text),
            ["Employers added 256,000 jobs, well above the 160,000 economists had forecast"]
        );
        assert_eq!(contents("He added 40 people were hurt."), ["40 people were hurt"]);
        assert!(contents("The chain added 12 new stores last year.").is_empty());
        assert!(contents("She proposed nearly $1 billion in funds.").is_empty());
        assert!(contents("Maya Smith added a second goal after half-time.").is_empty());
        assert!(contents("Kestrel Airlines reported a net loss of $212 million for the quarter.").is_empty());
        // "For the quarter ended June, Sahyadri reported a 14% rise in consolidated net profit to
        // Rs 412 crore on revenue of Rs 3,860 crore."
        assert!(
            contents("Sahyadri reported a 14% rise in consolidated net profit to Rs 412 crore.").is_empty()
        );
        assert!(
            contents("Shares fell after the company reported weaker-than-expected iPhone sales.").is_empty()
        );
        assert!(contents("The company announced record profits for the third quarter.").is_empty());
        assert_eq!(contents("The company reported sales would fall."), ["sales would fall"]);
        assert!(contents("Lena Brandt posted a career-best 64 to take a two-shot lead.").is_empty());
        // "deny" withholding from a person; a denial keeps its object or clause.
        assert!(contents("Goalkeeper Tom Ansell denied Smith twice in the final minutes.").is_empty());
        assert_eq!(contents("Ansell denied Smith's claims."), ["Smith's claims"]);
        // An object naming an act of speaking and nothing said.
        assert!(contents("The retailer issued its second profit warning in three months.").is_empty());
        assert_eq!(contents("The ministry issued a statement saying the border would reopen.").len(), 1);
        // A number that opens a clause is a statement.
        assert_eq!(contents("Police said 40 people died in the fire."), ["40 people died in the fire"]);
        assert_eq!(
            contents("He added 5 per cent of voters were undecided."),
            ["5 per cent of voters were undecided"]
        );
    }
}
