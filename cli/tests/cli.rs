//! The `claimex` binary as a user runs it: help, exit statuses, pipes, batch inputs and records.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};

use claimex::Extraction;
use serde_json::Value;

const SAMPLE: &str = include_str!("data/idlib-summit.txt");
const SAMPLE_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/idlib-summit.txt");

fn claimex() -> Command {
    Command::new(env!("CARGO_BIN_EXE_claimex"))
}

/// Start `cmd` with its three standard streams piped.
fn piped(cmd: &mut Command) -> Child {
    cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap()
}

/// Write `bytes` to the child's standard input from a thread, then close it.
fn feed(child: &mut Child, bytes: &[u8]) -> std::thread::JoinHandle<()> {
    let mut input = child.stdin.take().unwrap();
    let bytes = bytes.to_vec();
    std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    })
}

/// Run with `stdin` fed in and everything collected.
fn run(cmd: &mut Command, stdin: &[u8]) -> Output {
    let mut child = piped(cmd);
    let feeder = feed(&mut child, stdin);
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// A directory under the system's temporary directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("claimex-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn help_exits_zero_for_every_command() {
    for args in [&["--help"][..], &["extract", "--help"], &["batch", "--help"], &["html", "--help"], &["-V"]]
    {
        let out = run(claimex().args(args), b"");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("claimex"), "{args:?}: {text}");
    }
    let help = run(claimex().args(["batch", "--help"]), b"");
    assert!(String::from_utf8_lossy(&help.stdout).contains("--keep-going"));
}

#[test]
fn usage_errors_exit_two() {
    for args in
        [&["extract", "--no-such-option"][..], &["extract", SAMPLE_PATH, SAMPLE_PATH], &["batch"], &[]]
    {
        let out = run(claimex().args(args), b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    let twice = run(claimex().args(["batch", "-", "-"]), b"");
    assert_eq!(twice.status.code(), Some(2));
}

#[test]
fn extract_reads_a_file_or_standard_input() {
    let from_file = run(claimex().args(["extract", SAMPLE_PATH]), b"");
    let from_dash = run(claimex().args(["extract", "-"]), SAMPLE.as_bytes());
    let from_nothing = run(claimex().arg("extract"), SAMPLE.as_bytes());
    assert_eq!(from_file.status.code(), Some(0));
    let want = claimex::Extractor::new().extract(SAMPLE).unwrap();
    for out in [&from_file, &from_dash, &from_nothing] {
        assert_eq!(serde_json::from_slice::<Extraction>(&out.stdout).unwrap(), want);
        assert_eq!(out.stdout.iter().filter(|&&b| b == b'\n').count(), 1, "one line");
        assert!(out.stderr.is_empty());
    }
    let pretty = run(claimex().args(["extract", "--pretty", SAMPLE_PATH]), b"");
    assert_eq!(serde_json::from_slice::<Extraction>(&pretty.stdout).unwrap(), want);
    assert!(pretty.stdout.starts_with(b"{\n  \"schema_version\""));
}

#[test]
fn speech_only_leaves_out_attitudes_in_every_command() {
    let text = "Mayor Ada Stone believes the bridge will open in May. Her deputy said the work was late.\n";
    let acts = |out: &Output| -> Vec<String> {
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["claims"].as_array().unwrap().iter().map(|c| c["act"].as_str().unwrap().to_string()).collect()
    };
    let all = run(claimex().args(["extract", "-"]), text.as_bytes());
    assert_eq!(acts(&all), ["attitude", "speech"]);
    let speech = run(claimex().args(["extract", "--speech-only", "-"]), text.as_bytes());
    assert_eq!(acts(&speech), ["speech"]);
    let line = serde_json::json!({ "id": "a", "text": text }).to_string();
    let batch = run(claimex().args(["batch", "--speech-only", "-"]), line.as_bytes());
    assert_eq!(lines(&batch)[0]["claims"].as_array().map(Vec::len), Some(1));
    let page = |args: &[&str]| {
        String::from_utf8_lossy(&run(claimex().args(args), text.as_bytes()).stdout).into_owned()
    };
    assert!(page(&["html", "-"]).contains("<td>attitude</td>"));
    let speech_page = page(&["html", "--speech-only", "-"]);
    assert!(speech_page.contains("<td>speech</td>") && !speech_page.contains("attitude"));
}

#[test]
fn statements_only_leaves_out_appeals_and_attitudes() {
    let text = "Mayor Ada Stone believes the bridge will open in May. Her deputy said the work was late. \
                Residents urged the council to hurry.\n";
    let cues = |args: &[&str]| -> Vec<String> {
        let v: Value = serde_json::from_slice(&run(claimex().args(args), text.as_bytes()).stdout).unwrap();
        v["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["cue"]["lemma"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(cues(&["extract", "-"]), ["believe", "say", "urge"]);
    assert_eq!(cues(&["extract", "--speech-only", "-"]), ["say", "urge"]);
    assert_eq!(cues(&["extract", "--statements-only", "-"]), ["say"]);
    let both = claimex().args(["extract", "--speech-only", "--statements-only", "-"]).output().unwrap();
    assert!(!both.status.success());
}

#[test]
fn char_offsets_count_unicode_scalar_values() {
    let out = run(claimex().args(["extract", "--offsets", "chars", SAMPLE_PATH]), b"");
    let claims = &lines(&out)[0]["claims"];
    let chars: Vec<char> = SAMPLE.chars().collect();
    let slice = |v: &Value| -> String {
        let (s, e) = (v["start"].as_u64().unwrap() as usize, v["end"].as_u64().unwrap() as usize);
        chars[s..e].iter().collect()
    };
    let mut multibyte_before = 0;
    for claim in claims.as_array().unwrap() {
        assert_eq!(slice(&claim["content"]), claim["content"]["text"].as_str().unwrap());
        if !claim["cue"].is_null() {
            assert_eq!(slice(&claim["cue"]), claim["cue"]["text"].as_str().unwrap());
        }
        let start = claim["content"]["start"].as_u64().unwrap() as usize;
        multibyte_before += usize::from(chars[..start].iter().any(|c| c.len_utf8() > 1));
    }
    assert!(multibyte_before > 0, "the sample has curly quotes before some claims");
}

#[test]
fn input_errors_exit_three_and_oversized_documents_one() {
    let missing = run(claimex().args(["extract", "/no/such/file.txt"]), b"");
    assert_eq!(missing.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/no/such/file.txt"));
    let batch_missing = run(claimex().args(["batch", "/no/such/dir"]), b"");
    assert_eq!(batch_missing.status.code(), Some(3));
    let too_big = run(claimex().args(["extract", "--max-bytes", "100", SAMPLE_PATH]), b"");
    assert_eq!(too_big.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&too_big.stderr).contains("over the limit of 100 bytes"));
    assert!(too_big.stdout.is_empty());
}

/// Start `args` with standard output read by us; read `keep` bytes (0: none), then close the
/// pipe as `head` does. The command must end with status 0 and say nothing.
fn closes_quietly(args: &[&str], stdin: &[u8], keep: usize) {
    let mut child = piped(claimex().args(args));
    let feeder = feed(&mut child, stdin);
    let mut stdout = child.stdout.take().unwrap();
    let mut first = vec![0; keep];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    let status = child.wait().unwrap();
    feeder.join().unwrap();
    assert_eq!(status.code(), Some(0), "{args:?}: {stderr}");
    assert_eq!(stderr, "", "{args:?}");
}

#[test]
fn a_closed_pipe_ends_quietly_with_status_zero() {
    let big = SAMPLE.repeat(200); // about 600 KB of JSON, more than a pipe holds
    closes_quietly(&["extract", "--pretty"], big.as_bytes(), 0);
    closes_quietly(&["extract", "--pretty"], big.as_bytes(), 100);
    let record = serde_json::json!({"id": "s", "text": SAMPLE}).to_string() + "\n";
    closes_quietly(&["batch", "-"], record.repeat(300).as_bytes(), 100);
}

#[test]
fn batch_writes_an_error_record_for_a_bad_document_and_exits_one() {
    let dir = TempDir::new("bad-document");
    dir.write("a.txt", SAMPLE.as_bytes());
    dir.write("b.txt", b"Smith said it was \xFF over.");
    dir.write("c.txt", b"\"We will win,\" Jones said.");
    let root = dir.0.to_str().unwrap();
    let id = |name: &str| format!("{root}/{name}");

    let out = run(claimex().args(["batch", "--keep-going", root]), b"");
    assert_eq!(out.status.code(), Some(1));
    let got = lines(&out);
    assert_eq!(got.len(), 3);
    assert_eq!(got[0]["id"], id("a.txt"));
    let claims: Vec<claimex::Claim> = serde_json::from_value(got[0]["claims"].clone()).unwrap();
    assert_eq!(claims, claimex::Extractor::new().extract(SAMPLE).unwrap().claims);
    assert_eq!(
        got[1],
        serde_json::json!({"id": id("b.txt"), "error": "not UTF-8 (invalid byte sequence at byte 18)"})
    );
    assert_eq!(got[2]["id"], id("c.txt"));
    assert_eq!(got[2]["claims"].as_array().unwrap().len(), 1);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("3 documents, 1 failed"), "{stderr}");

    // Without --keep-going: the error record, then nothing more.
    let stop = run(claimex().args(["batch", root]), b"");
    assert_eq!(stop.status.code(), Some(1));
    let ids: Vec<Value> = lines(&stop).iter().map(|l| l["id"].clone()).collect();
    assert_eq!(ids, [id("a.txt"), id("b.txt")]);
    assert!(String::from_utf8_lossy(&stop.stderr).contains("--keep-going"));
}

#[test]
fn batch_walks_directories_and_keeps_ids_strings() {
    let dir = TempDir::new("walk");
    dir.write("top.txt", b"Smith said it was over.");
    dir.write("sub/deeper/UPPER.TXT", b"Jones said it was not.");
    dir.write("sub/notes.md", b"Brown said nothing here counts.");
    let jsonl = dir.write(
        "more/in.JSONL",
        b"{\"id\": 17, \"text\": \"Smith said it was over.\"}\n\n{\"text\": \"Jones said no.\"}\n{\"id\": \"x\", \"text\": \"Brown said yes.\", \"url\": \"u\"}\n",
    );
    let root = dir.0.to_str().unwrap();
    let out = run(
        claimex().args(["batch", root, jsonl.to_str().unwrap(), "-", "-o", "-"]),
        b"{\"text\": \"Lee said so.\"}\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let ids: Vec<String> =
        lines(&out).iter().map(|l| l["id"].as_str().expect("a string id").to_string()).collect();
    let jsonl_id = jsonl.to_str().unwrap();
    assert_eq!(
        ids,
        [
            format!("{root}/sub/deeper/UPPER.TXT"),
            format!("{root}/top.txt"),
            "17".to_string(),
            format!("{jsonl_id}:3"),
            "x".to_string(),
            "-:1".to_string(),
        ]
    );
    assert!(lines(&out).iter().all(|l| l["claims"].as_array().is_some_and(|c| c.len() == 1)));
}

#[test]
fn batch_output_file_and_no_progress_bar_when_piped() {
    let dir = TempDir::new("output");
    dir.write("in/a.txt", SAMPLE.as_bytes());
    let out_path = dir.0.join("out.jsonl");
    let out = run(
        claimex().args(["batch", "--threads", "2", dir.0.join("in").to_str().unwrap(), "-o"]).arg(&out_path),
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&out_path).unwrap();
    assert_eq!(written.lines().count(), 1);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "only the summary: {stderr:?}");
    assert!(stderr.starts_with("claimex batch: 1 documents, 0 failed, 14 claims"), "{stderr}");
    assert!(!stderr.contains('\r') && !stderr.contains('\u{1b}'), "no terminal drawing: {stderr:?}");
}

#[test]
fn html_writes_one_self_contained_page() {
    let dir = TempDir::new("html");
    let page = dir.0.join("page.html");
    let out = run(claimex().args(["html", SAMPLE_PATH, "-o"]).arg(&page), b"");
    assert_eq!(out.status.code(), Some(0));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<title>claimex: idlib-summit.txt</title>"));
    let claims = claimex::Extractor::new().extract(SAMPLE).unwrap().claims;
    assert_eq!(html.matches("<tr class=\"claim-row\"").count(), claims.len());
    let from_stdin = run(claimex().args(["html", "-", "--title", "idlib-summit.txt"]), SAMPLE.as_bytes());
    assert_eq!(from_stdin.stdout, html.as_bytes());
}

/// Wait for `child` with `wait4`, which also reports its peak resident memory.
#[cfg(target_os = "linux")]
fn wait_with_peak_rss(child: Child) -> (Option<i32>, u64) {
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: `rusage` is plain data; wait4 fills it and `status` for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid);
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    (code, usage.ru_maxrss as u64 * 1024) // ru_maxrss is in KiB on Linux
}

#[test]
#[cfg(target_os = "linux")]
fn an_oversized_jsonl_line_is_rejected_without_holding_it() {
    const LIMIT: u64 = 1_000_000;
    const LINE: usize = 100_000_000;
    let mut child = piped(claimex().args(["batch", "--keep-going", "--max-bytes", &LIMIT.to_string(), "-"]));
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        stdin.write_all(b"{\"id\": \"huge\", \"text\": \"").unwrap();
        let block = "word said ".repeat(100_000); // 1 MB
        for _ in 0..LINE / block.len() {
            stdin.write_all(block.as_bytes()).unwrap();
        }
        stdin.write_all(b"\"}\n{\"id\": \"after\", \"text\": \"Smith said it was over.\"}\n").unwrap();
    });
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        stdout.read_to_string(&mut s).unwrap();
        s
    });
    let mut stderr = child.stderr.take().unwrap();
    let (code, peak) = wait_with_peak_rss(child);
    feeder.join().unwrap();
    let out = reader.join().unwrap();
    let mut err = String::new();
    stderr.read_to_string(&mut err).unwrap();

    let bound = LIMIT + (64 << 20);
    eprintln!(
        "peak resident memory {:.1} MB for a {} MB line (bound {:.1} MB)",
        peak as f64 / 1e6,
        LINE / 1_000_000,
        bound as f64 / 1e6
    );
    assert!(peak < bound, "peak RSS {peak} bytes, over {bound}");
    assert_eq!(code, Some(1), "{err}");
    let records: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["id"], "-:1", "the id of an unread line is its place");
    assert!(records[0]["error"].as_str().unwrap().contains("not read"), "{}", records[0]);
    assert_eq!(records[1]["id"], "after");
    assert_eq!(records[1]["claims"].as_array().unwrap().len(), 1);
}

#[test]
fn document_ids_of_files_named_directly_are_their_paths() {
    let dir = TempDir::new("direct");
    let a = dir.write("a.text", b"Smith said it was over.");
    let out = run(claimex().args(["batch"]).arg(&a), b"");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(lines(&out)[0]["id"], a.to_str().unwrap());
}
