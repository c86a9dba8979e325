//! The output types: [`Claim`] and its parts.

use serde::{Deserialize, Serialize};

use crate::Span;

/// Version of the JSON shape written by [`Extraction`]; raised on breaking changes.
///
/// Version 2 added [`Claim::act`] (`"act": "speech" | "attitude"`); version 3 added
/// [`Claim::noun_object`] (`"noun_object": true | false`); version 4 made [`Claim::content`] a
/// [`Content`], which adds `"parts"` (its pieces, when an attribution interrupts it, its `text` then
/// being the pieces joined).
pub const SCHEMA_VERSION: u32 = 4;

/// The result of extracting one document: its claims in text order.
///
/// ```
/// let extraction = claimex::Extractor::new().extract("\"We will win,\" Smith said.")?;
/// assert_eq!(extraction.schema_version, claimex::SCHEMA_VERSION);
/// assert_eq!(extraction.claims.len(), 1);
/// # Ok::<(), claimex::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Extraction {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The claims, ordered by the start of their content.
    pub claims: Vec<Claim>,
}

impl Extraction {
    /// An extraction holding `claims`.
    ///
    /// ```
    /// assert!(claimex::Extraction::new(Vec::new()).claims.is_empty());
    /// ```
    pub fn new(claims: Vec<Claim>) -> Self {
        Extraction { schema_version: SCHEMA_VERSION, claims }
    }
}

impl IntoIterator for Extraction {
    type Item = Claim;
    type IntoIter = std::vec::IntoIter<Claim>;
    fn into_iter(self) -> Self::IntoIter {
        self.claims.into_iter()
    }
}

/// One quote, reported statement or attributed belief.
///
/// ```
/// use claimex::{ClaimKind, Stance};
/// let text = "Officials denied that the talks had failed, Reuters reported.";
/// let claim = &claimex::Extractor::new().extract(text)?.claims[0];
/// assert_eq!(claim.kind, ClaimKind::Indirect);
/// assert_eq!(claim.stance, Stance::Reject);
/// assert_eq!(claim.content.text, "the talks had failed");
/// assert_eq!(claim.source.as_ref().map(|s| s.name.as_str()), Some("Reuters"));
/// # Ok::<(), claimex::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Claim {
    /// Direct quote, reported speech, or a mix of both.
    pub kind: ClaimKind,
    /// What was said: the reported clause, or the text inside the quote marks; in pieces when an
    /// attribution interrupts it ("The plan, Mr Bell said, was never costed") or a quotation runs
    /// over several paragraphs (one piece a paragraph, the mark that reopens it left out).
    pub content: Content,
    /// The quoted stretches inside `content`'s parts (empty for indirect claims).
    pub quotes: Vec<Span>,
    /// Who said it; `None` when only an outlet reports it, or nobody is named.
    pub speaker: Option<Speaker>,
    /// The reporting verb or phrase; `None` for a quote that follows its speaker's earlier quote.
    pub cue: Option<Cue>,
    /// How the speaker said it, from the cue's lexicon entry (`Neutral` without a cue).
    pub stance: Stance,
    /// Whether the speaker said it or the text attributes a state of mind ("believes", "hopes"),
    /// from the cue's lexicon entry ([`Act::Speech`] without a cue).
    pub act: Act,
    /// Whether the cue is negated ("did not deny").
    pub negated: bool,
    /// Whether the content is only the noun phrase the cue verb takes as its object ("The mayor
    /// welcomed [the decision]", "condemned [the attack]"): what the speaker spoke of, not what was
    /// said. [`Extractor`](crate::Extractor) leaves these out unless
    /// [`ExtractorBuilder::noun_objects`](crate::ExtractorBuilder::noun_objects) keeps them.
    #[serde(default)]
    pub noun_object: bool,
    /// The outlet credited for the claim ("…, Reuters reported").
    pub source: Option<Source>,
    /// Index of the sentence holding the cue (or the quote, for a claim without a cue).
    pub sentence: usize,
    /// How sure the pipeline is, in `[0, 1]`; see the crate docs for how it is made.
    pub confidence: f32,
}

/// A span together with the text it covers.
///
/// ```
/// use claimex::{Span, TextSpan};
/// let t = TextSpan::new("Putin said", Span::new(0, 5));
/// assert_eq!(t.text, "Putin");
/// assert_eq!(t.span(), Span::new(0, 5));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TextSpan {
    /// `&input[start..end]`.
    pub text: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl TextSpan {
    /// Slice `input` with `span`.
    ///
    /// ```
    /// let t = claimex::TextSpan::new("abc", claimex::Span::new(1, 3));
    /// assert_eq!(t.text, "bc");
    /// ```
    pub fn new(input: &str, span: Span) -> Self {
        TextSpan { text: span.as_str(input).to_string(), start: span.start, end: span.end }
    }

    /// The byte range.
    ///
    /// ```
    /// let t = claimex::TextSpan::new("abc", claimex::Span::new(1, 3));
    /// assert_eq!(t.span().len(), 2);
    /// ```
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// What was said: its text and where it lies, in one piece or in several when an attribution
/// interrupts it or a quotation runs over paragraphs.
///
/// ```
/// let text = "The plan, Mr Bell said, was never costed.";
/// let claim = &claimex::Extractor::new().extract(text)?.claims[0];
/// assert_eq!(claim.content.text, "The plan was never costed");
/// let parts: Vec<&str> = claim.content.parts.iter().map(|p| p.as_str(text)).collect();
/// assert_eq!(parts, ["The plan", "was never costed"]);
/// assert_eq!(claim.content.span().as_str(text), "The plan, Mr Bell said, was never costed");
/// # Ok::<(), claimex::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Content {
    /// The statement: `&input[start..end]` for a content in one piece; the parts joined by one
    /// space for one in several.
    pub text: String,
    /// First byte of the first part.
    pub start: usize,
    /// One past the last byte of the last part.
    pub end: usize,
    /// The pieces, in order, as byte ranges: one for a content in one piece ("“This is not,” she
    /// said, “a decision we took lightly.”" has two: "This is not" and "a decision we took
    /// lightly."); one a paragraph for a quotation over several. Empty only in JSON written before
    /// schema version 4.
    #[serde(default)]
    pub parts: Vec<Span>,
}

impl Content {
    /// The content of `input` made of `parts`, byte ranges in text order (none makes an empty
    /// content at 0).
    ///
    /// ```
    /// use claimex::{Content, Span};
    /// let c = Content::new("Rates, he said, will rise", &[Span::new(0, 5), Span::new(16, 25)]);
    /// assert_eq!(c.text, "Rates will rise");
    /// assert_eq!((c.start, c.end), (0, 25));
    /// ```
    pub fn new(input: &str, parts: &[Span]) -> Self {
        let (start, end) = match (parts.first(), parts.last()) {
            (Some(first), Some(last)) => (first.start, last.end),
            _ => (0, 0),
        };
        let text = match parts {
            [one] => one.as_str(input).to_string(),
            _ => parts.iter().map(|p| p.as_str(input)).collect::<Vec<_>>().join(" "),
        };
        Content { text, start, end, parts: parts.to_vec() }
    }

    /// From the first part's start to the last part's end (with any attribution between them).
    ///
    /// ```
    /// let c = claimex::Content::new("abc", &[claimex::Span::new(1, 3)]);
    /// assert_eq!(c.span(), claimex::Span::new(1, 3));
    /// ```
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// Whether an attribution splits the content into more than one part.
    ///
    /// ```
    /// let c = claimex::Content::new("abc", &[claimex::Span::new(1, 3)]);
    /// assert!(!c.is_interrupted());
    /// ```
    pub fn is_interrupted(&self) -> bool {
        self.parts.len() > 1
    }
}

/// Whether a claim is quoted, reported, or both.
///
/// ```
/// assert_eq!(serde_json::to_string(&claimex::ClaimKind::Mixed).unwrap(), "\"mixed\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ClaimKind {
    /// Wholly inside quote marks.
    Direct,
    /// Reported speech without quote marks.
    Indirect,
    /// Reported speech with quoted stretches inside it.
    Mixed,
}

impl ClaimKind {
    /// The lower-case name used in JSON.
    ///
    /// ```
    /// assert_eq!(claimex::ClaimKind::Indirect.as_str(), "indirect");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Indirect => "indirect",
            ClaimKind::Mixed => "mixed",
        }
    }
}

impl std::fmt::Display for ClaimKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The stance class of a cue.
///
/// ```
/// use claimex::Stance;
/// assert_eq!("urge".parse::<Stance>(), Ok(Stance::Urge));
/// assert_eq!(Stance::Reject.as_str(), "reject");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Stance {
    /// said, told, added, noted, reported, according to.
    #[default]
    Neutral,
    /// insisted, stressed, confirmed, vowed.
    Assert,
    /// rejected, denied, dismissed, ruled out, opposed.
    Reject,
    /// accused, blamed, condemned, criticised.
    Accuse,
    /// urged, called on, demanded, appealed.
    Urge,
    /// warned, cautioned, threatened.
    Warn,
    /// hoped, expected, predicted.
    Hope,
    /// admitted, acknowledged, conceded.
    Concede,
    /// suggested, speculated, claimed.
    Tentative,
    /// welcomed, praised, backed, endorsed.
    Support,
    /// believes, thinks, feels, doubts.
    Belief,
}

impl Stance {
    /// Every stance class, in declaration order.
    ///
    /// ```
    /// assert_eq!(claimex::Stance::ALL.len(), 11);
    /// ```
    pub const ALL: [Stance; 11] = [
        Stance::Neutral,
        Stance::Assert,
        Stance::Reject,
        Stance::Accuse,
        Stance::Urge,
        Stance::Warn,
        Stance::Hope,
        Stance::Concede,
        Stance::Tentative,
        Stance::Support,
        Stance::Belief,
    ];

    /// Whether a cue of this stance reports a statement — neutral, assert, concede, tentative or
    /// warn ("said", "insisted", "admitted", "suggested", "warned") — rather than a charge or
    /// praise, an appeal, a rejection, a hope or a belief ("accused", "praised", "urged",
    /// "denied", "hoped", "believes"). Quote sets that count only reported statements (the Gender
    /// Gap Tracker's is one) take the quoted claims and the indirect claims of these stances.
    ///
    /// ```
    /// use claimex::{ClaimKind, Stance};
    /// assert!(Stance::Warn.is_statement() && !Stance::Urge.is_statement());
    /// let claims = claimex::Extractor::new()
    ///     .extract("Rates will rise, the minister said. She urged banks to lend more.")?
    ///     .claims;
    /// let statements: Vec<_> =
    ///     claims.iter().filter(|c| c.kind != ClaimKind::Indirect || c.stance.is_statement()).collect();
    /// assert_eq!(statements.len(), 1);
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub const fn is_statement(self) -> bool {
        matches!(self, Stance::Neutral | Stance::Assert | Stance::Concede | Stance::Tentative | Stance::Warn)
    }

    /// The lower-case name used in JSON and in the lexicon files.
    ///
    /// ```
    /// assert_eq!(claimex::Stance::Belief.as_str(), "belief");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Stance::Neutral => "neutral",
            Stance::Assert => "assert",
            Stance::Reject => "reject",
            Stance::Accuse => "accuse",
            Stance::Urge => "urge",
            Stance::Warn => "warn",
            Stance::Hope => "hope",
            Stance::Concede => "concede",
            Stance::Tentative => "tentative",
            Stance::Support => "support",
            Stance::Belief => "belief",
        }
    }
}

impl std::str::FromStr for Stance {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Stance::ALL
            .iter()
            .copied()
            .find(|st| st.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| format!("unknown stance {s:?}; expected one of neutral, assert, reject, accuse, urge, warn, hope, concede, tentative, support, belief"))
    }
}

impl std::fmt::Display for Stance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a claim was said or is an attributed state of mind.
///
/// Speech: the speaker said, wrote, told, denied, urged or predicted it. Attitude: the text reports
/// what the speaker believes, thinks, hopes, expects, wants, plans or fears; nothing says they said
/// it. [`ExtractorBuilder::acts`](crate::ExtractorBuilder::acts) can leave attitudes out.
///
/// ```
/// use claimex::Act;
/// let text = "Smith said the plant would close. Jones believes it will stay open.";
/// let claims = claimex::Extractor::new().extract(text)?.claims;
/// assert_eq!(claims[0].act, Act::Speech);
/// assert_eq!(claims[1].act, Act::Attitude);
/// assert_eq!(serde_json::to_value(Act::Attitude)?, "attitude");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Act {
    /// Said, told, wrote, tweeted, announced, claimed, denied, urged…
    #[default]
    Speech,
    /// Believes, thinks, hopes, expects, wants, plans, fears, feels…
    Attitude,
}

impl Act {
    /// The lower-case name used in JSON and in `data/cues.tsv`.
    ///
    /// ```
    /// assert_eq!(claimex::Act::Attitude.as_str(), "attitude");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Act::Speech => "speech",
            Act::Attitude => "attitude",
        }
    }
}

impl std::str::FromStr for Act {
    type Err = String;

    /// `speech` or `attitude`, in any case.
    ///
    /// ```
    /// assert_eq!("Attitude".parse::<claimex::Act>(), Ok(claimex::Act::Attitude));
    /// assert!("belief".parse::<claimex::Act>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [Act::Speech, Act::Attitude]
            .into_iter()
            .find(|a| a.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| format!("unknown act {s:?}; expected speech or attitude"))
    }
}

impl std::fmt::Display for Act {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who made a claim.
///
/// ```
/// let text = "Russian President Vladimir Putin said talks would go on. Putin added that they were useful.";
/// let claims = claimex::Extractor::new().extract(text)?.claims;
/// let second = claims[1].speaker.as_ref().unwrap();
/// assert_eq!(second.name, "Vladimir Putin");
/// assert_eq!(second.mention.text, "Putin");
/// assert_eq!(second.id, claims[0].speaker.as_ref().unwrap().id);
/// # Ok::<(), claimex::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Speaker {
    /// Same for every claim of one speaker within a document.
    pub id: usize,
    /// Canonical name: the fullest form of this speaker in the document.
    pub name: String,
    /// Title or appositive role ("Russian President", "a top aide to …").
    pub role: Option<String>,
    /// Person, organization, location (a government), or unknown.
    pub kind: SpeakerKind,
    /// The phrase in the claim's sentence that names the speaker ("Putin", "She").
    pub mention: TextSpan,
}

/// What kind of thing a speaker is.
///
/// ```
/// assert_eq!(serde_json::to_string(&claimex::SpeakerKind::Location).unwrap(), "\"location\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum SpeakerKind {
    /// A named or described person.
    Person,
    /// A body: ministry, party, company, agency, office.
    Organization,
    /// A country or capital speaking as a government ("Ankara has said").
    Location,
    /// Not known.
    Unknown,
}

impl SpeakerKind {
    /// The lower-case name used in JSON.
    ///
    /// ```
    /// assert_eq!(claimex::SpeakerKind::Organization.as_str(), "organization");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Location => "location",
            SpeakerKind::Unknown => "unknown",
        }
    }
}

impl std::fmt::Display for SpeakerKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The reporting verb or phrase of a claim. A preposition right after the verb that opens its
/// object is part of the cue ("complained about", lemma "complain about"), and the content
/// starts after it.
///
/// ```
/// let claim = &claimex::Extractor::new().extract("The minister flatly denied the report.")?.claims[0];
/// let cue = claim.cue.as_ref().unwrap();
/// assert_eq!((cue.text.as_str(), cue.lemma.as_str()), ("denied", "deny"));
///
/// let text = "Residents complained about how loud the music was.";
/// let claim = &claimex::Extractor::new().extract(text)?.claims[0];
/// let cue = claim.cue.as_ref().unwrap();
/// assert_eq!((cue.text.as_str(), cue.lemma.as_str()), ("complained about", "complain about"));
/// assert_eq!(claim.content.text, "how loud the music was");
/// # Ok::<(), claimex::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Cue {
    /// The cue as written ("ruled out").
    pub text: String,
    /// Its base form ("rule out").
    pub lemma: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// The news outlet credited for a claim.
///
/// ```
/// let text = "Moscow will respond, the minister said, TASS news agency reported.";
/// let claim = &claimex::Extractor::new().extract(text)?.claims[0];
/// let source = claim.source.as_ref().unwrap();
/// assert_eq!((source.name.as_str(), source.text.as_str()), ("TASS", "TASS news agency"));
/// # Ok::<(), claimex::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Source {
    /// Canonical outlet name ("Associated Press").
    pub name: String,
    /// The outlet as written ("the Associated Press", "TASS news agency").
    pub text: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}
