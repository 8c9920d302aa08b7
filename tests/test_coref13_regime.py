"""References to a state by what it is called, not its name: "the junta", "el régimen" (the state the story
calls a regime, or the one it is about), "ese país", "that country" (the one state named before, outside the
reference's own clause). Unclear references resolve to nothing."""

from extracting import positive_pairs


def pairs(text, pred, lang):
    return positive_pairs(text, pred, language=lang, published="2025-01-10")


# -- the regime / the junta / el régimen


def test_junta_is_the_state_the_story_is_about():
    text = ("Myanmar's military has lost ground on every front. Myanmar faces its worst crisis since independence. "
            "In May 2021 the junta declared the National Unity Government a terrorist organisation.")
    got = pairs(text, "DESIGNATED", "en")
    assert ("state:MMR", "group:nug-myanmar") in got
    # again later in the story, after other states were named: the same junta
    text2 = text + (" Russia and China have sold it jets, and Russia and China defend it at the UN. "
                    "India has supplied the junta with radar equipment.")
    assert ("state:IND", "state:MMR") in pairs(text2, "SUPPLIED", "en")


def test_regimen_is_not_the_state_named_in_a_prepositional_phrase():
    text = ("Nicaragua rompió con Taiwán en 2021. Después, Nicaragua expulsó al nuncio apostólico. "
            "En abril, en solidaridad con México tras el asalto a la embajada mexicana en Quito, "
            "el régimen anunció la ruptura de relaciones con Ecuador.")
    got = pairs(text, "SEVERED_TIES", "es")
    assert ("state:NIC", "state:ECU") in got
    assert ("state:MEX", "state:ECU") not in got


def test_the_regime_the_story_called_so_before():
    # the US is named more often, but the story called Iran's government the regime
    text = ("The United States imposed new sanctions on Tehran on Monday. United States officials said the "
            "Iranian regime was arming its proxies. The United States Treasury named six firms. "
            "According to the United States, the regime has supplied Hezbollah with drones.")
    got = pairs(text, "SUPPLIED", "en")
    assert ("state:IRN", "group:hezbollah") in got
    assert ("state:USA", "group:hezbollah") not in got


def test_the_regime_in_a_capital():
    text = "The regime in Tehran has supplied the Houthis with ballistic missiles, the report said."
    assert ("state:IRN", "group:houthis") in pairs(text, "SUPPLIED", "en")


def test_regime_unclear_between_two_states_resolves_to_nothing():
    text = ("Venezuela and Nicaragua expelled European diplomats last year. "
            "The regime has now cut ties with Panama.")
    got = pairs(text, "SEVERED_TIES", "en")
    assert not {x for x in got if x[1] == "state:PAN"}


def test_regime_of_sanctions_is_no_state():
    text = ("Cuba y Cuba y Cuba. El régimen de sanciones de la UE incluye a Hamás desde 2003. "
            "La UE amplió el régimen fiscal.")
    got = pairs(text, "DESIGNATED", "es")
    assert not {x for x in got if x[0] == "state:CUB"}


# -- ese país, dicha nación, that country


def test_ese_pais_is_the_state_of_the_clause_before():
    text = ("Las relaciones diplomáticas con Ecuador siguen suspendidas desde abril, cuando México rompió "
            "relaciones con ese país tras el asalto a su embajada.")
    assert ("state:MEX", "state:ECU") in pairs(text, "SEVERED_TIES", "es")


def test_that_country_english():
    text = ("Relations with Ecuador have been frozen since April, when Mexico severed diplomatic ties with "
            "that country over the raid on its embassy.")
    assert ("state:MEX", "state:ECU") in pairs(text, "SEVERED_TIES", "en")


def test_dicha_nacion_from_the_sentence_before():
    text = ("Venezuela atraviesa una grave crisis económica. Según la ONU, Rusia ha suministrado armas "
            "a dicha nación desde 2019.")
    assert ("state:RUS", "state:VEN") in pairs(text, "SUPPLIED", "es")


def test_that_country_unclear_resolves_to_nothing():
    text = ("Peru and Chile held talks on the border. Bolivia then severed ties with that country.")
    got = pairs(text, "SEVERED_TIES", "en")
    assert not {x for x in got if x[0] == "state:BOL" and x[1] in ("state:PER", "state:CHL")}
