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

Small loads. A full refresh costs ~30 s at 100k/500k (reading every fact edge, 256 BFS
for betweenness, writing 100k rows): too much for `geokg load` of one document. So
`refresh(store, since=..., touched=...)` (what `geokg load` calls) updates the ranking
instead when the ranking was current before the load and few actors changed since the
last full refresh: it recounts the degree and facts_out of the actors the load touched
(the claims' ends and the batch's entities: no other actor's facts can change), marks
their rows `moved`, and moves the run to the new version. Degrees are then exact again,
so the ranking is current and served; only betweenness is carried over from the last
full refresh (an actor new since then has none, ranked as 0), and every row says which
graph version its betweenness was estimated on (`betweenness_as_of`). Reading stays an
index lookup: untouched actors keep their relative order, so the first `limit` of the
current order lie among the `limit + moved` first of the stored order and the moved rows,
which the query reads and sorts. Once more than STALE_SHARE of the ranked actors have
moved (betweenness drifts with the graph; the query reads more rows), the next load
refreshes everything. Any other change (a store written without `geokg load`, `pivots`)
still leaves the ranking stale, and stale is never served.

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
# a load refreshes everything once more than this share of the ranked actors moved since the
# last full refresh. At that point the carried betweenness is as close to the exact value as
# a fresh estimate (3,000 actors / 15,000 facts + 14 facts moving 28 actors: mean absolute
# error 0.0469 vs 0.0468 of the largest score, same top 25; benchmarks/centrality_error.py --drift)
STALE_SHARE = 0.01
_FACT_TYPES = "|".join(EDGE_PROPS)

_Q_ACTORS = "MATCH (n:Entity) RETURN count(n) AS n"
_Q_FACTS = f"MATCH ()-[r:{_FACT_TYPES}]->() RETURN count(r) AS n"
# r.id returned so that FalkorDB walks the edges themselves: with only the ends returned it
# walks its adjacency matrix and two parallel facts (URGED twice, USA -> Bolivia) count once
_Q_EDGES = f"MATCH (a:Entity)-[r:{_FACT_TYPES}]->(b:Entity) RETURN a.id AS a, b.id AS b, r.id AS fact"
_Q_NAMES = "MATCH (n:Entity) RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS type"
_Q_RUN = ("MATCH (r:CentralityRun) RETURN r.version AS version, r.pivots AS pivots, "
          "r.betweenness_version AS betweenness_version, r.moved AS moved, r.actors AS actors")
_Q_DROP = "MATCH (c:Centrality) WITH c LIMIT 10000 DELETE c RETURN count(*) AS n"
_Q_DROP_RUN = "MATCH (r:CentralityRun) DELETE r"
_Q_WRITE = ("UNWIND $rows AS r CREATE (c:Centrality) SET c = r")
_Q_WRITE_RUN = ("CREATE (:CentralityRun {version: $version, pivots: $pivots, betweenness_version: $version, "
                "moved: 0, actors: $actors})")
_COLUMNS = ("c.actor AS actor, c.type AS type, c.degree AS degree, c.betweenness AS betweenness, "
            "c.facts_out AS facts_out, c.degree - c.facts_out AS facts_in, c.actor_id AS actor_id")
_Q_TOP = f"MATCH (c:Centrality) WHERE c.rank < $limit RETURN {_COLUMNS} ORDER BY c.rank"
_Q_TOP_OF_TYPE = (f"MATCH (c:Centrality) WHERE c.type = $type AND c.type_rank < $limit RETURN {_COLUMNS} "
                  "ORDER BY c.type_rank")
_Q_MOVED = f"MATCH (c:Centrality) WHERE c.moved = 1 RETURN {_COLUMNS}"
_Q_MOVED_COUNT = "MATCH (c:Centrality) WHERE c.moved = 1 RETURN count(c) AS n"
# the current degree of some actors, counted as compute() counts it (an edge's two ends)
_Q_DEGREES = (f"UNWIND $ids AS i MATCH (x:Entity {{id: i}}) "
              f"OPTIONAL MATCH (x)-[o:{_FACT_TYPES}]->(:Entity) WITH i, x, count(o) AS facts_out "
              f"OPTIONAL MATCH (x)<-[n:{_FACT_TYPES}]-(:Entity) "
              "RETURN i AS actor_id, x.name AS actor, [l IN labels(x) WHERE l <> 'Entity'][0] AS type, "
              "facts_out, facts_out + count(n) AS degree")
# a moved actor keeps its row (and old rank, now unused); one whose last fact went has degree 0
_Q_MOVE = ("UNWIND $rows AS r MERGE (c:Centrality {actor_id: r.actor_id}) "
           "SET c.actor = r.actor, c.type = r.type, c.degree = r.degree, c.facts_out = r.facts_out, c.moved = 1")
_Q_STORED_OF = ("UNWIND $ids AS i MATCH (c:Centrality {actor_id: i}) RETURN c.actor_id AS actor_id, "
                "c.actor AS actor, c.type AS type, c.degree AS degree, c.facts_out AS facts_out")
_Q_RUN_MOVED = "MATCH (r:CentralityRun) SET r.version = $version, r.moved = $moved"
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


def refresh(store, pivots: int = STORED_PIVOTS, *, since: str | None = None,
            touched: Iterable[str] | None = None) -> dict:
    """Store the ranking for the current graph version: updated in place when the caller
    says which actors it touched since version `since` and that is allowed (see the module
    docstring), else computed anew. Returns what was done ("mode": "full" or "moved")."""
    current = version(store)
    if touched is not None and since is not None:
        run = _run(store)
        # only an estimated ranking (above EXACT_BETWEENNESS actors) is worth keeping: below,
        # the full refresh is exact and takes well under a second
        if (run is not None and run["version"] == since and run["pivots"] is not None
                and run["pivots"] == pivots and _actors(store) > EXACT_BETWEENNESS):
            moved = _move(store, sorted(set(touched)), current)
            if moved <= STALE_SHARE * (run["actors"] or 0):
                return {"mode": "moved", "version": current, "moved": moved,
                        "betweenness_as_of": run["betweenness_version"] or since}
    rows, k = compute(store, pivots)
    while store.run(_Q_DROP)[0]["n"]:  # in chunks: a 100k-node delete at once is one huge write
        pass
    store.run(_Q_DROP_RUN)
    for i in range(0, len(rows), 10_000):
        store.run(_Q_WRITE, {"rows": rows[i:i + 10_000]})
    store.run(_Q_WRITE_RUN, {"version": current, "pivots": k, "actors": len(rows)})
    return {"mode": "full", "version": current, "actors": len(rows), "pivots": k}


def _actors(store) -> int:
    return store.run(_Q_ACTORS, read_only=True)[0]["n"]


def _run(store) -> dict | None:
    rows = store.run(_Q_RUN, read_only=True)
    if len(rows) != 1:
        return None
    run = rows[0]
    run["moved"] = run["moved"] or 0  # rankings stored before small loads were updated in place
    run["betweenness_version"] = run["betweenness_version"] or run["version"]
    return run


def _move(store, ids: list[str], current: str) -> int:
    """Recount the degree of `ids`, mark them moved, move the run to `current`; returns how
    many actors have moved since the last full refresh."""
    for i in range(0, len(ids), 10_000):
        chunk = ids[i:i + 10_000]
        was = {r["actor_id"]: r for r in store.run(_Q_STORED_OF, {"ids": chunk}, read_only=True)}
        rows = [r for r in store.run(_Q_DEGREES, {"ids": chunk}, read_only=True)
                if _changed(was.get(r["actor_id"]), r)]
        if rows:
            store.run(_Q_MOVE, {"rows": rows})
    moved = store.run(_Q_MOVED_COUNT, read_only=True)[0]["n"]
    store.run(_Q_RUN_MOVED, {"version": current, "moved": moved})
    return moved


def _changed(was: dict | None, now: dict) -> bool:
    """Whether an actor's row must change (a reloaded document moves nobody)."""
    if was is None:
        return now["degree"] > 0  # an actor without facts has no row
    return any(was[k] != now[k] for k in ("actor", "type", "degree", "facts_out"))


def _key(row: dict) -> tuple:
    """compute()'s order: degree, betweenness (none yet counts as 0), name, then id (compute
    sorts the ids first and its sort is stable)."""
    return (-row["degree"], -(row["betweenness"] or 0.0), row["actor"] or "", row["actor_id"])


def stored(store, params: dict) -> list[dict] | None:
    """central_actors' rows from the stored ranking, or None when it is missing or stale
    (or the caller asked for a number of pivots it was not computed with)."""
    run = _run(store)
    if run is None or run["version"] != version(store):
        return None
    if params.get("pivots") is not None and run["pivots"] is not None and params["pivots"] != run["pivots"]:
        return None
    limit = params.get("limit") or 10_000
    # untouched actors keep their stored order: the first `limit` of the current order are
    # among the first `limit + moved` stored ones and the moved ones
    upto = limit + run["moved"]
    if params.get("type"):
        rows = store.run(_Q_TOP_OF_TYPE, {"type": params["type"], "limit": upto}, read_only=True)
    else:
        rows = store.run(_Q_TOP, {"limit": upto}, read_only=True)
    if run["moved"]:
        found = {r["actor_id"]: r for r in rows}
        for r in store.run(_Q_MOVED, read_only=True):
            if not params.get("type") or r["type"] == params["type"]:
                found[r["actor_id"]] = r
        rows = sorted((r for r in found.values() if r["degree"] > 0), key=_key)
    rows = rows[:limit]
    neighbours = {r["id"]: r["neighbours"] for r in
                  store.run(_Q_NEIGHBOURS, {"ids": [r["actor_id"] for r in rows]}, read_only=True)}
    return [{**r, "neighbours": neighbours.get(r["actor_id"], []), "betweenness_as_of": run["betweenness_version"]}
            for r in _in_order(rows)]


def _in_order(rows: Iterable[dict]) -> list[dict]:
    return [{k: r[k] for k in ("actor", "type", "degree", "betweenness", "facts_out", "facts_in", "actor_id")}
            for r in rows]
