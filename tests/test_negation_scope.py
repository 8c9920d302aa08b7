"""Where a negation sits decides what it negates: a determiner "no" inside the verb group negates
the act ("has signed no agreement with"), a relative clause between subject and verb does not
("Sweden, which is not a NATO member, designated ...")."""

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize("lang, text, predicate", [
    ("en", "Kenya has signed no defence agreement with Russia, the ministry said.", "SIGNED_MOU_WITH"),
    ("en", "Ghana has supplied no drones to the junta in Mali, officials insisted.", "SUPPLIED"),
    ("es", "Chile no ha firmado ningún acuerdo de defensa con Rusia.", "SIGNED_MOU_WITH"),
])
def test_a_determiner_no_negates_the_act(lang, text, predicate):
    claims = [c for c in extract_text(text, language=lang, published="2025-06-01") if c.predicate == predicate]
    assert not [c for c in claims if c.polarity == "positive"]
    agreements = [c for c in extract_text(text, language=lang, published="2025-06-01") if c.predicate == "PARTY_TO"]
    assert not [c for c in agreements if c.polarity == "positive"]


@pytest.mark.parametrize("lang, text, subject, target", [
    ("en", "Sweden, which is not a NATO member, has designated the PKK a terrorist organisation.", "state:SWE", "group:pkk"),
    ("en", "Kenya, which has no embassy in Tehran, designated the IRGC a terrorist group.", "state:KEN", "group:irgc"),
    ("es", "Suecia, que no es miembro de la OTAN, incluyó al PKK en su lista de organizaciones terroristas.", "state:SWE", "group:pkk"),
])
def test_a_negated_relative_clause_leaves_the_main_verb_positive(lang, text, subject, target):
    claims = [c for c in extract_text(text, language=lang, published="2025-06-01") if c.predicate == "DESIGNATED"]
    assert {(c.subject, c.object, c.polarity) for c in claims} == {(subject, target, "positive")}


@pytest.mark.parametrize("text", [
    "There is no doubt that Kenya signed a defence agreement with Russia in May.",
    "Kenya signed a defence agreement with Russia on May 3, No. 2 on the list of deals this year.",
])
def test_no_doubt_and_numbers_are_not_negations(text):
    # a "defence agreement" is PARTY_TO only (SIGNED_MOU_WITH is for memoranda): either shows the polarity
    claims = [c for c in extract_text(text, language="en", published="2025-06-01")
              if c.predicate in ("SIGNED_MOU_WITH", "PARTY_TO")]
    assert claims and all(c.polarity == "positive" for c in claims)


def test_a_negated_main_verb_after_a_relative_clause_stays_negated():
    claims = extract_text("Kenya, which signed a trade deal with Iran, has not designated the IRGC a terrorist group.",
                          language="en", published="2025-06-01")
    assert not [c for c in claims if c.predicate == "DESIGNATED" and c.polarity == "positive"]


# "stopped short of", "refrained from", "se abstuvo de": the act named after them did not happen
@pytest.mark.parametrize("lang, text, predicate", [
    ("en", "Kenya stopped short of cutting diplomatic ties with Uganda, recalling its envoy for consultations instead.", "SEVERED_TIES"),
    ("en", "Canada fell short of designating the IRGC as a terrorist organisation, opting for targeted sanctions.", "DESIGNATED"),
    ("en", "Brazil has refrained from listing Hamas as a terrorist group despite pressure from Israel.", "DESIGNATED"),
    ("en", "Mexico held off on designating the Sinaloa Cartel as a terrorist organisation.", "DESIGNATED"),
    ("es", "Perú se abstuvo de romper relaciones con México pese a la crisis.", "SEVERED_TIES"),
    ("es", "Colombia se abstuvo de declarar al Tren de Aragua organización terrorista.", "DESIGNATED"),
])
def test_an_act_stopped_short_of_is_not_a_positive_fact(lang, text, predicate):
    claims = [c for c in extract_text(text, language=lang, published="2025-06-01") if c.predicate == predicate]
    assert not [c for c in claims if c.polarity == "positive"]


@pytest.mark.parametrize("lang, text, predicate", [
    ("en", "Kenya cut diplomatic ties with Uganda on Monday.", "SEVERED_TIES"),
    ("en", "Canada designated the IRGC as a terrorist organisation in June 2024.", "DESIGNATED"),
    ("es", "Perú rompió relaciones con México el lunes.", "SEVERED_TIES"),
])
def test_the_same_acts_stated_plainly_are_positive(lang, text, predicate):
    claims = [c for c in extract_text(text, language=lang, published="2025-06-01") if c.predicate == predicate]
    assert claims and all(c.polarity == "positive" for c in claims)
