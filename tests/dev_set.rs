//! The development set: every `tests/dev/NAME.txt` with its hand-written `tests/dev/NAME.json`
//! (format in `tests/dev/README.md`). Adding a case is adding two files.
//!
//! `cargo test --test dev_set -- --nocapture` prints one line per case and the totals; the test
//! fails listing every mismatch, except in cases marked `known_gap` (still run and reported; the
//! test fails if such a case passes fully, so the marker gets removed).

mod common;

use std::path::{Path, PathBuf};

use common::{compare, Expected, Tally};
use serde_json::Value;

struct Case {
    name: String,
    pattern: String,
    text: String,
    expected: Vec<Expected>,
    allow_extra: usize,
    known_gap: Option<String>,
}

fn load_case(json_path: &Path) -> Result<Case, String> {
    let name = json_path.file_stem().and_then(|s| s.to_str()).unwrap_or("?").to_string();
    let txt_path = json_path.with_extension("txt");
    let text = std::fs::read_to_string(&txt_path).map_err(|e| format!("{}: {e}", txt_path.display()))?;
    let raw = std::fs::read_to_string(json_path).map_err(|e| format!("{}: {e}", json_path.display()))?;
    let v: Value =
        serde_json::from_str(&raw).map_err(|e| format!("{}: bad JSON: {e}", json_path.display()))?;
    let obj = v.as_object().ok_or_else(|| format!("{name}: top level must be an object"))?;
    for k in obj.keys() {
        if !["pattern", "claims", "allow_extra", "known_gap", "note"].contains(&k.as_str()) {
            return Err(format!("{name}: unknown top-level key {k:?}"));
        }
    }
    let pattern = obj.get("pattern").and_then(Value::as_str).unwrap_or("").to_string();
    let claims = obj
        .get("claims")
        .and_then(Value::as_array)
        .ok_or_else(|| format!("{name}: \"claims\" must be an array"))?;
    let expected = claims
        .iter()
        .enumerate()
        .map(|(i, c)| Expected::from_json(c).map_err(|e| format!("{name}: claim #{i}: {e}")))
        .collect::<Result<Vec<_>, _>>()?;
    for (i, e) in expected.iter().enumerate() {
        if !text.contains(&e.content) {
            return Err(format!("{name}: claim #{i}: content {:?} is not in the text", e.content));
        }
    }
    let allow_extra = obj.get("allow_extra").and_then(Value::as_u64).unwrap_or(0) as usize;
    let known_gap = obj.get("known_gap").and_then(Value::as_str).map(str::to_string);
    Ok(Case { name, pattern, text, expected, allow_extra, known_gap })
}

fn dev_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("dev")
}

#[test]
fn dev_set() {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dev_dir())
        .expect("tests/dev must exist")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no cases in tests/dev");

    let extractor = claimex::Extractor::new();
    let mut total = Tally::default();
    let (mut passed, mut gaps_failing) = (0usize, 0usize);
    let mut failures: Vec<String> = Vec::new();
    let mut gap_reports: Vec<String> = Vec::new();

    for path in &paths {
        let case = match load_case(path) {
            Ok(c) => c,
            Err(e) => {
                println!("BAD   {e}");
                failures.push(format!("bad case file: {e}"));
                continue;
            }
        };
        let claims = match extractor.extract(&case.text) {
            Ok(x) => x.claims,
            Err(e) => {
                failures.push(format!("{}: extract failed: {e}", case.name));
                continue;
            }
        };
        let mut r = compare(&case.expected, &claims, case.allow_extra, &|_| None);
        let spans = common::check_spans(&case.text, &claims);
        r.mismatches.extend(spans);
        total.merge(&r.tally);
        let ok = r.mismatches.is_empty();
        let status = match (ok, case.known_gap.is_some()) {
            (true, false) => "PASS",
            (false, false) => "FAIL",
            (false, true) => "GAP ",
            (true, true) => "GAP?",
        };
        println!(
            "{status} {:<28} found {}/{}  spurious {}  mismatches {}  — {}",
            case.name,
            r.tally.found,
            r.tally.expected,
            r.tally.spurious,
            r.mismatches.len(),
            case.pattern
        );
        for m in &r.mismatches {
            println!("       {m}");
        }
        match (ok, &case.known_gap) {
            (true, None) => passed += 1,
            (false, None) => failures.extend(r.mismatches.iter().map(|m| format!("{}: {m}", case.name))),
            (false, Some(why)) => {
                gaps_failing += 1;
                gap_reports.push(format!("{} (known gap: {why})", case.name));
            }
            (true, Some(_)) => {
                passed += 1;
                failures.push(format!(
                    "{}: marked known_gap but now passes fully — remove the \"known_gap\" marker",
                    case.name
                ));
            }
        }
    }

    println!("---");
    println!(
        "dev set: {passed}/{} cases passed; {gaps_failing} known-gap case(s) still failing",
        paths.len()
    );
    println!("{}", total.summary());
    for g in &gap_reports {
        println!("known gap: {g}");
    }
    common::fail_if_any("dev set", &failures);
}
