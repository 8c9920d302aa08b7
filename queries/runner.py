"""Canned Cypher queries: discover the .cypher files, bind typed parameters, run them.

Each file in queries/cypher/**/ starts with a header of `//` comment lines:

    // name: designations
    // description: Who designated which group ...
    // param: designated: actor? = null -- the designated group (any alias)
    // param: limit: int(1..10000) = 200 -- at most this many rows
    // columns: designator, designated, ...
    // example: geokg query designations -p designated=IRGC
    // post: betweenness            (optional: a Python step after the Cypher)
    // python: bfs_shortest_path    (optional: Python computes the rows instead; the Cypher
                                     below it stays the portable, linted reference)

Parameter types: str, int(lo..hi), float, bool, date (YYYY[-MM[-DD]]), actor (any
name or alias in either language; bound to the entity id), modality (a modality
name; bound to its rank, see graph.schema.MODALITY_RANK), relation (a fact type),
entity_type (State, Group, Official, Agreement). A trailing `?` allows null. Values
always travel as Cypher parameters; the query text is never built from them.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from graph import ids
from queries import centrality
from graph.records import to_networkx
from graph.schema import EDGE_PROPS, ENTITY_CLASSES, MODALITY_RANK

CYPHER_DIR = Path(__file__).parent / "cypher"

TYPES = ("str", "int", "float", "bool", "date", "actor", "modality", "relation", "entity_type")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s*:\s*(?P<type>[a-z_]+)(?:\((?P<lo>-?\d+)\.\.(?P<hi>-?\d+)\))?(?P<opt>\?)?"
    r"\s*(?:=\s*(?P<default>[^-][^\s]*|\"[^\"]*\"))?\s*(?:--\s*(?P<help>.*))?$"
)
_ENTITY_PREFIXES = tuple(p + ":" for p in ids.PREFIX.values())


class QueryError(ValueError):
    """Bad use of a canned query (unknown name, bad parameter, unmatched actor): one line."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    optional: bool = False
    default: Any = None
    required: bool = True  # no default given and not optional
    help: str = ""
    lo: int | None = None
    hi: int | None = None

    def signature(self) -> str:
        t = self.type + (f"({self.lo}..{self.hi})" if self.lo is not None else "") + ("?" if self.optional else "")
        if self.required:
            return f"{self.name}: {t} (required)"
        return f"{self.name}: {t} = {'null' if self.default is None else self.default}"


@dataclass(frozen=True)
class Query:
    name: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    example: str
    text: str  # the Cypher, header included (comments are valid Cypher)
    path: Path
    post: str | None = None
    python: str | None = None  # a Python step that replaces running the Cypher (see _PYTHON)
    theme: str = ""

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


# --------------------------------------------------------------------------- parsing


def parse_query_file(path: Path) -> Query:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    params: list[Param] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.startswith("//"):
            break
        body = line[2:].strip()
        key, sep, value = body.partition(":")
        if not sep:
            continue
        key, value = key.strip(), value.strip()
        if key == "param":
            params.append(_parse_param(value, path, lineno))
        elif key in ("name", "description", "columns", "example", "post", "python"):
            meta[key] = value
        else:
            break  # a comment of the query itself: the header is over
    for key in ("name", "description", "columns"):
        if key not in meta:
            raise QueryError(f"{path}: header lacks '// {key}:'")
    if meta["name"] != path.stem:
        raise QueryError(f"{path}: header name {meta['name']!r} differs from the file name")
    return Query(
        name=meta["name"], description=meta["description"], params=tuple(params),
        columns=tuple(c.strip() for c in meta["columns"].split(",") if c.strip()),
        example=meta.get("example", ""), text=text, path=path, post=meta.get("post"),
        python=meta.get("python"),
        theme=path.parent.name if path.parent != CYPHER_DIR else "",
    )


def _parse_param(spec: str, path: Path, lineno: int) -> Param:
    m = _PARAM.match(spec)
    if not m or m["type"] not in TYPES:
        raise QueryError(f"{path}:{lineno}: cannot read parameter {spec!r}")
    optional = bool(m["opt"])
    lo = int(m["lo"]) if m["lo"] is not None else None
    hi = int(m["hi"]) if m["hi"] is not None else None
    raw = m["default"]
    if raw is None:
        return Param(m["name"], m["type"], optional, None, not optional, (m["help"] or "").strip(), lo, hi)
    probe = Param(m["name"], m["type"], optional, None, False, "", lo, hi)
    default = None if raw == "null" else raw.strip('"')
    if default is not None:
        try:
            _convert(probe, default)  # a bad default is a bug in the file: say where
        except QueryError as exc:
            raise QueryError(f"{path}:{lineno}: default: {exc}") from None
    # kept as written (bind converts it like any other value) so help shows "speculative", not 1
    return Param(m["name"], m["type"], optional, default, False, (m["help"] or "").strip(), lo, hi)


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, Query]:
    out: dict[str, Query] = {}
    for path in sorted(CYPHER_DIR.rglob("*.cypher")):
        q = parse_query_file(path)
        if q.name in out:
            raise QueryError(f"{path}: query name {q.name!r} also used by {out[q.name].path}")
        out[q.name] = q
    return out


def list_queries() -> list[Query]:
    """Every canned query, by theme then name."""
    return sorted(_catalogue().values(), key=lambda q: (q.theme, q.name))


def get_query(name: str) -> Query:
    try:
        return _catalogue()[name]
    except KeyError:
        close = difflib.get_close_matches(name, list(_catalogue()), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else "; `geokg queries` lists them"
        raise QueryError(f"unknown query {name!r}{hint}") from None


# --------------------------------------------------------------------------- binding


def _convert(p: Param, value: Any) -> Any:
    """A CLI string or a Python value to the parameter's type (actors stay names here)."""
    t = p.type
    bad = QueryError(f"parameter {p.name!r} must be {_describe(p)}, got {value!r}")
    if t == "int":
        if isinstance(value, bool):
            raise bad
        if isinstance(value, str):
            if not re.fullmatch(r"\s*-?\d+\s*", value):
                raise bad
            value = int(value)
        if not isinstance(value, int):
            raise bad
        if (p.lo is not None and value < p.lo) or (p.hi is not None and value > p.hi):
            raise QueryError(f"parameter {p.name!r} must be between {p.lo} and {p.hi}, got {value}")
        return value
    if t == "float":
        try:
            return float(value) if not isinstance(value, bool) else _raise(bad)
        except (TypeError, ValueError):
            raise bad from None
    if t == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "yes", "1", "false", "no", "0"):
            return value.lower() in ("true", "yes", "1")
        raise bad
    if not isinstance(value, str) or not value.strip():
        raise bad
    value = value.strip()
    if t == "date" and not _DATE.match(value):
        raise bad
    if t == "modality":
        if value.lower() not in MODALITY_RANK:
            raise bad
        return MODALITY_RANK[value.lower()]
    if t == "relation":
        if value.upper() not in EDGE_PROPS:
            raise bad
        return value.upper()
    if t == "entity_type":
        match = next((k for k in ENTITY_CLASSES if k.lower() == value.lower()), None)
        if match is None:
            raise bad
        return match
    return value


def _raise(exc: Exception):
    raise exc


def _describe(p: Param) -> str:
    return {
        "int": "an integer" + (f" between {p.lo} and {p.hi}" if p.lo is not None else ""),
        "float": "a number",
        "bool": "true or false",
        "date": "a date YYYY, YYYY-MM or YYYY-MM-DD",
        "modality": "one of " + ", ".join(sorted(MODALITY_RANK, key=MODALITY_RANK.get, reverse=True)),
        "relation": "one of " + ", ".join(EDGE_PROPS),
        "entity_type": "one of " + ", ".join(ENTITY_CLASSES),
        "actor": "an actor's name or alias",
        "str": "a non-empty text",
    }[p.type]


def bind(store, query: Query | str, params: dict[str, Any]) -> dict[str, Any]:
    """Validated Cypher parameters for a query: defaults filled, actors resolved to ids."""
    q = get_query(query) if isinstance(query, str) else query
    unknown = sorted(set(params) - {p.name for p in q.params})
    if unknown:
        known = ", ".join(p.name for p in q.params) or "none"
        raise QueryError(f"query {q.name!r} has no parameter {unknown[0]!r} (parameters: {known})")
    out: dict[str, Any] = {}
    for p in q.params:
        value = params.get(p.name, p.default)
        if value is None or (isinstance(value, str) and value.lower() == "null" and p.optional):
            if p.required:
                raise QueryError(f"query {q.name!r} needs parameter {p.name!r} ({_describe(p)}); "
                                 f"e.g. {q.example or '-p ' + p.name + '=...'}")
            out[p.name] = None
            continue
        try:
            value = _convert(p, value)
        except QueryError as exc:
            raise QueryError(f"query {q.name!r}: {exc}") from None
        if p.type == "actor":
            value = resolve_actor(store, value)
        out[p.name] = value
    return out


# --------------------------------------------------------------------------- actors

_Q_BY_ID = "MATCH (n:Entity {id: $id}) RETURN n.id AS id"
_Q_BY_KEY = ("MATCH (n:Entity) WHERE $key IN n.search "
             "RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS type")
_Q_NAMES = "MATCH (n:Entity) RETURN n.name AS name, n.search AS search"


def resolve_actor(store, value: str) -> str:
    """The entity id an actor name, alias (English or Spanish) or id stands for.

    The store's `search` keys first; then the gazetteer (it knows aliases the
    documents never used); otherwise an error that suggests close names.
    """
    if value.startswith(_ENTITY_PREFIXES) and store.run(_Q_BY_ID, {"id": value}, read_only=True):
        return value
    key = ids.normalise(value)
    rows = store.run(_Q_BY_KEY, {"key": key}, read_only=True) if key else []
    if len(rows) == 1:
        return rows[0]["id"]
    if len(rows) > 1:
        exact = [r for r in rows if ids.normalise(r["name"] or "") == key]
        if len(exact) == 1:
            return exact[0]["id"]
        options = ", ".join(f"{r['name']} ({r['id']})" for r in sorted(rows, key=lambda r: r["id"]))
        raise QueryError(f"actor {value!r} is ambiguous: {options}; pass the id instead")
    gid = _gazetteer_id(value)
    if gid and store.run(_Q_BY_ID, {"id": gid}, read_only=True):
        return gid
    raise QueryError(f"no actor matches {value!r}{_suggest(store, key)}")


def _gazetteer_id(value: str) -> str | None:
    try:  # the gazetteer knows aliases the documents never used ("Teherán", "CGRI")
        found = _gazetteer().resolve(value)
    except Exception:  # a gazetteer problem must not hide the real message (no match)
        return None
    if found is None:
        return None
    if isinstance(found, str):
        return found
    return getattr(found, "id", None)


def _gazetteer():
    from loaders.gazetteer import Gazetteer
    return Gazetteer.load()  # cached by the gazetteer itself


def _suggest(store, key: str) -> str:
    names: dict[str, str] = {}
    for r in store.run(_Q_NAMES, read_only=True):
        for k in r["search"] or []:
            names.setdefault(k, r["name"])
    close = difflib.get_close_matches(key, list(names), n=8, cutoff=0.6)
    suggestions = list(dict.fromkeys(names[k] for k in close))[:5]
    if not suggestions:
        return " (no close names in the store)"
    return "; did you mean " + ", ".join(repr(s) for s in suggestions) + "?"


# --------------------------------------------------------------------------- running


def run(store, name: str, **params) -> list[dict]:
    """Rows of a canned query (one dict per row, keys = the header's columns)."""
    q = get_query(name)
    bound = bind(store, q, params)
    if q.python:
        rows = _PYTHON[q.python](store, bound, q)
    else:
        rows = store.run(q.text, bound, read_only=True)
    if q.post:
        rows = _POST[q.post](store, rows, bound)
    return rows


def df(store, name: str, **params):
    """The rows as a pandas DataFrame, columns in the header's order."""
    import pandas as pd
    q = get_query(name)
    return pd.DataFrame(run(store, name, **params), columns=list(q.columns))


def _betweenness(store, rows: list[dict], params: dict) -> list[dict]:
    """Betweenness with networkx/igraph: the engines lack (FalkorDB) or differ (GDS) on it."""
    g = nx.Graph()
    for r in rows:
        g.add_node(r["actor_id"])
        g.add_edges_from((r["actor_id"], n) for n in r["neighbours"] or [])
    # exact betweenness is O(nodes x edges): minutes at 2,000 actors on a small machine,
    # so above centrality.EXACT_BETWEENNESS actors it is estimated from sampled source actors
    pivots = params.get("pivots") or max(8, 2_000_000 // max(g.number_of_edges(), 1))
    scores, _ = centrality.betweenness(g, pivots)
    now = centrality.version(store)  # computed on the graph as it is
    out = []
    for r in rows:
        if params.get("type") and r["type"] != params["type"]:
            continue
        out.append({**r, "betweenness": round(scores.get(r["actor_id"], 0.0), 6), "betweenness_as_of": now})
    out.sort(key=lambda r: (-r["degree"], -r["betweenness"], r["actor"] or ""))
    return out[: params.get("limit") or len(out)]


def _central_actors(store, params: dict, query: Query) -> list[dict]:
    """The ranking stored for this graph version (queries/centrality.py), else computed now."""
    rows = centrality.stored(store, params)
    if rows is None:
        rows = _betweenness(store, store.run(query.text, params, read_only=True), params)
    return rows


_POST = {"betweenness": _betweenness}


# Fact-edge types only (never Claim/Document edges); they come from the schema's fixed set.
_FACT_TYPES = "|".join(EDGE_PROPS)
# One call per frontier expansion: every fact edge of the frontier, either direction.
_Q_NEIGHBOURS = (f"UNWIND $ids AS i MATCH (a:Entity {{id: i}})-[f:{_FACT_TYPES}]-(b:Entity) "
                 "RETURN i AS id, b.id AS other, f.id AS fact, startNode(f).id AS source, endNode(f).id AS target")
_Q_HOPS = (
    "UNWIND $hops AS h "
    f"MATCH (s:Entity {{id: h.source}})-[r:{_FACT_TYPES}]->(t:Entity {{id: h.target}}) WHERE r.id = h.fact "
    # the WITH makes FalkorDB fetch the claims through the Claim(fact) index (see alleged_ties)
    "WITH h, r, s, t MATCH (c:Claim)-[:IN_DOCUMENT]->(d:Document) WHERE c.fact = r.id "
    "OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(who:Entity) "
    "WITH h, r, s, t, c, d, who ORDER BY d.published, c.char_start "
    "WITH h, r, s, t, collect({document: d.id, title: d.title, outlet: d.source, published: d.published, "
    "url: d.url, quote: c.quote, modality: c.modality, polarity: c.polarity, date: c.date, "
    "claimed_by: coalesce(who.name, c.attribution)}) AS evidence "
    "RETURN h.hop AS hop, s.name AS source, type(r) AS relation, t.name AS target, "
    "coalesce(r.designation, r.action, r.role, r.agreement) AS detail, r.date AS date, "
    "r.modality AS modality, r.id AS fact, s.id AS source_id, t.id AS target_id, evidence ORDER BY hop"
)
_Q_NAMES_OF = "UNWIND $ids AS i MATCH (n:Entity {id: i}) RETURN n.id AS id, n.name AS name"


def _expand(store, frontier: set[str], seen: dict[str, tuple | None]) -> set[str]:
    """One BFS level: the unseen neighbours of the frontier, each with one parent link.

    Ties (several parents or parallel facts) go to the smallest (node id, fact id), so
    the answer does not depend on the engine's row order.
    """
    best: dict[str, tuple] = {}
    for r in store.run(_Q_NEIGHBOURS, {"ids": sorted(frontier)}, read_only=True):
        other = r["other"]
        if other in seen or other is None:
            continue
        link = (r["id"], r["fact"] or "", r["source"], r["target"])
        if other not in best or link < best[other]:
            best[other] = link
    seen.update(best)
    return set(best)


def _bfs_path(store, start: str, goal: str, max_hops: int) -> list[tuple[str, str, str]] | None:
    """The hops (fact, source id, target id) of a shortest fact chain, or None beyond max_hops.

    Bidirectional breadth-first search, always expanding the smaller frontier: a hub
    state with thousands of facts is expanded once per side, never enumerated as paths
    (FalkorDB has no undirected shortestPath; bounded path enumeration explodes on hubs).
    """
    if start == goal:
        return None
    fwd: dict[str, tuple | None] = {start: None}
    bwd: dict[str, tuple | None] = {goal: None}
    front, back = {start}, {goal}
    depth = 0
    while front and back and depth < max_hops:
        if len(front) <= len(back):
            front = _expand(store, front, fwd)
            meet = front & bwd.keys()
        else:
            back = _expand(store, back, bwd)
            meet = back & fwd.keys()
        depth += 1
        if meet:
            return _join(min(meet), fwd, bwd)
    return None


def _join(middle: str, fwd: dict, bwd: dict) -> list[tuple[str, str, str]]:
    hops: list[tuple[str, str, str]] = []
    node = middle
    while fwd[node] is not None:  # back to the start, then reversed
        parent, fact, s, t = fwd[node]
        hops.append((fact, s, t))
        node = parent
    hops.reverse()
    node = middle
    while bwd[node] is not None:
        parent, fact, s, t = bwd[node]
        hops.append((fact, s, t))
        node = parent
    return hops


def _path_nodes(start: str, hops: list[tuple[str, str, str]]) -> list[str]:
    nodes = [start]
    for _, s, t in hops:
        nodes.append(t if s == nodes[-1] else s)
    return nodes


def _bfs_shortest_path(store, params: dict, query: Query | None = None) -> list[dict]:
    """shortest_path's rows: the BFS finds the chain, one Cypher call adds each hop's evidence."""
    hops = _bfs_path(store, params["from"], params["to"], params.get("max_hops") or 4)
    if not hops:
        return []
    nodes = _path_nodes(params["from"], hops)
    names = {r["id"]: r["name"] for r in store.run(_Q_NAMES_OF, {"ids": nodes}, read_only=True)}
    path = [names.get(n, n) for n in nodes]
    rows = store.run(_Q_HOPS, {"hops": [{"hop": i + 1, "fact": f, "source": s, "target": t}
                                        for i, (f, s, t) in enumerate(hops)]}, read_only=True)
    return [{**{k: r[k] for k in ("hop", "source", "relation", "target", "detail", "date", "modality",
                                  "fact", "source_id", "target_id")}, "path": path, "evidence": r["evidence"]}
            for r in rows]


# --------------------------------------------------------------------------- first facts by name

# single_source and single_source_ties list facts in (type, source name, target name, fact
# id) order and keep the first `limit`. Without an actor, finding them by scanning every fact
# edge of the type cost 0.3-2 s at 500k fact edges; the first sources in name order hold
# them, so those are taken a few hundred at a time: all facts of the first k sources (by
# name) come before any fact of a later source. Names tie at the k-th source, so only
# sources named strictly before it count; when that gives fewer than `limit` facts, k grows.
# The query file's own evidence part (after its `reuses the rest` line) finishes the rows.
_REUSE = "// (queries/runner.py reuses the rest of this file"


def _reused_part(query: Query) -> str:
    """The query file's text after its _REUSE marker line (the evidence part a Python step reuses)."""
    return query.text[query.text.index("\n", query.text.index(_REUSE)) + 1:]


_BY_NAME_VARS = {"single_source": ("s", "t"), "single_source_ties": ("a", "b")}
_FIRST_SOURCES = (
    "MATCH (n:Entity) WITH n ORDER BY n.name LIMIT $k "
    "WITH collect(n) AS firsts, max(n.name) AS upto "
    "UNWIND firsts AS {s} "
    "MATCH ({s})-[r:{type}]->({t}:Entity) "
    "WHERE size(r.sources) = 1 AND {s}.name < upto "
    "WITH {s}, r, {t} ORDER BY {s}.name, {t}.name, r.id LIMIT $limit\n"
)
_ALL_SOURCES = (
    "MATCH ({s}:Entity)-[r:{type}]->({t}:Entity) "
    "WHERE size(r.sources) = 1 "
    "WITH {s}, r, {t} ORDER BY {s}.name, {t}.name, r.id LIMIT $limit\n"
)
_Q_ENTITIES = "MATCH (n:Entity) RETURN count(n) AS n"
_Q_TYPE_SIZE = "MATCH ()-[r:{type}]->() RETURN count(r) AS n"


def _first_by_source_name(store, params: dict, query: Query) -> list[dict]:
    """single_source / single_source_ties rows without an actor: see the comment above."""
    if params.get("actor") is not None:  # the file's anchored branch is fast: run it as is
        return store.run(query.text, params, read_only=True)
    s, t = _BY_NAME_VARS[query.name]
    tail = _reused_part(query)
    relation = params.get("relation") or ("ALLEGED_TIES" if query.name == "single_source_ties" else None)
    # type(r) orders the rows first (Cypher compares strings by code point, as Python does);
    # the type names come from the schema's fixed set, never from the caller
    types = [relation] if relation else sorted(EDGE_PROPS)
    entities = store.run(_Q_ENTITIES, read_only=True)[0]["n"]
    rows: list[dict] = []
    for rel_type in types:
        want = params["limit"] - len(rows)
        if want <= 0:
            break
        size = store.run(_Q_TYPE_SIZE.format(type=rel_type), read_only=True)[0]["n"]
        if not size:
            continue
        # first guess: enough sources for `want` facts if half the type's facts qualify
        k = max(100, -(-2 * want * entities // size))
        while True:
            # most sources anyway, or a type with few facts: one scan of the type is cheaper
            if 2 * k >= entities or 4 * size <= entities:
                head = _ALL_SOURCES.format(s=s, t=t, type=rel_type)
                found = store.run(head + tail, {**params, "limit": want}, read_only=True)
                break
            head = _FIRST_SOURCES.format(s=s, t=t, type=rel_type)
            found = store.run(head + tail, {**params, "limit": want, "k": k}, read_only=True)
            if len(found) == want:
                break
            k *= 4
        rows.extend(found)
    return rows


# outlet: one row per (document, relation type of its claims), in document order, so the
# first documents hold the first rows; they are taken a batch at a time (every row of a
# document comes from the batch that holds it) until `limit` rows are found.
# The outlet test runs once per outlet, not once per document: the matching outlets first
# (one pass grouping the documents by outlet), then their documents through the
# Document(source) index. At 60,688 documents in 8 outlets, server + client CPU, median of
# 9 interleaved: one outlet 23.7 -> 22.0 ms, a substring of every outlet ("e") 38.6 ->
# 34.1 ms (grouping and unwinding the documents in one query: 21.1 and 52.4 ms). The
# same documents: a document without outlet matches nothing either way.
_Q_OUTLETS = ("MATCH (d:Document) WITH d.source AS outlet, count(*) AS n "
              "WHERE toLower(outlet) CONTAINS toLower($outlet) RETURN outlet")
_Q_OUTLET_DOCUMENTS = ("MATCH (d:Document) WHERE d.source IN $outlets "
                       "RETURN d.id AS id ORDER BY d.published, d.id SKIP $skip LIMIT $page")
# The rows for a batch of those documents. The query file finds each claim's fact edge with
# an untyped Expand Into between its two actors and reads the edge's sources; here the
# fact's claims are read through the Claim(fact) index instead, which says the same
# thing by construction (graph/facts.py: a fact edge exists when its fact has a positive
# claim, and its sources are the documents of all its claims; the store recomputes the
# edge from all stored claims on every upsert): ~30% less server CPU per batch at 100k/500k
# (75 documents, 9 runs: 50.8 -> 36.8 ms), the same rows (tests compare with the file).
_Q_OUTLET_ROWS = """UNWIND $documents AS document MATCH (d:Document {id: document})
MATCH (c:Claim)-[:IN_DOCUMENT]->(d)
WITH d, c.predicate AS relation, c.fact AS fact, count(c) AS n
MATCH (other:Claim {fact: fact})-[:IN_DOCUMENT]->(od:Document)
WITH d, relation, fact, n, max(CASE WHEN other.polarity = 'positive' THEN 1 ELSE 0 END) AS edge,
     min(CASE WHEN toLower(coalesce(od.source, '')) CONTAINS toLower($outlet) THEN 1 ELSE 0 END) AS here
RETURN d.source AS outlet, d.title AS document_title, d.published AS published, relation,
       sum(n) AS claims, sum(edge) AS facts, sum(edge * here) AS only_this_outlet,
       d.id AS document_id, collect(CASE WHEN edge = 1 THEN fact END) AS fact_ids
ORDER BY published, document_id, relation
"""


def _outlet_documents_in_order(store, params: dict, query: Query) -> list[dict]:
    limit = params["limit"]
    outlets = [r["outlet"] for r in store.run(_Q_OUTLETS, {"outlet": params["outlet"]}, read_only=True)]
    if not outlets:
        return []
    # a document with claims gives at least one row: `limit` documents are enough unless
    # some have no claims, then the next page
    def page(skip: int) -> list[str]:
        return [r["id"] for r in store.run(_Q_OUTLET_DOCUMENTS, {"outlets": outlets, "skip": skip,
                                                                  "page": limit}, read_only=True)]
    ids_in_order = page(0)
    rows: list[dict] = []
    start, batch = 0, max(4, limit // 10)  # most documents give several rows
    while len(rows) < limit:
        if start >= len(ids_in_order):
            more = page(len(ids_in_order)) if len(ids_in_order) % limit == 0 else []
            if not more:
                break
            ids_in_order += more
        documents = ids_in_order[start:start + batch]
        rows.extend(store.run(_Q_OUTLET_ROWS, {"outlet": params["outlet"], "documents": documents},
                              read_only=True))
        start += len(documents)
        # the next batch from the rows per document seen so far, with a margin
        per_document = max(len(rows), 1) / start
        batch = max(4, min(4 * batch, int(1.2 * (limit - len(rows)) / per_document) + 1))
    for r in rows:  # collect's order is the engine's (the file's too): sorted, so it is repeatable
        r["fact_ids"].sort()
    return rows[:limit]


_PYTHON = {"bfs_shortest_path": _bfs_shortest_path, "central_actors": _central_actors, "first_by_source_name": _first_by_source_name,
           "outlet_documents_in_order": _outlet_documents_in_order}


# --------------------------------------------------------------------------- subgraph

_Q_NODES = ("MATCH (n:Entity) WHERE n.id IN $ids "
            "RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, properties(n) AS p")
# either end may be the one a row names, so match both directions and dedupe by id
_Q_EDGES = ("MATCH (s:Entity) WHERE s.id IN $ids MATCH (s)-[r]-(t:Entity) "
            "WHERE ($facts IS NULL AND t.id IN $ids) OR r.id IN coalesce($facts, []) "
            "RETURN DISTINCT startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, "
            "properties(r) AS p")
_Q_EVIDENCE = (
    "MATCH (c:Claim) WHERE c.fact IN $facts "
    "MATCH (c)-[:IN_DOCUMENT]->(d:Document) OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(w:Entity) "
    "RETURN c.fact AS fact, c.id AS claim, d.id AS document, d.url AS url, d.title AS title, "
    "d.source AS outlet, d.published AS published, c.quote AS quote, c.char_start AS char_start, "
    "c.char_end AS char_end, c.alt_quote AS alt_quote, c.modality AS modality, c.polarity AS polarity, "
    "c.date AS date, coalesce(w.name, c.attribution) AS attributed_to, w.id AS attributed_to_id, c.rule AS rule "
    "ORDER BY published, document, char_start"
)
_Q_DOCS = ("MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.title AS title, d.url AS url, "
           "d.source AS source, d.published AS published, d.language AS language, d.path AS path")


def _collect_ids(value: Any, entities: set[str], facts: set[str]) -> None:
    if isinstance(value, str):
        if value.startswith("fact:"):
            facts.add(value)
        elif value.startswith(_ENTITY_PREFIXES):
            entities.add(value)
    elif isinstance(value, dict):
        for v in value.values():
            _collect_ids(v, entities, facts)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _collect_ids(v, entities, facts)


def rows_to_subgraph(store, rows: Iterable[dict]) -> nx.MultiDiGraph:
    """The actors and fact edges named in query rows, in graph.records.to_networkx's shape.

    Rows that name fact ids give exactly those edges; rows that only name actors
    (e.g. central_actors) give every fact edge among them.
    """
    entities: set[str] = set()
    facts: set[str] = set()
    for r in rows:
        for k, v in r.items():
            if k in ("evidence", "affirming", "denying", "neighbours"):
                continue  # evidence names documents; neighbours would pull in the whole graph
            _collect_ids(v, entities, facts)
    if not entities:
        return to_networkx([])
    edge_rows = list({e["p"].get("id"): e for e in store.run(
        _Q_EDGES, {"ids": sorted(entities), "facts": sorted(facts) or None}, read_only=True)}.values())
    fact_ids = sorted({e["p"].get("id") for e in edge_rows if e["p"].get("id")})
    evidence: dict[str, list[dict]] = {}
    for ev in store.run(_Q_EVIDENCE, {"facts": fact_ids}, read_only=True) if fact_ids else []:
        evidence.setdefault(ev.pop("fact"), []).append(ev)
    entities |= {e["source"] for e in edge_rows} | {e["target"] for e in edge_rows}
    records: list[dict] = []
    docs = sorted({ev["document"] for evs in evidence.values() for ev in evs})
    for d in store.run(_Q_DOCS, {"ids": docs}, read_only=True) if docs else []:
        records.append({"kind": "document", **d})
    for n in store.run(_Q_NODES, {"ids": sorted(entities)}, read_only=True):
        p = {k: v for k, v in n["p"].items() if k not in ("search",)}
        if "kind" in p:  # the record's own "kind" (see graph/records.py)
            p["entity_kind"] = p.pop("kind")
        records.append({"kind": "node", "id": n["id"], "type": n["type"], "name": p.pop("name", n["id"]),
                        "aliases": p.pop("aliases", []), **{k: v for k, v in p.items() if k != "id"}})
    for e in edge_rows:
        p = dict(e["p"])
        fid = p.pop("id")
        p.pop("modality_rank", None)
        records.append({"kind": "edge", "id": fid, "type": e["type"], "source": e["source"],
                        "target": e["target"], **p, "evidence": evidence.get(fid, [])})
    return to_networkx(records)


def subgraph(store, name: str, **params) -> nx.MultiDiGraph:
    """The actors and facts a query's rows name, with evidence, ready for graph.viz."""
    return rows_to_subgraph(store, run(store, name, **params))


# --------------------------------------------------------------------------- CLI helpers

# Clauses that write or change the schema. Checked on the text with string literals and
# comments removed, so `WHERE n.name = 'SET'` is fine; the engine's read-only mode
# (read_only=True) is the real guard, this only gives a clearer message first.
_WRITE = re.compile(r"(?<![\w.$`])(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|LOAD\s+CSV)(?![\w`])",
                    re.IGNORECASE)
_LITERALS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)


def check_read_only(cypher: str) -> None:
    found = _WRITE.search(_LITERALS.sub(" ", cypher))
    if found:
        raise QueryError(f"refused: {found.group(1).upper()} writes to the graph; "
                         "`geokg cypher` runs read-only queries (use `geokg load` to change the graph)")


def cell_text(value: Any, width: int = 160) -> str:
    """A table cell: evidence lists as their first quote and a count, lists joined."""
    if value is None:
        return ""
    if isinstance(value, list) and value and isinstance(value[0], dict):
        first = value[0]
        who = first.get("claimed_by") or first.get("outlet") or first.get("title") or ""
        quote = (first.get("quote") or "")[:width]
        more = f" (+{len(value) - 1} more)" if len(value) > 1 else ""
        return f"“{quote}” — {who}{more}" if who else f"“{quote}”{more}"
    if isinstance(value, list):
        return ", ".join(cell_text(v, width) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {cell_text(v, width)}" for k, v in value.items())
    text = str(value)
    return text if len(text) <= width else text[: width - 1] + "…"
