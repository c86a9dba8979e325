//! Stage 6 (optional): a learned second opinion on the rules' claims.
//!
//! A linear-chain CRF, trained on PolNeAR's annotated news (`examples/train_tagger.rs`), tags each
//! token of the sentences that hold a claim's content, cue or speaker as part of a source, a cue,
//! a content or none. Its features are what the earlier stages already know, for each token and
//! the two on each side: form, lower case, shape, affixes, word class, quotation and quote marks,
//! cue lemma, form and act, entity label, the rules' role (source, cue, content), and the
//! token's place in its sentence and the sentence's in its paragraph; no part-of-speech tagger
//! or parser is involved. The combination ([`review`]) then keeps
//! or drops each rule claim by the tagger's *support* for it (how sure the tagger is that the
//! claim's content is content, its cue a cue and its speaker a source: [`Settings::threshold`]),
//! may take the content's boundaries from the tagger, and folds the support into the claim's
//! confidence. Speakers, cues and outlets stay the rules'.
//!
//! The stage is off unless [`ExtractorBuilder::tagger`](crate::ExtractorBuilder::tagger) turns it
//! on; the README's section "The tagger" has the measurements behind that default.
//!
//! ```
//! let text = "\"The plan failed,\" Smith said. The mayor said the bridge would reopen.";
//! let with = claimex::Extractor::builder().tagger(true).build()?.extract(text)?;
//! let without = claimex::Extractor::new().extract(text)?;
//! assert!(with.claims.len() <= without.claims.len());
//! # Ok::<(), claimex::Error>(())
//! ```

mod combine;
mod features;
mod model;
mod own_claims;

use std::sync::Arc;

pub use combine::{review, Boundaries, Settings};
pub use model::{Model, Tag};

use crate::claim::Claim;
use crate::cues::{CueForm, CueMatch};
use crate::entities::{Entity, EntityLabel};
use crate::lexicon::{Lexicons, WordClass};
use crate::quotes::Quote;
use crate::text::{Document, TokenKind};
use crate::{Act, Error, Span};

/// What the tagger reads from the earlier stages: the text stage's document, the quotes, cues
/// and entities, and the rules' claims.
///
/// ```
/// use claimex::{entities::{EmbeddedRecognizer, Recognizer}, lexicon::Lexicons, text::Document};
/// let text = "Officials said the bridge would reopen.";
/// let doc = Document::new(text);
/// let lexicons = Lexicons::default();
/// let quotes = claimex::quotes::find(&doc);
/// let cues = claimex::cues::find(&doc, &lexicons, &quotes);
/// let entities = EmbeddedRecognizer::default().recognize(&doc, &[0])?;
/// let claims = claimex::attribution::attribute(&doc, &lexicons, &entities, &cues, &quotes);
/// let input = claimex::tagger::Input {
///     doc: &doc, lexicons: &lexicons, entities: &entities, cues: &cues, quotes: &quotes, claims: &claims,
/// };
/// let tagger = claimex::tagger::Tagger::embedded();
/// let reviewed = claimex::tagger::review(&input, &tagger, claims.clone());
/// assert!(reviewed.len() <= 1);
/// # Ok::<(), claimex::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Input<'a, 't> {
    /// Tokens, sentences and paragraphs.
    pub doc: &'a Document<'t>,
    /// The lexicons the cues came from (word classes).
    pub lexicons: &'a Lexicons,
    /// Entities, sorted by start.
    pub entities: &'a [Entity],
    /// Cues, in text order.
    pub cues: &'a [CueMatch],
    /// Quotations, in text order.
    pub quotes: &'a [Quote],
    /// The rules' claims.
    pub claims: &'a [Claim],
}

/// A model and the settings chosen with it: what an [`Extractor`](crate::Extractor) holds when
/// the tagger is on.
///
/// ```
/// let tagger = claimex::tagger::Tagger::embedded();
/// assert!(tagger.settings().threshold > 0.0);
/// ```
#[derive(Debug, Clone)]
pub struct Tagger {
    /// `None` for the embedded model (a `'static`, parsed once).
    model: Option<Arc<Model>>,
    settings: Settings,
}

impl Tagger {
    /// The embedded model with its embedded settings (`data/tagger.crfsuite`, `data/tagger.tsv`).
    ///
    /// ```
    /// let t = claimex::tagger::Tagger::embedded();
    /// assert_eq!(t.settings(), &claimex::tagger::Settings::embedded());
    /// ```
    pub fn embedded() -> Tagger {
        Tagger { model: None, settings: Settings::embedded() }
    }

    /// A model of your own with its settings.
    ///
    /// ```
    /// use claimex::tagger::{Model, Settings, Tagger};
    /// let tagger = Tagger::new(Model::embedded().clone(), Settings { threshold: 0.5, ..Settings::embedded() });
    /// assert_eq!(tagger.settings().threshold, 0.5);
    /// ```
    pub fn new(model: Model, settings: Settings) -> Tagger {
        Tagger { model: Some(Arc::new(model)), settings }
    }

    /// The same model (shared, not copied) with other settings.
    ///
    /// ```
    /// use claimex::tagger::{Settings, Tagger};
    /// let lenient = Tagger::embedded().with_settings(Settings { threshold: 0.1, ..Settings::embedded() });
    /// assert_eq!(lenient.settings().threshold, 0.1);
    /// ```
    pub fn with_settings(&self, settings: Settings) -> Tagger {
        Tagger { model: self.model.clone(), settings }
    }

    /// The model.
    ///
    /// ```
    /// assert_eq!(claimex::tagger::Tagger::embedded().model().tags().len(), 7);
    /// ```
    pub fn model(&self) -> &Model {
        match &self.model {
            Some(model) => model,
            None => Model::embedded(),
        }
    }

    /// The settings.
    ///
    /// ```
    /// let _ = claimex::tagger::Tagger::embedded().settings().boundaries;
    /// ```
    pub fn settings(&self) -> &Settings {
        &self.settings
    }
}

/// The tags of the tokens of one sentence, with each token's probability of being content. The
/// sentences of a document are tagged as one chain.
///
/// ```
/// let text = "\"The plan failed,\" Smith said.";
/// let extractor = claimex::Extractor::new();
/// let sentences = claimex::tagger::tag(&extractor, claimex::tagger::Model::embedded(), text)?;
/// assert_eq!(sentences.len(), 1);
/// let s = &sentences[0];
/// assert_eq!(s.tokens.len(), s.tags.len());
/// assert!(s.content.iter().all(|p| (0.0..=1.0).contains(p)));
/// # Ok::<(), claimex::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct TaggedSentence {
    /// Index of the sentence.
    pub sentence: usize,
    /// Byte spans of its tokens.
    pub tokens: Vec<Span>,
    /// The most probable tag of each token (as a sequence).
    pub tags: Vec<Tag>,
    /// Each token's probability of being part of a content.
    pub content: Vec<f32>,
    /// Each token's probability of being part of a cue.
    pub cue: Vec<f32>,
    /// Each token's probability of being part of a source.
    pub source: Vec<f32>,
}

/// Tag every sentence of `text` with `model`, reading the earlier stages of `extractor` (its
/// rules' claims included).
///
/// # Errors
/// As [`Extractor::extract`](crate::Extractor::extract).
///
/// ```
/// let text = "Officials said the bridge would reopen. It rained.";
/// let tagged = claimex::tagger::tag(&claimex::Extractor::new(), claimex::tagger::Model::embedded(), text)?;
/// assert_eq!(tagged.len(), 2);
/// # Ok::<(), claimex::Error>(())
/// ```
pub fn tag(extractor: &crate::Extractor, model: &Model, text: &str) -> Result<Vec<TaggedSentence>, Error> {
    let stages = extractor.stages(text)?;
    let input = stages.input();
    let view = View::new(&input);
    let sentences = stages.doc.sentences();
    let values = features::Values::of_sentences(&view, 0..sentences.len());
    let tagged = model.tag(&values, true, &mut model::Scratch::default());
    let mut at = 0;
    Ok(sentences
        .iter()
        .enumerate()
        .map(|(s, sentence)| {
            let range = at..at + sentence.tokens.len();
            at = range.end;
            TaggedSentence {
                sentence: s,
                tokens: stages.doc.tokens()[sentence.tokens.clone()].iter().map(|t| t.span).collect(),
                tags: tagged.path.get(range.clone()).unwrap_or_default().to_vec(),
                content: tagged.content.get(range.clone()).unwrap_or_default().to_vec(),
                cue: tagged.cue.get(range.clone()).unwrap_or_default().to_vec(),
                source: tagged.source.get(range).unwrap_or_default().to_vec(),
            }
        })
        .collect())
}

/// One sentence as training sees it: token spans and, per token, its CRFsuite attribute names
/// (`lw[-1]=said`, `r[0]=B-CON`, …).
///
/// ```
/// let s = &claimex::tagger::training_features(&claimex::Extractor::new(), "Smith said it rained.")?[0];
/// assert_eq!(s.tokens.len(), s.attributes.len());
/// assert!(s.attributes[1].iter().any(|a| a == "cl[0]=say"));
/// # Ok::<(), claimex::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceFeatures {
    /// Index of the sentence.
    pub sentence: usize,
    /// Byte spans of its tokens.
    pub tokens: Vec<Span>,
    /// The attribute names of each token.
    pub attributes: Vec<Vec<String>>,
}

/// The features of every sentence of `text`, as training reads them: what `examples/train_tagger.rs`
/// feeds the CRF trainer. They are computed with `extractor`'s earlier stages and rules, exactly
/// as tagging computes them.
///
/// # Errors
/// As [`Extractor::extract`](crate::Extractor::extract).
///
/// ```
/// let f = claimex::tagger::training_features(&claimex::Extractor::new(), "One. Two.")?;
/// assert_eq!(f.len(), 2);
/// # Ok::<(), claimex::Error>(())
/// ```
pub fn training_features(extractor: &crate::Extractor, text: &str) -> Result<Vec<SentenceFeatures>, Error> {
    let stages = extractor.stages(text)?;
    let input = stages.input();
    let view = View::new(&input);
    Ok((0..stages.doc.sentences().len())
        .map(|s| {
            let range = stages.doc.sentences()[s].tokens.clone();
            let values = features::Values::of_sentences(&view, s..s + 1);
            SentenceFeatures {
                sentence: s,
                tokens: stages.doc.tokens()[range].iter().map(|t| t.span).collect(),
                attributes: (0..values.len()).map(|i| values.attributes(i)).collect(),
            }
        })
        .collect())
}

/// A cue as the features see it (form and act as codes of [`features::FORMS`] and
/// [`features::ACTS`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct CueView<'a> {
    pub lemma: &'a str,
    pub form: u8,
    pub act: u8,
}

/// The tagger's view of the earlier stages, per token: the one place that reads their types, so
/// that a change of their internals is an edit here only. Closed-set values are codes into the
/// lists of [`features`].
pub(crate) struct View<'a, 't> {
    doc: &'a Document<'t>,
    lexicons: &'a Lexicons,
    /// Per token: inside a quotation.
    inside: Vec<bool>,
    /// Per token: quote-mark flag ([`features::MARKS`]).
    mark: Vec<Option<u8>>,
    /// Per token: index into `cues` + 1, or 0.
    cue: Vec<u32>,
    cues: Vec<CueView<'a>>,
    /// Per token: [`features::ENTITIES`].
    entity: Vec<Option<u8>>,
    /// Per token: [`features::ROLES`].
    role: Vec<Option<u8>>,
}

const OPEN: u8 = 0;
const CLOSE: u8 = 1;
const STRAY: u8 = 2;

impl<'a, 't> View<'a, 't> {
    /// Read the stages' outputs into per-token arrays (linear in tokens and spans).
    pub(crate) fn new(input: &Input<'a, 't>) -> Self {
        let doc = input.doc;
        let n = doc.tokens().len();
        let mut cursor = Cursor::default();
        let mut tokens_of = |span: Span| cursor.tokens(doc, span);
        let mut view = View {
            doc,
            lexicons: input.lexicons,
            inside: vec![false; n],
            mark: vec![None; n],
            cue: vec![0; n],
            cues: Vec::with_capacity(input.cues.len()),
            entity: vec![None; n],
            role: vec![None; n],
        };
        for (t, token) in doc.tokens().iter().enumerate() {
            if token.kind == TokenKind::Punct && is_double_mark(doc.token_text(t)) {
                view.mark[t] = Some(STRAY);
            }
        }
        for quote in input.quotes {
            for piece in &quote.pieces {
                let inner = tokens_of(*piece);
                for t in inner.clone() {
                    view.inside[t] = true;
                }
                if let Some(t) = inner.start.checked_sub(1).filter(|&t| view.mark[t].is_some()) {
                    view.mark[t] = Some(OPEN);
                }
                if view.mark.get(inner.end).is_some_and(Option::is_some) {
                    view.mark[inner.end] = Some(CLOSE);
                }
            }
        }
        for cue in input.cues {
            view.cues.push(CueView { lemma: &cue.lemma, form: form_code(cue.form), act: act_code(cue.act) });
            let id = view.cues.len() as u32;
            for t in cue.tokens.clone().filter(|&t| t < n) {
                view.cue[t] = id;
            }
        }
        // The token table's entity per token; the first token of an entity is its beginning.
        let entity_at = crate::token_table::entities_at(doc, input.entities);
        for (t, at) in entity_at.iter().enumerate() {
            let Some(e) = at.and_then(|i| input.entities.get(i as usize)) else { continue };
            let begins = t == 0 || entity_at[t - 1] != *at;
            view.entity[t] = Some(entity_code(e.label) + u8::from(!begins));
        }
        // Content first: a speaker or cue inside another claim's content keeps its own role.
        for part in input.claims.iter().flat_map(|c| &c.content.parts) {
            mark_role(&mut view.role, tokens_of(*part), ROLE_CONTENT);
        }
        for claim in input.claims {
            if let Some(s) = &claim.speaker {
                mark_role(&mut view.role, tokens_of(s.mention.span()), ROLE_SOURCE);
            }
            if let Some(c) = &claim.cue {
                mark_role(&mut view.role, tokens_of(Span::new(c.start, c.end)), ROLE_CUE);
            }
        }
        view
    }

    pub(crate) fn word(&self, t: usize) -> &'t str {
        self.doc.token_text(t)
    }

    pub(crate) fn is_word(&self, t: usize) -> bool {
        self.doc.tokens().get(t).is_some_and(|k| k.kind == TokenKind::Word)
    }

    /// The closed word class as written: [`Lexicons::word_class`], the fact the token table's
    /// `class` answers.
    pub(crate) fn word_class(&self, t: usize) -> Option<WordClass> {
        self.is_word(t).then(|| self.lexicons.word_class(self.word(t))).flatten()
    }

    /// Inside a quotation, and the quote-mark flag.
    pub(crate) fn quote(&self, t: usize) -> (bool, Option<u8>) {
        (self.inside[t], self.mark[t])
    }

    pub(crate) fn cue(&self, t: usize) -> Option<&CueView<'a>> {
        (self.cue[t] as usize).checked_sub(1).and_then(|i| self.cues.get(i))
    }

    pub(crate) fn entity(&self, t: usize) -> Option<u8> {
        self.entity[t]
    }

    pub(crate) fn role(&self, t: usize) -> Option<u8> {
        self.role[t]
    }

    /// Number of tokens of the document.
    pub(crate) fn tokens(&self) -> usize {
        self.doc.tokens().len()
    }

    /// The tokens of sentence `s`.
    pub(crate) fn sentence_tokens(&self, s: usize) -> std::ops::Range<usize> {
        self.doc.sentences().get(s).map_or(0..0, |x| x.tokens.clone())
    }

    /// The sentence's place in its paragraph ([`features::SENTENCE_POSITIONS`]).
    pub(crate) fn sentence_position(&self, s: usize) -> u8 {
        let sentences = self.doc.sentences();
        let paragraph = |i: Option<usize>| i.and_then(|i| sentences.get(i)).map(|x| x.paragraph);
        let here = paragraph(Some(s));
        if paragraph(s.checked_sub(1)) != here {
            0
        } else if paragraph(s.checked_sub(2)) != here {
            1
        } else {
            2
        }
    }
}

/// Token ranges of spans, walking forward through the tokens when the spans come in text order
/// (entities, quotes, contents) and searching when one starts before the last.
#[derive(Default)]
struct Cursor {
    at: usize,
}

impl Cursor {
    /// The tokens starting inside `span`.
    fn tokens(&mut self, doc: &Document<'_>, span: Span) -> std::ops::Range<usize> {
        let tokens = doc.tokens();
        if self.at > 0 && tokens.get(self.at - 1).is_some_and(|t| t.span.start >= span.start) {
            self.at = doc.token_index_at(span.start);
        }
        while tokens.get(self.at).is_some_and(|t| t.span.start < span.start) {
            self.at += 1;
        }
        let mut end = self.at;
        while tokens.get(end).is_some_and(|t| t.span.start < span.end) {
            end += 1;
        }
        self.at..end
    }
}

/// Codes of the source, cue and content roles in [`features::ROLES`].
const ROLE_SOURCE: u8 = 0;
const ROLE_CUE: u8 = 1;
const ROLE_CONTENT: u8 = 2;

/// Mark `tokens` with a role.
fn mark_role(role: &mut [Option<u8>], tokens: std::ops::Range<usize>, code: u8) {
    let n = role.len();
    for t in tokens.filter(|&t| t < n) {
        role[t] = Some(code);
    }
}

pub(crate) fn is_double_mark(s: &str) -> bool {
    matches!(s, "\"" | "“" | "”" | "„" | "«" | "»")
}

/// Code in [`features::FORMS`].
fn form_code(form: CueForm) -> u8 {
    match form {
        CueForm::Finite => 0,
        CueForm::Passive => 1,
        CueForm::Gerund => 2,
        CueForm::Base => 3,
        CueForm::Preposition => 4,
    }
}

/// Speech (0) or attitude (1), codes in [`features::ACTS`], from the cue's lexicon entry.
fn act_code(act: Act) -> u8 {
    u8::from(act == Act::Attitude)
}

/// Code of the `B-` label of `label` in [`features::ENTITIES`] (`I-` is one more).
fn entity_code(label: EntityLabel) -> u8 {
    match label {
        EntityLabel::Person => 0,
        EntityLabel::Organization => 2,
        EntityLabel::Location => 4,
        EntityLabel::Misc => 6,
    }
}

#[cfg(test)]
mod tests {
    use super::features::{ACTS, ENTITIES, FORMS, ROLES};
    use super::*;

    #[test]
    fn codes_name_the_right_values() {
        assert_eq!(FORMS[form_code(CueForm::Passive) as usize], "passive");
        assert_eq!(FORMS[form_code(CueForm::Preposition) as usize], "prep");
        assert_eq!(ACTS[act_code(Act::Attitude) as usize], "attitude");
        assert_eq!(ACTS[act_code(Act::Speech) as usize], "speech");
        assert_eq!(ENTITIES[entity_code(EntityLabel::Location) as usize], "B-LOC");
        assert_eq!(ENTITIES[entity_code(EntityLabel::Misc) as usize + 1], "I-MISC");
        assert_eq!(ROLES[ROLE_CUE as usize], "CUE");
        assert_eq!(ROLES[ROLE_CONTENT as usize], "CON");
        assert_eq!(ROLES[ROLE_SOURCE as usize], "SRC");
    }
}
