"""Relations between actors the extractor already finds (issue 3), in Spanish: designations stated
without their author or named by their instrument, threats, relative clauses with their own
negation, troop deployments, ties, requests, severances and supplies. Every sentence is written for
this file (not copied from any corpus), with negatives that must give nothing: requests are not
acts, denials are never positive, questions and hypotheticals give nothing, non-actors are rejected."""

import pytest

from tests.extracting import extract_text, positive_pairs


def _claims(text, published="2024-05-01"):
    return extract_text(text, language="es", published=published)


def _facts(text, pred, published="2024-05-01"):
    return positive_pairs(text, pred, language="es", published=published)


def _all(text, pred):
    return [c for c in _claims(text) if c.predicate == pred]


# -- una designación sin su autor: el designador del documento ------------------------------

@pytest.mark.parametrize("text,designator,groups", [
    ("Chile declaró organización terrorista a Hezbolá en marzo. Hamás también fue declarada "
     "organización terrorista.", "state:CHL", {"group:hamas"}),
    ("Uruguay incluyó a Hezbolá en su lista de organizaciones terroristas. Los hutíes y Hamás fueron "
     "incluidos en la lista de organizaciones terroristas.", "state:URY", {"group:houthis", "group:hamas"}),
    ("LIMA.— Sendero Luminoso fue catalogado como organización terrorista el lunes. El Gobierno "
     "defendió la medida.", "state:PER", {"group:sendero-luminoso"}),
])
def test_una_designacion_sin_autor_es_del_designador_del_documento(text, designator, groups):
    got = {o for s, o in _facts(text, "DESIGNATED") if s == designator}
    assert groups <= got


@pytest.mark.parametrize("text", [
    "Chile declaró organización terrorista a Hezbolá en 2024. Hamás fue declarada organización terrorista en 1997.",
    "Chile declaró organización terrorista a Hezbolá. Hamás no fue declarada organización terrorista.",
    "Chile declaró organización terrorista a Hezbolá. ¿Fue Hamás declarada organización terrorista?",
    "Chile declaró organización terrorista a Hezbolá. Si Hamás fuera declarada organización terrorista, "
    "el diálogo terminaría.",
    "Hamás fue declarada organización terrorista por Estados Unidos.",
])
def test_sin_designacion_ajena_negada_preguntada_o_supuesta(text):
    assert "state:CHL" not in {s for s, o in _facts(text, "DESIGNATED") if o == "group:hamas"}
    assert not [c for c in _all(text, "DESIGNATED") if c.object == "group:hamas" and c.polarity == "positive"
                and c.subject != "state:USA"]


@pytest.mark.parametrize("text", [
    "BOGOTÁ.— El Gobierno consideró terroristas a las bandas armadas. Entre los grupos señalados en el "
    "decreto figuran el ELN y el Clan del Golfo.",
    "BOGOTÁ.— Colombia endureció su lucha antiterrorista. El decreto incluye al ELN y al Clan del Golfo.",
])
def test_los_grupos_de_un_decreto_antiterrorista_los_designa_su_estado(text):
    got = [c for c in _all(text, "DESIGNATED") if (c.subject, c.object) == ("state:COL", "group:eln")]
    assert got and all(c.polarity == "positive" and c.modality == "asserted" for c in got)


def test_un_decreto_sin_terrorismo_no_designa():
    text = "BOGOTÁ.— El Gobierno declaró la emergencia económica. El decreto incluye al ELN y al Clan del Golfo."
    assert not _facts(text, "DESIGNATED")


# -- una amenaza no es un acto ----------------------------------------------------------------

@pytest.mark.parametrize("text,pred", [
    ("Argentina amenazó con romper relaciones con Irán.", "SEVERED_TIES"),
    ("La UE amenazó con incluir a Hezbolá en su lista de organizaciones terroristas.", "DESIGNATED"),
])
def test_una_amenaza_no_es_un_acto(text, pred):
    assert not _all(text, pred)


# -- la negación de una relativa no es la del verbo --------------------------------------------

def test_una_relativa_negada_no_niega_la_designacion():
    got = _all("Noruega, que no es miembro de la UE, designó a Hamás como organización terrorista.", "DESIGNATED")
    assert got and all(c.polarity == "positive" for c in got)


def test_una_designacion_negada_sigue_negativa():
    got = _all("Noruega no designó a Hamás como organización terrorista.", "DESIGNATED")
    assert all(c.polarity == "negative" for c in got)


# -- tropas en otro Estado no son un vínculo sin consentimiento ----------------------------------

def test_tropas_enviadas_a_otro_estado_no_son_vinculo():
    assert not _facts("Rusia desplegó tropas en Ucrania en 2022.", "ALLEGED_TIES")


# -- rupturas: un enviado expulsado no es ruptura; una cooperación terminada no es vínculo -----

@pytest.mark.parametrize("text", [
    "Burkina Faso expulsó al embajador de Francia en 2023.",
    "Burkina Faso, que acusa a París de injerencia, expulsó a los diplomáticos de Francia.",
])
def test_expulsar_al_enviado_de_un_estado_no_es_romper_relaciones(text):
    # una protesta o una rebaja: "expulsó al embajador, sin llegar a romper relaciones"
    assert ("state:BFA", "state:FRA") not in _facts(text, "SEVERED_TIES")


@pytest.mark.parametrize("text", [
    "Burkina Faso amenazó con expulsar al embajador de Francia.",
    "Alemania pidió a Burkina Faso que expulse al embajador de Francia.",
    "¿Expulsó Burkina Faso al embajador de Francia?",
])
def test_amenazas_pedidos_y_preguntas_no_rompen(text):
    assert not _facts(text, "SEVERED_TIES")


def test_una_ruptura_negada_es_negativa():
    got = _all("Burkina Faso no rompió relaciones con Francia.", "SEVERED_TIES")
    assert got and all(c.polarity == "negative" for c in got)


def test_una_cooperacion_terminada_no_es_vinculo():
    assert not _facts("Níger puso fin a su cooperación militar con Francia.", "ALLEGED_TIES")
    assert ("state:NER", "state:FRA") in _facts("Níger coopera con Francia.", "ALLEGED_TIES")


def test_el_verbo_no_es_parte_del_suministro():
    got = [c for c in _claims("Corea del Norte suministró proyectiles de artillería a Rusia.") if c.predicate == "SUPPLIED"]
    assert got and all(not any("suministr" in i for i in c.props["items"]) for c in got)


# -- listas y sanciones -------------------------------------------------------------------------

def test_mantener_a_un_grupo_entre_las_organizaciones_proscritas_es_designarlo():
    assert ("state:AUS", "group:hamas") in _facts("Australia mantiene a Hamás entre las organizaciones proscritas.", "DESIGNATED")


def test_a_la_que_el_gobierno_de_un_estado_declaro_terrorista():
    text = "Hezbolá, a la que el Gobierno paraguayo declaró organización terrorista en 2019, respondió."
    assert ("state:PRY", "group:hezbollah") in _facts(text, "DESIGNATED")


def test_entre_los_sancionados_figuran():
    text = "Estados Unidos sancionó a Diosdado Cabello en 2018. Entre los sancionados figuran también Caryslia Rodríguez y Jimmy Chérizier."
    got = {(c.subject, c.object, c.props.get("designation")) for c in _all(text, "DESIGNATED") if c.polarity == "positive"}
    assert ("state:USA", "official:jimmy-cherizier", "sanctions") in got


def test_entre_los_sancionados_sin_lista_previa_no_da_nada():
    assert not _all("Entre los sancionados figuran Jimmy Chérizier y otros, dijo la policía.", "DESIGNATED")


# -- vínculos: apoyo prestado; presencia y refugio en un Estado ---------------------------------

@pytest.mark.parametrize("text", [
    "Venezuela presta apoyo logístico al ELN.",
    "Según Bogotá, Venezuela brindó protección al ELN durante años.",
])
def test_prestar_apoyo_es_un_vinculo(text):
    assert ("state:VEN", "group:eln") in _facts(text, "ALLEGED_TIES")


def test_negar_el_apoyo_nunca_es_positivo():
    got = _all("Venezuela negó prestar apoyo al ELN.", "ALLEGED_TIES")
    assert all(c.polarity == "negative" for c in got)


@pytest.mark.parametrize("text", [
    "El ELN mantiene campamentos en territorio venezolano.",
    "Los cabecillas del ELN se refugian en Venezuela, según el Ejército.",
    "El grupo Wagner despliega unos 2.000 combatientes en Malí.",
])
def test_campamentos_o_refugio_en_un_estado_son_presencia(text):
    got = [c for c in _all(text, "ALLEGED_TIES") if c.polarity == "positive"]
    assert got and all(c.object.startswith("state:") for c in got)


@pytest.mark.parametrize("text", [
    "Rusia despliega unos 40.000 soldados en Ucrania.",
    "¿Mantiene el ELN campamentos en Venezuela?",
])
def test_sin_presencia_en_invasiones_ni_preguntas(text):
    assert not _facts(text, "ALLEGED_TIES")


# -- designaciones de paso ----------------------------------------------------------------------

@pytest.mark.parametrize("text,pair", [
    ("Designado como organización terrorista por Japón en 2023, Hamás protestó.", ("state:JPN", "group:hamas")),
    ("Hezbolá figura en la lista de organizaciones terroristas de la UE.", ("group:eu", "group:hezbollah")),
    ("Hezbolá está proscrito en Australia desde 2021.", ("state:AUS", "group:hezbollah")),
])
def test_designaciones_de_paso(text, pair):
    assert pair in _facts(text, "DESIGNATED")


@pytest.mark.parametrize("text", [
    "Hezbolá no está proscrito en Australia.",
    "¿Figura Hezbolá en la lista de organizaciones terroristas de la UE?",
])
def test_sin_designacion_negada_o_preguntada(text):
    assert not _facts(text, "DESIGNATED")


# -- vínculos por copulativa o sustantivo -------------------------------------------------------

@pytest.mark.parametrize("text,pair", [
    ("Bielorrusia y Rusia son estrechos aliados.", ("state:BLR", "state:RUS")),
    ("Bogotá investiga la connivencia entre el ELN y el gobierno de Venezuela.", ("group:eln", "state:VEN")),
    ("Según Colombia, el ELN actúa al servicio del régimen de Venezuela.", ("group:eln", "state:VEN")),
    ("El ELN es ideológicamente cercano al gobierno venezolano.", ("group:eln", "state:VEN")),
])
def test_vinculos_por_copulativa_o_sustantivo(text, pair):
    got = _facts(text, "ALLEGED_TIES")
    assert pair in got or pair[::-1] in got


def test_un_titular_que_alerta_de_nexos_es_reportado():
    got = _all("La ONU alerta de contactos entre el ELN y Venezuela.", "ALLEGED_TIES")
    assert got and all(c.modality == "reported" and c.attributed_to == "group:un" for c in got)


@pytest.mark.parametrize("text", [
    "Bielorrusia y Rusia no son aliados.",
    "¿Son aliados Bielorrusia y Rusia?",
    "El pueblo está cercano a la frontera de Venezuela.",
])
def test_sin_vinculo_negado_preguntado_o_geografico(text):
    assert not _facts(text, "ALLEGED_TIES")


def test_negar_los_nexos_nunca_es_positivo():
    got = _all("Caracas negó la existencia de nexos entre el ELN y Venezuela.", "ALLEGED_TIES")
    assert got and all(c.polarity == "negative" for c in got)
