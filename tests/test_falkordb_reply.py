"""The embedded store reads FalkorDB's compact reply itself (graph.falkordb_store._cell) and
indexes what the canned queries look up: both against the real embedded server."""

from __future__ import annotations

import pytest

from conftest import build_batch
from graph.falkordb_store import _graph_value
from graph.store import QueryError, plain
from queries.runner import _Q_BY_KEY, resolve_actor

# every kind of value a reply holds: scalars, nested lists and maps, nodes, edges, paths
VALUES = """
RETURN 'Bolivia–Irán “MoU”\\n' AS text, '' AS empty, 42 AS integer, -7 AS negative, 2.5 AS double,
       true AS yes, false AS no, null AS nothing, [] AS no_items, [1, 'two', [3.0, null], {k: [true]}] AS nested,
       {name: 'Irán', aliases: ['Teherán'], inner: {n: 1, m: null}} AS map
"""
GRAPH_VALUES = """
MATCH p = (a:Entity {id: 'state:BOL'})-[r:SIGNED_MOU_WITH]-(b:Entity)
RETURN a AS node, r AS edge, p AS path, [a, b] AS nodes, {edge: r} AS edge_in_map
"""


def _client_rows(store, cypher: str) -> list[dict]:
    """The rows as the falkordb client parses them, made plain the way the store did before."""
    result = store._graph.ro_query(cypher)
    columns = [h[1] for h in result.header]
    return [{c: plain(v, _graph_value) for c, v in zip(columns, row)} for row in result.result_set]


@pytest.mark.parametrize("cypher", [VALUES, GRAPH_VALUES])
def test_reply_reader_gives_what_the_client_gives(embedded_store, cypher):
    embedded_store.upsert(build_batch())
    rows = embedded_store.run(cypher, read_only=True)
    assert rows and rows == _client_rows(embedded_store, cypher)
    if cypher is VALUES:
        r = rows[0]
        assert (r["integer"], r["double"], r["yes"], r["no"], r["nothing"]) == (42, 2.5, True, False, None)
        assert type(r["double"]) is float and r["nested"] == [1, "two", [3.0, None], {"k": [True]}]
        assert r["text"] == "Bolivia–Irán “MoU”\n" and r["map"]["inner"] == {"n": 1, "m": None}


def test_reply_reader_errors_and_writes(embedded_store):
    with pytest.raises(QueryError, match="query failed"):
        embedded_store.run("RETURN 1 / 0 AS x", read_only=True)  # an error inside the reply
    with pytest.raises(QueryError, match="query failed"):
        embedded_store.run("MATCH (n) RETURN", read_only=True)  # an error instead of a reply
    assert embedded_store.run("CREATE (:Scratch {n: 1})") == []  # statistics only
    assert embedded_store.run("MATCH (s:Scratch) RETURN s.n AS n", read_only=True) == [{"n": 1}]
    embedded_store.run("MATCH (s:Scratch) DELETE s")


def test_actor_names_resolve_through_the_search_index(embedded_store):
    embedded_store.upsert(build_batch())
    plan = "\n".join(str(line) for line in embedded_store._graph.explain(_Q_BY_KEY, {"key": "iran"}))
    assert "Node By Index Scan" in plan and "Label Scan" not in plan, plan
    assert resolve_actor(embedded_store, "Islamic Republic of Iran") == "state:IRN"
    assert resolve_actor(embedded_store, "pasdaran") == "group:irgc"
