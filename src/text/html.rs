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
    /// The spaces (in `text`) that stand for furniture lines taken out of a sentence.
    cut: Vec<Span>,
}

impl Decoded {
    /// `text` with its references decoded, its tags taken out ("&quot;Hi,&quot; he said" →
    /// "\"Hi,\" he said") and the furniture lines that break a sentence read as a space, or `None`
    /// when it holds none of them (the unit tests below show more).
    pub fn new(text: &str) -> Option<Decoded> {
        // ("… at once and ⏎ ADVERTISEMENT ⏎ it cannot go on": a furniture line breaking a sentence
        // is read as one space.)
        let cuts = super::furniture::interrupting_lines(text);
        let mut edits: Vec<(Span, Option<char>)> = Vec::new();
        let mut at = 0;
        while let Some(off) = memchr::memchr2(b'&', b'<', &text.as_bytes()[at..]) {
            let mark = at + off;
            let found = if text.as_bytes()[mark] == b'&' {
                reference_at(text, mark).map(|(c, len)| (Some(c), len))
            } else {
                tag_at(text, mark).map(|(block, len)| (block.then_some('\n'), len))
            };
            match found {
                Some((c, len)) => {
                    let span = Span::new(mark, mark + len);
                    let k = cuts.partition_point(|cut| cut.end <= span.start);
                    if cuts.get(k).is_none_or(|cut| !cut.overlaps(span)) {
                        edits.push((span, c));
                    }
                    at = mark + len;
                }
                None => at = mark + 1,
            }
        }
        if edits.is_empty() && cuts.is_empty() {
            return None;
        }
        edits.extend(cuts.iter().map(|&c| (c, Some(' '))));
        edits.sort_by_key(|e| e.0.start);
        let mut out = String::with_capacity(text.len());
        let (mut replaced, mut cut) = (Vec::with_capacity(edits.len()), Vec::with_capacity(cuts.len()));
        let mut copied = 0;
        for (span, c) in edits {
            out.push_str(&text[copied..span.start]);
            let start = out.len();
            out.extend(c);
            let decoded = Span::new(start, out.len());
            if cuts.binary_search_by_key(&span.start, |c| c.start).is_ok() {
                cut.push(decoded);
            }
            replaced.push((decoded, span));
            copied = span.end;
        }
        out.push_str(&text[copied..]);
        Some(Decoded { text: out, replaced, cut })
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
    /// [`original_span`](Self::original_span) of `span`, in pieces around the furniture lines
    /// taken out inside it ("… at once and" and "it cannot go on", not the "ADVERTISEMENT"
    /// between them).
    fn original_spans(&self, span: Span) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = span.start;
        let k = self.cut.partition_point(|c| c.start < span.start);
        for c in self.cut[k..].iter().take_while(|c| c.end <= span.end) {
            if c.start > start {
                out.push(self.original_span(Span::new(start, c.start)));
            }
            start = c.end;
        }
        if start < span.end || out.is_empty() {
            out.push(self.original_span(Span::new(start, span.end)));
        }
        out
    }

    pub fn original_claim(&self, claim: Claim, original: &str) -> Claim {
        let text_span = |t: TextSpan| TextSpan::new(original, self.original_span(t.span()));
        let bytes = |start: usize, end: usize| self.original_span(Span::new(start, end));
        Claim {
            content: crate::Content::new(
                original,
                &claim.content.parts.iter().flat_map(|&p| self.original_spans(p)).collect::<Vec<_>>(),
            ),
            quotes: claim.quotes.into_iter().flat_map(|q| self.original_spans(q)).collect(),
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

    #[test]
    fn a_furniture_line_breaking_a_sentence_is_read_as_a_space() {
        // "“We are asking people to do two jobs at once and ⏎ ADVERTISEMENT ⏎ it cannot go on,”
        // Okafor said."
        let text = "\"We are asking people to do two jobs at once and\nADVERTISEMENT\nit cannot go on,\" \
                    Delia Okafor said.";
        let d = Decoded::new(text).expect("a furniture line");
        assert_eq!(
            d.text,
            "\"We are asking people to do two jobs at once and it cannot go on,\" Delia Okafor said."
        );
        let claims = crate::Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        let content = &claims[0].content;
        assert_eq!(content.text, "We are asking people to do two jobs at once and it cannot go on,");
        // (Its parts are the caller's text around the furniture line.)
        assert!(content.parts.iter().all(|p| !p.as_str(text).contains("ADVERTISEMENT")));
        assert_eq!(content.parts.len(), 2);
    }
}
