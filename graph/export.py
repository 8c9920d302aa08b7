"""Export a store's records: JSONL (the export contract), GraphML, neo4j-admin CSV.

Every writer works on `store.records()` (graph/records.py), so all formats describe the
same graph and an export can be re-imported with `geokg load`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

import networkx as nx

from graph import records as rec
from graph.store import Store

FORMATS = ("jsonl", "graphml", "neo4j-admin")


def write_jsonl(store: Store, out: IO[str]) -> int:
    """One JSON object per line (documents, nodes, claims, edges); returns the line count."""
    return rec.write_jsonl(store.records(), out)


def _graphml_value(value):
    # GraphML attributes are scalars: lists and dicts (aliases, sources, evidence)
    # become JSON strings; None is left out because GraphML has no null.
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def to_graphml_graph(records) -> nx.MultiDiGraph:
    g = rec.to_networkx(records)
    out = nx.MultiDiGraph()
    for node, data in g.nodes(data=True):
        out.add_node(node, **{k: _graphml_value(v) for k, v in data.items() if v is not None})
    for u, v, key, data in g.edges(keys=True, data=True):
        out.add_edge(u, v, key=key, **{k: _graphml_value(x) for k, x in data.items() if x is not None})
    return out


def write_graphml(store: Store, path: str | Path) -> dict:
    """GraphML for Gephi/yEd: entities and fact edges (evidence as a JSON string)."""
    g = to_graphml_graph(store.records())
    nx.write_graphml(g, str(path), named_key_ids=True)
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}


def write_neo4j_admin(store: Store, out_dir: str | Path) -> dict:
    """CSV files for `neo4j-admin database import full` (see graph/neo4j_admin.py)."""
    from graph.neo4j_admin import write_neo4j_admin as write
    return write(store.records(), out_dir)
