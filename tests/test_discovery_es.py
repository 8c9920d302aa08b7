"""Actor discovery and roles on unseen text (issue 3), Spanish: people and groups no
gazetteer holds. Every sentence is written for these tests; negatives must give nothing."""

from tests.extracting import extract_text


def _claims(text, published="2024-05-01"):
    return extract_text(text, language="es", published=published)


def roles(text, published="2024-05-01"):
    return {(c.subject, c.object, c.props.get("role")) for c in _claims(text, published)
            if c.predicate == "HOLDS_ROLE" and c.polarity == "positive"}


def role_pairs(text, published="2024-05-01"):
    return {(s, o) for s, o, _ in roles(text, published)}


# -- títulos en plural con nombres coordinados ------------------------------------------

def test_ministros_de_dos_estados_cada_uno_el_suyo():
    got = roles("Los ministros de Defensa de Perú y Bolivia, Ana Soto y Luis Paz, inauguraron el puesto fronterizo.")
    assert ("official:ana-soto", "state:PER", "minister of defense") in got
    assert ("official:luis-paz", "state:BOL", "minister of defense") in got


def test_cancilleres_toman_los_estados_de_la_oracion_anterior():
    got = role_pairs("Uruguay y Panamá firmaron un acuerdo aduanero. "
                     "Los cancilleres Clara Ibarra y Tomás Reyes lo suscribieron en Montevideo.")
    assert got == {("official:clara-ibarra", "state:URY"), ("official:tomas-reyes", "state:PAN")}


def test_cancilleres_sin_estados_no_reciben_ninguno():
    assert role_pairs("Los cancilleres Clara Ibarra y Tomás Reyes se reunieron el martes.") == set()


def test_plural_que_no_es_cargo_no_da_funcionarios():
    assert role_pairs("Los manifestantes Clara Ibarra y Tomás Reyes fueron detenidos en Lima.") == set()


# -- siglas definidas entre paréntesis ---------------------------------------------------

def test_sigla_definida_tras_un_grupo_nuevo_lo_nombra_despues():
    text = ("El Frente Popular de Resistencia (FPR) tomó el puerto en marzo. "
            "Estados Unidos designó al FPR como organización terrorista en abril.")
    from graph.schema import Document
    from loaders.extract import extract
    ents, claims = extract(Document(id="doc:t", text=text, published="2024-05-01", language="es"))
    assert "group:frente-popular-de-resistencia" in {e.id for e in ents}
    assert ("state:USA", "group:frente-popular-de-resistencia") in {
        (c.subject, c.object) for c in claims if c.predicate == "DESIGNATED"}


def test_sigla_de_un_acuerdo_no_es_grupo():
    from graph.schema import Document
    from loaders.extract import extract
    text = "Perú y Chile firmaron un Acuerdo de Apoyo Logístico (AAL). El AAL permite maniobras."
    assert not any(i.startswith("group:") for i in _ids(text))


def _ids(text):
    """Ids of the people and groups found in the text that the gazetteer does not hold."""
    from loaders.actors import find_actors
    from loaders.gazetteer import Gazetteer
    from loaders.sentences import split
    return set(find_actors(Gazetteer.load(), text, split(text), "2024-05-01").new_entities)


# -- grupos introducidos por un sustantivo de categoría -----------------------------------

def test_banda_y_guerrilla_con_nombre_son_grupos_nuevos():
    got = {(c.subject, c.object) for c in _claims(
        "Ecuador designó a la banda Los Tiburones como grupo terrorista. "
        "Colombia acusó a la guerrilla disidente Frente Carlos Patiño de reclutar menores.")
        if c.predicate == "DESIGNATED"}
    assert ("state:ECU", "group:los-tiburones") in got


def test_grupo_de_lugar_no_es_grupo_nuevo():
    assert not any(i.startswith("group:") for i in _ids("El grupo de Lima se reunió el martes en Ottawa."))


# -- cargos dichos con un verbo ------------------------------------------------------------

def test_que_dirige_da_el_cargo_de_lider():
    got = roles("El Ejército de Liberación Popular atacó Tumbes. Desde marzo, el grupo que dirige el ingeniero "
                "Raúl Medina Soto controla la frontera.")
    assert ("official:raul-medina-soto", "group:ejercito-de-liberacion-popular", "leader") in got


def test_presidido_por_da_el_cargo_de_presidente():
    got = roles("El Consejo Nacional de Transición, presidido por Amara Diallo, pidió a Ghana enviar observadores.")
    # (Spanish names who presides a body its "presidente")
    assert ("official:amara-diallo", "group:consejo-nacional-de-transicion", "president") in got


def test_quien_lidera_un_grupo_nuevo():
    got = roles("La prensa citó a Iván Márquez, quien lidera la banda Los Halcones, en Caracas.")
    assert ("official:ivan-marquez", "group:los-halcones", "leader") in got
    # un nombre desconocido sin cargo no crea persona nueva; con cargo sí
    assert not roles("Las autoridades detuvieron a Julio Paredes, quien lidera la banda Los Halcones, en Guayaquil.")
    got = roles("Detuvieron a Julio Paredes, un comandante retirado que lidera la banda Los Halcones, en Guayaquil.")
    assert ("official:julio-paredes", "group:los-halcones", "leader") in got


def test_sigla_entre_parentesis_dentro_del_cargo():
    got = roles("Entre los sancionados figura la presidenta del Consejo Nacional Electoral (CNE), Ana Lucía Prado, "
                "y dos rectores.")
    assert any(p == "official:ana-lucia-prado" and o == "group:consejo-nacional-electoral" for p, o, _ in got)


def test_su_lider_es_del_grupo_que_abre_la_oracion_anterior():
    got = role_pairs("El Estado Islámico reivindicó el ataque. El Frente Patriótico del Norte nació como milicia local. "
                     "Su líder, Rubén Kasongo, juró lealtad al Estado Islámico.")
    assert ("official:ruben-kasongo", "group:frente-patriotico-del-norte") in got
    assert ("official:ruben-kasongo", "group:isis") not in got


def test_el_lider_de_la_milicia_es_el_grupo_de_la_noticia():
    got = role_pairs("Al Shabab atacó una base cerca de Mogadiscio. El líder de la milicia, Hassan Omar Farah, "
                     "llamó a nuevos ataques.")
    assert ("official:hassan-omar-farah", "group:al-shabaab") in got


def test_el_lider_de_la_milicia_con_dos_grupos_empatados_no_se_adivina():
    got = role_pairs("Al Shabab y el Estado Islámico atacaron Mogadiscio. El líder de la milicia, Hassan Omar Farah, "
                     "llamó a nuevos ataques.")
    assert not any(p == "official:hassan-omar-farah" for p, _ in got)


def test_un_cargo_de_grupo_dicho_con_verbo_tras_un_cargo_de_estado():
    got = role_pairs("Entre los acusados figura Reza Karimi, viceministro del Interior iraní, que comandó la Basij "
                     "durante las protestas.")
    assert ("official:reza-karimi", "group:basij") in got


# -- correferencia: "la guerrilla", "el cártel" ----------------------------------------------

def test_la_guerrilla_y_el_cartel_remiten_al_grupo_de_la_noticia():
    from loaders.actors import find_actors
    from loaders.gazetteer import Gazetteer
    from loaders.sentences import split
    text = "Colombia suspendió el diálogo con el ELN después de que la guerrilla atacara Cúcuta."
    got = [(text[m.start:m.end], m.entity) for m in find_actors(Gazetteer.load(), text, split(text), "2024-05-01").mentions]
    assert ("la guerrilla", "group:eln") in got
    text = "El cártel de Sinaloa negó el ataque."  # "el cártel de X" names, it does not point back
    got = [(text[m.start:m.end], m.entity) for m in find_actors(Gazetteer.load(), text, split(text), "2024-05-01").mentions]
    assert not any(s == "El cártel" for s, _ in got)


def test_cada_nombre_tras_su_estado():
    got = roles("Los cancilleres de Perú, Ana Soto, y de Bolivia, Luis Paz, firmaron el acta en La Paz.")
    assert ("official:ana-soto", "state:PER", "minister of foreign affairs") in got
    assert ("official:luis-paz", "state:BOL", "minister of foreign affairs") in got
