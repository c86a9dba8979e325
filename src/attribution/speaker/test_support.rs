//! Run the speaker rules on a short text, for the unit tests of each construction.

use crate::cues::CueMatch;

use super::super::context::Bounds;
use super::sentence_frames;
use crate::attribution::context::test_support::Fixture;

/// The speaker and its role for the cue written `cue` in `text` (the first sentence holding it).
pub fn speaker_of(text: &str, cue: &str) -> Option<(String, Option<String>)> {
    let f = Fixture::new(text);
    let found = f.cues.iter().find(|c| c.span.as_str(text) == cue)?;
    let b = Bounds::of(&f.doc.sentences()[found.sentence]);
    let cues: Vec<CueMatch> = f.cues.iter().filter(|c| c.sentence == found.sentence).cloned().collect();
    let k = cues.iter().position(|c| c.span == found.span)?;
    f.with(|ctx| {
        let frames = sentence_frames(ctx, &cues, b);
        frames[k]
            .speaker
            .as_ref()
            .map(|m| (m.span.as_str(text).to_string(), m.role.map(|r| r.as_str(text).to_string())))
    })
}

/// Just the speaker's words.
pub fn who(text: &str, cue: &str) -> Option<String> {
    speaker_of(text, cue).map(|s| s.0)
}
