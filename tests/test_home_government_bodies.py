"""A state acting through a body or a leader's government the text names without the state: a
ministry with no state of its own is the story's home government ("LIMA.- ... El Ministerio del
Interior firmó con su par de Ecuador"), a bare foreign ministry ("la Cancillería", "the Foreign
Ministry") is the state the story is filed from, and "Burhan's government", "la junta de Goïta",
"al gobierno de Maduro" are the leader's state (extract._home_bodies, actors._ADMIN)."""

import pytest

from tests.extracting import positive_pairs

PUB = "2025-06-01"


@pytest.mark.parametrize("text, lang, pred, pair", [
    ("LIMA.- Perú reforzó la frontera norte. Perú desplegó tropas. El Ministerio del Interior firmó con su par de "
     "Ecuador un memorando de entendimiento para el intercambio de inteligencia.", "es", "SIGNED_MOU_WITH", ("state:PER", "state:ECU")),
    ("LIMA, March 4 (Reuters) - Peru reinforced its northern border. Peru deployed troops. The Interior Ministry "
     "signed a memorandum of understanding with Ecuador on intelligence sharing.", "en", "SIGNED_MOU_WITH", ("state:PER", "state:ECU")),
    ("MANAGUA.- Nicaragua expulsó al embajador. Nicaragua cerró la embajada. El Ministerio de Defensa suministró "
     "fusiles a la Policía de Honduras.", "es", "SUPPLIED", ("state:NIC", "state:HND")),
    ("ISLAMABAD (Reuters) - Pakistan closed its airspace. Pakistan expelled diplomats. The Foreign Ministry urged "
     "India to release the detained crew.", "en", "URGED", ("state:PAK", "state:IND")),
    ("BUENOS AIRES.- El Gobierno de Javier Milei declaró a Hamás organización terrorista. Argentina ya había incluido "
     "a Hezbolá en 2019.\n\nEn abril, la Cámara Federal concluyó que el atentado fue ejecutado por orden del Gobierno "
     "de Irán. Días después, la Cancillería pidió a Pakistán que detuviera al ministro del Interior iraní, Ahmad Vahidi.",
     "es", "URGED", ("state:ARG", "state:PAK")),
    ("Rusia suministró helicópteros de ataque y aviones L-39 a la junta de Assimi Goïta.", "es", "SUPPLIED", ("state:RUS", "state:MLI")),
    ("Rusia entregó drones al gobierno de Nicolás Maduro en 2019.", "es", "SUPPLIED", ("state:RUS", "state:VEN")),
    ("Russia delivered attack helicopters to the junta of Assimi Goita.", "en", "SUPPLIED", ("state:RUS", "state:MLI")),
    ("Burhan's government has called on Washington to designate the RSF a terrorist organisation.", "en", "URGED", ("state:SDN", "state:USA")),
    ("Abdel Fattah al-Burhan's government urged the United States to designate the RSF a terrorist organisation.", "en",
     "URGED", ("state:SDN", "state:USA")),
])
def test_the_state_acting_unnamed(text, lang, pred, pair):
    assert pair in positive_pairs(text, pred, language=lang, published=PUB)


@pytest.mark.parametrize("text, lang, pred, wrong", [
    # the story's state unclear (no dateline, two states as often named): the ministry stays nobody's
    ("Perú y Ecuador reforzaron la frontera. El Ministerio del Interior firmó un memorando con Colombia.", "es",
     "SIGNED_MOU_WITH", ("state:PER", "state:COL")),
    # the sentence before's state is not the bare foreign ministry's: filed from Buenos Aires
    ("BUENOS AIRES.- Argentina acusa a Irán. Argentina pidió ayuda.\n\nEl atentado fue ordenado por el Gobierno de "
     "Irán. Días después, la Cancillería pidió a Pakistán que detuviera a Ahmad Vahidi.", "es", "URGED", ("state:IRN", "state:PAK")),
])
def test_no_state_read_where_unclear(text, lang, pred, wrong):
    assert wrong not in positive_pairs(text, pred, language=lang, published=PUB)
