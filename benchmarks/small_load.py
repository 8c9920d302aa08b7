"""What loading one document into a large graph costs, with the central_actors ranking kept current.

`geokg load` refreshes the stored central_actors ranking after every load (queries/centrality.py).
A full refresh reads every fact edge, estimates betweenness from 256 sources and rewrites
every ranking row (~30 s at 100k actors / 500k fact edges); a small load updates the rows
of the actors it touched instead. This copies a kept synthetic graph (benchmarks/queries.py
--store; the original is never written), then loads the seed articles one document at a
time, alternating the two refreshes (full, in place, full, ...), and prints per document
the upsert and the refresh in wall and CPU seconds (this process + the FalkorDB server),
then the medians per kind and the central_actors query time after each.

    python -m benchmarks.small_load --store /tmp/qbench --copy /tmp/qbench-copy
    python -m benchmarks.small_load --store /tmp/qbench --copy /tmp/qbench-copy --json
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

import queries
from benchmarks.queries import prepare, server_cpu
from graph.store import open_store
from queries import centrality

ROOT = Path(__file__).resolve().parents[1]


def _timed(store, fn):
    c0, s0, t0 = time.process_time(), server_cpu(store), time.perf_counter()
    out = fn()
    return out, round(time.perf_counter() - t0, 3), round(time.process_time() - c0 + server_cpu(store) - s0, 3)


def copy_store(src: Path, dst: Path) -> None:
    if src.resolve() == dst.resolve():
        raise SystemExit(f"--copy must differ from --store ({src} is never written)")
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("geokg.lock", "*.sock", "redis.pid", "socket.path"))


def documents() -> list:
    """The seed articles as one batch each (the real pipeline)."""
    from loaders import load

    batches = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        batch = load(path).batch
        if batch.claims:
            batches.append((path.name, batch))
    return batches


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="one-document loads into a large graph: full vs in-place ranking refresh")
    ap.add_argument("--store", type=Path, default=Path("/tmp/qbench"), help="kept graph to copy (never written)")
    ap.add_argument("--copy", type=Path, default=Path("/tmp/qbench-copy"), help="where the copy goes (replaced)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    docs = documents()
    copy_store(args.store, args.copy)
    out: dict = {"benchmark": "small_load", "store": str(args.store), "cores": os.cpu_count(),
                 "load_average_start": os.getloadavg()[0], "loads": []}
    store, out["open_seconds"], _ = _timed_open(args.copy)
    with store:
        out["initial_ranking"] = prepare(store)  # a current ranking, as `geokg load` leaves it
        out["graph"] = store.stats()
        for i, (name, batch) in enumerate(docs):
            mode = "full" if i % 2 == 0 else "in place"
            before = centrality.version(store)
            _, up_s, up_cpu = _timed(store, lambda: store.upsert(batch))
            touched = {e.id for e in batch.entities} | {x for c in batch.claims for x in (c.subject, c.object)}
            if mode == "full":
                result, s, cpu = _timed(store, lambda: centrality.refresh(store))
            else:
                result, s, cpu = _timed(store, lambda: centrality.refresh(store, since=before, touched=touched))
            rows, q_s, q_cpu = _timed(store, lambda: queries.run(store, "central_actors"))
            entry = {"document": name, "claims": len(batch.claims), "refresh": mode, "result": result,
                     "upsert_s": up_s, "upsert_cpu_s": up_cpu, "refresh_s": s, "refresh_cpu_s": cpu,
                     "query_after_ms": round(1000 * q_s, 1), "query_after_cpu_ms": round(1000 * q_cpu, 1)}
            out["loads"].append(entry)
            print(f"[{time.strftime('%H:%M:%S')}] {json.dumps(entry)}", file=sys.stderr, flush=True)
    out["load_average_end"] = os.getloadavg()[0]
    shutil.rmtree(args.copy, ignore_errors=True)
    if args.json:
        print(json.dumps(out))
        return 0
    print(f"{out['graph']}; copy opened in {out['open_seconds']} s; load average {out['load_average_start']:.1f} "
          f"-> {out['load_average_end']:.1f}, {out['cores']} cores")
    for kind in ("full", "in place"):
        runs = [e for e in out["loads"] if e["refresh"] == kind]
        if runs:
            med = lambda k: statistics.median(e[k] for e in runs)
            print(f"{kind:>8} refresh: median {med('refresh_s'):.2f} s wall, {med('refresh_cpu_s'):.2f} s CPU "
                  f"over {len(runs)} one-document loads (upsert {med('upsert_s'):.2f} s); central_actors after: "
                  f"{med('query_after_ms'):.1f} ms")
    return 0


def _timed_open(folder: Path):
    t0 = time.perf_counter()
    store = open_store("embedded", folder)
    return store, round(time.perf_counter() - t0, 1), None


if __name__ == "__main__":
    sys.exit(main())
