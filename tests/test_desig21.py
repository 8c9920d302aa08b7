"""desig21: listings read from constructions rather than phrasings, in English and Spanish:

(1) a counted set named before its members ("added three generals, including X, to its sanctions list", "sancionó a decenas
    de funcionarios nicaragüenses, entre ellos a X"): the members are discovered and listed, also when the list is named
    before the set ("añadió a su lista de sanciones a tres generales, entre ellos X");
(2) the author of a legal instrument named beside it ("an executive order signed by X declared ...", "el Decreto 111,
    firmado por X el 9 de enero, calificó a A y B como organizaciones terroristas", "el decreto de X declaró ...");
(3) a listing named as a noun with a time phrase before its object ("the designation last week of A as FTOs by B", "la
    designación la semana pasada de A como ... por B");
(4) designators joined by "and then" / "y luego" ("the GCC and then the Arab League designated ...");
(5) a standing listing with a time phrase before the object ("mantiene desde 1997 a X en su lista de ...");
(6) a standing listing on an owner's terrorist list ("X has appeared on the EU's terrorist list since 2003") or on a list
    named by its regime, whose owner is the regime's ("X has been on the SDN list since 2009", "X figura en el RePET").
Requests, plans, possibilities, negations and a set with no listing verb stay out."""

import pytest

from tests.extracting import listings, extract_text

PUB = "2025-06-12"


def listed(text: str, lang: str) -> dict[tuple[str, str], tuple]:
    return listings(text, language=lang, published=PUB)


def objects_of(text: str, lang: str, subject: str) -> set[str]:
    return {o for (s, o) in listed(text, lang) if s == subject}


# ---------------------------------------------------------------- (1) a counted set, then its members
@pytest.mark.parametrize("text,lang,subject,member", [
    ("The European Union on Monday added four Belarusian officers, including Colonel Viktor Sheiman, to its sanctions list.",
     "en", "group:eu", "official:viktor-sheiman"),
    ("Britain added two Chinese refineries, among them Shandong Yulong Petrochemical, to its sanctions list in May.",
     "en", "state:GBR", "group:shandong-yulong-petrochemical"),
    ("Washington sanctioned five army generals, among them General Luis Alberto Reyes, on Tuesday.",
     "en", "state:USA", "official:luis-alberto-reyes"),
    ("El Departamento del Tesoro de Estados Unidos sancionó a decenas de funcionarios venezolanos, entre ellos a Ana María "
     "Duarte Ribas.", "es", "state:USA", "official:ana-maria-duarte-ribas"),
    ("La Unión Europea añadió a su lista de sanciones a tres generales iraníes, entre ellos el comandante Hossein Salami Rad.",
     "es", "group:eu", None),
    ("Canadá incorporó a su lista de sanciones a dos navieras griegas, entre ellas Egeo Marine Tankers S.A.", "es",
     "state:CAN", None),
])
def test_counted_set_then_members(text, lang, subject, member):
    objs = objects_of(text, lang, subject)
    assert objs, listed(text, lang)
    if member:
        assert member in objs


@pytest.mark.parametrize("text,lang", [
    ("The army added three brigades, including the 5th Mechanised Brigade, to its forces in the east.", "en"),
    ("The ministry hired two Chinese refineries, including Shandong Yulong Petrochemical, to process the crude.", "en"),
    ("Bruselas estudia añadir a su lista de sanciones a tres generales iraníes, entre ellos Hossein Salami Rad.", "es"),
])
def test_counted_set_without_a_listing(text, lang):
    assert not listed(text, lang)


# ---------------------------------------------------------------- (2) the author of a legal instrument
@pytest.mark.parametrize("text,lang,subject,objects,date", [
    ("President Daniel Noboa of Ecuador spoke on Monday. An executive order signed by Noboa on January 9 declared Los "
     "Lobos and Los Choneros terrorist organizations.", "en", "state:ECU", {"group:los-lobos", "group:los-choneros"},
     "2025-01-09"),
    ("El presidente de Ecuador, Daniel Noboa, habló ayer. Los jueces recordaron que el Decreto Ejecutivo 111, firmado por "
     "Noboa el 9 de enero de 2024, calificó a Los Lobos, Los Choneros y a otras 19 agrupaciones como organizaciones "
     "terroristas.", "es", "state:ECU", {"group:los-lobos", "group:los-choneros"}, "2024-01-09"),
    ("El presidente de Ecuador, Daniel Noboa, habló ayer. Una resolución emitida por Noboa en marzo declaró organizaciones "
     "terroristas a Los Lobos y a Los Choneros.", "es", "state:ECU", {"group:los-lobos", "group:los-choneros"}, None),
])
def test_instrument_by_its_author(text, lang, subject, objects, date):
    got = listed(text, lang)
    for o in objects:
        assert (subject, o) in got, got
        if date:
            assert got[(subject, o)][1] == date


@pytest.mark.parametrize("text,lang", [
    ("President Daniel Noboa of Ecuador spoke on Monday. A draft decree prepared by Noboa would declare Los Lobos a "
     "terrorist organization.", "en"),
    ("El presidente de Ecuador, Daniel Noboa, habló ayer. Un proyecto de ley presentado por Noboa propone declarar "
     "organización terrorista a Los Lobos.", "es"),
])
def test_instrument_planned_is_no_listing(text, lang):
    assert not listed(text, lang)


# ---------------------------------------------------------------- (3) a nominal listing with a time phrase
@pytest.mark.parametrize("text,lang,subject,objects", [
    ("The designation last week of Los Choneros and Los Lobos as Foreign Terrorist Organizations by the US State "
     "Department raises the compliance bar.", "en", "state:USA", {"group:los-choneros", "group:los-lobos"}),
    ("The listing on Tuesday of Hamas as a terrorist group by Paraguay surprised few.", "en", "state:PRY", {"group:hamas"}),
    ("La designación la semana pasada de Los Choneros y Los Lobos como organizaciones terroristas extranjeras por el "
     "Departamento de Estado de Estados Unidos eleva el riesgo.", "es", "state:USA", {"group:los-choneros", "group:los-lobos"}),
])
def test_nominal_with_time_phrase(text, lang, subject, objects):
    assert objects <= objects_of(text, lang, subject)


@pytest.mark.parametrize("text,lang", [
    ("La posible designación la semana próxima de Los Choneros como organización terrorista por Estados Unidos preocupa.", "es"),
    ("Washington pidió la designación, este mes, de Los Choneros como organización terrorista por parte de Ecuador.", "es"),
])
def test_nominal_possible_or_requested(text, lang):
    assert not listed(text, lang)


# ---------------------------------------------------------------- (4) designators one after the other
@pytest.mark.parametrize("text,lang", [
    ("In 2016 the Gulf Cooperation Council and then the Arab League designated Hezbollah a terrorist organisation.", "en"),
    ("En 2016 el Consejo de Cooperación del Golfo y luego la Liga Árabe declararon organización terrorista a Hezbolá.", "es"),
])
def test_and_then_designators(text, lang):
    got = listed(text, lang)
    assert ("group:gcc", "group:hezbollah") in got and ("group:arab-league", "group:hezbollah") in got, got


# ---------------------------------------------------------------- (5) a standing listing, time phrase first
def test_keeps_since_year_on_list_es():
    got = listed("El Departamento de Estado de Estados Unidos mantiene desde 1997 a Sendero Luminoso en su lista de "
                 "organizaciones terroristas extranjeras.", "es")
    assert got.get(("state:USA", "group:sendero-luminoso"), (None, None))[1] == "1997", got


# ---------------------------------------------------------------- (6) an owner's terrorist list, a regime's list
@pytest.mark.parametrize("text,lang,pair", [
    ("Hamas has appeared on the European Union's terrorist list since 2003.", "en", ("group:eu", "group:hamas")),
    ("Hezbollah has been in the RePET since July 2019.", "en", ("state:ARG", "group:hezbollah")),
    ("The Sinaloa Cartel has been on the SDN list since 2009.", "en", ("state:USA", "group:sinaloa-cartel")),
    ("Hezbolá figura en el RePET desde julio de 2019, cuando el gobierno de Mauricio Macri la incorporó.", "es",
     ("state:ARG", "group:hezbollah")),
])
def test_on_owner_or_regime_list(text, lang, pair):
    assert pair in listed(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Hamas is not on Brazil's terrorist list.", "en"),
    ("Hezbolá no figura en el RePET.", "es"),
    ("Hezbollah has been on a watch list since 2019.", "en"),
])
def test_not_on_list(text, lang):
    assert not listed(text, lang)


# ---------------------------------------------------------------- (7) a passive with its agent after a noun apposition
@pytest.mark.parametrize("text,lang,pair", [
    ("Viktor Bout, a Russian arms dealer, was sanctioned by the European Union in 2022.", "en",
     ("group:eu", "official:viktor-bout")),
    ("The Treasury announced sanctions on Monday. Abdelrahim Hamdan Dagalo, the RSF's deputy commander, was designated by "
     "OFAC in September 2023.", "en", ("group:ofac", "official:abdelrahim-hamdan-dagalo")),
])
def test_appos_passive_by(text, lang, pair):
    got = listed(text, lang)
    assert any(s == pair[0] or (pair[0] == "group:ofac" and s in ("state:USA", "group:ofac")) for s, o in got if o == pair[1]), got


def test_named_a_regime_kind():
    got = listed("Noor Wali Mehsud was named a Specially Designated Global Terrorist in September 2019.", "en")
    assert got.get(("state:USA", "official:noor-wali-mehsud")) == ("specially designated global terrorist", "2019-09")
    assert not listed("He was named a Specially Designated Global Terrorist, officials argued, by mistake.", "en")


# ---------------------------------------------------------------- (8) on the list since a year
@pytest.mark.parametrize("text,lang", [
    ("The State Department designated the Houthis last year. Kata'ib Hezbollah, the most powerful of the factions, has been "
     "on the list since 2009.", "en"),
    ("The State Department designated the Houthis last year. Kata'ib Hezbollah has been designated since 2009.", "en"),
    ("El Departamento de Estado designó a los hutíes el año pasado. Kataib Hezbolá, la más poderosa de las facciones, figura "
     "en la lista desde 2009.", "es"),
    ("El Departamento de Estado designó a los hutíes el año pasado. Kataib Hezbolá está designada desde 2009.", "es"),
])
def test_on_the_list_since(text, lang):
    assert listed(text, lang).get(("state:USA", "group:kataib-hezbollah"), (None, None))[1] == "2009"


@pytest.mark.parametrize("text,lang", [
    ("The State Department designated the Houthis last year. Kata'ib Hezbollah has been on the ballot since 2009.", "en"),
    ("El Departamento de Estado designó a los hutíes el año pasado. Kataib Hezbolá figura en la lista de candidatos desde "
     "2009 junto a Hamas.", "es"),
])
def test_not_on_a_listing_list(text, lang):
    assert ("state:USA", "group:kataib-hezbollah") not in listed(text, lang)


# ---------------------------------------------------------------- (9) a designator or a severer compared with the actor
@pytest.mark.parametrize("text,lang,pairs", [
    ("Paraguay designated Hamas a terrorist organisation in 2019, at the same time as Argentina.", "en",
     {("state:PRY", "group:hamas"), ("state:ARG", "group:hamas")}),
    ("Paraguay, like Argentina, designated Hamas a terrorist organisation in 2019.", "en",
     {("state:PRY", "group:hamas"), ("state:ARG", "group:hamas")}),
    ("Paraguay declaró organización terrorista a Hamás en 2019, al igual que Argentina.", "es",
     {("state:PRY", "group:hamas"), ("state:ARG", "group:hamas")}),
    ("Paraguay, al igual que Argentina, incluyó a Hezbolá en su lista de organizaciones terroristas.", "es",
     {("state:PRY", "group:hezbollah"), ("state:ARG", "group:hezbollah")}),
])
def test_designator_compared(text, lang, pairs):
    got = {(c.subject, c.object) for c in extract_text(text, language=lang, published=PUB)
           if c.predicate == "DESIGNATED" and c.polarity == "positive"}
    assert pairs <= got, got


def severed(text: str, lang: str) -> dict[tuple[str, str], str | None]:
    return {(c.subject, c.object): c.date for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == "SEVERED_TIES" and c.polarity == "positive"}


@pytest.mark.parametrize("text,lang,pair,date", [
    ("Bahrain severed relations with Iran in January 2016, at the same time as Saudi Arabia.", "en", ("state:SAU", "state:IRN"),
     "2016-01"),
    ("Bahrain cut ties with Iran in 2016, as did Sudan.", "en", ("state:SDN", "state:IRN"), "2016"),
    ("Bahrain, like Saudi Arabia, cut ties with Iran in 2016.", "en", ("state:SAU", "state:IRN"), "2016"),
    ("Bolivia broke off relations with Israel in 2023, as had Belize in 2009.", "en", ("state:BLZ", "state:ISR"), "2009"),
    ("Bahréin rompió relaciones con Irán en enero de 2016, al mismo tiempo que Arabia Saudí.", "es", ("state:SAU", "state:IRN"),
     "2016-01"),
    ("Bahréin, al igual que Arabia Saudí, rompió relaciones con Irán.", "es", ("state:SAU", "state:IRN"), None),
    ("Bolivia rompió relaciones con Israel en 2023, como ya lo había hecho Belice en 2009.", "es", ("state:BLZ", "state:ISR"),
     "2009"),
])
def test_severed_compared(text, lang, pair, date):
    got = severed(text, lang)
    assert pair in got and got[pair] == date, got


@pytest.mark.parametrize("text,lang,absent", [
    ("Bahrain, unlike Qatar, cut ties with Iran in 2016.", "en", ("state:QAT", "state:IRN")),
    ("Bahrain cut ties with Iran in 2016, unlike Qatar.", "en", ("state:QAT", "state:IRN")),
    ("Bahréin rompió relaciones con Irán, a diferencia de Catar.", "es", ("state:QAT", "state:IRN")),
    ("Bolivia rompió relaciones con Israel en 2023, como había pedido Venezuela.", "es", ("state:VEN", "state:ISR")),
    ("Paraguay, unlike Brazil, designated Hamas a terrorist organisation in 2019.", "en", ("state:BRA", "group:hamas")),
])
def test_not_compared(text, lang, absent):
    got = {(c.subject, c.object) for c in extract_text(text, language=lang, published=PUB) if c.polarity == "positive"}
    assert absent not in got


# ---------------------------------------------------------------- (10) SUPPLIED: a relative after a noun apposition
@pytest.mark.parametrize("text,lang,pair", [
    ("Argelia, principal valedor del Polisario, que le proporciona armas, financiación y refugio en Tinduf, guarda silencio.",
     "es", ("state:DZA", "group:polisario")),
    ("Irán, el gran aliado de Hezbolá, que envía drones a los hutíes, negó todo.", "es", ("state:IRN", "group:houthis")),
    ("Algeria, the main backer of the Polisario Front, which supplies it with weapons and fuel, kept silent.", "en",
     ("state:DZA", "group:polisario")),
    ("Iran, Hezbollah's closest ally, which sends drones to the Houthis, denied it.", "en", ("state:IRN", "group:houthis")),
])
def test_supplier_before_apposition(text, lang, pair):
    got = {(c.subject, c.object) for c in extract_text(text, language=lang, published=PUB)
           if c.predicate == "SUPPLIED" and c.polarity == "positive"}
    assert pair in got, got
    assert (pair[1], pair[0]) not in got and not any(s != pair[0] for s, _ in got), got


def test_supplier_apposition_denial():
    got = [c for c in extract_text("Algeria, the main backer of the Polisario Front, which says it supplies it with nothing, "
                                   "kept silent.", language="en", published=PUB) if c.predicate == "SUPPLIED"]
    assert not [c for c in got if c.polarity == "positive"]


# ---------------------------------------------------------------- (11) a decree's or a gazette notice's own words
DECREE_ES = """PRESIDENCIA DE LA REPÚBLICA DEL PARAGUAY

DECRETO N.º 1234

Asunción, 12 de junio de 2025.

VISTO: La nota del Ministerio del Interior de Paraguay sobre los atentados del 7 de octubre.

Por tanto, el Presidente de la República del Paraguay

DECRETA:

Art. 1.º {art}

Art. 2.º Comuníquese y publíquese."""

GAZETTE_EN = """GAZETTE OF INDIA

MINISTRY OF HOME AFFAIRS

NOTIFICATION

New Delhi, the 10th October, 2024

Whereas the organisation has been involved in acts of terrorism in India;

Now, therefore, in exercise of the powers conferred by section 35 of the said Act, {art}"""


@pytest.mark.parametrize("article,objects", [
    ("Declárase organización terrorista internacional al grupo Hamás.", {"group:hamas"}),
    ("Decláranse como organizaciones terroristas a Hamás y a Hezbolá.", {"group:hamas", "group:hezbollah"}),
    ("Inclúyase a Hezbolá en la lista de organizaciones terroristas.", {"group:hezbollah"}),
    ("Las siguientes organizaciones quedan incluidas en el listado de organizaciones terroristas: Hamás y Hezbolá.",
     {"group:hamas", "group:hezbollah"}),
])
def test_decree_es(article, objects):
    assert objects <= objects_of(DECREE_ES.format(art=article), "es", "state:PRY")


@pytest.mark.parametrize("article,objects", [
    ("the Central Government hereby declares Hizb ut-Tahrir to be a terrorist organisation.", {"group:hizb-ut-tahrir"}),
    ("Hizb ut-Tahrir is hereby declared a terrorist organisation.", {"group:hizb-ut-tahrir"}),
    ("the following organisations are hereby proscribed: Hizb ut-Tahrir and Lashkar-e-Taiba.",
     {"group:hizb-ut-tahrir", "group:lashkar-e-taiba"}),
])
def test_gazette_en(article, objects):
    got = {(c.subject, c.object) for c in extract_text(GAZETTE_EN.format(art=article), language="en", published=PUB)
           if c.predicate == "DESIGNATED" and c.polarity == "positive"}
    assert {("state:IND", o) for o in objects} <= got, got


def test_following_entities_designated():
    text = ("WASHINGTON - The Treasury sanctioned three firms today. The following entities are designated: Alpha Trading "
            "LLC, Beta Shipping Co. and Gamma Logistics FZE.")
    assert {"group:alpha-trading-llc", "group:beta-shipping-co", "group:gamma-logistics-fze"} <= objects_of(text, "en", "state:USA")


@pytest.mark.parametrize("text,lang", [
    (DECREE_ES.format(art="Encárguese al Ministerio del Interior estudiar si corresponde declarar organización terrorista a "
                          "Hezbolá."), "es"),
    (GAZETTE_EN.format(art="the Central Government may declare Hizb ut-Tahrir to be a terrorist organisation."), "en"),
    ("The following organisations were considered but not proscribed: Hizb ut-Tahrir and Lashkar-e-Taiba.", "en"),
])
def test_decree_no_act(text, lang):
    assert not listed(text, lang)


# ---------------------------------------------------------------- (12) standing sanctions, participles with an agent, lists by owner
@pytest.mark.parametrize("text,lang,pair", [
    ("The UN Security Council's sanctions on Ahmed al-Sharaa himself remain in place.", "en",
     ("group:un-security-council", "official:ahmed-al-sharaa")),
    ("Las sanciones de la Unión Europea contra Nicolás Maduro siguen vigentes.", "es", ("group:eu", "official:nicolas-maduro")),
    ("Jimmy Cherizier had already been placed on the United Nations sanctions list in 2022.", "en",
     ("group:un", "official:jimmy-cherizier")),
    ("Jimmy Cherizier was added to the EU sanctions list in 2022.", "en", ("group:eu", "official:jimmy-cherizier")),
    ("In 2022 Jimmy Cherizier was placed on the US sanctions list.", "en", ("state:USA", "official:jimmy-cherizier")),
])
def test_sanctions_standing_or_by_owner(text, lang, pair):
    assert listed(text, lang).get(pair, (None,))[0] == "sanctions"


@pytest.mark.parametrize("text,lang,subject,objects", [
    ("The Islamic Jihad Union and the Islamic Movement of Uzbekistan, both designated by Washington years ago, remain active.",
     "en", "state:USA", {"group:islamic-jihad-union", "group:imu"}),
    ("Hezbollah, designated by Canada in 2002, denied the report.", "en", "state:CAN", {"group:hezbollah"}),
    ("Hezbolá y Hamás, ambos designados por Paraguay en 2019, negaron todo.", "es", "state:PRY",
     {"group:hezbollah", "group:hamas"}),
])
def test_participle_with_agent(text, lang, subject, objects):
    got = {(c.subject, c.object) for c in extract_text(text, language=lang, published=PUB)
           if c.predicate == "DESIGNATED" and c.polarity == "positive"}
    assert {(subject, o) for o in objects} <= got, got


@pytest.mark.parametrize("text,lang", [
    ("Hezbollah, criticised by Canada in 2002, denied the report.", "en"),
    ("Jimmy Cherizier was added to a watch list in 2022.", "en"),
    ("The sanctions the European Union proposed on Nicolás Maduro remain under discussion.", "en"),
])
def test_no_standing_listing(text, lang):
    assert not listed(text, lang)


# ---------------------------------------------------------------- (13) sanctions told from the listed one; lists of several owners
@pytest.mark.parametrize("text,lang,pairs", [
    ("The Wagner Group was hit with EU sanctions in 2021.", "en", {("group:eu", "group:wagner-group")}),
    ("The Wagner Group was targeted by US sanctions in 2023.", "en", {("state:USA", "group:wagner-group")}),
    ("Hezbollah is on the terrorist lists of the United States, the European Union and Canada.", "en",
     {("state:USA", "group:hezbollah"), ("group:eu", "group:hezbollah"), ("state:CAN", "group:hezbollah")}),
    ("Hezbolá figura en las listas de organizaciones terroristas de Estados Unidos, la Unión Europea y Canadá.", "es",
     {("state:USA", "group:hezbollah"), ("group:eu", "group:hezbollah"), ("state:CAN", "group:hezbollah")}),
])
def test_listed_one_first(text, lang, pairs):
    assert pairs <= set(listed(text, lang))


@pytest.mark.parametrize("text,lang", [
    ("The Wagner Group could be hit with EU sanctions.", "en"),
    ("Hezbollah is not on the terrorist lists of Brazil or Mexico.", "en"),
])
def test_listed_one_first_no_act(text, lang):
    assert not listed(text, lang)


# ---------------------------------------------------------------- (14) a supply stopped is no supply
@pytest.mark.parametrize("text,lang", [
    ("Russia cut gas supplies to Moldova in January.", "en"),
    ("Russia halted arms deliveries to Armenia last year.", "en"),
    ("Rusia cortó el suministro de gas a Moldavia en enero.", "es"),
    ("Rusia suspendió los envíos de crudo a Cuba.", "es"),
])
def test_stopped_supply(text, lang):
    assert not [c for c in extract_text(text, language=lang, published=PUB) if c.predicate == "SUPPLIED" and c.polarity == "positive"]


@pytest.mark.parametrize("text,lang", [
    ("Russia resumed gas supplies to Moldova in March.", "en"),
    ("Rusia reanudó el suministro de gas a Moldavia.", "es"),
])
def test_resumed_supply(text, lang):
    assert [c for c in extract_text(text, language=lang, published=PUB) if c.predicate == "SUPPLIED" and c.polarity == "positive"]


# ---------------------------------------------------------------- (15) the annex of a sanctions release, one designee a line
RELEASE_EN = """Treasury Sanctions Shipping Network Supplying Yemen's Houthis

WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned four entities and \
two individuals that shipped Iranian oil for the Houthis. Among the entities designated is Red Sea Horizon Shipping LLC.

ANNEX

Entities
1. Red Sea Horizon Shipping LLC, Dubai, United Arab Emirates. Designated pursuant to E.O. 13224.
2. Aden Gulf Petroleum Trading FZE, Sharjah, United Arab Emirates. Designated pursuant to E.O. 13224.
3. Marlin Maritime Services Ltd., Majuro, Marshall Islands. Designated pursuant to E.O. 13224.

Individuals
1. AL-HARAZI, Nabil Ahmed, DOB 1975, nationality Yemen. Designated pursuant to E.O. 13224.
2. PETROV, Sergei Ivanovich, DOB 1969, nationality Russia. Designated pursuant to E.O. 13224.
"""

RELEASE_ES = """El Tesoro sanciona a una red de lavado vinculada al Tren de Aragua

WASHINGTON - Hoy, la Oficina de Control de Activos Extranjeros (OFAC) del Departamento del Tesoro sancionó a la empresa \
Inversiones Llanos del Sur C.A. por lavar dinero del Tren de Aragua.

ANEXO

Entidades
1. Inversiones Llanos del Sur C.A., Caracas, Venezuela. Designada conforme a la E.O. 13581.
2. Transportes Caribe Andino S.A.S., Cúcuta, Colombia. Designada conforme a la E.O. 13581.

Personas
1. MORALES, Yusmary Carolina, fecha de nacimiento 1984, nacionalidad venezolana. Designada conforme a la E.O. 13581.
"""


def test_annex_en():
    got = listed(RELEASE_EN, "en")
    subjects = {s for s, o in got}
    objects = {o for s, o in got}
    assert subjects <= {"group:ofac", "state:USA"}, got
    assert {"group:red-sea-horizon-shipping-llc", "group:aden-gulf-petroleum-trading-fze", "group:marlin-maritime-services-ltd",
            "official:nabil-ahmed-al-harazi", "official:sergei-petrov"} <= objects, objects
    annexed = {o: d for (s, o), d in got.items() if o != "group:red-sea-horizon-shipping-llc"}
    assert all(d == ("sanctions", PUB) for d in annexed.values()), got  # (a release of "today": its day)


def test_annex_es():
    objects = {o for s, o in listed(RELEASE_ES, "es")}
    assert {"group:inversiones-llanos-del-sur-c-a", "group:transportes-caribe-andino-s-a-s",
            "official:yusmary-carolina-morales"} <= objects, objects


def test_annex_without_a_listing():
    text = ("Shipping registry\n\n1. Red Sea Horizon Shipping LLC, Dubai, United Arab Emirates. Listed under the 2019 port "
            "code.\n2. Marlin Maritime Services Ltd., Majuro, Marshall Islands. Listed under the 2019 port code.\n")
    assert not listed(text, "en")


# ---------------------------------------------------------------- (16) "sancionó a la empresa X": a description before the sanctioned
@pytest.mark.parametrize("text,obj", [
    ("La OFAC sancionó a la empresa Inversiones Llanos del Sur C.A. por lavar dinero.", "group:inversiones-llanos-del-sur-c-a"),
    ("Estados Unidos sancionó al exministro Tareck El Aissami en 2017.", "official:tareck-el-aissami"),
    ("Washington impuso sanciones a la naviera griega Egeo Marine Tankers S.A.", "group:egeo-marine-tankers-s-a"),
])
def test_sanctioned_described(text, obj):
    assert obj in objects_of(text, "es", "state:USA")


@pytest.mark.parametrize("text", [
    "Estados Unidos sancionó a la empresa que financia a Hezbolá.",
    "Estados Unidos sanciona a dieciséis funcionarios del Consejo Nacional Electoral por el fraude.",
])
def test_sanctioned_described_not_the_owner(text):
    assert not {o for o in objects_of(text, "es", "state:USA") if o.startswith("group:")}


# ---------------------------------------------------------------- (17) a speech: "we" is the speaker's state
def _doc_claims(text: str, lang: str, title: str | None = None):
    from graph.schema import Batch, Document
    from loaders.extract import extract
    doc = Document(id="doc:speech", text=text, published=PUB, language=lang, title=title)
    entities, claims = extract(doc)
    Batch(documents=[doc], entities=entities, claims=claims)
    return {(c.predicate, c.subject, c.object) for c in claims if c.polarity == "positive"}


def test_speech_heading_in_text_en():
    got = _doc_claims("Remarks by Secretary of State Marco Rubio at the Summit of the Americas\n\nIn February, we designated "
                      "Tren de Aragua and MS-13 as Foreign Terrorist Organizations.", "en")
    assert {("DESIGNATED", "state:USA", "group:tren-de-aragua"), ("DESIGNATED", "state:USA", "group:ms-13")} <= got, got


def test_speech_title_es():
    got = _doc_claims("Señoras y señores asambleístas, el presidente de Ecuador, Daniel Noboa, les habla.\n\nEn enero declaramos "
                      "organizaciones terroristas a Los Lobos y Los Choneros. Además, hemos roto relaciones con México.", "es",
                      title="Discurso del presidente de Ecuador, Daniel Noboa, ante la Asamblea Nacional")
    assert {("DESIGNATED", "state:ECU", "group:los-lobos"), ("SEVERED_TIES", "state:ECU", "state:MEX")} <= got, got


@pytest.mark.parametrize("text,lang,title", [
    # a news story: "we" is a quoted speaker's, never the person in the headline
    ("Speech by Marco Rubio angers Caracas\n\n\"We designated Tren de Aragua long ago,\" a Venezuelan official said of "
     "his own government.", "en", None),
    # two officials in the heading: nobody is the speaker
    ("Remarks by Secretary of State Marco Rubio and Secretary of the Treasury Scott Bessent\n\nIn February, we designated "
     "Tren de Aragua as a Foreign Terrorist Organization.", "en", None),
])
def test_speech_no_speaker(text, lang, title):
    got = _doc_claims(text, lang, title)
    assert ("DESIGNATED", "state:USA", "group:tren-de-aragua") not in got, got
