"""Ingest rate into the embedded store: fact edges per second for one batch of 10,000.

Each run starts a fresh embedded store (graph.falkordb_store, in a temporary folder),
upserts one synthetic batch of --edges fact edges (with claims, documents and entities
in the proportions of benchmarks.corpus), then upserts the same batch again to measure
idempotence (counts after the first and the second load, and whether the exported
records are identical). Server start-up is timed separately and not counted.
Unless --no-bulk, FalkorDB's own bulk loader (falkordb-bulk-insert, via
benchmarks.bulk_loader) loads the same data into an empty graph, as the ceiling.

    python -m benchmarks.ingest                  # 10,000 fact edges, 3 runs + bulk loader
    python -m benchmarks.ingest --quick          # 2,000 fact edges, 1 run
    python -m benchmarks.ingest --json           # one JSON line at the end
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import synthetic_batch
from graph.schema import EDGE_PROPS


def fact_edges(stats: dict) -> int:
    return sum(n for t, n in stats["edges"].items() if t in EDGE_PROPS)


def server_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_run(batch, check_records: bool) -> dict:
    from graph.falkordb_store import FalkorDBStore

    with tempfile.TemporaryDirectory(prefix="geokg-ingest-") as tmp:
        t0 = time.perf_counter()
        store = FalkorDBStore(Path(tmp) / "store")
        opened = time.perf_counter() - t0
        try:
            t0, c0, s0 = time.perf_counter(), time.process_time(), server_cpu(store._proc.pid)
            report = store.upsert(batch)
            first = time.perf_counter() - t0
            # CPU seconds hardly depend on what else the machine runs; wall time does
            cpu = (time.process_time() - c0, server_cpu(store._proc.pid) - s0)
            stats1 = store.stats()
            records1 = list(store.records()) if check_records else None
            t0 = time.perf_counter()
            store.upsert(batch)
            second = time.perf_counter() - t0
            stats2 = store.stats()
            same_records = (list(store.records()) == records1) if check_records else None
        finally:
            store.close()
    return {"open_s": opened, "first_s": first, "second_s": second, "cpu_python_s": cpu[0],
            "cpu_server_s": cpu[1], "report": report.as_dict(),
            "stats_first": stats1, "stats_second": stats2, "records_identical": same_records}


def bench(nodes: int, edges: int, runs: int, bulk: bool, seed: int = 0) -> dict:
    batch = synthetic_batch(nodes, edges, seed=seed)
    results = [one_run(batch, check_records=(i == 0)) for i in range(runs)]
    n_facts = fact_edges(results[0]["stats_first"])
    firsts = [r["first_s"] for r in results]
    seconds = [r["second_s"] for r in results]
    out = {
        "benchmark": "ingest", "cores": os.cpu_count(), "runs": runs,
        "entities": len(batch.entities), "documents": len(batch.documents), "claims": len(batch.claims),
        "fact_edges": n_facts,
        "open_s_median": round(statistics.median(r["open_s"] for r in results), 3),
        "first_load_s": [round(s, 3) for s in firsts],
        "first_load_s_median": round(statistics.median(firsts), 3),
        "fact_edges_per_s": round(n_facts / statistics.median(firsts), 1),
        "claims_per_s": round(len(batch.claims) / statistics.median(firsts), 1),
        "cpu_python_s_median": round(statistics.median(r["cpu_python_s"] for r in results), 3),
        "cpu_server_s_median": round(statistics.median(r["cpu_server_s"] for r in results), 3),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "second_load_s_median": round(statistics.median(seconds), 3),
        "counts_after_first_load": results[0]["stats_first"],
        "counts_after_second_load": results[0]["stats_second"],
        "idempotent": all(r["stats_first"] == r["stats_second"] for r in results),
        "records_identical_after_second_load": results[0]["records_identical"],
    }
    if bulk:
        from benchmarks.bulk_loader import run_bulk
        b = [run_bulk([batch]) for _ in range(runs)]
        if b[0]["stats"] != results[0]["stats_first"]:
            raise RuntimeError(f"bulk loader built a different graph: {b[0]['stats']}")
        bulk_s = statistics.median(x["seconds"] for x in b)
        bulk_cpu = statistics.median(x["cpu_seconds"] for x in b)
        emb_cpu = statistics.median(r["cpu_python_s"] + r["cpu_server_s"] for r in results)
        out.update({"bulk_s_median": round(bulk_s, 3),
                    "bulk_fact_edges_per_s": round(n_facts / bulk_s, 1),
                    "embedded_vs_bulk": round(bulk_s / statistics.median(firsts), 3),
                    # CPU seconds (client + server) hardly depend on what else the machine runs
                    "bulk_cpu_s_median": round(bulk_cpu, 3),
                    "embedded_vs_bulk_cpu": round(bulk_cpu / emb_cpu, 3)})
    return out


def _counts(stats: dict) -> str:
    nodes = ", ".join(f"{k} {v}" for k, v in stats["nodes"].items())
    edges = sum(stats["edges"].values())
    return f"nodes: {nodes}; edges: {edges} ({fact_edges(stats)} fact edges)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="fact edges per second into the embedded store")
    ap.add_argument("--edges", type=int, default=10_000)
    ap.add_argument("--nodes", type=int, default=2_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-bulk", action="store_true", help="skip the falkordb-bulk-insert ceiling")
    ap.add_argument("--quick", action="store_true", help="2,000 fact edges, 1 run")
    ap.add_argument("--json", action="store_true", help="also print one JSON line")
    args = ap.parse_args(argv)
    if args.quick:
        args.edges, args.nodes, args.runs = 2_000, 500, 1
    r = bench(args.nodes, args.edges, args.runs, bulk=not args.no_bulk)
    print(f"ingest into the embedded store ({r['cores']} cores): one batch of {r['fact_edges']} fact edges, "
          f"{r['claims']} claims, {r['documents']} documents, {r['entities']} entities; {r['runs']} runs")
    print(f"  first load: {r['first_load_s']} s -> median {r['first_load_s_median']} s = "
          f"{r['fact_edges_per_s']:.0f} fact edges/s ({r['claims_per_s']:.0f} claims/s); "
          f"server start {r['open_s_median']} s (not counted)")
    cpu = r["cpu_python_s_median"] + r["cpu_server_s_median"]
    print(f"  CPU time of the first load: {r['cpu_python_s_median']} s geokg + {r['cpu_server_s_median']} s "
          f"FalkorDB = {cpu:.2f} s -> {r['fact_edges'] / cpu:.0f} fact edges per CPU-second "
          f"(load average at the end: {r['load_average']})")
    print(f"  second load of the same batch: median {r['second_load_s_median']} s")
    print(f"  idempotence: after 1st load {_counts(r['counts_after_first_load'])}")
    print(f"               after 2nd load {_counts(r['counts_after_second_load'])}")
    print(f"               counts identical: {r['idempotent']}; exported records identical: "
          f"{r['records_identical_after_second_load']}")
    if "bulk_s_median" in r:
        print(f"  ceiling, falkordb-bulk-insert on the same data: median {r['bulk_s_median']} s = "
              f"{r['bulk_fact_edges_per_s']:.0f} fact edges/s; embedded/bulk = {r['embedded_vs_bulk']}")
        print(f"  by CPU seconds (client + server): bulk loader {r['bulk_cpu_s_median']} s; "
              f"embedded/bulk = {r['embedded_vs_bulk_cpu']}")
    if args.json:
        print(json.dumps(r, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
