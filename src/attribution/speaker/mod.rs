//! Who speaks for one cue: its frame — the speaker mention, the tokens of the whole attribution
//! (speaker, verb group, cue) and the first token after it.
//!
//! One file per construction:
//! - `according_to.rs`: "according to X", "as reported by X";
//! - `passive.rs`: "was endorsed by X", "it was reported", "Leaders are worried";
//! - `inverted.rs`: the speaker after the cue ("“…,” said Putin", "…, said a spokesman");
//! - `participle.rs`: "…, saying", "Noting that …, Tester added", "he spent time mocking …";
//! - `preverbal.rs`: the subject before the verb ("Officials said", "… and later said", "…, who said");
//! - `subject.rs`: the subject that opens a clause, after fronted phrases and datelines.

mod according_to;
mod inverted;
mod participle;
mod passive;
mod preverbal;
mod subject;

use crate::cues::{CueForm, CueMatch};

use super::context::{Bounds, Context};
use super::mentions::Mention;

/// The speaker side of one cue.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    pub speaker: Option<Mention>,
    /// Tokens of the whole attribution cluster (speaker + verb group + cue).
    pub cluster: std::ops::Range<usize>,
    /// First token after the cue and any inverted speaker.
    pub after: usize,
}

impl Frame {
    /// A frame of the verb group and cue alone, from `start`.
    fn bare(start: usize, cue: &CueMatch, speaker: Option<Mention>) -> Frame {
        Frame { cluster: start..cue.tokens.end, after: cue.tokens.end, speaker }
    }
}

/// Find the speaker of a cue in sentence `b` and the extent of the attribution cluster.
pub(crate) fn frame(ctx: &Context<'_, '_>, cue: &CueMatch, b: Bounds) -> Frame {
    match cue.form {
        CueForm::Preposition => according_to::frame(ctx, cue, b),
        CueForm::Passive => passive::frame(ctx, cue, b),
        CueForm::Finite | CueForm::Gerund | CueForm::Base => inverted::frame(ctx, cue, b)
            .or_else(|| participle::frame(ctx, cue, b))
            .unwrap_or_else(|| preverbal::frame(ctx, cue, b)),
    }
}

/// The frames of one sentence's cues, in order: a speaker inside a quotation speaks for no cue
/// outside it, and a participle with no speaker of its own takes the one before it.
pub(crate) fn sentence_frames(ctx: &Context<'_, '_>, cues: &[CueMatch], b: Bounds) -> Vec<Frame> {
    let mut frames: Vec<Frame> = cues.iter().map(|cue| frame(ctx, cue, b)).collect();
    // A cue outside a quotation never has its speaker inside one.
    for f in &mut frames {
        if f.speaker.as_ref().is_some_and(|m| ctx.in_quote(m.tokens.start)) {
            f.speaker = None;
        }
    }
    participle::inherit_speakers(ctx, cues, &mut frames);
    frames
}

#[cfg(test)]
pub(super) mod test_support {
    use super::*;
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
}
