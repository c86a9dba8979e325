//! Quote-overlap figures: PolNeAR scored the way the Gender Gap Tracker scores its quote extractor
//! (its published `evaluate_quotes.py`), once against every gold attribution and once against the
//! gold *statements* only.
//!
//! The metric, per document: the gold attributions are taken in file order, and each takes the
//! not yet taken claim that covers the largest share of its content, when that share is above 0.3
//! (share = characters of the gold content inside the claim's content / characters of the gold
//! content; a long claim around a short gold matches). Matched gold are true positives, unmatched
//! gold false negatives, claims left over false positives. The speaker of a true positive is right
//! when the claim's speaker mention overlaps a gold Source span.
//!
//! Gold statements: a gold attribution whose content is wholly or partly in quote marks, or whose
//! cue is, in claimex's own cue lexicon, a verb of speech reporting a statement
//! ([`claimex::Stance::is_statement`]: "said", "insisted", "admitted", "suggested", "warned",
//! "according to"). Attitudes ("believes", "wants"), charges and praise ("accused", "praised"),
//! appeals ("urged", "called for") and rejections ("denied") fall outside. This is how a quote set
//! that annotates reported statements only sees the claims (one such set is the external news set
//! of issue 13, whose published figures this metric reproduces); PolNeAR annotates all of them.

use claimex::lexicon::Lexicons;
use claimex::{Act, Claim, ClaimKind, Span};

use crate::polnear::{overlaps_any, ratio, speaker_span, Gold};

/// True and false positives, false negatives and right speakers of one gold scope.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct QuoteCounts {
    pub(crate) tp: usize,
    pub(crate) fp: usize,
    pub(crate) fn_: usize,
    pub(crate) speaker_ok: usize,
}

impl QuoteCounts {
    pub(crate) fn add(&mut self, other: QuoteCounts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
        self.speaker_ok += other.speaker_ok;
    }

    /// Precision, recall, F1 and speaker accuracy.
    pub(crate) fn figures(&self) -> [f64; 4] {
        let (p, r) = (ratio(self.tp, self.tp + self.fp), ratio(self.tp, self.tp + self.fn_));
        [p, r, crate::polnear::f1(p, r), ratio(self.speaker_ok, self.tp)]
    }
}

/// Whether a gold attribution reports a statement (see the module comment); `kind` is its kind by
/// quote marks.
pub(crate) fn is_statement(text: &str, gold: &Gold, kind: ClaimKind, lexicons: &Lexicons) -> bool {
    if kind != ClaimKind::Indirect {
        return true;
    }
    let cue: String = gold.cue.iter().map(|s| s.as_str(text)).collect::<Vec<_>>().join(" ");
    let cue = cue.trim().replace('’', "'").to_lowercase();
    let entry = lexicons.cue(&cue).or_else(|| lexicons.find_cues(&cue).next().map(|(_, _, e)| e));
    entry.is_some_and(|e| e.act == Act::Speech && e.stance.is_statement())
}

/// Characters (not bytes) of `a` inside `b`, and of `a`.
fn covered(text: &str, a: &[Span], b: &[Span]) -> (usize, usize) {
    let mut inside = 0;
    let mut all = 0;
    for s in a {
        for i in s.start..s.end {
            if !text.is_char_boundary(i) {
                continue;
            }
            all += 1;
            inside += usize::from(b.iter().any(|t| t.start <= i && i < t.end));
        }
    }
    (inside, all)
}

/// The counts of one document for the gold attributions with `in_scope` set.
pub(crate) fn score(text: &str, claims: &[Claim], golds: &[Gold], in_scope: &[bool]) -> QuoteCounts {
    let contents: Vec<Vec<Span>> = claims
        .iter()
        .map(|c| {
            if c.content.parts.is_empty() {
                vec![Span::new(c.content.start, c.content.end)]
            } else {
                c.content.parts.clone()
            }
        })
        .collect();
    let mut taken = vec![false; claims.len()];
    let mut counts = QuoteCounts::default();
    for (gold, _) in golds.iter().zip(in_scope).filter(|(_, &s)| s) {
        let mut best: Option<(usize, f64)> = None;
        for (c, content) in contents.iter().enumerate().filter(|(c, _)| !taken[*c]) {
            let (inside, all) = covered(text, &gold.content, content);
            let share = ratio(inside, all);
            if share > 0.3 && best.is_none_or(|(_, b)| share > b) {
                best = Some((c, share));
            }
        }
        let Some((c, _)) = best else {
            counts.fn_ += 1;
            continue;
        };
        taken[c] = true;
        counts.tp += 1;
        counts.speaker_ok +=
            usize::from(speaker_span(&claims[c]).is_some_and(|s| overlaps_any(s, &gold.source)));
    }
    counts.fp = taken.iter().filter(|t| !**t).count();
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(text: &str) -> Vec<Claim> {
        claimex::Extractor::builder().build().expect("builds").extract(text).expect("extracts").claims
    }

    fn gold(text: &str, content: &str, source: &str, cue: &str) -> Gold {
        let at = |s: &str| {
            let start = text.find(s).expect("in text");
            Span::new(start, start + s.len())
        };
        Gold { content: vec![at(content)], source: vec![at(source)], cue: vec![at(cue)] }
    }

    #[test]
    fn a_claim_covering_a_third_of_a_gold_matches_and_the_rest_are_false_positives() {
        // "Rates will rise" is covered whole by the claim's content; the appeal is a claim the
        // statement scope does not hold.
        let text = "Rates will rise sharply next year, the minister said. She urged banks to lend more.";
        let cs = claims(text);
        assert_eq!(cs.len(), 2);
        let golds = [
            gold(text, "Rates will rise sharply next year", "the minister", "said"),
            gold(text, "banks to lend more", "She", "urged"),
        ];
        let lex = Lexicons::default();
        let scope: Vec<bool> =
            golds.iter().map(|g| is_statement(text, g, ClaimKind::Indirect, &lex)).collect();
        assert_eq!(scope, [true, false]);
        let all = score(text, &cs, &golds, &[true, true]);
        assert_eq!((all.tp, all.fp, all.fn_, all.speaker_ok), (2, 0, 0, 2));
        let statements = score(text, &cs, &golds, &scope);
        assert_eq!((statements.tp, statements.fp, statements.fn_), (1, 1, 0));
    }

    #[test]
    fn coverage_counts_characters_not_bytes() {
        let text = "Café prices rose";
        let a = [Span::new(0, 5)];
        assert_eq!(covered(text, &a, &[Span::new(0, 3)]), (3, 4));
    }
}
