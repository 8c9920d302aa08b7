"""Session 16 (urged16): supplies told with the verb gapped, the Spanish dative "a" never the giver, and the act
of a request read before a condition or an alternative ("until", "rather than", "hasta que")."""

import pytest

from tests.extracting import extract_text, positive_pairs

PUB = "2025-06-01"


def supplies(text, lang):
    return positive_pairs(text, "SUPPLIED", language=lang, published=PUB)


def actions(text, lang):
    return {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == "URGED" and c.polarity == "positive"}


@pytest.mark.parametrize("text, pairs", [
    ("Turkey has delivered Bayraktar drones to Mali since late 2022, and to Burkina Faso and Niger since 2023.",
     {("state:TUR", "state:MLI"), ("state:TUR", "state:BFA"), ("state:TUR", "state:NER")}),
    ("Ankara sold Bayraktar drones to Mali in 2022 and TB2s to Burkina Faso and Niger a year later.",
     {("state:TUR", "state:MLI"), ("state:TUR", "state:BFA"), ("state:TUR", "state:NER")}),
    ("Russia has supplied fighter jets to Mali and helicopters to Niger.",
     {("state:RUS", "state:MLI"), ("state:RUS", "state:NER")}),
    ("Iran shipped drones to Russia and, later, to Sudan.", {("state:IRN", "state:RUS"), ("state:IRN", "state:SDN")}),
    ("The United States sent Patriot missiles to Ukraine last year and more interceptors to Israel in April.",
     {("state:USA", "state:UKR"), ("state:USA", "state:ISR")}),
    ("Turkey exported drones to Ukraine and then tried to sell them to Poland.", {("state:TUR", "state:UKR")}),
    ("China sold rifles to Myanmar and has talked to Thailand.", {("state:CHN", "state:MMR")}),
])
def test_gapped_supply_en(text, pairs):
    assert supplies(text, "en") == pairs


@pytest.mark.parametrize("text, pairs", [
    ("Turquía entregó drones a Malí desde 2022, y a Burkina Faso y Níger desde 2023.",
     {("state:TUR", "state:MLI"), ("state:TUR", "state:BFA"), ("state:TUR", "state:NER")}),
    ("Rusia vendió helicópteros a Malí en 2022 y, más tarde, a Níger.", {("state:RUS", "state:MLI"), ("state:RUS", "state:NER")}),
    ("Rusia ha entregado a Malí aviones de combate, y a Burkina Faso le donó trigo en 2023.",
     {("state:RUS", "state:MLI"), ("state:RUS", "state:BFA")}),
    ("Estados Unidos vendió cazas a Perú y helicópteros a Chile.", {("state:USA", "state:PER"), ("state:USA", "state:CHL")}),
    ("China suministró fusiles a Birmania y ha conversado con Tailandia.", {("state:CHN", "state:MMR")}),
    ("Irán envió drones a Rusia y luego intentó venderlos a Venezuela.", {("state:IRN", "state:RUS")}),
    ("Rusia suministró petróleo a Cuba y se negó a hablar con Venezuela.", {("state:RUS", "state:CUB")}),
])
def test_gapped_supply_es(text, pairs):
    assert supplies(text, "es") == pairs


@pytest.mark.parametrize("text", [
    "Rusia ha entregado a Malí aviones de combate, y a Burkina Faso le donó trigo en 2023.",
    "A Cuba, Rusia le donó trigo.",
    "Al Ejército sudanés le vendió drones Irán.",
])
def test_dative_a_is_never_the_giver(text):
    assert not {p for p in supplies(text, "es") if p[0] in ("state:BFA", "state:CUB")}


@pytest.mark.parametrize("text, lang, want, never", [
    ("Iraq's foreign ministry urged Washington to raise any security concerns through the committee rather than through sanctions.",
     "en", "raise", "sanction"),
    ("Ottawa urged Belgrade to keep talking instead of expelling the Kosovo envoys.", "en", None, "expel"),
    ("Senators pressed Britain to block arms sales to the UAE until it stops the flow of weapons, said Germany's Merz.", "en", None, "halt"),
    ("Beijing has repeatedly pressed Islamabad to guarantee the security of Chinese personnel, and a Chinese statement "
     "urged Pakistan to \"hunt down and severely punish\" the perpetrators.", "en", "guarantee", "sever ties"),
    ("India has pressed Dhaka to hold \"free, fair and inclusive\" elections, a phrase everyone understands.", "en", "hold", "release"),
    ("Chile urged Peru to free the detainees.", "en", "release", None),
    ("Brazil urged Bolivia to sever ties with Iran.", "en", "sever ties", None),
    ("La senadora Paloma Valencia pidió al Gobierno de Colombia suspender cualquier pacto con Caracas hasta que Venezuela "
     "expulse a los mandos del ELN.", "es", "suspend", "expel"),
    ("México pidió a Guatemala negociar en lugar de sancionar a Honduras.", "es", "negotiate", "sanction"),
    ("España instó a Marruecos a dialogar en vez de expulsar a los periodistas.", "es", None, "expel"),
    ("Argentina pidió a Bolivia que mantenga las sanciones a menos que Irán entregue a los acusados.", "es", None, "extradite"),
])
def test_request_act_before_condition_or_alternative(text, lang, want, never):
    got = {a for _, _, a in actions(text, lang)}
    if want:
        assert want in got
    if never:
        assert never not in got
