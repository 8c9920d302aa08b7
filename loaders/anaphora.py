"""One anaphor resolver for every relation rule: pronouns become actor slots before the rules run.

"Britain proscribed it the same year", "The US Treasury sanctioned him", "Egipto la declaró
organización terrorista", "Rusia le ha entregado cazas": the rules read a construction with a name
("Britain proscribed Hezbollah"); here the anaphor is given the actors it may stand for, as an
`Anaphor` mention (kind "coref"), so every rule (active, passive, relative, lists; every relation
type) reads it like a name. Definite descriptions ("the group", "el país", "the two governments")
are resolved in loaders/actors.py already; sentence-initial subject pronouns and Spanish null
subjects by extract._carry_subject.

The antecedent is picked when a rule has matched, so that the relation's endpoint types decide
between, say, the state and the group of the sentence before ("Britain proscribed Hezbollah.
Canada listed it": only a group can be listed). Candidates come by salience level: this sentence
before the anaphor, then the subject of the sentence before (same paragraph), its other actors,
then the sentence before that. The first level holding a fitting candidate must hold exactly one
(two equally likely antecedents give nothing: a wrong antecedent is a false fact), and the other
argument of the relation is never its own antecedent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders import dates, literals
from loaders.actors import LIST_GAP, Mention

# -- English: object pronouns. Sentence-initial subjects are extract._carry_subject's; a subject
# inside the sentence ("said it would", "after it was listed") is no object: it follows a clause
# word, or an auxiliary follows it. Possessives ("its", "his") are not read, nor "her" before a noun ("urged her government").
_EN = literals.compile(r"(?<=[a-z,] )(?:it|him|them|her(?=\s+(?:to|not|in|on|at|during|over|again|and)\b|\s*[.,;]))\b(?![-’'])")
_EN_GATE = literals.compile(r"\b(?:it|him|them|her)\b")
_EN_CLAUSE_BEFORE = frozenset(
    "that and but or nor because as when while if whether since until although though where so than how why what "
    "said says say told tells believe believes believed think thinks thought claim claims claimed added announced "
    "warned stated noted insisted argued hope hopes hoped fear fears feared knew know knows reported confirmed "
    "suggested suggests argues insist insists expects expected hopes means meant whom who which once unless "
    "makes made make making find finds found".split())
# what follows an object pronoun: punctuation, the sentence's end, or a word that opens a complement
# or an adjunct ("designated it a", "urged it to", "sanctioned him in", "funded it for years", "listed
# it the following year"); a lowercase word else is a verb, and the pronoun its subject
_OBJECT_END = literals.compile(
    r"\s*(?:[.,;:)\"”’'—–-]|$|[A-Z0-9]|(?:a|an|the|as|to|in|on|with|from|for|at|by|into|under|after|before|during|"
    r"since|until|over|through|last|this|next|that|again|too|then|twice|once|and|or|but|because|while|when|even|"
    r"officially|formally|only|both|shortly|soon|years|months|weeks|days|decades|long|early|late|"
    r"persona\s+non\s+grata|terrorists?|"  # (link22: an object complement, "declared him persona non grata")
    r"" + dates.count_words(2, 10, es=False) + r"|several|some|just|almost|nearly|barely)\b)")
_WORD_BEFORE = literals.compile(r"([A-Za-z]+)\W*$")
_WORD_AFTER = literals.compile(r"\W*([A-Za-z]+)")

# -- Spanish: a direct-object clitic before a finite verb ("lo designó", "la ha declarado", "la
# acusa de"), and an indirect one before a supply verb ("le ha entregado cazas"). The verb must
# look finite (a preterite or a compound tense; a closed list of present forms), so that the
# article "la" of "la banda" is never read as a clitic.
_ES_AUX = r"(?:(?:ya|también|además|no|nunca)\s+)?(?:(?:ha|han|había|habían|habría|habrían|hubiera|hubieran)\s+)?"
_ES_PRESENT = (r"(?:designa|declara|incluye|considera|acusa|califica|cataloga|clasifica|describe|define|sanciona|"
               r"financia|apoya|respalda|arma|señala|vincula|tilda|reconoce|proscribe|prohíbe|ilegaliza|mantiene|"
               r"insta|urge|presiona|abastece|provee)n?")
_ES_SUPPLY = (r"(?:(?:vend|suministr|entreg|transfir|transfer|envi|don|proporcion|provey|cedi|facilit)[a-záéíóúñ]*"
              r"(?:ó|aron|ieron|ado|ido)"
              # a standing supply told in the present or imperfect: "le provee armamento", "le vendía cohetes"
              r"|(?:suministr|entreg|proporcion|don|facilit)(?:a|an|aba|aban)|(?:vend)(?:e|en|ía|ían)|envía|envían|enviaba|enviaban"
              r"|provee|proveen|proveía|proveían|transfiere|transfieren)")
_ES_VERB = rf"(?:[a-záéíóúñ]{{2,}}(?:ó|aron|ieron)|[a-záéíóúñ]{{2,}}(?:ado|ido)|{_ES_PRESENT}|{_ES_SUPPLY})"

# a sanction or listing of the person the clitic names (leísmo, "el Reino Unido le incluyó en su lista", "le declaró
# persona non grata"; the indirect object of "le impuso sanciones")
_ES_LISTING = literals.compile(rf"{_ES_AUX}(?:sancion|incluy|impus|congel|declar|design)[a-záéíóúñ]*(?:ó|aron|ieron|ado|ido|o)\b", re.I)
# (prec24: a participle with no auxiliary is a noun the neuter article makes, never a clitic's verb: "pese a lo publicado",
# "lo acordado", "los detenidos"; a clitic stands before a finite verb or an auxiliary: "lo ha publicado")
_ES = literals.compile(rf"\b(?P<c>lo|la|le|los|las|les)\s+(?!(?:(?:ya|también|además|no|nunca)\s+)?[a-záéíóúñ]{{2,}}(?:ad|id)[oa]s?\b)"
                       rf"(?=(?P<v>{_ES_AUX}(?:{_ES_VERB}|impuso|impusieron))\b)", re.I)
# the whole words the matches of _EN_GATE and _ES open with (tests/test_xspeed8.py)
_EN_GATE_WORDS = frozenset({"it", "him", "them", "her"})
_ES_WORDS = frozenset({"lo", "la", "le", "los", "las", "les"})
_ES_REQUEST = literals.compile(r"(?:(?:ha|han|había|habían)\s+)?(?:pid|exig|inst|solicit|reclam|urg|demand|exhort|conmin)"
                         r"[a-záéíóúñ]*(?:ó|ió|aron|ieron|ado|ido|a|an|e|en)\b", re.I)
# neuter "lo" ("lo hizo", "lo que") and verbs of saying take no actor; nor does a signing ("Lo suscribieron X y Y":
# what is signed is a text, never a state or a person)
_ES_NOT_VERB = literals.compile(r"(?:ya\s+|también\s+|no\s+)?(?:(?:ha|han|había|habían)\s+)?(?:hizo|hicieron|dijo|dijeron|explicó|afirmó|aseguró|"
                          r"señaló|recordó|reconoció|confirmó|negó|sabe|saben|sabía|cree|creen|firm\w+|suscri\w+|rubric\w+|"
                          r"sell(?:ó|aron|ado))\b", re.I)
_ES_GENDER = literals.compile(r"\b(el|del|al|un|este|ese|la|una|esta|esa)\s+$", re.I)
_PLACE = literals.compile(r"\b(?:in|into|inside|across|near|at|southern|northern|eastern|western|en|dentro\s+de|cerca\s+de|"
                    r"(?:el\s+)?(?:sur|norte|este|oeste)\s+(?:de|del))\s+(?:the\s+|el\s+|la\s+)?$", re.I)
_OBLIQUE = literals.compile(r"\b(?:with|to|from|against|by|for|on|con|a|al|de|del|desde|hacia|contra|por|para|sobre|entre)\s+"
                      r"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", re.I)
_MASC = frozenset({"el", "del", "al", "un", "este", "ese"})
# the dative "a" of a supply verb: a supply clitic ("le vendió") stands for the one given to before, not the giver
# a supply clitic doubling the receiver its clause names ("le vendió petróleo a Cuba", "les entregó armas a las FARC",
# "le proveía armas a la red del uruguayo": the receiver is that phrase, named or not)
_DOUBLED_DATIVE = literals.compile(r"[^.;,:⟦]{0,90}?\s(?:al\s+[a-záéíóúñ]|(?:a|al)\s+(?:la|el|los|las|su|sus)\s+[a-záéíóúñ]|"
                                   r"(?:a|al)\s+(?:la\s+|el\s+|los\s+|las\s+)?(?-i:[A-ZÁÉÍÓÚ]))", re.I)
_DATIVE = literals.compile(r"\b(?:a|al)\s+(?:la\s+|el\s+|los\s+|las\s+)?$", re.I)

# the clitic's slot moved after its verb group, where the rules read an object: "⟦0⟧ ⟦1⟧ declaró X"
# -> "⟦0⟧ declaró a ⟦1⟧ X" ("a" marks the object as with a name: "declaró a Hamás ...")
_CLITIC_SLOT = literals.compile(rf"(?P<l>⟦\d+⟧(?:(?:,\s*|\s+y\s+)⟦\d+⟧)*)\s+(?!y\s)(?P<v>{_ES_AUX}[a-záéíóúñ]+)", re.I)


@dataclass
class Anaphor(Mention):
    """A pronoun standing for an actor named before; `cands` are (level, entity) by salience."""
    cands: tuple = ()
    clitic: bool = False  # a Spanish clitic: its slot goes after the verb (place_clitics)
    guarded: bool = False  # an unknown name may be its antecedent: no guess beyond its candidates


@dataclass
class Description(Anaphor):
    """A description of a group read by actors.py ("the group", "el movimiento"): its entity, unless
    the relation makes that the other argument; not a pronoun (the rules standing in for pronouns
    do not read it)."""


def resolve(text: str, sents: list, by_sent: list[list[Mention]], g, new_entities: dict) -> dict[int, list[str]]:
    """Adds an Anaphor to by_sent[i] for each pronoun with at least one compatible antecedent
    (document order, so a pronoun may stand for an earlier pronoun's antecedents). Returns the
    sentences where a pronoun may stand for a name no actor covers: there the rules' own
    antecedent guess (the story's main group) is not to be made either: sentence index -> each such
    pronoun with the word before it ("la declaró"), as the rules' skeletons still hold them."""
    blocked: dict[int, list[str]] = {}
    # a description of a group ("the group") stands for its nearest group, or the next most likely when the
    # relation read shows that one is the other argument ("members of X were trained by the group": not X)
    for ms in by_sent:
        for k, m in enumerate(ms):
            if m.alts and type(m) is Mention:
                ms[k] = Description(m.start, m.end, m.entity, m.kind, actor=m.actor,
                                    cands=((0, m.entity),) + tuple((1 + j, e) for j, e in enumerate(m.alts)))
    # one pass over the document per language finds the sentences worth reading (most have no anaphor)
    langs = {s.lang for s in sents}
    # (each pattern tried at its opening words' tokens only, literals.finditer_at_words: same matches)
    hits = sorted({h.start() for rx, words, lang in ((_EN_GATE, _EN_GATE_WORDS, "en"), (_ES, _ES_WORDS, "es"))
                   if lang in langs for h in literals.finditer_at_words(rx, text, words)})
    if not hits:
        return blocked
    k = 0
    for i, s in enumerate(sents):
        while k < len(hits) and hits[k] < s.start:
            k += 1
        if k == len(hits):
            break
        if hits[k] >= s.end:
            continue
        es = s.lang == "es"
        found = _spanish(text, s) if es else _english(text, s)
        if not found:
            continue
        for a, b, want, clitic in found:
            if any(m.start < b and a < m.end for m in by_sent[i]):
                continue  # part of a name or description read already
            if want == "plural":
                # "designated them", "los declaró", "les entregó": every member of the one list it can mean,
                # each a slot ("⟦1⟧ and ⟦2⟧", as for "the two governments"); the relation's types check each
                members = _plural_antecedent(text, sents, by_sent, i, a)
                if members and not es and _ACCUSING_BEFORE.search(text, max(s.start, a - 12), a):
                    # "A and B recalled their envoys, accusing them of ...": the accusers are no antecedent
                    first = next((m for m in by_sent[i] if m.actor), None)
                    if first is not None and first.entity in members \
                            and not _VERB_BEFORE_LIST.search(text, s.start, first.start):
                        members = []  # (the list after a verb, "The Treasury designated A and B, ...", is its object)
                by_sent[i].extend(Anaphor(a, b, e, "pair", cands=((0, e),), clitic=clitic) for e in members)
                continue
            cands, guarded = _candidates(text, sents, by_sent, i, a, want, es, g, new_entities)
            best = min((lv for lv, _ in cands), default=None)
            top = {e for lv, e in cands if lv == best}
            # two equally likely of one kind: nothing, and no rule's own guess either; of different kinds
            # (a state and a group), the relation's endpoint types decide (choose)
            kinds = [_slot_kind(e, g, new_entities) for e in top]
            guarded = guarded or len(kinds) != len(set(kinds))
            if guarded:
                before = _WORD_BEFORE.search(text, max(s.start, a - 30), a)
                after = re.match(r"\s*\S+", text[b:b + 30])
                blocked.setdefault(i, []).append(
                    (text[a:b] + (after.group() if es and after else "")) if es else
                    ((before.group(1) + " " if before else "") + text[a:b]))
            if top and len(kinds) == len(set(kinds)):  # else nothing: a wrong antecedent is a false fact
                by_sent[i].append(Anaphor(a, b, sorted(top)[0], "coref", cands=tuple(cands), clitic=clitic,
                                          guarded=guarded))
        by_sent[i].sort(key=lambda m: m.start)
    return blocked


# an organisation that lists, urges or signs (an IGO, a state agency) fills other slots than an armed group or a
# party does: "The EU designated the Wagner Group. Britain banned it" is Wagner, as the relation's types decide
_BODY_KINDS = frozenset({"IGO", "agency"})


def _slot_kind(eid: str, g, new_entities: dict) -> str:
    kind = eid.split(":")[0]
    if kind == "group" and getattr(g.entities.get(eid) or new_entities.get(eid), "kind", None) in _BODY_KINDS:
        return "body"
    return kind


_EN_ACCUSING = frozenset({"accusing", "charging", "suspecting", "blaming"})
_ACCUSING_BEFORE = literals.compile(r"\b(?:accusing|charging|suspecting|blaming)\s+$", re.I)
_VERB_BEFORE_LIST = literals.compile(r"\b(?:[a-z]+ed|hit|struck|sent|put|cut|broke|took|gave|named|listed|sanctions|designates|bans)\b")


def _english(text: str, s) -> list:
    out = []
    for m in _EN.finditer(text, s.start, s.end):
        before = _WORD_BEFORE.search(text, max(s.start, m.start() - 30), m.start())
        if before is None or before.group(1).lower() in _EN_CLAUSE_BEFORE or text[m.start() - 2] == ",":
            continue
        if before.group(1).endswith("ing") and before.group(1).lower() not in _EN_ACCUSING:
            continue  # "..., naming it a terrorist": a participle clause, read by its own rules (the sentence's subject acts)
            # (an accusation's object is the accused: "sanctioned A and B, accusing them of acting as proxies for C")
        after = _WORD_AFTER.match(text, m.end(), min(s.end, m.end() + 30))
        if before.group(1).lower() in _EN_ACCUSING and m.group() != "them":
            continue  # "Morocco recalled its envoy from Iran, accusing it of ...": one of two states, left to no guess
        if after and m.group() != "them" and not _OBJECT_END.match(text, m.end(), s.end):
            continue  # a subject ("later it designated", "it would"), or an event carried out / called off
        word = m.group()
        want = "person" if word in ("him", "her") else ("plural" if word == "them" else "thing")
        out.append((m.start(), m.end(), want, False))
    return out


def _spanish(text: str, s) -> list:
    out = []
    for m in _ES.finditer(text, s.start, s.end):
        c = m.group("c").lower()
        if _ES_NOT_VERB.match(m.group("v")):
            continue
        if c in ("le", "les"):
            # "le pidió" is extract._request_object's (one party of the sentence before); a supply is read
            # here, and a request to a list ("les pidió firmar")
            listing = _ES_LISTING.match(m.group("v"))
            if not (re.match(rf"{_ES_AUX}{_ES_SUPPLY}\b", m.group("v"), re.I) or listing
                    or (c == "les" and _ES_REQUEST.match(m.group("v")))):
                continue
            if not listing and _DOUBLED_DATIVE.match(text, m.end(), s.end):
                continue  # "Rusia le vendió petróleo a Cuba": the clitic doubles the receiver named after it
            want = ("person" if listing else "receiver") if c == "le" else "plural"
        elif c in ("los", "las"):
            want = "plural"
        else:
            want = "masc" if c == "lo" else "fem"
        out.append((m.start("c"), m.end("c"), want, True))
    return out


def _fits(m: Mention, want: str, text: str, es: bool) -> float | None:
    """None when the mention cannot be what the pronoun stands for; else a penalty added to its
    level (0.5: a Spanish clitic whose gender the antecedent's article contradicts: writers
    alternate "el PKK" and "la guerrilla", so it only ranks)."""
    eid = m.entity
    person = eid.startswith("official:")
    if want == "person":
        return 0 if person else None
    if want in ("thing", "receiver"):
        return 0 if not person and eid.startswith(("state:", "group:")) else None
    if person and want == "fem":
        return None  # (no gender for people: "la" is read as an organisation or a state)
    art = _ES_GENDER.search(text, max(0, m.start - 8), m.start)
    if art is None:
        return 0
    masc = art.group(1).lower() in _MASC
    return 0 if masc == (want == "masc") else 0.5


def _fits_kind(eid: str, want: str) -> bool:
    person = eid.startswith("official:")
    if want == "person":
        return person
    if want in ("thing", "receiver"):
        return not person and eid.startswith(("state:", "group:"))
    return not (person and want == "fem")


def _expand(m: Mention) -> list[str]:
    if isinstance(m, Anaphor):
        best = min(lv for lv, _ in m.cands)
        top = {e for lv, e in m.cands if lv == best}
        return list(top) if len(top) == 1 else []  # an unresolved pronoun carries nothing forward
    return [m.entity]


# where the anaphor's own clause starts: its actors are never its antecedent (a pronoun object is
# free in its clause: "Canada listed it" is not Canada; "Turquía y la UE la consideran" is neither)
_CLAUSE_START = literals.compile(r"[;:]|,\s+(?:and|but|while|whereas|y|pero|mientras|aunque|accusing|charging|blaming|suspecting)\b|"
                           r"\b(?:which|who|whom|that|when|after|before|because|since|que|quien|quienes|cuando|tras|porque)\b",
                           re.I)
# a second verb phrase of the clause's subject opening with its pronoun: "⟦A⟧ financia a ⟦B⟧ y le provee armas",
# "⟦A⟧ funds ⟦B⟧ and has supplied it with rockets": the first phrase's object may be what it stands for, its
# subject never ("Perú, Chile y Bolivia siguieron el ejemplo y lo declararon": not a state of the list)
_COORD_PRONOUN = literals.compile(
    r"\s(?:y|e)\s+(?:(?:también|además|ya)\s+)?(?-i:(?:le|les|lo|la|los|las)\s+[a-záéíóúñ])"
    r"|\sand\s+(?:(?:has|have|had|also|since|later|then|reportedly|allegedly)\s+){0,2}[a-z]+(?:ed|es|s)\s+(?-i:(?:it|him|them))\b")
# an actor that is an object or an oblique of the first phrase: a lowercase word (a verb or a preposition) before it
_OBJECT_BEFORE = literals.compile(r"(?:^|\s)(?!(?:y|e|and|or|o|ni|the|el|la|los|las)\b)(?-i:[a-záéíóúñ]+)\s+(?:(?:the|el|la|los|las)\s+)?$")


# what stands between ", and" and an object pronoun when the second verb phrase shares the sentence's subject
_SHARED_SUBJECT_VP = re.compile(r"\s*(?:(?:also|then|later|formally|officially|promptly|subsequently)\s+)?[a-z]+(?:ed|es|s)\s+$")
_RELATIVE_ASIDE = literals.compile(r",\s+(?:(?:a|de|con|para|por|en|of|with|for|by)\s+)?(?:quien|quienes|(?:el|la|los|las|al|del)\s+cual(?:es)?|"
                                   r"who|whom|whose)\b[^,;()]{1,120}?,(?=\s)", re.I)


# a sentence opening with a subject that names no actor ("The court acted on ...", "El tribunal ..."):
# its pronouns stand for that subject, not for the sentences before
_OWN_SUBJECT = literals.compile(r"\s*[\"“]?(?:The|El|La|Los|Las)\s+[a-záéíóúñ-]+(?:\s+[a-záéíóúñ-]+)?\s+(?!(?:of|de|del)\b)[a-záéíóúñ]")


_POSSESSOR = literals.compile(r"['’]s?\s")
_CAPITAL = literals.compile(r"(?<=[\s(“\"])[A-ZÁÉÍÓÚÑ][\w’'-]+")
_NOT_NAME = frozenset(
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre "
    "Octubre Noviembre Diciembre I".split())


def _unknown_name(text: str, s, end: int, ms: list[Mention], skip: list[tuple[int, int]] = ()) -> int:
    """Where the last capitalised word before `end` that no mention covers starts (s.start if none);
    the sentence's first word is no name, nor a word inside a span of `skip`, nor a model with a digit
    ("Mi-24", "L-39", "TB2": what is supplied, never who)."""
    last = s.start
    first = re.match(r"[\s\"“*#-]*\S+", text[s.start:end])
    for c in _CAPITAL.finditer(text, s.start + (first.end() if first else 0), end):
        if c.group() in _NOT_NAME or any(ch.isdigit() for ch in c.group()) or any((m.title_start if m.title_start is not None else m.start) <= c.start() < m.end
                                         for m in ms) or any(a < c.start() < b for a, b in skip):
            continue
        last = c.start()
    return last


def _candidates(text, sents, by_sent, i, at, want, es, g, new_entities) -> tuple[list[tuple[float, str]], bool]:
    """(level, entity) candidates, and whether an unknown name may be the antecedent instead."""
    out: list[tuple[float, str]] = []
    s = sents[i]

    def add(level: int, ms) -> None:
        for m in ms:
            if isinstance(m, Anaphor):
                # the same referent again, first; when it can fill this pronoun's slot ("lo incluyó ...; le impuso
                # sanciones": "le" of a listing is a person, so not the group "lo" might have meant)
                out.extend((level + lv - 10, e) for lv, e in m.cands if _fits_kind(e, want))
            elif m.actor or (want == "person" and m.entity.startswith("official:") and _POSSESSOR.match(text, m.end)):
                # (a person named as a possessor, "Shor's record ...", is no actor of that sentence, but is
                # what a later "him" may mean)
                pen = _fits(m, want, text, es)
                if pen is not None:
                    if _PLACE.search(text, max(0, m.start - 25), m.start):
                        pen += 0.25  # named as a place ("in Chile", "southern Lebanon"): less salient than a participant
                    elif want == "receiver" and _DATIVE.search(text, max(0, m.start - 12), m.start):
                        pen -= 0.25  # the one given to before: "Rusia entregó a Malí cazas y Turquía le vendió drones"
                    elif _OBLIQUE.search(text, max(0, m.start - 12), m.start):
                        pen += 0.25  # after a preposition ("negocia con Bogotá"): less salient than subject and object
                    if m.entity not in own_clause:
                        out.append((level + pen, m.entity))

    # a relative clause set off by commas before the anaphor ("sancionó a X, a quien identifica como miembro del
    # Frente, y lo designó", "sanctioned X, whom it calls a member of the Front, and listed him"): its names
    # describe the antecedent, they are not what the pronoun of the main clause stands for
    asides = [(r.start(), r.end()) for r in literals.finditer(_RELATIVE_ASIDE, text, s.start, at)]
    clause = max((c.end() for c in _CLAUSE_START.finditer(text, s.start, s.end) if c.end() <= at), default=s.start)
    co = max((c.start() for c in _COORD_PRONOUN.finditer(text, clause, s.end) if c.start() < at <= c.end()), default=None)
    if co is None and asides:
        # the second phrase after the aside's closing comma (", y lo designó"): its clause is the one before the aside
        co = max((c.start() for c in _COORD_PRONOUN.finditer(text, s.start, s.end) if c.start() < at <= c.end()
                  and any(b - 1 <= c.start() <= b for _, b in asides)), default=None)
        if co is not None:
            clause = max((c.end() for c in _CLAUSE_START.finditer(text, s.start, s.end)
                          if c.end() <= co and not any(a <= c.start() < b for a, b in asides)), default=s.start)
    objects = [m for m in by_sent[i] if co is not None and m.actor and clause <= m.start and m.end <= co
               and not isinstance(m, Anaphor) and _OBJECT_BEFORE.search(text, max(s.start, m.start - 30), m.start)
               and not any(a < m.start and m.end <= b for a, b in asides)]
    # the anaphor's own clause: its actors are never what it stands for, wherever else they are named
    own_clause = {m.entity for m in by_sent[i] if m.actor and clause <= m.start < at and not isinstance(m, Anaphor)
                  and m not in objects}
    if clause > s.start and _SHARED_SUBJECT_VP.match(text, clause, at):
        # (link22) ", and declared him": a second verb phrase of the sentence's subject, no clause of its own; its object
        # pronoun is never that subject ("⟦A⟧ expelled ⟦B⟧ and declared him persona non grata": him is B, never A)
        # (the first verb phrase's own clause: "..., two months after ⟦A⟧ expelled ⟦B⟧, and declared him")
        before = max((c.end() for c in _CLAUSE_START.finditer(text, s.start, clause) if c.end() < clause - 6), default=s.start)
        first = min((m for m in by_sent[i] if m.actor and not isinstance(m, Anaphor) and before <= m.start < clause),
                    key=lambda m: m.start, default=None)
        if first is not None and not _OBJECT_BEFORE.search(text, max(s.start, first.start - 30), first.start):
            own_clause.add(first.entity)
    add(0, [m for m in by_sent[i] if isinstance(m, Anaphor) and m.end <= at])
    # a name that is no actor we know, before the anaphor's clause ("It has not listed Evrazia, the NGO
    # that ..., though the Treasury sanctioned it"), may be what it stands for: nothing before it counts
    unknown = _unknown_name(text, s, clause, by_sent[i], asides)
    add(1, [m for m in by_sent[i] if not isinstance(m, Anaphor) and unknown <= m.start and m.end <= clause
            and not any(a < m.start and m.end <= b for a, b in asides)])
    add(1, objects)
    if unknown > s.start:
        return out, True
    first = min((m.start for m in by_sent[i] if m.actor), default=s.end)
    own = _OWN_SUBJECT.match(text, s.start, s.end)
    if own and own.end() <= first:
        return out, True
    para = s.para
    if i >= 1 and sents[i - 1].para == para:
        add(2, by_sent[i - 1])  # (its subject is not preferred: "Hamas attacked Israel. Qatar urged it to ..." is either)
        if i >= 2 and sents[i - 2].para == para:
            add(4, by_sent[i - 2])
    return out, False


def _lists(text: str, ms: list[Mention], lo: int, hi: int) -> list[tuple[str, ...]]:
    """The lists of two or more actors of one type (states, groups or people) between lo and hi:
    names joined by commas and "and"/"y", or the members of a plural description ("the two
    governments") or of a plural pronoun resolved before."""
    out: list[tuple[str, ...]] = []
    run: list[Mention] = []

    def close() -> None:
        ents = list(dict.fromkeys(m.entity for m in run))
        if len(ents) >= 2 and len({e.split(":")[0] for e in ents}) == 1:
            out.append(tuple(ents))

    for m in sorted((m for m in ms if (m.actor or m.kind == "pair") and lo <= m.start and m.end <= hi),
                    key=lambda m: m.start):
        if m.kind == "pair":
            if run and run[-1].kind == "pair" and run[-1].start == m.start:
                run.append(m)
                continue
            close()
            run = [m]
            continue
        if run and run[-1].kind != "pair" and run[-1].end <= m.start and \
                LIST_GAP.fullmatch(text, run[-1].end, m.title_start if m.title_start is not None and m.title_start >= run[-1].end else m.start):
            run.append(m)
            continue
        close()
        run = [m]
    close()
    return out


def _plural_antecedent(text: str, sents, by_sent, i: int, at: int) -> list[str]:
    """The members of the one list a plural pronoun stands for: earlier in its sentence outside its
    clause, else in the sentence before (same paragraph); none of them named in its own clause, and
    nothing when two lists are equally close (a wrong antecedent is a false fact)."""
    s = sents[i]
    clause = max((c.end() for c in _CLAUSE_START.finditer(text, s.start, at)), default=s.start)
    own = {m.entity for m in by_sent[i] if m.actor and clause <= m.start < at and not isinstance(m, Anaphor)}
    levels = [_lists(text, by_sent[i], s.start, clause)]
    if i >= 1 and sents[i - 1].para == s.para:
        levels.append(_lists(text, by_sent[i - 1], sents[i - 1].start, sents[i - 1].end))
    for found in levels:
        found = list(dict.fromkeys(found))
        if found:
            if len(found) != 1 or set(found[0]) & own:
                return []
            return list(found[0])
    return []


def place_clitics(skel: str, slots: list[Mention]) -> str:
    """Moves each Spanish clitic's slot after its verb group: "⟦1⟧ ha declarado" -> "ha declarado a ⟦1⟧"."""
    if not any(isinstance(m, Anaphor) and m.clitic for m in slots):
        return skel

    def clitic(k: int) -> bool:
        return k < len(slots) and isinstance(slots[k], Anaphor) and slots[k].clitic

    def move(mt: re.Match) -> str:
        parts = re.split(r"(,\s*|\s+y\s+)", mt.group("l"))  # slot, separator, slot, ...
        ks = [int(p[1:-1]) for p in parts[::2]]
        if all(clitic(k) for k in ks):
            return f"{mt.group('v')} a {mt.group('l')}"
        if not clitic(ks[-1]):
            return mt.group()
        # "⟦0⟧ financia a ⟦1⟧ y ⟦2⟧ suministra": a name, then the clitic of a second verb phrase
        i = max(j for j, k in enumerate(ks) if not clitic(k))
        keep, moved = "".join(parts[:2 * i + 2]), "".join(parts[2 * i + 2:])
        return f"{keep}{mt.group('v')} a {moved}"
    return _CLITIC_SLOT.sub(move, skel)


# relations where a description's next candidate may stand in: acts between two actors. "X is a branch of
# the organisation" names a parent the text may not have named before (no guess)
_DESCRIPTION_ALTS = frozenset({"ALLEGED_TIES", "SUPPLIED", "URGED", "DESIGNATED", "SEVERED_TIES"})


def choose(allowed_subj, allowed_obj, subj_ms: list[Mention], obj_ms: list[Mention], kind=None,
           designated: bool = False, salient: str | None = None, predicate: str | None = None):
    """The matched relation's endpoints with each Anaphor replaced by its antecedent: the most
    salient level holding a candidate of a type the relation allows, which is not the other
    argument; None when a pronoun has no such antecedent or two equally likely ones. A listing's
    object is an organisation or a person, never a state body (`kind`: an entity's kind); with no
    candidate at all it is the story's most discussed armed group (`salient`), as the designation
    rules' own antecedent always was."""
    if not any(isinstance(m, Anaphor) for m in subj_ms + obj_ms):
        return subj_ms, obj_ms
    if predicate not in _DESCRIPTION_ALTS:
        subj_ms = [_first(m) for m in subj_ms]
        obj_ms = [_first(m) for m in obj_ms]
        if not any(isinstance(m, Anaphor) for m in subj_ms + obj_ms):
            return subj_ms, obj_ms
    if predicate == "URGED":
        # "Trump urged him to join ...": a person asked stands for their state (extract._as_type maps them)
        allowed_obj = allowed_obj | {"Official"}
    fixed_s = {m.entity for m in subj_ms if not isinstance(m, Anaphor)}
    fixed_o = {m.entity for m in obj_ms if not isinstance(m, Anaphor)}
    new_s = [_pick(m, allowed_subj, fixed_o) if isinstance(m, Anaphor) else m for m in subj_ms]
    new_o = [_pick(m, allowed_obj, fixed_s, kind if designated else None,
                   salient if designated else None) if isinstance(m, Anaphor) else m for m in obj_ms]
    if any(m is None for m in new_s + new_o):
        return None
    return new_s, new_o


def _first(m: Mention) -> Mention:
    """A description read as its nearest group only."""
    return Mention(m.start, m.end, m.entity, m.kind, actor=m.actor) if type(m) is Description else m


_TYPE = {"state": "State", "group": "Group", "official": "Official"}
_NOT_LISTED = {"agency", "IGO"}
_ARMED = {"armed group", "cartel", "armed force", "political party"}


def _pick(m: Anaphor, allowed, other: set[str], kind=None, salient: str | None = None) -> Mention | None:
    fit = [(lv, e) for lv, e in m.cands if _TYPE.get(e.split(":")[0]) in allowed and e not in other
           and not (kind and e.startswith("group:") and kind(e) in _NOT_LISTED)]
    if not fit:
        if salient and salient not in other and not m.guarded and m.entity.split(":")[0] != "official":
            return Mention(m.start, m.end, salient, "coref")
        return None
    best = min(lv for lv, _ in fit)
    top = {e for lv, e in fit if lv == best}
    if len(top) > 1 and kind:  # a listing: an armed group or a person before any other body
        top = {e for e in top if e.startswith("official:") or kind(e) in _ARMED} or top
    if len(top) != 1:
        return None
    return Mention(m.start, m.end, top.pop(), "coref")
