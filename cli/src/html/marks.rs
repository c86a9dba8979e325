//! The highlighted stretches of a page: each claim's parts as marks, and the text cut into pieces
//! at every mark boundary so that overlapping marks become flat, non-nested elements.

use claimex::Claim;

/// What a marked stretch is to its claim. The order is the order of the CSS rules: a later role
/// paints over an earlier one where they overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// What was said.
    Content,
    /// The outlet credited.
    Source,
    /// The speaker's mention.
    Speaker,
    /// The reporting verb.
    Cue,
}

impl Role {
    /// Every role, in legend order.
    pub const ALL: [Role; 4] = [Role::Content, Role::Cue, Role::Speaker, Role::Source];

    /// The CSS class, the name in `data-hl`, the legend and the tooltips.
    pub fn class(self) -> &'static str {
        match self {
            Role::Content => "content",
            Role::Source => "source",
            Role::Speaker => "speaker",
            Role::Cue => "cue",
        }
    }
}

/// One claim part: a byte range of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub claim: usize,
    pub role: Role,
}

/// The marks of `claims`: content, cue, speaker mention and source of each; empty ones left out.
pub fn of(claims: &[Claim]) -> Vec<Mark> {
    let mut marks = Vec::new();
    for (claim, c) in claims.iter().enumerate() {
        let mut add = |start: usize, end: usize, role: Role| {
            if start < end {
                marks.push(Mark { start, end, claim, role });
            }
        };
        for part in &c.content.parts {
            add(part.start, part.end, Role::Content);
        }
        if let Some(cue) = &c.cue {
            add(cue.start, cue.end, Role::Cue);
        }
        if let Some(speaker) = &c.speaker {
            add(speaker.mention.start, speaker.mention.end, Role::Speaker);
        }
        if let Some(source) = &c.source {
            add(source.start, source.end, Role::Source);
        }
    }
    marks.sort_by_key(|m| (m.start, m.end));
    marks
}

/// A stretch of text between two consecutive mark boundaries, with the marks covering it
/// (indices into the marks, in their order).
#[derive(Debug, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    pub marks: Vec<usize>,
}

/// Cut `0..len` at every boundary of `marks` (sorted by start, as [`of`] returns them). One
/// sweep: marks enter the active set at their start and leave it at their end.
pub fn pieces(len: usize, marks: &[Mark]) -> Vec<Piece> {
    let mut cuts: Vec<usize> = marks.iter().flat_map(|m| [m.start, m.end]).filter(|&b| b < len).collect();
    cuts.push(0);
    cuts.push(len);
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len());
    let mut active: Vec<usize> = Vec::new();
    let mut next = 0;
    for w in cuts.windows(2) {
        let (start, end) = (w[0], w[1]);
        active.retain(|&m| marks[m].end > start);
        while next < marks.len() && marks[next].start <= start {
            if marks[next].end > start {
                active.push(next);
            }
            next += 1;
        }
        let mut covering = active.clone();
        covering.sort_unstable();
        out.push(Piece { start, end, marks: covering });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize, claim: usize, role: Role) -> Mark {
        Mark { start, end, claim, role }
    }

    #[test]
    fn overlapping_marks_become_flat_pieces() {
        // "ab[cd{ef]gh}ij": content 2..6 of claim 0, content 4..8 of claim 1, cue 4..6 of claim 1.
        let marks =
            vec![mark(2, 6, 0, Role::Content), mark(4, 6, 1, Role::Cue), mark(4, 8, 1, Role::Content)];
        let got: Vec<(usize, usize, Vec<usize>)> =
            pieces(10, &marks).into_iter().map(|p| (p.start, p.end, p.marks)).collect();
        assert_eq!(
            got,
            [(0, 2, vec![]), (2, 4, vec![0]), (4, 6, vec![0, 1, 2]), (6, 8, vec![2]), (8, 10, vec![])]
        );
    }

    #[test]
    fn pieces_cover_the_text_once() {
        let text = include_str!("../../tests/data/idlib-summit.txt");
        let claims = claimex::Extractor::new().extract(text).unwrap().claims;
        let marks = of(&claims);
        let pieces = pieces(text.len(), &marks);
        assert_eq!(pieces.first().map(|p| p.start), Some(0));
        assert_eq!(pieces.last().map(|p| p.end), Some(text.len()));
        assert!(pieces.windows(2).all(|w| w[0].end == w[1].start && w[0].start < w[0].end));
        for (i, m) in marks.iter().enumerate() {
            let covered: usize =
                pieces.iter().filter(|p| p.marks.contains(&i)).map(|p| p.end - p.start).sum();
            assert_eq!(covered, m.end - m.start, "mark {i}");
        }
    }

    #[test]
    fn no_text_gives_no_piece() {
        assert_eq!(pieces(0, &[]), []);
    }
}
