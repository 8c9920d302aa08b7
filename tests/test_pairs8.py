"""Plural pair descriptions ("the two governments", "both countries", "ambos gobiernos", "ambos países")
resolved to the pair the story means, not merely the last two states named (loaders/actors.py
_pair_coref / _salient_pair): two states named before it in its own sentence; else a pair ("A and B")
the sentence before names as actors (not "accused A and B", "en A y en B"); else the states the
paragraph names most, the lead's pair counting for both while still in play; else the last two."""

import pytest

from extracting import extract_text

PUB = "2025-11-20"


def _mou(text: str, language: str) -> set[frozenset]:
    return {frozenset((c.subject, c.object)) for c in extract_text(text, language=language, published=PUB)
            if c.predicate == "SIGNED_MOU_WITH" and c.polarity == "positive"}


def P(a: str, b: str) -> frozenset:
    return frozenset((f"state:{a}", f"state:{b}"))


@pytest.mark.parametrize("language, text, pairs", [
    # the lead's pair, with a third state named in between (a new paragraph, no state before it)
    ("en", "LIMA - Peru signed a defence cooperation agreement with South Korea on Tuesday, the defence ministry "
     "said.\n\nThe decision is a setback for Washington, which had lobbied Lima for months to buy American "
     "frigates. The U.S. embassy declined to comment.\n\nThe agreement builds on a memorandum of understanding "
     "that the two governments signed in Seoul in 2023.", {P("PER", "KOR")}),
    ("es", "BUENOS AIRES.- Argentina firmó el martes un acuerdo de cooperación en defensa con Dinamarca, informó "
     "el Ministerio de Defensa.\n\nLa decisión es un revés para China, que durante años ofreció cazas a Buenos "
     "Aires.\n\nEl acuerdo amplía un memorando de entendimiento que ambos gobiernos firmaron en Copenhague en "
     "2023.", {P("ARG", "DNK")}),
    # the parties of the lead's deal, not rivals the lead names too
    ("en", "Indonesia signed a contract with Italy on Monday for six frigates, beating bids from France and South "
     "Korea.\n\nThe decision is a blow to Paris, which had courted Jakarta for years.\n\nThe contract builds on "
     "a memorandum of understanding that both governments signed in Rome in 2022.", {P("IDN", "ITA")}),
    ("es", "Ecuador y Japón firmaron el lunes en Quito un convenio para donar patrulleras, por delante de una oferta "
     "de China.\n\nPekín había presionado durante meses al gobierno ecuatoriano.\n\nEl convenio amplía un "
     "memorando de entendimiento que los dos gobiernos firmaron en Tokio en 2021.", {P("ECU", "JPN")}),
    # the sentence before names another pair as actors: that pair, not the lead's
    ("en", "LIMA - Peru signed a defence cooperation agreement with South Korea on Tuesday.\n\nChile and Argentina "
     "have taken a different route. The two governments signed a memorandum of understanding on joint air "
     "patrols in 2019.", {P("CHL", "ARG")}),
    # the pair accused in the sentence before is not the pair that signs: the two states the paragraph
    # names most
    ("en", "Niger's military government accused Benin and France in December of sheltering militants, and "
     "Niamey recalled its ambassador from Cotonou. Benin's foreign minister, speaking in Paris, called the charge "
     "absurd. Even so, the army chiefs of both countries signed a memorandum of understanding on border patrols "
     "in August.", {P("NER", "BEN")}),
    ("es", "La junta de Malí acusó en marzo a Argelia de armar a los rebeldes tuaregs, y Bamako convocó al "
     "embajador argelino. Argel respondió desde Moscú que la acusación era infundada. Aun así, los ministros de "
     "Defensa de ambos países firmaron en mayo un memorando de entendimiento sobre patrullas fronterizas.",
     {P("MLI", "DZA")}),
    # named where people suspect it ("en Washington y en Canberra") is not the pair either
    ("es", "El puerto, ampliado con dinero chino, recibe buques de guerra chinos desde 2023. Phnom Penh niega "
     "que China tenga acceso exclusivo, como sospechan en Washington y en Canberra. Según la prensa, ambos "
     "gobiernos firmaron en 2019 un memorando de entendimiento secreto.", {P("CHN", "KHM")}),
    # the home state of a cartel named in the lead is no party
    ("en", "SANTO DOMINGO - The Dominican Republic on Monday listed Mexico's Sinaloa Cartel as a terrorist "
     "organisation.\n\nThe move follows months of pressure from Washington, which has urged Caribbean "
     "governments to do the same. A senior Dominican official said the decision was sovereign.\n\nThe two "
     "governments also signed a memorandum of understanding on intelligence sharing.", {P("DOM", "USA")}),
    # the lead's deal not taken up again: the last two states named stand
    ("en", "CAIRO - Egypt signed a defence pact with Somalia on Monday.\n\nEthiopia protested. Relations between "
     "Addis Ababa and Mogadishu soured last year over Ethiopia's port plans in the Gulf of Aden.\n\nTurkish "
     "mediation later produced a memorandum of understanding, signed by the two governments in December.",
     {P("ETH", "SOM")}),
    # two states named before it in its own sentence stay the pair
    ("en", "Brazil's president said on Monday that Brazil and Paraguay had settled the dispute and that the "
     "two governments had signed a memorandum of understanding on the Itaipu dam.", {P("BRA", "PRY")}),
    # (a past signing: "agreed the two governments would sign" is one still to come, no agreement of theirs)
    ("en", "Chile and Peru said the two governments had signed a memorandum of understanding on fisheries.",
     {P("CHL", "PER")}),
    ("es", "Uruguay y Brasil anunciaron que ambos gobiernos firmaron un memorando de entendimiento sobre "
     "ciberseguridad.", {P("URY", "BRA")}),
])
def test_a_pair_description_means_the_pair_the_story_means(language, text, pairs):
    assert _mou(text, language) == pairs


@pytest.mark.parametrize("language, text", [
    ("en", "Kyrgyzstan and Tajikistan fought a border war in 2022. Turkey supplied both capitals with drones."),
    ("en", "Kyrgyzstan and Tajikistan fought a border war in 2022, and Turkey supplied the two neighbours with drones."),
    ("es", "Kirguistán y Tayikistán libraron una guerra fronteriza en 2022. Turquía suministró drones a ambas capitales."),
    ("es", "Kirguistán y Tayikistán libraron una guerra fronteriza en 2022. Turquía vendió drones a los dos vecinos."),
])
def test_capitals_and_neighbours_name_the_pair_too(language, text):
    got = {(c.subject, c.object) for c in extract_text(text, language=language, published=PUB)
           if c.predicate == "SUPPLIED" and c.polarity == "positive"}
    assert got == {("state:TUR", "state:KGZ"), ("state:TUR", "state:TJK")}


@pytest.mark.parametrize("language, text", [
    # a third state acting on the pair: no memorandum between them is read
    ("en", "LIMA - Peru signed a defence agreement with South Korea on Tuesday.\n\nWashington urged the two "
     "governments to sign a memorandum of understanding on export controls."),
    ("es", "Argentina firmó un acuerdo con Dinamarca el martes.\n\nChina pidió a ambos gobiernos que no firmaran "
     "un memorando de entendimiento sobre cazas."),
])
def test_no_memorandum_read_from_a_request(language, text):
    assert _mou(text, language) == set()
