"""Agreements and who signed them, read by construction rather than by phrasing (issue 3).

The relation rules (rules/*.yaml, SIGNED_MOU_WITH) read the common word orders of a signing.
This module reads what they leave: a sentence where a signing verb (or "the signing of")
and an agreement noun phrase share a clause, with the parties found by their role in it:
the subject list before the verb, "with / con X" anywhere in the clause (also several,
"with A in 2022 and with B a year later"), "between / entre A and B", and the signatories
after "by / por" (officials: SIGNED, and their states are the parties). A participle names
a past agreement ("A and B are bound by a treaty signed in 1951"). Requests, plans, talks,
drafts, refusals and withdrawals give nothing: only an asserted or reported signing is one.

It works on the sentence skeleton of loaders.extract (actors are ⟦k⟧ slots) and returns
claims; extract.py calls it for a sentence the rules gave no agreement, and `pending` at the
end of a document for signatories named before their agreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph import ids
from graph.schema import Agreement, Claim
from loaders import modality

SLOT = re.compile(r"⟦(\d+)⟧")

# agreement nouns; the group "head" is what the agreement's kind is read from
_HEAD_EN = (r"memorand(?:um|a)\s+of\s+understanding|memorand(?:um|a)|mous?|agreements?|accords?|deals?|pacts?|"
            r"treat(?:y|ies)|letters?\s+of\s+intent|joint\s+(?:declaration|statement|communiqu[eé])|protocol|"
            r"convention|framework\s+(?:agreement|accord)|arrangement")
_HEAD_ES = (r"memor[aá]nd(?:um|o)s?(?:\s+de\s+entendimiento)?|acuerdos?|convenios?|tratados?|pactos?|"
            r"cartas?\s+de\s+intenci[oó]n|declaraci[oó]n\s+conjunta|comunicado\s+conjunto|protocolo|convención")
# a determiner, then up to four modifiers that are not clause words ("a 10-year defence cooperation")
_NP = {
    "en": re.compile(r"\b(?:(?:an?|the|its|their|this|that|new|landmark|historic|bilateral)\s+)?(?P<mods>(?:(?!(?:that|which|who|"
                     r"with|between|by|to|and|or|of|on|in|for|was|were|is|are|has|have|had)\b)[\w-]+\s+){0,4}?)"
                     rf"(?P<head>{_HEAD_EN})\b", re.I),
    "es": re.compile(r"\b(?:(?:un|una|el|la|los|las|su|sus|dicho|dicha|este|esta|nuevo|nueva)\s+)?(?P<mods>(?:(?:nuevo|nueva|"
                     r"amplio|amplia|histórico|histórica|bilateral|estratégico|estratégica|militar|primer|\d+)\s+){0,3})"
                     rf"(?P<head>{_HEAD_ES})\b", re.I),
}
# an agreement still to be made is not one ("a draft accord", "el posible acuerdo")
_NOT_YET_NP = re.compile(r"\b(?:draft|proposed|planned|possible|potential|future|prospective|eventual|hypothetical|"
                         r"borrador|posible|futuro|futura|eventual|propuesto|propuesta|hipotético)\b", re.I)

# signing and joining, finite or participle (no bare infinitive: "to sign" is a plan)
_VERB = {
    "en": re.compile(r"\b(?:signed(?:\s+off\s+on)?|signs|inked|inks|sealed|seals|concluded|concludes|initial(?:l)?ed|clinched|"
                     r"clinches|struck|strikes|reached|reaches|finali[sz]ed|ratified|ratifies|renewed|renews|extended|"
                     r"extends|agreed(?:\s+(?:on|upon))?|acceded\s+to|accedes\s+to|joined|joins|entered\s+into)\b", re.I),
    "es": re.compile(r"\b(?:firm(?:ó|aron|a|an)|(?:ha|han|había|habían|hubo)\s+(?:firmado|suscrito|rubricado|sellado)|"
                     r"suscribi(?:ó|eron)|suscribe|suscriben|rubric(?:ó|aron|a|an)|sell(?:ó|aron)|cerr(?:ó|aron)|"
                     r"conclu(?:yó|yeron)|alcanz(?:ó|aron)|ratific(?:ó|aron)|renov(?:ó|aron)|prorrog(?:ó|aron)|"
                     r"se\s+adhiri(?:ó|eron)|acord(?:ó|aron)|pact(?:ó|aron)|"
                     r"(?<=que\s)(?:firmara|firmaran|suscribiera|suscribieran|rubricara|rubricaran|sellara|sellaran))\b", re.I),
}
_SIGN_PROPER = re.compile(r"(?:signed|signs|inked|inks|initial|firm|suscrib|rubric|(?:ha|han|había|habían|hubo)\s+(?:firm|suscr|rubr))",
                          re.I)
# "the signing of", "la firma del": the act named as a noun
_NOMINAL = {
    "en": re.compile(r"\b(?:signing|conclusion|inking|sealing|ratification)\s+(?:ceremony\s+)?(?:of|for)\s+", re.I),
    "es": re.compile(r"\b(?:firma|suscripción|rúbrica|ratificación)\s+(?:de(?:l)?\s+|de\s+(?:un|una|el|la)\s+)", re.I),
}
# a participle after the agreement dates a past one: "a treaty signed in 1951", "un acuerdo firmado en 2019"
_PARTICIPLE = {
    "en": re.compile(r"^\s*,?\s*(?:which\s+was\s+|that\s+was\s+)?(?:signed|inked|sealed|concluded|agreed)\s+(?:(?:in|on)\s+|back\s+in\s+)", re.I),
    "es": re.compile(r"^\s*,?\s*(?:que\s+fue\s+)?(?:firmad[oa]|suscrit[oa]|rubricad[oa]|sellad[oa])\s+(?:en|el)\s+", re.I),
}
# what makes a signing not (yet) a fact: plans, requests, talks, refusals, exits, futures
_BLOCK = {
    "en": re.compile(r"\b(?:not|never|no|n['’]t|failed|refus\w*|declin\w*|walk\w*\s+away|pull\w*\s+out|withdr[ae]w\w*|withdrawn|"
                     r"quit|abandon\w*|scrap\w*|suspend\w*|tore\s+up|tear\s+up|cancel\w*|terminat\w*|expected|could|would|may|might|"
                     r"should|will|shall|plan\w*|intend\w*|hope\w*|seek\w*|sought|aim\w*|want\w*|ready|set\s+to|due\s+to|poised|"
                     r"prepar\w*|talks?|negotiat\w*|discuss\w*|consider\w*|explor\w*|push\w*|urg\w*|press\w*|call\w*\s+(?:on|for)|"
                     r"ask\w*|demand\w*|if|whether|unless|yet\s+to|ahead\s+of|upcoming|before\s+signing|to\s+sign|"
                     r"to\s+(?:ink|seal|conclude|join|ratify|renew|reach|strike)|nearing|close\s+to|allegedly)\b", re.I),
    "es": re.compile(r"\b(?:no|nunca|jamás|ni|se\s+neg\w*|rechaz\w*|se\s+retir\w*|retir\w*|abandon\w*|suspend\w*|suspendi\w*|"
                     r"cancel\w*|rompi\w*|denunci\w*|podr\w*|pudiera\w*|deber\w*|firmará\w*|firmaría\w*|suscribirá\w*|"
                     r"va\s+a|van\s+a|iba\s+a|planea\w*|prev[eé]\w*|previst\w*|pretend\w*|busca\w*|quiere\w*|espera\w*|"
                     r"negoci\w*|conversaciones|diálogo|propuest\w*|borrador|pid\w*|inst\w*|exig\w*|presion\w*|si|para\s+firmar|"
                     r"a\s+firmar|de\s+firmar|antes\s+de\s+(?:la\s+)?firma\w*|próxim\w*|supuest\w*|presunt\w*)\b", re.I),
}
# the clause a reading stays inside
_CLAUSE_END = re.compile(r"[;:]|\.\s|,\s+(?:but|while|whereas|although|pero|mientras|aunque)\b|\s[—–]\s")
_PREP_BEFORE = re.compile(r"\b(?:of|from|in|at|to|for|against|on|over|into|with|like|than|de|del|en|a|al|para|contra|"
                          r"con|desde|hacia|sobre|como)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", re.I)
_GOV_OF = re.compile(r"\b(?:government|authorities|administration|gobierno|autoridades|administración)\s+(?:of|de)\s+"
                     r"(?:the\s+|la\s+|el\s+)?$", re.I)
_LIST = re.compile(r"⟦\d+⟧(?:\s*,\s*(?:the\s+|el\s+|la\s+)?⟦\d+⟧)*(?:\s*,?\s*(?:and|y|e)\s+(?:the\s+|el\s+|la\s+|los\s+)?⟦\d+⟧)?")
_WITH = re.compile(r"\b(?:with|con)\s+(?:(?:the|el|la|los|las)\s+)?(?:(?:his|her|its|their|su|sus)\s+(?:[\w-]+\s+){0,2}?"
                   r"(?:counterparts?|homólog[oa]s?)\s*,?\s*)?(?:(?:government|gobierno|authorities|autoridades)\s+"
                   r"(?:of|de)\s+(?:the\s+|la\s+|el\s+)?)?⟦(\d+)⟧", re.I)
_WITH_WORD = re.compile(r"\b(?:with|con)\b", re.I)
_BETWEEN = re.compile(r"\b(?:between|entre)\s+(?:(?:the|el|la|los|las)\s+)?(?P<list>⟦\d+⟧(?:\s*,\s*(?:the\s+|el\s+|la\s+)?⟦\d+⟧)*"
                      r"\s*,?\s*(?:and|y|e)\s+(?:the\s+|el\s+|la\s+|los\s+)?⟦\d+⟧)", re.I)
# "by A, <who A is>, and B, <who B is>": signatories; stops at "alongside", "in the presence of", ...
_BY = re.compile(r"\b(?:by|por)\s+", re.I)
_BY_STOP = re.compile(r"\b(?:alongside|in\s+the\s+presence|witnessed|while|who|which|after|before|junto\s+a|junto\s+con|"
                      r"en\s+presencia|ante|mientras|tras|que|quien|quienes|durante|during)\b|[;(]", re.I)
_SAY = re.compile(r"\b(?:said|says|told|announced|reported|dijo|afirmó|informó|anunció|aseguró|señaló)\b", re.I)


@dataclass
class Reading:
    """One signing read off a sentence: slot indices by role, and the skeleton span it covers."""

    head: str
    span: tuple[int, int]
    subj_pos: int
    parties: list[int] = field(default_factory=list)
    signers: list[int] = field(default_factory=list)
    partners: list[tuple[int, tuple[int, int]]] = field(default_factory=list)  # "with X" + its own date span
    signs: bool = False  # the verb is one of signing proper (sign, ink, initial, firmar, suscribir, rubricar)
    signed: bool = False  # ... or the accord "was signed"/"fue firmado": its date is the signing's
    definite: bool = False  # "the pact", "el acuerdo", "dicho memorando": may be the document's agreement
    name: str | None = None  # "the Paris Agreement", "el Tratado de Tlatelolco": an agreement with a name of its own


# a name after the head: "Treaty on the Non-Proliferation of Nuclear Weapons", "Acuerdo de Escazú"
_NOT_NAME = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
             r"August|September|October|November|December)\b)")
_NAME_TAIL = re.compile(rf"\s+(?:on|of|for|de|del|sobre|para)\s+(?:(?:the|la|el|los|las)\s+)?{_NOT_NAME}[A-ZÁÉÍÓÚ][\w’'-]*"
                        rf"(?:\s+(?:(?:of|on|and|for|the|de|del|y|e|la|el|los|las|para)\s+)*{_NOT_NAME}[A-ZÁÉÍÓÚ][\w’'-]*)*")


def _name(skel: str, np: re.Match) -> str | None:
    """The agreement's own name when the text gives one in capitals ("the Paris Agreement",
    "the Treaty of Asunción", "el Acuerdo de Escazú"), else None."""
    head = np.group("head")
    if not head[:1].isupper():
        return None
    mods = (np.group("mods") or "").split()
    caps: list[str] = []  # the capitalised words right before the head ("joined the Escazú Agreement")
    for w in reversed(mods):
        if not (w[:1].isupper() or w[:1].isdigit()):
            break
        caps.insert(0, w)
    tail = _NAME_TAIL.match(skel, np.end())
    if caps and np.start() + skel[np.start():].find(caps[0]) > 0:
        return " ".join(caps + [head] + ([tail.group().strip()] if tail else []))
    mods = caps
    if tail and not mods:
        return f"{head} {tail.group().strip()}"
    return None


def kind_of(head: str) -> str:
    h = head.lower()
    if re.search(r"memor|\bmou", h):
        return "memorandum of understanding"
    if re.search(r"treat|tratado", h):
        return "treaty"
    if re.search(r"intent|intenci", h):
        return "letter of intent"
    return re.sub(r"\s+", " ", h.rstrip("s") if h.endswith(("accords", "deals", "pacts", "agreements")) else h)


def _clause(skel: str, at: int) -> tuple[int, int]:
    start = 0
    for m in _CLAUSE_END.finditer(skel, 0, at):
        start = m.end()
    m = _CLAUSE_END.search(skel, at)
    return start, (m.start() if m else len(skel))


def _subjects(skel: str, cs: int, v: int) -> tuple[list[int], int]:
    """The slot list that is the clause's subject: the last list before the verb that no
    preposition governs ("the ministers of A" is not A signing), with only adverbials between."""
    region = skel[cs:v]
    best = None
    for m in _LIST.finditer(region):
        best = m
    if best is None:
        return [], v
    fill = region[best.end():]
    if SLOT.search(fill) or len(fill) > 70 or re.search(r"\b(?:that|which|who|whom|que|quien|quienes|cuyo)\b", fill, re.I) \
            or _SAY.search(fill):
        return [], v
    before = region[:best.start()]
    if _PREP_BEFORE.search(before) and not _GOV_OF.search(before):
        return [], v
    return [int(x) for x in SLOT.findall(best.group())], cs + best.start()


def _by_list(skel: str, at: int, end: int) -> list[int]:
    m = _BY.search(skel, at, end)
    if not m or m.start() - at > 60:
        return []
    stop = _BY_STOP.search(skel, m.end(), end)
    return [int(x) for x in SLOT.findall(skel[m.end():stop.start() if stop else end])]


# a cheap test first: most sentences name no agreement, and the noun-phrase regex is the costly part
_ANY_HEAD = {"en": re.compile(rf"\b(?:{_HEAD_EN})\b", re.I), "es": re.compile(rf"\b(?:{_HEAD_ES})\b", re.I)}


def _noun_phrases(skel: str, lang: str):
    """The agreement noun phrases, found from their heads: the phrase regex runs only on the few
    words before each head (measured: a scan of the whole sentence was most of this module's cost)."""
    end = 0
    for h in _ANY_HEAD[lang].finditer(skel):
        if h.start() < end:
            continue
        for np in _NP[lang].finditer(skel, max(end, h.start() - 80), h.end()):
            if np.end() == h.end():
                end = np.end()
                yield np
                break


def readings(skel: str, lang: str) -> list[Reading]:
    lang = lang if lang in _NP else "en"
    if not _ANY_HEAD[lang].search(skel):
        return []
    out: list[Reading] = []
    for np in _noun_phrases(skel, lang):
        if _NOT_YET_NP.search(np.group("mods") or "") or _NOT_YET_NP.search(skel, max(0, np.start() - 12), np.start()):
            continue
        hs = np.start("head")  # the modifiers may have swallowed the verb ("clinched a free trade deal")
        cs, ce = _clause(skel, np.start())
        # the act: a verb before the noun phrase in its clause, "the signing of" right before it,
        # or a participle right after it
        verbs = [v for v in _VERB[lang].finditer(skel, cs, hs)]
        verb = verbs[-1] if verbs else None
        nominal = None
        for nm in _NOMINAL[lang].finditer(skel, max(cs, hs - 60), hs):
            if nm.end() >= hs - 45:
                nominal = nm
        part = _PARTICIPLE[lang].match(skel[np.end():ce])
        passive = re.match(r"\s*,?\s*(?:(?:was|were|has\s+been|had\s+been|fue|fueron|ha\s+sido|había\s+sido)\s+)?"
                           r"(?:signed|inked|sealed|concluded|initial(?:l)?ed|firmad[oa]s?|suscrit[oa]s?|rubricad[oa]s?|"
                           r"sellad[oa]s?)\b", skel[np.end():ce], re.I)
        if verb is None and nominal is None and part is None and passive is None:
            continue
        if verb is not None and re.search(r"\b(?:that|which|who|whose|que|cual|quien|cuyo|cuya)\b", skel[verb.end():hs], re.I):
            verb = None  # "signed a letter that criticises the accord": the accord is not what was signed
        if verb is not None and hs - verb.end() > 70:
            verb = None  # too far to govern the noun phrase
            if not (nominal or part or passive):
                continue
        act = verb.start() if verb is not None else (nominal.start() if nominal else np.end())
        subj, subj_pos = _subjects(skel, cs, act) if verb is not None else ([], act)
        if part is not None and verb is None and not subj:
            # "A and B are bound by a treaty signed in 1951": the clause's subject list
            subj, subj_pos = _subjects(skel, cs, np.start())
        r = Reading(head=np.group("head"), span=(min(subj_pos, act), np.end()), subj_pos=min(subj_pos, act))
        r.parties = list(subj)
        r.signs = verb is not None and bool(_SIGN_PROPER.match(verb.group()))
        r.signed = r.signs or passive is not None
        r.name = _name(skel, np)
        r.definite = bool(re.match(r"(?:the|this|that|el|la|este|esta|dicho|dicha)\b", np.group(), re.I))
        tail_end = min(ce, np.end() + 120)
        for bm in _BETWEEN.finditer(skel, cs, tail_end):
            r.parties += [int(x) for x in SLOT.findall(bm.group("list"))]
        withs = [w for w in _WITH.finditer(skel, act, tail_end)]
        for k, w in enumerate(withs):
            nxt = withs[k + 1].start() if k + 1 < len(withs) else tail_end
            r.partners.append((int(w.group(1)), (w.start(), nxt)))
        if passive is not None or nominal is not None:
            r.signers = _by_list(skel, np.end(), ce)
        end = np.end() + (part.end() + 25 if part is not None else 0)  # the participle's date ("signed in 1951")
        r.span = (r.span[0], min(len(skel), max(end, *(p[1][1] for p in r.partners)) if r.partners else end))
        # the verb group and the noun phrase: no plan, request, refusal or exit among them
        scope = skel[max(cs, r.subj_pos):np.end()]
        if verb is not None and np.start() < verb.start():
            scope = skel[max(cs, r.subj_pos):verb.start()] + " " + skel[verb.start():np.end()]
        if _BLOCK[lang].search(scope) or _BLOCK[lang].search(skel[cs:r.subj_pos][-40:]):
            continue
        if part is not None and verb is None and re.search(r"\b(?:withdr\w*|left|quit|abandon\w*|se\s+retir\w*|salió)\b",
                                                            skel[cs:np.start()], re.I):
            continue
        out.append(r)
    return out


def signing_claims(skel: str, slots: list, base: dict, ctx: dict, lang: str, pub: str | None, *,
                   party_of, make_agreement, pick_date, background, known: list[Claim] = (),
                   agreements: dict | None = None) -> list[Claim]:
    """Claims (PARTY_TO, SIGNED, SIGNED_MOU_WITH between states for a memorandum) for the
    signings `readings` finds. party_of(mention, on) -> the state/group a mention signs for;
    make_agreement(a, b, head, date, parties) -> Agreement; pick_date(skel, span, excluded) -> date.
    `known`: the claims the rules already made for this sentence (their agreements are not read again)."""
    out: list[Claim] = []
    read: dict[str, set] = {}
    for c in known:
        if c.predicate == "PARTY_TO":
            read.setdefault(c.object, set()).add(c.subject)
    signed = {c.subject for c in known if c.predicate == "SIGNED"}
    agreements = agreements if agreements is not None else {}
    if read and len(_WITH_WORD.findall(skel)) < 2:
        return out  # the rules read this sentence's agreement; only a second partner ("and with B") adds one
    for r in readings(skel, lang):
        if not (r.parties or r.signers or r.partners):
            continue  # no actor in a role: nothing to date or assess
        # cheap test first (dates and modality are the costly part): two sides, a named agreement or a signatory
        sides = {party_of(slots[i], pub) for i in r.parties + r.signers + [p for p, _ in r.partners] if i < len(slots)}
        sides.discard(None)
        if len(sides) < 2 and not r.name and not any(
                i < len(slots) and slots[i].entity.startswith("official:") for i in r.parties + r.signers):
            continue
        if len(r.partners) < 2 and any(sides <= have for have in read.values()):
            continue  # the rules read this agreement already
        ass = modality.assess(skel, r.span[0], r.span[1], r.subj_pos, lang)
        if ass.polarity != "positive" or ass.modality not in ("asserted", "reported"):
            continue
        common = dict(base, modality=ass.modality, polarity="positive", rule=f"{lang}.agreements.clause")
        if len(sides) < 2 and not r.name and not ctx.get("last_agreement"):
            # signatories of an agreement not read yet: dated only if one is read later (dates are costly)
            if read or (r.partners and not {party_of(slots[i], pub) for i in r.parties + r.signers if i < len(slots)} - {None}):
                continue  # the rules' agreement of this sentence, or a partner that is no party
            for i in r.signers if not r.signs else dict.fromkeys(r.parties + r.signers):
                if i < len(slots) and slots[i].entity.startswith("official:") and slots[i].entity not in signed:
                    ctx.setdefault("pending_signers", []).append((slots[i].entity, dict(
                        common, rule=f"{lang}.agreements.signed_by"), (pick_date, skel, r.span, ass.excluded)))
            continue
        date = pick_date(skel, r.span, ass.excluded) or ctx.get("entry_day")  # a live blog's entry: that day
        on = date or pub

        def side(i):
            return party_of(slots[i], on) if i < len(slots) else None

        # a person signs only by a verb of signing ("reached a deal", "joined the pact" is for states)
        signers = [i for i in dict.fromkeys((r.parties if r.signs else []) + r.signers) if i < len(slots)
                   and slots[i].entity.startswith("official:")]
        by = r.signers
        if r.definite and ctx.get("last_agreement") and not r.parties and not r.partners:
            # "The pact was signed by officials of both governments": the document's agreement, whose
            # parties are known; "both governments" is no new pair of parties
            by = [i for i in by if slots[i].kind != "pair"]
        own = [p for p in dict.fromkeys(side(i) for i in r.parties + by) if p]
        # one agreement per partner named with its own "with" ("with A in 2022 and with B a year later")
        groups: list[tuple[list[str], str | None]] = []
        if r.partners and len(own) == 1:
            for pi, pspan in r.partners:
                p = side(pi)
                if p and p != own[0]:
                    # several partners: each its own date phrase ("... and with B a year later")
                    d = (pick_date(skel, pspan, None) or date) if len(r.partners) > 1 else date
                    groups.append(([own[0], p], d))
        elif len(own) >= 2:
            groups.append((own, date))
        elif r.partners and not own:
            continue
        if not groups and r.name and len(own) == 1 and not r.partners:
            # "Colombia joined the Escazú Agreement": a party to an agreement known by its name
            aid = "agreement:" + ids.slug(r.name)
            if aid not in agreements:
                agreements[aid] = Agreement(id=aid, name=r.name, title=r.name, kind=kind_of(r.head))
            ctx["last_agreement"] = aid
            kw = dict(common, date=date)
            out.append(Claim(predicate="PARTY_TO", subject=own[0], object=aid, **kw))
            out.extend(Claim(predicate="SIGNED", subject=slots[i].entity, object=aid, **kw) for i in signers)
            continue
        groups = [(ps, d) for ps, d in groups if not any(set(ps) <= have for have in read.values())]
        signers = [i for i in signers if slots[i].entity not in signed]
        if not groups and read:
            continue
        if not groups:
            ag = ctx.get("last_agreement")
            if signers:
                # "The deal was signed by A and B": the document's agreement, now or once it is read
                for i in signers:
                    kw = dict(common, date=date or ctx.get("last_agreement_date"), rule=f"{lang}.agreements.signed_by")
                    if ag:
                        if i in r.signers:  # "signed by A and B"; "A signed the deal" may be another deal (measured)
                            out.append(Claim(predicate="SIGNED", subject=slots[i].entity, object=ag, **kw))
                    else:
                        ctx.setdefault("pending_signers", []).append((slots[i].entity, kw, None))
            continue
        for parties, d in groups:
            dated = ctx.setdefault("dated_agreements", {})
            # the same parties' agreement read earlier in the document is this one, unless this
            # sentence dates a new one ("a new pact" in another year): signed once, dated once
            prefix = "agreement:" + ids.slug(" ".join(sorted(p.split(":")[1] for p in parties))) + "-"
            earlier = [a for a in agreements if a.startswith(prefix) and a[len(prefix):].isdigit()]
            # (measured: a "signed by" reference naming "the text"/"el documento" gave a wrong signatory, so
            # only agreement nouns are read)
            if earlier and (r.definite or not d or any(d.startswith(a[len(prefix):]) for a in earlier)):
                ag = agreements[earlier[-1]]
                # "The memorandum was signed ... on July 20, 2023": the reference's own date signs
                # the accord read undated before (not the report's day it fell back on)
                # (a verb of signing proper only: another verb's date, "takes effect on July 1", is not it)
                d = dated.get(ag.id) or (d if r.signed else None)
                if d and not dated.get(ag.id) and (ag.date is None or ag.date == pub):
                    ag.date = d
            else:
                agr_date = d or (None if background(base["quote"]) else pub)
                ag = make_agreement(parties[0], parties[1], r.head, agr_date, parties if len(parties) > 2 else None)
            ctx["last_agreement"] = ag.id
            if r.name and r.name not in ag.aliases:
                ag.aliases = sorted({*ag.aliases, r.name})  # "the Mutual Defense Treaty": found by its name too
            if d:
                dated.setdefault(ag.id, d)
            kw = dict(common, date=dated.get(ag.id) or d or ag.date)  # undated news: the report's day, as its Agreement
            ctx["last_agreement_date"] = dated.get(ag.id)
            for p in parties:
                out.append(Claim(predicate="PARTY_TO", subject=p, object=ag.id, **kw))
            if kind_of(r.head) == "memorandum of understanding" and len(parties) == 2 \
                    and all(p.startswith("state:") for p in parties):
                out.append(Claim(predicate="SIGNED_MOU_WITH", subject=parties[0], object=parties[1],
                                 props={"agreement": ag.id}, **kw))
            if len(groups) == 1:
                for i in signers:
                    out.append(Claim(predicate="SIGNED", subject=slots[i].entity, object=ag.id, **kw))
    return out


def pending(ctx: dict, agreements: dict) -> list[Claim]:
    """Signatories named before their agreement ("Who signed it: A and B" above the story):
    theirs is the document's agreement when it has exactly one."""
    waiting = ctx.get("pending_signers") or []
    if not waiting or len(agreements) != 1:
        return []
    (aid, ag), = agreements.items()
    on = (ctx.get("dated_agreements") or {}).get(aid)  # the date a sentence gave its signing, not a fallback
    out = []
    for who, kw, later in waiting:
        date = kw.get("date") or (later[0](*later[1:]) if later else None)
        out.append(Claim(predicate="SIGNED", subject=who, object=aid, **dict(kw, date=date or on)))
    return out


