"""A fact check's claims under review and the writer's verdicts on them are no positive facts: a labelled or
rated quotation ('Claim 3: "..."', '## 1. "..." — FALSO'), "the claim that X ... is false", "No es cierto que X ...",
"Contrary to posts claiming that X ..."."""

import pytest

from tests.extracting import extract_text

PUB = "2025-08-14"


def _claims(text, lang):
    return {(c.predicate, c.subject, c.object, c.polarity) for c in extract_text(text, language=lang, published=PUB)
            if c.predicate != "HOLDS_ROLE" and c.predicate != "PART_OF"}


@pytest.mark.parametrize("text, lang", [
    ('Claim 3: "Qatar has designated Hamas a terrorist organisation."\nRating: FALSE. We found no decree to that effect.', "en"),
    ('Claim #2 — "The UAE has cut diplomatic ties with Israel."', "en"),
    ('## 3. "Chile ya declaró terrorista al Tren de Aragua, como Estados Unidos" — FALSO\n\nNada de eso.', "es"),
    ('"Bolivia designated Hezbollah a terrorist group" (Misleading)\n\nNot quite.', "en"),
    ('FALSO: "Perú rompió relaciones con México".', "es"),
    ('Afirmación 2: "Rusia regaló fusiles y blindados al Ejército de Chile"', "es"),
])
def test_a_claim_under_review_is_no_fact(text, lang):
    assert not {c for c in _claims(text, lang) if c[3] == "positive"}


@pytest.mark.parametrize("text, lang, want", [
    ("The claim that Qatar designated Hamas a terrorist organisation is false.", "en", ("DESIGNATED", "state:QAT", "group:hamas")),
    ("Posts claiming that the UAE cut diplomatic ties with Israel are baseless.", "en", ("SEVERED_TIES", "state:ARE", "state:ISR")),
    ("It is not true that Lebanon severed relations with Iran.", "en", ("SEVERED_TIES", "state:LBN", "state:IRN")),
    ("Contrary to viral posts claiming that Chile designated the Tren de Aragua a terrorist group, the government has "
     "taken no such step.", "en", ("DESIGNATED", "state:CHL", "group:tren-de-aragua")),
    ("No es cierto que Chile haya roto relaciones con Venezuela.", "es", ("SEVERED_TIES", "state:CHL", "state:VEN")),
    ("Es falso que Qatar haya designado a Hamás como organización terrorista.", "es", ("DESIGNATED", "state:QAT", "group:hamas")),
    ("La versión de que Rusia donó fusiles al Ejército de Chile es falsa.", "es", ("SUPPLIED", "state:RUS", "state:CHL")),  # (goods to a state's forces go to the state)
])
def test_a_claim_the_writer_calls_false_is_denied(text, lang, want):
    got = _claims(text, lang)
    assert want + ("negative",) in got and want + ("positive",) not in got


@pytest.mark.parametrize("text, lang, want", [
    ("Peru broke off diplomatic relations with Mexico on Monday.", "en", ("SEVERED_TIES", "state:PER", "state:MEX")),
    ("The ministry said the claim was false, and Peru broke off diplomatic relations with Mexico on Monday.", "en",
     ("SEVERED_TIES", "state:PER", "state:MEX")),
    ("Contrary to expectations, Peru broke off diplomatic relations with Mexico on Monday.", "en",
     ("SEVERED_TIES", "state:PER", "state:MEX")),
    ('Perú rompió relaciones con México el lunes, "ya basta", dijo el canciller — un golpe duro.', "es",
     ("SEVERED_TIES", "state:PER", "state:MEX")),
])
def test_plain_acts_stay_positive(text, lang, want):
    assert want + ("positive",) in _claims(text, lang)


@pytest.mark.parametrize("text, want", [
    ("Pyongyang has shipped millions of artillery shells to Russia since 2023, and it confirmed last April that its "
     "troops had fought in the Kursk region.", "asserted"),
    ("The Comprehensive Strategic Partnership Treaty, signed by Vladimir Putin and Kim Jong Un in Pyongyang in June "
     "2024, includes a mutual assistance clause that both sides now cite to justify the deployment.", "asserted"),
    ("Iran has shipped drones to Russia, a Western official said.", "reported"),
    ("Iran has shipped drones to Russia, officials who spoke on condition of anonymity said.", "reported"),
    ("Iran has shipped drones to Russia, US officials said on Monday.", "reported"),
])
def test_a_later_statement_is_no_attribution_of_background(text, want):
    got = {c.modality for c in extract_text(text, language="en", published="2026-02-10")
           if c.predicate in ("SUPPLIED", "SIGNED", "PARTY_TO")}
    assert got == {want}
