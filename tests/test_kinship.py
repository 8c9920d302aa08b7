"""One vocabulary of kinship nouns (loaders/kinship.py) for the three readers that ask whether a title is a
relative's: the role reader (people), the title claims (extract) and the signatory reader (agreements)."""

import re

import pytest

from loaders import agreements, extract, kinship, people
from loaders.gazetteer import tokens


@pytest.mark.parametrize("word", sorted(kinship.NOUNS_EN + kinship.NOUNS_ES))
def test_every_noun_is_read_by_the_pattern_and_the_token_set(word):
    assert re.fullmatch(kinship.NOUN, word, re.I)
    if "-" not in word:
        (form,) = tokens(word)  # (the form people.py compares with KIN_WORDS)
        assert form in people.KIN_WORDS


@pytest.mark.parametrize("text", ["tio", "tío", "cunada", "cuñada", "Sister-in-law", "half-brother", "late husband"])
def test_accents_dropped_and_graded_nouns(text):
    assert re.fullmatch(kinship.GRADED_NOUN, text, re.I)


@pytest.mark.parametrize("text", ["sonar", "Madrid", "primero", "padrino", "tiara", "personal"])
def test_words_that_merely_begin_like_a_kin_noun_are_not_one(text):
    assert not re.fullmatch(kinship.GRADED_NOUN, text, re.I)


@pytest.mark.parametrize("role", ["the widow of the former president", "cuñada del presidente",
                                  "the president's son-in-law", "stepdaughter of the emir"])
def test_title_claims_drop_a_relatives_office(role):
    assert extract._without_kin(role) is None


def test_title_claims_keep_an_office_joined_after_the_relatives():
    assert extract._without_kin("hermano del líder y jefe militar del grupo") == "jefe militar del grupo"


@pytest.mark.parametrize("before", ["the widow of the ", "la cuñada del presidente ", "a nephew of ", "el tio de "])
def test_a_signatorys_relative_signs_nothing(before):
    assert agreements._KIN_OF.search(before)


@pytest.mark.parametrize("before", ["the foreign minister of the ", "el ministro de "])
def test_a_plain_title_before_a_signatory_is_no_relative(before):
    assert not agreements._KIN_OF.search(before)
