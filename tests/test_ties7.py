"""ALLEGED_TIES families of session 9 (loaders/rules/en_ties.yaml (en.ties7.), es_ties.yaml (es.ties7.) and the presence
consent in loaders/extract.py): how news in general says a tie, in both languages, with the
negatives each family must keep out. Real extraction, short texts written for these tests."""

import pytest

from extracting import extract_text, positive_pairs

PUB = "2025-11-20"
TIES = "ALLEGED_TIES"


def _pairs(lang: str, text: str) -> set[tuple[str, str]]:
    # the type is symmetric: compare unordered pairs
    return {tuple(sorted(p)) for p in positive_pairs(text, TIES, language=lang, published=PUB)}


def _has(lang: str, text: str, a: str, b: str) -> bool:
    return tuple(sorted((a, b))) in _pairs(lang, text)


# ---------------------------------------------------------------- stationing: troops or a base kept abroad
STATIONED = [
    ("en", "Kenya, which has thousands of troops in Somalia under an African Union agreement, stayed silent.", "state:KEN", "state:SOM"),
    ("en", "Russia keeps about 1,500 troops in Armenia under a 1995 treaty.", "state:RUS", "state:ARM"),
    ("en", "Russia maintains a military base in Tajikistan.", "state:RUS", "state:TJK"),
    ("en", "China's naval base in Djibouti opened in 2017.", "state:CHN", "state:DJI"),
    ("en", "French soldiers are stationed in Djibouti.", "state:FRA", "state:DJI"),
    ("en", "Mali, where Wagner fighters arrived in 2021, expelled the French ambassador.", "group:wagner-group", "state:MLI"),
    ("es", "Francia mantiene un millar de soldados en Chad en virtud de un acuerdo de defensa.", "state:FRA", "state:TCD"),
    ("es", "Rusia tiene una base militar en Tayikistán.", "state:RUS", "state:TJK"),
    ("es", "Cerca de mil soldados franceses están estacionados en Yibuti.", "state:FRA", "state:DJI"),
    ("es", "Los efectivos estadounidenses acantonados en Honduras participaron en el ejercicio.", "state:USA", "state:HND"),
]

NOT_STATIONED = [
    # "keeps troops in" without a sign of consent may be an occupation (tests/test_core_rules_en.py)
    ("en", "Russia keeps thousands of troops in Ukraine.", "state:RUS", "state:UKR"),
    ("es", "Rusia mantiene miles de soldados en Ucrania.", "state:RUS", "state:UKR"),
    ("en", "Russia has deployed troops in Ukraine.", "state:RUS", "state:UKR"),
    ("en", "Russia keeps thousands of troops in Ukraine after its full-scale invasion.", "state:RUS", "state:UKR"),
    ("en", "Russia has sent thousands of troops to Belarus.", "state:RUS", "state:BLR"),
    ("es", "Los soldados rusos desplegados en Ucrania avanzan.", "state:RUS", "state:UKR"),
    ("es", "Rusia mantiene tropas en Ucrania desde la invasión de 2022.", "state:RUS", "state:UKR"),
]


@pytest.mark.parametrize("lang,text,a,b", STATIONED)
def test_stationed_forces_are_a_presence_tie(lang, text, a, b):
    assert _has(lang, text, a, b)


@pytest.mark.parametrize("lang,text,a,b", NOT_STATIONED)
def test_deployment_or_war_is_no_presence_tie(lang, text, a, b):
    assert not _has(lang, text, a, b)


# ---------------------------------------------------------------- safe haven and hosting, with gaps
HAVEN = [
    ("en", "Kuala Lumpur has long given BRN leaders safe haven.", "state:MYS", "group:brn-thailand"),
    ("en", "Eritrea has given safe haven and training to units of Fano.", "state:ERI", "group:fano"),
    ("en", "Venezuela provided the FARC with weapons and a safe haven.", "state:VEN", "group:farc"),
    ("en", "Officials say Iran gave Hamas commanders a sanctuary.", "state:IRN", "group:hamas"),
    ("es", "Catar y Turquía acogieron durante años a dirigentes de los Hermanos Musulmanes.", "state:TUR", "group:muslim-brotherhood"),
    ("es", "Cuba habría dado refugio durante años a comandantes del ELN.", "state:CUB", "group:eln"),
    ("es", "Argelia brindó refugio y entrenamiento a combatientes del Frente Polisario.", "state:DZA", "group:polisario"),
    ("es", "Venezuela albergó desde hace años a cabecillas de las FARC.", "state:VEN", "group:farc"),
]


@pytest.mark.parametrize("lang,text,a,b", HAVEN)
def test_safe_haven_and_hosting(lang, text, a, b):
    assert _has(lang, text, a, b)


def test_denied_safe_haven_is_no_positive_tie():
    for lang, text in [("en", "Qatar denied that it had given Hamas leaders safe haven."),
                       ("es", "Cuba negó haber dado refugio durante años a comandantes del ELN.")]:
        claims = [c for c in extract_text(text, language=lang, published=PUB) if c.predicate == TIES]
        assert all(c.polarity == "negative" for c in claims), text


def test_a_question_about_haven_gives_nothing():
    assert not _pairs("en", "Has Iran given Hamas leaders safe haven?")
    assert not _pairs("es", "¿Acogió Turquía durante años a dirigentes de Hamás?")


# ---------------------------------------------------------------- alliance roles
ALLY = [
    ("en", "Los Huistas works as an ally of the Sinaloa Cartel.", "group:los-huistas", "group:sinaloa-cartel"),
    ("en", "Hezbollah and its political ally, the Amal Movement, won all the seats.", "group:hezbollah", "group:amal"),
    ("en", "Once al-Qaeda's closest partner in the region, Jemaah Islamiyah has disbanded.", "group:jemaah-islamiyah", "group:al-qaeda"),
    ("en", "The Houthis act as the enforcers of Iran in the Red Sea.", "group:houthis", "state:IRN"),
    ("es", "Los Huistas trabajan como aliados del Cártel de Sinaloa.", "group:los-huistas", "group:sinaloa-cartel"),
    ("es", "Samidoun actúa como recaudadora internacional del Frente Popular para la Liberación de Palestina.", "group:samidoun", "group:pflp"),
    ("es", "El Tren de Aragua, estrecho aliado del Cártel de Sinaloa, amplió sus rutas.", "group:tren-de-aragua", "group:sinaloa-cartel"),
]


@pytest.mark.parametrize("lang,text,a,b", ALLY)
def test_alliance_roles(lang, text, a, b):
    assert _has(lang, text, a, b)


# ---------------------------------------------------------------- coordination and collusion
def test_in_coordination_with_between_armed_groups():
    assert _has("en", "Hamas fired rockets at Israel in coordination with Hezbollah.", "group:hamas", "group:hezbollah")
    assert _has("es", "Hamás disparó cohetes contra Israel en coordinación con Hezbolá.", "group:hamas", "group:hezbollah")
    assert _has("en", "The Houthis acted in close coordination with Hezbollah.", "group:houthis", "group:hezbollah")


def test_coordination_targets_and_state_bodies_are_no_ties():
    # the target of the attack is no partner; two state forces working together are no alleged tie
    assert not _has("en", "Hamas fired rockets at Israel in coordination with Hezbollah.", "state:ISR", "group:hezbollah")
    assert not _has("es", "Hamás disparó cohetes contra Israel en coordinación con Hezbolá.", "state:ISR", "group:hezbollah")
    assert not _pairs("es", "El Ejército de Colombia, en coordinación con la Policía Nacional, detuvo a diez personas.")
    assert not _has("en", "Mexico said the arrest of the cartel boss was made in coordination with the United States.",
                    "state:MEX", "state:USA")


# ---------------------------------------------------------------- money sent to a group
MONEY = [
    ("en", "Prosecutors say Lafarge sent at least 48,000 euros to the Islamic State.", "group:lafarge", "group:isis"),
    ("en", "Samidoun funnelled $2 million to the Popular Front for the Liberation of Palestine.", "group:samidoun", "group:pflp"),
    ("es", "Samidoun canaliza fondos hacia el Frente Popular para la Liberación de Palestina.", "group:samidoun", "group:pflp"),
    ("es", "Samidoun es una organización fachada que recauda fondos para el Frente Popular para la Liberación de Palestina.",
     "group:samidoun", "group:pflp"),
    ("es", "Lafarge pagó cinco millones de euros a varios grupos armados, entre ellos el Estado Islámico y el Frente al Nusra.",
     "group:lafarge", "group:isis"),
]


@pytest.mark.parametrize("lang,text,a,b", MONEY)
def test_money_sent_to_a_group(lang, text, a, b):
    assert _has(lang, text, a, b)


def test_money_paid_to_a_state_is_a_purchase_not_a_tie():
    assert not _has("es", "Venezuela pagó 5 millones de dólares a Rusia por los fusiles.", "state:VEN", "state:RUS")
    assert not _has("en", "Argentina sent 20 million dollars to Chile to settle the debt.", "state:ARG", "state:CHL")


def test_money_to_a_group_is_not_a_supply():
    claims = extract_text("Samidoun canaliza fondos hacia el Frente Popular para la Liberación de Palestina.",
                          language="es", published=PUB)
    assert not [c for c in claims if c.predicate == "SUPPLIED"]


# ---------------------------------------------------------------- diplomatic relations
DIPLOMATIC = [
    ("en", "Nauru recognised Beijing in January 2024.", "state:NRU", "state:CHN"),
    ("en", "Honduras switched recognition from Taipei to Beijing in 2023.", "state:HND", "state:CHN"),
    ("en", "Bolivia and the United States agreed to exchange ambassadors.", "state:BOL", "state:USA"),
    ("es", "Nauru reconoció a Pekín en enero.", "state:NRU", "state:CHN"),
    ("es", "Bolivia y Estados Unidos acordaron volver a intercambiar embajadores.", "state:BOL", "state:USA"),
]


@pytest.mark.parametrize("lang,text,a,b", DIPLOMATIC)
def test_recognition_and_ambassadors(lang, text, a, b):
    assert _has(lang, text, a, b)


def test_recognising_a_claim_or_a_person_is_no_tie():
    assert not _has("en", "Spain recognised Morocco's autonomy plan for Western Sahara.", "state:ESP", "state:MAR")
    assert not _has("es", "España reconoció a Marruecos como socio clave en migración.", "state:ESP", "state:MAR")
    assert not _has("en", "Guatemala does not recognise China.", "state:GTM", "state:CHN")


# ---------------------------------------------------------------- backing in a postposed participle
BACKED = [
    ("es", "La Lista Serbia, respaldada abiertamente por Belgrado, ganó las elecciones.", "state:SRB", "group:srpska-lista"),
    ("es", "Hamás, financiado durante años por Irán y Catar, rechazó el plan.", "state:QAT", "group:hamas"),
    ("es", "Los hutíes, armados y entrenados por Irán, atacaron un buque.", "state:IRN", "group:houthis"),
    ("es", "El ELN, protegido históricamente por el gobierno de Venezuela, negó los hechos.", "state:VEN", "group:eln"),
    ("es", "Kigali acusa al ejército congoleño de colaborar con las FDLR.", "state:COD", "group:fdlr"),
]


@pytest.mark.parametrize("lang,text,a,b", BACKED)
def test_backing_postposed_and_accused_army(lang, text, a, b):
    assert _has(lang, text, a, b)


def test_one_state_backed_by_another_for_a_step_is_no_tie():
    assert not _has("es", "Chile, apoyado abiertamente por Brasil, presentó la resolución.", "state:CHL", "state:BRA")


def test_training_given_to_a_state_is_cooperation_not_a_tie():
    text = "Washington has provided the Dominican Republic with helicopters and training for its pilots."
    assert not _has("en", text, "state:USA", "state:DOM")
    assert _has("en", "Iran provided the Houthis with training and money.", "state:IRN", "group:houthis")


# ---------------------------------------------------------------- side by side, proxies used, possessive allies
SIDE_BY_SIDE = [
    ("en", "Jemaah Islamiyah trained fighters alongside the Moro Islamic Liberation Front in the 1990s.", "group:jemaah-islamiyah", "group:milf"),
    ("en", "Hezbollah fought alongside Syrian government forces against the rebels.", "group:hezbollah", "state:SYR"),
    ("es", "Hezbolá combatió junto a las fuerzas del gobierno de Siria contra los rebeldes.", "group:hezbollah", "state:SYR"),
    ("es", "Las FARC lucharon codo con codo con el ELN en Arauca.", "group:farc", "group:eln"),
    ("en", "Iran has used the Foxtrot network to attack Israeli targets in Sweden.", "state:IRN", "group:foxtrot-network"),
    ("es", "Según la Säpo, el régimen iraní habría utilizado a la red Foxtrot para atentar contra la embajada de Israel.",
     "state:IRN", "group:foxtrot-network"),
    ("en", "Hezbollah has warned its political ally, the Amal Movement, not to back the plan.", "group:hezbollah", "group:amal"),
    ("es", "Hezbolá advirtió a su aliado político, el Movimiento Amal, que no apoye el plan.", "group:hezbollah", "group:amal"),
    ("en", "Niger's junta accused Abuja of allowing French intelligence officers to operate from Nigerian soil.", "state:NGA", "state:FRA"),
]


@pytest.mark.parametrize("lang,text,a,b", SIDE_BY_SIDE)
def test_side_by_side_proxies_and_possessive_allies(lang, text, a, b):
    assert _has(lang, text, a, b)


def test_the_enemy_fought_and_a_refusal_are_no_ties():
    # the ones fought against are no ally; a denial is negative; a refusal to allow troops is no tie
    assert not _has("en", "Hezbollah fought alongside Syrian government forces against Israel.", "group:hezbollah", "state:ISR")
    claims = [c for c in extract_text("El ELN negó haber combatido junto al Tren de Aragua.", language="es", published=PUB)
              if c.predicate == TIES]
    assert claims and all(c.polarity == "negative" for c in claims)
    assert not _has("en", "Mexico refuses to allow US troops to operate on its territory.", "state:MEX", "state:USA")
    assert not _pairs("en", "Israel used F-35 jets to attack Iran.")


def test_trade_partners_and_contributions_are_no_ties():
    assert not _has("en", "China is Brazil's largest trading partner.", "state:CHN", "state:BRA")
    assert not _has("en", "Brazil and its main trading partner, China, signed nothing.", "state:CHN", "state:BRA")
    assert not _has("en", "Germany sent 50 million euros to the World Food Programme.", "state:DEU", "group:wfp")
    assert not _pairs("es", "Alemania envió 50 millones de euros al Programa Mundial de Alimentos.")


# ---------------------------------------------------------------- listening stations; gangs spreading abroad
STATIONS = [
    ("en", "Moscow ran the Lourdes signals station outside Havana until 2001.", "state:RUS", "state:CUB"),
    ("en", "Satellite images show four Chinese-linked electronic eavesdropping sites in Cuba.", "state:CHN", "state:CUB"),
    ("en", "China operates a satellite tracking station in Argentina.", "state:CHN", "state:ARG"),
    ("es", "Rusia operaba una estación de escucha cerca de La Habana.", "state:RUS", "state:CUB"),
    ("es", "China mantiene una estación de seguimiento en Argentina desde 2017.", "state:CHN", "state:ARG"),
    ("en", "MS-13 has spread to Spain and Italy.", "group:ms-13", "state:ITA"),
    ("es", "El Tren de Aragua se ha extendido a Colombia, Perú y Chile.", "group:tren-de-aragua", "state:PER"),
]


@pytest.mark.parametrize("lang,text,a,b", STATIONS)
def test_listening_stations_and_gangs_spreading(lang, text, a, b):
    assert _has(lang, text, a, b)


def test_a_state_spreading_its_trade_is_no_tie():
    assert not _pairs("en", "Colombia expanded its trade to China.")
    assert not _pairs("es", "Chile se expandió hacia Argentina con sus vinos.")


def test_a_possessive_ally_belongs_to_the_clause_subject_not_a_backer():
    # "the Iran-backed movement ... its ally": the ally is the movement's, not Iran's
    assert not _has("es", "El movimiento respaldado por Irán advirtió a su aliado político, el Movimiento Amal.",
                    "state:IRN", "group:amal")
    assert not _has("en", "The Lebanese Forces spoke first. The Iran-backed movement has also warned its political ally, the Amal Movement.",
                    "group:lebanese-forces", "group:amal")


def test_money_with_goods_stays_a_supply():
    claims = extract_text("Washington says Tehran funnels money and drones to the Houthis.", language="en", published=PUB)
    assert ("state:IRN", "group:houthis") in {(c.subject, c.object) for c in claims if c.predicate == "SUPPLIED"}
