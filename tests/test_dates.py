"""Dates resolved against the publication date, at the precision the text gives."""

import pytest

from loaders import dates


def values(text, pub, lang="en"):
    return [(text[d.start:d.end], d.value or (d.range_start, d.range_end)) for d in dates.find(text, 0, len(text), pub, lang)]


@pytest.mark.parametrize("text,pub,want", [
    ("On July 20th, Iran and Bolivia met.", "2023-08-08", "2023-07-20"),
    ("In September, Ecuador acted.", "2026-01-24", "2025-09"),  # past-preferring
    ("In September, Ecuador acted.", "2025-11-02", "2025-09"),
    ("It happened on Jan. 24.", "2026-01-27", "2026-01-24"),
    ("Last week, Argentina designated the group.", "2026-01-24", "2026-01"),
    ("The deal was signed on Monday.", "2024-06-12", "2024-06-10"),
    ("El acuerdo se firmó el martes.", "2024-06-12", "2024-06-11"),
    ("En julio de 2023, Irán y Bolivia firmaron.", "2024-03", "2023-07"),
    ("Bolivia rompió relaciones el 31 de octubre de 2023.", "2024-03", "2023-10-31"),
    ("The plot was foiled in 2015.", "2023-08-08", "2015"),
    ("They met on October 31, 2023 in Tehran.", "2024-01-01", "2023-10-31"),
    ("Honduras rompió el pasado sábado con Taiwán.", "2023-03-27", "2023-03-25"),
])
def test_point_dates(text, pub, want):
    assert want in [v for _, v in values(text, pub)]


def test_ranges():
    assert ("Between 2006 and 2019", ("2006", "2019")) in values("Between 2006 and 2019, Evo Morales ruled.", "2023-08-08")
    assert ("from 2020 until late last year", ("2020", "2025")) in values(
        "Arce, whose term ran from 2020 until late last year, left.", "2026-01-24")
    assert ("entre 2006 y 2019", ("2006", "2019")) in values("Gobernó entre 2006 y 2019.", "2023-01-01", "es")


def test_nothing_without_dates():
    assert dates.find("Iran funds Hezbollah.", 0, 21, "2024-01-01") == []
    assert values("It may be that 85 people died.", "2024-01-01") == []
