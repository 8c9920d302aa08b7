"""Designations read by mechanisms found missing on the analysis sets (session 9), in English and
Spanish: a person declared persona non grata. Every sentence is written for this file, with
negatives: plans, requests, denials and hedges are never positive."""

import pytest

from tests.extracting import extract_text


def _designations(text, language, published="2025-03-10"):
    return {(c.subject, c.object, c.props.get("designation")) for c in extract_text(text, language=language, published=published)
            if c.predicate == "DESIGNATED" and c.polarity == "positive" and c.modality.value in ("asserted", "reported")}


# -- persona non grata: a state, its parliament or ministry declares a person unwelcome ------------

PNG = "persona non grata"


@pytest.mark.parametrize("text,language,want", [
    ("Peru's Congress declared Gustavo Petro persona non grata in 2024.", "en", ("state:PER", "official:gustavo-petro")),
    ("Ecuador declared the Mexican ambassador Raquel Serur persona non grata on Thursday.", "en",
     ("state:ECU", "official:raquel-serur")),
    ("On Monday Venezuela's National Assembly declared President Javier Milei a persona non grata.", "en",
     ("state:VEN", "official:javier-milei")),
    ("The ambassador Raquel Serur was declared persona non grata by Ecuador in April.", "en",
     ("state:ECU", "official:raquel-serur")),
    ("El Congreso de Perú declaró persona non grata a Gustavo Petro.", "es", ("state:PER", "official:gustavo-petro")),
    ("La Asamblea Nacional de Venezuela declaró al presidente Javier Milei persona non grata el martes.", "es",
     ("state:VEN", "official:javier-milei")),
    ("Gustavo Petro fue declarado persona non grata por el Congreso de Perú en 2024.", "es",
     ("state:PER", "official:gustavo-petro")),
    ("Gustavo Petro visitó Lima en 2023. El Congreso de Perú lo declaró persona non grata en 2024.", "es",
     ("state:PER", "official:gustavo-petro")),
])
def test_persona_non_grata(text, language, want):
    assert (*want, PNG) in _designations(text, language)


@pytest.mark.parametrize("text,language", [
    ("Peru's Congress voted on a motion asking the government to declare Gustavo Petro persona non grata.", "en"),
    ("Lawmakers urged Peru's Congress to declare Gustavo Petro persona non grata.", "en"),
    ("Peru did not declare Gustavo Petro persona non grata.", "en"),
    ("Peru may declare Gustavo Petro persona non grata.", "en"),
    ("El Congreso de Perú estudia declarar persona non grata a Gustavo Petro.", "es"),
    ("El Congreso de Perú no declaró persona non grata a Gustavo Petro.", "es"),
    ("La oposición pidió al Congreso de Perú declarar persona non grata a Gustavo Petro.", "es"),
])
def test_persona_non_grata_not_an_act(text, language):
    assert not any(d == PNG for _, _, d in _designations(text, language))


# -- an ellipsis repeats the last listing for another designator ("did the same", "hizo lo propio") -----

@pytest.mark.parametrize("text,language,want", [
    ("Britain proscribed Hezbollah in 2019. Canada did the same in 2020.", "en", ("state:CAN", "group:hezbollah")),
    ("Washington designated the Tren de Aragua a foreign terrorist organization in February. Weeks later Ecuador "
     "followed suit.", "en", ("state:ECU", "group:tren-de-aragua")),
    ("The European Union added Hamas to its terrorist list in 2003. Australia has since done the same.", "en",
     ("state:AUS", "group:hamas")),
    ("Egipto declaró organización terrorista a la Hermandad Musulmana en diciembre de 2013. Arabia Saudí hizo lo "
     "propio en marzo de 2014.", "es", ("state:SAU", "group:muslim-brotherhood")),
    ("Estados Unidos designó al Tren de Aragua como organización terrorista en febrero. Perú lo hizo en marzo.", "es",
     ("state:PER", "group:tren-de-aragua")),
    ("Argentina incluyó a Hamás en su registro de organizaciones terroristas en 2024. Paraguay siguió el ejemplo "
     "meses después.", "es", ("state:PRY", "group:hamas")),
])
def test_did_the_same(text, language, want):
    got = {(a, b) for a, b, _ in _designations(text, language)}
    assert want in got


def test_did_the_same_keeps_the_kind_and_its_own_date():
    claims = [c for c in extract_text("Egipto declaró organización terrorista a la Hermandad Musulmana en diciembre de "
                                      "2013. Arabia Saudí hizo lo propio en marzo de 2014.", language="es",
                                      published="2025-03-10")
              if c.predicate == "DESIGNATED" and c.subject == "state:SAU"]
    assert [(c.date, c.props.get("designation")) for c in claims] == [("2014-03", "terrorist organization")]


@pytest.mark.parametrize("text,language", [
    ("Britain proscribed Hezbollah in 2019. Israeli diplomats urged Brazil to follow suit.", "en"),
    ("Britain proscribed Hezbollah in 2019. Canada did not do the same.", "en"),
    ("Britain proscribed Hezbollah in 2019. Canada may do the same next year.", "en"),
    # too far back: three sentences between the listing and the ellipsis
    ("Britain proscribed Hezbollah in 2019. Its economy grew by 2%. Hezbollah denied any role. Trade rose. "
     "Canada did the same in 2021.", "en"),
    ("Estados Unidos designó al Tren de Aragua como organización terrorista en febrero. Chile no hizo lo mismo.", "es"),
    ("Estados Unidos designó al Tren de Aragua como organización terrorista en febrero. La oposición pidió a Chile "
     "hacer lo mismo.", "es"),
    # no listing before: the ellipsis repeats something else
    ("Chile expulsó al embajador de Venezuela en 2024. Perú hizo lo mismo en marzo.", "es"),
])
def test_did_the_same_not_an_act(text, language):
    subjects = {a for a, _, _ in _designations(text, language)}
    assert not subjects & {"state:CAN", "state:BRA", "state:CHL", "state:PER"}


# -- a description of the story's organisation as what is listed ("proscribed the movement") -----------

@pytest.mark.parametrize("text,language,want", [
    ("Hizb ut-Tahrir campaigns for a global caliphate. Britain proscribed the movement in January 2024.", "en",
     ("state:GBR", "group:hizb-ut-tahrir")),
    ("The Muslim Brotherhood was founded in Egypt in 1928. Cairo designated the organisation a terrorist group in 2013.",
     "en", ("state:EGY", "group:muslim-brotherhood")),
    ("Samidoun raises money for the PFLP, its backers say. Germany banned the association in November 2023.", "en",
     ("state:DEU", "group:samidoun")),
    ("Hizb ut-Tahrir opera en Europa desde hace décadas. El Reino Unido ilegalizó al grupo como organización "
     "terrorista en enero de 2024.", "es", ("state:GBR", "group:hizb-ut-tahrir")),
    ("Samidoun canaliza fondos hacia el FPLP. Alemania ya había prohibido la asociación en noviembre de 2023.", "es",
     ("state:DEU", "group:samidoun")),
])
def test_description_of_the_organisation_listed(text, language, want):
    assert want in {(a, b) for a, b, _ in _designations(text, language)}


@pytest.mark.parametrize("text,language", [
    # the description is read for a listing only: no tie, no urging, no supply with the organisation
    ("Hizb ut-Tahrir campaigns for a global caliphate. Iran funds the movement, Britain says.", "en"),
    ("Amnesty International published a report. Russia urged the organisation to withdraw it.", "en"),
    ("Samidoun opera en Europa. Irán financia a la asociación, según Alemania.", "es"),
])
def test_description_of_the_organisation_no_other_relation(text, language):
    claims = extract_text(text, language=language, published="2025-03-10")
    orgs = {"group:hizb-ut-tahrir", "group:amnesty-international", "group:samidoun"}
    second = text.index(". ") + 2
    assert not [c for c in claims if c.predicate != "DESIGNATED" and ({c.subject, c.object} & orgs)
                and c.char_start >= second]


# -- banning an organisation is listing it (not a rally, a product, a company, nor "from") ---------------

@pytest.mark.parametrize("text,language,want", [
    ("Germany banned Hamas in 2023.", "en", ("state:DEU", "group:hamas", "banned organization")),
    # (desig16) terrorism named in the sentence is no terrorist kind of the ban ("banned ... as a terrorist organisation" is)
    ("Germany banned Hezbollah outright in 2020, after years of debate about terrorism.", "en",
     ("state:DEU", "group:hezbollah", "banned organization")),
    ("Germany banned Hezbollah outright in 2020 as a terrorist organisation.", "en",
     ("state:DEU", "group:hezbollah", "terrorist organization")),
    ("Paraguay has banned the Tren de Aragua, the interior ministry said.", "en",
     ("state:PRY", "group:tren-de-aragua", "banned organization")),
    ("Alemania prohibió a Hamás en 2023.", "es", ("state:DEU", "group:hamas", "banned organization")),
    ("Alemania ya había prohibido a Samidoun en noviembre de 2023.", "es",
     ("state:DEU", "group:samidoun", "banned organization")),
])
def test_banned_organisation(text, language, want):
    assert want in _designations(text, language)


@pytest.mark.parametrize("text,language", [
    ("Germany banned Hamas rallies in 2023.", "en"),
    ("The EU banned Hezbollah from the summit.", "en"),
    ("Germany banned Huawei in 2023.", "en"),
    ("Germany is considering whether to ban Hamas.", "en"),
    ("Germany has not banned Hamas.", "en"),
    ("Alemania prohibió las marchas de Hamás en 2023.", "es"),
    ("Alemania prohibió a Samidoun operar en su territorio.", "es"),
    ("Alemania estudia prohibir a Hamás.", "es"),
])
def test_banned_not_a_listing(text, language):
    assert not _designations(text, language)


# -- a ban or listing in a subordinate clause: "después de que X designara", "which X banned in 2023" ------

@pytest.mark.parametrize("text,language,want", [
    ("El Tren de Aragua opera en Chile. La iniciativa llega meses después de que el Departamento de Estado "
     "designara a la banda venezolana como organización terrorista extranjera, en febrero.", "es",
     ("state:USA", "group:tren-de-aragua")),
    ("Los ataques aumentaron después de que Ecuador declarara a Los Choneros organización terrorista en enero de 2024.",
     "es", ("state:ECU", "group:los-choneros")),
    ("Desde que Paraguay designara a Hezbolá como organización terrorista, Irán ha protestado.", "es",
     ("state:PRY", "group:hezbollah")),
    ("Hamas, which Germany banned in 2023, denies any role.", "en", ("state:DEU", "group:hamas")),
    ("Los Choneros, which Ecuador's interior ministry banned last year, control the port.", "en",
     ("state:ECU", "group:los-choneros")),
    ("Hamás, al que Alemania prohibió en 2023, niega cualquier papel.", "es", ("state:DEU", "group:hamas")),
    ("Samidoun, que Alemania había prohibido en noviembre de 2023, niega los cargos.", "es",
     ("state:DEU", "group:samidoun")),
])
def test_listing_in_a_subordinate_clause(text, language, want):
    assert want in {(a, b) for a, b, _ in _designations(text, language)}


@pytest.mark.parametrize("text,language", [
    ("La oposición pidió que Chile designara al Tren de Aragua como organización terrorista.", "es"),
    ("Si Chile designara al Tren de Aragua como organización terrorista, Venezuela protestaría.", "es"),
    ("Para que Chile designara al Tren de Aragua como organización terrorista haría falta una ley.", "es"),
    ("The rally, which Germany banned in 2023, drew thousands.", "en"),
    ("La marcha, que Alemania prohibió en 2023, reunió a miles.", "es"),
])
def test_subordinate_clause_not_a_listing(text, language):
    assert not _designations(text, language)


# -- a wire dateline with its day ("CANBERRA, Nov 14 (SCW) -") names the state an agentless listing is from --

@pytest.mark.parametrize("text,published,want", [
    ("CANBERRA, Nov 14 (SCW) - Hamas was listed as a terrorist organisation on Thursday.", "2025-11-14",
     ("state:AUS", "group:hamas")),
    ("OTTAWA, June 20 (NWS) - Hezbollah was listed as a terrorist entity on Thursday.", "2025-06-20",
     ("state:CAN", "group:hezbollah")),
    ("WASHINGTON, March 3, 2025 — The Tren de Aragua was designated a foreign terrorist organization on Thursday.",
     "2025-03-03", ("state:USA", "group:tren-de-aragua")),
])
def test_wire_dateline_with_its_day(text, published, want):
    assert want in {(a, b) for a, b, _ in _designations(text, "en", published=published)}


def test_wire_dateline_is_no_actor():
    # the place of the dateline is where the story is filed, not a party to the sentence's relation
    claims = extract_text("OTTAWA, June 20 (NWS) - Iran supplied drones to Russia, officials said.", language="en",
                          published="2025-06-20")
    assert not [c for c in claims if "state:CAN" in (c.subject, c.object)]


# -- the members of a listing of a counted set, named in the next sentence ---------------------------------

@pytest.mark.parametrize("text,language,want", [
    ("In January 2024 Ecuador labelled 22 criminal gangs terrorist organizations. The list included Los Tiguerones, "
     "the Chone Killers and the Latin Kings.", "en",
     {("state:ECU", "group:los-tiguerones"), ("state:ECU", "group:chone-killers"), ("state:ECU", "group:latin-kings")}),
    ("Canada listed seven cartels as terrorist entities in February 2025. Among them were the Sinaloa Cartel and "
     "the Tren de Aragua.", "en", {("state:CAN", "group:sinaloa-cartel"), ("state:CAN", "group:tren-de-aragua")}),
    ("En enero de 2024 Ecuador declaró terroristas a 22 bandas criminales. La lista incluía a Los Choneros y a Los "
     "Lobos.", "es", {("state:ECU", "group:los-choneros"), ("state:ECU", "group:los-lobos")}),
    ("Ecuador declaró terroristas a 22 bandas en enero de 2024. Entre ellas figuran Los Choneros y Los Lobos.", "es",
     {("state:ECU", "group:los-choneros"), ("state:ECU", "group:los-lobos")}),
])
def test_members_of_a_counted_listing(text, language, want):
    assert want <= {(a, b) for a, b, _ in _designations(text, language)}


def test_members_of_a_counted_listing_take_its_date():
    claims = [c for c in extract_text("Ecuador declaró terroristas a 22 bandas en enero de 2024. Entre ellas figuran "
                                      "Los Choneros y Los Lobos.", language="es", published="2025-03-10")
              if c.predicate == "DESIGNATED"]
    assert claims and {c.date for c in claims} == {"2024-01"}


@pytest.mark.parametrize("text,language", [
    ("Ecuador's army raided the port on Monday. Among them were Los Choneros.", "en"),
    ("The list included Los Choneros and Los Lobos, prosecutors said.", "en"),
    ("La policía detuvo a 22 personas. Entre ellas figuran miembros de Los Choneros.", "es"),
    ("Ecuador declared a state of emergency in 22 provinces. Among them were areas held by Los Choneros.", "en"),
])
def test_not_members_of_a_listing(text, language):
    assert not _designations(text, language)


# -- renewing a listing lists again -------------------------------------------------------------------------

@pytest.mark.parametrize("text,language,want", [
    ("Australia listed Hizb ut-Tahrir as a terrorist organisation on Thursday. Separately, the government renewed for "
     "three years the listings of The Base and Sonnenkrieg Division.", "en",
     {("state:AUS", "group:the-base"), ("state:AUS", "group:sonnenkrieg-division")}),
    ("Britain extended its ban on Hezbollah in 2024, citing terrorism.", "en", {("state:GBR", "group:hezbollah")}),
    ("El Gobierno australiano renovó por tres años la inclusión de The Base en su lista de organizaciones terroristas.",
     "es", {("state:AUS", "group:the-base")}),
    ("Argentina prorrogó la proscripción de Hezbolá como organización terrorista.", "es",
     {("state:ARG", "group:hezbollah")}),
])
def test_renewed_listing(text, language, want):
    assert want <= {(a, b) for a, b, _ in _designations(text, language)}


@pytest.mark.parametrize("text,language", [
    ("Britain renewed the licence of BP in 2024.", "en"),
    ("Britain renewed its call for a ceasefire between Israel and Hezbollah.", "en"),
    ("El Gobierno renovó la concesión de Repsol en 2024.", "es"),
])
def test_renewed_not_a_listing(text, language):
    assert not _designations(text, language)


# -- a state organ named without its state designates for the story's state ---------------------------------

@pytest.mark.parametrize("text,language,want", [
    ("DHAKA — Bangladesh's election commission restored Jamaat-e-Islami's registration. The home ministry had declared "
     "Jamaat-e-Islami and Islami Chhatra Shibir terrorist organisations in 2024.", "en",
     {("state:BGD", "group:jamaat-e-islami-bangladesh"), ("state:BGD", "group:islami-chhatra-shibir")}),
    ("DHAKA — In May, the same ministry banned all activities of the Awami League under the same law.", "en",
     {("state:BGD", "group:awami-league")}),
    ("SAN SALVADOR — La Sala de lo Constitucional declaró grupo terrorista a la Mara Salvatrucha en 2015.", "es",
     {("state:SLV", "group:ms-13")}),
])
def test_state_organ_without_its_state(text, language, want):
    assert want <= {(a, b) for a, b, _ in _designations(text, language)}


@pytest.mark.parametrize("text,language", [
    ("DHAKA — The home ministry banned rallies in the capital on Friday.", "en"),
    ("DHAKA — The home ministry said Jamaat-e-Islami remains a terrorist organisation.", "en"),
    ("DHAKA — The home ministry is considering whether to ban Hizb ut-Tahrir.", "en"),
    ("SAN SALVADOR — La Sala de lo Constitucional estudia declarar grupo terrorista a la Mara Salvatrucha.", "es"),
    ("SAN SALVADOR — El Congreso pidió declarar organización terrorista a la Mara Salvatrucha.", "es"),
    # a passive after a relative clause: its list is no object, and the designator is unknown
    ("China presiona al Ejército de Arakán. El AA, que forma parte de una alianza junto al Ejército de Liberación "
     "Nacional Ta'ang y el MNDAA, fue declarado organización terrorista por la junta en 2020.", "es"),
])
def test_state_organ_not_a_listing(text, language):
    assert not _designations(text, language)


def test_passive_after_relative_clause_lists_its_subject_only():
    # the relative clause's list is no object; the passive's own subject is (desig10: "by Myanmar" names the designator)
    got = _designations("The Arakan Army, which fights alongside the Ta'ang National Liberation Army and the MNDAA, was "
                        "designated by Myanmar in 2020.", "en")
    assert {b for _, b, _ in got} <= {"group:arakan-army"}


# -- a passive listing with its agent and no label ("were designated by the US Treasury's OFAC in 2019") ------

@pytest.mark.parametrize("text,language,want", [
    ("Seoul imposed new sanctions on North Korean hackers. The hacking group and two of its sub-groups, Bluenoroff and Andariel, were designated "
     "by the US Treasury's Office of Foreign Assets Control (OFAC) in September 2019.", "en",
     {("state:USA", "group:bluenoroff"), ("state:USA", "group:andariel")}),
    ("Hamas was designated by Paraguay in 2019, after a terrorist attack in Buenos Aires.", "en",
     {("state:PRY", "group:hamas")}),
    ("Hezbollah, a terrorist group to many governments, was designated by the United States in 1997.", "en",
     {("state:USA", "group:hezbollah")}),
])
def test_designated_by_agent_without_label(text, language, want):
    assert want <= {(a, b) for a, b, _ in _designations(text, language)}


@pytest.mark.parametrize("text", [
    "The area was designated by the government in 2019.",
    "Juan Pérez was designated by Peru's president as interior minister in 2019.",
    "Hamas was designated by Paraguay? Officials would not say.",
    "Hamas was not designated by Paraguay in 2019.",
])
def test_designated_by_not_a_listing(text):
    assert not _designations(text, "en")


# -- an agentless listing after an apposition naming no actor ------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("CANBERRA, Nov 14 (SCW) - Hizb ut-Tahrir, the pan-Islamist movement that has held lectures in western Sydney for "
     "two decades, was listed as a terrorist organisation under the Criminal Code on Thursday.",
     ("state:AUS", "group:hizb-ut-tahrir")),
    ("OTTAWA, June 20 (NWS) - Hezbollah, the Lebanese movement, was listed as a terrorist entity on Thursday.",
     ("state:CAN", "group:hezbollah")),
])
def test_agentless_listing_after_apposition(text, want):
    assert want in {(a, b) for a, b, _ in _designations(text, "en", published="2025-11-14")}


@pytest.mark.parametrize("text", [
    "OTTAWA, June 20 (NWS) - Hamas, a group that rules Gaza, was not listed as a terrorist entity on Thursday.",
    "OTTAWA, June 20 (NWS) - Hamas, a group that rules Gaza, may be listed as a terrorist entity next year.",
])
def test_agentless_listing_after_apposition_not_an_act(text):
    assert not _designations(text, "en")
