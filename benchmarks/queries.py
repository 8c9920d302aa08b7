"""Median latency of every canned query, on the seeds and on a large synthetic graph.

Seeds: the five seed articles through the real pipeline (loaders.load) into an embedded
store. Synthetic: benchmarks.corpus.synthetic_batches (100,000 entity nodes and 500,000
fact edges by default, with their claims and documents on top, in the store layout),
written in batches of 10,000 fact edges with the store's own batched upsert (UNWIND,
about 5,000 fact edges/s; see benchmarks/README.md). falkordb-bulk-insert was tried
first: at this size its worker thread died mid-load here (a socket timeout, then a hang),
so the store's writer, which the real loads use anyway, is the one used.

Each query runs with its header example's parameters (on the synthetic graph a few are
swapped for its most connected group and one of its documents; shortest_path runs
between the two most connected states (about 300 facts each at 100k/500k): the runner's
bidirectional breadth-first search, not the bounded path enumeration all_paths still
does). Each query runs once to warm up (FalkorDB's plan cache; no result is cached
anywhere, so every timed run computes its answer), then --runs times; the table gives
the median and p95 of queries.run (parameter binding and alias resolution included) in
wall time and in CPU time (this process + the embedded FalkorDB server, from the
server's INFO cpu: on a shared machine CPU time swings much less than wall time), and
the row count.

    python -m benchmarks.queries                       # seeds + 100k/500k synthetic, 5 runs
    python -m benchmarks.queries --quick               # seeds + 2,000/10,000 synthetic, 3 runs
    python -m benchmarks.queries --nodes 20000 --edges 100000 --json
    python -m benchmarks.queries --store /tmp/synth --only officials,agreements   # keep/reuse the graph
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import queries
from graph.store import open_store
from queries import centrality

ROOT = Path(__file__).resolve().parents[1]

# The synthetic graph's documents and outlets are invented, and which real groups it
# holds depends on the seed: those parameters are picked from the graph itself.
_Q_TOP_GROUP = ("MATCH (g:Group)-[r]-(:Entity) RETURN g.id AS id, count(r) AS n "
                "ORDER BY n DESC, id LIMIT 1")
_Q_TOP_STATES = ("MATCH (s:State)-[r]-(:Entity) RETURN s.id AS id, count(r) AS n "
                 "ORDER BY n DESC, id LIMIT 2")
_Q_A_DOCUMENT = "MATCH (d:Document) RETURN d.title AS title, d.source AS outlet ORDER BY d.id LIMIT 1"
_Q_TOP_EMPLOYER = ("MATCH (x:Entity)<-[r:HOLDS_ROLE|MEMBER_OF]-(:Official) RETURN x.id AS id, count(r) AS n "
                   "ORDER BY n DESC, id LIMIT 1")
_Q_INDEXES_BUILDING = "CALL db.indexes() YIELD status WHERE status <> 'OPERATIONAL' RETURN count(*) AS n"


def synthetic_params(store) -> dict[str, dict]:
    group = store.run(_Q_TOP_GROUP, read_only=True)[0]["id"]
    doc = store.run(_Q_A_DOCUMENT, read_only=True)[0]
    hubs = [r["id"] for r in store.run(_Q_TOP_STATES, read_only=True)]
    employer = store.run(_Q_TOP_EMPLOYER, read_only=True)[0]["id"]
    return {
        "officials": {"actor": employer},  # the synthetic Bolivia has no officials
        "designations": {"designated": group},
        "profile": {"actor": group},
        "alleged_ties": {"actor": group},
        "all_paths": {"from": group, "to": "state:BOL"},
        # hub to hub: the case the bounded path enumeration never finished
        "shortest_path": {"from": hubs[0], "to": hubs[-1]},
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


def time_queries(store, runs: int, overrides: dict | None = None, only: set[str] | None = None) -> dict[str, dict]:
    out = {}
    for q in queries.list_queries():
        if only and q.name not in only:
            continue
        params = {**example_params(q), **(overrides or {}).get(q.name, {})}
        try:
            rows = queries.run(store, q.name, **params)  # warm-up (and plan cache)
        except queries.QueryError as exc:
            out[q.name] = {"error": str(exc)}
            continue
        times, cpus = [], []
        for _ in range(runs):
            c0, s0, t0 = time.process_time(), server_cpu(store), time.perf_counter()
            rows = queries.run(store, q.name, **params)
            times.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0 + server_cpu(store) - s0)
        out[q.name] = {"median_ms": _ms(statistics.median(times)), "p95_ms": _ms(_p95(times)),
                       "cpu_median_ms": _ms(statistics.median(cpus)), "cpu_p95_ms": _ms(_p95(cpus)),
                       "rows": len(rows), "params": params}
        e = out[q.name]
        _log(f"{q.name}: median {e['median_ms']} ms (CPU {e['cpu_median_ms']}), "
             f"p95 {e['p95_ms']} ms (CPU {e['cpu_p95_ms']}), {len(rows)} rows")
    return out


def server_cpu(store) -> float:
    """CPU seconds the embedded FalkorDB server has used (all its threads), 0 for Neo4j."""
    db = getattr(store, "_db", None)
    if db is None:
        return 0.0
    info = db.connection.info("cpu")
    return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])


def _p95(values: list[float]) -> float:
    """Nearest-rank 95th percentile (with 5 runs: the slowest)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, -(-95 * len(ordered) // 100) - 1))]


def _ms(seconds: float) -> float:
    return round(1000 * seconds, 2)


def seeds_figures(runs: int, only: set[str] | None = None) -> dict:
    from loaders import load

    _log("seeds: loading the five articles")
    with tempfile.TemporaryDirectory(prefix="geokg-qbench-") as tmp:
        with open_store("embedded", Path(tmp) / "store") as store:
            store.upsert(load(ROOT / "seeds").batch)
            ranking = prepare(store)
            return {"graph": store.stats(), "ranking": ranking, "queries": time_queries(store, runs, only=only)}


def prepare(store) -> dict | None:
    """What `geokg load` leaves behind: indexes built (an older store gets the new ones on
    open, built in the background) and the central_actors ranking for this graph version
    (its cost is ingest time, reported apart; the timed queries never compute it)."""
    while store.run(_Q_INDEXES_BUILDING, read_only=True)[0]["n"]:
        time.sleep(0.5)
    if centrality.stored(store, {"limit": 1, "pivots": centrality.STORED_PIVOTS}) is not None:
        return None  # a kept store already has it
    c0, s0, t0 = time.process_time(), server_cpu(store), time.perf_counter()
    result = centrality.refresh(store)
    result.update(seconds=round(time.perf_counter() - t0, 1),
                  cpu_seconds=round(time.process_time() - c0 + server_cpu(store) - s0, 1))
    _log(f"central_actors ranking stored: {result}")
    return result


def _log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def synthetic_figures(nodes: int, edges: int, runs: int, seed: int = 0, store_dir: Path | None = None,
                      only: set[str] | None = None) -> dict:
    from benchmarks.corpus import synthetic_batches

    with tempfile.TemporaryDirectory(prefix="geokg-qbench-") as tmp:
        folder = store_dir or Path(tmp) / "store"
        marker = folder / f"synthetic-{nodes}-{edges}-{seed}.done"
        with open_store("embedded", folder) as store:
            load_s = None
            if marker.exists():  # --store kept a complete graph from an earlier run
                _log(f"reusing the synthetic graph in {folder}")
            else:
                _log(f"synthetic graph: {nodes} nodes, {edges} fact edges")
                store.clear()
                t0 = time.perf_counter()
                done = 0
                for batch in synthetic_batches(nodes, edges, edges_per_batch=10_000, seed=seed):
                    store.upsert(batch)
                    done += 10_000
                    if done % 100_000 == 0:
                        _log(f"{done} fact edges written")
                load_s = round(time.perf_counter() - t0, 1)
                marker.write_text("complete\n")
                _log(f"loaded in {load_s:.0f} s; timing queries")
            ranking = prepare(store)
            return {"graph": store.stats(), "load_seconds": load_s, "ranking": ranking,
                    "queries": time_queries(store, runs, synthetic_params(store), only)}


def _cell(entry: dict | None) -> tuple[str, str, str]:
    if entry is None:
        return "-", "-", "-"
    if "error" in entry:
        return "error", entry["error"][:40], ""
    return (f"{entry['median_ms']:.1f}/{entry['p95_ms']:.1f}",
            f"{entry['cpu_median_ms']:.1f}/{entry['cpu_p95_ms']:.1f}", str(entry["rows"]))


def print_table(result: dict) -> None:
    seeds = result.get("seeds", {}).get("queries", {})
    synth = result.get("synthetic", {}).get("queries", {})
    n = result.get("synthetic", {}).get("graph", {})
    print(f"latency of queries.run over {result['runs']} runs, median/p95 in ms: wall, and CPU "
          "(geokg + FalkorDB server)")
    if "seeds" in result:
        print(f"seeds graph: {result['seeds']['graph']}")
    if n:
        print(f"synthetic graph: {n}  (generated and upserted in {result['synthetic']['load_seconds']} s)")
    for part in ("seeds", "synthetic"):
        if result.get(part, {}).get("ranking"):
            print(f"{part}: central_actors ranking computed and stored at load time: {result[part]['ranking']}")
    head = (f"{'query':<22}{'seeds wall':>14}{'CPU':>14}{'rows':>6}"
            f"{'synthetic wall':>18}{'CPU':>18}{'rows':>6}")
    print(head)
    print("-" * len(head))
    for q in queries.list_queries():
        s_ms, s_cpu, s_rows = _cell(seeds.get(q.name))
        y_ms, y_cpu, y_rows = _cell(synth.get(q.name))
        print(f"{q.name:<22}{s_ms:>14}{s_cpu:>14}{s_rows:>6}{y_ms:>18}{y_cpu:>18}{y_rows:>6}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="median latency of the canned queries")
    ap.add_argument("--nodes", type=int, default=100_000, help="synthetic entity nodes")
    ap.add_argument("--edges", type=int, default=500_000, help="synthetic fact edges")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="2,000 nodes, 10,000 edges, 3 runs")
    ap.add_argument("--no-seeds", action="store_true")
    ap.add_argument("--no-synthetic", action="store_true")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    ap.add_argument("--store", type=Path, metavar="DIR",
                    help="keep the synthetic graph in DIR and reuse it on the next run")
    ap.add_argument("--only", metavar="NAMES", help="comma-separated query names to time")
    args = ap.parse_args(argv)
    if args.quick:
        args.nodes, args.edges, args.runs = 2_000, 10_000, 3
    only = {n.strip() for n in args.only.split(",")} if args.only else None
    result: dict = {"benchmark": "queries", "runs": args.runs}
    if not args.no_seeds:
        result["seeds"] = seeds_figures(args.runs, only)
    if not args.no_synthetic:
        result["synthetic"] = {"nodes": args.nodes, "edges": args.edges,
                               **synthetic_figures(args.nodes, args.edges, args.runs,
                                                   store_dir=args.store, only=only)}
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
