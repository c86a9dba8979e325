//! One `Extractor` shared by several threads at once gives the same results as one thread.

#[path = "support/invariants.rs"]
mod invariants;

use std::sync::Arc;

use claimex::{Extraction, Extractor};

const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Extractor>();
    assert_send_sync::<Extraction>();
    assert_send_sync::<claimex::Error>();
};

fn documents() -> Vec<String> {
    let sample = include_str!("data/idlib-summit.txt");
    let mut docs = vec![
        sample.to_string(),
        sample.replace('\n', "\r\n"),
        sample.to_uppercase(),
        "\"We will win,\" Smith said. Jones denied that the talks had failed, Reuters reported.".to_string(),
        "Officials denied that the talks had failed, Reuters reported.".to_string(),
        String::new(),
        "“".repeat(1000),
    ];
    // Each paragraph of the sample as a document of its own.
    docs.extend(sample.split("\n\n").map(str::to_string));
    // The dev set, where present.
    if let Ok(dir) = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/dev")) {
        let mut paths: Vec<_> = dir.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        docs.extend(
            paths
                .iter()
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .filter_map(|p| std::fs::read_to_string(p).ok()),
        );
    }
    docs
}

fn single_threaded(extractor: &Extractor, docs: &[String]) -> Vec<Extraction> {
    docs.iter().map(|d| extractor.extract(d).unwrap()).collect()
}

#[test]
fn four_threads_sharing_one_extractor_by_reference() {
    let extractor = Extractor::new();
    let docs = documents();
    let expected = single_threaded(&extractor, &docs);
    assert!(expected.iter().any(|e| !e.claims.is_empty()));
    let results: Vec<Vec<Extraction>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|t| {
                let (extractor, docs) = (&extractor, &docs);
                // Each thread walks the documents from a different starting point, several times,
                // so that the threads run different documents at the same moment.
                s.spawn(move || {
                    let mut out = vec![None; docs.len()];
                    for round in 0..3 {
                        for k in 0..docs.len() {
                            let i = (k + t * docs.len() / 4 + round) % docs.len();
                            let e = extractor.extract(&docs[i]).unwrap();
                            invariants::check_extraction(&docs[i], &e);
                            out[i] = Some(e);
                        }
                    }
                    out.into_iter().map(Option::unwrap).collect()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (t, got) in results.iter().enumerate() {
        assert_eq!(got, &expected, "thread {t} differs from the single-threaded results");
    }
}

#[test]
fn four_threads_sharing_one_extractor_through_an_arc() {
    let extractor =
        Arc::new(Extractor::builder().add_cue("slammed", "slam", claimex::Stance::Accuse).build().unwrap());
    let docs = Arc::new(documents());
    let expected = single_threaded(&extractor, &docs);
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let (extractor, docs) = (Arc::clone(&extractor), Arc::clone(&docs));
            std::thread::spawn(move || {
                docs.iter()
                    .enumerate()
                    .rev()
                    .skip(t)
                    .map(|(i, d)| (i, extractor.extract(d).unwrap()))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    for h in handles {
        for (i, e) in h.join().unwrap() {
            assert_eq!(e, expected[i], "document {i}");
        }
    }
}

#[test]
fn clones_share_nothing_mutable() {
    let extractor = Extractor::new();
    let clone = extractor.clone();
    let docs = documents();
    let a = std::thread::scope(|s| s.spawn(|| single_threaded(&clone, &docs)).join().unwrap());
    assert_eq!(a, single_threaded(&extractor, &docs));
}
