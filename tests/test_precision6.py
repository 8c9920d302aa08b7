"""False positives on unread text (issue 3, session 8): each mechanism that made a wrong fact,
tested with sentences of our own in both languages, mostly what must NOT come out plus what
must stay. Runs the real extract() on short texts."""

import pytest

from extracting import extract_text

PUB = "2025-11-20"


def claims(text, lang):
    return [c for c in extract_text(text, language=lang, published=PUB) if c.polarity == "positive"]


def urged(text, lang):
    return {(c.subject, c.object, c.props.get("action")) for c in claims(text, lang) if c.predicate == "URGED"}


def actions(text, lang):
    return {a for _, _, a in urged(text, lang)}


# ---------------------------------------------------------------- URGED: the act asked for
# the request ends at an apposition that opens a relative clause: its verbs are not requested
@pytest.mark.parametrize("lang,text,want", [
    ("es", "Kosovo reclamó el miércoles a Serbia que extradite a Milan Radoičić, el empresario que reconoció haber "
           "organizado el asalto.", {"extradite"}),
    ("es", "Colombia pidió a Venezuela que entregue a Iván Márquez, el comandante que rompió con el proceso de paz.",
     {"extradite"}),
    ("en", "Peru urged Bolivia to extradite Juan Pérez, the businessman who recognized the rebel government in 2023.",
     {"extradite"}),
    ("en", "Chile pressed Argentina to release Carlos Ruiz, a journalist who was expelled from Cuba in 2019.",
     {"release"}),
])
def test_request_ends_at_an_apposition_with_a_relative_clause(lang, text, want):
    assert actions(text, lang) == want


# an act word inside a prepositional phrase of the object is no second act
@pytest.mark.parametrize("lang,text,want", [
    ("es", "Francia lleva meses exigiendo a Argelia que readmita a los ciudadanos argelinos con orden de expulsión.",
     {"readmit"}),
    ("en", "France urged Algeria to readmit the citizens under expulsion orders.", {"readmit"}),
    ("es", "Perú pidió a Chile que libere a los pescadores con orden de deportación.", {"release"}),
    ("en", "Spain urged Morocco to release the activists with deportation orders pending.", {"release"}),
])
def test_act_word_of_the_object_is_not_the_request(lang, text, want):
    assert actions(text, lang) == want


# the act the object names, unless the verb undoes it: the evaluator reads gold actions the same way
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Moldova pressed the European Union to extend its sanctions to the bloc's financiers.", {"sanction"}),
    ("es", "Ucrania pidió a la Unión Europea que amplíe sus sanciones a los bancos rusos.", {"sanction"}),
    ("en", "Canada urged Venezuela to lift its sanctions on the opposition.", {"lift"}),
    ("es", "México pidió a Estados Unidos que levante las sanciones contra Cuba.", {"lift"}),
])
def test_act_named_in_the_object(lang, text, want):
    assert actions(text, lang) == want


# "treat X as terrorists" is a designation asked for; treating as anything else is not
@pytest.mark.parametrize("lang,text,want", [
    ("es", "El gobernador Ahmed Aliyu pasó meses reclamando a Nigeria que tratara a los milicianos como terroristas.",
     "designate"),
    ("en", "Ecuador urged Colombia to treat the gangs as terrorist organisations.", "designate"),
    ("es", "Guatemala pidió a México que trate a los migrantes como refugiados.", None),
    ("en", "Haiti urged Kenya to treat the detainees as prisoners of war.", None),
])
def test_treat_as_terrorists_is_a_designation(lang, text, want):
    got = actions(text, lang)
    assert got and (want in got if want else "designate" not in got)


# ---------------------------------------------------------------- URGED: "the government" a legislator presses
# a legislator presses their own government: a US party label's, else the government the writer's unmarked
# titles name, before the dateline's or the story's subject state
@pytest.mark.parametrize("lang,text,want", [
    ("en", "BOGOTÁ (Andes Wire) — The U.S. Treasury imposed sanctions on Colombia's president.\n\n"
           "Republican Senator Bernie Moreno had pressed the administration for weeks to sanction him.", "state:USA"),
    ("en", "CARACAS — Venezuela's economy shrank again.\n\n"
           "Democratic Rep. Ana Ruiz urged the administration to expel the ambassador of Venezuela.", "state:USA"),
    ("es", "El presidente Gabriel Boric exigió a Venezuela que extradite a los sospechosos. Venezuela lo rechazó. "
           "Venezuela acusó a Chile de mentir.\n\nLa diputada Camila Urrutia instó al Ejecutivo a declarar al Tren de "
           "Aragua organización terrorista.", "state:CHL"),
    ("en", "President Daniel Noboa asked Peru to extradite the suspects. Peru refused. Peru accused Ecuador of lying.\n\n"
           "Lawmaker Ana Ruiz urged the government to designate the gang of Peru as a terrorist group.", "state:ECU"),
])
def test_legislator_asking_the_government_asks_their_own(lang, text, want):
    legislators = ("official:bernie-moreno", "official:ana-ruiz", "official:camila-urrutia")
    assert {o for s, o, _ in urged(text, lang) if s in legislators} == {want}


@pytest.mark.parametrize("lang,text,want", [
    ("en", "LIMA — Peru's economy grew in May.\n\nThe United States urged the government to expel the ambassador of Venezuela.",
     ("state:USA", "state:PER")),
    ("es", "QUITO — Ecuador celebró elecciones en abril.\n\nEstados Unidos pidió al Gobierno que rompa relaciones con Venezuela.",
     ("state:USA", "state:ECU")),
])
def test_other_askers_still_press_the_dateline_government(lang, text, want):
    assert want in {(s, o) for s, o, _ in urged(text, lang)}


# ---------------------------------------------------------------- SEVERED_TIES: the sentence denies the severance
def severed(text, lang):
    return {(c.subject, c.object) for c in claims(text, lang) if c.predicate == "SEVERED_TIES"}


@pytest.mark.parametrize("lang,text", [
    ("en", "In April 2024 Somalia expelled Ethiopia's ambassador and closed two consulates, though it stopped short of "
           "severing diplomatic relations."),
    ("en", "Mexico expelled Ecuador's ambassador on Friday but has not severed ties with Quito."),
    ("en", "Without breaking off relations with Caracas, Argentina expelled the diplomats of Venezuela."),
    ("es", "Somalia expulsó al embajador de Etiopía en abril, sin llegar a romper relaciones diplomáticas."),
    ("es", "Argentina expulsó al embajador de Venezuela, aunque evitó romper relaciones con Caracas."),
    ("es", "Perú expulsó al embajador de México, pero no llegó a romper relaciones con el país."),
])
def test_severance_denied_in_the_same_sentence(lang, text):
    assert severed(text, lang) == set()


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Somalia severed diplomatic relations with Ethiopia in April 2024.", ("state:SOM", "state:ETH")),
    ("en", "Nicaragua severed relations with Israel without consulting its allies.", ("state:NIC", "state:ISR")),
    ("es", "Somalia rompió relaciones diplomáticas con Etiopía en abril.", ("state:SOM", "state:ETH")),
    ("es", "Nicaragua rompió relaciones con Israel sin cortar el comercio.", ("state:NIC", "state:ISR")),
])
def test_severance_stays_when_only_something_else_is_denied(lang, text, want):
    assert want in severed(text, lang)


# ---------------------------------------------------------------- HOLDS_ROLE: owners the title does not give
def roles(text, lang):
    return {(c.subject, c.object, c.props.get("role")) for c in claims(text, lang) if c.predicate == "HOLDS_ROLE"}


# a former or retired person's trade or rank beside a demonym: a nationality, not an office of that state
@pytest.mark.parametrize("lang,text,person", [
    ("en", "Tomás Ellison is a former Uruguayan diplomat and a contributing editor at a weekly.", "official:tomas-ellison"),
    ("en", "KUALA LUMPUR - Ahmad Zahiruddin Kamal, a retired Malaysian police officer, died on Sunday.",
     "official:ahmad-zahiruddin-kamal"),
    ("en", "Hugo Carvajal, the retired Venezuelan general, pleaded guilty on Wednesday.", "official:hugo-carvajal"),
    ("es", "Jorge Salas, un general venezolano retirado, se declaró culpable el miércoles.", "official:jorge-salas"),
    ("es", "Marta Ríos, exdiplomática uruguaya, presentó su libro en Madrid.", "official:marta-rios"),
])
def test_former_trade_with_a_demonym_is_no_office(lang, text, person):
    assert not {r for r in roles(text, lang) if r[0] == person and r[1].startswith("state:")}


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Tareck El Aissami, Venezuela's former oil minister, was arrested in Caracas.",
     ("official:tareck-el-aissami", "state:VEN")),
    ("es", "La ex primera ministra peruana Betssy Chávez pidió asilo.", ("official:betssy-chavez", "state:PER")),
])
def test_former_offices_keep_their_state(lang, text, want):
    assert want in {(p, o) for p, o, _ in roles(text, lang)}


# a possessive or relative whose owner the reader did not find owns the title; no state is guessed for it
@pytest.mark.parametrize("lang,text,person", [
    ("en", "Somali officials accused Addis Ababa of arming the forces of Jubaland, whose leader, Ahmed Madobe, broke with "
           "Mogadishu.", "official:ahmed-madobe"),
    ("es", "Los ministros acordaron incluir a la red criminal sueca Foxtrot y a su líder, Rawa Majid, en la lista.",
     "official:rawa-majid"),
    ("en", "Ministers agreed to list the Swedish network Foxtrot and its leader, Rawa Majid.", "official:rawa-majid"),
    ("es", "Chile acusó a Perú de proteger a la banda de Los Gallegos, cuyo jefe, Carlos Gómez, huyó a Bolivia.",
     "official:carlos-gomez"),
])
def test_unresolved_possessive_gives_no_state(lang, text, person):
    assert not {r for r in roles(text, lang) if r[0] == person and r[1].startswith("state:")}


@pytest.mark.parametrize("lang,text,want", [
    ("es", "La UE sancionó a Colombia y a su presidente, Gustavo Petro.", ("official:gustavo-petro", "state:COL")),
    ("es", "Estados Unidos sancionó al Tren de Aragua y a su líder, Héctor Guerrero.",
     ("official:hector-guerrero", "group:tren-de-aragua")),
    ("en", "Berlin hosted Israel, whose ambassador, Ron Prosor, spoke first.", ("official:ron-prosor", "state:ISR")),
])
def test_resolved_possessive_keeps_its_owner(lang, text, want):
    assert want in {(p, o) for p, o, _ in roles(text, lang)}


# ---------------------------------------------------------------- a group naming a sanctions list is no actor
def designated(text, lang):
    return {(c.subject, c.object) for c in claims(text, lang) if c.predicate == "DESIGNATED"}


def part_of(text, lang):
    return {(c.subject, c.object) for c in claims(text, lang) if c.predicate == "PART_OF"}


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Jemaah Islamiyah (JI) announced its dissolution last year. JI was added to the UN Security Council's al-Qaida "
           "sanctions list in October 2002, and the U.S. State Department designated it a foreign terrorist organization "
           "the same month.", ("state:USA", "group:jemaah-islamiyah")),
    ("en", "Al-Shabaab is on the UN's al-Qaida sanctions list, and Washington designated it a terrorist organization in 2008.",
     ("state:USA", "group:al-shabaab")),
    ("es", "Al Shabaab figura en la lista de sanciones contra Al Qaeda de la ONU, y Estados Unidos lo designó organización "
           "terrorista en 2008.", ("state:USA", "group:al-shabaab")),
])
def test_sanctions_list_label_is_no_antecedent(lang, text, want):
    got = designated(text, lang)
    assert want in got
    assert not {p for p in got if p[1] == "group:al-qaeda"}
    assert not {p for p in part_of(text, lang) if p[0] == "group:al-qaeda"}


# a near designation's object after a preposition is where or through whom it was listed, not the one listed
@pytest.mark.parametrize("lang,text", [
    ("en", "El Salvador declared the gangs terrorist groups back in 2015 through its Supreme Court."),
    ("en", "Hezbollah was added to the European Union's terrorist list in 2013."),
    ("es", "El Salvador declaró terroristas a las pandillas en 2015 mediante su Corte Suprema."),
    ("es", "El grupo fue incluido en la lista terrorista del Consejo de Seguridad en 2002."),
])
def test_near_designation_object_after_a_preposition(lang, text):
    got = designated(text, lang)
    assert not {p for p in got if p[1] in ("group:corte-suprema", "group:supreme-court", "group:eu", "group:un-security-council")}


@pytest.mark.parametrize("lang,text,want", [
    ("es", "Perú declaró terrorista al Tren de Aragua en 2024.", ("state:PER", "group:tren-de-aragua")),
    ("en", "In 2019 Argentina designated Hezbollah a terrorist organization.", ("state:ARG", "group:hezbollah")),
    ("es", "En 2019, Argentina incluyó a Hezbolá en su registro de organizaciones terroristas.", ("state:ARG", "group:hezbollah")),
])
def test_designations_stay(lang, text, want):
    assert want in designated(text, lang)


@pytest.mark.parametrize("lang,text,want", [
    ("es", "Nicolás Maduro figura desde marzo en la lista de sanciones de la Unión Europea.", ("group:eu", "official:nicolas-maduro")),
    ("en", "Nicolás Maduro has been on the European Union's sanctions list since March.", ("group:eu", "official:nicolas-maduro")),
])
def test_sanctions_list_owner_stays_an_actor(lang, text, want):
    assert want in designated(text, lang)


# ---------------------------------------------------------------- an unnamed staff member's title before a name
@pytest.mark.parametrize("lang,text,person,state,role", [
    ("en", "A spokesperson for Foreign Affairs Minister Anita Anand said Ottawa would study the recommendations.",
     "official:anita-anand", "state:CAN", "minister of foreign affairs"),
    ("en", "A spokesman for President Luiz Inácio Lula da Silva said Brazil would not comment.", "official:lula",
     "state:BRA", "president"),
    ("en", "An aide to Prime Minister Narendra Modi said India was ready.", "official:narendra-modi", "state:IND",
     "prime minister"),
    ("es", "Un portavoz del presidente Gustavo Petro dijo que Colombia no aceptará.", "official:gustavo-petro", "state:COL",
     "president"),
    ("es", "Una asesora del canciller Mauro Vieira negó el informe.", "official:mauro-vieira", "state:BRA",
     "minister of foreign affairs"),
])
def test_staff_title_belongs_to_someone_unnamed(lang, text, person, state, role):
    got = {r for r in roles(text, lang) if r[0] == person}
    assert got == {(person, state, role)}


@pytest.mark.parametrize("lang,text,want", [
    ("en", "A spokesman for the Foreign Ministry, Mao Ning, said China would respond.",
     ("official:mao-ning", "spokesman")),
    ("es", "El portavoz del Ministerio de Exteriores, Esmaeil Baqaei, dijo que no.", ("official:esmaeil-baghaei", "spokesperson")),
    ("en", "Kremlin spokesman Dmitry Peskov said Russia would respond.", ("official:dmitry-peskov", "spokesman")),
])
def test_a_named_spokesperson_keeps_the_title(lang, text, want):
    assert want in {(p, r) for p, _, r in roles(text, lang)}


@pytest.mark.parametrize("lang,text,person,role", [
    ("en", "Karim Haddad, an adviser to Prime Minister Narendra Modi, said India was ready.", "official:narendra-modi",
     "prime minister"),
    ("es", "Karim Haddad, portavoz del presidente Gustavo Petro, dijo que no habrá tregua.", "official:gustavo-petro",
     "president"),
])
def test_the_leader_after_an_appositive_staff_title_keeps_their_own(lang, text, person, role):
    assert {r for p, _, r in roles(text, lang) if p == person} == {role}


# ---------------------------------------------------------------- one listing named generically and specifically
def kinds(text, lang, pair):
    return {c.props.get("designation") for c in claims(text, lang) if c.predicate == "DESIGNATED"
            and (c.subject, c.object) == pair}


@pytest.mark.parametrize("lang,text,pair,want", [
    ("es", "Turquía y Estados Unidos consideran al PKK una organización terrorista. Washington lo incluyó en su lista de "
           "organizaciones terroristas extranjeras en 1997.", ("state:USA", "group:pkk"), {"foreign terrorist organization"}),
    ("en", "The United States regards Hamas as a terrorist organization. Washington designated Hamas a Foreign Terrorist "
           "Organization in 1997.", ("state:USA", "group:hamas"), {"foreign terrorist organization"}),
    ("en", "Washington designated Hezbollah a Foreign Terrorist Organization in 1997. The United States considers Hezbollah "
           "a terrorist group.", ("state:USA", "group:hezbollah"), {"foreign terrorist organization"}),
    ("es", "Estados Unidos designó a Hezbolá organización terrorista extranjera en 1997 y también la considera un grupo "
           "terrorista.", ("state:USA", "group:hezbollah"), {"foreign terrorist organization"}),
])
def test_generic_listing_is_the_specific_one_named(lang, text, pair, want):
    assert kinds(text, lang, pair) == want


@pytest.mark.parametrize("lang,text,pair,want", [
    ("en", "Argentina designated Hezbollah a terrorist organization in 2019.", ("state:ARG", "group:hezbollah"),
     {"terrorist organization"}),
    ("es", "Colombia declaró al Tren de Aragua organización terrorista en 2024.", ("state:COL", "group:tren-de-aragua"),
     {"terrorist organization"}),
])
def test_a_generic_listing_alone_stays_generic(lang, text, pair, want):
    assert kinds(text, lang, pair) == want


# ---------------------------------------------------------------- the host of an embassy is not who acts
@pytest.mark.parametrize("lang,text,host", [
    ("es", "Israel celebró la decisión. Su embajada en Washington pidió además a la Unión Europea que siga el ejemplo.",
     "state:USA"),
    ("es", "La embajada de Israel en Washington pidió a la Unión Europea que designe a Samidoun.", "state:USA"),
    ("en", "The Israeli embassy in Washington urged the European Union to list Samidoun.", "state:USA"),
    ("en", "Israel welcomed the move. Its embassy in Washington urged the European Union to follow suit.", "state:USA"),
    ("en", "Ukraine's delegation in Geneva urged Switzerland to freeze Russian assets.", "state:CHE"),
])
def test_embassy_host_is_not_the_asker(lang, text, host):
    assert not {s for s, _, _ in urged(text, lang) if s == host}


@pytest.mark.parametrize("lang,text,want", [
    ("en", "The Israeli embassy in Washington urged the European Union to list Samidoun.", ("state:ISR", "group:eu")),
    ("en", "Washington urged the European Union to list Samidoun.", ("state:USA", "group:eu")),
    ("es", "Estados Unidos pidió a Israel que cierre su embajada en Washington.", ("state:USA", "state:ISR")),
])
def test_embassy_owner_and_plain_states_still_ask(lang, text, want):
    assert want in {(s, o) for s, o, _ in urged(text, lang)}


# ---------------------------------------------------------------- a coordinated title with an owner of its own
@pytest.mark.parametrize("lang,text,person", [
    ("en", "The memorandum that Ethiopia's prime minister, Abiy Ahmed, and Somaliland's then president, Muse Bihi Abdi, "
           "signed in Addis Ababa did damage.", "official:muse-bihi-abdi"),
    ("en", "Ethiopia's prime minister, Abiy Ahmed, and Tigray's interim president, Getachew Reda, met in Pretoria.",
     "official:getachew-reda"),
    ("en", "Iraq's prime minister, Mohammed Shia al-Sudani, and Kurdistan's president, Nechirvan Barzani, met in Erbil.",
     "official:nechirvan-barzani"),
])
def test_coordinated_title_with_its_own_owner(lang, text, person):
    assert not {r for r in roles(text, lang) if r[0] == person and r[1].startswith("state:")
                and r[1] in ("state:ETH", "state:IRQ")}


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Japanese Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara met their counterparts.",
     ("official:minoru-kihara", "state:JPN")),
    ("en", "Brazil's foreign minister, Mauro Vieira, and Argentina's foreign minister, Diana Mondino, met in Lima.",
     ("official:diana-mondino", "state:ARG")),
    ("es", "La ministra de Defensa de Chile, Maya Fernández, y el ministro del Interior, Luis Cordero, viajaron a Lima.",
     ("official:luis-cordero", "state:CHL")),
])
def test_coordinated_titles_still_share_or_keep_their_state(lang, text, want):
    assert want in {(p, o) for p, o, _ in roles(text, lang)}


# ---------------------------------------------------------------- a singular apposition after a list is its last member's
@pytest.mark.parametrize("lang,text,wrong,right", [
    ("es", "La empresa pagó a varios grupos armados, entre ellos el Estado Islámico y el Frente al Nusra, entonces filial "
           "siria de Al Qaeda.", ("group:isis", "group:al-qaeda"), ("group:hts", "group:al-qaeda")),
    ("es", "Los atacantes pertenecían a Hamás y a Al Shabaab, filial de Al Qaeda en Somalia.",
     ("group:hamas", "group:al-qaeda"), ("group:al-shabaab", "group:al-qaeda")),
    ("en", "The militants belonged to Hamas and al-Shabaab, a branch of al-Qaeda.",
     ("group:hamas", "group:al-qaeda"), None),
])
def test_singular_apposition_after_a_list(lang, text, wrong, right):
    got = part_of(text, lang)
    assert wrong not in got
    if right:
        assert right in got


# ---------------------------------------------------------------- an office and a membership read from the same words
def members(text, lang):
    return {(c.subject, c.object) for c in claims(text, lang) if c.predicate == "MEMBER_OF"}


# (session 12: the founder of a political party is its member too, read from the office: analysts require it in
# blind15 and mark it optional elsewhere; the founder of an armed group or a company is not read as a member)
@pytest.mark.parametrize("lang,text,person,group", [
    ("en", "Yevgeny Prigozhin, the founder of the Wagner Group, died in 2023.",
     "official:yevgeny-prigozhin", "group:wagner-group"),
])
def test_founder_is_an_office_not_a_second_membership(lang, text, person, group):
    assert (person, group) not in members(text, lang)


@pytest.mark.parametrize("lang,text,person,group", [
    ("en", "Lula, the founder of the Workers' Party, won the election.", "official:lula", "group:pt-brazil"),
    ("es", "Bernardo Arévalo, fundador del Movimiento Semilla, ganó las elecciones.", "official:bernardo-arevalo",
     "group:movimiento-semilla"),
])
def test_founder_of_a_party_is_its_member(lang, text, person, group):
    assert (person, group) in members(text, lang)


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Mamuka Mdinaradze, a senior member of Georgian Dream, spoke.",
     ("official:mamuka-mdinaradze", "group:georgian-dream")),
    ("es", "Mamuka Mdinaradze, miembro de Sueño Georgiano, habló.", ("official:mamuka-mdinaradze", "group:georgian-dream")),
])
def test_plain_membership_stays(lang, text, want):
    assert want in members(text, lang)


# ---------------------------------------------------------------- a counterpart's possessive is the other official's
@pytest.mark.parametrize("lang,text,person,wrong", [
    ("es", "La visita que el presidente Bernardo Arévalo, fundador del Movimiento Semilla, realizó en enero sirvió para "
           "reunirse con su homóloga, Claudia Sheinbaum.", "official:claudia-sheinbaum", "group:movimiento-semilla"),
    ("en", "President Bernardo Arévalo, the founder of the Semilla movement, met his counterpart, Claudia Sheinbaum.",
     "official:claudia-sheinbaum", "group:movimiento-semilla"),
    ("es", "El líder de Hamás, Ismail Haniyeh, recibió a su homólogo, Ziad Nakhalah, en Teherán.", "official:ziad-nakhalah",
     "group:hamas"),
])
def test_counterpart_is_not_of_the_other_officials_body(lang, text, person, wrong):
    assert not {r for r in roles(text, lang) if r[0] == person and r[1] == wrong}


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Greek Foreign Minister Nikos Dendias met his Egyptian counterpart, Sameh Shoukry, in Cairo.",
     ("official:sameh-shoukry", "state:EGY")),
    ("es", "El canciller Mauro Vieira se reunió en Lima con su homólogo peruano, Javier González-Olaechea.",
     ("official:javier-gonzalez-olaechea", "state:PER")),
])
def test_counterpart_with_a_demonym_keeps_its_state(lang, text, want):
    assert want in {(p, o) for p, o, _ in roles(text, lang)}


@pytest.mark.parametrize("lang,text,person,wrong", [
    ("es", "El canciller de Etiopía, Abiy Mesfin, y el presidente de Somalilandia, Muse Bihi Abdi, firmaron el memorando.",
     "official:muse-bihi-abdi", "state:ETH"),
    ("es", "El presidente de Nigeria, Bola Tinubu, y el gobernador de Sokoto, Ahmed Aliyu, se reunieron en Abuja.",
     "official:ahmed-aliyu", "state:NGA"),
    ("en", "Iraq's foreign minister, Fuad Hussein, and the president of Kurdistan, Nechirvan Barzani, met in Erbil.",
     "official:nechirvan-barzani", "state:IRQ"),
])
def test_coordinated_title_of_an_unknown_owner(lang, text, person, wrong):
    assert (person, wrong) not in {(p, o) for p, o, _ in roles(text, lang)}


@pytest.mark.parametrize("lang,text,want", [
    ("es", "La ministra de Defensa de Chile, Maya Fernández, y el ministro de Hacienda, Mario Marcel, viajaron a Lima.",
     ("official:mario-marcel", "state:CHL")),
    ("en", "Japanese Foreign Minister Yoko Kamikawa and Minister of Defense Minoru Kihara met their counterparts.",
     ("official:minoru-kihara", "state:JPN")),
])
def test_coordinated_portfolio_shares_the_state(lang, text, want):
    assert want in {(p, o) for p, o, _ in roles(text, lang)}


# ---------------------------------------------------------------- "Su presidente" after a sentence about a party
@pytest.mark.parametrize("lang,text,person", [
    ("es", "El partido Civilna Zaštita fue prohibido en Serbia. Su presidente, Zlatan Elek, dijo que el partido no tiene "
           "nada que ver.", "official:zlatan-elek"),
    ("en", "The party was banned in Serbia last week. Its president, Zlatan Elek, denied any link.", "official:zlatan-elek"),
    ("es", "La fundación opera desde Bolivia. Su presidenta, Ana Quispe, negó los cargos.", "official:ana-quispe"),
])
def test_its_president_after_a_non_state_subject(lang, text, person):
    assert not {r for r in roles(text, lang) if r[0] == person and r[1].startswith("state:")}


@pytest.mark.parametrize("lang,text,want", [
    ("es", "Chile celebró elecciones el domingo. Su presidente, Gabriel Boric, votó en Punta Arenas.",
     ("official:gabriel-boric", "state:CHL")),
    ("es", "El acuerdo fue firmado en Colombia. Su canciller, Luis Gilberto Murillo, lo celebró.",
     ("official:luis-gilberto-murillo", "state:COL")),
    ("en", "Belgium backed the listing. Its foreign minister, Hadja Lahbib, said so.", ("official:hadja-lahbib", "state:BEL")),
])
def test_its_title_after_a_state(lang, text, want):
    assert want in {(p, o) for p, o, _ in roles(text, lang)}


@pytest.mark.parametrize("lang,text,want", [
    ("es", "Estados Unidos y Canadá anunciaron este martes la designación de la Red Samidoun como entidad terrorista.",
     ("state:CAN", "group:samidoun")),
    ("en", "The United States announced on Tuesday the designation of the Samidoun network as a terrorist entity.",
     ("state:USA", "group:samidoun")),
])
def test_nominal_designation_of_keeps_its_object(lang, text, want):
    assert want in designated(text, lang)


# ---------------------------------------------------------------- a negative finding or an unproven claim is no fact
def positive_facts(text, lang):
    return {(c.predicate, c.subject, c.object) for c in claims(text, lang) if c.predicate != "HOLDS_ROLE"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Investigators found no evidence that ISWAP had trained Ansaru fighters."),
    ("en", "There is no indication that China sent weapons to Russia."),
    ("en", "The report does not show that Cuba supplied arms to the ELN."),
    ("en", "Claims that Venezuela hosts Hezbollah camps have not been substantiated."),
    ("en", "Reports that Qatar funds Hamas were never confirmed."),
    ("es", "No hay pruebas de que Irán haya armado a los hutíes."),
    ("es", "Los investigadores no encontraron indicios de que el ISWAP entrenara a combatientes de Ansaru."),
    ("es", "Las acusaciones de que Venezuela alberga campamentos de Hezbolá no han sido probadas."),
    ("es", "Los informes de que Qatar financia a Hamás nunca fueron confirmados."),
])
def test_negative_finding_gives_no_positive_fact(lang, text):
    assert positive_facts(text, lang) == set()


@pytest.mark.parametrize("lang,text,want", [
    ("en", "There is evidence that Iran armed the Houthis.", ("SUPPLIED", "state:IRN", "group:houthis")),
    ("en", "Claims that Venezuela hosts Hezbollah camps have been confirmed by the UN.",
     ("ALLEGED_TIES", "state:VEN", "group:hezbollah")),
    ("en", "Iran armed the Houthis, and there is no sign that it stopped.", ("SUPPLIED", "state:IRN", "group:houthis")),
    ("es", "Hay pruebas de que Irán armó a los hutíes.", ("SUPPLIED", "state:IRN", "group:houthis")),
])
def test_evidence_and_confirmed_claims_stay(lang, text, want):
    assert want in positive_facts(text, lang)


def test_unresolved_possessive_of_a_known_official_keeps_the_gazetteer_office():
    text = ("Los combatientes de Wagner llegaron a Malí en 2021. Fue la peor derrota sufrida por el grupo en África desde "
            "que su fundador, Yevgueni Prigozhin, murió en agosto de 2023.")
    assert ("official:yevgeny-prigozhin", "group:wagner-group", "founder") in roles(text, "es")


def test_negative_finding_does_not_deny_the_subjects_apposition():
    got = claims("Investigators found no evidence that ISWAP, the Islamic State's affiliate in the Lake Chad basin, "
                 "funded Ansaru.", "en")
    assert ("PART_OF", "group:iswap", "group:isis") in {(c.predicate, c.subject, c.object) for c in got}
    assert ("ALLEGED_TIES", "group:iswap", "group:ansaru") not in {(c.predicate, c.subject, c.object) for c in got}


@pytest.mark.parametrize("lang,text,want,wrong", [
    ("es", "El PKK, liderado por un fundador y declarado grupo terrorista por la Unión Europea en 2002, anunció su "
           "disolución.", ("group:eu", "group:pkk"), ("group:pkk", "group:eu")),
    ("en", "Hamas, founded in 1987 and designated a terrorist organization by the European Union in 2003, governs Gaza.",
     ("group:eu", "group:hamas"), ("group:hamas", "group:eu")),
])
def test_near_designation_agent_after_by_is_the_designator(lang, text, want, wrong):
    got = designated(text, lang)
    assert want in got and wrong not in got
