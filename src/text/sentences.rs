//! Sentence and paragraph segmentation over tokens.

use super::tokens::{case, Token, TokenKind};
use crate::lexicon::{abbreviation, is_sentence_opener, AbbrevKind};
use crate::Span;

/// A sentence: its span, its tokens and its paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Sentence {
    /// From its first token's start to its last token's end.
    pub span: Span,
    /// Range of indices into [`Document::tokens`](super::Document::tokens).
    pub tokens: std::ops::Range<usize>,
    /// Index of its paragraph.
    pub paragraph: usize,
}

fn is_closer(s: &str) -> bool {
    matches!(s, "”" | "\"" | "’" | "'" | ")" | "]" | "»")
}

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "…")
}

/// Split tokens into sentences and paragraphs (`cases`: each token's [`case`] bits, which count
/// the line breaks before it; `lower` gives a token's lower-case form). Returns `(sentences,
/// paragraphs)`.
pub(crate) fn segment<'l>(
    text: &str,
    tokens: &[Token],
    cases: &[u8],
    lower: &dyn Fn(usize) -> &'l str,
) -> (Vec<Sentence>, Vec<Span>) {
    let mut sentences = Vec::new();
    let mut paragraphs: Vec<Span> = Vec::new();
    if tokens.is_empty() {
        return (sentences, paragraphs);
    }
    let tok = |i: usize| tokens[i].span.as_str(text);
    let mut sent_start = 0usize;
    let mut para_start = 0usize;
    let mut para = 0usize;
    let mut i = 0usize;
    // The widths the text's blocks are wrapped at (read once, at the first line break that needs
    // them).
    let mut wraps: Option<Wraps> = None;
    while i < tokens.len() {
        // Gap to the next token decides paragraph breaks.
        let mut end = i; // last token of a candidate sentence
        let mut boundary = false;
        // (Every terminal is a punctuation token: the kind is checked before the text.)
        if tokens[i].kind == TokenKind::Punct && is_terminal(tok(i)) {
            // Absorb further terminals and closing marks glued to them.
            while end + 1 < tokens.len()
                && tokens[end + 1].span.start == tokens[end].span.end
                && (is_terminal(tok(end + 1)) || is_closer(tok(end + 1)))
            {
                end += 1;
            }
            boundary = end + 1 < tokens.len() && ends_sentence(text, tokens, i, end, lower);
        }
        let next = end + 1;
        if next >= tokens.len() {
            break;
        }
        let breaks = cases.get(next).map_or(0, |c| c & (case::BREAK | case::BREAKS));
        // (A line broken inside a sentence goes on in the next: "…, and here⏎we are", or in
        // hard-wrapped copy a line near the wrap's width.)
        let mut goes_on = || {
            !boundary
                && (is_wrapped_line(text, tokens, end, next) || {
                    let width =
                        wraps.get_or_insert_with(|| Wraps::new(text)).width_at(text, tokens[end].span.start);
                    full_line_goes_on(text, tokens, end, next, width)
                })
        };
        let para_break = breaks == case::BREAKS || breaks == case::BREAK && !goes_on();
        if boundary || para_break {
            sentences.push(Sentence {
                span: Span::new(tokens[sent_start].span.start, tokens[end].span.end),
                tokens: sent_start..next,
                paragraph: para,
            });
            sent_start = next;
            if para_break {
                paragraphs.push(Span::new(tokens[para_start].span.start, tokens[end].span.end));
                para_start = next;
                para += 1;
            }
        }
        i = next;
    }
    let last = tokens.len() - 1;
    sentences.push(Sentence {
        span: Span::new(tokens[sent_start].span.start, tokens[last].span.end),
        tokens: sent_start..tokens.len(),
        paragraph: para,
    });
    paragraphs.push(Span::new(tokens[para_start].span.start, tokens[last].span.end));
    (sentences, paragraphs)
}

/// A single line break inside running text (a hard-wrapped line) does not end a paragraph:
/// the line before ends in a word or comma and the next starts in lower case.
fn is_wrapped_line(text: &str, tokens: &[Token], end: usize, next: usize) -> bool {
    let prev = tokens[end].span.as_str(text);
    let prev_ok = tokens[end].kind == TokenKind::Word || prev == ",";
    let next_lower = tokens[next].span.as_str(text).chars().next().is_some_and(char::is_lowercase);
    prev_ok && next_lower
}

/// Most bytes in a line of hard-wrapped copy (wire and e-mail copy wrap at 60 to 80).
const MAX_WRAP: usize = 100;

/// Fewest lines in a block that shows a wrap width.
const MIN_WRAPPED_LINES: usize = 3;

/// How far short of the wrap width a line broken by the wrap may end.
const WRAP_SLACK: usize = 12;

/// The blocks of a text (its stretches between blank lines) and the width each is hard-wrapped
/// at, read when first asked. A block is read alone, so what follows a blank line never changes
/// how the lines before it are read.
struct Wraps {
    /// Each block's byte range.
    blocks: Vec<(usize, usize)>,
    widths: Vec<Option<Option<usize>>>,
}

impl Wraps {
    fn new(text: &str) -> Wraps {
        let mut blocks = Vec::new();
        let (mut start, mut at) = (0, 0);
        for line in text.split_inclusive('\n') {
            if line.trim().is_empty() {
                if at > start {
                    blocks.push((start, at));
                }
                start = at + line.len();
            }
            at += line.len();
        }
        if at > start {
            blocks.push((start, at));
        }
        let widths = vec![None; blocks.len()];
        Wraps { blocks, widths }
    }

    /// The wrap width of the block holding byte `at`, if it is hard-wrapped.
    fn width_at(&mut self, text: &str, at: usize) -> Option<usize> {
        let b = self.blocks.partition_point(|&(_, end)| end <= at);
        let &(start, end) = self.blocks.get(b)?;
        *self.widths[b].get_or_insert_with(|| wrap_width(&text[start..end]))
    }
}

/// The width `text` (a block) is hard-wrapped at: its longest line of at most [`MAX_WRAP`] bytes,
/// when such lines are two thirds of its lines at least (a cookie banner or a pasted paragraph may
/// run longer) and one of them near the width ends inside a sentence (on a word, a number or a
/// comma). Text with a paragraph a line has mostly longer lines.
fn wrap_width(text: &str) -> Option<usize> {
    let lines = || text.split('\n').map(str::trim_end).filter(|l| !l.is_empty());
    let (short, long) =
        lines().fold((0, 0), |(s, l), line| if line.len() <= MAX_WRAP { (s + 1, l) } else { (s, l + 1) });
    // (Two lines tell no width: "Sen. Ted Cruz — Announced March 23, 2015⏎Cruz dropped out …".)
    if short < 2 * long.max(1) || short + long < MIN_WRAPPED_LINES {
        return None;
    }
    let width = lines().map(str::len).filter(|&n| n <= MAX_WRAP).max()?;
    let inside = |l: &str| l.ends_with(|c: char| c.is_alphanumeric() || c == ',');
    lines().any(|l| l.len() <= width && l.len() + WRAP_SLACK >= width && inside(l)).then_some(width)
}

/// Marks that open an item of a list ("• Residents' groups fear …"), never a wrapped line's rest.
const BULLETS: &[char] = &['•', '-', '*', '–', '—', '·', '▪', '►'];

/// "… told reporters the school would reopen on⏎Monday.": in hard-wrapped text (`width`), a line
/// that runs near the width and ends inside a sentence (after token `end`) goes on in the next
/// line (from token `next`), whatever its case, unless that line is page furniture ("Photo: …").
fn full_line_goes_on(text: &str, tokens: &[Token], end: usize, next: usize, width: Option<usize>) -> bool {
    let Some(width) = width else { return false };
    let last = &tokens[end];
    let inside = matches!(last.kind, TokenKind::Word | TokenKind::Number) || last.span.as_str(text) == ",";
    let line_start = text[..last.span.start].rfind('\n').map_or(0, |n| n + 1);
    let line = text[line_start..last.span.end].trim();
    let next_line = &text[tokens[next].span.start..];
    let next_line = next_line.split('\n').next().unwrap_or("").trim();
    // (A line of links or buttons, "Manage preferences | Accept all", is the page's.)
    let furniture = |l: &str| super::furniture::furniture_kind(l).is_some() || l.contains(" | ");
    let len = last.span.end - line_start;
    // (The rest of a wrapped line is no longer than the width: a headline over a long paragraph
    // is no wrap.)
    inside
        && len <= width
        && len + WRAP_SLACK >= width
        && next_line.len() <= width
        && !next_line.starts_with(BULLETS)
        && !furniture(line)
        && !furniture(next_line)
}

/// Words that go on a clock time's "a.m."/"p.m." in the same sentence: days and time zones.
const CLOCK_FOLLOWERS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "et",
    "est",
    "edt",
    "ct",
    "cst",
    "cdt",
    "mt",
    "pt",
    "pst",
    "pdt",
    "gmt",
    "bst",
    "utc",
    "local",
    "eastern",
    "central",
    "pacific",
];

/// Whether the terminal at token `term` (its cluster ending at `end`) ends the sentence.
fn ends_sentence<'l>(
    text: &str,
    tokens: &[Token],
    term: usize,
    end: usize,
    lower: &dyn Fn(usize) -> &'l str,
) -> bool {
    let next = &tokens[end + 1];
    // Terminal glued to what follows ("3.5", "U.S", "example.com") ends nothing, unless a word in
    // lower case is before it and a word in title case after it: "the bridge was safe.The
    // engineer said" (scraped text that lost its space).
    if next.span.start == tokens[end].span.end {
        return glued_stop(text, tokens, term, end, lower);
    }
    let next_str = next.span.as_str(text);
    let Some(first) = next_str.chars().next() else { return false };
    // (A brand written with a small first letter and a capital after it opens a sentence too:
    // "… phones that support it. iPhone owners won't …", "eBay said".)
    let brand = next_str.chars().skip(1).take(2).any(char::is_uppercase) && next_str.len() >= 4;
    if first.is_lowercase() && !brand {
        return false;
    }
    if tokens[term].span.as_str(text) != "." || term == 0 {
        return true;
    }
    // A full stop right after a word: is that word an abbreviation or an initial?
    let prev = &tokens[term - 1];
    if prev.span.end != tokens[term].span.start || prev.kind != TokenKind::Word {
        return true;
    }
    let word = prev.span.as_str(text);
    let opener = || is_sentence_opener(lower(end + 1));
    // Dotted abbreviations: "U.S.", "a.m.", "e.g."; a web address ("Politico.com.",
    // "ouest-france.fr.") has a longer piece and ends its sentence.
    let dotted = term >= 3
        && tokens[term - 2].span.as_str(text) == "."
        && tokens[term - 2].span.end == prev.span.start
        && tokens[term - 3].span.end == tokens[term - 2].span.start;
    if dotted {
        // "at 2 a.m. Sunday, officials said": a clock time goes on into its day or time zone;
        // any other capital after it opens a sentence ("at 3 p.m. Police said").
        let clock = matches!(lower(term - 3), "a" | "p") && lower(term - 1) == "m";
        if clock {
            return !CLOCK_FOLLOWERS.contains(&lower(end + 1));
        }
        return tokens[term - 3].span.len() > 3 || opener();
    }
    match abbreviation(lower(term - 1)) {
        Some(AbbrevKind::Title) => return false,
        Some(AbbrevKind::Month) => return first.is_alphabetic() && opener(),
        Some(AbbrevKind::Other) => return opener(),
        None => {}
    }
    // An initial: "J. Smith", "George W. Bush".
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return opener();
        }
    }
    true
}

/// "safe.The engineer", "April.Opposition": a full stop between a lower-case word of two letters
/// or more, or a title-case one of three (no abbreviation), and a title-case word, with no space
/// after it.
///
/// A closing quotation mark may close on the stop (`are clear."She did not`), and an opening one
/// may follow it, after any word (`said aid worker Kofi Mensah."We need help."`).
fn glued_stop<'l>(
    text: &str,
    tokens: &[Token],
    term: usize,
    end: usize,
    lower: &dyn Fn(usize) -> &'l str,
) -> bool {
    let tok = |i: usize| tokens[i].span.as_str(text);
    if term == 0 || tok(term) != "." || (term + 1..=end).any(|i| !matches!(tok(i), "\"" | "”")) {
        return false;
    }
    let prev = &tokens[term - 1];
    let before = tok(term - 1);
    // (An opening mark glued after the stop, then a word in capitals.)
    let opening = end == term
        && end + 2 < tokens.len()
        && matches!(tok(end + 1), "\"" | "“")
        && tokens[end + 2].span.start == tokens[end + 1].span.end;
    let word = if opening { end + 2 } else { end + 1 };
    let mut after = tok(word).chars();
    // (A number before a quotation's opening mark: "by 2026.“Drivers …"; "3.5" has none.)
    let number = opening && prev.kind == TokenKind::Number;
    (prev.kind == TokenKind::Word || number)
        && tokens[word].kind == TokenKind::Word
        && prev.span.end == tokens[term].span.start
        && before.len() >= 2
        && (opening
            || end > term
            || before.chars().skip(1).all(|c| c.is_ascii_lowercase()) && before.len() >= 3
            || before.chars().all(|c| c.is_ascii_lowercase()))
        && abbreviation(lower(term - 1)).is_none()
        && after.next().is_some_and(char::is_uppercase)
        && after.next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    fn sents(text: &str) -> Vec<&str> {
        crate::text::Document::new(text).sentences().iter().map(|s| s.span.as_str(text)).collect()
    }

    #[test]
    fn a_stop_that_lost_its_space() {
        // "… was safe.The engineer said …" (scraped text); not "Amazon.com", "U.S.The", "3.5".
        assert_eq!(sents("It was safe.The engineer said no."), ["It was safe.", "The engineer said no."]);
        // After a word in title case too: "in April.Opposition leaders said …".
        assert_eq!(
            sents("It starts in April.Opposition leaders said no."),
            ["It starts in April.", "Opposition leaders said no."]
        );
        assert_eq!(sents("He works at Amazon.com and left."), ["He works at Amazon.com and left."]);
        assert_eq!(sents("He went to the U.S.The end."), ["He went to the U.S.The end."]);
        assert_eq!(sents("Growth was 3.5 in May."), ["Growth was 3.5 in May."]);
        // Quotation marks glued around the stop: `clear."She`, `Mensah."We`.
        assert_eq!(sents("He said:\"It is clear.\"She left."), ["He said:\"It is clear.\"", "She left."]);
        assert_eq!(sents("said Kofi Mensah.\"We need help.\""), ["said Kofi Mensah.\"", "We need help.\""]);
        // After a number too, before an opening mark: "scrapped by 2026.“Drivers have paid …”".
        assert_eq!(sents("It ends by 2026.“Drivers paid.”"), ["It ends by 2026.", "“Drivers paid.”"]);
    }

    #[test]
    fn hard_wrapped_lines_go_on() {
        // "… told reporters the school would reopen on⏎Monday.": copy wrapped near one width.
        let text = "By Sam Ortega, Staff Writer\nHead teacher Owain Pryce told reporters the school would reopen on\n\
                    Monday. Aid agency head Salma Idris urged donors to release the remaining $40\n\
                    million before the rains.";
        assert_eq!(
            sents(text),
            [
                "By Sam Ortega, Staff Writer",
                "Head teacher Owain Pryce told reporters the school would reopen on\nMonday.",
                "Aid agency head Salma Idris urged donors to release the remaining $40\nmillion before the rains."
            ]
        );
        // Not before a list's item, a credit or after a line of buttons.
        let text = "The council says the levy will raise twelve million pounds in a year\n\
                    • Residents' groups fear it will push out small landlords from town\n\
                    Photo: Getty Images";
        assert_eq!(sents(text).len(), 3);
        // Nor a headline over a long paragraph, nor two lines alone.
        let text = "Dozens killed as air strikes hit displacement camp in northern Yemen\n\
                    Health officials say at least 34 people, including 11 children, were killed in overnight strikes.\n\
                    Published On 9 Mar 2025";
        assert_eq!(sents(text).len(), 3);
        let text =
            "Sen. Ted Cruz (R-Texas) — Announced March 23, 2015\nCruz dropped out of the race May 3, 2016.";
        assert_eq!(sents(text).len(), 2);
        // Nor in text with a paragraph a line: a headline before it stays apart.
        let text = "Council approves plan\nThe council said on Monday that it would go ahead with the plan to rebuild the town \
                    centre after the storms of last winter, despite objections.";
        assert_eq!(sents(text).len(), 2);
    }

    #[test]
    fn a_brand_with_a_small_first_letter_opens_a_sentence() {
        // "… from Android phones that support it. iPhone owners won't get lossless".
        assert_eq!(
            sents("It works with phones that support it. iPhone owners won't get it."),
            ["It works with phones that support it.", "iPhone owners won't get it."]
        );
        // (Not a lower-case word: "… in the U.S. and Canada" stays one.)
        assert_eq!(sents("It works. and then it stops."), ["It works. and then it stops."]);
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            sents("Mr. Smith met Sen. Jones on Jan. 5 in the U.S. capital. George W. Bush spoke."),
            ["Mr. Smith met Sen. Jones on Jan. 5 in the U.S. capital.", "George W. Bush spoke."]
        );
        assert_eq!(sents("He lives in the U.S. The rest left."), ["He lives in the U.S.", "The rest left."]);
        // A clock time goes on into its day; a new sentence after it is still one.
        assert_eq!(sents("It was at 2 a.m. Sunday, police said."), ["It was at 2 a.m. Sunday, police said."]);
        assert_eq!(sents("It was at 3 p.m. Police said so."), ["It was at 3 p.m.", "Police said so."]);
        // A province in a Canadian dateline: "SAINT-ÉLOI, Que. — Mayor Josée Lapointe said …".
        assert_eq!(sents("OTTAWA, Ont. — The mayor said so."), ["OTTAWA, Ont. — The mayor said so."]);
        // "the Managing Director …, Engr. Musa Garba-Idris, stated": a Nigerian engineer's title.
        assert_eq!(sents("The head, Engr. Musa Idris, said so."), ["The head, Engr. Musa Idris, said so."]);
    }

    #[test]
    fn a_web_address_ends_a_sentence() {
        // "Politico.com." is a name, not a dotted abbreviation like "U.S.".
        assert_eq!(
            sents("It came from Politico.com. “We won,” she said."),
            ["It came from Politico.com.", "“We won,” she said."]
        );
        assert_eq!(sents("He moved to the U.S. in 1990."), ["He moved to the U.S. in 1990."]);
    }

    #[test]
    fn quotes_closing_after_stop() {
        assert_eq!(
            sents("“We will win.” He left. \"Really?\" she asked."),
            ["“We will win.”", "He left.", "\"Really?\" she asked."]
        );
    }

    #[test]
    fn paragraphs() {
        let text = "Headline without stop\n\nFirst para. Still first.\r\n\r\nSecond para\nwrapped line. End";
        let doc = crate::text::Document::new(text);
        let (s, p) = (doc.sentences(), doc.paragraphs());
        let got: Vec<&str> = s.iter().map(|s| s.span.as_str(text)).collect();
        assert_eq!(
            got,
            ["Headline without stop", "First para.", "Still first.", "Second para\nwrapped line.", "End"]
        );
        assert_eq!(p.len(), 3);
        assert_eq!(s.iter().map(|s| s.paragraph).collect::<Vec<_>>(), [0, 1, 1, 2, 2]);
    }

    #[test]
    fn lone_cr_paragraphs() {
        assert_eq!(sents("One.\r\rTwo"), ["One.", "Two"]);
    }

    #[test]
    fn empty() {
        assert!(sents("").is_empty());
        assert!(sents(" \n ").is_empty());
    }
}
