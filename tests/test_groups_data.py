"""The organisations of loaders/data/groups.yaml as analysts extend them: the file validates at load
time (known kinds, part_of and country ids that exist, no alias shared by two organisations,
acronyms in capitals), and organisations news names are found in English and Spanish sentences
written for this test (other actors, word orders and outlets' styles than any corpus), while words
that only look like them are not."""

import re
import shutil

import pytest
import yaml

from loaders.actors import gazetteer_mentions
from loaders.gazetteer import DATA, Gazetteer, GazetteerError
from tests.extracting import extract_text, holds_roles, positive_pairs

KINDS = {"armed group", "cartel", "armed force", "political party", "agency", "IGO", "company", "organisation",
         "regional government"}  # (de-facto states and autonomous regions: Somaliland, Republika Srpska)
# acronyms written in mixed case by the bodies themselves; every other short acronym is in capitals
MIXED_CASE_ACRONYMS = {"TdA", "G-Pèp", "G-Pep", "GPep", "PCCh", "AfD", "PiS", "FinCEN", "BfV", "Smer-SD", "AfDB",
                       "III%ers", "NasDem", "MoDem", "Hlas-SD", "OPZZh", "AGovC", "FAMa",
                       "Storm-Z", "REvil", "T-Bank", "I-Soon", "i-SOON"}  # (their own spellings)


@pytest.fixture(scope="module")
def g():
    return Gazetteer.load()


@pytest.fixture(scope="module")
def rows():
    return yaml.safe_load((DATA / "groups.yaml").read_text(encoding="utf-8"))["groups"]


def found(g, text):
    """The gazetteer entities named in `text` (actors only)."""
    return {m.entity for m in gazetteer_mentions(g, text, 0, len(text)) if m.actor}


# -- the data file --------------------------------------------------------------------------

def test_kinds_ids_and_parents(g, rows):
    ids_ = [r["id"] for r in rows]
    assert len(ids_) == len(set(ids_)), sorted({i for i in ids_ if ids_.count(i) > 1})
    for r in rows:
        assert r.get("kind", "organisation") in KINDS, r["id"]
        parent = r.get("part_of")
        if parent:
            assert parent in g.entities, (r["id"], parent)
            assert parent != f"group:{r['id']}", r["id"]
        if r.get("country"):
            assert f"state:{r['country']}" in g.entities, r["id"]


def test_part_of_has_no_cycle(g):
    for gid in g.part_of:
        seen, p = {gid}, g.part_of.get(gid)
        while p and p.startswith("group:"):
            assert p not in seen, gid
            seen.add(p)
            p = g.part_of.get(p)


def test_no_alias_names_two_organisations(g):
    clashes = {}
    for key, entries in g.index.items():
        groups = {a.entity for a, _ in entries if a.entity and a.entity.startswith("group:")}
        others = {a.entity for a, _ in entries if a.entity and not a.entity.startswith("group:")}
        if len(groups) > 1 or (groups and others):
            clashes[" ".join(key)] = sorted(groups | others)
    assert not clashes


def test_short_acronyms_are_in_capitals(rows):
    # an acronym in capitals matches only in capitals (loaders/gazetteer.py): "MAK" never "mak"
    mixed = []
    for r in rows:
        for a in [r["name"], *r.get("aliases", [])]:
            letters = re.sub(r"[^\w]", "", a)
            if " " not in a and len(letters) <= 6 and sum(c.isupper() for c in letters) >= 2 \
                    and not letters.isupper() and a not in MIXED_CASE_ACRONYMS:
                mixed.append((r["id"], a))
    assert not mixed


def _copy_data(tmp_path):
    d = tmp_path / "data"
    shutil.copytree(DATA, d)
    return d


@pytest.mark.parametrize("row,message", [
    ("  - {id: bad-parent, name: Bad Parent Front, kind: armed group, part_of: group:no-such-group, aliases: []}",
     "part_of 'group:no-such-group'"),
    ("  - {id: bad-country, name: Bad Country Front, kind: armed group, country: XXX, aliases: []}",
     "unknown country 'XXX'"),
    ("  - {id: Bad_Id, name: Bad Id Front, kind: armed group, aliases: []}", "groups.yaml"),
])
def test_a_bad_row_names_the_file_and_the_problem(tmp_path, row, message):
    d = _copy_data(tmp_path)
    path = d / "groups.yaml"
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + row + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as exc:
        Gazetteer.load.__wrapped__(Gazetteer, str(d))
    assert "groups.yaml" in str(exc.value) and message in str(exc.value)


# -- organisations found in running text ------------------------------------------------------

@pytest.mark.parametrize("text,gid", [
    ("Nigeria's High Court proscribed Lakurawa last month.", "group:lakurawa"),
    ("El Gobierno estudia ilegalizar a Hizb ut-Tahrir tras las protestas.", "group:hizb-ut-tahrir"),
    ("Thai officers met envoys of the Barisan Revolusi Nasional in Kuala Lumpur.", "group:brn-thailand"),
    ("Los talibanes negociaron con el BRN en Kuala Lumpur.", "group:brn-thailand"),
    ("Karachi police arrested two members of the Balochistan Liberation Front.", "group:balochistan-liberation-front"),
    ("El Ejército filipino atribuyó el ataque al grupo Maute en Marawi.", "group:maute-group"),
    ("Rosoboronexport delivered the first batch of fighters in March.", "group:rosoboronexport"),
    ("La estatal SOCAR firmará el acuerdo con Bakú como garante.", "group:socar"),
    ("Navantia entregará la quinta corbeta el próximo año.", "group:navantia"),
    ("Devlet Bahçeli, líder del MHP, pidió la liberación de Öcalan.", "group:mhp"),
    ("The Bloc Québécois voted against the motion.", "group:bloc-quebecois"),
    ("He has sat for the Australian Labor Party since 2016.", "group:australian-labor-party"),
    ("The Knesset passed the bill in a late-night vote.", "group:knesset"),
    ("La Audiencia Nacional procesó a los tres acusados.", "group:audiencia-nacional"),
    ("Petro fue guerrillero del M-19 en su juventud.", "group:m-19"),
    ("The Treasury sanctioned GAESA and its hotel arm Gaviota.", "group:gaviota"),
    ("Ecuador declaró terroristas a los Latin Kings y a Los Fatales.", "group:latin-kings"),
    ("The RCMP said the Bishnoi gang ordered the shootings.", "group:bishnoi-gang"),
    ("Europol coordinated the raids in five countries.", "group:europol"),
    ("Kazakhstan's KazMunayGas will ship the oil through the pipeline.", "group:kazmunaygas"),
    ("Canberra renewed the listings of The Base and the Sonnenkrieg Division.", "group:the-base"),
    ("Los ministros incluyeron a la red criminal sueca Foxtrot en la lista.", "group:foxtrot-network"),
])
def test_new_organisations_are_found(g, text, gid):
    assert gid in found(g, text)


@pytest.mark.parametrize("text", [
    "The fighters made camp near the old base at dawn.",             # not The Base
    "The base was shelled at dawn, and the Ream Naval Base was expanded.",  # The Base only as written
    "Hay que sumar esfuerzos, dijo el ministro.",                    # the verb is no party
    "Los rojos y los azules se enfrentaron en la final.",            # no gang called Los Rojos
    "The mak and the pulp were sent to the mill.",                   # MAK only in capitals
    "Rada Manojlović sang at the festival.",                         # Rada is no parliament here
    "La Oficina de las Naciones Unidas contra la Droga publicó su informe.",  # not La Oficina de Envigado
    "Peace Brigades International sent observers to Colombia.",      # no alias of Saraya al-Salam
])
def test_words_that_only_look_like_organisations(g, text):
    got = found(g, text)
    assert not {x for x in got if x in {"group:the-base", "group:los-rojos", "group:mak-kabylie", "group:verkhovna-rada",
                                        "group:oficina-de-envigado", "group:saraya-al-salam", "group:sumar"}}


def test_german_foreign_office_is_not_britain(g):
    assert found(g, "Germany's Federal Foreign Office summoned the ambassador.") & {"group:fcdo"} == set()
    assert "group:german-foreign-office" in found(g, "Germany's Federal Foreign Office summoned the ambassador.")


# -- mechanisms the larger gazetteer exposed -------------------------------------------------

def test_an_armed_group_designates_no_one():
    text = ("The order adds Lakurawa to a list that already includes Boko Haram and Ansaru, both proscribed in "
            "2013, and the Yan Bindiga and Yan Ta'adda networks, gazetted as terrorists in January 2022.")
    pairs = positive_pairs(text, "DESIGNATED", language="en", published="2025-02-01")
    assert not {p for p in pairs if p[0] in ("group:boko-haram", "group:ansaru")}
    assert ("state:NGA", "group:yan-bindiga") in positive_pairs(
        "Nigeria designated the Yan Bindiga network a terrorist organisation in January 2022.",
        "DESIGNATED", language="en", published="2025-02-01")


def test_a_persons_party_is_no_part_of_the_state():
    text = ("President Bernardo Arévalo attended the ceremony. Arévalo's Semilla movement holds only 23 of the "
            "160 seats in Congress.")
    assert ("group:movimiento-semilla", "state:GTM") not in positive_pairs(text, "PART_OF", language="en",
                                                                           published="2024-05-01")
    # a state's own body still is
    assert ("group:irgc", "state:IRN") in positive_pairs("Iran's IRGC launched drones at the tanker.", "PART_OF",
                                                         language="en", published="2024-05-01")


def test_a_fighter_noun_needs_a_person():
    text = "El mandatario, que llegó al poder con la coalición Pacto Histórico, fue guerrillero del M-19 en su juventud."
    assert positive_pairs(text, "PART_OF", language="es", published="2022-08-10") == set()


@pytest.mark.parametrize("text,lang,person,body", [
    ("Según el comunicado, entre los sancionados figuran la presidenta del Tribunal Supremo de Justicia (TSJ), "
     "Caryslia Rodríguez, y varios mandos del SEBIN.", "es", "official:caryslia-rodriguez", "group:tsj-venezuela"),
    ("The list includes the director of the Bolivarian National Intelligence Service (SEBIN), Gustavo "
     "González López, and two army officers.", "en", "official:gustavo-gonzalez-lopez", "group:sebin"),
])
def test_a_bracketed_acronym_after_a_title_is_the_same_body(text, lang, person, body):
    roles = holds_roles(text, language=lang, published="2025-01-10")
    assert any(p == person and b == body for p, b, _ in roles)
    claims = extract_text(text, language=lang, published="2025-01-10")
    assert not any(c.predicate == "DESIGNATED" and c.object == body for c in claims)


@pytest.mark.parametrize("text,lang", [
    ("La Fiscalía acusa a la cementera de financiar a grupos yihadistas en Siria.", "es"),
    ("Irán financia a milicias en el Líbano, según el informe.", "es"),
    ("Prosecutors say the firm funded armed groups in Syria for two years.", "en"),
])
def test_funding_in_a_place_is_no_tie_with_the_place(text, lang):
    assert not {p for p in positive_pairs(text, "ALLEGED_TIES", language=lang, published="2024-05-01")
                if p[1] in ("state:SYR", "state:LBN")}


def test_funding_a_named_group_still_is_a_tie():
    assert ("state:IRN", "group:hezbollah") in positive_pairs("Irán financia a Hezbolá en el Líbano.", "ALLEGED_TIES",
                                                              language="es", published="2024-05-01")


def test_the_owner_in_a_possessive_apposition_is_no_party():
    text = ("Rosatom, Russia's state nuclear company, signed a memorandum of understanding with Bolivia on "
            "Monday.")
    parties = {c.subject for c in extract_text(text, language="en", published="2025-11-20") if c.predicate == "PARTY_TO"}
    assert {"group:rosatom", "state:BOL"} <= parties and "state:RUS" not in parties


@pytest.mark.parametrize("text,lang,pair", [
    ("Brazil supplied Embraer Super Tucano aircraft to Paraguay.", "en", ("state:BRA", "state:PRY")),
    ("The United States sold Boeing F-15 jets to Qatar.", "en", ("state:USA", "state:QAT")),
    ("Brasil entregó aviones Embraer a Paraguay.", "es", ("state:BRA", "state:PRY")),
])
def test_a_makers_name_on_a_weapon_is_no_recipient(text, lang, pair):
    got = positive_pairs(text, "SUPPLIED", language=lang, published="2024-05-01")
    assert pair in got and not {p for p in got if p[1].startswith("group:")}


@pytest.mark.parametrize("text,lang,pair", [
    ("Hyundai Rotem entregará los tanques a Polonia entre 2026 y 2030.", "es", ("group:hyundai-rotem", "state:POL")),
    ("Lockheed Martin will deliver the jets to Taiwan in 2026.", "en", ("group:lockheed-martin", "state:TWN")),
])
def test_a_maker_that_acts_is_still_the_supplier(text, lang, pair):
    assert pair in positive_pairs(text, "SUPPLIED", language=lang, published="2024-05-01")


@pytest.mark.parametrize("text,lang", [
    ("El proceso fue impulsado por Devlet Bahçeli, líder del ultranacionalista MHP y socio del presidente Recep "
     "Tayyip Erdoğan, y mediado por el Partido DEM.", "es"),
    ("Devlet Bahçeli, leader of the nationalist MHP and an ally of President Recep Tayyip Erdogan, backed the "
     "talks.", "en"),
])
def test_an_ally_of_the_president_holds_no_presidency(text, lang):
    roles = holds_roles(text, language=lang, published="2025-06-01")
    assert ("official:devlet-bahceli", "group:mhp", "leader") in roles
    assert not {r for r in roles if r[0] == "official:devlet-bahceli" and r[2] == "president"}


def test_a_singular_apposition_after_a_list_describes_its_last_member():
    text = ("Los ministros destacaron la empresa conjunta SAMINavantia, creada por la española Navantia y Saudi "
            "Arabian Military Industries (SAMI), filial del fondo soberano saudí PIF.")
    pairs = positive_pairs(text, "PART_OF", language="es", published="2024-05-01")
    assert ("group:sami", "group:pif") in pairs and ("group:navantia", "group:pif") not in pairs


# -- party labels ("Labor MP X", "el diputado socialista X") --------------------------------------

def test_party_labels_are_on_parties_with_a_country(g, rows):
    labelled = [r for r in rows if r.get("labels")]
    assert len(labelled) >= 20
    for r in labelled:
        assert r.get("kind") == "political party" and r.get("country"), r["id"]
    # one label names at most one party per country: the country decides which party it is
    for label, parties in g.party_labels.items():
        countries = [g.get(p).country for p in parties]
        assert len(countries) == len(set(countries)), (label, parties)


def test_a_label_without_a_country_fails_the_load_with_one_line(tmp_path):
    d = tmp_path / "data"
    shutil.copytree(DATA, d)
    path = d / "groups.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "groups:\n", "groups:\n  - {id: x-party, name: X Party, kind: political party, labels: [Xist]}\n", 1), encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        Gazetteer.load.__wrapped__(Gazetteer, str(d))
    assert "groups.yaml" in str(err.value) and "labels need a country" in str(err.value) and "\n" not in str(err.value)


# -- session 13: organisations added by list (FTO/UK lists, regional armed groups, services, companies, parties)

@pytest.mark.parametrize("text,gid", [
    ("Bamako accused the CSP-DPA of working with JNIM in the north.", "group:csp-dpa"),
    ("Les combattants du Cadre Stratégique Permanent ont repris la ville.", "group:csp-dpa"),
    ("Burundi blamed RED-Tabara for the grenade attacks in Bujumbura.", "group:red-tabara"),
    ("Los combatientes de las Fuerzas de Defensa del Pueblo tomaron la ciudad de Hpakant.", "group:pdf-myanmar"),
    ("Troops of the Uganda People's Defence Forces crossed into Ituri.", "group:updf"),
    ("The Arakan Rohingya Salvation Army denied the killings.", "group:arsa"),
    ("Washington designated Harakat Ansar Allah al-Awfiya a terrorist organisation.", "group:harakat-ansar-allah-al-awfiya"),
    ("The hack was attributed to Fancy Bear, a unit of Russian military intelligence.", "group:gru-unit-26165"),
    ("Salt Typhoon breached the networks of several telecom carriers.", "group:salt-typhoon"),
    ("El Tesoro sancionó a la Compañía Anónima Venezolana de Industrias Militares.", "group:cavim"),
    ("Rosatom and Transneft were left off the latest package.", "group:transneft"),
    ("La UDI y Renovación Nacional respaldaron la candidatura.", "group:udi-chile"),
    ("El Partido Liberal Colombiano anunció su apoyo al proyecto.", "group:partido-liberal-colombiano"),
    ("The PAN and the PRI voted against Morena's reform.", "group:pan-mexico"),
    ("Turkish intelligence captured the suspect in northern Syria.", "group:mit-turkey"),
])
def test_session13_organisations_are_found(g, text, gid):
    assert gid in found(g, text)


@pytest.mark.parametrize("text", [
    "Podemos hablar de eso mañana.",                                   # the verb is no party
    "The people's defence forces of several states met in Nairobi.",   # lower case, no Myanmar PDF
    "Pan y circo, dijo el ministro.",                                   # PAN only in capitals
    "The talks resumed on 17 November in Geneva.",                      # a date is no 17N
    "Ciudadanos de Venezuela protestaron en Caracas.",                  # no Spanish party Cs
])
def test_session13_words_that_only_look_like_organisations(g, text):
    got = found(g, text)
    assert not {x for x in got if x in {"group:podemos-spain", "group:pdf-myanmar", "group:pan-mexico",
                                        "group:revolutionary-organization-17-november"}}


# -- a name the gazetteer lacks, followed by one of its acronyms in another language, names that group

def _groups_named(text):
    from loaders.actors import find_actors
    from loaders.sentences import split
    r = find_actors(Gazetteer.load(), text, split(text), "2024-05-01")
    return {(text[m.start:m.end], m.entity) for m in r.mentions if m.entity.startswith("group:")}


@pytest.mark.parametrize("text,name,gid", [
    ("El Gobierno de Unidad Nacional (NUG) de Myanmar pidió nuevas sanciones.", "Gobierno de Unidad Nacional", "group:nug-myanmar"),
    ("La Organización para la Liberación del Levante (HTS) tomó Alepo en diciembre.",
     "Organización para la Liberación del Levante", "group:hts"),
    ("Según la Agencia de Inteligencia de Defensa (DIA), Pyongyang envió tropas.", "Agencia de Inteligencia de Defensa", "group:dia-usa"),
    ("El Servicio de Inteligencia Exterior (SVR) acusó a Londres de preparar sabotajes.", "Servicio de Inteligencia Exterior", "group:svr"),
    ("Ankara acusa al Partido de los Trabajadores Kurdos (PKK) del atentado.", "Partido de los Trabajadores Kurdos", "group:pkk"),
])
def test_translated_name_before_a_gazetteer_acronym(text, name, gid):
    assert (name, gid) in _groups_named(text)


def test_a_name_spelling_the_acronym_stays_the_documents_group():
    # the initials spell the acronym: the document defines it for a group of its own (or the gazetteer's of that name)
    assert ("ADF", "group:ambazonia-defence-forces") in _groups_named("The Ambazonia Defence Forces (ADF) claimed the attack.")
    assert ("ADF", "group:allied-democratic-forces") in _groups_named("The Allied Democratic Forces (ADF) killed 40 villagers.")
    got = _groups_named("The Cameroon Liberation Movement (CLM) said it had no link to the attack.")
    assert not any(gid.startswith("group:") and gid in Gazetteer.load().entities for _, gid in got)
