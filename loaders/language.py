"""Language of each paragraph (lingua), restricted to the languages geokg reads.

Restricting lingua to English and Spanish makes it both faster and more accurate on
short paragraphs than a detector choosing among all languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

SUPPORTED = {Language.ENGLISH: "en", Language.SPANISH: "es"}
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    language: str | None  # None when the paragraph has too few letters to tell


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*SUPPORTED).build()


def detect(text: str) -> str | None:
    """'en', 'es', or None for text too short or in neither language."""
    if sum(c.isalpha() for c in text) < 12:
        return None
    lang = _detector().detect_language_of(text)
    return SUPPORTED.get(lang)


def paragraphs(text: str) -> list[Paragraph]:
    """Non-empty lines/blocks of `text` with their offsets and language.

    Each line is a paragraph unless lines are joined without a blank line between
    them; short paragraphs (headings) inherit the language of the previous one.
    """
    out: list[Paragraph] = []
    previous = None
    for m in re.finditer(r"[^\n]+", text):
        lang = detect(m.group()) or previous
        out.append(Paragraph(m.start(), m.end(), lang))
        previous = lang or previous
    return out


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
