//! Token features for the tagger: per token its form, lower case, shape, affixes, word class, quote
//! depth and quote-mark flag, cue lemma / form / act, entity label, the rules' role, and its
//! sentence and paragraph position; most of them also for the two tokens on each side.
//!
//! No part-of-speech tagger or parser: everything here is computed by the earlier stages (or from
//! the token's characters), read through the tagger's [`View`].
//!
//! Training and tagging see the same features by construction: both read [`Values`] (one value per
//! token and [`Template`]); training spells them as CRFsuite attribute names (`lw[-1]=said`), the
//! tagger looks each value up once and spreads its weights over the window.

use std::ops::Range;

use super::View;
use crate::lexicon::FxMap;

/// How far the window reaches on each side.
pub(crate) const WINDOW: usize = 2;

/// Value of the lower-case template before the first token of a sentence (`lw[-1]=^`).
pub(crate) const BEFORE: &str = "^";
/// Value of the lower-case template after the last token of a sentence (`lw[1]=$`).
pub(crate) const AFTER: &str = "$";

/// Word classes, in the order of [`WordClass`](crate::lexicon::WordClass).
pub(crate) const CLASSES: [&str; 12] =
    ["det", "poss", "pron", "aux", "modal", "neg", "prep", "conj", "subord", "time", "adv", "verb"];
/// Quote-mark flags.
pub(crate) const MARKS: [&str; 3] = ["open", "close", "stray"];
/// Cue forms.
pub(crate) const FORMS: [&str; 5] = ["finite", "passive", "gerund", "base", "prep"];
/// Cue acts.
pub(crate) const ACTS: [&str; 2] = ["speech", "attitude"];
/// Entity labels with their position.
pub(crate) const ENTITIES: [&str; 8] =
    ["B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
/// The rules' roles: source, cue, content.
pub(crate) const ROLES: [&str; 3] = ["SRC", "CUE", "CON"];
const QUOTED: [&str; 1] = ["in"];
const TOKEN_POSITIONS: [&str; 2] = ["first", "last"];
/// A sentence's place in its paragraph.
pub(crate) const SENTENCE_POSITIONS: [&str; 3] = ["first", "second", "later"];

/// One kind of feature. Its name is the prefix of the CRFsuite attribute (`lw[0]=said`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Template {
    /// The token as written.
    Form,
    /// Lower case.
    Lower,
    /// Character classes, runs collapsed: "Putin" → `Xx`, "2,000" → `d,d`.
    Shape,
    /// First three characters (lower case) of a word.
    Prefix,
    /// Last three characters (lower case) of a word.
    Suffix,
    /// Closed word class from the lexicon (det, pron, aux, …).
    Class,
    /// `in` for tokens inside a quotation.
    Quote,
    /// `open` / `close` for the marks of a paired quotation, `stray` for an unpaired double mark.
    Mark,
    /// Lemma of the cue the token belongs to.
    CueLemma,
    /// Grammatical form of that cue (finite, passive, …).
    CueForm,
    /// Whether that cue reports speech or an attitude.
    CueAct,
    /// Entity label with its position (`B-PER`, `I-ORG`).
    Entity,
    /// The rules' role: source (speaker mention), cue or content (`SRC`, `CUE`, `CON`).
    Role,
    /// `first` / `last` token of its sentence.
    TokenPosition,
    /// The sentence's place in its paragraph: `first`, `second`, `later`.
    SentencePosition,
}

impl Template {
    /// Every template, in the order of a token's values.
    pub(crate) const ALL: [Template; 15] = [
        Template::Form,
        Template::Lower,
        Template::Shape,
        Template::Prefix,
        Template::Suffix,
        Template::Class,
        Template::Quote,
        Template::Mark,
        Template::CueLemma,
        Template::CueForm,
        Template::CueAct,
        Template::Entity,
        Template::Role,
        Template::TokenPosition,
        Template::SentencePosition,
    ];

    /// The attribute-name prefix.
    pub(crate) const fn name(self) -> &'static str {
        match self {
            Template::Form => "w",
            Template::Lower => "lw",
            Template::Shape => "sh",
            Template::Prefix => "p3",
            Template::Suffix => "s3",
            Template::Class => "wc",
            Template::Quote => "qd",
            Template::Mark => "qm",
            Template::CueLemma => "cl",
            Template::CueForm => "cf",
            Template::CueAct => "ca",
            Template::Entity => "ne",
            Template::Role => "r",
            Template::TokenPosition => "tp",
            Template::SentencePosition => "sp",
        }
    }

    /// The template named `name`.
    pub(crate) fn from_name(name: &str) -> Option<Template> {
        Template::ALL.into_iter().find(|t| t.name() == name)
    }

    /// Index in [`Template::ALL`].
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// Whether the template is also read from the neighbours (`lw[-2]` … `lw[2]`); the others
    /// only at offset 0. The form, affixes and positions stay at the token itself: the lower case
    /// and shape of the neighbours carry the same, and the window would multiply rare features.
    pub(crate) const fn windowed(self) -> bool {
        !matches!(
            self,
            Template::Form
                | Template::Prefix
                | Template::Suffix
                | Template::TokenPosition
                | Template::SentencePosition
        )
    }

    /// The values of a closed template, in code order; `None` for an open one (any string).
    pub(crate) const fn closed(self) -> Option<&'static [&'static str]> {
        match self {
            Template::Class => Some(&CLASSES),
            Template::Quote => Some(&QUOTED),
            Template::Mark => Some(&MARKS),
            Template::CueForm => Some(&FORMS),
            Template::CueAct => Some(&ACTS),
            Template::Entity => Some(&ENTITIES),
            Template::Role => Some(&ROLES),
            Template::TokenPosition => Some(&TOKEN_POSITIONS),
            Template::SentencePosition => Some(&SENTENCE_POSITIONS),
            Template::Form
            | Template::Lower
            | Template::Shape
            | Template::Prefix
            | Template::Suffix
            | Template::CueLemma => None,
        }
    }

    /// The window offsets at which the template is read.
    pub(crate) fn offsets(self) -> Range<isize> {
        let w = if self.windowed() { WINDOW as isize } else { 0 };
        -w..w + 1
    }
}

/// How many templates a token's place gives values of: those of [`Template::ALL`] after the
/// word's own (form, lower case, shape, affixes, class, up to [`Template::Class`]), whose value
/// depends on the word alone.
const PLACES: usize = Template::ALL.len() - (Template::Class as usize + 1);

/// A token's value of one template: a code of a closed template or the text of an open one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Value<'a> {
    Code(usize),
    Text(&'a str),
}

/// Feature values of a run of sentences of one document (tagged as one chain). A token's word
/// values (form, lower case, shape, affixes, class) are those of its word, computed when the
/// word first occurs and kept across [`Values::fill`]s; the others are the token's own.
#[derive(Debug)]
pub(crate) struct Values<'v> {
    words: Words<'v>,
    tokens: Vec<TokenValues<'v>>,
    /// Where each sentence of the run ends (token indices of the run).
    ends: Vec<usize>,
}

/// The values of one token besides its word's.
#[derive(Debug, Clone, Copy)]
struct TokenValues<'v> {
    word: u32,
    lemma: Option<&'v str>,
    /// The place templates ([`PLACES`]) the token has a value of, in order, with the code of a
    /// closed one (none for the cue lemma): `places` of them.
    codes: [(Template, Option<u8>); PLACES],
    places: u8,
}

/// The distinct words of a document, each with its word values.
#[derive(Debug)]
struct Words<'v> {
    /// Set apart from every other `Words`, so that what a model keeps per word id is not taken
    /// for another document's.
    generation: u64,
    ids: FxMap<(&'v str, bool), u32>,
    /// Lower case and shape of every word, one after another.
    arena: String,
    words: Vec<WordValues<'v>>,
}

/// The values of one word.
#[derive(Debug, Clone, Copy)]
struct WordValues<'v> {
    form: &'v str,
    /// Ranges of `arena`; the affixes only for a word (not a number or punctuation) of four
    /// characters or more.
    lower: (u32, u32),
    shape: (u32, u32),
    affixes: Option<((u32, u32), (u32, u32))>,
    class: Option<u8>,
}

impl<'v> Words<'v> {
    fn new() -> Self {
        static GENERATIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        Words {
            generation: GENERATIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            ids: FxMap::default(),
            arena: String::new(),
            words: Vec::new(),
        }
    }

    /// The id of token `t`'s word, its values computed when it is new.
    fn id(&mut self, view: &View<'v, '_>, t: usize) -> u32 {
        let (form, is_word) = (view.word(t), view.is_word(t));
        let entry = match self.ids.entry((form, is_word)) {
            std::collections::hash_map::Entry::Occupied(id) => return *id.get(),
            std::collections::hash_map::Entry::Vacant(entry) => entry,
        };
        let lower = self.arena.len();
        push_lower(&mut self.arena, form);
        let shape = self.arena.len();
        push_shape(&mut self.arena, form);
        let affixes = affixes(form, &self.arena[lower..shape])
            .filter(|_| is_word)
            .map(|(p, s)| (range(lower..lower + p), range(lower + s..shape)));
        let id = self.words.len() as u32;
        self.words.push(WordValues {
            form,
            lower: range(lower..shape),
            shape: range(shape..self.arena.len()),
            affixes,
            class: view.word_class(t).map(|c| c as u8),
        });
        entry.insert(id);
        id
    }

    fn text(&self, (at, len): (u32, u32)) -> &str {
        self.arena.get(at as usize..at as usize + len as usize).unwrap_or_default()
    }
}

impl<'v> Values<'v> {
    /// No values yet.
    pub(crate) fn new() -> Self {
        Values { words: Words::new(), tokens: Vec::new(), ends: Vec::new() }
    }

    /// The values of the sentences `sentences` of `view`.
    pub(crate) fn of_sentences(view: &View<'v, '_>, sentences: Range<usize>) -> Self {
        let mut v = Values::new();
        v.fill(view, sentences);
        v
    }

    /// Replace the values with those of the sentences `sentences` of `view` (the same document's
    /// as before: its words' values are kept).
    pub(crate) fn fill(&mut self, view: &View<'v, '_>, sentences: Range<usize>) {
        self.tokens.clear();
        self.ends.clear();
        if self.words.ids.is_empty() {
            // At most one word per token of the document: no growing on the way.
            let n = view.tokens();
            self.words.ids.reserve(n);
            self.words.words.reserve(n);
            self.words.arena.reserve(n * 12);
        }
        let n: usize = sentences.clone().map(|s| view.sentence_tokens(s).len()).sum();
        self.tokens.reserve(n);
        for sentence in sentences {
            let position = view.sentence_position(sentence);
            let tokens = view.sentence_tokens(sentence);
            for t in tokens.clone() {
                let (codes, places) = place_codes(view, t, &tokens, position);
                let word = self.words.id(view, t);
                let lemma = view.cue(t).map(|c| c.lemma);
                self.tokens.push(TokenValues { word, lemma, codes, places });
            }
            self.ends.push(self.tokens.len());
        }
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The token ranges of the run's sentences.
    pub(crate) fn sentences(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts.zip(self.ends.iter().copied()).map(|(a, b)| a..b)
    }

    /// Token `i`'s word: an id, the same for every token of that word (within the values'
    /// [`generation`](Self::generation)).
    pub(crate) fn word(&self, i: usize) -> u32 {
        self.tokens.get(i).map_or(u32::MAX, |t| t.word)
    }

    /// Number of distinct words so far: every word id is below it.
    pub(crate) fn words(&self) -> usize {
        self.words.words.len()
    }

    /// What sets these values' word ids apart from those of other `Values`.
    pub(crate) fn generation(&self) -> u64 {
        self.words.generation
    }

    /// The word values of token `i` (form, lower case, shape, affixes, class), in template
    /// order (those it has).
    pub(crate) fn word_values(&self, i: usize) -> impl Iterator<Item = (Template, Value<'_>)> + '_ {
        let word = self.tokens.get(i).and_then(|t| self.words.words.get(t.word as usize));
        let text = |r| Value::Text(self.words.text(r));
        [
            (Template::Form, word.map(|w| Value::Text(w.form))),
            (Template::Lower, word.map(|w| text(w.lower))),
            (Template::Shape, word.map(|w| text(w.shape))),
            (Template::Prefix, word.and_then(|w| w.affixes).map(|a| text(a.0))),
            (Template::Suffix, word.and_then(|w| w.affixes).map(|a| text(a.1))),
            (Template::Class, word.and_then(|w| w.class).map(|c| Value::Code(usize::from(c)))),
        ]
        .into_iter()
        .filter_map(|(template, value)| Some((template, value?)))
    }

    /// The other values of token `i`, in template order (those it has).
    pub(crate) fn place_values(&self, i: usize) -> impl Iterator<Item = (Template, Value<'_>)> + '_ {
        let (codes, lemma) = self.place(i);
        codes.iter().filter_map(move |&(template, code)| match code {
            Some(code) => Some((template, Value::Code(usize::from(code)))),
            None => Some((template, Value::Text(lemma?))),
        })
    }

    /// The place values token `i` has, in template order: a closed template's code, or none
    /// for the cue lemma; and the cue lemma.
    pub(crate) fn place(&self, i: usize) -> (&[(Template, Option<u8>)], Option<&'v str>) {
        match self.tokens.get(i) {
            Some(t) => (t.codes.get(..usize::from(t.places)).unwrap_or_default(), t.lemma),
            None => (&[], None),
        }
    }

    /// The value of `template` at token `i`.
    pub(crate) fn get(&self, i: usize, template: Template) -> Option<&str> {
        let (_, value) = self.word_values(i).chain(self.place_values(i)).find(|(t, _)| *t == template)?;
        match value {
            Value::Text(text) => Some(text),
            Value::Code(code) => template.closed()?.get(code).copied(),
        }
    }

    /// The value `template` has, seen from token `i`, at offset `k`: a neighbour's value in the
    /// same sentence, or [`BEFORE`] / [`AFTER`] for the lower case beyond the sentence.
    pub(crate) fn at_offset(&self, i: usize, template: Template, k: isize) -> Option<&str> {
        let sentence = self.sentences().find(|s| s.contains(&i))?;
        match i.checked_add_signed(k) {
            Some(j) if sentence.contains(&j) => self.get(j, template),
            _ if template != Template::Lower => None,
            _ if k < 0 => Some(BEFORE),
            _ => Some(AFTER),
        }
    }

    /// The CRFsuite attribute names of token `i` (`lw[-1]=said`), as training writes them.
    pub(crate) fn attributes(&self, i: usize) -> Vec<String> {
        let mut out = Vec::with_capacity(40);
        for template in Template::ALL {
            for k in template.offsets() {
                if let Some(value) = self.at_offset(i, template, k) {
                    out.push(format!("{}[{k}]={value}", template.name()));
                }
            }
        }
        out
    }
}

/// The place values of token `t` of the sentence of `tokens` (whose place in its paragraph is
/// `position`), in template order, with the code of a closed template (none for the cue
/// lemma); and how many there are.
fn place_codes(
    view: &View<'_, '_>,
    t: usize,
    tokens: &Range<usize>,
    position: u8,
) -> ([(Template, Option<u8>); PLACES], u8) {
    let mut codes = [(Template::Quote, None); PLACES];
    let mut places = 0;
    let mut code = |template: Template, code: Option<u8>| {
        if let Some(slot) = codes.get_mut(usize::from(places)) {
            *slot = (template, code);
            places += 1;
        }
    };
    let (inside, mark) = view.quote(t);
    if inside {
        code(Template::Quote, Some(0));
    }
    if let Some(mark) = mark {
        code(Template::Mark, Some(mark));
    }
    if let Some(cue) = view.cue(t) {
        code(Template::CueLemma, None);
        code(Template::CueForm, Some(cue.form));
        code(Template::CueAct, Some(cue.act));
    }
    if let Some(entity) = view.entity(t) {
        code(Template::Entity, Some(entity));
    }
    if let Some(role) = view.role(t) {
        code(Template::Role, Some(role));
    }
    if t == tokens.start {
        code(Template::TokenPosition, Some(0));
    } else if t + 1 == tokens.end {
        code(Template::TokenPosition, Some(1));
    }
    code(Template::SentencePosition, Some(position));
    (codes, places)
}

fn range(r: Range<usize>) -> (u32, u32) {
    // A document is bounded by the input limit, far below 4 GiB of feature text.
    (u32::try_from(r.start).unwrap_or(u32::MAX), u32::try_from(r.len()).unwrap_or(0))
}

/// Split an attribute name `lw[-1]=said` into its template, offset and value.
pub(crate) fn parse_attribute(name: &str) -> Option<(Template, isize, &str)> {
    // (A scan for the first `]=`: the model's thousands of names are parsed at every load.)
    let close = name.as_bytes().windows(2).position(|w| w == b"]=")?;
    let (head, value) = (&name[..close], &name[close + 2..]);
    let (template, offset) = head.split_once('[')?;
    let template = Template::from_name(template)?;
    let offset: isize = offset.parse().ok()?;
    template.offsets().contains(&offset).then_some((template, offset, value))
}

fn push_lower(out: &mut String, word: &str) {
    let at = out.len();
    if word.is_ascii() {
        out.push_str(word);
        out[at..].make_ascii_lowercase();
    } else {
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
}

/// Where the prefix of a word's lower case `low` ends and its suffix starts (three characters
/// each), for a word `form` of four characters or more. (The lower case of an ASCII word is as
/// long as the word; another's may be longer: "İ" lowers to two characters.)
fn affixes(form: &str, low: &str) -> Option<(usize, usize)> {
    if form.is_ascii() {
        return (form.len() > 3).then(|| (3, form.len() - 3));
    }
    form.chars().nth(3)?;
    let p = low.char_indices().nth(3).map_or(low.len(), |(b, _)| b);
    let s = low.char_indices().rev().nth(2).map_or(0, |(b, _)| b);
    Some((p, s))
}

/// "Putin" → `Xx`, "U.S." → `X.X.`, "2,000" → `d,d`: upper `X`, lower `x`, digit `d`, anything
/// else itself; runs of one class collapsed; at most 8 characters.
fn push_shape(out: &mut String, word: &str) {
    if word.is_ascii() {
        push_classes(
            out,
            word.bytes().map(|b| match b {
                b'A'..=b'Z' => 'X',
                b'a'..=b'z' => 'x',
                b'0'..=b'9' => 'd',
                _ => char::from(b),
            }),
        );
    } else {
        push_classes(
            out,
            word.chars().map(|c| {
                if c.is_uppercase() {
                    'X'
                } else if c.is_lowercase() {
                    'x'
                } else if c.is_numeric() {
                    'd'
                } else {
                    c
                }
            }),
        );
    }
}

/// Push `classes` with runs collapsed, at most 8.
fn push_classes(out: &mut String, classes: impl Iterator<Item = char>) {
    let mut last = None;
    let mut n = 0;
    for class in classes {
        if last != Some(class) {
            out.push(class);
            last = Some(class);
            n += 1;
            if n == 8 {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(w: &str) -> String {
        let mut s = String::new();
        push_shape(&mut s, w);
        s
    }

    #[test]
    fn affixes_count_the_characters_of_the_word() {
        let lower = |w: &str| {
            let mut s = String::new();
            push_lower(&mut s, w);
            s
        };
        let affixed = |w: &str| {
            let low = lower(w);
            affixes(w, &low).map(|(p, s)| (low[..p].to_string(), low[s..].to_string()))
        };
        assert_eq!(affixed("Putin"), Some(("put".into(), "tin".into())));
        assert_eq!(affixed("Éric"), Some(("éri".into(), "ric".into())));
        assert_eq!(affixed("said"), Some(("sai".into(), "aid".into())));
        assert_eq!(affixed("the"), None);
        // Three characters whose lower case has four: no affixes, as the word is short.
        assert_eq!(lower("İst").chars().count(), 4);
        assert_eq!(affixed("İst"), None);
    }

    #[test]
    fn closed_lists_follow_the_enums() {
        use crate::lexicon::WordClass;
        assert_eq!(CLASSES[WordClass::Det as usize], "det");
        assert_eq!(CLASSES[WordClass::Verb as usize], "verb");
        assert_eq!(CLASSES.len(), WordClass::Verb as usize + 1);
    }

    #[test]
    fn shapes_collapse_runs() {
        assert_eq!(shape("Putin"), "Xx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("2,000"), "d,d");
        assert_eq!(shape("“"), "“");
        assert_eq!(shape("McDonald"), "XxXx");
    }

    #[test]
    fn attribute_names_round_trip() {
        assert_eq!(parse_attribute("lw[-1]=said"), Some((Template::Lower, -1, "said")));
        assert_eq!(parse_attribute("w[0]=a]=b"), Some((Template::Form, 0, "a]=b")));
        assert_eq!(parse_attribute("w[2]=x"), None, "the form is read at the token only");
        assert_eq!(parse_attribute("zz[0]=x"), None);
        assert_eq!(parse_attribute("lw[x]=y"), None);
        for t in Template::ALL {
            assert_eq!(Template::from_name(t.name()), Some(t));
            assert_eq!(Template::ALL[t.index()], t);
        }
    }

    #[test]
    fn values_of_a_sentence() {
        // “The plan failed,” Smith said.
        let text = "“The plan failed,” Smith said.";
        let doc = crate::text::Document::new(text);
        let extractor = crate::Extractor::new();
        let stages = extractor.stages(text).expect("small input");
        let view = super::super::View::new(&stages.input());
        let v = Values::of_sentences(&view, 0..1);
        let runs: Vec<Range<usize>> = v.sentences().collect();
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0], 0..doc.sentences()[0].tokens.len());
        let words: Vec<&str> = (0..v.len()).map(|i| v.get(i, Template::Form).unwrap_or("")).collect();
        assert_eq!(words, ["“", "The", "plan", "failed", ",", "”", "Smith", "said", "."]);
        let expected: &[(usize, Template, Option<&str>)] = &[
            (0, Template::Mark, Some("open")),
            (5, Template::Mark, Some("close")),
            (2, Template::Quote, Some("in")),
            (6, Template::Quote, None),
            (7, Template::CueLemma, Some("say")),
            (7, Template::CueAct, Some("speech")),
            (6, Template::Role, Some("SRC")),
            (7, Template::Role, Some("CUE")),
            (1, Template::Role, Some("CON")),
            (0, Template::Role, None),
            (6, Template::Entity, Some("B-PER")),
            (1, Template::Lower, Some("the")),
            (3, Template::Suffix, Some("led")),
            (3, Template::Prefix, Some("fai")),
            (2, Template::Prefix, Some("pla")),
            (0, Template::TokenPosition, Some("first")),
            (8, Template::TokenPosition, Some("last")),
        ];
        for &(t, template, want) in expected {
            assert_eq!(v.get(t, template), want, "token {t}, {template:?}");
        }
        assert_eq!(v.at_offset(0, Template::Lower, -2), Some(BEFORE));
        assert_eq!(v.at_offset(8, Template::Lower, 1), Some(AFTER));
        assert_eq!(v.at_offset(0, Template::Shape, -1), None);
        let attrs = v.attributes(7);
        assert!(attrs.contains(&"lw[-1]=smith".to_string()), "{attrs:?}");
        assert!(attrs.contains(&"cl[0]=say".to_string()));
        assert!(attrs.contains(&"lw[2]=$".to_string()));
        assert!(attrs.iter().all(|a| parse_attribute(a).is_some()), "{attrs:?}");
    }
}
