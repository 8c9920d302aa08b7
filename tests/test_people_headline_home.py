"""The government unmarked titles name when no known official tells it: the state the headline
opens with as its subject ("Jordania ilegaliza ...", "Estonia lists ...", "Malé no ha cambiado
...") (loaders/people.py headline_state, unmarked_home). Headlines and sentences written for
these tests; every case runs the real extract() on a document with a title."""

import pytest

from graph.schema import Batch, Document
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.people import headline_state

PUB = "2025-05-01"


def roles(title, text, language):
    doc = Document(id="doc:headline", title=title, text=text, published=PUB, language=language)
    entities, claims = extract(doc)
    Batch(documents=[doc], entities=entities, claims=claims)
    return {(c.subject, c.object) for c in claims if c.predicate == "HOLDS_ROLE" and c.polarity == "positive"}


def owners(got, person):
    return {o for p, o in got if p == person}


@pytest.mark.parametrize("headline, state", [
    ("Jordania ilegaliza a los Hermanos Musulmanes tras desarticular una célula", "state:JOR"),
    ("Estonia lists Russian Imperial Movement as terrorist group", "state:EST"),
    ("\"Malé no ha cambiado de bando\", dice una investigadora", "state:MDV"),
    ("Sudan's rupture with the UAE: what it gains", "state:SDN"),
    ("Directo | Chile rompe relaciones con Venezuela", "state:CHL"),
    ("Live: Kenya deploys police to Haiti", "state:KEN"),
])
def test_the_state_a_headline_opens_with_as_subject(headline, state):
    assert headline_state(Gazetteer.load(), headline) == state


@pytest.mark.parametrize("headline", [
    "PNG and Australia seal defence treaty",          # two states: no one home
    "RDC y Ruanda firman un acuerdo de paz",
    "Interior firma con Mauritania un memorando",     # the state is not the subject
    "Explainer: what the US listing means",
    "Government widens terror designation to cover all of Hamas",
    "Hamas rejects Egypt's truce offer",              # a group opens it
])
def test_headlines_that_name_no_home(headline):
    assert headline_state(Gazetteer.load(), headline) is None


def test_english_unmarked_minister_serves_the_headline_state():
    got = roles("Estonia lists Russian Imperial Movement as terrorist group",
                "The decision takes effect on Monday. \"A national list ends at our border,\" Interior "
                "Minister Kaarel Tamm said.", "en")
    assert owners(got, "official:kaarel-tamm") == {"state:EST"}


def test_spanish_unmarked_minister_serves_the_headline_state():
    got = roles("Jordania ilegaliza a los Hermanos Musulmanes tras desarticular una célula",
                "El ministro del Interior, Samir Haddad, anunció en rueda de prensa el cierre de las sedes "
                "de la cofradía.", "es")
    assert owners(got, "official:samir-haddad") == {"state:JOR"}


def test_a_capital_headline_gives_the_home_of_a_spanish_president():
    got = roles("\"Malé no ha cambiado de bando\", dice una investigadora",
                "El presidente Ahmed Rasheed Didi anunció el lunes un nuevo plan de pesca.", "es")
    assert owners(got, "official:ahmed-rasheed-didi") == {"state:MDV"}


def test_another_state_in_the_sentence_is_never_overridden():
    # the sentence names Russia: the headline's state is no safe owner for the minister there
    got = roles("Estonia lists Russian Imperial Movement as terrorist group",
                "Interior Minister Kaarel Tamm said Russia had trained the group's members.", "en")
    assert "state:EST" not in owners(got, "official:kaarel-tamm")


def test_no_headline_state_no_owner():
    got = roles("Government widens terror designation to cover all of Hamas",
                "Foreign Minister Daniel Rowe told reporters the decision did not change the aid policy.", "en")
    assert owners(got, "official:daniel-rowe") == set()


def test_a_known_officials_government_wins_over_the_headline():
    # "el presidente Javier Milei" (gazetteer) says the writer's unmarked titles are Argentina's
    got = roles("Chile rompe relaciones con Venezuela",
                "El presidente Javier Milei celebró la decisión. El ministro de Economía, Tomás Ferreyra, "
                "dijo que el acuerdo llegará antes de junio.", "es")
    assert owners(got, "official:tomas-ferreyra") == {"state:ARG"}


def test_a_non_state_title_gets_no_state_from_the_headline():
    got = roles("Estonia lists Russian Imperial Movement as terrorist group",
                "\"They train abroad,\" said Marta Kask, a researcher who studies the group.", "en")
    assert "state:EST" not in owners(got, "official:marta-kask")
