"""URGED actions in one vocabulary for both languages (loaders/data/actions.yaml)."""

import pytest

from loaders.action_words import canonical_action
from loaders.evaluate import action_concept
from tests.extracting import extract_text


@pytest.mark.parametrize("phrase, verb", [
    ("revise the concession", "review"), ("revisar el contrato", "review"), ("reconsider", "review"),
    ("suspenda las exportaciones", "suspend"), ("freeze the assets", "suspend"),
    ("detengan la venta de armas", "halt"), ("stop arms sales", "halt"),
    ("end the blockade", "end"), ("pongan fin al bloqueo", "end"),
    ("respetar la tregua", "respect"), ("comply with the ruling", "respect"),
    ("share intelligence", "share"), ("compartan pruebas", "share"),
])
def test_requested_verbs_map_to_one_english_verb(phrase, verb):
    assert canonical_action(phrase) == verb


@pytest.mark.parametrize("phrase", ["endorse the plan", "undermine the talks", "participate", "follow the talks", ""])
def test_unlisted_verbs_and_lookalikes_are_not_mapped(phrase):
    assert canonical_action(phrase) is None


@pytest.mark.parametrize("phrase", ["follow suit", "do the same", "siga el ejemplo", "hagan lo mismo"])
def test_doing_what_another_did_is_one_concept(phrase):
    # extraction reads it as the act the story reports where it names one (tests/test_ties_phrasings.py)
    assert canonical_action(phrase) == "follow suit"


def _urged(text, lang):
    return {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published="2025-04-01")
            if c.predicate == "URGED"}


def test_the_same_request_in_both_languages_has_the_same_action():
    en = _urged("Germany urged Chile to review the lithium contract.", "en")
    es = _urged("Alemania pidió a Chile que revise el contrato del litio.", "es")
    assert en == es == {("state:DEU", "state:CHL", "review")}


def test_evaluator_compares_head_verbs():
    assert action_concept("review port operations") == action_concept("revise") == "review"
    assert action_concept("share evidence") == action_concept("share")
    assert action_concept("file a complaint") != action_concept("share")
