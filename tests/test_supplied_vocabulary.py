"""What is supplied: one vocabulary per language (the SUPNOUN macro of loaders/rules/en.yaml
and es.yaml) behind every SUPPLIED rule, so a rule never misses goods another rule knows."""

import re

import pytest

from extracting import extract_text, positive_pairs
from loaders import relations

PUB = "2025-06-10"


@pytest.mark.parametrize("text, pair", [
    ("Russia has delivered Su-30 fighters to Myanmar's junta.", ("state:RUS", "state:MMR")),
    ("Japan donated two patrol boats to the Philippines last year.", ("state:JPN", "state:PHL")),
    ("Germany sold armoured vehicles and spare parts to Qatar.", ("state:DEU", "state:QAT")),
    ("The United States shipped body armor and night-vision goggles to Ukraine in March.", ("state:USA", "state:UKR")),
    ("France transferred corvettes and mortars to Egypt under the 2019 contract.", ("state:FRA", "state:EGY")),
    ("Britain has provided military aid to Kenya for its mission in Haiti.", ("state:GBR", "state:KEN")),
])
def test_english_goods(text, pair):
    assert pair in positive_pairs(text, "SUPPLIED", language="en", published=PUB)


@pytest.mark.parametrize("text, pair", [
    ("Turquía vendió bombarderos ligeros a Azerbaiyán en 2022.", ("state:TUR", "state:AZE")),
    ("Estados Unidos entregó escáneres y repuestos a Panamá.", ("state:USA", "state:PAN")),
    ("España cedió material bélico a Mauritania el mes pasado.", ("state:ESP", "state:MRT")),
    ("Rusia envió asesores y mercenarios a Malí, según la ONU.", ("state:RUS", "state:MLI")),
    ("China donó patrulleros y uniformes a Bolivia.", ("state:CHN", "state:BOL")),
])
def test_spanish_goods(text, pair):
    assert pair in positive_pairs(text, "SUPPLIED", language="es", published=PUB)


@pytest.mark.parametrize("lang, text, pair", [
    ("es", "España aportará a Mauritania treinta vehículos todoterreno y cuatro drones.", ("state:ESP", "state:MRT")),
    ("es", "Rusia cedió a Nicaragua dos helicópteros de transporte.", ("state:RUS", "state:NIC")),
    ("es", "Irán hizo llegar drones a Venezuela a través de vuelos de carga.", ("state:IRN", "state:VEN")),
    ("en", "Poland handed over MiG-29 fighter jets to Ukraine in 2023.", ("state:POL", "state:UKR")),
    ("en", "Belarus lent helicopters to Russia for the exercise.", ("state:BLR", "state:RUS")),
])
def test_supply_verbs_every_rule_knows(lang, text, pair):
    # one list of supply verbs (SUPVERB) for the rules with goods before and after the recipient
    assert pair in positive_pairs(text, "SUPPLIED", language=lang, published=PUB)


@pytest.mark.parametrize("lang, text", [
    ("en", "The Houthis resumed their attacks on commercial shipping and on U.S. warships in the Red Sea."),
    ("en", "Brazil sent a delegation to Venezuela to discuss the border."),
    ("en", "Mexico sent a diplomatic note to Ecuador after the raid on its embassy."),
    ("es", "Colombia envió una carta a Venezuela para pedir explicaciones."),
    ("es", "Argentina no vendió armas a Ecuador, aseguró el ministerio."),
])
def test_no_goods_no_supply(lang, text):
    assert positive_pairs(text, "SUPPLIED", language=lang, published=PUB) == set()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_supplied_noun_is_recorded_as_an_item(lang):
    # the claim's `items` prop is read with relations._items: a noun the rules take as goods
    # must come out as an item too ("warships" alone is kept out of it on purpose)
    _, extra = relations.load_rules(lang)
    body = extra["_macros"]["SUPNOUN"][3:-1]
    nouns = [w for w in re.split(r"\|(?![^()]*\))", body) if "warship" not in w]
    for alt in nouns:
        example = re.sub(r"\(\?:([^|()]+)(?:\|[^()]+)?\)\??", r"\1", alt)
        example = example.replace("\\s+", " ").replace("?", "").replace("\\", "")
        assert relations._items(f"two {example}"), (lang, alt, example)


@pytest.mark.parametrize("lang, text, items", [
    ("en", "Russia delivered last month attack drones to Mali.", ["attack drones"]),
    ("en", "Iran has this year already shipped ballistic missiles to the Houthis.", ["ballistic missiles"]),
    ("es", "Rusia entregó la semana pasada drones a Malí.", ["drones"]),
    ("es", "Turquía vendió el año pasado blindados a Somalia.", ["armoured vehicles"]),
])
def test_a_time_adverbial_before_the_goods_is_not_part_of_them(lang, text, items):
    # "last month", "la semana pasada" between the verb and the goods: the goods alone
    got = [c.props["items"] for c in extract_text(text, language=lang, published=PUB)
           if c.predicate == "SUPPLIED" and c.polarity == "positive"]
    assert got == [items]
