"""Fact edges after many overlapping loads: the store recomputes only the facts a batch
touches, from the claims it reads back, yet every stored edge must be exactly
graph.facts.summarise over ALL stored claims, with no stale or duplicate edge."""

from __future__ import annotations

import random

from benchmarks.corpus import synthetic_batch
from graph.facts import summarise
from graph.schema import EDGE_PROPS, MODALITY_RANK, Batch, Modality


def _stored_edges(store) -> dict[str, dict]:
    types = "|".join(sorted(EDGE_PROPS))
    rows = store.run(f"MATCH (a:Entity)-[e:{types}]->(b:Entity) "
                     "RETURN type(e) AS type, a.id AS source, b.id AS target, properties(e) AS p",
                     read_only=True)
    out = {}
    for r in rows:
        assert r["p"]["id"] not in out, f"duplicate edge {r['p']['id']}"
        out[r["p"]["id"]] = {"type": r["type"], "source": r["source"], "target": r["target"], **r["p"]}
    return out


def _expected_edges(claims) -> dict[str, dict]:
    out = {}
    for f in summarise(claims):
        edge = {"type": f.type, "source": f.source, "target": f.target, "id": f.id,
                "modality": f.modality.value, "modality_rank": MODALITY_RANK[f.modality.value],
                "claims": f.claims, "sources": f.sources, "contested": f.contested, **f.props}
        for key in ("date", "first_reported", "last_reported"):
            if getattr(f, key) is not None:
                edge[key] = getattr(f, key)
        out[f.id] = edge
    return out


def _variant(claim, rng: random.Random):
    """The same claim (same id) as a later extraction might give it."""
    roll = rng.random()
    if roll < 0.25:
        return claim.model_copy(update={"polarity": "negative", "modality": Modality.denied})
    if roll < 0.5:
        return claim.model_copy(update={"modality": rng.choice([Modality.asserted, Modality.speculative])})
    if roll < 0.6 and "nature" in claim.props:
        return claim.model_copy(update={"props": {"nature": sorted({*claim.props["nature"], "funding"})}})
    return claim


def test_stored_facts_equal_summarise_of_all_stored_claims_after_overlapping_batches(embedded_store):
    store = embedded_store
    full = synthetic_batch(80, 150, seed=3)
    rng = random.Random(5)
    entities = {e.id: e for e in full.entities}
    documents = {d.id: d for d in full.documents}
    stored: dict[str, object] = {}  # claim id -> the version loaded last
    for step in range(6):
        # each batch: a random ~40% of all claims (so batches overlap), some of them changed
        picked = [c for c in full.claims if rng.random() < 0.4]
        claims = [_variant(c, rng) if c.id in stored else c for c in picked]
        needed = {i for c in claims for i in (c.subject, c.object, c.attributed_to) if i}
        batch = Batch.model_construct(documents=[documents[i] for i in sorted({c.document for c in claims})],
                                      entities=[entities[i] for i in sorted(needed)], claims=claims)
        store.upsert(batch)
        stored.update((c.id, c) for c in claims)
        assert _stored_edges(store) == _expected_edges(stored.values()), f"after batch {step}"
        assert sorted(c.id for c in store.batch().claims) == sorted(stored)
    assert any(c.polarity == "negative" for c in stored.values())  # the test saw denials
    # and a reload of everything changes nothing
    before = _stored_edges(store)
    store.upsert(Batch.model_construct(documents=list(documents.values()), entities=list(entities.values()),
                                       claims=list(stored.values())))
    assert _stored_edges(store) == before
