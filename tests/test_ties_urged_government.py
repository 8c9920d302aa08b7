"""Who "the government" is when an organisation asks it (session 6 mechanism): a party, an NGO,
a council or an ombudsman asking "the Government" / "al Gobierno" / "ministers" asks its own
country's, whatever the dateline ("NUAKCHOT — ... la Comisión Española de Ayuda al Refugiado
pidió al Gobierno" is Spain asked); an organisation found only by its name's shape with no
country gives the dateline's state, else nothing. A community's council is no state body, so it
is no PART_OF its country and stays the one asking. Every sentence is written for these tests."""

from tests.extracting import extract_text, positive_pairs


def urged(text, lang="en"):
    return positive_pairs(text, "URGED", language=lang, published="2024-05-01")


def part_of(text, lang="en"):
    return positive_pairs(text, "PART_OF", language=lang, published="2024-05-01")


def test_a_national_ngo_asks_its_own_government_whatever_the_dateline():
    text = ("RABAT, 3 may (EFE).- España y Marruecos firmaron un acuerdo migratorio. La Comisión Española de Ayuda "
            "al Refugiado pidió al Gobierno que publique el texto íntegro.")
    got = urged(text, "es")
    assert any(s.startswith("group:comision-espanola") and o == "state:ESP" for s, o in got)
    assert not any(o == "state:MAR" for s, o in got if s.startswith("group:comision"))


def test_a_community_council_presses_ministers():
    text = ("Canada listed the group on Monday. The Canadian Muslim Council had pressed ministers since March to "
            "list the whole network, and welcomed the decision.")
    assert ("group:canadian-muslim-council", "state:CAN") in urged(text)
    assert ("group:canadian-muslim-council", "state:CAN") not in part_of(text)


def test_a_party_found_by_its_shape_asks_the_dateline_state():
    text = ("LIMA — Peru signed a defence pact with Brazil on Monday. Lawmakers from the Fuerza Ciudadana party "
            "have asked the government to send the text to Congress.")
    assert ("group:fuerza-ciudadana", "state:PER") in urged(text)


def test_no_dateline_and_no_country_gives_nothing():
    text = ("Peru and Brazil signed a defence pact on Monday. Lawmakers from the Fuerza Ciudadana party have "
            "asked the government to send the text to Congress.")
    assert not any(s == "group:fuerza-ciudadana" for s, o in urged(text))


def test_a_state_body_asking_its_own_government_is_the_one_asking():
    text = ("BOGOTÁ (EFE) — La Defensoría del Pueblo de Colombia pidió al Gobierno reforzar la protección de los "
            "testigos del juicio.")
    got = urged(text, "es")
    assert got and all(s != o for s, o in got)


def test_requests_that_are_questions_or_denied_give_no_positive():
    assert urged("¿Pidió la Comisión Española de Ayuda al Refugiado al Gobierno que publique el texto?", "es") == set()
    claims = extract_text("The Canadian Muslim Council has not asked the government to list the network.",
                          language="en", published="2024-05-01")
    assert not [c for c in claims if c.predicate == "URGED" and c.polarity == "positive"]


# -- "pedir a X + infinitivo" ------------------------------------------------------------------

def test_pedir_a_with_a_bare_infinitive():
    assert ("state:MEX", "state:USA") in urged("México pidió a Washington compartir las pruebas que tenga.", "es")
    assert ("state:ARG", "state:GBR") in urged("Argentina le solicitó al Reino Unido retomar las negociaciones.", "es")
    got = urged("El canciller colombiano exigió ayer a Venezuela liberar a los detenidos.", "es")
    assert ("state:VEN" in {o for s, o in got})


def test_pedir_a_infinitive_negatives():
    assert urged("México no pidió a Washington compartir las pruebas.", "es") == set()
    assert urged("¿Pidió México a Washington compartir las pruebas?", "es") == set()
    # a reported wish of someone else is no request by the state named after "a"
    assert ("state:USA", "state:MEX") not in urged("México pidió a Washington compartir las pruebas.", "es")
