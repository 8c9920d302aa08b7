"""Session 13 ties and supplies (rules/en_ties.yaml (en.ties13.), es_ties.yaml (es.ties13.), anaphora clitics and clauses,
relations' sayer subject, modality's "no hay constancia"): a supply told as a second verb phrase of the
sentence's subject (English "and supplied it with", Spanish "y le provee"), ties said to be kept ("has
not cut its links with"), backing given as a noun ("gives X diplomatic cover", "passed targeting data
to X"), and the readings that stay out (denials, a plain severance, negated gifts)."""

import pytest

from tests.extracting import extract_text, positive_pairs, tied, ties_and_supplies

PUB = "2025-06-01"


ties, supplies = ties_and_supplies(PUB)


def claims_of(text, lang, predicate):
    return [c for c in extract_text(text, language=lang, published=PUB) if c.predicate == predicate]


# ------------------------------------------------------------------ a supply as a second verb phrase
@pytest.mark.parametrize("text,lang,supplier,recipient", [
    ("Iran funds Hezbollah and has supplied it with rockets.", "en", "state:IRN", "group:hezbollah"),
    ("Russia backs the junta and has sold drones to Mali.", "en", "state:RUS", "state:MLI"),
    ("Turkey hosts Hamas officials, and has shipped drones to Libya.", "en", "state:TUR", "state:LBY"),
    ("US officials say Iran's Islamic Revolutionary Guard Corps has trained Houthi fighters and supplied "
     "the group with ballistic missiles and drones.", "en", "group:irgc", "group:houthis"),
    ("Irán financia a Hezbolá y le suministra cohetes.", "es", "state:IRN", "group:hezbollah"),
    ("Irán sostiene financieramente a Hezbollah y le provee armamento.", "es", "state:IRN", "group:hezbollah"),
    ("Rusia mantiene buenas relaciones con Venezuela y le vende cazas Sukhoi.", "es", "state:RUS", "state:VEN"),
    ("Turquía entrena a las milicias y ha entregado drones a Libia.", "es", "state:TUR", "state:LBY"),
])
def test_supply_in_a_second_verb_phrase(text, lang, supplier, recipient):
    assert (supplier, recipient) in supplies(text, lang)


def test_the_sayer_is_not_the_supplier():
    got = supplies("US officials say Iran's Islamic Revolutionary Guard Corps has trained Houthi fighters and "
                   "supplied the group with ballistic missiles and drones.", "en")
    assert not any(s == "state:USA" for s, _ in got)
    assert ("group:houthis", "group:irgc") not in got


def test_a_clitic_after_a_coordinated_name_is_still_no_list():
    # "Turquía y la UE la consideran": the article is no clitic, and no supply is read
    assert not supplies("Turquía y la UE la consideran una organización terrorista.", "es")


# ------------------------------------------------------------------ ties said to be kept
@pytest.mark.parametrize("text,lang,a,b", [
    ("The Taliban have not cut their links with al-Qaeda.", "en", "group:taliban", "group:al-qaeda"),
    ("Hamas has never severed its ties to Iran, analysts say.", "en", "group:hamas", "state:IRN"),
    ("Russia has not severed its ties with Iran.", "en", "state:RUS", "state:IRN"),
    ("Rusia no ha roto sus vínculos con Irán.", "es", "state:RUS", "state:IRN"),
    ("Hamás nunca cortó sus lazos con Irán, según analistas.", "es", "group:hamas", "state:IRN"),
])
def test_ties_not_cut_are_ties(text, lang, a, b):
    assert tied(ties(text, lang), a, b)


def test_ties_not_cut_are_no_severance():
    sev = claims_of("Rusia no ha roto sus vínculos con Irán.", "es", "SEVERED_TIES")
    assert all(c.polarity == "negative" for c in sev)


@pytest.mark.parametrize("text,lang", [
    ("Iran denied that Hamas has not cut its ties with Tehran.", "en"),
    ("Iran cut its ties with Hamas in 2012.", "en"),
    ("Irán rompió sus vínculos con Hamás en 2012.", "es"),
])
def test_denied_or_cut_ties_stay_out(text, lang):
    got = ties(text, lang)
    assert not tied(got, "group:hamas", "state:IRN")


# ------------------------------------------------------------------ backing given as a noun
@pytest.mark.parametrize("text,lang,a,b,nature", [
    ("The Kremlin gives Serbia diplomatic cover in the UN Security Council.", "en", "state:RUS", "state:SRB", "diplomatic support"),
    ("China has offered Russia crucial economic support.", "en", "state:CHN", "state:RUS", None),
    ("Pakistan gave the Taliban safe haven for years.", "en", "state:PAK", "group:taliban", "safe haven"),
    ("El Kremlin brinda a Serbia cobertura diplomática en el Consejo de Seguridad.", "es", "state:RUS", "state:SRB", "diplomatic support"),
    ("Rusia le da a Venezuela respaldo político.", "es", "state:RUS", "state:VEN", "diplomatic support"),
])
def test_backing_given_as_a_noun(text, lang, a, b, nature):
    cs = [c for c in claims_of(text, lang, "ALLEGED_TIES") if c.polarity == "positive" and {c.subject, c.object} == {a, b}]
    assert cs
    if nature:
        assert nature in cs[0].props["nature"]


@pytest.mark.parametrize("text,lang,a,b", [
    ("Russia had passed satellite targeting data to the Houthis.", "en", "state:RUS", "group:houthis"),
    ("Iran shared battlefield intelligence with Hezbollah, officials said.", "en", "state:IRN", "group:hezbollah"),
    ("Rusia pasó información de inteligencia a los hutíes.", "es", "state:RUS", "group:houthis"),
])
def test_intelligence_passed_to_a_group(text, lang, a, b):
    cs = [c for c in claims_of(text, lang, "ALLEGED_TIES") if c.polarity == "positive" and {c.subject, c.object} == {a, b}]
    assert cs and cs[0].props["nature"] == ["intelligence"]


def test_intelligence_shared_between_states_is_no_tie():
    assert not ties("The United States shares intelligence with the United Kingdom.", "en")


def test_a_negated_gift_is_no_tie():
    assert not ties("Iran did not give Hezbollah diplomatic cover.", "en")


# ------------------------------------------------------------------ a negative finding in Spanish
@pytest.mark.parametrize("text", [
    "No hay ninguna constancia de que Irán haya entregado drones a Bolivia.",
    "No existe constancia de que Irán haya vendido drones a Bolivia.",
])
def test_no_record_that_is_a_denial(text):
    assert not supplies(text, "es")


# ------------------------------------------------------------------ a seizure is no supply by the seizer
@pytest.mark.parametrize("text,lang,seizer", [
    ("The US Navy seized a shipment of Iranian missiles bound for the Houthis.", "en", "group:us-navy"),
    ("Greek authorities intercepted a cargo of rifles headed to Libya.", "en", "state:GRC"),
    ("La Armada de Colombia incautó un cargamento de fusiles destinado al ELN.", "es", None),
    ("Las autoridades de Colombia incautaron un cargamento de armas enviado al ELN.", "es", "state:COL"),
])
def test_the_seizer_supplied_nothing(text, lang, seizer):
    got = supplies(text, lang)
    assert not any(s == seizer or (seizer is None and s.startswith(("group:", "state:COL"))) for s, _ in got)


def test_a_supply_next_to_a_seizure_is_still_read():
    assert ("state:IRN", "group:houthis") in supplies(
        "Iran shipped missiles to the Houthis, and the US Navy seized some of them.", "en")


def test_items_keep_a_hyphenated_modifier_whole():
    cs = [c for c in claims_of("Iran supplied the Houthis with ballistic missiles, anti-ship cruise missiles and drones.",
                               "en", "SUPPLIED") if c.polarity == "positive"]
    assert cs and cs[0].props["items"] == ["ballistic missiles", "anti-ship cruise missiles", "drones"]


def test_a_second_verb_phrase_pronoun_never_stands_for_its_subject():
    # the first phrase's subject (here a list) shares the second phrase: "lo" is the group named before
    got = positive_pairs("El Tren de Aragua opera en la región. Perú, Chile y Bolivia siguieron el ejemplo en marzo y "
                         "lo declararon organización terrorista.", "DESIGNATED", language="es", published=PUB)
    assert all(o == "group:tren-de-aragua" for _, o in got)
    assert not supplies("Chile and Peru met in Lima and thanked them for the support.", "en")
