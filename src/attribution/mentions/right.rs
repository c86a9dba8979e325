//! Noun phrases that start at a token: an inverted subject ("said Putin", "reported BBC", "said
//! the spokesman"), a clause's opening subject ("The nurse later sued"), and the plain phrases
//! that "according to" and a passive's "by" name ("according to a pool report").

use crate::entities::{Entity, EntityLabel};
use crate::lexicon::{NounKind, WordClass};
use crate::text::TokenKind;
use crate::SpeakerKind;

use super::super::context::Context;
use super::super::words;
use super::mention::{
    common_kind, det_or_poss, entity_mention, plain_modifier, pronoun_mention, title_role, Mention,
    MentionKind, Pronoun,
};
use super::outlets::outlet_mention;

/// Noun phrase starting at token `start` (an inverted subject: "said Putin", "reported BBC",
/// "said the spokesman"). Stops at `limit`.
pub(crate) fn right_np(ctx: &Context<'_, '_>, start: usize, limit: usize) -> Option<Mention> {
    if start >= limit {
        return None;
    }
    if let Some(p) = Pronoun::at(ctx, start) {
        return Some(pronoun_mention(ctx, start, p));
    }
    if let Some(m) = name_ahead(ctx, start, limit) {
        return Some(m);
    }
    if let Some(m) = member_of_group(ctx, start, limit) {
        return Some(m);
    }
    common_phrase(ctx, start, limit)
}

/// "according to Citigroup Inc. strategist Jenna Holt": past the period of a company's legal form
/// (at `end`, right after the entity) when a lower-case title follows it.
fn past_legal_form_period(ctx: &Context<'_, '_>, ent: &Entity, end: usize, limit: usize) -> usize {
    let period = end + 1 < limit
        && ent.label == EntityLabel::Organization
        && ctx.word(end) == "."
        && ctx.touches(end - 1, end)
        && ctx.is_title_word(end + 1)
        && !ctx.is_cap(end + 1);
    if period {
        end + 1
    } else {
        end
    }
}

/// What an entity at token `i` tells the scan for a name.
enum Step {
    /// The speaker is found.
    Found(Mention),
    /// Go on scanning at this token.
    At(usize),
    /// No name here: stop scanning.
    Stop,
    /// The entity decides nothing; look at the word itself.
    Word,
}

/// Skip determiners, titles and demonyms to reach an outlet or a name.
fn name_ahead(ctx: &Context<'_, '_>, start: usize, limit: usize) -> Option<Mention> {
    let mut i = start;
    while i < limit {
        if let Some(o) = ctx.outlet_at(i) {
            let m = outlet_mention(ctx, o);
            if let Some(journalist) = outlet_journalist(ctx, &m, limit) {
                return Some(journalist);
            }
            // ("Fox News contributor George Will": the outlet in a role before a name.)
            match described_person_ahead(ctx, m.tokens.end - 1, limit) {
                Some(t) => {
                    i = t;
                    continue;
                }
                None => return Some(m),
            }
        }
        match entity_step(ctx, start, i, limit) {
            Step::Found(m) => return Some(m),
            Step::At(t) => {
                i = t;
                continue;
            }
            Step::Stop => return None,
            Step::Word => {}
        }
        let skippable = matches!(ctx.class(i), Some(WordClass::Det))
            || ctx.is_title_word(i)
            || ctx.place(i).is_some()
            || matches!(ctx.lower(i), "one" | "another" | "former" | "retired")
            || ctx.word(i) == "."
            // "said Secretary of State Mark Ruben", "said Chief of Staff Ann Cole".
            || office_of(ctx, i, start)
            // "said Widgetco founder and chairman Carl Benz": two titles joined; "said Agriculture
            // and Forestry Minister Ibrahim Sahin Dogru": two portfolios.
            || ctx.word(i) == "and"
                && i > start
                && ctx.is_title_word(i - 1)
                && (ctx.is_title_word(i + 1) || i + 1 < limit && ctx.is_cap(i + 1))
            || i > start + 1 && office_of(ctx, i - 1, start) && ctx.is_cap(i);
        if !skippable {
            i = described_person_ahead(ctx, i, limit)?;
            continue;
        }
        i += 1;
    }
    None
}

/// Whether token `i` is the "of" or "for" that joins a capitalised title to what it is of ("said
/// Secretary of State Mark Ruben", "said Chief of Staff Ann Cole", "said the Mayor of London").
fn office_of(ctx: &Context<'_, '_>, i: usize, start: usize) -> bool {
    matches!(ctx.word(i), "of" | "for")
        && i > start
        && ctx.is_title_word(i - 1)
        && ctx.is_cap(i - 1)
        && ctx.is_cap(i + 1)
}

/// "said CNN's Jake Tapper": a person named right after an outlet's possessive speaks.
fn outlet_journalist(ctx: &Context<'_, '_>, outlet: &Mention, limit: usize) -> Option<Mention> {
    let end = outlet.tokens.end;
    if !ctx.possessive_s(end, limit) || end + 2 >= limit {
        return None;
    }
    let e = ctx.entity_at(end + 2)?;
    let ent = &ctx.entities[e];
    (ent.label == EntityLabel::Person && ent.span.start == ctx.byte(end + 2))
        .then(|| entity_mention(ctx, e, end + 2))
}

/// The entity at token `i` during the scan from `start`.
fn entity_step(ctx: &Context<'_, '_>, start: usize, i: usize, limit: usize) -> Step {
    let Some(e) = ctx.entity_at(i) else { return Step::Word };
    let ent = &ctx.entities[e];
    let end = past_acronym(ctx, ent, ctx.doc.token_index_at(ent.span.end), limit);
    let end = past_legal_form_period(ctx, ent, end, limit);
    // "former Obama adviser David Axelrod", "Clinton ally James Carville": a name before a title or
    // a noun that names a person is part of the role when a name follows.
    // ("said John Smith MP, the party's spokesman": letters after a name are no title.)
    let post_nominal = ent.label == EntityLabel::Person
        && end < limit
        && crate::lexicon::is_post_nominal(ctx.word(end))
        && !(end + 1 < limit && ctx.is_cap(end + 1));
    let in_role = end < limit
        && !post_nominal
        && (ctx.is_title_word(end)
            || ctx.lower_noun(end).is_some() && end + 1 < limit && ctx.entity_at(end + 1).is_some());
    // "a Trump supporter": a name modifying a noun after a determiner is part of a phrase.
    let modifier = i > start
        && end < limit
        && ctx.kind(end) == TokenKind::Word
        && !ctx.is_cap(end)
        && ctx.class(end).is_none()
        && ctx.cue(end).is_none()
        && !in_role;
    if modifier && (det_or_poss(ctx, start) || matches!(ctx.lower(start), "one" | "another")) {
        return Step::Stop;
    }
    if let Some(m) = possessed_phrase(ctx, e, end, limit) {
        return Step::Found(m);
    }
    // "said the Mayor of London, Sadiq Khan": the place an office is of.
    if i > start + 1 && office_of(ctx, i - 1, start) {
        return Step::At(end);
    }
    // "Idaho nutritional-supplement executive Frank VanderSloot": a place modifying what follows.
    let place_modifier = ent.label == EntityLabel::Location
        && end < limit
        && ctx.kind(end) == TokenKind::Word
        && !ctx.is_cap(end)
        && ctx.class(end).is_none();
    if place_modifier {
        return Step::At(end);
    }
    // "said Air Force 1st Lt. Tyler Livingston": a body describing the person named after it.
    if ent.label != EntityLabel::Person && !in_role {
        if let Some(t) = described_person_ahead(ctx, end - 1, limit) {
            return Step::At(t);
        }
    }
    if ent.label != EntityLabel::Misc && !in_role {
        let mut m = entity_mention(ctx, e, start);
        if post_nominal {
            m.tokens.end += 1;
        }
        if m.role.is_none() && i > start {
            // ("said broker Tim Hale": plain words before the name describe the person.)
            let plain = ent.label == EntityLabel::Person
                && (start..i).all(|t| {
                    plain_role_word(ctx, t)
                        || ctx.noun(t) == Some(NounKind::Person) && !ctx.is_cap(t)
                        || matches!(ctx.word(t), "-" | "‑" | "'" | "’")
                });
            m.role = title_role(ctx, i, start).or_else(|| plain.then(|| ctx.span(start, i)));
        }
        return Step::Found(m);
    }
    if in_role {
        // "…, says Fidan aide": a name and a title closing the clause, with no name after them,
        // describe the speaker.
        let mut t = end;
        while t < limit && ctx.is_title_word(t) {
            t += 1;
        }
        let closes = t > end && (t >= limit || matches!(ctx.word(t), "." | "," | ";" | ":"));
        if closes && ent.label == EntityLabel::Person {
            let kind = MentionKind::Common { kind: SpeakerKind::Person, plural: false };
            return Step::Found(Mention {
                span: ctx.span(start, t),
                tokens: start..t,
                kind,
                role: None,
                place_kind: None,
            });
        }
        // Step over the name, and over a plain noun after it ("ally") to the next name.
        return Step::At(if ctx.is_title_word(end) { end } else { end + 1 });
    }
    Step::Word
}

/// "said World Health Organization (WHO) chief Tedros Ghebreyesus": a body's acronym in
/// parentheses after its name (ending at token `end`) goes with the name before a role; the token
/// after it.
fn past_acronym(ctx: &Context<'_, '_>, ent: &crate::entities::Entity, end: usize, limit: usize) -> usize {
    let acronym = ent.label == EntityLabel::Organization
        && end + 3 < limit
        && ctx.initials_in_parentheses(end).is_some();
    if acronym && (ctx.is_title_word(end + 3) || ctx.lower_noun(end + 3).is_some()) {
        end + 3
    } else {
        end
    }
}

/// "Clinton's aide rallied …": after entity `e` ending at token `end` and a possessive "'s" (or a
/// plural's "’"), the possessor names the speaker's phrase, not the speaker.
fn possessed_phrase(ctx: &Context<'_, '_>, e: usize, end: usize, limit: usize) -> Option<Mention> {
    // ("said Beltane Couriers’ lawyer, Simon Achebe": a plural's bare mark too.)
    let mark = ctx.possessive_mark(end, limit)?;
    let a = ctx.doc.token_index_at(ctx.entities[e].span.start);
    if let Some(m) = named_after_possessed(ctx, a, end + mark, limit) {
        return Some(m);
    }
    let from = end + mark;
    let mut m = np_until(ctx, a, from, limit, 3, |j| {
        let lw = ctx.lower(j);
        ctx.kind(j) != TokenKind::Word
            || ctx.class(j).is_some()
            || ctx.lower_cue(j).is_some()
            || lw.ends_with("ly")
            || lw.ends_with("ed")
            // ("Thailand’s central bank cut its rate, saying …": a word before an article or a
            // possessive is the verb.)
            || j > from && j + 1 < limit && words::is_article_or_possessive(ctx.lower(j + 1))
    })?;
    m.span = ctx.span(a, m.tokens.end);
    Some(m)
}

/// Longest possessed title before a name ("top foreign policy aide").
const MAX_POSSESSED_TITLE: usize = 5;

/// "said Clinton’s top foreign policy aide Jake Sullivan": a person named right after a possessed
/// title (from token `from`) speaks, with the possessor and the title as role (from token `a`).
fn named_after_possessed(ctx: &Context<'_, '_>, a: usize, from: usize, limit: usize) -> Option<Mention> {
    let mut k = from;
    while k < limit.min(from + MAX_POSSESSED_TITLE + 1) {
        if let Some(e) = ctx.entity_at(k) {
            let ent = &ctx.entities[e];
            let end = ctx.doc.token_index_at(ent.span.end);
            // ("China's Foreign Ministry spokesperson Liu Hanwen": a body before the title.)
            if ent.label == EntityLabel::Organization && k == from && end < limit && ctx.is_title_word(end) {
                k = end;
                continue;
            }
            if ent.label != EntityLabel::Person || ctx.doc.token_index_at(ent.span.start) != k || k == from {
                return None;
            }
            // ("Brandt’s friend Priya Moss", "Brandt’s co-star Priya Moss": words no title list
            // holds are the role too.)
            let mut m = entity_mention(ctx, e, a);
            if m.role.is_none_or(|r| r.start != ctx.doc.tokens()[a].span.start) {
                m.role = Some(ctx.span(a, k));
            }
            return Some(m);
        }
        // ("co-star", "vice-president": a hyphen inside a word.)
        let hyphen = ctx.word(k) == "-" && k > from && ctx.touches(k - 1, k) && ctx.touches(k, k + 1);
        if !(ctx.is_title_word(k) || plain_modifier(ctx, k) || hyphen) {
            return None;
        }
        k += 1;
    }
    None
}

/// "one of two witnesses", "one of the organizers", "a handful of Democrats": the group names the
/// speaker.
fn member_of_group(ctx: &Context<'_, '_>, start: usize, limit: usize) -> Option<Mention> {
    let part = if matches!(ctx.lower(start), "one" | "some" | "many" | "several" | "most") {
        start + 1
    } else if matches!(ctx.lower(start), "a" | "the")
        && start + 1 < limit
        && words::is_quantity_noun(ctx.lower(start + 1))
    {
        start + 2
    } else {
        return None;
    };
    if part + 1 >= limit || !ctx.lower_is(part, "of") {
        return None;
    }
    let mut m = right_np(ctx, part + 1, limit).or_else(|| subject_np(ctx, part + 1, limit))?;
    let group = matches!(m.kind, MentionKind::Common { kind: SpeakerKind::Person | SpeakerKind::Organization, .. })
        || matches!(m.kind, MentionKind::Entity(EntityLabel::Organization | EntityLabel::Misc))
        // "a handful of Democrats"
        || matches!(m.kind, MentionKind::Common { plural: true, .. }) && ctx.is_cap(m.tokens.end - 1);
    if !group {
        return None;
    }
    m.span = ctx.span(start, m.tokens.end);
    m.tokens = start..m.tokens.end;
    let plural = !ctx.lower_is(start, "one");
    m.kind = MentionKind::Common { kind: SpeakerKind::Person, plural };
    Some(m)
}

/// A common noun phrase that names a person or body: "the spokesman", "a senior official", "one
/// party activist", "the 46-year-old".
fn common_phrase(ctx: &Context<'_, '_>, start: usize, limit: usize) -> Option<Mention> {
    let det = det_or_poss(ctx, start);
    // ("said two people with knowledge of the plan": a number opens a phrase of people.)
    let number = words::is_number_word(ctx.lower(start));
    if !(det || number || ctx.title(start).is_some() || matches!(ctx.lower(start), "one" | "another")) {
        return None;
    }
    let j = common_phrase_end(ctx, start, limit);
    if j <= start + usize::from(det) {
        return None;
    }
    if let Some(mut person) = named_after_phrase(ctx, j, limit) {
        person.role = Some(ctx.span(start, j));
        return Some(person);
    }
    // The head is the last word that names someone ("one Democrat familiar", "a senior aide
    // close"); a capitalised word names a group member ("a Trump supporter").
    let named = (start..j).rev().find_map(|t| match common_kind(ctx, t) {
        k @ MentionKind::Common { kind: SpeakerKind::Person | SpeakerKind::Organization, .. } => Some(k),
        _ => None,
    });
    let capitalised = (start + 1..j).any(|t| ctx.is_cap(t));
    // "the 46-year-old"
    let age = j >= start + 3 && ctx.lower_is(j - 1, "old") && ctx.lower_is(j - 3, "year");
    // "“…,” said one, who asked not to be named": one of the people named before.
    let alone = j == start + 1 && matches!(ctx.lower(start), "one" | "another");
    // "said a villager who gave his name only as Ahmad": "who" follows a person (one person: a
    // plural head keeps its own reading).
    let who = j < limit && ctx.lower_is(j, "who") && !ctx.lower(j - 1).ends_with('s');
    let kind = named.unwrap_or_else(|| {
        let speaks = |k: &MentionKind| {
            matches!(k, MentionKind::Common { kind: SpeakerKind::Person | SpeakerKind::Organization, .. })
        };
        match common_kind(ctx, j - 1) {
            k if !(capitalised || age || alone) && (speaks(&k) || !who) => k,
            _ => MentionKind::Common { kind: SpeakerKind::Person, plural: false },
        }
    });
    // Only people and bodies speak after an inverted cue ("said the spokesman").
    let end = with_familiarity(ctx, j, limit);
    matches!(kind, MentionKind::Common { kind: SpeakerKind::Person | SpeakerKind::Organization, .. }).then(
        || Mention { span: ctx.span(start, end), tokens: start..end, kind, role: None, place_kind: None },
    )
}

/// "said a person close to Harcourt", "said one person briefed on the talks", "said two people
/// with knowledge of the plan": what ties the people of a phrase ending at `j` to what they know,
/// with its object, is part of the phrase. Returns where the phrase ends.
fn with_familiarity(ctx: &Context<'_, '_>, j: usize, limit: usize) -> usize {
    const MAX_OBJECT: usize = 6;
    let object = if j + 1 < limit && words::is_familiarity(ctx.lower(j - 1), ctx.lower(j)) {
        j + 1
    } else if j + 2 < limit
        && (ctx.lower_is(j, "briefed") && ctx.lower_is(j + 1, "on")
            || words::is_familiarity(ctx.lower(j), ctx.lower(j + 1)))
    {
        j + 2
    } else if j + 3 < limit
        && ctx.lower_is(j, "with")
        && words::is_familiarity(ctx.lower(j + 1), ctx.lower(j + 2))
    {
        j + 3
    } else {
        return j;
    };
    // (The object ends at punctuation, a clause word, a participle or a preposition other than
    // "of": "…, who cautioned that", "close to the company on Tuesday", "familiar with the server
    // taken from …".)
    let goes_on = |t: usize| {
        let possessive = matches!(ctx.word(t), "'" | "’") && ctx.touches(t - 1, t);
        let class = ctx.class(t);
        (matches!(ctx.kind(t), TokenKind::Word | TokenKind::Number) || possessive)
            && !matches!(class, Some(WordClass::Subord | WordClass::Aux | WordClass::Modal))
            && (class != Some(WordClass::Prep) || ctx.lower_is(t, "of"))
            && !matches!(ctx.lower(t), "who" | "which")
            && !(t > object && ctx.lower(t).ends_with("ed"))
    };
    let end = (object..limit.min(object + MAX_OBJECT))
        .find(|&t| !goes_on(t))
        .unwrap_or(limit.min(object + MAX_OBJECT));
    if end > object {
        end
    } else {
        j
    }
}

/// "said a farmer named Ahmad", "a villager who gave his name only as Ahmad", "a man identified
/// only as Omar": the name given right after a phrase ending at `j`.
fn named_after_phrase(ctx: &Context<'_, '_>, j: usize, limit: usize) -> Option<Mention> {
    let mut t = j;
    if ctx.lower_is(t, "who") && ctx.lower_is(t + 1, "gave") && ctx.lower_is(t + 3, "name") {
        t += 4;
    } else if matches!(ctx.lower(t), "named" | "called" | "identified") {
        t += 1;
    } else {
        return None;
    }
    if ctx.lower_is(t, "only") {
        t += 1;
    }
    if ctx.lower_is(t, "as") {
        t += 1;
    }
    let e = ctx.entity_at(t).filter(|_| t < limit)?;
    (ctx.entities[e].label == EntityLabel::Person).then(|| entity_mention(ctx, e, t))
}

/// Where a common noun phrase opening at `start` ends: at most nine tokens, through possessives
/// ("the company's chief executive", "the tenants’ union") and compounds ("the 46-year-old"), before a function word,
/// a cue or a past-tense verb ("The union doubled down").
fn common_phrase_end(ctx: &Context<'_, '_>, start: usize, limit: usize) -> usize {
    let mut j = start + 1;
    while j < limit && j - start < 9 {
        let wj = ctx.word(j);
        // "a former U.S. law enforcement official": "U.S." is one word.
        if let Some(e) = ctx.initialism_end(j, limit) {
            j = e;
            continue;
        }
        if matches!(wj, "'" | "’") && j + 1 < limit && ctx.word(j + 1) == "s" {
            j += 2;
            continue;
        }
        // "the tenants’ union": a plural possessive goes on.
        if matches!(wj, "'" | "’") && j + 1 < limit && ctx.touches(j - 1, j) && ctx.word(j - 1).ends_with('s')
        {
            j += 1;
            continue;
        }
        let compound = ctx.kind(j) == TokenKind::Number
            || wj == "-" && j + 1 < limit && ctx.touches(j - 1, j)
            || ctx.word(j - 1) == "-" && ctx.touches(j - 1, j);
        // ("The central bank cut its key rate": a word before a determiner is a verb.)
        let past_verb = j >= start + 2
            && !compound
            && !ctx.is_cap(j)
            && (wj.ends_with("ed")
                // ("The 31-year-old broke her silence": an irregular past.)
                || words::is_irregular_past(ctx.lower(j))
                || j + 1 < limit && words::is_article_or_possessive(ctx.lower(j + 1)));
        if office_of(ctx, j, start) {
            j += 1;
            continue;
        }
        // ("told the call handler he …": a cue word right after an article, before a plain noun,
        // is that noun's modifier.)
        let plain_noun = |u: usize| {
            u < limit
                && ctx.kind(u) == TokenKind::Word
                && !ctx.is_cap(u)
                && ctx.class(u).is_none()
                && ctx.cue(u).is_none()
                && !ctx.lower(u).ends_with("ed")
                && !words::is_irregular_past(ctx.lower(u))
        };
        let modifier_cue = ctx.cue(j).is_some()
            && matches!(ctx.class(j - 1), Some(WordClass::Det | WordClass::Poss))
            && plain_noun(j + 1);
        if !compound
            && !modifier_cue
            && (ctx.kind(j) != TokenKind::Word || ctx.class(j).is_some() || ctx.cue(j).is_some() || past_verb)
        {
            break;
        }
        j += 1;
    }
    j
}

/// A person named within a few words after `i`, right after a title or a noun naming a person
/// ("said Idaho nutritional-supplement executive Frank VanderSloot", "mused Blaze co-host Stu
/// Burguiere", "said Concord resident Whit Symms", "said Air Force 1st Lt. Tyler Livingston", "said
/// his daughter Ivanka Trump"):
/// the words from `i` describe that person. Returns the name's first token.
fn described_person_ahead(ctx: &Context<'_, '_>, i: usize, limit: usize) -> Option<usize> {
    (i + 1..limit.min(i + 7))
        .take_while(|&t| {
            (matches!(ctx.kind(t - 1), TokenKind::Word | TokenKind::Number) && ctx.class(t - 1).is_none())
                // "said his daughter Ivanka Trump"
                || t - 1 == i && ctx.class(i) == Some(WordClass::Poss)
                || matches!(ctx.word(t - 1), "-" | "‑")
                || ctx.word(t - 1) == "." && t >= 2 && ctx.is_title_word(t - 2)
                // "said nurses' union leader Carol Finch"
                || matches!(ctx.word(t - 1), "'" | "’") && t >= 2 && ctx.lower(t - 2).ends_with('s')
        })
        .find(|&t| {
            let noun = ctx.word(t - 1) == "." && ctx.is_title_word(t - 2)
                || ctx.is_title_word(t - 1)
                || ctx.noun(t - 1) == Some(NounKind::Person)
                || plain_role_word(ctx, t - 1) && name_ends_phrase(ctx, t, limit);
            noun && ctx.entity(t).is_some_and(|e| e.label == EntityLabel::Person)
        })
}

/// A lower-case word that may name an occupation no list holds ("broker", "headteacher"): a
/// plain word, no cue, no participle.
fn plain_role_word(ctx: &Context<'_, '_>, t: usize) -> bool {
    let w = ctx.lower(t);
    ctx.kind(t) == TokenKind::Word
        && !ctx.is_cap(t)
        && ctx.lower_class(t).is_none()
        && ctx.cue(t).is_none()
        && ctx.noun(t).is_none()
        && !w.ends_with("ing")
        && !w.ends_with("ed")
}

/// "“The price is fair,” said broker Tim Hale.": the person named at `t` ends the phrase (the
/// sentence, a comma, or a time follows the name: "said singer Della Price on
/// Monday"), so the plain words before the name describe them.
fn name_ends_phrase(ctx: &Context<'_, '_>, t: usize, limit: usize) -> bool {
    ctx.entity(t).is_some_and(|e| {
        let end = ctx.doc.token_index_at(e.span.end);
        end >= limit
            || matches!(ctx.word(end), "," | "." | ";" | "!" | "?")
            // (A time, not any preposition: "The Rove ad hits Clinton for taking …".)
            || ctx.class(end) == Some(WordClass::Time)
            || ctx.class(end) == Some(WordClass::Prep) && end + 1 < limit && ctx.class(end + 1) == Some(WordClass::Time)
    })
}

/// A subject noun phrase opening a clause at `start` ("The nurse later sued"): determiner, then
/// up to four words, stopping before an adverb, time word, function word, cue or verb-looking word.
pub(crate) fn subject_np(ctx: &Context<'_, '_>, start: usize, limit: usize) -> Option<Mention> {
    let first = start + usize::from(det_or_poss(ctx, start));
    // Numbers count as words: "Some 56 percent".
    np_until(ctx, start, first, limit, 4, |j| {
        let lw = ctx.lower(j);
        // "the tenants’ union": a plural possessive goes on.
        let possessive =
            matches!(lw, "'" | "’") && j > first && ctx.touches(j - 1, j) && ctx.word(j - 1).ends_with('s');
        !possessive && !matches!(ctx.kind(j), TokenKind::Word | TokenKind::Number)
            || ctx.class(j).is_some()
            || ctx.lower_cue(j).is_some()
            || lw.ends_with("ly")
            || (lw.ends_with("ed") || lw.ends_with("ing")) && !ctx.is_cap(j)
            // ("Nestlé's unit cut its forecast …": a word before a determiner is a verb.)
            || j > first
                && j + 1 < limit
                && !ctx.is_cap(j)
                && words::is_article_or_possessive(ctx.lower(j + 1))
    })
}

/// After a closing quote ("“…,” wrote one commenter."), a determiner and nouns up to the clause
/// end name the speaker even when the head is unknown to the lexicons.
pub(crate) fn right_np_after_quote(ctx: &Context<'_, '_>, start: usize, limit: usize) -> Option<Mention> {
    if start >= limit || !(det_or_poss(ctx, start) || matches!(ctx.lower(start), "one" | "another")) {
        return None;
    }
    let mut j = start + 1;
    while j < limit && j - start < 5 && ctx.kind(j) == TokenKind::Word && ctx.class(j).is_none() {
        j += 1;
    }
    let ends_clause = j >= limit || matches!(ctx.word(j), "." | "," | ";" | "!" | "?");
    if j == start + 1 || !ends_clause {
        return None;
    }
    let head = ctx.lower(j - 1);
    let plural = head.ends_with('s') && !head.ends_with("ss");
    let kind = MentionKind::Common { kind: SpeakerKind::Person, plural };
    Some(Mention { span: ctx.span(start, j), tokens: start..j, kind, role: None, place_kind: None })
}

/// Any noun phrase starting at `start`, up to punctuation or a clause word ("a pool report",
/// "media buying sources"): what "according to" names when no person or body is found.
pub(crate) fn plain_np(ctx: &Context<'_, '_>, start: usize, limit: usize) -> Option<Mention> {
    // ("according to U.S. officials": the stops of an initialism are no end, but for its last
    // before a capital, "officials in the U.S. Two more died".)
    let abbreviation = |j: usize| {
        let inner =
            ctx.touches(j, j + 1) && ctx.word(j + 2) == "." && ctx.initialism_start(j + 2, start).is_some();
        let last = ctx.initialism_start(j, start).is_some()
            && ctx.kind(j + 1) == TokenKind::Word
            && !ctx.is_cap(j + 1);
        ctx.word(j) == "." && j + 1 < limit && (inner || last)
    };
    np_until(ctx, start, start, limit, 8, |j| {
        matches!(ctx.word(j), "," | "." | ";" | ":" | "“" | "\"" | "”" | "(" | ")" | "—" | "–") && !abbreviation(j)
            || matches!(ctx.class(j), Some(WordClass::Subord | WordClass::Aux | WordClass::Modal))
            // ("called by a coalition of transport unions who say …": a relative clause whose
            // verb says something of its own.)
            || j > start && ctx.lower_is(j, "who") && relative_saying(ctx, j + 1)
            // ("announced by the university on Friday that …", "a poll conducted in February": a
            // time phrase ends it, with the participle before it.)
            || j > start && time_phrase_at(ctx, j, limit)
            || j > start + 1 && ctx.lower(j).ends_with("ed") && time_phrase_at(ctx, j + 1, limit)
    })
}

/// Whether a verb of saying or believing opens at token `t` ("who say", "who warned").
fn relative_saying(ctx: &Context<'_, '_>, t: usize) -> bool {
    ctx.lower_cue(t).is_some_and(|c| {
        matches!(
            c.lemma.as_str(),
            "say" | "tell" | "warn" | "argue" | "claim" | "insist" | "believe" | "fear" | "think"
        )
    })
}

/// Whether a preposition and a time word or a year open at token `j` ("on Friday", "in
/// February", "in 2021"), or "last", "this" or "next" and a time word ("last year").
fn time_phrase_at(ctx: &Context<'_, '_>, j: usize, limit: usize) -> bool {
    let year = |t: usize| {
        let w = ctx.word(t);
        w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit())
    };
    // (Not after a participle, whose time it is: "a Gallup poll taken last week".)
    let participle = j > 0 && (ctx.lower(j - 1).ends_with("ed") || ctx.lower(j - 1).ends_with("en"));
    let lead = ctx.class(j) == Some(WordClass::Prep)
        || matches!(ctx.lower(j), "last" | "this" | "next") && !participle;
    j + 1 < limit && lead && (ctx.class(j + 1) == Some(WordClass::Time) || year(j + 1))
}

/// The phrase from `start` whose words run from `from` until `stop` holds (at most `max` words,
/// never past `limit`), typed by its last word.
fn np_until(
    ctx: &Context<'_, '_>,
    start: usize,
    from: usize,
    limit: usize,
    max: usize,
    stop: impl Fn(usize) -> bool,
) -> Option<Mention> {
    let mut j = from;
    while j < limit && j - from < max && !stop(j) {
        j += 1;
    }
    if j == from {
        return None;
    }
    let kind = common_kind(ctx, j - 1);
    Some(Mention { span: ctx.span(start, j), tokens: start..j, kind, role: None, place_kind: None })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::Fixture;

    fn right(text: &str, after: &str) -> Option<(String, Option<String>)> {
        let f = Fixture::new(text);
        let start = f.token(after) + 1;
        let end = f.doc.tokens().len();
        f.with(|ctx| {
            right_np(ctx, start, end)
                .map(|m| (m.span.as_str(text).to_string(), m.role.map(|r| r.as_str(text).to_string())))
        })
    }

    #[test]
    fn an_age_before_an_irregular_past() {
        // "Singer Mia Vale … The 31-year-old broke her silence, telling fans …".
        let got = right("So: The 31-year-old broke her silence, telling fans.", ":");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("The 31-year-old"));
    }

    #[test]
    fn a_possessed_phrase_ends_before_its_verb() {
        // "Thailand’s central bank cut its rate, saying …": "cut" before "its" is the verb.
        let got = right("So: Thailand’s central bank cut its rate, saying it was needed.", ":");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("Thailand’s central bank"));
        let got = right("So: Clinton’s aide rallied the crowd.", ":");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("Clinton’s aide"));
    }

    #[test]
    fn a_body_with_its_acronym_before_a_role() {
        // "said World Health Organization (WHO) chief Tedros Ghebreyesus"
        let text = "“It is over,” said World Health Organization (WHO) chief Tedros Ghebreyesus.";
        assert_eq!(right(text, "said").map(|r| r.0).as_deref(), Some("Tedros Ghebreyesus"));
        // "according to Citigroup Inc. strategist Jenna Holt": with its legal form's period.
        let text = "Positioning was stretched, according to Citigroup Inc. strategist Jenna Holt.";
        assert_eq!(right(text, "to").map(|r| r.0).as_deref(), Some("Jenna Holt"));
    }

    #[test]
    fn plain_words_describe_the_name_that_ends_the_phrase() {
        // "“The price is fair,” said broker Tim Hale."
        let text = "“The price is fair,” said broker Tim Hale.";
        assert_eq!(right(text, "said"), Some(("Tim Hale".into(), Some("broker".into()))));
        let text = "The song is a hit, said singer Della Price on Monday.";
        assert_eq!(right(text, "said"), Some(("Della Price".into(), Some("singer".into()))));
        let text = "“We need help,” said nurses' union leader Carol Finch.";
        assert_eq!(right(text, "said").map(|r| r.0).as_deref(), Some("Carol Finch"));
        // Not a body's description: "the Iraqi activist group Mosul Eye".
        let text = "“They fled,” said the Iraqi activist group Mosul Eye.";
        assert_ne!(right(text, "said").map(|r| r.0).as_deref(), Some("Mosul Eye"));
    }

    #[test]
    fn inverted_subjects() {
        // "said Putin", "reported BBC", "said the spokesman".
        assert_eq!(
            right("It is over, said Vladimir Putin.", "said").map(|r| r.0).as_deref(),
            Some("Vladimir Putin")
        );
        assert_eq!(right("It is over, reported BBC.", "reported").map(|r| r.0).as_deref(), Some("BBC"));
        // "said John Smith MP, the party's spokesman": letters after the name stand outside it.
        let got = right("It is over, said John Smith MP, the party's spokesman.", "said");
        assert_eq!(got.map(|r| r.0).as_deref(), Some("John Smith"));
        assert_eq!(
            right("It is over, said the spokesman.", "said").map(|r| r.0).as_deref(),
            Some("the spokesman")
        );
        assert_eq!(right("It is over, said the weather.", "said"), None);
    }

    #[test]
    fn a_name_after_a_possessed_title() {
        // "said Clinton’s top foreign policy aide Jake Sullivan": the person, the rest is the role.
        assert_eq!(
            right("“It is over,” said Clinton’s top foreign policy aide Jake Sullivan.", "said"),
            Some(("Jake Sullivan".into(), Some("Clinton’s top foreign policy aide".into())))
        );
        // "Brandt’s co-star Priya Moss", "Brandt’s friend Priya Moss": a hyphened word, and words
        // no title list holds, in the role.
        assert_eq!(
            right("“We love them,” said Brandt’s co-star Priya Moss.", "said"),
            Some(("Priya Moss".into(), Some("Brandt’s co-star".into())))
        );
        assert_eq!(
            right("“We love them,” said Brandt’s friend Priya Moss.", "said"),
            Some(("Priya Moss".into(), Some("Brandt’s friend".into())))
        );
        assert_eq!(
            right("“It is over,” said Clinton’s spokesman.", "said").map(|r| r.0).as_deref(),
            Some("Clinton’s spokesman")
        );
        // "said Beltane Couriers’ lawyer, Simon Achebe": a plural's bare mark.
        assert_eq!(
            right("“We will appeal,” said Beltane Couriers’ lawyer.", "said").map(|r| r.0).as_deref(),
            Some("Beltane Couriers’ lawyer")
        );
        // "said CNN's Jake Tapper": the journalist, not the outlet.
        assert_eq!(
            right("“It is over,” said CNN's Jake Tapper.", "said").map(|r| r.0).as_deref(),
            Some("Jake Tapper")
        );
        // "said his daughter Ivanka Trump": a possessive pronoun names nobody.
        assert_eq!(
            right("“It is over,” said his daughter Ivanka Trump.", "said").map(|r| r.0).as_deref(),
            Some("Ivanka Trump")
        );
    }

    #[test]
    fn an_office_of_a_place_or_portfolio() {
        // "said Secretary of State Mark Ruben": the name after the office; without one, the office.
        let got = right("It is over, said Secretary of State Mark Ruben.", "said");
        assert_eq!(got, Some(("Mark Ruben".into(), Some("Secretary of State".into()))));
        let got = right("It is over, said Chief of Staff Ann Cole.", "said");
        assert_eq!(got, Some(("Ann Cole".into(), Some("Chief of Staff".into()))));
        let got = right("“It is over,” said Widgetco founder and chairman Carl Benz.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("Carl Benz"));
        let got = right("“It is over,” said one, who asked not to be named.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("one"));
        let got = right("It is over, said the Mayor of London.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("the Mayor of London"));
    }

    #[test]
    fn described_and_grouped_speakers() {
        // "said former Obama adviser David Axelrod": the scan steps over the name before the title
        // to the one after it; the title right before the name is the role, with the name that
        // qualifies it ("Rovers captain", "Obama adviser").
        let got = right("It is over, said former Obama adviser David Axelrod.", "said");
        assert_eq!(got, Some(("David Axelrod".into(), Some("Obama adviser".into()))));
        // "Türkiye ready to host talks, says Fidan aide": with no name after the title, the name
        // and the title describe the speaker.
        let got = right("Türkiye ready to host talks, says Fidan aide", "says");
        assert_eq!(got, Some(("Fidan aide".into(), None)));
        let got = right("It is over, said a Fidan aide.", "said");
        assert_eq!(got, Some(("a Fidan aide".into(), None)));
        // "said China's Foreign Ministry spokesperson Liu Hanwen": a place owns the role, and a
        // body comes between its "'s" and the title.
        let got = right("It is over, said China's Foreign Ministry spokesperson Liu Hanwen.", "said");
        assert_eq!(got, Some(("Liu Hanwen".into(), Some("China's Foreign Ministry spokesperson".into()))));
        // "said one of the organizers".
        let got = right("It is over, said one of the organizers.", "said");
        assert_eq!(got.map(|r| r.0).as_deref(), Some("one of the organizers"));
        // "said a farmer named Ahmad", "said a villager who gave his name only as Ahmad": the name
        // given speaks, the phrase is its role; "said a villager who lives nearby" is a person.
        let got = right("It is over, said a farmer named Ahmad.", "said");
        assert_eq!(got, Some(("Ahmad".into(), Some("a farmer".into()))));
        let got = right("It is over, said a villager who gave his name only as Ahmad.", "said");
        assert_eq!(got, Some(("Ahmad".into(), Some("a villager".into()))));
        // "said chef Tom Reid", "said Cr Aroha Ngata": an occupation or a title before the name.
        let got = right("It hurts, said chef Tom Reid.", "said");
        assert_eq!(got.map(|r| r.0).as_deref(), Some("Tom Reid"));
        let got = right("It hurts, said Cr Aroha Ngata.", "said");
        assert_eq!(got.map(|r| r.0).as_deref(), Some("Aroha Ngata"));
        let got = right("It is over, said a villager who lives nearby.", "said");
        assert_eq!(got.map(|r| r.0).as_deref(), Some("a villager"));
    }

    #[test]
    fn people_and_what_they_know() {
        // "…, said a person close to Harcourt", "…, said one person briefed on the talks, who
        // cautioned that …", "said two people with knowledge of the plan": the tie and its object
        // are part of the phrase, and a number opens it.
        let got = right("It is over, said a person close to Harcourt.", "said");
        assert_eq!(got.map(|r| r.0).as_deref(), Some("a person close to Harcourt"));
        let got = right(
            "It is over, said one person briefed on the talks, who cautioned that it may fail.",
            "said",
        );
        assert_eq!(got.map(|r| r.0).as_deref(), Some("one person briefed on the talks"));
        let got = right("It is over, said two people with knowledge of the plan.", "said");
        assert_eq!(got.map(|r| r.0).as_deref(), Some("two people with knowledge of the plan"));
        let got = right("It is over, said a person close to the company on Tuesday.", "said");
        assert_eq!(got.map(|r| r.0).as_deref(), Some("a person close to the company"));
    }

    #[test]
    fn plain_and_subject_phrases() {
        let text = "according to a pool report, the nurse later sued.";
        let f = Fixture::new(text);
        let a = f.token("a");
        let the = f.token("the");
        let end = f.doc.tokens().len();
        f.with(|ctx| {
            assert_eq!(plain_np(ctx, a, end).map(|m| m.span.as_str(text)), Some("a pool report"));
            assert_eq!(subject_np(ctx, the, end).map(|m| m.span.as_str(text)), Some("the nurse"));
        });
        // A time phrase ends a plain phrase, with a participle before it: "by the university on
        // Friday", "a poll conducted in February".
        for (text, want) in [
            ("It was announced by the university on Friday that it shut.", "the university"),
            ("It rose, according to a poll conducted in February.", "a poll"),
        ] {
            let f = Fixture::new(text);
            let start = f.token(if want == "a poll" { "a" } else { "the" });
            let end = f.doc.tokens().len();
            f.with(|ctx| assert_eq!(plain_np(ctx, start, end).map(|m| m.span.as_str(text)), Some(want)));
        }
    }

    #[test]
    fn a_word_before_an_article_is_a_verb() {
        // "The central bank cut its key rate to zero and said …": "cut" is no part of the subject;
        // "a presidential candidate this year" keeps its noun.
        for (text, want) in [
            ("The central bank cut its key rate and said no.", "The central bank"),
            ("The liberal site Gawker set the story off.", "The liberal site Gawker"),
            ("the local unit cut its forecast.", "the local unit"),
            ("a presidential candidate this year said no.", "a presidential candidate"),
        ] {
            let f = Fixture::new(text);
            let end = f.doc.tokens().len();
            let got = f.with(|ctx| {
                right_np(ctx, 0, end)
                    .or_else(|| subject_np(ctx, 0, end))
                    .map(|m| m.span.as_str(text).to_string())
            });
            assert_eq!(got.as_deref(), Some(want), "{text}");
        }
    }
}
