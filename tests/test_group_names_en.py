"""Organisation discovery (loaders/group_names.py) and how one organisation belongs to another
(loaders/rules/en_groups.yaml), English. Every sentence is written for these tests with
invented groups, not copied from a corpus; negatives must give nothing."""

from tests.extracting import extract_text


def _claims(text, published="2024-05-01"):
    return extract_text(text, language="en", published=published)


def part_of(text):
    return {(c.subject, c.object) for c in _claims(text) if c.predicate == "PART_OF" and c.polarity == "positive"}


def new_groups(text, published="2024-05-01"):
    """id -> kind of the organisations found in the text that the gazetteer does not hold."""
    from loaders.actors import find_actors
    from loaders.gazetteer import Gazetteer
    from loaders.sentences import split
    found = find_actors(Gazetteer.load(), text, split(text), published).new_entities
    return {k: v.kind for k, v in found.items() if k.startswith("group:")}


# -- names opened by an Arabic organisation word -----------------------------------------

def test_arabic_prefix_names_are_groups():
    assert "group:jaish-al-nasr" in new_groups("Police blamed Jaish al-Nasr for the bombing in Kirkuk.")
    assert "group:liwa-abu-fadl" in new_groups("Fighters of Liwa Abu Fadl crossed the river at dawn.")
    assert new_groups("Harakat Nour al-Sham seized the town after a week of shelling.") == \
        {"group:harakat-nour-al-sham": "armed group"}


def test_arabic_prefix_needs_a_name_after_it():
    assert new_groups("The word ansar means helpers, and jaish means army.") == {}
    assert new_groups("Ansar said nothing on Monday.") == {}


# -- capitalised runs with a head word ----------------------------------------------------

def test_place_inside_a_company_name():
    got = new_groups("Washington sanctioned the Kivu Gold Company and two of its directors.")
    assert got == {"group:kivu-gold-company": "company"}


def test_two_names_in_a_list_stay_two():
    got = new_groups("The Treasury sanctioned Banco Andino del Sur and the Sahel Mining Corporation on Friday.")
    assert {"group:banco-andino-del-sur", "group:sahel-mining-corporation"} <= set(got)
    assert not any("and-the" in k for k in got)


def test_numbered_units():
    assert "group:45th-mechanised-brigade" in new_groups("The 45th Mechanised Brigade of the Ukrainian army pulled back.")
    got = new_groups("Troops of the 3rd Infantry Division entered the valley.")
    assert "group:3rd-infantry-division" in got


def test_demonym_after_of_is_the_owner_not_the_name():
    got = new_groups("The 12th Mountain Regiment of the Georgian forces moved north.")
    assert "group:12th-mountain-regiment" in got
    assert not any("georgian" in k for k in got)


def test_no_group_from_a_title_case_headline():
    assert new_groups("Army Units Of Kivu Gold Company Seize Mine Near Bunia") == {} or \
        "group:army-units-of-kivu-gold-company-seize-mine-near-bunia" not in new_groups(
            "Army Units Of Kivu Gold Company Seize Mine Near Bunia")
    assert "group:kivu-gold-company" not in new_groups("Kivu Gold Company Unit Seized By Rebels In Ituri")


def test_no_group_from_products_operations_or_outlets():
    assert new_groups("The Emirates shipped Chinese-made Wing Loong drones to the east.") == {}
    assert new_groups("Operation Sahel Shield Division began in March, the ministry said.") == {}
    assert new_groups("The Kivu Morning News, a weekly, reported the clash.") == {}


# -- a category noun in apposition --------------------------------------------------------

def test_category_noun_in_apposition_names_a_group():
    assert new_groups("Red Dawn, a small armed group, claimed the ambush.") == {"group:red-dawn": "armed group"}
    assert new_groups("Officials blamed Black Scorpion, a gang that controls the port, for the killings.") == \
        {"group:black-scorpion": "cartel"}


def test_a_person_in_apposition_is_not_a_group():
    assert new_groups("Carlos Ruiz, a militia leader, was arrested in Cali.") == {}
    assert new_groups("Maria Lopez, a party official, said the vote was fair.") == {}
    assert new_groups("Yesterday, a militia attacked the town.") == {}


# -- a state's own body -------------------------------------------------------------------

def test_state_body_is_a_group_part_of_its_state():
    got = part_of("The Volga Legion, a force that answers to Russia's defence ministry, arrived in Bamako.")
    assert ("group:volga-legion", "group:russian-defence-ministry") in got or \
        any(o == "group:russian-defence-ministry" for _, o in got)
    assert ("group:russian-defence-ministry", "state:RUS") in got


def test_state_acting_through_its_army_stays_the_state():
    assert new_groups("Kenya's army has fought the rebels since 2019.") == {}
    assert new_groups("Israel's intelligence service Mossad opened an inquiry.") == {}


# -- PART_OF phrasings --------------------------------------------------------------------

def test_splinter_group_of():
    got = part_of("The Northern Liberation Front, a splinter group of the ELN, kidnapped two engineers.")
    assert ("group:northern-liberation-front", "group:eln") in got


def test_cell_and_youth_wing_of():
    got = part_of("Police raided Red Dawn, a cell of the Tiger Brigades, in the old town.")
    assert ("group:red-dawn", "group:tiger-brigades") in got


def test_under_the_umbrella_of():
    got = part_of("Harakat Nour al-Sham, which operates under the umbrella of Hayat Tahrir al-Sham, seized the town.")
    assert ("group:harakat-nour-al-sham", "group:hts") in got


def test_reports_to():
    got = part_of("The Tiger Brigades report directly to the Ndolo Liberation Front, officials said.")
    assert ("group:tiger-brigades", "group:ndolo-liberation-front") in got


def test_group_possessive():
    got = part_of("Hamas's Qassam Brigades said the tunnel had collapsed.")
    assert ("group:qassam-brigades", "group:hamas") in got


def test_part_of_negatives():
    # a person answering to a body, an ally in the possessive, a question, a denial
    assert part_of("Hezbollah's ally Amal fielded candidates in the south.") == set()
    assert part_of("Hezbollah's Nasrallah gave a long speech.") == set()
    assert part_of("Is Red Dawn a cell of the Tiger Brigades?") == set()
    assert not any(o == "group:tiger-brigades" for _, o in part_of(
        "Red Dawn denied that it is a cell of the Tiger Brigades."))
