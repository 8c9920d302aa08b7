"""Designations whose designator or listed actor the sentence does not name (session 14, desig14), in English and
Spanish: a listing regime whose name says who lists (loaders/data/regimes.yaml: "an SDGT", "the FTO list", "the
Terrorism Act 2000", "la lista de la OFAC"), the abbreviations FTO and SDGT as listing kinds, a subject pronoun as the
listed actor ("He was sanctioned by OFAC"), a list's name not read as a description of a group ("the Foreign Terrorist
Organization list"). Every sentence is written for this file; negatives: a planned or requested listing, another
state's listing in the clause, a bare verb with no regime named."""

import pytest

from tests.extracting import extract_text


def _got(text, language, published="2025-06-10"):
    return {(c.subject, c.object, c.props.get("designation"))
            for c in extract_text(text, language=language, published=published)
            if c.predicate == "DESIGNATED" and c.polarity == "positive" and c.modality in ("asserted", "reported")}


def _pairs(text, language, published="2025-06-10"):
    return {(s, o) for s, o, _ in _got(text, language, published)}


@pytest.mark.parametrize("text,lang,want", [
    # the regime says the designator
    ("Al-Shabaab is a Somali militant group. Its leader Ahmed Diriye was designated a Specially Designated Global "
     "Terrorist in 2015.", "en", ("state:USA", "official:ahmed-diriye", "specially designated global terrorist")),
    ("Al-Shabaab is a Somali militant group based in Mogadishu. The group was added to the Foreign Terrorist "
     "Organization list in 2008.", "en", ("state:USA", "group:al-shabaab", "foreign terrorist organization")),
    ("The Proud Boys were founded in 2016. The group was added to the list of listed entities in February 2021.", "en",
     ("state:CAN", "group:proud-boys", "terrorist entity")),
    ("El Cártel de los Soles opera en Venezuela. El grupo fue incluido en la lista de la OFAC en julio de 2025.", "es",
     ("state:USA", "group:cartel-de-los-soles", "sanctions")),
    ("Los Choneros operan en Ecuador. La banda fue designada Terrorista Global Especialmente Designado en 2024.", "es",
     ("state:USA", "group:los-choneros", "specially designated global terrorist")),
    ("Hamás controla Gaza. El grupo figura en la lista de Organizaciones Terroristas Extranjeras desde 1997.", "es",
     ("state:USA", "group:hamas", "foreign terrorist organization")),
    # FTO / SDGT as the listing's kind, with its agent named
    ("The Houthis were designated an FTO by the United States in March.", "en",
     ("state:USA", "group:houthis", "foreign terrorist organization")),
    ("Washington designated al-Shabaab an FTO in 2008.", "en",
     ("state:USA", "group:al-shabaab", "foreign terrorist organization")),
    ("The Houthis were redesignated as SDGTs by Washington in 2024.", "en",
     ("state:USA", "group:houthis", "specially designated global terrorist")),
    ("El Tren de Aragua fue designado como FTO por Estados Unidos en febrero.", "es",
     ("state:USA", "group:tren-de-aragua", "foreign terrorist organization")),
    # a subject pronoun as the listed actor
    ("Jimmy Cherizier leads the G9 gang alliance in Port-au-Prince. He was sanctioned by OFAC in December 2020.", "en",
     ("state:USA", "official:jimmy-cherizier", "sanctions")),
])
def test_implicit_actor_read(text, lang, want):
    assert want in _got(text, lang)


@pytest.mark.parametrize("text,lang,pair", [
    # planned, requested or considered: no listing
    ("Tren de Aragua is a Venezuelan gang. Washington is considering adding the group to the FTO list.", "en",
     ("state:USA", "group:tren-de-aragua")),
    ("Tren de Aragua is a Venezuelan gang. Lawmakers urged that it be added to the FTO list.", "en",
     ("state:USA", "group:tren-de-aragua")),
    ("El Tren de Aragua opera en Chile. La oposición pidió que el grupo fuera incluido en la lista de la OFAC.", "es",
     ("state:USA", "group:tren-de-aragua")),
    # delisted
    ("The Houthis had been listed before. The group was removed from the FTO list in 2021.", "en",
     ("state:USA", "group:houthis")),
    # another state's listing in the clause: not the US
    ("Hezbollah is a Lebanese movement. The group was added to Canada's list of terrorist entities, alongside other FTOs.",
     "en", ("state:USA", "group:hezbollah")),
    # "under the Criminal Code" names no state (Canada's and Australia's lists both are)
    ("CANBERRA, Nov 14 - Hizb ut-Tahrir, a pan-Islamist movement, was listed as a terrorist organisation under the "
     "Criminal Code on Thursday.", "en", ("state:CAN", "group:hizb-ut-tahrir")),
    # a bare verb with no regime: no designator guessed
    ("Hizb ut-Tahrir held rallies for years. The group was proscribed in January.", "en",
     ("state:USA", "group:hizb-ut-tahrir")),
])
def test_not_a_regime_listing(text, lang, pair):
    assert pair not in _pairs(text, lang)


def test_list_name_is_no_description():
    # "the Foreign Terrorist Organization list": the list, not the group the sentence before named
    got = _pairs("Al-Shabaab is a Somali militant group. The Houthis were added to the Foreign Terrorist Organization "
                 "list in January.", "en")
    assert ("state:USA", "group:houthis") in got
    assert not any(o == "group:al-shabaab" for _, o in got)


def test_listing_names_are_no_groups():
    # "a Foreign Terrorist Organization (FTO)" is a listing's name, not a group the text defines
    text = ("The State Department designated Harakat al-Shabaab al-Mujahideen as a Foreign Terrorist Organization (FTO) "
            "and as a Specially Designated Global Terrorist (SDGT) entity in 2008.")
    claims = extract_text(text, language="en", published="2025-06-10")
    assert not any("foreign-terrorist-organization" in c.object or "specially-designated" in c.object for c in claims)
    assert ("state:USA", "group:al-shabaab") in {(c.subject, c.object) for c in claims if c.predicate == "DESIGNATED"}


def test_regime_designators_are_gazetteer_entities():
    from loaders.extract import _regimes
    from loaders.gazetteer import Gazetteer
    g = Gazetteer.load()
    for who, _, rx in _regimes():
        assert g.get(who) is not None, who
        assert rx.get("en") is not None, who
