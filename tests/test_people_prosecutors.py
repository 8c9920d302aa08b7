"""A Spanish prosecutor's title with no body named holds that office in the prosecution service (issue
3, HOLDS_ROLE): "la fiscal Beatriz Sanz", "El fiscal del caso, X". The document's own named service
("la Fiscalía General de la Nación") when it names one; a former prosecutor, a fiscal adviser or a
prosecutor whose title names the body are not read this way."""

import pytest

from extracting import extract_text, holds_roles


def _roles(text):
    return holds_roles(text, language="es", published="2025-05-10")


@pytest.mark.parametrize("text, person", [
    ("La fiscal Beatriz Sanz pidió diez años de prisión para ambos acusados.", "official:beatriz-sanz"),
    ("La fiscal del caso, Marcela Ibagón, sostuvo que los acusados recibían órdenes de la disidencia.",
     "official:marcela-ibagon"),
    ("El fiscal del caso, Álvaro Menéndez, pidió penas de hasta doce años.", "official:alvaro-menendez"),
    ("Durante la audiencia, el fiscal Rodrigo Cárdenas leyó los cargos contra los tres detenidos.",
     "official:rodrigo-cardenas"),
])
def test_a_prosecutor_serves_the_prosecution_service(text, person):
    assert (person, "group:fiscalia", "prosecutor") in _roles(text)


def test_the_documents_own_prosecution_service_is_the_owner():
    text = ("La Fiscalía General de la Nación imputó a cinco miembros de la red. "
            "La fiscal del caso, Marcela Ibagón, sostuvo que los acusados recibían órdenes de la disidencia.")
    got = {(p, o) for p, o, _ in _roles(text)}
    assert ("official:marcela-ibagon", "group:fiscalia-general-de-la-nacion") in got
    assert ("official:marcela-ibagon", "group:fiscalia") not in got


@pytest.mark.parametrize("text", [
    "El exfiscal Tomás Lagos dirige hoy el centro de estudios Umbral.",
    "El asesor fiscal Ramiro Dávila criticó el presupuesto.",
    "La fiscal general de Estados Unidos, Pam Bondi, anunció los cargos.",
])
def test_no_generic_prosecution_service(text):
    assert not any(o == "group:fiscalia" for _, o, _ in _roles(text))
