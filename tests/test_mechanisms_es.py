"""Mecanismos generales de cobertura (issue 3), en español: frases propias, con negativos."""

from tests.extracting import extract_text


def _facts(text, pred, published="2024-05-01"):
    return {(c.subject, c.object) for c in extract_text(text, language="es", published=published)
            if c.predicate == pred and c.polarity == "positive"}


def test_sujeto_coordinado_cada_miembro():
    got = _facts("Catar y Turquía instaron a Hamás a aceptar la propuesta de alto el fuego.", "URGED")
    assert got == {("state:QAT", "group:hamas"), ("state:TUR", "group:hamas")}


def test_sujeto_coordinado_de_tres():
    got = _facts("Egipto, Catar y Jordania presionaron a Hamás para liberar a los rehenes.", "URGED")
    assert got == {("state:EGY", "group:hamas"), ("state:QAT", "group:hamas"), ("state:JOR", "group:hamas")}


def test_clausula_nueva_tras_coma_y_no_es_lista():
    got = _facts("Israel atacó a Irán, y Estados Unidos instó a Hamás a desarmarse.", "URGED")
    assert ("state:IRN", "group:hamas") not in got
