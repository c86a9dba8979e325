"""claimex.spark on a real local[2] Spark session: the 840 PolNeAR texts give, claim for claim,
what the Rust batch example gives; oversize and null documents never fail the job; one
extractor per Python worker."""

import importlib.util
import json
import os
from pathlib import Path

import pytest

import claimex
from conftest import POLNEAR, as_rust

pytest.importorskip("pyspark")
from pyspark.sql import functions as F  # noqa: E402

import claimex.spark  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "spark_claims.py"


def claims_by_id(rows, column="claims"):
    """Spark rows as the crate's JSON: {id: [claim dicts with byte offsets]}."""
    return {r["id"]: as_rust([c.asDict(recursive=True) for c in r[column]]) for r in rows}


def test_with_claims_equals_the_rust_batch(spark, polnear, rust_claims):
    df = spark.createDataFrame(list(polnear.items()), "id string, text string").repartition(4)
    out = claimex.spark.with_claims(df, text_col="text", out_col="claims")
    assert out.columns == ["id", "text", "claims", "claims_error"]
    assert out.schema["claims"].dataType == claimex.spark.claims_schema()
    rows = out.select("id", "claims", "claims_error").collect()
    assert len(rows) == 840
    assert all(r["claims_error"] is None for r in rows)
    got = claims_by_id(rows)
    assert got.keys() == rust_claims.keys()
    for doc_id, claims in rust_claims.items():
        assert got[doc_id] == claims, doc_id
    assert sum(map(len, got.values())) > 14_000


def test_offsets_are_spark_string_positions(spark, sample):
    """Spark's substring counts code points (from 1): the offsets slice the text column in SQL too."""
    df = spark.createDataFrame([("idlib", sample)], "id string, text string")
    sliced = (
        claimex.spark.with_claims(df)
        .select("text", F.explode("claims").alias("c"))
        .select(
            F.expr("substring(text, c.content.start + 1, c.content.end - c.content.start)").alias("sliced"),
            F.col("c.content.text").alias("content"),
        )
        .collect()
    )
    assert len(sliced) == 14
    assert all(r["sliced"] == r["content"] for r in sliced)


def test_oversize_and_null_documents_do_not_fail_the_job(spark):
    rows = [("ok", '"We will win," Smith said.'), ("big", "word " * 100), ("none", None), ("empty", "")]
    df = spark.createDataFrame(rows, "id string, text string")
    out = claimex.spark.with_claims(df, out_col="found", max_input_bytes=100, outlets=["Mordor Today"])
    assert out.columns == ["id", "text", "found", "found_error"]
    got = {r["id"]: (r["found"], r["found_error"]) for r in out.collect()}
    assert [c["speaker"]["name"] for c in got["ok"][0]] == ["Smith"] and got["ok"][1] is None
    assert got["big"][0] is None
    assert got["big"][1].startswith("InputTooLarge: input is 500 bytes, over the limit of 100 bytes")
    assert got["none"] == (None, None)
    assert got["empty"] == ([], None)


def test_bad_arguments_fail_on_the_driver(spark):
    df = spark.createDataFrame([("a", 1)], "id string, n int")
    with pytest.raises(ValueError):
        claimex.spark.with_claims(df, text_col="text")
    with pytest.raises(TypeError):
        claimex.spark.with_claims(df, text_col="n")
    with pytest.raises(ValueError):
        claimex.spark.with_claims(df.withColumnRenamed("n", "claims").withColumn("text", F.lit("x")))
    with pytest.raises(ValueError):
        claimex.spark.with_claims(df.withColumn("text", F.lit("x")), threads=0)
    with pytest.raises(claimex.LexiconError):
        claimex.spark.with_claims(df.withColumn("text", F.lit("x")), cues=[("", "x", "neutral")])


def test_one_extractor_per_python_worker(spark, polnear):
    """After many batches (64 rows each) over 8 partitions, each worker process has built each
    extractor once: as many built as it holds, one per distinct set of options it was given."""
    df = spark.createDataFrame(list(polnear.items()), "id string, text string").repartition(8)
    assert claimex.spark.with_claims(df, titles=["beekeeper"]).where("claims IS NOT NULL").count() == 840

    def probe(batches):
        import pandas as pd

        import claimex.spark as cs

        for _ in batches:
            pass
        yield pd.DataFrame({"pid": [os.getpid()], "created": [cs._CREATED], "cached": [len(cs._EXTRACTORS)]})

    seen = spark.range(0, 64, numPartitions=8).mapInPandas(probe, "pid long, created long, cached long").collect()
    by_pid = {r["pid"]: (r["created"], r["cached"]) for r in seen}
    assert by_pid and all(created == cached for created, cached in by_pid.values()), by_pid
    assert any(created >= 1 for created, _ in by_pid.values())


def test_example_writes_parquet_equal_to_the_rust_batch(spark, rust_claims, tmp_path):
    spec = importlib.util.spec_from_file_location("spark_claims", EXAMPLE)
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)

    example.run(spark, POLNEAR, tmp_path / "dir.parquet", partitions=3)
    written = spark.read.parquet(str(tmp_path / "dir.parquet"))
    assert written.columns == ["id", "claims", "claims_error"]
    assert claims_by_id(written.collect()) == rust_claims

    chosen = sorted(rust_claims)[:25]
    jsonl = tmp_path / "articles.jsonl"
    with jsonl.open("w", encoding="utf-8") as f:
        for doc_id in chosen:
            text = (POLNEAR / f"{doc_id}.txt").read_text(encoding="utf-8")
            f.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    example.run(spark, jsonl, tmp_path / "jsonl.parquet")
    got = claims_by_id(spark.read.parquet(str(tmp_path / "jsonl.parquet")).collect())
    assert got == {doc_id: rust_claims[doc_id] for doc_id in chosen}
