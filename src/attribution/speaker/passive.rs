//! Passives: the agent after "by" ("was endorsed Friday by Sen. Feinstein"), the subject that
//! holds a belief ("Leaders are worried that …"), or nobody ("It was reported that …").

use crate::cues::CueMatch;
use crate::lexicon::WordClass;
use crate::Stance;

use super::super::context::{Bounds, Context};
use super::super::mentions::{left_np, plain_np, right_np, MentionKind, Pronoun};
use super::super::words;
use super::frame::Frame;
use super::subject::skip_adverbials_left;

/// The frame of a passive cue in sentence `b`.
pub(super) fn frame(ctx: &Context<'_, '_>, cue: &CueMatch, b: Bounds) -> Frame {
    let (g, s0, s1) = (cue.group_start, b.start, b.end);
    let by = agent_marker(ctx, cue.tokens.end, s1);
    if by < s1 && ctx.lower_is(by, "by") {
        // "was supported by overwhelming majorities of both men and women": any phrase.
        let np = right_np(ctx, by + 1, s1).or_else(|| plain_np(ctx, by + 1, s1));
        let after = np.as_ref().map_or(by + 1, |m| m.tokens.end);
        return Frame { cluster: g..after, after, speaker: np };
    }
    // "Leaders are worried that", "she is convinced": with a belief or fear the subject holds it.
    if matches!(cue.stance, Stance::Belief | Stance::Hope) && cue.lemma != "expect" {
        if let Some(np) = left_np(ctx, skip_adverbials_left(ctx, g, s0), s0) {
            if !matches!(np.kind, MentionKind::Pronoun(Pronoun::It)) {
                return Frame::bare(np.tokens.start, cue, Some(np));
            }
        }
    }
    // "It was reported that": a dummy subject.
    let start = if g > s0 && ctx.lower_is(g - 1, "it") { g - 1 } else { g };
    Frame::bare(start, cue, None)
}

/// Where the agent's "by" would be after the cue ending at `after_cue`: past up to four time
/// words ("was supported Friday by", "was endorsed the day before by", "was also backed last week
/// by").
fn agent_marker(ctx: &Context<'_, '_>, after_cue: usize, s1: usize) -> usize {
    let time = |t: usize| t < s1 && ctx.class(t) == Some(WordClass::Time);
    let mut by = after_cue;
    while by < s1
        && by < after_cue + 4
        && (time(by)
            || words::is_time_lead_after_passive(ctx.lower(by)) && time(by + 1)
            || ctx.lower_is(by, "on") && time(by + 1))
    {
        by += 1;
    }
    by
}

#[cfg(test)]
mod tests {
    use super::super::test_support::who;

    #[test]
    fn agent_after_by() {
        // "was supported Friday by Sen. Feinstein".
        let text = "The plan was supported Friday by Dianne Feinstein.";
        assert_eq!(who(text, "supported").as_deref(), Some("Dianne Feinstein"));
        // "was told by doctors in 2021 that …", "… last year that …": the time ends the agent
        // (and the claim's content is the clause after its "that": `content/mod.rs`).
        let text = "Okafor was told by doctors in 2021 that he would never run again.";
        assert_eq!(who(text, "told").as_deref(), Some("doctors"));
        let text = "Okafor was told by doctors last year that he would never run again.";
        assert_eq!(who(text, "told").as_deref(), Some("doctors"));
        // (Not a participle's time: "a Gallup poll taken last week".)
    }

    #[test]
    fn belief_held_by_the_subject() {
        // "Leaders are worried that".
        assert_eq!(
            who("Party leaders are worried that turnout will fall.", "worried").as_deref(),
            Some("Party leaders")
        );
    }

    #[test]
    fn an_attitude_adjective_is_held_by_the_subject() {
        // "Sara Lind is confident that the festival will go ahead" (`data/cues.tsv`: "be confident",
        // "be optimistic", "be hopeful", "be pessimistic", "be adamant").
        let text = "Sara Lind is confident that the festival will go ahead.";
        assert_eq!(who(text, "is confident").as_deref(), Some("Sara Lind"));
        let text = "The coach was optimistic his side would recover.";
        assert_eq!(who(text, "was optimistic").as_deref(), Some("The coach"));
    }

    #[test]
    fn dummy_subject_speaks_for_nobody() {
        // "It was reported that".
        assert_eq!(who("It was reported that the talks failed.", "reported"), None);
    }
}
