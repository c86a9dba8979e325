//! Stage 3a: quotation marks paired into quotes.
//!
//! Marks are found with `memchr` (straight `"`, curly `“ ”`, `„`, guillemets `« »`) and classified
//! as opening, closing or either by the characters around them. Pairing is one linear pass:
//! a quote never crosses a paragraph break unless the next paragraph reopens it (the news
//! convention for multi-paragraph quotes), a stray mark is dropped rather than swallowing the rest
//! of the text, and a quote piece longer than [`MAX_QUOTE_PIECE_BYTES`] is taken as a stray
//! opening. Curly single quotes (British style) are paired within a paragraph by
//! `quotes/single.rs`, which also decides nesting; a straight `'` is an apostrophe.

mod single;

use crate::text::Document;
use crate::Span;

/// Longest stretch of one paragraph that a single quote may cover; a longer one is a stray mark.
pub const MAX_QUOTE_PIECE_BYTES: usize = 6000;

/// A direct quotation: an opening mark, its text, and the closing mark.
///
/// ```
/// let text = "He said: “We will win.” Then he left.";
/// let doc = claimex::text::Document::new(text);
/// let quotes = claimex::quotes::find(&doc);
/// assert_eq!(quotes.len(), 1);
/// assert_eq!(quotes[0].inner.as_str(text), "We will win.");
/// assert_eq!(quotes[0].span.as_str(text), "“We will win.”");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Quote {
    /// From the opening mark to the closing mark, both included.
    pub span: Span,
    /// The text inside the outer marks (for a multi-paragraph quote, from the first opening mark to
    /// the last closing mark).
    pub inner: Span,
    /// The quoted text of each paragraph, without marks (one piece for an ordinary quote).
    pub pieces: Vec<Span>,
    /// Paragraph of the opening mark.
    pub paragraph: usize,
}

impl Quote {
    /// Number of words inside the quote.
    ///
    /// ```
    /// let doc = claimex::text::Document::new("a “de-escalation zone” b");
    /// assert_eq!(claimex::quotes::find(&doc)[0].words(doc.text()), 2);
    /// ```
    pub fn words(&self, text: &str) -> usize {
        self.inner.as_str(text).split_whitespace().count()
    }

    /// Whether the quote holds fewer than `n` words (`words(text) < n`), read only as far as the
    /// `n`th word: the passes ask it of every quote, and quotes run to hundreds of words.
    pub(crate) fn fewer_words_than(&self, text: &str, n: usize) -> bool {
        n > 0 && self.inner.as_str(text).split_whitespace().nth(n - 1).is_none()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    start: usize,
    len: usize,
    dir: Dir,
    paragraph: usize,
}

/// Whether a mark after `before` (the character before it, `None` at the start of the text)
/// stands at the start of a word: after a space, an opening bracket, a dash or a slash.
fn word_starts_after(before: Option<char>) -> bool {
    before.is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c))
}

/// Whether `after` (the character after a mark, `None` at the end of the text) ends the word the
/// mark closes: a space, punctuation, a closing bracket or a dash.
fn word_ended_by(after: Option<char>) -> bool {
    after.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}—–…".contains(c))
}

fn classify(text: &str, start: usize, len: usize, glyph: &str) -> Dir {
    let before = text[..start].chars().next_back();
    let after = text[start + len..].chars().next();
    let (space_before, space_after) = (word_starts_after(before), word_ended_by(after));
    match glyph {
        "“" | "„" | "«" => {
            if space_after && !space_before {
                Dir::Close
            } else {
                Dir::Open
            }
        }
        "”" | "»" => {
            if space_before && !space_after {
                Dir::Open
            } else {
                Dir::Close
            }
        }
        _ => match (space_before, space_after) {
            (true, false) => Dir::Open,
            (false, true) => Dir::Close,
            _ => Dir::Either,
        },
    }
}

fn marks(doc: &Document<'_>) -> Vec<Mark> {
    let text = doc.text();
    let bytes = text.as_bytes();
    let paragraphs = doc.paragraphs();
    let mut found: Vec<(usize, usize, &str)> = Vec::new();
    // `"` is 0x22; the curly and low marks start with 0xE2, guillemets with 0xC2.
    for i in memchr::memchr3_iter(b'"', 0xE2, 0xC2, bytes) {
        let (glyph, len) = match bytes[i] {
            b'"' => ("\"", 1),
            0xE2 => match bytes.get(i + 1..i + 3) {
                Some([0x80, 0x9C]) => ("“", 3),
                Some([0x80, 0x9D]) => ("”", 3),
                Some([0x80, 0x9E]) => ("„", 3),
                _ => continue,
            },
            _ => match bytes.get(i + 1) {
                Some(0xAB) => ("«", 2),
                Some(0xBB) => ("»", 2),
                _ => continue,
            },
        };
        found.push((i, len, glyph));
    }
    // Two apostrophes stand for a straight double quote in some house styles (''Yes,'' he said).
    // In a longer run the pair is the outer end: a closing run ''' is ' (nested) then ''.
    let mut i = 0;
    let mut doubled = Vec::new();
    while let Some(off) = memchr::memchr(b'\'', &bytes[i..]) {
        let start = i + off;
        let mut end = start;
        while end < bytes.len() && bytes[end] == b'\'' {
            end += 1;
        }
        if end - start >= 2 {
            let closing = text[..start].chars().next_back().is_some_and(|c| !c.is_whitespace());
            let at = if closing { end - 2 } else { start };
            doubled.push((at, 2, "\""));
        }
        i = end;
    }
    if !doubled.is_empty() {
        found.extend(doubled);
        found.sort_unstable_by_key(|m| m.0);
    }
    let mut out = Vec::with_capacity(found.len());
    let mut para = 0usize;
    for (i, len, glyph) in found {
        while para + 1 < paragraphs.len() && paragraphs[para + 1].start <= i {
            para += 1;
        }
        out.push(Mark { start: i, len, dir: classify(text, i, len, glyph), paragraph: para });
    }
    out
}

/// Find the quotations of `doc`, in text order, never overlapping.
///
/// ```
/// let text = "“First paragraph of the quote.\n\n“Second paragraph,” she said. A stray \" mark.";
/// let doc = claimex::text::Document::new(text);
/// let quotes = claimex::quotes::find(&doc);
/// assert_eq!(quotes.len(), 1);
/// assert_eq!(quotes[0].pieces.len(), 2);
/// assert!(quotes[0].inner.as_str(text).ends_with("Second paragraph,"));
/// ```
pub fn find(doc: &Document<'_>) -> Vec<Quote> {
    single::merge(doubles(doc), single::find(doc))
}

/// The quotations in double marks (straight, curly, low, guillemets, doubled apostrophes).
fn doubles(doc: &Document<'_>) -> Vec<Quote> {
    let text = doc.text();
    let paragraphs = doc.paragraphs();
    let mut out = Vec::new();
    // Open quote under construction: (opening mark, pieces so far, start of current piece).
    let mut open: Option<(Mark, Vec<Span>, usize)> = None;
    for m in marks(doc) {
        if let Some((first, mut pieces, piece_start)) = open.take() {
            let current_para = first.paragraph + pieces.len();
            if m.paragraph != current_para {
                // The quote ran to the end of its paragraph. It continues only if this mark reopens it
                // at the very start of the next paragraph.
                let para_end = paragraphs.get(current_para).map_or(piece_start, |p| p.end);
                // The unclosed piece must hold text: a lone mark at a paragraph end opens nothing.
                let piece_has_text =
                    text.get(piece_start..para_end).is_some_and(|t| t.chars().any(char::is_alphanumeric));
                let reopens = m.paragraph == current_para + 1
                    && m.dir != Dir::Close
                    && piece_has_text
                    && paragraphs.get(m.paragraph).is_some_and(|p| p.start == m.start);
                if reopens {
                    pieces.push(Span::new(piece_start, para_end));
                    open = Some((first, pieces, m.start + m.len));
                    continue;
                }
                // Stray opening mark: forget it and treat this mark afresh.
            } else if m.dir != Dir::Open && m.start - piece_start <= MAX_QUOTE_PIECE_BYTES {
                pieces.push(Span::new(piece_start, m.start));
                let inner = Span::new(first.start + first.len, m.start);
                if !inner.is_empty() {
                    out.push(Quote {
                        span: Span::new(first.start, m.start + m.len),
                        inner,
                        pieces,
                        paragraph: first.paragraph,
                    });
                }
                continue;
            } else if m.dir != Dir::Open {
                // Too long to be one quote: the opening mark was stray; this one is stray too.
                continue;
            }
            // An opening mark while open: the earlier one was stray.
        }
        if m.dir != Dir::Close {
            open = Some((m, Vec::new(), m.start + m.len));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inners(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        find(&doc).iter().map(|q| q.inner.as_str(text)).collect()
    }

    #[test]
    fn fewer_words_than_agrees_with_words() {
        let texts =
            ["He said “one two  three” today.", "He said “\u{a0}p q r\ns t” today.", "He said “yes” today."];
        for text in texts {
            let doc = Document::new(text);
            let quotes = find(&doc);
            assert_eq!(quotes.len(), 1, "{text}");
            for n in 0..7 {
                assert_eq!(quotes[0].fewer_words_than(text, n), quotes[0].words(text) < n, "{text} {n}");
            }
        }
    }

    #[test]
    fn straight_and_curly() {
        assert_eq!(inners("\"Yes,\" he said. “No,” she said."), ["Yes,", "No,"]);
    }

    #[test]
    fn doubled_apostrophes() {
        assert_eq!(inners("''Yes,'' he said. ''It's 'done.'''"), ["Yes,", "It's 'done.'"]);
        assert!(inners("the 90's and 80's").is_empty());
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(inners("Syria’s “war isn’t over,” he said of Assad’s 'plan'."), ["war isn’t over,"]);
    }

    #[test]
    fn unbalanced_marks_do_not_run_away() {
        assert_eq!(inners("He said \"yes.\n\nNext paragraph \"quoted\" here."), ["quoted"]);
        assert!(inners("\"\"\"\"\"").len() <= 2);
        assert!(inners("“").is_empty());
    }

    #[test]
    fn multi_paragraph() {
        let text = "“One.\n\n“Two.\n\n“Three,” he said.";
        let doc = Document::new(text);
        let q = find(&doc);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].pieces.len(), 3);
        assert_eq!(q[0].pieces[1].as_str(text), "Two.");
    }

    #[test]
    fn too_long_piece_is_stray() {
        let text = format!("\"{}\" end", "word ".repeat(2000));
        assert!(inners(&text).is_empty());
    }
}
