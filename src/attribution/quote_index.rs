//! One index over the document's quotes (sorted by start, not overlapping): which quote holds a
//! byte, which opens at it, which closes just before it, and which lie inside a span. Every rule
//! asks it instead of searching the quote list itself.

use crate::quotes::Quote;
use crate::Span;

/// The quotes of a document, for lookups by byte offset.
#[derive(Clone, Copy)]
pub(crate) struct QuoteIndex<'q> {
    quotes: &'q [Quote],
    text: &'q str,
}

impl<'q> QuoteIndex<'q> {
    pub fn new(quotes: &'q [Quote], text: &'q str) -> Self {
        QuoteIndex { quotes, text }
    }

    /// All quotes in text order.
    pub fn all(&self) -> &'q [Quote] {
        self.quotes
    }

    /// Index of the first quote that does not end at or before byte `at`.
    fn first_ending_after(&self, at: usize) -> usize {
        self.quotes.partition_point(|q| q.span.end <= at)
    }

    /// Whether byte `at` lies inside a quote, after its opening mark.
    pub fn inside(&self, at: usize) -> bool {
        self.quotes.get(self.first_ending_after(at)).is_some_and(|q| q.span.start < at)
    }

    /// The quote whose span (marks included) holds byte `at`.
    pub fn covering(&self, at: usize) -> Option<&'q Quote> {
        self.quotes.get(self.first_ending_after(at)).filter(|q| q.span.start <= at)
    }

    /// The first quote opening at or after byte `at`.
    pub fn first_from(&self, at: usize) -> Option<&'q Quote> {
        self.quotes.get(self.quotes.partition_point(|q| q.span.start < at))
    }

    /// The quote whose opening mark is at byte `at`.
    pub fn opening_at(&self, at: usize) -> Option<&'q Quote> {
        self.first_from(at).filter(|q| q.span.start == at)
    }

    /// The quote (index) whose closing mark ends just before byte `at`, with only spaces, commas or
    /// dashes between, and no line break: a line break between a quote and an attribution
    /// separates them.
    pub fn closing_before(&self, at: usize) -> Option<usize> {
        let q = self.first_ending_after(at).checked_sub(1)?;
        let gap = self.text.get(self.quotes[q].span.end..at)?;
        gap.chars()
            .all(|c| (c.is_whitespace() && c != '\n' && c != '\r') || c == ',' || c == '—' || c == '–')
            .then_some(q)
    }

    /// The inner spans of the quotes that lie wholly inside `span`.
    pub fn inside_span(&self, span: Span) -> Vec<Span> {
        self.quotes[self.first_ending_after(span.start)..]
            .iter()
            .take_while(|q| q.span.start < span.end)
            .filter(|q| span.contains(q.span))
            .map(|q| q.inner)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    #[test]
    fn lookups_by_byte() {
        let text = "He said “we won,” and “then left.”";
        let doc = Document::new(text);
        let quotes = crate::quotes::find(&doc);
        let index = QuoteIndex::new(&quotes, text);
        let first = text.find('“').unwrap_or(0);
        assert!(index.opening_at(first).is_some());
        assert!(!index.inside(first) && index.covering(first).is_some());
        assert!(index.inside(first + 4));
        let and = text.find("and").unwrap_or(0);
        assert_eq!(index.closing_before(and - 1), Some(0));
        assert_eq!(index.first_from(and).map(|q| q.inner.as_str(text)), Some("then left."));
        assert_eq!(index.inside_span(Span::new(0, text.len())).len(), 2);
        assert!(index.inside_span(Span::new(0, and)).len() == 1);
    }
}
