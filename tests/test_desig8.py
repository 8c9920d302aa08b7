"""Designations found missing on the analysis sets in session 10 (desig8), in English and Spanish.
Every sentence is written for this file, with negatives: plans, requests, denials and hedges are
never positive acts."""

import pytest

from tests.extracting import extract_text


def _designations(text, language, published="2025-06-10"):
    return {(c.subject, c.object) for c in extract_text(text, language=language, published=published)
            if c.predicate == "DESIGNATED" and c.polarity == "positive" and c.modality.value in ("asserted", "reported")}


def _any_designation(text, language, published="2025-06-10"):
    return {(c.subject, c.object) for c in extract_text(text, language=language, published=published)
            if c.predicate == "DESIGNATED" and c.polarity == "positive"
            and c.modality.value in ("asserted", "reported")}


# -- a state's court acts for the state: "a Nigerian court proscribed ...", "un tribunal nigeriano ..." -------

@pytest.mark.parametrize("text,language,want", [
    ("A Nigerian court proscribed IPOB as a terrorist organisation in 2017.", "en", ("state:NGA", "group:ipob")),
    ("In 2008 an Indonesian court declared Jemaah Islamiyah a banned organisation.", "en",
     ("state:IDN", "group:jemaah-islamiyah")),
    ("IPOB was proscribed as a terrorist group by a Nigerian federal court in September 2017.", "en",
     ("state:NGA", "group:ipob")),
    ("The Salvadoran courts have declared MS-13 a terrorist organization.", "en", ("state:SLV", "group:ms-13")),
    ("Un tribunal nigeriano proscribió al IPOB como organización terrorista en 2017.", "es", ("state:NGA", "group:ipob")),
    ("En 2015 la justicia salvadoreña declaró a la MS-13 grupo terrorista.", "es", ("state:SLV", "group:ms-13")),
])
def test_court_of_a_state_designates(text, language, want):
    assert want in _designations(text, language)


@pytest.mark.parametrize("text,language", [
    ("A Nigerian court rejected a request to proscribe IPOB as a terrorist organisation.", "en"),
    ("A Nigerian court has not proscribed IPOB.", "en"),
    ("Lawyers asked a Nigerian court to declare IPOB a terrorist organisation.", "en"),
    ("A Nigerian court may proscribe IPOB as a terrorist organisation next month.", "en"),
    ("Un tribunal nigeriano rechazó declarar al IPOB organización terrorista.", "es"),
    ("La fiscalía pidió a un tribunal nigeriano declarar al IPOB organización terrorista.", "es"),
])
def test_court_of_a_state_not_an_act(text, language):
    assert ("state:NGA", "group:ipob") not in _designations(text, language)


# -- a scare quote's closing mark opens no quotation: the narrator's next sentence is his, not a speaker's ----

@pytest.mark.parametrize("text,language", [
    ('The spokesman dismissed the report as "propaganda". Nigeria proscribed IPOB as a terrorist organisation in 2017.\n\n'
     '"We will never stop fighting for our people," said Emma Powerful, the group\'s spokesman.', "en"),
    ('El portavoz calificó el informe de "propaganda". Nigeria proscribió al IPOB como organización terrorista en 2017.\n\n'
     '"Nunca dejaremos de luchar por nuestro pueblo", dijo Emma Powerful, portavoz del grupo.', "es"),
])
def test_scare_quote_does_not_attribute_the_next_sentence(text, language):
    claims = [c for c in extract_text(text, language=language, published="2025-06-10") if c.predicate == "DESIGNATED"]
    assert [(c.subject, c.object, c.modality.value, c.attributed_to) for c in claims] == \
        [("state:NGA", "group:ipob", "asserted", None)]
