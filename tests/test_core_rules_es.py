"""Relaciones centrales en redacciones no vistas, español (loaders/rules/es_core.yaml,
issue 3). Frases propias, una familia de construcción por test, con negativos: un pedido
no es un acto, las negaciones y preguntas no dan nada positivo."""

import pytest

from tests.extracting import extract_text


def _facts(text, pred, published="2024-05-01"):
    return {(c.subject, c.object) for c in extract_text(text, language="es", published=published)
            if c.predicate == pred and c.polarity == "positive"}


# -- DESIGNATED: ilegalización, prohibición, inclusión en pasiva ------------------------------

@pytest.mark.parametrize("text,pair", [
    ("Hezbolá fue ilegalizado por Alemania en 2020.", ("state:DEU", "group:hezbollah")),
    ("Los hutíes, que fueron proscritos por el Reino Unido, lo negaron.", ("state:GBR", "group:houthis")),
    ("Hezbolá está prohibido en Alemania desde 2020.", ("state:DEU", "group:hezbollah")),
    ("Alemania prohibió todas las actividades de Hezbolá en su territorio por considerarlo una organización terrorista.",
     ("state:DEU", "group:hezbollah")),
    ("Argentina ilegalizó a Hamás tras el atentado y lo calificó de grupo terrorista.", ("state:ARG", "group:hamas")),
    ("Hamás fue incluido en la lista terrorista por parte de Paraguay en 2019.", ("state:PRY", "group:hamas")),
])
def test_ilegalizacion_y_prohibicion(text, pair):
    assert _facts(text, "DESIGNATED") == {pair}


@pytest.mark.parametrize("text", [
    "Alemania prohibió las banderas de Hezbolá en la marcha por propaganda terrorista.",
    "Alemania no ha ilegalizado a Hezbolá, al que Israel llama grupo terrorista.",
    "Israel pidió a Alemania que prohíba todas las actividades de Hezbolá como organización terrorista.",
    "¿Prohibirá Alemania todas las actividades de Hezbolá?",
])
def test_prohibiciones_negativas(text):
    assert _facts(text, "DESIGNATED") == set()


# -- URGED: pedir que no ----------------------------------------------------------------------

@pytest.mark.parametrize("text,pair", [
    ("Australia instó a Honiara a no firmar el pacto con Pekín.", ("state:AUS", "state:SLB")),
    ("Washington pidió al Gobierno de Panamá no renovar la concesión.", ("state:USA", "state:PAN")),
    ("Kenia hizo un llamado a Estados Unidos para que libere los fondos.", ("state:KEN", "state:USA")),
])
def test_pedidos_de_abstenerse_y_llamados(text, pair):
    assert _facts(text, "URGED") == {pair}


def test_pedido_de_no_romper_no_es_ruptura():
    text = "Washington pidió a Honduras no romper relaciones diplomáticas con Taiwán."
    assert _facts(text, "URGED") == {("state:USA", "state:HND")}
    assert _facts(text, "SEVERED_TIES") == set()


@pytest.mark.parametrize("text", [
    "Australia no instó a Honiara a no firmar el pacto.",
    "¿Instó Australia a Honiara a no firmar el pacto?",
])
def test_pedidos_negados_o_preguntados(text):
    assert _facts(text, "URGED") == set()


# -- SEVERED_TIES -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,pair", [
    ("Colombia suspendió las relaciones diplomáticas y comerciales con Israel.", ("state:COL", "state:ISR")),
    ("Las Islas Salomón cambiaron su reconocimiento diplomático de Taipéi a Pekín en 2019.", ("state:SLB", "state:TWN")),
    ("Nicaragua retiró su reconocimiento a Taiwán en diciembre.", ("state:NIC", "state:TWN")),
    ("Honduras dejó de reconocer a Taiwán en marzo.", ("state:HND", "state:TWN")),
    ("Nicaragua rompió con Taiwán en 2021.", ("state:NIC", "state:TWN")),
    ("Bolivia e Israel rompieron relaciones en 2023.", ("state:BOL", "state:ISR")),
    ("Las relaciones diplomáticas entre Bolivia e Israel fueron rotas en octubre.", ("state:BOL", "state:ISR")),
    ("Colombia puso fin a las relaciones diplomáticas con Israel.", ("state:COL", "state:ISR")),
])
def test_familias_de_ruptura(text, pair):
    assert _facts(text, "SEVERED_TIES") == {pair}


@pytest.mark.parametrize("text", [
    "Belice descartó retirar su reconocimiento a Taiwán.",
    "Colombia no ha suspendido las relaciones diplomáticas y comerciales con Israel.",
    "¿Romperá Honduras con Taiwán?",
    "Paraguay rompió con la tradición en 2021.",
])
def test_rupturas_negativas(text):
    assert _facts(text, "SEVERED_TIES") == set()


# -- ALLEGED_TIES --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,pair", [
    ("Venezuela ofrece refugio a los comandantes del ELN.", ("state:VEN", "group:eln")),
    ("Catar acoge a la oficina política de Hamás desde 2012.", ("state:QAT", "group:hamas")),
    ("Irán alberga a dirigentes de Al Qaeda.", ("state:IRN", "group:al-qaeda")),
    ("El ELN actúa en connivencia con Venezuela, según Bogotá.", ("group:eln", "state:VEN")),
    ("Hezbolá es un instrumento de Irán en el Líbano.", ("group:hezbollah", "state:IRN")),
])
def test_familias_de_vinculos(text, pair):
    got = _facts(text, "ALLEGED_TIES")
    assert pair in got or pair[::-1] in got


def test_acordaron_restablecer_relaciones():
    got = _facts("Arabia Saudí e Irán acordaron restablecer sus relaciones diplomáticas.", "ALLEGED_TIES")
    assert got in ({("state:SAU", "state:IRN")}, {("state:IRN", "state:SAU")})


def test_con_el_respaldo_de():
    got = _facts("Los hutíes, con el respaldo de Irán, lanzaron misiles contra buques.", "ALLEGED_TIES")
    assert got == {("state:IRN", "group:houthis")}


@pytest.mark.parametrize("text", [
    "España, con el apoyo de Francia, propuso una resolución.",
    "Catar niega acoger a la oficina política de Hamás.",
    "¿Ofrece Venezuela refugio a los comandantes del ELN?",
    "Arabia Saudí e Irán no acordaron restablecer sus relaciones diplomáticas.",
])
def test_vinculos_negativos(text):
    assert _facts(text, "ALLEGED_TIES") == set()


# -- vínculos: padrinos en aposición, acusaciones, despliegues -----------------------------------

def test_valedores_en_aposicion():
    text = "Catar y Turquía, los principales valedores del nuevo Gobierno de Damasco, recibieron al enviado."
    assert _facts(text, "ALLEGED_TIES") == {("state:QAT", "state:SYR"), ("state:TUR", "state:SYR")}


def test_acusa_de_apoyar_a_un_grupo_descrito():
    got = {(c.subject, c.object) for c in extract_text(
        "Bamako acusa además a Ucrania de apoyar a los rebeldes tuaregs de Hamás.", language="es",
        published="2024-05-01") if c.predicate == "ALLEGED_TIES" and c.polarity == "positive"}
    assert got == {("state:UKR", "group:hamas")}


def test_rebeldes_en_un_lugar_no_son_vinculo_con_el_lugar():
    assert _facts("Kinshasa acusa a Ruanda de apoyar a los rebeldes en el Congo.", "ALLEGED_TIES") == set()


def test_grupo_armado_desplegado_en_un_estado():
    assert ("group:hezbollah", "state:SYR") in _facts("Hezbolá mantiene cientos de combatientes en Siria.",
                                                      "ALLEGED_TIES")


def test_tropas_de_un_estado_en_otro_no_son_vinculo():
    assert _facts("Rusia mantiene miles de soldados en Ucrania.", "ALLEGED_TIES") == set()


def test_entrena_a_soldados_de_un_estado():
    got = _facts("Irán entrena a soldados de Rusia en el manejo de drones.", "ALLEGED_TIES")
    assert got == {("state:IRN", "state:RUS")}


# -- DESIGNATED de tipo "sanctions" (grupos y personas) y vetos ----------------------------------

def _designaciones(text):
    return {(c.subject, c.object, c.props.get("designation")) for c in extract_text(
        text, language="es", published="2024-05-01") if c.predicate == "DESIGNATED" and c.polarity == "positive"}


@pytest.mark.parametrize("text,fact", [
    ("El Reino Unido impuso nuevas sanciones a Hamás el martes.", ("state:GBR", "group:hamas", "sanctions")),
    ("Estados Unidos sancionó a Kataib Hezbolá en 2020.", ("state:USA", "group:kataib-hezbollah", "sanctions")),
    ("Kataib Hezbolá fue sancionado por el Reino Unido en 2021.", ("state:GBR", "group:kataib-hezbollah", "sanctions")),
])
def test_sanciones_a_un_grupo(text, fact):
    assert _designaciones(text) == {fact}


@pytest.mark.parametrize("text", [
    "Estados Unidos sancionó a Irán el lunes.",
    "Estados Unidos levantó las sanciones contra Hamás.",
    "Estados Unidos no ha sancionado a Hezbolá.",
    "Washington pidió al Reino Unido que sancione a Hamás.",
    "Estados Unidos revocó la designación de los hutíes como organización terrorista.",
])
def test_sin_designacion_por_sanciones(text):
    assert _designaciones(text) == set()


# -- más verbos de las mismas familias ---------------------------------------------------------

@pytest.mark.parametrize("text,pair", [
    ("Ecuador exhortó a Venezuela a liberar a los detenidos.", ("state:ECU", "state:VEN")),
    ("Estados Unidos conminó al Gobierno de Nicaragua a liberar a los presos.", ("state:USA", "state:NIC")),
    ("Estados Unidos llamó a Irán a dejar de armar a los hutíes.", ("state:USA", "state:IRN")),
])
def test_exhorto_conmino_llamo(text, pair):
    assert _facts(text, "URGED") == {pair}


def test_exhorto_preguntado_no_da_nada():
    assert _facts("¿Exhortó Ecuador a Venezuela a liberar a los detenidos?", "URGED") == set()


def test_depende_de_un_padrino():
    assert _facts("Los hutíes dependen en gran medida de Irán para las armas y el dinero.", "ALLEGED_TIES") == {
        ("state:IRN", "group:houthis")}
    assert _facts("Los hutíes ya no dependen de Irán para las armas.", "ALLEGED_TIES") == set()


def test_se_sumo_al_designar():
    got = _facts("Paraguay se sumó a Argentina al declarar a Hamás organización terrorista.", "DESIGNATED")
    assert got == {("state:PRY", "group:hamas"), ("state:ARG", "group:hamas")}
