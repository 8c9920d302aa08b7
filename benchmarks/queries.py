"""Median latency of every canned query, on the seeds and on a large synthetic graph.

Seeds: the five seed articles through the real pipeline (loaders.load) into an embedded
store. Synthetic: benchmarks.corpus.synthetic_batches (100,000 entity nodes and 500,000
fact edges by default, with their claims and documents on top, in the store layout),
bulk-written with falkordb-bulk-insert through benchmarks.bulk_loader.write_bulk_csv
into a fresh embedded store: upserting a million claims through MERGE would take far
longer than the queries we want to time.

Each query runs with its header example's parameters (on the synthetic graph a few are
swapped for its most connected group and one of its documents), once to warm up, then --runs times; the table gives
the median wall time of queries.run (parameter binding and alias resolution included)
and the row count.

    python -m benchmarks.queries                       # seeds + 100k/500k synthetic, 5 runs
    python -m benchmarks.queries --quick               # seeds + 2,000/10,000 synthetic, 3 runs
    python -m benchmarks.queries --nodes 20000 --edges 100000 --json
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import queries
from graph.store import open_store

ROOT = Path(__file__).resolve().parents[1]

# The synthetic graph's documents and outlets are invented, and which real groups it
# holds depends on the seed: those parameters are picked from the graph itself.
_Q_TOP_GROUP = ("MATCH (g:Group)-[r]-(:Entity) RETURN g.id AS id, count(r) AS n "
                "ORDER BY n DESC, id LIMIT 1")
_Q_A_DOCUMENT = "MATCH (d:Document) RETURN d.title AS title, d.source AS outlet ORDER BY d.id LIMIT 1"


def synthetic_params(store) -> dict[str, dict]:
    group = store.run(_Q_TOP_GROUP, read_only=True)[0]["id"]
    doc = store.run(_Q_A_DOCUMENT, read_only=True)[0]
    return {
        "designations": {"designated": group},
        "profile": {"actor": group},
        "alleged_ties": {"actor": group},
        "all_paths": {"from": group, "to": "state:BOL"},
        "agreements": {"actor": "state:BOL"},
        "document": {"document": doc["title"]},
        "outlet": {"outlet": doc["outlet"]},
    }


def example_params(q) -> dict:
    params = {}
    for part in q.example.split(" -p ")[1:]:
        key, _, value = part.partition("=")
        params[key.strip()] = value.strip().strip('"')
    return params


def time_queries(store, runs: int, overrides: dict | None = None) -> dict[str, dict]:
    out = {}
    for q in queries.list_queries():
        params = {**example_params(q), **(overrides or {}).get(q.name, {})}
        try:
            rows = queries.run(store, q.name, **params)  # warm-up (and plan cache)
        except queries.QueryError as exc:
            out[q.name] = {"error": str(exc)}
            continue
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            rows = queries.run(store, q.name, **params)
            times.append(time.perf_counter() - t0)
        out[q.name] = {"median_ms": round(1000 * statistics.median(times), 2), "rows": len(rows),
                       "params": params}
        _log(f"{q.name}: {out[q.name]['median_ms']} ms, {len(rows)} rows")
    return out


def seeds_figures(runs: int) -> dict:
    from loaders import load

    _log("seeds: loading the five articles")
    with tempfile.TemporaryDirectory(prefix="geokg-qbench-") as tmp:
        with open_store("embedded", Path(tmp) / "store") as store:
            store.upsert(load(ROOT / "seeds").batch)
            return {"graph": store.stats(), "queries": time_queries(store, runs)}


def _log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _bulk_csv(nodes: int, edges: int, seed: int) -> tuple[dict, float]:
    """The synthetic graph as bulk-loader CSV, cached in the temp folder across runs
    (generating 500,000 fact edges and their claims takes minutes)."""
    from benchmarks.bulk_loader import make_batches, write_bulk_csv

    cache = Path(tempfile.gettempdir()) / f"geokg-qbench-csv-{nodes}-{edges}-{seed}"
    listing = cache / "files.json"
    if listing.exists():
        files = json.loads(listing.read_text())
        return {k: [(name, Path(p)) for name, p in v] for k, v in files.items()}, 0.0
    t0 = time.perf_counter()
    files = write_bulk_csv(make_batches(nodes, edges, seed), cache)
    listing.write_text(json.dumps({k: [(name, str(p)) for name, p in v] for k, v in files.items()}))
    return files, time.perf_counter() - t0


def synthetic_figures(nodes: int, edges: int, runs: int, seed: int = 0) -> dict:
    from falkordb import FalkorDB

    from benchmarks.bulk_loader import BULK_GRAPH, INDEXES
    from graph.falkordb_store import FalkorDBStore

    _log(f"synthetic graph: {nodes} nodes, {edges} fact edges (CSV for the bulk loader)")
    files, generate_s = _bulk_csv(nodes, edges, seed)
    with tempfile.TemporaryDirectory(prefix="geokg-qbench-") as tmp:
        with FalkorDBStore(Path(tmp) / "store") as store:
            db = FalkorDB(unix_socket_path=str(store.socket))
            db.select_graph(BULK_GRAPH).delete()  # the bulk loader only writes a new graph
            db.connection.close()
            # no socket timeout: the server may take minutes over one large binary chunk
            url = f"unix://{store.socket}?socket_timeout=3600"
            cmd = [str(Path(sys.executable).with_name("falkordb-bulk-insert")), BULK_GRAPH,
                   "-u", url, "--enforce-schema", "-x", "none", "-b", "32"]
            for label, path in files["nodes"]:
                cmd += ["-N", label, str(path)]
            for rel, path in files["relations"]:
                cmd += ["-R", rel, str(path)]
            for idx in INDEXES:
                cmd += ["-i", idx]
            _log("bulk loading")
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True)
            load_s = time.perf_counter() - t0
            if proc.returncode != 0:
                tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:]
                raise SystemExit(f"falkordb-bulk-insert failed: {tail[0] if tail else proc.returncode}")
            _log(f"loaded in {load_s:.0f} s; timing queries")
            return {"graph": store.stats(), "generate_seconds": round(generate_s, 1),
                    "bulk_load_seconds": round(load_s, 1),
                    "queries": time_queries(store, runs, synthetic_params(store))}


def _cell(entry: dict | None) -> tuple[str, str]:
    if entry is None:
        return "-", "-"
    if "error" in entry:
        return "error", entry["error"][:40]
    return f"{entry['median_ms']:.1f}", str(entry["rows"])


def print_table(result: dict) -> None:
    seeds = result.get("seeds", {}).get("queries", {})
    synth = result.get("synthetic", {}).get("queries", {})
    n = result.get("synthetic", {}).get("graph", {})
    print(f"median latency of queries.run over {result['runs']} runs (ms)")
    if "seeds" in result:
        print(f"seeds graph: {result['seeds']['graph']}")
    if n:
        print(f"synthetic graph: {n}  (generated in {result['synthetic']['generate_seconds']} s, "
              f"bulk-loaded in {result['synthetic']['bulk_load_seconds']} s)")
    head = f"{'query':<22}{'seeds ms':>10}{'rows':>7}{'synthetic ms':>15}{'rows':>7}"
    print(head)
    print("-" * len(head))
    for q in queries.list_queries():
        s_ms, s_rows = _cell(seeds.get(q.name))
        y_ms, y_rows = _cell(synth.get(q.name))
        print(f"{q.name:<22}{s_ms:>10}{s_rows:>7}{y_ms:>15}{y_rows:>7}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="median latency of the canned queries")
    ap.add_argument("--nodes", type=int, default=100_000, help="synthetic entity nodes")
    ap.add_argument("--edges", type=int, default=500_000, help="synthetic fact edges")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="2,000 nodes, 10,000 edges, 3 runs")
    ap.add_argument("--no-seeds", action="store_true")
    ap.add_argument("--no-synthetic", action="store_true")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = ap.parse_args(argv)
    if args.quick:
        args.nodes, args.edges, args.runs = 2_000, 10_000, 3
    result: dict = {"benchmark": "queries", "runs": args.runs}
    if not args.no_seeds:
        result["seeds"] = seeds_figures(args.runs)
    if not args.no_synthetic:
        result["synthetic"] = {"nodes": args.nodes, "edges": args.edges,
                               **synthetic_figures(args.nodes, args.edges, args.runs)}
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
