"""A state in the possessive before a group it qualifies is not the owner of a role over that group:
"founder of Georgia's ruling Georgian Dream party" is Georgian Dream's founder; "Spain's ambassador"
is still Spain's (people._org_of, _POSS_QUALIFIED). Sentences written for these tests."""

from tests.extracting import holds_roles

PUB = "2025-03-01"


def owners(text, person):
    return {o for p, o, _ in holds_roles(text, language="en", published=PUB) if p == person}


def test_founder_of_a_states_ruling_party():
    text = ("WASHINGTON — The report urges sanctions on Bidzina Ivanishvili, the billionaire founder of Georgia's "
            "ruling Georgian Dream party, and accuses the party of steering the country.")
    assert owners(text, "official:bidzina-ivanishvili") == {"group:georgian-dream"}


def test_spokeswoman_for_a_countrys_movement():
    text = "\"We will not give up,\" said Fatima Noor, a spokeswoman for Lebanon's Hezbollah, on Monday."
    assert owners(text, "official:fatima-noor") == {"group:hezbollah"}


def test_a_states_own_office_stays_the_states():
    assert owners("\"We will act,\" said Juan Pablo Ortega, Spain's ambassador to NATO.",
                  "official:juan-pablo-ortega") == {"state:ESP"}


def test_a_group_far_after_the_possessive_is_not_what_it_qualifies():
    # "Iran's envoy who met Hezbollah": the possessive owns the office, the group is elsewhere in it
    text = "\"Talks went well,\" said Reza Amiri, Iran's special envoy who met Hezbollah officials in Beirut."
    assert "group:hezbollah" not in owners(text, "official:reza-amiri")
