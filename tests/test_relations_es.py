"""Spanish relation rules: varied phrasings, negations and requests that are not acts."""

import pytest

from extracting import extract_text

PUB = "2024-06-12"  # miércoles


def run(text, published=PUB, language="es"):
    return extract_text(text, language=language, published=published, doc_id="doc:es")


def facts(text, **kw):
    return {(c.predicate, c.subject, c.object, c.polarity) for c in run(text, **kw)}


def pos(pred, s, o):
    return (pred, s, o, "positive")


@pytest.mark.parametrize("text,expected", [
    ("Argentina declaró a Hezbolá organización terrorista en julio de 2019.",
     [pos("DESIGNATED", "state:ARG", "group:hezbollah")]),
    ("El Gobierno de Paraguay designó a Hamás y a Hezbolá como organizaciones terroristas.",
     [pos("DESIGNATED", "state:PRY", "group:hamas"), pos("DESIGNATED", "state:PRY", "group:hezbollah")]),
    ("Ecuador incluyó a la Guardia Revolucionaria en su lista de organizaciones terroristas.",
     [pos("DESIGNATED", "state:ECU", "group:irgc")]),
    ("El Departamento de Estado designó el miércoles como organizaciones terroristas extranjeras al Cártel de "
     "Sinaloa y al Tren de Aragua.",
     [pos("DESIGNATED", "state:USA", "group:sinaloa-cartel"), pos("DESIGNATED", "state:USA", "group:tren-de-aragua")]),
])
def test_designated(text, expected):
    assert {f for f in facts(text) if f[0] == "DESIGNATED"} == set(expected)


def test_designation_date_and_kind():
    c = [c for c in run("Estados Unidos designó el martes al Tren de Aragua como organización terrorista extranjera.")
         if c.predicate == "DESIGNATED"][0]
    assert c.date == "2024-06-11"
    assert c.props["designation"] == "foreign terrorist organization"


@pytest.mark.parametrize("text", [
    "Chile no ha designado a Hezbolá como organización terrorista.",
    "Brasil descartó declarar a Hamás organización terrorista.",
    "¿Designará Perú a Hezbolá como organización terrorista?",
    "Washington presiona a Lima para que designe a Hezbolá como organización terrorista.",
])
def test_no_positive_designation(text):
    assert not {f for f in facts(text) if f[0] == "DESIGNATED" and f[3] == "positive"}


@pytest.mark.parametrize("text,action", [
    ("Estados Unidos presiona a Bolivia para que expulse a los espías iraníes.", "expel"),
    ("Washington instó a Asunción a designar a Hezbolá como grupo terrorista.", "designate"),
    ("EE.UU. pidió a Honduras que mantuviera sus relaciones con Taiwán.", "maintain ties"),
    ("Malí, por su parte, pidió al Consejo de Seguridad que tomara medidas contra Ucrania.", "act"),
])
def test_urged(text, action):
    urged = [c for c in run(text) if c.predicate == "URGED"]
    assert urged and urged[0].props["action"] == action


@pytest.mark.parametrize("text,pair,date", [
    ("Bolivia rompió relaciones diplomáticas con Israel el 31 de octubre de 2023.", ("state:BOL", "state:ISR"), "2023-10-31"),
    ("El Gobierno de Honduras rompió el pasado sábado sus relaciones diplomáticas con Taiwán.", ("state:HND", "state:TWN"), None),
    ("Analistas recordaron la ruptura de las relaciones diplomáticas de Bolivia con Israel.", ("state:BOL", "state:ISR"), None),
])
def test_severed(text, pair, date):
    c = [c for c in run(text) if c.predicate == "SEVERED_TIES"]
    assert c and (c[0].subject, c[0].object) == pair and c[0].polarity == "positive"
    if date:
        assert c[0].date == date


def test_severed_negated():
    assert not {f for f in facts("Burkina Faso no ha roto relaciones con Ucrania.") if f[3] == "positive"}


def test_mou_and_supplied():
    claims = run("En julio de 2023, Irán y Bolivia firmaron un memorando de entendimiento en materia de seguridad "
                 "y defensa. Teherán vendió a Bolivia varios drones y embarcaciones, informó La Nación.")
    mou = [c for c in claims if c.predicate == "SIGNED_MOU_WITH"]
    assert mou and mou[0].date == "2023-07"
    sup = [c for c in claims if c.predicate == "SUPPLIED"][0]
    assert (sup.subject, sup.object) == ("state:IRN", "state:BOL")
    assert {i.split()[-1] for i in sup.props["items"]} >= {"drones", "boats"}
    assert sup.modality.value == "reported" and sup.attribution == "La Nación"


@pytest.mark.parametrize("text,pair", [
    ("Existen grupos respaldados por Irán, como Hezbolá, en la región.", ("state:IRN", "group:hezbollah")),
    ("El Tren de Aragua opera en coordinación con el gobierno de Nicolás Maduro.", ("group:tren-de-aragua", "state:VEN")),
    ("Los combatientes de Wagner llegaron a Malí a finales de 2021.", ("group:wagner-group", "state:MLI")),
])
def test_alleged_ties(text, pair):
    ties = [c for c in run(text) if c.predicate == "ALLEGED_TIES"]
    assert any({c.subject, c.object} == set(pair) for c in ties), ties


def test_titles_and_roles():
    f = facts("El ministro de Relaciones Exteriores taiwanés, Joseph Wu, ordenó el cierre de la embajada.",
              published="2023-03-27")
    assert pos("HOLDS_ROLE", "official:joseph-wu", "state:TWN") in f
    f = facts("El presidente boliviano se reunió con su homólogo iraní.", published="2024-03-10")
    assert not any(x[0] == "HOLDS_ROLE" for x in f)  # an office named without a person states no role


def test_bilingual_document_gives_one_claim():
    text = ("In July 2023, Iran and Bolivia signed a memorandum of understanding on security and defense.\n\n"
            "En julio de 2023, Irán y Bolivia firmaron un memorando de entendimiento sobre seguridad y defensa.")
    claims = run(text, language="en+es")
    mou = [c for c in claims if c.predicate == "SIGNED_MOU_WITH"]
    assert len(mou) == 1
    assert mou[0].language == "en" and mou[0].alt_quote and "firmaron" in mou[0].alt_quote
    assert text[mou[0].alt_char_start:mou[0].alt_char_end] == mou[0].alt_quote
