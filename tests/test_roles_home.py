"""The government a title names when it names no country ("El ministro del Interior, X",
"Interior Minister X"): the one the writer's other unmarked titles name (known officials:
"el presidente Milei"), when the sentence names no other state that is not some other person's
(loaders/people.py unmarked_home, owned_states; extract._title_claims). Sentences written for
these tests."""

from tests.extracting import discovered, holds_roles

PUB = "2025-03-01"


def roles(text, language):
    return holds_roles(text, language=language, published=PUB)


def owner_of(got, person):
    return {o for p, o, _ in got if p == person}


# -- positives --------------------------------------------------------------------------

def test_spanish_minister_serves_the_government_of_the_unmarked_president():
    got = roles("El presidente Javier Milei recibió a la delegación el martes. El ministro de Economía, "
                "Tomás Ferreyra, dijo que el acuerdo llegará antes de junio.", "es")
    assert owner_of(got, "official:tomas-ferreyra") == {"state:ARG"}


def test_english_minister_serves_the_government_of_the_unmarked_president():
    got = roles("President Luis Abinader signed the decree on Friday. Interior Minister Ramón Tavárez "
                "said the gangs would be pursued in every province.", "en")
    assert owner_of(got, "official:ramon-tavarez") == {"state:DOM"}


def test_a_state_another_title_names_is_not_a_candidate():
    got = roles("President José Raúl Mulino welcomed the deal. Security Minister Frank Sandoval and "
                "U.S. Defense Secretary Pete Hegseth signed the memorandum on Wednesday.", "en")
    assert owner_of(got, "official:frank-sandoval") == {"state:PAN"}
    got = roles("El presidente Javier Milei celebró la firma. La ministra de Seguridad, Alejandra Quiroga, "
                "y el embajador de Estados Unidos, Mark Tolley, firmaron el memorando.", "es")
    assert owner_of(got, "official:alejandra-quiroga") == {"state:ARG"}
    assert owner_of(got, "official:mark-tolley") == {"state:USA"}


def test_unmarked_titles_of_two_governments_the_story_s_main_state_wins():
    text = ("Colombia y Estados Unidos retomaron el diálogo. El presidente Gustavo Petro dijo que Colombia "
            "no aceptará condiciones. El secretario de Estado, Marco Rubio, viajó a Bogotá. Colombia pidió "
            "respeto. El ministro de Defensa, Iván Restrepo, anunció nuevas operaciones.")
    assert owner_of(roles(text, "es"), "official:ivan-restrepo") == {"state:COL"}


def test_a_second_office_after_y_keeps_the_first_portfolio():
    got = roles("El presidente Gustavo Petro habló el lunes. La ministra de Cultura y portavoz de Compromís, "
                "Pilar Ruiz Gaitán, pidió transparencia.", "es")
    assert any(p == "official:pilar-ruiz-gaitan" and o == "state:COL" and "culture" in (r or "")
               for p, o, r in got)


def test_the_apposition_title_keeps_a_dotted_state():
    got = roles("The U.S. ambassador, Thomas Elleran, signed for Washington.", "en")
    assert owner_of(got, "official:thomas-elleran") == {"state:USA"}
    got = roles("El embajador de EE.UU., Thomas Elleran, firmó por Washington.", "es")
    assert owner_of(got, "official:thomas-elleran") == {"state:USA"}


# -- negatives ----------------------------------------------------------------------------

def test_another_state_in_the_sentence_blocks_the_guess():
    got = roles("President Luis Abinader signed the decree on Friday. Interior Minister Ramón Tavárez "
                "said Haiti must act against the gangs.", "en")
    assert not owner_of(got, "official:ramon-tavarez")


def test_two_governments_and_no_main_state_give_no_owner():
    got = roles("President Donald Trump spoke with President Nicolás Maduro on Monday. Interior Minister "
                "Luis Ortega said the talks had gone well.", "en")
    assert not owner_of(got, "official:luis-ortega")


def test_a_former_office_gets_no_guessed_owner():
    got = roles("El presidente Javier Milei habló el lunes. La ex primera ministra Ana Torres Quiroga, "
                "refugiada en la embajada de México, pidió un salvoconducto.", "es")
    assert "state:ARG" not in owner_of(got, "official:ana-torres-quiroga")


def test_the_office_s_state_ends_no_name_and_surnames_alone_are_the_person_met():
    text = ("El memorando fue firmado por el ministro de Seguridad Pública de Costa Rica, Gerardo Solís Vargas, "
            "y por su homólogo de El Salvador, Gustavo Villatoro. El ministro Solís Vargas asumió la cartera en mayo.")
    people = discovered(text, "official:", PUB)
    assert "official:gerardo-solis-vargas" in people
    assert not any("costa-rica" in k or k == "official:solis-vargas" for k in people)
    assert owner_of(roles(text, "es"), "official:gerardo-solis-vargas") == {"state:CRI"}


def test_a_bare_title_later_is_the_office_stated_in_full():
    text = ("El memorando fue firmado por el ministro de Seguridad Pública de Costa Rica, Gerardo Solís Vargas, "
            "y por su homólogo de El Salvador, Gustavo Villatoro. El ministro Solís Vargas asumió la cartera en mayo.")
    got = [(o, r) for p, o, r in roles(text, "es") if p == "official:gerardo-solis-vargas"]
    assert got == [("state:CRI", "minister of security")]
    text = ("KINGSTON — Jamaica's National Security Minister Horace Blake announced the listing. "
            "Minister Blake said the gangs had 30 days to disband.")
    got = [r for p, o, r in roles(text, "en") if p == "official:horace-blake"]
    assert len(got) == 1 and "security" in got[0]


def test_jefe_de_la_diplomacia_is_the_foreign_minister():
    got = roles("París anunció la retirada. El jefe de la diplomacia francesa, Jean-Luc Barroux, lo confirmó.", "es")
    assert owner_of(got, "official:jean-luc-barroux") == {"state:FRA"}
    got = roles("La jefa de la diplomacia de Marruecos, Amina Benali, viajó a Madrid el lunes.", "es")
    assert ("official:amina-benali", "state:MAR", "minister of foreign affairs") in got
    got = roles("El presidente Javier Milei habló. El jefe de la diplomacia, Gerardo Wertheimer Soto, viajó a la cumbre.", "es")
    assert ("official:gerardo-wertheimer-soto", "state:ARG", "minister of foreign affairs") in got


def test_jefe_de_la_diplomacia_of_a_union_is_no_state_minister():
    got = roles("El presidente Javier Milei habló. La jefa de la diplomacia europea, Kaja Kallasma, pidió calma.", "es")
    assert not owner_of(got, "official:kaja-kallasma") & {"state:ARG"}
