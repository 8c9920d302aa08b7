"""'Neither X nor Y' / 'ni X ni Y' negate the act for the subjects they coordinate."""

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize("lang, text", [
    ("es", "Ni Noruega ni Dinamarca han incluido a Hamás en sus listas de organizaciones terroristas."),
    ("en", "Neither Norway nor Denmark has designated Hamas a terrorist organisation."),
    ("en", "Norway has not designated Hamas, nor has Denmark designated the group a terrorist organisation."),
])
def test_neither_nor_gives_no_positive_designation(lang, text):
    claims = [c for c in extract_text(text, language=lang, published="2024-03-01") if c.predicate == "DESIGNATED"]
    assert not [c for c in claims if c.polarity == "positive"]


def test_plain_coordination_stays_positive():
    claims = extract_text("Noruega y Dinamarca incluyeron a Hamás en sus listas de organizaciones terroristas.",
                          language="es", published="2024-03-01")
    assert {(c.subject, c.polarity) for c in claims if c.predicate == "DESIGNATED"} == \
        {("state:NOR", "positive"), ("state:DNK", "positive")}


@pytest.mark.parametrize("lang, text, positive, negative", [
    ("en", "Norway, but not Denmark, designated Hamas a terrorist organisation.", {"state:NOR"}, set()),
    ("es", "Noruega, pero no Dinamarca, incluyó a Hamás en su lista de organizaciones terroristas.", set(), {"state:DNK"}),
])
def test_a_contrastive_aside_negates_only_the_actor_inside_it(lang, text, positive, negative):
    claims = [c for c in extract_text(text, language=lang, published="2024-03-01") if c.predicate == "DESIGNATED"]
    assert {c.subject for c in claims if c.polarity == "positive"} == positive
    assert negative <= {c.subject for c in claims if c.polarity == "negative"}
    assert "state:DNK" not in {c.subject for c in claims if c.polarity == "positive"}
