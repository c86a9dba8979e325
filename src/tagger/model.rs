//! The tagger's model: a linear-chain CRF in CRFsuite's file format, read once into lookup tables.
//!
//! The file is what CRFsuite (and the `crfs` crate's trainer, which `examples/train_tagger.rs`
//! uses) writes: a 48-byte header (`lCRF`), a feature table (`FEAT`: type, source, target, weight)
//! and two CQDB string databases, for the labels and the attribute names. Only the header, the
//! features and the strings are read; every offset is checked, so a damaged file is an
//! [`Error::TaggerModel`], never a panic.
//!
//! Tagging does not look attribute names up one by one, as CRFsuite's tagger does: at load time
//! each state feature `lw[-1]=said → B-CON` is filed under its template and value, with one row of
//! weights per (offset, label). Tagging a token then costs one lookup per template (a code for
//! the closed ones, a hash for the open ones), whose row is spread over the window, and a
//! forward–backward pass gives each token's marginals.

use std::hash::Hasher;
use std::ops::Range;

use super::features::{Template, Value, Values, AFTER, BEFORE, WINDOW};
use crate::lexicon::{FxHasher, FxMap};
use crate::Error;

/// The tags the tagger gives each token: `B-`/`I-` of Source, Cue, Content, or outside.
///
/// ```
/// use claimex::tagger::Tag;
/// assert_eq!(Tag::from_label("I-CON"), Some(Tag::InsideContent));
/// assert_eq!(Tag::BeginSource.label(), "B-SRC");
/// assert!(Tag::InsideContent.is_content());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    /// Outside any attribution.
    Outside,
    /// First token of a source.
    BeginSource,
    /// Later token of a source.
    InsideSource,
    /// First token of a cue.
    BeginCue,
    /// Later token of a cue.
    InsideCue,
    /// First token of a content.
    BeginContent,
    /// Later token of a content.
    InsideContent,
}

impl Tag {
    /// Every tag.
    ///
    /// ```
    /// assert_eq!(claimex::tagger::Tag::ALL.len(), 7);
    /// ```
    pub const ALL: [Tag; 7] = [
        Tag::Outside,
        Tag::BeginSource,
        Tag::InsideSource,
        Tag::BeginCue,
        Tag::InsideCue,
        Tag::BeginContent,
        Tag::InsideContent,
    ];

    /// The label in the model file (`O`, `B-SRC`, `I-CON`, …).
    ///
    /// ```
    /// assert_eq!(claimex::tagger::Tag::Outside.label(), "O");
    /// ```
    pub const fn label(self) -> &'static str {
        match self {
            Tag::Outside => "O",
            Tag::BeginSource => "B-SRC",
            Tag::InsideSource => "I-SRC",
            Tag::BeginCue => "B-CUE",
            Tag::InsideCue => "I-CUE",
            Tag::BeginContent => "B-CON",
            Tag::InsideContent => "I-CON",
        }
    }

    /// The tag with label `label`.
    ///
    /// ```
    /// assert_eq!(claimex::tagger::Tag::from_label("B-CUE"), Some(claimex::tagger::Tag::BeginCue));
    /// assert_eq!(claimex::tagger::Tag::from_label("B-X"), None);
    /// ```
    pub fn from_label(label: &str) -> Option<Tag> {
        Tag::ALL.into_iter().find(|t| t.label() == label)
    }

    /// Whether the tag is part of a content.
    ///
    /// ```
    /// assert!(!claimex::tagger::Tag::BeginCue.is_content());
    /// ```
    pub const fn is_content(self) -> bool {
        matches!(self, Tag::BeginContent | Tag::InsideContent)
    }
}

/// Lanes of a row of per-label weights: the labels (at most 8), padded.
const LANES: usize = 8;
type Lanes = [f32; LANES];
/// A score that `exp` turns into 0: padding lanes never win or carry mass.
const NEVER: f32 = -1.0e30;
/// Window offsets of a windowed template's row.
const SPAN: usize = 2 * WINDOW + 1;

/// A loaded tagger model. [`Model::embedded`] is the one trained on PolNeAR that ships in
/// `data/`; [`Model::from_bytes`] reads one you trained (`examples/train_tagger.rs`).
///
/// ```
/// let model = claimex::tagger::Model::embedded();
/// assert_eq!(model.tags().len(), 7);
/// assert!(model.attributes() > 1000);
/// ```
#[derive(Clone)]
pub struct Model {
    /// Tag of each label id.
    tags: Vec<Tag>,
    /// Transition weights, `[from][to]`; padding lanes `NEVER`.
    transitions: [Lanes; LANES],
    /// `exp` of the transition weights (0 for padding).
    exp_transitions: [Lanes; LANES],
    /// The same, `[to][from]`.
    exp_transposed: [Lanes; LANES],
    /// Open templates: (template, value) → row (its first lane in `lanes`).
    index: Index,
    /// Closed templates: code → row (`u32::MAX` for a value the model has no weight for).
    coded: Vec<Vec<u32>>,
    /// State weights: per (template, value) a row of lanes, one per window offset (`SPAN`,
    /// offset k at `k + WINDOW`) for a windowed template, one for the others.
    lanes: Vec<Lanes>,
    /// Lanes that are content, cue and source tags.
    content: Share,
    cue: Share,
    source: Share,
    /// The rows of the lower case before and after a sentence ([`BEFORE`], [`AFTER`]).
    before: Option<u32>,
    after: Option<u32>,
    attributes: usize,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("tags", &self.tags)
            .field("attributes", &self.attributes)
            .finish_non_exhaustive()
    }
}

/// The marginal probabilities and best path of one stretch of tokens.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Tagged {
    /// Per token, the probability that it is part of a content.
    pub content: Vec<f32>,
    /// Per token, the probability that it is part of a cue.
    pub cue: Vec<f32>,
    /// Per token, the probability that it is part of a source.
    pub source: Vec<f32>,
    /// Per token, the most probable tag sequence's tag.
    pub path: Vec<Tag>,
}

impl Model {
    /// The model trained on PolNeAR that ships with the crate, parsed once.
    ///
    /// ```
    /// assert!(std::ptr::eq(claimex::tagger::Model::embedded(), claimex::tagger::Model::embedded()));
    /// ```
    pub fn embedded() -> &'static Model {
        static EMBEDDED: std::sync::LazyLock<Model> = std::sync::LazyLock::new(|| {
            // The file is part of the crate and a test parses it: it cannot fail at run time.
            Model::from_bytes(include_bytes!("../../data/tagger.crfsuite"))
                .unwrap_or_else(|e| panic!("the embedded tagger model is damaged: {e}"))
        });
        &EMBEDDED
    }

    /// Read a model in CRFsuite's format.
    ///
    /// # Errors
    /// [`Error::TaggerModel`] when the bytes are not a CRFsuite model, are cut short or point
    /// outside themselves, or when the model's labels or attributes are not ones this crate's
    /// features produce (a model trained for something else).
    ///
    /// ```
    /// let err = claimex::tagger::Model::from_bytes(b"not a model").unwrap_err();
    /// assert!(matches!(err, claimex::Error::TaggerModel { .. }));
    /// ```
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, Error> {
        let file = File::new(bytes)?;
        let labels = file.strings(file.off_labels, file.num_labels, "label")?;
        let attrs = file.strings(file.off_attrs, file.num_attrs, "attribute")?;
        let tags = labels
            .iter()
            .map(|l| Tag::from_label(l).ok_or_else(|| bad(format!("unknown label {l:?}"))))
            .collect::<Result<Vec<_>, _>>()?;
        let n = tags.len();
        if n > LANES {
            return Err(bad(format!("{n} labels; a claimex tagger has at most {LANES}")));
        }
        let mut model = Model {
            transitions: [[NEVER; LANES]; LANES],
            exp_transitions: [[0.0; LANES]; LANES],
            exp_transposed: [[0.0; LANES]; LANES],
            index: Index::default(),
            coded: Template::ALL.iter().map(|t| vec![u32::MAX; t.closed().map_or(0, <[_]>::len)]).collect(),
            lanes: Vec::new(),
            content: Share::new(&tags, Tag::is_content),
            cue: Share::new(&tags, |t| matches!(t, Tag::BeginCue | Tag::InsideCue)),
            source: Share::new(&tags, |t| matches!(t, Tag::BeginSource | Tag::InsideSource)),
            before: None,
            after: None,
            tags,
            attributes: attrs.len(),
        };
        for row in model.transitions.iter_mut().take(n) {
            row[..n].fill(0.0);
        }
        let lane_of = model.lay_out(&attrs)?;
        model.load_weights(&file, &lane_of)?;
        for (e, w) in model.exp_transitions.iter_mut().flatten().zip(model.transitions.iter().flatten()) {
            *e = if *w <= NEVER { 0.0 } else { w.exp() };
        }
        for (from, row) in model.exp_transitions.iter().enumerate() {
            for (to, e) in row.iter().enumerate() {
                model.exp_transposed[to][from] = *e;
            }
        }
        Ok(model)
    }

    /// Give each (template, value) its row of lanes: one per window offset for a windowed
    /// template (zero where the model has no weight), one for the others. Returns the lane of each
    /// attribute.
    fn lay_out(&mut self, attrs: &[&str]) -> Result<Vec<u32>, Error> {
        let mut lane_of = Vec::with_capacity(attrs.len());
        let mut lanes = 0u32;
        let mut open: FxMap<(Template, &str), u32> = FxMap::default();
        for name in attrs {
            let unknown =
                || bad(format!("attribute {name:?} is not one of the features this version produces"));
            let (template, k, value) = super::features::parse_attribute(name).ok_or_else(unknown)?;
            let width = if template.windowed() { SPAN as u32 } else { 1 };
            let mut next = || {
                lanes += width;
                lanes - width
            };
            let row = match template.closed() {
                Some(names) => {
                    let code = names.iter().position(|v| *v == value).ok_or_else(unknown)?;
                    let row = &mut self.coded[template.index()][code];
                    if *row == u32::MAX {
                        *row = next();
                    }
                    *row
                }
                None => *open.entry((template, value)).or_insert_with(next),
            };
            let slot = if template.windowed() { k + WINDOW as isize } else { 0 };
            lane_of.push(row + slot as u32);
        }
        self.index = Index::new(&open)?;
        self.before = open.get(&(Template::Lower, BEFORE)).copied();
        self.after = open.get(&(Template::Lower, AFTER)).copied();
        self.lanes = vec![[0.0; LANES]; lanes as usize];
        Ok(lane_of)
    }

    /// Add the file's feature weights: state features into their lanes, transitions.
    fn load_weights(&mut self, file: &File<'_>, lane_of: &[u32]) -> Result<(), Error> {
        let n = self.tags.len();
        for f in 0..file.num_features {
            let (kind, src, dst, weight) = file.feature(f)?;
            let (src, dst) = (src as usize, dst as usize);
            if dst >= n {
                return Err(bad(format!("feature {f} points to label {dst} of {n}")));
            }
            match kind {
                0 => {
                    let lane = lane_of.get(src).copied().ok_or_else(|| {
                        bad(format!("feature {f} points to attribute {src} of {}", lane_of.len()))
                    })?;
                    self.lanes[lane as usize][dst] += weight as f32;
                }
                1 if src < n => self.transitions[src][dst] += weight as f32,
                _ => return Err(bad(format!("feature {f} has type {kind} and source {src}"))),
            }
        }
        Ok(())
    }

    /// The model's tags, in label-id order.
    ///
    /// ```
    /// assert!(claimex::tagger::Model::embedded().tags().contains(&claimex::tagger::Tag::InsideContent));
    /// ```
    pub fn tags(&self) -> &[Tag] {
        &self.tags
    }

    /// Number of attributes (feature values) the model knows.
    ///
    /// ```
    /// assert!(claimex::tagger::Model::embedded().attributes() > 0);
    /// ```
    pub fn attributes(&self) -> usize {
        self.attributes
    }

    /// The rows of `values` (a token's), in template order, with whether they are windowed.
    fn rows_of<'v>(
        &'v self,
        values: impl Iterator<Item = (Template, Value<'v>)> + 'v,
    ) -> impl Iterator<Item = (u32, bool)> + 'v {
        values.filter_map(move |(template, value)| {
            let row = match value {
                Value::Code(code) => self.code_row(template, code)?,
                Value::Text(text) => self.index.get(template, text)?,
            };
            Some((row, template.windowed()))
        })
    }

    /// The row of code `code` of a closed template.
    fn code_row(&self, template: Template, code: usize) -> Option<u32> {
        self.coded[template.index()].get(code).copied().filter(|&row| row != u32::MAX)
    }

    /// Append the state scores of one sentence to `scores`. Token t's score is the sum of the
    /// weights it sees, added token by token (t - 2 … t + 2) and template by template, then
    /// those of the lower case beyond the sentence's edges: in that order, as a float sum's
    /// value depends on its order. Each token's rows are spread over the tokens that see it,
    /// token by token, which adds to each score in that order.
    #[inline(never)]
    fn scores(&self, values: &Values, sentence: Range<usize>, seen: &mut Seen, scores: &mut Vec<Lanes>) {
        let (len, n) = (sentence.len(), self.tags.len());
        seen.fill(self, values, sentence);
        // Token t's score at `window[t + WINDOW]`: what lands beyond the sentence falls in the
        // margins.
        let window = &mut seen.window;
        window.clear();
        window.resize(len + 2 * WINDOW, [0.0; LANES]);
        for (j, rows) in seen.tokens.iter().enumerate() {
            for &(at, windowed) in rows.rows() {
                let at = at as usize;
                if windowed {
                    // Slot k of the row is seen by token j + WINDOW - k, at j + 2 WINDOW - k.
                    let targets =
                        window.get_mut(j..j + SPAN).and_then(|t| <&mut [Lanes; SPAN]>::try_from(t).ok());
                    let weights =
                        self.lanes.get(at..at + SPAN).and_then(|w| <&[Lanes; SPAN]>::try_from(w).ok());
                    if let (Some(targets), Some(weights)) = (targets, weights) {
                        for k in 0..SPAN {
                            add(&mut targets[SPAN - 1 - k], &weights[k]);
                        }
                    }
                } else if let (Some(s), Some(w)) = (window.get_mut(j + WINDOW), self.lanes.get(at)) {
                    add(s, w);
                }
            }
        }
        let lane = |at: u32, slot: usize| self.lanes.get(at as usize + slot);
        for (t, s) in window[WINDOW..WINDOW + len].iter_mut().enumerate() {
            // Beyond the sentence's edges only the lower case has a value (`lw[-1]=^`, `lw[2]=$`).
            if let Some(at) = self.before.filter(|_| t < WINDOW) {
                for slot in 0..WINDOW - t {
                    lane(at, slot).into_iter().for_each(|w| add(s, w));
                }
            }
            if let Some(at) = self.after.filter(|_| t + WINDOW >= len) {
                for slot in len - t + WINDOW..SPAN {
                    lane(at, slot).into_iter().for_each(|w| add(s, w));
                }
            }
            // Padding lanes never win.
            s[n..].fill(NEVER);
            scores.push(*s);
        }
    }

    /// Tag a run of consecutive sentences as one chain (as training sees whole documents): each
    /// token's probabilities of content, cue and source, and, when `path` is asked for, the best
    /// tag sequence (left empty otherwise).
    pub(crate) fn tag(&self, values: &Values, path: bool, scratch: &mut Scratch) -> Tagged {
        let (n, len) = (self.tags.len(), values.len());
        if len == 0 || n == 0 {
            return Tagged::default();
        }
        let Scratch { scores, alpha, beta, scale, back, seen } = scratch;
        scores.clear();
        scores.reserve(len);
        for sentence in values.sentences() {
            self.scores(values, sentence, seen, scores);
        }
        let path = if path { self.viterbi(scores, back) } else { Vec::new() };
        // Forward–backward in scaled probability space, as CRFsuite does. (The steps stay out of
        // line: inlined into one function they cost 0.6 % more instructions, callgrind says.)
        self.exp_scores(scores);
        self.forward(scores, alpha, scale);
        self.backward(scores, scale, beta);
        self.marginals(alpha, beta, path)
    }

    /// `exp` of the state scores, shifted by their row maximum first (the shift cancels in the
    /// normalised marginals); padding lanes 0. (A padding lane's `NEVER` is below every label's
    /// score: the maximum of all lanes is that of the labels.)
    #[inline(never)]
    fn exp_scores(&self, scores: &mut [Lanes]) {
        let n = self.tags.len();
        for row in scores.iter_mut() {
            // (A plain comparison, which passes over a NaN as `f32::max` does.)
            let max = row.iter().copied().fold(f32::NEG_INFINITY, |m, s| if s > m { s } else { m });
            for (l, s) in row.iter_mut().enumerate() {
                *s = if l < n { (*s - max).exp() } else { 0.0 };
            }
        }
    }

    /// The scaled forward probabilities `alpha` of the chain whose `exp` state scores are
    /// `state`, and each token's scale.
    #[inline(never)]
    fn forward(&self, state: &[Lanes], alpha: &mut Vec<Lanes>, scale: &mut Vec<f32>) {
        let (len, trans) = (state.len(), &self.exp_transitions);
        alpha.clear();
        alpha.resize(len, [0.0; LANES]);
        scale.clear();
        scale.resize(len, 1.0);
        for t in 0..len {
            let mut a = if t == 0 { [1.0; LANES] } else { times(&alpha[t - 1], trans) };
            a.iter_mut().zip(&state[t]).for_each(|(a, s)| *a *= s);
            let sum: f32 = a.iter().sum();
            scale[t] = if positive(sum) { 1.0 / sum } else { 1.0 };
            a.iter_mut().for_each(|x| *x *= scale[t]);
            alpha[t] = a;
        }
    }

    /// The scaled backward probabilities `beta`, with the forward pass's scales.
    #[inline(never)]
    fn backward(&self, state: &[Lanes], scale: &[f32], beta: &mut Vec<Lanes>) {
        let len = state.len();
        beta.clear();
        beta.resize(len, [scale[len - 1]; LANES]);
        for t in (0..len - 1).rev() {
            let mut next = beta[t + 1];
            next.iter_mut().zip(&state[t + 1]).for_each(|(b, s)| *b *= s);
            // beta[t][i] = Σ_j trans[i][j] · state[t+1][j] · beta[t+1][j], summed in the order of
            // j for every i at once (the padding lane's terms are 0).
            let mut b = times(&next, &self.exp_transposed);
            b.iter_mut().for_each(|x| *x *= scale[t]);
            beta[t] = b;
        }
    }

    /// Each token's probabilities of content, cue and source from `alpha` and `beta`.
    #[inline(never)]
    fn marginals(&self, alpha: &[Lanes], beta: &[Lanes], path: Vec<Tag>) -> Tagged {
        let len = alpha.len();
        let mut tagged = Tagged {
            path,
            content: Vec::with_capacity(len),
            cue: Vec::with_capacity(len),
            source: Vec::with_capacity(len),
        };
        for (a, b) in alpha.iter().zip(beta.iter()) {
            // alpha · beta is the marginal up to a per-token factor; normalised here.
            let mut p: Lanes = std::array::from_fn(|l| a[l] * b[l]);
            let all: f32 = p.iter().sum();
            let finite = positive(all);
            let norm = if finite { 1.0 / all } else { 0.0 };
            p.iter_mut().for_each(|x| *x *= norm);
            for (share, out) in [
                (&self.content, &mut tagged.content),
                (&self.cue, &mut tagged.cue),
                (&self.source, &mut tagged.source),
            ] {
                out.push(if finite { share.of(&p) } else { share.of_every_lane(&p) });
            }
        }
        tagged
    }

    fn viterbi(&self, scores: &[Lanes], back: &mut Vec<[u8; LANES]>) -> Vec<Tag> {
        let mut best = scores[0];
        back.clear();
        back.resize(scores.len(), [0; LANES]);
        for (t, state) in scores.iter().enumerate().skip(1) {
            let mut next = [NEVER; LANES];
            for (j, (nj, bj)) in next.iter_mut().zip(back[t].iter_mut()).enumerate() {
                let (mut arg, mut top) = (0, f32::NEG_INFINITY);
                for (i, b) in best.iter().enumerate() {
                    let v = b + self.transitions[i][j];
                    if v > top {
                        (arg, top) = (i, v);
                    }
                }
                *nj = top + state[j];
                *bj = arg as u8;
            }
            best = next;
        }
        let n = self.tags.len();
        let mut j = (0..n).fold(0, |a, b| if best[b] > best[a] { b } else { a });
        let mut path = vec![Tag::Outside; scores.len()];
        for t in (0..scores.len()).rev() {
            path[t] = self.tags[j.min(n - 1)];
            j = usize::from(back[t][j]);
        }
        path
    }
}

/// Rows of the open templates' values: open addressing (linear probing) over 64-bit hashes of
/// (template, value), the low bits choosing the first slot. A slot keeps the hash's high 32 bits
/// and the row, so a lookup reads one short run of 8-byte slots and never the value's text. A
/// model whose values a lookup could mistake for each other (equal high bits in one run) is
/// refused at load; an unseen value is taken for a model's only when their high 32 bits agree in
/// the run it scans, about once in 3·10⁹ lookups.
#[derive(Debug, Clone, Default)]
struct Index {
    /// `(high 32 bits of the hash, row + 1)`, `(_, 0)` for an empty slot.
    slots: Vec<(u32, u32)>,
}

impl Index {
    fn new(open: &FxMap<(Template, &str), u32>) -> Result<Index, Error> {
        let size = (open.len() * 2).next_power_of_two().max(16);
        let mut index = Index { slots: vec![(0, 0); size] };
        for (&(template, value), &row) in open {
            let h = hash(template, value);
            let mut i = h as usize & (size - 1);
            while index.slots[i].1 != 0 {
                if index.slots[i].0 == (h >> 32) as u32 {
                    return Err(bad(format!(
                        "two attribute values of template {} share a hash",
                        template.name()
                    )));
                }
                i = (i + 1) & (size - 1);
            }
            index.slots[i] = ((h >> 32) as u32, row + 1);
        }
        Ok(index)
    }

    fn get(&self, template: Template, value: &str) -> Option<u32> {
        let h = hash(template, value);
        let mask = self.slots.len().checked_sub(1)?;
        let (tag, mut i) = ((h >> 32) as u32, h as usize & mask);
        loop {
            match self.slots[i] {
                (_, 0) => return None,
                (t, row) if t == tag => return Some(row - 1),
                _ => i = (i + 1) & mask,
            }
        }
    }
}

/// FxHash of (template, value, length), mixed with MurmurHash3's finaliser so that the low bits
/// index well; never 0.
fn hash(template: Template, value: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write_usize(template.index());
    h.write(value.as_bytes());
    h.write_usize(value.len());
    let mut x = h.finish();
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^= x >> 33;
    x.max(1)
}

/// The lanes of one kind of tag (content, cue or source), whose probabilities add up to the
/// token's probability of that kind.
#[derive(Debug, Clone)]
struct Share {
    /// 1 in the kind's lanes, 0 in the others.
    mask: Lanes,
    /// The kind's lanes, in order.
    lanes: Vec<usize>,
}

impl Share {
    fn new(tags: &[Tag], which: impl Fn(Tag) -> bool) -> Share {
        let mask = std::array::from_fn(|l| if tags.get(l).is_some_and(|t| which(*t)) { 1.0 } else { 0.0 });
        Share { mask, lanes: (0..LANES).filter(|&l| mask[l] == 1.0).collect() }
    }

    /// The kind's probability in the normalised, finite marginals `p`: the sum of its lanes (the
    /// same float as [`Share::of_every_lane`], whose other terms are all +0).
    fn of(&self, p: &Lanes) -> f32 {
        self.lanes.iter().fold(0.0, |sum, &l| sum + p[l]).clamp(0.0, 1.0)
    }

    /// `Σ p · mask` over every lane: for marginals that are not finite, where 0 · ∞ counts.
    fn of_every_lane(&self, p: &Lanes) -> f32 {
        p.iter().zip(&self.mask).map(|(p, w)| p * w).sum::<f32>().clamp(0.0, 1.0)
    }
}

/// `s += w`, lane by lane (a plain indexed loop, which compiles to vector adds).
#[inline(always)]
#[allow(clippy::needless_range_loop)]
fn add(s: &mut Lanes, w: &Lanes) {
    // (On copies: the compiler then need not fear that `s` and `w` overlap.)
    let (mut x, w) = (*s, *w);
    for l in 0..LANES {
        x[l] += w[l];
    }
    *s = x;
}

/// Whether `x` is positive and finite (`x > 0.0 && x.is_finite()`, in two comparisons).
fn positive(x: f32) -> bool {
    (x > 0.0) & (x < f32::INFINITY)
}

/// `v · m`: `out[j] = Σ_i v[i] · m[i][j]`, summed in the order of i.
fn times(v: &Lanes, m: &[Lanes; LANES]) -> Lanes {
    let mut out = [0.0; LANES];
    for (vi, row) in v.iter().zip(m) {
        out.iter_mut().zip(row).for_each(|(o, w)| *o += vi * w);
    }
    out
}

/// Buffers reused across the sentences of one document.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    scores: Vec<Lanes>,
    alpha: Vec<Lanes>,
    beta: Vec<Lanes>,
    scale: Vec<f32>,
    back: Vec<[u8; LANES]>,
    seen: Seen,
}

/// The rows of one sentence's values, token by token, and its scores.
#[derive(Debug, Default)]
struct Seen {
    tokens: Vec<Rows>,
    /// The rows of each word's values (by word id of the values of `generation`), once looked up.
    words: Vec<Option<Rows>>,
    generation: Option<u64>,
    /// The sentence's scores with margins ([`Model::scores`]).
    window: Vec<Lanes>,
}

/// The rows of a token's values, in template order: the first lane of each, and whether it is
/// windowed (one lane per window offset).
#[derive(Debug, Clone, Copy, Default)]
struct Rows {
    rows: [(u32, bool); Template::ALL.len()],
    len: u8,
}

impl Rows {
    fn push(&mut self, at: u32, windowed: bool) {
        if let Some(slot) = self.rows.get_mut(usize::from(self.len)) {
            *slot = (at, windowed);
            self.len += 1;
        }
    }

    fn rows(&self) -> &[(u32, bool)] {
        &self.rows[..usize::from(self.len)]
    }
}

impl Seen {
    fn fill(&mut self, model: &Model, values: &Values, sentence: Range<usize>) {
        if self.generation != Some(values.generation()) {
            self.words.clear();
            self.generation = Some(values.generation());
        }
        self.tokens.clear();
        self.tokens.reserve(sentence.len());
        self.words.resize(values.words().max(self.words.len()), None);
        for j in sentence {
            let word = values.word(j) as usize;
            if self.words.len() <= word {
                self.words.resize(word + 1, None);
            }
            let mut rows = *self.words[word].get_or_insert_with(|| {
                let mut rows = Rows::default();
                model.rows_of(values.word_values(j)).for_each(|(at, windowed)| rows.push(at, windowed));
                rows
            });
            let (codes, lemma) = values.place(j);
            for &(template, code) in codes {
                let row = match code {
                    Some(code) => model.code_row(template, usize::from(code)),
                    None if template == Template::CueLemma => {
                        lemma.and_then(|lemma| model.index.get(template, lemma))
                    }
                    None => None,
                };
                if let Some(at) = row {
                    rows.push(at, template.windowed());
                }
            }
            self.tokens.push(rows);
        }
    }
}

fn bad(reason: String) -> Error {
    Error::TaggerModel { reason }
}

/// The parts of a CRFsuite model file that tagging needs, with every read bounds-checked.
struct File<'b> {
    bytes: &'b [u8],
    num_features: u32,
    num_labels: u32,
    num_attrs: u32,
    off_features: usize,
    off_labels: usize,
    off_attrs: usize,
}

impl<'b> File<'b> {
    fn new(bytes: &'b [u8]) -> Result<Self, Error> {
        if bytes.get(0..4) != Some(b"lCRF") {
            return Err(bad("not a CRFsuite model (the file does not start with \"lCRF\")".into()));
        }
        let f = |i: usize| u32_at(bytes, 4 * i);
        let size = f(1)? as usize;
        if size != bytes.len() {
            return Err(bad(format!("the file is {} bytes, its header says {size}", bytes.len())));
        }
        let off_features = f(7)? as usize;
        if bytes.get(off_features..off_features + 4) != Some(b"FEAT") {
            return Err(bad(format!("no feature table at byte {off_features}")));
        }
        // The feature count is the table's own (CRFsuite leaves the header's at 0).
        let num_features = u32_at(bytes, off_features + 8)?;
        let end = (num_features as usize).checked_mul(20).and_then(|n| n.checked_add(off_features + 12));
        if end.is_none_or(|e| e > bytes.len()) {
            return Err(bad(format!("{num_features} features do not fit in {} bytes", bytes.len())));
        }
        Ok(File {
            bytes,
            num_features,
            num_labels: f(5)?,
            num_attrs: f(6)?,
            off_features,
            off_labels: f(8)? as usize,
            off_attrs: f(9)? as usize,
        })
    }

    /// Feature `i`: (type, source, target, weight).
    fn feature(&self, i: u32) -> Result<(u32, u32, u32, f64), Error> {
        let at = self.off_features + 12 + 20 * i as usize;
        let w = self
            .bytes
            .get(at + 12..at + 20)
            .and_then(|b| b.try_into().ok())
            .map(f64::from_le_bytes)
            .ok_or_else(|| bad(format!("feature {i} is cut short")))?;
        if !w.is_finite() {
            return Err(bad(format!("feature {i} has weight {w}")));
        }
        Ok((u32_at(self.bytes, at)?, u32_at(self.bytes, at + 4)?, u32_at(self.bytes, at + 8)?, w))
    }

    /// Strings `0..count` of the CQDB database at `off`, by id (its backward array).
    fn strings(&self, off: usize, count: u32, what: &str) -> Result<Vec<&'b str>, Error> {
        let db = self
            .bytes
            .get(off..)
            .ok_or_else(|| bad(format!("{what} table at byte {off} is past the end")))?;
        if db.get(0..4) != Some(b"CQDB") {
            return Err(bad(format!("no {what} table at byte {off}")));
        }
        let bwd_size = u32_at(db, 16)?;
        let bwd_offset = u32_at(db, 20)? as usize;
        if bwd_size < count || bwd_offset == 0 {
            return Err(bad(format!("the {what} table lists {bwd_size} names, the header {count}")));
        }
        (0..count as usize)
            .map(|id| {
                let rec = u32_at(db, bwd_offset + 4 * id)? as usize;
                let size = u32_at(db, rec + 4)? as usize;
                let key = db
                    .get(rec + 8..(rec + 8).saturating_add(size.saturating_sub(1)))
                    .filter(|_| size > 0)
                    .ok_or_else(|| bad(format!("{what} {id} lies outside the file")))?;
                std::str::from_utf8(key).map_err(|_| bad(format!("{what} {id} is not UTF-8")))
            })
            .collect()
    }
}

fn u32_at(bytes: &[u8], at: usize) -> Result<u32, Error> {
    bytes
        .get(at..at.saturating_add(4))
        .and_then(|b| b.try_into().ok())
        .map(u32::from_le_bytes)
        .ok_or_else(|| bad(format!("the file ends before byte {}", at.saturating_add(4))))
}
