//! Stage 1: text → paragraphs, sentences and word tokens, all as byte spans into the input; and
//! which paragraphs are page furniture (`furniture.rs`: "Advertisement", "Photo: …").
//!
//! Nothing is normalised: the [`Document`] borrows the caller's `&str` and every later stage
//! works on spans of it.

mod furniture;
pub(crate) mod html;
mod lower;
mod sentences;
mod tokens;

pub use furniture::furniture;
pub use sentences::Sentence;
pub(crate) use tokens::case;
pub use tokens::{is_punctuation, tokenize, Token, TokenKind};

use crate::Span;

/// A segmented document: tokens, sentences and paragraphs over the caller's text.
///
/// ```
/// let doc = claimex::text::Document::new("Mr. Smith spoke. He left.\n\nNew paragraph.");
/// assert_eq!(doc.sentences().len(), 3);
/// assert_eq!(doc.paragraphs().len(), 2);
/// assert_eq!(doc.sentence_text(1), "He left.");
/// ```
#[derive(Debug, Clone)]
pub struct Document<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    /// Each token's text: the rules ask for it again and again, and slicing the input checks
    /// char boundaries each time.
    words: Vec<&'t str>,
    /// Each token's [`case`] bits.
    cases: Vec<u8>,
    /// Each token's lower-case form.
    lower: lower::LowerForms,
    sentences: Vec<Sentence>,
    paragraphs: Vec<Span>,
    /// For each [`BLOCK`] bytes of text, how many tokens start before the block: the rules ask
    /// [`token_index_at`](Self::token_index_at) tens of thousands of times a document, and a
    /// search inside one block is a few steps where one over all tokens was a dozen or more.
    token_blocks: Vec<u32>,
}

/// Bytes of text per entry of `Document::token_blocks` (some six tokens of news text).
const BLOCK: usize = 32;

/// `token_blocks` of `tokens` over a text of `len` bytes: entry `k` counts the tokens starting
/// before byte `k * BLOCK`, for every block start up to and including the first one past `len`.
fn token_blocks(tokens: &[Token], len: usize) -> Vec<u32> {
    let mut blocks = Vec::with_capacity(len / BLOCK + 2);
    let mut t = 0;
    for k in 0..len / BLOCK + 2 {
        while t < tokens.len() && tokens[t].span.start < k * BLOCK {
            t += 1;
        }
        // (A text has fewer tokens than bytes, and `max_input_bytes` keeps it far below 4 GiB.)
        blocks.push(t as u32);
    }
    blocks
}

impl<'t> Document<'t> {
    /// Tokenize and segment `text`.
    ///
    /// ```
    /// let doc = claimex::text::Document::new("");
    /// assert!(doc.sentences().is_empty());
    /// ```
    pub fn new(text: &'t str) -> Self {
        let (tokens, cases) = tokens::tokenize_cased(text);
        let words: Vec<&str> = tokens.iter().map(|t| t.span.as_str(text)).collect();
        let lower = lower::LowerForms::new(&words, &cases);
        let lower_of =
            |i: usize| lower.get(i, words.get(i).copied().unwrap_or(""), cases.get(i).copied().unwrap_or(0));
        let (sentences, paragraphs) = sentences::segment(text, &tokens, &cases, &lower_of);
        let token_blocks = token_blocks(&tokens, text.len());
        Document { text, tokens, words, cases, lower, sentences, paragraphs, token_blocks }
    }

    /// The input text.
    ///
    /// ```
    /// assert_eq!(claimex::text::Document::new("Hi.").text(), "Hi.");
    /// ```
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// All tokens in order.
    ///
    /// ```
    /// assert_eq!(claimex::text::Document::new("Hi there.").tokens().len(), 3);
    /// ```
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// All sentences in order.
    ///
    /// ```
    /// assert_eq!(claimex::text::Document::new("One. Two.").sentences().len(), 2);
    /// ```
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// Paragraph spans in order.
    ///
    /// ```
    /// assert_eq!(claimex::text::Document::new("A.\n\nB.").paragraphs().len(), 2);
    /// ```
    pub fn paragraphs(&self) -> &[Span] {
        &self.paragraphs
    }

    /// The text of token `i` (`""` if out of range).
    ///
    /// ```
    /// assert_eq!(claimex::text::Document::new("Hi there.").token_text(1), "there");
    /// ```
    pub fn token_text(&self, i: usize) -> &'t str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// Whether token `a` ends where token `b` starts: nothing between them ("’s", "AT&T",
    /// "man-made"); false when either is no token of the document.
    #[inline]
    pub(crate) fn touches(&self, a: usize, b: usize) -> bool {
        matches!((self.tokens.get(a), self.tokens.get(b)), (Some(x), Some(y)) if x.span.end == y.span.start)
    }

    /// The [`case`] bits of token `i` (0 if out of range).
    pub(crate) fn token_case(&self, i: usize) -> u8 {
        self.cases.get(i).copied().unwrap_or(0)
    }

    /// The lower-case form of token `i` (`""` if out of range): `str::to_lowercase` of its text,
    /// made once.
    pub(crate) fn token_lower(&self, i: usize) -> &str {
        self.lower.get(i, self.token_text(i), self.token_case(i))
    }

    /// The text of sentence `i` (`""` if out of range).
    ///
    /// ```
    /// assert_eq!(claimex::text::Document::new("One. Two.").sentence_text(1), "Two.");
    /// ```
    pub fn sentence_text(&self, i: usize) -> &'t str {
        self.sentences.get(i).map_or("", |s| s.span.as_str(self.text))
    }

    /// Index of the sentence holding byte `offset` (or the last sentence starting before it).
    ///
    /// ```
    /// let doc = claimex::text::Document::new("One. Two.");
    /// assert_eq!(doc.sentence_at(5), 1);
    /// ```
    pub fn sentence_at(&self, offset: usize) -> usize {
        self.sentences.partition_point(|s| s.span.start <= offset).saturating_sub(1)
    }

    /// Index of the first token starting at or after byte `offset`.
    ///
    /// ```
    /// let doc = claimex::text::Document::new("A. B.");
    /// assert_eq!(doc.token_index_at(3), 2);
    /// ```
    pub fn token_index_at(&self, offset: usize) -> usize {
        // (The answer lies between the counts before `offset`'s block and before the next one;
        // past the last block, every token starts before `offset`.)
        let k = offset / BLOCK;
        let (Some(&lo), Some(&hi)) = (self.token_blocks.get(k), self.token_blocks.get(k + 1)) else {
            return self.tokens.len();
        };
        let (lo, hi) = (lo as usize, hi as usize);
        lo + self.tokens.get(lo..hi).map_or(0, |block| block.partition_point(|t| t.span.start < offset))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_index_at_agrees_with_a_search_of_all_tokens() {
        let text = "WASHINGTON — Putin said: “No.” A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V.W.X.Y.Z \
                    then    a long gap of spaces                                        and Élu’s end.";
        let doc = Document::new(text);
        for offset in 0..text.len() + 2 * BLOCK {
            let want = doc.tokens().partition_point(|t| t.span.start < offset);
            assert_eq!(doc.token_index_at(offset), want, "offset {offset}");
        }
        assert_eq!(Document::new("").token_index_at(5), 0);
    }
}
