//! Aho–Corasick automata over the lexicons' phrases, and the word-boundary checks on their hits.

use aho_corasick::automaton::Automaton as _;
use aho_corasick::{dfa, AhoCorasick, AhoCorasickBuilder, Anchored, MatchKind};

use crate::Error;

/// How an automaton compares letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// As written: "AP" is not "ap".
    Sensitive,
    /// ASCII letters in any case: "Said" finds "said".
    AsciiInsensitive,
}

/// A leftmost-longest automaton over a lexicon's phrases. Its hits are `(start, end, pattern)`.
///
/// It is a DFA (about 5x the search speed of the default contiguous NFA on the cue forms, 468 vs
/// 92 MB/s, for a few ms more build time once per process) walked by [`Phrases::dfa_find`]: the
/// crate's own search loop spends about 18 instructions a byte on it, this one 13, and every
/// document is walked twice (cues and outlets). When a DFA would be too large (huge
/// user-added lexicons), or a pattern is empty, the crate's default kind and search serve.
#[derive(Debug, Clone)]
pub(crate) enum Phrases {
    // (Boxed: a DFA is some 400 bytes, the crate's searcher a pointer.)
    Dfa(Box<dfa::DFA>),
    Other(AhoCorasick),
}

impl Phrases {
    /// Every leftmost-longest, non-overlapping hit in `text`, as `(start, end, pattern)`.
    pub(crate) fn find_iter<'a>(&'a self, text: &'a str) -> Hits<'a> {
        match self {
            Phrases::Dfa(d) => Hits::Dfa { d, hay: text.as_bytes(), at: 0 },
            Phrases::Other(ac) => Hits::Other(ac.find_iter(text)),
        }
    }

    /// The leftmost-longest hit in `hay` starting at or after `from`: the loop of the crate's
    /// `try_find_fwd` for an unanchored DFA without prefilter (so that only dead and match
    /// states are special), the match found last kept until the walk dies. No pattern is empty,
    /// so neither the start state matches nor does a hit stop where it starts.
    fn dfa_find(d: &dfa::DFA, hay: &[u8], from: usize) -> Option<(usize, usize, usize)> {
        let mut sid = d.start_state(Anchored::No).ok()?;
        let mut found = None;
        // (The position is worked out only at a match.)
        let mut bytes = hay.get(from..)?.iter();
        while let Some(&byte) = bytes.next() {
            sid = d.next_state(Anchored::No, sid, byte);
            if d.is_special(sid) {
                if d.is_dead(sid) {
                    break;
                }
                if d.is_match(sid) {
                    let end = hay.len() - bytes.len();
                    let pattern = d.match_pattern(sid, 0);
                    found = Some((end - d.pattern_len(pattern), end, pattern.as_usize()));
                }
            }
        }
        found
    }
}

/// The hits of [`Phrases::find_iter`].
pub(crate) enum Hits<'a> {
    Dfa { d: &'a dfa::DFA, hay: &'a [u8], at: usize },
    Other(aho_corasick::FindIter<'a, 'a>),
}

impl Iterator for Hits<'_> {
    type Item = (usize, usize, usize);

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Hits::Dfa { d, hay, at } => {
                let hit = Phrases::dfa_find(d, hay, *at)?;
                *at = hit.1;
                Some(hit)
            }
            Hits::Other(it) => it.next().map(|m| (m.start(), m.end(), m.pattern().as_usize())),
        }
    }
}

/// A leftmost-longest automaton over `patterns` of lexicon `lexicon` (see [`Phrases`]).
pub(crate) fn automaton<I, P>(lexicon: &'static str, patterns: I, case: Case) -> Result<Phrases, Error>
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    let patterns: Vec<P> = patterns.into_iter().collect();
    let insensitive = case == Case::AsciiInsensitive;
    if patterns.iter().all(|p| !p.as_ref().is_empty()) {
        let built = dfa::DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(insensitive)
            // (A prefilter makes the start state special; the walk above uses none.)
            .prefilter(false)
            .build(&patterns);
        if let Ok(d) = built {
            return Ok(Phrases::Dfa(Box::new(d)));
        }
    }
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(insensitive)
        .build(&patterns)
        .map(Phrases::Other)
        .map_err(|e| Error::Lexicon {
            lexicon,
            line: 0,
            reason: format!("too many or too long entries for one automaton ({e}); add fewer entries"),
        })
}

/// The longest `start..e` inside a match that failed the word-boundary test, ending before a space
/// and accepted by `known`.
pub(crate) fn shorter_on_boundary(
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
    fn word_boundaries() {
        assert!(on_word_boundaries("a said b", 2, 6));
        assert!(!on_word_boundaries("unsaid", 2, 6));
        // "called For|d's": the shorter "called" ends on a boundary.
        let text = "called Ford's move";
        assert_eq!(shorter_on_boundary(text, 0, 10, |s| s == "called"), Some((0, 6)));
    }

    #[test]
    fn dfa_walk_agrees_with_the_crate_search() {
        let patterns =
            ["said", "say", "says", "ruled out", "rule", "ruled", "called", "call for", "AP", "the Post"];
        let text = "He SAID, says: ruled outward, Called Ford's; call form AP the Post saysaid ap rul";
        for case in [Case::Sensitive, Case::AsciiInsensitive] {
            let ours: Vec<_> = match automaton("test", patterns, case) {
                Ok(a @ Phrases::Dfa(_)) => a.find_iter(text).collect(),
                _ => panic!("no DFA"),
            };
            let crate_search = AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(case == Case::AsciiInsensitive)
                .build(patterns)
                .map(|ac| ac.find_iter(text).map(|m| (m.start(), m.end(), m.pattern().as_usize())).collect());
            assert_eq!(crate_search.ok(), Some(ours), "{case:?}");
        }
    }

    #[test]
    fn case_of_an_automaton() {
        let sensitive = automaton("test", ["AP"], Case::Sensitive).map(|a| a.find_iter("ap AP").next());
        assert!(matches!(sensitive, Ok(Some((3, 5, 0)))));
        let folded =
            automaton("test", ["said"], Case::AsciiInsensitive).map(|a| a.find_iter("He SAID").count());
        assert!(matches!(folded, Ok(1)));
    }
}
