"""A protest is no denial: a denial verb whose object is the decision taken ("Caracas rejected Washington's
decision to designate ...", "rechazó la medida de Washington, que designó ...", "condemned the sanctions")
presupposes the act, so the act stays a positive fact; a denial of the act itself, or of reports of it, stays
negative, and "rejected the designation of X" (which may oppose a proposal) is left as it was."""

import pytest

from tests.extracting import extract_text

PUB = "2025-11-24"


def _facts(text, lang, predicate):
    return {(c.subject, c.object, c.polarity) for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == predicate}


@pytest.mark.parametrize("text,lang,pair", [
    ("Caracas rejected Washington's decision to designate the Cartel de los Soles as a terrorist organization.", "en",
     ("state:USA", "group:cartel-de-los-soles")),
    ("Tehran denounced and rejected the European Union's decision to list the IRGC as a terrorist organisation.", "en",
     ("group:eu", "group:irgc")),
    ("Hezbollah dismissed Argentina's decision to designate the group a terrorist organization.", "en",
     ("state:ARG", "group:hezbollah")),
    ("Caracas rechazó la decisión de Washington de designar al Cartel de los Soles como organización terrorista.", "es",
     ("state:USA", "group:cartel-de-los-soles")),
    ("El gobierno venezolano rechazó la medida de Washington, que designó al Cartel de los Soles como organización terrorista.",
     "es", ("state:USA", "group:cartel-de-los-soles")),
    ("Teherán rechaza la decisión de Canadá de incluir a la Guardia Revolucionaria en su lista de entidades terroristas.",
     "es", ("state:CAN", "group:irgc")),
])
def test_rejecting_the_decision_keeps_the_designation(text, lang, pair):
    assert (*pair, "positive") in _facts(text, lang, "DESIGNATED")


@pytest.mark.parametrize("text,lang,predicate", [
    ("Caracas rejected reports that it had severed ties with Guyana.", "en", "SEVERED_TIES"),
    ("Iran denied that it had supplied drones to Russia.", "en", "SUPPLIED"),
    ("Bolivia ruled out designating Hezbollah a terrorist organization.", "en", "DESIGNATED"),
    ("Bolivia descartó designar a Hezbolá como organización terrorista.", "es", "DESIGNATED"),
    ("Irán negó haber enviado drones a Rusia.", "es", "SUPPLIED"),
    ("Venezuela rechazó la designación del Cartel de los Soles como organización terrorista por parte de Estados Unidos.",
     "es", "DESIGNATED"),
])
def test_denials_of_the_act_stay_negative(text, lang, predicate):
    assert not {f for f in _facts(text, lang, predicate) if f[2] == "positive"}
