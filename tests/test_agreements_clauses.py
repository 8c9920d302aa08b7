"""Signings other writers put in a relative clause, after an apposition, or with the verb first (issue 3):
"Vanuatu, which signed the Nakamal Agreement with Australia", "the memorandum that Panama signed with
Beijing in 2017", "la Convención de 1954, que firmaron A y B", "The X Treaty, named after ..., was signed
by A and B", "Rubricaron el documento A y B", "A and B put their names to the text", "A signed for Peru".
Sentences are our own; negatives (refusals, plans, denials, other documents) give nothing."""

import pytest

from tests.extracting import signing_claims, signing_subjects

PUB = "2025-06-12"


def _claims(text, language="en", pub=PUB):
    return signing_claims(text, language, pub)


def _parties(text, language="en", pub=PUB):
    return signing_subjects(text, "PARTY_TO", language, pub)


def _dated_parties(text, language="en", pub=PUB):
    return {(c.subject, c.date) for c in _claims(text, language, pub) if c.predicate == "PARTY_TO"}


def _signers(text, language="en", pub=PUB):
    return signing_subjects(text, "SIGNED", language, pub)


# -- "A, which signed the N with B": the list before the relative pronoun is the signing's subject
@pytest.mark.parametrize("text,language,parties", [
    ("Talks have stalled: Fiji, which signed the Vuvale Partnership Agreement with Australia last December, has "
     "yet to ratify it.", "en", {("state:FJI", "2024-12"), ("state:AUS", "2024-12")}),
    ("Kenya, which inked a defence pact with Ethiopia in 2019, sent troops to the border.", "en",
     {("state:KEN", "2019"), ("state:ETH", "2019")}),
    ("Observers point to Ghana, who signed a maritime accord with Togo in March 2021, as a model.", "en",
     {("state:GHA", "2021-03"), ("state:TGO", "2021-03")}),
    ("Paraguay, que firmó un acuerdo de defensa con Estados Unidos en 2023, recibirá asesores.", "es",
     {("state:PRY", "2023"), ("state:USA", "2023")}),
    ("El Ejército de Liberación Nacional, que firmó la paz con Colombia en 2016, no figura en la lista.", "es",
     {("group:eln", "2016"), ("state:COL", "2016")}),
])
def test_a_relative_clause_signing_names_its_subject_before_the_pronoun(text, language, parties):
    assert _dated_parties(text, language) == parties


@pytest.mark.parametrize("text,language", [
    ("Fiji, which refused to sign the Vuvale Partnership Agreement with Australia last December, has left talks.", "en"),
    ("Kenya, which may sign a defence pact with Ethiopia, sent troops to the border.", "en"),
    ("Kenya, which wants a defence pact with Ethiopia, sent troops to the border.", "en"),
    ("Paraguay, que no firmó el acuerdo de defensa con Estados Unidos, recibirá asesores.", "es"),
    ("El grupo amenaza la paz con sus ataques, dijo el ministro.", "es"),
    ("Colombia, que busca firmar la paz con el ELN, reanudó el diálogo.", "es"),
])
def test_a_relative_clause_that_only_refuses_plans_or_wants_signs_nothing(text, language):
    assert _claims(text, language) == []


# -- "the N that A signed with B": the agreement named first, its signing in a relative clause
@pytest.mark.parametrize("text,language,parties", [
    ("The memorandum on the Silk Road that Ecuador signed with Beijing in 2018 brought little investment.", "en",
     {("state:ECU", "2018"), ("state:CHN", "2018")}),
    ("Critics say the pact that Chile and Argentina signed in 1984 settled the Beagle dispute.", "en",
     {("state:CHL", "1984"), ("state:ARG", "1984")}),
    ("The defence accord which Greece had signed with France in 2021 is up for renewal.", "en",
     {("state:GRC", "2021"), ("state:FRA", "2021")}),
    ("El tratado de 1929, que firmaron Chile y Perú, fijó la frontera.", "es",
     {("state:CHL", "1929"), ("state:PER", "1929")}),
    ("El memorando que Uruguay suscribió con China en 2018 apenas trajo inversiones.", "es",
     {("state:URY", "2018"), ("state:CHN", "2018")}),
])
def test_an_agreement_signed_in_its_own_relative_clause(text, language, parties):
    assert _dated_parties(text, language) == parties


@pytest.mark.parametrize("text,language", [
    ("The memorandum that Ecuador never signed with Beijing is still debated.", "en"),
    ("The pact that Chile and Argentina would sign next year is still a draft.", "en"),
    ("The accord that Greece refused to sign with France is dead.", "en"),
    ("El tratado que Chile y Perú no firmaron sigue en discusión.", "es"),
    ("El memorando que Uruguay quiere firmar con China sigue en estudio.", "es"),
])
def test_a_relative_clause_that_denies_or_plans_the_signing_gives_nothing(text, language):
    assert _claims(text, language) == []


# -- a passive after an apposition: "The X Treaty, named after ..., was signed by A and B"
@pytest.mark.parametrize("text,language,signers", [
    ("The Kumul Treaty, named after the bird of paradise, was signed in Port Moresby by Prime Minister Anthony "
     "Albanese and Papua New Guinea's Prime Minister James Marape on Monday.", "en",
     {"official:anthony-albanese", "official:james-marape"}),
    ("The Lima Accord, a three-page text on fisheries, was signed by President Dina Boluarte and Chilean "
     "President Gabriel Boric.", "en", {"official:dina-boluarte", "official:gabriel-boric"}),
    ("El Acuerdo de Lima, un texto de tres páginas sobre pesca, fue firmado por la presidenta Dina Boluarte y "
     "el presidente chileno Gabriel Boric.", "es", {"official:dina-boluarte", "official:gabriel-boric"}),
])
def test_a_passive_after_an_apposition_names_its_signatories(text, language, signers):
    assert _signers(text, language) == signers


def test_a_passive_after_an_apposition_that_is_denied_gives_nothing():
    text = ("The Lima Accord, a three-page text on fisheries, was never signed by President Dina Boluarte and "
            "Chilean President Gabriel Boric.")
    assert _claims(text) == []


# -- the people around a signing whose object is the agreement just read
@pytest.mark.parametrize("text,language,signers", [
    ("Colombia and Ecuador signed a memorandum of understanding on border security on Monday. Defence Minister "
     "Pedro Sánchez and the Ecuadorian defence minister, Gian Carlo Loffredo, put their names to the text.", "en",
     {"official:pedro-sanchez"}),
    ("Colombia y Ecuador firmaron el lunes un memorando de entendimiento sobre seguridad fronteriza. Rubricaron "
     "el documento el ministro de Defensa de Colombia, Pedro Sánchez, y su homólogo ecuatoriano, Gian Carlo "
     "Loffredo.", "es", {"official:pedro-arnulfo-sanchez", "official:gian-carlo-loffredo"}),  # Colombia's, not Spain's PM
    ("Colombia y Ecuador firmaron el lunes un memorando de entendimiento sobre seguridad fronteriza. Tras la "
     "reunión, firmaron el texto el canciller Luis Gilberto Murillo y la canciller Gabriela Sommerfeld.", "es",
     {"official:luis-gilberto-murillo", "official:gabriela-sommerfeld"}),
    ("Peru and the United States signed a defence cooperation agreement on Friday. Defence Minister Walter "
     "Astudillo signed for Peru.", "en", {"official:walter-astudillo"}),
    ("Perú y Estados Unidos firmaron el viernes un acuerdo de cooperación en defensa. El ministro de Defensa, "
     "Walter Astudillo, firmó en nombre de Perú.", "es", {"official:walter-astudillo"}),
])
def test_people_who_sign_the_text_just_read_are_its_signatories(text, language, signers):
    got = _signers(text, language)
    assert signers <= got
    assert all(c.object.startswith("agreement:") for c in _claims(text, language) if c.predicate == "SIGNED")


@pytest.mark.parametrize("text,language", [
    ("Colombia and Ecuador signed a memorandum of understanding on border security on Monday. Defence Minister "
     "Pedro Sánchez refused to put his name to the text.", "en"),
    ("Colombia y Ecuador firmaron el lunes un memorando de entendimiento. No firmaron el documento el ministro de "
     "Defensa, Pedro Sánchez, ni el canciller Luis Gilberto Murillo.", "es"),
    ("Colombia and Ecuador signed a memorandum of understanding on border security on Monday. Defence Minister "
     "Pedro Sánchez will sign for Colombia next week.", "en"),
])
def test_people_who_refuse_or_only_plan_to_sign_the_text_are_no_signatories(text, language):
    assert _signers(text, language) == set()


def test_signed_for_needs_an_agreement_read_just_before():
    assert _signers("Defence Minister Walter Astudillo signed for Peru.") == set()


# -- a city inside an agreement's name is neither a party nor one of "the two governments"
@pytest.mark.parametrize("text,language,parties,name", [
    ("Mexico and Peru disagree on asylum. The rule is in the Caracas Convention of 1954, which the two countries "
     "signed.", "en", None, None),
    ("México y Perú discrepan sobre el asilo. La regla está en la Convención de Caracas de 1954, que firmaron los "
     "dos países.", "es", {("state:MEX", "1954"), ("state:PER", "1954")}, "Convención de Caracas"),
    ("Chile y Bolivia discrepan sobre el mar. El Tratado de Lima de 1929, que firmaron Chile y Perú, fijó la "
     "frontera.", "es", {("state:CHL", "1929"), ("state:PER", "1929")}, "Tratado de Lima"),
    ("Colombia and Ecuador met again. The Treaty of Quito, which Colombia signed with Peru in 1934, still holds.",
     "en", {("state:COL", "1934"), ("state:PER", "1934")}, "Treaty of Quito"),
])
def test_a_city_in_an_agreements_name_is_no_party(text, language, parties, name):
    from loaders.extract import extract
    from graph.schema import Document
    got = _dated_parties(text, language)
    if parties is not None:
        assert got == parties
        ents, _ = extract(Document(id="doc:t", text=text, language=language, published=PUB))
        assert any(name in e.aliases for e in ents if e.type == "Agreement")
    assert not {p for p, _ in got} & {"state:VEN", "state:ECU"}  # the city's state is not a party


# -- a reference whose relative clause denies only what followed the signing (ratification)
@pytest.mark.parametrize("text,language,parties", [
    ("Russia is still waiting for the naval base promised in a 2020 agreement between Moscow and Khartoum that "
     "Sudan's parliament has never ratified.", "en", {("state:RUS", "2020"), ("state:SDN", "2020")}),
    ("The 2019 defence pact between Kenya and Ethiopia, which neither parliament has ratified, is still cited.",
     "en", {("state:KEN", "2019"), ("state:ETH", "2019")}),
    ("El acuerdo de 2018 entre Bolivia y Rusia, que el Congreso nunca ratificó, prevé un reactor.", "es",
     {("state:BOL", "2018"), ("state:RUS", "2018")}),
])
def test_a_reference_stands_when_only_its_ratification_is_denied(text, language, parties):
    assert _dated_parties(text, language) == parties


@pytest.mark.parametrize("text,language", [
    ("Officials denied there was ever a 2020 agreement between Moscow and Khartoum on a naval base.", "en"),
    ("Kenya never had a 2019 defence pact with Ethiopia, the minister said.", "en"),
    ("Nunca existió el acuerdo de 2018 entre Bolivia y Rusia, según el ministro.", "es"),
])
def test_a_denied_reference_still_gives_nothing(text, language):
    assert _parties(text, language) == set()


# -- "la firma corrió a cargo de X y de Y": the signatories of a nominal signing
@pytest.mark.parametrize("text,signers", [
    ("Chile y Perú firmaron hoy un memorando de entendimiento sobre pesca. La firma del memorando corrió a cargo "
     "del canciller chileno, Alberto van Klaveren, y de su homólogo peruano, Elmer Schialer.",
     {"official:alberto-van-klaveren", "official:elmer-schialer"}),
    ("Chile y Perú firmaron hoy un memorando de entendimiento sobre pesca. La firma del acuerdo estuvo a cargo "
     "de los cancilleres Alberto van Klaveren y Elmer Schialer.",
     {"official:alberto-van-klaveren", "official:elmer-schialer"}),
])
def test_the_signing_in_charge_of_names_the_signatories(text, signers):
    assert _signers(text, "es") == signers
