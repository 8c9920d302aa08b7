"""Descubrimiento de organizaciones (loaders/group_names.py) y pertenencia de una a otra
(loaders/rules/es_groups.yaml), en español. Oraciones escritas para estas pruebas, con grupos
inventados; los negativos no deben dar nada."""

from tests.extracting import extract_text
from tests.test_group_names_en import new_groups


def part_of(text):
    return {(c.subject, c.object) for c in extract_text(text, language="es", published="2024-05-01")
            if c.predicate == "PART_OF" and c.polarity == "positive"}


def test_numbered_front_is_a_group():
    assert new_groups("La Fiscalía atribuyó el ataque al Frente 48 en el Putumayo.") == {"group:frente-48": "armed group"}


def test_head_words_the_older_reader_missed():
    got = new_groups("Según la Fiscalía, el Tren de Los Llanos controla el contrabando en la frontera.")
    assert "group:tren-de-los-llanos" in got
    got = new_groups("La Unidad Antinarcóticos incautó dos toneladas de cocaína.")
    assert "group:unidad-antinarcoticos" in got


def test_gang_name_keeps_its_article_after_a_category_apposition():
    got = new_groups("Los Halcones del Norte, una banda criminal que opera en Guayaquil, extorsiona a comerciantes.")
    assert got == {"group:los-halcones-del-norte": "cartel"}


def test_article_before_a_head_word_is_not_part_of_the_name():
    got = new_groups("Las Brigadas Rojas del Sur, una escisión del ELN, secuestraron a un ingeniero.")
    assert "group:brigadas-rojas-del-sur" in got


def test_person_in_apposition_is_not_a_group():
    assert new_groups("Carlos Ruiz, un cabecilla de la banda, fue capturado.") == {}
    assert new_groups("Ayer, una milicia atacó el pueblo.") == {}


def test_escision_de():
    got = part_of("Las Brigadas Rojas del Sur, una escisión del ELN, secuestraron a un ingeniero.")
    assert ("group:brigadas-rojas-del-sur", "group:eln") in got


def test_estructura_de():
    got = part_of("El ataque fue obra del Frente 48, una estructura del Estado Mayor Central.")
    assert ("group:frente-48", "group:estado-mayor-central") in got


def test_bajo_el_paraguas_de():
    got = part_of("El Frente Carolina Ramírez, que opera bajo el paraguas de la Segunda Marquetalia, controla la frontera.")
    assert ("group:frente-carolina-ramirez", "group:segunda-marquetalia") in got


def test_depende_de():
    got = part_of("La Unidad Antinarcóticos, que depende directamente del Ministerio del Interior, incautó la droga.")
    assert ("group:unidad-antinarcoticos", "group:ministerio-del-interior") in got


def test_part_of_negatives_es():
    assert part_of("¿Es el Frente 48 una estructura del Estado Mayor Central?") == set()
    assert not any(o == "group:eln" for _, o in part_of(
        "Las Brigadas Rojas negaron ser una escisión del ELN."))
