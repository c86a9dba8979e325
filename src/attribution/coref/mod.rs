//! Coreference for speakers: pronouns to the latest compatible speaker or sentence subject,
//! surnames to the full name introduced in the document, relative pronouns to their noun phrase.
//!
//! - `people.rs`: the document's full person names, for surname → full name and their roles;
//! - `referent.rs`: what one mention stands for, and gender evidence;
//! - `bodies.rs`: "the ministry" for the body named before ("Turkish Defense Ministry"); "the
//!   health authority" for a name that says no kind ("Nova Scotia Health");
//! - `subjects.rs`: the names that open sentences, antecedents even when they say nothing;
//! - `nearby.rs`: "Sara Lee met Tom Hart. He said …": a pronoun no antecedent agrees with, to the
//!   latest person of its gender named just before;
//! - `studies.rs`: "a recent survey by Infotrak", "HDB data": a study for the body it is
//!   credited to;
//! - `topic.rs`: "Arthur Bellamy, 84, lost £9,000 … The pensioner said …": a description of
//!   what a person is, for the one person named just before;
//! - `lede.rs`: "A French farmer … said" ⏎ "Julien Marceau, 54, …": a description the next
//!   sentences name;
//! - `former.rs`: "Both Janet Harlow and Peter Denning spoke. The former said …": the first or
//!   the second of the last pair of names.
//!
//! This stage reads mentions and the shared lookups only; turning referents into public speakers
//! is `finish.rs`'s work.

mod bodies;
mod former;
mod lede;
mod nearby;
mod people;
mod press;
mod referent;
mod studies;
mod subjects;
mod topic;

use crate::entities::EntityLabel;
use crate::lexicon::{FxMap, WordClass};
use crate::Span;

use super::context::Context;
use super::mentions::{Mention, MentionKind};
use super::words;
use crate::SpeakerKind;
use people::PersonIndex;
pub(crate) use referent::Referent;
use referent::{referent, Known};
use subjects::sentence_subjects;

/// One claim's speaker, as coreference sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Speaking<'m> {
    pub mention: Option<&'m Mention>,
    /// Where the claim is (its cue's or quote's start).
    pub pos: usize,
    /// Whether the speaker can be a later pronoun's antecedent (a question's asker cannot: the
    /// pronoun that follows is the person asked).
    pub antecedent: bool,
}

/// The outcome of coreference.
#[derive(Debug, Default)]
pub(crate) struct Resolution {
    /// For each claim, what its speaker mention stands for.
    pub referents: Vec<Option<Referent>>,
    /// Each canonical name's role: the first a speaker mention gave it, else a title or
    /// appositive at any full-name mention.
    pub roles: FxMap<String, Span>,
}

/// The first token of the sentence `reach` sentences before the one holding mention `m` (its own
/// for 0): where a look back over the sentences just before `m` starts.
pub(super) fn reach_start(ctx: &Context<'_, '_>, m: &Mention, reach: usize) -> Option<usize> {
    let s = ctx.doc.sentence_at(m.span.start);
    ctx.doc.sentences().get(s.saturating_sub(reach)).map(|first| first.tokens.start)
}

/// Most tokens a description of a body's kind puts before its noun ("the San Jose , California -
/// based company").
const KIND_MODIFIERS: usize = 7;

/// "The Toronto-based grocer", "the San Jose, California-based company", "the provincial transit
/// agency", "the Canadian lender": whether
/// tokens `from..to` only describe a body's kind or home (lower-case words, a place or its people,
/// a hyphened compound), none of them saying that it is another body ("the rival grocer", "the
/// parent company": [`words::is_other_body_modifier`]).
fn kind_modifiers(ctx: &Context<'_, '_>, from: usize, to: usize) -> bool {
    to <= from + KIND_MODIFIERS
        && (from..to).all(|t| {
            let w = ctx.word(t);
            // ("the light and power company", "the oil and gas producer": two kinds joined.)
            let hyphened = matches!(w, "-" | "," | "and") && t > from && t + 1 < to;
            let lower = w.chars().all(char::is_lowercase) && ctx.class(t).is_none();
            // ("Toronto-based", "San Jose, California-based": a home's words before "-based".)
            let compound = ctx.is_cap(t)
                && t + 1 < to
                && (ctx.word(t + 1) == "-"
                    || (ctx.word(t + 1) == "," || ctx.is_cap(t + 1))
                        && (t + 1..to).any(|u| ctx.lower_is(u, "based")));
            (hyphened || lower || compound || ctx.place(t).is_some())
                && !words::is_other_body_modifier(ctx.lower(t))
        })
}

/// How far back a pronoun looks for its antecedent, in antecedents.
const ANTECEDENT_WINDOW: usize = 12;

/// Resolve the speakers of `claims`, in text order together with the sentence subjects.
pub(crate) fn resolve(ctx: &Context<'_, '_>, claims: &[Speaking<'_>]) -> Resolution {
    let people = PersonIndex::new(ctx);
    let mut genders: FxMap<String, Known> = FxMap::default();
    let mut roles: FxMap<String, Span> = FxMap::default();
    // Subjects that open sentences are antecedents too.
    let subjects = sentence_subjects(ctx);
    // Events in text order: subjects and claims (by the position of their speaker, cue or quote).
    let mut order: Vec<(usize, bool, usize)> =
        subjects.iter().enumerate().map(|(i, m)| (m.span.start, false, i)).collect();
    order.extend(
        claims
            .iter()
            .enumerate()
            .map(|(i, c)| (c.mention.map_or(c.pos, |m| m.span.start.min(c.pos)), true, i)),
    );
    order.sort();
    let mut antecedents: Vec<Referent> = Vec::new();
    let mut referents: Vec<Option<Referent>> = vec![None; claims.len()];
    // Whether some antecedent so far is a person.
    let mut person_named = false;
    // Roles of people named with a title anywhere in the document; in lower case, for "the
    // minister" to find its minister (only when a claim's speaker is such a description).
    let doc_roles = people.roles(ctx);
    let titled: FxMap<String, String> = if claims
        .iter()
        .any(|c| c.mention.is_some_and(|m| is_definite_description(m) || title_initials(ctx, m).is_some()))
    {
        // (A name's roles, title and appositive, read as one.)
        let mut titled: FxMap<String, String> = FxMap::default();
        for (name, span) in &doc_roles {
            let role = titled.entry(name.clone()).or_default();
            role.push(' ');
            role.push_str(&span.as_str(ctx.doc.text()).to_lowercase());
        }
        titled
    } else {
        FxMap::default()
    };
    for (_, is_claim, i) in order {
        if !is_claim {
            // (A described subject, "The mayor met victims.", only before anyone is named: after,
            // it is most often that person again.)
            let described = matches!(subjects[i].kind, MentionKind::Common { .. });
            if described && person_named {
                continue;
            }
            let recent = window(&antecedents);
            if let Some(r) = referent(ctx, &people, &subjects[i], recent, &mut genders) {
                person_named |= r.kind == SpeakerKind::Person;
                antecedents.push(r);
            }
            continue;
        }
        let Some(m) = claims[i].mention else { continue };
        let r = lede::named_after_lede(ctx, &people, m)
            .or_else(|| former::former_or_latter(ctx, &people, m, &mut genders))
            .or_else(|| described_person(ctx, m, window(&antecedents), (&titled, &roles)))
            .or_else(|| described_by_role(ctx, m, window(&antecedents), &roles))
            .or_else(|| described_by_initials(ctx, m, window(&antecedents), &titled))
            .or_else(|| topic::described_topic(ctx, &people, m))
            .or_else(|| document_issuer(ctx, m, window(&antecedents)))
            .or_else(|| studies::study_issuer(ctx, &people, m))
            .or_else(|| studies::research_it(ctx, &people, m))
            .or_else(|| bodies::described_body(ctx, m, window(&antecedents), &roles))
            .or_else(|| bodies::police_service(ctx, m))
            .or_else(|| bodies::office_of(ctx, m))
            .or_else(|| bodies::coined_public_body(ctx, m, window(&antecedents), &roles))
            .or_else(|| press::described_outlet(ctx, m))
            .or_else(|| press::outlet_it(ctx, m))
            .or_else(|| bodies::short_name(ctx, m, window(&antecedents)))
            .or_else(|| described_again(ctx, m, window(&antecedents)))
            .or_else(|| referent(ctx, &people, m, window(&antecedents), &mut genders));
        if let Some(r) = &r {
            if let Some(role) = m.role.filter(|&role| says_a_role(ctx, role)) {
                roles.entry(r.name.clone()).or_insert(role);
            }
            if claims[i].antecedent {
                person_named |= r.kind == SpeakerKind::Person;
                antecedents.push(r.clone());
            }
        }
        referents[i] = r;
    }
    for (name, span) in doc_roles {
        if says_a_role(ctx, span) {
            roles.entry(name).or_insert(span);
        }
    }
    Resolution { referents, roles }
}

/// "Okafor, signed from Brest … “…,” the 23-year-old told Sky Sports", "Minister K Raghunath
/// Gowda … the minister said": a definite description of one person, by age or by a title the
/// person was named with, stands for the latest such person among `antecedents`.
fn described_person(
    ctx: &Context<'_, '_>,
    m: &Mention,
    antecedents: &[Referent],
    (titled, spoken): (&FxMap<String, String>, &FxMap<String, Span>),
) -> Option<Referent> {
    if !is_definite_description(m) || !ctx.lower_is(m.tokens.start, "the") {
        return None;
    }
    let last = m.tokens.end - 1;
    // ("the 23-year-old", "the Norwegian", "the striker": an age, a nationality or a playing
    // position alone is said of the latest person.)
    // ("“…,” the 34-year-old actress said": an age and a noun too, though not opening a paragraph,
    // where such a description brings in someone new: "The 57-year-old welder says …".)
    let aged = |end: usize| end >= m.tokens.start + 3 && age_ends_at(ctx, end);
    let opens_paragraph = || {
        let si = ctx.doc.sentence_at(m.span.start);
        ctx.opens_paragraph(si) && ctx.doc.sentences().get(si).is_some_and(|s| s.span.start == m.span.start)
    };
    let age = m.tokens.len() >= 4
        && (aged(last) || m.tokens.len() >= 5 && aged(last - 1) && !ctx.is_cap(last) && !opens_paragraph())
        || m.tokens.len() == 2
            && (ctx.place(last) == Some(crate::lexicon::PlaceKind::Demonym)
                || words::is_playing_position(ctx.lower(last)))
            && !ctx.lower(last).ends_with('s')
        // ("“…,” the South African said", "the New Zealander": a nationality of two words.)
        || m.tokens.len() == 3
            && ctx.is_cap(last - 1)
            && !ctx.lower(last).ends_with('s')
            && ctx.lex.place(ctx.span(last - 1, last + 1).as_str(ctx.doc.text()))
                == Some(crate::lexicon::PlaceKind::Demonym);
    // ("Rep. Luisa Carrasco said … The Texas Democrat said …", "the New Hampshire Republican": a
    // party member, after at most two capitalised words of a place.)
    let party = matches!(ctx.lower(last), "democrat" | "republican")
        && m.tokens.len() <= 4
        && (m.tokens.start + 1..last).all(|t| ctx.is_cap(t))
        && (m.tokens.start + 1 == last
            || ctx.entity(m.tokens.start + 1).is_some_and(|e| e.label == EntityLabel::Location));
    let age = age || party;
    if !age && !matches!(m.kind, MentionKind::Common { kind: SpeakerKind::Person, .. }) {
        return None;
    }
    let head = ctx.lower(last);
    // Every title word and capitalised word of the description is in the role: "the former
    // president" is not the Vice President, "the New Jersey governor" not the Florida one.
    let telling: Vec<&str> = (m.tokens.start + 1..m.tokens.end)
        .filter(|&t| ctx.is_cap(t) || ctx.lex.title(ctx.lower(t)).is_some())
        .map(|t| ctx.lower(t))
        .collect();
    // (A title the role abbreviates counts: "Sen. Maria Ellsworth … the senator", "Gov." and "the
    // governor", "Prof." and "the professor".)
    // ("Justice Helena Okoro … the judge", "captain Sione Fifita … the skipper": another word for
    // the same office.)
    let spells = |r: &str, w: &str| {
        r == w
            || r.len() >= 3 && w.len() > r.len() && w.starts_with(r) && ctx.lex.title(r).is_some()
            || crate::lexicon::same_office(r, w)
    };
    let described = |role: &String| {
        telling.iter().all(|w| role.split(|c: char| !c.is_alphanumeric()).any(|r| spells(r, w)))
    };
    // (Or the role a claim gave the person: "A spokeswoman for Teller Water, Amy Quist, said … The
    // spokeswoman said …".)
    let spoken_role = |a: &Referent| {
        spoken.get(&a.name).is_some_and(|r| described(&r.as_str(ctx.doc.text()).to_lowercase()))
    };
    let fits = |a: &Referent| {
        a.kind == SpeakerKind::Person
            && !a.plural
            && (age || titled.get(&a.name).is_some_and(&described) || spoken_role(a))
    };
    // (A title only when it is one: "the minister", not "the man".)
    if !age && ctx.lex.title(head).is_none() {
        return None;
    }
    if let Some(found) = antecedents.iter().rev().find(|a| fits(a)) {
        return Some(found.clone());
    }
    if let Some(found) = latest_in_office(ctx, antecedents, titled, (&telling, head), &spells) {
        return Some(found);
    }
    // ("Members of the assembly have given Governor Paul Kiprono Chebet seven days … But the
    // governor hit back": the one person named with that title in the sentences just before,
    // though never a subject.)
    if age {
        return None;
    }
    // (The title alone, no body's words with it: not "World Bank President Jim Yong Kim" for "the
    // president".)
    let only_title = |role: &String| {
        role.split(|c: char| !c.is_alphanumeric())
            .filter(|r| !r.is_empty())
            .all(|r| telling.iter().any(|w| spells(r, w)))
    };
    one_named_with_title(ctx, m, titled, &|role| described(role) && only_title(role))
}

/// The one person named in the [`TITLED_REACH`] sentences before description `m` whose title
/// (in `titled`) fits the description, each asked once; none when two fit.
fn one_named_with_title(
    ctx: &Context<'_, '_>,
    m: &Mention,
    titled: &FxMap<String, String>,
    fits: &dyn Fn(&String) -> bool,
) -> Option<Referent> {
    let si = ctx.doc.sentence_at(m.span.start);
    let from = ctx.doc.sentences()[si.saturating_sub(TITLED_REACH)].span.start;
    let first = ctx.entities.partition_point(|e| e.span.start < from);
    let mut named: Option<&String> = None;
    for e in ctx.entities[first..].iter().take_while(|e| e.span.end <= m.span.start) {
        let Some((name, role)) = (e.label == EntityLabel::Person)
            .then(|| titled.get_key_value(e.span.as_str(ctx.doc.text())))
            .flatten()
        else {
            continue;
        };
        if named == Some(name) || !fits(role) {
            continue;
        }
        if named.is_some() {
            return None;
        }
        named = Some(name);
    }
    named.map(|name| Referent { name: name.clone(), kind: SpeakerKind::Person, plural: false })
}

/// "Sussex had looked in control, with captain Ravi Chaudhry making 88, … Chaudhry admitted …
/// “…,” the Sussex skipper said": the latest person, whose title is the description's head (or
/// another word for it), where every other telling word of the description (`telling`) is in the
/// sentence that gave the title.
fn latest_in_office(
    ctx: &Context<'_, '_>,
    antecedents: &[Referent],
    titled: &FxMap<String, String>,
    (telling, head): (&[&str], &str),
    spells: &dyn Fn(&str, &str) -> bool,
) -> Option<Referent> {
    let latest = antecedents.iter().rev().find(|a| a.kind == SpeakerKind::Person && !a.plural)?;
    let role = titled.get(&latest.name)?;
    if !role.split(|c: char| !c.is_alphanumeric()).any(|r| spells(r, head)) {
        return None;
    }
    let text = ctx.doc.text();
    let first =
        ctx.entities.iter().find(|e| e.label == EntityLabel::Person && e.span.as_str(text) == latest.name)?;
    let sentence = ctx.doc.sentences().get(ctx.doc.sentence_at(first.span.start))?;
    let words: Vec<String> =
        sentence.span.as_str(text).split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase).collect();
    telling.iter().all(|w| *w == head || words.iter().any(|x| x == w)).then(|| latest.clone())
}

/// How many sentences back a description looks for the one person named with its title who was
/// never a subject.
const TITLED_REACH: usize = 6;

/// "His daughter, Solène Malenfant-Reyes, said … “…,” his daughter said": a description written
/// exactly as the role a speaker was given before (case aside) stands for that person.
fn described_by_role(
    ctx: &Context<'_, '_>,
    m: &Mention,
    antecedents: &[Referent],
    roles: &FxMap<String, Span>,
) -> Option<Referent> {
    if !is_definite_description(m) || !matches!(ctx.lower(m.tokens.start), "the" | "his" | "her" | "their") {
        return None;
    }
    let text = ctx.doc.text();
    let written = m.span.as_str(text);
    antecedents
        .iter()
        .rev()
        .find(|a| {
            a.kind == SpeakerKind::Person
                && !a.plural
                && roles.get(&a.name).is_some_and(|r| r.as_str(text).eq_ignore_ascii_case(written))
        })
        .cloned()
}

/// "Chief Minister Anand Tiwari said … The CM also said": "the" and the initials of the words of a
/// title stand for the latest person among `antecedents` named with that title ("the PM", "the
/// DGP" for a Director General of Police).
fn described_by_initials(
    ctx: &Context<'_, '_>,
    m: &Mention,
    antecedents: &[Referent],
    titled: &FxMap<String, String>,
) -> Option<Referent> {
    let initials = title_initials(ctx, m)?.to_lowercase();
    let spells = |role: &String| {
        let words: Vec<&str> = role.split(' ').filter(|w| !w.is_empty() && *w != "of").collect();
        // (First letters as chars: a role's word may open on one of several bytes, "économie".)
        words
            .windows(initials.len())
            .any(|run| run.iter().map(|w| w.chars().next()).eq(initials.chars().map(Some)))
    };
    antecedents
        .iter()
        .rev()
        .find(|a| a.kind == SpeakerKind::Person && !a.plural && titled.get(&a.name).is_some_and(spells))
        .cloned()
}

/// The letters of "the CM", "the PM": "the" and two to four capital letters.
fn title_initials<'t>(ctx: &Context<'_, 't>, m: &Mention) -> Option<&'t str> {
    // (The recognizer's mention leaves the article out: "CM".)
    let (a, b) = (m.tokens.start, m.tokens.end);
    let w = ctx.word(b - 1);
    let the = b == a + 2 && ctx.lower_is(a, "the") || b == a + 1 && a > 0 && ctx.lower_is(a - 1, "the");
    (the && (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())).then_some(w)
}

/// "A senior official in the Transportation Ministry said … The official added": "the" and a
/// noun that heads an unnamed description among `antecedents` ("A senior official …", "an aide
/// to the governor") stand for that description.
/// ("… according to people familiar with the matter. … the people said": plural too, after an
/// unnamed plural with no article or a number.)
fn described_again(ctx: &Context<'_, '_>, m: &Mention, antecedents: &[Referent]) -> Option<Referent> {
    let (a, b) = (m.tokens.start, m.tokens.end);
    let plural = matches!(m.kind, MentionKind::Common { kind: SpeakerKind::Person, plural: true });
    if !(is_definite_description(m) || plural) || b != a + 2 || !ctx.lower_is(a, "the") {
        return None;
    }
    let noun = ctx.lower(a + 1);
    if plural {
        // ("people familiar with …", "two sources close to …", whatever kind they were given;
        // not "the people" itself, nor a name.)
        // (Nor one of them: "one of the people said" is a member, not the group again.)
        // ("Researchers at the University of Westmarch say … the researchers found": the noun
        // itself opening the sentence.)
        let unnamed = |r: &&Referent| {
            let first = r.name.split(' ').next().unwrap_or_default();
            !matches!(r.kind, SpeakerKind::Organization | SpeakerKind::Location)
                && !first.eq_ignore_ascii_case("the")
                && !first.eq_ignore_ascii_case("one")
                && (!first.starts_with(char::is_uppercase) || first.eq_ignore_ascii_case(noun))
                && r.name.contains(' ')
        };
        let last = antecedents.iter().rev().find(unnamed)?;
        return last.name.split(' ').any(|w| w.eq_ignore_ascii_case(noun)).then(|| last.clone());
    }
    let last = antecedents.iter().rev().find(|r| r.kind == SpeakerKind::Person && !r.plural)?;
    let mut words = last.name.split(' ');
    let unnamed = words.next().is_some_and(|w| matches!(w, "A" | "An" | "a" | "an" | "One" | "one"));
    // ("A source told the outlet … the insider added": another word for the same.)
    let same = |w: &str| w.eq_ignore_ascii_case(noun) || crate::lexicon::same_office(&w.to_lowercase(), noun);
    (unnamed && words.any(same)).then(|| last.clone())
}

/// How many sentences back a document's first mention may lie.
const DOCUMENT_REACH: usize = 3;

/// "Water UK said in a statement that … “…,” the statement added": "the" and a document noun
/// introduced in the last few sentences ("a statement", "in a letter") stand for the latest person
/// or body among `antecedents`, who issued it.
fn document_issuer(ctx: &Context<'_, '_>, m: &Mention, antecedents: &[Referent]) -> Option<Referent> {
    let (a, b) = (m.tokens.start, m.tokens.end);
    if b != a + 2 || !ctx.lower_is(a, "the") || !words::is_document_noun(ctx.lower(a + 1)) {
        return None;
    }
    let noun = ctx.lower(a + 1);
    let s = ctx.doc.sentence_at(m.span.start);
    let reach = |n: usize| ctx.doc.sentences()[s.saturating_sub(n)].tokens.start;
    // ("an internal memo from CEO Marcus Vell … the memo said": one plain word may come between.)
    let opens =
        |d: usize| matches!(ctx.class(d), Some(WordClass::Det | WordClass::Poss)) && !ctx.lower_is(d, "the");
    let introduced = |from: usize| {
        (from + 1..a).rev().find(|&t| {
            ctx.lower(t) == noun && (opens(t - 1) || t >= from + 2 && ctx.plain_word(t - 1) && opens(t - 2))
        })
    };
    // (A document whose author is named is remembered further back.)
    if let Some(named) = introduced(reach(AUTHORED_REACH)).and_then(|t| named_after_document(ctx, t, a)) {
        return Some(named);
    }
    introduced(reach(DOCUMENT_REACH))?;
    let issuer =
        antecedents.iter().rev().find(|r| matches!(r.kind, SpeakerKind::Person | SpeakerKind::Organization));
    issuer.cloned()
}

/// How many sentences back a document whose author is named after it may lie.
const AUTHORED_REACH: usize = 6;

/// Most tokens between a document's noun and the name of its author after "from" or "by".
const MAX_AUTHOR_GAP: usize = 4;

/// "an internal memo from CEO Marcus Vell": the person or body named after "from" or "by" right
/// after the document's noun at token `noun` (before token `limit`), as its author.
fn named_after_document(ctx: &Context<'_, '_>, noun: usize, limit: usize) -> Option<Referent> {
    let by = noun + 1;
    if by >= limit || !matches!(ctx.lower(by), "from" | "by") {
        return None;
    }
    let e = (by + 1..limit.min(by + 1 + MAX_AUTHOR_GAP))
        .find_map(|t| ctx.entity(t))
        .filter(|e| matches!(e.label, EntityLabel::Person | EntityLabel::Organization))?;
    let name = referent::without_article(e.span.as_str(ctx.doc.text())).to_string();
    let kind = if e.label == EntityLabel::Person { SpeakerKind::Person } else { SpeakerKind::Organization };
    Some(Referent { name, kind, plural: false })
}

/// Whether an age ("44-year-old", "44 year old") ends at token `t`: "old" with "year" two tokens
/// before it.
fn age_ends_at(ctx: &Context<'_, '_>, t: usize) -> bool {
    t >= 2 && ctx.lower_is(t, "old") && ctx.lower_is(t - 2, "year")
}

/// Whether `m` is a common noun phrase for one, of two words or more ("the minister").
fn is_definite_description(m: &Mention) -> bool {
    matches!(m.kind, MentionKind::Common { plural: false, .. }) && m.tokens.len() >= 2
}

/// Whether a role span says something: not a courtesy title alone ("Mr.", "Ms").
fn says_a_role(ctx: &Context<'_, '_>, role: Span) -> bool {
    !ctx.is_courtesy_title(role)
}

/// The antecedents a pronoun may take, latest last.
fn window(antecedents: &[Referent]) -> &[Referent] {
    &antecedents[antecedents.len().saturating_sub(ANTECEDENT_WINDOW)..]
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    /// (speaker name, speaker id) of every claim.
    fn speakers(text: &str) -> Vec<(String, usize)> {
        let claims = Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        claims.into_iter().filter_map(|c| c.speaker.map(|s| (s.name, s.id))).collect()
    }

    #[test]
    fn a_title_names_the_one_person_named_with_it_just_before() {
        // "Members of the Kirema County Assembly have given Governor Paul Kiprono Chebet seven days
        // … But the governor hit back on Wednesday, saying …": never a subject, still the governor.
        let text = "Members of the county assembly have given Governor Paul Kiprono Chebet seven days to \
                    explain the spending. Majority Leader Dennis Wekesa said the assembly had been kept in \
                    the dark. But the governor hit back on Wednesday, saying all funds had been audited.";
        let got: Vec<String> = speakers(text).into_iter().map(|s| s.0).collect();
        assert_eq!(got, ["Dennis Wekesa", "Paul Kiprono Chebet"]);
        // Five sentences on (a quotation of two, a claim between): "Members of the Nyandarua County
        // Assembly have given Governor Joseph Kinyanjui Mwangi 14 days … But the governor said …".
        let text = "Members of the county assembly have given Governor Joseph Kinyanjui Mwangi 14 days to \
                    explain the spending. Majority Leader Esther Ndung'u said 32 members had signed. \
                    “We have been patient. The people cannot wait,” Ms Ndung'u said. Another member \
                    accused the executive of paying contractors. But the governor said the threat was \
                    cheap politics.";
        let got: Vec<String> = speakers(text).into_iter().map(|s| s.0).collect();
        assert_eq!(got.last().map(String::as_str), Some("Joseph Kinyanjui Mwangi"));
        // "… the suspension of its chairman, Chief Adebayo Fakorede, over …" ⏎ "The chairman also
        // accused …": a title set off before a name with a title of its own.
        let text = "A faction suspended its chairman, Chief Adebayo Fakorede, over anti-party activities. \
                    Mr Olumide Akinrinola said it was final. But Fakorede said the suspension was void. \
                    The chairman also accused the faction of working for an aspirant.";
        let got: Vec<String> = speakers(text).into_iter().map(|s| s.0).collect();
        assert_eq!(got, ["Olumide Akinrinola", "Adebayo Fakorede", "Adebayo Fakorede"]);
        // "The Minister for Housing, Dermot Fahy, did not attend. … the Minister said …": a title
        // the name is set off after.
        let text = "The Minister for Housing, Dermot Fahy, did not attend. In a statement, the Minister \
                    said more homes had been completed.";
        let got: Vec<String> = speakers(text).into_iter().map(|s| s.0).collect();
        assert_eq!(got, ["Dermot Fahy"]);
        // (Not one named with a body's words too: "World Bank President Jim Yong Kim" is not "the
        // president".)
        let text = "Barack Obama played golf with World Bank President Jim Yong Kim. Obama said it was a \
                    big day. The president also said the deal was historic.";
        let got: Vec<String> = speakers(text).into_iter().map(|s| s.0).collect();
        assert_eq!(got, ["Barack Obama", "The president"]);
    }

    #[test]
    fn family_words_carry_gender() {
        // "Tom made the call, his mother said, and she …": "she" is the mother, not Tom.
        let text = "Tom Reid made the call, his mother said, and she said he had tried for an hour.";
        let got = speakers(text);
        assert_eq!(got.iter().map(|s| s.0.as_str()).collect::<Vec<_>>(), ["his mother", "his mother"]);
        // "His wife, Ania, kept the family afloat. “…,” he says": the description before the name
        // gives hers; "The new place, Mała, opened": a thing is no antecedent.
        let text =
            "Tomasz Wierzba runs a bistro. His wife, Ania, kept it afloat. “She never complained,” he says.";
        assert_eq!(speakers(text).first().map(|s| s.0.as_str()), Some("Tomasz Wierzba"));
        let text = "Tomasz Wierzba runs a bistro. The new place, Mała, opened in March. “Big was a mistake,” he says.";
        assert_eq!(speakers(text).first().map(|s| s.0.as_str()), Some("Tomasz Wierzba"));
        // "Ramesh Patil, a farmer, and his wife Sunanda had borrowed … She said …": the second
        // subject, joined by "and his wife", is the "she".
        let text =
            "Ramesh Patil, a farmer in Latur, and his wife Sunanda had borrowed money. She said it was gone.";
        assert_eq!(speakers(text).first().map(|s| s.0.as_str()), Some("Sunanda"));
        // "…, an official said. …, he added.": the article "an" tells no gender ("An" is a first
        // name).
        let text = "Prices will fall, an official said. Demand is weak, he added.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("an official"));
        // "Ruth Adeyemi's new book is out. She said …": a person's possessive opening the sentence.
        let text = "Ruth Adeyemi's new book is out. She said it took ten years.";
        assert_eq!(speakers(text).first().map(|s| s.0.as_str()), Some("Ruth Adeyemi"));
        // (Not one whose person speaks for them, "Radic's spokesman, Petar Lalic, said": the
        // challenge case `reuters_two_leaders_she_skips_man`.)
    }

    #[test]
    fn a_headline_surname_finds_the_full_name() {
        // (The headline above the story makes no claim of its own; the story's claim is there.)
        let text = "Trump Says He Is Ready To Talk\n\nLONDON - Donald Trump said on Thursday he was ready.";
        let got = speakers(text);
        assert_eq!(got.iter().map(|s| s.0.as_str()).collect::<Vec<_>>(), ["Donald Trump"]);
        // A headline's name is the story's speaker's: "Union Endorses …" ⏎ "The union said …".
        let text =
            "Northfield Farmers Union Endorses Mayor In Budget Fight\n\nThe union said it would campaign.";
        assert_eq!(
            speakers(text).iter().map(|s| s.0.as_str()).collect::<Vec<_>>(),
            ["Northfield Farmers Union"]
        );
    }

    #[test]
    fn it_after_a_sentence_about_a_study() {
        // "The study, published in …, tracked 60 sites. It found that …": the study.
        let text = "The study, published in the journal Coral Reefs, tracked 60 sites. It found that 40 \
                    percent of deep sites had bleached.";
        assert_eq!(speakers(text).first().map(|s| s.0.as_str()), Some("The study"));
        // (Not a body named before: "Acme said sales fell. It added …" stays Acme's.)
    }

    #[test]
    fn a_hong_kong_name_answers_to_its_family_name() {
        // "Edward Lam Chi-fai … Lam said": the middle word is the family name.
        let text = "Lawmaker Edward Lam Chi-fai criticised the plan. Lam said the plan would fail.";
        assert_eq!(speakers(text).first().map(|s| s.0.as_str()), Some("Edward Lam Chi-fai"));
    }

    #[test]
    fn a_town_that_is_a_surname() {
        // "Gov. Mark Dayton … Dayton tells the AP": the governor, not the Ohio city.
        let text = "Gov. Mark Dayton said he backs Clinton. Dayton tells reporters she will win.";
        let got = speakers(text);
        assert_eq!(got.iter().map(|s| s.0.as_str()).collect::<Vec<_>>(), ["Mark Dayton", "Mark Dayton"]);
    }

    #[test]
    fn pronoun_and_surname_find_the_full_name() {
        let text = "Maria Okonjo said the plan would fail. She said it again. Okonjo said it thrice.";
        let got = speakers(text);
        assert_eq!(got.len(), 3);
        assert!(got.iter().all(|(name, id)| name == "Maria Okonjo" && *id == got[0].1));
    }

    #[test]
    fn a_name_inside_a_quotation_is_no_antecedent() {
        // "“… Ratepayers will foot that bill,” he says": "he" is the speaker named before.
        let text =
            "Daniel Hewitt says costs will rise. “The contractors get paid. Ratepayers will foot that \
                    bill,” he says.";
        let got = speakers(text);
        assert!(got.iter().all(|s| s.0 == "Daniel Hewitt"), "{got:?}");
    }

    #[test]
    fn a_relative_that_stands_for_its_noun() {
        let text = "The delay was pushed by several capitals that have warned the rules will fail.";
        assert_eq!(speakers(text).first().map(|s| s.0.as_str()), Some("several capitals"));
    }

    #[test]
    fn another_word_for_the_office_or_the_body() {
        // "Justice Helena Okoro … The judge said", "captain Sione Fifita … the skipper said",
        // "Greater Manchester Police … The force said".
        let text = "Justice Helena Okoro said the case was grave. The judge said she would rule next week.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Helena Okoro"));
        let text = "Northbridge captain Sione Fifita scored twice. “We were good,” the skipper said.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Sione Fifita"));
        let text = "Greater Manchester Police were called at 2am. The force said the family had been told.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Greater Manchester Police"));
        // `data/offices.tsv`: "Dr Naledi Mokoena … The doctor said", "Lt. Col. Hannah Brightwater …
        // The officer said".
        let text = "Dr Naledi Mokoena treated the victims. The doctor said most had suffered burns.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Naledi Mokoena"));
        let text =
            "Lt. Col. Hannah Brightwater said the convoy was hit. The officer said two soldiers were hurt.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Hannah Brightwater"));
        // (Not a doctor for an officer: "Dr Ann Lee … The officer said".)
        let text = "Dr Ann Lee said the clinic was shut. The officer said two soldiers were hurt.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("The officer"));
    }

    #[test]
    fn the_latest_person_by_another_word_for_the_office() {
        // "Sussex had looked in control at 181 for two, with captain Ravi Chaudhry making 88, …"
        // ⏎ "Chaudhry admitted …" ⏎ "“…,” the Sussex skipper said."
        let text = "Sussex had looked in control at 181 for two, with captain Ravi Chaudhry making 88.\n\n\
                    Chaudhry admitted his side had thrown the game away.\n\n\
                    “We got greedy,” the Sussex skipper said.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Ravi Chaudhry"));
        // Not where the description's place is not where the title was given.
        let text = "Florida Gov. Ron Dale said taxes would fall. Dale added that schools would reopen. \
                    “We are ready,” the New Jersey governor said.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("the New Jersey governor"));
    }

    #[test]
    fn a_playing_position_is_a_title() {
        // "Cornerback Jalen Pryor, who was beaten on the winning touchdown, took responsibility"
        // (`data/titles.tsv`): the position is the role, and "the cornerback" is Pryor.
        let text = "Cornerback Jalen Pryor, who was beaten on the winning touchdown, took responsibility. \
                    “That is on me,” the cornerback said.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Jalen Pryor"));
        let claims =
            Extractor::new().extract("Wide receiver Jalen Pryor said the team was ready.").unwrap().claims;
        let speaker = claims.first().and_then(|c| c.speaker.as_ref());
        assert_eq!(
            speaker.map(|s| (s.name.as_str(), s.role.as_deref())),
            Some(("Jalen Pryor", Some("Wide receiver")))
        );
    }

    #[test]
    fn a_described_body_is_the_body_named_before() {
        // "The Turkish Defense Ministry said … the ministry said"; "the defense ministry" too.
        let text = "The Turkish Defense Ministry said two soldiers were hurt. No civilians were hurt, the \
                    ministry said. The border was calm, the defense ministry added.";
        let got = speakers(text);
        assert!(got.iter().all(|s| s.0 == "Turkish Defense Ministry"), "{got:?}");
        // Not a body whose name lacks the noun or the modifier.
        let text = "The Turkish Defense Ministry said two soldiers were hurt. It was calm, the health ministry said.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("the health ministry"));
        let text = "Leeds City Council said roads were shut. Trains were late, the agency said.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("the agency"));
        // "The office" for the Federal Statistics Office; "the union" for a coined name that
        // leaves its kind unsaid ("Unite"), not for an outlet.
        let text = "The Federal Statistics Office said output fell. The office said demand was weak.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Federal Statistics Office"));
        let text = "Unite said its members would strike. The union said management had refused.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Unite"));
        let text = "The BBC reported the plan. The union said management had refused.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("The union"));
        // A body named just before in a sentence that reports nothing; "the agency" fits an
        // administration: "The Federal Aviation Administration grounded the jets. The agency said …".
        let text =
            "The Federal Aviation Administration grounded the jets. The agency said checks would take weeks.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Federal Aviation Administration"));
        // "the party" for an alliance, a congress, a front: "The Peoples Redemption Alliance held a
        // rally. … the party said".
        let text =
            "The Peoples Redemption Alliance held a rally. In a statement, the party said it would win.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Peoples Redemption Alliance"));
        // A name that came right after the description: "…, the union Aslef has announced. The union
        // said …", "The charity Shelterline opened a shelter. The charity said …".
        let text = "Drivers will strike in May, the union Aslef has announced. The union said 94% backed it.";
        assert!(speakers(text).iter().all(|s| s.0 == "Aslef"), "{:?}", speakers(text));
        let text = "The charity Shelterline opened a shelter. The charity said demand was rising.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Shelterline"));
    }

    #[test]
    fn a_body_by_the_noun_of_its_role() {
        // "…, the drivers' union Aslef said on Monday. … The union said …"
        let text = "Talks broke down, the drivers' union Aslef said. Fares rose. Trains were cut. The \
                    union said its members had rejected an offer.";
        assert!(speakers(text).iter().all(|s| s.0 == "Aslef"), "{:?}", speakers(text));
    }

    #[test]
    fn local_bodies_systems_and_forecasters_described_again() {
        let last = |text: &str| speakers(text).last().map(|s| s.0.clone());
        // "Halden Health said … All emergency departments will remain open, the system said."
        let text = "Halden Health said it had hired 600 nurses. All wards will remain open, the system said.";
        assert_eq!(last(text).as_deref(), Some("Halden Health"));
        // "The Met Office has issued an amber warning. Gusts … are likely, the forecaster said."
        let text =
            "The Met Office has issued an amber warning. Gusts of 80mph are likely, the forecaster said.";
        assert_eq!(last(text).as_deref(), Some("Met Office"));
        // "… the Emfuleni Local Municipality says … according to the municipality."
        let text = "The Emfuleni Local Municipality says the problem lies upstream. Tankers were sent to 14 \
                    points, according to the municipality.";
        assert_eq!(last(text).as_deref(), Some("Emfuleni Local Municipality"));
        let text = "The Castor Valley Unified School District board voted to close two schools. The \
                    closures will save $2.4 million, according to the district.";
        assert_eq!(last(text).as_deref(), Some("Castor Valley Unified School District"));
    }

    #[test]
    fn a_nationality_alone_is_the_latest_person() {
        // "Jonas Eriksen scored twice. The Norwegian said …"; not a plural: "The Russians said".
        let text = "Marc Delorme took charge in 2019. The Frenchman said he would step down.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Marc Delorme"));
        let text = "Jonas Eriksen scored twice. The Norwegian said he had not seen a replay.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Jonas Eriksen"));
        // "“I thought the yellow card was harsh …,” the South African said": two words.
        let text = "Pieter du Randt said his side lost. “It was harsh,” the South African said.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Pieter du Randt"));
        let text = "Rafael Soto scored twice. The striker said he was happy at the club.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Rafael Soto"));
        // "Rep. Luisa Carrasco said … The Texas Democrat said she had warned party leaders."
        let text =
            "Rep. Luisa Carrasco said the bill would fail. The Texas Democrat said she had warned them.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Luisa Carrasco"));
        let text = "Jonas Eriksen scored twice. The Russians said he had not seen a replay.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("The Russians"));
    }

    #[test]
    fn a_body_by_the_lower_case_end_of_its_name() {
        // "… according to the Marlowe County Sheriff's Office. … The sheriff's office asked
        // anyone with information to call its tip line."
        let text = "He was arrested, according to the Marlowe County Sheriff's Office. The sheriff's office said he was held.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Marlowe County Sheriff's Office"));
    }

    #[test]
    fn an_unnamed_description_again() {
        // "A senior official in the Transportation Ministry said … the official said".
        let text =
            "A senior official in the ministry said talks had stalled. It was clear, the official said.";
        let got = speakers(text);
        assert!(got.iter().all(|s| s.0 == "A senior official in the ministry"), "{got:?}");
        // "… according to people familiar with the matter. … the people said": plural too.
        let text = "Acme is exploring a sale, according to people familiar with the matter. Bids are due soon, the people said.";
        let got = speakers(text);
        assert!(got.iter().all(|s| s.0 == "people familiar with the matter"), "{got:?}");
        // "…, one of the people said. …, the people added.": the group again, not its member.
        let text = "Acme is exploring a sale, according to people familiar with the matter. Bids are due \
                    soon, one of the people said. Talks are at an early stage, the people added.";
        let got: Vec<String> = speakers(text).into_iter().map(|s| s.0).collect();
        assert_eq!(
            got,
            ["people familiar with the matter", "one of the people", "people familiar with the matter"]
        );
        // "Researchers at the University of Westmarch say … the researchers found": the noun
        // opening the sentence.
        let text = "Researchers at the University of Westmarch say walking helps. Sugar levels fell, the researchers found.";
        let got: Vec<String> = speakers(text).into_iter().map(|s| s.0).collect();
        assert_eq!(got, ["Researchers at the University of Westmarch"; 2]);
        // "A source told the outlet … “…,” the insider added": another word for the same person.
        let text = "A source told the outlet the pair had been living apart. \"It wasn't one big thing,\" the insider added.";
        let got: Vec<String> = speakers(text).into_iter().map(|s| s.0).collect();
        assert_eq!(got, ["A source", "A source"]);
        // Only the latest person named: after "Jane Roe", "the official" stays as written.
        let text = "A senior official said talks had stalled. Jane Roe spoke next. The official said no.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("The official"));
    }

    #[test]
    fn the_company_is_the_company_named_just_before() {
        // "Shares of Alphabet rose 2%. The company reported …": two sentences back, not three.
        let text =
            "Kestrel Holdings said trains would run late. Riders should check the website, the company said.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Kestrel Holdings"));
        let text = "The Interior Ministry said it was calm. Prices will rise, the company said.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("the company"));
        let text =
            "Rates fell. Bonds fell. Oil fell. Kestrel Holdings rose. Gold fell. Tin fell. Prices will \
                    rise, the company said.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("the company"));
        // A name the recognizer took for a person's, told a thing by ", which" or "its":
        // "Minera Cordillera Sur, which operates the mine, …", "Salar Norte halted work at its plant".
        let text =
            "Minera Cordillera Sur, which operates the Antaccocha mine, rejects the accusation. In an \
                    email to AFP, the company said its operations used recycled water.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Minera Cordillera Sur"));
        let text = "Salar Norte halted work at its plant after a blast, the company said on Monday.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Salar Norte"));
        let text = "John Smith met his wife at a party. The company said the party was late.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("The company"));
        // Further on, the one company the story's opening sentences name: "Shares of Veltrane
        // Semiconductor fell 7% … The company said …".
        let text = "Shares of Veltrane Semiconductor fell 7% on Tuesday. Rates fell. Bonds fell. Oil fell. \
                    The company said it expects revenue of $4bn.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Veltrane Semiconductor"));
        // Past the headline and byline lines, and for a noun of a trade: "The utility said …".
        let text =
            "Utility to restart reactor\n\nBY HARUTO SAKAMOTO\n\nFUKUOKA – Nishikai Electric Power will \
                    restart the No. 2 reactor at its Amagura plant next month. Rates fell. Bonds fell. Oil \
                    fell. The utility said it would load fuel on Nov. 4.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Nishikai Electric Power"));
        // Not a school, nor a name in capitals.
        let text = "The Graduate School of Journalism sent a letter to its president. Rates fell. Bonds \
                    fell. Oil fell. The company said it had sent a letter.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("The company"));
        // "Cascadia Outfitters will close 40 stores. The retailer said …": a trade, in its paragraph.
        let text = "Cascadia Outfitters will close 40 stores. The retailer said sales had fallen.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Cascadia Outfitters"));
        let text = "Photo: Cascadia Outfitters\n\nThe shops will close. The retailer said sales had fallen.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("The retailer"));
    }

    #[test]
    fn a_document_speaks_for_who_issued_it() {
        // "Water UK said in a statement … “…,” the statement added."
        let text = "Water UK said in a statement that bills would rise. “We are ready,” the statement added.";
        let got = speakers(text);
        assert_eq!(got.iter().map(|s| s.0.as_str()).collect::<Vec<_>>(), ["Water UK", "Water UK"]);
        // (A statement not introduced before stays as written.)
        let got = speakers("Water UK met on Monday. The statement said bills would rise.");
        assert_eq!(got[0].0, "The statement");
    }

    #[test]
    fn sentence_subject_is_an_antecedent() {
        // "Erdogan visited …. He said …"
        let text = "Recep Tayyip Erdogan visited Ankara on Monday. He said the talks would go on.";
        assert_eq!(speakers(text).first().map(|s| s.0.as_str()), Some("Recep Tayyip Erdogan"));
        // "The lead negotiator on the file, MEP Andrei Popescu, struck … He said …": the name after
        // the description.
        let text = "Another diplomat said it was over. The lead negotiator on the file, MEP Andrei \
                    Popescu, struck a softer tone. He said he was open to a delay.";
        assert_eq!(speakers(text).last().map(|s| s.0.as_str()), Some("Andrei Popescu"));
    }

    #[test]
    fn a_description_finds_the_person_it_describes() {
        let got = speakers(
            "Samuel Okafor scored twice. “I've been waiting for this,” the 23-year-old told reporters.",
        );
        assert_eq!(got[0].0, "Samuel Okafor");
        let got = speakers("Celeste Amara spoke. “I was pretending,” the 34-year-old actress said.");
        assert_eq!(got[0].0, "Celeste Amara");
        // "Kingsbridge Wanderers prop Tomasi Lealaogata will retire … The 34-year-old said …": a
        // rugby position is a title before the name (`data/titles.tsv`).
        let text =
            "Kingsbridge Wanderers prop Tomasi Lealaogata will retire.\n\nThe 34-year-old said he was tired.";
        let got = speakers(text);
        assert_eq!(got[0].0, "Tomasi Lealaogata");
        let got =
            speakers("Housing Minister Ravi Gowda opened the line. Later, the minister said it would help.");
        assert_eq!(got[0].0, "Ravi Gowda");
        // "Chief Minister Anand Tiwari said … The CM also said …": a title's initials; "the CEO"
        // for a chief executive.
        let got = speakers(
            "Chief Minister Anand Tiwari said the state would hire nurses. The CM also said colleges would open.",
        );
        assert_eq!(got[1].0, "Anand Tiwari");
        let got = speakers("Chief Executive Mary Lowe said profits rose. The CEO said sales were strong.");
        assert_eq!(got[1].0, "Mary Lowe");
        // (Not initials that no title of a person named before spells.)
        let got =
            speakers("Chief Minister Anand Tiwari said nurses would be hired. The PM said taxes would rise.");
        assert_eq!(got[1].0, "PM");
        // (A role's word that opens on a letter of several bytes is read by its first char.)
        let got = speakers("Écrivain Élodie Marchand said taxes would fall. The QZ said prices would rise.");
        assert_eq!(got.len(), 2);
        // Not a title the person was not named with, nor one with another place.
        let got = speakers("Florida Gov. Ann Roe spoke. Later, the Texas governor said it would help.");
        assert_eq!(got[0].0, "the Texas governor");
        let got =
            speakers("Housing Minister Ravi Gowda opened the line. Later, the mayor said it would help.");
        assert_eq!(got[0].0, "the mayor");
        // A title and an appositive both: "Dr. Miriam Lowell, the county's public health director".
        let got = speakers(
            "Dr. Miriam Lowell, the county's public health director, said it was contained. \
             The health director said two children were ill.",
        );
        assert_eq!(got[1].0, "Miriam Lowell");
        // The role a claim gave its speaker before the name: "A spokeswoman for Teller Water, Amy
        // Quist, said … The spokeswoman said …".
        let got = speakers(
            "A spokeswoman for Teller Water, Amy Quist, said it was fixed. Homes lost supply. The \
             spokeswoman said customers would get a credit.",
        );
        assert_eq!(got[1].0, "Amy Quist");
        // A description written as the role a speaker was given: "his daughter".
        let got = speakers("His daughter, Ana Reyes, said he sang. “He loved it,” his daughter said.");
        assert_eq!(got[1].0, "Ana Reyes");
        // A title the person was named with in short: "Sen." is "the senator", "Gov." "the governor".
        let got = speakers("Sen. Maria Ellsworth spoke on Monday. The senator added that talks continue.");
        assert_eq!(got[0].0, "Maria Ellsworth");
        let got = speakers("Alabama Gov. Ray Custis spoke. “Leave now,” the governor said.");
        assert_eq!(got[0].0, "Ray Custis");
    }

    #[test]
    fn pronoun_without_antecedent_keeps_its_words() {
        let got = speakers("He said the talks would go on.");
        assert_eq!(got.first().map(|s| s.0.as_str()), Some("He"));
    }
}
