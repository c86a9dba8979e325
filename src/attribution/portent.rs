//! A thing that portends or endangers: "A late dispute over pension liabilities threatened to
//! unravel the deal", "The move signals a shift in strategy", "The final promises to be close".
//! "threaten", "signal" and "promise" say what a person or a body means to do or says; with a
//! thing as their subject they say what the thing makes likely, and nobody speaks.

use crate::cues::CueMatch;
use crate::SpeakerKind;

use super::context::Context;
use super::mentions::{Mention, MentionKind};
use super::words;

/// Verbs of speaking that also say what a thing makes likely.
const PORTENDING: [&str; 3] = ["threaten", "signal", "promise"];

/// Whether `cue` is a portending verb whose `speaker` is a thing: a common noun phrase whose head
/// names no person, group or body in the lexicons, and no document or piece of research ("The
/// letter threatened legal action", "The poll signals trouble" report what their authors say).
pub(crate) fn portent(ctx: &Context<'_, '_>, cue: &CueMatch, speaker: Option<&Mention>) -> bool {
    // (Asked of every claim: the lemma first.)
    if !PORTENDING.contains(&cue.lemma.as_str()) {
        return false;
    }
    let Some(m) = speaker else { return false };
    let Some(head) = m.head() else { return false };
    matches!(m.kind, MentionKind::Common { kind: SpeakerKind::Unknown, .. })
        && !ctx.is_cap(head)
        && !words::is_research_noun(ctx.lower(head))
        && !words::is_document_noun(ctx.lower(head))
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    fn contents(text: &str) -> Vec<String> {
        let claims = Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        claims.into_iter().map(|c| c.content.text).collect()
    }

    #[test]
    fn a_thing_that_portends_says_nothing() {
        // "A late dispute over pension liabilities threatened to unravel the deal": nobody speaks.
        assert!(
            contents("A late dispute over pension liabilities threatened to unravel the deal.").is_empty()
        );
        assert!(contents("The move signals a shift in the bank's strategy.").is_empty());
        assert!(contents("Sunday's final promises to be a close contest.").is_empty());
        // People, bodies and documents still threaten and promise.
        assert_eq!(contents("The union threatened to strike in May."), ["to strike in May"]);
        assert_eq!(contents("Protesters threatened to block the road."), ["to block the road"]);
        assert_eq!(contents("The letter threatened to sue the council."), ["to sue the council"]);
        assert_eq!(contents("The mayor promised to fix the roads."), ["to fix the roads"]);
    }
}
