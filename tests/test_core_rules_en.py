"""Core relations on unseen phrasing, English (loaders/rules/en_core.yaml, issue 3).
Sentences of our own, one family of construction per test, each with negatives: requests
are not acts, denials and questions give nothing positive, non-actors are rejected."""

import pytest

from tests.extracting import extract_text


def _facts(text, pred, published="2024-05-01"):
    return {(c.subject, c.object) for c in extract_text(text, language="en", published=published)
            if c.predicate == pred and c.polarity == "positive"}


def _rules(text, pred):
    return {c.rule for c in extract_text(text, language="en", published="2024-05-01") if c.predicate == pred}


# -- DESIGNATED: a factive control verb before the act -------------------------------------

@pytest.mark.parametrize("text", [
    "The European Union decided to list the IRGC as a terrorist organisation.",
    "Last week the EU formally agreed to designate the IRGC a terrorist group.",
    "The European Union voted on Tuesday to add the IRGC to its terrorist list.",
    "The EU, which had hesitated for years, resolved to blacklist the IRGC as a terrorist entity.",
])
def test_control_verb_then_designation(text):
    assert _facts(text, "DESIGNATED") == {("group:eu", "group:irgc")}


@pytest.mark.parametrize("text", [
    "The European Union plans to list the IRGC as a terrorist organisation.",
    "The European Union has not decided to list the IRGC as a terrorist organisation.",
    "Did the EU decide to list the IRGC as a terrorist organisation?",
])
def test_plans_threats_denials_and_questions_are_no_designation(text):
    assert _facts(text, "DESIGNATED") == set()


# -- DESIGNATED: passives with the designator as agent; bans ----------------------------------

@pytest.mark.parametrize("text,pair", [
    ("Hezbollah was placed on the terrorist list by Colombia in 2020.", ("state:COL", "group:hezbollah")),
    ("Hamas, which was added to a terror blacklist by Japan, denied the charges.", ("state:JPN", "group:hamas")),
    ("Hezbollah was outlawed by Germany in 2020.", ("state:DEU", "group:hezbollah")),
    ("The Houthis have been proscribed by Britain since January.", ("state:GBR", "group:houthis")),
    ("Hamas was banned by Paraguay as a terrorist organisation in 2019.", ("state:PRY", "group:hamas")),
    ("Hezbollah has been outlawed in Germany since 2020.", ("state:DEU", "group:hezbollah")),
])
def test_passive_listing_and_outlawing(text, pair):
    assert _facts(text, "DESIGNATED") == {pair}


@pytest.mark.parametrize("text,pair", [
    ("Germany banned all activity by Hezbollah on its territory, treating it as a terrorist organization.",
     ("state:DEU", "group:hezbollah")),
    ("Berlin banned all Hezbollah activity on German soil in April.", ("state:DEU", "group:hezbollah")),
    ("Argentina banned Hamas after the attack, calling it a terrorist group.", ("state:ARG", "group:hamas")),
])
def test_bans_of_a_group(text, pair):
    assert _facts(text, "DESIGNATED") == {pair}


@pytest.mark.parametrize("text", [
    "Germany banned Hezbollah flags at the rally, citing terrorist propaganda.",
    "Germany has not banned Hezbollah, which Israel calls a terrorist group.",
    "Israel urged Germany to ban all activity by Hezbollah as a terrorist organization.",
    "Hamas was placed on the agenda by Qatar in 2020.",
])
def test_bans_of_symbols_denials_and_requests_are_no_designation(text):
    assert _facts(text, "DESIGNATED") == set()


def test_request_to_ban_is_urged_only():
    text = "Israel urged Germany to ban all activity by Hezbollah as a terrorist organization."
    assert _facts(text, "URGED") == {("state:ISR", "state:DEU")}


# -- URGED: requests to refrain, appeals ------------------------------------------------------

@pytest.mark.parametrize("text,pair", [
    ("Australia had repeatedly urged Honiara not to sign.", ("state:AUS", "state:SLB")),
    ("Washington pressed Panama not to renew the contract.", ("state:USA", "state:PAN")),
    ("The United States warned and urged Honduras against recognising Beijing.", ("state:USA", "state:HND")),
    ("Kenya appealed to the United States to release the funds.", ("state:KEN", "state:USA")),
])
def test_requests_to_refrain_and_appeals(text, pair):
    assert _facts(text, "URGED") == {pair}


@pytest.mark.parametrize("text", [
    "Australia did not urge Honiara not to sign.",
    "Did Australia urge Honiara not to sign?",
])
def test_denied_or_asked_requests_give_nothing(text):
    assert _facts(text, "URGED") == set()


def test_request_to_refrain_from_severing_is_not_a_severance():
    text = "Washington urged Honduras not to break off diplomatic relations with Taiwan."
    assert _facts(text, "URGED") == {("state:USA", "state:HND")}
    assert _facts(text, "SEVERED_TIES") == set()


# -- SEVERED_TIES ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,pair", [
    ("Colombia severed diplomatic and trade ties with Israel in May.", ("state:COL", "state:ISR")),
    ("Bolivia ended its diplomatic relationship with Israel.", ("state:BOL", "state:ISR")),
    ("Honduras on Saturday ended decades of diplomatic relations with Taiwan.", ("state:HND", "state:TWN")),
    ("The Solomon Islands switched diplomatic recognition from Taipei to Beijing in 2019.", ("state:SLB", "state:TWN")),
    ("Nicaragua withdrew its recognition of Taiwan and embraced Beijing.", ("state:NIC", "state:TWN")),
    ("Nicaragua broke with Taiwan in December 2021.", ("state:NIC", "state:TWN")),
    ("Bolivia's relations with Israel were severed in October.", ("state:BOL", "state:ISR")),
    ("Diplomatic relations between Bolivia and Israel were cut off in 2023.", ("state:BOL", "state:ISR")),
])
def test_severing_families(text, pair):
    assert _facts(text, "SEVERED_TIES") == {pair}


def test_severed_relations_are_not_read_as_ties():
    assert _facts("Bolivia's relations with Israel were severed in October.", "ALLEGED_TIES") == set()


@pytest.mark.parametrize("text", [
    "Colombia has not severed diplomatic and trade ties with Israel.",
    "Bolivia denied that it had ended its diplomatic relationship with Israel.",
    "Will Honduras switch recognition from Taiwan to China?",
    "Paraguay broke with tradition in 2021.",
])
def test_severing_negatives(text):
    assert _facts(text, "SEVERED_TIES") == set()


# -- ALLEGED_TIES --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,pair", [
    ("Qatar has hosted Hamas leaders since 2012.", ("state:QAT", "group:hamas")),
    ("Hezbollah acts as a proxy for Iran along the border.", ("group:hezbollah", "state:IRN")),
    ("The Houthis are widely seen as an Iranian proxy.", ("group:houthis", "state:IRN")),
    ("The ELN colludes with Venezuela, according to Bogotá.", ("group:eln", "state:VEN")),
    ("Venezuela gives safe haven to ELN commanders.", ("state:VEN", "group:eln")),
])
def test_ties_families(text, pair):
    got = _facts(text, "ALLEGED_TIES")
    assert pair in got or pair[::-1] in got


def test_agreed_to_restore_relations_is_a_tie():
    got = _facts("Saudi Arabia and Iran agreed on Friday to restore diplomatic relations.", "ALLEGED_TIES")
    assert got in ({("state:SAU", "state:IRN")}, {("state:IRN", "state:SAU")})


def test_with_the_backing_of_a_patron():
    got = _facts("The Houthis, with the backing of Iran, fired missiles at ships.", "ALLEGED_TIES")
    assert got == {("state:IRN", "group:houthis")}


@pytest.mark.parametrize("text", [
    # two governments acting together are no alleged tie of the proximity kind
    "Spain, with the support of France, proposed a resolution.",
    "Qatar denies hosting Hamas leaders.",
    "Is Hezbollah acting as a proxy for Iran?",
    "Saudi Arabia and Iran did not agree to restore diplomatic relations.",
])
def test_ties_negatives(text):
    assert _facts(text, "ALLEGED_TIES") == set()


# -- ALLEGED_TIES: patrons in apposition, accusations about described groups, deployments ----

def test_patrons_named_by_apposition():
    text = "Qatar and Turkey, the main backers of the new government in Damascus, urged Washington to lift sanctions."
    got = _facts(text, "ALLEGED_TIES")
    assert got == {("state:QAT", "state:SYR"), ("state:TUR", "state:SYR")}
    # the apposition does not make Damascus the one asking
    assert ("state:SYR", "state:USA") not in _facts(text, "URGED")


def test_guarantors_of_an_agreement_are_no_patrons():
    assert _facts("Qatar and the United States, the guarantors of the Congo-Rwanda agreement, met in Doha.",
                  "ALLEGED_TIES") == set()


def test_accused_of_backing_a_described_group():
    got = {(c.subject, c.object, c.modality.value if hasattr(c.modality, "value") else c.modality)
           for c in extract_text("Mali accuses Ukraine of arming the Tuareg rebels of Hamas.", language="en",
                                 published="2024-05-01") if c.predicate == "ALLEGED_TIES"}
    assert got == {("state:UKR", "group:hamas", "alleged")}


def test_backing_rebels_in_a_place_is_no_tie_with_the_place():
    assert _facts("Kinshasa accuses Rwanda of backing the rebels in Congo.", "ALLEGED_TIES") == set()


@pytest.mark.parametrize("text,pair", [
    ("Hezbollah keeps hundreds of fighters in Syria.", ("group:hezbollah", "state:SYR")),
    ("The Houthis have deployed advisers in Sudan, officials say.", ("group:houthis", "state:SDN")),
])
def test_an_armed_group_deployed_in_a_state(text, pair):
    assert pair in _facts(text, "ALLEGED_TIES")


def test_a_state_deploying_troops_in_another_is_no_tie():
    # may be an invasion: proximity ties are only kept around armed groups
    assert _facts("Russia keeps thousands of troops in Ukraine.", "ALLEGED_TIES") == set()


# -- DESIGNATED of kind "sanctions" (groups and people only), and vetoes ------------------------

def _designations(text):
    return {(c.subject, c.object, c.props.get("designation")) for c in extract_text(
        text, language="en", published="2024-05-01") if c.predicate == "DESIGNATED" and c.polarity == "positive"}


@pytest.mark.parametrize("text,fact", [
    ("Britain imposed fresh sanctions on Hamas on Tuesday.", ("state:GBR", "group:hamas", "sanctions")),
    ("The United States sanctioned Kataib Hezbollah in 2020.", ("state:USA", "group:kataib-hezbollah", "sanctions")),
    ("Kataib Hezbollah was sanctioned by Britain in 2021.", ("state:GBR", "group:kataib-hezbollah", "sanctions")),
    ("The European Union has had Hamas on its sanctions list since 2003.", ("group:eu", "group:hamas", "sanctions")),
])
def test_sanctions_on_a_group(text, fact):
    assert _designations(text) == {fact}


def test_sanctioned_as_a_terrorist_stays_a_terrorist_designation():
    got = _designations("The United States sanctioned the Houthis as a Specially Designated Global Terrorist group.")
    assert {d for _, _, d in got} == {"specially designated global terrorist"}


@pytest.mark.parametrize("text", [
    "The United States sanctioned Iran on Monday.",          # a state is no designation target
    "The United States lifted sanctions on Hamas.",
    "The United States has not sanctioned Hezbollah.",
    "Washington urged Britain to sanction Hamas.",
    "Washington threatened to sanction Hamas.",
    "The United States revoked the designation of the Houthis as a terrorist organization.",
    "Britain ended its ban on Hamas in 2001.",
])
def test_no_sanction_designation(text):
    assert _designations(text) == set()


def test_no_plans_to_cut_ties_is_no_severance():
    assert _facts("Belize has no plans to cut ties with Taiwan.", "SEVERED_TIES") == set()


# -- more verbs of the same families ---------------------------------------------------------

def test_named_a_terrorist_organisation():
    assert _facts("Paraguay named Hezbollah a terrorist organization in 2019.", "DESIGNATED") == {
        ("state:PRY", "group:hezbollah")}


def test_joined_another_in_listing():
    got = _facts("Canada joined the United States in listing the IRGC as a terrorist entity.", "DESIGNATED")
    assert ("state:CAN", "group:irgc") in got
    assert ("state:CAN", "group:irgc") not in _facts(
        "Canada did not join the United States in listing the IRGC as a terrorist entity.", "DESIGNATED")


@pytest.mark.parametrize("text,pair", [
    ("Washington told Qatar to expel Hamas leaders.", ("state:USA", "state:QAT")),
    ("Israel warned Lebanon not to let Hezbollah rebuild.", ("state:ISR", "state:LBN")),
])
def test_told_and_warned_to(text, pair):
    assert _facts(text, "URGED") == {pair}


def test_told_in_a_question_is_nothing():
    assert _facts("Did Washington tell Qatar to expel Hamas leaders?", "URGED") == set()


def test_relies_on_a_patron():
    assert _facts("The Houthis rely heavily on Iran for weapons and money.", "ALLEGED_TIES") == {
        ("state:IRN", "group:houthis")}
    assert _facts("The Houthis no longer rely on Iran for weapons.", "ALLEGED_TIES") == set()
