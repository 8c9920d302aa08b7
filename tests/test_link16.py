"""link16: a second object whose verb is gapped and whose preposition is said again after the first object's own
adjunct ("sold jets to A in 2019 and to B in 2021", "delivered drones to A, and TB2s to B and C", "impuso sanciones
a A en enero y a B una semana después"): the fact read for the first object holds for the second, dated by its own
conjunct. Not when a verb opens the second conjunct ("and talked to B"), nor across "ni"/"but"."""

import pytest

from tests.extracting import extract_text, positive_pairs

PUB = "2025-06-01"


def pairs(text, predicate, lang):
    return positive_pairs(text, predicate, language=lang, published=PUB)


@pytest.mark.parametrize("text,predicate,lang,want", [
    ("Russia sold fighter jets to Algeria in 2019 and to Egypt in 2021.", "SUPPLIED", "en",
     {("state:RUS", "state:DZA"), ("state:RUS", "state:EGY")}),
    ("Turkey has delivered drones to Mali since 2022, and to Burkina Faso and Niger since 2023.", "SUPPLIED", "en",
     {("state:TUR", "state:MLI"), ("state:TUR", "state:BFA"), ("state:TUR", "state:NER")}),
    ("Ankara has delivered Bayraktar TB2 and Akinci drones to Mali, and TB2s to Burkina Faso and Niger.", "SUPPLIED", "en",
     {("state:TUR", "state:MLI"), ("state:TUR", "state:BFA"), ("state:TUR", "state:NER")}),
    ("Iran supplied missiles to Hezbollah, and drones to the Houthis.", "SUPPLIED", "en",
     {("state:IRN", "group:hezbollah"), ("state:IRN", "group:houthis")}),
    ("The US Treasury imposed sanctions on Mohamed Hamdan Dagalo in January and on Abdel Fattah al-Burhan a week later.",
     "DESIGNATED", "en", {("state:USA", "official:mohamed-hamdan-dagalo"), ("state:USA", "official:abdel-fattah-al-burhan")}),
    ("Venezuela broke off relations with Israel in 2009 and with Paraguay in 2012.", "SEVERED_TIES", "en",
     {("state:VEN", "state:ISR"), ("state:VEN", "state:PRY")}),
    ("Rusia vendió aviones de combate a Argelia en 2019 y a Egipto en 2021.", "SUPPLIED", "es",
     {("state:RUS", "state:DZA"), ("state:RUS", "state:EGY")}),
    ("Turquía entregó drones a Malí desde 2022, y a Burkina Faso y Níger desde 2023.", "SUPPLIED", "es",
     {("state:TUR", "state:MLI"), ("state:TUR", "state:BFA"), ("state:TUR", "state:NER")}),
    ("Irán suministró misiles a Hezbolá y drones a los hutíes.", "SUPPLIED", "es",
     {("state:IRN", "group:hezbollah"), ("state:IRN", "group:houthis")}),
    ("Venezuela rompió relaciones con Israel en 2009 y con Paraguay en 2012.", "SEVERED_TIES", "es",
     {("state:VEN", "state:ISR"), ("state:VEN", "state:PRY")}),
])
def test_gapped_second_object(text, predicate, lang, want):
    assert pairs(text, predicate, lang) == want


@pytest.mark.parametrize("text,predicate,lang,want", [
    # a verb opens the second conjunct: its own clause
    ("Russia sold jets to Algeria in 2019 and talked to Egypt in 2021.", "SUPPLIED", "en", {("state:RUS", "state:DZA")}),
    ("Rusia vendió aviones a Argelia en 2019 y habló con Egipto en 2021.", "SUPPLIED", "es", {("state:RUS", "state:DZA")}),
    # a future or denied second object
    ("China sent arms to Myanmar last year, but it will send nothing to Thailand.", "SUPPLIED", "en", {("state:CHN", "state:MMR")}),
    ("Irán no envió armas a Hezbolá en 2020 ni a los hutíes en 2021.", "SUPPLIED", "es", set()),
])
def test_no_gapped_object(text, predicate, lang, want):
    assert pairs(text, predicate, lang) == want


@pytest.mark.parametrize("text,lang,want", [
    ("Russia sold fighter jets to Algeria in 2019 and to Egypt in 2021.", "en", {"state:DZA": "2019", "state:EGY": "2021"}),
    ("Venezuela rompió relaciones con Israel en 2009 y con Paraguay en 2012.", "es", {"state:ISR": "2009", "state:PRY": "2012"}),
    ("The US Treasury imposed sanctions on Mohamed Hamdan Dagalo in January and on Abdel Fattah al-Burhan a week later.", "en",
     {"official:mohamed-hamdan-dagalo": "2025-01", "official:abdel-fattah-al-burhan": "2025-01"}),
])
def test_gapped_object_own_date(text, lang, want):
    got = {c.object: c.date for c in extract_text(text, language=lang, published=PUB)
           if c.predicate in ("SUPPLIED", "SEVERED_TIES", "DESIGNATED") and c.polarity == "positive"}
    assert got == want


def test_route_is_no_second_recipient():
    text = "Israeli officials claim that Iran is still smuggling cash to Hezbollah through Turkey and via flights to Beirut airport."
    assert ("state:IRN", "state:LBN") not in pairs(text, "SUPPLIED", "en")
    text = "Según Israel, Irán envía dinero a Hezbolá a través de Turquía y por vuelos a Beirut."
    assert ("state:IRN", "state:LBN") not in pairs(text, "SUPPLIED", "es")
