//! The strict ("editor's") figures: content exact, speaker name exact, and the kind of a gold
//! attribution. The lenient match (token F1 ≥ 0.5) pairs claims with gold attributions; these rules
//! then judge each pair as an editor would.
//!
//! - **Content exact**: the claim's content equals the gold Content after [`normalise`] (quote marks
//!   dropped, white space collapsed, edge punctuation and a leading "that" stripped). A discontinuous
//!   gold Content is first closed over gaps that hold no word (white space, quote marks, punctuation);
//!   if it is then one stretch, that stretch is the only right answer. If a gap holds words (`"A," he
//!   said, "B."`), the claim is exact when it equals one of the stretches: a claim's content is one
//!   span, and the crate's specification reports each separately quoted stretch as its own claim.
//!   Exact matches obtained that way are counted apart ([`ContentVerdict::Piece`]).
//! - **Speaker exact**: the gold Source is cut to its head (before a comma, "who", "which", a
//!   parenthesis or a dash). A head that is a pronoun, or whose last word is not capitalised ("the
//!   campaign", "a new Associated Press-GfK poll", "Clinton's campaign"), cannot name anyone: those are
//!   scored by mention overlap, as the lenient rule does, and counted. A head ending in a capitalised
//!   word names someone: the target names are the fullest names of the document that end with that
//!   word and contain every name word of the head (see [`DocNames`]); the claim's canonical speaker
//!   name (its outlet's name, or the outlet as written, when it has no speaker) must equal one of them
//!   or contain it as whole words. A gold without Source wants a claim without speaker, as in the
//!   lenient rule. A name after a preposition or conjunction ("a spokeswoman for Janney") is inside a
//!   description. Names of the document are capitalised runs (lower-case connectors such as "of",
//!   "for", "to" inside them) on lines that are not in title case (headlines), stripped of leading
//!   titles, function words and a sentence-opening common word; titles, function words, common words
//!   and abbreviations come from the crate's own lexicons under `data/`.
//! - **Gold kind**: `direct` when every piece of the gold Content lies inside quote marks (the marks
//!   may be inside the span or just outside it), `mixed` when some quote mark is inside, else
//!   `indirect`.

use std::collections::{HashMap, HashSet};

use claimex::{Claim, ClaimKind, Span};

// ---------------------------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------------------------

/// Quote marks, straight and typographic, single and double (apostrophes included: dropped on both
/// sides alike, they change nothing).
const QUOTE_MARKS: &[char] = &['"', '\'', '`', '“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»', '‹', '›'];

fn is_edge_punct(c: char) -> bool {
    c.is_ascii_punctuation() || matches!(c, '—' | '–' | '‐' | '…' | '·' | '•' | '¿' | '¡')
}

/// `s` without quote marks, white space collapsed to single spaces, with punctuation and a leading
/// "that" stripped at the edges (repeatedly: `“, that it was.` → `it was`).
pub fn normalise(s: &str) -> String {
    let no_quotes: String = s.chars().filter(|c| !QUOTE_MARKS.contains(c)).collect();
    let spaced = no_quotes.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut t = spaced.as_str();
    loop {
        let before = t.len();
        t = t.trim_matches(|c: char| c.is_whitespace() || is_edge_punct(c));
        if t.get(..5).is_some_and(|head| head.eq_ignore_ascii_case("that ")) {
            t = &t[5..];
        }
        if t.len() == before {
            return t.to_string();
        }
    }
}

/// A claim content of `parts` of `text`, each part [`normalise`]d, joined by a space.
pub fn normalise_parts(text: &str, parts: &[Span]) -> String {
    parts.iter().map(|p| normalise(p.as_str(text))).filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The texts a claim's content may equal to be exact against one gold Content (see the module doc).
#[derive(Debug, Clone, PartialEq)]
pub struct ContentForms {
    /// Normalised stretches; one when the gold is continuous (or closes over empty gaps).
    pub stretches: Vec<String>,
}

impl ContentForms {
    /// The forms of the gold Content `spans` (sorted, non-empty) of `text`.
    pub fn new(text: &str, spans: &[Span]) -> Self {
        let mut groups: Vec<Span> = Vec::new();
        for &s in spans {
            match groups.last_mut() {
                Some(g) if s.start <= g.end || normalise(&text[g.end..s.start]).is_empty() => {
                    g.end = g.end.max(s.end);
                }
                _ => groups.push(s),
            }
        }
        ContentForms { stretches: groups.iter().map(|g| normalise(g.as_str(text))).collect() }
    }

    /// How a claim content (already [`normalise`]d, see [`normalise_parts`]) fares against these
    /// forms: the stretches joined are the whole gold too.
    pub fn judge(&self, claim: &str) -> ContentVerdict {
        if self.stretches.len() > 1 && self.stretches.join(" ") == claim {
            return ContentVerdict::Exact;
        }
        match self.stretches.iter().position(|s| s == claim) {
            None => ContentVerdict::Wrong,
            Some(_) if self.stretches.len() == 1 => ContentVerdict::Exact,
            Some(_) => ContentVerdict::Piece,
        }
    }
}

/// The content verdict of a matched pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentVerdict {
    /// Equal to the whole gold Content.
    Exact,
    /// Equal to one stretch of a gold Content whose stretches are separated by words.
    Piece,
    /// Boundaries differ.
    Wrong,
}

impl ContentVerdict {
    /// The better of two verdicts on one claim.
    pub fn or(self, other: ContentVerdict) -> ContentVerdict {
        match (self, other) {
            (ContentVerdict::Exact, _) | (_, ContentVerdict::Exact) => ContentVerdict::Exact,
            (ContentVerdict::Piece, _) | (_, ContentVerdict::Piece) => ContentVerdict::Piece,
            _ => ContentVerdict::Wrong,
        }
    }

    /// Counted as content exact.
    pub fn ok(self) -> bool {
        self != ContentVerdict::Wrong
    }
}

/// Where a claim's normalised content differs from the closest gold stretch, for the miss report:
/// `(relation, extra or missing text at the start, at the end)`.
pub fn boundary_diff(gold: &ContentForms, claim: &str) -> (&'static str, String, String) {
    let words = |s: &str| {
        s.split(' ').map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string()).collect::<Vec<_>>()
    };
    let cw = words(claim);
    let best = gold
        .stretches
        .iter()
        .map(|g| words(g))
        .max_by_key(|g| g.iter().filter(|w| cw.contains(w)).count())
        .unwrap_or_default();
    let edge = |long: &[String], short: &[String]| -> Option<(String, String)> {
        (0..=long.len().saturating_sub(short.len()))
            .find(|&i| long[i..].starts_with(short))
            .map(|i| (long[..i].join(" "), long[i + short.len()..].join(" ")))
    };
    if let Some((head, tail)) = edge(&cw, &best) {
        ("claim longer", head, tail)
    } else if let Some((head, tail)) = edge(&best, &cw) {
        ("claim shorter", head, tail)
    } else {
        (
            "claim overlaps",
            best.first().cloned().unwrap_or_default(),
            best.last().cloned().unwrap_or_default(),
        )
    }
}

// ---------------------------------------------------------------------------------------------
// Gold kind
// ---------------------------------------------------------------------------------------------

const OPENING: &[char] = &['"', '“', '„', '«', '‘'];
const CLOSING: &[char] = &['"', '”', '»', '’'];
/// Marks that show a quoted stretch inside a content (the single `’` is left out: an apostrophe).
const INNER: &[char] = &['"', '“', '”', '„', '«', '»', '‘'];

/// Index into per-kind tables: direct 0, indirect 1, mixed 2.
pub fn kind_index(kind: ClaimKind) -> usize {
    match kind {
        ClaimKind::Direct => 0,
        ClaimKind::Indirect => 1,
        ClaimKind::Mixed => 2,
        // `ClaimKind` is non-exhaustive: a kind added later is scored with reported speech.
        _ => 1,
    }
}

/// Names of the per-kind table rows.
pub const KIND_NAMES: [&str; 3] = ["direct", "indirect", "mixed"];

/// The kind of a gold Content: direct when every piece is quoted whole, mixed when some quote mark
/// is inside, else indirect.
pub fn gold_kind(text: &str, spans: &[Span]) -> ClaimKind {
    let mut all_direct = true;
    let mut any_mark = false;
    for s in spans {
        let piece = s.as_str(text).trim();
        let before = text[..s.start].chars().next_back();
        let opened_inside = piece.starts_with(OPENING);
        let opened = opened_inside || before.is_some_and(|c| OPENING.contains(&c));
        // A quote opened at the start must not close before the piece's last word.
        let body =
            if opened_inside { &piece[piece.chars().next().map_or(0, char::len_utf8)..] } else { piece };
        let closes_early = body.char_indices().filter(|(_, c)| CLOSING.contains(c)).any(|(i, c)| {
            (c != '’' || !is_apostrophe(body, i)) && body[i..].chars().any(char::is_alphanumeric)
        });
        all_direct &= opened && !closes_early;
        any_mark |= opened || piece.contains(INNER);
    }
    if all_direct {
        ClaimKind::Direct
    } else if any_mark {
        ClaimKind::Mixed
    } else {
        ClaimKind::Indirect
    }
}

/// A `’` between two letters ("don’t") is an apostrophe.
fn is_apostrophe(s: &str, i: usize) -> bool {
    let prev = s[..i].chars().next_back();
    let next = s[i..].chars().nth(1);
    prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

/// Title words and phrases ("president", "foreign minister", "mr."), from the crate's own lexicon:
/// they are stripped from the front of a name ("Russian President Vladimir Putin" → "Vladimir Putin").
static TITLES: std::sync::LazyLock<HashSet<String>> =
    std::sync::LazyLock::new(|| lexicon_words(include_str!("../../data/titles.tsv")));

/// Abbreviations that end in a full stop inside a name ("Jr.", "Gen."), without the stop.
static ABBREVIATIONS: std::sync::LazyLock<HashSet<String>> = std::sync::LazyLock::new(|| {
    include_str!("../../data/abbreviations.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect()
});

/// Common English words (no first names), from the crate's lexicon: capitalised at a sentence start,
/// they are not part of a name.
static COMMON_WORDS: std::sync::LazyLock<HashSet<String>> =
    std::sync::LazyLock::new(|| lexicon_words(include_str!("../../data/common_words.txt")));

/// Closed-class words ("the", "but", "in"), stripped from the front of a capitalised run.
static FUNCTION_WORDS: std::sync::LazyLock<HashSet<String>> = std::sync::LazyLock::new(|| {
    let mut set = lexicon_words(include_str!("../../data/function_words.tsv"));
    set.extend(lexicon_words(include_str!("../../data/sentence_openers.txt")));
    set
});

/// Function words of the given classes (`function_words.tsv`, column 2).
fn function_words_of(classes: &[&str]) -> HashSet<String> {
    include_str!("../../data/function_words.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .filter(|(_, class)| classes.contains(&class.trim()))
        .map(|(w, _)| w.to_string())
        .collect()
}

/// Prepositions and conjunctions ("for", "to", "and"): a name after one is not the head.
static LINKING_WORDS: std::sync::LazyLock<HashSet<String>> =
    std::sync::LazyLock::new(|| function_words_of(&["prep", "conj", "subord"]));

/// Determiners and possessives ("the", "his"), skipped when looking for a linking word.
static DETERMINERS: std::sync::LazyLock<HashSet<String>> =
    std::sync::LazyLock::new(|| function_words_of(&["det", "poss"]));

fn lexicon_words(data: &str) -> HashSet<String> {
    data.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Lower-case words that may join capitalised words inside one name ("Committee to Protect
/// Journalists", "Council of Europe", "Charles de Gaulle"). "and" is left out: "Bill and Hillary
/// Clinton" is two people.
const CONNECTORS: &[&str] = &[
    "of", "for", "to", "the", "on", "de", "du", "da", "del", "della", "di", "van", "von", "der", "den", "al",
    "bin", "ibn", "la", "le",
];

const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "i", "we", "you", "his", "her", "their", "him", "them", "us", "me", "this",
    "that", "who", "which", "its", "our", "my", "your",
];

/// One word of a text for name finding: its core (edge punctuation and a possessive stripped),
/// whether a name may run across its left or right edge, and whether it opens a sentence.
#[derive(Debug, Clone)]
struct Word<'a> {
    core: &'a str,
    open_left: bool,
    open_right: bool,
    sentence_start: bool,
}

impl Word<'_> {
    /// A capitalised word that is not a capitalised function word ("And", "The" in a headline).
    fn capitalised(&self) -> bool {
        if FUNCTION_WORDS.contains(&self.core.to_lowercase()) {
            return false;
        }
        let upper_after_hyphen = self
            .core
            .split_once('-')
            .is_some_and(|(_, rest)| rest.chars().next().is_some_and(char::is_uppercase));
        self.core.chars().next().is_some_and(char::is_uppercase) || upper_after_hyphen
    }

    fn connector(&self) -> bool {
        CONNECTORS.contains(&self.core)
    }
}

/// Words of `text`, line by line, skipping title-case lines if asked (headlines: "Donald Trump Calls
/// Out Ted Cruz" would make a name). A line break, an opening mark, closing punctuation, a sentence stop or
/// a possessive ends a run ("Smith, who", "Smith. Jones", "Clinton's Jeff Weaver").
fn words(text: &str, skip_headlines: bool) -> Vec<Word<'_>> {
    let mut out: Vec<Word<'_>> = Vec::new();
    for line in text.lines().filter(|l| !(skip_headlines && is_title_case_line(l))) {
        let mut sentence_start = true;
        let mut open_left = false;
        for chunk in line.split_whitespace() {
            let core = chunk.trim_start_matches(|c: char| !c.is_alphanumeric());
            open_left &= core.len() == chunk.len();
            let mut word = core.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
            let mut open_right = word.len() == core.len();
            let mut stop = core[word.len()..].contains(['.', '?', '!']);
            if word.ends_with('.') {
                let stem = word.trim_end_matches('.');
                let single_dot = stem.len() + 1 == word.len();
                let lower = stem.to_lowercase();
                let abbreviation = single_dot
                    && (stem.chars().count() == 1
                        || stem.contains('.')
                        || TITLES.contains(&format!("{lower}."))
                        || ABBREVIATIONS.contains(&lower));
                if !abbreviation {
                    word = stem;
                    open_right = false;
                    stop = true;
                }
            }
            for possessive in ["'s", "’s", "'", "’"] {
                if let Some(stem) = word.strip_suffix(possessive) {
                    word = stem;
                    open_right = false;
                }
            }
            if word.is_empty() {
                if let Some(last) = out.last_mut() {
                    last.open_right = false;
                }
            } else {
                out.push(Word { core: word, open_left, open_right, sentence_start });
            }
            sentence_start = stop;
            open_left = open_right;
        }
    }
    out
}

/// A line of four or more content words, nine in ten of them capitalised (the corpus gives headlines
/// a full stop, so a stop does not tell; "Smith, Jones and Brown said." has a lower-case verb).
fn is_title_case_line(line: &str) -> bool {
    let content: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .filter(|w| {
            !FUNCTION_WORDS.contains(&w.to_lowercase()) && !CONNECTORS.contains(&w.to_lowercase().as_str())
        })
        .collect();
    let capitalised = content.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    content.len() >= 4 && capitalised * 10 >= content.len() * 9
}

/// A capitalised run ending at word `end` of `ws`, extended to the left over capitalised words and
/// inner connectors, then stripped of leading titles and function words. `None` when nothing is left.
fn name_ending_at(ws: &[Word<'_>], end: usize) -> Option<Vec<String>> {
    strip_name(ws, run_start(ws, end), end)
}

/// Where the capitalised run ending at word `end` starts (capitalised words and inner connectors).
fn run_start(ws: &[Word<'_>], end: usize) -> usize {
    let joined = |a: &Word<'_>, b: &Word<'_>| a.open_right && b.open_left;
    let mut start = end;
    loop {
        if start >= 1 && joined(&ws[start - 1], &ws[start]) && ws[start - 1].capitalised() {
            start -= 1;
        } else if start >= 2
            && ws[start - 1].connector()
            && joined(&ws[start - 1], &ws[start])
            && joined(&ws[start - 2], &ws[start - 1])
            && ws[start - 2].capitalised()
        {
            start -= 2;
        } else {
            return start;
        }
    }
}

/// The name in the run `start..=end`: leading titles, function words and a sentence-opening common
/// word stripped; `None` when nothing is left.
fn strip_name(ws: &[Word<'_>], start: usize, end: usize) -> Option<Vec<String>> {
    let run: Vec<String> = ws[start..=end].iter().map(|w| w.core.to_string()).collect();
    let lower: Vec<String> = run.iter().map(|w| w.to_lowercase()).collect();
    // After the last title phrase (up to four words), if a name remains.
    let is_title = |from: usize, to: usize| {
        let phrase = lower[from..=to].join(" ");
        TITLES.contains(&phrase)
            || (from == to && phrase.rsplit_once('-').is_some_and(|(_, last)| TITLES.contains(last)))
    };
    let mut from = 0;
    for to in 0..run.len() - 1 {
        if (to.saturating_sub(3)..=to).any(|f| is_title(f, to)) {
            from = to + 1;
        }
    }
    // Then leading function words, and a common word that only opens the sentence ("Aides to Clinton").
    while from < run.len()
        && (FUNCTION_WORDS.contains(&lower[from])
            || CONNECTORS.contains(&lower[from].as_str())
            || (from + 1 < run.len()
                && ws[start + from].sentence_start
                && COMMON_WORDS.contains(&lower[from])))
    {
        from += 1;
    }
    (from < run.len()).then(|| run[from..].to_vec())
}

/// What a gold Source is, for the speaker-exact rule.
#[derive(Debug, Clone, PartialEq)]
pub enum SourceClass {
    /// No Source annotated: the claim must have no speaker.
    Absent,
    /// A pronoun ("he", "who"): scored by mention overlap.
    Pronoun,
    /// A description naming no one ("the campaign", "Clinton's aides"): scored by mention overlap.
    Description,
    /// A name: its last word (the key) and its name words (titles and function words stripped).
    Name { key: String, words: Vec<String> },
}

/// Capitalised nouns of a party member, which end a description ("the Wisconsin Republican").
const PARTY_MEMBERS: &[&str] = &["democrat", "republican"];

/// The head of a Source text: before a comma, a relative pronoun, a parenthesis or a dash.
fn source_head(source: &str) -> &str {
    let cut = [",", " who ", " which ", " (", " —", " –", " - ", ";"]
        .iter()
        .filter_map(|d| source.find(d))
        .min()
        .unwrap_or(source.len());
    source[..cut].trim()
}

/// Classify the gold Source `spans` of `text`.
pub fn source_class(text: &str, spans: &[Span]) -> SourceClass {
    if spans.is_empty() {
        return SourceClass::Absent;
    }
    let joined = spans.iter().map(|s| s.as_str(text)).collect::<Vec<_>>().join(" ");
    let head = source_head(&joined);
    if PRONOUNS.contains(&head.to_lowercase().as_str()) {
        return SourceClass::Pronoun;
    }
    let ws = words(head, false);
    let Some(last) = ws.last().filter(|w| w.capitalised() && w.open_right) else {
        return SourceClass::Description;
    };
    // ("The Wisconsin Republican", "the New York Democrat": a party member is described, not
    // named; whoever the crate resolves it to is judged by mention overlap.)
    if PARTY_MEMBERS.contains(&last.core.to_lowercase().as_str()) {
        return SourceClass::Description;
    }
    let end = ws.len() - 1;
    let start = run_start(&ws, end);
    // A name inside a description ("a spokeswoman for Janney", "close to the Clintons") names
    // someone else: the word before it, past determiners, links it to a head noun.
    let linked = ws[..start]
        .iter()
        .rev()
        .map(|w| w.core.to_lowercase())
        .find(|w| !DETERMINERS.contains(w))
        .is_some_and(|w| LINKING_WORDS.contains(&w));
    match strip_name(&ws, start, end) {
        Some(words) if !linked => SourceClass::Name { key: last.core.to_string(), words },
        _ => SourceClass::Description,
    }
}

/// Fullest names of one document, found on demand by their last word.
pub struct DocNames<'a> {
    words: Vec<Word<'a>>,
    by_key: HashMap<String, Vec<Vec<String>>>,
}

impl<'a> DocNames<'a> {
    /// Index `text` (nothing is computed until [`DocNames::targets`] asks).
    pub fn new(text: &'a str) -> Self {
        DocNames { words: words(text, true), by_key: HashMap::new() }
    }

    /// The fullest names for a gold Source of class [`SourceClass::Name`]: every name of the document
    /// that ends with `key` and contains the gold's name words in order, keeping only those not
    /// contained (as a word subsequence) in a longer one. The gold's own name is always a candidate.
    pub fn targets(&mut self, key: &str, gold_words: &[String]) -> Vec<String> {
        let all = self.by_key.entry(key.to_string()).or_insert_with(|| {
            let mut found: Vec<Vec<String>> = Vec::new();
            for (i, w) in self.words.iter().enumerate() {
                if w.core == key {
                    if let Some(name) = name_ending_at(&self.words, i) {
                        if !found.contains(&name) {
                            found.push(name);
                        }
                    }
                }
            }
            found
        });
        let own = gold_words.to_vec();
        let mut pool: Vec<Vec<String>> =
            all.iter().filter(|n| is_subsequence(gold_words, n)).cloned().collect();
        if !pool.contains(&own) {
            pool.push(own);
        }
        pool.iter()
            .filter(|n| !pool.iter().any(|m| m.len() > n.len() && is_subsequence(n, m)))
            .map(|n| n.join(" "))
            .collect()
    }
}

/// `needle`'s words appear in `hay` in order.
fn is_subsequence(needle: &[String], hay: &[String]) -> bool {
    let mut it = hay.iter();
    needle.iter().all(|w| it.any(|h| h == w))
}

/// The names a claim gives its speaker: the canonical speaker name, or for an outlet-only claim the
/// outlet's canonical name and its written form ("Associated Press", "AP").
pub fn claim_names(claim: &Claim) -> Vec<&str> {
    match (&claim.speaker, &claim.source) {
        (Some(sp), _) => vec![sp.name.as_str()],
        (None, Some(src)) => vec![src.name.as_str(), src.text.as_str()],
        (None, None) => Vec::new(),
    }
}

/// `name` equals `target` or contains it as whole words (apostrophes compared alike).
pub fn names_match(name: &str, target: &str) -> bool {
    let (name, target) = (name.replace('’', "'"), target.replace('’', "'"));
    name.match_indices(&target).any(|(i, _)| {
        let before = name[..i].chars().next_back();
        let after = name[i + target.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The span of the first occurrence of `needle` in `text` (tests write spans by their text).
#[cfg(test)]
pub fn span_of(text: &str, needle: &str) -> Span {
    let i = text.find(needle).unwrap_or_else(|| panic!("{needle:?} is not in {text:?}"));
    Span::new(i, i + needle.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quotation_over_paragraphs_is_exact_as_its_joined_text() {
        // Gold: "“We waited six years.\n\n“We will not wait,”"; the claim's parts are each
        // paragraph's words, its text their join.
        let text = "“We waited six years.\n\n“We will not wait,” she said.";
        let forms = ContentForms::new(text, &[span_of(text, "We waited six years.\n\n“We will not wait,")]);
        let parts = [span_of(text, "We waited six years."), span_of(text, "We will not wait,")];
        assert_eq!(forms.judge(&normalise_parts(text, &parts)), ContentVerdict::Wrong);
        let joined = forms.judge(&normalise("We waited six years. We will not wait,"));
        assert_eq!(ContentVerdict::Wrong.or(joined), ContentVerdict::Exact);
    }

    #[test]
    fn normalise_drops_quote_marks_edge_punctuation_and_a_leading_that() {
        assert_eq!(normalise("“We will win,”"), "We will win");
        assert_eq!(normalise("that  the\ntalks had failed."), "the talks had failed");
        assert_eq!(normalise(", that “it” was."), "it was");
        assert_eq!(normalise("Thatcher was right"), "Thatcher was right");
        assert_eq!(normalise("Papá said — "), "Papá said");
        assert_eq!(normalise("“”"), "");
    }

    #[test]
    fn split_gold_content_accepts_one_stretch_only_across_words() {
        let text = "“We will win,” Smith said, “and soon.” “Then rest.”";
        let piece = |s: &str| span_of(text, s);
        let forms =
            ContentForms::new(text, &[piece("We will win,"), piece("and soon."), piece("Then rest.")]);
        // "and soon." and "Then rest." are separated only by quote marks: one stretch.
        assert_eq!(forms.stretches, ["We will win", "and soon. Then rest"]);
        assert_eq!(forms.judge("We will win"), ContentVerdict::Piece);
        assert_eq!(forms.judge("and soon. Then rest"), ContentVerdict::Piece);
        assert_eq!(forms.judge("and soon"), ContentVerdict::Wrong);
        // A claim in parts equals the whole: its parts normalised and joined.
        let rest = Span::new(piece("and soon.").start, piece("Then rest.").end);
        let claim = normalise_parts(text, &[piece("We will win,"), rest]);
        assert_eq!(forms.judge(&claim), ContentVerdict::Exact);
        let whole = ContentForms::new(text, &[piece("and soon.")]);
        assert_eq!(whole.judge(&normalise("and soon.”")), ContentVerdict::Exact);
    }

    #[test]
    fn boundary_diff_names_the_extra_words() {
        let gold = ContentForms { stretches: vec!["Rates will rise".into()] };
        assert_eq!(
            boundary_diff(&gold, "Rates will rise, the"),
            ("claim longer", String::new(), "the".into())
        );
        assert_eq!(boundary_diff(&gold, "will rise"), ("claim shorter", "Rates".into(), String::new()));
    }

    #[test]
    fn gold_kind_from_quote_marks_in_or_around_the_span() {
        let kind = |text: &str, content: &str| gold_kind(text, &[span_of(text, content)]);
        assert_eq!(kind("“We will win,” she said.", "We will win,"), ClaimKind::Direct);
        assert_eq!(kind("She said: “We will win.”", "“We will win.”"), ClaimKind::Direct);
        assert_eq!(kind("She said the plan was “dead” now.", "the plan was “dead” now"), ClaimKind::Mixed);
        assert_eq!(kind("She said “dead” was the word.", "“dead” was the word"), ClaimKind::Mixed);
        assert_eq!(kind("She said the party’s plan failed.", "the party’s plan failed"), ClaimKind::Indirect);
        assert_eq!(kind("“It’s over,” he said.", "It’s over,"), ClaimKind::Direct);
    }

    #[test]
    fn source_classes() {
        let class = |s: &str| source_class(s, &[Span::new(0, s.len())]);
        assert_eq!(class("he"), SourceClass::Pronoun);
        assert_eq!(class("the campaign"), SourceClass::Description);
        assert_eq!(class("Clinton's campaign"), SourceClass::Description);
        assert_eq!(class("a spokeswoman for Janney"), SourceClass::Description);
        assert_eq!(class("a person close to the Clintons"), SourceClass::Description);
        assert_eq!(class("The Wisconsin Republican"), SourceClass::Description);
        let name = |key: &str, words: &[&str]| SourceClass::Name {
            key: key.into(),
            words: words.iter().map(|w| w.to_string()).collect(),
        };
        assert_eq!(
            class("Chrystia Freeland, Minister of Finance,"),
            name("Freeland", &["Chrystia", "Freeland"])
        );
        assert_eq!(
            class("the Committee to Protect Journalists"),
            name("Journalists", &["Committee", "to", "Protect", "Journalists"])
        );
        assert_eq!(class("Russian President Vladimir Putin"), name("Putin", &["Vladimir", "Putin"]));
        assert_eq!(class("Mrs. Clinton"), name("Clinton", &["Clinton"]));
        assert_eq!(class("Sen. Ted Cruz (R-Texas)"), name("Cruz", &["Ted", "Cruz"]));
        assert_eq!(class("actress America Ferrera"), name("Ferrera", &["America", "Ferrera"]));
    }

    #[test]
    fn fullest_names_of_the_document() {
        let text = "Donald Trump Calls Out Ted Cruz On Taxes\n\n\
                    Russian President Vladimir Putin spoke first. Later Putin said it was over. \
                    Mrs. Clinton agreed, and Hillary Clinton and Bill Clinton left. \
                    Aides to Clinton said little. Ted Cruz spoke. \
                    The Committee to Protect Journalists said so; the Committee's director agreed.";
        let mut names = DocNames::new(text);
        let w = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert_eq!(names.targets("Putin", &w("Putin")), ["Vladimir Putin"]);
        assert_eq!(names.targets("Clinton", &w("Clinton")), ["Hillary Clinton", "Bill Clinton"]);
        assert_eq!(names.targets("Clinton", &w("Hillary Clinton")), ["Hillary Clinton"]);
        // The headline's "Donald Trump Calls Out Ted Cruz" is not a name.
        assert_eq!(names.targets("Cruz", &w("Cruz")), ["Ted Cruz"]);
        assert_eq!(names.targets("Journalists", &w("Journalists")), ["Committee to Protect Journalists"]);
    }

    #[test]
    fn names_match_whole_words() {
        assert!(names_match("Clinton Communications Director Jennifer Palmieri", "Jennifer Palmieri"));
        assert!(names_match("Martin O’Malley", "Martin O'Malley"));
        assert!(!names_match("Ted Cruzado", "Ted Cruz"));
        assert!(!names_match("Mrs.", "Hillary Clinton"));
    }
}
