"""A commitment to deliver is not a delivery (loaders.extract._PLEDGED): "agreed to send", "pledged to
deliver", "se comprometió a donar" give no SUPPLIED yet ("the EU agreed to designate X" is the bloc's
listing decision: tests/test_core_rules_en.py).
Sentences written for this test."""

import pytest

from tests.extracting import positive_pairs


@pytest.mark.parametrize("text,lang,pred,pair", [
    ("Quito agreed to send Soviet-era helicopters to the United States.", "en", "SUPPLIED", ("state:ECU", "state:USA")),
    ("Germany pledged to deliver 20 Leopard tanks to Ukraine.", "en", "SUPPLIED", ("state:DEU", "state:UKR")),
    ("Japan has promised to provide patrol boats to the Philippines.", "en", "SUPPLIED", ("state:JPN", "state:PHL")),
    ("México se comprometió a donar diez vehículos blindados a Guatemala.", "es", "SUPPLIED", ("state:MEX", "state:GTM")),
    ("España acordó enviar tres patrulleras a Mauritania.", "es", "SUPPLIED", ("state:ESP", "state:MRT")),
])
def test_a_commitment_is_not_the_act(text, lang, pred, pair):
    assert pair not in positive_pairs(text, pred, language=lang, published="2025-06-10")


@pytest.mark.parametrize("text,lang,pred,pair", [
    ("Germany delivered 20 Leopard tanks to Ukraine.", "en", "SUPPLIED", ("state:DEU", "state:UKR")),
    ("España envió tres patrulleras a Mauritania.", "es", "SUPPLIED", ("state:ESP", "state:MRT")),
])
def test_the_act_itself_is_read(text, lang, pred, pair):
    assert pair in positive_pairs(text, pred, language=lang, published="2025-06-10")
