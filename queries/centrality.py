"""central_actors at scale: the ranking is computed once per graph version and stored.

Degree and betweenness rank every actor of the fact graph, so no per-call computation
stays under 100 ms at 100,000 actors / 500,000 fact edges (the Cypher degree count alone
takes seconds there, the networkx betweenness about a minute). `refresh(store)` computes
them (`geokg load` calls it once at the end) and writes one `(:Centrality)` node per actor
with its ranks, plus one `(:CentralityRun {version, pivots})`; the query then reads the
first `limit` ranks through an index. The version is the number of actors and of fact
edges: loads only add (ids are deterministic, nothing is deleted but by clear), so the
fact graph's shape changes exactly when one of them does. A stale or missing ranking is
never served: central_actors then computes it live, as before (slow on a big graph).

Betweenness is exact up to EXACT_BETWEENNESS actors (networkx, as the live path). Above,
it is estimated from STORED_PIVOTS source actors sampled with a fixed seed (igraph, in C:
about 65 ms of CPU per source at 100k/500k, where networkx takes about 1 s), scaled like
networkx's own estimate, k/n of the sources: betweenness(v) = n/k * sum over the sampled
sources s of the pair dependencies of v, / ((n-1)(n-2)). benchmarks/centrality_error.py
measures the estimate against the exact value.
"""

from __future__ import annotations

import random
from typing import Iterable

import networkx as nx

from graph.schema import EDGE_PROPS

EXACT_BETWEENNESS = 500
STORED_PIVOTS = 256
_FACT_TYPES = "|".join(EDGE_PROPS)

_Q_ACTORS = "MATCH (n:Entity) RETURN count(n) AS n"
_Q_FACTS = f"MATCH ()-[r:{_FACT_TYPES}]->() RETURN count(r) AS n"
# r.id returned so that FalkorDB walks the edges themselves: with only the ends returned it
# walks its adjacency matrix and two parallel facts (URGED twice, USA -> Bolivia) count once
_Q_EDGES = f"MATCH (a:Entity)-[r:{_FACT_TYPES}]->(b:Entity) RETURN a.id AS a, b.id AS b, r.id AS fact"
_Q_NAMES = "MATCH (n:Entity) RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS type"
_Q_RUN = "MATCH (r:CentralityRun) RETURN r.version AS version, r.pivots AS pivots"
_Q_DROP = "MATCH (c:Centrality) WITH c LIMIT 10000 DELETE c RETURN count(*) AS n"
_Q_DROP_RUN = "MATCH (r:CentralityRun) DELETE r"
_Q_WRITE = ("UNWIND $rows AS r CREATE (c:Centrality) SET c = r")
_Q_WRITE_RUN = "CREATE (:CentralityRun {version: $version, pivots: $pivots})"
_Q_TOP = ("MATCH (c:Centrality) WHERE c.rank < $limit "
          "RETURN c.actor AS actor, c.type AS type, c.degree AS degree, c.betweenness AS betweenness, "
          "c.facts_out AS facts_out, c.degree - c.facts_out AS facts_in, c.actor_id AS actor_id "
          "ORDER BY c.rank")
_Q_TOP_OF_TYPE = ("MATCH (c:Centrality) WHERE c.type = $type AND c.type_rank < $limit "
                  "RETURN c.actor AS actor, c.type AS type, c.degree AS degree, c.betweenness AS betweenness, "
                  "c.facts_out AS facts_out, c.degree - c.facts_out AS facts_in, c.actor_id AS actor_id "
                  "ORDER BY c.type_rank")
_Q_NEIGHBOURS = (f"UNWIND $ids AS i MATCH (x:Entity {{id: i}})-[:{_FACT_TYPES}]-(y:Entity) "
                 "RETURN i AS id, collect(DISTINCT y.id) AS neighbours")


def version(store) -> str:
    """The fact graph's shape: actors and fact edges (both O(1) counts on both engines)."""
    actors = store.run(_Q_ACTORS, read_only=True)[0]["n"]
    facts = store.run(_Q_FACTS, read_only=True)[0]["n"]
    return f"{actors}:{facts}"


def betweenness(g: nx.Graph, pivots: int | None) -> tuple[dict, int | None]:
    """Betweenness of every node, exact up to EXACT_BETWEENNESS nodes, else from `pivots`
    sampled sources; returns the scores and the number of sources used (None = exact)."""
    n = g.number_of_nodes()
    if n <= EXACT_BETWEENNESS:
        return (nx.betweenness_centrality(g) if n else {}), None
    import igraph

    names = sorted(g.nodes)
    index = {v: i for i, v in enumerate(names)}
    ig = igraph.Graph(n=n, edges=[(index[a], index[b]) for a, b in g.edges])
    k = min(n, pivots)
    sources = sorted(random.Random(0).sample(range(n), k))
    raw = ig.betweenness(sources=sources, directed=False)
    # igraph counts each undirected (source, target) pair once; networkx's estimate sums both
    # directions of the sampled sources' dependencies, then scales by n/k and 1/((n-1)(n-2))
    scale = 2 * n / k / ((n - 1) * (n - 2))
    return {v: raw[i] * scale for i, v in enumerate(names)}, k


def compute(store, pivots: int = STORED_PIVOTS) -> tuple[list[dict], int | None]:
    """Every actor with a fact edge, ranked as central_actors ranks them."""
    degree: dict[str, int] = {}
    out: dict[str, int] = {}
    g = nx.Graph()
    for e in store.run(_Q_EDGES, read_only=True):
        a, b = e["a"], e["b"]
        degree[a] = degree.get(a, 0) + 1
        degree[b] = degree.get(b, 0) + 1
        out[a] = out.get(a, 0) + 1
        g.add_edge(a, b)
    scores, k = betweenness(g, pivots)
    info = {r["id"]: r for r in store.run(_Q_NAMES, read_only=True)}
    ids = sorted(degree)
    rows = [{"actor_id": a, "actor": info.get(a, {}).get("name"), "type": info.get(a, {}).get("type"),
             "degree": degree[a], "facts_out": out.get(a, 0), "betweenness": round(scores.get(a, 0.0), 6)}
            for a in ids]
    rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], r["actor"] or ""))
    per_type: dict[str, int] = {}
    for rank, r in enumerate(rows):
        r["rank"] = rank
        r["type_rank"] = per_type.get(r["type"], 0)
        per_type[r["type"]] = r["type_rank"] + 1
    return rows, k


def refresh(store, pivots: int = STORED_PIVOTS) -> dict:
    """Compute the ranking and store it with the graph version it was computed for."""
    current = version(store)
    rows, k = compute(store, pivots)
    while store.run(_Q_DROP)[0]["n"]:  # in chunks: a 100k-node delete at once is one huge write
        pass
    store.run(_Q_DROP_RUN)
    for i in range(0, len(rows), 10_000):
        store.run(_Q_WRITE, {"rows": rows[i:i + 10_000]})
    store.run(_Q_WRITE_RUN, {"version": current, "pivots": k})
    return {"version": current, "actors": len(rows), "pivots": k}


def stored(store, params: dict) -> list[dict] | None:
    """central_actors' rows from the stored ranking, or None when it is missing or stale
    (or the caller asked for a number of pivots it was not computed with)."""
    run = store.run(_Q_RUN, read_only=True)
    if len(run) != 1 or run[0]["version"] != version(store):
        return None
    if params.get("pivots") is not None and run[0]["pivots"] is not None and params["pivots"] != run[0]["pivots"]:
        return None
    limit = params.get("limit") or 10_000
    if params.get("type"):
        rows = store.run(_Q_TOP_OF_TYPE, {"type": params["type"], "limit": limit}, read_only=True)
    else:
        rows = store.run(_Q_TOP, {"limit": limit}, read_only=True)
    neighbours = {r["id"]: r["neighbours"] for r in
                  store.run(_Q_NEIGHBOURS, {"ids": [r["actor_id"] for r in rows]}, read_only=True)}
    return [{**r, "neighbours": neighbours.get(r["actor_id"], [])} for r in _in_order(rows)]


def _in_order(rows: Iterable[dict]) -> list[dict]:
    return [{k: r[k] for k in ("actor", "type", "degree", "betweenness", "facts_out", "facts_in", "actor_id")}
            for r in rows]
