//! The combination: each rule claim kept, trimmed or dropped by the tagger's support for it.

use std::ops::Range;

use super::features::Values;
use super::model::Scratch;
use super::{Input, Tagger, View};
use crate::claim::{Claim, ClaimKind, Content};
use crate::text::{Document, TokenKind};
use crate::{Error, Span};

/// Where a kept claim's content starts and ends.
///
/// ```
/// assert_eq!("trim".parse::<claimex::tagger::Boundaries>(), Ok(claimex::tagger::Boundaries::Trim));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Boundaries {
    /// The rules' boundaries.
    Rules,
    /// The rules' content shrunk to the tokens the tagger reads as content.
    Trim,
    /// The tagger's content run around the rules' content, which may reach beyond it (never into
    /// the claim's speaker or cue, nor past its paragraph).
    Tagger,
}

impl std::str::FromStr for Boundaries {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "rules" => Ok(Boundaries::Rules),
            "trim" => Ok(Boundaries::Trim),
            "tagger" => Ok(Boundaries::Tagger),
            other => Err(format!("unknown boundaries {other:?}; expected rules, trim or tagger")),
        }
    }
}

impl std::fmt::Display for Boundaries {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Boundaries::Rules => "rules",
            Boundaries::Trim => "trim",
            Boundaries::Tagger => "tagger",
        })
    }
}

/// How the tagger's opinion is used; chosen on the tuning set together with the model.
///
/// ```
/// let s = claimex::tagger::Settings::parse("threshold\t0.3\nboundaries\ttrim\nmargin\t0.8\nweight\t0.5\n")?;
/// assert_eq!(s.threshold, 0.3);
/// assert_eq!(claimex::tagger::Settings::parse(&s.to_tsv())?, s);
/// # Ok::<(), claimex::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// A claim whose support is below this is dropped. The support is the geometric mean of the
    /// tagger's mean probabilities that the claim's content words are content, that its cue is a
    /// cue, and that its speaker mention is a source (of those the claim has).
    pub threshold: f32,
    /// Where a kept indirect or mixed claim's content starts and ends (a direct quote keeps its
    /// marks' boundaries).
    pub boundaries: Boundaries,
    /// How sure the tagger must be to move a boundary: an edge token leaves the content when its
    /// probability of being content is below `1 - margin`, a neighbour joins when it is at least
    /// `margin` (from 0.5, any opinion, to 1, never).
    pub margin: f32,
    /// How much the support weighs in the confidence: it is multiplied by
    /// `1 - weight + weight × support`.
    pub weight: f32,
}

impl Settings {
    /// The settings chosen with the embedded model (`data/tagger.tsv`).
    ///
    /// ```
    /// let s = claimex::tagger::Settings::embedded();
    /// assert!((0.0..=1.0).contains(&s.weight));
    /// ```
    pub fn embedded() -> Settings {
        static EMBEDDED: std::sync::LazyLock<Settings> = std::sync::LazyLock::new(|| {
            // Part of the crate, parsed by a test: it cannot fail at run time.
            Settings::parse(include_str!("../../data/tagger.tsv"))
                .unwrap_or_else(|e| panic!("the embedded tagger settings are damaged: {e}"))
        });
        *EMBEDDED
    }

    /// Read settings written as `key<TAB>value` lines (`#` starts a comment): `threshold`,
    /// `boundaries` (`rules`, `trim`, `tagger`), `margin` and `weight`, each once.
    ///
    /// # Errors
    /// [`Error::TaggerSettings`] for an unknown key, a bad value, or a missing key.
    ///
    /// ```
    /// let err = claimex::tagger::Settings::parse("threshold\tlow\n").unwrap_err();
    /// assert!(matches!(err, claimex::Error::TaggerSettings { line: 1, .. }));
    /// ```
    pub fn parse(text: &str) -> Result<Settings, Error> {
        let (mut threshold, mut boundaries, mut margin, mut weight) = (None, None, None, None);
        let err = |line: usize, reason: String| Error::TaggerSettings { line, reason };
        for (i, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let (key, value) = line
                .split_once(char::is_whitespace)
                .ok_or_else(|| err(i + 1, format!("{line:?} is not `key<TAB>value`")))?;
            let unit = |v: &str| {
                v.trim().parse::<f32>().ok().filter(|x| (0.0..=1.0).contains(x)).ok_or_else(|| {
                    err(i + 1, format!("{key} must be a number from 0 to 1, not {:?}", v.trim()))
                })
            };
            match key {
                "threshold" => threshold = Some(unit(value)?),
                "weight" => weight = Some(unit(value)?),
                "margin" => margin = Some(unit(value)?.max(0.5)),
                "boundaries" => boundaries = Some(value.parse().map_err(|e| err(i + 1, e))?),
                _ => return Err(err(i + 1, format!("unknown key {key:?}"))),
            }
        }
        let missing = |key: &str| err(text.lines().count(), format!("no {key} given"));
        Ok(Settings {
            threshold: threshold.ok_or_else(|| missing("threshold"))?,
            boundaries: boundaries.ok_or_else(|| missing("boundaries"))?,
            margin: margin.ok_or_else(|| missing("margin"))?,
            weight: weight.ok_or_else(|| missing("weight"))?,
        })
    }

    /// The settings as [`parse`](Self::parse) reads them.
    ///
    /// ```
    /// assert!(claimex::tagger::Settings::embedded().to_tsv().contains("threshold\t"));
    /// ```
    pub fn to_tsv(&self) -> String {
        format!(
            "threshold\t{}\nboundaries\t{}\nmargin\t{}\nweight\t{}\n",
            self.threshold, self.boundaries, self.margin, self.weight
        )
    }
}

/// Review the rules' `claims` with `tagger`: tag the sentences that hold their content, cue and
/// speaker, drop each claim the tagger does not support, set the boundaries of the others as the
/// settings say, and fold the support into their confidence. Speakers, cues and sources are left
/// as they are; every span stays a byte range of `input.doc`'s text on token boundaries.
///
/// See [`Input`] for an example.
pub fn review(input: &Input<'_, '_>, tagger: &Tagger, claims: Vec<Claim>) -> Vec<Claim> {
    let doc = input.doc;
    let p = Marginals::of(input, tagger, &claims);
    let settings = tagger.settings();
    let mut out: Vec<Claim> = claims
        .into_iter()
        .filter_map(|claim| {
            let support = support(doc, &p, &claim);
            if support < settings.threshold {
                return None;
            }
            let mut claim = if claim.kind == ClaimKind::Direct || settings.boundaries == Boundaries::Rules {
                claim
            } else {
                rebound(input, &p.content, &claim, settings)
            };
            let factor = 1.0 - settings.weight + settings.weight * support;
            claim.confidence = (claim.confidence * factor).clamp(0.0, 1.0);
            Some(claim)
        })
        .collect();
    out.sort_by_key(|c| (c.content.start, c.content.end));
    out.dedup_by(|b, a| a.content.span() == b.content.span());
    out
}

/// Per token of the document, the tagger's probabilities of content, cue and source (`NaN` in
/// the sentences it did not tag).
struct Marginals {
    content: Vec<f32>,
    cue: Vec<f32>,
    source: Vec<f32>,
}

impl Marginals {
    /// Tag the sentences holding some claim's content, cue or speaker mention; runs of
    /// consecutive such sentences are tagged as one chain.
    fn of(input: &Input<'_, '_>, tagger: &Tagger, claims: &[Claim]) -> Marginals {
        let doc = input.doc;
        let n = doc.tokens().len();
        let mut p =
            Marginals { content: vec![f32::NAN; n], cue: vec![f32::NAN; n], source: vec![f32::NAN; n] };
        let mut wanted = vec![false; doc.sentences().len()];
        for claim in claims {
            let parts = [
                Some(claim.content.span()),
                claim.cue.as_ref().map(|c| Span::new(c.start, c.end)),
                claim.speaker.as_ref().map(|s| s.mention.span()),
            ];
            for span in parts.into_iter().flatten() {
                let last = doc.sentence_at(span.end.saturating_sub(1).max(span.start));
                for w in wanted.iter_mut().take(last + 1).skip(doc.sentence_at(span.start)) {
                    *w = true;
                }
            }
        }
        if !wanted.contains(&true) {
            return p;
        }
        let view = View::new(input);
        let mut scratch = Scratch::default();
        let mut values = Values::new();
        let mut s = 0;
        while s < wanted.len() {
            if !wanted[s] {
                s += 1;
                continue;
            }
            let run_start = s;
            while s < wanted.len() && wanted[s] {
                s += 1;
            }
            let sentences = &doc.sentences()[run_start..s];
            values.fill(&view, run_start..s);
            let tagged = tagger.model().tag(&values, false, &mut scratch);
            let mut at = 0;
            for sentence in sentences {
                let (r, k) = (sentence.tokens.clone(), at..at + sentence.tokens.len());
                p.content[r.clone()].copy_from_slice(&tagged.content[k.clone()]);
                p.cue[r.clone()].copy_from_slice(&tagged.cue[k.clone()]);
                p.source[r].copy_from_slice(&tagged.source[k]);
                at += sentence.tokens.len();
            }
        }
        p
    }
}

/// Tokens of a span (those starting inside it).
fn token_range(doc: &Document<'_>, span: Span) -> Range<usize> {
    let start = doc.token_index_at(span.start);
    start..doc.token_index_at(span.end).max(start)
}

/// Mean of `p` over the words and numbers of `tokens` (over all its tokens when it has none);
/// `None` when nothing there was tagged.
fn mean(doc: &Document<'_>, p: &[f32], tokens: Range<usize>) -> Option<f32> {
    let words = |t: &usize| matches!(doc.tokens()[*t].kind, TokenKind::Word | TokenKind::Number);
    let mean = |it: &mut dyn Iterator<Item = usize>| {
        let (sum, n) =
            it.filter_map(|t| p.get(t).filter(|p| !p.is_nan())).fold((0.0, 0), |a, p| (a.0 + p, a.1 + 1));
        (n > 0).then(|| sum / n as f32)
    };
    mean(&mut tokens.clone().filter(words)).or_else(|| mean(&mut tokens.clone()))
}

/// The tagger's support for a claim: the geometric mean of its content words being content, its
/// cue being a cue and its speaker mention being a source (of the parts the claim has); 1 when
/// nothing was tagged.
fn support(doc: &Document<'_>, p: &Marginals, claim: &Claim) -> f32 {
    // (Of an interrupted content, its last part: the hull holds the attribution.)
    let content = claim.content.parts.last().copied().unwrap_or_else(|| claim.content.span());
    let parts = [
        mean(doc, &p.content, token_range(doc, content)),
        claim.cue.as_ref().and_then(|c| mean(doc, &p.cue, token_range(doc, Span::new(c.start, c.end)))),
        claim.speaker.as_ref().and_then(|s| mean(doc, &p.source, token_range(doc, s.mention.span()))),
    ];
    let (product, n) = parts.into_iter().flatten().fold((1.0f32, 0), |a, x| (a.0 * x.max(0.0), a.1 + 1));
    if n == 0 {
        1.0
    } else {
        product.powf(1.0 / n as f32)
    }
}

/// The claim with its content bounded as the settings say; unchanged when the tagger reads none
/// of it as content.
fn rebound(input: &Input<'_, '_>, content: &[f32], claim: &Claim, settings: &Settings) -> Claim {
    let doc = input.doc;
    // (A content an attribution interrupts keeps its parts: its edges are the rules'.)
    if claim.content.is_interrupted() {
        return claim.clone();
    }
    let tokens = token_range(doc, claim.content.span());
    let keeps = |t: usize| content.get(t).is_some_and(|&p| p >= 1.0 - settings.margin);
    let (Some(first), Some(last)) =
        (tokens.clone().find(|&t| keeps(t)), tokens.clone().rev().find(|&t| keeps(t)))
    else {
        return claim.clone();
    };
    let (mut a, mut b) = (first, last + 1);
    if settings.boundaries == Boundaries::Tagger {
        // Never into the claim's own speaker or cue, nor out of its paragraph.
        let blocked: Vec<Range<usize>> = claim
            .speaker
            .iter()
            .map(|s| s.mention.span())
            .chain(claim.cue.iter().map(|c| Span::new(c.start, c.end)))
            .map(|s| token_range(doc, s))
            .collect();
        let paragraph = doc.paragraphs().get(doc.sentences().get(claim.sentence).map_or(0, |s| s.paragraph));
        let joins = |t: usize| {
            content.get(t).is_some_and(|&p| p >= settings.margin)
                && !blocked.iter().any(|r| r.contains(&t))
                && paragraph.is_none_or(|p| p.contains(doc.tokens()[t].span))
        };
        while a > 0 && joins(a - 1) {
            a -= 1;
        }
        while b < doc.tokens().len() && joins(b) {
            b += 1;
        }
        // "said that …": the complementizer is not content.
        if a < first && doc.token_text(a).eq_ignore_ascii_case("that") {
            a += 1;
        }
    }
    // Punctuation (other than quote marks) at an edge does not count: a change there alone
    // leaves the claim as the rules made it, and a moved edge does not stop on it.
    let edge =
        |t: usize| doc.tokens()[t].kind == TokenKind::Punct && !super::is_double_mark(doc.token_text(t));
    let strip = |(mut a, mut b): (usize, usize)| {
        while a < b && edge(a) {
            a += 1;
        }
        while b > a && edge(b - 1) {
            b -= 1;
        }
        (a, b)
    };
    let (a, b) = strip((a, b));
    if a >= b || (a, b) == strip((tokens.start, tokens.end)) {
        return claim.clone();
    }
    let span = Span::new(doc.tokens()[a].span.start, doc.tokens()[b - 1].span.end);
    with_content(input, claim, span)
}

/// `claim` with `span` as its content: a stretch inside one quotation is direct (its marks left
/// out); otherwise a quotation cut by an edge is taken whole, and the quotations inside make it
/// mixed.
fn with_content(input: &Input<'_, '_>, claim: &Claim, mut span: Span) -> Claim {
    let text = input.doc.text();
    let quotes = input.quotes;
    let first = quotes.partition_point(|q| q.span.end <= span.start);
    let near = &quotes[first..quotes.partition_point(|q| q.span.start < span.end)];
    let (content, quoted, kind) = if let Some(q) = near.iter().find(|q| q.span.contains(span)) {
        let inner = Span::new(span.start.max(q.inner.start), span.end.min(q.inner.end));
        let inner = if inner.is_empty() { q.inner } else { inner };
        (inner, vec![inner], ClaimKind::Direct)
    } else {
        for q in near {
            if q.span.start < span.start && span.start < q.span.end {
                span.start = q.span.start;
            }
            if q.span.start < span.end && span.end < q.span.end {
                span.end = q.span.end;
            }
        }
        let quoted: Vec<Span> = near.iter().filter(|q| span.contains(q.span)).map(|q| q.inner).collect();
        let kind = if quoted.is_empty() { ClaimKind::Indirect } else { ClaimKind::Mixed };
        (span, quoted, kind)
    };
    Claim { content: Content::new(text, &[content]), quotes: quoted, kind, ..claim.clone() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_parse_and_reject() {
        let s = Settings::parse(
            "# chosen on the tuning set\nthreshold\t0.25\nboundaries\ttagger\nmargin\t0.7\nweight 0.4\n",
        )
        .expect("valid");
        assert_eq!(s, Settings { threshold: 0.25, boundaries: Boundaries::Tagger, margin: 0.7, weight: 0.4 });
        assert!(matches!(Settings::parse("threshold\t2\n"), Err(Error::TaggerSettings { line: 1, .. })));
        assert!(matches!(Settings::parse("colour\tred\n"), Err(Error::TaggerSettings { line: 1, .. })));
        assert!(matches!(Settings::parse("threshold\t0.2\n"), Err(Error::TaggerSettings { .. })));
        assert!(matches!(
            Settings::parse("threshold\t0.2\nboundaries\tloose\n"),
            Err(Error::TaggerSettings { line: 2, .. })
        ));
        Settings::parse(include_str!("../../data/tagger.tsv")).expect("the embedded settings parse");
    }

    /// The review of `text` with fixed content probabilities instead of a model's.
    fn rebound_with(text: &str, probability: impl Fn(&str) -> f32, boundaries: Boundaries) -> Vec<String> {
        let settings = Settings { threshold: 0.0, boundaries, margin: 0.5, weight: 0.5 };
        let extractor = crate::Extractor::new();
        let stages = extractor.stages(text).expect("small input");
        let input = stages.input();
        let content: Vec<f32> =
            (0..stages.doc.tokens().len()).map(|t| probability(stages.doc.token_text(t))).collect();
        stages
            .claims
            .iter()
            .map(|c| {
                let out = rebound(&input, &content, c, &settings);
                assert_eq!(&text[out.content.start..out.content.end], out.content.text);
                for q in &out.quotes {
                    assert!(out.content.span().contains(*q));
                }
                format!("{:?}: {}", out.kind, out.content.text)
            })
            .collect()
    }

    #[test]
    fn trim_shrinks_to_the_tagged_words() {
        // "The mayor said the bridge would reopen on Monday, officials added."
        let text = "The mayor said the bridge would reopen on Monday.";
        let everything = rebound_with(text, |_| 0.9, Boundaries::Trim);
        assert_eq!(everything, ["Indirect: the bridge would reopen on Monday"]);
        let no_date =
            rebound_with(text, |w| if matches!(w, "on" | "Monday") { 0.1 } else { 0.9 }, Boundaries::Trim);
        assert_eq!(no_date, ["Indirect: the bridge would reopen"]);
        let nothing = rebound_with(text, |_| 0.1, Boundaries::Trim);
        assert_eq!(
            nothing,
            ["Indirect: the bridge would reopen on Monday"],
            "unchanged without a tagged word"
        );
    }

    #[test]
    fn a_margin_keeps_boundaries_the_tagger_is_unsure_of() {
        let text = "The mayor said the bridge would reopen on Monday.";
        let extractor = crate::Extractor::new();
        let stages = extractor.stages(text).expect("small input");
        let input = stages.input();
        // "on Monday" at 0.3: out with margin 0.5 (below 0.5), kept with margin 0.8 (not below 0.2).
        let content: Vec<f32> = (0..stages.doc.tokens().len())
            .map(|t| if matches!(stages.doc.token_text(t), "on" | "Monday") { 0.3 } else { 0.9 })
            .collect();
        let with = |margin| {
            let settings = Settings { threshold: 0.0, boundaries: Boundaries::Trim, margin, weight: 0.5 };
            rebound(&input, &content, &stages.claims[0], &settings).content.text
        };
        assert_eq!(with(0.5), "the bridge would reopen");
        assert_eq!(with(0.8), "the bridge would reopen on Monday");
    }

    #[test]
    fn tagger_boundaries_stop_at_the_speaker_and_cue() {
        let text = "The mayor said that the bridge would reopen.";
        let all = rebound_with(text, |_| 0.9, Boundaries::Tagger);
        assert_eq!(all, ["Indirect: the bridge would reopen"]);
    }

    #[test]
    fn a_cut_quotation_is_taken_whole() {
        // "The mayor said the plan was “a disaster for the city” and must go."
        let text = "The mayor said the plan was “a disaster for the city” and must go.";
        let cut = rebound_with(
            text,
            |w| if matches!(w, "city" | "”" | "and" | "must" | "go") { 0.1 } else { 0.9 },
            Boundaries::Trim,
        );
        assert_eq!(cut, ["Mixed: the plan was “a disaster for the city”"]);
        let quoted = rebound_with(
            text,
            |w| if matches!(w, "a" | "disaster" | "for" | "the" | "city") { 0.9 } else { 0.1 },
            Boundaries::Trim,
        );
        // "the" outside the quote is tagged too: first "the" .. "city" → cut at the end, quote whole.
        assert_eq!(quoted, ["Mixed: the plan was “a disaster for the city”"]);
        let inside = rebound_with(
            text,
            |w| if matches!(w, "a" | "disaster" | "for" | "city") { 0.9 } else { 0.1 },
            Boundaries::Trim,
        );
        assert_eq!(inside, ["Direct: a disaster for the city"]);
    }
}
