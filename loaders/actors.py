"""Actor mentions in a text: gazetteer names, titled people, and simple coreference.

Everything is token- and regex-based (no parser) so a document costs a few
milliseconds: the gazetteer is matched by looking up token n-grams (longest first) in a
dict of normalised aliases, which is linear in the text and needs no automaton library.

A `Mention` points at an entity id. People not in the gazetteer get an id from their
name (official:<slug>) and are returned in `Actors.new_entities`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from graph import ids
from graph.schema import Group, Official
from loaders import dates, kinship, language, literals
from loaders.gazetteer import Gazetteer, tokens
from loaders.gazetteer import _within as _gz_within
from loaders.scan import DocTokens, norm as scan_norm

WORD = literals.compile(r"\w+")
# surnames with an inner capital ("LeBlanc", "McCarthy", "DeSantis", "O'Brien") are names too
# letters of names written in Latin script beyond Spanish ("Yaşar Güler", "Radosław Sikorski",
# "Aleksandar Vučić", "Jonas Gahr Støre", "İlham Əliyev", "Phạm Minh Chính")
NAME_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽȘȚƏ"
NAME_LO = "a-zß-öø-ÿā-žșțəḁ-ỿ"
_NAME_WORD = (rf"(?:Jr\.(?!\w)(?!\s+[{NAME_UP}])|(?:Mc|Mac|Le|De|Di|Du|O['’])[A-Z][{NAME_LO}'’-]+|[{NAME_UP}][{NAME_LO}'’-]+(?:-[{NAME_UP}][{NAME_LO}]+)?"
              r"|[A-Z]\.|(?:al|el|bin|ibn|abu|abd)-[A-Z][\w'’]+"
              # the one-letter Spanish surname "de la O" ("Vicente de la O Levy")
              r"|(?<=\bla\s)O(?=\s+[A-Z]))")
_PARTICLE = r"(?:de|del|la|las|los|da|do|dos|van|von|der|den|bin|bint|ibn|al|el|ould|ag|y)"
NAME = literals.compile(rf"(?<![\w.]){_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{1,8}}(?![\w])")
# titles that do not make someone an office holder of a state/group
_NON_GOV = {"analyst", "analista", "professor", "profesor", "profesora", "researcher", "investigador",
            "investigadora", "expert", "experto", "experta", "historian", "historiador", "historiadora",
            "journalist", "periodista", "consultant", "consultor", "fellow", "scholar", "academico", "academica"}
_FORMER = {"former", "ex", "then", "entonces", "retired", "late", "expresidente", "exministro", "otrora"}
_GOV_NOUNS = {"government", "governments", "regime", "administration", "authorities", "officials", "official",
              "diplomats", "leadership", "leaders", "executive", "cabinet", "military", "armed", "forces",
              "army", "navy", "intelligence", "police", "state", "gobierno", "regimen", "administracion",
              "autoridades", "funcionarios", "ejecutivo", "gabinete", "ejercito", "fuerzas", "policia",
              "diplomaticos", "estado", "cancilleria", "delegation", "delegacion", "envoys", "mission",
              "embassy", "embajada", "foreign", "ministry", "ministerio", "congress", "senate", "parliament",
              "territory", "soil", "territorio", "suelo", "support", "backing", "funding", "apoyo", "respaldo",
              "coast", "troops", "tropas", "armada", "marina", "guardia", "marines",
              # (soldiers are troops: "French soldiers", "soldados franceses", "efectivos rusos")
              "soldiers", "soldados", "efectivos",
              # a state's military people ("militares ucranianos", "Russian servicemen", "fuerzas armadas venezolanas"; not
              # "officers": police or company officers of a nationality are no state actors)
              "militares", "uniformados", "servicemen", "armadas", "personnel",
              # a state's people or patronage lent to another actor ("Iranian instructors", "Venezuelan protection")
              "instructors", "advisers", "advisors", "trainers", "protection", "patronage", "sponsorship",
              "instructores", "asesores", "proteccion", "patrocinio",
              # the envoys a state sends ("enviados chinos urgieron al AA", "US negotiators pressed ...")
              "enviados", "emisarios", "negociadores", "delegados", "negotiators", "emissaries",
              # a state's courts act for it ("a Nigerian court proscribed ...", "un tribunal nigeriano declaró ...")
              "court", "courts", "judiciary", "tribunal", "tribunales", "corte", "judicatura", "justicia",
              # a state as a party to talks ("the Japanese side", "la parte china"): _side_of_talks decides
              "side", "parte",
              # a minister's counterpart named by nationality is that state's ("pressed his Mexican counterpart to",
              # "presionó a su homólogo mexicano")
              "counterpart", "counterparts", "homologo", "homologa", "homologos", "homologas"}
# Spanish generic titles kept in English, so both languages give the same role text
_ROLE_EN = {"portavoz": "spokesperson", "vocero": "spokesperson", "vocera": "spokesperson", "fundador": "founder",
            "fundadora": "founder", "coronel": "colonel", "general": "general", "comandante": "commander",
            "jefe": "chief", "jefa": "chief", "embajador": "ambassador", "embajadora": "ambassador",
            "senador": "senator", "senadora": "senator", "diputado": "deputy", "diputada": "deputy",
            "rep": "representative", "sen": "senator", "gov": "governor",
            "gobernador": "governor", "alcalde": "mayor", "fiscal": "prosecutor", "juez": "judge",
            "asesor": "adviser", "asesora": "adviser", "director": "director", "directora": "director",
            "profesor": "professor", "profesora": "professor", "analista": "analyst", "historiador": "historian",
            "historiadora": "historian", "investigador": "researcher", "investigadora": "researcher",
            "lider": "leader", "secretario": "secretary", "secretaria": "secretary", "ministro": "minister",
            "ministra": "minister", "canciller": "foreign minister", "almirante": "admiral", "teniente": "lieutenant",
            "funcionario": "official", "diplomatico": "diplomat", "enviado": "envoy", "periodista": "journalist",
            "rey": "king", "emir": "emir", "clerigo": "cleric", "de": "of", "del": "of", "y": "and",
            "negociador": "negotiator", "negociadora": "negotiator", "coordinador": "coordinator",
            "coordinadora": "coordinator", "representante": "representative", "mediador": "mediator", "relator": "rapporteur", "relatora": "rapporteur",
            "mediadora": "mediator", "gobernadora": "governor", "alcaldesa": "mayor", "jueza": "judge",
            "comandanta": "commander", "cofundador": "founder", "cofundadora": "founder", "enviada": "envoy",
            "dirigente": "leader", "delegado": "delegate", "delegada": "delegate", "lugarteniente": "lieutenant",
            "ideologo": "ideologue", "ideologa": "ideologue", "especial": "special", "adjunto": "deputy",
            "adjunta": "deputy", "gabinete": "cabinet", "alto": "high", "alta": "high",
            "comisionado": "commissioner", "comisionada": "commissioner",
            # rank abbreviations written before a name ("Maj. Gen. X", "el Gral. X")
            "gen": "general", "gral": "general", "col": "colonel", "cnel": "colonel", "lt": "lieutenant",
            "maj": "major", "brig": "brigadier", "adm": "admiral", "capt": "captain", "jeque": "sheikh",
            "reina": "queen", "principe": "prince", "sultan": "sultan", "monarca": "monarch", "gobernante": "ruler",
            "mariscal": "marshal", "vicealmirante": "vice admiral", "contralmirante": "rear admiral",
            "contraalmirante": "rear admiral", "capitan": "captain", "capitana": "captain", "sargento": "sergeant",
            "asambleista": "lawmaker", "parlamentario": "lawmaker", "parlamentaria": "lawmaker", "concejal": "councillor",
            "intendente": "mayor", "magistrado": "magistrate", "magistrada": "magistrate", "contralor": "comptroller",
            "contralora": "comptroller", "subcomandante": "deputy commander", "subdirector": "deputy director",
            "subdirectora": "deputy director", "subjefe": "deputy chief", "subjefa": "deputy chief",
            "agregado": "attache", "agregada": "attache",
            # (roles24) an office shared: "la copresidenta X" (a bare "viceministro" stays as written; evaluate._ROLE_WORDS reads it "vice minister")
            "copresidente": "co-president", "copresidenta": "co-president"}
_SPONSOR_AFTER = literals.compile(r"[-–](?:backed|sponsored|funded|aligned|linked|allied|supported|controlled)\b"
                            r"|\s+(?:proxy|proxies|ally|allies|partner|partners|client|surrogate)\b", re.I)
# A demonym naming where arms or equipment come from names their maker's state, an actor for the
# SUPPLIED rules ("took delivery of Turkish-made drones", "recibió drones turcos", "misiles de fabricación
# china"); as a plain adjective elsewhere it is none ("Turkish mediation"). Military goods only: "Chinese
# goods" or "empresas chinas" are trade, not a supplier read off an adjective.
_MADE_AFTER = literals.compile(r"[-–](?:made|built|manufactured|produced|designed|supplied)\b", re.I)
_GOODS_EN = (r"(?:drones?|UAVs?|missiles?|rockets?|rocket\s+launchers?|launchers?|tanks?|howitzers?|jets?|fighters?|"
             r"fighter\s+jets?|warplanes?|aircraft|helicopters?|warships?|frigates?|corvettes?|submarines?|patrol\s+(?:boats?|vessels?)|"
             r"radars?|rifles?|weapons?|weaponry|arms|armou?red\s+vehicles?|air[-\s]defen[cs]e\s+systems?|artillery|munitions?|"
             r"ammunition|shells|"
             # energy shipped by a state ("received Russian crude", "shipments of Mexican oil reached Cuba")
             r"crude(?:\s+oil)?|oil|petroleum|fuel(?:\s+oil)?|diesel|LNG|liquefied\s+natural\s+gas|"
             # the carrier that brings them ("Russian cargo planes arrived in Bamako with helicopters")
             r"planes?|ships?|freighters?|tankers?)")
# (a model name or a class word between: "Turkish Bayraktar drones", "Iranian ballistic missiles")
_GOODS_AFTER_EN = literals.compile(rf"(?:\s+(?:[A-Z0-9][\w-]*|ballistic|cruise|attack|combat|kamikaze|suicide|hypersonic|guided|military|cargo|"
                                   rf"unmanned|long-range|short-range|medium-range|surface-to-air|anti-[\w-]+)){{0,2}}\s+{_GOODS_EN}\b")
# a demonym before a nominal of delivery names the supplier too ("Iranian shipments of drones to Russia",
# "Russian arms deliveries to Venezuela" is _GOODS_AFTER_EN's)
_SUPPLY_NOUN_AFTER_EN = literals.compile(r"\s+(?:deliveries|delivery|shipments?|transfers?)\s+of\b"
                                         r"|\s+(?:defen[cs]e|weapons|ammunition)\s+(?:makers|manufacturers|producers|companies|firms|industry|exporters)\b")
_GOODS_ES = (r"(?:drones|misiles|cohetes|lanzacohetes|tanques|carros\s+de\s+combate|obuses|cazas|aviones(?:\s+de\s+combate)?|"
             r"helicópteros|buques(?:\s+de\s+guerra)?|fragatas|corbetas|submarinos|patrulleras|lanchas(?:\s+patrulleras)?|"
             r"radares|fusiles|armas|armamento|blindados|vehículos\s+blindados|sistemas\s+antiaéreos|municiones|proyectiles|"
             r"dron|misil|tanque|avión|helicóptero|buque|fragata|corbeta|submarino|radar|sistema\s+antiaéreo|"
             # la energía enviada por un Estado ("cargamentos de crudo mexicano", "recibió petróleo ruso")
             r"crudo|petróleo|combustible|fueloil|fuel|diésel|gasolina|gas\s+natural(?:\s+licuado)?|GNL)")
# "drones turcos", "lanzacohetes múltiples chinos", "drones turcos Akinci" / "de fabricación china"
# (lower case only: "la Agencia de Armamento polaca" is a state body named with its demonym)
_GOODS_BEFORE_ES = literals.compile(rf"\b{_GOODS_ES}(?:\s+[\w-]+)?\s+$|\b(?:de\s+)?(?:fabricación|manufactura)\s+$")

# "Libya's UN-recognised Government", "the US-designated group": a body in a compound adjective
# qualifies the owner, it is not the owner
_QUALIFIER_AFTER = literals.compile(r"[-–](?:recogni[sz]ed|designated|listed|sanctioned|brokered|mediated|led)\b", re.I)
_ORG_WORDS = {"department", "ministry", "university", "forum", "council", "agency", "party", "front", "army",
              "force", "forces", "company", "corporation", "bank", "court", "institute", "association",
              "organization", "organisation", "movement", "revolution", "relations", "international", "republic",
              "summit", "cartel", "group", "departamento", "ministerio", "universidad", "foro", "consejo", "agencia",
              "partido", "frente", "ejercito", "fuerza", "fuerzas", "compania", "corte", "instituto", "asociacion",
              "organizacion", "movimiento", "relaciones", "cumbre", "republica", "news", "post", "times",
              "television", "radio", "network", "press", "agency", "service", "office", "command", "guard",
              "embassy", "embajada", "senate", "congress", "house", "street", "state", "states", "united",
              "unidos", "school", "center", "centre", "foundation", "fundacion", "security", "defense", "defence",
              "intelligence", "seguridad", "defensa", "inteligencia", "energy", "hydrocarbons", "affairs",
              # a public body's head word ("Sweden's Defence Materiel Administration", "Qods Aviation Industries")
              "administration", "administracion", "authority", "autoridad", "directorate", "industries", "industrias",
              # places named like people ("Malacañang Palace", "Plaza de Mayo")
              # (not words that are also surnames: Torre, Plaza, Hall, Park, Valle, Puente ...)
              "palace", "palacio", "square", "airport", "aeropuerto", "hotel", "avenue", "avenida",
              "island", "islands", "islas", "stadium", "estadio", "cathedral", "catedral", "strip", "franja",
              "province", "provincia", "district", "distrito", "valley", "gulf", "golfo", "strait", "estrecho",
              "river", "mountains", "border",
              # fact-checkers and museums named like people ("Verdad Check", "Africa Check", "Museo del Holocausto")
              "check", "factcheck", "museum", "museo"}


@dataclass
class Mention:
    start: int
    end: int
    entity: str  # entity id
    kind: str  # name | capital | demonym | person | coref
    role: str | None = None  # title text tying a person to `org`
    org: str | None = None  # the state or group the title ties the person to
    former: bool = False
    actor: bool = True  # False for demonyms used as plain adjectives ("Iranian mediation")
    # a demonym naming the maker of arms ("Turkish-made drones"): no actor (actor False), but the
    # supplier of the rules/*_made.yaml readings (loaders.extract._maker_claims)
    maker: bool = False
    title_start: int | None = None  # where a title written before the name begins
    # the office is the clause's predicate ("X, ..., was sworn in as president"), no title the writer put on
    # the name: it tells nothing of the government the writer's unmarked titles name (people.home_votes)
    predicated: bool = False
    # a description of a group ("the group", "la banda"): the other groups it may mean, most likely
    # first, should the relation read show `entity` is the other argument (loaders/anaphora.py)
    alts: tuple = ()
    # a name several states' organisations share ("Partido Liberal", "the Treasury"): its gazetteer
    # key until resolve_shared reads which state's it is (kind "ignore", no entity, meanwhile)
    shared: tuple = ()


@dataclass
class Actors:
    mentions: list[Mention] = field(default_factory=list)
    new_entities: dict[str, object] = field(default_factory=dict)  # people and organisations found in the text
    part_of: dict[str, str] = field(default_factory=dict)  # state agencies found in the text -> their state
    # the subset whose own name says the state ("Ejército de Colombia", "Royal Thai Army"): the
    # name alone states PART_OF, with no second mention of the state to read it from
    state_in_name: dict[str, str] = field(default_factory=dict)
    # a state body the text describes by its state at one mention ("the Paraguayan anti-drug agency SENAD",
    # "el Mosad, el servicio de inteligencia exterior israelí"): mention start -> state (loaders/extract.py)
    state_said: dict[int, str] = field(default_factory=dict)
    # a known person's fuller form in the text ("José Adolfo Macías Villamar, alias Fito"): person -> the text's
    # forms, added to the entity's aliases (people._longer_names; loaders/extract.py)
    text_names: dict[str, set[str]] = field(default_factory=dict)
    # a group's wing named by its owner only ("Hezbollah's military wing", "su brazo armado"): wing -> owner, and
    # the mention starts where the owner is named with it, which state PART_OF (group_names._bare_wings; extract)
    wing_of: dict[str, str] = field(default_factory=dict)
    wing_said_of: set[int] = field(default_factory=set)


# rebel and opposition bodies named after a state are not that state's ("Free Syrian Army",
# "Libyan National Army", "Ejército de Liberación Nacional de Colombia")
_NOT_STATE_BODY = literals.compile(
    r"\b(?:liberat\w*|liberaci\w*|free|libre|revolution\w*|revoluci\w*|rebel\w*|resist\w*|popular|people\w*|"
    r"pueblo|democrat\w*|democr[áa]tic\w*|patriot\w*|patri[óo]tic\w*|salvation|salvaci\w*|self-defen\w*|"
    r"autodefensa\w*|islamic|isl[áa]mic\w*|national\s+army|opposition|oposici\w*|unity|unidad|union|uni[óo]n|"
    r"transitional|transici\w*|interim|provisional|front|frente|movement|movimiento|party|partido|league|liga|"
    r"alliance|alianza|coalition|coalici\w*|council\s+of\s+the|sovereign|soberan\w*|"
    # a community's, a faith's or civil society's council is no state body ("New Zealand Jewish Council")
    r"jewish|muslim|christian|catholic|refugee\w*|refugiad\w*|human\s+rights|derechos\s+humanos|solidarity|"
    r"solidaridad|chamber|c[áa]mara\s+de\s+comercio)\b", re.I)


# the executive's and the security forces' bodies (a legislature or a court named after its state
# is not annotated as a part of it: "the Philippine Senate")
_STATE_BODY_HEAD = literals.compile(
    r"\b(?:arm(?:y|ies)|ej[ée]rcito|nav(?:y|ies)|armada|air\s+force|fuerza\s+a[ée]rea|police|polic[íi]a|guard|guardia|"
    r"forces|fuerzas|ministry|ministerio|agency|agencia|service|servicio|directorate|direcci[óo]n|command|comando|"
    r"corps|cuerpo|gendarmer\w+|marines|infanter[íi]a|carabineros|fiscal[íi]a|procuradur[íi]a|treasury|council|consejo|"
    r"secretariat|secretar[íi]a|administration|administraci[óo]n|authority|autoridad|bureau)\b", re.I)


def state_in_name(result: "Actors", gid: str, name: str, sid: str) -> None:
    """Record that the group's own name places it in state `sid`: a state body's name, not a
    rebel's or a legislature's."""
    if _STATE_BODY_HEAD.search(name) and not _NOT_STATE_BODY.search(name):
        result.state_in_name[gid] = sid


def _title_tokens(g: Gazetteer) -> set[str]:
    if not hasattr(g, "_title_first"):
        forms = set(g.role_forms) | g.generic_titles
        singles = {t[0] for t in forms if len(t) == 1}
        lasts = {t[-1] for t in forms if t[-1] in singles}
        heads = {t[0] for t in forms if t[0] in singles}
        # (a head noun that is a post only with its qualifier, "senior fellow", "research fellow": a candidate
        # word; canonical_role then needs the whole form, so "fellow members" is no title)
        qualified = {t[-1] for t in forms if len(t) > 1 and t[-1] == "fellow"}
        first = singles | lasts | heads | qualified | COUNTERPART_WORDS | {"homologas", "pares"} | set(_GLUED_DEPUTY)
        # Spanish writes a former office as one word: "el excanciller X", "la exministra de Defensa X"
        first |= {"ex" + t for t in first if t.isalpha() and len(t) > 3}
        object.__setattr__(g, "_title_first", first)
        # lower-case words allowed inside a title phrase ("political analyst", "minister of defense")
        inner = {w for t in forms for w in t} | {"of", "de", "del", "and", "y", "e", "for", "para", "the", "a", "an",
                  "el", "la", "los", "las", "political", "senior", "retired", "top", "deputy", "regional", "local",
                  "independent", "veteran", "leading", "military", "international", "legal", "economic", "politico",
                  "politica", "militar", "internacional", "s", "his", "her", "su", "at", "en", "transicion", "interino",
                  "interina", "interim", "acting", "counterpart", "homologo", "homologa", "par", "then", "entonces",
                  # ordinals after a title ("la vicepresidenta segunda", "first deputy prime minister")
                  "primer", "primera", "primero", "segunda", "segundo", "tercera", "tercero", "first", "second",
                  "third",
                  # the office a title belongs to ("presidential adviser", "government spokesman")
                  "presidential", "presidencial", "parliamentary", "royal", "navy", "government", "ministry",
                  "naval", "palace",
                  # the body a spokesperson speaks for, in lower case ("la portavoz de la cancillería, X", "el vocero
                  # del ministerio, X", "la portavoz de la presidencia, X")
                  "cancilleria", "ministerio", "presidencia",
                  # an office still held, whatever its term ("el presidente saliente, X", "the outgoing president,
                  # X", "whose rotating coordinator is X", "presidente pro tempore"); not "electo": not yet in office
                  "saliente", "outgoing", "rotating", "rotativo", "pro", "tempore",
                  # the case a prosecutor or judge works ("La fiscal del caso, X")
                  "caso", "causa",
                  # a court's level ("El juez federal X", "Argentine federal judge X", "la fiscal federal")
                  "federal", "supremo", "suprema", "supreme", "superior", "provincial",
                  # the opposition's portfolio holder ("the shadow security minister, X"): no office of the state
                  "shadow"} | _FORMER | _GROUP_REF_NOUNS | {t for t in first if t.startswith("ex")} | set(_GLUED_DEPUTY)
        # a Spanish title agrees with a woman holder: "la vicepresidenta ejecutiva", "la primera ministra"
        # (not the nouns: "caso" is no "casa", "mando" no "manda")
        inner |= {w[:-1] + "a" for w in inner if w.endswith("o") and len(w) > 3 and w.isalpha()
                  and w not in {"caso", "capo", "excapo", "ejercito", "estado", "gobierno", "grupo", "mando", "movimiento", "trono"}}
        object.__setattr__(g, "_title_inner", inner)
    return g._title_first  # type: ignore[attr-defined]


# compiled once: these run for every mention or sentence (re's cache lookup per call added up)
_ABBREV_DOTS = literals.compile(r"(?:[A-Z]{1,2}\.)+[A-Z]{1,2}")
_NON_WORD = literals.compile(r"[^\w]")
_POSSESSIVE_S = literals.compile(r"['’]s\s+[a-z]")
_POSSESSIVE_END = literals.compile(r"['’]s?\s+$")
# between an owner and what it owns: "the IRGC's Aerospace Force", "the Justice Department's National Security Division"
POSSESSIVE_GAP = literals.compile(r"['’]s?\s+(?:the\s+)?")
# a plural demonym with the article as a noun phrase stands for its state ("urged the Americans to keep the
# sanctions", "los estadounidenses pidieron a Rusia"): no number or quantifier between ("two Americans", "los
# tres rusos" are people), no possessive after it ("the Americans' allies"), no name after it ("the Russians
# Ivanov and Petrov")
_DEMONYM_PLURAL_ART = literals.compile(r"(?<![\w-])(?:the|The|los|Los|las|Las|a\s+los|al\s+los|de\s+los)\s+$")
# what people, not their government, are asked to do ("urged the Venezuelans to vote", "pidió a los venezolanos que
# voten"): one list for both readers below
_ASKED_TO = r"(?:(?:not\s+)?to|que|a|para\s+que)\s+"
_PEOPLE_ACTS = (r"(?:rise|revolt|protest|vote|leave|evacuate|stay|return|avoid|shelter|register|travel|turn\s+out|take\s+to|"
                r"se\s+levanten|protesten|voten|salgan|abandonen|eviten|regresen)\b")
_DEMONYM_PLURAL_NOT_AFTER = literals.compile(r"['’]|\s+(?-i:[A-ZÁÉÍÓÚ])|\s+(?:who|que|quienes|detained|held|killed|living|citizens|"
                                             r"nationals|detenidos|secuestrados|residentes|ciudadanos|muertos|fallecidos)\b"
                                             # the people asked to act as people ("urged the Venezuelans to vote")
                                             rf"|\s+{_ASKED_TO}{_PEOPLE_ACTS}")
# a plural demonym with its article, asked to act, is its government ("urged the Americans to keep the
# sanctions", "pidió a los estadounidenses que mantengan"): people asked are named without the article
# ("urged Venezuelans to vote") or with a noun ("the Venezuelan people")
_ASKED_DEMONYM_BEFORE = literals.compile(
    r"\b(?:urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|push(?:es|ed|ing)?|pressur(?:e|es|ed|ing)|"
    r"implor(?:e|es|ed|ing)|exhort(?:s|ed|ing)?|pid(?:e|en|ió|ieron|iendo)|pedir(?:les)?|pedido|inst(?:a|an|ó|aron|ado)|instar|"
    r"exig(?:e|en|ió|ieron)|exigir(?:les)?|exhort(?:a|an|ó|aron)|presion(?:a|an|ó|aron|ado)|presionar)\s+(?:the|a\s+los)\s+$", re.I)
_ASKED_DEMONYM_AFTER = literals.compile(rf"(?<=s)\s+{_ASKED_TO}(?!{_PEOPLE_ACTS})[a-záéíóú]", re.I)
# a plural government noun shared by coordinated states ("the Brazilian and Chilean governments", "los gobiernos
# brasileño y chileno"): every demonym of the list names its state's government (extract._government_lists)
GOV_PLURAL = r"(?:governments|authorities|administrations|executives|regimes|gobiernos|autoridades|ejecutivos|administraciones|regímenes)"
_DEM_LIST_SEP = literals.compile(r"\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s(?:and|y|e)\s+)$")
_GOV_PLURAL_AFTER = literals.compile(rf"\s+{GOV_PLURAL}\b", re.I)
_GOV_PLURAL_BEFORE = literals.compile(rf"\b(?:los|las)\s+{GOV_PLURAL}\s+$", re.I)


def _demonym_lists(text: str, ms: list) -> None:
    """Coordinated demonyms ("Brazilian and Chilean", "brasileño y chileno") with a plural government noun
    after (English) or before (Spanish) the list: all of them actors."""
    dem = sorted((m for m in ms if m.kind == "demonym" and m.entity.startswith("state:")), key=lambda m: m.start)
    runs: list[list] = []
    for m in dem:
        if runs and _DEM_LIST_SEP.match(text[runs[-1][-1].end:m.start]) and m.start - runs[-1][-1].end <= 7:
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        if len(run) > 1 and (_GOV_PLURAL_AFTER.match(text, run[-1].end)
                             or _GOV_PLURAL_BEFORE.search(text, max(0, run[0].start - 30), run[0].start)):
            for m in run:
                m.actor = True

_OPENER_LEAD = literals.compile(r"[\s\"“‘']*(?:The\s+|El\s+|La\s+|Los\s+|Las\s+)?")
# (persons21: a relative clause after the opener is no list: "The National Unity Government, which the junta declared ...")
# (names22: nor is an apposition, opened by a lower-case article and noun or by a possessive: "JNIM, al-Qaeda's branch in the
# Sahel, is ...", "Los Lobos, la mayor banda del país, ..."; a list's next item is a name: "JNIM, the Islamic State and ...")
_OPENER_JOIN = literals.compile(r"\s*(?:,(?!\s*(?:which|whose|que|cuyo|cuya|la\s+cual|el\s+cual)\b)"
                                r"(?!\s*(?:(?:the|an?|its|el|la|los|las|un|una|su)\s+[a-záéíóúñ]|[\w-]+['’]s\s+[a-z]))|and\b|y\b|e\b|or\b|o\b)")


_HYPHEN_ON = re.compile(r"-(?!(?:led|era|run|made|born|based|style|type|like|linked|backed)\b)[a-z]{1,5}\b")


def gazetteer_mentions(g: Gazetteer, text: str, start: int, end: int) -> list[Mention]:
    """Longest gazetteer aliases in text[start:end], respecting case rules.

    Words come from the document's one token pass (loaders.scan), and only tokens that
    start some alias are tried: the others cannot start a mention."""
    toks = DocTokens.of(text)
    span = toks.within(start, end)
    if span is None:  # a span cutting a word: tokenise it on its own
        toks = DocTokens(text[start:end])
        span, shift = (0, len(toks.norms)), start
    else:
        shift = 0
    i0, n = span
    starts, ends, norms = toks.starts, toks.ends, toks.norms
    out: list[Mention] = []
    trie = _alias_trie(g)
    free = i0  # tokens before this one are inside a mention already
    for i in toks.hits(trie, i0, n):
        if i < free:
            continue
        # every alias the words from here spell, found by walking the trie once
        found = []
        node, k = trie[norms[i]], i
        while True:
            k += 1
            if node[1]:
                found.append((k - i, node[1]))
            if k >= n:
                break
            node = node[0].get(norms[k])
            if node is None:
                break
        hit = None
        for size, entries in reversed(found):  # longest first
            s, e = starts[i] + shift, ends[i + size - 1] + shift
            surface = text[s:e]
            # keep a trailing dot of abbreviations like "U.S." inside the mention
            if e < end and text[e:e + 1] == "." and _ABBREV_DOTS.fullmatch(surface):
                e += 1
                surface = text[s:e]
            ok = [a for a, rule in entries if _case_ok(rule, a.form, surface)]
            if ok and size > 1 and _HYPHEN_ON.match(text, e):
                # a full name cut inside a hyphenated given name ("Park Jin" of "Park Jin-woo", "Kim Jong"
                # of "Kim Jong-il"): another person's ("Kim Jong Un-led" is no given name)
                ok = [a for a in ok if not (a.entity or "").startswith("official:")]
            if ok:
                hit = (s, e, size, ok)
                break
        if hit is None:
            continue
        s, e, size, ok = hit
        a = min(ok, key=_kind_rank)  # the first of the best kind, as a stable sort's first
        if a.kind == "shared":
            out.append(Mention(s, e, "", "ignore", actor=False, shared=tuple(norms[i:i + size])))
        else:
            out.append(Mention(s, e, a.entity or "", a.kind, actor=a.entity is not None))
        free = i + size
    return out


# a maker's name used as the make of a weapon or vehicle ("Embraer Super Tucano aircraft", "Boeing F-15
# jets", "aviones Embraer"): a modifier, not the company acting; its span stays taken
_MAKE_AFTER = literals.compile(r"\s+(?:[A-Z][\w-]*\d[\w-]*|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:jets?|aircraft|planes?|fighters?|"
                         r"drones?|missiles?|tanks?|howitzers?|helicopters?|rifles?|vehicles?|frigates?|corvettes?|"
                         r"submarines?|airliners?)|(?:jets?|aircraft|planes?|fighters?|drones?|missiles?|tanks?|"
                         r"howitzers?|helicopters?|rifles?|airliners?|warplanes?|trainers?)\b)")
_MAKE_BEFORE = literals.compile(r"(?:aviones|cazas|drones|misiles|tanques|obuses|helicópteros|fusiles|fragatas|corbetas|"
                          r"submarinos|blindados|aeronaves|avión|caza|dron|misil|tanque|helicóptero)\s+$", re.I)


def _near_group(last_group: str | None, prev: list) -> str | None:
    """(names22) The group "the group" most likely means (the rule of _coref): the story's most discussed when the sentence
    before named it, else the first group that sentence named, else the story's most discussed."""
    return last_group if last_group in prev else prev[0] if prev else last_group


_PRONOUN_SUBJECT = literals.compile(r"\b(?:[Ii]t|[Tt]hey)\b")


def _groups_named(text: str, ms: list[Mention], start: int) -> tuple:
    """(names22) The groups `ms` (a sentence from `start`) name as actors, in order, possessors aside ("al-Qaeda's branch");
    none when a pronoun comes first ("In 2024 it overran the Western Command": the group named is the object, the pronoun's
    antecedent the one "its" means)."""
    first = min((m.start for m in ms if m.actor and m.entity.startswith("group:")), default=None)
    if first is None or _PRONOUN_SUBJECT.search(text, start, first):
        return ()
    return tuple(dict.fromkeys(m.entity for m in sorted(ms, key=lambda m: m.start) if m.actor and m.entity.startswith("group:")
                               and m.kind != "demonym" and text[m.end:m.end + 2] not in ("'s", "’s")))


def _people():
    from loaders import people  # (people imports this module)
    return people


def _makers_as_modifiers(g: Gazetteer, text: str, ms: list[Mention]) -> None:
    companies = getattr(g, "_company_ids", None)
    if companies is None:
        companies = frozenset(k for k, v in g.entities.items() if getattr(v, "kind", None) == "company")
        object.__setattr__(g, "_company_ids", companies)
    for m in ms:
        if m.entity in companies and (_MAKE_AFTER.match(text, m.end) or _MAKE_BEFORE.search(text, max(0, m.start - 20), m.start)):
            m.actor = False


# a name inside the list of a ministry's portfolios ("el ministro de Asuntos Exteriores, Unión Europea y Cooperación",
# "Minister for Foreign Affairs, Europe and Trade", "Ministry of Europe and Foreign Affairs"): a portfolio word, no actor
_PORTFOLIO_BEFORE = literals.compile(
    r"\b(?:ministr[oa]s?|ministerio|minister|ministry|secretar(?:y|ía|io|ia)|cartera|consejer[oa]|department)\s+(?:de|del|of|for)\s+"
    r"(?:(?:la|el|los|las|the)\s+)?(?:(?-i:[A-ZÁÉÍÓÚ])[\w-]*\s*,?\s+(?:(?:de|del|y|e|and|of|the|la|el|for)\s+)?){1,4}$", re.I)
_PORTFOLIO_AFTER = literals.compile(r"\s*(?:,\s*|\s+(?:y|e|and|&)\s+)(?:(?:la|el|the)\s+)?(?-i:[A-ZÁÉÍÓÚ])[\w-]+"
                                    r"(?:\s+(?:(?-i:[A-ZÁÉÍÓÚ])[\w-]+|de|del|y|en|el))*\s*(?:,|$)")
_PORTFOLIO_AND_BEFORE = literals.compile(r"\b(?:ministr[oa]s?|ministerio|minister|ministry)\s+(?:de|del|of|for)\s+(?:(?:la|el|the)\s+)?$"
                                         , re.I)
_PORTFOLIO_AND_AFTER = literals.compile(r"\s+(?:y|e|and|&)\s+(?:(?:la|el|the)\s+)?(?:Foreign|Asuntos|Exteriores|Relaciones|Cooperación|"
                                        r"Cooperation|Trade|Comercio|Development|Desarrollo|Affairs)\b")


def _portfolio_words(text: str, ms: list[Mention]) -> None:
    for m in ms:
        if m.kind != "name" or not m.actor or not m.entity.startswith(("state:", "group:")):
            continue  # (a person after the office is its holder: "los ministros de Defensa, A y B")
        if (_PORTFOLIO_BEFORE.search(text, max(0, m.start - 90), m.start) and _PORTFOLIO_AFTER.match(text, m.end)) \
                or (_PORTFOLIO_AND_BEFORE.search(text, max(0, m.start - 30), m.start) and _PORTFOLIO_AND_AFTER.match(text, m.end)):
            m.actor = False


_KIND_ORDER = {"shared": -1, "name": 0, "capital": 1, "demonym": 2, "ignore": 3}


def _kind_rank(a) -> int:
    return _KIND_ORDER[a.kind]


_norm = scan_norm  # ids.normalise memoised, one cache shared with the document scan


def _alias_trie(g: Gazetteer) -> dict:
    """The gazetteer's aliases as a token trie: word -> [next words, entries ending here].
    Walking it from a word finds every alias starting there with one dict lookup per word;
    looking each possible length up as a tuple in `g.index` (the first version) cost a tuple
    and a failed lookup per length for the many words ("de", "la", "united") that start
    long aliases (measured on 200 synthetic articles: 1 in 5 tokens starts some alias)."""
    if getattr(g, "_trie_of", None) is not g.index or getattr(g, "_trie_size", -1) != len(g.index):
        root: dict = {}
        for key, entries in g.index.items():
            node = root.setdefault(key[0], [{}, None])
            for w in key[1:]:
                node = node[0].setdefault(w, [{}, None])
            node[1] = entries
        object.__setattr__(g, "_trie", root)
        object.__setattr__(g, "_trie_of", g.index)
        object.__setattr__(g, "_trie_size", len(g.index))
    return g._trie  # type: ignore[attr-defined]


def _lengths(g: Gazetteer) -> dict[str, tuple[int, ...]]:
    """First token -> alias lengths starting with it, longest first (so lookups stay few)."""
    if not hasattr(g, "_lengths"):
        d: dict[str, set[int]] = {}
        for key in g.index:
            d.setdefault(key[0], set()).add(len(key))
        object.__setattr__(g, "_lengths", {k: tuple(sorted(v, reverse=True)) for k, v in d.items()})
    return g._lengths  # type: ignore[attr-defined]


def _case_ok(rule: str, form: str, surface: str) -> bool:
    if rule == "exact":
        return _NON_WORD.sub("", surface) == _NON_WORD.sub("", form)
    if rule == "cap":
        return surface[:1].isupper()
    return True


# a body named after a common noun another group qualifies: "the head of the UN stabilisation mission MONUSCO",
# "the UN mission UNSMIL": the named body, not the organisation it belongs to
_QUALIFIED_BODY_GAP = literals.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}")


def named_body(full: str | None, groups: list[Mention]) -> Mention | None:
    """The group of `groups` (document order) that a title's first group only qualifies, if any."""
    if full is None or len(groups) < 2:
        return None
    first, nxt = groups[0], groups[1]
    return nxt if _QUALIFIED_BODY_GAP.fullmatch(full, first.end, nxt.start) else None


def _org_in(g: Gazetteer, text: str, ms: list[Mention], full: str | None = None) -> str | None:
    """The state or group a title phrase ties a person to (first group, else first state)."""
    body = named_body(full, sorted((m for m in ms if m.entity.startswith("group:")), key=lambda m: m.start))
    if body:
        return body.entity
    for m in ms:
        if m.entity.startswith("group:"):
            return m.entity
    for m in ms:
        if m.entity.startswith("state:"):
            return m.entity
    return None


_DEPUTY = {"deputy": "deputy", "vice": "vice", "assistant": "assistant", "under": "under", "adjunto": "deputy",
           "adjunta": "deputy", "sub": "deputy"}


_SHADOW = re.compile(r"(?<![\w-])shadow\s+", re.I)
_ORDINAL_EN = {"primer": "first", "primera": "first", "primero": "first", "segundo": "second", "segunda": "second",
               "tercer": "third", "tercera": "third", "tercero": "third"}
# the bodies a ranked secretary serves in, not a portfolio ("Primer Secretario del Comité Central")
_PARTY_ORGANS = {"comite", "committee", "central", "partido", "party", "embajada", "embassy", "politburo", "buro"}
_GLUED_DEPUTY = {"viceprimer": ("deputy", "primer"), "viceprimera": ("deputy", "primera"),
                 "vicedirector": ("deputy", "director"), "vicedirectora": ("deputy", "directora")}
_PLURAL_TITLE = {"ministers": "minister", "ministros": "ministro", "ministras": "ministra", "primeros": "primer",
                 "primeras": "primera", "presidents": "president", "presidentes": "presidente", "presidentas": "presidenta",
                 "cancilleres": "canciller", "secretaries": "secretary", "secretarios": "secretario"}


def canonical_role(g: Gazetteer, phrase: str) -> tuple[str | None, bool, bool]:
    """(role, is_canonical, is_government) for a title phrase, after dropping demonyms,
    state names, articles and 'former'. Memoised per gazetteer: news repeats its titles across
    articles (60-76% of the calls on the seeds, dev and synthetic sets repeat a phrase), and
    each costs ~13 µs (a hit 0.3)."""
    memo = g.__dict__.get("_canonical_roles")
    if memo is None or memo[0] != len(g.index):  # (a gazetteer is complete once loaded; the size is a cheap check)
        memo = (len(g.index), {})
        object.__setattr__(g, "_canonical_roles", memo)
    got = memo[1].get(phrase)
    if got is None:
        got = _canonical_role(g, phrase)
        if len(memo[1]) < 50_000:
            memo[1][phrase] = got
    return got


_OFFICE_JOIN = re.compile(r"\s+(?:and|y|e)\s+", re.I)
# a second title with a definite article or a possessive of its own names another holder
_OTHER_HOLDER = re.compile(r"(?:the|el|la|los|las|su|sus|his|her|their|its)\s", re.I)
_ARTICLE_START = re.compile(r"(?:the|a|an|el|la|los|las|un|una|su|sus|his|her|its)\s", re.I)
_TITLE_WORD = re.compile(r"[\w'’.-]+")


def office_parts(g: Gazetteer, phrase: str) -> list[str]:
    """The offices of a title that joins two ("Deputy Prime Minister and Defence Minister", "Crown Prince and
    Prime Minister", "la vicepresidenta y portavoz del gobierno", "Minister of Justice and Attorney General"):
    each side holds a title word of its own. A portfolio joined to a portfolio ("Minister of Trade and
    Industry", "ministro de Trabajo y Seguridad Social") or a rank ("Defence Minister and General") is one
    office. The words before the first title word ("the former Polish") qualify both."""
    parts = _OFFICE_JOIN.split(phrase)
    if len(parts) != 2:
        return [phrase]
    a, b = parts
    titles = _title_tokens(g)
    ta, tb = tokens(a), tokens(b)
    if not any(t in titles for t in ta) or not any(t in titles for t in tb) \
            or all(t in _RANK_WORDS or t in _HONORIFICS or t in ("the", "el", "la", "a", "an") for t in tb):
        return [phrase]
    if _OTHER_HOLDER.match(b) or set(tb) & COUNTERPART_WORDS:
        return [phrase]  # "el presidente del Gobierno y su homólogo gambiano, X", "the king and the prime minister": two people
    words = list(_TITLE_WORD.finditer(a))
    i = 0
    while i < len(words) - 1 and all(t in _FORMER or t in ("the", "el", "la") or (t,) in g.demonym_of
                                     or _is_state_tok(g, t) for t in tokens(words[i].group())):
        i += 1
    if i and not _ARTICLE_START.match(b):
        b = a[:words[i].start()] + b
    if sum(bool(set(t) & _FORMER) or any(w.startswith("ex") and w[2:] in titles for w in t)
           for t in (ta, tokens(b))) == 1:
        return [phrase]  # "minister of state for regional integration and a former army chief": the office held now
    return [a, b]


# "el ministro de Energía y el director general de Rosatom": two titles, each with its own article, two holders
_TWO_HOLDERS = literals.compile(r"^(?P<a>.+?)\s+(?:and|y|e)\s+(?P<b>(?:the|el|la)\s+\S.*)$", re.I)
_TWO_HOLDERS_NOT = literals.compile(r"\b(?:counterpart|hom[oó]log[oa]|and\s+the\s+(?:interior|economy|environment|treasury)|"
                                    r"y\s+(?:el|la)\s+(?:interior|econom[ií]a|hacienda))\b", re.I)


def nearest_of_two_holders(g: Gazetteer, role_text: str) -> str:
    """The second of two titles joined with their own articles ("the energy minister and the director general of
    Rosatom"), else the title as written. A portfolio with its article ("Minister of Justice and the Interior") and a
    counterpart ("el presidente y su homólogo") are left to their own readings."""
    two = _TWO_HOLDERS.match(role_text.strip())
    if not two or _TWO_HOLDERS_NOT.search(role_text):
        return role_text
    b = two.group("b")
    titles = _title_tokens(g)
    return b if any(t in titles for t in tokens(b)) and any(t in titles for t in tokens(two.group("a"))) else role_text


_TITLE_POSSESSIVE = re.compile(r"(?<=[a-z])['’]s\s+(?=[a-z])")  # (its possessor must be a title word: not "Russia's")


def _canonical_role(g: Gazetteer, phrase: str) -> tuple[str | None, bool, bool]:
    sh = _SHADOW.search(phrase)
    if sh:
        # "the shadow security minister": the opposition's spokesperson for a portfolio, no office of the state
        inner = _canonical_role(g, phrase[:sh.start()] + phrase[sh.end():])[0]
        return (f"shadow {inner}" if inner else None), False, bool(inner)
    # (roles24) an office in the possessive before another title is the one the holder serves ("the UN secretary-general's
    # special envoy", "the president's chief of staff"): the title after it is the role
    pm = next(reversed(list(_TITLE_POSSESSIVE.finditer(phrase))), None) if "s " in phrase else None
    if pm and tokens(phrase[:pm.start()])[-1:] and tokens(phrase[:pm.start()])[-1] in _title_tokens(g) \
            and any(t in _title_tokens(g) for t in tokens(phrase[pm.end():])):
        inner = _canonical_role(g, phrase[pm.end():])
        # (a spokesman of an office speaks for it: the one canonical word, as the known holders' offices are written)
        return ("spokesperson", *inner[1:]) if inner[0] in ("spokesman", "spokeswoman") else inner
    # "excanciller", "exministra de Defensa": Spanish writes a former office as one word
    toks = [t[2:] if t.startswith("ex") and t[2:] in _title_tokens(g) else t for t in tokens(phrase)]
    # "viceprimer ministro": Spanish glues the deputy's prefix to the title (English writes "deputy prime minister")
    toks = [x for t in toks for x in (_GLUED_DEPUTY[t] if t in _GLUED_DEPUTY else (t,))]
    drop = {"the", "a", "an", "el", "la", "los", "las", "un", "una", "his", "her", "its", "su", "sus", "s",
            "senior", "current", "newly", "appointed", "top", "acting", "interim", "interino", "interina", "new", "nuevo", "nueva",
            "actual", "incoming", "outgoing",
            # the sponsor's half of "Iran-backed Houthi spokesman" is not part of the office
            "backed", "sponsored", "funded", "aligned", "allied", "linked", "supported", "controlled",
            # relative and appointment words around a title ("whom Hezbollah appointed as its envoy"),
            # and "máximo" of "máximo jefe" (the chief is the chief)
            "whom", "who", "as", "como", "maximo", "maxima", "longtime", "veteran",
            # a US party label is no part of the office ("Republican Senator X" holds the seat of senator)
            "republican", "republicano", "republicana", "democratic", "democrat", "democrata"} | _FORMER
    if "fellow" in toks:
        # "a senior fellow", "research fellow": a post with its qualifier (kept whole, "senior" is no dropped word
        # there); a bare "fellow" is an adjective ("a fellow member", "his fellow ministers") and no title word
        at = toks.index("fellow")
        qual = next((n for n in (3, 2) if at + 1 >= n and tuple(toks[at + 1 - n:at + 1]) in g.generic_titles), 0)
        if qual:
            toks = toks[:at + 1 - qual] + ["_".join(toks[at + 1 - qual:at + 1])] + toks[at + 1:]
        else:
            toks = [t for t in toks if t != "fellow"]
            if not any(_PLURAL_TITLE.get(t, t) in _title_tokens(g) for t in toks):
                return None, False, False
    toks = _drop_state_names(g, [t for t in toks if t not in drop and (t,) not in g.demonym_of and not _is_state_tok(g, t)])
    toks = [x for t in toks for x in (t.split("_") if t.endswith("fellow") else (t,))]
    # a plural office before a list of holders ("los primeros ministros de A, X, y de B, Y", "the
    # transport ministers of A and B"): each holder holds the singular office
    toks = [_PLURAL_TITLE.get(t, t) for t in toks]
    # "asesor adjunto de Seguridad Nacional", "director adjunto": Spanish puts the deputy's word after the title
    dj = next((i for i, t in enumerate(toks) if i and t in ("adjunto", "adjunta") and toks[i - 1] in _title_tokens(g)), None)
    if dj is not None:
        inner = _canonical_role(g, " ".join(toks[:dj] + toks[dj + 1:]))
        if inner[0] and not inner[0].startswith(("deputy", "vice", "assistant")):
            # (a "secretario adjunto" is an assistant secretary: "Assistant Secretary of State")
            return f"{'assistant' if toks[dj - 1] in ('secretario', 'secretaria') else 'deputy'} {inner[0]}", False, inner[2]
    # longest canonical role form anywhere in the phrase
    best = None
    for size in range(min(6, len(toks)), 0, -1):
        for i in range(len(toks) - size + 1):
            canon = g.role_forms.get(tuple(toks[i:i + size]))
            if canon and toks[i + size - 1] in _GOV_HEAD and any(t not in _COMPLEMENT for t in toks[i + size:]):
                continue  # "presidente del Gobierno vasco / de Canarias": a regional government's head, not the state's
            if canon == "president" and toks[i + size - 1] in ("state", "estado") and toks[i + size:i + size + 1] \
                    and toks[i + size] not in _COMPLEMENT:
                continue  # "head of the State Committee for ...", "jefe del Estado Mayor": a body named State ..., no head of state
            if canon and size >= 1:
                if i and toks[i - 1] in _DEPUTY:
                    # "Deputy Defence Minister" is not the minister: a role of its own, and so is its rank
                    # ("First Deputy Prime Minister", "first vice foreign minister")
                    rank = f"{toks[i - 2]} " if i > 1 and toks[i - 2] in _ORDINALS else ""
                    return f"{rank}{_DEPUTY[toks[i - 1]]} {canon}", False, True
                if _complement_office(g, toks, i):
                    continue  # "adviser to the supreme leader": the office of the person served
                if toks[i + size:i + size + 1] and toks[i + size] in ("adjunto", "adjunta"):
                    # Spanish writes the deputy after the office ("fiscal general adjunto", "secretario general adjunto")
                    return f"deputy {canon}", False, True
                best = canon
                break
        if best:
            break
    if best:
        # "Hydrocarbons and Energy Minister" is not "minister of defense": only accept the
        # canonical form when the phrase has no other content words before/after a bare minister
        return best, True, True
    if not toks:
        return None, False, False
    words = list(toks)
    # "<X> minister" -> "minister of <x>"; Spanish "ministro de <x>" -> "minister of <x>"
    for head in ("minister", "ministro", "ministra", "secretary", "secretario", "secretaria", "subsecretario", "subsecretaria"):
        if head in words:
            k = words.index(head)
            if _complement_office(g, words, k):
                continue
            rest = [w for w in words[k + 1:] if w not in ("of", "de", "del", "for", "para")]
            before = [w for w in words[:k] if w not in ("and",)]
            # another office joined before it ("asesor y secretario de prensa", "spokesman and defence
            # minister"): an office of its own, not this one's portfolio
            first = None
            conj_b = [i for i, w in enumerate(words[:k]) if w in ("y", "and", "e")]
            if conj_b and any((w,) in g.generic_titles or (w,) in g.role_forms for w in words[:conj_b[-1]]):
                first = _canonical_role(g, " ".join(words[:conj_b[-1]]))[0]
                before = words[conj_b[-1] + 1:k]
            if k == 3 and words[1] == "and":
                # "energy and infrastructure minister": one portfolio of two words, as "minister of energy and infrastructure"
                before = words[:k]
            t_at = next((i for i, w in enumerate(rest) if w in g.generic_titles or (w,) in g.generic_titles
                         or (w,) in g.role_forms), None)
            if t_at is not None:
                # a second office after "y"/"and" ("ministro de Cultura y portavoz de Sumar"), or the office
                # served ("secretario de prensa del presidente"): the portfolio is what comes before it
                conj = [i for i, w in enumerate(rest[:t_at]) if w in ("y", "and", "e")]
                rest = rest[:conj[-1]] if conj else rest[:t_at]
            base = "minister" if head.startswith("minist") else "deputy secretary" if head.startswith("sub") else "secretary"
            if before and not rest and len(before) == 1 and before[0] in _DEPUTY and not head.startswith("sub"):
                return f"{_DEPUTY[before[0]]} {base}", False, True  # (roles23) "deputy minister", "viceministro": no portfolio
            if before and not rest and set(before) <= _ORDINALS:
                return f"{' '.join(before)} {base}", False, True  # "first secretary" is a rank, not a portfolio
            if before and set(before) <= _ORDINALS | set(_ORDINAL_EN) and set(rest) & _PARTY_ORGANS:
                # "Primer Secretario del Comité Central del Partido Comunista", "first secretary of the party's
                # central committee": a rank in a party or an embassy, the body its owner
                return f"{' '.join(_ORDINAL_EN.get(w, w) for w in before)} {base}", False, True
            topic = " and ".join(filter(None, [" ".join(before), " ".join(rest)])) if before and rest else " ".join(before or rest)
            topic = _portfolio_en(topic.replace(" y ", " and ").split())
            office = f"{base} of {topic}" if topic else base
            return (f"{first} and {office}" if first else office), False, True
    # otherwise the first title word(s) of the phrase: "IRGC Brigadier-General" -> "brigadier general",
    # "portavoz del Gobierno de transición, el coronel" -> "spokesperson"
    for i in range(len(words)):
        for size in (3, 2, 1):
            t = tuple(words[i:i + size])
            if size == 1 and t in g.generic_titles and words[i] in _DEPUTY:
                # "Deputy Attorney General", "deputy inspector-general": the deputy of the office after it, not a
                # bare "deputy" (a rank after it is its own: "Deputy General X" stays as read)
                for size2 in (3, 2, 1):
                    t2 = tuple(words[i + 1:i + 1 + size2])
                    if len(t2) == size2 and t2 in g.generic_titles and not set(t2) <= _RANK_WORDS:
                        if words[i + 1 + size2:i + 2 + size2] and words[i + 1 + size2] in _POSTPOSED and t2[-1] not in _POSTPOSED:
                            t2 = t2 + (words[i + 1 + size2],)  # "deputy prosecutor general"
                        return f"{_DEPUTY[words[i]]} {' '.join(_ROLE_EN.get(w, w) for w in t2)}", False, \
                            not any(w in _NON_GOV for w in t2)
            if len(t) == size and t in g.generic_titles:
                # lower-case modifiers written before it belong to the title ("foreign policy chief",
                # "national security adviser"); connectors and other titles do not
                k = i
                while k > 0 and i - k < 3 and words[k - 1] not in _MODIFIER_STOP and (words[k - 1],) not in g.generic_titles \
                        and not _not_modifier(words[k - 1]):
                    k -= 1
                # a title word right after it belongs to it too ("chief prosecutor", "jefe negociador"), but not a
                # rank: "Government spokesman Colonel X" is a colonel who is the spokesman
                j = i + size
                while j < len(words) and j < i + size + 2 and (words[j],) in g.generic_titles \
                        and words[j] not in _MODIFIER_STOP and not (words[j] in _RANK_WORDS and words[j] not in _POSTPOSED
                                                                     and not set(t) & _RANK_WORDS):
                    j += 1
                t = tuple(words[k:i]) + t + tuple(words[i + size:j])
                # Spanish writes an office's adjective after it ("director ejecutivo", "agregado cultural")
                post = []
                while j < len(words) and words[j] in _ES_OFFICE_ADJ and len(post) < 2:
                    post.append(words[j])
                    j += 1
                # a second title joined by "and" holds too ("the founder and chief of X", "its chief
                # negotiator and spokesman"): both offices are the role
                if j + 1 < len(words) and words[j] in ("and", "y", "e"):
                    # (an adjective of rank may open the second: "founder and honorary chairman")
                    j2 = j + 1 + (words[j + 1] in _SECOND_TITLE_ADJ)
                    for size2 in (3, 2, 1):
                        t2 = tuple(words[j2:j2 + size2])
                        if len(t2) == size2 and (t2 in g.generic_titles or t2 in g.role_forms) \
                                and not set(t2) & _RANK_WORDS:
                            e = j2 + size2
                            while e < len(words) and e < j2 + size2 + 2 and (words[e],) in g.generic_titles \
                                    and words[e] not in _MODIFIER_STOP and words[e] not in _RANK_WORDS:
                                e += 1
                            t = t + ("and",) + tuple(words[j + 1:e])
                            break
                while t and t[-1] in _ES_OFFICE_ADJ and not post and len(t) > 1:
                    post.insert(0, t[-1])  # (one generic form with its adjective: "enviado especial")
                    t = t[:-1]
                title = " ".join(_ROLE_EN.get(w, w) for w in t)
                if post:
                    # in English order where the office reads in English ("deputy prosecutor general", "special
                    # envoy", "cultural attaché"); an office kept as written keeps its adjective after it
                    title = (" ".join(_ES_OFFICE_ADJ[w] for w in post) + " " + title if t[-1] in _ROLE_EN or t[-1] in _ROLE_EN.values()
                             else title + " " + " ".join(post))
                # an envoy's brief after it belongs to the office ("special envoy for Latin America", "coordinator for
                # counterterrorism"); English only, its words as written (a state named is dropped)
                if t[-1] in _BRIEF_OFFICES and j < len(words) and words[j] == "for":
                    raw = [w for w in tokens(phrase) if w not in ("the", "el", "la", "los", "las")]
                    at = max(k_ for k_, w in enumerate(raw) if w == "for")
                    brief = raw[at + 1:]
                    if brief and len(brief) <= 3 and not set(brief) & (_COMPLEMENT | {"and", "y", "e"}) \
                            and not any((w,) in g.generic_titles for w in brief):
                        title = f"{title} for {' '.join(brief)}"
                gov = not any(w in _NON_GOV for w in t)
                return title, False, gov
    words = [_ROLE_EN.get(w, w) for w in words]
    phrase_n = " ".join(words)
    gov = not any(w in _NON_GOV for w in words)
    return phrase_n, False, gov


_COMPLEMENT = {"to", "of", "for", "de", "del", "al", "a", "para", "ante"}
# offices whose brief follows them ("special envoy for X", "coordinator for Y"): keys17
_BRIEF_OFFICES = {"envoy", "enviado", "enviada", "representative", "representante", "coordinator", "coordinador", "coordinadora",
                  "commissioner", "comisionado", "comisionada"}
# a rank word that also follows an office as its adjective ("contralor general", "coordinador general")
_POSTPOSED = {"general", "gen", "gral"}
# Spanish adjectives written after an office (keys17), and their English
_ES_OFFICE_ADJ = {"especial": "special", "adjunto": "deputy", "adjunta": "deputy", "cultural": "cultural", "militar": "military",
                  "comercial": "commercial", "ejecutivo": "executive", "ejecutiva": "executive", "permanente": "permanent"}
# the owner's noun of "the group's emir", "the movement's spokesman" (the owner is the body, no part of the office)
_OWNER_NOUNS = {"group", "groups", "movement", "organisation", "organization", "militia", "network", "cartel", "gang",
                "faction", "party", "alliance", "coalition", "body", "agency", "committee",
                # "del grupo parlamentario X": a lawmaker of the caucus
                "grupo", "bancada", "bloque", "partido", "movimiento", "organizacion", "milicia", "red", "faccion"}


def _not_modifier(w: str) -> bool:
    """A word before a title that does not qualify it: a verb ("whom OFAC described as a financial
    facilitator"), the owner's noun ("the group's emir") or the person's ("the billionaire founder")."""
    return w in _OWNER_NOUNS or _PERSON_NOUN_WORD.fullmatch(w) is not None or (len(w) > 4 and w.endswith("ed") and w not in ("armed", "united", "appointed"))
# the last word of a head-of-government form of roles.yaml ("presidente del Gobierno" is Spain's prime minister)
_GOV_HEAD = {"gobierno", "government", "ministros"}
# Spanish portfolio words -> English, so "ministro de Comercio Exterior" is "minister of foreign trade"
# (the portfolio reads in the graph's one language; an unlisted word stays as written)
_PORTFOLIO_EN = {"economia": "economy", "hacienda": "finance", "finanzas": "finance", "comercio": "trade",
                 "exterior": "foreign", "exteriores": "foreign", "agricultura": "agriculture", "energia": "energy",
                 "hidrocarburos": "hydrocarbons", "minas": "mines", "mineria": "mining", "justicia": "justice",
                 "salud": "health", "sanidad": "health", "educacion": "education", "trabajo": "labour",
                 "transporte": "transport", "transportes": "transport", "obras": "works", "publicas": "public",
                 "ambiente": "environment", "cultura": "culture", "turismo": "tourism", "industria": "industry",
                 "vivienda": "housing", "seguridad": "security", "inteligencia": "intelligence", "bosques": "forests",
                 "pesca": "fisheries", "planificacion": "planning", "desarrollo": "development", "asuntos": "affairs",
                 "relaciones": "relations", "interior": "interior", "defensa": "defence", "publica": "public",
                 "nacional": "national", "migracion": "migration", "comunicaciones": "communications",
                 "telecomunicaciones": "telecommunications", "ciencia": "science", "tecnologia": "technology",
                 "innovacion": "innovation", "mujer": "women", "mujeres": "women", "igualdad": "equality",
                 "deportes": "sports", "medio": "", "estado": "state", "prensa": "press", "tesoro": "treasury",
                 "infraestructura": "infrastructure", "inmigracion": "immigration", "presupuesto": "budget",
                 "ganaderia": "livestock", "gobernacion": "interior"}
_PORTFOLIO_ADJ = {"exterior", "exteriores", "publicas", "publica", "nacional", "social"}


def _portfolio_en(words: list[str]) -> str:
    """A portfolio in English words and order: "comercio exterior" -> "foreign trade", "obras publicas" ->
    "public works" (a Spanish adjective follows its noun)."""
    out: list[str] = []
    for w in words:
        en = _PORTFOLIO_EN.get(w, w)
        if not en:
            continue
        if w in _PORTFOLIO_ADJ and out and out[-1] != "and":
            out.insert(len(out) - 1, en)
        else:
            out.append(en)
    return " ".join(out)


def _drop_state_names(g: Gazetteer, toks: list[str]) -> list[str]:
    """Title words without the state names of several words in them ("ministro de Comercio Exterior de Costa
    Rica" is the minister of foreign trade; the state is the owner, not part of the office)."""
    out, i = [], 0
    while i < len(toks):
        for size in (4, 3, 2):
            if i + size <= len(toks) and any(a.entity and a.entity.startswith("state:")
                                             for a, _ in g.index.get(tuple(toks[i:i + size]), [])):
                i += size
                break
        else:
            out.append(toks[i])
            i += 1
    while out and out[-1] in _TRAILING_LINKS:
        out.pop()
    return out


_TRAILING_LINKS = _COMPLEMENT | {"del", "la", "el"}  # (built once: canonical_role runs per title)
_ORDINALS = {"first", "second", "third"}
# an adjective of rank opening the second of two joined titles ("the founder and honorary chairman")
_SECOND_TITLE_ADJ = {"honorary", "honorario", "honoraria", "executive", "ejecutivo", "ejecutiva", "deputy", "adjunto", "adjunta"}
# nouns only a person is, by trade or wealth: one vocabulary for every reader of them (people._PERSON_NOUN and
# _PERSON_NOUN_BEFORE: a cue that X is a person; extract._PERSON_NOUNS: a descriptor dropped from the skeleton; here: a
# noun before a title that describes the person, not the office: "the billionaire founder of X", "el magnate fundador")
PERSON_TRADE_NOUNS = (r"banker|businessman|businesswoman|tycoon|oligarch|magnate|financier|entrepreneur|industrialist|smuggler|"
                      r"trafficker|drug\s+lord|arms\s+dealer|banquer[oa]|empresari[oa]|oligarca|financista|contrabandista|"
                      r"narcotraficante")
PERSON_WEALTH_NOUNS = r"billionaire|millionaire|multimillonari[oa]|millonari[oa]"
_PERSON_NOUN_WORD = re.compile(rf"(?:{PERSON_TRADE_NOUNS}|{PERSON_WEALTH_NOUNS}|mogul)")


def _complement_office(g: Gazetteer, toks: list[str], i: int) -> bool:
    """toks[i:] is an office named after a title word and a preposition ("adviser to the
    supreme leader", "portavoz del presidente"): the title word, not that office, is the role."""
    for k in range(i - 1, -1, -1):
        if toks[k] in _COMPLEMENT and any((t,) in g.generic_titles for t in toks[:k]):
            return True
    return False


_MODIFIER_STOP = {"of", "de", "del", "and", "y", "e", "for", "para", "the", "at", "en", "in", "la", "el", "los", "las",
                  "a", "an", "to", "with", "con", "por", "by", "whose", "cuyo", "cuya", "counterpart", "homologo"}


def _made_by(text: str, m: "Mention", start: int) -> bool:
    """Whether a demonym names the maker of the arms it qualifies ("Turkish-made drones", "Turkish
    Bayraktar drones", "drones turcos", "misiles de fabricación china")."""
    if _MADE_AFTER.match(text, m.end):
        return True
    if _GOODS_AFTER_EN.match(text, m.end) or _SUPPLY_NOUN_AFTER_EN.match(text, m.end):
        return True
    return bool(_GOODS_BEFORE_ES.search(text, max(start, m.start - 45), m.start))


def _is_state_tok(g: Gazetteer, t: str) -> bool:
    for a, _ in g.index.get((t,), []):
        if a.entity and a.entity.startswith("state:"):
            return True
    return False


_RARE_READERS: literals.Triggers | None = None


def _designees():
    from loaders import designees  # (imports this module)
    return designees


def _rare_readers() -> literals.Triggers:
    """The per-sentence readers of find_actors that rarely find anything, by the regexes their
    work starts from (each reader still tests its own; one automaton pass tells which to call:
    on synthetic articles these eight gates cost ~1 ms per article one by one, ~0.25 ms so).
    A reader added here must find nothing in a sentence where none of its regexes can match."""
    global _RARE_READERS
    if _RARE_READERS is None:
        _RARE_READERS = literals.Triggers({
            "acronym_agency": [_ACRONYM_AGENCY], "category": [_CATEGORY_CUE], "plural_title": [_PLURAL_HEAD_RX],
            "lone_surname": [_LONE_SURNAME], "coref_cue": [_COREF_CUES], "pair": [_PAIR_PEOPLE, _PAIR],
            "group_pair": [_PAIR_GROUPS, _PAIR_COMPANIES], "bare_country": [_BARE_COUNTRY], "named_head": [_NAMED_HEAD],
            "pronoun_and": [_PRONOUN_AND], "regime": [_REGIME], "that_country": [_THAT_COUNTRY], "island": [_THE_ISLAND], "own_country": [_OWN_COUNTRY],
            "numbered": [_NUMBERED], "designees": [_designees().CUE]})
    return _RARE_READERS


# state names that are also people's first names ("Mauricio Macri", "Israel Katz", "Chad Wolf"): before a
# capitalised surname that no actor holds, the name opens a person's name, not the state
_GIVEN_NAMES = {"mauricio", "israel", "chad", "jordan", "georgia", "salvador", "kenia"}
_SURNAME_AFTER = literals.compile(rf"\s+(?:(?:de|del|da|van|von)\s+)?[{NAME_UP}][{NAME_LO}'’-]+(?:-[{NAME_UP}][{NAME_LO}]+)?\b")
_NOT_SURNAME = {"valley", "river", "basin", "rift", "sea", "gulf", "bay", "island", "islands", "isla", "islas", "strait",
                "police", "defense", "defence", "army", "forces", "state", "republic", "government", "airways", "el", "la",
                "and", "or", "y", "e", "but", "pero", "said", "says", "dijo", "has", "is", "was", "ha", "es", "fue"}


def _given_names(text: str, ms: list[Mention]) -> None:
    """Drop a state mention that is the first name of a person ("el ministro de Hidrocarburos, Mauricio
    Medinaceli", "Defense Secretary Chad Wolf"): a given-name state before a surname no actor holds."""
    for m in list(ms):
        if not m.entity.startswith("state:") or _norm(text[m.start:m.end]) not in _GIVEN_NAMES:
            continue
        nxt = _SURNAME_AFTER.match(text, m.end)
        if not nxt or _norm(nxt.group().split()[-1]) in _NOT_SURNAME or any(x.start < nxt.end() and x.end > m.end for x in ms):
            continue
        ms.remove(m)


# a state beside a shared name: "Chile's Partido Republicano", "el Partido Liberal colombiano",
# "the Treasury of the UK", "el Partido Nacional de Honduras"
_SHARED_BEFORE = literals.compile(r"(?:['’]s?)?\s+(?:(?:the|el|la)\s+)?$")
# ("del Perú", "del Reino Unido": the article is in "del")
_SHARED_AFTER = literals.compile(r"\s+(?:(?:of|de|in|en)\s+(?:(?:the|la|el)\s+)?)?|\s+del\s+")
# an office or a market named after a body ("Treasury Secretary X", "el secretario del Tesoro X",
# "Treasury yields"): the title parser reads those; a shared body's name there is no mention
_SHARED_TITLE_AFTER = literals.compile(r"\s+(?:secretar\w+|officials?|spokes\w+|minist\w+|chief|head|under|deputy|bonds?|bills?|"
                                 r"notes?|yields?|securities|market\w*|bonos?|letras?|portavoz|funcionari\w+)\b", re.I)
_SHARED_TITLE_BEFORE = literals.compile(r"(?:secretar\w+|subsecretar\w+|minist\w+|officials?|funcionari\w+|portavoz|spokes\w+|"
                                  r"chancellor|canciller|bonos?|letras?)\s+(?:of\s+the|at\s+the|del|de\s+la)\s+$", re.I)


# a state as a party to talks, diplomats' word for it ("we urge the Japanese side to", "la parte china pidió"); not the
# side a signatory signed for ("on the Armenian side, the minister signed", "por parte armenia lo rubricó") nor a place
# ("the Russian side of the border")
_SIDE_PLACE_BEFORE = literals.compile(r"\b(?:on|from|to|onto|across|at|in|por|de|del)\s+(?:the\s+|la\s+)?$", re.I)


def _side_of_talks(text: str, m, s: int, after: list[str], before: list[str]) -> bool:
    if list(after[:1]) == ["side"]:
        if _SIDE_PLACE_BEFORE.search(text, max(s, m.start - 12), m.start) or text[m.end:m.end + 12].lower().startswith(" side of"):
            return False
        return True
    return list(before[-2:]) == ["la", "parte"] and not _SIDE_PLACE_BEFORE.search(text, max(s, m.start - 20), m.start - len("la parte "))


def _demonym_plural_noun(text: str, m: Mention, s: int) -> bool:
    """"The Americans", "los estadounidenses": a plural demonym as the head of its noun phrase, the state."""
    word = text[m.start:m.end]
    return word.endswith("s") and " " not in word and bool(_DEMONYM_PLURAL_ART.search(text, max(s, m.start - 8), m.start)) \
        and not _DEMONYM_PLURAL_NOT_AFTER.match(text, m.end)


def _shared_cues(g: Gazetteer, ms: list[Mention], sh, published: str | None) -> set[str]:
    """The variant states a stretch of text names: states, demonyms, capitals, officials serving one,
    and members of one variant (a party's known member ties it to his party's state)."""
    return {sid for o in ms if (sid := _cue_state(g, o, sh, published)) in sh.variants}


def _cue_state(g: Gazetteer, o: Mention, sh, published: str | None) -> str | None:
    """The state a mention ties a shared name to: a state's own, an official's (his party's or the
    state he serves, then or ever: "el Partido Republicano de Kast"), a known group's country."""
    if o.entity.startswith("state:"):
        return o.entity
    if o.entity.startswith("official:"):
        member = [sid for sid, gid in sh.variants.items() if gid in g.member_of.get(o.entity, ())]
        return member[0] if len(member) == 1 else g.state_of(o.entity, published) or g.state_of(o.entity)
    if o.entity.startswith("group:") and o.entity not in sh.variants.values():
        return getattr(g.entities.get(o.entity), "country", None)
    return None


def _shared_state(g: Gazetteer, text: str, s: int, e: int, m: Mention, ms: list[Mention], sh,
                  published: str | None, doc: dict) -> str | None:
    """The state whose organisation a shared name means here (see resolve_shared), or None."""
    for o in ms:  # a state beside it decides, a variant or not ("el Partido Liberal paraguayo": none of ours)
        if o is m or not o.entity.startswith(("state:", "official:")):
            continue
        if (o.end <= m.start and m.start - o.end <= 8 and _SHARED_BEFORE.fullmatch(text, o.end, m.start)) or \
                (o.start >= m.end and o.start - m.end <= 12 and _SHARED_AFTER.fullmatch(text, m.end, o.start)):
            sid = _cue_state(g, o, sh, published)
            if sid in sh.variants and o.entity.startswith("state:"):
                # the state is part of the name, as in an alias ("Tesoro de Estados Unidos", "British
                # Treasury"): one mention, no body-of-state reading of a body only named
                m.start, m.end = min(m.start, o.start), max(m.end, o.end)
                ms.remove(o)
            return sid if sid in sh.variants else None
    cues = _shared_cues(g, ms, sh, published)
    if len(cues) == 1:
        return next(iter(cues))
    if cues:
        return None  # two states compete in one sentence: no guess
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", e)
    b = len(text) if b < 0 else b
    cues = _shared_cues(g, gazetteer_mentions(g, text, a, b), sh, published)
    if len(cues) == 1:
        return next(iter(cues))
    if cues:
        return None
    counts = doc.get("shared_state_counts")
    if counts is None:  # every state the document names, counted once per document
        counts = {}
        for o in gazetteer_mentions(g, text, 0, len(text)):
            if o.entity.startswith("state:"):
                counts[o.entity] = counts.get(o.entity, 0) + 1
        doc["shared_state_counts"] = counts
    ranked = sorted(((counts.get(sid, 0), sid) for sid in sh.variants), reverse=True)
    if ranked[0][0] and ranked[0][0] >= 3 * ranked[1][0]:
        return ranked[0][1]
    return sh.default if not ranked[0][0] or sh.default == ranked[0][1] else None


def resolve_shared(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], published: str | None, doc: dict) -> None:
    """A name several states' organisations share ("Partido Republicano": Chile's or the US's; "the
    Treasury": the US's or Britain's) becomes the variant of the state the text ties it to: a state
    beside it, else the one variant state its sentence names, else its paragraph's, else the one the
    document names three times more than any other, else the entry's default; two states competing
    give none of them (the name is then read as one the gazetteer does not hold). groups.yaml's `shared` list."""
    for m in list(ms):
        sh = g.shared.get(m.shared) if m.shared else None
        if sh is None:
            continue
        if any(getattr(g.entities.get(gid), "kind", "") != "political party" for gid in sh.variants.values()) and (
                _SHARED_TITLE_AFTER.match(text, m.end) or _SHARED_TITLE_BEFORE.search(text, max(s, m.start - 30), m.start)):
            ms.remove(m)  # an office or a market, read as before ("Treasury Secretary X")
            continue
        gid = sh.variants.get(_shared_state(g, text, s, e, m, ms, sh, published, doc) or "")
        if gid:
            m.entity, m.kind, m.actor, m.shared = gid, "name", True, ()
        else:  # no state's: read as a name the gazetteer does not hold (a list it stands in keeps its other members)
            ms.remove(m)


# a transcript's speaker label in capitals opening a paragraph ("PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR:",
# "SECRETARIA DE RELACIONES EXTERIORES, ALICIA BÁRCENA IBARRA:"): the title and name the reader knows in
# ordinary case
_CAPS_LABEL = literals.gated(r"(?:^|(?<=\n))(?:\*\*)?(?P<l>[^\Wa-z\d][^\na-z:.?!¿¡\"“”«»()\d]{4,90}?)(?:\*\*)?:", re.M)
_LETTERS = re.compile(r"[^\W\d_]+")
_LOWER_IN_LABEL = {"de", "del", "la", "las", "los", "el", "y", "e", "of", "the", "and", "for", "para", "a"}


# (names22) a signature line of a decree, a joint declaration or a letter: the signatory's name in capitals, then a comma
# and the office in ordinary case ("IVÁN VELÁSQUEZ GÓMEZ, Ministro de Defensa Nacional", "JOHN K. MWANGI, Cabinet Secretary
# for Interior"), alone on its line
_CAPS_SIGNATURE = re.compile(r"(?:^|(?<=\n))[ \t]*(?:\*\*)?(?P<l>[^\Wa-z\d][^\W\da-z]+(?:[ \t]+(?:[^\Wa-z\d]\.|[^\Wa-z\d][^\W\da-z'’-]+)){1,5})"
                             r"(?:\*\*)?,[ \t]+(?=[^\Wa-z\d][a-záéíóúñ]+\b)[^\n—–]{3,100}$", re.M)


def recase_labels(text: str) -> str:
    """`text` with each speaker label in capitals written in ordinary case (same length)."""
    if not _CAPS_LABEL.search(text):
        return _recase_signatures(text)
    out = list(_recase_signatures(text))
    _recase_groups(out, _CAPS_LABEL.finditer(text), all_upper=True)
    return "".join(out)


def _recase_signatures(text: str) -> str:
    """(names22) `text` with the name of each signature line in ordinary case (same length)."""
    if "," not in text or not _CAPS_SIGNATURE.search(text):
        return text
    out = list(text)
    _recase_groups(out, _CAPS_SIGNATURE.finditer(text), all_upper=False)
    return "".join(out)


def _recase_groups(out: list[str], matches, all_upper: bool) -> None:
    """Write each match's group "l" into `out` in ordinary case, in place: two words of three letters or more at
    least (and, with `all_upper`, every word in capitals); particles in _LOWER_IN_LABEL stay low after the first."""
    for m in matches:
        words = list(_LETTERS.finditer(m.group("l")))
        if sum(len(w.group()) >= 3 for w in words) < 2 or (all_upper and any(not w.group().isupper() for w in words)):
            continue
        for w in words:
            low = w.group().lower()
            new = low if low in _LOWER_IN_LABEL and w.start() else w.group().capitalize()
            if len(new) == len(w.group()):
                out[m.start("l") + w.start():m.start("l") + w.end()] = new


_PLACE_HEAD_BEFORE = re.compile(r"\b(?:Cabo|Cap|Cape|Puerto|Port|Porto|Ciudad|Villa|Isla|Islas|Golfo|Mar|San|Santa|Santo|"
                                r"R[íi]o|Monte|Sierra|Lago|Valle|Nueva|Nuevo)\s+$")
_SPEAKER_LABEL_END = re.compile(r"(?:\s*\([^()\n]{0,60}\))*\**\s*:")


def find_actors(g: Gazetteer, text: str, spans: list[tuple[int, int]], published: str | None) -> Actors:
    """Mentions in the given sentence spans (document order). Surnames of people met
    earlier in the document resolve to them; simple coreference is resolved here too."""
    from loaders import people  # (imports this module)
    from loaders.group_names import discover as discover_groups  # (imports this module)
    from loaders.group_names import former_names as former_group_names
    text = recase_labels(text)  # (same length: every offset holds)
    result = Actors()
    titles = _title_tokens(g)
    surnames: dict[str, str] = {}  # normalised surname -> official id, once the full name was seen
    ambiguous: set[str] = set()  # name parts two people met share ("Kevin" of two Kevins): no key
    result.__dict__["_surnames"] = surnames  # (read by _new_person: "Ramírez Lezcano" is the canciller met)
    surname_index = None  # (len(surnames) when built, _surname_keys(surnames))
    last_group: str | None = None
    group_counts: dict[str, int] = {}
    org_counts: dict[str, int] = {}
    recent_states: list[str] = []
    recent_groups: list[str] = []  # armed groups named, in order, for "both gangs" / "ambas bandas"
    recent_companies: list[str] = []  # companies named, in order, for "both companies" / "ambas empresas" (desig18)
    last_states: list[str] = []
    last_person: Mention | None = None
    person_counts: dict[str, list] = {}  # person -> [times named, a mention of theirs], for _pronoun_fallback
    prev_para_end = -1
    para_states: list[str] = []  # the states of the last sentence that named any, this paragraph
    para_any: list[str] = []  # every state of that sentence, named or not (demonyms, officials' states)
    coref_memo: dict = {}  # people met and their offices, for "the minister", "el mandatario"
    person_org: dict[str, str] = {}  # people met with a title -> the state or group it tied them to
    acronyms: dict[str, str] = {}  # "LNA" -> the group the text defined it for ("Libyan National Army (LNA)")
    company_shorts: dict[str, str] = {}  # "Vostok Morservis" -> the company found as "Vostok Morservis LLC" (desig23)
    para_subject: str | None = None
    para_opener: str | None = None  # the state or group opening the last sentence that named an actor
    triggers = _rare_readers()
    # for "the two governments" (_salient_pair): the sentences of this paragraph so far with their mentions
    # (the sentence before last), and the pair of the deal the story's lead reads
    pair_ctx: dict = {"para": [], "lead": None, "lead_paras": 0, "para_start": spans[0][0] if spans else 0,
                      "g": g, "published": published, "new": result.new_entities, "doc": {}}
    for (s, e) in spans:
        live = triggers.live(text, s, e)  # the rare readers that may find something here
        if prev_para_end >= 0 and "\n" in text[prev_para_end:s]:
            if pair_ctx["lead_paras"] < 2 and (states := _para_states(text, pair_ctx)):
                # the lead: the first of the first two paragraphs naming a state, if it reads a deal signed
                pair_ctx["lead_paras"] += 1
                if literals.search(_LEAD_DEAL, text, pair_ctx["para_start"], prev_para_end):
                    pair_ctx["lead"], pair_ctx["lead_paras"] = _lead_pair(text, pair_ctx, states), 2
            pair_ctx["para"], pair_ctx["para_start"] = [], s
        ms = gazetteer_mentions(g, text, s, e)
        if any(m.kind == "demonym" for m in ms):
            # a capitalised demonym after a place's head word names the place ("Cabo Haitiano", "Golfo Pérsico")
            ms = [m for m in ms if not (m.kind == "demonym" and text[m.start].isupper()
                                        and _PLACE_HEAD_BEFORE.search(text, max(s, m.start - 12), m.start))]
        if any(m.shared for m in ms):
            resolve_shared(g, text, s, e, ms, published, pair_ctx)  # (its memo under its own key: pair_ctx["doc"] counts states)
        _makers_as_modifiers(g, text, ms)
        if literals.search(_PORTFOLIO_AND_BEFORE, text, s, e) or "inist" in text[s:e]:
            _portfolio_words(text, ms)
        _given_names(text, ms)
        taken = [(m.start, m.end) for m in ms]
        prose = discover_groups(g, text, s, e, ms, taken, result)  # False on a Title Case headline
        if "acronym_agency" in live:
            _acronym_agencies(g, text, s, e, ms, taken, result)
        if prose:
            _named_organisations(g, text, s, e, ms, taken, result)
        _defined_acronyms(g, text, s, e, ms, taken, result, acronyms)
        if "category" in live:
            _category_groups(g, text, s, e, ms, taken, result)
        if prose:  # "X (formerly Y)", "X, antes conocido como Y": Y is X's former name (group_names, orgs22)
            former_group_names(g, text, s, e, ms, taken, result)

        def free(a: int, b: int) -> bool:
            return all(b <= x or a >= y for x, y in taken)

        # -- titled people not in the gazetteer (and titles of gazetteer officials)
        if prev_para_end >= 0 and "\n" in text[prev_para_end:s]:
            para_states, para_subject, para_opener = [], None, None  # a back-reference does not reach into the previous paragraph
            coref_memo["para_titled"] = None
            coref_memo["prev_groups"] = []  # (reaching into the paragraph before changed nothing on the sets)
            para_any = []
        # "X, its commander", "X es su fundador": the possessive read before the people and their roles are
        # (the mentions of the sentence before, in the same paragraph)
        prev_ms = coref_memo.get("prev_ms", []) if "\n" not in text[coref_memo.get("end", s):s] else []
        _possessive_role(g, text, s, e, ms, prev_ms, result.new_entities)
        taken.extend((m.start, m.end) for m in ms if m.kind == "coref" and (m.start, m.end) not in taken)
        _titled_people(g, text, s, e, ms, taken, result, titles, last_group,
                       context=_Context(surnames, person_org, para_states, para_subject, para_opener,
                                        len(group_counts) > 1 and sorted(group_counts.values())[-1] == sorted(group_counts.values())[-2],
                                        coref_memo.setdefault("titled", {}), coref_memo.get("para_titled"),
                                        _groups_named(text, prev_ms, coref_memo.get("prev_start", s)),
                                        _near_group(last_group, coref_memo.get("prev_groups") or [])))
        if "plural_title" in live:
            _plural_titles(g, text, s, e, ms, taken, result, para_states)
        _alias_titles(text, ms)
        if text[s:s + 1].isupper() and (s == 0 or text[s - 1] == "\n"):
            _caps_label(g, text, s, e, ms, taken)
        if "lone_surname" in live:
            _lone_surnames(g, text, s, e, ms, taken, surnames, published)
        # people introduced without a known title (spokespeople, commanders, sources): loaders/people.py
        people.discover(g, text, s, e, ms, taken, result, last_group, len(group_counts) > 1 and
                        sorted(group_counts.values())[-1] == sorted(group_counts.values())[-2], published, surnames)
        _plural_counterparts(g, text, s, e, ms)
        if "designees" in live and prose:  # the untyped names a designation lists: loaders/designees.py
            _designees().discover(g, text, s, e, ms, taken, result)
        if _designees()._annex_lines(text):  # the designees of a sanctions annex, one per line (desig21)
            _designees().discover_annex(g, text, s, e, ms, taken, result)
        # -- (desig23) a company found in full named again by its short name ("Vostok Morservis LLC" ... "Vostok Morservis",
        # "Korea Chonsung Trading Corporation (Chonsung)" ... "Chonsung")
        if result.new_entities:
            _company_short_names(text, s, e, ms, taken, result, company_shorts)
        # -- surnames of people met earlier; register new ones
        for m in ms:
            if m.entity.startswith("official:"):
                ent = g.entities.get(m.entity) or result.new_entities.get(m.entity)
                for nm in [ent.name, *ent.aliases]:
                    parts = nm.split()
                    if len(parts) >= 2:
                        sur = parts[-1]
                        k = len(parts) - 2
                        while k > 0 and parts[k].lower() in ("de", "del", "la", "las", "los", "da", "van", "von", "al", "bin"):
                            sur = parts[k] + " " + sur
                            k -= 1
                        surnames[ids.normalise(sur)] = m.entity
                        surnames[ids.normalise(parts[-1])] = m.entity
                        for part in _name_parts(parts):
                            _register_part(surnames, ambiguous, ids.normalise(part), m.entity)
        _kin_of_known(g, text, s, e, ms, taken, result)  # "Antonio Oseguera Cervantes, hermano de Nemesio Oseguera"
        if surnames:
            if surname_index is None or surname_index[0] != len(surnames):
                surname_index = (len(surnames), _surname_keys(surnames))
            for a, b in _surname_spans(text, s, e, surname_index[1]):
                oid = surnames.get(ids.normalise(_fold(text[a:b])))
                # (an Arabic article before the capital: "al-Sharaa", "el-Sisi", "ash-Shaibani" of a person met in full)
                if oid and (text[a].isupper() or text[a:b].split()[0].lower() in ("de", "del", "la")
                            or _ARTICLE_SURNAME.match(text, a, b)):
                    inner = _inner_name_word(text, ms, a, b)
                    if inner:
                        # "Kayikwamba Wagner" of "Thérèse Kayikwamba Wagner": the person's own surnames, not the
                        # group or place one of their words also names ("Wagner", "Jordan", "Paz")
                        ms[:] = [m for m in ms if m not in inner]
                        taken[:] = [t for t in taken if t not in {(m.start, m.end) for m in inner}]
                    if free(a, b) and all(not (m.start <= a < m.end) for m in ms) \
                            and not _other_given_name(g, text, s, a, oid, result.new_entities):
                        ms.append(Mention(a, b, oid, "person"))
                        taken.append((a, b))
        people.bare_roles(g, text, s, e, ms, last_group, published=published)  # "Sarwari is the group's spokesman"
        if prev_para_end >= 0 and "\n" in text[prev_para_end:s]:
            coref_memo["titled_people"] = []
        people.successor_role(g, text, s, e, ms, coref_memo.setdefault("titled_people", []), published)
        coref_memo["titled_people"].extend(m for m in ms if m.entity.startswith("official:") and m.kind != "coref")
        # -- coreference: role phrases without a name, "the group", "the Andean nation", "the two governments"
        ms.sort(key=lambda m: m.start)
        coref_memo["opener"] = para_opener  # the state or group the last sentence of the paragraph opened with
        _coref(g, text, s, e, ms, published, last_group, last_states, last_person, group_counts,
               result.new_entities, para_states, coref_memo, cues="coref_cue" in live)
        _named_in_apposition(text, ms)
        if "pair" in live:
            _pair_coref(g, text, s, e, ms, recent_states, pair_ctx, published)
        if "pronoun_and" in live:
            _pronoun_and_person(text, s, e, ms, _pronoun_fallback(last_person, person_counts, pair_ctx["para_start"]))
        if "group_pair" in live:
            _group_pair_coref(g, text, s, e, ms, recent_groups, result)
            _group_pair_coref(g, text, s, e, ms, recent_companies, result, _PAIR_COMPANIES, _COMPANY_PAIR_KINDS)
        if "numbered" in live:
            _numbered_coref(text, s, e, ms, pair_ctx.setdefault("lists", {}))
        if "bare_country" in live:
            _bare_country(text, s, e, ms, para_states, para_any, g, published)
        if "regime" in live:
            _regime(text, s, e, ms, last_states, coref_memo)
        if "that_country" in live:
            _that_country(text, s, e, ms, para_any)
        if "island" in live:
            _the_island(text, s, e, ms, recent_states)
        if "own_country" in live:
            _own_country(g, text, s, e, ms, published)
        seen_named = coref_memo.setdefault("named_groups", {})
        said_as = coref_memo.setdefault("named_as", {})  # group -> the words the text named it by
        if "named_head" in live:
            _named_heads(g, text, s, e, ms, seen_named, result.new_entities, said_as, coref_memo)
        ms.sort(key=lambda m: m.start)
        # a speaker's label is no actor of what the line says ("Tom Tugendhat: The order covers Wagner")
        for m in ms:
            if m.entity.startswith("official:") and (m.start == 0 or text[m.start - 1] in "\n*") \
                    and _SPEAKER_LABEL_END.match(text, m.end):
                m.actor = False
        # a person in the possessive is not the actor ("backed by Angela Merkel's conservatives")
        for m in ms:
            if m.entity.startswith("official:") and _POSSESSIVE_S.match(text[m.end - 2 if text[m.end - 2:m.end] in ("'s", "’s") else m.end:m.end + 5]):
                m.actor = False
        # a group naming a sanctions list or committee is the list's name, not an actor ("added to the UN
        # Security Council's al-Qaida sanctions list", "la lista de sanciones contra Al Qaeda"): no antecedent
        # of "it", no PART_OF of the council
        for m in ms:
            if m.actor and m.entity.startswith("group:") and (
                    _LIST_LABEL_AFTER.match(text, m.end) or _LIST_LABEL_BEFORE.search(text, max(s, m.start - 45), m.start)):
                m.actor = False
        # the host of an embassy or delegation is where it sits, not who acts ("Su embajada en Washington pidió a
        # la UE", "the Israeli embassy in Washington urged")
        for m in ms:
            if m.actor and m.entity.startswith("state:") and (_HOSTED_AT.search(text, max(s, m.start - 60), m.start)
                                                              or _POSTED_TO.search(text, max(s, m.start - 50), m.start)):
                m.actor = False
        # demonyms are actors only next to a government noun ("the Bolivian government")
        for m in ms:
            if m.kind == "demonym" and m.actor:
                after = tokens(text[m.end:m.end + 30])[:2]
                before = tokens(text[max(s, m.start - 25):m.start])[-2:]
                gov = set(after[:2]) & _GOV_NOUNS or (before and before[-1] in _GOV_NOUNS)
                if gov and (set(after[:2]) | set(before[-1:])) & _GOV_NOUNS <= {"side", "parte"}:
                    gov = _side_of_talks(text, m, s, after, before)
                m.actor = bool(gov
                               or (_SPONSOR_AFTER.match(text, m.end) and not _POSSESSIVE_END.search(text[max(s, m.start - 4):m.start]))
                               or _demonym_plural_noun(text, m, s)
                               or (_ASKED_DEMONYM_AFTER.match(text, m.end)
                                   and _ASKED_DEMONYM_BEFORE.search(text, max(s, m.start - 30), m.start)))
                if not m.actor and _made_by(text, m, s):
                    m.maker = True  # read by loaders.extract._maker_claims only
        _demonym_lists(text, ms)
        for m in ms:
            if not m.actor:
                continue
            if m.entity.startswith("group:"):
                # groups found in the text count too: "the group" may well mean one of them
                ent = g.entities.get(m.entity) or result.new_entities.get(m.entity)
                if ent is not None and ent.kind not in ("agency", "IGO", "company", "organisation", "institution"):
                    group_counts[m.entity] = group_counts.get(m.entity, 0) + 1
                    # "the group" refers to the document's most discussed group
                    last_group = max(group_counts, key=lambda k: (group_counts[k], k == m.entity))
                elif ent is not None and ent.kind == "organisation":
                    # the most discussed organisation (no armed group): what "proscribed the movement",
                    # "prohibió la asociación" lists (_coref; read for designations only, extract.py)
                    org_counts[m.entity] = org_counts.get(m.entity, 0) + 1
                    coref_memo["last_org"] = max(org_counts, key=lambda k: (org_counts[k], k == m.entity))
            elif m.entity.startswith("state:"):
                last_states.append(m.entity)
            elif m.entity.startswith("official:") and m.role:
                last_person = m
                if not m.former and not set(tokens(m.role)) & COUNTERPART_WORDS:
                    coref_memo["para_titled"] = m.role
                if m.org:
                    person_org[m.entity] = m.org
            if m.entity.startswith("official:") and m.kind != "coref":
                seen = person_counts.setdefault(m.entity, [0, m])
                seen[0] += 1
                if m.role:
                    seen[1] = m
        any_here = []
        for m in ms:  # any state named, actor or not, for "the two countries"
            sid = m.entity if m.entity.startswith("state:") else (
                g.state_of(m.entity, published) if m.entity.startswith("official:") else None)
            if sid and m.kind != "pair" and sid not in any_here:
                any_here.append(sid)
            if sid and m.kind != "pair":
                if recent_states and recent_states[-1] == sid:
                    continue
                recent_states.append(sid)
        for m in sorted(ms, key=lambda m: m.start):
            if m.actor and m.kind != "pair" and m.entity.startswith("group:") and getattr(
                    g.entities.get(m.entity) or result.new_entities.get(m.entity), "kind", "") in _ARMED_PAIR_KINDS:
                if m.entity in recent_groups:
                    recent_groups.remove(m.entity)
                recent_groups.append(m.entity)
            if m.actor and m.kind != "pair" and m.entity.startswith("group:") and getattr(
                    g.entities.get(m.entity) or result.new_entities.get(m.entity), "kind", "") in _COMPANY_PAIR_KINDS:
                if m.entity in recent_companies:
                    recent_companies.remove(m.entity)
                recent_companies.append(m.entity)
        pair_ctx["para"].append((s, e, ms))
        _remember_lists(text, s, e, ms, pair_ctx.setdefault("lists", {}))
        for sid in dict.fromkeys(m.entity for m in ms if m.actor and m.kind != "pair" and m.entity.startswith("state:")):
            pair_ctx["doc"][sid] = pair_ctx["doc"].get(sid, 0) + 1  # sentences naming each state, for _salient_pair
        named = list(dict.fromkeys(m.entity for m in ms if m.actor and m.kind != "pair" and m.entity.startswith("state:")))
        first = min((m for m in ms if m.actor and m.entity and m.kind != "pair"), key=lambda m: m.start, default=None)
        if first is not None:
            # the actor opening the sentence, when alone ("The Allied Democratic Forces began as ...")
            para_opener = first.entity if first.entity.startswith(("state:", "group:")) and \
                _OPENER_LEAD.fullmatch(text[s:first.start]) and \
                not _OPENER_JOIN.match(text[first.end:first.end + 14]) else None
        if any_here:
            para_any = any_here
        if named:
            para_states = named
            para_subject = para_opener if para_opener and para_opener.startswith("state:") else None
        prev_para_end = e
        # the groups this sentence names (possessors aside: "al-Qaeda's branch"), first named first: what "the
        # group" of the next sentence most likely means, before the story's most discussed group (_coref)
        coref_memo["prev_start"] = s
        coref_memo["prev_groups"] = list(dict.fromkeys(
            m.entity for m in sorted(ms, key=lambda m: m.start) if m.actor and m.entity.startswith("group:")
            and text[m.end:m.end + 2] not in ("'s", "’s") and getattr(
                g.entities.get(m.entity) or result.new_entities.get(m.entity), "kind", "organisation")
            not in ("agency", "IGO", "company", "organisation", "institution")))
        for m in ms:  # every group named, any kind, with where it was last named: for "the network", "la cofradía"
            if m.actor and m.kind != "coref" and m.entity.startswith("group:"):
                seen_named.pop(m.entity, None)
                seen_named[m.entity] = m.start
                said_as.setdefault(m.entity, set()).add(text[m.start:m.end])
        result.mentions.extend(m for m in ms if m.entity)
    _names_said_before(text, spans, result)
    return result


def _names_said_before(text: str, spans: list[tuple[int, int]], result: Actors) -> None:
    """An organisation found from its context ("Lakurawa, the armed group that ...") is that group
    where the document named it earlier without one: news opens with the event ("A court proscribed
    Lakurawa on Monday") and describes the actor after. (Later mentions are group_names' own.)"""
    seen = result.__dict__.get("_group_names_seen")
    if not seen:
        return
    first: dict[str, int] = {}
    for m in result.mentions:
        if m.entity in first:
            first[m.entity] = min(first[m.entity], m.start)
        else:
            first[m.entity] = m.start
    taken = sorted((m.start, m.end) for m in result.mentions)
    starts = [a for a, _ in taken]
    added = []
    for name in sorted(seen, key=len, reverse=True):
        gid = seen[name]
        upto = first.get(gid)
        if not upto:
            continue
        for a, b in literals.word_spans(text, name, 0, upto, before="’'-", after="’'-"):
            k = bisect_right(starts, a)
            if (k and taken[k - 1][1] > a) or (k < len(taken) and taken[k][0] < b):
                continue  # inside or across another mention
            if not any(s <= a and b <= e for s, e in spans):
                continue
            added.append(Mention(a, b, gid, "name"))
            taken.insert(k, (a, b))
            starts.insert(k, a)
    if added:
        result.mentions.extend(added)
        result.mentions.sort(key=lambda m: m.start)


_PART_PARTICLES = {"de", "del", "la", "las", "los", "da", "do", "dos", "van", "von", "der", "den", "al", "el", "bin",
                   "bint", "ibn", "ould", "ag", "y", "e", "abu", "abd", "abdel", "abdul", "umm"}


def _name_parts(parts: list[str]) -> list[str]:
    """The shorter names news gives a person of three or more name words after the full name: both
    surnames ("Ramírez Lezcano" of "Rubén Ramírez Lezcano"), the first (paternal) one alone
    ("Ramírez"), the given name with it ("Rubén Ramírez", "Kevin Chávez" of "Kevin Estuardo Chávez
    Ramírez"), and the name without its last word ("Hassan Sheikh" of "Hassan Sheikh Mohamud").
    Only capitalised plain words: no particle, honorific, rank or initial ("Abu", "Sheikh", "H.")."""
    if len(parts) < 3 or len(parts) > 5:
        return []
    def plain(w: str) -> bool:
        return (w[:1].isupper() and len(w) > 2 and w.replace("-", "").isalpha() and _norm(w) not in _PART_PARTICLES
                and _norm(w) not in _NAME_HONORIFICS)
    def title(w: str) -> bool:
        return _norm(w) in _HONORIFICS or _norm(w) in _RANKS
    if not all(plain(w) for w in parts) or title(parts[0]) or title(parts[-1]):
        return []
    out = [f"{parts[-2]} {parts[-1]}", f"{parts[0]} {parts[-2]}", " ".join(parts[:-1])]
    # (a name word that is also an honorific is never the name alone: "Sheikh" of "Hassan Sheikh Mohamud")
    return out + ([parts[-2]] if not title(parts[-2]) else [])


# a full name in apposition to a kinship noun of a person the text names: "X Y, hermano de Z", "X Y, the son of Z"
_KIN_APPOSED = literals.compile(rf"(?P<n>{_NAME_WORD}(?:\s+(?:(?:de|del|la|los|da|van|von|bin|ibn|al|el)\s+)*{_NAME_WORD}){{1,4}})"
                                rf"\s*,\s*(?:(?:the|a|su|his|her|el|la|un|una)\s+)?{kinship.GRADED_NOUN}\s+(?:of|de|del)\s+"
                                r"(?:(?:the|el|la)\s+)?")


def _kin_of_known(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    """A relative named in full before the kinship noun that ties them to a person the text names is a
    person ("Antonio Oseguera Cervantes, hermano de Nemesio Oseguera", "Saif Gaddafi, the son of Muammar
    Gaddafi"): the name needs no title, the known relative vouches for it."""
    if "," not in text[s:e]:
        return
    from loaders import people  # (people imports this module)
    for k in literals.finditer(_KIN_APPOSED, text, s, e):
        a, b = k.span("n")
        if not any(m.start == k.end() and m.entity.startswith("official:") for m in ms):
            continue
        if any(not (b <= m.start or a >= m.end) for m in ms) or any(not (b <= x or a >= y) for x, y in taken):
            continue
        words = text[a:b].split()
        # (the name starts at its first word that is no title or function word: "Entre ellos Antonio ...")
        while words and (_norm(words[0]) in _title_tokens(g) or _norm(words[0]) in _CUT_WORDS
                         or _norm(words[0]) in _FUNCTION_WORDS
                         or not words[0][:1].isupper()):
            a = text.index(words[0], a) + len(words[0])
            a += len(text[a:b]) - len(text[a:b].lstrip())
            words = words[1:]
        if len(words) < 2 or set(tokens(text[a:b])) & (_ORG_WORDS | people._NOT_PERSON):
            continue
        _new_person(g, text[a:b], a, b, ms, taken, result)


_GIVEN_BEFORE = literals.compile(r"(?<![\w.'’-])([A-ZÁÉÍÓÚÑ][a-záéíóúñüç]{2,})\s+$")
# the function words of both languages (language.py's), which open no name
_FUNCTION_WORDS = language._FUNCTION_WORDS["en"] | language._FUNCTION_WORDS["es"]
# "<title> de/of " before a capitalised run ("la exgobernadora de Gagauzia Irina Vlah")
_TITLE_OF_BEFORE = literals.compile(r"([A-Za-záéíóúñ-]+)\s+(?:de|of)\s+$")


def _other_given_name(g: Gazetteer, text: str, s: int, a: int, oid: str, new: dict) -> bool:
    """A person's surname after given names none of which is theirs names a relative, another person
    ("Antonio Oseguera Cervantes, hermano de Nemesio Oseguera", "Omar Treviño" after "Miguel Ángel
    Treviño"; a middle name is no other person: "Héctor Rusthenford Guerrero Flores"). The given names
    stop at a title or a function word ("President Maduro", "Según Maduro"); a sentence's first word
    alone may be any word."""
    run, at = [], a
    titles = _title_tokens(g)
    while len(run) < 3:
        pw = _GIVEN_BEFORE.search(text, max(s, at - 30), at)
        if not pw:
            break
        w = _norm(pw.group(1))
        if w in titles or w in _CUT_WORDS or w in _HONORIFICS or w in _RANKS or w in _NAME_HONORIFICS \
                or w in _FUNCTION_WORDS or w in _PART_PARTICLES \
                or (w.endswith("s") and w[:-1] in titles) or (w.endswith("es") and w[:-2] in titles):
            break  # (a plural title too: "Ministers Wong and Sugiono", "los Cancilleres Lavrov y Wang")
        run.append(w)
        at = pw.start()
        if not text[s:at].strip() or text[s:at].rstrip()[-1:] in ".!?:\"“«(\n":
            run.append("")  # (the sentence's first word: the run stops here)
            break
    if not run or len(run) == 2 and run[-1] == "":  # (one word, the sentence's first: any word)
        return False
    ent = g.get(oid) or new.get(oid)
    if ent is None:
        return False
    words = {_norm(x)[:4] for n in (ent.name, *getattr(ent, "aliases", ())) for x in n.split()}
    return not any(w[:4] in words for w in run if w)


def _place_then_name(g: Gazetteer, text: str, s: int, nm: re.Match, words: list, titles: set[str]) -> bool:
    """`nm` (three capitalised words after "<title> de/of") is a place word then a person's full name."""
    from loaders import people  # (people imports this module)
    pre = _TITLE_OF_BEFORE.search(text, max(s, nm.start() - 40), nm.start())
    if not pre:
        return False
    t = _norm(pre.group(1))
    if t not in titles and not (t.startswith("ex") and t[2:] in titles):
        return False
    return people._is_name(g, f"{words[1].group()} {words[2].group()}") and _norm(words[0].group()) not in _title_tokens(g)


def _register_part(surnames: dict[str, str], ambiguous: set[str], key: str, oid: str) -> None:
    """A name part of `oid` as a surname key, unless another person met holds the same part."""
    if key in ambiguous:
        return
    if surnames.get(key, oid) != oid:
        ambiguous.add(key)
        del surnames[key]
        return
    surnames[key] = oid


def _surname_keys(surnames: dict[str, str]) -> dict[str, list[tuple[str, ...]]]:
    """First word -> the surname keys (as word tuples) that start with it, in the order a
    regex alternation of the keys sorted by length (longest first) would try them."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for sk in sorted(surnames, key=len, reverse=True):
        words = tuple(sk.split())
        if words:
            index.setdefault(words[0], []).append(words)
    return index


def _surname_word(tok: str, w: str) -> bool:
    """Whether `w` (a normalised word) matches the token as `re.IGNORECASE` would in the
    accent-folded text."""
    if tok.isascii():
        return tok.lower() == w
    folded = _fold(tok)
    if folded.isascii():
        return folded.lower() == w
    return re.fullmatch(re.escape(w), folded, re.I) is not None  # dotless i, Kelvin sign: rare


_ARTICLE_SURNAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-[A-Z]")


def _inner_name_word(text: str, ms: list, a: int, b: int) -> list:
    """The group or state mentions a known person's surnames of two words or more (text[a:b]) hold strictly inside
    ("Wagner" of "Kayikwamba Wagner"): a word of the person's name, no actor; [] when any mention crosses the
    span's edges, covers it whole, or is a person, or when a particle or a lower-case word comes before it in the
    span ("de España" of "Felipe VI de España": the country the title names)."""
    inside = [m for m in ms if m.start < b and m.end > a]
    if inside and not all(w[:1].isupper() and _norm(w) not in _PART_PARTICLES
                          for m in inside for w in text[a:m.start].split()):
        return []
    if not inside or any(m.start < a or m.end > b or (m.start == a and m.end == b) for m in inside):
        return []
    if any(not (m.entity.startswith("group:") or m.entity.startswith("state:")) or m.kind in ("coref", "pair")
           for m in inside):
        return []
    return inside


def _surname_spans(text: str, s: int, e: int, index: dict[str, list[tuple[str, ...]]]) -> list[tuple[int, int]]:
    """Spans in text[s:e] of the surname keys, word by word in the document's tokens: the
    same spans as `(?<!\\w)(?:key|key ...)(?!\\w)` (keys longest first, words joined by
    `\\W+`, IGNORECASE) over the accent-folded text, without compiling that regex each
    time a new person is met (~3 times per article, and each evicted re's cache)."""
    toks = DocTokens.of(text)
    span = toks.within(s, e)
    if span is None:  # a span cutting a word (never a sentence): the regex itself
        alt = "|".join(r"\W+".join(map(re.escape, words)) for keys in index.values() for words in keys)
        return [m.span() for m in re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.I).finditer(_fold(text), s, e)]
    i, j = span
    norms, starts, ends = toks.norms, toks.starts, toks.ends
    out = []
    t = i  # tokens before t are inside a span found already
    # only the tokens that start some key (one filter of the document per surname index, then a
    # bisection per sentence; the word-by-word walk it replaces cost a dict probe per token)
    for h in toks.hits(index, i, j):
        if h < t:
            continue
        for words in index[norms[h]]:
            k = len(words)
            if h + k <= j and all(_surname_word(text[starts[h + x]:ends[h + x]], words[x]) for x in range(k)):
                out.append((starts[h], ends[h + k - 1]))
                t = h + k
                break
    return out


# "the country", "el país" as a subject (sentence start, after a comma or a conjunction), not
# in a place phrase ("in the country") and not a possessive ("the country's minister")
# ... and its government named without it ("the government", "el Gobierno nacional", "la Cancillería",
# "the foreign ministry"): the state acting
_BARE_COUNTRY = literals.compile(r"\b(?:the|The|el|El|la|La)\s+(?:(?:national|federal|central|new|current|incoming)\s+)?"
                           r"(?:country|nation|país|nación|government|administration|[Gg]obierno|[Ee]jecutivo|"
                           r"[Cc]ancillería|[Ff]oreign\s+[Mm]inistry|[Ff]oreign\s+[Oo]ffice)\b"
                           r"(?:\s+(?:nacional|federal|central))?(?!\s*['’]s)(?!\s+(?:de|del|of|in|en)\b)")
# a time or place phrase before the subject ("On Tuesday the government ...", "En julio el Gobierno ...")
_ADVERBIAL_LEAD = literals.compile(r"(?:On|In|At|During|After|Last|This|Earlier|Later|Days|Weeks|El|En|Este|Esta|Tras|Durante|"
                             r"Días|Semanas)\b[^,;:]{0,40}(?<!\bto)(?<!\bof)(?<!\bby)(?<!\bwith)(?<!\bfor)(?<!\bon)(?<!\bin)"
                             r"(?<!\bat)(?<!\bfrom)(?<!\ba)(?<!\bde)(?<!\bcon)(?<!\bpor)(?<!\bpara)(?<!\ben)(?<!\bal)"
                             r"(?<!\bante)(?<!\bcontra)(?<!\bagainst)\s$")


def _bare_country(text: str, s: int, e: int, ms: list[Mention], para_states: list[str],
                  para_any: list[str] | None = None, g: Gazetteer | None = None, published: str | None = None) -> None:
    """A bare back-reference to a state resolves only when one state can be meant: the one
    state named earlier in the sentence, else the one state of the last sentence of the
    paragraph that named any ("Argentina and Paraguay met. The country ..." stays unresolved).
    "The government" is stricter: every state the text touches counts, named or not
    ("Paraguay's president met Israeli officials. The government ..." stays unresolved)."""
    for cm in literals.finditer(_BARE_COUNTRY, text, s, e):
        lead = text[s:cm.start()]
        if lead.strip(" \t\"“'‘—–-") and not re.search(r"(?:[,;]|\b(?:that|and|but|while|que|y|pero|mientras))\s(?:(?:in|en|desde|since)\s+(?:[a-záéíóú]+\s+(?:de\s+|of\s+)?)?\d{4}\s*,?\s)?$", lead) \
                and not (_ADVERBIAL_LEAD.fullmatch(lead.lstrip(" \t\"“'‘—–-")) and not any(m.end <= cm.start() for m in ms)):
            continue
        if any(m.start < cm.end() and cm.start() < m.end for m in ms):
            continue
        if re.search(r"(?i:country|nation|país|nación)$", cm.group()):
            # (a demonym is an adjective here unless a government noun follows: "buques estadounidenses" is no
            # state "el país" may mean; find_actors settles demonyms after this reader)
            before = list(dict.fromkeys(m.entity for m in ms if m.end <= cm.start() and m.actor and m.kind != "pair"
                                        and m.entity.startswith("state:") and (
                                            m.kind != "demonym" or set(tokens(text[m.end:m.end + 30])[:2]) & _GOV_NOUNS)))
            cands = before if before else para_states
        else:
            before = list(dict.fromkeys(sid for m in ms if m.end <= cm.start() and m.kind != "pair" for sid in [
                m.entity if m.entity.startswith("state:") else (m.org if m.org and m.org.startswith("state:") else (
                    g.state_of(m.entity, published) if g is not None and m.entity.startswith("official:") else None))]
                if sid))
            cands = before if before else (para_any if para_any is not None else para_states)
        if len(cands) == 1:
            ms.append(Mention(cm.start(), cm.end(), cands[0], "coref"))


# "the regime", "the junta", "el régimen", "la junta militar": the government a story calls so, which is no
# name of it; "the regime in Tehran" names it. Not "the regime of sanctions", "el régimen fiscal"
_REGIME = literals.compile(r"\b(?:[Tt]he\s+(?:(?:ruling|military)\s+)?(?:regime|junta|military\s+government)|"
                     r"(?:[Ee]l|[Dd]el|[Aa]l)\s+(?:régimen|gobierno\s+militar)|[Ll]a\s+junta\s+militar)\b(?![-’'](?!s))")
_REGIME_NOT_AFTER = literals.compile(r"\s+(?:of|de|del|change|for|on|to)\b|\s+[a-záéíóúñ]+(?:al|ar|ic[oa]|iv[oa]|ari[oa]|ori[oa]|ista|ense|an[oa]|í|és|esa)\b(?<!militar)")
_REGIME_UNDER = literals.compile(r"\b(?:under|bajo|within|dentro\s+del|en\s+virtud\s+del|of|de|from|del)\s+$", re.I)
_LEGAL_REGIME = literals.compile(r"(?i:\b(?:sanctions?|visa|legal|tax|trade|export|control|rights|cyber|tariff|customs|asset|listing|"
                           r"terrorism|proscription|designations?)\s+regimes?\b|\bregimes?\s+of\s+(?![A-Z])|"
                           r"\br[ée]gimen(?:es)?\s+(?:de\s+(?:sanciones|visados?|excepci[oó]n|medidas)|fiscal|jur[ií]dico|legal|comercial|"
                           r"especial|aduanero|arancelario|sancionador|penitenciario|global))")
_REGIME_IN = literals.compile(r"\s+(?:in|en)\s+$")
# "ese país", "dicha nación", "that country": the one state named before outside the reference's own clause
_THAT_COUNTRY = literals.compile(r"\b(?:(?:ese|este|dicho|aquel)\s+(?:país|Estado)|(?:esa|esta|dicha|aquella)\s+nación|"
                           r"(?:that|the\s+same)\s+(?:country|nation))\b(?!\s*['’]s)", re.I)
_THAT_CLAUSE = literals.compile(r"[;:]|,\s+(?:and|but|while|y|pero|mientras)\b|\b(?:which|who|when|after|before|because|since|"
                          r"que|quien|quienes|cuando|tras|porque|donde|where)\b", re.I)


# a state the story calls a regime ("the Iranian regime", "the regime in Minsk") or ruled by its military
# ("Myanmar's junta", "la junta militar de Malí"): _regime's antecedents
_CALLED_REGIME_AFTER = literals.compile(r"(?:['’]s)?\s+(?:(?:ruling|military)\s+)?(?:regime|junta)\b")
_CALLED_REGIME_BEFORE = literals.compile(r"\b(?:régimen|regime|junta|junta\s+militar)\s+(?:(?:in|en|de|of)\s+)?$")
_MILITARY_RULE_AFTER = literals.compile(r"(?:['’]s)?\s+(?:(?:ruling|military)\s+)?(?:junta|military|generals|armed\s+forces|army|"
                                  r"military\s+(?:rulers|government|leaders))\b")
_MILITARY_RULE_BEFORE = literals.compile(r"\b(?:junta|junta\s+militar|military\s+(?:rulers|government)|gobierno\s+militar|militares)\s+"
                                   r"(?:(?:in|en|de|of)\s+)?$")


def _regime(text: str, s: int, e: int, ms: list[Mention], last_states: list[str], memo: dict) -> None:
    """"The junta declared ...", "el régimen anunció la ruptura": the state the story has called a regime
    before ("the Iranian regime", "the regime in Minsk", "el régimen nicaragüense"), else the state the
    document has named most so far, when it is named at least twice as often as any other; else nothing
    (a story of two regimes, or of a sanctions regime, leaves it unresolved rather than wrong). "The junta"
    only the one state whose military rulers the story named ("Myanmar's military", "la junta militar de
    Malí"): the most named state as a guess added 3 false designations on the check sets and no true one."""
    called = memo.setdefault("regime_states", [])
    military = memo.setdefault("junta_states", [])
    for m in ms:  # "the Iranian regime", "el régimen nicaragüense", "Myanmar's junta", "Mali's military rulers"
        if m.entity.startswith("state:") and m.kind != "coref":
            after, before = text[m.end:m.end + 40], text[max(s, m.start - 40):m.start]
            if _CALLED_REGIME_AFTER.match(after) or _CALLED_REGIME_BEFORE.search(before):
                if m.entity not in called:
                    called.append(m.entity)
            if _MILITARY_RULE_AFTER.match(after) or _MILITARY_RULE_BEFORE.search(before):
                if m.entity not in military:
                    military.append(m.entity)
    for rm in literals.finditer(_REGIME, text, s, e):
        a, b = rm.start(), rm.end()
        if any(m.start < b and a < m.end for m in ms):
            continue
        inner = next((m for m in ms if m.start >= b and m.entity.startswith("state:")
                      and _REGIME_IN.fullmatch(text, b, m.start)), None)
        if inner is not None:  # "the regime in Tehran"
            ms.remove(inner)
            ms.append(Mention(a, inner.end, inner.entity, "coref"))
            continue
        if _REGIME_NOT_AFTER.match(text, b) or _REGIME_UNDER.search(text, max(s, a - 20), a):
            continue  # ("under the regime": a legal framework or an era as often as a government)
        if "junta" not in rm.group().lower() and memo.setdefault("legal_regime", bool(_LEGAL_REGIME.search(text))):
            continue  # a story of a sanctions (visa, tax) regime: "the regime" may be that one
        art = re.match(r"(?:al|del)\s+", text[a:a + 5], re.I)
        if art:
            a += art.end()  # (the preposition is the rule's, as for "al movimiento")
        junta = "junta" in rm.group().lower() or "milit" in rm.group().lower()
        named = military if junta else called
        if len(named) == 1:
            ref = named[0]
        elif named or junta:
            continue  # ("the junta": only a state whose military the story named as ruling; no guess)
        else:
            counts: dict[str, int] = {}
            for sid in last_states:
                counts[sid] = counts.get(sid, 0) + 1
            top = sorted(counts.items(), key=lambda kv: -kv[1])
            if not top or top[0][1] < 2 or (len(top) > 1 and top[0][1] < 2 * top[1][1]):
                continue
            ref = top[0][0]
            called.append(ref)  # (the story's regime from now on: "the junta" again is the same one)
        ms.append(Mention(a, b, ref, "coref"))


def _that_country(text: str, s: int, e: int, ms: list[Mention], para_any: list[str] | None) -> None:
    """"México rompió relaciones con ese país", "requeridas por la justicia de ese país", "that country's
    courts": the one state named before it in its sentence outside its own clause (a state acting in that
    clause is never the one it points to), else the one of the paragraph's last sentence naming states."""
    for cm in literals.finditer(_THAT_COUNTRY, text, s, e):
        a, b = cm.start(), cm.end()
        if any(m.start < b and a < m.end for m in ms):
            continue
        clause = max((c.end() for c in _THAT_CLAUSE.finditer(text, s, a)), default=s)
        own = {m.entity for m in ms if clause <= m.start < a and m.entity.startswith("state:")}
        before = list(dict.fromkeys(m.entity for m in ms if m.end <= clause and m.entity.startswith("state:")
                                    and m.kind != "pair" and m.entity not in own))
        cands = before if before else [x for x in (para_any or []) if x not in own]
        if len(cands) == 1:
            ms.append(Mention(a, b, cands[0], "coref"))


# "despachó petróleo a la isla", "the sale of radars to the island": an island state named before (session 20); a
# shared island (Hispaniola) or two island states in play give nothing
_THE_ISLAND = literals.compile(r"(?:\b(?:la\s+isla|the\s+island\s+(?:nation|state)|the\s+island|el\s+archipi[ée]lago|the\s+archipelago|"
                               r"la\s+naci[óo]n\s+insular)|(?<=\bal\s)archipi[ée]lago|(?<=\bdel\s)archipi[ée]lago)\b"
                               r"(?!\s*['’]s)(?!\s+(?:de|del|of|caribeña|griega|italiana)\b)", re.I)
_ISLAND_STATES = frozenset(f"state:{c}" for c in (
    "CUB TWN JPN PHL IDN LKA MDG CYP MLT ISL NZL JAM BHR SGP TTO BHS BRB CPV COM MUS SYC STP FJI SLB VUT WSM TON KIR "
    "TUV NRU PLW MHL FSM MDV").split())


def _the_island(text: str, s: int, e: int, ms: list[Mention], recent_states: list[str]) -> None:
    """"la isla", "the island", "el archipiélago": the island state named before it in its sentence, else the
    last one the story named, when the story's last states name only one island state."""
    for cm in literals.finditer(_THE_ISLAND, text, s, e):
        a, b = cm.start(), cm.end()
        if any(m.start < b and a < m.end for m in ms):
            continue
        here = list(dict.fromkeys(m.entity for m in ms if m.end <= a and m.entity in _ISLAND_STATES and m.kind != "pair"))
        cands = here or list(dict.fromkeys(x for x in recent_states[-8:] if x in _ISLAND_STATES))
        if len(cands) == 1:
            ms.append(Mention(a, b, cands[0], "coref"))


# "Rubio anunció que su país designó a ...", "the minister said his government had listed": a person's own country
_OWN_COUNTRY = literals.compile(r"\b(?:su|his|her)\s+(?:país|nación|gobierno|Gobierno|country|government|Government|nation)\b"
                                r"(?!\s*['’]s)(?!\s+(?:de|del|of|in|en)\b)"
                                # as the subject of a verb only: "to destabilise his government" is no act of his state
                                r"(?=\s+(?:(?:also|already|never|not|no|nunca|también|ya)\s+)?(?:has|had|have|would|will|was|is|"
                                r"ha|había|habría|fue|va|[a-záéíóúñ]{3,}(?:ed|ó|ió|aron|ieron)\b))")


def _own_country(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], published: str | None) -> None:
    """"His country", "su país", "su gobierno": the state of the one person named before it in its sentence
    (his title's, else the one he serves that day); two people of two states, or none, give nothing."""
    for cm in literals.finditer(_OWN_COUNTRY, text, s, e):
        a, b = cm.start(), cm.end()
        if any(m.start < b and a < m.end for m in ms):
            continue
        named = {m.entity for m in ms if m.end <= a and m.entity.startswith("official:") and m.kind != "pair"}
        states = {st for pid in named for st in [next((m.org for m in ms if m.entity == pid and m.org
                                                         and m.org.startswith("state:")), None) or g.state_of(pid, published)]}
        if len(named) == 1 and len(states) == 1 and None not in states:
            ms.append(Mention(a, b, next(iter(states)), "coref"))


_PAIR_PEOPLE = literals.compile(r"\b(?:the\s+two\s+(?:leaders|presidents|ministers|foreign\s+ministers|defen[cs]e\s+ministers|heads\s+of\s+state|officials|diplomats|envoys)|both\s+(?:leaders|presidents|ministers)"
                          r"|ambos\s+(?:mandatarios|presidentes|ministros|cancilleres|líderes|jefes\s+de\s+estado)|los\s+dos\s+(?:mandatarios|presidentes|ministros|cancilleres|líderes))\b", re.I)
_PAIR_MINISTERS = literals.compile(r"ministers|ministros|cancilleres", re.I)
_PAIR_LEADERS = literals.compile(r"leaders|presidents|heads\s+of\s+state|mandatarios|presidentes|líderes|jefes\s+de\s+estado", re.I)
MINISTRY_OFFICE = literals.compile(r"^(?!prime\b)(?:\w+\s+)*(?:minister|secretary)\b", re.I)
HEAD_OFFICE = literals.compile(r"\b(?:president|prime\s+minister|premier|king|emir|chancellor|head\s+of\s+state|leader)\b", re.I)


def holds_office(g, oid: str, office) -> bool:
    """Whether a gazetteer official holds an office the pattern names (MINISTRY_OFFICE, HEAD_OFFICE: "the two ministers")."""
    return any(office.search(r.role) for r in g.roles_of(oid))


_COMPANION_BEFORE = literals.compile(r"\b(?:together\s+with|along\s+with|alongside|joined\s+by|junto\s+(?:a|con)|acompañad[oa]s?\s+(?:de|por))\s+"
                                     r"(?:[\w.-]+\s+){0,4}$", re.I)
_PAIR = literals.compile(r"\b(?:the\s+two\s+(?:governments|countries|nations|sides|states|capitals|neighbou?rs)|both\s+(?:governments|"
                   r"countries|nations|sides|capitals|neighbou?rs)"
                   r"|the\s+sides|ambos\s+(?:gobiernos|países|lados|vecinos)|los\s+dos\s+(?:gobiernos|países|vecinos)"
                   r"|las\s+dos\s+(?:naciones|partes|capitales)|ambas\s+(?:naciones|partes|capitales))\b", re.I)


_IN_AGREEMENT_NAME = literals.compile(r"\b(?:Convention|Treaty|Protocol|Declaration|Agreement|Accords?|Convención|Tratado|Protocolo|"
                                r"Declaración|Acuerdos?|Pacto)\s+(?:of|de)\s+$")
_BEFORE_AGREEMENT_NOUN = literals.compile(r"\s+(?:Declaration|Agreement|Accords?|Protocol|Convention|Treaty|Pact|Process|Summit)\b")


# the pair as an object or a partner: a verb ("urged", "encouraged", "instó", "pidió") or "with"/"a" right before
_PAIR_AS_OBJECT = literals.compile(r"(?:\b(?:with|to|con|a|al)|\b[a-z]{3,}(?:ed|es|ó|ió))\s+$")
_PAIR_SAY = literals.compile(r"\b(?:said|says|announced|confirmed|stated|added|noted|reported|declared|explained|dijo|anunció|"
                       r"afirmó|señaló|confirmó|explicó|aseguró|informó|declaró|añadió|indicó)\s+(?:that\s+|que\s+)?$")


# a group whose home state is no party to what its government signs ("Venezuela's Tren de Aragua",
# "el Tren de Aragua venezolano", "Sweden's Saab")
_NON_PARTY_KINDS = {"armed group", "cartel", "political party", "company", "organisation"}


# a state named after a preposition of place or direction or a verb is less likely one of the pair than a
# subject or a partner ("with"): half a mention ("como sospechan en Washington", "accused Benin")
_OBLIQUE_BEFORE = literals.compile(r"(?:\b(?:to|in|at|from|on|by|against|for|en|a|al|desde|por|contra|para|hacia)"
                             r"|\b[a-z]{3,}(?:ed|ó|ió))\s+(?:the\s+)?$", re.I)


def _pair_states(g: Gazetteer, text: str, ms: list[Mention], published: str | None, lo: int, hi: int,
                 new_entities: dict | None = None) -> list[tuple[str, float]]:
    """The state of each mention between lo and hi that may be one of "the two governments", with its
    weight (1, or 0.5 after a preposition or verb): a state (named, by its capital or demonym) or an
    official's state; no city inside an agreement's name, no home of an armed group or company."""
    out = []
    here = sorted((m for m in ms if m.kind != "pair" and lo <= m.start and m.end <= hi and m.entity), key=lambda m: m.start)

    def non_party(m: Mention | None) -> bool:
        ent = (g.entities.get(m.entity) or (new_entities or {}).get(m.entity)) if m is not None and \
            m.entity.startswith("group:") else None
        return getattr(ent, "kind", None) in _NON_PARTY_KINDS

    for k, m in enumerate(here):
        if m.entity.startswith("state:"):
            if _IN_AGREEMENT_NAME.search(text, max(0, m.start - 40), m.start) or _BEFORE_AGREEMENT_NOUN.match(text, m.end):
                continue
            nxt = here[k + 1] if k + 1 < len(here) else None
            prv = here[k - 1] if k else None
            if nxt is not None and text[m.end:m.end + 2] in ("'s", "’s") and nxt.start - m.end <= 3 and non_party(nxt):
                continue
            if m.kind == "demonym" and prv is not None and 0 <= m.start - prv.end <= 1 and non_party(prv):
                continue
            out.append((m.entity, 0.5 if m.kind != "demonym" and _OBLIQUE_BEFORE.search(
                text, max(lo, m.start - 30), m.start) else 1.0))
        elif m.entity.startswith("official:"):
            sid = m.org if (m.org or "").startswith("state:") else g.state_of(m.entity, published)
            if sid:
                out.append((sid, 1.0))
    return out


# a deal signed (the lead's), and a sentence taking it up again ("The deal builds on ...", "El acuerdo amplía ...")
_LEAD_DEAL = literals.compile(r"\b(?:signed|signs|sealed|firmó|firmaron|firma|firman|suscribió|suscribieron|selló|sellaron)\b", re.I)
_WITH_BEFORE = literals.compile(r"\b(?:with|con)\s+(?:the\s+)?$", re.I)
_DEAL_AGAIN = literals.compile(r"\b(?:(?:the|this|that)\s+(?:deal|agreement|contract|accord|pact)|(?:el|este|ese|dicho)\s+"
                         r"(?:acuerdo|contrato|pacto|convenio))\b", re.I)


def _para_states(text: str, ctx: dict) -> list[tuple[str, float]]:
    """_pair_states of every sentence of the paragraph so far (ctx: see find_actors)."""
    return [x for s, e, ms in ctx["para"] for x in _pair_states(ctx["g"], text, ms, ctx["published"], s, e, ctx["new"])]


def _lead_pair(text: str, ctx: dict, states: list[tuple[str, float]]) -> tuple[str, str] | None:
    """The parties of the deal the story's lead reads: in the first sentence of the paragraph reading one
    signed, the state nearest before the verb and the first after "with"/"con" ("Colombia ... signed a
    contract with Sweden"), or a pair ("A and B") before the verb ("Cairo and Mogadishu sealed a pact");
    else its two most named states, when no third is named as often as the second."""
    for s, e, ms in ctx["para"]:
        verb = literals.search(_LEAD_DEAL, text, s, e)
        if verb is None:
            continue
        sts = [m for m in sorted(ms, key=lambda m: m.start) if m.entity.startswith("state:") and m.kind != "pair"]
        partner = next((m.entity for m in sts if m.start >= verb.end() and _WITH_BEFORE.search(
            text, max(s, m.start - 12), m.start)), None)
        signer = next((m.entity for m in reversed(sts) if m.end <= verb.start() and m.entity != partner), None)
        if partner and signer:
            return signer, partner
        coord = _coordinated_pair(text, ms, s, verb.start())
        if coord:
            return coord[0], coord[1]
        break
    counts: dict[str, float] = {}
    for sid, w in states:
        counts[sid] = counts.get(sid, 0) + w
    top = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(top) < 2 or (len(top) > 2 and top[2][1] >= top[1][1]):
        return None
    return top[0][0], top[1][0]


# "A and B", "A y B": two states named as a pair; not after a preposition of place or a verb ("en Washington
# y en Canberra", "acusó a Nigeria y a Francia", "accused Nigeria and France": not the pair that acts)
_LIST_COMMA_BEFORE = literals.compile(r",\s*$")
_COORD_GAP = literals.compile(r"\s*,?\s*(?:and|y|e)\s+(?:the\s+)?", re.I)
_COORD_NOT_AFTER = literals.compile(r"(?:\b(?:with|to|in|at|from|on|by|against|for|of|en|a|al|de|del|desde|por|contra|para|con)"
                              r"|\b[a-z]{3,}(?:ed|es|ó|ió))\s+(?:the\s+)?$", re.I)


def _coordinated_pair(text: str, ms: list[Mention], lo: int, hi: int) -> list[str] | None:
    """The last two states named as a pair ("A and B") between lo and hi, by name or capital."""
    sts = sorted((m for m in ms if m.entity.startswith("state:") and m.kind != "pair" and m.kind != "demonym"
                  and lo <= m.start and m.end <= hi), key=lambda m: m.start)
    for a, b in reversed(list(zip(sts, sts[1:]))):
        if a.entity != b.entity and a.end <= b.start and _COORD_GAP.fullmatch(text, a.end, b.start) \
                and not _COORD_NOT_AFTER.search(text, max(lo, a.start - 30), a.start) \
                and not _LIST_COMMA_BEFORE.search(text, max(lo, a.start - 3), a.start):  # (not the end of a longer list)
            return [a.entity, b.entity]
    return None


def _pair_coref(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], recent: list[str],
                ctx: dict | None = None, published: str | None = None) -> None:
    """"The two governments signed ...": the pair the text means, in this order: two states the sentence
    names before it (the last two), a pair ("A and B") the sentence before names, else the states most named in
    the paragraph so far, the parties of the deal the lead reads counting 1.5 each when this sentence or the one
    before takes the deal up again ("The deal builds on ..."), when that ranking has a clear second; else the
    last two states named.
    "the two leaders": the last two officials named before it, a companion ("Together with X") not counted; with fewer
    than two, the paragraph's sentences before give the rest (only officials whose office the noun names)."""
    for pm in literals.finditer(_PAIR_PEOPLE, text, s, e):
        if any(pm.start() <= m.start < pm.end() for m in ms):
            continue
        people: list[str] = []
        # agree24: one named as a companion is none of the two ("Together with President ⟦X⟧, the two leaders signed",
        # "Junto a ⟦X⟧, ambos mandatarios firmaron"); with fewer than two left, the paragraph's sentences before give them
        # ("A and B shook hands ... . Together with C, the two leaders signed")
        here = [m for m in ms if m.end <= pm.start() and m.entity.startswith("official:")
                and not _COMPANION_BEFORE.search(text, max(s, m.start - 40), m.start)]
        # (from the sentences before, only people whose office the noun names: "ambos cancilleres" are no presidents)
        office = MINISTRY_OFFICE if _PAIR_MINISTERS.search(pm.group()) else \
            HEAD_OFFICE if _PAIR_LEADERS.search(pm.group()) else None
        before = [m for ps, pe, pms in reversed((ctx or {}).get("para") or []) for m in reversed(pms)
                  if m.entity.startswith("official:") and m.kind != "pair"
                  and holds_office(g, m.entity, office)] if len(here) < 2 and office is not None else []
        outside = {x.entity for x in ms if x.end <= pm.start() and x not in here}  # (named before, but not one of the pair)
        for m in [*reversed(here), *before]:
            if m.entity not in people and m.entity not in outside:
                people.append(m.entity)
            if len(people) == 2:
                break
        for oid in reversed(people[:2] if len(people) == 2 else []):
            ms.append(Mention(pm.start(), pm.end(), oid, "pair"))
    for pm in literals.finditer(_PAIR, text, s, e):
        if any(pm.start() <= m.start < pm.end() for m in ms):
            continue
        # (not an adjective, "Turkish mediation", nor a city inside an agreement's name, "the Ankara
        # Declaration", "la Convención de Caracas": neither is one of the two governments)
        before = [m.entity for m in ms if m.end <= pm.start() and m.entity.startswith("state:") and m.actor
                  and not _IN_AGREEMENT_NAME.search(text, max(0, m.start - 40), m.start)
                  and not _BEFORE_AGREEMENT_NOUN.match(text, m.end)
                  # (a demonym is no actor unless a government noun follows it: "Turkish mediation")
                  and (m.kind != "demonym" or set(tokens(text[m.end:m.end + 30])[:2]) & _GOV_NOUNS)]
        # an official named before speaks for the state of his title ("Dendias and his Egyptian counterpart,
        # Shoukry, signed ... the two countries'"), as the sentences before count it
        # (a person named without his title too, by the state he serves or served: "Yoon Suk Yeol's legacy with
        # Tokyo was the pact the two countries signed")
        before = [x for m in ms if m.end <= pm.start() for x in (
            [m.entity] if m.entity in before else [m.org] if m.entity.startswith("official:") and m.actor
            and (m.org or "").startswith("state:") else [_served(g, m.entity, published)] if m.entity.startswith("official:")
            and m.actor and not m.org and _served(g, m.entity, published) else [])]
        seq = [x for x in recent if x] + before
        not_pair = None
        if before and _PAIR_AS_OBJECT.search(text, max(s, pm.start() - 40), pm.start()) \
                and not _PAIR_SAY.search(text, max(s, pm.start() - 40), pm.start()) \
                and (len(set(before)) == 1 or before[-1] not in (_coordinated_pair(text, ms, s, pm.start()) or ())):
            # "Washington urged both countries to ...", "pidió a ambos países ...", "signed with the two
            # governments", "A and B fought, and Turkey supplied the two neighbours": the state acting on (or
            # with) the pair, the last named before it, is not one of the two
            not_pair = before[-1]
            seq = [x for x in seq if x != not_pair]
            before = [x for x in before if x != not_pair]
        pair: list[str] = []
        for sid in reversed(seq):
            if sid not in pair:
                pair.append(sid)
            if len(pair) == 2:
                break
        if len(set(before)) < 2 and ctx is not None:
            pair = _salient_pair(text, s, pm.start(), before, ctx, not_pair) or pair
        if len(pair) == 2:
            for sid in reversed(pair):
                ms.append(Mention(pm.start(), pm.end(), sid, "pair"))


def _served(g: Gazetteer, oid: str, published: str | None) -> str | None:
    """The state an official serves on the date, else the one he served."""
    return g.state_of(oid, published) or g.state_of(oid)


_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|inside|en|desde|cerca\s+de|dentro\s+de)\s+(?:the\s+|el\s+|la\s+)?$", re.I)
_WORD_AFTER = re.compile(r"\W*[a-záéíóúñ]{3,}")  # (a verb, lower case, after the subject)
_SUBJECT_LEAD = re.compile(r"[\s\"“]*(?:[^,;:\n]{0,50}?\b\d{1,4},?\s+)?(?:the\s+|el\s+|la\s+)?", re.I)


# a subject that says, fears or believes something ("officials have voiced concern since 2021 that", "warned that", "dijo
# que", "teme que"): the states after it are what it reports, no event between it and them
_REPORTS_THAT = literals.compile(
    r"(?:\s+[\w.’'-]+){0,3}?\s+(?:(?:have|has|had|ha|han|había|habían)\s+)?(?:long\s+|repeatedly\s+|also\s+)?"
    r"(?:said|say|says|warned|warn|warns|voiced\s+(?:\w+\s+)?(?:concerns?|fears?|alarm)|expressed\s+(?:\w+\s+)?(?:concerns?|fears?)|"
    r"fear|fears|feared|believe|believes|believed|suspect|suspects|suspected|claim|claims|claimed|worry|worries|worried|"
    r"dijo|dijeron|dice|dicen|afirm\w+|advirti\w+|advierte\w*|expres\w+\s+(?:su\s+)?(?:preocupación|temor)|teme|temen|temía|"
    r"sospech\w+|cree|creen|creía)\b[^.;⟦]{0,60}?\b(?:that|que)\b", re.I)


def _subject_and_last(text: str, ms: list[Mention], lo: int, hi: int) -> list[str] | None:
    """The state opening a sentence as its subject (nothing but an adverbial before it, no preposition) and the
    last other state the sentence names after a verb of it; None unless both are there."""
    sts = [m for m in sorted(ms, key=lambda m: m.start) if m.entity.startswith("state:") and m.kind not in ("pair", "demonym")
           and lo <= m.start and m.end <= hi]
    if len(sts) < 2:
        return None
    subj = sts[0]
    # (opening the sentence, after a date at most: "El 9 de diciembre de 2021 Managua rompió ...")
    if not _SUBJECT_LEAD.fullmatch(text, lo, subj.start) or not _WORD_AFTER.match(text, subj.end, hi):
        return None
    if _REPORTS_THAT.match(text, subj.end, hi):
        return None  # "U.S. officials fear that Beijing ...", "Washington dijo que ...": a state reporting, no party
    # (a state named as a place is not acted on: "respondió desde Moscú", "como sospechan en Washington")
    last = next((m.entity for m in reversed(sts) if m.entity != subj.entity
                 and not _PLACE_BEFORE.search(text, max(lo, m.start - 20), m.start)
                 and not _IN_AGREEMENT_NAME.search(text, max(lo, m.start - 40), m.start)), None)
    return [last, subj.entity] if last else None


def _salient_pair(text: str, s: int, at: int, before: list[str], ctx: dict, not_pair: str | None) -> list[str] | None:
    """The pair a plural description means when its own sentence names fewer than two states before it
    (see _pair_coref; `before`: the states its sentence names before it as actors); None: no clear pair,
    the last two named stand."""
    prev = ctx["para"][-1] if ctx["para"] else None
    if prev is not None:
        coord = _coordinated_pair(text, prev[2], prev[0], prev[1])
        if coord and not_pair not in coord:
            return list(reversed(coord))
        if not before:
            # the last two-party event of the sentence before: its subject and the last state it acted on
            # ("Managua broke with Taipei and recognised China. Since then both countries have signed ...")
            event = _subject_and_last(text, prev[2], prev[0], prev[1])
            if event and not_pair not in event:
                return event
    score: dict[str, float] = {}
    for sid, w in _para_states(text, ctx) + [(x, 1.0) for x in before]:
        if sid != not_pair:
            score[sid] = score.get(sid, 0) + w
    prev_start = prev[0] if prev is not None else s
    lead = ctx.get("lead") if literals.search(_DEAL_AGAIN, text, prev_start, at) else None
    for sid in lead or ():
        if sid != not_pair:
            score[sid] = score.get(sid, 0) + 1.5
    top = sorted(score.items(), key=lambda kv: -kv[1])
    if not top and prev is None:
        # a paragraph opening on the pair, no deal taken up again ("La cooperación militar entre ambos países no es
        # nueva"): the story's own pair, the two states its sentences name most when a third is named far less
        # often, not the last two states an aside named ("... el tratado que Moscú firmó en enero con Irán")
        doc = sorted(((k, n) for k, n in ctx.get("doc", {}).items() if k != not_pair), key=lambda kv: -kv[1])
        if len(doc) >= 2 and doc[1][1] >= 2 and (len(doc) == 2 or doc[2][1] * 2 <= doc[1][1]):
            return [doc[1][0], doc[0][0]]
        return None
    if len(top) == 1:
        # the paragraph names one state ("The turn towards Beijing ... both governments signed"): the other is the
        # story's own, the state its sentences have named most, when one clearly leads
        doc = sorted(((k, n) for k, n in ctx.get("doc", {}).items() if k not in (top[0][0], not_pair)), key=lambda kv: -kv[1])
        if doc and doc[0][1] >= 2 and (len(doc) == 1 or doc[0][1] > doc[1][1]):
            return [top[0][0], doc[0][0]]
    if len(top) < 2 or (len(top) > 2 and top[2][1] >= top[1][1]):
        return None
    return [top[0][0], top[1][0]]


def _pronoun_fallback(last_person: Mention | None, counts: dict[str, list], para_start: int) -> Mention | None:
    """Who a "he"/"él" with no person before it in its sentence stands for: the last titled person, unless that person
    was named in an earlier paragraph only and the story has a person it names clearly most (at least three times, more
    than anyone else): a profile's or an obituary's subject ("In June 2022 he and Maduro signed ..." paragraphs after
    "... signed by A and his Saudi counterpart, B")."""
    if last_person is None or last_person.start >= para_start or not counts:
        return last_person
    ranked = sorted(counts.values(), key=lambda v: -v[0])
    lead = ranked[0]
    if lead[0] >= 3 and (len(ranked) == 1 or lead[0] > ranked[1][0]) and lead[1].entity != last_person.entity:
        return lead[1]
    return last_person


# "he and al-Sisi signed", "él y su homólogo X firmaron": a subject pronoun joined to a named person
_PRONOUN_AND = literals.compile(r"(?<![\w’'])(?:[Hh]e|[Ss]he|[Éé]l|[Ee]lla)\s+(?:and|y)\s+")


def _pronoun_and_person(text: str, s: int, e: int, ms: list[Mention], last_person: Mention | None) -> None:
    """The pronoun of "he and X signed ..." is the person named last before it (in the sentence, even a
    possessive, "during Hassan Sheikh's visit, he and X"; else the last titled person before), not X itself:
    made a mention of that person so the pair reads as a list."""
    people = [m for m in ms if m.entity.startswith("official:") and m.kind != "coref"]
    for pm in literals.finditer(_PRONOUN_AND, text, s, e):
        nxt = next((m for m in people if m.start >= pm.end()), None)
        # (the person right after, or after "his Egyptian counterpart,")
        if nxt is None or not _PRONOUN_PARTNER_GAP.fullmatch(text, pm.end(), nxt.start if nxt.title_start is None
                                                              or nxt.title_start < pm.end() else nxt.title_start):
            continue
        before = [m for m in people if m.end <= pm.start() and m.entity != nxt.entity]
        who = before[-1] if before else (last_person if last_person is not None and last_person.entity != nxt.entity else None)
        if who is not None and not any(m.start <= pm.start() < m.end for m in ms):
            ms.append(Mention(pm.start(), pm.start() + len(pm.group().split()[0]), who.entity, "coref", role=who.role, org=who.org))
    ms.sort(key=lambda m: m.start)


_PRONOUN_PARTNER_GAP = literals.compile(r"(?:(?:his|her|su)\s+(?:[\w-]+\s+){0,2}?(?:counterpart|homólog[oa])\s*,?\s*|(?:the|el|la)\s+)?", re.I)


# "both gangs", "the two groups", "ambas bandas": the last two armed groups named (branch designations)
_PAIR_GROUPS = literals.compile(r"\b(?:both\s+(?:groups|gangs|organi[sz]ations|cartels|militias|movements)|the\s+two\s+(?:groups|gangs|"
                          r"organi[sz]ations|cartels|militias|movements)|ambos\s+(?:grupos|cárteles|carteles|movimientos)|"
                          r"ambas\s+(?:bandas|organizaciones|pandillas|milicias|estructuras)|los\s+dos\s+(?:grupos|cárteles|carteles|"
                          r"movimientos)|las\s+dos\s+(?:bandas|organizaciones|pandillas|milicias))\b", re.I)
_ARMED_PAIR_KINDS = {"armed group", "cartel"}


# "the three juntas", "all four countries", "los ocho grupos", "las tres naciones": a numbered plural description
# stands for the last list of exactly that many actors of its kind (states or groups), named before it in its
# sentence or earlier in the story (the most recent such list; none of that size: nothing)
_NUMBERS = dates.count_table(3, 10)
# ("the three leaders signed a treaty": the leaders of the three states listed sign for them)
_STATE_NOUNS = (r"countries|governments|nations|states|juntas|regimes|capitals|neighbou?rs|leaders|heads\s+of\s+state|"
                r"países|gobiernos|naciones|estados|regímenes|capitales|vecinos|líderes|mandatarios|jefes\s+de\s+Estado")
_GROUP_NOUNS = r"groups|organi[sz]ations|militias|movements|factions|cartels|gangs|grupos|organizaciones|milicias|movimientos|facciones|cárteles|carteles|bandas|pandillas"
_NUMBERED = literals.compile(
    r"\b(?:(?:the|these|those|all|all\s+the|los|las|estos|estas|esos|esas|los|todos\s+los|todas\s+las)\s+)"
    r"(?P<n>" + "|".join(_NUMBERS) + r"|[3-9])\s+"
    r"(?:(?!(?:of|de|del)\b)[a-z-]+\s+)?(?P<noun>" + _STATE_NOUNS + "|" + _GROUP_NOUNS + r")\b", re.I)
# what joins the actors of a list ("A, B and C", "A y B"); anaphora.py reads its lists with it too
LIST_GAP = literals.compile(r"\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)(?:the\s+|el\s+|la\s+|los\s+|las\s+)?", re.I)


def _actor_lists(text: str, ms: list[Mention], lo: int, hi: int) -> list[tuple[str, ...]]:
    """The lists of actors of one kind ("A, B and C") between lo and hi, in text order."""
    out: list[tuple[str, ...]] = []
    run: list[Mention] = []

    def close() -> None:
        ents = list(dict.fromkeys(m.entity for m in run))
        if len(ents) >= 2 and len({e.split(":")[0] for e in ents}) == 1:
            out.append(tuple(ents))

    for m in sorted((m for m in ms if m.actor and m.kind != "pair" and m.entity and lo <= m.start and m.end <= hi),
                    key=lambda m: m.start):
        if run and run[-1].end <= m.start and LIST_GAP.fullmatch(text, run[-1].end, m.start):
            run.append(m)
            continue
        close()
        run = [m]
    close()
    return out


# "of"/"de" right before a numbered description. It opens with its article ("the four countries", "los cuatro
# países"), so "del" (de + el) never stands there; case-blind like _NUMBERED ("OF THE FOUR COUNTRIES")
_NUMBERED_OF = re.compile(r"\s(?:de|of)\s+$", re.I)


def _numbered_coref(text: str, s: int, e: int, ms: list[Mention], memo: dict) -> None:
    """"The three juntas broke off ...": the numbered description's mentions, one per member ("pair" mentions
    at its span, read as a list); `memo`: (kind, size) -> the last such list the story named before."""
    for pm in literals.finditer(_NUMBERED, text, s, e):
        if any(pm.start() <= m.start < pm.end() for m in ms):
            continue
        if _NUMBERED_OF.search(text, max(s, pm.start() - 6), pm.start()):
            continue  # "the ministers of the four countries, among them X and Y": a modifier; the people named act
        n = _NUMBERS.get(pm.group("n").lower()) or int(pm.group("n"))
        kind = "state" if re.fullmatch(_STATE_NOUNS, pm.group("noun"), re.I) else "group"
        here = [x for x in _actor_lists(text, ms, s, pm.start()) if len(x) == n and x[0].startswith(kind + ":")]
        members = here[-1] if here else memo.get((kind, n))
        for eid in members or ():
            ms.append(Mention(pm.start(), pm.end(), eid, "pair"))


def _remember_lists(text: str, s: int, e: int, ms: list[Mention], memo: dict) -> None:
    for x in _actor_lists(text, ms, s, e):
        memo[(x[0].split(":")[0], len(x))] = x


# "both companies", "the two firms", "ambas empresas": the last two companies named (sanctions designations, desig18)
_PAIR_COMPANIES = literals.compile(r"\b(?:both\s+(?:companies|firms|entities|banks|airlines)|the\s+two\s+(?:companies|firms|entities|banks|"
                                   r"airlines)|ambas\s+(?:empresas|compañías|firmas|entidades|aerolíneas)|las\s+dos\s+(?:empresas|"
                                   r"compañías|firmas|entidades|aerolíneas)|ambos\s+bancos|los\s+dos\s+bancos)\b", re.I)
_COMPANY_PAIR_KINDS = {"company"}


def _group_pair_coref(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], recent: list[str], result,
                      pair_rx=None, kinds=None) -> None:
    pair_rx, kinds = pair_rx or _PAIR_GROUPS, kinds or _ARMED_PAIR_KINDS
    for pm in literals.finditer(pair_rx, text, s, e):
        if any(pm.start() <= m.start < pm.end() for m in ms):
            continue
        seq = list(recent) + [m.entity for m in sorted(ms, key=lambda m: m.start) if m.end <= pm.start() and m.actor
                              and m.entity.startswith("group:") and getattr(
                                  g.entities.get(m.entity) or result.new_entities.get(m.entity), "kind", "") in kinds]
        pair: list[str] = []
        for gid in reversed(seq):
            if gid not in pair:
                pair.append(gid)
            if len(pair) == 2:
                break
        if len(pair) == 2:
            for gid in reversed(pair):
                ms.append(Mention(pm.start(), pm.end(), gid, "pair"))


# (roles23) Spanish "oficial(es)" written after a noun is its adjective ("visita oficial del presidente X"), an officer
# only after an article, a determiner or a number ("el oficial X", "un oficial del ejército", "dos oficiales")
_ADJ_TITLE_WORDS = {"oficial", "oficiales"}
_OFFICIAL_NOUN_LEAD = {"el", "la", "los", "las", "un", "una", "unos", "unas", "al", "del", "este", "ese", "aquel", "otro",
                       "dos", "tres", "cuatro", "cinco", "varios", "varias", "ex", "alto", "altos", "joven", "jóvenes"}
# what "press" heads in a title ("press secretary", "press officer"); before anything else it is a verb
_PRESS_TITLE_HEADS = {"secretary", "secretaries", "officer", "officers", "attache", "attaché", "spokesman", "spokeswoman",
                      "spokesperson", "aide", "chief", "office", "adviser", "advisor", "director", "counsellor", "counselor"}
_LEFT_STOP = {"the", "a", "an", "el", "la", "los", "las", "and", "y", "of", "de", "under", "in", "on", "with", "for",
              "by", "during", "after", "before", "segun", "con", "bajo", "durante", "tras", "del", "al", "when",
              "cuando", "as", "como", "to", "at", "en", "s"}
# a fronted time phrase without its comma before a capitalised title is no part of it ("In January Foreign Minister X
# signed ..."); (before a lower-case one, "In March the defence minister, X", it is left as it was: such a title with
# no country would take the story's state, tests/test_agreements_signatories.py)
_LEFT_TIME = {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
               "december", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
               "octubre", "noviembre", "diciembre", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
               "sunday", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "yesterday", "today",
               "ayer", "hoy", "last", "this", "early", "late", "mid", "since", "desde", "until"}
_CUT_WORDS = {"the", "in", "on", "since", "desde", "but", "pero", "and", "y", "of", "at", "for", "by", "according",
              "segun", "under", "bajo", "with", "con", "after", "tras", "when", "cuando", "as", "como",
              # function words that open a sentence in capitals ("En Madrid, el canciller ...")
              "en", "para", "durante", "hacia", "sobre", "ante", "entre", "hasta", "contra", "sin", "mientras",
              "aunque", "pese", "tambien", "ademas", "asi", "before", "during", "from", "to", "into", "over",
              "between", "among", "against", "without", "while", "although", "meanwhile", "also", "however",
              "if", "si", "upon", "despite", "amid", "across", "inside", "outside", "near", "throughout",
              "este", "esta", "ese", "esa", "this", "that", "these", "those", "an", "un", "una"}
# a title of an office its holder has left ("former military commander", "el excanciller"), not one held then
# ("el entonces ministro")
_LEFT_OFFICE = literals.compile(r"\b(?:ex|former|retired|late|otrora|antigu[oa])\b|\bex(?:ministr|president|canciller|jef|"
                                r"comandante|secretari|embajador|director|l[ií]der|vicepresident)", re.I)


def _left_office(role: str) -> bool:
    return _LEFT_OFFICE.search(role) is not None


# "his counterpart", "su homólogo": the office of another official, not one of its own (extract._title_claims reads it too)
COUNTERPART_WORDS = frozenset({"counterpart", "counterparts", "homologo", "homologa", "homologos", "par"})
_POSS = {"su", "sus", "its", "their", "his", "her"}
_WHOSE = {"whose", "cuyo", "cuya", "cuyos", "cuyas"}
_LIST_LABEL_AFTER = literals.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+(?:and|y)\s+[\w’'-]+(?:\s+[\w’'-]+)?)?\s+(?:sanctions?|sanciones)\s+"
                               r"(?:list|regime|committee|lista|régimen|comité)\b", re.I)
_LIST_LABEL_BEFORE = literals.gated(r"\b(?:list|regime|committee|lista|listado|régimen|comité)\s+(?:de\s+)?(?:sanctions|sanciones)\s+"
                                r"(?:against|on|contra)\s+(?:the\s+|la\s+|el\s+)?$", re.I)  # ("de la ⟦UE⟧": the list's owner)
# between a relative's antecedent and "whose"/"cuyo": a comma, a closing bracket, an acronym in brackets
_POSS_COPULA = literals.compile(r"\b(?:[Ss]u|[Ss]us|[Ii]ts|[Tt]heir|[Cc]uy[oa]s?|[Ww]hose)\s+(?:[a-záéíóúñ-]+\s+){1,3}?"
                          r"(?P<v>(?:es|is|was|era|fue|sigue\s+siendo|remains)\s+)$")
# (roles24) the office first and its holder after a present copula, opening a clause: "La presidenta es X", "the prime
# minister is X", "El líder de Viv Ansanm es X", "Morocco's foreign minister is X", "the current head of the agency is X"
# (a denial, "la presidenta no es X", and a past holder, "el líder era X", are no such writing)
_ROLE_COPULA = literals.compile(
    r"(?:^|[;:]\s*|\b(?:and|y|while|whereas|mientras\s+que)\s+)[\s\"“‘'*]*"
    r"(?:[Tt]he|[Ee]l|[Ll]a|[A-ZÁÉÍÓÚÑ][\w.’'-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.’'-]*){0,2}['’]s?)\s+"
    r"(?:(?:current|actual|new|nuev[oa])\s+)?(?!(?:no|not|never|nunca|ya)\b)[a-záéíóúñ-]+"
    r"(?:\s+(?!(?:no|not|never|nunca|ya|que|who|that|which|whose)\b)[a-záéíóúñ-]+){0,3}?"
    r"(?:\s+(?:of|de|del|for|para)\s+(?:(?:the|la|los|las|el)\s+)?[A-ZÁÉÍÓÚÑ][\w’'-]*(?:\s+(?:de\s+|del\s+|of\s+)?[A-ZÁÉÍÓÚÑ][\w’'-]*){0,4}){0,2}"
    r"(?:\s+(?:actual|today|now|hoy))?\s+(?P<v>(?:is|es|remains|sigue\s+siendo)\s+)$")
_WHOSE_GAP = literals.compile(r"(?:\s*\([^()]{1,20}\))?\s*[,)]?\s*")
# title words that belong to a state's government, not to an armed group or movement
_STATE_ONLY_TITLE = {"minister", "ministro", "ministra", "premier", "canciller", "ambassador", "embajador", "embajadora",
                     "secretary", "secretario", "secretaria", "president", "presidente", "presidenta", "mandatario",
                     "mandataria", "chancellor", "king", "rey", "emir", "consul", "consul"}
# (persons21) the state-only titles a group holds too: a party's or a government-in-exile's president, a jihadist group's emir
_GROUP_TOO = {"president", "presidente", "presidenta", "emir"}
# a state named as the place where a group acts ("active in Mali", "operates across Mali and Burkina Faso", "opera en Perú")
_IN_PLACE_BEFORE = literals.compile(r"\b(?:in|across|throughout|inside|en|por\s+todo|a\s+lo\s+largo\s+de|dentro\s+de)\s+"
                                    r"(?:the\s+|el\s+|la\s+)?(?:[A-ZÁÉÍÓÚÑ][\w-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w-]+)?,?\s+(?:and|y|e)\s+)?$")
_MINISTRY_ONLY_TITLE = {"minister", "ministro", "ministra", "premier", "canciller", "ambassador", "embajador", "embajadora",
                        "chancellor", "king", "rey", "emir", "consul", "mandatario", "mandataria"}
_POSTING = literals.compile(r"\b(?:in|to|at|en|ante)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", re.I)
_POSTED_TITLES = {"envoy", "ambassador", "embajador", "embajadora", "enviado", "enviada", "representative",
                  "representante", "delegate", "delegado", "delegada", "consul", "attache", "agregado"}
_OWN_OWNER = literals.compile(r"(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’]s?\s"
                        r"|.*?\b(?:of|de)\s+(?:la\s+|el\s+|the\s+)?(?!" + "|".join(
                            ("Defen[cs]a", "Defen[cs]e", "Interior", "Exteriores", "Relaciones", "Asuntos", "Hacienda",
                             "Econom", "Justic", "Seguridad", "Security", "Salud", "Health", "Educaci", "Education",
                             "Comercio", "Trade", "Commerce", "Energ", "Trabajo", "Labou?r", "Finan", "Estado", "State",
                             "Gobierno", "Government", "Agricult", "Transport", "Cultur", "Turismo", "Tourism", "Miner",
                             "Ambiente", "Environment", "Desarrollo", "Development", "Industri", "Planifica", "Comunica",
                             "Vivienda", "Obras", "Producci", "Foreign", "Home", "Internal", "Public", "Pública",
                             "Exterior", "Migraci", "Immigration", "Intelligence", "Inteligencia", "Staff", "Personal")) +
                        r")[A-ZÁÉÍÓÚ]")
# a body posted abroad: the place it sits in is its host ("heads the Front's delegation in Madrid", "su embajada en Washington")
_POSTED_BODIES = {"delegation", "delegations", "delegacion", "delegación", "embassy", "embajada", "consulate", "consulado",
                  "legation"}
_HOSTED_AT = literals.gated(r"\b(?:embass(?:y|ies)|consulates?|delegations?|legations?|embajadas?|consulados?|delegaci(?:ón|ones))"
                        r"\s+(?:[\w’'-]+\s+){0,3}?(?:in|en)\s+(?:the\s+|la\s+|el\s+)?$", re.I)
# the state an envoy is posted to is where the envoy serves, not whom ("ambassador to Turkey and special envoy for
# Syria, who had urged", "embajador en Turquía y enviado especial para Siria, que había instado")
_POSTED_TO = literals.gated(r"\b(?:ambassadors?|envoys?|emissar(?:y|ies)|embajador(?:a|es|as)?|enviad[oa]s?|emisari[oa]s?)"
                        r"\s+(?:[\w’'-]+\s+){0,2}?(?:to|in|for|en|para|ante)\s+(?:the\s+|la\s+|el\s+)?$", re.I)
# the dot of a rank or honorific abbreviation before a name (kept as a space: offsets stay put)
_ABBR_DOT = literals.gated(r"\b(Gen|Gral|Col|Cnel|Lt|Maj|Brig|Adm|Capt|Sgt|Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Prof|Rep|Sen|Gov)\.(?=\s)")
# the grade of a Spanish rank ("general de división X", "general de brigada X", "capitán de navío X"): part of
# the rank, blanked like a dot (the rank word before it is the title: offsets hold)
_RANK_GRADE = literals.compile(r"(?:(?<=\b[Gg]eneral)|(?<=\b[Cc]apitán)|(?<=\b[Cc]apitan)|(?<=\b[Tt]eniente))\s+de\s+(?:brigada|división|division|"
                               r"navío|navio|fragata|corbeta|ejército|ejercito|aviación|aviacion|cuerpo\s+de\s+ejército)(?=\s+$)")
_CAP_RUN = literals.compile(r"(?<![\w’'-])[A-ZÁÉÍÓÚÑ][\w’'-]+")
_OBJECT_PRONOUN = literals.compile(r"\b(?:it|them)\b|\blo\b(?!\s+que)")
_LOWER_BEFORE = literals.compile(r"(?<![\w’'-])([a-záéíóúñ][a-záéíóúñ-]+)\s+$")
_OF_BEFORE = literals.compile(r"\s(?:de|del|of)\s+(?:(?:la|el|los|las|the)\s+)?$")  # ("ministro de Seguridad del Perú", "de la Casa Blanca": before a state)
# a preposition (with an article and an adjective, "de la surcoreana") right before a capitalised run
_OFFICE_OF = literals.compile(r"\b(?:of|for|de|del|para)\s+(?:(?:the|la|el|los|las)\s+)?(?P<adj>[a-záéíóúñ-]+\s+|[A-Z][\w]+-[a-z]+\s+)?$")
# before a capitalised run that is no person's name: a lower-case article ("por la Junta Directiva"; a person
# takes none, an alias does: "alias el Chapo"), or an office's first portfolio and "and" ("secretario de Seguridad
# y Protección Ciudadana", "Minister of Home Affairs and Public Security")
_NOT_A_PERSON_BEFORE = literals.compile(
    r"(?<!alias)(?<!apodado)(?<!known\sas)\s(?:el|la|los|las|the)\s+$"
    r"|\b(?:secretari[oa]s?|secretary|ministr[oa]s?|minister|ministerio|ministry|department|departamento|"
    r"comisi[oó]n|commission|office|oficina)\s+(?:de|del|of|for|para)\s+(?:(?:the|la|el)\s+)?"
    r"(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+\s+){1,3}(?:y|e|and|&)\s+$")
_MONTHS_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_DOTTED = literals.compile(r"(?<![\w.])(?:[A-Z]{1,2}\.){2,},?")


def _undot(d: re.Match) -> str:
    """"U.S." -> "U S ", "EE.UU.," -> "EE UU, " (same length; a comma stays on its word)."""
    out = d.group().replace(".", " ")
    return out[:-2] + ", " if out.endswith(" ,") else out
_NAME_PARTICLES = {"de", "del", "la", "las", "los", "y", "of", "the", "and", "e"}
# (a short adjunct may stand between the verb and "by": "founded in 1978 by", "led from an Indian
# prison by", "dirigidos durante años por"; a descriptor before the name: "por el empresario X")
_BY_GAP = (r"(?:\s+(?:in|en|since|desde)\s+\d{4}|\s+(?:for|durante)\s+(?:many\s+|muchos\s+)?(?:years|decades|años|décadas)"
           r"|\s+from\s+(?:an?\s+|the\s+|his\s+)?(?:[A-Za-z]+\s+)?(?:prison|cell|exile|jail)"
           # how the leading is held: "encabezada de hecho por", "effectively run by", "led jointly by"
           r"|\s+(?:de\s+hecho|en\s+la\s+práctica|actualmente|formalmente|nominalmente|conjuntamente|effectively|"
           r"in\s+practice|de\s+facto|nominally|formally|jointly|currently|now)"
           # (persons21) when: "led at the time by", "dirigida entonces por", "dirigida en Lima por" (the place it is led from)
           r"|\s+(?:at\s+the\s+time|then|until\s+his\s+death|entonces|por\s+entonces|en\s+aquel\s+momento)"
           r"|\s+(?:in|en|from|desde)\s+[A-ZÁÉÍÓÚÑ][\w-]+"
           # (roles24) since a month ("chaired since March by", "dirigida desde marzo de 2024 por"), and an attribution
           # aside ("dirigidos según la Policía por", "led, according to prosecutors, by"): the leading stays stated
           rf"|\s+(?:since|desde|from)\s+(?:(?:early|late|mid-?|principios\s+de|finales\s+de|mediados\s+de)\s*)?(?:{dates.FULL_MONTH})(?:\s+(?:de\s+|of\s+)?\d{{4}})?"
           r"|\s*,?\s+(?:según|de\s+acuerdo\s+con|according\s+to)\s+(?:(?:la|el|los|las|the|US|U\.S\.)\s+)?"
           r"(?:[A-Za-záéíóúñÁÉÍÓÚÑ-]+)(?:\s+(?:de\s+|of\s+)?[A-ZÁÉÍÓÚÑ][\w-]+){0,3},?)?")
# a group's leader named as the one it is under (also read in people._LED_BY_BEFORE; its role: _verb_role)
UNDER_COMMAND = r"under\s+the\s+(?:command|leadership)\s+of|bajo\s+el\s+(?:mando|liderazgo)\s+del?"
_UNDER_COMMAND_SRC = (r"\b(?P<vu>" + UNDER_COMMAND + r")"
                      r"\s+(?:(?:the|el|la)\s+)?(?:[a-záéíóúñ]+\s+)?$")
_UNDER_COMMAND = literals.compile(_UNDER_COMMAND_SRC, re.I)
# the pieces of a gap before "led by" that two readers share: a copula ("y está encabezada por"), the clause's
# second verb ("A y B y está encabezada por"), a head noun the group only qualifies ("the al-Qaeda affiliate led by"),
# an apposition's opening after a name ("JNIM (X), the ...")
_COPULA = r"(?:is|was|has\s+been|est[áa]|es|fue|estaba|ha\s+sido)"
_AND_COPULA = rf"\s*,?\s*(?:and|y|e)\s+(?:(?:now|today|hoy|ahora)\s+)?{_COPULA}\s+$"
_HEAD_NOUN = r"(?:affiliate|branch|wing|faction|offshoot|splinter(?:\s+group)?|cell|unit|franchise|arm)"
_APPOS_OPENS = r"^\W{0,2}?\s*(?:\([^()]{1,20}\))?\s*,\s*"
# between the nearest group and "led by": another subject or head ("A y B y está encabezada por", "cuyo gobierno,
# encabezado por", "the al-Qaeda affiliate led by", "al-Qaeda in Iraq, then led by": a longer name than the one known)
# (case-sensitive: the capital of a longer name's next word)
_LED_GAP_OTHER = literals.compile(rf"\b(?:whose|cuy[oa]s?)\b|^{_AND_COPULA}|^\s+(?:in|en)\s+(?:the\s+|el\s+|la\s+)?[A-ZÁÉÍÓÚ]"
                                  rf"|^[\s-]+{_HEAD_NOUN}\b")
# ... or the group is the complement of the noun that is led ("the affiliate of X led by", "la red de la FANB encabezada por")
_LED_COMPLEMENT = literals.compile(r"\b(?:of|de|del)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$", re.I)
_BARE_GAP = literals.compile(rf"\s*(?:{_COPULA}\s+)?$", re.I)
# "A (JNIM), la filial de Al Qaeda dirigida por X": the apposition's head, named before it
_APPOSED = literals.compile(_APPOS_OPENS + r"(?:the|an?|la|el|una?)\s+(?:[\w-]+\s+){0,3}?(?:of|de|del)\s+"
                            r"(?:the\s+|la\s+|el\s+)?$", re.I)
# "Viv Ansanm agrupa a bandas como A y B y está encabezada por X"
_AND_COPULA_GAP = literals.compile(_AND_COPULA, re.I)
# "JNIM, the al-Qaeda affiliate led by X": the head noun right before the verb, the apposition's article after the name
_HEAD_GAP = literals.compile(rf"[\s-]+{_HEAD_NOUN}\s*,?\s*$")
_APPOSED_ART = literals.compile(_APPOS_OPENS + r"(?:the|an?|its)\s+$", re.I)


# two or more capitalised words: a name ("las fuerzas de la Resistencia Nacional que dirige X")
_NAME_RUN = literals.compile(r"(?<![\w’'-])[A-ZÁÉÍÓÚÑ][\w’'-]+(?:\s+(?:de\s+|del\s+|of\s+|la\s+|el\s+)?[A-ZÁÉÍÓÚÑ][\w’'-]+)+")


def _led_is_nearest(text: str, grp: list, at: int, ms: list = ()) -> bool:
    """Whether the group nearest before "led by" is the one led."""
    last = grp[-1]
    gap = text[last.end:at]
    for nm in _NAME_RUN.finditer(text, last.end, at):
        if "(" not in text[last.end:nm.start()] and not any(m.start < nm.end() and m.end > nm.start() for m in ms):
            # a body no gazetteer holds is named after the group: it, not the group, is the one led
            # ("contra los hutíes, con las fuerzas de la Resistencia Nacional que dirige X")
            return False
    # (the complement only right before the verb: "leaders of the NRF, the group led by X" names the NRF led)
    return not (_LED_GAP_OTHER.search(gap) or _BARE_GAP.match(gap) and _LED_COMPLEMENT.search(text[max(0, last.start - 12):last.start]))


def _apposed_head(text: str, grp: list, at: int) -> str | None:
    """The group an apposition before the led noun's complement names, when there is one."""
    gap = text[grp[-1].end:at]
    if len(grp) < 2:
        return None
    if _AND_COPULA_GAP.match(gap):
        # "Viv Ansanm agrupa a bandas como A y B y está encabezada por X": the clause's subject, named first
        return grp[0].entity
    if not gap.strip(" ,"):
        return grp[-2].entity if _APPOSED.match(text[grp[-2].end:grp[-1].start]) else None
    # "JNIM, the al-Qaeda affiliate led by X": the group before the one that only qualifies the head noun
    return grp[-2].entity if _HEAD_GAP.match(gap) and _APPOSED_ART.match(text[grp[-2].end:grp[-1].start]) else None


# the participles of leading a body, one vocabulary for both "led by" readers (_LED_BY here, with founding too;
# people._LED_BY_BEFORE, whose title for each is people._LED_BY_NOUN)
LED_EN = r"led|headed|commanded|run|chaired"
LED_ES = r"liderad[oa]s?|encabezad[oa]s?|dirigid[oa]s?|presidid[oa]s?|comandad[oa]s?"
# (persons21) the article or possessive that opens a title after "led by" ("led by a new president, X", "dirigida por su
# fundador, X"), and the gap between the body led and its participle ("Somaliland, by then led by", "Mali, now led by")
_LED_BODY_OFFICES = {"president", "presidente", "presidenta", "leader", "lider", "head", "jefe", "jefa", "chairman", "chair",
                     "chairwoman", "chief", "commander", "comandante", "coordinator", "coordinador", "coordinadora", "emir",
                     "founder", "fundador", "fundadora", "secretary-general", "secretary", "general", "secretario", "secretaria"}
_LED_TITLE_ADJ = {"new", "nuevo", "nueva", "acting", "interim", "interino", "interina", "transitional", "rotating", "its",
                  "their", "su", "sus", "de", "la", "transicion", "current", "actual"}
_LED_TITLE_ART = literals.compile(r"(?:(?<=\sby)|(?<=\spor))\s+(?:(?:a|an|the|its|their|el|la|su|sus)\s+)?(?:[a-záéíóúñ’'-]+\s+){0,4}$")
_LED_GAP_TITLE = literals.compile(r"(?:\s*\([A-ZÁÉÍÓÚÑ][\w&-]{1,11}\))?(?:\s+(?:rebel\s+|armed\s+|political-military\s+)?(?:coalition|group|movement|"
                                  r"militia|alliance|faction|party|gang|cartel|network|rebels|coalición|grupo|movimiento|milicia|alianza|"
                                  r"facción|partido|banda|cártel|red)(?:\s+(?:armad[oa]|rebelde|criminal))?)?\s*,?\s*(?:(?:by\s+then|now|then|still|at\s+the\s+time|"
                                  r"hoy|ahora|entonces|todavía|aún|ya)\s+)?(?:(?:is|was|are|were|es|era|fue|está|estaba)\s+)?")
_LED_BY = literals.compile(r"\b(?P<v>" + LED_EN + r"|founded|presided\s+over)" + _BY_GAP + r"\s+by\s+"
                     # (names22) a description of the leader between "by" and the name, as the Spanish one after "por el":
                     # "led by the veteran Malian jihadist X", "headed by the former police officer X"
                     r"(?:(?:the|a|an)\s+(?:(?!(?:of|and|or|with|in|on|at|for|to|from|whose|who|that|which|its|his|her|their|"
                     r"group|movement|party|faction|government|council|committee|army|forces)\b)[\w’'-]+\s+){1,3})?$"
                     r"|\b(?P<ve>" + LED_ES + r"|fundad[oa]s?)"
                     + _BY_GAP + r"\s+por\s+(?:(?:el|la)\s+[a-záéíóúñ]+\s+(?:[a-záéíóúñ]+\s+)?)?$"
                     # "el grupo que dirige el tuareg X", "la facción que lidera alias X": the leader after the verb
                     # "fighters under the command of X", "bajo el mando del general X": the group before leads
                     r"|" + _UNDER_COMMAND_SRC +
                     r"|\b(?:que|lo|la)\s+(?P<vq>dirige|dirigía|lidera|lideraba|encabeza|encabezaba|comanda|comandaba|preside|presidía|fundó)"
                     r"\s+(?:(?:el|la)\s+(?:[a-záéíóúñ]+\s+)?|alias\s+)?$", re.I)
# (names22) a sentence opening on a subject pronoun and its copula, or on the copula alone (a Spanish null subject),
# then "led by": "It is led by X", "Today it is headed by X", "Since 2017 it has been run by X", "Está dirigida por X",
# "Desde 2015 está encabezado por X", "Hoy lo dirige X" (the verb is _LED_BY's)
_PRONOUN_LED = literals.compile(r"[\s\"“‘'*]*(?:(?:today|now|currently|since\s+\d{4}|for\s+(?:\w+\s+)?(?:years|decades)|hoy|ahora|"
                                r"actualmente|desde\s+(?:\d{4}|entonces)|durante\s+(?:\w+\s+)?(?:años|décadas))\s*,?\s+)?"
                                r"(?:(?P<cop>it\s+(?:is|was|has\s+been|had\s+been|remains|is\s+still|is\s+now)"
                                r"|está|esta|estaba|es|era|fue|ha\s+sido|había\s+sido|sigue|seguía)\s+"
                                r"(?:(?:now|still|currently|ahora|todavía|aún|actualmente|hoy)\s+)?)?", re.I)
# (names22) the name as subject, then a verb of leading whose object is "it": "X has led it since 2004", "X still heads it"
_LEADS_IT = literals.compile(r"\s+(?:(?:has|had)\s+)?(?:(?:long|jointly|effectively|still|now|since\s+\d{4})\s+)?"
                             r"(?P<v>leads|led|heads|headed|runs|ran|commands|commanded)\s+it\b(?!\s+(?:to|into|in|through|against)\b)")
# an adverbial of time between the relative and its verb, or between the verb and its object: "que hoy
# dirige", "que durante casi una década mandó la unidad", "que dirigió hasta 2021 la Dirección", "who
# since 2019 has run"
_VERB_WHEN = (r"(?:(?:now|also|still|currently|today|ahora|también|todavía|aún|actualmente|hoy|ya)\s+"
              r"|(?:durante|desde|entre|for|since|until|hasta)\s+(?:[\w-]+\s+){0,3}?(?:\d{4}|años|décadas?|"
              r"lustros?|years|decades?|meses|months)(?:\s+(?:y|and|a|to)\s+\d{4})?\s*,?\s+)?")
# "X, who leads the Y gang", "X, que dirige el Y": a person's office in a group, said with a verb
_LEADS_AFTER = literals.compile(
    # (the aside skipped before it is no coordination: "X, y Haluk Görgün, que preside ..." is the other's office)
    r"(?:\s*,(?!\s*(?:and|y|e)\s)[^,;.()]{0,80}?)?\s*,?\s*[”\"]?\s*\b(?:who|quien|que)\s+"
    + _VERB_WHEN + r"(?:(?:has|ha)\s+(?:long\s+)?(?=led|headed|run|chaired|commanded|liderado|dirigido|encabezado|presidido))?"
    r"(?P<v>leads|led|heads|headed|runs|run|ran|commands|commanded|chairs|chaired|founded|dirige|dirigía|lidera|lideraba|"
    r"encabeza|encabezaba|comanda|comandaba|preside|presidía|fundó|dirigió|lideró|encabezó|comandó|presidió|"
    r"liderado|dirigido|encabezado|presidido)"
    r"\s+(?:(?:hasta|desde|until|since)\s+(?:\w+\s+(?:de\s+)?)?\d{4}\s+)?(?:the\s+|el\s+|la\s+|los\s+|las\s+|al\s+)?", re.I)
# "X, who returned to office at the head of the Y", "X, al frente del Y": leading a party or group said
# with a phrase of heading, not a verb (read where _LEADS_AFTER is)
_AT_HEAD = literals.compile(r"\s*,?\s*(?:(?:who|quien|que)\s+(?:[^,;.()“”\"]{0,60}?\s)?)?(?P<v>at\s+the\s+head\s+of|al\s+frente\s+del?"
                      r"|a\s+la\s+cabeza\s+del?)\s+(?:the\s+|la\s+|los\s+|las\s+)?", re.I)


_PAST_LED = literals.compile(r"led|headed|ran|commanded|chaired|founded|dirigía|lideraba|encabezaba|comandaba|presidía|fundó|"
                             r"dirigió|lideró|encabezó|comandó|presidió", re.I)


def _leads_after(text: str, b: int, e: int) -> "re.Match | None":
    return _LEADS_AFTER.match(text, b, e) or _AT_HEAD.match(text, b, e)


_VERB_ROLE = {"led": "leader", "leads": "leader", "lead": "leader", "run": "leader", "runs": "leader", "ran": "leader",
              "headed": "head", "heads": "head", "founded": "founder", "fundó": "founder", "fundado": "founder",
              "fundada": "founder", "commanded": "commander", "commands": "commander", "comanda": "commander",
              "comandaba": "commander", "comandó": "commander", "comandado": "commander", "comandada": "commander", "chaired": "chair",
              "chairs": "chair", "presided over": "chair", "under the command of": "commander", "bajo el mando de": "commander",
              "bajo el mando del": "commander",
              # (Spanish names who presides a body its "presidente": "que preside el Senado", "presidida por X")
              "presidió": "president", "preside": "president", "presidía": "president", "presidido": "president",
              "presidida": "president"}


# who "dirige" an agency, a company or an institution is its director ("que dirige el Centro de Estudios",
# "dirigida por X" of an agency); of an armed group, a cartel or a party, its leader ("dirigidos por alias Fito")
_LED_KINDS = {"armed group", "cartel", "political party", "gang", "militia", "terrorist organization"}
_DIRECTED_KINDS = {"agency", "IGO", "company", "organisation", "institution"}


def _verb_role(verb: str, group: str | None = None, g: Gazetteer | None = None, new: dict | None = None) -> str:
    v = re.sub(r"\s+", " ", verb.lower())
    if v.endswith(("os", "as")) and v[:-1] in _VERB_ROLE:
        v = v[:-1]  # "fundadas por": as "fundada por"
    role = _VERB_ROLE.get(v, "leader")
    if role == "leader" and group and (v.startswith("dirig") or v in ("directs", "directed")):
        ent = (g.get(group) if g is not None else None) or (new or {}).get(group)
        if ent is not None and getattr(ent, "kind", None) in _DIRECTED_KINDS:
            role = "director"
    return role


_ROLE_RELATIVE = literals.compile(
    r",?\s+(?:who|quien|que)\s+(?:is|was|became|has\s+been|had\s+been|served\s+as|serves\s+as|was\s+appointed|"
    r"was\s+named|was\s+elected|es|fue|era|ha\s+sido|se\s+desempeña\s+como|se\s+desempeñó\s+como|fue\s+nombrad[oa]|"
    r"fue\s+elegid[oa])\s+(?:as\s+|como\s+)?(?P<r>(?:the\s+|el\s+|la\s+|an?\s+|un\s+|una\s+)?[^,;.“”\"()]{3,80}?)"
    r"(?=,|\.|;|$|\s+(?:until|from|since|between|in|hasta|desde|entre|en)\b"
    # a time clause or a span ends the office ("who was prime minister for fifteen years before fleeing to India":
    # India is no owner; "quien fue canciller durante una década antes de exiliarse en España")
    r"|\s+(?:before|after|when|while|during|until|antes\s+de|después\s+de|despues\s+de|tras|cuando|mientras|durante)\b"
    r"|\s+(?:for|por)\s+(?:(?:about|nearly|almost|more\s+than|over|some|casi|más\s+de|unos|unas)\s+)?[\w-]+\s+"
    r"(?:years|months|decades|terms|años|meses|décadas|mandatos)\b)", re.I)


_PERSON_POSS = literals.compile(r"(?:the\s+)?([A-Z][\w-]+)['’]s\s+")
_NP_AND = literals.compile(r"(?:['’]s?)?\s+(?:and|y|e)\s+(?:a\s+|to\s+|with\s+|con\s+)?")
# "one of the group's commanders, X", "uno de los comandantes del ELN, X": one of several office
# holders is one holder (the plural title read as its singular, padded so offsets stay put)
_ONE_OF = literals.gated(r"\b(?:one|uno|una)\s+(?:of|de)\s+", re.I)
_PLURAL_WORD = literals.compile(r"(?<![\w’'-])([a-záéíóúñ]+?)(es|s)(?=\s|,|$)")


def _singular_after_one_of(left: str, titles: set[str]) -> str:
    om = None
    for om in _ONE_OF.finditer(left):
        pass
    head, tail = left[:om.end()], left[om.end():]
    if len(tail.split()) > 6:
        return left

    def one(pm: re.Match) -> str:
        stem = pm.group(1)
        for cand in (stem + pm.group(2)[:-1], stem):  # "líderes" -> "líder", "commanders" -> "commander"
            if _norm(cand) in titles:
                return " " * (len(pm.group()) - len(cand)) + cand
        return pm.group()
    return head + _PLURAL_WORD.sub(one, tail)


# ranks and honorifics: titles that name no office and no owner ("Gen.", "Sheikh", "el coronel")
_RANKS = {"gen", "gral", "col", "cnel", "lt", "maj", "brig", "adm", "capt", "general", "colonel", "coronel", "major",
          "brigadier", "admiral", "almirante", "lieutenant", "teniente", "sheikh", "jeque", "retired", "retirado",
          "the", "el", "la", "a", "an", "un", "una", "de", "brigada", "division", "division", "mayor",
          "vicealmirante", "contralmirante", "contraalmirante", "capitana",
          # compound ranks ("Senior General X", "Field Marshal X", "el mariscal de campo X")
          "senior", "field", "marshal", "mariscal", "campo", "commodore", "captain", "capitan", "sergeant", "sargento"}
_ES_BARE_RANKS = {"general", "coronel", "teniente", "almirante", "vicealmirante", "contralmirante", "contraalmirante", "capitan",
                  "mariscal"}
# the rank words alone, for reading a title's words (_RANKS also holds the articles, "de" and "senior" that
# _titled_people skips around a rank: in canonical_role they made "jefe de gabinete" a rank)
_RANK_WORDS = _RANKS - {"the", "el", "la", "a", "an", "un", "una", "de", "senior", "retired", "retirado"}
# courtesy words before a name: no office, no part of the name ("Mr Tomas X" is Tomas X)
_NAME_HONORIFICS = {"mr", "mrs", "ms", "dr", "dra", "sr", "sra", "srta", "senor", "senora", "mister", "madam",
                    # (names22) the styles of protocol ("H.E. Sugiono", "the Hon Richard Marles", "Excmo. Sr. X")
                    "h e", "he", "hon", "honourable", "honorable", "rt", "excmo", "excma"}
# (names22) a style of protocol written between an office and the name, in joint statements, UN records, gazettes and
# letters: "the President of the Republic of Indonesia, H.E. Prabowo Subianto", "Minister for Defence, the Hon Richard
# Marles", "Senator the Hon Penny Wong", "el embajador, Excmo. Sr. X", "la canciller, S.E. la señora X" (one or two styles)
_STYLE = (r"(?:H\.\s?E\.|S\.\s?E\.|(?:His|Her|Su)\s+(?:Excellency|Excelencia)|(?:the\s+)?(?:Rt\.?\s+|Right\s+)?(?:Hon\.?|Honourable|Honorable)"
          r"|Excm[oa]\.?(?:\s+(?:Sr|Sra)\.?)?|Mr|Mrs|Ms|Dr|Dra|Sr|Sra|Srta|[Ss]eñor|[Ss]eñora|Mister|Madam)")
# (names22) the words of a style opening a name run ("His Excellency Mr", "Su Majestad"): no name words
_STYLE_WORDS = {"excellency", "excelencia", "majesty", "majestad", "highness", "alteza", "hon", "honourable", "honorable",
                "rt", "excmo", "excma"}
_STYLE_OWNER = {"his", "her", "su"}
_HONORIFIC_END = literals.gated(rf"(?<![\w’'-])(?:(?:el|la)\s+)?{_STYLE}(?:\s+(?:(?:el|la)\s+)?{_STYLE})?\s+$")
_HONORIFICS = {"prince", "principe", "princesa", "princess", "sheikh", "jeque", "emir"}
# a form of address between an office in apposition and the name ("The Deputy Prime Minister and Foreign Minister,
# Senator X", "the Spokesperson, Ambassador X", "el canciller, el embajador X"): a courtesy of the person's
# standing, not the office the sentence gives (a known official's given name may follow it: "Senator Mohammad Ishaq Dar")
_ADDRESS_AFTER_COMMA = literals.compile(r",\s*(?P<t>(?:(?:the|el|la)\s+)?(?:Senator|Sen\.?|Senador|Senadora|Ambassador|Amb\.?|"
                                        r"Embajador|Embajadora|embajador|embajadora|Professor|Prof\.?|Profesor|Profesora)"
                                        r"\s+(?P<given>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s+)?)$")


_ADDRESS_GATE = re.compile(r"Sen|Amb|Prof|mbajador|enador")


def _address_after_office(left: str, titles: set[str], inner_ok: set[str], known: bool) -> str:
    """`left` with a form of address after an office's comma blanked (offsets hold)."""
    am = _ADDRESS_AFTER_COMMA.search(left)
    if not am or (am.group("given") and not known):
        return left
    before = left[:am.start()].split()
    last = _norm(before[-1]) if before else ""
    # (the office's last word, or its owner's name after a title: "El canciller de Paraguay, el embajador X")
    if not last or last in ("the", "el", "la") or not (last.split()[-1] in titles or last in inner_ok or (
            before[-1][:1].isupper() and any(_norm(w) in titles for w in before[-4:-1]))):
        return left
    return left[:am.start("t")] + " " * (am.end("t") - am.start("t"))
# (a body's acronym in parentheses ends the title as part of it: "X, presidenta de la Asociación de Bancos (ABM),";
# a relative clause ends it too: "X, the cleric whom the United States designated ...": the state is no word of his title)
# (names22: an acronym in parentheses may stand inside the office too: "portavoz de la Dirección Principal de Inteligencia
# (HUR) del Ministerio de Defensa", "spokesman for the National Intelligence Agency (NIA) of Nigeria")
_RIGHT_TITLE = literals.compile(r",(?!\s*(?:and|y|e|or|o)\s)\s*((?:an?\s+|the\s+|el\s+|la\s+|un\s+|una\s+)?"
                          r"(?:[^,;.“”\"()]|\s\([A-ZÁÉÍÓÚÑ][\w&-]{1,11}\)(?=\s(?:of|de|del|in|en|at)\s)){3,120}?"
                          r"(?:\s*\([A-ZÁÉÍÓÚÑ][\w&-]{1,11}\))?)(?=,|\.|;|$| who | whom | which | whose | that | quien | que | a quien | al que | a la que | cuyo | cuya "
                          # "a former Quds Force commander and later Iran's defence minister": two offices, not one
                          r"| (?:and|y) (?:later|then|subsequently|afterwards|luego|después|posteriormente|más tarde)\b)")


# the body a person rules or commands, named by the body and the person ("the junta of General X", "la junta del
# general X", "the army under General X", "the Rapid Support Forces of X"): a rank between them is no office
_RANK_ALT = r"(?:gen|gral|col|cnel|lt|maj|brig|adm|capt|general|colonel|coronel|major|brigadier|admiral|almirante|lieutenant|" \
            r"teniente|captain|capitán|capitan|commodore|marshal|mariscal|field\s+marshal|senior\s+general|comandante)\.?"
_BODY_OF_PERSON = literals.compile(
    r"\b(?P<body>(?P<rule>junta|junta\s+militar|military\s+junta|military\s+government|gobierno\s+militar|military\s+regime)"
    r"|(?P<gov>government|regime|administration|gobierno|régimen|administración)"
    r"|(?P<army>army|armed\s+forces|military|troops|forces|ejército|fuerzas\s+armadas|fuerzas|tropas))"
    r"\s+(?P<p>of|under|de|del|bajo)\s+(?:(?:the|el|la)\s+)?(?P<rank>(?:" + _RANK_ALT + r"\s+){1,2})?$", re.I)
_GROUP_OF_PERSON = literals.compile(r"\s+(?:of|de|del|under|bajo)\s+(?:(?:the|el|la)\s+)?(?:(?:" + _RANK_ALT + r")\s+){0,2}$", re.I)


# (persons21) "X, his cousin and the head of the group's Executive Council", "X, primo de Nasrallah y jefe del Consejo":
# a kinship aside joined by "and" to an office: the office after the conjunction is X's own (group 1, as _RIGHT_TITLE's)
_KIN_THEN_TITLE = literals.compile(
    r",\s*(?:(?:his|her|their|its|su|sus|a|an|the|el|la|un|una)\s+)?" + kinship.GRADED_NOUN
    + r"(?:\s+(?:of|de|del)\s+(?:the\s+|el\s+|la\s+)?[A-ZÁÉÍÓÚÑ][^,;.()“”\"]{1,40}?)?\s+(?:and|y|e)\s+"
    r"((?:an?\s+|the\s+|el\s+|la\s+|un\s+|una\s+)?[^,;.“”\"()]{3,120}?(?:\s*\([A-ZÁÉÍÓÚÑ][\w&-]{1,11}\))?)"
    r"(?=,|\.|;|$| who | whom | which | whose | that | quien | que | a quien | al que | a la que | cuyo | cuya )", re.I)


_NICK_AFTER = literals.compile(r"\s*,\s*(?:alias|a\.k\.a\.|aka|(?:better\s+|also\s+)?known\s+as|(?:más\s+)?conocid[oa]\s+como|apodad[oa])\s+[\"“']?")


def _body_of_person(g: Gazetteer, text: str, s: int, a: int, ms: list[Mention], person: Mention | None) -> tuple | None:
    """((role, owner), ) of a person named after the body they rule or command: the junta's, a rank-titled
    government's (not "the government of President X": the title says the office) or an army's state, or the
    armed group named right before "of": "leader" of a junta, government or group, "commander" of an army."""
    lo = max(s, a - 90)
    grp = next((m for m in ms if m.entity.startswith("group:") and lo <= m.start and m.end < a and m.kind != "demonym"
                and _GROUP_OF_PERSON.fullmatch(text, m.end, a)), None)
    if grp is not None:
        ent = g.get(grp.entity)
        # (an armed group's, not a party's: "El Partido Nacional de Asfura" is the party he belongs to)
        if ent is not None and getattr(ent, "kind", None) in _LED_KINDS - {"political party"}:
            return ("leader", grp.entity)
        return None
    bm = _BODY_OF_PERSON.search(text, lo, a)
    if not bm or (bm.group("gov") and not bm.group("rank")) or (bm.group("p").lower() in ("under", "bajo") and not bm.group("army")):
        return None
    near = [m for m in ms if m.entity.startswith("state:") and max(s, bm.start() - 25) <= m.start and m.end <= bm.start()]
    after = [m for m in ms if m.entity.startswith("state:") and m.kind == "demonym" and bm.end("body") < m.start < bm.start("p")]
    state = (near or after)[-1].entity if near or after else None
    if state is None and person is not None:
        state = g.state_of(person.entity)
    if state is None or any(m.start < bm.start() and m.entity.startswith("group:") and m.end >= bm.start() for m in ms):
        return None
    return ("commander" if bm.group("army") else "leader", state)


def _owner_free(g: Gazetteer, text: str, a: int, b: int, ms: list[Mention]) -> bool:
    """text[a:b], a title, names no state or group (other than a posting) and refers to none."""
    if any(a <= m.start < b and m.entity.startswith(("state:", "group:"))
           and not _POSTING.search(text, max(a, m.start - 12), m.start) for m in ms):
        return False
    return not (set(tokens(text[a:b])) & (_POSS | _WHOSE | _GROUP_REF_NOUNS | {"s"}))


@dataclass
class _Context:
    """What earlier sentences tell the title reader: surnames of people met (-> id), the
    state or group their titles tied them to, the states of the paragraph's last sentence."""
    surnames: dict[str, str] = field(default_factory=dict)
    person_org: dict[str, str] = field(default_factory=dict)
    para_states: list[str] = field(default_factory=list)
    para_subject: str | None = None  # the state opening that sentence ("Australia had urged Honiara ...")
    para_opener: str | None = None  # the state or group opening the paragraph's last sentence naming an actor
    group_tie: bool = False  # two groups are equally the story's main one so far
    person_title: dict[str, str] = field(default_factory=dict)  # people met -> the title last met with
    para_titled: str | None = None  # the title of the last official met with one in this paragraph's sentences before
    # (names22) the groups the sentence before (same paragraph) named, possessors aside ("al-Qaeda's branch")
    prev_groups: tuple = ()
    # (names22) the group "the group" most likely means here: the one the sentence before named first, when the story's most
    # discussed group is not among those it named (as _coref reads it)
    near_group: str | None = None


_US_PARTY_ES = {"republicano", "republicana", "democrata"}


_MONONYM_END = re.compile(r"\s*(?:[,;:.)]|$|\s(?:said|says|told|met|and|who|has|had|was|is|will|would|dijo|afirmó|"
                          r"declaró|señaló|y|e|quien|que|se|ha|había|fue|es|on|in|at|en|el|la|during|durante)\b)")


def _official_name_words(g: Gazetteer) -> set[str]:
    """Every word of every gazetteer official's names (family names come first in some: "Wang Yi")."""
    if not hasattr(g, "_official_words"):
        object.__setattr__(g, "_official_words", {w for oid in g.roles for nm in [g.entities[oid].name, *g.entities[oid].aliases]
                                                  for w in _norm(nm).split()})
    return g._official_words  # type: ignore[attr-defined]


def _mononym(g: Gazetteer, text: str, s: int, e: int, a: int, b: int, title: list[str], titles: set[str],
             ctx: _Context, met: dict) -> bool:
    """text[a:b], one capitalised word right after a title word ("Foreign Minister Sugiono",
    "el canciller Sugiono"), is a person who goes by one name (Indonesia, Myanmar, Afghanistan):
    not a word of office, place, organisation, month or outlet, not a surname met before (that
    is the person met), not in a Title Case headline, and the clause goes on after it. The capitalised
    words before it are all words of the title ("Manuel Mariscal Zabala": a rank inside a full name). Not after a
    rank ("General Ruiz" is a surname, the person's full name told elsewhere or nowhere)."""
    from loaders import people  # (people imports this module)
    word = text[a:b]
    n = _norm(word)
    if not all(_norm(w) in titles or _norm(w) in g._title_inner or (_norm(w),) in g.demonym_of  # type: ignore[attr-defined]
               or _norm(w) in _CUT_WORDS for w in title):
        return False
    if len(word) < 4 or not word[0].isupper() or not word[1:].islower() or "'" in word or "’" in word:
        return False  # (acronyms, "U.S.", possessives)
    if _norm(title[-1]) not in titles or _norm(title[-1]) in _RANKS or n in ctx.surnames or n in titles or n in _MONTHS_DAYS:
        return False
    if n in people._STOP_WORDS or n in g._title_inner or (n,) in g.demonym_of or n in _NAME_HONORIFICS:  # type: ignore[attr-defined]
        return False
    if _NOT_A_NAME.match(word) or not _MONONYM_END.match(text, b):
        return False
    if n in _official_name_words(g) or any(n in _norm(p.name).split() for k, p in met.items() if k.startswith("official:")):
        return False  # a word of a known name ("Foreign Minister Wang", "President Kim"): that person's or ambiguous
    return not people._headline(text, s, e)


# (persons21) "signed by Defense Secretary A and Foreign Secretary B with their Japanese counterparts, X and Y", "los
# ministros A y B recibieron a sus homólogos chilenos, X e Y": the plural counterpart phrase right before two names
_PLURAL_COUNTERPART = literals.compile(
    r"\b(?:their|his|her|sus)\s+(?:(?P<d1>[A-Z][\w-]+)\s+)?(?:counterparts|homólog[oa]s|homolog[oa]s|pares)"
    r"(?:\s+(?P<d2>[a-záéíóúñ]+))?\s*,?\s*$")
# the states whose ministers are secretaries; elsewhere a secretary's counterpart is a minister
_SECRETARY_STATES = {"state:USA", "state:PHL", "state:GBR", "state:MEX"}
_SECRETARY_AS_MINISTER = {"secretary of defense": "minister of defense", "foreign secretary": "minister of foreign affairs",
                          "secretary of state": "minister of foreign affairs", "home secretary": "minister of interior"}
_PAIR_AND = literals.compile(r"\s*,?\s+(?:and|y|e)\s+")


_PEOPLE_PLURAL = (r"(?:officials|generals|ministers|commanders|officers|diplomats|leaders|envoys|funcionarios|generales|ministros|"
                  r"comandantes|oficiales|diplomáticos|dirigentes|líderes|jerarcas|militares)")
_INCLUDING_BEFORE = literals.gated(
    r"(?:\b(?P<d1>(?:North|South)\s+[A-Z][\w-]+|[A-Z][\w-]+)\s+(?:(?:senior|top|military|army|government)\s+)?" + _PEOPLE_PLURAL +
    r"|\b" + _PEOPLE_PLURAL + r"\s+(?:(?:de\s+alto\s+rango|militares)\s+)?(?P<d2>[a-záéíóúñ]+(?:es|os|as|s)))"
    r"\s*,?\s+(?:including|among\s+them|among\s+whom|incluid[oa]s?|entre\s+ell[oa]s|entre\s+los\s+que\s+(?:figura|está)n?)"
    r"\s+(?:the\s+|el\s+|la\s+)?$")


def _plural_counterparts(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention]) -> None:
    """Two people named after a plural counterpart phrase hold, in order, the offices of the two officials titled
    before it ("respectively"), in the state the phrase's demonym names; one official before it gives both the
    same office. No demonym, no state: nothing is read."""
    if not re.search(r"counterparts|hom[oó]log[oa]s|pares", text[s:e]):
        return
    people_ms = sorted((m for m in ms if m.entity.startswith("official:") and m.kind != "coref"), key=lambda m: m.start)
    for x, y in zip(people_ms, people_ms[1:]):
        pc = _PLURAL_COUNTERPART.search(text, max(s, x.start - 60), x.start)
        dem = (pc.group("d1") or pc.group("d2") or "") if pc else ""
        sid = (g.demonym_of.get((_norm(dem),)) or g.demonym_of.get((_norm(dem)[:-1],))) if dem else None
        if not sid:
            continue
        if not _PAIR_AND.fullmatch(text, x.end, y.start) or any(
                p.role and p.org != sid and (p.org or not COUNTERPART_WORDS & set(tokens(p.role))) for p in (x, y)):
            continue  # (a title of their own stays; the counterpart phrase read as the first one's title is replaced)
        others = [m for m in people_ms if m.end <= pc.start() and m.role and m.org != sid]
        if len(others) >= 2:
            pairs = ((x, others[-2]), (y, others[-1]))
        else:
            continue  # (one official before: "her Japanese counterparts, A and B" hold two offices the text does not give)
        for person, other in pairs:
            canon = canonical_role(g, office_parts(g, other.role)[-1])[0]
            if canon and canon not in COUNTERPART_WORDS and not set(canon.split()) <= _RANKS:
                if sid not in _SECRETARY_STATES:
                    canon = _SECRETARY_AS_MINISTER.get(canon, canon)  # (Japan's "defense secretary" is its defence minister)
                person.role, person.org, person.former = canon, sid, False


# an attribution lead right before a person ("Según X", "According to X"), and a name right after a title's comma
_ATTRIBUTION_LEAD = literals.compile(r"\b(?:[Ss]egún|[Dd]e\s+acuerdo\s+con|[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of|"
                                     r"[Cc]itando\s+a|[Qq]uoting)\s+(?:(?:the|el|la)\s+)?(?:[a-záéíóúñ-]+\s+){0,3}?$")
_NAME_NEXT = literals.compile(rf"\s*,\s*(?:(?:el|la|the)\s+)?[{NAME_UP}][{NAME_LO}'’-]+\s+[{NAME_UP}]")


def _titled_people(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors,
                   titles: set[str], salient_group: str | None = None, context: _Context | None = None) -> None:
    inner_ok = g._title_inner  # type: ignore[attr-defined]
    ctx = context or _Context()

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    here: dict[str, Mention] = {}  # surnames of the people of this sentence read so far -> their mention
    for nm in NAME.finditer(text, s, e):
        here.update((_norm(text[m.start:m.end].split()[-1]), m) for m in ms
                    if m.entity.startswith("official:") and m.end <= nm.start() and " " in text[m.start:m.end])
        a, b = nm.start(), nm.end()
        if text[b - 2:b] in ("'s", "’s") and not any(m.start >= a and m.end == b for m in ms):
            b -= 2  # "Angela Merkel's conservatives": the possessive is not part of the name
        officials = [m for m in ms if m.start >= a and m.end <= b and m.entity.startswith("official:")]
        if officials:
            person_m = officials[-1]
            a, b = person_m.start, person_m.end
            name = text[a:b]
        else:
            person_m = None
            words = list(re.finditer(r"\S+", nm.group()))
            cut = 0
            # "el juez Germán Alfonso Rentería": a capitalised demonym right after a lower-case title
            # and before two more name words is a first name (news writes a demonym after the title
            # in lower case, "el juez alemán", or before it, "German Judge X")
            lw = _LOWER_BEFORE.search(text, max(s, nm.start() - 30), nm.start()) if len(words) >= 3 else None
            first_name = bool(lw and lw.group(1) in titles and (_norm(words[0].group()),) in g.demonym_of)
            for k, w in enumerate(words[:-1]):
                if k == 0 and first_name:
                    continue
                wn = _norm(w.group())
                last = wn.split()[-1] if wn.split() else wn
                if last in titles or wn in _ORG_WORDS or wn in _CUT_WORDS or (k == cut and (wn in _NAME_HONORIFICS or wn in _STYLE_WORDS
                                                                                      or wn in _STYLE_OWNER and k + 1 < len(words)
                                                                                      and _norm(words[k + 1].group()) in _STYLE_WORDS)):
                    cut = k + 1
                elif (wn,) in g.demonym_of and not (k > cut and _norm(words[k - 1].group()) not in _NAME_PARTICLES):
                    # (a demonym between two name words is a name: "Director of Public Prosecutions, Jane
                    # Frances Abodo"; after a title or opening the run it is a nationality: "Kenyan Judge X")
                    cut = k + 1
                if any(m.start <= nm.start() + w.start() < m.end for m in ms if m.entity and not m.entity.startswith("official:")):
                    # a state/group name inside the run ("Argentina Miguel Angel Toma") ends the title part,
                    # unless it is the tail of a person's name ("Abdul Malik al-Houthi")
                    if k < len(words) - 2 or w.start() == 0:
                        cut = k + 1
            # "ministro de Defensa de Colombia": the particle after a title starts no name
            while cut and cut < len(words) - 1 and _norm(words[cut].group()) in _NAME_PARTICLES:
                cut += 1
            if cut:
                a = a + words[cut].start()
            name = text[a:b]
            if any(m.start <= a and b <= m.end for m in ms if not m.entity.startswith("official:")):
                continue  # "En Madrid", "In Buenos Aires": a place after a function word is no person
            if _NOT_A_PERSON_BEFORE.search(text, max(s, a - 60), a):
                continue  # "aprobado por la Junta Directiva, el canciller ...", "secretario de Seguridad y Protección
                # Ciudadana, X": a body after an article, or the second portfolio of an office, names no person
            if any(m.entity.startswith(("state:", "group:")) and m.end == b and a < m.start
                   and _OF_BEFORE.search(text, a, m.start) for m in ms):
                continue  # "ministro de Seguridad Pública de Costa Rica": the office's state ends no name
                # (nor a group's: "jefe del Consejo Ejecutivo de Hezbolá" names a council, no "Ejecutivo de Hezbolá")
            of = _OFFICE_OF.search(text, max(s, nm.start() - 40), nm.start())
            if of and _norm(of.group("adj") or "").strip() not in titles and all("-" in w.group() for w in words[:cut]) \
                    and not _UNDER_COMMAND.search(text, max(s, nm.start() - 40), nm.start()) \
                    and not _RANK_GRADE.search(text, max(s, nm.start() - 40), nm.start()):
                # "el alto comisionado de la ONU para los Derechos Humanos, X", "el presidente de la
                # surcoreana Hyundai Rotem, X", "a researcher at the Centre for Conflict Studies", "of the
                # Belgrade-backed Srpska Lista party": a name after "of/for/de/para" in a title is the
                # body's, the person comes after it (a run that starts with a title or a body's own name
                # still names a person at its end: "of President X", "la diputada del Partido Popular X")
                # ... but one place word after the office's "de", then a full name, is the office's place and
                # its holder, written without a comma ("la exgobernadora de Gagauzia Irina Vlah", "el
                # gobernador de Texas Greg Abbott")
                if not (cut == 0 and len(words) == 3 and not of.group("adj") and _place_then_name(g, text, s, nm, words, titles)):
                    continue
                a = nm.start() + words[1].start()
                name = text[a:b]
            if len(name.split()) == 1 and cut:
                # "President Maduro", "Foreign Minister Lavrov": a known official's surname after a title
                oid = _any_surname_index(g).get(_norm(name))
                if oid and free(a, b):
                    person_m = Mention(a, b, oid, "person")
                    ms.append(person_m)
                    taken.append((a, b))
                elif _mononym(g, text, s, e, a, b, [w.group() for w in words[:cut]], titles, ctx, result.new_entities) and free(a, b):
                    # "Indonesian Foreign Minister Sugiono", "President Prabowo": one name after a title
                    person_m = _new_person(g, name, a, b, ms, taken, result)
                else:
                    continue
            elif len(name.split()) < 2 or set(tokens(name)) & _ORG_WORDS or set(tokens(name)) <= inner_ok:
                continue  # (office names: "para Asuntos Exteriores, X")
        # the title: words to the left (same clause, across an apposition comma) or to the right
        prev_people = [m.end for m in ms if m.entity.startswith("official:") and m.end <= a]
        bound = max([s, *prev_people])
        left = text[bound:a]
        # an acronym in parentheses inside the title ("la presidenta del Tribunal Supremo (TSJ), X")
        # does not end it
        left = _ACR_PAREN.sub("", left)
        # "Sudanese army chief Gen. X", "Dr. X": an abbreviation's dot does not end the title
        left = _ABBR_DOT.sub(r"\1 ", left)
        if " de " in left[-40:]:
            left = _RANK_GRADE.sub(lambda h: " " * len(h.group()), left)
        # "The Director-General of Security, Mr X", "el canciller, el señor X": a courtesy word names no office
        # and stands between the title and the name (blanked: offsets hold)
        left = _HONORIFIC_END.sub(lambda h: " " * len(h.group()), left)
        if "," in left[-40:] and _ADDRESS_GATE.search(left, max(0, len(left) - 40)):
            left = _address_after_office(left, titles, inner_ok, person_m is not None)
        # "Su presidente es X", "la ASIO, cuyo director general es X", "whose leader is X": a possessive
        # title joined to the name by a copula is the title written against it (blanked: offsets hold)
        cop = (_POSS_COPULA.search(left) or _ROLE_COPULA.search(left)) if "s " in left else None
        if cop:
            left = left[:cop.start("v")] + " " * (cop.end("v") - cop.start("v"))
        # nor do the dots of "U.S.", "EE.UU." in a title in apposition ("the U.S. ambassador, X"; same
        # length, so offsets hold). (A title written against the name, "U.S. Defense Secretary X", keeps
        # reading as before: the state stays a slot of its own for the signing readers.)
        if left.rstrip().endswith(","):
            left = _DOTTED.sub(_undot, left)
        if _ONE_OF.search(left):
            left = _singular_after_one_of(left, titles)
        cut_at = max(left.rfind(ch) for ch in ";:.“”\"()")
        left = left[cut_at + 1:] if cut_at >= 0 else left
        keep: list[str] = []
        # a group named in lower case ("El líder de los hutíes, X", "el jefe de los talibanes, X") is the title's owner
        group_words = {_norm(text[m.start:m.end]) for m in ms if m.entity.startswith("group:") and bound <= m.start < a
                       and text[m.start:m.start + 1].islower() and " " not in text[m.start:m.end]}
        # (persons21) a group's name in the possessive whose last word is no capitalised word ("Barrio 18's leader, X",
        # "Calle 18's", "MS-13's"): that word is the owner's, part of the title
        group_words |= {_norm(text[m.start:m.end].split()[-1] + text[m.end:m.end + 2]) for m in ms
                        if m.entity.startswith("group:") and bound <= m.start and m.end < a
                        and re.match(r"['’]s?\s", text[m.end:m.end + 3])}
        words_left = left.split()
        rev = list(reversed(words_left))
        modifiers_to = -1  # lower-case words up to this index belong to a possessive title
        after_rank = 0  # words kept after a comma crossed from a bare rank ("..., el almirante X")
        bare_cross = 0  # words kept after a comma crossed from a rank without article ("..., General X")
        for i, w in enumerate(rev):
            wc = w.strip(",")
            wn = _norm(wc)
            if not wn:
                break
            if w.endswith(",") and i > 0:
                # crossing a comma leftwards: only along an apposition chain of titles
                # ("el presidente de transición, el coronel X"), never into a clause ("On a visit to Tehran,");
                # after a bare rank, into the office it follows ("el comandante de la Guardia Costera
                # filipina, el almirante X", "su homólogo saudí, el príncipe X")
                # (English writes a rank bare and capitalised: "Pakistan's army chief, Field Marshal X")
                # (Spanish communiqués write it bare in lower case: "el Ministro de la Defensa, general de división X")
                bare_rank = keep and (keep[0][:1].isupper() or _norm(keep[0]) in _ES_BARE_RANKS) \
                    and all(_norm(k) in _RANKS or _norm(k) in _HONORIFICS for k in keep)
                if bare_rank and _norm(keep[0]) not in ("the", "el", "la") and not bare_cross:
                    bare_cross = len(keep)
                # (an office of its own after the comma is one title, not the tail of one before, unless an office
                # word comes before the comma, as after a rank: "by the Indian External Affairs Ministry, the
                # Spokesperson, X" is no ministry's spokesperson; "El presidente de la Comisión, el congresista X" is)
                own_office = any(_norm(k) in titles and _norm(k) not in _RANKS and _norm(k) not in _HONORIFICS for k in keep)
                if own_office and not after_rank:
                    after_rank = len(keep)
                if not (keep and (_norm(keep[0]) in ("the", "el", "la") or bare_rank)
                        and (wn.split()[-1] in titles or wn in inner_ok)):
                    if not (keep and (_norm(keep[0]) in ("the", "el", "la") or (bare_rank and _norm(keep[0]) in _ES_BARE_RANKS))
                            and not after_rank
                            and all(_norm(k) in _RANKS or _norm(k) in _HONORIFICS for k in keep)
                            and (wc[:1].isupper() or (wn,) in g.demonym_of)):
                        break
                    after_rank = len(keep)  # (kept only if an office word comes before the comma)
            if i > 0 and wc[:1].isupper() and not keep[0][:1].isupper() and (wn in ctx.surnames or wn in here):
                break  # "Lopez and Defence Minister X": a person met before is not part of the title
            if i > 0 and wc[:1].isupper() and not w.endswith(",") and _norm(keep[0]) in ("el", "la", "los", "las", "the") \
                    and wn not in titles and wn not in _MONTHS_DAYS and i + 1 < len(rev) and _norm(rev[i + 1]) in ("en", "in", "at", "desde"):
                break  # "firmaron en Teherán el entonces ministro X": the place of the act before the article opening the
                # title is no word of it ("firmaron por Chile el canciller X" still names the state served)
            if wn == "mayor" and keep and _norm(keep[0]) in ("del", "de", "la", "el", "los", "las"):
                break  # "el hijo mayor del presidente X": Spanish "mayor" is "older", no office before a Spanish word
            if wn in ("under", "bajo") and keep and _norm(keep[0]) not in ("secretary", "secretaries", "secretario", "secretaria"):
                break  # (roles23) "served as finance minister under President X", "ministro bajo el presidente X": the
                # office before "under" is another person's (not "Under Secretary X")
            if wn in _ADJ_TITLE_WORDS and keep and _norm(keep[0]) in ("del", "de", "de la", "la", "el") and i + 1 < len(rev) \
                    and rev[i + 1][:1].islower() and _norm(rev[i + 1].strip(",")) not in _OFFICIAL_NOUN_LEAD \
                    and _norm(rev[i + 1].strip(",")).split()[-1:] != [] and _norm(rev[i + 1].strip(",")).split()[-1] not in titles:
                break  # (roles23) "la visita oficial del secretario de Estado X", "la residencia oficial del primer ministro X":
                # "oficial" after a noun is its adjective, no officer; the title is the one after "del"
            if wn in ("press", "urge", "ask", "push", "lobby") and keep and _norm(keep[0]) not in _PRESS_TITLE_HEADS:
                break  # "flew to Malabo to press President X": a verb of the clause, not "press secretary"
            if wn in ("to", "in", "ante") and i + 1 < len(rev) and _norm(rev[i + 1]) in _POSTED_TITLES:
                keep.insert(0, wc)  # "Pakistan's envoy to Afghanistan, X": the posting is part of the title
                continue
            if wn == "ante" and any(_norm(r.strip(",")) in _POSTED_TITLES for r in rev[i + 1:i + 5]) \
                    and not any(r.endswith(",") for r in rev[i + 1:i + 5]):
                # (roles23) "el embajador de Colombia ante la ONU, X", "el representante colombiano ante la OEA, X": the
                # owner between the posted title and "ante", the posting after it: one title
                keep.insert(0, wc)
                continue
            if i == 0 and len(rev) > 1 and _norm(rev[1].strip(",")).split()[-1:] and _norm(rev[1].strip(",")).split()[-1] in titles \
                    and (wc in g.party_labels or wn in _US_PARTY_ES) and wc[:1].islower():
                keep.insert(0, wc)  # "el senador republicano X", "la diputada socialista X": the party label is no title word,
                continue  # the seat before it is (the membership is read from the label: people.party_label_members)
            if i > modifiers_to and not (wc[:1].isupper() or all(t in inner_ok for t in wn.split())
                                         or (wn,) in g.demonym_of or wn in COUNTERPART_WORDS or wn in _POSS or wn in _WHOSE
                                         or wn in group_words):
                j = _possessive_modifiers(rev, i, keep, titles)
                if j < 0:
                    break
                modifiers_to = j - 1
            keep.insert(0, wc)
            if len(keep) >= 12 or wn in _WHOSE:
                break
        if bare_cross and len(keep) > bare_cross and not any(w[:1].isupper() for w in keep[:-bare_cross]):
            # ("the ministry's spokesman, Brigadier General X": only an owner named in the title crosses the
            # comma; one the reader would have to find, "the ministry's", "the group's", is left to the rank)
            keep = keep[-bare_cross:]
        if after_rank and not any(t in titles for t in tokens(" ".join(keep[:-after_rank]))):
            keep = keep[-after_rank:]  # "En Bogotá, el general X": a place, not an office, before the comma
        # "talks with Hamas and Qatar's Prime Minister X": an actor coordinated before the
        # title is not part of it, nor the state or group the person serves
        for k in range(len(keep) - 2, 0, -1):
            if _norm(keep[k]) in ("and", "y", "e") and keep[k - 1][:1].isupper() \
                    and not any(t in titles for t in tokens(" ".join(keep[:k]))) \
                    and any(t in titles for t in tokens(" ".join(keep[k + 1:]))):
                head = " ".join(keep[:k])
                if any(hm.entity and hm.kind != "demonym" for hm in gazetteer_mentions(g, head, 0, len(head))):
                    keep = keep[k + 1:]
                break
        while keep and (_norm(keep[0]) in _LEFT_STOP or (_norm(keep[0]) in _LEFT_TIME and len(keep) > 1
                                                         and keep[1][:1].isupper())):
            keep.pop(0)
        role_phrase = None
        left_title = False
        lt = tokens(" ".join(keep))
        right = _RIGHT_TITLE.match(text[b:e])
        if right and set(tokens(right.group(1))[:4]) & kinship.WORDS:
            right = _KIN_THEN_TITLE.match(text[b:e]) or right
        if right and not (any(t in titles for t in tokens(right.group(1))[:8]) and _apposition_title(g, right.group(1), titles)):
            right = None
        if right and _ATTRIBUTION_LEAD.search(text, max(s, a - 40), a) and _NAME_NEXT.match(text, b + right.end(1)):
            # (roles24) "Según Katz, el comandante de la Fuerza Quds, Esmail Qaani, ...", "According to X, the leader of
            # Hezbollah, Y, ...": the source's clause ends at its comma; the title is the next name's
            right = None
        # (a one-word former office before an official the gazetteer knows is left to the gazetteer,
        # which confirms it or not: "el expresidente X" when X was a minister)
        if lt and lt[-1] not in ("of", "de", "at", "en", "in", "del") and any(
                t in titles and not (person_m is not None and t.startswith("ex") and t[2:] in titles) for t in lt):
            role_phrase = " ".join(keep)
            rp_start = text.rfind(keep[0], bound, a)
            left_title = True
            if right and set(lt) <= _RANKS and not _owner_free(g, text, b + right.start(1), b + right.end(1), ms) \
                    and (canonical_role(g, right.group(1))[1]
                         or (canonical_role(g, right.group(1))[0] or "") not in _RANKS | {"", "officer", "oficial", "official"}):
                # "Gen. X, commander of Nigeria's army", "el jeque X, emir de Catar": a rank or
                # honorific names no owner; the apposition that does is the office
                role_phrase, rp_start, left_title = right.group(1), b + right.start(1), False
        else:
            if right:
                role_phrase = right.group(1)
                rp_start = b + right.start(1)
            else:
                # "X, who served as defence minister until 2019", "X, quien fue canciller"
                rel = _ROLE_RELATIVE.match(text, b, e)
                if rel and any(t in titles for t in tokens(rel.group("r"))[:5]):
                    role_phrase = rel.group("r")
                    rp_start = rel.start("r")
        led = None
        body_of = False
        verb_office = None
        if role_phrase is not None and not _org_in(g, role_phrase, [m for m in ms if rp_start <= m.start < rp_start + len(role_phrase)]):
            # "X, the former police officer who leads the Y gang": the office the verb names wins
            # over a title that ties the person to nothing
            lr = _leads_after(text, b, e)
            if lr and _group_at(ms, lr.end(), text) and not _other_person(ms, b, lr.end(), person_m):
                if left_title and canonical_role(g, role_phrase)[1]:
                    # "President X, who led HTS until its dissolution": a state's office written before the name
                    # stays; the group's office is one more (non-actor) mention once the person is read
                    verb_office = (_verb_role(lr.group("v"), _group_at(ms, lr.end(), text), g, result.new_entities),
                                   _group_at(ms, lr.end(), text), bool(_PAST_LED.fullmatch(lr.group("v"))))
                else:
                    led = _group_at(ms, lr.end(), text)
                    role_phrase, rp_start = _unit_office(text, ms, lr.end(), led) or _verb_role(lr.group("v"), led, g, result.new_entities), a
            if not led and not left_title and (ctx.para_opener or "").startswith("group:"):
                # (names22) "It is led by X, a Tuareg veteran of the 1990s rebellions": an apposition that ties the
                # person to nothing describes the leader the pronoun's verb names
                lb = _LED_BY.search(text, max(s, a - 60), a)
                pl = _PRONOUN_LED.fullmatch(text, s, lb.start()) if lb and (lb.group("v") or lb.group("ve")) else None
                if pl and pl.group("cop"):
                    led = ctx.para_opener
                    role_phrase, rp_start = _verb_role(lb.group("v") or lb.group("ve"), led, g, result.new_entities), a
        if role_phrase is None:
            lb = _LED_BY.search(text, max(s, a - 60), a)
            lr = _leads_after(text, b, e)
            if lb:
                # (the nearest before the verb: discovered groups are appended after the gazetteer's)
                # ("the anti-Taliban group led by X": the group an "anti-"/"pro-" word names is not the one led)
                grp = sorted((m for m in ms if s <= m.start and m.end <= lb.start() and m.entity.startswith("group:")
                              and not re.search(r"\b(?:anti|pro|contra)-?\s?$", text[max(s, m.start - 6):m.start], re.I)
                              # (names22) a possessor qualifies another noun: "JNIM, al-Qaeda's branch in the Sahel, is led by"
                              and text[m.end:m.end + 2] not in ("'s", "’s")),
                             key=lambda m: m.end)
                if grp and not _led_is_nearest(text, grp, lb.start(), ms):
                    # "la filial de Al Qaeda dirigida por X" (the affiliate is led; an apposition before it names it),
                    # "a Mercosur partner whose government, headed by X", "bandas como A y B y está encabezada por X"
                    led = _apposed_head(text, grp, lb.start())
                    grp = []
                    if led is None:
                        continue
                else:
                    led = None
                if not grp and led is None and (ctx.para_opener or "").startswith("group:") \
                        and (pl := _PRONOUN_LED.fullmatch(text, s, lb.start())) and (pl.group("cop") or lb.group("vq")
                                                                                        and text[lb.start():lb.start() + 3].lower() in ("lo ", "la ")):
                    # (names22) "JNIM is al-Qaeda's branch in the Sahel. It is led by X", "El ELN opera en Arauca. Hoy
                    # está dirigido por X": a subject pronoun (or none, in Spanish) is the group the sentence before
                    # opened on
                    led = ctx.para_opener
                led = led or (grp[-1].entity if grp else ((ctx.near_group or salient_group) if not ctx.group_tie and re.search(
                    r"\b(?:group|movement|militia|organi[sz]ation|rebels|party|gang|guerrilla|faction|grupo|movimiento|"
                    r"milicia|organización|partido|banda|facción)\b",
                    text[max(s, lb.start() - 60):lb.start()], re.I) else None))
                if led:
                    role_phrase, rp_start = _verb_role(lb.group("v") or lb.group("ve") or lb.group("vq") or lb.group("vu"), led, g,
                                                       result.new_entities), a
            elif (ctx.para_opener or "").startswith("group:") and _OPENER_LEAD.fullmatch(text[s:a]) \
                    and _LEADS_IT.match(text, b, e):
                # (names22) "The Houthi movement controls Sanaa. Abdul-Malik al-Houthi has led it since 2004": the
                # object pronoun is the group the sentence before opened on
                led = ctx.para_opener
                role_phrase, rp_start = _verb_role(_LEADS_IT.match(text, b, e).group("v"), led, g, result.new_entities), a
            elif person_m is not None and lr and _group_at(ms, lr.end(), text) and not _other_person(ms, b, lr.end(), person_m):
                # only for people already known (gazetteer or met before): on unseen text a new
                # name before "who leads" added a false actor (blind2 fp +1)
                led = _group_at(ms, lr.end(), text)
                role_phrase, rp_start = _unit_office(text, ms, lr.end(), led) or _verb_role(lr.group("v"), led, g, result.new_entities), a
        if role_phrase is not None and left_title and not led and not right:
            # (persons21) "Mali, now led by General X", "Burkina Faso, dirigida por el capitán X", "the AFC, led by former
            # electoral commission chief X", "Somaliland, by then led by a new president, X": the body before the verb is
            # led whatever the title written before the name; a rank, a nationality or an office held before names no
            # other owner, so the office is the verb's ("leader"); an office of no owner is the body's
            pre = _LED_TITLE_ART.sub(" ", text[max(s, rp_start - 60):rp_start], count=1)
            lbt = _LED_BY.search(pre) if pre.endswith((" ", "\t")) else None
            lead_words = set(tokens(text[max(s, rp_start - 60) + lbt.end():rp_start])) if lbt else set()
            if lbt and (lbt.group("v") or lbt.group("ve")):
                at = max(s, rp_start - 60) + lbt.start()
                cand = sorted((m for m in ms if s <= m.start and m.end <= at and m.entity.startswith(("group:", "state:"))
                               and m.kind != "demonym" and m is not person_m
                               and not re.search(r"\b(?:anti|pro|contra)-?\s?$", text[max(s, m.start - 6):m.start], re.I)),
                              key=lambda m: m.end)
                body = None
                if cand and _LED_GAP_TITLE.fullmatch(text, cand[-1].end, at) and _led_is_nearest(text, cand, at, ms):
                    body = cand[-1].entity
                rtk = [t for t in tokens(role_phrase) if t not in ("the", "a", "an", "el", "la", "now", "then", "ahora")]
                if body and not _org_in(g, role_phrase, [m for m in ms if rp_start <= m.start < rp_start + len(role_phrase)
                                                          and m is not person_m]):
                    verb = lbt.group("v") or lbt.group("ve")
                    if all(t in _RANKS or t in _HONORIFICS or (t,) in g.demonym_of for t in rtk) \
                            or (set(rtk) | lead_words) & _FORMER:
                        role_phrase, rp_start, left_title = _verb_role(verb, body, g, result.new_entities), a, False
                        led = body
                    elif set(rtk) - _LED_TITLE_ADJ <= _LED_BODY_OFFICES:
                        led = body  # ("a meeting of the Defence Council chaired by army chief X": the army's chief, no council's)
        if (role_phrase is None or left_title) and not right and _GROUP_OF_PERSON.search(text, max(s, a - 40), a):
            # (not over an office said after the name: "the government of Colonel X, Mali's transitional president")
            # ("al ejército del coronel X, presidente de la transición": the apposition's office)
            body = _body_of_person(g, text, s, a, ms, person_m)
            if body:
                (role_phrase, led), rp_start, left_title = body, a, False
                body_of = True
        if role_phrase is None:
            continue
        rp_end = rp_start + len(role_phrase)
        # (a verb's role, "liderado por X", is placed at the name: the person is no word of their own title)
        # (an actor whose name the title's first word ends: "Los Chapitos' security chief" read from "Chapitos'")
        rp_ms = [m for m in ms if (rp_start <= m.start < rp_end or m.start < rp_start < m.end and text[m.end:m.end + 1] in "'’")
                 and m.entity and m is not person_m]
        # "ambassador in Berlin", "embajador ante la ONU": the posting, not the state served
        # and "Saudi-backed Yemeni Prime Minister": the sponsor is not the owner
        # ("adviser to Iran's president" serves Iran: "to" is a posting only for a diplomat)
        posted = bool(set(tokens(role_phrase)) & (_POSTED_TITLES | _POSTED_BODIES))
        org_ms = [m for m in rp_ms if not ((pm := _POSTING.search(text, max(rp_start, m.start - 12), m.start))
                                           and (posted or not pm.group().lower().startswith("to")))
                  and not _SPONSOR_AFTER.match(text, m.end) and not _QUALIFIER_AFTER.match(text, m.end)]
        org = led or _org_in(g, role_phrase, org_ms, text)
        if org and org.startswith("group:") and g.get(org) is None and any(
                x.entity == org and any(d.kind == "demonym" and not text[x.end:d.start].strip() for d in rp_ms)
                for x in org_ms):
            # "la Guardia Costera filipina": a body found by its common name and qualified by a
            # demonym is that state's, which the found entity does not say: no owner rather than
            # one coast guard for every state
            org = None
        if org is None and left_title:
            # (persons21) "three North Korean generals, including Defence Minister X", "cuatro funcionarios iraníes, entre
            # ellos el ministro de Defensa X": one of the people the demonym qualifies serves its state
            inc = _INCLUDING_BEFORE.search(text, max(s, rp_start - 90), rp_start)
            dem = (inc.group("d1") or inc.group("d2")) if inc else None
            sid = g.demonym_of.get(tokens(dem)) if dem else None
            if sid and not set(tokens(role_phrase)) & COUNTERPART_WORDS:
                org = sid
        if org is None and left_title:
            # "Osman's aide, X", "Petro's spokesman X": a person met earlier owns the title; X serves
            # the state that person's title tied them to
            own = _PERSON_POSS.match(role_phrase)
            sur = _norm(own.group(1)) if own else ""
            oid = here[sur].entity if sur in here else ctx.surnames.get(sur)
            porg = ((here[sur].org if sur in here else None) or ctx.person_org.get(oid)) if oid else None
            if porg and any(t in titles for t in tokens(role_phrase[own.end():])):
                org, role_phrase = porg, role_phrase[own.end():]
                rp_start += own.end()
        rtoks = tokens(role_phrase)
        if org is None and left_title and not COUNTERPART_WORDS & set(rtoks) and not set(rtoks) <= _RANKS:
            # "Japanese Foreign Minister X and Defense Minister Y": a coordinated title shares the state
            # (a bare rank names no owner to share: "Colonel Assimi Goita, Captain Ibrahim Traore and General
            # Abdourahamane Tiani" are three states' leaders)
            # (a counterpart's never: "el ministro de Defensa X y su homólogo Y" serves the other state)
            prev = [m for m in ms if m.entity.startswith("official:") and m.org and m.end <= rp_start]
            if prev and re.fullmatch(r"\s*(?:,\s*)?(?:and|y|e)\s+(?:the\s+|el\s+|la\s+)?", text[prev[-1].end:rp_start]):
                # (not a title with an owner of its own the reader does not know: "Ethiopia's prime minister,
                # X, and Somaliland's then president, Y", "y el presidente de Somalilandia, Y"; a portfolio is
                # no owner: "y el ministro de Defensa, Y" shares the state)
                # (nor a known official's own office: "European Commission President X and President Aliyev")
                known = person_m is not None and g.get(person_m.entity) is not None and any(
                    r.role == canonical_role(g, role_phrase)[0] for r in g.roles_of(person_m.entity))
                if not _OWN_OWNER.match(role_phrase) and not known:
                    org = prev[-1].org
            else:
                # "Lopez and Defence Minister X", with Lopez met earlier under a title of a state:
                # the coordinated official serves the same state
                sm = re.search(r"([\w’'-]+)\s*,?\s+(?:and|y|e)\s+(?:the\s+|el\s+|la\s+)?$", text[max(s, rp_start - 40):rp_start])
                sur = _norm(sm.group(1)) if sm and sm.group(1)[:1].isupper() else ""
                oid = here[sur].entity if sur in here else ctx.surnames.get(sur)
                porg = ((here[sur].org if sur in here else None) or ctx.person_org.get(oid)
                        or g.state_of(oid, None)) if oid else None
                # (not a known official whose office of that title is another state's, that state named in the
                # sentence: "Kenia y Haití firmaron ..., rubricados por el presidente William Ruto y el entonces
                # primer ministro Ariel Henry", Kenya's and Haiti's)
                own = {r.of for r in g.roles_of(person_m.entity) if r.role == canonical_role(g, role_phrase)[0]} \
                    if person_m is not None and g.get(person_m.entity) is not None else set()
                # (nor one the gazetteer gives that office in another state at all: "Prime Minister Kyriakos Mitsotakis
                # and President Recep Tayyip Erdoğan" are Greece's and Türkiye's, no state named)
                other = porg not in own and bool({o for o in own if o.startswith("state:")})
                if porg and porg.startswith("state:") and not other:
                    org = porg
        if org is None and rtoks and rtoks[0] in _WHOSE:
            # "Israel, whose ambassador in Berlin, X": the state or group the relative refers to
            prev = [m for m in ms if m.end <= rp_start and m.entity.startswith(("state:", "group:"))
                    and m.kind != "demonym"]
            # only the actor the relative follows ("the forces of Jubaland, whose leader, X": Jubaland, no
            # actor; not the state named earlier in the sentence)
            org = prev[-1].entity if prev and _WHOSE_GAP.fullmatch(text, prev[-1].end, rp_start) else None
        if org is None and rtoks and rtoks[0] in _POSS and not any(t in COUNTERPART_WORDS for t in rtoks):
            # (a counterpart's possessive is the other official's: "X, founder of the Y movement, met his
            # counterpart, Z": Z serves neither Y nor X's state)
            # "Belgium welcomed it, and its foreign minister X": the nearest state or group named
            # before in the sentence, not the story's main group; that one only for a group's
            # own titles ("Its leader, X"), never for a minister or head of government
            # (persons21: a president or an emir is a group's too, "the NUG ... Its acting president, X", "JNIM ...; its
            # emir is X": either kind, the sentence or the paragraph deciding which)
            state_only = set(rtoks) & (_STATE_ONLY_TITLE - _GROUP_TOO)
            kinds = ("state:",) if state_only else ("state:", "group:")
            near = [m for m in ms if m.end <= rp_start and m.entity.startswith(kinds) and m.kind != "demonym"
                    and not _OTHER_PARTY_BEFORE.search(text, max(s, m.start - 16), m.start)]
            # (persons21) a colon or semicolon ends a clause: "the LDP has lost its partner: Komeito left, and its leader, X"
            # is Komeito's (the clause's own actors, when it names one)
            cut = max(text.rfind(":", s, rp_start), text.rfind(";", s, rp_start))
            if cut >= 0 and any(m.start > cut for m in near):
                near = [m for m in near if m.start > cut]
            opening = not text[s:rp_start].strip(" \t\"“‘'")
            boss = [m for m in ms if m.entity.startswith("official:") and m.org and m.end <= rp_start]
            if rtoks[0] in ("his", "her") and boss:
                org = boss[-1].org  # "Deif, commander of the Qassam Brigades, and his deputy, X": the person's body
            elif near:
                # "sanctioned Hamas and its leader X": the one just named; "Hezbollah fired at Israel,
                # and its leader X": either actor, so none unless the sentence names only one
                coordinated = _NP_AND.fullmatch(text, near[-1].end, rp_start)
                # ("Washington designated it ... and named its leader, X": "its" is the pronoun's,
                # whose antecedent is in another sentence, not the actor named before it; a minister's
                # "its" is still a state's: "Belgium welcomed it, and its foreign minister X")
                if (coordinated or len({m.entity for m in near}) == 1) \
                        and not (_OBJECT_PRONOUN.search(text, near[-1].end, rp_start) and not set(rtoks) & _STATE_ONLY_TITLE):
                    org = near[-1].entity
                elif rtoks[0] in ("its", "su") and len({m.entity for m in near}) > 1 and len(
                        own := {m.entity for m in near if text[m.end:m.end + 2] not in ("'s", "’s") and not (
                            m.entity.startswith("state:") and _IN_PLACE_BEFORE.search(text, max(s, m.start - 40), m.start))}) == 1 \
                        and next(iter(own)).startswith("group:"):
                    # (names22) "JNIM is al-Qaeda's branch in the Sahel; its emir is X", "Al-Shabaab, al-Qaeda's affiliate
                    # in Somalia, ... and its spokesman, X": a possessor qualifies another noun and a place is where the
                    # group acts: the one group named otherwise owns the title
                    org = next(iter(own))
                elif rtoks[0] in ("its", "su") and len({m.entity for m in near}) > 1:
                    # (persons21) "JNIM is active in Mali; its emir is X", "Al-Shabaab operates across Somalia and Kenya, and
                    # its leader, X": the group the sentence opens on, every other candidate a place it acts in
                    first = min((m for m in ms if m.start >= s and m.entity.startswith(("state:", "group:"))
                                 and m.kind != "demonym"), key=lambda m: m.start, default=None)
                    if first is not None and first.entity.startswith("group:") and _OPENER_LEAD.fullmatch(text[s:first.start]) \
                            and all(m.entity == first.entity or _IN_PLACE_BEFORE.search(text, max(s, m.start - 40), m.start)
                                    for m in near):
                        org = first.entity
            elif rtoks[0] in ("its", "su") and opening and not state_only \
                    and (ctx.para_opener or "").startswith("group:"):
                # "The ADF began as a rebel movement ... Its leader, X": the group the previous
                # sentence was about, before the story's most discussed one
                org = ctx.para_opener
            elif rtoks[0] in ("its", "their", "su", "sus") and not (set(rtoks) & _STATE_ONLY_TITLE):
                # "its leader" with no antecedent in the sentence nor opening the previous one: no
                # owner (the story's most discussed group was tried: a false owner on blind2, no true one)
                # (names22) ... but the one group the sentence before named, when the title opens this one: "Berlín
                # prohibió las actividades de Samidoun. Su coordinador en Europa, X", "La Lista Serbia, respaldada por
                # Belgrado, no envió a nadie. Su presidente, X"
                if opening and not state_only and len(ctx.prev_groups) == 1:
                    org = ctx.prev_groups[0]
            elif rtoks[0] in ("its", "su") and not text[s:rp_start].strip(" \t\"“‘'") and (
                    ctx.para_subject or len(ctx.para_states) == 1 and set(rtoks) & _MINISTRY_ONLY_TITLE):
                # "Belgium backed the listing. Its foreign minister, X, ...": the state that was the
                # previous sentence's subject, or the one state it named for a title only a state has ("El
                # partido X fue prohibido en Serbia. Su presidente, Y": a party has a president too)
                org = ctx.para_subject or ctx.para_states[0]
        if org is None and not ctx.group_tie and _GROUP_IN_TITLE.search(text[max(s, rp_start - 5):rp_start + len(role_phrase)]):
            # "the group's leader, X", "el líder de la milicia, X": the story's group
            org = salient_group
        if any(t in COUNTERPART_WORDS for t in rtoks):
            # "his Iranian counterpart, X": the role of the other official in the sentence
            # ("Nur thanked his Egyptian counterpart, X": Nur's title from an earlier sentence)
            # (not a former office: "X, HTS's former military commander, is defence minister; ... with his
            # Turkish counterpart, Y": Y is no commander)
            others = [(m.start, m.role or ctx.person_title.get(m.entity)) for m in ms
                      if m.entity.startswith("official:") and m.end <= rp_start and (m.role or ctx.person_title.get(m.entity))
                      and not _left_office(m.role or "")]
            if not others:
                # (a surname alone is marked as a person only after this reader: read it here)
                others = [(w.start(), ctx.person_title.get(ctx.surnames.get(_norm(w.group()), ""))) for w in
                          _CAP_RUN.finditer(text, s, rp_start) if ctx.person_title.get(ctx.surnames.get(_norm(w.group()), ""))]
            if not others and ctx.para_titled and not text[s:rp_start].strip(" \t\"“‘'"):
                # "El canciller maliense, X, acusa a Argel. Su homólogo argelino, Y, lo niega": the sentence
                # opens on the counterpart, of the official the paragraph named last
                others = [(s, ctx.para_titled)]
            if others:
                # (of two joined offices the last, the portfolio: "Deputy Prime Minister and Defence Minister X
                # met his counterpart": the other defence minister)
                canon, _, _ = canonical_role(g, office_parts(g, others[-1][1])[-1])
                if canon and set(canon.split()) <= _RANKS:
                    # ("El general X ... Su homólogo burkinés, el capitán Y": a rank is no office the other holds)
                    role_phrase, org = canonical_role(g, role_phrase)[0] or role_phrase, None
                elif canon:
                    role_phrase = canon
        former = any(t in _FORMER or (t.startswith("ex") and t[2:] in titles) for t in rtoks)
        if person_m is None:
            # drop state/group mentions that are part of the name ("al-Houthi")
            for m in [m for m in ms if m.start >= a and m.end <= b and not m.entity.startswith("official:")]:
                ms.remove(m)
                if (m.start, m.end) in taken:
                    taken.remove((m.start, m.end))
            if not free(a, b):
                continue
            person_m = _new_person(g, name, a, b, ms, taken, result)
        person_m.role, person_m.org, person_m.former = role_phrase, org, former
        if verb_office is not None:
            ms.append(Mention(person_m.start, person_m.end, person_m.entity, "person", role=verb_office[0],
                              org=verb_office[1], former=verb_office[2], actor=False))
        if body_of:
            # the body is the clause's actor, its ruler a word of it ("the junta of General X signed", "el G9 de X,
            # alias Barbecue, y su rival G-Pèp sellaron una tregua"); the nickname after the name is the same person
            nick = _NICK_AFTER.match(text, b, e)
            for m in ms:
                if m.entity == person_m.entity and (m is person_m or nick and nick.end() == m.start):
                    m.actor = False
        for m in rp_ms:  # demonym/state words inside the title are not actors of their own
            m.actor = False
        if org and left_title:
            # "el director del Servicio Bolivariano de Inteligencia Nacional (SEBIN), X": the body's
            # acronym in brackets between the title and the name is the same body, part of the title
            for m in ms:
                if m.entity == org and m.actor and rp_start <= m.start and m.end <= a and text[m.start - 1:m.start] == "(":
                    m.actor = False
        if left_title and rp_start >= 0 and not any(m.actor and rp_start <= m.start < a for m in ms if m is not person_m):
            person_m.title_start = rp_start
        # a second office said of the same person: "Iran's interior minister, who commanded the
        # Quds Force", "La vicepresidenta, X, líder de Sumar", "its prime minister and foreign
        # minister": one more (non-actor) mention carrying it, so each office gives its claim
        for role2, org2 in _more_offices(g, text, b, e, ms, person_m, role_phrase, org):
            ms.append(Mention(person_m.start, person_m.end, person_m.entity, "person", role=role2, org=org2,
                              actor=False))


# a state office in lower case before a lone surname ("el canciller Albares", "la presidenta
# Sheinbaum", "Brazil's president Lula"): unless a person met earlier has that surname, the known
# official of that surname who holds such an office on the day (a capitalised title,
# "President Maduro", is read with the name run). Not ranks or generic titles: "el general Ruiz", "el
# fiscal Pérez" name people the gazetteer rarely holds.
_LONE_SURNAME = literals.compile(r"\b(?P<t>president|presidente|presidenta|mandatari[oa]|canciller|minister|ministr[oa]|premier|"
                           r"vicepresident[ea]|king|queen|rey|reina|emir)\s+(?P<n>[A-ZÁÉÍÓÚÑ][\w'’-]+)(?![\w'’-]|\s+[A-ZÁÉÍÓÚÑ])")
# the gazetteer offices each of those words names
_LONE_OFFICE = {"president": ("president",), "presidente": ("president",), "presidenta": ("president",),
                "mandatario": ("president", "prime minister"), "mandataria": ("president", "prime minister"),
                "canciller": ("minister of foreign affairs",), "minister": ("minister", "prime minister"),
                "ministro": ("minister", "prime minister"), "ministra": ("minister", "prime minister"),
                "premier": ("prime minister",), "vicepresidente": ("vice president",), "vicepresidenta": ("vice president",),
                "king": ("king",), "queen": ("queen",), "rey": ("king",), "reina": ("queen",), "emir": ("emir",)}


def _lone_surnames(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list,
                   surnames: dict[str, str], published: str | None) -> None:
    for lm in _LONE_SURNAME.finditer(text, s, e):
        a, b = lm.span("n")
        inside = [m for m in ms if m.start <= a < m.end]
        if inside:
            m = inside[0]
            if m.start == a and m.end == b and m.role is None and m.entity.startswith("official:"):
                m.role, m.title_start = lm.group("t"), lm.start()  # an alias of one word ("Lula")
            continue
        if not all(b <= x or a >= y for x, y in taken):
            continue
        sur = _norm(lm.group("n"))
        if sur in surnames or not published:
            continue  # a person met before: the surname reader's, with the office the story gave them
        oid = _any_surname_index(g).get(sur)
        offices = _LONE_OFFICE[_norm(lm.group("t"))]
        if oid and not any(r.role.startswith(offices) and _gz_within(published, r.start, r.end) for r in g.roles_of(oid)):
            oid = None  # "la ministra Fernández" is not the former president Alberto Fernández
        if oid:
            ms.append(Mention(a, b, oid, "person", role=lm.group("t"), title_start=lm.start()))
            taken.append((a, b))


# offices a gazetteer alias starts with ("King Mohammed VI", "Emir Tamim bin Hamad", "Pope Leo XIV",
# "rey Felipe VI"): the alias is matched whole, so no title reader sees the office. (Honorifics that
# are no office, "Sheikh", "Prince", "Mullah", stay part of the name.)
_ALIAS_OFFICES = {"king", "queen", "rey", "reina", "emir", "sultan", "pope", "papa", "ayatollah", "ayatola"}


def _alias_titles(text: str, ms: list[Mention]) -> None:
    for m in ms:
        if m.role is None and m.kind == "name" and m.entity.startswith("official:"):
            first = text[m.start:m.end].split(None, 1)
            if len(first) == 2 and _norm(first[0]) in _ALIAS_OFFICES:
                m.role, m.title_start = first[0], m.start


_CAT_LEAD = literals.compile(r"(?:banda|pandilla|grupo|milicia|guerrilla|c[áa]rtel|coalici[óo]n|movimiento|facci[óo]n|"
                       r"militia|gang|group|coalition|faction|cartel)(?:\s+[a-záéíóúñ]+)?\s+$")


_ACR_PAREN = literals.compile(r"\s\([A-Z][A-Za-z]{1,9}\)(?=,)")


def _other_person(ms: list[Mention], a: int, b: int, person: Mention | None) -> bool:
    """Someone other than `person` is named in text[a:b] (a nickname of the same person is not)."""
    return any(m.entity.startswith("official:") and a <= m.start < b and (person is None or m.entity != person.entity)
               for m in ms)


_GROUP_REF_NOUNS = {"group", "militia", "movement", "organization", "organisation", "grupo", "milicia", "movimiento",
                    "organizacion", "guerrilla", "gang", "banda", "cartel"}
# "the group's leader", "the militia's commander", "el líder de la milicia": a title of the group
# the story is about (a definite article: "a militia leader" names no particular group)
_GROUP_IN_TITLE = literals.compile(r"\b(?:the|this|el|la|del|esta|este)\s+(?:[a-z]+\s+)?(?:group|militia|movement|organi[sz]ation|"
                             r"grupo|milicia|movimiento|organización|guerrilla|gang|banda|cartel|cártel)(?:['’]s)?\b"
                             r"(?!\s+(?:of|de|del)\b)", re.I)
_AND_TITLE = literals.compile(r"\s+(?:and|y)\s+(?:(?:the|el|la)\s+)?")
_LATER_BEFORE = literals.compile(r"\b(?:and|y)\s+(?:later|then|subsequently|afterwards|luego|después|posteriormente|más\s+tarde)"
                           r"\s+(?:(?:the|el|la)\s+)?$", re.I)
_LATER_OFFICE = literals.compile(r"\s*,\s*[^;.“”\"()]{3,200}?,?\s(?:and|y)\s+(?:later|then|subsequently|afterwards|luego|después|"
                           r"posteriormente|más\s+tarde)\s+(?P<r>(?:(?:the|a|el|la|un|una)\s+)?[^,;.“”\"()]{3,100}?)"
                           r"(?=\s*[,;.)]|\s*$|\s(?:who|which|between|from|until|since|quien|que|entre|desde|hasta|de\s+\d|in\s+\d|en\s+\d)\b)")
_ALSO_OFFICE = literals.compile(r"\s*,\s*(?:who|quien|que)\s+(?:is\s+also|also\s+serves\s+as|also\s+holds\s+the\s+post\s+of|"
                          r"es\s+también|también\s+es|también\s+ejerce\s+como|ejerce\s+también\s+como)\s+"
                          r"(?:(?:the|a|an|el|la|un|una)\s+)?(?P<r>[^,;:.()“”\"]{3,90}?)(?=\s*[,.;:]|\s*$)")
_TRAILING_OF = literals.compile(r"\s+(?:of|de|del|for|para)(?:\s+(?:the|la|el|los|las))?\s*$|\s+$")


# "líder del MHP y socio del presidente Erdoğan", "and an ally of President X": a second part that names a tie
# to someone, not an office; its title is the other person's
_TITLE_AS_OBJECT = literals.compile(r"^\s*(?:(?:un[ao]?|an?|the|el|la)\s+)?(?:(?:close|old|long-?time|viej[oa]|estrech[oa])\s+)?"
                              r"(?:socio|aliad[oa]|ally|partner|rival|amig[oa]|friend|critic|crític[oa])\b", re.I)


def _more_offices(g: Gazetteer, text: str, b: int, e: int, ms: list[Mention], person: Mention, role: str,
                  org: str | None) -> list[tuple[str, str | None]]:
    """Offices of the person beyond the first title read: a second canonical office sharing the
    first one's owner, or a group office said with a verb; nothing is guessed."""
    out: list[tuple[str, str | None]] = []
    # "prime minister and foreign minister": two titles sharing one owner
    parts = _AND_TITLE.split(role)
    # (both canonical offices: "political analyst and historian" is one person's trade, and
    # "X and his counterpart" is someone else)
    if org and len(parts) == 2 and not set(tokens(role)) & COUNTERPART_WORDS and \
            all(canonical_role(g, p_)[1] for p_ in parts) and canonical_role(g, parts[0])[0] != canonical_role(g, parts[1])[0] \
            and not _TITLE_AS_OBJECT.search(parts[1]):
        out.append((parts[1], org))
    # (a second apposition after the name, "X, líder de Sumar", was tried and dropped: it
    # misassigned owners on unseen text)
    # "X, who is also first secretary of the Communist Party", "X, who also serves as oil minister",
    # "X, quien también es portavoz de Sumar": a second office said as such; its owner is a body
    # named in it, else whatever owns a title with none (the gazetteer's state for a known official)
    also = _ALSO_OFFICE.match(text, b, e)
    if also and any(t in _title_tokens(g) for t in tokens(also.group("r"))):
        ra, rb = also.span("r")
        inner = [m for m in ms if ra <= m.start < rb and m.entity.startswith(("group:", "state:")) and m.kind != "demonym"]
        phrase = text[ra:inner[0].start] if inner else also.group("r")
        phrase = _TRAILING_OF.sub("", phrase)
        if phrase and not _other_person(ms, b, rb, person):
            out.append((phrase, inner[0].entity if inner else None))
    # "X, a former Quds Force commander and later Iran's defence minister", "X, excomandante de la
    # Fuerza Quds, y luego ministro de Defensa de Irán": an office held after the first one
    later = _LATER_OFFICE.match(text, b, e)
    # (the office is the person's own, not a description of its holder today: "ministro de Defensa de Irán")
    desc = [m for m in ms if later and m.kind == "coref" and later.start("r") <= m.start < later.end("r")] if later else []
    if later and any(t in _title_tokens(g) for t in tokens(later.group("r"))[:6]) \
            and not _other_person([m for m in ms if m not in desc], b, later.end("r"), person):
        ra, rb = later.span("r")
        for m in desc:
            ms.remove(m)
        inner = [m for m in ms if ra <= m.start < rb and m.entity.startswith(("group:", "state:")) and m.kind != "capital"
                 and not _POSTING.search(text, max(ra, m.start - 12), m.start)]  # (a place it is held in is no owner)
        owner = next((m.entity for m in inner if m.kind != "demonym"), None) or next((m.entity for m in inner), None)
        if owner and owner != org or owner == org and canonical_role(g, later.group("r"))[0] != canonical_role(g, role)[0]:
            for m in inner:
                m.actor = False
            out.append((later.group("r"), owner))
    lr = _leads_after(text, b, e)
    if lr and not _other_person(ms, b, lr.end(), person):
        grp = _group_at(ms, lr.end(), text)
        if grp and grp != org:
            out.append((_verb_role(lr.group("v"), grp, g), grp))
    return out


# (roles23) the group's name used to qualify the unit that is led ("who leads the Hamas negotiating team", "que encabeza la
# delegación negociadora del ELN" is read elsewhere): the office is the unit's head, never the group's leader
_LED_UNIT_AFTER = literals.compile(r"\s+(?:(?P<neg>negotiating|negotiation|peace(?:\s+talks)?)\s+)?(?P<unit>team|delegation|panel)\b", re.I)


def _unit_office(text: str, ms: list[Mention], pos: int, led: str | None) -> str | None:
    """The office of one who leads a team or delegation of the group named right at `pos` (None when the group itself
    is led): "chief negotiator" for a negotiating team, else "head of delegation"."""
    m = next((x for x in ms if x.entity == led and x.start >= pos), None) if led else None
    um = _LED_UNIT_AFTER.match(text, m.end) if m is not None else None
    if um is None:
        return None
    return "chief negotiator" if um.group("neg") else "head of delegation"


def _group_at(ms: list[Mention], pos: int, text: str = "") -> str | None:
    """The group named right at `pos` ("leads [the] Viv Ansanm coalition", "lidera la banda Los
    Halcones"), if any."""
    for m in ms:
        if m.entity.startswith("group:") and (m.start == pos or pos < m.start <= pos + 30
                                               and _CAT_LEAD.fullmatch(text, pos, m.start)):
            # ("heads the UN mission UNSMIL": the body the organisation's name only qualifies)
            later = sorted((x for x in ms if x.entity.startswith("group:") and x.start >= m.end), key=lambda x: x.start)
            body = named_body(text, [m, later[0]]) if later and text else None
            # ("heads the IRGC's Aerospace Force": the body named after its owner's possessive)
            if body is None and later and text and POSSESSIVE_GAP.fullmatch(text, m.end, later[0].start) \
                    and later[0].kind != "demonym":
                body = later[0]
            return (body or m).entity
    return None


def _possessive_modifiers(rev: list[str], i: int, keep: list[str], titles: set[str]) -> int:
    """"The EU's foreign policy chief", "Canada's public safety minister": up to three lower-case
    modifiers between an owner in the possessive and a title already read. Returns the index
    (in the right-to-left word list) of the possessive word, or -1."""
    if not keep or not any(t in titles for t in tokens(" ".join(keep))):
        return -1
    if _norm(keep[0]) in ("the", "el", "la", "los", "las", "a", "an", "un", "una"):
        return -1  # (persons21) an article opens the title: no possessive before it ("Seoul's ministry summoned the Russian ambassador")
    for j in range(i, min(i + 4, len(rev))):
        w = rev[j]
        if w.endswith(("'s", "’s")) and w[:1].isupper():
            return j
        if not w.isalpha() or not w.islower() or (_norm(w) in _CUT_WORDS and w != "and"):
            return -1  # "peace and security commissioner": only "and" joins modifiers
    return -1


_TITLE_ADJ = {"s", "new", "nuevo", "nueva", "current", "actual", "newly", "recently", "appointed", "named", "elected",
              "incoming", "outgoing", "longtime", "long-time", "veteran", "powerful", "influential", "hardline",
              "then", "flamante", "recién", "nombrado", "nombrada", "designado", "designada", "electo", "electa",
              "saliente", "entrante", "actual", "its", "his", "her", "their", "whose", "cuyo", "cuya"}


def _apposition_title(g: Gazetteer, phrase: str, titles: set[str]) -> bool:
    """", Canada's foreign minister" is a title in apposition; ", witnessed by President X" is a
    clause: before the first title word only proper nouns, demonyms and title words may stand."""
    inner_ok = g._title_inner  # type: ignore[attr-defined]
    modifiers = 0  # lower-case words after an owner in the possessive ("Saudi Arabia's national security adviser")
    for w in re.findall(r"[\w’'-]+", phrase):
        wn = _norm(w)
        if wn.split() and wn.split()[-1] in titles:
            return True
        if w[:1].isupper() and w.endswith(("'s", "’s")):
            modifiers = 3
            continue
        if not (w[:1].isupper() or wn in inner_ok or wn in _POSS or (wn,) in g.demonym_of or wn in _TITLE_ADJ
                or wn in ("un", "una")):  # "X, un comandante retirado": as "a"/"an" in English
            if modifiers and w.isalpha() and w.islower() and (wn not in _CUT_WORDS or wn == "and"):
                modifiers -= 1
                continue
            return False
    return False


_ACRONYM_AGENCY = literals.compile(
    r"(?P<desc>\b(?:[A-Za-zÁÉÍÓÚáéíóúñ'’-]+\s+){0,5}?(?:secretariat|agency|unit|office|commission|service|ministry|"
    r"directorate|bureau|council|police|command|secretaría|agencia|unidad|oficina|comisión|servicio|ministerio|"
    r"dirección|consejo|policía|comando))\s*(?:,\s*|\(\s*)(?P<acr>[A-Z]{3,10})\b")


_CAPS = literals.compile(r"\b[A-Z]{3,10}\b")


def _acronym_agencies(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    """Agencies named by an acronym after their description: "Paraguay's anti-money-laundering
    secretariat, SEPRELAD" -> a Group of that state (not in the gazetteer)."""
    if not _CAPS.search(text, s, e):
        return  # no acronym in the sentence: skip the (slow) description scan
    for am in literals.finditer(_ACRONYM_AGENCY, text, s, e):
        a, b = am.start("acr"), am.end("acr")
        if any(not (b <= x or a >= y) for x, y in taken):
            continue
        lo = max(s, am.start("desc") - 25)
        states = [m for m in ms if m.entity.startswith("state:") and lo <= m.start < am.end("desc")]
        country = states[-1].entity if states else None
        gid = ids.entity_id("Group", am.group("acr"))
        if g.get(gid) is None and gid not in result.new_entities:
            result.new_entities[gid] = Group(id=gid, name=am.group("acr"), aliases=[am.group("desc").strip()],
                                             kind="agency", country=country)
        ms.append(Mention(a, b, gid, "name"))
        taken.append((a, b))


_ORG_HEADS = {
    "cartel": "cartel", "cártel": "cartel", "clan": "cartel", "gang": "cartel", "front": "armed group",
    "frente": "armed group", "army": "armed force", "ejército": "armed force", "brigades": "armed group",
    "brigadas": "armed group", "brigade": "armed group", "movement": "armed group", "movimiento": "armed group",
    "party": "political party", "partido": "political party", "forces": "armed force", "fuerzas": "armed force",
    "force": "armed force", "fuerza": "armed force", "militia": "armed group", "milicia": "armed group",
    "organization": "organisation", "organisation": "organisation", "organización": "organisation",
    "council": "agency", "consejo": "agency", "guard": "armed force", "guardia": "armed force", "corps": "armed force",
    "command": "armed force", "comando": "armed force", "group": "organisation", "grupo": "organisation",
    "alliance": "IGO", "alianza": "IGO", "league": "organisation", "liga": "organisation", "agency": "agency",
    "agencia": "agency", "ministry": "agency", "ministerio": "agency", "service": "agency", "servicio": "agency",
    "office": "agency", "oficina": "agency", "department": "agency", "departamento": "agency",
    "directorate": "agency", "dirección": "agency", "bureau": "agency", "secretariat": "agency", "secretaría": "agency",
    "institute": "institution", "instituto": "institution", "university": "institution", "universidad": "institution",
    "court": "agency", "corte": "agency", "tribunal": "agency", "congress": "agency", "congreso": "agency",
    "senate": "agency", "senado": "agency", "assembly": "agency", "asamblea": "agency", "parliament": "agency",
    "parlamento": "agency", "commission": "agency", "comisión": "agency", "committee": "agency",
    "comité": "agency", "foundation": "organisation", "fundación": "organisation", "company": "company",
    "corporation": "company", "bank": "company", "banco": "company", "network": "organisation",
    "brotherhood": "armed group", "hermandad": "armed group", "battalion": "armed force",
    "batallón": "armed force", "police": "armed force", "policía": "armed force", "navy": "armed force",
    "armada": "armed force", "navy": "armed force",
    # think tanks and research bodies, whose analysts news quotes ("Prishtina Policy Forum", "Centre for Strategic
    # Studies", "Centro de Estudios del Dniéster", "Observatorio Venezolano de Violencia")
    "forum": "organisation", "foro": "organisation", "centre": "institution", "center": "institution",
    "studies": "institution", "estudios": "institution", "observatory": "institution", "observatorio": "institution",
}
# a state's legislature or court, whose Spanish demonym after the name says whose it is ("la Asamblea Nacional
# venezolana", "el Congreso peruano", "la Corte Suprema argentina"): it acts for that state
_STATE_ORGAN_HEADS = frozenset({"asamblea", "congreso", "senado", "parlamento", "corte", "tribunal", "cancillería"})
_ORG_RUN = literals.compile(r"(?<![\w’'-])(?:[A-ZÁÉÍÓÚÑ][\w’'-]*\.?)(?:\s+(?:(?:of|the|for|and|de|del|la|las|los|y|e|para)\s+)*"
                      r"[A-ZÁÉÍÓÚÑ][\w’'-]*\.?)+")


_OFFICIAL_NAME_HEAD = literals.compile(r"\b(?:Government|Gobierno|Cabinet|Gabinete|Council|Consejo|Ministry|Ministerio)\s+"
                                 r"(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?$")
# words that can open a sentence in capitals before an organisation's name ("Según la Policía")
_ORG_LEAD = {"the", "la", "el", "los", "las", "según", "segun", "tras", "para", "con", "desde", "ante", "por", "en",
             "de", "del", "a", "al", "according", "after", "for", "with", "from", "by", "in", "of", "to", "and", "y",
             "as", "como"}


# a sentence's opening time phrase in capitals ("On Tuesday Guatemala's Congress passed ..."): the
# date of the sentence, never part of the name (read into it, the date was lost to every fact)
_TIME_LEAD = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunes", "martes",
              "miércoles", "jueves", "viernes", "sábado", "domingo", "january", "february", "march", "april", "june",
              "july", "august", "september", "october", "november", "december", "enero", "febrero", "marzo", "abril",
              "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "last", "next",
              "early", "late", "pasado", "on", "since", "until", "during", "durante", "hasta"}
_HEAD_WORDS = literals.compile(r"\b(?:" + "|".join(sorted({k.capitalize() for k in _ORG_HEADS}, key=len, reverse=True)) + r")\b")
_HEAD_CAPS = frozenset(k.capitalize() for k in _ORG_HEADS)  # (each a whole \w+ word: what _HEAD_WORDS matches)
_HEAD_NORMS = frozenset(map(scan_norm, _HEAD_CAPS))


def _head_word_in(text: str, s: int, e: int) -> bool:
    """Whether _HEAD_WORDS.search(text, s, e) finds one: a token of the document's token pass
    (loaders.scan) that is a capitalised head word. Measured on 300 synthetic articles: the
    regex over every sentence ~0.28 ms per article (86 cased words tried at every offset)."""
    toks = DocTokens.of(text)
    span = toks.within(s, e)
    if span is None:  # (a span cutting a word: never a sentence)
        return _HEAD_WORDS.search(text, s, e) is not None
    starts, ends = toks.starts, toks.ends
    return any(text[starts[h]:ends[h]] in _HEAD_CAPS for h in toks.hits(_HEAD_NORMS, *span))


_AGREEMENT_WORD = literals.compile(r"(?:Agreements?|Accords?|Treaty|Treaties|Pacts?|Memorand(?:um|a)|Convention|Protocol|"
                                   r"Declaration|Acuerdos?|Tratados?|Pactos?|Memorandos?|Convenios?|Convención|Protocolo|Declaración)")


def _named_organisations(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list,
                         result: Actors) -> None:
    """Organisations not in the gazetteer, named with a head word ("the Gulf Clan", "Venezuelan
    National Guard", "Ministerio de Defensa de Bolivia"): groups keyed by their name."""
    if not _head_word_in(text, s, e):
        return
    for om in _ORG_RUN.finditer(text, s, e):
        words = om.group().split()
        heads = [i for i, w in enumerate(words) if w.lower() in _ORG_HEADS]
        if not heads or any(w.lower().startswith(("terror", "designat")) for w in words):
            continue  # "a Foreign Terrorist Organization" is a designation, not a name
        a, b = om.start(), om.end()
        # drop a leading article and trailing connectors
        while words and (words[0].lower() in _ORG_LEAD or words[0].lower().rstrip(",") in _TIME_LEAD):
            a += len(words[0])
            a += len(text[a:b]) - len(text[a:b].lstrip())  # (the blanks after this word, not after the run's first)
            words = words[1:]
        # "As the Chair of the Foreign Affairs Committee": an office held in the body is no part of its name
        while len(words) > 3 and _norm(words[0]) in _title_tokens(g) and words[1].lower() in ("of", "de", "del") \
                and not _ORG_HEADS.get(words[0].lower()):
            for w in words[:2] + ([words[2]] if words[2].lower() in ("the", "la", "el", "los", "las") else []):
                a = text.index(w, a) + len(w)
                a += len(text[a:b]) - len(text[a:b].lstrip())
            words = words[3:] if words[2].lower() in ("the", "la", "el", "los", "las") else words[2:]
        if len(words) < 2:
            continue
        if _AGREEMENT_WORD.fullmatch(words[-1].rstrip(".,;:")) or _AGREEMENT_WORD.fullmatch(words[0]):
            continue  # "a Status of Visiting Forces Agreement", "el Acuerdo de Fuerzas Visitantes": an agreement's name
        if _OFFICIAL_NAME_HEAD.search(text, max(s, a - 30), a):
            continue  # "Government of National Unity": part of a longer official name, no group of its own
        if text[b - 1] == "." and len(words[-1]) > 4:
            b -= 1  # a sentence end, not an abbreviation
        # "la Fuerza Aérea nigeriana", "la Policía Nacional colombiana": the Spanish demonym after an
        # armed body's name (lower case, as Spanish writes it) says whose it is and belongs to the name,
        # as "Nigerian" does in "Nigerian Air Force"; without it every country's "Fuerza Aérea" is one entity
        dm = next((m for m in ms if m.start == b + 1 and m.kind == "demonym"), None)
        bare = None  # (the name without it stays an alias: "Consejo Nacional Electoral")
        if dm is not None and dm.entity.startswith("state:") and text[b] == " " and text[dm.start].islower() \
                and any(_ORG_HEADS.get(w.lower()) == "armed force" or w.lower() in _STATE_ORGAN_HEADS for w in words):  # (ministries: the gazetteer's)
            bare, b = text[a:b], dm.end
        name = text[a:b]
        inner = [m for m in ms if a <= m.start and m.end <= b]
        if any(not m.entity.startswith("state:") for m in inner):
            continue  # a gazetteer group or person inside: not a new organisation
        if any(not (b <= x or a >= y) for x, y in taken if not any(m.start == x and m.end == y for m in inner)):
            continue
        head = next(w.lower() for w in words if w.lower() in _ORG_HEADS)
        country = inner[-1].entity if inner else None
        gid = ids.entity_id("Group", name)
        if g.get(gid) is None and gid not in result.new_entities:
            result.new_entities[gid] = Group(id=gid, name=name, kind=_ORG_HEADS[head], country=country,
                                             aliases=[bare] if bare else [])
        for m in inner:
            ms.remove(m)
            taken.remove((m.start, m.end))
        ms.append(Mention(a, b, gid, "name"))
        taken.append((a, b))
        if country and _ORG_HEADS[head] in ("agency", "armed force"):
            result.part_of[gid] = country
            state_in_name(result, gid, name, country)


def _fold_table() -> dict[int, str]:
    import unicodedata
    table = {}
    for cp in range(0xC0, 0x250):
        d = unicodedata.normalize("NFKD", chr(cp))
        base = "".join(x for x in d if not unicodedata.combining(x))
        if len(base) == 1 and base != chr(cp):
            table[cp] = base
    return table


_FOLD_TABLE = _fold_table()
# str.translate looks every character of a non-ASCII text up in the table (0.23 ms per
# article); replacing only the accented letters gives the same text in 0.03-0.05 ms
_FOLD_CHARS = {chr(k): v for k, v in _FOLD_TABLE.items()}
_ACCENTED = literals.compile("[" + re.escape(chr(min(_FOLD_TABLE))) + "-" + re.escape(chr(max(_FOLD_TABLE))) + "]")


def _fold(s: str) -> str:
    """Accent-free text of the same length (so offsets still point into the original)."""
    return _ACCENTED.sub(lambda m: _FOLD_CHARS.get(m.group(), m.group()), s)


# "the group", "the jihadist outfit", "the Iran-aligned faction", "el grupo armado", "la banda": a
# description pointing back to a group: an article, up to two modifiers, a head noun (its kind
# narrows the candidates: "the cartel" is the story's cartel), Spanish post-posed adjectives
_COREF_HEAD_KIND = {
    "group": None, "militia": "armed group", "movement": None, "organization": None, "organisation": None,
    "rebels": "armed group", "militants": "armed group", "insurgents": "armed group", "outfit": "armed group",
    "faction": "armed group", "jihadists": "armed group", "guerrillas": "armed group", "paramilitaries": "armed group",
    "insurgency": "armed group", "cartel": "cartel", "gang": "cartel", "syndicate": "cartel", "mafia": "cartel",
    "grupo": None, "milicia": "armed group", "movimiento": None, "organización": None, "organizacion": None,
    "rebeldes": "armed group", "insurgentes": "armed group", "guerrilla": "armed group", "facción": "armed group",
    "faccion": "armed group", "yihadistas": "armed group", "paramilitares": "armed group", "cártel": "cartel",
    "banda": "cartel", "pandilla": "cartel", "agrupación": None, "agrupacion": None,
    "association": None, "asociación": None, "asociacion": None,
}
# heads that name an organisation rather than an armed group: the story's organisation before its armed group
_ORG_DESCRIPTION_HEADS = frozenset({"association", "asociación", "asociacion", "organization", "organisation", "organización",
                        "organizacion"})
# the kind of a description standing for the story's organisation (not an armed group): extract.py reads it
# as the object of a listing only ("proscribed the movement"), never in another relation
ORG_DESCRIPTION = "coref_org"
_COREF_GROUP = literals.compile(
    r"\b(?:the|this|that|el|al|del|este|ese|dicho|la|esta|dicha)\s+(?:(?P<adj>[\w-]+)\s+)??(?:(?P<adj1>[\w-]+)\s+)??"
    r"(?P<head>" + "|".join(sorted(_COREF_HEAD_KIND, key=len, reverse=True)) + r")"
    # (a head noun before another is its modifier: "the guerrilla group", "the rebel militia")
    r"(?!\s+(?:" + "|".join(sorted(_COREF_HEAD_KIND, key=len, reverse=True)) + r")\b)"
    # (prec24: ... and so before a noun of what a group has or does: "the militia vessels", "the cartel members", "the
    # group's" aside; the compound names those, not the group)
    r"(?!\s+(?:vessels|boats|ships|fighters|members|militants|gunmen|units|camps|bases|positions|attacks|operations|"
    r"activities|violence|cells|hideouts|strongholds|territory|networks|money|funds|weapons|arms|trucks|convoys|drones)\b)"
    r"(?:\s+(?P<adj2>[a-záéíóúñü]+(?:istas?|íes|í|an[oa]s?|ens[ea]s?|és|es[ae]s?|ic[oa]s?|ad[oa]s?|al(?:es)?|ar(?:es)?|"
    r"ent[ae]s?|in[oa]s?|il(?:es)?|ita)))?\b"
    # (the adjective may be left out of the match: "la organización yihadista que opera ..." is a defining
    # relative after it, no description either)
    r"(?!(?:\s+[a-záéíóúñü]+(?:istas?|íes|í|an[oa]s?|ens[ea]s?|és|es[ae]s?|ic[oa]s?|ad[oa]s?|al(?:es)?|ar(?:es)?|"
    r"ent[ae]s?|in[oa]s?|il(?:es)?|ita))?\s+(?:of|de|del|that|que|who|which|called|named|known|llamad[oa]|conocid[oa]|"
    r"denominad[oa])\b)", re.I)
# a description that names a list or a listing, not a group ("the Foreign Terrorist Organization (FTO) list")
_LIST_NAME_AFTER = literals.compile(r"\s*(?:\([A-Z]{2,6}\)\s*)?(?:lists?|blacklists?|designations?|label|status|registry|register|"
                              r"regime|sanctions)\b", re.I)
# a modifier shaped like a name (two capitals or a digit: "RED-Tabara", "M23", "ADF"), not an adjective ("Islamist")
_NAME_MODIFIER = literals.compile(r"^[A-ZÁÉÍÓÚÑ][\w-]*[A-Z0-9]|\d")
# a participle after a group noun with its agent ("respaldada por", "armado por"): no adjective of the description
_AGENT_AFTER = literals.compile(r"\s+(?:por|by)\b", re.I)
_PRETERITE = literals.compile(r"[a-záéíóúñ]{2,}(?:ó|aron|ieron)|ha|han|había|habían|habría|habrían|hubiera|hubieran")
# a sect word in a group's description narrows it to the groups of that sect (the Shia movements news names most)
_SHIA_WORDS = {"chiita", "chiitas", "chií", "chiíes", "shiite", "shia", "shi'ite", "shi’ite"}
_SECT_DESC_WORDS = _SHIA_WORDS | {"sunita", "sunitas", "suní", "sunni", "sunníes", "suníes"}
_SHIA_GROUPS = frozenset(f"group:{x}" for x in ("hezbollah", "houthis", "kataib-hezbollah", "pmf", "amal", "asaib-ahl-al-haq",
                                                "harakat-al-nujaba", "badr-organization"))
# modifiers that make the noun no description of one group ("the other group", "the same militia")
_COREF_NOT_ADJ = {"other", "another", "same", "new", "second", "first", "whole", "entire", "each", "every", "rival",
                  "otro", "otra", "mismo", "misma", "nuevo", "nueva", "segundo", "segunda", "primer", "primera", "rival",
                  "only", "largest", "biggest", "smaller", "larger", "own", "propio", "propia"}
# words before the head that make the article no determiner of it: a time noun ("declararon el año
# pasado organización terrorista"). (A finite verb, "la declaró organización terrorista", was tried too:
# it lets the clitic's antecedent be read, which picked wrong antecedents on unseen text; left to the
# anaphor resolver.)
_COREF_NOT_MOD = literals.compile(r"años?|mes(?:es)?|semanas?|días?|pasad[oa]|lunes|martes|miércoles|"
                            r"jueves|viernes|sábado|domingo|years?|months?|weeks?|days?", re.I)
# between "group" and the name: nothing, or Spanish post-posed adjectives ("yihadista somalí")
_INTRO_GAP = literals.compile(r"(?:\s+[a-záéíóúñü]+(?:istas?|íes|í|an[oa]s?|és|es[ae]s?|ic[oa]s?|al(?:es)?|ad[oa]s?|ar(?:es)?|ent[ae]s?|in[oa]s?|ita))"
                        r"{0,3}\s+")
# a group's name, a comma and the description: "X, the movement's ...", "X, brazo político de la cofradía"
_APPOS_POSS_EN = literals.compile(r"\s*,\s*")
_APPOS_OF_ES = literals.compile(r"\s*,\s*(?:(?:el|la|los|las|su|sus|un|una)\s+)?[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,2}?\s+de\s*")
_COREF_NATION = literals.compile(r"\b(?:the|el|la|esta|this)\s+(?P<r>[\w-]+(?:\s+[\w-]+)?)\s+(?P<n>nation|country|state|republic|país|nación|república|estado)\b", re.I)
_COREF_NATION_ES = literals.compile(r"\b(?:el|la|este|esta|al|del)\s+(?P<n>país|nación|república|estado)\s+(?P<r>[\w-]+)", re.I)
_COUNTERPART = literals.compile(r"\b(?:his|her|their|su|sus)\s+(?P<d>\w+)\s+(?:counterparts?)\b|\b(?:su|sus)\s+(?:homólog[oa]s?|par|pares)\s+(?P<d2>\w+)", re.I)
# the words every match of the patterns above starts with (tests/test_xspeed8.py checks them):
# literals.finditer_at_words tries them there only
_COREF_GROUP_OPENERS = frozenset({"the", "this", "that", "el", "al", "del", "este", "ese", "dicho", "la", "esta", "dicha"})
_COREF_NATION_OPENERS = frozenset({"the", "el", "la", "esta", "this"})
_COREF_NATION_ES_OPENERS = frozenset({"el", "la", "este", "esta", "al", "del"})
_COUNTERPART_OPENERS = frozenset({"his", "her", "their", "su", "sus"})


# -- descriptions of states (data/descriptions.yaml): "the kingdom", "the island nation",
# "el gigante asiático"
@dataclass
class _Descriptions:
    kind_states: dict[str, frozenset]  # normalised head noun -> the states it fits
    regions: dict[str, list[str]]  # normalised region/feature word -> states (states_extra regions + features)
    kind_rx: re.Pattern | None
    nick_rx: re.Pattern | None  # every nickname; the group named s<i> matched -> nick_state[i]
    nick_state: list[str]
    nick: literals.Phrases | None = None  # nick_rx, run per document with only the nicknames that may occur


def _doc_hits(memo: dict, key: str, rx: "re.Pattern | literals.Phrases", text: str, s: int, e: int,
              openings: bool = False, words: frozenset[str] | None = None) -> list[re.Match]:
    """The matches of `rx` inside [s, e), from one pass over the whole document (per-sentence
    searches of these rare phrases cost more than one document pass; measured). `openings`: the
    pass tries rx only where its opening words occur (literals.finditer_at_openings), for a long
    alternation that `re` would try at every offset. A `literals.Phrases` is run with the phrases
    that may occur in this document only (none: no pass). `words`: every match starts with one of
    these words, and rx is tried at their tokens only (literals.finditer_at_words)."""
    hits = memo.get(key)
    if hits is None or hits[0] is not text:
        if isinstance(rx, literals.Phrases):
            rx = rx.for_text(text)
        found = [] if rx is None else literals.finditer_at_openings(rx, text, 0, len(text)) if openings else \
            literals.finditer_at_words(rx, text, words) if words else list(literals.finditer(rx, text, 0, len(text)))
        # finditer's matches do not overlap: starts and ends both ascend, so the matches
        # inside [s, e) are one slice, found by two bisections (not a pass per sentence)
        hits = memo[key] = (text, found, [m.start() for m in found], [m.end() for m in found])
    found = hits[1]
    if not found:
        return []
    i, j = bisect_left(hits[2], s), bisect_right(hits[3], e)
    return found[i:j] if i < j else []


def _descriptions(g: Gazetteer) -> _Descriptions:
    if not hasattr(g, "_descriptions"):
        import yaml

        from loaders.gazetteer import DATA, GazetteerError
        path = DATA / "descriptions.yaml"
        try:
            data = (yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise GazetteerError(f"{path}: cannot read descriptions ({exc.__class__.__name__})") from None

        def sid(code) -> str:
            if f"state:{code}" not in g.entities:
                raise GazetteerError(f"{path}: unknown state {code!r} (not in states.yaml)")
            return f"state:{code}"
        kind_states: dict[str, frozenset] = {}
        for name, kind in (data.get("kinds") or {}).items():
            if not isinstance(kind, dict) or not kind.get("words") or not kind.get("states"):
                raise GazetteerError(f"{path}: kinds.{name} needs `words` and `states` lists")
            states = frozenset(sid(c) for c in kind["states"])
            for w in kind["words"]:
                kind_states[ids.normalise(w)] = states
        regions = {k: list(v) for k, v in g.regions.items()}
        for word, codes in (data.get("features") or {}).items():
            have = regions.setdefault(ids.normalise(word), [])
            have.extend(x for x in map(sid, codes) if x not in have)
        kind_rx = None
        if kind_states:
            heads = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in
                                     {w for k in (data.get("kinds") or {}).values() for w in k["words"]}),
                                    key=len, reverse=True))
            # "the kingdom", "the Gulf monarchy", "the Saudi kingdom", "el reino alauí" (not "the
            # kingdom of ...", not a name going on: "the Kingdom Tower")
            # (its opening words are _KIND_OPENERS: the pass tries it at those words only)
            kind_rx = re.compile(rf"\b(?:the|this|el|la|este|esta|dicho|dicha)\s+(?:(?P<adj>[\w-]+(?:\s+[\w-]+)?)\s+)??"
                                 rf"(?P<k>{heads})\b(?!\s+(?:of|de|del)\b)(?!\s+(?-i:[A-Z]))(?!['’]s\s+(?-i:[A-Z]))"
                                 rf"(?:\s+(?P<adj2>[a-záéíóúñü]+))?", re.I)
        nick_pairs, nick_state = [], []  # (group s<i>, one phrase as a pattern)
        for code, phrases in (data.get("nicknames") or {}).items():
            nick_pairs.extend((f"s{len(nick_state)}", r"\s+".join(re.escape(w) for w in ph.split())) for ph in phrases)
            nick_state.append(sid(code))
        nick = literals.Phrases(r"(?<!\w)(?:{})(?!\w)", nick_pairs, re.I) if nick_pairs else None
        object.__setattr__(g, "_descriptions", _Descriptions(kind_states, regions, kind_rx, nick and nick.full, nick_state,
                                                             nick))
    return g._descriptions  # type: ignore[attr-defined]


def _region_states(d: _Descriptions, adj: str | None) -> frozenset | None:
    """The states a region/feature adjective fits ("Gulf", "island", "oil-rich Gulf": the words
    known), None when it names no region (then it narrows nothing)."""
    if not adj:
        return None
    whole = d.regions.get(ids.normalise(adj))
    if whole is not None:
        return frozenset(whole)
    out = None
    for w in adj.split():
        r = d.regions.get(ids.normalise(w))
        if r is not None:
            out = frozenset(r) if out is None else out & frozenset(r)
    return out


# -- people described by their office: "the minister", "el mandatario", "la canciller", "the former
# president" -> the one person of that office met in the paragraph (else in the document)
_HEAD = ("president", "prime minister", "supreme leader", "king", "emir", "chancellor", "head of state", "premier")
_PERSON_DESC = {
    "mandatario": _HEAD, "mandataria": _HEAD, "jefe de estado": _HEAD, "jefa de estado": _HEAD, "head of state": _HEAD,
    "president": ("president",), "presidente": ("president",), "presidenta": ("president",),
    "prime minister": ("prime minister", "premier"), "premier": ("prime minister", "premier"),
    "primer ministro": ("prime minister", "premier"), "primera ministra": ("prime minister", "premier"),
    "minister": ("minister",), "ministro": ("minister",), "ministra": ("minister",),
    "foreign minister": ("foreign",), "foreign secretary": ("foreign",), "canciller": ("foreign", "chancellor"),
    "general": ("general",), "commander": ("commander",), "comandante": ("commander", "comandante"),
    "ambassador": ("ambassador",), "embajador": ("ambassador", "embajador"), "embajadora": ("ambassador", "embajador"),
    "envoy": ("envoy", "ambassador"), "enviado": ("envoy", "enviado", "ambassador"), "enviada": ("envoy", "enviad", "ambassador"),
    "monarch": ("king", "queen", "emir", "sultan"), "monarca": ("king", "queen", "emir", "sultan", "rey"),
    "king": ("king",), "rey": ("king", "rey"), "emir": ("emir",),
    # "the Secretary has urged Oman", "el secretario pidió": the one secretary (of state, of the Treasury,
    # general) met before; "the secretary of X", "el secretario de Estado" name their own office
    "secretary": ("secretary",), "secretario": ("secretary", "secretario"), "secretaria": ("secretary", "secretari"),
}
_PERSON_DESC_RX = literals.compile(
    r"\b(?:the|el|la|al|del)\s+(?P<former>former\s+|ex-?\s*)?(?P<d>head\s+of\s+state|prime\s+minister|foreign\s+minister|"
    r"foreign\s+secretary|president|premier|minister|general|commander|ambassador|envoy|monarch|king|emir|"
    r"mandatari[oa]|jef[ea]\s+de\s+Estado|primer\s+ministro|primera\s+ministra|president[ea]|ministr[oa]|canciller|"
    r"comandante|embajador[a]?|enviad[oa]|monarca|rey|secretary|secretari[oa])\b"
    r"(?![-\w])(?!\s+(?:of|for|to|at|in|de|del|para|en)\b)(?!\s+(?-i:[A-ZÁÉÍÓÚ]))(?!['’]s?\s+(?-i:[A-Z]))", re.I)


# the words every match of _PERSON_DESC_RX / of _Descriptions.kind_rx starts with (keep in step)
_PERSON_DESC_OPENERS = frozenset({"the", "el", "la", "al", "del"})
_KIND_OPENERS = frozenset({"the", "this", "el", "la", "este", "esta", "dicho", "dicha"})


def _people_seen(g: Gazetteer, ms: list[Mention], memo: dict, published: str | None) -> None:
    """Record the offices of the people of a sentence (title read here or earlier, gazetteer roles)."""
    roles = memo.setdefault("roles", {})
    for m in ms:
        if not m.entity.startswith("official:") or m.kind == "pair":
            continue
        have = roles.setdefault(m.entity, set())
        if m.role and (m.entity, m.role) not in memo.setdefault("role_done", set()):
            memo["role_done"].add((m.entity, m.role))
            canon = canonical_role(g, m.role)[0]
            have.add(ids.normalise(m.role))
            if canon:
                have.add(canon)
        if m.entity not in memo.setdefault("gaz_done", set()):
            memo["gaz_done"].add(m.entity)
            for r in g.roles_of(m.entity):
                if not published or _gz_within(published, r.start, r.end):
                    have.add(r.role)
        if m.role and m.actor and m.kind in ("person", "name"):
            memo.setdefault("titled", {})[m.entity] = m.role  # the title last met with, for "the defence minister said"
        memo.setdefault("former", {})[m.entity] = m.former or memo.get("former", {}).get(m.entity, False)
        if m.org:
            memo.setdefault("org", {})[m.entity] = m.org
        memo.setdefault("para_people", []).append(m.entity)
        memo.setdefault("doc_people", []).append(m.entity)


def _bare_title_people(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], memo: dict) -> None:
    """A title without a name refers to the one person met with that office: "the minister",
    "el mandatario", "the defence minister said" after "Kenyan Defence Minister Aden Duale".
    The one reader of these (it was two): first the descriptions news uses for office holders
    (_PERSON_DESC, matched against every office a person was met with, gazetteer roles included:
    the paragraph's people first, then the document's; former and deputy must agree), then any
    title phrase of roles.yaml opening a clause or before a verb of saying, matched against the
    title each person was last met with. Nothing when two people fit, when the title names an
    owner of its own ("the minister of X", "the group's leader") or a name follows it."""
    if memo.get("roles"):
        _described_people(g, text, s, e, ms, memo)
    if memo.get("titled"):
        _bare_titles(g, text, s, e, ms, memo["titled"])


def _described_people(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], memo: dict) -> None:
    hits = _doc_hits(memo, "people", _PERSON_DESC_RX, text, s, e, words=_PERSON_DESC_OPENERS)
    if not hits:
        return
    roles = memo.get("roles", {})
    for dm in hits:
        a, b = dm.start(), dm.end()
        # a name, a demonym or another mention in or right after it: a titled person or "the Bolivian president"
        if any(m.start <= b + 2 and a < m.end for m in ms):  # (", Name": an apposition)
            continue
        want = _PERSON_DESC.get(ids.normalise(dm.group("d")))
        if not want:
            continue
        former = bool(dm.group("former"))

        said = set(dm.group(0).lower().split())

        def fits(oid: str) -> bool:
            # "the minister" is not the deputy minister met before (nor a vice-president "the president")
            return any(w in r for r in roles.get(oid, ()) for w in want) and \
                former == memo.get("former", {}).get(oid, False) and \
                not any(set(r.split()) & _TITLE_DEPUTY - said for r in roles.get(oid, ()))
        here = [m.entity for m in ms if m.end <= a and m.entity.startswith("official:")]
        ref = None
        for level in (memo.get("para_people", []) + here, memo.get("doc_people", []) + here):
            fit = {x for x in level if fits(x)}
            if fit:
                ref = next(iter(fit)) if len(fit) == 1 else None
                break
        if ref:
            ms.append(Mention(a, b, ref, "coref", org=memo.get("org", {}).get(ref)))  # acts as its titled mention does


# "Its foreign minister urged ...", "Su canciller pidió ...": the office of the state or group the
# paragraph's last sentence opened with -> its holder on the day (gazetteer), else that state or group
_POSS_OFFICE = literals.compile(r"(?:^|(?<=[.;:]\s)|(?<=^[\"“]))(?P<p>Its|Their|Su|Sus)\s+(?P<r>(?:[a-záéíóúñ-]+\s+){0,3}?[a-záéíóúñ-]+)"
                          r"(?=\s+(?:[a-záéíóúñ]+(?:ed|ó|ió|aron|ieron)|has|have|ha|han|had|había|also|también|said|dijo|"
                          r"urged|pidió|will|would|is|was|es|fue)\b)")


def _possessive_office(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], opener: str | None,
                       published: str | None) -> None:
    if not opener or not literals.search(_POSS_OFFICE, text, s, s + 60):
        return
    pm = _POSS_OFFICE.match(text, s + len(text[s:e]) - len(text[s:e].lstrip(" \t\"“")), e)
    if pm is None or any(m.start < pm.end() and pm.start() < m.end for m in ms):
        return
    canon, _, gov = canonical_role(g, pm.group("r"))
    if not canon or not gov or not tokens(pm.group("r")) or tokens(pm.group("r"))[-1] not in _title_tokens(g):
        return  # not an office ("Its economy grew", "Su decisión ...")
    if pm.group("p").lower() == "their" and opener.startswith("state:"):
        return  # "their" is not one state
    holder = g.holder(opener, canon, published) if opener.startswith("state:") else None
    if holder:
        ms.append(Mention(pm.start(), pm.end(), holder, "coref", role=canon, org=opener))
    else:
        ms.append(Mention(pm.start(), pm.end(), opener, "coref"))


# "X is its president", "X, its commander-in-chief", "and its leader in Gaza", "es su fundador": a possessive
# before an office inside the sentence (the sentence-initial "Its president said" is _possessive_office's)
_POSS_ROLE = literals.compile(r"(?<=[\s(,])(?P<p>its|su)\s+(?P<r>(?:[a-záéíóúñ-]+\s+){0,2}?[a-záéíóúñ-]+)(?![\w-])")
_POSS_ROLE_LEAD = literals.compile(r"(?:\b(?:is|was|has\s+been|had\s+been|became|remains|es|fue|era|ha\s+sido|sigue\s+siendo)|,)\s+$")
_POSS_ROLE_NAME = literals.compile(r",?\s+[A-ZÁÉÍÓÚÑ][\w'’-]+")
_NOUN_PHRASE = literals.compile(r"\b(?:the|an?|el|la|los|las|una?|al|del)\s+[a-záéíóúñ]{3,}", re.I)
_POSS_ROLE_NOT = frozenset({"homologo", "homologa", "counterpart", "counterparts", "predecessor", "predecesor",
                            "successor", "sucesor", "sucesora"})


def _possessive_role(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], prev_ms: list[Mention],
                     new_entities: dict | None) -> None:
    """The possessive stands for the one group or state it can mean: named earlier in the sentence (no
    person: "his" and "her" are not read), else the one the sentence before named; two of them, or a group
    and a state, give nothing. Its span is the pronoun only, so the rules read "X, ⟦G⟧ commander"."""
    if not literals.search(_POSS_ROLE, text, s, e):
        return
    titles = _title_tokens(g)
    for pm in literals.finditer(_POSS_ROLE, text, s, e):
        if pm.start() == s or any(m.start < pm.end() and pm.start() < m.end for m in ms):
            continue
        words = tokens(pm.group("r"))
        k = next((k for k in range(len(words), 0, -1) if words[k - 1] in titles), 0)
        if not k or set(words[:k]) & _POSS_ROLE_NOT or not canonical_role(g, " ".join(words[:k]))[0]:
            continue
        # the office of a person named right there ("X is its president", "X, its commander", "its leader, X"):
        # not "sent its envoy to Caracas", where the rules read the sender
        ends = [w.end() for w in re.finditer(r"\S+", pm.group("r"))]
        tail = pm.start("r") + ends[min(k, len(ends)) - 1]
        if not (_POSS_ROLE_LEAD.search(text, max(s, pm.start() - 25), pm.start()) or _POSS_ROLE_NAME.match(text, tail)):
            continue

        def kinds_ok(m: Mention) -> bool:
            if not (m.actor and m.kind != "pair" and m.entity.startswith(("group:", "state:"))):
                return False
            ent = g.entities.get(m.entity) or (new_entities or {}).get(m.entity)
            return not (m.entity.startswith("group:") and getattr(ent, "kind", "") in ("company",))

        here = [m for m in ms if m.end <= pm.start() and kinds_ok(m)
                and not _OTHER_PARTY_BEFORE.search(text, max(s, m.start - 16), m.start)]  # ("the war with Israel, which killed its leader")
        if here and _OBJECT_PRONOUN.search(text, here[-1].end, pm.start()):
            continue  # "Washington designated it ... and named its leader": the pronoun's antecedent, unread here
        if not here and (_OBJECT_PRONOUN.search(text, s, pm.start()) or re.search(r"\b(?:la|las|los|les)\s+[a-záéíóúñ]+(?:ó|aron|ieron)\b",
                                                                                    text[s:pm.start()])):
            continue
        if _NOUN_PHRASE.search(text, here[-1].end if here else s, pm.start()):
            continue  # "El Tesoro sancionó a la red y a su jefe": a noun between may be what it means
        cands = list(dict.fromkeys(m.entity for m in here)) or list(dict.fromkeys(m.entity for m in prev_ms if kinds_ok(m)))
        if len(cands) == 1:
            ms.append(Mention(pm.start("p"), pm.end("p"), cands[0], "coref"))


# a transcript's speaker label, office then name ("SECRETARIO DE SEGURIDAD Y PROTECCIÓN CIUDADANA, OMAR GARCÍA HARFUCH:",
# recased by recase_labels): the name's known official holds the office (the title reader took the office's last
# capitalised words, "Protección Ciudadana", for a person)
_TITLE_NAME_LABEL = literals.compile(r"(?:\*\*)?(?P<l>[A-ZÁÉÍÓÚÑÜ][^\n:.?!¿¡\"“”«»()\d]{3,90}?,[^\n:.?!¿¡\"“”«»()\d,]{4,60}?)(?:\*\*)?:")
_LOWER_WORD = literals.compile(r"(?<![\w’'-])[a-záéíóúñü][\w’'-]*")


def _caps_label(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list) -> None:
    lb = _TITLE_NAME_LABEL.match(text, s, e)
    if not lb or any(w.group() not in _LOWER_IN_LABEL for w in _LOWER_WORD.finditer(lb.group("l"))):
        return  # (every word capitalised but the connectors: a label, not a sentence's opening)
    cut = lb.start("l") + lb.group("l").rindex(",")
    who = [m for m in ms if m.entity.startswith("official:") and cut < m.start < lb.end("l")]
    title = text[lb.start("l"):cut].strip()
    if len(who) != 1 or not canonical_role(g, title)[0] or not text[cut + 1:who[0].start].strip() == "":
        return
    for m in [m for m in ms if lb.start("l") <= m.start < cut and m.entity.startswith("official:")]:
        ms.remove(m)  # ("Protección Ciudadana" is the office's words, no person)
        if (m.start, m.end) in taken:
            taken.remove((m.start, m.end))
    who[0].role, who[0].title_start = title, lb.start("l")


# the complement of "with"/"against" is the other party, not what a possessive after it means ("la guerra con
# Israel, que costó la vida a su secretario general, X": the party's, not Israel's)
_OTHER_PARTY_BEFORE = literals.compile(r"\b(?:with|against|versus|con|contra|frente\s+a)\s+(?:(?:the|el|la|los|las)\s+)?$", re.I)


# "the latter", "este último": the last of the two actors of one kind the sentence before named
_LATTER = literals.compile(r"\b(?:[Tt]he\s+latter|[Ee]ste\s+último|[Ee]sta\s+última|[ÉéEe]ste\s+último|[Ee]stos\s+últimos|"
                     r"[Ee]stas\s+últimas)\b")


def _latter(text: str, s: int, e: int, ms: list[Mention], prev_ms: list[Mention]) -> None:
    if not prev_ms or not literals.search(_LATTER, text, s, e):
        return
    for lm in literals.finditer(_LATTER, text, s, e):
        if any(m.start < lm.end() and lm.start() < m.end for m in ms):
            continue
        named = list(dict.fromkeys(m.entity for m in prev_ms if m.actor and m.kind != "pair"))
        kinds = {x.split(":")[0] for x in named}
        if len(named) == 2 and len(kinds) == 1:
            ms.append(Mention(lm.start(), lm.end(), named[-1], "coref"))


def _one_fitting(cands, ms: list[Mention], at: int, para_states: list[str], last_states: list[str]) -> str | None:
    """The state a description means, only when one can be meant: the fitting states named earlier
    in the sentence, else in the paragraph's last sentence naming states, else in the whole
    document; the first level that names any must name exactly one ("Morocco and Spain held
    talks. The kingdom ..." stays unresolved)."""
    for level in ([m.entity for m in ms if m.end <= at and m.entity.startswith("state:")], para_states, last_states):
        fit = {x for x in level if x in cands}
        if fit:
            return next(iter(fit)) if len(fit) == 1 else None
    return None


def _describe_states(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], last_states: list[str],
                     para_states: list[str], memo: dict) -> None:
    """Nicknames name their state; "the kingdom", "el reino alauí" resolve to the state named
    most recently that fits (a demonym in the phrase names it), else nothing."""
    d = _descriptions(g)

    def covered(a: int, b: int) -> list[Mention] | None:
        """The mentions inside [a, b) when all are demonyms (dropped for the description), else None."""
        inside = [m for m in ms if m.start < b and a < m.end]
        if any(m.kind != "demonym" or m.start < a or m.end > b for m in inside):
            return None
        return inside
    if d.nick_rx is not None:
        # (openings: the ~40 nicknames tried at every offset cost 0.65 ms per synthetic article, tried
        # where "the", "el", "la", "uncle" start 0.48 ms; for "kind" and "people" that is slower)
        for nm in _doc_hits(memo, "nick", d.nick or d.nick_rx, text, s, e, openings=True):
            inside = covered(nm.start(), nm.end())
            if inside is not None:
                for m in inside:
                    ms.remove(m)
                ms.append(Mention(nm.start(), nm.end(), d.nick_state[int(nm.lastgroup[1:])], "coref"))
    if d.kind_rx is None:
        return
    for km in _doc_hits(memo, "kind", d.kind_rx, text, s, e, words=_KIND_OPENERS):
        inside = covered(km.start(), km.end())
        if inside is None:
            continue
        fits = d.kind_states.get(ids.normalise(km.group("k")), frozenset())
        named = {m.entity for m in inside if m.entity.startswith("state:")}
        if named:
            cands = named  # "the Saudi kingdom", "la monarquía marroquí"
        else:
            cands = fits
            for adj in (km.group("adj"), km.group("adj2")):
                region = _region_states(d, adj)
                if region is not None:
                    cands = cands & region  # "the Gulf monarchy": a kingdom of the Gulf
        adj2 = km.group("adj2")
        end = km.end() if adj2 and (_region_states(d, adj2) is not None or any(m.start >= km.end("k") for m in inside)) \
            else km.end("k")
        if len(named) == 1:
            ref = next(iter(named))
        else:
            ref = _one_fitting(cands, [m for m in ms if m not in inside], km.start(), para_states, last_states)
        if ref:
            for m in inside:
                ms.remove(m)
            ms.append(Mention(km.start(), end, ref, "coref"))


_NEXT_WORD = literals.compile(r"(?:['’]s)?\s+(\w+)")
_PREV_WORD = literals.compile(r"(\w+)\s+(?:(?:of|de)\s+)?$")


def _role_edges(g: Gazetteer):
    if not hasattr(g, "_role_edges"):
        object.__setattr__(g, "_role_edges", ({t[0] for t in g.role_forms}, {t[-1] for t in g.role_forms}))
    return g._role_edges  # type: ignore[attr-defined]


# (the Spanish press capitalises "el Gobierno", "el Ejecutivo": "el Gobierno de Milei" is Argentina)
_ADMIN = literals.compile(r"\b(?:the\s+)?(?P<n1>[A-Z][\w-]+)(?:['’]s?)?\s+(?:(?:military\s+)?(?:administration|government|regime|junta)|White\s+House)\b"
                    # "el Gobierno del presidente Mahamat Idriss Déby" (tried first: a surname two holders share
                    # resolves only through this form)
                    r"|\b[Ee]l\s+Gobierno\s+del\s+presidente\s+(?:[A-Z][\w’'-]+\s+){0,2}(?P<n3>[A-Z][\w’'-]+)\b"
                    # ("al / del Gobierno de Maduro", "la junta de Goïta", "the junta of ...": the same government)
                    r"|\b(?:[Ll]a\s+[Aa]dministración|(?:[EeAa]l|[Dd]el)\s+(?:[Gg]obierno|[Ee]jecutivo|[Rr]égimen)|[Tt]he\s+[Gg]overnment|[Tt]he\s+(?:military\s+)?(?:regime|junta)|[Ll]a\s+junta(?:\s+militar)?)\s+(?:de(?:l)?\s+(?:presidente\s+)?|of\s+(?:President\s+)?)?(?:[A-Z][\w’'-]+\s+)?(?P<n2>[A-Z][\w’'-]+)\b")


def _any_surname_index(g: Gazetteer) -> dict[str, str]:
    """Unique surnames of all gazetteer officials -> official id (for "President Maduro")."""
    if not hasattr(g, "_any_surnames"):
        seen: dict[str, set] = {}
        for oid in g.roles:
            ent = g.entities[oid]
            for nm in [ent.name, *ent.aliases]:
                parts = nm.split()
                if len(parts) >= 2:
                    seen.setdefault(_norm(parts[-1]), set()).add(oid)
        object.__setattr__(g, "_any_surnames", {k: next(iter(v)) for k, v in seen.items() if len(v) == 1})
    return g._any_surnames  # type: ignore[attr-defined]


def _surname_index(g: Gazetteer) -> dict[str, str]:
    """Unique surnames of gazetteer heads of state/government -> official id."""
    if not hasattr(g, "_surnames"):
        seen: dict[str, set] = {}
        for oid, roles in g.roles.items():
            # (a king, an emir, a junta's chairman heads a government too: "Burhan's government")
            if not any(r.role in ("president", "prime minister", "supreme leader", "chancellor", "king", "emir",
                                  "chairman of the sovereignty council") for r in roles):
                continue
            ent = g.entities[oid]
            for nm in [ent.name, *ent.aliases]:
                parts = nm.split()
                if parts:
                    seen.setdefault(_norm(parts[-1]), set()).add(oid)
                    bare = re.sub(r"^(?:al|el|ad|as|ash|ar)-", "", parts[-1])  # "al-Burhan" is "Burhan" too
                    if bare != parts[-1]:
                        seen.setdefault(_norm(bare), set()).add(oid)
        object.__setattr__(g, "_surnames", {k: next(iter(v)) for k, v in seen.items() if len(v) == 1})
    return g._surnames  # type: ignore[attr-defined]


_COREF_CUES = literals.compile(
    r"(?i:administration|government|regime|junta|white\s+house|gobierno|ejecutivo|administración|régimen|counterpart|homólog|\bpar\b|"
    r"group|militia|movement|organi[sz]ation|organización|rebels|militants|insurgents|grupo|milicia|movimiento|"
    r"rebeldes|insurgentes|nation|country|state|republic|país|nación|república|estado|"
    r"president|minister|leader|secretary|presidente|ministr|canciller|mandatari|líder|jefe|premier|chief|"
    r"guerrilla|c[aá]rtel|gang|banda|outfit|faction|jihadists|paramilitar|insurgency|syndicate|mafia|pandilla|"
    r"facci[oó]n|yihadistas|agrupaci[oó]n|associat|asociaci)")  # (prefixes: the gate keeps under 64 start strings)




def _named_in_apposition(text: str, ms: list[Mention]) -> None:
    """agree24: a role phrase resolved to its holder of the report's day, then another official named in apposition
    ("his Palestinian counterpart, Riyad al-Maliki", "su homólogo palestino, X", "the Palestinian foreign minister, X"):
    the name says who is meant; the phrase's reading is dropped."""
    names = {m.start: m for m in ms if m.kind != "coref" and m.entity.startswith("official:")}
    for m in [m for m in ms if m.kind == "coref" and m.entity.startswith("official:")]:
        comma = _APPOS_POSS_EN.match(text, m.end)  # (a comma and blanks)
        if comma is not None and comma.end() in names and names[comma.end()].entity != m.entity:
            ms.remove(m)


def _coref(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], published: str | None,
           last_group: str | None, last_states: list[str], last_person: Mention | None,
           seen_groups: dict | None = None, new_entities: dict | None = None,
           para_states: list[str] | None = None, memo: dict | None = None, cues: bool = True) -> None:
    """`cues`: False when the caller knows no word of _COREF_CUES is in the sentence."""
    _describe_states(g, text, s, e, ms, last_states, para_states or [], memo if memo is not None else {})
    if memo is not None:
        if "\n" in text[memo.get("end", s):s]:
            memo["para_people"] = []  # a paragraph break: people of the last one are no longer "the minister"
            memo["prev_ms"] = []
        memo["end"] = e
        _bare_title_people(g, text, s, e, ms, memo)
        _possessive_office(g, text, s, e, ms, memo.get("opener"), published)
        _latter(text, s, e, ms, memo.get("prev_ms", []))
        _people_seen(g, ms, memo, published)
        memo["prev_ms"] = ms
    if not cues or not literals.search(_COREF_CUES, text, s, e):
        return  # no word any coreference pattern starts from
    taken = [(m.start, m.end) for m in ms]

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def add(a: int, b: int, eid: str, **kw) -> None:
        ms.append(Mention(a, b, eid, "coref", **kw))
        taken.append((a, b))

    # "the Biden administration", "la administración Trump", "el gobierno de Maduro" -> the state
    for am in literals.finditer(_ADMIN, text, s, e):
        name = am.group("n1") or am.group("n2") or am.group("n3")
        oid = _surname_index(g).get(_norm(name))
        if not oid:  # a surname two holders share ("Déby"): the person the full name was read as
            over = {m.entity for m in ms if m.entity.startswith("official:") and m.start < am.end() and m.end > am.start()}
            oid = next(iter(over)) if len(over) == 1 and am.group("n3") else None
        if not oid:
            continue
        a, b = am.start(), am.end()
        if text[a:a + 3].lower() in ("al ", "del"):  # "al Gobierno de X": the contraction's "a" / "de" stays a word
            a = a + len(text[a:].split(None, 1)[0]) + 1
        sid = g.state_of(oid, published) or g.state_of(oid)
        if not sid:
            continue
        # "President Javier Milei's government": the person stays (for his title), the state acts
        holder = [m for m in ms if m.entity == oid and m.start < b and m.end > a]
        for m in holder:
            m.actor = False
            a = min(a, m.title_start if m.title_start is not None else m.start)
        inner = [m for m in ms if a <= m.start < b and m not in holder]
        if all(m.entity.startswith("official:") for m in inner):
            for m in inner:
                ms.remove(m)
                if (m.start, m.end) in taken:
                    taken.remove((m.start, m.end))
            ms.append(Mention(a, b, sid, "coref"))
    # "the Bolivian president", "Iran's defense minister", "el presidente boliviano",
    # "the president of Bolivia" -> the office holder on the publication date
    role_first, role_last = _role_edges(g)
    for m in list(ms):
        if m.kind not in ("demonym", "name", "capital") or not m.entity.startswith("state:"):
            continue
        # cheap check first: is a role word right before or after the mention?
        nxt = _NEXT_WORD.match(text, m.end, min(e, m.end + 40))
        prv = _PREV_WORD.search(text, max(s, m.start - 30), m.start)
        right_ok = nxt is not None and _norm(nxt.group(1)) in role_first
        left_ok = prv is not None and _norm(prv.group(1)) in role_last
        if not (right_ok or left_ok):
            continue
        right = text[m.end:min(e, m.end + 40)]
        rm = re.match(r"(?:['’]s)?\s+((?:[A-Za-zÁÉÍÓÚáéíóúñ-]+\s*){1,4})", right) if right_ok else None
        cand = []
        if rm:
            words = rm.group(1).split()
            for k in range(len(words), 0, -1):
                canon = g.role_forms.get(tokens(" ".join(words[:k])))
                if canon:
                    end_off = m.end + rm.start(1) + len(" ".join(words[:k]))
                    cand.append((m.start, end_off, canon))
                    break
        left = text[max(s, m.start - 40):m.start]
        lm = re.search(r"((?:[A-Za-zÁÉÍÓÚáéíóúñ-]+\s+){1,4})(?:of\s+|de\s+)?$", left)
        if lm and not cand:
            words = lm.group(1).split()
            for k in range(len(words)):
                canon = g.role_forms.get(tokens(" ".join(words[k:])))
                if canon:
                    st = m.start - len(left) + lm.start(1) + len(" ".join(words[:k])) + (1 if k else 0)
                    cand.append((st, m.end, canon))
                    break
        for a, b, canon in cand:
            # a name right after ("President Luis Arce") is a titled person, handled already
            after = text[b:b + 40]
            if re.match(r",?\s+[A-ZÁÉÍÓÚ][a-záéíóú]+\s+[A-ZÁÉÍÓÚ]", after):
                continue
            if _LATER_BEFORE.search(text, max(s, a - 40), a):
                continue  # "X, excomandante ... y luego ministro de Defensa de Irán": X's own later office, not today's holder
            holder = g.holder(m.entity, canon, published)
            if holder and all(not (x.start <= a < x.end) for x in ms if x is not m and x.kind == "person"):
                m.actor = False
                ms.append(Mention(a, b, holder, "coref", role=canon, org=m.entity))
    for cm in literals.finditer_at_words(_COUNTERPART, text, _COUNTERPART_OPENERS, s, e):
        dem = tokens(cm.group("d") or cm.group("d2") or "")
        sid = g.demonym_of.get(dem)
        inside = [m for m in ms if cm.start() <= m.start < cm.end()]
        if not sid or any(m.kind != "demonym" for m in inside):
            continue
        # a name in apposition is a titled person found already (after a rank too: "su homólogo iraní, el general
        # Mohammad Reza Ashtiani", "his Iranian counterpart, Brigadier General X")
        if re.match(r",?\s+(?:(?:el|la|the)\s+)?(?:(?-i:[a-záéíóú]+|Brigadier|General|Admiral|Rear|Vice|Major|Colonel|Lt\.?)\s+){0,2}"
                    r"[A-ZÁÉÍÓÚ][a-záéíóú]+\s+[A-ZÁÉÍÓÚ]", text[cm.end():cm.end() + 60]):
            continue
        before = [m for m in ms if m.end <= cm.start() and m.entity.startswith("official:") and m.role]
        ref = before[-1] if before else last_person
        if ref is None:
            continue
        canon, is_canon, _ = canonical_role(g, ref.role)
        holder = g.holder(sid, canon, published) if canon else None
        if holder:
            for m in inside:
                m.actor = False
            add(cm.start(), cm.end(), holder, role=canon, org=sid)
    def kind_of(k: str) -> str | None:
        return getattr(g.entities.get(k) or (new_entities or {}).get(k), "kind", None)

    for cm in literals.finditer_at_words(_COREF_GROUP, text, _COREF_GROUP_OPENERS, s, e):
        if _LIST_NAME_AFTER.match(text, cm.end()):
            continue  # "added to the Foreign Terrorist Organization list", "the terrorist organisation designation": a list's name
        inside = [m for m in ms if cm.start() <= m.start < cm.end()]
        # "the Iran-aligned faction": a state in a compound modifier stays an actor (its tie is read
        # by the rules) and the description starts after it; in an apposition ("Hezbollah, the
        # Iran-backed militia") the name before is the group already
        compound = [m for m in inside if m.entity.startswith("state:") and text.startswith("-", m.end)]
        if any(m.kind != "demonym" and m not in compound for m in inside):
            continue
        start = cm.start()
        art = re.match(r"(?:al|del)\s+", text[start:start + 5], re.I)
        if art:
            start += art.end()  # "al movimiento", "del grupo": the preposition is the rule's ("armas al {O}")
        if compound:
            if any(m.end <= cm.start() and m.entity.startswith("group:") and re.fullmatch(r"\s*,\s*", text[m.end:cm.start()])
                   for m in ms):
                continue
            start = text.index(" ", compound[-1].end) + 1
            inside = [m for m in inside if m not in compound]
        end = cm.end()
        if cm.group("adj2") and _AGENT_AFTER.match(text, end):
            end = cm.end("head")  # "la milicia respaldada por Irán": the participle and its agent are the rules' to read
        mods = {(cm.group(k) or "").lower() for k in ("adj", "adj1")}
        if mods & _COREF_NOT_ADJ:
            continue
        if any(_NAME_MODIFIER.search(cm.group(k) or "") for k in ("adj", "adj1")):
            continue  # "the RED-Tabara rebel group", "the M23 movement": a name no gazetteer holds, not an earlier group
        if any(_PRETERITE.fullmatch(x) for x in mods):
            continue  # "la designó organización terrorista": a clitic and its verb, no description (loaders/anaphora.py)
        if any(_COREF_NOT_MOD.fullmatch(w) for w in mods if w):
            continue  # "declararon el año pasado organización terrorista": a time phrase, then the listing, no description
        # "the Somali jihadist group al-Shabaab", "el grupo yihadista somalí Al Shabab": the
        # noun introduces the name that follows, it does not point back to an earlier group
        if any(m.actor and m.kind != "demonym" and _INTRO_GAP.fullmatch(text, cm.end(), m.start) for m in ms
               if cm.end() <= m.start <= cm.end() + 40):
            continue
        sid = next((g.demonym_of.get(tuple(ids.normalise(w).split())) for w in
                    (cm.group("adj"), cm.group("adj1"), cm.group("adj2")) if w and g.demonym_of.get(tuple(ids.normalise(w).split()))), None)
        # (in text order: a description read earlier, "el movimiento", is appended to `ms` after the names)
        before = sorted((m for m in ms if m.end <= cm.start() and m.entity.startswith("group:") and m.actor),
                        key=lambda m: m.start)
        # "Hizbut Tahrir Indonesia, the movement's local branch", "el FAI, brazo político de la cofradía": the
        # group in apposition is part of the one described, never that group itself
        own = next((m.entity for m in reversed(before) if m.end <= cm.start() and (
            _APPOS_POSS_EN.fullmatch(text, m.end, cm.start()) and re.match(r"['’]s\b", text[cm.end():cm.end() + 3])
            or _APPOS_OF_ES.fullmatch(text, m.end, cm.start() + (2 if re.match(r"(?i:del)\s", text[cm.start():cm.start() + 4]) else 0)))),
            None)
        if own and (own == before[-1].entity):
            before = [m for m in before if m.entity != own]
            if last_group == own:
                others = [k for k in (seen_groups or {}) if k != own]
                last_group = max(others, key=lambda k: seen_groups[k]) if others else None
        want = _COREF_HEAD_KIND.get(cm.group("head").lower())
        near = last_group
        sect = {(cm.group(k) or "").lower() for k in ("adj", "adj1", "adj2")} & _SECT_DESC_WORDS
        if sect:
            # "la organización chiita" after "Hezbolá y Hamás": the sect word keeps the groups of that sect
            shia = bool(sect & _SHIA_WORDS)
            before = [m for m in before if (m.entity in _SHIA_GROUPS) == shia]
            seen = [k for k in (seen_groups or {}) if (k in _SHIA_GROUPS) == shia]
            ref = before[-1].entity if before else seen[0] if len(seen) == 1 else None
            if ref is None:
                continue
        elif sid:
            # "the Lebanese movement": the group of that country the story is about
            cands = [m.entity for m in before if getattr(g.entities.get(m.entity), "country", None) == sid]
            seen = [k for k in (seen_groups or {}) if getattr(g.entities.get(k), "country", None) == sid]
            ref = cands[-1] if cands else (max(seen, key=lambda k: seen_groups[k]) if seen else None)
        elif want == "cartel":
            # "the cartel", "la banda": the nearest cartel or gang, else the document's only one
            cands = [m.entity for m in before if kind_of(m.entity) == "cartel"]
            seen = [k for k in (seen_groups or {}) if kind_of(k) == "cartel"]
            ref = cands[-1] if cands else seen[0] if len(seen) == 1 else (
                before[-1].entity if before else last_group)
        else:
            # nothing before it in its sentence: the group the sentence before named first (its subject, mostly),
            # the story's most discussed group when that is among them ("JNIM, al-Qaeda's branch, has imposed a
            # blockade. The group, led by ..." is JNIM, not the Wagner Group the story is about)
            prev = [k for k in (memo or {}).get("prev_groups", []) if want is None or kind_of(k) == want]
            near = last_group if last_group in prev else prev[0] if prev else last_group
            ref = before[-1].entity if before else near
        org = (memo or {}).get("last_org")
        if org and not sid and want is None and not before and (
                ref is None or cm.group("head").lower() in _ORG_DESCRIPTION_HEADS):
            # "Britain proscribed the movement", "Alemania prohibió la asociación": with no group named before,
            # the story's organisation (an association is never an armed group); a listing's object only
            if not any(x.start < end and cm.start() < x.end for x in ms):
                # (after a group in apposition, "X, the movement's branch", the one other organisation: any relation)
                ms.append(Mention(start, end, org, "coref" if own and org != own else ORG_DESCRIPTION))
                taken.append((start, end))
            continue
        if cm.group("head").lower() in ("association", "asociación", "asociacion"):
            continue  # an association is no armed group: with no organisation in the story, nothing
        alts: tuple = ()
        if ref and not sid and want != "cartel":
            # the next most likely: the other groups before in the sentence (nearest first), then the story's
            alts = tuple(x for x in dict.fromkeys([m.entity for m in reversed(before)] + [near, last_group])
                         if x and x != ref and getattr(g.entities.get(x) or (new_entities or {}).get(x), "kind", "")
                         not in ("agency", "IGO", "company", "institution"))
        if ref:
            ent = g.entities.get(ref) or (new_entities or {}).get(ref)
            if ent is not None and getattr(ent, "kind", "") not in ("agency", "IGO", "company", "institution"):
                for m in inside:
                    m.actor = False
                add(start, end, ref, alts=alts)
    regions = _descriptions(g)
    for cm in [*literals.finditer_at_words(_COREF_NATION, text, _COREF_NATION_OPENERS, s, e),
               *literals.finditer_at_words(_COREF_NATION_ES, text, _COREF_NATION_ES_OPENERS, s, e)]:
        # "the South American country": a demonym inside the description is part of it
        inside = [m for m in ms if m.start < cm.end() and cm.start() < m.end]
        if any(m.kind != "demonym" or m.start < cm.start() or m.end > cm.end() for m in inside):
            continue
        cands = _region_states(regions, cm.group("r"))
        if not cands:
            continue
        sid = _one_fitting(cands, [m for m in ms if m not in inside], cm.start(), para_states or [], last_states)
        if sid:
            for m in inside:
                ms.remove(m)
            add(cm.start(), cm.end(), sid)


# -- "the network", "la cofradía", "the Front", "el bloque": a description repeating the head noun of a
# group's name (data/group_descriptions.yaml) means the group of that name met before
_NAMED_HEAD = literals.compile(
    r"\b(?:(?P<art>the|this|that|el|al|del|este|ese|dicho|la|esta|esa|dicha)\s+|(?<![\w-] )(?<![\w-])(?=(?-i:Treasury)\b))"
    r"(?P<head>regional\s+(?:bloc|body|organi[sz]ation)|(?:organizaci[oó]n|organismo|bloque)\s+regional|"
    r"network|red|brotherhood|cofrad[ií]a|hermandad|front|frente|bloc|bloque|coalition|coalici[oó]n|alliance|alianza|"
    r"treasury|tesoro|department|departamento|ministry|ministerio)"
    r"(?P<pos>['’]s)?(?![\w-])", re.I)
_NAMED_HEAD_EN_ART = frozenset({"the", "this", "that"})
_NAMED_HEAD_EN = frozenset({"network", "brotherhood", "front", "bloc", "coalition", "alliance", "body", "organisation", "organization",
                            "treasury", "department", "ministry"})
# after the head: a name ("la red Foxtrot", "the Front National"), a complement ("the network of"), a
# Spanish adjective ("la red social", "la red consular"): another network than the one named
_NAMED_HEAD_NOT_AFTER = literals.compile(
    r"\s*(?:of|de|del|for|para|called|named|known|llamad[oa]|conocid[oa]|denominad[oa])\b|\s+[A-ZÁÉÍÓÚÑ]|"
    r"\s+[a-záéíóúñü]+(?:istas?|íes|í|an[oa]s?|ens[ea]s?|és|es[ae]s?|ic[oa]s?|ad[oa]s?|al(?:es)?|ar(?:es)?|"
    r"ent[ae]s?|in[oa]s?|il(?:es)?|ita|iv[oa]s?)\b")


def _group_heads(g: Gazetteer) -> dict:
    """head word (lower case) -> (names regex, ids that fit anyway, capital only), from group_descriptions.yaml."""
    if not hasattr(g, "_group_heads"):
        import yaml
        from loaders.gazetteer import DATA, GazetteerError
        path = DATA / "group_descriptions.yaml"
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise GazetteerError(f"{path}: cannot read group descriptions ({exc.__class__.__name__})") from None
        out = {}
        for key, spec in (raw.get("heads") or {}).items():
            rx = re.compile("|".join(f"(?:{x})" for x in spec["names"]), re.I)
            fit = (rx, frozenset(spec.get("groups") or ()), bool(spec.get("capital")), {}, bool(spec.get("only")),
                   {f"state:{k}": v for k, v in (spec.get("states") or {}).items()})
            for w in spec["words"]:
                out[w.lower()] = fit
        object.__setattr__(g, "_group_heads", out)
    return g._group_heads  # type: ignore[attr-defined]


def _named_heads(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], seen: dict[str, int],
                 new_entities: dict, said_as: dict | None = None, doc_memo: dict | None = None) -> None:
    heads = _group_heads(g)
    for hm in literals.finditer(_NAMED_HEAD, text, s, e):
        a, b = hm.start(), hm.end()
        head, art = hm.group("head"), (hm.group("art") or "the").lower()  # (bare "Treasury": English)
        key = " ".join(head.lower().split())
        fit = heads.get(key)
        if fit is None or (art in _NAMED_HEAD_EN_ART) != (key.split()[-1] in _NAMED_HEAD_EN):
            continue  # "the red line", "la front": an article of the other language
        rx, extra, capital, memo, only, by_state = fit
        if capital and not head[0].isupper():
            continue  # "the front", "en el frente": a battle line
        if any(m.start < b and a < m.end for m in ms):
            continue  # part of a name read already ("the Foxtrot network", "la Red de Solidaridad")
        na = None if hm.group("pos") else _NAMED_HEAD_NOT_AFTER.match(text, b)
        if na and not (na.group().strip()[0].islower() and na.group().endswith("s") and not key.endswith("s")
                       and not re.match(r"\s*(?:of|for|de|del|para)\b", na.group())):
            continue  # (a plural adjective after a singular head is another noun's: "dirigentes de la cofradía exiliados")
        if head.lower() == "red" and re.search(r"\ben\s+$", text[max(s, a - 4):a]):
            continue  # "en la red": online

        def fits(k: str) -> bool:
            if k in extra:
                return True
            if k not in memo:
                ent = g.entities.get(k) or new_entities.get(k)
                memo[k] = ent is not None and any(rx.search(n) for n in [ent.name, *getattr(ent, "aliases", ())])
            return memo[k]

        here = [m for m in sorted(ms, key=lambda m: m.start, reverse=True)
                if m.end <= a and m.actor and m.kind != "coref" and m.entity.startswith("group:")]
        order = list(dict.fromkeys([m.entity for m in here] + sorted(seen, key=seen.get, reverse=True)))
        if here and re.fullmatch(r"\s*,\s*", text[here[0].end:a]):
            # "⟦X⟧, el grupo salafista que ...": a description in apposition describes the group just named, or
            # (when it does not fit it) no group read from further back
            order = order[:1]
        found = [k for k in order if fits(k)]
        if not found and by_state and doc_memo is not None:
            if "doc_states" not in doc_memo:  # every state the document names, actor or not
                doc_memo["doc_states"] = {o.entity for o in gazetteer_mentions(g, text, 0, len(text))
                                          if o.entity and o.entity.startswith("state:")}
            have = [sid for sid in by_state if sid in doc_memo["doc_states"]]
            if len(have) == 1 and by_state[have[0]]:
                found = [by_state[have[0]]]
        if not found:
            continue
        # a group the text named by words holding the head ("los Hermanos Musulmanes" for "la cofradía") before
        # one it named otherwise ("Al Jamaa al Islamiya", the Lebanese Muslim Brotherhood)
        said = [k for k in found if k not in extra and any(rx.search(w) for w in (said_as or {}).get(k, ()))]
        if said:
            found = said
        if only and len(found) > 1:
            # urged24: an office of the agency named with it ("the Department of the Treasury's OFAC ... Treasury urges")
            # leaves the agency: "Treasury" is the whole, never its office
            found = [k for k in found if g.part_of.get(k) not in found]
        ref = found[0]
        if only and len(found) > 1:
            continue  # two agencies of the kind named: "the Department" is neither for sure
        if len(found) > 1 and ref not in {m.entity for m in here} and "\n" in text[seen[ref]:a]:
            continue  # two fitting groups and the latest named in another paragraph: no telling
        # "al Frente", "del bloque": the contraction's article is the head's, its preposition is the rule's
        ms.append(Mention(hm.start("head") if art in ("al", "del") else a, b, ref, "coref"))


# "The minister said", "..., the spokesman added", "El canciller advirtió": a title alone, as the
# subject of a sentence or of a statement, names the one person met earlier with that title
_BARE_TITLE = literals.compile(r"(?<![\w’'-])(?:the|The|el|El|la|La)\s+(?P<t>[a-z][a-záéíóúñ-]+(?:\s+[a-z][a-záéíóúñ-]+){0,2})")
_SUBJECT_START = literals.compile(r"[\s\"“‘'(]*$")
_SAY_NEXT = literals.compile(r"\s*(?:(?:also|later|then|again|further|luego|también|además)\s+)?(?:said|says|told|added|warned|"
                       r"stressed|noted|urged|called|insisted|dijo|afirmó|señaló|añadió|advirtió|insistió|instó|pidió|"
                       r"subrayó|aseguró|declaró)\b")
# a letter of a bare title's words right before a word character that is not one of them
_TITLE_WORD_CUT = literals.compile(r"[a-záéíóúñ][^\Wa-záéíóúñ]")
_TITLE_DEPUTY = {"deputy", "vice", "assistant", "under", "adjunto", "adjunta", "vicepresidente", "vicepresidenta",
                 "viceministro", "viceministra", "vicecanciller", "former", "ex", "expresidente", "exministro"}


def _title_words(phrase: str) -> set[str]:
    return {_ROLE_EN.get(t, t) for t in tokens(phrase)} - {"the", "el", "la", "a", "an", "s", "of", "de", "del"}


def _bare_titles(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], titled: dict[str, str]) -> None:
    """The second pass of _bare_title_people: any title phrase ("the defence minister said")."""
    titles = _title_tokens(g)
    # a phrase counts only when one of its words is a title word, and each such word (letters only:
    # a hyphenated word normalises to two) is one of the document's tokens unless a word character
    # outside the phrase's letters cuts it off ("the ministerX"): without a title token and without
    # such a cut, no phrase below can count (the per-phrase scan cost ~1.3% of extraction)
    toks = DocTokens.of(text)
    span = toks.within(s, e)
    if span is not None and not toks.hits(titles, *span) and not _TITLE_WORD_CUT.search(text, s, e):
        return
    for bm in _BARE_TITLE.finditer(text, s, e):
        # the longest run of up to three words ending in a title word ("the defence minister")
        parts = list(re.finditer(r"\S+", bm.group("t")))
        k = next((k for k in range(len(parts), 0, -1) if _norm(parts[k - 1].group()) in titles), 0)
        if not k:
            continue
        a, b = bm.start(), bm.start("t") + parts[k - 1].end()
        phrase = text[bm.start("t"):b]
        if any(m.start < b and m.end > a for m in ms):
            continue
        if re.match(r"\s*(?:['’]s\b|of\b|de\b|del\b|[A-ZÁÉÍÓÚ])|\s*,\s*[A-ZÁÉÍÓÚ][a-záéíóú]+\s+[A-ZÁÉÍÓÚ]", text[b:b + 30]):
            continue  # an owner or a name follows: not a bare title
        if not (_SUBJECT_START.fullmatch(text, s, a) or _SAY_NEXT.match(text, b, e)):
            continue
        want = _title_words(phrase)
        if not set(tokens(phrase)) <= titles | g._title_inner:  # type: ignore[attr-defined]
            continue  # "the new rules", "the talks": not a title phrase
        fits = [pid for pid, role in titled.items()
                if want <= _title_words(role) and not ((_title_words(role) - want) & _TITLE_DEPUTY)]
        if len(fits) == 1:
            ms.append(Mention(a, b, fits[0], "coref"))


# -- plural titles with coordinated names: "los cancilleres A y B", "Presidents A and B",
# "the defence ministers of Chile and Argentina, A and B" -> one titled person per name
_PLURAL_HEAD = {"ministers": "minister", "presidents": "president", "secretaries": "secretary",
                "ambassadors": "ambassador", "leaders": "leader", "commanders": "commander", "envoys": "envoy",
                "premiers": "premier", "chancellors": "chancellor", "generals": "general", "senators": "senator",
                "ministros": "ministro", "ministras": "ministra", "cancilleres": "canciller",
                "presidentes": "presidente", "presidentas": "presidenta", "mandatarios": "mandatario",
                "embajadores": "embajador", "lideres": "líder", "comandantes": "comandante", "jefes": "jefe",
                "generales": "general", "senadores": "senador"}
# words that may stand before the plural head inside the title ("the two foreign ministers",
# "Chilean and Argentine defence ministers"); demonyms and state names are checked apart
_PLURAL_PRE = {"the", "los", "las", "two", "both", "dos", "ambos", "foreign", "defence", "defense", "interior",
               "prime", "primeros", "deputy", "vice", "finance", "trade", "security", "justice", "energy",
               "economy", "and", "y", "e"}
_NAME_NO_Y = rf"{_NAME_WORD}(?:\s+(?:(?:de|del|la|los|da|van|von|bin|ibn|al|el)\s+)*{_NAME_WORD}){{1,5}}"
# the plural head is found first (cheap); the rest is matched from it
_PLURAL_HEAD_RX = literals.compile(rf"\b(?i:{'|'.join(sorted(_PLURAL_HEAD, key=len, reverse=True))}|líderes)\b")
_PLURAL_TAIL = literals.compile(
    rf"(?P<of>\s+(?:of|de|del)\s+(?:[\w’'-]+\s+){{0,5}}?[\w’'-]+)??\s*,?\s+"
    rf"(?P<names>{_NAME_NO_Y}(?:\s*,\s*{_NAME_NO_Y})*\s*,?\s+(?:and|y|e)\s+{_NAME_NO_Y})(?![\w])")
_WORDS_BEFORE = literals.compile(r"(?:[\w’'-]+\s+){0,5}$")
# "los presidentes de Venezuela, Nicolás Maduro, y de Guyana, Irfaan Ali": each name after its own state
_PLURAL_EACH = literals.compile(
    rf"\s+(?:of|de|del)\s+(?:the\s+)?(?P<s1>[^,;.]{{2,40}}?)\s*,\s*(?P<n1>{_NAME_NO_Y})\s*,?\s+(?:and|y|e)\s+"
    rf"(?:of|de|del)\s+(?:the\s+)?(?P<s2>[^,;.]{{2,40}}?)\s*,\s*(?P<n2>{_NAME_NO_Y})(?![\w])")


@dataclass
class _PluralMatch:
    """A plural title and its names, with the span accessors of a regex match."""
    t0: int
    h0: int
    h1: int
    t1: int
    n0: int
    n1: int
    text: str

    def _span(self, k: str) -> tuple[int, int]:
        return {"title": (self.t0, self.t1), "head": (self.h0, self.h1), "names": (self.n0, self.n1)}[k]

    def start(self, k: str) -> int:
        return self._span(k)[0]

    def end(self, k: str) -> int:
        return self._span(k)[1]

    def group(self, k: str) -> str:
        a, b = self._span(k)
        return self.text[a:b]


def _each_with_its_state(g: Gazetteer, text: str, hm: re.Match, each: re.Match, ms: list[Mention], taken: list,
                         result: Actors) -> None:
    """One titled person per "of <state>, <name>" pair; each part must name exactly one state."""
    pairs = []
    for sk, nk in (("s1", "n1"), ("s2", "n2")):
        a, b = each.span(sk)
        states = list(dict.fromkeys(m.entity for m in ms if m.entity.startswith("state:") and a <= m.start < b))
        if len(states) != 1 or any(m.entity.startswith(("group:", "official:")) and a <= m.start < b for m in ms):
            return
        pairs.append((states[0], each.span(nk)))
    role = _PLURAL_HEAD.get(_norm(hm.group()), _norm(hm.group()))
    mods = []  # "the defence ministers of ...": the modifiers are part of the title
    for w in reversed(text[max(0, hm.start() - 40):hm.start()].split()):
        if _norm(w) not in _PLURAL_PRE or _norm(w) in ("the", "los", "las", "and", "y", "e", "two", "both", "dos", "ambos"):
            break
        mods.insert(0, w)
    role = " ".join([*mods, role])
    for org, (a, b) in pairs:
        person = next((m for m in ms if a <= m.start and m.end <= b and m.entity.startswith("official:")), None)
        if person is None:
            if any(not (b <= m.start or a >= m.end) for m in ms) or set(tokens(text[a:b])) & _ORG_WORDS:
                continue
            if any(not (b <= x or a >= y) for x, y in taken):
                continue
            person = _new_person(g, text[a:b], a, b, ms, taken, result)
        person.role, person.org = role, org
    # the states stay actors: "Los presidentes de A, X, y de B, Y, firmaron ..." makes A and B parties


def _new_person(g: Gazetteer, name: str, a: int, b: int, ms: list[Mention], taken: list,
                result: Actors) -> Mention:
    """A person the gazetteer does not know, named at text[a:b]: registered once per
    document as a new Official, and marked as a taken person mention. A later mention by the
    surnames alone ("el ministro Solís Vargas" after "Gerardo Solís Vargas") is the person met."""
    pid = ids.entity_id("Official", name)
    if pid not in result.new_entities and " " in name.strip():
        tail = " " + ids.normalise(name)
        same = [k for k, v in result.new_entities.items() if k.startswith("official:")
                and ids.normalise(v.name).endswith(tail)]
        if len(same) == 1:
            pid = same[0]
        elif not same and (met := result.__dict__.get("_surnames", {}).get(ids.normalise(name))):
            pid = met  # a part of the name of a person met ("Ramírez Lezcano" after "Rubén Ramírez Lezcano")
    if pid not in g.entities and pid not in result.new_entities:
        result.new_entities[pid] = Official(id=pid, name=name)
    person = Mention(a, b, pid, "person")
    ms.append(person)
    taken.append((a, b))
    return person


# a state's own offices (an envoy or a general may serve a third state that hosts or mediates)
_PAIRED_OFFICES = {"ministers", "ministros", "ministras", "cancilleres", "presidents", "presidentes", "presidentas",
                   "premiers", "chancellors", "mandatarios"}


def _coordinated_states(text: str, s: int, t_start: int, ms: list[Mention]) -> list[str]:
    """The two states of the sentence before `t_start` when they are exactly two, named as a pair
    ("Argentina e Irán", "between Russia and Ukraine"), and no other state or group stands there."""
    before = sorted((m for m in ms if s <= m.start and m.end <= t_start and m.entity.startswith(("state:", "group:"))
                     and m.kind != "capital"),  # (where it was signed: "en Adís Abeba")
                    key=lambda m: m.start)
    if len(before) != 2 or not all(m.entity.startswith("state:") and m.kind != "demonym" for m in before):
        return []
    x, y = before
    if x.entity == y.entity or not re.fullmatch(r"\s*(?:and|y|e)\s+", text[x.end:y.start]):
        return []
    return [x.entity, y.entity]


def _plural_titles(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors,
                   para_states: list[str]) -> None:
    """Each name after a plural title is a titled person. Their states come from the title
    ("de Chile y Argentina", "Chilean and Argentine"), one per name in order, else from the
    previous sentence when it named exactly as many states; else only gazetteer people (whose
    state the gazetteer knows) get the title, so no one is given another's state."""
    for hm in literals.finditer(_PLURAL_HEAD_RX, text, s, e):
        each = _PLURAL_EACH.match(text, hm.end(), e)
        if each:
            _each_with_its_state(g, text, hm, each, ms, taken, result)
            continue
        tail = _PLURAL_TAIL.match(text, hm.end(), e)
        if tail is None:
            continue
        pre = _WORDS_BEFORE.search(text, max(s, hm.start() - 80), hm.start())
        pm = _PluralMatch(pre.start() if pre else hm.start(), hm.start(), hm.end(),
                          tail.end("of") if tail.group("of") else hm.end(), tail.start("names"), tail.end("names"),
                          text)
        words = list(re.finditer(r"[\w’'-]+", pm.group("title")))
        head_at = pm.start("head") - pm.start("title")
        # the title starts after the last word that cannot belong to it
        first = 0
        for k, w in enumerate(words):
            if w.start() >= head_at:
                break
            pos = pm.start("title") + w.start()
            in_state = any(m.start <= pos < m.end and m.entity.startswith("state:") for m in ms)
            if not (in_state or _norm(w.group()) in _PLURAL_PRE):
                first = k + 1
        t_start = pm.start("title") + (words[first].start() if first < len(words) else head_at)
        if t_start > pm.start("head"):
            t_start = pm.start("head")
        names = list(re.finditer(_NAME_NO_Y, pm.group("names")))
        spans = [(pm.start("names") + n.start(), pm.start("names") + n.end()) for n in names]
        title_states = [m.entity for m in ms if m.entity.startswith("state:") and t_start <= m.start < pm.end("title")]
        title_states = list(dict.fromkeys(title_states))
        pair = _coordinated_states(text, s, t_start, ms) if not title_states else []
        if len(title_states) == len(spans):
            orgs = title_states
        elif len(spans) == 2 and len(pair) == 2 and _norm(pm.group("head")) in _PAIRED_OFFICES:
            # "el memorando firmado por Argentina e Irán ..., rubricado por los cancilleres X y Y": two
            # states coordinated earlier in the sentence, the names in the same order
            orgs = pair
        elif not title_states and len(para_states) == len(spans):
            orgs = list(para_states)
        else:
            orgs = [None] * len(spans)
        head = _PLURAL_HEAD.get(_norm(pm.group("head")), _norm(pm.group("head")))
        role = (text[t_start:pm.start("head")] + head + text[pm.end("head"):pm.end("title")]).strip()
        # the states are not part of the role text ("ministros de Defensa de Chile y Argentina")
        role = re.sub(r"\s+(?:of|de)\s+(?:the\s+)?[A-ZÁÉÍÓÚ]\w+(?:\s+[A-ZÁÉÍÓÚ]\w+)?\s+(?:and|y|e)\s+"
                      r"(?:the\s+)?[A-ZÁÉÍÓÚ]\w+(?:\s+[A-ZÁÉÍÓÚ]\w+)?$", "", role)
        role = re.sub(r"^(?:the|los|las|both|ambos|two|dos)\s+", "", role, flags=re.I)
        for (a, b), org in zip(spans, orgs):
            inside = [m for m in ms if a <= m.start and m.end <= b]
            person = next((m for m in inside if m.entity.startswith("official:")), None)
            if person is None:
                if inside or set(tokens(text[a:b])) & _ORG_WORDS:
                    continue  # a place or group
                if any(not (b <= x or a >= y) for x, y in taken):
                    continue
                if org is None and not _people()._is_name(g, text[a:b]):
                    continue
                person = _new_person(g, text[a:b], a, b, ms, taken, result)
                if org is None:
                    # (names22) "Lo firmaron los cancilleres X y Z": a new person whose state is unknown is still a
                    # person (a signatory, a speaker), with no office, so no one is given another's state
                    continue
            elif org is None and not g.roles_of(person.entity):
                continue
            person.role, person.org = role, org
        for m in ms:  # the states inside the title are not actors of their own
            if t_start <= m.start < pm.end("title") and m.entity.startswith("state:"):
                m.actor = False


_ACRONYM_DEF = literals.compile(r"\s*\(\s*(?P<acr>[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,6})\s*\)")
_RUN_LIST_JOIN = literals.compile(r"\s+(?:and|y|e)\s+(?:the|el|la|los|las)\s+")
_RUN_BEFORE = literals.compile(r"(?:[A-ZÁÉÍÓÚÑ][\w’'-]*\s+(?:(?:of|the|for|and|de|del|la|las|los|y|e|al|el)\s+)*)*"
                         r"[A-ZÁÉÍÓÚÑ][\w’'-]*$")


# a short name in brackets after a company's full name ("Korea Chonsung Trading Corporation (Chonsung)"), and the legal form
# closing a company's name ("Vostok Morservis LLC"): the company is named again without it
_SHORT_DEF = literals.compile(r"\s*\((?P<short>[A-ZÁÉÍÓÚÑ][\w’'-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w’'-]+){0,2})\)")
_LEGAL_TAIL = literals.compile(r"\s*,?\s+(?:LLC|L\.L\.C\.|Ltd\.?|Limited|Inc\.?|Corp\.?|Co\.|GmbH|FZE|FZCO|DMCC|JSC|PJSC|OJSC|CJSC|LLP|PLC|plc|"
                               r"OOO|S\.\s?A\.(?:\s+de\s+C\.\s?V\.)?|S\.\s?L\.|S\.\s?R\.\s?L\.|SAS|SARL|AG|OU|OÜ|Pte\.?\s+Ltd\.?)$")


def _company_short_names(text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors,
                         shorts: dict[str, str]) -> None:
    """A company found in full (discovered, not the gazetteer's) is named again by its name without the legal form
    (two words or more) or by the short name the text gives it in brackets (its own words; one word only when the
    text never writes it in lowercase): those later mentions name the company (desig23)."""
    for m in list(ms):
        ent = result.new_entities.get(m.entity)
        if ent is None or getattr(ent, "kind", None) != "company" or m.kind != "name":
            continue
        name = text[m.start:m.end]
        lm = _LEGAL_TAIL.search(name)
        if lm and len(name[:lm.start()].split()) >= 2:
            shorts.setdefault(name[:lm.start()], m.entity)
        dm = _SHORT_DEF.match(text, m.end, e)
        if dm:
            short = dm.group("short")
            words = {w.lower() for w in name.split()}
            if short != name and all(w.lower() in words for w in short.split()) and (
                    len(short.split()) >= 2 or (len(short) >= 5 and short.lower() not in text.replace(short, ""))):
                shorts.setdefault(short, m.entity)
                if all(dm.end("short") <= x or dm.start("short") >= y for x, y in taken):
                    taken.append((dm.start("short"), dm.end("short")))  # the definition itself is no second mention
    for short, gid in shorts.items():
        for m in ms:  # (the short name read as a company of its own by its trade word: "Baltic Horizon Shipping")
            if m.entity != gid and m.entity in result.new_entities and text[m.start:m.end] == short:
                m.entity = gid
        for a, b in literals.word_spans(text, short, s, e, before="-", after="-"):
            if all(b <= x or a >= y for x, y in taken):
                ms.append(Mention(a, b, gid, "name"))
                taken.append((a, b))


def _initials_match(acr: str, name: str) -> bool:
    """"LNA" for "Libyan National Army", "HTS" for "Hayat Tahrir al Sham", "EMC" for "Estado
    Mayor Central": the acronym's capitals are the initials of the name's words, in order."""
    caps = [c for c in acr if c.isupper()]
    words = [w for w in re.split(r"[\s-]+", name) if w]
    inits = [w[0].upper() for w in words]
    big = [w[0] for w in words if w[0].isupper()]
    def subseq(xs):
        it = iter(xs)
        return all(c in it for c in caps)
    return len(caps) >= 2 and (caps == big or (subseq(inits) and len(caps) >= len(big) - 1 and caps[0] == inits[0]))


def _defined_acronyms(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors,
                      acronyms: dict[str, str]) -> None:
    """"the Libyan National Army (LNA)" ... "the LNA": an acronym defined in parentheses after a
    group's name names that group for the rest of the document. A name the gazetteer does not
    hold but that contains one of its groups ("Islamic State Central Africa Province (ISCAP)")
    is a group of its own."""
    if "(" in text[s:e]:
        for dm in _ACRONYM_DEF.finditer(text, s, e):
            acr = dm.group("acr")
            if acr in acronyms:
                continue
            if g.index.get((_norm(acr),)):
                # a gazetteer acronym the document defines for another group it names ("the Ambazonia Defence
                # Forces (ADF)", not Uganda's ADF): that group for the rest of the document
                before = [m for m in ms if m.end <= dm.start() and not text[m.end:dm.start()].strip()]
                if before and before[-1].entity.startswith("group:") and not any(
                        m.start >= dm.start("acr") and m.end <= dm.end("acr") and m.entity == before[-1].entity for m in ms) \
                        and _initials_match(acr, text[before[-1].start:before[-1].end]):
                    acronyms[acr] = before[-1].entity
                elif before and before[-1].entity.startswith("group:"):
                    _translated_name(g, text, before[-1], acr, result)
                continue
            before = [m for m in ms if m.end <= dm.start() and not text[m.end:dm.start()].strip()]
            run = _RUN_BEFORE.search(text, max(s, dm.start() - 120), dm.start())
            gid = None
            if before and before[-1].entity.startswith("group:"):
                m = before[-1]
                # ("The Resistance Front (TRF)": the article may be part of the name the acronym spells)
                if _initials_match(acr, text[m.start:m.end]) or (
                        text[max(0, m.start - 4):m.start].lower() == "the " and _initials_match(acr, "The " + text[m.start:m.end])):
                    gid = m.entity
            if gid is None and run and len(run.group().split()) >= 2:
                a, b = run.start(), run.end()
                while text[a:b].split()[0].lower() in _ORG_LEAD:
                    a += len(text[a:b].split()[0]) + 1
                    a += len(text[a:b]) - len(text[a:b].lstrip())
                lm = None
                for lm in _RUN_LIST_JOIN.finditer(text, a, b):
                    pass
                if lm:  # "el Ejército de Arakán y el Ejército de Liberación Nacional Ta'ang (TNLA)": the last item
                    a = lm.end()
                name = text[a:b]
                inner = [m for m in ms if a <= m.start and m.end <= b]
                # a name with an organisation's head word, or a branch of a known group; not
                # agreements, laws or plans ("Reciprocal Access Agreement (RAA)")
                named_org = any(w.lower() in _ORG_HEADS for w in name.split()) or any(m.entity.startswith("group:") for m in inner)
                if (not _NOT_ORG_HEAD.search(name) and len(name.split()) >= 2
                        and _acronym_names_org(text, s, a, acr, name, named_org)
                        and not any(m.entity.startswith("official:") for m in inner)
                        and not (inner and inner[0].start == a and inner[0].end == b)):
                    gid = ids.entity_id("Group", name)
                    if g.get(gid) is None and gid not in result.new_entities:
                        head = next((w.lower() for w in name.split() if w.lower() in _ORG_HEADS), None)
                        result.new_entities[gid] = Group(id=gid, name=name, aliases=[acr],
                                                         kind=_ORG_HEADS.get(head, "organisation") if head else "organisation")
                    for m in inner:
                        m.actor = False
                        ms.remove(m)
                        if (m.start, m.end) in taken:
                            taken.remove((m.start, m.end))
                    ms.append(Mention(a, b, gid, "name"))
                    taken.append((a, b))
            if gid:
                acronyms[acr] = gid
                taken.append((dm.start("acr"), dm.end("acr")))  # the definition itself is no second mention
                ent = result.new_entities.get(gid)  # (session 21) a found group keeps the acronym it is defined with
                if ent is not None and acr not in ent.aliases:
                    ent.aliases.append(acr)
    if not acronyms or not _CAPS_ANY.search(text, s, e):
        return
    for acr, gid in acronyms.items():
        for m in ms:  # (a gazetteer acronym the document redefined: its mentions name the document's group)
            if m.entity != gid and m.entity.startswith("group:") and text[m.start:m.end] == acr:
                m.entity = gid
        for a, b in literals.word_spans(text, acr, s, e, before="-"):
            if all(b <= x or a >= y for x, y in taken):
                ms.append(Mention(a, b, gid, "name"))
                taken.append((a, b))


# what a defined acronym's name may be besides an organisation: weapons, places, measures, events
_ACR_THING = literals.compile(r"\b(?:Systems?|Vehicles?|Zones?|Product|Index|Rates?|Missiles?|Rockets?|Drones?|Weapons?|"
                        r"Corridor|Route|Republic|República|Emirates|Kingdom|Islands?|Province|Provincia|Region|Región|"
                        r"Territor(?:y|ies)|Conference|Conferencia|Summit|Cumbre|Forum|Foro|Games|Juegos|Day|Día|Syndrome|"
                        r"Síndrome|Virus|Disease|Test|Exercise|Ejercicio|Card|Tarjeta|Number|Número|Code|Código|Tax|"
                        r"Impuesto|Visa|Permit|Status|Estatuto|Mechanism|Mecanismo|Framework|Marco|Policy|Política|"
                        r"Doctrine|Doctrina|Corporate|Investment|Inversión|Devices?|Gas|Equipment|Intelligence|Bruto|"
                        r"Officers?|Director|Minister|Secretary|President|Chairman|Commissioner|Ambassador|Envoy)$")
# a category noun right before the name ("la agencia China Satellite ... (CLTC)", "the firm X (ABC)")
_ACR_CATEGORY_BEFORE = literals.compile(r"\b(?:agency|company|firm|bank|group|organi[sz]ation|association|body|unit|office|"
                                  r"agencia|empresa|compañía|firma|banco|grupo|organización|asociación|organismo|"
                                  r"entidad|oficina|unidad|institución|fundación)\s+(?:[a-záéíóúñ]+\s+){0,2}$")


def _translated_name(g: Gazetteer, text: str, m: Mention, acr: str, result: Actors) -> None:
    """"el Gobierno de Unidad Nacional (NUG)", "las Fuerzas de Apoyo Rápido (RSF)": a name found in
    the text but not in the gazetteer, followed by one of the gazetteer's group acronyms in another
    language (its initials do not spell the acronym), is that group's name in this language: the
    mention names the gazetteer's group, not a second organisation."""
    gids = {al.entity for al, _ in g.index.get((_norm(acr),), []) if al.entity and al.form == acr}
    if len(gids) != 1 or m.entity not in result.new_entities or _initials_match(acr, text[m.start:m.end]):
        return
    gid = next(iter(gids))
    if gid.startswith("group:"):
        m.entity = gid


def _acronym_names_org(text: str, s: int, a: int, acr: str, name: str, head: bool) -> bool:
    """Whether "name (ACR)" defines an organisation. With a head word ("Frente ...", "... Army")
    the acronym may be another language's ("Ejército de Liberación Nacional Ta'ang (TNLA)": all
    but one of its capitals are the name's); without one, the capitals must be exactly the
    initials of the name's capitalised words ("Asociación de Bancos de México (ABM)") and the
    name no weapon, place or event, unless a category noun introduces it ("la agencia X (CLTC)")."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    caps = [c for c in acr if c.isupper()]
    big = [w[0] for w in words if w[0].isupper()]
    if head:
        return _initials_match(acr, name) or len(caps) >= 3 and sum(c in big for c in caps) >= len(caps) - 1
    if _ACR_THING.search(name):
        return False
    if caps == big:
        return True
    it = iter(w[0].upper() for w in words)  # (initials in order, small words' too: "Launch and Tracking")
    return len(caps) >= 3 and caps[0] == big[0] and all(c in it for c in caps) \
        and bool(_ACR_CATEGORY_BEFORE.search(text, max(s, a - 40), a))


_NOT_ORG_HEAD = literals.compile(r"\b(?:Agreement|Accord|Treaty|Pact|Memorandum|Convention|Protocol|Act|Law|Plan|Program|"
                           r"Programme|Initiative|Strategy|Summit|Operation|Acuerdo|Tratado|Pacto|Memorando|Convenio|"
                           r"Protocolo|Ley|Plan|Programa|Iniciativa|Estrategia|Cumbre|Operación|"
                           # the names of listings: "a Foreign Terrorist Organization (FTO)", "Specially Designated Global Terrorist (SDGT)"
                           r"Foreign\s+Terrorist\s+Organi[sz]ations?|Specially\s+Designated|Terroristas?\s+Extranjer|Especialmente\s+Designad)")
_CAPS_ANY = literals.compile(r"\b[A-Z][A-Za-z]{0,2}[A-Z]")


# -- groups introduced by a category noun: "the Kraze Baryè gang", "the militia Saraya
# al-Haq", "la banda Los Tiburones", "la guerrilla colombiana Segunda Marquetalia"
_CAT_EN = {"gang": "cartel", "coalition": "armed group", "militia": "armed group", "group": "armed group",
           "cartel": "cartel", "movement": "armed group", "alliance": "armed group", "faction": "armed group",
           "network": "organisation", "brigade": "armed group", "brigades": "armed group", "party": "political party",
           "units": "armed group"}
_CAT_ES = {"banda": "cartel", "pandilla": "cartel", "grupo": "armed group", "guerrilla": "armed group",
           "milicia": "armed group", "cártel": "cartel", "cartel": "cartel", "coalición": "armed group",
           "facción": "armed group", "movimiento": "armed group", "alianza": "armed group", "partido": "political party"}
_CAP_WORD = r"(?:[A-ZÁÉÍÓÚÑ][\w’'-]*|\d+[A-Za-z]?|(?:al|el|as|ad|ash)-[A-Z][\w’'-]*)"
_CAT_NAME = rf"{_CAP_WORD}(?:\s+(?:(?:al|el|ad|ash|as|bin|de|del|la|las|los|y)\s+)?{_CAP_WORD}){{0,4}}"
_CAT_AFTER = literals.compile(rf"\b(?:the|The|whose|Whose)\s+(?:(?:so-called|ruling|governing|opposition|rival|notorious|powerful|"
                        rf"feared|banned|outlawed)\s+){{0,2}}(?P<name>{_CAT_NAME})\s+(?P<cat>{'|'.join(_CAT_EN)})\b(?!\s+(?:of|de)\b)")
_CAT_BEFORE_EN = literals.compile(
    rf"\b(?:the|a|an|The|A|An)\s+(?:(?:armed|rebel|militant|criminal|jihadist|paramilitary|separatist|insurgent|"
    rf"breakaway|splinter)\s+)?(?P<cat>group|militia|gang|cartel|faction|coalition|network)\s+"
    rf"(?:(?:known|called)\s+as\s+|called\s+|named\s+)?(?P<name>{_CAT_NAME})")
_CAT_BEFORE_ES = literals.compile(
    rf"\b(?:la|el|los|las|una?|del|al|La|El|Una?)\s+(?P<cat>{'|'.join(_CAT_ES)})(?:\s+(?:armad[oa]|criminal|"
    rf"rebelde|disidente|paramilitar))?(?P<gap>(?:\s+[a-záéíóúñü]+(?:istas?|íes|í|an[oa]s?|és|es[ae]s?|ic[oa]s?|ad[oa]s?|ent[ae]s?|in[oa]s?))"
    rf"{{0,2}})\s+(?:(?:conocid[oa]|llamad[oa]|denominad[oa])\s+(?:como\s+)?)?(?P<name>{_CAT_NAME})")
# capitalised words that describe a group rather than name it ("the Islamist group", "the Kurdish militia")
_NOT_A_NAME = literals.compile(r"^(?:[A-Z][a-z]+(?:ish|ian|ese|ist|ists|ite|ites|ic|i|an)|Arab|Muslim|Christian|Jewish|Western|"
                         r"Eastern|Northern|Southern|Shia|Islamic|National|Regional|International|Global|Latin|Central|"
                         r"Rebel|Opposition|Government|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                         r"January|February|March|April|May|June|July|August|September|October|November|December|"
                         r"The|This|That|Its|Their|His|Her|It|Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo|"
                         r"Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre|"
                         r"El|La|Los|Las|Este|Esta|Su|Sus|Según|En)$")


# a gated scan (loaders.literals) from the first cue word: `re` tried the 22 words at every position
_CATEGORY_CUE = literals.compile(r"\b(?:gang|coalition|militia|group|cartel|movement|alliance|faction|network|brigades?|party|units|"
                           r"banda|pandilla|grupo|guerrilla|milicia|c[áa]rtel|coalici[óo]n|facci[óo]n|movimiento|alianza|partido)\b")


# describing words ending in -i that no gazetteer holds as a demonym
_SECT_WORDS = {"sunni", "shii", "salafi", "sufi", "wahhabi", "yazidi", "alawi", "ismaili", "ahmadi", "jihadi", "baluchi",
               "baloch", "punjabi", "sindhi", "hindi", "zaidi", "deobandi", "barelvi", "mahdi", "takfiri", "hutu", "tutsi"}


def _describing(g: Gazetteer, word: str) -> bool:
    """A capitalised word that describes rather than names ("Islamist", "Kurdish", "Iraqi"): a
    word ending in -i only when it is a demonym or a sect ("the Bishnoi gang" is a name)."""
    if not _NOT_A_NAME.match(word):
        return False
    if word.endswith("i") and not word.endswith(("ni", "ti")) or word.lower() in _SECT_WORDS:
        return word.lower() in _SECT_WORDS or (word.lower(),) in g.demonym_of
    return True


def _category_groups(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    """A capitalised name next to a category noun is a group the gazetteer does not know:
    the noun says what it is, the capitals which one. A name holding any known actor, place or
    person, or made only of describing words ("the Islamist group"), gives nothing."""
    found = []
    seg = text[s:e]
    if not literals.search(_CATEGORY_CUE, seg):
        return
    for rx, table in ((_CAT_AFTER, _CAT_EN), (_CAT_BEFORE_EN, _CAT_EN), (_CAT_BEFORE_ES, _CAT_ES)):
        for cm in rx.finditer(text, s, e):
            a, b = cm.span("name")
            words = text[a:b].split()
            # trailing words of the next clause in capitals are not part of the name ("the militia Saraya said")
            if rx is not _CAT_AFTER and a == s:
                continue
            if all(_describing(g, w) for w in words) or _describing(g, words[0]) and len(words) == 1:
                continue
            if len(words) == 1 and words[0].lower() in _ORG_HEADS:
                continue  # "the Army units": a head word alone names no body
            # (the name with its noun after it is how the text names it too: "the Bishnoi gang")
            found.append((a, b, table[cm.group("cat")], text[a:cm.end("cat")] if rx is _CAT_AFTER else None))
    for a, b, kind, alias in found:
        if any(not (b <= m.start or a >= m.end) for m in ms):
            continue  # a known actor, place or person inside: not a new group
        if any(not (b <= x or a >= y) for x, y in taken):
            continue
        name = text[a:b]
        if set(tokens(name)) & {"president", "minister", "presidente", "ministro"}:
            continue
        gid = ids.entity_id("Group", name)
        if g.get(gid) is None and gid not in result.new_entities:
            result.new_entities[gid] = Group(id=gid, name=name, kind=kind, aliases=[alias] if alias else [])
        ms.append(Mention(a, b, gid, "name"))
        taken.append((a, b))
