//! The mention types — what names a speaker — and the small constructors and readings every
//! finder shares: a common noun's kind, a title before a name.

use crate::entities::EntityLabel;
use crate::lexicon::{NounKind, PlaceKind, TitleClass, WordClass};
use crate::text::TokenKind;
use crate::{Span, SpeakerKind};

use super::super::context::Context;
use super::super::words;

/// Personal pronouns that can stand for a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pronoun {
    He,
    She,
    It,
    They,
    We,
    I,
}

impl Pronoun {
    /// The pronoun token `t` is, if any.
    pub(crate) fn at(ctx: &Context<'_, '_>, t: usize) -> Option<Pronoun> {
        match ctx.lower(t) {
            "he" => Some(Pronoun::He),
            "she" => Some(Pronoun::She),
            "it" => Some(Pronoun::It),
            "they" => Some(Pronoun::They),
            "we" => Some(Pronoun::We),
            "i" => Some(Pronoun::I),
            _ => None,
        }
    }

    /// The pronoun an object form at token `t` stands for ("according to him": he).
    pub(crate) fn object_at(ctx: &Context<'_, '_>, t: usize) -> Option<Pronoun> {
        match ctx.lower(t) {
            "him" => Some(Pronoun::He),
            "her" => Some(Pronoun::She),
            "them" => Some(Pronoun::They),
            "us" => Some(Pronoun::We),
            "me" => Some(Pronoun::I),
            _ => None,
        }
    }
}

/// What a speaker mention is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum MentionKind {
    /// A recognised entity.
    Entity(EntityLabel),
    /// A pronoun, to resolve.
    Pronoun(Pronoun),
    /// A common noun phrase ("officials", "the spokesman", "Smith's office"): what it stands for,
    /// and whether it reads as a group.
    Common { kind: SpeakerKind, plural: bool },
    /// A news outlet, with its canonical name.
    Outlet(String),
    /// A relative pronoun ("who", "which") standing for the noun phrase before it.
    Relative(Box<Mention>),
}

/// A phrase naming a speaker.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mention {
    pub span: Span,
    /// Tokens of the phrase.
    pub tokens: std::ops::Range<usize>,
    pub kind: MentionKind,
    /// Title or appositive role attached to this mention.
    pub role: Option<Span>,
    /// The kind of place an entity mention names ("Ankara said": a capital speaks for its
    /// government).
    pub place_kind: Option<PlaceKind>,
}

impl Mention {
    /// Whether the mention is a relative pronoun ("who").
    /// The first token of the mention with its role before it ("Police Chief Rosa Lam" from
    /// "Police"), or of the mention alone.
    pub fn first_token(&self, ctx: &Context<'_, '_>) -> usize {
        self.role.map_or(self.tokens.start, |r| ctx.doc.token_index_at(r.start).min(self.tokens.start))
    }

    pub fn is_relative(&self) -> bool {
        matches!(self.kind, MentionKind::Relative(_))
    }

    /// Whether the mention is a recognised person or organisation.
    pub fn is_person_or_org(&self) -> bool {
        matches!(self.kind, MentionKind::Entity(EntityLabel::Person | EntityLabel::Organization))
    }

    /// The token of the mention's last word, its head ("court" in "the court", "video" in "The
    /// video"); none for an empty mention.
    pub fn head(&self) -> Option<usize> {
        (self.tokens.end > self.tokens.start).then(|| self.tokens.end - 1)
    }
}

/// A mention of tokens `a..b` with no role.
pub(super) fn mention(ctx: &Context<'_, '_>, a: usize, b: usize, kind: MentionKind) -> Mention {
    Mention { span: ctx.span(a, b), tokens: a..b, kind, role: None, place_kind: None }
}

/// A common-noun mention over tokens `a..b` ("the board", "Six in 10", a transcript's "TAPPER").
pub(crate) fn common_mention(
    ctx: &Context<'_, '_>,
    a: usize,
    b: usize,
    kind: SpeakerKind,
    plural: bool,
) -> Mention {
    mention(ctx, a, b, MentionKind::Common { kind, plural })
}

/// The pronoun at token `t` as a mention.
pub(crate) fn pronoun_mention(ctx: &Context<'_, '_>, t: usize, p: Pronoun) -> Mention {
    mention(ctx, t, t + 1, MentionKind::Pronoun(p))
}

/// Entity `e` as a mention; a person's title before it (not before `role_limit`) is its role.
pub(crate) fn entity_mention(ctx: &Context<'_, '_>, e: usize, role_limit: usize) -> Mention {
    let ent = &ctx.entities[e];
    let a = ctx.doc.token_index_at(ent.span.start);
    let b = ctx.doc.token_index_at(ent.span.end);
    let place_kind = ctx.lex.place(ent.span.as_str(ctx.doc.text()));
    let (label, role) = match ent.label {
        // ("…, ferry operator CalMac said", "rail operator Avanti West Coast": a "person" with no
        // given name, described as a body, is one.)
        EntityLabel::Person => match title_role(ctx, a, role_limit) {
            None if ctx.may_name_body(ent) => described_body(ctx, a, role_limit)
                .map_or((ent.label, None), |d| (EntityLabel::Organization, Some(d))),
            role => (ent.label, role),
        },
        EntityLabel::Organization => (ent.label, described_body(ctx, a, role_limit)),
        _ => (ent.label, None),
    };
    Mention { span: ent.span, tokens: a..b, kind: MentionKind::Entity(label), role, place_kind }
}

/// Most words of a description before a body's name ("the state news agency").
const MAX_DESCRIPTION_WORDS: usize = 4;

/// "the state news agency WAM", "the rights group Amnesty International", "the charity
/// Shelterline": an article and lower-case words ending on a noun of a body (`data/speaker_nouns.tsv`
/// or a charity, a broadcaster …) right before the body's name `a`, not before `limit`, describe it.
pub(super) fn described_body(ctx: &Context<'_, '_>, a: usize, limit: usize) -> Option<Span> {
    let head = a.checked_sub(1).filter(|&h| h > limit)?;
    let body_noun =
        matches!(common_kind(ctx, head), MentionKind::Common { kind: SpeakerKind::Organization, .. })
            || words::is_body_noun(ctx.lower(head))
            || words::is_described_body(ctx.lower(head));
    if !body_noun || ctx.is_cap(head) {
        return None;
    }
    // ("the drivers' union Aslef": a plural's possessive mark is a piece of a plain word.)
    let plural_mark = |t: usize| {
        matches!(ctx.word(t), "'" | "’") && t > 0 && ctx.touches(t - 1, t) && ctx.lower(t - 1).ends_with('s')
    };
    let plain = |t: usize| {
        ctx.kind(t) == TokenKind::Word && !ctx.is_cap(t) && ctx.lower_class(t).is_none() || plural_mark(t)
    };
    let from = head.saturating_sub(MAX_DESCRIPTION_WORDS).max(limit);
    let before = (from..head).rev().find(|&t| !plain(t))?;
    if matches!(ctx.lower(before), "the" | "a" | "an") {
        return Some(ctx.span(before, a));
    }
    bare_description_opens(ctx, before).map(|start| ctx.span(start, a))
}

/// "…, ferry operator CalMac said", "said carmaker Toyota", "Retailer Tesco said": wire copy
/// leaves the article out of a body's description after a comma, a verb of saying or at the start
/// of a sentence. The description's first token, given the token `before` it that is no plain
/// lower-case word.
fn bare_description_opens(ctx: &Context<'_, '_>, before: usize) -> Option<usize> {
    if matches!(ctx.word(before), "," | ";" | "—" | "–") {
        // (", said ferry operator CalMac": past the verb of saying.)
        let verb = ctx.lower_cue(before + 1).is_some();
        return Some(before + 1 + usize::from(verb));
    }
    // (A capitalised first word of a sentence, which the lower-case noun after it shows to be no
    // name: "Ferry operator CalMac said".)
    let opens =
        before == 0 || ctx.doc.sentence_at(ctx.byte(before)) != ctx.doc.sentence_at(ctx.byte(before - 1));
    (opens && ctx.kind(before) == TokenKind::Word && ctx.lower_class(before).is_none()).then_some(before)
}

/// Kind of a common noun phrase from its head word, token `t`.
pub(crate) fn common_kind(ctx: &Context<'_, '_>, t: usize) -> MentionKind {
    let head = ctx.lower(t);
    let singular = head.strip_suffix('s').filter(|_| !head.ends_with("ss")).unwrap_or(head);
    let title = ctx.lower_title(t).is_some() || singular != head && ctx.lex.title(singular).is_some();
    let (kind, plural) = match ctx.lower_noun(t) {
        Some(NounKind::Person) => (SpeakerKind::Person, false),
        Some(NounKind::Group) => (SpeakerKind::Person, true),
        Some(NounKind::Organization) => (SpeakerKind::Organization, false),
        None if title => (SpeakerKind::Person, singular != head),
        None => (SpeakerKind::Unknown, singular != head),
    };
    MentionKind::Common { kind, plural }
}

/// The first token from `from` past the titles that open a name set off after a comma ("Dr. Andrew
/// Park", "Dr Mei Zhao"), and their abbreviation stops; at most up to the token before `limit`.
pub(crate) fn past_titles(ctx: &Context<'_, '_>, from: usize, limit: usize) -> usize {
    let mut n = from;
    while n + 1 < limit && (ctx.title(n).is_some() || ctx.word(n) == "." && n > from) {
        n += 1;
    }
    n
}

/// Longest body named before a lower-case title in a role ("Harrow Town Council leader").
pub(super) const MAX_BODY_WORDS: usize = 3;

/// A title prefix right before token `a`, not before `limit` ("Russian Foreign Ministry
/// spokesperson", "former Sen."): titles, places and organisations, with at least one title that
/// heads a role.
pub(crate) fn title_role(ctx: &Context<'_, '_>, a: usize, limit: usize) -> Option<Span> {
    let mut i = a;
    let mut has_head = false;
    while i > limit {
        let p = i - 1;
        let w = ctx.word(p);
        if w == "." && p > limit && ctx.tokens.title_abbrev(p - 1) {
            has_head = true;
            i = p - 1;
            continue;
        }
        // ("Acme Corp. CEO Jane Roe": the period of a company's abbreviation.)
        let company_period = w == "."
            && p > limit
            && ctx.touches(p - 1, p)
            && ctx.entity(p - 1).is_some_and(|e| e.label == EntityLabel::Organization);
        if company_period && i < a {
            i = p;
            continue;
        }
        if let Some((start, head)) = title_ending_at(ctx, p, limit) {
            has_head |= head;
            i = start;
            continue;
        }
        if ctx.place(p).is_some() && ctx.is_cap(p) {
            i = p;
            continue;
        }
        if let Some(ent) = ctx.entity(p) {
            if matches!(ent.label, EntityLabel::Organization | EntityLabel::Misc | EntityLabel::Location)
                && ctx.outlet_at(p).is_none()
            {
                i = ctx.doc.token_index_at(ent.span.start).max(limit);
                continue;
            }
        }
        // ("…, but council leader Imran Shah said": a body's common noun before a title, and a
        // local government's word before that: "city council member".)
        if i < a && !ctx.is_cap(p) && body_noun_before_title(ctx, p, i) {
            i = p;
            continue;
        }
        // ("Widgetco founder and chairman Carl Benz": two titles joined.)
        let joins_titles = w == "and" && i < a && ctx.title(i).is_some();
        if (w == "of" || w == "for" || joins_titles) && i < a && p > limit && ctx.title(p - 1).is_some() {
            i = p;
            continue;
        }
        if let Some(f) = portfolio_start(ctx, i, limit) {
            i = f;
            continue;
        }
        break;
    }
    // Never start a role on "of".
    while i < a && matches!(ctx.word(i), "of" | "for") {
        i += 1;
    }
    // "Harrow Town manager Gary Pell": the body before a lower-case title, up to three words.
    let title = i;
    while has_head
        && i < a
        && i > limit
        && title - i < MAX_BODY_WORDS
        && capitalised_modifier(ctx, i - 1, title)
    {
        i -= 1;
    }
    if !has_head || i >= a {
        return None;
    }
    if i == title {
        i = plain_modifiers_set_off(ctx, i, limit);
    }
    Some(ctx.span(possessor_start(ctx, i, limit).unwrap_or(i), a))
}

/// Where a title ending at token `p` starts, not before `limit`, and whether it heads a role:
/// "Fire Chief" (a two-word title whose first word is no title alone), "Secretary-General" (a
/// hyphenated one), "council member" (a two-word title whose last word is none alone).
fn title_ending_at(ctx: &Context<'_, '_>, p: usize, limit: usize) -> Option<(usize, bool)> {
    let pair_before = |q: usize| {
        (q > limit && ctx.kind(q - 1) == TokenKind::Word)
            .then(|| ctx.lex.title(&format!("{} {}", ctx.lower(q - 1), ctx.lower(q))))
            .flatten()
    };
    let Some((class, _)) = ctx.title(p) else {
        // ("…, council member Imran Shah said": after a body's noun, asked of few words.)
        let body_before = p > limit && ctx.lower_noun(p - 1) == Some(NounKind::Organization);
        if !body_before || ctx.kind(p) != TokenKind::Word {
            return None;
        }
        let (class, _) = pair_before(p)?;
        return Some((p - 1, class == TitleClass::Head));
    };
    let mut i = p;
    // "Fire Chief Roberta Vance"
    if pair_before(p).is_some() {
        i = p - 1;
    }
    // "Secretary-General Antonio Guterres"
    if p > limit + 1 && ctx.word(p - 1) == "-" {
        let joined = format!("{}-{}", ctx.lower(p - 2), ctx.lower(p));
        if ctx.lex.title(&joined).is_some() {
            i = p - 2;
        }
    }
    Some((i, class == TitleClass::Head))
}

/// Most lower-case modifiers read before a title after a quotation or a comma.
const MAX_SET_OFF_MODIFIERS: usize = 2;

/// "“This is a very dynamic fire,” wildfire information officer Josée Landry told …": where up to
/// two lower-case modifiers of the title at `i` start, when a closing quotation mark or a comma
/// sets them off before; `i` itself otherwise.
fn plain_modifiers_set_off(ctx: &Context<'_, '_>, i: usize, limit: usize) -> usize {
    let mut q = i;
    while q > limit + 1 && i - q < MAX_SET_OFF_MODIFIERS && plain_modifier(ctx, q - 1) {
        q -= 1;
    }
    let set_off = q < i && q > limit && matches!(ctx.word(q - 1), "”" | "\"" | ",");
    if set_off {
        q
    } else {
        i
    }
}

/// Whether lower-case token `p` names a body ("council", "union") before the title at `next`,
/// or a local government ("city", "county") before such a body noun.
fn body_noun_before_title(ctx: &Context<'_, '_>, p: usize, next: usize) -> bool {
    let body = |t: usize| ctx.lower_noun(t) == Some(NounKind::Organization);
    (body(p) && ctx.title(next).is_some())
        || (matches!(ctx.lower(p), "city" | "county" | "state" | "town" | "district") && body(next))
}

/// Longest run of lower-case modifiers between a possessor and a title ("top foreign policy").
const MAX_POSSESSED_MODIFIERS: usize = 3;

/// "Clinton’s top foreign policy aide Jake Sullivan", "the Post’s senior politics editor": where a
/// named possessor before the title at `i` starts, over up to three lower-case modifiers; none
/// when no possessor is there. A pronoun ("his longtime aide") names nobody, so it stays out.
fn possessor_start(ctx: &Context<'_, '_>, i: usize, limit: usize) -> Option<usize> {
    let possessive_s = |q: usize| q >= limit + 3 && ctx.possessive_s(q - 2, q);
    let mut q = i;
    while q > limit && i - q < MAX_POSSESSED_MODIFIERS && !possessive_s(q) && plain_modifier(ctx, q - 1) {
        q -= 1;
    }
    if !possessive_s(q) {
        return None;
    }
    let owner = q - 3;
    match ctx.entity(owner) {
        // ("China's Foreign Ministry spokesperson Liu Hanwen": a place owns the role too.)
        Some(e)
            if matches!(e.label, EntityLabel::Person | EntityLabel::Organization | EntityLabel::Location) =>
        {
            Some(ctx.doc.token_index_at(e.span.start).max(limit))
        }
        // "the Post’s senior politics editor Steven Ginsberg"
        None if ctx.is_cap(owner) && ctx.lower_class(owner).is_none() => {
            Some(if owner > limit && ctx.lower_is(owner - 1, "the") { owner - 1 } else { owner })
        }
        _ => None,
    }
}

/// A lower-case word that can modify a title: no function word, cue or verb form.
pub(super) fn plain_modifier(ctx: &Context<'_, '_>, t: usize) -> bool {
    ctx.plain_word(t) && !ctx.clause_word(t)
}

/// "Minister for Emergency Management Tara Quinlan": capitalised words with no person's name
/// ending at `i`, after "for"/"of" and a title, are the title's portfolio; the "for"/"of" where it
/// starts. The portfolio may list its parts: "Minister for Social and Family Development Tan Wei
/// Ling".
fn portfolio_start(ctx: &Context<'_, '_>, i: usize, limit: usize) -> Option<usize> {
    let mut q = i;
    while q > limit + 1 && i - q < 6 {
        let joiner = matches!(ctx.word(q - 1), "and" | "&" | ",") && q < i && q - 1 > limit + 1;
        if !(joiner || ctx.kind(q - 1) == TokenKind::Word && ctx.is_cap(q - 1)) {
            break;
        }
        if ctx.entity(q - 1).is_some_and(|e| e.label == EntityLabel::Person) {
            return None;
        }
        q -= 1;
    }
    // (A list's joiner opens no portfolio.)
    while q < i && !ctx.is_cap(q) {
        q += 1;
    }
    let f = q.checked_sub(1)?;
    (q < i && f > limit && matches!(ctx.word(f), "for" | "of") && ctx.title(f - 1).is_some()).then_some(f)
}

/// Whether the capitalised word `p` qualifies the lower-case title `t` after it, as the body or
/// team the role belongs to: "Government spokesman Luc Perrin", "Rovers captain Sean Doyle",
/// "Board president Karen Oduya". Not a function or time word ("On Monday spokesman …"), nor an
/// outlet.
fn capitalised_modifier(ctx: &Context<'_, '_>, p: usize, t: usize) -> bool {
    ctx.kind(p) == TokenKind::Word
        && ctx.is_cap(p)
        && !ctx.is_cap(t)
        && ctx.title(p).is_none()
        && ctx.lower_class(p).is_none()
        && ctx.outlet_at(p).is_none()
        && ctx.entity(p).is_none_or(|e| e.span.end == ctx.doc.tokens()[p].span.end)
}

/// Whether token `t` is a determiner or a possessive ("the", "his").
pub(super) fn det_or_poss(ctx: &Context<'_, '_>, t: usize) -> bool {
    matches!(ctx.class(t), Some(WordClass::Det | WordClass::Poss))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::Fixture;

    #[test]
    fn pronouns_and_titles() {
        let f = Fixture::new("She met former Sen. John Smith.");
        f.with(|ctx| {
            assert_eq!(Pronoun::at(ctx, 0), Some(Pronoun::She));
            assert_eq!(Pronoun::at(ctx, 1), None);
            let john = f.token("John");
            let role = title_role(ctx, john, 0).map(|r| r.as_str(ctx.doc.text()));
            assert_eq!(role, Some("former Sen."));
        });
        // "Government spokesman Luc Perrin": the body before a lower-case title is in the role.
        let f = Fixture::new("Government spokesman Luc Perrin replied that it was debated.");
        f.with(|ctx| {
            let role = title_role(ctx, f.token("Luc"), 0).map(|r| r.as_str(ctx.doc.text()));
            assert_eq!(role, Some("Government spokesman"));
        });
        let f = Fixture::new("Harrow Town manager Gary Pell was furious.");
        f.with(|ctx| {
            let role = title_role(ctx, f.token("Gary"), 0).map(|r| r.as_str(ctx.doc.text()));
            assert_eq!(role, Some("Harrow Town manager"));
        });
        let f = Fixture::new("Minister for Emergency Management Tara Quinlan said it.");
        f.with(|ctx| {
            let role = title_role(ctx, f.token("Tara"), 0).map(|r| r.as_str(ctx.doc.text()));
            assert_eq!(role, Some("Minister for Emergency Management"));
        });
        // "Minister for Social and Family Development Tan Wei Ling": a portfolio listing its parts.
        let f = Fixture::new("Minister for Social and Family Development Tan Wei Ling said it.");
        f.with(|ctx| {
            let role = title_role(ctx, f.token("Tan"), 0).map(|r| r.as_str(ctx.doc.text()));
            assert_eq!(role, Some("Minister for Social and Family Development"));
        });
        // "Clinton’s top foreign policy aide Jake Sullivan": a named possessor starts the role; a
        // pronoun does not ("his longtime aide Huma Abedin").
        let f = Fixture::new(
            "Clinton’s top foreign policy aide Jake Sullivan said it. His longtime aide Huma Abedin too.",
        );
        f.with(|ctx| {
            let role = title_role(ctx, f.token("Jake"), 0).map(|r| r.as_str(ctx.doc.text()));
            assert_eq!(role, Some("Clinton’s top foreign policy aide"));
            let role = title_role(ctx, f.token("Huma"), 0).map(|r| r.as_str(ctx.doc.text()));
            assert_eq!(role, Some("longtime aide"));
        });
        // "said Fire Chief Roberta Vance": a two-word title.
        let f = Fixture::new("It was a miracle, said Fire Chief Roberta Vance.");
        f.with(|ctx| {
            let role = title_role(ctx, f.token("Roberta"), 0).map(|r| r.as_str(ctx.doc.text()));
            assert_eq!(role, Some("Fire Chief"));
        });
        // A company's abbreviation before the title.
        let f = Fixture::new("Acme Corp. CEO Jane Roe said it.");
        f.with(|ctx| {
            let role = title_role(ctx, f.token("Jane"), 0).map(|r| r.as_str(ctx.doc.text()));
            assert_eq!(role, Some("Acme Corp. CEO"));
        });
        // A hyphenated title, after an abbreviated body: "U.N. Secretary-General".
        let f = Fixture::new("U.N. Secretary-General Antonio Guterres said it.");
        f.with(|ctx| {
            let role = title_role(ctx, f.token("Antonio"), 0).map(|r| r.as_str(ctx.doc.text()));
            assert_eq!(role, Some("U.N. Secretary-General"));
        });
    }

    #[test]
    fn a_body_noun_and_a_two_word_title_in_a_role() {
        let role_before = |text: &str, name: &str| {
            let f = Fixture::new(text);
            f.with(|ctx| title_role(ctx, f.token(name), 0).map(|r| r.as_str(ctx.doc.text()).to_string()))
        };
        // "…, but council leader Imran Shah said …": a body's common noun before the title.
        let text = "The site was fine, but council leader Imran Shah said it was not.";
        assert_eq!(role_before(text, "Imran").as_deref(), Some("council leader"));
        // "…, city council member Imran Shah said": a two-word title whose last word is none alone,
        // after a local government's word.
        let text = "The site was fine, city council member Imran Shah said.";
        assert_eq!(role_before(text, "Imran").as_deref(), Some("city council member"));
        // "“This is a very dynamic fire,” wildfire information officer Josée Landry told …":
        // lower-case modifiers after a quotation.
        let text = "“This is a very dynamic fire,” wildfire information officer Josée Landry told them.";
        assert_eq!(role_before(text, "Josée").as_deref(), Some("wildfire information officer"));
        // (Not a body noun with no title after it.)
        assert_eq!(role_before("The council Imran Shah chairs said it.", "Imran"), None);
    }

    #[test]
    fn common_kinds_from_the_head() {
        let f = Fixture::new("The officials and the spokesman and the office.");
        f.with(|ctx| {
            let officials = common_kind(ctx, f.token("officials"));
            assert_eq!(officials, MentionKind::Common { kind: SpeakerKind::Person, plural: true });
            let spokesman = common_kind(ctx, f.token("spokesman"));
            assert_eq!(spokesman, MentionKind::Common { kind: SpeakerKind::Person, plural: false });
            let office = common_kind(ctx, f.token("office"));
            assert_eq!(office, MentionKind::Common { kind: SpeakerKind::Organization, plural: false });
        });
    }
}
