//! Stage 4a: quotation marks paired into quotes.

use crate::text::Document;
use crate::Span;

/// A direct quotation: an opening mark, its text, and the closing mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to the closing mark, both included.
    pub span: Span,
    /// The text inside the outer marks.
    pub inner: Span,
}

/// Find the quotations of `doc`.
pub fn find(_doc: &Document<'_>) -> Vec<Quote> {
    Vec::new()
}
