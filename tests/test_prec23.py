"""Precision, session 23: guards written from the spurious facts of blind30..33, each in phrasings of our own
in both languages, with the near-miss that must keep firing."""

import pytest

from tests.extracting import extract_text, positive_pairs

PUB = "2025-06-01"


def pairs(text, lang, predicate):
    return positive_pairs(text, predicate, language=lang, published=PUB)


# --------------------------------------------------------------------------- a denial in the writer's own voice

# a fact check or a correction: someone else's claim, then the writer's own negation of it -> no fact
@pytest.mark.parametrize("text,lang,predicate,pair", [
    ("A post shared thousands of times says that Peru listed Hamas as a terrorist organisation. "
     "Peru has not designated Hamas as a terrorist organisation, and no decree says so.", "en",
     "DESIGNATED", ("state:PER", "group:hamas")),
    ("Several outlets reported that Belarus had delivered drones to Venezuela. "
     "We found no evidence that Belarus delivered drones to Venezuela.", "en",
     "SUPPLIED", ("state:BLR", "state:VEN")),
    ("Un mensaje difundido en redes asegura que Chile incluyó a Hezbolá en su lista de organizaciones terroristas. "
     "Chile no ha designado a Hezbolá como organización terrorista.", "es",
     "DESIGNATED", ("state:CHL", "group:hezbollah")),
    ("En la nota publicada el lunes se afirmó que Bolivia había suministrado armas a Venezuela. "
     "Es incorrecto: Bolivia no ha suministrado armas a Venezuela.", "es",
     "SUPPLIED", ("state:BOL", "state:VEN")),
])
def test_a_claim_the_writer_denies_is_no_fact(text, lang, predicate, pair):
    assert pair not in pairs(text, lang, predicate)


# a denial by a party leaves the reported fact (contested); an asserted reading stands whatever the negation
@pytest.mark.parametrize("text,lang,predicate,pair", [
    ("Western officials say Iran supplied drones to Russia. Tehran denies that it supplied drones to Russia.", "en",
     "SUPPLIED", ("state:IRN", "state:RUS")),
    ("Según la inteligencia colombiana, Venezuela suministró armas al ELN. Caracas negó que haya suministrado armas al ELN.",
     "es", "SUPPLIED", ("state:VEN", "group:eln")),
    ("Vietnam's defence ministry said Belarus supplied rifles to Laos. Belarus replied that it has not supplied weapons to Laos.",
     "en", "SUPPLIED", ("state:BLR", "state:LAO")),
])
def test_a_party_denial_keeps_the_reported_fact(text, lang, predicate, pair):
    assert pair in pairs(text, lang, predicate)


# --------------------------------------------------------------------------- a correction: what was told wrongly

@pytest.mark.parametrize("text,lang,predicate,pair", [
    ("Correction: the story misstated that Canada had designated the Houthis; Ottawa has taken no such step.", "en",
     "DESIGNATED", ("state:CAN", "group:houthis")),
    ("The article incorrectly said that Japan sanctioned Hezbollah.", "en", "DESIGNATED", ("state:JPN", "group:hezbollah")),
    ("Fe de erratas: se afirmó erróneamente que Uruguay designó a Hamás como organización terrorista.", "es",
     "DESIGNATED", ("state:URY", "group:hamas")),
    ("En la versión original se informó por error que Perú rompió relaciones con Irán.", "es",
     "SEVERED_TIES", ("state:PER", "state:IRN")),
])
def test_a_misstated_fact_is_withdrawn(text, lang, predicate, pair):
    assert pair not in pairs(text, lang, predicate)


# a correction's right fact, in a sentence of its own, and a statement someone else misstated before (no cue on it)
@pytest.mark.parametrize("text,lang,predicate,pair", [
    ("The story misstated the date. Canada designated the Houthis in January.", "en",
     "DESIGNATED", ("state:CAN", "group:houthis")),
    ("Japan sanctioned Hezbollah in March, the ministry said correctly.", "en", "DESIGNATED", ("state:JPN", "group:hezbollah")),
])
def test_a_correction_keeps_the_right_fact(text, lang, predicate, pair):
    assert pair in pairs(text, lang, predicate)


# --------------------------------------------------------------------------- a partner in trade only

@pytest.mark.parametrize("text,lang,pair", [
    ("China, North Korea's main trading partner, said it was not a party to the deal.", "en", ("state:CHN", "state:PRK")),
    ("India, Russia's largest trade partner in Asia, bought more oil in May.", "en", ("state:IND", "state:RUS")),
    ("China, principal socio comercial de Brasil, anunció nuevas compras de soja.", "es", ("state:CHN", "state:BRA")),
])
def test_a_trading_partner_is_no_tie(text, lang, pair):
    got = pairs(text, lang, "ALLEGED_TIES")
    assert pair not in got and pair[::-1] not in got


@pytest.mark.parametrize("text,lang,pair", [
    ("Iran, Syria's closest ally, sent advisers in May.", "en", ("state:IRN", "state:SYR")),
    ("Russia, Belarus's main military partner, moved troops north.", "en", ("state:RUS", "state:BLR")),
])
def test_an_ally_is_still_a_tie(text, lang, pair):
    got = pairs(text, lang, "ALLEGED_TIES")
    assert pair in got or pair[::-1] in got


# --------------------------------------------------------------------------- relations kept between two states

@pytest.mark.parametrize("text,lang,pair", [
    ("Colombia e Israel mantienen relaciones diplomáticas desde 1957.", "es", ("state:COL", "state:ISR")),
    ("Rusia, que mantiene buenas relaciones con Argelia, pidió calma.", "es", ("state:RUS", "state:DZA")),
    ("Kazakhstan has maintained diplomatic relations with Israel since 1992.", "en", ("state:KAZ", "state:ISR")),
    ("India enjoys cordial relations with Iran, the minister said.", "en", ("state:IND", "state:IRN")),
])
def test_relations_kept_between_states_are_no_tie(text, lang, pair):
    got = pairs(text, lang, "ALLEGED_TIES")
    assert pair not in got and pair[::-1] not in got


@pytest.mark.parametrize("text,lang,pair", [
    ("Hezbollah maintains close ties with Iran.", "en", ("group:hezbollah", "state:IRN")),
    ("El ELN mantiene relaciones con el gobierno de Venezuela, según la inteligencia colombiana.", "es",
     ("group:eln", "state:VEN")),
])
def test_a_group_keeping_relations_is_still_a_tie(text, lang, pair):
    got = pairs(text, lang, "ALLEGED_TIES")
    assert pair in got or pair[::-1] in got


# --------------------------------------------------------------------------- an act wished or demanded is not done

@pytest.mark.parametrize("text,lang,predicate,pair", [
    ("Los opositores exigen que Chile rompa relaciones con Irán.", "es", "SEVERED_TIES", ("state:CHL", "state:IRN")),
    ("Opposition lawmakers want Chile to sever ties with Iran.", "en", "SEVERED_TIES", ("state:CHL", "state:IRN")),
    ("The families demanded that Argentina designate Hezbollah's financiers.", "en", "DESIGNATED", ("state:ARG", "group:hezbollah")),
    ("Varios diputados piden que Perú declare terrorista al Tren de Aragua.", "es", "DESIGNATED", ("state:PER", "group:tren-de-aragua")),
])
def test_a_demanded_act_is_no_fact(text, lang, predicate, pair):
    assert pair not in pairs(text, lang, predicate)


@pytest.mark.parametrize("text,lang,predicate,pair", [
    ("Los opositores celebran que Chile rompiera relaciones con Irán.", "es", "SEVERED_TIES", ("state:CHL", "state:IRN")),
    ("Lawmakers welcomed the fact that Chile severed ties with Iran.", "en", "SEVERED_TIES", ("state:CHL", "state:IRN")),
])
def test_an_act_welcomed_is_still_done(text, lang, predicate, pair):
    assert pair in pairs(text, lang, predicate)


# --------------------------------------------------------------------------- a government named by its leaders acts as its state

@pytest.mark.parametrize("text,lang,predicate,pair,person", [
    ("The government of Daniel Ortega has deepened its ties with Russia.", "en", "ALLEGED_TIES",
     ("state:NIC", "state:RUS"), "official:daniel-ortega"),
    ("The government of Daniel Ortega and Rosario Murillo has deepened its ties with Iran.", "en", "ALLEGED_TIES",
     ("state:NIC", "state:IRN"), "official:rosario-murillo"),
    ("La administración de Nicolás Maduro rompió relaciones con Argentina.", "es", "SEVERED_TIES",
     ("state:VEN", "state:ARG"), "official:nicolas-maduro"),
])
def test_a_government_named_by_its_leader_is_its_state(text, lang, predicate, pair, person):
    got = pairs(text, lang, predicate)
    assert pair in got or pair[::-1] in got
    assert not any(person in p for p in got)


# the leader acting in person stays the leader
def test_a_leader_in_person_stays_the_leader():
    got = pairs("Daniel Ortega has deepened his ties with Vladimir Putin.", "en", "ALLEGED_TIES")
    assert ("official:daniel-ortega", "official:vladimir-putin") in got


@pytest.mark.parametrize("text,lang,pair,person", [
    ("Nicaragua rompió relaciones con Israel. La vicepresidenta, Rosario Murillo, anunció la medida. El gobierno de Ortega y "
     "Murillo ha estrechado en los últimos años sus lazos con Rusia e Irán.", "es",
     ("state:NIC", "state:IRN"), "official:rosario-murillo"),
    ("Venezuela expelled the envoy. The government of Maduro and Delcy Rodríguez has deepened its ties with Iran.", "en",
     ("state:VEN", "state:IRN"), "official:delcy-rodriguez"),
])
def test_a_leader_named_with_the_government_is_its_state(text, lang, pair, person):
    got = pairs(text, lang, "ALLEGED_TIES")
    assert pair in got or pair[::-1] in got
    assert not any(person in p for p in got)


# --------------------------------------------------------------------------- one's own state is no one asked

@pytest.mark.parametrize("text,lang,pair", [
    ("Desde su regreso a la Casa Blanca, el presidente Donald Trump ha insistido en que Estados Unidos debería recuperar el canal.", "es",
     ("official:donald-trump", "state:USA")),
    ("President Donald Trump has insisted that the United States must take back the canal.", "en", ("official:donald-trump", "state:USA")),
    ("President Lula urged Brazil to stay calm.", "en", ("official:lula", "state:BRA")),
])
def test_an_official_urging_their_own_state_is_no_request(text, lang, pair):
    assert pair not in pairs(text, lang, "URGED")


@pytest.mark.parametrize("text,lang,pair", [
    ("Donald Trump urged Panama to leave the Belt and Road Initiative.", "en", ("official:donald-trump", "state:PAN")),
    ("El presidente Gustavo Petro pidió a Venezuela que libere a los detenidos.", "es", ("official:gustavo-petro", "state:VEN")),
])
def test_an_official_urging_another_state_is_a_request(text, lang, pair):
    assert pair in pairs(text, lang, "URGED")


# a legislator asking their own government to act is a request (the gold of four sets holds them)
@pytest.mark.parametrize("text,lang,pair", [
    ("Senator Ted Cruz has urged the United States to designate the Muslim Brotherhood.", "en",
     ("official:ted-cruz", "state:USA")),
])
def test_a_legislator_urging_their_own_state_is_a_request(text, lang, pair):
    assert pair in pairs(text, lang, "URGED")


# --------------------------------------------------------------------------- a contribution asked, one act in both languages

@pytest.mark.parametrize("text,lang,pair", [
    ("Washington había pedido a Madrid que aportara una fragata.", "es", ("state:USA", "state:ESP")),
    ("Francia pidió a Alemania que contribuya con tropas a la misión.", "es", ("state:FRA", "state:DEU")),
    ("The United States urged Japan to contribute a destroyer to the mission.", "en", ("state:USA", "state:JPN")),
])
def test_a_contribution_asked_is_contribute(text, lang, pair):
    acts = {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == "URGED" and c.polarity == "positive"}
    assert pair + ("contribute",) in acts


def test_money_asked_stays_funding():
    from loaders.action_words import action_concept
    assert action_concept("aporten más fondos") == "fund"
    assert action_concept("contribute a frigate") == action_concept("aportara una fragata") == "contribute"


# --------------------------------------------------------------------------- a place is no party to a link

@pytest.mark.parametrize("text,lang,pair", [
    ("Investigators found fighters in Mali tied to the Islamic State.", "en", ("state:MLI", "group:isis")),
    ("Monitors documented mercenaries in Libya linked to the Russian Federation.", "en", ("state:LBY", "state:RUS")),
])
def test_a_place_before_linked_is_no_party(text, lang, pair):
    got = pairs(text, lang, "ALLEGED_TIES")
    assert pair not in got and pair[::-1] not in got


@pytest.mark.parametrize("text,lang,pair", [
    ("Hezbollah is linked to Iran.", "en", ("group:hezbollah", "state:IRN")),
    ("Los Choneros have long been tied to the Sinaloa Cartel.", "en", ("group:los-choneros", "group:sinaloa-cartel")),
])
def test_a_linked_actor_is_still_tied(text, lang, pair):
    assert pair in pairs(text, lang, "ALLEGED_TIES")


# --------------------------------------------------------------------------- a state's body the gazetteer knows is that body

@pytest.mark.parametrize("text", [
    "Russia's Africa Corps, which answers to Moscow's defence ministry, supplied armoured vehicles to Niger.",
    "Russia's Africa Corps, which answers to Russia's defence ministry, supplied armoured vehicles to Niger.",
])
def test_a_known_state_body_named_by_possessive_is_the_known_body(text):
    got = pairs(text, "en", "PART_OF")
    assert ("group:africa-corps", "group:russian-ministry-of-defence") in got
    assert not any("russian-defence-ministry" in b for _, b in got)


# --------------------------------------------------------------------------- a person's surname is no company

def test_a_surname_after_a_subsidiary_is_no_company():
    from tests.extracting import discovered
    text = ("Sobre los puertos, operados por Panama Ports Company, filial del conglomerado hongkonés CK Hutchison, "
            "Mulino recordó que la Contraloría audita la concesión.")
    found = discovered(text, "group:", "2025-02-02")
    assert "group:mulino" not in found
    got = pairs(text, "es", "PART_OF")
    assert not any("mulino" in a for a, _ in got)


def test_a_subsidiary_named_after_its_owner_is_still_a_company():
    from tests.extracting import discovered
    text = "Minera Andina, filial del conglomerado chileno Antofagasta Holdings, anunció una inversión."
    got = discovered(text, "group:", "2025-02-02")
    assert any("minera-andina" in k for k in got)


# --------------------------------------------------------------------------- a unit named by its head and one word is named in full

# (of a known body only: a unit of a body the text introduces keeps its own short name, "el Bloque Sur del Frente ...")
@pytest.mark.parametrize("text,unit,owner", [
    ("Artículo 2.- Disponer la movilización de las Fuerzas Armadas y la Policía Nacional en el territorio nacional. "
     "Artículo 3.- Ordenar a las Fuerzas Armadas ejecutar operaciones militares. Artículo 5.- El Comando Conjunto de las "
     "Fuerzas Armadas, órgano del Ministerio de Defensa Nacional, coordinará con la Policía Nacional las operaciones.",
     "group:comando-conjunto-de-las-fuerzas-armadas", "group:ministerio-de-defensa-nacional"),
])
def test_a_unit_of_a_body_is_named_in_full(text, unit, owner):
    got = pairs(text, "es", "PART_OF")
    assert (unit, owner) in got
    assert not any(a == "group:fuerzas-armadas" and b == "group:ministerio-de-defensa-nacional" for a, b in got)


# --------------------------------------------------------------------------- telling someone to leave the country is expelling them

@pytest.mark.parametrize("text,lang", [
    ("In 2024 the State Department did ask Doha to tell the leadership to leave if it kept rejecting proposals.", "en"),
    ("The United States urged Qatar to tell Hamas leaders to leave Doha.", "en"),
])
def test_telling_them_to_leave_is_an_expulsion(text, lang):
    acts = {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == "URGED" and c.polarity == "positive"}
    assert ("state:USA", "state:QAT", "expel") in acts


def test_leaving_talks_is_no_expulsion():
    from loaders.action_words import action_concept
    assert action_concept("tell Hamas to leave the talks") != "expel"
    assert action_concept("leave the coalition") == "leave"
    assert action_concept("pida a los líderes de Hamás que abandonen el país") == "expel"
