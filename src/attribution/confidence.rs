//! How [`Claim::confidence`](crate::Claim::confidence) is made: the whole scheme, in one place.
//!
//! A claim's confidence ranks claims by how sure the pipeline is of them. It is a product of
//! factors, clamped to `[0, 1]`:
//!
//! | step | factor | value |
//! |---|---|---|
//! | start | every claim with a cue | 0.95 |
//! | speaker | a recognised name | 1.0 |
//! | | a pronoun, or a noun phrase naming a person ("the spokesman") | 0.9 |
//! | | a relative pronoun ("who") | 0.8 |
//! | | another noun phrase | 0.75 |
//! | | an outlet only, or nobody | 0.7 |
//! | cue | a finite verb of saying ("said") | 1.0 |
//! | | another finite cue ("denied") | 0.92 |
//! | | "according to" | 0.9 |
//! | | a passive ("was reported") | 0.8 |
//! | | a gerund or bare form ("saying", "would not say") | 0.75 |
//! | kind | direct | 1.0 |
//! | | mixed | 0.97 |
//! | | indirect | 0.93 |
//! | position | the content before the cue ("…, she said") | 1.0 |
//! | | the content after the cue | 0.98 |
//!
//! Claims without a cue: a "Name:" label, a dash credit ("— Hillary Clinton") or a quote after
//! "X is more blunt:" gets 0.6; a
//! quote that follows a quote of the same speaker gets 0.85 of that claim's confidence. After
//! coreference, a pronoun that found no antecedent halves it (×0.5), and a claim with neither
//! speaker nor outlet gets ×0.6.
//!
//! ```
//! let claims = claimex::Extractor::new().extract("\"We will continue,\" said Vladimir Putin.")?.claims;
//! // 0.95 (start) × 1.0 (a name) × 1.0 ("said") × 1.0 (direct) × 1.0 (content before the cue)
//! assert!((claims[0].confidence - 0.95).abs() < 1e-6);
//! let claims = claimex::Extractor::new().extract("Officials said the bridge would reopen.")?.claims;
//! // 0.95 × 0.9 (people: "officials") × 1.0 × 0.93 (indirect) × 0.98 (content after the cue)
//! assert!((claims[0].confidence - 0.95 * 0.9 * 0.93 * 0.98).abs() < 1e-6);
//! # Ok::<(), claimex::Error>(())
//! ```
//!
//! On PolNeAR (see the README) the upper half of claims by confidence is markedly more precise
//! than the lower half; `examples/evaluate/` prints both.

use crate::claim::ClaimKind;
use crate::cues::{CueForm, CueMatch};
use crate::{SpeakerKind, Stance};

use super::mentions::{Mention, MentionKind};

/// Where every claim with a cue starts.
const START: f32 = 0.95;

/// Speaker factors.
const SPEAKER_NAMED: f32 = 1.0;
const SPEAKER_PRONOUN: f32 = 0.9;
const SPEAKER_RELATIVE: f32 = 0.8;
const SPEAKER_PERSON_NOUN: f32 = 0.9;
const SPEAKER_OTHER_NOUN: f32 = 0.75;
const SPEAKER_OUTLET_OR_NONE: f32 = 0.7;

/// Cue factors.
const CUE_SAY: f32 = 1.0;
const CUE_FINITE: f32 = 0.92;
const CUE_ACCORDING_TO: f32 = 0.9;
const CUE_PASSIVE: f32 = 0.8;
const CUE_NON_FINITE: f32 = 0.75;

/// Kind factors.
const DIRECT: f32 = 1.0;
const MIXED: f32 = 0.97;
const INDIRECT: f32 = 0.93;

/// Position factors.
const CONTENT_BEFORE_CUE: f32 = 1.0;
const CONTENT_AFTER_CUE: f32 = 0.98;

/// A claim made by a "Name:" label or a dash credit, which has no cue.
pub(crate) const LABEL: f32 = 0.6;
/// A follow-on quote: this share of the confidence of the claim it follows.
const FOLLOW_ON: f32 = 0.85;
/// After coreference: a speaker mention that found no referent (a pronoun with no antecedent).
const UNRESOLVED: f32 = 0.5;
/// After coreference: a claim with neither speaker nor outlet.
const NOBODY: f32 = 0.6;

/// Confidence of a claim with a cue, before speaker resolution.
pub(crate) fn base(cue: &CueMatch, kind: ClaimKind, speaker: Option<&Mention>, trailing: bool) -> f32 {
    let speaker_factor = match speaker.map(|m| &m.kind) {
        Some(MentionKind::Entity(_)) => SPEAKER_NAMED,
        Some(MentionKind::Pronoun(_)) => SPEAKER_PRONOUN,
        Some(MentionKind::Relative(_)) => SPEAKER_RELATIVE,
        Some(MentionKind::Common { kind: SpeakerKind::Person, .. }) => SPEAKER_PERSON_NOUN,
        Some(MentionKind::Common { .. }) => SPEAKER_OTHER_NOUN,
        Some(MentionKind::Outlet(_)) | None => SPEAKER_OUTLET_OR_NONE,
    };
    let cue_factor = match (cue.form, cue.stance) {
        (CueForm::Finite, Stance::Neutral) => CUE_SAY,
        (CueForm::Finite, _) => CUE_FINITE,
        (CueForm::Preposition, _) => CUE_ACCORDING_TO,
        (CueForm::Passive, _) => CUE_PASSIVE,
        (CueForm::Gerund | CueForm::Base, _) => CUE_NON_FINITE,
    };
    let kind_factor = match kind {
        ClaimKind::Direct => DIRECT,
        ClaimKind::Mixed => MIXED,
        ClaimKind::Indirect => INDIRECT,
    };
    let position = if trailing { CONTENT_BEFORE_CUE } else { CONTENT_AFTER_CUE };
    (START * speaker_factor * cue_factor * kind_factor * position).clamp(0.0, 1.0)
}

/// Confidence of a follow-on quote after a claim of confidence `previous`.
pub(crate) fn follow_on(previous: f32) -> f32 {
    previous * FOLLOW_ON
}

/// The final confidence from the one before resolution: whether the speaker mention found no
/// referent, and whether the claim names nobody at all (neither speaker nor outlet).
pub(crate) fn resolved(before: f32, unresolved: bool, nobody: bool) -> f32 {
    let mut confidence = before;
    if unresolved {
        confidence *= UNRESOLVED;
    }
    if nobody {
        confidence *= NOBODY;
    }
    confidence.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn factors_multiply_and_clamp() {
        assert_eq!(follow_on(1.0), FOLLOW_ON);
        assert_eq!(resolved(0.8, true, false), 0.8 * UNRESOLVED);
        assert_eq!(resolved(0.8, false, true), 0.8 * NOBODY);
        assert_eq!(resolved(1.5, false, false), 1.0);
        // Every factor is at most 1, so the product never passes the start.
        for f in [SPEAKER_NAMED, CUE_SAY, DIRECT, CONTENT_BEFORE_CUE, LABEL, FOLLOW_ON] {
            assert!(f <= 1.0);
        }
    }
}
