"""The stores against real engines: the session's embedded FalkorDB server, and Neo4j when
NEO4J_URI is set. Every test starts from an empty store (the `store` fixture clears it)."""

from __future__ import annotations

import pytest

from conftest import MOU, build_batch
from graph.records import batch_to_records, records_to_batch
from graph.schema import Batch, Claim, SchemaError, State
from graph.store import QueryError

PLAIN = (str, int, float, bool, type(None))


def _fact_edges(store, edge_type: str) -> list[dict]:
    return store.run(
        f"MATCH (a:Entity)-[e:{edge_type}]->(b:Entity) "
        "RETURN a.id AS source, b.id AS target, properties(e) AS p ORDER BY e.id", read_only=True)


def _claim_count(store) -> int:
    return store.run("MATCH (c:Claim) RETURN count(c) AS n", read_only=True)[0]["n"]


def test_load_writes_the_layout(store):
    batch = build_batch()
    report = store.upsert(batch)
    assert (report.documents, report.entities, report.claims) == (1, len(batch.entities), len(batch.claims))
    stats = store.stats()
    assert stats["nodes"]["Claim"] == len(batch.claims)
    assert stats["nodes"]["Entity"] == len(batch.entities)
    assert stats["nodes"]["State"] == 4 and stats["nodes"]["Agreement"] == 1
    assert stats["edges"]["SUBJECT"] == stats["edges"]["OBJECT"] == stats["edges"]["IN_DOCUMENT"] == len(batch.claims)
    assert stats["edges"]["ATTRIBUTED_TO"] == 1
    # the denied Hezbollah-Bolivia claim is stored but makes no ALLEGED_TIES edge of its own
    ties = _fact_edges(store, "ALLEGED_TIES")
    assert [(t["source"], t["target"]) for t in ties] == [("state:BOL", "state:IRN")]  # symmetric: sorted ids
    p = ties[0]["p"]
    assert p["modality"] == "alleged" and p["modality_rank"] == 2 and p["nature"] == ["drones", "training"]
    assert p["claims"] == 1 and p["contested"] is False
    # search holds the normalised name and aliases, for `$key IN n.search`
    rows = store.run("MATCH (n:Entity) WHERE $key IN n.search RETURN n.id AS id", {"key": "iran"}, read_only=True)
    assert [r["id"] for r in rows] == ["state:IRN"]
    # evidence lookup of ARCHITECTURE.md
    rows = store.run("MATCH (a)-[f:SIGNED_MOU_WITH]->(b) MATCH (c:Claim {fact: f.id})-[:IN_DOCUMENT]->(d:Document) "
                     "RETURN f.agreement AS agreement, c.quote AS quote, d.source AS outlet", read_only=True)
    assert rows == [{"agreement": MOU, "quote": batch.claims[0].quote, "outlet": "Infobae"}]


def test_loading_twice_changes_nothing(store):
    batch = build_batch()
    store.upsert(batch)
    stats1, records1 = store.stats(), list(store.records())
    store.upsert(batch)
    assert store.stats() == stats1
    assert list(store.records()) == records1
    assert records1 == list(batch_to_records(batch))


def test_repeated_fact_merges_into_one_edge(store):
    mou = ("SIGNED_MOU_WITH", "state:BOL", "state:IRN", {"date": "2023-07-20", "props": {"agreement": MOU}})
    store.upsert(build_batch("doc-a", published="2023-07-21", claims=[mou]))
    first = _fact_edges(store, "SIGNED_MOU_WITH")
    assert len(first) == 1 and first[0]["p"]["claims"] == 1
    # the same fact, reported later by another outlet, with the endpoints the other way round
    again = ("SIGNED_MOU_WITH", "state:IRN", "state:BOL",
             {"date": "2023-07-20", "modality": "reported", "props": {"agreement": MOU}})
    store.upsert(build_batch("doc-b", published="2024-02-03", claims=[again]))
    # and a third document denies it
    denial = ("SIGNED_MOU_WITH", "state:BOL", "state:IRN",
              {"modality": "denied", "polarity": "negative", "props": {"agreement": MOU}})
    store.upsert(build_batch("doc-c", published="2023-05-30", claims=[denial]))
    edges = _fact_edges(store, "SIGNED_MOU_WITH")
    assert len(edges) == 1 and edges[0]["p"]["id"] == first[0]["p"]["id"]
    p = edges[0]["p"]
    assert p["claims"] == 3 and _claim_count(store) == 3
    assert len(p["sources"]) == 3
    assert (p["first_reported"], p["last_reported"]) == ("2023-05-30", "2024-02-03")
    assert p["modality"] == "asserted" and p["contested"] is True and p["date"] == "2023-07-20"


def test_modality_is_the_strongest_claim(store):
    weak = ("ALLEGED_TIES", "group:hezbollah", "state:IRN", {"modality": "speculative", "props": {"nature": ["funding"]}})
    store.upsert(build_batch("doc-a", claims=[weak]))
    assert _fact_edges(store, "ALLEGED_TIES")[0]["p"]["modality"] == "speculative"
    strong = ("ALLEGED_TIES", "state:IRN", "group:hezbollah", {"modality": "reported", "props": {"nature": ["proxy"]}})
    store.upsert(build_batch("doc-b", claims=[strong]))
    p = _fact_edges(store, "ALLEGED_TIES")[0]["p"]
    assert (p["modality"], p["modality_rank"], p["nature"]) == ("reported", 3, ["funding", "proxy"])


def test_a_fact_that_loses_its_positive_claim_loses_its_edge(store):
    claim = ("SEVERED_TIES", "state:BOL", "state:USA", {})
    store.upsert(build_batch("doc-a", claims=[claim]))
    assert len(_fact_edges(store, "SEVERED_TIES")) == 1
    # the same sentence re-extracted as a denial (same claim id: polarity is not part of it)
    flipped = ("SEVERED_TIES", "state:BOL", "state:USA", {"modality": "denied", "polarity": "negative"})
    report = store.upsert(build_batch("doc-a", claims=[flipped]))
    assert report.facts_removed == 1
    assert _fact_edges(store, "SEVERED_TIES") == [] and _claim_count(store) == 1


def test_aliases_are_unioned_and_attribution_replaced(store):
    tie = ("ALLEGED_TIES", "state:IRN", "state:BOL",
           {"modality": "alleged", "attributed_to": "official:marco-rubio"})
    store.upsert(build_batch("doc-a", claims=[tie]))
    renamed = State(id="state:BOL", name="Bolivia", iso3="BOL", aliases=["Plurinational State of Bolivia"])
    tie2 = ("ALLEGED_TIES", "state:IRN", "state:BOL",
            {"modality": "alleged", "attributed_to": "official:mohammad-reza-ashtiani"})
    store.upsert(build_batch("doc-a", claims=[tie2], entities=[renamed]))
    row = store.run("MATCH (n:Entity {id: 'state:BOL'}) RETURN n.aliases AS aliases, n.search AS search",
                    read_only=True)[0]
    assert row["aliases"] == ["Estado Plurinacional de Bolivia", "Plurinational State of Bolivia"]
    assert row["search"] == ["bolivia", "estado plurinacional de bolivia", "plurinational state of bolivia"]
    who = store.run("MATCH (:Claim)-[:ATTRIBUTED_TO]->(a:Entity) RETURN a.id AS id", read_only=True)
    assert who == [{"id": "official:mohammad-reza-ashtiani"}]


def test_loading_documents_one_by_one_gives_the_graph_of_loading_them_at_once(store, tmp_path):
    """The store merges an entity it holds with a new batch's by the pipeline's rule
    (lists unioned, gaps filled): batch files of one document each give the same graph."""
    from loaders import load

    at_once = load(["seeds/"]).batch
    store.upsert(at_once)
    expected = list(store.records())
    store.clear()
    for doc in sorted(at_once.documents, key=lambda d: d.id, reverse=True):
        single = load([doc.path]).batch
        store.upsert(single)
    assert list(store.records()) == expected


def test_a_later_batch_fills_gaps_but_never_erases(store):
    first = build_batch()
    agreement = next(e for e in first.entities if e.type == "Agreement")
    assert agreement.domains, "the fixture's agreement has domains"
    store.upsert(first)
    emptied = first.model_copy(update={"entities": [
        e.model_copy(update={"domains": []}) if e.id == agreement.id else e for e in first.entities]})
    store.upsert(emptied)
    row = store.run("MATCH (a:Agreement {id: $id}) RETURN a.domains AS d", {"id": agreement.id})[0]
    assert sorted(row["d"]) == sorted(agreement.domains)


def test_schema_violation_is_rejected_before_anything_is_written(store):
    batch = build_batch()
    with pytest.raises(ValueError, match="HOLDS_ROLE does not allow State -> State"):  # the model refuses it ...
        build_batch(claims=[("HOLDS_ROLE", "state:BOL", "state:IRN", {"props": {"role": "ally"}})])
    # ... and a batch mutated after validation is validated again by the store
    bad = Claim(predicate="HOLDS_ROLE", subject="official:edmundo-novillo", object="state:BOL",
                document=batch.documents[0].id, quote="x", char_start=0, char_end=1, rule="t")
    bad = bad.model_copy(update={"subject": "state:IRN"})
    batch.claims.append(bad)
    with pytest.raises(SchemaError, match="HOLDS_ROLE does not allow State -> State"):
        store.upsert(batch)
    assert store.stats() == {"nodes": {}, "edges": {}}
    orphan = Batch.model_construct(documents=[], entities=[], claims=[build_batch().claims[0]])
    with pytest.raises(SchemaError, match="not an entity of the batch"):
        store.upsert(orphan)
    assert store.stats() == {"nodes": {}, "edges": {}}


def test_nul_characters_are_rejected_cleanly(store):
    batch = build_batch()
    batch.entities[0] = batch.entities[0].model_copy(update={"name": "Bo\x00livia"})
    with pytest.raises(SchemaError, match="NUL"):
        store.upsert(batch)
    assert store.stats() == {"nodes": {}, "edges": {}}


def test_export_round_trip_through_an_empty_store(store):
    store.upsert(build_batch("doc-a"))
    store.upsert(build_batch("doc-b", published="2024-01-09", source="El Deber", language="es"))
    exported = list(store.records())
    kinds = {r["kind"] for r in exported}
    assert kinds == {"document", "node", "claim", "edge"}
    store.clear()
    assert store.stats() == {"nodes": {}, "edges": {}}
    store.upsert(records_to_batch(exported))
    assert list(store.records()) == exported


def test_read_only_queries_cannot_write(store):
    with pytest.raises(QueryError):
        store.run("CREATE (:Entity:State {id: 'state:XXX', name: 'x'})", read_only=True)
    assert store.stats() == {"nodes": {}, "edges": {}}


def test_rows_are_plain_python(store):
    store.upsert(build_batch())
    rows = store.run("MATCH (c:Claim)-[r:SUBJECT]->(n:Entity) RETURN c, r, n, labels(n) AS labels, "
                     "c.confidence AS confidence LIMIT 3", read_only=True)
    assert rows and set(rows[0]) == {"c", "r", "n", "labels", "confidence"}

    def plain(v):
        if isinstance(v, dict):
            return all(isinstance(k, str) and plain(x) for k, x in v.items())
        if isinstance(v, list):
            return all(plain(x) for x in v)
        return isinstance(v, PLAIN)
    assert all(plain(r) for r in rows)
    assert "Entity" in rows[0]["n"]["_labels"]
    assert rows[0]["r"]["_type"] == "SUBJECT"
    assert isinstance(rows[0]["confidence"], float)


def test_bad_cypher_is_a_query_error(store):
    with pytest.raises(QueryError, match="query failed"):
        store.run("MATCH (n RETURN n")


# --------------------------------------------------------------------------- Neo4j syntax
# Neo4j cannot run here; its own parser (queries/lint, lintCypherQuery) checks that the
# Cypher the stores share, and the Neo4j store's schema statements, are valid for Neo4j.

import json  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
from pathlib import Path  # noqa: E402

import graph.store as store_module  # noqa: E402
from graph.neo4j_store import CLEAR, SCHEMA  # noqa: E402
from graph.schema import EDGE_PROPS, ENTITY_CLASSES  # noqa: E402

LINT = Path(__file__).resolve().parents[1] / "queries" / "lint"


def _store_statements() -> dict[str, str]:
    out = {}
    for name, text in vars(store_module).items():
        if not name.startswith("Q_"):
            continue
        if "{label}" in text:
            for label in ENTITY_CLASSES:
                out[f"{name}_{label}"] = text.replace("{label}", label)
        elif "{type}" in text:
            for edge_type in EDGE_PROPS:
                out[f"{name}_{edge_type}"] = text.replace("{type}", edge_type)
        else:
            out[name] = text
    out.update({f"SCHEMA_{i}": s for i, s in enumerate(SCHEMA)})
    out["CLEAR"] = CLEAR
    return out


@pytest.mark.skipif(shutil.which("node") is None or not (LINT / "node_modules" / "@neo4j-cypher").is_dir(),
                    reason="Cypher linter not installed (npm ci --prefix queries/lint)")
def test_store_cypher_is_valid_for_neo4j(tmp_path):
    statements = _store_statements()
    assert len(statements) > 20
    files = []
    for name, text in statements.items():
        params = sorted(set(re.findall(r"\$(\w+)", text)))
        header = f"// name: {name}\n" + "".join(f"// param: {p}: any\n" for p in params)
        path = tmp_path / f"{name}.cypher"
        path.write_text(header + text + "\n")
        files.append(str(path))
    bad = tmp_path / "BAD.cypher"
    bad.write_text("// name: BAD\n// param: rows: any\nUNWIND $rows AS r MERGE (n:Entity {id: r.id) SET n = r\n")
    proc = subprocess.run(["node", str(LINT / "lint.mjs"), *files, str(bad)],
                          capture_output=True, text=True, timeout=180)
    report = {q["name"]: q["errors"] for q in json.loads(proc.stdout)["queries"]}
    assert report.pop("BAD"), "the linter must reject a broken statement"
    assert report == {name: [] for name in statements}
