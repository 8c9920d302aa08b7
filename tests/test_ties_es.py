"""Vínculos, presiones y militancia en español (issue 3): frases escritas para estas pruebas
al estilo de agencias y diarios de varios países, no tomadas de ningún corpus; cada mecanismo
tiene positivos y negativos que no deben dar nada."""

import pytest

from tests.extracting import extract_text, positive_pairs


def _claims(text, pred):
    return [c for c in extract_text(text, language="es", published="2024-05-01") if c.predicate == pred]


def _pairs(text, pred):
    return positive_pairs(text, pred, language="es", published="2024-05-01")


def _tied(text, a, b):
    got = _pairs(text, "ALLEGED_TIES")
    return (a, b) in got or (b, a) in got


# -- verbos de respaldo coordinados ---------------------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Irán financia, arma y entrena a Hezbolá.", "state:IRN", "group:hezbollah"),
    ("Según la inteligencia israelí, Teherán ha financiado y armado a los hutíes.", "state:IRN", "group:houthis"),
    ("Venezuela protege y alberga a los comandantes del ELN, denunció Bogotá.", "state:VEN", "group:eln"),
])
def test_verbos_coordinados_dan_vinculo(text, a, b):
    assert _tied(text, a, b)


@pytest.mark.parametrize("text", [
    "Chile apoyó a Perú en la votación.",
    "Brasil apoya a Argentina en su candidatura al Consejo.",
    "¿Financia Irán a los hutíes?",
])
def test_apoyo_a_un_voto_o_pregunta_no_es_vinculo(text):
    assert _pairs(text, "ALLEGED_TIES") == set()


def test_negacion_da_negativo():
    claims = _claims("Irán nunca ha financiado ni armado a los hutíes, dijo su canciller.", "ALLEGED_TIES")
    assert not any(c.polarity == "positive" for c in claims)


def test_dejar_de_albergar_no_es_vinculo_vigente():
    assert _pairs("Catar dejó de albergar a los dirigentes de Hamás.", "ALLEGED_TIES") == set()


# -- el acusado de una acusación -----------------------------------------------------------

def test_acusa_a_x_de_dar_refugio():
    claims = [c for c in _claims("Washington acusa a Venezuela de dar refugio a comandantes del ELN.", "ALLEGED_TIES")
              if c.polarity == "positive"]
    assert {(c.subject, c.object) for c in claims} == {("state:VEN", "group:eln")}
    assert {c.modality.value for c in claims} == {"alleged"}


def test_es_acusado_de_financiar():
    assert _tied("El Cártel de Sinaloa es acusado por la DEA de financiar al Tren de Aragua.",
                 "group:sinaloa-cartel", "group:tren-de-aragua")


# -- vínculos con un gobierno ------------------------------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("El ELN mantiene vínculos con el gobierno venezolano.", "group:eln", "state:VEN"),
    ("Los nexos del ELN con el gobierno de Venezuela son conocidos.", "group:eln", "state:VEN"),
    ("El grupo Wagner es cercano a la junta militar de Malí.", "group:wagner-group", "state:MLI"),
    ("Hezbolá actúa en nombre de Irán en el Líbano, según el informe.", "group:hezbollah", "state:IRN"),
])
def test_vinculos_con_un_gobierno(text, a, b):
    assert _tied(text, a, b)


def test_cerca_de_un_pais_no_es_vinculo():
    assert _pairs("Venezuela está cerca de Colombia.", "ALLEGED_TIES") == set()


# -- presiones -----------------------------------------------------------------------------------

def _urged(text):
    return {(c.subject, c.object, c.props.get("action")) for c in _claims(text, "URGED") if c.polarity == "positive"}


def test_bajo_presion_de_lee_quien_presiona():
    assert _urged("Alemania está bajo presión de Israel para ilegalizar a Hezbolá.") == {
        ("state:ISR", "state:DEU", "designate")}


def test_el_destinatario_no_se_salta_un_sustantivo_que_no_es_actor():
    # "instó al Consejo a incluir a la Guardia": el Consejo es el destinatario, no la Guardia
    got = _urged("El Parlamento Europeo instó al Consejo a incluir a la Guardia Revolucionaria en la lista.")
    assert not any(o == "group:irgc" for _, o, _ in got)


def test_un_participio_del_objeto_no_es_otra_accion():
    assert _urged("Brasil hizo un llamado a Argentina para que libere a los pilotos detenidos.") == {
        ("state:BRA", "state:ARG", "release")}


@pytest.mark.parametrize("text, action", [
    ("China instó a Paraguay a cambiar su reconocimiento de Taiwán a Pekín.", "recognize"),
    ("Alemania pidió a Hungría que levante su veto a las sanciones.", "lift"),
    ("Washington pidió a Caracas que eche a los guerrilleros del ELN.", "expel"),
    ("Estados Unidos exigió a México que frene el tráfico de fentanilo.", "halt"),
])
def test_la_accion_es_el_verbo_pedido(text, action):
    assert {a for _, _, a in _urged(text)} == {action}


def test_pregunta_y_negacion_no_son_pedido():
    assert _urged("¿Pidió Washington a Brasil que designe a Hezbolá?") == set()
    assert _urged("Estados Unidos no pidió a Ecuador que expulse a nadie.") == set()


# -- militancia ------------------------------------------------------------------------------------

def test_ingreso_en_las_filas_de():
    got = _pairs("Pablo Beltrán ingresó en las filas del ELN en los años setenta.", "MEMBER_OF")
    assert got and all(o == "group:eln" for _, o in got)


def test_fue_combatiente_sin_articulo():
    got = _pairs("Walid Haddad fue combatiente de Hezbolá durante diez años, dijo la fiscalía.", "MEMBER_OF")
    assert got and all(o == "group:hezbollah" for _, o in got)


def test_nunca_fue_guerrillero_no_da_militancia():
    assert _pairs("Iván Cepeda nunca fue guerrillero del ELN, aclaró su oficina.", "MEMBER_OF") == set()


# -- el respaldado primero, antepuestos, "y sus aliados" ----------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Hezbolá, al que Irán financia y arma, lanzó cohetes.", "state:IRN", "group:hezbollah"),
    ("Respaldados por Irán, los hutíes atacaron buques en el mar Rojo.", "state:IRN", "group:houthis"),
    ("Con el apoyo de Irán, Hamás construyó una red de túneles.", "state:IRN", "group:hamas"),
    ("Irán y sus aliados Hezbolá y los hutíes rechazaron el plan.", "state:IRN", "group:hezbollah"),
    ("Venezuela tolera la presencia del ELN en su territorio.", "state:VEN", "group:eln"),
    ("Rusia e Irán han forjado una estrecha alianza militar.", "state:RUS", "state:IRN"),
    ("Assad Barakat, financista de Hezbolá, fue detenido en Brasil.", "official:assad-barakat", "group:hezbollah"),
])
def test_mas_formas_de_vinculo(text, a, b):
    assert _tied(text, a, b)


@pytest.mark.parametrize("text", [
    "Con la ayuda de Catar, Israel y Hamás acordaron una tregua.",
    "Venezuela no tolera la presencia del ELN, dijo su canciller.",
])
def test_mediacion_y_negacion_no_dan_vinculo(text):
    assert _pairs(text, "ALLEGED_TIES") == set()


def test_prohibir_una_organizacion_es_designarla():
    assert {a for _, _, a in _urged("Israel pidió a Alemania que prohíba a Hezbolá.")} == {"designate"}
    assert {a for _, _, a in _urged("Estados Unidos pidió a Honduras que mantenga su reconocimiento a Taiwán.")} == {
        "recognize"}


def test_insiste_ante_y_dejar_de():
    assert _urged("Washington insiste ante Catar en que expulse a los líderes de Hamás.") == {
        ("state:USA", "state:QAT", "expel")}
    assert _urged("La Unión Europea reclamó a Irán que deje de armar a Rusia.") == {("group:eu", "state:IRN", "halt")}


@pytest.mark.parametrize("text, a, b", [
    ("Los líderes de Hamás viven en Catar desde 2012.", "group:hamas", "state:QAT"),
    ("Hezbolá tiene una fuerte presencia en Venezuela, según el informe.", "group:hezbollah", "state:VEN"),
    ("Asesores cubanos trabajan dentro de los servicios de inteligencia de Venezuela.", "state:CUB", "state:VEN"),
    ("El ELN goza de protección venezolana.", "state:VEN", "group:eln"),
])
def test_presencia_y_asesores(text, a, b):
    assert _tied(text, a, b)


def test_no_viven_es_negativo():
    assert _pairs("Los líderes de Hamás no viven en Turquía.", "ALLEGED_TIES") == set()


def test_el_pedido_termina_en_la_relativa_y_congelar_activos_es_sancion():
    assert {a for _, _, a in _urged("Washington pidió a México que extradite a los capos, a quienes el Tesoro "
                                     "designó como terroristas.")} == {"extradite"}
    assert {a for _, _, a in _urged("EEUU pidió a Panamá que congele los activos del Cártel de los Soles.")} == {
        "sanction"}


def test_debe_y_solicitud_enviada():
    assert _urged("Washington le advirtió a Caracas que debe liberar a los estadounidenses.") == {
        ("state:USA", "state:VEN", "release")}
    assert _urged("Perú envió a Bolivia una solicitud de extradición de los sospechosos.") == {
        ("state:PER", "state:BOL", "extradite")}
    assert _urged("Washington dijo a Caracas que está dispuesto a dialogar.") == set()
