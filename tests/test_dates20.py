"""Session 20: a membership told as a second verb phrase takes that phrase's date; approximate years are dates."""
import pytest

from loaders import dates
from tests.extracting import extract_text


def _members(text, lang="en"):
    return {(c.subject, c.object, c.date) for c in extract_text(text, language=lang, published="2024-03-01")
            if c.predicate == "MEMBER_OF" and c.polarity == "positive"}


@pytest.mark.parametrize("text,lang,year", [
    ("The commander Abu Salim crossed into Iraq in 2003 and joined Hezbollah.", "en", "2003"),
    ("The commander Abu Salim went underground around 2009, joining Hezbollah after his brother died.", "en", "2009"),
    ("El comandante Iván Mordisco pasó a la clandestinidad en 2009, uniéndose a las FARC tras la muerte de su hermano.",
     "es", "2009"),
])
def test_joining_takes_the_date_of_the_phrase_it_continues(text, lang, year):
    got = _members(text, lang)
    assert got and all(d == year for _, _, d in got), got


def test_a_date_across_a_semicolon_is_another_clause():
    got = _members("The commander Abu Salim was arrested in 2009; he later joined Hezbollah.")
    assert all(d is None for _, _, d in got), got
    # (the pronoun's membership is not read at all; with the name repeated it is, and still undated)
    got = _members("The commander Abu Salim was arrested in 2009; Abu Salim later joined Hezbollah.")
    assert got and all(d is None for _, _, d in got), got


@pytest.mark.parametrize("text,lang,want", [
    ("the group was founded around 2009, officials said", "en", "2009"),
    ("la milicia surgió hacia 2011 en el norte", "es", "2011"),
    ("fue creada alrededor de 2015 por exmilitares", "es", "2015"),
    ("around 2000 fighters crossed the border", "en", None),
    ("alrededor de 1500 efectivos llegaron", "es", None),
    ("roughly 2010 percent", "en", None),
])
def test_approximate_years(text, lang, want):
    got = [d.value for d in dates.find(text, 0, len(text), "2024-03-01", lang, None)]
    assert next(iter(got), None) == want
