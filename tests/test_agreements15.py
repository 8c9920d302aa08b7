"""Agreements, session 15: signatory lists whose items carry an aside ("by A, who was then foreign minister, and B",
"by A for Kinshasa and by B for the rebels", "por el presidente A y el entonces primer ministro B"); a passive
signing of an agreement told with its partner ("A's treaty with B was signed by ...", "el acuerdo de A con B fue
firmado por ...") or with an adjective ("los acuerdos bilaterales, rubricados por ..."); "between the government of A
and B"; one kind whatever the number ("los acuerdos" are an "acuerdo"). Sentences written for this test."""

import pytest

from tests.extracting import extract_text

PUB = "2025-06-10"


def _signing(text, lang):
    cs = [c for c in extract_text(text, language=lang, published=PUB) if c.polarity == "positive"]
    return ({c.subject for c in cs if c.predicate == "SIGNED"}, {c.subject for c in cs if c.predicate == "PARTY_TO"})


@pytest.mark.parametrize("text,lang,signers", [
    ("Japan and the Philippines signed a defence pact in July 2024. It was signed by Yoko Kamikawa, who was then foreign "
     "minister, and Gilberto Teodoro, the Philippine defence secretary.", "en",
     {"official:yoko-kamikawa", "official:gilberto-teodoro"}),
    ("Colombia and the ELN signed a ceasefire agreement in Havana. The text was signed by Otty Patiño for the government "
     "and by Pablo Beltrán for the ELN.", "en", {"official:otty-patino", "official:pablo-beltran"}),
    ("Kenia y Haití firmaron en marzo de 2024 los acuerdos bilaterales, rubricados en Nairobi por el presidente William "
     "Ruto y el entonces primer ministro Ariel Henry.", "es", {"official:william-ruto", "official:ariel-henry"}),
    ("Colombia y Venezuela firmaron un memorando de seguridad en julio. El documento fue suscrito por Luis Gilberto "
     "Murillo, entonces canciller colombiano, y por Yván Gil.", "es", {"official:luis-gilberto-murillo", "official:yvan-gil"}),
    ("The Treaty was signed in Manila in July last year by Yoko Kamikawa, who was then foreign minister, and Gilberto "
     "Teodoro, the Philippine defence secretary.", "en", {"official:yoko-kamikawa", "official:gilberto-teodoro"}),
])
def test_every_signatory_of_a_list_with_asides(text, lang, signers):
    assert signers <= _signing(text, lang)[0]


@pytest.mark.parametrize("text,lang,parties,signers", [
    ("Australia's new security treaty with Tuvalu was signed in December by Prime Minister Anthony Albanese and Prime "
     "Minister Feleti Teo.", "en", {"state:AUS", "state:TUV"}, {"official:anthony-albanese", "official:feleti-teo"}),
    ("The defence pact with Japan was signed in Manila by Gilberto Teodoro and Minoru Kihara.", "en",
     {"state:PHL", "state:JPN"}, {"official:gilberto-teodoro", "official:minoru-kihara"}),
    ("El acuerdo de Chile con Paraguay fue firmado el martes por Alberto van Klaveren y Rubén Ramírez Lezcano.", "es",
     {"state:CHL", "state:PRY"}, {"official:alberto-van-klaveren", "official:ruben-ramirez-lezcano"}),
    ("Los convenios bilaterales, firmados en Lima por los cancilleres de Perú y Bolivia, entraron en vigor.", "es",
     {"state:PER", "state:BOL"}, set()),
])
def test_a_passive_signing_of_an_agreement_told_with_its_partner(text, lang, parties, signers):
    got_signers, got_parties = _signing(text, lang)
    assert parties <= got_parties and signers <= got_signers


@pytest.mark.parametrize("text,lang,parties", [
    ("Qatar on Saturday hosted the signing of a Declaration of Principles between the government of Colombia and the "
     "National Liberation Army (ELN).", "en", {"state:COL", "group:eln"}),
    ("Noruega acogió el lunes la firma de un acuerdo de cese al fuego entre el Gobierno de Colombia y el ELN.", "es",
     {"state:COL", "group:eln"}),
    ("A ceasefire was signed on Friday between the government of Sudan and the Rapid Support Forces.", "en",
     {"state:SDN", "group:rsf-sudan"}),
])
def test_between_the_government_of_a_state_and_another_party(text, lang, parties):
    assert parties <= _signing(text, lang)[1]


@pytest.mark.parametrize("text,lang", [
    ("The treaty with Nauru was negotiated for months and will be signed by Albanese next week.", "en"),
    ("Talks between the government of Colombia and the ELN on a new ceasefire agreement resumed in Caracas.", "en"),
    ("El acuerdo de Chile con Paraguay será firmado el martes por los dos cancilleres.", "es"),
    ("The pact with Japan has not been signed by Gilberto Teodoro.", "en"),
])
def test_a_signing_still_to_come_or_denied_is_none(text, lang):
    assert _signing(text, lang) == (set(), set())


def test_one_kind_whatever_the_number():
    from graph.schema import Document
    from loaders.extract import extract
    entities, _ = extract(Document(id="doc:t", text="Kenia y Haití firmaron en marzo de 2024 los acuerdos bilaterales.",
                                   published=PUB, language="es"))
    assert [e.kind for e in entities if e.type == "Agreement"] == ["acuerdo"]


@pytest.mark.parametrize("text,party", [
    ("Bolivia se adhirió en 2019 a la Carta de San José.", "state:BOL"),
    ("Malí, Níger y Burkina Faso firmaron en septiembre de 2023 la Carta de Liptako-Gourma.", "state:MLI"),
])
def test_a_charter_named_in_spanish_is_an_agreement(text, party):
    assert party in _signing(text, "es")[1]


@pytest.mark.parametrize("text", [
    "El presidente de Chile envió una carta de protesta a Perú.",
    "Los cancilleres de Chile y Perú firmaron una carta dirigida a la ONU.",
])
def test_a_letter_is_no_charter(text):
    assert _signing(text, "es")[1] == set()
