"""The severance named as a noun ('the rupture of relations between A and B', 'la ruptura de relaciones
entre A y B') is SEVERED_TIES, not ties; a pair that broke with a third did not break with each other."""

import pytest

from tests.extracting import positive_pairs


@pytest.mark.parametrize("text, lang, pair", [
    ("The rupture of relations between Nicaragua and Taiwan in 2021 surprised few.", "en", ("state:NIC", "state:TWN")),
    ("The severance of diplomatic ties between Bolivia and Israel came in 2023.", "en", ("state:BOL", "state:ISR")),
    ("Analysts expected the breaking off of relations between Ecuador and Mexico.", "en", ("state:ECU", "state:MEX")),
    ("La ruptura de relaciones entre Perú y México se concretó en noviembre.", "es", ("state:PER", "state:MEX")),
    ("El rompimiento de los lazos diplomáticos entre Nicaragua y los Países Bajos sorprendió a La Haya.", "es", ("state:NIC", "state:NLD")),
])
def test_a_severance_named_as_a_noun(text, lang, pair):
    assert pair in positive_pairs(text, "SEVERED_TIES", language=lang, published="2025-03-01")
    assert pair not in positive_pairs(text, "ALLEGED_TIES", language=lang, published="2025-03-01")


@pytest.mark.parametrize("text", [
    "Mali y Níger cortaron lazos diplomáticos con Ucrania en agosto.",
    "Malí y Níger rompieron relaciones con Ucrania tras el ataque.",
])
def test_a_pair_breaking_with_a_third(text):
    got = positive_pairs(text, "SEVERED_TIES", language="es", published="2025-03-01")
    assert ("state:MLI", "state:UKR") in got and ("state:NER", "state:UKR") in got
    assert ("state:MLI", "state:NER") not in got and ("state:NER", "state:MLI") not in got


def test_a_pair_breaking_with_each_other():
    got = positive_pairs("Ecuador y México rompieron relaciones diplomáticas en abril de 2024.", "SEVERED_TIES",
                         language="es", published="2025-03-01")
    assert {frozenset(p) for p in got} == {frozenset(("state:ECU", "state:MEX"))}
