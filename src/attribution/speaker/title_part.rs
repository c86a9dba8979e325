//! "Chair of the bench Patricia Olorunda said it was a serious matter, adding that …", "Customs
//! Deputy Commissioner Arnel Santiago-Reyes admitted that … but denied that …": a later cue whose
//! own search stopped at the title before an earlier speaker's name speaks with that name.

use super::super::context::Context;
use super::super::mentions::{Mention, MentionKind};
use super::frame::Frame;
use crate::entities::EntityLabel;

/// Most tokens between a title's first word and the name it heads ("Chair of the bench", "Minister
/// for Emergency Services and Minister for Police").
const MAX_TITLE_GAP: usize = 12;

/// Give each frame whose speaker is the words right before an earlier frame's person's name,
/// with no punctuation or clause between, that person.
pub(super) fn names_for_titles(ctx: &Context<'_, '_>, frames: &mut [Frame]) {
    for k in 1..frames.len() {
        let Some(own) = frames[k].speaker.as_ref() else { continue };
        let named = frames[..k].iter().rev().find_map(|f| {
            let p = f.speaker.as_ref()?;
            heads_the_name(ctx, own, p).then(|| p.clone())
        });
        if named.is_some() {
            frames[k].speaker = named;
        }
    }
}

/// Whether `own`, a phrase with a title in it and no person's name, ends before person `p`'s name,
/// right before it or before the title's "of" or "for" phrase ("Chair | of the bench Patricia
/// Olorunda"), at most a few words before it, with only words that are no clause between them
/// (not "One operative inside Trump Tower", "Rubio and Senator Ted Cruz").
fn heads_the_name(ctx: &Context<'_, '_>, own: &Mention, p: &Mention) -> bool {
    let person = matches!(p.kind, MentionKind::Entity(EntityLabel::Person));
    let plain = matches!(own.kind, MentionKind::Common { .. })
        || matches!(own.kind, MentionKind::Entity(label) if label != EntityLabel::Person);
    let titled = own.tokens.clone().any(|t| ctx.is_title_word(t));
    let joined = own.tokens.end == p.tokens.start || matches!(ctx.lower(own.tokens.end), "of" | "for");
    person
        && plain
        && titled
        && joined
        && own.tokens.end <= p.tokens.start
        && p.tokens.start - own.tokens.start <= MAX_TITLE_GAP
        && (own.tokens.start..p.tokens.start).all(|t| !ctx.is_punct(t) && !ctx.clause_word(t))
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    fn speakers(text: &str) -> Vec<String> {
        let claims = Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        claims.into_iter().filter_map(|c| c.speaker.map(|s| s.name)).collect()
    }

    #[test]
    fn a_title_before_an_earlier_name_is_that_person() {
        // "Chair of the bench Patricia Olorunda said …, adding that …": both hers.
        let text = "Chair of the bench Patricia Olorunda said it was serious, adding that he had been lucky.";
        assert_eq!(speakers(text), ["Patricia Olorunda", "Patricia Olorunda"]);
        let text = "Customs Deputy Commissioner Arnel Santiago-Reyes admitted that there were gaps but \
                    denied that any official had been paid off.";
        assert_eq!(speakers(text), ["Arnel Santiago-Reyes", "Arnel Santiago-Reyes"]);
        // Two offices: "NSW Minister for Emergency Services and Minister for Police Kieran Doolan
        // said … but warned …".
        let text = "NSW Minister for Emergency Services and Minister for Police Kieran Doolan said crews \
                    were ready but warned conditions would worsen.";
        assert_eq!(speakers(text), ["Kieran Doolan", "Kieran Doolan"]);
    }
}
