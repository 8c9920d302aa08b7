"""Correferencia en texto nuevo (issue 3), español: sujetos tácitos, pronombres, descripciones
de Estados y de personas. Frases escritas para estas pruebas (ninguna copiada de un corpus),
con el estilo de agencias y de la prensa de varios países, y negativos que no deben dar nada."""

import pytest

from tests.extracting import extract_text


def _facts(text, pred, published="2024-05-01"):
    return {(c.subject, c.object) for c in extract_text(text, language="es", published=published)
            if c.predicate == pred and c.polarity == "positive"}


# -- 1. sujeto tácito tras un complemento circunstancial: el sujeto de la frase anterior -----

@pytest.mark.parametrize("text,pred,expected", [
    # agencia: un día con coma
    ("Uruguay incluyó a Hamás en su lista de organizaciones terroristas el lunes. El jueves, declaró a Hezbolá "
     "organización terrorista.", "DESIGNATED", {("state:URY", "group:hezbollah")}),
    # prensa argentina: complemento sin coma
    ("Ecuador declaró a Hamás grupo terrorista en enero. Dos semanas después designó a los hutíes como "
     "organización terrorista.", "DESIGNATED", {("state:ECU", "group:houthis")}),
    # prensa mexicana: "En un comunicado,"
    ("Estados Unidos convocó al embajador de Venezuela. En un comunicado, exigió a Nicaragua liberar a los "
     "presos políticos.", "URGED", {("state:USA", "state:NIC")}),
    # verbo en plural tras dos sujetos: ambos
    ("Paraguay y Argentina firmaron un acuerdo fronterizo el martes. El miércoles designaron a Hezbolá como "
     "organización terrorista.", "DESIGNATED", {("state:PRY", "group:hezbollah"), ("state:ARG", "group:hezbollah")}),
    # adverbio en -mente
    ("Colombia rompió relaciones con Israel en mayo. Posteriormente, acusó a Irán de financiar a Hezbolá.",
     "ALLEGED_TIES", {("state:IRN", "group:hezbollah")}),
])
def test_null_subject_after_an_adverbial_is_the_previous_subject(text, pred, expected):
    assert _facts(text, pred) >= expected


@pytest.mark.parametrize("text", [
    # verbo en singular tras dos sujetos: no se sabe cuál
    "Paraguay y Argentina se reunieron el martes. El miércoles designó a Hezbolá como organización terrorista.",
    "Paraguay y Argentina se reunieron el martes. Además, designó a Hezbolá como organización terrorista.",
    # un sujeto desconocido abre la frase
    "Argentina se reunió con Chile el martes. La oposición, en cambio, designó a Hezbolá como organización terrorista.",
    # un punto y aparte abre otro tema
    "Argentina se reunió con Chile el martes.\n\nEl miércoles, designó a Hezbolá como organización terrorista.",
    # una condición no es un acto
    "Argentina se reunió con Chile el martes. Si el Congreso lo aprueba, designará a Hezbolá como organización terrorista.",
])
def test_null_subject_negatives(text):
    assert not [s for s, _ in _facts(text, "DESIGNATED") if s in ("state:ARG", "state:PRY", "state:CHL")]


def test_a_person_is_not_the_subject_of_a_plural_verb():
    got = _facts("El canciller Mauro Vieira viajó a Caracas. Durante la visita, exigieron a Venezuela publicar las actas.",
                 "URGED")
    assert not got & {("official:mauro-vieira", "state:VEN"), ("state:BRA", "state:VEN")}


# -- 2. pronombres objeto: "lo designó", "los declaró" ----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Hezbolá opera en el sur del Líbano. Colombia lo declaró organización terrorista en 2020.",
     {("state:COL", "group:hezbollah")}),
    ("Los Choneros y Los Lobos son las bandas más grandes del país. Ecuador las declaró grupos terroristas en enero.",
     {("state:ECU", "group:los-choneros"), ("state:ECU", "group:los-lobos")}),
])
def test_clitic_object_is_the_group_spoken_of(text, expected):
    assert _facts(text, "DESIGNATED") == expected


def test_clitic_object_negatives():
    # una petición no es una designación
    assert not _facts("Hezbolá opera en el sur del Líbano. Israel pidió a Colombia que lo declare organización terrorista.",
                      "DESIGNATED")
    # una negativa no es un hecho positivo
    assert not _facts("Hezbolá opera en el sur del Líbano. Brasil se niega a declararlo organización terrorista.",
                      "DESIGNATED")


# -- 3. descripciones de Estados ------------------------------------------------------------

@pytest.mark.parametrize("text,pred,expected", [
    # prensa española: "el reino" tras un solo reino nombrado
    ("Arabia Saudita acogió la reunión en Yeda. El reino declaró a los hutíes organización terrorista.",
     "DESIGNATED", {("state:SAU", "group:houthis")}),
    # prensa marroquí/española: apodo con nombre de dinastía
    ("La monarquía alauí rompió relaciones con Irán en 2018.", "SEVERED_TIES", {("state:MAR", "state:IRN")}),
    # prensa latinoamericana: "el gigante asiático"
    ("El gigante asiático firmó un memorando de entendimiento con Bolivia en junio.", "SIGNED_MOU_WITH",
     {("state:CHN", "state:BOL")}),
    # "el país andino" tras un solo país andino en el párrafo
    ("Bolivia recibió al enviado iraní en La Paz. El país andino rompió relaciones con Israel en 2023.",
     "SEVERED_TIES", {("state:BOL", "state:ISR")}),
    # sede de gobierno
    ("La Casa de Nariño pidió a Venezuela publicar las actas electorales.", "URGED", {("state:COL", "state:VEN")}),
])
def test_state_descriptions_resolve_when_one_state_fits(text, pred, expected):
    assert _facts(text, pred) == expected


@pytest.mark.parametrize("text", [
    "Marruecos y España celebraron una cumbre en Rabat. El reino declaró a Hezbolá organización terrorista.",
    "Perú firmó un acuerdo con Bolivia. El país andino declaró a Hezbolá organización terrorista.",
    "Perú acogió la cumbre. El reino declaró a Hezbolá organización terrorista.",
])
def test_state_description_negatives(text):
    got = _facts(text, "DESIGNATED")
    assert not {s for s, _ in got} & {"state:MAR", "state:ESP", "state:PER", "state:BOL"}


# -- "el Gobierno", "la Cancillería" sin Estado nombrado --------------------------------------

def test_bare_government_is_the_one_state_the_text_touches():
    got = _facts("La economía argentina se contrajo el año pasado. El Gobierno declaró a Hamás organización terrorista "
                 "en julio.", "DESIGNATED")
    assert got == {("state:ARG", "group:hamas")}
    got = _facts("La inflación en Paraguay bajó en mayo. La Cancillería exigió a Venezuela liberar a los periodistas "
                 "detenidos.", "URGED")
    assert got == {("state:PRY", "state:VEN")}


def test_bare_government_negatives():
    assert not _facts("El presidente paraguayo, Santiago Peña, recibió a funcionarios israelíes. El Gobierno declaró a "
                      "Hezbolá organización terrorista.", "DESIGNATED")


# -- 4. personas descritas por su cargo ------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("El presidente Daniel Noboa firmó el decreto en Quito. El mandatario también pidió a Colombia reforzar el "
     "control de la frontera.", {("official:daniel-noboa", "state:COL")}),
    ("La canciller Diana Mondino viajó a Brasilia. La canciller exigió a Venezuela publicar las actas.",
     {("official:diana-mondino", "state:VEN")}),
])
def test_office_descriptions_resolve_to_the_one_holder(text, expected):
    assert _facts(text, "URGED") == expected


@pytest.mark.parametrize("text", [
    "Los presidentes Gustavo Petro y Lula da Silva se reunieron en Bogotá. El mandatario pidió a Venezuela publicar las actas.",
    "El presidente Gustavo Petro habló el lunes. La canciller exigió a Venezuela publicar las actas.",
])
def test_office_description_negatives(text):
    assert not _facts(text, "URGED")


# -- a quién se pide: "le exigió", "les pidió" -------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Estados Unidos sancionó a Venezuela el martes. Además, le exigió liberar a los presos políticos.",
     {("state:USA", "state:VEN")}),
    # el que pide es una agencia del mismo Estado
    ("Estados Unidos sancionó a Venezuela el martes. El Departamento de Estado le exigió liberar a los presos.",
     {("state:USA", "state:VEN")}),
    ("Venezuela celebró elecciones en julio. El Gobierno de Brasil le pidió publicar las actas.",
     {("state:BRA", "state:VEN")}),
])
def test_request_clitic_is_the_one_other_party_of_the_sentence_before(text, expected):
    assert _facts(text, "URGED") == expected


@pytest.mark.parametrize("text", [
    # dos partes posibles
    "Hamás atacó a Israel en octubre. Catar le pidió liberar a los rehenes.",
    # punto y aparte
    "Venezuela celebró elecciones en julio.\n\nEl Gobierno de Brasil le pidió publicar las actas.",
    # nadie pide: el sujeto no es un actor conocido
    "Venezuela celebró elecciones en julio. La oposición le pidió publicar las actas.",
])
def test_request_clitic_negatives(text):
    assert not [o for s, o in _facts(text, "URGED") if o in ("state:VEN", "state:ISR", "group:hamas")]


# -- "su canciller", "este último" -------------------------------------------------------------

def test_possessive_office_is_the_office_of_the_paragraphs_subject():
    assert _facts("Brasil acogió la cumbre regional el lunes. Su canciller pidió a Venezuela publicar las actas.",
                  "URGED") == {("state:BRA", "state:VEN")}
    # "su" + algo que no es un cargo
    assert not _facts("Brasil acogió la cumbre regional el lunes. Su delegación pidió a Venezuela publicar las actas.",
                      "URGED")


def test_the_latter_es():
    assert ("state:VEN", "state:COL") in _facts(
        "Colombia y Venezuela restablecieron relaciones en 2022. Esta última pidió luego a Bogotá extraditar a los "
        "disidentes.", "URGED")


@pytest.mark.parametrize("text,pred,expected", [
    # presente de un verbo de relación (lista cerrada), tras un conector
    ("Argentina declaró a Hamás organización terrorista en julio. Además, exige a Irán extraditar a los acusados "
     "del atentado.", "URGED", {("state:ARG", "state:IRN")}),
    # "Según ...," antes del verbo
    ("Argentina declaró a Hamás organización terrorista en julio. Según el comunicado oficial, designó también a "
     "Hezbolá como organización terrorista.", "DESIGNATED",
     {("state:ARG", "group:hamas"), ("state:ARG", "group:hezbollah")}),
    # presente plural tras dos sujetos
    ("Paraguay y Argentina se reunieron en Asunción. Además, exigen a Venezuela liberar a los presos políticos.",
     "URGED", {("state:PRY", "state:VEN"), ("state:ARG", "state:VEN")}),
])
def test_null_subject_more_forms(text, pred, expected):
    assert _facts(text, pred) == expected


def test_null_subject_present_singular_after_two_subjects_is_nothing():
    assert not _facts("Paraguay y Argentina se reunieron en Asunción. Además, exige a Venezuela liberar a los presos.",
                      "URGED")


def test_previous_subject_after_an_opening_adverbial():
    got = _facts("En un decreto publicado el lunes, Paraguay declaró a Hamás organización terrorista. Además, designó "
                 "a Hezbolá como organización terrorista.", "DESIGNATED")
    assert got == {("state:PRY", "group:hamas"), ("state:PRY", "group:hezbollah")}
    # "Según Israel, ...": Israel no es sujeto de nada
    got = _facts("Según Israel, Argentina prepara una nueva lista. Además, designó a Hezbolá como organización terrorista.",
                 "DESIGNATED")
    assert not [s for s, _ in got if s in ("state:ISR", "state:ARG")]
