//! A name with a description set off by commas: "X, a spokesman for Y, said" (the description
//! before the verb), "…, said X, a spokesman for Y." (after the name).

use crate::entities::EntityLabel;
use crate::lexicon::{NounKind, WordClass};
use crate::text::TokenKind;
use crate::Span;

use super::super::context::Context;
use super::super::words;
use super::left::left_np;
use super::mention::{det_or_poss, entity_mention, mention, past_titles, Mention, MentionKind};

/// "X, a spokesman for Y," ending at the comma `k`: the subject before a description, or before
/// an aside ("Smith, in an interview, said").
pub(crate) fn appositive(ctx: &Context<'_, '_>, k: usize, limit: usize) -> Option<Mention> {
    // ("“…,” Marguerite Aalto, the commission’s executive vice-president for a clean, just and
    // competitive transition, said": a description with commas of its own; the person's name
    // opening the run speaks.)
    // (Not two people named together: "state Senate leader Phil Berger and House Speaker Tim
    // Moore, both Republicans, said".)
    let person = |m: &Mention| matches!(m.kind, MentionKind::Entity(EntityLabel::Person));
    let together = |m: &Mention| matches!(m.kind, MentionKind::Common { plural: true, .. });
    // (The name opens the clause, past its titles, or follows the quotation: not "…, in a statement
    // signed by its Public Relations Officer, SP …, said".)
    let opens = |m: &Mention| {
        let a = m.tokens.start;
        (limit..a).all(|t| ctx.title(t).is_some() || ctx.word(t) == ".")
            || a > limit && matches!(ctx.word(a - 1), "”" | "\"" | "’" | "'")
    };
    match appositive_one(ctx, k, limit) {
        Some(one) if person(&one) || together(&one) => Some(one),
        one => appositive_chain(ctx, k, limit).filter(|c| one.is_none() || person(c) && opens(c)).or(one),
    }
    .or_else(|| titled_aside(ctx, k, limit))
}

/// "The report, \"Empty Plates, Rising Heat\", found that …", "The study, titled “…”, says": a
/// title in quotation marks between the comma before it and the comma `k` names what the subject
/// before it is called.
fn titled_aside(ctx: &Context<'_, '_>, k: usize, limit: usize) -> Option<Mention> {
    const MAX_TITLE: usize = 16;
    if k < limit + 4 || !matches!(ctx.word(k - 1), "\"" | "”") {
        return None;
    }
    let lo = limit.max(k.saturating_sub(MAX_TITLE + 2));
    let open = (lo..k - 1).rev().find(|&t| matches!(ctx.word(t), "\"" | "“"))?;
    let mut c = open.checked_sub(1)?;
    if c > limit && matches!(ctx.lower(c), "titled" | "entitled" | "called") {
        c -= 1;
    }
    if c <= limit || ctx.word(c) != "," {
        return None;
    }
    left_np(ctx, c, limit).filter(|np| matches!(np.kind, MentionKind::Common { plural: false, .. }))
}

/// "Cecelia Purner, 67, a retired service representative in Allentown, Pa., said": a person's
/// name before a run of commas, with no verb up to `k`; the run is the role.
fn appositive_chain(ctx: &Context<'_, '_>, k: usize, limit: usize) -> Option<Mention> {
    let lo = limit.max(k.saturating_sub(30));
    let mut c = k;
    while c > lo + 1 {
        c -= 1;
        if ctx.clause_word(c) {
            return None;
        }
        if ctx.word(c) != "," {
            continue;
        }
        let Some(e) = person_ending_before(ctx, c) else { continue };
        let a = ctx.doc.token_index_at(ctx.entities[e].span.start);
        // "… a representative in Allentown, Pa.": a name after a preposition is a place.
        let after_prep = a > limit && ctx.class(a - 1) == Some(WordClass::Prep);
        // ("… at the Royal Botanic Gardens, Kew, in London": one word after a comma that follows
        // a capitalised name goes on with an address.)
        let address = c == a + 1 && a >= limit + 2 && ctx.word(a - 1) == "," && ctx.is_cap(a - 2);
        if !after_prep && !address {
            let mut np = entity_mention(ctx, e, limit);
            // (Not the age, nor a relative clause: "Mr Patel, 61, who owns the corner shop,".)
            let mut r = c + 1;
            if ctx.kind(r) == TokenKind::Number && r + 1 < k && ctx.word(r + 1) == "," {
                r += 2;
            }
            if r < k && !matches!(ctx.lower(r), "who" | "which") {
                np.role = Some(ctx.span(r, k));
            }
            return Some(np);
        }
    }
    None
}

/// The entity (its index) of a person's name whose last token is the one before token `t`.
fn person_ending_before(ctx: &Context<'_, '_>, t: usize) -> Option<usize> {
    ctx.entity_at(t - 1).filter(|&e| {
        let ent = &ctx.entities[e];
        ent.label == EntityLabel::Person && ctx.doc.token_index_at(ent.span.end) == t
    })
}

/// One description between the comma before it and the comma `k`.
fn appositive_one(ctx: &Context<'_, '_>, k: usize, limit: usize) -> Option<Mention> {
    let m = opening_comma(ctx, k, limit)?;
    // "Rep. Tom Brandt, R-Texas, said": a party tag says nothing of who speaks.
    if party_tag(ctx, m + 1, k) {
        return left_np(ctx, m, limit);
    }
    // "Murphy, though, said": a one-word aside.
    if k == m + 2
        && matches!(
            ctx.class(m + 1),
            Some(WordClass::Adv | WordClass::Subord | WordClass::Conj | WordClass::Time)
        )
    {
        return left_np(ctx, m, limit);
    }
    if let Some(np) = subject_before_aside(ctx, m, limit).or_else(|| body_through_person(ctx, m, k, limit)) {
        return Some(np);
    }
    if let Some(np) = name_after_role(ctx, m, k, limit) {
        return Some(np);
    }
    if let Some(np) = name_given(ctx, m, k, limit) {
        return Some(np);
    }
    if let Some(np) = named_body_after_noun(ctx, m, k, limit) {
        return Some(np);
    }
    if !role_like(ctx, m, k) {
        return None;
    }
    described_subject(ctx, m, k, limit)
}

/// "The builder, the Corvell-Hanley joint venture, said": between the commas `m` and `k`, "the", a
/// proper name and a body's noun ("consortium", "joint venture") name the body that speaks,
/// after a common noun that describes it.
fn named_body_after_noun(ctx: &Context<'_, '_>, m: usize, k: usize, limit: usize) -> Option<Mention> {
    const MAX_NAME: usize = 4;
    if !ctx.lower_is(m + 1, "the") || k < m + 4 || k > m + 3 + MAX_NAME {
        return None;
    }
    let head = k - 1;
    let body =
        ctx.lower_noun(head) == Some(NounKind::Organization) || words::is_company_noun(ctx.lower(head));
    // (The name: capitalised words, hyphened pieces; then at most one lower-case word before the
    // noun, "joint venture".)
    let name_end = (m + 2..head)
        .find(|&t| !(ctx.is_cap(t) || ctx.word(t) == "-" && ctx.touches(t - 1, t)))
        .unwrap_or(head);
    let modifier = (name_end..head).all(|t| ctx.kind(t) == TokenKind::Word && ctx.class(t).is_none());
    if !(body && name_end > m + 2 && head - name_end <= 1 && modifier) {
        return None;
    }
    // (Asked last: the described noun phrase before the comma.)
    let described = left_np(ctx, m, limit).filter(|l| matches!(l.kind, MentionKind::Common { .. }))?;
    (described.tokens.end == m).then(|| Mention {
        span: ctx.span(m + 1, k),
        tokens: m + 1..k,
        kind: MentionKind::Common { kind: crate::SpeakerKind::Organization, plural: false },
        role: None,
        place_kind: None,
    })
}

/// "One woman, who gave her name only as Amna, said", "A driver, who identified himself only as
/// Rashid, told": the name the person gave, at the end of a "who" clause set off by the commas at
/// `m` and `k`, speaks; the description before is its role.
fn name_given(ctx: &Context<'_, '_>, m: usize, k: usize, limit: usize) -> Option<Mention> {
    if !ctx.lower_is(m + 1, "who") {
        return None;
    }
    let as_at = (m + 2..k).rev().find(|&t| ctx.lower_is(t, "as"))?;
    let gave = (m + 2..as_at).any(|t| matches!(ctx.lower(t), "name" | "identified"));
    let named = as_at + 1 < k && (as_at + 1..k).all(|t| ctx.is_cap(t) && ctx.kind(t) == TokenKind::Word);
    if !gave || !named {
        return None;
    }
    let mut np = mention(ctx, as_at + 1, k, MentionKind::Entity(EntityLabel::Person));
    np.role = left_np(ctx, m, limit).map(|r| r.span);
    Some(np)
}

/// Most tokens after a name set off by commas that say where the person is from or that they
/// have retired.
const MAX_NAME_TAIL: usize = 5;

/// "One patient, 78-year-old Isobel Crichton from Kirriemuir, told …", "The Commander of the
/// Corps, Brig Gen Joe Komolafe-Ajayi (retd.), told …": after the name (ending at `b`), a place
/// after "from" or "of", or a parenthesis, up to the comma at `k`.
fn name_tail(ctx: &Context<'_, '_>, b: usize, k: usize) -> bool {
    let short = k > b + 1 && k - b <= MAX_NAME_TAIL;
    let parenthesis = ctx.word(b) == "(" && ctx.word(k - 1) == ")";
    let place = matches!(ctx.lower(b), "from" | "of") && (b + 1..k).all(|t| ctx.is_cap(t));
    short && (parenthesis || place)
}

/// Whether tokens `a..b` are a US party tag: "D", "R" or "I", a hyphen and a state, all written
/// as one word ("R-Texas", "D-N.M.").
fn party_tag(ctx: &Context<'_, '_>, a: usize, b: usize) -> bool {
    b >= a + 3
        && matches!(ctx.word(a), "D" | "R" | "I")
        && ctx.word(a + 1) == "-"
        && ctx.is_cap(a + 2)
        && (a + 1..b).all(|t| ctx.touches(t - 1, t))
}

/// The comma opening the stretch that comma `k` closes: at most 30 tokens back, not across a
/// double quote mark.
fn opening_comma(ctx: &Context<'_, '_>, k: usize, limit: usize) -> Option<usize> {
    let lo = limit.max(k.saturating_sub(30));
    let mut m = k;
    while m > lo {
        m -= 1;
        let w = ctx.word(m);
        if w == "," {
            break;
        }
        if matches!(w, "\"" | "“" | "”") {
            return None;
        }
    }
    (m > lo && ctx.word(m) == "," && m + 1 < k).then_some(m)
}

/// "Clinton, after the scandal broke in March, said", "Smith, in an interview, said", "Biden,
/// speaking at the White House, said": an adverbial or participial aside opening at comma `m`; the
/// subject is before it.
fn subject_before_aside(ctx: &Context<'_, '_>, m: usize, limit: usize) -> Option<Mention> {
    let adverbial = matches!(ctx.class(m + 1), Some(WordClass::Subord | WordClass::Prep));
    if !(adverbial || participle_aside(ctx, m + 1)) || ctx.lower_is(m + 1, "that") {
        return None;
    }
    // (A place before the aside more often ends an earlier appositive: "Sandy Phillips, who lost
    // her daughter in Aurora, Colorado, in July 2012, said"; opening the clause, it is a country or
    // a city speaking through its government: "France, by contrast, argued …".)
    left_np(ctx, m, limit).filter(|np| {
        np.is_person_or_org()
            || matches!(np.kind, MentionKind::Common { .. } | MentionKind::Pronoun(_))
            || np.tokens.start == limit && matches!(np.kind, MentionKind::Entity(EntityLabel::Location))
    })
}

/// "The Ondo State Police Command, in a statement signed by its Public Relations Officer, SP
/// Funmilayo Odunlami, said", "The party, through its Publicity Secretary, Hon. Yemi Akinwale,
/// urged": the name between the commas `m` and `k` closes an aside that opens on a preposition
/// and names the body's officer ("its"); the body before the aside speaks.
fn body_through_person(ctx: &Context<'_, '_>, m: usize, k: usize, limit: usize) -> Option<Mention> {
    person_ending_before(ctx, k)?;
    let m0 = opening_comma(ctx, m, limit)?;
    let officer = (m0 + 1..m).any(|t| ctx.lower_is(t, "its"));
    (ctx.class(m0 + 1) == Some(WordClass::Prep) && officer)
        .then(|| subject_before_aside(ctx, m0, limit))
        .flatten()
}

/// "Biden, speaking at the White House, said", "Obama, acting as a character reference for …,
/// will make the case": an aside opening on a participle at token `t` describes what the subject
/// does, not who the subject is ("Smith, building manager, said" is a role).
fn participle_aside(ctx: &Context<'_, '_>, t: usize) -> bool {
    let w = ctx.lower(t);
    // "The report, published on Tuesday, found", "The study, led by Dr. Roe, found": a past
    // participle and a preposition or a time.
    let past = (w.len() > 4 && w.ends_with("ed")
        || matches!(w, "led" | "written" | "run" | "held" | "carried"))
        && !ctx.is_cap(t)
        && ctx.lower_class(t).is_none()
        && matches!(ctx.lower_class(t + 1), Some(WordClass::Prep | WordClass::Time));
    // ("But two senior GOP aides, granted anonymity to discuss private deliberations, said".)
    let anonymity =
        matches!(w, "granted" | "given" | "promised" | "offered") && ctx.lower_is(t + 1, "anonymity");
    past || anonymity
        || ctx.kind(t) == TokenKind::Word
            && !ctx.is_cap(t)
            && w.len() > 5
            && w.ends_with("ing")
            && ctx.lower_class(t).is_none()
            && !matches!(w, "morning" | "evening")
            && !w.ends_with("thing")
            && ctx.lower_title(t + 1).is_none()
            && ctx.lower_noun(t + 1).is_none()
}

/// "Its chairwoman, Olga Nemec, said": the name is between the commas, the role before.
fn name_after_role(ctx: &Context<'_, '_>, m: usize, mut k: usize, limit: usize) -> Option<Mention> {
    // ("Labour's housing spokesman, Declan Whelan TD, said": letters after the name.)
    while k > m + 2 && crate::lexicon::is_post_nominal(ctx.word(k - 1)) {
        k -= 1;
    }
    // ("The association's president, Dr. Andrew Park, said": a title before the name; "The
    // Archdeacon of Wendham, the Ven Paul Okonkwo, said": after "the".)
    let open = if ctx.lower_is(m + 1, "the") && past_titles(ctx, m + 2, k) > m + 2 { m + 2 } else { m + 1 };
    // ("One patient, 81-year-old Margaret Tulley, told the BBC": an age before the name.)
    let open = ctx.past_age(open, k);
    // ("Its organiser, Sheffield MP Rachel Oduya, told", "…, Labour MP …": a capitalised word or
    // two, a place or a party, before the title.)
    let modifier = |t: usize| {
        ctx.is_cap(t)
            && ctx.title(t).is_none()
            && ctx.class(t).is_none()
            && !ctx.entity(t).is_some_and(|e| e.label == EntityLabel::Person)
    };
    let place_end = (open..k.min(open + 2)).find(|&t| !modifier(t)).unwrap_or(k.min(open + 2));
    // (Not a body's whole name that ends on a word of a title: "its owner, Halvorsen Health,".)
    let body = ctx.entity(open).is_some_and(|e| {
        e.label == EntityLabel::Organization
            && e.span.start == ctx.byte(open)
            && ctx.doc.token_index_at(e.span.end) == k
    });
    let open = if place_end > open && ctx.title(place_end).is_some() && !body { place_end } else { open };
    let open = past_occupation(ctx, open, k);
    let mut n = past_titles(ctx, open, k);
    // ("The Iyaloja of the market, Chief (Mrs) Adunni Bamgbose, told": a courtesy title in
    // parentheses after the title.)
    if n + 3 < k && ctx.word(n) == "(" && ctx.title(n + 1).is_some() && ctx.word(n + 2) == ")" {
        n = past_titles(ctx, n + 3, k);
    }
    // (Only a title right before a capitalised name: not "Democrat of Tennessee".)
    if n > m + 1 && !(ctx.is_cap(n) && ctx.class(n).is_none()) {
        n = m + 1;
    }
    let e = ctx.entity_at(n)?;
    let ent = &ctx.entities[e];
    let (a, b) = (ctx.doc.token_index_at(ent.span.start), ctx.doc.token_index_at(ent.span.end));
    // (With a tail, a person's full name: not "Morton Blackwell, the Republican National
    // Committeeman from Virginia,", a title the recognizer took for a name.)
    let full_name = b >= a + 2 && !ctx.is_title_word(b - 1);
    // ("The company, Acme Corp., said": the stop of the name's abbreviation before the comma.)
    let stop = b + 1 == k
        && ctx.word(b) == "."
        && ctx.doc.touches(b - 1, b)
        && super::super::finish::is_name_suffix_abbreviation(ctx.word(b - 1));
    if a != n || b != k && !stop && !(name_tail(ctx, b, k) && full_name) {
        return None;
    }
    let left = left_np(ctx, m, limit);
    // ("Margaret Thornbury, 54, of Ashdale Road, Wrexley, said": after a stretch set off by commas
    // that opens on a preposition, the name between the commas is the rest of an address.)
    if opening_comma(ctx, m, limit).is_some_and(|p| ctx.class(p + 1) == Some(WordClass::Prep)) {
        return None;
    }
    // ("Prof. Adaeze Nwankwo, a virologist at the University of Nigeria, Nsukka, said": a name
    // after a body or place that follows a preposition, in a stretch set off by commas, is where
    // that body is; not "The director of the European Centre, Ina Kirsch, told".)
    // ("Yesterday, the Ranking Member on the Agriculture Committee, Mr Isaac Mensah, said": not
    // after a phrase fronted before the subject, which names nobody.)
    let after_name = |p: usize| p > limit && ctx.entity(p - 1).is_some();
    if opening_comma(ctx, m, limit).is_some_and(after_name) && body_after_preposition(ctx, m, limit) {
        return None;
    }
    match (ent.label, left.as_ref().map(|r| &r.kind)) {
        (EntityLabel::Person, Some(MentionKind::Common { .. })) => {
            let mut np = entity_mention(ctx, e, m + 1);
            np.role = left.map(|r| role_with_head(ctx, &r, limit));
            Some(np)
        }
        (EntityLabel::Person, _) => Some(entity_mention(ctx, e, m + 1)),
        // "The school, St. Brendan's Academy, said": a body's name after the noun that describes
        // it speaks for it (the noun is no role).
        (EntityLabel::Organization, Some(&MentionKind::Common { plural: false, .. })) => {
            Some(entity_mention(ctx, e, m + 1))
        }
        _ => None,
    }
}

/// "Another resident, boda boda rider Samuel Kariuki, said": a few lower-case words ending on a
/// noun of someone's work (an agent's ending or a noun of people) before a person's name, from
/// `open`, are the name's description. Returns where the name starts (or `open`).
fn past_occupation(ctx: &Context<'_, '_>, open: usize, k: usize) -> usize {
    const MAX_OCCUPATION: usize = 3;
    let plain = |t: usize| ctx.kind(t) == TokenKind::Word && !ctx.is_cap(t) && ctx.class(t).is_none();
    let Some(last) = (open..k.min(open + MAX_OCCUPATION)).take_while(|&t| plain(t)).last() else {
        return open;
    };
    let w = ctx.lower(last);
    let agent = words::has_agent_ending(w) || ctx.lower_noun(last).is_some();
    let named = ctx
        .entity(last + 1)
        .is_some_and(|e| e.label == EntityLabel::Person && e.span.start == ctx.byte(last + 1));
    if agent && named {
        last + 1
    } else {
        open
    }
}

/// "The DA's Gauteng spokesperson on cooperative governance, Michelle van Wyk, …": a role `r`
/// after a preposition is the object of a title before it; the role runs from that title's
/// phrase.
fn role_with_head(ctx: &Context<'_, '_>, r: &Mention, limit: usize) -> Span {
    let a = r.tokens.start;
    if a < limit + 2 || !matches!(ctx.lower(a - 1), "on" | "for") {
        return r.span;
    }
    match left_np(ctx, a - 1, limit) {
        Some(head) if ctx.title(head.tokens.end - 1).is_some() => Span::new(head.span.start, r.span.end),
        _ => r.span,
    }
}

/// Whether a body's or a place's name after a preposition ("at the University of Nigeria", "of St
/// Botolph's") ends right before comma `m`.
fn body_after_preposition(ctx: &Context<'_, '_>, m: usize, limit: usize) -> bool {
    // (A church's or a shop's "'s": "St Botolph's".)
    let end = if m >= limit + 3 && ctx.word(m - 1) == "s" && matches!(ctx.word(m - 2), "'" | "’") {
        m - 2
    } else {
        m
    };
    let Some(e) = ctx.entity(end - 1) else { return false };
    let a = ctx.doc.token_index_at(e.span.start);
    let a = if a > limit && ctx.lower_is(a - 1, "the") { a - 1 } else { a };
    // ("… a fisheries cooperative in Rumoi, Hokkaido, said": a word the recognizer could not
    // place, after "in", "from" or "near", is a town.)
    let town = e.label == EntityLabel::Person
        && end == a + 1
        && a > 0
        && matches!(ctx.lower(a - 1), "in" | "from" | "near");
    (matches!(e.label, EntityLabel::Organization | EntityLabel::Location) || town)
        && ctx.doc.token_index_at(e.span.end) == end
        && a > limit
        && ctx.class(a - 1) == Some(WordClass::Prep)
}

/// Whether the stretch between comma `m` and comma `k` reads as a description or a relative
/// clause: it opens with a determiner, a title, "who", an adverb or a number, or holds a title.
/// The person named right before a common noun phrase `np` and a comma ("RoseAnn DeMoro,
/// executive director of …"), with the phrase as role.
fn named_before(ctx: &Context<'_, '_>, np: &Mention, limit: usize) -> Option<Mention> {
    // (The phrase may have left its article and "former" out: "a former executive director of …".)
    let mut a = np.tokens.start;
    while a > limit + 2 && (ctx.class(a - 1) == Some(WordClass::Det) || ctx.lower_is(a - 1, "former")) {
        a -= 1;
    }
    if !matches!(np.kind, MentionKind::Common { .. }) || a < limit + 2 || ctx.word(a - 1) != "," {
        return None;
    }
    let e = ctx.entity_at(a - 2)?;
    let ent = &ctx.entities[e];
    if ent.label != EntityLabel::Person || ctx.doc.token_index_at(ent.span.end) != a - 1 {
        return None;
    }
    let mut person = entity_mention(ctx, e, limit);
    person.role = Some(Span::new(ctx.byte(a), np.span.end));
    Some(person)
}

/// "Julia Marchand, who heads the Open Storefront Coalition, a Brussels-based group, said": the
/// phrase before this description is the object of a "who" clause after a person's name (at
/// most three lower-case words between "who" and it); the name speaks.
fn object_of_who(ctx: &Context<'_, '_>, np: &Mention, limit: usize) -> Option<Mention> {
    const MAX_VERB_WORDS: usize = 3;
    let a = np.tokens.start;
    let who =
        (a.saturating_sub(MAX_VERB_WORDS + 1).max(limit + 2)..a).rev().find(|&t| ctx.lower_is(t, "who"))?;
    let verb = (who + 1..a).all(|t| ctx.kind(t) == TokenKind::Word && !ctx.is_cap(t));
    if !verb || who + 1 == a || ctx.word(who - 1) != "," {
        return None;
    }
    person_ending_before(ctx, who - 1).map(|e| entity_mention(ctx, e, limit))
}

fn role_like(ctx: &Context<'_, '_>, m: usize, k: usize) -> bool {
    det_or_poss(ctx, m + 1)
        || ctx.title(m + 1).is_some()
        || ctx.lower_is(m + 1, "who")
        || ctx.lower_is(m + 1, "which")
        || ctx.class(m + 1) == Some(WordClass::Adv)
        || ctx.class(m + 1) == Some(WordClass::Time)
        || ctx.kind(m + 1) == TokenKind::Number
        || ctx.is_cap(m + 1) && ctx.title(k - 1).is_some()
        // "Robert Peck, managing director and analyst at SunTrust, told": a title inside.
        || ctx.entity_at(m - 1).is_some()
            && (m + 1..k).any(|t| ctx.lower_title(t).is_some() || ctx.lower_noun(t) == Some(NounKind::Person))
}

/// The subject before the description between comma `m` and comma `k`, the description as its
/// role (not for a relative clause, an adverb or an age).
fn described_subject(ctx: &Context<'_, '_>, m: usize, k: usize, limit: usize) -> Option<Mention> {
    // ("Rep. Anthony Bruno, R-Texas, a member of …, said": the name before the party tag.)
    let tagged = m >= limit + 4 && party_tag(ctx, m - 3, m) && ctx.word(m - 4) == ",";
    let mut np = left_np(ctx, if tagged { m - 4 } else { m }, limit)?;
    // "RoseAnn DeMoro, executive director of National Nurses United, a union that …, said": the
    // phrase before this description is itself a name's appositive; the name speaks.
    if let Some(person) = named_before(ctx, &np, limit).or_else(|| object_of_who(ctx, &np, limit)) {
        return Some(person);
    }
    // "Sen. Chuck Grassley, facing a challenge in Iowa, a swing state, said": a name after a
    // preposition ends an aside; the person before the aside speaks.
    // ("…, a mycologist at the Royal Botanic Gardens, Kew, in London, who was not involved in the
    // study, said": the chain ends where the relative clause opens.)
    if np.tokens.start > limit && ctx.class(np.tokens.start - 1) == Some(WordClass::Prep) {
        if let Some(person) = appositive_chain(ctx, k, limit).or_else(|| appositive_chain(ctx, m, limit)) {
            return Some(person);
        }
    }
    let first = ctx.lower(m + 1);
    if first == "who" {
        if let Some(person) = person_before_body(ctx, &np, m, limit) {
            return Some(person);
        }
    }
    // "Reuters, which first reported the story, said …" speaks as the outlet; "…, a reporter for
    // Reuters, said" does not.
    if matches!(np.kind, MentionKind::Outlet(_)) {
        return matches!(first, "which" | "who").then_some(np);
    }
    let clause = matches!(first, "who" | "which")
        || matches!(ctx.class(m + 1), Some(WordClass::Adv | WordClass::Time));
    if ctx.kind(m + 1) != TokenKind::Number && !clause {
        np.role = Some(ctx.span(m + 1, k));
        body_by_description(ctx, &mut np, m + 1, k);
    }
    Some(np)
}

/// Most tokens between a person's name and the body whose name ends their description.
const MAX_DESCRIPTION_TO_BODY: usize = 16;

/// "Alhaji Musa Danjuma, the chairman of the Kano chapter of the Amalgamated Traders Association,
/// who spoke to our correspondent, said …", "Jake Tapper of CNN, who moderated, said": "who"
/// after a body `np` (before the comma `m`) that ends a person's description, or follows the
/// person's "of", is that person (a body is no "who"); a description set off is the role.
fn person_before_body(ctx: &Context<'_, '_>, np: &Mention, m: usize, limit: usize) -> Option<Mention> {
    let body = matches!(
        np.kind,
        MentionKind::Entity(EntityLabel::Organization | EntityLabel::Location) | MentionKind::Outlet(_)
    );
    let a = np.tokens.start;
    if !body || a <= limit + 1 {
        return None;
    }
    let lo = limit.max(a.saturating_sub(MAX_DESCRIPTION_TO_BODY));
    let (t, e) = (lo + 1..a).rev().take_while(|&t| !ctx.clause_word(t)).find_map(|t| {
        let joins = ctx.word(t) == ","
            || matches!(ctx.lower(t), "of" | "at" | "from") && t + 1 == ctx.with_article(a);
        joins.then(|| person_ending_before(ctx, t).map(|e| (t, e))).flatten()
    })?;
    let mut person = entity_mention(ctx, e, limit);
    if ctx.word(t) == "," {
        person.role = Some(ctx.span(t + 1, m));
    }
    Some(person)
}

/// After a name at `end` (exclusive): ", a spokesman for Y," or ", who heads Z." — an appositive
/// closed by a comma or the end of the clause. Sets the role (not for "who" clauses) and returns
/// the first token after it; `end` itself when there is none.
pub(crate) fn appositive_after(ctx: &Context<'_, '_>, np: &mut Mention, end: usize, limit: usize) -> usize {
    if end + 1 >= limit || ctx.word(end) != "," {
        return end;
    }
    let first = end + 1;
    let who = matches!(ctx.lower(first), "who" | "which" | "whose");
    let role_like =
        who || det_or_poss(ctx, first) || ctx.title(first).is_some() || ctx.kind(first) == TokenKind::Number;
    if !role_like {
        return end;
    }
    let lim = limit.min(first + 30);
    let mut j = first;
    // (A closing parenthesis ends it only when the appositive did not open one: "(… wrote Edward
    // Nelson, a technician)", but "a grad who drove reporters (like me) off the beat".)
    let mut depth = 0usize;
    while j < lim && !matches!(ctx.word(j), "," | "." | ";" | "“" | "\"" | "”" | "!" | "?") {
        match ctx.word(j) {
            "(" => depth += 1,
            ")" if depth == 0 => break,
            ")" => depth -= 1,
            _ => {}
        }
        j += 1;
    }
    if j == lim && lim < limit {
        return end;
    }
    // ("According to civic health officials, 412 suspected cases and 96 confirmed cases were
    // reported …, against …": a number opening a clause, no age nor a count of people.)
    if ctx.kind(first) == TokenKind::Number && (first + 1..j).any(|t| ctx.clause_word(t)) {
        return end;
    }
    // "said one former staffer, who said he left on good terms": a relative clause that reports
    // makes a claim of its own (not "who spoke on condition of anonymity", "who declined to …",
    // nor a position that describes the speaker: "who endorsed Mr. Rubio").
    let reports = |t: usize| {
        ctx.cue(t).is_some_and(|c| {
            c.act == crate::Act::Speech
                && !c.object
                && !words::is_refusal_verb(&c.lemma)
                && !matches!(c.lemma.as_str(), "speak" | "talk" | "ask" | "request")
        })
    };
    // "According to Vladimir Putin, the vote was rigged, …": a verb right after the opening noun
    // phrase makes the stretch a clause, not a description ("the minister of finance at the time
    // the tax was introduced" is one).
    // ("According to the association, 1,100 people were homeless": a number written with a
    // thousands comma is three tokens.)
    const MAX_SUBJECT_WORDS: usize = 3;
    let thousands = if ctx.kind(first) == TokenKind::Number && ctx.word(first + 1) != "," { 2 } else { 0 };
    // ("According to Merseyside Fire and Rescue Service, the blaze started in a kitchen, spread …":
    // a past form after a noun too; not "a retired teacher", "the newly elected mayor".)
    let past_after_noun = |t: usize| {
        let (w, before) = (ctx.lower(t), ctx.lower(t - 1));
        // ("According to PMC data, the civic body spent Rs 48 crore …": a past of the verb class too.)
        (w.len() > 3 && w.ends_with("ed")
            || words::is_irregular_past(w)
            || ctx.lower_class(t) == Some(WordClass::Verb))
            && !ctx.is_cap(t)
            && ctx.kind(t - 1) == TokenKind::Word
            && ctx.lower_class(t - 1).is_none()
            && !ctx.is_cap(t - 1)
            && !before.ends_with("ly")
    };
    let clause = !who
        && (first + 1..j.min(first + 1 + MAX_SUBJECT_WORDS + thousands)).any(|t| {
            matches!(ctx.lower_class(t), Some(WordClass::Aux | WordClass::Modal)) || past_after_noun(t)
        });
    // ("According to the health ministry, 14 people, including three officers, were treated": a
    // stretch that a list of its members follows is the subject of what was said.)
    let members = ctx.word(j) == "," && matches!(ctx.lower(j + 1), "including" | "among" | "mostly");
    // ("According to NHS England figures, more than 1,900 patients at the trust waited …": an
    // amount opens the subject of what was said, not a description.)
    let amount = matches!(ctx.lower(first), "more" | "fewer" | "less") && ctx.lower_is(first + 1, "than")
        || words::is_approximation(ctx.lower(first))
            && first + 1 < limit
            && ctx.kind(first + 1) == TokenKind::Number;
    if clause || amount || members && !who {
        return end;
    }
    // (The clause's own verb: "who has also said", not "who … were not authorized to discuss it".)
    let verb = (first + 1..j).find(|&t| {
        !matches!(
            ctx.lower_class(t),
            Some(WordClass::Aux | WordClass::Adv | WordClass::Neg | WordClass::Modal)
        )
    });
    if who && verb.is_some_and(reports) {
        return end;
    }
    if !who && ctx.kind(first) != TokenKind::Number && j > first {
        np.role = Some(ctx.span(first, j));
        body_by_description(ctx, np, first, j);
    }
    if j < limit && ctx.word(j) == "," {
        j + 1
    } else {
        j
    }
}

/// "Brightwire, the UK broadband provider, said …": a description of a body after the one word
/// of a name taken for a person's makes it a body's name.
fn body_by_description(ctx: &Context<'_, '_>, np: &mut Mention, first: usize, j: usize) {
    if np.kind == MentionKind::Entity(EntityLabel::Person)
        && np.tokens.len() == 1
        && describes_a_body(ctx, first, j)
    {
        np.kind = MentionKind::Entity(EntityLabel::Organization);
    }
}

/// Whether tokens `first..j` are an article, modifiers and a noun of a body or company ("the UK
/// broadband provider", "a telecommunications company", "a Denver-based startup"), with no phrase after the noun ("a lawyer
/// for the company" describes a person).
fn describes_a_body(ctx: &Context<'_, '_>, first: usize, j: usize) -> bool {
    let head = ctx.lower(j - 1);
    matches!(ctx.lower(first), "the" | "a" | "an")
        && j > first + 1
        // ("a Denver-based startup": a hyphen inside a modifier.)
        && (first + 1..j).all(|t| {
            ctx.kind(t) == TokenKind::Word && ctx.lower_class(t).is_none() || ctx.hyphen_inside(t)
        })
        && (words::is_company_noun(head)
            || words::is_described_body(head)
            || words::is_generic_body(head)
            || words::is_body_noun(head))
}

/// Whether the name ending at token `end` is followed by ", <a description of a body>,"
/// ("Brightwire, the UK broadband provider, said").
pub(crate) fn body_described_after(ctx: &Context<'_, '_>, end: usize) -> bool {
    const MAX_WORDS: usize = 6;
    if end + 2 >= ctx.doc.tokens().len() || ctx.word(end) != "," {
        return false;
    }
    let limit = (end + 2 + MAX_WORDS).min(ctx.doc.tokens().len());
    // ("Lumenra, the San Francisco-based startup behind the Halo chatbot, is …": up to the phrase
    // after the noun.)
    (end + 2..limit)
        .find(|&t| ctx.word(t) == "," || ctx.lower_class(t) == Some(WordClass::Prep))
        .is_some_and(|j| describes_a_body(ctx, end + 1, j))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::Fixture;

    /// The subject and role of the appositive closed by the comma before `verb`.
    fn before(text: &str, verb: &str) -> Option<(String, Option<String>)> {
        let f = Fixture::new(text);
        let k = f.token(verb) - 1;
        f.with(|ctx| {
            appositive(ctx, k, 0)
                .map(|m| (m.span.as_str(text).to_string(), m.role.map(|r| r.as_str(text).to_string())))
        })
    }

    #[test]
    fn the_name_after_a_role_after_a_fronted_phrase() {
        // "In a statement issued in Accra yesterday, the Ranking Member on the Food and
        // Agriculture Committee of Parliament, Mr Isaac Adomako Mensah, accused …": the comma
        // before the role closes a fronted phrase, not a name's appositive.
        let text = "Yesterday, the chairman of the Agriculture Committee, Mr Isaac Mensah, said it.";
        assert_eq!(before(text, "said").map(|g| g.0), Some("Isaac Mensah".into()));
    }

    #[test]
    fn a_body_described_with_a_phrase_after_its_noun() {
        // "Lumenra, the San Francisco-based startup behind the Halo chatbot, is laying off about
        // 320 employees, the company confirmed": the body a one-word name was taken for a person's.
        let text = "Lumenra lays off staff as FTC probes its practices\n\nLumenra, the San Francisco-based \
                    startup behind the Halo chatbot, is laying off about 320 employees, the company confirmed.";
        assert_eq!(crate::attribution::context::test_support::speakers(text), ["Lumenra"]);
    }

    #[test]
    fn an_occupation_before_the_name() {
        // "Another resident, boda boda rider Samuel Kariuki, said he had waited three years …"
        let text = "Another resident, boda boda rider Samuel Kariuki, said he had waited.";
        let got = before(text, "said");
        assert_eq!(got, Some(("Samuel Kariuki".into(), Some("Another resident".into()))));
    }

    #[test]
    fn a_description_with_commas_of_its_own() {
        // "“…,” Marguerite Aalto, the commission’s executive vice-president for a clean, just and
        // competitive transition, said at a news conference."
        let text = "“It chose its fees,” Marguerite Aalto, the commission’s executive vice-president for a \
                    clean, just and competitive transition, said.";
        assert_eq!(before(text, "said").map(|p| p.0).as_deref(), Some("Marguerite Aalto"));
        // "Alixandria Lapp, executive director of the House Majority PAC, a Democratic super PAC,
        // said …"
        let text =
            "Alixandria Lapp, executive director of the House Majority PAC, a Democratic super PAC, said it.";
        assert_eq!(before(text, "said").map(|p| p.0).as_deref(), Some("Alixandria Lapp"));
    }

    #[test]
    fn a_title_in_quotation_marks_after_the_subject() {
        // "The report, \"Empty Plates, Rising Heat\", found that an estimated 4.8 million children
        // were acutely malnourished …"
        let text = "The report, \"Empty Plates, Rising Heat\", found that children were hungry.";
        assert_eq!(before(text, "found").map(|p| p.0).as_deref(), Some("The report"));
        let text = "The study, titled “Empty Plates”, found that children were hungry.";
        assert_eq!(before(text, "found").map(|p| p.0).as_deref(), Some("The study"));
    }

    #[test]
    fn a_courtesy_title_in_parentheses_before_the_name() {
        // "The Iyaloja of the market, Chief (Mrs) Adunni Bamgbose, told our correspondent that …"
        let text = "The leader of the market, Chief (Mrs) Adunni Bamgbose, told reporters it was bad.";
        assert_eq!(before(text, "told").map(|p| p.0).as_deref(), Some("Adunni Bamgbose"));
    }

    #[test]
    fn a_body_speaking_through_its_officer() {
        // "The Ondo State Police Command, in a statement signed by its Public Relations Officer,
        // SP Funmilayo Odunlami, said two suspects had been taken into custody".
        let text = "The Ondo State Police Command, in a statement signed by its Public Relations Officer, SP Funmilayo Odunlami, said it.";
        assert_eq!(before(text, "said").map(|p| p.0).as_deref(), Some("Ondo State Police Command"));
        let text = "The party, through its Publicity Secretary, Yemi Akinwale, urged calm.";
        assert_eq!(before(text, "urged").map(|p| p.0).as_deref(), Some("The party"));
    }

    #[test]
    fn the_body_a_person_heads_is_no_speaker() {
        // "Julia Marchand, who heads the Open Storefront Coalition, a Brussels-based group whose
        // members include several games studios, said …"
        let text =
            "Julia Marchand, who heads the Open Storefront Coalition, a Brussels-based group, said it.";
        assert_eq!(before(text, "said").map(|p| p.0).as_deref(), Some("Julia Marchand"));
    }

    #[test]
    fn a_subject_with_its_members_is_no_description() {
        // "According to the health ministry, 14 people, including three officers, were treated."
        let f = Fixture::new(
            "According to the health ministry, the victims, including three officers, were treated.",
        );
        let (role, next) = f.with(|ctx| {
            let end = f.token("ministry") + 1;
            let mut m = crate::attribution::mentions::left::left_np(ctx, end, 0).expect("the ministry");
            let next = appositive_after(ctx, &mut m, end, ctx.doc.tokens().len());
            (m.role, next)
        });
        assert_eq!((role, next), (None, f.token("ministry") + 1));
    }

    #[test]
    fn description_between_commas() {
        let got = before("Olga Nemec, a spokeswoman for the ministry, said it.", "said");
        assert_eq!(got, Some(("Olga Nemec".into(), Some("a spokeswoman for the ministry".into()))));
        // "Name, role, description, said": the name speaks, with the first as its role.
        let got = before(
            "Greg Raiff, executive director of the Acme Union, a union that backs Sanders, said it.",
            "said",
        );
        assert_eq!(got, Some(("Greg Raiff".into(), Some("executive director of the Acme Union".into()))));
        // An age is no role, nor a relative clause after it.
        let got = before("Cecelia Purner, 67, a retired teacher in Allentown, Pa., said it.", "said");
        assert_eq!(got, Some(("Cecelia Purner".into(), Some("a retired teacher in Allentown, Pa.".into()))));
        let got = before("Mr Patel, 61, who owns the corner shop, said it.", "said");
        // (Only the courtesy title, which claims leave out.)
        assert_eq!(got.map(|g| g.1), Some(Some("Mr".into())));
        // "Smith, in an interview, said": an aside, no role.
        let got = before("John Smith, in an interview, said it.", "said");
        assert_eq!(got, Some(("John Smith".into(), None)));
        // "Jake Tapper of CNN, who moderated, said", "Musa Danjuma, the chairman of the Kano chapter
        // of the Traders Association, who spoke to us, said": a body is no "who".
        let got = before("Jake Tapper of CNN, who moderated the debate, said it.", "said");
        assert_eq!(got.map(|g| g.0), Some("Jake Tapper".into()));
        let text = "Musa Danjuma, the chairman of the Kano chapter of the Traders Association, who spoke to us, said it.";
        let got = before(text, "said");
        assert_eq!(
            got,
            Some((
                "Musa Danjuma".into(),
                Some("the chairman of the Kano chapter of the Traders Association".into())
            ))
        );
        // "France, by contrast, argued": a country opening the clause speaks.
        let got = before("France, by contrast, argued it.", "argued");
        assert_eq!(got.map(|g| g.0), Some("France".into()));
        // "Murphy, though, said".
        let got = before("Tom Murphy, though, said it.", "said");
        assert_eq!(got.map(|g| g.0), Some("Tom Murphy".into()));
        // "Biden, speaking at the White House, said": a participle describes the act, not a role;
        // "Smith, building manager at the site, said" is a role.
        let got = before("Joe Biden, speaking at the White House, said it.", "said");
        assert_eq!(got, Some(("Joe Biden".into(), None)));
        let got = before("Tom Smith, building manager at the site, said it.", "said");
        assert_eq!(got.and_then(|g| g.1).as_deref(), Some("building manager at the site"));
        // "The report, published on Tuesday, found", "The study, led by …, found": a past
        // participle before a preposition or a time.
        let got = before("The report, published on Tuesday, found it.", "found");
        assert_eq!(got, Some(("The report".into(), None)));
        let got = before("The survey, conducted last month, showed it.", "showed");
        assert_eq!(got, Some(("The survey".into(), None)));
        // "But two senior GOP aides, granted anonymity to discuss private deliberations, said".
        let got = before("But two senior aides, granted anonymity to discuss the count, said it.", "said");
        assert_eq!(got, Some(("two senior aides".into(), None)));
        // An address: "Margaret Thornbury, 54, of Ashdale Road, Wrexley, denies".
        let got = before("Margaret Thornbury, 54, of Ashdale Road, Wrexley, said it.", "said");
        assert_eq!(got, Some(("Margaret Thornbury".into(), Some("of Ashdale Road, Wrexley".into()))));
        // A body's town: "a virologist at the University of Nigeria, Nsukka, said".
        let text = "Prof. Adaeze Nwankwo, a virologist at the University of Nigeria, Nsukka, said it.";
        assert_eq!(before(text, "said").map(|g| g.0), Some("Adaeze Nwankwo".into()));
        // A town the recognizer could not place: "a fisheries cooperative in Rumoi, Hokkaido,".
        let text = "Haruto Sugimori, head of a fisheries cooperative in Rumoi, Hokkaido, said it.";
        assert_eq!(before(text, "said").map(|g| g.0), Some("Haruto Sugimori".into()));
        // (Not the name after a role of a body: "The director of the European Centre, Ina Kirsch,".)
        let text = "The director of the European Centre, Ina Kirsch, told the AP it.";
        assert_eq!(before(text, "told").map(|g| g.0), Some("Ina Kirsch".into()));
    }

    #[test]
    fn a_name_after_the_and_a_clerical_style() {
        // "The Archdeacon of Wendham, the Ven Paul Okonkwo, said the diocese hoped to recruit …"
        let text = "The Archdeacon of Wendham, the Ven Paul Okonkwo, said it.";
        assert_eq!(
            before(text, "said"),
            Some(("Paul Okonkwo".into(), Some("The Archdeacon of Wendham".into())))
        );
        let text = "The Bishop of Carrowfield, the Rt Rev Jonathan Ellery, told the synod it.";
        assert_eq!(before(text, "told").map(|g| g.0), Some("Jonathan Ellery".into()));
        // An age before the name: "One patient, 81-year-old Margaret Tulley, told the BBC".
        let text = "One patient, 81-year-old Margaret Tulley, told the BBC it.";
        assert_eq!(before(text, "told"), Some(("Margaret Tulley".into(), Some("One patient".into()))));
    }

    #[test]
    fn a_relative_clause_that_reports_is_no_appositive() {
        use crate::attribution::context::test_support::contents;
        // A clause after the source is content, not the source's role.
        let got = contents("According to Vladimir Putin, the vote was rigged, and that nobody cared.");
        assert_eq!(got, ["the vote was rigged, and that nobody cared"]);
        // (A number with a thousands comma opens the clause: "1,100 people were homeless".)
        let got = contents("According to the association, 1,100 people were homeless.");
        assert_eq!(got, ["1,100 people were homeless"]);
        // "According to civic health officials, 412 suspected cases and 96 confirmed cases were
        // reported …, against 221 …": a clause a number opens, with a comma after it.
        let got =
            contents("According to officials, 412 old cases and 96 new cases were reported, against 221.");
        assert_eq!(got, ["412 old cases and 96 new cases were reported, against 221"]);
        let got = contents("“It was fine,” said Tom Pardo, who said he would not vote.");
        assert_eq!(got, ["It was fine,", "he would not vote"]);
        let got =
            contents("The plan will slip, according to two officials, who spoke on condition of anonymity.");
        assert_eq!(got, ["The plan will slip"]);
    }

    #[test]
    fn a_party_tag_before_a_description_is_skipped() {
        let text = "Rep. Anthony Bruno, R-Texas, a member of the Freedom Caucus, said it.";
        let got = before(text, "said");
        assert_eq!(got, Some(("Anthony Bruno".into(), Some("a member of the Freedom Caucus".into()))));
    }

    #[test]
    fn a_party_tag_is_skipped() {
        let got = before("Rep. Tom Brandt, R-Texas, said it would save jobs.", "said");
        assert_eq!(got.map(|g| g.0), Some("Tom Brandt".into()));
    }

    #[test]
    fn name_after_its_role() {
        // "Its chairwoman, Olga Nemec, said".
        let got = before("Its chairwoman, Olga Nemec, said it.", "said");
        assert_eq!(got, Some(("Olga Nemec".into(), Some("Its chairwoman".into()))));
        // "The association's president, Dr. Andrew Park, said": a title before the name.
        let got = before("The association's president, Dr. Andrew Park, said it.", "said");
        assert_eq!(got, Some(("Andrew Park".into(), Some("The association's president".into()))));
        // "One woman, who gave her name only as Amna, said": the name she gave.
        let got = before("One woman, who gave her name only as Amna, said it was hard.", "said");
        assert_eq!(got, Some(("Amna".into(), Some("One woman".into()))));
        // "Its organiser, Sheffield MP Rachel Oduya, told": a place before the title.
        let got = before("Its organiser, Sheffield MP Rachel Oduya, told the BBC it was over.", "told");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("Rachel Oduya"));
        // "Labour's housing spokesman, Declan Whelan TD, said": letters after the name.
        let got = before("Labour's housing spokesman, Declan Whelan TD, said it.", "said");
        assert_eq!(got, Some(("Declan Whelan".into(), Some("Labour's housing spokesman".into()))));
        // "The school, St. Brendan's Academy, said": the body's name speaks.
        let got = before("The school, St. Brendan's Academy, said it would reopen.", "said");
        assert_eq!(got, Some(("St. Brendan's Academy".into(), None)));
        // "The builder, the Corvell-Hanley joint venture, said": a named body's description.
        let got = before("The builder, the Corvell-Hanley joint venture, said it was on track.", "said");
        assert_eq!(got, Some(("the Corvell-Hanley joint venture".into(), None)));
        let got = before("Her lawyer, the Smith family friend, said she was fine.", "said");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("Her lawyer"));
        // "The company, Acme Corp., said": the stop of the abbreviation before the comma.
        let got = before("The company, Acme Corp., said it would appeal.", "said");
        assert_eq!(got.map(|g| g.0).as_deref().map(|n| n.trim_end_matches('.')), Some("Acme Corp"));
        // "On Friday, its owner, Halvorsen Health, said": a body's name ending on a title's word.
        let got = before("On Friday, its owner, Halvorsen Health, said it would close.", "said");
        assert_eq!(got, Some(("Halvorsen Health".into(), None)));
        // "One patient, 78-year-old Isobel Crichton from Kirriemuir, told …", "The Commander of the
        // Ekiti Amotekun Corps, Brig Gen Joe Komolafe-Ajayi (retd.), told …": a place or a
        // parenthesis after the name.
        let got = before("One patient, 78-year-old Isobel Crichton from Kirriemuir, told us it.", "told");
        assert_eq!(got, Some(("Isobel Crichton".into(), Some("One patient".into()))));
        let got = before("The commander of the corps, Gen Joe Komolafe-Ajayi (retd.), told us it.", "told");
        assert_eq!(got.map(|g| g.0), Some("Joe Komolafe-Ajayi".into()));
        // (Not a title taken for a name: "Morton Blackwell, the Republican National Committeeman
        // from Virginia, told AFP".)
        let got = before(
            "Morton Blackwell, the Republican National Committeeman from Virginia, told AFP it.",
            "told",
        );
        assert_eq!(got.map(|g| g.0), Some("Morton Blackwell".into()));
    }

    #[test]
    fn description_after_the_name() {
        let text = "said Olga Nemec, a spokeswoman for the ministry, on Monday.";
        let f = Fixture::new(text);
        let comma = f.token(",");
        f.with(|ctx| {
            let mut m =
                super::super::mention::common_mention(ctx, 1, comma, crate::SpeakerKind::Person, false);
            let after = appositive_after(ctx, &mut m, comma, ctx.doc.tokens().len());
            assert_eq!(ctx.word(after), "on");
            assert_eq!(m.role.map(|r| r.as_str(text)), Some("a spokeswoman for the ministry"));
        });
        // "(“…,” wrote Edward Nelson, a technician), and": the parenthesis ends the role, unless
        // the role opened it.
        for (text, role) in [
            ("(wrote Ed Nelson, a technician in Ohio), and more.", "a technician in Ohio"),
            (
                "wrote Ed Nelson, a man who drove reporters (like me) off the beat.",
                "a man who drove reporters (like me) off the beat",
            ),
        ] {
            let f = Fixture::new(text);
            let comma = f.token(",");
            f.with(|ctx| {
                let mut m = super::super::mention::common_mention(
                    ctx,
                    comma - 2,
                    comma,
                    crate::SpeakerKind::Person,
                    false,
                );
                appositive_after(ctx, &mut m, comma, ctx.doc.tokens().len());
                assert_eq!(m.role.map(|r| r.as_str(text)), Some(role));
            });
        }
    }
}
