//! The embedded lexicons under `data/`, parsed once, plus entries users add through the builder.
//!
//! Each lexicon is a plain TSV file embedded with `include_str!`. Phrase lookups run through
//! Aho–Corasick automata (leftmost-longest, ASCII case-insensitive) that are built once per
//! [`Lexicons`] value; the default value is built once per process and shared.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash (rustc's hasher): far cheaper than SipHash for the short keys of the lexicons, which are
/// fixed embedded data plus builder entries, so HashDoS resistance buys nothing here.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, mut bytes: &[u8]) {
        while bytes.len() >= 8 {
            let mut w = [0u8; 8];
            w.copy_from_slice(&bytes[..8]);
            self.add(u64::from_le_bytes(w));
            bytes = &bytes[8..];
        }
        if bytes.len() >= 4 {
            let mut w = [0u8; 4];
            w.copy_from_slice(&bytes[..4]);
            self.add(u64::from(u32::from_le_bytes(w)));
            bytes = &bytes[4..];
        }
        for &b in bytes {
            self.add(u64::from(b));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

type FxBuild = BuildHasherDefault<FxHasher>;
type FxMap<K, V> = HashMap<K, V, FxBuild>;
type FxSet<K> = HashSet<K, FxBuild>;

/// Run `f` on the lowercase form of `word`, without allocating for short ASCII words.
#[inline]
/// `word` in lower case, borrowed when it already is (most words of running text): a drop-in for
/// `word.to_lowercase()` in comparisons that allocates only for words with a capital.
pub(crate) fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

pub(crate) fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
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
use std::sync::{Arc, LazyLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::text::data_lines;
use crate::{Error, Stance};

/// One reporting-verb form and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueEntry {
    /// The written form, lower case ("ruled out").
    pub form: String,
    /// Base form ("rule out").
    pub lemma: String,
    /// Stance class.
    pub stance: Stance,
    /// The content is usually the verb's noun-phrase object ("opposed the deal"), not a clause.
    pub object: bool,
}

/// Kinds of place in `data/places.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A capital city (speaks for its government: "Ankara said").
    Capital,
    /// Another city.
    City,
    /// A state or province.
    State,
    /// A wider region.
    Region,
    /// An adjective of nationality ("Russian").
    Demonym,
}

impl std::str::FromStr for PlaceKind {
    type Err = String;

    /// The kind as written in `data/places.tsv`: `country`, `capital`, `city`, `state`, `region`
    /// or `demonym`.
    ///
    /// ```
    /// use claimex::lexicon::PlaceKind;
    /// assert_eq!("capital".parse::<PlaceKind>(), Ok(PlaceKind::Capital));
    /// assert!("planet".parse::<PlaceKind>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "country" => Ok(PlaceKind::Country),
            "capital" => Ok(PlaceKind::Capital),
            "city" => Ok(PlaceKind::City),
            "state" => Ok(PlaceKind::State),
            "region" => Ok(PlaceKind::Region),
            "demonym" => Ok(PlaceKind::Demonym),
            other => Err(format!(
                "unknown place kind {other:?}; expected one of country, capital, city, state, region, demonym"
            )),
        }
    }
}

/// Kinds of title in `data/titles.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TitleClass {
    /// A role on its own ("minister").
    Head,
    /// Only before a head ("deputy").
    Modifier,
}

/// Grammatical gender, where a word tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// He.
    Male,
    /// She.
    Female,
    /// Not known.
    Unknown,
}

/// Closed word classes from `data/function_words.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordClass {
    /// the, a, an, this.
    Det,
    /// his, her, its, their.
    Poss,
    /// he, she, it, they.
    Pron,
    /// has, was, is, been.
    Aux,
    /// will, would, could.
    Modal,
    /// not, never.
    Neg,
    /// on, in, of, for.
    Prep,
    /// and, but, or.
    Conj,
    /// that, whether, if.
    Subord,
    /// Monday, yesterday, earlier.
    Time,
    /// also, again, repeatedly.
    Adv,
    /// went, took, shook: past forms of common verbs, which never head a noun phrase.
    Verb,
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
            .field("titles", &self.inner.titles.len())
            .field("places", &self.inner.places.len())
            .finish()
    }
}

struct Inner {
    cues: Vec<CueEntry>,
    cue_index: FxMap<String, usize>,
    cue_automaton: AhoCorasick,
    /// written form → canonical name
    outlets: FxMap<String, String>,
    outlet_automaton: AhoCorasick,
    outlet_forms: Vec<String>,
    /// lower-case phrase → (class, gender)
    titles: FxMap<String, (TitleClass, Gender)>,
    title_automaton: AhoCorasick,
    title_forms: Vec<String>,
    places: FxMap<String, PlaceKind>,
    orgs: FxSet<String>,
    org_suffixes: FxSet<String>,
    outlet_suffixes: FxSet<String>,
    // The closed-class tables cannot be extended, so every Lexicons shares the parsed ones.
    function_words: &'static FxMap<String, WordClass>,
    common_words: &'static FxSet<String>,
    speaker_nouns: &'static FxMap<String, NounKind>,
}

/// What a common noun heading a speaker phrase stands for (`data/speaker_nouns.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NounKind {
    /// One person ("the official").
    Person,
    /// People ("officials").
    Group,
    /// A body ("the office", "the campaign").
    Organization,
}

/// Raw lexicon entries, before compilation: the embedded data plus user additions.
#[derive(Debug, Clone, Default)]
pub(crate) struct LexiconSources {
    pub cues: Vec<CueEntry>,
    pub outlets: Vec<(String, String)>,
    pub titles: Vec<(String, TitleClass, Gender)>,
    pub places: Vec<(String, PlaceKind)>,
    pub orgs: Vec<String>,
    pub org_suffixes: Vec<String>,
    pub outlet_suffixes: Vec<String>,
}

fn cols(line: &str) -> Vec<&str> {
    line.split('\t').map(str::trim).collect()
}

fn bad(lexicon: &'static str, line: usize, reason: impl Into<String>) -> Error {
    Error::Lexicon { lexicon, line, reason: reason.into() }
}

impl LexiconSources {
    /// Parse the embedded data files.
    pub(crate) fn embedded() -> Result<Self, Error> {
        let mut s = LexiconSources::default();
        for (n, line) in data_lines(include_str!("../data/cues.tsv")).enumerate() {
            let c = cols(line);
            if c.len() < 3 {
                return Err(bad("cues", n + 1, "expected lemma<TAB>stance<TAB>forms"));
            }
            let stance: Stance = c[1].parse().map_err(|e: String| bad("cues", n + 1, e))?;
            for form in c[2].split(',').map(str::trim).filter(|f| !f.is_empty()) {
                let object = match c.get(3).copied() {
                    None | Some("") => false,
                    Some("object") => true,
                    Some(other) => {
                        return Err(bad("cues", n + 1, format!("unknown column {other:?} (object)")))
                    }
                };
                s.cues.push(CueEntry { form: form.to_lowercase(), lemma: c[0].to_string(), stance, object });
            }
        }
        for (n, line) in data_lines(include_str!("../data/outlets.tsv")).enumerate() {
            let c = cols(line);
            if c.len() < 2 || c[0].is_empty() {
                return Err(bad("outlets", n + 1, "expected name<TAB>forms"));
            }
            for form in c[1].split(',').map(str::trim).filter(|f| !f.is_empty()) {
                s.outlets.push((form.to_string(), c[0].to_string()));
            }
        }
        for (n, line) in data_lines(include_str!("../data/titles.tsv")).enumerate() {
            let c = cols(line);
            if c.len() < 3 {
                return Err(bad("titles", n + 1, "expected phrase<TAB>class<TAB>gender"));
            }
            let class = match c[1] {
                "head" => TitleClass::Head,
                "modifier" => TitleClass::Modifier,
                other => {
                    return Err(bad("titles", n + 1, format!("unknown class {other:?} (head or modifier)")))
                }
            };
            let gender =
                parse_gender(c[2]).ok_or_else(|| bad("titles", n + 1, "gender must be m, f or -"))?;
            s.titles.push((c[0].to_lowercase(), class, gender));
        }
        for (n, line) in data_lines(include_str!("../data/places.tsv")).enumerate() {
            let c = cols(line);
            if c.len() < 2 {
                return Err(bad("places", n + 1, "expected name<TAB>kind<TAB>country"));
            }
            let kind = c[1].parse::<PlaceKind>().map_err(|reason| bad("places", n + 1, reason))?;
            s.places.push((c[0].to_string(), kind));
        }
        for (n, line) in data_lines(include_str!("../data/organizations.tsv")).enumerate() {
            let c = cols(line);
            match c.get(1).copied() {
                Some("org") => s.orgs.push(c[0].to_string()),
                Some("suffix") => s.org_suffixes.push(c[0].to_string()),
                Some("outlet-suffix") => s.outlet_suffixes.push(c[0].to_string()),
                _ => return Err(bad("organizations", n + 1, "expected name<TAB>org|suffix|outlet-suffix")),
            }
        }
        Ok(s)
    }
}

fn parse_gender(s: &str) -> Option<Gender> {
    match s {
        "m" => Some(Gender::Male),
        "f" => Some(Gender::Female),
        "-" | "" => Some(Gender::Unknown),
        _ => None,
    }
}

/// `fast`: build a DFA (about 5x the search speed of the default contiguous NFA on the cue forms,
/// 468 vs 92 MB/s, for a few ms more build time once per process) for the automata that scan every
/// text; falls back to the default when a DFA would be too large (huge user-added lexicons).
fn automaton<I, P>(
    lexicon: &'static str,
    patterns: I,
    case_insensitive: bool,
    fast: bool,
) -> Result<AhoCorasick, Error>
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    let patterns: Vec<P> = patterns.into_iter().collect();
    let build = |kind| {
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(case_insensitive)
            .kind(kind)
            .build(&patterns)
    };
    let built = if fast { build(Some(AhoCorasickKind::DFA)).or_else(|_| build(None)) } else { build(None) };
    built.map_err(|e| {
        bad(lexicon, 0, format!("too many or too long entries for one automaton ({e}); add fewer entries"))
    })
}

static FUNCTION_WORDS: LazyLock<FxMap<String, WordClass>> = LazyLock::new(|| {
    data_lines(include_str!("../data/function_words.tsv"))
        .filter_map(|line| {
            let c = cols(line);
            let class = match *c.get(1)? {
                "det" => WordClass::Det,
                "poss" => WordClass::Poss,
                "pron" => WordClass::Pron,
                "aux" => WordClass::Aux,
                "modal" => WordClass::Modal,
                "neg" => WordClass::Neg,
                "prep" => WordClass::Prep,
                "conj" => WordClass::Conj,
                "subord" => WordClass::Subord,
                "time" => WordClass::Time,
                "adv" => WordClass::Adv,
                "verb" => WordClass::Verb,
                _ => return None,
            };
            Some((c[0].to_lowercase(), class))
        })
        .collect()
});

static SPEAKER_NOUNS: LazyLock<FxMap<String, NounKind>> = LazyLock::new(|| {
    data_lines(include_str!("../data/speaker_nouns.tsv"))
        .filter_map(|line| {
            let c = cols(line);
            let kind = match *c.get(1)? {
                "person" => NounKind::Person,
                "group" => NounKind::Group,
                "organization" => NounKind::Organization,
                _ => return None,
            };
            Some((c[0].to_lowercase(), kind))
        })
        .collect()
});

/// A context in which a cue word reports nothing (`data/cue_exclusions.tsv`).
#[derive(Debug)]
struct CueExclusion {
    /// A lemma, or with `form_only` one written word.
    cue: String,
    form_only: bool,
    /// The word right before the cue, or (when false) the words right after it.
    before: bool,
    /// Alternatives, each a run of words.
    words: Vec<Vec<String>>,
}

static CUE_EXCLUSIONS: LazyLock<Vec<CueExclusion>> = LazyLock::new(|| {
    data_lines(include_str!("../data/cue_exclusions.tsv"))
        .filter_map(|line| {
            let c = cols(line);
            let before = match *c.get(1)? {
                "before" => true,
                "after" => false,
                _ => return None,
            };
            let (cue, form_only) = match c[0].strip_prefix('=') {
                Some(word) => (word, true),
                None => (c[0], false),
            };
            let words = c
                .get(2)?
                .split(',')
                .map(|alt| alt.split_whitespace().map(str::to_lowercase).collect())
                .collect();
            Some(CueExclusion { cue: cue.to_lowercase(), form_only, before, words })
        })
        .collect()
});

static COMMON_WORDS: LazyLock<FxSet<String>> = LazyLock::new(|| {
    data_lines(include_str!("../data/common_words.txt")).map(|l| l.trim().to_lowercase()).collect()
});

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
        let mut cues: Vec<CueEntry> = Vec::new();
        let mut cue_index = FxMap::default();
        for e in &s.cues {
            // Later entries (user additions) override earlier ones.
            if let Some(&i) = cue_index.get(&e.form) {
                cues[i] = e.clone();
            } else {
                cue_index.insert(e.form.clone(), cues.len());
                cues.push(e.clone());
            }
        }
        let cue_automaton = automaton("cues", cues.iter().map(|c| c.form.as_str()), true, true)?;
        let outlets: FxMap<String, String> = s.outlets.iter().cloned().collect();
        let mut outlet_forms: Vec<String> = outlets.keys().cloned().collect();
        outlet_forms.sort();
        let outlet_automaton = automaton("outlets", &outlet_forms, false, true)?;
        let titles: FxMap<String, (TitleClass, Gender)> =
            s.titles.iter().map(|(t, c, g)| (t.clone(), (*c, *g))).collect();
        let mut title_forms: Vec<String> = titles.keys().cloned().collect();
        title_forms.sort();
        let title_automaton = automaton("titles", &title_forms, true, false)?;
        Ok(Lexicons {
            inner: Arc::new(Inner {
                cues,
                cue_index,
                cue_automaton,
                outlets,
                outlet_automaton,
                outlet_forms,
                titles,
                title_automaton,
                title_forms,
                places: s.places.iter().cloned().collect(),
                orgs: s.orgs.iter().cloned().collect(),
                org_suffixes: s.org_suffixes.iter().cloned().collect(),
                outlet_suffixes: s.outlet_suffixes.iter().cloned().collect(),
                function_words: &FUNCTION_WORDS,
                common_words: &COMMON_WORDS,
                speaker_nouns: &SPEAKER_NOUNS,
            }),
        })
    }

    /// The cue entry for a written form (case-insensitive), if any.
    ///
    /// ```
    /// let lex = claimex::lexicon::Lexicons::default();
    /// assert_eq!(lex.cue("Urged").unwrap().stance, claimex::Stance::Urge);
    /// ```
    pub fn cue(&self, form: &str) -> Option<&CueEntry> {
        let i = with_lower(form, |f| self.inner.cue_index.get(f).copied())?;
        self.inner.cues.get(i)
    }

    /// Every cue occurrence in `text` as `(start, end, entry)`, leftmost-longest, on word boundaries.
    ///
    /// ```
    /// let lex = claimex::lexicon::Lexicons::default();
    /// let hits: Vec<_> = lex.find_cues("He ruled out talks.").map(|(s, e, c)| (s, e, c.lemma.clone())).collect();
    /// assert_eq!(hits, [(3, 12, "rule out".to_string())]);
    /// ```
    pub fn find_cues<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize, &'a CueEntry)> + 'a {
        self.inner.cue_automaton.find_iter(text).filter_map(move |m| {
            if on_word_boundaries(text, m.start(), m.end()) {
                return Some((m.start(), m.end(), self.inner.cues.get(m.pattern().as_usize())?));
            }
            // The longest form ran into the next word ("called For|d's plans"): a shorter form that
            // ends on a word boundary inside it ("called") still counts.
            let (start, end) = shorter_on_boundary(text, m.start(), m.end(), |s| self.cue(s).is_some())?;
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
        self.inner.outlet_automaton.find_iter(text).filter_map(move |m| {
            if on_word_boundaries(text, m.start(), m.end()) {
                let form = self.inner.outlet_forms.get(m.pattern().as_usize())?;
                return Some((m.start(), m.end(), self.inner.outlets.get(form)?.as_str()));
            }
            let (start, end) = shorter_on_boundary(text, m.start(), m.end(), |s| self.outlet(s).is_some())?;
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
        with_lower(phrase, |p| self.inner.titles.get(p).copied())
    }

    /// Every title occurrence in `text` as `(start, end, class, gender)`.
    ///
    /// ```
    /// let lex = claimex::lexicon::Lexicons::default();
    /// assert_eq!(lex.find_titles("the spokesman said").count(), 1);
    /// ```
    pub fn find_titles<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, usize, TitleClass, Gender)> + 'a {
        self.inner
            .title_automaton
            .find_iter(text)
            .filter(move |m| on_word_boundaries(text, m.start(), m.end()))
            .filter_map(move |m| {
                let form = self.inner.title_forms.get(m.pattern().as_usize())?;
                let (c, g) = self.inner.titles.get(form)?;
                Some((m.start(), m.end(), *c, *g))
            })
    }

    /// Kind of a place name or demonym (case-sensitive), if any.
    ///
    /// ```
    /// use claimex::lexicon::{Lexicons, PlaceKind};
    /// assert_eq!(Lexicons::default().place("Ankara"), Some(PlaceKind::Capital));
    /// ```
    pub fn place(&self, name: &str) -> Option<PlaceKind> {
        self.inner.places.get(name).copied()
    }

    /// Whether `name` is a known organisation ("Kremlin").
    ///
    /// ```
    /// assert!(claimex::lexicon::Lexicons::default().is_org("Kremlin"));
    /// ```
    pub fn is_org(&self, name: &str) -> bool {
        self.inner.orgs.contains(name)
    }

    /// Whether `word` ends organisation names ("Ministry").
    ///
    /// ```
    /// assert!(claimex::lexicon::Lexicons::default().is_org_suffix("Ministry"));
    /// ```
    pub fn is_org_suffix(&self, word: &str) -> bool {
        self.inner.org_suffixes.contains(word)
    }

    /// Whether `word` ends the names of news outlets ("Times", "Post").
    ///
    /// ```
    /// assert!(claimex::lexicon::Lexicons::default().is_outlet_suffix("Times"));
    /// ```
    pub fn is_outlet_suffix(&self, word: &str) -> bool {
        self.inner.outlet_suffixes.contains(word)
    }

    /// Closed word class of `word` (case-insensitive), if any. A capitalised past form of the `verb`
    /// class ("Shook", "Drew") is read as a name and has none.
    ///
    /// ```
    /// use claimex::lexicon::{Lexicons, WordClass};
    /// assert_eq!(Lexicons::default().word_class("The"), Some(WordClass::Det));
    /// ```
    pub fn word_class(&self, word: &str) -> Option<WordClass> {
        // "US" and "IS" in capitals are names (United States, Islamic State), not "us", "is".
        if matches!(word, "US" | "IS") {
            return None;
        }
        let class = with_lower(word, |w| self.inner.function_words.get(w).copied());
        // "Shook said", "Drew wrote": a capitalised past form is more often a name than a verb.
        if class == Some(WordClass::Verb) && word.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        class
    }

    /// What a common noun heading a speaker phrase stands for ("officials" → group).
    ///
    /// ```
    /// use claimex::lexicon::{Lexicons, NounKind};
    /// assert_eq!(Lexicons::default().speaker_noun("Office"), Some(NounKind::Organization));
    /// ```
    pub fn speaker_noun(&self, word: &str) -> Option<NounKind> {
        with_lower(word, |w| self.inner.speaker_nouns.get(w).copied())
    }

    /// Whether the lower-cased `word` is a common English word (so, capitalised at the start of a
    /// sentence, probably not a name).
    ///
    /// ```
    /// assert!(claimex::lexicon::Lexicons::default().is_common_word("Leaders"));
    /// ```
    pub fn is_common_word(&self, word: &str) -> bool {
        with_lower(word, |w| self.inner.common_words.contains(w))
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
        CUE_EXCLUSIONS.iter().any(|x| {
            let names = if x.form_only { with_lower(word, |w| w == x.cue) } else { lemma == x.cue };
            names
                && x.words.iter().any(|alt| {
                    if x.before {
                        alt.len() == 1 && alt[0] == before
                    } else {
                        alt.len() <= after.len() && alt.iter().zip(after).all(|(a, b)| a == b)
                    }
                })
        })
    }
}

/// The longest `start..e` inside a match that failed the word-boundary test, ending before a space
/// and accepted by `known`.
fn shorter_on_boundary(
    text: &str,
    start: usize,
    end: usize,
    known: impl Fn(&str) -> bool,
) -> Option<(usize, usize)> {
    let matched = text.get(start..end)?;
    if text[..start].chars().next_back().is_some_and(char::is_alphanumeric) {
        return None;
    }
    matched
        .char_indices()
        .rev()
        .filter(|&(_, c)| c.is_whitespace())
        .map(|(i, _)| start + i)
        .find(|&e| on_word_boundaries(text, start, e) && known(&text[start..e]))
        .map(|e| (start, e))
}

/// Whether `start..end` does not cut into a word on either side.
pub(crate) fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicons_parse() {
        let s = LexiconSources::embedded().expect("embedded lexicons parse");
        assert!(!s.cues.is_empty() && !s.outlets.is_empty() && !s.titles.is_empty() && !s.places.is_empty());
        for class in ["det", "pron", "aux"] {
            assert!(include_str!("../data/function_words.tsv").contains(class));
        }
        assert!(!FUNCTION_WORDS.is_empty() && !COMMON_WORDS.is_empty());
        let nouns = include_str!("../data/speaker_nouns.tsv");
        assert_eq!(data_lines(nouns).count(), SPEAKER_NOUNS.len(), "every speaker noun parses");
        let exclusions = include_str!("../data/cue_exclusions.tsv");
        assert_eq!(data_lines(exclusions).count(), CUE_EXCLUSIONS.len(), "every cue exclusion parses");
    }

    #[test]
    fn every_stance_has_a_cue() {
        let s = LexiconSources::embedded().unwrap();
        for st in Stance::ALL {
            assert!(s.cues.iter().any(|c| c.stance == st), "no cue for {st}");
        }
    }

    #[test]
    fn no_sample_person_in_any_lexicon() {
        // People are found by pattern, never by list.
        let files = [
            include_str!("../data/cues.tsv"),
            include_str!("../data/outlets.tsv"),
            include_str!("../data/titles.tsv"),
            include_str!("../data/places.tsv"),
            include_str!("../data/organizations.tsv"),
            include_str!("../data/function_words.tsv"),
            include_str!("../data/common_words.txt"),
            include_str!("../data/abbreviations.txt"),
            include_str!("../data/sentence_openers.txt"),
            include_str!("../data/speaker_nouns.tsv"),
            include_str!("../data/cue_exclusions.tsv"),
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

    #[test]
    fn word_boundaries() {
        assert!(on_word_boundaries("a said b", 2, 6));
        assert!(!on_word_boundaries("unsaid", 2, 6));
    }
}
