"""A signing's date written after an aside ("signed a deal in Beijing, mediated by China, in March 2023"):
the signing's, not the publication day's (a wrong year is a false agreement and a missed one)."""

import pytest

from extracting import signing_claims

PUB = "2025-11-20"


def _dates(text: str, lang: str) -> set:
    return {c.date for c in signing_claims(text, lang, PUB) if c.predicate == "PARTY_TO"}


@pytest.mark.parametrize("text,lang,want", [
    ("Iran and Saudi Arabia signed a deal in Beijing, mediated by China, in March 2023.", "en", "2023-03"),
    ("Japan and the Philippines signed a reciprocal access agreement, the first of its kind in Asia, on July 8, 2024.",
     "en", "2024-07-08"),
    ("Peru signed a memorandum of understanding with China, its largest trading partner, in 2019.", "en", "2019"),
    ("Un año después de que Katmandú y Pekín firmaran el marco de cooperación de la Iniciativa de la Franja y la "
     "Ruta, en diciembre de 2024, ninguno de los proyectos previstos ha empezado.", "es", "2024-12"),
    ("Chile y Argentina firmaron un acuerdo de defensa, el primero en dos décadas, en marzo de 2022.", "es", "2022-03"),
])
def test_date_after_an_aside_dates_the_signing(text, lang, want):
    assert _dates(text, lang) == {want}


@pytest.mark.parametrize("text,lang,not_want", [
    ("Iran and Saudi Arabia signed a deal, ending a rift that began in 2016.", "en", "2016"),
    ("Peru signed a memorandum of understanding with China, which it had recognised in 1971.", "en", "1971"),
    ("Iran and Saudi Arabia signed a deal in Beijing, China said, after talks that began in 2021.", "en", "2021"),
    ("Chile y Argentina firmaron un acuerdo de defensa, que reemplaza el tratado de 1984.", "es", "1984"),
    ("Chile y Argentina firmaron un acuerdo de defensa, según el diario El Mercurio del 3 de marzo de 2022.", "es",
     "2022-03-03"),
])
def test_a_date_of_another_clause_is_not_the_signing(text, lang, not_want):
    assert not_want not in _dates(text, lang)
