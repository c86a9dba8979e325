//! PolNeAR as the examples read it: brat standoff annotation (character offsets) into gold
//! attributions, the list of articles, and the scoring of one document's claims against its gold —
//! the lenient match and, through `strict.rs`, the strict judgement of each matched pair. One
//! reader for the evaluation (`main.rs`), the tagger's training (`examples/train_tagger.rs`,
//! `examples/support/train.rs`) and its test (`tests/tagger_train.rs`), which include this file and
//! `strict.rs` with `#[path]`.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use claimex::{Claim, ClaimKind, Span};

use crate::strict;

// ---------------------------------------------------------------------------------------------
// Gold annotation
// ---------------------------------------------------------------------------------------------

/// One gold attribution: byte spans of its roles (discontinuous spans and Content2 etc. flattened).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Gold {
    pub(crate) content: Vec<Span>,
    pub(crate) source: Vec<Span>,
    pub(crate) cue: Vec<Span>,
}

/// Counters about the annotation file itself.
#[derive(Debug, Clone, Default)]
pub(crate) struct ParseStats {
    /// E lines read.
    pub(crate) events: usize,
    /// E lines without any Content role (skipped).
    pub(crate) no_content: usize,
    /// E role references to a T id that does not exist, or offsets outside the text.
    pub(crate) bad_refs: usize,
    /// Single-span T lines whose text differs from the article at the converted offsets.
    pub(crate) text_mismatch: usize,
    /// Single-span T lines checked.
    pub(crate) text_checked: usize,
}

/// Byte offset of every character index `0..=chars` of `text`.
pub(crate) fn char_to_byte_table(text: &str) -> Vec<usize> {
    let mut table: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    table.push(text.len());
    table
}

/// Parse brat standoff leniently. Offsets are character offsets into `text`; the returned spans are
/// byte spans. Lines that are neither `T` nor `E` lines (notes, continuation lines of multi-line
/// span texts, blanks) are ignored.
pub(crate) fn parse_brat(ann: &str, text: &str) -> (Vec<Gold>, ParseStats) {
    let table = char_to_byte_table(text);
    let mut stats = ParseStats::default();
    let mut spans: HashMap<&str, Vec<Span>> = HashMap::new();
    let mut events: Vec<Vec<(&str, &str)>> = Vec::new();
    for line in ann.lines() {
        let mut fields = line.splitn(3, '\t');
        let (Some(id), Some(middle)) = (fields.next(), fields.next()) else { continue };
        let id = id.trim();
        if id.starts_with('T') {
            let Some((_role, offsets)) = middle.trim().split_once(' ') else { continue };
            let mut list = Vec::new();
            let mut ok = true;
            for pair in offsets.split(';') {
                let mut nums = pair.split_whitespace().map(str::parse::<usize>);
                match (nums.next(), nums.next()) {
                    (Some(Ok(a)), Some(Ok(b))) if a <= b && b < table.len() => {
                        list.push(Span::new(table[a], table[b]))
                    }
                    _ => ok = false,
                }
            }
            if !ok {
                stats.bad_refs += 1;
            }
            if list.len() == 1 {
                if let Some(t) = fields.next() {
                    let want = t.trim();
                    if !want.is_empty() {
                        stats.text_checked += 1;
                        if list[0].as_str(text).trim() != want {
                            stats.text_mismatch += 1;
                        }
                    }
                }
            }
            spans.insert(id, list);
        } else if id.starts_with('E') {
            let roles = middle
                .split_whitespace()
                .filter_map(|r| r.split_once(':'))
                .filter(|(role, t)| !role.is_empty() && !t.is_empty())
                .collect();
            events.push(roles);
        }
    }
    let mut golds = Vec::new();
    for roles in events {
        stats.events += 1;
        let mut gold = Gold::default();
        for (role, tid) in roles {
            let target = if role.starts_with("Content") {
                &mut gold.content
            } else if role.starts_with("Source") {
                &mut gold.source
            } else if role.starts_with("Cue") {
                &mut gold.cue
            } else {
                continue; // Attribution / Attribution-no-source anchors
            };
            match spans.get(tid) {
                Some(list) => target.extend(list.iter().copied().filter(|s| !s.is_empty())),
                None => stats.bad_refs += 1,
            }
        }
        for list in [&mut gold.content, &mut gold.source, &mut gold.cue] {
            list.sort();
            list.dedup();
        }
        if gold.content.is_empty() {
            stats.no_content += 1;
            continue;
        }
        golds.push(gold);
    }
    golds.sort_by_key(|g| g.content[0]);
    (golds, stats)
}

// ---------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------

/// Lower-cased alphanumeric words of `text` within `spans`, as a set (the tests read gold text
/// with it; scoring counts words by place, [`token_positions`]).
#[cfg(test)]
pub(crate) fn token_set(text: &str, spans: &[Span]) -> HashSet<String> {
    let mut set = HashSet::new();
    for span in spans {
        for word in span.as_str(text).split(|c: char| !c.is_alphanumeric()) {
            if !word.is_empty() {
                set.insert(word.to_lowercase());
            }
        }
    }
    set
}

/// Byte offsets of the alphanumeric words of `text` within `spans`: the words themselves, by
/// place, so that two spans share a word only where they share its occurrence.
pub(crate) fn token_positions(text: &str, spans: &[Span]) -> HashSet<usize> {
    let mut set = HashSet::new();
    for span in spans {
        let piece = span.as_str(text);
        let mut start = None;
        for (i, c) in piece.char_indices().chain(std::iter::once((piece.len(), ' '))) {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    set.insert(span.start + s);
                    start = None;
                }
                _ => {}
            }
        }
    }
    set
}

/// Token-set F1 of two sets (0 when either is empty).
pub(crate) fn set_f1<T: std::hash::Hash + Eq>(a: &HashSet<T>, b: &HashSet<T>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let common = a.intersection(b).count();
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// One-to-one matching from a matrix of F1 scores (`f1[claim][gold]`): pairs with F1 ≥ `threshold`,
/// best first, ties in (claim, gold) order. Returns, for each claim, its gold index.
pub(crate) fn greedy_match(f1: &[Vec<f64>], n_gold: usize, threshold: f64) -> Vec<Option<usize>> {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (c, row) in f1.iter().enumerate() {
        for (g, &score) in row.iter().enumerate() {
            if score >= threshold {
                pairs.push((score, c, g));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut claim_to_gold = vec![None; f1.len()];
    let mut gold_taken = vec![false; n_gold];
    for (_, c, g) in pairs {
        if claim_to_gold[c].is_none() && !gold_taken[g] {
            claim_to_gold[c] = Some(g);
            gold_taken[g] = true;
        }
    }
    claim_to_gold
}

pub(crate) fn overlaps_any(span: Span, spans: &[Span]) -> bool {
    spans.iter().any(|s| span.start < s.end && s.start < span.end)
}

/// The span that stands for the claim's speaker: its mention, or its outlet when it has no speaker.
pub(crate) fn speaker_span(claim: &Claim) -> Option<Span> {
    match (&claim.speaker, &claim.source) {
        (Some(sp), _) => Some(sp.mention.span()),
        (None, Some(src)) => Some(Span::new(src.start, src.end)),
        (None, None) => None,
    }
}

/// Speaker rule: overlap with the gold Source; with no gold Source, right iff the claim has no speaker.
pub(crate) fn speaker_right(claim: &Claim, gold: &Gold) -> bool {
    if gold.source.is_empty() {
        return claim.speaker.is_none();
    }
    speaker_span(claim).is_some_and(|s| overlaps_any(s, &gold.source))
}

/// Cue rule: `None` when the gold has no cue (not counted).
pub(crate) fn cue_right(claim: &Claim, gold: &Gold) -> Option<bool> {
    if gold.cue.is_empty() {
        return None;
    }
    Some(claim.cue.as_ref().is_some_and(|c| overlaps_any(Span::new(c.start, c.end), &gold.cue)))
}

/// The scoring of one document.
#[derive(Debug, Clone, Default)]
pub(crate) struct DocScore {
    /// For each claim, the matched gold index.
    pub(crate) claim_to_gold: Vec<Option<usize>>,
    /// For each gold, the matched claim index.
    pub(crate) gold_to_claim: Vec<Option<usize>>,
    /// For each claim: matched and speaker right.
    pub(crate) tp: Vec<bool>,
    /// For each claim: cue verdict when matched and gold has a cue.
    pub(crate) cue_ok: Vec<Option<bool>>,
    /// For each claim: speaker verdict when matched.
    pub(crate) speaker_ok: Vec<Option<bool>>,
    /// For each unmatched claim: it is another piece of a multi-span gold attribution that a claim of
    /// the same speaker already matched (`"Q1," X said. "Q2."` annotated as one attribution).
    pub(crate) fragment: Vec<bool>,
    /// For each claim: the strict judgement of its pair, when matched.
    pub(crate) strict: Vec<Option<StrictPair>>,
    /// For each gold: its kind, inferred from its quote marks.
    pub(crate) gold_kind: Vec<ClaimKind>,
}

/// The strict judgement of one matched (claim, gold) pair.
#[derive(Debug, Clone)]
pub(crate) struct StrictPair {
    pub(crate) content: strict::ContentVerdict,
    /// The gold Content's forms, kept for the miss report.
    pub(crate) forms: strict::ContentForms,
    pub(crate) source: strict::SourceClass,
    /// The fullest names a `Name` gold Source stands for (empty for other classes).
    pub(crate) targets: Vec<String>,
    pub(crate) speaker_exact: bool,
}

impl StrictPair {
    /// Content exact and speaker exact.
    pub(crate) fn tp(&self) -> bool {
        self.content.ok() && self.speaker_exact
    }
}

/// Judge a matched pair strictly (see `strict.rs`); `speaker_lenient` is the lenient speaker verdict,
/// used where the gold Source names no one.
pub(crate) fn judge_strict(
    text: &str,
    names: &mut strict::DocNames<'_>,
    claim: &Claim,
    gold: &Gold,
    speaker_lenient: bool,
) -> StrictPair {
    let forms = strict::ContentForms::new(text, &gold.content);
    // (Part by part, or as the claim's joined text: a quotation over paragraphs keeps the full stop
    // at the end of each paragraph, which a part's edge would lose.)
    let content = forms
        .judge(&strict::normalise_parts(text, &claim.content.parts))
        .or(forms.judge(&strict::normalise(&claim.content.text)));
    let source = strict::source_class(text, &gold.source);
    let targets = match &source {
        strict::SourceClass::Name { key, words } => names.targets(key, words),
        _ => Vec::new(),
    };
    let speaker_exact = match &source {
        strict::SourceClass::Name { .. } => {
            strict::claim_names(claim).iter().any(|name| targets.iter().any(|t| strict::names_match(name, t)))
        }
        _ => speaker_lenient,
    };
    StrictPair { content, forms, source, targets, speaker_exact }
}

pub(crate) fn score_document(text: &str, claims: &[Claim], golds: &[Gold]) -> DocScore {
    let gold_tokens: Vec<_> = golds.iter().map(|g| token_positions(text, &g.content)).collect();
    let f1: Vec<Vec<f64>> = claims
        .iter()
        .map(|c| {
            let ct = token_positions(text, &c.content.parts);
            gold_tokens.iter().map(|gt| set_f1(&ct, gt)).collect()
        })
        .collect();
    let claim_to_gold = greedy_match(&f1, golds.len(), 0.5);
    let mut gold_to_claim = vec![None; golds.len()];
    let mut s = DocScore {
        tp: vec![false; claims.len()],
        cue_ok: vec![None; claims.len()],
        speaker_ok: vec![None; claims.len()],
        strict: vec![None; claims.len()],
        gold_kind: golds.iter().map(|g| strict::gold_kind(text, &g.content)).collect(),
        ..DocScore::default()
    };
    let mut names = strict::DocNames::new(text);
    for (c, g) in claim_to_gold.iter().enumerate() {
        if let Some(g) = *g {
            gold_to_claim[g] = Some(c);
            let sp = speaker_right(&claims[c], &golds[g]);
            s.speaker_ok[c] = Some(sp);
            s.tp[c] = sp;
            s.cue_ok[c] = cue_right(&claims[c], &golds[g]);
            s.strict[c] = Some(judge_strict(text, &mut names, &claims[c], &golds[g], sp));
        }
    }
    s.fragment = claims
        .iter()
        .enumerate()
        .map(|(c, claim)| {
            claim_to_gold[c].is_none()
                && golds.iter().zip(&gold_to_claim).any(|(gold, m)| {
                    m.is_some_and(|m| {
                        gold.content.len() > 1
                            && claim.content.parts.iter().any(|&p| overlaps_any(p, &gold.content))
                            && claims[m].speaker.as_ref().map(|s| s.id)
                                == claim.speaker.as_ref().map(|s| s.id)
                    })
                })
        })
        .collect();
    s.claim_to_gold = claim_to_gold;
    s.gold_to_claim = gold_to_claim;
    s
}

pub(crate) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

pub(crate) fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// `(name, text path, annotation path)` for every article with an annotation file.
pub(crate) fn list_documents(dir: &Path) -> Result<Vec<(String, PathBuf, Option<PathBuf>)>, String> {
    let read = |d: PathBuf| -> Result<Vec<PathBuf>, String> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(&d)
            .map_err(|e| format!("{}: {e}", d.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        v.sort();
        Ok(v)
    };
    let mut anns: HashMap<String, PathBuf> = HashMap::new();
    for p in read(dir.join("attributions"))? {
        if p.extension().is_some_and(|e| e == "ann") {
            if let Some(stem) = p.file_stem().and_then(|s| s.to_str()) {
                let base = stem.rsplit_once('_').map_or(stem, |(b, _)| b);
                anns.entry(base.to_string()).or_insert(p.clone());
            }
        }
    }
    let mut docs = Vec::new();
    for p in read(dir.join("text"))? {
        if p.extension().is_some_and(|e| e == "txt") {
            if let Some(stem) = p.file_stem().and_then(|s| s.to_str()) {
                docs.push((stem.to_string(), p.clone(), anns.get(stem).cloned()));
            }
        }
    }
    Ok(docs)
}
