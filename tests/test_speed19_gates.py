"""Speed gates (speed19) answer exactly what the full reading answers: a timeline label's date is read
whatever separator follows it, and a line with no separator has no label; a sibling reading survives
the per-document pre-check."""

import pytest
from loaders import extract as ex

PUB = "2025-03-14"


def _label(line: str):
    return ex._label_day(line, ex._Sent(0, len(line), "en", 0), PUB)


@pytest.mark.parametrize("line, day", [
    ("2019: Solomon Islands switches recognition to Beijing.", "2019"),
    ("- 2019: Solomon Islands switches recognition to Beijing.", "2019"),
    ("**March 2023** – Honduras establishes ties with China.", "2023-03"),
    ("March 2023 — Honduras establishes ties with China.", "2023-03"),
    ("March 2023 - Honduras establishes ties with China.", "2023-03"),
    ("March 2023 | Honduras establishes ties with China.", "2023-03"),
    ("Diciembre de 2021: Nicaragua rompe relaciones con Taiwán.", "2021-12"),
])
def test_label_date_after_every_separator(line, day):
    assert _label(line) == day


@pytest.mark.parametrize("line", [
    "March 2023 Honduras established ties with China.",
    "In March 2023 Honduras established ties with China, a well-known shift.",
    "Honduras established ties with China in March 2023: a shift.",
])
def test_no_label_without_separator_or_not_at_start(line):
    assert _label(line) is None


def test_label_separator_chars_cover_the_separator_pattern():
    # every text the separator pattern matches holds one of the gate's strings
    for sep in (":", " :", "—", " – ", "- ", "-\t", "|", "** :", "**|"):
        assert ex._LABEL_SEP.match(sep)
        assert any(x in sep for x in ex._LABEL_SEP_CHARS)


def test_siblings_gate_per_document_text():
    # (the readings themselves: tests/test_names17.py); one Actors result per document, the search once per result
    from loaders import people
    from loaders.actors import Actors

    for text, want in (("Los hermanos Miguel Ángel y Omar Treviño Morales fueron detenidos.", True),
                       ("Nada que ver aquí.", False), ("the BROTHERS Ali and Hassan Jaber", True)):
        res = Actors()
        assert people._story_has(people._SIBLINGS_GATE, text, res) is want
        assert people._story_has(people._SIBLINGS_GATE, text, res) is want  # (the memo's answer)
        assert people._story_has(people._KOREA_WORDS, text, res) is False
