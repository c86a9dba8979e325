//! Byte spans into the caller's text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the text given to
/// [`Extractor::extract`](crate::Extractor::extract).
///
/// Every span the crate returns lies on `char` boundaries, so slicing the
/// input with it never panics.
///
/// ```
/// use claimex::Span;
/// let text = "Putin said no.";
/// let span = Span::new(0, 5);
/// assert_eq!(span.as_str(text), "Putin");
/// assert_eq!(span.len(), 5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (half-open). `end` is raised to `start` if smaller.
    ///
    /// ```
    /// assert_eq!(claimex::Span::new(3, 1).len(), 0);
    /// ```
    pub const fn new(start: usize, end: usize) -> Self {
        let end = if end < start { start } else { end };
        Span { start, end }
    }

    /// Number of bytes covered.
    ///
    /// ```
    /// assert_eq!(claimex::Span::new(2, 7).len(), 5);
    /// ```
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    ///
    /// ```
    /// assert!(claimex::Span::new(4, 4).is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text the span covers, or `""` when the span does not fit `text`.
    ///
    /// ```
    /// assert_eq!(claimex::Span::new(0, 2).as_str("hello"), "he");
    /// assert_eq!(claimex::Span::new(0, 99).as_str("hello"), "");
    /// ```
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether `other` lies wholly inside this span.
    ///
    /// ```
    /// use claimex::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 5)));
    /// ```
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    ///
    /// ```
    /// use claimex::Span;
    /// assert!(Span::new(0, 5).overlaps(Span::new(4, 8)));
    /// assert!(!Span::new(0, 4).overlaps(Span::new(4, 8)));
    /// ```
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// use claimex::Span;
    /// assert_eq!(Span::new(2, 4).cover(Span::new(6, 9)), Span::new(2, 9));
    /// ```
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}
