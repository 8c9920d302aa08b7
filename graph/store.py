"""The store interface, and the write/read algorithm both backends share.

A Store runs parameterised Cypher and returns rows as plain dicts. Everything else
(upsert, records, stats) is written once here in Cypher that FalkorDB and Neo4j both
accept, on top of the engine's `run()` and `_tx()` (a unit of work: one transaction on
Neo4j; on FalkorDB, which has no multi-query transactions, queries one after the other,
so a batch is validated completely before the first write).

Upsert writes existing nodes with MATCH and new ones with CREATE (decided by reading
which ids exist first, in the same unit of work): faster than MERGE on FalkorDB. Two
processes cannot upsert into one embedded store at once (its lock); on Neo4j two
concurrent loads of the same new id make one transaction fail on the uniqueness
constraint, with nothing of it written.

Graph layout: see "Graph layout in the stores" in ARCHITECTURE.md.
"""

from __future__ import annotations

import gc
import json
import operator
import os
from abc import ABC, abstractmethod
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from pydantic import ValidationError

from graph import ids
from graph.facts import summarise
from graph.records import batch_to_records
from graph.schema import (EDGE_PROPS, ENTITY_CLASSES, merge_entities, MODALITY_RANK, Batch, Claim, Document,
                          SchemaError)

# Rows per UNWIND statement: large enough to amortise a round trip, small enough to
# keep one query's parameters (FalkorDB sends them as query text) in the low megabytes.
CHUNK = 2000

# Labels and relationship types may only come from these fixed sets (never from data).
ENTITY_LABELS = frozenset(ENTITY_CLASSES)
FACT_TYPES = frozenset(EDGE_PROPS)
CLAIM_FIELDS = tuple(f for f in Claim.model_fields if f not in ("props",))
# every claim/fact property of any edge type (designation, targets, ...), stored flat
PROP_KEYS = tuple(sorted({k for props in EDGE_PROPS.values() for k in props}))
# column order of claim and fact rows (see "rows" below)
CLAIM_COLUMNS = CLAIM_FIELDS + PROP_KEYS + ("fact", "modality_rank")
_FACT_FIELDS = ("id", "date", "claims", "sources", "first_reported", "last_reported", "contested")
# every property of any entity type (iso3, kind, title, ...), then the derived `search`
_ENTITY_FIELDS = tuple(dict.fromkeys(f for cls in ENTITY_CLASSES.values() for f in cls.model_fields
                                     if f not in ("type",)))
ENTITY_COLUMNS = _ENTITY_FIELDS + ("search",)
FACT_COLUMNS = ("id", "source", "target") + _FACT_FIELDS[1:] + ("modality", "modality_rank") + PROP_KEYS


def _map_of(columns: tuple[str, ...], skip: tuple[str, ...] = ()) -> str:
    """Cypher map literal {`k`: r[i], ...} over the row `r` (keys are fixed names, quoted
    because some, such as `end`, are Cypher keywords)."""
    return "{" + ", ".join(f"`{k}`: r[{i}]" for i, k in enumerate(columns) if k not in skip) + "}"


class StoreError(Exception):
    """An expected failure of a store; the message is one line for the user."""


class StoreLocked(StoreError):
    """Another process holds the store."""


class StoreUnavailable(StoreError):
    """The server cannot be started or reached (or refuses our credentials)."""


class QueryError(StoreError):
    """The engine rejected a query (syntax, a write in a read-only query, ...)."""


@dataclass
class UpsertReport:
    documents: int = 0
    entities: int = 0
    claims: int = 0
    facts: int = 0  # fact edges created or updated
    facts_removed: int = 0  # fact edges that lost their last positive claim

    def as_dict(self) -> dict:
        return asdict(self)


Run = Callable[[str, dict | None], list[dict]]


def _chunks(rows: list, size: int = CHUNK) -> Iterator[list]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


# --------------------------------------------------------------------------- Cypher
# Shared by both engines. Labels/types are formatted in only from ENTITY_LABELS and
# FACT_TYPES (checked in _label/_fact_type); all data goes through parameters.

Q_EXISTING_ENTITIES = ("UNWIND $ids AS i MATCH (n:Entity {id: i}) RETURN labels(n) AS labels, ["
                       + ", ".join(f"n.`{k}`" for k in ENTITY_COLUMNS) + "] AS row")
Q_DOCUMENTS = "UNWIND $rows AS r MERGE (d:Document {id: r.id}) SET d += r.props"
# New entities are CREATEd with both labels, known ones only get properties: an id fixes
# the type, so labels never change. (MERGE + `SET n:Label` cost 4x more on FalkorDB.)
Q_NEW_ENTITIES = "UNWIND $rows AS r CREATE (n:Entity:{label} " + _map_of(ENTITY_COLUMNS) + ")"
# `+=` with a null column would remove the property: updates carry the stored entity
# merged with the batch's (graph.schema.merge_entities), which is null only where the
# store has nothing either
Q_UPDATE_ENTITIES = "UNWIND $rows AS r MATCH (n:Entity {id: r[0]}) SET n += " + _map_of(ENTITY_COLUMNS)
# A claim's id hashes its document, predicate, subject and object, so an existing claim
# already has the right SUBJECT/OBJECT/IN_DOCUMENT relationships: new claims are
# CREATEd with them, existing ones only get their properties replaced. (MERGE of the
# three relationships made a second load of the same batch twice as slow as the first.)
Q_EXISTING_CLAIMS = "UNWIND $ids AS i MATCH (c:Claim {id: i}) RETURN c.id AS id"
# Claim, entity and fact rows are lists in the fixed column order of CLAIM_COLUMNS,
# ENTITY_COLUMNS and FACT_COLUMNS rather than maps: FalkorDB receives parameters as text,
# and a list of rows is written by one json.dumps (graph.falkordb_params) and is shorter
# to parse than maps that repeat every key. A null column sets nothing, as a missing
# map key did.
_C = {k: i for i, k in enumerate(CLAIM_COLUMNS)}
Q_NEW_CLAIMS = (
    f"UNWIND $rows AS r MATCH (s:Entity {{id: r[{_C['subject']}]}}) MATCH (o:Entity {{id: r[{_C['object']}]}}) "
    f"MATCH (d:Document {{id: r[{_C['document']}]}}) "
    f"CREATE (c:Claim {_map_of(CLAIM_COLUMNS)})-[:SUBJECT]->(s), (c)-[:OBJECT]->(o), (c)-[:IN_DOCUMENT]->(d)"
)
Q_UPDATE_CLAIMS = f"UNWIND $rows AS r MATCH (c:Claim {{id: r[0]}}) SET c = {_map_of(CLAIM_COLUMNS)}"
# attributed_to is not part of a claim's id, so a reloaded claim may name someone else
Q_DROP_ATTRIBUTION = "UNWIND $ids AS i MATCH (c:Claim {id: i})-[a:ATTRIBUTED_TO]->() DELETE a"
Q_ATTRIBUTION = (
    "UNWIND $rows AS r MATCH (c:Claim {id: r[0]}) MATCH (a:Entity {id: r[1]}) "
    "MERGE (c)-[:ATTRIBUTED_TO]->(a)"
)
Q_CLAIMS_OF_FACTS = "UNWIND $facts AS f MATCH (c:Claim {fact: f}) RETURN c.id AS id, f AS fact, c.polarity AS polarity"
Q_CLAIMS_BY_ID = "UNWIND $ids AS i MATCH (c:Claim {id: i}) RETURN properties(c) AS p"
# A fact edge with no stored claim before this batch cannot exist yet: CREATEd (MERGE
# has to look at the edges between the two entities first); the others are MERGEd.
# New nodes and edges get their properties inside CREATE: measured ~35% less server time
# than CREATE then SET (a null column is not stored either way).
Q_NEW_FACT_EDGES = (
    "UNWIND $rows AS r MATCH (a:Entity {id: r[1]}) MATCH (b:Entity {id: r[2]}) "
    "CREATE (a)-[e:{type} " + _map_of(FACT_COLUMNS, skip=("source", "target")) + "]->(b)"
)
Q_FACT_EDGES = (
    "UNWIND $rows AS r MATCH (a:Entity {id: r[1]}) MATCH (b:Entity {id: r[2]}) "
    "MERGE (a)-[e:{type} {id: r[0]}]->(b) SET e = " + _map_of(FACT_COLUMNS, skip=("source", "target"))
)
Q_DROP_FACT_EDGES = (
    "UNWIND $rows AS r MATCH (a:Entity {id: r.source})-[e]->(b:Entity {id: r.target}) "
    "WHERE e.id = r.id DELETE e"
)
Q_READ_DOCUMENTS = "MATCH (d:Document) RETURN properties(d) AS p ORDER BY d.id"
Q_READ_ENTITIES = "MATCH (n:Entity) RETURN labels(n) AS labels, properties(n) AS p ORDER BY n.id"
Q_READ_CLAIMS = "MATCH (c:Claim) RETURN properties(c) AS p ORDER BY c.id"
Q_NODE_COUNTS = "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n"
Q_EDGE_COUNTS = "MATCH ()-[e]->() RETURN type(e) AS type, count(*) AS n"


_SCALARS = frozenset({str, bool, int, float})


def plain(value, graph_value):
    """A driver value as plain Python: str, int, float, bool, None, lists and dicts.

    `graph_value(value, plain)` converts the engine's own node, relationship and path
    types (None when `value` is not one of them); the rest is shared by both stores.
    """
    if value is None or type(value) in _SCALARS:  # most values: no conversion to look for
        return value
    converted = graph_value(value, lambda v: plain(v, graph_value))
    if converted is not None:
        return converted
    if isinstance(value, dict):
        return {k: plain(v, graph_value) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v, graph_value) for v in value]
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if hasattr(value, "iso_format"):  # neo4j.time Date/DateTime/Duration
        return value.iso_format()
    return str(value)  # durations and other rare engine types


def _label(label: str) -> str:
    if label not in ENTITY_LABELS:
        raise SchemaError(f"unknown entity type {label!r}")
    return label


def _fact_type(edge_type: str) -> str:
    if edge_type not in FACT_TYPES:
        raise SchemaError(f"unknown edge type {edge_type!r}")
    return edge_type


# --------------------------------------------------------------------------- rows


# Rows are built from the objects' fields by hand: model_dump was measured at 2-3x the
# time, and rows are built for every entity, claim and fact of every load.
def _entity_row(e, search: bool = True) -> list:
    """An entity's properties in ENTITY_COLUMNS order (null: a property its type lacks, or
    one this entity has no value for, which then erases nothing stored)."""
    data = e.__dict__
    row = [data.get(k) for k in _ENTITY_FIELDS]
    if search:
        row.append(sorted({ids.normalise(x) for x in [e.name, *e.aliases]} - {""}))
    return row


def _adds_nothing(e, labels: list[str], stored: list) -> bool:
    """True when merge_entities(stored entity, e) is the stored entity itself: e holds
    exactly the stored values, in the form a merge would leave them (lists sorted
    and unique, an Agreement's name equal to its title). Decided on the stored row,
    without building and merging models (measured 60 us per entity; a large load's
    later batches name thousands of entities the store already holds)."""
    if e.type not in labels or stored[:-1] != _entity_row(e, search=False):
        return False
    data = e.__dict__
    if any(isinstance(v, list) and v != sorted(set(v)) for v in data.values()):
        return False
    return e.type != "Agreement" or e.name == e.title


def _document_row(d: Document) -> dict:
    props = d.model_dump(mode="json", exclude={"id"})
    return {"id": d.id, "props": {k: v for k, v in props.items() if v is not None}}


_claim_fields = operator.attrgetter(*CLAIM_FIELDS)
_MODALITY_COLUMN = CLAIM_COLUMNS.index("modality")


def _claim_row(c: Claim, fact_id: str) -> list:
    """The Claim node's properties in CLAIM_COLUMNS order (they also name its subject,
    object and document; a claim's props become top-level properties).

    Built by hand rather than with model_dump (measured 3x faster): this runs once per
    claim of every load.
    """
    row = list(_claim_fields(c))
    modality = c.modality.value
    row[_MODALITY_COLUMN] = modality
    props = c.props
    row.extend([props.get(k) for k in PROP_KEYS])
    row.append(fact_id)
    row.append(MODALITY_RANK[modality])
    return row


def claim_from_props(p: dict) -> Claim:
    """Rebuild a Claim from the properties of a stored Claim node."""
    predicate = p.get("predicate")
    prop_keys = EDGE_PROPS.get(predicate, {})
    body = {k: p[k] for k in CLAIM_FIELDS if k in p}
    body["props"] = {k: p[k] for k in prop_keys if k in p}
    return Claim.model_validate(body)


def _fact_row(f) -> list:
    """A fact edge's endpoints and properties in FACT_COLUMNS order."""
    modality = f.modality.value
    props = f.props
    return [f.id, f.source, f.target, f.date, f.claims, f.sources, f.first_reported, f.last_reported,
            f.contested, modality, MODALITY_RANK[modality], *[props.get(k) for k in PROP_KEYS]]


def _known(model, props: dict) -> dict:
    """Only the model's own fields (stores also hold derived ones such as `search`)."""
    return {k: v for k, v in props.items() if k in model.model_fields}


def _nul_free(value, where: str) -> None:
    # FalkorDB's client passes parameters as query text, which ends at a NUL; reject it
    # up front (on both engines, so they accept the same data) rather than mid-write.
    if isinstance(value, str):
        if "\x00" in value:
            raise SchemaError(f"invalid batch: {where} contains a NUL character")
    elif isinstance(value, dict):
        for k, v in value.items():
            _nul_free(v, f"{where}.{k}")
    elif isinstance(value, list):
        for v in value:
            _nul_free(v, where)


def _validated(batch: Batch) -> Batch:
    """Check the batch again before writing: its lists can be mutated after it was built.

    The objects in it were validated when they were made (and on every assignment), so
    they are taken as they are; what is re-run is the Batch's own check that every
    claim's endpoints, attribution and document are in the batch and fit the schema.
    (Re-validating every object too cost 1.6 s per 20,000 claims, the largest single
    part of a load.) Objects made with model_construct are trusted, as pydantic means.
    """
    for kind in ("documents", "entities", "claims"):
        items = getattr(batch, kind)
        # JSON writes NUL as \u0000 (C speed); only then is the batch walked to say where
        if "\\u0000" in json.dumps([i.__dict__ for i in items], ensure_ascii=False, default=str):
            for item in items:
                _nul_free(item.__dict__, f"{kind[:-1]} {getattr(item, 'id', '?')}")
    try:
        return Batch.model_validate({"documents": list(batch.documents), "entities": list(batch.entities),
                                     "claims": list(batch.claims)})
    except ValidationError as exc:
        err = exc.errors()[0]
        raise SchemaError(f"invalid batch: {err['msg']}") from None


def _entity_from_props(labels: list[str], props: dict):
    """The entity object of a stored node (None for a node with no entity type label)."""
    label = next((x for x in labels if x in ENTITY_LABELS), None)
    if label is None:
        return None
    cls = ENTITY_CLASSES[label]
    return cls.model_validate({**_known(cls, props), "type": label})


def _merge_duplicates(entities: list) -> dict[str, Any]:
    """One entity per id, by the project's one merge rule (graph.schema.merge_entities)."""
    out: dict[str, Any] = {}
    for e in entities:
        out[e.id] = merge_entities(out[e.id], e) if e.id in out else e
    return out


@contextmanager
def _no_gc_pauses() -> Iterator[None]:
    """Python's cyclic garbage collector off for one upsert.

    A load allocates hundreds of thousands of objects (rows, driver replies) while the
    caller holds its batches in memory; every full collection then walks all of them.
    Measured: reading back 2,000 stored entities cost 0.3 s of CPU with collections and
    0.01 s without, which made later batches of a large load slower than the first.
    Nothing an upsert allocates is cyclic garbage, so refcounting frees it all.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# --------------------------------------------------------------------------- Store


class Store(ABC):
    backend: str

    # ---- engine hooks

    @abstractmethod
    def run(self, cypher: str, params: dict | None = None, *, read_only: bool = False) -> list[dict]:
        """Rows as dicts keyed by RETURN column, values normalised to plain Python.

        read_only=True makes the engine refuse writes.
        """

    @contextmanager
    def _tx(self) -> Iterator[Run]:
        """A unit of work; the default runs statements one by one."""
        yield lambda cypher, params=None: self.run(cypher, params)

    @abstractmethod
    def clear(self) -> None: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- shared algorithm

    def upsert(self, batch: Batch) -> UpsertReport:
        with _no_gc_pauses():
            return self._upsert(batch)

    def _upsert(self, batch: Batch) -> UpsertReport:
        batch = _validated(batch)  # before anything is written
        report = UpsertReport()
        entities = _merge_duplicates(batch.entities)
        documents = {d.id: d for d in batch.documents}
        claims = {c.id: c for c in batch.claims}
        with self._tx() as run:
            # what the store holds wins; the batch fills gaps and adds list items, as
            # when the same documents are loaded at once (graph.schema.merge_entities)
            stored: dict[str, tuple[list[str], list]] = {}
            for chunk in _chunks(list(entities)):
                for r in run(Q_EXISTING_ENTITIES, {"ids": chunk}):
                    stored[r["row"][0]] = (r["labels"], r["row"])
            new_by_label: dict[str, list[list]] = {}
            updates: list[list] = []
            for e in entities.values():
                if e.id in stored:
                    labels, row = stored[e.id]
                    if _adds_nothing(e, labels, row):  # most reloaded entities: not rewritten
                        continue
                    known = _entity_from_props(labels, {k: v for k, v in zip(ENTITY_COLUMNS, row) if v is not None})
                    merged = merge_entities(known, e)
                    if merged != known:
                        updates.append(_entity_row(merged))
                else:
                    new_by_label.setdefault(_label(e.type), []).append(_entity_row(e))
            for label, rows in sorted(new_by_label.items()):
                for chunk in _chunks(rows):
                    run(Q_NEW_ENTITIES.replace("{label}", label), {"rows": chunk})
            for chunk in _chunks(updates):
                run(Q_UPDATE_ENTITIES, {"rows": chunk})
            report.entities = len(entities)

            for chunk in _chunks([_document_row(d) for d in documents.values()]):
                run(Q_DOCUMENTS, {"rows": chunk})
            report.documents = len(documents)

            # reads before the claims are written: which claims exist, and every stored
            # claim of the facts this batch touches (the facts are recomputed from them)
            existing: set[str] = set()
            for chunk in _chunks(list(claims)):
                existing.update(r["id"] for r in run(Q_EXISTING_CLAIMS, {"ids": chunk}))
            fact_of = {cid: c.fact_id() for cid, c in claims.items()}  # once per claim
            stored = self._stored_claims_of_facts(run, sorted(set(fact_of.values())))

            claim_rows = [_claim_row(c, fact_of[cid]) for cid, c in claims.items()]
            for chunk in _chunks([r for r in claim_rows if r[0] not in existing]):
                run(Q_NEW_CLAIMS, {"rows": chunk})
            for chunk in _chunks([r for r in claim_rows if r[0] in existing]):
                run(Q_UPDATE_CLAIMS, {"rows": chunk})
                run(Q_DROP_ATTRIBUTION, {"ids": [r[0] for r in chunk]})
            for chunk in _chunks([[c.id, c.attributed_to] for c in claims.values() if c.attributed_to]):
                run(Q_ATTRIBUTION, {"rows": chunk})
            report.claims = len(claims)

            report.facts, report.facts_removed = self._write_facts(run, claims, fact_of, stored)
        return report

    def _stored_claims_of_facts(self, run: Run, facts: list[str]) -> dict[str, tuple[str, str]]:
        """{claim id: (fact id, polarity)} of every stored claim of these facts."""
        out: dict[str, tuple[str, str]] = {}
        for chunk in _chunks(facts):
            for r in run(Q_CLAIMS_OF_FACTS, {"facts": chunk}):
                out[r["id"]] = (r["fact"], r["polarity"])
        return out

    def _write_facts(self, run: Run, claims: dict[str, Claim], fact_of: dict[str, str],
                     stored: dict[str, tuple[str, str]]) -> tuple[int, int]:
        """Recompute every fact edge the batch touches from ALL its claims: the batch's,
        and the ones stored before that the batch does not replace (only those are read
        back: reading full claims costs more than writing them)."""
        others = [cid for cid in stored if cid not in claims]
        every = list(claims.values())
        for chunk in _chunks(others):
            every.extend(claim_from_props(r["p"]) for r in run(Q_CLAIMS_BY_ID, {"ids": chunk}))
        fact_ids = dict(fact_of)
        fact_ids.update((cid, stored[cid][0]) for cid in others)
        facts = summarise(every, fact_ids=fact_ids)
        # edges are written after their claims, so a fact with no claim stored before this
        # batch has no edge yet: CREATEd; the others are MERGEd
        seen = {fid for fid, _ in stored.values()}
        had_edge = {fid for fid, polarity in stored.values() if polarity == "positive"}
        new_by_type: dict[str, list[list]] = {}
        old_by_type: dict[str, list[list]] = {}
        for f in facts:
            target = old_by_type if f.id in seen else new_by_type
            target.setdefault(_fact_type(f.type), []).append(_fact_row(f))
        for query, by_type in ((Q_NEW_FACT_EDGES, new_by_type), (Q_FACT_EDGES, old_by_type)):
            for edge_type, rows in sorted(by_type.items()):
                for chunk in _chunks(rows):
                    run(query.replace("{type}", edge_type), {"rows": chunk})
        # a fact whose claims are all negative now must not exist as an edge
        alive = {f.id for f in facts}
        endpoints = {fact_of[cid]: c for cid, c in claims.items()}
        gone = []
        for fid in sorted(seen - alive):  # (also clears an edge a crashed load left behind)
            src, tgt = endpoints[fid].fact_endpoints()
            gone.append({"id": fid, "source": src, "target": tgt})
        for chunk in _chunks(gone):
            run(Q_DROP_FACT_EDGES, {"rows": chunk})
        return len(facts), len(had_edge - alive)

    def batch(self) -> Batch:
        """Everything the store holds, as one Batch (documents, entities, claims)."""
        documents = [Document.model_validate(_known(Document, r["p"]))
                     for r in self.run(Q_READ_DOCUMENTS, read_only=True)]
        entities = [e for r in self.run(Q_READ_ENTITIES, read_only=True)
                    if (e := _entity_from_props(r["labels"], r["p"])) is not None]
        claims = [claim_from_props(r["p"]) for r in self.run(Q_READ_CLAIMS, read_only=True)]
        return Batch.model_construct(documents=documents, entities=entities, claims=claims)

    def records(self) -> Iterator[dict]:
        """The export records (graph/records.py), the same as batch_to_records of all loads."""
        yield from batch_to_records(self.batch())

    def stats(self) -> dict:
        nodes = {r["label"]: r["n"] for r in self.run(Q_NODE_COUNTS, read_only=True)}
        edges = {r["type"]: r["n"] for r in self.run(Q_EDGE_COUNTS, read_only=True)}
        return {"nodes": dict(sorted(nodes.items())), "edges": dict(sorted(edges.items()))}


def open_store(backend: str | None = None, path: str | Path | None = None, *,
               on_wait: Callable[[str], None] | None = None) -> Store:
    """Open the embedded store (folder `path`, default $GEOKG_STORE or ./geokg-data) or Neo4j.

    on_wait(message) is called once if the embedded store is locked by another process
    and this one starts waiting for it (GEOKG_LOCK_TIMEOUT seconds at most).
    """
    backend = backend or os.environ.get("GEOKG_BACKEND") or "embedded"
    if backend == "embedded":
        from graph.falkordb_store import FalkorDBStore
        return FalkorDBStore(path, on_wait=on_wait)
    if backend == "neo4j":
        from graph.neo4j_store import Neo4jStore
        return Neo4jStore()
    raise StoreError(f"unknown backend {backend!r} (expected embedded or neo4j)")
