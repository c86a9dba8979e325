//! A cue found in the text, and its grammatical shape.

use crate::{Act, Span, Stance};

/// Grammatical shape of a cue occurrence, which decides where its speaker can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CueForm {
    /// Finite active verb: "said", "says", "has said".
    Finite,
    /// Passive: "it was reported", "were told".
    Passive,
    /// "-ing" participle: "saying", "is warning".
    Gerund,
    /// Bare form after a modal or "did": "would not say", "did not deny".
    Base,
    /// A preposition-like cue: "according to".
    Preposition,
}

/// A reporting verb or phrase found in the text.
///
/// ```
/// let text = "The minister did not deny the report.";
/// let doc = claimex::text::Document::new(text);
/// let lex = claimex::lexicon::Lexicons::default();
/// let cues = claimex::cues::find(&doc, &lex, &[]);
/// assert_eq!(cues.len(), 1);
/// assert_eq!(cues[0].span.as_str(text), "deny");
/// assert!(cues[0].negated);
/// assert_eq!(cues[0].form, claimex::cues::CueForm::Base);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CueMatch {
    /// Where the cue is.
    pub span: Span,
    /// Token range of the cue.
    pub tokens: std::ops::Range<usize>,
    /// Base form ("rule out").
    pub lemma: String,
    /// Stance class.
    pub stance: Stance,
    /// Speech or attitude.
    pub act: Act,
    /// Negated ("did not deny", "never said").
    pub negated: bool,
    /// Sentence index.
    pub sentence: usize,
    /// Grammatical shape.
    pub form: CueForm,
    /// Index of the first token of the verb group (auxiliaries, negation, adverbs before the cue).
    pub group_start: usize,
    /// The verb's content is usually its noun-phrase object (see [`CueEntry::object`](crate::lexicon::CueEntry::object)).
    pub object: bool,
    /// With a noun phrase and no clause, the verb names a deed (see [`CueEntry::deed`](crate::lexicon::CueEntry::deed)).
    pub deed: bool,
}
