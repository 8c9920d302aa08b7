"""Designations, severed relations and supplies between actors (issue 3), in English: the
constructions news uses for them rather than one phrasing each. Every sentence is written for this
file (not copied from any corpus), in the styles of wire copy, analysis and sanctions newsletters,
with negatives that must give nothing: plans, proposals and bills are not acts, delistings and
denials are never positive, requests belong to URGED."""

import pytest

from tests.extracting import extract_text, positive_pairs


def _facts(text, pred, published="2025-03-10"):
    return positive_pairs(text, pred, language="en", published=published)


def _claims(text, pred, published="2025-03-10"):
    return [c for c in extract_text(text, language="en", published=published) if c.predicate == pred]


# -- designations ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,pairs", [
    # an aside between the designator and its verb, naming another actor
    ("The State Department on Tuesday, in a move long sought by Israel, formally designated the Houthis "
     "as a Foreign Terrorist Organization.", {("state:USA", "group:houthis")}),
    ("Canberra, after months of pressure from Jewish community groups, listed Hamas as a terrorist "
     "organisation.", {("state:AUS", "group:hamas")}),
    # a relative clause with the listing's date and no kind: an armed group's listing is a terrorist one
    ("Hezbollah, which Washington designated in 1997, denies any role in the attack.", {("state:USA", "group:hezbollah")}),
    ("Al-Shabaab, which Britain proscribed back in 2010, claimed the bombing.", {("state:GBR", "group:al-shabaab")}),
    # appositions and copulas naming where the group is proscribed
    ("Hamas, proscribed in Britain since 2021, has offices in Doha.", {("state:GBR", "group:hamas")}),
    ("Hezbollah, a designated terrorist organisation in Canada, has supporters in Montreal.", {("state:CAN", "group:hezbollah")}),
    ("The PKK is a listed terrorist organization in Turkey and has fought the army for decades.", {("state:TUR", "group:pkk")}),
    ("Tren de Aragua, designated by Washington as a foreign terrorist organization in February, operates "
     "across Chile.", {("state:USA", "group:tren-de-aragua")}),
    # ellipsis: "as do X and Y" repeats the listing
    ("The United States lists the PKK as a foreign terrorist organization, as do Turkey and the EU.",
     {("state:USA", "group:pkk"), ("state:TUR", "group:pkk"), ("group:eu", "group:pkk")}),
    # the decision or move of the designator
    ("The move by Canberra to list Hamas in its entirety as a terrorist organisation followed the attacks.",
     {("state:AUS", "group:hamas")}),
    ("Ottawa's decision to list the IRGC as a terrorist entity drew a sharp rebuke from Tehran.", {("state:CAN", "group:irgc")}),
    # joining several others in designating: all of them designated
    ("Argentina joined the United States and the European Union in designating Hamas a terrorist group.",
     {("state:ARG", "group:hamas"), ("state:USA", "group:hamas"), ("group:eu", "group:hamas")}),
    # a compound listing of an armed group with no kind named
    ("Fighters of the U.S.-listed Kataib Hezbollah militia claimed the strike.", {("state:USA", "group:kataib-hezbollah")}),
    # the list named by its state
    ("Kataib Hezbollah was added to the U.S. terrorism list in 2009.", {("state:USA", "group:kataib-hezbollah")}),
    # a listing restored is a listing
    ("The State Department relisted the Houthis in January after a four-year gap.", {("state:USA", "group:houthis")}),
    ("The Houthis were redesignated as a foreign terrorist organization by the State Department in March.",
     {("state:USA", "group:houthis")}),
    # the list of proscribed organisations
    ("Britain added the Wagner Group to its list of proscribed organisations in 2023.", {("state:GBR", "group:wagner-group")}),
    # the groups named in an "including" list
    ("The Trump administration on Wednesday designated eight Latin American criminal groups, including Tren de "
     "Aragua and MS-13, as foreign terrorist organizations.", {("state:USA", "group:tren-de-aragua"), ("state:USA", "group:ms-13")}),
    ("Ottawa listed seven cartels as terrorist entities, including the Sinaloa Cartel and CJNG.",
     {("state:CAN", "group:sinaloa-cartel"), ("state:CAN", "group:cjng")}),
    # an apposition between the group and its passive
    ("Hamas's military wing, the Qassam Brigades, was listed by New Zealand as a terrorist entity in 2010.",
     {("state:NZL", "group:qassam-brigades")}),
])
def test_designation_constructions(text, pairs):
    assert pairs <= _facts(text, "DESIGNATED")


@pytest.mark.parametrize("text,pairs", [
    # "both gangs", "the two groups": the last two armed groups named
    ("Los Choneros and Los Lobos control the ports. Ecuador declared both gangs terrorist organisations in January 2024.",
     {("state:ECU", "group:los-choneros"), ("state:ECU", "group:los-lobos")}),
    ("Hamas and Hezbollah were both mentioned in the report. Paraguay designated the two groups as terrorist "
     "organizations in 2019.", {("state:PRY", "group:hamas"), ("state:PRY", "group:hezbollah")}),
    # a fronted participle clause, a dash aside, the list in apposition, the designator's relative clause
    ("In designating the Houthis, the State Department cited attacks on shipping in the Red Sea.", {("state:USA", "group:houthis")}),
    ("Hezbollah — designated a terrorist organization by the United States in 1997 — denies the charge.",
     {("state:USA", "group:hezbollah")}),
    ("Hezbollah, on the U.S. terrorism list since 1997, denies the charge.", {("state:USA", "group:hezbollah")}),
    ("Washington, which designated Hezbollah in 1997, has offered rewards for information on its financiers.",
     {("state:USA", "group:hezbollah")}),
    # list items with a descriptor in apposition
    ("The State Department designated Tren de Aragua, a Venezuelan prison gang, and MS-13, a Salvadoran street gang, "
     "as foreign terrorist organizations.", {("state:USA", "group:tren-de-aragua"), ("state:USA", "group:ms-13")}),
    # the document's designator further back, with no dateline
    ("Paraguay designated Hezbollah a terrorist organization in 2019. Analysts said the move followed U.S. pressure. "
     "Officials in Asunción cited the 1994 bombing. Critics say the listing is symbolic. Hamas was also designated "
     "at the time.", {("state:PRY", "group:hamas")}),
])
def test_designations_by_reference_and_aside(text, pairs):
    assert pairs <= _facts(text, "DESIGNATED")


def test_a_pair_of_groups_needs_two_groups_named_before():
    assert not _facts("Ecuador declared both gangs terrorist organisations in January 2024.", "DESIGNATED")


def test_a_list_named_against_an_actor_does_not_designate_that_actor():
    text = "The United Nations Security Council placed the group on its sanctions list against al-Qaeda in 2018."
    assert ("group:un-security-council", "group:al-qaeda") not in _facts(text, "DESIGNATED")


def test_the_relative_clause_keeps_the_listing_date():
    got = [c for c in _claims("Hezbollah, which Washington designated in 1997, denies any role in the attack.", "DESIGNATED")
           if c.subject == "state:USA"]
    assert got and got[0].date == "1997" and got[0].props["designation"] == "terrorist organization"


def test_a_fronted_listing_does_not_jump_to_a_place_after_a_verb():
    # "designated by Washington ..., operates across Chile": Chile is where it operates, not the designated
    text = "Tren de Aragua, designated by Washington as a foreign terrorist organization in February, operates across Chile."
    assert ("state:USA", "state:CHL") not in _facts(text, "DESIGNATED")


def test_a_state_body_found_in_the_text_designates_for_its_state():
    # "Ministry of the Interior of Ecuador" is in no gazetteer: found in the text, it acts for Ecuador
    text = "The Ministry of the Interior of Ecuador added Los Choneros and Los Lobos to its list of terrorist organisations."
    got = _facts(text, "DESIGNATED")
    assert {("state:ECU", "group:los-choneros"), ("state:ECU", "group:los-lobos")} <= got
    assert not any(s.startswith("group:ministry") for s, _ in got)


@pytest.mark.parametrize("text,designator", [
    # an agentless listing announced by a government body or a state: it is theirs
    ("Kataib Hezbollah was added to the terrorism list on Monday, the State Department said.", "state:USA"),
    ("Hamas was formally designated a terrorist organisation on Friday, Japan's government announced.", "state:JPN"),
])
def test_an_agentless_listing_goes_to_the_body_that_announces_it(text, designator):
    got = _facts(text, "DESIGNATED")
    assert any(s == designator for s, _ in got)


def test_an_agentless_listing_reported_by_a_group_is_not_the_groups():
    text = "Hamas was added to the terrorism list on Monday, Hezbollah said."
    assert not any(s == "group:hezbollah" for s, _ in _facts(text, "DESIGNATED"))


@pytest.mark.parametrize("text", [
    # plans, proposals and bills are not designations
    "Washington is considering designating the Houthis as a terrorist organisation.",
    "Argentina proposed designating Hamas a terrorist organisation.",
    "Colombia's Congress debated a bill that would designate the Clan del Golfo a terrorist organization.",
    "Chile plans to list the Tren de Aragua as a terrorist group.",
    "Brazil wants to designate the PCC a terrorist organization.",
    # requests, refusals, negations, delistings, questions
    "Israel urged Australia to list the IRGC as a terrorist entity.",
    "Brazil has refused to list Hezbollah as a terrorist group.",
    "Mexico has not designated the Sinaloa Cartel as a terrorist organization.",
    "The United States revoked the designation of the Houthis as a terrorist organization in 2021.",
    "The EU removed Hamas from its list of terrorist organisations after a court ruling.",
    "Would Canada list the IRGC as a terrorist entity?",
    "Paraguay threatened to list Hezbollah as a terrorist group.",
    "Brazil has not relisted the PCC as a terrorist organization.",
])
def test_plans_requests_negations_and_delistings_are_no_designations(text):
    assert not _facts(text, "DESIGNATED")


# -- severed relations ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,pairs", [
    ("The decision by Bolivia to break relations with Israel drew praise from Hamas.", {("state:BOL", "state:ISR")}),
    ("Chad's move to sever diplomatic ties with Israel surprised Washington.", {("state:TCD", "state:ISR")}),
    ("Venezuela withdrew all its diplomats from Argentina, Chile and Peru after the vote.",
     {("state:VEN", "state:ARG"), ("state:VEN", "state:CHL"), ("state:VEN", "state:PER")}),
    # a second "with" object read again
    ("Nicaragua broke off relations with the Netherlands in 2022 and with Israel in 2024.",
     {("state:NIC", "state:NLD"), ("state:NIC", "state:ISR")}),
])
def test_severance_constructions(text, pairs):
    assert pairs <= _facts(text, "SEVERED_TIES")


@pytest.mark.parametrize("text", [
    "Colombia is considering cutting ties with Israel.",
    "Argentina recalled its ambassador from Venezuela for consultations.",
    "Honduras restored diplomatic relations with Taiwan.",
    "Guatemala ruled out cutting ties with Taiwan.",
    "The opposition proposed breaking relations with Iran.",
])
def test_plans_recalls_and_restorations_are_no_severance(text):
    assert not _facts(text, "SEVERED_TIES")


# -- supplies -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,pair,item", [
    ("Shahed drones supplied by Iran to Russia have struck Kyiv.", ("state:IRN", "state:RUS"), "drones"),
    ("Weapons provided by the United States to Ukraine include rocket launchers.", ("state:USA", "state:UKR"), "weapons"),
    ("The delivery of F-16 jets to Ukraine by Denmark began in July.", ("state:DNK", "state:UKR"), "aircraft"),
    ("The missiles, which Iran sent to Russia in September, have a range of 120 km.", ("state:IRN", "state:RUS"), "missiles"),
    ("Denmark gifted 19 F-16 fighter jets to Ukraine.", ("state:DNK", "state:UKR"), "aircraft"),
])
def test_supply_constructions(text, pair, item):
    got = [c for c in _claims(text, "SUPPLIED") if (c.subject, c.object) == pair and c.polarity == "positive"]
    assert got and any(item in i for c in got for i in c.props["items"])


@pytest.mark.parametrize("text", [
    "Iran denied sending drones to Russia.",
    "Ukraine urged Germany to send Taurus missiles.",
    "Israel has refused to sell weapons to Ukraine.",
    "Germany is considering sending Taurus missiles to Ukraine.",
])
def test_denials_requests_and_plans_are_no_supplies(text):
    assert not _facts(text, "SUPPLIED")


# -- the designator a lead sentence introduces --------------------------------------------------

def test_a_lead_sanctions_sentence_names_the_designator_of_the_next():
    text = ("BRUSSELS — The European Union sanctioned fifteen officials on Friday. Those targeted include the "
            "Sinaloa Cartel and CJNG.")
    got = _facts(text, "DESIGNATED")
    assert {("group:eu", "group:sinaloa-cartel"), ("group:eu", "group:cjng")} <= got
    assert not any(s == "state:BEL" for s, _ in got)  # not the dateline's state


def test_a_negated_lead_sentence_names_no_designator():
    text = "Britain has not imposed sanctions on anyone this year. Those targeted include the Sinaloa Cartel."
    assert not any(s == "state:GBR" for s, _ in _facts(text, "DESIGNATED"))


@pytest.mark.parametrize("text,pair", [
    ("Moscow has sold S-400 air defence systems to India.", ("state:RUS", "state:IND")),
    ("Washington delivered howitzers and artillery to Kyiv.", ("state:USA", "state:UKR")),
])
def test_more_kinds_of_goods(text, pair):
    assert pair in _facts(text, "SUPPLIED")


def test_a_passive_supply_is_not_read_backwards():
    # "operate drones delivered by Tehran": Venezuela did not supply Iran
    text = "Venezuela's armed forces operate Iranian-made drones delivered by Tehran in 2020."
    assert ("state:VEN", "state:IRN") not in _facts(text, "SUPPLIED")
