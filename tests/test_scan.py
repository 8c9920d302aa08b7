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


def _surname_regex_spans(text, s, e, surnames):
    """What find_actors used to compile for each new person: the reference behaviour."""
    from loaders.actors import _fold
    alt = "|".join(r"\W+".join(re.escape(p) for p in sk.split()) for sk in sorted(surnames, key=len, reverse=True))
    return [m.span() for m in re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.I).finditer(_fold(text), s, e)]


def test_surname_spans_by_token_are_those_of_the_surname_regex():
    from graph import ids
    from loaders.actors import _surname_keys, _surname_spans
    text = ("Says O'Brien to Muller and MÜLLER, de  la cruz met De la Cruz; STRAUSS, Strauß, Kilic, Kılıç, "
            "ørsted, Ørsted, al-Sadr and Al Sadr, x2 and X², Cruz_ and López Obrador, then Obrador alone. ") * 12
    names = ["O'Brien", "de la Cruz", "Cruz", "Müller", "Strauss", "Kılıç", "Orsted", "al Sadr", "X2",
             "López Obrador", "Obrador", "la"]
    for k in range(1, len(names) + 1):  # the keys as they grow, one person after another
        surnames = {ids.normalise(n): f"official:{n}" for n in names[:k]}
        index = _surname_keys(surnames)
        for s, e in _spans(text) + [(0, len(text)), (5, len(text) - 7)]:  # the last cuts words
            assert _surname_spans(text, s, e, index) == _surname_regex_spans(text, s, e, surnames)
    assert len(_surname_spans(text, 0, len(text), index)) > 12 * 10
