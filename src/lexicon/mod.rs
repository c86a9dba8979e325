//! The embedded lexicons under `data/`, parsed once, plus entries users add through the builder.
//!
//! Each lexicon is a plain TSV file embedded with `include_str!` and read by one parser
//! (`parse.rs`, with errors that name the file and line). Cue forms and outlets are found in the
//! text by Aho–Corasick automata (`automata.rs`) built once per [`Lexicons`] value; everything the
//! lexicons know about one lower-case word — its closed class, cue, title, speaker noun — sits in
//! one table, so one hash lookup answers them all; likewise everything the case-sensitive ones
//! know about a word as written (place, outlet, organisation, name ending). The default value is
//! built once per process and shared.
//!
//! - `types.rs`: the value types ([`CueEntry`], [`PlaceKind`], [`TitleClass`], [`Gender`],
//!   [`WordClass`], [`NounKind`]);
//! - `table.rs`: the word tables (short words keyed by one integer, folded without a copy);
//! - `parse.rs`: the data files' formats;
//! - `automata.rs`: phrase automata and word boundaries;
//! - `hash.rs`: the tables' hasher.

mod automata;
mod hash;
mod parse;
mod table;
mod types;

pub use types::{CueEntry, Gender, NounKind, PlaceKind, TitleClass, WordClass};

pub(crate) use types::{AbbrevKind, FurnitureKind};

use std::sync::{Arc, LazyLock};

use crate::Error;
use automata::{automaton, on_word_boundaries, shorter_on_boundary, Case, Phrases};
pub(crate) use hash::{FxHasher, FxMap};
use parse::{CueExclusion, ParseError};
use table::WordMap;

/// An organisation name as the case-blind lookup keys it: lower case, single-spaced, without a
/// leading "the" ("The Committee to Protect  Journalists" → "committee to protect journalists").
fn org_key(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let words = match words.split_first() {
        Some((first, rest)) if first.eq_ignore_ascii_case("the") && !rest.is_empty() => rest,
        _ => &words[..],
    };
    words.join(" ").to_lowercase()
}

/// `word` in lower case, borrowed when it already is (most words of running text): a drop-in for
/// `word.to_lowercase()` in comparisons that allocates only for words with a capital.
pub(crate) fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    // One pass finds the first capital or non-ASCII byte; an ASCII word without a capital (most
    // words) is done, and an ASCII word's lowering needs no Unicode tables.
    match word.bytes().find(|b| !b.is_ascii() || b.is_ascii_uppercase()) {
        None => return std::borrow::Cow::Borrowed(word),
        Some(b) if b.is_ascii() && word.is_ascii() => {
            return std::borrow::Cow::Owned(word.to_ascii_lowercase());
        }
        Some(_) => {}
    }
    if word.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// Append [`lower`] of `word` to `buf`: a loop over many words reuses one buffer instead of
/// allocating a `String` per word with a capital.
pub(crate) fn push_lower(buf: &mut String, word: &str) {
    if word.is_ascii() {
        let start = buf.len();
        buf.push_str(word);
        buf[start..].make_ascii_lowercase();
    } else {
        buf.push_str(&lower(word));
    }
}

/// Run `f` on `word` with its ASCII capitals lowered, without allocating for short ASCII words
/// (the lexicons' case-insensitive lookups).
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(word);
    }
    let mut buf = [0u8; 48];
    if word.is_ascii() && word.len() <= buf.len() {
        let out = &mut buf[..word.len()];
        out.copy_from_slice(word.as_bytes());
        out.make_ascii_lowercase();
        if let Ok(s) = std::str::from_utf8(out) {
            return f(s);
        }
    }
    f(&word.to_lowercase())
}

/// Everything the lexicons know about one lower-case word or phrase.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Lexeme {
    /// Closed word class (`data/function_words.tsv`).
    pub class: Option<WordClass>,
    /// Index of the cue entry of this form (see [`Lexicons::cue_at`]).
    pub cue: Option<u32>,
    /// Title class and gender (`data/titles.tsv`).
    pub title: Option<(TitleClass, Gender)>,
    /// What a speaker noun stands for (`data/speaker_nouns.tsv`).
    pub noun: Option<NounKind>,
    /// Some place is written like this in some case: its case-sensitive name is worth a lookup.
    pub place_fold: bool,
    /// Some word or phrase of the case-sensitive table ([`Name`]) is folded to this one by the
    /// case-blind lookup: for any other, [`Lexicons::name`] knows nothing.
    pub name_fold: bool,
    /// Some organisation's name starts with this word (`data/organizations.tsv`, lower-cased).
    pub org_first: bool,
    /// Some title of several words starts with this, before a character that is no letter or
    /// digit ("first" of "first lady", "maj" of "maj. gen."); see [`heads`].
    pub title_head: bool,
    /// The title is one only as written in capitals ("DI Whitfield", not "Di Natale").
    pub title_caps: bool,
}

impl Lexeme {
    /// The title of `word` as written (this lexeme's form in some case): none for a title kept to
    /// its capitals written otherwise ("Di Natale"; `caps` in `data/titles.tsv`).
    pub fn title_as_written(&self, word: &str) -> Option<(TitleClass, Gender)> {
        let lower_case_letter = || word.bytes().any(|b| b.is_ascii_lowercase());
        if self.title_caps && lower_case_letter() {
            None
        } else {
            self.title
        }
    }
}

/// Everything the case-sensitive lexicons know about one word or phrase as written: one lookup
/// answers whether "Reuters", "Ministry" or "Ankara" is an outlet, an organisation's last word or a
/// place.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Name {
    /// Kind of place (`data/places.tsv`).
    pub place: Option<PlaceKind>,
    /// A written form of an outlet (`data/outlets.tsv`).
    pub outlet: bool,
    /// A known organisation (`data/organizations.tsv`).
    pub org: bool,
    /// A known public body, never a company ("Ofwat").
    pub public: bool,
    /// Ends organisation names ("Ministry").
    pub org_suffix: bool,
    /// Ends outlet names ("Times").
    pub outlet_suffix: bool,
    /// Ends company names ("Mining").
    pub company_suffix: bool,
    /// Some place of several words starts with this, before a character that is no letter or
    /// digit ("New" of "New York"); see [`heads`].
    pub place_head: bool,
}

/// What [`Lexicons::org_key`] knows about a lower-case run of words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct OrgKey {
    /// A known organisation's whole name ("white house").
    pub name: bool,
    /// The words before a space in some name ("white" of "white house").
    pub goes_on: bool,
}

impl Name {
    /// A place, an outlet or an organisation.
    pub(crate) fn known(&self) -> bool {
        self.place.is_some() || self.outlet || self.org
    }
}

/// All lexicons the pipeline uses. Cheap to clone (shared behind an `Arc`).
///
/// ```
/// let lex = claimex::lexicon::Lexicons::default();
/// assert_eq!(lex.cue("ruled out").map(|c| c.lemma.as_str()), Some("rule out"));
/// assert_eq!(lex.outlet("Reuters"), Some("Reuters"));
/// ```
#[derive(Clone)]
pub struct Lexicons {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Lexicons {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicons")
            .field("cues", &self.inner.cues.len())
            .field("outlets", &self.inner.outlets.len())
            .field("places", &self.inner.names.values().filter(|n| n.place.is_some()).count())
            .finish_non_exhaustive()
    }
}

struct Inner {
    cues: Vec<CueEntry>,
    cue_automaton: Phrases,
    /// Lower-case word or phrase → what the lexicons know about it.
    lexemes: WordMap<Lexeme>,
    /// Word or phrase as written → what the case-sensitive lexicons know about it.
    names: WordMap<Name>,
    /// written form → canonical name
    outlets: FxMap<String, String>,
    outlet_automaton: Phrases,
    outlet_forms: Vec<String>,
    /// Every organisation name in lower case, single-spaced, without a leading "the", and every
    /// run of its words before a space. (Their first words are marked in `lexemes`.)
    org_keys: WordMap<OrgKey>,
    /// The most words any of them has.
    org_max_words: usize,
    /// The closed-class tables cannot be extended, so every Lexicons shares the parsed ones.
    closed: &'static Closed,
}

/// Raw lexicon entries, before compilation: the embedded data plus user additions.
#[derive(Debug, Clone, Default)]
pub(crate) struct LexiconSources {
    pub cues: Vec<CueEntry>,
    pub outlets: Vec<(String, String)>,
    pub titles: Vec<(String, TitleClass, Gender)>,
    /// Titles only as written in capitals (`caps` in `data/titles.tsv`).
    pub caps_titles: Vec<String>,
    pub places: Vec<(String, PlaceKind)>,
    pub orgs: Vec<String>,
    pub public_bodies: Vec<String>,
    pub org_suffixes: Vec<String>,
    pub outlet_suffixes: Vec<String>,
    pub company_suffixes: Vec<String>,
}

impl LexiconSources {
    /// Parse the embedded data files that users can add to.
    pub(crate) fn embedded() -> Result<Self, Error> {
        let orgs = parse::organizations(include_str!("../../data/organizations.tsv"))?;
        let (titles, caps_titles) = parse::titles(include_str!("../../data/titles.tsv"))?;
        Ok(LexiconSources {
            cues: parse::cues(include_str!("../../data/cues.tsv"))?,
            outlets: parse::outlets(include_str!("../../data/outlets.tsv"))?,
            titles,
            caps_titles,
            places: parse::places(include_str!("../../data/places.tsv"))?,
            orgs: orgs.orgs,
            public_bodies: orgs.public_bodies,
            org_suffixes: orgs.org_suffixes,
            outlet_suffixes: orgs.outlet_suffixes,
            company_suffixes: orgs.company_suffixes,
        })
    }
}

/// The closed lists, which users cannot extend: parsed once per process.
struct Closed {
    function_words: FxMap<String, WordClass>,
    speaker_nouns: FxMap<String, NounKind>,
    common_words: WordMap<()>,
    /// The contexts where a cue reports nothing, by the lemma or (`form_only`) the written form
    /// they name: a cue looks at its own few, not at all.
    exclusions_by_lemma: FxMap<String, Vec<CueExclusion>>,
    exclusions_by_form: FxMap<String, Vec<CueExclusion>>,
    first_names: WordMap<Gender>,
}

static CLOSED: LazyLock<Result<Closed, ParseError>> = LazyLock::new(|| {
    let mut exclusions_by_lemma: FxMap<String, Vec<CueExclusion>> = FxMap::default();
    let mut exclusions_by_form: FxMap<String, Vec<CueExclusion>> = FxMap::default();
    for x in parse::cue_exclusions(include_str!("../../data/cue_exclusions.tsv"))? {
        let by = if x.form_only { &mut exclusions_by_form } else { &mut exclusions_by_lemma };
        by.entry(x.cue.clone()).or_default().push(x);
    }
    Ok(Closed {
        function_words: parse::function_words(include_str!("../../data/function_words.tsv"))?,
        speaker_nouns: parse::speaker_nouns(include_str!("../../data/speaker_nouns.tsv"))?,
        common_words: WordMap::from_pairs(
            parse::common_words(include_str!("../../data/common_words.txt")).into_iter().map(|w| (w, ())),
        ),
        exclusions_by_lemma,
        exclusions_by_form,
        first_names: WordMap::from_pairs(parse::first_names(include_str!("../../data/first_names.tsv"))?),
    })
});

/// The sentence splitter's lists: abbreviations before a full stop, and the words that open
/// sentences after one; the letters after a name; and the phrases of page furniture.
struct Splitter {
    abbreviations: WordMap<AbbrevKind>,
    openers: WordMap<()>,
    post_nominals: std::collections::HashSet<&'static str>,
    furniture: Vec<(FurnitureKind, &'static str)>,
}

static SPLITTER: LazyLock<Splitter> = LazyLock::new(|| Splitter {
    // The embedded files are checked by a unit test; a broken one cannot ship.
    abbreviations: WordMap::from_pairs(
        parse::abbreviations(include_str!("../../data/abbreviations.txt")).unwrap_or_else(|e| {
            panic!("claimex: embedded data/abbreviations.txt is invalid: {}", Error::from(e))
        }),
    ),
    openers: WordMap::from_pairs(
        parse::plain_words(include_str!("../../data/sentence_openers.txt"))
            .into_iter()
            .map(|w| (w.to_string(), ())),
    ),
    post_nominals: parse::plain_words(include_str!("../../data/post_nominals.txt")),
    furniture: parse::furniture(include_str!("../../data/furniture.tsv"))
        .unwrap_or_else(|e| panic!("claimex: embedded data/furniture.tsv is invalid: {}", Error::from(e))),
});

/// Each word of `data/offices.tsv` → the words it pairs with, both ways round (asked by
/// coreference for every word of every role a description is matched against: one cheap hash,
/// not a scan). Built when coreference first asks, not with the splitter's lists.
static OFFICES: LazyLock<FxMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    parse::offices(include_str!("../../data/offices.tsv"))
        .unwrap_or_else(|e| panic!("claimex: embedded data/offices.tsv is invalid: {}", Error::from(e)))
        .into_iter()
        .flat_map(|(x, y)| [(x, y), (y, x)])
        .fold(FxMap::default(), |mut map, (x, y)| {
            map.entry(x).or_insert_with(Vec::new).push(y);
            map
        })
});

/// Whether the lower-case title words `a` and `b` name one office (`data/offices.tsv`, either way
/// round: "dr" and "doctor", "lt" and "officer").
pub(crate) fn same_office(a: &str, b: &str) -> bool {
    OFFICES.get(a).is_some_and(|others| others.contains(&b))
}

/// The phrases of page furniture (`data/furniture.tsv`), in file order.
pub(crate) fn furniture_phrases() -> &'static [(FurnitureKind, &'static str)] {
    &SPLITTER.furniture
}

/// What the abbreviation `word` (lower case, without its full stop) is, if it is one
/// (`data/abbreviations.txt`).
pub(crate) fn abbreviation(word: &str) -> Option<AbbrevKind> {
    SPLITTER.abbreviations.get(word).copied()
}

/// Whether `word` (lower case) often opens a sentence (`data/sentence_openers.txt`), so that a
/// full stop before it can end one even after an abbreviation or an initial.
pub(crate) fn is_sentence_opener(word: &str) -> bool {
    SPLITTER.openers.get(word).is_some()
}

/// Whether `word` (as written) is letters after a name that are no part of it ("TD", "OBE"),
/// from `data/post_nominals.txt`.
pub(crate) fn is_post_nominal(word: &str) -> bool {
    // (Two or three capitals: a cheap test before the set.)
    (2..=3).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && SPLITTER.post_nominals.contains(word)
}

static DEFAULT: LazyLock<Result<Lexicons, String>> = LazyLock::new(|| {
    LexiconSources::embedded().and_then(|s| Lexicons::compile(&s)).map_err(|e| e.to_string())
});

impl Default for Lexicons {
    /// The embedded lexicons (parsed once per process).
    fn default() -> Self {
        match &*DEFAULT {
            Ok(l) => l.clone(),
            // The embedded files are checked by a unit test; this cannot happen in a released build.
            Err(e) => panic!("claimex: embedded lexicon is invalid: {e}"),
        }
    }
}

impl Lexicons {
    pub(crate) fn compile(s: &LexiconSources) -> Result<Lexicons, Error> {
        let closed = CLOSED.as_ref().map_err(|e| Error::from(e.clone()))?;
        let mut cues: Vec<CueEntry> = Vec::new();
        let mut cue_index: FxMap<&str, usize> = FxMap::default();
        for e in &s.cues {
            // Later entries (user additions) override earlier ones.
            if let Some(&i) = cue_index.get(e.form.as_str()) {
                cues[i] = e.clone();
            } else {
                cue_index.insert(&e.form, cues.len());
                cues.push(e.clone());
            }
        }
        let cue_automaton = automaton("cues", cues.iter().map(|c| c.form.as_str()), Case::AsciiInsensitive)?;
        let outlets: FxMap<String, String> = s.outlets.iter().cloned().collect();
        let mut outlet_forms: Vec<String> = outlets.keys().cloned().collect();
        outlet_forms.sort();
        let outlet_automaton = automaton("outlets", &outlet_forms, Case::Sensitive)?;
        let places: FxMap<String, PlaceKind> = s.places.iter().cloned().collect();
        let org_names: Vec<String> = s.orgs.iter().map(|o| org_key(o)).collect();
        let mut lexemes = lexemes(closed, &cues, &s.titles, &places);
        for t in &s.caps_titles {
            lexemes.entry(t.clone()).title_caps = true;
        }
        let mut org_keys = WordMap::<OrgKey>::default();
        for name in &org_names {
            // (The first token: "u" of "u.n.", "at" of "at&t".)
            if let Some(first) = name.split(|c: char| c == ' ' || crate::text::is_punctuation(c)).next() {
                lexemes.entry(first.to_string()).org_first = true;
            }
            for (at, _) in name.match_indices(' ') {
                org_keys.entry(name[..at].to_string()).goes_on = true;
            }
            org_keys.entry(name.clone()).name = true;
        }
        let names = names(s, &outlets, &places);
        for name in names.keys() {
            lexemes.entry(table::folded(name)).name_fold = true;
        }
        let names = WordMap::from_pairs(names);
        Ok(Lexicons {
            inner: Arc::new(Inner {
                cues,
                cue_automaton,
                lexemes,
                names,
                outlets,
                outlet_automaton,
                outlet_forms,
                org_max_words: org_names.iter().map(|o| o.split(' ').count()).max().unwrap_or(0),
                org_keys,
                closed,
            }),
        })
    }

    /// What the lexicons know about the lower-case word or phrase `lower`.
    pub(crate) fn lexeme(&self, lower: &str) -> Option<&Lexeme> {
        self.inner.lexemes.get(lower)
    }

    /// What the case-sensitive lexicons know about `word` as written (nothing if they do not
    /// know it).
    pub(crate) fn name(&self, word: &str) -> Name {
        self.inner.names.get(word).copied().unwrap_or_default()
    }

    /// What the lexicons know about `word` with its ASCII capitals lowered: the case-blind lookup
    /// of [`Lexicons::title`], [`Lexicons::cue`] and the like (see `WordMap::get_folded`).
    pub(crate) fn folded(&self, word: &str) -> Option<&Lexeme> {
        self.inner.lexemes.get_folded(word)
    }

    /// The cue entry of index `i` (a [`Lexeme`]'s cue).
    pub(crate) fn cue_at(&self, i: u32) -> Option<&CueEntry> {
        self.inner.cues.get(i as usize)
    }

    /// The cue entry for a written form (case-insensitive), if any.
    ///
    /// ```
    /// let lex = claimex::lexicon::Lexicons::default();
    /// assert_eq!(lex.cue("Urged").unwrap().stance, claimex::Stance::Urge);
    /// ```
    pub fn cue(&self, form: &str) -> Option<&CueEntry> {
        self.folded(form).and_then(|l| l.cue).and_then(|i| self.inner.cues.get(i as usize))
    }

    /// Every cue occurrence in `text` as `(start, end, entry)`, leftmost-longest, on word boundaries.
    ///
    /// ```
    /// let lex = claimex::lexicon::Lexicons::default();
    /// let hits: Vec<_> = lex.find_cues("He ruled out talks.").map(|(s, e, c)| (s, e, c.lemma.clone())).collect();
    /// assert_eq!(hits, [(3, 12, "rule out".to_string())]);
    /// ```
    pub fn find_cues<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize, &'a CueEntry)> + 'a {
        self.inner.cue_automaton.find_iter(text).filter_map(move |(start, end, pattern)| {
            if on_word_boundaries(text, start, end) {
                return Some((start, end, self.inner.cues.get(pattern)?));
            }
            // The longest form ran into the next word ("called For|d's plans"): a shorter form that
            // ends on a word boundary inside it ("called") still counts.
            let (start, end) = shorter_on_boundary(text, start, end, |s| self.cue(s).is_some())?;
            Some((start, end, self.cue(&text[start..end])?))
        })
    }

    /// Canonical outlet name for a written form (case-sensitive), if any.
    ///
    /// ```
    /// let lex = claimex::lexicon::Lexicons::default();
    /// assert_eq!(lex.outlet("AP"), Some("Associated Press"));
    /// ```
    pub fn outlet(&self, form: &str) -> Option<&str> {
        self.inner.outlets.get(form).map(String::as_str)
    }

    /// Every outlet occurrence in `text` as `(start, end, canonical name)`.
    ///
    /// ```
    /// let lex = claimex::lexicon::Lexicons::default();
    /// let hits: Vec<_> = lex.find_outlets("told Reuters.").collect();
    /// assert_eq!(hits, [(5, 12, "Reuters")]);
    /// ```
    pub fn find_outlets<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize, &'a str)> + 'a {
        self.inner.outlet_automaton.find_iter(text).filter_map(move |(start, end, pattern)| {
            if on_word_boundaries(text, start, end) {
                let form = self.inner.outlet_forms.get(pattern)?;
                return Some((start, end, self.inner.outlets.get(form)?.as_str()));
            }
            let (start, end) = shorter_on_boundary(text, start, end, |s| self.outlet(s).is_some())?;
            Some((start, end, self.outlet(&text[start..end])?))
        })
    }

    /// Class and gender of a title phrase (case-insensitive), if any.
    ///
    /// ```
    /// use claimex::lexicon::{Lexicons, TitleClass};
    /// assert_eq!(Lexicons::default().title("President").map(|t| t.0), Some(TitleClass::Head));
    /// ```
    pub fn title(&self, phrase: &str) -> Option<(TitleClass, Gender)> {
        self.folded(phrase).and_then(|l| l.title)
    }

    /// Kind of a place name or demonym (case-sensitive), if any.
    ///
    /// ```
    /// use claimex::lexicon::{Lexicons, PlaceKind};
    /// assert_eq!(Lexicons::default().place("Ankara"), Some(PlaceKind::Capital));
    /// ```
    pub fn place(&self, name: &str) -> Option<PlaceKind> {
        self.name(name).place
    }

    /// Whether `name` is a known organisation ("Kremlin").
    ///
    /// ```
    /// assert!(claimex::lexicon::Lexicons::default().is_org("Kremlin"));
    /// ```
    pub fn is_org(&self, name: &str) -> bool {
        self.name(name).org
    }

    /// Whether `name` is a known public body, which is never "the company" (`public` in
    /// `data/organizations.tsv`).
    ///
    /// ```
    /// let lex = claimex::lexicon::Lexicons::default();
    /// assert!(lex.is_public_body("Ofwat") && !lex.is_public_body("Boeing"));
    /// ```
    pub fn is_public_body(&self, name: &str) -> bool {
        self.name(name).public
    }

    /// Whether `lower` (lower case, single-spaced, no leading "the") is a known organisation, in
    /// whatever case it was listed ("committee to protect journalists").
    ///
    /// ```
    /// let lex = claimex::lexicon::Lexicons::default();
    /// assert!(lex.is_org_lower("white house"));
    /// ```
    pub fn is_org_lower(&self, lower: &str) -> bool {
        self.org_key(lower).name
    }

    /// Whether `lower` (as [`Lexicons::is_org_lower`] takes it) is a known organisation, and
    /// whether some longer one goes on from it after a space: a key growing word by word can stop
    /// where none does.
    pub(crate) fn org_key(&self, lower: &str) -> OrgKey {
        self.inner.org_keys.get(lower).copied().unwrap_or_default()
    }

    /// Whether some known organisation's name starts with the lower-case word `lower`, and the
    /// most words any name has.
    pub(crate) fn org_first_word(&self, lower: &str) -> Option<usize> {
        self.lexeme(lower).is_some_and(|l| l.org_first).then_some(self.inner.org_max_words)
    }

    /// The most words any known organisation's name has.
    pub(crate) fn org_max_words(&self) -> usize {
        self.inner.org_max_words
    }

    /// Whether `word` ends organisation names ("Ministry").
    ///
    /// ```
    /// assert!(claimex::lexicon::Lexicons::default().is_org_suffix("Ministry"));
    /// ```
    pub fn is_org_suffix(&self, word: &str) -> bool {
        self.name(word).org_suffix
    }

    /// Whether `word` ends the names of news outlets ("Times", "Post").
    ///
    /// ```
    /// assert!(claimex::lexicon::Lexicons::default().is_outlet_suffix("Times"));
    /// ```
    pub fn is_outlet_suffix(&self, word: &str) -> bool {
        self.name(word).outlet_suffix
    }

    /// Whether `word` ends company names made of a coined word and the trade ("Brightline
    /// Chemical", "Velantis Pharma"). Unlike [`Lexicons::is_org_suffix`] some of these words are
    /// also surnames ("Steel", "Power"), so a chunk opened by a first name stays a person's name.
    ///
    /// ```
    /// assert!(claimex::lexicon::Lexicons::default().is_company_suffix("Mining"));
    /// ```
    pub fn is_company_suffix(&self, word: &str) -> bool {
        self.name(word).company_suffix
    }

    /// Closed word class of `word` (case-insensitive), if any. A capitalised past form of the `verb`
    /// class ("Shook", "Drew") is read as a name and has none.
    ///
    /// ```
    /// use claimex::lexicon::{Lexicons, WordClass};
    /// assert_eq!(Lexicons::default().word_class("The"), Some(WordClass::Det));
    /// ```
    pub fn word_class(&self, word: &str) -> Option<WordClass> {
        written_class(word, self.folded(word))
    }

    /// What a common noun heading a speaker phrase stands for ("officials" → group).
    ///
    /// ```
    /// use claimex::lexicon::{Lexicons, NounKind};
    /// assert_eq!(Lexicons::default().speaker_noun("Office"), Some(NounKind::Organization));
    /// ```
    pub fn speaker_noun(&self, word: &str) -> Option<NounKind> {
        self.folded(word).and_then(|l| l.noun)
    }

    /// The gender a first name mostly marks (`data/first_names.tsv`: the 1990 US Census lists), if
    /// it marks one clearly.
    ///
    /// ```
    /// use claimex::lexicon::{Gender, Lexicons};
    /// let lex = Lexicons::default();
    /// assert_eq!(lex.first_name_gender("Karin"), Some(Gender::Female));
    /// assert_eq!(lex.first_name_gender("Tomas"), Some(Gender::Male));
    /// assert_eq!(lex.first_name_gender("Casey"), None);
    /// ```
    pub fn first_name_gender(&self, word: &str) -> Option<Gender> {
        self.inner.closed.first_names.get_folded(word).copied()
    }

    /// Whether the lower-cased `word` is a common English word (so, capitalised at the start of a
    /// sentence, probably not a name).
    ///
    /// ```
    /// assert!(claimex::lexicon::Lexicons::default().is_common_word("Leaders"));
    /// ```
    pub fn is_common_word(&self, word: &str) -> bool {
        self.inner.closed.common_words.get_folded(word).is_some()
    }

    /// Whether a cue word reports nothing in this context (`data/cue_exclusions.tsv`): `lemma` and
    /// the written `word` of the cue, the lower-case word `before` it and the lower-case words
    /// `after` it.
    ///
    /// ```
    /// let lex = claimex::lexicon::Lexicons::default();
    /// assert!(lex.cue_excluded("add", "adding", "", &["to", "her"]));
    /// assert!(!lex.cue_excluded("add", "added", "", &["that", "she"]));
    /// ```
    pub fn cue_excluded(&self, lemma: &str, word: &str, before: &str, after: &[&str]) -> bool {
        let applies = |x: &CueExclusion| {
            x.words.iter().any(|alt| {
                if x.before {
                    alt.len() == 1 && alt[0] == before
                } else {
                    alt.len() <= after.len() && alt.iter().zip(after).all(|(a, b)| a == b)
                }
            })
        };
        let closed = self.inner.closed;
        closed.exclusions_by_lemma.get(lemma).is_some_and(|xs| xs.iter().any(applies))
            || with_lower(word, |w| closed.exclusions_by_form.get(w).is_some_and(|xs| xs.iter().any(applies)))
    }
}

/// [`Lexicons::word_class`] of `word`, given what the case-blind lookup ([`Lexicons::folded`])
/// found for it.
pub(crate) fn written_class(word: &str, lexeme: Option<&Lexeme>) -> Option<WordClass> {
    // "US" and "IS" in capitals are names (United States, Islamic State), not "us", "is".
    if matches!(word, "US" | "IS") {
        return None;
    }
    let class = lexeme.and_then(|l| l.class);
    // "Shook said", "Drew wrote": a capitalised past form is more often a name than a verb.
    if class == Some(WordClass::Verb) && word.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    class
}

/// Every part of `phrase` before a character that is no letter or digit ("new", "new york" of
/// "new york city"). A phrase of several tokens starting with the word `w` has `w` among its heads,
/// since a token ends before such a character: a word that is no head starts no such phrase.
fn heads(phrase: &str) -> impl Iterator<Item = &str> {
    phrase.char_indices().filter(|(_, c)| !c.is_alphanumeric()).filter_map(|(at, _)| phrase.get(..at))
}

/// The one table of lower-case words and phrases: closed classes, cue forms, titles, speaker
/// nouns, and which forms some place takes in some case.
fn lexemes(
    closed: &Closed,
    cues: &[CueEntry],
    titles: &[(String, TitleClass, Gender)],
    places: &FxMap<String, PlaceKind>,
) -> WordMap<Lexeme> {
    let mut out = WordMap::<Lexeme>::default();
    for (w, class) in &closed.function_words {
        out.entry(w.clone()).class = Some(*class);
    }
    for (w, kind) in &closed.speaker_nouns {
        out.entry(w.clone()).noun = Some(*kind);
    }
    // (A one-word preposition that credits a source, "per", is no verb of saying where a rule asks
    // what a word is: "a 15 per cent pay rise" holds no clause. The cue finder still finds it.)
    for (i, c) in cues.iter().enumerate().filter(|(_, c)| c.lemma != "according to" || c.form.contains(' ')) {
        out.entry(c.form.clone()).cue = Some(i as u32);
    }
    // (Later entries, user additions among them, override earlier ones.)
    for (t, class, gender) in titles {
        out.entry(t.clone()).title = Some((*class, *gender));
        for head in heads(t) {
            out.entry(head.to_string()).title_head = true;
        }
    }
    for name in places.keys() {
        out.entry(name.to_lowercase()).place_fold = true;
    }
    out
}

/// The one table of words and phrases as written: places, outlets, organisations and the words
/// that end their names.
fn names(
    s: &LexiconSources,
    outlets: &FxMap<String, String>,
    places: &FxMap<String, PlaceKind>,
) -> FxMap<String, Name> {
    let mut out = FxMap::<String, Name>::default();
    for (name, kind) in places {
        out.entry(name.clone()).or_default().place = Some(*kind);
        for head in heads(name) {
            out.entry(head.to_string()).or_default().place_head = true;
        }
    }
    for form in outlets.keys() {
        out.entry(form.clone()).or_default().outlet = true;
    }
    for o in &s.orgs {
        out.entry(o.clone()).or_default().org = true;
    }
    for o in &s.public_bodies {
        out.entry(o.clone()).or_default().public = true;
    }
    for w in &s.org_suffixes {
        out.entry(w.clone()).or_default().org_suffix = true;
    }
    for w in &s.outlet_suffixes {
        out.entry(w.clone()).or_default().outlet_suffix = true;
    }
    for w in &s.company_suffixes {
        out.entry(w.clone()).or_default().company_suffix = true;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicons_parse() {
        let s = LexiconSources::embedded().expect("embedded lexicons parse");
        assert!(!s.cues.is_empty() && !s.outlets.is_empty() && !s.titles.is_empty() && !s.places.is_empty());
        let closed = CLOSED.as_ref().expect("closed lists parse");
        assert!(!closed.function_words.is_empty() && closed.common_words.get("said").is_some());
        assert!(!closed.speaker_nouns.is_empty() && !closed.exclusions_by_lemma.is_empty());
        assert!(!closed.exclusions_by_form.is_empty());
        assert!(abbreviation("mr") == Some(AbbrevKind::Title) && is_sentence_opener("the"));
        assert!(same_office("doctor", "dr") && same_office("lt", "officer") && !same_office("dr", "officer"));
    }

    #[test]
    fn every_stance_has_a_cue() {
        let s = LexiconSources::embedded().unwrap();
        for st in crate::Stance::ALL {
            assert!(s.cues.iter().any(|c| c.stance == st), "no cue for {st}");
        }
    }

    #[test]
    fn one_lookup_answers_every_lexicon() {
        let lex = Lexicons::default();
        let said = lex.lexeme("said").and_then(|l| l.cue).and_then(|i| lex.cue_at(i));
        assert_eq!(said.map(|c| c.lemma.as_str()), Some("say"));
        assert_eq!(lex.lexeme("the").and_then(|l| l.class), Some(WordClass::Det));
        assert_eq!(lex.lexeme("spokesman").and_then(|l| l.title).map(|t| t.1), Some(Gender::Male));
        assert!(lex.lexeme("ankara").is_some_and(|l| l.place_fold) && lex.lexeme("Ankara").is_none());
        assert!(lex.folded("Reuters").is_some_and(|l| l.name_fold) && lex.name("Reuters").outlet);
        assert!(lex.folded("Élysée").is_some_and(|l| l.name_fold) && lex.name("Élysée").org);
        // "first lady", "New York": words that start longer titles and places.
        assert!(lex.lexeme("first").is_some_and(|l| l.title_head) && lex.name("New").place_head);
        assert!(!lex.lexeme("spokesman").is_some_and(|l| l.title_head) && !lex.name("Ankara").place_head);
        assert_eq!(
            heads("vice-president of x").collect::<Vec<_>>(),
            ["vice", "vice-president", "vice-president of"]
        );
        // Short and long keys alike; a NUL byte is no padding.
        assert!(
            lex.lexeme("spokeswoman").is_some() && lex.lexeme("a").is_some() && lex.lexeme("a\0").is_none()
        );
        // As written, "US" is a name, and a capitalised past form too.
        assert_eq!(lex.word_class("US"), None);
        assert_eq!(lex.word_class("us"), Some(WordClass::Pron));
    }

    #[test]
    fn no_sample_person_in_any_lexicon() {
        // People are found by pattern, never by list.
        let files = [
            include_str!("../../data/cues.tsv"),
            include_str!("../../data/outlets.tsv"),
            include_str!("../../data/titles.tsv"),
            include_str!("../../data/places.tsv"),
            include_str!("../../data/organizations.tsv"),
            include_str!("../../data/function_words.tsv"),
            include_str!("../../data/common_words.txt"),
            include_str!("../../data/abbreviations.txt"),
            include_str!("../../data/sentence_openers.txt"),
            include_str!("../../data/post_nominals.txt"),
            include_str!("../../data/speaker_nouns.tsv"),
            include_str!("../../data/cue_exclusions.tsv"),
            include_str!("../../data/furniture.tsv"),
            include_str!("../../data/first_names.tsv"),
            include_str!("../../data/offices.tsv"),
        ];
        let names = [
            "vladimir",
            "putin",
            "sergei",
            "ryabkov",
            "maria",
            "zakharova",
            "hossein",
            "jaberi",
            "ansari",
            "mohammad",
            "javad",
            "zarif",
            "erdogan",
        ];
        for f in files {
            for line in f.lines() {
                for word in line.split(|c: char| !c.is_alphanumeric()) {
                    assert!(
                        !names.contains(&word.to_lowercase().as_str()),
                        "person name {word:?} in a lexicon"
                    );
                }
            }
        }
    }

    #[test]
    fn shorter_cue_inside_a_longer_form() {
        let lex = Lexicons::default();
        let text = "Trump called Ford's move a disgrace.";
        let hits: Vec<&str> = lex.find_cues(text).map(|(s, e, _)| &text[s..e]).collect();
        assert_eq!(hits, ["called"]);
    }
}
