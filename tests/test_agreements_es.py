"""Acuerdos y firmantes leídos por construcción (loaders/agreements.py), en español.
Frases propias (otros actores, órdenes y nombres de acuerdo que los corpus), con negativos
que no deben dar nada: planes, negativas, borradores, negociaciones, retiradas."""

import pytest

from tests.extracting import extract_text

PUB = "2024-05-10"


def _claims(text, pub=PUB):
    return [c for c in extract_text(text, language="es", published=pub) if c.polarity == "positive"
            and c.predicate in ("PARTY_TO", "SIGNED", "SIGNED_MOU_WITH")]


def _parties(text, pub=PUB):
    return {c.subject for c in _claims(text, pub) if c.predicate == "PARTY_TO"}


@pytest.mark.parametrize("text,parties", [
    ("Colombia y Ecuador renovaron en 2022 el convenio de cooperación militar.", {"state:COL", "state:ECU"}),
    ("Uruguay cerró el martes con Bolivia un acuerdo energético.", {"state:URY", "state:BOL"}),
    ("Panamá, por su parte, ratificó en enero el tratado de extradición con Costa Rica.", {"state:PAN", "state:CRI"}),
    ("Honduras selló ayer con El Salvador una carta de intención sobre seguridad fronteriza.", {"state:HND", "state:SLV"}),
])
def test_verbos_y_nombres_de_acuerdo_que_las_reglas_no_recogen(text, parties):
    assert _parties(text) == parties


def test_un_participio_fecha_un_acuerdo_pasado():
    claims = _claims("Paraguay y Brasil siguen obligados por un tratado firmado en 1973.")
    assert {(c.subject, c.date) for c in claims if c.predicate == "PARTY_TO"} == {("state:PRY", "1973"), ("state:BRA", "1973")}


def test_la_fecha_es_la_de_la_firma():
    claims = _claims("Uruguay cerró el martes con Bolivia un acuerdo energético, informó el viernes la cancillería.")
    assert {c.date for c in claims if c.predicate == "PARTY_TO"} == {"2024-05-07"}


def test_un_memorando_entre_estados_es_signed_mou_with():
    claims = _claims("Guatemala, por su parte, suscribió en marzo con Belice un memorando de entendimiento.")
    assert {(c.subject, c.object) for c in claims if c.predicate == "SIGNED_MOU_WITH"} in (
        {("state:GTM", "state:BLZ")}, {("state:BLZ", "state:GTM")})


@pytest.mark.parametrize("text", [
    "Uruguay podría cerrar con Bolivia un acuerdo energético en junio.",
    "Uruguay se negó a renovar el convenio con Bolivia.",
    "Uruguay se retiró del tratado con Bolivia en 2023.",
    "Uruguay y Bolivia negocian un borrador de acuerdo energético.",
    "Uruguay va a ratificar el tratado con Bolivia.",
    "Si Uruguay cerrara con Bolivia un acuerdo energético, Chile lo lamentaría.",
    "¿Cerró Uruguay con Bolivia un acuerdo energético?",
    "Bolivia pidió a Uruguay que ratificara el tratado de extradición.",
    "Panamá ratificó una ley que critica el tratado con Costa Rica.",
])
def test_planes_negativas_borradores_y_retiradas_no_dan_partes(text):
    assert _parties(text) == set()


@pytest.mark.parametrize("text,party,name", [
    ("Chile ratificó el Acuerdo de Escazú en mayo de 2022.", "state:CHL", "agreement:acuerdo-de-escazu"),
    ("Perú se adhirió al Tratado de Tlatelolco el martes.", "state:PER", "agreement:tratado-de-tlatelolco"),
])
def test_una_parte_se_adhiere_a_un_acuerdo_con_nombre(text, party, name):
    assert {(c.subject, c.object) for c in _claims(text) if c.predicate == "PARTY_TO"} == {(party, name)}


@pytest.mark.parametrize("text", [
    "México se retiró del Tratado de Tlatelolco en 2023.",
    "Argentina podría adherirse al Acuerdo de Escazú.",
    "Bolivia no ha ratificado el Acuerdo de Escazú.",
])
def test_salir_o_quizá_adherirse_no_da_partes(text):
    assert _parties(text) == set()
