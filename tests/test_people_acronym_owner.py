"""A body's acronym in parentheses at the end of a role phrase is part of it ("X, líder del Partido
Campesino Polaco (PSL), ...", "X, head of the Alliance for Secure Democracy (ASD), said"), and a
body in a compound adjective qualifies the owner rather than being it ("Libya's UN-recognised
Government of National Accord") (people._ACRONYM, actors._RIGHT_TITLE, actors._QUALIFIER_AFTER).
Also the Spanish office words the evaluator reads as extraction's English ones. Sentences written
for these tests."""

import pytest

from loaders.evaluate import role_words
from tests.extracting import holds_roles

PUB = "2025-03-01"


def owners(text, language, person):
    return {o for p, o, _ in holds_roles(text, language=language, published=PUB) if p == person}


def test_spanish_party_leader_with_acronym():
    text = ("El viceprimer ministro Władysław Kosiniak-Kamysz llegó a Seúl. \"Es un día histórico\", aseguró "
            "Kosiniak-Kamysz, líder del Partido Campesino Polaco (PSL), socio de la coalición de gobierno.")
    assert "group:partido-campesino-polaco" in owners(text, "es", "official:wladyslaw-kosiniak-kamysz")


def test_spanish_new_person_with_acronym_after_said():
    text = ("\"Los ahorradores pueden estar tranquilos\", dijo Lucía Berrones, directora de comunicación de la "
            "Asociación de Bancos de México (ABM).")
    assert owners(text, "es", "official:lucia-berrones") == {"group:asociacion-de-bancos-de-mexico"}


def test_spanish_spokesperson_with_acronym_before_verb():
    text = "Marta Ruiz, portavoz de la Comisión Española de Ayuda al Refugiado (CEAR), criticó el acuerdo."
    assert owners(text, "es", "official:marta-ruiz") == {"group:comision-espanola-de-ayuda-al-refugiado"}


def test_english_head_with_acronym():
    text = "John Kirwan, the head of the Alliance for Secure Democracy (ASD), said the talks failed."
    assert owners(text, "en", "official:john-kirwan") == {"group:alliance-for-secure-democracy"}


def test_a_body_in_a_compound_adjective_is_not_the_owner():
    text = ("The deal was struck by President Recep Tayyip Erdoğan and Fayez al-Sarraj, then head of Libya's "
            "UN-recognised Government of National Accord (GNA), in 2019.")
    got = owners(text, "en", "official:fayez-al-sarraj")
    assert "group:un" not in got and got == {"state:LBY"}


def test_a_bracketed_aside_that_is_no_acronym_ends_nothing():
    # "(in Spanish)" is no body's acronym: no role phrase is read across it
    text = "\"Nos vamos\", dijo Pedro Ulloa, (en declaraciones a la radio) director de un colegio."
    assert owners(text, "es", "official:pedro-ulloa") == set()


@pytest.mark.parametrize("gold, extracted", [
    ("directora", "director"), ("diputada", "deputy"), ("magistrada", "magistrate"), ("fiscal", "prosecutor"),
    ("coordinadora", "coordinator"), ("cofundadora", "founder"), ("alto comisionado", "high commissioner"),
])
def test_spanish_office_words_read_as_the_english_ones(gold, extracted):
    assert role_words(gold) <= role_words(extracted)


def test_different_offices_stay_different():
    assert not role_words("fiscal") <= role_words("judge")
    assert not role_words("directora") <= role_words("deputy")
