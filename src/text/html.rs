//! HTML left in scraped text: character references ("&quot;We will win,&quot; she said",
//! "&#8220;…&#8221;", "AT&amp;T") are decoded and tags ("<p>…</p>", "<a href=…>Reuters</a>")
//! taken out before the pipeline reads the text, so that a quote mark written as a reference is a
//! quote mark and a tag is no word; every span is mapped back to the caller's text afterwards.
//!
//! Decoded: the named references news pages use (quote marks, apostrophes, dashes, "&amp;",
//! "&nbsp;", "&hellip;", "&lt;", "&gt;", common accented letters) and every numeric one
//! (`&#8220;`, `&#x201C;`). Taken out: tags of the HTML elements in [`TAGS`], a block element's
//! (`p`, `br`, `div`, `li`, headings …) as a line break, any other as nothing. "a < b" and "<3"
//! stay.

use crate::{Claim, Span, TextSpan};

/// Named references decoded, without their "&" and ";".
const NAMED: &[(&str, char)] = &[
    ("quot", '"'),
    ("amp", '&'),
    ("apos", '\''),
    ("lt", '<'),
    ("gt", '>'),
    ("nbsp", '\u{a0}'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("hellip", '…'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("aacute", 'á'),
    ("oacute", 'ó'),
    ("iacute", 'í'),
    ("uacute", 'ú'),
    ("ntilde", 'ñ'),
    ("ouml", 'ö'),
    ("uuml", 'ü'),
    ("auml", 'ä'),
    ("ccedil", 'ç'),
];

/// Longest reference read, "&" and ";" included (`&#x10FFFF;` is 10).
const MAX_REFERENCE: usize = 10;

/// HTML elements whose tags are taken out, and whether each is a block (its tag becomes a line
/// break).
const TAGS: &[(&str, bool)] = &[
    ("p", true),
    ("br", true),
    ("div", true),
    ("li", true),
    ("ul", true),
    ("ol", true),
    ("h1", true),
    ("h2", true),
    ("h3", true),
    ("h4", true),
    ("h5", true),
    ("h6", true),
    ("blockquote", true),
    ("tr", true),
    ("td", true),
    ("figcaption", true),
    ("section", true),
    ("article", true),
    ("a", false),
    ("b", false),
    ("i", false),
    ("u", false),
    ("em", false),
    ("strong", false),
    ("span", false),
    ("font", false),
    ("sup", false),
    ("sub", false),
    ("small", false),
    ("cite", false),
    ("q", false),
];

/// Longest tag read, marks included (an `<a>` with its address).
const MAX_TAG: usize = 400;

/// Text with its character references decoded and its tags taken out, and where each replacement
/// came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decoded {
    /// The decoded text.
    pub text: String,
    /// For each reference decoded or tag taken out, in order: its span in the decoded text (empty
    /// for a tag taken out as nothing) and in the original.
    replaced: Vec<(Span, Span)>,
}

impl Decoded {
    /// `text` with its references decoded and its tags taken out ("&quot;Hi,&quot; he said" →
    /// "\"Hi,\" he said"), or `None` when it holds neither (the unit tests below show more).
    pub fn new(text: &str) -> Option<Decoded> {
        let first = memchr::memchr2(b'&', b'<', text.as_bytes())?;
        let mut out = String::new();
        let mut replaced = Vec::new();
        let mut copied = 0;
        let mut at = first;
        while let Some(off) = memchr::memchr2(b'&', b'<', &text.as_bytes()[at..]) {
            let mark = at + off;
            let found = if text.as_bytes()[mark] == b'&' {
                reference_at(text, mark).map(|(c, len)| (Some(c), len))
            } else {
                tag_at(text, mark).map(|(block, len)| (block.then_some('\n'), len))
            };
            match found {
                Some((c, len)) => {
                    out.push_str(&text[copied..mark]);
                    let start = out.len();
                    out.extend(c);
                    replaced.push((Span::new(start, out.len()), Span::new(mark, mark + len)));
                    copied = mark + len;
                    at = copied;
                }
                None => at = mark + 1,
            }
        }
        if replaced.is_empty() {
            return None;
        }
        out.push_str(&text[copied..]);
        Some(Decoded { text: out, replaced })
    }

    /// Where byte `pos` of the decoded text is in the original, as a span's start: a position at a
    /// decoded character's start maps to its reference's start, one after it to the reference's
    /// end, and one at a tag taken out to the tag's end.
    pub fn original(&self, pos: usize) -> usize {
        // The replacements that end at or before `pos`.
        let k = self.replaced.partition_point(|(d, _)| d.end <= pos);
        self.shifted(k, pos)
    }

    /// Where byte `pos` is in the original as a span's end: as [`original`](Self::original), but a
    /// tag taken out right at `pos` stays after the span.
    fn original_end(&self, pos: usize) -> usize {
        let k = self.replaced.partition_point(|(d, _)| d.end < pos || d.end == pos && !d.is_empty());
        self.shifted(k, pos)
    }

    /// `pos` past the first `k` replacements.
    fn shifted(&self, k: usize, pos: usize) -> usize {
        match k.checked_sub(1).map(|i| self.replaced[i]) {
            Some((d, o)) => o.end + (pos - d.end),
            None => pos,
        }
    }

    /// Both ends of `span` in the original.
    pub fn original_span(&self, span: Span) -> Span {
        let start = self.original(span.start);
        Span::new(start, self.original_end(span.end).max(start))
    }

    /// `claim`, found in the decoded text, with every span mapped to `original` (the text this
    /// was decoded from) and every text taken from there; names and roles stay decoded.
    pub fn original_claim(&self, claim: Claim, original: &str) -> Claim {
        let text_span = |t: TextSpan| TextSpan::new(original, self.original_span(t.span()));
        let bytes = |start: usize, end: usize| self.original_span(Span::new(start, end));
        Claim {
            content: crate::Content::new(
                original,
                &claim.content.parts.iter().map(|&p| self.original_span(p)).collect::<Vec<_>>(),
            ),
            quotes: claim.quotes.into_iter().map(|q| self.original_span(q)).collect(),
            speaker: claim.speaker.map(|s| crate::Speaker { mention: text_span(s.mention), ..s }),
            cue: claim.cue.map(|c| {
                let s = bytes(c.start, c.end);
                crate::Cue { text: s.as_str(original).to_string(), start: s.start, end: s.end, ..c }
            }),
            source: claim.source.map(|c| {
                let s = bytes(c.start, c.end);
                crate::Source { text: s.as_str(original).to_string(), start: s.start, end: s.end, ..c }
            }),
            ..claim
        }
    }
}

/// The character of the reference starting with the "&" at byte `amp` of `text`, and the
/// reference's length in bytes; `None` when no known reference starts there.
fn reference_at(text: &str, amp: usize) -> Option<(char, usize)> {
    let rest = &text.as_bytes()[amp + 1..text.len().min(amp + MAX_REFERENCE)];
    let semi = rest.iter().position(|&b| b == b';')?;
    let name = std::str::from_utf8(&rest[..semi]).ok()?;
    let c = match name.strip_prefix('#') {
        Some(num) => numeric(num)?,
        None => NAMED.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)?,
    };
    Some((c, semi + 2))
}

/// Whether a tag of an element in [`TAGS`] starts at the "<" at byte `lt` of `text` (with its
/// attributes, to its ">"), and whether the element is a block; the tag's length in bytes.
fn tag_at(text: &str, lt: usize) -> Option<(bool, usize)> {
    let rest = &text.as_bytes()[lt + 1..text.len().min(lt + MAX_TAG)];
    let close = rest.iter().position(|&b| b == b'>')?;
    let inner = std::str::from_utf8(&rest[..close]).ok()?;
    // (One line, no other tag inside: not "<p" ⏎ "… said. >".)
    if inner.contains(['<', '\n', '\r']) {
        return None;
    }
    let name = inner.strip_prefix('/').unwrap_or(inner);
    let name_end = name.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(name.len());
    let (element, after) = name.split_at(name_end);
    // ("<p>", "<br/>", "<a href=…>": the name ends the tag, or a space or "/" follows it.)
    let ends = after.is_empty() || after.starts_with([' ', '/', '\t']);
    let element = element.to_ascii_lowercase();
    let block = TAGS.iter().find(|(t, _)| *t == element).map(|&(_, block)| block)?;
    ends.then_some((block, close + 2))
}

/// The character of a numeric reference's digits ("8220", "x201C"); not a control character.
fn numeric(num: &str) -> Option<char> {
    let code = match num.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => num.parse::<u32>().ok()?,
    };
    char::from_u32(code).filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_decode_and_map_back() {
        let text = "&quot;We will win,&#8221; said AT&amp;T&#x2019;s chief & co.";
        let d = Decoded::new(text).expect("references");
        assert_eq!(d.text, "\"We will win,” said AT&T’s chief & co.");
        // "We will win," in the decoded text maps to the same words in the original.
        let inner = Span::new(1, 13);
        assert_eq!(inner.as_str(&d.text), "We will win,");
        assert_eq!(d.original_span(inner).as_str(text), "We will win,");
        // A span over decoded characters covers their references whole.
        let name = Span::new(d.text.find("AT&T’s").unwrap_or(0), d.text.find(" chief").unwrap_or(0));
        assert_eq!(d.original_span(name).as_str(text), "AT&amp;T&#x2019;s");
        assert_eq!(d.original(d.text.len()), text.len());
    }

    #[test]
    fn tags_are_taken_out() {
        let text = "<p>Brightwater said it <b>expected</b> revenue to fall.</p><p>Next.</p>";
        let d = Decoded::new(text).expect("tags");
        assert_eq!(d.text, "\nBrightwater said it expected revenue to fall.\n\nNext.\n");
        // A span's end before a tag stays before it; its start after one starts after it.
        let clause = Span::new(d.text.find("revenue").unwrap_or(0), d.text.find(".\n").unwrap_or(0) + 1);
        assert_eq!(d.original_span(clause).as_str(text), "revenue to fall.");
        let word = Span::new(d.text.find("expected").unwrap_or(0), d.text.find(" revenue").unwrap_or(0));
        assert_eq!(d.original_span(word).as_str(text), "expected");
        let link = "told <a href=\"https://x.example/a?b=1\">Reuters</a> that";
        assert_eq!(Decoded::new(link).map(|d| d.text).as_deref(), Some("told Reuters that"));
    }

    #[test]
    fn text_without_references_is_left_alone() {
        assert_eq!(Decoded::new("R&D and AT&T, &nope; & &#xZZ;"), None);
        assert_eq!(Decoded::new("no ampersand"), None);
        assert_eq!(Decoded::new("if a < b and c > d, <3 <unknown> <p"), None);
        // (A reference to a control character is no text.)
        assert_eq!(Decoded::new("a&#0;b"), None);
    }
}
