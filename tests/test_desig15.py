"""Designations of session 15 (desig15), in English and Spanish: a listing named as a noun whose kinds carry their
acronym in brackets or come two at a time ("la designación de X como organizaciones terroristas extranjeras (FTO) y
Terroristas Globales Especialmente Designados (SDGT) por ..."), a category noun before the listed names ("the gang
coalitions X and Y"), the two US kinds paired with their acronyms after an active verb, sanctions on a set of people
told by its size in words ("sixteen officials", "dieciséis funcionarios") or as part of a circle ("much of the
family circle", "buena parte del círculo familiar"), in the historical present of chronologies and headlines
("sanciona a ..."), its members named after it. Every sentence is written for this file; negatives: a requested,
proposed, studied, reversed or negated listing."""

import pytest

from tests.extracting import extract_text


def _got(text, language, published="2025-06-10"):
    return {(c.subject, c.object, c.props.get("designation"))
            for c in extract_text(text, language=language, published=published)
            if c.predicate == "DESIGNATED" and c.polarity == "positive" and c.modality in ("asserted", "reported")}


FTO, SDGT = "foreign terrorist organization", "specially designated global terrorist"


@pytest.mark.parametrize("text,lang,want", [
    # a nominal listing, two kinds with their acronyms, the agent after "por"/"by"
    ("La designación de Los Choneros y Los Lobos como organizaciones terroristas extranjeras (FTO) y Terroristas "
     "Globales Especialmente Designados (SDGT) por el Departamento de Estado, vigente desde septiembre, preocupa a los "
     "exportadores.", "es",
     {("state:USA", "group:los-choneros", FTO), ("state:USA", "group:los-choneros", SDGT),
      ("state:USA", "group:los-lobos", FTO), ("state:USA", "group:los-lobos", SDGT)}),
    ("Tras la designación del Tren de Aragua como «organización terrorista extranjera» (FTO, por sus siglas en inglés) "
     "por parte de Washington, los migrantes temen deportaciones.", "es", {("state:USA", "group:tren-de-aragua", FTO)}),
    ("The designation of Tren de Aragua as a Foreign Terrorist Organization (FTO) and a Specially Designated Global "
     "Terrorist (SDGT) by the State Department took effect in February.", "en",
     {("state:USA", "group:tren-de-aragua", FTO), ("state:USA", "group:tren-de-aragua", SDGT)}),
    # a category noun before the names
    ("The designation of the Haitian gang coalitions Viv Ansanm and Gran Grif as foreign terrorist organizations by "
     "the State Department took effect on May 2.", "en",
     {("state:USA", "group:viv-ansanm", FTO), ("state:USA", "group:gran-grif", FTO)}),
    ("La designación de la banda criminal Los Lobos como organización terrorista por parte de Estados Unidos "
     "sorprendió a Quito.", "es", {("state:USA", "group:los-lobos", "terrorist organization")}),
    # the two US kinds with acronyms after an active verb
    ("The State Department designated Tren de Aragua as a Foreign Terrorist Organization (FTO) and Specially "
     "Designated Global Terrorist (SDGT) in February.", "en",
     {("state:USA", "group:tren-de-aragua", FTO), ("state:USA", "group:tren-de-aragua", SDGT)}),
    ("El Departamento de Estado designó a Los Choneros como organización terrorista extranjera (FTO) y Terrorista "
     "Global Especialmente Designado (SDGT) en septiembre.", "es",
     {("state:USA", "group:los-choneros", FTO), ("state:USA", "group:los-choneros", SDGT)}),
])
def test_nominal_and_paired_kinds(text, lang, want):
    assert want <= _got(text, lang)


@pytest.mark.parametrize("text,lang,person", [
    ("11 de septiembre de 2024. El Departamento del Tesoro de los Estados Unidos sanciona a dieciséis funcionarios del "
     "CNE, del Tribunal Supremo de Justicia (TSJ) y de los cuerpos de seguridad, entre ellos a Caryslia Rodríguez, "
     "presidenta del TSJ.", "es", "official:caryslia-rodriguez"),
    ("Estados Unidos sanciona a doce funcionarios, entre ellos Diosdado Cabello.", "es", "official:diosdado-cabello"),
    ("Estados Unidos ha sancionado a buena parte del círculo familiar de la pareja presidencial, incluido Diosdado "
     "Cabello.", "es", "official:diosdado-cabello"),
    ("Washington sancionó el martes a varios jueces y magistrados, entre ellos al magistrado Maikel Moreno.", "es",
     "official:maikel-moreno"),
    ("The United States sanctioned sixteen officials on Thursday, including Diosdado Cabello.", "en",
     "official:diosdado-cabello"),
    ("Washington has sanctioned much of the presidential couple's family circle, including Diosdado Cabello.", "en",
     "official:diosdado-cabello"),
    ("The Treasury Department sanctioned several relatives of the president last year, including Diosdado Cabello.",
     "en", "official:diosdado-cabello"),
])
def test_sanctioned_set_members(text, lang, person):
    got = _got(text, lang)
    assert any(s == "state:USA" and o == person and d == "sanctions" for s, o, d in got), got


@pytest.mark.parametrize("text,lang", [
    ("Venezuela rechaza la designación del Cartel de los Soles como organización terrorista extranjera (FTO) por "
     "Estados Unidos.", "es"),
    ("Caracas urged Washington to reverse the designation of the Cartel de los Soles as a Foreign Terrorist "
     "Organization (FTO) by the State Department.", "en"),
    ("The proposed designation of the Cartel de los Soles as a Foreign Terrorist Organization (FTO) by the State "
     "Department drew criticism.", "en"),
    ("The United States is considering sanctions on sixteen officials, including Diosdado Cabello.", "en"),
    ("Estados Unidos estudia sancionar a dieciséis funcionarios, entre ellos Diosdado Cabello.", "es"),
    ("Estados Unidos no sancionó a los funcionarios, entre ellos Diosdado Cabello.", "es"),
    ("The designation of the leaders of Viv Ansanm as terrorists by the United States was announced.", "en"),
])
def test_no_listing(text, lang):
    got = _got(text, lang)
    assert not any(s == "state:USA" for s, _, _ in got), got
