//! # claimex
//!
//! Typed claims from English news text: who said what, how they said it, and which outlet
//! reported it. No model and no network are needed: the default pipeline runs on embedded
//! lexicons and rules. Every span in the output is a byte range into your input.
//!
//! ```
//! let text = "Russian President Vladimir Putin on Friday rejected calls for a truce to prevent a \
//!             “bloodbath”, reported BBC. \
//!             \"We will continue,\" he said.";
//! let extraction = claimex::Extractor::new().extract(text)?;
//! for claim in &extraction.claims {
//!     let who = claim.speaker.as_ref().map_or("?", |s| s.name.as_str());
//!     println!("{who} [{}] {}", claim.stance, claim.content.text);
//! }
//! assert_eq!(extraction.claims.len(), 2);
//! assert_eq!(extraction.claims[1].speaker.as_ref().unwrap().name, "Vladimir Putin");
//! # Ok::<(), claimex::Error>(())
//! ```
//!
//! ## What a claim holds
//!
//! A [`Claim`] is one quote, reported statement or attributed belief:
//! - [`Claim::speaker`]: the canonical person or body ([`Speaker::name`], the fullest form in the
//!   document), its [`Speaker::role`] ("Russian President", "a top aide to …"), its
//!   [`SpeakerKind`], and the [`Speaker::mention`] that names it in the claim's sentence ("Putin",
//!   "She"). [`Speaker::id`] is shared by every claim of one speaker in a document.
//! - [`Claim::cue`] and [`Claim::stance`]: the reporting verb and its [`Stance`] class, with
//!   [`Claim::negated`] for "did not deny"; [`Claim::act`]: [`Act::Speech`] (said, told, urged) or
//!   [`Act::Attitude`] (believes, hopes, expects), which
//!   [`ExtractorBuilder::acts`]`(`[`Acts::Speech`]`)` leaves out. A verb whose content would be
//!   only its noun-phrase object ("The mayor welcomed the decision") makes no claim by default:
//!   [`ExtractorBuilder::noun_objects`]`(true)` keeps such claims, with [`Claim::noun_object`] set.
//! - [`Claim::content`] and [`Claim::kind`]: what was said, [`ClaimKind::Direct`] (inside quote
//!   marks), [`ClaimKind::Indirect`] or [`ClaimKind::Mixed`]; [`Claim::quotes`] lists the quoted
//!   stretches. A [`Content`] an attribution interrupts comes in parts ("The plan, Mr Bell said,
//!   was never costed": "The plan" and "was never costed"), its text the parts joined.
//! - [`Claim::source`]: the outlet credited ("…, Reuters reported"). An outlet that is the only
//!   reporter gives a claim with no speaker and that outlet as source.
//!
//! [`Extraction`] serialises to the documented JSON shape (`schema_version` 4: [`SCHEMA_VERSION`]
//! says what each version changed).
//!
//! ## The pipeline
//!
//! One module per stage, data flowing one way: [`text`] (tokens, sentences, paragraphs) →
//! [`entities`] (a [`entities::Recognizer`]; [`entities::EmbeddedRecognizer`] by default, a
//! transformer with the `bert` feature) → [`quotes`] and [`cues`] → [`attribution`], which first
//! gives each token its lexical facts once (the token table) and then finds speakers, contents
//! and sources; and, when [`ExtractorBuilder::tagger`] turns it on, [`tagger`]: a CRF trained on
//! annotated news that keeps, trims or drops each claim. Each stage's entry point is public, so
//! you can run and inspect one stage alone.
//!
//! ## Customising
//!
//! [`Extractor::builder`] adds lexicon entries (cue verbs with a stance, outlets, titles, places,
//! organisations) without forking the crate, swaps the recognizer, and sets the input limit:
//!
//! ```
//! use claimex::{Extractor, Stance};
//! let extractor = Extractor::builder()
//!     .add_cue("lambasted", "lambaste", Stance::Accuse)
//!     .add_outlet("Kyiv Independent", "Kyiv Independent")
//!     .build()?;
//! let text = "The mayor lambasted the plan as a waste of money, the Kyiv Independent reported.";
//! let claims = extractor.extract(text)?.claims;
//! assert_eq!(claims[0].stance, Stance::Accuse);
//! assert_eq!(claims[0].source.as_ref().unwrap().name, "Kyiv Independent");
//! # Ok::<(), claimex::Error>(())
//! ```
//!
//! ## Confidence
//!
//! [`Claim::confidence`] ranks claims by how sure the pipeline is: a product of factors for the
//! speaker (a name or a pronoun), the cue ("said" or "according to"), the kind (direct or
//! indirect) and the content's side of the cue, clamped to `[0, 1]`. The whole scheme, with every
//! factor, is in [`attribution::confidence`]; with the tagger on, each claim's confidence is then
//! multiplied by ×(1 − w + w·s), where s is the tagger's support for the claim (see
//! [`tagger::Settings::threshold`]) and w the weight in [`tagger::Settings`]. On PolNeAR (real
//! political news, see the README) the upper half of claims by confidence is markedly more
//! precise than the lower half; `examples/evaluate/` prints both.
//!
//! ## Limits and errors
//!
//! [`Extractor::extract`] accepts any `&str` up to [`Extractor::max_input_bytes`]
//! ([`DEFAULT_MAX_INPUT_BYTES`], 64 MiB); larger input is [`Error::InputTooLarge`], never an abort.
//! Nothing panics on text. [`Extractor`] is `Send + Sync`: share one across threads, or use
//! [`Extractor::extract_batch`] / [`Extractor::par_extract`] for parallelism on rayon's pool.
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
// Functions stay about a screen long and easy to follow (limits in clippy.toml).
#![warn(clippy::cognitive_complexity, clippy::too_many_lines)]

#[macro_use]
mod macros;

pub mod attribution;
mod batch;
mod claim;
pub mod cues;
pub mod entities;
mod error;
mod extractor;
pub mod lexicon;
pub mod quotes;
mod span;
pub mod tagger;
pub mod text;
mod token_table;

pub use batch::ParExtract;
pub use claim::{
    Act, Claim, ClaimKind, Content, Cue, Extraction, Source, Speaker, SpeakerKind, Stance, TextSpan,
    SCHEMA_VERSION,
};
pub use error::{Error, Result};
pub use extractor::{Acts, Extractor, ExtractorBuilder, DEFAULT_MAX_INPUT_BYTES};
pub use span::Span;
