"""A group "founded in 1978 by X", "dirigidos durante años por X", "led from an Indian prison by X":
a short adjunct between the participle and "by"/"por" still names the group's founder or leader
(loaders/actors.py, _LED_BY). Sentences written for these tests."""

from tests.extracting import holds_roles

PUB = "2025-03-01"


def roles(text, language):
    return holds_roles(text, language=language, published=PUB)


def test_founded_in_a_year_by():
    assert ("official:ahmed-yasser-qadri", "group:hamas", "founder") in roles(
        "Hamas was founded in 1987 by Ahmed Yasser Qadri in Gaza.", "en")
    assert ("official:abdullah-demir-kaya", "group:pkk", "founder") in roles(
        "El PKK es una guerrilla fundada en 1978 por Abdullah Demir Kaya en el sureste de Turquía.", "es")
    assert ("official:jorge-habib-nasser", "group:pflp", "founder") in roles(
        "El FPLP fue fundado en 1967 por Jorge Habib Nasser.", "es")


def test_led_for_years_by():
    got = roles("Los Choneros estuvieron dirigidos durante años por José Adolfo Mendieta, alias Fito.", "es")
    assert any(p == "official:jose-adolfo-mendieta" and o == "group:los-choneros" for p, o, _ in got)
    got = roles("Tren de Aragua, led for years by Yohan Rangel Petit, spread across South America.", "en")
    assert any(p == "official:yohan-rangel-petit" and o == "group:tren-de-aragua" for p, o, _ in got)


def test_a_descriptor_before_the_name():
    got = roles("El Frente de Acción Islámica fue fundado por el empresario Abdel Latif Arabiyat.", "es")
    assert any(p == "official:abdel-latif-arabiyat" and o == "group:frente-de-accion-islamica" for p, o, _ in got)
    got = roles("Hezbolá fue fundado por el activista libanés Abbas Musawi Haidar.", "es")
    assert any(p == "official:abbas-musawi-haidar" and o == "group:hezbollah" for p, o, _ in got)


def test_no_group_no_role():
    assert not roles("The city was founded in 1540 by Pedro Gutiérrez de Valdivia.", "en")
    assert not roles("La protesta fue dirigida durante horas por Ana María Quispe frente al Congreso.", "es")


def test_another_adjunct_is_not_read():
    # "from a base in Qatar" is no prison or exile: not the leader of the group named before
    assert not any(o == "group:hamas" for _, o, _ in roles(
        "Hamas said the raid was led from a base in Qatar by Omar Faruk Saleh.", "en"))


# -- "led since <year> by X": a start year between the verb and "by" (actors._BY_GAP) --------

def test_led_since_a_year_by_in_english():
    got = holds_roles("The Baloch Liberation Army was listed by the US. The group has been led since 2018 by "
                      "Bashir Zeb, a former student activist.", language="en", published="2025-08-12")
    assert ("official:bashir-zeb", "group:bla") in {(p, o) for p, o, _ in got}


def test_dirigida_desde_un_ano_por_in_spanish():
    got = holds_roles("El Tren de Aragua creció en Chile. La banda está dirigida desde 2014 por Héctor Guerrero, "
                      "según la fiscalía.", language="es", published="2025-08-12")
    assert ("official:hector-guerrero", "group:tren-de-aragua") in {(p, o) for p, o, _ in got}


def test_led_since_a_year_by_no_name_is_no_person():
    got = holds_roles("The Baloch Liberation Army was listed by the US. The group has been led since 2018 by "
                      "younger commanders from the towns.", language="en", published="2025-08-12")
    assert got == set()
