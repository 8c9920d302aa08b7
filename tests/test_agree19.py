"""Session 19 (agree19): a signing told in the second (or third) verb phrase of a coordinated predicate shares the
subject of the first ("Kenya hosted the talks and signed a pact with Somalia", "Marruecos acogió la cumbre y luego firmó
un memorando con Mauritania"); never across a clause with a subject of its own, a relative, "but/pero", a semicolon,
or a first verb phrase that is a refusal or a plan."""

import pytest

from tests.extracting import parties_by_agreement, positive_pairs, signing_claims, signing_subjects

PUB = "2025-05-01"


def parties(text, lang):
    return [set(v) for v in parties_by_agreement(signing_claims(text, lang, PUB)).values()]


@pytest.mark.parametrize("text,lang,want", [
    ("Kenya hosted the talks and signed a security pact with Somalia.", "en", {"state:KEN", "state:SOM"}),
    ("Kenya hosted the talks on Monday and later signed a defence cooperation agreement with Somalia.", "en",
     {"state:KEN", "state:SOM"}),
    ("Kenya and Somalia met in Nairobi and signed a security pact.", "en", {"state:KEN", "state:SOM"}),
    ("Morocco welcomed the Mauritanian delegation, toured the port and then inked a fisheries agreement with "
     "Mauritania.", "en", {"state:MAR", "state:MRT"}),
    ("In March, Colombia recalled its ambassador from Caracas and sealed a border security accord with Ecuador.", "en",
     {"state:COL", "state:ECU"}),
    ("Somalia recibió a la delegación turca y firmó un acuerdo de defensa con Turquía.", "es", {"state:SOM", "state:TUR"}),
    ("Colombia y Ecuador se reunieron en Quito y firmaron un acuerdo de cooperación militar.", "es",
     {"state:COL", "state:ECU"}),
    ("Marruecos acogió la cumbre el lunes, visitó el puerto y finalmente suscribió un convenio pesquero con Mauritania.",
     "es", {"state:MAR", "state:MRT"}),
])
def test_second_verb_phrase_signs(text, lang, want):
    assert want in parties(text, lang)


def test_second_verb_phrase_memorandum():
    text = "Kenya hosted the talks and signed a memorandum of understanding with Somalia."
    assert parties(text, "en") == [{"state:KEN", "state:SOM"}]
    got = positive_pairs(text, "SIGNED_MOU_WITH", language="en", published=PUB)
    assert got & {("state:KEN", "state:SOM"), ("state:SOM", "state:KEN")}
    es = "Marruecos acogió la cumbre el lunes y luego firmó un memorando de entendimiento con Mauritania."
    assert positive_pairs(es, "SIGNED_MOU_WITH", language="es", published=PUB) & {
        ("state:MAR", "state:MRT"), ("state:MRT", "state:MAR")}


@pytest.mark.parametrize("text,lang", [
    ("Kenyan President William Ruto hosted the talks and signed a security pact with Somalia.", "en"),
    ("El presidente keniano William Ruto recibió a su homólogo y luego firmó un acuerdo de seguridad con Somalia.", "es"),
])
def test_second_verb_phrase_signatory(text, lang):
    assert "official:william-ruto" in signing_subjects(text, "SIGNED", lang, PUB)
    assert {"state:KEN", "state:SOM"} in parties(text, lang)


@pytest.mark.parametrize("text,lang,not_party", [
    # a refusal or plan in the first verb phrase governs the second
    ("Kenya refused to host the talks and signed a security pact with Somalia.", "en", "state:KEN"),
    ("Kenya said it would host the talks and sign a security pact with Somalia.", "en", "state:KEN"),
    ("Marruecos se negó a acoger la cumbre y firmó un acuerdo con Mauritania.", "es", "state:MAR"),
    ("Marruecos planea acoger la cumbre y firmar un acuerdo con Mauritania.", "es", "state:MAR"),
    # a contrast, a relative, a semicolon, another subject
    ("Kenya hosted the talks, but signed no pact with Somalia.", "en", "state:KEN"),
    ("Kenya hosted the delegation that signed a security pact with Somalia.", "en", "state:KEN"),
    ("Kenya hosted the talks; Ethiopia later signed a security pact with Somalia.", "en", "state:KEN"),
    ("Kenya refused the talks and Ethiopia signed a security pact with Somalia.", "en", "state:KEN"),
    ("Marruecos acogió la cumbre, pero no firmó ningún acuerdo con Mauritania.", "es", "state:MAR"),
    ("Marruecos recibió a la delegación que firmó un acuerdo con Mauritania.", "es", "state:MAR"),
    ("Marruecos acogió la cumbre y Argelia firmó un acuerdo con Mauritania.", "es", "state:MAR"),
])
def test_no_shared_subject(text, lang, not_party):
    assert not any(not_party in p for p in parties(text, lang))


def test_object_of_first_verb_phrase_is_no_party():
    # the delegation's state in the first verb phrase's object is no signer: Somalia signs with Turkey
    got = parties("Somalia recibió a la delegación turca y firmó un acuerdo de defensa con Turquía.", "es")
    assert got == [{"state:SOM", "state:TUR"}]
    got = parties("Kenya received Ethiopia's delegation and signed a security pact with Somalia.", "en")
    assert got == [{"state:KEN", "state:SOM"}]


@pytest.mark.parametrize("text,lang,want", [
    # a visit in the first verb phrase: the host there signs for the place's state
    ("On Tuesday, Israel's defence minister Benny Gantz flew to Rabat and signed a memorandum of understanding with "
     "Abdellatif Loudiyi, the minister in charge of defence.", "en", {"state:ISR", "state:MAR"}),
    ("El ministro de Defensa israelí Benny Gantz viajó a Rabat y firmó un memorando de entendimiento con el ministro "
     "delegado Abdellatif Loudiyi.", "es", {"state:ISR", "state:MAR"}),
])
def test_visit_then_sign_host(text, lang, want):
    assert want in parties(text, lang)


@pytest.mark.parametrize("text,lang,want", [
    # the signing's own date before the first verb phrase's; the first's when the signing gives none
    ("Kenya hosted the talks in January 2024 and signed a security pact with Somalia in March 2024.", "en", "2024-03"),
    ("Marruecos acogió la cumbre en enero de 2024 y firmó un acuerdo pesquero con Mauritania en marzo de 2024.", "es",
     "2024-03"),
    ("Kenya hosted the talks on 12 January 2024 and signed a security pact with Somalia.", "en", "2024-01-12"),
])
def test_second_verb_phrase_date(text, lang, want):
    dates = {c.date for c in signing_claims(text, lang, PUB) if c.predicate == "PARTY_TO"}
    assert dates == {want}
