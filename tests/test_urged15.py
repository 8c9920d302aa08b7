"""Session 15 (urged15): what a request asks is read from the request itself (not from a new clause after it,
a "sin que" clause, a time phrase or an aside before it); lead-in verbs give way to the act they lead to; a
request's own first verb counts before a coordinated one. SUPPLIED: a further list item before the recipient,
items inside "anti-X" words, Spanish "no tripulados" is no negation, "no public evidence that" is."""

import pytest

from tests.extracting import extract_text


def _urged(text, lang):
    return {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published="2025-06-01")
            if c.predicate == "URGED" and c.polarity == "positive"}


def _actions(text, lang):
    return {a for _, _, a in _urged(text, lang)}


def _supplied(text, lang, polarity="positive"):
    return {(c.subject, c.object) for c in extract_text(text, language=lang, published="2025-06-01")
            if c.predicate == "SUPPLIED" and c.polarity == polarity}


# --- the request ends where a new clause with its own subject starts, after a time phrase too
@pytest.mark.parametrize("text", [
    "Washington has pressed Rwanda for months to pull its troops out, and in February the Treasury sanctioned two generals.",
    "France urged Mali to withdraw its troops, and last week the European Union sanctioned three officers.",
    "Germany asked Serbia to withdraw its forces, but on Monday Brussels sanctioned two ministers.",
])
def test_request_ends_at_new_clause_en(text):
    assert _actions(text, "en") == {"withdraw"}


@pytest.mark.parametrize("text,act", [
    ("Venezuela exige a Trinidad y Tobago que ordene el retiro de las tropas, sin que esta exigencia implique ruptura alguna de relaciones.", "withdraw"),
    ("Colombia pidió a Ecuador que libere a los detenidos sin que ello suponga romper relaciones.", "release"),
])
def test_sin_que_clause_is_no_request_es(text, act):
    assert _actions(text, "es") == {act}


# --- a time phrase and an aside between the one asked and the request
@pytest.mark.parametrize("text,lang", [
    ("Christopher Landau pidió al Gobierno guatemalteco la semana pasada, en una llamada con el canciller Carlos Ramiro Martínez, "
     "que declarara terroristas a las pandillas.", "es"),
    ("Estados Unidos pidió a Honduras, en una carta al presidente, que declare terroristas a las maras.", "es"),
    ("The United States asked Honduras on Monday to designate the gangs as terrorists.", "en"),
])
def test_time_and_aside_before_request(text, lang):
    assert _actions(text, lang) == {"designate"}


# --- lead-ins: measures, timetables and orders lead to the act they name
@pytest.mark.parametrize("text,lang,act", [
    ("Lithuania has demanded that Minsk take immediate measures to stop these flights.", "en", "halt"),
    ("Tom Barrack urged Lebanon to set a timetable for the disarmament of Hezbollah.", "en", "disarm"),
    ("Tom Barrack había instado al Gobierno libanés a fijar por escrito un calendario para el desarme de Hezbolá.", "es", "disarm"),
    ("México pidió a Perú que establezca un plazo para la liberación de los detenidos.", "es", "release"),
    ("Britain called on Iran to order the release of the two journalists.", "en", "release"),
    ("Japan has asked China to take appropriate action against the consul.", "en", "act"),
])
def test_lead_in_gives_way_to_act(text, lang, act):
    assert _actions(text, lang) == {act}


# --- the request's own first verb before a coordinated act word
@pytest.mark.parametrize("text,lang,acts", [
    ("La cancillería sudanesa pidió a Bogotá que impida el reclutamiento de sus ciudadanos y que sancione a los responsables.",
     "es", {"prevent", "sanction"}),
    ("Ukraine urged Hungary to prevent the transit of the shipments and to sanction the companies involved.", "en", {"prevent", "sanction"}),
])
def test_first_verb_counts_before_coordinated_act(text, lang, acts):
    assert _actions(text, lang) == acts


def test_return_to_a_stance_es():
    assert _actions("Argel ha pedido a Madrid que vuelva a la neutralidad activa anterior a 2022.", "es") == {"return"}


# --- SUPPLIED
@pytest.mark.parametrize("text,lang,pair", [
    ("Russia has transferred air defence systems, electronic warfare equipment and more than one million barrels of refined "
     "petroleum to Pyongyang.", "en", ("state:RUS", "state:PRK")),
    ("Iran sent rifles, anti-tank missiles and a large quantity of spare parts for its drones to the Houthis.", "en",
     ("state:IRN", "group:houthis")),
    ("Rusia ha entregado sistemas antiaéreos, equipos de guerra electrónica y más de un millón de barriles de petróleo "
     "refinado a Corea del Norte.", "es", ("state:RUS", "state:PRK")),
])
def test_further_item_before_recipient(text, lang, pair):
    assert pair in _supplied(text, lang)


def test_items_inside_anti_words_en():
    claims = [c for c in extract_text("Lithuania has delivered anti-drone systems and ammunition to Ukraine.", language="en",
                                      published="2025-06-01") if c.predicate == "SUPPLIED"]
    assert claims and "anti-drone systems" in claims[0].props["items"]


@pytest.mark.parametrize("text,pair", [
    ("Turquía vendió vehículos aéreos no tripulados a Marruecos.", ("state:TUR", "state:MAR")),
    ("Irán envió drones y una cantidad no revelada de piezas de repuesto a los hutíes.", ("state:IRN", "group:houthis")),
    ("China entregó a Pakistán armamento no letal.", ("state:CHN", "state:PAK")),
])
def test_qualifying_no_is_no_negation_es(text, pair):
    assert pair in _supplied(text, "es")


def test_verb_negation_still_denies_es():
    assert ("state:IRN", "state:VEN") in _supplied("Irán no envió drones a Venezuela.", "es", "negative")


@pytest.mark.parametrize("text,lang", [
    ("No hay evidencia pública de que Teherán haya entregado drones a La Paz.", "es"),
    ("There is no public evidence that Iran delivered drones to Bolivia.", "en"),
])
def test_no_evidence_that_is_no_supply(text, lang):
    assert not _supplied(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("The United States has supplied the Haitian National Police with armoured vehicles.", "en"),
    ("Estados Unidos ha entregado vehículos blindados a la Policía Nacional de Haití.", "es"),
])
def test_haitian_police_is_named(text, lang):
    assert ("state:USA", "group:pnh") in _supplied(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("No hay pruebas públicas de que Irán haya enviado drones a Nicaragua, como aseguran algunos congresistas.", "es"),
    ("There is no public evidence that Iran sent drones to Nicaragua, as some lawmakers in Washington claim.", "en"),
])
def test_doubted_claim_of_others_stays_alleged(text, lang):
    claims = [c for c in extract_text(text, language=lang, published="2025-06-01") if c.predicate == "SUPPLIED"]
    assert claims and all(c.polarity == "positive" and c.modality == "alleged" for c in claims)
