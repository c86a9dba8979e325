//! "Parents who opposed the change said it would make child care harder": a cue inside the
//! mention of another claim's speaker describes that speaker (who they are), and is not a claim
//! of its own; the claim is what they said.

use super::super::raw::{Origin, RawClaim};

/// The claims of `raw` (in sentence order) whose cue does not lie inside another claim's speaker
/// mention in the same sentence.
pub(crate) fn drop_speaker_descriptions(raw: Vec<RawClaim>) -> Vec<RawClaim> {
    // (Only the claims of one sentence are compared: a sentence holds a handful.)
    let described: Vec<bool> = raw
        .chunk_by(|a, b| a.sentence == b.sentence)
        .flat_map(|sentence| sentence.iter().map(|r| describes(r, sentence)))
        .collect();
    if !described.contains(&true) {
        return raw;
    }
    raw.into_iter().zip(described).filter(|(_, d)| !d).map(|(r, _)| r).collect()
}

/// Whether the cue of `r` lies inside the speaker mention of one of `sentence`'s claims.
fn describes(r: &RawClaim, sentence: &[RawClaim]) -> bool {
    matches!(r.origin, Origin::Cue(_))
        && sentence
            .iter()
            .any(|other| other.speaker.as_ref().is_some_and(|m| m.span.start < r.pos && r.pos < m.span.end))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::claims;

    #[test]
    fn a_relative_clause_describes_the_speaker() {
        let got = claims("Parents who opposed the change said it would make child care harder to arrange.");
        assert_eq!(
            got,
            vec![(
                Some("Parents who opposed the change".into()),
                "it would make child care harder to arrange".into()
            )]
        );
    }
}
