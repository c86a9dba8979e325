//! What one mention stands for: a person's fullest name, an organisation or place, a noun phrase
//! as written, or — for a pronoun — the latest antecedent it agrees with.

use crate::entities::{surname, EntityLabel};
use crate::lexicon::{FxMap, Gender, PlaceKind};
use crate::SpeakerKind;

use super::super::context::Context;
use super::super::mentions::{body_described_after, Mention, MentionKind, Pronoun};
use super::super::words;
use super::lede::{LEDE_SENTENCES, LEDE_WORDS};
use super::people::PersonIndex;

/// What a mention stands for.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Referent {
    /// The canonical name: the fullest form of a person's name, an organisation without "the",
    /// a noun phrase as written.
    pub name: String,
    pub kind: SpeakerKind,
    pub plural: bool,
}

/// Surname endings that mark a woman (Slavic "-ova", "-eva", "-skaya").
const FEMALE_ENDINGS: &[&str] = &["ova", "eva", "ina", "skaya", "kaya"];
/// Surname endings that mark a man (Slavic "-ov", "-ev", "-sky").
const MALE_ENDINGS: &[&str] = &["ov", "ev", "sky", "skiy"];

/// What is known of a name's gender, and whether only its first name told it ("Karan" is a
/// woman's name in the US lists): a pronoun of the other gender may still take it when no one
/// else fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Known {
    pub gender: Gender,
    pub by_first_name: bool,
}

impl Known {
    /// Evidence beyond a first name (a title, a pronoun, a surname's ending).
    pub fn sure(gender: Gender) -> Known {
        Known { gender, by_first_name: false }
    }
}

/// The referent of mention `m`; a pronoun looks back through `antecedents` (latest last) and
/// records the gender it gives its antecedent in `genders`.
pub(super) fn referent(
    ctx: &Context<'_, '_>,
    people: &PersonIndex<'_>,
    m: &Mention,
    antecedents: &[Referent],
    genders: &mut FxMap<String, Known>,
) -> Option<Referent> {
    let written = m.span.as_str(ctx.doc.text());
    if matches!(m.kind, MentionKind::Common { .. }) {
        if let Some(r) = company_antecedent(ctx, m)
            .or_else(|| company_of_the_lede(ctx, m))
            .or_else(|| company_named_after(ctx, m))
        {
            return Some(r);
        }
    }
    if let Some(name) = company_short_name(ctx, people, m, written) {
        return Some(Referent { name, kind: SpeakerKind::Organization, plural: false });
    }
    if let Some(name) = surname_in_capitals(people, m, written) {
        return Some(Referent { name, kind: SpeakerKind::Person, plural: false });
    }
    let person = match m.kind {
        MentionKind::Common { kind: SpeakerKind::Unknown, .. } => named_in_headline(people, m, written),
        MentionKind::Entity(EntityLabel::Location) => town_as_surname(people, m, written),
        _ => None,
    };
    if let Some(name) = person {
        return Some(Referent { name, kind: SpeakerKind::Person, plural: false });
    }
    match &m.kind {
        MentionKind::Entity(EntityLabel::Person) => {
            let (name, by_first) = people.canonical_person(ctx, written, m.span.start);
            // ("Chan Wei Ming … Mr Chan said": a name whose first word follows a courtesy title
            // is written family name first; that word tells no gender.)
            if by_first && m.role.is_some_and(|r| ctx.is_courtesy_title(r)) {
                genders.insert(name.clone(), Known::sure(Gender::Unknown));
            }
            // (The first gender recorded stands: a known name is not read again.)
            if !genders.contains_key(&name) {
                if let Some(known) = gender_of(ctx, m, &name) {
                    genders.insert(name.clone(), known);
                }
            }
            Some(Referent { name, kind: SpeakerKind::Person, plural: false })
        }
        MentionKind::Entity(label) => {
            let name = without_article(written);
            // ("… (RTA) … The RTA said": initials stand for the body they were given for.)
            let initials = name.len() <= 8 && name.bytes().all(|b| b.is_ascii_uppercase());
            let name = if initials { people.body_of_acronym(ctx, name).unwrap_or(name) } else { name };
            let kind = match (label, m.place_kind) {
                (EntityLabel::Location, _) => SpeakerKind::Location,
                (_, Some(PlaceKind::Country | PlaceKind::Capital | PlaceKind::City | PlaceKind::State)) => {
                    SpeakerKind::Location
                }
                _ => SpeakerKind::Organization,
            };
            Some(Referent { name: name.to_string(), kind, plural: false })
        }
        MentionKind::Common { kind, plural } => {
            // "his mother", "the chairwoman": the head noun's gender, from the title lexicon.
            let head = m.tokens.end.checked_sub(1).and_then(|t| ctx.lex.title(ctx.lower(t)));
            if let Some((_, g @ (Gender::Male | Gender::Female))) = head {
                if !genders.contains_key(written) {
                    genders.insert(written.to_string(), Known::sure(g));
                }
            }
            Some(Referent { name: written.to_string(), kind: *kind, plural: *plural })
        }
        MentionKind::Outlet(_) => None,
        MentionKind::Relative(antecedent) => referent(ctx, people, antecedent, antecedents, genders),
        MentionKind::Pronoun(p) => {
            let Some(want) = gender_of_pronoun(*p) else {
                return antecedent_of(ctx, *p, antecedents, genders);
            };
            let found = gendered_antecedent(ctx, people, m, (*p, want), antecedents, genders)?;
            genders.entry(found.name.clone()).or_insert(Known::sure(want));
            Some(found)
        }
    }
}

/// The gender "he" and "she" mark.
fn gender_of_pronoun(p: Pronoun) -> Option<Gender> {
    match p {
        Pronoun::He => Some(Gender::Male),
        Pronoun::She => Some(Gender::Female),
        _ => None,
    }
}

/// "Acme Corp cut its forecast. Acme said …", "Northwind Holdings … Northwind said", "Pike Lane
/// Capital … Pike Lane said": the words that open the name of a company named before, the rest of
/// which is its legal form or trade words, are that company
/// (not the surname of a person named before: "John Podesta … the Podesta Group … Podesta said").
fn company_short_name(
    ctx: &Context<'_, '_>,
    people: &PersonIndex<'_>,
    m: &Mention,
    written: &str,
) -> Option<String> {
    let named = matches!(m.kind, MentionKind::Entity(EntityLabel::Person | EntityLabel::Organization))
        || matches!(m.kind, MentionKind::Common { kind: SpeakerKind::Unknown, .. });
    if !named || !written.starts_with(char::is_uppercase) {
        return None;
    }
    let company = people.company_of_short_name(ctx, written, m.span.start)?;
    (people.canonical(written, m.span.start) == written).then(|| company.to_string())
}

/// "Lydia Barraclough … ⏎ BARRACLOUGH: They will stabilise.": a transcript's speaker label, one
/// word in capitals, is the person named before whose surname it spells.
fn surname_in_capitals(people: &PersonIndex<'_>, m: &Mention, written: &str) -> Option<String> {
    // (Four letters at least: "PAC", "CNN" are initials.)
    let capitals = written.len() >= 4 && written.bytes().all(|b| b.is_ascii_uppercase());
    let body = matches!(m.kind, MentionKind::Entity(EntityLabel::Organization | EntityLabel::Location));
    if !capitals || body || matches!(m.kind, MentionKind::Pronoun(_) | MentionKind::Outlet(_)) {
        return None;
    }
    let mut title = written[..1].to_string();
    title.push_str(&written[1..].to_ascii_lowercase());
    let name = people.canonical(&title, m.span.start);
    (name != title && name.contains(' ')).then_some(name)
}

/// "Minnesota Gov. Mark Dayton … Dayton tells the AP": a town's name that is the surname of a
/// person named before is that person (not a country or a capital: "Israel said").
fn town_as_surname(people: &PersonIndex<'_>, m: &Mention, written: &str) -> Option<String> {
    if !matches!(m.place_kind, Some(PlaceKind::City | PlaceKind::State)) {
        return None;
    }
    let name = people.canonical(written, m.span.start);
    (name != written).then_some(name)
}

/// "Trump Says He's Unlikely To …", "GOP Rep McCaul Announces Bill": a headline's capitalised
/// speaker phrase whose last words are the surname (or name) of a person the article names in
/// full is that person.
fn named_in_headline(people: &PersonIndex<'_>, m: &Mention, written: &str) -> Option<String> {
    if !written.split(' ').all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let mut suffix = written;
    loop {
        let name = people.canonical(suffix, m.span.start);
        if name != suffix && name.contains(' ') {
            return Some(name);
        }
        suffix = suffix.split_once(' ')?.1;
    }
}

/// "Shares of Orbis Foods added 3% after the company said …": "the company" (a company noun after
/// "the") stands for the latest company named before it in its sentence, wherever that name stood
/// (an object, after "of"); not a public body ("the Interior Ministry") nor an outlet. "The company"
/// looks back over the two sentences before too ("Shares of Alphabet rose 2%. The company reported
/// earnings of …"), within its paragraph for a noun of a trade ("Cascadia Outfitters will close 40
/// stores. The retailer said …").
fn company_antecedent(ctx: &Context<'_, '_>, m: &Mention) -> Option<Referent> {
    if !the_company_noun(ctx, m) {
        return None;
    }
    let s = ctx.doc.sentence_at(m.span.start);
    // Walk back over the sentences' tokens (linear in them, not in the document).
    let mut from = super::reach_start(ctx, m, COMPANY_REACH)?;
    // ("the airline", a trade: only in its paragraph, where no caption of a photo stands; "the
    // Toronto-based grocer", described further, looks back as "the company" does.)
    if !matches!(ctx.lower(m.tokens.end - 1), "company" | "firm") && m.tokens.len() == 2 {
        let paragraph = ctx.doc.sentences().get(s).and_then(|sent| ctx.doc.paragraphs().get(sent.paragraph));
        from = from.max(paragraph.map_or(from, |p| ctx.doc.token_index_at(p.start)));
    }
    // ("Harthill Aggregates has applied to extend Crossthwaite Quarry. The company says …": a name
    // that a company's word ends is the company before one that only may be.)
    let marked = |name: &str| {
        let last = name.rsplit(' ').next().unwrap_or_default();
        name.contains(' ') && super::people::company_word(ctx, last) && is_company_name(ctx, name)
    };
    subject_company_before(ctx, m, marked)
        .or_else(|| organisation_named_before(ctx, from, m, marked))
        .or_else(|| organisation_named_before(ctx, from, m, |name| is_company_name(ctx, name)))
}

/// "Brantwood Energy confirmed … a takeover approach from private equity firm Halsey Partners. The
/// company also announced …": "the company" opening its sentence goes on with the company that
/// opened the sentence before (its subject), over one named later in it.
fn subject_company_before(
    ctx: &Context<'_, '_>,
    m: &Mention,
    fits: impl Fn(&str) -> bool,
) -> Option<Referent> {
    let s = ctx.doc.sentence_at(m.span.start);
    let sentences = ctx.doc.sentences();
    let (this, before) = (sentences.get(s)?, sentences.get(s.checked_sub(1)?)?);
    if m.tokens.start != this.tokens.start || before.paragraph + 1 < this.paragraph {
        return None;
    }
    let first = ctx.dateline_end(before.tokens.start, before.tokens.end);
    let e = ctx.entity(first).filter(|e| e.span.start == ctx.byte(first))?;
    let name = without_article(e.span.as_str(ctx.doc.text()));
    let end = ctx.doc.token_index_at(e.span.end);
    // (The subject itself: its verb right after it.)
    let subject = end < before.tokens.end && ctx.verb_follows(end, end + 1);
    (e.label == EntityLabel::Organization && subject && fits(name) && ctx.outlet_at(first).is_none())
        .then(|| Referent { name: name.to_string(), kind: SpeakerKind::Organization, plural: false })
}

/// Whether `m` is "the" and a company noun, after words of its kind or home: "the company", "the
/// airline", "the Toronto-based grocer".
fn the_company_noun(ctx: &Context<'_, '_>, m: &Mention) -> bool {
    let (a, b) = (m.tokens.start, m.tokens.end);
    b >= a + 2
        && ctx.lower_is(a, "the")
        && words::is_company_noun(ctx.lower(b - 1))
        && super::kind_modifiers(ctx, a + 1, b - 1)
}

/// "Shares of Veltrane Semiconductor fell 7% … (many sentences) … The company said …": "the
/// company" (or another company noun, "the utility") with no company named in the sentences just
/// before stands for the one company the story's opening sentences name (not inside a quotation,
/// nor an outlet).
fn company_of_the_lede(ctx: &Context<'_, '_>, m: &Mention) -> Option<Referent> {
    if !the_company_noun(ctx, m) {
        return None;
    }
    // (The story's first sentences: past its headline, byline and dateline lines, short.)
    let end = ctx
        .doc
        .sentences()
        .iter()
        .filter(|s| s.tokens.len() >= LEDE_WORDS)
        .take(LEDE_SENTENCES)
        .last()?
        .tokens
        .end;
    let text = ctx.doc.text();
    let mut found: Option<&str> = None;
    for t in 0..end.min(m.tokens.start) {
        let Some(e) = ctx.entity(t).filter(|e| e.span.start == ctx.byte(t)) else { continue };
        let name = without_article(e.span.as_str(text));
        let company = (e.label == EntityLabel::Organization
            || e.label == EntityLabel::Person && name.split(' ').skip(1).any(|w| ctx.lex.is_company_suffix(w)))
            && !ctx.in_quote(t)
            && ctx.outlet_at(t).is_none()
            && is_company_name(ctx, name)
            && !name.split(' ').any(|w| ctx.lex.is_org_suffix(w) && !words::is_corporate_ending(w))
            && !ctx.lex.is_org(name)
            && name.contains(' ')
            // (Not a byline in capitals: "HARUTO SAKAMOTO STAFF WRITER".)
            && name.chars().any(char::is_lowercase);
        // ("Maplegate Foods profit beats estimates" ⏎ "Maplegate Foods Inc. posted …": a short
        // form of the one name, which the full one replaces.)
        match found {
            _ if !company => {}
            Some(f) if opens_name(name, f) => {}
            Some(f) if f != name && !opens_name(f, name) => return None,
            _ => found = Some(name),
        }
    }
    found.map(|name| Referent { name: name.to_string(), kind: SpeakerKind::Organization, plural: false })
}

/// How many sentences after the story's opening may name the company it described.
const COMPANY_REVEAL_SENTENCES: usize = 3;

/// "A major water treatment plant … has been shut down …, the state water company has said." ⏎ "…"
/// ⏎ "Ghana Water Limited said …": "the company" (or another company noun) in the story's opening,
/// with no company named before it, stands for the company that opens one of the next sentences.
/// ("Norway’s central bank kept its key interest rate unchanged …" ⏎ "Norges Bank held the
/// deposit rate …": a body's noun after a place's possessive, and the body whose name ends on
/// that noun.)
fn company_named_after(ctx: &Context<'_, '_>, m: &Mention) -> Option<Referent> {
    let si = ctx.doc.sentence_at(m.span.start);
    let (a, b) = (m.tokens.start, m.tokens.end);
    let company = the_company_noun(ctx, m);
    let place_owner = b >= a + 3
        && ctx.entity(a).is_some_and(|e| e.label == EntityLabel::Location)
        && (a + 1..b - 1).any(|t| matches!(ctx.word(t), "'" | "’") && ctx.lower_is(t + 1, "s"));
    // ("…, with the municipality saying …" ⏎ "Emfuleni Local Municipality spokesperson …": "the"
    // and a body's noun.)
    let the_body = ctx.lower_is(a, "the") && b >= a + 2 && super::kind_modifiers(ctx, a + 1, b - 1);
    if !(company || place_owner || the_body) || !super::lede::in_lede(ctx, si) {
        return None;
    }
    let head = ctx.lower(b - 1);
    let text = ctx.doc.text();
    // ("Thailand’s central bank …" ⏎ "The Bank of Thailand’s Monetary Policy Committee …": the
    // place's name and the noun anywhere in the body's.)
    let place = place_owner.then(|| ctx.entity(a)).flatten().map(|e| e.span.as_str(text));
    ctx.doc.sentences().iter().skip(si + 1).take(COMPANY_REVEAL_SENTENCES).find_map(|s| {
        let first = ctx.dateline_end(s.tokens.start, s.tokens.end);
        let first = if ctx.word(first) == "The" { first + 1 } else { first };
        let e = ctx.entity(first).filter(|e| e.span.start == ctx.byte(first))?;
        let name = without_article(e.span.as_str(text));
        let last = name.rsplit(' ').next().unwrap_or_default();
        let named_for_place = place.is_some_and(|p| {
            name.split(' ').any(|w| w == p) && name.split(' ').any(|w| w.eq_ignore_ascii_case(head))
        });
        let fits = if company {
            is_company_name(ctx, name) && !ctx.lex.is_org(name)
        } else {
            last.eq_ignore_ascii_case(head) || named_for_place
        };
        (e.label == EntityLabel::Organization && fits && ctx.outlet_at(first).is_none()).then(|| Referent {
            name: name.to_string(),
            kind: SpeakerKind::Organization,
            plural: false,
        })
    })
}

/// Whether `short` is the first words of `full`: "Maplegate Foods" of "Maplegate Foods Inc.".
fn opens_name(short: &str, full: &str) -> bool {
    full.strip_prefix(short).is_some_and(|rest| rest.starts_with(' '))
}

/// The latest organisation named from token `from` up to mention `m` whose name, without its
/// article, `fits`: not inside a quotation ("“Who do they think they are?” Trump said of Apple"),
/// nor an outlet. Walks back over those tokens only (linear in them, not in the document).
pub(super) fn organisation_named_before(
    ctx: &Context<'_, '_>,
    from: usize,
    m: &Mention,
    fits: impl Fn(&str) -> bool,
) -> Option<Referent> {
    let text = ctx.doc.text();
    (from..m.tokens.start).rev().filter(|&t| !ctx.in_quote(t)).filter_map(|t| ctx.entity(t)).find_map(|e| {
        let name = without_article(e.span.as_str(text));
        // ("SMRT said in a Facebook post …": a platform naming a medium is no actor.)
        let end = ctx.doc.token_index_at(e.span.end);
        let platform = end < m.tokens.start && words::is_medium_noun(ctx.lower(end));
        // ("Jamaica Public Service (JPS) customers …, the light and power company said": initials
        // in parentheses stand for the name before them.)
        let start = ctx.doc.token_index_at(e.span.start);
        let initials = start > 1 && end < m.tokens.start && ctx.initials_in_parentheses(start - 1).is_some();
        let named = initials.then(|| ctx.entity(start - 2)).flatten();
        let full = named.map_or(name, |n| without_article(n.span.as_str(text)));
        // ("“…,” said Priya Anand-Sutherland, retail analyst at Shore Capital. … The company said":
        // a commentator's employer, after a title and "at", is no company the story is about.)
        let employer = start > 1 && ctx.lower_is(start - 1, "at") && ctx.lower_title(start - 2).is_some();
        // ("German carmaker Heldmann will cut 1,200 jobs …, the company said": a company's noun
        // right before a one-word name.)
        let noun_before = start > 0 && !ctx.is_cap(start - 1) && words::is_company_noun(ctx.lower(start - 1));
        let body = !employer
            && (e.label == EntityLabel::Organization
                || e.label == EntityLabel::Person
                    && (named_like_a_body(ctx, name)
                        || !name.contains(' ') && (body_described_after(ctx, end) || noun_before)
                        || thing_after(ctx, end)))
            && e.span.end <= m.span.start
            && !platform
            && ctx.outlet_at(ctx.doc.token_index_at(e.span.start)).is_none();
        (body && fits(name)).then(|| Referent {
            name: full.to_string(),
            kind: SpeakerKind::Organization,
            plural: false,
        })
    })
}

/// How far after a name "its" may tell that the name is a thing's.
const ITS_REACH: usize = 5;

/// "Minera Cordillera Sur, which operates the mine, …", "Salar Norte halted work at its plant":
/// after a name ending at token `end`, ", which" or, within a few words and before any other
/// name, "its" tells that it names a thing, not a person (a body the recognizer took for one).
fn thing_after(ctx: &Context<'_, '_>, end: usize) -> bool {
    let which = ctx.word(end) == "," && ctx.lower_is(end + 1, "which");
    let limit = ctx.doc.tokens().len().min(end + ITS_REACH);
    let its = (end..limit)
        .take_while(|&t| ctx.entity_at(t).is_none() && !matches!(ctx.word(t), "." | ";" | ","))
        .any(|t| ctx.lower_is(t, "its"));
    which || its
}

/// A name without the article written before it ("the Interior Ministry").
pub(super) fn without_article(name: &str) -> &str {
    name.strip_prefix("the ").or_else(|| name.strip_prefix("The ")).unwrap_or(name)
}

/// How many sentences before its own "the company" looks back for the company's name.
const COMPANY_REACH: usize = 2;

/// Whether an organisation's name is a company's: it ends on a company's word ("Kestrel
/// Holdings", "Acme Mining") or on no word of a public body's ("Deutsche Bahn", "Chevron"), nor
/// of a market's index ("… Semiconductor Index").
fn is_company_name(ctx: &Context<'_, '_>, name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or_default();
    // (Not a market's index: "the Philadelphia Stock Exchange Semiconductor Index".)
    // (Nor a public body the lexicon knows: "Ofwat".)
    // ("Ghana Water Limited": a legal form, whatever else the word may end.)
    (ctx.lex.is_company_suffix(last)
        || !ctx.lex.is_org_suffix(last)
        || words::is_corporate_ending(last)
        || words::is_legal_form(&last.to_lowercase()))
        && !words::is_index_ending(last)
        && !ctx.lex.is_public_body(name)
        // ("the California Department of Insurance": a body's head before "of", whatever field
        // ends it.)
        && !name.split(' ').zip(name.split(' ').skip(1)).any(|(w, next)| {
            matches!(next, "of" | "for")
                && ctx.lex.is_org_suffix(w)
                && !ctx.lex.is_company_suffix(w)
                && !words::is_corporate_ending(w)
        })
}

/// The latest antecedent pronoun `p` agrees with: "he"/"she" a single person of no other known
/// gender, "it" a single organisation or place, "they" a group or an organisation; "we" and "I"
/// none.
fn antecedent_of(
    ctx: &Context<'_, '_>,
    p: Pronoun,
    antecedents: &[Referent],
    genders: &FxMap<String, Known>,
) -> Option<Referent> {
    let want = gender_of_pronoun(p);
    let person = |r: &Referent| r.kind == SpeakerKind::Person && !r.plural;
    // (A name no mention has told the gender of yet, "The prosecutor, Maria Estevez, …", by its
    // first name.)
    let gender = |r: &Referent| known_gender(ctx, &r.name, genders);
    let found = antecedents.iter().rev().find(|r| match p {
        Pronoun::He | Pronoun::She => {
            person(r) && gender(r).is_none_or(|g| Some(g) == want || g == Gender::Unknown)
        }
        Pronoun::It => {
            matches!(r.kind, SpeakerKind::Organization | SpeakerKind::Location) && !r.plural
                || person(r) && gender(r).is_none() && named_like_a_body(ctx, &r.name)
                || unknown_proper_name(r)
        }
        Pronoun::They => r.plural || r.kind == SpeakerKind::Organization,
        Pronoun::We | Pronoun::I => false,
    })?;
    // ("Tasman Dairy said … It added": a name the recognizer took for a person's is a body's.)
    let kind = if p == Pronoun::It && person(found) { SpeakerKind::Organization } else { found.kind };
    Some(Referent { kind, ..found.clone() })
}

/// "The Verge said …, though it noted …": a name of no known kind (no person's, no body's the
/// lexicons know) in two capitalised words or more is a thing's, which "it" can stand for. (Not
/// one word, which may be a common noun opening its sentence: "Legislation passed …".)
fn unknown_proper_name(r: &Referent) -> bool {
    r.kind == SpeakerKind::Unknown
        && !r.plural
        && r.name.split(' ').count() >= 2
        && r.name.split(' ').all(|w| w.starts_with(char::is_uppercase))
}

/// "Tasman Dairy", "Westcombe Dairies": whether `name`, which the recognizer took for a person's,
/// reads as a body's when the text calls it "it" or "the company": two words or more, the first no
/// first name nor an ordinary word ("Angry Voters", "Trump Meets" of a headline), the last an
/// ordinary word (or its plural), all capitalised.
pub(super) fn named_like_a_body(ctx: &Context<'_, '_>, name: &str) -> bool {
    let Some((first, rest)) = name.split_once(' ') else { return false };
    if !name.split(' ').all(|w| w.starts_with(char::is_uppercase)) || ctx.lex.is_common_word(first) {
        return false;
    }
    let last = rest.rsplit(' ').next().unwrap_or(rest);
    let singular = last.strip_suffix("ies").map(|stem| format!("{stem}y"));
    let common = ctx.lex.is_common_word(last)
        || singular.is_some_and(|w| ctx.lex.is_common_word(&w))
        || last.strip_suffix('s').is_some_and(|w| ctx.lex.is_common_word(w));
    common && ctx.lex.first_name_gender(first).is_none() && ctx.lex.title(first).is_none()
}

/// The antecedent of a "he" or "she" (`p`, of gender `want`): the latest antecedent of no other
/// known gender; else a person named just before who is of that gender, or whose gender nothing
/// tells; else the one person named. (An antecedent whose gender nothing tells stays before a
/// person of the pronoun's gender named since: the first-name list is American, and "Sajid Tarar
/// said … “…,” he said" is more often right than "Gareth Lyle questioned Amira Haddad. She …".)
fn gendered_antecedent(
    ctx: &Context<'_, '_>,
    people: &PersonIndex<'_>,
    m: &Mention,
    (p, want): (Pronoun, Gender),
    antecedents: &[Referent],
    genders: &FxMap<String, Known>,
) -> Option<Referent> {
    antecedent_of(ctx, p, antecedents, genders).or_else(|| {
        let nearby = super::nearby::named_nearby(ctx, people, m, want, genders);
        nearby.told.or(nearby.untold).or_else(|| only_person(antecedents, genders))
    })
}

/// A person's gender as recorded, else as the first name of a name of several words tells it.
fn known_gender(ctx: &Context<'_, '_>, name: &str, genders: &FxMap<String, Known>) -> Option<Gender> {
    genders.get(name).map(|k| k.gender).or_else(|| gender_by_first_name(ctx, name))
}

/// The gender the first name of `name`, a name of several words, tells ("Karin Wolff"); a
/// description's article tells none ("an official": "An" is a first name too).
pub(super) fn gender_by_first_name(ctx: &Context<'_, '_>, name: &str) -> Option<Gender> {
    let (first, rest) = name.split_once(' ')?;
    let capitalised = first.starts_with(char::is_uppercase);
    (!rest.is_empty() && capitalised).then(|| ctx.lex.first_name_gender(first)).flatten()
}

/// "Karan Malviya reached his hundred. He said …": when no antecedent agrees with a "he" or "she"
/// and no one of its gender was named just before, the one person among `antecedents`, if only a
/// first name told their gender.
fn only_person(antecedents: &[Referent], genders: &FxMap<String, Known>) -> Option<Referent> {
    let mut people = antecedents.iter().filter(|r| r.kind == SpeakerKind::Person && !r.plural);
    let only = people.next().filter(|_| people.next().is_none())?;
    genders.get(&only.name).is_some_and(|k| k.by_first_name).then(|| only.clone())
}

/// Gender evidence from the mention's title ("spokeswoman", "Mrs."), the first name of the full
/// name ("Karin Wolff", `data/first_names.tsv`) or a surname ending that marks it (Slavic "-ova",
/// "-eva").
fn gender_of(ctx: &Context<'_, '_>, m: &Mention, name: &str) -> Option<Known> {
    if let Some(role) = m.role {
        for w in role.as_str(ctx.doc.text()).split(|c: char| !c.is_alphanumeric() && c != '.') {
            if let Some((_, g)) = ctx.lex.title(w) {
                if g != Gender::Unknown {
                    return Some(Known::sure(g));
                }
            }
        }
    }
    // "Karin Wolff": a first name that clearly marks a gender (not for a surname alone).
    let mut words = name.split_whitespace();
    if let (Some(first), Some(_)) = (words.next(), words.next()) {
        if let Some(g) = ctx.lex.first_name_gender(first) {
            return Some(Known { gender: g, by_first_name: true });
        }
    }
    let last = surname(name)?;
    if FEMALE_ENDINGS.iter().any(|s| last.ends_with(s)) {
        return Some(Known::sure(Gender::Female));
    }
    if MALE_ENDINGS.iter().any(|s| last.ends_with(s)) {
        return Some(Known::sure(Gender::Male));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str) -> Referent {
        Referent { name: name.into(), kind: SpeakerKind::Person, plural: false }
    }

    #[test]
    fn it_stands_for_a_capitalised_name_of_no_known_kind() {
        // "The Verge said the setup was easy, though it noted that the app was slow."
        let thing = |name: &str| Referent { name: name.into(), kind: SpeakerKind::Unknown, plural: false };
        assert!(unknown_proper_name(&thing("The Verge")));
        // (Not one word, which may be a common noun opening its sentence: "Legislation passed …".)
        assert!(!unknown_proper_name(&thing("Legislation")));
        assert!(!unknown_proper_name(&thing("the data")));
        let text = "Orchard Networks unveiled a router. The Verge said the setup was easy, though it noted that the app was slow.";
        let claims = crate::Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        let names: Vec<_> =
            claims.iter().filter_map(|c| c.speaker.as_ref().map(|s| s.name.as_str())).collect();
        assert_eq!(names, ["The Verge", "The Verge"]);
    }

    #[test]
    fn pronouns_agree_in_gender_and_number() {
        use crate::attribution::context::test_support::Fixture;
        let party = Referent { name: "the party".into(), kind: SpeakerKind::Organization, plural: false };
        let antecedents = [person("Anna Petrova"), party.clone(), person("Xu Smith")];
        let mut genders = FxMap::from_iter([("Anna Petrova".to_string(), Known::sure(Gender::Female))]);
        let f = Fixture::new("A text.");
        f.with(|ctx| {
            // "he" takes the latest person of no other known gender; "she" skips a man to the
            // woman ("Paul" tells his gender by first name).
            assert_eq!(antecedent_of(ctx, Pronoun::He, &antecedents, &genders), Some(person("Xu Smith")));
            genders.insert("Xu Smith".into(), Known::sure(Gender::Male));
            assert_eq!(
                antecedent_of(ctx, Pronoun::She, &antecedents, &genders),
                Some(person("Anna Petrova"))
            );
            let men = [person("Anna Petrova"), person("Paul Gresham")];
            assert_eq!(antecedent_of(ctx, Pronoun::She, &men, &genders), Some(person("Anna Petrova")));
            assert_eq!(antecedent_of(ctx, Pronoun::It, &antecedents, &genders), Some(party.clone()));
            assert_eq!(antecedent_of(ctx, Pronoun::They, &antecedents, &genders), Some(party));
            assert_eq!(antecedent_of(ctx, Pronoun::We, &antecedents, &genders), None);
        });
        // "Karan Malviya reached his hundred. He said …": a gender only a first name told gives
        // way when that person alone was named.
        let antecedents = [person("Karan Malviya")];
        let mut genders = FxMap::from_iter([(
            "Karan Malviya".to_string(),
            Known { gender: Gender::Female, by_first_name: true },
        )]);
        assert_eq!(only_person(&antecedents, &genders), Some(person("Karan Malviya")));
        // Not when someone else was named.
        let antecedents = [person("Mary Jones"), person("Ana Reyes")];
        genders.insert("Mary Jones".into(), Known { gender: Gender::Female, by_first_name: true });
        assert_eq!(only_person(&antecedents, &genders), None);
    }

    #[test]
    fn a_transcript_label_in_capitals_is_the_person_named_before() {
        use crate::attribution::context::test_support::speakers;
        // "Lydia Barraclough … ⏎ BARRACLOUGH: They will stabilise."
        let text =
            "Lydia Barraclough, the housing minister, spoke to Sam Kemp.\n\nKEMP: Will rents come down \
                    this year?\n\nBARRACLOUGH: They will stabilise. I will not promise more than that.";
        assert_eq!(speakers(text), ["Sam Kemp", "Lydia Barraclough"]);
    }

    /// The speakers' names of the claims `Extractor` finds in `text`.
    fn name(text: &str) -> Vec<String> {
        let claims = crate::Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        claims.into_iter().filter_map(|c| c.speaker.map(|s| s.name)).collect()
    }

    #[test]
    fn the_company_stands_for_the_company_named_just_before_it() {
        let text = "Shares of Orbis Foods added 3% after the company said profit rose 12%.";
        assert_eq!(name(text), ["Orbis Foods"]);
        // In the next sentence too, wherever the name stood; not a body's name ("the Interior
        // Ministry"), nor a name inside a quotation.
        let text = "Orbis Foods posted revenue of $4 million. The company said demand was strong.";
        assert_eq!(name(text), ["Orbis Foods"]);
        // Nor a public body the lexicon knows: "Ofwat declined to comment. … The company said".
        let text =
            "Severnmere Water was fined £3.2m. Ofwat declined to comment. Severnmere's bills will rise \
                    under plans approved by the regulator. The company said bills would not rise.";
        assert_eq!(name(text), ["Severnmere Water"]);
        let text = "“Who do they think they are?” he said of it. The company said demand was strong.";
        assert_eq!(name(text).last().map(String::as_str), Some("The company"));
        // Nor a platform naming a medium: "SMRT said in a Facebook post …".
        let text = "SMRT said in a Facebook post that buses ran. Service resumed, the company said.";
        assert_eq!(name(text), ["SMRT", "SMRT"]);
        // "Maplegate Foods Inc. posted a profit … The Toronto-based grocer said …": words of the
        // company's kind or home before its noun; not "the rival grocer".
        let text = "Maplegate Foods posted a profit on Wednesday. The Toronto-based grocer said sales rose.";
        assert_eq!(name(text), ["Maplegate Foods"]);
        let text = "Maplegate Foods posted a profit on Wednesday. The rival grocer said its sales fell.";
        assert_eq!(name(text), ["The rival grocer"]);
        // (In the next paragraph too; and the story's opening may name it short first: the
        // headline "Maplegate Foods profit beats estimates".)
        let text = "Maplegate Foods profit beats estimates as shoppers trade down\n\nMaplegate Foods Inc. \
                    posted a stronger-than-expected profit on Wednesday as shoppers kept trading down.\n\n\
                    Revenue climbed 4.6 per cent.\n\nThe Toronto-based grocer said net earnings rose.";
        assert_eq!(name(text), ["Maplegate Foods Inc."]);
        // "…, the San Jose, California-based company said": a town and its state before "-based".
        let text = "Helvion Semiconductor Corp. cut its forecast on Tuesday. Revenue will be $8.1 billion, \
                    the San Jose, California-based company said.";
        assert_eq!(name(text), ["Helvion Semiconductor Corp."]);
    }

    #[test]
    fn the_company_opening_a_sentence_goes_on_with_the_subject_before() {
        // "Brantwood Energy confirmed on Monday that it had received a takeover approach from
        // private equity firm Halsey Partners. The company also announced that …".
        let text =
            "Brantwood Energy confirmed on Monday that it had received an approach from private equity \
                    firm Halsey Partners. The company also announced that its finance chief would leave.";
        assert_eq!(name(text), ["Brantwood Energy", "Brantwood Energy"]);
        // (Not a subject further back: the latest company named stands.)
        let text = "Brantwood Energy rose. Analysts at Halsey Partners met. The company said it would grow.";
        assert_eq!(name(text), ["Halsey Partners"]);
    }

    #[test]
    fn a_one_word_company_after_its_trade_noun() {
        // "German carmaker Heldmann will cut 1,200 jobs …, the company said": a one-word name the
        // recognizer read as a person's, after a company's noun.
        let text = "German carmaker Heldmann will cut 1,200 jobs at its engine plant, the company said.";
        assert_eq!(name(text), ["Heldmann"]);
    }

    #[test]
    fn a_commentators_employer_is_no_company_of_the_story() {
        // "“…,” said Priya Anand-Sutherland, retail analyst at Shore Capital. … The company, which
        // operates 112 stores, said …": the analyst's firm is skipped for the grocer before it.
        let text =
            "Hartwell & Finch Ltd warned on profits. Sales will slow, said Priya Anand, retail analyst \
                    at Shore Capital. The company said it would open six sites.";
        assert_eq!(name(text).last().map(String::as_str), Some("Hartwell & Finch Ltd"));
    }

    #[test]
    fn a_public_bodys_name_is_no_company() {
        // "Pacific Crest Mutual … has sent non-renewal notices …, according to the California
        // Department of Insurance." ⏎ "In a statement, the company said …": not the department,
        // though "Insurance" ends it; "Mutual" ends a company's name.
        let text =
            "Pacific Crest Mutual has sent notices to 1,800 policyholders, according to the California \
                    Department of Insurance. In a statement, the company said costs had risen.";
        assert_eq!(name(text), ["California Department of Insurance", "Pacific Crest Mutual"]);
    }

    #[test]
    fn the_company_of_the_opening_named_after_it() {
        // "A major water treatment plant … has been shut down …, the state water company has
        // said." ⏎ "…" ⏎ "Ghana Water Limited said …".
        let text = "A water treatment plant has been shut down after mining polluted the river, the state \
                    water company has said.\n\nAbout 180,000 people rely on tankers.\n\nGhana Water Limited \
                    said the level of particles had passed 12,000 units.";
        assert_eq!(name(text), ["Ghana Water Limited", "Ghana Water Limited"]);
        // (Not a body opening a sentence further on.)
        let text = "A water treatment plant has been shut down, the company has said.\n\nOne.\n\nTwo.\n\n\
                    Three.\n\nGhana Water Limited said the level of particles had passed 12,000 units.";
        assert_eq!(name(text), ["the company", "Ghana Water Limited"]);
        // "Norway’s central bank kept its key interest rate unchanged … but signaled that …" ⏎
        // "Norges Bank held …": a place's body, the name ending on its noun.
        let text =
            "Norway’s central bank kept its rate unchanged but signaled that cuts could come soon.\n\n\
                    Norges Bank held the deposit rate at 4.5% on Thursday.\n\n“Rates will fall,” the \
                    governor said.";
        assert_eq!(name(text)[0], "Norges Bank");
        // "Thailand’s central bank unexpectedly cut …, saying …" ⏎ "The Bank of Thailand’s Monetary
        // Policy Committee voted …": the place and the noun anywhere in the name.
        let text =
            "Thailand’s central bank unexpectedly cut its rate, saying the economy needed support.\n\nThe \
                    Bank of Thailand’s committee voted 5-2 on Wednesday.";
        assert_eq!(name(text)[0], "Bank of Thailand");
        // "Residents … have now gone 12 days without running water, with the municipality saying
        // …" ⏎ "Emfuleni Local Municipality spokesperson Lerato Dube told News24 …".
        let text = "Residents have gone 12 days without water, with the municipality saying the outage is \
                    the result of vandalism.\n\nEmfuleni Local Municipality spokesperson Lerato Dube said \
                    pipes were repaired.";
        assert_eq!(name(text)[0], "Emfuleni Local Municipality");
    }

    /// A person-name mention of tokens `a..b`.
    fn person_mention(ctx: &Context<'_, '_>, a: usize, b: usize) -> Mention {
        Mention {
            span: ctx.span(a, b),
            tokens: a..b,
            kind: MentionKind::Entity(EntityLabel::Person),
            role: None,
            place_kind: None,
        }
    }

    #[test]
    fn surname_endings_mark_gender() {
        use crate::attribution::context::test_support::Fixture;
        let f = Fixture::new("Anna Petrova and Ivan Petrov met.");
        f.with(|ctx| {
            let m = |a: usize, b: usize| person_mention(ctx, a, b);
            assert_eq!(gender_of(ctx, &m(0, 2), "Anna Petrova").map(|k| k.gender), Some(Gender::Female));
            assert_eq!(gender_of(ctx, &m(3, 5), "Ivan Petrov").map(|k| k.gender), Some(Gender::Male));
            assert_eq!(gender_of(ctx, &m(3, 5), "Petrov"), None);
        });
    }

    #[test]
    fn first_names_mark_gender() {
        use crate::attribution::context::test_support::Fixture;
        // "Tomas Wirth said …. Karin Wolff said …. He said …": the first names tell them apart.
        let f = Fixture::new("Karin Wolff and Tomas Wirth met.");
        f.with(|ctx| {
            let m = |a: usize, b: usize| person_mention(ctx, a, b);
            assert_eq!(gender_of(ctx, &m(0, 2), "Karin Wolff").map(|k| k.gender), Some(Gender::Female));
            assert_eq!(gender_of(ctx, &m(3, 5), "Tomas Wirth").map(|k| k.gender), Some(Gender::Male));
            // A surname alone says nothing, even when it is also a first name.
            assert_eq!(gender_of(ctx, &m(4, 5), "Wirth"), None);
        });
    }
}
