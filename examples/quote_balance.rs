//! Unbalanced quote marks in real news, and what claimex does with them.
//!
//! ```text
//! cargo run --release --example quote_balance -- ../shared/polnear-train [--verbose]
//! ```
//!
//! Reads `DIR/text/*.txt`. A document is *unbalanced* when it holds an odd number of straight `"`
//! marks, or a different number of `“` and `”` (the failure of quote-counting pipelines such as
//! textacy's). For each unbalanced document the example finds the stray marks paragraph by
//! paragraph (a closing mark with nothing open, an opening mark while a quote is open or still open
//! at the paragraph's end; `"` may close `“`, as mixed marks do in real text, and a quote that the
//! next paragraph reopens is the news convention for multi-paragraph quotes, not stray), removes
//! them, and extracts both texts.
//! It prints how many documents are unbalanced, that extraction failed (error or panic) on none,
//! and how many claims of each repaired text are found again in the original's output (same
//! content span, mapped back past the removed marks) — overall, and outside the paragraphs that
//! held a stray mark.
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimex::text::Document;
use claimex::{Claim, Extraction, Extractor, Span};

/// Byte ranges of the stray double quote marks of `text`, paragraph by paragraph: `“` opens, `”`
/// closes, `"` closes an open quote or else opens one (so `“…"` is a pair, as mixed marks are in
/// real text); a closing mark with nothing open is stray, and so is an opening mark while one is
/// open, or one still open at the paragraph's end unless the next paragraph reopens the quote.
fn stray_marks(text: &str) -> Vec<Span> {
    let doc = Document::new(text);
    let paragraphs = doc.paragraphs();
    let mut stray = Vec::new();
    for (p, para) in paragraphs.iter().enumerate() {
        let next = paragraphs.get(p + 1).map_or("", |n| n.as_str(text));
        let mut open: Option<Span> = None;
        for (i, c) in para.as_str(text).char_indices() {
            let mark = Span::new(para.start + i, para.start + i + c.len_utf8());
            match (c, open) {
                ('“', Some(earlier)) => {
                    stray.push(earlier);
                    open = Some(mark);
                }
                ('“', None) | ('"', None) => open = Some(mark),
                ('”', Some(_)) | ('"', Some(_)) => open = None,
                ('”', None) => stray.push(mark),
                _ => {}
            }
        }
        if let Some(left_open) = open {
            if !(next.starts_with('“') || next.starts_with('"')) {
                stray.push(left_open);
            }
        }
    }
    stray.sort();
    stray
}

/// `text` without the `removed` ranges (sorted, not overlapping).
fn remove(text: &str, removed: &[Span]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for r in removed {
        out.push_str(&text[last..r.start]);
        last = r.end;
    }
    out.push_str(&text[last..]);
    out
}

/// Map an offset of the repaired text back to the original. A start moves past a removed mark that
/// sits exactly at it; an end does not.
fn to_original(offset: usize, removed: &[Span], is_end: bool) -> usize {
    let mut orig = offset;
    for r in removed {
        if r.start < orig || (!is_end && r.start == orig) {
            orig += r.len();
        } else {
            break;
        }
    }
    orig
}

fn unbalanced(text: &str) -> bool {
    let straight = text.matches('"').count();
    straight % 2 == 1 || text.matches('“').count() != text.matches('”').count()
}

/// Extract, turning an error or a panic into a message; checks that every content span slices the
/// input to its text.
fn run(extractor: &Extractor, text: &str) -> Result<Extraction, String> {
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extractor.extract(text)));
    let extraction = match result {
        Ok(Ok(e)) => e,
        Ok(Err(e)) => return Err(format!("error: {e}")),
        Err(_) => return Err("panic".to_string()),
    };
    for c in &extraction.claims {
        if text.get(c.content.start..c.content.end) != Some(c.content.text.as_str()) {
            return Err(format!("bad content span {}..{}", c.content.start, c.content.end));
        }
    }
    Ok(extraction)
}

#[derive(Default)]
struct Totals {
    documents: usize,
    failures: Vec<String>,
    odd_straight: usize,
    curly_mismatch: usize,
    unbalanced: usize,
    pair_up: usize,
    repaired: usize,
    stray_marks: usize,
    original_claims: usize,
    repaired_claims: usize,
    kept: usize,
    outside_claims: usize,
    outside_kept: usize,
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose");
    let Some(dir) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: quote_balance DIR [--verbose]   (reads DIR/text/*.txt)");
        return ExitCode::FAILURE;
    };
    let text_dir = Path::new(dir).join("text");
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&text_dir) {
        Ok(rd) => rd
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect(),
        Err(e) => {
            eprintln!("quote_balance: cannot read {}: {e}", text_dir.display());
            return ExitCode::FAILURE;
        }
    };
    paths.sort();
    let extractor = Extractor::new();
    let mut t = Totals::default();
    for path in &paths {
        let name = path.file_name().map_or(String::new(), |n| n.to_string_lossy().into_owned());
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("quote_balance: cannot read {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        t.documents += 1;
        // Every document, balanced or not, must extract.
        let original = match run(&extractor, &text) {
            Ok(e) => e,
            Err(e) => {
                t.failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        if !unbalanced(&text) {
            continue;
        }
        t.unbalanced += 1;
        t.odd_straight += usize::from(text.matches('"').count() % 2 == 1);
        t.curly_mismatch += usize::from(text.matches('“').count() != text.matches('”').count());
        let stray = stray_marks(&text);
        if stray.is_empty() {
            t.pair_up += 1;
            continue;
        }
        t.repaired += 1;
        t.stray_marks += stray.len();
        let fixed_text = remove(&text, &stray);
        let fixed = match run(&extractor, &fixed_text) {
            Ok(e) => e,
            Err(e) => {
                t.failures.push(format!("{name} (repaired): {e}"));
                continue;
            }
        };
        let doc = Document::new(&text);
        let stray_paragraphs: Vec<Span> =
            doc.paragraphs().iter().copied().filter(|p| stray.iter().any(|s| p.contains(*s))).collect();
        let found = |c: &Claim| {
            let span = Span::new(
                to_original(c.content.start, &stray, false),
                to_original(c.content.end, &stray, true),
            );
            original.claims.iter().any(|o| o.content.span() == span)
        };
        let mut kept = 0;
        let (mut outside, mut outside_kept) = (0, 0);
        for c in &fixed.claims {
            let is_found = found(c);
            kept += usize::from(is_found);
            let start = to_original(c.content.start, &stray, false);
            if !stray_paragraphs.iter().any(|p| p.start <= start && start <= p.end) {
                outside += 1;
                outside_kept += usize::from(is_found);
            }
        }
        t.original_claims += original.claims.len();
        t.repaired_claims += fixed.claims.len();
        t.kept += kept;
        t.outside_claims += outside;
        t.outside_kept += outside_kept;
        if verbose {
            println!(
                "{name}: {} stray mark(s); claims {} original, {} repaired, {kept} of them found again ({outside_kept}/{outside} outside the stray marks' paragraphs)",
                stray.len(),
                original.claims.len(),
                fixed.claims.len()
            );
            for c in fixed.claims.iter().filter(|c| !found(c)) {
                println!("    not found again: {:?}", c.content.text.chars().take(100).collect::<String>());
            }
        }
    }
    println!("documents:                               {}", t.documents);
    println!("extraction failures (error or panic):    {}", t.failures.len());
    for f in &t.failures {
        println!("    {f}");
    }
    println!(
        "unbalanced double quote marks:           {} ({:.1}%): odd straight \" in {}, “ ≠ ” in {}",
        t.unbalanced,
        pct(t.unbalanced, t.documents),
        t.odd_straight,
        t.curly_mismatch
    );
    println!("  marks pair up (mixed “…\" pairs, multi-paragraph quotes): {}", t.pair_up);
    println!(
        "  with stray marks, repaired:            {} ({} stray marks removed)",
        t.repaired, t.stray_marks
    );
    println!(
        "claims in those documents:               {} original, {} repaired",
        t.original_claims, t.repaired_claims
    );
    println!(
        "repaired claims found again in original: {} of {} ({:.1}%)",
        t.kept,
        t.repaired_claims,
        pct(t.kept, t.repaired_claims)
    );
    println!(
        "  outside the stray marks' paragraphs:   {} of {} ({:.1}%)",
        t.outside_kept,
        t.outside_claims,
        pct(t.outside_kept, t.outside_claims)
    );
    if t.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
