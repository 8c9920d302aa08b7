"""Session 22 (ties23): relations between actors already found, read off constructions news in general uses, and
readings that are no relation.

- A backer named inside an object relative clause of the one it backs ("Hezbollah, the militia that Iran built and
  bankrolls", "los hutíes, a los que Irán arma", "la guerrilla que financia Caracas"): a tie; a denial, a request or
  a negation inside the clause is none.
Every sentence is written for these tests."""

import pytest

from tests.extracting import positive_pairs, tied


def ties(text, lang="en"):
    return positive_pairs(text, "ALLEGED_TIES", language=lang, published="2025-06-01")


# ------------------------------------------------------------------ a backer inside an object relative clause
@pytest.mark.parametrize("text,lang,a,b", [
    ("Hezbollah, the Lebanese militia that Iran built and bankrolls, has stayed out of the fighting.", "en",
     "state:IRN", "group:hezbollah"),
    ("The strikes hit the Houthis, whom Tehran arms and trains, for a third night.", "en", "state:IRN", "group:houthis"),
    ("The M23, a rebel group that Rwanda has backed since 2021, took Goma in January.", "en", "state:RWA", "group:m23"),
    ("Hezbollah, the movement Iran funds and equips, denied any role.", "en", "state:IRN", "group:hezbollah"),
    ("Hezbolá, la milicia que Irán creó y financia, no ha entrado en la guerra.", "es", "state:IRN", "group:hezbollah"),
    ("El M23, grupo al que Ruanda ha respaldado desde 2021, tomó Goma en enero.", "es", "state:RWA", "group:m23"),
    ("El ELN, la guerrilla que financia y protege Venezuela, atacó un cuartel en Arauca.", "es", "state:VEN", "group:eln"),
])
def test_a_backer_inside_an_object_relative_clause(text, lang, a, b):
    assert tied(ties(text, lang), a, b)


@pytest.mark.parametrize("text,lang", [
    ("Hezbollah, which Iran denies funding, fired rockets at the border.", "en"),
    ("Hezbollah, which Iran has never armed, fired rockets at the border.", "en"),
    ("The Houthis, whom Iran wants to fund, attacked a ship.", "en"),
    ("Hezbolá, a la que Irán niega financiar, lanzó cohetes.", "es"),
    ("Los hutíes, a los que Irán nunca armó, atacaron un buque.", "es"),
])
def test_a_denial_or_negation_in_the_relative_clause_is_no_tie(text, lang):
    assert not ties(text, lang)


# ------------------------------------------------------------------ "the two countries" on one side of a tie
@pytest.mark.parametrize("text,lang", [
    ("Japan and South Korea held talks on Monday. The military cooperation between the two countries is deepening.", "en"),
    ("Peru and Chile signed a border protocol. Relations between both countries go back two centuries.", "en"),
    ("Cuba y Rusia firmaron un memorando. La cooperación militar entre ambos países no es nueva.", "es"),
    ("Rusia, que mantiene buenas relaciones con ambos gobiernos, pidió a Bamako y a Argel que dialoguen.", "es"),
])
def test_the_pairs_own_relationship_is_no_alleged_tie(text, lang):
    assert not {p for p in ties(text, lang) if p[0].startswith("state:") and p[1].startswith("state:")}


@pytest.mark.parametrize("text,lang,a,b", [
    ("Iran and Venezuela signed a deal. The two countries have also funded Hezbollah for years.", "en",
     "state:VEN", "group:hezbollah"),
    ("Irán y Venezuela firmaron un acuerdo. Ambos gobiernos financian a Hezbolá desde hace años.", "es",
     "state:VEN", "group:hezbollah"),
])
def test_the_pair_still_ties_a_third_actor(text, lang, a, b):
    assert tied(ties(text, lang), a, b)


# ------------------------------------------------------------------ sanctioned over its support for a third
@pytest.mark.parametrize("text,lang,a,b", [
    ("The United States sanctioned Rwanda over its support for the M23 rebels.", "en", "state:RWA", "group:m23"),
    ("The EU has also sanctioned Belarus over its military support for Russia.", "en", "state:BLR", "state:RUS"),
    ("Washington sanctioned Iran over its backing of the Houthis.", "en", "state:IRN", "group:houthis"),
    ("Washington sancionó a Ruanda por su apoyo al M23.", "es", "state:RWA", "group:m23"),
    ("Francia presiona a sus socios para sancionar a Ruanda por su respaldo militar al M23.", "es", "state:RWA", "group:m23"),
])
def test_sanctioned_over_its_support_for(text, lang, a, b):
    assert tied(ties(text, lang), a, b)


@pytest.mark.parametrize("text,lang", [
    ("La UE sancionó a Ruanda por su apoyo a la candidatura de Kenia.", "es"),
    ("Trade with sanctioned Iran grew last year, officials said.", "en"),
])
def test_sanctioned_near_misses_are_no_tie(text, lang):
    assert not ties(text, lang)


# ------------------------------------------------------------------ a trading partner is trade, no tie
@pytest.mark.parametrize("text,lang", [
    ("China, North Korea's main trading partner, says it is not a party to the deal.", "en"),
    ("Brazil, Bolivia's largest trade partner, said nothing about the memorandum.", "en"),
    ("China, principal socio comercial de Corea del Norte, guardó silencio.", "es"),
    ("Irán y Venezuela mantienen estrechos vínculos económicos.", "es"),
])
def test_a_trading_partner_is_no_tie(text, lang):
    assert not {p for p in ties(text, lang) if p[0].startswith("state:") and p[1].startswith("state:")}


@pytest.mark.parametrize("text,lang,a,b", [
    ("Rusia, principal aliado de Venezuela, envió aviones de combate a Caracas.", "es", "state:RUS", "state:VEN"),
    ("Iran, the Houthis' main partner in the region, denied the report.", "en", "state:IRN", "group:houthis"),
])
def test_an_ally_or_partner_still_ties(text, lang, a, b):
    assert tied(ties(text, lang), a, b)


# ------------------------------------------------------------------ a chamber record's speaker label with a bracket
_RECORD = ("Versión taquigráfica de la sesión especial de la Comisión de Relaciones Exteriores.\n\n"
           "El señor PÉREZ (Presidente).- Se abre la sesión. Tiene la palabra la ministra de Relaciones Exteriores de "
           "Chile, señora {name}.\n\n"
           "La señora GÓMEZ (ministra de Relaciones Exteriores).- Gracias, Presidente. {said}\n\n"
           "El señor PÉREZ (Presidente).- Gracias, ministra.")


def urged(text, lang):
    return positive_pairs(text, "URGED", language=lang, published="2025-06-01")


@pytest.mark.parametrize("name,said", [
    ("Ana Gómez", "En marzo solicitamos formalmente a Venezuela la extradición del principal sospechoso."),
    ("Ana Gómez Rivas", "En marzo solicitamos formalmente a Venezuela la extradición del principal sospechoso."),
    ("Ana Gómez", "Hemos pedido a Venezuela que entregue al principal sospechoso."),
])
def test_a_request_in_the_first_person_of_a_labelled_speaker(name, said):
    assert ("state:CHL", "state:VEN") in urged(_RECORD.format(name=name, said=said), "es")


def test_a_first_person_request_without_a_speaker_names_nobody():
    assert not urged("En marzo solicitamos formalmente a Venezuela la extradición del principal sospechoso.", "es")


# ------------------------------------------------------------------ a proxy by whose orders it follows
@pytest.mark.parametrize("text,lang,a,b", [
    ("Srpska Lista, which takes its instructions from Belgrade, won most Serb seats.", "en", "group:srpska-lista", "state:SRB"),
    ("Kurti says Srpska Lista takes orders from Belgrade.", "en", "group:srpska-lista", "state:SRB"),
    ("Hamas acts on Tehran's instructions, Israeli officials say.", "en", "group:hamas", "state:IRN"),
    ("Según Kurti, Lista Serbia recibe órdenes de Belgrado.", "es", "group:srpska-lista", "state:SRB"),
    ("Kataib Hezbolá, que sigue las instrucciones de Teherán, atacó una base.", "es", "group:kataib-hezbollah", "state:IRN"),
])
def test_a_proxy_by_whose_orders_it_follows(text, lang, a, b):
    assert tied(ties(text, lang), a, b)


@pytest.mark.parametrize("text,lang", [
    ("Kataib Hezbollah denies that it takes orders from Iran.", "en"),
    ("Kataib Hezbolá niega recibir órdenes de Irán.", "es"),
])
def test_a_denied_chain_of_orders_is_no_tie(text, lang):
    assert not ties(text, lang)


def test_orders_taken_are_no_purchase():
    assert not positive_pairs("Kurti says Srpska Lista takes orders from Belgrade.", "SUPPLIED", language="en",
                              published="2025-06-01")


# ------------------------------------------------------------------ the one others are linked to does not act
@pytest.mark.parametrize("text", [
    "Chinese firms with ties to the People's Liberation Army operate space-tracking stations in Argentina.",
    "The Panel documented the presence in Libya of personnel linked to the Russian Federation.",
    "The report places fighters linked to the Islamic State in northern Mozambique.",
])
def test_the_actor_others_are_linked_to_is_not_present(text):
    got = ties(text)
    assert not {p for p in got if "state:ARG" in p or "state:LBY" in p or "state:MOZ" in p}


def test_an_actor_linked_to_another_still_ties():
    assert tied(ties("The Polisario Front is linked to Iran, Rabat says."), "group:polisario", "state:IRN")


# ------------------------------------------------------------------ a government named by its leaders is their state
@pytest.mark.parametrize("text", [
    "The government of Daniel Ortega and Rosario Murillo has deepened its ties with Russia and Iran.",
    "Critics claimed that the government of Daniel Ortega had quietly signed a military alliance with Moscow.",
])
def test_a_government_named_by_its_leaders_is_their_state(text):
    got = ties(text)
    assert tied(got, "state:NIC", "state:RUS")
    assert not {p for p in got if "official:rosario-murillo" in p or "official:daniel-ortega" in p}


def test_a_leader_named_alone_keeps_the_tie():
    assert tied(ties("Daniel Ortega has deepened his ties with Vladimir Putin."), "official:daniel-ortega",
                "official:vladimir-putin")


# ------------------------------------------------------------------ a request named by its noun, fronted
@pytest.mark.parametrize("text,lang", [
    ("Following a request from Uganda, Kenya listed the ADF as a terrorist group.", "en"),
    ("In response to a formal request by Uganda, Kenya designated the ADF a terrorist organization.", "en"),
    ("Tras una petición formal de Uganda, Kenia designó a las ADF como organización terrorista.", "es"),
    ("Atendiendo a una solicitud expresa de Uganda, Kenia declaró a las ADF organización terrorista.", "es"),
])
def test_a_fronted_request_noun(text, lang):
    assert ("state:UGA", "state:KEN") in urged(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Following a request from Uganda, Kenya refused to list the ADF.", "en"),
    ("Tras una petición de Uganda, Kenia se negó a designar a las ADF.", "es"),
])
def test_a_fronted_request_refused_still_names_no_act(text, lang):
    assert ("state:UGA", "state:KEN") not in urged(text, lang)
