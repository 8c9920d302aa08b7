"""The general anaphor resolver (loaders/anaphora.py), English: an object pronoun ("it", "him")
is read by every relation rule as the actor it stands for, chosen by the relation's endpoint
types among the actors of the sentence before (or earlier in its own sentence, outside its clause)."""

import pytest

from extracting import extract_text

PUB = "2025-11-20"


def _claims(text: str, predicate: str):
    return [c for c in extract_text(text, language="en", published=PUB) if c.predicate == predicate]


def _pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(c.subject, c.object) for c in _claims(text, predicate) if c.polarity == "positive"}


@pytest.mark.parametrize("text, predicate, pair", [
    # designations: the pronoun as the listed object, each rule's own construction
    ("Hamas runs Gaza. Paraguay designated it a terrorist organisation in 2025.", "DESIGNATED",
     ("state:PRY", "group:hamas")),
    ("The Wagner Group has operated in Mali since 2021. Britain proscribed it in 2023.", "DESIGNATED",
     ("state:GBR", "group:wagner-group")),
    ("Hezbollah attacked Israel. Argentina declared it a banned organisation in March 2024.", "DESIGNATED",
     ("state:ARG", "group:hezbollah")),
    # the same sentence, an earlier clause: a free pronoun in its own clause
    ("The Baloch Liberation Army attacked a train in March, and Washington designated it a terrorist group in August.",
     "DESIGNATED", ("state:USA", "group:bla")),
    # two actors before, of different types: the relation's endpoint types decide
    ("Iran and Hezbollah met in Beirut. Argentina designated it a terrorist group.", "DESIGNATED",
     ("state:ARG", "group:hezbollah")),
    # supplies and ties
    ("Hezbollah controls southern Lebanon. Iran sends weapons to it, officials say.", "SUPPLIED",
     ("state:IRN", "group:hezbollah")),
    ("Hezbollah controls southern Lebanon. Iran supplied it with drones in 2024.", "SUPPLIED",
     ("state:IRN", "group:hezbollah")),
    ("Hezbollah controls southern Lebanon. Iran has long funded it.", "ALLEGED_TIES",
     ("state:IRN", "group:hezbollah")),
    ("Hamas governs Gaza. Qatar hosts its political bureau and Turkey supports it.", "ALLEGED_TIES",
     ("state:TUR", "group:hamas")),
    # requests and severed ties: a state for "it"
    ("Nicaragua jailed opposition leaders. Brazil urged it to free them.", "URGED", ("state:BRA", "state:NIC")),
    ("Peru recognised the opposition candidate. Venezuela then broke off relations with it.", "SEVERED_TIES",
     ("state:VEN", "state:PER")),
    # "him": a person
    ("Nicolás Maduro won a disputed election. The United States sanctioned him in 2017.", "DESIGNATED",
     ("state:USA", "official:nicolas-maduro")),
])
def test_object_pronoun_reads_as_its_antecedent(text, predicate, pair):
    assert pair in _pairs(text, predicate)


def test_the_quote_is_the_sentence_that_states_the_fact():
    text = "Hamas runs Gaza. Paraguay designated it a terrorist organisation in 2025."
    (c,) = [c for c in _claims(text, "DESIGNATED") if c.subject == "state:PRY"]
    assert c.quote == "Paraguay designated it a terrorist organisation in 2025."
    assert c.date == "2025"


def test_a_denial_through_a_pronoun_stays_a_denial():
    claims = _claims("Hamas runs Gaza. Paraguay did not designate it a terrorist organisation.", "DESIGNATED")
    assert claims and all(c.polarity == "negative" for c in claims)
    assert {(c.subject, c.object) for c in claims} == {("state:PRY", "group:hamas")}


@pytest.mark.parametrize("text, predicate", [
    # no antecedent at all
    ("Paraguay designated it a terrorist organisation in 2025.", "DESIGNATED"),
    # a paragraph break: the pronoun does not reach into the paragraph before
    ("Hezbollah controls southern Lebanon.\n\nIran supplied it with drones in 2024.", "SUPPLIED"),
    # the other argument is never its own antecedent ("Canada" cannot be what Canada listed)
    ("Canada designated it a terrorist entity in 2021.", "DESIGNATED"),
    # two participants equally likely: nothing
    ("Hamas attacked Israel in October. Iran supplied it with drones.", "SUPPLIED"),
    # two groups equally likely: nothing
    ("Hamas and Islamic Jihad fired rockets at Israel. Paraguay designated it a terrorist organisation.",
     "DESIGNATED"),
    # a question and a hypothetical are no claims
    ("Hamas runs Gaza. Would Paraguay designate it a terrorist organisation?", "DESIGNATED"),
    ("Hamas runs Gaza. If Paraguay designated it a terrorist organisation, Iran would protest.", "DESIGNATED"),
    # expletive and subject "it": no object to read
    ("It is believed that Iran armed the group.", "SUPPLIED"),
    ("Hamas runs Gaza. Paraguay said it would study the request.", "DESIGNATED"),
    # "it" for a thing the sentence names without an actor: the court, not the state before
    ("Russia banned the movement in 2017. The court acted on a request from prosecutors, who had asked it to lift "
     "the ban.", "URGED"),
])
def test_no_antecedent_no_fact(text, predicate):
    assert not _pairs(text, predicate)


def test_a_person_is_never_it_and_a_group_never_him():
    # "it" after a person only: nobody to list
    assert not _pairs("Ilan Shor fled to Moscow in 2023. The United States sanctioned it in 2022.", "DESIGNATED") & {
        ("state:USA", "official:ilan-shor")}
    # "him" after a group only: nobody to list
    assert not _pairs("Hezbollah attacked Israel. Argentina designated him a terrorist.", "DESIGNATED")


def test_an_unknown_name_before_the_pronoun_blocks_a_guess():
    # "Evrazia" is no actor we know: "it" may be it, so no earlier actor is guessed
    text = ("Moldova banned the Shor Party in 2023. It has not listed Evrazia, the NGO that Shor controls, even "
            "though the US Treasury sanctioned it last year.")
    assert ("state:USA", "group:shor-party") not in _pairs(text, "DESIGNATED")
