"""Speed work of session 10 (xspeed8): each faster path gives what the plain scan gives."""

from __future__ import annotations

import re

import pytest

from loaders import actors, literals
from loaders.gazetteer import Gazetteer

_TEXTS = [
    "The former minister met the president of Peru. El presidente dijo que la ministra viajará.",
    "THE PRESIDENT spoke; the  minister\nof defence said the kingdom would wait. Él dijo: la nación.",
    "Talks in the_x room; thereafter the envoy left, and the king's aide said the monarchy holds.",
    "Este país y esta nación: dicho reino, dicha república. Del presidente al ministro, el rey habló.",
    "the ſtate and the İnstitute, the Kingdom (Kelvin \u212aingdom): odd letters re folds to ASCII.",
    "",
    "the",
    "El gobierno del presidente, el mandatario y el ex presidente; the former envoy, the envoy.",
    "x" * 1200 + " the president said the kingdom would act; el rey y la monarquía, the Gulf monarchy.",
]


def _kind_rx():
    return actors._descriptions(Gazetteer.load()).kind_rx


@pytest.mark.parametrize("text", _TEXTS)
def test_finditer_at_words_is_finditer(text):
    for rx, words in ((actors._PERSON_DESC_RX, actors._PERSON_DESC_OPENERS), (_kind_rx(), actors._KIND_OPENERS)):
        assert [m.span() for m in literals.finditer_at_words(rx, text, words)] == \
            [m.span() for m in rx.finditer(text)]


def test_finditer_at_words_overlapping_tries():
    rx = re.compile(r"\b(?:the|la)\s+\w+(?:\s+the\s+\w+)?", re.I)
    text = "the cat the dog and La casa the end"
    assert [m.span() for m in literals.finditer_at_words(rx, text, frozenset({"the", "la"}))] == \
        [m.span() for m in rx.finditer(text)]


def test_opener_words_are_the_patterns_own():
    for rx, words in ((actors._PERSON_DESC_RX, actors._PERSON_DESC_OPENERS), (_kind_rx(), actors._KIND_OPENERS)):
        assert set(literals.required_starts(rx)) == words
        # each opener is a whole word: an alternation of them after \b, then blanks
        assert re.match(r"\\b\(\?:[a-z|]+\)\\s\+", rx.pattern)


@pytest.mark.parametrize("text", [
    "The Gulf Clan and the National Guard met; the army did not.",
    "El Ejército de Liberación Nacional y la Policía Nacional colombiana.",
    "Frontline workers, an ARMY of volunteers, the Guards' union, Guard-posts and Guard_x.",
    "Sin nada: el grupo, la fuerza, el movimiento (en minúsculas).",
    "Ministry" + " word" * 300 + " and the Ministerio de Defensa.",
    "",
])
def test_head_word_gate_is_the_regex(text):
    from loaders.scan import DocTokens

    toks = DocTokens.of(text)
    spans = [(0, len(text))] + [(a, b) for a, b in zip(toks.starts, toks.ends)]
    for s, e in spans:
        assert actors._head_word_in(text, s, e) == (actors._HEAD_WORDS.search(text, s, e) is not None)


_COREF_PATTERNS = [(actors._COREF_GROUP, actors._COREF_GROUP_OPENERS), (actors._COREF_NATION, actors._COREF_NATION_OPENERS),
                   (actors._COREF_NATION_ES, actors._COREF_NATION_ES_OPENERS), (actors._COUNTERPART, actors._COUNTERPART_OPENERS)]
_SENTENCES = [
    "The group said this militia and that movement, el grupo armado y la organización, acted.",
    "Dicho grupo; esta nación andina; the Andean nation; el país vecino; del Estado islámico.",
    "His Peruvian counterpart met su homólogo chileno and their French counterparts; sus pares europeos.",
    "Thıs group and the ſame state: odd letters; THE GROUP; El Grupo; al grupo rebelde.",
    "Nothing here at all.",
]


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_finditer_at_words_in_sentences(sentence):
    text = "Lead paragraph. " + sentence + " Tail sentence, the group."
    s, e = len("Lead paragraph. "), len("Lead paragraph. ") + len(sentence)
    for rx, words in _COREF_PATTERNS:
        assert [m.span() for m in literals.finditer_at_words(rx, text, words, s, e)] == \
            [m.span() for m in rx.finditer(text, s, e)]


def test_coref_openers_are_the_patterns_own():
    for rx, words in _COREF_PATTERNS:
        # every branch opens with \b, an alternation of whole words, then blanks: those words are the set
        said = set()
        for branch in rx.pattern.split("|\\b"):
            m = re.match(r"(?:\\b)?\(\?:([a-z|]+)\)\\s\+", branch)
            assert m, branch
            said.update(m.group(1).split("|"))
        assert said == words
        assert all(any(w.startswith(x) for x in literals.required_starts(rx)) for w in words)


@pytest.mark.parametrize("text", [
    "The company said. A bank, the Banco del Sur, and a charity. Nothing here. La empresa y la naviera.",
    "Casa de cambio. CASAS DE CAMBIO en la ciudad. The airline's firm; FIRMS. Entities, entidades.",
    "No business words at all in this one. Nor here.",
    "The İstanbul company: a bank. Another sentence with a foundation.",
])
def test_business_word_gate_is_the_regex(text):
    from loaders import group_names
    from loaders.actors import Actors

    result = Actors()
    group_names._document_gates(text, result)
    spans = [(0, len(text))] + [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text)]
    for s, e in spans:
        assert group_names._biz_word_in(text[s:e], s, e, result) == bool(group_names._BIZ_RX.search(text[s:e].lower()))


@pytest.mark.parametrize("text", [
    "Peru designated it a terrorist group and urged them to act; It said him. Itself, item, Them.",
    "Chile lo declaró grupo terrorista y la sancionó; Perú les pidió que la designaran. La casa, los lobos.",
    "LO DECLARÓ; la   designó; las\nsancionaron; le pidió; Lo hizo; lógica, lazos, leal.",
    "Nothing to see: ıt and ſtop; lo, la.",
    "",
])
def test_anaphor_gates_at_words(text):
    from loaders import anaphora

    for rx, words in ((anaphora._EN_GATE, anaphora._EN_GATE_WORDS), (anaphora._ES, anaphora._ES_WORDS)):
        assert [m.span() for m in literals.finditer_at_words(rx, text, words)] == [m.span() for m in rx.finditer(text)]
        assert set(literals.required_starts(rx)) <= words
    assert re.match(r"\\b\(\?:it\|him\|them\|her\)\\b$", anaphora._EN_GATE.pattern)
    assert anaphora._ES.pattern.startswith(r"\b(?P<c>lo|la|le|los|las|les)\s+")


@pytest.mark.parametrize("parts", [(), ("a",), ("doc:1", "URGED", "state:PER", "group:x", 3, 40, ("a", "b")),
                                   ("ñ", "İ", None, 1.5, ["x"]), ("\x1f",), ("text", 10)])
def test_digest_is_the_part_by_part_hash(parts):
    import hashlib

    from graph import ids

    h = hashlib.sha1()
    for p in parts:
        h.update(repr(p).encode("utf-8"))
        h.update(b"\x1f")
    assert ids.digest(*parts) == h.hexdigest()[:16]
    assert ids.digest(*parts, length=10) == h.hexdigest()[:10]


@pytest.mark.parametrize("text", [
    "Peru designated the group on Tuesday.", "Nothing dated here at all.", "In 2023 it acted.",
    "El lunes pasado, Chile firmó.", "Hace dos semanas; el día siguiente; the following year.",
    "Días después la cancillería respondió.", "Agonising talks, marketing, thistle.", "", "x",
])
def test_date_word_gate_is_the_regex(text):
    from loaders import dates

    for s in range(0, len(text) + 1, 3):
        for e in (len(text), max(s, len(text) - 5)):
            assert dates._any(text, s, e) == bool(dates._ANY.search(text, s, e))


@pytest.mark.parametrize("text", [
    "Hezbollah, the Iran-backed group, said. The FARC, el grupo armado. El ELN es una guerrilla.",
    "It is a group; it was the militia; they are\tan alliance; Sendero fue una organización.",
    "The UN, the body said; ELN, la guerrilla; ABCDEFGHIJK, the long one; xUN, the mixed; U2, el grupo.",
    "No commas nor verbs here", "Is a capital; IS THE; is\u00a0the end", "",
])
def test_group_name_gates_are_the_regexes(text):
    from loaders import group_names
    from loaders.scan import DocTokens

    toks = DocTokens.of(text)
    spans = [(0, len(text))] + [(m.start(), m.end()) for m in re.finditer(r"[^;.]+[;.]?", text)]
    for s, e in spans:
        seg = text[s:e]
        assert group_names._appos_gate(text, s, e, seg) == bool(group_names._APPOS_GATE.search(seg))
        assert bool(group_names._ACR_COMMA.search(seg) and group_names._ACR_FIRST.search(seg)) == \
            bool(group_names._ACR_FIRST.search(seg))
    assert toks is not None
