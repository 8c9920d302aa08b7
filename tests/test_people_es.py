"""People no gazetteer holds, introduced the way the Spanish-language press introduces them
(loaders/people.py). Every sentence is written for these tests (not copied from any
corpus); each mechanism has positives and negatives that must give nothing."""

from tests.extracting import extract_text


def _claims(text, published="2024-05-01"):
    return extract_text(text, language="es", published=published)


def roles(text, published="2024-05-01"):
    return {(c.subject, c.object, c.props.get("role")) for c in _claims(text, published)
            if c.predicate == "HOLDS_ROLE" and c.polarity == "positive"}


def people(text, published="2024-05-01"):
    from loaders.actors import find_actors
    from loaders.gazetteer import Gazetteer
    from loaders.sentences import split
    found = find_actors(Gazetteer.load(), text, split(text), published).new_entities
    return {k for k in found if k.startswith("official:")}


def has_role(got, person, org, word):
    return any(p == person and o == org and word in (r or "") for p, o, r in got)


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
    assert has_role(got, "official:oscar-benitez", "group:tren-de-aragua", "director")


def test_quien_visito_no_es_cargo():
    assert not roles("Habrá represalias, afirmó Óscar Benítez, quien visitó el Tren de Aragua.")


def test_aposicion_tras_la_edad():
    got = roles("Yuri Sokolov, de 54 años, comandante del Grupo Wagner en Mali, dijo que volverían.")
    assert has_role(got, "official:yuri-sokolov", "group:wagner-group", "commander")
    assert not roles("Yuri Sokolov, de 54 años, dijo que el Grupo Wagner volvería a Mali.")
