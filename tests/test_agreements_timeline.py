"""Timeline entries, a list item with a date for its label ("- March 2024: A and B sign a memorandum"),
are dated past events: read even without a full stop, and dated by their label. Plans, recommendations and
labels that are no date stay unread (loaders/extract.py _reported_bullet)."""

import pytest

from tests.extracting import extract_text

PUB = "2025-06-12"


def _facts(text, language):
    return {(c.predicate, c.subject, c.date) for c in extract_text(text, language=language, published=PUB)
            if c.polarity == "positive" and c.modality in ("asserted", "reported")}


@pytest.mark.parametrize("text,language,date", [
    ("Timeline:\n\n- March 2024: Ghana and Togo sign a memorandum of understanding on border trade.\n", "en", "2024-03"),
    ("Key dates\n\n* 12 March 2024 — Ghana and Togo sign a memorandum of understanding on border trade\n", "en", "2024-03-12"),
    ("Key dates\n\n1. 2019: Ghana and Togo signed a memorandum of understanding on border trade\n", "en", "2019"),
    ("Cronología:\n\n- Marzo de 2024: Ghana y Togo firman un memorando de entendimiento comercial.\n", "es", "2024-03"),
    ("Fechas clave\n\n- 5 de marzo de 2024 — Ghana y Togo firman un memorando de entendimiento comercial\n", "es", "2024-03-05"),
])
def test_a_dated_timeline_entry_is_read_and_dated_by_its_label(text, language, date):
    assert ("SIGNED_MOU_WITH", "state:GHA", date) in _facts(text, language) or \
        ("SIGNED_MOU_WITH", "state:TGO", date) in _facts(text, language)


@pytest.mark.parametrize("text,language", [
    ("Next steps:\n\n- 2026: Ghana should sign a memorandum of understanding with Togo.\n", "en"),
    ("Goals:\n\n- Trade: sign a memorandum of understanding with Togo\n", "en"),
    ("Outlook:\n\n- 2030: Ghana and Togo plan to sign a memorandum of understanding\n", "en"),
    ("Próximos pasos:\n\n- 2026: Ghana debería firmar un memorando de entendimiento con Togo.\n", "es"),
])
def test_plans_and_undated_labels_in_lists_stay_unread(text, language):
    assert not any(p in ("SIGNED_MOU_WITH", "PARTY_TO") for p, _, _ in _facts(text, language))
