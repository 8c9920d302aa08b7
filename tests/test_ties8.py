"""ALLEGED_TIES families of session 10 (loaders/rules/en_ties.yaml (en.ties8.), es_ties.yaml (es.ties8.), the on-behalf gap in
en_ties.yaml and the military nouns of loaders/actors._GOV_NOUNS): military cooperation short of an
alliance, as news in general reports it, in both languages, with the near misses each family must
keep out. Real extraction, short texts written for these tests."""

import pytest

from extracting import extract_text

PUB = "2025-11-20"
TIES = "ALLEGED_TIES"


def _pairs(lang: str, text: str, polarity: str = "positive") -> set[tuple[str, str]]:
    # the type is symmetric: compare unordered pairs
    return {tuple(sorted((c.subject, c.object))) for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == TIES and c.polarity == polarity}


def _has(lang: str, text: str, a: str, b: str) -> bool:
    return tuple(sorted((a, b))) in _pairs(lang, text)


# ---------------------------------------------------------------- joint exercises
EXERCISES = [
    ("en", "Venezuela held joint naval exercises with Russia last year.", "state:VEN", "state:RUS"),
    ("en", "The Brazilian navy staged live-fire drills with the armed forces of Uruguay in March.", "state:BRA", "state:URY"),
    ("en", "Colombia and the United States conducted joint air drills off the Caribbean coast.", "state:COL", "state:USA"),
    ("en", "Indonesia has taken part in amphibious exercises with Australia since 2019.", "state:IDN", "state:AUS"),
    ("es", "Sudáfrica hizo maniobras navales con Rusia y China en 2023.", "state:ZAF", "state:CHN"),
    ("es", "Venezuela y Rusia realizaron ejercicios militares conjuntos en el Caribe.", "state:VEN", "state:RUS"),
    ("es", "Brasil llevó a cabo ejercicios conjuntos con las fuerzas armadas paraguayas.", "state:BRA", "state:PRY"),
]

NOT_EXERCISES = [
    ("en", "Russia proposed to hold joint exercises with Venezuela.", "state:RUS", "state:VEN"),
    ("en", "China held naval exercises near Taiwan on Monday.", "state:CHN", "state:TWN"),
    ("es", "Rusia propuso realizar maniobras con Venezuela.", "state:RUS", "state:VEN"),
    ("es", "China realizó maniobras militares alrededor de Taiwán.", "state:CHN", "state:TWN"),
]


@pytest.mark.parametrize("lang,text,a,b", EXERCISES)
def test_joint_exercises_are_a_tie(lang, text, a, b):
    assert _has(lang, text, a, b)


@pytest.mark.parametrize("lang,text,a,b", NOT_EXERCISES)
def test_exercises_proposed_or_aimed_at_a_state_are_no_tie(lang, text, a, b):
    assert not _has(lang, text, a, b)


def test_exercises_not_held_are_denied():
    assert ("state:CHN", "state:PER") in _pairs("en", "Peru did not hold any exercises with China.", "negative")
    assert not _has("en", "Peru did not hold any exercises with China.", "state:PER", "state:CHN")


# ---------------------------------------------------------------- instructors and advisers sent abroad
ADVISERS = [
    ("en", "Some 200 Russian military instructors are believed to have arrived in Malabo.", "state:RUS", "state:GNQ"),
    ("en", "Turkey sent military advisers to Libya in 2020.", "state:TUR", "state:LBY"),
    ("en", "Chinese security advisers have been working in Phnom Penh for two years.", "state:CHN", "state:KHM"),
    ("es", "Unos 200 instructores rusos llegaron a Bamako en diciembre.", "state:RUS", "state:MLI"),
    ("es", "En 2018 aterrizaron en Bangui los primeros 175 instructores rusos.", "state:RUS", "state:CAF"),
    ("es", "Turquía envió asesores militares a Libia.", "state:TUR", "state:LBY"),
]

NOT_ADVISERS = [
    # troops may invade: only instructors and advisers read as invited
    ("en", "Russian troops arrived in Ukraine in February 2022.", "state:RUS", "state:UKR"),
    ("en", "Russian military advisers arrived in Ukraine ahead of the invasion.", "state:RUS", "state:UKR"),
    ("es", "Las tropas rusas llegaron a Ucrania en 2022.", "state:RUS", "state:UKR"),
    ("es", "Los asesores rusos llegaron a Ucrania antes de la invasión.", "state:RUS", "state:UKR"),
]


@pytest.mark.parametrize("lang,text,a,b", ADVISERS)
def test_instructors_sent_abroad_are_a_presence_tie(lang, text, a, b):
    assert _has(lang, text, a, b)


@pytest.mark.parametrize("lang,text,a,b", NOT_ADVISERS)
def test_troops_or_an_invasion_are_no_adviser_tie(lang, text, a, b):
    assert not _has(lang, text, a, b)


# ---------------------------------------------------------------- training another side's forces
TRAINING = [
    ("en", "Spain has trained more than 4,000 Ukrainian soldiers since 2022.", "state:ESP", "state:UKR"),
    ("en", "Iranian advisers were sent to Crimea to train Russian soldiers.", "state:IRN", "state:RUS"),
    ("en", "Burkinabe soldiers trained by Russia took over the base.", "state:RUS", "state:BFA"),
    ("es", "España ha formado a más de 4.000 militares ucranianos en Zaragoza.", "state:ESP", "state:UKR"),
    ("es", "Rusia entrenó a cientos de soldados malienses.", "state:RUS", "state:MLI"),
    ("es", "Asesores de la Guardia Revolucionaria se encuentran en Crimea para entrenar a militares rusos.", "group:irgc", "state:RUS"),
    ("es", "Los soldados somalíes entrenados por Turquía volvieron a Mogadiscio.", "state:TUR", "state:SOM"),
]

NOT_TRAINING = [
    ("en", "Ukraine trained its own soldiers near Lviv.", "state:UKR", "state:POL"),
    ("es", "Colombia formó un nuevo gobierno con Perú como observador.", "state:COL", "state:PER"),
    ("es", "Rusia entrenó a sus propios soldados cerca de Malí.", "state:RUS", "state:MLI"),
]


@pytest.mark.parametrize("lang,text,a,b", TRAINING)
def test_training_another_sides_forces_is_a_tie(lang, text, a, b):
    assert _has(lang, text, a, b)


@pytest.mark.parametrize("lang,text,a,b", NOT_TRAINING)
def test_no_training_no_tie(lang, text, a, b):
    assert not _has(lang, text, a, b)


# ---------------------------------------------------------------- a relationship reported as deepening
DEEPENING = [
    ("en", "The relationship between Moscow and the government of Mali has grown closer since 2021.", "state:RUS", "state:MLI"),
    ("en", "Cooperation between Iran and Venezuela deepened after 2019.", "state:IRN", "state:VEN"),
    ("es", "La relación entre Moscú y el Gobierno de Malí no ha dejado de estrecharse.", "state:RUS", "state:MLI"),
    ("es", "Los lazos entre Irán y Venezuela se han fortalecido en la última década.", "state:IRN", "state:VEN"),
]


@pytest.mark.parametrize("lang,text,a,b", DEEPENING)
def test_a_deepening_relationship_is_a_tie(lang, text, a, b):
    assert _has(lang, text, a, b)


def test_relationship_deepening_between_others_is_not_read_for_a_third():
    assert not _has("en", "Colombia said the relationship between Russia and Venezuela has grown closer.",
                    "state:COL", "state:RUS")


# ---------------------------------------------------------------- acting on another's behalf, with a longer gap
def test_attacks_on_behalf_with_a_long_target_phrase():
    text = "Washington alleges that Foxtrot carried out attacks on Jewish targets across northern Europe on behalf of Iran."
    assert _has("en", text, "group:foxtrot-network", "state:IRN")


def test_mediation_on_behalf_is_no_proxy():
    text = "Qatar carried out talks with the rebels across several rounds on behalf of the United States."
    assert not _has("en", text, "state:QAT", "state:USA")


# ---------------------------------------------------------------- accusations: who is accused holds the tie
ACCUSED = [
    ("en", "Washington accused Tareck El Aissami of links to Hezbollah.", "official:tareck-el-aissami", "group:hezbollah"),
    ("en", "Bogotá accuses the ELN of having close ties with the government of Venezuela.", "group:eln", "state:VEN"),
    ("es", "Israel acusó al gobierno de Irán de armar a Hamás.", "state:IRN", "group:hamas"),
    ("es", "Colombia acusó al régimen de Venezuela de proteger a comandantes del ELN.", "state:VEN", "group:eln"),
]

NOT_ACCUSER = [
    # the accused is no actor the gazetteer knows: the accuser must not take the tie
    ("en", "Peru accused a local businessman of financing Hezbollah.", "state:PER", "group:hezbollah"),
    ("en", "Colombia charged two former soldiers with arming the ELN.", "state:COL", "group:eln"),
    ("es", "Perú acusó a un empresario local de financiar a Hezbolá.", "state:PER", "group:hezbollah"),
]


@pytest.mark.parametrize("lang,text,a,b", ACCUSED)
def test_the_accused_holds_the_tie(lang, text, a, b):
    assert _has(lang, text, a, b)


@pytest.mark.parametrize("lang,text,a,b", NOT_ACCUSER)
def test_the_accuser_holds_no_tie(lang, text, a, b):
    assert not _has(lang, text, a, b)


# ---------------------------------------------------------------- a group's people living abroad; a short name
def test_group_people_living_in_a_state():
    assert _has("en", "The ELN negotiators had been living in Havana since the talks collapsed.", "group:eln", "state:CUB")
    assert _has("en", "Hamas leaders are living in Doha.", "group:hamas", "state:QAT")


def test_polisario_alone_names_the_front():
    assert _has("en", "Morocco says the Polisario is tied to Iran.", "group:polisario", "state:IRN")


# ---------------------------------------------------------------- an aside between the actor and its verb
ASIDE = [
    ("en", "Rabat said Hezbollah, with Iran's blessing, had trained Polisario fighters.", "group:hezbollah", "group:polisario"),
    ("en", "The ELN, with the support of Venezuela, has sheltered commanders in Apure.", "group:eln", "state:VEN"),
    ("es", "Rabat afirmó que Hezbolá, con el beneplácito de Irán, entrenó a combatientes del Polisario.", "group:hezbollah", "group:polisario"),
]


@pytest.mark.parametrize("lang,text,a,b", ASIDE)
def test_a_blessing_aside_keeps_the_actor(lang, text, a, b):
    assert _has(lang, text, a, b)


def test_an_accusation_of_the_group_named_before_is_kept():
    text = "Tajik officials continue to accuse the Taliban of giving safe haven to Jamaat Ansarullah."
    assert _has("en", text, "group:taliban", "group:jamaat-ansarullah")


def test_goods_sent_through_an_embassy_are_not_supplied_to_its_state():
    text = "Hezbollah sent the Polisario missiles through the Iranian embassy in Algiers."
    got = {(c.subject, c.object) for c in extract_text(text, language="en", published=PUB) if c.predicate == "SUPPLIED"}
    assert ("group:polisario", "state:IRN") not in got and ("group:hezbollah", "state:IRN") not in got


# ---------------------------------------------------------------- members of a class linked to an actor
CLASS_LINKED = [
    ("en", "Washington sanctioned companies linked to Wagner, such as Lobaye Invest and Midas Resources.", "group:wagner-group", "group:midas-resources"),
    ("en", "Militias close to Iran, among them Kataib Hezbollah, fired rockets.", "state:IRN", "group:kataib-hezbollah"),
    ("es", "A cambio, empresas vinculadas a Wagner, como Lobaye Invest, obtuvieron concesiones mineras.", "group:wagner-group", "group:lobaye-invest"),
    ("es", "Milicias afines a Irán, entre ellas Kataib Hezbolá, atacaron la base.", "state:IRN", "group:kataib-hezbollah"),
]

NOT_CLASS_LINKED = [
    # the one who sanctions the linked companies holds no tie
    ("en", "Washington sanctioned three companies linked to Hezbollah.", "state:USA", "group:hezbollah"),
    ("en", "Washington sanctioned companies linked to Wagner, such as Lobaye Invest.", "state:USA", "group:wagner-group"),
    # states close to another, named as an example, are a vote, not a tie the rule reads
    ("en", "Countries close to Russia, such as Belarus, abstained.", "state:RUS", "state:BLR"),
]


@pytest.mark.parametrize("lang,text,a,b", CLASS_LINKED)
def test_members_of_a_linked_class_are_tied(lang, text, a, b):
    assert _has(lang, text, a, b)


@pytest.mark.parametrize("lang,text,a,b", NOT_CLASS_LINKED)
def test_the_sanctioning_state_is_not_linked(lang, text, a, b):
    assert not _has(lang, text, a, b)


# ---------------------------------------------------------------- appositions between the actor and its verb (en/es REL)
APPOSITION = [
    ("en", "Jamaat Nusrat, itself an offshoot of al-Qaeda, has aligned with the Islamic State.", None, None),
    ("en", "Tareck El Aissami, a former minister who laundered money for Hezbollah, fled.", "official:tareck-el-aissami", "group:hezbollah"),
    ("en", "The ELN, once a rival of the FARC, has trained fighters alongside the Tren de Aragua.", "group:eln", "group:tren-de-aragua"),
    ("es", "La Línea, una banda local que, según la Fiscalía, trabaja como aliada del Cártel de Sinaloa, controla el paso.", None, "group:sinaloa-cartel"),
    ("es", "Samidoun, con sede en Vancouver, actúa como recaudadora del Frente Popular para la Liberación de Palestina.", "group:samidoun", "group:pflp"),
]


@pytest.mark.parametrize("lang,text,a,b", APPOSITION)
def test_an_apposition_keeps_the_actor(lang, text, a, b):
    pairs = _pairs(lang, text)
    assert any((a is None or a in p) and (b is None or b in p) for p in pairs), pairs


def test_an_apposition_keeps_its_negation():
    assert not _has("en", "Ecuador, a country that has no ties to Hezbollah, signed the deal.", "state:ECU", "group:hezbollah")


# ---------------------------------------------------------------- troops abroad fighting an armed group: consent
FIGHTING = [
    ("en", "Kenya, which has thousands of troops in Somalia fighting al-Shabaab, reacted sharply.", "state:KEN", "state:SOM"),
    ("en", "France kept 5,000 troops in Mali to fight jihadists.", "state:FRA", "state:MLI"),
    ("es", "Francia mantiene mil soldados en Malí para combatir a los yihadistas.", "state:FRA", "state:MLI"),
]

NOT_FIGHTING = [
    ("en", "Russia keeps thousands of troops in Ukraine fighting Ukrainian forces.", "state:RUS", "state:UKR"),
    ("en", "Russia keeps troops in Ukraine fighting insurgents since its invasion.", "state:RUS", "state:UKR"),
    ("es", "Rusia mantiene miles de soldados en Ucrania para combatir al ejército ucraniano.", "state:RUS", "state:UKR"),
]


@pytest.mark.parametrize("lang,text,a,b", FIGHTING)
def test_troops_fighting_an_armed_group_are_there_by_consent(lang, text, a, b):
    assert _has(lang, text, a, b)


@pytest.mark.parametrize("lang,text,a,b", NOT_FIGHTING)
def test_troops_fighting_the_host_are_no_tie(lang, text, a, b):
    assert not _has(lang, text, a, b)


# ---------------------------------------------------------------- people arriving, hosted; alliances announced; two charges
ARRIVALS = [
    ("en", "Press reports said contractors linked to the Wagner Group had flown into Caracas.", "group:wagner-group", "state:VEN"),
    ("en", "The Libyan National Army has hosted Russian personnel at the Jufra air base since 2019.", "state:RUS", "group:libyan-national-army"),
    ("en", "Hamas and Palestinian Islamic Jihad announced a military alliance in 2023.", "group:hamas", "group:palestinian-islamic-jihad"),
    ("es", "Contratistas vinculados al Grupo Wagner llegaron a Caracas en 2019.", "group:wagner-group", "state:VEN"),
    ("es", "Nicaragua acoge a asesores militares rusos desde 2015.", "state:RUS", "state:NIC"),
    ("es", "Hamás y Fatah anunciaron una alianza en 2024.", "group:hamas", "group:fatah"),
    ("es", "Bogotá acusó a Caracas de mentir y de dar refugio a los jefes del ELN.", "state:VEN", "group:eln"),
]

NOT_ARRIVALS = [
    ("en", "Russian troops arrived in Ukraine in 2022.", "state:RUS", "state:UKR"),
    ("en", "Hamas and Fatah announced a unity government.", "group:hamas", "group:fatah"),
    ("es", "Bogotá acusó a Caracas de mentir y de expulsar a los periodistas.", "state:COL", "state:VEN"),
]


@pytest.mark.parametrize("lang,text,a,b", ARRIVALS)
def test_people_arrived_hosted_or_allied(lang, text, a, b):
    assert _has(lang, text, a, b)


@pytest.mark.parametrize("lang,text,a,b", NOT_ARRIVALS)
def test_no_arrival_tie(lang, text, a, b):
    assert not _has(lang, text, a, b)


# ---------------------------------------------------------------- pairs with ties; possessive roles; offices abroad; home country
MORE = [
    ("en", "Iran and Venezuela have close ties.", "state:IRN", "state:VEN"),
    ("en", "Cuba and Nicaragua have maintained close military and security ties since 2007.", "state:CUB", "state:NIC"),
    ("en", "Iran has long been Hezbollah's main patron.", "state:IRN", "group:hezbollah"),
    ("en", "Hezbollah operates as Iran's proxy in Lebanon.", "group:hezbollah", "state:IRN"),
    ("en", "Hamas maintains a political office in Doha.", "group:hamas", "state:QAT"),
    ("es", "Hamás mantiene una oficina política en Doha.", "group:hamas", "state:QAT"),
    ("en", "The ELN operates in Venezuela.", "group:eln", "state:VEN"),
]

NOT_MORE = [
    ("en", "Algeria and Morocco have tense relations.", "state:DZA", "state:MAR"),
    ("en", "China and Brazil have strong trade ties.", "state:CHN", "state:BRA"),
    ("en", "Qatar maintains an office in Gaza.", "state:QAT", "state:PSE"),
    # a group present in its own country has no tie with it
    ("en", "The ELN operates in Colombia.", "group:eln", "state:COL"),
    ("es", "El ELN opera en Colombia desde 1964.", "group:eln", "state:COL"),
]


@pytest.mark.parametrize("lang,text,a,b", MORE)
def test_more_tie_phrasings(lang, text, a, b):
    assert _has(lang, text, a, b)


@pytest.mark.parametrize("lang,text,a,b", NOT_MORE)
def test_more_non_ties(lang, text, a, b):
    assert not _has(lang, text, a, b)


# ---------------------------------------------------------------- a known acronym the document defines for another group
def test_a_redefined_acronym_names_the_documents_group():
    text = ("The most capable faction is the Ambazonia Defence Forces (ADF), a separatist militia. "
            "ADF fighters have trained alongside the Indigenous People of Biafra in Nigeria.")
    ents = {c.subject for c in extract_text(text, language="en", published=PUB)} | {
        c.object for c in extract_text(text, language="en", published=PUB)}
    assert "group:allied-democratic-forces" not in ents
    assert _has("en", text, "group:ambazonia-defence-forces", "group:ipob")


def test_a_known_acronym_keeps_its_group_without_a_definition():
    text = "ADF fighters have trained alongside the Islamic State in eastern Congo."
    assert any("group:allied-democratic-forces" in p for p in _pairs("en", text))
