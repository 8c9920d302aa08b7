"""desig17: listings carried across sentences by a counted set ("The eight include X", "Ambos fueron designados", "...: X, Y
and Z"), comparisons and ellipses with coordinated subjects ("como hicieron A en 2019 y B", "as did A and B"), being the
first to list, standing listings in appositions and relative clauses, listings under a reporting verb or a signed decree,
listings of other kinds (FinCEN's primary money laundering concern, entry bans), and a listing welcomed by another."""

import pytest

from tests.extracting import listings, extract_text

PUB = "2025-06-12"


def listed(text: str, lang: str) -> dict[tuple[str, str], str]:
    return {pair: kind for pair, (kind, _) in listings(text, language=lang, published=PUB).items()}


# ---------------------------------------------------------------- (1) a counted set carried to the next sentence
@pytest.mark.parametrize("text,lang,pairs", [
    ("The State Department on Thursday designated eight cartels as foreign terrorist organizations. The eight include the "
     "Sinaloa Cartel, Tren de Aragua and MS-13.", "en",
     {("state:USA", "group:sinaloa-cartel"), ("state:USA", "group:tren-de-aragua"), ("state:USA", "group:ms-13")}),
    ("Canadá incluyó en su lista de entidades terroristas a siete cárteles. Los siete son el Cártel de Sinaloa, el Cártel "
     "del Golfo y La Nueva Familia Michoacana.", "es",
     {("state:CAN", "group:sinaloa-cartel"), ("state:CAN", "group:gulf-cartel"), ("state:CAN", "group:la-nueva-familia-michoacana")}),
    ("Britain added three organisations to its list of proscribed groups: the Russian Imperial Movement, The Base and Hamas.",
     "en", {("state:GBR", "group:hamas"), ("state:GBR", "group:the-base")}),
    ("Estados Unidos designó a ocho organizaciones como terroristas extranjeras: el Cártel de Sinaloa, el Cártel del Golfo "
     "y el Tren de Aragua.", "es", {("state:USA", "group:sinaloa-cartel"), ("state:USA", "group:tren-de-aragua")}),
    ("The United States sanctioned Hamas and Hezbollah. The two were also sanctioned by Britain.", "en",
     {("state:GBR", "group:hamas"), ("state:GBR", "group:hezbollah")}),
    ("El Departamento de Estado designó como terroristas al Cártel de Sinaloa y al Cártel del Golfo. Ambos cárteles fueron "
     "designados también por Canadá.", "es", {("state:CAN", "group:sinaloa-cartel"), ("state:CAN", "group:gulf-cartel")}),
    ("The United States sanctioned Hamas and Hezbollah on Monday.\n\nBoth were also sanctioned by Britain.", "en",
     {("state:GBR", "group:hamas"), ("state:GBR", "group:hezbollah")}),
    ("The Home Office laid an order on Monday. The order adds three organisations to Schedule 2 of the Terrorism Act: the "
     "Russian Imperial Movement, The Base and Hamas.", "en", {("state:GBR", "group:hamas"), ("state:GBR", "group:the-base")}),
    ("The Home Secretary laid the order in Parliament on Monday. The order adds the Russian Imperial Movement, The Base and "
     "Hamas to Schedule 2 of the Terrorism Act.", "en", {("state:GBR", "group:hamas"), ("state:GBR", "group:the-base")}),
])
def test_counted_set_carried(text, lang, pairs):
    assert pairs <= set(listed(text, lang))


@pytest.mark.parametrize("text,lang,pair,kind", [
    ("The State Department designated the Sinaloa Cartel and Tren de Aragua as foreign terrorist organizations. Both were "
     "also designated as specially designated global terrorists.", "en", ("state:USA", "group:tren-de-aragua"),
     "specially designated global terrorist"),
    ("Estados Unidos designó a ocho organizaciones como terroristas extranjeras: el Cártel de Sinaloa, el Cártel del Golfo "
     "y el Tren de Aragua. Las ocho quedan además inscritas como terroristas globales especialmente designados.", "es",
     ("state:USA", "group:gulf-cartel"), "specially designated global terrorist"),
    ("El Departamento de Estado designó el jueves al Cártel de Sinaloa y al Cártel del Golfo como organizaciones terroristas "
     "extranjeras.\n\nAmbos cárteles fueron designados además como terroristas globales especialmente designados.", "es",
     ("state:USA", "group:gulf-cartel"), "specially designated global terrorist"),
])
def test_set_listed_again_keeps_its_own_kind(text, lang, pair, kind):
    got = [c.props.get("designation") for c in extract_text(text, language=lang, published=PUB)
           if c.predicate == "DESIGNATED" and (c.subject, c.object) == pair]
    assert kind in got


@pytest.mark.parametrize("text,lang,absent", [
    ("Canada proposed adding three groups to its list. They are Tren de Aragua, MS-13 and the Sinaloa Cartel.", "en",
     ("state:CAN", "group:ms-13")),
    ("The State Department designated the Sinaloa Cartel and Tren de Aragua as terrorist organizations. Both groups could be "
     "designated by Canada too.", "en", ("state:CAN", "group:sinaloa-cartel")),
    ("Estados Unidos designó al Cártel de Sinaloa y al Tren de Aragua como organizaciones terroristas. Ambos podrían ser "
     "designados por Canadá.", "es", ("state:CAN", "group:tren-de-aragua")),
    ("El Departamento de Estado designó como terroristas al Cártel de Sinaloa y al Cártel del Golfo. Ambos cárteles fueron "
     "retirados de la lista por Canadá.", "es", ("state:CAN", "group:gulf-cartel")),
    ("The United States designated the Houthis a terrorist group. Both Hamas and Hezbollah were removed from the list in 2020.",
     "en", ("state:USA", "group:hamas")),
    ("Britain plans a new order. The order would add Hamas and The Base to the list of proscribed terrorist organisations.",
     "en", ("state:GBR", "group:hamas")),
])
def test_counted_set_not_listed(text, lang, absent):
    assert absent not in listed(text, lang)


# ---------------------------------------------------------------- (2) ellipsis and comparison with coordinated subjects
@pytest.mark.parametrize("text,lang,pairs", [
    ("Argentina incluyó a Hamás en su lista de organizaciones terroristas en 2024, como hicieron Paraguay en 2019 y Colombia.",
     "es", {("state:PRY", "group:hamas"), ("state:COL", "group:hamas")}),
    ("Uruguay descartó declarar organización terrorista a Hezbolá, como sí hicieron Argentina y Paraguay.", "es",
     {("state:ARG", "group:hezbollah"), ("state:PRY", "group:hezbollah")}),
    ("Argentina added Hamas to its terrorist list in 2024, as did Paraguay and Colombia.", "en",
     {("state:PRY", "group:hamas"), ("state:COL", "group:hamas")}),
    ("Canada listed the Houthis as a terrorist entity, as the United States did in January.", "en",
     {("state:USA", "group:houthis")}),
    ("Uruguay declined to designate Hezbollah a terrorist group, as Argentina and Paraguay have done.", "en",
     {("state:ARG", "group:hezbollah"), ("state:PRY", "group:hezbollah")}),
    ("Argentina declaró a Hezbolá organización terrorista en 2019. Ecuador, Paraguay y Colombia hicieron lo propio en los "
     "meses siguientes.", "es", {("state:ECU", "group:hezbollah"), ("state:COL", "group:hezbollah")}),
])
def test_ellipsis_with_coordinated_subjects(text, lang, pairs):
    assert pairs <= set(listed(text, lang))


@pytest.mark.parametrize("text,lang,absent", [
    ("Paraguay designated Hezbollah a terrorist organization in 2019, as Israel had urged Chile to do.", "en",
     ("state:ISR", "group:hezbollah")),
    ("Paraguay designó a Hezbolá organización terrorista, como pidió Israel.", "es", ("state:ISR", "group:hezbollah")),
    ("Uruguay descartó declarar organización terrorista a Hezbolá, como sí hicieron Argentina y Paraguay.", "es",
     ("state:URY", "group:hezbollah")),
    ("Paraguay designated Hezbollah a terrorist organization in 2019. Chile and Peru could do the same.", "en",
     ("state:CHL", "group:hezbollah")),
])
def test_ellipsis_not_an_act(text, lang, absent):
    assert absent not in listed(text, lang)


# ---------------------------------------------------------------- being the first to list
@pytest.mark.parametrize("text,lang,pairs", [
    ("Ecuador y Paraguay se convirtieron esta semana en los primeros países de América Latina en declarar organización "
     "terrorista al Cartel de los Soles.", "es",
     {("state:ECU", "group:cartel-de-los-soles"), ("state:PRY", "group:cartel-de-los-soles")}),
    ("Argentina fue el primer país de la región en incluir a Hamás en su lista de organizaciones terroristas.", "es",
     {("state:ARG", "group:hamas")}),
    ("Ecuador and Paraguay became the first countries in the region to designate the Cartel de los Soles a terrorist "
     "organization.", "en", {("state:ECU", "group:cartel-de-los-soles"), ("state:PRY", "group:cartel-de-los-soles")}),
    ("Argentina was the first Latin American country to add Hamas to its terrorist list.", "en", {("state:ARG", "group:hamas")}),
])
def test_first_to_list(text, lang, pairs):
    assert pairs <= set(listed(text, lang))


@pytest.mark.parametrize("text,lang", [
    ("Chile could become the first country to add Hamas to its terrorist list.", "en"),
    ("Chile podría convertirse en el primer país en declarar organización terrorista al Tren de Aragua.", "es"),
    ("Perú sería el primer país en declarar terrorista al Tren de Aragua.", "es"),
])
def test_first_to_list_hypothetical(text, lang):
    assert not listed(text, lang)


# ---------------------------------------------------------------- (3) standing list membership
@pytest.mark.parametrize("text,lang,pair", [
    ("The Houthis, a designated foreign terrorist organization since March, attacked ships in the Red Sea.", "en",
     ("state:USA", "group:houthis")),
    ("Hezbolá, que figura en la lista de organizaciones terroristas de Paraguay desde 2019, negó los cargos.", "es",
     ("state:PRY", "group:hezbollah")),
    ("Hamás, que integra la lista de organizaciones terroristas de la Unión Europea, rechazó el plan.", "es",
     ("group:eu", "group:hamas")),
    ("El Tren de Aragua, que desde febrero figura en la lista de organizaciones terroristas extranjeras de Estados Unidos, "
     "opera en Chile.", "es", ("state:USA", "group:tren-de-aragua")),
    ("Hezbollah, which has been on Paraguay's list of terrorist organizations since 2019, denied the charges.", "en",
     ("state:PRY", "group:hezbollah")),
    ("Hamas, which remains on the EU's terrorist list, rejected the plan.", "en", ("group:eu", "group:hamas")),
])
def test_standing_listing(text, lang, pair):
    assert pair in listed(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Hezbolá, que salió de la lista de organizaciones terroristas de Paraguay en 2020, negó los cargos.", "es"),
    ("Hezbollah, which was removed from Paraguay's list of terrorist organizations in 2020, denied the charges.", "en"),
])
def test_removed_from_list(text, lang):
    assert not listed(text, lang)


# ---------------------------------------------------------------- (4) a listing under a reporting verb or a signed decree
@pytest.mark.parametrize("text,lang,pairs", [
    ("El presidente ecuatoriano, Daniel Noboa, firmó el jueves un decreto ejecutivo que incluye a Los Choneros en la lista "
     "de organizaciones terroristas.", "es", {("state:ECU", "group:los-choneros")}),
    ("Javier Milei firmó un decreto que declara organización terrorista a Hamás.", "es", {("state:ARG", "group:hamas")}),
    ("President Daniel Noboa signed an executive decree on Thursday that adds Los Choneros to the list of terrorist groups.",
     "en", {("state:ECU", "group:los-choneros")}),
    ("Argentine President Javier Milei signed a decree that designates Hamas as a terrorist organization.", "en",
     {("state:ARG", "group:hamas")}),
    ("Los Choneros y Los Lobos, a los que Washington incluyó en su lista de organizaciones terroristas en septiembre, "
     "controlan el puerto.", "es", {("state:USA", "group:los-choneros"), ("state:USA", "group:los-lobos")}),
    ("El Tren de Aragua, al que Chile incluyó en su lista de organizaciones terroristas, opera en Santiago.", "es",
     {("state:CHL", "group:tren-de-aragua")}),
])
def test_listing_by_signer_or_relative(text, lang, pairs):
    got = listed(text, lang)
    assert pairs <= set(got)
    assert not any(o.startswith("official:") for _, o in got)  # the signer is never the listed


@pytest.mark.parametrize("text,lang", [
    ("Milei signed a decree that could designate Hamas a terrorist organization.", "en"),
    ("Milei firmó un decreto que propone incluir a Hamás en la lista de organizaciones terroristas.", "es"),
    ("President Noboa signed a decree that removes Los Lobos from the terrorist list.", "en"),
    ("Argentina anunció que podría incluir a Hamás en su lista de organizaciones terroristas.", "es"),
    ("Israel pidió que Chile incluyera a Hezbolá en su lista de organizaciones terroristas.", "es"),
])
def test_signed_or_reported_not_an_act(text, lang):
    assert not listed(text, lang)


# ---------------------------------------------------------------- (5) listings of other kinds
@pytest.mark.parametrize("text,lang,pair,kind", [
    ("FinCEN designated the Mexican bank CIBanco a primary money laundering concern on Wednesday.", "en",
     ("state:USA", "group:cibanco"), "primary money laundering concern"),
    ("The Treasury's FinCEN identified Huione Group as a primary money laundering concern.", "en",
     ("state:USA", "group:huione-group"), "primary money laundering concern"),
    ("Washington identificó a Huione Group como una institución de preocupación principal en materia de lavado de dinero.",
     "es", ("state:USA", "group:huione-group"), "primary money laundering concern"),
    ("Lithuania, Latvia and Estonia imposed entry bans earlier this month on Bidzina Ivanishvili and other Georgian officials.",
     "en", ("state:LVA", "official:bidzina-ivanishvili"), "entry ban"),
    ("The United States barred Colombian President Gustavo Petro from entering the country.", "en",
     ("state:USA", "official:gustavo-petro"), "entry ban"),
    ("Washington imposed an entry ban on former Argentine President Cristina Fernández de Kirchner.", "en",
     ("state:USA", "official:cristina-fernandez-de-kirchner"), "entry ban"),
    ("Estados Unidos prohibió la entrada al país a la expresidenta Cristina Fernández de Kirchner.", "es",
     ("state:USA", "official:cristina-fernandez-de-kirchner"), "entry ban"),
    ("Lituania, Letonia y Estonia impusieron la prohibición de entrada a Bidzina Ivanishvili.", "es",
     ("state:EST", "official:bidzina-ivanishvili"), "entry ban"),
])
def test_other_kinds(text, lang, pair, kind):
    assert listed(text, lang).get(pair) == kind


@pytest.mark.parametrize("text,lang", [
    ("FinCEN proposed identifying Huione Group as a primary money laundering concern.", "en"),
    ("The opposition urged Lithuania to impose an entry ban on Bidzina Ivanishvili.", "en"),
    ("Estados Unidos podría prohibir la entrada al país a Gustavo Petro.", "es"),
    ("Lithuania did not impose an entry ban on Bidzina Ivanishvili.", "en"),
])
def test_other_kinds_not_an_act(text, lang):
    assert not listed(text, lang)


# ---------------------------------------------------------------- a listing welcomed by another is not theirs
@pytest.mark.parametrize("text,lang,absent", [
    ("Ecuador saludó la designación estadounidense del Cartel de los Soles como organización terrorista.", "es",
     ("state:ECU", "group:cartel-de-los-soles")),
    ("El Gobierno de Ecuador celebró que Estados Unidos designara al Tren de Aragua como organización terrorista.", "es",
     ("state:ECU", "group:tren-de-aragua")),
    ("Argentina respaldó la inclusión del Cartel de los Soles en la lista de organizaciones terroristas de Estados Unidos.",
     "es", ("state:ARG", "group:cartel-de-los-soles")),
    ("Ecuador welcomed the U.S. decision to designate the Cartel de los Soles a terrorist organization.", "en",
     ("state:ECU", "group:cartel-de-los-soles")),
    ("Argentina praised Washington's designation of the Cartel de los Soles as a terrorist group.", "en",
     ("state:ARG", "group:cartel-de-los-soles")),
    ("Colombia applauded the listing of the Clan del Golfo as a terrorist organization.", "en",
     ("state:COL", "group:clan-del-golfo")),
])
def test_welcomed_listing_is_not_the_welcomers(text, lang, absent):
    assert absent not in listed(text, lang)


# ---------------------------------------------------------------- (4) a counted listing under the subject's reporting verb
@pytest.mark.parametrize("text,lang,pairs", [
    ("El Gobierno de Ecuador anunció que incorporó a siete organizaciones a su lista de grupos terroristas, entre ellas Los "
     "Choneros y Los Lobos.", "es", {("state:ECU", "group:los-choneros"), ("state:ECU", "group:los-lobos")}),
    ("Estados Unidos informó que había designado a seis cárteles como organizaciones terroristas, entre ellos el Cártel de "
     "Sinaloa y el Cártel del Golfo.", "es", {("state:USA", "group:sinaloa-cartel"), ("state:USA", "group:gulf-cartel")}),
    ("Canada said it had added seven organizations to its list of terrorist entities, including the Sinaloa Cartel and Tren "
     "de Aragua.", "en", {("state:CAN", "group:sinaloa-cartel"), ("state:CAN", "group:tren-de-aragua")}),
    ("The United States announced that it had designated six cartels as terrorist organizations, among them the Sinaloa "
     "Cartel.", "en", {("state:USA", "group:sinaloa-cartel")}),
    ("Hamás nació en 1987; la UE la incluyó en su lista de organizaciones terroristas en 2003.", "es", {("group:eu", "group:hamas")}),
    ("Los Choneros, whom Washington added to its list of terrorist organizations in September, control the port.", "en",
     {("state:USA", "group:los-choneros")}),
])
def test_reported_counted_listing(text, lang, pairs):
    assert pairs <= set(listed(text, lang))


@pytest.mark.parametrize("text,lang", [
    ("Ecuador anunció que podría incorporar a siete organizaciones a su lista de grupos terroristas, entre ellas Los Choneros.",
     "es"),
    ("Canada said it would add seven organizations to its list of terrorist entities, including the Sinaloa Cartel.", "en"),
])
def test_reported_counted_listing_planned(text, lang):
    assert not listed(text, lang)


# ---------------------------------------------------------------- a bare agentless passive of a set, an ellipsis opening a paragraph
@pytest.mark.parametrize("text,lang,pairs", [
    ("El Departamento de Estado designó el jueves al Cártel de Sinaloa y al Cártel del Golfo como organizaciones terroristas "
     "extranjeras. Ambos cárteles fueron designados en febrero.", "es",
     {("state:USA", "group:sinaloa-cartel"), ("state:USA", "group:gulf-cartel")}),
    ("The State Department designated the Sinaloa Cartel and Tren de Aragua as foreign terrorist organizations on Thursday. "
     "Both cartels were designated in February.", "en",
     {("state:USA", "group:sinaloa-cartel"), ("state:USA", "group:tren-de-aragua")}),
    ("Paraguay designated Hezbollah a terrorist organization in 2019.\n\nArgentina followed suit in 2021.", "en",
     {("state:ARG", "group:hezbollah")}),
    ("Paraguay declaró a Hezbolá organización terrorista en 2019.\n\nArgentina hizo lo propio en 2021.", "es",
     {("state:ARG", "group:hezbollah")}),
])
def test_bare_passive_and_paragraph_ellipsis(text, lang, pairs):
    assert pairs <= set(listed(text, lang))


@pytest.mark.parametrize("text,lang", [
    ("Gen. Ruiz and Gen. Pérez were designated in February as the new commanders.", "en"),
    ("Los generales Ruiz y Pérez fueron designados en febrero.", "es"),
    ("Israel urged Chile to list Hezbollah.\n\nChile followed suit in 2021.", "en"),
])
def test_bare_passive_not_a_listing(text, lang):
    assert not listed(text, lang)


# ---------------------------------------------------------------- a dated listing in apposition naming the list, a listing as a noun in a relative
@pytest.mark.parametrize("text,lang,pair", [
    ("Paraguay declaró terrorista a Hezbolá. Hamás, inscrita en la lista desde 2019, rechazó la medida.", "es",
     ("state:PRY", "group:hamas")),
    ("Argentina added the Quds Force to its terrorism registry on Wednesday. The Quds Force joins Hamas, added to the registry "
     "in July 2024, and the Cartel de los Soles, whose listing was approved in August 2025.", "en",
     ("state:ARG", "group:cartel-de-los-soles")),
])
def test_dated_apposition_and_whose_listing(text, lang, pair):
    assert pair in listed(text, lang)


@pytest.mark.parametrize("text,lang,absent", [
    ("Argentina incluyó a la Fuerza Quds en el RePET. Hamás, cuya inclusión fue pedida en 2024 por Israel, no figura.", "es",
     ("state:ARG", "group:hamas")),
    ("Argentina added the Quds Force to its terrorism registry. Hamas, whose listing was requested in 2024, is not on it.", "en",
     ("state:ARG", "group:hamas")),
    ("Argentina added the Quds Force to its terrorism registry. Hamas, removed from the registry in 2024, protested.", "en",
     ("state:ARG", "group:hamas")),
])
def test_requested_or_removed_not_listed(text, lang, absent):
    assert absent not in listed(text, lang)


# (from tests/test_negation15.py, where the whole sentence was to give no positive fact: the main clause is negated, but the
# subjects compared with "como sí hicieron" did list, as es.desig15.como_lo_hicieron reads "como lo hicieron")
@pytest.mark.parametrize("text,lang,negated,compared", [
    ("Perú no ha declarado terrorista a Hezbolá, como sí hicieron Argentina y Paraguay.", "es", ("state:PER", "group:hezbollah"),
     {("state:ARG", "group:hezbollah"), ("state:PRY", "group:hezbollah")}),
    ("Peru has not designated Hezbollah a terrorist group, as Argentina and Paraguay have.", "en",
     ("state:PER", "group:hezbollah"), {("state:ARG", "group:hezbollah"), ("state:PRY", "group:hezbollah")}),
])
def test_negated_main_clause_compared_subjects_listed(text, lang, negated, compared):
    got = set(listed(text, lang))
    assert negated not in got
    assert compared <= got


def test_compared_listing_dated_by_its_own_clause():
    got = {(c.subject, c.object): c.date for c in extract_text(
        "Colombia designated the ELN a terrorist organisation, as the United States did in 1997.", language="en",
        published="2026-02-10") if c.predicate == "DESIGNATED"}
    assert got == {("state:COL", "group:eln"): None, ("state:USA", "group:eln"): "1997"}
