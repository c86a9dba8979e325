//! Score claimex against human attribution annotation (PolNeAR-style brat standoff).
//!
//! ```text
//! cargo run --release --example evaluate -- DIR [--holdout PUBLISHER|none] [--limit N]
//!     [--misses FILE] [--dump FILE.jsonl] [--json] [--tagger] [--noun-objects] [--speech-only]
//!     [--statements-only]
//! ```
//!
//! `--limit N` scores the first N articles (by file name); `--misses FILE` writes a readable report of
//! the tuning set's misses (false negatives, false positives, wrong speakers and cues, with marked
//! context), `--dump FILE` one JSON line per gold attribution and per claim with its verdicts, and
//! `--json` prints the metrics as one JSON object instead of the text report. `--tagger` turns the
//! learned tagger stage on (`ExtractorBuilder::tagger`): run once without and once with it to
//! compare rules alone with rules + tagger on the same figures. `--noun-objects` keeps the claims
//! whose content is only the verb's object ("welcomed the decision",
//! `ExtractorBuilder::noun_objects`), which PolNeAR annotates as attributions and the default
//! leaves out.
//!
//! The gold reading and the scoring of a document are in `polnear.rs` (shared with the tagger's
//! training), the strict judgement in `strict.rs`.
//!
//! `DIR` holds `text/NAME.txt` (the articles) and `attributions/NAME_ANNOTATOR.ann` (brat standoff whose
//! offsets count characters, not bytes). The publisher of an article is its file name up to the first
//! `_`; one publisher (default `usa-today`) is held out of all tuning and reported separately.
//!
//! Scoring, per document:
//! - **content match**: a claim and a gold attribution match when the token sets of the claim's
//!   content and of the union of the gold Content spans have token-F1 ≥ 0.5 (tokens: lower-cased
//!   alphanumeric words); pairs are taken one-to-one, best F1 first. Gold attributions without any
//!   Content are skipped.
//! - **speaker**: the claim's speaker mention (or, for a claim without speaker, its outlet span)
//!   overlaps a gold Source span by at least one byte. A gold attribution without Source is right
//!   exactly when the claim has no speaker (an outlet-only or speakerless claim).
//! - **cue**: the claim's cue overlaps a gold Cue span; a claim without cue against a gold cue is
//!   wrong; gold attributions without Cue are not counted.
//! - **attribution**: a claim is a true positive when it is matched and its speaker is right.
//! - **confidence ranking**: all claims of the split sorted by confidence (ties in document order),
//!   cut in halves (the upper half takes the odd one); the attribution precision of each half.
//! - **documents failing**: `extract` returned `Err`, panicked (caught per document), or returned a
//!   claim whose spans are not char-boundary ranges of the text (such claims are dropped and counted).
//!
//! Strict figures (`strict.rs` has the rules in full), judged on the pairs the lenient match made:
//! - **content exact**: the claim's content equals the gold Content after normalising both (quote
//!   marks dropped, white space collapsed, edge punctuation and a leading "that" stripped); against a
//!   gold Content split by words (`"A," he said, "B."`) the claim may equal one of its stretches
//!   (counted apart). P = exact / claims, R = exact / gold.
//! - **speaker exact**: the claim's canonical speaker name (its outlet's, for an outlet-only claim)
//!   equals or contains the fullest name in the document of the gold Source (the longest capitalised
//!   name ending with the Source's last word, titles stripped); a Source that is a pronoun or a
//!   description naming no one is judged by mention overlap, as above, and counted.
//! - **strict attribution**: content exact and speaker exact; P / R / F1.
//! - **by kind**: lenient and strict attribution precision by the claim's kind, recall by the gold's
//!   kind (direct when wholly inside quote marks, mixed when it holds some, else indirect).
//!
//! Quote-overlap figures (`quotes.rs` has the rules in full): the Gender Gap Tracker's published quote
//! metric (gold-first, a claim matches a gold when it holds more than 0.3 of the gold's content
//! characters; speaker = mention overlap), against all gold and against the gold statements (quoted
//! content, or a cue of speech that reports a statement: "said", "insisted", not "urged", "accused"
//! or "believes"). `--speech-only` leaves attitudes out (`Acts::Speech`); `--statements-only` keeps
//! the quoted claims and the indirect ones whose stance reports a statement
//! (`Acts::Statements`), as a user counting quotes would.
//!
//! `--misses` adds the strict misses of matched claims: `[BOUNDARY]` (content not exact, with the words
//! the claim has too many or too few at each edge) and `[NAME]` (speaker right by mention overlap but
//! not the fullest name).
//!
//! A secondary figure, not part of the metric above, shows the cost of one annotation convention:
//! PolNeAR annotates `"Q1," X said. "Q2."` as one attribution with two Content spans, while claimex
//! reports the cue-less follow-on quote as its own claim; unmatched claims that overlap such an
//! already matched gold attribution and share the matched claim's speaker are reported as
//! "fragments", and the precision without them is printed next to the strict one.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::Instant;

use claimex::{Claim, Span};
use polnear::*;

mod polnear;
mod quotes;
mod strict;

// ---------------------------------------------------------------------------------------------
// Aggregation
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Default)]
struct Totals {
    docs: usize,
    failed_err: usize,
    failed_panic: usize,
    bad_spans: usize,
    gold: usize,
    claims: usize,
    matched: usize,
    speaker_ok: usize,
    speaker_nosource_total: usize,
    speaker_nosource_ok: usize,
    cue_total: usize,
    cue_ok: usize,
    tp: usize,
    bytes: usize,
    secs: f64,
    /// (confidence, true positive) of every claim, in document order.
    ranked: Vec<(f32, bool)>,
    /// Unmatched claims that are further pieces of an already matched multi-span gold attribution.
    fragments: usize,
    strict: StrictTotals,
    /// Quote-overlap counts (`quotes.rs`) against every gold attribution and the gold statements.
    quotes: [quotes::QuoteCounts; 2],
}

/// Counts behind the strict figures.
#[derive(Debug, Clone, Default)]
struct StrictTotals {
    /// Matched claims whose content is exact (either way), and those exact against one stretch only.
    content_exact: usize,
    content_piece: usize,
    /// Matched claims whose speaker is exact.
    speaker_exact: usize,
    /// Matched claims by the class of their gold Source: name, pronoun, description, none.
    source_class: [usize; 4],
    /// Matched claims with a named gold Source whose name is exact.
    name_exact: usize,
    /// Content exact and speaker exact.
    tp: usize,
    /// Per kind (direct, indirect, mixed): claims by their kind, gold by its inferred kind.
    kinds: [KindTotals; 3],
}

#[derive(Debug, Clone, Copy, Default)]
struct KindTotals {
    claims: usize,
    tp: usize,
    strict_tp: usize,
    gold: usize,
    gold_tp: usize,
    gold_strict_tp: usize,
}

impl StrictTotals {
    fn add_document(&mut self, claims: &[Claim], score: &DocScore) {
        for (c, claim) in claims.iter().enumerate() {
            let pair = score.strict[c].as_ref();
            let k = &mut self.kinds[strict::kind_index(claim.kind)];
            k.claims += 1;
            k.tp += usize::from(score.tp[c]);
            k.strict_tp += usize::from(pair.is_some_and(StrictPair::tp));
            let Some(pair) = pair else { continue };
            self.content_exact += usize::from(pair.content.ok());
            self.content_piece += usize::from(pair.content == strict::ContentVerdict::Piece);
            self.speaker_exact += usize::from(pair.speaker_exact);
            self.tp += usize::from(pair.tp());
            let class = match pair.source {
                strict::SourceClass::Name { .. } => 0,
                strict::SourceClass::Pronoun => 1,
                strict::SourceClass::Description => 2,
                strict::SourceClass::Absent => 3,
            };
            self.source_class[class] += 1;
            self.name_exact += usize::from(class == 0 && pair.speaker_exact);
        }
        for (g, kind) in score.gold_kind.iter().enumerate() {
            let k = &mut self.kinds[strict::kind_index(*kind)];
            k.gold += 1;
            if let Some(c) = score.gold_to_claim[g] {
                k.gold_tp += usize::from(score.tp[c]);
                k.gold_strict_tp += usize::from(score.strict[c].as_ref().is_some_and(StrictPair::tp));
            }
        }
    }

    fn add(&mut self, other: &StrictTotals) {
        self.content_exact += other.content_exact;
        self.content_piece += other.content_piece;
        self.speaker_exact += other.speaker_exact;
        self.name_exact += other.name_exact;
        self.tp += other.tp;
        for (a, b) in self.source_class.iter_mut().zip(other.source_class) {
            *a += b;
        }
        for (a, b) in self.kinds.iter_mut().zip(other.kinds) {
            a.claims += b.claims;
            a.tp += b.tp;
            a.strict_tp += b.strict_tp;
            a.gold += b.gold;
            a.gold_tp += b.gold_tp;
            a.gold_strict_tp += b.gold_strict_tp;
        }
    }

    /// Strict content and attribution P / R / F1 over `claims` claims and `gold` attributions.
    fn prf(&self, claims: usize, gold: usize) -> [(f64, f64, f64); 2] {
        let prf = |tp: usize| {
            let (p, r) = (ratio(tp, claims), ratio(tp, gold));
            (p, r, f1(p, r))
        };
        [prf(self.content_exact), prf(self.tp)]
    }

    fn json(&self, claims: usize, gold: usize, matched: usize) -> serde_json::Value {
        let [(cp, cr, cf), (ap, ar, af)] = self.prf(claims, gold);
        let kinds: serde_json::Map<String, serde_json::Value> = strict::KIND_NAMES
            .iter()
            .zip(&self.kinds)
            .map(|(name, k)| {
                let v = serde_json::json!({
                    "claims": k.claims, "gold": k.gold,
                    "lenient": {"precision": r4(ratio(k.tp, k.claims)), "recall": r4(ratio(k.gold_tp, k.gold))},
                    "strict": {"precision": r4(ratio(k.strict_tp, k.claims)), "recall": r4(ratio(k.gold_strict_tp, k.gold))},
                });
                (name.to_string(), v)
            })
            .collect();
        serde_json::json!({
            "content_exact": {"precision": r4(cp), "recall": r4(cr), "f1": r4(cf),
                              "exact": self.content_exact, "one_stretch_of_split_gold": self.content_piece},
            "speaker_exact": {"accuracy": r4(ratio(self.speaker_exact, matched)), "exact": self.speaker_exact,
                              "named_gold": self.source_class[0], "named_gold_exact": self.name_exact,
                              "pronoun_gold": self.source_class[1], "description_gold": self.source_class[2],
                              "no_source_gold": self.source_class[3]},
            "attribution": {"precision": r4(ap), "recall": r4(ar), "f1": r4(af), "true_positives": self.tp},
            "by_kind": kinds,
        })
    }

    fn print(&self, claims: usize, gold: usize, matched: usize) {
        let [(cp, cr, cf), (ap, ar, af)] = self.prf(claims, gold);
        println!(
            "   STRICT content exact  P {cp:.3}  R {cr:.3}  F1 {cf:.3}  ({} of {matched} matched; {} of them \
             one stretch of a gold split by words)",
            self.content_exact, self.content_piece
        );
        println!(
            "   STRICT speaker exact  {:.3}  ({}/{matched} matched; named gold Source {}/{} exact; by mention \
             overlap: pronoun {}, description {}, no Source {})",
            ratio(self.speaker_exact, matched),
            self.speaker_exact,
            self.name_exact,
            self.source_class[0],
            self.source_class[1],
            self.source_class[2],
            self.source_class[3]
        );
        println!("   STRICT attribution    P {ap:.3}  R {ar:.3}  F1 {af:.3}  ({} true positives)", self.tp);
        for (name, k) in strict::KIND_NAMES.iter().zip(&self.kinds) {
            println!(
                "   by kind {name:<9} P {:.3} / strict {:.3} ({} claims)   R {:.3} / strict {:.3} ({} gold)",
                ratio(k.tp, k.claims),
                ratio(k.strict_tp, k.claims),
                k.claims,
                ratio(k.gold_tp, k.gold),
                ratio(k.gold_strict_tp, k.gold),
                k.gold
            );
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Ranking {
    upper_n: usize,
    upper_precision: f64,
    lower_n: usize,
    lower_precision: f64,
    cut: f32,
    tied_at_cut: usize,
    distinct: usize,
}

fn ranking(ranked: &[(f32, bool)]) -> Ranking {
    let mut sorted = ranked.to_vec();
    sorted.sort_by(|a, b| b.0.total_cmp(&a.0)); // stable: ties keep document order
    let upper_n = sorted.len().div_ceil(2);
    let (upper, lower) = sorted.split_at(upper_n);
    let prec = |xs: &[(f32, bool)]| ratio(xs.iter().filter(|x| x.1).count(), xs.len());
    let cut = upper.last().map_or(0.0, |x| x.0);
    let distinct: HashSet<u32> = sorted.iter().map(|x| x.0.to_bits()).collect();
    Ranking {
        upper_n,
        upper_precision: prec(upper),
        lower_n: lower.len(),
        lower_precision: prec(lower),
        cut,
        tied_at_cut: if lower.first().is_some_and(|x| x.0 == cut) {
            sorted.iter().filter(|x| x.0 == cut).count()
        } else {
            0
        },
        distinct: distinct.len(),
    }
}

impl Totals {
    fn add(&mut self, other: &Totals) {
        self.docs += other.docs;
        self.failed_err += other.failed_err;
        self.failed_panic += other.failed_panic;
        self.bad_spans += other.bad_spans;
        self.gold += other.gold;
        self.claims += other.claims;
        self.matched += other.matched;
        self.speaker_ok += other.speaker_ok;
        self.speaker_nosource_total += other.speaker_nosource_total;
        self.speaker_nosource_ok += other.speaker_nosource_ok;
        self.cue_total += other.cue_total;
        self.cue_ok += other.cue_ok;
        self.tp += other.tp;
        self.fragments += other.fragments;
        self.bytes += other.bytes;
        self.secs += other.secs;
        self.ranked.extend_from_slice(&other.ranked);
        self.strict.add(&other.strict);
        for (a, b) in self.quotes.iter_mut().zip(other.quotes) {
            a.add(b);
        }
    }

    fn json(&self) -> serde_json::Value {
        let cp = ratio(self.matched, self.claims);
        let cr = ratio(self.matched, self.gold);
        let ap = ratio(self.tp, self.claims);
        let ar = ratio(self.tp, self.gold);
        let lp = ratio(self.tp, self.claims - self.fragments);
        let rk = ranking(&self.ranked);
        serde_json::json!({
            "documents": self.docs,
            "failed_documents": self.failed_err + self.failed_panic,
            "failed_err": self.failed_err,
            "failed_panic": self.failed_panic,
            "bad_spans": self.bad_spans,
            "gold": self.gold,
            "claims": self.claims,
            "matched": self.matched,
            "content": {"precision": r4(cp), "recall": r4(cr), "f1": r4(f1(cp, cr))},
            "speaker_accuracy": r4(ratio(self.speaker_ok, self.matched)),
            "cue_accuracy": r4(ratio(self.cue_ok, self.cue_total)),
            "attribution": {"precision": r4(ap), "recall": r4(ar), "f1": r4(f1(ap, ar))},
            "attribution_fragments_forgiven": {
                "fragments": self.fragments,
                "precision": r4(lp),
                "f1": r4(f1(lp, ar)),
            },
            "confidence_ranking": {
                "upper_n": rk.upper_n, "upper_precision": r4(rk.upper_precision),
                "lower_n": rk.lower_n, "lower_precision": r4(rk.lower_precision),
                "cut": rk.cut, "tied_at_cut": rk.tied_at_cut, "distinct_values": rk.distinct,
            },
            "mb_per_s": r4(ratio(self.bytes, 1) / 1e6 / self.secs.max(1e-9)),
            "strict": self.strict.json(self.claims, self.gold, self.matched),
            "quote_overlap": {
                "all_gold": quote_json(self.quotes[0]),
                "gold_statements": quote_json(self.quotes[1]),
            },
        })
    }

    fn print(&self, name: &str) {
        let cp = ratio(self.matched, self.claims);
        let cr = ratio(self.matched, self.gold);
        let ap = ratio(self.tp, self.claims);
        let ar = ratio(self.tp, self.gold);
        let lp = ratio(self.tp, self.claims - self.fragments);
        let rk = ranking(&self.ranked);
        println!(
            "== {name}: {} documents, {} gold attributions, {} claims",
            self.docs, self.gold, self.claims
        );
        println!(
            "   documents failing: {} (Err {}, panic {}); claims with invalid spans: {}",
            self.failed_err + self.failed_panic,
            self.failed_err,
            self.failed_panic,
            self.bad_spans
        );
        println!(
            "   content      P {:.3}  R {:.3}  F1 {:.3}  ({} matched)",
            cp,
            cr,
            f1(cp, cr),
            self.matched
        );
        println!(
            "   speaker acc  {:.3}  ({}/{} matched; gold without Source: {}/{} right)",
            ratio(self.speaker_ok, self.matched),
            self.speaker_ok,
            self.matched,
            self.speaker_nosource_ok,
            self.speaker_nosource_total
        );
        println!(
            "   cue acc      {:.3}  ({}/{} matched with a gold cue)",
            ratio(self.cue_ok, self.cue_total),
            self.cue_ok,
            self.cue_total
        );
        println!(
            "   attribution  P {:.3}  R {:.3}  F1 {:.3}  ({} true positives)",
            ap,
            ar,
            f1(ap, ar),
            self.tp
        );
        self.strict.print(self.claims, self.gold, self.matched);
        for (q, scope) in self.quotes.iter().zip(["all gold       ", "gold statements"]) {
            let [p, r, f, s] = q.figures();
            println!(
                "   QUOTE OVERLAP {scope}  P {p:.3}  R {r:.3}  F1 {f:.3}  speaker {s:.3}  (tp {}, fp {}, fn {})",
                q.tp, q.fp, q.fn_
            );
        }
        println!(
            "   (secondary)  attribution P {:.3}  F1 {:.3} when the {} split-quote fragments of an already \
             matched multi-span gold are not counted as false positives",
            lp,
            f1(lp, ar),
            self.fragments
        );
        println!(
            "   confidence   upper half P {:.3} (n {}) vs lower half P {:.3} (n {}) -> {}; cut {:.3}, {} tied at cut, {} distinct values",
            rk.upper_precision,
            rk.upper_n,
            rk.lower_precision,
            rk.lower_n,
            if rk.upper_precision > rk.lower_precision { "ranks" } else { "DOES NOT RANK" },
            rk.cut,
            rk.tied_at_cut,
            rk.distinct
        );
    }
}

fn quote_json(q: quotes::QuoteCounts) -> serde_json::Value {
    let [p, r, f, s] = q.figures();
    serde_json::json!({"precision": r4(p), "recall": r4(r), "f1": r4(f), "speaker_accuracy": r4(s),
                       "true_positives": q.tp, "false_positives": q.fp, "false_negatives": q.fn_})
}

fn r4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

// ---------------------------------------------------------------------------------------------
// Miss report
// ---------------------------------------------------------------------------------------------

/// `text[span]`, limited to `max` bytes (middle elided), on one line.
fn excerpt(text: &str, span: Span, max: usize) -> String {
    let s = span.as_str(text);
    let s = if s.len() > max {
        let head = floor_boundary(s, max * 2 / 3);
        let tail = ceil_boundary(s, s.len() - max / 3);
        format!("{} … {}", &s[..head], &s[tail..])
    } else {
        s.to_string()
    };
    one_line(&s)
}

fn one_line(s: &str) -> String {
    s.replace("\r\n", " ⏎ ").replace(['\n', '\r'], " ⏎ ")
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The stretch `from..to` widened by `pad` bytes, with `marks` (position, marker) inserted.
fn marked_context(text: &str, from: usize, to: usize, pad: usize, marks: &mut [(usize, &str)]) -> String {
    let start = floor_boundary(text, from.saturating_sub(pad));
    let end = ceil_boundary(text, to.saturating_add(pad));
    marks.sort_by_key(|m| m.0);
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut at = start;
    for &(pos, mark) in marks.iter() {
        let pos = floor_boundary(text, pos.clamp(start, end));
        if pos >= at {
            out.push_str(&text[at..pos]);
            at = pos;
        }
        out.push_str(mark);
    }
    out.push_str(&text[at..end]);
    if end < text.len() {
        out.push('…');
    }
    one_line(&out)
}

fn gold_context(text: &str, gold: &Gold) -> String {
    let all: Vec<Span> = gold.content.iter().chain(&gold.source).chain(&gold.cue).copied().collect();
    let from = all.iter().map(|s| s.start).min().unwrap_or(0);
    let to = all.iter().map(|s| s.end).max().unwrap_or(0);
    let mut marks = Vec::new();
    for s in &gold.source {
        marks.push((s.start, "{S:"));
        marks.push((s.end, "}"));
    }
    for s in &gold.cue {
        marks.push((s.start, "<C:"));
        marks.push((s.end, ">"));
    }
    for s in &gold.content {
        marks.push((s.start, "[["));
        marks.push((s.end, "]]"));
    }
    marked_context(text, from, to, 80, &mut marks)
}

fn claim_short(claim: &Claim) -> String {
    let speaker = claim
        .speaker
        .as_ref()
        .map_or("null".to_string(), |s| format!("{:?} (mention {:?})", s.name, s.mention.text));
    let cue = claim.cue.as_ref().map_or("null".to_string(), |c| format!("{:?}", c.text));
    let source = claim.source.as_ref().map_or("null".to_string(), |s| format!("{:?}", s.text));
    let kind = serde_json::to_string(&claim.kind).unwrap_or_default();
    format!(
        "{{kind: {kind}, speaker: {speaker}, cue: {cue}, stance: {}, source: {source}, conf: {:.2}, content: {:?}}}",
        claim.stance,
        claim.confidence,
        excerpt(&claim.content.text, Span::new(0, claim.content.text.len()), 200)
    )
}

fn claim_context(text: &str, claim: &Claim) -> String {
    let doc = claimex::text::Document::new(text);
    let sent = doc.sentences().get(claim.sentence).map(|s| s.span);
    let mut spans = vec![claim.content.span()];
    if let Some(sp) = &claim.speaker {
        spans.push(sp.mention.span());
    }
    if let Some(c) = &claim.cue {
        spans.push(Span::new(c.start, c.end));
    }
    if let Some(s) = sent {
        spans.push(s);
    }
    let from = spans.iter().map(|s| s.start).min().unwrap_or(0);
    let to = spans.iter().map(|s| s.end).max().unwrap_or(0);
    let mut marks: Vec<(usize, &str)> =
        claim.content.parts.iter().flat_map(|p| [(p.start, "[["), (p.end, "]]")]).collect();
    if let Some(sp) = &claim.speaker {
        marks.push((sp.mention.start, "{S:"));
        marks.push((sp.mention.end, "}"));
    }
    if let Some(c) = &claim.cue {
        marks.push((c.start, "<C:"));
        marks.push((c.end, ">"));
    }
    if let Some(s) = &claim.source {
        marks.push((s.start, "{O:"));
        marks.push((s.end, "}"));
    }
    marked_context(text, from, to, 20, &mut marks)
}

/// Aggregates for the header of the miss report.
#[derive(Default)]
struct MissStats {
    fn_cue: BTreeMap<String, usize>,
    fn_total: usize,
    fn_quoted: usize,
    fn_pronoun_source: usize,
    fn_no_source: usize,
    fn_no_cue: usize,
    fp_cue: BTreeMap<String, usize>,
    fp_kind: BTreeMap<String, usize>,
    fp_total: usize,
    fp_no_cue: usize,
    fp_near_gold: usize,
    fp_at_gold_cue: usize,
    fn_nothing_near: usize,
    fn_taken: usize,
    fn_boundary: usize,
    spk_total: usize,
    spk_gold_source: BTreeMap<String, usize>,
    spk_pred: BTreeMap<String, usize>,
    spk_claim_no_speaker: usize,
    spk_gold_no_source: usize,
    spk_gold_pronoun: usize,
    spk_pred_pronoun: usize,
    cue_wrong: usize,
    cue_wrong_gold: BTreeMap<String, usize>,
    cue_wrong_none: usize,
    matched_kind: BTreeMap<String, (usize, usize)>,
    /// Strict misses: matched claims whose content is not exact, by relation and by the words
    /// the claim has too many or too few at each edge; matched claims whose speaker is right by
    /// mention overlap but whose canonical name is not the fullest name.
    boundary: BTreeMap<String, usize>,
    boundary_edges: BTreeMap<String, usize>,
    name_wrong: usize,
    name_pairs: BTreeMap<String, usize>,
}

const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "i", "we", "you", "his", "her", "their", "him", "them", "us", "me", "this",
    "that",
];

fn is_pronoun(s: &str) -> bool {
    PRONOUNS.contains(&s.trim().to_lowercase().as_str())
}

fn spans_text(text: &str, spans: &[Span]) -> String {
    spans.iter().map(|s| one_line(s.as_str(text))).collect::<Vec<_>>().join(" … ")
}

fn top(map: &BTreeMap<String, usize>, n: usize) -> String {
    let mut v: Vec<_> = map.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    v.iter().take(n).map(|(k, c)| format!("{k:?} {c}")).collect::<Vec<_>>().join(", ")
}

fn write_doc_misses(
    out: &mut String,
    stats: &mut MissStats,
    name: &str,
    text: &str,
    claims: &[Claim],
    golds: &[Gold],
    score: &DocScore,
) {
    let mut section = String::new();
    for (g, gold) in golds.iter().enumerate() {
        if score.gold_to_claim[g].is_some() {
            continue;
        }
        stats.fn_total += 1;
        let cue = spans_text(text, &gold.cue).to_lowercase();
        *stats.fn_cue.entry(if cue.is_empty() { "<none>".into() } else { cue.clone() }).or_default() += 1;
        let content = spans_text(text, &gold.content);
        if content.trim_start().starts_with(['"', '“', '\'', '‘']) {
            stats.fn_quoted += 1;
        }
        let source = spans_text(text, &gold.source);
        if gold.source.is_empty() {
            stats.fn_no_source += 1;
        } else if is_pronoun(&source) {
            stats.fn_pronoun_source += 1;
        }
        if gold.cue.is_empty() {
            stats.fn_no_cue += 1;
        }
        // Why was it missed? Look for a claim at its cue, or one overlapping its content.
        // (Scored as the matcher scores: words by place.)
        let gold_tokens = token_positions(text, &gold.content);
        let near = claims
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.cue.as_ref().is_some_and(|q| overlaps_any(Span::new(q.start, q.end), &gold.cue))
                    || c.content.parts.iter().any(|&p| overlaps_any(p, &gold.content))
            })
            .map(|(i, c)| (i, set_f1(&token_positions(text, &c.content.parts), &gold_tokens)))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        let why = match near {
            None => {
                stats.fn_nothing_near += 1;
                "no claim at its cue or content".to_string()
            }
            Some((i, f)) if score.claim_to_gold[i].is_some() && f >= 0.5 => {
                stats.fn_taken += 1;
                format!("claim #{i} (F1 {f:.2}) went to another gold")
            }
            Some((i, f)) => {
                stats.fn_boundary += 1;
                format!(
                    "claim #{i} at it has content F1 {f:.2}: {:?}",
                    excerpt(text, claims[i].content.span(), 160)
                )
            }
        };
        let _ = writeln!(section, "  [FN] source {source:?} cue {cue:?} — {why}");
        let _ = writeln!(section, "       {}", gold_context(text, gold));
    }
    for (c, claim) in claims.iter().enumerate() {
        match score.claim_to_gold[c] {
            None => {
                stats.fp_total += 1;
                let cue = claim.cue.as_ref().map_or("<none>".to_string(), |c| c.lemma.clone());
                if claim.cue.is_none() {
                    stats.fp_no_cue += 1;
                }
                *stats.fp_cue.entry(cue).or_default() += 1;
                *stats.fp_kind.entry(serde_json::to_string(&claim.kind).unwrap_or_default()).or_default() +=
                    1;
                let near =
                    golds.iter().any(|g| claim.content.parts.iter().any(|&p| overlaps_any(p, &g.content)));
                let at_cue = claim
                    .cue
                    .as_ref()
                    .is_some_and(|q| golds.iter().any(|g| overlaps_any(Span::new(q.start, q.end), &g.cue)));
                if near {
                    stats.fp_near_gold += 1;
                } else if at_cue {
                    stats.fp_at_gold_cue += 1;
                }
                let _ = writeln!(
                    section,
                    "  [FP #{c}{}] {}",
                    if near {
                        " overlaps gold content, F1<0.5 or taken"
                    } else if at_cue {
                        " at a gold cue, content elsewhere"
                    } else {
                        " nothing annotated here"
                    },
                    claim_short(claim)
                );
                let _ = writeln!(section, "       {}", claim_context(text, claim));
            }
            Some(g) => {
                let gold = &golds[g];
                let kind = serde_json::to_string(&claim.kind).unwrap_or_default();
                let e = stats.matched_kind.entry(kind).or_default();
                e.0 += 1;
                if score.tp[c] {
                    e.1 += 1;
                }
                if score.speaker_ok[c] == Some(false) {
                    stats.spk_total += 1;
                    let gs = spans_text(text, &gold.source);
                    let pred = claim.speaker.as_ref().map(|s| s.mention.text.clone());
                    if gold.source.is_empty() {
                        stats.spk_gold_no_source += 1;
                    } else if is_pronoun(&gs) {
                        stats.spk_gold_pronoun += 1;
                    }
                    if pred.is_none() {
                        stats.spk_claim_no_speaker += 1;
                    }
                    if pred.as_deref().is_some_and(is_pronoun) {
                        stats.spk_pred_pronoun += 1;
                    }
                    *stats
                        .spk_gold_source
                        .entry(if gs.is_empty() { "<none>".into() } else { gs.clone() })
                        .or_default() += 1;
                    *stats.spk_pred.entry(pred.clone().unwrap_or("<none>".into())).or_default() += 1;
                    let _ = writeln!(
                        section,
                        "  [SPK] gold source {:?} vs predicted {}",
                        gs,
                        claim.speaker.as_ref().map_or(
                            format!("no speaker (outlet {:?})", claim.source.as_ref().map(|s| &s.text)),
                            |s| format!("mention {:?} name {:?}", s.mention.text, s.name)
                        )
                    );
                    let _ = writeln!(section, "       gold:  {}", gold_context(text, gold));
                    let _ = writeln!(section, "       claim: {}", claim_context(text, claim));
                }
                if let Some(pair) = &score.strict[c] {
                    write_strict_misses(&mut section, stats, text, claim, gold, pair, score.speaker_ok[c]);
                }
                if score.cue_ok[c] == Some(false) {
                    stats.cue_wrong += 1;
                    let gc = spans_text(text, &gold.cue).to_lowercase();
                    *stats.cue_wrong_gold.entry(gc.clone()).or_default() += 1;
                    if claim.cue.is_none() {
                        stats.cue_wrong_none += 1;
                    }
                    let _ = writeln!(
                        section,
                        "  [CUE] gold cue {:?} vs predicted {:?}",
                        gc,
                        claim.cue.as_ref().map(|c| &c.text)
                    );
                    let _ = writeln!(section, "       claim: {}", claim_context(text, claim));
                }
            }
        }
    }
    if !section.is_empty() {
        let matched = score.claim_to_gold.iter().filter(|m| m.is_some()).count();
        let _ = writeln!(
            out,
            "\n### {name}  (gold {}, claims {}, matched {}, attribution TP {})",
            golds.len(),
            claims.len(),
            matched,
            score.tp.iter().filter(|t| **t).count()
        );
        out.push_str(&section);
    }
}

/// The strict misses of one matched pair: `[BOUNDARY]` when its content is not exact, `[NAME]` when
/// its speaker is right by mention overlap (`speaker_ok`) but its name is not exact.
fn write_strict_misses(
    section: &mut String,
    stats: &mut MissStats,
    text: &str,
    claim: &Claim,
    gold: &Gold,
    pair: &StrictPair,
    speaker_ok: Option<bool>,
) {
    if !pair.content.ok() {
        let (relation, head, tail) =
            strict::boundary_diff(&pair.forms, &strict::normalise(&claim.content.text));
        *stats.boundary.entry(relation.to_string()).or_default() += 1;
        let sign = match relation {
            "claim longer" => Some("+"),
            "claim shorter" => Some("-"),
            _ => None,
        };
        if let Some(sign) = sign {
            let last3 = |s: &str| {
                s.rsplit(' ').take(3).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join(" ")
            };
            let first3 = |s: &str| s.split(' ').take(3).collect::<Vec<_>>().join(" ");
            if !head.is_empty() {
                *stats.boundary_edges.entry(format!("{sign}^{}", last3(&head))).or_default() += 1;
            }
            if !tail.is_empty() {
                *stats.boundary_edges.entry(format!("{sign}{}$", first3(&tail))).or_default() += 1;
            }
        }
        let _ = writeln!(section, "  [BOUNDARY] {relation}: start {head:?}, end {tail:?}");
        let _ = writeln!(section, "       gold:  {}", gold_context(text, gold));
        let _ = writeln!(section, "       claim: {}", claim_context(text, claim));
    }
    if speaker_ok == Some(true) && !pair.speaker_exact {
        stats.name_wrong += 1;
        let name = strict::claim_names(claim).first().copied().unwrap_or("<none>");
        *stats.name_pairs.entry(format!("{name} ≠ {}", pair.targets.join(" | "))).or_default() += 1;
        let _ = writeln!(
            section,
            "  [NAME] claim name {name:?}, fullest names {:?} (gold source {:?})",
            pair.targets,
            spans_text(text, &gold.source)
        );
        let _ = writeln!(section, "       claim: {}", claim_context(text, claim));
    }
}

fn miss_header(stats: &MissStats) -> String {
    let mut h = String::new();
    let _ = writeln!(h, "# claimex misses on the tuning set\n");
    let _ = writeln!(
        h,
        "Markers: [[content]] {{S:source/speaker mention}} <C:cue> {{O:outlet}}; ⏎ is a line break.\n"
    );
    let _ = writeln!(h, "## False negatives (gold attributions no claim matched): {}", stats.fn_total);
    let _ = writeln!(
        h,
        "- content starts with a quote mark: {}; gold source is a pronoun: {}; no gold source: {}; no gold cue: {}",
        stats.fn_quoted, stats.fn_pronoun_source, stats.fn_no_source, stats.fn_no_cue
    );
    let _ = writeln!(
        h,
        "- no claim at its cue or content: {}; a claim at its cue/content but content F1 < 0.5: {}; \
         the near claim matched another gold: {}",
        stats.fn_nothing_near, stats.fn_boundary, stats.fn_taken
    );
    let _ = writeln!(h, "- gold cue (top 60): {}\n", top(&stats.fn_cue, 60));
    let _ = writeln!(h, "## False positives (claims matching no gold): {}", stats.fp_total);
    let _ = writeln!(
        h,
        "- without cue: {}; overlapping some gold content (F1 < 0.5 or gold taken): {}; \
         else at a gold cue: {}; nothing annotated at content or cue: {}",
        stats.fp_no_cue,
        stats.fp_near_gold,
        stats.fp_at_gold_cue,
        stats.fp_total - stats.fp_near_gold - stats.fp_at_gold_cue
    );
    let _ = writeln!(h, "- by kind: {}", top(&stats.fp_kind, 10));
    let _ = writeln!(h, "- cue lemma (top 60): {}\n", top(&stats.fp_cue, 60));
    let _ = writeln!(h, "## Wrong speaker on matched claims: {}", stats.spk_total);
    let _ = writeln!(
        h,
        "- claim has no speaker: {}; gold has no source: {}; gold source is a pronoun: {}; predicted mention is a pronoun: {}",
        stats.spk_claim_no_speaker, stats.spk_gold_no_source, stats.spk_gold_pronoun, stats.spk_pred_pronoun
    );
    let _ = writeln!(h, "- gold source (top 40): {}", top(&stats.spk_gold_source, 40));
    let _ = writeln!(h, "- predicted mention (top 40): {}\n", top(&stats.spk_pred, 40));
    let _ = writeln!(
        h,
        "## Wrong cue on matched claims: {} (claim without cue: {})",
        stats.cue_wrong, stats.cue_wrong_none
    );
    let _ = writeln!(h, "- gold cue (top 40): {}\n", top(&stats.cue_wrong_gold, 40));
    let kinds: Vec<String> =
        stats.matched_kind.iter().map(|(k, (n, tp))| format!("{k}: {tp}/{n} speaker right")).collect();
    let _ = writeln!(h, "## Matched claims by kind: {}\n", kinds.join("; "));
    let _ = writeln!(
        h,
        "## Strict misses: content not exact on matched claims: {} ([BOUNDARY])",
        stats.boundary.values().sum::<usize>()
    );
    let _ = writeln!(h, "- by relation: {}", top(&stats.boundary, 10));
    let _ = writeln!(
        h,
        "- edge words (claim has + too many / - too few, at the ^start or end$; top 60): {}\n",
        top(&stats.boundary_edges, 60)
    );
    let _ = writeln!(
        h,
        "## Strict misses: speaker right by mention but not the fullest name: {} ([NAME])",
        stats.name_wrong
    );
    let _ = writeln!(h, "- claim name ≠ fullest names (top 40): {}\n", top(&stats.name_pairs, 40));
    let _ = writeln!(h, "# Per document");
    h
}

/// One JSON line per gold attribution and per claim, with match verdicts, for ad-hoc analysis.
fn dump_document(
    out: &mut String,
    name: &str,
    split: &str,
    text: &str,
    claims: &[Claim],
    golds: &[Gold],
    score: &DocScore,
) {
    let spans_json = |spans: &[Span]| -> serde_json::Value {
        spans.iter().map(|s| serde_json::json!([s.start, s.end])).collect()
    };
    for (g, gold) in golds.iter().enumerate() {
        let c = score.gold_to_claim[g];
        let v = serde_json::json!({
            "doc": name, "split": split, "type": "gold", "index": g,
            "content": spans_text(text, &gold.content), "content_spans": spans_json(&gold.content),
            "source": spans_text(text, &gold.source), "source_spans": spans_json(&gold.source),
            "kind": strict::KIND_NAMES[strict::kind_index(score.gold_kind[g])],
            "cue": spans_text(text, &gold.cue), "cue_spans": spans_json(&gold.cue),
            "claim": c, "speaker_ok": c.and_then(|c| score.speaker_ok[c]), "cue_ok": c.and_then(|c| score.cue_ok[c]),
            "context": gold_context(text, gold),
        });
        let _ = writeln!(out, "{v}");
    }
    for (c, claim) in claims.iter().enumerate() {
        let v = serde_json::json!({
            "doc": name, "split": split, "type": "claim", "index": c, "claim": claim,
            "gold": score.claim_to_gold[c], "tp": score.tp[c], "speaker_ok": score.speaker_ok[c],
            "cue_ok": score.cue_ok[c], "context": claim_context(text, claim),
            "strict": score.strict[c].as_ref().map(|p| serde_json::json!({
                "content": format!("{:?}", p.content), "speaker_exact": p.speaker_exact, "tp": p.tp(),
                "gold_source": format!("{:?}", p.source), "name_targets": p.targets,
            })),
        });
        let _ = writeln!(out, "{v}");
    }
}

// ---------------------------------------------------------------------------------------------
// Driver
// ---------------------------------------------------------------------------------------------

struct Args {
    dir: PathBuf,
    holdout: Option<String>,
    limit: Option<usize>,
    misses: Option<PathBuf>,
    dump: Option<PathBuf>,
    json: bool,
    tagger: bool,
    noun_objects: bool,
    speech_only: bool,
    statements_only: bool,
}

const USAGE: &str =
    "usage: evaluate DIR [--holdout PUBLISHER|none] [--limit N] [--misses FILE] [--dump FILE.jsonl] \
     [--json] [--tagger] [--noun-objects] [--speech-only] [--statements-only]";

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let mut args = Args {
        dir: PathBuf::new(),
        holdout: Some("usa-today".into()),
        limit: None,
        misses: None,
        dump: None,
        json: false,
        tagger: false,
        noun_objects: false,
        speech_only: false,
        statements_only: false,
    };
    let mut dir = None;
    while let Some(a) = it.next() {
        match a.as_str() {
            "--holdout" => {
                let v = it.next().ok_or("--holdout needs a publisher")?;
                args.holdout = if v == "none" { None } else { Some(v) };
            }
            "--limit" => {
                let v = it.next().ok_or("--limit needs a number")?;
                args.limit = Some(v.parse().map_err(|e| format!("--limit {v}: {e}"))?);
            }
            "--misses" => args.misses = Some(it.next().ok_or("--misses needs a file")?.into()),
            "--json" => args.json = true,
            "--tagger" => args.tagger = true,
            "--noun-objects" => args.noun_objects = true,
            "--speech-only" => args.speech_only = true,
            "--statements-only" => args.statements_only = true,
            "--dump" => args.dump = Some(it.next().ok_or("--dump needs a file")?.into()),
            "-h" | "--help" => return Err(USAGE.into()),
            _ if dir.is_none() && !a.starts_with("--") => dir = Some(PathBuf::from(a)),
            _ => return Err(format!("unexpected argument {a:?}\n{USAGE}")),
        }
    }
    args.dir = dir.ok_or(USAGE)?;
    Ok(args)
}

fn span_ok(text: &str, start: usize, end: usize) -> bool {
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

fn claim_spans_ok(text: &str, c: &Claim) -> bool {
    let parts = &c.content.parts;
    let mut ok = span_ok(text, c.content.start, c.content.end)
        && parts.iter().all(|p| span_ok(text, p.start, p.end))
        && c.content.text == parts.iter().map(|p| p.as_str(text)).collect::<Vec<_>>().join(" ");
    ok &= c.quotes.iter().all(|q| span_ok(text, q.start, q.end));
    if let Some(s) = &c.speaker {
        ok &= span_ok(text, s.mention.start, s.mention.end);
    }
    if let Some(q) = &c.cue {
        ok &= span_ok(text, q.start, q.end);
    }
    if let Some(q) = &c.source {
        ok &= span_ok(text, q.start, q.end);
    }
    ok && (0.0..=1.0).contains(&c.confidence)
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let mut docs = match list_documents(&args.dir) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let missing_ann = docs.iter().filter(|d| d.2.is_none()).count();
    docs.retain(|d| d.2.is_some());
    if let Some(n) = args.limit {
        docs.truncate(n);
    }
    let acts = match (args.speech_only, args.statements_only) {
        (_, true) => claimex::Acts::Statements,
        (true, false) => claimex::Acts::Speech,
        (false, false) => claimex::Acts::All,
    };
    let builder =
        claimex::Extractor::builder().tagger(args.tagger).noun_objects(args.noun_objects).acts(acts);
    let extractor = match builder.build() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    // Keep panics of the extractor from flooding the output; they are counted.
    std::panic::set_hook(Box::new(|_| {}));

    let mut tuning = Totals::default();
    let mut held = Totals::default();
    let mut by_publisher: BTreeMap<String, Totals> = BTreeMap::new();
    let mut parse_stats = ParseStats::default();
    let mut miss_stats = MissStats::default();
    let mut miss_body = String::new();
    let mut failures = Vec::new();
    let mut dump = String::new();
    let wall = Instant::now();
    for (name, text_path, ann_path) in &docs {
        let publisher = name.split('_').next().unwrap_or("");
        let is_held = args.holdout.as_deref() == Some(publisher);
        let (Ok(text), Some(Ok(ann))) =
            (std::fs::read_to_string(text_path), ann_path.as_ref().map(std::fs::read_to_string))
        else {
            eprintln!("cannot read {name}");
            continue;
        };
        let (golds, ps) = parse_brat(&ann, &text);
        parse_stats.events += ps.events;
        parse_stats.no_content += ps.no_content;
        parse_stats.bad_refs += ps.bad_refs;
        parse_stats.text_checked += ps.text_checked;
        parse_stats.text_mismatch += ps.text_mismatch;

        let mut t = Totals { docs: 1, gold: golds.len(), bytes: text.len(), ..Totals::default() };
        let started = Instant::now();
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extractor.extract(&text)));
        t.secs = started.elapsed().as_secs_f64();
        let claims = match result {
            Ok(Ok(x)) => x.claims,
            Ok(Err(e)) => {
                t.failed_err = 1;
                failures.push(format!("{name}: error {e}"));
                Vec::new()
            }
            Err(_) => {
                t.failed_panic = 1;
                failures.push(format!("{name}: panic"));
                Vec::new()
            }
        };
        let (claims, bad): (Vec<Claim>, Vec<Claim>) =
            claims.into_iter().partition(|c| claim_spans_ok(&text, c));
        t.bad_spans = bad.len();
        if !bad.is_empty() {
            failures.push(format!("{name}: {} claims with invalid spans", bad.len()));
        }
        let score = score_document(&text, &claims, &golds);
        t.claims = claims.len();
        t.strict.add_document(&claims, &score);
        let statements: Vec<bool> = golds
            .iter()
            .zip(&score.gold_kind)
            .map(|(g, &kind)| quotes::is_statement(&text, g, kind, extractor.lexicons()))
            .collect();
        t.quotes = [
            quotes::score(&text, &claims, &golds, &vec![true; golds.len()]),
            quotes::score(&text, &claims, &golds, &statements),
        ];
        for (c, claim) in claims.iter().enumerate() {
            t.ranked.push((claim.confidence, score.tp[c]));
            t.fragments += usize::from(score.fragment[c]);
            if let Some(g) = score.claim_to_gold[c] {
                t.matched += 1;
                if score.tp[c] {
                    t.tp += 1;
                    t.speaker_ok += 1;
                }
                if golds[g].source.is_empty() {
                    t.speaker_nosource_total += 1;
                    t.speaker_nosource_ok += usize::from(score.tp[c]);
                }
                if let Some(ok) = score.cue_ok[c] {
                    t.cue_total += 1;
                    t.cue_ok += usize::from(ok);
                }
            }
        }
        if args.dump.is_some() {
            dump_document(
                &mut dump,
                name,
                if is_held { "held_out" } else { "tuning" },
                &text,
                &claims,
                &golds,
                &score,
            );
        }
        by_publisher.entry(publisher.to_string()).or_default().add(&t);
        if is_held {
            held.add(&t);
        } else {
            tuning.add(&t);
            if args.misses.is_some() {
                write_doc_misses(&mut miss_body, &mut miss_stats, name, &text, &claims, &golds, &score);
            }
        }
    }
    let wall = wall.elapsed().as_secs_f64();
    let _ = std::panic::take_hook();

    let mut all = Totals::default();
    all.add(&tuning);
    all.add(&held);
    let holdout_name = args.holdout.clone().unwrap_or_else(|| "none".into());
    if args.json {
        let v = serde_json::json!({
            "dataset": args.dir.display().to_string(),
            "holdout": holdout_name,
            "tuning": tuning.json(),
            "held_out": held.json(),
            "all": all.json(),
            "by_publisher": by_publisher.iter().map(|(k, v)| (k.clone(), v.json())).collect::<serde_json::Map<_, _>>(),
        });
        println!("{v}");
    } else {
        println!(
            "claimex evaluation on {} ({} documents with annotation{}; held-out publisher: {holdout_name})",
            args.dir.display(),
            docs.len(),
            if missing_ann > 0 { format!(", {missing_ann} without skipped") } else { String::new() }
        );
        println!(
            "annotation: {} attributions read, {} without Content skipped, {} bad references, \
             {}/{} span texts differ from the article at the converted offsets",
            parse_stats.events,
            parse_stats.no_content,
            parse_stats.bad_refs,
            parse_stats.text_mismatch,
            parse_stats.text_checked
        );
        println!(
            "rules: match = content token-set F1 >= 0.5, one-to-one, best first; speaker right = mention \
             (or outlet when no speaker) overlaps gold Source, and for gold without Source: claim has no \
             speaker; cue right = overlaps gold Cue (gold without Cue not counted); attribution TP = matched \
             and speaker right"
        );
        if args.holdout.is_some() {
            tuning.print(&format!("tuning (all but {holdout_name})"));
            held.print(&format!("held out ({holdout_name})"));
        }
        all.print("all");
        println!(
            "per publisher (attribution P / R / F1, content F1; strict attribution F1, content exact F1):"
        );
        for (name, t) in &by_publisher {
            let (ap, ar) = (ratio(t.tp, t.claims), ratio(t.tp, t.gold));
            let (cp, cr) = (ratio(t.matched, t.claims), ratio(t.matched, t.gold));
            let [(_, _, scf), (_, _, saf)] = t.strict.prf(t.claims, t.gold);
            println!(
                "   {name:<14} {:.3} / {:.3} / {:.3}   content F1 {:.3}   strict F1 {saf:.3}, content exact F1 {scf:.3}   \
                 ({} docs, {} gold, {} claims)",
                ap,
                ar,
                f1(ap, ar),
                f1(cp, cr),
                t.docs,
                t.gold,
                t.claims
            );
        }
        println!(
            "throughput: {:.2} MB/s in extract() ({:.1} MB in {:.2} s; {:.2} s wall with scoring)",
            ratio(all.bytes, 1) / 1e6 / all.secs.max(1e-9),
            all.bytes as f64 / 1e6,
            all.secs,
            wall
        );
        for f in failures.iter().take(20) {
            println!("failure: {f}");
        }
    }
    if let Some(path) = &args.dump {
        if let Err(e) = std::fs::write(path, &dump) {
            eprintln!("{}: {e}", path.display());
            std::process::exit(1);
        }
    }
    if let Some(path) = &args.misses {
        let mut out = miss_header(&miss_stats);
        out.push_str(&miss_body);
        if let Err(e) = std::fs::write(path, out) {
            eprintln!("{}: {e}", path.display());
            std::process::exit(1);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Tests: cargo test --example evaluate
// ---------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_become_byte_offsets_with_non_ascii_text() {
        // "é" is 2 bytes, "’" 3 bytes, "😀" 4 bytes.
        let text = "Café owner said “it’s fine” 😀 ok";
        let table = char_to_byte_table(text);
        assert_eq!(table.len(), text.chars().count() + 1);
        assert_eq!(table[4], 5); // after "Café"
        let ann = "T1\tSource 0 10\tCafé owner\nT2\tCue 11 15\tsaid\nT3\tContent 17 26\tit’s fine\n\
                   T4\tAttribution 11 15\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1 \n";
        let (golds, stats) = parse_brat(ann, text);
        assert_eq!(golds.len(), 1);
        assert_eq!(golds[0].source[0].as_str(text), "Café owner");
        assert_eq!(golds[0].cue[0].as_str(text), "said");
        assert_eq!(golds[0].content[0].as_str(text), "it’s fine");
        assert_eq!(stats.text_mismatch, 0);
        assert_eq!(stats.text_checked, 3 + 1);
    }

    #[test]
    fn brat_is_parsed_leniently() {
        let text = "Officials said the 1920 election was a monster blow-out, it was announced. Nothing.";
        let ann = "T1\tContent 15 23;24 56\tthe 1920 election was a monster blow-out\n\
                   T2\tCue 0 14\tOfficials said\n\
                   T3\tCue 60 73\twas announced\n\
                   T4\tContent 15 55\tthe 1920 election was a monster blow-out\n\
                   a continuation line of a multi-line span text\n\
                   #1\tAnnotatorNotes T1\tnote\n\
                   E1\tAttribution:T9 Cue:T2 Content:T1 Content2:T4\n\
                   E2\tAttribution-no-source:T3 Cue:T3 Content:T4 \n\
                   E3\tAttribution-no-source:T7 \n\
                   E4\tAttribution:T8 Source:T99 Content:T1\n";
        let (golds, stats) = parse_brat(ann, text);
        assert_eq!(stats.events, 4);
        assert_eq!(stats.no_content, 1); // E3
        assert_eq!(stats.bad_refs, 1); // T99
        assert_eq!(golds.len(), 3);
        let e1 = golds.iter().find(|g| g.content.len() == 3).unwrap();
        assert!(e1.source.is_empty());
        assert_eq!(e1.cue.len(), 1);
        let words = token_set(text, &e1.content);
        assert!(words.contains("1920") && words.contains("blow") && words.contains("out"));
        assert!(
            golds
                .iter()
                .any(|g| g.source.is_empty()
                    && g.cue.first().is_some_and(|c| c.as_str(text) == "was announced"))
        );
    }

    #[test]
    fn tokens_are_lowercase_alphanumeric_words() {
        let text = "“Don’t,” said O'Neil — 3 TIMES.";
        let set = token_set(text, &[Span::new(0, text.len())]);
        let mut v: Vec<_> = set.into_iter().collect();
        v.sort();
        assert_eq!(v, ["3", "don", "neil", "o", "said", "t", "times"]);
    }

    #[test]
    fn greedy_matching_takes_best_pairs_first_one_to_one() {
        // claim 0 fits gold 0 at 0.6 and gold 1 at 0.9; claim 1 fits gold 1 at 0.8 only.
        let f1 = vec![vec![0.6, 0.9], vec![0.1, 0.8], vec![0.4, 0.49]];
        let m = greedy_match(&f1, 2, 0.5);
        assert_eq!(m, vec![Some(1), None, None]);
        // Claim 0 takes gold 1 (0.9); claim 1 then falls back to gold 0 (0.7).
        let f1 = vec![vec![0.6, 0.9], vec![0.7, 0.8]];
        assert_eq!(greedy_match(&f1, 2, 0.5), vec![Some(1), Some(0)]);
        assert_eq!(greedy_match(&[], 3, 0.5), Vec::<Option<usize>>::new());
    }

    #[test]
    fn set_f1_threshold() {
        let a = token_set("a b c d", &[Span::new(0, 7)]);
        let b = token_set("a b x y", &[Span::new(0, 7)]);
        assert!((set_f1(&a, &b) - 0.5).abs() < 1e-9);
        assert_eq!(set_f1(&a, &HashSet::<String>::new()), 0.0);
    }

    #[test]
    fn matching_counts_words_by_place() {
        // A body quote repeating the headline's words shares none of its places.
        let text = "We do not pay. Zucker said: we do not pay.";
        let headline = token_positions(text, &[Span::new(0, 14)]);
        let body = token_positions(text, &[Span::new(28, 42)]);
        assert_eq!(set_f1(&headline, &body), 0.0);
        let part = token_positions(text, &[Span::new(31, 42)]);
        assert!((set_f1(&part, &body) - 0.75 * 2.0 / 1.75).abs() < 1e-9);
    }

    /// A claim built from its JSON form (`Claim` is `#[non_exhaustive]`, so no struct literal).
    fn claim(text: &str, content: (usize, usize), speaker: Option<(usize, (usize, usize))>) -> Claim {
        let span = |(s, e): (usize, usize)| serde_json::json!({"text": &text[s..e], "start": s, "end": e, "parts": [{"start": s, "end": e}]});
        let speaker = speaker.map(|(id, m)| {
            serde_json::json!({"id": id, "name": "X", "role": null, "kind": "person", "mention": span(m)})
        });
        serde_json::from_value(serde_json::json!({
            "kind": "direct", "content": span(content), "quotes": [], "speaker": speaker, "cue": null,
            "stance": "neutral", "act": "speech", "negated": false, "source": null, "sentence": 0,
            "confidence": 0.5,
        }))
        .expect("a valid claim")
    }

    #[test]
    fn split_quote_fragments_and_speaker_rule() {
        let text = "\"We will win the vote,\" Smith said. \"They cannot stop us now.\" Rain fell.";
        // Gold: one attribution with both quotes as content, Source "Smith", Cue "said".
        let gold = Gold {
            content: vec![Span::new(1, 21), Span::new(37, 60)],
            source: vec![Span::new(24, 29)],
            cue: vec![Span::new(30, 34)],
        };
        assert_eq!(gold.content[0].as_str(text), "We will win the vote");
        assert_eq!(gold.content[1].as_str(text), "They cannot stop us now");
        let claims = vec![
            claim(text, (1, 22), Some((0, (24, 29)))),
            claim(text, (37, 61), Some((0, (24, 29)))),
            claim(text, (63, 73), None),
        ];
        let s = score_document(text, &claims, std::slice::from_ref(&gold));
        // Union of 10 gold tokens vs 5 (claim 0) or 5 (claim 1): both F1 2*5/15; claim 0 wins the tie.
        assert_eq!(s.claim_to_gold, vec![Some(0), None, None]);
        assert_eq!(s.tp, vec![true, false, false]);
        assert_eq!(s.fragment, vec![false, true, false]);
        // A claim without speaker against a gold with a Source is wrong; gold without Source wants none.
        let mut no_source = gold;
        no_source.source.clear();
        assert!(speaker_right(&claims[2], &no_source));
        assert!(!speaker_right(&claims[0], &no_source));
    }

    #[test]
    fn strict_pairs_judge_content_boundaries_and_fullest_names() {
        let text = "Rates will rise, the Home Office said. Officials at the Home Office agreed.";
        let span = |s: &str| strict::span_of(text, s);
        let gold = Gold {
            content: vec![span("Rates will rise")],
            source: vec![span("the Home Office")],
            cue: vec![span("said")],
        };
        let with_name = |content: &str, name: &str| {
            let (c, m) = (span(content), span("the Home Office"));
            let mut claim = claim(text, (c.start, c.end), Some((0, (m.start, m.end))));
            if let Some(sp) = claim.speaker.as_mut() {
                sp.name = name.to_string();
            }
            claim
        };
        let mut names = strict::DocNames::new(text);
        let right =
            judge_strict(text, &mut names, &with_name("Rates will rise,", "the Home Office"), &gold, true);
        assert_eq!(right.content, strict::ContentVerdict::Exact);
        assert_eq!(right.targets, ["Home Office"]);
        assert!(right.speaker_exact && right.tp());
        // The article of the trailing speaker left in the content; a name cut to its last word.
        let wrong = judge_strict(text, &mut names, &with_name("Rates will rise, the", "Office"), &gold, true);
        assert_eq!(wrong.content, strict::ContentVerdict::Wrong);
        assert!(!wrong.speaker_exact && !wrong.tp());
    }

    #[test]
    fn ranking_splits_halves() {
        let r = ranking(&[(0.9, true), (0.1, false), (0.8, true), (0.2, true), (0.5, false)]);
        assert_eq!((r.upper_n, r.lower_n), (3, 2));
        assert!((r.upper_precision - 2.0 / 3.0).abs() < 1e-9);
        assert!((r.lower_precision - 0.5).abs() < 1e-9);
        assert_eq!(r.tied_at_cut, 0);
        let r = ranking(&[(0.5, true), (0.5, false)]);
        assert_eq!(r.tied_at_cut, 2);
    }

    #[test]
    fn marked_context_inserts_markers_on_char_boundaries() {
        let text = "Zakharova said “we expect” that";
        let mut marks = vec![(0, "{S:"), (9, "}"), (18, "[["), (27, "]]")];
        let s = marked_context(text, 0, text.len(), 0, &mut marks);
        assert_eq!(s, "{S:Zakharova} said “[[we expect]]” that");
    }
}
