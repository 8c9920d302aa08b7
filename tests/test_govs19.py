"""A plural government phrase over listed states reads as the list of those states, in every role
(loaders/extract._government_lists, loaders/actors._demonym_lists): "the governments of A and B", "the A and B
governments", "the authorities in A and B", "los gobiernos de A y B", "los gobiernos brasileño y chileno"."""

import pytest

from tests.extracting import positive_pairs

PUB = "2024-05-01"


@pytest.mark.parametrize("text, lang, predicate, want", [
    ("Washington has pressed the governments of Paraguay, Uruguay and Bolivia to ban Hamas.", "en", "URGED",
     {("state:USA", "state:PRY"), ("state:USA", "state:URY"), ("state:USA", "state:BOL")}),
    ("The United States urged the Brazilian and Chilean governments to designate Hezbollah.", "en", "URGED",
     {("state:USA", "state:BRA"), ("state:USA", "state:CHL")}),
    ("The United States urged the Brazil and Chile governments to designate Hezbollah.", "en", "URGED",
     {("state:USA", "state:BRA"), ("state:USA", "state:CHL")}),
    ("The Argentine and Paraguayan authorities designated Hamas a terrorist group last year.", "en", "DESIGNATED",
     {("state:ARG", "group:hamas"), ("state:PRY", "group:hamas")}),
    ("Hamas was designated a terrorist organization by the governments of Colombia and Honduras.", "en", "DESIGNATED",
     {("state:COL", "group:hamas"), ("state:HND", "group:hamas")}),
    ("Iran delivered drones to the authorities in Caracas and Managua in 2023.", "en", "SUPPLIED",
     {("state:IRN", "state:VEN"), ("state:IRN", "state:NIC")}),
    ("Estados Unidos instó a los gobiernos brasileño y chileno a designar a Hezbolá.", "es", "URGED",
     {("state:USA", "state:BRA"), ("state:USA", "state:CHL")}),
    ("Estados Unidos instó a las autoridades de Brasil y de Chile a designar a Hezbolá.", "es", "URGED",
     {("state:USA", "state:BRA"), ("state:USA", "state:CHL")}),
    ("Los gobiernos peruano y ecuatoriano designaron a Hezbolá como organización terrorista.", "es", "DESIGNATED",
     {("state:PER", "group:hezbollah"), ("state:ECU", "group:hezbollah")}),
    ("Irán vendió drones a los gobiernos venezolano y nicaragüense en 2023.", "es", "SUPPLIED",
     {("state:IRN", "state:VEN"), ("state:IRN", "state:NIC")}),
    ("Hamás fue declarado organización terrorista por los gobiernos de Colombia y Honduras.", "es", "DESIGNATED",
     {("state:COL", "group:hamas"), ("state:HND", "group:hamas")}),
])
def test_plural_government_phrase_is_its_states(text, lang, predicate, want):
    assert want <= positive_pairs(text, predicate, language=lang, published=PUB)


@pytest.mark.parametrize("text, lang, predicate", [
    # unqualified "governments" names no state
    ("Western governments urged Argentina to designate Hamas.", "en", "URGED"),
    ("The United States urged European governments to designate Hamas.", "en", "URGED"),
    ("Los gobiernos europeos pidieron a Paraguay que designara a Hamás como organización terrorista.", "es", "URGED"),
    # the phrase as a preposition's complement is no actor
    ("Talks between the governments of Peru and Ecuador produced no deal on Hamas.", "en", "DESIGNATED"),
    ("Las negociaciones entre los gobiernos de Perú y Ecuador no incluyeron a Hezbolá.", "es", "DESIGNATED"),
    # negated: no positive fact
    ("The governments of Peru and Ecuador did not designate Hezbollah a terrorist organization.", "en", "DESIGNATED"),
])
def test_no_states_read_where_the_phrase_names_no_actor(text, lang, predicate):
    assert not positive_pairs(text, predicate, language=lang, published=PUB)


def test_unqualified_governments_add_no_asker():
    got = positive_pairs("Western governments and the United States urged Argentina to designate Hamas.", "URGED",
                         language="en", published=PUB)
    assert got == {("state:USA", "state:ARG")}  # (the named asker kept, no second one)
