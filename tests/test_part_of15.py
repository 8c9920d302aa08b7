"""PART_OF (session 15). Sentences written for these tests, not taken from any set.

- A state body described by its state in the words around its name (its possessive or demonym and what it is,
  before the name or in apposition after it) is PART_OF that state, known to the gazetteer or found in the text.
- A Spanish apposition whose head noun takes its own complement first ("la unidad de operaciones exteriores
  del X", "el cuerpo de élite de X") or stands between dashes.
- A group split into named factions: each faction is part of it.
- A nationality in apposition ("the Russian private military company", "the Hutu militia") is no PART_OF.
"""

import pytest

from tests.extracting import positive_pairs


def _part_of(text, lang):
    return positive_pairs(text, "PART_OF", language=lang, published="2025-03-01")


@pytest.mark.parametrize("text,lang,pair", [
    ("The Paraguayan anti-drug agency SENAD accused Hezbollah of laundering money in Ciudad del Este.", "en",
     ("group:senad-paraguay", "state:PRY")),
    ("Ukraine's military intelligence agency (HUR) said Russia had received missiles from Iran.", "en",
     ("group:hur-ukraine", "state:UKR")),
    ("The SBU, the Ukrainian security service, detained two agents working for Russia.", "en",
     ("group:sbu", "state:UKR")),
    ("El Mosad, el servicio de inteligencia exterior israelí, acusó a Irán de financiar a Hamás.", "es",
     ("group:mossad", "state:ISR")),
    ("Según la SENAD, la agencia antidrogas paraguaya, el cargamento salió de Pedro Juan Caballero.", "es",
     ("group:senad-paraguay", "state:PRY")),
    ("La Dirección General de Vigilancia del Territorio (DGST), el servicio de inteligencia interior marroquí, "
     "detuvo a dos presuntos miembros del Estado Islámico.", "es",
     ("group:direccion-general-de-vigilancia-del-territorio", "state:MAR")),
])
def test_a_state_body_described_by_its_state(text, lang, pair):
    assert pair in _part_of(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Ukrainian drones hit the FSB headquarters in Kursk overnight.", "en"),
    ("Russian officials said the SBU had staged the attack.", "en"),
    ("Funcionarios rusos dijeron que el SBU había organizado el ataque.", "es"),
    ("In addition, the Ukrainian intelligence and the FSB are analysing the attack.", "en"),
])
def test_a_demonym_of_something_else_makes_no_part_of(text, lang):
    got = _part_of(text, lang)
    assert ("group:fsb", "state:UKR") not in got
    assert ("group:sbu", "state:RUS") not in got


@pytest.mark.parametrize("text", [
    "El general dirigía la Fuerza Quds, la unidad de operaciones exteriores del Cuerpo de la Guardia Revolucionaria "
    "Islámica, desde 1998.",
    "Israel atacó a la Fuerza Quds —la unidad de operaciones externas de la Guardia Revolucionaria— en Damasco.",
    "Estados Unidos sancionó a la Fuerza Quds, el brazo de operaciones exteriores de la Guardia Revolucionaria.",
    "Un dron mató a dos oficiales de la Fuerza Quds, el cuerpo de élite de los Guardianes de la Revolución.",
    "Argentina incluyó a la Fuerza Quds, unidad de operaciones externas del Cuerpo de la Guardia Revolucionaria "
    "Islámica (CGRI), en su registro.",
])
def test_spanish_apposition_with_a_complement_of_its_own(text):
    assert ("group:quds-force", "group:irgc") in _part_of(text, "es")


def test_spanish_apposition_of_an_elite_unit():
    got = _part_of("Los combatientes de la Fuerza Radwan, la unidad de élite de Hezbolá, se retiraron del sur.", "es")
    assert ("group:radwan-force", "group:hezbollah") in got


@pytest.mark.parametrize("text,lang", [
    ("The Sinaloa Cartel has been split between two factions, Los Chapitos and La Mayiza, since September.", "en"),
    ("Since 2024 the Sinaloa Cartel is divided into two rival factions: Los Chapitos and La Mayiza.", "en"),
    ("El Cártel de Sinaloa está dividido en dos facciones: Los Chapitos y La Mayiza.", "es"),
    ("Desde septiembre, el Cártel de Sinaloa se fracturó en dos bandos enfrentados, Los Chapitos y La Mayiza.", "es"),
    ("El Cártel de Sinaloa quedó partido en dos facciones rivales, Los Chapitos y La Mayiza, tras la captura de "
     "Zambada.", "es"),
])
def test_a_group_split_into_named_factions(text, lang):
    got = _part_of(text, lang)
    assert ("group:los-chapitos", "group:sinaloa-cartel") in got
    assert ("group:los-mayos", "group:sinaloa-cartel") in got


def test_a_denied_split_is_no_part_of():
    assert not _part_of("The Sinaloa Cartel denied that it was split into factions.", "en")


@pytest.mark.parametrize("text,lang,pair", [
    ("The European Union imposed sanctions on the Wagner Group, the Russian private military company, citing abuses.",
     "en", ("group:wagner-group", "state:RUS")),
    ("Kinshasa is to neutralise the FDLR, the Hutu militia founded by perpetrators of the 1994 genocide.", "en",
     None),
])
def test_a_nationality_in_apposition_is_no_part_of(text, lang, pair):
    got = _part_of(text, lang)
    if pair:
        assert pair not in got
    assert not any(s == "group:fdlr" for s, _ in got)


@pytest.mark.parametrize("text,pair", [
    ("The AIVD, the Netherlands' intelligence service, concluded that Iran had hired local criminals.",
     ("group:aivd", "state:NLD")),
    ("Rosatom, the Russian state nuclear corporation, signed a deal with Bolivia.", ("group:rosatom", "state:RUS")),
    ("Israel struck the Izz ad-Din al-Qassam Brigades, Hamas's armed wing, in Gaza.",
     ("group:qassam-brigades", "group:hamas")),
])
def test_a_possessive_or_state_owned_apposition_still_is(text, pair):
    assert pair in _part_of(text, "en")


@pytest.mark.parametrize("text,lang,pair", [
    ("El grupo Dawlah Islamiyah-Maute, la rama filipina del Estado Islámico, atacó Marawi.", "es",
     ("group:maute-group", "group:isis")),
    ("La milicia Basij, integrada en la Guardia Revolucionaria desde 2007, reprimió las protestas.", "es",
     ("group:basij", "group:irgc")),
    ("Kataib Hezbolá, una de las facciones integradas en las Fuerzas de Movilización Popular, atacó la base.", "es",
     ("group:kataib-hezbollah", "group:pmf")),
    ("The Basij militia, integrated into the Revolutionary Guards in 2007, cracked down on the protests.", "en",
     ("group:basij", "group:irgc")),
    ("The Basij, formally absorbed into the IRGC after the 1980s, patrols the streets.", "en",
     ("group:basij", "group:irgc")),
    ("Kataib Hezbollah, one of the factions folded into the Popular Mobilization Forces, attacked the base.", "en",
     ("group:kataib-hezbollah", "group:pmf")),
])
def test_a_unit_folded_into_another_or_a_demonym_branch(text, lang, pair):
    assert pair in _part_of(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Viv Ansanm, the alliance formed in September 2023 by the G9 and G-Pep, controls most of the capital.", "en"),
    ("Viv Ansanm, the alliance formed in September 2023 by rival federations, chiefly the G9 and G-Pep, controls "
     "most of the capital.", "en"),
    ("Viv Ansanm, la alianza formada en 2023 por G9 y G-Pèp, controla la capital.", "es"),
    ("Viv Ansanm, una coalición de G9 y G-Pèp, controla la capital.", "es"),
])
def test_a_coalition_told_by_who_formed_it(text, lang):
    got = _part_of(text, lang)
    assert {("group:g9", "group:viv-ansanm"), ("group:g-pep", "group:viv-ansanm")} <= got


@pytest.mark.parametrize("text,lang", [
    ("Hezbollah, the group founded by Iran in 1982, fired rockets at the north.", "en"),
    ("Hezbolá, el grupo fundado por Irán en 1982, lanzó cohetes.", "es"),
])
def test_a_group_founded_by_a_state_is_no_coalition_of_it(text, lang):
    assert not _part_of(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("The EU included the IRGC on its terrorist list in 2025.", "en"),
    ("La UE incluye a los Guardianes de la Revolución en su lista de organizaciones terroristas.", "es"),
    ("El Consejo de la UE incluyó a la Guardia Revolucionaria en su lista negra.", "es"),
])
def test_a_list_that_includes_a_group_is_a_listing_not_a_membership(text, lang):
    assert not any(o == "group:eu" for _, o in _part_of(text, lang))
