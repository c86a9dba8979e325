//! "“This is not,” she said, “a decision we took lightly.”": a quotation that its attribution
//! splits inside one sentence is one claim in two parts, the first without the comma that closed
//! it. (A quote going on in the next sentence, "“We are ready,” he said. “The time is now.”", is
//! a claim of its own: see `follow_on.rs`.)

use crate::claim::ClaimKind;
use crate::lexicon::WordClass;
use crate::Span;

use super::super::context::Context;
use super::super::raw::{Content, Origin, RawClaim};

/// Longest attribution between the two parts of a split quotation, in tokens.
const MAX_ATTRIBUTION: usize = 32;

/// `raw` with each quotation split by its cue's attribution joined into the cue's claim; the
/// claim that a second part made alone (a follow-on) goes. A second part that a cue of its own
/// reports stays apart.
pub(crate) fn join_split_quotes(ctx: &Context<'_, '_>, mut raw: Vec<RawClaim>) -> Vec<RawClaim> {
    let mut joined: Vec<Span> = Vec::new();
    for i in 0..raw.len() {
        let Some(rest) = rest_of_split(ctx, &raw[i]) else { continue };
        // (Rare: only now look for a cue of its own reporting the second part.)
        if raw.iter().any(|r| r.origin.cue().is_some() && r.content.span.overlaps(rest)) {
            continue;
        }
        let first = without_comma(ctx.doc.text(), raw[i].content.span);
        raw[i].content = Content {
            span: rest,
            lead: Some(first),
            paragraphs: Vec::new(),
            quotes: vec![first, rest],
            kind: ClaimKind::Direct,
            noun_object: false,
        };
        joined.push(rest);
    }
    if !joined.is_empty() {
        raw.retain(|r| {
            r.content.lead.is_some() || r.origin.cue().is_some() || !joined.contains(&r.content.span)
        });
    }
    raw
}

/// The inside of the quotation that goes on after the attribution of `r`, when `r` is a cue's
/// claim of a whole quotation, its attribution follows the quotation's closing mark and is set off
/// by commas (", she said,"; one inside the marks: "“This is not,”"), and the next quotation opens
/// right after it in the same sentence. The attribution holds no other cue and no conjunction
/// ("“…,” Mr. Manafort said, adding of Mr. Trump, “He cares …”"; "“…,” she said, but despite
/// the tone, “I think he will do it,” said Kunin").
fn rest_of_split(ctx: &Context<'_, '_>, r: &RawClaim) -> Option<Span> {
    if !matches!(r.origin, Origin::Cue(_)) || r.content.kind != ClaimKind::Direct || r.content.lead.is_some()
    {
        return None;
    }
    let first = ctx.quotes.covering(r.content.span.start).filter(|q| q.inner == r.content.span)?;
    let second = ctx.quotes.first_from(first.span.end)?;
    if r.pos < first.span.end
        || r.pos > second.span.start
        || ctx.doc.sentence_at(second.span.start) != r.sentence
    {
        return None;
    }
    let (after_first, before_second) =
        (ctx.doc.token_index_at(first.span.end), ctx.doc.token_index_at(second.span.start));
    let text = ctx.doc.text();
    let closed =
        first.inner.as_str(text).trim_end().ends_with([',', '—', '–']) || ctx.word(after_first) == ",";
    let set_off = before_second > after_first
        && before_second - after_first <= MAX_ATTRIBUTION
        && ctx.word(before_second - 1) == ",";
    let own_cue = r.origin.cue().and_then(|i| ctx.cues.get(i)).map(|c| c.tokens.clone());
    let plain = |t: usize| {
        own_cue.as_ref().is_some_and(|c| c.contains(&t))
            || ctx.cue(t).is_none() && ctx.lower_class(t) != Some(WordClass::Conj)
    };
    (closed && set_off && (after_first..before_second).all(plain)).then_some(second.inner)
}

/// `span` of `text` without the white space and comma at its end.
fn without_comma(text: &str, span: Span) -> Span {
    let kept = span.as_str(text).trim_end().trim_end_matches(',').trim_end();
    Span::new(span.start, span.start + kept.len())
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    /// Each claim of `text`: its parts, and its cue.
    fn claims(text: &str) -> Vec<(Vec<String>, Option<String>)> {
        let claims = Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        claims
            .into_iter()
            .map(|c| {
                let parts = c.content.parts.iter().map(|p| p.as_str(text).to_string()).collect();
                (parts, c.cue.map(|c| c.text))
            })
            .collect()
    }

    #[test]
    fn a_quotation_split_by_its_attribution_is_one_claim() {
        // "“This is not,” she said, “a decision we took lightly.”"
        let text = "“This is not,” she said, “a decision we took lightly.”";
        let got = claims(text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, ["This is not", "a decision we took lightly."]);
        assert_eq!(got[0].1.as_deref(), Some("said"));
        // Inverted, with a role, and the comma outside the marks (British style).
        let text =
            "‘We have no choice’, said Dr Amira Haddad, the trust’s medical director, ‘but to close it.’";
        assert_eq!(claims(text)[0].0, ["We have no choice", "but to close it."]);
        let extraction = Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        assert_eq!(extraction[0].content.text, "We have no choice but to close it.");
        // A speaker described at length: "“The river,” says Tom Okafor-Reyes, a fisheries
        // biologist who has studied it since the 1990s, “is basically running a fever.”"
        let text = "“The river,” says Tom Okafor-Reyes, a fisheries biologist who has studied it since \
                    the 1990s, “is basically running a fever.”";
        assert_eq!(claims(text)[0].0, ["The river", "is basically running a fever."]);
        // A role with a body's name and its initials: "said Amina Deng-Hollis, the head of the UN
        // Office for the Coordination of Humanitarian Affairs (OCHA) in eastern Chad, “…”".
        let text = "“Every day the trucks sit,” said Amina Deng-Hollis, the head of the UN Office for the \
                    Coordination of Humanitarian Affairs (OCHA) in eastern Chad, “is a day without food.”";
        assert_eq!(claims(text)[0].0, ["Every day the trucks sit", "is a day without food."]);
    }

    #[test]
    fn a_quote_going_on_in_the_next_sentence_stays_apart() {
        // "“We are ready,” he said. “The time is now.”": two sentences, two claims.
        let got = claims("“We are ready,” he said. “The time is now and we will not wait.”");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].0, ["We are ready,"]);
    }
}
