"""The JSONL record shape of DESIGN.md's export contract, and conversions around it.

Records are the one serialised form of the graph: `geokg export` writes them, batch
files (`geokg extract`, `geokg load batch.jsonl`) are made of them, stores export
them, and the networkx view and the visualisation read them.

    {"kind": "document", "id", "title", "url", "source", "published", "language", "path", "text"}
    {"kind": "node", "id", "type", "name", "aliases", ...type properties}
        (a Group's or Agreement's own `kind` property is written as `entity_kind`)
    {"kind": "claim", "id", "predicate", "subject", "object", "document", "modality", ...}
    {"kind": "edge", "id", "type", "source", "target", "date", "modality", "contested",
     "claims", "sources", "first_reported", "last_reported", ...props, "evidence": [...]}

`claim` lines extend the contract: they carry what edges are computed from, so an
export can be imported into an empty store and give back the same lines. Importers
recompute edges from claims and ignore `edge` lines.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import IO, Iterable, Iterator

import networkx as nx
from pydantic import TypeAdapter, ValidationError

from graph.facts import summarise
from graph.schema import Batch, Claim, Document, Entity, Fact, SchemaError

_entity_adapter = TypeAdapter(Entity)


class RecordError(ValueError):
    """A record line that cannot be read; the message names the file and line."""


# --------------------------------------------------------------------------- to records


def document_record(d: Document) -> dict:
    return {"kind": "document", **d.model_dump(mode="json")}


def node_record(e) -> dict:
    data = e.model_dump(mode="json")
    if "kind" in data:  # Group/Agreement.kind would clash with the record's own "kind"
        data["entity_kind"] = data.pop("kind")
    return {"kind": "node", "id": data.pop("id"), "type": data.pop("type"),
            "name": data.pop("name"), "aliases": data.pop("aliases"), **data}


def claim_record(c: Claim) -> dict:
    return {"kind": "claim", **c.model_dump(mode="json")}


def evidence(c: Claim, documents: dict[str, Document], names: dict[str, str]) -> dict:
    d = documents.get(c.document)
    return {
        "claim": c.id,
        "document": c.document,
        "url": d.url if d else None,
        "title": d.title if d else None,
        "outlet": d.source if d else None,
        "published": d.published if d else c.reported,
        "quote": c.quote,
        "char_start": c.char_start,
        "char_end": c.char_end,
        "alt_quote": c.alt_quote,
        "modality": c.modality.value,
        "polarity": c.polarity,
        "date": c.date,
        # who makes the claim: the entity's name when linked, else the text's words
        "attributed_to": names.get(c.attributed_to, c.attribution) if c.attributed_to else c.attribution,
        "attributed_to_id": c.attributed_to,
        "rule": c.rule,
    }


def edge_record(f: Fact, claims: list[Claim], documents: dict[str, Document],
                names: dict[str, str]) -> dict:
    data = f.model_dump(mode="json")
    props = data.pop("props")
    ordered = sorted(claims, key=lambda c: (c.reported or "", c.document, c.char_start, c.id))
    return {"kind": "edge", **data, **props,
            "evidence": [evidence(c, documents, names) for c in ordered]}


def edges(batch: Batch) -> list[dict]:
    documents = {d.id: d for d in batch.documents}
    names = {e.id: e.name for e in batch.entities}
    claims_by_fact: dict[str, list[Claim]] = defaultdict(list)
    for c in batch.claims:
        claims_by_fact[c.fact_id()].append(c)
    return [edge_record(f, claims_by_fact[f.id], documents, names) for f in summarise(batch.claims)]


def batch_to_records(batch: Batch) -> Iterator[dict]:
    """Every line of the export for this batch, in a stable order."""
    yield from (document_record(d) for d in sorted(batch.documents, key=lambda d: d.id))
    yield from (node_record(e) for e in sorted(batch.entities, key=lambda e: e.id))
    yield from (claim_record(c) for c in sorted(batch.claims, key=lambda c: c.id))
    yield from edges(batch)


def write_jsonl(records: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n


# --------------------------------------------------------------------------- from records


def records_to_batch(records: Iterable[dict], origin: str = "<records>") -> Batch:
    """Rebuild a Batch from document, node and claim records (edge lines are derived)."""
    documents, entities, claims = {}, {}, {}
    for lineno, r in enumerate(records, 1):
        try:
            kind = r.get("kind") if isinstance(r, dict) else None
            body = {k: v for k, v in r.items() if k != "kind"} if kind else None
            if kind == "document":
                documents[r["id"]] = Document.model_validate(body)
            elif kind == "node":
                if "entity_kind" in body:
                    body["kind"] = body.pop("entity_kind")
                entities[r["id"]] = _entity_adapter.validate_python(body)
            elif kind == "claim":
                claims[r["id"]] = Claim.model_validate(body)
            elif kind == "edge":
                continue
            else:
                raise RecordError(f"unknown record kind {kind!r}")
        except (ValidationError, SchemaError, KeyError, RecordError) as exc:
            raise RecordError(f"{origin}:{lineno}: {_one_line(exc)}") from None
    try:
        return Batch(documents=list(documents.values()), entities=list(entities.values()),
                     claims=list(claims.values()))
    except (ValidationError, SchemaError) as exc:
        raise RecordError(f"{origin}: {_one_line(exc)}") from None


def read_jsonl(path: str | Path) -> Batch:
    """Read a batch file; any bad line fails the whole file, naming file and line."""
    path = Path(path)

    def lines():
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise RecordError(f"{path}:{lineno}: invalid JSON ({exc.msg})") from None

    try:
        return records_to_batch(lines(), origin=str(path))
    except UnicodeDecodeError:
        raise RecordError(f"{path}: not UTF-8 text") from None


def _one_line(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err.get("loc", ()))
        return f"{loc}: {err['msg']}" if loc else err["msg"]
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    return str(exc).splitlines()[0]


# --------------------------------------------------------------------------- networkx view


def to_networkx(records: Iterable[dict]) -> nx.MultiDiGraph:
    """Entities as nodes, fact edges as edges keyed by fact id (evidence inline).

    Documents are kept in `graph.graph["documents"]`; claims are reachable through
    each edge's evidence.
    """
    g = nx.MultiDiGraph()
    g.graph["documents"] = {}
    pending = []
    for r in records:
        kind = r.get("kind")
        if kind == "node":
            g.add_node(r["id"], **{k: v for k, v in r.items() if k not in ("kind", "id")})
        elif kind == "edge":
            pending.append(r)
        elif kind == "document":
            g.graph["documents"][r["id"]] = {k: v for k, v in r.items() if k not in ("kind", "text")}
    for r in pending:
        attrs = {k: v for k, v in r.items() if k not in ("kind", "source", "target")}
        g.add_edge(r["source"], r["target"], key=r["id"], **attrs)
    return g


def batch_to_networkx(batch: Batch) -> nx.MultiDiGraph:
    return to_networkx(batch_to_records(batch))
