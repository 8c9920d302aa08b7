"""Language of each paragraph (lingua), restricted to the languages geokg reads.

Restricting lingua to English and Spanish makes it both faster and more accurate on
short paragraphs than a detector choosing among all languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

from loaders import literals

SUPPORTED = {Language.ENGLISH: "en", Language.SPANISH: "es"}


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    language: str | None  # None when the paragraph has too few letters to tell


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*SUPPORTED).build()


# Function words that are frequent in one language and rare in the other. Counting
# them settles an ordinary paragraph in microseconds; lingua (about 0.5 ms a call,
# measured on the seeds) decides only the short or mixed ones. Both agree on every
# paragraph of the seeds (tests/test_pipeline.py).
_FUNCTION_WORDS = {
    "en": frozenset("the and of to is that for with was were has have it its this which "
                    "from by are be been their they would will not but or an at who".split()),
    "es": frozenset("el los las que y del por con para una es se su sus al lo como más "
                    "pero fue han ha este esta sobre entre según también sin".split()),
}
_WORD = literals.compile(r"[a-záéíóúñü]+")


def _by_function_words(text: str) -> str | None:
    en = es = 0
    for w in _WORD.findall(text.lower()):
        if w in _FUNCTION_WORDS["en"]:
            en += 1
        elif w in _FUNCTION_WORDS["es"]:
            es += 1
    if en >= 4 and en >= 4 * es:
        return "en"
    if es >= 4 and es >= 4 * en:
        return "es"
    return None


_TWELVE_LETTERS = literals.compile(r"(?:[^\W\d_][\W\d_]*){12}")  # stops at the 12th letter


def detect(text: str) -> str | None:
    """'en', 'es', or None for text too short or in neither language."""
    if not _TWELVE_LETTERS.search(text):
        return None
    quick = _by_function_words(text)
    if quick:
        return quick
    lang = _detector().detect_language_of(text)
    return SUPPORTED.get(lang)


def paragraphs(text: str) -> list[Paragraph]:
    """Non-empty lines of `text` with their offsets and language.

    Each line is a paragraph; paragraphs too short to tell (bylines, numbers) inherit
    the language of the previous one. Cached: the pipeline and the extractor both ask
    for the same text.
    """
    return list(_paragraphs(text))


@lru_cache(maxsize=64)
def _paragraphs(text: str) -> tuple[Paragraph, ...]:
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    # First the cheap function-word vote on every paragraph. When it finds a single
    # language, the undecided ones (headings, short lines) are in it too, and lingua
    # is not needed at all; only a text that mixes languages asks lingua about them.
    quick = [_by_function_words(text[a:b]) if _TWELVE_LETTERS.search(text, a, b) else "?"
             for a, b in spans]
    single = {q for q in quick if q not in (None, "?")}
    out: list[Paragraph] = []
    previous = None
    for (a, b), q in zip(spans, quick):
        if q == "?":  # too few letters to tell
            lang = previous
        elif q is not None:
            lang = q
        elif len(single) == 1:
            lang = next(iter(single))
        else:
            lang = SUPPORTED.get(_detector().detect_language_of(text[a:b])) or previous
        out.append(Paragraph(a, b, lang))
        previous = lang or previous
    return tuple(out)


def document_language(paras: list[Paragraph]) -> str | None:
    """'en', 'es', 'en+es' when both hold a sizeable share of the text, else None."""
    sizes: dict[str, int] = {}
    for p in paras:
        if p.language:
            sizes[p.language] = sizes.get(p.language, 0) + (p.end - p.start)
    total = sum(sizes.values())
    if not total:
        return None
    major = [lang for lang, n in sorted(sizes.items()) if n / total >= 0.2]
    return "+".join(major) if len(major) > 1 else max(sizes, key=sizes.get)


# --------------------------------------------------------------------------- bilingual

_ANCHOR = literals.compile(r"\d+|\b[A-ZÁÉÍÓÚÑ][\w’'-]+")


def _anchors(text: str) -> frozenset[str]:
    """Numbers and capitalised words, accent-free: what a translation keeps."""
    from graph.ids import normalise

    return frozenset(normalise(a) for a in _ANCHOR.findall(text)) - {""}


def _similarity(a: str, b: str) -> float:
    """Dice overlap of anchors, zero when the lengths are too unlike for a translation."""
    ratio = len(b) / max(1, len(a))
    if not 0.5 <= ratio <= 2.0:
        return 0.0
    x, y = _anchors(a), _anchors(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


def translation_pairs(text: str, paras: list[Paragraph] | None = None,
                      threshold: float = 0.3) -> list[tuple[Paragraph, Paragraph]]:
    """(English, Spanish) paragraphs of a bilingual text that translate each other.

    The two versions are aligned in order (a translation keeps the order of its
    paragraphs) by dynamic programming over anchor overlap, so a paragraph missing
    from one version, or a heading translated freely, does not shift the others.
    Used to report the facts of a bilingual document once, with both quotes.
    """
    paras = paragraphs(text) if paras is None else paras
    en = [p for p in paras if p.language == "en"]
    es = [p for p in paras if p.language == "es"]
    if not en or not es:
        return []
    n, m = len(en), len(es)
    score = [[_similarity(text[a.start:a.end], text[b.start:b.end]) for b in es] for a in en]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            pair = score[i][j] - threshold
            best[i][j] = max(best[i + 1][j], best[i][j + 1],
                             best[i + 1][j + 1] + pair if pair > 0 else 0.0)
    matched, i, j = [], 0, 0
    while i < n and j < m:
        pair = score[i][j] - threshold
        if pair > 0 and best[i][j] == best[i + 1][j + 1] + pair:
            matched.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    # Between two aligned pairs, equally many paragraphs on each side translate each
    # other in order (headings and short paragraphs share too few anchors to match).
    filled = []
    for (i0, j0), (i1, j1) in zip([(-1, -1)] + matched, matched + [(n, m)]):
        if i1 - i0 == j1 - j0 > 1:
            filled += [(i0 + k, j0 + k) for k in range(1, i1 - i0)
                       if 0.4 <= (es[j0 + k].end - es[j0 + k].start)
                       / max(1, en[i0 + k].end - en[i0 + k].start) <= 2.5]
        if i1 < n:
            filled.append((i1, j1))
    return [(en[i], es[j]) for i, j in filled]
