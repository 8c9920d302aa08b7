"""link15: both actors in the sentence, linked across what stands between them: "both" before a list, a list
member's aside with no actor in it ("⟦A⟧ (CSP), the coalition that ..., and ⟦B⟧"), an adverbial
between the addressee and the request ("pressed X throughout the year to", "presionó a X durante una llamada ...
para que"), and a supplied system named in the singular."""

import pytest

from tests.extracting import positive_pairs

PUB = "2025-06-01"


def pairs(text, predicate, lang):
    return positive_pairs(text, predicate, language=lang, published=PUB)


@pytest.mark.parametrize("text,predicate,lang,want", [
    # "both" before a coordinated pair
    ("Marco Rubio urged both India and Pakistan to de-escalate.", "URGED", "en",
     {("official:marco-rubio", "state:IND"), ("official:marco-rubio", "state:PAK")}),
    ("India accused Pakistan of sheltering and arming both Lashkar-e-Taiba and Jaish-e-Mohammed.", "ALLEGED_TIES", "en",
     {("state:PAK", "group:lashkar-e-taiba"), ("state:PAK", "group:jaish-e-mohammed")}),
    ("The European Union has designated both Hamas and Hezbollah as terrorist organisations.", "DESIGNATED", "en",
     {("group:eu", "group:hamas"), ("group:eu", "group:hezbollah")}),
    # a member's aside inside the list
    ("Mali accuses Ukraine of backing the Permanent Strategic Framework (CSP), the Tuareg-led separatist coalition "
     "that claimed the ambush, and Jama'at Nusrat al-Islam wal-Muslimin (JNIM).", "ALLEGED_TIES", "en",
     {("state:UKR", "group:csp-dpa"), ("state:UKR", "group:jnim")}),
    ("Canada listed Hezbollah, which holds seats in parliament, and Hamas as terrorist entities.",
     "DESIGNATED", "en", {("state:CAN", "group:hezbollah"), ("state:CAN", "group:hamas")}),
    ("In May 2021 Myanmar declared the National Unity Government, the parliamentary body known as the CRPH and the "
     "People's Defence Force \"terrorist organisations\".", "DESIGNATED", "en",
     {("state:MMR", "group:nug-myanmar"), ("state:MMR", "group:pdf-myanmar")}),
    ("Estados Unidos designó a Hamás, que controla el enclave desde 2007, y a Hezbolá como organizaciones terroristas.",
     "DESIGNATED", "es", {("state:USA", "group:hamas"), ("state:USA", "group:hezbollah")}),
    # a list after "by", then the main verb after a comma (no apposition in English without its article)
    ("Haftar's Libyan National Army, long backed by the United Arab Emirates and Egypt, advanced on Tripoli.",
     "ALLEGED_TIES", "en", {("state:ARE", "group:libyan-national-army"), ("state:EGY", "group:libyan-national-army")}),
    # an adverbial between the addressee and the request
    ("Washington, which had pressed Ethiopia throughout the year to drop the memorandum, said nothing.", "URGED", "en",
     {("state:USA", "state:ETH")}),
    ("Antony Blinken urged Mexico at a summit in Lima to extradite the cartel leaders.", "URGED", "en",
     {("official:antony-blinken", "state:MEX")}),
    ("Antony Blinken urged Mexico through diplomatic channels to extradite the cartel leaders.", "URGED", "en",
     {("official:antony-blinken", "state:MEX")}),
    ("Marco Rubio presionó a México durante una llamada telefónica la semana pasada para que extradite a una "
     "treintena de capos.", "URGED", "es", {("official:marco-rubio", "state:MEX")}),
    ("El Departamento de Estado había pedido a Colombia, por canales diplomáticos, que no se sumara a la iniciativa "
     "china.", "URGED", "es", {("state:USA", "state:COL")}),
    ("Marco Rubio pidió a México en una reunión en Washington que extraditara a los capos.", "URGED", "es",
     {("official:marco-rubio", "state:MEX")}),
    # a supplied system in the singular, and electricity
    ("In 2022, China delivered the FK-3 air-defence system to Serbia.", "SUPPLIED", "en", {("state:CHN", "state:SRB")}),
    ("Uzbekistan is also supplying electricity to Afghanistan.", "SUPPLIED", "en", {("state:UZB", "state:AFG")}),
])
def test_linked_across(text, predicate, lang, want):
    assert want <= pairs(text, predicate, lang)


def test_request_action_join_es():
    from tests.extracting import extract_text
    got = [c for c in extract_text("El Departamento de Estado había pedido a Colombia, por canales diplomáticos, que no "
                                   "se sumara a la iniciativa china.", language="es", published=PUB)
           if c.predicate == "URGED"]
    assert got and got[0].props.get("action") == "not join"


@pytest.mark.parametrize("text,predicate,lang", [
    # "both" of two clauses' subjects is no list of objects
    ("Both India and Pakistan urged restraint after the strikes.", "URGED", "en"),
    # a relative clause after the request's noun is no aside before a request
    ("Marco Rubio pidió a México durante la reunión que mantuvieron ayer en Washington.", "URGED", "es"),
    # "A and its wing, the B" is not read as a list (measured: +1 fp on unread text)
    ("The US State Department designated the Balochistan Liberation Army and its suicide squad, the Majeed Brigade, "
     "as foreign terrorist organizations.", "DESIGNATED-wing", "en"),
    # two members of different kinds are two clauses, aside or not
    ("Washington designated Hezbollah, the Lebanese movement, and Iran remained defiant.", "DESIGNATED", "en"),
])
def test_not_linked(text, predicate, lang):
    got = pairs(text, predicate.split("-")[0], lang)
    if predicate == "DESIGNATED-wing":
        assert ("state:USA", "group:majeed-brigade") not in got
    elif predicate == "DESIGNATED":
        assert ("state:USA", "state:IRN") not in got
    else:
        assert not got
