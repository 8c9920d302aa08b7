"""ALLEGED_TIES families of session 11 (loaders/rules/en_ties.yaml (en.ties9.), es_ties.yaml (es.ties9.); the list boundary and
own-item determiner of loaders/relations._LIST; the nature read off the match, relations._natures; the
bad-relationship filter, extract._sour_relation): how news in general reports ties, with the near misses
each family must keep out. Real extraction, short texts written for these tests."""

import pytest

from extracting import extract_text

PUB = "2025-11-20"
TIES = "ALLEGED_TIES"


def _claims(lang: str, text: str, polarity: str = "positive"):
    return [c for c in extract_text(text, language=lang, published=PUB) if c.predicate == TIES and c.polarity == polarity]


def _pairs(lang: str, text: str, polarity: str = "positive") -> set[tuple[str, str]]:
    return {tuple(sorted((c.subject, c.object))) for c in _claims(lang, text, polarity)}


def _has(lang: str, text: str, a: str, b: str) -> bool:
    return tuple(sorted((a, b))) in _pairs(lang, text)


# ---------------------------------------------------------------- relationships told as bad or as trade only
SOUR = [
    ("en", "Azerbaijan's relations with Russia have soured since the downing of the airliner.", "state:AZE", "state:RUS"),
    ("en", "Relations between Chile and Bolivia have deteriorated sharply this year.", "state:CHL", "state:BOL"),
    ("en", "Ecuador's relationship with Mexico broke down after the embassy raid.", "state:ECU", "state:MEX"),
    ("en", "Colombia's tense relations with Nicaragua worsened after the ruling.", "state:COL", "state:NIC"),
    ("en", "Brazil's trade ties with China grew by 12 percent last year.", "state:BRA", "state:CHN"),
    ("en", "Azerbaijan's relations with Russia are unlikely to normalise before Moscow apologises.", "state:AZE", "state:RUS"),
    ("es", "Las relaciones de Azerbaiyán con Rusia se han deteriorado desde el derribo del avión.", "state:AZE", "state:RUS"),
    ("es", "Las relaciones entre Chile y Bolivia siguen congeladas desde 1978.", "state:CHL", "state:BOL"),
    ("es", "Los lazos comerciales de Brasil con China crecieron un 12 por ciento.", "state:BRA", "state:CHN"),
]

GOOD_RELATIONS = [
    ("en", "Iran's close ties with Hezbollah have deepened since 2006.", "state:IRN", "group:hezbollah"),
    ("en", "Bolivia restored diplomatic relations with Israel, which had been frozen since 2009.", "state:BOL", "state:ISR"),
    ("es", "Las relaciones entre Rusia y Nicaragua se han estrechado en la última década.", "state:RUS", "state:NIC"),
]


@pytest.mark.parametrize("lang,text,a,b", SOUR)
def test_a_relationship_told_as_bad_or_trade_is_no_tie(lang, text, a, b):
    assert not _has(lang, text, a, b)


@pytest.mark.parametrize("lang,text,a,b", GOOD_RELATIONS)
def test_a_good_or_mended_relationship_is_a_tie(lang, text, a, b):
    assert _has(lang, text, a, b)


# ---------------------------------------------------------------- lists: a parallel clause, the owner's own item
def test_a_parallel_accusation_is_not_one_more_listed_actor():
    for lang, text in (("en", "Israel accused Iran of arming Hezbollah, and Lebanon of sheltering it."),
                       ("es", "Israel acusó a Irán de armar a Hezbolá y al Líbano de darle refugio.")):
        got = _pairs(lang, text)
        assert tuple(sorted(("state:IRN", "group:hezbollah"))) in got
        assert tuple(sorted(("state:IRN", "state:LBN"))) not in got


@pytest.mark.parametrize("lang,text", [
    ("en", "Egypt backs Khalifa Haftar and his Libyan National Army."),
    ("es", "Egipto respalda a Jalifa Haftar y a su Ejército Nacional Libio."),
    ("es", "Egipto sigue respaldando al mariscal Jalifa Haftar y a su Ejército Nacional Libio."),
])
def test_the_owners_own_item_closes_a_list(lang, text):
    assert _has(lang, text, "state:EGY", "group:libyan-national-army")
    assert _has(lang, text, "state:EGY", "official:khalifa-haftar")


# ---------------------------------------------------------------- nature read off the match
NATURES = [
    ("en", "Iran's Quds Force arms and trains Hezbollah.", {"arms", "training"}),
    ("en", "Algeria funds, arms and shelters the Polisario Front.", {"funding", "arms", "safe haven"}),
    ("en", "Venezuela has armed the ELN for years, Colombian officials say.", {"arms"}),
    ("en", "The Houthis receive money and weapons from Iran.", {"funding", "arms"}),
    ("en", "Pakistan has sheltered Taliban leaders, Afghan officials allege.", {"safe haven"}),
    ("es", "La Fuerza Quds arma y entrena a Hezbolá.", {"arms", "training"}),
    ("es", "Venezuela ha armado al ELN durante años, según Colombia.", {"arms"}),
    ("es", "Marruecos acusa a Argelia de dar refugio al Frente Polisario.", {"safe haven"}),
    ("es", "Irán financia y protege a Hezbolá.", {"funding", "backing"}),
]


@pytest.mark.parametrize("lang,text,natures", NATURES)
def test_the_nature_names_every_kind_of_backing(lang, text, natures):
    cs = _claims(lang, text)
    assert cs and all(set(c.props.get("nature", [])) == natures for c in cs)


# ---------------------------------------------------------------- session 11 families
TIES9 = [
    ("en", "Hezbollah, Lebanon's most powerful armed group, is backed by Iran.", "state:IRN", "group:hezbollah"),
    ("en", "The Houthis, a Zaydi movement, have long been armed and trained by Iran.", "state:IRN", "group:houthis"),
    ("en", "Rabat accuses Algiers of arming, funding and hosting the Polisario Front.", "state:DZA", "group:polisario"),
    ("en", "Tehran accuses Islamabad of tolerating Jaish al-Adl on its soil.", "state:PAK", "group:jaish-al-adl"),
    ("en", "Belarus has allowed Russian troops to rotate through its training grounds near Brest.", "state:BLR", "state:RUS"),
    ("en", "ELN commanders relocated to Venezuela in 2019.", "group:eln", "state:VEN"),
    ("en", "Leaders of the ELN fled to Venezuela after the talks collapsed.", "group:eln", "state:VEN"),
    ("en", "Qatar and Turkey, which have hosted Hamas leaders for years, deny any wrongdoing.", "state:QAT", "group:hamas"),
    ("es", "Marruecos acusa desde hace décadas a Argelia de armar y dar refugio al Frente Polisario.", "state:DZA", "group:polisario"),
    ("es", "Rabat acusa a Argel de armar, financiar y acoger al Frente Polisario.", "state:DZA", "group:polisario"),
    ("es", "Teherán acusa a Islamabad de tolerar en su territorio a Jaish al Adl.", "state:PAK", "group:jaish-al-adl"),
    ("es", "Irán continúa financiando y armando a los hutíes.", "state:IRN", "group:houthis"),
    ("es", "Bielorrusia ha permitido que tropas rusas usen su territorio para maniobras.", "state:BLR", "state:RUS"),
    ("es", "Los combatientes de Wagner se trasladaron a Bielorrusia tras el motín.", "group:wagner-group", "state:BLR"),
    ("es", "La Guardia Revolucionaria mantiene desde hace décadas vínculos con Hezbolá.", "group:irgc", "group:hezbollah"),
]

NOT_TIES9 = [
    ("en", "Peru, the region's second copper producer, is backed by strong reserves.", "state:PER", "state:CHL"),
    ("en", "Iran, the UAE and Qatar, all Gulf powers, back rival camps.", "state:IRN", "state:QAT"),
    ("en", "Colombia's police chiefs relocated to Bogotá in 2019.", "state:COL", "state:COL"),
    ("en", "The ELN has never been allowed by Venezuela to operate on its soil, Caracas says.", "group:eln", "state:VEN"),
    ("es", "Bielorrusia no ha permitido que tropas rusas usen su territorio.", "state:BLR", "state:RUS"),
    ("es", "Perú sigue apoyando a Chile en su reclamo ante la ONU.", "state:PER", "state:CHL"),
]


@pytest.mark.parametrize("lang,text,a,b", TIES9)
def test_session11_tie_families(lang, text, a, b):
    assert _has(lang, text, a, b)


@pytest.mark.parametrize("lang,text,a,b", NOT_TIES9)
def test_session11_near_misses(lang, text, a, b):
    assert not _has(lang, text, a, b)
