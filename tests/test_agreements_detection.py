"""Agreements reported the way writers we never fitted report them (issue 3, session 8): the agreement named first
and its signing told in a relative clause whose subject opens with a determiner or carries a title ("the treaty
that the EU signed with X", "el acuerdo marco que ambos gobiernos suscribieron"), a named declaration ("the Ankara
Declaration", "la declaración de Argel"), a cooperation or action plan, a ceasefire accepted by both sides, and the
date written after the signatories of a participle ("..., signed by A and B in December 2024, ..."). Sentences are
our own; negatives (plans, refusals, denials, proposals, questions) give no party."""

import pytest

from tests.extracting import parties_by_agreement, signing_claims, signing_subjects

PUB = "2025-06-12"


def _parties(text, language="en"):
    return signing_subjects(text, "PARTY_TO", language, PUB)


def _agreements(text, language="en"):
    """{agreement date: parties} of the text's signings."""
    claims = signing_claims(text, language, PUB)
    dates = {c.object: c.date for c in claims if c.predicate == "PARTY_TO"}
    return {dates[a]: ps for a, ps in parties_by_agreement(claims).items()}


# --- the agreement first, its signing in a relative clause --------------------------------------------------

@pytest.mark.parametrize("text,language,date,parties", [
    ("Diplomats cited the trade agreement that the European Union signed with Chile in December 2023.", "en",
     "2023-12", {"group:eu", "state:CHL"}),
    ("Lima still applies the fisheries treaty that the Peruvian government signed with Ecuador in 1998.", "en",
     "1998", {"state:PER", "state:ECU"}),
    ("Seúl recordó el acuerdo marco que Polonia y Corea del Sur suscribieron en julio de 2022.", "es",
     "2022-07", {"state:POL", "state:KOR"}),
    ("Ambos gobiernos revisan el tratado bilateral que Bolivia y Paraguay firmaron en 2009.", "es",
     "2009", {"state:BOL", "state:PRY"}),
    ("Caracas invoca el plan de cooperación a diez años que Venezuela y Bielorrusia firmaron en marzo de 2021.", "es",
     "2021-03", {"state:VEN", "state:BLR"}),
    ("Tokio defiende la declaración de Hiroshima, que firmaron Japón y Australia en mayo de 2023.", "es",
     "2023-05", {"state:JPN", "state:AUS"}),
])
def test_a_relative_signing_with_its_own_date(text, language, date, parties):
    assert _agreements(text, language) == {date: parties}


@pytest.mark.parametrize("text,language", [
    ("Diplomats cited the trade agreement that the European Union refused to sign with Chile in December 2023.", "en"),
    ("Analysts doubt the treaty that Peru would sign with Ecuador next year.", "en"),
    ("Seúl negó el acuerdo marco que Polonia y Corea del Sur supuestamente suscribieron en julio de 2022.", "es"),
    ("El Gobierno rechaza el tratado que Bolivia y Paraguay no firmaron en 2009.", "es"),
])
def test_a_relative_clause_that_signs_nothing(text, language):
    assert _parties(text, language) == set()


def test_a_person_with_a_body_and_a_title_signs_for_the_body():
    text = ("Brussels leans on the memorandum on energy that European Commission President Ursula von der Leyen "
            "and President Ilham Aliyev signed in July 2022.")
    claims = signing_claims(text, "en", PUB)
    assert {c.subject for c in claims if c.predicate == "PARTY_TO"} == {"group:eu", "state:AZE"}
    assert {c.subject for c in claims if c.predicate == "SIGNED"} == {"official:ursula-von-der-leyen",
                                                                      "official:ilham-aliyev"}
    assert {c.date for c in claims} == {"2022-07"}


# --- named declarations, cooperation and action plans --------------------------------------------------------

@pytest.mark.parametrize("text,language,parties", [
    ("Ethiopia and Somalia signed the Ankara Declaration in December 2024.", "en", {"state:ETH", "state:SOM"}),
    ("India and Japan signed an action plan on maritime security on Friday.", "en", {"state:IND", "state:JPN"}),
    ("Francia y Argelia firmaron la declaración de Argel en agosto de 2022.", "es", {"state:FRA", "state:DZA"}),
    ("Cuba y Vietnam suscribieron un plan de acción en defensa el lunes.", "es", {"state:CUB", "state:VNM"}),
])
def test_declarations_by_name_and_plans_of_cooperation(text, language, parties):
    assert _parties(text, language) == parties


@pytest.mark.parametrize("text,language", [
    ("India and Japan plan to sign an action plan on Friday.", "en"),
    ("Ethiopia and Somalia rejected the Ankara Declaration in December 2024.", "en"),
    ("El presidente de Chile criticó la declaración de Petro sobre Venezuela.", "es"),
    ("Cuba y Vietnam negocian un plan de acción en defensa.", "es"),
])
def test_declarations_and_plans_not_signed(text, language):
    assert _parties(text, language) == set()


def test_a_named_declaration_is_of_the_kind_declaration():
    claims = signing_claims("Ethiopia and Somalia signed the Ankara Declaration in December 2024.", "en", PUB)
    assert {c.date for c in claims} == {"2024-12"}


# --- a ceasefire both sides accept ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,language,parties", [
    ("Thailand and Cambodia accepted a ceasefire in Putrajaya on July 28.", "en", {"state:THA", "state:KHM"}),
    ("Armenia and Azerbaijan accepted a truce brokered by Russia on Sunday.", "en", {"state:ARM", "state:AZE"}),
    ("El 28 de julio Tailandia y Camboya aceptaron en Putrajaya un alto el fuego.", "es", {"state:THA", "state:KHM"}),
    ("India y Pakistán aceptaron una tregua el sábado.", "es", {"state:IND", "state:PAK"}),
])
def test_an_accepted_ceasefire(text, language, parties):
    assert _parties(text, language) == parties


@pytest.mark.parametrize("text,language", [
    ("Thailand and Cambodia accepted a ceasefire proposal on Monday.", "en"),
    ("Armenia and Azerbaijan have not accepted a truce.", "en"),
    ("Israel and Egypt accepted the deal in principle.", "en"),
    ("Rusia y Ucrania aceptaron la propuesta de alto el fuego.", "es"),
    ("Israel y Egipto aceptaron el acuerdo.", "es"),  # an accepted deal may be a proposal: only a ceasefire
    ("India y Pakistán no aceptaron una tregua.", "es"),
])
def test_accepting_is_no_party_to_anything_but_a_ceasefire(text, language):
    assert _parties(text, language) == set()


# --- the date after the signatories of a participle ----------------------------------------------------------

@pytest.mark.parametrize("text,language,date", [
    ("The Ankara Declaration, signed by Ethiopia and Somalia in December 2024, ended the dispute.", "en", "2024-12"),
    ("The Lima Accord, signed by Peru and Ecuador in March 2019, is still in force.", "en", "2019-03"),
])
def test_the_date_after_the_signatories(text, language, date):
    assert set(_agreements(text, language)) == {date}


# --- "X cited an agreement signed ... between A and B": A and B, not X; an acronym after a party -------------

@pytest.mark.parametrize("text,language,parties", [
    ("Officials cited an agreement signed in March between the Federal Police (PF) and Interpol.", "en",
     {"group:federal-police", "group:interpol"}),
    ("Chile recalled a treaty signed in 1904 between Bolivia and Peru.", "en", {"state:BOL", "state:PER"}),
    ("Chile recordó el tratado firmado en 1904 entre Bolivia y Perú.", "es", {"state:BOL", "state:PER"}),
])
def test_the_between_list_names_the_parties(text, language, parties):
    assert _parties(text, language) == parties


# --- an agreement named by a pair of state adjectives --------------------------------------------------------

@pytest.mark.parametrize("text,language,date,parties", [
    ("The Turkish-Libyan maritime deal of 2019 angered Athens.", "en", "2019", {"state:TUR", "state:LBY"}),
    ("Paris invoked the 1968 Franco-Algerian agreement on migration.", "en", "1968", {"state:FRA", "state:DZA"}),
    ("Moscú invocó el tratado chino-ruso de 2001.", "es", "2001", {"state:CHN", "state:RUS"}),
    ("Bogotá recordó el acuerdo colombo-venezolano de 2012.", "es", "2012", {"state:COL", "state:VEN"}),
])
def test_a_pair_of_state_adjectives(text, language, date, parties):
    assert _agreements(text, language) == {date: parties}


@pytest.mark.parametrize("text,language", [
    ("Lima critica el posible acuerdo peruano-chileno de 2026.", "es"),  # still to be made
    ("A Franco-Algerian agreement would help Paris.", "en"),  # undated, indefinite, hypothetical
    ("The US-backed deal of 2020 collapsed in Paris.", "en"),  # "backed" is no state
    ("Berlin dismissed a Franco-Spanish proposal for a deal.", "en"),
])
def test_a_pair_of_adjectives_that_names_no_agreement(text, language):
    assert _parties(text, language) == set()


# --- an agreement of its own year that a party now ends: still one they signed --------------------------------

@pytest.mark.parametrize("text,language,date,parties", [
    ("Paris suspended the 1968 Franco-Algerian agreement on migration.", "en", "1968", {"state:FRA", "state:DZA"}),
    ("Washington withdrew from the 1987 treaty between the United States and Russia.", "en", "1987",
     {"state:USA", "state:RUS"}),
    ("Chad pone fin al acuerdo de defensa de 1976 entre Chad y Francia.", "es", "1976", {"state:TCD", "state:FRA"}),
])
def test_an_ended_agreement_of_its_own_year(text, language, date, parties):
    assert _agreements(text, language) == {date: parties}


@pytest.mark.parametrize("text,language", [
    ("Washington withdrew from the treaty between the United States and Russia.", "en"),  # no year of its own
    ("Kenya and Uganda plan to sign a 2019-style pact.", "en"),
])
def test_an_exit_still_planned_or_undated_names_no_party(text, language):
    assert _parties(text, language) == set()


# --- "X put her name to it alongside Y", "X lo firmó junto a su homólogo, Y": both signed it --------------------

LEDE = {"en": "Uruguay and Turkey signed a defence memorandum on Monday in Ankara. ",
        "es": "Uruguay y Turquía firmaron un memorando de defensa el lunes en Ankara. "}


@pytest.mark.parametrize("text,language", [
    ("Defence Minister Sandra Lazo put her name to it alongside Turkey's Yaşar Güler.", "en"),
    ("Defence Minister Sandra Lazo signed it with her Turkish counterpart, Yaşar Güler.", "en"),
    ("La ministra de Defensa, Sandra Lazo, lo firmó junto a su homólogo turco, Yaşar Güler.", "es"),
])
def test_a_cosignatory_alongside(text, language):
    assert signing_subjects(LEDE[language] + text, "SIGNED", language, PUB) == {"official:sandra-lazo",
                                                                                "official:yasar-guler"}


@pytest.mark.parametrize("text,language", [
    ("Defence Minister Sandra Lazo did not put her name to it alongside Turkey's Yaşar Güler.", "en"),
    ("Defence Minister Sandra Lazo will sign it with her Turkish counterpart, Yaşar Güler.", "en"),
])
def test_no_cosignatory_of_a_signing_not_done(text, language):
    assert signing_subjects(LEDE[language] + text, "SIGNED", language, PUB) == set()


# --- a definite agreement of its own past year is presupposed, whatever the clause does with it -----------------

@pytest.mark.parametrize("text,language,date,parties", [
    ("París ha amenazado con denunciar el acuerdo franco-argelino de 1968 si Argel no cede.", "es", "1968",
     {"state:FRA", "state:DZA"}),
    ("París planea suspender el acuerdo franco-argelino de 1968.", "es", "1968", {"state:FRA", "state:DZA"}),
    ("Kenya threatened to scrap the 2019 defence pact between Kenya and Uganda.", "en", "2019", {"state:KEN", "state:UGA"}),
    ("Washington is considering withdrawing from the 1987 treaty between the United States and Russia.", "en", "1987",
     {"state:USA", "state:RUS"}),
    ("Nairobi did not invoke the 2019 defence pact between Kenya and Uganda.", "en", "2019", {"state:KEN", "state:UGA"}),
])
def test_a_dated_definite_agreement_is_presupposed(text, language, date, parties):
    assert _agreements(text, language) == {date: parties}


@pytest.mark.parametrize("text,language", [
    ("Kenya denied that the 2019 pact between Kenya and Uganda exists.", "en"),
    ("Kenia y Uganda planean firmar el tratado de 2026 entre Kenia y Uganda.", "es"),  # its year is still to come
    ("Kenya and Uganda plan to sign a 2024 pact between Kenya and Uganda.", "en"),  # indefinite: maybe none yet
    ("Nairobi negó que exista el pacto de 2019 entre Kenia y Uganda.", "es"),
])
def test_no_presupposition_of_a_future_indefinite_or_denied_agreement(text, language):
    assert _parties(text, language) == set()


# --- reaching and announcing an agreement; signing on to a named one --------------------------------------------

@pytest.mark.parametrize("text,language,parties", [
    ("Colombia y Ecuador llegaron a un acuerdo sobre la frontera el martes.", "es", {"state:COL", "state:ECU"}),
    ("Perú llegó a un acuerdo con Chile en marzo.", "es", {"state:PER", "state:CHL"}),
    ("Chile anunció un acuerdo pesquero con Perú el lunes.", "es", {"state:CHL", "state:PER"}),
    ("Thailand and Cambodia announced a ceasefire on Monday.", "en", {"state:THA", "state:KHM"}),
    ("Kenya announced a trade deal with Uganda on Monday.", "en", {"state:KEN", "state:UGA"}),
    ("Kenya signed on to the Paris Agreement in 2016.", "en", {"state:KEN"}),
])
def test_reached_announced_or_signed_on_to(text, language, parties):
    assert _parties(text, language) == parties


@pytest.mark.parametrize("text,language", [
    ("Chile y Perú no llegaron a un acuerdo.", "es"),
    ("Chile anunció el fin del acuerdo con Perú.", "es"),
    ("Chile anunció que firmará un acuerdo con Perú.", "es"),
    ("Kenya announced the collapse of the deal with Uganda.", "en"),
    ("Kenya announced plans for a deal with Uganda.", "en"),
    ("Chile y Perú esperan llegar a un acuerdo en marzo.", "es"),
])
def test_not_reached_or_announced_as_ended_or_planned(text, language):
    assert _parties(text, language) == set()


def test_a_named_agreement_with_a_place_in_its_name():
    claims = signing_claims("Chile joined the Paris Agreement in 2016.", "en", PUB)
    assert {(c.subject, c.object) for c in claims if c.predicate == "PARTY_TO"} == {("state:CHL", "agreement:paris-agreement")}


# --- a dated signing in a relative clause on a definite agreement is presupposed too ---------------------------

@pytest.mark.parametrize("text,language,parties", [
    ("Honduras notificó la denuncia del tratado que Honduras y Estados Unidos firmaron en 1909, después de que la "
     "embajadora acusara al Gobierno de injerencia.", "es", {"state:HND", "state:USA"}),
    ("Critics allege that the treaty that Kenya and Uganda signed in 1999 favours Nairobi.", "en",
     {"state:KEN", "state:UGA"}),
])
def test_a_dated_relative_signing_is_presupposed(text, language, parties):
    assert _parties(text, language) == parties


@pytest.mark.parametrize("text,language", [
    ("Critics allege that the treaty that Kenya and Uganda will sign in 2026 is unfair.", "en"),
    ("Analistas dudan de que el tratado que Honduras y Estados Unidos firmarían en 2026 prospere.", "es"),
    ("Kenya denied that the treaty that Kenya and Uganda signed in 1999 exists.", "en"),
])
def test_no_relative_signing_presupposed_when_planned_or_denied(text, language):
    assert _parties(text, language) == set()


# --- the states that own the signing firms are no parties ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Azerbaijan and Kazakhstan's state energy companies, Socarco and Kazgasco, signed a memorandum on a gas link.",
    "Chile's state copper company signed a memorandum with a Chinese investor.",
    "Brazil and Argentina's national oil firms signed a deal on Monday.",
])
def test_owned_firms_sign_not_their_states(text):
    assert _parties(text) == set()


@pytest.mark.parametrize("text,parties", [
    ("Kenya's foreign ministry signed a memorandum with Uganda on Monday.", {"state:KEN", "state:UGA"}),
    ("Chile and Peru's governments signed a fisheries deal on Monday.", {"state:CHL", "state:PER"}),
])
def test_a_states_own_ministry_or_government_signs_for_it(text, parties):
    assert _parties(text) == parties
