"""The gazetteer's data files (loaders/data/*.yaml) as analysts extend them: they load, their
aliases do not collide, role dates are valid and office holders do not overlap, and each kind
of entry is found in an English and a Spanish sentence (sentences written for this test)."""

import datetime
import re
from collections import defaultdict

import pytest
import yaml

from loaders.actors import gazetteer_mentions
from loaders.gazetteer import DATA, Gazetteer

# Strings that stand for two entities on purpose: text alone cannot tell them apart.
DELIBERATELY_AMBIGUOUS = {("congo",), ("korea",), ("corea",)}
# Offices held jointly on purpose (El Chapo and El Mayo led the Sinaloa cartel together).
SHARED_OFFICES = {("group:sinaloa-cartel", "leader"),
                  ("state:CHN", "spokesperson"),  # the foreign ministry has several spokespeople at once
                  # offices held by several people at once: a hundred senators, several deputy prime
                  # ministers and deputy foreign ministers
                  ("state:USA", "senator"), ("state:RUS", "deputy prime minister"),
                  ("state:IRN", "deputy minister of foreign affairs")}
KINDS = {"armed group", "cartel", "armed force", "political party", "agency", "IGO", "company", "organisation",
         "regional government"}  # (de-facto states and autonomous regions: Somaliland, Republika Srpska)
TOP_KEYS = {"states.yaml": "states", "states_extra.yaml": "states", "groups.yaml": "groups",
            "officials.yaml": "officials", "roles.yaml": "roles", "territories.yaml": "territories",
            "actions.yaml": "actions",  # read by loaders/action_words.py, not the gazetteer
            "descriptions.yaml": "kinds",  # read by loaders/actors.py (coreference)
            "group_descriptions.yaml": "heads",  # read by loaders/actors.py (_named_heads)
            "regimes.yaml": "regimes",  # read by loaders/extract.py (_regime_owner)
            "agreements.yaml": "agreements"}  # read by loaders/agreement_names.py (named agreements)
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@pytest.fixture(scope="module")
def g():
    return Gazetteer.load()


def test_every_data_file_parses_and_loads(g):
    files = sorted(p.name for p in DATA.glob("*.yaml"))
    assert set(files) == set(TOP_KEYS), files  # a new file needs a loader and a line here
    for name in files:
        # libyaml when present: the loader has parsed these files once already
        data = yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        assert TOP_KEYS[name] in data, name
    assert len(g.entities) > 500


def test_no_alias_names_two_entities(g):
    clashes = {}
    for key, entries in g.index.items():
        ents = {a.entity for a, _ in entries if a.entity}
        if len(ents) > 1 and key not in DELIBERATELY_AMBIGUOUS:
            clashes[" ".join(key)] = sorted(ents)
    assert not clashes


def test_no_entity_alias_is_also_an_ignored_place(g):
    # an alias filed both as an actor and as a place that must never be an actor (a shared name,
    # groups.yaml `shared`, has no entity until its context picks one: it may be a group's name too)
    both = [" ".join(k) for k, entries in g.index.items()
            if any(a.entity is None and a.kind != "shared" for a, _ in entries) and any(a.entity for a, _ in entries)]
    assert not both


def test_group_kinds_and_agency_parents(g):
    groups = [e for e in g.entities.values() if e.type == "Group"]
    assert {e.kind for e in groups} <= KINDS
    for e in groups:
        if e.kind != "agency":
            continue
        # an agency acts for a state: its part_of chain must reach the state it belongs to
        parent = g.part_of.get(e.id)
        while parent and parent.startswith("group:"):
            parent = g.part_of.get(parent)
        assert parent == e.country, e.id


def _date(s: str) -> datetime.date:
    assert _ISO.match(s), s
    parts = [int(p) for p in s.split("-")] + [1, 1]
    return datetime.date(*parts[:3])  # raises on 2023-02-30


def test_role_dates_are_iso_and_ordered(g):
    for oid, roles in g.roles.items():
        for r in roles:
            if r.start:
                _date(r.start)
            if r.end:
                _date(r.end)
            if r.start and r.end:
                assert r.start[:len(r.end)] <= r.end[:len(r.start)], (oid, r)


def test_no_two_holders_of_one_office_overlap(g):
    by_office = defaultdict(list)
    for oid, roles in g.roles.items():
        for r in roles:
            by_office[(r.of, r.role)].append((r.start or "0000", r.end or "9999", oid))
    overlaps = []
    for office, spans in by_office.items():
        if office in SHARED_OFFICES or office[1].startswith("co-"):
            continue  # (a co-chair, a co-leader: two at once by design, as the DEM Party's and the AfD's)
        for i, (s1, e1, o1) in enumerate(spans):
            for s2, e2, o2 in spans[i + 1:]:
                # terms that merely touch (one ends the day the next begins) are fine
                if s1 < e2[:len(s1)] and s2 < e1[:len(s2)]:
                    overlaps.append((office, o1, s1, e1, o2, s2, e2))
    assert not overlaps


@pytest.mark.parametrize("when,phrase,who", [
    ("2020-05-01", "the British foreign secretary", "official:dominic-raab"),
    ("2022-03-01", "el canciller ucraniano", "official:dmytro-kuleba"),
    ("2024-07-20", "the French prime minister", "official:gabriel-attal"),
    ("2023-02-01", "la ministra de defensa alemana", None),  # Pistorius then: a minister, not 'ministra'
    ("2023-02-01", "el ministro de defensa alemán", "official:boris-pistorius"),
    ("2019-06-01", "the Pakistani prime minister", "official:imran-khan"),
    ("2021-06-01", "el presidente surcoreano", "official:moon-jae-in"),
    ("2016-03-01", "the Brazilian president", "official:dilma-rousseff"),
    ("2018-01-10", "presidente peruano", "official:pedro-pablo-kuczynski"),
    ("2024-12-20", "el primer ministro francés", "official:francois-bayrou"),
])
def test_role_phrases_find_the_holder_on_the_date(g, when, phrase, who):
    if who is None:  # the grammatical gender of the title is not checked: any holder will do
        assert g.resolve(phrase, on=when) is not None
        return
    assert g.resolve(phrase, on=when).id == who


def test_group_office_holders(g):
    assert g.holder("group:nato", "secretary-general", "2020-05-01") == "official:jens-stoltenberg"
    assert g.holder("group:nato", "secretary-general", "2025-02-01") == "official:mark-rutte"
    assert g.holder("group:un", "secretary-general", "2012") == "official:ban-ki-moon"
    assert g.holder("group:eu", "high representative for foreign affairs", "2017-06") == "official:federica-mogherini"
    assert g.holder("group:taliban", "leader", "2020-02-29") == "official:hibatullah-akhundzada"


def _found(g, text: str) -> set[str]:
    return {m.entity for m in gazetteer_mentions(g, text, 0, len(text)) if m.entity}


# One English and one Spanish sentence per kind of new entry.
@pytest.mark.parametrize("text,eid", [
    # Islamic State and al-Qaeda branches
    ("ISIS-K claimed the attack on the Kabul airport.", "group:isis-k"),
    ("El Estado Islámico del Jorasán reivindicó el atentado.", "group:isis-k"),
    ("AQAP has long plotted against aviation.", "group:aqap"),
    ("Al Qaeda en el Magreb Islámico secuestró a dos turistas.", "group:aqim"),
    ("ISWAP fighters overran the base in Borno.", "group:iswap"),
    ("El Estado Islámico en el Gran Sáhara atacó una aldea.", "group:is-sahel"),
    # South Asian, Middle Eastern, African and Latin American armed groups
    ("Lashkar-e-Taiba was blamed for the Mumbai attacks.", "group:lashkar-e-taiba"),
    ("Los talibanes paquistaníes del TTP rechazaron la tregua.", "group:ttp"),
    ("The Rapid Support Forces besieged El Fasher.", "group:rsf-sudan"),
    ("Las Fuerzas de Apoyo Rápido tomaron la ciudad.", "group:rsf-sudan"),
    ("The M23 rebels entered Goma in January.", "group:m23"),
    ("El Movimiento 23 de Marzo controla Goma.", "group:m23"),
    ("The ADF is an Islamic State affiliate in Congo.", "group:allied-democratic-forces"),
    ("Las Fuerzas Democráticas Aliadas atacaron Beni.", "group:allied-democratic-forces"),
    ("Viv Ansanm gangs attacked the capital.", "group:viv-ansanm"),
    ("La banda 400 Mawozo secuestró a misioneros.", "group:400-mawozo"),
    ("The Beltrán Leyva Organization split from Sinaloa.", "group:beltran-leyva"),
    ("El Cártel de Juárez y La Línea disputan Chihuahua.", "group:juarez-cartel"),
    ("ETA announced its dissolution in 2018.", "group:eta"),
    ("La banda terrorista ETA anunció su disolución.", "group:eta"),
    ("The Syrian Democratic Forces hold the northeast.", "group:sdf"),
    ("Las Fuerzas Democráticas Sirias controlan el noreste.", "group:sdf"),
    ("The al-Quds Brigades fired rockets.", "group:al-quds-brigades"),
    ("Las Brigadas Ezzedin al Qassam liberaron rehenes.", "group:qassam-brigades"),
    # intergovernmental organisations and alliances
    ("ASEAN foreign ministers met in Vientiane.", "group:asean"),
    ("La Asociación de Naciones del Sudeste Asiático se reunió.", "group:asean"),
    ("The AUKUS partners will share submarine technology.", "group:aukus"),
    ("El pacto AUKUS irritó a Francia.", "group:aukus"),
    ("The Quad leaders met in Tokyo.", "group:quad"),
    ("El Diálogo de Seguridad Cuadrilateral se reunió en Tokio.", "group:quad"),
    ("Ukraine asked the IMF for a new loan.", "group:imf"),
    ("Argentina negocia con el FMI.", "group:imf"),
    ("The Organization of Islamic Cooperation condemned the raid.", "group:oic"),
    ("La Organización de Cooperación Islámica condenó el ataque.", "group:oic"),
    # agencies
    ("Pakistan's ISI denied the report.", "group:isi"),
    ("El Centro Nacional de Inteligencia espió a los independentistas.", "group:cni-spain"),
    ("MI6 recruited the officer in Vienna.", "group:mi6"),
    ("El Servicio de Inteligencia Exterior de Rusia acusó a Londres.", "group:svr"),
    # parties
    ("Sinn Féin won the most seats in Stormont.", "group:sinn-fein"),
    ("El AKP de Erdogan perdió Estambul.", "group:akp"),
    ("The Chinese Communist Party opened its congress.", "group:ccp"),
    ("El Partido Comunista de China abrió su congreso.", "group:ccp"),
    # officials of many states and IGOs
    ("Jens Stoltenberg visited Kyiv.", "official:jens-stoltenberg"),
    ("Mark Rutte pidió más gasto militar.", "official:mark-rutte"),
    ("Dmitri Medvédev amenazó a Europa.", "official:dmitry-medvedev"),
    ("Valery Gerasimov inspected the troops.", "official:valery-gerasimov"),
    ("Abdel Fattah al-Burhan rejected the truce.", "official:abdel-fattah-al-burhan"),
    ("Hemedti ordenó la retirada.", "official:mohamed-hamdan-dagalo"),
    ("Jimmy Chérizier threatened the transitional council.", "official:jimmy-cherizier"),
    ("El papa León XIV recibió al presidente.", "official:pope-leo-xiv"),
    # Spanish forms of states
    ("Las tropas españolas llegaron a Letonia.", "state:ESP"),
    ("Los diplomáticos británicos salieron de Kabul.", "state:GBR"),
    ("El Reino Unido y los Países Bajos firmaron el acuerdo.", "state:NLD"),
    ("La RDC acusa a Ruanda de apoyar al M23.", "state:COD"),
    ("Costa de Marfil envió tropas.", "state:CIV"),
    ("Los sauditas y los keniatas votaron a favor.", "state:KEN"),
])
def test_each_new_kind_is_found_in_a_sentence(g, text, eid):
    assert eid in _found(g, text)


@pytest.mark.parametrize("text,absent", [
    # short or common words that must not become actors
    ("Let them decide, the minister said.", "group:lashkar-e-taiba"),
    ("Podemos hablar mañana, dijo el ministro.", None),
    ("The plant has an output of 400 megawatts.", "group:400-mawozo"),
    ("Sumar esfuerzos es necesario, dijo.", "group:sumar"),
    ("The islamic state of the economy worried them.", "group:isis"),
    ("Los senderistas subieron al volcán.", "group:sendero-luminoso"),
    ("Francis Fukuyama spoke at the forum.", "official:pope-francis"),
    ("The Inflation Reduction Act (IRA) passed in 2022.", "group:provisional-ira"),
    ("Japan's Self-Defense Forces (SDF) joined the drill.", "group:sdf"),
])
def test_ordinary_words_do_not_match(g, text, absent):
    found = _found(g, text)
    if absent is None:
        assert not {e for e in found if e.startswith("group:")}, found
    else:
        assert absent not in found, found


def test_no_lone_surname_is_a_month_day_or_function_word(g):
    # actors.py reads a known official's lone surname after a title or 'On'/'The' as that person:
    # an official named '... May' turned 'On May 7' into a person and the date was lost.
    from loaders.actors import _any_surname_index
    words = set("january february march april may june july august september october november december "
                "monday tuesday wednesday thursday friday saturday sunday in on at the of a an el la los las de "
                "young moon bar new".split())
    assert not sorted(set(_any_surname_index(g)) & words)


def test_on_may_7_stays_a_date(g):
    from loaders.actors import find_actors
    text = "On May 7, Maduro and Vladimir Putin signed a treaty in Moscow."
    people = {m.entity for m in find_actors(g, text, [(0, len(text))], "2025-05-10").mentions if m.entity.startswith("official:")}
    assert people <= {"official:nicolas-maduro", "official:vladimir-putin"}, people
