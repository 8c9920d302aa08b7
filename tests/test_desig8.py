"""Designations found missing on the analysis sets in session 10 (desig8), in English and Spanish.
Every sentence is written for this file, with negatives: plans, requests, denials and hedges are
never positive acts."""

import pytest

from tests.extracting import extract_text


def _designations(text, language, published="2025-06-10"):
    return {(c.subject, c.object) for c in extract_text(text, language=language, published=published)
            if c.predicate == "DESIGNATED" and c.polarity == "positive" and c.modality.value in ("asserted", "reported")}


def _any_designation(text, language, published="2025-06-10"):
    return {(c.subject, c.object) for c in extract_text(text, language=language, published=published)
            if c.predicate == "DESIGNATED" and c.polarity == "positive"
            and c.modality.value in ("asserted", "reported")}


# -- a state's court acts for the state: "a Nigerian court proscribed ...", "un tribunal nigeriano ..." -------

@pytest.mark.parametrize("text,language,want", [
    ("A Nigerian court proscribed IPOB as a terrorist organisation in 2017.", "en", ("state:NGA", "group:ipob")),
    ("In 2008 an Indonesian court declared Jemaah Islamiyah a banned organisation.", "en",
     ("state:IDN", "group:jemaah-islamiyah")),
    ("IPOB was proscribed as a terrorist group by a Nigerian federal court in September 2017.", "en",
     ("state:NGA", "group:ipob")),
    ("The Salvadoran courts have declared MS-13 a terrorist organization.", "en", ("state:SLV", "group:ms-13")),
    ("Un tribunal nigeriano proscribió al IPOB como organización terrorista en 2017.", "es", ("state:NGA", "group:ipob")),
    ("En 2015 la justicia salvadoreña declaró a la MS-13 grupo terrorista.", "es", ("state:SLV", "group:ms-13")),
])
def test_court_of_a_state_designates(text, language, want):
    assert want in _designations(text, language)


@pytest.mark.parametrize("text,language", [
    ("A Nigerian court rejected a request to proscribe IPOB as a terrorist organisation.", "en"),
    ("A Nigerian court has not proscribed IPOB.", "en"),
    ("Lawyers asked a Nigerian court to declare IPOB a terrorist organisation.", "en"),
    ("A Nigerian court may proscribe IPOB as a terrorist organisation next month.", "en"),
    ("Un tribunal nigeriano rechazó declarar al IPOB organización terrorista.", "es"),
    ("La fiscalía pidió a un tribunal nigeriano declarar al IPOB organización terrorista.", "es"),
])
def test_court_of_a_state_not_an_act(text, language):
    assert ("state:NGA", "group:ipob") not in _designations(text, language)


# -- a scare quote's closing mark opens no quotation: the narrator's next sentence is his, not a speaker's ----

@pytest.mark.parametrize("text,language", [
    ('The spokesman dismissed the report as "propaganda". Nigeria proscribed IPOB as a terrorist organisation in 2017.\n\n'
     '"We will never stop fighting for our people," said Emma Powerful, the group\'s spokesman.', "en"),
    ('El portavoz calificó el informe de "propaganda". Nigeria proscribió al IPOB como organización terrorista en 2017.\n\n'
     '"Nunca dejaremos de luchar por nuestro pueblo", dijo Emma Powerful, portavoz del grupo.', "es"),
])
def test_scare_quote_does_not_attribute_the_next_sentence(text, language):
    claims = [c for c in extract_text(text, language=language, published="2025-06-10") if c.predicate == "DESIGNATED"]
    assert [(c.subject, c.object, c.modality.value, c.attributed_to) for c in claims] == \
        [("state:NGA", "group:ipob", "asserted", None)]


# -- listings that are not terrorist ones: a narcotics trafficker (Kingpin Act), a transnational criminal
# organisation ------------------------------------------------------------------------------------------

def _kinds(text, language, published="2025-06-10"):
    return {(c.subject, c.object, c.props.get("designation")) for c in extract_text(text, language=language, published=published)
            if c.predicate == "DESIGNATED" and c.polarity == "positive" and c.modality.value in ("asserted", "reported")}


NT, TCO = "narcotics trafficker", "transnational criminal organization"


@pytest.mark.parametrize("text,language,want", [
    ("The U.S. Treasury designated Tareck El Aissami as a specially designated narcotics trafficker in 2017.", "en",
     ("state:USA", "official:tareck-el-aissami", NT)),
    ("In 2008 the United States named Ismael Zambada a significant foreign narcotics trafficker.", "en",
     ("state:USA", "official:ismael-zambada", NT)),
    ("Tareck El Aissami was designated a narcotics trafficker by the U.S. Treasury in February 2017.", "en",
     ("state:USA", "official:tareck-el-aissami", NT)),
    ("The United States designated the Wagner Group a transnational criminal organization in January 2023.", "en",
     ("state:USA", "group:wagner-group", TCO)),
    ("Washington has listed the Tren de Aragua as a transnational criminal organisation since 2024.", "en",
     ("state:USA", "group:tren-de-aragua", TCO)),
    ("El Departamento del Tesoro de Estados Unidos designó a Tareck El Aissami como narcotraficante en 2017.", "es",
     ("state:USA", "official:tareck-el-aissami", NT)),
    ("Tareck El Aissami fue designado narcotraficante por el Departamento del Tesoro en 2017.", "es",
     ("state:USA", "official:tareck-el-aissami", NT)),
    ("Estados Unidos declaró al Grupo Wagner organización criminal transnacional en enero de 2023.", "es",
     ("state:USA", "group:wagner-group", TCO)),
    ("En 2023 Estados Unidos designó al Grupo Wagner como organización criminal transnacional.", "es",
     ("state:USA", "group:wagner-group", TCO)),
    ("Tareck El Aissami, the former minister whom the United States designated a narcotics trafficker in 2017, fled.",
     "en", ("state:USA", "official:tareck-el-aissami", NT)),
    ("The Wagner Group, which Washington designated as a transnational criminal organization in 2023, denied it.", "en",
     ("state:USA", "group:wagner-group", TCO)),
    ("Tareck El Aissami, por cuya captura se ofrece una recompensa, fue designado narcotraficante por Estados Unidos en "
     "2017.", "es", ("state:USA", "official:tareck-el-aissami", NT)),
])
def test_other_listing_kinds(text, language, want):
    assert want in _kinds(text, language)


@pytest.mark.parametrize("text,language", [
    ("Senators urged the Treasury to designate Tareck El Aissami a narcotics trafficker.", "en"),
    ("The United States has not designated the Wagner Group a transnational criminal organization.", "en"),
    ("The United States could designate the Wagner Group a transnational criminal organization next year.", "en"),
    ("The United States rejected calls to list the Wagner Group as a transnational criminal organization.", "en"),
    ("Legisladores pidieron al Tesoro designar a Tareck El Aissami como narcotraficante.", "es"),
    ("Estados Unidos no ha designado al Grupo Wagner como organización criminal transnacional.", "es"),
    ("Estados Unidos descartó declarar al Grupo Wagner organización criminal transnacional.", "es"),
    ("Tareck El Aissami, whom the United States called a narcotics trafficker in a 2017 indictment, fled.", "en"),
    ("The Wagner Group, which Washington may list as a transnational criminal organization, denied it.", "en"),
])
def test_other_listing_kinds_not_an_act(text, language):
    assert not {k for _, _, k in _kinds(text, language)} & {NT, TCO}


# -- a passive listing on a body's sanctions list: "was added to the UN Security Council's sanctions list" ----

@pytest.mark.parametrize("text,language,want", [
    ("Jemaah Islamiyah was added to the UN Security Council's al-Qaida sanctions list in October 2002.", "en",
     ("group:un-security-council", "group:jemaah-islamiyah")),
    ("Hamas has been placed on the European Union's sanctions list.", "en", ("group:eu", "group:hamas")),
    ("In 2019 Hezbollah was put on the United Kingdom's financial sanctions list.", "en", ("state:GBR", "group:hezbollah")),
    ("Jemaah Islamiyah fue incluida en la lista de sanciones del Consejo de Seguridad de la ONU en octubre de 2002.", "es",
     ("group:un-security-council", "group:jemaah-islamiyah")),
    ("Hamás fue añadido en 2003 a la lista de sanciones de la Unión Europea.", "es", ("group:eu", "group:hamas")),
    ("El Tren de Aragua ha sido incorporado a la lista de sanciones contra el terrorismo de la Unión Europea.", "es",
     ("group:eu", "group:tren-de-aragua")),
])
def test_passive_sanctions_list_of_a_body(text, language, want):
    assert want in _designations(text, language)


@pytest.mark.parametrize("text,language", [
    ("Hamas was not added to the European Union's sanctions list.", "en"),
    ("Hamas could be added to the European Union's sanctions list next year.", "en"),
    ("Israel asked that Hamas be added to the European Union's sanctions list.", "en"),
    ("Hamás no fue incluido en la lista de sanciones de la Unión Europea.", "es"),
    ("Israel pidió que Hamás sea incluido en la lista de sanciones de la Unión Europea.", "es"),
    ("Hamás podría ser incluido en la lista de sanciones de la Unión Europea.", "es"),
])
def test_passive_sanctions_list_not_an_act(text, language):
    assert ("group:eu", "group:hamas") not in _designations(text, language)


# -- SEVERED_TIES by ellipsis: "took the same step with", "hizo lo mismo con" after a severing -------------------

def _severed(text, language, published="2025-06-10"):
    return {(c.subject, c.object) for c in extract_text(text, language=language, published=published)
            if c.predicate == "SEVERED_TIES" and c.polarity == "positive" and c.modality.value in ("asserted", "reported")}


@pytest.mark.parametrize("text,language,want", [
    ("Venezuela broke off relations with Panama in July. It took the same step with Argentina, Chile and Peru.", "en",
     {("state:VEN", "state:ARG"), ("state:VEN", "state:CHL"), ("state:VEN", "state:PER")}),
    ("Nicaragua severed ties with Taiwan in 2021. A year later Managua did the same with the Netherlands.", "en",
     {("state:NIC", "state:NLD")}),
    ("Bolivia cut diplomatic ties with Israel in 2023 and later did the same with Argentina.", "en",
     {("state:BOL", "state:ARG")}),
    ("Venezuela rompió relaciones con Panamá en julio. Caracas tomó entonces la misma medida con Argentina y Uruguay.",
     "es", {("state:VEN", "state:ARG"), ("state:VEN", "state:URY")}),
    ("Nicaragua rompió relaciones con Taiwán en 2021. Un año después hizo lo mismo con los Países Bajos.", "es",
     {("state:NIC", "state:NLD")}),
    ("Bolivia rompió relaciones con Israel en 2023 e hizo lo mismo con Argentina meses después.", "es",
     {("state:BOL", "state:ARG")}),
])
def test_severed_by_ellipsis(text, language, want):
    assert want <= _severed(text, language)


def test_severed_by_ellipsis_keeps_the_date_of_then():
    claims = [c for c in extract_text("Venezuela rompió relaciones con Panamá en julio de 2024. Caracas tomó entonces la "
                                      "misma medida con Argentina.", language="es", published="2025-04-24")
              if c.predicate == "SEVERED_TIES" and c.object == "state:ARG"]
    assert [c.date for c in claims] == ["2024-07"]


@pytest.mark.parametrize("text,language", [
    # no severing before: the ellipsis repeats another act
    ("Venezuela signed an energy deal with Panama in July. It did the same with Argentina.", "en"),
    ("Venezuela firmó un acuerdo energético con Panamá en julio. Caracas hizo lo mismo con Argentina.", "es"),
    # a request, a hedge or a denial of the repeat
    ("Venezuela broke off relations with Panama. The opposition urged Chile to do the same with Argentina.", "en"),
    ("Venezuela broke off relations with Panama. It may do the same with Argentina.", "en"),
    ("Venezuela rompió relaciones con Panamá. Caracas no tomó la misma medida con Argentina.", "es"),
    ("Venezuela rompió relaciones con Panamá. La oposición pidió hacer lo mismo con Argentina.", "es"),
])
def test_severed_by_ellipsis_not_an_act(text, language):
    assert not {o for _, o in _severed(text, language)} & {"state:ARG"}


# -- a listing named as a noun: "X's inclusion on the EU terrorist list", "la inclusión de X en la lista ..." -----

@pytest.mark.parametrize("text,language,want", [
    ("Hezbollah's inclusion on the EU terrorist list in 2013 was contested by Lebanon.", "en", ("group:eu", "group:hezbollah")),
    ("The inclusion of Hamas on the European Union's list of terrorist organisations dates from 2003.", "en",
     ("group:eu", "group:hamas")),
    ("Since the listing of the Tren de Aragua on the United States terrorism blacklist, arrests have doubled.", "en",
     ("state:USA", "group:tren-de-aragua")),
    ("La inclusión de Hezbolá en la lista de organizaciones terroristas de la Unión Europea en 2013 fue polémica.", "es",
     ("group:eu", "group:hezbollah")),
    ("Tras la incorporación del Tren de Aragua a la lista terrorista de Estados Unidos, las detenciones aumentaron.", "es",
     ("state:USA", "group:tren-de-aragua")),
])
def test_listing_named_as_a_noun(text, language, want):
    assert want in _designations(text, language)


@pytest.mark.parametrize("text,language", [
    ("Israel pushed for Hezbollah's inclusion on the EU terrorist list.", "en"),
    ("Lebanon opposed the inclusion of Hezbollah on the EU terrorist list.", "en"),
    ("Hezbollah's possible inclusion on the EU terrorist list worries Beirut.", "en"),
    ("Israel pidió la inclusión de Hezbolá en la lista de organizaciones terroristas de la Unión Europea.", "es"),
    ("El Líbano rechaza la eventual inclusión de Hezbolá en la lista terrorista de la Unión Europea.", "es"),
])
def test_listing_named_as_a_noun_not_an_act(text, language):
    assert ("group:eu", "group:hezbollah") not in _designations(text, language)


# -- on a terrorist list named by its adjective, with a time phrase before it: "figura desde 2002 en la lista terrorista" --

@pytest.mark.parametrize("text,want", [
    ("El FPLP figura desde 2002 en la lista terrorista de la UE.", ("group:eu", "group:pflp")),
    ("Hamás sigue todavía en la lista de organizaciones terroristas de la Unión Europea.", ("group:eu", "group:hamas")),
    ("Hezbolá ha figurado en la lista antiterrorista de Estados Unidos desde 1997.", ("state:USA", "group:hezbollah")),
    ("Hamás, creado en 1987 durante la primera intifada, figura en la lista terrorista de la Unión Europea.",
     ("group:eu", "group:hamas")),
])
def test_on_terrorist_list_by_its_adjective(text, want):
    assert want in _designations(text, "es")


@pytest.mark.parametrize("text", [
    "El FPLP no figura en la lista terrorista de la UE.",
    "El FPLP nunca ha figurado en la lista terrorista de la UE.",
    "Israel pide que el FPLP figure en la lista terrorista de la UE.",
    "El FPLP podría figurar en la lista terrorista de la UE.",
    "El FPLP, según Israel, debería figurar en la lista terrorista de la UE.",
])
def test_on_terrorist_list_by_its_adjective_not_an_act(text):
    assert ("group:eu", "group:pflp") not in _designations(text, "es")


def test_on_terrorist_list_date_is_not_the_asides():
    claims = [c for c in extract_text("El FPLP, fundado en 1967 por George Habash, figura desde 2002 en la lista terrorista "
                                      "de la UE.", language="es", published="2025-06-10") if c.predicate == "DESIGNATED"]
    assert [(c.subject, c.object, c.date) for c in claims] == [("group:eu", "group:pflp", "2002")]


# -- an asset freeze is a sanctions listing ---------------------------------------------------------------------

@pytest.mark.parametrize("text,language,want", [
    ("The European Union froze the assets of Hamas in 2003.", "en", ("group:eu", "group:hamas")),
    ("Britain froze Hezbollah's financial assets in 2019.", "en", ("state:GBR", "group:hezbollah")),
    ("Japan imposed asset freezes on the Lazarus Group on Wednesday.", "en", ("state:JPN", "group:lazarus-group")),
    ("La Unión Europea congeló los activos de Hamás en 2003.", "es", ("group:eu", "group:hamas")),
    ("En 2019 el Reino Unido congeló todos los fondos pertenecientes a Hezbolá.", "es", ("state:GBR", "group:hezbollah")),
])
def test_asset_freeze(text, language, want):
    assert want in _designations(text, language)


@pytest.mark.parametrize("text,language", [
    ("The European Union unfroze the assets of Hamas in 2003.", "en"),
    ("The European Union did not freeze the assets of Hamas.", "en"),
    ("Israel urged the European Union to freeze the assets of Hamas.", "en"),
    ("The European Union lifted the freeze on the assets of Hamas.", "en"),
    ("La Unión Europea descongeló los activos de Hamás.", "es"),
    ("La Unión Europea no congeló los activos de Hamás.", "es"),
    ("Israel pidió a la Unión Europea congelar los activos de Hamás.", "es"),
])
def test_asset_freeze_not_an_act(text, language):
    assert ("group:eu", "group:hamas") not in _designations(text, language)
