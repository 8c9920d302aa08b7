"""Capitalised words after "of/for/de/para" inside a title name the body, not the person: "el alto
comisionado de la ONU para los Derechos Humanos, X", "the director of the Centre for Conflict
Studies, X", "vicepresidente de la Lista Serbia" (actors._titled_people, _OFFICE_OF). The person is
the name after the title, or nobody. Sentences written for these tests."""

import pytest

from tests.extracting import extract_text, holds_roles

PUB = "2025-03-01"


def people(text, language):
    return {c.subject for c in extract_text(text, language=language, published=PUB) if c.subject.startswith("official:")}


def roles(text, language):
    return holds_roles(text, language=language, published=PUB)


@pytest.mark.parametrize("text, language, not_a_person", [
    ("El alto comisionado de la ONU para los Derechos Humanos, Volker Türk, instó al Gobierno británico a "
     "revocar la proscripción.", "es", "official:derechos-humanos"),
    ("Lo rubricaron el presidente de la surcoreana Hyundai Rotem, Lee Yong-bae, y el ministro polaco.", "es",
     "official:hyundai-rotem"),
    ("Radoičić, que era entonces vicepresidente de la Lista Serbia, dimitió días después.", "es",
     "official:lista-serbia"),
    ("\"Designation is a tool,\" said Ritu Kaul, a researcher at the Jammu-based Centre for Conflict Studies.",
     "en", "official:conflict-studies"),
    ("The director of the Institute for Strategic Dialogue, Sasha Havlicek, said the ban was overdue.", "en",
     "official:strategic-dialogue"),
    ("La directora de la Fundación para la Libertad de Prensa, Ana Cristina Restrepo, pidió garantías.", "es",
     "official:libertad-de-prensa"),
])
def test_a_bodys_name_inside_a_title_is_no_person(text, language, not_a_person):
    assert not_a_person not in people(text, language)


def test_the_person_after_the_office_gets_it():
    got = roles("El alto comisionado de la ONU para los Derechos Humanos, Volker Türk, instó al Gobierno británico "
                "a revocar la proscripción.", "es")
    assert {(p, o) for p, o, _ in got} == {("official:volker-turk", "group:un")}


def test_a_title_naming_a_person_after_of_still_reads():
    # a title word starts the run ("of President X"): the run is a titled person, as before
    got = roles("The visit of President Luis Arce to Moscow was postponed.", "en")
    assert ("official:luis-arce", "state:BOL") in {(p, o) for p, o, _ in got}


def test_the_spanish_minister_of_a_state_still_reads():
    got = roles("El ministro de Defensa de Colombia, Lucas Ferreyra Díaz, firmó el convenio.", "es")
    assert ("official:lucas-ferreyra-diaz", "state:COL") in {(p, o) for p, o, _ in got}


# -- a capitalised demonym between a lower-case title and two name words is a first name --------

def test_a_demonym_spelled_first_name_gives_no_state():
    got = roles("El juez Germán Alfonso Rentería, del Juzgado Segundo Penal de Cali, lo halló responsable.", "es")
    assert not {o for _, o, _ in got} & {"state:DEU"}


def test_a_lower_case_demonym_after_the_title_still_names_the_state():
    got = roles("El embajador alemán Klaus Werner dijo ayer que no habrá cambios.", "es")
    assert ("official:klaus-werner", "state:DEU") in {(p, o) for p, o, _ in got}


def test_an_english_demonym_before_the_title_still_names_the_state():
    got = roles("The visit of German Chancellor Friedrich Merz was postponed.", "en")
    assert ("official:friedrich-merz", "state:DEU") in {(p, o) for p, o, _ in got}


# -- a party named in the title owns the office: no state by default, and its name is no person ---

def test_a_party_after_a_capitalised_compound_is_no_person_and_no_states_office():
    got = roles("PRISTINA — Kosovo's government on Tuesday designated Milan Radoičić, the former vice-president "
                "of the Belgrade-backed Srpska Lista party, and 44 other people as terrorists.", "en")
    assert not {p for p, _, _ in got} & {"official:srpska-lista"}
    assert not {o for p, o, _ in got if p == "official:milan-radoicic"} & {"state:XKX", "state:SRB"}


def test_a_spanish_party_office_is_not_the_dateline_states():
    got = roles("SAN JOSÉ — La jefa de la fracción del Partido Liberación Nacional, Andrea Quesada Mora, pidió "
                "al Ejecutivo publicar el texto.", "es")
    assert "state:CRI" not in {o for p, o, _ in got if p == "official:andrea-quesada-mora"}


def test_a_state_office_with_the_dateline_still_reads():
    got = roles("PRISTINA — Prime Minister Albin Kurti said the list was final.", "en")
    assert ("official:albin-kurti", "state:XKX") in {(p, o) for p, o, _ in got}



def test_a_party_name_written_against_the_person_still_leaves_the_person():
    # "la diputada del Partido Popular Ana Pérez": the run holds the party and then the person
    # (a seat for a party is read as a membership of it, no office of the party: tests/test_roles21.py)
    got = extract_text("La diputada del Partido Popular Ana Pérez votó en contra.", language="es", published=PUB)
    assert "official:ana-perez" in {c.subject for c in got if c.predicate in ("HOLDS_ROLE", "MEMBER_OF")}
