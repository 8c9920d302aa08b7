"""One tokenisation pass per document, shared by every step that looks words up.

`DocTokens.of(text)` splits the whole text into `\\w+` tokens once (offsets and the
normalised form `graph.ids.normalise` gives each word) and is cached for the text
being extracted, so per-sentence steps look their words up in it instead of running
their own word regex over the sentence:

    toks = DocTokens.of(text)
    i, j = toks.within(start, end)      # tokens i..j-1 lie inside text[start:end]
    toks.norms[i], toks.starts[i], toks.ends[i]
    toks.hits(first_words, i, j)        # indexes in i..j-1 whose word is in first_words

Tokens are the same as `re.finditer(r"\\w+", text, start, end)` gives for a span that
does not cut a word in two (sentence spans never do); `within` returns None for a span
that does, and the caller tokenises that span itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, compress, count

from graph import ids

from loaders import literals

WORD = literals.compile(r"\w+")
_SPLIT = literals.compile(r"(\w+)")

_NORM: dict[str, str] = {}


def norm(word: str) -> str:
    """ids.normalise(word), memoised: the same few thousand words recur in every article."""
    v = _NORM.get(word)
    if v is None:
        v = ids.normalise(word)
        if len(_NORM) < 200_000:
            _NORM[word] = v
    return v


class DocTokens:
    __slots__ = ("text", "starts", "ends", "norms", "_hits")

    # the document being extracted, asked for once per sentence; kept by identity. Short
    # texts (a phrase looked at beside it) are tokenised each time and never displace it.
    _doc: "DocTokens | None" = None
    _SHORT = 1000

    def __init__(self, text: str):
        self.text = text
        # all at C speed (no Python step per token): the split alternates separators and
        # words, the running sum of their lengths gives every word's offsets, and the memo
        # gives the normalised words seen before (most of them after a few articles)
        parts = _SPLIT.split(text)
        offsets = list(accumulate(map(len, parts), initial=0))
        words = parts[1::2]
        self.starts = offsets[1:-1:2]
        self.ends = offsets[2::2]
        norms = list(map(_NORM.get, words))
        if None in norms or "" in norms:  # new words (and empty forms, as `get(w) or norm(w)`)
            norms = [n or norm(w) for n, w in zip(norms, words)]
        self.norms = norms
        self._hits: dict[int, tuple[object, list[int]]] = {}

    @classmethod
    def of(cls, text: str) -> "DocTokens":
        doc = cls._doc
        if doc is not None and doc.text is text:
            return doc
        toks = cls(text)
        if len(text) >= cls._SHORT:
            cls._doc = toks
        return toks

    def within(self, start: int, end: int) -> tuple[int, int] | None:
        """Token indexes [i, j) of text[start:end]; None when the span cuts a token."""
        i = bisect_left(self.ends, start + 1)  # first token ending after start
        j = bisect_right(self.starts, end - 1)  # tokens starting before end
        if i < j and (self.starts[i] < start or self.ends[j - 1] > end):
            return None
        return i, max(i, j)

    def hits(self, words: dict | set | frozenset, i: int, j: int) -> list[int]:
        """Indexes in [i, j) of the tokens whose normalised word is in `words` (a
        long-lived collection, e.g. the gazetteer's first words). The whole document is
        filtered once per collection; each sentence then bisects into that list."""
        entry = self._hits.get(id(words))
        if entry is None or entry[0] is not words:
            entry = self._hits[id(words)] = (words, list(compress(count(), map(words.__contains__, self.norms))))
        found = entry[1]
        return found[bisect_left(found, i):bisect_left(found, j)]
