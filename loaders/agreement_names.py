"""Well-known named agreements (loaders/data/agreements.yaml): the name a text gives an agreement resolves to
its identity (id, names, kind, date, original parties), so "Morocco joined the Abraham Accords" and "Russia and the
United States signed New START" name the same node in every document.

Only identity: no claim is made here. A signing or joining the text states (loaders/agreements.py, the rules)
makes the claims; `resolve` then moves them to the known agreement its name gives, when nothing the text says
contradicts it: a year written with the name ("the 2008 Doha Agreement"), a signing dated before it existed or,
for an agreement between a few named parties, a party that is not one of them. A name several agreements share
resolves only when the year or the parties single one out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from graph.schema import Agreement, Claim

DATA = Path(__file__).parent / "data" / "agreements.yaml"


@dataclass(frozen=True)
class Known:
    id: str
    name: str
    names: tuple[str, ...]
    kind: str
    date: str
    parties: tuple[str, ...] = ()
    open: bool = False
    cased: bool = False  # a name of common words ("Reciprocal Access Agreement"): a name only when capitalised

    @property
    def year(self) -> str:
        return self.date[:4]

    @property
    def closed(self) -> bool:
        """Between the listed parties only: another party's signing is of another agreement."""
        return bool(self.parties) and not self.open

    @property
    def title(self) -> str:
        who = "–".join(self.parties)
        return f"{self.name} ({who + ' ' if who else ''}{self.kind}, {self.year})"


def norm(s: str) -> str:
    """A name compared without case, accents, dashes, a leading article or closing punctuation."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[-–—‐'’.,]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^(?:the|el|la|los|las)\s+", "", s)


@lru_cache(maxsize=1)
def known() -> tuple[Known, ...]:
    rows = (yaml.safe_load(DATA.read_text(encoding="utf-8")) or {}).get("agreements") or []
    out = []
    for r in rows:
        out.append(Known(id=r["id"], name=r["name"], names=tuple(r.get("names") or ()), kind=r["kind"],
                         date=str(r["date"]), parties=tuple(r.get("parties") or ()), open=bool(r.get("open")),
                         cased=bool(r.get("cased"))))
    return tuple(out)


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Known, ...]]:
    idx: dict[str, list[Known]] = {}
    for k in known():
        for n in {k.name, *k.names}:
            idx.setdefault(norm(n), [])
            if k not in idx[norm(n)]:
                idx[norm(n)].append(k)
    return {n: tuple(v) for n, v in idx.items()}


def _acronym(name: str) -> bool:
    # "NPT", "T-MEC", "START I": matched only as written (a lower-case "npt" or "tiar" is no name)
    return len(name) <= 6 and name.upper() == name or bool(re.search(r"\b[A-Z]{3,}\b", name)) and len(name.split()) <= 3


def _pattern(name: str) -> str:
    # (a hyphen or dash written either way: "Torrijos-Carter", "Torrijos–Carter")
    words = ["[-–]".join(re.escape(part) for part in re.split(r"[-–]", w)) for w in name.split()]
    body = r"\s+".join(words)
    return f"(?-i:{body})" if _acronym(name) else body


@lru_cache(maxsize=1)
def _finder() -> re.Pattern:
    names = sorted({n for k in known() for n in (k.name, *k.names)}, key=len, reverse=True)
    cased = {n for k in known() if k.cased for n in (k.name, *k.names)}
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?-i:{_pattern(n)})" if n in cased else _pattern(n) for n in names)
                      + r")(?![\w-])", re.I)


_FOUND: dict[str, tuple] = {}  # text -> (finder, its matches): resolve() reads each claim's quote, and a
# sentence's claims share it (half the calls of a document repeat a text; ~50 µs a scan of 215 names)


def find(text: str) -> list[re.Match]:
    """The known names written in a text (longest first at each place)."""
    text = text or ""
    rx = _finder()
    hits = _FOUND.get(text)
    if hits is None or hits[0] is not rx:  # (a rebuilt finder, e.g. after cache_clear: scan again)
        if len(_FOUND) >= 2048:
            _FOUND.clear()
        hits = _FOUND[text] = (rx, tuple(rx.finditer(text)))
    return list(hits[1])


def drop_named_places(text: str, mentions: list) -> list:
    """The mentions less the capitals written inside a known agreement's name ("the Doha Agreement", "the Minsk
    agreements", "el Estatuto de Roma"): the city names the agreement, not a party to it."""
    out = []
    for m in mentions:
        if getattr(m, "kind", None) == "capital":
            a = max(0, m.start - 80)
            if any(a + h.start() <= m.start and m.end <= a + h.end() for h in find(text[a:m.end + 80])):
                continue
        out.append(m)
    return out


def lookup(name: str) -> tuple[Known, ...]:
    """The known agreements a whole name stands for (several for a shared name), else ()."""
    return _index().get(norm(name or ""), ())


def named_in(text: str) -> str | None:
    """The one known name a noun phrase holds ("the New START treaty" -> "New START"), else None."""
    hits = find(text)
    return hits[0].group() if len(hits) == 1 else None


@lru_cache(maxsize=1)
def headless() -> tuple[str, ...]:
    """Names that hold no agreement noun of their own ("New START", "the Rome Statute", "Black Sea Grain
    Initiative", "T-MEC"): loaders/agreements.py reads them as the head of an agreement noun phrase."""
    return tuple(sorted({n for k in known() for n in (k.name, *k.names) if not _HEADS.search(n)}, key=len, reverse=True))


def _alone(quote: str, hit: re.Match) -> bool:
    """A known name in a quote that is the signed agreement's: no other agreement noun in the quote ("signed a
    memorandum under the Abraham Accords" signed the memorandum), and a name with no agreement noun of its own
    only with one beside it ("the New START treaty", "el tratado New START"; not "a deal to save the JCPOA")."""
    rest = quote[:hit.start()] + " " + quote[hit.end():]
    before = quote[:hit.start()]
    if after := _HEAD_AFTER.match(quote, hit.end()):
        rest = before + " " + quote[after.end():]
    elif head := _HEAD_BEFORE.search(before):
        rest = before[:head.start()] + " " + quote[hit.end():]
    elif _HEADLESS_RX.fullmatch(hit.group()):
        return False
    return not _HEADS.search(rest)


# agreement nouns: a known name holding one is read like any agreement noun phrase; one holding none is "headless"
_HEADS = re.compile(r"\b(?:memorand\w*|memor[aá]nd\w*|mous?|agreements?|accords?|deals?|pacts?|treat(?:y|ies)|"
                    r"conventions?|protocols?|declarations?|charters?|communiqu[eé]s?|cease-?fires?|truces?|armistice|"
                    r"frameworks?|acuerdos?|convenios?|tratados?|pactos?|convenci[oó]n|protocolos?|declaraci[oó]n|"
                    r"comunicado|armisticio|tregua|alto\s+el\s+fuego|cese\s+(?:al|del)\s+fuego)\b", re.I)
_HEAD_BEFORE = re.compile(r"\b(?:tratados?|acuerdos?|pactos?|treaty|agreement|accord|pact)\s+$", re.I)
_HEAD_AFTER = re.compile(r"\s+(?:treat(?:y|ies)|agreements?|accords?|deals?|pacts?|tratados?|acuerdos?|pactos?)\b", re.I)


class _Headless:
    """Whether a name is one of the headless ones (compiled once, on first use)."""

    rx: re.Pattern | None = None

    def fullmatch(self, name: str):
        if self.rx is None:
            self.rx = re.compile("(?:" + "|".join(_pattern(n) for n in headless()) + ")", re.I)
        return self.rx.fullmatch(name)


_HEADLESS_RX = _Headless()


def headless_pattern() -> str:
    # (not before an agreement noun: "the 2010 New START treaty between A and B" is a phrase headed by "treaty")
    names = "|".join(_pattern(n) if _acronym(n) else f"(?-i:{_pattern(n)})" for n in headless())
    return rf"(?:{names})(?!\s+(?:treat(?:y|ies)|agreements?|accords?|deals?|pacts?|memorand\w*)\b)"


def kind_for(head: str) -> str | None:
    """The kind of a known agreement named by a name with no agreement noun ("JCPOA" -> agreement)."""
    got = lookup(head)
    return got[0].kind if got and len({k.kind for k in got}) == 1 else None


# a year written with the name: "the 2008 Doha Agreement", "the Doha Agreement of 2008", "el Acuerdo de Doha de 2008"
def _years_with(name: str, text: str) -> set[str]:
    out = set()
    p = _pattern(name)
    for m in re.finditer(rf"\b((?:19|20)\d\d)(?:['’]s)?\s+(?:{p})|(?:{p})\s*(?:,\s*)?(?:of|de|del|\()\s*((?:19|20)\d\d)\b",
                         text or "", re.I):
        out.add(m.group(1) or m.group(2))
    return out


def _party_ids(k: Known, resolve) -> tuple[set[str], bool]:
    """The ids of the parties the gazetteer knows, and whether it knows them all."""
    got = set()
    for p in k.parties:
        try:
            hit = resolve(p)
        except Exception:
            hit = None
        if hit is not None:
            got.add(hit.id)
    return got, len(got) == len(k.parties)


def _fits(k: Known, parties: set[str], years: set[str], dates: set[str], pub: str | None, resolve) -> bool:
    if pub and pub[:4] < k.year:
        return False  # a report older than the agreement
    if years and years != {k.year}:
        return False  # "the 2008 Doha Agreement" is not the one of 2020
    if any(d[:4] < k.year for d in dates):
        return False  # signed before it existed: another agreement of that name
    if not k.open and any(d[:4] > str(int(k.year) + 1) for d in dates):
        return False  # signed once, years before (a ratification may come the next year)
    if k.closed:
        ids, complete = _party_ids(k, resolve)
        if parties and (not parties <= ids if complete else not parties & ids):
            return False  # a party that is none of its own: an agreement of others
    return True


def _dated_quote(c: Claim, pub: str | None) -> bool:
    from loaders import dates as dates_mod
    q = c.quote or ""
    return any(d.value and not d.weak for d in dates_mod.find(q, 0, len(q), pub, c.language))


def resolve(claims: list[Claim], agreements: dict, resolve_name, pub: str | None, text: str | None = None) -> list[Claim]:
    """Move the claims on an agreement the text names by a known name to that agreement's identity
    (agreement:<id>, its names, kind, date and title with its original parties). resolve_name(name) -> a
    gazetteer entity (for the data's parties)."""
    if not agreements:
        return claims
    on: dict[str, list[Claim]] = {}
    for c in claims:
        aid = c.object if c.predicate in ("PARTY_TO", "SIGNED") else (c.props or {}).get("agreement") \
            if c.predicate == "SIGNED_MOU_WITH" else None
        if aid in agreements:
            on.setdefault(aid, []).append(c)
    remap: dict[str, Known] = {}
    for aid, ag in agreements.items():
        cs = on.get(aid)
        if not cs:
            continue
        # the names the text gave it: its name and aliases, and what they hold ("the New START treaty")
        names = [n for n in (ag.name, ag.title, *ag.aliases) if n]
        spans = {h.group() for n in names for h in find(n)}
        if not spans:
            # a rule's agreement keeps no name: one its quotes write as the agreement's own ("signed the New START
            # treaty", "the Abraham Accords"), not a headless name alone ("a deal to save the JCPOA")
            spans = {h.group() for c in cs for h in find(c.quote) if _alone(c.quote, h)}
        cands: dict[str, Known] = {}
        for s in spans:
            for k in lookup(s):
                cands[k.id] = k
        if not cands:
            continue
        if len({k.name for k in cands.values()}) > 1 and len(spans) > 1:
            continue  # two agreements named: which one was signed is not for the name to say
        from loaders.agreements import kind_class  # (agreements.py reads this module's names)
        # a kind the text names ("a defence memorandum", "the treaty") is the known agreement's
        cands = {i: k for i, k in cands.items() if kind_class(ag.kind) in (None, kind_class(k.kind))}
        parties = {c.subject for c in cs if c.predicate == "PARTY_TO" and c.polarity == "positive"}
        years = {y for c in cs for s in spans for y in _years_with(s, c.quote)}
        fallback = {pub, *(c.reported for c in cs)} - {None}
        dates = {d for d in [ag.date, *(c.date for c in cs if c.polarity == "positive")] if d and d not in fallback}
        fit = [k for k in cands.values() if _fits(k, parties, years, dates, pub, resolve_name)]
        if len(fit) > 1:  # a shared name: the one whose own parties signed here
            fit = [k for k in fit if parties & _party_ids(k, resolve_name)[0]] or fit
        if len(fit) == 1:
            remap[aid] = fit[0]
    if not remap:
        return claims
    made: dict[str, Agreement] = {}
    for aid, k in remap.items():
        old = agreements[aid]
        new_id = f"agreement:{k.id}"
        if new_id not in made:
            made[new_id] = Agreement(id=new_id, name=k.name, title=k.title, kind=k.kind, date=k.date,
                                     aliases=sorted({k.name, *k.names} - {k.title}), domains=list(old.domains),
                                     public=old.public)
        else:
            made[new_id].domains = sorted({*made[new_id].domains, *old.domains})
    out, seen = [], set()
    for c in claims:
        aid = c.object if c.predicate in ("PARTY_TO", "SIGNED") else (c.props or {}).get("agreement") \
            if c.predicate == "SIGNED_MOU_WITH" else None
        if aid in remap:
            k = remap[aid]
            upd = {"object": f"agreement:{k.id}"} if c.predicate != "SIGNED_MOU_WITH" else \
                {"props": dict(c.props, agreement=f"agreement:{k.id}")}
            if not k.open and c.predicate == "SIGNED" and not c.date:
                upd["date"] = k.date  # a signatory no sentence dates: the day the known agreement was signed
            elif not k.open and c.date and c.date[:4] != k.year and (c.date in {pub, c.reported} or (
                    c.predicate == "SIGNED" and not _dated_quote(c, pub))):
                # undated news of an old agreement's signing: its own date, not the report's (nor the day a lead
                # gives the story, "entered into force last Thursday", for a signatory no sentence dates)
                upd["date"] = k.date
            c = Claim(**{**c.model_dump(), "id": "", **upd})
        if c.id in seen:
            continue
        seen.add(c.id)
        out.append(c)
    for aid in remap:
        agreements.pop(aid, None)
    agreements.update(made)
    return out
