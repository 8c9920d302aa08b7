"""Severing ties told by ellipsis or by a switch of recognition, and the dates of background acts: months sharing a
year, anniversaries, unnumbered days, 'N years after', 'from 2022', comparisons, an apposition before the date."""

import pytest

from loaders import dates
from tests.extracting import extract_text

PUB = "2025-06-01"


def _severed(text, lang, pub=PUB):
    return {(c.subject, c.object, c.polarity, c.date) for c in extract_text(text, language=lang, published=pub)
            if c.predicate == "SEVERED_TIES"}


@pytest.mark.parametrize("text, lang, want", [
    ("In August 2024, Mali cut diplomatic relations with Ukraine after a row. Niger followed suit within days.", "en",
     ("state:NER", "state:UKR", "positive", "2024-08")),
    ("Honiara cut its ties with Taipei in September 2019. Nauru followed in January 2024, two days after the election.",
     "en", ("state:NRU", "state:TWN", "positive", "2024-01")),
    ("Honiara cut its ties with Taipei in September 2019, and Kiribati did the same days later.", "en",
     ("state:KIR", "state:TWN", "positive", "2019-09")),
    ("En julio de 2024 Venezuela rompió relaciones con Panamá. Nicaragua hizo lo mismo días después.", "es",
     ("state:NIC", "state:PAN", "positive", "2024-07")),
    ("Honduras switched recognition to Beijing in March 2023.", "en", ("state:HND", "state:TWN", "positive", "2023-03")),
    ("Nauru switched its diplomatic allegiance to China in January 2024.", "en", ("state:NRU", "state:TWN", "positive", "2024-01")),
    ("Panama ditched Taiwan for China in 2017.", "en", ("state:PAN", "state:TWN", "positive", "2017")),
    ("Panama dropped Taiwan in favour of Beijing in 2017.", "en", ("state:PAN", "state:TWN", "positive", "2017")),
    ("Taiwan lost Nauru as a diplomatic ally in January 2024.", "en", ("state:NRU", "state:TWN", "positive", "2024-01")),
    ("Honduras trasladó su reconocimiento diplomático a Pekín en marzo de 2023.", "es",
     ("state:HND", "state:TWN", "positive", "2023-03")),
    ("El Salvador estableció relaciones con China en 2018 tras romper con Taiwán.", "es",
     ("state:SLV", "state:TWN", "positive", "2018")),
    ("Seven years after the Dominican Republic broke diplomatic ties with Taiwan and recognised Beijing, in May 2018, "
     "the promised investment has not arrived.", "en", ("state:DOM", "state:TWN", "positive", "2018-05")),
])
def test_severing_by_ellipsis_or_switch(text, lang, want):
    assert want in _severed(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Mali cut ties with Ukraine. Analysts followed the story closely.", "en"),
    ("Tuvalu has not switched recognition to Beijing.", "en"),
    ("Paraguay refused to switch its recognition to Beijing.", "en"),
    ("Peru designated Hezbollah a terrorist group in 2019. Colombia followed suit in 2020.", "en"),
    ("Switching recognition to China, Honduras said, would bring investment.", "en"),
])
def test_no_severing_read(text, lang):
    got = _severed(text, lang)
    assert not {c for c in got if c[2] == "positive" and c[0] != "state:MLI"}


@pytest.mark.parametrize("text, pub, lang, want", [
    ("Egypt delivered two shipments in August and September 2024.", "2025-10-21", "en", "2024-08"),
    ("Se firmaron en enero y febrero de 2023.", "2025-10-21", "es", "2023-01"),
    ("Se cumple un año de la ruptura de relaciones.", "2025-04-06", "es", "2024-04"),
    ("The rupture took place on the first anniversary of the raid.", "2025-04-06", "en", "2024-04"),
    ("Iran supplied drones to Russia from 2022.", "2026-02-10", "en", "2022"),
    ("Irán suministró drones a Rusia a partir de 2022.", "2026-02-10", "es", "2022"),
])
def test_date_forms(text, pub, lang, want):
    assert [d.value for d in dates.find(text, 0, len(text), pub, lang) if d.value][:1] == [want]


def test_years_after_give_the_year():
    text = "Irán y Arabia Saudí acordaron este viernes restablecer relaciones, siete años después de que Riad rompiera los lazos con Teherán."
    got = _severed(text, "es", pub="2023-03-10")
    assert ("state:SAU", "state:IRN", "positive", "2016") in got


@pytest.mark.parametrize("text, lang, want", [
    ("Colombia designated the ELN a terrorist organisation, as the United States did in 1997.", "en", None),
    ("Chile, al igual que Perú en 2019, declaró a Hezbolá organización terrorista.", "es", None),
    ("As Britain did in 2019, Australia listed Hezbollah in 2021.", "en", "2021"),
    ("The US Treasury sanctioned Bidzina Ivanishvili, the billionaire founder of the ruling Georgian Dream party, in "
     "December 2024, citing the violent crackdown on protesters.", "en", "2024-12"),
])
def test_designation_dates(text, lang, want):
    # (the compared subject's own listing, "as the United States did in 1997", is a fact of its own dated by its clause:
    # tests/test_desig17.py; here only the main clause's date is checked)
    got = [c for c in extract_text(text, language=lang, published="2026-02-10") if c.predicate == "DESIGNATED"
           and ".desig17.as_" not in c.rule and ".desig17.como" not in c.rule]
    assert got and {c.date for c in got} == {want}


def test_citing_a_reason_is_no_attribution():
    text = "Peru broke off relations with Mexico on Monday, citing the asylum granted to a former minister."
    assert {c.modality for c in extract_text(text, language="en", published=PUB) if c.predicate == "SEVERED_TIES"} == {"asserted"}
    text = "Peru broke off relations with Mexico, citing two officials familiar with the matter."
    assert {c.modality for c in extract_text(text, language="en", published=PUB) if c.predicate == "SEVERED_TIES"} == {"reported"}
