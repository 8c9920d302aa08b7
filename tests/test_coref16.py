"""Actor resolution (session 16): a person named again by a part of the full name met earlier in the story
(both surnames, the paternal surname alone, the given name with it, the name without its last word) is that
person, not a new one; a part two people met share, a particle or an honorific alone resolves to no one.
Sentences written for the mechanism, both languages, invented people as well as gazetteer ones."""

import pytest

from loaders.actors import find_actors
from loaders.gazetteer import Gazetteer
from loaders.sentences import split
from tests.extracting import positive_pairs

PUB = "2025-05-01"
_G = Gazetteer.load()


def people(text):
    """surface -> entity id of every person mention of `text`, in order (the last surface wins)."""
    r = find_actors(_G, text, split(text), PUB)
    return [(text[m.start:m.end], m.entity) for m in r.mentions if m.entity.startswith("official:")]


def entity_of(text, surface):
    found = [e for s, e in people(text) if s == surface]
    return found[-1] if found else None


def one_person(text, full, *parts):
    """Every mention of `full` and of `parts` is the same person."""
    ids = {entity_of(text, full)} | {entity_of(text, p) for p in parts}
    assert None not in ids and len(ids) == 1, people(text)


# -- both surnames alone, the paternal one alone, given name + paternal surname (Spanish names)
@pytest.mark.parametrize("text,full,parts", [
    ("El canciller paraguayo Rubén Ramírez Lezcano viajó a Washington el lunes. Ramírez Lezcano pidió a Estados "
     "Unidos que actúe.", "Rubén Ramírez Lezcano", ["Ramírez Lezcano"]),
    ("El canciller de Paraguay, Rubén Ramírez Lezcano, llegó a Madrid. En la rueda de prensa, Ramírez dijo que el "
     "acuerdo es histórico.", "Rubén Ramírez Lezcano", ["Ramírez"]),
    ("Foreign Minister Rubén Ramírez Lezcano of Paraguay arrived in Washington. Mr. Ramírez urged the United States "
     "to act.", "Rubén Ramírez Lezcano", ["Ramírez"]),
    ("La ministra de Seguridad de Honduras, Gabriela Castellanos Rivera, visitó Tegucigalpa. Según Castellanos "
     "Rivera, la pandilla controla el barrio.", "Gabriela Castellanos Rivera", ["Castellanos Rivera"]),
    ("El fiscal general de Guatemala, Aurelio Mendoza Quiñónez, presentó la acusación. Mendoza Quiñónez afirmó que "
     "la clica cobraba extorsiones. Aurelio Mendoza añadió que habrá más capturas.", "Aurelio Mendoza Quiñónez",
     ["Mendoza Quiñónez", "Aurelio Mendoza"]),
    ("The defence minister of Peru, Julio Quispe Mamani, signed the deal. Quispe Mamani said the jets would "
     "arrive in 2026, and Julio Quispe added that Lima would pay in cash.", "Julio Quispe Mamani",
     ["Quispe Mamani", "Julio Quispe"]),
    ("El comandante Kevin Estuardo Chávez Ramírez, alias el Diablo, dirigía la clica. Kevin Chávez fue detenido en "
     "marzo y Chávez Ramírez fue condenado en julio.", "Kevin Estuardo Chávez Ramírez", ["Kevin Chávez", "Chávez Ramírez"]),
])
def test_spanish_name_parts(text, full, parts):
    one_person(text, full, *parts)


# -- the name without its last word ("Hassan Sheikh"), the last name with its particle ("al-Burhan")
@pytest.mark.parametrize("text,full,parts", [
    ("Somali President Hassan Sheikh Mohamud met Abiy Ahmed in Ankara. Hassan Sheikh said the declaration ended "
     "the dispute.", "Hassan Sheikh Mohamud", ["Hassan Sheikh"]),
    ("El presidente somalí, Hassan Sheikh Mohamud, viajó a Ankara. Allí Hassan Sheikh firmó la declaración.",
     "Hassan Sheikh Mohamud", ["Hassan Sheikh"]),
    ("Sudan's army chief Abdel Fattah al-Burhan visited Cairo. Washington imposed sanctions on Burhan a week later.",
     "Abdel Fattah al-Burhan", ["Burhan"]),
    ("El jefe del ejército sudanés, Abdel Fattah al Burhan, viajó a El Cairo. Al Burhan pidió apoyo a Egipto.",
     "Abdel Fattah al Burhan", ["Al Burhan"]),
])
def test_name_without_last_word_and_particles(text, full, parts):
    one_person(text, full, *parts)


def test_urged_by_the_surnames_alone_is_the_canciller():
    text = ("El canciller paraguayo Rubén Ramírez Lezcano viajó a Washington el lunes. Ramírez Lezcano pidió a "
            "Estados Unidos que designe al Cartel de los Soles como organización terrorista.")
    got = positive_pairs(text, "URGED", language="es", published=PUB)
    assert ("official:ruben-ramirez-lezcano", "state:USA") in got
    assert not any(s == "official:ramirez-lezcano" for s, _ in got)


# -- what must not resolve: a part two people met share, an honorific or a rank alone, a name of two words
def test_shared_paternal_surname_resolves_to_no_one():
    text = ("La senadora Ana Gómez Rivas y el diputado Luis Gómez Prieto presentaron el proyecto. Gómez dijo que "
            "el Gobierno debe actuar.")
    ids = {e for s, e in people(text) if s == "Gómez"}
    assert not ids & {entity_of(text, "Ana Gómez Rivas"), entity_of(text, "Luis Gómez Prieto")} - {None}


def test_shared_given_name_and_surname_pair_is_ambiguous():
    text = ("El ministro Carlos Pérez Soto habló con el embajador Carlos Pérez Luna. Carlos Pérez dijo que el "
            "acuerdo está cerca.")
    assert entity_of(text, "Carlos Pérez") not in {entity_of(text, "Carlos Pérez Soto"),
                                                  entity_of(text, "Carlos Pérez Luna")} - {None}


def test_honorific_inside_a_name_is_no_name_alone():
    text = ("Somali President Hassan Sheikh Mohamud met Qatar's emir in Doha. Sheikh Tamim promised aid to "
            "Mogadishu.")
    assert entity_of(text, "Sheikh Tamim") != "official:hassan-sheikh-mohamud"
    assert entity_of(text, "Sheikh") is None


def test_two_word_name_gives_no_shorter_parts():
    # "Gustavo Petro": the given name alone is no surname key
    text = "Colombian President Gustavo Petro spoke in Bogotá. Gustavo said nothing; Petro said the ties were cut."
    assert entity_of(text, "Gustavo") is None


def test_middle_initial_names_give_no_parts():
    text = ("Representative Christopher H. Smith wrote to the State Department. H. Smith said Washington must act.")
    assert entity_of(text, "H.") is None
