//! Noun phrases around a cue: speakers (left, right, appositive), roles, and news outlets.

use crate::entities::{Entity, EntityLabel};
use crate::lexicon::NounKind;
use crate::lexicon::{Lexicons, PlaceKind, WordClass};
use crate::text::{Document, TokenKind};
use crate::{Span, SpeakerKind};

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
    pub(crate) fn parse(word: &str) -> Option<Pronoun> {
        match &*crate::lexicon::lower(word) {
            "he" => Some(Pronoun::He),
            "she" => Some(Pronoun::She),
            "it" => Some(Pronoun::It),
            "they" => Some(Pronoun::They),
            "we" => Some(Pronoun::We),
            "i" => Some(Pronoun::I),
            _ => None,
        }
    }
}

/// What a speaker mention is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum MentionKind {
    /// A recognised entity (index into the entity list).
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
    /// Whether the mention lies inside a role or appositive (never an antecedent).
    pub place_kind: Option<PlaceKind>,
}

/// Numbers written as words ("Six in 10 say", "Eight years ago").
pub(super) const NUMBER_WORDS: &[&str] =
    &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/// Nouns that count a group ("a handful of Democrats", "a slew of pilots").
const QUANTITY_NOUNS: &[&str] =
    &["handful", "number", "group", "majority", "couple", "pair", "few", "minority", "slew", "host"];

/// An outlet occurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Outlet {
    pub span: Span,
    pub tokens: std::ops::Range<usize>,
    pub name: String,
}

/// Per-document lookups shared by the attribution rules.
pub(crate) struct Context<'d, 't> {
    pub doc: &'d Document<'t>,
    pub lex: &'d Lexicons,
    pub entities: &'d [Entity],
    /// For each token, the entity covering it.
    pub entity_at: Vec<Option<u32>>,
    /// For each token, the outlet covering it.
    pub outlet_at: Vec<Option<u32>>,
    pub outlets: Vec<Outlet>,
}

const AGENCY_WORDS: &[&str] = &["news agency", "agency", "newspaper", "news service", "daily", "broadcaster"];

impl<'d, 't> Context<'d, 't> {
    pub fn new(doc: &'d Document<'t>, lex: &'d Lexicons, entities: &'d [Entity]) -> Self {
        let n = doc.tokens().len();
        let mut entity_at = vec![None; n];
        for (i, e) in entities.iter().enumerate() {
            let a = doc.token_index_at(e.span.start);
            let mut t = a;
            while t < n && doc.tokens()[t].span.start < e.span.end {
                entity_at[t] = Some(i as u32);
                t += 1;
            }
        }
        let mut ctx =
            Context { doc, lex, entities, entity_at, outlet_at: vec![None; n], outlets: Vec::new() };
        ctx.find_outlets();
        ctx
    }

    pub fn word(&self, i: usize) -> &'t str {
        self.doc.token_text(i)
    }

    pub fn lower_is(&self, i: usize, w: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(w)
    }

    /// Whether token `t` belongs to a clause rather than a noun phrase: an auxiliary, modal, verb,
    /// subordinator, cue, double quote mark, semicolon or colon.
    pub fn clause_word(&self, t: usize) -> bool {
        let w = self.word(t);
        // The "s" of a possessive ("Abu-Laban's nephew") is no auxiliary.
        if w == "s" && t > 0 && matches!(self.word(t - 1), "'" | "’") && self.touches(t - 1, t) {
            return false;
        }
        let lw = crate::lexicon::lower(w);
        matches!(
            self.lex.word_class(&lw),
            Some(WordClass::Aux | WordClass::Modal | WordClass::Verb | WordClass::Subord)
        ) || self.lex.cue(&lw).is_some()
            || matches!(w, "“" | "”" | "\"" | ";" | ":")
    }

    /// Tokens `a` and `b` touch, with no space between them ("5,000", "two-year").
    pub fn touches(&self, a: usize, b: usize) -> bool {
        let t = self.doc.tokens();
        t[a].span.end == t[b].span.start
    }

    fn class(&self, i: usize) -> Option<WordClass> {
        self.lex.word_class(self.word(i))
    }

    pub fn is_cap(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    pub fn span(&self, a: usize, b: usize) -> Span {
        let t = self.doc.tokens();
        Span::new(t[a].span.start, t[b - 1].span.end)
    }

    /// A common-noun mention over tokens `a..b` ("the board", "Six in 10", a transcript's "TAPPER").
    pub fn common_mention(&self, a: usize, b: usize, kind: SpeakerKind, plural: bool) -> Mention {
        Mention {
            span: self.span(a, b),
            tokens: a..b,
            kind: MentionKind::Common { kind, plural },
            role: None,
            place_kind: None,
        }
    }

    /// Outlets: lexicon forms, organisations ending in an outlet word ("Tehran Times"), and
    /// "X news agency". The written span keeps a trailing "news agency".
    fn find_outlets(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let mut found: Vec<(usize, usize, String)> = Vec::new();
        for (s, e, name) in self.lex.find_outlets(text) {
            // Case matters for short forms ("AP" vs "ap"); the automaton is case-sensitive.
            found.push((s, e, name.to_string()));
        }
        for e in self.entities {
            if e.label != EntityLabel::Organization {
                continue;
            }
            let s = e.span.as_str(text);
            let s = s.strip_prefix("The ").unwrap_or(s);
            let last = s.rsplit(' ').next().unwrap_or(s);
            if s.contains(' ') && self.lex.is_outlet_suffix(last) {
                let start = e.span.end - s.len();
                found.push((start, e.span.end, s.to_string()));
            }
        }
        found.sort_by_key(|f| (f.0, std::cmp::Reverse(f.1)));
        let mut last_end = 0;
        for (s, e, name) in found {
            if s < last_end {
                continue;
            }
            let mut a = doc.token_index_at(s);
            let mut b = doc.token_index_at(e);
            let mut s = s;
            // "the Associated Press": the article belongs to the name as written.
            if a > 0
                && self.word(a - 1).eq_ignore_ascii_case("the")
                && doc.sentence_at(s) == doc.sentence_at(doc.tokens()[a - 1].span.start)
            {
                a -= 1;
                s = doc.tokens()[a].span.start;
            }
            // Extend over "news agency" and the like.
            let mut end = e;
            for w in AGENCY_WORDS {
                let n = w.split(' ').count();
                if b + n <= doc.tokens().len() {
                    let cand = self.span(b, b + n);
                    if cand.as_str(text).eq_ignore_ascii_case(w)
                        && doc.sentence_at(cand.start) == doc.sentence_at(s)
                    {
                        end = cand.end;
                        b += n;
                        break;
                    }
                }
            }
            let idx = self.outlets.len() as u32;
            for t in a..b.min(self.outlet_at.len()) {
                self.outlet_at[t] = Some(idx);
            }
            self.outlets.push(Outlet { span: Span::new(s, end), tokens: a..b, name });
            last_end = end;
        }
    }

    pub fn outlet_mention(&self, o: usize) -> Mention {
        let out = &self.outlets[o];
        Mention {
            span: out.span,
            tokens: out.tokens.clone(),
            kind: MentionKind::Outlet(out.name.clone()),
            role: None,
            place_kind: None,
        }
    }

    /// Tokens `a..b` form an entity exactly (after an optional leading "the")?
    fn entity_mention(&self, e: usize, role_limit: usize) -> Mention {
        let ent = &self.entities[e];
        let a = self.doc.token_index_at(ent.span.start);
        let b = self.doc.token_index_at(ent.span.end);
        let text = self.doc.text();
        let place_kind = self.lex.place(ent.span.as_str(text));
        let role = if ent.label == EntityLabel::Person { self.title_role(a, role_limit) } else { None };
        Mention { span: ent.span, tokens: a..b, kind: MentionKind::Entity(ent.label), role, place_kind }
    }

    /// A title prefix right before token `a` ("Russian Foreign Ministry spokesperson", "former Sen.").
    pub fn title_role(&self, a: usize, limit: usize) -> Option<Span> {
        let mut i = a;
        let mut has_head = false;
        while i > limit {
            let p = i - 1;
            let w = self.word(p);
            if w == "." && p > limit && self.lex.title(&format!("{}.", self.word(p - 1))).is_some() {
                has_head = true;
                i = p - 1;
                continue;
            }
            if let Some((class, _)) = self.lex.title(w) {
                has_head |= class == crate::lexicon::TitleClass::Head;
                i = p;
                continue;
            }
            if self.lex.place(w).is_some() && self.is_cap(p) {
                i = p;
                continue;
            }
            if let Some(e) = self.entity_at[p] {
                let ent = &self.entities[e as usize];
                if matches!(ent.label, EntityLabel::Organization | EntityLabel::Misc | EntityLabel::Location)
                    && self.outlet_at[p].is_none()
                {
                    i = self.doc.token_index_at(ent.span.start).max(limit);
                    continue;
                }
            }
            if (w == "of" || w == "for") && i < a && p > limit && self.lex.title(self.word(p - 1)).is_some() {
                i = p;
                continue;
            }
            break;
        }
        // Never start a role on "of".
        while i < a && matches!(self.word(i), "of" | "for") {
            i += 1;
        }
        (has_head && i < a).then(|| self.span(i, a))
    }

    /// A title word, also when abbreviated ("Sen." → tokens "Sen" ".").
    pub fn is_title_word(&self, i: usize) -> bool {
        let w = self.word(i);
        self.lex.title(w).is_some()
            || (i + 1 < self.doc.tokens().len()
                && self.word(i + 1) == "."
                && self.lex.title(&format!("{w}.")).is_some())
    }

    /// Noun phrase ending just before token `end` (exclusive), not starting before `limit`.
    /// Handles pronouns, entities (with title roles), outlets, possessives ("Smith's office"),
    /// appositives ("X, a spokesman for Y,") and common noun phrases ("senior officials").
    pub fn left_np(&self, end: usize, limit: usize) -> Option<Mention> {
        if end <= limit {
            return None;
        }
        let k = end - 1;
        let w = self.word(k);
        if w == "," {
            return self.appositive(k, limit);
        }
        // "James B. Comey Jr. said": the period of a name suffix.
        if w == "." && k > limit && self.touches(k - 1, k) && matches!(self.word(k - 1), "Jr" | "Sr") {
            return self.left_np(k, limit);
        }
        if w == ")" {
            // "Sen. Marco Rubio (R-Fla.) said", "Kasich (who has 25 delegates) said".
            let lo = limit.max(k.saturating_sub(20));
            let open = (lo..k).rev().find(|&i| self.word(i) == "(")?;
            return self.left_np(open, limit);
        }
        if let Some(p) = Pronoun::parse(w) {
            return Some(Mention {
                span: self.span(k, end),
                tokens: k..end,
                kind: MentionKind::Pronoun(p),
                role: None,
                place_kind: None,
            });
        }
        if let Some(o) = self.outlet_at[k] {
            let m = self.outlet_mention(o as usize);
            if m.tokens.start >= limit {
                return Some(m);
            }
        }
        // "Some said", "Several said", "9 percent said": a part of a group speaks.
        let lw = crate::lexicon::lower(w);
        if matches!(&*lw, "some" | "several" | "many" | "most" | "others" | "both" | "few" | "another")
            || lw == "percent" && k > limit && self.doc.tokens()[k - 1].kind == TokenKind::Number
        {
            let mut a = k;
            while a > limit
                && (self.doc.tokens()[a - 1].kind == TokenKind::Number
                    || matches!(
                        &*crate::lexicon::lower(self.word(a - 1)),
                        "about" | "only" | "nearly" | "almost" | "roughly" | "just"
                    ))
            {
                a -= 1;
            }
            return Some(self.common_mention(a, end, SpeakerKind::Person, true));
        }
        // "About four in 10 said", "Six in 10 say": a share of a group speaks.
        if self.doc.tokens()[k].kind == TokenKind::Number {
            let share_word = |t: usize| {
                let w = crate::lexicon::lower(self.word(t));
                self.doc.tokens()[t].kind == TokenKind::Number
                    || matches!(&*w, "in" | "out" | "of" | "about" | "nearly" | "almost" | "roughly" | "some")
                    || NUMBER_WORDS.contains(&&*w)
            };
            let mut a = k;
            while a > limit && share_word(a - 1) {
                a -= 1;
            }
            if (a..k).any(|t| matches!(&*crate::lexicon::lower(self.word(t)), "in" | "of")) {
                return Some(self.common_mention(a, end, SpeakerKind::Person, true));
            }
        }
        // Symbols and emoji after a name ("Zoë Smith 😀 said") stand outside it.
        if self.doc.tokens()[k].kind == TokenKind::Other {
            return self.left_np(k, limit);
        }
        if let Some(e) = self.entity_at[k] {
            let ent = &self.entities[e as usize];
            if ent.span.end == self.doc.tokens()[k].span.end && ent.label != EntityLabel::Misc {
                let mut m = self.entity_mention(e as usize, limit);
                // … and inside it ("Zoë 😀 Smith"): take the capitalised word before the symbol too.
                while m.tokens.start >= limit + 2
                    && self.doc.tokens()[m.tokens.start - 1].kind == TokenKind::Other
                    && self.is_cap(m.tokens.start - 2)
                {
                    m.tokens.start -= 2;
                    m.span = self.span(m.tokens.start, m.tokens.end);
                }
                if m.tokens.start >= limit {
                    return Some(m);
                }
            }
        }
        let m = self.common_np(end, limit)?;
        // "A slew of harbor pilots agree": the quantity is part of the subject.
        let a = m.tokens.start;
        if a >= limit + 3
            && self.lower_is(a - 1, "of")
            && QUANTITY_NOUNS.contains(&&*crate::lexicon::lower(self.word(a - 2)))
            && matches!(self.class(a - 3), Some(WordClass::Det))
        {
            let kind = MentionKind::Common { kind: SpeakerKind::Person, plural: true };
            return Some(Mention {
                span: self.span(a - 3, m.tokens.end),
                tokens: a - 3..m.tokens.end,
                kind,
                ..m
            });
        }
        Some(m)
    }

    /// "X, a spokesman for Y," ending at the comma `k`.
    fn appositive(&self, k: usize, limit: usize) -> Option<Mention> {
        self.appositive_one(k, limit).or_else(|| self.appositive_chain(k, limit))
    }

    /// "Cecelia Purner, 67, a retired service representative in Allentown, Pa., said": a person's
    /// name before a run of commas, with no verb up to `k`; the run is the role.
    fn appositive_chain(&self, k: usize, limit: usize) -> Option<Mention> {
        let lo = limit.max(k.saturating_sub(30));
        let mut c = k;
        while c > lo + 1 {
            c -= 1;
            if self.clause_word(c) {
                return None;
            }
            if self.word(c) != "," {
                continue;
            }
            let Some(e) = self.entity_at[c - 1] else { continue };
            let ent = &self.entities[e as usize];
            let a = self.doc.token_index_at(ent.span.start);
            // "… a representative in Allentown, Pa.": a name after a preposition is a place.
            let after_prep = a > limit && self.class(a - 1) == Some(WordClass::Prep);
            if ent.label == EntityLabel::Person && self.doc.token_index_at(ent.span.end) == c && !after_prep {
                let mut np = self.entity_mention(e as usize, limit);
                np.role = Some(self.span(c + 1, k));
                return Some(np);
            }
        }
        None
    }

    fn appositive_one(&self, k: usize, limit: usize) -> Option<Mention> {
        // Find the opening comma, at most 30 tokens back, not crossing quote marks.
        let lo = limit.max(k.saturating_sub(30));
        let mut m = k;
        while m > lo {
            m -= 1;
            let w = self.word(m);
            if w == "," {
                break;
            }
            if matches!(w, "\"" | "“" | "”") {
                return None;
            }
        }
        if m <= lo || self.word(m) != "," || m + 1 >= k {
            return None;
        }
        let first = self.word(m + 1);
        // "Murphy, though, said": a one-word aside.
        if k == m + 2
            && matches!(
                self.class(m + 1),
                Some(WordClass::Adv | WordClass::Subord | WordClass::Conj | WordClass::Time)
            )
        {
            return self.left_np(m, limit);
        }
        // "Clinton, after the scandal broke in March, said", "Smith, in an interview, said": an
        // adverbial aside; the subject is before it.
        if matches!(self.class(m + 1), Some(WordClass::Subord | WordClass::Prep))
            && !first.eq_ignore_ascii_case("that")
        {
            if let Some(np) = self.left_np(m, limit) {
                // (A place before the aside more often ends an earlier appositive: "Sandy Phillips, who
                // lost her daughter in Aurora, Colorado, in July 2012, said".)
                if matches!(
                    np.kind,
                    MentionKind::Entity(EntityLabel::Person | EntityLabel::Organization)
                        | MentionKind::Common { .. }
                        | MentionKind::Pronoun(_)
                ) {
                    return Some(np);
                }
            }
        }
        // "Its chairwoman, Olga Nemec, said": the name is between the commas, the role before.
        if let Some(e) = self.entity_at[m + 1] {
            let ent = &self.entities[e as usize];
            let (a, b) = (self.doc.token_index_at(ent.span.start), self.doc.token_index_at(ent.span.end));
            if ent.label == EntityLabel::Person && a == m + 1 && b == k {
                let mut np = self.entity_mention(e as usize, m + 1);
                if let Some(MentionKind::Common { .. }) = self.left_np(m, limit).map(|r| r.kind) {
                    np.role = self.left_np(m, limit).map(|r| r.span);
                }
                return Some(np);
            }
        }
        let role_like = matches!(self.class(m + 1), Some(WordClass::Det | WordClass::Poss))
            || self.lex.title(first).is_some()
            || first.eq_ignore_ascii_case("who")
            || first.eq_ignore_ascii_case("which")
            || self.lex.word_class(first) == Some(WordClass::Adv)
            || self.lex.word_class(first) == Some(WordClass::Time)
            || self.doc.tokens()[m + 1].kind == TokenKind::Number
            || self.is_cap(m + 1) && self.lex.title(self.word(k - 1)).is_some()
            // "Robert Peck, managing director and analyst at SunTrust, told": a title inside.
            || self.entity_at[m - 1].is_some()
                && (m + 1..k).any(|t| {
                    let w = crate::lexicon::lower(self.word(t));
                    self.lex.title(&w).is_some() || self.lex.speaker_noun(&w) == Some(NounKind::Person)
                });
        if !role_like {
            return None;
        }
        let mut np = self.left_np(m, limit)?;
        // "Sen. Chuck Grassley, facing a challenge in Iowa, a swing state, said": a name after a
        // preposition ends an aside; the person before the aside speaks.
        if np.tokens.start > limit && self.class(np.tokens.start - 1) == Some(WordClass::Prep) {
            if let Some(person) = self.appositive_chain(k, limit) {
                return Some(person);
            }
        }
        // "Reuters, which first reported the story, said …" speaks as the outlet; "…, a reporter for
        // Reuters, said" does not.
        if matches!(np.kind, MentionKind::Outlet(_)) {
            return matches!(&*crate::lexicon::lower(first), "which" | "who").then_some(np);
        }
        let inner = self.span(m + 1, k);
        let clause = matches!(&*crate::lexicon::lower(first), "who" | "which")
            || matches!(self.lex.word_class(first), Some(WordClass::Adv | WordClass::Time));
        if self.doc.tokens()[m + 1].kind != TokenKind::Number && !clause {
            np.role = Some(inner);
        }
        Some(np)
    }

    /// A common noun phrase ending before `end`: up to five words back to a determiner.
    fn common_np(&self, end: usize, limit: usize) -> Option<Mention> {
        let k = end - 1;
        // A multi-word title ending here: "the secretary of state", "the press secretary".
        for n in (2..=4).rev() {
            if k + 1 < limit + n {
                continue;
            }
            let a = k + 1 - n;
            if self.lex.title(self.span(a, end).as_str(self.doc.text())).is_some() && self.word(a) != "of" {
                let a = if a > limit && matches!(self.class(a - 1), Some(WordClass::Det | WordClass::Poss)) {
                    a - 1
                } else {
                    a
                };
                return Some(self.common_mention(a, end, SpeakerKind::Person, false));
            }
        }
        let head = self.word(k);
        if self.doc.tokens()[k].kind != TokenKind::Word || self.class(k).is_some() {
            return None;
        }
        let lh = crate::lexicon::lower(head);
        if lh.ends_with("ly")
            || lh.ends_with("ing")
            || lh.chars().count() == 1
            || (k > limit && matches!(self.class(k - 1), Some(WordClass::Neg)))
            || (self.lex.cue(&lh).is_some()
                && !(k > limit && matches!(self.class(k - 1), Some(WordClass::Det | WordClass::Poss))))
            || self.lex.is_common_word(&lh) && lh.ends_with("ed")
        {
            return None;
        }
        let mut i = k;
        while i > limit && k - i < 5 {
            let p = i - 1;
            let w = self.word(p);
            match self.class(p) {
                Some(WordClass::Det | WordClass::Poss) => {
                    i = p;
                    break;
                }
                // "a June poll", "the Tuesday statement".
                // … and "the 57-year-old scientist".
                Some(WordClass::Time) if self.is_cap(p) || self.touches(p, p + 1) => {}
                Some(_) => break,
                None => {}
            }
            if (w == "s" && p > limit && matches!(self.word(p - 1), "'" | "’")) || w == "'" || w == "’" {
                i = p;
                continue;
            }
            // "this Trump look-alike", "the 50-state poll": a hyphen inside a word.
            if matches!(w, "-" | "‑") && p > limit && self.touches(p - 1, p) && self.touches(p, p + 1) {
                i = p;
                continue;
            }
            let hyphenated_number = self.doc.tokens()[p].kind == TokenKind::Number
                && matches!(self.word(p + 1), "-" | "‑")
                && self.touches(p, p + 1);
            if (self.doc.tokens()[p].kind != TokenKind::Word && !hyphenated_number)
                || self.lex.cue(w).is_some()
            {
                break;
            }
            i = p;
        }
        // Skip a leading possessive marker that lost its owner.
        while i < k && matches!(self.word(i), "'" | "’" | "s") {
            i += 1;
        }
        // A lone lower-case singular word that names no speaker ("century", "feat") is a fragment of
        // something else, not a subject.
        let kind = self.common_kind(&lh);
        if i == k
            && !self.is_cap(k)
            && matches!(kind, MentionKind::Common { kind: SpeakerKind::Unknown, plural: false })
        {
            return None;
        }
        let span = self.span(i, end);
        Some(Mention { span, tokens: i..end, kind, role: None, place_kind: None })
    }

    /// Kind of a common noun phrase from its head word.
    fn common_kind(&self, head: &str) -> MentionKind {
        let singular = head.strip_suffix('s').filter(|_| !head.ends_with("ss")).unwrap_or(head);
        let title = self.lex.title(head).is_some() || self.lex.title(singular).is_some();
        let (kind, plural) = match self.lex.speaker_noun(head) {
            Some(NounKind::Person) => (SpeakerKind::Person, false),
            Some(NounKind::Group) => (SpeakerKind::Person, true),
            Some(NounKind::Organization) => (SpeakerKind::Organization, false),
            None if title => (SpeakerKind::Person, singular != head),
            None => (SpeakerKind::Unknown, singular != head),
        };
        MentionKind::Common { kind, plural }
    }

    /// After a name at `end` (exclusive): ", a spokesman for Y," or ", who heads Z." — an appositive
    /// closed by a comma or the end of the clause. Sets the role (not for "who" clauses) and returns
    /// the first token after it; `end` itself when there is none.
    pub fn appositive_after(&self, np: &mut Mention, end: usize, limit: usize) -> usize {
        if end + 1 >= limit || self.word(end) != "," {
            return end;
        }
        let first = end + 1;
        let w = self.word(first);
        let who = w.eq_ignore_ascii_case("who") || w.eq_ignore_ascii_case("which");
        let role_like = who
            || matches!(self.class(first), Some(WordClass::Det | WordClass::Poss))
            || self.lex.title(w).is_some()
            || self.doc.tokens()[first].kind == TokenKind::Number;
        if !role_like {
            return end;
        }
        let lim = limit.min(first + 30);
        let mut j = first;
        while j < lim && !matches!(self.word(j), "," | "." | ";" | "“" | "\"" | "”" | "!" | "?") {
            j += 1;
        }
        if j == lim && lim < limit {
            return end;
        }
        if !who && self.doc.tokens()[first].kind != TokenKind::Number && j > first {
            np.role = Some(self.span(first, j));
        }
        if j < limit && self.word(j) == "," {
            j + 1
        } else {
            j
        }
    }

    /// The subject of a relative clause whose pronoun is token `rel` ("The official, who spoke …"):
    /// a mention of the pronoun that stands for the noun phrase before it.
    pub fn relative(&self, rel: usize, limit: usize) -> Option<Mention> {
        if !matches!(&*crate::lexicon::lower(self.word(rel)), "who" | "which") || rel <= limit {
            return None;
        }
        let end = if self.word(rel - 1) == "," { rel - 1 } else { rel };
        let antecedent = self.left_np(end, limit)?;
        if matches!(antecedent.kind, MentionKind::Pronoun(_) | MentionKind::Relative(_)) {
            return None;
        }
        // "Reuters, which first reported the story": the outlet reports.
        if matches!(antecedent.kind, MentionKind::Outlet(_)) {
            return Some(antecedent);
        }
        Some(Mention {
            span: self.span(rel, rel + 1),
            tokens: rel..rel + 1,
            role: antecedent.role,
            place_kind: antecedent.place_kind,
            kind: MentionKind::Relative(Box::new(antecedent)),
        })
    }

    /// A subject noun phrase opening a clause at `start` ("The nurse later sued"): determiner, then
    /// up to four words, stopping before an adverb, time word, function word, cue or verb-looking word.
    pub fn subject_np(&self, start: usize, limit: usize) -> Option<Mention> {
        let first = start + usize::from(matches!(self.class(start), Some(WordClass::Det | WordClass::Poss)));
        // Numbers count as words: "Some 56 percent".
        self.np_until(start, first, limit, 4, |j| {
            let lw = crate::lexicon::lower(self.word(j));
            // "the tenants’ union": a plural possessive goes on.
            let possessive = matches!(&*lw, "'" | "’")
                && j > first
                && self.touches(j - 1, j)
                && self.word(j - 1).ends_with('s');
            !possessive && !matches!(self.doc.tokens()[j].kind, TokenKind::Word | TokenKind::Number)
                || self.class(j).is_some()
                || self.lex.cue(&lw).is_some()
                || lw.ends_with("ly")
                || (lw.ends_with("ed") || lw.ends_with("ing")) && !self.is_cap(j)
        })
    }

    /// After a closing quote ("“…,” wrote one commenter."), a determiner and nouns up to the clause
    /// end name the speaker even when the head is unknown to the lexicons.
    pub fn right_np_after_quote(&self, start: usize, limit: usize) -> Option<Mention> {
        if start >= limit
            || !(matches!(self.class(start), Some(WordClass::Det | WordClass::Poss))
                || matches!(&*crate::lexicon::lower(self.word(start)), "one" | "another"))
        {
            return None;
        }
        let mut j = start + 1;
        while j < limit
            && j - start < 5
            && self.doc.tokens()[j].kind == TokenKind::Word
            && self.class(j).is_none()
        {
            j += 1;
        }
        let ends_clause = j >= limit || matches!(self.word(j), "." | "," | ";" | "!" | "?");
        if j == start + 1 || !ends_clause {
            return None;
        }
        let head = crate::lexicon::lower(self.word(j - 1));
        let plural = head.ends_with('s') && !head.ends_with("ss");
        Some(Mention {
            span: self.span(start, j),
            tokens: start..j,
            kind: MentionKind::Common { kind: SpeakerKind::Person, plural },
            role: None,
            place_kind: None,
        })
    }

    /// Any noun phrase starting at `start`, up to punctuation or a clause word ("a pool report",
    /// "media buying sources"): what "according to" names when no person or body is found.
    pub fn plain_np(&self, start: usize, limit: usize) -> Option<Mention> {
        self.np_until(start, start, limit, 8, |j| {
            matches!(self.word(j), "," | "." | ";" | ":" | "“" | "\"" | "”" | "(" | ")" | "—" | "–")
                || matches!(self.class(j), Some(WordClass::Subord | WordClass::Aux | WordClass::Modal))
        })
    }

    /// The phrase from `start` whose words run from `from` until `stop` holds (at most `max` words,
    /// never past `limit`), typed by its last word.
    fn np_until(
        &self,
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
        let head = crate::lexicon::lower(self.word(j - 1));
        Some(Mention {
            span: self.span(start, j),
            tokens: start..j,
            kind: self.common_kind(&head),
            role: None,
            place_kind: None,
        })
    }

    /// A person named within a few words after `i`, right after a title or a noun naming a person
    /// ("said Idaho nutritional-supplement executive Frank VanderSloot", "mused Blaze co-host Stu
    /// Burguiere", "said Concord resident Whit Symms", "said Air Force 1st Lt. Tyler Livingston"):
    /// the words from `i` describe that person. Returns the name's first token.
    fn described_person_ahead(&self, i: usize, limit: usize) -> Option<usize> {
        (i + 1..limit.min(i + 7))
            .take_while(|&t| {
                (matches!(self.doc.tokens()[t - 1].kind, TokenKind::Word | TokenKind::Number)
                    && self.class(t - 1).is_none())
                    || matches!(self.word(t - 1), "-" | "‑")
                    || self.word(t - 1) == "." && t >= 2 && self.is_title_word(t - 2)
            })
            .find(|&t| {
                let w = self.word(t - 1);
                let noun = w == "." && self.is_title_word(t - 2)
                    || self.is_title_word(t - 1)
                    || self.lex.speaker_noun(w) == Some(crate::lexicon::NounKind::Person);
                noun && self.entity_at[t]
                    .is_some_and(|e| self.entities[e as usize].label == EntityLabel::Person)
            })
    }

    /// Noun phrase starting at token `start` (an inverted subject: "said Putin", "reported BBC",
    /// "said the spokesman"). Stops at `limit`.
    pub fn right_np(&self, start: usize, limit: usize) -> Option<Mention> {
        if start >= limit {
            return None;
        }
        let w = self.word(start);
        if let Some(p) = Pronoun::parse(w) {
            return Some(Mention {
                span: self.span(start, start + 1),
                tokens: start..start + 1,
                kind: MentionKind::Pronoun(p),
                role: None,
                place_kind: None,
            });
        }
        // Skip determiners, titles, demonyms to reach a name.
        let mut i = start;
        while i < limit {
            if let Some(o) = self.outlet_at[i] {
                return Some(self.outlet_mention(o as usize));
            }
            if let Some(e) = self.entity_at[i] {
                let ent = &self.entities[e as usize];
                let end = self.doc.token_index_at(ent.span.end);
                // "former Obama adviser David Axelrod", "Clinton ally James Carville": a name before a
                // title or a noun that names a person is part of the role when a name follows.
                let in_role = end < limit
                    && (self.is_title_word(end)
                        || self.lex.speaker_noun(&crate::lexicon::lower(self.word(end))).is_some()
                            && end + 1 < limit
                            && self.entity_at[end + 1].is_some());
                // "a Trump supporter": a name modifying a noun after a determiner is part of a phrase.
                let modifier = i > start
                    && end < limit
                    && self.doc.tokens()[end].kind == TokenKind::Word
                    && !self.is_cap(end)
                    && self.class(end).is_none()
                    && self.lex.cue(self.word(end)).is_none()
                    && !in_role;
                if modifier
                    && (matches!(self.class(start), Some(WordClass::Det | WordClass::Poss))
                        || matches!(&*crate::lexicon::lower(w), "one" | "another"))
                {
                    break;
                }
                // "Clinton's aide rallied …": the possessor names the speaker's phrase, not the speaker.
                let possessive =
                    end + 1 < limit && matches!(self.word(end), "'" | "’") && self.word(end + 1) == "s";
                if possessive {
                    let a = self.doc.token_index_at(ent.span.start);
                    if let Some(mut m) = self.np_until(a, end + 2, limit, 3, |j| {
                        let lw = crate::lexicon::lower(self.word(j));
                        self.doc.tokens()[j].kind != TokenKind::Word
                            || self.class(j).is_some()
                            || self.lex.cue(&lw).is_some()
                            || lw.ends_with("ly")
                            || lw.ends_with("ed")
                    }) {
                        m.span = self.span(a, m.tokens.end);
                        return Some(m);
                    }
                }
                // "Idaho nutritional-supplement executive Frank VanderSloot": a place modifying what
                // follows.
                let place_modifier = ent.label == EntityLabel::Location
                    && end < limit
                    && self.doc.tokens()[end].kind == TokenKind::Word
                    && !self.is_cap(end)
                    && self.class(end).is_none();
                if place_modifier {
                    i = end;
                    continue;
                }
                // "said Air Force 1st Lt. Tyler Livingston": a body describing the person named after it.
                if ent.label != EntityLabel::Person && !in_role {
                    if let Some(t) = self.described_person_ahead(end - 1, limit) {
                        i = t;
                        continue;
                    }
                }
                if ent.label != EntityLabel::Misc && !in_role {
                    let mut m = self.entity_mention(e as usize, start);
                    if m.role.is_none() && i > start {
                        m.role = self.title_role(i, start);
                    }
                    return Some(m);
                }
                if in_role {
                    // Step over the name, and over a plain noun after it ("ally") to the next name.
                    i = if self.is_title_word(end) { end } else { end + 1 };
                    continue;
                }
            }
            let wi = self.word(i);
            let skippable = matches!(self.class(i), Some(WordClass::Det))
                || self.is_title_word(i)
                || self.lex.place(wi).is_some()
                || matches!(&*crate::lexicon::lower(wi), "one" | "another" | "former" | "retired")
                || wi == ".";
            if !skippable {
                let person_ahead = self.described_person_ahead(i, limit);
                match person_ahead {
                    Some(t) => {
                        i = t;
                        continue;
                    }
                    None => break,
                }
            }
            i += 1;
        }
        // "one of two witnesses", "one of the organizers", "a handful of Democrats": the group names
        // the speaker.
        let part = if matches!(&*crate::lexicon::lower(w), "one" | "some" | "many" | "several" | "most") {
            Some(start + 1)
        } else if matches!(&*crate::lexicon::lower(w), "a" | "the")
            && start + 1 < limit
            && QUANTITY_NOUNS.contains(&&*crate::lexicon::lower(self.word(start + 1)))
        {
            Some(start + 2)
        } else {
            None
        };
        if let Some(of) = part.filter(|&of| of + 1 < limit && self.lower_is(of, "of")) {
            if let Some(mut m) = self.right_np(of + 1, limit).or_else(|| self.subject_np(of + 1, limit)) {
                if matches!(
                    m.kind,
                    MentionKind::Common { kind: SpeakerKind::Person | SpeakerKind::Organization, .. }
                ) || matches!(m.kind, MentionKind::Entity(EntityLabel::Organization | EntityLabel::Misc))
                    // "a handful of Democrats"
                    || matches!(m.kind, MentionKind::Common { plural: true, .. }) && self.is_cap(m.tokens.end - 1)
                {
                    m.span = self.span(start, m.tokens.end);
                    m.tokens = start..m.tokens.end;
                    let plural = !self.lower_is(start, "one");
                    m.kind = MentionKind::Common { kind: SpeakerKind::Person, plural };
                    return Some(m);
                }
            }
        }
        // A common noun phrase: "the spokesman", "a senior official", "one party activist".
        let det = matches!(self.class(start), Some(WordClass::Det | WordClass::Poss));
        if det || self.lex.title(w).is_some() || matches!(&*crate::lexicon::lower(w), "one" | "another") {
            let mut j = start + 1;
            while j < limit && j - start < 9 {
                let wj = self.word(j);
                // "the company's chief executive"
                if matches!(wj, "'" | "’") && j + 1 < limit && self.word(j + 1) == "s" {
                    j += 2;
                    continue;
                }
                // "the 46-year-old"
                let attached =
                    |t: usize| self.doc.tokens()[t - 1].span.end == self.doc.tokens()[t].span.start;
                let compound = self.doc.tokens()[j].kind == TokenKind::Number
                    || wj == "-" && j + 1 < limit && attached(j)
                    || self.word(j - 1) == "-" && attached(j);
                // "The union doubled down": a past-tense verb after the head ends the phrase.
                let past_verb = j >= start + 2 && !compound && wj.ends_with("ed") && !self.is_cap(j);
                if !compound
                    && (self.doc.tokens()[j].kind != TokenKind::Word
                        || self.class(j).is_some()
                        || self.lex.cue(wj).is_some()
                        || past_verb)
                {
                    break;
                }
                j += 1;
            }
            if j > start + usize::from(det) {
                // The head is the last word that names someone ("one Democrat familiar", "a senior
                // aide close"); a capitalised word names a group member ("a Trump supporter").
                let named = (start..j).rev().find_map(|t| {
                    match self.common_kind(&crate::lexicon::lower(self.word(t))) {
                        k @ MentionKind::Common {
                            kind: SpeakerKind::Person | SpeakerKind::Organization,
                            ..
                        } => Some(k),
                        _ => None,
                    }
                });
                let capitalised = (start + 1..j).any(|t| self.is_cap(t));
                // "the 46-year-old"
                let age = j >= start + 3 && self.lower_is(j - 1, "old") && self.lower_is(j - 3, "year");
                let kind = named.unwrap_or_else(|| {
                    if capitalised || age {
                        MentionKind::Common { kind: SpeakerKind::Person, plural: false }
                    } else {
                        self.common_kind(&crate::lexicon::lower(self.word(j - 1)))
                    }
                });
                // Only people and bodies speak after an inverted cue ("said the spokesman").
                if matches!(
                    kind,
                    MentionKind::Common { kind: SpeakerKind::Person | SpeakerKind::Organization, .. }
                ) {
                    return Some(Mention {
                        span: self.span(start, j),
                        tokens: start..j,
                        kind,
                        role: None,
                        place_kind: None,
                    });
                }
            }
        }
        None
    }
}
