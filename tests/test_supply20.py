"""Session 20, SUPPLIED: the general ways news text tells that one actor supplied another (both
languages), written from how such reports are phrased, not from one corpus sentence: goods beyond arms
(food, medicine, power) in lists, "armed and trained", a Spanish supply clitic and its antecedent, a
gapped second recipient after a source aside, the supply of a demonym's arms, arms a user flies
("Russian-made"), arms passed on, approved sales, dispatched goods, the buyer's side, the giver
through its instrument, energy shipments named by demonym, main suppliers; and what is none of these
(plans, offers, requests, denials, possible sales)."""

import pytest

from tests.extracting import positive_pairs

PUB = "2025-06-01"


def supplies(text: str, lang: str) -> set[tuple[str, str]]:
    return positive_pairs(text, "SUPPLIED", language=lang, published=PUB)


FOUND = [
    # goods beyond arms: food, medicine, power, in lists of goods and of suppliers
    ("en", "Russia, China and Vietnam have sent fuel, rice and solar panels to Cuba.", [("state:RUS", "state:CUB"), ("state:CHN", "state:CUB"), ("state:VNM", "state:CUB")]),
    ("en", "Japan donated rice and medicines to Haiti after the hurricane.", [("state:JPN", "state:HTI")]),
    ("en", "India shipped vaccines to Nepal in 2021.", [("state:IND", "state:NPL")]),
    ("en", "Turkey has delivered generators and food aid to Syria.", [("state:TUR", "state:SYR")]),
    ("es", "Rusia, China y Vietnam han enviado combustible, arroz y paneles solares a Cuba.", [("state:RUS", "state:CUB"), ("state:CHN", "state:CUB"), ("state:VNM", "state:CUB")]),
    ("es", "Vietnam ha donado arroz a Cuba.", [("state:VNM", "state:CUB")]),
    ("es", "México envió medicamentos y vacunas a Honduras.", [("state:MEX", "state:HND")]),
    ("es", "Taiwán donó este año patrullas a la Policía de Guatemala.", [("state:TWN", "state:GTM")]),
    # "armed and trained", "X, which has armed ..."
    ("en", "Washington, which has armed and trained the Syrian Democratic Forces since 2015, is unlikely to leave.", [("state:USA", "group:sdf")]),
    ("en", "Iran has armed and funded the Houthis for years.", [("state:IRN", "group:houthis")]),
    ("en", "Moscow arms and trains the Wagner Group.", [("state:RUS", "group:wagner-group")]),
    ("en", "Iran has trained and armed the Houthis.", [("state:IRN", "group:houthis")]),
    ("en", "Russia has armed and trained the army of Mali.", [("state:RUS", "state:MLI")]),
    ("en", "Iran, which arms the Houthis, denied the report.", [("state:IRN", "group:houthis")]),
    # a Spanish supply clitic: the one given to before (a dative), never the giver; a model name is no antecedent
    ("es", "Rusia ha entregado a Malí helicópteros de combate, mientras que Turquía le vendió drones Bayraktar TB2.", [("state:RUS", "state:MLI"), ("state:TUR", "state:MLI")]),
    ("es", "Rusia ha entregado a Malí helicópteros Mi-24 y aviones L-39, mientras que Turquía le vendió drones.", [("state:TUR", "state:MLI")]),
    ("es", "Estados Unidos entregó a Ucrania misiles. Alemania también le donó tanques.", [("state:DEU", "state:UKR")]),
    ("es", "Guatemala mantiene el reconocimiento a Taiwán, que este año le donó patrullas y equipos de comunicación.", [("state:TWN", "state:GTM")]),
    ("es", "China criticó a Estados Unidos. Rusia le vendió petróleo a Cuba.", [("state:RUS", "state:CUB")]),
    ("es", "Francia vendió fragatas a Grecia, y Alemania le entregó submarinos.", [("state:DEU", "state:GRC")]),
    # a gapped second recipient after a source aside
    ("en", "Moscow has delivered combat aircraft and helicopters to Bamako and, according to Nigerien officials, air-defence systems to Niamey.", [("state:RUS", "state:MLI"), ("state:RUS", "state:NER")]),
    ("en", "China sold drones to Ethiopia and, according to diplomats, armoured vehicles to Sudan.", [("state:CHN", "state:ETH"), ("state:CHN", "state:SDN")]),
    ("en", "Turkey supplied drones to Libya and, citing defence sources, missiles to Qatar.", [("state:TUR", "state:LBY"), ("state:TUR", "state:QAT")]),
    ("es", "Rusia entregó aviones a Malí y, según fuentes oficiales, sistemas antiaéreos a Níger.", [("state:RUS", "state:MLI"), ("state:RUS", "state:NER")]),
    ("es", "Irán vendió drones a Rusia y, según la prensa, misiles a Venezuela.", [("state:IRN", "state:RUS"), ("state:IRN", "state:VEN")]),
    ("es", "Israel vendió radares a Colombia y, de acuerdo con analistas, fusiles a Honduras.", [("state:ISR", "state:COL"), ("state:ISR", "state:HND")]),
    # the supply of a demonym's arms (nominal)
    ("en", "The supply of Russian fighter jets to Venezuela angered Washington.", [("state:RUS", "state:VEN")]),
    ("en", "Washington criticised the supply of Russian-made fighter jets to Venezuela.", [("state:RUS", "state:VEN")]),
    ("en", "The sale of Turkish drones to Mali worried France.", [("state:TUR", "state:MLI")]),
    ("en", "Germany's supply of tanks to Ukraine began in March.", [("state:DEU", "state:UKR")]),
    ("es", "El suministro de armas rusas a Venezuela preocupa a Washington.", [("state:RUS", "state:VEN")]),
    ("es", "La venta de drones turcos a Malí preocupa a Francia.", [("state:TUR", "state:MLI")]),
    ("es", "La entrega de tanques alemanes a Ucrania comenzó en marzo.", [("state:DEU", "state:UKR")]),
    # arms a user flies, fires or deploys, their maker named with "-made", "-built", "-supplied"
    ("en", "Mali's army flies Russian-made helicopters.", [("state:RUS", "state:MLI")]),
    ("en", "Ethiopia deployed Chinese-made Wing Loong drones.", [("state:CHN", "state:ETH")]),
    ("en", "Ukraine has fired US-made missiles at Russia.", [("state:USA", "state:UKR")]),
    ("en", "Chinese-supplied drones were used by Ethiopia.", [("state:CHN", "state:ETH")]),
    ("en", "Russian-built jets flown by Mali bombed the town.", [("state:RUS", "state:MLI")]),
    ("en", "Sudan's army operates Iranian-made drones.", [("state:IRN", "state:SDN")]),
    ("es", "El ejército de Malí usa armas de fabricación rusa.", [("state:RUS", "state:MLI")]),
    # arms passed on to another armed actor
    ("en", "The UWSA has passed Chinese-made weapons to the Arakan Army.", [("group:uwsa", "group:arakan-army")]),
    ("en", "The UWSA is believed to have passed on rifles to the groups of the Three Brotherhood Alliance.", [("group:uwsa", "group:three-brotherhood-alliance")]),
    ("en", "Iran passed missiles to Hezbollah through Syria.", [("state:IRN", "group:hezbollah")]),
    # approved and authorised sales (the gold reads them as the supply)
    ("en", "The State Department approved the sale of F-16 fighter jets to Turkey.", [("state:USA", "state:TUR")]),
    ("en", "Washington approved a $2 billion sale of missiles to Taiwan.", [("state:USA", "state:TWN")]),
    ("en", "Germany authorised the export of tanks to Poland.", [("state:DEU", "state:POL")]),
    ("es", "El Departamento de Estado autorizó el 20 de diciembre la venta de repuestos y sistemas de radar táctico a Taiwán.", [("state:USA", "state:TWN")]),
    ("es", "España aprobó la venta de fragatas a Arabia Saudita.", [("state:ESP", "state:SAU")]),
    ("es", "Alemania dio luz verde a la exportación de tanques a Polonia.", [("state:DEU", "state:POL")]),
    # goods dispatched, airlifted; despachar, mandar
    ("en", "Russia dispatched fuel to Cuba.", [("state:RUS", "state:CUB")]),
    ("en", "Egypt airlifted weapons and ammunition to Somalia.", [("state:EGY", "state:SOM")]),
    ("en", "Turkey trucked ammunition into Syria last year.", [("state:TUR", "state:SYR")]),
    ("es", "México ha despachado petróleo a Cuba.", [("state:MEX", "state:CUB")]),
    ("es", "Venezuela mandó crudo a Cuba durante años.", [("state:VEN", "state:CUB")]),
    ("es", "Rusia despachó trigo hacia Siria.", [("state:RUS", "state:SYR")]),
    # the buyer's side
    ("en", "Mali bought Bayraktar drones from Turkey in 2022.", [("state:TUR", "state:MLI")]),
    ("en", "The CJNG buys cocaine directly from the Gulf Clan.", [("group:clan-del-golfo", "group:cjng")]),
    ("en", "Kyrgyzstan purchased Bayraktar TB2 drones from Turkey in 2021.", [("state:TUR", "state:KGZ")]),
    ("es", "Malí compró drones Bayraktar a Turquía.", [("state:TUR", "state:MLI")]),
    ("es", "La DEA sostiene que el CJNG compra cocaína directamente al Clan del Golfo.", [("group:clan-del-golfo", "group:cjng")]),
    ("es", "Colombia adquirió fusiles de Israel en 2019.", [("state:ISR", "state:COL")]),
    # the giver through its instrument in an aside, a time adverbial after the verb
    ("es", "El Gobierno de los Estados Unidos de América, por medio del Comando Sur, entregó la semana pasada al Ejército de Guatemala seis vehículos tácticos.", [("state:USA", "state:GTM")]),
    ("es", "México, a través de la empresa estatal Pemex, también ha despachado petróleo a Cuba.", [("state:MEX", "state:CUB")]),
    ("es", "Japón, mediante su agencia de cooperación, donó ayer a Filipinas dos patrulleros.", [("state:JPN", "state:PHL")]),
    ("en", "Mexico, through the state oil firm Pemex, has shipped crude to Cuba.", [("state:MEX", "state:CUB")]),
    ("en", "The United States, through Southern Command, delivered six tactical vehicles to Guatemala last week.", [("state:USA", "state:GTM")]),
    ("en", "The United States delivered last week six tactical vehicles to Guatemala.", [("state:USA", "state:GTM")]),
    # energy shipped, named by the supplier's demonym
    ("en", "Shipments of Mexican crude reached Cuba in March.", [("state:MEX", "state:CUB")]),
    ("en", "Two cargoes of Russian oil arrived in Cuba.", [("state:RUS", "state:CUB")]),
    ("en", "Cuba received Russian crude.", [("state:RUS", "state:CUB")]),
    ("es", "Los cargamentos de crudo mexicano llegaron a Cuba en marzo.", [("state:MEX", "state:CUB")]),
    ("es", "Cuba recibió cargamentos de crudo mexicano.", [("state:MEX", "state:CUB")]),
    ("es", "Un petrolero con fueloil ruso arribó a Cuba.", [("state:RUS", "state:CUB")]),
    # main suppliers of any goods
    ("en", "Russia is Myanmar's main supplier of weapons.", [("state:RUS", "state:MMR")]),
    ("en", "India has become Armenia's largest arms supplier.", [("state:IND", "state:ARM")]),
    ("es", "Vietnam ya es el principal proveedor de arroz de Filipinas.", [("state:VNM", "state:PHL")]),
    ("es", "Rusia es el principal proveedor de gas natural licuado de Serbia.", [("state:RUS", "state:SRB")]),
]


@pytest.mark.parametrize("lang,text,pairs", FOUND)
def test_supplied(lang, text, pairs):
    got = supplies(text, lang)
    for pair in pairs:
        assert pair in got, (text, got)


NOT_FOUND = [
    # plans, offers, requests, denials, possible sales, envoys and captured arms are no supplies
    ("en", "The State Department approved a possible sale of missiles to Taiwan.", ("state:USA", "state:TWN")),
    ("en", "Russia dispatched envoys to Cuba.", ("state:RUS", "state:CUB")),
    ("en", "Israel captured Iranian-made rockets from Hamas.", ("state:IRN", "group:hamas")),
    ("en", "Turkey has not armed the Syrian Democratic Forces.", ("state:TUR", "group:sdf")),
    ("en", "Russia offered to send fuel to Cuba.", ("state:RUS", "state:CUB")),
    ("en", "Cuba asked Russia to ship more crude.", ("state:RUS", "state:CUB")),
    ("en", "Ukraine urged Germany to supply tanks to Kyiv.", ("state:DEU", "state:UKR")),
    ("en", "Russian oil prices fell sharply.", ("state:RUS", "state:CUB")),
    ("es", "El Departamento de Estado aprobó la posible venta de misiles a Taiwán.", ("state:USA", "state:TWN")),
    ("es", "Rusia le vendió petróleo a Cuba, dijo China.", ("state:RUS", "state:CHN")),
    ("es", "Rusia ha entregado a Malí helicópteros, mientras que Turquía le vendió drones.", ("state:TUR", "state:RUS")),
    ("es", "El Gobierno negó que Irán hubiera entregado drones a Bolivia.", ("state:IRN", "state:BOL")),
    ("es", "Cuba pidió a México que enviara petróleo.", ("state:MEX", "state:CUB")),
    ("es", "Rusia planea enviar trigo a Siria el próximo año.", ("state:RUS", "state:SYR")),
]


@pytest.mark.parametrize("lang,text,pair", NOT_FOUND)
def test_not_supplied(lang, text, pair):
    assert pair not in supplies(text, lang), text


def test_armoured_goods_of_a_gapped_second_conjunct():
    # an adjective in -ed names the second conjunct's goods, no verb of a clause of its own
    got = supplies("China sold drones to Ethiopia and armoured vehicles to Sudan.", "en")
    assert ("state:CHN", "state:SDN") in got, got
    assert ("state:CHN", "state:SDN") not in supplies("China sold drones to Ethiopia and talked to Sudan.", "en")


@pytest.mark.parametrize("lang,text,pair", [
    # a state's marines are the state, as its navy is
    ("en", "India delivered missiles to the Philippine Marines in April 2024.", ("state:IND", "state:PHL")),
    ("en", "Washington shipped rifles to the Taiwanese Marines.", ("state:USA", "state:TWN")),
])
def test_supplied_more(lang, text, pair):
    got = supplies(text, lang)
    assert pair in got, (text, got)


@pytest.mark.parametrize("lang,text,pair", [
    # the share of what the recipient imports or consumes
    ("en", "The two countries signed a rice deal; Vietnam supplies most of the rice the Philippines imports.", ("state:VNM", "state:PHL")),
    ("en", "Russia supplies much of the wheat Egypt imports.", ("state:RUS", "state:EGY")),
    ("en", "Russia provides about 40% of the gas that Serbia consumes.", ("state:RUS", "state:SRB")),
    ("es", "Vietnam suministra la mayor parte del arroz que importa Filipinas.", ("state:VNM", "state:PHL")),
    ("es", "Rusia provee cerca del 40 % del gas que consume Serbia.", ("state:RUS", "state:SRB")),
    ("es", "Argelia vende la mitad del gas que España importa.", ("state:DZA", "state:ESP")),
])
def test_supplied_share(lang, text, pair):
    got = supplies(text, lang)
    assert pair in got, (text, got)


@pytest.mark.parametrize("lang,text,pair,found", [
    # a nominal of delivery of a demonym's energy; a planned or requested one is none
    ("en", "The supply of Venezuelan oil to Cuba fell sharply.", ("state:VEN", "state:CUB"), True),
    ("en", "Shipments of Mexican crude to Cuba resumed.", ("state:MEX", "state:CUB"), True),
    ("en", "The planned supply of Russian oil to Cuba was cancelled.", ("state:RUS", "state:CUB"), False),
    ("es", "El suministro de crudo venezolano a Cuba cayó.", ("state:VEN", "state:CUB"), True),
    ("es", "Los envíos de petróleo mexicano a Cuba se reanudaron.", ("state:MEX", "state:CUB"), True),
    ("es", "Cuba pidió a México el envío de petróleo mexicano a la isla.", ("state:MEX", "state:CUB"), False),
])
def test_energy_nominal(lang, text, pair, found):
    assert (pair in supplies(text, lang)) is found, text


def test_clitic_doubles_an_unnamed_receiver():
    # "le ... a la red del uruguayo": the clitic doubles the phrase after it, not a place named before
    text = ("La red de Marset enviaba cocaína a Europa a través de los puertos de Montevideo. "
            "Los investigadores sostienen que el PCC le proveía armas a la red del uruguayo.")
    assert not {p for p in supplies(text, "es") if p[1] == "state:URY"}


@pytest.mark.parametrize("lang,text,pair,found", [
    # the supplier's aircraft or ships arriving with the goods
    ("en", "Within weeks two Egyptian military aircraft had landed in Mogadishu carrying weapons and ammunition.", ("state:EGY", "state:SOM"), True),
    ("en", "Russian cargo planes arrived in Bamako with helicopters.", ("state:RUS", "state:MLI"), True),
    ("en", "A Russian tanker docked in Cuba carrying fuel.", ("state:RUS", "state:CUB"), True),
    ("en", "Iranian planes landed in Caracas.", ("state:IRN", "state:VEN"), False),
    ("es", "Dos aviones militares egipcios aterrizaron en Mogadiscio con armas y municiones.", ("state:EGY", "state:SOM"), True),
    ("es", "Un buque ruso atracó en Cuba cargado de combustible.", ("state:RUS", "state:CUB"), True),
    ("es", "Un avión iraní aterrizó en Caracas.", ("state:IRN", "state:VEN"), False),
])
def test_carrier_arrived_with(lang, text, pair, found):
    assert (pair in supplies(text, lang)) is found, text


@pytest.mark.parametrize("lang,text,pair", [
    # dual-use goods and chips; millions of shells or barrels are goods, not money
    ("en", "Beijing has supplied dual-use goods to Russia.", ("state:CHN", "state:RUS")),
    ("en", "China shipped microchips and machine tools to Russia.", ("state:CHN", "state:RUS")),
    ("es", "China ha suministrado bienes de doble uso a Rusia.", ("state:CHN", "state:RUS")),
    ("es", "China envió semiconductores a Rusia.", ("state:CHN", "state:RUS")),
    ("es", "Corea del Norte envió millones de proyectiles de artillería a Rusia.", ("state:PRK", "state:RUS")),
    ("es", "Venezuela envió millones de barriles de petróleo a Cuba.", ("state:VEN", "state:CUB")),
    ("en", "North Korea has shipped millions of artillery shells to Russia.", ("state:PRK", "state:RUS")),
])
def test_supplied_goods_more(lang, text, pair):
    got = supplies(text, lang)
    assert pair in got, (text, got)


@pytest.mark.parametrize("lang,text,pair", [
    # the recipient's goods, their giver in a participle; given by one and handed to another; delivery taken from
    ("en", "Guatemala received six tactical vehicles donated by the United States.", ("state:USA", "state:GTM")),
    ("en", "Sudan's army operates jets supplied by Russia.", ("state:RUS", "state:SDN")),
    ("en", "Patrol boats donated by Japan were handed to the Philippine Coast Guard.", ("state:JPN", "state:PHL")),
    ("en", "Drones supplied by Iran have been delivered to the Houthis.", ("state:IRN", "group:houthis")),
    ("en", "The Philippines took delivery of two patrol vessels from Japan.", ("state:JPN", "state:PHL")),
    ("en", "Niger has taken delivery of TB2 drones from Turkey.", ("state:TUR", "state:NER")),
    ("es", "Guatemala recibió seis vehículos tácticos donados por Estados Unidos.", ("state:USA", "state:GTM")),
    ("es", "Filipinas recibió de Japón dos patrulleros.", ("state:JPN", "state:PHL")),
])
def test_supplied_participles(lang, text, pair):
    got = supplies(text, lang)
    assert pair in got, (text, got)


@pytest.mark.parametrize("lang,text,pair", [
    # a denial, a request, a plan: none
    ("en", "Guatemala denied that it received vehicles donated by the United States.", ("state:USA", "state:GTM")),
    ("en", "Manila asked Tokyo for patrol vessels.", ("state:JPN", "state:PHL")),
])
def test_not_supplied_more(lang, text, pair):
    assert pair not in supplies(text, lang), text


@pytest.mark.parametrize("lang,text,pair,found", [
    # "la isla", "the island", "el archipiélago": the one island state the story named before
    ("es", "Rusia ha enviado crudo a Cuba. México también ha despachado petróleo a la isla.", ("state:MEX", "state:CUB"), True),
    ("es", "Pekín protestó por los lazos con Taiwán. Estados Unidos autorizó la venta de radares a la isla.", ("state:USA", "state:TWN"), True),
    ("es", "Filipinas firmó un acuerdo con Vietnam, que vende arroz al archipiélago.", ("state:VNM", "state:PHL"), True),
    ("en", "Cuba faces blackouts. Mexico has shipped oil to the island.", ("state:MEX", "state:CUB"), True),
    ("en", "Taiwan's president thanked Washington, which sold radars to the island.", ("state:USA", "state:TWN"), True),
    # two island states in play: no guess
    ("en", "Cuba and Jamaica met. Mexico has shipped oil to the island.", ("state:MEX", "state:CUB"), False),
])
def test_the_island(lang, text, pair, found):
    assert (pair in supplies(text, lang)) is found, text


@pytest.mark.parametrize("lang,text,pair", [
    # a subsidiary acts, not its parent
    ("es", "La filial de Pemex envió petróleo a Cuba durante meses.", ("group:pemex", "state:CUB")),
    ("en", "A subsidiary of Rosneft shipped crude to Cuba.", ("group:rosneft", "state:CUB")),
])
def test_parent_of_a_subsidiary_supplies_nothing(lang, text, pair):
    assert pair not in supplies(text, lang), text


@pytest.mark.parametrize("lang,text,pair,polarity", [
    # the passive with the recipient before the giver; a denied one is negative
    ("en", "The drones were supplied to Russia by Iran.", ("state:IRN", "state:RUS"), "positive"),
    ("en", "Jets sold to Mali by Russia in 2022 crashed.", ("state:RUS", "state:MLI"), "positive"),
    ("en", "The rifles, which were donated to Haiti by Kenya, arrived.", ("state:KEN", "state:HTI"), "positive"),
    ("es", "Los drones fueron suministrados a Rusia por Irán.", ("state:IRN", "state:RUS"), "positive"),
    ("es", "Los fusiles, donados a Haití por Kenia, llegaron ayer.", ("state:KEN", "state:HTI"), "positive"),
    ("es", "Los misiles no fueron suministrados a Rusia por Irán, según Teherán.", ("state:IRN", "state:RUS"), "negative"),
])
def test_passive_to_by(lang, text, pair, polarity):
    from tests.extracting import extract_text
    got = {(c.subject, c.object, c.polarity) for c in extract_text(text, language=lang, published=PUB) if c.predicate == "SUPPLIED"}
    assert (*pair, polarity) in got, (text, got)
