"""Shared helper of the extraction tests: run the real extract() on a short text."""

from graph.schema import Batch, Claim, Document
from loaders.extract import extract


def extract_text(text: str, *, language: str | None, published: str | None,
                 doc_id: str = "doc:test") -> list[Claim]:
    """The claims of `text`, after checking they form a valid Batch with their entities
    and that every quote is the text at its offsets."""
    doc = Document(id=doc_id, text=text, published=published, language=language)
    entities, claims = extract(doc)
    Batch(documents=[doc], entities=entities, claims=claims)
    for c in claims:
        assert text[c.char_start:c.char_end] == c.quote
    return claims
