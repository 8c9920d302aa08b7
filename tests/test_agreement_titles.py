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


def agreements_of(text: str, lang: str, published: str = "2025-06-10") -> list:
    ents, _ = extract(Document(id="doc:t", text=text, published=published, language=lang))
    return [e for e in ents if e.type == "Agreement"]


def names_of(text: str, lang: str) -> set[str]:
    """Every name the document's agreements are known by (title and aliases), lower case."""
    return {n.lower() for e in agreements_of(text, lang) for n in [e.title, *e.aliases]}


@pytest.mark.parametrize("text,lang,name", [
    ("Costa Rica y los Emiratos Árabes Unidos firmaron un Acuerdo de Asociación Económica Integral, el primero de "
     "Emiratos con un país centroamericano.", "es", "acuerdo de asociación económica integral"),
    ("Australia signed the Nakamarra Treaty with Nauru in December, and it took effect in March.", "en", "nakamarra treaty"),
    ("Kenya and Ethiopia signed the Comprehensive Strategic Partnership Agreement in Nairobi on Monday.", "en",
     "comprehensive strategic partnership agreement"),
    ("El Tratado de Amistad y Cooperación fue firmado por Chile y Bolivia en marzo.", "es",
     "tratado de amistad y cooperación"),
    ("Peru and Ecuador signed the Treaty on Border Security and Migration in Lima last week.", "en",
     "treaty on border security and migration"),
])
def test_an_agreement_keeps_its_proper_name(text, lang, name):
    assert name in names_of(text, lang)


@pytest.mark.parametrize("text,lang,name", [
    ("A reciprocal access agreement allowing Japanese and Australian troops to train together took effect on Monday. "
     "The pact was signed in Tokyo in 2023 by the two defence ministers, Richard Marles and Minoru Kihara.", "en",
     "reciprocal access agreement"),
    ("The Ankara Declaration on energy ties set a new course for both countries. The accord was signed by "
     "Recep Tayyip Erdoğan and Ilham Aliyev in 2021.", "en", "ankara declaration"),
    ("Un acuerdo de cooperación en ciberseguridad entrará en vigor en enero. El acuerdo fue firmado por Paraguay y "
     "Taiwán en octubre de 2024.", "es", "acuerdo de cooperación en ciberseguridad"),
])
def test_the_pact_takes_the_name_the_paragraph_gave_it(text, lang, name):
    assert name in names_of(text, lang)


def test_a_later_mention_adds_its_description_as_an_alias():
    text = ("Chile and Peru signed an agreement in Lima on Monday. The energy cooperation agreement was signed by "
            "foreign ministers Alberto van Klaveren and Elmer Schialer.")
    assert "energy cooperation agreement" in names_of(text, "en")


@pytest.mark.parametrize("text,lang", [
    # another agreement nearer than the name: not this one's
    ("The Paris Agreement was discussed at length. A memorandum of understanding was signed by Chile and Peru on Monday.",
     "en"),
    # a headline's capitals name nothing
    ("Chile And Peru Sign Energy Deal In Lima", "en"),
])
def test_no_name_is_borrowed_from_elsewhere(text, lang):
    assert not {n for n in names_of(text, lang) if "paris" in n or "energy deal in" in n}


@pytest.mark.parametrize("text,lang,desc", [
    ("Paraguay y Taiwán firmaron un acuerdo de cooperación en ciberseguridad en octubre.", "es",
     "acuerdo de cooperación en ciberseguridad"),
    ("Chile y Perú firmaron un convenio de colaboración en materia energética en mayo.", "es", None),
])
def test_a_field_after_en_belongs_to_the_description_a_month_does_not(text, lang, desc):
    got = description(text, lang)
    if desc:
        assert got and got[1] == desc
    else:
        assert got is None or "mayo" not in got[1]
