"""Session 13: requests with an adverbial aside before the requested act, requests to "adopt the same measure"
read as the act the text names before, a request's date after "volvió a instar", and severing from "el
gobierno de X". Requests are never the act requested."""

import pytest

from tests.extracting import extract_text


def _urged(text, lang, pub="2024-05-03"):
    return {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published=pub)
            if c.predicate == "URGED" and c.polarity == "positive"}


def _severed(text, lang, pub="2024-05-03"):
    return {(c.subject, c.object) for c in extract_text(text, language=lang, published=pub)
            if c.predicate == "SEVERED_TIES" and c.polarity == "positive"}


@pytest.mark.parametrize("text,lang", [
    ("Colombia instó a Chile y a Brasil, durante conversaciones en abril, a que rompieran relaciones con Israel.", "es"),
    ("Colombia urged Chile and Brazil, during phone calls in April, to cut ties with Israel.", "en"),
])
def test_aside_before_the_request_is_no_act(text, lang):
    assert _urged(text, lang) == {("state:COL", "state:CHL", "sever ties"), ("state:COL", "state:BRA", "sever ties")}
    assert _severed(text, lang) == set()  # the addressees' requested act did not happen


@pytest.mark.parametrize("text,lang,action", [
    ("México pidió a Guatemala, una vez más, que extradite a los sospechosos.", "es", "extradite"),
    ("Mexico asked Guatemala, according to two officials, to extradite the suspects.", "en", "extradite"),
    ("The United States pressed Ethiopia, once again, to drop the memorandum.", "en", "drop"),
])
def test_aside_single_addressee(text, lang, action):
    assert {a for _, _, a in _urged(text, lang)} == {action}


@pytest.mark.parametrize("text,lang,action", [
    ("Paraguay designó al Cartel de los Soles como organización terrorista. El presidente de Paraguay, Santiago Peña, "
     "instó a los gobiernos de Brasil y Uruguay a adoptar la misma medida.", "es", "designate"),
    ("Bolivia rompió relaciones con Israel en octubre. Colombia pidió a Chile que diera el mismo paso.", "es", "sever ties"),
    ("Bolivia rompió relaciones con Israel en octubre. Colombia pidió a Chile que siga sus pasos.", "es", "sever ties"),
    ("Belice suspendió sus relaciones con Israel. Turquía pidió a Egipto que hiciera lo mismo.", "es", "sever ties"),
    ("Bolivia severed diplomatic relations with Israel in October. Colombia urged Chile to take the same step.", "en", "sever ties"),
    ("Belize suspended ties with Israel. Turkey called on Egypt to follow its example.", "en", "sever ties"),
])
def test_same_measure_is_the_act_named_before(text, lang, action):
    got = _urged(text, lang)
    assert got and {a for _, _, a in got} == {action}


@pytest.mark.parametrize("text,date", [
    ("España volvió a instar la semana pasada a Venezuela a liberar a los presos políticos.", "2025-12"),
    ("El Partido Popular volvió a instar esta semana a España a reconocer a Edmundo González Urrutia.", "2025-12"),
    ("Chile volvió a pedir el mes pasado a Perú que libere a los detenidos.", "2025-11"),
])
def test_date_of_a_repeated_request(text, date):
    claims = [c for c in extract_text(text, language="es", published="2025-12-10") if c.predicate == "URGED"]
    assert claims and {c.date for c in claims} == {date}


def test_deadline_of_the_requested_act_is_not_the_request_date():
    claims = [c for c in extract_text("Chile pidió a Perú que libere a los detenidos antes de marzo.", language="es",
                                      published="2025-12-10") if c.predicate == "URGED"]
    assert claims and {c.date for c in claims} == {None}


@pytest.mark.parametrize("text", [
    "Nicaragua rompe relaciones diplomáticas con el gobierno de Israel.",
    "Nicaragua cortó los vínculos con el régimen de Israel en 2019.",
])
def test_severed_with_the_government_of(text):
    assert _severed(text, "es") == {("state:NIC", "state:ISR")}
