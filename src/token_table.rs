//! Stage 4: the token table — each token's lexical facts, made once, right after entities.
//!
//! The attribution rules ask the same questions of the same few tokens many times ("is this word
//! a determiner?", "is it a cue?", "does a title start here?"). Like spaCy's token attributes,
//! the table answers them once per token: the lower-case form and whether it starts with a
//! capital; the closed word class (as written and of the lower-case form, which differ for "US",
//! "IS" and capitalised past forms such as "Shook"); cue, title, speaker-noun and place
//! membership; whether it is a clause word; and which entity and which news outlet cover it.
//!
//! Built by [`attribute`](crate::attribution::attribute) before any rule runs. What the lexicons
//! say of a token (one hash lookup of its lower-case form) is looked up the first time a rule
//! asks and kept: most tokens of a news text sit in sentences no rule reads closely, and looking
//! them all up would cost more than the rules save. A token's facts take 12 bytes, so that the
//! table of a long document stays in cache. How a token is written (its lower-case form, its
//! capitals) is the [`Document`]'s, noted as it was tokenized.

use std::cell::Cell;

use crate::entities::{Entity, EntityLabel};
use crate::lexicon::{CueEntry, Gender, Lexicons, NounKind, PlaceKind, TitleClass, WordClass};
use crate::text::{case, Document};
use crate::Span;

/// What the lexicons say of one token's lower-case form, in 12 bytes (a long document holds
/// hundreds of thousands of tokens, and the table should stay in cache), looked up the first
/// time a rule asks. (The lower-case form is the document's: [`Document::token_lower`].)
#[derive(Debug, Clone, Copy, Default)]
struct Facts {
    /// Index + 1 of the cue entry of the lower-case form; 0 for none.
    cue: u32,
    class: Option<WordClass>,
    title: Option<(TitleClass, Gender)>,
    noun: Option<NounKind>,
    place: Option<PlaceKind>,
    /// The `Facts::…` bits below.
    bits: u8,
}

impl Facts {
    /// The lexicons have been asked.
    const LOOKED_UP: u8 = 1;
    /// The token and a following "." form a title ("Sen" "." → "Sen.").
    const TITLE_ABBREV: u8 = 1 << 1;
    /// An auxiliary, modal, verb, subordinator or cue, or a double quote mark, semicolon or colon
    /// (the "s" of a possessive is none).
    const CLAUSE_WORD: u8 = 1 << 2;
    /// As written the word has no class though its lower-case form has one: "US" and "IS" are
    /// names, and so is a capitalised past form ("Shook", see `Lexicons::word_class`).
    const NAME_LIKE: u8 = 1 << 3;

    fn has(self, bit: u8) -> bool {
        self.bits & bit != 0
    }
}

/// A news outlet found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Outlet {
    /// As written, with a leading "the" and a trailing "news agency" when present.
    pub span: Span,
    pub tokens: std::ops::Range<usize>,
    /// Canonical name.
    pub name: String,
}

/// Words after an outlet's name that belong to it as written ("TASS news agency").
const AGENCY_WORDS: &[&str] = &["news agency", "agency", "newspaper", "news service", "daily", "broadcaster"];

/// "… The Washington Post reported. … Trump told the Post …": after an outlet whose name ends in
/// an outlet word, "the" and that word alone name it again (the latest such outlet before it).
/// Not before a capitalised word ("the Post Office"), nor inside an outlet already found.
/// `found` is sorted by start; the short forms come back as (start, end, canonical name).
fn short_forms(
    doc: &Document<'_>,
    lex: &Lexicons,
    found: &[(usize, usize, String)],
) -> Vec<(usize, usize, String)> {
    let tokens = doc.tokens();
    // (End of the outlet, its last word, its name), by end: the scan below walks it once.
    let mut named: Vec<(usize, &str, &str)> = found
        .iter()
        .filter_map(|(_, e, name)| {
            let (_, last) = name.rsplit_once(' ')?;
            lex.is_outlet_suffix(last).then_some((*e, last, name.as_str()))
        })
        .collect();
    named.sort_by_key(|n| n.0);
    let first_end = named.first().map_or(0, |n| n.0);
    // (`found` is sorted by start, and its spans are short: the few before `at` decide.)
    let inside = |at: usize| {
        let k = found.partition_point(|f| f.0 <= at);
        found[..k].iter().rev().take(MAX_OVERLAPPING_OUTLETS).any(|f| at < f.1)
    };
    // The latest outlet with each last word, as the scan passes their ends.
    let mut latest: Vec<(&str, &str)> = Vec::new();
    let mut next = 0;
    let mut short = Vec::new();
    for t in doc.token_index_at(first_end).max(1)..tokens.len() {
        // (Cheap test first: most tokens follow no "the".)
        let before = doc.token_text(t - 1);
        if before.len() != 3 || !before.eq_ignore_ascii_case("the") {
            continue;
        }
        let at = tokens[t].span.start;
        while next < named.len() && named[next].0 <= at {
            let (_, last, name) = named[next];
            match latest.iter_mut().find(|l| l.0 == last) {
                Some(l) => l.1 = name,
                None => latest.push((last, name)),
            }
            next += 1;
        }
        let word = doc.token_text(t);
        let name = match latest.iter().find(|l| l.0 == word) {
            Some(&(_, name)) => name,
            None if paper_credited(doc, t) => word,
            None => continue,
        };
        // ("told the Post Thursday": a weekday is no part of a name.)
        let name_goes_on = t + 1 < tokens.len()
            && doc.token_case(t + 1) & case::FIRST_UPPER != 0
            && lex.word_class(doc.token_text(t + 1)) != Some(WordClass::Time);
        if name_goes_on || inside(at) {
            continue;
        }
        short.push((at, tokens[t].span.end, name.to_string()));
    }
    short
}

/// Words that name a newspaper after "the" alone ("the Post", "the Times").
const PAPERS: &[&str] = &[
    "Times",
    "Post",
    "Journal",
    "Herald",
    "Tribune",
    "Gazette",
    "Telegraph",
    "Guardian",
    "Chronicle",
    "Observer",
    "Globe",
    "Mail",
    "Mirror",
    "Independent",
    "Inquirer",
    "Examiner",
    "Courier",
    "Bee",
    "Enquirer",
    "Star",
];

/// "…, the Post reported", "according to the Times", "told the Journal": "the" and a paper's word
/// (token `t`) credited as a source name the paper, though the article never gave its full name.
fn paper_credited(doc: &Document<'_>, t: usize) -> bool {
    if !PAPERS.contains(&doc.token_text(t)) {
        return false;
    }
    let next = doc.tokens().get(t + 1).map(|_| doc.token_lower(t + 1));
    let reports =
        matches!(next, Some("reported" | "reports" | "wrote" | "writes" | "revealed" | "said" | "says"));
    let lower = |i: usize| doc.token_lower(i);
    let credited = t >= 3 && lower(t - 3) == "according" && lower(t - 2) == "to"
        || t >= 2 && matches!(lower(t - 2), "told" | "tells" | "telling");
    reports || credited
}

/// "Israel's Channel 12 reported", "Channel 4 News": a television channel named by its number,
/// as (start byte, end byte, name).
fn numbered_channels(doc: &Document<'_>) -> Vec<(usize, usize, String)> {
    let tokens = doc.tokens();
    (0..tokens.len().saturating_sub(1))
        .filter(|&t| {
            let n = doc.token_text(t + 1);
            doc.token_text(t) == "Channel" && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
        })
        .map(|t| {
            let span = Span::new(tokens[t].span.start, tokens[t + 1].span.end);
            (span.start, span.end, span.as_str(doc.text()).to_string())
        })
        .collect()
}

/// Whether token `t`, right after an outlet's name, names the country, state or region its
/// service covers ("BBC Scotland", "CBC Manitoba"), in the same sentence and not opening a clause
/// of its own (no verb of its own after it: not "told the BBC Scotland would …").
fn regional_service(doc: &Document<'_>, lex: &Lexicons, t: usize) -> bool {
    let tokens = doc.tokens();
    let w = doc.token_text(t);
    let place = matches!(lex.place(w), Some(PlaceKind::Country | PlaceKind::State | PlaceKind::Region));
    let touching =
        t > 0 && doc.sentence_at(tokens[t].span.start) == doc.sentence_at(tokens[t - 1].span.start);
    let modal_next = t + 1 < tokens.len()
        && matches!(
            lex.word_class(&crate::lexicon::lower(doc.token_text(t + 1))),
            Some(WordClass::Modal | WordClass::Aux)
        );
    place && touching && !modal_next
}

/// Nouns of the press before an outlet's name ("the Czech daily Hospodářské noviny").
const PRESS_BEFORE_NAME: &[&str] = &["daily", "newspaper", "weekly", "tabloid", "magazine", "broadcaster"];

/// Longest outlet name read after a noun of the press, in tokens.
const MAX_DESCRIBED_OUTLET: usize = 5;

/// "…, the daily Hospodářské noviny reported", "the Italian daily la Repubblica said": the name
/// after a noun of the press that reports, written in capitals or in words that are not English
/// (and an article of its language first), up to a verb of saying or punctuation.
fn described_outlets(doc: &Document<'_>, lex: &Lexicons) -> Vec<(usize, usize, String)> {
    let tokens = doc.tokens();
    let n = tokens.len();
    let foreign = |t: usize| {
        let w = doc.token_text(t);
        w.starts_with(char::is_lowercase) && !lex.is_common_word(w) && lex.word_class(w).is_none()
    };
    let mut out = Vec::new();
    for t in 0..n.saturating_sub(2) {
        if !PRESS_BEFORE_NAME.contains(&doc.token_text(t)) {
            continue;
        }
        let a = t + 1;
        let first = doc.token_text(a);
        let opens = first.starts_with(char::is_uppercase)
            || matches!(first, "la" | "il" | "el" | "le" | "de" | "die" | "der")
                && doc.token_text(a + 1).starts_with(char::is_uppercase);
        if !opens || lex.word_class(&crate::lexicon::lower(first)).is_some() {
            continue;
        }
        let mut b = a + 1;
        while b < n.min(a + MAX_DESCRIBED_OUTLET) && tokens[b].kind != crate::text::TokenKind::Punct {
            let w = doc.token_text(b);
            if !(w.starts_with(char::is_uppercase) || w.bytes().all(|c| c.is_ascii_digit()) || foreign(b)) {
                break;
            }
            b += 1;
        }
        let next = if b < n { crate::lexicon::lower(doc.token_text(b)) } else { ".".into() };
        let reports = lex.cue(&next).is_some() || matches!(next.as_ref(), "," | "." | "on" | "that" | "(");
        if reports && doc.sentence_at(tokens[a].span.start) == doc.sentence_at(tokens[b - 1].span.start) {
            let span = Span::new(tokens[a].span.start, tokens[b - 1].span.end);
            out.push((span.start, span.end, span.as_str(doc.text()).to_string()));
        }
    }
    out
}

/// Most outlets found that can overlap one token (a name inside a longer one).
const MAX_OVERLAPPING_OUTLETS: usize = 4;

/// The facts of every token of a document: how it is written, what the lexicons say of it, and
/// the entity and news outlet that cover it.
pub(crate) struct TokenTable<'a> {
    doc: &'a Document<'a>,
    lex: &'a Lexicons,
    facts: Vec<Cell<Facts>>,
    /// For each token, the entity covering it (index into the entity list).
    pub entity_at: Vec<Option<u32>>,
    /// For each token, the outlet covering it (index into `outlets`).
    pub outlet_at: Vec<Option<u32>>,
    /// The document's outlets, in text order.
    pub outlets: Vec<Outlet>,
}

impl<'a> TokenTable<'a> {
    /// The table of `doc`'s tokens, with `entities` from the recognizer.
    pub fn new(doc: &'a Document<'a>, lex: &'a Lexicons, entities: &[Entity]) -> Self {
        let n = doc.tokens().len();
        let mut table = TokenTable {
            doc,
            lex,
            // (How a token is written is the document's: its case bits.)
            facts: vec![Cell::new(Facts::default()); n],
            entity_at: entities_at(doc, entities),
            outlet_at: vec![None; n],
            outlets: Vec::new(),
        };
        table.find_outlets(doc, lex, entities);
        table
    }

    /// Add to `facts` of token `t` what the lexicons say: one lookup of its lower-case form
    /// serves every lexicon.
    fn look_up(&self, t: usize, mut facts: Facts) -> Facts {
        let (lex, word) = (self.lex, self.doc.token_text(t));
        let lower = self.lower(t);
        let lexeme = lex.lexeme(lower).copied().unwrap_or_default();
        // (As `Lexicons::word_class` reads it: a past form starting with a capital is none.)
        let capital_verb = lexeme.class == Some(WordClass::Verb) && lower.starts_with(char::is_uppercase);
        facts.class = if capital_verb { None } else { lexeme.class };
        facts.cue = lexeme.cue.map_or(0, |i| i + 1);
        facts.title = lexeme.title_as_written(word);
        facts.noun = lexeme.noun;
        facts.place = if lexeme.place_fold { lex.place(word) } else { None };
        let name_like = matches!(word, "US" | "IS") || self.is_cap(t) && facts.class == Some(WordClass::Verb);
        let title_abbrev = self.doc.token_text(t + 1) == "." && title_with_stop(lex, word);
        let possessive_s = word == "s"
            && t > 0
            && matches!(self.doc.token_text(t - 1), "'" | "’")
            && self.doc.touches(t - 1, t);
        let clause_word = !possessive_s
            && (matches!(
                facts.class,
                Some(WordClass::Aux | WordClass::Modal | WordClass::Verb | WordClass::Subord)
            ) || facts.cue != 0
                || matches!(word, "“" | "”" | "\"" | ";" | ":"));
        for (on, bit) in [
            (true, Facts::LOOKED_UP),
            (name_like, Facts::NAME_LIKE),
            (title_abbrev, Facts::TITLE_ABBREV),
            (clause_word, Facts::CLAUSE_WORD),
        ] {
            if on {
                facts.bits |= bit;
            }
        }
        facts
    }

    /// The facts of token `t`, the lexicons asked (nothing past the last token).
    /// (Inlined, the lookup left out of line: most calls find the facts kept.)
    #[inline(always)]
    fn facts(&self, t: usize) -> Facts {
        let Some(cell) = self.facts.get(t) else { return Facts::default() };
        let facts = cell.get();
        if facts.has(Facts::LOOKED_UP) {
            return facts;
        }
        self.look_up_once(cell, t, facts)
    }

    /// `look_up`, kept in `cell`.
    #[inline(never)]
    fn look_up_once(&self, cell: &Cell<Facts>, t: usize, facts: Facts) -> Facts {
        let facts = self.look_up(t, facts);
        cell.set(facts);
        facts
    }

    /// What the lexicon reads in token `t` as written, when it folds the word otherwise than its
    /// lower-case form: `Some(the written word)`.
    /// (A capital beyond ASCII is the only case where the lexicon's own folding, ASCII letters
    /// only, reads the written word otherwise than its lower-case form: "Élu".)
    /// (Inlined, the scan of a word beyond ASCII out of line: asked before most lookups.)
    #[inline(always)]
    fn folds_otherwise(&self, t: usize) -> Option<&'a str> {
        if self.doc.token_case(t) & case::NON_ASCII == 0 {
            return None;
        }
        self.non_ascii_capital(t)
    }

    /// Token `t` when it has a capital (beyond ASCII or not).
    #[inline(never)]
    fn non_ascii_capital(&self, t: usize) -> Option<&'a str> {
        let word = self.doc.token_text(t);
        word.chars().any(char::is_uppercase).then_some(word)
    }

    /// Outlets: lexicon forms, organisations ending in an outlet word ("Tehran Times"), and
    /// "X news agency". The written span keeps a leading "the" and a trailing "news agency".
    fn find_outlets(&mut self, doc: &Document<'_>, lex: &Lexicons, entities: &[Entity]) {
        let text = doc.text();
        let tokens = doc.tokens();
        // Case matters for short forms ("AP" vs "ap"); the automaton is case-sensitive.
        let mut found: Vec<(usize, usize, String)> =
            lex.find_outlets(text).map(|(s, e, name)| (s, e, name.to_string())).collect();
        for e in entities {
            let s = e.span.as_str(text);
            let s = s.strip_prefix("The ").unwrap_or(s);
            // ("the Houthi-run Saba news agency reported": any name right before "news agency".)
            let b = doc.token_index_at(e.span.end);
            let agency = b + 1 < tokens.len()
                && doc.token_text(b).eq_ignore_ascii_case("news")
                && doc.token_text(b + 1).eq_ignore_ascii_case("agency");
            if agency {
                found.push((e.span.end - s.len(), e.span.end, s.to_string()));
                continue;
            }
            if e.label != EntityLabel::Organization {
                continue;
            }
            let last = s.rsplit(' ').next().unwrap_or(s);
            // ("the Sudan Doctors Network said": a body named for the people it joins is no outlet.)
            let of_people = || {
                s.split(' ').rev().skip(1).any(|w| {
                    let l = w.to_lowercase();
                    l.len() > 3 && l.ends_with('s') && !l.ends_with("ss") && lex.is_common_word(&l)
                })
            };
            if s.contains(' ') && lex.is_outlet_suffix(last) && !of_people() {
                found.push((e.span.end - s.len(), e.span.end, s.to_string()));
            }
        }
        found.extend(numbered_channels(doc));
        found.extend(described_outlets(doc, lex));
        found.sort_by_key(|f| (f.0, std::cmp::Reverse(f.1)));
        let short = short_forms(doc, lex, &found);
        if !short.is_empty() {
            found.extend(short);
            found.sort_by_key(|f| (f.0, std::cmp::Reverse(f.1)));
        }
        let span = |a: usize, b: usize| Span::new(tokens[a].span.start, tokens[b - 1].span.end);
        let mut last_end = 0;
        for (mut s, e, name) in found {
            if s < last_end {
                continue;
            }
            let mut a = doc.token_index_at(s);
            let mut b = doc.token_index_at(e);
            // "the Associated Press": the article belongs to the name as written.
            if a > 0
                && doc.token_text(a - 1).eq_ignore_ascii_case("the")
                && doc.sentence_at(s) == doc.sentence_at(tokens[a - 1].span.start)
            {
                a -= 1;
                s = tokens[a].span.start;
            }
            // Extend over "news agency" and the like.
            let mut end = e;
            for w in AGENCY_WORDS {
                let n = w.split(' ').count();
                if b + n <= tokens.len() {
                    let cand = span(b, b + n);
                    if cand.as_str(text).eq_ignore_ascii_case(w)
                        && doc.sentence_at(cand.start) == doc.sentence_at(s)
                    {
                        end = cand.end;
                        b += n;
                        break;
                    }
                }
            }
            // ("BBC Scotland reported", "CBC Manitoba": a national outlet's service for a country,
            // state or region is the outlet.)
            if b < tokens.len() && end == e && regional_service(doc, lex, b) {
                end = tokens[b].span.end;
                b += 1;
            }
            let idx = self.outlets.len() as u32;
            for t in a..b.min(self.outlet_at.len()) {
                self.outlet_at[t] = Some(idx);
            }
            self.outlets.push(Outlet { span: Span::new(s, end), tokens: a..b, name });
            last_end = end;
        }
    }

    /// The lower-case form of token `t`.
    pub fn lower(&self, t: usize) -> &'a str {
        self.doc.token_lower(t)
    }

    /// Starts with a capital letter.
    #[inline]
    pub fn is_cap(&self, t: usize) -> bool {
        // (An ASCII word's first capital was noted by the tokenizer; other words are read here.)
        let bits = self.doc.token_case(t);
        if bits & case::NON_ASCII == 0 {
            bits & case::FIRST_UPPER != 0
        } else {
            self.doc.token_text(t).chars().next().is_some_and(char::is_uppercase)
        }
    }

    /// Closed word class of the token as written ([`Lexicons::word_class`] of its text).
    pub fn class(&self, t: usize) -> Option<WordClass> {
        if let Some(word) = self.folds_otherwise(t) {
            return self.lex.word_class(word);
        }
        let facts = self.facts(t);
        if facts.has(Facts::NAME_LIKE) {
            None
        } else {
            facts.class
        }
    }

    /// Closed word class of the lower-case form ("US" is "us", "Shook" is "shook").
    pub fn lower_class(&self, t: usize) -> Option<WordClass> {
        self.facts(t).class
    }

    /// The cue entry of the token as written.
    pub fn cue(&self, t: usize) -> Option<&'a CueEntry> {
        match self.folds_otherwise(t) {
            Some(word) => self.lex.cue(word),
            None => self.lower_cue(t),
        }
    }

    /// The cue entry of the lower-case form.
    pub fn lower_cue(&self, t: usize) -> Option<&'a CueEntry> {
        self.facts(t).cue.checked_sub(1).and_then(|i| self.lex.cue_at(i))
    }

    /// Title class and gender of the token as written.
    pub fn title(&self, t: usize) -> Option<(TitleClass, Gender)> {
        match self.folds_otherwise(t) {
            Some(word) => self.lex.title(word),
            None => self.facts(t).title,
        }
    }

    /// Title class and gender of the lower-case form.
    pub fn lower_title(&self, t: usize) -> Option<(TitleClass, Gender)> {
        self.facts(t).title
    }

    /// Whether the token and the "." after it form a title ("Sen.").
    pub fn title_abbrev(&self, t: usize) -> bool {
        self.facts(t).has(Facts::TITLE_ABBREV)
    }

    /// What a speaker noun stands for, as written.
    pub fn noun(&self, t: usize) -> Option<NounKind> {
        match self.folds_otherwise(t) {
            Some(word) => self.lex.speaker_noun(word),
            None => self.facts(t).noun,
        }
    }

    /// What a speaker noun stands for, lower-cased.
    pub fn lower_noun(&self, t: usize) -> Option<NounKind> {
        self.facts(t).noun
    }

    /// The kind of place the token names (case-sensitive).
    pub fn place(&self, t: usize) -> Option<PlaceKind> {
        self.facts(t).place
    }

    /// Whether the token belongs to a clause rather than a noun phrase.
    pub fn clause_word(&self, t: usize) -> bool {
        self.facts(t).has(Facts::CLAUSE_WORD)
    }
}

/// Whether `word` with a full stop is a title ("Sen" → "Sen."), without allocating for a short
/// word.
fn title_with_stop(lex: &Lexicons, word: &str) -> bool {
    let mut buf = [0u8; 32];
    if word.len() < buf.len() {
        buf[..word.len()].copy_from_slice(word.as_bytes());
        buf[word.len()] = b'.';
        if let Ok(s) = std::str::from_utf8(&buf[..=word.len()]) {
            return lex.title(s).is_some();
        }
    }
    lex.title(&format!("{word}.")).is_some()
}

/// For each token, the entity covering it (index into `entities`); also what the tagger stage
/// reads of the entities.
pub(crate) fn entities_at(doc: &Document<'_>, entities: &[Entity]) -> Vec<Option<u32>> {
    let n = doc.tokens().len();
    let mut entity_at = vec![None; n];
    for (i, e) in entities.iter().enumerate() {
        let mut t = doc.token_index_at(e.span.start);
        while t < n && doc.tokens()[t].span.start < e.span.end {
            entity_at[t] = Some(i as u32);
            t += 1;
        }
    }
    entity_at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::{EmbeddedRecognizer, Recognizer};

    fn table<'a>(doc: &'a Document<'a>, lex: &'a Lexicons) -> TokenTable<'a> {
        let all: Vec<usize> = (0..doc.sentences().len()).collect();
        let entities = EmbeddedRecognizer::new(lex.clone()).recognize(doc, &all).unwrap_or_default();
        TokenTable::new(doc, lex, &entities)
    }

    #[test]
    fn facts_stay_small() {
        assert!(std::mem::size_of::<Facts>() <= 12);
    }

    #[test]
    fn lower_case_forms_and_classes() {
        let lex = Lexicons::default();
        let doc = Document::new("The US said Shook was told.");
        let t = table(&doc, &lex);
        assert_eq!(t.lower(0), "the");
        assert_eq!(t.lower(2), "said");
        assert_eq!(t.class(0), Some(WordClass::Det));
        // "US" as written is a name; its lower-case form is the pronoun.
        assert_eq!(t.class(1), None);
        assert_eq!(t.lower_class(1), Some(WordClass::Pron));
        assert_eq!(t.lower_cue(2).map(|c| c.lemma.as_str()), Some("say"));
        assert!(t.clause_word(2) && !t.clause_word(0));
    }

    #[test]
    fn lower_case_beyond_ascii() {
        let lex = Lexicons::default();
        let text = "Élu ΟΔΟΣ said";
        let doc = Document::new(text);
        let t = table(&doc, &lex);
        for i in 0..doc.tokens().len() {
            let word = doc.token_text(i);
            assert_eq!(t.lower(i), word.to_lowercase(), "{word}");
        }
        // (A word-final sigma lowers to "ς".)
        assert!(t.lower(1).ends_with('\u{3c2}'));
        assert_eq!(t.lower_cue(2).map(|c| c.lemma.as_str()), Some("say"));
    }

    #[test]
    fn any_name_before_news_agency_is_an_outlet() {
        // "the Houthi-run Saba news agency reported".
        let lex = Lexicons::default();
        let doc = Document::new("Twelve people died, the state-run Saba news agency reported.");
        let t = table(&doc, &lex);
        assert_eq!(t.outlets.first().map(|o| o.name.as_str()), Some("Saba"));
    }

    #[test]
    fn a_channel_named_by_its_number_is_an_outlet() {
        // "Israel's Channel 12 reported on Sunday that …".
        let lex = Lexicons::default();
        let doc = Document::new("Israel's Channel 12 reported on Sunday that talks had stalled.");
        let t = table(&doc, &lex);
        assert_eq!(t.outlets.first().map(|o| o.name.as_str()), Some("Channel 12"));
    }

    #[test]
    fn an_outlet_named_after_a_noun_of_the_press() {
        // "…, the daily Hospodářské noviny reported on Tuesday."
        let lex = Lexicons::default();
        let names = |text: &str| {
            let doc = Document::new(text);
            let t = table(&doc, &lex);
            t.outlets.iter().map(|o| o.name.clone()).collect::<Vec<_>>()
        };
        let got = names("The mayor was questioned, the daily Hospodářské noviny reported on Tuesday.");
        assert_eq!(got, ["Hospodářské noviny"]);
        assert_eq!(names("The deal is off, the Italian daily la Repubblica said."), ["la Repubblica"]);
        // (Not a name that goes on into a noun: "the daily White House briefing".)
        assert!(names("It came up at the daily White House briefing on Monday.").is_empty());
    }

    #[test]
    fn titles_places_and_outlets() {
        let lex = Lexicons::default();
        let doc = Document::new("Sen. Amy Klobuchar of Minnesota told the Associated Press news agency.");
        let t = table(&doc, &lex);
        // "Sen" and "Sen." are both titles.
        assert!(t.title_abbrev(0) && t.title(0).is_some() && !t.title_abbrev(1));
        assert_eq!(t.place(5), Some(PlaceKind::State));
        assert_eq!(t.outlets.len(), 1);
        assert_eq!(t.outlets[0].name, "Associated Press");
        assert_eq!(t.outlets[0].span.as_str(doc.text()), "the Associated Press news agency");
        assert!(t.outlet_at[7].is_some() && t.outlet_at[6].is_none());
        assert!(t.entity_at[2].is_some());
    }

    #[test]
    fn an_outlet_named_again_by_its_last_word() {
        // "The Washington Post reported … told the Post": the short form is the same outlet.
        let lex = Lexicons::default();
        let text = "The Washington Post reported it. He told the Post Thursday. The Post Office shut.";
        let doc = Document::new(text);
        let t = table(&doc, &lex);
        let got: Vec<_> = t.outlets.iter().map(|o| (o.span.as_str(text), o.name.as_str())).collect();
        assert_eq!(got, [("The Washington Post", "Washington Post"), ("the Post", "Washington Post")]);
        // With no full name before it, "the Times" names the paper only where it is credited.
        let doc = Document::new("He told the Times. It was, the Post reported. The Times changed.");
        let t = table(&doc, &lex);
        let got: Vec<_> = t.outlets.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(got, ["Times", "Post"]);
    }

    #[test]
    fn a_body_named_for_people_is_no_outlet() {
        // "the Sudan Doctors Network said": a network of doctors; "the Acme Network" broadcasts.
        let lex = Lexicons::default();
        let doc = Document::new("Later, the Sudan Doctors Network said it.");
        assert!(table(&doc, &lex).outlets.is_empty());
        let doc = Document::new("Later, the Acme Network said it.");
        assert_eq!(table(&doc, &lex).outlets.len(), 1);
    }
}
