"""Session 11 (roles9): offices said with a verb of heading after the name ("X, who heads Y", "X, que dirigió
hasta 2021 la Y", "X, contralmirante en retiro que hoy dirige Y"), the speaker told after the outlet ("dijo a
este diario X"), a party label between a seat and the name ("el senador republicano X"), and a second
office read after a name that belongs to the next person of a list. Every sentence is written for these
tests; the near misses must give nothing."""

from tests.extracting import holds_roles


def roles(text, language="en", published="2025-10-20"):
    return holds_roles(text, language=language, published=published)


def heads(got, person):
    return {(o, r) for p, o, r in got if p == person}


# -- a verb of office with an adverbial of time --------------------------------------------------------

def test_spanish_verb_of_office_with_a_date_between_verb_and_object():
    got = roles("Entre los detenidos figura un antiguo coronel, Rachid Benali, que dirigió hasta 2021 la Dirección "
                "General de Seguridad Nacional.", language="es")
    assert heads(got, "official:rachid-benali") == {("group:direccion-general-de-seguridad-nacional", "director")}
    got = roles("El coronel Tomás Urrutia, que durante seis años dirigió la Agencia Nacional de Inteligencia, "
                "declaró ante el juez.", language="es")
    assert heads(got, "official:tomas-urrutia") == {("group:agencia-nacional-de-inteligencia", "director")}


def test_english_verb_of_office_with_now_or_perfect():
    got = roles("Eddy Prasetyo, who heads the National Counter Terrorism Agency (BNPT), said the network was finished.")
    assert ("group:bnpt", "head") in heads(got, "official:eddy-prasetyo")
    got = roles("Daniel Ortega, who has led the Sandinista National Liberation Front (FSLN) for decades, signed the deal.")
    assert ("group:fsln", "leader") in heads(got, "official:daniel-ortega")
    got = roles("Daniel Ortega, que ha liderado el Frente Sandinista de Liberación Nacional durante décadas, firmó el "
                "acuerdo.", language="es")
    assert ("group:fsln", "leader") in heads(got, "official:daniel-ortega")


def test_spanish_preside_names_the_president_of_the_body():
    got = roles("Según explicó a esta emisora Ramón Ortiz Vega, que preside el Instituto Dominicano de Aviación "
                "Civil (IDAC), el puente aéreo es técnico.", language="es")
    assert heads(got, "official:ramon-ortiz-vega") == {("group:instituto-dominicano-de-aviacion-civil", "president")}


def test_speaker_named_after_the_outlet_told():
    got = roles("\"Es un puente\", dijo a la agencia EFE Marta Gómez Salas, que dirige la Fundación Andina.",
                language="es")
    assert heads(got, "official:marta-gomez-salas") == {("group:fundacion-andina", "director")}


def test_verb_office_after_a_title_without_owner():
    got = roles("\"Es un error\", dijo Jorge Mendoza Ríos, contralmirante en retiro que hoy dirige el Centro de "
                "Estudios Estratégicos del Pacífico (CEEP).", language="es")
    assert heads(got, "official:jorge-mendoza-rios") == {("group:centro-de-estudios-estrategicos-del-pacifico", "director")}
    got = roles("\"It is over,\" said Ana Ruiz Prado, a retired general who now heads the National Intelligence Agency.")
    assert heads(got, "official:ana-ruiz-prado") == {("group:national-intelligence-agency", "head")}


def test_verb_of_office_near_misses():
    # the verb's object is no organisation named there: no office, no new person from the verb alone
    assert roles("El grupo, que dirigió hasta 2021 varios ataques, se disolvió.", language="es") == set()
    assert roles("Marta Gómez Salas, que dirige una pequeña consultora, no quiso comentar.", language="es") == set()
    assert roles("Ana Ruiz Prado, who now heads a small consultancy, declined to comment.") == set()


# -- the next person's office is not the first one's ------------------------------------------------------

def test_office_of_the_second_signatory_is_not_the_first_ones():
    got = roles("Lo suscribieron el ministro egipcio de Producción Militar, Mohamed Salah el Din Mostafa, y Haluk "
                "Görgün, que preside la Secretaría de Industrias de Defensa de Turquía (SSB).", language="es")
    first = heads(got, "official:mohamed-salah-el-din-mostafa")
    assert all(o == "state:EGY" for o, _ in first)
    assert heads(got, "official:haluk-gorgun") == {("group:secretaria-de-industrias-de-defensa-de-turquia", "president")}
    got = roles("The deal was signed by Egypt's military production minister, Mohamed Salah el Din Mostafa, and Haluk "
                "Görgün, who heads the Defence Industry Agency.")
    assert all(o == "state:EGY" for o, _ in heads(got, "official:mohamed-salah-el-din-mostafa"))


# -- a party label between the seat and the name ------------------------------------------------------------

def test_spanish_seat_then_party_label_keeps_the_seat():
    got = roles("El senador republicano Rick Scott pidió al Tesoro que sancione a los funcionarios.", language="es")
    assert ("state:USA", "senator") in heads(got, "official:rick-scott")
    got = roles("La senadora demócrata Jeanne Shaheen criticó el acuerdo con Irán.", language="es")
    assert ("state:USA", "senator") in heads(got, "official:jeanne-shaheen")
    got = roles("Ayer habló el presidente socialista Pedro Sánchez en Rabat.", language="es")
    assert ("state:ESP", "president") in heads(got, "official:pedro-sanchez")


def test_party_label_without_a_seat_gives_no_office():
    assert heads(roles("El republicano Rick Scott pidió sanciones.", language="es"), "official:rick-scott") <= {("state:USA", "senator")}
    assert roles("Los votantes republicanos Juan Pérez Soto y Ana Ruiz Prado protestaron.", language="es") == set()


# -- a state's possessive or demonym right before a known official -------------------------------------------

def test_state_possessive_before_a_known_official_gives_the_gazetteers_office():
    got = roles("The protocol was signed in Constanța by Romania's Ionuț Popescu and Turkey's Yaşar Güler.",
                published="2026-03-12")
    assert heads(got, "official:yasar-guler") == {("state:TUR", "minister of defense")}
    got = roles("Turkey's Yaşar Güler met Russia's Sergei Lavrov in Ankara on Monday.", published="2026-03-12")
    assert ("state:RUS", "minister of foreign affairs") in heads(got, "official:sergei-lavrov")
    got = roles("El acuerdo lo firmaron el turco Yaşar Güler y el ruso Serguéi Lavrov en Ankara.", language="es",
                published="2026-03-12")
    assert heads(got, "official:yasar-guler") == {("state:TUR", "minister of defense")}


def test_state_possessive_before_an_official_of_another_state_gives_nothing():
    # the possessive names a state the official does not serve ("Russia's ally" reading): no office
    got = roles("Iran's Sergei Lavrov problem is that Moscow will not sell the jets.", published="2026-03-12")
    assert not any(o == "state:IRN" for _, o, _ in got)
    assert roles("Ionuț Popescu, Romania's Ionuț Popescu, was there.", published="2026-03-12") == set()


def test_a_province_named_after_a_state_owns_no_office_of_that_state():
    got = roles("British Columbia's premier, David Eby, and Alberta's Danielle Smith had called on Ottawa to list the gang.")
    assert not any(o == "state:GBR" for _, o, _ in got)
    got = roles("New Mexico's governor, Michelle Lujan Grisham, said the border was calm.")
    assert not any(o == "state:MEX" for _, o, _ in got)


def test_new_person_before_a_verb_of_office_names_a_group():
    got = roles("Among those held was a former army colonel, Marc Duval, who led the Ti Machete gang until 2021.")
    assert ("group:ti-machete", "leader") in heads(got, "official:marc-duval")
    # a nickname is the same person, not a new one with the office
    got = roles("Across the table sat Anas Rahman, also known as Hipni Mahmud, who heads the BRN's delegation.")
    assert not any(p == "official:hipni-mahmud" for p, _, _ in got)
    # Spanish "que" follows organisations too: only after a comma before the name
    assert roles("Según la Fundación Andina Sur que dirige la Agencia Nacional de Inteligencia, todo sigue igual.",
                 language="es") == set()
