//! A claim in the making: what the rules find before coreference names its speaker.

use crate::claim::ClaimKind;
use crate::cues::CueMatch;
use crate::quotes::Quote;
use crate::Span;

use super::confidence;
use super::mentions::Mention;
use super::quote_index::QuoteIndex;

/// What was said: its span, the quotes inside it, and whether it is direct, indirect or mixed.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Content {
    /// The content, or its last part when an attribution interrupts it.
    pub span: Span,
    /// The part before an interrupting attribution ("The plan, Mr Bell said, was never costed").
    pub lead: Option<Span>,
    /// A quotation over several paragraphs: each paragraph's words, without the mark that reopens
    /// it (empty for any other content).
    pub paragraphs: Vec<Span>,
    /// Inner spans of the quotes the content holds.
    pub quotes: Vec<Span>,
    pub kind: ClaimKind,
    /// Only the cue's noun-phrase object ("welcomed the decision"): see [`Claim::noun_object`].
    ///
    /// [`Claim::noun_object`]: crate::Claim::noun_object
    pub noun_object: bool,
}

impl Content {
    /// A quotation, marks excluded: direct.
    pub fn direct(inner: Span) -> Content {
        Content {
            span: inner,
            lead: None,
            paragraphs: Vec::new(),
            quotes: vec![inner],
            kind: ClaimKind::Direct,
            noun_object: false,
        }
    }

    /// The words of quotation `q`: [`Content::direct`], in its paragraphs' pieces when it runs over
    /// several ("said in a statement:" ⏎ "“When my grandfather opened …" ⏎ "“That promise …”"),
    /// each piece one of its quotes.
    pub fn quotation(q: &Quote) -> Content {
        if q.pieces.len() < 2 {
            return Content::direct(q.inner);
        }
        Content { paragraphs: q.pieces.clone(), quotes: q.pieces.clone(), ..Content::direct(q.inner) }
    }

    /// Reported speech over `span`: mixed when quotes lie inside it, indirect otherwise.
    /// The first byte of the content, its lead's when it has one.
    pub fn start(&self) -> usize {
        self.lead.map_or(self.span.start, |l| l.start)
    }

    /// The parts in text order: the lead, if any, then the span (or its paragraphs' pieces).
    pub fn parts(&self) -> Vec<Span> {
        let rest =
            if self.paragraphs.is_empty() { std::slice::from_ref(&self.span) } else { &self.paragraphs };
        self.lead.into_iter().chain(rest.iter().copied()).collect()
    }

    pub fn reported(span: Span, quotes: &QuoteIndex<'_>) -> Content {
        let quotes = quotes.inside_span(span);
        let kind = if quotes.is_empty() { ClaimKind::Indirect } else { ClaimKind::Mixed };
        Content { span, lead: None, paragraphs: Vec::new(), quotes, kind, noun_object: false }
    }
}

/// A news outlet credited as a claim's source: where it is written and its canonical name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Credit {
    pub span: Span,
    pub name: String,
}

/// Which rule made a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    /// A reporting cue (its index in the document's cue list).
    Cue(usize),
    /// A question put by cue `0` ("Asked whether …"): its speaker is the asker, never an
    /// antecedent, since the pronoun that follows is the person asked.
    Question(usize),
    /// A cue-less quote that follows a quote of the same speaker.
    FollowOn,
    /// A "Name:" label or headline ("TAPPER: …", "Graham: …").
    Label,
    /// A quotation paragraph credited by a dash line after it ("— Hillary Clinton").
    DashCredit,
    /// A quotation after a colon ending a clause that names its speaker ("X is more blunt: “…”").
    ColonLead,
}

impl Origin {
    /// The cue behind the claim, if any.
    pub fn cue(self) -> Option<usize> {
        match self {
            Origin::Cue(i) | Origin::Question(i) => Some(i),
            Origin::FollowOn | Origin::Label | Origin::DashCredit | Origin::ColonLead => None,
        }
    }
}

/// A claim before coreference: the speaker is still a mention.
#[derive(Debug, Clone)]
pub(crate) struct RawClaim {
    pub content: Content,
    pub speaker: Option<Mention>,
    pub origin: Origin,
    pub source: Option<Credit>,
    pub sentence: usize,
    pub paragraph: usize,
    /// Position used to order claims and coreference events (the cue's or the quote's start).
    pub pos: usize,
    /// Confidence before speaker resolution.
    pub confidence: f32,
    /// A preposition after the cue that joins it ("complained about"; see `content/particle.rs`).
    pub particle: Option<Span>,
}

/// For each of a document's `n` sentences, whether one of `raw` is made in it.
pub(crate) fn sentences_with_claims(raw: &[RawClaim], n: usize) -> Vec<bool> {
    let mut has_claim = vec![false; n];
    for r in raw {
        if let Some(h) = has_claim.get_mut(r.sentence) {
            *h = true;
        }
    }
    has_claim
}

impl RawClaim {
    /// A claim reported by `cue` (index `ci`): its sentence, position and base confidence come from
    /// the cue; `trailing` when the cue follows its content.
    pub fn from_cue(
        cue: &CueMatch,
        ci: usize,
        paragraph: usize,
        content: Content,
        speaker: Option<Mention>,
        source: Option<Credit>,
        trailing: bool,
    ) -> RawClaim {
        let confidence = confidence::base(cue, content.kind, speaker.as_ref(), trailing);
        RawClaim {
            content,
            speaker,
            origin: Origin::Cue(ci),
            source,
            sentence: cue.sentence,
            paragraph,
            pos: cue.span.start,
            confidence,
            particle: None,
        }
    }

    /// Whether the claim's speaker can be a later pronoun's antecedent (a question's asker cannot).
    pub fn is_antecedent(&self) -> bool {
        !matches!(self.origin, Origin::Question(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::Fixture;

    #[test]
    fn content_kinds() {
        let text = "He said the plan was “dead on arrival” and left.";
        let f = Fixture::new(text);
        f.with(|ctx| {
            let quote = ctx.quotes.all()[0].inner;
            assert_eq!(Content::direct(quote).kind, ClaimKind::Direct);
            let mixed = Content::reported(ctx.span(2, ctx.doc.tokens().len() - 1), &ctx.quotes);
            assert_eq!((mixed.kind, mixed.quotes.len()), (ClaimKind::Mixed, 1));
            assert_eq!(Content::reported(ctx.span(0, 2), &ctx.quotes).kind, ClaimKind::Indirect);
        });
    }

    #[test]
    fn origins() {
        assert_eq!(Origin::Cue(3).cue(), Some(3));
        assert_eq!(Origin::Question(2).cue(), Some(2));
        assert_eq!(Origin::FollowOn.cue(), None);
        let f = Fixture::new("Asked whether she would run, Mary Lee said no.");
        let cue = &f.cues[0];
        let content = Content {
            span: cue.span,
            lead: None,
            paragraphs: Vec::new(),
            quotes: Vec::new(),
            kind: ClaimKind::Indirect,
            noun_object: false,
        };
        let claim = RawClaim::from_cue(cue, 0, 0, content, None, None, false);
        assert!(claim.is_antecedent());
        assert!(!RawClaim { origin: Origin::Question(0), ..claim }.is_antecedent());
    }
}
