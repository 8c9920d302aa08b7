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
from loaders import literals

# agreement heads, lower case (a capitalised head is a proper name: agreements._name reads those)
_HEAD = literals.compile(
    r"\b(?P<head>memorand(?:um|a)\s+of\s+understanding|memorand(?:um|a)|agreements?|accords?|deals?|pacts?|"
    r"treat(?:y|ies)|contracts?|protocols?|conventions?|partnerships?|roadmaps?|letters?\s+of\s+intent|"
    r"memor[áa]ndum(?:\s+de\s+entendimiento)?|memorandos?(?:\s+de\s+entendimiento)?|acuerdos?|tratados?|convenios?|"
    r"contratos?|protocolos?|convenci(?:ón|ones)|pactos?|cartas?\s+de\s+intenci(?:ón|ones)|hojas?\s+de\s+ruta)\b")
_WORD = literals.compile(r"[^\W\d_][\w’'-]*")

# English words before the head that describe no subject ("a new pact", "the landmark deal", "a 10-year contract")
_PRE_SKIP = frozenset("""a an the this that these those its their his her our new first second third landmark historic
    long-awaited major broad separate similar another other earlier previous latest last final draft proposed signed
    fresh formal initial preliminary bilateral trilateral multilateral joint two three four five several such same
    any each one comprehensive year-long own key important controversial secret lucrative ambitious
    so-called much-criticised much-criticized billion-dollar multibillion-dollar long-term short-term interim
    sign signs ink inks seal seals clinch clinches strike strikes reach reaches conclude concludes agree agrees
    renew renews ratify ratifies finalise finalises finalize finalizes initial initials""".split())
# (verbs: a headline's present, "A and B sign defence pact"; "framework" is kept, "a framework agreement" is a kind)
# words that end an English description after the head ("an agreement on trade with Peru")
_POST_STOP_EN = frozenset("""with between signed inked sealed concluded reached that which who whom by in at to from
    under during after before since as was were is are be been has have had will would could may might
    last this on""".split())
# ... and a Spanish one ("un acuerdo de cooperación con Chile", "el tratado firmado en 2019")
_POST_STOP_ES = frozenset("""con entre que quien cual por a al en desde hasta durante tras según como fue fueron
    es son será ha han había se lo le su sus este esta ese esa
    lunes martes miércoles jueves viernes sábado domingo pasado pasada próximo próxima""".split())
# (a day ends it: "un tratado de defensa el lunes")
# what follows "en" that is no field of cooperation: determiners, months, times ("en su visita", "en mayo")
_NOT_TOPIC_ES = frozenset("""el la los las lo un una unos unas su sus este esta estos estas ese esa aquel aquella dicho
    dicha enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    vigor curso marcha presencia nombre virtud torno particular especial principio total cambio cuanto
    ambos ambas todo toda todos todas cada""".split())
_ES_PREP = literals.compile(r"(?:de|del|sobre|para|en\s+materia\s+de|contra)\b")
_EN_PREP = literals.compile(r"(?:on|for|of|against|covering)\b")
# a Spanish adjective right after the head ("acuerdo comercial", "tratado marco", "pacto migratorio")
_ES_ADJ = literals.compile(r"(?:\w+(?:al|ar|ic[oa]|iv[oa]|ori[oa]|er[oa]|ári[oa]|ístic[oa])|marco)$")
_VERBISH_ES = literals.compile(r"\w+(?:ado|ada|ados|adas|ido|ida|idos|idas|ó|aron|ieron|aba|ía|ará|arán|erá|erán|irá|irán|rían?)$"
                               r"|\w*(?:scrit|puest|hech|dich|abiert|vuelt)(?:o|a|os|as)$")  # (irregular participles: "suscrito")


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
        if lang == "es" and low == "en" and words and (nxt := re.match(r"\s+en\s+([^\W\d_]+)", rest)) \
                and nxt.group(1).islower() and nxt.group(1) not in _NOT_TOPIC_ES and not _VERBISH_ES.match(nxt.group(1)):
            phrase.append(tok)  # "cooperación en ciberseguridad": a field, not a place or a time ("en su visita", "en mayo")
            rest = rest[w.end():]
            continue
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
        if re.search(r"\d[\d,.]*\s*-\s*$|\d\s+$", text[max(0, w.start() - 12):w.start()]):
            break  # a number's unit ("a 17-article peace agreement", "a 20-year plan", "a 10 year deal"): no subject
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


# A proper name: capitalised words before an agreement head ("the Reciprocal Access Agreement", "the 2021 Shusha
# Declaration"), or a capitalised head with a capitalised tail ("Treaty on the Non-Proliferation of Nuclear Weapons",
# "Acuerdo de Asociación Económica Integral", "el Tratado de Libre Comercio de América del Norte")
_CAP = r"[A-ZÁÉÍÓÚÑ][\w’'.-]*"
_NAME_EN = literals.gated(rf"(?<![\w’'-])(?P<pre>(?:(?:{_CAP}|(?:19|20)\d\d)\s+){{1,6}})?(?P<head>Agreements?|Accords?|Treat(?:y|ies)|"
                      r"Pacts?|Charter|Declaration|Memorandum(?:\s+of\s+Understanding)?|Protocol|Convention|Compact)\b"
                      rf"(?P<tail>\s+(?:on|of|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:(?:of|on|and|for|the)\s+)*{_CAP})*)?")
_NAME_ES = literals.gated(r"(?<![\w’'-])(?P<head>Acuerdos?|Tratados?|Pactos?|Convenios?|Memor[aá]nd(?:um|o)(?:\s+de\s+Entendimiento)?|"
                      rf"Declaración|Protocolo|Convención|Carta(?=\s+(?:de|del)\s))(?P<tail>(?:\s+(?:(?:de|del|sobre|para|la|el|los|las|y|e)\s+)*{_CAP})+)")
# capitalised words that begin a sentence or a clause, not a name ("The", "Under", "In")
_NOT_NAME_WORD = frozenset("""The A An This That These Those Its Their His Her Our Under In On At After Before Since By With
    When While As And But If Both Then Last Earlier Later New Landmark Historic Such Another Each Every Any No
    El La Los Las Un Una Este Esta Dicho Dicha Su Sus Con Tras En Por Para Según Ese Esa Otro Otra""".split())
# words of the head alone ("Memorandum of Understanding", "Memorando de Entendimiento"): no name of its own
_HEAD_WORDS = frozenset("""agreement agreements accord accords treaty treaties pact pacts charter declaration memorandum
    of understanding protocol convention compact acuerdo acuerdos tratado tratados pacto pactos convenio convenios
    memorando memorándum memorandum de entendimiento declaración protocolo convención the la el""".split())
_DEFINITE = literals.compile(r"\b(?:the|this|that|said|el|la|este|esta|dicho|dicha|ese|esa|del|al)\s+$", re.I)


# a function word or a signing verb capitalised inside a line: title case
_TITLE_CASE = literals.compile(r"(?<=\S)\s+(?:And|With|In|On|For|To|Of|At|As|Sign|Signs|Ink|Inks|Seal|Seals|Y|Con|En|Del|Por|Para|"
                         r"Firman|Firma|Suscriben)\s+(?=\S)")


def _headline(quote: str) -> bool:
    """A title-case quote ("Spain And Mauritania Sign Police Memorandum"): its capitals name nothing."""
    return _TITLE_CASE.search(quote) is not None


def mentions(quote: str, lang: str | None) -> list[tuple[int, str, str | None, bool]]:
    """The agreement phrases of `quote` in order: (offset, head, its name or description or None when bare,
    definite): "the Reciprocal Access Agreement", "a free trade agreement", "the pact"."""
    out: list[tuple[int, str, str | None, bool]] = []
    taken: list[tuple[int, int]] = []
    if not _headline(quote):
        for rx in (_NAME_EN, _NAME_ES):
            for m in rx.finditer(quote):
                pre = (m.groupdict().get("pre") or "").split()
                while pre and pre[0] in _NOT_NAME_WORD:
                    pre.pop(0)
                name = " ".join(pre + [m.group("head")] + ([m.group("tail").strip()] if m.group("tail") else []))
                name = re.sub(r"\s+", " ", name).rstrip(".") if not re.search(r"\b[A-Z]\.$", name) else name
                if not set(name.lower().split()) - _HEAD_WORDS:
                    continue  # the head alone
                at = m.start("head") if not pre else m.start() + m.group().find(pre[0])
                out.append((at, m.group("head"), name, True))
                taken.append((m.start(), m.end()))
    for m in _HEAD.finditer(quote):
        if any(a <= m.start() < b for a, b in taken):
            continue
        head = m.group("head")
        if lang == "es" or (lang is None and re.match(r"(?:acuerd|tratad|convenio|contrat|protocolo|convenci|pacto|memorando|carta|hoja)",
                                                        head)):
            post = _post(quote, m.end(), "es")
            desc = f"{head} {post}" if post else None
        else:
            pre, post = _pre(quote, m.start()), _post(quote, m.end(), "en")
            desc = " ".join(pre + [head] + ([post] if post else [])) if pre or post else None
        out.append((m.start(), head, desc, _DEFINITE.search(quote[max(0, m.start() - 12):m.start()]) is not None))
    return sorted(out)


# two phrases in apposition name one agreement: "the Liptako-Gourma Charter, a mutual defence pact", "a security
# pact, the Reciprocal Access Agreement", "el Acuerdo de Escazú, un tratado ambiental"
_APPOSED = literals.compile(r"[^,;.()⟦]{0,60}?,\s*(?:(?:a|an|the|its|their|un|una|el|la|su)\s+)?(?:[\w'’-]+\s+){0,4}", re.I)


def _apposed(quote: str, ms: list):
    """A proper name and a phrase beside it in apposition ("NAME, a DESC" or "a DESC, the NAME"): (the name, the
    other phrase), else None."""
    for first, second in zip(ms, ms[1:]):
        named = [m for m in (first, second) if m[2] and m[2][:1].isupper()]
        if len(named) != 1 or not agreements_mod.compatible(agreements_mod.kind_of(first[1]),
                                                            agreements_mod.kind_of(second[1])):
            continue
        at = first[0] + len(first[2] if first is named[0] else first[1])
        if at <= second[0] and _APPOSED.fullmatch(quote, at, second[0]):
            return named[0], (second if first is named[0] else first)
    return None


def _own_mention(quote: str, lang: str | None, kind: str):
    """The phrase of `quote` that names the agreement of `kind`: the only one, else the only one of that kind
    (a name with a phrase in apposition to it is one mention: the name)."""
    ms = mentions(quote, lang)
    if len(ms) <= 1:
        return ms[0] if ms else None
    if (pair := _apposed(quote, ms)) is not None and len(ms) == 2:
        return pair[0]
    same = [m for m in ms if agreements_mod.kind_class(m[1]) is not None
            and agreements_mod.kind_class(m[1]) == agreements_mod.kind_class(kind)]
    if len(same) == 1:
        return same[0]
    plain = [m for m in ms if agreements_mod.kind_of(m[1]).lower() == kind.lower()]
    return plain[0] if len(plain) == 1 else None


def _antecedent(text: str, start: int, lang: str | None, kind: str) -> str | None:
    """"A reciprocal access agreement ... entered into force. The pact was signed in July 2024": the name or
    description the paragraph gave the agreement a bare "the pact" / "el acuerdo" takes up (the nearest phrase of a
    kind that fits, within the paragraph's last 600 characters; a bare "the pact" before it is the same one)."""
    window = text[max(0, start - 600):start]
    cut = window.rfind("\n\n")
    ms = mentions(window[cut + 2:] if cut >= 0 else window, lang)
    if not ms and cut >= 0:
        # a paragraph that names no agreement before it ("**1.** X and Y signed the pact"): the one the paragraphs
        # before named by its proper name (the explainer's lede), the nearest phrase there being that name
        before = mentions(text[max(0, start - 900):start - len(window) + cut], lang)
        ms = before[-1:] if before and before[-1][2] and before[-1][2][:1].isupper() else []
    for _, head, name, definite in reversed(ms):
        if not agreements_mod.compatible(agreements_mod.kind_of(head), kind):
            return None  # another kind of agreement is nearer: not this one's
        if name:
            return name
        if not definite:
            return None  # "an accord": a new one, named no further
    return None


def describe(claims: list, agreements: dict, text: str | None = None) -> None:
    """Put in each unnamed agreement's title the name or description the text gives it, and every name and
    description its sentences give it among its aliases (so "the Reciprocal Access Agreement", later "the pact",
    is found by either). A sentence naming it only as "the pact" / "el acuerdo" takes the paragraph's earlier name."""
    found: dict[str, list[tuple[str, bool]]] = {}
    seen: set[tuple[str, int]] = set()
    for c in claims:
        aid = c.object if c.predicate in ("PARTY_TO", "SIGNED") else None
        if aid is None or aid not in agreements or c.polarity != "positive" or (aid, c.char_start) in seen:
            continue
        seen.add((aid, c.char_start))
        ag = agreements[aid]
        got = _own_mention(c.quote or "", c.language, ag.kind)
        if got is None and text is None:
            continue
        name = got[2] if got else None
        if got and name and (pair := _apposed(c.quote or "", mentions(c.quote or "", c.language))) and pair[0] == got \
                and pair[1][2]:
            found.setdefault(aid, []).append((pair[1][2], False))  # the phrase in apposition to the name, an alias
        if got and name and not agreements_mod.compatible(agreements_mod.kind_of(got[1]), ag.kind):
            continue
        if name is None and text is not None and (got is None or got[3]) and c.char_start is not None:
            name = _antecedent(text, c.char_start, c.language, ag.kind)
        if name and (name.lower() != ag.kind.lower() or (got is not None and name == got[2] and name[:1].isupper())):
            # (a proper name a rule took whole as the kind, "the Volta Compact", is still the agreement's name)
            found.setdefault(aid, []).append((name, name[:1].isupper()))
    for aid, names in found.items():
        ag = agreements[aid]
        year = f" ({ag.date[:4]})" if ag.date else ""
        bare = f" {ag.kind}{year}"
        if ag.title.endswith(bare) and "–" in ag.title:  # a title of parties and kind only: the text's words instead
            proper = [n for n, cap in names if cap]
            ag.title = ag.name = ag.title[: -len(bare)] + f" {(proper or [names[0][0]])[0]}{year}"
        new = {n for n, _ in names} - {ag.title, ag.kind}
        if new - set(ag.aliases):
            ag.aliases = sorted({*ag.aliases, *new})
