//! The hand-written tokenizer on the hot path must split exactly like `tokenizers`'
//! `BertPreTokenizer` (white space, then every punctuation character alone), byte offsets included.

use tokenizers::pre_tokenizers::bert::BertPreTokenizer;
use tokenizers::{OffsetReferential, OffsetType, PreTokenizedString, PreTokenizer};

fn reference(text: &str) -> Vec<(usize, usize)> {
    let mut pre = PreTokenizedString::from(text);
    BertPreTokenizer.pre_tokenize(&mut pre).expect("BertPreTokenizer never fails on text");
    pre.get_splits(OffsetReferential::Original, OffsetType::Byte)
        .into_iter()
        .map(|(_, (s, e), _)| (s, e))
        .collect()
}

fn ours(text: &str) -> Vec<(usize, usize)> {
    claimex::text::tokenize(text).iter().map(|t| (t.span.start, t.span.end)).collect()
}

fn texts() -> Vec<(String, String)> {
    let mut out = vec![(
        "sample".to_string(),
        std::fs::read_to_string("tests/data/idlib-summit.txt").expect("sample article in tests/data"),
    )];
    for dir in ["tests/dev", "../shared/polnear-train/text"] {
        let Ok(entries) = std::fs::read_dir(dir) else { continue };
        let mut paths: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(t) = std::fs::read_to_string(&p) {
                out.push((p.display().to_string(), t));
            }
        }
    }
    out
}

#[test]
fn agrees_with_bert_pre_tokenizer_on_real_text() {
    let texts = texts();
    assert!(!texts.is_empty());
    let mut tokens = 0;
    for (name, text) in &texts {
        let (a, b) = (ours(text), reference(text));
        if a != b {
            let i = a.iter().zip(&b).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()));
            panic!(
                "{name}: token {i} differs: ours {:?} vs tokenizers {:?}",
                a.get(i).map(|&(s, e)| &text[s..e]),
                b.get(i).map(|&(s, e)| &text[s..e])
            );
        }
        tokens += a.len();
    }
    eprintln!("{} texts, {tokens} tokens: identical", texts.len());
}

#[test]
fn agrees_on_awkward_text() {
    for text in [
        "",
        "   ",
        "U.S.-led \u{201c}talks\u{201d} \u{2014} 3.5% of e-mail\u{2019}s",
        "tab\tnew\nline\r\ncr\rnbsp\u{a0}end",
        "emoji 😀 in words: a😀b, combining e\u{301} and RTL \u{5e9}\u{5dc}\u{5d5}\u{5dd}!",
        "NUL\u{0}inside and \u{7}bell",
        "''doubled'' and ``backticks`` and «guillemets»",
    ] {
        assert_eq!(ours(text), reference(text), "{text:?}");
    }
}
