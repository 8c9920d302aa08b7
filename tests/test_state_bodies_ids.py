"""A state's body found under a name every state's body has is one node per state (loaders.extract
._own_state_bodies): "Russia's Ministry of Defence" and "Britain's Ministry of Defence" must never
become one node once documents meet in the store. Sentences written for these tests."""

from loaders import load


def _groups(tmp_path, texts: dict[str, str]) -> dict[str, object]:
    for name, text in texts.items():
        (tmp_path / name).write_text(f"---\ntitle: t\npublished: 2025-03-01\nlanguage: en\n---\n\n{text}\n",
                                     encoding="utf-8")
    return {e.id: e for e in load([tmp_path]).batch.entities if e.type == "Group"}


def test_two_states_bodies_of_one_name_stay_two_nodes_across_documents(tmp_path):
    got = _groups(tmp_path, {
        # (each body acts: a civil ministry that only is its state's keeps no PART_OF, extract._drop_civil_bodies)
        "a.md": "The European Union sanctioned Russia's Ministry of Defence in 2023.",
        "b.md": "Russia sanctioned Britain's Ministry of Defence in 2024.",
    })
    bodies = {k: v for k, v in got.items() if k.startswith("group:ministry-of-defence")}
    assert len(bodies) == 2
    assert {v.country for v in bodies.values()} == {"state:RUS", "state:GBR"}
    for v in bodies.values():
        assert v.name.startswith("Ministry of Defence (") and "Ministry of Defence" in v.aliases


def test_a_body_whose_name_says_its_state_keeps_its_name():
    from graph.schema import Claim, Group
    from loaders.actors import Actors
    from loaders.extract import _own_state_bodies
    from loaders.gazetteer import Gazetteer
    actors = Actors()
    for gid, name in (("group:ejercito-de-colombia", "Ejército de Colombia"), ("group:ministry-of-defence", "Ministry of Defence")):
        actors.new_entities[gid] = Group(id=gid, name=name, kind="armed force" if "ej" in gid else "agency")
    actors.part_of = {"group:ejercito-de-colombia": "state:COL", "group:ministry-of-defence": "state:RUS"}
    actors.state_in_name = {"group:ejercito-de-colombia": "state:COL"}
    claims = [Claim(predicate="PART_OF", subject=gid, object=sid, document="doc:x", quote="q", char_start=0, char_end=1,
                    rule="test") for gid, sid in actors.part_of.items()]
    got = {c.subject for c in _own_state_bodies(Gazetteer.load(), claims, actors)}
    assert got == {"group:ejercito-de-colombia", "group:ministry-of-defence-russian-federation"}
