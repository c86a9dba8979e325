//! The batch API gives, slot for slot, what sequential `extract` gives.

use claimex::{Error, Extractor};

fn corpus() -> Vec<String> {
    let sample = include_str!("data/idlib-summit.txt");
    let mut docs: Vec<String> = sample.split("\n\n").map(str::to_string).collect();
    docs.push(sample.to_string());
    docs.push(String::new());
    docs.push("\"We will win,\" Smith said.".to_string());
    docs.push("Smith said it was over. \"No,\" Jones replied.".to_string());
    docs.push("\u{201C}Unclosed quote, said Brown".to_string());
    // Real news, when the shared training set is beside the checkout.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/polnear-train/text");
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        docs.extend(paths.iter().take(40).filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    docs
}

#[test]
fn batch_matches_sequential() {
    let extractor = Extractor::new();
    let docs = corpus();
    let sequential: Vec<_> = docs.iter().map(|d| extractor.extract(d).unwrap()).collect();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(3).build().unwrap();
    let batch = pool.install(|| extractor.extract_batch(&docs));
    assert_eq!(batch.len(), docs.len());
    for (i, (b, s)) in batch.into_iter().zip(&sequential).enumerate() {
        assert_eq!(&b.unwrap(), s, "document {i} differs");
    }
}

#[test]
fn par_extract_keeps_order_and_accepts_owned_and_borrowed() {
    let extractor = Extractor::new();
    let docs = corpus();
    let refs: Vec<&str> = docs.iter().map(String::as_str).collect();
    let from_refs: Vec<_> = extractor.par_extract(&refs).map(|r| r.unwrap()).collect();
    let from_owned: Vec<_> = extractor.par_extract(docs.clone()).map(|r| r.unwrap()).collect();
    assert_eq!(from_refs, from_owned);
    let sequential: Vec<_> = docs.iter().map(|d| extractor.extract(d).unwrap()).collect();
    assert_eq!(from_refs, sequential);
}

#[test]
fn too_large_document_fails_alone() {
    let extractor = Extractor::builder().max_input_bytes(100).build().unwrap();
    let big = "x ".repeat(100);
    let docs = ["\"We will win,\" Smith said.", big.as_str(), "", "It rained."];
    let results = extractor.extract_batch(&docs);
    assert_eq!(results.len(), 4);
    assert!(matches!(results[1], Err(Error::InputTooLarge { len: 200, max: 100 })));
    for i in [0, 2, 3] {
        assert_eq!(results[i].as_ref().unwrap(), &extractor.extract(docs[i]).unwrap());
    }
}

#[test]
fn empty_batch() {
    let docs: [&str; 0] = [];
    assert!(Extractor::new().extract_batch(&docs).is_empty());
}

#[test]
fn par_extract_streams_many_rounds_in_order() {
    let extractor = Extractor::new();
    let docs = corpus();
    // Several rounds of 16 documents per thread, from a lazy iterator of `&str`.
    let many: Vec<&str> = docs.iter().map(String::as_str).cycle().take(docs.len().max(40) * 5).collect();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
    let streamed: Vec<_> = pool.install(|| {
        let results = extractor.par_extract(many.iter().copied());
        assert_eq!(results.len(), many.len());
        results.map(|r| r.unwrap()).collect()
    });
    let sequential: Vec<_> = many.iter().map(|d| extractor.extract(d).unwrap()).collect();
    assert_eq!(streamed, sequential);
}
