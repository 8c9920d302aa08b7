"""Spanish state bodies named with a demonym after them ("la Armada camboyana", "la Fuerza
Aérea nigeriana"): the body is that state's, whichever relation it takes part in."""

import pytest

from extracting import discovered, positive_pairs

PUB = "2025-06-10"


@pytest.mark.parametrize("text, pair", [
    ("Japón donó el año pasado dos patrulleras a la Armada camboyana.", ("state:JPN", "state:KHM")),
    ("China entregó lanzacohetes múltiples al ejército camboyano hace unos años.", ("state:CHN", "state:KHM")),
    ("Egipto envió armas y municiones al ejército somalí, según fuentes diplomáticas.", ("state:EGY", "state:SOM")),
    ("Turquía vendió drones a las Fuerzas Armadas etíopes en 2021.", ("state:TUR", "state:ETH")),
    ("Estados Unidos suministró helicópteros a la Policía peruana.", ("state:USA", "state:PER")),
])
def test_goods_to_a_state_body_go_to_its_state(text, pair):
    # the state itself, or the body as an entity of that state ("Fuerzas Armadas etíopes")
    bodies = {k for k, v in discovered(text, "group:", PUB).items() if v.country == pair[1]}
    got = positive_pairs(text, "SUPPLIED", language="es", published=PUB)
    assert pair in got or any((pair[0], b) in got for b in bodies)


def test_a_request_to_a_state_body_goes_to_its_state():
    text = "Washington instó a las autoridades colombianas a extraditar al jefe del Clan del Golfo."
    assert ("state:USA", "state:COL") in positive_pairs(text, "URGED", language="es", published=PUB)


def test_a_body_of_a_named_state_is_left_to_the_owner_reading():
    # "el Ejército de Colombia" names its state after "de": a body of Colombia, so the helicopters went
    # to Colombia (extract._forces_to_state, as the demonym forms above)
    text = "Rusia entregó helicópteros al Ejército de Colombia."
    assert positive_pairs(text, "SUPPLIED", language="es", published=PUB) == {("state:RUS", "state:COL")}


def test_a_state_body_of_the_speaker_is_no_recipient():
    # the demonym's state acts here: it is the subject, and nothing is supplied to anyone
    text = "El ejército ruso atacó posiciones ucranianas cerca de Járkov."
    assert positive_pairs(text, "SUPPLIED", language="es", published=PUB) == set()


@pytest.mark.parametrize("text, gid, country", [
    ("La Fuerza Aérea nigeriana ya ha recibido drones armados de China.", "group:fuerza-aerea-nigeriana", "state:NGA"),
    ("La Policía Nacional colombiana recibió escáneres de la Unión Europea.", "group:policia-nacional-colombiana", "state:COL"),
    ("La Guardia Costera filipina denunció maniobras chinas cerca del atolón.", "group:guardia-costera-filipina", "state:PHL"),
    ("La Guardia Nacional venezolana detuvo a dos periodistas en la frontera.", "group:guardia-nacional-venezolana", "state:VEN"),
])
def test_an_armed_body_keeps_its_demonym_and_country(text, gid, country):
    found = discovered(text, "group:", PUB)
    assert gid in found and found[gid].country == country
    assert found[gid].aliases  # the name without the demonym stays findable


def test_two_countries_air_forces_are_two_entities():
    a = discovered("La Fuerza Aérea nigeriana bombardeó un campamento.", "group:", PUB)
    b = discovered("La Fuerza Aérea colombiana bombardeó un campamento.", "group:", PUB)
    assert set(a).isdisjoint(b)


def test_a_capitalised_demonym_in_a_name_is_not_taken_as_the_owner():
    # "Fuerzas Democráticas Sirias" is a name of its own (the gazetteer's SDF), no Syrian state body
    found = discovered("Las Fuerzas Democráticas Sirias recibieron armas de Estados Unidos.", "group:", PUB)
    assert not any(k.endswith("-siria") or k.endswith("-sirias") for k in found)
