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
