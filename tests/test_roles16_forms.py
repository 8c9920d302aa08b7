"""Roles written in forms the title reader did not read: a group led "under the command of" / "bajo el mando
de" a person, a leading adverb before the agent ("encabezada de hecho por", "effectively run by"), heading
phrases without a verb ("X, al frente del ELN", "X, at the helm of the M23"); a courtesy word between a title
in apposition and the name ("The Director-General of Security, Mr X", "la ministra de Defensa, la señora X");
a transcript's speaker label in capitals ("PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR:"). Sentences written for
these tests, not taken from a set."""

import pytest

from loaders.actors import recase_labels
from tests.extracting import holds_roles, roles_of

PUB = "2025-03-01"

LED = [
    ("en", "M23 fighters under the command of Joseph Kabeya seized the airport on Sunday.",
     "official:joseph-kabeya", ("group:m23", "commander")),
    ("en", "Hezbollah, under the leadership of Tomas Barrientos, rejected the disarmament plan.",
     "official:tomas-barrientos", ("group:hezbollah", "leader")),
    ("es", "Combatientes del M23 bajo el mando de Joseph Kabeya tomaron el aeropuerto.",
     "official:joseph-kabeya", ("group:m23", "commander")),
    ("es", "Las columnas del ELN, bajo el mando del comandante Tomas Barrientos, atacaron la base.",
     "official:tomas-barrientos", ("group:eln", "commander")),
    ("es", "La coalición Viv Ansanm está encabezada de hecho por Joseph Kabeya, según la ONU.",
     "official:joseph-kabeya", ("group:viv-ansanm", "leader")),
    ("en", "Viv Ansanm is effectively run by Joseph Kabeya, the UN panel says.",
     "official:joseph-kabeya", ("group:viv-ansanm", "leader")),
    ("es", "Joseph Kabeya, al frente del M23 desde 2020, rechazó el plan.",
     "official:joseph-kabeya", ("group:m23", "leader")),
    ("es", "El ataque fue reivindicado por el ELN. Tomas Barrientos, quien está al frente del ELN, negó la autoría.",
     "official:tomas-barrientos", ("group:eln", "leader")),
    ("en", "Joseph Kabeya, at the helm of the M23 since 2020, rejected the plan.",
     "official:joseph-kabeya", ("group:m23", "leader")),
]


@pytest.mark.parametrize("lang,text,person,want", LED)
def test_group_led_by_phrase(lang, text, person, want):
    assert want in roles_of(holds_roles(text, language=lang, published=PUB), person)


NO_LEADER = [
    # a state's troops under a general's command: no group led; an operation is no body
    ("en", "Russian troops under the command of General Valery Petrenko advanced on the town."),
    ("en", "The operation, under the command of Joseph Kabeya, began in Goma."),
    # a minister at the head of a portfolio the text does not name
    ("es", "La ministra, al frente de la cartera desde enero, viajó a Bogotá."),
]


@pytest.mark.parametrize("lang,text", NO_LEADER)
def test_no_group_no_leader(lang, text):
    assert not any(o.startswith("group:") for _, o, _ in holds_roles(text, language=lang, published=PUB))


HONORIFIC = [
    ("en", "Lithuania protested on Monday. Lithuania's Vice-Minister of Foreign Affairs, Mr Tomas Kaziukas, handed over a note.",
     "official:tomas-kaziukas", ("state:LTU", "vice minister of foreign affairs")),
    ("en", "Chile protested. The Minister of Defence, Ms Maya Fernández, said the army was ready.",
     "official:maya-fernandez", ("state:CHL", "minister of defense")),
    ("es", "La ministra de Defensa, la señora Maya Fernández, visitó la base en Chile.",
     "official:maya-fernandez", ("state:CHL", "minister of defense")),
    ("es", "El canciller de México, el señor Juan Ramón de la Fuente, dijo que era ilegal.",
     "official:juan-ramon-de-la-fuente", ("state:MEX", "minister of foreign affairs")),
]


@pytest.mark.parametrize("lang,text,person,want", HONORIFIC)
def test_courtesy_word_between_title_and_name(lang, text, person, want):
    got = holds_roles(text, language=lang, published=PUB)
    assert want in roles_of(got, person)
    assert not any(p.startswith("official:mr-") or p.startswith("official:ms-") for p, _, _ in got)


def test_caps_speaker_labels_are_read():
    text = ("Versión estenográfica de la conferencia.\n\nPRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR: Buenos días. "
            "Vamos a hablar de Ecuador.\n\nSECRETARIA DE RELACIONES EXTERIORES, ALICIA BÁRCENA IBARRA: Gracias, "
            "presidente. México rompió relaciones con Ecuador.\n\nINTERLOCUTOR: ¿Y Nicaragua?")
    got = holds_roles(text, language="es", published="2024-04-08")
    assert ("state:MEX", "president") in roles_of(got, "official:andres-manuel-lopez-obrador")
    assert ("state:MEX", "minister of foreign affairs") in roles_of(got, "official:alicia-barcena")
    en = ("Transcript.\n\nSECRETARY OF STATE MARCO RUBIO: Thank you. We designated the cartel.\n\n"
          "QUESTION: And Venezuela?")
    assert ("state:USA", "secretary of state") in roles_of(holds_roles(en, language="en", published=PUB),
                                                           "official:marco-rubio")


def test_recase_keeps_offsets_and_mixed_labels():
    text = "Senator WONG: I can.\nINTERLOCUTORA: sí\n**SECRETARIO DE LA DEFENSA NACIONAL, LUIS SANDOVAL:** Gracias"
    out = recase_labels(text)
    assert len(out) == len(text)
    assert out.startswith("Senator WONG: I can.\nINTERLOCUTORA:")  # one word in capitals, or no capitals only: kept
    assert "**Secretario de la Defensa Nacional, Luis Sandoval:**" in out
