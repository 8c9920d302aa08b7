"""Session 17 (agree17): a partner after a coordinated plan or talk is not the signing's ("signed a deal with A and is
negotiating similar arrangements with B"), "agreed to <infinitive>" is a plan, a number's unit is no description
of an agreement ("a 17-article peace agreement"), and "It was signed in <city> by A and B" takes the agreement of the
sentences before."""

import pytest

from tests.extracting import extract_text, parties_by_agreement, signing_claims, signing_subjects

PUB = "2025-03-10"


def parties(text, lang):
    return [set(v) for v in parties_by_agreement(signing_claims(text, lang, PUB)).values()]


# ---------------------------------------------------------------- a partner of a coordinated plan, talk or refusal
@pytest.mark.parametrize("text,lang,kept,dropped", [
    ("Mexico signed a migration deal with the United States and is negotiating similar arrangements with Canada.", "en",
     "state:USA", "state:CAN"),
    ("Manila signed a visiting-forces agreement with New Zealand in April and is negotiating similar pacts with Canada.", "en",
     "state:NZL", "state:CAN"),
    ("Kenya signed a trade accord with Uganda in 2023 but has not signed one with Ethiopia.", "en", "state:UGA", "state:ETH"),
    ("Peru signed a fisheries agreement with Chile and plans to sign another with Ecuador.", "en", "state:CHL", "state:ECU"),
    ("México firmó un acuerdo migratorio con Estados Unidos y negocia arreglos similares con Canadá.", "es",
     "state:USA", "state:CAN"),
    ("Perú firmó un convenio pesquero con Chile en 2023 y busca otro con Ecuador.", "es", "state:CHL", "state:ECU"),
])
def test_partner_of_a_coordinated_plan_is_not_party(text, lang, kept, dropped):
    got = parties(text, lang)
    assert any(kept in p for p in got), got
    assert not any(dropped in p for p in got), got


@pytest.mark.parametrize("text,lang,pair", [
    # a gapped second partner of the same signing stays
    ("Peru signed a fisheries agreement with Chile in 2022 and with Ecuador a year later.", "en", {"state:PER", "state:ECU"}),
    ("Perú firmó un convenio pesquero con Chile en 2022 y con Ecuador en 2023.", "es", {"state:PER", "state:ECU"}),
])
def test_gapped_second_partner_kept(text, lang, pair):
    assert pair in parties(text, lang)


# ---------------------------------------------------------------- "agreed to <infinitive>": a plan
@pytest.mark.parametrize("text,lang", [
    ("The United States and Azerbaijan agreed to begin drafting a strategic partnership charter.", "en"),
    ("Kenya and Uganda agreed to work toward a defence pact.", "en"),
    ("Kenya and Uganda decided to launch a joint action plan.", "en"),
    ("Kenya and Uganda pledged to conclude a trade accord by December.", "en"),
    ("Kenia y Uganda acordaron iniciar la redacción de un tratado de defensa.", "es"),
    ("Kenia y Uganda se comprometieron a elaborar un plan de acción conjunto.", "es"),
    ("Kenia y Uganda decidieron crear un convenio de cooperación.", "es"),
])
def test_agreed_to_infinitive_is_a_plan(text, lang):
    assert not parties(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Kenya and Uganda agreed to the defence pact on Monday.", "en"),
    ("Kenya and Uganda agreed a defence pact on Monday.", "en"),
    ("Kenia y Uganda acordaron un tratado de defensa el lunes.", "es"),
])
def test_agreed_an_agreement_still_read(text, lang):
    assert {"state:KEN", "state:UGA"} in parties(text, lang)


# ---------------------------------------------------------------- a number's unit describes no agreement
def _titles(text, lang):
    from graph.schema import Document
    from loaders.extract import extract
    ents, _ = extract(Document(id="doc:t", text=text, published=PUB, language=lang))
    return [e.title for e in ents if e.id.startswith("agreement:")]


@pytest.mark.parametrize("text,lang,bad", [
    ("Armenia and Azerbaijan signed a 17-article peace agreement in Washington on Friday.", "en", "article"),
    ("China and Pakistan signed a 20-year cooperation plan in 2015.", "en", "year"),
    ("Iran and China signed a 25-year cooperation agreement in March 2021.", "en", "year"),
    ("Kenya and Uganda signed a $2-billion pipeline deal on Monday.", "en", "billion"),
    ("Peru and Chile signed a 10 year trade accord in 2019.", "en", "year"),
    ("Kenia y Uganda acordaron un tratado de defensa el lunes.", "es", "lunes"),
])
def test_number_unit_not_in_title(text, lang, bad):
    titles = _titles(text, lang)
    assert titles and not any(bad in t for t in titles), titles


# ---------------------------------------------------------------- "It was signed in <city> by A and B"
@pytest.mark.parametrize("text,lang,signers", [
    ("The Philippines and Japan agreed a defence pact. It was signed in Manila by Gilberto Teodoro and Minoru Kihara.", "en",
     {"official:gilberto-teodoro", "official:minoru-kihara"}),
    ("The Philippines and Japan agreed a defence pact. It was signed in Manila by Gilberto Teodoro and by Minoru Kihara.", "en",
     {"official:gilberto-teodoro", "official:minoru-kihara"}),
    ("Kenya and Uganda reached a defence pact on Monday. It was signed in Nairobi by Aden Duale and Jacob Oboth-Oboth.",
     "en", {"official:aden-duale"}),
    ("Filipinas y Japón acordaron un pacto de defensa. Fue firmado en Manila por Gilberto Teodoro y por Minoru Kihara.", "es",
     {"official:gilberto-teodoro", "official:minoru-kihara"}),
    ("Kenia y Uganda cerraron un pacto de defensa. Este fue firmado en Nairobi por Aden Duale y Jacob Oboth-Oboth.", "es",
     {"official:aden-duale"}),
    ("Kenia y Uganda cerraron un pacto de defensa el lunes. Fue rubricado en Nairobi por Aden Duale.", "es",
     {"official:aden-duale"}),
])
def test_pronoun_passive_signed_in_city(text, lang, signers):
    assert signers <= signing_subjects(text, "SIGNED", lang, PUB)


@pytest.mark.parametrize("text,lang", [
    ("The Philippines and Japan agreed a defence pact. It was not signed in Manila by Gilberto Teodoro.", "en"),
    ("The Philippines and Japan agreed a defence pact. It will be signed in Manila by Gilberto Teodoro.", "en"),
    ("The Philippines and Japan agreed a defence pact. It could be signed in Manila by Gilberto Teodoro.", "en"),
    ("Filipinas y Japón acordaron un pacto. No fue firmado en Manila por Gilberto Teodoro.", "es"),
    ("Filipinas y Japón acordaron un pacto. Será firmado en Manila por Gilberto Teodoro.", "es"),
    # no agreement in the sentences before: "it" may be anything
    ("The senator praised the bill. Teodoro spoke. Analysts met. Critics left. It was signed in Manila by Gilberto Teodoro.",
     "en"),
])
def test_pronoun_passive_not_read(text, lang):
    assert "official:gilberto-teodoro" not in signing_subjects(text, "SIGNED", lang, PUB)


# ---------------------------------------------------------------- the place of a clitic signing is no party
@pytest.mark.parametrize("text,lang,signers", [
    ("Bolivia y Irán firmaron un memorando de defensa. Lo firmaron en Teherán, en julio de 2023, el entonces ministro de "
     "Defensa, Edmundo Novillo, y su homólogo iraní, Mohammad Reza Ashtiani.", "es",
     {"official:edmundo-novillo", "official:mohammad-reza-ashtiani"}),
    ("Kenia y Uganda cerraron un pacto de defensa. Lo firmaron en Nairobi, el lunes, el ministro keniano Aden Duale y "
     "su homólogo ugandés, Jacob Oboth-Oboth.", "es", {"official:aden-duale"}),
    ("Filipinas y Japón acordaron un pacto de defensa. Lo rubricaron en Manila, en julio, Gilberto Teodoro y Minoru Kihara.",
     "es", {"official:gilberto-teodoro", "official:minoru-kihara"}),
    ("Filipinas y Japón acordaron un pacto de defensa. La firmaron en Manila, en julio, Gilberto Teodoro y Minoru Kihara.",
     "es", {"official:gilberto-teodoro", "official:minoru-kihara"}),
])
def test_clitic_signing_place_not_party(text, lang, signers):
    assert signers <= signing_subjects(text, "SIGNED", lang, PUB)


@pytest.mark.parametrize("text,lang", [
    ("Filipinas y Japón acordaron un pacto de defensa. No lo firmaron en Manila, en julio, Gilberto Teodoro y Minoru Kihara.",
     "es"),
    ("Filipinas y Japón acordaron un pacto de defensa. Lo firmarán en Manila, en julio, Gilberto Teodoro y Minoru Kihara.",
     "es"),
])
def test_clitic_signing_place_negated_or_future(text, lang):
    assert "official:gilberto-teodoro" not in signing_subjects(text, "SIGNED", lang, PUB)


# ---------------------------------------------------------------- a signing told after the agreement's "between A and B"
@pytest.mark.parametrize("text,lang,pair,signers", [
    ("Putin elogió el Tratado de Asociación Estratégica entre Rusia y Venezuela, el instrumento que el mandatario ruso y "
     "Nicolás Maduro firmaron en el Kremlin el pasado 7 de mayo.", "es", {"state:RUS", "state:VEN"},
     {"official:vladimir-putin", "official:nicolas-maduro"}),
    ("Putin elogió el Tratado de Asociación Estratégica entre Rusia y Venezuela, que el mandatario ruso y Nicolás Maduro "
     "firmaron en el Kremlin el pasado 7 de mayo.", "es", {"state:RUS", "state:VEN"}, {"official:nicolas-maduro"}),
    ("Putin elogió el Tratado de Asociación Estratégica entre Rusia y Venezuela, firmado en el Kremlin el pasado 7 de mayo.",
     "es", {"state:RUS", "state:VEN"}, set()),
    ("Putin praised the Treaty on Strategic Partnership between Russia and Venezuela, which Vladimir Putin and Nicolas "
     "Maduro signed in the Kremlin on May 7.", "en", {"state:RUS", "state:VEN"}, {"official:nicolas-maduro"}),
    ("Putin praised the strategic partnership treaty between Russia and Venezuela, signed in the Kremlin on May 7.", "en",
     {"state:RUS", "state:VEN"}, set()),
    ("Putin praised the strategic partnership treaty between Russia and Venezuela, the document that Vladimir Putin and "
     "Nicolas Maduro signed in the Kremlin on May 7.", "en", {"state:RUS", "state:VEN"}, {"official:nicolas-maduro"}),
])
def test_signing_told_after_between(text, lang, pair, signers):
    claims = signing_claims(text, lang, PUB)
    assert pair in [set(v) for v in parties_by_agreement(claims).values()], claims
    assert signers <= {c.subject for c in claims if c.predicate == "SIGNED"}


@pytest.mark.parametrize("text,lang", [
    ("Los analistas criticaron el tratado entre Kenia y Uganda, que ambos gobiernos firmarán en mayo.", "es"),
    ("Analysts criticised the proposed treaty between Kenya and Uganda, signed in May.", "en"),
    ("Analysts discussed talks on a treaty between Kenya and Uganda, to be signed in May.", "en"),
    ("Los analistas discutieron el posible tratado entre Kenia y Uganda, firmado en mayo.", "es"),
])
def test_signing_after_between_not_yet(text, lang):
    assert not parties(text, lang)


# ---------------------------------------------------------------- a "with" of a new clause is no partner
@pytest.mark.parametrize("text,lang", [
    ("North Korea has ratified its defence treaty with Russia, days after President Vladimir Putin signed the pact into "
     "Russian law and as thousands of North Korean troops deploy near the front line with Ukraine.", "en"),
    ("Russia signed the pact in June while its troops fought along the border with Ukraine.", "en"),
    ("Russia signed the pact in June and, as the war went on, kept its front line with Ukraine.", "en"),
    ("Rusia firmó el pacto en junio mientras sus tropas combatían en la frontera con Ucrania.", "es"),
    ("Rusia firmó el pacto en junio, cuando sus tropas avanzaban en el frente con Ucrania.", "es"),
    ("Rusia firmó el acuerdo y, aunque el frente seguía activo, mantuvo la frontera con Ucrania cerrada.", "es"),
])
def test_with_of_a_new_clause_is_no_partner(text, lang):
    assert not any("state:UKR" in p for p in parties(text, lang))


# ---------------------------------------------------------------- "its 2024 agreement with B": the subject's dated agreement
@pytest.mark.parametrize("text,lang,pair", [
    ("Turkey has supplied the Somali army with armed drones under its 2024 defence and economic cooperation framework "
     "agreement with Somalia.", "en", {"state:TUR", "state:SOM"}),
    ("Turkey has supplied drones to Somalia under its 2024 defence agreement with Mogadishu.", "en", {"state:TUR", "state:SOM"}),
    ("Egypt defended its 2024 framework agreement with Somalia.", "en", {"state:EGY", "state:SOM"}),
    ("Since March, Kenya has cited its 2019 security pact with Uganda.", "en", {"state:KEN", "state:UGA"}),
    ("Turquía envió drones a Somalia en virtud de su acuerdo marco de 2024 con Mogadiscio.", "es", {"state:TUR", "state:SOM"}),
    ("Egipto defendió su protocolo de defensa de 2024 con Somalia.", "es", {"state:EGY", "state:SOM"}),
])
def test_its_dated_agreement_with(text, lang, pair):
    assert pair in parties(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Egypt defended its planned 2026 framework agreement with Somalia.", "en"),
    ("Egypt is negotiating its 2026 framework agreement with Somalia.", "en"),
    ("Egypt defended its framework agreement with Somalia.", "en"),  # no year: may be one still wished for
    ("Egipto negocia su acuerdo marco de 2026 con Somalia.", "es"),
    ("Egipto defendió su posible acuerdo de 2024 con Somalia.", "es"),
    ("Egypt denied that its 2024 framework agreement with Somalia exists.", "en"),
])
def test_its_agreement_not_read(text, lang):
    assert not any("state:EGY" in p for p in parties(text, lang))


# ---------------------------------------------------------------- "X defended the memorandum signed with B": X is the other side
@pytest.mark.parametrize("text,lang,pair", [
    ("Kenya defended the security memorandum signed with Haiti in March.", "en", {"state:KEN", "state:HTI"}),
    ("Since May, Peru has praised the fisheries accord signed with Chile in 2019.", "en", {"state:PER", "state:CHL"}),
    ("Perú defendió el convenio pesquero firmado con Chile en 2019.", "es", {"state:PER", "state:CHL"}),
    ("SANTO DOMINGO. Finalmente, el Gobierno recuerda la vigencia del memorando de entendimiento sobre cooperación en "
     "energía nuclear civil suscrito con los Estados Unidos el pasado febrero.", "es", {"state:DOM", "state:USA"}),
    ("Colombia elogió el acuerdo de paz suscrito con Venezuela en 2023.", "es", {"state:COL", "state:VEN"}),
    ("Uganda criticised the trade deal signed with Kenya in 2019.", "en", {"state:UGA", "state:KEN"}),
])
def test_participle_with_partner_subject_is_other_side(text, lang, pair):
    assert pair in parties(text, lang)


@pytest.mark.parametrize("text,lang,outsider", [
    ("Kenya criticised the security memorandum signed with Haiti by Uganda in March.", "en", "state:KEN"),
    ("Kenya criticised the memorandum Uganda signed with Haiti in March.", "en", "state:KEN"),
    ("Kenia criticó el memorando firmado con Haití por Uganda en marzo.", "es", "state:KEN"),
    ("Kenya criticised the proposed memorandum signed with Haiti.", "en", "state:KEN"),
    ("Kenia criticó el posible memorando firmado con Haití.", "es", "state:KEN"),
    ("Kenya criticised the memorandum to be signed with Haiti.", "en", "state:KEN"),
])
def test_participle_with_partner_not_the_subjects(text, lang, outsider):
    assert not any(outsider in p for p in parties(text, lang))
