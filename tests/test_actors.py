"""Actor mentions: gazetteer names with case rules, titled people, surnames, coreference."""

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import actors
from loaders.actors import find_actors
from loaders.gazetteer import Gazetteer
from loaders.sentences import split


def mentions(text, published="2024-03-10"):
    g = Gazetteer.load()
    a = find_actors(g, text, split(text), published)
    return [(text[m.start:m.end], m.entity, m.role, m.org) for m in a.mentions], a


def ents(text, **kw):
    return [(s, e) for s, e, _, _ in mentions(text, **kw)[0]]


def test_longest_alias_and_case_rules():
    got = ents("The Islamic Revolutionary Guard Corps and Iran's Quds Force met the MAS. Más tarde, us too.")
    assert ("Islamic Revolutionary Guard Corps", "group:irgc") in got
    assert ("Quds Force", "group:quds-force") in got
    assert ("MAS", "group:mas") in got
    assert not any(e == "state:USA" for _, e in got)  # "us" in lower case is not the U.S.
    assert not any(s == "Más" for s, _ in got)


def test_ignored_names_do_not_match():
    got = ents("The Washington Post reported from Latin America.")
    assert not any(e == "state:USA" for _, e in got)


def test_titled_people_not_in_gazetteer():
    m, a = mentions("Argentine political analyst and historian Sergio Berensztein told Cadena 3. "
                    "Fabián Calle, professor of International Relations at Argentina's Austral University, agreed. "
                    "Berensztein added more.")
    people = {}
    for _, e, role, org in m:
        if e.startswith("official:") and role:
            people.setdefault(e, (role, org))
    assert "official:sergio-berensztein" in a.new_entities
    assert people["official:sergio-berensztein"][1] == "state:ARG"
    assert "professor" in people["official:fabian-calle"][0]
    # the bare surname later resolves to the same person
    assert sum(1 for s, e, _, _ in m if e == "official:sergio-berensztein") == 2


def test_spanish_titles_and_counterparts():
    m, _ = mentions("El Ministro boliviano de Hidrocarburos y Energía, Franklin Molina, informó. "
                    "El canciller hondureño, Eduardo Enrique Reina, firmó con su homólogo chino, Wang Yi, un comunicado.",
                    published="2023-03-27")
    people = {e: (role, org) for _, e, role, org in m if e.startswith("official:")}
    assert people["official:franklin-molina"][1] == "state:BOL"
    assert people["official:wang-yi"][1] == "state:CHN"


def test_role_coreference_uses_the_date():
    got = ents("The Bolivian president and his Iranian counterpart met in early March.", published="2024-03-10")
    assert ("Bolivian president", "official:luis-arce") in got
    assert any(e == "official:ebrahim-raisi" for _, e in got)
    got = ents("The Bolivian president spoke.", published="2026-01-10")
    assert ("Bolivian president", "official:rodrigo-paz") in got


def test_group_and_nation_coreference():
    got = ents("Hezbollah denied it. The group said Iran funds no one. "
               "Bolivia signed a deal with Iran. The Andean nation needs drones.")
    assert ("The group", "group:hezbollah") in got
    assert ("The Andean nation", "state:BOL") in got


def test_demonyms_are_actors_only_as_governments():
    m, _ = mentions("The Bolivian government bought Iranian drones.")
    acts = {(s, e) for s, e, _, _ in m}
    assert ("Bolivian", "state:BOL") in acts
    g = Gazetteer.load()
    a = find_actors(g, "The Bolivian government bought Iranian drones.", [(0, 46)], None)
    assert [m.actor for m in a.mentions if m.entity == "state:IRN"] == [False]


_BARE_PIECES = ["The minister", " said", "the defence minister", " ", ", ", ". ", "el canciller", " dijo", "the ministerX",
                "la presidenta", " added", "vice-president", "the ex-minister", "ministro2", "São", "Françoise", "the",
                " Lula", "minister-", "the talks", "El mandatario", "\n", "the presidentü", "ministerio"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_BARE_PIECES), min_size=1, max_size=14))
def test_the_bare_title_gate_skips_only_sentences_where_no_title_phrase_can_count(pieces):
    import re as _re

    from loaders.gazetteer import Gazetteer

    g = Gazetteer.load()
    text = "".join(pieces) + " " + "x" * 1000  # a document-sized text: its token pass is the document's
    s, e = 0, len("".join(pieces))
    titled = {"official:a": "defence minister", "official:b": "canciller", "official:c": "presidenta",
              "official:d": "minister"}
    gated: list = []
    actors._bare_titles(g, text, s, e, gated, titled)
    saved = actors._TITLE_WORD_CUT
    try:
        actors._TITLE_WORD_CUT = _re.compile("")  # matches everywhere: the gate never skips
        plain: list = []
        actors._bare_titles(g, text, s, e, plain, titled)
    finally:
        actors._TITLE_WORD_CUT = saved
    assert [(m.start, m.end, m.entity) for m in gated] == [(m.start, m.end, m.entity) for m in plain]
