"""Modality (asserted, reported, alleged, speculative, denied) and attribution of a claim.

Works on the sentence skeleton (mentions replaced by ⟦k⟧ slots, see relations.py) and
the span of the rule match in it. Cues are per language; the scope is kept local
(negation and hedges between the subject and the end of the match; attribution in a
leading "according to X," / "X said that" or a trailing ", X said.") so that
"a move the sources said the U.S. advocated" does not make the whole sentence reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders import literals

SLOT = literals.compile(r"⟦(\d+)⟧")

# after "claims"/"claimed": a group taking credit ("claimed the attack", "claims responsibility for") is no
# allegation of what follows (the "alleged" and "say" cues both stop there)
_NOT_CREDIT = r"(?!\s+(?:(?:the|a|an|its|their|his|her|joint)\s+)?(?:\w+\s+)?(?:responsibility|credit|attacks?|bombings?|strikes?|assaults?|killings?|ambush(?:es)?|kidnappings?|blasts?|explosions?|raids?|shootings?|massacres?|assassinations?|hijackings?)\b(?!\s+(?:was|were|is|are|had|has|came|originated|involved|had been)\b))"

_CUES = {
    "en": {
        # "no" as a determiner inside the verb group: "has signed no agreement with", "supplied no arms to"
        # "stopped funding X", "ceased hosting": the backing is over, no standing tie ("stopped
        # recognizing X" is itself a severance, read by the rules, so only backing verbs here)
        "neg": r"\b(?:not|never|nor|n['’]t|no longer|refused to|declined to|failed to|yet to|without|(?:stop(?:ped|s|ping)?|f[ae]ll(?:s|ing)?)\s+short\s+of|refrain(?:ed|s|ing)?\s+from|h[eo]ld(?:s|ing)?\s+off(?:\s+on)?|no(?!\.?\s*\d)(?!\s+doubt)|(?:stopped|ceased|quit)\s+(?:funding|financing|arming|training|backing|supporting|hosting|harbou?ring|sheltering|sponsoring|protecting|aiding))\b",
        "deny": r"\b(?:denied|denies|deny|denying|ruled out|rules out|ruling out|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\b",
        # a negative finding before a that-clause: "found no evidence that", "there is no indication that",
        # "the report does not show that": the writer's or investigators' denial, not a claim reported
        "nofind": r"\b(?:no\s+(?:(?:credible|hard|firm|clear|concrete|official|independent)\s+)?(?:evidence|indication|sign|proof|record|confirmation|trace)s?\s+(?:that|of)|nothing\s+to\s+(?:suggest|indicate|show)"
                  r"|(?:does|did|do)\s+not\s+(?:show|prove|establish|demonstrate)\s+that)\b",
        "spec": r"\b(?:(?-i:may)|might|could|would|should|possibly|possible|possibility|likely|unlikely|potential|potentially|perhaps|considering|mulling|weighing|plans? to|planning to|intends? to|intention|seeks? to|seeking to|sought to|expected to|poised to|if|whether|hopes? to|wants? to|aims? to|threatens? to|threatened to|threatening to|proposed|proposal|candidates? for)\b",
        # ("claimed the attack", "claims responsibility for": a group taking credit, no allegation of what follows)
        "alleged": r"\b(?:alleged|allegedly|allege|alleges|alleging|allegations?|accuse|accused|accuses|accusing|accusations?|(?:claims?|claimed|claiming)" + _NOT_CREDIT + r"|purported|purportedly|suspected|supposedly|reportedly accused|charged|believed to|thought to)\b",
        "reported": r"\b(?:reportedly|is said to|are said to|was said to|were said to)\b",
        "say": r"(?:said|says|say|told|accused|accuses|tell|reported|reports|report|added|noted|stated|states|argued|argues|believes?|believed|wrote|writes|confirmed|confirms|announced|announces|disclosed|revealed|explained|warned|insisted|indicated|alleges?|alleged|(?:claimed|claims)" + _NOT_CREDIT + r"|describe|describes|described|view|views|viewed|point to|points to|pointed to|cited|cite|cites|adds|found|finds|concluded|concludes|determined|determines|estimated|estimates|assessed|assesses|documented|documents)",
        # ("citing" names a source, not a reason: "citing two officials", "citing Reuters" yes, "citing the crackdown" no)
        "acc": r"(?:according to|as reported by|citing(?=\s+(?:⟦|(?:an?\s+|the\s+|two\s+|three\s+|several\s+|unnamed\s+|anonymous\s+|senior\s+|"
               r"\d+\s+)*(?:[\w-]+\s+){0,2}(?:sources?|officials?|people|persons|diplomats?|documents?|reports?|intelligence|"
               r"media|witnesses|analysts|data|records|a\s+statement|statements)\b)))",
        "that": r"(?:that\s+)?",
    },
    "es": {
        "neg": r"\b(?:no|ni|nunca|jamás|tampoco|se negó a|se niega a|se abstuvo de|se abstuvieron de|se abstiene de|se abstienen de|sin|dej(?:ó|aron|a|an|ar|ará|arán|aría|arían|ado)\s+de\s+(?:financiar|armar|entrenar|apoyar|respaldar|albergar|acoger|proteger|patrocinar|amparar|cobijar))\b",
        "deny": r"\b(?:negó|niega|negaron|niegan|descartó|descarta|descartaron|rechazó|rechaza|rechazaron|desmintió|desmiente|desmintieron"
                r"|(?:ha|han|había|habían)\s+(?:negado|descartado|rechazado|desmentido))\b",
        "nofind": r"\b(?:(?:no\s+(?:hay|había|existen?|existía|encontr\w+|hall\w+)|sin|ningún|ninguna)\s+(?:\w+\s+)?(?:pruebas?|indicios?|evidencias?|señales?|constancias?|registros?|confirmaci[óo]n|rastros?)\s+(?:algun[oa]\s+)?de\s+que"
                  r"|nada\s+(?:indica|sugiere|prueba)\s+que|no\s+(?:consta|constaba|está\s+acreditado|ha\s+quedado\s+acreditado)\s+que)\b",
        "spec": r"\b(?:podría|podrían|podrá|podrán|pudiera|pudieran|posible|posiblemente|posibilidad|probable|probablemente|quizás|quizá|tal vez|considera\s+\w+(?:ar|er|ir)|consideran\s+\w+(?:ar|er|ir)|estudia|estudian|evalúa|evalúan|planea|planean|pretende|pretenden|busca|buscan|buscaba|si|eventual|eventualmente|propuesta|candidatos?|amenaz\w*\s+con|prevé|prevén|baraja|barajan)\b",
        "alleged": r"\b(?:presunt\w+|supuest\w+|acusad\w+|acusa|acusan|acusó|acusaron|acusaciones?|denuncia|denunció|denunciaron|señalad\w+(?!\s+(?:en|por)\s+(?:el|la)\s+(?:decreto|lista|listado|resolución|orden|medida))|alega|alegó|alegan|afirma(?:n)? sin pruebas)\b",
        "reported": r"\b(?:según informes|según reportes|habría|habrían)\b",
        "say": r"(?:dijo|dice|dicen|dijeron|alerta(?:n|ron|ó)?(?:\s+(?:de|sobre))?|advierte(?:n)?(?:\s+(?:de|sobre))?|afirmó|afirma|afirmaron|aseguró|asegura|aseguraron|informó|informa|informaron|señaló|señala|indicó|indica|agregó|añadió|sostuvo|sostiene|declaró|explicó|advirtió|reveló|reportó|reporta|publicó|confirmó|denunció|acusó|alegó|considera|consideran|cree|creen|añade|añaden|agrega|agregan|concluye|concluyó|concluyeron|determinó|estima|estimó|constató|constata|halló|detalla|detalló|documentó|afirman|aseguran)",
        "acc": r"(?:según|de acuerdo con|citando a)",
        "that": r"(?:que\s+)?",
    },
}


@dataclass
class Assessment:
    modality: str
    polarity: str
    attributed_to: int | None  # slot index of the claimant
    attribution: str | None  # the claimant's words (skeleton text, slots restored by caller)
    excluded: tuple[int, int] | None  # skeleton span of the attribution clause (dates there are not the event's)
    threat: bool = False  # the act is only threatened ("threatened to add X to its list"): no act, no plan




def _compiled(lang: str) -> dict[str, re.Pattern]:
    cache = _compiled.__dict__.setdefault("cache", {})
    if lang not in cache:
        c = _CUES[lang]
        say, acc, that = c["say"], c["acc"], c["that"]
        cache[lang] = {
            "neg": re.compile(c["neg"], re.I),
            "deny": re.compile(c["deny"], re.I),
            "nofind": re.compile(c["nofind"], re.I),
            "spec": re.compile(c["spec"], re.I),
            "alleged": re.compile(c["alleged"], re.I),
            "reported": re.compile(c["reported"], re.I),
            # "According to X, ..." / "Según X, ..."
            "acc_prefix": re.compile(rf"(?:^|[,;:]\s*|\b){acc}\s+(?P<who>[^,;]{{2,90}}?)\s*,", re.I),
            # ", according to X." / ", según X."
            "acc_suffix": re.compile(rf",?\s*{acc}\s+(?P<who>[^,;.]{{2,90}})", re.I),
            # "X said (that) ..." / "X dijo que ..."
            "say_prefix": re.compile(rf"(?P<who>(?:⟦\d+⟧|[^,;.“”\"]){{2,90}}?)(?:,[^;.“”\"]{{0,80}},)?\s+(?:also\s+|previously\s+|has\s+|have\s+|had\s+)?{say}(?:\s+(?:on|in|last|this)\s+[\w.]+(?:\s+\d+)?)?\s*(?:,\s*)?{that}", re.I),
            # "..., X said (on Monday)." / "..., dijo X."
            "say_suffix": re.compile(rf"[,“”\"]\s*(?P<who>[^,;“”\"]{{2,90}}?)\s+{say}\b(?P<rest>[^⟦]{{0,60}})[.!]?$", re.I),
            "say_word": re.compile(rf"\b{say}\b", re.I),
            "acc_word": re.compile(rf"\b{acc}\b", re.I),
            "say_suffix_es": re.compile(rf"[,“”\"]\s*{say}\s+(?P<who>[^,;.“”\"⟦]{{2,90}}?|⟦\d+⟧)(?P<rest>\s+(?:el|este|ayer|hoy|en|a)\b[^⟦,;]{{0,40}})?[.!]?$", re.I),
        }
        # scanned through loaders.literals (same matches): a cue list's words are looked for
        # before `re` tries its alternatives at every position (0.99 -> 0.76 ms per article)
        cache[lang] = {k: literals.Gated(v) for k, v in cache[lang].items()}
    return cache[lang]


# "the contacts between both countries were minimal": the ties named are denied by what follows
_SCANT_AFTER = literals.compile(
    r"[^⟦.;]{0,30}?\b(?:were|are|was|is|remain(?:ed|s)?|have\s+been|had\s+been|eran|son|era|es|fueron|siguen\s+siendo|"
    r"han\s+sido|habían\s+sido)\s+(?:\w+\s+)?(?:minimal|scant|negligible|non-?existent|virtually\s+non-?existent|"
    r"mínim[oa]s?|escas[oa]s?|nul[oa]s?|inexistentes?|casi\s+inexistentes?|prácticamente\s+inexistentes?)\b", re.I)


# "Claims that X hosts Y camps have not been substantiated", "las acusaciones de que ... no han sido probadas":
# what the sentence reports is said to be unproven after the match
_UNPROVEN_AFTER = literals.compile(
    r"[^⟦.;]{0,60}?\b(?:(?:have|has|had)\s+(?:not|never)\s+been|(?:were|was|are|is)\s+(?:not|never)|remain(?:s|ed)?)\s+"
    r"(?:\w+\s+)?(?:substantiated|proven|confirmed|verified|corroborated|established)\b"
    r"|[^⟦.;]{0,60}?\b(?:no|nunca)\s+(?:(?:han|ha|habían|había)\s+sido|fueron|fue|están|está)\s+(?:probad|confirmad|demostrad|verificad|corroborad)\w*"
    r"|[^⟦.;]{0,60}?\bcarec(?:en|ían|e)\s+de\s+(?:fundamento|pruebas|sustento)"
    # a fact check's verdict on the claim: "Posts claiming X cut ties with Y are false", "la versión de que ... es falsa"
    r"|[^⟦.;]{0,60}?\b(?:is|are|was|were|(?:has|have)\s+(?:been\s+)?(?:proven|shown)(?:\s+to\s+be)?|proved|turned\s+out\s+to\s+be)\s+"
    r"(?:(?:simply|completely|entirely|totally|also|likewise|patently|demonstrably)\s+)?(?:false|untrue|baseless|unfounded|groundless|"
    r"fabricated|fake|a\s+(?:hoax|fabrication|fake)|incorrect|inaccurate|misleading|not\s+true)\b"
    r"|[^⟦.;]{0,60}?\b(?:es|son|era|eran|resultó|resultaron)\s+(?:(?:completamente|totalmente|también)\s+)?"
    r"(?:fals[oa]s?|infundad[oa]s?|inexact[oa]s?|engaños[oa]s?|un\s+bulo|mentira|incorrect[oa]s?)\b", re.I)


# the writer says what follows is false: "It is not true that X ...", "No es cierto que X ...", "Contrary to posts
# claiming that X ...", "Contrariamente a lo que circula en redes, X ...": no claim of the act, a denial of it
_FALSE_FRAME = literals.compile(
    r"\b(?:it\s+is\s+(?:not\s+true|false|untrue|incorrect|inaccurate)|(?:there\s+is\s+)?no\s+truth\s+(?:to|in)\s+(?:the\s+)?"
    r"(?:claims?|reports?|rumou?rs?|posts?|suggestions?)|it\s+is\s+a\s+myth|(?:no|tampoco)\s+es\s+(?:cierto|verdad)|es\s+(?:falso|mentira|un\s+bulo)|"
    r"no\s+hay\s+nada\s+de\s+cierto\s+en)\s+(?:que|that)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$"
    r"|\bcontrary\s+to\s+(?:what\s+)?(?:[\w-]+\s+){0,4}?(?:claims?|claimed|posts?|reports?|rumou?rs?|assertions?|messages?|"
    r"videos?|suggest(?:ions|ed)?|say|said|says)\b[^⟦;]{0,60}?\b(?:that|claiming|saying|suggesting|asserting)\s+(?:the\s+)?$"
    r"|\b(?:contrariamente\s+a|al\s+contrario\s+de|a\s+diferencia\s+de)\s+(?:lo\s+que\s+)?[^⟦;]{0,60}?\b(?:que|afirman|aseguran|dicen|"
    r"circula\w*|sugieren)\s+(?:que\s+)?(?:el\s+|la\s+|los\s+|las\s+)?$", re.I)


# the subject slot followed by an apposition ("⟦X⟧ (ISWAP), the ⟦Y⟧'s affiliate"): background the finding does not deny
_APPOSITION = literals.compile(r"⟦\d+⟧\s*(?:\([^()]{1,40}\)\s*)?,")
def _in_apposition(skel: str, subj_pos: int, match_end: int) -> bool:
    """The match lies inside an apposition to its subject ("no evidence that ⟦X⟧, the ⟦Y⟧'s affiliate, had
    financed ..." reads PART_OF X Y from the apposition): background, not what the finding denies."""
    am = _APPOSITION.match(skel, subj_pos)
    if am is None:
        return False
    close = skel.find(",", am.end())
    return close == -1 or match_end <= close + 1


_CLAIM_FRAME = literals.compile(r"\b(?:claims?|reports?|allegations?|accusations?|suggestions?|rumou?rs?|afirmaci[oó]n(?:es)?|informes?|"
                          r"acusaci[oó]n(?:es)?|denuncias?|versi[oó]n(?:es)?|rumores)\s+(?:de\s+)?(?:that|que)\s+(?:the\s+|el\s+|la\s+)?$", re.I)


# "Neither X nor Y lists Z", "..., nor has Y listed Z", "Ni X ni Y incluyen a Z", "A, pero no B,
# incluyó ...": the negation stands before the subject, so the verb group alone does not show it.
_NEITHER_BEFORE = literals.compile(r"(?:\b(?:neither|nor|ni)\s+(?:(?:has|have|had|did|does|do|is|are|was|were|will|would|can|could)\s+)?"
                             r"|(?:^|,|\bbut|\bpero|\bsino)\s*(?:not|no)\s+)(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", re.I)


# "threatened to add X to its list", "amenazó con romper relaciones": a threat is not the act
_THREAT = {"en": literals.compile(r"\bthreat(?:en|ens|ened|ening)?\s+(?:to|with)\b", re.I),
           "es": literals.compile(r"\bamenaz(?:a|an|ó|aron|aba|aban|ando|ado)\s+con\b", re.I)}
# "Hezbollah was added to the list": a passive "added"/"reported" is no speech verb
_PASSIVE_END = literals.compile(r"\b(?:was|were|been|being|is|are|be|fue|fueron|sido)\s*$", re.I)


# "Sweden, but not Finland, designated ...": the aside negates only the actor inside it.
_CONTRAST_ASIDE = literals.compile(r",\s*(?:but|though|although|pero|aunque)?\s*(?:not|no)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?"
                             r"⟦\d+⟧\s*,", re.I)


_RELATIVE_ASIDE = literals.compile(r",\s*(?:which|who|whose|that|where|que|quien|quienes|cuyo|cuya|el\s+cual|la\s+cual|donde)\b[^,]*,", re.I)


def assess(skel: str, m_start: int, m_end: int, subj_pos: int, lang: str, obj_pos: int | None = None) -> Assessment:
    """Modality of the match skel[m_start:m_end] whose subject slot starts at subj_pos
    (obj_pos: where its object slot starts, when after the subject)."""
    c = _compiled(lang if lang in _CUES else "en")
    match_end = m_end
    # hedges and negation count between the subject and the object (the verb group), not in
    # complements: "pressing Bolivia to expel people it alleges are spies" is not alleged
    inner = skel[subj_pos:obj_pos] if obj_pos and obj_pos > subj_pos else skel[subj_pos:m_end]
    before = skel[:subj_pos]
    # the clause right before the subject: "Bolivia denied that ⟦X⟧ ...", "it is unclear if ⟦X⟧ ..."
    clause_before = re.split(r"[;:]|,\s+(?:but|however|while|pero|aunque|mientras)\b", before)[-1]
    attributed, attribution, excluded = None, None, None
    modality = "asserted"

    # attribution: leading "according to X," or "X said that", trailing ", X said."
    # cheap word checks first: the attribution regexes are only run when a cue is present
    has_acc = c["acc_word"].search(skel) is not None
    has_say = c["say_word"].search(skel) is not None
    for key, present in (("acc_prefix", has_acc), ("say_prefix", has_say)):
        if not present or not before.strip():
            continue
        for am in c[key].finditer(before):
            if key == "say_prefix" and _PASSIVE_END.search(am.group("who")):
                continue
            attributed, attribution, excluded = _who(am.group("who")), am.group("who").strip(), am.span()
    if attribution is None and (has_acc or has_say):
        # a trailing ", X said." scopes over the whole sentence, even when the match runs to its end
        m_end = min(m_end, max(subj_pos + 1, skel.rfind(",", subj_pos)))
        tail = skel[m_end:]
        am = c["acc_suffix"].search(tail) if has_acc else None
        if am:
            attributed, attribution = _who(am.group("who")), am.group("who").strip()
            excluded = (m_end + am.start(), m_end + am.end())
        else:
            am = None
            if has_say:
                am = c["say_suffix"].search(tail) or (c["say_suffix_es"].search(tail) if lang == "es" else None)
            if am and not SLOT.search(am.group("rest") or "") and not _NOT_ATTRIBUTION.search(
                    am.group("who") + " ⟧ " + (am.group("rest") or "")):
                attributed, attribution = _who(am.group("who")), am.group("who").strip()
                excluded = (m_end + am.start(), m_end + am.end())
    if attribution:
        modality = "reported"
        attribution = re.sub(r"^(?:and|but|y|pero|while)\s+", "", attribution, flags=re.I)
    if c["reported"].search(inner) or c["reported"].search(clause_before):
        modality = "reported"
    near_before = clause_before[-50:]
    # a subject after the start of the match: the accusation stands before it ("acusa al grupo de
    # recibir armas de ⟦X⟧", "Accused of funding ⟦Y⟧, ⟦X⟧ ...")
    lead = skel[m_start:subj_pos] if subj_pos > m_start else ""
    if c["alleged"].search(inner) or c["alleged"].search(near_before) or (lead and c["alleged"].search(lead)) \
            or (attribution and c["alleged"].search(skel[excluded[0]:excluded[1]])):
        modality = "alleged"
    if c["spec"].search(inner) or c["spec"].search(clause_before[-60:]) or skel.rstrip().rstrip("*_").rstrip().endswith("?"):
        modality = "speculative"
    threat = bool(_THREAT.get(lang, _THREAT["en"]).search(inner))
    inner = _CONTRAST_ASIDE.sub(" ", _last_verb_phrase(inner, c))
    # a relative clause between the subject and its verb has its own polarity: "Kenya, which has no
    # embassy in Tehran, designated ..." / "Suecia, que no es miembro, incluyó ..." stay positive
    inner = _RELATIVE_ASIDE.sub(" ", inner)
    # a subject after the start of the match (a passive: "X no está proscrito en Y", "X was not
    # listed by Y"): the verb group stands before the subject
    if subj_pos > m_start:
        inner = inner + " " + _RELATIVE_ASIDE.sub(" ", skel[m_start:subj_pos])
    if c["neg"].search(inner) or c["deny"].search(near_before) or c["deny"].search(inner) \
            or _SCANT_AFTER.match(skel, m_end) or _NEITHER_BEFORE.search(clause_before) \
            or (c["nofind"].search(near_before) and not _in_apposition(skel, subj_pos, match_end)) \
            or ((modality in ("alleged", "reported") or _CLAIM_FRAME.search(clause_before))
                and _UNPROVEN_AFTER.match(skel, match_end)) or _FALSE_FRAME.search(clause_before):
        return Assessment("denied", "negative", attributed, attribution, excluded, threat)
    return Assessment(modality, "positive", attributed, attribution, excluded, threat)


# a speech verb after the match that says something of its own ("..., and it confirmed last April that its troops
# fought", "..., a clause that both sides now cite to justify it"): a new statement or a relative clause, no
# attribution of what came before (who ⟧ rest: a relative pronoun in who, a complement opening rest)
_NOT_ATTRIBUTION = literals.compile(r"\b(?:that|which)\b[^⟧]*⟧|⟧\s+(?:[\w-]+\s+){0,3}?(?:that\b|to\s+[a-z]+)", re.I)


def _who(words: str) -> int | None:
    """Slot index of the claimant when the claimant words name an entity."""
    slots = SLOT.findall(words)
    return int(slots[-1]) if slots else None


# "X ruled out severing ties with Y and urged Z ...", "descartaron romper relaciones y pidieron ...":
# a second finite verb phrase joined by and/but/y/pero keeps its own polarity
_VP_JOIN = literals.compile(r"(?:,\s*)?\b(?:and|but|y|pero)\s+(?:(?:also|then|instead|later|también|luego|en\s+cambio|además)\s+)?"
                      r"(?=(?:[a-z]+ed|said|told|sought|made|gave|took|held|[a-záéíóúñ]+(?:ó|aron|ieron|ió))\b)", re.I)
_VERBISH = literals.compile(r"(?:ed|ing|ar|er|ir|ado|ido|ada|ida|ando|iendo)$", re.I)
_FUNCTION = {"to", "the", "a", "an", "having", "been", "be", "haber", "de", "a", "el", "la", "los", "las", "with", "con"}


def _last_verb_phrase(inner: str, c: dict) -> str:
    """The part of the verb group after the last negated/denied verb phrase that a second
    finite verb phrase follows. The first phrase must have a complement of its own (a slot,
    or words ending in a non-verb), so "denied having armed and trained ⟦X⟧" (one shared
    object) stays denied."""
    cue = None
    for key in ("neg", "deny"):
        for m in c[key].finditer(inner):
            if cue is None or m.end() > cue:
                cue = m.end()
    if cue is None:
        return inner
    for j in _VP_JOIN.finditer(inner, cue):
        seg = inner[cue:j.start()]
        words = [w for w in re.findall(r"⟦\d+⟧|[^\W\d_]+", seg) if w.lower() not in _FUNCTION]
        # after a comma one word closes the negated phrase ("su lista de entidades no fiables, y exigió ...")
        need = 1 if j.group().lstrip().startswith(",") else 2
        if len(words) >= need and (SLOT.search(seg) or not _VERBISH.search(words[-1])):
            return inner[j.end():]
    return inner

