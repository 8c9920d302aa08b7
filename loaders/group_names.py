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
from bisect import bisect_left

from graph import ids
from graph.schema import Group
from loaders.actors import (_NOT_STATE_BODY, _ORG_HEADS, _STATE_BODY_HEAD, Actors, Mention, _norm, _title_tokens,
                            state_in_name)
from loaders import dates, literals
from loaders.scan import DocTokens
from loaders.gazetteer import Gazetteer

# -- head words (beyond actors._ORG_HEADS) and what they make a group
# trade heads that only close a company's name, and give way to an earlier head ("Ministry of Electronics
# and Information Technology" is a ministry; "Maritime Security Agency" an agency)
_CO_POSTFIX = frozenset({"biotech", "pharma", "pharmaceutical", "pharmaceuticals", "chemicals", "technologies", "electronics",
                         "aerospace", "motors", "bancorp", "maritime", "farmacéutica", "químicos"})
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
    "comandos": "armed group", "bloque": "armed group", "columna": "armed group", "frentes": "armed group",
    "ltd": "company", "llc": "company", "inc": "company", "limited": "company", "airlines": "company",
    "enterprise": "company", "enterprises": "company",  # state firms so named ("Myanma Oil and Gas Enterprise")
    "airways": "company", "shipping": "company", "trading": "company", "petroleum": "company",
    "exchange": "company", "refinery": "company", "logistics": "company", "investments": "company",
    "inversiones": "company", "partners": "company", "society": "organisation",
    # mining and investment firms named by their trade ("Sahel Resources", "Lobaye Invest", "Kivu Minerals")
    "resources": "company", "invest": "company", "minerals": "company", "mining": "company", "minera": "company",
    # prosecutors', comptrollers' and ombudsmen's offices ("Fiscalía General de la Nación")
    "fiscalía": "agency", "procuraduría": "agency", "contraloría": "agency", "defensoría": "agency",
    "registraduría": "agency", "superintendencia": "agency", "prosecutor's": "agency",
    # company names closed by their trade ("Hubei Amarvel Biotech", "Norinco Aerospace")
    **dict.fromkeys(_CO_POSTFIX, "company"),
}
HEADS = {**_ORG_HEADS, **_MORE_HEADS}
# heads that name a body only with another word ("Army" alone is not a name; "Tren" needs "de X")
_KIND_OF = {k.lower(): v for k, v in HEADS.items()}

_CAP = r"(?:[A-ZÁÉÍÓÚÑ][\w’'-]*|(?:al|el|ad|ash|as|an|ar|at|az|ul|wal)-[A-ZÁÉÍÓÚÑ][\w’'-]*)"
# (not a year; not a count: "handed Colombia's National Police 40 container scanners", "12 million")
_NUM = (r"(?:(?!(?:19|20)\d\d\b)\d{1,5}(?:st|nd|rd|th|º|ª)?(?![\w])(?![.,]\d)"
        r"(?!\s+(?:million|billion|thousand|hundred|millones|mil)\b)"
        # a number before a lower-case plural noun phrase counts things ("40 container scanners", "12 tanks")
        r"(?!\s+(?!(?:is|was|has|as|its|this|his|us|plus|versus|thus|es|las|los|sus|más|tras|pues)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?s\b))")
# joins inside a name; "the"/"la" only after a preposition ("Ministry of the Interior")
_PREP = r"(?:of|for|de|del|para|y|and|e|sobre|contra)"  # ("Instituto Costarricense sobre Drogas", "Comisión contra la Corrupción")
_ART = r"(?:the|la|las|los|el)"
_RUN = literals.compile(rf"(?<![\w’'-])(?:{_CAP}|{_NUM})(?:\s+(?:{_PREP}\s+(?:{_ART}\s+)?|{_PREP}\s+)?(?:{_CAP}|{_NUM}))*")
# a list inside a run: "Banco Andino and the Sahel Mining Corporation"
_LIST_SPLIT = literals.compile(r"\s+(?:and|y)\s+(?=(?:the|el|la|los|las)\s)")
# words that open a sentence or a phrase in capitals without being part of a name
_LEAD = {"the", "la", "el", "los", "las", "según", "segun", "tras", "para", "con", "desde", "ante", "por", "en",
         "de", "del", "a", "al", "according", "after", "for", "with", "from", "by", "in", "of", "to", "and", "y",
         "but", "pero", "when", "cuando", "while", "if", "si", "as", "como", "on", "at", "since", "that", "this",
         "these", "those", "its", "their", "his", "her", "su", "sus", "este", "esta", "ese", "esa", "yesterday",
         "today", "ayer", "hoy", "meanwhile", "however", "also", "still", "now", "then", "both", "ambos", "some",
         "many", "several", "an", "un", "una", "unos", "unas", "sin", "embargo", "under", "bajo", "against",
         "contra", "during", "durante", "among", "entre", "said", "dijo", "officials", "police", "security"}
# what is not an organisation: agreements, laws, operations, outlets, events
_NOT_ORG = literals.compile(r"\b(?:Agreement|Accord|Treaty|Pact|Memorandum|Convention|Protocol|Act|Law|Plan|Program|"
                      r"Programme|Initiative|Strategy|Summit|Operation|Acuerdo|Tratado|Pacto|Memorando|Convenio|"
                      r"Protocolo|Ley|Programa|Iniciativa|Estrategia|Cumbre|Operación|Operativo|News|Press|Times|"
                      r"Post|Journal|Gazette|Herald|Tribune|Radio|Television|Televisión|TV|Diario|Noticias|Prensa|"
                      r"Report|Reports|Review|Magazine|Revista|Conference|Conferencia|Forum|Foro|Day|Día|Street|"
                      r"Calle|Avenue|Avenida|Square|Plaza|Hotel|Airport|Aeropuerto|University|Universidad|"
                      r"Prize|Premio|Cup|Copa|League|Liga|Championship|Campeonato|War|Guerra|Crisis|Revolution|"
                      r"Revolución|Massacre|Masacre|"
                      # the names of listings ("a Foreign Terrorist Organization", "Terrorista Global Especialmente Designado")
                      r"Foreign\s+Terrorist\s+Organi[sz]ations?|Specially\s+Designated\w*|Organizaci\w+\s+Terroristas?\s+Extranjer\w*|"
                      r"Especialmente\s+Designad\w*)\b")
_MONTHS = literals.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
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
    # cheap tests first: substring checks, then one scan of the capitalised words, decide which
    # readers can find anything (measured: the readers' own regexes on every sentence cost ~1.5 ms
    # per synthetic article; these gates ~0.3 ms)
    seen = result.__dict__.setdefault("_group_names_seen", {})  # names this module found earlier in the document
    if seen:
        _names_again(text, s, e, seg, ms, taken, seen)
    caps = set(_CAPS.findall(seg))
    gates = _document_gates(text, result)
    if any(m.entity.startswith("group:") for m in ms) and any(m.entity.startswith("state:") for m in ms):
        _qualified_known(g, text, s, e, ms, taken, result)
    if any(m.entity.startswith("group:") and m.start > s for m in ms):
        _extended_known(g, text, s, e, ms, taken, result)
    if not caps.isdisjoint(_PREFIX_CAPS):
        _prefixed_names(g, text, s, e, ms, taken, result)
    apostrophe = "'" in seg or "’" in seg
    if apostrophe and any(m.entity.startswith("group:") for m in ms):
        _owned_units(g, text, s, e, ms, taken)
    if _BRANCH_GATE.search(seg) and any(m.entity in _children(g) for m in ms):
        _branches(g, text, s, e, ms, taken)
    if apostrophe:
        _state_bodies(g, text, s, e, ms, taken, result)
    if _appos_gate(text, s, e, seg) or ", " in seg and gates["part"] and _PART_RX.search(seg) and _APPOS_PART.search(seg):
        _appositive_names(g, text, s, e, ms, taken, result)
    # (gates per document, then per sentence: the readers' regexes, or even substring tests, on
    # every sentence cost 1-2 ms per synthetic article)
    if gates["desig"] and ("proscri" in seg or "terror" in seg and _DESIG_RX.search(seg)):
        _designated_names(g, text, s, e, ms, taken, result)
    if _VESSEL_GATE.search(seg) and _VESSEL_ROLE_GATE.search(seg):
        _vessel_owners(g, text, s, e, ms, taken, result)
    if gates["legal"] and _LEGAL_RX.search(seg) and _LEGAL_GATE.search(seg) or gates["biz"] and _biz_word_in(seg, s, e, result):
        _companies(g, text, s, e, ms, taken, result)
    if ('"' in seg or "“" in seg or "«" in seg) and _QUOTED_GATE.search(seg):
        _quoted_names(g, text, s, e, ms, taken, result)
    if literals.search(_SELF_NAMED_GATE, seg):  # (speed24: gated, its (?i:...) alternation tried at every offset)
        _self_named(g, text, s, e, ms, taken, result)
    if not caps.isdisjoint(_HEAD_CAPS):
        _head_runs(g, text, s, e, ms, taken, result)
    if apostrophe:
        _owned_names(g, text, s, e, ms, taken, result)
    # (the plural-noun regex is the costly test: only after a list word and a known group or an
    # introducing phrase; measured 0.64 -> ~0.1 ms per synthetic article)
    if (" and " in seg or " y " in seg or " e " in seg) \
            and (any(m.entity.startswith("group:") for m in ms) or any(w in seg for w in _INTRO_WORDS)) \
            and _plural_in_document(text, result) and _PLURAL_RX.search(seg):
        _listed_names(g, text, s, e, ms, taken, result)
    if ("Los " in seg or "Las " in seg) and _GANG_GATE.search(seg):
        _gang_names(g, text, s, e, ms, taken, result)
    if gates["state"] and ("state" in seg or "State-" in seg or "estatal" in seg or "pública" in seg):
        _state_companies(g, text, s, e, ms, taken, result)
    if gates["struct"] and any(w in seg for w in _STRUCT_WORDS):
        _structure_names(g, text, s, e, ms, taken, result)
    if gates["counted"] and _COUNTED_GATE.search(seg):
        _counted_lists(g, text, s, e, ms, taken, result)
    if (" wing" in seg or " arm " in seg or "brazo " in seg or "ala " in seg) and any(m.entity.startswith("group:") for m in ms) \
            or ((" su " in seg or "Su " in seg or "its " in seg or "their " in seg) and (" wing" in seg or "brazo " in seg or " ala " in seg)):
        _bare_wings(g, text, s, e, ms, taken, result)
    named = gates["named"] and any(w in seg for w in _NAMED_WORDS)
    party = " party" in seg or " movement" in seg or " militia" in seg or " gang" in seg or " clan" in seg or " faction" in seg
    if named or party:
        _named_after_category(g, text, s, e, ms, taken, result, named, party)
    if ("filial" in seg or "subsidiar" in seg) and any(m.entity.startswith("group:") for m in ms):
        _subsidiaries(g, text, s, e, ms, taken, result)
    firms = result.__dict__.get("_described_firms")
    if firms and any(n in seg for n in firms):
        _firms_again(g, text, s, e, ms, taken, firms, result)
    known = result.__dict__.setdefault("_named_acronyms", {})  # this document's "X, known as ABC"
    # (_ACR_COMMA: what every match of _ACR_FIRST holds, found at once from its comma)
    if any(w in seg for w in _KNOWN_WORDS) or ", " in seg and _ACR_COMMA.search(seg) and _ACR_FIRST.search(seg):
        _known_as(g, text, s, e, ms, taken, result, known)
    if known:
        _acronym_uses(text, s, e, ms, taken, known)
    if any(w in seg for w in _DESCRIBED_AS_WORDS):
        _described_as(text, s, ms, taken)
    if result.__dict__.get("_described_firms"):
        last = _last_company(g, ms, e, result)
        if last:
            result.__dict__["_last_company"] = last
    return True


def _last_company(g: Gazetteer, ms: list[Mention], before: int, result: Actors) -> str | None:
    """The company mentioned last before `before` in these mentions (gazetteer or found in the text)."""
    last, at = None, -1
    for m in ms:
        if m.entity.startswith("group:") and m.end <= before and m.start > at:
            ent = g.entities.get(m.entity) or result.new_entities.get(m.entity)
            if getattr(ent, "kind", None) == "company":
                last, at = m.entity, m.start
    return last


_DESIG_WORDS = ("list", "design", "declar", "inclu", "blacklist")
_LEGAL_WORDS = ("LLC", "Ltd", "Limited", "Inc", "Corp", "Co.", "S.A", "SA de", "SARL", "S.A.R.L", "GmbH", "FZ", "DMCC",
                "JSC", "OOO", "PLC", "plc", "SRL", "S.R.L", "S.L.", "C.A.", "Ltda", "LLP", "S.p.A", "B.V.", "N.V.", "L.L.C")
_BIZ_WORDS = ("compan", "firm", "bank", "busines", "exchange", "changer", "charit", "foundation", "entit", "airline",
              "empresa", "compañ", "sociedad", "banco", "casa de cambio", "casas de cambio", "naviera", "aerolínea",
              "fundaci", "entidad", "benéfica",
              # (session 21) trades and a firm's place in a group
              "carrier", "refiner", "conglomera", "subsidiar", "filial", "petroler", "shipowner", "trader")
_PART_WORDS = (" brazo", " ala ", " rama", " filial", "facción", "escisión", "célula", " wing", "offshoot", "affiliate",
               "splinter", "branch", "faction")
_DESIG_RX = literals.compile("|".join(_DESIG_WORDS))
_LEGAL_RX = literals.compile("|".join(map(re.escape, _LEGAL_WORDS)))
_BIZ_RX = literals.compile("|".join(map(re.escape, _BIZ_WORDS)))
_PART_RX = literals.compile("|".join(map(re.escape, _PART_WORDS)))


# the document gates below but "counted" are "one of these strings occurs" (in the text; "biz": in its
# lower-case form): one automaton pass finds them all. Measured on 300 synthetic articles: the regex
# and `in` scans cost ~0.27 ms per article (re tries an alternation of literals at every offset).
_GATE_PASSES: list | None = None


def _gate_passes() -> list:
    """[(automaton over the text, automaton over its lower-case form)]; [] without pyahocorasick."""
    global _GATE_PASSES
    if _GATE_PASSES is None:
        _GATE_PASSES = []
        if literals.ahocorasick is not None:
            words = {"desig": ("proscri", "terror"), "legal": _LEGAL_WORDS, "part": _PART_WORDS,
                     "state": ("state", "State-", "estatal", "pública"), "struct": _STRUCT_WORDS, "named": _NAMED_WORDS}
            plain, low = literals.ahocorasick.Automaton(), literals.ahocorasick.Automaton()
            for gate, ws in words.items():
                for w in ws:
                    plain.add_word(w, plain.get(w, frozenset()) | {gate})
            for w in _BIZ_WORDS:
                low.add_word(w, len(w))
            plain.make_automaton()
            low.make_automaton()
            _GATE_PASSES = [(plain, low)]
    return _GATE_PASSES


def _document_gates(text: str, result: Actors) -> dict[str, bool]:
    """Which of the rarer readers can find anything in this document (one pass each, cached)."""
    got = result.__dict__.get("_group_names_gates")
    if got is None and _gate_passes():
        plain, low = _gate_passes()[0]
        found: set[str] = set()
        for _, names in plain.iter(text):
            found |= names
        # every business word's span: a sentence holds one when a span lies inside it (the offsets of
        # the lower-case text are the text's unless lower() lengthened a character, "İ")
        lowered = text.lower()
        biz = sorted((end - n + 1, end + 1) for end, n in low.iter(lowered))
        if biz:
            found.add("biz")
        result.__dict__["_group_names_biz"] = biz if len(lowered) == len(text) else None
        got = result.__dict__["_group_names_gates"] = {
            **{k: k in found for k in ("desig", "legal", "biz", "part", "state", "struct", "named")},
            "counted": bool(_COUNTED_GATE.search(text))}
    if got is None:
        got = result.__dict__["_group_names_gates"] = {
            "desig": "proscri" in text or "terror" in text, "legal": bool(_LEGAL_RX.search(text)),
            "biz": bool(_BIZ_RX.search(text.lower())),
            # (substring tests: the alternation scan of a whole article cost 0.18 ms, these 0.05)
            "part": any(w in text for w in _PART_WORDS),
            "state": "state" in text or "State-" in text or "estatal" in text or "pública" in text,
            "struct": any(w in text for w in _STRUCT_WORDS), "counted": bool(_COUNTED_GATE.search(text)),
            "named": any(w in text for w in _NAMED_WORDS)}
    return got


def _biz_word_in(seg: str, s: int, e: int, result: Actors) -> bool:
    """Whether _BIZ_RX.search(seg.lower()) finds a word (seg = text[s:e]): from the spans the
    document pass found (_document_gates), else by the regex. (The per-sentence lower() and
    alternation scan cost ~0.2 ms per synthetic article.)"""
    spans = result.__dict__.get("_group_names_biz")
    if spans is None:
        return bool(_BIZ_RX.search(seg.lower()))
    for a, b in spans[bisect_left(spans, (s, -1)):]:
        if a >= e:
            return False
        if b <= e:
            return True
    return False


_PLURAL_WORDS = ("groups", "gangs", "cartels", "militias", "factions", "organizations", "organisations", "movements",
                 "parties", "grupos", "bandas", "pandillas", "carteles", "cárteles", "milicias", "facciones",
                 "organizaciones", "movimientos", "partidos")
_PLURAL_RX = literals.gated("|".join(_PLURAL_WORDS), re.I)
_INTRO_WORDS = ("such as", "including", "like ", "among them", "namely", "como ", "incluid", "entre ellos", "entre ellas")
_KNOWN_WORDS = ("known", "conocid", "abbreviated", "siglas")
# (no look-behind: it would stop the engine skipping ahead to the next capital; a capitalised
# piece inside a word only adds a harmless candidate)
_CAPS = literals.compile(r"[A-ZÁÉÍÓÚÑ][^\W\d_]*")
_APPOS_GATE = literals.compile(r"(?:,|\s(?:is|was|are|were|remains|es|era|fue|son|eran|siendo))\s+(?:a|an|the|one|its|un|una|el|la|otra|otro|su)\s")
# _APPOS_GATE's two branches apart: the comma one opens with a literal (re skips to each comma); the verb one
# only where the sentence holds one of its verbs as a word (a match has it between blanks: a token)
_APPOS_COMMA = literals.compile(r",\s+(?:a|an|the|one|its|un|una|el|la|otra|otro|su)\s")
_APPOS_VERB = literals.compile(r"\s(?:is|was|are|were|remains|es|era|fue|son|eran|siendo)\s+(?:a|an|the|one|its|un|una|el|la|otra|otro|su)\s")
_APPOS_VERBS = frozenset({"is", "was", "are", "were", "remains", "es", "era", "fue", "son", "eran", "siendo"})


def _appos_gate(text: str, s: int, e: int, seg: str) -> bool:
    """bool(_APPOS_GATE.search(seg)) for seg = text[s:e]. (Measured over every sentence of 300 synthetic
    articles: the one regex, tried at every comma and blank, ~0.4 ms per article.)"""
    if _APPOS_COMMA.search(seg):
        return True
    toks = DocTokens.of(text)
    span = toks.within(s, e)
    if span is not None and not toks.hits(_APPOS_VERBS, *span):
        return False
    return _APPOS_VERB.search(seg) is not None


def _plural_in_document(text: str, result: Actors) -> bool:
    """Whether the document holds any plural category noun at all (one pass per document)."""
    got = result.__dict__.get("_group_names_plural")
    if got is None:
        low = text.lower()
        got = result.__dict__["_group_names_plural"] = any(w in low for w in _PLURAL_WORDS)
    return got


def _headline(seg: str) -> bool:
    """A line in Title Case without a sentence's closing stop."""
    seg = seg.rstrip()
    if seg.endswith((".", "!", "?", "\"", "”", "»", ":", ";")):
        return False
    words = re.findall(r"[A-Za-zÁÉÍÓÚÑáéíóúñ]{4,}", seg)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _overlaps(a: int, b: int, spans) -> bool:
    return any(not (b <= x or a >= y) for x, y in spans)


_POSSESSIVE_END = literals.compile(r"['’]s?$")
# a state body's name (its executive's and security forces' bodies, councils and committees of state)
_OWNED_BODY = literals.compile(_STATE_BODY_HEAD.pattern + r"|\b(?:committee|council|comité|consejo)\b", re.I)
_STATE_POSS_GAP = literals.compile(r"['’]s?\s+(?:(?:new|own|powerful|feared|elite|main|top|national)\s+)?")


# a council or commission of a community, a faith or civil society is no body of the state its name holds
# ("New Zealand Jewish Council", "Consejo Colombiano de Refugiados")
_CIVIL = literals.compile(r"\b(?:jewish|jud[íi]\w*|muslim\w*|musulman\w*|christian\w*|cristian\w*|catholic|cat[óo]lic\w*|"
                    r"evangelic\w*|sikh|hindu|buddhist|refugee\w*|refugiad\w*|human\s+rights|derechos\s+humanos|"
                    r"solidarity|solidaridad|students?|estudiant\w*|women|mujeres|business|empresari\w*|employers|"
                    r"workers|trabajadores|chamber|c[áa]mara|journalists|periodistas|lawyers|abogados|bar)\b", re.I)


def _claim(g: Gazetteer, text: str, a: int, b: int, kind: str, ms: list[Mention], taken: list, result: Actors,
           *, replace_groups: bool = False, alias: str | None = None, name: str | None = None,
           part_of: str | None = None) -> bool:
    """Register text[a:b] as a group mention, unless a person or (by default) a known group is
    inside it or it cuts across another mention. States, capitals and places inside it belong
    to the name ("Sahel Mining Corporation"); a state inside gives the group its country."""
    pm = _POSSESSIVE_END.search(text, a, b)
    if pm:  # "Kataib Hezbollah's spokesman": the name ends before the possessive
        b = pm.start()
        name = name[:len(name) - len(pm.group())] if name and name.endswith(pm.group()) else name
    inner = [m for m in ms if a <= m.start and m.end <= b]
    if any(m.entity.startswith(("official:", "agreement:")) for m in inner):
        return False
    if not replace_groups and any(m.entity.startswith("group:") for m in inner):
        return False
    inner_spans = {(m.start, m.end) for m in inner}
    if _overlaps(a, b, [t for t in taken if t not in inner_spans]):
        return False
    name = name or text[a:b]
    if kind == "company" and " " not in name.strip() and _norm(name) in _surnames(g, result):
        return False  # prec23: "..., filial del conglomerado CK Hutchison, Mulino recordó": a person's surname, no company
    gid = ids.entity_id("Group", name)
    states = [m.entity for m in inner if m.entity.startswith("state:")]
    if not part_of and not states and kind in ("agency", "armed force") and _OWNED_BODY.search(name) \
            and not _NOT_STATE_BODY.search(name):
        # "Tajikistan's State Committee for National Security": the body of the state owning it
        part_of = next((m.entity for m in ms if m.entity.startswith("state:") and m.kind != "demonym"
                        and m.end < a and _STATE_POSS_GAP.fullmatch(text, m.end, a)), None)
    if not part_of and states and kind in ("agency", "armed force") and not _CIVIL.search(name):
        part_of = states[-1]  # "Peruvian Army", "Ejército de Colombia": a body of that state
        state_in_name(result, gid, name, part_of)
    if part_of and not states and part_of.startswith("state:") and result.part_of.get(gid, part_of) != part_of \
            and g.get(part_of) is not None:
        # "Kyrgyzstan's State Committee for National Security ... Tajikistan's State Committee for National
        # Security": the second state's body of the same name is another body
        alias = alias or name
        name = f"{name} ({g.get(part_of).name})"
        gid = ids.entity_id("Group", name)
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
    if name == text[a:b]:  # (a state body's made-up name is not said again as such)
        result.__dict__.setdefault("_group_names_seen", {})[name] = gid
    return True


def _surnames(g: Gazetteer, result: Actors) -> frozenset:
    """The last names of the people the gazetteer holds and of those the document introduced (normalised)."""
    known = g.__dict__.get("_group_names_surnames")
    if known is None:
        known = frozenset(_norm(e.name.split()[-1]) for eid, e in g.entities.items()
                          if eid.startswith("official:") and len(e.name.split()) > 1)
        g.__dict__["_group_names_surnames"] = known
    found = {_norm(e.name.split()[-1]) for eid, e in result.new_entities.items()
             if eid.startswith("official:") and len(e.name.split()) > 1}
    return known | found if found else known


def _names_again(text: str, s: int, e: int, seg: str, ms: list[Mention], taken: list, seen: dict[str, str]) -> None:
    """A name found earlier from its context ("Los Pumas, una banda ...") is the same group when
    the text says it again without one ("Los Pumas controlan el puerto")."""
    for name in sorted(seen, key=len, reverse=True):
        if name not in seg:
            continue
        for a, b in literals.word_spans(text, name, s, e, before="’'-", after="’'-"):
            if not _overlaps(a, b, taken):
                ms.append(Mention(a, b, seen[name], "name"))
                taken.append((a, b))


# -- 1. names opened by an Arabic (or Urdu/Persian) organisation word --------------------
_PREFIX = (r"(?:Jaish|Jaysh|Jaish-e|Ansar|Harakat|Harkat|Harakat-ul|Liwa|Liwaa|Kataib|Kata['’]ib|Kataeb|Saraya|"
           r"Asaib|Asa['’]ib|Ansarul|Ansaru|Katiba|Hizb|Hizb-ut|Hizbul|Jabhat|Jamaat|Jama['’]at|Jamaah|Firqat|Quwat|Alwiya|Jund|Junud|"
           r"Ahrar|Lashkar|Lashkar-e|Tehreek|Tehrik|Sipah|Katibat|Faylaq|Tanzim|Majlis|Fursan|Usbat|Tahrir)")
# first words of those names, lower-cased and cut at a hyphen or apostrophe, for the gate in discover()
_PREFIX_SET = {"jaish", "jaysh", "ansar", "harakat", "harkat", "liwa", "liwaa", "kataib", "kata", "kataeb", "saraya",
               "asaib", "asa", "hizb", "hizbul", "jabhat", "jamaat", "jama", "jamaah", "firqat", "quwat", "alwiya",
               "jund", "junud", "ahrar", "lashkar", "tehreek", "tehrik", "sipah", "katibat", "faylaq", "tanzim",
               "majlis", "fursan", "usbat", "tahrir", "ansarul", "ansaru", "katiba"}
_AR_WORD = r"(?:[A-Z][\w’'-]*|(?:al|el|ad|ash|as|an|ar|at|az|ul|wal|e)-[\w’'-]+|al|el|wal|ul|e)"
_PREFIXED = literals.compile(rf"(?<![\w’'-]){_PREFIX}(?:\s+{_AR_WORD}){{1,5}}")


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
_STATE_POSS = literals.compile(r"['’]s?\s+" + _BODY + r"(?!\s*,?\s+(?:the\s+)?[A-Z])")  # not "Israel's intelligence service Mossad"
# the body is an endpoint only when something is said to belong to it or someone to serve in
# it ("answers to Russia's defence ministry", "a unit of Mexico's army", "chief of Peru's
# police"); "Uganda's army has fought ..." is the state acting
_TIED_BEFORE = literals.compile(r"\b(?:answer\w*|report\w*|subordinat\w*|part|units?|wings?|branch\w*|arm|divisions?|brigades?|"
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
        known = _bodies_by_state(g).get((m.entity, _norm(f"{dem} {body}")))
        if known is not None:
            # prec23: the body the gazetteer holds under that name ("Moscow's defence ministry" is the Russian Ministry
            # of Defence, "Russian Defence Ministry" among its names), not a second body of the same state
            if not _overlaps(a, b, taken):
                ms.append(Mention(a, b, known, "name"))
                taken.append((a, b))
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
           "force": "armed force", "umbrella": "armed group",
           # trades a company is described by ("X, a Dutch shipbuilder")
           "shipbuilder": "company", "shipyard": "company", "manufacturer": "company", "distributor": "company",
           "exporter": "company", "airline": "company",
           # a chamber named in its own language ("the Halk Maslahaty, the upper chamber of ...", "the Jogorku Kenesh,
           # Kyrgyzstan's parliament")
           "chamber": "agency", "legislature": "agency", "parliament": "agency"}
_CAT_ES = {"ala": "armed group", "grupo": "armed group", "banda": "cartel", "pandilla": "cartel", "milicia": "armed group",
           "facción": "armed group", "escisión": "armed group", "guerrilla": "armed group", "cártel": "cartel",
           "cartel": "cartel", "organización": "organisation", "célula": "armed group", "rama": "armed group",
           "filial": "armed group", "brazo": "armed group", "coalición": "armed group", "alianza": "armed group",
           "frente": "armed group", "partido": "political party", "movimiento": "armed group",
           "disidencia": "armed group", "red": "organisation", "estructura": "armed group", "clan": "cartel",
           "mafia": "cartel", "empresa": "company", "compañía": "company", "banco": "company",
           "agencia": "agency", "unidad": "armed force", "brigada": "armed group", "fuerza": "armed force",
           # plurals that are not the singular plus -s/-es ("una de las facciones de ...")
           "facciones": "armed group", "organizaciones": "organisation", "coaliciones": "armed group",
           "escisiones": "armed group", "unidades": "armed force", "alianzas": "armed group",
           # trades a company is described by ("X, una distribuidora turca"; never "firma": "X, la firma del acuerdo")
           "naviera": "company", "distribuidora": "company", "constructora": "company",
           "aerolínea": "company", "petrolera": "company", "fabricante": "company", "astillero": "company",
           "exportadora": "company", "comercializadora": "company",
           "cámara": "agency", "parlamento": "agency", "legislativo": "agency"}
# words between the article and the category noun: adjectives, never a preposition or a person noun
_ADJ = r"(?:(?!(?:of|de|del|in|en|for|para|with|con|that|que|who|which|member|miembro|leader|líder|former|ex)\b)[\w’'-]+\s+)"
_COPULA = r"(?:is|was|are|were|remains|es|era|fue|son|eran|sigue\s+siendo|siguen\s+siendo)"
_CATS = "|".join(sorted({**_CAT_EN, **_CAT_ES}, key=len, reverse=True))
_APPOS = literals.compile(
    # ("one of the factions of ..." was tried here too: on unseen text it turned people into groups)
    # (or the defining copula of explainers: "X is an armed group that ...", "X es una banda ...")
    rf"\s*(?:\([^()]{{1,60}}\)\s*)?(?:,|\s+{_COPULA})\s+(?:a|an|the|one|its|un|una|el|la|otra|otro|su)\s+{_ADJ}{{0,3}}?(?P<cat>{_CATS})\b"
    # the noun heads the apposition ("a militia leader" is a person)
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:of|de|del|that|which|que|who|based|founded|linked|tied|active|operating|"
    r"in|en|with|con|from|known|responsible|accused|blamed|formed|created|backed|vinculad|ligad|creado|"
    r"fundad|surgid|acusad|responsable|señalad|armad[oa]|criminal|disidente|armed|rebel|narco\w*|"
    r"paramilitar|yihadista|islamista|rival|local|regional)\b|\s+[^\W\d_]+\b)", re.I)
# a part noun in apposition, with or without its article, before the body it belongs to:
# "Los Pumas del Sur, brazo armado del Cártel ...", "Red Hand, armed wing of the ..."
_APPOS_PART = literals.compile(
    r"\s*,\s+(?:(?:the|its|a|an|el|la|su|una?)\s+)?(?:[\w-]+\s+){0,2}?(?P<cat>brazo|ala|rama|filial|facción|escisión|"
    r"célula|wing|offshoot|affiliate|splinter|branch|faction)\s+(?:[\w-]+\s+){0,2}?(?:of|de|del)\s+"
    r"(?:the\s+|la\s+|el\s+|los\s+|las\s+)?[A-ZÁÉÍÓÚÑ]")
# what may follow the category noun of an apposition: its modifiers, then the apposition's end
# or a phrase qualifying the noun (never the verb of a new clause)
_APPOS_CLOSE = literals.compile(
    r"(?:\s+(?:armad[oa]s?|criminal(?:es)?|disidentes?|armed|rebel|narco\w*|paramilitar(?:es)?|yihadistas?|alta|baja|"
    r"islamistas?|rival(?:es)?|local(?:es)?|regional(?:es)?|[a-záéíóúñ]+(?:an[oa]|ens[ea]|í|és|es[ae])s?))*"
    r"\s*(?:[,.;:)]|$|\s+(?:of|de|del|that|which|que|who|based|founded|linked|tied|active|operating|in|en|with|con|"
    r"from|known|responsible|accused|blamed|formed|created|backed|vinculad\w*|ligad\w*|cread\w*|fundad\w*|"
    r"surgid\w*|acusad\w*|responsable|señalad\w*)\b)")
_NAME_BEFORE = literals.compile(rf"(?:(?:Los|Las|La|El)\s+)?(?:{_CAP}|{_NUM})(?:\s+(?:(?:{_PREP}|{_ART})\s+)*(?:{_CAP}|{_NUM})){{0,6}}$")


_DEMONYM_CLOSE = literals.compile(r"\s+(?P<adj>[^\W\d_]+)")


def _demonym_close(text: str, at: int, ms: list[Mention]) -> bool:
    """The apposition ends with a nationality after its noun: "X, una empresa turca, ...", "X, una milicia
    siria." (the Spanish demonyms _APPOS_CLOSE's endings miss)."""
    dm = _DEMONYM_CLOSE.match(text, at)
    return bool(dm) and any(m.kind == "demonym" and m.start == dm.start("adj") and m.end == dm.end("adj") for m in ms) \
        and bool(_APPOS_CLOSE.match(text, dm.end()))


def _appositive_names(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list,
                      result: Actors) -> None:
    for cm in [*literals.finditer(_APPOS, text, s, e), *_APPOS_PART.finditer(text, s, e)]:
        head = cm.start()
        if cm.re is _APPOS and not _APPOS_CLOSE.match(text, cm.end("cat")) and not _demonym_close(text, cm.end("cat"), ms):
            continue  # "Según la Fiscalía, el grupo armado recibe ...": a new clause's subject, no apposition
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
        if len(words) == 1 and (_lower_elsewhere(text, words[0]) or a == s and not _named_mid_sentence(text, words[0])):
            continue  # one capitalised word opening a sentence ("Yesterday, a militia ...") is no name,
            # unless the document also writes it capitalised inside a sentence ("Lakurawa, a jihadist
            # group ..." then "Nigeria designated Lakurawa"): a name, not a sentence opener
        if _has_title(g, words):
            continue
        cat = cm.group("cat").lower()
        heads = [w.lower() for w in words if w.lower() in _KIND_OF]  # (a plural category keeps its singular's kind)
        kind = _KIND_OF[heads[-1]] if heads else _CAT_EN.get(cat) or _CAT_ES.get(cat, "organisation")
        nat = _nationality(ms, cm.start(), cm.end())
        if _claim(g, text, a, b, kind, ms, taken, result) and kind == "company" and cat in _NAMED_KIND:
            _note_firm(cat, [ms[-1]], result, nat)  # ("X, a Dutch shipbuilder, ... the shipbuilder")


def _gang_article(words: list[str]) -> bool:
    """Spanish gang names keep their plural article ("Los Lobos", "Las Águilas"); "Las Brigadas
    X" is an article before a head word."""
    return words[0] in ("Los", "Las") and len(words) > 1 and words[1].lower() not in _KIND_OF


def _lower_elsewhere(text: str, word: str) -> bool:
    return bool(literals.word_spans(text, word.lower(), before="-", after="-"))


def _named_mid_sentence(text: str, word: str) -> bool:
    """The word occurs capitalised after a lower-case word elsewhere in the document, where only a
    name is capitalised."""
    for a, _ in literals.word_spans(text, word, before="-", after="-"):
        k = a - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        if k >= 0 and k < a - 1 and (text[k].islower() or text[k] == ","):
            return True
    return False


def _has_title(g: Gazetteer, words: list[str]) -> bool:
    titles = _title_tokens(g)
    return any(_norm(w) in titles for w in words)


# -- 4. capitalised runs with a head word -------------------------------------------------
_HEAD_SET = {k.lower() for k in HEADS}
_DIGIT = literals.compile(r"\d")
_POSS_S = literals.compile(r"['’]s\b")
# a capitalised word and an article before a name: the older reader joins them ("Are the X Brigades")
_CAP_THE = literals.compile(r"(?<![\w’'-])[A-ZÁÉÍÓÚÑ][\w’'-]*\s+(?:the|la|el|los|las)\s+$")
_MORE_ONLY = {k for k in _MORE_HEADS if k not in _ORG_HEADS}
_HEAD_CAPS = {f(k) for k in _HEAD_SET for f in (str.capitalize, str.upper)}
_PREFIX_CAPS = {f(k) for k in _PREFIX_SET for f in (str.capitalize, str.upper)}



def _head_runs(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    """"Sahel Mining Corporation", "Frente 33", "45th Mechanised Brigade", "Banco Andino del Sur
    and the Kivu Gold Company": runs the older reader misreads (a place or a number inside,
    two names in a list, a demonym after "of")."""
    for rm in _RUN.finditer(text, s, e):
        run = rm.group()
        low = [w.rstrip(".") for w in _POSS_S.sub("", run.lower()).split()]
        if not any(w in _HEAD_SET for w in low):
            continue
        # only runs the older reader misreads: a number, an owner, "and", a place or demonym
        # inside, or a head word it does not know (the rest it reads the same way, for less)
        # (a name closing the sentence takes its full stop into the older reader's run: "... of the Ndolo Front.")
        if not (_DIGIT.search(run) or " sobre " in run or " contra " in run or "'s" in run or "’s" in run or text[rm.end():rm.end() + 1] == "." or _CAP_THE.search(text, max(s, rm.start() - 30), rm.start()) or " and " in run or " y " in run
                or any(w in _MORE_ONLY for w in low) or (_UNIT_HEADS & set(low) and _UNIT_SPLIT.search(run))
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
            if _unit_of_known(g, text, a, b, ms, taken, result):
                continue
            sp = _trim(g, text, s, a, b, ms)
            if sp and _unit_of_body(g, text, sp[0], sp[1], ms, taken, result):
                continue
            # (or an owner it would read into the name, or a possessive inside it: "People's Front")
            if sp and (listed or cut or sp[2] or "'" in text[sp[0]:sp[1]] or "’" in text[sp[0]:sp[1]]
                       or text[sp[1]:sp[1] + 1] == "." or _CAP_THE.search(text, max(s, sp[0] - 30), sp[0])):
                _claim(g, text, sp[0], sp[1], _KIND_OF[_head_of(text[sp[0]:sp[1]])], ms, taken, result)


# "the 5th Brigade of the Sahel Liberation Front", "el Bloque Sur del Frente Patriótico": a unit's
# name, then the body it belongs to, itself a name with its own head word: two groups, the first
# PART_OF the second (read by extract's "⟦unit⟧ of ⟦body⟧" skeleton step)
_UNIT_HEADS = {"brigade", "brigades", "battalion", "battalions", "regiment", "division", "wing", "cell", "unit", "column",
               "bloc", "brigada", "brigadas", "batallón", "batallones", "regimiento", "división", "célula", "unidad",
               "columna", "bloque", "frente", "comando", "front"}
_UNIT_SPLIT = literals.compile(r"\s+(?:of\s+the|of|del|de\s+la|de\s+los|de\s+las|de)\s+(?=[A-ZÁÉÍÓÚÑ])")


def _unit_of_known(g: Gazetteer, text: str, a: int, b: int, ms: list[Mention], taken: list, result: Actors) -> bool:
    """"el Frente de Guerra Oriental del ELN": a unit whose own name holds a "de", of a known group after
    the last one (the unit PART_OF the group)."""
    lead = re.match(r"(?:El|La|The|el|la|the)\s+", text[a:b])
    if lead:
        a += lead.end()
    splits = list(_UNIT_SPLIT.finditer(text, a, b))
    if not splits:
        return False
    head = text[a:splits[0].start()].split()
    # prec23: or a unit head and one capitalised word before the one "de" ("el Comando Conjunto de las Fuerzas Armadas"):
    # named in full, as _unit_of_body names it when the body is new
    bare = len(splits) == 1 and len(head) == 2 and head[0].lower() in _UNIT_HEADS and head[1][:1].isupper()
    if not bare and (len(splits) < 2 or text[a:splits[0].start()].lower() not in _UNIT_HEADS):
        return False
    last = splits[-1]
    body = [m for m in ms if m.start == last.end() and m.entity.startswith("group:")]
    if not body or any(a <= m.start < last.start() for m in ms) or (len(text[a:last.start()].split()) < 3 and not bare):
        return False
    if _claim(g, text, a, last.start(), _KIND_OF[(head[0] if bare else text[a:splits[0].start()]).lower()], ms, taken, result,
              name=text[a:body[0].end] if bare else None):
        result.part_of[ms[-1].entity] = body[0].entity
        return True
    return False


def _unit_of_body(g: Gazetteer, text: str, a: int, b: int, ms: list[Mention], taken: list, result: Actors) -> bool:
    for sm in _UNIT_SPLIT.finditer(text, a, b):
        unit, body = text[a:sm.start()].split(), text[sm.end():b].split()
        if not (unit and unit[-1].lower() in _UNIT_HEADS or len(unit) > 1 and unit[-2].lower() in _UNIT_HEADS
                and re.fullmatch(_NUM + "|[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+", unit[-1])):
            continue
        low = [w.lower().strip(".") for w in body]
        if len(body) < 2 or not any(w in _KIND_OF for w in low) or all(w in _KIND_OF or w in _JOINS for w in low) \
                or _NOT_ORG.search(text, sm.end(), b):
            continue
        if any(m.start < b and m.end > sm.end() for m in ms if m.entity.startswith(("group:", "official:"))):
            continue  # (a place or a state inside belongs to the name: "Sahel Liberation Front")
        if len(unit) < 2 and not re.fullmatch(_NUM, unit[0]):
            continue
        if not _claim(g, text, sm.end(), b, _KIND_OF[_head_of(text[sm.end():b])], ms, taken, result):
            continue
        body_id = ms[-1].entity
        if _claim(g, text, a, sm.start(), _KIND_OF[_head_of(text[a:sm.start()])], ms, taken, result):
            result.part_of[ms[-1].entity] = body_id
        return True
    return False


# an owner in the possessive; "People's", "Workers'" belong to names ("People's Redemption Party")
_OWNER = literals.compile(r"(?<!\bPeople)(?<!\bWomen)(?<!\bChildren)(?<!\bWorker)(?<!\bCitizen)(?<!\bFarmer)(?<!\bNation)['’]s(?:\s+|$)")
_PART_AFTER = literals.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:wings?|arms?|branch(?:es)?|cells?|units?|factions?|brigades?|divisions?|"
                        r"fronts?|affiliates?|offshoots?|subsidiar(?:y|ies)|franchises?)\b")
_AND = literals.compile(r"\s+(?:and|y)\s+")
_PREP_IN = literals.compile(r"\b(?:of|for|de|del|para)\b")


def _split_owner_and(text: str, a: int, b: int) -> list[tuple[int, int, bool]]:
    """"Rivera's Tiger Brigades" -> the name after the owner; "Tiger Brigades and Red Dawn" ->
    two names, unless "and" joins the complement of a preposition ("Ministry of Trade and
    Industry")."""
    om = None
    for om in _OWNER.finditer(text, a, b):
        pass
    out = []
    if om is not None:  # the owner may be an organisation too ("the Peruvian Army's 3rd Division")
        # (before lower-case words only when they name a part of it: "the Ndolo Front's youth wing";
        # "the Interior Ministry's spokesman" qualifies a person's title, read by the title reader)
        if om.end() < b or _PART_AFTER.match(text, om.end()):
            out.append((a, om.start(), True))
        a = om.end()
        if a >= b:
            return out
    am = _AND.search(text, a, b)
    # ("Myanma Oil and Gas Enterprise", "Sahel Trade and Investment Company": a first part with no head
    # word is no name of its own, the trades are joined inside one name)
    if am and not _PREP_IN.search(text, a, am.start()) and (
            any(w.lower().strip(".") in _HEAD_SET for w in text[a:am.start()].split()) or _head_only_at_end(text, am.end(), b)):
        return out + [(a, am.start(), True), (am.end(), b, True)]
    return out + [(a, b, om is not None)]


# the trades a company's name joins with "and" ("Oil and Gas", "Trade and Investment"); a proper name there
# ("Insitu and Hudson Technologies") is a second company
_TRADES = frozenset("""oil gas petroleum energy power electric electricity water mining minerals metals steel chemicals
    trade trading investment investments commerce finance financial industry industries industrial development construction
    engineering shipping logistics transport telecommunications technology technologies services agriculture food""".split())


def _head_only_at_end(text: str, a: int, b: int) -> bool:
    """The words text[a:b] after "and" are a name of their own unless they are one trade and a company head."""
    words = [w.lower().strip(".") for w in text[a:b].split()]
    return not (len(words) == 2 and _KIND_OF.get(words[-1]) == "company" and words[0] in _TRADES)


def _head_of(name: str) -> str:
    heads = [w for w in (x.lower().strip(".") for x in name.split()) if w in _KIND_OF]
    return next((w for w in reversed(heads) if w not in _CO_POSTFIX), heads[-1])


_MODIFIER = literals.compile(r"-(?:made|based|backed|led|linked|owned|run|allied|aligned|funded|supplied|built)$", re.I)
# English heads that close a name ("Youth Wing", "Hamas Cell"), never open one
_POSTFIX = {"wing", "cell", "unit", "division", "regiment", "industries", "holding", "holdings", "youth", *_CO_POSTFIX}
_JOINS = ("of", "for", "de", "del", "para", "y", "and", "e", "sobre", "contra", "the", "la", "el", "los", "las")


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
    if words and words[0].lower() in _POSTFIX and not (len(words) > 1 and re.fullmatch(_NUM, words[1])):
        return None  # "Wing Loong": a product's name opening with the noun ("Unit 8200" is a unit)
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
    # (a title right after a head word is part of the body's name: "Fiscalía General de la Nación")
    if _NOT_ORG.search(text, a, b) or _MONTHS.match(words[-1]) or \
            _has_title(g, [w for i, w in enumerate(words) if not (i and low[i - 1] in _KIND_OF)]):
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
        or all(low[i] in _MORE_HEADS and low[i] not in _ORG_HEADS for i in heads) \
        or "sobre" in low or "contra" in low  # (joins the older reader stops at: "Oficina contra el Narcotráfico")
    return a, b, forced


# -- 5. a name after an owner in the possessive, before a category noun ------------------
# "Arévalo's Semilla movement", "the cartel's Los Chapitos faction"
_OWNED = literals.compile(rf"['’]s?\s+(?P<name>(?:(?:Los|Las|El|La)\s+)?{_CAP}(?:\s+(?:{_CAP}|{_NUM})){{0,3}})\s+"
                    r"(?P<cat>movement|party|militia|gang|cartel|faction|coalition|alliance|wing|brigade|cell)\b"
                    r"(?!\s+(?:leaders?|members?|officials?|chiefs?|commanders?|spokes\w+|founders?|lawmakers?|"
                    r"candidates?|figures?|fighters?|bosses|boss)\b)")


def _owned_names(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    from loaders.actors import _NOT_A_NAME
    for om in _OWNED.finditer(text, s, e):
        a, b = om.span("name")
        words = text[a:b].split()
        if any(_NOT_A_NAME.match(w) for w in words) or _has_title(g, words) or _NOT_ORG.search(text, a, b):
            continue  # "Iran's Shiite militia", "Russia's Defence Ministry"
        if any(not (b <= m.start or a >= m.end) for m in ms):
            continue
        _claim(g, text, a, b, _CAT_EN[om.group("cat")], ms, taken, result)


# -- 6. unknown names listed beside a known group after a plural category noun ------------
# "gangs such as Los Choneros, Los Lobos and Los Tiguerones", "entre los grupos figuran A, B y C"
_PLURAL_CAT = literals.compile(r"\b(?:groups|gangs|cartels|militias|factions|organi[sz]ations|movements|parties|"
                         r"grupos|bandas|pandillas|carteles|cárteles|milicias|facciones|organizaciones|"
                         r"movimientos|partidos)\b", re.I)
_PLURAL_KIND = {"gangs": "cartel", "cartels": "cartel", "bandas": "cartel", "pandillas": "cartel", "carteles": "cartel",
                "cárteles": "cartel", "militias": "armed group", "milicias": "armed group", "factions": "armed group",
                "facciones": "armed group", "parties": "political party", "partidos": "political party"}
_ITEM = rf"(?:the\s+)?(?:(?:Los|Las|El|La)\s+)?(?:{_CAP}|{_NUM})(?:\s+(?:(?:de|del|al|of)\s+)?(?:{_CAP}|{_NUM})){{0,4}}"
_LIST = literals.compile(rf"(?<![\w’'-]){_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+(?:and|y|e)\s+{_ITEM}")
_INTRO = literals.compile(r"\b(?:such\s+as|including|like|among\s+them|namely|como|incluidos|incluidas|entre\s+(?:ellos|ellas))\s*:?\s*$", re.I)
_ITEM_RX = literals.compile(_ITEM)


def _listed_names(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    """A list after a plural category noun whose other items are known groups names groups
    too; a list holding a state, a person or a place is no list of groups."""
    cat = _PLURAL_CAT.search(text, s, e)
    if cat is None:  # the gate's word was part of another ("counterparties", "subgroups")
        return
    for lm in _LIST.finditer(text, cat.end(), e):
        items = [(im.start() + lm.start(), im.end() + lm.start()) for im in _ITEM_RX.finditer(lm.group())]
        known, unknown = [], []
        for a, b in items:
            inner = [m for m in ms if not (b <= m.start or a >= m.end)]
            if not inner:
                unknown.append((a, b))
            elif all(m.entity.startswith("group:") for m in inner):
                known.append(inner[0].entity)
            else:
                known = None  # a state, a person or a place in the list
                break
        if not known and not (known is not None and _INTRO.search(text, max(s, lm.start() - 25), lm.start())):
            continue
        kinds = [getattr(g.get(k) or result.new_entities.get(k), "kind", None) for k in known or []]
        kind = _PLURAL_KIND.get(cat.group().lower()) or next(
            (k for k in kinds if k in ("cartel", "armed group", "political party")), None) or "organisation"
        for a, b in unknown:
            if text.startswith("the ", a):
                a += 4
            words = text[a:b].split()
            if len(words) == 1 and _lower_elsewhere(text, words[0]) or _NOT_ORG.search(text, a, b) \
                    or _MONTHS.match(words[-1]) or _has_title(g, words):
                continue
            _claim(g, text, a, b, kind, ms, taken, result)


# -- 7. acronyms introduced in words ------------------------------------------------------
# "the Sahel Liberation Front, known as FLS", "el Frente Amplio Norte, conocido como FAN",
# "the FLS, the Sahel Liberation Front" (parentheses are read by actors._defined_acronyms)
_KNOWN_AS = literals.compile(r"\s*,?\s+(?:(?:also|better|widely|más|mejor)\s+)?(?:known|conocid[oa]|abbreviated)\s+"
                       r"(?:as|como|by\s+(?:its|the)\s+(?:acronym|initials))\s+(?:por\s+sus\s+siglas\s+)?"
                       r"(?:the\s+|el\s+|la\s+)?(?P<acr>[A-Z][A-Z0-9]{1,8})\b(?![’'-])")
_ACR_FIRST = literals.compile(r"\b(?P<acr>[A-Z][A-Z0-9]{1,8})\s*,\s+(?:the|el|la)\s+")
_ACR_COMMA = literals.compile(r",\s+(?:the|el|la)\s+")


def _known_as(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors,
              known: dict[str, str]) -> None:
    from loaders.actors import _initials_match
    for km in _KNOWN_AS.finditer(text, s, e):
        acr = km.group("acr")
        if acr in known:
            continue
        before = [m for m in ms if m.end == km.start() and m.entity.startswith("group:")]
        if not before:  # a name no reader has taken yet: the capitalised run before it
            nm = _NAME_BEFORE.search(text, max(s, km.start() - 90), km.start())
            a, words = (nm.start(), nm.group().split()) if nm else (0, [])
            while words and words[0].lower() in _LEAD and not _gang_article(words):
                a += len(words[0]) + 1
                words = words[1:]
            if words and _initials_match(acr, " ".join(words)) and any(w.lower() in _HEAD_SET for w in words):
                if _claim(g, text, a, nm.end(), _KIND_OF[_head_of(text[a:nm.end()])], ms, taken, result):
                    before = [ms[-1]]
        if before and _initials_match(acr, text[before[0].start:before[0].end]):
            known[acr] = before[0].entity
            _alias(result, before[0].entity, acr)
            if not _overlaps(km.start("acr"), km.end("acr"), taken):
                taken.append(km.span("acr"))  # the definition is no second mention
    for am in _ACR_FIRST.finditer(text, s, e):
        acr = am.group("acr")
        after = [m for m in ms if m.start == am.end() and m.entity.startswith("group:")]
        rm = None if after else _RUN.match(text, am.end(), e)
        if rm and _initials_match(acr, rm.group()) and any(w in _HEAD_SET for w in rm.group().lower().split()) \
                and _claim(g, text, rm.start(), rm.end(), _KIND_OF[_head_of(rm.group())], ms, taken, result):
            after = [ms[-1]]
        if acr not in known and after and _initials_match(acr, text[after[0].start:after[0].end]):
            known[acr] = after[0].entity
            _alias(result, after[0].entity, acr)
            if not _overlaps(am.start("acr"), am.end("acr"), taken):
                ms.append(Mention(am.start("acr"), am.end("acr"), after[0].entity, "name"))
                taken.append(am.span("acr"))


def _alias(result: Actors, gid: str, acr: str) -> None:
    ent = result.new_entities.get(gid)
    if ent is not None and acr not in ent.aliases:
        ent.aliases.append(acr)


def _acronym_uses(text: str, s: int, e: int, ms: list[Mention], taken: list, known: dict[str, str]) -> None:
    seg = text[s:e]
    for acr, gid in known.items():
        if acr not in seg:
            continue
        for a, b in literals.word_spans(text, acr, s, e, before="-", after="-"):
            if not _overlaps(a, b, taken):
                ms.append(Mention(a, b, gid, "name"))
                taken.append((a, b))


# -- 8. Spanish gang names with their plural article, from what gangs do ------------------
# "integrantes de Los Tiburones", "the leader of Los Pumas", "Los Tiburones extorsionan a ..."
_GANG_NAME = rf"(?P<name>(?:Los|Las)\s+{_CAP}(?:\s+(?:(?:de|del)\s+)?{_CAP}){{0,3}})"
_GANG_NOUNS = (r"(?:integrantes?|miembros?|sicarios?|cabecillas?|líder|lider|jefe|jefes|fundador|facción|brazo\s+armado|"
               r"members?|leaders?|boss|bosses|head|founder|gunmen|hitmen|faction|rivals?\s+(?:of|de))")
_GANG_VERBS = (r"(?:extorsion\w*|secuestr\w+|trafica\w*|sicariato|se\s+disputa\w*|cobra\w*\s+(?:vacunas|extorsiones)|"
               r"control(?:a|an|aba|aban|ó|aron)\s+(?:el|la|las|los)\s+(?:rutas?|plazas?|territorio|puertos?|barrios?|"
               r"cárcel|cárceles|penal|penales|tráfico|narcotráfico|contrabando|minería)|"
               r"extort\w*|smuggl\w*|traffick\w*|kidnap\w*|control(?:s|led)?\s+(?:the\s+)?(?:drug|smuggling|routes?|"
               r"ports?|prisons?|neighbou?rhoods?|trade))")
_GANG_BEFORE = literals.compile(rf"\b{_GANG_NOUNS}\s+(?:de|del|of)\s+{_GANG_NAME}")
_GANG_SUBJECT = literals.compile(rf"{_GANG_NAME}\s+(?:(?:también|also|still|aún|todavía)\s+)?{_GANG_VERBS}")
_GANG_GATE = literals.compile(rf"{_GANG_NOUNS}\s+(?:de|del|of)\s+(?:Los|Las)\s|(?:Los|Las)\s+[A-ZÁÉÍÓÚÑ]")
# places named like gangs
_PLACES = {"los angeles", "los ángeles", "las vegas", "los cabos", "las palmas", "los mochis", "los andes",
           "las tunas", "los alamos", "los llanos", "las américas", "las americas", "los altos", "las malvinas"}


def _gang_names(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    for rx in (_GANG_BEFORE, _GANG_SUBJECT):
        for gm in rx.finditer(text, s, e):
            a, b = gm.span("name")
            name = text[a:b]
            words = name.split()
            if name.lower() in _PLACES or words[1].lower() in _KIND_OF or _NOT_ORG.search(name) \
                    or any(not (b <= m.start or a >= m.end) for m in ms):
                continue
            _claim(g, text, a, b, "cartel", ms, taken, result)


# -- 9. companies in sanctions and funding stories -----------------------------------------
# A legal form closing a capitalised run is a company whatever its words ("Orinoco Fuels S.A.",
# "Silver Lotus Trading Co., Ltd.", "Transportes Norteños S.A. de C.V."); a business category
# noun before a name, or a list after a plural one, names companies only where the sentence
# is about sanctions, money or fronts ("the firm Volga Dynamics", "two Dubai-based firms, X
# and Y", "la casa de cambio Divisas del Norte"): elsewhere a "firm" is any business.
_LEGAL = (r"(?:L\.L\.C\.|LLC|Ltd\.?|Limited|Inc\.?|Corp\.?|Co\.(?:,?\s+Ltd\.?)?|S\.\s?A\.(?:\s+de\s+C\.\s?V\.)?|"
          r"SA\s+de\s+CV|S\.A\.S\.|SARL|S\.A\.R\.L\.|GmbH|FZE|FZCO|FZ-LLC|DMCC|JSC|PJSC|OJSC|CJSC|OOO|PLC|plc|"
          r"S\.R\.L\.|SRL|S\.L\.|C\.A\.|Ltda\.?|LLP|(?:Pte|Pvt)\.?\s+Ltd\.?|S\.p\.A\.|B\.V\.|N\.V\.)")
_CO_WORD = r"(?:[A-ZÁÉÍÓÚÑ][\w’'&-]*|al-[A-Z][\w’'-]*|\d+)"
_LEGAL_NAME = literals.compile(rf"(?<![\w’'-]){_CO_WORD}(?:\s+(?:(?:de|del|&|of|for)\s+)?{_CO_WORD}){{0,6}}"
                         rf"\s*,?\s+{_LEGAL}(?![\w])")
_LEGAL_GATE = literals.compile(rf"\s{_LEGAL}(?![\w])")
_BUSINESS_CONTEXT = literals.gated(
    r"sanction|sancion|designat|designad|blacklist|lista\s+negra|\blist(?:ed|ing)?\b|incluy|OFAC|Treasury|Tesoro|"
    r"front|fachada|pantalla|launder|lavad|lavar|blanque|financ|fund(?:ed|ing|s)?\b|fondos|smuggl|contraband|"
    r"evad|evasi|terror|"
    # a firm's place in a group or a trade says business too ("a subsidiary of", "filial del conglomerado", "refineries")
    r"subsidiar|filial|affiliate|conglomera|refiner|refiner[íi]a|petroler|shipowner|flag\s+carrier|aerol[íi]nea", re.I)
_BIZ_EN = (r"(?:front\s+compan(?:y|ies)|shell\s+compan(?:y|ies)|compan(?:y|ies)|firms?|businesses|business|banks?|"
           r"exchange\s+houses?|money[- ]changers?|money\s+exchangers?|charit(?:y|ies)|foundations?|"
           r"trading\s+compan(?:y|ies)|shipping\s+compan(?:y|ies)|airlines?|entities|entity|"
           # (session 21) a firm's trade or its place in a group ("the flag carrier X", "two refineries, including X",
           # "its subsidiary X", "the conglomerate X")
           r"flag\s+carriers?|carriers?|refiner(?:y|ies|s)?|conglomerates?|shipowners?|traders?)")
_BIZ_ES = (r"(?:empresas?\s+(?:de\s+)?fachada|empresas?\s+pantalla|empresas?|compañías?|firmas?|sociedad(?:es)?|"
           r"bancos?|casas?\s+de\s+cambio|navieras?|aerolíneas?|fundaci(?:ón|ones)|organizaci(?:ón|ones)\s+benéficas?|"
           r"entidad(?:es)?|conglomerados?|refinerías?|petroleras?|aerolíneas?\s+de\s+bandera)")
_CO_NAME = rf"(?P<name>{_CO_WORD}(?:\s+(?:(?:de|del|&|of|for|al)\s+)?{_CO_WORD}){{0,5}}(?:\s*,?\s+{_LEGAL}(?![\w]))?)"
# "the firm Volga Dynamics", "a front company called Cedar Bridge Holding", "la firma rusa Volga Dinámica"
_BIZ_BEFORE = literals.compile(
    rf"\b(?:(?:a|al)\s+)?(?P<art>the|an?|its|The|An?|la|el|del|una?|La|El|Una?)\s+(?:[\w-]+\s+){{0,2}}?(?P<cat>{_BIZ_EN}|{_BIZ_ES})"
    rf"(?:\s+[a-záéíóúñ]+(?:as|os|a|o|es|í|íes|és|án))?\s*,?\s+(?:(?:called|named|known\s+as|llamad[oa]|denominad[oa]|"
    rf"conocid[oa]\s+como)\s+)?(?:the\s+)?{_CO_NAME}")
# "two Dubai-based firms, X and Y", "tres empresas venezolanas: X, Y y Z"
_BIZ_LIST = literals.compile(
    rf"\b(?:{dates.count_words(2, 10, es=False)}|several|\d+|{dates.count_words(2, 10, en=False)}|"
    rf"varias|varios)\s+(?:[\w-]+\s+){{0,2}}?(?:{_BIZ_EN}|{_BIZ_ES})(?:\s+[a-záéíóúñ]+(?:as|os|es))?\s*[,:]\s+"
    rf"(?:including\s+|namely\s+|entre\s+ellas\s+)?(?P<items>(?:[^.;:()]|(?<=[A-Z])\.)*?)(?=\s*(?:[,;.()]\s*(?:for|over|accused|which|that|who|por|que|acusad)|(?<![A-Z])[.;]|$))")
# (session 21) firms named after their plural noun by an introducing word, counted or not: "companies that Washington
# sanctioned as Wagner fronts, such as X", "two Chinese refineries, including X, and a trader", "cuatro empresas del
# conglomerado, entre ellas X (Tabesa)", "bancos como X e Y"
_BIZ_PLURAL_EN = (r"(?:front\s+companies|shell\s+companies|companies|firms|businesses|banks|exchange\s+houses|charities|"
                  r"foundations|entities|airlines|carriers|refineries|refiners|conglomerates|subsidiaries|shipowners|traders)")
_BIZ_PLURAL_ES = (r"(?:empresas(?:\s+(?:de\s+)?fachada|\s+pantalla)?|compañías|firmas|sociedades|bancos|casas\s+de\s+cambio|navieras|"
                  r"aerolíneas|fundaciones|entidades|filiales|subsidiarias|conglomerados|refinerías|petroleras)")
_BIZ_INTRO = literals.compile(
    rf"\b(?:{_BIZ_PLURAL_EN}|{_BIZ_PLURAL_ES})\b(?P<gap>[^.;:()\n]{{0,70}}?),?\s+(?:such\s+as|including|among\s+them|notably|"
    rf"entre\s+ell[ao]s|como|incluid[ao]s|incluyendo)\s+(?P<items>(?:[^.;:()]|(?<=[A-Z])\.)*?)"
    rf"(?=\s*(?:[,;.()]\s*(?:and\s+an?\s|y\s+una?\s|for|over|accused|which|that|who|por|que|acusad|a\s|an\s)|(?<![A-Z])[.;()]|$))")
_ITEM_SPLIT = literals.compile(r"\s*,\s*(?:and\s+|y\s+)?|\s+(?:and|y|e)\s+")


def _companies(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    for lm in _LEGAL_NAME.finditer(text, s, e):
        a, b = lm.span()
        words = text[a:b].split()
        while words and (words[0].lower() in _LEAD or _MODIFIER.search(words[0])):
            a = text.index(words[1], a + len(words[0])) if len(words) > 1 else b
            words = words[1:]
        if len(words) >= 2 and not _NOT_ORG.search(text, a, b) and not _has_title(g, words[:1]):
            _claim(g, text, a, b, "company", ms, taken, result)
    if not _BUSINESS_CONTEXT.search(text, s, e):
        return
    for bm in _BIZ_BEFORE.finditer(text, s, e):
        _company_name(g, text, s, *bm.span("name"), ms, taken, result, slot_from=bm.end("art") + 1)
    for bm in [*_BIZ_LIST.finditer(text, s, e), *_BIZ_INTRO.finditer(text, s, e)]:
        if "gap" in bm.re.groupindex and re.search(r"[,:]\s", bm.group("gap")[:-1] or " "):
            continue  # "firms in X, Y and Z, including ...": the introducing word belongs to a later clause
        base = bm.start("items")
        items = bm.group("items")
        pos = 0
        for sm in [*_ITEM_SPLIT.finditer(items), None]:
            end = sm.start() if sm else len(items)
            im = re.match(rf"\s*(?:the\s+|la\s+|el\s+)?{_CO_NAME}\s*$", items[pos:end])
            if im:  # (the first item's slot takes the list's noun phrase: "sanctioned ⟦two firms, X⟧ and ⟦Y⟧")
                # (an introduced item keeps its own mention: "the sanctioned companies, including ⟦X⟧ and ⟦Y⟧" is read
                # by the rules of a set's members)
                _company_name(g, text, s, base + pos + im.start("name"), base + pos + im.end("name"), ms, taken, result,
                              slot_from=bm.start() if pos == 0 and "gap" not in bm.re.groupindex else None)
            pos = sm.end() if sm else pos


_SUB_NOUN = literals.compile(r"(?i:filial|subsidiar|affiliate|\bstate\b|state-|estatal|pública|públic[oa])")


def _company_name(g: Gazetteer, text: str, s: int, a: int, b: int, ms: list[Mention], taken: list,
                  result: Actors, slot_from: int | None = None) -> None:
    """Register the company named text[a:b]; with `slot_from`, its mention starts at the category
    noun before it, so the relation rules read "designó a la ⟦casa de cambio X⟧" as they read a
    bare name (places and demonyms inside the description are no actors: "two Dubai-based firms")."""
    words = text[a:b].split()
    while words and words[-1].lower() in _JOINS:
        words = words[:-1]
        b = a + len(" ".join(words))
    # ("General" opens a person's title, not "Al Noor General Trading")
    if not words or _MONTHS.match(words[-1]) or _NOT_ORG.search(text, a, b) or _has_title(g, words[:1]):
        return
    if len(words) == 1 and (_lower_elsewhere(text, words[0]) or _NOT_A_NAME_RX().match(words[0])):
        return
    # (a firm the gazetteer knows takes its description too: "the Mexican bank ⟦CIBanco⟧", "the flag carrier ⟦Iran Air⟧")
    same = [m for m in ms if m.start == a and m.end == b and m.entity.startswith("group:")
            and getattr(result.new_entities.get(m.entity) or g.get(m.entity), "kind", None) == "company"]
    if same:  # read already from its legal form: only the description is left to join
        ms.remove(same[0])
        ms.append(same[0])
    elif any(m.start <= a < m.end or m.start < b <= m.end or (a <= m.start and m.end <= b and not m.entity.startswith("state:")
                                                               and m.entity) for m in ms):
        return  # a known actor, a person or a place is no new company
    elif not _claim(g, text, a, b, "company", ms, taken, result):
        return
    if slot_from is None:
        return
    inside = [m for m in ms if slot_from <= m.start and m.end <= a]
    if g.get(ms[-1].entity) is not None and _SUB_NOUN.search(text, slot_from, a):
        return  # a known firm keeps what the description says of it: its state ("the Belarusian state exporter X"), its owner
    if any(not (m.kind in ("demonym", "capital", "ignore") or m.entity == "" or text.startswith("-", m.end)) for m in inside) \
            or _overlaps(slot_from, a, [t for t in taken if (t[0], t[1]) not in {(m.start, m.end) for m in inside}]):
        return
    for m in inside:
        ms.remove(m)
        if (m.start, m.end) in taken:
            taken.remove((m.start, m.end))
    m = ms.pop()
    taken.remove((m.start, m.end))
    ms.append(Mention(slot_from, m.end, m.entity, "name"))
    taken.append((slot_from, m.end))


def _NOT_A_NAME_RX():
    from loaders.actors import _NOT_A_NAME
    return _NOT_A_NAME


# -- 10. what a terrorist designation names is an organisation ------------------------------
# "designated Sanaa Express as a terrorist organisation", "X and Y were listed as terrorist
# entities", "proscribed Palestine Action", "incluyó a Los Injertos del Cono Norte en su lista de
# organizaciones terroristas": the designation's own noun says the names are organisations
# (the English active form "designated X as a terrorist organisation" was tried too: on an
# unseen set it added one wrong designation and no right one)
_D_ITEM = rf"(?:(?:Los|Las|El|La)\s+)?{_CAP}(?:\s+(?:(?:de|del|of|al|el)\s+(?:la\s+|los\s+|las\s+|the\s+)?)?(?:{_CAP}|{_NUM})){{0,5}}"
_D_LIST = rf"(?P<list>{_D_ITEM}(?:\s*,\s*(?:the\s+|a\s+)?{_D_ITEM})*(?:\s*,?\s+(?:and|y|e)\s+(?:the\s+|a\s+)?{_D_ITEM})?)"
_D_NOUN = (r"(?:an?\s+|una?\s+)?(?:[\w-]+\s+){0,3}?(?:terrorist|criminal|terroristas?)\s+(?:organi[sz]ations?|groups?|"
           r"entit(?:y|ies)|outfits?)|(?:una?\s+)?(?:organizaci(?:ón|ones)|grupos?|entidad(?:es)?)\s+(?:[\w-]+\s+)?terroristas?")
_DESIG_NAMES = [
    literals.compile(rf"{_D_LIST}\s*,?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+)(?:(?:formally|officially|"
               rf"also|already)\s+)?(?:designated|listed|blacklisted)\s+(?:as\s+)?(?:{_D_NOUN})"),
    literals.compile(rf"\b(?:proscribed|proscribes|proscribe|banned\s+the\s+group)\s+(?:the\s+)?{_D_LIST}"),
    literals.compile(rf"\b(?:declaró|designó|incluyó|catalogó|calificó|declara|designa|incluye|declararon|designaron|"
               rf"incluyeron|ha\s+declarado|ha\s+designado|ha\s+incluido)\s+(?:a\s+)?(?:la\s+|el\s+|los\s+|las\s+)?"
               rf"{_D_LIST}\s+(?:como\s+|en\s+(?:su|la)\s+lista\s+de\s+)(?:{_D_NOUN})"),
    literals.compile(rf"\b(?:declaró|designó|declara|designa|declararon|designaron)\s+(?:como\s+)?(?:{_D_NOUN})\s+a\s+"
               rf"(?:la\s+|el\s+|los\s+|las\s+)?{_D_LIST}"),
]
_IN_RELATIVE = literals.compile(r"\b(?:which|who|that|where|que|quien|quienes|donde|cuyo|cuya)\b[^,;()]*$", re.I)
_D_SPLIT = literals.compile(r"\s*,\s*(?:(?:and|y|e)\s+)?(?:the\s+|a\s+)?|\s+(?:and|y|e)\s+(?:the\s+|a\s+)?")


def _designated_names(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    for rx in _DESIG_NAMES:
        for dm in literals.finditer(rx, text, s, e):
            base, items, pos = dm.start("list"), dm.group("list"), 0
            if _IN_RELATIVE.search(text, s, base):
                continue  # "Hamas, which rules the Gaza Strip, was designated": the clause's object is no name listed
            for sm in [*_D_SPLIT.finditer(items), None]:
                end = sm.start() if sm else len(items)
                a, b = base + pos, base + end
                pos = sm.end() if sm else pos
                words = text[a:b].split()
                if not words or _MONTHS.match(words[-1]) or _NOT_ORG.search(text, a, b) or _has_title(g, words[:1]):
                    continue
                if words[0].lower() in _LEAD and not _gang_article(words):
                    continue  # ("On Friday, ..."; "The US designated ..." is read by the other readers)
                if len(words) == 1 and (_lower_elsewhere(text, words[0]) or _NOT_A_NAME_RX().match(words[0])):
                    continue
                if any(not (b <= m.start or a >= m.end) and m.entity and m.kind not in ("ignore", "capital")
                       and not (m.entity.startswith("state:") and (m.start > a or m.end < b)) for m in ms):
                    continue  # a known actor or a person: the relation rules read it ("Palestine Action" is a name)
                heads = [w.lower() for w in words if w.lower() in _KIND_OF]
                kind = _KIND_OF[heads[-1]] if heads else "cartel" if _gang_article(words) else "armed group"
                _claim(g, text, a, b, kind, ms, taken, result)


# -- 11. a known name extended on its left is another body ----------------------------------
# "Iran's Supreme National Security Council" is not the "National Security Council" the gazetteer
# holds, nor is the "Jalisco Revolutionary Army" its "Revolutionary Army": capitalised words
# right before a known organisation's name ending in a head word make a longer name. Not a
# demonym, state, place, title or describing word ("Lebanese Hezbollah", "Senior ...").
_LEFT_WORDS = literals.compile(r"(?:(?<=\s)|^)((?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s+){1,2})$")


def _extended_known(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    for m in list(ms):
        if not m.entity.startswith("group:") or m.kind != "name" or m.start <= s:
            continue
        words = text[m.start:m.end].split()
        if len(words) < 2 or words[-1].lower() not in _KIND_OF or not words[0][:1].isupper():
            continue
        lm = _LEFT_WORDS.search(text, max(s, m.start - 40), m.start)
        if not lm:
            continue
        a = lm.start(1)
        left = lm.group(1).split()
        while left and (left[0].lower() in _LEAD or _MONTHS.match(left[0]) or _NOT_A_NAME_RX().match(left[0])
                        or _has_title(g, left[:1])):
            a += len(left[0]) + 1
            left = left[1:]
        if not left or any(_NOT_A_NAME_RX().match(w) or _has_title(g, [w]) or _MONTHS.match(w) for w in left):
            continue
        if a == s and _lower_elsewhere(text, left[0]):
            continue  # a capitalised sentence start
        if any(x is not m and not (m.end <= x.start or a >= x.end) for x in ms):
            continue  # a state, a place or a person on the left
        _claim(g, text, a, m.end, _KIND_OF[words[-1].lower()], ms, taken, result, replace_groups=True)


# -- 12. a state's company named after its description -------------------------------------
# "Venezuela's state-owned aircraft company, EANSA", "the state arms exporter Rosoboronexport",
# "la empresa estatal venezolana EANSA", "la petrolera estatal PDVSA": the description says what
# the capitals are (the PART_OF rules then read whose state it is)
_CO_NAME_AFTER = rf"(?P<name>{_CAP}(?:\s+(?:(?:de|del|of|&)\s+)?{_CAP}){{0,4}})"
_STATE_CO = [
    literals.compile(r"\bstate(?:-owned|-run|-controlled)?\s+(?:[a-z-]+\s+){0,3}?(?:company|firm|exporter|conglomerate|"
               r"corporation|enterprise|carrier|airline|shipbuilder|manufacturer|producer|broadcaster|bank)\s*,?\s+"
               rf"(?:the\s+)?{_CO_NAME_AFTER}"),
    literals.compile(r"\b(?:[Ll]a|[Ee]l)\s+(?:(?:empresa|compañía|firma|aerolínea|petrolera|minera|naviera|corporación|exportadora|"
               r"fabricante)\s+)?(?:pública|estatal)\s+(?:[a-záéíóúñ]+\s+){0,2}?" + _CO_NAME_AFTER),
    # the adjective alone before the name: "State-owned KABIL signed ...", "the state-run Rosatom" (the name
    # then ends its phrase: a verb, a comma or the sentence's end, never a noun the adjective qualifies)
    literals.compile(r"(?<![\w’'-])(?:[Ss]tate|[Gg]overnment)-(?:owned|run|controlled)\s+" + _CO_NAME_AFTER
               + r"(?=\s*[,.;:)]|\s+(?:signed|has|had|is|was|will|would|agreed|won|holds|owns|runs|operates|said|announced|"
               r"supplied|sold|delivered|and|which|that|in|to|with)\b)"),
]


_STATE_OWNED_MOD = literals.compile(r"\b(?:state-owned|state-run|state-controlled|estatal|pública)\b")
_STATE_OWNER_GAP = literals.compile(r"['’]s?\s+")


def _state_companies(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    for rx in _STATE_CO:
        for cm in literals.finditer(rx, text, s, e):
            a, b = cm.span("name")
            words = text[a:b].split()
            if _MONTHS.match(words[-1]) or _NOT_ORG.search(text, a, b) or _has_title(g, words[:1]) \
                    or len(words) == 1 and (_NOT_A_NAME_RX().match(words[0]) or _lower_elsewhere(text, words[0])):
                continue
            if any(not (b <= m.start or a >= m.end) for m in ms):
                continue  # a known company, a state or a person
            if _claim(g, text, a, b, "company", ms, taken, result):
                # "the Iranian state-owned company X", "Iran's state-owned company X", "la empresa estatal iraní X":
                # the state the description names owns it (PART_OF where the company acts, as a state body named
                # after its state: extract._state_bodies_acting); a nationality alone makes no state's company
                owner = [m for m in ms if m.entity.startswith("state:") and (
                    m.kind == "demonym" and (cm.start() <= m.start and m.end <= a
                                             or m.end <= cm.start() and not text[m.end:cm.start()].strip())
                    or m.kind != "demonym" and m.end <= cm.start() and _STATE_OWNER_GAP.fullmatch(text, m.end, cm.start()))]
                if len({m.entity for m in owner}) == 1:
                    result.state_in_name[ms[-1].entity] = owner[0].entity


# -- 13. Spanish structures and associations named after a category noun --------------------
# "la columna Jaime Martínez", "el frente Carolina Ramírez", "el bloque Magdalena Medio": armed
# structures named after people or places (two words at least: "el frente Sur" is a direction);
# "la agrupación de exiliados Casa Libertad Chile", "la asociación Madres de la Plaza"
# ... and parties named after their noun: "el partido Corazón de Moldavia", "el movimiento Vente Venezuela"
_BENCH_NOT = {"gobierno", "oficialismo", "oposición", "ejecutivo", "estado", "república", "nación"}
_STRUCT_WORDS = ("columna ", "frente ", "bloque ", "agrupación ", "asociación ", "colectivo ", "partido ", "movimiento ",
                 "clan ", "banda ", "pandilla ", "bancada ", "grupo parlamentario ")
_STRUCT = literals.compile(
    r"\b(?:la|el|del|al|una?|La|El|Una?)\s+(?P<cat>columna(?:\s+móvil)?|frente|bloque|agrupación|asociación|colectivo|"
    r"(?-i:partido|movimiento)|clan|banda|pandilla|(?:bancada|grupo\s+parlamentario)\s+(?:del|de))"
    r"(?:\s+(?:de|del)\s+[a-záéíóúñ]+)?(?:\s+[a-záéíóúñ]+(?:istas?|an[oa]s?|ens[ea]s?|in[oa]s?|ales|al|ares|ar))?\s+"
    rf"(?P<name>{_CAP}(?:\s+(?:(?:de|del|y)\s+(?:la\s+|los\s+|las\s+|el\s+)?)?{_CAP}){{0,4}})")


def _structure_names(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    for cm in literals.finditer(_STRUCT, text, s, e):
        a, b = cm.span("name")
        words = text[a:b].split()
        cat = cm.group("cat").split()[0].lower()
        armed = cat in ("columna", "frente", "bloque")
        if armed and len(words) < 2 or _MONTHS.match(words[-1]) or _NOT_ORG.search(text, a, b) \
                or _has_title(g, words[:1]) or any(_NOT_A_NAME_RX().match(w) for w in words[:1]) and not _gang_article(words):
            continue
        if len(words) == 1 and _lower_elsewhere(text, words[0]):
            continue
        if any(not (b <= m.start or a >= m.end) and not m.entity.startswith("state:") for m in ms):
            continue  # a known actor or a person inside (a state inside is its country: "Casa Libertad Chile")
        if cat == "clan":
            a = cm.start("cat")  # a clan goes by its family's name and the noun ("el clan Barakat")
        if cat in ("bancada", "grupo") and (any(not (b <= m.start or a >= m.end) for m in ms) or any(
                w.lower() in _KIND_OF or w.lower() in _BENCH_NOT for w in words)):
            continue  # "la bancada de Paraguay", "del Gobierno", "del Senado": a state's or a chamber's bench, no party
        _claim(g, text, a, b, "armed group" if armed else "political party" if cat in ("partido", "movimiento", "bancada", "grupo")
               else "cartel" if cat in ("clan", "banda", "pandilla") else "organisation", ms, taken, result)


# -- 14. a list the next words count and name ------------------------------------------------
# "contra CIBanco, Intercam y Vector Casa de Bolsa, las tres instituciones financieras señaladas",
# "X, Y and Z, the three militias that ...": the number must be the list's length
_COUNT = dates.count_table(2, 6)
_COUNTED_NOUNS = {
    "instituciones": "company", "bancos": "company", "empresas": "company", "compañías": "company", "firmas": "company",
    "entidades": "organisation", "banks": "company", "companies": "company", "firms": "company", "lenders": "company",
    "entities": "organisation", "groups": "armed group", "gangs": "cartel", "militias": "armed group",
    "organizations": "organisation", "organisations": "organisation", "grupos": "armed group", "bandas": "cartel",
    "milicias": "armed group", "organizaciones": "organisation", "cartels": "cartel", "carteles": "cartel",
    "cárteles": "cartel", "parties": "political party", "partidos": "political party"}
_COUNTED_GATE = literals.compile(r",\s+(?:las|los|the)\s+(?:" + "|".join(_COUNT) + r")\s")
_C_ITEM = rf"{_CAP}(?:\s+(?:(?:de|del|of|&)\s+)?{_CAP}){{0,4}}"
_COUNTED = literals.compile(
    rf"(?P<list>{_C_ITEM}(?:\s*,\s*{_C_ITEM})*\s*,?\s+(?:y|e|and)\s+{_C_ITEM})\s*,\s+(?:las|los|the)\s+"
    rf"(?P<n>{'|'.join(_COUNT)})\s+(?P<noun>{'|'.join(_COUNTED_NOUNS)})\b")
_C_SPLIT = literals.compile(r"\s*,\s*(?:(?:y|e|and)\s+)?|\s+(?:y|e|and)\s+")


def _counted_lists(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    for cm in _COUNTED.finditer(text, s, e):
        base, items = cm.start("list"), cm.group("list")
        spans, pos = [], 0
        for sm in [*_C_SPLIT.finditer(items), None]:
            end = sm.start() if sm else len(items)
            spans.append((base + pos, base + end))
            pos = sm.end() if sm else pos
        if len(spans) != _COUNT[cm.group("n")]:
            continue  # the count says the list's first words are no item ("Según X, Y y Z, los tres ...")
        kind = _COUNTED_NOUNS[cm.group("noun")]
        new, ok = [], True
        for a, b in spans:
            words = text[a:b].split()
            known = [m for m in ms if not (b <= m.start or a >= m.end)]
            if known:  # a known group is an item as it stands; a place or a person is no organisation
                ok = ok and all(m.entity.startswith("group:") and m.start == a and m.end == b for m in known)
            elif not words or words[0].lower() in _LEAD and not _gang_article(words) or _MONTHS.match(words[-1]) \
                    or _NOT_ORG.search(text, a, b) or _has_title(g, words[:1]) \
                    or len(words) == 1 and _NOT_A_NAME_RX().match(words[0]):
                ok = False
            else:
                new.append((a, b))
        person_like = [len(text[a:b].split()) == 2 and not any(w.lower() in _KIND_OF for w in text[a:b].split())
                       and all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in text[a:b].split())
                       for a, b in new]
        if new and all(person_like) and len(new) == len(spans):
            continue  # "Marta Ruiz, Juan Soto and Ana Gil, the three ...": people's names, whatever the noun
        if ok:  # (every item an organisation, or none is taken: "Según Pedro, Juan y María, los tres ...")
            for a, b in new:
                _claim(g, text, a, b, kind, ms, taken, result)


# -- 15. a name after the part noun or category noun that introduces it ---------------------------
# "the movement's paramilitary arm, the Imperial Legion", "Jamaat and its student wing, Islami Chhatra
# Shibir", "two of its sub-groups, Bluenoroff and Andariel", "bought drones from the company Baykar",
# "su brazo armado, las Brigadas Abu Ali Mustafa", "su filial hotelera Gaviota", "la empresa Baykar":
# the noun says what the capitals after it are (a possessive or article before it, so "arm" is a
# noun). The owner's link is the PART_OF rules' business (loaders/rules/*groups*.yaml).
# the trades a company is described by ("Dutch shipbuilder X", "una distribuidora turca, X", "el astillero
# surcoreano X"); one with a person's sense too ("film maker", "contractor") names a company only after a
# nationality or a trade word (_TRADE_MODS)
_TRADE_EN = ("shipbuilder", "shipyard", "conglomerate", "exporter", "distributor", "airline", "maker", "contractor",
             "supplier")
_TRADE_ES = ("firma", "distribuidora", "naviera", "astillero", "constructora", "contratista", "proveedora",
             "exportadora", "comercializadora", "conglomerado", "petrolera", "aerolínea")
_TRADE_WORDS = tuple(f" {w} " for w in _TRADE_EN) + (" shipbuilder,", " maker,", " distributor,") \
    + tuple(f" {w} " for w in _TRADE_ES) + (" distribuidora ", " firma ")
_PERSON_SENSE = {"maker", "contractor", "supplier"}
_TRADE_MODS = literals.compile(r"\b(?:arms|defen[cs]e|drone|weapons?|military|aerospace|aircraft|battery|chip|missile|ship|"
                         r"car|truck|vehicle|steel|oil|gas|energy|engineering|electronics?|components?|parts|trading|"
                         r"logistics|shipping|construction|state-owned|state-run|private)\s*$")
_NAMED_WORDS = (" arm,", " wing", " front,", " squad", " branch", " faction", " offshoot", " affiliate", " subsidiar",
                " sub-group", " subgroup", " company ", " firm ", " manufacturer ", " company,", " firm,",
                " manufacturer,", " lender ", " brazo ", " ala ",
                " rama", " filial", " facci", " subsidiaria", " empresa ", " compañía ", " fabricante ",
                *_TRADE_WORDS)
_N_ITEM = rf"(?:(?:Los|Las|El|La)\s+)?{_CAP}(?:\s+(?:(?:of|de|del|al)\s+(?:la\s+|los\s+|las\s+|the\s+)?)?(?:{_CAP}|{_NUM})){{0,5}}"
_N_LIST = rf"(?P<list>{_N_ITEM}(?:\s*,\s*{_N_ITEM})*(?:\s*,?\s+(?:and|y|e)\s+{_N_ITEM})?)"
_N_END = r"(?=\s*(?:[,.;:()]|$)|\s+(?:was|were|is|are|has|have|had|in|on|for|from|to|which|that|en|que|fue|fueron|es|son|ha|han)\b)"
# (a name right after its noun, with no comma, ends where the capitals end: "la empresa X entregó")
_N_END_BARE = r"(?=\s*(?:[,.;:()]|$)|\s+[a-záéíóúñ])"
_ES_PART = (r"(?P<cat>brazo|ala|rama|filial|facción|subsidiaria|empresa|compañía|fabricante|filiales|ramas|facciones)"
            r"(?:\s+(?!(?:de|del|que|en|y|e|con|a|al|para|por|según)\b)[a-záéíóúñ]+){0,2}?")
_ES_TRADE = (r"(?P<cat>" + "|".join(_TRADE_ES) + r"|empresa|compañía|fabricante)"
             # (its trade in a complement first: "el fabricante de drones turco X", "la empresa de defensa turca X")
             r"(?P<mods>(?:\s+de\s+[a-záéíóúñ]+)?(?:\s+(?!(?:de|del|que|en|y|e|con|a|al|para|por|según)\b)[a-záéíóúñ]+){0,2}?)")
_NAMED_AFTER = [
    # English: a possessive, "its/their" or "the" before the noun, its lowercase modifiers before it
    # (a place-based modifier may be capitalised: "its Russia-based affiliate, Volasys Silverstar")
    literals.compile(r"(?:['’]s?|\b(?:its|their|[Tt]he))\s+(?:(?:[a-z][a-z-]*|[A-Z][\w]*-(?:based|registered|owned|run|backed|linked))\s+){0,2}?"
               r"(?P<cat>arm|wing|front|squad|branch|faction|offshoot|affiliate|subsidiary|sub-?groups?|subsidiaries|"
               r"branches|factions|wings)\s*,\s+(?:the\s+)?" + _N_LIST + _N_END),
    literals.compile(r"\b(?:[Tt]he|its|their)\s+(?:(?:[A-Za-z][a-z-]*|[A-Z][\w]*-(?:based|registered|owned|run))\s+){0,2}?(?P<cat>company|firm|manufacturer|lender|subsidiary)"
               r"\s+(?:the\s+)?" + _N_LIST + _N_END_BARE),
    # a description with a nationality or a trade before the name, with or without an article or a comma:
    # "from Turkish shipbuilder X", "a Chinese drone maker, X, ...", "the Emirati firm X"
    literals.compile(r"(?:\b(?P<art>[Tt]he|[Aa]n?|its|their)\s+|(?<![\w’'-])(?=[A-Z]))(?P<mods>(?:[A-Za-z][a-z-]*\s+){0,3}?)"
               r"(?P<cat>company|firm|manufacturer|" + "|".join(_TRADE_EN) + r")\s+(?:the\s+)?" + _N_LIST + _N_END_BARE),
    literals.compile(r"(?:\b(?P<art>[Tt]he|[Aa]n?|its|their)\s+|(?<![\w’'-])(?=[A-Z]))(?P<mods>(?:[A-Za-z][a-z-]*\s+){0,3}?)"
               r"(?P<cat>company|firm|manufacturer|" + "|".join(_TRADE_EN) + r")\s*,\s+(?:the\s+)?" + _N_LIST + _N_END),
    # Spanish: the noun first, its adjectives after it ("su brazo armado, las Brigadas ...")
    literals.compile(r"\b(?:[Ss]us?|[Ll]as?|[Ee]l|[Ll]os)\s+" + _ES_PART + r"\s*,\s+(?:(?:la|el|los|las)\s+(?=[A-ZÁÉÍÓÚÑ]))?"
               + _N_LIST + _N_END),
    literals.compile(r"\b(?:[Ss]us?|[Ll]as?|[Ee]l|[Ll]os)\s+" + _ES_PART + r"\s+" + _N_LIST + _N_END_BARE),
    # the trade nouns and the indefinite or contracted articles: "una distribuidora turca, X", "al astillero
    # surcoreano X", "la firma rusa X"
    literals.compile(r"\b(?P<art>[Ss]us?|[Ll]as?|[Ee]l|[Ll]os|[Uu]na?|al|del)\s+" + _ES_TRADE + r"\s*,\s+(?:(?:la|el|los|las)\s+(?=[A-ZÁÉÍÓÚÑ]))?"
               + _N_LIST + _N_END),
    literals.compile(r"\b(?P<art>[Ss]us?|[Ll]as?|[Ee]l|[Ll]os|[Uu]na?|al|del)\s+" + _ES_TRADE + r"\s+" + _N_LIST + _N_END_BARE),
]
# a name before its lowercase category noun: "the Belgrade-backed Srpska Lista party", "the ruling Georgian
# Dream party", "the Shor Party's ..." is read elsewhere (a state or demonym inside belongs to the name)
_NAMED_BEFORE = literals.compile(
    r"(?:\b(?:[Tt]he|its|their)|['’]s)\s+(?:(?:[\w’'-]+-(?:backed|funded|linked|allied|aligned|based|leaning)|ruling|governing|"
    r"opposition|nationalist|separatist|far-right|far-left|pro-[\w-]+|[a-z]+-wing)\s+)?"
    r"(?P<list>(?:{_CAP})(?:\s+(?:(?:de|del|of)\s+)?{_CAP}){{0,3}})\s+(?P<cat>party|movement|militia|gang|clan|faction)\b".format(_CAP=_CAP))
_NAMED_BEFORE_KIND = {"party": "political party", "movement": "political party", "militia": "armed group", "gang": "cartel",
                      "clan": "cartel", "faction": "armed group"}
_NAMED_KIND = {**{w: "company" for w in (*_TRADE_EN, *_TRADE_ES)},
               "company": "company", "firm": "company", "manufacturer": "company", "lender": "company",
               "subsidiary": "company", "subsidiaries": "company", "empresa": "company", "compañía": "company",
               "fabricante": "company", "subsidiaria": "company", "filial": "company", "filiales": "company"}
# a company named after its noun only in a story of arms, supplies or sanctions ("The company Apple said
# it would open a store" names nothing the graph wants)
_SUPPLY_CONTEXT = literals.compile(r"\b(?:sold|sell\w*|suppl\w+|deliver\w*|bought|buy\w*|purchas\w+|acquir\w+|export\w*|"
                             r"drones?|weapons?|arms|missiles?|vend\w+|suministr\w+|entreg\w+|compr\w+|adquir\w+|"
                             r"armas|misiles|patrulleras?)\b", re.I)
_NAMED_SPLIT = literals.compile(r"\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+")


_FIRM_BEFORE = literals.compile(r"\b(?:company|companies|firm|firms|corporation|empresa|compañía|firma)\b")


def _named_after_category(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list,
                          result: Actors, named: bool = True, party: bool = True) -> None:
    for rx in (_NAMED_AFTER if named else ()):
        for cm in rx.finditer(text, s, e):
            cat = cm.group("cat").lower()
            kind = _NAMED_KIND.get(cat, "armed group")
            if cat in ("affiliate", "branch", "offshoot", "arm"):
                # a company's or an organisation's affiliate is of its kind ("X, a front company, and its affiliate, Y")
                owner = max((m for m in ms if m.entity.startswith("group:") and m.end <= cm.start()), key=lambda m: m.end,
                            default=None)
                ok = owner and (g.get(owner.entity) or result.new_entities.get(owner.entity))
                if ok and ok.kind in ("company", "organisation"):
                    kind = ok.kind
                elif not ok and _FIRM_BEFORE.search(text, s, cm.start()):
                    kind = "company"  # (the owner found later in the sentence: "X, a front company, and its affiliate, Y")
            described = "mods" in rx.groupindex
            if described:  # (section 15b: the description before the name)
                kind = "company"
                mods = cm.group("mods") or ""
                # a nationality, or where it is based ("Dubai-based firm X")
                nationality = (any(m.kind == "demonym" and cm.start("mods") <= m.start and m.end <= cm.end("mods")
                                   for m in ms) or "-based " in mods) if mods.strip() else False
                if cm.group("art") is None and not nationality:
                    continue  # ("Shipbuilder", "Defence company": no article, no nationality, no description)
                if cat in _PERSON_SENSE and not _TRADE_MODS.search(mods):
                    continue  # "the (Russian) film maker X", "a contractor, X": a person
                if cat == "firma" and (not mods.strip() or text.startswith(",", cm.end("mods"))):
                    continue  # "tras la firma(,) Gómez dijo ...": the signing; "la firma rusa X" is a firm
            if kind == "company" and not (described and nationality) \
                    and not (_SUPPLY_CONTEXT.search(text, s, e) or _BUSINESS_CONTEXT.search(text, s, e)):
                continue
            base, items = cm.start("list"), cm.group("list")
            spans, pos = [], 0
            for sm in [*_NAMED_SPLIT.finditer(items), None]:
                end = sm.start() if sm else len(items)
                spans.append((base + pos, base + end))
                pos = sm.end() if sm else pos
            if described:
                # the mention starts at the description, so the rules read "sanctioned ⟦Emirati trading company
                # X⟧" as a bare name and the nationality names no actor of its own (the first item only)
                slot = cm.start("cat") if cm.start("cat") < cm.start("mods") else \
                    (cm.end("art") + 1 if cm.group("art") else cm.start("mods"))
                nat = _nationality(ms, cm.start(), cm.start("list"))
                for i, (a, b) in enumerate(spans):
                    words = text[a:b].split()
                    if words and not _has_title(g, words):
                        _company_name(g, text, s, a, b, ms, taken, result, slot_from=slot if i == 0 else None)
                        if len(spans) == 1:
                            got = [m for m in ms if m.end == b and m.entity.startswith("group:")]
                            _note_firm(cat, got, result, nat)
                            if got and len(nat) == 1 and _STATE_OWNED_MOD.search(mods) and got[-1].entity in result.new_entities:
                                result.state_in_name[got[-1].entity] = next(iter(nat))  # (as section 12 reads it)
                continue
            for a, b in spans:
                words = text[a:b].split()
                if not words or _MONTHS.match(words[-1]) or _NOT_ORG.search(text, a, b) or _has_title(g, words) \
                        or len(words) == 1 and (_NOT_A_NAME_RX().match(words[0]) or _lower_elsewhere(text, words[0])):
                    continue
                if any(not (b <= m.start or a >= m.end) for m in ms):
                    continue  # a known actor, a place or a person: the rules read it as it is
                heads = [w.lower() for w in words if w.lower() in _KIND_OF]
                nat = _nationality(ms, cm.start(), cm.start("list"))
                if _claim(g, text, a, b, _KIND_OF[heads[-1]] if heads else kind, ms, taken, result) \
                        and kind == "company" and len(spans) == 1:
                    _note_firm(cat, [ms[-1]], result, nat)
    if party:
        for cm in _NAMED_BEFORE.finditer(text, s, e):
            a, b = cm.span("list")
            words = text[a:b].split()
            inside = [m for m in ms if not (b <= m.start or a >= m.end)]
            if any(not m.entity.startswith("state:") or m.start < a or m.end > b for m in inside):
                continue  # a known group, a person, or a mention reaching outside the run
            if _MONTHS.match(words[-1]) or _NOT_ORG.search(text, a, b) or _has_title(g, words) \
                    or sum(not any(m.start <= a + text[a:b].find(w) < m.end for m in inside) for w in words) == 0 \
                    or len(words) == 1 and (_NOT_A_NAME_RX().match(words[0]) or _lower_elsewhere(text, words[0])):
                continue  # (a run that is only a demonym or a state, "the Serbian party", names no party)
            if cm.group("cat") == "clan":
                b = cm.end("cat")  # a clan goes by its family's name and the noun ("the Barakat clan")
            _claim(g, text, a, b, _NAMED_BEFORE_KIND[cm.group("cat")], ms, taken, result)


# -- 15b'. a company named right after its owner and the subsidiary noun: "la filial de Pemex Gasolinas
# Bienestar", "la subsidiaria de Rostec Rosoboronexport", "Boeing subsidiary Insitu", "Boeing's subsidiary
# Insitu" (the owner a group already found; PART_OF is the rules' to read)
_SUB_BEFORE_ES = literals.compile(r"\b(?:filial|subsidiaria)(?:\s+[a-záéíóúñ]+)?\s+(?:de|del)\s+$")
_SUB_AFTER_EN = literals.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:subsidiary|unit)\s+")
_SUB_NAME = literals.compile(rf"{_CAP}(?:\s+(?:(?:de|del|of)\s+)?{_CAP}){{0,3}}" + _N_END_BARE)


# (session 21) a firm named before its description as the owner's subsidiary: "Bumar-Labedy in Gliwice, a subsidiary of
# the state-owned PGZ", "Panama Ports Company, filial del conglomerado CK Hutchison", "X, una subsidiaria de Rostec"
_SUB_APPOS = literals.compile(
    rf"(?P<name>{_CAP}(?:\s+(?:(?:de|del|of|&)\s+)?{_CAP}){{0,4}})(?:\s+(?:in|en)\s+{_CAP}(?:\s+{_CAP})?)?\s*,\s+"
    r"(?:a|an|the|its|una?|la|el|su)\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|subsidiaria|filial)\s+(?:of|de|del)\s+"
    r"(?:(?:the|la|el|los|las)\s+)?(?:[\w’'-]+\s+){0,3}?$")
_OWNER_KINDS = frozenset({"company", "agency", "armed force"})


def _subsidiaries(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    for m in [m for m in ms if m.entity.startswith("group:")]:
        owner = g.get(m.entity) or result.new_entities.get(m.entity)
        sm = _SUB_APPOS.search(text, max(s, m.start - 160), m.start) if getattr(owner, "kind", None) in _OWNER_KINDS else None
        if sm:
            a, b = sm.span("name")
            words = text[a:b].split()
            while words and words[0].lower() in _LEAD:
                a += len(words[0]) + 1
                words = words[1:]
            if words and not (_MONTHS.match(words[-1]) or _NOT_ORG.search(text, a, b) or _has_title(g, words[:1])
                              or len(words) == 1 and (_NOT_A_NAME_RX().match(words[0]) or _lower_elsewhere(text, words[0]))
                              or any(not (b <= x.start or a >= x.end) for x in ms)):
                _claim(g, text, a, b, "company", ms, taken, result)
        if _SUB_BEFORE_ES.search(text, max(s, m.start - 40), m.start):
            at = m.end + 1 if text[m.end:m.end + 1] == " " else None
        else:
            am = _SUB_AFTER_EN.match(text, m.end, e)
            at = am.end() if am else None
        if at is None:
            continue
        nm = _SUB_NAME.match(text, at, e)
        if not nm:
            continue
        a, b = nm.span()
        words = text[a:b].split()
        if _MONTHS.match(words[-1]) or _NOT_ORG.search(text, a, b) or _has_title(g, words[:1]) \
                or len(words) == 1 and (_NOT_A_NAME_RX().match(words[0]) or _lower_elsewhere(text, words[0])):
            continue
        if any(not (b <= x.start or a >= x.end) for x in ms):
            continue  # a known actor, a place or a person after the owner
        _claim(g, text, a, b, "company", ms, taken, result)


# -- 15c. the description said again points back to the company it introduced ----------------
# "Turkish shipbuilder STM ... The shipbuilder also sold ...", "una distribuidora turca, X ... la distribuidora
# turca actuaba como ...": the noun that introduced one company (one only in the document) names it again,
# with its nationality or none; a name after it is a new introduction (read above), a plural no anaphor
def _nationality(ms: list[Mention], a: int, b: int) -> frozenset:
    """The states of the demonyms in text[a:b] (a company's description)."""
    return frozenset(m.entity for m in ms if m.kind == "demonym" and a <= m.start and m.end <= b)


def _note_firm(cat: str, found: list[Mention], result: Actors, nat: frozenset) -> None:
    if not found or found[-1].kind != "name":
        return
    firms = result.__dict__.setdefault("_described_firms", {})
    gid = found[-1].entity
    firms[cat] = (gid, nat) if firms.get(cat, (gid, nat)) == (gid, nat) else None  # (two of one noun: neither)


_FIRM_AGAIN_GAP = literals.compile(r"\s*,?\s+(?:the\s+|la\s+|el\s+)?[A-ZÁÉÍÓÚÑ]")


def _firms_again(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, firms: dict,
                 result: Actors) -> None:
    nouns = "|".join(sorted((re.escape(n) for n, got in firms.items() if got), key=len, reverse=True))
    if not nouns:
        return
    rx = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ll]a|[Ee]l|[Ee]sta|[Ee]ste)\s+(?P<pre>[A-Z][\w-]+\s+)?(?P<noun>" + nouns
                    + r")\b(?P<post>\s+[a-záéíóúñ]+\b)?")
    for fm in rx.finditer(text, s, e):
        gid, nat = firms[fm.group("noun")]
        b = fm.end()
        demonyms = [m for m in ms if m.kind == "demonym" and fm.start() <= m.start and m.end <= fm.end()]
        if fm.group("pre") and not any(m.start == fm.start("pre") for m in demonyms):
            continue  # "the Turkish firm" only; "the Istanbul firm" may be another
        if fm.group("post") and not any(m.start == fm.start("post") + 1 for m in demonyms):
            b = fm.end("noun")
        if _FIRM_AGAIN_GAP.match(text, b) or text.startswith("s", fm.end("noun")):
            continue  # "the firm Volga Dynamics": an introduction
        if any(m.entity not in nat for m in demonyms if m.start < b):
            continue  # "the Iranian shipbuilder" after "Dutch shipbuilder X"
        if any(m.entity == gid and m.start >= fm.start() for m in ms):
            continue  # the introduction itself, or after it in the sentence
        if (_last_company(g, ms, fm.start(), result) or result.__dict__.get("_last_company")) != gid:
            continue  # another company named since: "the firm" may be that one
        if any(not (b <= x or fm.start() >= y) for x, y in taken if (x, y) not in {(m.start, m.end) for m in demonyms}):
            continue
        for m in demonyms:
            ms.remove(m)
            if (m.start, m.end) in taken:
                taken.remove((m.start, m.end))
        ms.append(Mention(fm.start(), b, gid, "coref"))
        taken.append((fm.start(), b))


# -- 16. a known body's name qualified by another state is that state's body ------------------------
# "Partido del Trabajo de Corea" is not Mexico's PT, "el Alto Consejo de Seguridad argelino" not the UN
# Security Council, "Algeria's National Security Council" not the US one: a state after "of/de", a
# Spanish demonym after the name, a possessive or a demonym before it names the body of that state.
# The gazetteer's body of that state with the same name when it holds one, else a new body of it.
# State bodies and parties only (an armed group or cartel named with a state is where it acts:
# "Venezuela's ELN"); an IGO only with a demonym, and never a UN-named one.
_QUALIFIED_KINDS = {"agency", "armed force", "political party", "institution", "regional government"}
_OF_STATE = literals.compile(r"\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?")
_UN_NAMED = literals.compile(r"\b(?:UN|U\.N\.|ONU|United\s+Nations|Naciones\s+Unidas)\b")
_POSS_GAP = literals.compile(r"['’]s?\s+(?:(?:new|own|ruling|powerful|main|top)\s+)?")


def _bodies_by_state(g: Gazetteer) -> dict[tuple[str, str], str]:
    cache = g.__dict__.get("_group_names_by_state")
    if cache is None:
        cache = {}
        for eid, ent in g.entities.items():
            if eid.startswith("group:") and getattr(ent, "country", None):
                for nm in [ent.name, *ent.aliases]:
                    cache.setdefault((ent.country, _norm(nm)), eid)
        g.__dict__["_group_names_by_state"] = cache
    return cache


def _qualified_known(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    states = {m.start: m for m in ms if m.entity.startswith("state:") and m.kind in ("name", "demonym")}
    ends = {m.end: m for m in ms if m.entity.startswith("state:") and m.kind in ("name", "demonym")}
    for m in list(ms):
        ent = g.get(m.entity) if m.entity.startswith("group:") and m.kind == "name" else None
        if ent is None or m not in ms:
            continue
        igo = ent.kind == "IGO"
        if not (igo or ent.kind in _QUALIFIED_KINDS and ent.country):
            continue
        surface = text[m.start:m.end]
        if igo and _UN_NAMED.search(surface):
            continue
        q, right = None, False
        om = _OF_STATE.match(text, m.end, e)
        if om and not igo and (x := states.get(om.end())) is not None and x.kind == "name":
            q, right = x, True
        elif (x := states.get(m.end + 1)) is not None and x.kind == "demonym" and text[m.end] == " " \
                and text[x.start].islower():
            q, right = x, True  # "el Consejo de Seguridad Nacional argelino"
        else:
            gap = _POSS_GAP.search(text, max(s, m.start - 20), m.start)
            x = ends.get(gap.start()) if gap and gap.end() == m.start and not igo else None
            if x is None and text[m.start - 1:m.start] == " ":
                x = ends.get(m.start - 1)
                x = x if x is not None and x.kind == "demonym" and text[x.start].isupper() else None
            q = x
        if q is None or q.entity == ent.country:
            continue
        sid = q.entity
        sname = getattr(g.get(sid), "name", None)
        if not sname:
            continue
        a, b = m.start, (q.end if right else m.end)
        own = _bodies_by_state(g).get((sid, _norm(text[a:b]))) or _bodies_by_state(g).get((sid, _norm(surface)))
        if own:
            m.entity = own
            if right:  # the whole qualified name is the state's body
                ms.remove(q)
                if (q.start, q.end) in taken:
                    taken.remove((q.start, q.end))
                if (m.start, m.end) in taken:
                    taken.remove((m.start, m.end))
                m.end = b
                taken.append((a, b))
            continue
        lm = _LEFT_WORDS.search(text, max(s, a - 40), a)  # "el Alto Consejo de Seguridad argelino"
        if lm and right:
            left = lm.group(1).split()
            if left and not any(w.lower() in _LEAD or _NOT_A_NAME_RX().match(w) or _has_title(g, [w]) for w in left) \
                    and not (lm.start(1) == s and _lower_elsewhere(text, left[0])) \
                    and not any(x is not m and x.start < a and x.end > lm.start(1) for x in ms):
                a = lm.start(1)
        kind = "agency" if igo else ent.kind
        body = kind in ("agency", "armed force")
        if right:
            ok = _claim(g, text, a, b, kind, ms, taken, result, replace_groups=True, part_of=sid if body else None)
            gid = ids.entity_id("Group", text[a:b])
        else:
            # (PART_OF only where something is said to belong to the body, as for _state_bodies)
            name = f"{surface} ({sname})"
            tied = body and _TIED_BEFORE.search(text, max(s, q.start - 40), q.start)
            ok = _claim(g, text, a, b, kind, ms, taken, result, replace_groups=True, name=name,
                        alias=f"{text[q.start:q.end]} {surface}" if q.kind == "demonym" else f"{sname}'s {surface}",
                        part_of=sid if tied else None)
            gid = ids.entity_id("Group", name)
            if ok and not tied:
                result.part_of.pop(gid, None)
        if ok and gid in result.new_entities:
            result.new_entities[gid].country = sid


# -- 17. a group's wing named by its owner, with no name of its own --------------------------------
# "the EU listed Hezbollah's military wing", "added the armed wing of Hamas", "la UE incluyó solo a su brazo
# armado", "el ala militar de Hezbolá": the wing is an actor of its own, part of its owner. Not a description
# of another group ("Los Choneros actúan como brazo armado del Cártel de Sinaloa", "X, the armed wing of Y", "X is
# Y's armed wing": the PART_OF rules read those), nor a wing named next ("its armed wing, the Qassam Brigades").
_WING_EN = r"(?P<adj>military|armed|paramilitary|political|youth|student)\s+(?:wing|arm)"
_WING_ES = r"(?:brazo|ala)\s+(?P<adj>armad[oa]|militar|pol[íi]tic[oa]|juvenil|estudiantil)"
_WING_RX = literals.compile(
    rf"(?P<poss>['’]s?\s+){_WING_EN}"
    rf"|\b(?P<pron>[Ii]ts|[Tt]heir|[Ss]u|[Ss]us)\s+(?:{_WING_EN.replace('adj', 'adj2')}|{_WING_ES.replace('adj', 'adj3')})"
    rf"|\b(?P<art>[Tt]he|[Ee]l|[Aa]l|[Ll]a|del)\s+(?:{_WING_EN.replace('adj', 'adj4')}\s+of|{_WING_ES.replace('adj', 'adj5')}\s+(?:de|del))\s+(?:the\s+|la\s+|el\s+)?(?=\S)")
_WING_DESCRIBES = literals.compile(r"(?:,|\b(?:as|is|was|are|were|be|been|becomes?|became|remains?|serves?|served|acts?|acted|"
                                   r"como|es|era|fue|son|eran|fueron|sea|ser|sería|actúa|actúan|actuaba|funciona|funcionan))\s*(?:(?:the|an?|el|la|un|una|su|its|their)\s+)?$", re.I)
_WING_KNOWN_AS = r"\s*,?\s*(?:\(|(?:(?:also|better)\s+)?known\s+as|called|dubbed|conocid[oa]\s+como|llamad[oa]|denominad[oa])\s*"
_WING_NAMED_NEXT = literals.compile(rf"(?:{_WING_KNOWN_AS}|\s*,?\s*)(?:the\s+|la\s+|el\s+|las\s+|los\s+)?[A-ZÁÉÍÓÚÑ]")
_WING_NAMED_AFTER_OWNER = literals.compile(rf"{_WING_KNOWN_AS}(?:the\s+|la\s+|el\s+|las\s+|los\s+)?[A-ZÁÉÍÓÚÑ]")
_WING_APPOSED = literals.compile(r"\s*,\s*(?:the\s+|la\s+|el\s+|las\s+|los\s+)?")
_WINGED = {"armed group", "political party", "cartel", "organisation"}
_WING_KIND = {"military": "armed group", "armed": "armed group", "paramilitary": "armed group", "armado": "armed group",
              "armada": "armed group", "militar": "armed group", "political": "political party", "político": "political party",
              "politico": "political party", "política": "political party", "politica": "political party"}
_WING_EN_NAME = {"armed": "military", "paramilitary": "military", "armado": "military", "armada": "military",
                 "militar": "military", "político": "political", "politico": "political", "política": "political",
                 "politica": "political", "juvenil": "youth", "estudiantil": "student"}


def _bare_wings(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    wing_of = result.wing_of
    for wm in _WING_RX.finditer(text, s, e):
        adj = next(wm.group(k) for k in ("adj", "adj2", "adj3", "adj4", "adj5") if wm.group(k))
        a, b = wm.start(), wm.end()
        if wm.group("poss"):
            owner = next((m for m in ms if m.end == a and m.entity.startswith("group:")), None)
            a = owner.start if owner else a
        elif wm.group("pron"):
            # (the last group that has wings: "La Unión Europea incluyó solo a su brazo armado" is Hezbollah's)
            def winged(m: Mention) -> bool:
                ent = g.get(m.entity) or result.new_entities.get(m.entity)
                return m.entity.startswith("group:") and m.actor and m.kind != "coref" and ent is not None \
                    and (ent.kind in _WINGED or m.entity in wing_of)
            here = [m for m in ms if m.end <= a and winged(m)]
            owner = (here or [m for m in result.mentions if winged(m)] or [None])[-1]
            if owner is not None and owner.entity in wing_of:  # "Hamas's political wing ... its military wing"
                owner = Mention(owner.start, owner.end, wing_of[owner.entity], "name")
        else:
            owner = next((m for m in ms if m.start == b and m.entity.startswith("group:")), None)
            b = owner.end if owner else b
        if owner is None or _WING_DESCRIBES.search(text, max(s, a - 30), a) \
                or not wm.group("art") and _WING_NAMED_NEXT.match(text, wm.end()) \
                or wm.group("art") and _WING_NAMED_AFTER_OWNER.match(text, b):
            continue
        # ("el brazo armado de Hamás, las Brigadas Al Qassam, lanzó ...": the group apposed after the owner names it)
        ap = _WING_APPOSED.match(text, b) if wm.group("art") else None
        if ap and any(m.start == ap.end() and m.entity.startswith("group:") and m.kind != "demonym" for m in ms):
            continue
        oent = g.get(owner.entity) or result.new_entities.get(owner.entity)
        if oent is None or getattr(oent, "kind", "") not in _WINGED or owner.entity in wing_of:
            continue
        word = _WING_EN_NAME.get(adj.lower(), adj.lower())
        name = f"{oent.name} {word} wing"
        if wm.group("pron") or wm.group("art"):  # the wing words only: the possessive or article is no part of the mention
            a = wm.end("pron" if wm.group("pron") else "art") + 1
        if any(m is not owner and m.start < b and m.end > a for m in ms):
            continue
        kind = _WING_KIND.get(adj.lower(), "organisation")
        if owner.start >= a and owner.end <= b:
            ms.remove(owner)
            if (owner.start, owner.end) in taken:
                taken.remove((owner.start, owner.end))
        gid = ids.entity_id("Group", name)
        if gid not in result.new_entities and g.get(gid) is None:
            result.new_entities[gid] = Group(id=gid, name=name, aliases=[f"{oent.name}'s {word} wing"], kind=kind,
                                             country=getattr(oent, "country", None))
        ms.append(Mention(a, b, gid, "name"))
        taken.append((a, b))
        wing_of[gid] = owner.entity
        if not wm.group("pron"):  # (the owner named: "Hezbollah's military wing", "el brazo armado de Hezbolá")
            result.wing_said_of.add(a)


# -- 18. a known unit named after its owner's possessive ----------------------------------------------
# "the IRGC's Aerospace Force" is the gazetteer's "IRGC Aerospace Force" ("Aerospace Force of the IRGC"):
# the owner's name and the unit's words make a known name, the unit's words its mention
_POSS_UNIT = literals.compile(r"['’]s\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)")


def _owned_units(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list) -> None:
    for m in list(ms):
        if not m.entity.startswith("group:") or m.kind != "name" or g.get(m.entity) is None:
            continue
        pm = _POSS_UNIT.match(text, m.end, e)
        if not pm:
            continue
        owner = text[m.start:m.end]
        words = pm.group(1).split()
        for k in range(len(words), 0, -1):
            unit = " ".join(words[:k])
            b = pm.start(1) + len(unit)
            if words[k - 1].lower() not in _KIND_OF or any(x is not m and x.start < b and x.end > m.end for x in ms):
                continue  # (a unit's name ends in its head word: "the Islamic State's Khorasan branch" is read elsewhere)
            hit = next((ent for n in (f"{owner} {unit}", f"{unit} of the {owner}", f"{unit} of {owner}")
                        if (ent := g.resolve(n)) is not None and ent.id.startswith("group:") and ent.id != m.entity
                        and g.part_of.get(ent.id) == m.entity), None)
            if hit is None:
                continue
            ms.append(Mention(pm.start(1), b, hit.id, "name"))  # (the owner's mention stays, as for "Hamas's Qassam Brigades")
            taken.append((pm.start(1), b))
            break


# -- 16. a name in quotation marks that a category noun says is an organisation (session 21) ------------------
# News quotes the name of a cell, a faction, a gang or a unit it introduces, before or after the noun that says
# what it is: "una célula del Tren de Aragua, "Los Piratas"", "a faction calling itself "Red Dawn"", ""Los Lobos
# Box", una de sus facciones", "the so-called "Northern Command" unit". The quotation marks give the name's
# bounds (a faction may carry its parent's name: "Los Lobos Box"); the noun its kind. A quoted phrase without such
# a noun (a slogan, an operation, a nickname of a person, a quoted word) is nothing here.
_Q_OPEN, _Q_CLOSE = "\"“«", "\"”»"
_Q_NAME = rf"[{_Q_OPEN}](?P<name>[A-ZÁÉÍÓÚÑ0-9][^{_Q_CLOSE}{_Q_OPEN}\n]{{0,60}}?)[{_Q_CLOSE}]"
_Q_CATS = {
    "cell": "armed group", "cells": "armed group", "faction": "armed group", "factions": "armed group",
    "splinter group": "armed group", "offshoot": "armed group", "unit": "armed force", "units": "armed force",
    "militia": "armed group", "brigade": "armed group", "battalion": "armed force", "group": "armed group",
    "armed group": "armed group", "gang": "cartel", "gangs": "cartel", "clique": "cartel", "network": "organisation",
    "task force": "armed force", "company": "company", "firm": "company", "front company": "company",
    "shell company": "company", "célula": "armed group", "células": "armed group", "facción": "armed group",
    "facciones": "armed group", "escisión": "armed group", "unidad": "armed force", "unidades": "armed force",
    "milicia": "armed group", "brigada": "armed group", "batallón": "armed force", "grupo": "armed group",
    "grupo armado": "armed group", "banda": "cartel", "bandas": "cartel", "pandilla": "cartel", "clica": "cartel",
    "clicas": "cartel", "estructura": "armed group", "estructuras": "armed group", "red": "organisation",
    "fuerza de tarea": "armed force", "empresa": "company", "empresa fachada": "company", "empresa pantalla": "company",
}
_Q_CAT = "|".join(sorted(map(re.escape, _Q_CATS), key=len, reverse=True)).replace("\\ ", "\\s+")
_Q_CALLED = (r"(?:called|named|known\s+as|calling\s+itself|dubbed|llamad[oa]|denominad[oa]|conocid[oa]\s+como|"
             r"autodenominad[oa]|que\s+se\s+hace\s+llamar|bautizad[oa]\s+como)")
# the noun, up to four words of its own phrase (its owner: "del Tren de Aragua"), then the quoted name
_Q_AFTER_CAT = literals.compile(
    rf"\b(?P<cat>{_Q_CAT})\b(?P<gap>(?:\s+(?!(?:and|y|that|que|which|who|is|was|es|fue|said|dijo)\b)[\w’'-]+){{0,5}}?)"
    rf"\s*,?\s+(?:{_Q_CALLED}\s+)?(?:(?:the|el|la|los|las)\s+)?{_Q_NAME}", re.I)
# the quoted name, then its description: ", una de sus facciones", ", a splinter group of X", ", the cell that ..."
_Q_BEFORE_CAT = literals.compile(
    rf"{_Q_NAME}\s*,\s+(?:(?:a|an|one|the|una?|uno|la|el)\s+)?(?:(?:of\s+(?:its|their|the)|de\s+(?:sus|los|las))\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<cat>{_Q_CAT})\b", re.I)
# the so-called name: "the so-called "Northern Command"", "la llamada "Oficina de Envigado""
_Q_SO_CALLED = literals.compile(rf"\b(?:so-called|self-styled|autodenominad[oa]|(?:el|la)\s+llamad[oa])\s+{_Q_NAME}", re.I)
_QUOTED_GATE = literals.compile(rf"[{_Q_OPEN}][A-ZÁÉÍÓÚÑ0-9]")
_Q_JOIN = frozenset({"de", "del", "of", "the", "la", "el", "los", "las", "y", "and", "al", "e", "bin", "ibn"})


# a unit's generic name completed by the quoted name it goes by: 'la Fuerza de Tarea Interinstitucional "Centinela"',
# 'Task Force "Phoenix"', 'el Batallón "Los Leones"': one name, written without the quotation marks
_Q_RUN_BEFORE = literals.compile(rf"(?<![\w’'-])(?P<run>{_CAP}(?:\s+(?:{_PREP}\s+(?:{_ART}\s+)?)?{_CAP}){{0,5}})\s+{_Q_NAME}")


def _quoted_names(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    for qm in _Q_RUN_BEFORE.finditer(text, s, e):
        a, b = qm.span("run")
        words = text[a:b].split()
        while words and words[0].lower() in _LEAD:
            a += len(words[0]) + 1
            words = words[1:]
        low = [w.lower() for w in words]
        first = next((i for i, w in enumerate(low) if w in _KIND_OF), None)
        if first:  # the name opens after the last join before its first head word ("Helicopters of the ⟦Joint Task Force⟧")
            cut = max((i + 1 for i in range(first) if low[i] in _JOINS), default=0)
            a += len(" ".join(words[:cut])) + (1 if cut else 0)
            words, low, first = words[cut:], low[cut:], first - cut
        qwords = qm.group("name").split()
        if not words or first is None or not 1 <= len(qwords) <= 3 or _NOT_ORG.search(text, a, qm.end()) \
                or any(not w[:1].isupper() and w.lower() not in _Q_JOIN for w in qwords) \
                or any(not (qm.end() <= m.start or a >= m.end) and (m.start < a or m.end > qm.end()
                       or not m.entity.startswith("group:") or g.get(m.entity) is not None) for m in ms):
            continue  # (a head word first: "Fuerza de Tarea", "Task Force", "Batallón"; no known actor inside)
        name = f"{text[a:b]} {qm.group('name')}"
        _claim(g, text, a, qm.end(), _KIND_OF[low[first]], ms, taken, result, replace_groups=True, name=name)
    for rx in (_Q_AFTER_CAT, _Q_BEFORE_CAT, _Q_SO_CALLED):
        for qm in rx.finditer(text, s, e):
            a, b = qm.span("name")
            words = text[a:b].split()
            if not 1 <= len(words) <= 5 or any(w.lower() not in _Q_JOIN and not w[:1].isupper() and not w[:1].isdigit()
                                               for w in words) or words[-1].lower() in _Q_JOIN:
                continue  # a quoted phrase, not a name
            if _NOT_ORG.search(text, a, b) or _MONTHS.match(words[-1]) or _has_title(g, words[:1]) \
                    or text[a:b].rstrip(".,;:!?") != text[a:b]:
                continue
            inner = [m for m in ms if not (b <= m.start or a >= m.end)]
            if any(m.start < a or m.end > b or m.entity.startswith(("state:", "official:", "agreement:"))
                   or (m.start, m.end) == (a, b) for m in inner):
                continue  # a known actor, a place or a person is no new organisation
            cat = qm.groupdict().get("cat")
            kind = _Q_CATS.get(re.sub(r"\s+", " ", cat.lower()), "armed group") if cat else "armed group"
            _claim(g, text, a, b, kind, ms, taken, result, replace_groups=True)



# -- 18b. a name the text gives as the one a group goes by, without quotation marks (session 22, orgs22) ---------
# "a group calling itself Saraya Ababil", "an outfit that calls itself the Northern Shield", "a militia known as the
# Night Wolves", "un grupo que se hace llamar Los Hijos del Sol", "una célula autodenominada Comando Sur Unido", "la
# banda conocida como Los Pepes", "el llamado clan Barakat", "el autodenominado Comando Sur Unido", "the self-styled
# Northern Liberation Front": the naming verb after an organisation noun (or a self-naming participle before the
# name) says the capitals after it are the group's name. A place, a law, an operation or an event is none
# (_NOT_ORG), nor a person: "a man calling himself X" has no organisation noun, "the self-styled President X" a title.
_SN_CAT = {**{k: v for k, v in _Q_CATS.items() if " " not in k},
           "organisation": "organisation", "organization": "organisation", "organizations": "organisation",
           "organisations": "organisation", "movement": "armed group", "outfit": "armed group", "collective": "organisation",
           "syndicate": "cartel", "cartel": "cartel", "cártel": "cartel", "organización": "organisation",
           "organizaciones": "organisation", "movimiento": "armed group", "colectivo": "organisation",
           "clan": "cartel", "frente": "armed group", "coalition": "armed group", "coalición": "armed group",
           "alliance": "armed group", "alianza": "armed group", "party": "political party", "partido": "political party"}
_SN_CATS = "|".join(sorted(map(re.escape, _SN_CAT), key=len, reverse=True))
_SN_ADJ = r"(?:(?:armed|criminal|militant|jihadist|extremist|separatist|rebel|shadowy|new|little-known|obscure|previously\s+unknown|" \
          r"splinter|armad[oa]s?|criminal(?:es)?|yihadista|extremista|separatista|rebelde|nuev[oa]|desconocid[oa]|" \
          r"clandestin[oa])\s+){0,2}"
_SN_NAME = rf"(?-i:(?:the|el|la|los|las)\s+(?=[A-ZÁÉÍÓÚÑ]))?(?-i:(?P<name>{_N_ITEM}))"
_SELF_NAMED = [
    # the noun, then its naming verb: "a group (that) calls itself X", "un grupo que se hace llamar X",
    # "una célula autodenominada X", "a militia known as X", "la banda conocida como X"
    literals.compile(rf"\b(?P<cat>{_SN_CATS})\s+{_SN_ADJ}(?:(?:that|which|who)\s+)?"
                     rf"(?:calling\s+(?:itself|themselves)|calls\s+itself|call\s+themselves|called\s+itself|"
                     rf"(?:(?:now|also|locally|better|widely|más|mejor)\s+)?(?:known\s+as|conocid[oa]s?\s+como)|"
                     rf"que\s+se\s+(?:hace|hacen|hacía|hacían|hizo)\s+llamar|que\s+se\s+(?:auto)?(?:denomina|denominan|denominaba|"
                     rf"llama|llaman|llamaba)|autodenominad[oa]s?|autoproclamad[oa]s?)\s+{_SN_NAME}", re.I),
    # the self-naming participle first: "the self-styled X", "el autodenominado X", "the so-called X group" is
    # section 15's; "el llamado clan X" with its noun ("la llamada Triple Frontera" has none: no name of a group)
    literals.compile(rf"\b(?:(?:self-styled|self-proclaimed|self-declared|autodenominad[oa]s?|autoproclamad[oa]s?)\s+(?:(?P<cat>{_SN_CATS})\s+)?|"
                     rf"(?:so-called|llamad[oa]s?|denominad[oa]s?)\s+(?P<cat2>{_SN_CATS})\s+){_SN_NAME}", re.I),
]
_SELF_NAMED_GATE = literals.compile(r"(?i:itself|themselves|known\s+as|conocid[oa]s?\s+como|hacen?\s+llamar|hacía|hizo\s+llamar|"
                                    r"se\s+(?:auto)?denomina|se\s+llama|autodenominad|autoproclamad|self-styled|self-proclaimed|"
                                    r"self-declared|so-called|llamad[oa]s?\s|denominad[oa]s?\s)")


def _self_named(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    for rx in _SELF_NAMED:
        for cm in rx.finditer(text, s, e):
            a, b = cm.span("name")
            if not text[a:a + 1].isupper():
                continue  # ("re.I" lets the name's pattern match lower case: a description, no name)
            words = text[a:b].split()
            cat = (cm.groupdict().get("cat") or cm.groupdict().get("cat2") or "").lower()
            if not words or _MONTHS.match(words[-1]) or _NOT_ORG.search(text, a, b) or _has_title(g, words) \
                    or len(words) == 1 and _lower_elsewhere(text, words[0]):
                continue
            inner = [m for m in ms if not (b <= m.start or a >= m.end)]
            if any((m.start < a or m.end > b or (m.start, m.end) == (a, b) or not m.entity.startswith(("state:", "group:")))
                   and not (cat == "clan" and m.entity.startswith("official:")) for m in inner):
                continue  # the known group itself, a person or a mention reaching outside: read as it is
            # (a shorter known name inside is the start of the longer one the group goes by: "el autodenominado
            # Comando Sur Unido" is no US command)
            if cat == "clan":  # a clan goes by its family's name and the noun ("el llamado clan Barakat")
                a = cm.start("cat2") if cm.groupdict().get("cat2") else cm.start("cat") if cm.groupdict().get("cat") else a
                for m in [m for m in ms if m.entity.startswith("official:") and a <= m.start and m.end <= b]:
                    ms.remove(m)  # (the family's name is its best-known member's too: the clan is meant)
                    if (m.start, m.end) in taken:
                        taken.remove((m.start, m.end))
            heads = [w.lower() for w in words if w.lower() in _KIND_OF]
            kind = _KIND_OF[heads[-1]] if heads else _SN_CAT.get(cat, "armed group")
            _claim(g, text, a, b, kind, ms, taken, result, replace_groups=True)

# -- 19. a known branch named by its owner and its region (session 21) ---------------------------------------
# "the Islamic State's Sahel Province", "the Islamic State's Somali branch", "al-Qaeda's Yemeni affiliate",
# "al-Qaeda's branch in the Arabian Peninsula", "la filial somalí del Estado Islámico", "la rama del Estado Islámico
# en el Sahel": the owner is a known group and the region picks the one branch the gazetteer gives it there (by the
# branch's country or the words of its name); none or two, nothing. The owner's mention stays (as in section 18).
_BRANCH_HEADS = r"(?i:province|branch|affiliate|franchise|chapter|offshoot|wilayat|wilaya)"
_BRANCH_EN = literals.compile(
    rf"['’]s?\s+(?:(?P<reg>(?:[A-Z][\w-]*\s+){{1,3}}){_BRANCH_HEADS}\b|{_BRANCH_HEADS}\s+in\s+(?:the\s+)?"
    rf"(?P<reg2>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){{0,2}}))")
_BRANCH_ES = literals.compile(
    r"\b(?P<head>filial|rama|provincia|franquicia|sucursal|wilaya)(?:\s+(?P<reg>[a-záéíóúñ]+|[A-ZÁÉÍÓÚÑ][\w-]*))?\s+"
    r"(?:de|del)\s+(?:la\s+|el\s+)?$", re.I)
_BRANCH_ES_WHERE = literals.compile(r"\s+en\s+(?:el\s+|la\s+)?(?P<reg>[A-ZÁÉÍÓÚÑ][\w-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w-]*){0,2})")
_BRANCH_GATE = literals.gated(r"(?i:province|branch|affiliate|franchise|chapter|offshoot|wilaya|filial|rama|provincia|"
                                r"franquicia|sucursal)")
_CHILDREN: dict | None = None


def _children(g: Gazetteer) -> dict[str, list[str]]:
    """Known group -> the known groups that are part of it (the gazetteer's part_of)."""
    global _CHILDREN
    if _CHILDREN is None or _CHILDREN.get("") is not g:
        out: dict = {"": g}
        for cid, parent in g.part_of.items():
            if cid.startswith("group:") and parent.startswith("group:"):
                out.setdefault(parent, []).append(cid)
        _CHILDREN = out
    return _CHILDREN


def _branch_for(g: Gazetteer, owner: str, region: str) -> str | None:
    from loaders.gazetteer import tokens
    toks = tuple(tokens(region))
    if not toks or toks[0] in ("the", "el", "la"):
        toks = toks[1:]
    if not toks:
        return None
    sid = g.demonym_of.get(toks)
    if sid is None:
        ent = g.resolve(region)
        sid = ent.id if ent is not None and ent.id.startswith("state:") else None
    hits = set()
    for cid in _children(g).get(owner, []):
        ent = g.get(cid)
        if ent is None:
            continue
        if sid and getattr(ent, "country", None) == sid:
            hits.add(cid)
            continue
        words = {w[:5] for n in [ent.name, *ent.aliases] for w in tokens(n)}
        if all(t[:5] in words for t in toks if len(t) > 2):
            hits.add(cid)
    return hits.pop() if len(hits) == 1 else None


def _branch_mention(text: str, a: int, b: int, cid: str, ms: list[Mention], taken: list) -> None:
    inner = [m for m in ms if a <= m.start and m.end <= b]
    if any(not (b <= m.start or a >= m.end) for m in ms if m not in inner) \
            or any(not (m.kind in ("demonym", "capital", "ignore") or m.entity.startswith("state:")) for m in inner):
        return
    for m in inner:
        ms.remove(m)
        if (m.start, m.end) in taken:
            taken.remove((m.start, m.end))
    ms.append(Mention(a, b, cid, "name"))
    taken.append((a, b))


# the phrase describing a group named before it ("the Nusra Front, al-Qaeda's former Syrian branch", "el Frente al
# Nusra, la antigua filial siria de Al Qaeda", "HTS was al-Qaeda's Syrian affiliate"): that group is the branch meant
_DESCRIBES = literals.compile(r"(?:,|\b(?:is|was|are|were|became|remains|as|es|era|fue|son|como)\b)\s+(?:(?:the|its|la|el|an?|una?)\s+)?"
                              r"(?:(?:former|then|once|antigu[oa]|entonces|ex)\s+)?$", re.I)


def _branches(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list) -> None:
    kids = _children(g)
    for m in [m for m in ms if m.entity in kids and m.kind == "name"]:
        bm = _BRANCH_EN.match(text, m.end, e)
        if bm and (_DESCRIBES.search(text, max(s, m.start - 30), m.start) or text[bm.end():bm.end() + 3].lstrip().startswith("(")):
            continue  # (a branch defined with its acronym is read by actors._defined_acronyms: "the IS's Khorasan branch (ISKP)")
        if bm:
            reg = bm.group("reg") or bm.group("reg2")
            cid = _branch_for(g, m.entity, reg.strip())
            if cid:
                a = bm.start() + len(bm.group()) - len(bm.group().lstrip("'’s").lstrip())
                _branch_mention(text, a, bm.end(), cid, ms, taken)
            continue
        em = _BRANCH_ES.search(text, max(s, m.start - 40), m.start)
        if em and _DESCRIBES.search(text, max(s, em.start() - 30), em.start()):
            continue
        if em:
            where = _BRANCH_ES_WHERE.match(text, m.end, e)
            reg = " ".join(x for x in (em.group("reg"), where.group("reg") if where else None) if x)
            cid = _branch_for(g, m.entity, reg) if reg else None
            if cid:
                _branch_mention(text, em.start(), em.end("reg") if em.group("reg") else em.end("head"), cid, ms, taken)


# -- 20. a group's mention takes the description that introduces it by name (session 21) --------------------
# "the junta declared the NUG, ⟦the parliamentary body known as the CRPH⟧ and the PDF terrorist organisations",
# "sancionó a ⟦la red conocida como Los Cuinis⟧ y a ...": the description and its naming verb read as the name, so a
# list or a relation reads the group as it reads a bare name (as the company descriptions of section 12 do)
_DESCRIBED_AS_WORDS = ("known as", "called", "named", "conocid", "llamad", "denominad", "dubbed")
_DESCRIBED_AS = literals.compile(
    r"(?<![\w’'-])(?:the|an?|el|la|los|las|una?)\s+(?:(?!(?:and|y|or|o|of|de|del|which|that|que)\b)[a-záéíóúñ][\w-]*\s+){1,4}"
    r"(?:(?:also|better|widely|más|mejor)\s+)?(?:known\s+as|called|named|dubbed|conocid[oa]s?\s+como|llamad[oa]s?|denominad[oa]s?)\s+"
    r"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$")


def _described_as(text: str, s: int, ms: list[Mention], taken: list) -> None:
    for m in [m for m in ms if m.entity.startswith("group:") and m.kind == "name"]:
        dm = _DESCRIBED_AS.search(text, max(s, m.start - 80), m.start)
        if dm is None or any(x is not m and not (x.end <= dm.start() or x.start >= m.start) for x in ms):
            continue  # (another actor inside the description: "the Sinaloa faction known as ...")
        if any(x.entity == m.entity and x.end <= dm.start() and re.fullmatch(r"\s*,\s*", text[x.end:dm.start()]) for x in ms):
            continue  # a restatement of the name before it ("Ansar Allah, the movement better known as the Houthis")
        i = ms.index(m)
        if (m.start, m.end) in taken:
            taken.remove((m.start, m.end))
        ms[i] = Mention(dm.start(), m.end, m.entity, m.kind, role=m.role, org=m.org, former=m.former, actor=m.actor)
        taken.append((dm.start(), m.end))


# -- 21. a vessel's owner, manager or operator named by its role (session 21) ---------------------------------
# Sanctions on shipping name the firms by their role towards a ship: "the tanker's registered owner, Blue Whale
# Navigation", "the manager of the vessel, Orion Ship Management", "Aurora Marine, the Dubai-based operator of the
# tanker", "el armador del petrolero, la naviera Mar Azul", "Naviera Sur, propietaria del buque". The role makes the
# name a company (a yacht's owner may be a person: yachts are left out); the description joins the name's mention,
# so "sanctioned ⟦the tanker's registered owner, X⟧" reads as "sanctioned X".
_VESSEL = r"(?:vessels?|tankers?|oil\s+tankers?|ships?|freighters?|cargo\s+ships?|bulk\s+carriers?|LNG\s+carriers?)"
_VESSEL_ES = r"(?:buques?|petroleros?|barcos?|cargueros?|tanqueros?|navíos?|metaneros?)"
_V_ROLE = r"(?:(?:registered|beneficial|commercial|technical|ISM|new|former|listed)\s+)?(?:owners?|managers?|operators?|charterers?|shipowners?)"
_V_ROLE_ES = r"(?:propietari[oa]s?|armador(?:a|es)?|operador(?:a|es)?|gestor(?:a|es)?|fletador(?:a|es)?|dueñ[oa]s?|navieras?)"
_V_NAME = rf"(?P<name>{_CO_WORD}(?:\s+(?:(?:de|del|&|of|for)\s+)?{_CO_WORD}){{0,5}}(?:\s*,?\s+{_LEGAL}(?![\w]))?)"
_V_AFTER = [
    # "the tanker's registered owner, X", "the vessel's manager X"
    literals.compile(rf"\b(?P<desc>(?:the|its|a)\s+(?:[\w-]+\s+){{0,2}}?{_VESSEL}['’]s?\s+{_V_ROLE})\s*,?\s+(?:is\s+|was\s+)?{_V_NAME}"),
    # "the registered owner of the tanker, X"
    literals.compile(rf"\b(?P<desc>(?:the|its|a)\s+{_V_ROLE}\s+of\s+the\s+(?:[\w-]+\s+){{0,2}}?{_VESSEL})\s*,\s+{_V_NAME}"),
    # "el armador del petrolero, la naviera X"
    literals.compile(rf"\b(?P<desc>(?:el|la|al|los|las)\s+{_V_ROLE_ES}\s+(?:del|de\s+los)\s+{_VESSEL_ES}(?:\s+[\w-]+)?)\s*,\s+"
                     rf"(?:(?:la|el)\s+(?:naviera|empresa|compañía|firma)\s+)?{_V_NAME}"),
]
_V_BEFORE = [
    # "X, the Dubai-based operator of the tanker", "X, propietaria del buque"
    literals.compile(rf"{_V_NAME}\s*,\s+(?:the\s+|its\s+|la\s+|el\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_V_ROLE}\s+of\s+the|{_V_ROLE_ES}\s+del)\s+"
                     rf"(?:[\w-]+\s+){{0,2}}?(?:{_VESSEL}|{_VESSEL_ES})\b"),
]
_VESSEL_GATE = literals.gated(rf"(?i:vessel|tanker|ship|freighter|carrier|buque|petroler|barco|carguero|tanquero|navío|metanero)")
_VESSEL_ROLE_GATE = literals.compile(r"(?i:owner|manager|operator|charterer|propietari|armador|operador|gestor|fletador|dueñ|naviera)")


# after a vessel's firm, the next role said of the same ship: "..., and its manager, Orion Ship Management"
_V_ITS = literals.compile(rf"\b(?P<desc>(?:its|su)\s+(?:{_V_ROLE}|{_V_ROLE_ES}))\s*,\s+{_V_NAME}")


def _vessel_owners(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    last = None
    for rx in _V_AFTER:
        for vm in rx.finditer(text, s, e):
            _company_name(g, text, s, *vm.span("name"), ms, taken, result, slot_from=vm.start("desc"))
            last = max(last or 0, vm.end())
    if last is not None:
        for vm in _V_ITS.finditer(text, last, e):
            _company_name(g, text, s, *vm.span("name"), ms, taken, result, slot_from=vm.start("desc"))
    for rx in _V_BEFORE:
        for vm in rx.finditer(text, s, e):
            a, b = vm.span("name")
            words = text[a:b].split()
            while words and words[0].lower() in _LEAD:
                a += len(words[0]) + 1
                words = words[1:]
            if words:
                _company_name(g, text, s, a, b, ms, taken, result)


# -- 22. a group's former name said with its name (session 22, orgs22) --------------------------------------------
# "the Sahel Patriots Movement (formerly the Azawad Union)", "X, formerly known as Y", "X, previously called Y", "X (antes
# Y)", "X, antes conocido como Y", "X, anteriormente denominado Y": Y is the same group under another name, one entity
# with Y among its aliases (actors.text_names), so facts told of it under either name are one group's. A name the
# gazetteer gives to another entity stays that entity's (a successor may be listed apart from what it grew out of).
_FORMER_WORDS = ("formerly", "previously", "antes", "anteriormente", "former name")
_FORMER = literals.compile(
    r"(?:\s*\(\s*(?:formerly|previously|antes|anteriormente|ex)\s+|\s*,\s+(?:formerly|previously|antes|anteriormente)\s+)"
    r"(?:known\s+as\s+|called\s+|named\s+|conocid[oa]\s+como\s+|llamad[oa]\s+|denominad[oa]\s+)?"
    rf"(?:(?:the|el|la|los|las)\s+(?=[A-ZÁÉÍÓÚÑ]))?(?P<name>{_N_ITEM})(?=\s*[),.;:]|\s*$)")


def former_names(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    """Called by actors.find_actors once every organisation reader has read the sentence."""
    seg = text[s:e]
    if not any(w in seg for w in _FORMER_WORDS):
        return
    for m in sorted([m for m in ms if m.entity.startswith("group:") and m.kind == "name"], key=lambda m: m.start):
        fm = _FORMER.match(text, m.end, e)
        if not fm:
            continue
        a, b = fm.span("name")
        words = text[a:b].split()
        if _MONTHS.match(words[-1]) or _NOT_ORG.search(text, a, b) or _has_title(g, words):
            continue
        inside = [x for x in ms if not (b <= x.start or a >= x.end)]
        if any(x.start < a or x.end > b or x.entity.startswith(("official:", "agreement:"))
               or (g.get(x.entity) is not None and x.entity != m.entity) or x.entity in result.part_of
               or x.entity.startswith("state:") for x in inside):
            continue  # a person, a known actor or a state's body of its own, or a mention reaching outside the name
        if len(words) == 1 and _lower_elsewhere(text, words[0]):
            continue
        for x in inside:
            ms.remove(x)
            if (x.start, x.end) in taken:
                taken.remove((x.start, x.end))
        ms.append(Mention(a, b, m.entity, "name"))
        taken.append((a, b))
        result.text_names.setdefault(m.entity, set()).add(text[a:b])
        result.__dict__.setdefault("_group_names_seen", {})[text[a:b]] = m.entity
