//! The `remote` loading path against a small HTTP server on 127.0.0.1 that serves a
//! project-made model: download, cache, load, and a failed download as a typed error.
#![cfg(feature = "remote")]

mod bert_tiny;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};

use claimex::entities::{BertRecognizer, EntityLabel, Recognizer, RemoteModel};
use claimex::text::Document;
use claimex::Error;

/// Serve the files of `dir` over HTTP/1.1 (GET and HEAD, one request per connection) from a
/// background thread; returns the base URL and a counter of GET requests.
fn serve(dir: PathBuf) -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}/model", listener.local_addr().unwrap());
    let gets = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = gets.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request = String::new();
            if reader.read_line(&mut request).is_err() {
                continue;
            }
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let mut parts = request.split_whitespace();
            let method = parts.next().unwrap_or("");
            let path = parts.next().unwrap_or("");
            let file = path.strip_prefix("/model/").map(|name| dir.join(name));
            let body = file.and_then(|f| std::fs::read(f).ok());
            let _ = match body {
                Some(body) => {
                    if method == "GET" {
                        counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    }
                    let head = format!(
                        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nETag: \"v1-{}\"\r\nConnection: close\r\n\r\n",
                        body.len(),
                        body.len()
                    );
                    stream.write_all(head.as_bytes()).and_then(|_| {
                        if method == "GET" {
                            stream.write_all(&body)
                        } else {
                            Ok(())
                        }
                    })
                }
                None => stream
                    .write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
            };
        }
    });
    (base, gets)
}

fn tmp(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("bert-remote-{}-{name}", std::process::id()))
}

#[test]
fn downloads_caches_and_loads_a_served_model() {
    // One test function: the cache directory and CLAIMEX_BERT_URL are process-wide.
    let cache = tmp("cache");
    std::env::set_var("RUSTBERT_CACHE", &cache);
    let dir = tmp("served");
    bert_tiny::write_hand_set(&dir, &bert_tiny::Spec::tiny(), &["ngozi"], &["okonjo"]).unwrap();
    let (base, gets) = serve(dir);

    let model = RemoteModel::from_base_url(&base);
    let config = model.download().unwrap();
    assert!(config.weights.starts_with(&cache), "{} not in the cache", config.weights.display());
    let r = BertRecognizer::new(config).unwrap();
    let text = "Yesterday ngozi okonjo met the press.";
    let doc = Document::new(text);
    let entities = r.recognize(&doc, &[0]).unwrap();
    assert_eq!(entities.len(), 1);
    assert_eq!(entities[0].label, EntityLabel::Person);
    assert_eq!(entities[0].span.as_str(text), "ngozi okonjo");
    assert_eq!(gets.load(std::sync::atomic::Ordering::SeqCst), 3);

    // The environment variable route; the files come from the cache this time.
    std::env::set_var(claimex::entities::bert::BASE_URL_VAR, &base);
    assert_eq!(RemoteModel::from_env(), model);
    let r = BertRecognizer::remote().unwrap();
    assert_eq!(r.recognize(&doc, &[0]).unwrap().len(), 1);
    assert_eq!(gets.load(std::sync::atomic::Ordering::SeqCst), 3, "cached files are not fetched again");

    // A missing file is a typed error naming the URL.
    let err = RemoteModel::from_base_url(&format!("{base}/nothing-here")).download().unwrap_err();
    match &err {
        Error::ModelDownload { url, .. } => assert!(url.ends_with("/nothing-here/config.json"), "{url}"),
        other => panic!("unexpected error {other}"),
    }
    assert!(err.to_string().contains("check the network"));
}
