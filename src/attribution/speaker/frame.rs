//! A cue's frame: who speaks, and where the attribution lies.

use crate::cues::CueMatch;

use super::super::mentions::Mention;

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
    pub(super) fn bare(start: usize, cue: &CueMatch, speaker: Option<Mention>) -> Frame {
        Frame { cluster: start..cue.tokens.end, after: cue.tokens.end, speaker }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::Fixture;

    #[test]
    fn bare_frame_spans_the_verb_group() {
        let f = Fixture::new("He did not deny it.");
        let cue = &f.cues[0];
        let frame = Frame::bare(cue.group_start, cue, None);
        assert_eq!((frame.cluster, frame.after), (1..4, 4));
    }
}
