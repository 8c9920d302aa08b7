"""Session 13 precision: ways of writing that made false facts on unread text (blind16/17), each tested on
sentences of our own in both languages."""

import pytest

from tests.extracting import extract_text

PUB = "2025-06-10"


def _positive(text, lang, predicate):
    return {(c.subject, c.object) for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == predicate and c.polarity == "positive"}


# ---------------------------------------------------------------- a finding of no record is a denial
@pytest.mark.parametrize("text, lang", [
    ("There is no record that Iran delivered drones to Bolivia.", "en"),
    ("Officials have seen no confirmation that Russia sold missiles to Venezuela.", "en"),
    ("There is no trace of Iran having shipped drones to Bolivia.", "en"),
    ("Se habló mucho de drones, pero no hay ninguna constancia de que Irán haya entregado drones a Bolivia.", "es"),
    ("No consta que Irán haya entregado drones a Bolivia.", "es"),
    ("No existe registro alguno de que Rusia haya vendido fusiles a Venezuela.", "es"),
])
def test_no_record_that_is_no_supply(text, lang):
    assert not _positive(text, lang, "SUPPLIED")


@pytest.mark.parametrize("text, lang", [
    ("Records show that Iran delivered drones to Bolivia.", "en"),
    ("Hay constancia de que Irán entregó drones a Bolivia.", "es"),
])
def test_a_record_that_is_still_a_supply(text, lang):
    assert _positive(text, lang, "SUPPLIED")


# ---------------------------------------------------------------- a rumour's content is no claim
@pytest.mark.parametrize("text, lang", [
    ("A post circulating on X claims that Spain has severed relations with Venezuela.", "en"),
    ("Messages shared widely on WhatsApp say that the EU designated the Cartel de los Soles a terrorist organisation.", "en"),
    ("A viral video claims that Russia delivered tanks to Venezuela.", "en"),
    ("Desde el lunes circula en WhatsApp una imagen con un texto que afirma que «España rompe relaciones con Venezuela».", "es"),
    ("Un video viralizado en redes asegura que Rusia entregó tanques a Venezuela.", "es"),
    ("Circula en redes sociales una cadena según la cual Chile rompió relaciones con Israel.", "es"),
])
def test_what_a_circulating_post_says_is_no_fact(text, lang):
    got = {(c.predicate, c.polarity) for c in extract_text(text, language=lang, published=PUB)
           if c.predicate in ("SEVERED_TIES", "DESIGNATED", "SUPPLIED")}
    assert ("SEVERED_TIES", "positive") not in got and ("DESIGNATED", "positive") not in got \
        and ("SUPPLIED", "positive") not in got


@pytest.mark.parametrize("text, lang", [
    ("Spain severed relations with Venezuela, and a video of the announcement went viral.", "en"),
    ("España rompió relaciones con Venezuela y el anuncio circuló en redes.", "es"),
])
def test_a_fact_beside_a_viral_post_stays(text, lang):
    assert ("state:ESP", "state:VEN") in _positive(text, lang, "SEVERED_TIES")


# ---------------------------------------------------------------- a place before a title's article is no word of it
def _roles(text, lang):
    return {(c.subject, c.object) for c in extract_text(text, language=lang, published="2025-12-01")
            if c.predicate == "HOLDS_ROLE" and c.polarity == "positive"}


@pytest.mark.parametrize("text, lang, person, wrong", [
    ("El memorando lo firmaron en Teherán el entonces ministro de Defensa, Edmundo Novillo, y su homólogo iraní, "
     "Mohammad Reza Ashtiani.", "es", "official:edmundo-novillo", "state:IRN"),
    ("El acuerdo lo firmaron en Lima la canciller, Ana Gómez, y su homólogo chileno, Pedro Soto.", "es",
     "official:ana-gomez", "state:PER"),
    ("Firmaron en Caracas el ministro del Interior, Juan Pérez, y su par iraní, Ahmad Vahidi.", "es",
     "official:juan-perez", "state:VEN"),
])
def test_the_signing_place_is_not_the_officials_state(text, lang, person, wrong):
    assert (person, wrong) not in _roles(text, lang)


def test_a_counterpart_keeps_the_demonym():
    got = _roles("El acuerdo lo firmaron en Lima la canciller, Ana Gómez, y su homólogo chileno, Pedro Soto.", "es")
    assert ("official:pedro-soto", "state:CHL") in got


# ---------------------------------------------------------------- a body after an article, an office's portfolio: no person
from tests.extracting import discovered  # noqa: E402


@pytest.mark.parametrize("text, wrong", [
    ("Conforme al acuerdo aprobado por la Junta Directiva, el canciller hará una exposición inicial.", "official:junta-directiva"),
    ("La propuesta fue aprobada por la Mesa Directiva, la presidenta del Senado.", "official:mesa-directiva"),
    ("The plan was approved by the Executive Board, the foreign minister said.", "official:executive-board"),
    ("Dijo que el secretario de Seguridad y Protección Ciudadana, Omar García Harfuch, coordina con sus pares.",
     "official:proteccion-ciudadana"),
])
def test_no_person_from_a_body_name(text, wrong):
    assert wrong not in discovered(text, "official:", PUB)


@pytest.mark.parametrize("text, person", [
    ("Tito Karnavian, Minister of Home Affairs and Public Security, said so.", "official:tito-karnavian"),
    ("Según el ministro de Justicia, Mariano Cúneo Libarona, no hubo acuerdo.", "official:mariano-cuneo-libarona"),
    ("Dijo que la secretaria de Seguridad y Protección Ciudadana, Rosa Elena Ibarra, coordina con sus pares.",
     "official:rosa-elena-ibarra"),
])
def test_the_person_after_the_office_is_found(text, person):
    assert person in discovered(text, "official:", PUB)
