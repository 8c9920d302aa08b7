"""Agreements and their signatories read by construction (loaders/agreements.py), English.
Sentences are our own (other actors, word orders and agreement names than any corpus), with
negatives that must give nothing: plans, refusals, drafts, talks, exits, conditionals."""

import pytest

from tests.extracting import extract_text, parties_by_agreement

PUB = "2024-05-10"


def _claims(text, pub=PUB):
    return [c for c in extract_text(text, language="en", published=pub) if c.polarity == "positive"
            and c.predicate in ("PARTY_TO", "SIGNED", "SIGNED_MOU_WITH")]


def _parties(text, pub=PUB):
    return {c.subject for c in _claims(text, pub) if c.predicate == "PARTY_TO"}


@pytest.mark.parametrize("text,parties", [
    ("Chile clinched a free trade deal with India last week.", {"state:CHL", "state:IND"}),
    ("Ghana and Togo renewed their border agreement in 2021.", {"state:GHA", "state:TGO"}),
    ("Norway quietly initialled a fisheries protocol with Iceland on Wednesday.", {"state:NOR", "state:ISL"}),
    ("The letter of intent was signed by the foreign ministers of Peru and Brazil.", {"state:PER", "state:BRA"}),
])
def test_signing_verbs_and_agreement_nouns_the_rules_do_not_spell_out(text, parties):
    assert _parties(text) == parties


def test_a_participle_dates_a_past_agreement():
    claims = _claims("Egypt and Greece are bound by a maritime treaty signed in 2020.")
    assert {(c.subject, c.date) for c in claims if c.predicate == "PARTY_TO"} == {("state:EGY", "2020"), ("state:GRC", "2020")}


def test_each_partner_named_with_its_own_with_gets_its_own_agreement_and_date():
    claims = _claims("Canada signed comparable accords with Mexico in March 2019 and with Chile two years later.")
    by_agr: dict = {}
    for c in claims:
        if c.predicate == "PARTY_TO":
            by_agr.setdefault(c.object, set()).add((c.subject, c.date))
    assert {"state:CHL", "state:CAN"} == {s for s, _ in next(v for v in by_agr.values() if ("state:CHL", "2021-03") in v)}
    assert any(("state:MEX", "2019-03") in v for v in by_agr.values())


def test_the_date_is_the_signing_not_the_report():
    claims = _claims("Chile clinched a free trade deal with India on Thursday, officials said on Friday.")
    assert {c.date for c in claims if c.predicate == "PARTY_TO"} == {"2024-05-09"}


def test_undated_news_signing_takes_the_report_date():
    claims = _claims("Chile clinched a free trade deal with India.")
    assert {c.date for c in claims if c.predicate == "PARTY_TO"} == {PUB}


def test_signatories_with_appositions_sign_the_documents_agreement():
    text = ("Kenya and Ethiopia clinched a power-trade deal on Monday. The accord was signed in Nairobi by "
            "Musalia Mudavadi, then Kenya's foreign secretary, and Ahmed Shide, Ethiopia's finance minister.")
    claims = _claims(text)
    agr = {c.object for c in claims if c.predicate == "PARTY_TO"}
    assert len(agr) == 1
    assert {(c.subject, c.object) for c in claims if c.predicate == "SIGNED"} == {
        ("official:musalia-mudavadi", *agr), ("official:ahmed-shide", *agr)}
    # signed once: the date the other sentence gives
    assert {c.date for c in claims if c.predicate == "SIGNED"} == {"2024-05-06"}


def test_a_memorandum_between_states_is_signed_mou_with_other_kinds_are_not():
    mou = _claims("Vietnam, for its part, inked a memorandum of understanding with Chile in Hanoi on Monday.")
    deal = _claims("Chile clinched a free trade deal with India last week.")
    assert any(c.predicate == "SIGNED_MOU_WITH" for c in mou)
    assert not any(c.predicate == "SIGNED_MOU_WITH" for c in deal)


def test_one_agreement_per_document_for_repeated_mentions():
    text = ("Chile clinched a free trade deal with India on Thursday. "
            "The deal was inked in New Delhi after two days of meetings.")
    assert len({c.object for c in _claims(text) if c.predicate == "PARTY_TO"}) == 1


@pytest.mark.parametrize("text", [
    "Chile is expected to clinch a free trade deal with India next month.",
    "Chile could renew its border agreement with Peru.",
    "Chile failed to clinch a free trade deal with India.",
    "Chile refused to renew the border agreement with Peru.",
    "Chile walked away from the free trade deal with India.",
    "Chile withdrew from the border agreement with Peru in 2023.",
    "Talks between Chile and India on a draft trade deal stalled.",
    "Chile and India discussed a proposed trade deal on Thursday.",
    "If Chile clinched a free trade deal with India, Peru would follow.",
    "Did Chile clinch a free trade deal with India?",
    "India urged Chile to clinch a free trade deal.",
    "Chile signed a letter that criticised the trade deal with India.",
])
def test_plans_refusals_drafts_exits_and_requests_give_no_party(text):
    assert _parties(text) == set()


def test_signatories_before_any_agreement_wait_for_the_documents_one():
    text = ("The accord was signed by Kenyan Foreign Secretary Musalia Mudavadi and Finance Minister Ahmed Shide. "
            "Kenya clinched a power-trade deal with Ethiopia on Monday.")
    claims = _claims(text)
    agr = {c.object for c in claims if c.predicate == "PARTY_TO"}
    assert len(agr) == 1
    assert {c.subject for c in claims if c.predicate == "SIGNED" and c.object in agr} == {
        "official:musalia-mudavadi", "official:ahmed-shide"}


def test_a_text_that_is_not_the_agreement_gives_nothing():
    assert _claims("The text was signed by Kenyan Foreign Secretary Musalia Mudavadi and Finance Minister Ahmed Shide.") == []


# -- agreements known by their name: one party joins, accedes, ratifies -------------------

@pytest.mark.parametrize("text,party,name", [
    ("Colombia joined the Escazú Agreement in 2019.", "state:COL", "agreement:escazu-agreement"),
    # (a name loaders/data/agreements.yaml knows: that agreement's id, whatever name the text uses)
    ("Sri Lanka acceded to the Treaty on the Non-Proliferation of Nuclear Weapons on Monday.", "state:LKA",
     "agreement:npt"),
])
def test_a_party_joins_an_agreement_known_by_its_name(text, party, name):
    assert {(c.subject, c.object) for c in _claims(text) if c.predicate == "PARTY_TO"} == {(party, name)}


@pytest.mark.parametrize("text", [
    "Argentina withdrew from the Paris Agreement last year.",
    "Argentina could join the Paris Agreement.",
    "Argentina has not ratified the Escazú Agreement.",
])
def test_leaving_or_maybe_joining_a_named_agreement_gives_nothing(text):
    assert _parties(text) == set()


def test_a_pair_agreement_with_a_name_is_found_by_it():
    claims = extract_text("Egypt and Greece are bound by the Maritime Boundary Treaty signed in 2020.",
                          language="en", published=PUB)
    assert {c.subject for c in claims if c.predicate == "PARTY_TO"} == {"state:EGY", "state:GRC"}


# -- agreements named without a signing verb: "under the 2019 pact between A and B" ----------

@pytest.mark.parametrize("text,parties,year", [
    ("Under the 2019 defence pact between Kenya and Somalia, troops may cross the border.", {"state:KEN", "state:SOM"}, "2019"),
    ("Critics of the 2016 fisheries accord between Norway and Iceland say quotas are too high.",
     {"state:NOR", "state:ISL"}, "2016"),
    ("Under the terms of Ghana's 2018 security agreement with Togo, patrols are joint.", {"state:GHA", "state:TGO"}, "2018"),
    ("Brazil's trade deal with Argentina, signed in 1991, created the customs union.", {"state:BRA", "state:ARG"}, "1991"),
])
def test_an_agreement_referred_to_names_its_parties_and_year(text, parties, year):
    claims = [c for c in _claims(text) if c.predicate == "PARTY_TO"]
    assert {c.subject for c in claims} == parties
    assert {c.date for c in claims} == {year}


@pytest.mark.parametrize("text", [
    "A pact between Kenya and Somalia remains elusive.",  # no year, no article: maybe one still wished for
    "Talks on the 2019 defence pact between Kenya and Somalia stalled.",
    "Ghana's proposed security agreement with Togo was shelved.",
    "Ghana's president said the 2018 security agreement with Togo had never been implemented.",
    "Kenya withdrew from the 2019 defence pact with Somalia.",
    "Is the 2018 pact between Ghana and Togo still valid?",
    "Fresh doubts over the Kenya-Somalia security deal.",  # undated and no agreement read: no agreement of its own
])
def test_references_that_are_plans_exits_denials_or_undated_give_no_party(text):
    assert _parties(text) == set()


def test_a_reference_to_an_older_pact_is_not_the_one_signed_now():
    text = ("Under their 2019 defence pact between Kenya and Somalia, patrols are joint. Kenya and Somalia signed "
            "the new accord on Monday. The accord was signed by Kenyan President William Ruto and Somali President "
            "Hassan Sheikh Mohamud.")
    claims = _claims(text)
    signed = {c.object for c in claims if c.predicate == "SIGNED"}
    assert len(signed) == 1 and not next(iter(signed)).endswith("2019")
    assert {c.object for c in claims if c.predicate == "PARTY_TO"} == {"agreement:ken-som-2019", *signed}


# -- a state represented by its minister; counterparts named by their state's adjective ---------

@pytest.mark.parametrize("text,signers", [
    ("Kenya's defence minister Aden Duale signed a security pact with his Somali counterpart on Monday.",
     {"official:aden-duale"}),
    # (a counterpart the gazetteer knows, Togo's foreign minister Robert Dussey, signs too)
    ("Ghanaian Foreign Minister Kojo Mensah and his Togolese counterpart signed a border accord on Friday.",
     {"official:kojo-mensah", "official:robert-dussey"}),
])
def test_a_minister_signs_for_his_state_and_the_counterpart_names_the_other(text, signers):
    claims = _claims(text)
    parties = {c.subject for c in claims if c.predicate == "PARTY_TO"}
    assert len(parties) == 2 and parties & {"state:KEN", "state:GHA"} and parties & {"state:SOM", "state:TGO"}
    assert {c.subject for c in claims if c.predicate == "SIGNED"} == signers


def test_a_person_keeps_the_office_an_earlier_sentence_gave_him():
    text = "Kojo Mensah, Ghana's foreign minister, arrived in Lomé on Thursday. Mensah signed a border accord with Togo on Friday."
    claims = _claims(text)
    assert {c.subject for c in claims if c.predicate == "PARTY_TO"} == {"state:GHA", "state:TGO"}
    assert {c.subject for c in claims if c.predicate == "SIGNED"} == {"official:kojo-mensah"}


def test_a_named_counterpart_signs_too():
    claims = _claims("Kenya's interior minister Ruth Wanjiru inked a policing protocol with her Ugandan counterpart, "
                     "Moses Okello, in Kampala on Tuesday.")
    assert {c.subject for c in claims if c.predicate == "SIGNED"} == {"official:ruth-wanjiru", "official:moses-okello"}
    assert {c.subject for c in claims if c.predicate == "PARTY_TO"} == {"state:KEN", "state:UGA"}


# -- several agreements in one document: a signatory's reference goes to his state's one ------

def test_a_round_up_signatory_signs_the_agreement_his_state_is_party_to():
    text = ("Chile and Peru signed a fisheries deal on Monday. On Tuesday, Kenya and Somalia signed a defence pact. "
            "The fisheries deal was signed by Chilean Foreign Minister Alberto van Klaveren and Peruvian Foreign "
            "Minister Javier González-Olaechea.")
    claims = _claims(text)
    chl = {c.object for c in claims if c.predicate == "PARTY_TO" and c.subject == "state:CHL"}
    assert {c.object for c in claims if c.predicate == "SIGNED"} == chl and len(chl) == 1


# -- what is signed must be the agreement; a signing still to come is at most speculative ------

@pytest.mark.parametrize("text", [
    "Ghana and Togo signed a letter criticising the deal with Benin.",
    "Ghana and Togo signed a petition against the 2018 treaty with Benin.",
    "Senators from Ghana and Togo signed an open letter opposing the pact with Benin.",
])
def test_a_letter_about_an_agreement_is_not_the_agreement(text):
    assert _claims(text) == []


@pytest.mark.parametrize("text", [
    "Ghana and Togo are expected to sign a defence agreement next week.",
    "Ghana is expected to sign a defence agreement with Togo next week.",
    "Ghana and Togo may sign a pact.",
    "Ghana and Togo are set to ink a deal.",
    "Ghana and Togo will sign a defence memorandum on Friday.",
])
def test_a_signing_still_to_come_is_never_asserted(text):
    # DESIGN's modality scale: a possible or planned signing is kept, if at all, as speculative
    assert {c.modality.value for c in _claims(text)} <= {"speculative"}


# -- "A and B signed agreements with C": each with C; "a pact with C": one of the three -------

@pytest.mark.parametrize("text", [
    "Bolivia and Venezuela signed defence agreements with Iran in 2023.",
    "Ghana and Togo each inked security deals with France on Monday.",
    "Both Nicaragua and Cuba signed memoranda with Russia last year.",
])
def test_a_list_signing_plural_agreements_with_a_partner_signs_one_each(text):
    claims = _claims(text)
    by_agr = parties_by_agreement(claims)
    assert len(by_agr) == 2 and all(len(v) == 2 for v in by_agr.values())
    partner = set.intersection(*by_agr.values())
    assert len(partner) == 1  # the partner is in both; the two listed states never share one
    assert not any(c.predicate == "SIGNED_MOU_WITH" and partner.isdisjoint({c.subject, c.object}) for c in claims)


def test_a_list_signing_one_agreement_with_a_partner_makes_one_of_three():
    claims = _claims("Chile and Peru signed a joint fisheries agreement with Ecuador on Monday.")
    agr = {c.object for c in claims if c.predicate == "PARTY_TO"}
    assert len(agr) == 1
    assert {c.subject for c in claims if c.predicate == "PARTY_TO"} == {"state:CHL", "state:PER", "state:ECU"}


# -- headlines, ceasefires, becoming a party, signatures, legislatures ratifying ----------------

@pytest.mark.parametrize("text,parties", [
    ("Kenya, Ethiopia sign power deal", {"state:KEN", "state:ETH"}),
    ("Israel and Hamas agreed to a ceasefire on Sunday.", {"state:ISR", "group:hamas"}),
    ("Uganda and Tanzania put their signatures to a pipeline treaty in 2021.", {"state:UGA", "state:TZA"}),
    ("Colombia became a party to the Escazú Agreement in 2019.", {"state:COL"}),
    ("Chile is a signatory to the Escazú Agreement.", {"state:CHL"}),
    ("Mexico's Senate ratified the trade agreement with the European Union on Tuesday.", {"state:MEX", "group:eu"}),
])
def test_other_ways_of_becoming_a_party(text, parties):
    assert _parties(text) == parties


@pytest.mark.parametrize("text", [
    "Kenya, Ethiopia to sign power deal",
    "Chile is not a party to the Escazú Agreement.",
    "Hamas agreed to a ceasefire proposal on Sunday.",
    "Israel rejected a ceasefire with Hamas.",
    "Israel and Hamas did not agree to a ceasefire.",
    "Calls for Israel and Hamas to sign a ceasefire grew louder.",
    "If Kenya and Ethiopia sign the deal, power prices will fall.",
    "The ceasefire between Israel and Hezbollah collapsed in March.",  # undated, nothing read before it
])
def test_proposals_refusals_and_conditions_give_no_party(text):
    assert _parties(text) == set()


def test_a_reference_is_dated_by_its_own_year_not_by_the_clause():
    claims = _claims("The deal between Kenya and Ethiopia, signed in 2022, was suspended in March.")
    assert {c.date for c in claims if c.predicate == "PARTY_TO"} <= {"2022"}


def test_signed_mou_with_is_for_memoranda_a_treaty_or_deal_is_party_to_only():
    deal = _claims("Kenya and Ethiopia signed a power-trade deal on Monday.")
    assert {c.subject for c in deal if c.predicate == "PARTY_TO"} == {"state:KEN", "state:ETH"}
    assert not [c for c in deal if c.predicate == "SIGNED_MOU_WITH"]
    # the same agreement called a memorandum elsewhere in the document is one
    mou = _claims("Kenya and Ethiopia signed a power-trade deal on Monday. The memorandum was signed by Kenyan President "
                  "William Ruto and Ethiopian Prime Minister Abiy Ahmed.")
    assert [c for c in mou if c.predicate == "SIGNED_MOU_WITH"]


@pytest.mark.parametrize("text,parties", [
    ("The agreement reached by Israel and Hamas in January lasted six weeks.", {"state:ISR", "group:hamas"}),
    ("Kenya and Ethiopia formalised a power-trade agreement on Monday.", {"state:KEN", "state:ETH"}),
])
def test_agreements_reached_or_formalised(text, parties):
    assert _parties(text) == parties


def test_a_mediator_is_no_party():
    assert "state:QAT" not in _parties("A ceasefire brokered by Qatar between Israel and Hamas took effect in 2025.")


# -- "A and B signed it": the agreement just read ------------------------------------------------

def test_people_who_signed_it_sign_the_agreement_just_read():
    claims = _claims("Kenya and Ethiopia agreed on a power-trade deal on Monday. Energy ministers Opiyo Wandayi and "
                     "Habtamu Itefa signed it in Nairobi.")
    agr = {c.object for c in claims if c.predicate == "PARTY_TO"}
    assert {(c.subject, c.object) for c in claims if c.predicate == "SIGNED"} == {
        ("official:opiyo-wandayi", *agr), ("official:habtamu-itefa", *agr)}


@pytest.mark.parametrize("text", [
    "Kenya and Ethiopia agreed on a power-trade deal on Monday. Energy ministers Opiyo Wandayi and Habtamu Itefa "
    "did not sign it.",
    "The president vetoed the bill. Senators Ana Ruiz and Tom Kelly signed it anyway.",
    "Kenya and Ethiopia agreed on a power-trade deal on Monday. Prices fell. Markets rose. Traders cheered. "
    "Energy ministers Opiyo Wandayi and Habtamu Itefa signed it in Nairobi.",  # "it" too far from the deal
])
def test_signed_it_needs_a_recent_agreement_and_a_positive_verb(text):
    assert not [c for c in _claims(text) if c.predicate == "SIGNED"]
