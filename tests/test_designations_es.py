"""Designaciones, rupturas y suministros entre actores (issue 3), en español: las construcciones
con que la prensa de varios países los cuenta. Cada oración está escrita para este archivo (no
copiada de ningún corpus), con negativos que no deben dar nada: planes, proyectos de ley y
evaluaciones no son actos; pedidos, negaciones y revocaciones nunca son positivos."""

import pytest

from tests.extracting import extract_text, positive_pairs


def _facts(text, pred, published="2025-03-10"):
    return positive_pairs(text, pred, language="es", published=published)


def _claims(text, pred, published="2025-03-10"):
    return [c for c in extract_text(text, language="es", published=published) if c.predicate == pred]


# -- designaciones ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,pairs", [
    # pasiva con "el Gobierno de"
    ("Los hutíes fueron declarados organización terrorista por el Gobierno de Argentina.", {("state:ARG", "group:houthis")}),
    ("El Tren de Aragua fue catalogado como organización terrorista el lunes por el Ejecutivo de Perú.",
     {("state:PER", "group:tren-de-aragua")}),
    # nominales con "por parte de", antes o después del designado
    ("La inclusión de Hezbolá en la lista de organizaciones terroristas por parte de Paraguay irritó a Teherán.",
     {("state:PRY", "group:hezbollah")}),
    ("La designación por parte de Estados Unidos del Cártel de los Soles como organización terrorista complica el diálogo.",
     {("state:USA", "group:cartel-de-los-soles")}),
    # relativa fechada sin tipo: la de un grupo armado es terrorista
    ("Hezbolá, al que Washington designó en 1997, niega cualquier participación.", {("state:USA", "group:hezbollah")}),
    # aposiciones
    ("Hamás, proscrito en el Reino Unido desde 2021, mantiene oficinas en Doha.", {("state:GBR", "group:hamas")}),
    ("El PKK, considerado terrorista en Turquía, negó el ataque.", {("state:TUR", "group:pkk")}),
    # verbo coordinado con el sujeto de la oración
    ("Chile siguió los pasos de Perú y declaró terrorista al Tren de Aragua.", {("state:CHL", "group:tren-de-aragua")}),
    # un organismo del Estado hallado en el texto designa por su Estado
    ("El Ministerio del Interior de Ecuador incluyó a Los Choneros y Los Lobos en la lista de grupos terroristas.",
     {("state:ECU", "group:los-choneros"), ("state:ECU", "group:los-lobos")}),    # la lista del Estado, nombrada después del grupo
    ("Desde 2019, Hezbolá integra la lista de organizaciones terroristas de Argentina.", {("state:ARG", "group:hezbollah")}),
    ("El Cártel de los Soles fue incluido por Washington en la lista de terroristas globales especialmente designados.",
     {("state:USA", "group:cartel-de-los-soles")}),
    # "La administración Trump" al comienzo de la oración es el Estado
    ("La administración Trump designó al Cártel de Sinaloa y al CJNG como organizaciones terroristas extranjeras.",
     {("state:USA", "group:sinaloa-cartel"), ("state:USA", "group:cjng")}),
])
def test_construcciones_de_designacion(text, pairs):
    assert pairs <= _facts(text, "DESIGNATED")


@pytest.mark.parametrize("text,pairs", [
    # "ambas bandas", "los dos grupos": los dos últimos grupos armados nombrados
    ("Noboa pidió a la UE incluir a Los Choneros y Los Lobos en su lista. Quito declaró a ambas bandas grupos "
     "terroristas en enero de 2024.", {("state:ECU", "group:los-choneros"), ("state:ECU", "group:los-lobos")}),
    # el clítico: el designado es el grupo antes nombrado; el actor que da nombre a la lista no lo es
    ("Washington designó al JNIM organización terrorista en 2018 y la ONU lo incluyó en su lista de sanciones "
     "contra Al Qaeda.", {("state:USA", "group:jnim"), ("group:un", "group:jnim")}),
    # cláusula antepuesta, raya, relativa del designador, "tanto ... como", lista con aposiciones
    ("Al designar a los hutíes como organización terrorista, Washington citó los ataques en el mar Rojo.",
     {("state:USA", "group:houthis")}),
    ("Hezbolá —designado como organización terrorista por Estados Unidos en 1997— niega las acusaciones.",
     {("state:USA", "group:hezbollah")}),
    ("Estados Unidos, que designó a Hezbolá en 1997, ofrece recompensas por sus financistas.", {("state:USA", "group:hezbollah")}),
    ("Tanto Estados Unidos como la Unión Europea consideran a Hamás una organización terrorista.",
     {("state:USA", "group:hamas"), ("group:eu", "group:hamas")}),
    ("El Departamento de Estado designó al Tren de Aragua, una banda venezolana, y a la MS-13, una pandilla "
     "salvadoreña, como organizaciones terroristas.", {("state:USA", "group:tren-de-aragua"), ("state:USA", "group:ms-13")}),
])
def test_designaciones_por_referencia_y_aposicion(text, pairs):
    assert pairs <= _facts(text, "DESIGNATED")


def test_la_lista_contra_un_actor_no_lo_designa():
    text = "Washington designó al JNIM organización terrorista en 2018 y la ONU lo incluyó en su lista de sanciones contra Al Qaeda."
    assert not any(o == "group:al-qaeda" for _, o in _facts(text, "DESIGNATED"))


def test_la_relativa_conserva_la_fecha_de_la_designacion():
    got = [c for c in _claims("Hezbolá, al que Washington designó en 1997, niega cualquier participación.", "DESIGNATED")
           if c.subject == "state:USA"]
    assert got and got[0].date == "1997"


@pytest.mark.parametrize("text", [
    "El gobierno de Chile evalúa declarar al Tren de Aragua como organización terrorista.",
    "Perú estudia incluir a Hezbolá en su lista de organizaciones terroristas.",
    "Washington pidió a Brasil designar al PCC como grupo terrorista.",
    "Colombia no ha designado al Clan del Golfo como grupo terrorista.",
    "Estados Unidos revocó la designación de los hutíes como organización terrorista.",
    "Brasil se negó a incluir a Hezbolá en su lista de grupos terroristas.",
    "La Unión Europea retiró a Hamás de su lista de organizaciones terroristas.",
    "¿Declarará Chile terrorista al Tren de Aragua?",
])
def test_planes_pedidos_negaciones_y_revocaciones_no_son_designaciones(text):
    assert not _facts(text, "DESIGNATED")


# -- rupturas ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,pairs", [
    ("Venezuela retiró a todo su personal diplomático de Argentina, Chile y Perú.",
     {("state:VEN", "state:ARG"), ("state:VEN", "state:CHL"), ("state:VEN", "state:PER")}),
    ("La decisión de Bolivia de romper relaciones con Israel fue celebrada por Hamás.", {("state:BOL", "state:ISR")}),
])
def test_construcciones_de_ruptura(text, pairs):
    assert pairs <= _facts(text, "SEVERED_TIES")


@pytest.mark.parametrize("text", [
    "Colombia evalúa romper relaciones con Israel.",
    "Honduras restableció relaciones con Taiwán.",
    "Guatemala descartó romper relaciones con Taiwán.",
    "Argentina llamó a consultas a su embajador en Venezuela.",
])
def test_planes_y_restablecimientos_no_son_rupturas(text):
    assert not _facts(text, "SEVERED_TIES")


# -- suministros ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,pair", [
    ("Los drones suministrados por Irán a Rusia atacaron Kiev.", ("state:IRN", "state:RUS")),
    ("Las armas enviadas por Estados Unidos a Ucrania incluyen cohetes.", ("state:USA", "state:UKR")),
    ("La entrega de tanques Leopard a Ucrania por parte de Alemania se retrasó.", ("state:DEU", "state:UKR")),
])
def test_construcciones_de_suministro(text, pair):
    assert pair in _facts(text, "SUPPLIED")


@pytest.mark.parametrize("text", [
    "Irán negó haber enviado misiles a Rusia.",
    "Ucrania pidió a Alemania enviar misiles Taurus.",
    "Alemania evalúa enviar misiles Taurus a Ucrania.",
])
def test_negaciones_pedidos_y_planes_no_son_suministros(text):
    assert not _facts(text, "SUPPLIED")


def test_la_oracion_inicial_de_sanciones_nombra_al_designador():
    text = ("BRUSELAS.– La Unión Europea sancionó ayer a quince altos cargos. Entre los sancionados "
            "figuran el Cártel de Sinaloa y el CJNG.")
    got = _facts(text, "DESIGNATED")
    assert ("group:eu", "group:sinaloa-cartel") in got
    assert not any(s == "state:BEL" for s, _ in got)


@pytest.mark.parametrize("text,pair", [
    ("Los misiles que Irán envió a Rusia tienen un alcance de 120 km.", ("state:IRN", "state:RUS")),
    ("Venezuela adquirió a Rusia aviones Sukhoi.", ("state:RUS", "state:VEN")),
    ("Estados Unidos ha entregado a Ucrania más de 60.000 millones de dólares en ayuda militar.", ("state:USA", "state:UKR")),
    ("Rusia vendió sistemas antiaéreos a Irán.", ("state:RUS", "state:IRN")),
])
def test_mas_construcciones_de_suministro(text, pair):
    assert pair in _facts(text, "SUPPLIED")


def test_un_suministro_pasivo_no_se_lee_al_reves():
    text = "Las fuerzas de Venezuela usan drones entregados por Teherán en 2020."
    assert ("state:VEN", "state:IRN") not in _facts(text, "SUPPLIED")
