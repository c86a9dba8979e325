//! The extractor and the claims as the native module hands them to Python.

use std::sync::{Arc, Mutex, PoisonError};

use claimex::lexicon::PlaceKind;
use claimex::{Acts, Claim, Stance};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyList;
use rayon::prelude::*;
use rayon::{ThreadPool, ThreadPoolBuilder};

use crate::convert;
use crate::errors::to_py_err;
use crate::offsets::CharOffsets;

/// The native extractor. Use `claimex.Extractor`, which wraps it.
#[pyclass(frozen, module = "claimex._claimex")]
pub struct Extractor {
    inner: claimex::Extractor,
    /// The pool of the last `extract_batch(threads=n)`, kept while `n` stays the same.
    pool: Mutex<Option<(usize, Arc<ThreadPool>)>>,
}

/// One claim: the crate's `Claim` and its document's offset table, turned into a dict on demand.
#[pyclass(frozen, module = "claimex._claimex")]
pub struct RawClaim {
    claim: Claim,
    offsets: Arc<CharOffsets>,
}

/// One document's claims with their offset table, made off the GIL.
struct Doc {
    claims: Vec<Claim>,
    offsets: Arc<CharOffsets>,
}

impl Doc {
    fn new(text: &str, extraction: claimex::Extraction) -> Doc {
        let offsets = Arc::new(CharOffsets::new(text, &extraction.claims));
        Doc { claims: extraction.claims, offsets }
    }

    fn into_list(self, py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
        let Doc { claims, offsets } = self;
        PyList::new(py, claims.into_iter().map(|claim| RawClaim { claim, offsets: Arc::clone(&offsets) }))
    }
}

#[pymethods]
impl Extractor {
    /// The extractor for the keyword options of `claimex.Extractor(...)`; a malformed entry
    /// (empty, unknown stance or place kind) raises `LexiconError` naming it.
    #[new]
    // One argument per keyword option of the Python constructor: the signature is the Python API.
    #[allow(clippy::too_many_arguments)]
    #[pyo3(signature = (*, cues=Vec::new(), outlets=Vec::new(), titles=Vec::new(), places=Vec::new(),
                        organizations=Vec::new(), acts="all", noun_objects=false,
                        max_input_bytes=None))]
    fn new(
        py: Python<'_>,
        cues: Vec<(String, String, String)>,
        outlets: Vec<(String, String)>,
        titles: Vec<String>,
        places: Vec<(String, String)>,
        organizations: Vec<String>,
        acts: &str,
        noun_objects: bool,
        max_input_bytes: Option<usize>,
    ) -> PyResult<Self> {
        let lexicon_error = |lexicon, n: usize, reason| {
            to_py_err(py, claimex::Error::Lexicon { lexicon, line: n + 1, reason })
        };
        let mut builder = claimex::Extractor::builder();
        for (n, (form, lemma, stance)) in cues.iter().enumerate() {
            let stance = stance.parse::<Stance>().map_err(|reason| lexicon_error("cues", n, reason))?;
            builder = builder.add_cue(form, lemma, stance);
        }
        for (name, form) in &outlets {
            builder = builder.add_outlet(name, form);
        }
        for title in &titles {
            builder = builder.add_title(title);
        }
        for (n, (name, kind)) in places.iter().enumerate() {
            let kind = kind.parse::<PlaceKind>().map_err(|reason| lexicon_error("places", n, reason))?;
            builder = builder.add_place(name, kind);
        }
        for organization in &organizations {
            builder = builder.add_organization(organization);
        }
        builder =
            builder.acts(acts.parse::<Acts>().map_err(PyValueError::new_err)?).noun_objects(noun_objects);
        if let Some(max) = max_input_bytes {
            builder = builder.max_input_bytes(max);
        }
        let inner = builder.build().map_err(|e| to_py_err(py, e))?;
        Ok(Extractor { inner, pool: Mutex::new(None) })
    }

    /// Largest document accepted, in UTF-8 bytes.
    #[getter]
    fn max_input_bytes(&self) -> usize {
        self.inner.max_input_bytes()
    }

    /// The claims of `text`, extracted with the GIL released.
    fn extract<'py>(&self, py: Python<'py>, text: String) -> PyResult<Bound<'py, PyList>> {
        let doc = py.detach(|| self.inner.extract(&text).map(|e| Doc::new(&text, e)));
        doc.map_err(|e| to_py_err(py, e))?.into_list(py)
    }

    /// The claims of every text in order, on the crate's rayon batch with the GIL released; a
    /// failed document's slot holds its exception object. `threads`: a pool of that many threads,
    /// else rayon's global pool.
    #[pyo3(signature = (texts, threads=None))]
    fn extract_batch<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<String>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        let pool = threads.map(|n| self.pool(n)).transpose()?;
        let docs = py.detach(|| {
            let run = || {
                texts
                    .par_iter()
                    .map(|text| self.inner.extract(text).map(|e| Doc::new(text, e)))
                    .collect::<Vec<_>>()
            };
            match &pool {
                Some(pool) => pool.install(run),
                None => run(),
            }
        });
        let slots = docs
            .into_iter()
            .map(|doc| match doc {
                Ok(doc) => doc.into_list(py).map(Bound::into_any),
                Err(e) => Ok(to_py_err(py, e).into_value(py).into_bound(py).into_any()),
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, slots)
    }

    fn __repr__(&self) -> String {
        format!("Extractor(max_input_bytes={})", self.inner.max_input_bytes())
    }
}

impl Extractor {
    /// A pool of `threads` threads: the last one made, when it has as many.
    fn pool(&self, threads: usize) -> PyResult<Arc<ThreadPool>> {
        if threads == 0 {
            return Err(PyValueError::new_err("threads must be at least 1 (or None for all cores)"));
        }
        let mut last = self.pool.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((n, pool)) = last.as_ref() {
            if *n == threads {
                return Ok(Arc::clone(pool));
            }
        }
        let pool = ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|e| PyRuntimeError::new_err(format!("cannot start {threads} threads: {e}")))?;
        let pool = Arc::new(pool);
        *last = Some((threads, Arc::clone(&pool)));
        Ok(pool)
    }
}

impl RawClaim {
    /// The claim's JSON value as given to Python: code-point offsets (`chars`) or the crate's.
    fn value(&self, chars: bool) -> PyResult<serde_json::Value> {
        let mut value = serde_json::to_value(&self.claim)
            .map_err(|e| PyRuntimeError::new_err(format!("cannot serialise a claim: {e}")))?;
        convert::for_python(&mut value, chars.then_some(&*self.offsets))?;
        Ok(value)
    }
}

#[pymethods]
impl RawClaim {
    /// The claim in the crate's JSON shape: with `chars`, spans in code points followed by
    /// `byte_start`/`byte_end`; without, the crate's byte offsets only.
    #[pyo3(signature = (chars=true))]
    fn to_dict<'py>(&self, py: Python<'py>, chars: bool) -> PyResult<Bound<'py, PyAny>> {
        convert::python(py, &self.value(chars)?)
    }
}

/// `{"schema_version": …, "claims": […]}` for one document's claims, as compact JSON: with
/// `chars`, spans in code points and `byte_start`/`byte_end`; without, the crate's own JSON,
/// written by the same serde code as its batch example (and as fast).
#[pyfunction]
#[pyo3(signature = (claims, chars=true))]
pub fn extraction_json(claims: Vec<PyRef<'_, RawClaim>>, chars: bool) -> PyResult<String> {
    let written = if chars {
        let claims = claims.iter().map(|c| c.value(true)).collect::<PyResult<Vec<_>>>()?;
        serde_json::to_string(&Extraction { schema_version: claimex::SCHEMA_VERSION, claims })
    } else {
        let claims: Vec<&Claim> = claims.iter().map(|c| &c.claim).collect();
        serde_json::to_string(&Extraction { schema_version: claimex::SCHEMA_VERSION, claims })
    };
    written.map_err(|e| PyRuntimeError::new_err(format!("cannot write JSON: {e}")))
}

/// The shape of `claimex::Extraction`, over claims as they are to be written.
#[derive(serde::Serialize)]
struct Extraction<C> {
    schema_version: u32,
    claims: Vec<C>,
}
