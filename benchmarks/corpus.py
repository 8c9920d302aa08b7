"""Synthetic corpora and synthetic graphs for the benchmarks.

Corpus: N news articles in English and Spanish (about 800 words each, a few bilingual),
written from paired sentence templates over a large actor list (every pycountry state
with its English and Spanish name, a few hundred invented groups and a couple of
thousand invented officials, plus the real actors of the seeds), with the hedging and
attribution the seeds show ("according to", "sources said", "allegedly", "según",
"presuntamente") and the same web boilerplate (social prompts, comment forms,
newsletter boxes, "keep reading" blocks, an unrelated story appended after the article).

    python -m benchmarks.corpus corpus -n 1000 -o /tmp/corpus            # corpus.jsonl
    python -m benchmarks.corpus corpus -n 1000 -o /tmp/corpus --format txt  # .txt + manifest.yaml

Graph: `synthetic_batches(nodes, edges)` yields self-contained graph.schema.Batch objects
of `edges_per_batch` fact edges each (claims, documents and the entities they name
included), in the proportions of real loads: CLAIMS_PER_FACT claims per fact edge and
CLAIMS_PER_DOCUMENT claims per document. `nodes` counts entity nodes, `edges` fact
edges; Document and Claim nodes and the claim relationships come on top.

    python -m benchmarks.corpus graph --nodes 100000 --edges 500000 -o graph.jsonl

Everything is seeded: the same arguments give the same output.
"""

from __future__ import annotations

import argparse
import gettext
import json
import random
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import pycountry
import yaml

from graph import ids
from graph.schema import (ALLOWED, FACT_KEY, SYMMETRIC, Agreement, Batch, Claim, Document, Group,
                          Modality, Official, State)

# Proportions of real loads, measured on the five seeds with loaders.load (2026-11-22:
# 5 documents, 69 claims, 40 fact edges): 13.8 claims per document, 1.7 claims per fact.
CLAIMS_PER_FACT = 1.7
CLAIMS_PER_DOCUMENT = 14.0

# --------------------------------------------------------------------------- actors

_GROUP_ADJ = [("Northern", "del Norte"), ("Southern", "del Sur"), ("Revolutionary", "Revolucionario"),
              ("Popular", "Popular"), ("National", "Nacional"), ("Patriotic", "Patriótico"),
              ("Islamic", "Islámico"), ("United", "Unido"), ("Democratic", "Democrático"),
              ("Andean", "Andino"), ("Coastal", "Costero"), ("Free", "Libre"),
              ("Red", "Rojo"), ("Black", "Negro"), ("Western", "Occidental"), ("Eastern", "Oriental"),
              ("Federal", "Federal"), ("Socialist", "Socialista"), ("Liberation", "de Liberación"),
              ("Independent", "Independiente")]
_GROUP_NOUN = [("Front", "Frente", "armed group"), ("Movement", "Movimiento", "party"),
               ("Army", "Ejército", "armed group"), ("Brigades", "Brigadas", "armed group"),
               ("Council", "Consejo", "organisation"), ("Alliance", "Alianza", "party"),
               ("Cartel", "Cartel", "cartel"), ("Guard", "Guardia", "armed force"),
               ("Directorate", "Dirección", "agency"), ("Service", "Servicio", "agency"),
               ("Union", "Unión", "organisation"), ("Legion", "Legión", "armed group"),
               ("Network", "Red", "organisation"), ("Corps", "Cuerpo", "armed force"),
               ("Party", "Partido", "party"), ("Company", "Compañía", "company")]
_GROUP_TOPIC = [("", ""), ("for Justice", "por la Justicia"), ("of the Highlands", "de las Tierras Altas"),
                ("for Sovereignty", "por la Soberanía"), ("of the Valley", "del Valle"),
                ("of Resistance", "de la Resistencia"), ("of the People", "del Pueblo")]
_REAL_GROUPS = [("Islamic Revolutionary Guard Corps", "Cuerpo de la Guardia Revolucionaria Islámica", "IRGC", "armed force", "IRN"),
                ("Quds Force", "Fuerza Quds", "", "armed force", "IRN"),
                ("Hezbollah", "Hezbolá", "", "armed group", "LBN"),
                ("Hamas", "Hamás", "", "armed group", "PSE"),
                ("Revolutionary Armed Forces of Colombia", "Fuerzas Armadas Revolucionarias de Colombia", "FARC", "armed group", "COL"),
                ("Movement for Socialism", "Movimiento al Socialismo", "MAS", "party", "BOL"),
                ("Mossad", "Mossad", "", "agency", "ISR"),
                ("Central Intelligence Agency", "Agencia Central de Inteligencia", "CIA", "agency", "USA")]
_FIRST = ["Ana", "Luis", "María", "Carlos", "Jorge", "Elena", "Pedro", "Lucía", "Miguel", "Sofía",
          "Ahmad", "Reza", "Fatima", "Hassan", "Leila", "Omar", "John", "Sarah", "David", "Emily",
          "Viktor", "Olga", "Kenji", "Amara", "Kwame", "Ines", "Tomás", "Rafael", "Isabel", "Diego",
          "Mariam", "Yusuf", "Chen", "Priya", "Arjun", "Nadia", "Pablo", "Camila", "Andrés", "Valeria"]
_LAST = ["Morales", "Fernández", "Quispe", "Mamani", "Rahimi", "Karimi", "Haddad", "Mansour", "Smith",
         "Johnson", "Novak", "Petrov", "Tanaka", "Okafor", "Mensah", "Silva", "Rojas", "Vargas",
         "Castillo", "Herrera", "Mendoza", "Suárez", "Ortega", "Delgado", "Navarro", "Salazar",
         "Nazari", "Tehrani", "Abbasi", "Farouk", "Chowdhury", "Kumar", "Gómez", "Paredes", "Arias",
         "Villanueva", "Ibáñez", "Cárdenas", "Lozano", "Benítez", "Aguilar", "Campos", "Molina"]
_ROLES = [("President", "presidente"), ("Foreign Minister", "canciller"),
          ("Minister of Defense", "ministro de Defensa"), ("Interior Minister", "ministro de Gobierno"),
          ("Ambassador", "embajador"), ("Vice President", "vicepresidente"),
          ("Intelligence Chief", "jefe de inteligencia"), ("Energy Minister", "ministro de Energía")]


@dataclass(frozen=True)
class Actor:
    id: str
    type: str
    en: str
    es: str
    aliases: tuple[str, ...] = ()
    country: str | None = None  # state id
    kind: str | None = None


@lru_cache(maxsize=1)
def _spanish():
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"], fallback=True).gettext


@lru_cache(maxsize=4)
def actors(n_groups: int = 400, n_officials: int = 2000, seed: int = 7) -> dict[str, list[Actor]]:
    """States (all of pycountry), invented + real groups, invented officials."""
    rng = random.Random(seed)
    es = _spanish()
    states = []
    for c in pycountry.countries:
        # "Palestine, State of" -> "Palestine": articles use the short form
        name = (getattr(c, "common_name", None) or c.name).split(", ")[0]
        name_es = (es(c.name) or name).split(", ")[0]
        states.append(Actor(ids.entity_id("State", c.alpha_3), "State", name, name_es,
                            aliases=(c.name,) if c.name != name else (), kind=c.alpha_3))
    groups = [Actor(ids.entity_id("Group", en), "Group", en, es_, (abbr,) if abbr else (),
                    ids.entity_id("State", iso), kind)
              for en, es_, abbr, kind, iso in _REAL_GROUPS]
    seen = {g.en for g in groups}
    while len(groups) < n_groups:
        a, n, t = rng.choice(_GROUP_ADJ), rng.choice(_GROUP_NOUN), rng.choice(_GROUP_TOPIC)
        en = " ".join(x for x in (a[0], n[0], t[0]) if x)
        if en in seen:
            continue
        seen.add(en)
        es_ = " ".join(x for x in (n[1], a[1], t[1]) if x)
        abbr = "".join(w[0] for w in en.split() if w[0].isupper())
        groups.append(Actor(ids.entity_id("Group", en), "Group", en, es_, (abbr,),
                            rng.choice(states).id, n[2]))
    officials, names = [], set()
    while len(officials) < n_officials:
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {rng.choice(_LAST)}" if rng.random() < 0.3 \
            else f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        if name in names:
            continue
        names.add(name)
        officials.append(Actor(ids.entity_id("Official", name), "Official", name, name,
                               country=rng.choice(states).id))
    return {"State": states, "Group": groups, "Official": officials}


# --------------------------------------------------------------------------- corpus

_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"]
_DOMAINS = [("security", "seguridad"), ("defense", "defensa"), ("energy", "energía"),
            ("intelligence-sharing", "intercambio de inteligencia"), ("drone", "drones"),
            ("counternarcotics", "antinarcóticos"), ("mining", "minería"), ("trade", "comercio")]
_ITEMS = [("drones", "drones"), ("rifles", "fusiles"), ("surveillance equipment", "equipos de vigilancia"),
          ("fuel", "combustible"), ("missiles", "misiles"), ("ammunition", "municiones")]
_OUTLETS = ["The Daily Ledger", "Hemisphere Monitor", "Andean Review", "Diálogo Regional",
            "La Voz del Sur", "Global Affairs Wire", "El Observador Andino", "Security Brief"]

# Attribution and hedging cues, paired (en, es).
_ATTR = [("according to {src}", "según {src}"), ("{src} said", "dijo {src}"),
         ("two sources with direct knowledge said", "dijeron dos fuentes con conocimiento directo"),
         ("sources familiar with the matter said", "afirmaron fuentes cercanas al caso"),
         ("officials said", "dijeron funcionarios"), ("{src} reported", "informó {src}")]

# Paired templates: relation sentences. Slots: {S},{S2} states, {G},{G2} groups,
# {O} official, {R} role, {D} date phrase, {A} attribution, {X} domain, {I} items.
_RELATIONS = [
    ("{S} designated {G} as a terrorist organization {D}.",
     "{S} designó a {G} como organización terrorista {D}."),
    ("{S} has been pressing {S2} to designate {G} as a terrorist group, {A}.",
     "{S} ha presionado a {S2} para que designe a {G} como grupo terrorista, {A}."),
    ("{S} urged {S2} to expel diplomats it alleges are spies for {S3}, {A}.",
     "{S} instó a {S2} a expulsar a diplomáticos que acusa de espiar para {S3}, {A}."),
    ("{S} and {S2} signed a memorandum of understanding on {X} cooperation {D}.",
     "{S} y {S2} firmaron un memorando de entendimiento de cooperación en {X} {D}."),
    ("{O}, the {R} of {S}, signed the agreement with his counterpart from {S2} {D}.",
     "{O}, {R} de {S}, firmó el acuerdo con su homólogo de {S2} {D}."),
    ("{G} allegedly received funding and training from {S}, {A}.",
     "{G} presuntamente recibió financiamiento y entrenamiento de {S}, {A}."),
    ("{G}, which is closely allied with {S}, has expanded its presence in {S2}.",
     "{G}, que está estrechamente aliado con {S}, ha ampliado su presencia en {S2}."),
    ("{S} severed diplomatic relations with {S2} {D}.",
     "{S} rompió relaciones diplomáticas con {S2} {D}."),
    ("{S} supplied {I} to {G}, {A}.",
     "{S} suministró {I} a {G}, {A}."),
    ("{S}-backed {G} has carried out attacks near the border with {S2}, {A}.",
     "{G}, respaldado por {S}, ha llevado a cabo ataques cerca de la frontera con {S2}, {A}."),
    ("{O}, a senior commander of {G}, was seen in {S} {D}.",
     "{O}, alto comandante de {G}, fue visto en {S} {D}."),
    ("{G} is part of {G2}, the umbrella organization that coordinates its operations.",
     "{G} forma parte de {G2}, la organización que coordina sus operaciones."),
    ("{S} denied supplying {I} to {G}.",
     "{S} negó haber suministrado {I} a {G}."),
    ("{S} has not designated {G} as a terrorist organization, {A}.",
     "{S} no ha designado a {G} como organización terrorista, {A}."),
    ("Analysts said {S} could move to designate {G} in the coming months.",
     "Analistas dijeron que {S} podría designar a {G} en los próximos meses."),
    ("{S}'s {R}, {O}, praised {S2} as a model for nations that seek freedom.",
     "El {R} de {S}, {O}, elogió a {S2} como un modelo para las naciones que buscan la libertad."),
    ("{S} was designated a state sponsor of terrorism by {S2} {D}.",
     "{S} fue designado Estado patrocinador del terrorismo por {S2} {D}."),
    ("{S} reportedly sold {I} to {S2} as part of the deal, {A}.",
     "{S} habría vendido {I} a {S2} como parte del acuerdo, {A}."),
]
_FILLER = [
    ("The move comes amid growing tensions in the region and a wider debate about security.",
     "La medida llega en medio de crecientes tensiones en la región y un debate más amplio sobre seguridad."),
    ("Officials did not reply to requests for comment.",
     "Los funcionarios no respondieron a las solicitudes de comentarios."),
    ("The foreign ministry said there is still no completely defined position on the matter.",
     "La cancillería dijo que todavía no hay una posición completamente definida sobre el tema."),
    ("Experts warned that the decision could have significant implications for trade and diplomacy.",
     "Los expertos advirtieron que la decisión podría tener implicaciones significativas para el comercio y la diplomacia."),
    ("Economic strife and social unrest have dominated the domestic agenda for months.",
     "La crisis económica y el malestar social han dominado la agenda interna durante meses."),
    ("A delegation of diplomats and intelligence officials traveled to {C} last week.",
     "Una delegación de diplomáticos y funcionarios de inteligencia viajó a {C} la semana pasada."),
    ("The government in {C} has repeatedly rejected what it calls foreign interference.",
     "El gobierno en {C} ha rechazado reiteradamente lo que llama injerencia extranjera."),
    ("Whether the talks produce formal measures will depend on each country's leadership.",
     "Si las conversaciones producen medidas formales dependerá del liderazgo de cada país."),
    ("Opposition lawmakers demanded that the details of the agreement be made public.",
     "Legisladores de la oposición exigieron que se hicieran públicos los detalles del acuerdo."),
    ("The announcement was met with caution by neighbouring governments and international observers.",
     "El anuncio fue recibido con cautela por los gobiernos vecinos y los observadores internacionales."),
    ("Trade between the two countries has grown steadily over the past decade, reaching record levels last year.",
     "El comercio entre ambos países ha crecido de forma constante durante la última década y alcanzó niveles récord el año pasado."),
    ("\"This is an issue of enormous gravity,\" {O} told reporters in {C}.",
     "\"Este es un tema de enorme gravedad\", dijo {O} a los periodistas en {C}."),
    ("Human rights groups have criticised the security forces for their handling of recent protests.",
     "Los grupos de derechos humanos han criticado a las fuerzas de seguridad por su gestión de las protestas recientes."),
    ("The ministry said it would publish a full report before the end of the year.",
     "El ministerio dijo que publicaría un informe completo antes de fin de año."),
]
_HEADINGS = [("Context and recent related actions", "Contexto y acciones recientes"),
             ("Regional implications", "Implicaciones regionales"), ("What comes next", "Qué sigue"),
             ("Background", "Antecedentes"), ("Continental risk", "Riesgo continental")]
_BOILER_TOP = [("Follow us on social", "Síguenos en redes sociales"),
               ("Analysis | Latin America", "Análisis | América Latina"),
               ("Share this article", "Comparte este artículo")]
_BOILER_END = [
    ("Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\n"
     "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
     "Deja un comentario\n\nTu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *"),
    ("Newsletter\n\nSubscribe now to our weekly round-up and don't miss a beat with your favorite contributors.",
     "Boletín\n\nSuscríbase ahora a nuestro resumen semanal y no se pierda nada de sus autores favoritos."),
    ("Sign up today to receive exclusive insights", "Regístrese hoy para recibir análisis exclusivos"),
    ("If you support our work, help us champion freedom by donating here.",
     "Si apoya nuestro trabajo, ayúdenos con una donación aquí."),
]
_UNRELATED = [
    ("The danger in suspending aid longterm", "El peligro de suspender la ayuda a largo plazo",
     "The administration's suspension of military aid has some justification, but also involves serious dangers. "
     "The argument in favor is that it is the only way to get the government to engage in serious negotiations.",
     "La suspensión de la ayuda militar tiene cierta justificación, pero también implica serios peligros. "
     "El argumento a favor es que es la única forma de lograr que el gobierno negocie en serio."),
    ("Markets rally as inflation cools", "Los mercados suben mientras la inflación se modera",
     "Stocks rose for a third straight session on Friday after new data showed consumer prices easing. "
     "Analysts expect the central bank to hold rates steady at its next meeting.",
     "Las bolsas subieron por tercera sesión consecutiva el viernes tras nuevos datos de precios. "
     "Los analistas esperan que el banco central mantenga las tasas en su próxima reunión."),
]


@lru_cache(maxsize=8)
def _zipf(n: int) -> list[float]:
    return [1.0 / (rank + 1) for rank in range(n)]


def _popular(rng: random.Random, actors_: list[Actor], k: int) -> list[Actor]:
    """k distinct actors, the first of the list far more often than the last (Zipf), as
    news keeps coming back to the same few states, groups and officials."""
    out: list[Actor] = []
    weights = _zipf(len(actors_))
    while len(out) < k:
        a = rng.choices(actors_, weights)[0]
        if a not in out:
            out.append(a)
    return out


def _date_phrase(rng: random.Random, published: tuple[int, int, int]) -> tuple[str, str]:
    y, m, d = published
    r = rng.random()
    if r < 0.35:
        mm, dd = rng.randint(1, m), rng.randint(1, 28)
        return f"on {_MONTHS_EN[mm - 1]} {dd}", f"el {dd} de {_MONTHS_ES[mm - 1]}"
    if r < 0.6:
        yy, mm = rng.randint(y - 3, y), rng.randint(1, 12)
        return f"in {_MONTHS_EN[mm - 1]} {yy}", f"en {_MONTHS_ES[mm - 1]} de {yy}"
    if r < 0.75:
        return "last week", "la semana pasada"
    if r < 0.85:
        return "on Monday", "el lunes"
    yy = rng.randint(y - 15, y - 1)
    return f"between {yy} and {y - 1}", f"entre {yy} y {y - 1}"


def _fill(rng: random.Random, template: tuple[str, str], pool: dict[str, list[Actor]],
          focus: list[Actor], published) -> tuple[str, str]:
    """One paired sentence; most slots are drawn from the article's focus actors so an
    article keeps talking about the same few actors, as real ones do."""
    def pick(kind):
        cands = [a for a in focus if a.type == kind]
        return rng.choice(cands) if cands and rng.random() < 0.8 else rng.choice(pool[kind])

    s, s2, s3 = pick("State"), pick("State"), pick("State")
    while s2 == s:
        s2 = rng.choice(pool["State"])
    g, g2, o = pick("Group"), pick("Group"), pick("Official")
    role = rng.choice(_ROLES)
    date = _date_phrase(rng, published)
    attr = rng.choice(_ATTR)
    src = rng.choice(_OUTLETS)
    dom, item = rng.choice(_DOMAINS), rng.choice(_ITEMS)
    out = []
    for i, t in enumerate(template):
        lang = "en" if i == 0 else "es"
        name = (lambda a: a.en) if lang == "en" else (lambda a: a.es)
        if "{G}" in t and g.aliases and rng.random() < 0.3:
            gname = f"{name(g)} ({g.aliases[0]})"
        else:
            gname = name(g)
        text = t.format(S=name(s), S2=name(s2), S3=name(s3), G=gname, G2=name(g2), O=o.en,
                        R=role[i], D=date[i], A=attr[i].format(src=src), X=dom[i], I=item[i],
                        C=name(s))
        out.append(text[0].upper() + text[1:])
    return out[0], out[1]


def article(i: int, seed: int = 0, words: int = 800, language: str | None = None) -> dict:
    """One synthetic article as a JSON-lines document (id, title, text, published, ...)."""
    rng = random.Random(f"{seed}:{i}")
    pool = actors()
    lang = language or rng.choices(["en", "es", "en+es"], weights=[0.49, 0.49, 0.02])[0]
    published = (rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28))
    focus = _popular(rng, pool["State"], 3) + _popular(rng, pool["Group"], 3) + _popular(rng, pool["Official"], 2)
    # the body stops after the paragraph that crosses the target; title and
    # boilerplate add ~60 words, so aim a little lower to average `words`
    target = (words if lang != "en+es" else words // 2) - 110

    paragraphs: list[tuple[str, str]] = []  # (en, es) pairs
    n_words = 0
    while n_words < target:
        sents = []
        for _ in range(rng.randint(3, 5)):
            tmpl = rng.choice(_RELATIONS) if rng.random() < 0.45 else rng.choice(_FILLER)
            sents.append(_fill(rng, tmpl, pool, focus, published))
        para = (" ".join(s[0] for s in sents), " ".join(s[1] for s in sents))
        paragraphs.append(para)
        n_words += len(para[0].split())
        if rng.random() < 0.2:
            paragraphs.append(rng.choice(_HEADINGS))
    k = 0 if lang == "en" else 1
    title_en, title_es = _fill(rng, rng.choice(_RELATIONS[:9]), pool, focus, published)
    title = (title_en if k == 0 else title_es).rstrip(".")
    body = [p[k] for p in paragraphs] if lang != "en+es" else \
        [p[0] for p in paragraphs] + [p[1] for p in paragraphs]

    parts = []
    if rng.random() < 0.4:
        parts.append(rng.choice(_BOILER_TOP)[k])
    parts.append(title)
    parts.extend(body)
    if rng.random() < 0.5:
        author = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        parts.append(f"Written by {author}\n\n{author} is a freelance journalist covering geopolitics."
                     if k == 0 else f"Por {author}\n\n{author} es periodista independiente.")
    if rng.random() < 0.5:
        parts.append(rng.choice(_BOILER_END)[k])
    if rng.random() < 0.3:
        u = rng.choice(_UNRELATED)
        parts.append(("keep readingShow less" if k == 0 else "Sigue leyendo") + f"\n\n{u[k]}\n\n{u[2 + k]}")
    y, m, d = published
    return {
        "id": f"synthetic-{seed}-{i:07d}",
        "title": title,
        "text": "\n\n".join(parts) + "\n",
        "published": f"{y:04d}-{m:02d}-{d:02d}",
        "source": rng.choice(_OUTLETS),
        "url": f"https://news.example/{seed}/{i:07d}",
        "language": lang,
    }


def write_corpus(out_dir: str | Path, n: int, fmt: str = "jsonl", seed: int = 0,
                 words: int = 800) -> list[Path]:
    """Write n articles; returns the paths to hand to loaders.load / geokg load."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        path = out / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(n):
                fh.write(json.dumps(article(i, seed, words), ensure_ascii=False) + "\n")
        return [path]
    if fmt != "txt":
        raise ValueError(f"unknown corpus format {fmt!r} (jsonl or txt)")
    entries, paths = [], []
    for i in range(n):
        a = article(i, seed, words)
        p = out / f"{i:07d}.txt"
        p.write_text(a["text"], encoding="utf-8")
        paths.append(p)
        entries.append({"file": p.name, "title": a["title"], "source": a["source"],
                        "published": a["published"], "language": a["language"], "url": a["url"]})
    (out / "manifest.yaml").write_text(yaml.safe_dump({"documents": entries}, allow_unicode=True,
                                                      sort_keys=False), encoding="utf-8")
    return [out]


# --------------------------------------------------------------------------- graph

_EDGE_WEIGHTS = {"DESIGNATED": 10, "URGED": 10, "SIGNED_MOU_WITH": 6, "PARTY_TO": 6, "SIGNED": 4,
                 "ALLEGED_TIES": 20, "SEVERED_TIES": 3, "HOLDS_ROLE": 15, "PART_OF": 6,
                 "MEMBER_OF": 10, "SUPPLIED": 10}
_MODALITIES = (["asserted"] * 5 + ["reported"] * 3 + ["alleged"] * 2 + ["speculative"])


def synthetic_entities(n: int, seed: int = 0) -> list:
    """n entity nodes: every real state first, then groups 40%, officials 50%, agreements 10%."""
    rng = random.Random(seed)
    pool = actors()
    out: list = []
    for a in pool["State"][:n]:
        out.append(State.model_construct(id=a.id, name=a.en, aliases=sorted({a.es} - {a.en}),
                                         iso3=a.kind, type="State"))
    i = 0
    while len(out) < n:
        r = rng.random()
        if r < 0.4:
            base = pool["Group"][i % len(pool["Group"])]
            name = base.en if i < len(pool["Group"]) else f"{base.en} {i}"
            out.append(Group.model_construct(id=ids.entity_id("Group", name), name=name,
                                             aliases=[base.es] if base.es != base.en else [],
                                             kind=base.kind or "organisation", country=base.country,
                                             type="Group"))
        elif r < 0.9:
            base = pool["Official"][i % len(pool["Official"])]
            name = base.en if i < len(pool["Official"]) else f"{base.en} {i}"
            out.append(Official.model_construct(id=ids.entity_id("Official", name), name=name,
                                                aliases=[], type="Official"))
        else:
            title = f"Memorandum of understanding {i}"
            out.append(Agreement.model_construct(id=ids.entity_id("Agreement", title), name=title,
                                                 title=title, aliases=[], kind="memorandum of understanding",
                                                 date=f"{rng.randint(2000, 2026)}", domains=["security"],
                                                 public=None, type="Agreement"))
        i += 1
    return out


def _fact_plan(entities: list, n_edges: int, rng: random.Random) -> Iterator[tuple]:
    """(type, source, target, props) for n_edges distinct facts that fit ALLOWED."""
    by_type: dict[str, list] = {}
    for e in entities:
        by_type.setdefault(e.type, []).append(e)
    types = [t for t in _EDGE_WEIGHTS
             if all(any(by_type.get(k) for k in side) for side in ALLOWED[t])]
    weights = [_EDGE_WEIGHTS[t] for t in types]
    pools = {t: tuple([x for k in sorted(side) for x in by_type.get(k, [])] for side in ALLOWED[t])
             for t in types}
    seen: set = set()
    made = tries = 0
    while made < n_edges:
        tries += 1
        if tries > 20 * n_edges + 1000:
            raise ValueError(f"cannot place {n_edges} distinct edges on {len(entities)} nodes")
        t = rng.choices(types, weights)[0]
        src, tgt = rng.choice(pools[t][0]), rng.choice(pools[t][1])
        if src.id == tgt.id:
            continue
        props: dict = {}
        if t == "DESIGNATED":
            props["designation"] = rng.choice(["terrorist organisation", "sanctioned entity"])
        elif t == "URGED":
            props = {"action": rng.choice(["designate", "expel", "sanction"]), "targets": [tgt.id]}
        elif t == "HOLDS_ROLE":
            props = {"role": rng.choice(_ROLES)[0]}
        elif t == "ALLEGED_TIES":
            props["nature"] = [rng.choice(["funding", "training", "alliance", "proxy", "presence"])]
        elif t == "SUPPLIED":
            props["items"] = [rng.choice(_ITEMS)[0]]
        a, b = (src.id, tgt.id) if t not in SYMMETRIC else tuple(sorted((src.id, tgt.id)))
        key = tuple(str(props.get(k, "")) for k in FACT_KEY.get(t, ()))
        if (t, a, b, key) in seen:
            continue
        seen.add((t, a, b, key))
        made += 1
        yield t, src, tgt, props


def synthetic_batches(nodes: int, edges: int, edges_per_batch: int = 10_000, seed: int = 0,
                      claims_per_fact: float = CLAIMS_PER_FACT,
                      claims_per_document: float = CLAIMS_PER_DOCUMENT) -> Iterator[Batch]:
    """Self-contained Batches of `edges_per_batch` fact edges each; together they hold
    `nodes` entities and `edges` fact edges. Claims per fact follow a geometric law
    with the given mean (most facts said once, a few many times, as in real corpora); documents are shared by `claims_per_document` claims on average.

    Objects are built with model_construct (ids computed here the way the schema does),
    because validating a million claims would dominate the benchmarks that use this.
    """
    rng = random.Random(seed)
    entities = synthetic_entities(nodes, seed)
    by_id = {e.id: e for e in entities}
    officials = [e for e in entities if e.type == "Official"]
    emitted: set[str] = set()
    plan = _fact_plan(entities, edges, rng)
    p_stop = 1.0 / max(1.0, claims_per_fact)
    doc_counter = 0
    done = 0
    while done < edges:
        n = min(edges_per_batch, edges - done)
        facts = [next(plan) for _ in range(n)]
        done += n
        n_claims_each = [_claims_for_one_fact(rng, p_stop) for _ in facts]
        n_docs = max(1, round(sum(n_claims_each) / claims_per_document))
        docs = []
        for _ in range(n_docs):
            y, m, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
            key = f"synthetic-doc-{seed}-{doc_counter}"
            doc_counter += 1
            docs.append(Document.model_construct(
                id=ids.document_id(key), title=f"Synthetic report {doc_counter}",
                url=f"https://news.example/{key}", source=rng.choice(_OUTLETS),
                published=f"{y:04d}-{m:02d}-{d:02d}", language=rng.choice(["en", "es"]),
                path=None, text=None))
        offsets = {d.id: 0 for d in docs}
        claims, used = [], set()
        for (t, src, tgt, props), k in zip(facts, n_claims_each):
            used.update((src.id, tgt.id))
            for _ in range(k):
                doc = rng.choice(docs)
                start = offsets[doc.id]
                offsets[doc.id] = start + 120
                modality = rng.choice(_MODALITIES)
                attributed = rng.choice(officials).id if officials and rng.random() < 0.2 else None
                if attributed:
                    used.add(attributed)
                key = tuple(str(props.get(k2, "")) for k2 in FACT_KEY.get(t, ()))
                cid = ids.claim_id(doc.id, t, src.id, tgt.id, start, start + 100, key)
                claims.append(Claim.model_construct(
                    id=cid, predicate=t, subject=src.id, object=tgt.id, document=doc.id,
                    modality=Modality(modality), polarity="positive", date=doc.published[:7],
                    reported=doc.published, quote=f"{src.name} {t.lower()} {tgt.name}.",
                    char_start=start, char_end=start + 100, language=doc.language,
                    alt_quote=None, alt_char_start=None, alt_char_end=None, rule="synthetic",
                    confidence=1.0, attributed_to=attributed,
                    attribution="officials said" if attributed else None, props=dict(props)))
        if done >= edges:  # the last batch also carries the entities no fact named
            used.update(e.id for e in entities if e.id not in emitted)
        emitted.update(used)
        yield Batch.model_construct(documents=docs, entities=[by_id[i] for i in sorted(used)],
                                    claims=claims)


def _claims_for_one_fact(rng: random.Random, p_stop: float) -> int:
    k = 1
    while rng.random() > p_stop and k < 50:
        k += 1
    return k


def synthetic_batch(nodes: int, edges: int, seed: int = 0, **kw) -> Batch:
    """All of synthetic_batches in one Batch (entities deduplicated)."""
    docs, ents, claims = [], {}, []
    for b in synthetic_batches(nodes, edges, edges_per_batch=max(edges, 1), seed=seed, **kw):
        docs += b.documents
        ents.update((e.id, e) for e in b.entities)
        claims += b.claims
    return Batch.model_construct(documents=docs, entities=list(ents.values()), claims=claims)


def write_graph_jsonl(path: str | Path, nodes: int, edges: int, seed: int = 0, **kw) -> dict:
    """The synthetic graph as batch-file records (documents, nodes, claims; edge lines are
    derived by importers), one self-contained chunk after another."""
    from graph.records import claim_record, document_record, node_record

    counts = {"documents": 0, "nodes": 0, "claims": 0}
    seen: set[str] = set()
    with Path(path).open("w", encoding="utf-8") as fh:
        for b in synthetic_batches(nodes, edges, seed=seed, **kw):
            for d in b.documents:
                fh.write(json.dumps(document_record(d), ensure_ascii=False) + "\n")
                counts["documents"] += 1
            for e in b.entities:
                if e.id not in seen:
                    seen.add(e.id)
                    fh.write(json.dumps(node_record(e), ensure_ascii=False) + "\n")
                    counts["nodes"] += 1
            for c in b.claims:
                fh.write(json.dumps(claim_record(c), ensure_ascii=False) + "\n")
                counts["claims"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="what", required=True)
    c = sub.add_parser("corpus", help="synthetic articles")
    c.add_argument("-n", type=int, default=1000)
    c.add_argument("-o", "--out", required=True)
    c.add_argument("--format", choices=["jsonl", "txt"], default="jsonl")
    c.add_argument("--words", type=int, default=800)
    c.add_argument("--seed", type=int, default=0)
    g = sub.add_parser("graph", help="synthetic graph as JSONL batch records")
    g.add_argument("--nodes", type=int, default=100_000)
    g.add_argument("--edges", type=int, default=500_000)
    g.add_argument("-o", "--out", required=True)
    g.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if args.what == "corpus":
        paths = write_corpus(args.out, args.n, args.format, args.seed, args.words)
        print("wrote", ", ".join(map(str, paths)))
    else:
        print(write_graph_jsonl(args.out, args.nodes, args.edges, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
