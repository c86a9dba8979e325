//! A directory of table-driven cases (`NAME.txt` + `NAME.json`, format in `tests/dev/README.md`), run
//! by one piece of code for the dev set and the challenge set: one line per case, every mismatch,
//! the totals (overall and per outlet kind), and a failure listing every mismatch of every case that
//! is not a known gap — and every known gap that now passes, so its marker gets removed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{check_spans, compare, fail_if_any, Expected, Tally};

const TOP_LEVEL_KEYS: &[&str] =
    &["pattern", "claims", "allow_extra", "known_gap", "note", "outlet", "decoys", "noun_objects"];

/// One case: a passage and the claims a careful reader expects from it.
pub struct Case {
    pub name: String,
    pub pattern: String,
    pub text: String,
    pub expected: Vec<Expected>,
    pub allow_extra: usize,
    pub known_gap: Option<String>,
    /// The outlet kind the passage imitates (`"outlet"`), else the file name up to its first `_`.
    pub outlet: String,
    /// Whether the case says which outlet kind it is.
    pub outlet_given: bool,
    /// Cue-looking words of the passage that report nothing (`"decoys"`), each present in the text.
    pub decoys: Vec<String>,
    /// Run with `ExtractorBuilder::noun_objects(true)` (`"noun_objects": true`): the case expects
    /// claims whose content is only the verb's object ("welcomed the decision").
    pub noun_objects: bool,
}

impl Case {
    /// A passage that must yield no claim, or fewer claims than the cue-looking words in it.
    pub fn negative(&self) -> bool {
        self.expected.is_empty() || !self.decoys.is_empty()
    }
}

fn string_list(v: Option<&Value>, key: &str) -> Result<Vec<String>, String> {
    match v {
        None => Ok(Vec::new()),
        Some(Value::Array(a)) => a
            .iter()
            .map(|x| x.as_str().map(str::to_string).ok_or_else(|| format!("{key:?} must hold strings")))
            .collect(),
        Some(other) => Err(format!("{key:?} must be an array of strings, got {other}")),
    }
}

/// Read `NAME.json` and its `NAME.txt`; every expected content must occur in the text.
pub fn load_case(json_path: &Path) -> Result<Case, String> {
    let name = json_path.file_stem().and_then(|s| s.to_str()).unwrap_or("?").to_string();
    let txt_path = json_path.with_extension("txt");
    let text = std::fs::read_to_string(&txt_path).map_err(|e| format!("{}: {e}", txt_path.display()))?;
    let raw = std::fs::read_to_string(json_path).map_err(|e| format!("{}: {e}", json_path.display()))?;
    let v: Value =
        serde_json::from_str(&raw).map_err(|e| format!("{}: bad JSON: {e}", json_path.display()))?;
    let obj = v.as_object().ok_or_else(|| format!("{name}: top level must be an object"))?;
    if let Some(k) = obj.keys().find(|k| !TOP_LEVEL_KEYS.contains(&k.as_str())) {
        return Err(format!("{name}: unknown top-level key {k:?} (known: {})", TOP_LEVEL_KEYS.join(", ")));
    }
    let text_of = |key: &str| -> Result<Option<String>, String> {
        match obj.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(format!("{name}: {key:?} must be a string, got {other}")),
        }
    };
    let pattern = text_of("pattern")?.unwrap_or_default();
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
        // (A content in parts is checked part by part.)
        let pieces = if e.parts.is_empty() { std::slice::from_ref(&e.content) } else { &e.parts[..] };
        if let Some(p) = pieces.iter().find(|p| !text.contains(p.as_str())) {
            return Err(format!("{name}: claim #{i}: content {p:?} is not in the text"));
        }
    }
    let decoys = string_list(obj.get("decoys"), "decoys").map_err(|e| format!("{name}: {e}"))?;
    if let Some(d) = decoys.iter().find(|d| !text.contains(d.as_str())) {
        return Err(format!("{name}: decoy {d:?} is not in the text"));
    }
    let allow_extra = obj.get("allow_extra").and_then(Value::as_u64).unwrap_or(0) as usize;
    let known_gap = text_of("known_gap")?;
    let noun_objects = match obj.get("noun_objects") {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(other) => return Err(format!("{name}: \"noun_objects\" must be a bool, got {other}")),
    };
    let outlet_key = text_of("outlet")?;
    let outlet_given = outlet_key.is_some();
    let outlet = outlet_key.unwrap_or_else(|| name.split('_').next().unwrap_or("").to_string());
    Ok(Case {
        name,
        pattern,
        text,
        expected,
        allow_extra,
        known_gap,
        outlet,
        outlet_given,
        decoys,
        noun_objects,
    })
}

/// The `*.json` files of `tests/<dir>/`, sorted.
fn case_paths(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(dir);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
}

/// Totals of one group of cases.
#[derive(Default)]
struct Group {
    cases: usize,
    passed: usize,
    negative: usize,
    tally: Tally,
}

impl Group {
    fn add(&mut self, case: &Case, ok: bool, tally: &Tally) {
        self.cases += 1;
        self.passed += usize::from(ok);
        self.negative += usize::from(case.negative());
        self.tally.merge(tally);
    }

    fn line(&self, label: &str) -> String {
        let t = &self.tally;
        format!(
            "{label:<16} {:>3}/{:<3} cases pass ({:>5.1}%)  claims found {:>3}/{:<3} spurious {:>2}  \
             P {:.3} R {:.3}  fully right P {:.3} R {:.3}  negative cases {}",
            self.passed,
            self.cases,
            100.0 * self.passed as f64 / self.cases.max(1) as f64,
            t.found,
            t.expected,
            t.spurious,
            t.precision(t.found),
            t.recall(t.found),
            t.precision(t.exact),
            t.recall(t.exact),
            self.negative
        )
    }
}

/// Which extractor a run uses, and so what fails it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Review {
    /// The rules alone (the default extractor): every mismatch outside a known gap fails.
    Rules,
    /// The rules and the tagger stage: the same figures are printed, but since the tagger is a
    /// learned opinion, not the specification, only broken invariants fail (a bad case file, a
    /// failed extraction, a span outside the input).
    Tagger,
}

/// Run every case of `tests/<dir>/` (`label` names the set in the output) and fail listing every
/// mismatch of a case not marked `known_gap`, and every known gap that now passes fully (with
/// [`Review::Tagger`], only the broken invariants).
pub fn run_set(dir: &str, label: &str, review: Review) {
    let paths = case_paths(dir);
    assert!(!paths.is_empty(), "no cases in tests/{dir}");
    let build = |objects: bool| {
        let builder = claimex::Extractor::builder().noun_objects(objects);
        match review {
            Review::Rules => builder.build(),
            Review::Tagger => builder.tagger(true).build(),
        }
        .expect("the extractor builds")
    };
    let (plain, with_objects) = (build(false), build(true));
    let mut all = Group::default();
    let mut by_outlet: BTreeMap<String, Group> = BTreeMap::new();
    let mut any_outlet = false;
    let mut failures: Vec<String> = Vec::new();
    let mut broken: Vec<String> = Vec::new();
    let mut gap_reports: Vec<String> = Vec::new();

    for path in &paths {
        let case = match load_case(path) {
            Ok(c) => c,
            Err(e) => {
                println!("BAD   {e}");
                broken.push(format!("bad case file: {e}"));
                continue;
            }
        };
        let extractor = if case.noun_objects { &with_objects } else { &plain };
        let claims = match extractor.extract(&case.text) {
            Ok(x) => x.claims,
            Err(e) => {
                broken.push(format!("{}: extract failed: {e}", case.name));
                continue;
            }
        };
        let mut r = compare(&case.expected, &claims, case.allow_extra, &|_| None);
        let spans = check_spans(&case.text, &claims);
        broken.extend(spans.iter().map(|m| format!("{}: {m}", case.name)));
        r.mismatches.extend(spans);
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
        all.add(&case, ok, &r.tally);
        by_outlet.entry(case.outlet.clone()).or_default().add(&case, ok, &r.tally);
        any_outlet |= case.outlet_given;
        match (ok, &case.known_gap) {
            (true, None) => {}
            (false, None) => failures.extend(r.mismatches.iter().map(|m| format!("{}: {m}", case.name))),
            (false, Some(why)) => gap_reports.push(format!("{} (known gap: {why})", case.name)),
            (true, Some(_)) => failures.push(format!(
                "{}: marked known_gap but now passes fully — remove the \"known_gap\" marker",
                case.name
            )),
        }
    }

    println!("---");
    println!(
        "{label}: {}/{} cases passed; {} known-gap case(s) still failing; {} negative case(s) (no claim, \
         or fewer claims than cue-looking words)",
        all.passed,
        paths.len(),
        gap_reports.len(),
        all.negative
    );
    println!("{}", all.tally.summary());
    if any_outlet {
        println!("per outlet kind:");
        for (outlet, g) in &by_outlet {
            println!("  {}", g.line(outlet));
        }
        println!("  {}", all.line("all"));
    }
    for g in &gap_reports {
        println!("known gap: {g}");
    }
    if review == Review::Rules {
        // A case's invalid spans are among its mismatches already, unless it is a known gap.
        let new: Vec<String> = broken.into_iter().filter(|b| !failures.contains(b)).collect();
        failures.extend(new);
        fail_if_any(label, &failures);
    } else {
        fail_if_any(label, &broken);
    }
}
