"""An office, then a rank or honorific in apposition before the name ("el comandante de la Guardia
Costera filipina, el almirante X", "la jefa del Comando Sur, la general X", "su homólogo saudí, el
príncipe X"): the office is the role; a body found by its common name and qualified by a demonym
("la Guardia Costera filipina") is no owner (loaders/actors.py, _titled_people). Sentences written
for these tests."""

from tests.extracting import holds_roles, roles_of as held

PUB = "2025-03-01"


def roles(text, language):
    return holds_roles(text, language=language, published=PUB)


def test_the_office_before_a_rank_is_the_role():
    got = roles("En marzo, la jefa del Comando Sur de Estados Unidos, la general Laura Richarte, advirtió del riesgo.", "es")
    assert held(got, "official:laura-richarte") == {("group:southcom", "chief")}
    got = roles("El comandante de las Fuerzas Armadas de Colombia, el general Helder Giraldo Bonilla, viajó a Cúcuta.", "es")
    assert any(r == "commander" for _, r in held(got, "official:helder-giraldo-bonilla"))


def test_a_counterpart_named_with_an_honorific():
    got = roles("La ministra de Defensa, Margarita Robles, y su homólogo saudí, el príncipe Jalid bin Salmán, "
                "firmaron el acuerdo.", "es")
    assert held(got, "official:jalid-bin-salman") == {("state:SAU", "minister of defense")}
    got = roles("Rubricaron el documento el comandante de la Armada de Chile, el almirante Juan Andrés de la Maza, "
                "y su homólogo peruano, el vicealmirante Luis Polar Figari.", "es")
    assert ("state:PER", "commander") in held(got, "official:luis-polar-figari")


def test_a_body_qualified_by_a_demonym_is_that_states_body():
    # "la Guardia Costera filipina" is the Philippine coast guard (named with its demonym, of the
    # Philippines), never a nameless "Guardia Costera" shared by every country
    got = roles("Firmaron el comandante de la Guardia Costera filipina, el almirante Ronnie Gil Gavina, y su "
                "homólogo vietnamita, el general Le Quang Tran.", "es")
    owners = {o for o, _ in held(got, "official:ronnie-gil-gavina")}
    assert owners and owners <= {"state:PHL", "group:guardia-costera-filipina"}


def test_a_clause_before_the_comma_is_not_crossed():
    # "En Bogotá," is a place, not an office: the rank alone names no owner
    got = roles("En Bogotá, el general Helder Giraldo Bonilla habló con la prensa.", "es")
    assert not held(got, "official:helder-giraldo-bonilla")
    got = roles("On Monday in Manila, Admiral Ronnie Gil Gavina spoke to reporters.", "en")
    assert not any(o.startswith("group:") for o, _ in held(got, "official:ronnie-gil-gavina"))
