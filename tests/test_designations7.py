"""Designations read by mechanisms found missing on the analysis sets (session 9), in English and
Spanish: a person declared persona non grata. Every sentence is written for this file, with
negatives: plans, requests, denials and hedges are never positive."""

import pytest

from tests.extracting import extract_text


def _designations(text, language, published="2025-03-10"):
    return {(c.subject, c.object, c.props.get("designation")) for c in extract_text(text, language=language, published=published)
            if c.predicate == "DESIGNATED" and c.polarity == "positive" and c.modality.value in ("asserted", "reported")}


# -- persona non grata: a state, its parliament or ministry declares a person unwelcome ------------

PNG = "persona non grata"


@pytest.mark.parametrize("text,language,want", [
    ("Peru's Congress declared Gustavo Petro persona non grata in 2024.", "en", ("state:PER", "official:gustavo-petro")),
    ("Ecuador declared the Mexican ambassador Raquel Serur persona non grata on Thursday.", "en",
     ("state:ECU", "official:raquel-serur")),
    ("On Monday Venezuela's National Assembly declared President Javier Milei a persona non grata.", "en",
     ("state:VEN", "official:javier-milei")),
    ("The ambassador Raquel Serur was declared persona non grata by Ecuador in April.", "en",
     ("state:ECU", "official:raquel-serur")),
    ("El Congreso de Perú declaró persona non grata a Gustavo Petro.", "es", ("state:PER", "official:gustavo-petro")),
    ("La Asamblea Nacional de Venezuela declaró al presidente Javier Milei persona non grata el martes.", "es",
     ("state:VEN", "official:javier-milei")),
    ("Gustavo Petro fue declarado persona non grata por el Congreso de Perú en 2024.", "es",
     ("state:PER", "official:gustavo-petro")),
    ("Gustavo Petro visitó Lima en 2023. El Congreso de Perú lo declaró persona non grata en 2024.", "es",
     ("state:PER", "official:gustavo-petro")),
])
def test_persona_non_grata(text, language, want):
    assert (*want, PNG) in _designations(text, language)


@pytest.mark.parametrize("text,language", [
    ("Peru's Congress voted on a motion asking the government to declare Gustavo Petro persona non grata.", "en"),
    ("Lawmakers urged Peru's Congress to declare Gustavo Petro persona non grata.", "en"),
    ("Peru did not declare Gustavo Petro persona non grata.", "en"),
    ("Peru may declare Gustavo Petro persona non grata.", "en"),
    ("El Congreso de Perú estudia declarar persona non grata a Gustavo Petro.", "es"),
    ("El Congreso de Perú no declaró persona non grata a Gustavo Petro.", "es"),
    ("La oposición pidió al Congreso de Perú declarar persona non grata a Gustavo Petro.", "es"),
])
def test_persona_non_grata_not_an_act(text, language):
    assert not any(d == PNG for _, _, d in _designations(text, language))
