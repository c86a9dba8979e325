//! Cue-less quotes that follow a quote of a known speaker in the same paragraph: "“We will win,”
//! she said. “Nothing can stop us now.”" — the second quote is hers too. Also a quotation that is
//! the whole sentence right after a reported claim: "Milo Pryce said the goal was his fault. “I
//! should have held it.”".

use crate::quotes::Quote;
use crate::text::TokenKind;
use crate::Span;

use super::super::confidence;
use super::super::context::Context;
use super::super::mentions::Mention;
use super::super::raw::{Content, Origin, RawClaim};

/// The follow-on claims for the quotes no claim of `raw` (sorted by position) overlaps: a quote of
/// four words or more, or a whole sentence, after the latest claim with quotes, in that claim's
/// paragraph, speaks for that claim's speaker; so does a whole-sentence quotation in the sentence
/// right after a claim without quotes.
pub(crate) fn follow_on_quotes(ctx: &Context<'_, '_>, raw: &[RawClaim]) -> Vec<RawClaim> {
    let overlaps_claim = overlap_index(raw);
    let text = ctx.doc.text();
    let mut extra = Vec::new();
    let mut r = 0usize;
    // Index into `raw` of the latest claim with quotes, and of the latest claim.
    let (mut last_quoted, mut last): (Option<usize>, Option<usize>) = (None, None);
    for q in ctx.quotes.all() {
        while r < raw.len() && raw[r].content.span.start <= q.span.start {
            if !raw[r].content.quotes.is_empty() {
                last_quoted = Some(r);
            }
            last = Some(r);
            r += 1;
        }
        if overlaps_claim(q.inner) {
            continue;
        }
        let sentence = ctx.doc.sentence_at(q.span.start);
        // Short quotes are scare quotes, unless they make up a sentence of their own (“One is money.”).
        let ends = q.inner.as_str(text).trim_end().ends_with(['.', '!', '?']);
        let whole_sentence = ends && ctx.doc.sentences()[sentence].span.start == q.span.start;
        // (Nor the end of a quote split by its attribution: "“…,” Cole said, “and we will.”")
        let q0 = ctx.doc.token_index_at(q.span.start);
        let after_comma = q0 > 1 && ctx.word(q0 - 1) == "," && ctx.kind(q0 - 2) == TokenKind::Word;
        if glosses_a_quote(ctx, q0) {
            continue;
        }
        let lower = q.inner.as_str(text).starts_with(char::is_lowercase);
        // ("Milo Pryce said the goal was his fault. “I should have held it.”": a sentence with a
        // quoted claim of its own hands on that claim's speaker.)
        let quoted_sentence = last_quoted.map(|i| raw[i].sentence);
        let reported = last.map(|i| &raw[i]).filter(|p| {
            whole_sentence
                && p.sentence + 1 == sentence
                && matches!(p.origin, Origin::Cue(_))
                && quoted_sentence.is_none_or(|s| s < p.sentence)
        });
        let Some(prev) = reported.or_else(|| last_quoted.map(|i| &raw[i])) else { continue };
        let split_end = ends && after_comma && lower && prev.sentence == sentence;
        if q.fewer_words_than(text, 4) && !whole_sentence && !split_end {
            continue;
        }
        if prev.paragraph != ctx.doc.sentences()[sentence].paragraph || prev.speaker.is_none() {
            continue;
        }
        extra.push(follow_on_claim(q, prev, sentence, prev.paragraph));
    }
    extra
}

/// "“Ayaw na naming makarinig ng puro pangako,” Villarica said in Filipino, meaning “We no longer
/// want to hear only promises.”": a quote after "meaning", "which means" or "translated as"
/// (token `q0` opens it) renders the quote before it, and is no claim of its own.
fn glosses_a_quote(ctx: &Context<'_, '_>, q0: usize) -> bool {
    let Some(t) = q0.checked_sub(1) else { return false };
    match ctx.lower(t) {
        "meaning" | "means" => true,
        "as" => t > 0 && matches!(ctx.lower(t - 1), "translated" | "translates" | "translation"),
        _ => false,
    }
}

/// The claim of quote `q` (in `sentence` and `paragraph`) that goes on quoting `prev`'s speaker.
pub(super) fn follow_on_claim(q: &Quote, prev: &RawClaim, sentence: usize, paragraph: usize) -> RawClaim {
    cueless_claim(q, prev.speaker.clone(), prev.confidence, sentence, paragraph)
}

/// The claim of quote `q` with no cue of its own, credited to `speaker` by a claim or a sentence
/// before it whose confidence was `before`.
pub(super) fn cueless_claim(
    q: &Quote,
    speaker: Option<Mention>,
    before: f32,
    sentence: usize,
    paragraph: usize,
) -> RawClaim {
    RawClaim {
        content: Content::quotation(q),
        speaker,
        origin: Origin::FollowOn,
        source: None,
        sentence,
        paragraph,
        pos: q.span.start,
        confidence: confidence::follow_on(before),
        particle: None,
    }
}

/// "Does any claim of `raw` overlap this span?" as a binary search: contents by start, with the
/// running maximum end.
pub(super) fn overlap_index(raw: &[RawClaim]) -> impl Fn(Span) -> bool {
    let mut contents: Vec<(usize, usize)> =
        raw.iter().map(|c| (c.content.span.start, c.content.span.end)).collect();
    contents.sort_unstable();
    let max_end: Vec<usize> = contents
        .iter()
        .scan(0, |m, &(_, e)| {
            *m = e.max(*m);
            Some(*m)
        })
        .collect();
    move |s: Span| {
        let k = contents.partition_point(|&(start, _)| start < s.end);
        k > 0 && max_end[k - 1] > s.start
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::claims;

    #[test]
    fn next_quote_of_the_same_speaker() {
        let got = claims("“We will win,” Mary Lee said. “Nothing can stop us now.”");
        assert_eq!(got.len(), 2);
        assert_eq!(got[1], (Some("Mary Lee".into()), "Nothing can stop us now.".into()));
    }

    #[test]
    fn a_quotation_after_a_reported_claim() {
        // "Milo Pryce said the goal was his fault. “I should have held it.”"
        let got = claims("Milo Pryce said the goal was his fault. “I should have held it.”");
        assert_eq!(got[1], (Some("Milo Pryce".into()), "I should have held it.".into()));
        // (Not two sentences on, nor a quote inside prose.)
        assert_eq!(
            claims("Milo Pryce said the goal was his fault. It rained. “I should have held it.”").len(),
            1
        );
    }

    #[test]
    fn the_short_end_of_a_split_quote() {
        // Found here, and joined to its start by `split_quotes.rs`.
        let got = claims("“We have to do better,” Cole said, “and we will.”");
        assert_eq!(got, [(Some("Cole".into()), "We have to do better and we will.".into())]);
    }

    #[test]
    fn scare_quotes_and_other_paragraphs_are_not_claims() {
        // A short quote inside prose is a scare quote.
        assert_eq!(claims("“We will win,” Mary Lee said. The plan is “a dream” to some.").len(), 1);
        // A quote inside the next paragraph's prose has no speaker from this one (a paragraph that
        // is only a quotation is `floating.rs`'s).
        let next = "“We will win,” Mary Lee said.\n\nThe crowd cheered. “Nothing can stop us now.”";
        assert_eq!(claims(next).len(), 1);
    }

    #[test]
    fn a_translation_after_a_quote_is_no_claim() {
        // "“Ayaw na naming makarinig ng puro pangako,” Villarica said in Filipino, meaning “We no
        // longer want to hear only promises.”"
        let text = "“Ayaw na naming makarinig ng puro pangako,” Ramon Villarica said in Filipino, \
                    meaning “We no longer want to hear only promises.”";
        assert_eq!(
            claims(text),
            [(Some("Ramon Villarica".into()), "Ayaw na naming makarinig ng puro pangako,".into())]
        );
        let text = "“Basta,” Ana Cruz said, roughly translated as “That is enough, and we will not wait.”";
        assert_eq!(claims(text).len(), 1);
    }
}
