"""extract_batch from several Python threads at once, and the GIL released while it runs."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import claimex


def as_bytes(results):
    return [[c.to_dict(offsets="bytes") for c in doc] for doc in results]


def test_extract_batch_from_four_python_threads_at_once(extractor, polnear):
    texts = list(polnear.values())
    chunks = [texts[i::4] for i in range(4)]
    expected = [as_bytes(extractor.extract_batch(chunk, threads=1)) for chunk in chunks]
    start = threading.Barrier(4)

    def run(i):
        start.wait()
        ex = extractor if i % 2 else claimex.Extractor()  # one shared extractor, and own ones
        return as_bytes(ex.extract_batch(chunks[i], threads=[None, 1, 2, None][i]))

    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(run, range(4)))
    assert got == expected
    assert sum(len(doc) for chunk in got for doc in chunk) > 14_000


def test_the_gil_is_released_during_extraction(extractor, polnear):
    """A Python thread keeps running while extract_batch works: it ticks in the middle of the call.
    With the GIL held, it could run only before the call entered Rust and after it returned."""
    texts = list(polnear.values())
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    ticker = threading.Thread(target=tick)
    ticker.start()
    try:
        time.sleep(0.02)
        t0 = time.perf_counter()
        extractor._native.extract_batch(texts, 1)
        t1 = time.perf_counter()
    finally:
        stop.set()
        ticker.join()
    assert t1 - t0 > 0.05, "the batch is too short to tell"
    middle = [t for t in ticks if t0 + 0.3 * (t1 - t0) < t < t0 + 0.7 * (t1 - t0)]
    assert len(middle) >= 5, (len(middle), t1 - t0)


def test_extract_from_threads_releases_the_gil_too(extractor, polnear):
    texts = list(polnear.values())[:200]
    expected = as_bytes(extractor.extract(t) for t in texts)
    with ThreadPoolExecutor(4) as pool:
        got = as_bytes(pool.map(extractor.extract, texts))
    assert got == expected
