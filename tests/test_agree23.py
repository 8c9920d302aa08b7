"""Agreements (session 23): precision of who is a party. Sentences written for these tests, both languages."""

import pytest

from tests.extracting import agreements_and_positive

PUB = "2025-10-20"


def _run(text: str, lang: str, pub: str = PUB):
    return agreements_and_positive(text, lang, pub)


def _parties(claims):
    return {c.subject for c in claims if c.predicate == "PARTY_TO"}


def _mou_pairs(claims):
    return {frozenset((c.subject, c.object)) for c in claims if c.predicate == "SIGNED_MOU_WITH"}


# ------------------------------------------- a "with" inside a coordinated clause of its own is no partner of the signing
@pytest.mark.parametrize("text,lang,partner,other", [
    ("In May Qatar signed a memorandum of understanding with the Syrian government on power generation, and it is "
     "paying, with Saudi Arabia, Syria's arrears to the World Bank.", "en", "state:SYR", "state:SAU"),
    ("Peru signed a trade deal with Chile last year, and its exporters are now competing with Ecuador.", "en",
     "state:CHL", "state:ECU"),
    ("Ghana signed a defence agreement with Togo in March, and it has since held joint patrols with Burkina Faso.", "en",
     "state:TGO", "state:BFA"),
    ("En mayo Qatar firmó un memorando de entendimiento con el gobierno sirio sobre generación eléctrica, y está pagando, "
     "junto con Arabia Saudita, las deudas de Siria con el Banco Mundial.", "es", "state:SYR", "state:SAU"),
    ("Paraguay firmó un convenio con Taiwán en 2024, y ahora tiene una disputa comercial con Brasil.", "es",
     "state:TWN", "state:BRA"),
])
def test_a_partner_of_a_later_coordinated_clause_is_no_party(text, lang, partner, other):
    agreements, claims = _run(text, lang)
    assert partner in _parties(claims)
    assert other not in _parties(claims)
    assert all(other not in pair for pair in _mou_pairs(claims))


@pytest.mark.parametrize("text,lang,partners", [
    # a second partner with its own "with" and no verb of its own: still the signing's ("and with B a year later")
    ("Indonesia signed a memorandum of understanding with Vietnam in 2023, and with the Philippines a year later.", "en",
     {"state:VNM", "state:PHL"}),
    ("Colombia firmó un memorando con Ecuador en 2022, y con Perú un año después.", "es", {"state:ECU", "state:PER"}),
])
def test_a_second_partner_without_a_verb_of_its_own_stays(text, lang, partners):
    _, claims = _run(text, lang)
    assert partners <= _parties(claims)
