"""Kinship nouns: one vocabulary for every reader that must know a relative's title is the relative's.

"X, hermana del líder", "the son of President Y", "a cousin of the RSF leader": the office named after a
kinship noun belongs to the relative, not to X. The role reader (people), the title claims (extract) and
the signatory reader (agreements) all ask this question; they share these words so that a noun added here
counts for all three.
"""

from __future__ import annotations

from graph import ids

NOUNS_EN = ("son", "daughter", "brother", "sister", "wife", "husband", "widow", "widower", "father", "mother",
            "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "stepson", "stepdaughter",
            "spouse", "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law")
NOUNS_ES = ("hijo", "hija", "hermano", "hermana", "esposo", "esposa", "viudo", "viuda", "padre", "madre", "sobrino",
            "sobrina", "primo", "prima", "tío", "tía", "nieto", "nieta", "yerno", "nuera", "cuñado", "cuñada",
            "hijastro", "hijastra", "consorte")


def _either_accent(word: str) -> str:
    """'tío' -> 't[ií]o': news text drops accents often enough ("tio del presidente")."""
    return "".join(f"[{ids.normalise(c)}{c}]" if c.isalpha() and ids.normalise(c) != c else c for c in word)


# the token forms (gazetteer.tokens folds with ids.normalise); a hyphenated noun's head is already a word here
WORDS = frozenset(ids.normalise(w) for w in NOUNS_EN + NOUNS_ES if "-" not in w)

# one kinship noun, longest first so "son-in-law" is read whole
NOUN = "(?:" + "|".join(_either_accent(w) for w in sorted(NOUNS_EN + NOUNS_ES, key=len, reverse=True)) + ")"
# with the words that grade it ("his late brother", "her elder sister", "a half-brother")
GRADED_NOUN = r"(?:(?:late|elder|older|younger|eldest|youngest|half|step)[\s-]+)?" + NOUN
