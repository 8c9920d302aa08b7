""""The group" / "el grupo" with no group before it in its sentence stands for the group the sentence
before named first (its subject, mostly), not for the story's most discussed group, unless that one is
among the groups the sentence before named."""

import pytest

from extracting import extract_text

PUB = "2025-06-01"
_HEZ = ("Hezbollah fired rockets at northern Israel on Monday. Hezbollah said the strikes answered Israeli raids. "
        "Hezbollah has vowed to continue.\n\n")
_HAMAS = "Hamás lanzó cohetes contra Israel el lunes. Hamás dijo que responde a los bombardeos. Hamás prometió seguir.\n\n"


def _facts(text: str, predicate: str, language: str) -> set:
    return {(c.subject, c.object) for c in extract_text(text, language=language, published=PUB)
            if c.predicate == predicate and c.polarity == "positive"}


@pytest.mark.parametrize("language, text, predicate, fact, wrong", [
    # a passive listing, the group as subject
    ("en", _HEZ + "In Nigeria, Boko Haram kidnapped dozens of students in Borno state last week. The group was "
     "designated a foreign terrorist organization by the United States in 2013.",
     "DESIGNATED", ("state:USA", "group:boko-haram"), ("state:USA", "group:hezbollah")),
    # an apposition between the name and the verb, a possessor group in the sentence before
    ("en", "The Wagner Group has deployed mercenaries in Mali. Wagner fighters fought alongside the army. Wagner also "
     "operates in Libya.\n\nJama'at Nusrat al-Islam wal-Muslimin, or JNIM, al-Qaeda's branch in the Sahel, has imposed "
     "a fuel blockade on Bamako. The group, led by the veteran Malian jihadist Iyad Ag Ghaly, was designated a "
     "foreign terrorist organisation by the United States in 2018.",
     "DESIGNATED", ("state:USA", "group:jnim"), ("state:USA", "group:wagner-group")),
    # another head noun, the description as object of a supply
    ("en", "The Houthis attacked ships in the Red Sea. The Houthis said they target Israeli-linked vessels. The Houthis "
     "have fired drones at Israel.\n\nAl-Shabaab, an al-Qaeda affiliate, attacked a base near Mogadishu on Tuesday. "
     "Washington has long accused Eritrea of arming the militia.",
     "SUPPLIED", ("state:ERI", "group:al-shabaab"), ("state:ERI", "group:houthis")),
    # Spanish: "al grupo" as the object of a listing
    ("es", _HAMAS + "En Somalia, Al Shabab atacó una base militar cerca de Mogadiscio. Canadá incluyó al grupo en su "
     "lista de entidades terroristas en 2013.",
     "DESIGNATED", ("state:CAN", "group:al-shabaab"), ("state:CAN", "group:hamas")),
])
def test_the_group_is_the_sentence_befores(language, text, predicate, fact, wrong):
    got = _facts(text, predicate, language)
    assert fact in got
    assert wrong not in got


def test_the_story_group_kept_when_the_sentence_before_names_it():
    # the story's group among the groups the sentence before named: still the story's group
    text = (_HEZ + "Hezbollah and Amal held talks in Beirut on Tuesday. The group was designated a terrorist "
            "organisation by Canada in 2002.")
    got = _facts(text, "DESIGNATED", "en")
    assert ("state:CAN", "group:hezbollah") in got
    assert ("state:CAN", "group:amal") not in got
