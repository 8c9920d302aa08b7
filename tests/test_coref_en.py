"""Coreference on unseen text (issue 3), English: pronouns, descriptions of states and of
people. Every sentence is written for these tests (not copied from a corpus), in several
newsroom styles, with negatives that must give nothing: two candidates compete, a
paragraph break, a non-actor subject skipped over, requests and denials."""

import pytest

from tests.extracting import extract_text


def _facts(text, pred, published="2024-05-01"):
    return {(c.subject, c.object) for c in extract_text(text, language="en", published=published)
            if c.predicate == pred and c.polarity == "positive"}


# -- 1. a subject pronoun after an adverbial: the previous sentence's subject ----------------

@pytest.mark.parametrize("text,pred,expected", [
    # wire: a day phrase with a comma
    ("Uruguay listed Hamas as a terrorist organisation on Monday. On Thursday, it designated Hezbollah a "
     "terrorist organisation.", "DESIGNATED", {("state:URY", "group:hamas"), ("state:URY", "group:hezbollah")}),
    # analysis: a circumstance phrase
    ("Ecuador declared Hamas a terrorist group last year. In a decree published this week, it also declared "
     "the Houthis a terrorist group.", "DESIGNATED", {("state:ECU", "group:hamas"), ("state:ECU", "group:houthis")}),
    # a time phrase without a comma
    ("Guatemala designated Hamas a terrorist organisation in March. Two weeks later it designated Hezbollah a "
     "terrorist organisation.", "DESIGNATED", {("state:GTM", "group:hamas"), ("state:GTM", "group:hezbollah")}),
    # an -ly adverb, a request
    ("The State Department summoned Venezuela's envoy. Separately, it urged Nicaragua to free political prisoners.",
     "URGED", {("state:USA", "state:NIC")}),
    # "he": a person
    ("Foreign Minister Mauro Vieira travelled to Caracas on Friday. During the visit, he urged Venezuela to "
     "publish the voting tallies.", "URGED", {("state:BRA", "state:VEN")}),  # an official urges for his state
    # "they": the states listed as the previous subject, each one
    ("Paraguay and Argentina signed a border deal on Tuesday. On Wednesday they designated Hezbollah a terrorist "
     "organisation.", "DESIGNATED", {("state:PRY", "group:hezbollah"), ("state:ARG", "group:hezbollah")}),
])
def test_subject_pronoun_after_an_adverbial_is_the_previous_subject(text, pred, expected):
    assert _facts(text, pred) >= expected


@pytest.mark.parametrize("text", [
    # two candidates compete for "it": nothing
    "Paraguay and Argentina met on Tuesday. It also designated Hezbollah a terrorist organisation.",
    "Paraguay and Argentina met on Tuesday. On Wednesday, it designated Hezbollah a terrorist organisation.",
    # an unknown subject opens the sentence: "it" is not the previous sentence's subject
    "Argentina met Chile on Tuesday. The opposition, however, said it designated Hezbollah a terrorist organisation.",
    # a paragraph break starts a new topic
    "Argentina met Chile on Tuesday.\n\nOn Wednesday, it designated Hezbollah a terrorist organisation.",
    # "he" cannot stand for a state, "it" not for a person
    "Argentina met Chile on Tuesday. On Wednesday, he designated Hezbollah a terrorist organisation.",
    # a conditional is no act
    "Argentina met Chile on Tuesday. If the court agrees, it would designate Hezbollah a terrorist organisation.",
])
def test_subject_pronoun_negatives(text):
    assert not [s for s, _ in _facts(text, "DESIGNATED") if s in ("state:ARG", "state:PRY", "state:CHL")]


def test_a_denial_after_an_adverbial_stays_negative():
    claims = extract_text("Qatar hosts the political office of Hamas. On Sunday, it denied funding the group.",
                          language="en", published="2024-05-01")
    assert not [c for c in claims if c.predicate == "ALLEGED_TIES" and c.subject == "state:QAT"
                and c.object == "group:hamas" and c.polarity == "positive" and "denied" in c.quote]
