"""Session 20 (ties20): how news tells ALLEGED_TIES and PART_OF in constructions the rules lacked.

- A part noun given by one who takes a stance ("Turkey regards / treats X as the Syrian branch of Y", "a force Ankara
  regards as a PKK offshoot") is that side's allegation of a tie; given by one who describes ("described X as an
  affiliate of Y") it stays PART_OF.
- A coalition and its members: in apposition or a participle ("X, made up of A, B and C", "X, which brings together",
  "X, integrada por", "una coalición que integran A y B"), in brackets after a coalition's name, "A and B, both members
  of X", "X, of which A is the armed force" / "de la que A es el brazo armado", "describes A as the backbone of X".
- Backing told as a noun or participle: "X's (long) patronage of Y", "apadrinado / amparado por", "a coalition of
  Turkish-backed factions".
- What is no tie: aid that is cut, restricted or barred; a place the act passed through before "con apoyo de"; the
  accuser's "authorities" ("which Malian authorities accuse of colluding with Y"); a relative clause after an X-backed
  noun ("Turkish-backed factions that fought the SDF"); a bracketed list after a state.
Every sentence is written for these tests."""

import pytest

from tests.extracting import positive_pairs, tied


def ties(text, lang="en"):
    return positive_pairs(text, "ALLEGED_TIES", language=lang, published="2025-06-01")


def part_of(text, lang="en"):
    return positive_pairs(text, "PART_OF", language=lang, published="2025-06-01")


# ------------------------------------------------------------------ a stance's part noun is an alleged tie
@pytest.mark.parametrize("text,lang,a,b", [
    ("Ankara has long treated the YPG as the Syrian arm of the PKK.", "en", "group:ypg", "group:pkk"),
    ("Turkey regards the YPG as the Syrian branch of the PKK.", "en", "group:ypg", "group:pkk"),
    ("Washington regards Kataib Hezbollah as an offshoot of the IRGC.", "en", "group:kataib-hezbollah", "group:irgc"),
    ("Egypt, which regards Hamas as the Palestinian branch of the Muslim Brotherhood, mediated the truce.", "en",
     "group:hamas", "group:muslim-brotherhood"),
    ("The Polisario Front, which Morocco regards as an offshoot of the Algerian army, rejected the plan.", "en",
     "group:polisario", "state:DZA"),
    ("The Sinjar Resistance Units (YBŞ), a local Yazidi force it regards as a PKK offshoot, draw salaries.", "en",
     "group:sinjar-resistance-units", "group:pkk"),
    ("The YPG, a militia that Ankara considers the PKK's Syrian wing, holds Kobani.", "en", "group:ypg", "group:pkk"),
    ("Riyadh has long treated the Houthis as a branch of the IRGC.", "en", "group:houthis", "group:irgc"),
    ("Turquía, que considera a las YPG la rama siria del PKK, atacó.", "es", "group:ypg", "group:pkk"),
    ("Marruecos considera al Frente Polisario una rama de Argelia.", "es", "group:polisario", "state:DZA"),
    ("Rusia, que considera al Frente al Nusra una escisión de Al Qaeda, bombardeó Idlib.", "es", "group:hts",
     "group:al-qaeda"),
])
def test_a_stance_on_a_part_is_an_alleged_tie(text, lang, a, b):
    assert tied(ties(text, lang), a, b)
    assert (a, b) not in part_of(text, lang)  # (a side's view is no structure of the group)


@pytest.mark.parametrize("text,a,b", [
    ("The UN report described ISWAP as an affiliate of the Islamic State.", "group:iswap", "group:isis"),
    ("The court called al-Shabaab the East African branch of al-Qaeda.", "group:al-shabaab", "group:al-qaeda"),
])
def test_a_description_of_a_part_stays_part_of(text, a, b):
    assert (a, b) in part_of(text)


# ------------------------------------------------------------------ a coalition and its members
@pytest.mark.parametrize("text,lang,whole,members", [
    ("The Coalition for Unity and Democracy, made up of the Karen National Union, the Chin National Front and the "
     "Kachin Independence Army, met in Thailand.", "en", "group:coalition-for-unity-and-democracy",
     {"group:karen-national-union", "group:chin-national-front", "group:kachin-independence-army"}),
    ("The Coalition for Unity and Democracy, composed of the Karen National Union and the Chin National Front, met "
     "in Thailand.", "en", "group:coalition-for-unity-and-democracy",
     {"group:karen-national-union", "group:chin-national-front"}),
    ("The Three Brotherhood Alliance, which groups the Arakan Army, the Ta'ang National Liberation Army and the "
     "Myanmar National Democratic Alliance Army, seized Lashio.", "en", "group:three-brotherhood-alliance",
     {"group:arakan-army", "group:tnla", "group:mndaa"}),
    ("The Three Brotherhood Alliance, comprising the Arakan Army and the Ta'ang National Liberation Army, seized "
     "Lashio.", "en", "group:three-brotherhood-alliance", {"group:arakan-army", "group:tnla"}),
    ("Viv Ansanm, which brings together G9 and G-Pèp, blocked the port.", "en", "group:viv-ansanm",
     {"group:g9", "group:g-pep"}),
    ("The Northern Alliance (the Kachin Independence Army, the Arakan Army and the Ta'ang National Liberation Army) "
     "rejected the talks.", "en", "group:northern-alliance",
     {"group:kachin-independence-army", "group:arakan-army", "group:tnla"}),
    ("The Karen National Union and the Chin National Front, both founding members of the Coalition for Unity and "
     "Democracy, signed.", "en", "group:coalition-for-unity-and-democracy",
     {"group:karen-national-union", "group:chin-national-front"}),
    ("The Arakan Army and the Ta'ang National Liberation Army, both members of the Three Brotherhood Alliance, "
     "seized Lashio.", "en", "group:three-brotherhood-alliance", {"group:arakan-army", "group:tnla"}),
    ("Viv Ansanm, la coalición que integran G9 y G-Pèp, bloqueó el puerto.", "es", "group:viv-ansanm",
     {"group:g9", "group:g-pep"}),
    ("Viv Ansanm, una coalición que integran el G9 y G-Pèp, controla la capital.", "es", "group:viv-ansanm",
     {"group:g9", "group:g-pep"}),
    ("La Alianza de las Tres Hermandades, integrada por el Ejército de Arakan y el Ejército de Liberación Nacional "
     "Ta'ang, tomó Lashio.", "es", "group:three-brotherhood-alliance", {"group:arakan-army", "group:tnla"}),
    ("La Alianza del Norte (el Ejército de Independencia Kachin, el Ejército de Arakan y el Ejército de Liberación "
     "Nacional Ta'ang) rechazó el diálogo.", "es", "group:alianza-del-norte",
     {"group:kachin-independence-army", "group:arakan-army", "group:tnla"}),
    ("El Ejército de Arakan y el Ejército de Liberación Nacional Ta'ang, ambos miembros de la Alianza de las Tres "
     "Hermandades, tomaron Lashio.", "es", "group:three-brotherhood-alliance", {"group:arakan-army", "group:tnla"}),
])
def test_a_coalition_and_its_members(text, lang, whole, members):
    got = part_of(text, lang)
    assert {(m, whole) for m in members} <= got


@pytest.mark.parametrize("text,lang", [
    ("The sanctions hit Venezuela (Maduro, Cabello and Padrino) last year.", "en"),
    ("Nepal (India and China) reacted.", "en"),
    ("Nicaragua (Ortega y Murillo) respondió.", "es"),
])
def test_brackets_after_no_coalition_give_no_members(text, lang):
    assert not part_of(text, lang)


@pytest.mark.parametrize("text,lang,part,whole", [
    ("Fatah, of which the Tanzim is the armed wing, denied involvement.", "en", "group:tanzim", "group:fatah"),
    ("Hamas, of which the Qassam Brigades are the armed wing, said.", "en", "group:qassam-brigades", "group:hamas"),
    ("The National Unity Government, of which the People's Defence Force is the armed force, called for talks.", "en",
     "group:pdf-myanmar", "group:nug-myanmar"),
    ("The report describes the YPG as \"the military backbone\" of the Syrian Democratic Forces.", "en", "group:ypg",
     "group:sdf"),
    ("The UN report describes the Arakan Army as the backbone of the Three Brotherhood Alliance.", "en",
     "group:arakan-army", "group:three-brotherhood-alliance"),
    ("Fatah, de la que el Tanzim es el brazo armado, negó su participación.", "es", "group:tanzim", "group:fatah"),
    ("Hamás, de la que las Brigadas Qassam son el brazo armado, respondió.", "es", "group:brigadas-qassam",
     "group:hamas"),
])
def test_a_part_named_after_its_whole(text, lang, part, whole):
    assert (part, whole) in part_of(text, lang)


# ------------------------------------------------------------------ backing told as a noun or participle
@pytest.mark.parametrize("text,lang,a,b", [
    ("India's long patronage of the Awami League is real.", "en", "state:IND", "group:awami-league"),
    ("Algeria's patronage of the Polisario Front angered Rabat.", "en", "state:DZA", "group:polisario"),
    ("Qatar's decades-long patronage of Hamas is no secret.", "en", "state:QAT", "group:hamas"),
    ("Pakistan's open sponsorship of the Taliban angered Kabul's rivals.", "en", "state:PAK", "group:taliban"),
    ("Rwanda's tacit backing of the M23 is documented by UN experts.", "en", "state:RWA", "group:m23"),
    ("El ELN, apadrinado por Venezuela, opera en la frontera.", "es", "state:VEN", "group:eln"),
    ("Hezbolá, amparado por Irán, controla el sur.", "es", "state:IRN", "group:hezbollah"),
    ("Los rebeldes del M23, tutelados por Ruanda, avanzaron.", "es", "state:RWA", "group:m23"),
    ("Los hutíes, amparados por Irán, lanzaron misiles.", "es", "state:IRN", "group:houthis"),
    ("Turkey has supplied drones to the Syrian National Army, a coalition of Turkish-backed factions that fought the "
     "Syrian Democratic Forces.", "en", "state:TUR", "group:syrian-national-army"),
    ("The Popular Mobilisation Forces, an umbrella of Iran-aligned militias, hold the border.", "en", "state:IRN",
     "group:pmf"),
    ("Hezbollah, which Israeli officials accuse of working with Iran, denied it.", "en", "group:hezbollah",
     "state:IRN"),
    ("Hamas, which Israeli officials accuse of working with Iran, denied it.", "en", "group:hamas", "state:IRN"),
])
def test_backing_told_as_a_noun_or_participle(text, lang, a, b):
    assert tied(ties(text, lang), a, b)


# ------------------------------------------------------------------ what is no tie
@pytest.mark.parametrize("text,a,b", [
    ("Trump waived a law which has restricted U.S. assistance to Azerbaijan's government since 1992.", "state:USA",
     "state:AZE"),
    ("Congress cut U.S. military aid to Egypt in 2013.", "state:USA", "state:EGY"),
    ("Washington froze U.S. assistance to the Palestinian Authority.", "state:USA", "group:palestinian-authority"),
    ("Washington suspended U.S. military assistance to Niger after the coup.", "state:USA", "state:NER"),
    ("The law bars U.S. aid to Azerbaijan's government.", "state:USA", "state:AZE"),
])
def test_aid_cut_or_restricted_is_no_tie(text, a, b):
    assert not tied(ties(text), a, b)


def test_the_backed_noun_s_relative_clause_is_another_act():
    text = ("Turkey has supplied drones to the Syrian National Army, a coalition of Turkish-backed factions that "
            "fought the Syrian Democratic Forces.")
    assert not tied(ties(text), "state:TUR", "group:sdf")


@pytest.mark.parametrize("text,accuser,other", [
    ("The Tuareg rebels, which Malian authorities accuse of colluding with JNIM, retreated.", "state:MLI", "group:jnim"),
    ("Hezbollah, which Israeli officials accuse of working with Iran, denied it.", "state:ISR", "group:hezbollah"),
])
def test_the_accusers_people_are_no_party(text, accuser, other):
    assert not tied(ties(text), accuser, other)


def test_a_transit_place_is_no_side_of_the_backing():
    text = ("Según la fiscalía, la organización de Marset enviaba cocaína a Europa a través de los puertos de "
            "Montevideo y de Villeta, con apoyo logístico del Primeiro Comando da Capital (PCC), la facción criminal "
            "brasileña.")
    assert not any("state:URY" in p for p in ties(text, "es"))


# ------------------------------------------------------------------ second batch: accusations, plural wholes, command
@pytest.mark.parametrize("text,a,b", [
    ("La fiscalía acusó al ELN de haberse aliado con el Clan del Golfo.", "group:eln", "group:clan-del-golfo"),
    ("El Gobierno acusó al Tren de Aragua de haber pactado con el ELN.", "group:tren-de-aragua", "group:eln"),
    ("Washington acusa al Cartel de los Soles de prestar \"apoyo material\" al Tren de Aragua.",
     "group:cartel-de-los-soles", "group:tren-de-aragua"),
    ("El Cartel de los Soles presta \"apoyo material\" al Tren de Aragua y al Cártel de Sinaloa.",
     "group:cartel-de-los-soles", "group:sinaloa-cartel"),
    ("El Cartel de los Soles presta \"apoyo material\" al Tren de Aragua y al Cártel de Sinaloa.",
     "group:cartel-de-los-soles", "group:tren-de-aragua"),
    ("La policía acusa a Los Choneros de colaborar con el Cártel de Sinaloa.", "group:los-choneros",
     "group:sinaloa-cartel"),
])
def test_spanish_alliances_accused_and_support_in_quotes(text, a, b):
    assert tied(ties(text, "es"), a, b)


@pytest.mark.parametrize("text,part,whole", [
    ("The Popular Mobilisation Forces, formally part of the Iraqi armed forces since 2016, include factions such as "
     "Kataib Hezbollah.", "group:kataib-hezbollah", "group:pmf"),
    ("The Syrian Democratic Forces comprise the YPG and Arab tribal units.", "group:ypg", "group:sdf"),
    ("the China Coast Guard, which since 2018 has been under the command of the People's Armed Police, patrolled.",
     "group:china-coast-guard", "group:peoples-armed-police"),
    ("The China Coast Guard has been under the command of the People's Armed Police since 2018.",
     "group:china-coast-guard", "group:peoples-armed-police"),
    ("the Nusra Front, which itself had been designated in 2012 as part of al-Qaeda in Iraq, was listed.",
     "group:hts", "group:aqi"),
    ("The Resistance Front was designated by the United States as a branch of Lashkar-e-Taiba.",
     "group:the-resistance-front", "group:lashkar-e-taiba"),
])
def test_plural_wholes_command_and_listings_as_part(text, part, whole):
    assert (part, whole) in part_of(text)


def test_an_alias_listed_is_no_part():
    assert not part_of("Al-Nusrah Front was designated as an alias of al-Qaida in Iraq in December 2012.")


def test_a_list_a_group_is_put_on_is_no_whole():
    assert not part_of("The EU and the US include Hezbollah on their terrorist lists.")


def test_a_state_s_authority_over_a_group_is_no_part():
    assert not part_of("The Wagner Group was placed under the authority of Russia in 2023.")


# ------------------------------------------------------------------ a stance as a participle in apposition; presence by consent
@pytest.mark.parametrize("text,lang,a,b", [
    ("The United Wa State Army, long seen as Beijing's proxy, controls a large enclave.", "en", "group:uwsa",
     "state:CHN"),
    ("The United Wa State Army, widely regarded as a Chinese proxy, controls a large enclave.", "en", "group:uwsa",
     "state:CHN"),
    ("Hezbollah, often described as Iran's most powerful proxy, fired rockets.", "en", "group:hezbollah", "state:IRN"),
    ("El Ejército Wa, visto durante años como un peón de Pekín, controla el enclave.", "es", "group:ejercito-wa",
     "state:CHN"),
    ("Hezbolá, visto a menudo como el brazo armado de Irán, respondió.", "es", "group:hezbollah", "state:IRN"),
    ("Las Unidades de Movilización Popular, consideradas un brazo de Irán, atacaron.", "es", "group:pmf", "state:IRN"),
    ("El ELN, considerado por Bogotá un socio de Caracas, lo negó.", "es", "group:eln", "state:VEN"),
    ("Africa Corps, the Russian force deployed in Mali at the junta's invitation, replaced Wagner.", "en",
     "group:africa-corps", "state:MLI"),
    ("The Africa Corps, deployed in Mali at the request of the junta, replaced Wagner.", "en", "group:africa-corps",
     "state:MLI"),
])
def test_a_stance_or_a_consented_presence_in_apposition(text, lang, a, b):
    assert tied(ties(text, lang), a, b)


def test_a_proxy_in_apposition_is_no_part():
    assert ("group:pmf", "state:IRN") not in part_of("Las Unidades de Movilización Popular, consideradas un brazo de "
                                                     "Irán, atacaron.", "es")


# ------------------------------------------------------------------ MEMBER_OF: a party told on a politician
def members(text, lang="en"):
    return positive_pairs(text, "MEMBER_OF", language=lang, published="2025-06-01")


@pytest.mark.parametrize("text,lang,person,party", [
    ("Mikheil Kavelashvili, a former footballer and Georgian Dream lawmaker, was elected president.", "en",
     "official:mikheil-kavelashvili", "group:georgian-dream"),
    ("Zin Mar Aung, a veteran politician of the National League for Democracy, spoke.", "en", "official:zin-mar-aung",
     "group:nld-myanmar"),
])
def test_a_party_told_on_a_politician_is_a_membership(text, lang, person, party):
    assert (person, party) in members(text, lang)


@pytest.mark.parametrize("text", [
    "Mikheil Kavelashvili, a former footballer and Chelsea fan, was elected president.",
    "Talks in Doha (Hamas) stalled.",
])
def test_no_party_no_membership(text):
    assert not members(text)
