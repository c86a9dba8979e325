//! "…, the Yonhap news agency reported, citing a police official", "Bild reported, citing sources
//! close to the talks, that …", "Reuters, citing two sources, reported that …": the outlet relays
//! what the person or body it cites said. The cited one is the claim's speaker, the outlet its
//! source; "citing" makes no claim of its own.

use crate::cues::{CueForm, CueMatch};
use crate::SpeakerKind;

use super::context::{Bounds, Context};
use super::mentions::{right_np, subject_np, Mention, MentionKind};
use super::raw::{Credit, RawClaim};
use super::speaker::Frame;
use super::words;

/// The cues of one sentence (`cues`, with their `frames`, in sentence `b`) that cite a source, by
/// index in `cues`, each with whom it cites.
pub(crate) fn cited_sources(
    ctx: &Context<'_, '_>,
    cues: &[CueMatch],
    frames: &[Frame],
    b: Bounds,
) -> Vec<(usize, Mention)> {
    (cues.iter().zip(frames).enumerate())
        .filter_map(|(k, (cue, f))| cited_source(ctx, cue, f.after, b).map(|m| (k, m)))
        .collect()
}

/// The person, body or people that cue `cue` cites, when it is the participle "citing" set off by
/// a comma and its object, up to the next comma or the sentence's end, names one ("a police
/// official", "two sources", "sources close to the talks"; not "citing safety concerns").
fn cited_source(ctx: &Context<'_, '_>, cue: &CueMatch, after: usize, b: Bounds) -> Option<Mention> {
    let g = cue.group_start;
    if cue.lemma != "cite" || cue.form != CueForm::Gerund {
        return None;
    }
    // ("Citing a senior government source, the newspaper said …": opening the sentence too.)
    let opens = || g == ctx.dateline_end(b.start, g.max(b.start + 1));
    if !(g > b.start && ctx.word(g - 1) == "," || opens()) {
        return None;
    }
    // (Not the period of "Mrs.": the sentence's end, less its stop.)
    let end = (after..b.end).find(|&t| matches!(ctx.word(t), "," | ";" | ":" | "—" | "–")).unwrap_or(b.end);
    let end = ctx.trim_end_punctuation(after, end);
    // ("two sources", "sources close to …": a phrase with no article too.)
    let mut m = right_np(ctx, after, end).or_else(|| subject_np(ctx, after, end))?;
    let speaks = match &m.kind {
        MentionKind::Entity(_) | MentionKind::Outlet(_) => true,
        MentionKind::Common { kind, .. } => matches!(kind, SpeakerKind::Person | SpeakerKind::Organization),
        _ => false,
    };
    // (Not what someone did or said: "citing Mrs. Clinton's emphasis on issues like equal pay".)
    if (m.tokens.start..m.tokens.end).any(|t| ctx.possessive_s(t, m.tokens.end)) {
        return None;
    }
    let e = m.tokens.end;
    // ("sources close to the talks": the phrase goes on to its end.)
    let familiar = e < end
        && (words::is_familiarity(ctx.lower(e - 1), ctx.lower(e))
            || e + 1 < end && words::is_familiarity(ctx.lower(e), ctx.lower(e + 1)));
    // (People "familiar with" or "close to" something speak, whatever the phrase's last word.)
    if !(familiar || speaks && e == end) {
        return None;
    }
    m.tokens = m.tokens.start..end;
    m.span = ctx.span(m.tokens.start, end);
    Some(m)
}

/// Give each claim that a citing cue (`cited`: index in the sentence, whose first cue has document
/// index `first`) sits beside — made by the cue before or after it — the speaker it cites: where
/// an outlet reported it alone, or a noun of the press did ("local media reported"), which
/// becomes its source. A person or body that cites someone ("police said, citing a witness")
/// keeps the claim.
pub(crate) fn relay(
    ctx: &Context<'_, '_>,
    claims: &mut [RawClaim],
    first: usize,
    cited: Vec<(usize, Mention)>,
) {
    for (k, m) in cited {
        relay_one(ctx, claims, first + k, m);
    }
}

/// [`relay`] for the citing cue of document index `k`.
fn relay_one(ctx: &Context<'_, '_>, claims: &mut [RawClaim], k: usize, cited: Mention) {
    let beside = |c: &RawClaim| c.origin.cue().is_some_and(|i| i + 1 == k || i == k + 1);
    let Some(claim) = claims.iter_mut().find(|c| beside(c)) else { return };
    match &claim.speaker {
        None if claim.source.is_some() => claim.speaker = Some(cited),
        Some(m) if is_press(ctx, m) => {
            let span = m.span;
            claim.source = Some(Credit { span, name: span.as_str(ctx.doc.text()).to_string() });
            claim.speaker = Some(cited);
        }
        _ => {}
    }
}

/// "local media", "state television", "Iranian news agencies": a noun phrase of the press.
fn is_press(ctx: &Context<'_, '_>, m: &Mention) -> bool {
    matches!(m.kind, MentionKind::Common { .. })
        && m.tokens.end > m.tokens.start
        && words::is_press_noun(ctx.lower(m.tokens.end - 1))
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    /// (speaker name, content, source name) of every claim.
    fn claims(text: &str) -> Vec<(Option<String>, String, Option<String>)> {
        let claims = Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        claims
            .into_iter()
            .map(|c| (c.speaker.map(|s| s.name), c.content.text, c.source.map(|s| s.name)))
            .collect()
    }

    #[test]
    fn the_one_cited_speaks_and_the_outlet_is_the_source() {
        // "…, the Yonhap news agency reported, citing a police official."
        let got = claims("Two people died, the Yonhap news agency reported, citing a police official.");
        assert_eq!(
            got,
            [(Some("a police official".into()), "Two people died".into(), Some("Yonhap".into()))]
        );
        // "Bild reported, citing sources close to the talks, that …"; "Reuters, citing two
        // sources, reported that …".
        let got = claims("Bild reported, citing sources close to the talks, that a mediator was named.");
        assert_eq!(got[0].0.as_deref(), Some("sources close to the talks"));
        assert_eq!(got.len(), 1);
        let got = claims("Reuters, citing two sources, reported that the deal was off.");
        assert_eq!(got, [(Some("two sources".into()), "the deal was off".into(), Some("Reuters".into()))]);
        // "Citing a senior government source, the newspaper said …": opening the sentence.
        let got = claims("Citing a senior government source, the newspaper said the plan was dead.");
        assert_eq!(
            got,
            [(
                Some("a senior government source".into()),
                "the plan was dead".into(),
                Some("the newspaper".into())
            )]
        );
        // "local media reported": the press is the source.
        let got = claims("Two people died, local media reported, citing a police official.");
        assert_eq!(
            got,
            [(Some("a police official".into()), "Two people died".into(), Some("local media".into()))]
        );
    }

    #[test]
    fn citing_what_is_no_source() {
        // A reason ("citing safety concerns") stays the cue's claim; a person who cites keeps the
        // claim ("police said, citing a witness").
        let got = crate::attribution::context::test_support::contents_with_objects(
            "The company withdrew the drug, citing safety concerns.",
        );
        assert_eq!(got, ["safety concerns"]);
        let got = claims("Two people died, police said, citing a witness.");
        assert_eq!(got, [(Some("police".into()), "Two people died".into(), None)]);
        // "citing Mrs. Clinton's emphasis on …" is what was cited, not who.
        let got = claims("Pay matters most, said Jo Ames, citing Mrs. Clinton's emphasis on pay.");
        assert_eq!(got, [(Some("Jo Ames".into()), "Pay matters most".into(), None)]);
    }
}
