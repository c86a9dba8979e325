//! The names that open sentences ("Erdogan visited Ankara."): antecedents for later pronouns even
//! when the sentence reports nothing.

use crate::entities::{Entity, EntityLabel};
use crate::lexicon::{Gender, NounKind, WordClass};
use crate::text::TokenKind;

use super::super::context::Context;
use super::super::mentions::{subject_np, title_role, Mention, MentionKind};
use crate::SpeakerKind;

/// The comma that may close a phrase fronted at `t` ("On Thursday, Erdogan …"); ("Speaking at
/// his post-match press conference, head coach Gareth Pryce was more guarded.": a participle's or
/// a preposition's phrase may run longer; not a comma inside an address: "Following a shooting in
/// Roseburg, Ore., she …").
fn fronted_comma(ctx: &Context<'_, '_>, t: usize, end: usize) -> Option<usize> {
    let phrase = ctx.lower(t).ends_with("ing") || ctx.lower_class(t) == Some(WordClass::Prep);
    let reach = if phrase { MAX_FRONTED_PHRASE } else { MAX_FRONTED_WORDS };
    let address = |c: usize| {
        ctx.entity(c + 1).is_some_and(|e| e.label == EntityLabel::Location)
            || ctx.word(c + 2) == "." && ctx.word(c + 3) == ","
    };
    (t..end.min(t + reach)).find(|&i| ctx.word(i) == ",").filter(|&c| !(phrase && address(c)))
}

/// Most tokens before the comma of a fronted phrase ("On Thursday, Erdogan …").
const MAX_FRONTED_WORDS: usize = 8;

/// Most tokens before the comma of a fronted participle's or preposition's phrase.
const MAX_FRONTED_PHRASE: usize = 12;

/// The entity that opens each sentence (after a dateline, a short fronted phrase, a title), as a
/// mention; not an outlet, a nationality or a possessive ("Iran's capital").
pub(super) fn sentence_subjects(ctx: &Context<'_, '_>) -> Vec<Mention> {
    let mut out = Vec::new();
    for s in ctx.doc.sentences() {
        if byline(ctx, s.tokens.clone()) {
            continue;
        }
        let mut t = ctx.dateline_end(s.tokens.start, s.tokens.end);
        // "On Thursday, Erdogan …": skip a short fronted phrase ending in a comma (not a titled
        // name before an aside: "Finance Minister Chrystia Freeland, speaking …, would not …").
        // ("His wife, Ania, kept …": a description of a person before the name is its role.)
        // ("The new place, Mała, opened in March.": a thing described before a one-word name is no
        // person's.)
        let (mut fronted_role, mut thing) = (None, false);
        if let Some(c) = fronted_comma(ctx, t, s.tokens.end) {
            // (Not a described person's name before the comma: "Retired joiner Angus Laidlaw, 71,
            // from Dingwall, has been on the list …".)
            let named = c > t
                && ctx.entity(c - 1).is_some_and(|e| {
                    e.label == EntityLabel::Person
                        && ctx.doc.token_index_at(e.span.end) == c
                        && e.span.as_str(ctx.doc.text()).contains(' ')
                });
            if ctx.entity_at(after_titles(ctx, t, c)).is_none() && !named {
                let gendered = (t..c).any(|u| ctx.lower_title(u).is_some_and(|(_, g)| g != Gender::Unknown));
                fronted_role = (gendered && c > t).then(|| ctx.span(t, c));
                thing = c > t + 1
                    && matches!(ctx.lower_class(t), Some(WordClass::Det | WordClass::Poss))
                    && !(t + 1..c).any(|u| ctx.lower_title(u).is_some() || ctx.lower_noun(u).is_some());
                t = c + 1;
            }
        }
        // "Education Secretary Liam Duffy visited …": the title opens the sentence, the name follows.
        t = after_titles(ctx, t, s.tokens.end);
        // "The IMF raised its forecast.": a body's name after its article, a verb right after it
        // (not "The Treasury secretary lauded …").
        if ctx.lower_is(t, "the") {
            let body = ctx
                .entity(t + 1)
                .filter(|e| e.label == EntityLabel::Organization && e.span.start == ctx.byte(t + 1));
            if let Some(e) = body {
                let b = ctx.doc.token_index_at(e.span.end);
                if b < s.tokens.end && (ctx.verb_follows(b, b + 1) || ctx.lower_cue(b).is_some()) {
                    t += 1;
                }
            }
        }
        // (Not a sentence inside a quotation: "“… Ratepayers will foot that bill,” he says.")
        if t >= s.tokens.end || ctx.outlet_at(t).is_some() || ctx.in_quote(t) {
            continue;
        }
        // "Acme CEO Jane Roe was unimpressed", "Republican Sen. John Smith": a body or party that
        // opens the role of the person after it.
        let ent = match ctx.entity(t) {
            Some(e) if e.label == EntityLabel::Person => Some(e),
            other => person_after_role(ctx, t, s.tokens.end).or(other),
        };
        let ent = ent
            .filter(|e| !matches!(e.label, EntityLabel::Misc | EntityLabel::Location))
            .or_else(|| body_after_kind(ctx, t, s.tokens.end))
            .or(ent)
            .or_else(|| name_after_description(ctx, t, s.tokens.end))
            .or_else(|| person_after_epithet(ctx, t, s.tokens.end));
        let Some(ent) = ent else {
            // "The mayor met flood victims on Sunday.": a definite phrase headed by a title.
            out.extend(described_subject(ctx, t, s.tokens.end));
            continue;
        };
        if ent.label == EntityLabel::Misc {
            continue;
        }
        let a = ctx.doc.token_index_at(ent.span.start);
        let b = ctx.doc.token_index_at(ent.span.end);
        // A possessive ("Iran's capital") is not the subject; a person's is still who a later
        // pronoun is about ("Ruth Adeyemi's new book is out. She said …").
        // (Not one whose person speaks for them: "Radic's spokesman, Petar Lalic, said".)
        if b < s.tokens.end && matches!(ctx.word(b), "'" | "’") {
            let person_after = (b + 1..s.tokens.end.min(b + 5))
                .take_while(|&t| ctx.kind(t) == TokenKind::Word)
                .any(|t| ctx.lower_title(t).is_some() || ctx.lower_noun(t).is_some());
            if ent.label != EntityLabel::Person || person_after {
                continue;
            }
        }
        let appositive = a == t && ctx.word(b) == ",";
        if appositive && thing && b == a + 1 {
            continue;
        }
        out.push(Mention {
            span: ent.span,
            tokens: a..b,
            kind: MentionKind::Entity(ent.label),
            role: fronted_role.filter(|_| appositive && ent.label == EntityLabel::Person),
            place_kind: ctx.lex.place(ent.span.as_str(ctx.doc.text())),
        });
        out.extend(partner_after(ctx, b, s.tokens.end));
    }
    out
}

/// Most tokens between a subject's name and the "and his wife" that joins a second person to it
/// ("Ramesh Patil, a farmer in Latur, and his wife Sunanda").
const MAX_PARTNER_GAP: usize = 10;

/// "Ramesh Patil, a farmer in Latur, and his wife Sunanda had borrowed …": a second subject joined
/// by "and", a possessive, a word of kin that tells a gender and a name, before the verb; a later
/// "she" may be the wife.
fn partner_after(ctx: &Context<'_, '_>, b: usize, end: usize) -> Option<Mention> {
    let t = (b..end.min(b + MAX_PARTNER_GAP))
        .take_while(|&u| {
            !ctx.clause_word(u) && !matches!(ctx.lower_class(u), Some(WordClass::Verb | WordClass::Aux))
        })
        .find(|&u| ctx.lower_is(u, "and"))?;
    let kin = t + 3 < end
        && ctx.lower_class(t + 1) == Some(WordClass::Poss)
        && ctx.lower_title(t + 2).is_some_and(|(_, g)| g != Gender::Unknown);
    let e = ctx
        .entity(t + 3)
        .filter(|e| kin && e.label == EntityLabel::Person && e.span.start == ctx.byte(t + 3))?;
    Some(Mention {
        span: e.span,
        tokens: t + 3..ctx.doc.token_index_at(e.span.end),
        kind: MentionKind::Entity(EntityLabel::Person),
        role: Some(ctx.span(t + 1, t + 3)),
        place_kind: None,
    })
}

/// Most words a byline has besides the name ("Sat 9 Mar 2024 07.00 GMT": three).
const MAX_BYLINE_EXTRA_WORDS: usize = 4;

/// "Rachel Ambrose ⏎ Sat 9 Mar 2024 07.00 GMT": a person's name with at most a date, no lower-case
/// word, names the writer, no one a later pronoun stands for.
fn byline(ctx: &Context<'_, '_>, tokens: std::ops::Range<usize>) -> bool {
    // (Most sentences have more than a name and a date: a cheap length test first.)
    if tokens.len() > MAX_BYLINE_TOKENS {
        return false;
    }
    let Some(ent) = ctx.entity(tokens.start).filter(|e| e.label == EntityLabel::Person) else { return false };
    let after = ctx.doc.token_index_at(ent.span.end);
    let mut words = (after..tokens.end).filter(|&t| ctx.kind(t) == TokenKind::Word);
    words.clone().count() <= MAX_BYLINE_EXTRA_WORDS && words.all(|t| ctx.is_cap(t))
}

/// Most tokens a byline has: a name of four words and a date of ten ("Sat 9 Mar 2024 07.00 GMT").
const MAX_BYLINE_TOKENS: usize = 14;

/// "The mayor", "The victim's mother": a definite phrase naming one person, opening a sentence.
fn described_subject(ctx: &Context<'_, '_>, t: usize, end: usize) -> Option<Mention> {
    if !ctx.lower_is(t, "the") {
        return None;
    }
    let mut m = subject_np(ctx, t, end)?;
    let one_person = matches!(m.kind, MentionKind::Common { kind: SpeakerKind::Person, plural: false });
    // ("The mother of the missing girl made a fresh appeal": the "of" phrase is the description's.)
    const MAX_OF_WORDS: usize = 4;
    let k = m.tokens.end;
    if k + 2 < end
        && ctx.lower_is(k, "of")
        && matches!(ctx.lower_class(k + 1), Some(WordClass::Det | WordClass::Poss))
    {
        let plain = |j: usize| {
            ctx.kind(j) == TokenKind::Word
                && ctx.lower_class(j).is_none()
                && ctx.lower_cue(j).is_none()
                && !ctx.lower(j).ends_with("ed")
        };
        let j = (k + 2..end.min(k + 2 + MAX_OF_WORDS))
            .find(|&j| !plain(j))
            .unwrap_or(end.min(k + 2 + MAX_OF_WORDS));
        if j > k + 2 && j < end && ctx.verb_follows(j, j + 1) {
            m.tokens.end = j;
            m.span = ctx.span(m.tokens.start, j);
        }
    }
    (one_person && m.tokens.len() > 1).then_some(m)
}

/// Most lower-case words between a place or demonym and the body it describes.
const MAX_KIND_WORDS: usize = 2;

/// "Nordic lender Halvard Bank will cut about 3,000 jobs", "Swedish carrier Norvalis Line said":
/// a place or a demonym at `t`, a lower-case noun of a body's kind ("lender", "carrier", "bank"),
/// then the body's name, which is the subject.
fn body_after_kind<'c>(ctx: &'c Context<'_, '_>, t: usize, end: usize) -> Option<&'c Entity> {
    let first = ctx.entity(t).filter(|e| matches!(e.label, EntityLabel::Misc | EntityLabel::Location))?;
    let k = ctx.doc.token_index_at(first.span.end);
    let plain = |u: usize| ctx.kind(u) == TokenKind::Word && !ctx.is_cap(u) && ctx.lower_class(u).is_none();
    let name = (k..end.min(k + MAX_KIND_WORDS + 1)).find(|&u| !plain(u)).filter(|&u| u > k)?;
    let kind = ctx.lower(name - 1);
    let body_kind = super::super::words::is_company_noun(kind)
        || ctx.lower_noun(name - 1) == Some(NounKind::Organization);
    let ent = ctx
        .entity(name)
        .filter(|e| e.label == EntityLabel::Organization && e.span.start == ctx.byte(name))?;
    body_kind.then_some(ent)
}

/// Most tokens between the commas around a name set off after a description.
const MAX_APPOSITIVE_TOKENS: usize = 10;

/// "The European Parliament's lead negotiator on the file, Romanian MEP Andrei Popescu, struck a
/// conciliatory tone": a definite description opening the sentence, then the person's name (after
/// its titles) between commas.
fn name_after_description<'c>(ctx: &'c Context<'_, '_>, t: usize, end: usize) -> Option<&'c Entity> {
    // (A description with a title or a noun for a person, and no verb: "The party's lead
    // negotiator on the file".)
    if !ctx.lower_is(t, "the") {
        return None;
    }
    let c = (t + 1..end.min(t + 2 * MAX_APPOSITIVE_TOKENS)).find(|&u| ctx.word(u) == ",")?;
    let described =
        (t..c).any(|u| ctx.lower_title(u).is_some() || ctx.lower_noun(u) == Some(NounKind::Person));
    if !described || (t..c).any(|u| ctx.cue(u).is_some() || ctx.verb_follows(u, u + 1)) {
        return None;
    }
    let c2 = (c + 1..end.min(c + 1 + MAX_APPOSITIVE_TOKENS)).find(|&u| ctx.word(u) == ",")?;
    let ent = ctx.entity(c2 - 1).filter(|e| e.label == EntityLabel::Person)?;
    (ctx.doc.token_index_at(ent.span.end) == c2).then_some(ent)
}

/// Most tokens of an epithet before a name that opens a sentence ("Seventeen-year-old": five).
const MAX_EPITHET_TOKENS: usize = 6;

/// "An emotional Nadia Okonkwo wept.", "Seventeen-year-old Harpreet Kaur Sandhu has …": a person
/// named after an article and words that describe her (lower-case words of no closed class, an
/// age with its hyphens; no verb, no cue word) opens the sentence.
fn person_after_epithet<'c>(ctx: &'c Context<'_, '_>, t: usize, end: usize) -> Option<&'c Entity> {
    let p = (t + 1..end.min(t + MAX_EPITHET_TOKENS + 1)).find(|&p| ctx.entity_at(p).is_some())?;
    let ent = ctx.entity(p).filter(|e| e.label == EntityLabel::Person && e.span.start == ctx.byte(p))?;
    // (Opening capitals: an article or the first piece of a compound, not "Sat 9 Mar".)
    let opens = |u: usize| {
        ctx.class(u) == Some(WordClass::Det) || matches!(ctx.word(u + 1), "-" | "‑") && ctx.touches(u, u + 1)
    };
    let epithet = |u: usize| {
        let word = ctx.kind(u) == TokenKind::Word || ctx.kind(u) == TokenKind::Number;
        let hyphen =
            u > t && matches!(ctx.word(u), "-" | "‑") && ctx.touches(u - 1, u) && ctx.touches(u, u + 1);
        // ("year" in "Seventeen-year-old": a piece of a compound, of whatever class.)
        let piece = word && u > t && matches!(ctx.word(u - 1), "-" | "‑") && ctx.touches(u - 1, u);
        hyphen
            || piece
            || word
                && ctx.cue(u).is_none()
                && ctx.lower_cue(u).is_none()
                && (u == t && ctx.class(u) == Some(WordClass::Det) || ctx.lower_class(u).is_none())
                // ("Retired joiner Angus Laidlaw": an ordinary word opening the sentence.)
                && (!ctx.is_cap(u)
                    || u > t && ctx.touches(u - 1, u)
                    || u == t && (opens(u) || ctx.lex.is_common_word(ctx.lower(u))))
                && !ctx.verb_follows(u, u + 1)
    };
    // (A word that describes, not an article alone: "the Sunshine State"; a name of two words
    // at least, a verb right after it.)
    let describes = (t..p).any(|u| ctx.kind(u) == TokenKind::Word && ctx.class(u).is_none())
        && !matches!(ctx.word(p - 1), "-" | "‑");
    let b = ctx.doc.token_index_at(ent.span.end);
    let name_words = ent.span.as_str(ctx.doc.text()).split_whitespace().count();
    // (Or an appositive: "Retired joiner Angus Laidlaw, 71, from Dingwall, has been …".)
    let verb = b < end
        && (ctx.word(b) == ","
            || ctx.kind(b) == TokenKind::Word
                && !ctx.is_cap(b)
                && matches!(
                    ctx.lower_class(b),
                    None | Some(
                        WordClass::Aux | WordClass::Modal | WordClass::Verb | WordClass::Adv | WordClass::Neg
                    )
                ));
    (describes && name_words >= 2 && verb && (t..p).all(epithet)).then_some(ent)
}

/// Longest role before a name that opens a sentence, in tokens.
const MAX_ROLE_TOKENS: usize = 8;

/// The person named after a role that opens at token `t`: the role (`title_role`) reaches back
/// to `t`, or to capitalised words from `t` (a body it does not know: "Acme CEO").
fn person_after_role<'c>(ctx: &'c Context<'_, '_>, t: usize, end: usize) -> Option<&'c Entity> {
    // (A role opens on a capital or a title: most sentences do neither.)
    if !ctx.is_cap(t) && ctx.lower_title(t).is_none() {
        return None;
    }
    (t + 1..end.min(t + MAX_ROLE_TOKENS)).find_map(|p| {
        let ent = ctx.entity(p).filter(|e| e.label == EntityLabel::Person && e.span.start == ctx.byte(p))?;
        let role = ctx.doc.token_index_at(title_role(ctx, p, t)?.start);
        let body = |u: usize| ctx.is_cap(u) || matches!(ctx.word(u), "." | "&");
        (t..role).all(body).then_some(ent)
    })
}

/// The first token from `t` (before `end`) that is not a title word before a name.
fn after_titles(ctx: &Context<'_, '_>, mut t: usize, end: usize) -> usize {
    let start = t;
    // ("Gov. Katie Hobbs": the period of an abbreviated title.)
    while t < end
        && ctx.entity_at(t).is_none()
        && (ctx.title(t).is_some() || t > start && ctx.word(t) == "." && ctx.title(t - 1).is_some())
    {
        t += 1;
    }
    // ("Northbridge captain Sione Fifita scored twice": a team's or a body's name and a lower-case
    // title before the person's name.)
    // ("RBC Capital Markets analyst Tyler Brooks": a body's name the recognizer cut in two.)
    if let Some(e) = ctx.entity(t) {
        let mut k = ctx.doc.token_index_at(e.span.end);
        if e.label == EntityLabel::Organization {
            while let Some(next) =
                ctx.entity(k).filter(|n| n.label == EntityLabel::Organization && n.span.start == ctx.byte(k))
            {
                k = ctx.doc.token_index_at(next.span.end);
            }
        }
        let titles = k;
        while k < end && !ctx.is_cap(k) && ctx.lower_title(k).is_some() {
            k += 1;
        }
        let person =
            ctx.entity(k).is_some_and(|p| p.label == EntityLabel::Person && p.span.start == ctx.byte(k));
        if k > titles && person {
            return k;
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::Fixture;

    /// The sentence subjects of `text`, as written.
    fn subjects(text: &str) -> Vec<String> {
        let f = Fixture::new(text);
        f.with(|ctx| sentence_subjects(ctx).iter().map(|m| m.span.as_str(text).to_string()).collect())
    }

    #[test]
    fn a_long_participle_phrase_before_the_subject() {
        // "Speaking at his post-match press conference, head coach Gareth Pryce was more guarded."
        let text = "Speaking at his post-match press conference, head coach Gareth Pryce was more guarded.";
        assert_eq!(subjects(text), ["Gareth Pryce"]);
        // (Not the place after a comma inside an address.)
        let text = "Following a mass shooting last year in Roseburg, Ore., she issued a plan.";
        assert!(subjects(text).is_empty());
    }

    #[test]
    fn a_body_after_its_kind_and_home() {
        // "Nordic lender Halvard Bank will cut about 3,000 jobs …, it said": the lender, not the
        // region (nor nobody, after a demonym); a place alone still is one.
        assert_eq!(subjects("Nordic lender Halvard Bank will cut 3,000 jobs."), ["Halvard Bank"]);
        assert_eq!(subjects("Swedish lender Halvard Bank will cut 3,000 jobs."), ["Halvard Bank"]);
        assert_eq!(subjects("France rejected the plan."), ["France"]);
    }

    #[test]
    fn a_team_and_a_title_before_the_name() {
        // "Northbridge captain Sione Fifita scored twice.": the captain is the subject.
        assert_eq!(subjects("Northbridge captain Sione Fifita scored twice."), ["Sione Fifita"]);
        // "RBC Capital Markets analyst Tyler Brooks was more critical.": a body's name in two.
        let got = subjects("RBC Capital Markets analyst Tyler Brooks was more critical.");
        assert_eq!(got, ["Tyler Brooks"]);
    }

    #[test]
    fn names_opening_sentences() {
        let text = "On Thursday, Recep Erdogan visited. Iran's capital was calm. Education Secretary Liam Duffy left. \
                    Finance Minister Ana Ruiz, speaking in Lima, left. Gov. Katie Hobbs toured the site. \
                    Acme CEO Jane Roe was unimpressed. The mayor met victims. The company grew.";
        let got = subjects(text);
        assert_eq!(got, ["Recep Erdogan", "Liam Duffy", "Ana Ruiz", "Katie Hobbs", "Jane Roe", "The mayor"]);
        // "The mother of the missing girl made a fresh appeal.": the "of" phrase is the
        // description's.
        let text = "The mother of the missing girl made a fresh appeal.";
        let got = subjects(text);
        assert_eq!(got, ["The mother of the missing girl"]);
        // "An emotional Nadia Okonkwo wept.", "Seventeen-year-old Harpreet Kaur Sandhu won."; not
        // "After Jo Bell left, …" (a fronted clause).
        let text = "An emotional Nadia Okonkwo wept. Seventeen-year-old Harpreet Kaur Sandhu won. \
                    After Jo Bell left, the hall emptied. The IMF raised its forecast.";
        let got = subjects(text);
        assert_eq!(got, ["Nadia Okonkwo", "Harpreet Kaur Sandhu", "IMF"]);
        // "Retired joiner Angus Laidlaw, 71, from Dingwall, has been on the list since 2022.": an
        // ordinary word opening the epithet, an appositive after the name.
        let text = "Retired joiner Angus Laidlaw, 71, from Dingwall, has been on the list since 2022.";
        assert_eq!(subjects(text), ["Angus Laidlaw"]);
        // (A dash opening the sentence is no piece of an epithet, and no panic: "- Maria Zakharova
        // said …", a case the property tests found.)
        let f = Fixture::new("-ව Maria Zakharova said that the talks had failed.");
        f.with(|ctx| sentence_subjects(ctx).len());
        // A byline is no subject.
        let text = "Rachel Ambrose\nSat 9 Mar 2024\n\nLeanne Foster moved in.";
        let got = subjects(text);
        assert_eq!(got, ["Leanne Foster"]);
    }
}
