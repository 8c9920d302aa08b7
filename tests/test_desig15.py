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


@pytest.mark.parametrize("text,want", [
    # a comparison whose clitic takes up the listing just said: its postposed subjects did list, whatever the main
    # clause (a refusal, a study) does with it
    ("El canciller descartó que el gobierno vaya a declarar organización terrorista al Cartel de los Soles, como lo "
     "hicieron en agosto la Argentina, Paraguay y el Ecuador.",
     {("state:ARG", "group:cartel-de-los-soles"), ("state:PRY", "group:cartel-de-los-soles"),
      ("state:ECU", "group:cartel-de-los-soles")}),
    ("Chile estudia incluir al Tren de Aragua en su lista de organizaciones terroristas, tal como ya lo hizo Perú en "
     "marzo.", {("state:PER", "group:tren-de-aragua")}),
    ("Perú declaró organización terrorista al Tren de Aragua, como lo hizo antes Argentina.",
     {("state:PER", "group:tren-de-aragua"), ("state:ARG", "group:tren-de-aragua")}),
    # inside a request, quoted: the request blocks its own act, not the one compared with
    ("El senador Juan Pérez, del Partido Liberal, pidió al Gobierno declarar al ELN organización terrorista, \"como lo "
     "hizo Estados Unidos en 1997\", y reanudar las órdenes de captura.", {("state:USA", "group:eln")}),
])
def test_como_lo_hicieron(text, want):
    assert want <= {(s, o) for s, o, _ in _got(text, "es")}


@pytest.mark.parametrize("text,absent", [
    # the refusing or studying state lists nothing; "como lo hizo con X" repeats the act on another object
    ("Chile estudia incluir al Tren de Aragua en su lista de organizaciones terroristas, tal como ya lo hizo Perú en "
     "marzo.", ("state:CHL", "group:tren-de-aragua")),
    ("Colombia pidió a Ecuador no declarar terrorista al Tren de Aragua, como lo hizo con Los Lobos.",
     ("state:ECU", "group:tren-de-aragua")),
    ("Colombia pidió a Ecuador no declarar terrorista al Tren de Aragua, como lo hizo con Los Lobos.",
     ("state:COL", "group:tren-de-aragua")),
    ("El senador Juan Pérez pidió al Gobierno declarar al ELN organización terrorista, como lo hizo Estados Unidos en "
     "1997.", ("state:COL", "group:eln")),
])
def test_como_lo_hicieron_not(text, absent):
    assert absent not in {(s, o) for s, o, _ in _got(text, "es")}


@pytest.mark.parametrize("text,lang,want", [
    # a standing sanctions listing by two owners: "both", a reflexive after the listed, "tanto de ... como de", "de ... y de"
    ("The M23 itself remains under both US and UN sanctions.", "en", {("state:USA", "group:m23"), ("group:un", "group:m23")}),
    ("The Wagner Group is under both EU and US sanctions.", "en",
     {("group:eu", "group:wagner-group"), ("state:USA", "group:wagner-group")}),
    ("El M23 sigue bajo sanciones tanto de Estados Unidos como de la ONU.", "es",
     {("state:USA", "group:m23"), ("group:un", "group:m23")}),
    ("Wagner está bajo sanciones de Estados Unidos y de la Unión Europea desde 2023.", "es",
     {("state:USA", "group:wagner-group"), ("group:eu", "group:wagner-group")}),
])
def test_under_sanctions_of_two(text, lang, want):
    assert want <= {(s, o) for s, o, _ in _got(text, lang)}


@pytest.mark.parametrize("text,lang", [
    ("The M23 is no longer under both US and UN sanctions.", "en"),
    ("El M23 ya no está bajo sanciones tanto de Estados Unidos como de la ONU.", "es"),
])
def test_under_sanctions_lifted(text, lang):
    assert not _got(text, lang)


def test_como_lo_hicieron_dated_by_its_own_phrase():
    # the comparison's time phrase dates the compared listing, not the refusal's "esta semana"
    claims = extract_text("El canciller descartó esta semana que el gobierno vaya a declarar organización terrorista al "
                          "Cartel de los Soles, como lo hicieron en agosto la Argentina y Paraguay.",
                          language="es", published="2025-11-20")
    got = {(c.subject, c.date) for c in claims if c.predicate == "DESIGNATED" and c.polarity == "positive"}
    assert {("state:ARG", "2025-08"), ("state:PRY", "2025-08")} <= got
