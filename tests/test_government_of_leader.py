"""'El Gobierno de Milei', 'el Ejecutivo de Boric', 'the Milei government': the leader's state acts
(the Spanish press capitalises Gobierno and Ejecutivo; loaders/actors.py: _ADMIN)."""

import pytest

from tests.extracting import positive_pairs


@pytest.mark.parametrize("text, lang, pred, pair", [
    ("El Gobierno de Milei designó a Hamás como organización terrorista.", "es", "DESIGNATED", ("state:ARG", "group:hamas")),
    ("El Gobierno de Milei declaró a Hamás organización terrorista el martes.", "es", "DESIGNATED", ("state:ARG", "group:hamas")),
    ("El Ejecutivo de Boric rompió relaciones con Venezuela.", "es", "SEVERED_TIES", ("state:CHL", "state:VEN")),
    ("El ejecutivo de Petro rompió relaciones con Israel.", "es", "SEVERED_TIES", ("state:COL", "state:ISR")),
    ("La Administración Trump designó al Tren de Aragua como organización terrorista.", "es", "DESIGNATED", ("state:USA", "group:tren-de-aragua")),
    ("The Government of Gustavo Petro broke off relations with Israel.", "en", "SEVERED_TIES", ("state:COL", "state:ISR")),
    ("The Milei government designated Hamas a terrorist organization.", "en", "DESIGNATED", ("state:ARG", "group:hamas")),
])
def test_a_leaders_government_is_the_state(text, lang, pred, pair):
    assert pair in positive_pairs(text, pred, language=lang, published="2025-03-01")
