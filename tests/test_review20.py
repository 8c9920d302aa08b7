"""Review 20: one table of count words for every reader of a count (loaders/dates.py), and the Actors result's
declared fields that people.py and group_names.py fill and extract.py reads."""

import dataclasses
import re

import pytest

from loaders import dates
from loaders.actors import Actors, find_actors
from loaders.gazetteer import Gazetteer
from loaders.sentences import split


def test_count_table_ranges_by_language():
    assert dates.count_table(2, 4) == {"two": 2, "three": 3, "four": 4, "dos": 2, "tres": 3, "cuatro": 4}
    assert list(dates.count_table(2, 3)) == ["two", "three", "dos", "tres"]  # (English first: the patterns' order)
    assert dates.count_table(11, 12, es=False) == {"eleven": 11, "twelve": 12}
    assert dates.count_table(11, 12, en=False) == {"once": 11, "doce": 12}
    assert dates.count_table(1, 1) == {"one": 1}
    assert dates.count_table(1, 1, articles=True) == {"a": 1, "an": 1, "one": 1, "un": 1, "una": 1}
    assert dates.count_table(2, 5, articles=True) == dates.count_table(2, 5)  # (an article counts one only)
    assert dates.count_table(1, 50, articles=True) == dates.NUM_WORDS


@pytest.mark.parametrize("word,value", sorted(dates.NUM_WORDS.items()))
def test_count_words_read_every_word_of_the_table(word, value):
    rx = re.compile(rf"(?:{dates.count_words(1, 50, articles=True)})\b", re.I)
    assert rx.fullmatch(word) and rx.fullmatch(word.capitalize())
    assert dates.NUM_WORDS[word] == value


def test_count_words_reads_no_other_word():
    rx = re.compile(rf"\b(?:{dates.count_words(2, 10)})\b", re.I)
    assert [m.group() for m in rx.finditer("one, two, seventeen, dos, once, diez, tenth, ten")] == ["two", "dos", "diez", "ten"]


def test_actors_declares_what_other_modules_fill():
    names = {f.name for f in dataclasses.fields(Actors)}
    assert {"text_names", "wing_of", "wing_said_of"} <= names
    text = "The EU listed Hezbollah's military wing as a terrorist organisation in 2013."
    acts = find_actors(Gazetteer.load(), text, split(text), "2025-06-01")
    assert acts.wing_of == {"group:hezbollah-military-wing": "group:hezbollah"}
    assert acts.wing_said_of == {text.index("Hezbollah")}
    assert Actors().wing_of is not Actors().wing_of  # (fresh containers per result)
