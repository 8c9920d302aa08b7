"""The document token pass (loaders.scan) gives the same words as tokenising each span."""

import re

from loaders.actors import gazetteer_mentions
from loaders.gazetteer import Gazetteer
from loaders.scan import DocTokens, norm

TEXT = ("El canciller de Bolivia se reunió en Teherán. The U.S. State Department designated Hezbollah "
        "as a terrorist organization on Monday.  Über-Minister Müller_2 spoke.")


def _spans(text):
    out, s = [], 0
    for m in re.finditer(r"[.!?]\s+", text):
        out.append((s, m.start() + 1))
        s = m.end()
    out.append((s, len(text)))
    return out


def test_tokens_of_a_span_are_those_of_the_span_alone():
    toks = DocTokens(TEXT)
    for s, e in _spans(TEXT):
        i, j = toks.within(s, e)
        alone = [(m.start(), m.end(), norm(m.group())) for m in re.finditer(r"\w+", TEXT[s:e])]
        assert [(toks.starts[k] - s, toks.ends[k] - s, toks.norms[k]) for k in range(i, j)] == alone


def test_a_span_cutting_a_word_is_refused():
    toks = DocTokens(TEXT)
    at = TEXT.index("Bolivia") + 3
    assert toks.within(at, len(TEXT)) is None
    assert toks.within(0, at) is None
    assert toks.within(2, 3) == (1, 1)  # the blank between two words: no token


def test_hits_are_the_tokens_in_the_collection():
    toks = DocTokens(TEXT)
    words = {"bolivia", "hezbollah", "muller_2", "muller 2"}
    i, j = toks.within(0, len(TEXT))
    assert [toks.norms[k] for k in toks.hits(words, i, j)] == ["bolivia", "hezbollah", "muller 2"]
    s = TEXT.index("State")
    assert [toks.norms[k] for k in toks.hits(words, *toks.within(s, len(TEXT)))] == ["hezbollah", "muller 2"]


def test_gazetteer_mentions_same_for_any_span_and_for_the_span_alone():
    g = Gazetteer.load()
    for s, e in _spans(TEXT) + [(3, len(TEXT) - 4)]:  # the last one cuts words at both ends
        inside = [(m.start, m.end, m.entity, m.kind) for m in gazetteer_mentions(g, TEXT, s, e)]
        sub = TEXT[s:e]
        alone = [(m.start + s, m.end + s, m.entity, m.kind) for m in gazetteer_mentions(g, sub, 0, len(sub))]
        assert inside == alone
    found = {m.entity for m in gazetteer_mentions(g, TEXT, 0, len(TEXT))}
    assert {"state:BOL", "group:hezbollah"} <= found
