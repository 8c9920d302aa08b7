"""Names several states' organisations share (groups.yaml `shared`): a mention is the variant of the
state its context ties it to (beside it, its sentence, its paragraph, the document), else the entry's
default, else nothing; two states competing give no guess."""

import pytest

from loaders.actors import find_actors
from loaders.gazetteer import Gazetteer
from loaders.sentences import split
from tests.extracting import positive_pairs


def _groups(text: str) -> set[str]:
    g = Gazetteer.load()
    return {m.entity for m in find_actors(g, text, split(text), "2024-05-01").mentions
            if m.entity.startswith("group:")}


@pytest.mark.parametrize("text,want", [
    # parties one name in several Spanish-speaking countries
    ("El Partido Nacional hondureño acusó al presidente de fraude.", "group:partido-nacional-honduras"),
    ("El Partido Nacional ganó las elecciones en Uruguay.", "group:partido-nacional-uruguay"),
    ("El Partido Liberal paraguayo pidió la renuncia del ministro.", "group:plra"),
    ("Colombia's Liberal Party said it would back the reform.", "group:partido-liberal-colombiano"),
    ("The Liberal Party lost seats in Ottawa.", "group:liberal-party-canada"),
    ("El Partido Socialista de Chile y el Frente Amplio apoyaron la reforma.", "group:frente-amplio-chile"),
    ("El Frente Amplio uruguayo celebró la victoria.", "group:frente-amplio"),
    ("SAN JOSÉ. Los diputados costarricenses debatieron el acuerdo con Washington.\n\n"
     "La diputada del Frente Amplio pidió un informe al ministerio.", "group:frente-amplio-costa-rica"),
    ("El Partido Colorado ganó las elecciones en Paraguay.", "group:partido-colorado"),
    # Partido Republicano: Kast's in Chile, the US party in the US
    ("Kast, the leader of Chile's Republican Party, won the vote.", "group:partido-republicano-chile"),
    ("El Partido Republicano chileno presentó su candidato.", "group:partido-republicano-chile"),
    ("El Partido Republicano controla la Cámara de Representantes de Estados Unidos.", "group:republican-party"),
    ("The Republican Party blocked the bill in Congress.", "group:republican-party"),  # the English default
])
def test_a_shared_name_is_the_variant_of_the_state_its_context_names(text, want):
    assert want in _groups(text)


@pytest.mark.parametrize("text,none_of", [
    # no state in the story, or two competing: nothing
    ("El Partido Liberal criticó al gobierno.", ("group:partido-liberal-colombiano", "group:partido-liberal-honduras")),
    ("El Partido Nacional criticó a los gobiernos de Honduras y Uruguay.",
     ("group:partido-nacional-honduras", "group:partido-nacional-uruguay")),
    # a state beside it that has no such party: none of the variants
    ("El Partido Socialista peruano pidió elecciones.", ("group:psoe", "group:partido-socialista-chile")),
    ("El Partido Republicano de Chile y el de Estados Unidos firmaron una declaración en Madrid.",
     ("group:republican-party",)),
])
def test_no_variant_without_a_single_state(text, none_of):
    assert not _groups(text) & set(none_of)


def test_a_state_beside_the_name_joins_the_mention():
    # "el Partido Nacional de Honduras" is one mention, as an alias would be: no state left to read a
    # body-of-state relation from for a party only named
    g = Gazetteer.load()
    text = "Los diputados del Partido Nacional de Honduras y del Partido Liberal hondureño votaron."
    ms = find_actors(g, text, split(text), "2024-05-01").mentions
    assert [m.entity for m in ms if m.entity.startswith(("group:", "state:"))] == ["group:partido-nacional-honduras", "group:partido-liberal-honduras"]


def test_every_variant_carries_the_shared_name_as_an_alias():
    g = Gazetteer.load()
    assert g.resolve("Frente Amplio") is None  # the context picks the variant, never the name alone
    assert "Frente Amplio" in g.get("group:frente-amplio-chile").aliases
    assert "Partido Liberal" in g.get("group:partido-liberal-honduras").aliases


def test_claims_read_the_resolved_variant():
    pairs = positive_pairs("José Antonio Kast, líder del Partido Republicano, se reunió con el presidente chileno "
                           "Gabriel Boric.", "MEMBER_OF", language="es", published="2024-05-01")
    assert ("official:jose-antonio-kast", "group:partido-republicano-chile") in pairs
    assert ("official:jose-antonio-kast", "group:republican-party") not in pairs


def test_a_shared_name_beside_a_two_state_reference_does_not_break_the_document():
    # the shared-name memo once lived among the per-state sentence counts that "both governments" reads, and
    # a document holding both lost all its facts to a TypeError (found on a synthetic benchmark article)
    from benchmarks.corpus import article
    from graph import ids
    from graph.schema import Document
    from loaders.extract import extract

    a = article(458)
    extract(Document(id=ids.document_id("shared-458"), text=a["text"], language=a.get("language"),
                     published=a["published"]))
