"""Sanctions and listings named by a pronoun: "the Treasury sanctioned him", "the EU froze his
assets", "la UE congeló sus activos", "Egipto la ha designado". Who the pronoun means is the
nearest actor of the right sort before it (a person for "him", an organisation for "it" or a
listing as an organisation), else the subject of the sentence before. Sentences written for
these tests."""

import pytest

from extracting import positive_pairs

PUB = "2025-11-20"


@pytest.mark.parametrize("text, language, pair", [
    ("Ilan Vorin, a former minister, fled to Moscow. The US Treasury sanctioned him in October 2022 "
     "and the EU froze his assets in April 2023.", "en", ("group:eu", "official:ilan-vorin")),
    ("Nicolás Maduro spoke on Monday. The EU froze his assets in 2023.", "en",
     ("group:eu", "official:nicolas-maduro")),
    ("El ministro de Defensa, Juan Pérez, huyó a Rusia. Washington lo sancionó en 2022 y la UE "
     "congeló sus activos en 2023.", "es", ("group:eu", "official:juan-perez")),
    ("Nicolás Maduro habló el lunes. La Unión Europea congeló sus activos en 2023.", "es",
     ("group:eu", "official:nicolas-maduro")),
])
def test_a_sanction_by_pronoun_names_the_person_before(text, language, pair):
    assert pair in positive_pairs(text, "DESIGNATED", language=language, published=PUB)


@pytest.mark.parametrize("text, language", [
    # "him" is a person: the story's group is not who was sanctioned
    ("Hezbollah fired rockets on Sunday. The US Treasury sanctioned him in 2022.", "en"),
    # a sanction asked for, or denied, is no sanction
    ("Nicolás Maduro spoke on Monday. Senators urged the EU to freeze his assets.", "en"),
    ("Nicolás Maduro habló el lunes. La UE no congeló sus activos.", "es"),
])
def test_no_sanction_read_onto_the_wrong_actor_or_from_a_request(text, language):
    pairs = positive_pairs(text, "DESIGNATED", language=language, published=PUB)
    assert not pairs


def test_an_actor_named_inside_another_name_is_no_antecedent():
    # "the al-Qaida sanctions list" names a list; "it" is the group the text named before, which
    # no gazetteer entry covers, so nobody is listed rather than the wrong group
    text = ("Jamaah Barat was added to the UN Security Council's al-Qaida sanctions list in 2002. "
            "A Jakarta court declared it a banned organisation in 2008.")
    assert ("state:IDN", "group:al-qaeda") not in positive_pairs(text, "DESIGNATED", language="en", published=PUB)


def test_a_listing_as_an_organisation_is_no_person():
    text = ("Abdullah Ocalan founded the PKK in 1978. Turquía, la Unión Europea y Estados Unidos la "
            "consideran una organización terrorista.")
    pairs = positive_pairs(text, "DESIGNATED", language="es", published=PUB)
    assert not any(o.startswith("official:") for _, o in pairs)
