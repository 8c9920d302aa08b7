"""Session 12 ties and supplies (rules/en_ties.yaml (en.ties10.), es_ties.yaml (es.ties10.), extract._forces_to_state):
a tie told as a description someone gives, allegiance, sanctions whose reason is a tie or a supply,
goods delivered to a state's own forces, and the readings that are no tie (money paid to a state,
a group directed by its leader, the source of a report, a fact check's claim under review)."""

import pytest

from tests.extracting import extract_text, positive_pairs, tied, ties_and_supplies

PUB = "2025-06-01"


ties, supplies = ties_and_supplies(PUB)


# ------------------------------------------------------------------ supplies to a state's forces
@pytest.mark.parametrize("text,lang,supplier,state", [
    ("Estados Unidos entregó a las Fuerzas Armadas ecuatorianas, el año pasado, lanchas interceptoras.", "es", "state:USA", "state:ECU"),
    ("España entregó en 2025 a la Gendarmería Nacional mauritana 40 vehículos todoterreno.", "es", "state:ESP", "state:MRT"),
    ("Rusia donó fusiles y blindados al Ejército de Bolivia en 2019.", "es", "state:RUS", "state:BOL"),
    ("New Delhi delivered two Dornier 228 maritime patrol aircraft to Guyana's Defence Force.", "en", "state:IND", "state:GUY"),
    ("China has given the Royal Solomon Islands Police Force water-cannon trucks and motorbikes.", "en", "state:CHN", "state:SLB"),
    ("Iran supplied the Bolivarian Armed Forces with Mohajer-6 drones.", "en", "state:IRN", "state:VEN"),
])
def test_goods_to_a_state_force_go_to_the_state(text, lang, supplier, state):
    got = supplies(text, lang)
    assert (supplier, state) in got
    assert not any(o.startswith("group:") for _, o in got)


def test_the_force_named_after_its_state_is_no_extra_fact_when_only_supplied():
    claims = extract_text("Estados Unidos entregó a las Fuerzas Armadas ecuatorianas lanchas interceptoras.",
                          language="es", published=PUB)
    assert not [c for c in claims if c.predicate == "PART_OF"]


@pytest.mark.parametrize("text,obj", [
    ("Moscow has shipped air-defence systems and armoured vehicles to the Libyan National Army.", "group:libyan-national-army"),
    ("Russia has delivered drones to the IRGC.", "group:irgc"),
])
def test_a_non_state_or_named_force_keeps_its_name(text, obj):
    assert any(o == obj for _, o in supplies(text, "en"))


# ------------------------------------------------------------------ a description someone gives
@pytest.mark.parametrize("text,a,b,not_tied", [
    ("The State Department described Hamas as a front and proxy for Iran, and said it had amended the listing.",
     "group:hamas", "state:IRN", "group:us-state-department"),
    ("Analysts call the Wagner Group a Kremlin proxy.", "group:wagner-group", "state:RUS", None),
    ("Hezbollah, which Israeli officials describe as an extension of the IRGC, denied it.", "group:hezbollah", "group:irgc", None),
    ("The report calls al-Shabaab the Houthis' closest partner in the Horn of Africa.", "group:al-shabaab", "group:houthis", None),
])
def test_described_as_a_role_en(text, a, b, not_tied):
    got = ties(text, "en")
    assert tied(got, a, b)
    if not_tied:
        assert not any(not_tied in p for p in got)


@pytest.mark.parametrize("text,a,b,describer", [
    ("El atentado fue ejecutado por Hezbolá, a la que el juez describe como \"brazo operativo\" de la Guardia Revolucionaria.",
     "group:hezbollah", "group:irgc", None),
    ("El Departamento de Estado considera a Hamás una fachada de Irán.", "group:hamas", "state:IRN", None),
    ("Washington describió a los hutíes como un instrumento de Irán en el mar Rojo.", "group:houthis", "state:IRN", "state:USA"),
])
def test_described_as_a_role_es(text, a, b, describer):
    got = ties(text, "es")
    assert tied(got, a, b)
    if describer:
        assert not any(describer in p for p in got)


def test_whom_someone_considers_a_financier_ties_the_person_not_the_describer():
    text = "Assad Ahmad Barakat, a quien Estados Unidos considera un financista de Hezbolá, sigue libre."
    assert not tied(ties(text, "es"), "state:USA", "group:hezbollah")


# ------------------------------------------------------------------ allegiance
@pytest.mark.parametrize("text,lang,a,b", [
    ("Boko Haram pledged allegiance to the Islamic State in 2015.", "en", "group:boko-haram", "group:isis"),
    ("Al-Shabaab, which swore loyalty to al-Qaeda in 2012, still controls much of the south.", "en", "group:al-shabaab", "group:al-qaeda"),
    ("Boko Haram juró lealtad al Estado Islámico en 2015.", "es", "group:boko-haram", "group:isis"),
    ("Al Shabab, que prometió fidelidad a Al Qaeda, controla el sur.", "es", "group:al-shabaab", "group:al-qaeda"),
])
def test_allegiance_is_a_tie(text, lang, a, b):
    assert tied(ties(text, lang), a, b)


# ------------------------------------------------------------------ the reason of a sanction
@pytest.mark.parametrize("text,lang", [
    ("The EU sanctioned Qods Aviation Industries in 2022 for supplying drones to Russia.", "en"),
    ("Qods Aviation Industries, which the EU sanctioned in 2022 for selling drones to Russia, denied it.", "en"),
    ("La Unión Europea sancionó a Qods Aviation Industries en 2022 por suministrar drones a Rusia.", "es"),
    ("El socio es Qods Aviation Industries, el fabricante iraní, al que la Unión Europea sancionó en 2022 por suministrar drones a Rusia.", "es"),
])
def test_sanctioned_for_supplying_the_sanctioned_supplied(text, lang):
    got = supplies(text, lang)
    assert ("group:qods-aviation-industries", "state:RUS") in got
    assert ("group:eu", "state:RUS") not in got


@pytest.mark.parametrize("text,lang,a,b", [
    ("The Treasury sanctioned Hezbollah in 2019 for supporting Hamas.", "en", "group:hezbollah", "group:hamas"),
    ("El Tesoro sancionó a Hezbolá por financiar a Hamás.", "es", "group:hezbollah", "group:hamas"),
])
def test_sanctioned_for_backing_is_a_tie(text, lang, a, b):
    assert tied(ties(text, lang), a, b)


# ------------------------------------------------------------------ acts done on a group's behalf
def test_accused_of_acting_on_behalf():
    text = "The Treasury named Qods Aviation Industries, which it accuses of moving Iranian oil on behalf of the Houthis."
    assert tied(ties(text, "en"), "group:qods-aviation-industries", "group:houthis")


def test_carried_out_on_behalf_es():
    text = "Irán fue responsable del ataque y Hezbolá lo llevó a cabo por encargo de Teherán."
    assert tied(ties(text, "es"), "group:hezbollah", "state:IRN")


# ------------------------------------------------------------------ no tie
@pytest.mark.parametrize("text,lang,a,b", [
    ("Pashinyan has said Armenia paid Russia for weapons that were never delivered.", "en", "state:ARM", "state:RUS"),
    ("Australia pays for Nauru's banking and budget support.", "en", "state:AUS", "state:NRU"),
    ("Armenia pagó a Rusia por armas que nunca llegaron.", "es", "state:ARM", "state:RUS"),
    ("The UAE has cut diplomatic ties with Israel.", "en", "state:ARE", "state:ISR"),
])
def test_a_purchase_or_a_rupture_is_no_tie(text, lang, a, b):
    assert not tied(ties(text, lang), a, b)


def test_money_paid_to_a_group_is_a_tie():
    assert tied(ties("Iran paid Hezbollah fighters millions of dollars.", "en"), "state:IRN", "group:hezbollah")
    assert tied(ties("Irán pagó a Hezbolá millones de dólares.", "es"), "state:IRN", "group:hezbollah")


def test_a_group_directed_by_its_leader_is_no_tie():
    text = ("El jefe de las Fuerzas de Apoyo Rápido, Mohamed Hamdan Dagalo, viajó a Nairobi. "
            "Las FAR, dirigidas por Mohamed Hamdan Dagalo, controlan casi todo Darfur.")
    assert not any("official:mohamed-hamdan-dagalo" in p for p in ties(text, "es"))


def test_the_source_of_a_report_is_not_its_subject():
    text = "El Africa Corps, que según diversos informes de Naciones Unidas combate junto al Ejército maliense, sigue en Malí."
    assert not any("group:un" in p for p in ties(text, "es"))


def test_a_rated_claim_of_a_fact_check_is_no_fact():
    text = ("## 4. \"Rusia regaló fusiles y blindados al Ejército de Chile\" — FALSO\n\n"
            "El video muestra un desfile en Bielorrusia. Rusia no ha vendido ni donado armamento a Chile en las últimas dos décadas.")
    assert not supplies(text, "es")
    text = 'Claim 4: "The UAE has cut diplomatic ties with Israel."\n\nRating: FALSE. The UAE has not broken off relations with Israel.'
    claims = extract_text(text, language="en", published=PUB)
    assert not [c for c in claims if c.polarity == "positive" and c.predicate in ("SEVERED_TIES", "ALLEGED_TIES")]


# ------------------------------------------------------------------ PART_OF: state companies, affiliates
def part_of(text, lang="en"):
    return positive_pairs(text, "PART_OF", language=lang, published=PUB)


@pytest.mark.parametrize("text,company,state", [
    ("Myanmar signed an agreement with Russia's state nuclear corporation Rosatom on Tuesday.", "group:rosatom", "state:RUS"),
    ("The deal was struck with China's state-owned oil giant CNPC last year.", "group:cnpc", "state:CHN"),
])
def test_a_state_company_named_after_its_description(text, company, state):
    assert (company, state) in part_of(text)


def test_a_subsidiary_of_a_described_state_company_is_part_of_the_company():
    got = part_of("Bolivia signed the contract with Uranium One Group, a subsidiary of Russia's state nuclear corporation Rosatom.")
    assert ("group:uranium-one-group", "group:rosatom") in got
    assert ("group:uranium-one-group", "state:RUS") not in got


def test_a_clause_after_affiliate_of_tells_of_the_affiliate():
    text = ("Its rival, the Islamic State Sahel Province, an affiliate of the Islamic State that split from "
            "the Greater Sahara faction's old structure, controls much of the region.")
    got = part_of(text)
    assert ("group:is-sahel", "group:isis") in got
    assert not any(a == "group:isis" for a, _ in got)


@pytest.mark.parametrize("text,part,whole", [
    ("Questions remain over Hilal Ahmar Society Indonesia, a charity that the U.S. Treasury described as JI's humanitarian wing.",
     "group:hilal-ahmar-society-indonesia", "group:jemaah-islamiyah"),
    ("The State Department described Kataib Hezbollah as an arm of the IRGC.", "group:kataib-hezbollah", "group:irgc"),
])
def test_described_as_a_part_noun_is_part_of(text, part, whole):
    assert (part, whole) in part_of(text)
    assert not tied(ties(text, "en"), part, whole)


def test_a_based_modifier_is_no_owner():
    text = "The list included the local chapter of the Latin Kings, which prosecutors describe as an arm of the U.S.-based gang."
    assert not any("state:USA" in p for p in ties(text, "en") | part_of(text))


def test_according_to_a_source_ends_at_its_preposition():
    text = "The US pressed Mogadishu, citing fears that the arms could leak to al-Shabaab, the al-Qaeda affiliate in Somalia."
    assert ("group:al-shabaab", "group:al-qaeda") in part_of(text)
