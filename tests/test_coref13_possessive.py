"""A possessive before an office inside a sentence ("X is its president", "X, who is its leader in Gaza",
"X es su máximo comandante"): the one group or state it can mean, named before in the sentence or in the
sentence before. Two candidates give no owner from the possessive."""

from extracting import holds_roles


def roles(text, lang):
    return holds_roles(text, language=lang, published="2025-01-10")


def owners(got, person):
    return {o for p, o, _ in got if p == person}


def test_is_its_president_after_the_group_named_before():
    got = roles("The M23 rebel group seized Goma in January. Bertrand Bisimwa is its president.", "en")
    assert "group:m23" in owners(got, "official:bertrand-bisimwa")


def test_who_is_its_leader():
    got = roles("Hamas rejected the plan. Khalil al-Hayya, who is its leader in Gaza, met the mediators.", "en")
    assert "group:hamas" in owners(got, "official:khalil-al-hayya")


def test_es_su_maximo_comandante():
    got = roles("El Ejército de Liberación Nacional (ELN) es la guerrilla más antigua del país. "
                "Eliécer Herlinton Chamorro, alias Antonio García, es su máximo comandante.", "es")
    assert "group:eln" in owners(got, "official:eliecer-herlinton-chamorro")


def test_su_portavoz_state():
    got = roles("Malí anunció nuevas elecciones. Abdoulaye Maïga es su portavoz desde 2022.", "es")
    assert owners(got, "official:abdoulaye-maiga") == {"state:MLI"}
    # two states named before: the possessive names neither
    got = roles("Malí rompió relaciones con Ucrania en agosto. Abdoulaye Maïga es su portavoz desde 2022.", "es")
    assert "state:UKR" not in owners(got, "official:abdoulaye-maiga")


def test_its_after_two_groups_is_not_guessed_by_the_possessive():
    from loaders.actors import find_actors
    from loaders.gazetteer import Gazetteer
    from loaders.sentences import split
    text = "Hamas and Hezbollah rejected the plan. Khalil al-Hayya is its leader in Gaza."
    found = find_actors(Gazetteer.load(), text, split(text), "2025-01-10")
    assert not [m for m in found.mentions if text[m.start:m.end] == "its"]


def test_counterpart_is_no_office_of_the_possessive():
    from loaders.actors import find_actors
    from loaders.gazetteer import Gazetteer
    from loaders.sentences import split
    text = "Bolivia firmó el acuerdo en Teherán. Lo firmaron el ministro Edmundo Novillo y su homólogo iraní."
    found = find_actors(Gazetteer.load(), text, split(text), "2025-01-10")
    assert not [m for m in found.mentions if text[m.start:m.end] == "su"]


def test_possessive_after_a_noun_phrase_is_not_the_subject():
    from extracting import positive_pairs
    for text, lang in (("El Tesoro estadounidense ya sancionó a la red y a su jefe en marzo de 2025.", "es"),
                       ("The US Treasury sanctioned the network and its chief in March 2025.", "en")):
        got = positive_pairs(text, "DESIGNATED", language=lang, published="2025-06-01")
        assert not {x for x in got if x[1] == "group:us-treasury"}


def test_government_demonym_stays_the_actor_when_a_role_is_read_far_after():
    """A role phrase read for a person gives the demonyms next to it no actor of their own; a government's
    demonym at the other end of the sentence ("El gobierno ecuatoriano ... X, líder de Y") is the state acting."""
    from loaders.actors import find_actors
    from loaders.gazetteer import Gazetteer
    from loaders.sentences import split
    for text, word in (
            ("Washington designó a Los Choneros y Los Lobos.\n\nEl gobierno ecuatoriano ya había declarado a ambas "
             "bandas, junto con otros veinte grupos, como organizaciones terroristas en enero de 2024, cuando Noboa "
             "decretó el conflicto armado tras la fuga de Adolfo Macías, alias Fito, líder de Los Choneros.", "ecuatoriano"),
            ("Britain proscribed Hamas years ago.\n\nThe Nigerian government listed the movement and twenty other "
             "groups as terrorist organisations in 2023, a week after the escape of Ibrahim Musa, a Hamas commander "
             "and the head of its cell in Kano.", "Nigerian")):
        found = find_actors(Gazetteer.load(), text, split(text), "2025-01-10")
        dem = [m for m in found.mentions if text[m.start:m.end] == word]
        assert dem and all(m.actor for m in dem)


def test_possessive_office_with_no_person_named_there_is_left_to_the_rules():
    from loaders.actors import find_actors
    from loaders.gazetteer import Gazetteer
    from loaders.sentences import split
    for text, word in (("Canada sent its ambassador to Managua to protest the arrests.", "its"),
                       ("Chile envió a su canciller a Lima para pedir a Perú que reabra la frontera.", "su")):
        found = find_actors(Gazetteer.load(), text, split(text), "2025-01-10")
        assert not [m for m in found.mentions if text[m.start:m.end] == word]
