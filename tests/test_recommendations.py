"""A recommendation or a duty is not the act: 'X should break off relations', 'Chile debería declarar
terrorista a Y' give no SEVERED_TIES or DESIGNATED (loaders/extract.py: _RECOMMENDED)."""

import pytest

from tests.extracting import extract_text

ACTS = {"DESIGNATED", "SEVERED_TIES", "SUPPLIED"}


@pytest.mark.parametrize("text, lang", [
    ("Critics say Mexico should break off relations with Ecuador.", "en"),
    ("Chile must designate Hezbollah, the senator said.", "en"),
    ("In their view, Argentina ought to list the IRGC as a terrorist organisation.", "en"),
    ("Peru needs to sever ties with Venezuela, the opposition argues.", "en"),
    ("Chile debería declarar terrorista a Hezbolá, dijo el senador.", "es"),
    ("México tiene que romper relaciones con Ecuador, según la oposición.", "es"),
    ("Para el analista, Brasil debe incluir al PCC en su lista de organizaciones terroristas.", "es"),
])
def test_advice_is_no_act(text, lang):
    claims = extract_text(text, language=lang, published="2025-03-01")
    assert not [c for c in claims if c.predicate in ACTS and c.polarity == "positive"]


@pytest.mark.parametrize("text, lang, pred", [
    ("Mexico broke off relations with Ecuador, which should have expected it.", "en", "SEVERED_TIES"),
    ("México rompió relaciones con Ecuador.", "es", "SEVERED_TIES"),
    ("Argentina designated Hamas a terrorist organisation, a step critics say Chile should copy.", "en", "DESIGNATED"),
])
def test_the_act_itself_stays(text, lang, pred):
    claims = extract_text(text, language=lang, published="2025-03-01")
    assert [c for c in claims if c.predicate == pred and c.polarity == "positive"]
