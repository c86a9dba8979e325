"""Shared fixtures: the 840 PolNeAR texts, the Rust batch example's output for them, and helpers
that compare Python's claims with the crate's JSON by shape, field for field."""

import json
import os
import subprocess
from pathlib import Path
from typing import Any, Dict, List

import pytest

import claimex

REPO = Path(__file__).resolve().parents[3]
POLNEAR = REPO.parent / "shared" / "polnear-train" / "text"
SAMPLE = REPO / "tests" / "data" / "idlib-summit.txt"


@pytest.fixture(scope="session")
def extractor() -> claimex.Extractor:
    return claimex.Extractor()


@pytest.fixture(scope="session")
def sample() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def polnear() -> Dict[str, str]:
    """The 840 texts by id (file name without .txt), in name order, as the batch example reads them."""
    if not POLNEAR.is_dir():
        pytest.fail(f"{POLNEAR} is missing: the tests need ../shared beside the repository")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(POLNEAR.glob("*.txt"))}
    assert len(texts) == 840
    return texts


@pytest.fixture(scope="session")
def rust_lines(polnear: Dict[str, str]) -> Dict[str, str]:
    """The JSON line the Rust crate writes for each PolNeAR text (`examples/batch`, release build).

    `CLAIMEX_BATCH` names a built batch example; otherwise it is built here with cargo."""
    batch = os.environ.get("CLAIMEX_BATCH")
    if not batch:
        subprocess.run(["cargo", "build", "--release", "--example", "batch"], cwd=REPO, check=True)
        target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
        batch = str(target / "release" / "examples" / "batch")
    done = subprocess.run([batch, str(POLNEAR)], check=True, capture_output=True)
    lines = done.stdout.decode("utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == list(polnear)
    return {json.loads(line)["id"]: line for line in lines}


@pytest.fixture(scope="session")
def rust_claims(rust_lines: Dict[str, str]) -> Dict[str, List[dict]]:
    """The claims of `rust_lines`, parsed, by id."""
    parsed = {doc_id: json.loads(line) for doc_id, line in rust_lines.items()}
    assert all(line["schema_version"] == claimex.SCHEMA_VERSION for line in parsed.values())
    return {doc_id: line["claims"] for doc_id, line in parsed.items()}


def as_rust(claims_as_dicts: Any) -> Any:
    """Dicts with code-point offsets (and byte_start/byte_end) as the crate writes them: every
    span's byte offsets in start/end. Applies to any field, present or future."""
    if isinstance(claims_as_dicts, dict):
        if "byte_start" in claims_as_dicts:
            out = {k: v for k, v in claims_as_dicts.items() if k not in ("byte_start", "byte_end")}
            out["start"], out["end"] = claims_as_dicts["byte_start"], claims_as_dicts["byte_end"]
            return {k: as_rust(v) for k, v in out.items()}
        return {k: as_rust(v) for k, v in claims_as_dicts.items()}
    if isinstance(claims_as_dicts, list):
        return [as_rust(v) for v in claims_as_dicts]
    return claims_as_dicts


def spans(value: Any):
    """Every span object (a dict with start and end) inside a claim's dict, at any depth."""
    if isinstance(value, dict):
        if "start" in value and "end" in value:
            yield value
        for v in value.values():
            yield from spans(v)
    elif isinstance(value, list):
        for v in value:
            yield from spans(v)


@pytest.fixture(scope="session")
def spark():
    """A real local Spark session, two cores, its Python workers on this interpreter."""
    pyspark_sql = pytest.importorskip("pyspark.sql")
    import sys

    os.environ["PYSPARK_PYTHON"] = os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("claimex-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "64")
        .config("spark.python.worker.reuse", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
