"""Sub-national units and places whose names hold a state's name or demonym are places, not
states: their premiers and governors hold no national office, and they sign nothing for the state
(loaders/data/territories.yaml)."""

import pytest

from tests.extracting import extract_text, holds_roles


@pytest.mark.parametrize("text, language", [
    ("Western Australia Premier Roger Cook signed a memorandum with Indonesia on Tuesday.", "en"),
    ("British Columbia Premier David Eby met the Indian consul in Vancouver.", "en"),
    ("Northern Ireland First Minister Michelle O'Neill spoke in Belfast.", "en"),
    ("The governor of East Azerbaijan, Mohammad Reza Pourmohammadi, inaugurated the bridge.", "en"),
    ("La primera ministra de Colombia Británica, Christy Clark, firmó un memorando con China.", "es"),
    ("El jefe del Gobierno de Nueva Gales del Sur, Chris Minns, viajó a Yakarta.", "es"),
])
def test_no_national_office_or_agreement_from_a_subnational_unit(text, language):
    claims = extract_text(text, language=language, published="2025-03-06")
    wrong = {("state:AUS",), ("state:GBR",), ("state:IRL",), ("state:AZE",), ("state:COL",)}
    assert not [c for c in claims if c.predicate == "HOLDS_ROLE" and (c.object,) in wrong]
    assert not [c for c in claims if c.predicate in ("PARTY_TO", "SIGNED_MOU_WITH")
                and (c.subject,) in wrong]


def test_the_state_itself_still_resolves_beside_its_namesake_places():
    text = ("Papua New Guinea Prime Minister James Marape met Irish Taoiseach Micheál Martin, "
            "while militants in the Niger Delta attacked a pipeline.")
    roles = holds_roles(text, language="en", published="2025-03-06")
    assert ("official:james-marape", "state:PNG", "prime minister") in roles
    assert ("official:micheal-martin", "state:IRL", "prime minister") in roles
    assert not any(body == "state:NER" for _, body, _ in roles)


def test_places_named_after_a_state_do_not_stand_for_it():
    text = ("Piracy in the Gulf of Guinea and raids around Lake Chad worry Nigerian President "
            "Bola Tinubu, who met Chadian officials on Monday.")
    claims = extract_text(text, language="en", published="2025-03-06")
    assert not {c.subject for c in claims} & {"state:GIN"}
    assert not {c.object for c in claims} & {"state:GIN"}
