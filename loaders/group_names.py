"""Organisations no gazetteer holds, found from how their names are built and how news
introduces them (issue 3): militias, gangs and cartels, their cells, fronts and brigades,
ministries, forces and state companies, in English and Spanish.

Four readings, each cheap (regexes over one sentence) and each independent of any one
phrasing:

- name shape: a capitalised run holding an organisation's head word anywhere ("Tiger
  Brigades", "Frente 33", "Sahel Mining Corporation", "45th Mechanised Brigade"), or opened
  by an Arabic organisation word ("Jaish al-Nasr", "Ansar al-Furqan", "Harakat Nour al-Sham");
- a category noun in apposition ("Los Lobos, una banda criminal", "Jaish al-Nasr, a Sunni
  armed group", "Red Dawn, an offshoot of ..."): the noun says what it is, the capitals which one;
- a state's own body in the possessive ("Russia's defence ministry", "Venezuela's national
  guard"): a Group that is PART_OF that state (never a new State).

`discover` runs before actors.py's older organisation readers, so the spans it claims are
read once; what it leaves free they still read.
"""

from __future__ import annotations

import re

from graph import ids
from graph.schema import Group
from loaders.actors import _ORG_HEADS, Actors, Mention, _norm, _title_tokens
from loaders import literals
from loaders.gazetteer import Gazetteer

# -- head words (beyond actors._ORG_HEADS) and what they make a group
_MORE_HEADS = {
    "cell": "armed group", "célula": "armed group", "regiment": "armed force", "regimiento": "armed force",
    "division": "armed force", "división": "armed force", "unit": "armed force", "unidad": "armed force",
    "wing": "armed group", "brigada": "armed group", "brigades": "armed group", "battalions": "armed force",
    "batallones": "armed force", "industries": "company", "holding": "company", "holdings": "company",
    "cartels": "cartel", "carteles": "cartel", "cárteles": "cartel", "autodefensas": "armed group",
    "guerrilla": "armed group", "coalition": "armed group", "coalición": "armed group", "empresa": "company",
    "compañía": "company", "corporación": "company", "mafia": "cartel", "syndicate": "cartel",
    "tren": "cartel", "juventud": "organisation", "juventudes": "organisation", "youth": "organisation",
    "ministerio": "agency", "ministry": "agency", "gendarmerie": "armed force", "gendarmería": "armed force",
}
HEADS = {**_ORG_HEADS, **_MORE_HEADS}
# heads that name a body only with another word ("Army" alone is not a name; "Tren" needs "de X")
_KIND_OF = {k.lower(): v for k, v in HEADS.items()}

_CAP = r"(?:[A-ZÁÉÍÓÚÑ][\w’'-]*|(?:al|el|ad|ash|as|an|ar|at|az|ul|wal)-[A-ZÁÉÍÓÚÑ][\w’'-]*)"
_NUM = r"(?:\d{1,3}(?:st|nd|rd|th|º|ª)?)"
# joins inside a name; "the"/"la" only after a preposition ("Ministry of the Interior")
_PREP = r"(?:of|for|de|del|para|y|and|e)"
_ART = r"(?:the|la|las|los|el)"
_RUN = re.compile(rf"(?<![\w’'-])(?:{_CAP}|{_NUM})(?:\s+(?:{_PREP}\s+(?:{_ART}\s+)?|{_PREP}\s+)?(?:{_CAP}|{_NUM}))*")
# a list inside a run: "Banco Andino and the Sahel Mining Corporation"
_LIST_SPLIT = re.compile(r"\s+(?:and|y)\s+(?=(?:the|el|la|los|las)\s)")
# words that open a sentence or a phrase in capitals without being part of a name
_LEAD = {"the", "la", "el", "los", "las", "según", "segun", "tras", "para", "con", "desde", "ante", "por", "en",
         "de", "del", "a", "al", "according", "after", "for", "with", "from", "by", "in", "of", "to", "and", "y",
         "but", "pero", "when", "cuando", "while", "if", "si", "as", "como", "on", "at", "since", "that", "this",
         "these", "those", "its", "their", "his", "her", "su", "sus", "este", "esta", "ese", "esa", "yesterday",
         "today", "ayer", "hoy", "meanwhile", "however", "also", "still", "now", "then", "both", "ambos", "some",
         "many", "several", "an", "un", "una", "unos", "unas", "sin", "embargo", "under", "bajo", "against",
         "contra", "during", "durante", "among", "entre", "said", "dijo", "officials", "police", "security"}
# what is not an organisation: agreements, laws, operations, outlets, events
_NOT_ORG = re.compile(r"\b(?:Agreement|Accord|Treaty|Pact|Memorandum|Convention|Protocol|Act|Law|Plan|Program|"
                      r"Programme|Initiative|Strategy|Summit|Operation|Acuerdo|Tratado|Pacto|Memorando|Convenio|"
                      r"Protocolo|Ley|Programa|Iniciativa|Estrategia|Cumbre|Operación|Operativo|News|Press|Times|"
                      r"Post|Journal|Gazette|Herald|Tribune|Radio|Television|Televisión|TV|Diario|Noticias|Prensa|"
                      r"Report|Reports|Review|Magazine|Revista|Conference|Conferencia|Forum|Foro|Day|Día|Street|"
                      r"Calle|Avenue|Avenida|Square|Plaza|Hotel|Airport|Aeropuerto|University|Universidad|"
                      r"Prize|Premio|Cup|Copa|League|Liga|Championship|Campeonato|War|Guerra|Crisis|Revolution|"
                      r"Revolución|Massacre|Masacre)\b")
_MONTHS = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                     r"Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre|"
                     r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Lunes|Martes|Miércoles|Jueves|"
                     r"Viernes|Sábado|Domingo)$")


def discover(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> bool:
    """Add the organisations of text[s:e] that no gazetteer entry covers to `ms`/`taken` and
    `result.new_entities` (and `result.part_of` for a state's own bodies). False for a line
    in Title Case, where capitals name nothing (the caller skips its own name readers too)."""
    seg = text[s:e]
    if _headline(seg):
        return False
    # one cheap scan of the capitalised words decides which readers can find anything
    # (measured: the readers' own regexes on every sentence cost ~1.5 ms per article)
    caps = set(_CAPS.findall(seg))
    if not caps.isdisjoint(_PREFIX_CAPS):
        _prefixed_names(g, text, s, e, ms, taken, result)
    if "'" in seg or "’" in seg:
        _state_bodies(g, text, s, e, ms, taken, result)
    if _APPOS_GATE.search(seg):
        _appositive_names(g, text, s, e, ms, taken, result)
    if not caps.isdisjoint(_HEAD_CAPS):
        _head_runs(g, text, s, e, ms, taken, result)
    return True


_CAPS = re.compile(r"(?<![\w’'-])[A-ZÁÉÍÓÚÑ][^\W\d_]*")
_APPOS_GATE = re.compile(r",\s+(?:a|an|the|one|its|un|una|el|la|otra|otro|su)\s")


def _headline(seg: str) -> bool:
    """A line in Title Case without a sentence's closing stop."""
    seg = seg.rstrip()
    if seg.endswith((".", "!", "?", "\"", "”", "»", ":", ";")):
        return False
    words = re.findall(r"[A-Za-zÁÉÍÓÚÑáéíóúñ]{4,}", seg)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _overlaps(a: int, b: int, spans) -> bool:
    return any(not (b <= x or a >= y) for x, y in spans)


def _claim(g: Gazetteer, text: str, a: int, b: int, kind: str, ms: list[Mention], taken: list, result: Actors,
           *, replace_groups: bool = False, alias: str | None = None, name: str | None = None,
           part_of: str | None = None) -> bool:
    """Register text[a:b] as a group mention, unless a person or (by default) a known group is
    inside it or it cuts across another mention. States, capitals and places inside it belong
    to the name ("Sahel Mining Corporation"); a state inside gives the group its country."""
    inner = [m for m in ms if a <= m.start and m.end <= b]
    if any(m.entity.startswith(("official:", "agreement:")) for m in inner):
        return False
    if not replace_groups and any(m.entity.startswith("group:") for m in inner):
        return False
    inner_spans = {(m.start, m.end) for m in inner}
    if _overlaps(a, b, [t for t in taken if t not in inner_spans]):
        return False
    name = name or text[a:b]
    gid = ids.entity_id("Group", name)
    states = [m.entity for m in inner if m.entity.startswith("state:")]
    if g.get(gid) is None and gid not in result.new_entities:
        result.new_entities[gid] = Group(id=gid, name=name, aliases=[alias] if alias else [], kind=kind,
                                         country=part_of or (states[-1] if states else None))
    for m in inner:
        ms.remove(m)
        if (m.start, m.end) in taken:
            taken.remove((m.start, m.end))
    ms.append(Mention(a, b, gid, "name"))
    taken.append((a, b))
    if part_of:
        result.part_of[gid] = part_of
    return True


# -- 1. names opened by an Arabic (or Urdu/Persian) organisation word --------------------
_PREFIX = (r"(?:Jaish|Jaysh|Jaish-e|Ansar|Harakat|Harkat|Harakat-ul|Liwa|Liwaa|Kataib|Kata['’]ib|Kataeb|Saraya|"
           r"Asaib|Asa['’]ib|Hizb|Hizb-ut|Hizbul|Jabhat|Jamaat|Jama['’]at|Jamaah|Firqat|Quwat|Alwiya|Jund|Junud|"
           r"Ahrar|Lashkar|Lashkar-e|Tehreek|Tehrik|Sipah|Katibat|Faylaq|Tanzim|Majlis|Fursan|Usbat|Tahrir)")
# first words of those names, lower-cased and cut at a hyphen or apostrophe, for the gate in discover()
_PREFIX_SET = {"jaish", "jaysh", "ansar", "harakat", "harkat", "liwa", "liwaa", "kataib", "kata", "kataeb", "saraya",
               "asaib", "asa", "hizb", "hizbul", "jabhat", "jamaat", "jama", "jamaah", "firqat", "quwat", "alwiya",
               "jund", "junud", "ahrar", "lashkar", "tehreek", "tehrik", "sipah", "katibat", "faylaq", "tanzim",
               "majlis", "fursan", "usbat", "tahrir"}
_AR_WORD = r"(?:[A-Z][\w’'-]*|(?:al|el|ad|ash|as|an|ar|at|az|ul|wal|e)-[\w’'-]+|al|el|wal|ul|e)"
_PREFIXED = re.compile(rf"(?<![\w’'-]){_PREFIX}(?:\s+{_AR_WORD}){{1,5}}")


def _prefixed_names(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    for pm in literals.finditer(_PREFIXED, text, s, e):
        a, b = pm.span()
        words = text[a:b].split()
        while words and not words[-1][:1].isupper() and "-" not in words[-1]:
            b -= len(words.pop()) + 1  # a trailing particle is not part of the name
            b = a + len(text[a:b].rstrip())
        if len(words) < 2 or not any(re.search(r"(?:^|-)[A-ZÁÉÍÓÚÑ]", w) for w in words[1:]) or _MONTHS.match(words[-1]):
            continue
        if _overlaps(a, b, [t for t in taken if not (a <= t[0] and t[1] <= b)]):
            continue  # the gazetteer reads a longer name here
        # a known group inside ("Kataib Hezbollah") names another group: this one is new
        if any(m.start == a and m.end == b for m in ms):
            continue
        _claim(g, text, a, b, "armed group", ms, taken, result, replace_groups=True)


# -- 2. a state's own body, in the possessive ---------------------------------------------
_BODY = (r"(?P<body>(?:(?:defen[cs]e|interior|intelligence|security|finance|justice|economy|energy|oil|"
         r"national|state|central|federal|military|revolutionary|elite|special|border|coast|secret|"
         r"counter-?terrorism|anti-?narcotics|drug)\s+){0,2}"
         r"(?:ministry|army|navy|air\s+force|police|guard|intelligence\s+(?:service|agency|directorate)|"
         r"spy\s+agency|armed\s+forces|central\s+bank|oil\s+company|special\s+forces|marines|"
         r"gendarmerie|treasury))\b(?!['’]s?\s+[a-z]+\s+(?:chief|minister|head|commander|spokes\w+))")
_STATE_POSS = re.compile(r"['’]s?\s+" + _BODY + r"(?!\s*,?\s+(?:the\s+)?[A-Z])")  # not "Israel's intelligence service Mossad"
# the body is an endpoint only when something is said to belong to it or someone to serve in
# it ("answers to Russia's defence ministry", "a unit of Mexico's army", "chief of Peru's
# police"); "Uganda's army has fought ..." is the state acting
_TIED_BEFORE = re.compile(r"\b(?:answer\w*|report\w*|subordinat\w*|part|units?|wings?|branch\w*|arm|divisions?|brigades?|"
                          r"battalions?|corps|cells?|commands?|commanders?|chiefs?|head|director|spokes\w+|officers?|"
                          r"officials?|members?|structures?|bod(?:y|ies)|agenc(?:y|ies)|control|authority|ranks)\s+(?:directly\s+|only\s+)?(?:of|to|in|within|inside|under|by|into|"
                          r"from)\s+(?:the\s+)?$", re.I)


def _demonym(g: Gazetteer, sid: str) -> str | None:
    cache = g.__dict__.setdefault("_group_names_demonym", {})
    if sid not in cache:
        forms = [k[0] for k, v in g.demonym_of.items() if v == sid and len(k) == 1]
        cache[sid] = forms[0].capitalize() if forms else None
    return cache[sid]


def _state_bodies(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    """"Russia's defence ministry", "Venezuela's national guard": the body, a Group named
    "Russian defence ministry" (its possessive form an alias), PART_OF that state. The state
    mention stays: the skeleton reads "⟦state⟧'s ⟦body⟧" as the body, part of the state."""
    if "'" not in text[s:e] and "’" not in text[s:e]:
        return
    for m in list(ms):
        if not m.entity.startswith("state:") or m.kind == "demonym":
            continue
        bm = _STATE_POSS.match(text, m.end, e)
        if not bm or not _TIED_BEFORE.search(text, max(s, m.start - 40), m.start):
            continue
        body = re.sub(r"\s+", " ", bm.group("body").lower())
        a, b = bm.span("body")
        dem = _demonym(g, m.entity)
        if not dem:
            continue
        kind = "agency" if body.endswith(("ministry", "agency", "service", "directorate", "treasury", "bank")) \
            else "company" if body.endswith("company") else "armed force"
        _claim(g, text, a, b, kind, ms, taken, result, name=f"{dem} {body}",
               alias=f"{text[m.start:m.end]}'s {body}", part_of=m.entity)


# -- 3. a name followed by a category noun in apposition ----------------------------------
_CAT_EN = {"group": "armed group", "militia": "armed group", "gang": "cartel", "cartel": "cartel",
           "faction": "armed group", "offshoot": "armed group", "splinter": "armed group",
           "coalition": "armed group", "alliance": "armed group", "network": "organisation", "wing": "armed group",
           "branch": "armed group", "affiliate": "armed group", "cell": "armed group", "brigade": "armed group",
           "battalion": "armed force", "unit": "armed force", "organisation": "organisation",
           "organization": "organisation", "movement": "armed group", "party": "political party",
           "front": "armed group", "franchise": "armed group", "outfit": "armed group", "syndicate": "cartel",
           "mafia": "cartel", "guerrilla": "armed group", "insurgency": "armed group", "company": "company",
           "firm": "company", "bank": "company", "conglomerate": "company", "agency": "agency",
           "force": "armed force", "umbrella": "armed group"}
_CAT_ES = {"grupo": "armed group", "banda": "cartel", "pandilla": "cartel", "milicia": "armed group",
           "facción": "armed group", "escisión": "armed group", "guerrilla": "armed group", "cártel": "cartel",
           "cartel": "cartel", "organización": "organisation", "célula": "armed group", "rama": "armed group",
           "filial": "armed group", "brazo": "armed group", "coalición": "armed group", "alianza": "armed group",
           "frente": "armed group", "partido": "political party", "movimiento": "armed group",
           "disidencia": "armed group", "red": "organisation", "estructura": "armed group", "clan": "cartel",
           "mafia": "cartel", "empresa": "company", "compañía": "company", "banco": "company",
           "agencia": "agency", "unidad": "armed force", "brigada": "armed group", "fuerza": "armed force"}
# words between the article and the category noun: adjectives, never a preposition or a person noun
_ADJ = r"(?:(?!(?:of|de|del|in|en|for|para|with|con|that|que|who|which|member|miembro|leader|líder|former|ex)\b)[\w-]+\s+)"
_APPOS = re.compile(
    rf"\s*(?:\([^()]{{1,60}}\)\s*)?,\s+(?:a|an|the|one|its|un|una|el|la|otra|otro|su)\s+{_ADJ}{{0,3}}?"
    rf"(?P<cat>{'|'.join(sorted({**_CAT_EN, **_CAT_ES}, key=len, reverse=True))})\b"
    # the noun heads the apposition ("a militia leader" is a person)
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:of|de|del|that|which|que|who|based|founded|linked|tied|active|operating|"
    r"in|en|with|con|from|known|responsible|accused|blamed|formed|created|backed|vinculad|ligad|creado|"
    r"fundad|surgid|acusad|responsable|señalad|armad[oa]|criminal|disidente|armed|rebel|narco\w*|"
    r"paramilitar|yihadista|islamista|rival|local|regional)\b)", re.I)
_NAME_BEFORE = re.compile(rf"(?:(?:Los|Las|La|El)\s+)?(?:{_CAP}|{_NUM})(?:\s+(?:(?:{_PREP}|{_ART})\s+)*(?:{_CAP}|{_NUM})){{0,6}}$")


def _appositive_names(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list,
                      result: Actors) -> None:
    seg = text[s:e]
    if "," not in seg:
        return
    for cm in literals.finditer(_APPOS, text, s, e):
        head = cm.start()
        nm = _NAME_BEFORE.search(text, max(s, head - 90), head)
        if not nm:
            continue
        a, b = nm.span()
        words = text[a:b].split()
        # a sentence-start article is not part of the name, except a gang's plural "Los"/"Las"
        while words and words[0].lower() in _LEAD and not _gang_article(words):
            a += len(words[0])
            a += len(text[a:b]) - len(text[a:b].lstrip())
            words = words[1:]
        if not words or _MONTHS.match(words[-1]) or _NOT_ORG.search(text, a, b):
            continue
        if any(m.start <= a < m.end or m.start < b <= m.end for m in ms):
            continue  # a known actor, a person or a place: the relation rules read it
        if len(words) == 1 and (a == s or _lower_elsewhere(text, words[0])):
            continue  # one capitalised word opening a sentence ("Yesterday, a militia ...") is no name
        if _has_title(g, words):
            continue
        cat = cm.group("cat").lower()
        heads = [w.lower() for w in words if w.lower() in _KIND_OF]
        kind = _KIND_OF[heads[-1]] if heads else _CAT_EN.get(cat) or _CAT_ES.get(cat, "organisation")
        _claim(g, text, a, b, kind, ms, taken, result)


def _gang_article(words: list[str]) -> bool:
    """Spanish gang names keep their plural article ("Los Lobos", "Las Águilas"); "Las Brigadas
    X" is an article before a head word."""
    return words[0] in ("Los", "Las") and len(words) > 1 and words[1].lower() not in _KIND_OF


def _lower_elsewhere(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


def _has_title(g: Gazetteer, words: list[str]) -> bool:
    titles = _title_tokens(g)
    return any(_norm(w) in titles for w in words)


# -- 4. capitalised runs with a head word -------------------------------------------------
_HEAD_SET = {k.lower() for k in HEADS}
_DIGIT = re.compile(r"\d")
_MORE_ONLY = {k for k in _MORE_HEADS if k not in _ORG_HEADS}
_HEAD_CAPS = {f(k) for k in _HEAD_SET for f in (str.capitalize, str.upper)}
_PREFIX_CAPS = {f(k) for k in _PREFIX_SET for f in (str.capitalize, str.upper)}


def _head_runs(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    """"Sahel Mining Corporation", "Frente 33", "45th Mechanised Brigade", "Banco Andino del Sur
    and the Kivu Gold Company": runs the older reader misreads (a place or a number inside,
    two names in a list, a demonym after "of")."""
    for rm in _RUN.finditer(text, s, e):
        run = rm.group()
        low = run.lower().split()
        if not any(w in _HEAD_SET for w in low):
            continue
        # only runs the older reader misreads: a number, an owner, "and", a place or demonym
        # inside, or a head word it does not know (the rest it reads the same way, for less)
        if not (_DIGIT.search(run) or "'s " in run or "’s " in run or " and " in run or " y " in run
                or any(w in _MORE_ONLY for w in low)
                or any(m.kind in ("ignore", "capital", "demonym") and rm.start() <= m.start < rm.end() for m in ms)):
            continue
        parts, pos = [], rm.start()
        for sm in _LIST_SPLIT.finditer(rm.group()):
            parts.append((pos, rm.start() + sm.start()))
            pos = rm.start() + sm.end()
        parts.append((pos, rm.end()))
        parts = [p for a, b in parts for p in _split_owner_and(text, a, b)]
        listed = len(parts) > 1  # a list the older reader would read as one name
        for a, b, cut in parts:
            sp = _trim(g, text, s, a, b, ms)
            if sp and (listed or cut or sp[2]):  # (or an owner it would read into the name)
                _claim(g, text, sp[0], sp[1], _KIND_OF[_head_of(text[sp[0]:sp[1]])], ms, taken, result)


# an owner in the possessive; "People's", "Workers'" belong to names ("People's Redemption Party")
_OWNER = re.compile(r"(?<!\bPeople)(?<!\bWomen)(?<!\bChildren)(?<!\bWorker)(?<!\bCitizen)(?<!\bFarmer)(?<!\bNation)['’]s\s+")
_AND = re.compile(r"\s+(?:and|y)\s+")
_PREP_IN = re.compile(r"\b(?:of|for|de|del|para)\b")


def _split_owner_and(text: str, a: int, b: int) -> list[tuple[int, int, bool]]:
    """"Rivera's Tiger Brigades" -> the name after the owner; "Tiger Brigades and Red Dawn" ->
    two names, unless "and" joins the complement of a preposition ("Ministry of Trade and
    Industry")."""
    om = None
    for om in _OWNER.finditer(text, a, b):
        pass
    if om is not None:
        a = om.end()
    am = _AND.search(text, a, b)
    if am and not _PREP_IN.search(text, a, am.start()):
        return [(a, am.start(), True), (am.end(), b, True)]
    return [(a, b, om is not None)]


def _head_of(name: str) -> str:
    return [w for w in (x.lower().strip(".") for x in name.split()) if w in _KIND_OF][-1]


_MODIFIER = re.compile(r"-(?:made|based|backed|led|linked|owned|run|allied|aligned|funded|supplied|built)$", re.I)
# English heads that close a name ("Youth Wing", "Hamas Cell"), never open one
_POSTFIX = {"wing", "cell", "unit", "division", "regiment", "industries", "holding", "holdings", "youth"}
_JOINS = ("of", "for", "de", "del", "para", "y", "and", "e", "the", "la", "el", "los", "las")


def _trim(g: Gazetteer, text: str, s: int, a: int, b: int, ms: list[Mention]):
    """(start, end, forced) of the name in text[a:b], or None; `forced` when the older reader
    would misread it (a place, a demonym tail or a number)."""
    words = text[a:b].split()
    while words and (words[0].lower() in _LEAD or _MONTHS.match(words[0]) or _MODIFIER.search(words[0])):
        a += len(words[0])
        a += len(text[a:b]) - len(text[a:b].lstrip())
        words = words[1:]
    if a == s and len(words) > 3 and words[1] in ("of", "de", "del") and words[0].lower() not in _KIND_OF:
        # "Troops of the 3rd Infantry Division ...": a sentence's capitalised first noun
        cut = 3 if words[2].lower() in ("the", "la", "el", "los", "las") else 2
        a = a + len(" ".join(words[:cut])) + 1
        words = words[cut:]
    if words and words[0].lower() in _POSTFIX:
        return None  # "Wing Loong", "Unit 8200" style product and code names open with the noun
    forced = False
    # "45th Brigade of the Ukrainian army": the demonym (or a known group) after "of" is the
    # owner, not part of the name
    for i, w in enumerate(words):
        if w.lower() in ("of", "de", "del") and i > 0:
            tail_start = a + len(" ".join(words[:i]))
            tail = [m for m in ms if tail_start <= m.start < b]
            if tail and (tail[0].kind == "demonym" or tail[0].entity.startswith("group:")):
                b, words, forced = tail_start, words[:i], True
                break
    while words and words[-1].lower() in _JOINS:
        words = words[:-1]
        b = a + len(" ".join(words))
    if words and text[b - 1:b] == "." and len(words[-1]) > 3:
        b -= 1
        words[-1] = words[-1][:-1]
    if len(words) < 2 or "\n" in text[a:b]:
        return None
    low = [w.lower().strip(".") for w in words]
    heads = [i for i, w in enumerate(low) if w in _KIND_OF]
    if not heads:
        return None
    # numbers belong to a name only next to its head ("Frente 33", "45th Brigade")
    nums = [i for i, w in enumerate(words) if re.fullmatch(_NUM, w)]
    if any(not ({i - 1, i + 1, i + 2} & set(heads)) for i in nums):
        return None
    if all(w in _KIND_OF or w in _JOINS for w in low):
        return None  # "Army Corps", "Fuerzas Armadas" alone: no name of its own
    if _NOT_ORG.search(text, a, b) or _MONTHS.match(words[-1]) or _has_title(g, words):
        return None
    if any(w.lower().startswith(("terror", "designat")) for w in words):
        return None  # "a Foreign Terrorist Organization" is a designation, not a name
    inner = [m for m in ms if a <= m.start and m.end <= b]
    if len(inner) == 1 and inner[0].start == a and inner[0].end == b:
        return None  # the gazetteer already reads the whole run
    if any(m.entity.startswith(("group:", "official:")) for m in inner):
        return None
    if a == s and low[0] not in _KIND_OF and not inner and len(words) == 2 and not nums:
        return None  # a capitalised sentence start joined to a name
    # (heads the older reader does not know: "Unidad Antinarcóticos", "Tren de X", "X Cell")
    forced = forced or bool(nums) or any(m.entity == "" or m.kind in ("capital", "demonym") for m in inner) \
        or all(low[i] in _MORE_HEADS and low[i] not in _ORG_HEADS for i in heads)
    return a, b, forced
