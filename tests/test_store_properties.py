"""Property-based: any text a document can hold round-trips unchanged through the embedded
store and never breaks a query (quotes, backslashes, Unicode, newlines, Cypher keywords)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph import ids
from graph.records import batch_to_records
from graph.schema import Agreement, Batch, Claim, Document, Group, Official, merge_entities

NASTY = ["'", '"', "\\", "\\'", '\\"', "`", "\n", "\r\n", "\t", "\u2028", "$name", "{", "}", "[", "]",
         "MATCH (n) DETACH DELETE n", "RETURN 1 //", "*/", "/*", ";", "CYPHER x=1", "ñ", "é", "ü",
         "Ω", "中文", "العربية", "😀", "\u0301", "\x01", "\x7f", "null", "true", "-1",
         '": ', '{"k": 1}, ', "\\u0041", "\b", "\f", "`", "\\n"]

# NUL is excluded: the store rejects it on purpose (see test_store.py).
chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
texts = st.lists(st.one_of(st.sampled_from(NASTY), st.text(chars, max_size=8)), min_size=1, max_size=6).map("".join)
names = texts.filter(lambda s: s.strip() != "")


def _batch(name: str, aliases: list[str], quote: str, title: str) -> Batch:
    person = Official(id=ids.entity_id("Official", name), name=name, aliases=aliases)
    group = Group(id="group:test-group", name=title or "x", aliases=[quote] if quote else [])
    doc = Document(id=ids.document_id(title), title=title, text=quote, source=name, published="2024-05-01")
    claim = Claim(predicate="MEMBER_OF", subject=person.id, object=group.id, document=doc.id, quote=quote,
                  char_start=0, char_end=len(quote), rule="property", attribution=title,
                  reported="2024-05-01")
    return Batch(documents=[doc], entities=[person, group], claims=[claim])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(name=names, aliases=st.lists(texts, max_size=3), quote=texts, title=texts)
def test_text_round_trips_and_queries_still_work(embedded_store, name, aliases, quote, title):
    store = embedded_store
    store.clear()
    batch = _batch(name, aliases, quote, title)
    store.upsert(batch)
    assert list(store.records()) == list(batch_to_records(batch))
    person = batch.entities[0]
    rows = store.run("MATCH (n:Entity {id: $id}) RETURN n.name AS name, n.aliases AS aliases",
                     {"id": person.id}, read_only=True)
    assert rows == [{"name": name, "aliases": sorted(set(aliases))}]
    key = ids.normalise(name)
    if key:
        found = store.run("MATCH (n:Official) WHERE $key IN n.search RETURN n.id AS id", {"key": key},
                          read_only=True)
        assert {"id": person.id} in found
    rows = store.run("MATCH (c:Claim)-[:IN_DOCUMENT]->(d:Document) WHERE c.quote = $q "
                     "RETURN c.quote AS quote, d.title AS title", {"q": quote}, read_only=True)
    assert rows == [{"quote": quote, "title": title}]
    # and loading it again is still a no-op
    before = store.stats()
    store.upsert(batch)
    assert store.stats() == before


# Parameters travel to FalkorDB as Cypher literals written by the client: any JSON-like
# value must come back unchanged.
json_values = st.recursive(
    # FalkorDB replies with 15 significant digits for a double (both encoders), hence the rounding
    st.none() | st.booleans() | st.integers(-2**53, 2**53) | st.floats(-1e6, 1e6).map(lambda f: round(f, 6))
    | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.one_of(st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}", fullmatch=True),
                  texts.filter(lambda k: k and "`" not in k)),  # FalkorDB: no empty key, no `
        inner, max_size=4),
    max_leaves=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(value=json_values)
def test_any_parameter_value_round_trips(embedded_store, value):
    assert embedded_store.run("RETURN $v AS v", {"v": value}, read_only=True) == [{"v": value}]


# A batch's entity onto a stored one: whatever the store skips or rewrites (it skips
# entities that add nothing without building models), the stored entity must be
# graph.schema.merge_entities(stored, batch's), and `search` must follow its names.
short = st.text(st.sampled_from("ab é'\\"), min_size=1, max_size=3)
small_lists = st.lists(st.sampled_from(["x", "y", "z", "é"]), max_size=3)  # unsorted, repeats


def _agreement(title, name, kind, date, domains, public, aliases):
    return Agreement(id="agreement:test", title=title, name=name, kind=kind, date=date,
                     domains=domains, public=public, aliases=aliases)


agreements = st.builds(_agreement, short, short, st.sampled_from(["mou", "treaty", ""]),
                       st.sampled_from([None, "2023", "2023-07", "2023-07-20"]), small_lists,
                       st.sampled_from([None, True, False]), small_lists)
groups = st.builds(lambda name, aliases, kind, country: Group(id="group:test", name=name, aliases=aliases,
                                                              kind=kind, country=country),
                   short, small_lists, st.sampled_from(["party", "organisation", ""]),
                   st.sampled_from([None, "state:BOL", "state:IRN"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(pair=st.one_of(agreements.map(lambda a: (a, a)), st.tuples(agreements, agreements),
                      groups.map(lambda g: (g, g)), st.tuples(groups, groups)))
def test_a_stored_entity_merges_by_the_one_rule(embedded_store, pair):
    first, second = pair
    store = embedded_store
    store.clear()
    store.upsert(Batch(entities=[first]))
    store.upsert(Batch(entities=[second]))
    expected = merge_entities(first, second)
    assert store.batch().entities == [expected]
    row = store.run("MATCH (n:Entity) RETURN n.search AS search", read_only=True)[0]
    assert row["search"] == sorted({ids.normalise(x) for x in [expected.name, *expected.aliases]} - {""})
