"""Agreement identity (session 20): every party of a list, the name in apposition with the agreement's
description, the signing's date over a later ratification or entry into force, and a signatory's named or newly
introduced agreement kept apart from the document's last one. Sentences written for these tests, both languages."""

import pytest

from tests.extracting import agreements_and_positive, parties_by_agreement

PUB = "2025-03-12"


def _run(text: str, lang: str, pub: str = PUB):
    return agreements_and_positive(text, lang, pub)


# ---------------------------------------------------------------- a list of parties: every one of them, in the title too
@pytest.mark.parametrize("text,lang,parties", [
    ("Mali, Burkina Faso and Niger signed a mutual defence pact in Bamako on Monday.", "en", {"state:MLI", "state:BFA", "state:NER"}),
    ("A security accord signed by Colombia, Peru, Ecuador and Brazil in Lima on Monday sets up joint river patrols.", "en",
     {"state:COL", "state:PER", "state:ECU", "state:BRA"}),
    ("The treaty between Kenya, Uganda and Tanzania was signed in Arusha on Tuesday.", "en", {"state:KEN", "state:UGA", "state:TZA"}),
    ("Chile, Perú y Bolivia firmaron el lunes en Arica un acuerdo de cooperación fronteriza.", "es", {"state:CHL", "state:PER", "state:BOL"}),
    ("El pacto de seguridad suscrito por Guatemala, Honduras y El Salvador el martes crea una fuerza conjunta.", "es",
     {"state:GTM", "state:HND", "state:SLV"}),
    ("Argentina, Brasil, Paraguay y Uruguay firmaron el lunes un protocolo sobre seguridad fronteriza.", "es",
     {"state:ARG", "state:BRA", "state:PRY", "state:URY"}),
])
def test_a_list_of_parties_gives_every_party_and_a_title_of_all(text, lang, parties):
    agreements, claims = _run(text, lang)
    by = parties_by_agreement([c for c in claims if c.predicate == "PARTY_TO"])
    assert list(by.values()) == [parties]
    (ag,) = agreements.values()
    assert ", " not in ag.title.split("(")[0]  # "Burkina Faso–Mali–Niger ...", never "Burkina Faso, Mali–Niger ..."
    assert ag.title.count("–") == len(parties) - 1
    # (an irregular participle ends the description: "pacto de seguridad", not "pacto de seguridad suscrito")
    assert "suscrito" not in ag.title


# ---------------------------------------------------------------- a name in apposition: the title, the description an alias
@pytest.mark.parametrize("text,lang,name,description", [
    ("Peru, Chile and Ecuador created the bloc with the Pacific Security Charter, a mutual defence pact signed in Lima on Monday.",
     "en", "Pacific Security Charter", "mutual defence pact"),
    ("Ghana and Togo signed the Volta Compact, a maritime security agreement, on Tuesday.", "en", "Volta Compact",
     "maritime security agreement"),
    ("Kenya and Ethiopia signed a border cooperation accord, the Moyale Declaration, in Nairobi on Monday.", "en",
     "Moyale Declaration", None),
    ("Perú, Chile y Ecuador firmaron el lunes la Carta de Seguridad del Pacífico, un pacto de defensa mutua.", "es",
     "Carta de Seguridad del Pacífico", "pacto de defensa mutua"),
    ("Guatemala y Honduras firmaron el martes un acuerdo de seguridad fronteriza, la Declaración de Copán.", "es",
     "Declaración de Copán", "acuerdo de seguridad fronteriza"),
    ("Colombia y Panamá suscribieron el lunes el Acuerdo del Darién, un convenio migratorio.", "es", "Acuerdo del Darién",
     "convenio migratorio"),
])
def test_a_named_agreement_keeps_its_name_and_its_description(text, lang, name, description):
    agreements, claims = _run(text, lang)
    (ag,) = agreements.values()
    assert name in ag.title and name in ag.aliases  # (its head noun too: a "Charter" is found as a charter)
    if description:
        assert description in ag.aliases
    assert len({c.subject for c in claims if c.predicate == "PARTY_TO"}) >= 2


def test_a_bare_pact_takes_the_name_the_lede_paragraph_gave():
    text = ("The Reciprocal Access Agreement between the Philippines and Japan enters into force today.\n\n"
            "**1. It took a year.** Defense Secretary Gilberto Teodoro and Japanese Foreign Minister Yoko Kamikawa signed the pact "
            "in Manila on July 8, 2024.")
    agreements, claims = _run(text, "en", "2025-09-11")
    signed = {c.object for c in claims if c.predicate == "SIGNED"}
    assert len(signed) == 1
    ag = agreements[signed.pop()]
    assert "Reciprocal Access Agreement" in ag.title and ag.date.startswith("2024")


@pytest.mark.parametrize("text,lang", [
    ("Japan and the Philippines signed a reciprocal access agreement that allows troops to train together.", "en"),
    ("Japan and Vietnam signed a mutual defense treaty on Monday.", "en"),
])
def test_a_known_name_of_common_words_is_a_name_only_capitalised(text, lang):
    agreements, _ = _run(text, lang)
    assert agreements and all(not a.startswith(("agreement:raa-", "agreement:us-")) for a in agreements)


# ---------------------------------------------------------------- the signing's date, not a later ratification or entry into force
@pytest.mark.parametrize("text,lang,year", [
    ("Colombia's Congress ratified on Tuesday the security pact between Colombia and Ecuador. "
     "The two countries signed the pact in 2022.", "en", "2022"),
    ("The defence treaty between Kenya and Ethiopia took effect on Monday. "
     "Kenya and Ethiopia signed the treaty in Nairobi in March 2023.", "en", "2023"),
    ("The security agreement between Peru and Chile entered into force on Monday. The pact, signed by Defence Minister "
     "Walter Astudillo and his Chilean counterpart, Maya Fernández, lets troops train together.", "en", None),
    ("Brazil's Senate ratified the extradition treaty between Brazil and Angola on Wednesday. "
     "Brazil and Angola signed it in Luanda in 2021.", "en", None),
    ("El Congreso de Colombia ratificó el martes el pacto de seguridad entre Colombia y Ecuador. "
     "Los dos países firmaron el pacto en 2022.", "es", "2022"),
    ("El tratado de defensa entre Kenia y Etiopía entró en vigor el lunes. "
     "Kenia y Etiopía firmaron el tratado en Nairobi en marzo de 2023.", "es", "2023"),
    ("El acuerdo de seguridad entre Perú y Chile entró en vigor este lunes. El pacto, firmado por el ministro de Defensa, "
     "Walter Astudillo, y su homóloga chilena, Maya Fernández, permite entrenar tropas.", "es", None),
    ("El Senado de Brasil ratificó el miércoles el tratado de extradición entre Brasil y Angola. "
     "Brasil y Angola firmaron el tratado en Luanda en 2021.", "es", "2021"),
])
def test_a_ratification_or_entry_into_force_does_not_date_the_agreement(text, lang, year):
    agreements, claims = _run(text, lang)
    assert len(agreements) == 1, agreements  # one agreement, not one of the signing and one of the later step
    (ag,) = agreements.values()
    assert not (ag.date or "").startswith("2025")  # the week's ratification or entry into force is not its date
    assert (ag.date or "")[:4] == (year or "")
    assert len({c.subject for c in claims if c.predicate == "PARTY_TO"}) == 2


@pytest.mark.parametrize("text,lang,year", [
    ("The treaty between Kenya and Ethiopia, signed in March 2023, took effect on January 1.", "en", "2023"),
    ("Colombia and Ecuador signed a security pact in 2022 that was ratified by both congresses in May 2024.", "en", "2022"),
    ("A defence cooperation agreement that Japan and Vietnam signed in 2023 came into force in February 2025.", "en", "2023"),
    ("El acuerdo de defensa entre Perú y Chile, firmado en 2022, entró en vigor este lunes.", "es", "2022"),
    ("El tratado que Bolivia y Paraguay firmaron en 2019 fue ratificado por el Senado en marzo de 2024.", "es", "2019"),
    ("Argentina y Uruguay firmaron en 2021 un convenio de cooperación que entró en vigor en 2023.", "es", "2021"),
])
def test_in_one_sentence_the_signing_date_wins(text, lang, year):
    agreements, _ = _run(text, lang)
    assert [a.date[:4] for a in agreements.values()] == [year]


# ---------------------------------------------------------------- a signatory's own agreement, not the document's last one
@pytest.mark.parametrize("text,lang,lone,other", [
    ("Turkey and Somalia signed a defence agreement in February. Somali President Hassan Sheikh Mohamud later signed "
     "the Kismayo Declaration.", "en", "official:hassan-sheikh-mohamud", "agreement:som-tur-2025"),
    ("Kenya and Uganda signed a trade agreement in January. President William Ruto later signed the Lodwar Declaration on refugees.",
     "en", "official:william-ruto", "agreement:ken-uga-2025"),
    ("Peru and Chile signed a defence pact on Monday. Foreign Minister Elmer Schialer signed the joint declaration on migration.",
     "en", "official:elmer-schialer", "agreement:chl-per-2025"),
    ("Turquía y Somalia firmaron un acuerdo de defensa en febrero. El presidente somalí, Hassan Sheikh Mohamud, firmó luego "
     "la Declaración de Kismayo.", "es", "official:hassan-sheikh-mohamud", "agreement:som-tur-2025"),
    ("Kenia y Uganda firmaron un acuerdo comercial en enero. El presidente William Ruto firmó luego la Declaración de Lodwar "
     "sobre refugiados.", "es", "official:william-ruto", "agreement:ken-uga-2025"),
    ("Perú y Chile firmaron un pacto de defensa el lunes. El canciller Elmer Schialer firmó la declaración conjunta sobre migración.",
     "es", "official:elmer-schialer", "agreement:chl-per-2025"),
])
def test_a_lone_signatory_of_another_named_agreement_is_not_the_last_ones(text, lang, lone, other):
    agreements, claims = _run(text, lang)
    assert other in agreements
    assert (lone, other) not in {(c.subject, c.object) for c in claims if c.predicate == "SIGNED"}


def test_a_lone_signatory_of_the_agreement_is_still_its_signatory():
    _, claims = _run("Peru and Chile signed a defence pact on Monday. Foreign Minister Elmer Schialer signed the agreement in Lima.", "en")
    assert ("official:elmer-schialer", "agreement:chl-per-2025") in {(c.subject, c.object) for c in claims if c.predicate == "SIGNED"}


@pytest.mark.parametrize("text,lang", [
    ("Azerbaijan's President Ilham Aliyev and Armenia's Prime Minister Nikol Pashinyan signed a joint declaration on Friday. "
     "Foreign ministers Jeyhun Bayramov of Azerbaijan and Ararat Mirzoyan of Armenia initialled the text of a 17-article peace agreement.", "en"),
    ("Los presidentes Ilham Aliyev y Nikol Pashinyan firmaron el viernes una declaración conjunta. Los cancilleres Jeyhun "
     "Bayramov y Ararat Mirzoyan rubricaron el texto de un acuerdo de paz de 17 artículos.", "es"),
])
def test_the_text_of_a_new_agreement_is_not_the_declaration(text, lang):
    agreements, claims = _run(text, lang, "2025-08-08")
    declaration = next(a for a, e in agreements.items() if "declar" in e.kind)
    signers = {c.subject for c in claims if c.predicate == "SIGNED" and c.object == declaration}
    assert signers == {"official:ilham-aliyev", "official:nikol-pashinyan"}


@pytest.mark.parametrize("text,lang", [
    ("Separately, the United States signed memoranda of understanding with Armenia on energy, and Washington and Baku "
     "signed a charter setting up a working group.", "en"),
    ("Por separado, Estados Unidos firmó memorandos de entendimiento con Armenia sobre energía, y Washington y Bakú "
     "firmaron una carta de intención sobre un grupo de trabajo.", "es"),
])
def test_a_charter_beside_memoranda_is_no_memorandum(text, lang):
    _, claims = _run(text, lang)
    mou = {frozenset((c.subject, c.object)) for c in claims if c.predicate == "SIGNED_MOU_WITH"}
    assert frozenset(("state:USA", "state:AZE")) not in mou
    assert frozenset(("state:USA", "state:ARM")) in mou


@pytest.mark.parametrize("text,lang,pair", [
    ("El presidente francés, Emmanuel Macron, y su homólogo indonesio, Prabowo Subianto, firmaron este miércoles en Yakarta "
     "una carta de intenciones para ampliar la cooperación en defensa.", "es", {"state:FRA", "state:IDN"}),
    ("Perú y Corea del Sur firmaron el lunes una carta de intención para la compra de fragatas.", "es", {"state:PER", "state:KOR"}),
    ("Brazil and Sweden signed a letter of intent on Monday on the purchase of more Gripen fighters.", "en", {"state:BRA", "state:SWE"}),
])
def test_a_letter_of_intent_is_an_agreement(text, lang, pair):
    agreements, claims = _run(text, lang)
    assert [e.kind for e in agreements.values()] == ["letter of intent"]
    assert {c.subject for c in claims if c.predicate == "PARTY_TO"} == pair


# ---------------------------------------------------------------- a standing party: "remain bound by the 1951 treaty"
@pytest.mark.parametrize("text,lang,pair,year", [
    ("Manila and Washington, meanwhile, remain bound by the 1951 Mutual Defense Treaty, which officials say covers attacks "
     "on coast guard vessels.", "en", {"state:PHL", "state:USA"}, "1951"),
    ("Japan and the United States remain bound by their 1960 security treaty.", "en", {"state:JPN", "state:USA"}, "1960"),
    ("The Philippines and the United States are bound by a 1951 mutual defence treaty.", "en", {"state:PHL", "state:USA"}, None),
    ("Filipinas y Estados Unidos siguen vinculados por el Tratado de Defensa Mutua de 1951.", "es", {"state:PHL", "state:USA"}, "1951"),
    ("Perú y Chile están obligados por el tratado de 1929.", "es", {"state:PER", "state:CHL"}, "1929"),
])
def test_states_bound_by_a_treaty_are_its_parties(text, lang, pair, year):
    agreements, claims = _run(text, lang, "2025-09-15")
    assert {c.subject for c in claims if c.predicate == "PARTY_TO"} == pair
    assert [(a.date or "")[:4] for a in agreements.values()] == [year or ""]  # an old treaty, never the report's year


@pytest.mark.parametrize("text,lang", [
    ("Peru and Chile are not bound by the 1929 treaty, the court said.", "en"),
    ("Perú y Chile no están obligados por el tratado de 1929, dijo la corte.", "es"),
])
def test_not_bound_is_no_party(text, lang):
    _, claims = _run(text, lang, "2025-09-15")
    assert not [c for c in claims if c.predicate == "PARTY_TO"]


# ---------------------------------------------------------------- "the three leaders" sign for the three states listed before
@pytest.mark.parametrize("text,lang,parties", [
    ("Mali, Burkina Faso and Niger formed an alliance in 2023. In July 2024, the three leaders signed a treaty creating a confederation.",
     "en", {"state:MLI", "state:BFA", "state:NER"}),
    ("Colombia, Peru and Ecuador met in Lima on Monday. The three leaders signed a pact on river patrols.", "en",
     {"state:COL", "state:PER", "state:ECU"}),
    ("Kenya, Uganda, Tanzania and Rwanda sent delegations to Arusha. The four heads of state signed a protocol on border controls.",
     "en", {"state:KEN", "state:UGA", "state:TZA", "state:RWA"}),
    ("Mali, Burkina Faso y Níger formaron una alianza en 2023. En julio de 2024, los tres mandatarios firmaron un tratado de confederación.",
     "es", {"state:MLI", "state:BFA", "state:NER"}),
    ("Guatemala, Honduras y El Salvador se reunieron el lunes. Los tres líderes firmaron un acuerdo de seguridad.", "es",
     {"state:GTM", "state:HND", "state:SLV"}),
    ("Argentina, Brasil y Uruguay enviaron a sus cancilleres a Montevideo. Los tres jefes de Estado firmaron luego un pacto comercial.",
     "es", {"state:ARG", "state:BRA", "state:URY"}),
])
def test_the_numbered_leaders_sign_for_the_states_listed_before(text, lang, parties):
    _, claims = _run(text, lang)
    by = parties_by_agreement([c for c in claims if c.predicate == "PARTY_TO"])
    assert parties in by.values()


@pytest.mark.parametrize("text,lang,year", [
    ("Mali, Burkina Faso and Niger formed an alliance in 2023. Ten months later, at a summit in Niamey in July 2024, the three "
     "heads of state went further and signed a treaty establishing the confederation.", "en", "2024"),
    ("Kenya and Uganda held talks in 2022. A year later, at a ceremony in Kampala in May 2023, Kenya and Uganda signed a border treaty.",
     "en", "2023"),
    ("Chile y Perú negociaron durante 2022. Meses después, en una cumbre en Lima en marzo de 2023, Chile y Perú firmaron un acuerdo fronterizo.",
     "es", "2023"),
])
def test_a_fronted_place_leaves_the_fronted_date_the_signings(text, lang, year):
    agreements, _ = _run(text, lang, "2026-01-20")
    assert [(a.date or "")[:4] for a in agreements.values()] == [year]


@pytest.mark.parametrize("text,lang,date", [
    ("Honduras rompió relaciones con Taiwán en marzo de 2023 y, tres meses después, firmó con Pekín un memorando de entendimiento.",
     "es", "2023-06"),
    ("Panama cut ties with Taiwan in June 2017; two months later, Panama and China signed a memorandum of understanding.", "en", "2017-08"),
    ("The Dominican Republic broke with Taiwan in May 2018 and, three months later, it and China signed a memorandum.", "en", None),
    ("Nicaragua rompió con Taiwán en 2021 y, un año más tarde, firmó con China un memorando de entendimiento.", "es", "2022"),
])
def test_a_signing_n_months_later_counts_on_from_the_date_before(text, lang, date):
    _, claims = _run(text, lang, "2025-11-03")
    got = {c.date for c in claims if c.predicate == "SIGNED_MOU_WITH"}
    assert got == ({date} if date else got) and "2018-05" not in got  # (never the earlier act's month)
