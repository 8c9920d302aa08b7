"""desig21: listings read from constructions rather than phrasings, in English and Spanish:

(1) a counted set named before its members ("added three generals, including X, to its sanctions list", "sancionó a decenas
    de funcionarios nicaragüenses, entre ellos a X"): the members are discovered and listed, also when the list is named
    before the set ("añadió a su lista de sanciones a tres generales, entre ellos X");
(2) the author of a legal instrument named beside it ("an executive order signed by X declared ...", "el Decreto 111,
    firmado por X el 9 de enero, calificó a A y B como organizaciones terroristas", "el decreto de X declaró ...");
(3) a listing named as a noun with a time phrase before its object ("the designation last week of A as FTOs by B", "la
    designación la semana pasada de A como ... por B");
(4) designators joined by "and then" / "y luego" ("the GCC and then the Arab League designated ...");
(5) a standing listing with a time phrase before the object ("mantiene desde 1997 a X en su lista de ...");
(6) a standing listing on an owner's terrorist list ("X has appeared on the EU's terrorist list since 2003") or on a list
    named by its regime, whose owner is the regime's ("X has been on the SDN list since 2009", "X figura en el RePET").
Requests, plans, possibilities, negations and a set with no listing verb stay out."""

import pytest

from tests.extracting import extract_text

PUB = "2025-06-12"


def listed(text: str, lang: str) -> dict[tuple[str, str], tuple]:
    return {(c.subject, c.object): (c.props.get("designation"), c.date) for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == "DESIGNATED" and c.polarity == "positive" and c.modality.value in ("asserted", "reported")}


def objects_of(text: str, lang: str, subject: str) -> set[str]:
    return {o for (s, o) in listed(text, lang) if s == subject}


# ---------------------------------------------------------------- (1) a counted set, then its members
@pytest.mark.parametrize("text,lang,subject,member", [
    ("The European Union on Monday added four Belarusian officers, including Colonel Viktor Sheiman, to its sanctions list.",
     "en", "group:eu", "official:viktor-sheiman"),
    ("Britain added two Chinese refineries, among them Shandong Yulong Petrochemical, to its sanctions list in May.",
     "en", "state:GBR", "group:shandong-yulong-petrochemical"),
    ("Washington sanctioned five army generals, among them General Luis Alberto Reyes, on Tuesday.",
     "en", "state:USA", "official:luis-alberto-reyes"),
    ("El Departamento del Tesoro de Estados Unidos sancionó a decenas de funcionarios venezolanos, entre ellos a Ana María "
     "Duarte Ribas.", "es", "state:USA", "official:ana-maria-duarte-ribas"),
    ("La Unión Europea añadió a su lista de sanciones a tres generales iraníes, entre ellos el comandante Hossein Salami Rad.",
     "es", "group:eu", None),
    ("Canadá incorporó a su lista de sanciones a dos navieras griegas, entre ellas Egeo Marine Tankers S.A.", "es",
     "state:CAN", None),
])
def test_counted_set_then_members(text, lang, subject, member):
    objs = objects_of(text, lang, subject)
    assert objs, listed(text, lang)
    if member:
        assert member in objs


@pytest.mark.parametrize("text,lang", [
    ("The army added three brigades, including the 5th Mechanised Brigade, to its forces in the east.", "en"),
    ("The ministry hired two Chinese refineries, including Shandong Yulong Petrochemical, to process the crude.", "en"),
    ("Bruselas estudia añadir a su lista de sanciones a tres generales iraníes, entre ellos Hossein Salami Rad.", "es"),
])
def test_counted_set_without_a_listing(text, lang):
    assert not listed(text, lang)


# ---------------------------------------------------------------- (2) the author of a legal instrument
@pytest.mark.parametrize("text,lang,subject,objects,date", [
    ("President Daniel Noboa of Ecuador spoke on Monday. An executive order signed by Noboa on January 9 declared Los "
     "Lobos and Los Choneros terrorist organizations.", "en", "state:ECU", {"group:los-lobos", "group:los-choneros"},
     "2025-01-09"),
    ("El presidente de Ecuador, Daniel Noboa, habló ayer. Los jueces recordaron que el Decreto Ejecutivo 111, firmado por "
     "Noboa el 9 de enero de 2024, calificó a Los Lobos, Los Choneros y a otras 19 agrupaciones como organizaciones "
     "terroristas.", "es", "state:ECU", {"group:los-lobos", "group:los-choneros"}, "2024-01-09"),
    ("El presidente de Ecuador, Daniel Noboa, habló ayer. Una resolución emitida por Noboa en marzo declaró organizaciones "
     "terroristas a Los Lobos y a Los Choneros.", "es", "state:ECU", {"group:los-lobos", "group:los-choneros"}, None),
])
def test_instrument_by_its_author(text, lang, subject, objects, date):
    got = listed(text, lang)
    for o in objects:
        assert (subject, o) in got, got
        if date:
            assert got[(subject, o)][1] == date


@pytest.mark.parametrize("text,lang", [
    ("President Daniel Noboa of Ecuador spoke on Monday. A draft decree prepared by Noboa would declare Los Lobos a "
     "terrorist organization.", "en"),
    ("El presidente de Ecuador, Daniel Noboa, habló ayer. Un proyecto de ley presentado por Noboa propone declarar "
     "organización terrorista a Los Lobos.", "es"),
])
def test_instrument_planned_is_no_listing(text, lang):
    assert not listed(text, lang)


# ---------------------------------------------------------------- (3) a nominal listing with a time phrase
@pytest.mark.parametrize("text,lang,subject,objects", [
    ("The designation last week of Los Choneros and Los Lobos as Foreign Terrorist Organizations by the US State "
     "Department raises the compliance bar.", "en", "state:USA", {"group:los-choneros", "group:los-lobos"}),
    ("The listing on Tuesday of Hamas as a terrorist group by Paraguay surprised few.", "en", "state:PRY", {"group:hamas"}),
    ("La designación la semana pasada de Los Choneros y Los Lobos como organizaciones terroristas extranjeras por el "
     "Departamento de Estado de Estados Unidos eleva el riesgo.", "es", "state:USA", {"group:los-choneros", "group:los-lobos"}),
])
def test_nominal_with_time_phrase(text, lang, subject, objects):
    assert objects <= objects_of(text, lang, subject)


@pytest.mark.parametrize("text,lang", [
    ("La posible designación la semana próxima de Los Choneros como organización terrorista por Estados Unidos preocupa.", "es"),
    ("Washington pidió la designación, este mes, de Los Choneros como organización terrorista por parte de Ecuador.", "es"),
])
def test_nominal_possible_or_requested(text, lang):
    assert not listed(text, lang)


# ---------------------------------------------------------------- (4) designators one after the other
@pytest.mark.parametrize("text,lang", [
    ("In 2016 the Gulf Cooperation Council and then the Arab League designated Hezbollah a terrorist organisation.", "en"),
    ("En 2016 el Consejo de Cooperación del Golfo y luego la Liga Árabe declararon organización terrorista a Hezbolá.", "es"),
])
def test_and_then_designators(text, lang):
    got = listed(text, lang)
    assert ("group:gcc", "group:hezbollah") in got and ("group:arab-league", "group:hezbollah") in got, got


# ---------------------------------------------------------------- (5) a standing listing, time phrase first
def test_keeps_since_year_on_list_es():
    got = listed("El Departamento de Estado de Estados Unidos mantiene desde 1997 a Sendero Luminoso en su lista de "
                 "organizaciones terroristas extranjeras.", "es")
    assert got.get(("state:USA", "group:sendero-luminoso"), (None, None))[1] == "1997", got


# ---------------------------------------------------------------- (6) an owner's terrorist list, a regime's list
@pytest.mark.parametrize("text,lang,pair", [
    ("Hamas has appeared on the European Union's terrorist list since 2003.", "en", ("group:eu", "group:hamas")),
    ("Hezbollah has been in the RePET since July 2019.", "en", ("state:ARG", "group:hezbollah")),
    ("The Sinaloa Cartel has been on the SDN list since 2009.", "en", ("state:USA", "group:sinaloa-cartel")),
    ("Hezbolá figura en el RePET desde julio de 2019, cuando el gobierno de Mauricio Macri la incorporó.", "es",
     ("state:ARG", "group:hezbollah")),
])
def test_on_owner_or_regime_list(text, lang, pair):
    assert pair in listed(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Hamas is not on Brazil's terrorist list.", "en"),
    ("Hezbolá no figura en el RePET.", "es"),
    ("Hezbollah has been on a watch list since 2019.", "en"),
])
def test_not_on_list(text, lang):
    assert not listed(text, lang)
