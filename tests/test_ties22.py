"""Session 21 (ties22): SUPPLIED and ALLEGED_TIES constructions of news language in general, and readings that were none.

- Goods listed with an aside naming some of them ("delivered weapons, including anti-aircraft guns, to X", "entregó
  armas, entre ellas cañones antiaéreos, al Ejército de X"): the aside belongs to the goods, the recipient follows it.
- Arming inside a coordinated group of backing verbs ("funds, trains and arms", "accused X of funding and arming Y",
  "armed, trained and financed by", "financiada y armada por"): weapons handed over (SUPPLIED) besides the tie.
- Goods moved in the passive, the source after "from" ("weapons were smuggled to X from Y"); a nominal transfer with its
  agent after "by" ("the transfer of missiles by Y to X"); a supplier named by its role noun ("the main supplier of
  missiles and cash to X", "el proveedor de misiles y dinero de X"); a backer noun in Spanish ("el principal valedor de").
- What is none: the one who believes a group receives goods ("is believed by the police to receive"); a speaker before a
  passive ("officials say weapons were smuggled to X"); a supply only discussed or weighed; "finance" of an office
  ("served as finance minister under X"); presence near a border, operations in an area an actor holds; money sent
  "through" a country; a supplier between two states (trade, SUPPLIED only, no tie).
Every sentence is written for these tests."""

import pytest

from tests.extracting import positive_pairs


def supplied(text, lang="en"):
    return positive_pairs(text, "SUPPLIED", language=lang, published="2025-06-01")


def ties(text, lang="en"):
    return {frozenset(p) for p in positive_pairs(text, "ALLEGED_TIES", language=lang, published="2025-06-01")}


def tie(a, b):
    return frozenset((a, b))


# ------------------------------------------------------------------ goods with an aside naming some of them
@pytest.mark.parametrize("text,lang,a,b", [
    ("Egypt has since delivered two shipments of weapons, including anti-aircraft guns and artillery, to Somalia.", "en",
     "state:EGY", "state:SOM"),
    ("Russia sold fighter jets, such as Su-30 and Su-35 models, to Algeria last year.", "en", "state:RUS", "state:DZA"),
    ("Turquía vendió drones, entre ellos varios Bayraktar TB2, a Níger en 2024.", "es", "state:TUR", "state:NER"),
    ("Rusia entregó aviones de combate, incluidos cazas Su-30, a Malí.", "es", "state:RUS", "state:MLI"),
])
def test_goods_with_an_including_aside(text, lang, a, b):
    assert (a, b) in supplied(text, lang)


# ------------------------------------------------------------------ arming in a group of backing verbs
@pytest.mark.parametrize("text,lang,a,b", [
    ("Washington accuses Tehran of funding and arming the Houthis.", "en", "state:IRN", "group:houthis"),
    ("Iran funds, trains and arms Hezbollah, according to Israeli officials.", "en", "state:IRN", "group:hezbollah"),
    ("The Houthis, armed, trained and financed by the Islamic Revolutionary Guard Corps, fired two missiles.", "en",
     "group:irgc", "group:houthis"),
    ("Irán financia, entrena y arma a los hutíes desde hace años.", "es", "state:IRN", "group:houthis"),
    ("La propia Hezbolá, a su vez, es financiada y armada por Irán.", "es", "state:IRN", "group:hezbollah"),
])
def test_arming_in_a_group_of_backing_verbs_is_a_supply(text, lang, a, b):
    assert (a, b) in supplied(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("The heavily armed Hezbollah fighters crossed into Syria.", "en"),
    ("Las fuerzas bien armadas de Hezbolá cruzaron a Siria.", "es"),
])
def test_armed_as_an_adjective_is_no_supply(text, lang):
    assert not supplied(text, lang)


# ------------------------------------------------------------------ the passive, a nominal transfer, a supplier noun
@pytest.mark.parametrize("text,a,b", [
    ("Israeli officials say weapons have for years been smuggled to Hezbollah from Iran through Syria.",
     "state:IRN", "group:hezbollah"),
    ("Rockets were shipped from Iran to the Houthis by sea, the panel found.", "state:IRN", "group:houthis"),
    ("The ministers condemned the transfer of ballistic missiles and munitions by North Korea to Russia.",
     "state:PRK", "state:RUS"),
    ("Iran has long been the main supplier of missiles and cash to Hezbollah.", "state:IRN", "group:hezbollah"),
])
def test_passive_nominal_and_supplier_constructions(text, a, b):
    got = supplied(text)
    assert (a, b) in got
    assert not any(s == "state:ISR" for s, _ in got)  # a speaker before a passive supplies nothing


def test_a_supplier_of_goods_in_spanish():
    assert ("state:IRN", "group:hezbollah") in supplied(
        "Irán ha sido siempre el proveedor de misiles, dinero y entrenamiento de Hezbolá.", "es")


def test_a_believer_is_no_recipient():
    got = supplied("Jaysh Ayman is believed by the Kenyan police to receive explosives from al-Shabaab.")
    assert ("group:al-shabaab", "group:jaysh-ayman") in got
    assert not any(o == "state:KEN" for _, o in got)


@pytest.mark.parametrize("text,lang", [
    ("Moscow discussed supplying anti-ship missiles to the Houthis in 2024 but did not go through with it.", "en"),
    ("The Kremlin was considering selling fighter jets to Iran, the report said.", "en"),
    ("Moscú estudió venderle misiles antibuque a los hutíes en 2024, pero desistió.", "es"),
])
def test_a_supply_only_weighed_is_none(text, lang):
    assert not supplied(text, lang)


# ------------------------------------------------------------------ ties: a backer noun; readings that are no tie
@pytest.mark.parametrize("text", [
    "Argelia es el principal valedor del Frente Polisario, al que da refugio en Tinduf.",
    "Argelia se ha convertido en el gran padrino del Frente Polisario.",
])
def test_a_backer_noun_in_spanish(text):
    assert tie("state:DZA", "group:polisario") in ties(text, "es")


@pytest.mark.parametrize("text,lang", [
    ("Moscow has been Bamako's main arms supplier since the French withdrawal.", "en"),
    ("India has become Armenia's largest arms supplier.", "en"),
    ("Rusia es el principal proveedor de armas de Malí desde 2022.", "es"),
])
def test_a_supplier_between_states_is_trade_not_a_tie(text, lang):
    assert supplied(text, lang)
    assert not ties(text, lang)


def test_a_groups_supplier_is_tied_to_it():
    assert tie("state:IRN", "group:houthis") in ties("Iran has been the Houthis' main supplier.")


@pytest.mark.parametrize("text", [
    "Santiago Peña is the president of Paraguay. He served as finance minister under President Horacio Cartes.",
    "The Islamic State Sahel Province is active further east, near the border with Niger.",
    "The World Food Programme has already scaled back operations in Houthi-held areas.",
    "Qatar has since financed fuel shipments through Jordan for Syrian power stations.",
])
def test_readings_that_are_no_tie(text):
    assert not ties(text)


@pytest.mark.parametrize("text", [
    "The ELN operates in Venezuela, Colombian officials say.",
    "Qatar finances Hamas, Israel says.",
])
def test_ties_the_guards_keep(text):
    assert ties(text)


# ------------------------------------------------------------------ asides between a subject and its verb
@pytest.mark.parametrize("text,lang,a,b", [
    ("The United Arab Emirates, according to successive UN panel reports, supplied the Libyan National Army with armed "
     "drones.", "en", "state:ARE", "group:libyan-national-army"),
    ("Iran, citing a 2019 defence accord with Caracas, shipped drones to Venezuela.", "en", "state:IRN", "state:VEN"),
    ("Emiratos, según un informe del panel de expertos de la ONU, entregó drones a las Fuerzas de Apoyo Rápido.", "es",
     "state:ARE", "group:rsf-sudan"),
])
def test_an_attribution_aside_between_supplier_and_verb(text, lang, a, b):
    got = supplied(text, lang)
    assert (a, b) in got
    assert not any(s == "group:libyan-national-army" for s, _ in got)  # "armed drones" is no verb


@pytest.mark.parametrize("text,lang", [
    ("Rabat said Hezbollah, with the help of a member of the Iranian embassy in Algiers, trained Polisario fighters.",
     "en"),
    ("Rabat alegó que Hezbolá, con la cobertura de la embajada iraní en Argel, había entrenado a combatientes del "
     "Polisario.", "es"),
])
def test_a_helpers_cover_told_in_full(text, lang):
    assert tie("group:hezbollah", "group:polisario") in ties(text, lang)


# ------------------------------------------------------------------ an alliance between two
@pytest.mark.parametrize("text,lang,a,b", [
    ("Analysts describe a durable alliance between Los Choneros and Mexico's Sinaloa Cartel.", "en",
     "group:los-choneros", "group:sinaloa-cartel"),
    ("Prosecutors detailed the collusion between the Cartel de los Soles and the FARC.", "en",
     "group:cartel-de-los-soles", "group:farc"),
    ("La fiscalía investiga la supuesta asociación entre el Cartel de los Soles y las FARC.", "es",
     "group:cartel-de-los-soles", "group:farc"),
])
def test_an_alliance_between_two(text, lang, a, b):
    assert tie(a, b) in ties(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("The trade partnership between Chile and China keeps growing.", "en"),
    ("La asociación comercial entre Chile y China crece cada año.", "es"),
])
def test_a_trade_partnership_is_no_tie(text, lang):
    assert not ties(text, lang)


# ------------------------------------------------------------------ an aspectual verb before the act
@pytest.mark.parametrize("text,a,b", [
    ('"Iran continues to provide the Houthis with missile components and drones," the envoy said.', "state:IRN",
     "group:houthis"),
    ("Russia has continued to sell fighter jets to Myanmar despite the sanctions.", "state:RUS", "state:MMR"),
    ("Tehran began to arm Hamas in the 1990s, the report says.", "state:IRN", "group:hamas"),
])
def test_an_aspectual_verb_before_the_supply(text, a, b):
    assert (a, b) in supplied(text)


def test_continuing_to_cooperate_is_no_supply():
    assert not supplied("Kosovo said it would continue to cooperate with the court in The Hague.")


# ------------------------------------------------------------------ goods the vocabulary lacked; a state's forces as object
@pytest.mark.parametrize("text,lang,a,b", [
    ("España ha entregado a Ucrania carros de combate Leopard 2A4.", "es", "state:ESP", "state:UKR"),
    ("Estados Unidos envió munición y cañones a Ucrania.", "es", "state:USA", "state:UKR"),
    ("North Korea shipped shells and ammo to Russia.", "en", "state:PRK", "state:RUS"),
    ("Moscow has handed Mali's air force L-39 trainers and Su-24 bombers.", "en", "state:RUS", "state:MLI"),
])
def test_goods_and_forces(text, lang, a, b):
    assert (a, b) in supplied(text, lang)


# ------------------------------------------------------------------ acting for another
@pytest.mark.parametrize("text,lang,a,b", [
    ("Caracas alleges that Tren de Aragua acts under the direction of the Venezuelan government.", "en",
     "group:tren-de-aragua", "state:VEN"),
    ("The militia works at the behest of the Islamic Revolutionary Guard Corps, officials say.", "en", None, "group:irgc"),
    ("Según la fiscalía, el Tren de Aragua actúa bajo la dirección del gobierno venezolano.", "es",
     "group:tren-de-aragua", "state:VEN"),
])
def test_acting_for_another_is_a_tie(text, lang, a, b):
    got = ties(text, lang)
    if a:
        assert tie(a, b) in got
    else:
        assert not got  # "the militia" is no actor: nothing to tie


def test_placed_under_a_command_stays_a_part():
    got = positive_pairs("The China Coast Guard operates under the command of the People's Armed Police.", "PART_OF",
                         language="en", published="2025-06-01")
    assert ("group:china-coast-guard", "group:peoples-armed-police") in got


# ------------------------------------------------------------------ coordinated kinds of support before the noun
@pytest.mark.parametrize("text,lang,a,b", [
    ("Tehran's military and financial support for Hezbollah is well documented.", "en", "state:IRN", "group:hezbollah"),
    ("La Fuerza Quds coordina el apoyo militar y financiero de Teherán a Hezbolá.", "es", "state:IRN", "group:hezbollah"),
    ("El respaldo político, logístico y financiero de Irán a Hamás es conocido.", "es", "state:IRN", "group:hamas"),
])
def test_coordinated_kinds_of_support(text, lang, a, b):
    assert tie(a, b) in ties(text, lang)
