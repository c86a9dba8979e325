//! Byte offsets (the crate's) to code-point offsets (Python's string indices).
//!
//! Python indexes a `str` by code point; the crate's spans are UTF-8 byte ranges. Every curly
//! quote before a span shifts them apart by two, an emoji by three. [`CharOffsets::new`] finds
//! the code-point offset of every offset one document's claims use in one forward walk over the
//! text, so the conversion costs one pass per document, not one per span.

use claimex::Claim;

/// The code-point offset of each byte offset used by one document's claims.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CharOffsets {
    /// The text is ASCII up to the last offset: every offset is its own code-point offset.
    Ascii,
    /// `chars[i]` is the code-point offset of `bytes[i]`; `bytes` is sorted and distinct.
    Table {
        /// The byte offsets the claims use.
        bytes: Vec<usize>,
        /// Their code-point offsets.
        chars: Vec<usize>,
    },
}

impl CharOffsets {
    /// The table for `claims`, extracted from `text`.
    pub fn new(text: &str, claims: &[Claim]) -> Self {
        let mut bytes: Vec<usize> = claims.iter().flat_map(span_offsets).map(|b| b.min(text.len())).collect();
        bytes.sort_unstable();
        bytes.dedup();
        let last = bytes.last().copied().unwrap_or(0);
        if text.as_bytes()[..last].is_ascii() {
            return CharOffsets::Ascii;
        }
        let mut chars = Vec::with_capacity(bytes.len());
        let (mut at, mut count) = (0, 0);
        for &b in &bytes {
            count += code_points(&text.as_bytes()[at..b]);
            at = b;
            chars.push(count);
        }
        CharOffsets::Table { bytes, chars }
    }

    /// The code-point offset of `byte`, or `None` when `byte` is not one of the claims' offsets
    /// (a span field that [`span_offsets`] does not list).
    pub fn char_of(&self, byte: usize) -> Option<usize> {
        match self {
            CharOffsets::Ascii => Some(byte),
            CharOffsets::Table { bytes, chars } => bytes.binary_search(&byte).ok().map(|i| chars[i]),
        }
    }
}

/// Every byte offset of `claim`: the start and end of its content and its parts, quotes, speaker mention, cue
/// and source. A span field added to `Claim` must be added here; until it is, converting a
/// claim of a non-ASCII document to Python fails with an error naming the field.
fn span_offsets(claim: &Claim) -> impl Iterator<Item = usize> + '_ {
    let spans = [
        Some((claim.content.start, claim.content.end)),
        claim.speaker.as_ref().map(|s| (s.mention.start, s.mention.end)),
        claim.cue.as_ref().map(|c| (c.start, c.end)),
        claim.source.as_ref().map(|s| (s.start, s.end)),
    ];
    let quotes = claim.content.parts.iter().chain(&claim.quotes).map(|q| (q.start, q.end));
    spans.into_iter().flatten().chain(quotes).flat_map(|(start, end)| [start, end])
}

/// Code points starting in `bytes` (UTF-8): every byte but continuation bytes (`10xxxxxx`).
fn code_points(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(text: &str) -> Vec<Claim> {
        claimex::Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default()
    }

    /// Each offset's code-point count, the slow way: from the start of the text.
    fn expected(text: &str, byte: usize) -> usize {
        text[..byte].chars().count()
    }

    #[test]
    fn ascii_text_maps_offsets_to_themselves() {
        let text = "\"We will win,\" Smith said.";
        assert_eq!(CharOffsets::new(text, &claims(text)), CharOffsets::Ascii);
    }

    #[test]
    fn every_offset_counts_code_points_before_it() {
        let text = "“We will win 🏆,” Zoë Smith said. Officials in 東京 denied that the talks had failed, Reuters reported.";
        let found = claims(text);
        assert_eq!(found.len(), 2);
        let table = CharOffsets::new(text, &found);
        for b in found.iter().flat_map(span_offsets) {
            assert_eq!(table.char_of(b), Some(expected(text, b)), "byte {b}");
        }
    }

    #[test]
    fn an_offset_outside_the_table_is_none() {
        let text = "“Yes,” she said.";
        let table = CharOffsets::new(text, &claims(text));
        assert!(matches!(table, CharOffsets::Table { .. }));
        assert_eq!(table.char_of(1), None);
    }

    #[test]
    fn code_points_skip_continuation_bytes() {
        assert_eq!(code_points("a“é🏆".as_bytes()), 4);
        assert_eq!(code_points(&"🏆".as_bytes()[1..]), 0);
    }
}
