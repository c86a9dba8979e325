//! A claim's JSON value (the crate's serde shape) as Python objects, spans in code points.
//!
//! The rule is the JSON shape's, not a list of fields: every object with integer `start` and
//! `end` is a span into the document (the crate's invariant), so its `start` and `end` become
//! code-point offsets and its byte offsets follow as `byte_start` and `byte_end`. Everything else
//! stays as it is, in the crate's field order. A float that is exactly an `f32` (`confidence`)
//! keeps the short decimal the crate's JSON writes.

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use serde_json::{Map, Number, Value};

use crate::offsets::CharOffsets;

/// Make a claim's JSON value what Python is given, in place. With `offsets`, every span's `start`
/// and `end` become code-point offsets and its byte offsets follow as `byte_start` and `byte_end`
/// (appended: after `end`, which closes every span object of the crate's shape). Without, the
/// spans keep the crate's byte offsets. Either way a float that is exactly an `f32` gets its short
/// decimal back.
pub fn for_python(value: &mut Value, offsets: Option<&CharOffsets>) -> PyResult<()> {
    match value {
        Value::Array(items) => items.iter_mut().try_for_each(|v| for_python(v, offsets)),
        Value::Object(object) => {
            let span = (byte_offset(object, "start"), byte_offset(object, "end"));
            if let (Some(offsets), (Some(start), Some(end))) = (offsets, span) {
                object.insert("start".into(), code_point(offsets, start)?.into());
                object.insert("end".into(), code_point(offsets, end)?.into());
                object.insert("byte_start".into(), start.into());
                object.insert("byte_end".into(), end.into());
            }
            object.values_mut().try_for_each(|v| for_python(v, offsets))
        }
        Value::Number(n) if n.is_f64() => {
            if let Some(short) = n.as_f64().map(shortest_f32).and_then(Number::from_f64) {
                *n = short;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn byte_offset(object: &Map<String, Value>, key: &str) -> Option<usize> {
    object.get(key).and_then(Value::as_u64).and_then(|n| usize::try_from(n).ok())
}

/// Any JSON value as a Python object (dicts keep the JSON's key order).
pub fn python<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => number(py, n)?,
        Value::String(s) => s.into_pyobject(py)?.into_any(),
        Value::Array(items) => {
            let items = items.iter().map(|v| python(py, v)).collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any()
        }
        Value::Object(object) => {
            let dict = PyDict::new(py);
            for (key, value) in object {
                dict.set_item(key, python(py, value)?)?;
            }
            dict.into_any()
        }
    })
}

fn number<'py>(py: Python<'py>, n: &Number) -> PyResult<Bound<'py, PyAny>> {
    if let Some(u) = n.as_u64() {
        Ok(u.into_pyobject(py)?.into_any())
    } else if let Some(i) = n.as_i64() {
        Ok(i.into_pyobject(py)?.into_any())
    } else {
        Ok(n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any())
    }
}

/// A float as the crate's JSON writes it. serde_json widens an `f32` field (`confidence`) to
/// `f64`, so 0.83 would reach Python as 0.8299999833106995; a value that is exactly an `f32`
/// is given as its shortest `f32` decimal instead, 0.83, the number the crate's JSON holds.
fn shortest_f32(x: f64) -> f64 {
    let narrow = x as f32;
    if f64::from(narrow) == x {
        narrow.to_string().parse().unwrap_or(x)
    } else {
        x
    }
}

fn code_point(offsets: &CharOffsets, byte: usize) -> PyResult<usize> {
    offsets.char_of(byte).ok_or_else(|| {
        PyRuntimeError::new_err(format!(
            "claimex bindings: byte offset {byte} of a span is not in the offset table; \
             a span field of Claim is missing from span_offsets (bindings/python/src/offsets.rs)"
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f32_values_keep_their_short_decimal() {
        assert_eq!(shortest_f32(f64::from(0.83f32)), 0.83);
        assert_eq!(shortest_f32(f64::from(1.0f32)), 1.0);
        assert_eq!(shortest_f32(0.1), 0.1);
    }
}
