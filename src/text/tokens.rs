//! Word tokens with byte offsets.
//!
//! The rule is the one of `tokenizers`' `BertPreTokenizer`: split on white space, and make every
//! punctuation character a token of its own. A test in `tests/tokens_agree.rs` checks that the two
//! agree on real news text; this hand-written version exists because it is several times faster
//! and allocates nothing but the output vector.

use crate::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters (and digits, marks) starting with a letter.
    Word,
    /// Starts with a digit.
    Number,
    /// A single punctuation character.
    Punct,
    /// Anything else (symbols, emoji, controls).
    Other,
}

/// One token: a byte span and its kind.
///
/// ```
/// use claimex::text::{tokenize, TokenKind};
/// let toks = tokenize("Syria’s war.");
/// let words: Vec<&str> = toks.iter().map(|t| t.span.as_str("Syria’s war.")).collect();
/// assert_eq!(words, ["Syria", "’", "s", "war", "."]);
/// assert_eq!(toks[1].kind, TokenKind::Punct);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Token {
    /// Where the token is.
    pub span: Span,
    /// What it is made of.
    pub kind: TokenKind,
}

/// Whether `c` is punctuation in the sense of BERT's pre-tokenizer (ASCII punctuation, or a
/// Unicode punctuation category P*).
///
/// ```
/// assert!(claimex::text::is_punctuation('“'));
/// assert!(claimex::text::is_punctuation('$'));
/// assert!(!claimex::text::is_punctuation('a'));
/// ```
pub fn is_punctuation(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_punctuation()
    } else if ('\u{2010}'..='\u{2027}').contains(&c) {
        // General Punctuation's dashes, quotation marks, bullets and ellipsis (all of category
        // P*): the common non-ASCII punctuation of news text, without the table search.
        true
    } else {
        use unicode_categories::UnicodeCategories;
        c.is_punctuation()
    }
}

fn kind_of(c: char) -> TokenKind {
    if c.is_alphabetic() {
        TokenKind::Word
    } else if c.is_numeric() {
        TokenKind::Number
    } else {
        TokenKind::Other
    }
}

/// Split `text` into tokens: white space separates, each punctuation character stands alone.
///
/// ```
/// let text = "Putin said: “No.”";
/// let toks: Vec<&str> = claimex::text::tokenize(text).iter().map(|t| &text[t.span.start..t.span.end]).collect();
/// assert_eq!(toks, ["Putin", "said", ":", "“", "No", ".", "”"]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_cased(text).0
}

/// What [`tokenize_cased`] notes of each token, as bits: its capitals and chars beyond ASCII, and
/// the line breaks before it. Read on the bytes the tokenizer visits anyway, so that the sentence
/// splitter and the token table need not scan them again.
pub(crate) mod case {
    /// The first byte is an ASCII capital.
    pub const FIRST_UPPER: u8 = 1;
    /// Some byte is an ASCII capital.
    pub const UPPER: u8 = 1 << 1;
    /// Some char is beyond ASCII.
    pub const NON_ASCII: u8 = 1 << 2;
    /// One line break (`\n`, `\r\n` or a lone `\r`) in the white space before the token.
    pub const BREAK: u8 = 1 << 3;
    /// Two or more line breaks before it.
    pub const BREAKS: u8 = 1 << 4;
}

/// [`tokenize`], and for each token its [`case`] bits.
pub(crate) fn tokenize_cased(text: &str) -> (Vec<Token>, Vec<u8>) {
    // (News text runs about one token to five bytes, some documents to four: room for that
    // spares copying a long vector as it grows.)
    let mut out = Vec::with_capacity(text.len() / 4 + 16);
    let mut cases = Vec::with_capacity(text.len() / 4 + 16);
    let bytes = text.as_bytes();
    let mut i = 0;
    // Line breaks in the white space since the last token.
    let mut breaks = 0u8;
    while i < bytes.len() {
        let (class, len) = class_at(text, i);
        match class {
            Class::Space => {
                if bytes[i] == b'\n' || bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
                    breaks = breaks.saturating_add(1);
                }
                i += len;
            }
            Class::Punct => {
                out.push(Token { span: Span::new(i, i + len), kind: TokenKind::Punct });
                cases.push(break_bits(breaks) | if len > 1 { case::NON_ASCII } else { 0 });
                breaks = 0;
                i += len;
            }
            Class::Token(kind) => {
                let start = i;
                let mut bits = break_bits(breaks)
                    | match BYTE_CASE[usize::from(bytes[i])] {
                        b if b & case::UPPER != 0 => case::FIRST_UPPER | case::UPPER,
                        b => b & case::NON_ASCII,
                    };
                i += len;
                // The rest of the token: a tight loop over ASCII bytes that continue it (most
                // of them), one char at a time beyond ASCII.
                loop {
                    while i < bytes.len() && CONTINUES[usize::from(bytes[i])] {
                        bits |= BYTE_CASE[usize::from(bytes[i])];
                        i += 1;
                    }
                    if i >= bytes.len() || bytes[i].is_ascii() {
                        break;
                    }
                    match class_at(text, i) {
                        (Class::Token(_), len) => {
                            bits |= case::NON_ASCII;
                            i += len;
                        }
                        _ => break,
                    }
                }
                out.push(Token { span: Span::new(start, i), kind });
                cases.push(bits);
                breaks = 0;
            }
        }
    }
    (out, cases)
}

/// The [`case`] bits of each byte: ASCII capitals are `UPPER`, bytes beyond ASCII `NON_ASCII`.
static BYTE_CASE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0usize;
    while b < 256 {
        table[b] = if b >= 0x80 {
            case::NON_ASCII
        } else if (b as u8).is_ascii_uppercase() {
            case::UPPER
        } else {
            0
        };
        b += 1;
    }
    table
};

/// For each byte, whether it is an ASCII char that continues a token (neither white space nor
/// punctuation); bytes beyond ASCII are decoded as chars instead.
static CONTINUES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0usize;
    while b < 128 {
        table[b] = matches!(ASCII_CLASS[b], Class::Token(_));
        b += 1;
    }
    table
};

/// The [`case`] bits of `breaks` line breaks before a token.
fn break_bits(breaks: u8) -> u8 {
    match breaks {
        0 => 0,
        1 => case::BREAK,
        _ => case::BREAKS,
    }
}

/// The class of the char at byte `i` (a char boundary, inside `text`) and its length in bytes.
#[inline(always)]
fn class_at(text: &str, i: usize) -> (Class, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        // ASCII fast path: one table lookup.
        return (ASCII_CLASS[usize::from(b)], 1);
    }
    match text.get(i..).and_then(|rest| rest.chars().next()) {
        Some(c) => (class_of(c), c.len_utf8()),
        // (Not reached: `i` is a char boundary.)
        None => (Class::Space, 1),
    }
}

/// What a character does to tokenization.
#[derive(Clone, Copy, Debug)]
enum Class {
    Space,
    Punct,
    /// Starts or continues a token of this kind.
    Token(TokenKind),
}

fn class_of(c: char) -> Class {
    if c.is_whitespace() {
        Class::Space
    } else if is_punctuation(c) {
        Class::Punct
    } else {
        Class::Token(kind_of(c))
    }
}

/// `class_of` for every ASCII byte, computed at compile time.
static ASCII_CLASS: [Class; 128] = {
    let mut table = [Class::Token(TokenKind::Other); 128];
    let mut b = 0u8;
    while b < 128 {
        table[b as usize] = if b == b' ' || (b >= 0x09 && b <= 0x0d) {
            Class::Space
        } else if b.is_ascii_punctuation() {
            Class::Punct
        } else if b.is_ascii_alphabetic() {
            Class::Token(TokenKind::Word)
        } else if b.is_ascii_digit() {
            Class::Token(TokenKind::Number)
        } else {
            Class::Token(TokenKind::Other)
        };
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    fn strs(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.span.as_str(text)).collect()
    }

    #[test]
    fn splits_punctuation_and_whitespace() {
        assert_eq!(strs("U.S. forces, 3.5%"), ["U", ".", "S", ".", "forces", ",", "3", ".", "5", "%"]);
        assert_eq!(strs("  \t\n"), Vec::<&str>::new());
        assert_eq!(strs("don't"), ["don", "'", "t"]);
    }

    #[test]
    fn case_bits() {
        use super::case::{BREAK, BREAKS, FIRST_UPPER, NON_ASCII, UPPER};
        let (toks, cases) = tokenize_cased("Putin's eBay ÉLU said “No.”");
        assert_eq!(toks.len(), cases.len());
        assert_eq!(
            cases,
            [
                FIRST_UPPER | UPPER,
                0,
                0,
                UPPER,
                NON_ASCII | UPPER,
                0,
                NON_ASCII,
                FIRST_UPPER | UPPER,
                0,
                NON_ASCII
            ]
        );
        // Line breaks before a token: "\n", "\r\n" and a lone "\r" are one each.
        let (_, cases) = tokenize_cased("a\nb \r\n c\r\rd\n \n\ne");
        let breaks: Vec<u8> = cases.iter().map(|c| c & (BREAK | BREAKS)).collect();
        assert_eq!(breaks, [0, BREAK, BREAK, BREAKS, BREAKS]);
    }

    #[test]
    fn kinds() {
        let t = tokenize("a 1 . 😀");
        let kinds: Vec<_> = t.iter().map(|t| t.kind).collect();
        assert_eq!(kinds, [TokenKind::Word, TokenKind::Number, TokenKind::Punct, TokenKind::Other]);
    }
}
#[cfg(test)]
mod table_check {
    use super::*;

    #[test]
    fn general_punctuation_fast_path_agrees_with_the_categories() {
        use unicode_categories::UnicodeCategories;
        for c in '\u{2010}'..='\u{2027}' {
            assert!(c.is_punctuation(), "{c:?}");
        }
    }
    #[test]
    fn ascii_table_matches_char_functions() {
        for b in 0u8..128 {
            let c = b as char;
            let want = class_of(c);
            let got = ASCII_CLASS[usize::from(b)];
            assert_eq!(format!("{want:?}"), format!("{got:?}"), "byte {b}");
        }
    }
}
