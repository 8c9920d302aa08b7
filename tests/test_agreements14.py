"""Agreements, session 14: a definite reference with no date of its own ("The pact, signed by A and B, ...", "Ese
memorando, suscrito por ...") is the agreement the sentence before names with its year, not one signed on the
report's day. Sentences written for this test."""

import pytest

from tests.extracting import extract_text

PUB = "2025-05-07"


def _agreements(text, lang):
    from graph.schema import Document
    from loaders.extract import extract
    entities, claims = extract(Document(id="doc:t", text=text, published=PUB, language=lang))
    ags = {e.id: e for e in entities if e.type == "Agreement"}
    return {c.object: ags[c.object] for c in claims if c.predicate == "PARTY_TO" and c.object in ags}


@pytest.mark.parametrize("text,lang,year,kind", [
    ("After the attack, India placed the 1960 Indus Waters Treaty in abeyance. The World Bank-brokered pact, signed by "
     "Jawaharlal Nehru and Ayub Khan, governs the sharing of the rivers between India and Pakistan.", "en", "1960", "treaty"),
    ("Last year Egypt froze its 1979 peace treaty with Israel. That treaty, signed by Anwar Sadat and Menachem Begin, "
     "ended three decades of war between Egypt and Israel.", "en", "1979", "treaty"),
    ("La oposición cuestiona el tratado de 1984 entre Argentina y Chile. Dicho tratado, firmado por Dante Caputo y "
     "Jaime del Valle, puso fin a la disputa del Beagle.", "es", "1984", "treaty"),
    ("Turkey recalled the 2020 defence deal with Libya. The deal, inked by Hulusi Akar and Fayez al-Sarraj, let Ankara "
     "train Libyan troops.", "en", "2020", "deal"),
])
def test_a_definite_reference_is_the_agreement_named_with_its_year_before(text, lang, year, kind):
    ags = _agreements(text, lang)
    assert ags and all((a.date or "").startswith(year) and a.kind == kind for a in ags.values())


def test_the_name_of_the_agreement_before_is_kept():
    text = ("After the attack, India placed the 1960 Indus Waters Treaty in abeyance. The pact, signed by Jawaharlal "
            "Nehru and Ayub Khan, governs the sharing of the rivers between India and Pakistan.")
    assert any("Indus Waters Treaty" in a.aliases for a in _agreements(text, "en").values())


def test_a_demonstrative_reference_in_spanish_takes_the_date_of_the_signing_before():
    text = ("El canciller confirmó que el Gobierno revisará el memorando de entendimiento en defensa que Bolivia firmó "
            "con Irán en julio de 2023. Ese memorando, suscrito en Teherán por el ministro de Defensa de Bolivia, "
            "Edmundo Novillo, y el ministro de Defensa de Irán, Mohammad Reza Ashtiani, incluía drones.")
    ags = _agreements(text, "es")
    assert ags and all(a.date == "2023-07" for a in ags.values())


@pytest.mark.parametrize("text", [
    # two agreements with years before: which one is meant is a guess, so neither is taken
    "India cited the 1960 treaty and the 1972 accord. The pact, signed by Jawaharlal Nehru and Ayub Khan, governs the "
    "rivers between India and Pakistan.",
    # the agreement before has no year: nothing to take
    "India and Pakistan discussed the water treaty on Monday. The pact, signed by Jawaharlal Nehru and Ayub Khan, "
    "governs the rivers between India and Pakistan.",
])
def test_no_year_is_taken_from_an_ambiguous_or_undated_sentence_before(text):
    assert not any(a.date and a.date[:4] in ("1960", "1972") for a in _agreements(text, "en").values())


def test_a_reference_in_another_paragraph_takes_nothing():
    text = ("India placed the 1960 Indus Waters Treaty in abeyance.\n\nThe pact, signed by Jawaharlal Nehru and Ayub "
            "Khan, governs the rivers between India and Pakistan.")
    assert not any((a.date or "").startswith("1960") for a in _agreements(text, "en").values())
