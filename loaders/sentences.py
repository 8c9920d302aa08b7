"""Sentence spans inside a paragraph, with offsets into the document text.

A regex splitter (no statistical model: the pipeline must stay near tokeniser speed).
It does not split after common abbreviations (U.S., Jan., Gen., EE.UU., Sr.) or
initials (George W. Bush).
"""

from __future__ import annotations

import re

from loaders import literals

_ABBREV = {
    "u.s", "u.k", "u.n", "ee.uu", "ee. uu", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "ene", "abr", "ago", "dic", "mr", "mrs", "ms", "dr", "gen", "lt",
    "col", "sgt", "capt", "maj", "adm", "gov", "sen", "rep", "st", "no", "vs", "etc", "e.g", "i.e",
    "sr", "sra", "srta", "dra", "ing", "lic", "prof", "inc", "corp", "co", "ltd", "jr", "approx",
    "a.m", "p.m", "d.c", "u.s.a", "núm", "art", "gral",
    "hon", "amb", "dip", "excmo", "excma", "rt",  # (names22: "Excmo. Sr. X", "the Rt. Hon. X"; a transcript's labels: "Hon. Maria Elvira Salazar", "Dip. Lilly Téllez:")
}
_ONE_LETTER = literals.compile(r"[a-z]")
_INITIALS = literals.compile(r"(?:[a-z]\.)+[a-z]")
# a terminator, optional closing quotes/brackets or Markdown emphasis ("?**"), then space(s)
_END = literals.compile(r"[.!?]+[\"'”’»)\]*_]*\s+")


def split(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end], trimmed of surrounding blanks."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    s = start
    for m in _END.finditer(text, start, end):
        nxt = text[m.end():m.end() + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"“'‘«¿¡(["):
            continue
        if text[m.start()] == ".":
            # the word before the full stop: the run of word characters and dots ending there
            # (what `([\w.]+)\.$` finds in text[s:m.start() + 1], read backwards from the stop)
            k = m.start()
            while k > s and (text[k - 1] == "." or text[k - 1].isalnum() or text[k - 1] == "_"):
                k -= 1
            if k < m.start():
                w = text[k:m.start()].lower()
                if w in _ABBREV or _ONE_LETTER.fullmatch(w) or _INITIALS.fullmatch(w):
                    continue
                # "EE. UU." (Estados Unidos) is spelt with a space: neither half ends a sentence
                if (w == "ee" and text.startswith("UU", m.end())) or (
                        w == "uu" and text[max(s, k - 4):k].lower() == "ee. "):
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
