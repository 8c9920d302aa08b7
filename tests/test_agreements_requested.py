"""A request to sign is no signing: the one asked has not signed (written for this test)."""

import pytest

from extracting import extract_text

REQUESTS = [
    ("es", "Brasil pidió a Chile y Perú firmar un pacto de defensa."),
    ("es", "La OEA instó a Guatemala y Belice a suscribir un acuerdo fronterizo."),
    ("es", "Washington exigió a Panamá y Colombia firmar un memorando contra el tráfico de migrantes."),
    ("en", "Brazil urged Chile and Peru to sign a defence pact."),
    ("en", "The EU pressed Serbia and Kosovo to sign the agreement on licence plates."),
]
SIGNINGS = [
    ("es", "Chile y Perú firmaron el martes un pacto de defensa."),
    ("es", "Tras la petición de Brasil, Chile y Perú firmaron un memorando de defensa."),
    ("en", "Chile and Peru signed a defence pact on Tuesday."),
]


@pytest.mark.parametrize("lang,text", REQUESTS)
def test_request_to_sign_is_no_signing(lang, text):
    claims = extract_text(text, language=lang, published="2025-11-20")
    assert not [c for c in claims if c.predicate in ("PARTY_TO", "SIGNED_MOU_WITH") and c.polarity == "positive"]
    assert any(c.predicate == "URGED" for c in claims)


@pytest.mark.parametrize("lang,text", SIGNINGS)
def test_signing_still_read(lang, text):
    claims = extract_text(text, language=lang, published="2025-11-20")
    parties = {c.subject for c in claims if c.predicate == "PARTY_TO" and c.polarity == "positive"}
    assert {"state:CHL", "state:PER"} <= parties
