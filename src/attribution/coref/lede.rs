//! "A French farmer acquitted of assaulting a police officer said Wednesday he felt vindicated." ⏎
//! "Julien Marceau, 54, was cleared on Tuesday …": a story that opens on someone described and
//! names them in the sentences after, the name followed by an age. The description stands for
//! that person.

use crate::text::TokenKind;
use crate::SpeakerKind;

use super::super::context::Context;
use super::super::mentions::{Mention, MentionKind};
use super::people::PersonIndex;
use super::Referent;

/// How many sentences after the description the name may come.
const REVEAL_SENTENCES: usize = 3;

/// The person a singular description opening on "a" or "an" in the story's first two paragraphs
/// stands for: one named at the start of one of the next sentences, with an age after a comma
/// ("Julien Marceau, 54, …").
pub(super) fn named_after_lede(
    ctx: &Context<'_, '_>,
    people: &PersonIndex<'_>,
    m: &Mention,
) -> Option<Referent> {
    // (Asked of every claim's speaker: the mention's own words first.)
    let described = matches!(m.kind, MentionKind::Common { kind: SpeakerKind::Person, plural: false })
        && matches!(ctx.lower(m.tokens.start), "a" | "an");
    if !described {
        return None;
    }
    let si = ctx.doc.sentence_at(m.span.start);
    let sentences = ctx.doc.sentences();
    // ("A father-of-two who was killed when a branch fell … died as a result of an accident, a
    // coroner has concluded." ⏎ "Gareth Pennock, 42, …": the sentence opens on someone else
    // described, whom the name stands for.)
    let other_first = |s: &crate::text::Sentence| {
        s.tokens.start < m.tokens.start && matches!(ctx.word(s.tokens.start), "A" | "An")
    };
    if sentences.get(si).is_none_or(|s| s.paragraph > 1 || other_first(s)) {
        return None;
    }
    let text = ctx.doc.text();
    sentences.iter().skip(si + 1).take(REVEAL_SENTENCES).find_map(|s| {
        let name = people.name_at(s.span.start)?;
        let t = ctx.doc.token_index_at(name.end);
        let aged = t + 2 < s.tokens.end && ctx.word(t) == "," && ctx.kind(t + 1) == TokenKind::Number;
        aged.then(|| Referent {
            name: name.as_str(text).to_string(),
            kind: SpeakerKind::Person,
            plural: false,
        })
    })
}

#[cfg(test)]
mod tests {
    use crate::attribution::context::test_support::speakers;

    #[test]
    fn a_described_speaker_named_in_the_next_sentences() {
        // "A French farmer … said Wednesday he felt vindicated." ⏎ "Julien Marceau, 54, …"
        let text = "A French farmer acquitted of assaulting a police officer said Wednesday he felt \
                    vindicated.\n\nJulien Marceau, 54, was cleared by a court in Rennes on Tuesday.";
        assert_eq!(speakers(text), ["Julien Marceau"]);
        // Not without the age, nor a description with "the", nor later in the story.
        let text = "A French farmer said he felt vindicated.\n\nJulien Marceau was cleared on Tuesday.";
        assert_eq!(speakers(text), ["A French farmer"]);
        // Nor a description after another that opens the sentence: "A father-of-two … died …, a
        // coroner has concluded." ⏎ "Gareth Pennock, 42, …" is the father.
        let text = "A father-of-two died as a result of an accident, a coroner has concluded.\n\nGareth \
                    Pennock, 42, was walking his dog.";
        assert_eq!(speakers(text), ["a coroner"]);
    }
}
