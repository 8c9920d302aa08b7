"""Names news writes before it describes them, and people quoted in the present tense.

News opens with the event ("A court proscribed Lakurawa") and says what the actor is later
("Lakurawa, the armed group that ..."); analysis and features quote people in the present
("advierte X", "says X"). Sentences written for these tests, not taken from any corpus."""

import pytest

from extracting import discovered, positive_pairs


@pytest.mark.parametrize("text, language, state, group", [
    # the designation first, the description two sentences later
    ("Niger banned Tahoua Brigade Zeta on Monday and designated Zantaroua a terrorist organisation. "
     "The decree was read on state television. Zantaroua, an armed group that has spread along the "
     "border, denied the charges.", "en", "state:NER", "group:zantaroua"),
    ("Kenya designated Mlima Kuu a terrorist group in March. Officials gave no details. "
     "Mlima Kuu, a militia based near the coast, has attacked police posts.", "en", "state:KEN", "group:mlima-kuu"),
    ("Guatemala declaró terrorista a Los Chapulines el martes. Los Chapulines, una banda criminal de la "
     "frontera, controla el contrabando.", "es", "state:GTM", "group:los-chapulines"),
])
def test_a_group_named_before_its_description_is_found_where_first_named(text, language, state, group):
    assert (state, group) in positive_pairs(text, "DESIGNATED", language=language, published="2025-06-01")


def test_a_name_never_described_stays_unknown():
    # no sentence says what "Zantaroua" is: the earlier mention is not guessed into a group
    text = "Niger designated Zantaroua a terrorist organisation. The decree was read on television."
    assert not discovered(text, "group:", "2025-06-01")


@pytest.mark.parametrize("text", [
    # a one-word name opening a sentence, written capitalised inside another sentence too
    "Zantaroua, a jihadist group active near Tahoua, claimed the attack. Officials blamed Zantaroua for it.",
    "Kuruvai, an armed faction of herders, took the town. Police said Kuruvai fighters fled.",
])
def test_a_one_word_name_opening_a_sentence_with_a_category_apposition(text):
    found = discovered(text, "group:", "2025-06-01")
    assert len(found) == 1


@pytest.mark.parametrize("text", [
    # sentence openers followed by an apposition-like comma are no names
    "Yesterday, a militia of farmers attacked the post. Nobody was hurt.",
    "Meanwhile, a group of soldiers left the base. The town was quiet.",
    "Instead, the group that rules the valley stayed silent. It said nothing yesterday.",
])
def test_a_sentence_opener_before_a_category_is_no_name(text):
    assert not discovered(text, "group:", "2025-06-01")


@pytest.mark.parametrize("text, language", [
    ("\"The risk is real,\" warns Amara Okonkwo, who heads the Mossad.", "en"),
    ("\"El riesgo es real\", advierte Amara Okonkwo, que dirige el Mossad.", "es"),
    ("Amara Okonkwo sostiene que el peligro crece, y Amara Okonkwo dirige el Mossad.", "es"),
])
def test_people_quoted_in_the_present_are_found(text, language):
    people = discovered(text, "official:", "2025-06-01")
    assert [p.name for p in people.values()] == ["Amara Okonkwo"]


def test_a_present_reporting_verb_does_not_make_an_organisation_a_person():
    text = "\"Inflation will fall,\" says Banco Central Europeo in its report."
    assert not discovered(text, "official:", "2025-06-01")


@pytest.mark.parametrize("text, language, name", [
    # the defining sentence of explainers: a name, a copula, a category noun
    ("Jemaah Anshar is a militant network in Java. The United States designated it a terrorist "
     "organization in 2017.", "en", "Jemaah Anshar"),
    ("Mlima Kuu was a militia based near the coast until 2019.", "en", "Mlima Kuu"),
    ("Los Chapulines son una banda criminal de la frontera sur.", "es", "Los Chapulines"),
    ("El Frente Nogal es una guerrilla disidente que opera en el Cauca.", "es", "Frente Nogal"),
])
def test_a_name_defined_by_a_copula_and_a_category_is_a_group(text, language, name):
    found = discovered(text, "group:", "2025-06-01")
    assert [g.name for g in found.values()] == [name]


@pytest.mark.parametrize("text", [
    "Juan Pérez is a party official in Lima.",
    "Yesterday was a day of protests by the group.",
    "Maria Lopez is the group's leader and a former teacher.",
    "The president is a member of the group.",
])
def test_a_copula_before_a_person_noun_or_a_non_name_finds_no_group(text):
    assert not discovered(text, "group:", "2025-06-01")


@pytest.mark.parametrize("text, name", [
    ("Ilan Vorin, the fugitive banker convicted in absentia, lives in Moscow.", "Ilan Vorin"),
    ("Rafael Mora, a Venezuelan businessman, was arrested in Madrid.", "Rafael Mora"),
    ("Omar Kassab, un empresario sirio, pagó a la milicia.", "Omar Kassab"),
    ("La investigación apunta a Teodoro Lima, un narcotraficante prófugo desde 2019.", "Teodoro Lima"),
])
def test_a_noun_only_a_person_is_in_apposition_makes_a_person(text, name):
    assert [p.name for p in discovered(text, "official:", "2025-06-01").values()] == [name]


@pytest.mark.parametrize("text", [
    "Banco Atlántico, the Venezuelan lender, collapsed in May.",
    "Santa Cruz, the restive province, voted against the reform.",
    "Puerto Cabello, a busy port, handles most imports.",
])
def test_an_organisation_or_place_in_apposition_is_no_person(text):
    assert not discovered(text, "official:", "2025-06-01")
