"""Organisations (session 22, orgs22): well-known bodies the gazetteer now holds (churches a state designates, Baltic
parties written in brackets after a member, Syrian governing bodies, research bodies whose analysts news quotes); a
group's name introduced by the text as the one it goes by ("a group calling itself X", "un grupo que se hace llamar X",
"el llamado clan X", "the self-styled X"); and a listing whose designees are the items after its lead ("declares the
following entities to be specified entities: 1. X; 2. Y"). Sentences written for these tests, both languages."""

import pytest

from graph.schema import Document
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders import actors as actors_mod

PUB = "2025-06-12"


def _run(text: str, lang: str, pub: str = PUB):
    doc = Document(id="doc:test", text=text, published=pub, language=lang)
    entities, claims = extract(doc)
    return {e.id: e for e in entities}, [c for c in claims if c.polarity == "positive"]


def _mentions(text: str) -> dict[str, str]:
    g = Gazetteer.load()
    found = actors_mod.find_actors(g, text, [(0, len(text))], PUB)
    return {text[m.start:m.end]: m.entity for m in found.mentions}


def _new_names(text: str) -> set[str]:
    g = Gazetteer.load()
    found = actors_mod.find_actors(g, text, [(0, len(text))], PUB)
    return {e.name for e in found.new_entities.values() if e.type == "Group"}


# ---------------------------------------------------------------- gazetteer: well-known bodies, English and Spanish
@pytest.mark.parametrize("text,name,gid", [
    ("Tallinn declared the Moscow Patriarchate an institution that supports Russia's war.", "Moscow Patriarchate",
     "group:russian-orthodox-church"),
    ("El Parlamento estonio declaró al Patriarcado de Moscú institución que apoya la agresión rusa.", "Patriarcado de Moscú",
     "group:russian-orthodox-church"),
    ("Patriarch Kirill, who leads the Russian Orthodox Church, was sanctioned by London.", "Russian Orthodox Church",
     "group:russian-orthodox-church"),
    ("The motion was tabled by Tonis Lukas (Isamaa) and two Reform Party deputies.", "Isamaa", "group:isamaa"),
    ("La Sintonía Final, la cúpula del PCC, ordenó los ataques desde la cárcel.", "Sintonía Final", "group:sintonia-final"),
    ("Israel intercepted the Global Sumud Flotilla off Gaza.", "Global Sumud Flotilla", "group:global-sumud-flotilla"),
    ("Hezbolá opera en la región a través de la Organización de Seguridad Exterior de Hezbolá.",
     "Organización de Seguridad Exterior de Hezbolá", "group:hezbollah-external-security"),
    ("\"The group is expanding,\" said Amina Yusuf, an analyst at the International Crisis Group.",
     "International Crisis Group", "group:international-crisis-group"),
])
def test_known_organisations(text, name, gid):
    assert _mentions(text).get(name) == gid


def test_a_church_is_no_capital():
    # "Moscow" inside the Patriarchate's name names no state: Estonia designated the church, not Russia
    ents, claims = _run("In April 2024 the Riigikogu declared the Moscow Patriarchate an institution supporting "
                        "Russia's military aggression.", "en")
    assert not any(c.predicate == "DESIGNATED" and c.object == "state:RUS" for c in claims)
    assert "state:RUS" not in {m for m in _mentions("the Moscow Patriarchate said").values()}


def test_party_in_brackets_after_a_member():
    ents, claims = _run("The draft resolution was signed by Urmas Reinsalu (Isamaa), the chairman of the "
                        "Riigikogu's foreign affairs committee.", "en")
    assert ("official:urmas-reinsalu", "group:isamaa") in {(c.subject, c.object) for c in claims if c.predicate == "MEMBER_OF"}


# ---------------------------------------------------------------- a name given as the one the group goes by
@pytest.mark.parametrize("text,name", [
    ("A previously unknown group calling itself the Defenders of Dawn claimed the attack on the convoy.", "Defenders of Dawn"),
    ("An outfit that calls itself Northern Shield posted the video on Telegram.", "Northern Shield"),
    ("A militia known as the Night Wolves patrols the border crossings.", "Night Wolves"),
    ("the self-styled Northern Liberation Front claimed responsibility.", "Northern Liberation Front"),
    ("Un grupo que se hace llamar Los Hijos del Sol reivindicó el ataque.", "Los Hijos del Sol"),
    ("Una célula autodenominada Resistencia Urbana colocó el artefacto.", "Resistencia Urbana"),
    ("La banda conocida como Los Pepes extorsiona a los comerciantes del puerto.", "Los Pepes"),
    ("La policía detuvo a catorce miembros del llamado clan Barakat en Ciudad del Este.", "clan Barakat"),
])
def test_self_named_groups(text, name):
    assert name in _new_names(text)


def test_self_named_longer_than_a_known_name():
    # "Comando Sur" is the US command; the group that calls itself "Comando Sur Unido" is another
    m = _mentions("El autodenominado Comando Sur Unido reivindicó el atentado contra la comisaría.")
    assert "Comando Sur Unido" in m and m["Comando Sur Unido"] != "group:southcom"


@pytest.mark.parametrize("text,not_a_group", [
    ("A man calling himself Abu Omar posted the video.", "Abu Omar"),  # a person: no organisation noun
    ("the self-styled President Vadim Krasnoselsky met the envoy.", "President Vadim Krasnoselsky"),  # a title
    ("la llamada Triple Frontera es un foco de lavado de dinero.", "Triple Frontera"),  # a place, no group noun
    ("the so-called Operation Sindoor began in May.", "Operation Sindoor"),  # an operation
    ("la denominada Ley de Seguridad Ciudadana entró en vigor.", "Ley de Seguridad Ciudadana"),  # a law
    ("A group known as the Islamic State in Iraq claimed it.", "Islamic State in Iraq"),  # the known group, read as it is
])
def test_self_named_near_misses(text, not_a_group):
    assert not_a_group not in _new_names(text)


# ---------------------------------------------------------------- a listing's lead and its items
GAZETTE = """GAZETTE NOTICE No. 77

The Cabinet Secretary for Interior of Kenya, being satisfied that the entities listed below have committed terrorist acts, hereby declares the following entities to be specified entities for the purposes of the Prevention of Terrorism Act:

1. The Allied Democratic Forces, operating in the Democratic Republic of the Congo and Uganda;
2. Jaysh Ayman, operating in the Boni forest;
3. Al-Hijra.

Any person who supports any of the above entities commits an offence.
"""

DECRETO = """DECRETO 1041 DE 2025

El Gobierno de la República de Colombia declara como organizaciones terroristas a las siguientes estructuras armadas:

a) El Clan del Golfo;
b) Los Pachenca;
c) La Segunda Marquetalia.

El presente decreto rige a partir de su publicación.
"""

TREASURY = """WASHINGTON - The United States today sanctioned the following entities for supporting the Houthis' procurement network:

- Sea Star Shipping LLC, a company based in Dubai;
- Al-Bahr Trading, a Yemen-based firm.

The designations follow earlier actions against the network.
"""


def _designated(claims):
    return {(c.subject, c.object) for c in claims if c.predicate == "DESIGNATED"}


def test_listing_items_en():
    ents, claims = _run(GAZETTE, "en", "2025-10-31")
    got = _designated(claims)
    assert ("state:KEN", "group:allied-democratic-forces") in got
    assert any(s == "state:KEN" and "jaysh" in o for s, o in got)
    listed = [c for c in claims if c.rule.endswith("designated.list_lead")]
    assert listed and all(c.date == "2025-10-31" for c in listed)
    assert all("terror" in c.props["designation"] for c in listed)
    # an item's "operating in X" only places the designee
    assert not any(c.predicate == "ALLEGED_TIES" and c.subject == "group:allied-democratic-forces" for c in claims)


def test_listing_items_es():
    ents, claims = _run(DECRETO, "es", "2025-09-02")
    got = _designated(claims)
    assert ("state:COL", "group:clan-del-golfo") in got
    assert ("state:COL", "group:segunda-marquetalia") in got


def test_listing_items_sanctions():
    ents, claims = _run(TREASURY, "en", "2025-04-02")
    listed = [c for c in claims if c.rule.endswith("designated.list_lead")]
    assert {c.subject for c in listed} == {"state:USA"}
    assert all(c.props["designation"] == "sanctions" for c in listed)
    assert len(listed) == 2


@pytest.mark.parametrize("lead", [
    "Senators urged the Treasury to designate the following entities as terrorist organisations:",
    "The government could add the following groups to its list of terrorist organisations:",
    "Los diputados pidieron al Gobierno declarar terroristas a las siguientes organizaciones:",
    "The report sets out the following measures against terrorist financing:",
])
def test_listing_near_misses(lead):
    text = f"{lead}\n\n1. The Allied Democratic Forces;\n2. Jaysh Ayman.\n\nThe debate continues.\n"
    ents, claims = _run(text, "es" if lead.startswith("Los") else "en")
    assert not [c for c in claims if c.rule.endswith("designated.list_lead")]


# ---------------------------------------------------------------- a sanctioned firm is no person
@pytest.mark.parametrize("text,name", [
    ("The EU sanctioned Hengli Petrochemical and Yanbian Silverstar on Tuesday.", "Hengli Petrochemical"),
    ("The EU sanctioned Hengli Petrochemical and Yanbian Silverstar on Tuesday.", "Yanbian Silverstar"),
    ("The Treasury designated Shandong Shouguang Luqing Petrochemical, a teapot refinery.",
     "Shandong Shouguang Luqing Petrochemical"),
    ("Washington sanctioned Nord Stream 2 AG in 2021.", "Nord Stream 2 AG"),
    ("Estados Unidos sancionó a Grodno Azot y a la refinería Naftan.", "Grodno Azot"),
])
def test_sanctioned_firms_are_companies(text, name):
    g = Gazetteer.load()
    found = actors_mod.find_actors(g, text, [(0, len(text))], PUB)
    kinds = {e.name: e.type for e in found.new_entities.values()}
    assert kinds.get(name) == "Group"


def test_sanctioned_people_stay_people():
    g = Gazetteer.load()
    text = "The Treasury sanctioned Ali Reza Tavakoli and Mohammad Hosseini for procuring drone parts."
    found = actors_mod.find_actors(g, text, [(0, len(text))], PUB)
    assert {e.type for e in found.new_entities.values()} == {"Official"}


@pytest.mark.parametrize("text,name,gid", [
    ("The UK sanctioned Tzav 9 and Lehava for attacks on aid convoys.", "Lehava", "group:lehava"),
    ("En junio, el Tesoro señaló a CIBanco, Intercam y Vector Casa de Bolsa por lavado de dinero.", "Vector Casa de Bolsa",
     "group:vector-casa-de-bolsa"),
    ("Germany banned the Hammerskins in September 2023.", "Hammerskins", "group:hammerskins"),
    ("Los Gallegos, una célula del Tren de Aragua, operaba en Arica.", "Los Gallegos", "group:los-gallegos"),
])
def test_known_sanctioned_groups(text, name, gid):
    assert _mentions(text).get(name) == gid


# ---------------------------------------------------------------- a counted listing whose members the next sentences name
LEAD_EN = "The State Department on Thursday designated eight criminal organizations as foreign terrorist organizations. "
LEAD_ES = ("El Departamento de Estado designó el jueves a ocho organizaciones criminales como organizaciones terroristas "
           "extranjeras. ")
NOMINAL_ES = ("El Gobierno de Estados Unidos publicó esta mañana en el Registro Federal la designación de ocho organizaciones "
              "criminales como organizaciones terroristas extranjeras. ")


@pytest.mark.parametrize("text,lang,members", [
    (LEAD_EN + "Six of them are Mexican: the Sinaloa Cartel, the Gulf Cartel and Cárteles Unidos.", "en",
     {"group:sinaloa-cartel", "group:gulf-cartel", "group:carteles-unidos"}),
    (LEAD_EN + "The other two are Tren de Aragua and MS-13.", "en", {"group:tren-de-aragua", "group:ms-13"}),
    (LEAD_EN + "Completing the list are Tren de Aragua and MS-13.", "en", {"group:tren-de-aragua", "group:ms-13"}),
    (LEAD_ES + "Seis de ellas son mexicanas: el Cártel de Sinaloa, el Cártel del Golfo y Cárteles Unidos.", "es",
     {"group:sinaloa-cartel", "group:gulf-cartel", "group:carteles-unidos"}),
    (LEAD_ES + "Las otras dos son el Tren de Aragua y la MS-13.", "es", {"group:tren-de-aragua", "group:ms-13"}),
    (NOMINAL_ES + "Seis de ellas son mexicanas: el Cártel de Sinaloa y el Cártel del Golfo. Completan la lista el Tren de "
     "Aragua y la Mara Salvatrucha.", "es",
     {"group:sinaloa-cartel", "group:gulf-cartel", "group:tren-de-aragua", "group:ms-13"}),
])
def test_counted_set_members(text, lang, members):
    ents, claims = _run(text, lang, "2025-02-20")
    got = {c.object for c in claims if c.predicate == "DESIGNATED" and c.subject == "state:USA"}
    assert members <= got


@pytest.mark.parametrize("text,lang", [
    # no listing before: a count of what exists, not of what was listed
    ("Ecuador tiene hoy 22 bandas activas. Seis de ellas son muy violentas: Los Choneros, Los Lobos y Los Tiguerones.", "es"),
    ("Mexico has dozens of criminal groups. Six of them are large: the Sinaloa Cartel and the Gulf Cartel.", "en"),
    # a listing asked for, not made
    ("Senators urged the State Department to designate eight cartels as terrorist organizations. The other two are "
     "Tren de Aragua and MS-13.", "en"),
])
def test_counted_set_near_misses(text, lang):
    ents, claims = _run(text, lang)
    assert not [c for c in claims if c.predicate == "DESIGNATED" and "orgs22" in c.rule]


# ---------------------------------------------------------------- a group's former name is the same group
@pytest.mark.parametrize("text,name,former", [
    ("The Sahel Patriots Movement (formerly the Azawad Union) claimed the attack.", "Sahel Patriots Movement", "Azawad Union"),
    ("The Kivu Defence Brigade, previously called the Kivu Patriots, attacked the town.", "Kivu Defence Brigade",
     "Kivu Patriots"),
    ("El Frente Norte Unido (antes Frente Nacional) reivindicó el ataque.", "Frente Norte Unido", "Frente Nacional"),
    ("La Brigada del Sur, antes conocida como Los Halcones del Valle, atacó el cuartel.", "Brigada del Sur",
     "Los Halcones del Valle"),
])
def test_former_name_is_the_same_group(text, name, former):
    m = _mentions(text)
    assert m[name] == m[former]


def test_former_name_near_misses():
    m = _mentions("The Eastern Brigade, formerly led by Ahmed Salem, withdrew.")
    assert m.get("Ahmed Salem", "").startswith("official:")  # a person who led it, no name of it
    m = _mentions("The Sahel Mining Corporation (formerly in Niger) was sanctioned.")
    assert m.get("Niger") == "state:NER"  # where it was, no name of it
    m = _mentions("The Eastern Brigade (formerly Operation Dignity) withdrew.")
    assert "Operation Dignity" not in m  # an operation is no group's name
    m = _mentions("Mali's junta listed the Azawad Liberation Front (formerly the Permanent Strategic Framework).")
    assert m["Permanent Strategic Framework"] != m["Azawad Liberation Front"]  # two known groups stay two


def test_former_name_joins_the_aliases():
    ents, claims = _run("Washington designated the Kivu Defence Brigade, previously called the Kivu Patriots, a terrorist "
                        "organization in May.", "en")
    brigade = next(e for e in ents.values() if e.name == "Kivu Defence Brigade")
    assert "Kivu Patriots" in brigade.aliases
