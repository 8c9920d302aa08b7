"""The general anaphor resolver (loaders/anaphora.py), Spanish: an object clitic before a finite
verb ("lo designó", "la ha declarado", "le entregó") is read by every relation rule as the actor
it stands for (its slot moved after the verb, where an object is read: "designó a ⟦k⟧")."""

import pytest

from extracting import extract_text

PUB = "2025-11-20"


def _claims(text: str, predicate: str):
    return [c for c in extract_text(text, language="es", published=PUB) if c.predicate == predicate]


def _pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(c.subject, c.object) for c in _claims(text, predicate) if c.polarity == "positive"}


@pytest.mark.parametrize("text, predicate, pair", [
    ("El Tren de Aragua opera en Chile. Argentina lo declaró organización terrorista en 2024.", "DESIGNATED",
     ("state:ARG", "group:tren-de-aragua")),
    ("Los Choneros controlan Guayaquil. Estados Unidos la designó organización terrorista en 2025.", "DESIGNATED",
     ("state:USA", "group:los-choneros")),
    ("El Movimiento Imperial Ruso recluta en Europa. El Reino Unido lo proscribió en 2025.", "DESIGNATED",
     ("state:GBR", "group:russian-imperial-movement")),
    # the clitic before a compound tense, and an adverb before it
    ("Hamás gobierna Gaza. Paraguay ya la había declarado organización terrorista en 2019.", "DESIGNATED",
     ("state:PRY", "group:hamas")),
    # a list where the clitic's verb reads one: "incluyó a ⟦k⟧ en su lista de sanciones"
    ("El ISIS-K atentó en Moscú. El Consejo de Seguridad de la ONU lo incluyó en su lista de sanciones en mayo "
     "de 2019.", "DESIGNATED", ("group:un-security-council", "group:isis-k")),
    ("El PKK opera en Qandil. Irak, que durante años toleró sus bases, la declaró \"organización prohibida\" en "
     "marzo de 2024.", "DESIGNATED", ("state:IRQ", "group:pkk")),
    # two actors before, of different types: the relation's endpoint types decide
    ("Irán y Hezbolá se reunieron en Beirut. Argentina lo declaró organización terrorista.", "DESIGNATED",
     ("state:ARG", "group:hezbollah")),
    # supplies and ties: "le" before a supply verb, "lo" before a tie verb
    ("Hezbolá domina el sur del Líbano. Irán le entregó drones en 2024.", "SUPPLIED",
     ("state:IRN", "group:hezbollah")),
    ("Myanmar depende de Moscú. Rusia le ha entregado cazas Su-30 y helicópteros Mi-17.", "SUPPLIED",
     ("state:RUS", "state:MMR")),
    ("Hezbolá domina el sur del Líbano. Irán lo financia desde hace décadas.", "ALLEGED_TIES",
     ("state:IRN", "group:hezbollah")),
    ("El ELN negocia con Bogotá. Estados Unidos lo mantiene en su lista de organizaciones terroristas.",
     "DESIGNATED", ("state:USA", "group:eln")),
])
def test_clitic_reads_as_its_antecedent(text, predicate, pair):
    assert pair in _pairs(text, predicate)


def test_the_gender_of_the_article_only_ranks():
    # "el PKK ... la incluyó": writers alternate "el PKK" and "la guerrilla"; the one group is still meant
    text = "El PKK es una guerrilla kurda. Washington la incluyó en su lista de organizaciones terroristas extranjeras en 1997."
    (c,) = [c for c in _claims(text, "DESIGNATED") if c.polarity == "positive"]
    assert (c.subject, c.object, c.date) == ("state:USA", "group:pkk", "1997")
    assert c.props.get("designation") == "foreign terrorist organization"


def test_a_denial_through_a_clitic_stays_a_denial():
    claims = _claims("El Tren de Aragua opera en Chile. Chile no lo ha declarado organización terrorista.", "DESIGNATED")
    assert claims and all(c.polarity == "negative" for c in claims)


@pytest.mark.parametrize("text, predicate", [
    # no antecedent
    ("Argentina lo declaró organización terrorista en 2024.", "DESIGNATED"),
    # the clitic's own clause names only the acting states: none of them is what they listed
    ("Turquía y Argentina lo consideran una organización terrorista.", "DESIGNATED"),
    # a paragraph break
    ("Hezbolá domina el sur del Líbano.\n\nIrán le entregó drones en 2024.", "SUPPLIED"),
    # neuter "lo": no actor
    ("Hamás gobierna Gaza. Lo que hizo Chile fue condenar el ataque.", "DESIGNATED"),
    # a question
    ("Hamás gobierna Gaza. ¿Lo designará Brasil organización terrorista?", "DESIGNATED"),
    # two groups equally likely
    ("Los Choneros y Los Lobos se disputan Guayaquil. Estados Unidos lo designó organización terrorista.",
     "DESIGNATED"),
    # an article, not a clitic: "la banda" is no pronoun
    ("Irán financia a Hezbolá. La banda opera en la frontera.", "SUPPLIED"),
])
def test_no_antecedent_no_fact(text, predicate):
    assert not _pairs(text, predicate)


def test_an_unknown_name_blocks_the_story_group_guess():
    # "la Hermandad" is no actor we know: "la" is not guessed to be the story's main group
    text = ("El Frente de Acción Islámica es el brazo político del movimiento en Jordania. Arabia Saudí incluyó a la "
            "Hermandad en su lista de organizaciones terroristas en 2014, y Egipto la declaró organización terrorista "
            "en diciembre de 2013.")
    assert ("state:EGY", "group:frente-de-accion-islamica") not in _pairs(text, "DESIGNATED")
