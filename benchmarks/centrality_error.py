"""How far the sampled betweenness of central_actors is from the exact value.

Above queries.centrality.EXACT_BETWEENNESS actors the stored ranking estimates betweenness
from STORED_PIVOTS seeded source actors (queries/centrality.py). This builds the fact
graph of a mid-size synthetic graph (benchmarks.corpus, no store needed), computes the
exact betweenness with networkx and the estimate with the same code the store uses, and
prints: the mean and largest absolute error (as a fraction of the largest exact score),
the rank correlation over all actors (Spearman), how many of the exact top 25 (by
betweenness) the estimate also puts in its top 25, and the same for central_actors' own
order (degree first, betweenness breaking ties).

    python -m benchmarks.centrality_error                      # 3,000 actors, 15,000 facts
    python -m benchmarks.centrality_error --nodes 5000 --edges 25000 --pivots 64 128
    python -m benchmarks.centrality_error --drift      # what a small load's in-place update costs

--drift: after a full ranking, new facts join random pairs of actors until STALE_SHARE of
the actors have moved (the most `geokg load` updates in place, queries/centrality.py);
it prints the error, against the exact betweenness of the grown graph, of the betweenness
carried over (what is served then) and of a fresh estimate (what a full refresh stores),
and how central_actors' top 25 (current degrees) compares with the exact order for each.
"""

from __future__ import annotations

import argparse
import json
import time

import networkx as nx

from queries import centrality


def fact_graph(nodes: int, edges: int, seed: int = 0) -> nx.Graph:
    from benchmarks.corpus import synthetic_batches

    g = nx.Graph()
    for batch in synthetic_batches(nodes, edges, edges_per_batch=edges, seed=seed):
        g.add_edges_from((c.subject, c.object) for c in batch.claims)
    return g


def _ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):  # ties share their mean rank
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2
        i = j + 1
    return ranks


def spearman(a: list[float], b: list[float]) -> float:
    ra, rb = _ranks(a), _ranks(b)
    n = len(a)
    ma, mb = sum(ra) / n, sum(rb) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    va = sum((x - ma) ** 2 for x in ra) ** 0.5
    vb = sum((y - mb) ** 2 for y in rb) ** 0.5
    return cov / (va * vb)


def compare(g: nx.Graph, exact: dict, pivots: int) -> dict:
    t0 = time.process_time()
    estimate, k = centrality.betweenness(g, pivots)
    cpu = time.process_time() - t0
    nodes = sorted(g.nodes)
    top = max(exact.values())
    errors = [abs(estimate[v] - exact[v]) / top for v in nodes]
    top_exact = set(sorted(nodes, key=lambda v: -exact[v])[:25])
    top_estimate = set(sorted(nodes, key=lambda v: -estimate[v])[:25])
    # what central_actors shows: ranked by degree (here: distinct neighbours), betweenness breaking ties
    ranked = lambda scores: [v for v in sorted(nodes, key=lambda v: (-g.degree(v), -scores[v], v))[:25]]
    return {"pivots": k, "actors": len(nodes), "facts": g.number_of_edges(),
            "mean_abs_error_of_max": round(sum(errors) / len(errors), 4),
            "max_abs_error_of_max": round(max(errors), 4),
            "spearman": round(spearman([exact[v] for v in nodes], [estimate[v] for v in nodes]), 3),
            "top25_overlap": len(top_exact & top_estimate),
            "central_actors_top25_same_order": ranked(exact) == ranked(estimate),
            "central_actors_top25_overlap": len(set(ranked(exact)) & set(ranked(estimate))),
            "estimate_cpu_s": round(cpu, 3)}


def drift(g: nx.Graph, pivots: int, seed: int = 1) -> dict:
    import random

    carried, _ = centrality.betweenness(g, pivots)
    grown = g.copy()
    rng = random.Random(seed)
    nodes = sorted(g.nodes)
    moved: set = set()
    while len(moved) + 2 <= centrality.STALE_SHARE * len(nodes):
        a, b = rng.sample(nodes, 2)
        if not grown.has_edge(a, b):
            grown.add_edge(a, b)
            moved |= {a, b}
    exact = nx.betweenness_centrality(grown)
    fresh, k = centrality.betweenness(grown, pivots)
    top = max(exact.values())
    err = lambda scores: round(sum(abs(scores.get(v, 0.0) - exact[v]) for v in nodes) / len(nodes) / top, 4)
    ranked = lambda scores: [v for v in sorted(nodes, key=lambda v: (-grown.degree(v), -scores.get(v, 0.0), v))[:25]]
    truth = ranked(exact)
    return {"actors": len(nodes), "facts_before": g.number_of_edges(), "facts_added": grown.number_of_edges()
            - g.number_of_edges(), "actors_moved": len(moved), "pivots": k,
            "carried_mean_abs_error_of_max": err(carried), "fresh_mean_abs_error_of_max": err(fresh),
            "carried_top25_same_order_as_exact": ranked(carried) == truth,
            "fresh_top25_same_order_as_exact": ranked(fresh) == truth,
            "carried_top25_overlap": len(set(ranked(carried)) & set(truth)),
            "fresh_top25_overlap": len(set(ranked(fresh)) & set(truth))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="sampled vs exact betweenness of central_actors")
    ap.add_argument("--nodes", type=int, default=3_000)
    ap.add_argument("--edges", type=int, default=15_000)
    ap.add_argument("--pivots", type=int, nargs="+", default=[centrality.STORED_PIVOTS])
    ap.add_argument("--drift", action="store_true", help="betweenness carried over by small loads vs a fresh estimate")
    args = ap.parse_args(argv)
    g = fact_graph(args.nodes, args.edges)
    if args.drift:
        for pivots in args.pivots:
            print(json.dumps(drift(g, pivots)))
        return 0
    exact = nx.betweenness_centrality(g)
    for pivots in args.pivots:
        print(json.dumps(compare(g, exact, pivots)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
