"""First person read as its speaker (loaders.extract._first_person): a transcript turn's label
("NAME:") or a quotation's "said X" names who "we" / "I" is; "we" is the body the speaker serves."""

import pytest

from tests.extracting import positive_pairs


def pairs(text, predicate, lang, published="2025-03-01"):
    return positive_pairs(text, predicate, language=lang, published=published)


TRANSCRIPT_ES = """SECRETARIA DE RELACIONES EXTERIORES, ALICIA BÁRCENA IBARRA: Gracias, presidente. El viernes \
concedimos el asilo político al exvicepresidente, y le pedimos formalmente al gobierno ecuatoriano que otorgara el \
salvoconducto.

INTERLOCUTOR: ¿Van a romper relaciones?"""

TRANSCRIPT_EN = """MARCO RUBIO: Thank you. We designated the Tren de Aragua as a foreign terrorist organization.

QUESTION: And Colombia?

MARCO RUBIO: We have also urged Colombia to extradite the leaders."""


@pytest.mark.parametrize("text,lang,predicate,pair", [
    (TRANSCRIPT_EN, "en", "DESIGNATED", ("state:USA", "group:tren-de-aragua")),
    (TRANSCRIPT_EN, "en", "URGED", ("state:USA", "state:COL")),
    ('"We have designated Hamas a terrorist organisation," Secretary of State Marco Rubio said on Tuesday.',
     "en", "DESIGNATED", ("state:USA", "group:hamas")),
    ('"Hemos declarado persona non grata al embajador y rompimos relaciones con Nicaragua", dijo el canciller '
     'argentino Gerardo Werthein.', "es", "SEVERED_TIES", ("state:ARG", "state:NIC")),
    ("""CANCILLER MAURO VIEIRA: Buenos días. Gracias por venir.

PERIODISTA: ¿Y con Venezuela?

CANCILLER MAURO VIEIRA: Exigimos a Caracas que publique las actas.""", "es", "URGED", ("state:BRA", "state:VEN")),
])
def test_first_person_is_the_speaker(text, lang, predicate, pair):
    assert pair in pairs(text, predicate, lang)


def test_we_is_the_state_the_speaker_served_that_day():
    assert pairs(TRANSCRIPT_ES, "URGED", "es", "2024-04-08") == {("state:MEX", "state:ECU")}
    # out of office: the speaker herself
    assert pairs(TRANSCRIPT_ES, "URGED", "es", "2025-03-01") == {("official:alicia-barcena", "state:ECU")}


@pytest.mark.parametrize("text,lang,predicate", [
    # no speaker named: "we" stays nobody
    ("We urge Russia to withdraw its troops.", "en", "URGED"),
    ("Exigimos a Caracas que publique las actas.", "es", "URGED"),
    # a label naming nobody known ends the turn before it
    ("""MARCO RUBIO: Thank you.

QUESTION: We urged Colombia to extradite them, did we not?""", "en", "URGED"),
    # negated: no positive fact
    ('"We have not severed relations with Iran," Secretary of State Marco Rubio said.', "en", "SEVERED_TIES"),
])
def test_no_speaker_no_subject(text, lang, predicate):
    assert not pairs(text, predicate, lang)
