"""English phrasing families beyond the tuning corpus (issue 3): each family in several
wordings, plus sentences that must give no asserted fact (questions, conditionals,
requests that are not acts, denials). Runs the real extract() on short texts."""

import pytest

from extracting import extract_text

PUB = "2024-05-15"


def run(text, published=PUB):
    return extract_text(text, language="en", published=published, doc_id="doc:gen-en")


def got(text):
    return {(c.predicate, c.subject, c.object) for c in run(text) if c.polarity == "positive"}


def has(found, pred, a, b, either_way=False):
    return (pred, a, b) in found or (either_way and (pred, b, a) in found)


# ---------------------------------------------------------------- signing
@pytest.mark.parametrize("text,a,b", [
    ("The defence pact was signed in Canberra on Tuesday by Australia and Japan.", "state:AUS", "state:JPN"),
    ("A framework agreement on maritime security was inked at the presidential palace by Brazil and Argentina.",
     "state:BRA", "state:ARG"),
    ("The accord, sealed in Doha by Qatar and Turkey, covers energy and defence.", "state:QAT", "state:TUR"),
    ("Peru, which concluded a defence cooperation agreement with Chile in 2019, sent observers.", "state:PER", "state:CHL"),
    ("Chile concluded a security pact with Peru last year.", "state:CHL", "state:PER"),
    ("Bolivia signed a memorandum of understanding with Iran on drones.", "state:BOL", "state:IRN"),
    ("Mexico signed with Guatemala a migration framework agreement that runs for five years.", "state:MEX", "state:GTM"),
])
def test_signing_families(text, a, b):
    claims = run(text)
    parties = {c.subject for c in claims if c.predicate == "PARTY_TO" and c.polarity == "positive"}
    assert {a, b} <= parties


def test_passive_signing_by_officials_gives_signatories():
    claims = run("Iran and Venezuela agreed a 20-year cooperation plan. The treaty was signed in Caracas on "
                 "Saturday by Nicolás Maduro and Ebrahim Raisi, who was on a tour of Latin America.")
    signers = {c.subject for c in claims if c.predicate == "SIGNED"}
    assert {"official:nicolas-maduro", "official:ebrahim-raisi"} <= signers


# ---------------------------------------------------------------- designation
@pytest.mark.parametrize("text,a,b", [
    ("Canada keeps Hezbollah on its list of terrorist entities.", "state:CAN", "group:hezbollah"),
    ("Hamas, the Palestinian movement that Paraguay designated a terrorist organization in 2019, denied the report.",
     "state:PRY", "group:hamas"),
    ("Hezbollah, the Lebanese militia that Colombia placed on its terrorist list in 2020, has cells in the region.",
     "state:COL", "group:hezbollah"),
    ("The United States sanctioned the Houthis as Specially Designated Global Terrorists in January.",
     "state:USA", "group:houthis"),
    ("The United States redesignated the Houthis as a Foreign Terrorist Organization.", "state:USA", "group:houthis"),
])
def test_designation_families(text, a, b):
    assert has(got(text), "DESIGNATED", a, b)


@pytest.mark.parametrize("text", [
    "Will Brazil keep Hezbollah on its list of terrorist organizations?",
    "If Chile designated Hamas a terrorist organization, Iran would protest.",
    "Israel urged Brazil to add Hezbollah to its list of terrorist organizations.",
])
def test_designation_negatives(text):
    assert not any(p == "DESIGNATED" for p, _, _ in got(text))


# ---------------------------------------------------------------- ties
@pytest.mark.parametrize("text,a,b", [
    ("Hezbollah and Hamas have held secret contacts to coordinate their attacks.", "group:hezbollah", "group:hamas"),
    ("Venezuela is deepening its alliance with Iran, diplomats say.", "state:VEN", "state:IRN"),
    ("The Houthis, a close ally of Iran, fired missiles at ships.", "state:IRN", "group:houthis"),
    ("Hamas carried out the raid on Iran's behalf, the officials said.", "state:IRN", "group:hamas"),
    ("North Korea depends on China, Pyongyang's main economic lifeline, for fuel.", "state:CHN", "state:PRK"),
    ("Cuba and the United States restored full diplomatic relations in 2015.", "state:CUB", "state:USA"),
    ("Los Lobos are closely associated with the Sinaloa Cartel.", "group:los-lobos", "group:sinaloa-cartel"),
    ("Hezbollah has maintained contacts with the ELN for years.", "group:hezbollah", "group:eln"),
    ("Hezbollah is Iran's most powerful proxy.", "state:IRN", "group:hezbollah"),
    ("Venezuela has become a key ally of Iran in the region.", "state:VEN", "state:IRN"),
    ("The Tren de Aragua has worked for years with the ELN in gold smuggling.", "group:tren-de-aragua", "group:eln"),
])
def test_ties_families(text, a, b):
    assert has(got(text), "ALLEGED_TIES", a, b)


@pytest.mark.parametrize("text", [
    "Did Hezbollah and Hamas hold contacts before the attack?",
])
def test_ties_negatives(text):
    assert not any(p == "ALLEGED_TIES" for p, _, _ in got(text))


# ---------------------------------------------------------------- supplies
@pytest.mark.parametrize("text,a,b", [
    ("Russia donated dozens of armoured vehicles to Nicaragua last year.", "state:RUS", "state:NIC"),
    ("China delivered fuel and grain to North Korea in March.", "state:CHN", "state:PRK"),
    ("Iran facilitated weapons to the Houthis through smuggling networks.", "state:IRN", "group:houthis"),
    ("Hamas, which Israel says receives about $100 million a year from Iran, denied it.", "state:IRN", "group:hamas"),
    ("Japan has provided the Philippine coast guard with patrol vessels and radars.", "state:JPN", "state:PHL"),
])
def test_supply_families(text, a, b):
    assert has(got(text), "SUPPLIED", a, b)


def test_supply_question_gives_nothing():
    assert not got("Has Russia donated vehicles to Nicaragua?")


# ---------------------------------------------------------------- requests
@pytest.mark.parametrize("text,a,targets", [
    ("Spain urged Germany and France to recognise Palestine.", "state:ESP", ["state:DEU", "state:FRA"]),
    ("Washington called on Beijing, Pyongyang's main trading partner, to restrain North Korea.", "state:USA",
     ["state:CHN"]),
])
def test_request_families(text, a, targets):
    found = got(text)
    for t in targets:
        assert has(found, "URGED", a, t)


def test_request_question_gives_nothing():
    assert not any(p == "URGED" for p, _, _ in got("Should Spain urge Germany and France to recognise Palestine?"))


# ---------------------------------------------------------------- severing
@pytest.mark.parametrize("text,a,b", [
    ("Bolivia announced the severing of diplomatic relations with Israel on Tuesday.", "state:BOL", "state:ISR"),
    ("Belize suspended diplomatic relations with Israel in November.", "state:BLZ", "state:ISR"),
    ("Nicaragua broke off ties with the Netherlands in 2022.", "state:NIC", "state:NLD"),
])
def test_severing_families(text, a, b):
    assert has(got(text), "SEVERED_TIES", a, b)


@pytest.mark.parametrize("text", [
    "Colombia has not broken off relations with Israel.",
    "If Chile cut ties with Israel, trade would suffer.",
])
def test_severing_negatives(text):
    assert not any(p == "SEVERED_TIES" for p, _, _ in got(text))


# ---------------------------------------------------------------- roles
@pytest.mark.parametrize("text,state", [
    ("Russia's foreign ministry spokeswoman Maria Zakharova dismissed the report.", "state:RUS"),
    ("Chinese defence ministry spokesman Wu Qian said the drills were routine.", "state:CHN"),
])
def test_office_spokesperson_belongs_to_the_state(text, state):
    roles = {(c.object, c.props.get("role")) for c in run(text) if c.predicate == "HOLDS_ROLE"}
    assert any(o == state for o, _ in roles)


def test_spokesperson_of_a_think_tank_is_no_state_office():
    assert not any(c.predicate == "HOLDS_ROLE" and c.object.startswith("state:")
                   for c in run("A spokesman Peter Hall of the Wilson Center in Washington declined to comment."))


def test_folded_into_a_state_apparatus_is_part_of_it():
    claims = run("The Popular Mobilization Forces, an umbrella of militias that was folded into Iraq's armed forces "
                 "in 2016, answer to the prime minister.")
    assert ("PART_OF", "group:pmf", "state:IRQ") in {(c.predicate, c.subject, c.object) for c in claims}


def test_passive_listing_names_the_designating_state():
    assert has(got("Hezbollah was added to the list of terrorist organizations by Paraguay in 2019."), "DESIGNATED",
               "state:PRY", "group:hezbollah")


@pytest.mark.parametrize("text,asker,asked", [
    ("Guatemala was urged by the United States to keep its ties with Taiwan.", "state:USA", "state:GTM"),
    ("Washington called for Caracas to release the detainees.", "state:USA", "state:VEN"),
])
def test_request_direction(text, asker, asked):
    found = got(text)
    assert has(found, "URGED", asker, asked) and not has(found, "URGED", asked, asker)


@pytest.mark.parametrize("text", [
    "Chile and Peru are expected to sign a defence pact next month.",
    "Will Chile sign the pact with Peru?",
    "Colombia and Ecuador discussed a possible security agreement.",
])
def test_signing_not_yet_done_is_not_asserted(text):
    assert not any(c.predicate in ("SIGNED_MOU_WITH", "PARTY_TO") and c.modality == "asserted" for c in run(text))


def test_mediator_acting_on_behalf_is_no_proxy():
    assert not any(p == "ALLEGED_TIES" for p, _, _ in got("Qatar acted on behalf of the United States in talks with Iran."))
