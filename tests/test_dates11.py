"""Spanish date forms: 'el pasado mes de marzo' is March (not last month), ordinal days '1.º de mayo'."""

import pytest

from loaders import dates

PUB = "2025-06-18"


@pytest.mark.parametrize("text, want", [
    ("El acuerdo se firmó el pasado mes de marzo en Lima.", "2025-03"),
    ("Lo designó el pasado mes de octubre.", "2024-10"),
    ("La firma fue el pasado mes de junio.", "2025-06"),
    ("Rompió relaciones el pasado mes.", "2025-05"),
    ("Se firmó el 1.º de mayo en Caracas.", "2025-05-01"),
    ("Se firmó el 1º de mayo de 2023.", "2023-05-01"),
    ("Se firmó el 1ro de mayo.", "2025-05-01"),
])
def test_spanish_month_and_ordinal_day_forms(text, want):
    got = [d.value for d in dates.find(text, 0, len(text), PUB, "es")]
    assert got[:1] == [want]
