"""The data model of DESIGN.md as pydantic v2 models.

Entities (State, Group, Official, Agreement) and Documents are nodes; a Claim is one
sentence's statement of a relation, with its provenance; a Fact is the edge that
summarises every claim about the same relation (see graph/facts.py). Loaders produce
Batches of these objects; stores persist them; nothing else is passed around.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, ClassVar, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from graph import ids


class SchemaError(ValueError):
    """A node, claim or edge that the data model does not allow."""


class Modality(str, Enum):
    asserted = "asserted"  # the text states it
    reported = "reported"  # according to someone
    alleged = "alleged"  # accused, claimed, alleged
    speculative = "speculative"  # may, could, possibility
    denied = "denied"  # denied, ruled out, rejected, negated

    @property
    def rank(self) -> int:
        return MODALITY_RANK[self.value]


# Strength order used for "modality of a fact = strongest of its claims" and for
# "minimum modality" filters in queries and visualisation.
MODALITY_RANK = {"asserted": 4, "reported": 3, "alleged": 2, "speculative": 1, "denied": 0}

Polarity = Literal["positive", "negative"]
DatePrecision = Annotated[str, Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


# --------------------------------------------------------------------------- nodes


class _Entity(_Model):
    id: str
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)

    label: ClassVar[str]

    @field_validator("aliases")
    @classmethod
    def _unique_aliases(cls, v: list[str]) -> list[str]:
        return sorted(set(v))

    @model_validator(mode="after")
    def _id_matches_type(self):
        prefix = ids.PREFIX[self.label] + ":"
        if not self.id.startswith(prefix):
            raise SchemaError(f"{self.label} id must start with {prefix!r}: {self.id!r}")
        return self


class State(_Entity):
    type: Literal["State"] = "State"
    label: ClassVar[str] = "State"
    iso3: str = Field(pattern=r"^[A-Z]{3}$")


class Group(_Entity):
    """Any organisation that is not a state (armed group, party, agency, IGO, company)."""

    type: Literal["Group"] = "Group"
    label: ClassVar[str] = "Group"
    kind: str = "organisation"
    country: str | None = None  # a state id, when the group belongs to one state


class Official(_Entity):
    type: Literal["Official"] = "Official"
    label: ClassVar[str] = "Official"


class Agreement(_Entity):
    """`name` mirrors `title`, so every node has a name for display and export."""

    type: Literal["Agreement"] = "Agreement"
    label: ClassVar[str] = "Agreement"
    title: str
    kind: str = "memorandum of understanding"
    date: DatePrecision | None = None
    domains: list[str] = Field(default_factory=list)
    public: bool | None = None


Entity = Annotated[Union[State, Group, Official, Agreement], Field(discriminator="type")]
ENTITY_CLASSES = {c.label: c for c in (State, Group, Official, Agreement)}


def merge_properties(a: dict, b: dict) -> dict:
    """The same entity seen twice: lists unioned, gaps filled, conflicts settled by value.

    The one merge rule of the project: the pipeline (one load), the stores (a batch onto
    what they hold) and the neo4j-admin export (many batch files) all use it. It is
    commutative and associative, so loading documents at once, one by one or in any
    order gives the same graph: where two sources disagree (an agreement called a
    "security partnership" here and a "memorandum of understanding" there, a date given
    to the month here and to the day there), the more specific (longer) value wins, and
    between equally long ones the alphabetically first.
    """
    out = dict(a)
    for k, v in b.items():
        mine = out.get(k)
        if isinstance(v, list) and isinstance(mine, list):
            out[k] = sorted(set(mine) | set(v))
        elif mine in (None, "", []):
            if v not in (None, "", []) or mine is None:  # an empty value beats a missing one
                out[k] = v
        elif v not in (None, "", []) and v != mine:
            # the type name settles 'True' against True, which print alike (hypothesis found it)
            out[k] = min(mine, v, key=lambda x: (-len(str(x)), str(x), type(x).__name__))
    return out


def merge_entities(a, b):
    """merge_properties for entity objects; entities of different types are not merged."""
    if a.type != b.type:  # ids embed the type, so this only happens on a broken gazetteer
        return a
    merged = merge_properties(a.model_dump(), b.model_dump())
    if "title" in merged:  # an Agreement's name mirrors its title
        merged["name"] = merged["title"]
    return type(a).model_validate(merged)


class Document(_Model):
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None  # outlet
    published: DatePrecision | None = None
    language: str | None = None  # "en", "es", or "en+es" for bilingual documents
    path: str | None = None
    text: str | None = None  # the cleaned text that quotes' offsets point into


# --------------------------------------------------------------------------- edges

EdgeType = Literal[
    "DESIGNATED", "URGED", "SIGNED_MOU_WITH", "PARTY_TO", "SIGNED", "ALLEGED_TIES",
    "SEVERED_TIES", "HOLDS_ROLE", "PART_OF", "MEMBER_OF", "SUPPLIED",
]

_ACTOR = frozenset({"State", "Group", "Official"})

# Which endpoint types each fact type allows (source types, target types).
ALLOWED: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "DESIGNATED": (frozenset({"State", "Group"}), frozenset({"Group", "Official"})),
    # Agencies (a Group) urge too: "the State Department urged Bolivia to ...".
    "URGED": (frozenset({"State", "Official", "Group"}), frozenset({"State", "Group"})),
    "SIGNED_MOU_WITH": (frozenset({"State"}), frozenset({"State"})),
    "PARTY_TO": (frozenset({"State", "Group"}), frozenset({"Agreement"})),
    "SIGNED": (frozenset({"Official"}), frozenset({"Agreement"})),
    "ALLEGED_TIES": (_ACTOR, _ACTOR),
    "SEVERED_TIES": (frozenset({"State"}), frozenset({"State"})),
    "HOLDS_ROLE": (frozenset({"Official"}), frozenset({"State", "Group"})),
    "PART_OF": (frozenset({"Group"}), frozenset({"Group", "State"})),
    "MEMBER_OF": (frozenset({"Official"}), frozenset({"Group"})),
    "SUPPLIED": (frozenset({"State", "Group"}), frozenset({"State", "Group"})),
}

# Relations with no direction: stored once, endpoints in sorted order.
SYMMETRIC = frozenset({"SIGNED_MOU_WITH", "ALLEGED_TIES"})

# Claim properties that make two relations between the same endpoints different facts.
FACT_KEY: dict[str, tuple[str, ...]] = {
    "DESIGNATED": ("designation",),
    "URGED": ("action",),
    "HOLDS_ROLE": ("role",),
    "SIGNED_MOU_WITH": ("agreement",),
}

# Claim properties each type may carry; list-valued ones are unioned across claims.
EDGE_PROPS: dict[str, dict[str, type]] = {
    "DESIGNATED": {"designation": str},
    "URGED": {"action": str, "targets": list},
    "SIGNED_MOU_WITH": {"agreement": str},
    "PARTY_TO": {},
    "SIGNED": {},
    "ALLEGED_TIES": {"nature": list},
    "SEVERED_TIES": {},
    "HOLDS_ROLE": {"role": str, "start": str, "end": str},
    "PART_OF": {},
    "MEMBER_OF": {},
    "SUPPLIED": {"items": list},
}


def check_endpoints(edge_type: str, source_type: str, target_type: str) -> None:
    allowed_src, allowed_tgt = ALLOWED[edge_type]
    if source_type not in allowed_src or target_type not in allowed_tgt:
        raise SchemaError(
            f"{edge_type} does not allow {source_type} -> {target_type} "
            f"(allowed: {'/'.join(sorted(allowed_src))} -> {'/'.join(sorted(allowed_tgt))})"
        )


class Claim(_Model):
    """One statement of a relation in one place of one document."""

    id: str = ""  # derived from the fields below when left empty
    predicate: EdgeType
    subject: str
    object: str
    document: str
    modality: Modality = Modality.asserted
    polarity: Polarity = "positive"
    date: DatePrecision | None = None  # when the event happened, as precise as the text
    reported: DatePrecision | None = None  # the document's publication date
    quote: str
    char_start: int = Field(ge=0)
    char_end: int = Field(ge=0)
    language: str | None = None
    # The same statement in the other language of a bilingual document.
    alt_quote: str | None = None
    alt_char_start: int | None = None
    alt_char_end: int | None = None
    rule: str  # which extraction rule produced it
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    attributed_to: str | None = None  # entity id of who makes the claim, when known
    attribution: str | None = None  # the words naming the claimant ("two sources said")
    props: dict[str, str | list[str]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _consistent(self):
        if self.char_end < self.char_start:
            raise SchemaError(f"claim span ends before it starts: {self.char_start}>{self.char_end}")
        if self.modality == Modality.denied and self.polarity != "negative":
            raise SchemaError("a denied claim must have negative polarity")
        allowed = EDGE_PROPS[self.predicate]
        for k, v in self.props.items():
            if k not in allowed:
                raise SchemaError(f"{self.predicate} claims do not take property {k!r}")
            if allowed[k] is list and not isinstance(v, list):
                raise SchemaError(f"{self.predicate}.{k} must be a list")
            if allowed[k] is str and not isinstance(v, str):
                raise SchemaError(f"{self.predicate}.{k} must be a string")
        if not self.id:
            object.__setattr__(self, "id", ids.claim_id(
                self.document, self.predicate, self.subject, self.object,
                self.char_start, self.char_end, self.fact_key()))
        return self

    def fact_key(self) -> tuple[str, ...]:
        return tuple(str(self.props.get(k, "")) for k in FACT_KEY.get(self.predicate, ()))

    def fact_endpoints(self) -> tuple[str, str]:
        if self.predicate in SYMMETRIC:
            a, b = sorted((self.subject, self.object))
            return a, b
        return self.subject, self.object

    def fact_id(self) -> str:
        src, tgt = self.fact_endpoints()
        return ids.fact_id(self.predicate, src, tgt, self.fact_key())


class Fact(_Model):
    """A fact edge: the summary of every claim about one relation (see graph/facts.py)."""

    id: str
    type: EdgeType
    source: str
    target: str
    date: DatePrecision | None = None
    modality: Modality
    claims: int = Field(ge=1)
    sources: list[str]  # document ids
    first_reported: DatePrecision | None = None
    last_reported: DatePrecision | None = None
    contested: bool = False
    props: dict[str, str | list[str]] = Field(default_factory=dict)


class Batch(_Model):
    """What one extraction run produces and one store write consumes.

    A batch is self-contained: every entity a claim names is in `entities`, so a batch
    can be validated (endpoint types) without a store.
    """

    documents: list[Document] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)

    @model_validator(mode="after")
    def _claims_fit_schema(self):
        types = {e.id: e.type for e in self.entities}
        docs = {d.id for d in self.documents}
        for c in self.claims:
            for role, eid in (("subject", c.subject), ("object", c.object)):
                if eid not in types:
                    raise SchemaError(f"claim {c.id}: {role} {eid!r} is not an entity of the batch")
            if c.attributed_to is not None and c.attributed_to not in types:
                raise SchemaError(f"claim {c.id}: attributed_to {c.attributed_to!r} is not an entity of the batch")
            if c.document not in docs:
                raise SchemaError(f"claim {c.id}: document {c.document!r} is not in the batch")
            check_endpoints(c.predicate, types[c.subject], types[c.object])
        return self

    def entity(self, entity_id: str):
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)
