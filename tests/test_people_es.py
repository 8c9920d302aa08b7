"""People no gazetteer holds, introduced the way the Spanish-language press introduces them
(loaders/people.py). Every sentence is written for these tests (not copied from any
corpus); each mechanism has positives and negatives that must give nothing."""

from tests.extracting import holds_roles
from tests.test_people_en import has_role, people


def roles(text, published="2024-05-01"):
    return holds_roles(text, language="es", published=published)


# -- la atribución hace de un nombre una persona -----------------------------------------

def test_dijo_y_segun_hacen_persona():
    assert "official:rosalba-quintero" in people("La tregua no se cumplirá, dijo Rosalba Quintero el lunes.")
    assert "official:anibal-ferreyra-soto" in people("Según Aníbal Ferreyra Soto, los envíos cesaron en junio.")
    assert "official:mateo-ibarguen" in people("Mateo Ibargüen declaró que la frontera seguirá cerrada.")


def test_la_atribucion_sola_no_da_cargo():
    assert not roles("Mateo Ibargüen aseguró que la milicia salió de Kidal.")


def test_medios_lugares_y_organizaciones_no_son_personas():
    text = ("Amnistía Internacional denunció los ataques. Según El País, la reunión fue en Madrid. "
            "La Casa Blanca dijo que no comentaría. Puerto Príncipe amaneció en calma.")
    assert not people(text)


# -- un cargo en aposición, con cualquier sustantivo de cargo -------------------------------

def test_aposicion_con_cargo_no_gubernamental():
    got = roles("El ELN atacó una base. Ramiro Lozano, coordinador del ELN en Arauca, dijo que habría más ataques.")
    assert has_role(got, "official:ramiro-lozano", "group:eln", "coordinator")


def test_jefe_negociador_se_lee_entero():
    got = roles("Lucía Arbeláez, jefa negociadora del ELN, dijo que el diálogo seguirá en Caracas.")
    assert has_role(got, "official:lucia-arbelaez", "group:eln", "negotiator")


def test_cargo_anterior_en_una_palabra():
    got = roles("Felipe Andrade Rivas, exdirector de la Policía de Honduras, negó los cargos.")
    # (the police of a state is the state's body, found as an organisation of its own)
    assert any(p == "official:felipe-andrade-rivas" and "director" in r and o in ("state:HND", "group:policia-de-honduras")
               for p, o, r in got)


def test_aposicion_que_es_una_oracion_no_es_cargo():
    got = roles("Felipe Andrade, conocido por sus críticas al presidente de Honduras, negó los cargos.")
    assert not any(p == "official:felipe-andrade" for p, _, _ in got)


# -- un cargo tras el verbo copulativo, también por el apellido --------------------------

def test_copula_da_el_cargo_por_el_apellido():
    got = roles("Hamás rechazó la oferta, dijo Yusef Haniya. Haniya es el portavoz de Hamás en Beirut.")
    assert has_role(got, "official:yusef-haniya", "group:hamas", "spokesperson")


def test_copula_negada_no_da_nada():
    assert not roles("Hamás rechazó la oferta, dijo Yusef Haniya. Haniya no es el portavoz de Hamás.")


# -- un cargo dicho con un verbo ------------------------------------------------------------

def test_quien_dirige_da_cargo_a_quien_ya_habla():
    got = roles("Habrá represalias, afirmó Óscar Benítez, quien dirige el Tren de Aragua.")
    # (who "dirige" a gang is its leader, as gold annotates "dirigidos por alias Fito")
    assert has_role(got, "official:oscar-benitez", "group:tren-de-aragua", "leader")


def test_quien_visito_no_es_cargo():
    assert not roles("Habrá represalias, afirmó Óscar Benítez, quien visitó el Tren de Aragua.")


def test_aposicion_tras_la_edad():
    got = roles("Yuri Sokolov, de 54 años, comandante del Grupo Wagner en Mali, dijo que volverían.")
    assert has_role(got, "official:yuri-sokolov", "group:wagner-group", "commander")
    assert not roles("Yuri Sokolov, de 54 años, dijo que el Grupo Wagner volvería a Mali.")


# -- un alias entre el nombre y el cargo --------------------------------------------------

def test_el_cargo_tras_un_alias_es_de_la_persona_no_del_alias():
    got = roles("Wilmer Pazmiño, alias El Gordo, el líder de Los Tiguerones, fue capturado en Guayaquil.")
    assert has_role(got, "official:wilmer-pazmino", "group:los-tiguerones", "leader")
    assert not any(p == "official:el-gordo" for p, _, _ in got)
    got = roles("Marco Vélez, conocido como El Flaco, jefe del Tren de Aragua en Chile, fue detenido.")
    assert has_role(got, "official:marco-velez", "group:tren-de-aragua", "chief")


def test_un_alias_sin_cargo_no_da_nada():
    assert not roles("Wilmer Pazmiño, alias El Gordo, fue capturado en Guayaquil.")


def test_firmantes_sin_cargo_son_personas():
    found = people("Ghana y Sierra Leona firmaron un memorando. Lo suscribieron Kwame Asante y Ibrahim Conteh.")
    assert {"official:kwame-asante", "official:ibrahim-conteh"} <= found
    found = people("El memorando fue firmado por Kwame Asante y Ibrahim Conteh en Accra.")
    assert {"official:kwame-asante", "official:ibrahim-conteh"} <= found
    assert not people("Kwame Asante y Ibrahim Conteh son dos calles del centro de Accra.")


def test_nombramientos_dan_el_cargo():
    got = roles("Andrés Vélez fue nombrado portavoz del ELN en 2022.")
    assert has_role(got, "official:andres-velez", "group:eln", "spokesperson")
    got = roles("El ELN designó a Andrés Vélez como su jefe negociador.")
    assert has_role(got, "official:andres-velez", "group:eln", "negotiator")
    got = roles("Andrés Vélez asumió como comandante del ELN en enero.")
    assert has_role(got, "official:andres-velez", "group:eln", "commander")


def test_nombramiento_negado_o_hipotetico_no_da_nada():
    assert not roles("Andrés Vélez no fue nombrado portavoz del ELN.")
    assert not roles("Andrés Vélez podría ser nombrado portavoz del ELN.")


# -- sesión 4: relativas en perfecto, sucesión, complementos ----------------------------------

def test_quien_ha_dirigido_la_guerrilla():
    got = roles("El ELN atacó Arauca. Karim Haddad, quien ha dirigido la guerrilla desde 2019, dijo que no negociará.")
    assert any(p == "official:karim-haddad" and o == "group:eln" for p, o, _ in got)


def test_sucedio_a_como_jefe():
    got = roles("Karim Haddad sucedió a Nicolás Rodríguez como jefe del ELN en 2017.")
    assert any(p == "official:karim-haddad" and o == "group:eln" and "chief" in r for p, o, r in got)


def test_portavoz_del_presidente_es_portavoz():
    got = roles("Karim Haddad, portavoz del presidente de Colombia, dijo que no habrá tregua.")
    assert not any(p == "official:karim-haddad" and r == "president" for p, _, r in got)
    assert any(p == "official:karim-haddad" and r == "spokesperson" for p, _, r in got)


def test_maximo_jefe_es_jefe():
    got = roles("Karim Haddad, máximo jefe del ELN, dijo que la guerrilla no negociará.")
    assert ("official:karim-haddad", "group:eln", "chief") in got


def test_asumio_el_mando_y_la_presidencia():
    got = roles("Karim Haddad, quien asumió el mando del ELN en 2021, dijo que la guerrilla no negociará.")
    assert any(p == "official:karim-haddad" and o == "group:eln" and r == "commander" for p, o, r in got)
    got = roles("Luis Arce, quien asumió la presidencia en 2020, dijo que el acuerdo era justo.")
    assert any(p == "official:luis-arce" and o == "state:BOL" and r == "president" for p, o, r in got)


def test_asumio_otra_cosa_no_es_cargo():
    assert not roles("Karim Haddad, quien asumió la responsabilidad del ataque, dijo que seguirá.")
