//! "Vendra Motors will recall 32,000 vehicles, Yonhap reported. The agency said …": a definite
//! description of the press stands for the outlet named just before.

use crate::SpeakerKind;

use super::super::context::Context;
use super::super::mentions::{Mention, MentionKind, Pronoun};
use super::super::words;
use super::referent::Referent;

/// How many sentences before its own "the agency" looks back for the outlet.
const OUTLET_REACH: usize = 2;

/// "The Globe and Mail reported that … The newspaper said …": "the", at most two words ("the
/// state news agency") and a noun of the press stand for the latest outlet named in this
/// sentence or the two before, when no body among the antecedents took the description first.
pub(super) fn described_outlet(ctx: &Context<'_, '_>, m: &Mention) -> Option<Referent> {
    let (a, b) = (m.tokens.start, m.tokens.end);
    if !super::is_definite_description(m) || b > a + 4 || !ctx.lower_is(a, "the") {
        return None;
    }
    if !words::is_press_description(ctx.lower(b - 1)) || (a + 1..b).any(|t| ctx.is_cap(t)) {
        return None;
    }
    let first = super::reach_start(ctx, m, OUTLET_REACH)?;
    let outlets = ctx.outlets();
    let before = outlets.partition_point(|o| o.tokens.start < a);
    let o = outlets[..before].last().filter(|o| o.tokens.start >= first)?;
    Some(Referent { name: o.name.clone(), kind: SpeakerKind::Organization, plural: false })
}

/// "Reuters said the plant would close, though it noted that talks went on": "it" after an
/// outlet credited earlier in the same sentence stands for the outlet, when no organisation or
/// place is named between them.
pub(super) fn outlet_it(ctx: &Context<'_, '_>, m: &Mention) -> Option<Referent> {
    if !matches!(m.kind, MentionKind::Pronoun(Pronoun::It)) {
        return None;
    }
    let a = m.tokens.start;
    let first = super::reach_start(ctx, m, 0)?;
    let outlets = ctx.outlets();
    let o = outlets[..outlets.partition_point(|o| o.tokens.start < a)].last()?;
    let body = |t: usize| ctx.entity(t).is_some_and(|e| ctx.may_be_body(e));
    (o.tokens.start >= first && !(o.tokens.end..a).any(body)).then(|| Referent {
        name: o.name.clone(),
        kind: SpeakerKind::Organization,
        plural: false,
    })
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    fn speakers(text: &str) -> Vec<Option<String>> {
        let claims = Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        claims.into_iter().map(|c| c.speaker.map(|s| s.name)).collect()
    }

    #[test]
    fn the_agency_is_the_outlet_named_before() {
        // "Vendra Motors will recall 32,000 vehicles over a faulty brake sensor, Yonhap reported on
        // Thursday. The agency said the recall covered models built between 2021 and 2023."
        let text = "Vendra Motors will recall 32,000 cars, Yonhap reported. The agency said the recall covered 2021 models.";
        assert_eq!(speakers(text), [None, Some("Yonhap".to_string())]);
        let text = "The Globe and Mail reported that the plan was shelved. The newspaper said the decision was made in May.";
        assert_eq!(speakers(text), [None, Some("Globe and Mail".to_string())]);
        // (Not an outlet named three sentences before.)
        let text = "Vendra Motors will recall 32,000 cars, Yonhap reported. Shares fell. Rivals rose. Sales slowed. \
                    The agency said the recall covered 2021 models.";
        assert_eq!(speakers(text).last(), Some(&Some("The agency".to_string())));
    }

    #[test]
    fn it_after_an_outlet_in_its_sentence_is_the_outlet() {
        // "Reuters said the plant would close, though it noted that talks went on."
        let text = "Orchard Networks unveiled a router. Reuters said the setup was easy, though it noted that the app was slow.";
        assert_eq!(speakers(text), [None, Some("Reuters".to_string())]);
        // (Not past a body named between them.)
        let text = "Reuters said Orchard Networks would close the plant, though it noted that talks went on.";
        assert_ne!(speakers(text)[1], Some("Reuters".to_string()));
    }
}
