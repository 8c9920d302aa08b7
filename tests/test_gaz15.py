"""Session 15 coverage of groups.yaml: organisations added by category and region are found in
sentences written for this test (English and Spanish), shared guard and intelligence names
resolve to the state the text ties them to, ordinary words stay out, and some new groups are linked
in claims."""

import pytest

from loaders.actors import find_actors
from loaders.gazetteer import Gazetteer
from loaders.sentences import split
from tests.extracting import positive_pairs


@pytest.fixture(scope="module")
def g():
    return Gazetteer.load()


def _found(g, text):
    return {m.entity for m in find_actors(g, text, split(text), "2025-06-01").mentions if m.entity}


@pytest.mark.parametrize("text,eid", [
    # security bodies with no state word in their names
    ("The Central Bureau of Investigation raided the offices of the firm.", "group:cbi-india"),
    ("La Gendarmería Nacional Argentina decomisó dos toneladas de marihuana en Misiones.", "group:gendarmeria-argentina"),
    ("La PDI detuvo a tres miembros del Tren de Aragua en Santiago.", "group:pdi-chile"),
    ("Agentes del CICPC y de la Policía Nacional Bolivariana allanaron la vivienda.", "group:cicpc"),
    ("Agentes del CICPC y de la Policía Nacional Bolivariana allanaron la vivienda.", "group:pnb-venezuela"),
    ("SENAFRONT intercepted a boat carrying cocaine near the Colombian border.", "group:senafront"),
    # Sahel juntas, Libya, Sudan, Yemen, Pakistan, Haiti
    ("Le Conseil national pour la sauvegarde de la patrie, the National Council for the Safeguard of the "
     "Homeland, expelled the French ambassador.", "group:cnsp-niger"),
    ("El Movimiento Patriótico para la Salvaguarda y la Restauración disolvió los partidos.", "group:mpsr-burkina"),
    ("Clashes broke out in Tripoli between the Special Deterrence Force and the 444th Combat Brigade.", "group:radaa"),
        ("La Brigada Tariq bin Ziyad, dirigida por Saddam Haftar, tomó el control del paso.", "group:tariq-bin-ziyad-brigade"),
    ("The Sudan Shield Forces and the Al-Baraa bin Malik Brigade fought alongside the army in Gezira.",
     "group:al-bara-bin-malik-brigade"),
    ("Las Fuerzas Conjuntas de Darfur defendieron El Fasher.", "group:darfur-joint-force"),
    ("Pakistan banned the Pashtun Tahafuz Movement in October 2024.", "group:pashtun-tahafuz-movement"),
    ("La Fuerza de Supresión de Pandillas reemplazará a la misión keniana en Haití.", "group:gang-suppression-force"),
    ("Fanmi Lavalas rejected the transitional council's timetable.", "group:fanmi-lavalas"),
    # Russia's and Ukraine's irregular formations
    ("Las fuerzas especiales Akhmat de Kadírov combaten en Kursk.", "group:akhmat-special-forces"),
    ("Convicts recruited into Storm-Z units were sent to Bakhmut.", "group:storm-z"),
    ("La autoproclamada República Popular de Donetsk reclutó a extranjeros.", "group:donetsk-peoples-republic"),
    ("The Kastus Kalinouski Regiment fights for Ukraine.", "group:kalinouski-regiment"),
    # missions and organs
    ("La MINURSO vigila el alto el fuego en el Sáhara Occidental.", "group:minurso"),
    ("The SADC Mission in the DRC began withdrawing its troops.", "group:samidrc"),
    ("El Consejo de la UE aprobó el decimoséptimo paquete de sanciones.", "group:council-of-the-eu"),
    ("ODIHR observers criticised the election.", "group:odihr"),
    # cyber groups
    ("Microsoft tied the intrusions to Star Blizzard, also called ColdRiver.", "group:star-blizzard"),
    ("El grupo Turla, vinculado al FSB, espió a diplomáticos europeos.", "group:turla"),
    ("MuddyWater, an arm of Iran's intelligence ministry, targeted Israeli firms.", "group:muddywater"),
    ("Los hackers de Flax Typhoon usaron la infraestructura de Integrity Technology Group.", "group:integrity-technology-group"),
    ("The hacktivist group NoName057(16) attacked Spanish websites.", "group:noname05716"),
    ("Evil Corp and LockBit affiliates were sanctioned.", "group:evil-corp"),
    # sanctioned firms and networks
    ("Treasury designated Al-Qard Al-Hassan in 2007.", "group:al-qard-al-hassan"),
    ("El Tesoro sancionó a la red de Los Cuinis, brazo financiero del CJNG.", "group:los-cuinis"),
    ("Washington sanctioned the Intellexa consortium and its founder.", "group:intellexa"),
    ("El Fondo Ruso de Inversión Directa negoció con enviados estadounidenses.", "group:rdif"),
    # parties
    ("The Swiss People's Party won the most seats.", "group:swiss-peoples-party"),
    ("El UPND de Hakainde Hichilema ganó las elecciones en Zambia.", "group:upnd-zambia"),
])
def test_new_groups_found(g, text, eid):
    assert eid in _found(g, text)


@pytest.mark.parametrize("text,eid", [
    # a shared name goes to the state its sentence names, in either language
    ("En México, la Guardia Nacional detuvo a 20 miembros del Cártel de Sinaloa.", "group:guardia-nacional-mexico"),
    ("Trump sent the National Guard to Los Angeles, in the United States.", "group:us-national-guard"),
])
def test_shared_names_take_their_state(g, text, eid):
    assert eid in _found(g, text)


@pytest.mark.parametrize("text,absent", [
    # no state in the text: the shared name is nobody's
    ("La Guardia Nacional patrulla la frontera.", "group:guardia-nacional-mexico"),
    # the family name, the founder's name and plain words are not the groups
    ("Akhmat Kadyrov was killed in 2004.", "group:akhmat-special-forces"),
    ("Eugene Kaspersky spoke at the conference.", "group:kaspersky-lab"),
    ("La Gendarmería Nacional mauritana recibió patrulleras.", "group:gendarmeria-argentina"),
    ("Homeland security is a priority, the minister said.", "group:homeland-union-lithuania"),
])
def test_shared_and_ordinary_words_stay_out(g, text, absent):
    assert absent not in _found(g, text)


@pytest.mark.parametrize("text,lang,pair", [
    ("The U.S. Treasury sanctioned LockBit on Tuesday.", "en", ("state:USA", "group:lockbit")),
    ("El Departamento del Tesoro sancionó a Al-Qard Al-Hassan, la red financiera de Hezbolá.", "es",
     ("state:USA", "group:al-qard-al-hassan")),
    ("Britain sanctioned Zservers, a Russian bulletproof hosting firm.", "en", ("state:GBR", "group:zservers")),
    ("El Tesoro de Estados Unidos sancionó a Los Cuinis.", "es", ("state:USA", "group:los-cuinis")),
])
def test_new_groups_designated(text, lang, pair):
    assert pair in positive_pairs(text, "DESIGNATED", language=lang, published="2025-06-01")
