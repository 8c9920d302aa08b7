"""The stored central_actors ranking after small loads (queries/centrality.py): updated in
place with exact degrees and the betweenness of the last full refresh (said in every row),
refreshed in full once too many actors moved, never served when stale."""

from __future__ import annotations

import json

import pytest

import queries
from graph import ids
from graph.records import batch_to_records
from graph.schema import Batch, Claim, Document, Official
from graph.store import open_store
from queries import centrality

NODES, EDGES, SEED = 2_000, 10_000, 5


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """A graph above EXACT_BETWEENNESS actors (estimated betweenness) with a full ranking."""
    from benchmarks.corpus import synthetic_batches

    with open_store("embedded", tmp_path_factory.mktemp("central") / "store") as s:
        for batch in synthetic_batches(NODES, EDGES, edges_per_batch=EDGES, seed=SEED):
            s.upsert(batch)
        assert centrality.refresh(s)["mode"] == "full"
        yield s


def _officials_and_groups(store, n: int) -> tuple[list[Official], list[str]]:
    """Low-degree officials (as entities a batch can carry) and group ids from the store."""
    rows = store.run("MATCH (o:Official)-[r]-(:Entity) WITH o, count(r) AS d RETURN o.id AS id, o.name AS name, d "
                     "ORDER BY d, id LIMIT $n", {"n": n}, read_only=True)
    groups = [r["id"] for r in store.run("MATCH (g:Group) RETURN g.id AS id ORDER BY id LIMIT $n",
                                         {"n": n}, read_only=True)]
    return [Official(id=r["id"], name=r["name"]) for r in rows], groups


def _small_batch(store, tag: str, n_claims: int, new_person: bool = True) -> Batch:
    """One document: officials joining groups (new facts), optionally a person new to the graph."""
    officials, groups = _officials_and_groups(store, n_claims)
    doc = Document(id=ids.document_id(f"small-{tag}"), title=f"small load {tag}", published="2026-01-02",
                   language="en")
    groups_used = set()
    claims = []
    people = list(officials)
    if new_person:
        people[0] = Official(id=f"official:zz-newcomer-{tag}", name=f"Zz Newcomer {tag}")
    for i, person in enumerate(people[:n_claims]):
        quote = f"{person.name} joined the group ({tag} {i})."
        claims.append(Claim(predicate="MEMBER_OF", subject=person.id, object=groups[i], document=doc.id,
                            quote=quote, char_start=100 * i, char_end=100 * i + len(quote), rule="test"))
        groups_used.add(groups[i])
    entities = people[:n_claims] + [_group(store, g) for g in sorted(groups_used)]
    return Batch(documents=[doc], entities=entities, claims=claims)


def _group(store, gid: str):
    from graph.schema import Group
    r = store.run("MATCH (g:Group {id: $id}) RETURN g.name AS name, g.kind AS kind", {"id": gid}, read_only=True)[0]
    return Group(id=gid, name=r["name"], kind=r["kind"])


def _load(store, batch: Batch) -> dict:
    """What `geokg load` does: upsert, then refresh with the actors the batch touched."""
    before = centrality.version(store)
    store.upsert(batch)
    touched = {e.id for e in batch.entities} | {x for c in batch.claims for x in (c.subject, c.object)}
    return centrality.refresh(store, since=before, touched=touched)


def _expected(store, carried: dict[str, float | None], **params) -> list[dict]:
    """Current degrees (the query file's own Cypher) ordered with the carried betweenness."""
    q = queries.get_query("central_actors")
    bound = queries.runner.bind(store, q, {"limit": 10_000})
    rows = store.run(q.text, bound, read_only=True)
    if params.get("type"):
        rows = [r for r in rows if r["type"] == params["type"]]
    rows = [{**r, "betweenness": carried.get(r["actor_id"])} for r in rows]
    rows.sort(key=lambda r: (-r["degree"], -(r["betweenness"] or 0.0), r["actor"], r["actor_id"]))
    return rows[: params.get("limit", 25)]


def _view(rows: list[dict]) -> list[tuple]:
    return [(r["actor_id"], r["degree"], r["facts_out"], r["facts_in"], r["betweenness"]) for r in rows]


def test_a_small_load_moves_its_actors_and_keeps_the_rest(big):
    full = queries.run(big, "central_actors", limit=10_000)
    v0 = centrality.version(big)
    assert {r["betweenness_as_of"] for r in full} == {v0}
    carried = {r["actor_id"]: r["betweenness"] for r in full}

    batch = _small_batch(big, "a", 6)  # 6 officials (one new) join 6 groups
    result = _load(big, batch)
    assert result["mode"] == "moved" and result["moved"] == 12 and result["betweenness_as_of"] == v0
    assert result["version"] == centrality.version(big) != v0
    for params in ({"limit": 10_000}, {"limit": 40}, {"type": "Official", "limit": 30}, {"type": "Group"}):
        served = queries.run(big, "central_actors", **params)
        assert _view(served) == _view(_expected(big, carried, **params)), params
        assert {r["betweenness_as_of"] for r in served} == {v0}
    newcomer = next(r for r in queries.run(big, "central_actors", limit=10_000)
                    if r["actor_id"] == "official:zz-newcomer-a")
    assert newcomer["degree"] == 1 and newcomer["betweenness"] is None  # none estimated for it yet

    # the same document again changes nothing and moves nobody
    again = _load(big, batch)
    assert again["mode"] == "moved" and again["moved"] == result["moved"]


def test_many_moved_actors_refresh_everything(big):
    share = int(centrality.STALE_SHARE * NODES)
    result = _load(big, _small_batch(big, "b", share + 5, new_person=False))
    assert result["mode"] == "full"
    now = centrality.version(big)
    served = queries.run(big, "central_actors", limit=50)
    assert {r["betweenness_as_of"] for r in served} == {now}
    q = queries.get_query("central_actors")
    bound = queries.runner.bind(big, q, {"limit": 50})
    live = queries.runner._betweenness(big, big.run(q.text, bound, read_only=True),
                                       {**bound, "pivots": centrality.STORED_PIVOTS})
    assert _view(served) == _view(live)


def test_a_stale_ranking_is_never_served(big):
    before = centrality.version(big)
    big.upsert(_small_batch(big, "c", 2))  # written without geokg load: nobody refreshed
    assert centrality.stored(big, {"limit": 10}) is None
    served = queries.run(big, "central_actors", limit=10)  # computed now instead
    assert {r["betweenness_as_of"] for r in served} == {centrality.version(big)}
    # a refresh that claims the ranking was current before this load is not believed
    result = _load(big, _small_batch(big, "d", 2))
    assert result["mode"] == "full" and before != result["version"]


def test_geokg_load_of_one_document_updates_the_ranking_in_place(tmp_path, geokg):
    """The command: a big batch file (full ranking), then one small one (updated in place)."""
    from benchmarks.corpus import synthetic_batches

    store = tmp_path / "store"
    big_file = tmp_path / "big.jsonl"
    with big_file.open("w", encoding="utf-8") as fh:
        for batch in synthetic_batches(700, 1_400, edges_per_batch=1_400, seed=2):
            for record in batch_to_records(batch):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    first = geokg("load", str(big_file), store=store)
    assert first.returncode == 0, first.stderr
    assert "central_actors ranking stored for" in first.stdout
    with open_store("embedded", store) as s:
        small = _small_batch(s, "cli", 2)
    small_file = tmp_path / "small.jsonl"
    small_file.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch_to_records(small)),
                          encoding="utf-8")
    second = geokg("load", str(small_file), store=store)
    assert second.returncode == 0, second.stderr
    assert "central_actors ranking updated in place: 4 actors moved" in " ".join(second.stdout.split())
    with open_store("embedded", store) as s:
        assert centrality.stored(s, {"limit": 5}) is not None  # current: served, not recomputed
