//! Stage 5: attribution.

use crate::cues::CueMatch;
use crate::entities::Entity;
use crate::lexicon::Lexicons;
use crate::quotes::Quote;
use crate::text::Document;
use crate::Claim;

/// Build claims.
pub fn attribute(
    _doc: &Document<'_>,
    _lex: &Lexicons,
    _entities: &[Entity],
    _cues: &[CueMatch],
    _quotes: &[Quote],
) -> Vec<Claim> {
    Vec::new()
}
