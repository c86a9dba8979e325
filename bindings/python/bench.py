"""Python bindings against the Rust crate (and the spaCy + textacy peer), on the same texts, one run.

    python bindings/python/bench.py [--dir DIR] [--runs 10] [--batch PATH] [--peer-python PY | --no-peer]
    python bindings/python/bench.py --instructions [--dir DIR] [--batch PATH]

Run by hand from a venv with claimex installed (release build: `pip install ./bindings/python`
or `maturin develop --release`); not part of the tests. DIR defaults to the 840 PolNeAR texts
(../shared/polnear-train/text). One thread everywhere:

- rust batch: `examples/batch DIR -o /dev/null --threads 1`, whole process (starts, reads every
  file, extracts, writes one JSON line per article); built with cargo unless --batch is given.
- python extract_batch(threads=1): read every file, `Extractor.extract_batch(texts, threads=1)`
  (claims as Python objects; their fields become dicts on first access).
- python extract_batch + to_json: the same, then `claimex.to_json(claims, offsets="bytes")` per
  article: the Rust batch's output, made in Python.
- python extract per document: read every file, `[ex.extract(t) for t in texts]`.
- peer: bench/compare/peer.py (spaCy 3.8 en_core_web_sm + textacy direct_quotations) with the
  Python of its venv (bench/compare/run.sh makes it at ~/.cache/claimex-compare-venv); its own
  MB/s without the model load, one run (it takes minutes).

Each claimex row: the median and minimum of --runs timed runs after one warm-up, and CPU seconds
(user + system; for the in-process rows, this process's CPU time over the run). MB/s is input
bytes (UTF-8) over the median wall time. Overhead is each Python row's median wall time (and CPU
time) over the Rust batch's.

--instructions counts instructions instead (valgrind's callgrind, one run each; steady on a busy
machine): each claimex row's work less its baseline, the same program doing everything but the
extraction (Rust: the batch example on an empty directory; Python: import claimex, build the
extractor, read the files).
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import claimex

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def timed(fn, runs):
    """Wall and CPU seconds of `runs` calls of `fn` after one warm-up call."""
    fn()
    walls, cpus = [], []
    for _ in range(runs):
        c, t = time.process_time(), time.perf_counter()
        fn()
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    return walls, cpus


def timed_process(cmd, runs):
    """Wall and CPU seconds (children's rusage) of `runs` runs of `cmd` after one warm-up run."""

    def run():
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    walls, cpus = [], []
    run()
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        run()
        walls.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus


def read_texts(paths):
    return [p.read_text(encoding="utf-8") for p in paths]


def py_batch(ex, paths):
    return ex.extract_batch(read_texts(paths), threads=1)


def py_batch_json(ex, paths):
    return [claimex.to_json(doc, offsets="bytes") for doc in py_batch(ex, paths)]


def py_each(ex, paths):
    return [ex.extract(t) for t in read_texts(paths)]


PYTHON_ROWS = {
    "python extract_batch(threads=1)": py_batch,
    "python extract_batch + to_json": py_batch_json,
    "python extract per document": py_each,
}
INNER = {"base": lambda ex, paths: read_texts(paths), "batch": py_batch, "batch_json": py_batch_json, "each": py_each}
"""--inner modes: one run of a row (or of the baseline) for --instructions."""


def rust_cmd(batch, directory):
    return [str(batch), str(directory), "-o", os.devnull, "--threads", "1"]


def callgrind(cmd):
    """Instructions executed by `cmd` (all threads), from callgrind's summary."""
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + os.devnull, *cmd],
                         check=True, capture_output=True, text=True).stderr
    return int(next(line for line in out.splitlines() if "Collected :" in line).split(":")[-1])


def instructions(args, batch, nbytes):
    with tempfile.TemporaryDirectory() as empty:
        rust = callgrind(rust_cmd(batch, args.dir)) - callgrind(rust_cmd(batch, empty))
    inner = [sys.executable, __file__, "--dir", str(args.dir), "--inner"]
    base = callgrind([*inner, "base"])
    rows = {"rust batch --threads 1": rust}
    for name, mode in zip(PYTHON_ROWS, ["batch", "batch_json", "each"]):
        rows[name] = callgrind([*inner, mode]) - base
    print(f"{'':34} {'instructions':>14} {'per byte':>9} {'vs rust':>8}")
    for name, n in rows.items():
        versus = "" if name.startswith("rust") else f"{n / rust - 1:+.1%}"
        print(f"{name:34} {n:14,} {n / nbytes:9.1f} {versus:>8}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", type=Path, default=REPO.parent / "shared" / "polnear-train" / "text")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--batch", type=Path, help="a built examples/batch (default: cargo build --release)")
    ap.add_argument("--peer-python", type=Path, default=Path.home() / ".cache/claimex-compare-venv/bin/python")
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--instructions", action="store_true", help="count instructions with callgrind")
    ap.add_argument("--inner", choices=sorted(INNER), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inner:
        INNER[args.inner](claimex.Extractor(), sorted(args.dir.glob("*.txt")))
        return 0

    paths = sorted(args.dir.glob("*.txt"))
    texts = read_texts(paths)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    batch = args.batch
    if batch is None:
        subprocess.run(["cargo", "build", "--release", "--example", "batch"], cwd=REPO, check=True)
        batch = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target")) / "release" / "examples" / "batch"
    if args.instructions:
        return instructions(args, batch, nbytes)
    ex = claimex.Extractor()
    print(f"{len(paths)} articles, {nbytes / 1e6:.2f} MB, claimex {claimex.__version__}, {args.runs} runs each",
          file=sys.stderr)

    claims = sum(len(doc) for doc in py_batch(ex, paths))
    rows = {"rust batch --threads 1": timed_process(rust_cmd(batch, args.dir), args.runs)}
    for name, fn in PYTHON_ROWS.items():
        rows[name] = timed(lambda: fn(ex, paths), args.runs)

    rust = statistics.median(rows["rust batch --threads 1"][0])
    rust_cpu = statistics.median(rows["rust batch --threads 1"][1])
    print(f"\n{claims} claims per run\n")
    print(f"{'':34} {'median s':>9} {'min s':>7} {'MB/s':>7} {'CPU s':>7} {'vs rust (wall / CPU)':>22}")
    for name, (walls, cpus) in rows.items():
        median, cpu = statistics.median(walls), statistics.median(cpus)
        versus = "" if name.startswith("rust") else f"{median / rust - 1:+.1%} / {cpu / rust_cpu - 1:+.1%}"
        print(f"{name:34} {median:9.3f} {min(walls):7.3f} {nbytes / 1e6 / median:7.2f} {cpu:7.3f} {versus:>22}")

    if not args.no_peer:
        peer(args, nbytes)
    return 0


def peer(args, nbytes):
    if not args.peer_python.exists():
        print(f"\npeer: no {args.peer_python}; run bench/compare/run.sh once to make its venv", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as work:
        summary = Path(work) / "summary.json"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([str(args.peer_python), str(REPO / "bench" / "compare" / "peer.py"), str(args.dir),
                        "-o", os.devnull, "--summary", str(summary)], check=True, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        s = json.loads(summary.read_text())
    print(f"{'peer spaCy + textacy (one run)':34} {wall:9.3f} {'':7} {nbytes / 1e6 / wall:7.3f} {cpu:7.1f}   "
          f"MB/s by CPU time {nbytes / 1e6 / cpu:.3f}; without model load {s['mb_per_s_without_load']:.3f}; "
          f"{s['quotes']} quotations, {s['failed']} articles failed")


if __name__ == "__main__":
    sys.exit(main())
