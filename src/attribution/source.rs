//! Outlets as sources: "…, Reuters reported" credits the claims it wraps; "told Reuters", "in an
//! interview with CNN", "according to the Associated Press" credit the sentence's claims; an outlet
//! that reports alone is the source of a claim with no speaker.

use crate::entities::EntityLabel;
use crate::{Claim, Span};

use super::context::{Bounds, Context};
use super::mentions::{Mention, MentionKind};
use super::raw::{Credit, RawClaim};

/// The outlet a mention names, as the source it credits (span as written, canonical name).
pub(crate) fn outlet_credit(m: &Mention) -> Option<Credit> {
    match &m.kind {
        MentionKind::Outlet(name) => Some(Credit { span: m.span, name: name.clone() }),
        _ => None,
    }
}

/// A mention as speaker, or, when it names an outlet, as source: an outlet is never the speaker of
/// its own report.
pub(crate) fn speaker_or_source(m: Mention) -> (Option<Mention>, Option<Credit>) {
    match outlet_credit(&m) {
        Some(source) => (None, Some(source)),
        None => (Some(m), None),
    }
}

/// The claims of sentence `b` with their sources: `outlets` lists the claims an outlet reported
/// (no speaker, the outlet as source), `credit` the first such outlet. An outlet that reports a
/// claim someone else made is that claim's source, not a claim of its own; an outlet credited by
/// preposition or object credits every claim of the sentence that does not contain it.
pub(crate) fn credit_outlets(
    ctx: &Context<'_, '_>,
    mut claims: Vec<RawClaim>,
    outlets: &[usize],
    mut credit: Option<Credit>,
    b: Bounds,
) -> Vec<RawClaim> {
    // ("Though Kaine has described himself as …, the Huffington Post reported that he has moved …":
    // an outlet's report beside another claim, not around it, stays the outlet's claim.)
    // ("The council has welcomed the plan, Reuters reported": a claim that is only its verb's
    // noun-phrase object states nothing for the outlet to relay; the report stays the outlet's,
    // and credits the object claim too, which `noun_objects` keeps instead of it:
    // [`drop_reports_of_noun_objects`].)
    if !outlets.is_empty() && claims.len() > outlets.len() {
        let others = |stating: bool| -> Vec<Span> {
            (0..claims.len())
                .filter(|&i| !(outlets.contains(&i) || stating && claims[i].content.noun_object))
                .map(|i| claims[i].content.span)
                .collect()
        };
        let (all, stating) = (others(false), others(true));
        let around = |spans: &[Span], span: Span| spans.iter().any(|o| o.overlaps(span) || span.contains(*o));
        let mut wraps = false;
        let mut kept = Vec::with_capacity(claims.len());
        for (i, c) in claims.into_iter().enumerate() {
            let span = c.content.span;
            let outlet = outlets.contains(&i);
            wraps |= outlet && around(&all, span);
            if !outlet || !around(&stating, span) {
                kept.push(c);
            }
        }
        claims = kept;
        // Only a report around other claims credits them.
        if !wraps {
            credit = None;
        }
    }
    let by_preposition = credited_outlet(ctx, b);
    for credit in credit.iter().chain(&by_preposition) {
        for c in &mut claims {
            if c.source.is_none() && !c.content.span.contains(credit.span) {
                c.source = Some(credit.clone());
            }
        }
    }
    claims
}

/// With noun-phrase objects kept, an outlet's report around one ("The council has welcomed the
/// plan, Reuters reported") is that claim, credited to the outlet: the outlet's own claim of the
/// same clause (no speaker, its source the object claim's) goes.
pub(crate) fn drop_reports_of_noun_objects(claims: &mut Vec<Claim>) {
    let reported: Vec<(usize, usize, String)> = claims
        .iter()
        .filter(|c| c.noun_object)
        .filter_map(|c| c.source.as_ref().map(|s| (c.content.start, c.content.end, s.name.clone())))
        .collect();
    claims.retain(|c| {
        let wraps = |(a, b, name): &(usize, usize, String)| {
            c.content.start <= *a && *b <= c.content.end && c.source.as_ref().is_some_and(|s| &s.name == name)
        };
        c.speaker.is_some() || c.noun_object || !reported.iter().any(wraps)
    });
}

/// An outlet credited by preposition or object in sentence `b`: "told Reuters", "according to
/// the Associated Press", "in an interview with CNN", "said in a statement to AP", "appearing on
/// Fox News", "Joel Pollak of Breitbart said".
fn credited_outlet(ctx: &Context<'_, '_>, b: Bounds) -> Option<Credit> {
    let (s0, s1) = (b.start, b.end);
    let outlets = ctx.outlets();
    let first = outlets.partition_point(|o| o.tokens.start < s0);
    for o in outlets[first..].iter().take_while(|o| o.tokens.start < s1) {
        let mut p = o.tokens.start;
        if p > s0 && ctx.lower_is(p - 1, "the") {
            p -= 1;
        }
        if p == s0 {
            continue;
        }
        let before = ctx.lower(p - 1);
        let before2 = if p >= s0 + 2 { ctx.lower(p - 2) } else { "" };
        let credited = matches!(before, "told" | "tells" | "telling")
            || (before == "to" && before2 == "according")
            || (before == "with" && matches!(before2, "interview" | "conversation" | "call"))
            || (before == "to"
                && matches!(before2, "statement" | "interview" | "said" | "spoke" | "speaking"))
            || matches!(before, "on" | "by") && matches!(before2, "appearing" | "interviewed" | "aired")
            // ("Joel Pollak of Breitbart said": the person's outlet.)
            || before == "of" && p >= s0 + 2 && ctx.entity(p - 2).is_some_and(|e| e.label == EntityLabel::Person);
        if credited {
            return Some(Credit { span: o.span, name: o.name.clone() });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    fn sources(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let claims = Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        claims
            .into_iter()
            .map(|c| (c.content.text, c.speaker.map(|s| s.name), c.source.map(|s| s.name)))
            .collect()
    }

    #[test]
    fn outlet_around_a_claim_is_its_source() {
        // "…, Reuters reported" around "X said …".
        let got = sources("Mary Lee said the plan would fail, Reuters reported.");
        assert_eq!(got, [("the plan would fail".into(), Some("Mary Lee".into()), Some("Reuters".into()))]);
    }

    #[test]
    fn an_outlet_reports_a_clause_whose_verb_has_only_an_object() {
        // "Officials in Surat have ordered the closure of 14 textile units over effluent discharge,
        // the Press Trust of India reported."
        let text = "Officials in Surat have ordered the closure of 14 textile units, the Press Trust of India reported.";
        let want = "Officials in Surat have ordered the closure of 14 textile units";
        assert_eq!(sources(text), [(want.into(), None, Some("Press Trust of India".into()))]);
        let got = sources("The council has welcomed the plan, Reuters reported.");
        assert_eq!(got, [("The council has welcomed the plan".into(), None, Some("Reuters".into()))]);
        // With noun-phrase objects kept, the object claim, credited, instead of the report.
        let extractor = Extractor::builder().noun_objects(true).build().expect("builds");
        let claims =
            extractor.extract("The council has welcomed the plan, Reuters reported.").expect("extracts");
        let got: Vec<_> = claims
            .claims
            .iter()
            .map(|c| (c.content.text.as_str(), c.source.as_ref().map(|s| s.name.as_str())))
            .collect();
        assert_eq!(got, [("the plan", Some("Reuters"))]);
    }

    #[test]
    fn outlet_alone_reports_with_no_speaker() {
        let got = sources("The plan failed, Reuters reported.");
        assert_eq!(got, [("The plan failed".into(), None, Some("Reuters".into()))]);
    }

    #[test]
    fn outlet_credited_by_preposition() {
        // "told Reuters".
        let got = sources("Mary Lee told Reuters the plan would fail.");
        assert_eq!(got, [("the plan would fail".into(), Some("Mary Lee".into()), Some("Reuters".into()))]);
    }

    #[test]
    fn a_journalist_of_an_outlet_speaks_and_the_outlet_is_credited() {
        // "Joel Pollak of Breitbart said …"
        let got = sources("Joel Pollak of Breitbart said the biggest victor was the stage.");
        let want = (
            "the biggest victor was the stage".into(),
            Some("Joel Pollak".into()),
            Some("Breitbart News".into()),
        );
        assert_eq!(got, [want]);
        // "BBC Scotland reported that …": a national outlet's service for a country.
        let got = sources("BBC Scotland reported that three boards had cancelled surgery.");
        assert_eq!(got, [("three boards had cancelled surgery".into(), None, Some("BBC".into()))]);
    }
}
