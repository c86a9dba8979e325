//! "Interfax quoted a ministry official as saying …", "Smith was quoted as saying …", "Smith was
//! quoted by Reuters as saying …", "Owusu was reported as saying …": the person quoted speaks the
//! participle after "as"; whoever quotes only reports it (an outlet is the claim's source).

use crate::cues::{quoting_verb, CueForm, CueMatch};
use crate::lexicon::WordClass;

use super::super::context::{Bounds, Context};
use super::super::mentions::{left_np, right_np};
use super::frame::Frame;

/// The frame of a participle cue right after "as" that a "quoted" before it introduces.
pub(super) fn frame(ctx: &Context<'_, '_>, cue: &CueMatch, b: Bounds) -> Option<Frame> {
    let g = cue.group_start;
    if cue.form != CueForm::Gerund || g < b.start + 2 || !ctx.lower_is(g - 1, "as") {
        return None;
    }
    let q = quoting_verb(ctx.doc, g - 1, b.start)?;
    let passive = q + 1 == g - 1 || ctx.lower_is(q + 1, "by");
    let speaker = if passive {
        // The passive's subject, before its auxiliaries ("was quoted", "has been quoted").
        let mut v = q;
        while v > b.start && ctx.lower_class(v - 1) == Some(WordClass::Aux) {
            v -= 1;
        }
        (v < q).then(|| left_np(ctx, v, b.start)).flatten()?
    } else {
        right_np(ctx, q + 1, g - 1).filter(|m| m.tokens.end == g - 1)?
    };
    // (With the speaker's title: "“…,” Mayor Gail Fenwick was quoted as saying".)
    let start = speaker.first_token(ctx).min(q);
    Some(Frame { speaker: Some(speaker), cluster: start..cue.tokens.end, after: cue.tokens.end })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::who;

    #[test]
    fn the_person_quoted_speaks() {
        let text = "Interfax quoted a ministry official as saying the talks would resume.";
        assert_eq!(who(text, "saying").as_deref(), Some("a ministry official"));
        assert_eq!(who("Smith was quoted as saying the plan was dead.", "saying").as_deref(), Some("Smith"));
        // "“There will be no bailout,” Mayor Gail Fenwick was quoted as saying by the Nikkei."
        let text = "“There will be no bailout,” Mayor Gail Fenwick was quoted as saying by the Nikkei.";
        assert_eq!(crate::attribution::context::test_support::contents(text), ["There will be no bailout,"]);
        let text = "Smith was quoted by Reuters as saying the plan was dead.";
        assert_eq!(who(text, "saying").as_deref(), Some("Smith"));
        // "Finance Minister Kwabena Owusu was reported as saying that the cedi had turned a corner."
        let text = "Finance Minister Kwabena Owusu was reported as saying that the cedi had recovered.";
        assert_eq!(who(text, "saying").as_deref(), Some("Kwabena Owusu"));
        assert_eq!(crate::attribution::context::test_support::contents(text), ["the cedi had recovered"]);
    }
}
