"""Joining an office to its holder and owner (session 23). Spanish "oficial" written after a noun is its adjective, not an
officer's title ("la visita oficial del secretario de Estado X"); a bare office head before a known official ("Secretary
X", "la ministra X") is the one office of that head the gazetteer gives them that day; a paragraph that has moved to
another state ("In other news from the region: Zimbabwe's President ...") gives its unmarked titles that state's
government, not the story's. Sentences written for these tests, both languages, with negatives."""

import pytest

from tests.extracting import roles_by_name

PUB = "2025-03-12"


def _roles(text: str, lang: str, pub: str = PUB) -> set[tuple]:
    return roles_by_name(text, language=lang, published=pub)


def _holds(out: set, who: str) -> set:
    return {(o, r) for p, s, o, r in out if p == "HOLDS_ROLE" and s == who}


# ---------------------------------------------------------------- "oficial" after a noun is an adjective
@pytest.mark.parametrize("text,who,owner,role", [
    ("Comienza hoy la visita oficial del secretario de Estado Marco Rubio a la capital panameña.",
     "Marco Rubio", "United States", "secretary of state"),
    ("La cuenta oficial del presidente Gustavo Petro publicó un mensaje sobre la ruptura con Israel.",
     "Gustavo Petro", "Colombia", "president"),
    ("Durante la gira oficial del canciller José Manuel Albares por Marruecos se firmaron tres acuerdos.",
     "José Manuel Albares", "Spain", "minister of foreign affairs"),
])
def test_oficial_after_a_noun_is_no_title(text, who, owner, role):
    held = _holds(_roles(text, "es"), who)
    assert (owner, role) in held
    assert not any(r in ("oficial", "officer") for _, r in held)


def test_an_officer_with_an_article_keeps_the_title():
    # negative of the guard: "el oficial" is an officer, whatever follows
    out = _roles("El oficial del Ejército Julián Ramírez Soto fue detenido el martes en Bogotá.", "es")
    assert not any(r == "secretary of state" for _, r in _holds(out, "Julián Ramírez Soto"))


# ---------------------------------------------------------------- a bare office head before a known official
@pytest.mark.parametrize("text,lang,who,owner,role", [
    ("The designation, announced by Secretary Marco Rubio in Quito on Thursday, raises the legal risk for banks.", "en",
     "Marco Rubio", "United States", "secretary of state"),
    ("Según el secretario Marco Rubio, la reunión se celebrará en Panamá.", "es",
     "Marco Rubio", "United States", "secretary of state"),
])
def test_a_bare_head_before_a_known_official_is_their_office(text, lang, who, owner, role):
    assert (owner, role) in _holds(_roles(text, lang), who)


def test_a_bare_head_before_an_unknown_person_gives_no_office_of_the_gazetteer():
    out = _roles("Secretary Jane Whitcombe said the department would review the listing.", "en")
    assert not any("of state" in (r or "") for _, r in _holds(out, "Jane Whitcombe"))


def test_a_bare_head_that_matches_none_of_the_known_offices_is_not_forced():
    # Petro is president: "Minister" names no office the gazetteer gives him, nothing is made up
    out = _roles("Minister Gustavo Petro spoke to the crowd in Cali.", "en")
    assert not any(r.startswith("minister of") for _, r in _holds(out, "Gustavo Petro") if r)


# ---------------------------------------------------------------- a paragraph moved to another state
_ROUNDUP_EN = ("MAPUTO — President Daniel Chapo said on Monday that the army had retaken two districts of Cabo Delgado. "
               "Interior Minister Paulo Sitoe added that the curfew would be lifted.\n\n"
               "In other news from the region: Zimbabwe's President Emmerson Mnangagwa has dismissed his army commander. "
               "Vice President Tendai Moyo, a former general, is widely seen as his rival.")
_ROUNDUP_ES = ("MAPUTO — El presidente Daniel Chapo afirmó el lunes que el Ejército recuperó dos distritos de Cabo Delgado. "
               "El ministro del Interior, Paulo Sitoe, añadió que el toque de queda se levantará.\n\n"
               "En otras noticias de la región, el presidente de Zimbabue, Emmerson Mnangagwa, destituyó al jefe del Ejército. "
               "El vicepresidente Tendai Moyo, exgeneral, es considerado su rival.")


@pytest.mark.parametrize("text,lang", [(_ROUNDUP_EN, "en"), (_ROUNDUP_ES, "es")])
def test_a_paragraph_about_another_state_gives_it_its_titles(text, lang):
    out = _roles(text, lang)
    held = _holds(out, "Tendai Moyo")
    assert ("Zimbabwe", "vice president") in held
    assert not any(o == "Mozambique" for o, _ in held)
    # the story's own titles keep the story's state
    assert any(o == "Mozambique" for o, _ in _holds(out, "Paulo Sitoe")), _holds(out, "Paulo Sitoe")


def test_a_paragraph_that_names_the_home_state_keeps_it():
    text = ("MAPUTO — President Daniel Chapo said on Monday that the army had retaken two districts.\n\n"
            "Zimbabwe's President Emmerson Mnangagwa offered troops to Mozambique on Tuesday. "
            "Defence Minister Cristóvão Chume welcomed the offer.")
    held = _holds(_roles(text, "en"), "Cristóvão Chume")
    assert not any(o == "Zimbabwe" for o, _ in held)


# ---------------------------------------------------------------- a demonym closing the title names its owner
@pytest.mark.parametrize("text,who,owner", [
    ("MANAGUA — El canciller, Valdrack Jaentschke, envió la nota. El portavoz del Ministerio de Relaciones Exteriores israelí, "
     "Oren Marmorstein, restó importancia a la decisión.", "Oren Marmorstein", "Israel"),
    ("BOGOTÁ — El presidente Gustavo Petro habló el lunes. El vocero del Ministerio de Relaciones Exteriores marroquí, "
     "Ahmed Benali Tazi, respondió horas después.", "Ahmed Benali Tazi", "Morocco"),
    ("BOGOTÁ — El presidente Gustavo Petro habló el lunes. La viceministra de Asuntos Multilaterales mexicana, "
     "Laura Ortega Díaz, respondió horas después.", "Laura Ortega Díaz", "Mexico"),
])
def test_a_demonym_closing_the_title_owns_it(text, who, owner):
    held = _holds(_roles(text, "es"), who)
    assert any(o == owner for o, _ in held)
    assert not any(o in ("Nicaragua", "Colombia") for o, _ in held)


def test_a_demonym_elsewhere_in_the_sentence_is_no_owner():
    text = ("MANAGUA — El canciller, Valdrack Jaentschke, recibió a un diplomático israelí. "
            "El portavoz del Ministerio, Carlos Mena Ruiz, confirmó la reunión con el diplomático israelí.")
    assert not any(o == "Israel" for o, _ in _holds(_roles(text, "es"), "Carlos Mena Ruiz"))


# ---------------------------------------------------------------- a state acting on a person does not employ them
@pytest.mark.parametrize("text,lang,who,state", [
    ("MADRID — El ministro de Asuntos Exteriores, José Manuel Albares, pidió explicaciones a Israel. Israel respondió "
     "entonces vetando la entrada a la vicepresidenta segunda, Yolanda Díaz.", "es", "Yolanda Díaz", "Israel"),
    ("MADRID — El ministro de Asuntos Exteriores, José Manuel Albares, convocó al embajador ruso. Rusia contestó "
     "negando el visado al secretario de Estado, Diego Martínez Belío.", "es", "Diego Martínez Belío", "Russian Federation"),
    ("MADRID — Foreign Minister José Manuel Albares summoned Israel's ambassador. Israel responded by denying entry "
     "to the second deputy prime minister, Yolanda Díaz.", "en", "Yolanda Díaz", "Israel"),
])
def test_a_state_acting_on_an_official_is_not_their_employer(text, lang, who, state):
    assert not any(o == state for o, _ in _holds(_roles(text, lang), who))


def test_a_state_appointing_its_own_minister_still_employs_her():
    text = ("MADRID — El ministro de Asuntos Exteriores, José Manuel Albares, viajó a Rabat. "
            "España nombró ayer a la nueva ministra de Vivienda, Isabel Rodríguez Pérez.")
    assert any(o == "Spain" for o, _ in _holds(_roles(text, "es"), "Isabel Rodríguez Pérez"))


# ---------------------------------------------------------------- "under" ends a title; a past office keeps its state
@pytest.mark.parametrize("text,lang,who,owner", [
    ("TAIPEI — President Lai Ching-te greeted the visitor. Santiago Peña served as finance minister under President "
     "Horacio Cartes from 2015 to 2017.", "en", "Horacio Cartes", "Paraguay"),
    ("TAIPÉI — El presidente Lai Ching-te recibió al visitante. Santiago Peña fue ministro de Hacienda bajo el presidente "
     "Horacio Cartes entre 2015 y 2017.", "es", "Horacio Cartes", "Paraguay"),
])
def test_under_ends_the_title_and_a_past_office_keeps_its_state(text, lang, who, owner):
    held = _holds(_roles(text, lang), who)
    assert (owner, "president") in held
    assert not any(o == "Taiwan" for o, _ in held)
    assert not any("under" in (r or "") or "bajo" in (r or "") for _, r in held)


def test_under_secretary_is_still_one_title():
    out = _roles("WASHINGTON — The under secretary for political affairs, Allison Hooker, met the delegation.", "en")
    assert any("secretary" in (r or "") for _, r in _holds(out, "Allison Hooker"))


# ---------------------------------------------------------------- the head of a state's joint staff is one office
@pytest.mark.parametrize("text,lang,who,owner", [
    ("Nigeria's Chief of Defence Staff, General Christopher Musa, told lawmakers that the weapons came from Libya.", "en",
     "Christopher Musa", "Nigeria"),
    ("India's Chief of Defence Staff Anil Chauhan said on Friday that the drills would continue.", "en", "Anil Chauhan", "India"),
    ("TEGUCIGALPA — El jefe del Estado Mayor Conjunto, general Roosevelt Hernández, compareció ayer ante el Congreso Nacional.", "es",
     "Roosevelt Hernández", "Honduras"),
])
def test_the_chief_of_defence_staff_is_one_office(text, lang, who, owner):
    assert (owner, "chief of defence staff") in _holds(_roles(text, lang), who)


def test_a_chief_of_staff_to_a_person_is_not_the_defence_staff():
    out = _roles("WASHINGTON — The White House chief of staff, Susie Wiles, met the delegation on Monday.", "en")
    assert not any(r == "chief of defence staff" for _, r in _holds(out, "Susie Wiles"))


# ---------------------------------------------------------------- a party's political label does not hide the party
@pytest.mark.parametrize("text,lang,who,party", [
    ("Pedro Alliana, a senior member of the ruling Colorado Party, said the vote would go ahead.", "en",
     "Pedro Alliana", "Colorado Party"),
    ("Miguel Uribe Turbay, a member of the opposition Centro Democrático party, was shot in Bogotá.", "en",
     "Miguel Uribe Turbay", "Centro Democrático"),
    ("Teodoro Nguema Obiang Mangue is a senior member of the ruling Partido Democrático de Guinea Ecuatorial (PDGE).", "en",
     "Teodoro Nguema Obiang Mangue", "Democratic Party of Equatorial Guinea"),
    ("Miguel Uribe Turbay, miembro del opositor Centro Democrático, recibió un disparo en Bogotá.", "es",
     "Miguel Uribe Turbay", "Centro Democrático"),
    ("Pedro Alliana, dirigente del oficialista Partido Colorado, defendió la votación.", "es", "Pedro Alliana", "Colorado Party"),
])
def test_a_party_label_does_not_hide_the_membership(text, lang, who, party):
    assert ("MEMBER_OF", who, party, None) in _roles(text, lang)


def test_a_critic_of_the_ruling_party_is_no_member():
    out = _roles("Pedro Alliana, a fierce critic of the ruling Colorado Party, said the vote was rigged.", "en")
    assert ("MEMBER_OF", "Pedro Alliana", "Colorado Party", None) not in out


# ---------------------------------------------------------------- the head of a ministry is the state's minister
@pytest.mark.parametrize("text,lang,who,owner,role", [
    ("BUENOS AIRES — El Ministerio de Seguridad, dirigido por Patricia Bullrich, incorporó al grupo al registro.", "es",
     "Patricia Bullrich", "Argentina", "minister of security"),
    ("KYIV — The Defence Ministry, headed by Rustem Umerov, said the drones had arrived.", "en",
     "Rustem Umerov", "Ukraine", "minister of defense"),
    ("LIMA — El Ministerio del Interior, encabezado por Juan José Santiváñez, declaró el estado de emergencia.", "es",
     "Juan José Santiváñez", "Peru", "minister of interior"),
])
def test_the_head_of_a_ministry_is_its_minister(text, lang, who, owner, role):
    assert (owner, role) in _holds(_roles(text, lang), who)


def test_a_director_in_a_ministry_is_no_minister():
    held = _holds(_roles("BOGOTÁ — Carlos Mena Ruiz, director del Ministerio de Defensa, anunció la compra.", "es"), "Carlos Mena Ruiz")
    assert not any((r or "").startswith("minister") for _, r in held)


# ---------------------------------------------------------------- a round-up's section head in Markdown emphasis
@pytest.mark.parametrize("text", [
    "Varios gobiernos reaccionaron.\n\n*Argentina.* El Gobierno rechazó la postura de Venezuela. El ministro de Defensa, "
    "Martín Ferreyra Gómez, dio los detalles.",
    "Several governments reacted.\n\n**Argentina.** The government rejected the stance of Venezuela. Defence Minister "
    "Martín Ferreyra Gómez gave the details.",
])
def test_a_section_head_in_emphasis_places_the_paragraph(text):
    lang = "es" if "Varios" in text else "en"
    assert any(o == "Argentina" for o, _ in _holds(_roles(text, lang), "Martín Ferreyra Gómez"))


# ---------------------------------------------------------------- a posting "ante" an organisation stays in the title
@pytest.mark.parametrize("text,who,owner,role", [
    ("El embajador de Colombia ante la OEA, Juan Carlos Pérez Ruiz, calificó la votación de vergonzosa.",
     "Juan Carlos Pérez Ruiz", "Colombia", "ambassador"),
    ("El embajador colombiano ante la ONU, Juan Carlos Pérez Ruiz, calificó la votación de vergonzosa.",
     "Juan Carlos Pérez Ruiz", "Colombia", "ambassador"),
    ("La representante de Chile ante Naciones Unidas, Paula Narváez Ojeda, votó en contra.", "Paula Narváez Ojeda", "Chile",
     "representative"),
])
def test_a_posting_ante_an_organisation_is_part_of_the_title(text, who, owner, role):
    assert (owner, role) in _holds(_roles(text, "es"), who)


def test_a_posting_with_no_owner_gives_no_state():
    held = _holds(_roles("La embajadora ante la ONU, María Pérez Gil, calificó la votación de vergonzosa.", "es"), "María Pérez Gil")
    assert not any(o.startswith(("United", "Naciones")) for o, _ in held)


# ---------------------------------------------------------------- a day between taking office and "as/como"
@pytest.mark.parametrize("text,lang,who", [
    ("Rosa Gálvez Mena asumió el 14 de mayo como ministra de Defensa del Perú.", "es", "Rosa Gálvez Mena"),
    ("Rosa Gálvez Mena juró ayer como ministra de Defensa del Perú.", "es", "Rosa Gálvez Mena"),
    ("Rosa Gálvez Mena took office in March as Peru's defence minister.", "en", "Rosa Gálvez Mena"),
    ("Rosa Gálvez Mena took over on Monday as Peru's defence minister.", "en", "Rosa Gálvez Mena"),
])
def test_a_day_between_taking_office_and_the_office(text, lang, who):
    assert ("Peru", "minister of defense") in _holds(_roles(text, lang), who)


def test_taking_a_role_that_is_no_office_gives_none():
    out = _roles("Rosa Gálvez Mena appeared on Monday as a witness for the prosecution in Lima.", "en")
    assert not _holds(out, "Rosa Gálvez Mena")


# ---------------------------------------------------------------- an appointment with a bare office after "as/como"
@pytest.mark.parametrize("text,lang", [
    ("LIMA — President Dina Boluarte appointed Rosa Gálvez Mena as defence minister on Tuesday.", "en"),
    ("LIMA — La presidenta Dina Boluarte designó a Rosa Gálvez Mena como nueva ministra de Defensa.", "es"),
    ("LIMA — La presidenta Dina Boluarte nombró a Rosa Gálvez Mena como ministra de Defensa.", "es"),
])
def test_an_appointment_with_a_bare_office(text, lang):
    assert ("Peru", "minister of defense") in _holds(_roles(text, lang), "Rosa Gálvez Mena")


@pytest.mark.parametrize("text", [
    "LIMA — The court named Rosa Gálvez Mena as a defendant in the case.",
    "LIMA — Prosecutors named Rosa Gálvez Mena as the main suspect on Tuesday.",
])
def test_naming_someone_as_no_office_gives_none(text):
    assert not _holds(_roles(text, "en"), "Rosa Gálvez Mena")


# ---------------------------------------------------------------- a bare deputy's office names no portfolio
def test_a_bare_deputy_minister_is_no_portfolio():
    from loaders.actors import canonical_role
    from loaders.gazetteer import Gazetteer
    g = Gazetteer.load()
    assert canonical_role(g, "deputy minister")[0] == "deputy minister"
    assert canonical_role(g, "vice minister")[0] == "vice minister"
    assert canonical_role(g, "deputy minister of defence")[0] == "deputy minister of defense"


# ---------------------------------------------------------------- "in her capacity as" introduces the office
@pytest.mark.parametrize("text,lang,owner,role", [
    ("Rosa Gálvez Mena, in her capacity as Peru's defence minister, signed the agreement.", "en", "Peru", "minister of defense"),
    ("Rosa Gálvez Mena, in her role as Peru's defence minister, signed the agreement.", "en", "Peru", "minister of defense"),
    ("Rosa Gálvez Mena, en su calidad de ministra de Defensa del Perú, firmó el acuerdo.", "es", "Peru", "minister of defense"),
])
def test_in_her_capacity_as_gives_the_office(text, lang, owner, role):
    assert (owner, role) in _holds(_roles(text, lang), "Rosa Gálvez Mena")


def test_a_capacity_that_is_no_office_gives_none():
    assert not _holds(_roles("Rosa Gálvez Mena, in her capacity as a private citizen, signed the petition.", "en"),
                      "Rosa Gálvez Mena")


# ---------------------------------------------------------------- leading a group's team is no leadership of the group
@pytest.mark.parametrize("text,role", [
    ("The strike killed five members, but Khalil Hayya Nasser, who leads the Hamas negotiating team, survived.",
     "chief negotiator"),
    ("Khalil Hayya Nasser, who heads the Hamas delegation, arrived in Cairo on Monday.", "head of delegation"),
])
def test_leading_a_team_of_the_group_is_its_own_office(text, role):
    held = _holds(_roles(text, "en"), "Khalil Hayya Nasser")
    assert ("Hamas", role) in held
    assert ("Hamas", "leader") not in held


def test_leading_the_group_itself_stays_leadership():
    assert ("Hamas", "leader") in _holds(_roles("Khalil Hayya Nasser, who leads the Hamas movement, arrived in Cairo.", "en"),
                                         "Khalil Hayya Nasser")


# ---------------------------------------------------------------- a monarch's title before a regnal name
@pytest.mark.parametrize("text", [
    "Su Majestad el Rey Mohammed VI recibió a la delegación.",
    "El ministro Albares habló por teléfono con el rey Mohammed VI.",
    "El presidente remitió en 2022 su carta al rey Mohammed VI, en la que apoyaba el plan.",
])
def test_a_monarch_title_before_a_regnal_name(text):
    assert ("Morocco", "king") in _holds(_roles(text, "es"), "Mohammed VI")


def test_a_monarch_title_the_gazetteer_does_not_confirm_is_not_given():
    # a story dated before the reign: the gazetteer gives no king's office that day, the title is not taken
    out = _roles("El ministro habló por teléfono con el rey Mohammed VI.", "es", pub="1995-03-01")
    assert not any(r == "king" for _, r in _holds(out, "Mohammed VI"))
