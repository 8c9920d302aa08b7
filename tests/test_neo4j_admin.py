"""neo4j-admin CSV export: files parse back, headers are what the importer takes, counts
match the records, and awkward values survive (commas, quotes, newlines, semicolons)."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from graph.facts import summarise
from graph.neo4j_admin import (ARRAY_DELIMITER, Neo4jAdminError, node_files,
                               relationship_files, write_neo4j_admin)
from graph.records import batch_to_records
from graph.schema import Agreement, Batch, Claim, Document, Group, Official, State

NASTY = 'He said "no", then; well,\nmaybe\r\n\\ MATCH (n) DETACH DELETE n //'


def _batch() -> Batch:
    docs = [
        Document(id="doc:a", title=NASTY, url="https://x.test/a?b=1,2", source="Outlet; Inc",
                 published="2023-07-20", language="en", text="Iran, Bolivia;\n\"deal\""),
        Document(id="doc:b", title="Acuerdo", published="2024", language="es", text="Irán y Bolivia"),
    ]
    ents = [
        State(id="state:IRN", name="Iran", aliases=["Irán", "Islamic Republic; of Iran", 'The "Regime"'], iso3="IRN"),
        State(id="state:BOL", name="Bolivia", aliases=["Estado Plurinacional, de Bolivia"], iso3="BOL"),
        Group(id="group:irgc", name="IRGC", aliases=["Islamic Revolutionary Guard Corps"], kind="armed force", country="state:IRN"),
        Official(id="official:edmundo-novillo", name="Edmundo Novillo"),
        Agreement(id="agreement:mou", name="MoU", title="Memorandum, \"security\"", date="2023-07",
                  domains=["drones", "intelligence; sharing"], public=False),
    ]
    claims = [
        Claim(predicate="SIGNED_MOU_WITH", subject="state:IRN", object="state:BOL", document="doc:a",
              quote=NASTY, char_start=0, char_end=10, rule="en.mou", date="2023-07-20",
              reported="2023-07-20", props={"agreement": "agreement:mou"}, attributed_to="official:edmundo-novillo",
              attribution="the minister said, twice"),
        Claim(predicate="SIGNED_MOU_WITH", subject="state:BOL", object="state:IRN", document="doc:b",
              quote="Bolivia firmó", char_start=3, char_end=9, rule="es.mou", modality="reported",
              reported="2024", props={"agreement": "agreement:mou"}),
        Claim(predicate="ALLEGED_TIES", subject="group:irgc", object="state:BOL", document="doc:a",
              quote="ties", char_start=11, char_end=15, rule="en.ties", modality="alleged",
              props={"nature": ["training; drills", "funding, cash"]}),
        Claim(predicate="DESIGNATED", subject="state:BOL", object="group:irgc", document="doc:b",
              quote="no ha designado", char_start=0, char_end=5, rule="es.neg", modality="denied",
              polarity="negative", props={"designation": "terrorist organisation"}),
        Claim(predicate="HOLDS_ROLE", subject="official:edmundo-novillo", object="state:BOL", document="doc:a",
              quote="Minister of Defense", char_start=20, char_end=39, rule="en.role",
              props={"role": "Minister of Defense", "start": "2020"}),
        Claim(predicate="PARTY_TO", subject="state:IRN", object="agreement:mou", document="doc:a",
              quote="signed", char_start=40, char_end=46, rule="en.party"),
    ]
    return Batch(documents=docs, entities=ents, claims=claims)


def _read(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    return header, [dict(zip(header, r, strict=True)) for r in body]


HEADER_CELL = re.compile(
    r"^(?:[a-z_][a-z0-9_]*(?::ID\((Entity|Document|Claim)\)|:(int|float|boolean|string\[\]))?"
    r"|:LABEL|:TYPE|:START_ID\((Entity|Claim)\)|:END_ID\((Entity|Document)\))$")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    batch = _batch()
    out = tmp_path_factory.mktemp("neo4j_admin")
    records = list(batch_to_records(batch))
    summary = write_neo4j_admin(records, out)
    return batch, out, summary


def test_every_file_parses_and_headers_are_well_formed(exported):
    _, out, summary = exported
    for name in node_files() + relationship_files():
        header, rows = _read(out / name)
        assert all(HEADER_CELL.match(h) for h in header), (name, header)
        assert len(rows) == summary["files"][name]
        if name.startswith("nodes_"):
            assert sum(":ID(" in h for h in header) == 1 and ":LABEL" in header
        else:
            assert header[:3] == [h for h in header if h.startswith((":START_ID", ":END_ID", ":TYPE"))]


def test_counts_match_the_records(exported):
    batch, out, summary = exported
    for label in ("State", "Group", "Official", "Agreement"):
        assert summary["files"][f"nodes_{label}.csv"] == sum(e.type == label for e in batch.entities)
    assert summary["files"]["nodes_Document.csv"] == len(batch.documents)
    assert summary["files"]["nodes_Claim.csv"] == len(batch.claims)
    for rel in ("SUBJECT", "OBJECT", "IN_DOCUMENT"):
        assert summary["files"][f"rels_{rel}.csv"] == len(batch.claims)
    assert summary["files"]["rels_ATTRIBUTED_TO.csv"] == sum(bool(c.attributed_to) for c in batch.claims)
    facts = summarise(batch.claims)
    # the denial creates no DESIGNATED edge; the two MoU claims make one symmetric edge
    assert summary["files"]["rels_DESIGNATED.csv"] == 0
    assert summary["files"]["rels_SIGNED_MOU_WITH.csv"] == 1
    assert summary["relationships"] == 3 * len(batch.claims) + 1 + len(facts)


def test_awkward_values_survive(exported):
    batch, out, _ = exported
    _, docs = _read(out / "nodes_Document.csv")
    a = next(d for d in docs if d["id:ID(Document)"] == "doc:a")
    assert a["title"] == NASTY and a["source"] == "Outlet; Inc" and a["url"] == "https://x.test/a?b=1,2"
    assert a["text"] == "Iran, Bolivia;\n\"deal\""

    _, states = _read(out / "nodes_State.csv")
    iran = next(s for s in states if s["id:ID(Entity)"] == "state:IRN")
    assert iran["aliases:string[]"].split(ARRAY_DELIMITER) == sorted(["Irán", "Islamic Republic; of Iran", 'The "Regime"'])
    assert "iran" in iran["search:string[]"].split(ARRAY_DELIMITER)
    assert iran[":LABEL"].split(ARRAY_DELIMITER) == ["Entity", "State"]

    _, agreements = _read(out / "nodes_Agreement.csv")
    assert agreements[0]["title"] == 'Memorandum, "security"'
    assert agreements[0]["kind"] == "memorandum of understanding"
    assert agreements[0]["domains:string[]"].split(ARRAY_DELIMITER) == ["drones", "intelligence; sharing"]
    assert agreements[0]["public:boolean"] == "false"

    _, claims = _read(out / "nodes_Claim.csv")
    by_id = {c["id:ID(Claim)"]: c for c in claims}
    for c in batch.claims:
        row = by_id[c.id]
        assert row["quote"] == c.quote and row["fact"] == c.fact_id()
        assert int(row["char_start:int"]) == c.char_start
    ties = next(c for c in claims if c["predicate"] == "ALLEGED_TIES")
    assert ties["nature:string[]"].split(ARRAY_DELIMITER) == ["training; drills", "funding, cash"]


def test_fact_edges_match_summarise(exported):
    batch, out, _ = exported
    facts = {f.id: f for f in summarise(batch.claims)}
    seen = 0
    for name in relationship_files():
        header, rows = _read(out / name)
        if "id" not in header:
            continue
        for row in rows:
            f = facts[row["id"]]
            assert (row[":START_ID(Entity)"], row[":END_ID(Entity)"], row[":TYPE"]) == (f.source, f.target, f.type)
            assert int(row["claims:int"]) == f.claims
            assert row["sources:string[]"].split(ARRAY_DELIMITER) == f.sources
            assert row["contested:boolean"] == ("true" if f.contested else "false")
            seen += 1
    assert seen == len(facts)


def test_every_relationship_end_exists(exported):
    _, out, _ = exported
    ids = {"Entity": set(), "Document": set(), "Claim": set()}
    for name in node_files():
        header, rows = _read(out / name)
        space = re.search(r":ID\((\w+)\)", header[0]).group(1)
        ids[space].update(r[header[0]] for r in rows)
    for name in relationship_files():
        header, rows = _read(out / name)
        for h in header[:2]:
            space = re.search(r"\((\w+)\)", h).group(1)
            assert {r[h] for r in rows} <= ids[space], (name, h)


def test_import_command_names_every_file(exported):
    _, out, summary = exported
    script = (out / "import.sh").read_text()
    for name in node_files():
        assert f"--nodes={out.resolve() / name}" in script
    for name in relationship_files():
        assert f"--relationships={out.resolve() / name}" in script
    assert "--array-delimiter=U+001F" in script and "--multiline-fields=true" in script


def test_bad_records_give_one_clear_line(tmp_path):
    with pytest.raises(Neo4jAdminError, match=r"record 1 \(x\): unknown record kind 'thing'"):
        write_neo4j_admin([{"kind": "thing", "id": "x"}], tmp_path / "o")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "node"\n')
    proc = subprocess.run([sys.executable, "-m", "graph.neo4j_admin", str(bad), "-o", str(tmp_path / "o2")],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [f"error: {bad}:1: invalid JSON (Expecting ',' delimiter)"]
    assert "Traceback" not in proc.stderr


def test_cli_roundtrip_from_jsonl(tmp_path):
    src = tmp_path / "batch.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch_to_records(_batch())),
                   encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "graph.neo4j_admin", str(src), "-o", str(tmp_path / "o")],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("13 nodes, 23 relationships")


def test_repeated_entities_are_merged(tmp_path):
    """Batch files of different documents repeat entities with different details."""
    a = {"kind": "node", "id": "agreement:x", "type": "Agreement", "name": "X", "aliases": ["Pact X"],
         "title": "X", "entity_kind": "agreement", "date": None, "domains": ["security"], "public": None}
    b = {**a, "aliases": ["Acuerdo X"], "date": "2023-07", "domains": ["defense"], "public": False}
    summary = write_neo4j_admin([a, b, a], tmp_path)
    assert summary["files"]["nodes_Agreement.csv"] == 1
    _, rows = _read(tmp_path / "nodes_Agreement.csv")
    row = rows[0]
    assert row["aliases:string[]"].split(ARRAY_DELIMITER) == ["Acuerdo X", "Pact X"]
    assert row["domains:string[]"].split(ARRAY_DELIMITER) == ["defense", "security"]
    assert (row["date"], row["public:boolean"], row["kind"]) == ("2023-07", "false", "agreement")
