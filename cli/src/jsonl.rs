//! JSONL input: lines read with a bound on what is held in memory, and `{"id", "text"}` records.

use std::io::{self, BufRead};

use serde_json::Value;

/// One line of a JSONL stream.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// The line's bytes, without its `\n` or `\r\n`.
    Bytes(Vec<u8>),
    /// The line was longer than the bound: its length in bytes, which were read and dropped.
    TooLong(u64),
}

/// Read the next line of `reader`, holding at most `max` of its bytes: a longer line is consumed
/// to its end a buffer at a time and dropped, never collected. Returns the line and the number of
/// bytes consumed (newline included), or `None` at the end of the stream.
pub fn read_line(reader: &mut impl BufRead, max: usize) -> io::Result<Option<(Line, u64)>> {
    let mut line = Vec::new();
    let mut len = 0u64;
    let mut consumed = 0u64;
    loop {
        let available = match reader.fill_buf() {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            if consumed == 0 {
                return Ok(None);
            }
            break;
        }
        let newline = memchr::memchr(b'\n', available);
        let part = &available[..newline.unwrap_or(available.len())];
        len += part.len() as u64;
        if len <= max as u64 {
            line.extend_from_slice(part);
        } else if !line.is_empty() {
            line = Vec::new();
        }
        let used = newline.map_or(available.len(), |i| i + 1);
        consumed += used as u64;
        reader.consume(used);
        if newline.is_some() {
            break;
        }
    }
    if len > max as u64 {
        return Ok(Some((Line::TooLong(len), consumed)));
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(Some((Line::Bytes(line), consumed)))
}

/// Parse one JSONL line, a `{"id", "text"}` object (other fields are ignored), into its id and
/// text. The id is always a string: a string id as given, a number as written in JSON, and
/// `fallback` when it is missing or null. On failure, returns the best id known and the reason.
pub fn parse_record(line: &[u8], fallback: &str) -> Result<(String, String), (String, String)> {
    let value: Value =
        serde_json::from_slice(line).map_err(|e| (fallback.to_string(), format!("malformed JSON: {e}")))?;
    let Value::Object(mut record) = value else {
        return Err((fallback.to_string(), "not a JSON object".to_string()));
    };
    let id = match record.remove("id") {
        Some(Value::String(s)) => s,
        Some(Value::Number(n)) => n.to_string(),
        None | Some(Value::Null) => fallback.to_string(),
        Some(other) => {
            return Err((fallback.to_string(), format!("\"id\" must be a string or a number, not {other}")))
        }
    };
    match record.remove("text") {
        Some(Value::String(text)) => Ok((id, text)),
        None | Some(Value::Null) => Err((id, "no \"text\" field".to_string())),
        Some(_) => Err((id, "\"text\" is not a string".to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], max: usize, capacity: usize) -> Vec<(Line, u64)> {
        let mut reader = io::BufReader::with_capacity(capacity, input);
        std::iter::from_fn(|| read_line(&mut reader, max).unwrap()).collect()
    }

    #[test]
    fn lines_are_split_on_newlines_without_the_newline() {
        let got = lines(b"ab\r\n\ncd\nlast", 10, 3);
        let want = [
            (Line::Bytes(b"ab".to_vec()), 4),
            (Line::Bytes(Vec::new()), 1),
            (Line::Bytes(b"cd".to_vec()), 3),
            (Line::Bytes(b"last".to_vec()), 4),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn a_long_line_is_dropped_and_the_next_one_read() {
        let mut input = vec![b'x'; 100];
        input.extend_from_slice(b"\nshort\n");
        for capacity in [1, 7, 64, 4096] {
            let got = lines(&input, 10, capacity);
            assert_eq!(got, [(Line::TooLong(100), 101), (Line::Bytes(b"short".to_vec()), 6)], "{capacity}");
        }
        assert_eq!(lines(b"0123456789\n", 10, 4), [(Line::Bytes(b"0123456789".to_vec()), 11)]);
        assert_eq!(lines(b"01234567890\n", 10, 4), [(Line::TooLong(11), 12)]);
    }

    #[test]
    fn records_give_string_ids() {
        let ok = |line: &str| parse_record(line.as_bytes(), "in.jsonl:3").unwrap();
        assert_eq!(ok(r#"{"id": "a1", "text": "T"}"#), ("a1".into(), "T".into()));
        assert_eq!(ok(r#"{"id": 17, "text": "T", "url": "x"}"#), ("17".into(), "T".into()));
        assert_eq!(ok(r#"{"text": "T"}"#), ("in.jsonl:3".into(), "T".into()));
        assert_eq!(ok(r#"{"id": null, "text": ""}"#), ("in.jsonl:3".into(), String::new()));
        let err = |line: &str| parse_record(line.as_bytes(), "in.jsonl:3").unwrap_err();
        assert_eq!(err(r#"{"id": "a1"}"#).0, "a1");
        assert!(err(r#"{"id": "a1"}"#).1.contains("no \"text\""));
        assert!(err(r#"{"id": [1], "text": "T"}"#).1.contains("string or a number"));
        assert_eq!(err(r#"{"id": "a1", "text": 5}"#), ("a1".into(), "\"text\" is not a string".into()));
        assert_eq!(err(r#"["a1", "T"]"#).1, "not a JSON object");
        assert!(err(r#"{"id": "a1", "text": "#).1.contains("malformed JSON"));
    }
}
