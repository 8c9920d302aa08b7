"""SUPPLIED read off the demonym of the arms' maker ("took delivery of Turkish-made drones",
"recibió drones turcos"): loaders.actors._made_by, loaders.extract._maker_claims, rules/*_made.yaml.
Sentences written for this test, not taken from the corpora."""

import pytest

from tests.extracting import extract_text

PUB = "2025-06-10"


def supplied(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(c.subject, c.object, c.polarity) for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == "SUPPLIED"}


@pytest.mark.parametrize("text,lang,pair", [
    ("Jakarta has already taken delivery of Turkish-made Anka drones.", "en", ("state:TUR", "state:IDN")),
    ("Vietnam received Chinese rocket launchers last year.", "en", ("state:CHN", "state:VNM")),
    ("The Houthis have received Iranian-made ballistic missiles, UN experts say.", "en", ("state:IRN", "group:houthis")),
    ("Morocco took delivery of Israeli-made Barak MX air defence systems in March, officials said.", "en",
     ("state:ISR", "state:MAR")),
    ("Armenia has purchased Indian Pinaka rocket launchers.", "en", ("state:IND", "state:ARM")),
    ("Etiopía recibió la semana pasada un segundo lote de drones turcos Akinci.", "es", ("state:TUR", "state:ETH")),
    ("Camboya adquirió lanzacohetes chinos para su ejército.", "es", ("state:CHN", "state:KHM")),
    ("Marruecos ha recibido drones de fabricación israelí.", "es", ("state:ISR", "state:MAR")),
    ("Serbia compró misiles antiaéreos chinos FK-3 en 2022.", "es", ("state:CHN", "state:SRB")),
])
def test_a_maker_named_by_its_demonym_supplied_the_recipient(text, lang, pair):
    assert (*pair, "positive") in supplied(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Russia fired Iranian drones at Kyiv.", "en"),                          # used, not received
    ("Ukrainian forces destroyed Russian tanks near Bakhmut.", "en"),
    ("Turkish mediation helped Ethiopia and Sudan reach a deal.", "en"),     # no arms
    ("Ukraine received US-made tanks from Germany.", "en"),                  # the supplier is named: not the maker
    ("Rusia lanzó drones iraníes contra Kiev.", "es"),
    ("La Agencia de Armamento polaca firmó el contrato con Seúl.", "es"),    # a state body, not a maker
])
def test_no_supply_from_a_demonym_that_names_no_supplier(text, lang):
    got = supplied(text, lang)
    assert not {(s, o) for s, o, p in got if p == "positive"} & {
        ("state:IRN", "state:UKR"), ("state:RUS", "state:UKR"), ("state:TUR", "state:ETH"), ("state:TUR", "state:SDN"),
        ("state:USA", "state:UKR"), ("state:POL", "state:KOR"), ("state:KOR", "state:POL")}


def test_a_negated_purchase_is_no_positive_supply():
    assert ("state:RUS", "state:VEN", "positive") not in supplied("Venezuela no ha recibido aviones rusos desde 2015.", "es")
    assert ("state:TUR", "state:KEN", "positive") not in supplied("Kenya did not receive Turkish drones.", "en")


def test_the_maker_reading_shifts_no_other_reading():
    # the demonym between two actors must not hide their pair from the other SUPPLIED rules
    text = "Iran sent Russian-made anti-ship missiles to the Houthis, the report said."
    assert ("state:IRN", "group:houthis", "positive") in supplied(text, "en")
    assert not any(s == "state:RUS" for s, _, _ in supplied(text, "en"))
