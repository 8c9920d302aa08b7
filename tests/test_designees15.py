"""Designees of sanctions and listings that no gazetteer holds (loaders/designees.py): untitled people,
companies by their legal form, groups beside groups, items after a description; and what is no designee
(places, dates, capitalised words after the list). Names are invented."""

import pytest

from tests.extracting import discovered, positive_pairs

PUB = "2025-06-01"


def _designated(text, lang):
    return {o for s, o in positive_pairs(text, "DESIGNATED", language=lang, published=PUB) if s == "state:USA"}


@pytest.mark.parametrize("text,lang,want", [
    ("OFAC sanctioned three individuals: Ahmed Karim Nasser, Yusuf Haddad and Omar Tleiss.", "en",
     {"official:ahmed-karim-nasser", "official:yusuf-haddad", "official:omar-tleiss"}),
    ("The Treasury Department also designated a Dubai-based front company, Al Noor Exchange, and its owner, Rami Saleh.",
     "en", {"group:al-noor-exchange", "official:rami-saleh"}),
    ("The US sanctioned the Lazarus Group along with two sub-groups, Bluenoroff and Andariel.", "en",
     {"group:lazarus-group", "group:bluenoroff", "group:andariel"}),
    ("The Treasury Department sanctioned Hezbollah and Golden Crescent Trading LLC on Tuesday.", "en",
     {"group:hezbollah", "group:golden-crescent-trading-llc"}),
    ("El Departamento del Tesoro sancionó a Wilmer Pérez Castillo, a su hermano Jhonny Pérez Castillo y a la empresa "
     "Inversiones Caribe S.A. de C.V.", "es",
     {"official:wilmer-perez-castillo", "official:jhonny-perez-castillo", "group:inversiones-caribe-s-a-de-c-v"}),
])
def test_designees_listed(text, lang, want):
    assert want <= _designated(text, lang)


@pytest.mark.parametrize("text", [
    "El Departamento del Tesoro sancionó a tres personas: Wilmer Pérez Castillo, Luis Alberto Gómez y Rosa Elena Vargas.",
    "The Treasury Department designated Hezbollah on Monday. Among those listed were Karim Abdallah and Hassan Fadlallah Tarraf.",
])
def test_untitled_people_in_a_listing_are_people(text):
    found = discovered(text, "official:", PUB)
    assert len(found) >= 2


@pytest.mark.parametrize("text,lang", [
    ("The European Union sanctioned Russia over its actions in Crimea, Donetsk and Luhansk.", "en"),  # places
    ("The Treasury Department sanctioned the network in January, March and July.", "en"),  # dates
    ("La Unión Europea sancionó a Rusia por sus acciones en Crimea, Donetsk y Lugansk.", "es"),
    ("El Tesoro sancionó a la red en Enero, Marzo y Julio.", "es"),
    ("The Treasury Department sanctioned Global Magnitsky targets on Monday.", "en"),  # capitals, no name
    ("Juan Carlos Mendoza and Pedro Ruiz met in Caracas on Tuesday.", "en"),  # names, no designation
    ("Pedro Ruiz Díaz y Ana Gil Soto viajaron a Lima el martes.", "es"),
])
def test_no_designee_outside_a_list_of_names(text, lang):
    assert not discovered(text, "official:", PUB)
    assert not {k for k in discovered(text, "group:", PUB) if k not in ("group:global-magnitsky",)}
    assert not _designated(text, lang) - {"state:RUS"}


def test_a_designation_denied_stays_negative():
    text = "The State Department did not designate Juan Carlos Mendoza and Pedro Ruiz."
    assert not _designated(text, "en")
