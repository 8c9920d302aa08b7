"""desig18: listings whose objects run on after the first one ("..., together with X", "junto con el X y ...", "así como a X"), listings
named as nouns over a counted set ("the designation of eight cartels as FTOs, including X and Y", "la designación, por parte de A,
de ocho organizaciones ..., entre ellas X") or with the kind before the objects ("la designación como organizaciones terroristas
del X, el Y y Z"), a state organ named by its demonym ("la Sala de lo Constitucional salvadoreña"), listing verbs not read before
("added X to the SDN list", "incorporó al RePET a X", "volvió a incluir a X en su lista", "was himself sanctioned by", "is
sanctioned in its entirety by", "declared X unconstitutional", "la decisión ecuatoriana de calificar ... a X") and a decision "to
the same effect" / "en el mismo sentido" (or "a similar step", after a listing of one actor) repeating a listing. Requests,
possibilities, removals and a similar step after a listing of several stay out."""

import pytest

from tests.extracting import listings

PUB = "2025-06-12"


def listed(text: str, lang: str) -> dict[tuple[str, str], tuple]:
    return listings(text, language=lang, published=PUB)


# ---------------------------------------------------------------- (1) the objects after the first one
@pytest.mark.parametrize("text,lang,pairs", [
    ("Paraguay designated Hamas a terrorist organization in August 2019, together with Hezbollah.", "en",
     {("state:PRY", "group:hamas"), ("state:PRY", "group:hezbollah")}),
    ("Canada listed Hamas as a terrorist entity on Monday, along with Hezbollah and the Houthis.", "en",
     {("state:CAN", "group:hamas"), ("state:CAN", "group:hezbollah"), ("state:CAN", "group:houthis")}),
    ("Britain proscribed Hamas in 2021, as well as the Wagner Group.", "en",
     {("state:GBR", "group:hamas"), ("state:GBR", "group:wagner-group")}),
    ("Llegaron 23 miembros de la Mara Salvatrucha (MS-13), organización a la que el Departamento de Estado designó como "
     "organización terrorista extranjera el 20 de febrero, junto con el Tren de Aragua y seis cárteles mexicanos.", "es",
     {("state:USA", "group:ms-13"), ("state:USA", "group:tren-de-aragua")}),
    ("Paraguay declaró organización terrorista a Hamás en agosto de 2019, junto con Hezbolá.", "es",
     {("state:PRY", "group:hamas"), ("state:PRY", "group:hezbollah")}),
    ("Ecuador declaró grupos terroristas a Los Choneros el martes, así como a Los Lobos.", "es",
     {("state:ECU", "group:los-choneros"), ("state:ECU", "group:los-lobos")}),
])
def test_objects_after_the_first(text, lang, pairs):
    assert pairs <= set(listed(text, lang))


def test_objects_after_share_kind_and_date():
    got = listed("Paraguay declaró organización terrorista a Hamás en agosto de 2019, junto con Hezbolá.", "es")
    assert got[("state:PRY", "group:hezbollah")] == got[("state:PRY", "group:hamas")]


@pytest.mark.parametrize("text,lang,absent", [
    # the partner of the designator is no listed actor
    ("The United States designated Hamas a terrorist organization, together with Canada.", "en", ("state:USA", "state:CAN")),
    # a request: nobody listed
    ("Colombia pidió a Estados Unidos que designe al Tren de Aragua como organización terrorista, junto con el Cártel de Sinaloa.",
     "es", ("state:USA", "group:sinaloa-cartel")),
    ("Mexico urged the designation of eight cartels as foreign terrorist organizations, including Tren de Aragua and the "
     "Sinaloa Cartel.", "en", ("state:MEX", "group:sinaloa-cartel")),
    ("México rechaza la designación, por parte de Estados Unidos, de seis cárteles como organizaciones terroristas, entre "
     "ellos el Cártel de Sinaloa y el Cártel del Golfo.", "es", ("state:USA", "group:gulf-cartel")),
    ("Colombia pidió la designación como organización terrorista del Tren de Aragua.", "es", ("state:COL", "group:tren-de-aragua")),
])
def test_partners_and_requests_stay_out(text, lang, absent):
    assert absent not in listed(text, lang)


def test_could_designate_is_not_asserted():
    assert ("state:USA", "group:hezbollah") not in listed(
        "The United States may designate Hamas a terrorist organization, together with Hezbollah.", "en")


# ---------------------------------------------------------------- (1) nominal listings over a counted set or kind first
@pytest.mark.parametrize("text,lang,pairs", [
    ("The State Department announced the designation of eight cartels as foreign terrorist organizations, including Tren de "
     "Aragua and the Sinaloa Cartel.", "en", {("state:USA", "group:tren-de-aragua"), ("state:USA", "group:sinaloa-cartel")}),
    ("The State Department's designation of eight cartels as foreign terrorist organizations, including Tren de Aragua and the "
     "Sinaloa Cartel, took effect on February 20.", "en", {("state:USA", "group:tren-de-aragua"), ("state:USA", "group:sinaloa-cartel")}),
    ("The designation by the State Department of eight cartels as foreign terrorist organizations, among them Tren de Aragua "
     "and the Sinaloa Cartel, took effect.", "en", {("state:USA", "group:tren-de-aragua"), ("state:USA", "group:sinaloa-cartel")}),
    ("El Departamento de Estado publicó la designación de ocho cárteles como organizaciones terroristas extranjeras, entre "
     "ellos el Tren de Aragua y el Cártel de Sinaloa.", "es", {("state:USA", "group:tren-de-aragua"), ("state:USA", "group:sinaloa-cartel")}),
    ("El 20 de febrero entró en vigor la designación, por parte del Departamento de Estado, de ocho organizaciones criminales "
     "latinoamericanas como Organizaciones Terroristas Extranjeras (FTO), entre ellas el Tren de Aragua, la Mara Salvatrucha "
     "(MS-13) y el Cártel de Sinaloa.", "es",
     {("state:USA", "group:tren-de-aragua"), ("state:USA", "group:ms-13"), ("state:USA", "group:sinaloa-cartel")}),
    ("El Departamento de Estado publicó el jueves la designación como organizaciones terroristas extranjeras del Cártel de "
     "Sinaloa, el Cártel Jalisco Nueva Generación, el Cártel del Noreste, el Cártel del Golfo, La Nueva Familia Michoacana y "
     "Cárteles Unidos.", "es",
     {("state:USA", "group:sinaloa-cartel"), ("state:USA", "group:cartel-del-noreste"), ("state:USA", "group:gulf-cartel"),
      ("state:USA", "group:la-nueva-familia-michoacana"), ("state:USA", "group:carteles-unidos")}),
    ("Canadá oficializó ayer la inclusión como entidades terroristas del Cártel de Sinaloa y del Tren de Aragua.", "es",
     {("state:CAN", "group:sinaloa-cartel"), ("state:CAN", "group:tren-de-aragua")}),
    ("La designación como organizaciones terroristas, por parte de Canadá, del Cártel de Sinaloa y del Tren de Aragua entró "
     "en vigor el lunes.", "es", {("state:CAN", "group:sinaloa-cartel"), ("state:CAN", "group:tren-de-aragua")}),
])
def test_nominal_listing_members(text, lang, pairs):
    assert pairs <= set(listed(text, lang))


# ---------------------------------------------------------------- (2) a state organ named by its demonym
@pytest.mark.parametrize("text,lang,pairs", [
    ("Costa Rica firmó un acuerdo con El Salvador. El texto menciona a la Mara Salvatrucha (MS-13), que la Sala de lo "
     "Constitucional salvadoreña declaró grupo terrorista en 2015 junto con el Barrio 18.", "es",
     {("state:SLV", "group:ms-13"), ("state:SLV", "group:barrio-18")}),
    ("El Tribunal Supremo ruso declaró organización terrorista a Hamás en 2022.", "es", {("state:RUS", "group:hamas")}),
    ("El Tribunal Supremo de Rusia declaró organización terrorista a Hamás.", "es", {("state:RUS", "group:hamas")}),
    ("La Corte Suprema salvadoreña declaró grupos terroristas a la MS-13 y al Barrio 18 en 2015.", "es",
     {("state:SLV", "group:ms-13"), ("state:SLV", "group:barrio-18")}),
    ("Peru signed a deal with Chile. The Chilean parliament declared Hamas a terrorist organisation in 2015.", "en",
     {("state:CHL", "group:hamas")}),
    ("The Supreme Court of Russia declared Hamas a terrorist organization in 2022.", "en", {("state:RUS", "group:hamas")}),
    ("Hamas was designated by OFAC in February 2020.", "en", {("state:USA", "group:hamas")}),
])
def test_organ_lists_for_its_state(text, lang, pairs):
    assert pairs <= set(listed(text, lang))


def test_organ_demonym_is_not_the_story_state():
    got = listed("Costa Rica firmó un acuerdo con El Salvador. El texto menciona a la Mara Salvatrucha (MS-13), que la Sala de "
                 "lo Constitucional salvadoreña declaró grupo terrorista en 2015.", "es")
    assert ("state:CRI", "group:ms-13") not in got


# ---------------------------------------------------------------- (3) listing verbs and registries
@pytest.mark.parametrize("text,lang,pair,kind", [
    ("The United States added Hamas to the SDN list in October 2022.", "en", ("state:USA", "group:hamas"), "sanctions"),
    ("Washington added Ilan Shor to its Specially Designated Nationals list in October 2022.", "en",
     ("state:USA", "official:ilan-shor"), "sanctions"),
    ("Ilan Shor fled to Israel in 2019. He was himself added to the SDN list in October 2022.", "en",
     ("state:USA", "official:ilan-shor"), "sanctions"),
    ("Ilan Shor was himself sanctioned by the United States in October 2022.", "en", ("state:USA", "official:ilan-shor"), "sanctions"),
    ("Marina Tauber, a deputy chair of the party, was sanctioned alongside him by the EU in April 2023.", "en",
     ("group:eu", "official:marina-tauber"), "sanctions"),
    ("The IRGC is already sanctioned in its entirety by the United Kingdom.", "en", ("state:GBR", "group:irgc"), "sanctions"),
    ("Argentina ya había incorporado al RePET a Hezbollah en julio de 2019, y a Hamás en julio de 2024.", "es",
     ("state:ARG", "group:hezbollah"), "terrorist organization"),
    ("Argentina ya había incorporado al RePET a Hezbollah en julio de 2019, y a Hamás en julio de 2024.", "es",
     ("state:ARG", "group:hamas"), "terrorist organization"),
    ("Argentina incorporó a Hezbollah al RePET en julio de 2019.", "es", ("state:ARG", "group:hezbollah"), "terrorist organization"),
    ("Estados Unidos, que en marzo volvió a incluir a los hutíes en su lista de organizaciones terroristas extranjeras, no ha "
     "respondido.", "es", ("state:USA", "group:houthis"), "foreign terrorist organization"),
    ("Washington volvió a declarar organización terrorista a los hutíes en marzo.", "es", ("state:USA", "group:houthis"),
     "terrorist organization"),
    ("Estados Unidos volvió a designar a los hutíes como organización terrorista extranjera.", "es", ("state:USA", "group:houthis"),
     "foreign terrorist organization"),
])
def test_listing_verbs(text, lang, pair, kind):
    got = listed(text, lang)
    assert pair in got and got[pair][0] == kind


def test_dates_of_each_registry_entry():
    got = listed("Argentina ya había incorporado al RePET a Hezbollah en julio de 2019, y a Hamás en julio de 2024.", "es")
    assert got[("state:ARG", "group:hezbollah")][1] == "2019-07" and got[("state:ARG", "group:hamas")][1] == "2024-07"


@pytest.mark.parametrize("text,lang,absent", [
    ("Milei incorporó al Gobierno a Bullrich.", "es", None),
    ("Estados Unidos podría volver a incluir a los hutíes en su lista de organizaciones terroristas.", "es",
     ("state:USA", "group:houthis")),
    ("The United States removed Hamas from the SDN list in October 2022.", "en", ("state:USA", "group:hamas")),
    ("Argentina retiró a Hezbollah del RePET en julio de 2019.", "es", ("state:ARG", "group:hezbollah")),
])
def test_listing_verbs_stay_out(text, lang, absent):
    got = listed(text, lang)
    assert (not got) if absent is None else absent not in got


# ---------------------------------------------------------------- (4) a decision to the same effect
@pytest.mark.parametrize("text,lang,pairs", [
    ("La medida se alinea con la designación del Cartel de los Soles como Terrorista Global Especialmente Designado por parte "
     "del Departamento del Tesoro de los Estados Unidos, el pasado 25 de julio, y con las resoluciones adoptadas en el mismo "
     "sentido por la República del Ecuador y la República del Paraguay en las últimas semanas.", "es",
     {("state:ECU", "group:cartel-de-los-soles"), ("state:PRY", "group:cartel-de-los-soles")}),
    ("Argentina declaró organización terrorista a Hamás en 2024. Paraguay adoptó una resolución en el mismo sentido en mayo.",
     "es", {("state:PRY", "group:hamas")}),
    ("Argentina declaró organización terrorista a Hamás en 2024. Uruguay y Paraguay aprobaron decretos en el mismo sentido.",
     "es", {("state:URY", "group:hamas"), ("state:PRY", "group:hamas")}),
    ("Argentina designated Hamas a terrorist organization in 2024. Paraguay passed a resolution to the same effect in May.",
     "en", {("state:PRY", "group:hamas")}),
    ("Argentina's designation of Hamas in July was followed by decrees adopted to the same effect by Paraguay and Ecuador.",
     "en", {("state:PRY", "group:hamas"), ("state:ECU", "group:hamas")}),
    ("Argentina designated Hamas a terrorist organization in 2024. Paraguay has since adopted a decision in the same vein.",
     "en", {("state:PRY", "group:hamas")}),
    ("Argentina designated Hamas a terrorist organization in 2024. Paraguay took a similar step in May.", "en",
     {("state:PRY", "group:hamas")}),
    ("La Argentina incorporó al Cartel de los Soles al Registro Público de Personas y Entidades vinculadas a actos de "
     "Terrorismo (RePET) en agosto. Paraguay y Ecuador adoptaron decisiones similares ese mismo mes.", "es",
     {("state:ARG", "group:cartel-de-los-soles"), ("state:PRY", "group:cartel-de-los-soles"), ("state:ECU", "group:cartel-de-los-soles")}),
])
def test_decision_to_the_same_effect(text, lang, pairs):
    assert pairs <= set(listed(text, lang))


@pytest.mark.parametrize("text,lang,absent", [
    ("Argentina declaró organización terrorista a Hamás en 2024. Paraguay se pronunció en el mismo sentido.", "es",
     ("state:PRY", "group:hamas")),
    # a similar step after a listing of several may repeat part of it only
    ("Argentina designated Hamas and Hezbollah terrorist organizations in 2024. Paraguay took a similar step in May.", "en",
     ("state:PRY", "group:hamas")),
    ("Argentina declaró organización terrorista a Hamás y a Hezbolá en 2024. Paraguay tomó una medida similar en mayo.", "es",
     ("state:PRY", "group:hezbollah")),
    ("Argentina designated Hamas a terrorist organization in 2024. Paraguay is weighing a decision to the same effect.", "en",
     ("state:PRY", "group:hamas")),
    ("Argentina declaró organización terrorista a Hamás en 2024. Paraguay podría adoptar una resolución en el mismo sentido.",
     "es", ("state:PRY", "group:hamas")),
])
def test_same_effect_stays_out(text, lang, absent):
    assert absent not in listed(text, lang)


# ---------------------------------------------------------------- (1) the members of a counted set closing the list
@pytest.mark.parametrize("text,lang,pairs", [
    ("The United States designated Tren de Aragua, MS-13 and six Mexican cartels: the Sinaloa Cartel, the Gulf Cartel and "
     "Carteles Unidos.", "en", {("state:USA", "group:ms-13"), ("state:USA", "group:sinaloa-cartel"), ("state:USA", "group:carteles-unidos")}),
    ("Canada designated Tren de Aragua and six Mexican cartels as terrorist entities: the Sinaloa Cartel, the Gulf Cartel and "
     "Carteles Unidos.", "en", {("state:CAN", "group:tren-de-aragua"), ("state:CAN", "group:gulf-cartel")}),
    ("Estados Unidos designó al Tren de Aragua, la Mara Salvatrucha y seis cárteles mexicanos: el Cártel de Sinaloa, el Cártel "
     "del Golfo y Cárteles Unidos.", "es", {("state:USA", "group:ms-13"), ("state:USA", "group:gulf-cartel")}),
    ("Canadá designó al Tren de Aragua y a seis cárteles mexicanos como entidades terroristas: el Cártel de Sinaloa, el Cártel "
     "del Golfo y Cárteles Unidos.", "es", {("state:CAN", "group:sinaloa-cartel"), ("state:CAN", "group:carteles-unidos")}),
])
def test_counted_set_closing_the_list(text, lang, pairs):
    assert pairs <= set(listed(text, lang))


def test_counted_set_of_another_clause_is_not_listed():
    got = listed("The United States designated Tren de Aragua and MS-13, while Mexico named six cartels: the Sinaloa Cartel and "
                 "the Gulf Cartel.", "en")
    assert ("state:USA", "group:sinaloa-cartel") not in got


# ---------------------------------------------------------------- (3) a party outlawed; a decision named by its state
@pytest.mark.parametrize("text,lang,pair,kind", [
    ("Moldova's Constitutional Court declared the Shor Party unconstitutional in June 2023.", "en",
     ("state:MDA", "group:shor-party"), "banned"),
    ("The Shor Party, which Moldova's Constitutional Court declared unconstitutional in June 2023, was dissolved.", "en",
     ("state:MDA", "group:shor-party"), "banned"),
    ("El Tribunal Constitucional de Moldavia declaró inconstitucional al partido Shor en junio de 2023.", "es",
     ("state:MDA", "group:shor"), "banned"),
    ("El partido Shor, que el Tribunal Constitucional de Moldavia declaró inconstitucional en 2023, fue disuelto.", "es",
     ("state:MDA", "group:shor"), "banned"),
    ("La decisión ecuatoriana, adoptada en agosto, de calificar como grupo terrorista al Cartel de los Soles fue celebrada por "
     "Washington.", "es", ("state:ECU", "group:cartel-de-los-soles"), "terrorist organization"),
    ("La decisión de Ecuador de declarar organización terrorista al Cartel de los Soles fue celebrada por Washington.", "es",
     ("state:ECU", "group:cartel-de-los-soles"), "terrorist organization"),
])
def test_outlawed_and_decisions(text, lang, pair, kind):
    got = listed(text, lang)
    assert pair in got and got[pair][0] == kind


@pytest.mark.parametrize("text,lang", [
    ("Moldova's Constitutional Court declared the electoral law unconstitutional in June 2023.", "en"),
    ("La oposición pidió que el Tribunal Constitucional declare inconstitucional al partido Shor.", "es"),
])
def test_outlawing_stays_out(text, lang):
    assert not any(k == "banned" for k, _ in listed(text, lang).values())


# ---------------------------------------------------------------- (1) a relative or associate after the listed; "whom it listed as"
@pytest.mark.parametrize("text,lang,pair,date", [
    ("Washington sancionó a la vicepresidenta Rosario Murillo en 2018 y a su hijo Laureano Ortega Murillo en abril de 2019.",
     "es", ("state:USA", "official:laureano-ortega-murillo"), "2019-04"),
    ("Washington sancionó a la vicepresidenta Rosario Murillo en 2018 y a su hijo Laureano Ortega Murillo en abril de 2019.",
     "es", ("state:USA", "official:rosario-murillo"), "2018"),
    ("The US sanctioned Rosario Murillo in 2018 and her son Laureano Ortega Murillo in 2019.", "en",
     ("state:USA", "official:laureano-ortega-murillo"), "2019"),
    ("El Gobierno de Estados Unidos sancionó en 2019 a Rosario Murillo y a su hijo Laureano Ortega Murillo.", "es",
     ("state:USA", "official:laureano-ortega-murillo"), "2019"),
    ("Britain proscribed Hamas in 2021, as well as the Wagner Group in 2023.", "en", ("state:GBR", "group:wagner-group"), "2023"),
    ("The United States designated the Islamic State Mozambique Province a foreign terrorist organization in March 2021, along "
     "with its leader, Abu Yasir Hassan, whom it listed as a Specially Designated Global Terrorist.", "en",
     ("state:USA", "official:abu-yasir-hassan"), "2021-03"),
])
def test_relatives_and_whom_it_listed(text, lang, pair, date):
    got = listed(text, lang)
    assert pair in got and got[pair][1] == date


def test_whom_it_listed_keeps_its_own_kind():
    got = listed("The United States designated the Islamic State Mozambique Province a foreign terrorist organization in March "
                 "2021, along with its leader, Abu Yasir Hassan, whom it listed as a Specially Designated Global Terrorist.", "en")
    assert got[("state:USA", "official:abu-yasir-hassan")][0] == "specially designated global terrorist"


def test_kin_word_needs_the_name_right_after():
    got = listed("The US sanctioned Rosario Murillo in 2018 and her son met Laureano Ortega Murillo.", "en")
    assert ("state:USA", "official:laureano-ortega-murillo") not in got


# ---------------------------------------------------------------- (2) "both companies", "the two firms": the last two named
@pytest.mark.parametrize("text,lang,pairs", [
    ("The network used two front companies, Yanbian Silverstar Network Technology and Volasys Silverstar. The Treasury "
     "Department designated both companies in September 2018.", "en",
     {("state:USA", "group:yanbian-silverstar-network-technology"), ("state:USA", "group:volasys-silverstar")}),
    ("The network used two front companies, Yanbian Silverstar Network Technology and Volasys Silverstar. Washington "
     "sanctioned the two firms in September 2018.", "en",
     {("state:USA", "group:yanbian-silverstar-network-technology"), ("state:USA", "group:volasys-silverstar")}),
    ("La red usaba dos empresas pantalla, Yanbian Silverstar Network Technology y Volasys Silverstar. Estados Unidos "
     "sancionó a ambas empresas en septiembre de 2018.", "es",
     {("state:USA", "group:yanbian-silverstar-network-technology"), ("state:USA", "group:volasys-silverstar")}),
    ("Hamas and Hezbollah opened offices in the city. Canada listed the two groups as terrorist entities in 2002.", "en",
     {("state:CAN", "group:hamas"), ("state:CAN", "group:hezbollah")}),
])
def test_pair_of_companies(text, lang, pairs):
    assert pairs <= set(listed(text, lang))


# ---------------------------------------------------------------- (3) sanctions named as a noun, imposed or in force
@pytest.mark.parametrize("text,lang,pair", [
    ("Sanctions were imposed on Ilan Shor by the EU in 2023.", "en", ("group:eu", "official:ilan-shor")),
    ("The EU's sanctions on Ilan Shor took effect in April 2023.", "en", ("group:eu", "official:ilan-shor")),
    ("EU sanctions on Ilan Shor were extended in March.", "en", ("group:eu", "official:ilan-shor")),
    ("The EU adopted sanctions against Ilan Shor in April 2023.", "en", ("group:eu", "official:ilan-shor")),
    ("Las sanciones de la Unión Europea contra Ilan Shor entraron en vigor en abril de 2023.", "es", ("group:eu", "official:ilan-shor")),
    ("La Unión Europea adoptó sanciones contra Ilan Shor en abril de 2023.", "es", ("group:eu", "official:ilan-shor")),
])
def test_sanctions_as_a_noun(text, lang, pair):
    got = listed(text, lang)
    assert pair in got and got[pair][0] == "sanctions"


@pytest.mark.parametrize("text,lang", [
    ("Moldova urged the EU to impose sanctions on Ilan Shor.", "en"),
    ("Moldova asked for EU sanctions on Ilan Shor, which were announced in April.", "en"),
    ("Moldavia pidió a la Unión Europea que adoptara sanciones contra Ilan Shor.", "es"),
])
def test_sanctions_asked_for_stay_out(text, lang):
    assert ("group:eu", "official:ilan-shor") not in listed(text, lang)
