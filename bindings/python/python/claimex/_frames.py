"""Claims out of Python: the crate's JSON (``to_json``) and a pandas table (``to_pandas``)."""

from __future__ import annotations

import json
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from . import _claimex
from ._records import Claim, FieldShape, Offsets, _to_bytes, shape


def to_json(claims: Iterable[Claim], *, offsets: Offsets = "chars", indent: Optional[int] = None) -> str:
    """One document's claims as the crate's JSON: ``{"schema_version": 1, "claims": [...]}``.

    ``offsets="bytes"`` gives exactly what the Rust crate writes (UTF-8 byte offsets, compact,
    the same text as a line of ``examples/batch`` without its ``id``); ``"chars"`` (default) gives
    code-point ``start``/``end`` with ``byte_start``/``byte_end`` beside. ``indent``: pretty-print.
    """
    claims = list(claims)
    raws = [c._raw for c in claims]
    if indent is None and all(raw is not None for raw in raws):
        return _claimex.extraction_json(raws, not _to_bytes(offsets))  # written in Rust: fast
    body = {"schema_version": _claimex.SCHEMA_VERSION, "claims": [c.to_dict(offsets) for c in claims]}
    separators = (",", ": ") if indent is not None else (",", ":")
    return json.dumps(body, ensure_ascii=False, indent=indent, separators=separators)


def to_pandas(
    claims_per_doc: Iterable[Union[List[Claim], BaseException]], ids: Optional[Sequence[Any]] = None
) -> Any:
    """A pandas DataFrame with one row per claim, from what ``extract_batch`` returns.

    Columns: ``id`` (``ids[i]``, or the document's position), ``claim_index`` (the claim's
    position in its document), every field of ``Claim`` with nested fields flattened
    (``speaker.name``, ``speaker.mention.start``, ``cue.lemma``, …; ``quotes`` stays a list of
    dicts), and ``error``: a document whose slot is an exception gives one row with
    ``"ClassName: message"`` there and the claim columns empty. Offsets are code points, with the
    byte offsets in the ``*.byte_start``/``*.byte_end`` columns.
    """
    try:
        import pandas as pd
    except ImportError as e:
        raise ImportError("claimex.to_pandas needs pandas: pip install pandas") from e
    docs = list(claims_per_doc)
    if ids is not None:
        ids = list(ids)
        if len(ids) != len(docs):
            raise ValueError(f"ids has {len(ids)} entries for {len(docs)} documents")
    leaves = dict(flat_columns(Claim))
    columns = ["id", "claim_index", *leaves, "error"]
    rows: List[Dict[str, Any]] = []
    for i, doc in enumerate(docs):
        doc_id = ids[i] if ids is not None else i
        if isinstance(doc, BaseException):
            rows.append({"id": doc_id, "error": f"{type(doc).__name__}: {doc}"})
        elif isinstance(doc, Claim):
            raise TypeError("claims_per_doc holds one list of claims per document; for one document pass [claims]")
        else:
            for j, claim in enumerate(doc):
                rows.append({"id": doc_id, "claim_index": j, **flatten(Claim, claim.to_dict())})
    frame = pd.DataFrame.from_records(rows, columns=columns)
    nullable = {"claim_index": "Int64"}  # pandas' nullable types: an error row leaves them empty
    for name, field in leaves.items():
        if not field.is_list and field.base in _NULLABLE:
            nullable[name] = _NULLABLE[field.base]
    return frame.astype(nullable)


_NULLABLE = {int: "Int64", float: "Float64", bool: "boolean"}


def flat_columns(record: type, prefix: str = "") -> Iterator[Tuple[str, FieldShape]]:
    """The flat columns of an output type, ``(name, field)``: nested types dotted, lists one column."""
    for field in shape(record):
        if field.record is not None and not field.is_list:
            yield from flat_columns(field.record, f"{prefix}{field.name}.")
        else:
            yield prefix + field.name, field


def flatten(record: type, data: Optional[Dict[str, Any]], prefix: str = "") -> Dict[str, Any]:
    """``data`` (an object of type ``record``, or ``None``) as values of ``flat_columns``."""
    out: Dict[str, Any] = {}
    for field in shape(record):
        value = None if data is None else data.get(field.name)
        if field.record is not None and not field.is_list:
            out.update(flatten(field.record, value, f"{prefix}{field.name}."))
        else:
            out[prefix + field.name] = value
    return out
