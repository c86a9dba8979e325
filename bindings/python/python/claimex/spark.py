"""claimex on Spark: add a column of claims to a DataFrame::

    from claimex.spark import with_claims
    df = spark.read.text("articles/", wholetext=True)          # one row per file, column "value"
    out = with_claims(df, text_col="value", out_col="claims")   # + "claims", "claims_error"
    out.selectExpr("explode(claims) AS c").select("c.speaker.name", "c.stance", "c.content.text")

Built on ``DataFrame.mapInArrow`` with an explicit schema (``claims_schema()``): an array of
structs mirroring the crate's JSON shape, offsets in code points (Spark's string positions, 0-based
here) with ``byte_start``/``byte_end`` beside. Each Python worker builds its ``Extractor`` once
(module-level cache, keyed by the options) and reuses it for every batch and task it runs. A
document over ``max_input_bytes`` gives a null claims value and its message in the error column,
never a failed job; a null text gives null claims and no error.

Needs ``pyspark`` (≥ 3.5) and ``pyarrow`` on the driver and the workers, and claimex installed
where the workers' Python can import it.
"""

from __future__ import annotations

import functools
import json
from typing import Any, Dict, Iterator, Literal, Optional, Tuple, get_origin

import pyarrow as pa
from pyspark.sql import DataFrame
from pyspark.sql import types as T

from ._extractor import Extractor
from ._records import Claim, FieldShape, shape

__all__ = ["with_claims", "claims_schema"]

_EXTRACTORS: Dict[str, Extractor] = {}
"""One extractor per distinct set of options, per Python process (Spark worker)."""

_CREATED = 0
"""How many extractors this process has built (the tests read it on the workers)."""


def with_claims(
    df: DataFrame,
    text_col: str = "text",
    out_col: str = "claims",
    *,
    error_col: Optional[str] = None,
    threads: int = 1,
    **options: Any,
) -> DataFrame:
    """``df`` with two more columns: ``out_col``, the claims of ``text_col``, and ``error_col``
    (default ``out_col + "_error"``), the error of a document that failed.

    ``out_col`` is ``claims_schema()``: ``array<struct<kind, content, quotes, speaker, cue, stance,
    act, negated, noun_object, source, sentence, confidence>>``, the fields of ``claimex.Claim``. ``options`` are
    ``claimex.Extractor``'s keyword options (``cues``, ``outlets``, ``titles``, ``places``,
    ``organizations``, ``max_input_bytes``). ``threads``: extraction threads per Spark task (Spark
    already runs one task per core; raise it for few, large partitions).
    """
    error_col = error_col or f"{out_col}_error"
    names = df.schema.fieldNames()
    if text_col not in names:
        raise ValueError(f"no column {text_col!r} in the DataFrame (columns: {names})")
    if not isinstance(df.schema[text_col].dataType, T.StringType):
        raise TypeError(f"column {text_col!r} is {df.schema[text_col].dataType.simpleString()}, not string")
    for name in (out_col, error_col):
        if name in names:
            raise ValueError(f"the DataFrame already has a column {name!r}")
    if isinstance(threads, bool) or not isinstance(threads, int) or threads < 1:
        raise ValueError(f"threads must be a positive int, not {threads!r}")
    Extractor(**options)  # options are checked here, on the driver, before any task runs
    schema = T.StructType(
        [*df.schema.fields, T.StructField(out_col, claims_schema(), True), T.StructField(error_col, T.StringType(), True)]
    )
    run = functools.partial(
        _add_claims, text_col=text_col, names=(out_col, error_col), options=options, threads=threads
    )
    return df.mapInArrow(run, schema)


def claims_schema() -> T.ArrayType:
    """The Spark type of a claims column: an array of ``claimex.Claim`` structs."""
    return T.ArrayType(_spark_struct(Claim), containsNull=False)


def _spark_struct(record: type) -> T.StructType:
    return T.StructType([T.StructField(f.name, _field_type(f, 0), f.optional) for f in shape(record)])


def _arrow_struct(record: type) -> pa.StructType:
    return pa.struct([pa.field(f.name, _field_type(f, 1), f.optional) for f in shape(record)])


_SCALARS = {
    str: (T.StringType(), pa.string()),
    int: (T.LongType(), pa.int64()),
    float: (T.DoubleType(), pa.float64()),
    bool: (T.BooleanType(), pa.bool_()),
}
"""Python type of a field → (Spark type, Arrow type)."""


def _field_type(field: FieldShape, arrow: int) -> Any:
    """The Spark (``arrow=0``) or Arrow (``arrow=1``) type of a declared field."""
    if field.record is not None:
        element = (_spark_struct, _arrow_struct)[arrow](field.record)
    else:
        base = field.base
        if get_origin(base) is Literal:  # enums are Literals of their lower-case names
            base = str
        element = _SCALARS[base][arrow]
    if not field.is_list:
        return element
    return pa.list_(pa.field("element", element, False)) if arrow else T.ArrayType(element, containsNull=False)


def _extractor(options: Dict[str, Any]) -> Extractor:
    """This process's extractor for ``options``, built on first use."""
    global _CREATED
    key = json.dumps(options, sort_keys=True)
    extractor = _EXTRACTORS.get(key)
    if extractor is None:
        extractor = _EXTRACTORS[key] = Extractor(**options)
        _CREATED += 1
    return extractor


def _add_claims(
    batches: Iterator[pa.RecordBatch],
    *,
    text_col: str,
    names: Tuple[str, str],
    options: Dict[str, Any],
    threads: int,
) -> Iterator[pa.RecordBatch]:
    """The ``mapInArrow`` function: each batch with its claims and errors appended."""
    extractor = _extractor(options)
    claims_type = pa.list_(pa.field("element", _arrow_struct(Claim), False))
    for batch in batches:
        claims, errors = _claims_of(extractor, batch.column(batch.schema.get_field_index(text_col)), threads)
        yield pa.RecordBatch.from_arrays(
            [*batch.columns, pa.array(claims, type=claims_type), pa.array(errors, type=pa.string())],
            names=[*batch.schema.names, *names],
        )


def _claims_of(extractor: Extractor, texts: pa.Array, threads: int) -> Tuple[list, list]:
    """Per row: the claims as dicts (or ``None``) and the error message (or ``None``)."""
    values = texts.to_pylist()
    present = [i for i, t in enumerate(values) if t is not None]
    claims: list = [None] * len(values)
    errors: list = [None] * len(values)
    for i, slot in zip(present, extractor.extract_batch([values[i] for i in present], threads=threads)):
        if isinstance(slot, BaseException):
            errors[i] = f"{type(slot).__name__}: {slot}"
        else:
            claims[i] = [c.to_dict() for c in slot]
    return claims, errors
