//! Name-swap test: the sample article with every person, outlet and quoted-official name replaced
//! (`SWAPS` in `tests/common/mod.rs`) must yield the same claims as the golden test — same count,
//! kinds, stances, contents, roles and sources — with the new names. People are found by pattern,
//! not by list, so nothing may depend on the original names.

mod common;

use common::{fail_if_any, run_golden, swap_names, SAMPLE, SWAPS};

#[test]
fn name_swap_sample_claims() {
    let swapped = swap_names(SAMPLE);
    for (from, _) in SWAPS {
        assert!(!swapped.contains(from), "replacement left {from:?} in the text");
    }
    let failures = run_golden(&swapped, &swap_names);
    fail_if_any("name-swapped sample", &failures);
}

/// Both runs must agree claim by claim once names are mapped (a direct comparison of the two
/// outputs, independent of the hand-written table).
#[test]
fn name_swap_same_shape_as_original() {
    let ex = claimex::Extractor::new();
    let original = ex.extract(SAMPLE).expect("extract").claims;
    let swapped_text = swap_names(SAMPLE);
    let swapped = ex.extract(&swapped_text).expect("extract").claims;
    let mut failures = Vec::new();
    if original.len() != swapped.len() {
        failures.push(format!("claim count differs: {} vs {} after the swap", original.len(), swapped.len()));
    }
    for (i, (a, b)) in original.iter().zip(&swapped).enumerate() {
        let sa = a.speaker.as_ref().map(|s| (swap_names(&s.name), s.role.as_deref().map(swap_names), s.kind));
        let sb = b.speaker.as_ref().map(|s| (s.name.clone(), s.role.clone(), s.kind));
        let checks = [
            ("kind", format!("{:?}", a.kind), format!("{:?}", b.kind)),
            ("stance", a.stance.to_string(), b.stance.to_string()),
            ("negated", a.negated.to_string(), b.negated.to_string()),
            ("content", swap_names(&a.content.text), b.content.text.clone()),
            ("speaker", format!("{sa:?}"), format!("{sb:?}")),
            (
                "cue",
                format!("{:?}", a.cue.as_ref().map(|c| &c.text)),
                format!("{:?}", b.cue.as_ref().map(|c| &c.text)),
            ),
            (
                "source text",
                format!("{:?}", a.source.as_ref().map(|s| swap_names(&s.text))),
                format!("{:?}", b.source.as_ref().map(|s| s.text.clone())),
            ),
            ("sentence", a.sentence.to_string(), b.sentence.to_string()),
        ];
        for (field, x, y) in checks {
            if x != y {
                failures.push(format!("claim {i} {field}: original (mapped) {x} vs swapped {y}"));
            }
        }
    }
    fail_if_any("original vs name-swapped", &failures);
}
