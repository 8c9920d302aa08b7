"""desig23: listings read by construction, in English and Spanish (test sentences written for these mechanisms, not taken
from the corpus):

(1) a listing in the present progressive, the form of sanctions releases ("OFAC is designating X pursuant to E.O. 13382",
    "X and three vessels are being designated today"); a US executive order names its owner and kind (13224: SDGT, any other
    sanctions order: sanctions); "is considering designating", "is not being designated" are no act;
(2) a declaration or ruling whose that-clause says what the listed ones are ("the Supreme Court ruled that X is a terrorist
    group", "declaró en 2015 que X y Y son grupos terroristas"); "said that X is a terrorist group" is an opinion;
(3) the sanctions list named before the listed ones ("added to its sanctions list X and Y", "incluyó en su lista de sanciones
    a X y a Y"), its designees discovered after the list;
(4) own, additional or separate sanctions imposed or announced ("announced their own sanctions on X", "anunciaron sus propias
    sanciones contra X"); "announced it would consider sanctions", "anunció que impondrá sanciones" are plans;
(5) a company found in full named again by its short name ("Vostok Morservis LLC" ... "Vostok Morservis", "Korea Chonsung
    Trading Corporation (Chonsung)" ... "Chonsung").
"""

from tests.extracting import has_listings, listings

PUB = "2025-06-12"


def listed(text: str, lang: str) -> dict[tuple[str, str], tuple]:
    return listings(text, language=lang, published=PUB)


def has(text: str, lang: str, pairs: set[tuple[str, str]]) -> dict:
    return has_listings(text, pairs, language=lang, published=PUB)


# (1) ------------------------------------------------------------------------------------------------------------------

def test_progressive_active_release_with_executive_order():
    got = has("The Treasury Department's Office of Foreign Assets Control is designating Hezbollah financier Mohammad Qasir "
              "pursuant to Executive Order 13224.", "en", {("state:USA", "official:mohammad-qasir")})
    assert got[("state:USA", "official:mohammad-qasir")][0] == "specially designated global terrorist"


def test_progressive_active_unknown_people_are_designees():
    got = has("Separately, the State Department is designating Pak Song Il and Jo Myong Chol pursuant to E.O. 13382 for "
              "their roles in the shipments.", "en", {("state:USA", "official:pak-song-il"), ("state:USA", "official:jo-myong-chol")})
    assert got[("state:USA", "official:pak-song-il")][0] == "sanctions"


def test_progressive_passive_takes_the_release_designator():
    text = ("Today the Office of Foreign Assets Control designated four entities that move Russian oil. "
            "Baltic Horizon Shipping LLC operates six tankers. Baltic Horizon Shipping and the six tankers are being "
            "designated pursuant to E.O. 14024.")
    has(text, "en", {("state:USA", "group:baltic-horizon-shipping-llc")})


def test_progressive_not_an_act():
    for text in ("The Treasury is considering designating Hamas under E.O. 13224.",
                 "The United States designated Hamas in 1997. Hezbollah is not being designated at this time.",
                 "The United States designated Hamas in 1997. Hezbollah is being considered for designation."):
        got = listed(text, "en")
        assert ("state:USA", "group:hezbollah") not in got and (
            "considering" not in text or ("state:USA", "group:hamas") not in got), got


# (2) ------------------------------------------------------------------------------------------------------------------

def test_declared_that_en():
    got = has("Kenya declared in 2014 that the Mombasa Republican Council and al-Shabaab are terrorist organisations.", "en",
              {("state:KEN", "group:mombasa-republican-council"), ("state:KEN", "group:al-shabaab")})
    assert got[("state:KEN", "group:al-shabaab")] == ("terrorist organization", "2014")
    has("Nigeria's Supreme Court ruled that the Indigenous People of Biafra is a terrorist group.", "en",
        {("state:NGA", "group:ipob")})


def test_declared_that_es():
    got = has("La Sala de lo Constitucional de El Salvador declaró en 2015 que la MS-13 y el Barrio 18 son grupos terroristas.",
              "es", {("state:SLV", "group:ms-13"), ("state:SLV", "group:barrio-18")})
    assert got[("state:SLV", "group:ms-13")][1] == "2015"
    has("Paraguay dictaminó el martes que el Cartel de los Soles es una organización terrorista.", "es",
        {("state:PRY", "group:cartel-de-los-soles")})


def test_said_that_is_no_listing():
    assert ("state:KEN", "group:al-shabaab") not in listed("Kenya's president William Ruto said that al-Shabaab is a "
                                                          "terrorist group.", "en")
    assert not listed("El presidente Gustavo Petro dijo que el Tren de Aragua es una organización terrorista.", "es")


# (3) ------------------------------------------------------------------------------------------------------------------

def test_sanctions_list_named_before_en():
    got = has("Britain added to its sanctions list Ruslan Petrovich Kovalenko and Grodno Azot.", "en",
              {("state:GBR", "official:ruslan-petrovich-kovalenko"), ("state:GBR", "group:grodno-azot")})
    assert got[("state:GBR", "group:grodno-azot")][0] == "sanctions"


def test_sanctions_list_named_before_es():
    got = has("El Departamento del Tesoro de Estados Unidos incluye en su lista de sanciones a la Empresa Nicaragüense de "
              "Minas (ENIMINAS).", "es", {("state:USA", "group:empresa-nicaraguense-de-minas")})
    assert got[("state:USA", "group:empresa-nicaraguense-de-minas")][0] == "sanctions"


def test_sanctions_list_plan_is_no_listing():
    assert not listed("The EU is weighing whether to add to its sanctions list Hezbollah.", "en")
    assert not listed("Estados Unidos evalúa incluir en su lista de sanciones a Hezbolá.", "es")


# (4) ------------------------------------------------------------------------------------------------------------------

def test_own_sanctions_en_es():
    has("South Korea and Japan announced their own sanctions on Hamas and Hezbollah.", "en",
        {("state:KOR", "group:hamas"), ("state:JPN", "group:hezbollah")})
    has("The UK imposed its own sanctions against Hezbollah last year.", "en", {("state:GBR", "group:hezbollah")})
    has("Corea del Sur y Japón anunciaron sus propias sanciones contra Hamás y Hezbolá.", "es",
        {("state:KOR", "group:hamas"), ("state:JPN", "group:hezbollah")})
    has("El Reino Unido impuso sanciones adicionales a Hezbolá en 2023.", "es", {("state:GBR", "group:hezbollah")})


def test_announced_sanctions_plan_is_no_listing():
    assert not listed("Japan announced it would consider its own sanctions on Hamas.", "en")
    assert not listed("Japón anunció que impondrá sanciones a Hamás.", "es")


# (5) ------------------------------------------------------------------------------------------------------------------

def test_company_short_names():
    has("Korea Sunrise Trading Corporation (Sunrise), a front company, arranged the loading of shells. OFAC is designating "
        "Sunrise pursuant to E.O. 13382.", "en", {("state:USA", "group:korea-sunrise-trading-corporation")})
    has("Today OFAC designated two entities. Kestrel Marine LLC, a Vladivostok logistics firm, chartered three ships. Kestrel "
        "Marine and the three vessels are being designated pursuant to E.O. 14024.", "en",
        {("state:USA", "group:kestrel-marine-llc")})


# (6) ------------------------------------------------------------------------------------------------------------------

def test_the_following_after_verb_en():
    has("Britain's Home Secretary designates the following organisations as terrorist organisations: Hamas, the Terrorgram "
        "Collective and Maniacs Murder Cult.", "en",
        {("state:GBR", "group:hamas"), ("state:GBR", "group:terrorgram-collective"), ("state:GBR", "group:maniacs-murder-cult")})


def test_the_following_after_verb_es():
    has("Colombia declaró a las siguientes organizaciones como terroristas: el Clan del Golfo, las Autodefensas Conquistadoras "
        "de la Sierra Nevada y La Oficina de Envigado.", "es",
        {("state:COL", "group:clan-del-golfo"), ("state:COL", "group:oficina-de-envigado")})


def test_decree_article_lists_unknown_gangs_as_groups():
    text = ("QUITO — El Gobierno de Ecuador publicó el martes en el Registro Oficial el decreto ejecutivo 45, que dice:\n\n"
            "Artículo 2.- Identificar a los siguientes grupos del crimen organizado como organizaciones terroristas y actores "
            "no estatales beligerantes: Los Halcones Negros, CaraSucia, Banda del Puerto, Tigres de la Costa y Z9.\n")
    got = has(text, "es", {("state:ECU", "group:los-halcones-negros"), ("state:ECU", "group:carasucia"),
                           ("state:ECU", "group:tigres-de-la-costa")})
    assert got[("state:ECU", "group:carasucia")][0] == "terrorist organization"


def test_the_following_in_a_plan_is_no_listing():
    assert not listed("Kenya's government considered whether to list the following groups as terrorist organisations: "
                      "al-Shabaab and the Mombasa Republican Council.", "en")
    assert not listed("El Gobierno de Chile estudia declarar a las siguientes bandas como organizaciones terroristas: el Tren "
                      "de Aragua y Los Gallegos.", "es")


# (7) ------------------------------------------------------------------------------------------------------------------

def test_second_agent_after_a_passive_listing_en():
    got = has("The TTP was designated a Foreign Terrorist Organization by the United States in 2010 and listed by the UN "
              "Security Council's sanctions committee the following year.", "en",
              {("state:USA", "group:ttp"), ("group:un-security-council", "group:ttp")})
    assert got[("group:un-security-council", "group:ttp")] == ("sanctions", "2011")
    got = has("Hamas was designated by the United States in 1997 and sanctioned by the European Union in 2003.", "en",
              {("group:eu", "group:hamas")})
    assert got[("group:eu", "group:hamas")][1] == "2003"


def test_second_agent_after_a_passive_listing_es():
    got = has("Hamás fue designado por Estados Unidos en 1997 y sancionado por la Unión Europea en 2003.", "es",
              {("group:eu", "group:hamas")})
    assert got[("group:eu", "group:hamas")] == ("sanctions", "2003")


def test_second_clause_with_its_own_subject_is_not_a_second_agent():
    got = listed("Hamas was designated by the United States in 1997, and Hezbollah was listed by the European Union in 2013.", "en")
    assert ("group:eu", "group:hamas") not in got
    got = listed("Hamás fue designado por Estados Unidos en 1997 y Hezbolá fue incluido por la Unión Europea en 2013.", "es")
    assert ("group:eu", "group:hamas") not in got
    assert not listed("Hamás no fue designado por Estados Unidos en 1997 ni sancionado por la Unión Europea.", "es")


def test_who_relative_after_a_described_person_is_the_person():
    got = listed("Budapest vetoed an EU sanctions listing for Patriarch Kirill, the head of the Russian Orthodox Church, who was "
                 "sanctioned by the United Kingdom in 2022.", "en")
    assert ("state:GBR", "official:patriarch-kirill") in got and ("state:GBR", "group:russian-orthodox-church") not in got


# (8) ------------------------------------------------------------------------------------------------------------------

def test_amended_designation_to_include():
    has("In May 2018 the State Department amended the designation of the al-Nusra Front to include Hayat Tahrir al-Sham.", "en",
        {("state:USA", "group:hts")})
    has("En 2018 el Departamento de Estado de Estados Unidos modificó la designación del Frente al Nusra para incluir a Hayat "
        "Tahrir al Sham.", "es", {("state:USA", "group:hts")})


def test_extended_designation_en_es():
    has("Kenya declared al-Shabaab a terrorist group in 2010 and extended the designation in 2014 to the Mombasa Republican "
        "Council.", "en", {("state:KEN", "group:mombasa-republican-council")})
    has("En 2019 Paraguay declaró organizaciones terroristas a Hamás y a Hezbolá y el año pasado extendió esa designación a la "
        "Guardia Revolucionaria iraní.", "es", {("state:PRY", "group:irgc")})


def test_followed_by_and_luego_vinieron():
    has("Argentina designated Hezbollah a terrorist organisation in 2019, followed by Paraguay and Colombia.", "en",
        {("state:PRY", "group:hezbollah"), ("state:COL", "group:hezbollah")})
    has("Argentina designó a Hezbolá como organización terrorista en 2019; luego vinieron Paraguay, Colombia y Honduras.", "es",
        {("state:PRY", "group:hezbollah"), ("state:HND", "group:hezbollah")})


def test_followed_without_a_listing_is_nothing():
    got = listed("Argentina designated Hezbollah a terrorist organisation in 2019. Israel followed with airstrikes on Lebanon.", "en")
    assert ("state:ISR", "group:hezbollah") not in got
    got = listed("Argentina designó a Hezbolá en 2019. Luego llegaron a Caracas los ministros de Irán.", "es")
    assert ("state:VEN", "group:hezbollah") not in got and ("state:IRN", "group:hezbollah") not in got


def test_who_relative_after_a_described_party_is_not_the_party():
    got = listed("The attack was led by Milan Radoičić, formerly vice-president of Srpska Lista, the main Kosovo Serb party, who "
                 "had been sanctioned by the US Treasury in 2021.", "en")
    assert ("state:USA", "group:srpska-lista") not in got


# (9) ------------------------------------------------------------------------------------------------------------------

def test_gazette_articles_es():
    text = ("BUENOS AIRES — El Gobierno de Argentina publicó hoy en el Boletín Oficial la Resolución 1/2025.\n\n"
            "ARTÍCULO 1°.- Incorpórase al Registro Público de Personas y Entidades vinculadas a actos de Terrorismo y su "
            "Financiamiento (RePET) a la organización Hamás.\n")
    got = has(text, "es", {("state:ARG", "group:hamas")})
    assert got[("state:ARG", "group:hamas")][0] == "terrorism registry"
    text = ("QUITO — El Gobierno de Ecuador publicó el decreto.\n\nArtículo 1.- Declarar como organización terrorista al Tren "
            "de Aragua.\n\nArtículo 2.- Incluir a Los Lobos en la lista de grupos terroristas.\n\nArtículo 3.- Declarar a Los "
            "Choneros grupo terrorista.\n")
    has(text, "es", {("state:ECU", "group:tren-de-aragua"), ("state:ECU", "group:los-lobos"), ("state:ECU", "group:los-choneros")})


def test_a_proposal_to_declare_is_no_article():
    text = ("QUITO — El Gobierno de Ecuador analiza un decreto.\n\nEl proyecto propone declarar como organización terrorista "
            "al Tren de Aragua.\n")
    assert ("state:ECU", "group:tren-de-aragua") not in listed(text, "es")


# (10) -----------------------------------------------------------------------------------------------------------------

def test_standing_listing_under_the_owners_law():
    got = has("Australia noted that Jemaah Islamiyah remains listed as a terrorist organisation under its Criminal Code and that "
              "any change would follow an independent review.", "en", {("state:AUS", "group:jemaah-islamiyah")})
    assert got[("state:AUS", "group:jemaah-islamiyah")] == ("terrorist organization", None)
    has("Hamas is still proscribed under Britain's Terrorism Act.", "en", {("state:GBR", "group:hamas")})
    has("Australia recordó que Jemaah Islamiyah sigue incluida como organización terrorista en su Código Penal.", "es",
        {("state:AUS", "group:jemaah-islamiyah")})
    has("Hamás sigue proscrito bajo la ley antiterrorista del Reino Unido.", "es", {("state:GBR", "group:hamas")})


def test_a_possible_listing_is_no_standing_one():
    assert not listed("Australia noted that Jemaah Islamiyah could be listed under its Criminal Code.", "en")
    assert not listed("Australia dijo que Jemaah Islamiyah podría ser incluida en su lista.", "es")


def test_second_agent_keeps_the_kind_it_names():
    got = has("The TTP was banned by Pakistan in 2008 and designated a foreign terrorist organization by Washington in "
              "September 2010.", "en", {("state:USA", "group:ttp")})
    assert got[("state:USA", "group:ttp")] == ("foreign terrorist organization", "2010-09")
