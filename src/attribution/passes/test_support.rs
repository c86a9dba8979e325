//! The claims of a short text, for the unit tests of each pass.

use crate::{Claim, Extractor};

/// (speaker name, content) of every claim of `text`.
pub fn claims(text: &str) -> Vec<(Option<String>, String)> {
    let claims: Vec<Claim> = Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
    claims.into_iter().map(|c| (c.speaker.map(|s| s.name), c.content.text)).collect()
}
