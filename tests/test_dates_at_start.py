"""loaders.dates reads a clock time or a dateline only at the start of a sentence: `_find` tries
those patterns with `match` at the sentence's start instead of scanning it. Exact when each opens
with \\s* and matches no blank text (the checks below), as finditer then filtered used to be."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import dates

AT_START = [(k, p) for k, p in dates._PATTERNS if k in dates._AT_START]


def test_the_start_only_patterns_open_with_blanks():
    assert {k for k, _ in AT_START} == {"clock", "dateline"}
    for _, p in AT_START:
        assert p.pattern.startswith(r"\s*")
        assert not p.fullmatch("   ") and not p.fullmatch("")


PIECES = ["LIMA, ", "Lima, ", "LA PAZ, ", "⟦0⟧, ", "March 4 ", "4 de marzo ", "2024 ", "(Reuters) ", "(EFE) ", "— ", "- ",
          "14:05 GMT ", "9.30 a.m. ", "20h15 ", "hora local ", ": ", " ", "  ", "\n", "\t", "said ", "El ", "BOGOTÁ ",
          "Officials ", "x", ".", ",", "12", "2023-01-02 "]


def _survivors(p: re.Pattern, text: str, s: int, e: int) -> list[tuple[int, int]]:
    """What _find kept of a full scan: the matches starting at s or after blanks only."""
    return [m.span() for m in p.finditer(text, s, e) if m.start() == s or not text[s:m.start()].strip()]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=0, max_size=14), st.integers(0, 6), st.integers(0, 6))
def test_a_match_at_the_start_is_what_the_filtered_scan_kept(pieces, cut, tail):
    text = "".join(pieces)
    s, e = min(cut, len(text)), max(min(cut, len(text)), len(text) - tail)
    for _, p in AT_START:
        m = p.match(text, s, e)
        assert ([m.span()] if m else []) == _survivors(p, text, s, e)


def test_datelines_and_clock_times_are_still_read():
    found = dates.find("LIMA, March 4 (Reuters) - Peru designated the group.", 0, 52, "2024-03-05", "en")
    assert any(d.weak and d.value == "2024-03-04" for d in found)
    text = "Intro line.\n  14:05 GMT: Peru said so."
    assert any(d.weak for d in dates.find(text, 11, len(text), "2024-03-05", "en"))
    # not at the start: no clock time read
    assert not any(d.weak for d in dates.find("Peru said at 14:05 GMT that it agreed.", 0, 38, "2024-03-05", "en"))
