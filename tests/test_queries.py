"""Canned queries against the real embedded FalkorDB store.

Two graphs: the seed articles through the real loader pipeline (what an analyst gets),
and a hand-built batch in the seeds' image whose answers are known exactly and which
holds cases the seeds lack (a contested fact, an urging followed later by the
designation, a role that ended).
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import queries
from graph import ids
from graph.records import batch_to_records
from graph.schema import Agreement, Batch, Claim, Document, Group, Official, State
from graph.store import open_store
from loaders import load
from queries.cli import app
from queries.runner import QueryError, check_read_only, list_queries

ROOT = Path(__file__).resolve().parents[1]

D0 = ids.document_id("seed-000"); D1 = ids.document_id("seed-001"); D2 = ids.document_id("seed-002")
D4 = ids.document_id("seed-004")
MOU = "agreement:bolivia-iran-defence-mou-2023"

def hand_batch() -> Batch:
    docs = [
        Document(id=D0, title="U.S. presses Bolivia to expel suspected Iranian spies and designate the IRGC, Hezbollah and Hamas as terrorist organizations",
                 source=None, published="2026-01-24", language="en", path="seeds/000_63ccea1439179f34.txt"),
        Document(id=D1, title="Bolivia and Iran’s New Security Partnership Hurts Israel", source="1828",
                 published="2023-08-08", language="en", path="seeds/001_ee55e8652f83f9b2.txt"),
        Document(id=D2, title="Iran and Bolivia’s Strengthening Ties: A Risk for Latin America", source="Diálogo Américas",
                 published="2024-03", language="en+es", path="seeds/002_28ecef327d464457.txt",
                 url="https://dialogo-americas.com/articles/iran-and-bolivias-strengthening-ties-a-risk-for-latin-america/"),
        Document(id=D4, title="Fresh hysteria over detail-less Bolivia-Iran security deal", source="Responsible Statecraft",
                 published="2023-07", language="en", path="seeds/004_09d0c833d2f75a6f.txt"),
    ]
    ents = [
        State(id="state:USA", name="United States", iso3="USA", aliases=["U.S.", "US", "Washington", "Estados Unidos", "EEUU"]),
        State(id="state:BOL", name="Bolivia", iso3="BOL", aliases=["La Paz", "Estado Plurinacional de Bolivia"]),
        State(id="state:IRN", name="Iran", iso3="IRN", aliases=["Irán", "Tehran", "Teherán", "Islamic Republic of Iran"]),
        State(id="state:ECU", name="Ecuador", iso3="ECU", aliases=["Quito"]),
        State(id="state:ARG", name="Argentina", iso3="ARG", aliases=["Buenos Aires"]),
        State(id="state:ISR", name="Israel", iso3="ISR", aliases=["Tel Aviv"]),
        State(id="state:CHL", name="Chile", iso3="CHL", aliases=["Santiago"]),
        Group(id="group:irgc", name="Islamic Revolutionary Guard Corps", kind="armed force", country="state:IRN",
              aliases=["IRGC", "Guardia Revolucionaria", "Cuerpo de la Guardia Revolucionaria Islámica"]),
        Group(id="group:quds-force", name="Quds Force", kind="armed force", country="state:IRN", aliases=["Fuerza Quds"]),
        Group(id="group:hezbollah", name="Hezbollah", kind="armed group", aliases=["Hizbullah", "Hezbolá"]),
        Group(id="group:hamas", name="Hamas", kind="armed group"),
        Official(id="official:edmundo-novillo", name="Edmundo Novillo", aliases=["Novillo"]),
        Official(id="official:mohammad-reza-ashtiani", name="Mohammad Reza Ashtiani", aliases=["Ashtiani"]),
        Official(id="official:luis-arce", name="Luis Arce", aliases=["Arce"]),
        Agreement(id=MOU, name="Bolivia–Iran memorandum of understanding on security and defence",
                  title="Bolivia–Iran memorandum of understanding on security and defence", date="2023-07-20",
                  domains=["security", "defence", "drones", "counternarcotics"]),
    ]
    def c(pred, s, o, doc, quote, start, rule="hand", **kw):
        return Claim(predicate=pred, subject=s, object=o, document=doc, quote=quote, char_start=start,
                     char_end=start + len(quote), rule=rule, reported={D0: "2026-01-24", D1: "2023-08-08", D2: "2024-03", D4: "2023-07"}[doc], **kw)
    claims = [
        c("URGED", "state:USA", "state:BOL", D0, "The United States has been pressing Bolivia to expel people it alleges are Iranian spies and to take official steps to classify Iran’s Islamic Revolutionary Guard Corps - the IRGC - as a terrorist organization", 0,
          modality="reported", date="2026-01", attribution="two sources with direct knowledge", props={"action": "designate", "targets": ["group:irgc", "group:hezbollah", "group:hamas"]}),
        c("URGED", "state:USA", "state:BOL", D0, "The United States has been pressing Bolivia to expel people it alleges are Iranian spies", 0,
          modality="reported", date="2026-01", attribution="two sources with direct knowledge", props={"action": "expel"}),
        c("URGED", "state:USA", "state:ECU", D0, "Washington had pressed Quito to act against Tehran-linked groups", 2100,
          modality="reported", date="2025-06", props={"action": "designate", "targets": ["group:irgc"]}),
        c("DESIGNATED", "state:ECU", "group:irgc", D0, "in September, Ecuador designated the IRGC, Hamas and Hezbollah as terrorist organizations", 1500,
          date="2025-09", props={"designation": "terrorist organisation"}),
        c("DESIGNATED", "state:ECU", "group:hezbollah", D0, "in September, Ecuador designated the IRGC, Hamas and Hezbollah as terrorist organizations", 1500,
          date="2025-09", props={"designation": "terrorist organisation"}),
        c("DESIGNATED", "state:ARG", "group:quds-force", D0, "Argentina recently designated the Quds Force", 5200,
          props={"designation": "terrorist organisation"}),
        c("SIGNED_MOU_WITH", "state:BOL", "state:IRN", D1, "On July 20th, Iran and Bolivia met in Tehran to sign a new security partnership", 120,
          date="2023-07-20", props={"agreement": MOU}),
        c("SIGNED_MOU_WITH", "state:BOL", "state:IRN", D4, "the minister of defense of Bolivia, Edmundo Novillo, reportedly signed a memorandum of understanding", 900,
          modality="reported", date="2023-07-20", props={"agreement": MOU}),
        c("PARTY_TO", "state:BOL", MOU, D1, "Iran and Bolivia met in Tehran to sign a new security partnership", 130, date="2023-07-20"),
        c("PARTY_TO", "state:IRN", MOU, D1, "Iran and Bolivia met in Tehran to sign a new security partnership", 130, date="2023-07-20"),
        c("SIGNED", "official:edmundo-novillo", MOU, D4, "Edmundo Novillo, reportedly signed a memorandum of understanding with his Iranian counterpart, Mohammad Reza Ashtiani", 930,
          modality="reported", date="2023-07-20"),
        c("SIGNED", "official:mohammad-reza-ashtiani", MOU, D4, "Edmundo Novillo, reportedly signed a memorandum of understanding with his Iranian counterpart, Mohammad Reza Ashtiani", 930,
          modality="reported", date="2023-07-20"),
        c("HOLDS_ROLE", "official:edmundo-novillo", "state:BOL", D1, "Bolivian Minister of Defense, Edmundo Novillo", 500,
          props={"role": "Minister of Defence", "start": "2020-11"}),
        c("HOLDS_ROLE", "official:luis-arce", "state:BOL", D2, "Bolivian President Luis Arce", 40,
          props={"role": "President", "start": "2020-11-08", "end": "2025-11-08"}),
        c("HOLDS_ROLE", "official:mohammad-reza-ashtiani", "state:IRN", D4, "his Iranian counterpart, Mohammad Reza Ashtiani", 980,
          props={"role": "Minister of Defence"}),
        c("ALLEGED_TIES", "state:IRN", "group:hezbollah", D1, "Iran funds various anti-American and anti-Israeli groups. This includes Hezbollah", 3000,
          props={"nature": ["funding"]}),
        c("ALLEGED_TIES", "state:IRN", "group:hezbollah", D0, "Hezbollah, which is closely allied with Tehran, has long been accused by U.S. officials", 7000,
          modality="alleged", attribution="U.S. officials", attributed_to="state:USA", props={"nature": ["alliance"]}),
        c("ALLEGED_TIES", "group:hezbollah", "state:BOL", D1, "Hezbollah also operates in the Amazon, where it trains fighters", 4100,
          modality="alleged", props={"nature": ["presence"]}),
        c("ALLEGED_TIES", "group:hezbollah", "state:BOL", D2, "existen grupos respaldados por Irán, como Hezbollah en América Latina", 9000,
          modality="alleged", language="es", props={"nature": ["presence"]}),
        c("ALLEGED_TIES", "group:irgc", "state:BOL", D2, "Iran-backed groups operate in Bolivia", 5000, modality="speculative", props={"nature": ["presence"]}),
        c("SEVERED_TIES", "state:BOL", "state:ISR", D2, "the severance of Bolivia’s diplomatic relations with Israel on October 31, 2023", 2000,
          date="2023-10-31", alt_quote="la ruptura de las relaciones diplomáticas de Bolivia con Israel el 31 de octubre de 2023"),
        c("SUPPLIED", "state:IRN", "state:BOL", D1, "It will also see Iran selling surveillance and military drones to La Paz", 300,
          date="2023-07-20", props={"items": ["drones"]}),
        c("SUPPLIED", "state:IRN", "state:BOL", D4, "he also categorically ruled out an acquisition of Iranian ballistic missiles", 1500,
          modality="denied", polarity="negative", attributed_to="official:edmundo-novillo", props={"items": ["ballistic missiles"]}),
        c("PART_OF", "group:quds-force", "group:irgc", D0, "the Quds Force, the IRGC's external arm", 5300),
    ]
    return Batch(documents=docs, entities=ents, claims=claims)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with open_store("embedded", tmp_path_factory.mktemp("store")) as st:
        st.upsert(hand_batch())
        yield st


def example_params(query) -> dict:
    """The header example's -p pairs, parsed the way the CLI parses them."""
    params = {}
    for part in query.example.split(" -p ")[1:]:
        key, _, value = part.partition("=")
        params[key] = value.strip('"')
    return params


def quotes(rows, column="evidence"):
    return [e["quote"] for r in rows for e in r[column]]


# --------------------------------------------------------------------------- catalogue


def test_catalogue_has_every_question_of_issue_4():
    names = {q.name for q in list_queries()}
    assert {"designations", "urged_not_designated", "agreements", "alleged_ties", "single_source_ties",
            "pressure", "profile", "officials", "shortest_path", "all_paths", "timeline", "contested",
            "single_source", "document", "outlet", "central_actors"} <= names
    for q in list_queries():
        assert q.description and q.columns and q.example.startswith(f"geokg query {q.name}")


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_query_runs_its_example_and_returns_its_columns(store, query):
    rows = queries.run(store, query.name, **example_params(query))
    assert rows, f"{query.name} returned nothing for its example"
    assert list(rows[0]) == list(query.columns)


# --------------------------------------------------------------------------- answers


def test_designations_name_ecuador_and_the_irgc_with_a_quote(store):
    rows = queries.run(store, "designations", designated="Guardia Revolucionaria")
    assert [(r["designator"], r["designated"], r["date"]) for r in rows] == [
        ("Ecuador", "Islamic Revolutionary Guard Corps", "2025-09")]
    assert "Ecuador designated the IRGC" in rows[0]["evidence"][0]["quote"]
    assert rows[0]["evidence"][0]["document"] == D0
    by_state = queries.run(store, "designations", designator="Buenos Aires")
    assert [(r["designator"], r["designated"]) for r in by_state] == [("Argentina", "Quds Force")]


def test_min_modality_filters(store):
    assert queries.run(store, "designations", min_modality="asserted")
    strong = queries.run(store, "alleged_ties", actor="Hezbollah", min_modality="asserted")
    assert {r["modality"] for r in strong} == {"asserted"}


def test_urged_but_not_designated(store):
    rows = queries.run(store, "urged_not_designated")
    pairs = {(r["urged"], r["target"]) for r in rows}
    assert pairs == {("Bolivia", "Islamic Revolutionary Guard Corps"), ("Bolivia", "Hezbollah"),
                     ("Bolivia", "Hamas")}  # Ecuador was urged too, and did designate
    assert all(r["urged_by"] == "United States" for r in rows)
    assert "pressing Bolivia" in quotes(rows)[0]


def test_pressure_says_whether_it_happened_later(store):
    rows = queries.run(store, "pressure", urged_by="EEUU")
    outcome = {(r["urged"], r["action"], r["target"]): r["outcome"] for r in rows}
    assert outcome[("Ecuador", "designate", "Islamic Revolutionary Guard Corps")] == "done later"
    assert outcome[("Bolivia", "designate", "Hezbollah")] == "not (yet) done"
    assert outcome[("Bolivia", "expel", None)] == "not (yet) done"
    done = next(r for r in rows if r["outcome"] == "done later")
    assert done["outcome_date"] == "2025-09" and done["outcome_fact"].startswith("fact:")


def test_agreements_of_bolivia_include_the_2023_mou_with_iran(store):
    rows = queries.run(store, "agreements", actor="Bolivia")
    assert len(rows) == 1
    mou = rows[0]
    assert mou["date"] == "2023-07-20" and "security" in mou["domains"]
    assert sorted(mou["parties"]) == ["Bolivia", "Iran"]
    assert sorted(mou["signatories"]) == ["Edmundo Novillo", "Mohammad Reza Ashtiani"]
    assert any("memorandum of understanding" in q for q in quotes(rows))
    # an official's agreements come through what he signed
    assert queries.run(store, "agreements", actor="Novillo")[0]["agreement_id"] == MOU


def test_alleged_ties_split_by_claimant_and_firmness(store):
    rows = queries.run(store, "alleged_ties", actor="Hezbolá")
    iran = {(r["alleged_by"], r["modality"]) for r in rows if r["tied_to"] == "Iran"}
    assert iran == {("1828", "asserted"), ("United States", "alleged")}
    bolivia = {r["alleged_by"] for r in rows if r["tied_to"] == "Bolivia"}
    assert bolivia == {"1828", "Diálogo Américas"}


def test_single_source_ties(store):
    rows = queries.run(store, "single_source_ties")
    assert [(r["actor_a"], r["actor_b"], r["outlet"]) for r in rows] == [
        ("Islamic Revolutionary Guard Corps", "Bolivia", "Diálogo Américas")]


def test_profile_by_any_alias(store):
    for alias in ("Tehran", "Irán", "islamic republic of iran", "state:IRN"):
        rows = queries.run(store, "profile", actor=alias)
        assert rows[0]["actor"] == "Iran" and "Teherán" in rows[0]["aliases"]
    rows = queries.run(store, "profile", actor="Irán")
    relations = {(r["relation"], r["direction"], r["other"]) for r in rows}
    assert ("SIGNED_MOU_WITH", "in", "Bolivia") in relations
    assert ("HOLDS_ROLE", "in", "Mohammad Reza Ashtiani") in relations
    assert all(r["evidence"] for r in rows)


def test_profile_of_an_actor_without_facts_still_has_its_row(store):
    rows = queries.run(store, "profile", actor="Chile")
    assert len(rows) == 1 and rows[0]["relation"] is None and rows[0]["evidence"] == []


def test_officials_over_time(store):
    rows = queries.run(store, "officials", actor="La Paz")
    assert [(r["official"], r["role"], r["start"]) for r in rows] == [
        ("Edmundo Novillo", "Minister of Defence", "2020-11"), ("Luis Arce", "President", "2020-11-08")]
    assert [r["official"] for r in queries.run(store, "officials", actor="Bolivia", at="2026")] == ["Edmundo Novillo"]
    assert len(queries.run(store, "officials", actor="Bolivia", at="2023-07")) == 2


def test_paths(store):
    rows = queries.run(store, "shortest_path", **{"from": "Quito", "to": "Bolivia"})
    assert [r["hop"] for r in rows] == [1, 2]
    assert rows[0]["path"][0] == "Ecuador" and rows[0]["path"][-1] == "Bolivia"
    assert all(r["evidence"] for r in rows)
    paths = queries.run(store, "all_paths", **{"from": "Hezbollah", "to": "Bolivia", "max_hops": 2})
    assert paths[0]["hops"] == 1 and {p["hops"] for p in paths} == {1, 2}
    assert len(queries.run(store, "all_paths", **{"from": "Hezbollah", "to": "Bolivia", "max_hops": 3})) > len(paths)


def test_timeline_between_two_actors(store):
    rows = queries.run(store, "timeline", actor="Bolivia", other="Irán")
    assert [(r["date"], r["relation"]) for r in rows] == [("2023-07-20", "SIGNED_MOU_WITH"), ("2023-07-20", "SUPPLIED")]
    rows = queries.run(store, "timeline", actor="Bolivia", since="2023-08")
    assert [r["relation"] for r in rows] == ["SEVERED_TIES", "URGED", "URGED"]
    assert rows == sorted(rows, key=lambda r: r["date"])


def test_contested_facts_show_both_sides(store):
    rows = queries.run(store, "contested")
    assert len(rows) == 1
    r = rows[0]
    assert (r["source"], r["relation"], r["target"], r["affirmed"], r["denied"]) == ("Iran", "SUPPLIED", "Bolivia", 1, 1)
    assert "drones" in r["affirming"][0]["quote"]
    assert r["denying"][0]["claimed_by"] == "Edmundo Novillo" and r["denying"][0]["modality"] == "denied"


def test_single_source_facts(store):
    rows = queries.run(store, "single_source", relation="designated")
    assert {(r["source"], r["target"]) for r in rows} == {
        ("Ecuador", "Islamic Revolutionary Guard Corps"), ("Ecuador", "Hezbollah"), ("Argentina", "Quds Force")}
    assert not any(r["relation"] == "SIGNED_MOU_WITH" for r in queries.run(store, "single_source"))


def test_source_views(store):
    rows = queries.run(store, "document", document="security partnership")
    assert {r["document_title"] for r in rows} == {"Bolivia and Iran’s New Security Partnership Hurts Israel"}
    assert ("Hezbollah", "ALLEGED_TIES", "Bolivia") in {(r["subject"], r["relation"], r["object"]) for r in rows}
    assert queries.run(store, "document", document="001_ee55e8652f83f9b2.txt") == rows
    only = {r["relation"]: r["only_source"] for r in rows}
    assert only["SIGNED_MOU_WITH"] is False and only["SUPPLIED"] is False
    outlet = queries.run(store, "outlet", outlet="responsible statecraft")
    signed = next(r for r in outlet if r["relation"] == "SIGNED")
    assert (signed["claims"], signed["facts"], signed["only_this_outlet"]) == (2, 2, 2)


def test_central_actors_degree_and_betweenness(store):
    rows = queries.run(store, "central_actors")
    assert rows[0]["actor"] == "Bolivia" and rows[0]["degree"] == 10
    assert rows[0]["betweenness"] == max(r["betweenness"] for r in rows) > 0
    states = queries.run(store, "central_actors", type="state", limit=3)
    assert len(states) == 3 and {r["type"] for r in states} == {"State"}


# --------------------------------------------------------------------------- the seeds


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    with open_store("embedded", tmp_path_factory.mktemp("seeds")) as st:
        st.upsert(load(ROOT / "seeds").batch)
        yield st


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_query_runs_on_the_seeds(seeds, query):
    rows = queries.run(seeds, query.name, **example_params(query))
    if query.name != "contested":  # the seeds hold no fact that one source denies
        assert rows, f"{query.name} returned nothing on the seeds for its example"
    for r in rows:
        assert list(r) == list(query.columns)
        for column in ("evidence", "affirming"):
            if column in r and r[column]:
                assert all(e["quote"] and e["document"].startswith("doc:") for e in r[column])


def test_seeds_designations_name_ecuador_and_the_irgc_with_a_quote(seeds):
    rows = queries.run(seeds, "designations", designated="Guardia Revolucionaria")
    ecuador = [r for r in rows if r["designator"] == "Ecuador"]
    assert ecuador and ecuador[0]["designated"] == "Islamic Revolutionary Guard Corps"
    assert ecuador[0]["date"].startswith("2025")
    quote = ecuador[0]["evidence"][0]["quote"]
    assert "Ecuador" in quote and "IRGC" in quote
    assert {r["designated"] for r in queries.run(seeds, "designations", designator="Argentina")} == {"Quds Force"}


def test_seeds_agreements_of_bolivia_include_the_2023_mou_with_iran(seeds):
    rows = queries.run(seeds, "agreements", actor="Bolivia")
    mou = [r for r in rows if "Iran" in r["parties"] and (r["date"] or "").startswith("2023-07")]
    assert mou, rows
    assert "security" in mou[0]["domains"] and mou[0]["evidence"]


def test_seeds_pressure_on_bolivia_and_ecuador(seeds):
    pending = queries.run(seeds, "urged_not_designated", urged="Bolivia")
    assert {"Islamic Revolutionary Guard Corps", "Hezbollah", "Hamas"} <= {r["target"] for r in pending}
    assert "United States" in {r["urged_by"] for r in pending}
    rows = queries.run(seeds, "pressure", urged="Ecuador")
    assert any(r["target"] == "Islamic Revolutionary Guard Corps" and r["outcome"].startswith("done") for r in rows)


def test_seeds_alleged_ties_have_several_claimants(seeds):
    rows = queries.run(seeds, "alleged_ties", actor="Hezbolá")
    iran = [r for r in rows if r["tied_to"] == "Iran"]
    assert len({r["alleged_by"] for r in iran}) >= 2
    assert {r["modality"] for r in iran} & {"asserted", "reported", "alleged"}


def test_seeds_profile_and_officials(seeds):
    for alias in ("Tehran", "Irán", "Teherán"):
        assert queries.run(seeds, "profile", actor=alias)[0]["actor"] == "Iran"
    irgc = queries.run(seeds, "profile", actor="IRGC")
    assert irgc[0]["actor"] == "Islamic Revolutionary Guard Corps" and "Guardia Revolucionaria" in irgc[0]["aliases"]
    officials = {r["official"]: r for r in queries.run(seeds, "officials", actor="Bolivia")}
    assert {"Luis Arce", "Edmundo Novillo"} <= set(officials)
    assert officials["Luis Arce"]["role"].lower() == "president"


def test_seeds_paths_timeline_and_sources(seeds):
    path = queries.run(seeds, "shortest_path", **{"from": "Ecuador", "to": "Bolivia"})
    assert path and path[0]["path"][0] == "Ecuador" and path[-1]["path"][-1] == "Bolivia"
    timeline = queries.run(seeds, "timeline", actor="Bolivia", other="Irán")
    assert ("2023-07-20", "SIGNED_MOU_WITH") in {(r["date"], r["relation"]) for r in timeline}
    doc = queries.run(seeds, "document", document="Security Partnership")
    assert {r["outlet"] for r in doc} == {"1828"} and len(doc) >= 3
    top = [r["actor"] for r in queries.run(seeds, "central_actors", limit=5)]
    assert "Bolivia" in top and "Iran" in top


def test_seeds_gazetteer_fallback_for_names_the_store_lacks(seeds):
    # a demonym is not an alias of the node, but the gazetteer knows whose it is
    search = seeds.run("MATCH (n:Entity {id: 'state:IRN'}) RETURN n.search AS s")[0]["s"]
    assert "iranian" not in search
    assert queries.run(seeds, "profile", actor="Iranian")[0]["actor"] == "Iran"


# --------------------------------------------------------------------------- API shapes


def test_dataframe(store):
    frame = queries.df(store, "designations")
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(queries.get_query("designations").columns)
    assert set(frame["designator"]) == {"Ecuador", "Argentina"}


def test_subgraph_for_the_visualisation(store):
    g = queries.subgraph(store, "profile", actor="Bolivia")
    assert g.nodes["state:BOL"]["name"] == "Bolivia" and g.nodes["state:IRN"]["type"] == "State"
    edges = {(u, v, d["type"]) for u, v, d in g.edges(data=True)}
    assert ("state:BOL", "state:IRN", "SIGNED_MOU_WITH") in edges
    mou = next(d for u, v, d in g.edges(data=True) if d["type"] == "SIGNED_MOU_WITH")
    assert mou["agreement"] == MOU and len(mou["evidence"]) == 2 and mou["evidence"][0]["quote"]
    assert "search" not in g.nodes["state:BOL"]
    # actors only (no fact ids in the rows): the facts among them
    central = queries.subgraph(store, "central_actors", limit=3)
    assert set(central.nodes) == {"state:BOL", "state:IRN", MOU}
    assert central.number_of_edges() == 4  # MoU, PARTY_TO x2, SUPPLIED


# --------------------------------------------------------------------------- bad input


def test_unknown_query_suggests_a_name(store):
    with pytest.raises(QueryError, match="did you mean designations"):
        queries.run(store, "designation")


def test_missing_unknown_and_mistyped_parameters(store):
    with pytest.raises(QueryError, match="needs parameter 'actor'"):
        queries.run(store, "agreements")
    with pytest.raises(QueryError, match="has no parameter 'colour'"):
        queries.run(store, "agreements", actor="Bolivia", colour="red")
    with pytest.raises(QueryError, match="'limit' must be an integer"):
        queries.run(store, "agreements", actor="Bolivia", limit="ten")
    with pytest.raises(QueryError, match="between 1 and 4"):
        queries.run(store, "all_paths", **{"from": "Iran", "to": "Bolivia", "max_hops": 9})
    with pytest.raises(QueryError, match="one of asserted, reported"):
        queries.run(store, "designations", min_modality="certain")
    with pytest.raises(QueryError, match="must be a date"):
        queries.run(store, "officials", actor="Bolivia", at="last year")


def test_unmatched_actor_suggests_close_names(store):
    with pytest.raises(QueryError, match=r"no actor matches 'Bolvia'; did you mean 'Bolivia'"):
        queries.run(store, "profile", actor="Bolvia")
    with pytest.raises(QueryError, match="no actor matches 'Atlantis'"):
        queries.run(store, "profile", actor="Atlantis")


def test_values_never_become_query_text(store):
    with pytest.raises(QueryError, match="no actor matches"):
        queries.run(store, "profile", actor="Bolivia'}) MATCH (n) DETACH DELETE n //")
    assert queries.run(store, "document", document="') MATCH (n) DETACH DELETE n //") == []
    assert store.stats()["nodes"]["Entity"] == 15


def test_write_guard():
    for text in ("CREATE (n:Entity {id: 'x'})", "MATCH (n) DETACH DELETE n", "match (n) set n.x = 1",
                 "MERGE (a:State {id: 'state:XXX'})", "MATCH (n) REMOVE n.name RETURN n"):
        with pytest.raises(QueryError, match="refused"):
            check_read_only(text)
    check_read_only("MATCH (n:Entity) WHERE n.name = 'SET' OR n.offset = 1 RETURN n.name // CREATE")


# --------------------------------------------------------------------------- CLI


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    batch = folder / "batch.jsonl"
    batch.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch_to_records(hand_batch())),
                     encoding="utf-8")
    result = CliRunner().invoke(app, ["--store", str(folder / "store"), "load", str(batch)])
    assert result.exit_code == 0, result.output
    return folder / "store"


def geokg(store_dir, *args):
    return CliRunner().invoke(app, ["--store", str(store_dir), *args])


def test_cli_lists_queries_with_help(cli_store):
    result = geokg(cli_store, "queries")
    assert result.exit_code == 0
    for q in list_queries():
        assert q.name in result.output
    assert "designated: actor? = null" in result.output


def test_cli_query_formats(cli_store):
    table = geokg(cli_store, "query", "designations", "-p", "designated=IRGC")
    assert table.exit_code == 0 and "Ecuador" in table.output and "Ecuador designated the IRGC" in table.output
    rows = json.loads(geokg(cli_store, "query", "designations", "-p", "designated=IRGC", "--format", "json").stdout)
    assert rows[0]["designator"] == "Ecuador" and rows[0]["evidence"][0]["quote"]
    csv = geokg(cli_store, "query", "agreements", "-p", "actor=Bolivia", "-f", "csv").stdout
    frame = pd.read_csv(__import__("io").StringIO(csv))
    assert frame.loc[0, "date"] == "2023-07-20" and "Novillo" in frame.loc[0, "signatories"]


@pytest.mark.parametrize("args, message", [
    (["query", "nope"], "unknown query 'nope'"),
    (["query", "agreements"], "needs parameter 'actor'"),
    (["query", "agreements", "-p", "actor=Bolivia", "-p", "limit=many"], "'limit' must be an integer"),
    (["query", "profile", "-p", "actor=Bolvia"], "did you mean 'Bolivia'"),
    (["query", "profile", "-p", "Bolivia"], "must look like key=value"),
    (["cypher", "MATCH (n) DETACH DELETE n"], "refused"),
    (["cypher", "MATCH (n RETURN n"], "query failed"),
])
def test_cli_bad_input_is_one_line_and_exit_1(cli_store, args, message):
    result = geokg(cli_store, *args)
    assert result.exit_code == 1
    assert message in result.stderr and "Traceback" not in result.output + result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_cypher_is_read_only_even_past_the_guard(cli_store):
    # no write keyword for the guard to see; the engine's read-only mode refuses it
    result = geokg(cli_store, "cypher", "CALL db.idx.fulltext.createNodeIndex('Entity', 'name')")
    assert result.exit_code == 1 and "read-only" in result.stderr
    ok = geokg(cli_store, "cypher", "MATCH (n:Entity {id: $id}) RETURN n.name AS name", "-p", "id=state:IRN",
               "-f", "json")
    assert ok.exit_code == 0 and json.loads(ok.stdout) == [{"name": "Iran"}]
    limited = geokg(cli_store, "cypher", "MATCH (n:State) RETURN n.id AS id ORDER BY id LIMIT $n", "-p", "n=2",
                    "-f", "json")
    assert limited.exit_code == 0 and len(json.loads(limited.stdout)) == 2


# --------------------------------------------------------------------------- Neo4j


def _comparable(rows: list[dict]) -> list:
    """Rows with list order (collect order is engine-specific) and floats normalised."""
    def norm(v):
        if isinstance(v, list):
            return sorted((norm(x) for x in v), key=repr)
        if isinstance(v, dict):
            return {k: norm(x) for k, x in v.items()}
        if isinstance(v, float):
            return round(v, 6)
        return v
    return sorted((norm(r) for r in rows), key=repr)


@pytest.mark.neo4j
def test_every_query_gives_the_same_rows_on_neo4j(store, _neo4j_session):
    """Same Cypher text, same batch, same answers on both engines (needs NEO4J_URI)."""
    _neo4j_session.clear()
    _neo4j_session.upsert(hand_batch())
    for q in list_queries():
        params = example_params(q)
        assert _comparable(queries.run(_neo4j_session, q.name, **params)) == \
            _comparable(queries.run(store, q.name, **params)), q.name


# --------------------------------------------------------------------------- shortest_path at scale


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A small synthetic graph (benchmarks.corpus) whose states are hubs with many facts each."""
    from benchmarks.corpus import synthetic_batches

    with open_store("embedded", tmp_path_factory.mktemp("generated") / "store") as s:
        for batch in synthetic_batches(2_000, 10_000, edges_per_batch=5_000, seed=3):
            s.upsert(batch)
        yield s


def _fact_graph(store):
    import networkx as nx
    from graph.schema import EDGE_PROPS

    g = nx.Graph()
    for r in store.run("MATCH (a:Entity)-[f]->(b:Entity) WHERE type(f) IN $types RETURN a.id AS a, b.id AS b",
                       {"types": list(EDGE_PROPS)}, read_only=True):
        g.add_edge(r["a"], r["b"])
    return g


def _check_chain(rows, start, goal):
    node = start
    for i, r in enumerate(rows, 1):
        assert r["hop"] == i and r["evidence"]
        assert node in (r["source_id"], r["target_id"])
        node = r["target_id"] if r["source_id"] == node else r["source_id"]
    assert node == goal


def test_shortest_path_is_shortest_between_hubs_and_others(generated):
    import networkx as nx

    g = _fact_graph(generated)
    hubs = sorted(g.degree, key=lambda d: (-d[1], d[0]))[:2]
    assert hubs[1][1] > 2 * 2 * 10_000 / 2_000  # really hubs: over twice the mean degree
    pairs = [(hubs[0][0], hubs[1][0])]
    far = sorted(g.nodes)[::97][:12]
    pairs += list(zip(far, reversed(far)))
    for a, b in pairs:
        if a == b:
            continue
        rows = queries.run(generated, "shortest_path", **{"from": a, "to": b})
        try:
            expected = nx.shortest_path_length(g, a, b)
        except nx.NetworkXNoPath:
            expected = None
        if expected is None or expected > 4:
            assert rows == []
            continue
        assert len(rows) == expected, (a, b)
        _check_chain(rows, a, b)
        assert rows[0]["path"][0] == generated.run("MATCH (n:Entity {id: $id}) RETURN n.name AS n",
                                                   {"id": a}, read_only=True)[0]["n"]


def test_shortest_path_respects_max_hops(generated):
    import networkx as nx

    g = _fact_graph(generated)
    lengths = nx.single_source_shortest_path_length(g, sorted(g.nodes)[0])
    b = next(n for n, d in sorted(lengths.items()) if d == 2)
    a = sorted(g.nodes)[0]
    assert queries.run(generated, "shortest_path", **{"from": a, "to": b, "max_hops": 1}) == []
    assert len(queries.run(generated, "shortest_path", **{"from": a, "to": b, "max_hops": 2})) == 2


def test_shortest_path_matches_the_reference_cypher_on_the_seeds(seeds):
    """The BFS and the .cypher body (bounded path enumeration) agree on the hop count."""
    q = queries.get_query("shortest_path")
    for a, b in [("Ecuador", "Bolivia"), ("Hezbollah", "Bolivia"), ("Irán", "Ecuador")]:
        bound = queries.runner.bind(seeds, q, {"from": a, "to": b})
        reference = seeds.run(q.text, bound, read_only=True)
        rows = queries.run(seeds, "shortest_path", **{"from": a, "to": b})
        assert len(rows) == len(reference) > 0, (a, b)
        _check_chain(rows, bound["from"], bound["to"])


# --------------------------------------------------------------------------- listings at scale

# queries.run lists single-source facts without an actor from the first sources in name
# order (queries/runner.py); on this 2,000-entity graph a small limit takes that path (a
# few hundred sources, then more), a large one the whole-type scan: both must give exactly
# the rows of the query file's own Cypher (which scans every fact edge).
@pytest.mark.parametrize("name, params", [
    ("single_source", {"relation": "ALLEGED_TIES", "limit": 5}),
    ("single_source", {"limit": 40}),
    ("single_source", {"relation": "HOLDS_ROLE", "limit": 300}),
    ("single_source", {"relation": "SEVERED_TIES", "limit": 3}),
    ("single_source", {}),
    ("single_source_ties", {"limit": 7}),
    ("single_source_ties", {}),
])
def test_listings_by_source_name_match_the_reference_cypher(generated, name, params):
    q = queries.get_query(name)
    bound = queries.runner.bind(generated, q, params)
    reference = generated.run(q.text, bound, read_only=True)
    assert reference, "the generated graph should have single-source facts"
    assert queries.run(generated, name, **params) == reference


def test_listings_of_one_actor_start_from_it_and_keep_the_order(generated):
    """Anchored branches give what a scan of every fact edge gives, in the same order."""
    hub = generated.run("MATCH (s:State)-[r]-(:Entity) RETURN s.id AS id, count(r) AS n "
                        "ORDER BY n DESC, id LIMIT 1", read_only=True)[0]["id"]
    scan = ("MATCH (s:Entity)-[r]->(t:Entity) WHERE size(r.sources) = 1 AND (s.id = $a OR t.id = $a) "
            "RETURN r.id AS fact ORDER BY type(r), s.name, t.name, r.id")
    expected = [r["fact"] for r in generated.run(scan, {"a": hub}, read_only=True)]
    assert len(expected) > 10
    assert [r["fact"] for r in queries.run(generated, "single_source", actor=hub)] == expected
    scan = ("MATCH (s:Entity)-[r:DESIGNATED]->(t:Entity) WHERE s.id = $a "
            "RETURN r.id AS fact ORDER BY t.name, s.name, r.date, r.id")
    expected = [r["fact"] for r in generated.run(scan, {"a": hub}, read_only=True)]
    assert expected
    assert [r["fact"] for r in queries.run(generated, "designations", designator=hub)] == expected


# --------------------------------------------------------------------------- stored centrality


def _same_ranking(a: list[dict], b: list[dict]) -> bool:
    """Rows equal, neighbour lists compared as sets (collect order is the engine's)."""
    key = lambda rows: [{**r, "neighbours": sorted(r["neighbours"] or [])} for r in rows]
    return key(a) == key(b)


def test_stored_centrality_is_served_only_for_its_graph_version(tmp_path):
    from queries import centrality

    with open_store("embedded", tmp_path / "store") as st:
        st.upsert(hand_batch())
        live = queries.run(st, "central_actors", limit=100)  # nothing stored: computed now
        assert centrality.stored(st, {"limit": 100}) is None
        assert centrality.refresh(st)["actors"] == len(live)
        assert _same_ranking(centrality.stored(st, {"limit": 100}), live)
        assert _same_ranking(queries.run(st, "central_actors", type="State", limit=2),
                             [r for r in live if r["type"] == "State"][:2])
        # a new fact changes the graph: the stored ranking is stale and never served
        extra = Batch(documents=[Document(id=D4, title="x", published="2023-07", language="en")],
                      entities=[State(id="state:CHL", name="Chile", iso3="CHL"),
                                State(id="state:BOL", name="Bolivia", iso3="BOL")],
                      claims=[Claim(predicate="SEVERED_TIES", subject="state:BOL", object="state:CHL", document=D4,
                                    quote="Bolivia cut ties with Chile", char_start=10, char_end=37, rule="hand")])
        st.upsert(extra)
        assert centrality.stored(st, {"limit": 100}) is None
        bolivia = next(r for r in queries.run(st, "central_actors") if r["actor_id"] == "state:BOL")
        assert bolivia["degree"] == next(r for r in live if r["actor_id"] == "state:BOL")["degree"] + 1


def test_stored_centrality_equals_the_live_estimate_above_500_actors(generated):
    """2,000 actors: both sample the same seeded sources, so the values are identical."""
    from queries import centrality

    result = centrality.refresh(generated)
    assert result["actors"] > centrality.EXACT_BETWEENNESS and result["pivots"] == centrality.STORED_PIVOTS
    q = queries.get_query("central_actors")
    for params in ({"limit": 50}, {"type": "Group", "limit": 20}):
        bound = queries.runner.bind(generated, q, params)
        live = queries.runner._betweenness(generated, generated.run(q.text, bound, read_only=True),
                                           {**bound, "pivots": centrality.STORED_PIVOTS})
        stored = queries.run(generated, "central_actors", **params)
        assert len(stored) == params["limit"] and _same_ranking(stored, live)
    generated.run("MATCH (c:Centrality) DETACH DELETE c")
    generated.run("MATCH (r:CentralityRun) DELETE r")


@pytest.mark.parametrize("outlet", ["responsible statecraft", "RESPONSIBLE", "1828", "diálogo", "a", "no such outlet"])
def test_outlet_selection_matches_the_reference_cypher_with_a_document_without_outlet(store, outlet):
    """The runner groups documents by outlet before the outlet test (D0 has none): same rows."""
    q = queries.get_query("outlet")
    bound = queries.runner.bind(store, q, {"outlet": outlet})
    norm = lambda rows: [{**r, "fact_ids": sorted(r["fact_ids"])} for r in rows]
    reference = norm(store.run(q.text, bound, read_only=True))
    assert norm(queries.run(store, "outlet", outlet=outlet)) == reference
    assert bool(reference) == (outlet != "no such outlet")
    assert all(r["outlet"] is not None for r in reference)


def test_outlet_counts_facts_from_their_claims_like_the_reference(embedded_store):
    """A denied claim alone makes no fact edge (no fact counted); a fact said by two outlets
    is not 'only this outlet'; the runner reads both from the claims, the file from the edges."""
    from conftest import build_batch

    embedded_store.upsert(build_batch())  # Infobae: its Hezbollah-Bolivia denial makes no edge
    embedded_store.upsert(build_batch("doc-b", source="Reuters", claims=[
        ("PART_OF", "group:quds-force", "group:irgc", {"quote": "The Quds Force is part of the IRGC."})]))
    q = queries.get_query("outlet")
    norm = lambda rows: [{**r, "fact_ids": sorted(r["fact_ids"])} for r in rows]
    for outlet in ("infobae", "REUTERS", "e"):
        bound = queries.runner.bind(embedded_store, q, {"outlet": outlet})
        reference = norm(embedded_store.run(q.text, bound, read_only=True))
        assert reference and norm(queries.run(embedded_store, "outlet", outlet=outlet)) == reference
    ties = next(r for r in queries.run(embedded_store, "outlet", outlet="infobae") if r["relation"] == "ALLEGED_TIES")
    assert (ties["claims"], ties["facts"], ties["only_this_outlet"]) == (2, 1, 1)
    part = next(r for r in queries.run(embedded_store, "outlet", outlet="infobae") if r["relation"] == "PART_OF")
    assert (part["facts"], part["only_this_outlet"]) == (1, 0)


@pytest.mark.parametrize("params", [{"outlet": "e", "limit": 3}, {"outlet": "e", "limit": 60},
                                    {"outlet": "a", "limit": 2000}, {"outlet": "no such outlet"}])
def test_outlet_batches_match_the_reference_cypher(generated, params):
    """queries.run takes the documents a batch at a time: the rows of the file's own Cypher."""
    q = queries.get_query("outlet")
    bound = queries.runner.bind(generated, q, params)
    # collect(DISTINCT ...) order is the engine's: compare the fact id lists as sets
    norm = lambda rows: [{**r, "fact_ids": sorted(r["fact_ids"])} for r in rows]
    reference = norm(generated.run(q.text, bound, read_only=True))
    assert norm(queries.run(generated, "outlet", **params)) == reference
    if params["outlet"] == "no such outlet":
        assert reference == []
    elif params["limit"] < 100:  # the generated graph has thousands of (document, relation) rows
        assert len(reference) == params["limit"]
