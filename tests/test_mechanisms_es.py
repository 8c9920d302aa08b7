"""Mecanismos generales de cobertura (issue 3), en español: frases propias, con negativos."""

from tests.extracting import extract_text


def _facts(text, pred, published="2024-05-01"):
    return {(c.subject, c.object) for c in extract_text(text, language="es", published=published)
            if c.predicate == pred and c.polarity == "positive"}


def test_sujeto_coordinado_cada_miembro():
    got = _facts("Catar y Turquía instaron a Hamás a aceptar la propuesta de alto el fuego.", "URGED")
    assert got == {("state:QAT", "group:hamas"), ("state:TUR", "group:hamas")}


def test_sujeto_coordinado_de_tres():
    got = _facts("Egipto, Catar y Jordania presionaron a Hamás para liberar a los rehenes.", "URGED")
    assert got == {("state:EGY", "group:hamas"), ("state:QAT", "group:hamas"), ("state:JOR", "group:hamas")}


def test_clausula_nueva_tras_coma_y_no_es_lista():
    got = _facts("Israel atacó a Irán, y Estados Unidos instó a Hamás a desarmarse.", "URGED")
    assert ("state:IRN", "group:hamas") not in got


def test_el_pais_remite_al_unico_estado_de_la_frase_anterior():
    got = _facts("Perú designó a Hezbolá como organización terrorista en mayo. "
                 "El país también instó a Bolivia a expulsar a diplomáticos iraníes.", "URGED")
    assert got == {("state:PER", "state:BOL")}


def test_el_pais_ambiguo_no_se_resuelve():
    got = _facts("Argentina y Paraguay se reunieron en mayo. El país designó a Hamás como organización terrorista.",
                 "DESIGNATED")
    assert got == set()


def test_el_pais_en_complemento_de_lugar_no_es_actor():
    got = _facts("Perú organizó la cumbre. Hezbolá opera en el país, según fuentes.", "ALLEGED_TIES")
    assert got == set()


def _pol(text, pred):
    return {(c.subject, c.object, c.polarity) for c in extract_text(text, language="es", published="2024-05-01")
            if c.predicate == pred}


def test_peticion_tras_un_descarte_es_positiva():
    t = "Colombia descartó romper relaciones con Venezuela y pidió al ELN liberar a los rehenes."
    assert _pol(t, "URGED") == {("state:COL", "group:eln", "positive")}
    assert _pol(t, "SEVERED_TIES") == {("state:COL", "state:VEN", "negative")}


def test_sujeto_coordinado_y_segunda_frase_verbal():
    t = "Colombia y Ecuador descartaron romper relaciones y pidieron al ELN liberar a los rehenes."
    assert _pol(t, "URGED") == {("state:COL", "group:eln", "positive"), ("state:ECU", "group:eln", "positive")}


def test_verbos_con_un_solo_objeto_siguen_negados():
    got = _pol("Irán negó haber armado y entrenado a Hezbolá.", "ALLEGED_TIES")
    assert got and all(p == "negative" for *_, p in got)


def test_firmado_por_los_cancilleres_a_y_b():
    t = ("Brasil y Argentina firmaron un memorando de entendimiento sobre defensa. "
         "El acuerdo fue firmado por los cancilleres Mauro Vieira y Diana Mondino.")
    got = {c.subject for c in extract_text(t, language="es", published="2024-05-01") if c.predicate == "SIGNED"}
    assert got == {"official:mauro-vieira", "official:diana-mondino"}


def test_no_firmado_por_no_da_nada():
    t = ("Brasil y Argentina firmaron un memorando de entendimiento sobre defensa. "
         "El acuerdo no fue firmado por Mauro Vieira.")
    assert not [c for c in extract_text(t, language="es", published="2024-05-01") if c.predicate == "SIGNED"]
