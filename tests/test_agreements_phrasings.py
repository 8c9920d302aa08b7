"""Memoranda and agreements in the phrasings of other outlets (issue 3): "memorandums", "un MoU",
"penned", "put pen to paper on", "with neighbouring X", "con su vecina X", "a memorandum between A and B
was signed", "the memorandum Kenya signed with Uganda", "Kenya's foreign ministry said it had signed".
Sentences are our own; negatives (plans, denials, questions) give nothing asserted."""

import pytest

from tests.extracting import signing_claims, signing_subjects

PUB = "2025-06-12"


def _claims(text, language="en", pub=PUB):
    return signing_claims(text, language, pub)


def _parties(text, language="en"):
    return signing_subjects(text, "PARTY_TO", language, PUB)


def _mou(text, language="en"):
    return {frozenset((c.subject, c.object)) for c in _claims(text, language) if c.predicate == "SIGNED_MOU_WITH"}


@pytest.mark.parametrize("text,language,pair", [
    ("Kenya signed memorandums of understanding with Uganda on Tuesday.", "en", ("state:KEN", "state:UGA")),
    ("Ghana and Togo signed three memorandums of understanding on trade on Monday.", "en", ("state:GHA", "state:TGO")),
    ("Ghana and Togo penned a memorandum of understanding on Monday.", "en", ("state:GHA", "state:TGO")),
    ("Chile and Peru put pen to paper on a memorandum of understanding on fisheries.", "en", ("state:CHL", "state:PER")),
    ("Kenia firmó con Uganda un MoU sobre transporte ferroviario el martes.", "es", ("state:KEN", "state:UGA")),
    ("Chile y Perú suscribieron un MoU pesquero el lunes.", "es", ("state:CHL", "state:PER")),
])
def test_memoranda_under_other_names_and_verbs(text, language, pair):
    assert _mou(text, language) == {frozenset(pair)}


@pytest.mark.parametrize("text,language,parties", [
    ("Kenya signed a memorandum of understanding on Tuesday with neighbouring Uganda.", "en", {"state:KEN", "state:UGA"}),
    ("Ghana inked a trade deal with neighboring Togo on Friday.", "en", {"state:GHA", "state:TGO"}),
    ("Kenia suscribió el martes un memorando de entendimiento con su vecina Uganda.", "es", {"state:KEN", "state:UGA"}),
    ("Chile firmó un acuerdo de pesca con el vecino Perú.", "es", {"state:CHL", "state:PER"}),
])
def test_a_partner_with_an_adjective_of_neighbourhood(text, language, parties):
    assert _parties(text, language) == parties


@pytest.mark.parametrize("text,language,parties", [
    ("A memorandum of understanding between Kenya and Uganda was signed on Tuesday.", "en", {"state:KEN", "state:UGA"}),
    ("A defence accord between Greece and France was signed in Athens.", "en", {"state:GRC", "state:FRA"}),
    ("Un memorando de entendimiento entre Chile y Perú fue firmado el lunes en Lima.", "es", {"state:CHL", "state:PER"}),
])
def test_a_passive_after_the_between_list(text, language, parties):
    assert _parties(text, language) == parties


@pytest.mark.parametrize("text", [
    "A memorandum of understanding between Kenya and Uganda was not signed on Tuesday.",
    "A memorandum of understanding between Kenya and Uganda will be signed on Tuesday.",
    "Was a memorandum of understanding between Kenya and Uganda ever signed?",
])
def test_a_passive_after_the_between_list_denied_or_planned(text):
    assert _parties(text) == set()


@pytest.mark.parametrize("text,parties", [
    ("The memorandum of understanding Kenya signed with Uganda on Tuesday covers rail transport.",
     {"state:KEN", "state:UGA"}),
    ("The defence pact Ghana and Togo signed in 2021 expires next year.", {"state:GHA", "state:TGO"}),
    ("The accord Greece had signed with France in 2021 is up for renewal.", {"state:GRC", "state:FRA"}),
])
def test_an_agreement_then_its_signing_without_a_relative_pronoun(text, parties):
    assert _parties(text) == parties


@pytest.mark.parametrize("text", [
    "The memorandum of understanding Kenya wants to sign with Uganda covers rail transport.",
    "The defence pact Ghana and Togo never signed would have created a joint force.",
])
def test_an_agreement_then_a_signing_only_wished_or_denied(text):
    assert _parties(text) == set()


@pytest.mark.parametrize("text,language,parties", [
    ("Kenya's foreign ministry said it had signed a memorandum with Uganda.", "en", {"state:KEN", "state:UGA"}),
    ("Ghana said on Monday that it had signed a defence pact with Togo.", "en", {"state:GHA", "state:TGO"}),
    ("Kenia anunció el lunes que había firmado un acuerdo de defensa con Etiopía.", "es", {"state:KEN", "state:ETH"}),
    ("Chile informó que firmó un memorando con Perú.", "es", {"state:CHL", "state:PER"}),
])
def test_the_speaker_who_says_it_signed_is_the_party(text, language, parties):
    assert _parties(text, language) == parties


@pytest.mark.parametrize("text,language", [
    ("Kenya said it would sign a defence pact with Ethiopia.", "en"),
    ("Kenya's government said it had not signed any pact with Ethiopia.", "en"),
    ("Kenia anunció que firmará un acuerdo de defensa con Etiopía.", "es"),
    ("Kenia negó que hubiera firmado un acuerdo con Etiopía.", "es"),
])
def test_a_speaker_who_plans_or_denies_a_signing_is_no_party(text, language):
    assert _parties(text, language) == set()


# -- a ministry that signs signs for its state
@pytest.mark.parametrize("text,language,pair", [
    ("El Ministerio de Transporte de Kenia y el Ministerio de Obras de Uganda firmaron el martes un memorando de "
     "entendimiento.", "es", ("state:KEN", "state:UGA")),
    ("The Kenyan Ministry of Transport and the Ugandan Ministry of Works signed a memorandum of understanding on "
     "Tuesday.", "en", ("state:KEN", "state:UGA")),
    ("El Ministerio de Defensa de Chile firmó un memorando de entendimiento con Perú.", "es", ("state:CHL", "state:PER")),
])
def test_a_ministry_signs_for_its_state(text, language, pair):
    assert _mou(text, language) == {frozenset(pair)}
    assert not any(c.subject.startswith("group:") for c in _claims(text, language) if c.predicate == "PARTY_TO")


def test_a_ministry_that_only_plans_to_sign_gives_nothing():
    text = "El Ministerio de Transporte de Kenia planea firmar un memorando de entendimiento con Uganda."
    assert _claims(text, "es") == []
