"""Designation families found missing on blind16/17 in session 13 (desig13), in English and Spanish: a listing of a
counted set whose members are named after it ("sanctioned five individuals and two entities, including X",
"incorporó a siete organizaciones ..., entre ellas X"); the class before its object with an acronym in parentheses
("designó como «organizaciones terroristas extranjeras» (FTO) a seis carteles y a dos bandas, el X y la Y"); the
designation in quotation marks; a standing regime told as "subject to / sujeto a / objeto de sanciones de X"; the
listed actor's apposition before a sanctions list; a listing under a sanctions regime (not a terrorist one); the
measures of a sanction named in its stead (asset freeze, travel ban, restrictive measures); the list after a
designation with an apposition ("La lista, publicada por ..., incluye a X"); a labelled bullet holding a finished
statement ("- The West: the United States sanctioned X in 2017."). Every sentence is written for this file, with
negatives: planned, hypothetical, negated or advised acts are never listings."""

import pytest

from tests.extracting import extract_text


def _dated(text, language, published="2025-06-10"):
    return {(c.subject, c.object, c.date, c.props.get("designation"))
            for c in extract_text(text, language=language, published=published)
            if c.predicate == "DESIGNATED" and c.polarity == "positive" and c.modality in ("asserted", "reported")}


def _pairs(text, language, published="2025-06-10"):
    return {(s, o) for s, o, _, _ in _dated(text, language, published)}


@pytest.mark.parametrize("text,language,want", [
    ("The Treasury Department sanctioned five individuals and two entities on Tuesday, including Hezbollah and Hamas.", "en",
     {("state:USA", "group:hezbollah"), ("state:USA", "group:hamas")}),
    ("The EU added 12 people and three companies to its sanctions list, among them the Wagner Group and Yevgeny Prigozhin.",
     "en", {("group:eu", "group:wagner-group"), ("group:eu", "official:yevgeny-prigozhin")}),
    ("The United States designated eight cartels and gangs as foreign terrorist organisations, including the Sinaloa "
     "Cartel and Tren de Aragua.", "en", {("state:USA", "group:sinaloa-cartel"), ("state:USA", "group:tren-de-aragua")}),
    ("Canadá había incorporado a siete organizaciones criminales transnacionales a su lista de entidades terroristas del "
     "Código Penal, entre ellas el Cartel de Sinaloa, el CJNG y el Tren de Aragua.", "es",
     {("state:CAN", "group:sinaloa-cartel"), ("state:CAN", "group:cjng"), ("state:CAN", "group:tren-de-aragua")}),
    ("El Tesoro de Estados Unidos sancionó el martes a cinco personas y dos entidades, entre ellas Hezbolá y Hamás.", "es",
     {("state:USA", "group:hezbollah"), ("state:USA", "group:hamas")}),
    ("Ecuador declaró grupos terroristas a 22 bandas, entre ellas Los Choneros y Los Lobos.", "es",
     {("state:ECU", "group:los-choneros"), ("state:ECU", "group:los-lobos")}),
    ("Estados Unidos designó como «organizaciones terroristas extranjeras» (FTO, por sus siglas en inglés) a seis carteles "
     "mexicanos y a dos bandas de origen latinoamericano, el Tren de Aragua y la Mara Salvatrucha (MS-13).", "es",
     {("state:USA", "group:tren-de-aragua"), ("state:USA", "group:ms-13")}),
])
def test_counted_set_and_its_members(text, language, want):
    assert want <= _pairs(text, language)


@pytest.mark.parametrize("text,language,want", [
    ("Myanmar's junta declared the National Unity Government and the People's Defence Force \"terrorist organisations\" "
     "in May 2021.", "en", ("state:MMR", "group:pdf-myanmar", "2021-05", "terrorist organization")),
    ("The Kremlin designated the Hizb ut-Tahrir a “terrorist organization” in 2003.", "en",
     ("state:RUS", "group:hizb-ut-tahrir", "2003", "terrorist organization")),
    ("El Gobierno de Ecuador declaró a Los Choneros y Los Lobos «grupos terroristas» en enero de 2024.", "es",
     ("state:ECU", "group:los-lobos", "2024-01", "terrorist organization")),
    ("The Wagner Group has been subject to UK sanctions since March 2022.", "en",
     ("state:GBR", "group:wagner-group", "2022-03", "sanctions")),
    ("Hezbolá está sujeto a sanciones de Estados Unidos desde 1997.", "es", ("state:USA", "group:hezbollah", "1997", "sanctions")),
    ("El Tren de Aragua y la MS-13 habían sido objeto de sanciones del Departamento del Tesoro en 2021.", "es",
     ("state:USA", "group:ms-13", "2021", "sanctions")),
    ("OFAC added James Kabarebe, Rwanda's minister of state for regional integration, to its Specially Designated "
     "Nationals list in February 2025.", "en", ("state:USA", "official:james-kabarebe", "2025-02", "sanctions")),
    ("The EU listed the Wagner Group under its global human rights sanctions regime in December 2021.", "en",
     ("group:eu", "group:wagner-group", "2021-12", "sanctions")),
    ("The United Kingdom imposed an asset freeze and travel ban on Yevgeny Prigozhin and the Wagner Group in April 2024.",
     "en", ("state:GBR", "group:wagner-group", "2024-04", "sanctions")),
    ("The EU adopted restrictive measures against Delcy Rodríguez in 2018.", "en",
     ("group:eu", "official:delcy-rodriguez", "2018", "sanctions")),
    ("El Reino Unido impuso la congelación de bienes y la prohibición de viajar a Yevgeny Prigozhin en abril de 2024.", "es",
     ("state:GBR", "official:yevgeny-prigozhin", "2024-04", "sanctions")),
    ("La Unión Europea adoptó en 2018 medidas restrictivas contra Delcy Rodríguez.", "es",
     ("group:eu", "official:delcy-rodriguez", "2018", "sanctions")),
])
def test_quoted_class_standing_regime_and_measures(text, language, want):
    assert want in _dated(text, language)


def test_a_listing_under_a_sanctions_regime_is_no_terrorist_one():
    got = _dated("The EU listed the Wagner Group under its global human rights sanctions regime in December 2021.", "en")
    assert not any(d == "terrorist organization" for _, _, _, d in got)


@pytest.mark.parametrize("text,language,want", [
    ("Ecuador labelled 22 gangs terrorist organisations on Tuesday. The list, published in the official gazette, "
     "included Los Choneros and Los Lobos.", "en", ("state:ECU", "group:los-lobos")),
    ("Estados Unidos designó a ocho carteles como organizaciones terroristas extranjeras. La lista, publicada en el "
     "Registro Federal, incluye al Cartel de Sinaloa y al Cártel del Golfo.", "es", ("state:USA", "group:gulf-cartel")),
])
def test_the_list_with_an_apposition(text, language, want):
    assert want in _pairs(text, language)


def test_labelled_bullet_statement_is_read():
    text = ("Milorad Dodik, president of Republika Srpska, was convicted in February.\n\n"
            "- Russia: Vladimir Putin received Dodik in Moscow on 1 April.\n"
            "- The West: the United States first sanctioned Dodik in January 2017.\n")
    assert ("state:USA", "official:milorad-dodik", "2017-01", "sanctions") in _dated(text, "en")


@pytest.mark.parametrize("text,language", [
    ("Hezbollah is a Lebanese group.\n\n- Sanctions: Washington should sanction Hezbollah's financiers.\n"
     "- Exposure: avoid firms sanctioned by the United States.\n", "en"),
    ("Canada will add five groups to its list of terrorist entities next month, including Tren de Aragua, if parliament "
     "agrees.", "en"),
    ("The EU could impose sanctions on 12 people, including Yevgeny Prigozhin.", "en"),
    ("The UK could impose a travel ban on Yevgeny Prigozhin.", "en"),
    ("Washington is considering sanctions on three companies, including the Wagner Group.", "en"),
    ("Canadá podría incorporar a siete organizaciones a su lista de entidades terroristas, entre ellas el Cartel de Sinaloa.", "es"),
    ("Canadá no ha incorporado a siete organizaciones a su lista de entidades terroristas, entre ellas el Cartel de Sinaloa.", "es"),
    ("The Wagner Group is no longer subject to UK sanctions.", "en"),
])
def test_planned_hypothetical_negated_or_advised_are_not_listings(text, language):
    assert not _dated(text, language)


@pytest.mark.parametrize("text,language,want", [
    ("The US Treasury sanctioned three Iran-backed groups as Specially Designated Global Terrorists on Tuesday, including "
     "Hamas and the Houthis.", "en", ("state:USA", "group:houthis", "specially designated global terrorist")),
    ("El Tesoro de Estados Unidos sancionó a tres grupos como terroristas globales especialmente designados, entre "
     "ellos Hamás y los hutíes.", "es", ("state:USA", "group:houthis", "specially designated global terrorist")),
])
def test_a_counted_sanctions_listing_keeps_the_class_it_names(text, language, want):
    assert want in {(s, o, d) for s, o, _, d in _dated(text, language)}


def test_a_topic_label_is_no_actor_label():
    text = ("Hezbollah is a Lebanese group.\n\n- Intelligence sharing: Mexico signed a memorandum with Ecuador on security.\n"
            "- Terror financing: the United States sanctioned Hezbollah in 1997.\n")
    assert not _dated(text, "en")
