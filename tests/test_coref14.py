"""Referring expressions and carried subjects (session 14): sentences written for each mechanism,
in both languages, before reading any set's sentence of that kind."""

import pytest

from tests.extracting import extract_text, positive_pairs

P = "2024-05-01"


def pairs(text, pred, lang):
    return positive_pairs(text, pred, language=lang, published=P)


# -- (1) the antecedent fits the slot: a designee is a group or person, never the IGO that listed it
@pytest.mark.parametrize("text,lang,want", [
    ("The European Union designated the Wagner Group in 2023. Britain banned it the same year.", "en",
     ("state:GBR", "group:wagner-group")),
    ("The European Union designated the Wagner Group in 2023. Britain proscribed it the same year.", "en",
     ("state:GBR", "group:wagner-group")),
    ("The UN Security Council sanctioned al-Shabaab in 2010. Canada listed it two years later.", "en",
     ("state:CAN", "group:al-shabaab")),
    ("The State Department designated al-Shabaab in 2008. The United Kingdom proscribed it two years later.", "en",
     ("state:GBR", "group:al-shabaab")),
    ("El Departamento de Estado designó a Hamás en 1997. Paraguay la declaró organización terrorista en 2019.", "es",
     ("state:PRY", "group:hamas")),
])
def test_designee_is_the_listed_group(text, lang, want):
    got = pairs(text, "DESIGNATED", lang)
    assert want in got
    assert not any(o.startswith(("group:eu", "group:un-")) for _, o in got)


def test_two_armed_groups_stay_unresolved():
    # two groups of one kind before "it": no guess (a wrong antecedent is a false fact)
    got = pairs("Hamas and Hezbollah fired rockets at Israel. Canada listed it in 2002.", "DESIGNATED", "en")
    assert not any(s == "state:CAN" for s, _ in got)


# -- (2) a subject carried across a second verb phrase, a relative clause, or a sentence (Spanish null subject)
@pytest.mark.parametrize("text,lang,pred,want", [
    ("Turkey trains the commando brigade and has also delivered TB2 drones to Somalia.", "en", "SUPPLIED",
     ("state:TUR", "state:SOM")),
    ("Iran hosts Hamas leaders and has long supplied rockets to Hezbollah.", "en", "SUPPLIED",
     ("state:IRN", "group:hezbollah")),
    ("Turkey trains Somali commandos and has also quietly delivered drones to Somalia.", "en", "SUPPLIED",
     ("state:TUR", "state:SOM")),
    ("Ankara, which opened a base in Mogadishu, has since supplied drones to Somalia.", "en", "SUPPLIED",
     ("state:TUR", "state:SOM")),
    ("Turquía, que abrió una base en Mogadiscio, entregó drones a Somalia.", "es", "SUPPLIED",
     ("state:TUR", "state:SOM")),
    ("Nicaragua expulsó al embajador de España en 2021. En octubre de 2022 rompió relaciones con Alemania.", "es",
     "SEVERED_TIES", ("state:NIC", "state:DEU")),
    ("Marruecos acusó a Argelia de apoyar al Polisario. En agosto rompió relaciones con Argel.", "es",
     "SEVERED_TIES", ("state:MAR", "state:DZA")),
])
def test_carried_subject(text, lang, pred, want):
    assert want in pairs(text, pred, lang)


def test_named_subject_after_month_is_not_carried():
    got = pairs("Hamás atacó Israel. En octubre de 2023 Israel rompió relaciones con Qatar.", "SEVERED_TIES", "es")
    assert got == {("state:ISR", "state:QAT")}


# -- (3) "did the same with Z": the previous act, a new actor, the new object
@pytest.mark.parametrize("text,lang,pred,want,not_want", [
    ("Venezuela broke off ties with Ukraine in 2022, and Nicaragua did the same with Taiwan in 2021.", "en",
     "SEVERED_TIES", ("state:NIC", "state:TWN"), ("state:NIC", "state:UKR")),
    ("Ecuador rompió relaciones con México en abril y Nicaragua hizo lo mismo con Ecuador días después.", "es",
     "SEVERED_TIES", ("state:NIC", "state:ECU"), ("state:NIC", "state:MEX")),
    ("Britain banned Hamas in 2021, and Australia did the same with Hezbollah.", "en",
     "DESIGNATED", ("state:AUS", "group:hezbollah"), ("state:AUS", "group:hamas")),
    ("Argentina designó a Hamás como organización terrorista en 2024 y Paraguay hizo lo propio con Hezbolá.", "es",
     "DESIGNATED", ("state:PRY", "group:hezbollah"), ("state:PRY", "group:hamas")),
    ("Estados Unidos designó al Tren de Aragua como organización terrorista en febrero. Ecuador hizo lo mismo con "
     "Los Lobos en marzo.", "es", "DESIGNATED", ("state:ECU", "group:los-lobos"), ("state:ECU", "group:tren-de-aragua")),
])
def test_did_the_same_with(text, lang, pred, want, not_want):
    got = pairs(text, pred, lang)
    assert want in got and not_want not in got


@pytest.mark.parametrize("text,lang,pred,want", [
    ("Bolivia severed diplomatic relations with Israel in 2023. Belize followed suit a week later.", "en",
     "SEVERED_TIES", ("state:BLZ", "state:ISR")),
    ("Colombia rompió relaciones con Israel en mayo. Belice hizo lo propio semanas después.", "es",
     "SEVERED_TIES", ("state:BLZ", "state:ISR")),
    ("Argentina designated Hamas a terrorist group. Paraguay did the same.", "en", "DESIGNATED",
     ("state:PRY", "group:hamas")),
    ("Britain banned Hamas in 2021, and Australia did the same.", "en", "DESIGNATED", ("state:AUS", "group:hamas")),
])
def test_did_the_same_bare_keeps_the_object(text, lang, pred, want):
    assert want in pairs(text, pred, lang)


def test_did_the_same_with_an_unknown_name_is_not_the_old_object():
    got = pairs("Canada listed the Proud Boys as a terrorist entity in 2021. New Zealand did the same with the Base "
                "a year later.", "DESIGNATED", "en")
    assert ("state:NZL", "group:proud-boys") not in got


# -- (4) plural back-references: a pair acting on each other, numbered descriptions of a list
@pytest.mark.parametrize("text,lang,want", [
    ("Chad and Sudan broke off relations in 2006.", "en", ("state:TCD", "state:SDN")),
    ("Chad and Sudan accused each other of sponsoring rebels. The two countries severed ties in 2006.", "en",
     ("state:TCD", "state:SDN")),
    ("Mali and Niger cut their diplomatic ties in 2023.", "en", ("state:MLI", "state:NER")),
    ("Chad y Sudán rompieron relaciones diplomáticas en 2006.", "es", ("state:TCD", "state:SDN")),
])
def test_pair_severs_with_each_other(text, lang, want):
    assert want in pairs(text, "SEVERED_TIES", lang)


def test_pair_with_a_third_is_not_mutual():
    got = pairs("Chad and Sudan severed ties with Israel in 2006.", "SEVERED_TIES", "en")
    assert ("state:TCD", "state:SDN") not in got and ("state:TCD", "state:ISR") in got


def test_pair_severing_negated_or_threatened():
    assert not pairs("Chad and Sudan have not severed diplomatic ties.", "SEVERED_TIES", "en")
    assert not pairs("Qatar and Saudi Arabia threatened to cut ties.", "SEVERED_TIES", "en")


@pytest.mark.parametrize("text,lang,pred,want", [
    ("Mali, Burkina Faso and Niger left ECOWAS in January. The three juntas broke off relations with France.", "en",
     "SEVERED_TIES", {("state:MLI", "state:FRA"), ("state:BFA", "state:FRA"), ("state:NER", "state:FRA")}),
    ("Mali, Burkina Faso y Níger expulsaron a los embajadores franceses. Los tres gobiernos rompieron relaciones con "
     "Ucrania en 2024.", "es", "SEVERED_TIES",
     {("state:MLI", "state:UKR"), ("state:BFA", "state:UKR"), ("state:NER", "state:UKR")}),
    ("Mali, Burkina Faso and Niger are ruled by soldiers.\n\nRussia has courted them for years. Moscow has supplied "
     "attack helicopters to all three countries.", "en", "SUPPLIED",
     {("state:RUS", "state:MLI"), ("state:RUS", "state:BFA"), ("state:RUS", "state:NER")}),
    ("Iran, Syria and Russia back Hezbollah. The three governments have supplied weapons to the group.", "en",
     "SUPPLIED", {("state:IRN", "group:hezbollah"), ("state:SYR", "group:hezbollah"), ("state:RUS", "group:hezbollah")}),
])
def test_numbered_description(text, lang, pred, want):
    assert want <= pairs(text, pred, lang)


def test_numbered_description_needs_a_list_of_that_size():
    # "the three juntas" with only two states listed before: nothing
    got = pairs("Mali and Niger left ECOWAS in January. The three juntas broke off relations with France.",
                "SEVERED_TIES", "en")
    assert not got


@pytest.mark.parametrize("lang, text, want", [
    ("es", "Caracas ordenó el lunes la retirada de su personal diplomático de Chile y exigió a Uruguay que hiciera lo mismo.",
     {("state:VEN", "state:URY", "withdraw")}),
    ("en", "Venezuela pulled out its diplomats from Chile and urged Uruguay to do the same.", {("state:VEN", "state:URY", "withdraw")}),
    ("es", "Argentina declaró organización terrorista a Hamás y pidió a Brasil que hiciera lo mismo.", {("state:ARG", "state:BRA", "designate")}),
])
def test_a_request_to_do_the_same_repeats_the_act_named_before_it(lang, text, want):
    # "que hicieran lo mismo" after a withdrawal of diplomats asks for that withdrawal, not for the story's severing
    got = {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published="2024-07-30")
           if c.predicate == "URGED" and c.polarity == "positive"}
    assert want <= got
