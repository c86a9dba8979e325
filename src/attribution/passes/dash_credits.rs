//! A quotation standing as its own paragraph, credited in the next one by a dash and a name
//! ("“I will look into it.”" ⏎ "— Hillary Clinton."): the named person or body said it.

use super::super::confidence;
use super::super::context::Context;
use super::super::mentions::right_np;
use super::super::raw::{Content, Origin, RawClaim};
use super::super::source::speaker_or_source;

/// The dash-credit claims of the document: one for each quotation paragraph without a claim whose
/// next paragraph opens with a dash and a person or organisation.
pub(crate) fn dash_credits(ctx: &Context<'_, '_>, raw: &[RawClaim]) -> Vec<RawClaim> {
    let paragraphs = ctx.doc.paragraphs();
    let mut with_claims = vec![false; paragraphs.len()];
    for r in raw {
        if let Some(w) = with_claims.get_mut(r.paragraph) {
            *w = true;
        }
    }
    (1..ctx.doc.sentences().len()).filter_map(|si| dash_credit(ctx, si, &with_claims)).collect()
}

/// The claim credited by sentence `si` when it opens its paragraph with a dash and a name.
fn dash_credit(ctx: &Context<'_, '_>, si: usize, with_claims: &[bool]) -> Option<RawClaim> {
    let s = &ctx.doc.sentences()[si];
    let (s0, s1) = (s.tokens.start, s.tokens.end);
    if !ctx.opens_paragraph(si) || s1 < s0 + 2 || !matches!(ctx.word(s0), "-" | "—" | "–" | "―") {
        return None;
    }
    let np = right_np(ctx, s0 + 1, s1)?;
    if !np.is_person_or_org() || np.tokens.start > s0 + 2 {
        return None;
    }
    // The paragraph before is one quotation, from its first character to its last.
    let before = s.paragraph.checked_sub(1).and_then(|p| ctx.doc.paragraphs().get(p))?;
    let q = ctx.quotes.opening_at(before.start).filter(|q| q.span.end == before.end)?;
    if with_claims.get(s.paragraph - 1).copied().unwrap_or(true) {
        return None;
    }
    let (speaker, source) = speaker_or_source(np);
    Some(RawClaim {
        content: Content::quotation(q),
        speaker,
        origin: Origin::DashCredit,
        source,
        sentence: ctx.doc.sentence_at(q.span.start),
        paragraph: s.paragraph - 1,
        pos: q.span.start,
        confidence: confidence::LABEL,
        particle: None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::claims;

    #[test]
    fn dash_and_name_credit_the_quote_before() {
        let got = claims("“I will look into it.”\n\n— Hillary Clinton.");
        assert_eq!(got, [(Some("Hillary Clinton".into()), "I will look into it.".into())]);
    }

    #[test]
    fn a_dash_line_after_prose_credits_nothing() {
        assert!(claims("The talks went on.\n\n— Hillary Clinton.").is_empty());
    }
}
