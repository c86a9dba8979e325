//! Stage 3: reporting cues.

use crate::lexicon::Lexicons;
use crate::quotes::Quote;
use crate::text::Document;
use crate::{Span, Stance};

/// A reporting verb or phrase found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueMatch {
    /// Where the cue is.
    pub span: Span,
    /// Base form.
    pub lemma: String,
    /// Stance class.
    pub stance: Stance,
    /// Negated ("did not deny").
    pub negated: bool,
    /// Sentence index.
    pub sentence: usize,
}

/// Find the cues of `doc`.
pub fn find(_doc: &Document<'_>, _lex: &Lexicons, _quotes: &[Quote]) -> Vec<CueMatch> {
    Vec::new()
}

/// Sentences that can yield a claim.
pub fn claim_bearing_sentences(doc: &Document<'_>, _cues: &[CueMatch], _quotes: &[Quote]) -> Vec<usize> {
    (0..doc.sentences().len()).collect()
}
