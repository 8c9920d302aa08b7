"""Session 17 (urged18): the ones asked listed in an aside or after a restrictive relative, requests told by a bill or a
letter, a plural demonym asked to act; deliveries told as nouns with the maker's demonym, a state's arms makers, fuels
as goods; parts named in apposition. Sentences written for these tests, not taken from the corpora."""

import pytest

from tests.extracting import extract_text, positive_pairs

PUB = "2025-06-01"


def requests(text, lang):
    return {(c.subject, c.object) for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == "URGED" and c.polarity == "positive"}


def supplies(text, lang):
    return positive_pairs(text, "SUPPLIED", language=lang, published=PUB)


def parts(text, lang):
    return positive_pairs(text, "PART_OF", language=lang, published=PUB)


# (1) the ones asked given as a list in an aside, or after a relative that picks them out
@pytest.mark.parametrize("text, lang, want", [
    ("Marco Rubio said the United States has asked its European allies, and here I would name Germany and the "
     "Netherlands, to list the Houthis.", "en", {("state:USA", "state:DEU"), ("state:USA", "state:NLD")}),
    ("Washington urged its partners, namely France and Italy, to sanction the militia.", "en",
     {("state:USA", "state:FRA"), ("state:USA", "state:ITA")}),
    ("Gerardo Werthein urged the governments of the region that have not yet done so, in particular Chile and Peru, "
     "to designate Hezbollah.", "en", {("official:gerardo-werthein", "state:CHL"), ("official:gerardo-werthein", "state:PER")}),
    ("Kyiv called on its partners, particularly Poland, to send more air defence systems.", "en", {("state:UKR", "state:POL")}),
    ("Gerardo Werthein exhortó asimismo a los gobiernos de la región que aún no lo han hecho, en particular a los de "
     "Chile, Uruguay y Colombia, a adoptar designaciones equivalentes.", "es",
     {("official:gerardo-werthein", "state:CHL"), ("official:gerardo-werthein", "state:URY"),
      ("official:gerardo-werthein", "state:COL")}),
    ("Ucrania pidió a sus aliados, es decir Alemania y Francia, que envíen más misiles.", "es",
     {("state:UKR", "state:DEU"), ("state:UKR", "state:FRA")}),
    ("Daniel Ortega llegó a pedir el sábado a Honduras y a Brasil que rompan relaciones con Israel.", "es",
     {("official:daniel-ortega", "state:HND"), ("official:daniel-ortega", "state:BRA")}),
    ("Israel exhortó a Paraguay a designar a Hezbolá como organización terrorista.", "es", {("state:ISR", "state:PRY")}),
])
def test_listed_addressees(text, lang, want):
    assert want <= requests(text, lang)


# (2) requests told as nouns
@pytest.mark.parametrize("text, lang, want", [
    ("Gerardo Werthein reiteró el pedido argentino a la República Islámica de Irán para que extradite a los ex "
     "funcionarios iraníes.", "es", ("official:gerardo-werthein", "state:IRN")),
    ("Argentina renewed its request to Iran to extradite the former officials.", "en", ("state:ARG", "state:IRN")),
    ("El Gobierno de Colombia reiteró su solicitud a Venezuela para que entregue a los cabecillas.", "es",
     ("state:COL", "state:VEN")),
])
def test_request_nouns(text, lang, want):
    assert want in requests(text, lang)


# (3) a bill, a resolution or a letter that urges: its sponsors ask
@pytest.mark.parametrize("text, lang, want", [
    ("Senator Marco Rubio introduced a bill that urges the State Department to designate the Polisario Front as a "
     "terrorist organization.", "en", ("official:marco-rubio", "state:USA")),
    ("Marco Rubio filed a resolution calling on Brazil to designate Hezbollah a terrorist organization.", "en",
     ("official:marco-rubio", "state:BRA")),
    ("Marco Rubio sent a letter urging Colombia to extradite the leaders.", "en", ("official:marco-rubio", "state:COL")),
    ("El senador Marco Rubio presentó en junio un proyecto de ley que insta al Departamento de Estado a designar al "
     "Polisario como organización terrorista.", "es", ("official:marco-rubio", "state:USA")),
    ("Marco Rubio y Bob Menendez enviaron una carta en la que piden a México que extradite a los cabecillas.", "es",
     ("official:bob-menendez", "state:MEX")),
    ("Javier Milei impulsó una resolución que exhorta a Brasil a romper relaciones con Irán.", "es",
     ("official:javier-milei", "state:BRA")),
])
def test_bill_that_urges(text, lang, want):
    assert want in requests(text, lang)


def test_opposing_a_bill_is_no_request_of_its_sponsor_rule():
    # the sponsor rule needs a sponsoring verb; what opposing it reads is another rule's business
    claims = extract_text("Marco Rubio opposed a bill that urges Colombia to extradite the leaders.", language="en",
                          published=PUB)
    assert not any(c.rule.startswith("en.urged18.bill") for c in claims)


# (4) a plural demonym with its article, asked to act, is its government
@pytest.mark.parametrize("text, lang, want", [
    ("Elmedin Konakovic had urged the Americans to keep the sanctions in place.", "en",
     ("official:elmedin-konakovic", "state:USA")),
    ("Volodymyr Zelensky urged the Germans to send more air defence systems.", "en", ("official:volodymyr-zelensky", "state:DEU")),
    ("Benjamin Netanyahu pressed the Russians to stop the transfers.", "en", ("official:benjamin-netanyahu", "state:RUS")),
    ("Volodymyr Zelensky pidió a los estadounidenses que mantengan las sanciones.", "es",
     ("official:volodymyr-zelensky", "state:USA")),
])
def test_plural_demonym_asked(text, lang, want):
    assert want in requests(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Marco Rubio urged the Venezuelans to rise up against the regime.", "en"),  # people asked, not a state
    ("Marco Rubio urged Venezuelans to vote.", "en"),
    ("Marco Rubio pidió a los venezolanos que voten.", "es"),
])
def test_people_asked_stay_out(text, lang):
    assert not requests(text, lang)


# SUPPLIED: deliveries told as nouns, the maker's demonym on the goods
@pytest.mark.parametrize("text, lang, want", [
    ("Washington sanctioned the firms over the transfer of Iranian ballistic missiles to Russia.", "en", ("state:IRN", "state:RUS")),
    ("Washington sanctioned the firms over the transfer to Russia of Iranian ballistic missiles.", "en", ("state:IRN", "state:RUS")),
    ("The deliveries of Russian fighter jets to Venezuela continued last year.", "en", ("state:RUS", "state:VEN")),
    ("Ucrania acusó a Irán por el traslado a Rusia de misiles balísticos iraníes.", "es", ("state:IRN", "state:RUS")),
    ("Las empresas fueron sancionadas por el envío de drones iraníes a Rusia.", "es", ("state:IRN", "state:RUS")),
    ("La entrega a Venezuela de cazas rusos se completó en 2024.", "es", ("state:RUS", "state:VEN")),
])
def test_nominal_delivery_with_maker(text, lang, want):
    assert want in supplies(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Analysts warned about the planned transfer of Iranian missiles to Russia.", "en"),
    ("Kyiv says the transfer of Iranian missiles to Russia has not happened.", "en"),
])
def test_planned_or_denied_nominal_delivery(text, lang):
    assert ("state:IRN", "state:RUS") not in supplies(text, lang)


def test_sanctioning_state_over_a_transfer_is_no_supplier():
    pairs = supplies("Washington sanctioned the firms over the transfer of Iranian ballistic missiles to Russia.", "en")
    assert ("state:USA", "state:RUS") not in pairs


@pytest.mark.parametrize("text, lang, want", [
    ("Russia accused Serbian arms makers of sending ammunition to Ukraine through third countries.", "en", ("state:SRB", "state:UKR")),
    ("Czech defence firms have sold shells to Ukraine.", "en", ("state:CZE", "state:UKR")),
    ("Los fabricantes de armas serbios enviaron municiones a Ucrania.", "es", ("state:SRB", "state:UKR")),
    ("Rusia acusó a los fabricantes de armas serbios de enviar municiones a Ucrania a través de terceros países.", "es",
     ("state:SRB", "state:UKR")),
])
def test_state_arms_makers(text, lang, want):
    assert want in supplies(text, lang)


@pytest.mark.parametrize("text, lang, want", [
    ("Russia has supplied Cuba with crude and refined products on and off since 2023.", "en", ("state:RUS", "state:CUB")),
    ("Algeria supplied Tunisia with natural gas during the winter.", "en", ("state:DZA", "state:TUN")),
    ("Qatar shipped liquefied natural gas to Pakistan.", "en", ("state:QAT", "state:PAK")),
    ("Rusia ha abastecido a Cuba de crudo y productos refinados desde 2023.", "es", ("state:RUS", "state:CUB")),
    ("Rumanía, en cambio, ha suministrado electricidad y gas a Moldavia.", "es", ("state:ROU", "state:MDA")),
    ("Venezuela envió crudo a Cuba durante años.", "es", ("state:VEN", "state:CUB")),
])
def test_fuels_are_goods(text, lang, want):
    assert want in supplies(text, lang)


# PART_OF: appositions that name the whole
@pytest.mark.parametrize("text, lang, want", [
    ("Republika Srpska, Bosnia's Serb-majority entity, has threatened to secede.", "en",
     ("group:republika-srpska", "state:BIH")),
    ("La Republika Srpska, la entidad de mayoría serbia de Bosnia, amenazó con la secesión.", "es",
     ("group:republika-srpska", "state:BIH")),
    ("Al Qard Al Hassan, la entidad financiera de Hezbolá, fue sancionada.", "es", ("group:al-qard-al-hassan", "group:hezbollah")),
    ("Al Qard Al Hassan, the financial arm of Hezbollah, was sanctioned.", "en", ("group:al-qard-al-hassan", "group:hezbollah")),
    ("Corporación de Fomento de la Producción (Corfo), unidad del Estado chileno, firmó el acuerdo.", "es",
     ("group:corporacion-de-fomento-de-la-produccion", "state:CHL")),
    ("The Islamic Resistance in Iraq, the umbrella of Iran-backed militias that includes Kataib Hezbollah, claimed the "
     "attack.", "en", ("group:kataib-hezbollah", "group:islamic-resistance-in-iraq")),
    ("La Resistencia Islámica en Irak, la coalición de milicias que incluye a Kataib Hezbolá, reivindicó el ataque.", "es",
     ("group:kataib-hezbollah", "group:islamic-resistance-in-iraq")),
    ("The Lazarus Group, the hacking outfit that U.S. officials say operates under the Reconnaissance General Bureau, "
     "stole the funds.", "en", ("group:lazarus-group", "group:rgb-north-korea")),
    ("El Grupo Lazarus, que opera bajo la Oficina General de Reconocimiento, robó los fondos.", "es",
     ("group:lazarus-group", "group:rgb-north-korea")),
    ("Kataib Hezbollah is part of the Islamic Resistance in Iraq.", "en", ("group:kataib-hezbollah", "group:islamic-resistance-in-iraq")),
])
def test_part_of_appositions(text, lang, want):
    assert want in parts(text, lang)


def test_spanish_feminine_demonym_stays_a_demonym():
    # "Bosnia" is the state's short name; "una mujer bosnia" is a demonym, no actor
    claims = extract_text("Una mujer bosnia protestó en Sarajevo.", language="es", published=PUB)
    assert not claims


@pytest.mark.parametrize("text, lang", [
    ("Consultada por este diario, la ministra descartó que el memorando contemple la venta de armamento chileno a Argentina.", "es"),
    ("Chile negó que el acuerdo incluya la entrega de misiles rusos a Argentina.", "es"),
    ("Officials denied that the deal would include the delivery of Russian fighter jets to Argentina.", "en"),
])
def test_nominal_delivery_denied_or_hypothetical(text, lang):
    assert not supplies(text, lang)


# a second request of the same subject, told as a noun: its own addressee and act
@pytest.mark.parametrize("text, lang, want", [
    ("Gerardo Werthein exhortó a Chile a adoptar designaciones equivalentes, y reiteró el pedido argentino a la República "
     "Islámica de Irán para que extradite a los ex funcionarios.", "es",
     {("official:gerardo-werthein", "state:CHL", "designate"), ("official:gerardo-werthein", "state:IRN", "extradite")}),
    ("Javier Milei condemned the attack and renewed his call on Iran to extradite the officials.", "en",
     {("official:javier-milei", "state:IRN", "extradite")}),
    ("Javier Milei visitó Israel y renovó su llamado a Irán a entregar a los acusados.", "es",
     {("official:javier-milei", "state:IRN", "extradite")}),
])
def test_second_request_as_noun(text, lang, want):
    got = {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published=PUB)
           if c.predicate == "URGED" and c.polarity == "positive"}
    assert got == want


@pytest.mark.parametrize("text, lang", [
    ("We have not seen a transfer of Russian anti-ship missiles to the Houthis.", "en"),
    ("There has been no delivery of Iranian drones to Venezuela, officials said.", "en"),
    ("Washington no ha visto ninguna entrega de misiles rusos a los hutíes.", "es"),
])
def test_nominal_delivery_not_seen(text, lang):
    assert not supplies(text, lang)


# troops sent to fight for or help another state (SUPPLIED, as the gold has them); the present "envía" is a supply verb
@pytest.mark.parametrize("text, lang, want", [
    ("Estados Unidos sancionó a empresas por el envío de tropas de Corea del Norte a Rusia para combatir en la región de Kursk.",
     "es", ("state:PRK", "state:RUS")),
    ("Corea del Norte envió miles de soldados a Rusia para apoyar su ofensiva.", "es", ("state:PRK", "state:RUS")),
    ("North Korea sent thousands of soldiers to Russia to fight in Kursk.", "en", ("state:PRK", "state:RUS")),
    ("Washington condemned the dispatch of troops from North Korea to Russia to help its offensive.", "en", ("state:PRK", "state:RUS")),
    ("Según la inteligencia surcoreana, Pionyang envía a Rusia millones de proyectiles de artillería.", "es", ("state:PRK", "state:RUS")),
    ("Irán envía drones a Rusia desde 2022.", "es", ("state:IRN", "state:RUS")),
    ("Rabat ha adquirido drones kamikaze y satélites de observación de fabricación israelí.", "es", ("state:ISR", "state:MAR")),
])
def test_troops_and_present_sends(text, lang, want):
    assert want in supplies(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Russia sent troops to the border with Ukraine.", "en"),
    ("Rusia envió tropas a la frontera con Ucrania.", "es"),
    ("Colombia envía una carta a Venezuela.", "es"),
])
def test_troops_without_help_stay_out(text, lang):
    assert not supplies(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("El Departamento del Tesoro de EE. UU. designa al Grupo Wagner.", "es"),
    ("La medida llegó a solicitud del Departamento de Justicia de los Estados Unidos.", "es"),
])
def test_cabinet_department_of_its_state_is_no_recorded_part(text, lang):
    assert not parts(text, lang)


def test_state_service_in_the_possessive_stays_a_part():
    assert ("group:irgc", "state:IRN") in parts("Iran's IRGC launched missiles.", "en")


# a state asking through its envoy named in an aside: the envoy asks
@pytest.mark.parametrize("text, lang, want", [
    ("Washington, a través de su enviado Tom Barrack, ha presionado a Beirut para que fije un calendario verificable de "
     "desarme de Hezbolá.", "es", ("official:tom-barrack", "state:LBN", "disarm")),
    ("Washington, through its envoy Tom Barrack, has pressed Beirut to disarm Hezbollah.", "en",
     ("official:tom-barrack", "state:LBN", "disarm")),
    ("Francia, por medio de su embajador Emmanuel Macron, pidió a Argelia que libere al escritor.", "es",
     ("official:emmanuel-macron", "state:DZA", "release")),
])
def test_through_envoy(text, lang, want):
    got = {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published=PUB)
           if c.predicate == "URGED" and c.polarity == "positive"}
    assert want in got
