"""desig22: listings read by construction, in English and Spanish (test sentences written for these mechanisms, not taken
from the corpus):

(1) a relative clause whose subject is a list of designators, in the present tense ("X, which Ankara, Washington and the EU
    list as a terrorist organisation");
(2) an object added after the listing by "junto al" ("incluyó a X en la lista ..., junto al Y");
(3) a passive listing after the listed one's relative clause or described apposition ("X, que fue ..., fue sancionado por Y",
    "X, la aerolínea iraní sancionada por Y en 2011", "X, the Iranian carrier sanctioned by Y in 2011");
(4) a law, decree or reform passed or issued by the subject that declares its objects terrorist ("aprobó una ley que
    clasifica como terroristas a X y a Y", "passed a law that classifies X and Y as terrorist organisations"); a bill, a law
    that "would" list and a plan are not read;
(5) a state's organ in a possessive relative clause ("Y, cuya Sala de lo Constitucional calificó a X de grupos terroristas",
    "Y, whose interior ministry designated X a terrorist group"); a legislature or court named without its state acts for
    the place its sentence names;
(6) an object list closed by an unnamed remainder ("added X and two other firms to its sanctions list");
(7) members named after a listing with its agent ("Among the ... designated by Y on Friday was X", "Entre las empresas
    sancionadas por Y figura X");
(8) a standing listing on an owner's sanctions list ("X remains on the Security Council's sanctions list", "X figura desde
    2022 en la lista de sanciones del Consejo de Seguridad").
Requests, plans, bills, possibilities and removals stay out."""

import pytest

from tests.extracting import has_listings, listings

PUB = "2025-11-20"


def listed(text: str, lang: str) -> dict[tuple[str, str], tuple]:
    return listings(text, language=lang, published=PUB)


def has(text: str, lang: str, pairs: set[tuple[str, str]]) -> dict:
    return has_listings(text, pairs, language=lang, published=PUB)


# ---------------------------------------------------------------- (1) present-tense relative, list of designators
@pytest.mark.parametrize("text,lang,pairs", [
    ("Officials in Damascus blame the PKK, which Turkey, the United States and the European Union list as a terrorist "
     "organisation, for the attack.", "en", {("state:TUR", "group:pkk"), ("state:USA", "group:pkk"), ("group:eu", "group:pkk")}),
    ("The raid targeted Hezbollah, which Britain and Canada designate as a terrorist group.", "en",
     {("state:GBR", "group:hezbollah"), ("state:CAN", "group:hezbollah")}),
])
def test_relative_present_list(text, lang, pairs):
    has(text, lang, pairs)


def test_relative_conditional_is_not_asserted():
    assert not listed("The PKK, which Britain and Canada would list as a terrorist group if asked, denied it.", "en")


# ---------------------------------------------------------------- (2) "junto al"
@pytest.mark.parametrize("text", [
    "En febrero, Washington incluyó al Cártel de Sinaloa en su lista de organizaciones terroristas extranjeras, junto al "
    "Tren de Aragua.",
    "Estados Unidos designó a la MS-13 como organización terrorista extranjera junto al Tren de Aragua.",
])
def test_junto_al(text):
    got = listed(text, "es")
    assert ("state:USA", "group:tren-de-aragua") in got, got


def test_junto_al_other_clause():
    got = listed("Estados Unidos designó al Cártel de Sinaloa como organización terrorista, mientras México combate junto al "
                 "Ejército de Guatemala.", "es")
    assert ("state:USA", "group:sinaloa-cartel") in got and all(o.startswith("group:") and "ej" not in o for (_, o) in got), got


# ---------------------------------------------------------------- (3) passive after a relative clause or described apposition
@pytest.mark.parametrize("text,lang,pair,kind", [
    ("Tareck El Aissami, que fue ministro de Petróleo, fue sancionado por el Departamento del Tesoro en 2017.", "es",
     ("state:USA", "official:tareck-el-aissami"), "sanctions"),
    ("El avión fue vendido por Mahan Air, la aerolínea iraní sancionada por Estados Unidos en 2011.", "es",
     ("state:USA", "group:mahan-air"), "sanctions"),
    ("The jet was bought from Mahan Air, the Iranian carrier sanctioned by the US Treasury in 2011.", "en",
     ("state:USA", "group:mahan-air"), "sanctions"),
    ("Hamás, que gobierna Gaza desde 2007, fue designado en 2003 como organización terrorista por la Unión Europea.", "es",
     ("group:eu", "group:hamas"), "terrorist organization"),
])
def test_passive_after_relative_or_apposition(text, lang, pair, kind):
    got = has(text, lang, {pair})
    assert got[pair][0] == kind


def test_passive_after_relative_object_is_the_first_named():
    got = listed("La coalición Viv Ansanm, que está liderada por el expolicía Jimmy Chérizier, fue designada en mayo como "
                 "organización terrorista extranjera por el Departamento de Estado.", "es")
    assert ("state:USA", "group:viv-ansanm") in got, got
    assert not any(o.startswith("official:") for (_, o) in got), got


# ---------------------------------------------------------------- (4) a law or decree passed by the subject
@pytest.mark.parametrize("text,lang,pairs", [
    ("El Congreso de Guatemala aprobó en octubre una ley que clasifica como terroristas a la MS-13 y al Barrio 18.", "es",
     {("state:GTM", "group:ms-13"), ("state:GTM", "group:barrio-18")}),
    ("El Parlamento de Ecuador aprobó el martes una reforma que declara a Los Lobos y a Los Choneros organizaciones terroristas.",
     "es", {("state:ECU", "group:los-lobos"), ("state:ECU", "group:los-choneros")}),
    ("Guatemala's Congress passed a law in October that classifies MS-13 and Barrio 18 as terrorist organisations.", "en",
     {("state:GTM", "group:ms-13"), ("state:GTM", "group:barrio-18")}),
    ("Ecuador's National Assembly approved an amendment on Tuesday which declares Los Lobos a terrorist group.", "en",
     {("state:ECU", "group:los-lobos")}),
])
def test_law_passed_that_lists(text, lang, pairs):
    has(text, lang, pairs)


@pytest.mark.parametrize("text,lang", [
    ("El Congreso de Guatemala aprobó en octubre un proyecto de ley que clasificaría como terroristas a la MS-13.", "es"),
    ("Guatemala's Congress passed a bill in October that would classify MS-13 and Barrio 18 as terrorist organisations.", "en"),
    ("Guatemala's Congress is considering a law that classifies MS-13 as a terrorist organisation.", "en"),
])
def test_bill_or_plan_is_no_listing(text, lang):
    got = listed(text, lang)
    assert not any(o in ("group:ms-13", "group:barrio-18") and s == "state:GTM" for (s, o) in got), got


def test_generic_legislature_acts_for_its_place():
    got = listed("En Ecuador, el Congreso Nacional aprobó una ley que declara organizaciones terroristas a Los Lobos y a "
                 "Los Choneros.", "es")
    assert ("state:ECU", "group:los-lobos") in got, got


# ---------------------------------------------------------------- (5) a state's organ in a possessive relative
@pytest.mark.parametrize("text,lang,pairs", [
    ("Honduras sigue así a El Salvador, cuya Sala de lo Constitucional calificó a la MS-13 y al Barrio 18 de grupos "
     "terroristas en 2015.", "es", {("state:SLV", "group:ms-13"), ("state:SLV", "group:barrio-18")}),
    ("Se suma a Ecuador, cuyo Gobierno declaró organizaciones terroristas a Los Lobos y a Los Choneros en 2024.", "es",
     {("state:ECU", "group:los-lobos"), ("state:ECU", "group:los-choneros")}),
    ("The move mirrors El Salvador, whose Supreme Court declared MS-13 and Barrio 18 terrorist groups in 2015.", "en",
     {("state:SLV", "group:ms-13"), ("state:SLV", "group:barrio-18")}),
    ("It follows Ecuador, whose interior ministry designated Los Lobos a terrorist group.", "en",
     {("state:ECU", "group:los-lobos")}),
])
def test_possessive_organ(text, lang, pairs):
    has(text, lang, pairs)


def test_possessive_organ_speculative_is_not_asserted():
    assert not listed("It follows Ecuador, whose interior ministry may soon designate Los Lobos a terrorist group.", "en")


def test_organ_after_here_acts_for_the_place():
    got = listed("Para El Salvador eso es simbólico, porque aquí la Sala de lo Constitucional ya había declarado terroristas "
                 "a la MS-13 y al Barrio 18 en 2015.", "es")
    assert ("state:SLV", "group:ms-13") in got, got


# ---------------------------------------------------------------- (6) an unnamed remainder closing the object list
@pytest.mark.parametrize("text,lang,pair,kind", [
    ("The European Union added Gazprom Neft and two other firms to its sanctions list on Monday.", "en",
     ("group:eu", "group:gazprom-neft"), "sanctions"),
    ("Britain put Hamas, and a Gaza-based charity on its terrorist list in 2021.", "en",
     ("state:GBR", "group:hamas"), "terrorist organization"),
    ("La Unión Europea añadió a Gazprom Neft y a otras dos empresas a su lista de sanciones.", "es",
     ("group:eu", "group:gazprom-neft"), "sanctions"),
    ("Argentina incluyó a Hamás y a una fundación libanesa en su registro de organizaciones terroristas.", "es",
     ("state:ARG", "group:hamas"), "terrorist organization"),
])
def test_unnamed_remainder(text, lang, pair, kind):
    got = has(text, lang, {pair})
    assert got[pair][0] == kind


def test_unnamed_remainder_plan_is_no_listing():
    assert not listed("The EU is considering adding Gazprom Neft and two other firms to its sanctions list.", "en")


# ---------------------------------------------------------------- (7) members after a listing with its agent
@pytest.mark.parametrize("text,lang,pair", [
    ("Washington widened its sanctions on Russian oil. Among the 180 tankers and traders sanctioned by the Treasury on Friday "
     "was Gazprom Neft.", "en", ("state:USA", "group:gazprom-neft")),
    ("Washington amplió sus sanciones al petróleo ruso. Entre las 180 empresas sancionadas por el Departamento del Tesoro el "
     "viernes figura Gazprom Neft.", "es", ("state:USA", "group:gazprom-neft")),
])
def test_among_listed_by(text, lang, pair):
    got = has(text, lang, {pair})
    assert got[pair][0] == "sanctions"


# ---------------------------------------------------------------- (8) standing listing on an owner's sanctions list
@pytest.mark.parametrize("text,lang,pair", [
    ("Hezbollah still remains on the EU's sanctions list.", "en", ("group:eu", "group:hezbollah")),
    ("Hayat Tahrir al-Sham, which ran Idlib for years, is still on the UN Security Council's ISIL and al-Qaida sanctions list.",
     "en", ("group:un-security-council", "group:hts")),
    ("Hezbolá sigue en la lista de sanciones de la Unión Europea.", "es", ("group:eu", "group:hezbollah")),
])
def test_standing_sanctions_list(text, lang, pair):
    got = has(text, lang, {pair})
    assert got[pair][0] == "sanctions"


@pytest.mark.parametrize("text,lang", [
    ("Hezbollah could be removed from the EU's sanctions list.", "en"),
    ("Hezbollah was taken off the EU's sanctions list in March.", "en"),
    ("Brussels urged the EU to put Hezbollah on its sanctions list.", "en"),
])
def test_removal_or_request_is_no_standing_listing(text, lang):
    got = listed(text, lang)
    assert ("group:eu", "group:hezbollah") not in got, got


# ---------------------------------------------------------------- (9) participle apposition with kind and time, no agent
@pytest.mark.parametrize("text,lang,pair", [
    ("En junio, el Departamento del Tesoro sancionó a Los Chapitos como facción del Cártel de Sinaloa, ya designado en febrero "
     "como organización terrorista extranjera.", "es", ("state:USA", "group:sinaloa-cartel")),
    ("In June the Treasury sanctioned Los Chapitos, a faction of the Sinaloa Cartel. Washington also hit the Tren de Aragua, "
     "already designated in February as a foreign terrorist organisation.", "en", ("state:USA", "group:tren-de-aragua")),
])
def test_participle_apposition_with_kind(text, lang, pair):
    has(text, lang, {pair})


def test_sanctioned_as_a_faction_of():
    got = listed("El Tesoro de Estados Unidos sancionó a Los Chapitos como facción del Cártel de Sinaloa.", "es")
    assert got.get(("state:USA", "group:los-chapitos"), (None,))[0] == "sanctions", got


def test_participle_apposition_with_agent_is_the_agents():
    got = listed("Hamás, designado en 2003 como organización terrorista por la Unión Europea, lo negó.", "es")
    assert ("group:eu", "group:hamas") in got, got


# ---------------------------------------------------------------- (10) a category noun before the listed names
@pytest.mark.parametrize("text,lang,pairs", [
    ("Guatemala declaró organizaciones terroristas a la pandilla Barrio 18 y a la Mara Salvatrucha.", "es",
     {("state:GTM", "group:barrio-18"), ("state:GTM", "group:ms-13")}),
    ("Las pandillas Barrio 18 y Mara Salvatrucha fueron declaradas organizaciones terroristas por el Congreso de Guatemala.",
     "es", {("state:GTM", "group:barrio-18"), ("state:GTM", "group:ms-13")}),
    ("Guatemala declared the gang Barrio 18 and the Mara Salvatrucha terrorist organizations.", "en",
     {("state:GTM", "group:barrio-18"), ("state:GTM", "group:ms-13")}),
])
def test_category_noun_before_names(text, lang, pairs):
    has(text, lang, pairs)


# ---------------------------------------------------------------- (11) a possessive organ adding to a terrorist registry
@pytest.mark.parametrize("text,lang", [
    ("The move echoes Argentina, whose government added Hamas to its terrorism registry on 12 July.", "en"),
    ("La medida sigue a Argentina, cuyo Gobierno incluyó a Hamás en el Registro Público de Personas y Entidades vinculadas a "
     "actos de Terrorismo en julio.", "es"),
])
def test_possessive_organ_registry(text, lang):
    has(text, lang, {("state:ARG", "group:hamas")})


def test_possessive_organ_registry_request_is_no_listing():
    got = listed("The move echoes Argentina, whose opposition urged the government to add Hamas to its terrorism registry.", "en")
    assert ("state:ARG", "group:hamas") not in got, got


def test_participle_apposition_with_agent_en():
    got = listed("Hamas, designated in 2003 as a terrorist organisation by the European Union, denied it.", "en")
    assert ("group:eu", "group:hamas") in got, got


# ---------------------------------------------------------------- (12) entry bans and persona non grata after an expulsion
@pytest.mark.parametrize("text,lang,pairs", [
    ("Israel respondió vetando la entrada a la vicepresidenta Yolanda Díaz y a la ministra Sira Rego.", "es",
     {("state:ISR", "official:yolanda-diaz"), ("state:ISR", "official:sira-rego")}),
    ("El Gobierno español prohibió en septiembre la entrada en territorio español a los ministros Itamar Ben Gvir, de Seguridad "
     "Nacional, y Bezalel Smotrich, de Finanzas.", "es",
     {("state:ESP", "official:itamar-ben-gvir"), ("state:ESP", "official:bezalel-smotrich")}),
    ("Israel hit back by barring entry to Spain's deputy prime minister, Yolanda Díaz.", "en", {("state:ISR", "official:yolanda-diaz")}),
    ("Spain has refused Itamar Ben Gvir entry.", "en", {("state:ESP", "official:itamar-ben-gvir")}),
])
def test_entry_ban(text, lang, pairs):
    got = has(text, lang, pairs)
    assert all(got[p][0] == "entry ban" for p in pairs)


@pytest.mark.parametrize("text,lang", [
    ("Spain may bar entry to Itamar Ben Gvir.", "en"),
    ("Sumar pidió al Gobierno prohibir la entrada a Itamar Ben Gvir.", "es"),
])
def test_entry_ban_request_or_possibility(text, lang):
    got = listed(text, lang)
    assert ("state:ESP", "official:itamar-ben-gvir") not in got, got


@pytest.mark.parametrize("text,lang", [
    ("Australia expelled Iran's ambassador, Ahmad Sadeghi, and declared him persona non grata.", "en"),
    ("Australia expulsó al embajador iraní, Ahmad Sadeghi, y lo declaró persona non grata.", "es"),
])
def test_expelled_and_declared_persona_non_grata(text, lang):
    got = has(text, lang, {("state:AUS", "official:ahmad-sadeghi")})
    assert got[("state:AUS", "official:ahmad-sadeghi")][0] == "persona non grata"


# ---------------------------------------------------------------- (13) the members of a counted set named by a part or the list's close
@pytest.mark.parametrize("text,lang,objects", [
    ("Estados Unidos designó el miércoles a ocho organizaciones criminales como organizaciones terroristas extranjeras. Seis de "
     "ellas son mexicanas: el Cártel de Sinaloa, el Cártel del Golfo y Cárteles Unidos. Completan la lista el Tren de Aragua y la "
     "Mara Salvatrucha.", "es", {"group:sinaloa-cartel", "group:gulf-cartel", "group:tren-de-aragua", "group:ms-13"}),
    ("El Gobierno de Estados Unidos publicó hoy en el Registro Federal la designación de ocho organizaciones criminales como "
     "organizaciones terroristas extranjeras. Seis de ellas son mexicanas: el Cártel de Sinaloa y el Cártel del Golfo, entre "
     "otros.", "es", {"group:sinaloa-cartel", "group:gulf-cartel"}),
    ("Washington designated eight criminal groups as foreign terrorist organisations on Wednesday. Two of them are South "
     "American: Tren de Aragua and MS-13. Also on the list are the Sinaloa Cartel and the Gulf Cartel.", "en",
     {"group:tren-de-aragua", "group:ms-13", "group:sinaloa-cartel", "group:gulf-cartel"}),
])
def test_members_of_counted_set(text, lang, objects):
    got = listed(text, lang)
    assert objects <= {o for (s, o) in got if s == "state:USA"}, got


def test_part_of_a_set_without_listing():
    got = listed("Mexico has many criminal groups. Six of them are powerful: the Sinaloa Cartel and the Gulf Cartel.", "en")
    assert not got, got


# ---------------------------------------------------------------- (14) a contrast with a listing the sentence before denies
@pytest.mark.parametrize("text,lang", [
    ("Brazil has never listed Hezbollah as a terrorist organisation. Paraguay did, in 2019.", "en"),
    ("Brasil nunca incluyó a Hezbolá en una lista terrorista. Paraguay sí lo hizo, en 2019.", "es"),
])
def test_contrast_after_denial(text, lang):
    got = listed(text, lang)
    assert ("state:PRY", "group:hezbollah") in got, got
    assert ("state:BRA", "group:hezbollah") not in got, got


@pytest.mark.parametrize("text,lang", [
    ("Brazil has never listed Hezbollah as a terrorist organisation. Paraguay did not either.", "en"),
    ("Brasil incluyó a Hezbolá en una lista terrorista. Paraguay no lo hizo.", "es"),
    ("Brazil hosts a large Lebanese diaspora. Paraguay does too.", "en"),
])
def test_no_contrast(text, lang):
    got = listed(text, lang)
    assert ("state:PRY", "group:hezbollah") not in got, got


def test_no_contrast_on_has_so_far():
    got = listed("Iraq has never designated Kataib Hezbollah a terrorist organisation. Prime Minister Mohammed Shia al-Sudani has "
                 "so far kept those factions out of Syria, she said.", "en")
    assert not any(o == "group:kataib-hezbollah" for (_, o) in got), got
