//! The embedded recognizer's view of a document's tokens: what the lexicons say about each token,
//! looked up once. Chunking and classifying ask about the same capitalised words many times (a
//! function word? a title? a cue? a place? an organisation's last word?); each question used to
//! be a hash lookup of its own, the case-blind ones lowering the word each time.

use std::cell::Cell;

use crate::lexicon::{lower, written_class, Gender, Lexicons, Name, TitleClass, WordClass};
use crate::text::{Document, TokenKind};
use crate::Span;

/// What the lexicons say about one token (small: a document holds one per token).
#[derive(Debug, Clone, Copy)]
struct Facts {
    /// [`Lexicons::title`] of the word.
    title: Option<(TitleClass, Gender)>,
    /// [`Lexicons::cue`] knows the word.
    cue: bool,
    /// Some title of several words starts with the word (`Lexeme::title_head`).
    title_head: bool,
    /// [`Lexicons::word_class`] of the word as written ("US" and "Shook" have none).
    class: Option<WordClass>,
    /// [`Lexicons::word_class`] of the word in lower case ("us", "shook").
    lower_class: Option<WordClass>,
    /// The case-sensitive lookup: place, outlet, organisation, name-ending word.
    name: Name,
    /// Some listed organisation's name starts with the word in lower case.
    org_first: bool,
}

impl Facts {
    fn of(lex: &Lexicons, word: &str) -> Facts {
        let found = lex.folded(word);
        // For an ASCII word the lower-case form's lookup is the same lookup, and no capital is
        // left in it to unmake a verb; otherwise ask again ("Élysée" is folded as written).
        let (lower_class, org_first) = if word.is_ascii() {
            (found.and_then(|l| l.class), found.is_some_and(|l| l.org_first))
        } else {
            let lower = lower(word);
            (lex.word_class(&lower), lex.org_first_word(&lower).is_some())
        };
        Facts {
            title: found.and_then(|l| l.title_as_written(word)),
            cue: found.is_some_and(|l| l.cue.is_some()),
            title_head: found.is_some_and(|l| l.title_head),
            class: written_class(word, found),
            lower_class,
            // (Most capitalised words are people's names, which no lexicon lists.)
            name: if found.is_some_and(|l| l.name_fold) {
                capitals_place(lex, word)
            } else {
                Name::default()
            },
            org_first,
        }
    }
}

/// What the case-sensitive lexicons know about `word`; a place in capitals is the place written in
/// title case ("SINGAPORE, April 22 (Reuters) -", "PARIS (AP) —"; only the place, and not two
/// letters: "US").
fn capitals_place(lex: &Lexicons, word: &str) -> Name {
    let name = lex.name(word);
    if name.place.is_some() || word.len() < 3 || !word.bytes().all(|b| b.is_ascii_uppercase()) {
        return name;
    }
    let title: String =
        word.chars().take(1).chain(word[1..].chars().map(|c| c.to_ascii_lowercase())).collect();
    Name { place: lex.name(&title).place, ..name }
}

/// A document's tokens with their lexicon facts, each looked up on first use.
pub(super) struct Words<'a, 't> {
    pub doc: &'a Document<'t>,
    pub lex: &'a Lexicons,
    facts: Vec<Cell<Option<Facts>>>,
    /// A buffer for keys built from several words, reused from call to call.
    scratch: Cell<String>,
}

impl<'a, 't> Words<'a, 't> {
    pub(super) fn new(doc: &'a Document<'t>, lex: &'a Lexicons) -> Self {
        Words { doc, lex, facts: vec![Cell::new(None); doc.tokens().len()], scratch: Cell::default() }
    }

    #[inline]
    fn facts(&self, i: usize) -> Facts {
        let Some(slot) = self.facts.get(i) else {
            return Facts::of(self.lex, "");
        };
        slot.get().unwrap_or_else(|| {
            let f = Facts::of(self.lex, self.text(i));
            slot.set(Some(f));
            f
        })
    }

    /// The text of token `i` (`""` out of range).
    #[inline]
    pub(super) fn text(&self, i: usize) -> &'t str {
        self.doc.token_text(i)
    }

    /// Whether token `i` starts with a capital (`false` out of range). Most tokens start with an
    /// ASCII byte, which answers without slicing the text or decoding a character.
    #[inline]
    pub(super) fn capitalised(&self, i: usize) -> bool {
        let Some(span) = self.doc.tokens().get(i).map(|t| t.span) else {
            return false;
        };
        match self.doc.text().as_bytes().get(span.start) {
            Some(b) if b.is_ascii() => span.end > span.start && b.is_ascii_uppercase(),
            _ => self.text(i).starts_with(char::is_uppercase),
        }
    }

    #[inline]
    pub(super) fn kind(&self, i: usize) -> TokenKind {
        self.doc.tokens()[i].kind
    }

    /// Whether token `i` starts where token `i - 1` ends.
    #[inline]
    pub(super) fn glued(&self, i: usize) -> bool {
        self.doc.touches(i - 1, i)
    }

    /// The span from the start of token `a` to the end of token `b - 1`.
    pub(super) fn span(&self, a: usize, b: usize) -> Span {
        let toks = self.doc.tokens();
        Span::new(toks[a].span.start, toks[b - 1].span.end)
    }

    /// [`Lexicons::title`] of token `i`.
    #[inline]
    pub(super) fn title(&self, i: usize) -> Option<(TitleClass, Gender)> {
        self.facts(i).title
    }

    /// Whether a title of several tokens may start at token `i`: not when its word is ASCII (so it
    /// folds alone as inside the phrase) and starts no title phrase.
    pub(super) fn may_start_title(&self, i: usize) -> bool {
        self.facts(i).title_head || !self.text(i).is_ascii()
    }

    /// Whether [`Lexicons::cue`] knows token `i`.
    #[inline]
    pub(super) fn cue(&self, i: usize) -> bool {
        self.facts(i).cue
    }

    /// [`Lexicons::word_class`] of token `i` as written.
    #[inline]
    pub(super) fn class(&self, i: usize) -> Option<WordClass> {
        self.facts(i).class
    }

    /// [`Lexicons::word_class`] of token `i` in lower case.
    #[inline]
    pub(super) fn lower_class(&self, i: usize) -> Option<WordClass> {
        self.facts(i).lower_class
    }

    /// What the case-sensitive lexicons know about token `i`.
    #[inline]
    pub(super) fn name(&self, i: usize) -> Name {
        self.facts(i).name
    }

    /// Whether some listed organisation's name starts with token `i` in lower case, and the most
    /// words any name has ([`Lexicons::org_first_word`]).
    pub(super) fn org_first(&self, i: usize) -> Option<usize> {
        self.facts(i).org_first.then(|| self.lex.org_max_words())
    }

    /// Run `f` on a cleared reusable buffer.
    pub(super) fn with_scratch<R>(&self, f: impl FnOnce(&mut String) -> R) -> R {
        let mut buf = self.scratch.take();
        buf.clear();
        let r = f(&mut buf);
        self.scratch.set(buf);
        r
    }
}
