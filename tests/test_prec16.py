"""prec16: readings that made positive facts of what a text withdraws, reviews or only asks for.

- a fact check thread's numbered claim ("1/ CLAIM: ...", "5/ AFIRMACIÓN: «...». ❌ FALSO.") is under review, not a fact;
  a claim its own line rates true is the writer's ('«...». ✅ VERDADERO.')
- a viral post's claim ("Circula en X una imagen que afirma: ...") is under review
- a correction withdraws the act the earlier version named (the titles in it still hold)
- "para que Colombia declare terrorista a X": a subjunctive or infinitive is a request or plan, no designation
- a ban is a terrorist listing only where the sentence names the banned group terrorist, not the anti-terror law
"""

import pytest

from tests.extracting import extract_text, holds_roles, positive_pairs


def _pos(text, pred, lang, pub="2025-06-20"):
    return positive_pairs(text, pred, language=lang, published=pub)


# -- fact-check threads: numbered claims
@pytest.mark.parametrize("text,pred,lang", [
    ('Five viral claims, checked.\n\n1/ CLAIM: "Iran has shipped attack drones to Venezuela."\nVERDICT: UNPROVEN. '
     'We found no evidence of it.', "SUPPLIED", "en"),
    ('Thread.\n\n3/ CLAIM: "Chile cut diplomatic ties with Israel."\nVERDICT: FALSE. Chile recalled its ambassador.',
     "SEVERED_TIES", "en"),
    ("HILO | cinco afirmaciones\n\n5/ AFIRMACIÓN: «Colombia declaró a Hamás organización terrorista». ❌ FALSO. "
     "Colombia no incluye a Hamás en ninguna lista.", "DESIGNATED", "es"),
    ("Hilo\n\n2/10 AFIRMACIÓN: «Perú rompió relaciones con Venezuela». ⚠️ ENGAÑOSO. Solo retiró a su encargado de negocios.",
     "SEVERED_TIES", "es"),
])
def test_numbered_checked_claim_is_no_fact(text, pred, lang):
    assert not _pos(text, pred, lang)


def test_claim_rated_true_on_its_line_is_the_writers():
    text = ("HILO | Colombia e Israel\n\n1/ AFIRMACIÓN: «Colombia rompió relaciones diplomáticas con Israel». "
            "✅ VERDADERO. El presidente lo anunció el 1 de mayo.")
    assert ("state:COL", "state:ISR") in _pos(text, "SEVERED_TIES", "es", "2024-05-08")


# -- viral posts under review
@pytest.mark.parametrize("text,pred,lang", [
    ('Circula en X, TikTok y grupos de WhatsApp una imagen que afirma: "ÚLTIMO MINUTO: Chile rompe relaciones '
     'diplomáticas con Israel". La publicación suma miles de interacciones.', "SEVERED_TIES", "es"),
    ("Circulan en redes mensajes que aseguran que Argentina rompió relaciones con Irán.", "SEVERED_TIES", "es"),
    ("A viral video shared on TikTok claims that Brazil cut diplomatic ties with Israel last week.", "SEVERED_TIES", "en"),
    ("Posts widely shared on Facebook say Ecuador designated Hezbollah a terrorist organisation.", "DESIGNATED", "en"),
])
def test_viral_claim_is_no_fact(text, pred, lang):
    assert not _pos(text, pred, lang)


def test_circulating_video_showing_is_still_read():
    # no claim verb: what a video shows is not a post's claim
    text = "Argentina cut diplomatic ties with Iran in 2025, days after videos circulating on social media showed the embassy."
    assert ("state:ARG", "state:IRN") in _pos(text, "SEVERED_TIES", "en")


# -- corrections
@pytest.mark.parametrize("text,pred,lang", [
    ("CORRECTION, Sept. 13: An earlier version of this story said the agreement was signed in Tokyo by "
     "then-Prime Minister Fumio Kishida.", "SIGNED", "en"),
    ("Correction: A previous version of this article incorrectly stated that Peru cut diplomatic ties with Venezuela.",
     "SEVERED_TIES", "en"),
    ("Fe de erratas: una versión anterior de esta nota decía que Paraguay declaró terrorista al Cartel de los Soles.",
     "DESIGNATED", "es"),
])
def test_corrected_version_is_withdrawn(text, pred, lang):
    assert not _pos(text, pred, lang)


def test_title_in_a_correction_still_holds():
    text = ("CORRECTION: An earlier version of this story said the agreement was signed by Defense Secretary "
            "Gilberto Teodoro and then-Prime Minister Fumio Kishida of Japan.")
    got = holds_roles(text, language="en", published="2025-09-13")
    assert any(p == "official:fumio-kishida" for p, _, _ in got)


# -- a request's subjunctive or infinitive is no designation
@pytest.mark.parametrize("text", [
    "El secretario de Estado ha presionado en público y en privado para que Colombia declare terrorista al Cartel de los Soles.",
    "Washington pidió a Bogotá declarar terrorista al Cartel de los Soles.",
    "La oposición exige que el Gobierno declare organización terrorista al Tren de Aragua.",
])
def test_requested_declaration_is_no_designation(text):
    assert not _pos(text, "DESIGNATED", "es", "2025-08-01")


@pytest.mark.parametrize("text,pair", [
    ("Colombia declaró terrorista al Cartel de los Soles.", ("state:COL", "group:cartel-de-los-soles")),
    ("Ecuador ha declarado terrorista al Cartel de los Soles.", ("state:ECU", "group:cartel-de-los-soles")),
    ("Paraguay considera terrorista al Cartel de los Soles.", ("state:PRY", "group:cartel-de-los-soles")),
])
def test_declaration_in_the_indicative_is_kept(text, pair):
    assert pair in _pos(text, "DESIGNATED", "es", "2025-08-01")


# -- a ban's kind
def _desig(text):
    return {(c.subject, c.object, c.props.get("designation")) for c in
            extract_text(text, language="en", published="2025-08-01")
            if c.predicate == "DESIGNATED" and c.polarity == "positive"}


@pytest.mark.parametrize("text,pair", [
    ("In August, the government of Bangladesh banned Jamaat-e-Islami under the Anti-Terrorism Act.",
     ("state:BGD", "group:jamaat-e-islami-bangladesh")),
    ("Germany outlawed all Hezbollah activity in 2020.", ("state:DEU", "group:hezbollah")),
    ("The BLA, which Pakistan banned in 2006, has been led since 2018 by Bashir Zeb.", ("state:PAK", "group:bla")),
])
def test_ban_without_terrorist_label_is_a_ban(text, pair):
    got = {(s, o): d for s, o, d in _desig(text)}
    assert got.get(pair) == "banned organization"


@pytest.mark.parametrize("text,pair", [
    ("Britain banned Hamas as a terrorist organisation in 2021.", ("state:GBR", "group:hamas")),
    ("Argentina banned Hamas, which it calls a terrorist organisation, in July.", ("state:ARG", "group:hamas")),
])
def test_ban_as_terrorist_stays_terrorist(text, pair):
    got = {(s, o): d for s, o, d in _desig(text)}
    assert got.get(pair) == "terrorist organization"


# -- "led by": the group led is not one that only qualifies or coordinates before it
@pytest.mark.parametrize("lang,text,want,not_want", [
    ("es", "Nada ha frenado al Grupo de Apoyo al Islam y los Musulmanes (JNIM), la filial de Al Qaeda dirigida por "
           "Iyad Ag Ghaly, que mantiene un bloqueo.", "group:jnim", "group:al-qaeda"),
    ("en", "JNIM, the al-Qaeda affiliate led by Iyad Ag Ghaly, blockaded Bamako.", "group:jnim", "group:al-qaeda"),
    ("en", "In 2003 he crossed into Iraq and joined al-Qaeda in Iraq, then led by Abu Musab al-Zarqawi.", None, "group:al-qaeda"),
    ("es", "Ambas operan en territorio de un socio del Mercosur cuyo gobierno, encabezado por Luiz Inácio Lula da Silva, "
           "no las considera terroristas.", None, "group:mercosur"),
    ("es", "Washington sostiene que esa red de generales y coroneles de la Fuerza Armada Nacional Bolivariana está "
           "encabezada por el propio Nicolás Maduro.", None, "group:fanb"),
    ("es", "Viv Ansanm agrupa hoy a bandas como 400 Mawozo y Kraze Baryè y está encabezada por el expolicía Jimmy "
           "Chérizier, alias Barbecue.", "group:viv-ansanm", "group:kraze-baye"),
])
def test_led_by_names_the_group_led(lang, text, want, not_want):
    bodies = {b for _, b, r in holds_roles(text, language=lang, published="2025-06-01") if r == "leader"}
    assert not_want not in bodies
    if want:
        assert want in bodies


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Hayat Tahrir al-Sham, the Islamist group led by Ahmed al-Sharaa, took Damascus.", "group:hts"),
    ("en", "The Houthis, led by Abdul-Malik al-Houthi, fired missiles at shipping.", "group:houthis"),
    ("es", "El Tren de Aragua, la banda dirigida por Héctor Guerrero, opera en Chile.", "group:tren-de-aragua"),
])
def test_led_by_the_nearest_group_still(lang, text, want):
    assert want in {b for _, b, r in holds_roles(text, language=lang, published="2025-06-01")}
