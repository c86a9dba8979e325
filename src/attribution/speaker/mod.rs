//! Who speaks for one cue: its frame — the speaker mention, the tokens of the whole attribution
//! (speaker, verb group, cue) and the first token after it.
//!
//! One file per construction:
//! - `according_to.rs`: "according to X", "as reported by X";
//! - `passive.rs`: "was endorsed by X", "it was reported", "Leaders are worried";
//! - `inverted.rs`: the speaker after the cue ("“…,” said Putin", "…, said a spokesman");
//! - `participle.rs`: "…, saying", "Noting that …, Tester added", "he spent time mocking …";
//! - `preverbal.rs`: the subject before the verb ("Officials said", "… and later said", "…, who said");
//! - `quoted_as.rs`: "X quoted Y as saying", "Y was quoted as saying": Y speaks;
//! - `subject.rs`: the subject that opens a clause, after fronted phrases and datelines;
//! - `title_part.rs`: a later cue's speaker cut to the title before an earlier name ("Chair of
//!   the bench Patricia Olorunda said …, adding").

mod according_to;
mod frame;
mod inverted;
mod participle;
mod passive;
mod preverbal;
mod quoted_as;
mod subject;
mod title_part;

use crate::cues::{CueForm, CueMatch};

use super::context::{Bounds, Context};
pub(crate) use frame::Frame;

/// Find the speaker of a cue in sentence `b` and the extent of the attribution cluster.
pub(crate) fn frame(ctx: &Context<'_, '_>, cue: &CueMatch, b: Bounds) -> Frame {
    match cue.form {
        CueForm::Preposition => according_to::frame(ctx, cue, b),
        CueForm::Passive => passive::frame(ctx, cue, b),
        CueForm::Finite | CueForm::Gerund | CueForm::Base => quoted_as::frame(ctx, cue, b)
            .or_else(|| inverted::frame(ctx, cue, b))
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
    title_part::names_for_titles(ctx, &mut frames);
    frames
}

#[cfg(test)]
mod test_support;

#[cfg(test)]
mod tests {
    use super::test_support::who;

    #[test]
    fn each_form_goes_to_its_construction() {
        // "according to", a passive, an inverted and a preverbal speaker.
        assert_eq!(who("Prices rose, according to Mary Lee.", "according to").as_deref(), Some("Mary Lee"));
        assert_eq!(who("It was denied by Mary Lee.", "denied").as_deref(), Some("Mary Lee"));
        assert_eq!(who("Prices rose, said Mary Lee.", "said").as_deref(), Some("Mary Lee"));
        assert_eq!(who("Mary Lee said prices rose.", "said").as_deref(), Some("Mary Lee"));
    }

    #[test]
    fn participles_take_the_speaker_before_them() {
        // ", adding …": no subject of its own, the speaker of the verb before it.
        let text = "“We will win,” she said, adding that the count was close.";
        assert_eq!(who(text, "adding").as_deref(), Some("she"));
        // "…, the minister told reporters, adding that …": past the addressee.
        let text = "The toll rose to 143, the minister told reporters, adding that camps were full.";
        assert_eq!(who(text, "adding").as_deref(), Some("the minister"));
    }
}
