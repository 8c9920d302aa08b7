"""Agreement titles carry the text's own description of the agreement (loaders/agreement_titles.py).
Sentences written for this test, not taken from the corpora."""

import pytest

from graph.schema import Document
from loaders.agreement_titles import description
from loaders.extract import extract


def titles(text: str, lang: str) -> list[str]:
    ents, _ = extract(Document(id="doc:t", text=text, published="2025-06-10", language=lang))
    return [e.title for e in ents if e.type == "Agreement"]


@pytest.mark.parametrize("text,lang,title", [
    ("Peru and Mexico signed a free trade agreement on Monday.", "en", "Mexico–Peru free trade agreement (2025)"),
    ("Kenya and Ethiopia signed a defence cooperation pact in Nairobi.", "en", "Ethiopia–Kenya defence cooperation pact (2025)"),
    ("India and Armenia signed a memorandum of understanding on defence cooperation last week.", "en",
     "Armenia–India memorandum of understanding on defence cooperation (2025)"),
    ("Japan and the Philippines signed a reciprocal access agreement that allows troops to train together.", "en",
     "Japan–Philippines reciprocal access agreement (2025)"),
    ("Brasil y Uruguay firmaron el martes un memorando de entendimiento en materia de ciberseguridad.", "es",
     "Brazil–Uruguay memorando de entendimiento en materia de ciberseguridad (2025)"),
    ("Chile y Argentina suscribieron un acuerdo de cooperación energética con vigencia de diez años.", "es",
     "Argentina–Chile acuerdo de cooperación energética (2025)"),
    ("Perú y México firmaron un tratado de libre comercio en Lima.", "es", "Mexico–Peru tratado de libre comercio (2025)"),
    ("España y Marruecos firmaron un acuerdo migratorio.", "es", "Spain–Morocco acuerdo migratorio (2025)"),
])
def test_the_title_describes_the_agreement_as_the_text_does(text, lang, title):
    assert titles(text, lang) == [title]


@pytest.mark.parametrize("text,lang,title", [
    ("Spain and Morocco signed an agreement on Monday.", "en", "Spain–Morocco agreement (2025)"),
    ("Turkey and Malaysia signed a new bilateral memorandum of understanding.", "en",
     "Malaysia–Türkiye memorandum of understanding (2025)"),
    ("El acuerdo firmado ayer entre Chile y Perú entra en vigor en enero.", "es", "Chile–Peru acuerdo (2025)"),
])
def test_a_bare_or_merely_qualified_agreement_keeps_its_plain_title(text, lang, title):
    assert titles(text, lang) == [title]


def test_descriptions_stop_at_names_numbers_and_clause_words():
    assert description("they signed a contract for the purchase of 17 jets", "en") == (
        "contract", "contract for the purchase")
    assert description("firmaron el acuerdo de Escazú", "es") is None      # a name: agreements._name's
    assert description("an agreement with Peru on Monday", "en") is None
    assert description("their own defence industry memorandum", "en") == ("memorandum", "defence industry memorandum")
