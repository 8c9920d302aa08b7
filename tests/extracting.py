"""Shared helper of the extraction tests: run the real extract() on a short text."""

from graph.schema import Batch, Claim, Document
from loaders.extract import extract


def extract_text(text: str, *, language: str | None, published: str | None,
                 doc_id: str = "doc:test") -> list[Claim]:
    """The claims of `text`, after checking they form a valid Batch with their entities
    and that every quote is the text at its offsets."""
    return _checked_extract(text, language, published, doc_id)[1]


def _checked_extract(text: str, language: str | None, published: str | None, doc_id: str = "doc:test"):
    """extract() on `text`: its entities and claims, checked to form a valid Batch with every quote at its offsets."""
    doc = Document(id=doc_id, text=text, published=published, language=language)
    entities, claims = extract(doc)
    Batch(documents=[doc], entities=entities, claims=claims)
    for c in claims:
        assert text[c.char_start:c.char_end] == c.quote
    return entities, claims


def agreements_and_positive(text: str, language: str, published: str | None) -> tuple[dict, list[Claim]]:
    """Agreement id -> entity, and the positive claims, of `text` (checked as extract_text checks them)."""
    entities, claims = _checked_extract(text, language, published)
    return {e.id: e for e in entities if e.type == "Agreement"}, [c for c in claims if c.polarity == "positive"]


def positive_pairs(text: str, predicate: str, *, language: str, published: str | None) -> set[tuple[str, str]]:
    """(subject, object) of every positive `predicate` claim of `text`."""
    return {(c.subject, c.object) for c in extract_text(text, language=language, published=published)
            if c.predicate == predicate and c.polarity == "positive"}


def listings(text: str, *, language: str, published: str | None) -> dict[tuple[str, str], tuple]:
    """(designator, designee) -> (designation kind, date) of every positive DESIGNATED claim of `text` stated as a fact
    (asserted or reported: not alleged, speculated or denied)."""
    return {(c.subject, c.object): (c.props.get("designation"), c.date)
            for c in extract_text(text, language=language, published=published)
            if c.predicate == "DESIGNATED" and c.polarity == "positive" and c.modality.value in ("asserted", "reported")}


def has_listings(text: str, pairs, *, language: str, published: str | None) -> dict[tuple[str, str], tuple]:
    """listings(text), after asserting it holds every (designator, designee) pair of `pairs`."""
    got = listings(text, language=language, published=published)
    for p in pairs:
        assert p in got, (p, got)
    return got


def holds_roles(text: str, *, language: str, published: str | None) -> set[tuple[str, str, str | None]]:
    """(person, body, role) of every positive HOLDS_ROLE claim of `text`."""
    return {(c.subject, c.object, c.props.get("role")) for c in extract_text(text, language=language, published=published)
            if c.predicate == "HOLDS_ROLE" and c.polarity == "positive"}


def roles_by_name(text: str, *, language: str, published: str | None) -> set[tuple[str, str, str, str | None]]:
    """(predicate, person's name, body's name, role) of every positive HOLDS_ROLE and MEMBER_OF claim of `text`, with
    names in place of ids (an id the batch names no entity for stays as it is)."""
    entities, claims = _checked_extract(text, language, published)
    names = {e.id: e.name for e in entities}
    return {(c.predicate, names.get(c.subject, c.subject), names.get(c.object, c.object), c.props.get("role"))
            for c in claims if c.polarity == "positive" and c.predicate in ("HOLDS_ROLE", "MEMBER_OF")}


def discovered(text: str, prefix: str, published: str | None) -> dict:
    """id -> entity of the actors found in `text` that the gazetteer does not hold ("official:", "group:")."""
    from loaders.actors import find_actors
    from loaders.gazetteer import Gazetteer
    from loaders.sentences import split
    found = find_actors(Gazetteer.load(), text, split(text), published).new_entities
    return {k: v for k, v in found.items() if k.startswith(prefix)}


SIGNING = ("PARTY_TO", "SIGNED", "SIGNED_MOU_WITH")


def signing_claims(text: str, language: str, published: str | None) -> list[Claim]:
    """The asserted or reported signing claims (a hedged one, "may sign", is kept as speculative)."""
    return [c for c in extract_text(text, language=language, published=published) if c.polarity == "positive"
            and c.modality in ("asserted", "reported") and c.predicate in SIGNING]


def signing_subjects(text: str, predicate: str, language: str, published: str | None) -> set[str]:
    """Who is PARTY_TO (the parties) or SIGNED (the signatories) an agreement in `text`."""
    return {c.subject for c in signing_claims(text, language, published) if c.predicate == predicate}


def parties_by_agreement(claims: list[Claim]) -> dict[str, set[str]]:
    """Agreement id -> the subjects of its PARTY_TO claims."""
    out: dict[str, set[str]] = {}
    for c in claims:
        if c.predicate == "PARTY_TO":
            out.setdefault(c.object, set()).add(c.subject)
    return out


def roles_of(got: set[tuple[str, str, str | None]], person: str) -> set[tuple[str, str | None]]:
    """(owner, role) pairs one person holds in holds_roles() output."""
    return {(o, r) for p, o, r in got if p == person}


def tied(got: set, a: str, b: str) -> bool:
    """A symmetric pair (ALLEGED_TIES) found in either order."""
    return (a, b) in got or (b, a) in got


def ties_and_supplies(published: str):
    """ties(text, lang) and supplies(text, lang): the positive ALLEGED_TIES and SUPPLIED pairs of a text."""
    def ties(text, lang):
        return positive_pairs(text, "ALLEGED_TIES", language=lang, published=published)

    def supplies(text, lang):
        return positive_pairs(text, "SUPPLIED", language=lang, published=published)
    return ties, supplies

