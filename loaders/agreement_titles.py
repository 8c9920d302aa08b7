"""Agreement titles in the words the text describes them by.

An agreement read without a name of its own gets a title made of its parties, its kind and its
year ("Mexico–Peru agreement (2025)"). The text usually says more: "a free trade agreement", "un
memorando de entendimiento en materia de ciberseguridad", "a defence cooperation pact". This pass
keeps the id, parties, kind and date and puts that description in the title instead of the bare
kind ("Mexico–Peru free trade agreement (2025)"), in the document's own words, so an analyst (and a
gold file naming the agreement by its subject) can tell two deals of the same parties apart.

It runs once per document after the claims are read (loaders.extract) and changes nothing but titles.
"""

from __future__ import annotations

import re

from loaders import agreements as agreements_mod

# agreement heads, lower case (a capitalised head is a proper name: agreements._name reads those)
_HEAD = re.compile(
    r"\b(?P<head>memorand(?:um|a)\s+of\s+understanding|memorand(?:um|a)|agreements?|accords?|deals?|pacts?|"
    r"treat(?:y|ies)|contracts?|protocols?|conventions?|partnerships?|roadmaps?|letters?\s+of\s+intent|"
    r"memor[áa]ndum(?:\s+de\s+entendimiento)?|memorandos?(?:\s+de\s+entendimiento)?|acuerdos?|tratados?|convenios?|"
    r"contratos?|protocolos?|convenci(?:ón|ones)|pactos?|cartas?\s+de\s+intenci(?:ón|ones)|hojas?\s+de\s+ruta)\b")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")

# English words before the head that describe no subject ("a new pact", "the landmark deal", "a 10-year contract")
_PRE_SKIP = frozenset("""a an the this that these those its their his her our new first second third landmark historic
    long-awaited major broad separate similar another other earlier previous latest last final draft proposed signed
    fresh formal initial preliminary bilateral trilateral multilateral joint two three four five several such same
    any each one comprehensive framework year-long own key important controversial secret lucrative ambitious
    so-called much-criticised much-criticized billion-dollar multibillion-dollar long-term short-term interim""".split())
# words that end an English description after the head ("an agreement on trade with Peru")
_POST_STOP_EN = frozenset("""with between signed inked sealed concluded reached that which who whom by in at to from
    under during after before since as was were is are be been has have had will would could may might
    last this on""".split())
# ... and a Spanish one ("un acuerdo de cooperación con Chile", "el tratado firmado en 2019")
_POST_STOP_ES = frozenset("""con entre que quien cual por a al en desde hasta durante tras según como fue fueron
    es son será ha han había se lo le su sus este esta ese esa""".split())
_ES_PREP = re.compile(r"(?:de|del|sobre|para|en\s+materia\s+de|contra)\b")
_EN_PREP = re.compile(r"(?:on|for|of|against|covering)\b")
# a Spanish adjective right after the head ("acuerdo comercial", "tratado marco", "pacto migratorio")
_ES_ADJ = re.compile(r"(?:\w+(?:al|ar|ic[oa]|iv[oa]|ori[oa]|er[oa]|ári[oa]|ístic[oa])|marco)$")
_VERBISH_ES = re.compile(r"\w+(?:ado|ada|ados|adas|ido|ida|idos|idas|ó|aron|ieron|aba|ía)$")


def _post(text: str, pos: int, lang: str) -> str:
    """The description after a head from `pos`: Spanish adjectives, then one prepositional phrase of up to
    five words, stopped by punctuation, a clause word, a verb form, a capitalised name or a number."""
    out: list[str] = []
    rest = text[pos:]
    if lang == "es":
        while (m := re.match(r"\s+(\w+)", rest)) and _ES_ADJ.match(m.group(1)) and m.group(1).islower() \
                and m.group(1) not in _POST_STOP_ES and len(out) < 2:
            out.append(m.group(1))
            rest = rest[m.end():]
    m = re.match(r"\s+(" + (_ES_PREP.pattern if lang == "es" else _EN_PREP.pattern) + r")", rest)
    if not m:
        return " ".join(out)
    phrase = [m.group(1)]
    rest = rest[m.end():]
    words = 0
    stop = _POST_STOP_ES if lang == "es" else _POST_STOP_EN
    while words < 5 and (w := re.match(r"\s+([^\W\d_][\w’'-]*)", rest)):
        tok = w.group(1)
        low = tok.lower()
        if not tok[:1].islower() or low in stop or (lang == "es" and _VERBISH_ES.match(low) and words):
            break
        phrase.append(tok)
        rest = rest[w.end():]
        if low not in ("the", "la", "el", "los", "las", "de", "del", "of", "and", "y", "e"):
            words += 1
    while phrase and phrase[-1].lower() in ("the", "la", "el", "los", "las", "de", "del", "of", "and", "y", "e", "on",
                                            "for", "sobre", "para", "contra", "against"):
        phrase.pop()
    if len(phrase) < 2 or (lang == "es" and phrase[:2] == ["de", "entendimiento"]):
        return " ".join(out)
    return " ".join(out + phrase)


def _pre(text: str, start: int) -> list[str]:
    """English words describing the agreement before its head ("a free trade agreement", "the defence
    cooperation pact"): lower-case words back to an article or a word that describes nothing."""
    out: list[str] = []
    pos = start
    for w in reversed(list(_WORD.finditer(text, max(0, start - 60), start))):
        tok = w.group()
        if text[w.end():pos].strip() or not tok.islower() or tok in _PRE_SKIP or len(out) == 3:
            break  # (punctuation between: the phrase ended)
        out.insert(0, tok)
        pos = w.start()
    return out


def description(quote: str, lang: str | None) -> tuple[str, str] | None:
    """(head, description) of the first lower-case agreement noun in `quote` that the text describes
    beyond its bare head; None when none is described."""
    for m in _HEAD.finditer(quote):
        head = m.group("head")
        if lang == "es":
            post = _post(quote, m.end(), "es")
            if post:
                return head, f"{head} {post}"
            continue
        pre = _pre(quote, m.start())
        post = _post(quote, m.end(), "en")
        if pre or post:
            return head, " ".join(pre + [head] + ([post] if post else []))
    return None


def describe(claims: list, agreements: dict) -> None:
    """Put in each unnamed agreement's title the description the first sentence that reads it gives."""
    done: set[str] = set()
    for c in claims:
        aid = c.object if c.predicate in ("PARTY_TO", "SIGNED") else None
        if aid is None or aid in done or aid not in agreements or c.polarity != "positive":
            continue
        ag = agreements[aid]
        year = f" ({ag.date[:4]})" if ag.date else ""
        bare = f" {ag.kind}{year}"
        if not ag.title.endswith(bare) or "–" not in ag.title:
            done.add(aid)  # a name of its own ("the Paris Agreement"): kept
            continue
        found = description(c.quote or "", c.language)
        if found is None:
            continue
        head, desc = found
        if not agreements_mod.compatible(agreements_mod.kind_of(head), ag.kind) or desc.lower() == ag.kind.lower():
            continue
        ag.title = ag.name = ag.title[: -len(bare)] + f" {desc}{year}"
        done.add(aid)
