//! Pure bookkeeping around the model: label parsing, windows over long sentences, and merging
//! word-piece tags into word-level entities with byte spans.

use crate::entities::{Entity, EntityLabel};
use crate::Span;

/// One output class of a token-classification model, parsed from its `id2label` name.
///
/// ```
/// use claimex::entities::{EntityLabel, Tag};
/// assert_eq!(Tag::parse("B-PER"), Some(Tag::Begin(EntityLabel::Person)));
/// assert_eq!(Tag::parse("I-LOC"), Some(Tag::Inside(EntityLabel::Location)));
/// assert_eq!(Tag::parse("ORG"), Some(Tag::Inside(EntityLabel::Organization)));
/// assert_eq!(Tag::parse("S-MISC"), Some(Tag::Single(EntityLabel::Misc)));
/// assert_eq!(Tag::parse("O"), Some(Tag::Outside));
/// assert_eq!(Tag::parse("B-DATE"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Tag {
    /// Not part of an entity (`O`).
    Outside,
    /// First word of an entity (`B-X`).
    Begin(EntityLabel),
    /// A following word (`I-X`, `E-X`/`L-X`, or a bare `X` in IO tagging).
    Inside(EntityLabel),
    /// A one-word entity (`S-X` / `U-X`).
    Single(EntityLabel),
}

impl Tag {
    /// Parse an `id2label` name; `None` for a class that is not O or a CoNLL entity class.
    ///
    /// ```
    /// assert!(claimex::entities::Tag::parse("X-PER").is_none());
    /// ```
    pub fn parse(label: &str) -> Option<Tag> {
        let label = label.trim();
        if label == "O" {
            return Some(Tag::Outside);
        }
        let (kind, bare) = match label.split_once('-') {
            Some((p @ ("B" | "I" | "E" | "L" | "S" | "U"), rest)) => (p, rest),
            Some(_) => return None,
            None => ("", label),
        };
        let class = EntityLabel::from_conll(bare)?;
        Some(match kind {
            "B" => Tag::Begin(class),
            "S" | "U" => Tag::Single(class),
            _ => Tag::Inside(class),
        })
    }
}

/// Piece ranges covering `0..n`: one range when `n <= window`, else windows of `window` pieces
/// starting every `window - overlap` pieces, the last one ending at `n`.
pub(crate) fn windows(n: usize, window: usize, overlap: usize) -> Vec<(usize, usize)> {
    if n == 0 {
        return Vec::new();
    }
    let window = window.max(1);
    if n <= window {
        return vec![(0, n)];
    }
    let stride = window.saturating_sub(overlap).max(1);
    let mut out = Vec::with_capacity(n / stride + 1);
    let mut start = 0;
    loop {
        let end = start + window;
        if end >= n {
            out.push((n - window, n));
            break;
        }
        out.push((start, end));
        start += stride;
    }
    out
}

/// Widen a byte range of `text` to `char` boundaries.
fn on_chars(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    end = end.min(text.len());
    start = start.min(end);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    (start, end)
}

/// Entity being built while walking the words of a sentence.
struct Open {
    label: EntityLabel,
    start: usize,
    end: usize,
    score: f32,
    words: usize,
}

impl Open {
    fn close(self, text: &str, out: &mut Vec<Entity>) {
        let (start, end) = on_chars(text, self.start, self.end);
        if end > start {
            let score = (self.score / self.words.max(1) as f32).clamp(0.0, 1.0);
            out.push(Entity { span: Span::new(start, end), label: self.label, score });
        }
    }
}

/// Turn one sentence's piece tags into entities appended to `out`.
///
/// `offsets` are byte ranges into the sentence, which starts at `base` in `text`; `words` gives
/// each piece's word (consecutive pieces of one word share it; `None` is a word of its own);
/// `best` each piece's (tag index, probability, _). A word takes its first piece's tag.
pub(crate) fn entities(
    text: &str,
    base: usize,
    offsets: &[(usize, usize)],
    words: &[Option<u32>],
    best: &[Option<(usize, f32, usize)>],
    tags: &[Tag],
    out: &mut Vec<Entity>,
) {
    let mut open: Option<Open> = None;
    let mut i = 0;
    while i < offsets.len() {
        // The word's pieces: i..j.
        let mut j = i + 1;
        if let Some(w) = words.get(i).copied().flatten() {
            while j < offsets.len() && words.get(j).copied().flatten() == Some(w) {
                j += 1;
            }
        }
        let (start, end) = (base + offsets[i].0, base + offsets[j - 1].1);
        let (tag, score) = match best.get(i).copied().flatten() {
            Some((t, p, _)) => (tags.get(t).copied().unwrap_or(Tag::Outside), p),
            None => (Tag::Outside, 0.0),
        };
        i = j;
        if end <= start {
            continue;
        }
        match tag {
            Tag::Outside => {
                if let Some(o) = open.take() {
                    o.close(text, out);
                }
            }
            Tag::Inside(label) if open.as_ref().is_some_and(|o| o.label == label) => {
                if let Some(o) = open.as_mut() {
                    o.end = end;
                    o.score += score;
                    o.words += 1;
                }
            }
            Tag::Begin(label) | Tag::Inside(label) | Tag::Single(label) => {
                if let Some(o) = open.take() {
                    o.close(text, out);
                }
                let o = Open { label, start, end, score, words: 1 };
                if matches!(tag, Tag::Single(_)) {
                    o.close(text, out);
                } else {
                    open = Some(o);
                }
            }
        }
    }
    if let Some(o) = open.take() {
        o.close(text, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_cover_everything_with_overlap() {
        assert!(windows(0, 10, 2).is_empty());
        assert_eq!(windows(7, 10, 2), vec![(0, 7)]);
        assert_eq!(windows(10, 10, 2), vec![(0, 10)]);
        let w = windows(25, 10, 4);
        assert_eq!(w, vec![(0, 10), (6, 16), (12, 22), (15, 25)]);
        for n in 1..200 {
            let w = windows(n, 16, 4);
            assert_eq!(w[0].0, 0);
            assert_eq!(w.last().unwrap().1, n);
            for pair in w.windows(2) {
                assert!(pair[1].0 < pair[0].1, "no gap between windows");
            }
            assert!(w.iter().all(|(a, b)| b - a <= 16));
        }
    }

    #[test]
    fn bio_merging() {
        let tags = [
            Tag::Outside,
            Tag::Begin(EntityLabel::Person),
            Tag::Inside(EntityLabel::Person),
            Tag::Inside(EntityLabel::Location),
        ];
        // "Jo Ann Lee went to Oslo" with "Jo" + "Ann" + "Lee" as B I I, "Oslo" as I-LOC.
        let text = "Jo Ann Lee went to Oslo";
        let offsets = [(0, 2), (3, 6), (7, 10), (11, 15), (16, 18), (19, 21), (21, 23)];
        let words = [Some(0), Some(1), Some(2), Some(3), Some(4), Some(5), Some(5)];
        let best: Vec<_> = [1, 2, 2, 0, 0, 3, 1].iter().map(|&t| Some((t, 0.5, 0))).collect();
        let mut out = Vec::new();
        entities(text, 0, &offsets, &words, &best, &tags, &mut out);
        let got: Vec<_> = out.iter().map(|e| (e.label, e.span.as_str(text))).collect();
        assert_eq!(got, vec![(EntityLabel::Person, "Jo Ann Lee"), (EntityLabel::Location, "Oslo")]);
    }
}
