//! A claim's JSON value (the crate's serde shape) as Python objects, spans in code points.
//!
//! The rule is the JSON shape's, not a list of fields: every object with integer `start` and
//! `end` is a span into the document (the crate's invariant), so its `start` and `end` become
//! code-point offsets and its byte offsets follow as `byte_start` and `byte_end`. Everything else
//! is copied as it is, in the crate's field order.

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use serde_json::{Map, Number, Value};

use crate::offsets::CharOffsets;

/// `object` as a Python dict, spans converted with `offsets`.
pub fn dict<'py>(
    py: Python<'py>,
    object: &Map<String, Value>,
    offsets: &CharOffsets,
) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    let span = match (object.get("start").and_then(Value::as_u64), object.get("end").and_then(Value::as_u64))
    {
        (Some(start), Some(end)) => Some((start as usize, end as usize)),
        _ => None,
    };
    for (key, value) in object {
        match (key.as_str(), span) {
            ("start", Some((start, _))) => dict.set_item(key, code_point(offsets, start)?)?,
            ("end", Some((start, end))) => {
                dict.set_item(key, code_point(offsets, end)?)?;
                dict.set_item("byte_start", start)?;
                dict.set_item("byte_end", end)?;
            }
            _ => dict.set_item(key, python(py, value, offsets)?)?,
        }
    }
    Ok(dict)
}

/// Any JSON value as a Python object.
fn python<'py>(py: Python<'py>, value: &Value, offsets: &CharOffsets) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => number(py, n)?,
        Value::String(s) => s.into_pyobject(py)?.into_any(),
        Value::Array(items) => {
            let items = items.iter().map(|v| python(py, v, offsets)).collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any()
        }
        Value::Object(object) => dict(py, object, offsets)?.into_any(),
    })
}

fn number<'py>(py: Python<'py>, n: &Number) -> PyResult<Bound<'py, PyAny>> {
    if let Some(u) = n.as_u64() {
        Ok(u.into_pyobject(py)?.into_any())
    } else if let Some(i) = n.as_i64() {
        Ok(i.into_pyobject(py)?.into_any())
    } else {
        Ok(shortest_f32(n.as_f64().unwrap_or(f64::NAN)).into_pyobject(py)?.into_any())
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
