"""Alleged ties, pressure and membership in English (issue 3): sentences written for these
tests in several newsroom styles (wire, analysis, court and think-tank reports), not taken
from any corpus; each mechanism has positives and negatives that must give nothing."""

import pytest

from tests.extracting import extract_text, positive_pairs


def _claims(text, pred):
    return [c for c in extract_text(text, language="en", published="2024-05-01") if c.predicate == pred]


def _pairs(text, pred):
    return positive_pairs(text, pred, language="en", published="2024-05-01")


def _tied(text, a, b):
    got = _pairs(text, "ALLEGED_TIES")
    return (a, b) in got or (b, a) in got


# -- a coordinated group of backing verbs ("funds, arms and trains") -----------------------

@pytest.mark.parametrize("text, a, b", [
    ("Iran funds, arms and trains Hezbollah.", "state:IRN", "group:hezbollah"),
    ("Tehran has financed and armed the Houthis for a decade.", "state:IRN", "group:houthis"),
    ("Russia equips and directs the Wagner Group, analysts at the institute wrote.", "state:RUS", "group:wagner-group"),
    ("Qatar has sheltered and funded leaders of Hamas, Israeli officials allege.", "state:QAT", "group:hamas"),
])
def test_coordinated_backing_verbs_give_a_tie(text, a, b):
    assert _tied(text, a, b)


@pytest.mark.parametrize("text", [
    "Brazil supports Argentina's bid to host the summit.",
    "Colombia backed Venezuela's call for talks.",
    "The United States supports Ukraine's membership in NATO.",
    "Does Iran arm the Houthis?",
])
def test_backing_a_claim_or_a_question_is_no_tie(text):
    assert _pairs(text, "ALLEGED_TIES") == set()


def test_denied_backing_is_negative():
    claims = _claims("Iran has never funded or armed the Houthis, its foreign ministry said.", "ALLEGED_TIES")
    assert claims and all(c.polarity == "negative" for c in claims)


def test_stopped_backing_is_not_a_standing_tie():
    assert _pairs("Turkey has stopped hosting Hamas leaders.", "ALLEGED_TIES") == set()


def test_could_fund_is_speculative():
    claims = _claims("Iran could fund Hezbollah again if sanctions are lifted.", "ALLEGED_TIES")
    assert claims and {c.modality.value for c in claims} == {"speculative"}


# -- the accused side of an accusation -------------------------------------------------

def test_accused_of_harbouring_the_people_of_a_group():
    text = "Washington accused Venezuela of harbouring commanders of the ELN."
    claims = [c for c in _claims(text, "ALLEGED_TIES") if c.polarity == "positive"]
    assert {(c.subject, c.object) for c in claims} == {("state:VEN", "group:eln")}
    assert {c.modality.value for c in claims} == {"alleged"}


# -- one actor the instrument of another ------------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Hezbollah is widely seen as a front for Iran's Revolutionary Guards.", "group:hezbollah", "group:irgc"),
    ("The Wagner Group has become an instrument of the Kremlin in Africa.", "group:wagner-group", "state:RUS"),
    ("For years Kataib Hezbollah has acted on behalf of Iran in Iraq.", "group:kataib-hezbollah", "state:IRN"),
    ("The Houthis operate at the behest of Tehran, the report concludes.", "group:houthis", "state:IRN"),
])
def test_proxy_copula_and_on_behalf_give_a_proxy_tie(text, a, b):
    assert _tied(text, a, b)


def test_mediator_or_counsel_acting_for_a_state_is_no_proxy():
    assert _pairs("Qatar acted on behalf of the United States in talks with the Taliban.", "ALLEGED_TIES") == set()
    assert _pairs("Norway acted on behalf of Colombia during the negotiations.", "ALLEGED_TIES") == set()


# -- alignment with a government ----------------------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Russia's Wagner Group has been in league with the junta in Mali.", "group:wagner-group", "state:MLI"),
    ("Moscow is politically close to the military government of Niger.", "state:RUS", "state:NER"),
    ("The ELN has long been in cahoots with the government of Venezuela, Colombian officials say.", "group:eln", "state:VEN"),
])
def test_in_league_and_close_to_a_government(text, a, b):
    assert _tied(text, a, b)


def test_close_to_a_border_is_no_tie():
    assert _pairs("Chile is close to Argentina's border.", "ALLEGED_TIES") == set()


# -- hosting a group's office, links to a government --------------------------------------

def test_hosts_the_office_of_a_group():
    assert _tied("Qatar hosts the political office of Hamas.", "state:QAT", "group:hamas")


def test_possessive_links_to_a_government():
    assert _tied("The ELN's links to the government of Venezuela worry Bogotá.", "group:eln", "state:VEN")


# -- requests: who presses whom, and for what ----------------------------------------------

def _urged(text):
    return {(c.subject, c.object, c.props.get("action")) for c in _claims(text, "URGED") if c.polarity == "positive"}


def test_under_pressure_from_reads_the_presser_as_subject():
    assert _urged("Germany came under mounting pressure from Israel to outlaw Hezbollah.") == {
        ("state:ISR", "state:DEU", "designate")}


def test_pressure_from_in_a_proximity_reading_is_not_reversed():
    got = _urged("Germany, under pressure from Israel, agreed to consider a ban.")
    assert ("state:DEU", "state:ISR", "designate") not in got and not any(s == "state:DEU" for s, _, _ in got)


def test_time_adverbial_between_the_asked_and_the_request():
    assert _urged("Britain urged Iraq on Tuesday to rein in the militias.") == {("state:GBR", "state:IRQ", "reduce")}
    assert _urged("Washington pressed Qatar again last week to expel Hamas officials.") == {
        ("state:USA", "state:QAT", "expel")}


def test_told_a_groups_leaders_to_leave():
    assert _urged("Qatar told Hamas leaders to leave Doha.") == {("state:QAT", "group:hamas", "leave")}


@pytest.mark.parametrize("text, action", [
    ("China urged Paraguay to switch recognition from Taiwan to Beijing.", "recognize"),
    ("Germany pressed Hungary to lift its veto on sanctions.", "lift"),
    ("Washington urged Qatar to kick out the Hamas leaders.", "expel"),
    ("The U.S. urged Iraq to disarm the militias.", "disarm"),
])
def test_the_action_is_the_requested_verb_not_a_word_of_its_object(text, action):
    assert {a for _, _, a in _urged(text)} == {action}


def test_a_question_or_a_denial_is_no_request():
    assert _urged("Did Washington urge Brazil to list Hezbollah?") == set()
    assert _urged("Ecuador did not ask Colombia to extradite anyone.") == set()


# -- membership -----------------------------------------------------------------------------

def _members(text):
    return _pairs(text, "MEMBER_OF")


def test_a_longtime_member_of_a_group():
    got = _members("Walid Haddad, a longtime member of Hezbollah, was arrested in Paraguay.")
    assert got and all(o == "group:hezbollah" for _, o in got)


def test_joined_a_group_in_a_year():
    got = _members("Prosecutors said Walid Haddad joined Hezbollah in 2009.")
    assert got and all(o == "group:hezbollah" for _, o in got)


@pytest.mark.parametrize("text, group", [
    ("Walid Haddad, a senior Hamas operative, was killed in Beirut.", "group:hamas"),
    ("Police in Asunción detained Walid Haddad, a Hezbollah member.", "group:hezbollah"),
    ("Walid Haddad was a Hezbollah fighter in the 1990s, the court heard.", "group:hezbollah"),
])
def test_the_group_named_before_the_member_noun(text, group):
    got = _members(text)
    assert got and all(o == group for _, o in got)


def test_a_critic_of_a_group_is_no_member():
    assert _members("Walid Haddad, a Hezbollah critic, spoke on the radio.") == set()


def test_a_group_joining_another_in_an_act_is_no_membership():
    assert _members("Hezbollah joined Hamas in condemning the strike.") == set()
    assert _pairs("Hezbollah joined Hamas in condemning the strike.", "PART_OF") == set()


# -- the backed actor first, fronted participles and phrases, "and its allies" ---------------

@pytest.mark.parametrize("text, a, b", [
    ("Hezbollah, which Iran funds and arms, fired rockets.", "state:IRN", "group:hezbollah"),
    ("Backed by Iran, the Houthis have attacked shipping.", "state:IRN", "group:houthis"),
    ("With the backing of Iran, Hezbollah rebuilt its arsenal.", "state:IRN", "group:hezbollah"),
    ("Iran and its allies Hezbollah and the Houthis oppose the deal.", "state:IRN", "group:houthis"),
    ("Venezuela tolerates the ELN's presence on its soil.", "state:VEN", "group:eln"),
    ("Hamas enjoys the backing of Qatar and Turkey.", "state:TUR", "group:hamas"),
    ("Iran has long been the main backer of the Houthis.", "state:IRN", "group:houthis"),
    ("Russia and Iran have forged a close military partnership.", "state:RUS", "state:IRN"),
    ("Iran's military cooperation with Venezuela has grown.", "state:IRN", "state:VEN"),
    ("Assad Barakat, Hezbollah's top financier in South America, was arrested.", "official:assad-barakat",
     "group:hezbollah"),
])
def test_more_ways_news_states_a_tie(text, a, b):
    assert _tied(text, a, b)


@pytest.mark.parametrize("text", [
    "With the help of Qatar, Israel and Hamas agreed to a truce.",
    "Venezuela will not allow the ELN to operate on its soil.",
    "Colombia, which Venezuela criticised, backed the resolution.",
])
def test_mediation_refusal_and_other_objects_give_no_tie(text):
    assert _pairs(text, "ALLEGED_TIES") == set()


def test_banning_an_organisation_is_a_request_to_designate():
    assert {a for _, _, a in _urged("Israel urged Germany to ban Hezbollah outright.")} == {"designate"}
    assert {a for _, _, a in _urged("Washington urged the EU to ban Russian oil imports.")} == {"ban"}


def test_keeping_recognition_is_about_recognition():
    assert {a for _, _, a in _urged("The U.S. pressed Honduras to keep its recognition of Taiwan.")} == {"recognize"}


@pytest.mark.parametrize("text, pair, action", [
    ("Calls from Washington for Bogotá to extradite the commanders grew louder.", ("state:USA", "state:COL"), "extradite"),
    ("The U.S. asked Mexico for the extradition of the cartel leaders.", ("state:USA", "state:MEX"), "extradite"),
    ("Israel pressed Brazil over the listing of Hezbollah.", ("state:ISR", "state:BRA"), "designate"),
    ("Washington is leaning on Qatar to expel Hamas.", ("state:USA", "state:QAT"), "expel"),
])
def test_nominal_and_idiomatic_requests(text, pair, action):
    assert {(s, o, a) for s, o, a in _urged(text)} == {(*pair, action)}


def test_a_call_from_one_actor_about_another_without_a_request_is_nothing():
    assert _urged("Calls from Washington for talks with Bogotá grew louder.") == set()


# -- presence and people lent by a state ------------------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Hamas leaders live in Qatar.", "group:hamas", "state:QAT"),
    ("Hamas's political leadership is based in Doha.", "group:hamas", "state:QAT"),
    ("Hezbollah fighters trained by Iranian instructors joined the fight.", "state:IRN", "group:hezbollah"),
    ("The ELN enjoys Venezuelan protection, Colombian officials say.", "state:VEN", "group:eln"),
    ("Cuban advisers work inside Venezuela's intelligence services.", "state:CUB", "state:VEN"),
    ("Hezbollah has built a financing network in Venezuela, the report says.", "group:hezbollah", "state:VEN"),
])
def test_presence_and_lent_people(text, a, b):
    assert _tied(text, a, b)


def test_leaders_living_in_a_city_of_no_state_or_denied():
    assert _pairs("Hamas leaders do not live in Turkey, Ankara insists.", "ALLEGED_TIES") == set()
    assert _pairs("Iranian money was seized in Turkey.", "ALLEGED_TIES") == set()


def test_the_request_ends_at_a_relative_clause_or_a_new_statement():
    assert {a for _, _, a in _urged("Washington urged Mexico to extradite the bosses, whom the Treasury designated "
                                     "as terrorists last year.")} == {"extradite"}
    assert {a for _, _, a in _urged("Israel urged Argentina to arrest the suspects and warned it would sanction "
                                     "Iran.")} == {"arrest"}
    assert {a for _, _, a in _urged("Peru urged Bolivia to expel the diplomats, sever ties with Iran and close "
                                     "its embassy.")} >= {"expel", "sever ties"}


def test_freezing_assets_is_a_sanction():
    assert {a for _, _, a in _urged("The U.S. urged Panama to freeze the assets of the Cartel de los Soles.")} == {
        "sanction"}


@pytest.mark.parametrize("text, pair, action", [
    ("Washington told Caracas it must release the detained Americans.", ("state:USA", "state:VEN"), "release"),
    ("In a letter to Brazil, Israel asked it to designate Hezbollah.", ("state:ISR", "state:BRA"), "designate"),
    ("Peru sent a formal request to Bolivia for the extradition of the suspects.", ("state:PER", "state:BOL"),
     "extradite"),
    ("The U.S. has pressed Colombia hard to extradite the commanders.", ("state:USA", "state:COL"), "extradite"),
])
def test_requests_by_obligation_letter_and_formal_request(text, pair, action):
    assert _urged(text) == {(*pair, action)}


def test_telling_a_state_something_is_no_request():
    assert _urged("Washington told Caracas that it was ready to talk.") == set()
