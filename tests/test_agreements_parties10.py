"""Who is party to an agreement: a company told by its owner and what it is signs for itself, and the state that
owns it is no party ("Russia's state nuclear corporation Rosatom"). Sentences written for this test."""

import pytest

from tests.extracting import parties_by_agreement, signing_claims


@pytest.mark.parametrize("text,lang,party", [
    ("Myanmar's junta chief signed an agreement with Russia's state nuclear corporation Rosatom on Tuesday.", "en",
     "group:rosatom"),
    ("In July, Niamey and Rosatom, Russia's state atomic energy corporation, signed a memorandum on uranium mining.", "en",
     "group:rosatom"),
    ("Egypt signed a deal with Russia's state nuclear energy corporation, Rosatom, to build the plant.", "en",
     "group:rosatom"),
    ("Níger firmó en julio un memorando con la corporación estatal rusa Rosatom para explotar uranio.", "es",
     "group:rosatom"),
])
def test_a_state_company_is_a_party_of_its_own(text, lang, party):
    parties = set().union(*parties_by_agreement(signing_claims(text, lang, "2025-09-01")).values())
    assert party in parties
    assert "state:RUS" not in parties
