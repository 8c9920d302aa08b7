"""Designees of sanctions and listings no gazetteer holds (session 15).

News about sanctions and terrorist listings names its targets without the cues the other
readers need: untitled people after a sanctions verb or in a list ("OFAC sanctioned three
individuals: A, B and C", "sancionó a A, a su hermano B y a la empresa C"), companies and
networks by their legal form ("X S.A. de C.V.", "Y Trading LLC"), groups listed beside known
groups ("designated the Sinaloa Cartel, the Cartel del Noreste and Z"), sub-groups and owners
("along with two sub-groups, A and B", "its owner, C"). This reader runs only after a verb or
noun of designating (sanction, designate, blacklist, proscribe, "among those listed were",
"sancionó a", "impuso sanciones a"), on the list of objects right after it, and types each
unknown item:

- a legal suffix or a company word in the name ("LLC", "S.A.", "Trading", "Exchange") -> a company;
- a description before it ("the company", "its owner", "su hermano", "two sub-groups") -> its kind;
- otherwise the list's other items: beside groups a group, beside people a person;
- otherwise a person's name form (two to five capitalised name words, `people._is_name`) -> a person.

The list ends at the first item that is no name ("in March", "for ...", "as ..."), so places,
dates and capitalised words after the list are never read. Nothing outside such a list is read.
"""

from __future__ import annotations

import re

from graph import ids
from loaders import dates
from loaders.actors import NAME_LO, NAME_UP, Actors, Mention, _new_person, _norm
from loaders.gazetteer import Gazetteer
from graph.schema import Group

# the verbs and nouns of designating, the list of objects right after them
CUE = re.compile(
    r"\b(?:(?:sanction(?:ed|s|ing)?|designat(?:ed|es|ing)|blacklist(?:ed|s|ing)?|proscrib(?:ed|es|ing))"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
    r"|(?:imposed|imposes|impose|slapped|announced)\s+(?:[\w-]+\s+){0,3}?sanctions\s+(?:on|against)"
    r"|froze\s+(?:the\s+)?(?:assets|property)\s+of"
    r"|[Aa]mong\s+(?:those|the\s+(?:people|individuals|entities|companies|firms|persons|targets))\s+"
    r"(?:newly\s+)?(?:sanctioned|listed|designated|targeted|named|blacklisted|added)\s+(?:were|was|are|is)"
    r"|(?:[Tt]he|[Ii]ts|[Tt]his)\s+(?:new\s+)?list\s+(?:includes|included|named|names)"
    r"|(?:[Ii]t|[Tt]hey|[Ww]ashington|Treasury|OFAC)\s+(?:also\s+)?(?:listed|targeted)"
    # "The following entities are designated: A, B and C", "Las siguientes personas quedan incluidas en la lista: A y B" (desig21)
    r"|(?:[Tt]he\s+following\s+(?:[\w-]+\s+){0,2}?(?:organi[sz]ations?|groups?|entities|individuals|persons|people|companies|vessels)"
    r"|(?:[Ll]as|[Ll]os)\s+siguientes\s+(?:organizaciones|grupos|entidades|personas|individuos|empresas|sociedades))"
    r"\s+(?:(?:is|are|were|have\s+been|has\s+been|quedan|son|fueron|han\s+sido)\s+)?(?:hereby\s+|also\s+|today\s+)?"
    r"(?:designated|proscribed|listed|sanctioned|added|declared|included|blacklisted|designad[oa]s|incluid[oa]s|incorporad[oa]s"
    r"|declarad[oa]s|sancionad[oa]s|listad[oa]s|agregad[oa]s)\b[^:.;]{0,80}?:"
    # (desig23) the list named before its designees ("added to its sanctions list A and B", "incluyó en su lista de sanciones a A
    # y a B"), a regime placed on them ("placed A under its Global Anti-Corruption sanctions regime"), a terrorist declaration
    # ("declared A and B terrorist organisations", "declaró organizaciones terroristas a A y a B")
    r"|(?:added|adds|placed|places|put|puts)\s+(?:to|on|onto)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:sanctions\s+list|SDN\s+list|blacklist)"
    r"|(?:placed|places|put|puts)(?=\s[^.;]{0,100}?\bunder\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?sanctions\b)"
    r"|(?:incluy(?:ó|e|eron|en)|agreg(?:ó|aron|a)|añadi(?:ó|eron)|incorpor(?:ó|aron|a))\s+en\s+(?:la|su|sus)\s+(?:[^.;]{0,30}?)"
    r"(?:lista|listado|registro)s?\s+(?:negras?\s+)?de\s+sanciones\s+a"
    r"|declared(?=\s[^.;]{0,140}?\bterror)"
    r"|declar(?:ó|aron)\s+(?:(?:organizaci(?:ón|ones)|grupos?)\s+terroristas?\s+)?a(?=\s[^.;]{0,140}?\bterror)"
    # a decree's or release's verb before "the following" set and its list ("Identificar a los siguientes grupos ... como
    # organizaciones terroristas: A, B y C", "designates the following organisations as terrorist organisations: A, B and C")
    r"|(?i:identif(?:y|ies|ied)|declar(?:e|es|ed)|designat(?:e|es|ed)|proscrib(?:e|es|ed)|list(?:s|ed)?|identificar|declarar|designar"
    r"|calificar|incluir|identific(?:a|ó|an|aron)|declar(?:a|an)|design(?:a|an)|calific(?:a|ó|an|aron)|incluy(?:e|en))\s+(?:a\s+)?"
    r"(?:the|los|las)\s+(?:following|siguientes)\s+[^:.;]{0,160}?:\s*"
    # "added three generals, including X, to its sanctions list" (desig21): adding to a list, the list named after
    r"|(?:added|adds|placed|put)(?=\s[^.;]{0,160}?\b(?:to|on|onto)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:list|blacklist|register|registry)\b)"
    r"|(?:(?:ha|han|había|habían|habría)\s+)?sancion(?:ó|aron|a|an|ará|arán|ado)\s+(?:(?:el|este|ayer|hoy|también)\s+(?:\w+\s+)?)?a"
    r"|(?:designó|designaron|designa|incluyó|incluyeron|agregó|agregaron|añadió|añadieron)\s+(?:(?:también|además|hoy|ayer)\s+)?a"
    r"|(?:impuso|impusieron|impone|anunció)\s+sanciones\s+(?:[\w]+\s+){0,2}?(?:a|contra)"
    r"|congeló\s+(?:los\s+)?(?:bienes|activos|fondos)\s+de"
    r"|[Ee]ntre\s+(?:los|las)\s+(?:sancionad|designad|incluid|señalad)[oa]s\s+(?:figuran?|están?|se\s+encuentran?|hay|aparecen?)"
    r"|[Ll]a\s+lista\s+(?:incluye|incluía|incluyó)(?:\s+a)?"
    # "Las compañías sancionadas, entre ellas X", "the sanctioned firms, including X" (desig20)
    r"|(?:[Ll]as|[Ll]os|[Tt]he)\s+(?:(?:sanctioned|designated|blacklisted)\s+)?(?:compañías|empresas|firmas|personas|entidades|individuos"
    r"|companies|firms|entities|individuals|people)\s+(?:sancionad[oa]s|designad[oa]s|sanctioned|designated|blacklisted|listed|targeted)?"
    r"\s*,?\s+(?:entre\s+ell[oa]s|including|among\s+them))\b")

# what separates the items of the list
_SEP = re.compile(r"\s*[,:;]\s*(?:(?:and|y|e|as\s+well\s+as|plus)\s+)?|\s*[—–]\s*|\s+(?:and|y|e|as\s+well\s+as|along\s+with|"
                  r"together\s+with|junto\s+(?:con|a)|así\s+como|plus)\s+")
# a capitalised name with particles, legal forms and an acronym in brackets
_LEGAL = r"(?:S\.\s?A\.(?:\s+de\s+C\.\s?V\.)?|S\.\s?A\.\s?S\.|S\.\s?R\.\s?L\.|C\.\s?A\.|S\.\s?L\.|LLC|L\.L\.C\.|Ltd\.?|Limited|Inc\.?|Corp\.?|Co\.|GmbH|FZE|FZCO|FZ-LLC|DMCC|JSC|PJSC|OJSC|LLP|PLC|plc|OOO|SAS|SARL)"
_W = rf"(?:{_LEGAL}(?![\w])|[A-Z][a-z]?\d{{1,3}}(?![\w])|[{NAME_UP}][{NAME_LO}'’-]+(?:-?[{NAME_UP}][{NAME_LO}]+)*|[A-Z]{{2,}}\d*|[A-Z]\.|(?:al|el|bin|ibn|abu|abd|ad|as|ash)-[{NAME_UP}][{NAME_LO}'’-]+|&|\d+)"
_PART = r"(?:de|del|de\s+la|de\s+los|de\s+las|la|los|las|el|of|the|for|al|bin|bint|ibn|van|von|da|dos|ould|ag)"
_RUN = re.compile(rf"(?:(?:The|El|La|Los|Las)\s+)?{_W}(?:\s+(?:{_PART}\s+)?{_W})*(?:\s*,?\s+{_LEGAL})?(?:\s*\([A-Z][\w&-]{{1,11}}\))?")
# a description before a name: its words, then an optional comma
_ART = (rf"(?:(?:the|a|an|its|his|her|their|{dates.count_words(1, 10, es=False)}|\d+|several|other|la|el|los|las|un|una|su|sus|"
        rf"{dates.count_words(2, 10, en=False)}|otras?|otros?)\s+)")
_PERSON_NOUNS = {"individual", "individuals", "person", "persons", "people", "man", "men", "woman", "women", "owner", "owners",
                 "brother", "brothers", "son", "sons", "daughter", "wife", "husband", "father", "cousin", "nephew",
                 "businessman", "businessmen", "businesswoman", "financier", "financiers", "facilitator", "facilitators",
                 "associate", "associates", "accountant", "director", "directors", "manager", "executive", "executives",
                 "official", "officials", "leader", "leaders", "commander", "commanders", "member", "members", "relative",
                 "relatives", "partner", "operative", "operatives", "courier", "broker", "brokers", "trader", "traders",
                 "persona", "personas", "hermano", "hermanos", "hermana", "hijo", "hijos", "hija", "esposa", "esposo",
                 "padre", "madre", "primo", "sobrino", "empresario", "empresarios", "empresaria", "socio", "socios",
                 "testaferro", "testaferros", "operador", "operadores", "financista", "financistas", "contador",
                 "dueño", "propietario", "propietaria", "funcionario", "funcionarios", "líder", "líderes", "cabecilla",
                 "cabecillas", "integrante", "integrantes", "miembro", "miembros", "colaborador", "colaboradores",
                 "individuo", "individuos", "ciudadano", "ciudadanos", "national", "nationals", "citizen", "citizens",
                 # (desig21) officers named in sanctions packages
                 "general", "generals", "officer", "officers", "minister", "ministers", "oligarch", "oligarchs",
                 "militares", "oficiales", "generales", "ministro", "ministros", "oligarca", "oligarcas"}
_COMPANY_NOUNS = {"company", "companies", "firm", "firms", "entity", "entities", "business", "businesses", "bank", "banks",
                  "exchange", "exchanges", "front", "fronts", "subsidiary", "subsidiaries", "airline", "airlines", "vessel",
                  "empresa", "empresas", "compañía", "compañías", "firma", "firmas", "entidad", "entidades", "sociedad",
                  "sociedades", "casa", "casas", "banco", "bancos", "negocio", "negocios", "fachada", "filial", "filiales",
                  # (desig21) the companies of energy and shipping packages
                  "refinery", "refineries", "shipper", "shippers", "insurer", "insurers", "operator", "operators",
                  "refinería", "refinerías", "navieras", "aseguradora", "aseguradoras", "operadora", "operadoras"}
_GROUP_NOUNS = {"group", "groups", "sub-group", "sub-groups", "subgroup", "subgroups", "network", "networks", "gang", "gangs",
                "cartel", "cartels", "militia", "militias", "faction", "factions", "organisation", "organisations",
                "organization", "organizations", "outfit", "outfits", "wing", "affiliate", "affiliates", "offshoot",
                "grupo", "grupos", "red", "redes", "banda", "bandas", "cártel", "cárteles", "cartel", "carteles",
                "milicia", "milicias", "facción", "facciones", "organización", "organizaciones", "pandilla", "pandillas",
                "estructura", "estructuras", "clan", "clanes"}
# company words inside a name ("Golden Crescent Trading", "Cambios Golden Gate", "Inversiones Caribe")
_COMPANY_WORDS = {"trading", "exchange", "exchanges", "holding", "holdings", "shipping", "logistics", "investments",
                  "investment", "enterprises", "enterprise", "industries", "industrial", "company", "corporation",
                  "group", "bank", "imports", "import", "export", "exports", "petroleum", "services", "consulting",
                  "construction", "general", "inversiones", "cambios", "comercializadora", "importadora", "exportadora",
                  "servicios", "constructora", "inmobiliaria", "grupo", "banco", "casa", "transportes", "naviera",
                  "distribuidora", "agropecuaria", "petrolera", "minera", "financiera", "airlines", "airways", "tankers",
                  "maritime", "marine", "navigation", "technologies", "technology", "electronics", "capital", "partners",
                  "fze", "fzco", "llc", "ltd", "inc", "corp", "gmbh", "jsc", "pjsc", "plc", "sas", "co",
                  # (session 22, orgs22) the trades and legal forms sanctioned firms are named by ("Hengli Petrochemical",
                  # "Grodno Azot", "Nord Stream 2 AG", "Garantex Europe OU"): no person's name ends so
                  "petrochemical", "petrochemicals", "chemical", "chemicals", "refinery", "refining", "azot", "energy",
                  "oil", "gas", "steel", "metals", "metallurgical", "mining", "minerals", "resources", "shipyard",
                  "shipbuilding", "aviation", "aerospace", "machinery", "engineering", "instruments", "microelectronics",
                  "semiconductor", "semiconductors", "pharmaceutical", "pharmaceuticals", "biotech", "plant", "factory",
                  "works", "ag", "se", "ou", "oü", "ab", "oy", "spa", "bv", "nv", "bhd", "pty", "pte", "ooo", "ojsc", "cjsc"}
# (orgs22) a Chinese province or city opening a name is a firm's ("Shandong Shouguang Luqing Petrochemical", "Yanbian
# Silverstar", "Shenzhen Jinghe Technology"): Chinese firms are registered under their place, no person is named so
_FIRM_PLACES = {"shandong", "hebei", "zhejiang", "jiangsu", "guangdong", "fujian", "liaoning", "shanghai", "shenzhen",
                "guangzhou", "tianjin", "dalian", "qingdao", "ningbo", "xiamen", "wuhan", "chengdu", "chongqing", "beijing",
                "yanbian", "hubei", "hunan", "henan", "anhui", "jilin", "heilongjiang", "sichuan", "shaanxi", "shanxi",
                "xinjiang", "yunnan", "guangxi", "hainan", "jiangxi", "dongguan", "hangzhou", "suzhou", "nanjing", "zhuhai",
                "shenyang", "harbin", "xian", "xi'an", "changsha", "zhengzhou", "hefei", "jinan", "yantai", "weifang"}
_GROUP_WORDS = {"cartel", "cártel", "carteles", "cárteles", "clan", "front", "frente", "brigade", "brigades", "brigada",
                "brigadas", "army", "ejército", "movement", "movimiento", "network", "red", "gang", "banda", "militia",
                "milicia", "organization", "organisation", "organización", "battalion", "batallón", "commando", "comando",
                "force", "forces", "fuerza", "fuerzas", "liberation", "liberación", "resistance", "resistencia", "guard",
                "guardia", "jihad", "mujahideen", "muyahidines", "ansar", "jamaat", "hizb", "harakat", "kataib", "saraya",
                "tanzim", "ejercito", "union", "unión", "alliance", "alianza", "league", "liga", "party", "partido"}
# an adjective after a description's noun ("funcionarios nicaragüenses", "empresas venezolanas", "ciudadanos iraníes")
_ADJ_END = r"(?:enses?|an[oa]s?|eñ[oa]s?|és|es[ae]s?|íes|ín|in[oa]s?|ic[oa]s?|ales|al|ares|ar|í)$"
# what ends the list: a lowercase word that is no description ("in March", "for", "as", "over")
_STOP_WORDS = {"in", "on", "for", "over", "as", "under", "after", "because", "who", "which", "that", "to", "by", "with",
               "from", "at", "since", "during", "while", "amid", "said", "en", "por", "como", "tras", "bajo", "que",
               "quien", "quienes", "desde", "durante", "con", "para", "según", "debido", "were", "was", "are", "is",
               "have", "has", "had", "fue", "fueron", "ha", "han", "es", "son",
               # (desig23) the authority or time a release names after its designees ("pursuant to E.O. 14024", "today")
               "pursuant", "conforme", "today", "hoy"}
# names no designee carries (places and dates are no actors; "the Treasury" acts, not is listed)
_NOT_DESIGNEE = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                 "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
                 "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo", "enero",
                 "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
                 "diciembre", "treasury", "tesoro", "ofac", "state", "department", "departamento", "ministry", "ministerio",
                 "government", "gobierno", "specially", "designated", "global", "terrorist", "terrorists", "foreign",
                 "organization", "organisation", "sdgt", "sdn", "fto", "kingpin", "act", "ley", "order", "orden",
                 "executive", "magnitsky", "list", "lista", "north", "south", "east", "west", "street", "avenue",
                 "province", "provincia", "city", "ciudad", "region", "región", "island", "isla"}


def _words(t: str) -> list[str]:
    return [w.strip(".,’'()") for w in t.split()]


def _described(desc: str) -> str | None:
    """The kind a description before a name says: person, company or group."""
    ws = [w.lower().strip(",") for w in desc.split()]
    for w in reversed(ws):
        if w in _PERSON_NOUNS:
            return "person"
        if w in _COMPANY_NOUNS or w.endswith("-based") and "company" in ws:
            return "company"
        if w in _GROUP_NOUNS:
            return "group"
    return None


def _form_kind(name: str) -> str | None:
    """The kind a name's own words say (a legal form or a company word, a group's head word)."""
    ws = [w.lower() for w in _words(name)]
    if re.search(_LEGAL + r"\s*$", name) or any(w in _COMPANY_WORDS for w in ws[1:]) \
            or len(ws) >= 2 and ws[0] in _FIRM_PLACES or ws[:1] and ws[0] in (
            "inversiones", "cambios", "comercializadora", "importadora", "exportadora", "servicios", "constructora",
            "inmobiliaria", "grupo", "banco", "casa", "transportes", "naviera", "distribuidora"):
        return "company"
    if any(w in _GROUP_WORDS for w in ws) or ws[:1] and ws[0] in ("los", "las") and len(ws) >= 2:
        return "group"
    return None


_FOLLOWING_SET = re.compile(r"\b(?:following|siguientes)\s+([\w-]+)", re.I)


def discover(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    """Designees named in the list after a designation cue of text[s:e] (see the module's doc)."""
    from loaders.people import _is_name
    for cm in CUE.finditer(text, s, e):
        items = _items(text, cm.end(), e)
        if not items:
            continue
        kinds: list[str | None] = []
        for a, b, desc in items:  # what each item is, known or by its form
            known = [m for m in ms if m.start < b and m.end > a and m.entity]
            if known:
                k = known[0].entity
                kinds.append("group" if k.startswith("group:") else "person" if k.startswith("official:") else "state")
            else:
                kinds.append(_described(desc) if desc else None)
        shared = None  # the kind a counted noun gives the whole list ("three individuals: A, B and C")
        fm = _FOLLOWING_SET.search(cm.group())
        if fm:  # "los siguientes grupos ...:", "the following organisations ...:" (desig23)
            shared = _described(fm.group(1))
        for i, (a, b, desc) in enumerate(items):
            if desc and items[i][0] == items[i][1]:
                shared = _described(desc) or shared
        for i, (a, b, desc) in enumerate(items):
            if a == b or any(m.start < b and m.end > a and m.entity for m in ms):
                continue
            if any(not (y <= a or x >= b) for x, y in taken):
                continue
            name = text[a:b]
            ws = _words(name)
            if not ws or any(_norm(w) in _NOT_DESIGNEE for w in ws):
                continue
            if (tuple(_norm(w) for w in ws),) in g.demonym_of or any((_norm(w),) in g.demonym_of for w in ws[:1]):
                continue  # a nationality opening the run ("Iranian Oil Ministry") or a people
            kind = kinds[i] or _form_kind(name) or shared
            if kind is None:
                others = [k for j, k in enumerate(kinds) if j != i and k]
                if others and all(k in ("group", "company") for k in others):
                    kind = "group"
                else:
                    kind = "person"  # beside people, or nothing tells: a person's name form only
            if kind == "person":
                if not _is_name(g, name) or _form_kind(name):
                    continue
                _new_person(g, name, a, b, ms, taken, result)
            elif kind in ("group", "company"):
                if len(ws) == 1 and (text.find(ws[0].lower()) >= 0 or len(ws[0]) < 4):
                    continue  # a capitalised common word ("Andariel" is no word written in lowercase)
                _new_group(g, text, a, b, "company" if kind == "company" else "armed group", ms, taken, result)
        # the list as read, every item's actor (known or new): extract.py gives them the listing of one of them
        found = []
        for a, b, _ in items:
            if a < b:
                m = next((m for m in ms if m.start < b and m.end > a and m.entity and m.actor), None)
                if m is None:
                    break  # an item no actor holds ends the list for the listing too
                found.append(m.entity)
        if len(found) > 1:
            result.__dict__.setdefault("_designee_lists", []).append((cm.start(), found))


def listed_with(claims: list, actors: Actors) -> list:
    """A listing of one item of a designee list (one claim whose quote holds the cue) is the listing of
    every item ("sancionó a A, a su hermano B y a la empresa C": the rule's list ends at the description)."""
    from graph.schema import Claim
    out = []
    for at, items in actors.__dict__.get("_designee_lists", ()):
        here = [c for c in claims if c.predicate == "DESIGNATED" and c.char_start <= at < c.char_end]
        for c in here:
            if c.object not in items or c.polarity != "positive":
                continue
            if ".near." in c.rule and any(d.subject != c.subject and d.object in items and ".near." not in d.rule
                                          for d in here):
                continue  # the list is another subject's, read by a rule ("A designó a X y a Y, y B incluyó a X en su
                # lista"): B's proximity reading of X is no listing of Y
            have = {d.object for d in here if d.subject == c.subject}
            for eid in items:
                if eid in have or not eid.startswith(("group:", "official:")):
                    continue
                have.add(eid)
                out.append(Claim(**{**c.model_dump(), "id": "", "object": eid, "rule": "designees.listed_with"}))
    return out


def _new_group(g: Gazetteer, text: str, a: int, b: int, kind: str, ms: list[Mention], taken: list, result: Actors) -> None:
    name = re.sub(r"^(?:The|El|La)\s+", "", text[a:b])
    name = re.sub(r"\s*\([^)]*\)$", "", name)
    gid = ids.entity_id("Group", name)
    if g.get(gid) is None and gid not in result.new_entities:
        result.new_entities[gid] = Group(id=gid, name=name, aliases=[], kind=kind)
    ms.append(Mention(a, b, gid, "name"))
    taken.append((a, b))


# what may follow a listed name: the sentence's end, a bracket, a word ending the list
_ENDS = re.compile(r"\s*(?:[.)]|$)|\s+(?:" + "|".join(sorted(_STOP_WORDS)) + r")\b|\s*\(")


def _items(text: str, at: int, e: int) -> list[tuple[int, int, str]]:
    """The items of the list starting at `at`: (start, end, description) of each name, (x, x, noun)
    for a description standing alone ("two companies," "its owner,"); [] when no name starts it."""
    out: list[tuple[int, int, str]] = []
    pos = at
    pending = ""
    while pos < e:
        while pos < e and text[pos] in " \t":
            pos += 1
        # the articles and prepositions before an item ("a la empresa", "the", "al")
        lead = re.match(r"(?:(?:a|al|the|and|y|to)\s+(?=\S))?", text[pos:e])
        p = pos + lead.end()
        # (a count, then up to three words, a demonym among them: "three North Korean generals", "decenas de
        # funcionarios nicaragüenses"; the description's noun may stand before an adjective: desig21)
        desc_m = None
        for rx in (rf"(?P<d>(?:{_ART}|(?:(?:[a-záéíóúñ][\w-]*|[A-Z][\w]*-based)\s+){{0,3}}))(?P<n>[a-záéíóúñ][\w-]*)(?=\s*,|\s*:|\s+[A-ZÁÉÍÓÚÑ])",
                   rf"(?P<d>{_ART}(?:(?:[a-záéíóúñ][\w-]*|[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:-[A-Z]?[a-z]+)?)\s+){{0,3}})(?P<n>[a-záéíóúñ][\w-]*)(?=\s*,)"):
            dm = re.match(rx, text[p:e])
            if dm and (_described(dm.group("n")) or dm.group("n") in ("including", "incluidas", "incluidos")
                       or (len(dm.group().split()) > 1 and _described(dm.group().split()[-2])
                           and re.search(_ADJ_END, dm.group("n")))):
                desc_m = dm
                break
        desc = ""
        if desc_m:
            desc = desc_m.group()
            p += desc_m.end()
            sep = re.match(r"\s*[,:]\s*|\s+", text[p:e])
            if sep and text[p:p + sep.end()].strip() in (",", ":"):
                out.append((p, p, desc))  # a description standing alone: it types the item(s) after it
                pending = desc
                pos = p + sep.end()
                continue
            p += sep.end() if sep else 0
        elif im := re.match(r"(?:entre\s+(?:ellas|ellos)|including|among\s+them|such\s+as)\s+(?:(?:a|al)\s+(?=[A-ZÁÉÍÓÚÑ]))?", text[p:e]):
            p += im.end()
        rm = _RUN.match(text, p, e)
        if not rm:
            break
        a, b = rm.start(), rm.end()
        nxt = _SEP.match(text, b, e)
        if not nxt and not _ENDS.match(text, b, e):
            break  # capitals going on into lowercase words ("Iranian Oil Ministry officials"): no name
        out.append((a, b, desc or pending))
        pending = ""
        if not nxt:
            break
        pos = nxt.end()
    names = [x for x in out if x[0] < x[1]]
    return out if names else []


# ---------------------------------------------------------------- the annex of a sanctions release (desig21)
# "1. Vostok Logistik LLC, Vladivostok, Russia. Designated pursuant to E.O. 14024.", "VOROBYOV, Ilya Sergeyevich, DOB 1978,
# nationality Russia. Designated pursuant to E.O. 14024.": one line per designee, its name first, the authority last. The
# designee is listed by the designator of the release (the listing read last before the annex: annex_claims); the line's
# name is a person when the line gives a birth date or a nationality (or the section is "Individuals"), else an entity.
ANNEX = re.compile(r"(?m)^[ \t]*(?:\d{1,3}[.)][ \t]+)?(?P<name>[^\n,;()]{2,90}?)(?P<aka>[ \t]*\((?:a\.k\.a\.|f\.k\.a\.|also known as|alias|"
                   r"también conocid[oa] como)[^)\n]{0,120}\))?,(?P<rest>[^\n]{0,260}?)\b(?:Designated|Listed|Identified|Designad[oa]|Incluid[oa])"
                   r"\s+(?:pursuant\s+to|under|in\s+accordance\s+with|conforme\s+a|en\s+virtud\s+de|según)\b[^\n]*")
_ANNEX_PERSON = re.compile(r"\b(?:DOB|D\.O\.B\.|born|b\.|nationality|nationalities|passport|gender|fecha\s+de\s+nacimiento|"
                           r"nacionalidad|pasaporte)\b", re.I)
_SECTION = re.compile(r"(?m)^[ \t#*]*(?P<h>Individuals|Persons|Entities|Companies|Vessels|Personas(?:\s+físicas)?|Entidades|Empresas)"
                      r"[ \t*:]*$")
_PATRONYMIC = re.compile(r"^[A-Z][a-z]+(?:ovich|evich|yevich|ich|ovna|evna|yevna|ichna)$")
_AGENCY_WORDS = re.compile(r"\b(?:Department|Ministry|Bureau|Office|Directorate|Committee|Administration|Agency|Commission|"
                           r"Ministerio|Departamento|Dirección|Oficina|Comité|Agencia)\b")
_annex_cache: tuple[str, list] | None = None
_TODAY = re.compile(r"\b(?:[Tt]oday|[Hh]oy)\b")


def _annex_lines(text: str) -> list[re.Match]:
    global _annex_cache
    if _annex_cache is None or _annex_cache[0] is not text:
        found = list(ANNEX.finditer(text)) if ("esignat" in text or "esignad" in text or "isted" in text or "ncluid" in text) else []
        _annex_cache = (text, found)
    return _annex_cache[1]


def _annex_name(m: re.Match) -> tuple[str, bool]:
    """The designee's name in reading order, and whether the line says it is a person."""
    name = m.group("name").strip()
    rest = m.group("rest")
    person = bool(_ANNEX_PERSON.search(rest))
    words = name.split()
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        # "VOROBYOV, Ilya Sergeyevich": surname first, given names in the next field
        given = re.match(r"\s*((?:[A-Z][a-z'’-]+\s*){1,3})(?=,|$)", rest)
        if given:
            g_words = given.group(1).split()
            if len(g_words) > 1 and _PATRONYMIC.match(g_words[-1]):
                g_words = g_words[:-1]  # the patronymic: news names the person without it
            return " ".join(g_words + [words[0].capitalize()]), True
    if len(words) >= 2 and words[0].isupper() and len(words[0]) > 1 and all(w[:1].isupper() and not w.isupper() for w in words[1:]):
        return " ".join([words[0].capitalize()] + words[1:]), True  # "KIM Song Il": family name first in capitals
    return name, person


def discover_annex(g: Gazetteer, text: str, s: int, e: int, ms: list[Mention], taken: list, result: Actors) -> None:
    """The designees of the annex lines whose name opens in text[s:e] (see ANNEX)."""
    for m in _annex_lines(text):
        a, b = m.span("name")
        while b > a and text[b - 1] in " \t":
            b -= 1
        if not (s <= a < e):
            continue
        name, person = _annex_name(m)
        section = [h.group("h").lower() for h in _SECTION.finditer(text, 0, m.start())]
        if section:
            person = person or section[-1].startswith(("individual", "person"))
        known = next((x for x in ms if x.start < b and x.end > a and x.entity and x.actor), None)
        if known is not None:
            eid = known.entity
        elif person:
            eid = ids.entity_id("Official", name)
            if eid not in g.entities and eid not in result.new_entities:
                from graph.schema import Official
                result.new_entities[eid] = Official(id=eid, name=name, aliases=[m.group("name").strip()] if name != m.group("name").strip() else [])
            ms.append(Mention(a, b, eid, "person"))
            taken.append((a, b))
        else:
            if len(name.split()) == 1 and name.lower() in _NOT_DESIGNEE:
                continue
            kind = "company" if _form_kind(name) == "company" else "agency" if _AGENCY_WORDS.search(name) else "company"
            _new_group(g, text, a, b, kind, ms, taken, result)
            eid = ms[-1].entity
        line_b = m.end()
        while line_b > m.start() and text[line_b - 1] in " \t":
            line_b -= 1
        line_a = a if text[m.start():a].strip() == "" or re.match(r"[ \t]*\d{1,3}[.)][ \t]+$", text[m.start():a]) else m.start()
        result.__dict__.setdefault("_annex", []).append((line_a, line_b, eid))


def annex_claims(text: str, claims: list, actors: Actors) -> list:
    """The listing of every annex designee by the designator of the release: the subject, kind, date and modality of the
    last positive listing read before the annex line (none before it: no listing read)."""
    from graph.schema import Claim
    out = []
    listings = sorted((c for c in claims if c.predicate == "DESIGNATED" and c.polarity == "positive"
                       and c.modality.value in ("asserted", "reported")), key=lambda c: c.char_start)
    for a, b, eid in actors.__dict__.get("_annex", ()):
        before = [c for c in listings if c.char_end <= a]
        if not before or not eid.startswith(("group:", "official:")):
            continue
        t = before[-1]
        if any(c.predicate == "DESIGNATED" and c.subject == t.subject and c.object == eid for c in claims + out):
            continue
        date = t.date
        if date is None and t.reported and _TODAY.search(text, 0, 800):
            date = t.reported  # a release that announces its listings "today": the annex is of its day
        out.append(Claim(**{**t.model_dump(), "id": "", "object": eid, "quote": text[a:b], "char_start": a, "char_end": b, "date": date,
                            "alt_quote": None, "alt_char_start": None, "alt_char_end": None, "rule": "designees.annex",
                            "attributed_to": None, "attribution": None}))
    return out
