"""Memory peak of a 10,000-document load: pipeline (loaders.load, two workers) + store.

A child process runs the load exactly as `geokg load` does it: read, clean, extract
every document of a synthetic corpus (benchmarks/corpus.py), then upsert the batch
into a fresh embedded store. This process samples the whole process tree of that child
(the pipeline's worker processes and the store's FalkorDB server included) every 50 ms
and reports:

- peak tree RSS: the largest sum of resident memory over the tree at one instant
  (what the machine must have; the figure the < 2 GB target is about);
- max RSS of the child and of its largest descendant (getrusage), for reference.

RSS counts pages shared between forked workers once per process, so the tree sum
over-states the true footprint a little: the figure errs on the safe side.

    python -m benchmarks.memory               # 10,000 documents, 1 run (--runs 3: median)
    python -m benchmarks.memory --quick       # 500 documents, 1 run
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from benchmarks.corpus import write_corpus

GB = 1024 ** 3
MB = 1024 ** 2


def _child(corpus: str, store_dir: str, workers: int) -> None:
    """The measured load (runs in the child process)."""
    from graph.store import open_store
    from loaders import load

    t0 = time.perf_counter()
    result = load([corpus], workers=workers)
    t1 = time.perf_counter()
    with open_store("embedded", store_dir) as store:
        report = store.upsert(result.batch)
        stats = store.stats()
    t2 = time.perf_counter()
    print(json.dumps({"documents": len(result.documents), "skipped": len(result.skipped),
                      "entities": len(result.entities), "claims": len(result.claims),
                      "facts": report.facts, "pipeline_seconds": round(t1 - t0, 2),
                      "store_seconds": round(t2 - t1, 2), "graph": stats}))


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass  # a worker that just exited
    return total


def measure(corpus: Path, workers: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="geokg-mem-") as tmp:
        cmd = [sys.executable, "-m", "benchmarks.memory", "--child", str(corpus),
               str(Path(tmp) / "store"), str(workers)]
        root = Path(__file__).resolve().parents[1]
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        proc = subprocess.Popen(cmd, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        peak = [0]
        done = threading.Event()

        def sample():
            p = psutil.Process(proc.pid)
            while not done.is_set():
                peak[0] = max(peak[0], _tree_rss(p))
                done.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        out, err = proc.communicate()
        done.set()
        sampler.join()
        if proc.returncode != 0:
            raise RuntimeError(f"the measured load failed: {(err.strip().splitlines() or ['?'])[-1]}")
        after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    info = json.loads(out.strip().splitlines()[-1])
    info["peak_tree_rss_mb"] = round(peak[0] / MB, 1)
    info["max_single_process_rss_mb"] = round(max(before, after) / 1024, 1)
    return info


def bench(docs: int, runs: int, workers: int = 2, seed: int = 0) -> dict:
    with tempfile.TemporaryDirectory(prefix="geokg-memcorpus-") as tmp:
        corpus = write_corpus(tmp, docs, "jsonl", seed)[0]
        results = [measure(corpus, workers) for _ in range(runs)]
    peak = statistics.median(r["peak_tree_rss_mb"] for r in results)
    last = results[-1]
    return {
        "benchmark": "memory", "documents": docs, "workers": workers, "runs": runs,
        "peak_tree_rss_mb_median": peak,
        "peak_tree_rss_mb_max": max(r["peak_tree_rss_mb"] for r in results),
        "max_single_process_rss_mb": max(r["max_single_process_rss_mb"] for r in results),
        "pipeline_seconds_median": statistics.median(r["pipeline_seconds"] for r in results),
        "store_seconds_median": statistics.median(r["store_seconds"] for r in results),
        "loaded": {k: last[k] for k in ("documents", "skipped", "entities", "claims", "facts")},
        "target": "peak < 2 GB", "met": peak * MB < 2 * GB,
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        _child(argv[1], argv[2], int(argv[3]))
        return 0
    ap = argparse.ArgumentParser(description="memory peak of a document load (pipeline + store)")
    ap.add_argument("--docs", type=int, default=10_000)
    # one run by default: a peak of memory moves by a few percent between runs, not
    # like a time, and one 10,000-document load takes minutes on 2 cores
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--quick", action="store_true", help="500 documents, 1 run")
    ap.add_argument("--json", action="store_true", help="print one JSON line only")
    args = ap.parse_args(argv)
    if args.quick:
        args.docs, args.runs = 500, 1
    r = bench(args.docs, args.runs, args.workers)
    if args.json:
        print(json.dumps(r))
        return 0
    l = r["loaded"]
    print(f"memory, load of {r['documents']} synthetic documents ({l['documents']} loaded, {l['skipped']} "
          f"skipped; {l['entities']} entities, {l['claims']} claims, {l['facts']} facts), "
          f"{r['workers']} workers, median of {r['runs']} (cores: {os.cpu_count()})")
    print(f"  peak RSS of the process tree {r['peak_tree_rss_mb_median']:,.0f} MB "
          f"(max {r['peak_tree_rss_mb_max']:,.0f} MB; largest single process {r['max_single_process_rss_mb']:,.0f} MB)")
    print(f"  pipeline {r['pipeline_seconds_median']} s, store {r['store_seconds_median']} s")
    print(f"  target < 2 GB: {'met' if r['met'] else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
