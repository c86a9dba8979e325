//! The noun phrase that ends right before a verb group: the subject of "Officials said".

use crate::entities::EntityLabel;
use crate::lexicon::{NounKind, PlaceKind, TitleClass, WordClass};
use crate::text::TokenKind;
use crate::SpeakerKind;

use super::super::context::Context;
use super::super::words;
use super::appositive::appositive;
use super::mention::{
    common_kind, common_mention, described_body, det_or_poss, entity_mention, pronoun_mention, Mention,
    MentionKind, Pronoun, MAX_BODY_WORDS,
};
use super::outlets::outlet_mention;

/// Noun phrase ending just before token `end` (exclusive), not starting before `limit`.
/// Handles pronouns, entities (with title roles), outlets, possessives ("Smith's office"),
/// appositives ("X, a spokesman for Y,") and common noun phrases ("senior officials").
pub(crate) fn left_np(ctx: &Context<'_, '_>, end: usize, limit: usize) -> Option<Mention> {
    let m = nearest_np(ctx, end, limit)?;
    let m = with_person_head(ctx, m, limit);
    // ("Eleven of 20 economists polled by Reuters": the count of a people phrase found after it.)
    let m = if matches!(m.kind, MentionKind::Common { plural: true, .. }) {
        with_quantity(ctx, m, limit)
    } else {
        m
    };
    let m = with_city_of_home(ctx, m, limit);
    let start = m.tokens.start;
    let m = coordinated(ctx, m, limit);
    // ("Residents in Northfield Vale and Ashby Green said": the places are the residents'.)
    Some(if m.tokens.start < start { with_person_head(ctx, m, limit) } else { m })
}

/// Most capitalised words of the town before a state's "-based" ("the San Jose, California-based
/// company").
const MAX_TOWN_WORDS: usize = 3;

/// "…, the San Jose, California-based company said": a description opening on a state's
/// "-based" takes the town and the article before the comma (the description was "California-based
/// company", and "the San Jose" stayed in the content).
fn with_city_of_home(ctx: &Context<'_, '_>, m: Mention, limit: usize) -> Mention {
    let a = m.tokens.start;
    let based = matches!(m.kind, MentionKind::Common { .. })
        && a >= limit + 3
        && ctx.word(a - 1) == ","
        && ctx.is_cap(a)
        && ctx.word(a + 1) == "-"
        && ctx.lower_is(a + 2, "based");
    if !based {
        return m;
    }
    let town = (limit.max((a - 1).saturating_sub(MAX_TOWN_WORDS))..a - 1)
        .rev()
        .take_while(|&t| ctx.is_cap(t) && ctx.kind(t) == crate::text::TokenKind::Word)
        .last();
    match town.filter(|&t| t > limit && ctx.class(t - 1) == Some(WordClass::Det)) {
        Some(t) => Mention { span: ctx.span(t - 1, m.tokens.end), tokens: t - 1..m.tokens.end, ..m },
        None => m,
    }
}

/// "Britain and France said", "Both Smith and Jones said": two names of one kind joined by "and"
/// speak together; the mention is the whole coordination, a group.
fn coordinated(ctx: &Context<'_, '_>, m: Mention, limit: usize) -> Mention {
    if matches!(m.kind, MentionKind::Common { plural: true, .. }) {
        return coordinated_people(ctx, m, limit);
    }
    let MentionKind::Entity(label) = m.kind else { return m };
    // ("Mayor Ken Ito and Police Chief Rosa Lam said", "the White House and the Pentagon said":
    // each name with its title or article.)
    let a = ctx.with_article(m.first_token(ctx));
    if a < limit + 2 || !ctx.lower_is(a - 1, "and") {
        return m;
    }
    let Some(first) = nearest_np(ctx, a - 1, limit) else { return m };
    // Two names only: not a name with an aside ("Carson, who …, and Trump") nor the end of a
    // list ("Sciences, Engineering and Medicine").
    let (f0, f1) = (ctx.with_article(first.first_token(ctx)).max(limit), first.tokens.end);
    // (Nor two titles of one person: "Vice President and Washington Managing Editor Bill Sammon".)
    let title_last = label == EntityLabel::Person && ctx.is_title_word(f1 - 1);
    if f1 + 1 != a || f0 > limit && ctx.word(f0 - 1) == "," || title_last {
        return m;
    }
    let kind = match (&first.kind, label) {
        (MentionKind::Entity(l), EntityLabel::Person) if *l == label => SpeakerKind::Person,
        (MentionKind::Entity(l), EntityLabel::Organization) if *l == label => SpeakerKind::Organization,
        (MentionKind::Entity(l), EntityLabel::Location) if *l == label => SpeakerKind::Location,
        _ => return m,
    };
    let mut start = f0;
    if start > limit && ctx.lower_is(start - 1, "both") {
        start -= 1;
    }
    common_mention(ctx, start, m.tokens.end, kind, true)
}

/// "Teachers and parents said …", "Prices rose, retailers and wholesalers said": two plurals of
/// people joined by "and" that open the clause (or follow a comma) speak together (not "Police arrested protesters and officials said …", where the first is an
/// object).
fn coordinated_people(ctx: &Context<'_, '_>, m: Mention, limit: usize) -> Mention {
    /// Most words before the first plural ("…, many senior officials and aid workers said").
    const MAX_MODIFIERS: usize = 2;
    let a = m.tokens.start;
    if a < limit + 2 || !ctx.lower_is(a - 1, "and") {
        return m;
    }
    let p = a - 2;
    let people = |t: usize| {
        let w = ctx.lower(t);
        ctx.kind(t) == TokenKind::Word
            && ctx.lower_class(t).is_none()
            && w.ends_with('s')
            && (ctx.lower_noun(t) == Some(NounKind::Group)
                || agent_plural(w)
                || w.len() > 5 && w.ends_with("ents"))
    };
    // (The first opens the clause, after an article or "both" at most; or a comma sets it off
    // after what they said: "Prices rose, retailers and wholesalers said".)
    let det = |t: usize| matches!(ctx.lower_class(t), Some(WordClass::Det));
    // ("…, local officials and aid workers said Sunday", "…, Congolese officials and …": an
    // article, a demonym or a lower-case adjective or two before the first; not a verb: "Police
    // arrested protesters and officials said …".)
    let adjective = |t: usize| {
        let w = ctx.word(t);
        ctx.kind(t) == TokenKind::Word
            && ctx.lower_class(t).is_none()
            && ctx.cue(t).is_none()
            && if ctx.is_cap(t) && t > limit {
                ctx.place(t) == Some(PlaceKind::Demonym)
            } else {
                !w.ends_with("ed")
            }
    };
    let start = (p.saturating_sub(MAX_MODIFIERS).max(limit)..p)
        .rev()
        .take_while(|&t| det(t) || adjective(t))
        .last()
        .unwrap_or(p);
    // (Opening the sentence, one word at most: not "One reason Democrats and civil rights groups
    // say …".)
    let opens = start == limit && p - start <= 1;
    let set_off = start > limit && ctx.word(start - 1) == ",";
    if !people(p) || !(opens || set_off) {
        return m;
    }
    common_mention(ctx, start, m.tokens.end, SpeakerKind::Person, true)
}

/// "of the Sakami Lake First Nation": an organisation's name leaves its article out, and an
/// adjective or two after it ("of the conservative Christian Democrats", "of the left-leaning").
/// Returns where the phrase starts, from the name's first token `a`.
fn past_article(ctx: &Context<'_, '_>, a: usize, limit: usize) -> usize {
    // (A cue word may open a compound noun, not end the phrase: "of the think tank Open Track".)
    let plain = |t: usize| {
        ctx.word(t) == "-"
            || ctx.kind(t) == TokenKind::Word
                && !ctx.is_cap(t)
                && ctx.lower_class(t).is_none()
                && (ctx.cue(t).is_none() || t + 1 < a)
    };
    // (Most names have no lower-case word right before them: that is asked first.)
    let adjectives = (a > limit + 1 && plain(a - 1))
        .then(|| (1..=3).find(|&k| a > limit + k && ctx.lower_is(a - k - 1, "the") && (a - k..a).all(plain)))
        .flatten();
    match adjectives {
        Some(k) => a - k - 1,
        None if a > limit && ctx.lower_is(a - 1, "the") => a - 1,
        // ("UN peacekeepers in southern Lebanon": an adjective after the preposition; "Traders in
        // flood-hit Hebden Bridge": a hyphenated one.)
        None if a > limit + 1 && plain(a - 1) && ctx.lower_class(a - 2) == Some(WordClass::Prep) => a - 1,
        None if a > limit + 3
            && ctx.word(a - 2) == "-"
            && plain(a - 1)
            && plain(a - 3)
            && ctx.lower_class(a - 4) == Some(WordClass::Prep) =>
        {
            a - 3
        }
        None => past_place_possessive(ctx, a, limit),
    }
}

/// "Professor Aylin Kocaoglu of Istanbul's Bogazici University said": a place's possessive before
/// a body's name is part of the phrase (what comes before it is read on from the place).
fn past_place_possessive(ctx: &Context<'_, '_>, a: usize, limit: usize) -> usize {
    if a < limit + 3 || !ctx.possessive_s(a - 2, a) {
        return a;
    }
    ctx.entity_at(a - 3)
        .map(|e| &ctx.entities[e])
        .filter(|e| e.label == EntityLabel::Location && e.span.end == ctx.doc.tokens()[a - 3].span.end)
        .map_or(a, |e| ctx.doc.token_index_at(e.span.start).max(limit))
}

/// "One of the aides said", "Two of the witnesses said", "two-thirds of caucus attendees": a part
/// of a group of people named after it (`m`, its phrase starting at `a`) is the speaker (the
/// part alone, "Some said", is [`part_of_group`]'s).
fn part_of_people(ctx: &Context<'_, '_>, m: &Mention, a: usize, limit: usize) -> Option<Mention> {
    if !ctx.lower_is(a - 1, "of") || a < limit + 2 {
        return None;
    }
    let part = ctx.lower(a - 2);
    if let Some(share) = percent_of(ctx, m, a, limit) {
        return Some(share);
    }
    let people = matches!(m.kind, MentionKind::Common { kind: SpeakerKind::Person, plural: true });
    // ("two-thirds of voters": the whole fraction; not "A strong majority of …", a longer phrase
    // the nearest noun phrase already is.)
    let mut start = a - 2;
    if start >= limit + 2 && ctx.word(start - 1) == "-" && ctx.touches(start - 1, start) {
        start -= 2;
    }
    // ("Almost half of respondents", "About a third of parents", "More than half of voters": the
    // approximation and the article of the share.)
    let approximation = |t: usize| {
        let w = ctx.lower(t);
        words::is_approximation(w) || matches!(w, "over" | "under" | "than" | "more" | "less" | "fewer")
    };
    if start > limit && ctx.lower_is(start - 1, "a") && part != "one" {
        start -= 1;
    }
    while start > limit && approximation(start - 1) {
        start -= 1;
    }
    let inside = start > limit
        && ctx.kind(start - 1) == TokenKind::Word
        && matches!(ctx.lower_class(start - 1), None | Some(WordClass::Det | WordClass::Poss));
    (people && !inside && (words::is_group_part(part) || words::is_number_word(part)))
        .then(|| common_mention(ctx, start, m.tokens.end, SpeakerKind::Person, part != "one"))
}

/// "Two sources familiar with the matter said", "An official of the Revenue department said",
/// "Former cabin crew at Southern Cross Air say": the phrase before the verb is the object of a
/// preposition after a noun naming people, who are the speaker; the whole phrase is the mention.
/// After a person's name the name alone is ("Chief Wendell Bear of the … First Nation said").
fn with_person_head(ctx: &Context<'_, '_>, m: Mention, limit: usize) -> Mention {
    // (A title before a name is the name's, up to a preposition after a lower-case noun: "a
    // spokesperson for Mayor Ellen Cho" names the mayor's spokesperson.)
    // (Not a role set off before the name: "The federal member for Lyne, Brett Avery,".)
    // (Nor a role set off before a titled name: "A spokesman for the ministry, Dr Andrew Park,".)
    let prefix = m.tokens.start > limit && ctx.word(m.tokens.start - 1) != ",";
    let set_off =
        |r: &crate::Span| (ctx.doc.token_index_at(r.end)..m.tokens.start).any(|t| ctx.word(t) == ",");
    let mut a = match m.role.filter(|r| r.end <= m.span.start && prefix && !set_off(r)) {
        Some(r) => {
            let r0 = ctx.doc.token_index_at(r.start);
            // (Not a portfolio after "for", words with no title: "Opposition spokeswoman for
            // Indigenous Australians Narelle Cooper-Briggs" is the spokeswoman.)
            let portfolio =
                |t: usize| t + 1 < m.tokens.start && (t + 1..m.tokens.start).all(|u| ctx.title(u).is_none());
            (r0 + 1..m.tokens.start)
                .rev()
                .find(|&t| matches!(ctx.lower(t), "for" | "to") && !ctx.is_cap(t - 1) && !portfolio(t))
                .map_or(r0, |t| t + 1)
        }
        None => m.tokens.start,
    };
    a = past_article(ctx, a, limit);
    if let Some(document) = document_of(ctx, &m, a, limit) {
        return document;
    }
    // "Economists polled by Reuters", "analysts surveyed by Bloomberg": a participle and "by"
    // after the people who speak (the outlet polled them; it says nothing).
    let by = a >= limit + 3
        && ctx.lower_is(a - 1, "by")
        && ctx.lower(a - 2).ends_with("ed")
        && !ctx.is_cap(a - 2)
        && ctx.lower_cue(a - 2).is_none();
    // ("A spokesman for Acme", "a lawyer for Mr Jones", "the family of Jane Lee": a person
    // speaks for the one named.)
    // (After "of" only a noun of people that is no title: "the family of Jane Lee", not "director
    // of CREDO Action", a body the recognizer took for a name.)
    let for_person = matches!(m.kind, MentionKind::Entity(EntityLabel::Person))
        && a >= limit + 2
        && match ctx.lower(a - 1) {
            // ("Police in Lower Saxony", "Economists at Nomura": nobody is in or at a person; the
            // recognizer took a place or a firm for a name.)
            "for" | "to" | "in" | "at" => true,
            // ("Shopkeepers on Harbour Street say": people on a street the recognizer took for a
            // name.)
            "on" => ctx.lower(a - 2).ends_with('s'),
            // ("A resident of Ayemo said": one who lives in a place the recognizer took for a
            // name.)
            "of" => ctx.lower_title(a - 2).is_none() || words::is_dweller(ctx.lower(a - 2)),
            _ => false,
        };
    let phrase = for_person
        || matches!(
            m.kind,
            MentionKind::Entity(EntityLabel::Organization | EntityLabel::Location)
                | MentionKind::Common { .. }
        );
    // ("Analysts polled by FactSet had expected": a pollster the recognizer took for a person.)
    if !(phrase || by && matches!(m.kind, MentionKind::Outlet(_) | MentionKind::Entity(_))) {
        return m;
    }
    // ("Farmers in Nyeri and Kirinyaga counties say": two places joined before the phrase's noun.)
    if a >= limit + 4 && ctx.lower_is(a - 1, "and") && ctx.is_cap(a - 2) && ctx.is_cap(a) {
        if let Some(e) = ctx.entity_at(a - 2) {
            a = ctx.doc.token_index_at(ctx.entities[e].span.start);
        }
    }
    // ("Police in Memphis", "people briefed on the talks".)
    let prep = a >= limit + 2
        && matches!(ctx.lower(a - 1), "of" | "at" | "with" | "within" | "from" | "for" | "to" | "in" | "on");
    if !prep && !by {
        return m;
    }
    if let Some(part) = part_of_people(ctx, &m, a, limit) {
        return part;
    }
    if let Some(body) = body_in_place(ctx, &m, a, limit) {
        return body;
    }
    if by {
        a -= 1;
    }
    // "Chief Wendell Bear of the Sakami Lake First Nation said", "Sgt. Lamar Whitaker with the
    // Memphis Police Department said": a person's name before "of", "with".
    if let Some(e) = ctx.entity_at(a - 2).filter(|&e| {
        let ent = &ctx.entities[e];
        ent.label == EntityLabel::Person
            && ent.span.end == ctx.doc.tokens()[a - 2].span.end
            && matches!(ctx.lower(a - 1), "of" | "at" | "from" | "with")
    }) {
        return entity_mention(ctx, e, limit);
    }
    if let Some(person) = person_before_chain(ctx, a, limit) {
        return person;
    }
    if let Some(body) = body_of_people(ctx, &m, a, limit) {
        return body;
    }
    let place = matches!(m.kind, MentionKind::Entity(EntityLabel::Location));
    let Some(head) = people_head(ctx, a, limit, place) else { return m };
    let Some(np) = common_np(ctx, head + 1, limit) else { return m };
    let (start, end) = (np.tokens.start, m.tokens.end);
    Mention { span: ctx.span(start, end), tokens: start..end, kind: np.kind, role: None, place_kind: None }
}

/// "The Lantern's board of trustees said", "the council of elders": a body's noun, then "of" and
/// the people `m` that make it up, right before the verb; the body speaks, as written.
fn body_of_people(ctx: &Context<'_, '_>, m: &Mention, a: usize, limit: usize) -> Option<Mention> {
    let people = matches!(m.kind, MentionKind::Common { kind: SpeakerKind::Person, plural: true });
    let body =
        a >= limit + 2 && ctx.lower_is(a - 1, "of") && ctx.lower_noun(a - 2) == Some(NounKind::Organization);
    if !(people && body && m.tokens.len() == 1) {
        return None;
    }
    let np = common_np(ctx, a - 1, limit)?;
    Some(common_mention(ctx, np.tokens.start, m.tokens.end, SpeakerKind::Organization, false))
}

/// "Tenants of a tower block in Tallow Rise say": the people before a phrase of a place that
/// holds the preposition before `a` ("of a tower block"): a plural of people, then "of", "in"
/// or "from", a determiner and at most two lower-case words.
fn people_before_a_phrase(ctx: &Context<'_, '_>, a: usize, limit: usize) -> Option<usize> {
    const MAX_PHRASE_WORDS: usize = 2;
    let plain = |t: usize| ctx.kind(t) == TokenKind::Word && !ctx.is_cap(t) && ctx.lower_class(t).is_none();
    let mut t = a.checked_sub(2)?;
    let mut words = 0;
    while t > limit && plain(t) && words < MAX_PHRASE_WORDS {
        t -= 1;
        words += 1;
    }
    let det = words > 0 && matches!(ctx.lower(t), "a" | "an" | "the");
    let prep = det && t >= limit + 2 && matches!(ctx.lower(t - 1), "of" | "in" | "from");
    let people = prep
        && ctx.lower(t - 2).ends_with('s')
        && matches!(common_kind(ctx, t - 2), MentionKind::Common { kind: SpeakerKind::Person, plural: true });
    people.then(|| t - 2)
}

/// "Residents of the tiny Queensland town of Merriwa Flat say", "Residents of Shivneri Nagar in
/// Hadapsar said": people who live somewhere ([`words::is_dweller`]), then a chain of phrases of
/// place after "of" or "in" (no comma, no verb) up to the place before the verb at `a`.
fn people_before_places(ctx: &Context<'_, '_>, a: usize, limit: usize) -> Option<usize> {
    if a < limit + 4 || !matches!(ctx.lower(a - 1), "of" | "in") {
        return None;
    }
    let from = a.saturating_sub(MAX_CHAIN_TOKENS).max(limit + 1);
    let p = (from..a - 1)
        .rev()
        .find(|&t| matches!(ctx.lower(t), "of" | "in") && words::is_dweller(ctx.lower(t - 1)))?;
    let plain = (p + 1..a - 1).all(|t| chain_word(ctx, t) && ctx.lower_class(t) != Some(WordClass::Aux));
    plain.then_some(p - 1)
}

/// The noun of people before the preposition at `a - 1` ("sources" of "sources close to …"), past
/// what ties them to the object: "familiar with", "close to", "briefed on" (an adjective or a
/// participle; "on" only after one), "with knowledge of".
fn people_head(ctx: &Context<'_, '_>, a: usize, limit: usize, place: bool) -> Option<usize> {
    // ("A person familiar with the planning for Thursday's meeting": "familiar with" a few
    // phrases back.)
    let familiar = (limit + 1..a - 1)
        .rev()
        .take(MAX_FAMILIAR_CHAIN)
        .take_while(|&t| {
            ctx.kind(t) == TokenKind::Word
                && !matches!(ctx.class(t), Some(WordClass::Aux | WordClass::Modal | WordClass::Pron))
        })
        .find(|&t| words::is_familiarity(ctx.lower(t), ctx.lower(t + 1)));
    let mut head = familiar
        .or_else(|| people_before_a_phrase(ctx, a, limit))
        .or_else(|| people_before_places(ctx, a, limit))
        .unwrap_or(a - 2);
    let participle = ctx.lower(head).ends_with("ed") && !ctx.is_cap(head) && ctx.lower_cue(head).is_none();
    if (matches!(ctx.lower(head), "familiar" | "close" | "privy") || participle) && head > limit {
        head -= 1;
        // ("Scientists not involved in the research said": a negated participle.)
        if ctx.lower_is(head, "not") && head > limit {
            head -= 1;
        }
    } else if ctx.lower_is(head, "knowledge") && head >= limit + 2 && ctx.lower_is(head - 1, "with") {
        // ("two sources with knowledge of the plan")
        head -= 2;
    } else if ctx.lower_is(a - 1, "on")
        && !place
        && !ctx.lower(head).ends_with('s')
        && !one_of_a_side(ctx, head, limit)
    {
        // (Not "people briefed on the talks"; but "Islanders on Arran": people on a place, and
        // "Critics on the left", "Democrats on the committee": a plural of people on a side.)
        return None;
    }
    // ("Hoteliers in Kenya hope": a plural of those who do something is people too.)
    let person = agent_plural(ctx.lower(head))
        || matches!(common_kind(ctx, head), MentionKind::Common { kind: SpeakerKind::Person, .. });
    (person && ctx.kind(head) == TokenKind::Word && ctx.class(head).is_none()).then_some(head)
}

/// "a Labour MP on the party's left", "a senior member on the committee": one person of a side,
/// the noun at `head` after "a" or "an" and at most two modifiers.
fn one_of_a_side(ctx: &Context<'_, '_>, head: usize, limit: usize) -> bool {
    const MAX_MODIFIERS: usize = 2;
    (head.saturating_sub(MAX_MODIFIERS + 1).max(limit)..head)
        .rev()
        .take_while(|&t| ctx.kind(t) == TokenKind::Word)
        .find(|&t| ctx.class(t).is_some())
        .is_some_and(|t| matches!(ctx.lower(t), "a" | "an"))
}

/// A plural of those who do something ("hoteliers", "investors", "economists", "politicians").
fn agent_plural(w: &str) -> bool {
    w.len() > 5 && ["ers", "ors", "ists", "ians"].iter().any(|e| w.ends_with(e))
}

/// Most tokens between a person's name, or people who live somewhere, and the phrase before the
/// verb in "Chief Marcel Bacon-Vollant of the Innu community of Pessamit said", "Residents of the
/// tiny Queensland town of Merriwa Flat say".
const MAX_CHAIN_TOKENS: usize = 8;

/// Whether token `t` can stand inside a chain of phrases of place or body: a word, no cue, no
/// verb after it, no pronoun, conjunction or subordinator.
fn chain_word(ctx: &Context<'_, '_>, t: usize) -> bool {
    ctx.kind(t) == TokenKind::Word
        && ctx.cue(t).is_none()
        && !ctx.verb_follows(t, t + 1)
        && !matches!(ctx.lower_class(t), Some(WordClass::Pron | WordClass::Conj | WordClass::Subord))
}

/// "Chief Marcel Bacon-Vollant of the Innu community of Pessamit said": a person's name, then a
/// chain of phrases of place or body after "of", "from" or "with" (no comma, no verb) up to the
/// phrase before the verb at `a`; the person speaks.
fn person_before_chain(ctx: &Context<'_, '_>, a: usize, limit: usize) -> Option<Mention> {
    if a < limit + 3 || !matches!(ctx.lower(a - 1), "of" | "in" | "from" | "at") {
        return None;
    }
    let from = a.saturating_sub(MAX_CHAIN_TOKENS).max(limit + 1);
    let p = (from..a - 1).rev().find(|&t| matches!(ctx.lower(t), "of" | "from" | "with"))?;
    let plain = (p + 1..a - 1).all(|t| chain_word(ctx, t));
    let e = ctx.entity_at(p - 1).filter(|&e| {
        let ent = &ctx.entities[e];
        ent.label == EntityLabel::Person && ent.span.end == ctx.doc.tokens()[p - 1].span.end
    })?;
    plain.then(|| entity_mention(ctx, e, limit))
}

/// "The Russian embassy in Washington said", "the Health Ministry in Gaza said": a body placed
/// "in" or "at" the place `m` (starting at `a`) speaks, not the place.
fn body_in_place(ctx: &Context<'_, '_>, m: &Mention, a: usize, limit: usize) -> Option<Mention> {
    let place = matches!(m.kind, MentionKind::Entity(EntityLabel::Location));
    if !place || a < limit + 2 || !matches!(ctx.lower(a - 1), "in" | "at") {
        return None;
    }
    let head = a - 2;
    let start = match ctx.entity(head) {
        Some(e) if e.label == EntityLabel::Organization && e.span.end == ctx.doc.tokens()[head].span.end => {
            ctx.with_article(ctx.doc.token_index_at(e.span.start)).max(limit)
        }
        Some(_) => return None,
        None => {
            let body =
                matches!(common_kind(ctx, head), MentionKind::Common { kind: SpeakerKind::Organization, .. });
            if !body || ctx.class(head).is_some() {
                return None;
            }
            common_np(ctx, head + 1, limit)?.tokens.start
        }
    };
    let end = m.tokens.end;
    let kind = MentionKind::Common { kind: SpeakerKind::Organization, plural: false };
    Some(Mention { span: ctx.span(start, end), tokens: start..end, kind, role: None, place_kind: None })
}

/// The mention of a document whose noun is at `noun`, from the start of its noun phrase to the end
/// of the body `m` named after it ("A memo seen by the BBC", "figures released by the ABS").
fn document_phrase(ctx: &Context<'_, '_>, noun: usize, m: &Mention, limit: usize) -> Mention {
    let start = common_np(ctx, noun + 1, limit).map_or(noun, |np| np.tokens.start);
    let kind = MentionKind::Common { kind: SpeakerKind::Organization, plural: false };
    Mention {
        span: ctx.span(start, m.tokens.end),
        tokens: start..m.tokens.end,
        kind,
        role: None,
        place_kind: None,
    }
}

/// A document that speaks for the body `m` (starting at `a`) names: seen by an outlet, a study by
/// the body, or papers handed to it.
fn document_of(ctx: &Context<'_, '_>, m: &Mention, a: usize, limit: usize) -> Option<Mention> {
    document_seen_by(ctx, m, a, limit)
        .or_else(|| study_by(ctx, m, a, limit))
        .or_else(|| document_filed_with(ctx, m, a, limit))
}

/// "A memo seen by the BBC said …", "an email obtained by Reuters shows …": the document an outlet
/// saw speaks (the outlet, after "by", is where it was seen); "A statement posted on the club
/// website said …", "Footage shared on social media showed …": so does a document put out on the
/// place `m` names.
fn document_seen_by(ctx: &Context<'_, '_>, m: &Mention, a: usize, limit: usize) -> Option<Mention> {
    if a < limit + 3 {
        return None;
    }
    let seen = matches!(m.kind, MentionKind::Outlet(_))
        && ctx.lower_is(a - 1, "by")
        && matches!(ctx.lower(a - 2), "seen" | "obtained" | "reviewed" | "viewed");
    let posted = matches!(ctx.lower(a - 1), "on" | "to")
        && matches!(
            ctx.lower(a - 2),
            "posted" | "shared" | "published" | "uploaded" | "circulated" | "circulating"
        );
    let noun = a - 3;
    let document = |w: &str| {
        words::is_speech_act_noun(w)
            || words::is_medium_noun(w)
            || matches!(w, "memo" | "document" | "documents")
            || posted && words::is_picture_noun(w)
    };
    if !(seen || posted) || !document(ctx.lower(noun)) {
        return None;
    }
    Some(document_phrase(ctx, noun, m, limit))
}

/// "Documents filed with the court show …", "Records submitted to the tribunal say …": the
/// document handed to the body `m` (starting at `a`) speaks, the whole phrase the mention; the
/// body it went to says nothing.
fn document_filed_with(ctx: &Context<'_, '_>, m: &Mention, a: usize, limit: usize) -> Option<Mention> {
    let handed = a >= limit + 3
        && matches!(ctx.lower(a - 1), "with" | "to" | "in" | "before")
        && words::is_handing_participle(ctx.lower(a - 2))
        && words::is_filed_document(ctx.lower(a - 3));
    if !handed {
        return None;
    }
    let noun = a - 3;
    Some(document_phrase(ctx, noun, m, limit))
}

/// "…, figures released by the Australian Bureau of Statistics show", "…, data from the ABS
/// showed": a study or figures by or from the body `m` (starting at `a`) speak, the whole phrase
/// the mention (coreference credits it to the body).
fn study_by(ctx: &Context<'_, '_>, m: &Mention, a: usize, limit: usize) -> Option<Mention> {
    if a < limit + 2 || !matches!(ctx.lower(a - 1), "by" | "from") || !m.is_person_or_org() {
        return None;
    }
    // ("figures released by", "a report published by": a participle between; "Research by
    // Oxford University found" is the preverbal rule's, which names the body.)
    let participle = ctx.lower(a - 2).ends_with("ed") && a >= limit + 3;
    let noun = if participle { a - 3 } else { a - 2 };
    if !words::is_study_noun(ctx.lower(noun)) || !participle && ctx.lower_is(a - 1, "by") {
        return None;
    }
    Some(document_phrase(ctx, noun, m, limit))
}

/// "Some 72% of teachers said", "About 40 percent of voters say", "Sixty-three per cent of
/// respondents said": a share of a plural noun phrase (`m`, starting at `a`, after "of") speaks,
/// with its number and any word that rounds it.
fn percent_of(ctx: &Context<'_, '_>, m: &Mention, a: usize, limit: usize) -> Option<Mention> {
    let plural = matches!(m.kind, MentionKind::Common { plural: true, .. });
    if !plural || a < limit + 3 || !matches!(ctx.lower(a - 2), "percent" | "%" | "cent") {
        return None;
    }
    let mut start = a - 3;
    if ctx.lower_is(start, "per") && start > limit {
        start -= 1;
    }
    let number = |t: usize| {
        let w = ctx.lower(t);
        ctx.kind(t) == TokenKind::Number || words::is_number_word(w) || words::is_larger_number_word(w)
    };
    if !number(start) {
        return None;
    }
    // ("Sixty-three": a hyphenated number word.)
    while start >= limit + 2 && ctx.word(start - 1) == "-" && number(start - 2) {
        start -= 2;
    }
    if start > limit
        && matches!(
            ctx.lower(start - 1),
            "some" | "about" | "nearly" | "almost" | "roughly" | "around" | "over"
        )
    {
        start -= 1;
    }
    Some(common_mention(ctx, start, m.tokens.end, SpeakerKind::Person, true))
}

/// Most words between "familiar with" and the phrase before the verb.
const MAX_FAMILIAR_CHAIN: usize = 8;

/// The nearest noun phrase ending just before token `end`, as [`left_np`] without a head noun
/// before it.
fn nearest_np(ctx: &Context<'_, '_>, end: usize, limit: usize) -> Option<Mention> {
    if end <= limit {
        return None;
    }
    let k = end - 1;
    let w = ctx.word(k);
    if w == "," {
        return appositive(ctx, k, limit);
    }
    // "Tomasz Wierzbicki — a former miner who worked after the collapse — said": an aside between
    // dashes after the subject.
    // (A person or a body only: not "insiders in the next two states — Nevada and South Carolina —
    // said".)
    if matches!(w, "—" | "–") {
        const MAX_ASIDE: usize = 20;
        let open = (limit.max(k.saturating_sub(MAX_ASIDE))..k).rev().find(|&t| ctx.word(t) == w)?;
        let np = (open > limit).then(|| left_np(ctx, open, limit)).flatten()?;
        let speaks = matches!(
            np.kind,
            MentionKind::Entity(EntityLabel::Person | EntityLabel::Organization)
                | MentionKind::Common { kind: SpeakerKind::Person, plural: false }
        );
        return speaks.then_some(np);
    }
    // "James B. Comey Jr. said": the period of a name suffix; "Acme Corp. (NYSE: ACM) said": of
    // a company's legal form.
    let company_end = |t: usize| {
        ctx.entity(t).is_some_and(|e| {
            e.label == EntityLabel::Organization && e.span.end == ctx.doc.tokens()[t].span.end
        })
    };
    if w == "."
        && k > limit
        && ctx.touches(k - 1, k)
        && (matches!(ctx.word(k - 1), "Jr" | "Sr") || company_end(k - 1))
    {
        // ("Veltrix Health, Inc. (NASDAQ: VLTX) today announced": the name before ", Inc.".)
        let legal_form = k >= limit + 3 && ctx.word(k - 2) == "," && ctx.lex.is_org_suffix(ctx.word(k - 1));
        return left_np(ctx, if legal_form { k - 2 } else { k }, limit);
    }
    // "Declan Whelan TD said": letters after a name stand outside it.
    if k > limit
        && crate::lexicon::is_post_nominal(w)
        && ctx.entity(k - 1).is_some_and(|e| e.label == EntityLabel::Person)
    {
        return left_np(ctx, k, limit);
    }
    // ("The JD(U) said": a party's letter in parentheses ends its name.)
    let in_name = ctx.entity(k).is_some_and(|e| e.span.end == ctx.doc.tokens()[k].span.end);
    if w == ")" && !in_name {
        // "Sen. Marco Rubio (R-Fla.) said", "Kasich (who has 25 delegates) said".
        let lo = limit.max(k.saturating_sub(20));
        let open = (lo..k).rev().find(|&i| ctx.word(i) == "(")?;
        return left_np(ctx, open, limit);
    }
    if let Some(m) = phrase_ending_on_pronoun(ctx, k, limit) {
        return Some(m);
    }
    if let Some(p) = Pronoun::at(ctx, k) {
        return Some(pronoun_mention(ctx, k, p));
    }
    if let Some(o) = ctx.outlet_at(k) {
        // ("…, the state news agency WAM reported": the outlet's description is its role.)
        let mut m = outlet_mention(ctx, o);
        m.role = m.role.or_else(|| described_body(ctx, m.tokens.start, limit));
        // "Atlantic City Mayor Don Guardian said": an outlet's name ending a person's name is the
        // person's.
        let in_name =
            ctx.entity(k).is_some_and(|e| e.label == EntityLabel::Person && e.span.start < m.span.start);
        // ("Joel Pollak of Breitbart said": the person whose outlet it is.)
        let a = m.tokens.start;
        let member = (a >= limit + 2 && ctx.lower_is(a - 1, "of"))
            .then(|| entity_ending_at(ctx, a - 2, limit))
            .flatten()
            .filter(|p| matches!(p.kind, MentionKind::Entity(EntityLabel::Person)));
        if let Some(p) = member {
            return Some(p);
        }
        if m.tokens.start >= limit && !in_name {
            return Some(m);
        }
    }
    if let Some(m) = parent_of_count(ctx, k, limit) {
        return Some(m);
    }
    if let Some(m) = part_of_group(ctx, end, limit) {
        return Some(m);
    }
    // Symbols and emoji after a name ("Zoë Smith 😀 said") stand outside it.
    if ctx.kind(k) == TokenKind::Other {
        return left_np(ctx, k, limit);
    }
    if let Some(m) = entity_ending_at(ctx, k, limit) {
        return Some(m);
    }
    common_np(ctx, end, limit).map(|m| with_quantity(ctx, m, limit))
}

/// "The father of three said", "a mother of two said": a parent and the count of the children
/// (the count at token `k`) are one description.
fn parent_of_count(ctx: &Context<'_, '_>, k: usize, limit: usize) -> Option<Mention> {
    let counted = k >= limit + 3
        && words::is_number_word(ctx.lower(k))
        && ctx.lower_is(k - 1, "of")
        && matches!(ctx.lower(k - 2), "father" | "mother")
        && matches!(ctx.class(k - 3), Some(WordClass::Det));
    counted.then(|| common_mention(ctx, k - 3, k + 1, SpeakerKind::Person, false))
}

/// "Some said", "Several said", "9 percent said", "About four in 10 said", "Six in 10 say": a
/// part or a share of a group speaks.
fn part_of_group(ctx: &Context<'_, '_>, end: usize, limit: usize) -> Option<Mention> {
    let k = end - 1;
    let lw = ctx.lower(k);
    if words::is_group_part(lw) || lw == "percent" && k > limit && ctx.kind(k - 1) == TokenKind::Number {
        // ("Nearly half", "About two-thirds", "Just over a quarter".)
        let share = |t: usize| {
            let w = ctx.lower(t);
            ctx.kind(t) == TokenKind::Number
                || words::is_approximation(w)
                || words::is_number_word(w)
                || matches!(w, "-" | "over" | "under" | "a")
        };
        let mut a = k;
        while a > limit && share(a - 1) {
            a -= 1;
        }
        return Some(common_mention(ctx, a, end, SpeakerKind::Person, true));
    }
    if ctx.kind(k) == TokenKind::Number {
        let share_word = |t: usize| {
            let w = ctx.lower(t);
            ctx.kind(t) == TokenKind::Number || words::is_share_word(w) || words::is_number_word(w)
        };
        let mut a = k;
        while a > limit && share_word(a - 1) {
            a -= 1;
        }
        if (a..k).any(|t| matches!(ctx.lower(t), "in" | "of")) {
            return Some(common_mention(ctx, a, end, SpeakerKind::Person, true));
        }
    }
    None
}

/// "Most of them said", "one of us said", "A source close to him said", "people familiar with
/// it said": an object pronoun ending a phrase that names the speakers (a part of a group, or a
/// person noun with "close to" or "familiar with"); the whole phrase is the mention.
fn phrase_ending_on_pronoun(ctx: &Context<'_, '_>, k: usize, limit: usize) -> Option<Mention> {
    let pronoun = words::is_object_pronoun(ctx.lower(k)) || ctx.lower_is(k, "it");
    if !pronoun || k < limit + 2 {
        return None;
    }
    let prep = k - 1;
    let part = ctx.lower(prep - 1);
    if ctx.lower_is(prep, "of")
        && (words::is_group_part(part) || words::is_number_word(part) || part == "all")
    {
        let plural = part != "one";
        return Some(common_mention(ctx, prep - 1, k + 1, SpeakerKind::Person, plural));
    }
    let close = words::is_familiarity(part, ctx.lower(prep));
    if !close || prep < limit + 2 {
        return None;
    }
    let np = common_np(ctx, prep - 1, limit)?;
    let person = matches!(np.kind, MentionKind::Common { kind: SpeakerKind::Person, .. });
    person.then(|| Mention { span: ctx.span(np.tokens.start, k + 1), tokens: np.tokens.start..k + 1, ..np })
}

/// A person, organisation or place whose name ends with token `k`, not starting before `limit`.
fn entity_ending_at(ctx: &Context<'_, '_>, k: usize, limit: usize) -> Option<Mention> {
    let e = ctx.entity_at(k)?;
    let ent = &ctx.entities[e];
    if ent.span.end != ctx.doc.tokens()[k].span.end || ent.label == EntityLabel::Misc {
        return None;
    }
    // ("Opposition MPs said", "Labour MPs": a noun of people the recognizer took for a name is
    // the head of a common phrase.)
    let group = ctx.lower_noun(k) == Some(crate::lexicon::NounKind::Group);
    if group && ent.span.start == ctx.byte(k) {
        return None;
    }
    let mut m = entity_mention(ctx, e, limit);
    // … and inside it ("Zoë 😀 Smith"): take the capitalised word before the symbol too.
    while m.tokens.start >= limit + 2
        && ctx.kind(m.tokens.start - 1) == TokenKind::Other
        && ctx.is_cap(m.tokens.start - 2)
    {
        m.tokens.start -= 2;
        m.span = ctx.span(m.tokens.start, m.tokens.end);
    }
    (m.tokens.start >= limit).then_some(m)
}

/// "A slew of harbor pilots agree", "Seven of 10 voters said", "Six of the 10 voters said": a
/// quantity before "of" is part of the subject.
fn with_quantity(ctx: &Context<'_, '_>, m: Mention, limit: usize) -> Mention {
    // ("Eleven of 20 economists polled by Reuters": a larger number in words too.)
    let number = |t: usize| {
        ctx.kind(t) == TokenKind::Number
            || words::is_number_word(ctx.lower(t))
            || words::is_larger_number_word(ctx.lower(t))
    };
    // The count of the group: the phrase's own first word ("20 economists"), or the word before it.
    let start = m.tokens.start;
    let opens_on_count = start + 1 < m.tokens.end && number(start);
    let a = if !opens_on_count && start > limit && number(start - 1) { start - 1 } else { start };
    // ("Six of the 10 voters": an article after "of".)
    let a = if a > limit + 2 && ctx.lower_is(a - 1, "the") && ctx.lower_is(a - 2, "of") { a - 1 } else { a };
    if a >= limit + 2 && (number(a) || ctx.lower_is(a, "the")) && ctx.lower_is(a - 1, "of") && number(a - 2) {
        let kind = MentionKind::Common { kind: SpeakerKind::Person, plural: true };
        return Mention { span: ctx.span(a - 2, m.tokens.end), tokens: a - 2..m.tokens.end, kind, ..m };
    }
    let a = m.tokens.start;
    // ("Hundreds of small-scale tea farmers in Nyeri say": a plural count with no article.)
    if a >= limit + 2 && ctx.lower_is(a - 1, "of") && words::is_plural_count(ctx.lower(a - 2)) {
        let kind = MentionKind::Common { kind: SpeakerKind::Person, plural: true };
        return Mention { span: ctx.span(a - 2, m.tokens.end), tokens: a - 2..m.tokens.end, kind, ..m };
    }
    if a >= limit + 3
        && ctx.lower_is(a - 1, "of")
        && words::is_quantity_noun(ctx.lower(a - 2))
        && matches!(ctx.class(a - 3), Some(WordClass::Det))
    {
        let kind = MentionKind::Common { kind: SpeakerKind::Person, plural: true };
        return Mention { span: ctx.span(a - 3, m.tokens.end), tokens: a - 3..m.tokens.end, kind, ..m };
    }
    m
}

/// A common noun phrase ending before `end`: a multi-word title, or up to five words back to a
/// determiner.
pub(super) fn common_np(ctx: &Context<'_, '_>, end: usize, limit: usize) -> Option<Mention> {
    if let Some(m) = title_phrase_before(ctx, end, limit) {
        return Some(m);
    }
    let k = end - 1;
    if ctx.kind(k) != TokenKind::Word || ctx.class(k).is_some() || !can_head(ctx, k, limit) {
        return None;
    }
    let mut i = k;
    // (Tokens of a dotted initialism count as one word.)
    let mut skipped = 0;
    while i > limit && k - i < 5 + skipped {
        let p = i - 1;
        let w = ctx.word(p);
        // "a senior U.S. official": "U.S." is one modifier.
        if let Some(s) = (w == ".").then(|| ctx.initialism_start(p, limit)).flatten() {
            skipped += p - s;
            i = s;
            continue;
        }
        // "A Bureau of Meteorology spokesperson": a body's name is one modifier, "of" and all; so
        // is the number of a building standing for its office ("a No 10 spokesman").
        if let Some(s) = body_modifier_start(ctx, p, limit).or_else(|| building_number_start(ctx, p, limit)) {
            i = s;
            continue;
        }
        // ("The first-term councillor", "the 57-year-old scientist": a word glued to a hyphen is
        // a piece of a compound, taken whole; a function word opening it opens the phrase too:
        // "featured all-male lineups".)
        if let Some(f) = compound_start(ctx, p, limit) {
            // (Counted as one word, as a dotted initialism is.)
            skipped += p - f + 1;
            i = f;
            if ctx.class(f).is_some() {
                break;
            }
            continue;
        }
        // ("the light and power company said": two kinds of one body joined, after its article.)
        if w == "and"
            && i < k
            && p >= limit + 2
            && ctx.plain_word(i)
            && ctx.plain_word(p - 1)
            && det_or_poss(ctx, p - 2)
        {
            i = p - 2;
            break;
        }
        match ctx.class(p) {
            Some(WordClass::Det | WordClass::Poss) => {
                i = p;
                break;
            }
            Some(WordClass::Time) if time_modifier(ctx, p, limit) => {}
            Some(_) => break,
            None => {}
        }
        if (w == "s" && p > limit && matches!(ctx.word(p - 1), "'" | "’")) || w == "'" || w == "’" {
            i = p;
            continue;
        }
        // ("Three OPEC+ sources": a plus glued to a name.)
        if w == "+" && p > limit && ctx.touches(p - 1, p) {
            i = p;
            continue;
        }
        // "this Trump look-alike", "the 50-state poll": a hyphen inside a word.
        if matches!(w, "-" | "‑") && p > limit && ctx.touches(p - 1, p) && ctx.touches(p, p + 1) {
            i = p;
            continue;
        }
        // "the “Avatar” star", "the 'Friends' actress": a title in quotation marks after a
        // determiner is one modifier.
        if let Some(d) = quoted_title_modifier(ctx, p, limit) {
            i = d;
            break;
        }
        if stops_phrase(ctx, p, end) {
            break;
        }
        i = p;
    }
    // Skip a leading possessive marker that lost its owner.
    while i < k && matches!(ctx.word(i), "'" | "’" | "s") {
        i += 1;
    }
    // A lone lower-case singular word that names no speaker ("century", "feat") is a fragment of
    // something else, not a subject.
    let kind = common_kind(ctx, k);
    if i == k
        && !ctx.is_cap(k)
        && matches!(kind, MentionKind::Common { kind: SpeakerKind::Unknown, plural: false })
    {
        return None;
    }
    Some(Mention { span: ctx.span(i, end), tokens: i..end, kind, role: None, place_kind: None })
}

/// Where the compound whose word glued to a hyphen is token `p` starts ("first-term",
/// "57-year-old"); none when no hyphen follows `p`.
fn compound_start(ctx: &Context<'_, '_>, p: usize, limit: usize) -> Option<usize> {
    if ctx.kind(p) != TokenKind::Word || !matches!(ctx.word(p + 1), "-" | "‑") || !ctx.touches(p, p + 1) {
        return None;
    }
    let mut f = p;
    while f >= limit + 2
        && matches!(ctx.word(f - 1), "-" | "‑")
        && ctx.touches(f - 2, f - 1)
        && ctx.touches(f - 1, f)
    {
        f -= 2;
    }
    Some(f)
}

/// Whether the time word at `p` modifies the noun after it: "a June poll", "the Tuesday
/// statement", "the 57-year-old scientist"; not a time after a preposition, which ends the
/// phrase ("On Monday prosecutors said"), unless it owns the noun ("for Thursday's meeting").
fn time_modifier(ctx: &Context<'_, '_>, p: usize, limit: usize) -> bool {
    let after_preposition =
        p > limit && ctx.class(p - 1) == Some(WordClass::Prep) && !matches!(ctx.word(p + 1), "'" | "’");
    (ctx.is_cap(p) || ctx.touches(p, p + 1)) && !after_preposition
}

/// The token of "No" before the number at token `p` ("a No 10 spokesman", "a No. 10 aide").
fn building_number_start(ctx: &Context<'_, '_>, p: usize, limit: usize) -> Option<usize> {
    if ctx.kind(p) != TokenKind::Number || p <= limit {
        return None;
    }
    let n = if ctx.word(p - 1) == "." && p > limit + 1 { p - 2 } else { p - 1 };
    (ctx.word(n) == "No").then_some(n)
}

/// The first token of the body's name ending at token `p`, when it has more than one ("A Bureau
/// of Meteorology spokesperson").
fn body_modifier_start(ctx: &Context<'_, '_>, p: usize, limit: usize) -> Option<usize> {
    let e = ctx.entity(p).filter(|e| e.label == EntityLabel::Organization)?;
    let s = ctx.doc.token_index_at(e.span.start).max(limit);
    (s < p).then_some(s)
}

/// The determiner before a quoted title of one to four words whose closing mark is token `p`
/// ("the “Avatar” star": the token of "the").
fn quoted_title_modifier(ctx: &Context<'_, '_>, p: usize, limit: usize) -> Option<usize> {
    if !matches!(ctx.word(p), "”" | "\"" | "’") {
        return None;
    }
    let open = (p.saturating_sub(5).max(limit)..p.saturating_sub(1))
        .rev()
        .find(|&o| matches!(ctx.word(o), "“" | "\"" | "‘"))?;
    let words = (open + 1..p).all(|t| ctx.kind(t) == TokenKind::Word && ctx.is_cap(t));
    (words && open > limit && matches!(ctx.class(open - 1), Some(WordClass::Det | WordClass::Poss)))
        .then(|| open - 1)
}

/// Whether token `p` ends a common noun phrase going left (ending at `end`): no word (but a number
/// hyphened to the next), or a cue word — not one before a possessive, its owner ("The suspect’s
/// mother"), nor one that `data/cue_exclusions.tsv` reads as no cue before the next word ("the
/// think tank"), nor one right after an article ("The call handler").
fn stops_phrase(ctx: &Context<'_, '_>, p: usize, end: usize) -> bool {
    let hyphenated_number =
        ctx.kind(p) == TokenKind::Number && matches!(ctx.word(p + 1), "-" | "‑") && ctx.touches(p, p + 1);
    let owner = || ctx.possessive_s(p + 1, end);
    let compound =
        || ctx.cue(p).is_some_and(|c| ctx.lex.cue_excluded(&c.lemma, ctx.lower(p), "", &[ctx.lower(p + 1)]));
    // ("Planning officers said": an "-ing" word opening the sentence before the noun names its
    // trade.)
    // ("In a memo, city planning staff wrote": after a plain modifier or a comma too, before a
    // noun of people.)
    let trade = || {
        let opens = ctx.is_cap(p)
            && ctx.doc.sentences().get(ctx.doc.sentence_at(ctx.byte(p))).is_some_and(|s| s.tokens.start == p);
        let modifies = p > 0
            && p + 1 < end
            && ctx.lower_noun(p + 1).is_some()
            && (ctx.word(p - 1) == "," || ctx.plain_word(p - 1));
        ctx.lower(p).ends_with("ing") && (opens || modifies)
    };
    // ("The call handler said", "the report's authors": a cue word right after an article, before
    // the phrase's noun, is that noun's modifier.)
    let modifier =
        || p > 0 && p + 1 < end && matches!(ctx.class(p - 1), Some(WordClass::Det | WordClass::Poss));
    // ("The firm hired lawyers, who said …": a past form after a noun is the verb of its
    // subject; not an adjective after an adverb or a number: "newly elected officials", "two
    // retired teachers".)
    // (A capitalised word before it is a name's: "the KGB planted …", not "Democratic registered
    // voters".)
    let verb = || {
        let before = ctx.lower(p - 1);
        let named = || {
            ctx.entity(p - 1)
                .is_some_and(|e| matches!(e.label, EntityLabel::Person | EntityLabel::Organization))
        };
        ctx.lower(p).ends_with("ed")
            && !ctx.is_cap(p)
            && ctx.kind(p - 1) == TokenKind::Word
            && ctx.class(p - 1).is_none()
            && !words::is_number_word(before)
            && !before.ends_with("ly")
            && before != "own"
            && (!ctx.is_cap(p - 1) || named())
    };
    (ctx.kind(p) != TokenKind::Word && !hyphenated_number)
        || ctx.cue(p).is_some() && !owner() && !compound() && !trade() && !modifier()
        || p > 0 && verb()
}

/// A multi-word title ending before `end`: "the secretary of state", "the press secretary".
fn title_phrase_before(ctx: &Context<'_, '_>, end: usize, limit: usize) -> Option<Mention> {
    let k = end - 1;
    for n in (2..=4).rev() {
        if k + 1 < limit + n {
            continue;
        }
        let a = k + 1 - n;
        if ctx.lex.title(ctx.span(a, end).as_str(ctx.doc.text())).is_some() && ctx.word(a) != "of" {
            // ("the central bank governor", "the deputy finance minister": its modifiers too.)
            let mut a = a;
            while a > limit && matches!(ctx.lower_title(a - 1), Some((TitleClass::Modifier, _))) {
                a -= 1;
            }
            let a = possessor_before(ctx, a, limit).or_else(|| body_before(ctx, a, limit)).unwrap_or(a);
            let a = if a > limit && det_or_poss(ctx, a - 1) { a - 1 } else { a };
            return Some(common_mention(ctx, a, end, SpeakerKind::Person, false));
        }
    }
    None
}

/// Longest owner before a possessive "’s" ("the European Central Bank’s").
const MAX_OWNER_WORDS: usize = 4;

/// "the company’s chief financial officer": the first token of the owner whose "’s" ends right
/// before token `a`, if one is there.
fn possessor_before(ctx: &Context<'_, '_>, a: usize, limit: usize) -> Option<usize> {
    if a < limit + 3 || !ctx.possessive_s(a - 2, a) {
        return None;
    }
    let mut o = a - 2;
    while o > limit
        && a - 2 - o < MAX_OWNER_WORDS
        && ctx.kind(o - 1) == TokenKind::Word
        && ctx.class(o - 1).is_none()
    {
        o -= 1;
    }
    (o < a - 2).then_some(o)
}

/// "The White House press secretary": the capitalised words (at most three, no function word) of
/// the body a title before token `a` belongs to, if any.
fn body_before(ctx: &Context<'_, '_>, a: usize, limit: usize) -> Option<usize> {
    let mut b = a;
    while b > limit
        && a - b < MAX_BODY_WORDS
        && ctx.kind(b - 1) == TokenKind::Word
        && ctx.is_cap(b - 1)
        && ctx.lower_class(b - 1).is_none()
    {
        b -= 1;
    }
    (b < a).then_some(b)
}

/// Whether the word at `k` can head a subject: not an adverb, a participle, a single letter, a
/// negated word, a cue (unless after a determiner: "the statement", or right before the verb: "The
/// police report said"), or a common past form.
fn can_head(ctx: &Context<'_, '_>, k: usize, limit: usize) -> bool {
    let lh = ctx.lower(k);
    // ("people familiar with the bank's thinking", "Apple's plans": after a possessive, a noun.)
    if k >= limit + 3 && ctx.possessive_s(k - 2, k) && ctx.kind(k) == TokenKind::Word && !ctx.is_cap(k) {
        return true;
    }
    !(lh.ends_with("ly") && !crate::cues::ly_noun(ctx.doc, ctx.lex, k, limit)
        || lh.ends_with("ing")
        || lh.chars().count() == 1
        || (k > limit && matches!(ctx.class(k - 1), Some(WordClass::Neg)))
        || (ctx.lower_cue(k).is_some()
            && !(k > limit && det_or_poss(ctx, k - 1))
            && !noun_before_verb(ctx, k))
        || ctx.lex.is_common_word(lh) && lh.ends_with("ed"))
}

/// "The police report said", "A new report says": a cue word that the cue classifier read as a
/// noun, right before the verb of saying, heads the subject.
fn noun_before_verb(ctx: &Context<'_, '_>, k: usize) -> bool {
    let after_modal =
        k > 0 && (ctx.lower_class(k - 1) == Some(WordClass::Modal) || ctx.lower_is(k - 1, "to"));
    let base = ctx.lower_cue(k).is_some_and(|c| c.lemma == ctx.lower(k)) && !after_modal;
    base && k + 1 < ctx.doc.tokens().len() && {
        let next = ctx.lower(k + 1);
        ctx.lower_cue(k + 1).is_some_and(|c| c.lemma != next && !next.ends_with("ing"))
    }
}

/// The subject of a relative clause whose pronoun is token `rel` ("The official, who spoke …"):
/// a mention of the pronoun that stands for the noun phrase before it.
pub(crate) fn relative(ctx: &Context<'_, '_>, rel: usize, limit: usize) -> Option<Mention> {
    if rel <= limit {
        return None;
    }
    // ("several capitals that have warned the rules will …": "that" right after a noun, before
    // the verb group, is a relative pronoun too.)
    let that = ctx.lower_is(rel, "that")
        && ctx.kind(rel - 1) == TokenKind::Word
        && ctx.class(rel - 1).is_none()
        && ctx.cue(rel - 1).is_none();
    // ("…, most of which opposed a double-digit increase", "some of whom": a part of the noun
    // phrase before the comma.)
    let part = rel >= limit + 3
        && ctx.lower_is(rel - 1, "of")
        && ctx.word(rel - 3) == ","
        && matches!(ctx.lower(rel), "which" | "whom")
        && (words::is_group_part(ctx.lower(rel - 2)) || words::is_number_word(ctx.lower(rel - 2)));
    if !(words::is_relative_pronoun(ctx.lower(rel)) || that || part) {
        return None;
    }
    let (rel, last) = if part { (rel - 2, rel + 1) } else { (rel, rel + 1) };
    let end = if ctx.word(rel - 1) == "," { rel - 1 } else { rel };
    // "Marta Quill, a tenant organizer, who said …": the name before a description stands for it.
    let named = (end < rel)
        .then(|| left_np(ctx, rel, limit))
        .flatten()
        .filter(|m| matches!(m.kind, MentionKind::Entity(EntityLabel::Person)) && m.role.is_some());
    let antecedent = named.or_else(|| left_np(ctx, end, limit))?;
    if matches!(antecedent.kind, MentionKind::Pronoun(_) | MentionKind::Relative(_)) {
        return None;
    }
    // "Jake Tapper of CNN, who said …": the person the outlet's name describes.
    let a = antecedent.tokens.start;
    let member = (matches!(antecedent.kind, MentionKind::Outlet(_))
        && a >= limit + 2
        && matches!(ctx.lower(a - 1), "of" | "at" | "from"))
    .then(|| left_np(ctx, a - 1, limit))
    .flatten()
    .filter(|m| matches!(m.kind, MentionKind::Entity(EntityLabel::Person)));
    let antecedent = member.unwrap_or(antecedent);
    // "Reuters, which first reported the story": the outlet reports.
    if matches!(antecedent.kind, MentionKind::Outlet(_)) {
        return Some(antecedent);
    }
    Some(Mention {
        span: ctx.span(rel, last),
        tokens: rel..last,
        role: antecedent.role,
        place_kind: antecedent.place_kind,
        kind: MentionKind::Relative(Box::new(antecedent)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::Fixture;

    fn left(text: &str, before: &str) -> Option<String> {
        let f = Fixture::new(text);
        let end = f.token(before);
        f.with(|ctx| left_np(ctx, end, 0).map(|m| m.span.as_str(text).to_string()))
    }

    #[test]
    fn one_person_on_a_side() {
        // "a Labour MP on the party's left, who asked not to be named, said …"
        let got = left("Unease is spreading: a Labour MP on the party's left said the row had hurt.", "said");
        assert_eq!(got.as_deref(), Some("a Labour MP on the party's left"));
    }

    #[test]
    fn a_building_number_before_the_noun() {
        // "Asked about the reports, a No 10 spokesman said: …"
        let got = left("Asked about the reports, a No 10 spokesman said the row was over.", "said");
        assert_eq!(got.as_deref(), Some("a No 10 spokesman"));
        let got = left("A No. 10 spokeswoman said the row was over.", "said");
        assert_eq!(got.as_deref(), Some("A No. 10 spokeswoman"));
    }

    #[test]
    fn a_document_an_outlet_saw() {
        // "A memo seen by the BBC said …"
        let got = left("A memo seen by the BBC said Acme would cut 500 jobs.", "said");
        assert_eq!(got.as_deref(), Some("A memo seen by the BBC"));
        // "The first-term councillor said …", "the 57-year-old scientist said …": compounds whole.
        let got = left("The first-term councillor said the vote was rigged.", "said");
        assert_eq!(got.as_deref(), Some("first-term councillor"));
        let got = left("Then the 57-year-old scientist said the vote was rigged.", "said");
        assert_eq!(got.as_deref(), Some("the 57-year-old scientist"));
        let got = left("Some rank-and-file unionists said the vote was rigged.", "said");
        assert_eq!(got.as_deref(), Some("Some rank-and-file unionists"));
        // "Chief Marcel Bacon-Vollant of the Innu community of Pessamit said", "UN peacekeepers in
        // southern Lebanon said".
        let got = left("Chief Marcel Bacon-Vollant of the Innu community of Pessamit said it.", "said");
        assert_eq!(got.as_deref(), Some("Marcel Bacon-Vollant"));
        let got = left("UN peacekeepers in southern Lebanon said the shelling had stopped.", "said");
        assert_eq!(got.as_deref(), Some("UN peacekeepers in southern Lebanon"));
        // "A statement posted on the club website said …"
        let got = left("A statement posted on the club website said the coach had resigned.", "said");
        assert_eq!(got.as_deref(), Some("A statement posted on the club website"));
    }

    #[test]
    fn a_document_handed_to_a_body() {
        // "Documents filed with the court show …": the papers speak, not the court.
        let got = left("Documents filed with the court show the firm lost money.", "show");
        assert_eq!(got.as_deref(), Some("Documents filed with the court"));
        let got = left("Evidence presented in court showed the driver was speeding.", "showed");
        assert_eq!(got.as_deref(), Some("Evidence presented in court"));
    }

    #[test]
    fn a_bare_description_before_a_body() {
        // "Sailings were cancelled, ferry operator CalMac said.": wire copy drops the article; the
        // description is the body's role, and the name the recognizer took for a person's is a body.
        for (text, role) in [
            ("Sailings were cancelled, ferry operator CalMac said.", "ferry operator"),
            ("Delays are likely, rail operator Avanti West Coast said.", "rail operator"),
            ("Ferry operator CalMac said it.", "Ferry operator"),
            ("It will shut, said carmaker Toyota.", "carmaker"),
            ("Sales fell, said ferry operator CalMac.", "ferry operator"),
        ] {
            let f = Fixture::new(text);
            let got = f.with(|ctx| {
                let end = if text.contains(", said") { ctx.doc.tokens().len() - 1 } else { f.token("said") };
                left_np(ctx, end, 0).map(|m| (m.role.map(|r| r.as_str(text).to_string()), m.kind))
            });
            let want = MentionKind::Entity(EntityLabel::Organization);
            assert_eq!(got, Some((Some(role.to_string()), want)), "{text}");
        }
        // (A person's job is no body's description: "retired miner John Smith" stays a person.)
        let f = Fixture::new("It was cold, retired miner John Smith said.");
        let kind = f.with(|ctx| left_np(ctx, f.token("said"), 0).map(|m| m.kind));
        assert_eq!(kind, Some(MentionKind::Entity(EntityLabel::Person)));
    }

    #[test]
    fn a_described_body_keeps_its_description_as_role() {
        // "…, the state news agency WAM reported", "The rights group Amnesty International said".
        let text = "It was on track, the state news agency WAM reported.";
        let f = Fixture::new(text);
        let role = f.with(|ctx| left_np(ctx, f.token("reported"), 0).and_then(|m| m.role));
        assert_eq!(role.map(|r| r.as_str(text)), Some("the state news agency"));
        let text = "The rights group Amnesty International said it.";
        let f = Fixture::new(text);
        let role = f.with(|ctx| left_np(ctx, f.token("said"), 0).and_then(|m| m.role));
        assert_eq!(role.map(|r| r.as_str(text)), Some("The rights group"));
        // "…, the drivers' union Aslef said": a plural's possessive mark inside the description.
        let text = "Talks broke down, the drivers' union Aslef said.";
        let f = Fixture::new(text);
        let role = f.with(|ctx| left_np(ctx, f.token("said"), 0).and_then(|m| m.role));
        assert_eq!(role.map(|r| r.as_str(text)), Some("the drivers' union"));
    }

    #[test]
    fn an_aside_between_dashes_and_people_in_a_place() {
        // "Tomasz Wierzbicki — a former miner who worked after the collapse — said".
        let text = "Tomasz Wierzbicki — a former miner who worked after the collapse — said it.";
        assert_eq!(left(text, "said").as_deref(), Some("Tomasz Wierzbicki"));
        // "Hoteliers in Kenya hope": a plural of those who do something, not the place.
        assert_eq!(left("Hoteliers in Kenya hope it works.", "hope").as_deref(), Some("Hoteliers in Kenya"));
    }

    #[test]
    fn people_who_know_something() {
        // "Two sources with knowledge of the plan said", "Sources privy to the development told".
        let got = left("Two sources with knowledge of the plan said it.", "said");
        assert_eq!(got.as_deref(), Some("Two sources with knowledge of the plan"));
        let got = left("Sources privy to the development told reporters that.", "told");
        assert_eq!(got.as_deref(), Some("Sources privy to the development"));
    }

    #[test]
    fn a_dotted_initialism_is_one_modifier() {
        // "The talks have collapsed, a senior U.S. official told Reuters."
        let got = left("The talks have collapsed, a senior U.S. official told Reuters.", "told");
        assert_eq!(got.as_deref(), Some("a senior U.S. official"));
    }

    #[test]
    fn a_body_in_a_place() {
        // "The Russian embassy in Washington said", "the Health Ministry in Gaza said".
        let got = left("The Russian embassy in Washington said it was false.", "said");
        assert_eq!(got.as_deref(), Some("The Russian embassy in Washington"));
        let got = left("The Health Ministry in Gaza said 40 people died.", "said");
        assert_eq!(got.as_deref(), Some("Health Ministry in Gaza"));
    }

    #[test]
    fn subjects_before_the_verb() {
        // "Officials said", "Smith's office said", "Six in 10 say", "Some said".
        assert_eq!(left("Senior officials said it.", "said").as_deref(), Some("Senior officials"));
        assert_eq!(left("About six in 10 voters say so.", "voters").as_deref(), Some("About six in 10"));
        assert_eq!(left("Some said no.", "said").as_deref(), Some("Some"));
        // A fraction of a group: "Nearly half said", "About two-thirds say".
        assert_eq!(left("Nearly half said no.", "said").as_deref(), Some("Nearly half"));
        assert_eq!(left("About two-thirds say no.", "say").as_deref(), Some("About two-thirds"));
        assert_eq!(
            left("A slew of harbor pilots agree.", "agree").as_deref(),
            Some("A slew of harbor pilots")
        );
        // A count of a counted group: "Seven of 10 voters said", "Six of the 10 voters said".
        assert_eq!(left("Seven of 10 voters said so.", "said").as_deref(), Some("Seven of 10 voters"));
        assert_eq!(left("Six of the 10 voters said so.", "said").as_deref(), Some("Six of the 10 voters"));
        // "Eleven of 20 economists polled by Reuters had expected …", "Three OPEC+ sources told".
        let text = "Eleven of 20 economists polled by Reuters had expected a cut.";
        assert_eq!(left(text, "had").as_deref(), Some("Eleven of 20 economists polled by Reuters"));
        let text = "Three OPEC+ sources told Reuters so.";
        assert_eq!(left(text, "told").as_deref(), Some("Three OPEC+ sources"));
        assert_eq!(left("He said so.", "said").as_deref(), Some("He"));
        // "Declan Whelan TD said": letters after the name stand outside it.
        assert_eq!(left("Later, Declan Whelan TD said so.", "said").as_deref(), Some("Declan Whelan"));
        // A noun of people the recognizer took for a name heads its phrase: "Opposition MPs said",
        // "79 percent of Democrats say"; "The father of three said" is one description.
        assert_eq!(left("Opposition MPs said so.", "said").as_deref(), Some("Opposition MPs"));
        assert_eq!(
            left("Some 79 percent of Democrats say so.", "say").as_deref(),
            Some("Some 79 percent of Democrats")
        );
        assert_eq!(left("The father of three said so.", "said").as_deref(), Some("The father of three"));
    }

    #[test]
    fn people_in_or_at_a_name() {
        // "Police in Lower Saxony said", "Economists at Nomura expect": the name the recognizer
        // took for a person's is where the people are.
        let got = left("Police in Lower Saxony said the suspect fled.", "said");
        assert_eq!(got.as_deref(), Some("Police in Lower Saxony"));
        let got = left("Economists at Nomura expect a cut.", "expect");
        assert_eq!(got.as_deref(), Some("Economists at Nomura"));
        // "Shopkeepers on Harbour Street fear …": people on a street.
        let got = left("Shopkeepers on Harbour Street fear the charges will hurt.", "fear");
        assert_eq!(got.as_deref(), Some("Shopkeepers on Harbour Street"));
        // "Hundreds of small-scale tea farmers in Nyeri and Kirinyaga counties say …": a plural
        // count and two places before the phrase's noun.
        let text = "Hundreds of tea farmers in Nyeri and Kirinyaga counties say they will uproot bushes.";
        let want = "Hundreds of tea farmers in Nyeri and Kirinyaga counties";
        assert_eq!(left(text, "say").as_deref(), Some(want));
        // "Sources within the Assembly said", "Staff at the school said".
        let got = left("Sources within the Assembly said so.", "said");
        assert_eq!(got.as_deref(), Some("Sources within the Assembly"));
        let got = left("Staff at the school said so.", "said");
        assert_eq!(got.as_deref(), Some("Staff at the school"));
        // "Tenants of a tower block in Tallow Rise say": the people before a phrase of a place.
        let got = left("Tenants of a tower block in Tallow Rise say so.", "say");
        assert_eq!(got.as_deref(), Some("Tenants of a tower block in Tallow Rise"));
        // "Residents of the tiny Queensland town of Merriwa Flat say", "Residents of Shivneri Nagar
        // in Hadapsar said", "A resident of Ayemo said": people who live somewhere, with their
        // places.
        let got = left("Residents of the tiny Queensland town of Merriwa Flat say so.", "say");
        assert_eq!(got.as_deref(), Some("Residents of the tiny Queensland town of Merriwa Flat"));
        let got = left("Residents of Shivneri Nagar in Hadapsar said so.", "said");
        assert_eq!(got.as_deref(), Some("Residents of Shivneri Nagar in Hadapsar"));
        let got = left("A resident of Ayemo said so.", "said");
        assert_eq!(got.as_deref(), Some("A resident of Ayemo"));
        // "Scientists not involved in the research said": a negated participle.
        let got = left("Scientists not involved in the research said so.", "said");
        assert_eq!(got.as_deref(), Some("Scientists not involved in the research"));
        // "The Lantern's board of trustees said": the body that the people make up.
        let got = left("The Lantern's board of trustees said so.", "said");
        assert_eq!(got.as_deref(), Some("The Lantern's board of trustees"));
        // "Planning officers said": an "-ing" word opening the sentence names the trade.
        assert_eq!(left("Planning officers said so.", "said").as_deref(), Some("Planning officers"));
    }

    #[test]
    fn a_part_of_a_group_of_people() {
        // "One of the aides said", "Two of the witnesses said".
        assert_eq!(left("One of the aides said so.", "said").as_deref(), Some("One of the aides"));
        assert_eq!(left("Two of the witnesses said so.", "said").as_deref(), Some("Two of the witnesses"));
        // "Almost half of respondents said", "About a third of parents said": the approximation
        // and the share's article are the speaker's words too.
        let got = left("Almost half of respondents said so.", "said");
        assert_eq!(got.as_deref(), Some("Almost half of respondents"));
        let got = left("About a third of parents said so.", "said");
        assert_eq!(got.as_deref(), Some("About a third of parents"));
        // "…, a team of Danish researchers reported": the group names the speakers.
        let got = left("A team of Danish researchers said so.", "said");
        assert_eq!(got.as_deref(), Some("A team of Danish researchers"));
        let got = left("A bloc of House Republicans said so.", "said");
        assert_eq!(got.as_deref(), Some("A bloc of House Republicans"));
    }

    #[test]
    fn a_name_before_of_and_a_described_body() {
        // "Friedrich Mertel of the conservative Christian Democrats said": the person speaks.
        let got = left("Friedrich Mertel of the conservative Christian Democrats said so.", "said");
        assert_eq!(got.as_deref(), Some("Friedrich Mertel"));
        let got = left("Jane Roe of the left-leaning Center for American Progress said so.", "said");
        assert_eq!(got.as_deref(), Some("Jane Roe"));
        // "of the think tank Open Track": a cue word opening a compound noun.
        let got = left("Analyst Colin Adebayo of the think tank Open Track said so.", "said");
        assert_eq!(got.as_deref(), Some("Colin Adebayo"));
        // "Michael Chen of New York's Columbia University said": past a place's possessive.
        let got = left("Michael Chen of New York's Columbia University said so.", "said");
        assert_eq!(got.as_deref(), Some("Michael Chen"));
        let got = left("New York's Columbia University said so.", "said");
        assert_eq!(got.as_deref(), Some("Columbia University"));
    }

    #[test]
    fn a_share_of_people_speaks() {
        // "Some 72% of teachers said", "Sixty-three percent of respondents said", "Forty per cent".
        assert_eq!(left("Some 72% of teachers said so.", "said").as_deref(), Some("Some 72% of teachers"));
        let got = left("Sixty-three percent of respondents said so.", "said");
        assert_eq!(got.as_deref(), Some("Sixty-three percent of respondents"));
        let got = left("Forty per cent of voters said so.", "said");
        assert_eq!(got.as_deref(), Some("Forty per cent of voters"));
    }

    #[test]
    fn two_names_speak_together() {
        let got = left("Then Britain and France said it.", "said");
        assert_eq!(got.as_deref(), Some("Britain and France"));
        let got = left("Then both Tom Smith and Ann Jones said it.", "said");
        assert_eq!(got.as_deref(), Some("both Tom Smith and Ann Jones"));
        // Not the end of a list.
        let got = left("Then Tom Smith, Bob Brown and Ann Jones said it.", "said");
        assert_eq!(got.as_deref(), Some("Ann Jones"));
        // Each with its title or article: "Mayor Ken Ito and Police Chief Rosa Lam", "both the
        // White House and the Pentagon"; not two titles of one person.
        let got = left("Then Mayor Ken Ito and Police Chief Rosa Lam said it.", "said");
        assert_eq!(got.as_deref(), Some("Mayor Ken Ito and Police Chief Rosa Lam"));
        let got = left("Then both the White House and the Pentagon said it.", "said");
        assert_eq!(got.as_deref(), Some("both the White House and the Pentagon"));
        let got = left("Then Vice President and Managing Editor Bill Sammon said it.", "said");
        assert_eq!(got.as_deref(), Some("Bill Sammon"));
        // "Teachers and parents said …": two plurals of people opening the clause.
        assert_eq!(left("Teachers and parents said it.", "said").as_deref(), Some("Teachers and parents"));
        let got = left("Police arrested protesters and officials said it.", "said");
        assert_eq!(got.as_deref(), Some("officials"));
        // "Prices rose, retailers and wholesalers said.": set off by a comma after the content.
        let got = left("Prices rose, retailers and wholesalers said.", "said");
        assert_eq!(got.as_deref(), Some("retailers and wholesalers"));
        let got = left("Police arrested protesters, and officials said it.", "said");
        assert_eq!(got.as_deref(), Some("officials"));
        // "At least 23 civilians were killed …, local officials and aid workers said Sunday": an
        // adjective or a demonym before the first.
        let got = left("Many died, local officials and aid workers said.", "said");
        assert_eq!(got.as_deref(), Some("local officials and aid workers"));
        let got = left("Many died, Congolese officials and aid workers said.", "said");
        assert_eq!(got.as_deref(), Some("Congolese officials and aid workers"));
        // Not a verb, nor two words before a plural opening the sentence.
        let got = left("Police detained protesters and officials said it.", "said");
        assert_eq!(got.as_deref(), Some("officials"));
        let got = left("One reason Democrats and civil rights groups say it.", "say");
        assert_eq!(got.as_deref(), Some("civil rights groups"));
    }

    #[test]
    fn a_cue_word_can_own() {
        // "The suspect’s mother said": "suspect" is a noun here.
        let got = left("Later the suspect’s mother said it.", "said");
        assert_eq!(got.as_deref(), Some("the suspect’s mother"));
        // "The call handler said": one right after an article modifies the noun after it.
        let got = left("Then the call handler said it.", "said");
        assert_eq!(got.as_deref(), Some("the call handler"));
    }

    #[test]
    fn a_phrase_may_end_on_a_pronoun() {
        let got = left("And most of them said it.", "said");
        assert_eq!(got.as_deref(), Some("most of them"));
        let got = left("Then a source close to him said it.", "said");
        assert_eq!(got.as_deref(), Some("a source close to him"));
        let got = left("And people familiar with it said so.", "said");
        assert_eq!(got.as_deref(), Some("people familiar with it"));
    }

    #[test]
    fn a_cue_word_right_before_the_verb_heads_it() {
        // "The police report said": "report" is a noun; "to express doubts" stays a verb.
        let got = left("Later the police report said it.", "said");
        assert_eq!(got.as_deref(), Some("the police report"));
        let got = left("Then a new report says it.", "says");
        assert_eq!(got.as_deref(), Some("a new report"));
    }

    #[test]
    fn a_title_keeps_its_body_and_owner() {
        // "the Senate minority leader", "the company’s chief financial officer".
        let got = left("Later the Senate minority leader said it.", "said");
        assert_eq!(got.as_deref(), Some("the Senate minority leader"));
        let got = left("Then the company’s chief financial officer said it.", "said");
        assert_eq!(got.as_deref(), Some("the company’s chief financial officer"));
        // "the central bank governor", "the former secretary of state": its modifiers too.
        let got = left("Rates will rise, the central bank governor said.", "said");
        assert_eq!(got.as_deref(), Some("the central bank governor"));
        let got = left("Then the former secretary of state said it.", "said");
        assert_eq!(got.as_deref(), Some("the former secretary of state"));
    }

    #[test]
    fn people_polled_by_an_outlet_speak() {
        // "Economists polled by Reuters expect …": the economists, not the outlet.
        let got = left("Economists polled by Reuters expect growth.", "expect");
        assert_eq!(got.as_deref(), Some("Economists polled by Reuters"));
        // "Analysts polled by FactSet had expected $2.51 a share": any pollster.
        let got = left("Analysts polled by FactSet expect a loss.", "expect");
        assert_eq!(got.as_deref(), Some("Analysts polled by FactSet"));
    }

    #[test]
    fn a_person_noun_before_a_preposition_heads_the_subject() {
        let text = "Two sources familiar with the matter said the deal was close.";
        assert_eq!(left(text, "said").as_deref(), Some("Two sources familiar with the matter"));
        // "Traders in flood-hit Hebden Bridge said …": a hyphenated adjective before the place.
        let text = "Traders in flood-hit Hebden Bridge said they had lost everything.";
        assert_eq!(left(text, "said").as_deref(), Some("Traders in flood-hit Hebden Bridge"));
        // "Critics on the left say …": a plural of people on a side.
        let text = "Critics on the left say the bill goes too far.";
        assert_eq!(left(text, "say").as_deref(), Some("Critics on the left"));
        // A possessive before a noun that is also a cue word ("the bank's thinking", "Apple's
        // plans"), and phrases after "familiar with" ("the planning for Thursday's meeting").
        let text = "People familiar with the bank's thinking said the deal was close.";
        assert_eq!(left(text, "said").as_deref(), Some("People familiar with the bank's thinking"));
        let text = "A person familiar with the planning for Thursday's meeting says it.";
        let want = "A person familiar with the planning for Thursday's meeting";
        assert_eq!(left(text, "says").as_deref(), Some(want));
        let text = "Chief Wendell Bear of the Sakami Lake First Nation said it.";
        assert_eq!(left(text, "said").as_deref(), Some("Wendell Bear"));
        let text = "Sgt. Lamar Whitaker with the Memphis Police Department said it.";
        assert_eq!(left(text, "said").as_deref(), Some("Lamar Whitaker"));
        let text = "Former cabin crew at Southern Cross Air say they were pressured.";
        assert_eq!(left(text, "say").as_deref(), Some("Former cabin crew at Southern Cross Air"));
        // "Police in Memphis", "people briefed on the talks".
        assert_eq!(left("Police in Memphis said it.", "said").as_deref(), Some("Police in Memphis"));
        let text = "Two people briefed on the talks said it.";
        assert_eq!(left(text, "said").as_deref(), Some("Two people briefed on the talks"));
    }

    #[test]
    fn someone_speaking_for_a_person() {
        // "A spokesman for Acme", "a spokesperson for Mayor Ellen Cho", "The family of Jane Lee".
        assert_eq!(left("A spokesman for Acme said it.", "said").as_deref(), Some("A spokesman for Acme"));
        let text = "A spokesperson for Mayor Ellen Cho said it.";
        assert_eq!(left(text, "said").as_deref(), Some("A spokesperson for Mayor Ellen Cho"));
        assert_eq!(
            left("The family of Jane Lee said it.", "said").as_deref(),
            Some("The family of Jane Lee")
        );
        // People in two places joined by "and".
        let text = "Residents in Northfield Vale and Ashby Green said it.";
        assert_eq!(left(text, "said").as_deref(), Some("Residents in Northfield Vale and Ashby Green"));
        // A body named with "of" before the noun.
        let text = "A Bureau of Meteorology spokesperson said it.";
        assert_eq!(left(text, "said").as_deref(), Some("A Bureau of Meteorology spokesperson"));
        let text = "The federal member for Lyne, Brett Avery, said it.";
        assert_eq!(left(text, "said").as_deref(), Some("Brett Avery"));
        // "Opposition spokeswoman for Indigenous Australians Narelle Cooper-Briggs told …": after
        // "for", a portfolio with no title is the spokeswoman's, not someone she speaks for.
        let text = "Opposition spokeswoman for Indigenous Australians Narelle Cooper-Briggs said it.";
        assert_eq!(left(text, "said").as_deref(), Some("Narelle Cooper-Briggs"));
        // (Not a body after "the": "A spokesperson for the Harmon County Prosecutor's Office".)
        let text = "A spokesperson for the Harmon County Prosecutor's Office said it.";
        assert_eq!(
            left(text, "said").as_deref(),
            Some("A spokesperson for the Harmon County Prosecutor's Office")
        );
        // "A spokesman for the Ministry of Defence, Lt Col James Harrow, said": with a title too.
        let text = "A spokesman for the Ministry of Defence, Lt Col James Harrow, said it.";
        assert_eq!(left(text, "said").as_deref(), Some("James Harrow"));
        let text = "The Commissioner for Health in Oyo State, Dr Folasade Adeyemi, said it.";
        assert_eq!(left(text, "said").as_deref(), Some("Folasade Adeyemi"));
        // A title before "of" names a body, not a person it speaks for.
        let text = "The director of the Brookings Institution said it.";
        assert_eq!(left(text, "said").as_deref(), Some("The director of the Brookings Institution"));
    }

    #[test]
    fn names_titles_and_asides() {
        // "James B. Comey Jr. said", "Sen. Marco Rubio (R-Fla.) said".
        assert_eq!(left("James B. Comey Jr. said it.", "said").as_deref(), Some("James B. Comey Jr"));
        // "Acme Corp. (NYSE: ACM) said", "Veltrix Health, Inc. (NASDAQ: VLTX) today announced".
        assert_eq!(left("Acme Corp. (NYSE: ACM) said it.", "said").as_deref(), Some("Acme Corp"));
        let text = "Veltrix Health, Inc. (NASDAQ: VLTX) announced it.";
        assert_eq!(left(text, "announced").as_deref(), Some("Veltrix Health"));
        assert_eq!(left("Sen. Marco Rubio (R-Fla.) said it.", "said").as_deref(), Some("Marco Rubio"));
        // A lone lower-case word that names no speaker is no subject ("in century said").
        assert_eq!(left("It rained in century said it.", "said"), None);
        // An outlet's name ending a person's name: "Mayor Don Guardian said".
        assert_eq!(
            left("Atlantic City Mayor Don Guardian said it.", "said").as_deref(),
            Some("Don Guardian")
        );
        assert_eq!(left("The Guardian said it.", "said").as_deref(), Some("The Guardian"));
        // A noun ending in "-ly": "The grieving family said".
        assert_eq!(left("The grieving family said it.", "said").as_deref(), Some("The grieving family"));
    }

    #[test]
    fn relative_pronoun_stands_for_the_phrase_before() {
        let text = "The official, who spoke on Monday, left.";
        let f = Fixture::new(text);
        let who = f.token("who");
        f.with(|ctx| {
            let m = relative(ctx, who, 0);
            assert!(m.as_ref().is_some_and(Mention::is_relative));
            if let Some(MentionKind::Relative(a)) = m.map(|m| m.kind) {
                assert_eq!(a.span.as_str(text), "The official");
            }
        });
        // "Jake Tapper of CNN, who said": the person, not the outlet.
        let text = "It was backed by Jake Tapper of CNN, who said it was over.";
        let f = Fixture::new(text);
        let who = f.token("who");
        f.with(|ctx| {
            let m = relative(ctx, who, 0).map(|m| m.kind);
            assert!(
                matches!(&m, Some(MentionKind::Relative(a)) if a.span.as_str(text) == "Jake Tapper"),
                "{m:?}"
            );
        });
    }

    #[test]
    fn a_part_of_the_phrase_before_in_a_relative_clause() {
        use crate::attribution::context::test_support::claims;
        // "… failed to listen to more than 2300 submissions, most of which opposed a double-digit
        // increase": the relative clause goes on in the content.
        let got = claims("She said the council ignored 2300 submissions, most of which opposed the plan.");
        assert_eq!(
            got,
            [(
                Some("She".into()),
                "the council ignored 2300 submissions, most of which opposed the plan".into()
            )]
        );
        // "Officials briefed 40 MPs, most of whom said …": the MPs speak.
        let got = claims("Officials briefed 40 MPs, most of whom said they backed the plan.");
        assert_eq!(got, [(Some("MPs".into()), "they backed the plan".into())]);
    }

    #[test]
    fn a_partys_letter_in_parentheses_ends_its_name() {
        // "The JD(U) said it would quit"; "Sen. Marco Rubio (R-Fla.) said" skips the aside.
        assert_eq!(left("The JD(U) said it.", "said").as_deref(), Some("JD(U)"));
        assert_eq!(left("Sen. Marco Rubio (R-Fla.) said it.", "said").as_deref(), Some("Marco Rubio"));
    }

    #[test]
    fn a_past_form_after_a_noun_is_its_verb() {
        // "The firm hired lawyers, who said …"; not "newly elected officials", "Democratic
        // registered voters".
        assert_eq!(left("The firm hired lawyers said it.", "said").as_deref(), Some("lawyers"));
        let got = left("Newly elected officials said it.", "said");
        assert_eq!(got.as_deref(), Some("Newly elected officials"));
        let got = left("Nine in 10 Democratic registered voters say it.", "say");
        assert_eq!(got.as_deref(), Some("Democratic registered voters"));
    }
}
