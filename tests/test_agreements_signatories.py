"""Signatories and the state each signs for, as other writers introduce them (issue 3):
"X and his Mauritian counterpart, Y, signed", "con su par chino, Y", a month named "May",
a minister named with no country beside a counterpart of another state. Sentences are our own
(other actors and outlets' styles), with negatives: plans, denials and questions give nothing."""

import pytest

from graph.schema import Document
from loaders.extract import extract
from tests.extracting import signing_claims, signing_subjects

PUB = "2025-06-12"


def _claims(text, language="en", pub=PUB):
    return signing_claims(text, language, pub)


def _parties(text, language="en", pub=PUB):
    return signing_subjects(text, "PARTY_TO", language, pub)


def _signers(text, language="en", pub=PUB):
    return signing_subjects(text, "SIGNED", language, pub)


# -- the counterpart's adjective is the counterpart's state, whatever office the first one holds
@pytest.mark.parametrize("text,language,parties", [
    ("Indian Prime Minister Narendra Modi and his Maldivian counterpart, Mohamed Muizzu, signed a maritime "
     "treaty on Monday.", "en", {"state:IND", "state:MDV"}),
    ("On Tuesday, Brazilian President Luiz Inácio Lula da Silva and his Bhutanese counterpart, Tshering Tobgay, "
     "inked a trade deal.", "en", {"state:BRA", "state:BTN"}),
    ("El presidente chileno Gabriel Boric y su homólogo samoano, Fiame Naomi Mata'afa, firmaron el lunes un "
     "acuerdo pesquero.", "es", {"state:CHL", "state:WSM"}),
    ("La canciller colombiana, Laura Sarabia, firmó el jueves en Pekín con su par chino, Wang Yi, un memorando "
     "de entendimiento sobre comercio agrícola.", "es", {"state:COL", "state:CHN"}),
    ("El ministro de Exteriores peruano, Elmer Schialer, firmó en Tokio con su par japonés, Takeshi Iwaya, un "
     "convenio de cooperación técnica.", "es", {"state:PER", "state:JPN"}),
])
def test_a_counterpart_signs_for_the_state_its_adjective_names(text, language, parties):
    assert _parties(text, language) == parties


def test_a_counterpart_signing_memorandum_is_a_memorandum_between_the_two_states():
    text = ("La canciller colombiana, Laura Sarabia, firmó el martes en Pekín con su par chino, Wang Yi, un "
            "memorando de entendimiento sobre comercio agrícola.")
    claims = _claims(text, "es")
    mou = {frozenset((c.subject, c.object)) for c in claims if c.predicate == "SIGNED_MOU_WITH"}
    assert mou == {frozenset(("state:COL", "state:CHN"))}
    assert {c.date for c in claims} == {"2025-06-10"}


@pytest.mark.parametrize("text,language", [
    ("Indian Prime Minister Narendra Modi and his Maldivian counterpart, Mohamed Muizzu, plan to sign a maritime "
     "treaty next month.", "en"),
    ("Indian Prime Minister Narendra Modi and his Maldivian counterpart, Mohamed Muizzu, did not sign the "
     "maritime treaty.", "en"),
    ("Will Indian Prime Minister Narendra Modi and his Maldivian counterpart, Mohamed Muizzu, sign a maritime "
     "treaty?", "en"),
    ("La canciller colombiana, Laura Sarabia, no firmó con su par chino, Wang Yi, ningún memorando.", "es"),
    ("La canciller colombiana, Laura Sarabia, podría firmar con su par chino, Wang Yi, un memorando.", "es"),
])
def test_counterparts_who_only_plan_refuse_or_are_asked_sign_nothing(text, language):
    assert _claims(text, language) == []


# -- "In May" is a month, not a hedge
@pytest.mark.parametrize("text,parties", [
    ("In May, Kenya and Uganda signed a memorandum of understanding on rail transport.", {"state:KEN", "state:UGA"}),
    ("Ghana signed a defence pact with Togo in May.", {"state:GHA", "state:TGO"}),
    ("Since May 2024, when Egypt and Eritrea signed a security accord, the Red Sea has been calmer.",
     {"state:EGY", "state:ERI"}),
    ("Poland signed a grain deal with Ukraine on May 3.", {"state:POL", "state:UKR"}),
    ("Last May Norway inked a fisheries treaty with Iceland.", {"state:NOR", "state:ISL"}),
])
def test_the_month_may_does_not_block_a_signing(text, parties):
    assert _parties(text) == parties


@pytest.mark.parametrize("text", [
    "Kenya may sign a memorandum of understanding with Uganda.",
    "Ghana and Togo may soon sign a defence pact.",
    "In May, Poland said it may sign a grain deal with Ukraine.",
])
def test_the_modal_may_still_blocks(text):
    assert _parties(text) == set()


# -- a minister with no country beside a counterpart of another state signs for the story's state
def test_a_minister_with_no_country_beside_a_foreign_counterpart_signs_for_the_storys_state():
    text = ("Russia is courting Havana again. Russian oil flows to Cuba have tripled this year, and Russia has "
            "sent grain too. In June, Deputy Prime Minister Alexei Overchuk and his Cuban counterpart, "
            "Ricardo Cabrisas, signed a memorandum of understanding on energy in Moscow.")
    claims = _claims(text)
    assert {c.subject for c in claims if c.predicate == "PARTY_TO"} == {"state:RUS", "state:CUB"}
    assert {c.subject for c in claims if c.predicate == "SIGNED"} >= {"official:ricardo-cabrisas"}


def test_a_minister_with_no_country_and_no_counterpart_is_not_given_the_storys_state():
    # the story is about India, but nothing says whose defence minister signed with China
    text = ("India watches the Maldives closely. India sent a navy ship to the region in March, and India "
            "summoned envoys twice. In March the defence minister, Ali Rasheed, signed a military assistance "
            "agreement with Chinese general Zhang Li.")
    assert "state:IND" not in _parties(text)


# -- a treaty named after a deal: the more exact kind
def test_a_treaty_named_after_the_deal_of_the_lede_makes_it_a_treaty():
    text = ("Britain and Mauritius have finally signed the deal. On Thursday, British Prime Minister Keir "
            "Starmer and his Mauritian counterpart, Navin Ramgoolam, signed a treaty on the islands.")
    doc = Document(id="doc:t", text=text, language="en", published=PUB)
    ents, claims = extract(doc)
    assert {e.kind for e in ents if e.type == "Agreement"} == {"treaty"}
    assert {c.subject for c in claims if c.predicate == "SIGNED" and c.polarity == "positive"} == {
        "official:keir-starmer", "official:navin-ramgoolam"}


# -- signatories named around a signing of the agreement just read, as other outlets write it
LEAD_EN = "Ghana and Togo signed a memorandum of understanding on border trade on Monday. "
LEAD_ES = "Ghana y Togo firmaron el lunes un memorando de entendimiento sobre comercio fronterizo. "


@pytest.mark.parametrize("text,language", [
    (LEAD_EN + "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa signed on behalf of Ghana and Foreign Minister "
     "Robert Dussey on behalf of Togo.", "en"),
    (LEAD_EN + "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa and Togolese Foreign Minister Robert Dussey "
     "signed for their countries.", "en"),
    (LEAD_EN + "The text bears the signatures of Ghanaian Foreign Minister Samuel Okudzeto Ablakwa and Togolese "
     "Foreign Minister Robert Dussey.", "en"),
    (LEAD_ES + "Firmaron por Ghana el canciller Samuel Okudzeto Ablakwa y por Togo el canciller Robert Dussey.", "es"),
    (LEAD_ES + "El canciller ghanés, Samuel Okudzeto Ablakwa, y su homólogo togolés, Robert Dussey, firmaron el "
     "documento en Acra.", "es"),
    (LEAD_ES + "Lo firmaron el canciller ghanés, Samuel Okudzeto Ablakwa, y su homólogo togolés, Robert Dussey.", "es"),
    (LEAD_ES + "El texto lleva la firma del canciller ghanés, Samuel Okudzeto Ablakwa, y de su homólogo togolés, "
     "Robert Dussey.", "es"),
])
def test_both_signatories_of_the_agreement_just_read(text, language):
    claims = _claims(text, language)
    signed = {c.subject for c in claims if c.predicate == "SIGNED"}
    assert signed == {"official:samuel-okudzeto-ablakwa", "official:robert-dussey"}
    assert {c.object for c in claims if c.predicate == "SIGNED"} == {c.object for c in claims if c.predicate == "PARTY_TO"}


def test_who_signed_for_a_state_is_its_signatory():
    text = LEAD_EN + "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa, who signed for Ghana, called it historic."
    assert _signers(text) == {"official:samuel-okudzeto-ablakwa"}


@pytest.mark.parametrize("text,language", [
    (LEAD_EN + "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa will sign on behalf of Ghana next week.", "en"),
    (LEAD_EN + "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa and Togolese Foreign Minister Robert Dussey did "
     "not sign for their countries.", "en"),
    (LEAD_ES + "No lo firmaron el canciller ghanés, Samuel Okudzeto Ablakwa, ni su homólogo togolés, Robert Dussey.", "es"),
    (LEAD_ES + "El canciller ghanés, Samuel Okudzeto Ablakwa, y su homólogo togolés, Robert Dussey, firmarán el "
     "documento en Acra.", "es"),
    ("Ghanaian Foreign Minister Samuel Okudzeto Ablakwa and Togolese Foreign Minister Robert Dussey signed for "
     "their countries.", "en"),  # no agreement read before: nothing to sign
])
def test_no_signatories_without_a_signing_or_an_agreement(text, language):
    assert _signers(text, language) == set()


@pytest.mark.parametrize("text,language,signers", [
    (LEAD_ES + "El canciller ghanés, Samuel Okudzeto Ablakwa, y el canciller togolés, Robert Dussey, hermano del "
     "presidente Faure Gnassingbé, firmaron el documento.", "es",
     {"official:samuel-okudzeto-ablakwa", "official:robert-dussey"}),
    (LEAD_EN + "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa and Togolese Foreign Minister Robert Dussey, a "
     "cousin of President Faure Gnassingbe, signed the document.", "en",
     {"official:samuel-okudzeto-ablakwa", "official:robert-dussey"}),
])
def test_a_relative_named_in_a_signatorys_title_signs_nothing(text, language, signers):
    assert _signers(text, language) == signers
