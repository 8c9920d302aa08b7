"""A claim nobody makes is no fact: a negated allegation or a negative finding before the act
("prosecutors have not alleged that X armed Y", "no hay evidencia pública de que X entregara ...")
keeps the act out of the positive facts, in both languages; the plain allegation stays alleged."""

import pytest

from tests.extracting import extract_text

PUB = "2025-06-26"


def _positive(text, lang, predicate):
    return {(c.subject, c.object) for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == predicate and c.polarity == "positive"}


@pytest.mark.parametrize("text", [
    "Prosecutors have not alleged that Iran played any role in arming the Houthis.",
    "Officials have not accused Russia of supplying missiles to Venezuela.",
    "Washington has never formally accused Beijing of arming the Houthis.",
    "Investigators found no public evidence that Tehran had shipped rockets to the Houthis.",
    "The panel has yet to allege that Iran supplied drones to Sudan.",
])
def test_en_negated_allegation_is_no_supply(text):
    assert not _positive(text, "en", "SUPPLIED")


@pytest.mark.parametrize("text", [
    "Bolivia e Irán firmaron un acuerdo, pero no hay evidencia pública de que Teherán haya entregado drones a La Paz.",
    "La fiscalía no ha acusado a Rusia de suministrar misiles a Venezuela.",
    "Los investigadores nunca afirmaron que Irán entregara drones a Bolivia.",
    "No existen pruebas concluyentes de que Cuba haya enviado armas a Venezuela.",
    "Washington jamás ha acusado a Pekín de armar a los hutíes.",
])
def test_es_negated_allegation_is_no_supply(text):
    assert not _positive(text, "es", "SUPPLIED")


@pytest.mark.parametrize("text,lang,pair", [
    ("The US accused Iran of supplying drones to Russia.", "en", ("state:IRN", "state:RUS")),
    ("Prosecutors alleged that Iran had shipped rockets to the Houthis.", "en", ("state:IRN", "group:houthis")),
    ("Estados Unidos acusó a Irán de suministrar drones a Rusia.", "es", ("state:IRN", "state:RUS")),
    ("La fiscalía sostiene que Irán entregó drones a Bolivia.", "es", ("state:IRN", "state:BOL")),
])
def test_plain_allegation_stays(text, lang, pair):
    assert pair in _positive(text, lang, "SUPPLIED")


@pytest.mark.parametrize("text,lang,pair", [
    ("No hay pruebas públicas de que Irán haya enviado drones a Nicaragua, como aseguran algunos congresistas.", "es",
     ("state:IRN", "state:NIC")),
    ("No existe evidencia de que Rusia entregara misiles a Venezuela, tal como afirman sus críticos.", "es",
     ("state:RUS", "state:VEN")),
    ("There is no public evidence that Iran shipped drones to Nicaragua, as some lawmakers claim.", "en",
     ("state:IRN", "state:NIC")),
])
def test_unproven_but_claimed_is_an_allegation(text, lang, pair):
    """someone makes the claim the writer finds unproven: a contested allegation stays"""
    assert pair in _positive(text, lang, "SUPPLIED")
