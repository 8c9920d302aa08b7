"""prec17: proximity readings that paired the wrong actors.

- a second slot that does the act in a clause of its own is no recipient of the first ("Russia supplied air
  power and Iran and Hezbollah supplied fighters"; "turned to other suppliers: India has sold it ...")
- "the main supplier after/alongside Russia": the slot after the supplier noun is another supplier
- "ships" after a noun is a noun ("coast guard ships fired", "attacking merchant ships"), a verb after its subject
- who sanctions, punishes or thanks someone for supplying is not the supplier
- a summons' purpose ("summoned the ambassador to urge Moscow ...", "convocó al embajador para reprenderlo")
  is the summoner's own act, no request made by the one summoned
"""

import pytest

from tests.extracting import positive_pairs


def _pos(text, pred, lang, pub="2025-06-20"):
    return positive_pairs(text, pred, language=lang, published=pub)


# -- a second slot with its own act
@pytest.mark.parametrize("text,lang,wrong", [
    ("Assad survived because Russia supplied air power and Iran and Hezbollah supplied fighters.", "en",
     {("state:RUS", "state:IRN"), ("state:RUS", "group:hezbollah")}),
    ("Russia sold Su-30 jets, and Belarus has also delivered armoured vehicles to the junta.", "en",
     {("state:RUS", "state:BLR")}),
    ("Yerevan has since turned to other suppliers: India has sold it Pinaka rocket launchers.", "en",
     {("state:ARM", "state:IND")}),
    ("Rusia vendió aviones de combate, y China también suministró radares al gobierno de Maduro.", "es",
     {("state:RUS", "state:CHN")}),
    ("Irán envió drones, mientras Corea del Norte ha entregado proyectiles de artillería a Moscú.", "es",
     {("state:IRN", "state:PRK")}),
    ("Turkey delivered drones to Mali and Russia supplied helicopters to Burkina Faso.", "en",
     {("state:TUR", "state:RUS")}),
])
def test_second_slot_doing_its_own_act_is_no_recipient(text, lang, wrong):
    assert not (_pos(text, "SUPPLIED", lang) & wrong)


@pytest.mark.parametrize("text,lang,pair", [
    ("Iran supplied drones to Russia and Belarus.", "en", ("state:IRN", "state:BLR")),
    ("Iran supplied Hezbollah and Hamas with rockets.", "en", ("state:IRN", "group:hamas")),
    ("Turkey delivered drones to Mali and Russia supplied helicopters to Burkina Faso.", "en", ("state:TUR", "state:MLI")),
    ("Irán suministró drones a Rusia y a Bielorrusia.", "es", ("state:IRN", "state:BLR")),
    ("China vendió radares a Venezuela y Rusia entregó aviones a Nicaragua.", "es", ("state:CHN", "state:VEN")),
])
def test_recipients_still_read(text, lang, pair):
    assert pair in _pos(text, "SUPPLIED", lang)


# -- another supplier named after the supplier noun
@pytest.mark.parametrize("text,lang,other", [
    ("Russia is the junta's main arms supplier alongside China.", "en", "state:CHN"),
    ("Turkey has become the juntas' most important arms supplier after Russia.", "en", "state:RUS"),
    ("Israel is now Azerbaijan's second-largest weapons supplier behind Russia.", "en", "state:RUS"),
    ("France ranks as India's biggest arms exporter after Russia.", "en", "state:RUS"),
    ("Turquía es ya el segundo proveedor de armas de Malí, tras Rusia.", "es", "state:RUS"),
    ("Irán es el segundo proveedor de drones de Moscú, junto a Corea del Norte.", "es", "state:PRK"),
])
def test_supplier_after_another_is_no_recipient(text, lang, other):
    assert not any(o == other for _, o in _pos(text, "SUPPLIED", lang))


@pytest.mark.parametrize("text,lang,pair", [
    ("Israel is now Azerbaijan's second-largest weapons supplier behind Russia.", "en", ("state:ISR", "state:AZE")),
    ("Irán es el segundo proveedor de drones de Moscú, junto a Corea del Norte.", "es", ("state:IRN", "state:RUS")),
])
def test_supplier_of_the_recipient_still_read(text, lang, pair):
    assert pair in _pos(text, "SUPPLIED", lang)


# -- 'ships' as a noun
@pytest.mark.parametrize("text,lang,wrong", [
    ("In December, Chinese coast guard ships fired water cannon at Philippine government vessels.", "en",
     ("state:CHN", "state:PHL")),
    ("Russian warships and Iranian ships held joint drills.", "en", ("state:RUS", "state:IRN")),
    ("Chinese fishing ships entered Philippine waters again on Monday.", "en", ("state:CHN", "state:PHL")),
])
def test_ships_as_a_noun_is_no_delivery(text, lang, wrong):
    assert wrong not in _pos(text, "SUPPLIED", lang)


@pytest.mark.parametrize("text,pair", [
    ("Iran ships drones to Russia by sea.", ("state:IRN", "state:RUS")),
    ("Iran, which still ships oil to Syria, denied the report.", ("state:IRN", "state:SYR")),
    ("North Korea shipped artillery shells to Russia last year.", ("state:PRK", "state:RUS")),
    ("Iran reportedly ships drones to Russia through the Caspian Sea.", ("state:IRN", "state:RUS")),
])
def test_ships_as_a_verb_still_read(text, pair):
    assert pair in _pos(text, "SUPPLIED", "en")


# -- the one punishing someone for supplying
@pytest.mark.parametrize("text,lang,wrong", [
    ("Qods Aviation, a firm the European Union sanctioned in 2022 for supplying drones to Russia, denies it.", "en",
     ("group:european-union", "state:RUS")),
    ("The firm, which Washington penalised last year over selling parts to Iran, appealed.", "en",
     ("state:USA", "state:IRN")),
    ("The shipping agent that Britain fined in May for delivering fuel to Syria has closed.", "en",
     ("state:GBR", "state:SYR")),
    ("la empresa, a la que Estados Unidos castigó en 2024 por vender componentes a Irán, recurrió la medida.", "es",
     ("state:USA", "state:IRN")),
    ("El contratista que Francia multó por exportar piezas a Rusia cerró sus oficinas.", "es",
     ("state:FRA", "state:RUS")),
    ("El banco, que Reino Unido sancionó por suministrar fondos a Corea del Norte, cerró.", "es",
     ("state:GBR", "state:PRK")),
])
def test_punisher_is_no_supplier(text, lang, wrong):
    assert wrong not in _pos(text, "SUPPLIED", lang)


# -- a summons' purpose
@pytest.mark.parametrize("text,lang,wrong", [
    ("In November its foreign ministry summoned the Russian ambassador, Georgy Zinoviev, to urge Moscow to end "
     "its military cooperation with the North.", "en", ("official:georgy-zinoviev", "state:RUS")),
    ("Poland summoned the Belarusian charge d'affaires to demand that Minsk stop the border provocations.", "en",
     None),
    ("El entonces canciller israelí, Israel Katz, convocó al embajador brasileño al Museo del Holocausto para "
     "reprenderlo.", "es", ("official:israel-katz", "state:BRA")),
    ("La cancillería convocó al embajador de Argentina para pedirle explicaciones por las declaraciones.", "es",
     None),
    ("Colombia citó al embajador israelí para exigir que Israel retire sus declaraciones.", "es", None),
    ("Berlin called in the Chinese ambassador to press Beijing to release the detained journalist.", "en", None),
])
def test_summons_purpose_is_no_request_by_the_summoned(text, lang, wrong):
    got = _pos(text, "URGED", lang)
    if wrong:
        assert wrong not in got
    # the summoned envoy (or his state) never asks anyone
    assert not any(s.startswith("official:") and s != "official:israel-katz" for s, _ in got) or wrong is None
    for s, o in got:
        assert s != o


@pytest.mark.parametrize("text,lang,pair", [
    ("Mexico urged the United States to return the seized documents.", "en", ("state:MEX", "state:USA")),
    ("Berlin called in the Chinese ambassador to press Beijing to release the detained journalist.", "en",
     ("state:DEU", "state:CHN")),
    ("El presidente convocó a Brasil y a Argentina a sumarse a la iniciativa.", "es", None),
    ("Perú pidió a Chile que extradite al exministro.", "es", ("state:PER", "state:CHL")),
])
def test_requests_still_read(text, lang, pair):
    if pair:
        assert pair in _pos(text, "URGED", lang)


# -- 'X-backed' + a state named only as the backed ones' nationality, or a place after a preposition
@pytest.mark.parametrize("text,lang,wrong", [
    ("The United States on Wednesday designated four Iran-aligned Iraqi armed factions as terrorist organisations.",
     "en", ("state:IRN", "state:IRQ")),
    ("Russian-backed Ukrainian separatists seized the airport.", "en", ("state:RUS", "state:UKR")),
    ("Iran-backed militias in Iraq attacked the base again.", "en", ("state:IRN", "state:IRQ")),
    ("The case has grown stronger since Iranian-backed plots against dissidents in London came to light.", "en",
     ("state:IRN", "state:GBR")),
    ("Turkish-backed Syrian rebels advanced on Manbij.", "en", ("state:TUR", "state:SYR")),
    ("Estados Unidos designó a cuatro facciones armadas iraquíes alineadas con Irán como organizaciones terroristas.",
     "es", ("state:IRN", "state:IRQ")),
    ("Los separatistas ucranianos respaldados por Rusia tomaron el aeropuerto.", "es", ("state:RUS", "state:UKR")),
])
def test_nationality_of_the_backed_is_no_tie(text, lang, wrong):
    got = _pos(text, "ALLEGED_TIES", lang)
    assert wrong not in got and wrong[::-1] not in got


@pytest.mark.parametrize("text,lang,pair", [
    ("Iran-backed Hezbollah fighters crossed the border.", "en", ("state:IRN", "group:hezbollah")),
    ("Iran-backed Houthi rebels fired a missile at the ship.", "en", ("state:IRN", "group:houthis")),
    ("Iran-backed Syrian government forces retook the town.", "en", ("state:IRN", "state:SYR")),
    ("Los hutíes, respaldados por Irán, lanzaron un misil.", "es", ("state:IRN", "group:houthis")),
])
def test_backed_group_still_tied(text, lang, pair):
    got = _pos(text, "ALLEGED_TIES", lang)
    assert pair in got or pair[::-1] in got


# -- an order told from the buyer's side is no delivery yet
@pytest.mark.parametrize("text,lang,wrong", [
    ("JAKARTA, June 12 (APW) - Indonesia agreed on Wednesday to buy 48 KAAN fighter jets from Turkish Aerospace.", "en",
     ("group:tusas", "state:IDN")),
    ("Poland agreed last year to buy 96 Apache helicopters from the United States.", "en", ("state:USA", "state:POL")),
    ("Egypt promised to purchase more submarines from Germany.", "en", ("state:DEU", "state:EGY")),
    ("Perú acordó comprar 24 aviones a Corea del Sur.", "es", ("state:KOR", "state:PER")),
    ("Perú se comprometió a adquirir fragatas de Corea del Sur.", "es", ("state:KOR", "state:PER")),
])
def test_agreed_purchase_is_no_delivery(text, lang, wrong):
    assert wrong not in _pos(text, "SUPPLIED", lang)


@pytest.mark.parametrize("text,lang,pair", [
    ("Poland bought 96 Apache helicopters from the United States.", "en", ("state:USA", "state:POL")),
    ("Indonesia has received the first Rafale jets from France.", "en", ("state:FRA", "state:IDN")),
    ("Perú compró 24 aviones a Corea del Sur en 2024.", "es", ("state:KOR", "state:PER")),
])
def test_purchase_made_still_read(text, lang, pair):
    assert pair in _pos(text, "SUPPLIED", lang)


# -- the slot before ", and" after a preposition is the last clause's object, no co-subject of the next
@pytest.mark.parametrize("text,lang,wrong", [
    ("Lawmakers pressed the administration to stop the flow of weapons to the RSF, and Secretary Blinken said he "
     "had urged Emirati officials to use their influence.", "en", ("group:rsf-sudan", "state:ARE")),
    ("Iran kept sending drones to the Houthis, and Saudi Arabia said it had urged Omani mediators to intervene.", "en",
     ("group:houthis", "state:OMN")),
    ("Turkey sold drones to Ethiopia, and Egypt said it had asked Sudanese officials to close the border.", "en",
     ("state:ETH", "state:SDN")),
    ("Rusia entregó aviones a Irán, y China presionó a Teherán para que comprara sus radares.", "es",
     ("state:RUS", "state:IRN")),
    ("Washington suspendió la venta de armas a los hutíes, y Blinken dijo que había pedido a Omán que mediara.", "es",
     ("group:houthis", "state:OMN")),
    ("Francia envió ayuda a Líbano, y Macron dijo que había instado a funcionarios sirios a cooperar.", "es",
     ("state:LBN", "state:SYR")),
])
def test_object_before_a_new_clause_is_no_requester(text, lang, wrong):
    assert wrong not in _pos(text, "URGED", lang)


def test_requester_of_the_new_clause_still_read():
    text = ("Lawmakers pressed the administration to stop the flow of weapons to the RSF, and Secretary Blinken said he "
            "had urged Emirati officials to use their influence.")
    assert ("official:antony-blinken", "state:ARE") in _pos(text, "URGED", "en")
