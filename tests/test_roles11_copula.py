"""Roles said with a copula and a bare office ("fue canciller de Argentina", "was president of
Venezuela"), after an apposition ("Its leader, X, has been ..."), and a second office coordinated
after the first ("a former commander and later defence minister") read apart, not as one."""

import pytest

from tests.extracting import extract_text, holds_roles, roles_of

PUB = "2025-03-01"


@pytest.mark.parametrize("lang,text,person,owner,role", [
    ("es", "Evo Morales fue presidente de Bolivia entre 2006 y 2019.", "official:evo-morales", "state:BOL", "president"),
    ("es", "Daniel Noboa es presidente de Ecuador desde noviembre de 2023.", "official:daniel-noboa", "state:ECU", "president"),
    ("es", "Héctor Timerman fue canciller de Argentina entre 2010 y 2015.", "official:hector-timerman", "state:ARG",
     "minister of foreign affairs"),
    ("es", "Luis Arce fue ministro de Economía de Bolivia hasta 2019.", "official:luis-arce", "state:BOL", "minister of economy"),
    ("es", "Laura Sarabia es ministra de Relaciones Exteriores de Colombia desde enero.", "official:laura-sarabia",
     "state:COL", "minister of foreign affairs"),
    ("en", "Nicolás Maduro was president of Venezuela from 2013 until his capture.", "official:nicolas-maduro",
     "state:VEN", "president"),
])
def test_bare_office_after_copula(lang, text, person, owner, role):
    assert (owner, role) in roles_of(holds_roles(text, language=lang, published=PUB), person)


@pytest.mark.parametrize("lang,text", [
    ("en", "John Smith was killed in the attack, police said."),
    ("en", "Jane Doe was president Trump's choice for the post."),
    ("es", "Juan Pérez fue clave en la negociación."),
    ("es", "Carlos Ruiz fue detenido por la policía el lunes."),
    # a second clause is no part of the office: the institute is no embassy's
    ("es", "Thandiwe Mokoena fue embajadora de Sudáfrica en Brasil y dirige hoy el Instituto Ubuntu de Asuntos Internacionales."),
])
def test_no_office_from_other_copulas(lang, text):
    got = holds_roles(text, language=lang, published=PUB)
    assert not any(r in ("ambassador", "president") and not o.startswith("state:") for _, o, r in got)
    assert not any(r == "president" and p.startswith("official:jane") for p, _, r in got)
    if "Mokoena" not in text:
        assert got == set()


@pytest.mark.parametrize("lang,text,person", [
    ("en", "Ahmad Vahidi, a former Quds Force commander and later Iran's defence minister, was charged.", "official:ahmad-vahidi"),
    ("es", "Ahmad Vahidi, excomandante de la Fuerza Quds y luego ministro de Defensa de Irán, fue acusado.", "official:ahmad-vahidi"),
    ("es", "Laura Gómez, exdirectora de la Policía Nacional y luego ministra del Interior de Colombia, asistió.",
     "official:laura-gomez"),
])
def test_second_office_not_merged_into_first(lang, text, person):
    got = roles_of(holds_roles(text, language=lang, published=PUB), person)
    # the first office keeps its own noun; the second's noun never goes to the first's body
    assert not any(o.startswith("group:") and "minister" in (r or "") for o, r in got)
    assert any(o.startswith("group:") and r in ("commander", "director") for o, r in got)


@pytest.mark.parametrize("lang,text,person,state,role", [
    ("en", "Ahmad Vahidi, a former Quds Force commander and later Iran's defence minister, was charged.",
     "official:ahmad-vahidi", "state:IRN", "minister of defense"),
    ("en", "Hossein Dehghan, a former Revolutionary Guards commander and then Iran's defence minister, was named.",
     "official:hossein-dehghan", "state:IRN", "minister of defense"),
    ("es", "Ahmad Vahidi, excomandante de la Fuerza Quds, la unidad exterior de la Guardia Revolucionaria, y luego "
           "ministro de Defensa de Irán entre 2009 y 2013, fue acusado.", "official:ahmad-vahidi", "state:IRN", "minister of defense"),
    ("es", "Laura Gómez, exdirectora de la Policía Nacional y luego ministra del Interior de Colombia, asistió.",
     "official:laura-gomez", "state:COL", "minister of interior"),
])
def test_second_office_read_too(lang, text, person, state, role):
    claims = [c for c in extract_text(text, language=lang, published=PUB) if c.predicate == "HOLDS_ROLE"]
    assert any(c.subject == person and c.object == state and c.props.get("role") == role for c in claims)
    # the later office is the person's own, not a description of whoever holds it today
    assert not any(c.subject != person for c in claims)


def test_later_office_needs_an_office():
    got = holds_roles("María Ruiz, exdirectora de la Policía Nacional y luego asesora privada en Madrid, habló.",
                      language="es", published=PUB)
    assert all(o.startswith("group:") for _, o, _ in got)


@pytest.mark.parametrize("lang,text,pairs", [
    ("es", "El pacto que Ruritania y Chile firmaron en marzo fue rubricado en Ginebra por los cancilleres Anna Kovac y Pedro Soto.",
     None),  # Ruritania is no state: nothing is paired
    ("es", "El acuerdo firmado por Uruguay y Paraguay en 2019 fue rubricado en Asunción por los cancilleres Laura Benítez y Óscar Mora.",
     {("official:laura-benitez", "state:URY"), ("official:oscar-mora", "state:PRY")}),
    ("en", "The treaty between Uruguay and Paraguay was signed in Asunción by foreign ministers Laura Benítez and Oscar Mora.",
     {("official:laura-benitez", "state:URY"), ("official:oscar-mora", "state:PRY")}),
])
def test_plural_office_paired_with_coordinated_states(lang, text, pairs):
    got = {(p, o) for p, o, _ in holds_roles(text, language=lang, published=PUB)}
    if pairs is None:
        assert got == set()
    else:
        assert pairs <= got


@pytest.mark.parametrize("text", [
    # envoys may serve a third state; a state not coordinated with the other is no pair
    "Brazil and Qatar hosted the talks, where the envoys Juan Pérez and Ana Gómez spoke.",
    "Chile accused Argentina of delays, while the ministers Juan Pérez and Ana Gómez met in Lima.",
])
def test_plural_office_not_paired_otherwise(text):
    assert holds_roles(text, language="en", published=PUB) == set()
