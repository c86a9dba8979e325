//! # claimex
//!
//! Typed claims from English news text: who said what, how they said it, and which outlet
//! reported it.
//!
//! ```
//! let text = "Russian President Vladimir Putin on Friday rejected calls for a truce, reported BBC. \
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
#![deny(missing_docs)]
#![forbid(unsafe_code)]

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
pub mod text;

pub use claim::{
    Claim, ClaimKind, Cue, Extraction, Source, Speaker, SpeakerKind, Stance, TextSpan, SCHEMA_VERSION,
};
pub use error::{Error, Result};
pub use extractor::{Extractor, ExtractorBuilder, DEFAULT_MAX_INPUT_BYTES};
pub use span::Span;
