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


def mentioned(text, words, lang="en"):
    """The entities the actor reader gives the words `words` of `text`."""
    from loaders.actors import find_actors
    from loaders.gazetteer import Gazetteer
    from loaders.sentences import split
    found = find_actors(Gazetteer.load(), text, split(text), "2025-01-10")
    return {m.entity for m in found.mentions if text[m.start:m.end] == words}


def test_junta_unclear_without_a_ruling_military_named():
    # the most named state is no junta's state unless the story named its military
    text = ("Mali expelled the French ambassador. Mali then left the G5 Sahel. Mali hosts Russian trainers. "
            "Burkina Faso and Niger followed. The junta declared the Azawad Liberation Front a terrorist group.")
    assert not mentioned(text, "The junta")
    # two juntas named: nothing
    text2 = ("Mali's junta and Burkina Faso's military rulers met in Niamey. "
             "The junta declared the Azawad Liberation Front a terrorist group.")
    assert not mentioned(text2, "The junta")
    text3 = ("Mali's military rulers met in Niamey. The junta declared the Azawad Liberation Front a terrorist group.")
    assert mentioned(text3, "The junta") == {"state:MLI"}


def test_junta_militar_named_before_es():
    text = ("La junta militar de Malí expulsó al embajador francés en 2022. "
            "Según Bamako, la junta ha recibido helicópteros de Rusia.")
    got = pairs(text, "SUPPLIED", "es")
    assert ("state:RUS", "state:MLI") in got


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
    assert not mentioned(text, "The regime")
    # a story of a sanctions regime: "the regime" may be that one
    text2 = ("Cuba protested. Cuba and Cuba again. The EU sanctions regime lists 40 people. "
             "The regime was renewed in May.")
    assert not mentioned(text2, "The regime")


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


def test_that_country_mentions():
    assert not mentioned("Peru and Chile held talks on the border. Bolivia then severed ties with that country.",
                         "that country")
    assert mentioned("Las relaciones con Ecuador siguen rotas desde que México rompió con ese país.", "ese país",
                     "es") == {"state:ECU"}
