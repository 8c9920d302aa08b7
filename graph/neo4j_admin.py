"""CSV files for `neo4j-admin database import full`, for loading very large graphs into Neo4j.

`write_neo4j_admin(records, out_dir)` takes the JSONL records of graph/records.py (an
export, or the batch files of `geokg extract`) and writes the store layout of
ARCHITECTURE.md as one CSV file per node label and per relationship type, each with its
own header line:

    nodes_State.csv  nodes_Group.csv  nodes_Official.csv  nodes_Agreement.csv
    nodes_Document.csv  nodes_Claim.csv
    rels_SUBJECT.csv  rels_OBJECT.csv  rels_IN_DOCUMENT.csv  rels_ATTRIBUTED_TO.csv
    rels_<FACT TYPE>.csv   (DESIGNATED, URGED, ... one per fact-edge type)

Ids live in three ID spaces (`Entity`, `Document`, `Claim`); the `id` column is also
stored as the `id` property. Fact edges are recomputed from the claim lines with
graph.facts.summarise (edge lines are ignored, as every importer does), so they are
identical to what the stores compute.

Arrays (`aliases`, `search`, `sources`, `targets`, ...) and the `:LABEL` column use the
ASCII unit separator U+001F as array delimiter, because `;` (neo4j-admin's default) occurs
in real text and the importer has no way to escape it. Text fields may hold commas,
quotes and newlines: they are quoted RFC 4180 style (a quote is doubled), which the
importer reads with its default quoting and `--multiline-fields=true`.

Import into an empty database (stop it first; Neo4j 5 / 2025.x), from `out_dir`:

    neo4j-admin database import full neo4j --overwrite-destination=true \
        --array-delimiter=U+001F --multiline-fields=true \
        --nodes=nodes_State.csv --nodes=nodes_Group.csv --nodes=nodes_Official.csv \
        --nodes=nodes_Agreement.csv --nodes=nodes_Document.csv --nodes=nodes_Claim.csv \
        --relationships=rels_SUBJECT.csv --relationships=rels_OBJECT.csv \
        --relationships=rels_IN_DOCUMENT.csv --relationships=rels_ATTRIBUTED_TO.csv \
        --relationships=rels_DESIGNATED.csv --relationships=rels_URGED.csv \
        --relationships=rels_SIGNED_MOU_WITH.csv --relationships=rels_PARTY_TO.csv \
        --relationships=rels_SIGNED.csv --relationships=rels_ALLEGED_TIES.csv \
        --relationships=rels_SEVERED_TIES.csv --relationships=rels_HOLDS_ROLE.csv \
        --relationships=rels_PART_OF.csv --relationships=rels_MEMBER_OF.csv \
        --relationships=rels_SUPPLIED.csv

(the same command, with absolute paths, is written to `out_dir/import.sh`). Then start
the database and create the indexes the store creates on first use (uniqueness of `id`
on Entity, Document and Claim; an index on Claim.fact), e.g. by running any geokg
command with `--backend neo4j`.

Run on its own: `python -m graph.neo4j_admin BATCH.jsonl... -o DIR`.
"""

from __future__ import annotations

import csv
import json
import shlex
import sys
from pathlib import Path
from typing import Iterable

from pydantic import ValidationError

from graph.facts import summarise
from graph.ids import normalise
from graph.schema import EDGE_PROPS, MODALITY_RANK, Claim, SchemaError, merge_properties

ARRAY_DELIMITER = "\x1f"
ARRAY_DELIMITER_OPTION = "U+001F"

ENTITY_LABELS = ("State", "Group", "Official", "Agreement")
FACT_TYPES = tuple(EDGE_PROPS)
CLAIM_RELS = ("SUBJECT", "OBJECT", "IN_DOCUMENT", "ATTRIBUTED_TO")

# (column name, neo4j-admin type); "string[]" columns hold lists.
_ENTITY_COMMON = [("name", "string"), ("aliases", "string[]"), ("search", "string[]")]
ENTITY_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "State": _ENTITY_COMMON + [("iso3", "string")],
    "Group": _ENTITY_COMMON + [("kind", "string"), ("country", "string")],
    "Official": list(_ENTITY_COMMON),
    "Agreement": _ENTITY_COMMON + [("title", "string"), ("kind", "string"), ("date", "string"),
                                   ("domains", "string[]"), ("public", "boolean")],
}
DOCUMENT_COLUMNS = [(k, "string") for k in
                    ("title", "url", "source", "published", "language", "path", "text")]

_PROP_COLUMNS: dict[str, str] = {}  # every claim/fact property over all types, in schema order
for _props in EDGE_PROPS.values():
    for _k, _kind in _props.items():
        _PROP_COLUMNS.setdefault(_k, "string[]" if _kind is list else "string")

CLAIM_COLUMNS = [
    ("fact", "string"), ("predicate", "string"), ("subject", "string"), ("object", "string"),
    ("document", "string"), ("modality", "string"), ("modality_rank", "int"),
    ("polarity", "string"), ("date", "string"), ("reported", "string"), ("quote", "string"),
    ("char_start", "int"), ("char_end", "int"), ("language", "string"),
    ("alt_quote", "string"), ("alt_char_start", "int"), ("alt_char_end", "int"),
    ("rule", "string"), ("confidence", "float"), ("attributed_to", "string"),
    ("attribution", "string"),
] + list(_PROP_COLUMNS.items())

FACT_COLUMNS = [
    ("date", "string"), ("modality", "string"), ("modality_rank", "int"), ("claims", "int"),
    ("sources", "string[]"), ("first_reported", "string"), ("last_reported", "string"),
    ("contested", "boolean"),
]


class Neo4jAdminError(ValueError):
    """A record that cannot be written; the message names the record."""


def _header(id_col: str, columns: list[tuple[str, str]]) -> list[str]:
    return [id_col] + [name if kind == "string" else f"{name}:{kind}" for name, kind in columns]


def _cell(value, kind: str) -> str:
    """One CSV cell; None and "" become an empty cell, which the importer leaves unset."""
    if value is None:
        return ""
    if kind == "string[]":
        items = value if isinstance(value, list) else [value]
        # The delimiter cannot be escaped inside an element: replace it (it never occurs
        # in real text, and a stray one must not split a value in two).
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, " ") for v in items)
    if kind == "boolean":
        return "true" if value else "false"
    return str(value)


def _row(id_value: str, data: dict, columns: list[tuple[str, str]]) -> list[str]:
    return [id_value] + [_cell(data.get(name), kind) for name, kind in columns]


def _merge_node(a: dict, b: dict) -> dict:
    """The same entity in several records (batch files of different documents), merged
    by the project's one rule, so the CSV files hold the graph a load of all the
    documents at once would give."""
    return merge_properties(a, b) if a.get("type") == b.get("type") else a


class _Files:
    """Opened CSV writers, one per file, header written at open."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self._handles = {}
        self.writers: dict[str, csv.writer] = {}
        self.counts: dict[str, int] = {}

    def open(self, name: str, header: list[str]) -> None:
        fh = (self.out_dir / name).open("w", encoding="utf-8", newline="")
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(header)
        self._handles[name], self.writers[name], self.counts[name] = fh, w, 0

    def write(self, name: str, row: list[str]) -> None:
        self.writers[name].writerow(row)
        self.counts[name] += 1

    def close(self) -> None:
        for fh in self._handles.values():
            fh.close()


def node_files() -> list[str]:
    return [f"nodes_{label}.csv" for label in (*ENTITY_LABELS, "Document", "Claim")]


def relationship_files() -> list[str]:
    return [f"rels_{t}.csv" for t in (*CLAIM_RELS, *FACT_TYPES)]


def import_command(out_dir: str | Path, database: str = "neo4j") -> str:
    """The neo4j-admin command that imports the files written to `out_dir`."""
    out_dir = Path(out_dir).resolve()
    parts = ["neo4j-admin", "database", "import", "full", database,
             "--overwrite-destination=true", f"--array-delimiter={ARRAY_DELIMITER_OPTION}",
             "--multiline-fields=true"]
    parts += [f"--nodes={out_dir / f}" for f in node_files()]
    parts += [f"--relationships={out_dir / f}" for f in relationship_files()]
    return " ".join(shlex.quote(p) for p in parts)


def write_neo4j_admin(records: Iterable[dict], out_dir: str | Path) -> dict:
    """Write the neo4j-admin CSV files for these records; returns counts and the command.

    Documents and claims are streamed to their files as they come; claims are also kept
    (as pydantic objects) to compute the fact edges at the end, and entities (a node may
    come in several records, which are merged) are written at the end.
    """
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise Neo4jAdminError(f"{out}: cannot create output folder ({exc.strerror})") from None

    files = _Files(out)
    try:
        for label in ENTITY_LABELS:
            files.open(f"nodes_{label}.csv", _header("id:ID(Entity)", ENTITY_COLUMNS[label]) + [":LABEL"])
        files.open("nodes_Document.csv", _header("id:ID(Document)", DOCUMENT_COLUMNS) + [":LABEL"])
        files.open("nodes_Claim.csv", _header("id:ID(Claim)", CLAIM_COLUMNS) + [":LABEL"])
        for rel in CLAIM_RELS:
            end = "Document" if rel == "IN_DOCUMENT" else "Entity"
            files.open(f"rels_{rel}.csv", [":START_ID(Claim)", f":END_ID({end})", ":TYPE"])
        for t in FACT_TYPES:
            columns = FACT_COLUMNS + [(k, _PROP_COLUMNS[k]) for k in EDGE_PROPS[t]]
            files.open(f"rels_{t}.csv", [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id"]
                       + _header("", columns)[1:])

        claims: dict[str, Claim] = {}
        nodes: dict[str, dict] = {}  # written at the end: records may repeat an entity
        seen: set[tuple[str, str]] = set()  # (kind, id) of documents and claims written
        for n, r in enumerate(records, 1):
            kind = r.get("kind") if isinstance(r, dict) else None
            if kind == "edge":
                continue  # recomputed from claims below
            rid = r.get("id") if kind else None
            if not rid:
                raise Neo4jAdminError(f"record {n}: no kind or id")
            if kind == "node":
                if r.get("type") not in ENTITY_COLUMNS:
                    raise Neo4jAdminError(f"record {n} ({rid}): unknown node type {r.get('type')!r}")
                nodes[rid] = _merge_node(nodes[rid], r) if rid in nodes else dict(r)
                continue
            if (kind, rid) in seen:
                continue
            seen.add((kind, rid))
            if kind == "document":
                files.write("nodes_Document.csv", _row(rid, r, DOCUMENT_COLUMNS) + ["Document"])
            elif kind == "claim":
                try:
                    c = Claim.model_validate({k: v for k, v in r.items() if k != "kind"})
                except (ValidationError, SchemaError) as exc:
                    first = str(exc).splitlines()[0]
                    raise Neo4jAdminError(f"record {n} ({rid}): invalid claim ({first})") from None
                claims[c.id] = c
                data = c.model_dump(mode="json")
                data.update(data.pop("props"))
                data["fact"] = c.fact_id()
                data["modality_rank"] = MODALITY_RANK[c.modality.value]
                files.write("nodes_Claim.csv", _row(c.id, data, CLAIM_COLUMNS) + ["Claim"])
                files.write("rels_SUBJECT.csv", [c.id, c.subject, "SUBJECT"])
                files.write("rels_OBJECT.csv", [c.id, c.object, "OBJECT"])
                files.write("rels_IN_DOCUMENT.csv", [c.id, c.document, "IN_DOCUMENT"])
                if c.attributed_to:
                    files.write("rels_ATTRIBUTED_TO.csv", [c.id, c.attributed_to, "ATTRIBUTED_TO"])
            else:
                raise Neo4jAdminError(f"record {n} ({rid}): unknown record kind {kind!r}")

        for rid in sorted(nodes):
            data = nodes[rid]
            label = data["type"]
            if "entity_kind" in data:  # records rename the entity's own `kind`
                data["kind"] = data.pop("entity_kind")
            names = [data.get("name") or ""] + list(data.get("aliases") or [])
            data["search"] = sorted({normalise(x) for x in names if normalise(x)})
            files.write(f"nodes_{label}.csv", _row(rid, data, ENTITY_COLUMNS[label])
                        + [ARRAY_DELIMITER.join(("Entity", label))])

        for f in summarise(claims.values()):
            data = f.model_dump(mode="json")
            data.update(data.pop("props"))
            data["modality_rank"] = MODALITY_RANK[f.modality.value]
            columns = FACT_COLUMNS + [(k, _PROP_COLUMNS[k]) for k in EDGE_PROPS[f.type]]
            files.write(f"rels_{f.type}.csv", [f.source, f.target, f.type]
                        + _row(f.id, data, columns))
    finally:
        files.close()

    command = import_command(out)
    (out / "import.sh").write_text("#!/bin/sh\n# Stop the database first; Neo4j 5 or later.\n"
                                   + command + "\n", encoding="utf-8")
    return {"out_dir": str(out), "files": dict(files.counts), "command": command,
            "nodes": sum(files.counts[f] for f in node_files()),
            "relationships": sum(files.counts[f] for f in relationship_files())}


def _read_records(paths: list[str]):
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise Neo4jAdminError(f"{p}:{lineno}: invalid JSON ({exc.msg})") from None


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="JSONL records -> neo4j-admin import CSV files")
    ap.add_argument("paths", nargs="+", help="JSONL record files (exports or batch files)")
    ap.add_argument("-o", "--out", required=True, help="output folder")
    args = ap.parse_args(argv)
    try:
        summary = write_neo4j_admin(_read_records(args.paths), args.out)
    except (Neo4jAdminError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{summary['nodes']} nodes, {summary['relationships']} relationships -> {summary['out_dir']}")
    print(summary["command"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
