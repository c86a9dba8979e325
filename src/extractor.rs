//! The public entry point: [`Extractor`] and its [`ExtractorBuilder`].

use std::borrow::Cow;
use std::sync::Arc;

use crate::claim::Claim;
use crate::entities::{EmbeddedRecognizer, Entity, Recognizer};
use crate::lexicon::{CueEntry, Gender, LexiconSources, Lexicons, PlaceKind, TitleClass};
use crate::tagger::{Input, Tagger};
use crate::text::Document;
use crate::{attribution, cues, quotes, Act, ClaimKind, Error, Extraction, Stance};

/// Default for [`ExtractorBuilder::max_input_bytes`]: 64 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// Which acts [`Extractor::extract`] returns: see [`ExtractorBuilder::acts`].
///
/// ```
/// use claimex::{Act, Acts};
/// assert!(Acts::All.admits(Act::Attitude));
/// assert!(!Acts::Speech.admits(Act::Attitude));
/// assert_eq!(Acts::default(), Acts::All);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Acts {
    /// Speech and attributed attitudes (the default).
    #[default]
    All,
    /// Speech only: claims whose cue reports a state of mind ("believes", "hopes") are left out.
    Speech,
    /// Statements only: what was said as a statement. Quotations (direct and mixed claims, whatever
    /// their verb), and reported speech whose cue states something ([`Stance::is_statement`]:
    /// "said", "insisted", "admitted", "suggested", "warned"). Left out are the reported attitudes,
    /// appeals, charges, praise, denials and promises ("believes", "urged", "accused", "praised",
    /// "denied", "vowed"), which quote sets such as the Gender Gap Tracker's do not count as quotes.
    Statements,
}

impl Acts {
    /// Whether claims of act `act` can be returned ([`Acts::Statements`] also reads each claim's
    /// kind and stance: see [`keeps`](Self::keeps)).
    ///
    /// ```
    /// assert!(claimex::Acts::Speech.admits(claimex::Act::Speech));
    /// assert!(claimex::Acts::Statements.admits(claimex::Act::Attitude));
    /// ```
    pub fn admits(self, act: Act) -> bool {
        match self {
            Acts::All | Acts::Statements => true,
            Acts::Speech => act == Act::Speech,
        }
    }

    /// Whether `claim` is returned: for [`Acts::Statements`], when it is quoted or its stance
    /// reports a statement; otherwise when its act is admitted.
    ///
    /// ```
    /// use claimex::Acts;
    /// let claims = claimex::Extractor::new()
    ///     .extract("Rates will rise, the minister said. She urged banks to lend more.")?
    ///     .claims;
    /// assert!(Acts::Statements.keeps(&claims[0]) && !Acts::Statements.keeps(&claims[1]));
    /// assert!(Acts::Speech.keeps(&claims[1]));
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn keeps(self, claim: &Claim) -> bool {
        match self {
            Acts::Statements => claim.kind != ClaimKind::Indirect || claim.stance.is_statement(),
            _ => self.admits(claim.act),
        }
    }
}

impl std::str::FromStr for Acts {
    type Err = String;

    /// `all`, `speech` or `statements`, in lower case (the names the Python option takes).
    ///
    /// ```
    /// assert_eq!("speech".parse::<claimex::Acts>(), Ok(claimex::Acts::Speech));
    /// assert_eq!("statements".parse::<claimex::Acts>(), Ok(claimex::Acts::Statements));
    /// assert!("attitude".parse::<claimex::Acts>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "all" => Ok(Acts::All),
            "speech" => Ok(Acts::Speech),
            "statements" => Ok(Acts::Statements),
            other => Err(format!("acts must be \"all\", \"speech\" or \"statements\", not {other:?}")),
        }
    }
}

/// Extracts claims from English news text. Build once, share freely: it is `Send + Sync` and
/// `extract` takes `&self`. It is not `UnwindSafe` (it holds an `Arc<dyn Recognizer>`): a caller
/// that wraps calls in `std::panic::catch_unwind` needs `AssertUnwindSafe`.
///
/// ```
/// let extractor = claimex::Extractor::new();
/// let text = "Russian President Vladimir Putin on Friday rejected calls for a truce to prevent a \
///             “bloodbath” in Idlib, reported BBC.";
/// let claims = extractor.extract(text)?.claims;
/// assert_eq!(claims.len(), 1);
/// let speaker = claims[0].speaker.as_ref().unwrap();
/// assert_eq!(speaker.name, "Vladimir Putin");
/// assert_eq!(speaker.role.as_deref(), Some("Russian President"));
/// assert_eq!(claims[0].stance, claimex::Stance::Reject);
/// assert_eq!(claims[0].source.as_ref().unwrap().name, "BBC");
/// # Ok::<(), claimex::Error>(())
/// ```
#[derive(Clone)]
pub struct Extractor {
    lexicons: Lexicons,
    recognizer: Arc<dyn Recognizer>,
    embedded: bool,
    max_input_bytes: usize,
    sentence_filter: bool,
    tagger: Option<Tagger>,
    acts: Acts,
    noun_objects: bool,
}

/// The outputs of stages 1–5 for one text: what [`Extractor::extract`] returns the claims of, and
/// what the tagger stage reads.
pub(crate) struct Stages<'e, 't> {
    pub lexicons: &'e Lexicons,
    pub doc: Document<'t>,
    pub quotes: Vec<quotes::Quote>,
    pub cues: Vec<cues::CueMatch>,
    pub entities: Vec<Entity>,
    pub claims: Vec<Claim>,
}

impl<'t> Stages<'_, 't> {
    /// The tagger's input.
    pub fn input(&self) -> Input<'_, 't> {
        Input {
            doc: &self.doc,
            lexicons: self.lexicons,
            entities: &self.entities,
            cues: &self.cues,
            quotes: &self.quotes,
            claims: &self.claims,
        }
    }
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor")
            .field("recognizer", &self.recognizer.name())
            .field("max_input_bytes", &self.max_input_bytes)
            .field("sentence_filter", &self.sentence_filter)
            .field("tagger", &self.tagger.is_some())
            .field("acts", &self.acts)
            .field("noun_objects", &self.noun_objects)
            .finish()
    }
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl Extractor {
    /// The embedded default: built-in lexicons, the embedded recognizer, no model, no network.
    ///
    /// ```
    /// let claims = claimex::Extractor::new().extract("It rained.")?.claims;
    /// assert!(claims.is_empty());
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn new() -> Self {
        let lexicons = Lexicons::default();
        Extractor {
            recognizer: Arc::new(EmbeddedRecognizer::new(lexicons.clone())),
            lexicons,
            embedded: true,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            sentence_filter: false,
            tagger: None,
            acts: Acts::All,
            noun_objects: false,
        }
    }

    /// A builder for custom lexicon entries, another recognizer, or limits.
    ///
    /// ```
    /// let extractor = claimex::Extractor::builder()
    ///     .add_cue("slammed", "slam", claimex::Stance::Accuse)
    ///     .build()?;
    /// let claims = extractor.extract("The senator slammed the deal as a disaster.")?.claims;
    /// assert_eq!(claims[0].stance, claimex::Stance::Accuse);
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The lexicons in use.
    ///
    /// ```
    /// assert!(claimex::Extractor::new().lexicons().cue("said").is_some());
    /// ```
    pub fn lexicons(&self) -> &Lexicons {
        &self.lexicons
    }

    /// The largest input [`extract`](Self::extract) accepts, in bytes.
    ///
    /// ```
    /// assert_eq!(claimex::Extractor::new().max_input_bytes(), claimex::DEFAULT_MAX_INPUT_BYTES);
    /// ```
    pub fn max_input_bytes(&self) -> usize {
        self.max_input_bytes
    }

    /// Extract every claim of `text`. Spans in the result are byte ranges into `text`.
    ///
    /// # Errors
    /// - [`Error::InputTooLarge`] when `text` is longer than [`max_input_bytes`](Self::max_input_bytes).
    /// - [`Error::Recognizer`] when a model-backed recognizer fails (never with the embedded default).
    ///
    /// ```
    /// let text = "\"We will not back down,\" she said.";
    /// let claim = &claimex::Extractor::new().extract(text)?.claims[0];
    /// assert_eq!(claim.kind, claimex::ClaimKind::Direct);
    /// assert_eq!(claim.content.text, "We will not back down,");
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn extract(&self, text: &str) -> Result<Extraction, Error> {
        if text.len() > self.max_input_bytes {
            return Err(Error::InputTooLarge { len: text.len(), max: self.max_input_bytes });
        }
        // "&quot;We will win,&quot; she said": scraped text with its character references.
        match crate::text::html::Decoded::new(text) {
            None => self.extract_decoded(text),
            Some(decoded) => {
                let claims = self.extract_decoded(&decoded.text)?.claims;
                Ok(Extraction::new(claims.into_iter().map(|c| decoded.original_claim(c, text)).collect()))
            }
        }
    }

    /// [`extract`](Self::extract) on text without character references.
    fn extract_decoded(&self, text: &str) -> Result<Extraction, Error> {
        let stages = self.stages(text)?;
        let claims = match &self.tagger {
            Some(tagger) => crate::tagger::review(&stages.input(), tagger, stages.claims.clone()),
            None => stages.claims,
        };
        Ok(Extraction::new(claims))
    }

    /// Whether the tagger stage reviews the rules' claims.
    ///
    /// ```
    /// assert!(!claimex::Extractor::new().tagger_on());
    /// assert!(claimex::Extractor::builder().tagger(true).build()?.tagger_on());
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn tagger_on(&self) -> bool {
        self.tagger.is_some()
    }

    /// Stages 1–5 (text, quotes, cues, entities, attribution) on `text`.
    pub(crate) fn stages<'t>(&self, text: &'t str) -> Result<Stages<'_, 't>, Error> {
        if text.len() > self.max_input_bytes {
            return Err(Error::InputTooLarge { len: text.len(), max: self.max_input_bytes });
        }
        let doc = Document::new(text);
        let quotes = quotes::find(&doc);
        let cues = cues::find(&doc, &self.lexicons, &quotes);
        let entities = if self.sentence_filter && !self.embedded {
            self.recognize_filtered(&doc, &cues, &quotes)?
        } else {
            let all: Vec<usize> = (0..doc.sentences().len()).collect();
            self.recognizer.recognize(&doc, &all)?
        };
        let mut claims = attribution::attribute(&doc, &self.lexicons, &entities, &cues, &quotes);
        claims.retain(|c| self.acts.keeps(c) && (self.noun_objects || !c.noun_object));
        if self.noun_objects {
            attribution::drop_reports_of_noun_objects(&mut claims);
        }
        Ok(Stages { lexicons: &self.lexicons, doc, quotes, cues, entities, claims })
    }

    /// Run the recognizer only where attribution can use its entities: the claim-bearing sentences
    /// (a cue or a quote mark, and the sentence before), up to three sentences before a
    /// claim-bearing sentence with a personal pronoun (its antecedent), and then, in a second call,
    /// every other sentence that repeats the last word of a person found (the full name and title a
    /// surname resolves to).
    fn recognize_filtered(
        &self,
        doc: &Document<'_>,
        cues: &[cues::CueMatch],
        quotes: &[quotes::Quote],
    ) -> Result<Vec<crate::entities::Entity>, Error> {
        let n = doc.sentences().len();
        let mut keep = vec![false; n];
        for s in cues::claim_bearing_sentences(doc, cues, quotes) {
            keep[s] = true;
            let pronoun = doc.sentences()[s].tokens.clone().any(|t| {
                matches!(
                    &*crate::lexicon::lower(doc.token_text(t)),
                    "he" | "she" | "it" | "they" | "his" | "her" | "its" | "their"
                )
            });
            if pronoun {
                for k in keep.iter_mut().take(s).skip(s.saturating_sub(3)) {
                    *k = true;
                }
            }
        }
        let wanted: Vec<usize> = (0..n).filter(|&s| keep[s]).collect();
        let mut entities = self.recognizer.recognize(doc, &wanted)?;
        let text = doc.text();
        let mut surnames: Vec<&str> = entities
            .iter()
            .filter(|e| e.label == crate::entities::EntityLabel::Person)
            .filter_map(|e| e.span.as_str(text).split_whitespace().next_back())
            .collect();
        surnames.sort_unstable();
        surnames.dedup();
        let extra: Vec<usize> = (0..n)
            .filter(|&s| !keep[s])
            .filter(|&s| {
                doc.sentences()[s].tokens.clone().any(|t| surnames.binary_search(&doc.token_text(t)).is_ok())
            })
            .collect();
        if !extra.is_empty() {
            let mut is_extra = vec![false; n];
            for &s in &extra {
                is_extra[s] = true;
            }
            let more = self.recognizer.recognize(doc, &extra)?;
            entities.extend(more.into_iter().filter(|e| is_extra[doc.sentence_at(e.span.start)]));
            entities.sort_by_key(|e| (e.span.start, e.span.end));
            entities.dedup_by(|b, a| b.span.start < a.span.end);
        }
        Ok(entities)
    }

    /// Extract from bytes that may not be valid UTF-8: invalid sequences become U+FFFD first.
    /// Returns the decoded text, which the spans of the extraction index into.
    ///
    /// # Errors
    /// As [`extract`](Self::extract); the size limit applies to the decoded text.
    ///
    /// ```
    /// let (text, extraction) = claimex::Extractor::new().extract_bytes(b"Smith said it was \xFF over.")?;
    /// assert!(text.contains('\u{FFFD}'));
    /// assert_eq!(extraction.claims.len(), 1);
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn extract_bytes<'b>(&self, bytes: &'b [u8]) -> Result<(Cow<'b, str>, Extraction), Error> {
        let text = String::from_utf8_lossy(bytes);
        let extraction = self.extract(&text)?;
        Ok((text, extraction))
    }
}

/// Configures an [`Extractor`]: extra lexicon entries, the recognizer, limits.
///
/// ```
/// use claimex::{Extractor, Stance};
/// let extractor = Extractor::builder()
///     .add_outlet("Kyiv Independent", "Kyiv Independent")
///     .add_title("ombudsman")
///     .max_input_bytes(1 << 20)
///     .build()?;
/// let claims = extractor.extract("Ombudsman Jane Doe said the jail was overcrowded, the Kyiv Independent reported.")?.claims;
/// assert_eq!(claims[0].source.as_ref().unwrap().name, "Kyiv Independent");
/// # Ok::<(), claimex::Error>(())
/// ```
#[derive(Default)]
pub struct ExtractorBuilder {
    extra: LexiconSources,
    recognizer: Option<Arc<dyn Recognizer>>,
    max_input_bytes: Option<usize>,
    sentence_filter: Option<bool>,
    tagger: Option<bool>,
    tagger_custom: Option<Tagger>,
    acts: Acts,
    noun_objects: bool,
}

impl std::fmt::Debug for ExtractorBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExtractorBuilder")
            .field("max_input_bytes", &self.max_input_bytes)
            .field("acts", &self.acts)
            .field("noun_objects", &self.noun_objects)
            .finish_non_exhaustive()
    }
}

impl ExtractorBuilder {
    /// Use another recognizer (e.g. the `bert` feature's) instead of the embedded one.
    ///
    /// ```
    /// let r = claimex::entities::EmbeddedRecognizer::default();
    /// let extractor = claimex::Extractor::builder().recognizer(r).build()?;
    /// # let _ = extractor;
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn recognizer(mut self, recognizer: impl Recognizer + 'static) -> Self {
        self.recognizer = Some(Arc::new(recognizer));
        self
    }

    /// Add a reporting-verb form (any case; matched case-insensitively) with its lemma and stance,
    /// as a speech cue ([`Act::Speech`]; [`add_attitude_cue`](Self::add_attitude_cue) adds a verb of
    /// belief or intention). Overrides a built-in entry of the same form.
    ///
    /// ```
    /// let e = claimex::Extractor::builder().add_cue("lambasted", "lambaste", claimex::Stance::Accuse).build()?;
    /// assert_eq!(e.lexicons().cue("lambasted").unwrap().lemma, "lambaste");
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn add_cue(self, form: &str, lemma: &str, stance: Stance) -> Self {
        self.push_cue(form, lemma, stance, Act::Speech)
    }

    /// Add a verb of belief, hope or intention (any case) with its lemma and stance: its claims have
    /// [`Act::Attitude`], and [`acts`](Self::acts)`(`[`Acts::Speech`]`)` leaves them out.
    /// Overrides a built-in entry of the same form.
    ///
    /// ```
    /// use claimex::{Act, Stance};
    /// let e = claimex::Extractor::builder().add_attitude_cue("reckoned", "reckon", Stance::Belief).build()?;
    /// let claims = e.extract("Mrs Lowe reckoned the bridge would never open.")?.claims;
    /// assert_eq!(claims[0].act, Act::Attitude);
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn add_attitude_cue(self, form: &str, lemma: &str, stance: Stance) -> Self {
        self.push_cue(form, lemma, stance, Act::Attitude)
    }

    /// A user cue entry, as `add_cue` and `add_attitude_cue` write it.
    fn push_cue(mut self, form: &str, lemma: &str, stance: Stance, act: Act) -> Self {
        let (form, lemma) = (form.trim().to_lowercase(), lemma.trim().to_string());
        self.extra.cues.push(CueEntry { form, lemma, stance, act, object: false, deed: false });
        self
    }

    /// Which claims to return: [`Acts::All`] (the default); [`Acts::Speech`], which leaves out the
    /// attributed attitudes ("she believes …", "they hope …"); or [`Acts::Statements`], which also
    /// leaves out reported appeals, charges and denials ("urged", "accused", "denied") and keeps
    /// what a quote set counts as a quote. The claims left out are still read, so the claims around
    /// them keep the same boundaries.
    ///
    /// ```
    /// use claimex::{Act, Acts};
    /// let text = "Smith said the plant would close. Jones believes it will stay open. \
    ///             Brown urged the council to act.";
    /// let e = claimex::Extractor::builder().acts(Acts::Speech).build()?;
    /// let claims = e.extract(text)?.claims;
    /// assert_eq!(claims.len(), 2);
    /// assert_eq!(claims[0].act, Act::Speech);
    /// let e = claimex::Extractor::builder().acts(Acts::Statements).build()?;
    /// assert_eq!(e.extract(text)?.claims.len(), 1);
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn acts(mut self, acts: Acts) -> Self {
        self.acts = acts;
        self
    }

    /// Whether to return claims whose content is only the cue verb's noun-phrase object ("The mayor
    /// welcomed the decision", "Labour condemned the attack"; see [`Claim::noun_object`]). Off by
    /// default: they name what the speaker spoke of, not what was said. Corpora that annotate them
    /// as attributions (PolNeAR does) are matched with `true`. An outlet's report around such a
    /// claim ("The council has welcomed the plan, Reuters reported") is the outlet's claim of the
    /// whole clause by default, and with `true` the object claim credited to the outlet.
    ///
    /// ```
    /// let text = "The mayor welcomed the decision. She said the city would appeal.";
    /// assert_eq!(claimex::Extractor::new().extract(text)?.claims.len(), 1);
    /// let e = claimex::Extractor::builder().noun_objects(true).build()?;
    /// let claims = e.extract(text)?.claims;
    /// assert_eq!(claims.len(), 2);
    /// assert!(claims[0].noun_object && claims[0].content.text == "the decision");
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn noun_objects(mut self, keep: bool) -> Self {
        self.noun_objects = keep;
        self
    }

    /// Add a news outlet: its canonical `name` and one written `form` (case as written).
    ///
    /// ```
    /// let e = claimex::Extractor::builder().add_outlet("Al Jazeera", "Al Jazeera").build()?;
    /// assert_eq!(e.lexicons().outlet("Al Jazeera"), Some("Al Jazeera"));
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn add_outlet(mut self, name: &str, form: &str) -> Self {
        self.extra.outlets.push((form.trim().to_string(), name.trim().to_string()));
        self
    }

    /// Add a title or role that can stand before a name or alone ("ombudsman").
    ///
    /// ```
    /// let e = claimex::Extractor::builder().add_title("Chief Rabbi").build()?;
    /// assert!(e.lexicons().title("chief rabbi").is_some());
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn add_title(mut self, phrase: &str) -> Self {
        self.extra.titles.push((phrase.trim().to_lowercase(), TitleClass::Head, Gender::Unknown));
        self
    }

    /// Add a place name or demonym.
    ///
    /// ```
    /// use claimex::lexicon::PlaceKind;
    /// let e = claimex::Extractor::builder().add_place("Gondor", PlaceKind::Country).build()?;
    /// assert_eq!(e.lexicons().place("Gondor"), Some(PlaceKind::Country));
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn add_place(mut self, name: &str, kind: PlaceKind) -> Self {
        self.extra.places.push((name.trim().to_string(), kind));
        self
    }

    /// Add a named organisation ("Hamas", "Gazprom"). The embedded recognizer finds it whole
    /// whatever its case in the text ("doctors without borders" finds "Doctors Without Borders").
    ///
    /// ```
    /// let e = claimex::Extractor::builder().add_organization("Gazprom").build()?;
    /// assert!(e.lexicons().is_org("Gazprom"));
    /// let e = claimex::Extractor::builder().add_organization("doctors without borders").build()?;
    /// let claims = e.extract("Staff were evacuated, Doctors Without Borders said.")?.claims;
    /// assert_eq!(claims[0].speaker.as_ref().unwrap().name, "Doctors Without Borders");
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn add_organization(mut self, name: &str) -> Self {
        self.extra.orgs.push(name.trim().to_string());
        self
    }

    /// Largest input accepted by `extract`, in bytes (default [`DEFAULT_MAX_INPUT_BYTES`]).
    ///
    /// ```
    /// let e = claimex::Extractor::builder().max_input_bytes(1000).build()?;
    /// assert_eq!(e.max_input_bytes(), 1000);
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn max_input_bytes(mut self, bytes: usize) -> Self {
        self.max_input_bytes = Some(bytes);
        self
    }

    /// Whether a custom recognizer is asked only for the sentences attribution can use: those with a
    /// cue or a quote mark and the sentence before each, up to three sentences before one with a
    /// personal pronoun, and the sentences that repeat a found person's last word. On by default;
    /// the embedded recognizer always labels everything since it is cheap.
    ///
    /// ```
    /// let e = claimex::Extractor::builder().sentence_filter(false).build()?;
    /// # let _ = e;
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn sentence_filter(mut self, on: bool) -> Self {
        self.sentence_filter = Some(on);
        self
    }

    /// Whether the learned tagger (the [`tagger`](crate::tagger) stage) reviews the rules'
    /// claims: it drops those it does not support, may move content boundaries, and weighs its
    /// support into the confidence. Off by default: on PolNeAR's held-out publisher it raises
    /// precision (0.725 → 0.765) and strict F1 a little, costs some recall and the dev set's
    /// boundaries, and takes 1.7× the time (the README's section "The tagger" has the figures).
    ///
    /// ```
    /// let e = claimex::Extractor::builder().tagger(true).build()?;
    /// assert!(e.tagger_on());
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn tagger(mut self, on: bool) -> Self {
        self.tagger = Some(on);
        self
    }

    /// Use `tagger` (a model you trained with `examples/train_tagger.rs`, with its settings)
    /// instead of the embedded one; turns the tagger on unless [`tagger(false)`](Self::tagger)
    /// says otherwise.
    ///
    /// ```
    /// use claimex::tagger::{Model, Settings, Tagger};
    /// let mine = Tagger::new(Model::embedded().clone(), Settings { threshold: 0.2, ..Settings::embedded() });
    /// let e = claimex::Extractor::builder().tagger_with(mine).build()?;
    /// assert!(e.tagger_on());
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn tagger_with(mut self, tagger: Tagger) -> Self {
        self.tagger_custom = Some(tagger);
        self
    }

    /// Build the extractor.
    ///
    /// # Errors
    /// [`Error::Lexicon`] when a user-added entry is empty, or when the lexicons grow past what one
    /// Aho–Corasick automaton can hold.
    ///
    /// ```
    /// assert!(claimex::Extractor::builder().add_cue("", "x", claimex::Stance::Neutral).build().is_err());
    /// ```
    pub fn build(self) -> Result<Extractor, Error> {
        for (n, c) in self.extra.cues.iter().enumerate() {
            if c.form.is_empty() || c.lemma.is_empty() {
                return Err(Error::Lexicon {
                    lexicon: "cues",
                    line: n + 1,
                    reason: "empty cue form or lemma".into(),
                });
            }
        }
        for (n, (form, name)) in self.extra.outlets.iter().enumerate() {
            if form.is_empty() || name.is_empty() {
                return Err(Error::Lexicon {
                    lexicon: "outlets",
                    line: n + 1,
                    reason: "empty outlet name or form".into(),
                });
            }
        }
        for (n, (t, ..)) in self.extra.titles.iter().enumerate() {
            if t.is_empty() {
                return Err(Error::Lexicon { lexicon: "titles", line: n + 1, reason: "empty title".into() });
            }
        }
        for (n, (p, _)) in self.extra.places.iter().enumerate() {
            if p.is_empty() {
                return Err(Error::Lexicon { lexicon: "places", line: n + 1, reason: "empty place".into() });
            }
        }
        for (n, o) in self.extra.orgs.iter().enumerate() {
            if o.is_empty() {
                return Err(Error::Lexicon {
                    lexicon: "organizations",
                    line: n + 1,
                    reason: "empty organisation".into(),
                });
            }
        }
        let no_extras = self.extra.cues.is_empty()
            && self.extra.outlets.is_empty()
            && self.extra.titles.is_empty()
            && self.extra.places.is_empty()
            && self.extra.orgs.is_empty();
        let lexicons = if no_extras {
            Lexicons::default()
        } else {
            let mut sources = LexiconSources::embedded()?;
            sources.cues.extend(self.extra.cues);
            sources.outlets.extend(self.extra.outlets);
            sources.titles.extend(self.extra.titles);
            sources.places.extend(self.extra.places);
            sources.orgs.extend(self.extra.orgs);
            Lexicons::compile(&sources)?
        };
        let (recognizer, embedded): (Arc<dyn Recognizer>, bool) = match self.recognizer {
            Some(r) => (r, false),
            None => (Arc::new(EmbeddedRecognizer::new(lexicons.clone())), true),
        };
        Ok(Extractor {
            lexicons,
            recognizer,
            embedded,
            max_input_bytes: self.max_input_bytes.unwrap_or(DEFAULT_MAX_INPUT_BYTES),
            sentence_filter: self.sentence_filter.unwrap_or(true),
            tagger: match (self.tagger, self.tagger_custom) {
                (Some(false), _) | (None, None) => None,
                (_, Some(custom)) => Some(custom),
                (Some(true), None) => Some(Tagger::embedded()),
            },
            acts: self.acts,
            noun_objects: self.noun_objects,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Extractor>();
    }
}
