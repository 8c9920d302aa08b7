"""Two offices joined in one title ("Deputy Prime Minister and Defence Minister X", "la vicepresidenta y
portavoz del gobierno, X"): each office is held, each its own claim; a portfolio joined to a portfolio
("Minister of Trade and Industry") stays one office. And the role text of joined Spanish titles
("portavoz y jefe de gabinete", "asesor y secretario de prensa"). Sentences written for these tests,
not taken from a set."""


import pytest

from loaders.actors import _NUMBERED_OF, canonical_role, office_parts
from loaders.gazetteer import Gazetteer
from tests.extracting import holds_roles, roles_of

PUB = "2025-03-01"

JOINED = [
    ("en", "Polish Deputy Prime Minister and Defence Minister Wladyslaw Kosiniak-Kamysz said Poland would buy more tanks.",
     "official:wladyslaw-kosiniak-kamysz", {("state:POL", "deputy prime minister"), ("state:POL", "minister of defense")}),
    ("en", "Saudi Arabia's Crown Prince and Prime Minister Mohammed bin Salman received the delegation.",
     "official:mohammed-bin-salman", {("state:SAU", "prime minister")}),
    ("en", "Ghana's Minister of Justice and Attorney General, Kwame Mensah, said the law would pass.",
     "official:kwame-mensah", {("state:GHA", "minister of justice"), ("state:GHA", "attorney general")}),
    ("en", "The Kenyan government spokesman and cabinet secretary, Peter Otieno, denied the report.",
     "official:peter-otieno", {("state:KEN", "government spokesman"), ("state:KEN", "secretary of cabinet")}),
    ("es", "La vicepresidenta y portavoz del gobierno de Nicaragua, Rosario Murillo, anunció la medida.",
     "official:rosario-murillo", {("state:NIC", "vice president"), ("state:NIC", "spokesperson")}),
    ("es", "El portavoz y jefe de gabinete de la Presidencia de Colombia, Andrés Gómez, lo confirmó.",
     "official:andres-gomez", {("state:COL", "spokesperson"), ("state:COL", "chief of cabinet")}),
    ("es", "El vicepresidente y ministro de Economía de Ecuador, Juan Carlos Paredes, viajó a Lima.",
     "official:juan-carlos-paredes", {("state:ECU", "vice president"), ("state:ECU", "minister of economy")}),
]


@pytest.mark.parametrize("lang,text,person,want", JOINED)
def test_joined_offices_each_held(lang, text, person, want):
    got = roles_of(holds_roles(text, language=lang, published=PUB), person)
    assert want <= got


ONE_OFFICE = [
    ("en", "Ghana's Minister of Trade and Industry, Kwame Mensah, said the law would pass.",
     "official:kwame-mensah", {("state:GHA", "minister of trade and industry")}),
    ("es", "El ministro de Trabajo y Seguridad Social de Uruguay, Pablo Mieres, firmó el acuerdo.",
     "official:pablo-mieres", {("state:URY", "minister of labour and social security")}),
]


@pytest.mark.parametrize("lang,text,person,want", ONE_OFFICE)
def test_joined_portfolios_are_one_office(lang, text, person, want):
    assert roles_of(holds_roles(text, language=lang, published=PUB), person) == want


def test_counterpart_of_joined_offices_takes_the_portfolio():
    got = holds_roles("Polish Deputy Prime Minister and Defence Minister Wladyslaw Kosiniak-Kamysz met his Australian "
                      "counterpart Richard Marles in Warsaw.", language="en", published=PUB)
    assert roles_of(got, "official:richard-marles") == {("state:AUS", "minister of defense")}


@pytest.mark.parametrize("phrase,want", [
    ("Deputy Prime Minister and Defence Minister", ["Deputy Prime Minister", "Defence Minister"]),
    ("the former Polish prime minister and foreign minister",
     ["the former Polish prime minister", "the former Polish foreign minister"]),
    ("Crown Prince and Prime Minister", ["Crown Prince", "Prime Minister"]),
    ("Minister of Trade and Industry", ["Minister of Trade and Industry"]),
    ("Minister for Foreign Affairs and Trade", ["Minister for Foreign Affairs and Trade"]),
    ("ministra de Justicia y Derechos Humanos", ["ministra de Justicia y Derechos Humanos"]),
    ("Defence Minister and General", ["Defence Minister and General"]),
    ("head of state and government", ["head of state and government"]),
    # a second holder: a possessive, an article or a counterpart of its own
    ("el presidente del Gobierno y su homólogo gambiano", ["el presidente del Gobierno y su homólogo gambiano"]),
    ("the king and the prime minister", ["the king and the prime minister"]),
    # a former office beside the present one: the present one is the office
    ("minister of state for regional integration and a former army chief",
     ["minister of state for regional integration and a former army chief"]),
])
def test_office_parts(phrase, want):
    assert office_parts(Gazetteer.load(), phrase) == want


@pytest.mark.parametrize("phrase,want", [
    # "de" is no rank: the second office is read whole
    ("portavoz y jefe de gabinete", "spokesperson and chief of cabinet"),
    ("vocera y jefa de gabinete", "spokesperson and chief of cabinet"),
    # an office before "y" is no portfolio of the second
    ("asesor y secretario de prensa", "adviser and secretary of press"),
    ("secretario de prensa del presidente", "secretary of press"),
    ("ministra de Trabajo y Seguridad Social", "minister of labour and social security"),
    ("Minister for Foreign Affairs and Trade", "minister of foreign affairs and trade"),
    # a rank after an office is still no part of it
    ("Government spokesman Colonel", "government spokesman"),
])
def test_joined_role_text(phrase, want):
    assert canonical_role(Gazetteer.load(), phrase)[0] == want


@pytest.mark.parametrize("before,hit", [("the ministers of ", True), ("THE MINISTERS OF ", True),
                                        ("los ministros de ", True), ("met ", False), ("said ", False)])
def test_numbered_description_after_of(before, hit):
    assert bool(_NUMBERED_OF.search(before, max(0, len(before) - 6))) is hit
