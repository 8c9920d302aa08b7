"""URGED, session 11 (urged9): requests not to act, free-text acts in one vocabulary, a second request of the
same subject, requests after an apposition or a fronted place, and act words inside what a request is about."""

import pytest

from loaders.action_words import action_concept
from tests.extracting import extract_text

PUB = "2025-06-01"


def urged(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == "URGED" and c.polarity == "positive"}


# ---------------------------------------------------------------- a request not to act is "not <act>"
NOT_TO = [
    ("en", "Romanian officials have pressed Washington not to reduce the U.S. troop presence at the base.",
     ("state:ROU", "state:USA", "not reduce")),
    ("en", "The US commander is said to have urged Seoul privately not to restrict surveillance flights.",
     ("state:USA", "state:KOR", "not reduce")),
    ("en", "France called on Mali not to expel the UN mission.", ("state:FRA", "state:MLI", "not expel")),
    ("en", "Britain told Iran not to supply drones to Russia.", ("state:GBR", "state:IRN", "not deliver")),
    ("es", "Estados Unidos pidió a Bielorrusia que no transfiera armamento a Cuba.", ("state:USA", "state:BLR", "not transfer")),
    ("es", "Francia instó a Malí a no expulsar a la misión de la ONU.", ("state:FRA", "state:MLI", "not expel")),
    ("es", "China exigió a Filipinas que no despliegue misiles en la isla.", ("state:CHN", "state:PHL", "not deploy")),
]


@pytest.mark.parametrize("lang,text,want", NOT_TO)
def test_request_not_to_act_is_the_omission(lang, text, want):
    got = urged(text, lang)
    assert want in got, got
    assert not any(a == want[2][4:] for _, _, a in got)  # never the act itself


@pytest.mark.parametrize("gold,extracted", [
    ("not reduce troop presence", "not reduce"),
    ("not restrict surveillance flights", "not reduce"),
    ("not transfer weapons", "no transfiera"),
    ("not to sign the pact", "not sign"),
])
def test_a_negated_gold_action_reads_as_the_omission(gold, extracted):
    assert action_concept(gold) == action_concept(extracted)
    assert action_concept(gold) != action_concept(gold.split(" ", 1)[1])


# ---------------------------------------------------------------- free-text acts in the one vocabulary
@pytest.mark.parametrize("a,b", [
    ("actuar con moderación", "show restraint"),
    ("moderación y diálogo", "exercise restraint"),
    ("de-escalate", "restraint"),
    ("rendir cuentas", "account for the abuses"),
    ("part with their Mi-17 helicopters", "hand over the helicopters"),
    ("remita el memorando al Congreso", "submit the memorandum to Congress"),
    ("send the plan to Congress for ratification", "submit the plan to Congress"),
])
def test_free_text_requests_share_a_concept(a, b):
    assert action_concept(a) == action_concept(b) is not None


def test_sending_arms_is_no_submission():
    assert action_concept("envíe armas a Ucrania") == action_concept("send weapons") == "deliver"


# ---------------------------------------------------------------- a second request of the same subject
SECOND = [
    ("en", "From Washington, the State Department urged Cuba to release the prisoners and asked Minsk not to transfer "
           "weapons to the island.", [("state:USA", "state:CUB", "release"), ("state:USA", "state:BLR", "not transfer")]),
    ("en", "In Brussels, the European Commission urged Hungary to lift its veto and asked Poland to respect the ruling.",
     [("group:european-commission", "state:HUN", "lift"), ("group:european-commission", "state:POL", "respect")]),
    ("es", "Desde Washington, el Departamento de Estado instó al régimen cubano a rendir cuentas y pidió a Minsk que no "
           "transfiera armamento a la isla.", [("state:USA", "state:CUB", "account"), ("state:USA", "state:BLR", "not transfer")]),
    ("es", "En Bruselas, la Comisión Europea pidió a Hungría que levante el veto y exigió a Polonia que respete la sentencia.",
     [("group:european-commission", "state:HUN", "lift"), ("group:european-commission", "state:POL", "respect")]),
]


@pytest.mark.parametrize("lang,text,want", SECOND)
def test_second_request_to_another_addressee(lang, text, want):
    got = urged(text, lang)
    for w in want:
        assert w in got, got
    assert len(got) == len(want), got  # the first request's act and targets stop where the second starts


# ---------------------------------------------------------------- after an apposition, perfect tense, a list asked
APPOS = [
    ("es", "China, socio de ambos países, había instado el jueves a Islamabad y a Teherán a actuar con moderación.",
     [("state:CHN", "state:PAK", "show restraint"), ("state:CHN", "state:IRN", "show restraint")]),
    ("es", "Catar, mediador en el conflicto, pidió a Hamás que acepte la tregua.", [("state:QAT", "group:hamas", "accept")]),
    ("es", "El Vaticano, en un comunicado, instó a Rusia y a Ucrania a negociar.",
     [("state:VAT", "state:RUS", "negotiate"), ("state:VAT", "state:UKR", "negotiate")]),
    ("en", "China, a partner of both countries, had urged Islamabad and Tehran on Thursday to show restraint.",
     [("state:CHN", "state:PAK", "show restraint"), ("state:CHN", "state:IRN", "show restraint")]),
]


@pytest.mark.parametrize("lang,text,want", APPOS)
def test_request_after_an_apposition(lang, text, want):
    got = urged(text, lang)
    for w in want:
        assert w in got, got


# ---------------------------------------------------------------- the request's own verb, not a word of its object
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Germany's chancellor, Olaf Scholz, pressed Brazil during his visit to Brasília that same month to sell "
           "ammunition.", ("official:olaf-scholz", "state:BRA", "sell")),
    ("en", "The United States urged Israel during a visit to Cairo last week to allow more aid into Gaza.",
     ("state:USA", "state:ISR", "allow")),
    ("en", "Washington quietly asked Bogotá, Quito and Buenos Aires to part with their Mi-17 helicopters.",
     ("state:USA", "state:ECU", "extradite")),
    ("es", "La Asociación Unificada de Guardias Civiles (AUGC) pidió a Marruecos que aclare si los agentes podrán actuar "
           "en aguas españolas.", ("group:asociacion-unificada-de-guardias-civiles", "state:MAR", "explain")),
    ("es", "Perú pidió a Chile que explique por qué expulsó a los migrantes.", ("state:PER", "state:CHL", "explain")),
    ("en", "Spain urged Morocco to clarify how it would expel the migrants.", ("state:ESP", "state:MAR", "explain")),
    ("es", "El Partido Popular exigió a España que remita el memorando al Congreso, y la Asociación Unificada de "
           "Guardias Civiles pidió a Marruecos que aclare la situación.", ("group:partido-popular", "state:ESP", "submit")),
])
def test_the_requested_act(lang, text, want):
    got = urged(text, lang)
    assert want in got, got
    assert {a for s, o, a in got if (s, o) == want[:2]} == {want[2]}, got
