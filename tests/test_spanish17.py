"""Session 17 (spanish17): Spanish word orders the subject-verb-object rules read poorly, read in that order by every
rule: a fronted object doubled by a clitic ("A Hezbolá lo designó Paraguay ...", "A Rusia le vende Irán drones") and an
object relative clause on an actor ("Rusia, a la que Irán vende drones, ...", "Israel, con el que Bolivia rompió
relaciones, ..."). Negations stay out, speculation stays speculative, requests stay requests."""

import pytest

from tests.extracting import extract_text

PUB = "2025-11-20"


def positives(text):
    return {(c.predicate, c.subject, c.object) for c in extract_text(text, language="es", published=PUB)
            if c.polarity == "positive"}


def asserted(text):
    return {(c.predicate, c.subject, c.object) for c in extract_text(text, language="es", published=PUB)
            if c.polarity == "positive" and c.modality.value in ("asserted", "reported", "alleged")}


# ---------------------------------------------------------------- fronted object doubled by a clitic
@pytest.mark.parametrize("text,fact", [
    ("A Hezbolá lo designó Paraguay como organización terrorista en 2019.",
     ("DESIGNATED", "state:PRY", "group:hezbollah")),
    ("Al Tren de Aragua lo designó Estados Unidos como organización terrorista extranjera en febrero.",
     ("DESIGNATED", "state:USA", "group:tren-de-aragua")),
    ("A Hamás la incluyó la Unión Europea en su lista de organizaciones terroristas en 2003.",
     ("DESIGNATED", "group:eu", "group:hamas")),
    ("A Rusia le vende Irán drones Shahed desde 2022.", ("SUPPLIED", "state:IRN", "state:RUS")),
    ("A Hezbolá, Irán lo financia y lo arma desde hace cuatro décadas.", ("ALLEGED_TIES", "state:IRN", "group:hezbollah")),
    ("A Paraguay le pidió Estados Unidos que designe a Hezbolá como organización terrorista.",
     ("URGED", "state:USA", "state:PRY")),
    ("A Hezbolá lo acaba de designar Paraguay como organización terrorista.",
     ("DESIGNATED", "state:PRY", "group:hezbollah")),
])
def test_fronted_object(text, fact):
    assert fact in asserted(text)


@pytest.mark.parametrize("text,fact", [
    ("A Hezbolá no lo designó Brasil como organización terrorista.", ("DESIGNATED", "state:BRA", "group:hezbollah")),
    ("A Hezbolá nunca lo ha designado Brasil como organización terrorista.",
     ("DESIGNATED", "state:BRA", "group:hezbollah")),
])
def test_fronted_object_negated(text, fact):
    assert fact not in positives(text)


def test_fronted_object_speculative():
    claims = extract_text("A Hezbolá lo podría designar Brasil como organización terrorista.", language="es", published=PUB)
    assert not [c for c in claims if c.predicate == "DESIGNATED" and c.polarity == "positive"
                and c.modality.value == "asserted"]


# ---------------------------------------------------------------- object relative clause on an actor
@pytest.mark.parametrize("text,fact", [
    ("Rusia, a la que Irán vende drones desde 2022, lanzó otra ofensiva.", ("SUPPLIED", "state:IRN", "state:RUS")),
    ("Cuba, a la que Rusia envió petróleo en marzo, agradeció el gesto.", ("SUPPLIED", "state:RUS", "state:CUB")),
    ("Nicaragua, a la que Irán suministra drones, negó los hechos.", ("SUPPLIED", "state:IRN", "state:NIC")),
    ("El ELN, al cual Venezuela protege en su territorio, atacó a Colombia.", ("ALLEGED_TIES", "state:VEN", "group:eln")),
    ("Venezuela, a quien Colombia acusa de financiar al ELN, rechazó la acusación.",
     ("ALLEGED_TIES", "state:VEN", "group:eln")),
    ("Paraguay, al que Estados Unidos pidió que designe a Hezbolá, no respondió.", ("URGED", "state:USA", "state:PRY")),
    ("Honduras, a la que Taiwán exigió que no rompa relaciones con Taipéi, guardó silencio.",
     ("URGED", "state:TWN", "state:HND")),
    ("Hezbolá, al que Irán financia y arma desde hace décadas, amenazó a Israel.",
     ("ALLEGED_TIES", "state:IRN", "group:hezbollah")),
])
def test_object_relative(text, fact):
    assert fact in asserted(text)


def test_object_relative_subject_does_not_reach_past_the_clause():
    # Iran funds Hezbollah; the main clause's object (Israel) is Hezbollah's, not Iran's
    facts = positives("Hezbolá, al que Irán financia y arma desde hace décadas, amenazó a Israel.")
    assert ("ALLEGED_TIES", "state:IRN", "state:ISR") not in facts


@pytest.mark.parametrize("text,fact", [
    ("Israel, con el que Bolivia no ha roto relaciones, protestó.", ("SEVERED_TIES", "state:BOL", "state:ISR")),
    ("Hezbolá, al que Brasil estudia designar como organización terrorista, respondió.",
     ("DESIGNATED", "state:BRA", "group:hezbollah")),
])
def test_object_relative_unmade_stays_out(text, fact):
    assert fact not in asserted(text)
