"""A round-up's section head ("URUGUAY. La ministra ...") is the state of the paragraph's
unmarked titles, not the state the headline is about (written for this test, not corpus text)."""

from extracting import extract_text

ROUNDUP_ES = """Semana agitada en el Sahel

SAHEL. Malí y Burkina Faso acusaron a Argelia de apoyar a grupos rebeldes. Malí retiró a su embajador.

URUGUAY. La ministra de Defensa, Carmen Ibarra, y su homólogo brasileño, Paulo Teixeira, firmaron en Rivera un memorando de cooperación fronteriza.

CHILE. El canciller, Andrés Molina, presentó el martes su renuncia.
"""

ROUNDUP_EN = """The week in the Sahel and beyond

SAHEL. Mali accused Algeria of arming rebels in the north. Mali recalled its ambassador.

PERU. The defence minister, Rosa Quispe, inaugurated a new naval base on Tuesday.
"""


def _roles(text: str, lang: str) -> set[tuple[str, str]]:
    return {(c.subject, c.object) for c in extract_text(text, language=lang, published="2025-04-12")
            if c.predicate == "HOLDS_ROLE"}


def test_section_head_owns_unmarked_minister_es():
    roles = _roles(ROUNDUP_ES, "es")
    assert ("official:carmen-ibarra", "state:URY") in roles
    assert ("official:carmen-ibarra", "state:MLI") not in roles
    assert ("official:andres-molina", "state:CHL") in roles


def test_section_head_owns_unmarked_minister_en():
    roles = _roles(ROUNDUP_EN, "en")
    assert ("official:rosa-quispe", "state:PER") in roles
    assert not any(o == "state:MLI" for _, o in roles)


def test_signing_party_follows_section_head():
    claims = extract_text(ROUNDUP_ES, language="es", published="2025-04-12")
    parties = {c.subject for c in claims if c.predicate == "PARTY_TO"}
    assert "state:MLI" not in parties
