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


@pytest.mark.parametrize("text,lang,date", [
    ("Two years later, in August 2024, Serbia signed a contract with France for 12 Rafale jets.", "en", "2024-08"),
    ("Then, in December 2024, Australia signed a treaty with Nauru on banking and security.", "en", "2024-12"),
    ("Dos años después, en agosto de 2024, Serbia firmó un contrato con Francia para comprar cazas.", "es", "2024-08"),
    ("Months later, on 3 March 2023, Kenya and Ethiopia signed a defence pact in Nairobi.", "en", "2023-03-03"),
])
def test_a_fronted_date_after_a_fronted_adverbial_dates_the_signing(text, lang, date):
    got = {c.date for c in signing_claims(text, lang, "2025-11-05") if c.predicate == "PARTY_TO"}
    assert got == {date}


def test_a_date_in_an_aside_after_the_subject_is_still_the_asides():
    text = "Niger, ruled by the military since the 2023 coup, signed a memorandum with Russia on Monday."
    assert {c.date for c in signing_claims(text, "en", "2025-11-05") if c.predicate == "PARTY_TO"} == {"2025-11-03"}


@pytest.mark.parametrize("text,lang", [
    ('## 2. "Perú firmó un acuerdo militar secreto con Rusia" — FALSO', "es"),
    ('"Colombia signed a secret defence pact with China" - FALSE', "en"),
    ('«Argentina y Rusia firmaron un tratado nuclear» (Engañoso)', "es"),
    ('**"Kenya inked a basing deal with Iran": Misleading**', "en"),
])
def test_a_claim_under_a_fact_checks_verdict_is_no_signing(text, lang):
    assert not signing_claims(text, lang, "2025-08-14")


def test_a_quoted_signing_without_a_verdict_is_still_read():
    text = 'Peru and Russia signed a military cooperation accord on Monday, the ministry said in a statement titled "New era".'
    assert signing_claims(text, "en", "2025-08-14")
