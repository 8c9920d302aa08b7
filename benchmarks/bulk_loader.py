"""Ingest into the embedded store vs FalkorDB's own bulk loader, on the same data.

The embedded store (graph.store.open_store("embedded"), `upsert` of batches of 10,000
fact edges with their claims, documents and entities) is timed side by side with
`falkordb-bulk-insert` (the falkordb-bulk-loader package) loading the same graph in
the same layout (Entity:<type>, Document and Claim nodes, SUBJECT/OBJECT/IN_DOCUMENT/
ATTRIBUTED_TO and fact edges, the same four indexes) into a fresh server started
exactly as the embedded store starts its own (a FalkorDBStore in a temporary folder:
Unix socket, append-only file on). The bulk loader is the ceiling: it writes binary
blobs straight into the graph module, with no MERGE, no idempotence and no fact
recomputation, and only into an empty graph.

Rates are fact edges per second, medians over --runs runs; the bulk loader's time is
its own load (`falkordb-bulk-insert` process, index creation included); writing its
CSV input is timed separately and reported, not counted. Target: embedded >= 0.5 x bulk.
CPU seconds (client process + FalkorDB server) are reported too: on a shared machine
they move far less than wall-clock times, so the ratio by CPU is the steadier figure.

    python -m benchmarks.bulk_loader                 # 20,000 nodes, 100,000 fact edges, 3 runs
    python -m benchmarks.bulk_loader --quick         # 2,000 nodes, 20,000 fact edges, 1 run
    python -m benchmarks.bulk_loader --json          # one JSON line (for run_all)

Data: benchmarks.corpus.synthetic_batches (claims per fact and per document as in
real loads; see that module).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import synthetic_batches
from graph.facts import summarise
from graph.ids import normalise
from graph.schema import EDGE_PROPS, MODALITY_RANK

BULK_GRAPH = "geokg"  # the embedded store's graph name, so store.stats() counts it
INDEXES = ("Entity:id", "Document:id", "Claim:id", "Claim:fact")


def make_batches(nodes: int, edges: int, seed: int = 0, edges_per_batch: int = 10_000) -> list:
    return list(synthetic_batches(nodes, edges, edges_per_batch=edges_per_batch, seed=seed))


# --------------------------------------------------------------------------- bulk CSV


def _arr(values) -> str:
    # the bulk loader reads arrays with ast.literal_eval: a Python list literal
    return repr([str(v) for v in values])


def write_bulk_csv(batches: list, out: Path) -> dict[str, list[tuple[str, Path]]]:
    """The graph of `batches` as falkordb-bulk-insert CSV files (typed headers,
    --enforce-schema); returns {"nodes": [(label, path)], "relations": [(type, path)]}."""
    out.mkdir(parents=True, exist_ok=True)
    entities, documents, claims = {}, {}, {}
    for b in batches:
        for e in b.entities:
            if e.id in entities:  # the same entity in several batches: aliases unioned
                prev = entities[e.id]
                if set(e.aliases) - set(prev.aliases):
                    e = e.model_copy(update={"aliases": sorted(set(prev.aliases) | set(e.aliases))})
                else:
                    e = prev
            entities[e.id] = e
        documents.update((d.id, d) for d in b.documents)
        claims.update((c.id, c) for c in b.claims)

    files: dict[str, list[tuple[str, Path]]] = {"nodes": [], "relations": []}

    def writer(kind: str, name: str, header: list[str]):
        path = out / f"{name}.csv"
        fh = path.open("w", encoding="utf-8", newline="")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        files[kind].append((name, path))
        return fh, w

    by_label: dict[str, list] = {}
    for e in entities.values():
        by_label.setdefault(e.type, []).append(e)
    for label, ents in sorted(by_label.items()):
        extra = {"State": ["iso3"], "Group": ["kind", "country"], "Official": [],
                 "Agreement": ["title", "kind", "date"]}[label]
        fh, w = writer("nodes", f"Entity:{label}",
                       ["id:ID(Entity)", "name:STRING", "aliases:ARRAY", "search:ARRAY"]
                       + [f"{k}:STRING" for k in extra])
        for e in ents:
            search = sorted({normalise(x) for x in [e.name, *e.aliases]} - {""})
            w.writerow([e.id, e.name, _arr(e.aliases), _arr(search)]
                       + [getattr(e, k) or "" for k in extra])
        fh.close()

    doc_cols = ["title", "url", "source", "published", "language", "path", "text"]
    fh, w = writer("nodes", "Document", ["id:ID(Document)"] + [f"{k}:STRING" for k in doc_cols])
    for d in documents.values():
        w.writerow([d.id] + [getattr(d, k) or "" for k in doc_cols])
    fh.close()

    scalar = ["fact", "predicate", "subject", "object", "document", "modality", "polarity", "date",
              "reported", "quote", "language", "rule", "attributed_to", "attribution"]
    str_props = sorted({k for p in EDGE_PROPS.values() for k, t in p.items() if t is str})
    list_props = sorted({k for p in EDGE_PROPS.values() for k, t in p.items() if t is list})
    fh, w = writer("nodes", "Claim", ["id:ID(Claim)"] + [f"{k}:STRING" for k in scalar]
                   + ["modality_rank:INT", "char_start:INT", "char_end:INT", "confidence:DOUBLE"]
                   + [f"{k}:STRING" for k in str_props] + [f"{k}:ARRAY" for k in list_props])
    rels = {t: writer("relations", t, [":START_ID(Claim)", f":END_ID({'Document' if t == 'IN_DOCUMENT' else 'Entity'})"])
            for t in ("SUBJECT", "OBJECT", "IN_DOCUMENT", "ATTRIBUTED_TO")}
    for c in claims.values():
        data = c.model_dump(mode="json")
        data["fact"] = c.fact_id()
        w.writerow([c.id] + [data.get(k) or "" for k in scalar]
                   + [MODALITY_RANK[c.modality.value], c.char_start, c.char_end, c.confidence]
                   + [c.props.get(k, "") for k in str_props]
                   + [_arr(c.props[k]) if k in c.props else "" for k in list_props])
        rels["SUBJECT"][1].writerow([c.id, c.subject])
        rels["OBJECT"][1].writerow([c.id, c.object])
        rels["IN_DOCUMENT"][1].writerow([c.id, c.document])
        if c.attributed_to:
            rels["ATTRIBUTED_TO"][1].writerow([c.id, c.attributed_to])
    fh.close()
    for rfh, _ in rels.values():
        rfh.close()

    facts_by_type: dict[str, list] = {}
    for f in summarise(claims.values()):
        facts_by_type.setdefault(f.type, []).append(f)
    for t, facts in sorted(facts_by_type.items()):
        props = list(EDGE_PROPS[t])
        types = {k: ("ARRAY" if EDGE_PROPS[t][k] is list else "STRING") for k in props}
        fh, w = writer("relations", t, [":START_ID(Entity)", ":END_ID(Entity)", "id:STRING", "date:STRING",
                                        "modality:STRING", "modality_rank:INT", "claims:INT",
                                        "sources:ARRAY", "first_reported:STRING", "last_reported:STRING",
                                        "contested:BOOL"] + [f"{k}:{types[k]}" for k in props])
        for f in facts:
            w.writerow([f.source, f.target, f.id, f.date or "", f.modality.value,
                        MODALITY_RANK[f.modality.value], f.claims, _arr(f.sources),
                        f.first_reported or "", f.last_reported or "", str(f.contested).lower()]
                       + [(_arr(f.props[k]) if types[k] == "ARRAY" else f.props[k]) if k in f.props else ""
                          for k in props])
        fh.close()
    return files


# --------------------------------------------------------------------------- runs


def _fact_edges(stats: dict) -> int:
    return sum(n for t, n in stats["edges"].items() if t in EDGE_PROPS)


def _server_cpu(store) -> float:
    """CPU seconds used so far by the store's FalkorDB server (its pid file)."""
    import psutil

    t = psutil.Process(int((store.folder / "redis.pid").read_text().split()[0])).cpu_times()
    return t.user + t.system


def _children_cpu() -> float:
    t = os.times()
    return t.children_user + t.children_system


def run_embedded(batches: list) -> dict:
    from graph.store import open_store

    with tempfile.TemporaryDirectory(prefix="geokg-bench-") as tmp:
        with open_store("embedded", Path(tmp) / "store") as store:
            s0, c0, t0 = _server_cpu(store), time.process_time(), time.perf_counter()
            per_batch, per_batch_cpu = [], []
            for b in batches:
                tb, cb, sb = time.perf_counter(), time.process_time(), _server_cpu(store)
                store.upsert(b)
                per_batch.append(time.perf_counter() - tb)
                per_batch_cpu.append(time.process_time() - cb + _server_cpu(store) - sb)
            seconds = time.perf_counter() - t0
            cpu = time.process_time() - c0 + _server_cpu(store) - s0
            stats = store.stats()
    return {"seconds": seconds, "cpu_seconds": cpu, "batch_seconds": per_batch,
            "batch_cpu_seconds": per_batch_cpu, "stats": stats}


def run_bulk(batches: list) -> dict:
    from falkordb import FalkorDB

    from graph.falkordb_store import FalkorDBStore

    with tempfile.TemporaryDirectory(prefix="geokg-bulk-") as tmp:
        t0 = time.perf_counter()
        files = write_bulk_csv(batches, Path(tmp) / "csv")
        csv_seconds = time.perf_counter() - t0
        # a server started exactly as the embedded store starts its own
        with FalkorDBStore(Path(tmp) / "store") as store:
            db = FalkorDB(unix_socket_path=str(store.socket))
            db.select_graph(BULK_GRAPH).delete()  # the bulk loader only loads into a new graph
            db.connection.close()
            cmd = [str(Path(sys.executable).with_name("falkordb-bulk-insert")), BULK_GRAPH,
                   "-u", f"unix://{store.socket}", "--enforce-schema", "-x", "none"]
            for label, path in files["nodes"]:
                cmd += ["-N", label, str(path)]
            for rel, path in files["relations"]:
                cmd += ["-R", rel, str(path)]
            for idx in INDEXES:
                cmd += ["-i", idx]
            s0, c0, t0 = _server_cpu(store), _children_cpu(), time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True)
            seconds = time.perf_counter() - t0
            cpu = _children_cpu() - c0 + _server_cpu(store) - s0
            if proc.returncode != 0:
                tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:]
                raise RuntimeError(f"falkordb-bulk-insert failed: {tail[0] if tail else proc.returncode}")
            stats = store.stats()
    return {"seconds": seconds, "cpu_seconds": cpu, "csv_seconds": csv_seconds, "stats": stats}


def bench(nodes: int, edges: int, runs: int, seed: int = 0) -> dict:
    batches = make_batches(nodes, edges, seed)
    claims = sum(len(b.claims) for b in batches)
    documents = sum(len(b.documents) for b in batches)
    emb, bulk, csv_s, emb_cpu, bulk_cpu, per_batch, per_batch_cpu = [], [], [], [], [], [], []
    check = None
    for _ in range(runs):
        e = run_embedded(batches)
        b = run_bulk(batches)
        if e["stats"] != b["stats"]:  # the comparison is only fair on the same graph
            raise RuntimeError(f"the two loads differ: embedded {e['stats']} vs bulk {b['stats']}")
        check = e["stats"]
        emb.append(e["seconds"])
        bulk.append(b["seconds"])
        emb_cpu.append(e["cpu_seconds"])
        per_batch.append(e["batch_seconds"])
        per_batch_cpu.append(e["batch_cpu_seconds"])
        bulk_cpu.append(b["cpu_seconds"])
        csv_s.append(b["csv_seconds"])
    fact_edges = _fact_edges(check)
    emb_rate = fact_edges / statistics.median(emb)
    bulk_rate = fact_edges / statistics.median(bulk)
    return {
        "benchmark": "bulk_loader",
        "nodes": nodes, "fact_edges": fact_edges, "claims": claims, "documents": documents,
        "batch_size": 10_000, "runs": runs,
        "embedded_seconds_median": round(statistics.median(emb), 3),
        "bulk_seconds_median": round(statistics.median(bulk), 3),
        "bulk_csv_seconds_median": round(statistics.median(csv_s), 3),
        "embedded_fact_edges_per_s": round(emb_rate, 1),
        "bulk_fact_edges_per_s": round(bulk_rate, 1),
        "ratio": round(emb_rate / bulk_rate, 3),
        # CPU seconds (client + server): what the load costs, whatever else the machine runs
        "embedded_cpu_seconds_median": round(statistics.median(emb_cpu), 3),
        "bulk_cpu_seconds_median": round(statistics.median(bulk_cpu), 3),
        "ratio_cpu": round(statistics.median(bulk_cpu) / statistics.median(emb_cpu), 3),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        # does an upsert slow down as the graph grows? (median over runs, per batch)
        "embedded_batch_seconds": [round(statistics.median(x), 3) for x in zip(*per_batch)],
        "embedded_batch_cpu_seconds": [round(statistics.median(x), 3) for x in zip(*per_batch_cpu)],
        "target": "embedded >= 0.5 x bulk loader",
        "met": emb_rate >= 0.5 * bulk_rate,
        "graph": check,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="embedded-store ingest vs falkordb-bulk-insert")
    ap.add_argument("--nodes", type=int, default=20_000)
    ap.add_argument("--edges", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="2,000 nodes, 20,000 edges, 1 run")
    ap.add_argument("--json", action="store_true", help="print one JSON line only")
    args = ap.parse_args(argv)
    if args.quick:
        args.nodes, args.edges, args.runs = 2_000, 20_000, 1
    r = bench(args.nodes, args.edges, args.runs)
    if args.json:
        print(json.dumps(r))
        return 0
    print(f"ingest, {r['nodes']} nodes / {r['fact_edges']} fact edges / {r['claims']} claims / "
          f"{r['documents']} documents, batches of 10,000 fact edges, median of {r['runs']} "
          f"(cores: {os.cpu_count()})")
    print(f"  embedded store upsert   {r['embedded_fact_edges_per_s']:>10,.0f} fact edges/s "
          f"({r['embedded_seconds_median']} s)")
    print(f"  falkordb-bulk-insert    {r['bulk_fact_edges_per_s']:>10,.0f} fact edges/s "
          f"({r['bulk_seconds_median']} s; writing its CSV input: {r['bulk_csv_seconds_median']} s)")
    print(f"  ratio {r['ratio']:.2f} (target >= 0.50: {'met' if r['met'] else 'MISSED'})")
    bs = r["embedded_batch_seconds"]
    print(f"  embedded, seconds per batch of 10,000 as the graph grows: first {bs[0]}, last {bs[-1]} "
          f"({len(bs)} batches)")
    bc = r["embedded_batch_cpu_seconds"]
    print(f"  embedded, CPU seconds per batch (client + server): first {bc[0]}, last {bc[-1]}, "
          f"max {max(bc)}")
    print(f"  CPU seconds (client + FalkorDB server): embedded {r['embedded_cpu_seconds_median']}, "
          f"bulk loader {r['bulk_cpu_seconds_median']}; ratio by CPU {r['ratio_cpu']:.2f} "
          f"(load average {r['load_average']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
