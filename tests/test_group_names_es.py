"""Descubrimiento de organizaciones (loaders/group_names.py) y pertenencia de una a otra
(loaders/rules/es_groups.yaml), en español. Oraciones escritas para estas pruebas, con grupos
inventados; los negativos no deben dar nada."""

from tests.extracting import holds_roles as _holds_roles, positive_pairs
from tests.test_group_names_en import new_groups


def part_of(text):
    return positive_pairs(text, "PART_OF", language="es", published="2024-05-01")


def test_numbered_front_is_a_group():
    assert new_groups("La Fiscalía atribuyó el ataque al Frente 48 en el Putumayo.") == {"group:frente-48": "armed group"}


def test_head_words_the_older_reader_missed():
    got = new_groups("Según la Fiscalía, el Tren de Los Llanos controla el contrabando en la frontera.")
    assert "group:tren-de-los-llanos" in got
    got = new_groups("La Unidad Antinarcóticos incautó dos toneladas de cocaína.")
    assert "group:unidad-antinarcoticos" in got


def test_gang_name_keeps_its_article_after_a_category_apposition():
    got = new_groups("Los Halcones del Norte, una banda criminal que opera en Guayaquil, extorsiona a comerciantes.")
    assert got == {"group:los-halcones-del-norte": "cartel"}


def test_article_before_a_head_word_is_not_part_of_the_name():
    got = new_groups("Las Brigadas Rojas del Sur, una escisión del ELN, secuestraron a un ingeniero.")
    assert "group:brigadas-rojas-del-sur" in got


def test_person_in_apposition_is_not_a_group():
    assert new_groups("Carlos Ruiz, un cabecilla de la banda, fue capturado.") == {}
    assert new_groups("Ayer, una milicia atacó el pueblo.") == {}


def test_escision_de():
    got = part_of("Las Brigadas Rojas del Sur, una escisión del ELN, secuestraron a un ingeniero.")
    assert ("group:brigadas-rojas-del-sur", "group:eln") in got


def test_estructura_de():
    got = part_of("El ataque fue obra del Frente 48, una estructura del Estado Mayor Central.")
    assert ("group:frente-48", "group:estado-mayor-central") in got


def test_bajo_el_paraguas_de():
    got = part_of("El Frente Carolina Ramírez, que opera bajo el paraguas de la Segunda Marquetalia, controla la frontera.")
    assert ("group:frente-carolina-ramirez", "group:segunda-marquetalia") in got


def test_depende_de():
    got = part_of("La Unidad Antinarcóticos, que depende directamente del Ministerio del Interior, incautó la droga.")
    assert ("group:unidad-antinarcoticos", "group:ministerio-del-interior") in got


def test_part_of_negatives_es():
    assert part_of("¿Es el Frente 48 una estructura del Estado Mayor Central?") == set()
    assert not any(o == "group:eln" for _, o in part_of(
        "Las Brigadas Rojas negaron ser una escisión del ELN."))


def test_bandas_listed_after_a_category_noun():
    got = new_groups("Entre las bandas señaladas figuran Los Lobos, Los Tigres del Sur y Los Chone Boys.")
    assert {"group:los-tigres-del-sur", "group:los-chone-boys"} <= set(got)
    assert got["group:los-tigres-del-sur"] == "cartel"


def test_a_list_of_states_is_no_list_of_groups():
    assert new_groups("El decreto menciona a grupos de Ecuador, Colombia y Perú.") == {}


def test_acronym_conocido_como():
    got = new_groups("El Frente Patriótico del Norte, conocido como FPN, atacó la base. El FPN negó los hechos.")
    assert "group:frente-patriotico-del-norte" in got


def test_dependence_on_a_state_is_no_part():
    assert part_of("Hezbolá, que depende de Irán para sus armas, atacó el puesto.") == set()
    assert part_of("La milicia responde a Teherán, según fuentes israelíes.") == set()


def test_adscrito_a():
    got = part_of("La Unidad Antinarcóticos, adscrita a la Policía Nacional, incautó la droga.")
    assert ("group:unidad-antinarcoticos", "group:policia-nacional") in got


def test_organo_del_estado_por_su_gentilicio():
    got = part_of("La Dirección de Contrainteligencia Militar (DCM), el cuerpo de espionaje del Estado boliviano, "
                  "detuvo a tres oficiales.")
    assert any(o == "state:BOL" for _, o in got)


def test_gang_names_from_what_gangs_do():
    assert new_groups("Los Tiburones extorsionan a comerciantes en el puerto de Manta.") == {"group:los-tiburones": "cartel"}
    assert new_groups("La policía capturó a tres integrantes de Los Pumas del Sur en Durán.") == \
        {"group:los-pumas-del-sur": "cartel"}


def test_places_and_plain_articles_are_no_gangs():
    assert new_groups("Los Angeles controla el tráfico de la costa oeste.") == {}
    assert new_groups("Las autoridades detuvieron a dos sospechosos en Quito.") == {}


def test_es_el_brazo_armado_de():
    assert ("group:brigadas-rojas", "group:frente-patriotico-del-norte") in part_of(
        "Las Brigadas Rojas son el brazo armado del Frente Patriótico del Norte.")


def test_creo_como_su_brazo():
    assert ("group:brigadas-rojas-del-sur", "group:frente-patriotico") in part_of(
        "El Frente Patriótico creó a las Brigadas Rojas del Sur como su brazo armado en 2019.")


def test_una_de_las_facciones_que_integran():
    assert ("group:los-pumas-del-sur", "group:cartel-del-pacifico-sur") in part_of(
        "La policía detuvo a integrantes de Los Pumas del Sur. Los Pumas del Sur, una de las facciones que integran "
        "el Cártel del Pacífico Sur, controla el puerto.")


def test_copula_negativos():
    assert part_of("Las Brigadas Rojas no son el brazo armado del Frente Patriótico, según su líder.") == set()
    assert part_of("¿Son las Brigadas Rojas el brazo armado del Frente Patriótico?") == set()


def test_su_brazo_armado():
    assert ("group:brigadas-rojas-del-sur", "group:frente-patriotico") in part_of(
        "El Frente Patriótico controla a las Brigadas Rojas del Sur, su brazo armado.")
    assert part_of("Irán apoya a las Brigadas Rojas del Sur, su principal aliado.") == set()


# -- un cuerpo del Estado cuyo nombre dice su Estado: PART_OF ese Estado --------------------

def test_cuerpo_del_estado_con_el_estado_en_el_nombre():
    # donde el cuerpo actúa en la oración (aquí: apoyo recibido); lo suministrado a una fuerza del Estado va
    # al Estado (extract._forces_to_state) y el cuerpo, que ya no es extremo de nada, no da PART_OF
    assert part_of("Estados Unidos suministró drones a la Armada de México.") == set()
    assert ("group:ejercito-de-colombia", "state:COL") in part_of(
        "El Ejército de Colombia recibe apoyo de Estados Unidos, según el informe.")


def test_un_cuerpo_del_estado_solo_mencionado_no_da_part_of():
    assert part_of("El Ejército de Colombia informó que abatió a cinco disidentes en el Cauca.") == set()


def test_rebeldes_y_legislaturas_con_nombre_de_estado_no_son_del_estado():
    assert part_of("El Ejército Nacional de Liberación de Colombia negó el ataque contra el oleoducto.") == set()
    assert part_of("El Senado de Chile aprobó el tratado el martes.") == set()
    assert part_of("El Frente Patriótico de Bolivia convocó a una marcha.") == set()


# -- empresas en noticias de sanciones y financiación -----------------------------------------

def designated(text):
    return positive_pairs(text, "DESIGNATED", language="es", published="2024-05-01")


def test_forma_juridica_cierra_el_nombre_de_una_empresa():
    got = designated("Estados Unidos sancionó a dos empresas mexicanas, Comercializadora Pacífico S.A. de C.V. y "
                     "Transportes Norteños S.A. de C.V., por lavar dinero del Cártel de Sinaloa.")
    assert got == {("state:USA", "group:comercializadora-pacifico-s-a-de-c-v"),
                   ("state:USA", "group:transportes-nortenos-s-a-de-c-v")}


def test_sustantivo_de_empresa_antes_del_nombre():
    assert ("group:eu", "group:volga-dinamica") in designated(
        "La Unión Europea sancionó a la firma rusa Volga Dinámica por suministrar drones a Irán.")
    assert "group:divisas-del-norte" in new_groups(
        "Washington designó a la casa de cambio Divisas del Norte por mover fondos del Cártel del Golfo.")


def test_empresas_fuera_de_noticias_de_dinero_no_son_actores():
    assert new_groups("La empresa Telefónica abrió una oficina en Lima.") == {}
    assert designated("Estados Unidos no sancionó a la firma rusa Volga Dinámica, según el Tesoro.") == set()


# -- más formas de decir que una organización pertenece a otra --------------------------------

def test_opera_bajo_el_mando_de():
    assert part_of("El Batallón Leones Negros, que opera bajo el mando de las Fuerzas de Movilización Popular, "
                   "tomó el retén.") == {("group:batallon-leones-negros", "group:pmf")}


def test_escisiones():
    assert part_of("Las Brigadas Rojas se escindieron del Frente Patriótico del Norte en 2021.") == \
        {("group:brigadas-rojas", "group:frente-patriotico-del-norte")}
    assert ("group:brigada-nour", "group:hts") in part_of(
        "La Brigada Nour, surgida de una escisión de Hayat Tahrir al Sham, tomó la ciudad.")
    assert part_of("Las Brigadas Rojas no se escindieron del Frente Patriótico del Norte, según su vocero.") == set()


def test_se_sumo_a_la_coalicion():
    assert part_of("El Frente Ndolo se sumó a la coalición Viv Ansanm en marzo.") == {("group:frente-ndolo", "group:viv-ansanm")}
    assert part_of("El Frente Ndolo se sumó a Chad en la condena del ataque.") == set()


def test_unidad_de_un_cuerpo_con_nombre():
    assert part_of("El Bloque Sur del Frente Patriótico del Norte atacó un cuartel.") == \
        {("group:bloque-sur", "group:frente-patriotico-del-norte")}


def test_brazo_armado_sin_articulo():
    assert part_of("Los Pumas del Sur, brazo armado del Cártel del Pacífico Sur, controlan el puerto.") == \
        {("group:los-pumas-del-sur", "group:cartel-del-pacifico-sur")}


def test_fiscalia_general_es_un_organismo():
    assert holds_roles("El fiscal general de la Fiscalía General de la Nación, Luis Barreto, anunció la acusación.") == \
        {("official:luis-barreto", "group:fiscalia-general-de-la-nacion", "attorney general")}  # (keys17: the office English news calls attorney general)
    # un título ante un nombre sigue siendo una persona, no un organismo
    assert "group:general-pedro-rojas" not in new_groups("El general Pedro Rojas confirmó el combate en el Cauca.")


def holds_roles(text):
    return _holds_roles(text, language="es", published="2024-05-01")


def test_lo_que_nombra_una_designacion_terrorista_es_una_organizacion():
    assert designated("Perú incluyó a Los Injertos del Cono Norte en su lista de organizaciones terroristas.") == \
        {("state:PER", "group:los-injertos-del-cono-norte")}
    assert new_groups("Estados Unidos designó a Abdul Rahman Yusuf como terrorista global.") == {}


def test_miembro_de_la_coalicion():
    assert part_of("La banda Ndolo, integrante de la alianza Viv Ansanm, controla el barrio.") == {("group:ndolo", "group:viv-ansanm")}
    assert part_of("El Frente Ndolo, miembro de la coalición Viv Ansanm, atacó el puerto.") == \
        {("group:frente-ndolo", "group:viv-ansanm")}
    assert part_of("La banda Ndolo, rival de la alianza Viv Ansanm, controla el barrio.") == set()


def test_las_brigadas_de_un_grupo_en_lista():
    got = part_of("Las tres brigadas del Frente Patriótico del Norte, la Brigada Omar, la Brigada Jalid y la Brigada "
                  "Hamza, combatieron en Idlib.")
    assert got == {(f"group:brigada-{n}", "group:frente-patriotico-del-norte") for n in ("omar", "jalid", "hamza")}
    assert part_of("Los rivales del Frente Patriótico del Norte, la Brigada Omar y la Brigada Jalid, rechazaron el acuerdo.") == set()
