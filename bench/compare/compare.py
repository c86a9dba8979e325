"""Time `claimex batch` against the Python peer (peer.py), whole process against whole
process, on the same directory of .txt articles; print wall times, MB/s, ratios and both
systems' claim counts. Run through run.sh, which sets up the venv and builds the command.

    python compare.py --dir DIR --claimex PATH/TO/claimex --peer-python VENV/bin/python
                      [--claimex-runs 10] [--peer-runs 2] [--work DIR] [--reuse-peer OLD_WORK]

Uses hyperfine when it is on PATH (apt-get install hyperfine) and NO_HYPERFINE is unset, else
repeated runs timed here.
"""

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def time_runs(name, cmd, runs, warmup, work):
    """Mean/stddev/min of `runs` runs of `cmd` (a list), after `warmup` untimed ones."""
    if shutil.which("hyperfine") and not os.environ.get("NO_HYPERFINE"):
        export = work / f"{name}.hyperfine.json"
        hf = ["hyperfine", "--shell=none", "--style", "basic", "--runs", str(runs),
              "--warmup", str(warmup), "--export-json", str(export), "-n", name,
              " ".join(_quote(c) for c in cmd)]
        subprocess.run(hf, check=True, stdout=sys.stderr)
        r = json.loads(export.read_text())["results"][0]
        return {"mean": r["mean"], "stddev": r.get("stddev") or 0.0, "min": r["min"], "times": r["times"],
                "cpu": r["user"] + r["system"], "tool": "hyperfine"}
    times, cpu = [], []
    for i in range(warmup + runs):
        t = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if i >= warmup:
            times.append(time.perf_counter() - t)
            cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        print(f"  {name} run {i + 1}/{warmup + runs}: {time.perf_counter() - t:.2f} s", file=sys.stderr)
    return {"mean": statistics.mean(times), "stddev": statistics.stdev(times) if len(times) > 1 else 0.0,
            "min": min(times), "times": times,
            "cpu": statistics.mean(cpu), "tool": "repeated runs"}


def _quote(s):
    s = str(s)
    return s if all(c.isalnum() or c in "/._-=+:," for c in s) else "'" + s.replace("'", "'\\''") + "'"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path, required=True)
    ap.add_argument("--claimex", type=Path, required=True, help="the claimex binary (cli/)")
    ap.add_argument("--peer-python", type=Path, required=True)
    ap.add_argument("--claimex-runs", type=int, default=10)
    ap.add_argument("--peer-runs", type=int, default=2)
    ap.add_argument("--work", type=Path)
    ap.add_argument("--reuse-peer", type=Path, metavar="OLD_WORK",
                    help="take the peer's timing and output from an earlier run's work directory")
    args = ap.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="claimex-compare-"))
    work.mkdir(parents=True, exist_ok=True)
    files = sorted(args.dir.glob("*.txt"))
    nbytes = sum(f.stat().st_size for f in files)
    mb = nbytes / 1e6
    print(f"corpus: {len(files)} articles, {mb:.2f} MB in {args.dir}", file=sys.stderr)

    cx1_out, cx_out, peer_out = work / "claimex-1t.jsonl", work / "claimex.jsonl", work / "peer.jsonl"
    peer_summary = work / "peer-summary.json"
    commands = {
        "claimex-1-thread": ([args.claimex, "batch", "--threads", "1", args.dir, "-o", cx1_out], args.claimex_runs, 1),
        "claimex-all-cores": ([args.claimex, "batch", args.dir, "-o", cx_out], args.claimex_runs, 1),
        "peer-spacy-textacy": ([args.peer_python, HERE / "peer.py", args.dir, "-o", peer_out,
                                "--summary", peer_summary], args.peer_runs, 0),
    }
    results = {}
    for name, (cmd, runs, warmup) in commands.items():
        if name == "peer-spacy-textacy" and args.reuse_peer:
            old = json.loads((args.reuse_peer / "results.json").read_text())[name]
            results[name] = dict(old, tool=old["tool"] + ", peer reused from " + str(args.reuse_peer))
            shutil.copy(args.reuse_peer / "peer-summary.json", peer_summary)
            continue
        results[name] = time_runs(name, cmd, runs, warmup, work)
    (work / "results.json").write_text(json.dumps(results, indent=1))

    # Claim counts from the last run's outputs.
    kinds, cx_docs = Counter(), 0
    for line in cx1_out.read_text(encoding="utf-8").splitlines():
        cx_docs += 1
        kinds.update(c["kind"] for c in json.loads(line)["claims"])
    peer = json.loads(peer_summary.read_text())

    print()
    print(f"corpus: {len(files)} articles, {mb:.2f} MB ({args.dir})")
    print(f"timing: {results['peer-spacy-textacy']['tool']}; whole process each (start, model/lexicon load, "
          f"read, extract, write JSONL)")
    print(f"{'system':<22} {'runs':>4} {'mean s':>9} {'± sd':>7} {'min s':>8} {'MB/s':>9} {'articles/s':>11} {'CPU s':>8}")
    for name, r in results.items():
        print(f"{name:<22} {len(r['times']):>4} {r['mean']:>9.3f} {r['stddev']:>7.3f} {r['min']:>8.3f} "
              f"{mb / r['mean']:>9.3f} {len(files) / r['mean']:>11.1f} {r['cpu']:>8.3f}")
    peer_mean = results["peer-spacy-textacy"]["mean"]
    for name in ("claimex-1-thread", "claimex-all-cores"):
        print(f"ratio peer / {name}: {peer_mean / results[name]['mean']:.0f}x wall, "
              f"{results['peer-spacy-textacy']['cpu'] / results[name]['cpu']:.0f}x CPU (user+sys)")
    print(f"peer without its model load: {peer['extract_s']:.2f} s, {peer['mb_per_s_without_load']:.3f} MB/s "
          f"(load {peer['load_s']:.2f} s)"
          + (f"; by CPU time {peer['extract_cpu_s']:.2f} s, {peer['cpu_mb_per_s_without_load']:.3f} MB/s"
             if "extract_cpu_s" in peer else ""))
    print(f"claimex claims: {sum(kinds.values())} in {cx_docs} articles, 0 failed "
          f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}; "
          f"with a direct quote, direct+mixed: {kinds['direct'] + kinds['mixed']})"
          if cx_docs == len(files) else
          f"claimex claims: {sum(kinds.values())} in {cx_docs} articles, {len(files) - cx_docs} failed")
    print(f"peer direct quotations: {peer['quotes']} in {peer['documents'] - peer['failed']} articles; "
          f"peer raised on {peer['failed']} of {peer['documents']} articles {peer['failures_by_kind']}")
    print(f"outputs in {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
