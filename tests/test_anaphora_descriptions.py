"""A description of a group ("the group", "the movement", "el grupo") is resolved by the one anaphor
resolver's rule too: it stands for its nearest group, but never for the other argument of the
relation read; then for the next most likely group (another group before it in the sentence, or the
story's most discussed one), else nothing."""

import pytest

from extracting import extract_text

PUB = "2025-11-20"


def _facts(text: str, predicate: str, language: str) -> set:
    return {frozenset((c.subject, c.object)) if predicate == "ALLEGED_TIES" else (c.subject, c.object)
            for c in extract_text(text, language=language, published=PUB)
            if c.predicate == predicate and c.polarity == "positive"}


@pytest.mark.parametrize("language, text, predicate, fact", [
    # the nearest group is the other argument: the story's group before it
    ("en", "The Russian Imperial Movement runs camps near St Petersburg. In 2016, members of the Nordic Resistance "
     "Movement were trained by the group.", "ALLEGED_TIES",
     frozenset(("group:russian-imperial-movement", "group:nordic-resistance-movement"))),
    ("en", "Hezbollah dominates southern Lebanon. The Houthis have received weapons from the group, US officials say.",
     "SUPPLIED", ("group:hezbollah", "group:houthis")),
    ("en", "Hezbollah dominates southern Lebanon. Iran has long funded the Houthis, and the Houthis were also trained "
     "by the movement.", "ALLEGED_TIES", frozenset(("group:hezbollah", "group:houthis"))),
    ("es", "El Movimiento Imperial Ruso entrena a voluntarios en San Petersburgo. En 2016, miembros del Movimiento de "
     "Resistencia Nórdico fueron entrenados por el grupo.", "ALLEGED_TIES",
     frozenset(("group:russian-imperial-movement", "group:nordic-resistance-movement"))),
    # the nearest group is not the other argument: it is what the description means
    ("en", "Hamas attacked Israel in October. Iran armed the group for years.", "SUPPLIED", ("state:IRN", "group:hamas")),
])
def test_a_group_description_is_never_the_other_argument(language, text, predicate, fact):
    assert fact in _facts(text, predicate, language)


@pytest.mark.parametrize("language, text, predicate", [
    # one group only: "the group" cannot be trained by itself, and nothing else is guessed
    ("en", "The Nordic Resistance Movement held a rally. Its members were trained by the group.", "ALLEGED_TIES"),
    ("es", "El Movimiento de Resistencia Nórdico celebró un mitin. Sus miembros fueron entrenados por el grupo.",
     "ALLEGED_TIES"),
    # a denial stays a denial: no positive fact through the next candidate
    ("en", "The Russian Imperial Movement runs camps near St Petersburg. Members of the Nordic Resistance Movement "
     "were never trained by the group, Swedish police said.", "ALLEGED_TIES"),
])
def test_no_other_group_no_fact(language, text, predicate):
    assert not _facts(text, predicate, language)


@pytest.mark.parametrize("text, pair", [
    # a person named as a possessor in the sentence before is what "him" may mean
    ("Nicolás Maduro's allies met in Caracas. The United States sanctioned him in 2017.",
     ("state:USA", "official:nicolas-maduro")),
    ("Gustavo Petro's visa was revoked in September. The United States sanctioned him in October.",
     ("state:USA", "official:gustavo-petro")),
])
def test_a_possessor_is_a_candidate_for_him(text, pair):
    assert pair in _facts(text, "DESIGNATED", "en")


def test_a_possessor_and_a_named_person_tie():
    # two people equally close: nothing
    assert not _facts("Nicolás Maduro's allies met Diosdado Cabello in Caracas. The United States sanctioned him in "
                      "2017.", "DESIGNATED", "en")


def test_a_denial_in_a_compound_tense_stays_a_denial():
    # "ha negado que ... hayan vendido": the supply is denied (loaders/modality.py)
    for text in ("Nueva Delhi ha negado que sus empresas públicas hayan vendido armamento a Myanmar desde el golpe.",
                 "Irán ha desmentido que haya enviado drones a Rusia."):
        claims = [c for c in extract_text(text, language="es", published=PUB) if c.predicate == "SUPPLIED"]
        assert claims and all(c.polarity == "negative" for c in claims)
