"""Acuerdos y firmantes leídos por construcción (loaders/agreements.py), en español.
Frases propias (otros actores, órdenes y nombres de acuerdo que los corpus), con negativos
que no deben dar nada: planes, negativas, borradores, negociaciones, retiradas."""

import pytest

from tests.extracting import extract_text, parties_by_agreement

PUB = "2024-05-10"


def _claims(text, pub=PUB):
    return [c for c in extract_text(text, language="es", published=pub) if c.polarity == "positive"
            and c.predicate in ("PARTY_TO", "SIGNED", "SIGNED_MOU_WITH")]


def _parties(text, pub=PUB):
    return {c.subject for c in _claims(text, pub) if c.predicate == "PARTY_TO"}


@pytest.mark.parametrize("text,parties", [
    ("Colombia y Ecuador renovaron en 2022 el convenio de cooperación militar.", {"state:COL", "state:ECU"}),
    ("Uruguay cerró el martes con Bolivia un acuerdo energético.", {"state:URY", "state:BOL"}),
    ("Panamá, por su parte, ratificó en enero el tratado de extradición con Costa Rica.", {"state:PAN", "state:CRI"}),
    ("Honduras selló ayer con El Salvador una carta de intención sobre seguridad fronteriza.", {"state:HND", "state:SLV"}),
])
def test_verbos_y_nombres_de_acuerdo_que_las_reglas_no_recogen(text, parties):
    assert _parties(text) == parties


def test_un_participio_fecha_un_acuerdo_pasado():
    claims = _claims("Paraguay y Brasil siguen obligados por un tratado firmado en 1973.")
    assert {(c.subject, c.date) for c in claims if c.predicate == "PARTY_TO"} == {("state:PRY", "1973"), ("state:BRA", "1973")}


def test_la_fecha_es_la_de_la_firma():
    claims = _claims("Uruguay cerró el martes con Bolivia un acuerdo energético, informó el viernes la cancillería.")
    assert {c.date for c in claims if c.predicate == "PARTY_TO"} == {"2024-05-07"}


def test_un_memorando_entre_estados_es_signed_mou_with():
    claims = _claims("Guatemala, por su parte, suscribió en marzo con Belice un memorando de entendimiento.")
    assert {(c.subject, c.object) for c in claims if c.predicate == "SIGNED_MOU_WITH"} in (
        {("state:GTM", "state:BLZ")}, {("state:BLZ", "state:GTM")})


@pytest.mark.parametrize("text", [
    "Uruguay podría cerrar con Bolivia un acuerdo energético en junio.",
    "Uruguay se negó a renovar el convenio con Bolivia.",
    "Uruguay se retiró del tratado con Bolivia en 2023.",
    "Uruguay y Bolivia negocian un borrador de acuerdo energético.",
    "Uruguay va a ratificar el tratado con Bolivia.",
    "Si Uruguay cerrara con Bolivia un acuerdo energético, Chile lo lamentaría.",
    "¿Cerró Uruguay con Bolivia un acuerdo energético?",
    "Bolivia pidió a Uruguay que ratificara el tratado de extradición.",
    "Panamá ratificó una ley que critica el tratado con Costa Rica.",
])
def test_planes_negativas_borradores_y_retiradas_no_dan_partes(text):
    assert _parties(text) == set()


@pytest.mark.parametrize("text,party,name", [
    # (names loaders/data/agreements.yaml knows: that agreement's id, in whichever language the text names it)
    ("Chile ratificó el Acuerdo de Escazú en mayo de 2022.", "state:CHL", "agreement:escazu-agreement"),
    ("Perú se adhirió al Tratado de Tlatelolco el martes.", "state:PER", "agreement:treaty-of-tlatelolco"),
])
def test_una_parte_se_adhiere_a_un_acuerdo_con_nombre(text, party, name):
    assert {(c.subject, c.object) for c in _claims(text) if c.predicate == "PARTY_TO"} == {(party, name)}


@pytest.mark.parametrize("text", [
    "México se retiró del Tratado de Tlatelolco en 2023.",
    "Argentina podría adherirse al Acuerdo de Escazú.",
    "Bolivia no ha ratificado el Acuerdo de Escazú.",
])
def test_salir_o_quizá_adherirse_no_da_partes(text):
    assert _parties(text) == set()


# -- acuerdos nombrados sin verbo de firma: "el pacto de 2019 entre A y B" ----------------------

@pytest.mark.parametrize("text,parties,year", [
    ("El pacto de defensa de 2019 entre Kenia y Somalia permite patrullas conjuntas.", {"state:KEN", "state:SOM"}, "2019"),
    ("Según el acuerdo de 2018 entre Ghana y Togo, las patrullas son conjuntas.", {"state:GHA", "state:TGO"}, "2018"),
    ("En el marco del convenio de 2015 entre Chile y Perú, ambos países comparten datos.", {"state:CHL", "state:PER"}, "2015"),
    ("El tratado firmado en 2001 entre Perú y Chile sigue vigente.", {"state:PER", "state:CHL"}, "2001"),
])
def test_un_acuerdo_nombrado_da_sus_partes_y_su_año(text, parties, year):
    claims = [c for c in _claims(text) if c.predicate == "PARTY_TO"]
    assert {c.subject for c in claims} == parties
    assert {c.date for c in claims} == {year}


@pytest.mark.parametrize("text", [
    "Un acuerdo entre Kenia y Somalia sigue siendo esquivo.",
    "Las negociaciones sobre el pacto de 2019 entre Kenia y Somalia se estancaron.",
    "El ministro chileno dijo que el convenio de 2015 entre Chile y Perú no existe.",
    "¿Sigue vigente el pacto de 2019 entre Kenia y Somalia?",
])
def test_referencias_que_son_planes_o_negaciones_no_dan_partes(text):
    assert _parties(text) == set()


# -- un ministro firma por su Estado; el homólogo se nombra por su gentilicio -------------------

def test_el_homologo_por_su_gentilicio():
    claims = _claims("El ministro keniano Aden Duale firmó el lunes con su homólogo somalí un pacto de seguridad.")
    assert {c.subject for c in claims if c.predicate == "PARTY_TO"} == {"state:KEN", "state:SOM"}
    assert {c.subject for c in claims if c.predicate == "SIGNED"} == {"official:aden-duale"}


def test_dos_firmantes_con_sus_cargos_en_aposicion():
    claims = _claims("El canciller ghanés, Kojo Mensah, y la ministra delegada togolesa encargada de Cooperación, "
                     "Afi Dogbe, firmaron ayer en Lomé un acuerdo fronterizo.")
    assert {c.subject for c in claims if c.predicate == "PARTY_TO"} == {"state:GHA", "state:TGO"}
    assert {c.subject for c in claims if c.predicate == "SIGNED"} == {"official:kojo-mensah", "official:afi-dogbe"}


def test_firmado_en_un_lugar_por_los_ministros_de_ambos_paises():
    claims = _claims("Lima firmó en marzo con Quito un convenio de cooperación policial. El convenio fue rubricado en "
                     "Quito por los ministros del Interior de ambos países, Gustavo Meza y Rosa Quispe.")
    agr = {c.object for c in claims if c.predicate == "PARTY_TO"}
    assert len(agr) == 1
    assert {(c.subject, c.object) for c in claims if c.predicate == "SIGNED"} == {
        ("official:gustavo-meza", *agr), ("official:rosa-quispe", *agr)}


# -- lo firmado debe ser el acuerdo; una firma por venir es a lo sumo especulativa ---------------

@pytest.mark.parametrize("text", [
    "Ghana y Togo firmaron una carta que critica el acuerdo con Benín.",
    "Chile y Perú firmaron una declaración contra el tratado con Bolivia.",
    "Chile y Perú firmaron la petición que rechaza el pacto con Bolivia.",
])
def test_una_carta_sobre_un_acuerdo_no_es_el_acuerdo(text):
    assert [c for c in extract_text(text, language="es", published=PUB)
            if c.predicate in ("PARTY_TO", "SIGNED", "SIGNED_MOU_WITH")] == []


@pytest.mark.parametrize("text", [
    "Chile y Perú podrían firmar un acuerdo de pesca en junio.",
    "Se espera que Chile y Perú firmen un acuerdo la próxima semana.",
    "Chile y Perú firmarán un memorando de entendimiento el viernes.",
])
def test_una_firma_por_venir_nunca_es_afirmada(text):
    assert {c.modality.value for c in _claims(text)} <= {"speculative"}


# -- "A y B firmaron acuerdos con C": cada uno con C ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Bolivia y Venezuela firmaron acuerdos de defensa con Irán en 2023.",
    "Nicaragua y Cuba suscribieron memorandos con Rusia el año pasado.",
    "Paraguay y Uruguay suscribieron convenios de cooperación con Japón en marzo.",
])
def test_una_lista_que_firma_acuerdos_con_un_socio_firma_uno_cada_uno(text):
    claims = _claims(text)
    by_agr = parties_by_agreement(claims)
    assert len(by_agr) == 2 and all(len(v) == 2 for v in by_agr.values())
    assert len(set.intersection(*by_agr.values())) == 1


def test_una_lista_que_firma_un_acuerdo_con_un_socio_hace_uno_de_tres():
    claims = _claims("Chile y Perú firmaron el lunes un acuerdo pesquero conjunto con Ecuador.")
    assert len({c.object for c in claims if c.predicate == "PARTY_TO"}) == 1
    assert {c.subject for c in claims if c.predicate == "PARTY_TO"} == {"state:CHL", "state:PER", "state:ECU"}


# -- titulares, treguas, ser parte, el Senado que ratifica --------------------------------------

@pytest.mark.parametrize("text,parties", [
    ("Israel y Hamás acordaron un alto el fuego el domingo.", {"state:ISR", "group:hamas"}),
    ("Chile es Estado parte del Acuerdo de Escazú desde 2022.", {"state:CHL"}),
    ("El Senado de México ratificó el martes el acuerdo comercial con la Unión Europea.", {"state:MEX", "group:eu"}),
])
def test_otras_formas_de_ser_parte(text, parties):
    assert _parties(text) == parties


@pytest.mark.parametrize("text", [
    "Chile no es parte del Acuerdo de Escazú.",
    "Hamás aceptó una propuesta de alto el fuego con Israel.",
    "Israel y Hamás acordaron negociar un alto el fuego.",
])
def test_propuestas_y_negaciones_no_dan_partes(text):
    assert _parties(text) == set()


@pytest.mark.parametrize("text,parties", [
    ("Kenia y Etiopía formalizaron el lunes un acuerdo de comercio eléctrico.", {"state:KEN", "state:ETH"}),
    ("Kenia oficializó con Etiopía un acuerdo energético.", {"state:KEN", "state:ETH"}),
    ("El acuerdo alcanzado por Israel y Hamás en enero duró seis semanas.", {"state:ISR", "group:hamas"}),
])
def test_acuerdos_alcanzados_o_formalizados(text, parties):
    assert _parties(text) == parties


def test_un_tratado_no_es_un_memorando():
    claims = _claims("Paraguay y Bolivia firmaron el lunes un tratado de límites.")
    assert {c.subject for c in claims if c.predicate == "PARTY_TO"} == {"state:PRY", "state:BOL"}
    assert not [c for c in claims if c.predicate == "SIGNED_MOU_WITH"]


@pytest.mark.parametrize("text", [
    "Kenia y Etiopía firmaron un acuerdo energético el lunes. Lo firmaron Ana Lucía Ferreyra, por Kenia, y Mateo "
    "Quispe, por Etiopía.",
    "Kenia y Etiopía firmaron un acuerdo energético el lunes. Los ministros Ana Lucía Ferreyra y Mateo Quispe lo "
    "rubricaron en Nairobi.",
])
def test_quienes_lo_firmaron_firman_el_acuerdo_recien_leido(text):
    claims = _claims(text)
    agr = {c.object for c in claims if c.predicate == "PARTY_TO"}
    assert {(c.subject, c.object) for c in claims if c.predicate == "SIGNED"} == {
        ("official:ana-lucia-ferreyra", *agr), ("official:mateo-quispe", *agr)}
