"""What a person is, written before the name ("Lebanese businessman X", "el empresario libanés X",
"Iranian national X"): the person is found by it and the relation reaches the person (extract
._PERSON_DESCRIPTOR, people._PERSON_NOUN_BEFORE). Sentences written for this test, in both languages."""
import pytest

from tests.extracting import extract_text, holds_roles, positive_pairs

PUB = "2025-03-05"


@pytest.mark.parametrize("text, lang, pair", [
    ("The United States on Tuesday imposed sanctions on Lebanese businessman Amer Saleh.", "en",
     ("state:USA", "official:amer-saleh")),
    ("Britain sanctioned the Russian tycoon Pavel Gromov and two of his companies.", "en",
     ("state:GBR", "official:pavel-gromov")),
    ("Washington sanctioned Iranian national Reza Farhadi for his role in a drone network.", "en",
     ("state:USA", "official:reza-farhadi")),
    ("The EU froze the assets of Russian oligarch Boris Zemlyanov in 2022.", "en",
     ("group:eu", "official:boris-zemlyanov")),
    ("Estados Unidos sancionó al empresario libanés Amer Saleh.", "es", ("state:USA", "official:amer-saleh")),
    ("Canadá impuso sanciones al ciudadano iraní Reza Farhadi por su papel en la red.", "es",
     ("state:CAN", "official:reza-farhadi")),
    ("La Unión Europea congeló los bienes del oligarca ruso Borís Zemlianov.", "es",
     ("group:eu", "official:boris-zemlianov")),
])
def test_a_described_person_is_the_one_sanctioned(text, lang, pair):
    assert pair in positive_pairs(text, "DESIGNATED", language=lang, published=PUB)


def test_the_descriptor_gives_no_role_and_no_state_actor():
    claims = extract_text("The United States sanctioned Lebanese businessman Amer Saleh on Tuesday.",
                          language="en", published=PUB)
    assert not any(c.predicate == "HOLDS_ROLE" for c in claims)
    assert not any("state:LBN" in (c.subject, c.object) for c in claims)


def test_a_title_keeps_its_demonym_and_office():
    assert ("official:edmundo-novillo", "state:BOL", "minister of defense") in holds_roles(
        "Bolivian Minister of Defense Edmundo Novillo signed the memorandum with Iran.", language="en", published=PUB)


def test_no_state_acts_for_a_person_it_sanctions():
    # the sanctioning state supplies nothing: the person named after the descriptor is the supplier
    pairs = positive_pairs("Washington sanctioned Iranian national Reza Farhadi for supplying drones to Russia.",
                           "SUPPLIED", language="en", published=PUB)
    assert ("state:USA", "state:RUS") not in pairs


def test_a_non_demonym_word_before_the_noun_stays():
    # "Sinaloa" is no demonym: the descriptor is not dropped, and no state is invented
    claims = extract_text("Prosecutors charged Sinaloa trafficker Ovidio Lemus in New York.", language="en", published=PUB)
    assert not any(c.predicate == "DESIGNATED" for c in claims)


@pytest.mark.parametrize("text, act, tie", [
    ("The United States sanctioned Hezbollah financier Amer Saleh.",
     ("DESIGNATED", "state:USA", "official:amer-saleh"), ("ALLEGED_TIES", "official:amer-saleh", "group:hezbollah")),
    ("Treasury officials said Hamas operative Yusuf Darwish moved the money through Turkey.",
     None, ("MEMBER_OF", "official:yusuf-darwish", "group:hamas")),
    ("Washington on Friday sanctioned Hamas fundraiser Omar Kassem and three charities.",
     ("DESIGNATED", "state:USA", "official:omar-kassem"), None),
])
def test_a_groups_person_told_before_the_name(text, act, tie):
    claims = extract_text(text, language="en", published=PUB)
    got = {(c.predicate, c.subject, c.object) for c in claims if c.polarity == "positive"}
    for want in (act, tie):
        if want:
            assert want in got
    # the group is not the one sanctioned: the person is
    assert not any(p == "DESIGNATED" and o.startswith("group:") for p, _, o in got)
