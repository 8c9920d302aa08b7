"""loaders.sentences.split: abbreviations and initials do not end a sentence."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import sentences
from loaders.sentences import split


def test_abbreviations_and_initials_do_not_split():
    text = "The U.S. envoy met Gen. Smith and George W. Bush. EE.UU. respondió. Then a. b. c. Done."
    got = [text[a:b] for a, b in split(text)]
    assert got == ["The U.S. envoy met Gen. Smith and George W. Bush.", "EE.UU. respondió.",
                   "Then a. b. c. Done."]
    assert [text[a:b] for a, b in split(text, 4, 60)] == ["U.S. envoy met Gen. Smith and George W. Bush.", "EE.UU. res"]


def test_ee_uu_with_a_space_does_not_split():
    text = "El Departamento de Estado de EE. UU. Designó a la banda. Según EE. UU. El grupo huyó. Fin."
    assert [text[a:b] for a, b in split(text)] == [
        "El Departamento de Estado de EE. UU. Designó a la banda.", "Según EE. UU. El grupo huyó.", "Fin."]


def _reference(text, start=0, end=None):
    """split() as first written: the word before a full stop found by `([\\w.]+)\\.$`."""
    end = len(text) if end is None else end
    out, s = [], start
    for m in sentences._END.finditer(text, start, end):
        nxt = text[m.end():m.end() + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"“'‘«¿¡(["):
            continue
        word = re.search(r"([\w.]+)\.$", text[s:m.start() + 1].rstrip("\"'”’»)]"))
        if text[m.start()] == "." and word:
            w = word.group(1).lower()
            if w in sentences._ABBREV or re.fullmatch(r"[a-z]", w) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", w):
                continue
            if (w == "ee" and text.startswith("UU", m.end())) or (
                    w == "uu" and re.search(r"(?i)ee\. $", text[s:word.start(1) + s])):
                continue
        stop = m.end()
        while stop > s and text[stop - 1].isspace():
            stop -= 1
        if stop > s:
            out.append((s, stop))
        s = m.end()
    if s < end:
        stop = end
        while stop > s and text[stop - 1].isspace():
            stop -= 1
        if stop > s:
            out.append((s, stop))
    return out


PIECES = ["U.S. ", "Mr. ", "Dr.", "a.", "A. ", "x.y.z. ", "EE. UU. ", "said. ", "He ", "“Yes.” ", "(No.) ", "p.m. ",
          "5. ", "é. ", "_x. ", "ab_c. ", "Ünited. ", "\n", "word", " ", ".", "! ", "? ", "1", "B", "«Hola.» ", "?** ",
          "²", "٣. "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30), st.integers(0, 4))
def test_split_reads_the_word_before_a_stop_as_the_regex_does(pieces, cut):
    text = "".join(pieces)
    assert split(text) == _reference(text)
    assert split(text, cut, max(cut, len(text) - cut)) == _reference(text, cut, max(cut, len(text) - cut))
