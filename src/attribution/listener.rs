//! "The court heard that …", "The inquest heard Moss had sent …": the subject listens. What it
//! heard was said in court by someone the sentence does not name, so it is a claim with no
//! speaker; "heard" with any other subject ("Neighbours heard shots") reports nothing.

use crate::cues::{is_court_noun, CueMatch};

use super::context::Context;
use super::speaker::Frame;

/// The lemma of the listening cue.
pub(crate) const LISTENING: &str = "hear";

/// Whether `cue` (with frame `f`) is "heard" with a court, jury, inquest or hearing as its subject
/// and a clause after it.
pub(crate) fn heard_in_court(ctx: &Context<'_, '_>, cue: &CueMatch, f: &Frame) -> bool {
    let Some(m) = f.speaker.as_ref() else { return false };
    let listener = m.head().is_some_and(|h| is_court_noun(ctx.lower(h)));
    let next = cue.tokens.end;
    let n = ctx.doc.tokens().len();
    // ("The court heard the defendant had sent …": an article opens a subject when a verb follows;
    // not "heard the case on Monday".)
    let clause = next < n
        && (ctx.lower_is(next, "that")
            || ctx.subject_starts(next) && (!ctx.lower_is(next, "the") || ctx.verb_follows(next + 2, n)));
    // "Carter had been drinking, the court heard.": set off after the clause it heard.
    let c = f.cluster.start;
    let trailing =
        (next >= n || matches!(ctx.word(next), "." | "!" | "?")) && c > 0 && ctx.word(c - 1) == ",";
    cue.lemma == LISTENING && listener && (clause || trailing)
}

#[cfg(test)]
mod tests {
    use crate::attribution::context::test_support::claims;

    #[test]
    fn what_a_court_heard_has_no_speaker() {
        let got = claims("The court heard that Moss had sent the victim 40 messages.");
        assert_eq!(got, [(None, "Moss had sent the victim 40 messages".into())]);
        let got = claims("The inquest heard she had been seen at the station.");
        assert_eq!(got, [(None, "she had been seen at the station".into())]);
        // With an article opening the clause, and set off after it.
        let got = claims("The court heard the defendant had sent threatening messages.");
        assert_eq!(got, [(None, "the defendant had sent threatening messages".into())]);
        let got = claims("Carter had been drinking before the crash, the court heard.");
        assert_eq!(got, [(None, "Carter had been drinking before the crash".into())]);
        // "The commission heard that the licences were bought from Karrabee Pastoral Company": a
        // royal commission's hearing.
        let got = claims("The commission heard that the licences were bought from a firm.");
        assert_eq!(got, [(None, "the licences were bought from a firm".into())]);
        let got = claims("Thornbury sent the emails, a court has heard.");
        assert_eq!(got, [(None, "Thornbury sent the emails".into())]);
        // "Pyke … told the call handler he “didn't see her at all”, the court heard": his own
        // words, which the court only heard of.
        let got = claims("Pyke told police he “didn't see her at all”, the court heard.");
        assert_eq!(got, [(Some("Pyke".into()), "he “didn't see her at all”".into())]);
    }

    #[test]
    fn other_hearing_reports_nothing() {
        assert!(claims("Neighbours heard shots at about 2am.").is_empty());
        assert!(claims("The court heard the case on Monday.").is_empty());
    }
}
