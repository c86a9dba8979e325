//! "Parents who opposed the change said it would make child care harder": a cue inside the
//! mention of another claim's speaker describes that speaker (who they are), and is not a claim
//! of its own; the claim is what they said.

use super::super::raw::{Origin, RawClaim};

/// The claims of `raw` whose cue does not lie inside another claim's speaker mention.
pub(crate) fn drop_speaker_descriptions(mut raw: Vec<RawClaim>) -> Vec<RawClaim> {
    // (A sentence holds a handful of claims: comparing the ones of the same sentence is cheap.)
    let described: Vec<bool> = raw
        .iter()
        .map(|r| {
            matches!(r.origin, Origin::Cue(_))
                && raw.iter().any(|other| {
                    other.sentence == r.sentence
                        && other.speaker.as_ref().is_some_and(|m| m.span.start < r.pos && r.pos < m.span.end)
                })
        })
        .collect();
    if !described.contains(&true) {
        return raw;
    }
    let mut keep = described.into_iter().map(|d| !d);
    raw.retain(|_| keep.next().unwrap_or(true));
    raw
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
