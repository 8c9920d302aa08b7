"""Plural anaphora in the one resolver (loaders/anaphora.py): "them", Spanish "los"/"las" before a
finite verb and "les" before a supply or request verb stand for every member of the one list of
actors they can mean (a coordinated list earlier in the sentence, outside the pronoun's clause, or
in the sentence before); "the two governments" / "ambos países" never include the state acting on
the pair (loaders/actors.py)."""

import pytest

from extracting import extract_text

PUB = "2025-11-20"


def _pairs(text: str, predicate: str, language: str) -> set[tuple[str, str]]:
    return {(c.subject, c.object) for c in extract_text(text, language=language, published=PUB)
            if c.predicate == predicate and c.polarity == "positive"}


@pytest.mark.parametrize("language, text, predicate, pairs", [
    # English "them": each relation type, each member of the list
    ("en", "Hamas and Islamic Jihad have fought Israel for years. Paraguay designated them terrorist organisations "
     "in 2024.", "DESIGNATED", {("state:PRY", "group:hamas"), ("state:PRY", "group:palestinian-islamic-jihad")}),
    ("en", "Hamas, Hezbollah and the Houthis fired at Israel. Argentina designated them terrorist groups in 2024.",
     "DESIGNATED", {("state:ARG", "group:hamas"), ("state:ARG", "group:hezbollah"), ("state:ARG", "group:houthis")}),
    ("en", "Chile and Peru met in Lima. Brazil urged them to sign a border pact.", "URGED",
     {("state:BRA", "state:CHL"), ("state:BRA", "state:PER")}),
    ("en", "Hezbollah and Hamas attacked Israel. Iran supplied them with rockets.", "SUPPLIED",
     {("state:IRN", "group:hezbollah"), ("state:IRN", "group:hamas")}),
    ("en", "Hezbollah and Hamas attacked Israel. Iran has long funded them.", "ALLEGED_TIES",
     {("state:IRN", "group:hezbollah"), ("state:IRN", "group:hamas")}),
    ("en", "Nicolás Maduro and Diosdado Cabello were indicted in 2020. Canada sanctioned them in 2021.", "DESIGNATED",
     {("state:CAN", "official:nicolas-maduro"), ("state:CAN", "official:diosdado-cabello")}),
    # the list earlier in the same sentence, outside the pronoun's clause
    ("en", "Los Choneros and Los Lobos control the prisons, and Ecuador listed them as terrorist groups in January "
     "2024.", "DESIGNATED", {("state:ECU", "group:los-choneros"), ("state:ECU", "group:los-lobos")}),
    # Spanish clitics before a finite verb (moved after it, where the rules read an object)
    ("es", "Los Choneros y Los Lobos controlan las cárceles. Ecuador los declaró organizaciones terroristas en enero "
     "de 2024.", "DESIGNATED", {("state:ECU", "group:los-choneros"), ("state:ECU", "group:los-lobos")}),
    ("es", "Hamás y la Yihad Islámica atacaron Israel. Paraguay las declaró organizaciones terroristas.", "DESIGNATED",
     {("state:PRY", "group:hamas"), ("state:PRY", "group:palestinian-islamic-jihad")}),
    ("es", "Los Choneros y Los Lobos trafican cocaína. Estados Unidos los ha designado organizaciones terroristas.",
     "DESIGNATED", {("state:USA", "group:los-choneros"), ("state:USA", "group:los-lobos")}),
    ("es", "Hezbolá y Hamás atacaron Israel. Irán les entregó cohetes en 2024.", "SUPPLIED",
     {("state:IRN", "group:hezbollah"), ("state:IRN", "group:hamas")}),
    ("es", "Chile y Perú se reunieron en Lima. Brasil les exigió que retiraran sus tropas de la frontera.", "URGED",
     {("state:BRA", "state:CHL"), ("state:BRA", "state:PER")}),
    ("es", "Hamás y Hezbolá atacaron Israel. Irán los financia desde hace años.", "ALLEGED_TIES",
     {("state:IRN", "group:hamas"), ("state:IRN", "group:hezbollah")}),
    # a pair description acted on by a third state: the pair is the two states before, not the actor
    ("en", "Colombia and Ecuador signed a border pact in March. The United States encouraged the two governments to "
     "share intelligence.", "URGED", {("state:USA", "state:COL"), ("state:USA", "state:ECU")}),
    ("es", "Costa Rica y El Salvador firmaron un memorando de seguridad. Washington pidió a ambos países reforzar los "
     "controles en sus costas.", "URGED", {("state:USA", "state:CRI"), ("state:USA", "state:SLV")}),
    ("en", "Egypt and Sudan held talks in Cairo. Ethiopia urged both countries to return to the negotiating table.",
     "URGED", {("state:ETH", "state:EGY"), ("state:ETH", "state:SDN")}),
])
def test_a_plural_anaphor_stands_for_each_member_of_its_list(language, text, predicate, pairs):
    assert _pairs(text, predicate, language) == pairs


@pytest.mark.parametrize("language, text, predicate", [
    # two lists equally close: nothing
    ("en", "Chile and Peru signed a pact, while Bolivia and Brazil objected. Argentina urged them to talk.", "URGED"),
    ("es", "Chile y Perú firmaron un pacto, mientras Bolivia y Brasil lo rechazaron. Argentina les exigió que "
     "dialogaran.", "URGED"),
    # the list is the pronoun's own clause: no antecedent
    ("en", "Israel and the United States designated them terrorist organisations.", "DESIGNATED"),
    # a list holding the actor of the pronoun's clause: never the other argument
    ("en", "Brazil and Chile met in Lima. Brazil urged them to sign.", "URGED"),
    # a paragraph break: the pronoun does not reach into the paragraph before
    ("en", "Hamas and Hezbollah attacked Israel.\n\nIran supplied them with rockets.", "SUPPLIED"),
    ("es", "Hezbolá y Hamás atacaron Israel.\n\nIrán les entregó cohetes en 2024.", "SUPPLIED"),
    # the list's members are of a type the relation does not take: states are not listed as terrorists
    ("en", "Chile and Peru met in Lima. Argentina designated them terrorist organisations.", "DESIGNATED"),
    ("es", "Chile y Perú se reunieron en Lima. Argentina los declaró organizaciones terroristas.", "DESIGNATED"),
    # a question is no claim
    ("en", "Hamas and Hezbollah attacked Israel. Will Paraguay designate them?", "DESIGNATED"),
    # the article "los" before a noun is no clitic
    ("es", "Los Choneros y Los Lobos operan en Guayaquil. Ecuador dijo que los militares patrullarán las cárceles.",
     "DESIGNATED"),
    # "les" before a verb of saying is no request
    ("es", "Chile y Perú se reunieron en Lima. Brasil les dijo que no firmaría.", "URGED"),
])
def test_no_plural_antecedent_no_fact(language, text, predicate):
    assert not _pairs(text, predicate, language)


def test_a_plural_denial_stays_a_denial_for_each_member():
    claims = [c for c in extract_text("Hamas and Hezbollah attacked Israel. Paraguay did not designate them terrorist "
                                      "organisations.", language="en", published=PUB) if c.predicate == "DESIGNATED"]
    assert {(c.subject, c.object, c.polarity) for c in claims} == {
        ("state:PRY", "group:hamas", "negative"), ("state:PRY", "group:hezbollah", "negative")}


def test_a_pair_description_after_a_demonym_keeps_the_two_states_before():
    # "Turkish mediation": an adjective, not one of the two governments
    text = ("Ethiopia and Somalia quarrelled over Somaliland for a year. Turkish mediation ended the dispute, and the "
            "United States later urged the two governments to sign a maritime pact.")
    assert _pairs(text, "URGED", "en") == {("state:USA", "state:ETH"), ("state:USA", "state:SOM")}


def test_a_state_announcing_a_pair_may_be_one_of_it():
    # a verb of saying before the pair: the state speaking is not excluded
    text = "Chile and Peru met in Lima on Monday. Chile said the two countries signed a fisheries agreement."
    parties = {c.subject for c in extract_text(text, language="en", published=PUB) if c.predicate == "PARTY_TO"}
    assert parties <= {"state:CHL", "state:PER"}


def test_officials_before_a_pair_count_as_their_states():
    # "Dendias and his Egyptian counterpart, Shoukry": Greece and Egypt, not the states of the sentence before
    text = ("Turkey signed a maritime deal with Libya in 2019. Foreign Minister Nikos Dendias of Greece and his Egyptian "
            "counterpart, Sameh Shoukry, met in Cairo, and the two countries signed a maritime agreement in August 2020.")
    parties = {c.subject for c in extract_text(text, language="en", published=PUB) if c.predicate == "PARTY_TO"
               and "2020" in (c.date or "")}
    assert parties == {"state:GRC", "state:EGY"}
