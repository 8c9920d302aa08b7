"""Session 18 (agree18): agreements and severances told in general constructions: a refusal in another actor's clause
leaves a severance standing; Spanish severances with a plural article ("con los Países Bajos"); a truce "pactada con B"
or "agreed with B"; an agreement named by its month ("the May ceasefire between A and B"); a declaration of
cooperation signed with a list of partners; "X, <title>, signed for B"; a clitic signing in the present ("Lo suscriben
X y Y"); a pronoun taking the subject list up again after a concessive ("A and B deny ..., though they signed ...")."""

import pytest

from tests.extracting import extract_text, parties_by_agreement, positive_pairs, signing_claims, signing_subjects

PUB = "2025-08-10"


def parties(text, lang, pub=PUB):
    return [set(v) for v in parties_by_agreement(signing_claims(text, lang, pub)).values()]


def severed(text, lang):
    return positive_pairs(text, "SEVERED_TIES", language=lang, published=PUB)


# ---------------------------------------------------------------- a refusal to sever in another actor's clause
@pytest.mark.parametrize("text,lang,kept,refused", [
    ("In June 2017 Saudi Arabia, the UAE and Bahrain severed relations with Qatar and imposed a blockade; Kuwait never "
     "cut its ties with Doha.", "en", {("state:SAU", "state:QAT"), ("state:BHR", "state:QAT")}, "state:KWT"),
    ("Kuwait never cut its ties with Doha, but Saudi Arabia severed relations with Qatar in 2017.", "en",
     {("state:SAU", "state:QAT")}, "state:KWT"),
    ("Peru broke off relations with Mexico in 2023; Chile did not break relations with Mexico.", "en",
     {("state:PER", "state:MEX")}, "state:CHL"),
    ("Perú rompió relaciones con México en 2023; Chile nunca rompió relaciones con México.", "es",
     {("state:PER", "state:MEX")}, "state:CHL"),
    ("Chile no rompió relaciones con México, pero Perú rompió relaciones con México en 2023.", "es",
     {("state:PER", "state:MEX")}, "state:CHL"),
    ("Bolivia rompió relaciones con Israel en 2023, mientras Chile evitó romper relaciones con Israel.", "es",
     {("state:BOL", "state:ISR")}, "state:CHL"),
])
def test_refusal_in_another_clause_leaves_the_severance(text, lang, kept, refused):
    got = severed(text, lang)
    assert kept <= got, got
    assert not any(s == refused for s, _ in got), got


@pytest.mark.parametrize("text,lang", [
    ("Peru expelled Mexico's ambassador but stopped short of severing relations with Mexico.", "en"),
    ("Peru recalled its ambassador from Mexico, though it stopped short of breaking relations.", "en"),
    ("Perú expulsó al embajador de México, sin llegar a romper relaciones con México.", "es"),
])
def test_refusal_in_the_same_clause_still_blocks(text, lang):
    assert not severed(text, lang)


# ---------------------------------------------------------------- Spanish severances with a plural article
@pytest.mark.parametrize("text,pair", [
    ("Nicaragua cortó relaciones con los Países Bajos en septiembre de 2022.", ("state:NIC", "state:NLD")),
    ("Nicaragua rompió relaciones con los Estados Unidos en 2022.", ("state:NIC", "state:USA")),
    ("Nicaragua, que en septiembre de 2022 cortó relaciones con los Países Bajos, sumó otra ruptura.", ("state:NIC", "state:NLD")),
    ("Kiribati rompió sus relaciones diplomáticas con las Islas Salomón en 2019.", ("state:KIR", "state:SLB")),
    ("El Gobierno de Nicaragua anunció la ruptura de relaciones con los Países Bajos.", ("state:NIC", "state:NLD")),
    ("Nicaragua suspendió todas sus relaciones con los Países Bajos.", ("state:NIC", "state:NLD")),
])
def test_spanish_severance_with_plural_article(text, pair):
    assert pair in severed(text, "es")


@pytest.mark.parametrize("text", [
    "Nicaragua no rompió relaciones con los Países Bajos.",
    "Nicaragua amenazó con romper relaciones con los Países Bajos.",
])
def test_spanish_severance_with_plural_article_negated(text):
    assert not severed(text, "es")


# ---------------------------------------------------------------- a truce or deal "pactada/agreed with B"
@pytest.mark.parametrize("text,lang,pair", [
    ("Los hutíes respetan la tregua pactada con Washington en mayo.", "es", {"group:houthis", "state:USA"}),
    ("Kenia respeta la tregua pactada con Uganda en 2023.", "es", {"state:KEN", "state:UGA"}),
    ("Kenia defendió el acuerdo alcanzado con Uganda en 2023.", "es", {"state:KEN", "state:UGA"}),
    ("The Houthis have respected the truce agreed with Israel in 2023.", "en", {"group:houthis", "state:ISR"}),
    ("Kenya defended the deal struck with Uganda in 2023.", "en", {"state:KEN", "state:UGA"}),
    ("Kenya defended the ceasefire reached with Uganda in March.", "en", {"state:KEN", "state:UGA"}),
])
def test_truce_made_with_partner(text, lang, pair):
    assert pair in parties(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Kenia busca una tregua pactada con Uganda.", "es"),
    ("Kenia rechazó la tregua propuesta por Uganda.", "es"),
    ("Kenya wants a truce agreed with Uganda before the vote.", "en"),
])
def test_truce_wished_for_is_none(text, lang):
    assert not parties(text, lang)


# ---------------------------------------------------------------- an agreement named by its month
@pytest.mark.parametrize("text,lang,pair,date", [
    ("Oman brokered the May ceasefire between Washington and the Houthis.", "en", {"state:USA", "group:houthis"}, "2025-05"),
    ("The May ceasefire between Israel and Hamas has held.", "en", {"state:ISR", "group:hamas"}, "2025-05"),
    ("The November truce between Israel and Hezbollah has largely held.", "en", {"state:ISR", "group:hezbollah"}, "2024-11"),
    ("La tregua de mayo entre Washington y los hutíes se mantiene.", "es", {"state:USA", "group:houthis"}, "2025-05"),
    ("El acuerdo de noviembre entre Israel y Hezbolá sigue vigente.", "es", {"state:ISR", "group:hezbollah"}, "2024-11"),
    ("It was Muscat that brokered the May ceasefire between Washington and the Houthis, under which the group agreed to "
     "stop targeting American ships.", "en", {"state:USA", "group:houthis"}, "2025-05"),
])
def test_agreement_named_by_its_month(text, lang, pair, date):
    claims = [c for c in signing_claims(text, lang, PUB) if c.predicate == "PARTY_TO"]
    assert {c.subject for c in claims} == pair, claims
    assert {c.date for c in claims} == {date}


@pytest.mark.parametrize("text,lang", [
    ("Qatar hopes for a ceasefire between Israel and Hamas in May.", "en"),
    ("A May ceasefire between Israel and Hamas could follow.", "en"),
    ("The proposed May ceasefire between Israel and Hamas collapsed.", "en"),
    ("Israel denied that the May ceasefire between Israel and Hamas exists.", "en"),
    ("Catar busca una tregua entre Israel y Hamás en mayo.", "es"),
])
def test_month_agreement_wished_or_denied_is_none(text, lang):
    assert not parties(text, lang)


# ---------------------------------------------------------------- a declaration signed with a list of partners
@pytest.mark.parametrize("text,lang,group", [
    ("In March Kosovo signed a defence cooperation declaration with Albania and Croatia.", "en",
     {"state:XKX", "state:ALB", "state:HRV"}),
    ("Kosovo, Albania and Croatia signed a security declaration in Tirana in March.", "en",
     {"state:XKX", "state:ALB", "state:HRV"}),
    ("Japan and Vietnam signed a strategic partnership declaration in 2023.", "en", {"state:JPN", "state:VNM"}),
    ("Kosovo firmó en marzo una declaración de cooperación en defensa con Albania y Croacia.", "es",
     {"state:XKX", "state:ALB", "state:HRV"}),
    ("Japón y Vietnam firmaron una declaración sobre cooperación marítima en 2023.", "es", {"state:JPN", "state:VNM"}),
    ("Kenya signed a trade pact with Uganda, Rwanda and Tanzania.", "en",
     {"state:KEN", "state:UGA", "state:RWA", "state:TZA"}),
])
def test_declaration_with_partner_list(text, lang, group):
    assert group in parties(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Kosovo plans to sign a defence cooperation declaration with Albania.", "en"),
    ("Kosovo no firmó la declaración de cooperación con Serbia.", "es"),
    ("Kosovo issued a declaration of independence in 2008.", "en"),
    ("Rusia emitió una declaración de guerra contra Ucrania.", "es"),
])
def test_declarations_not_signed_are_none(text, lang):
    assert not parties(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Kenya signed a trade pact with Uganda and Tanzania signed one with Rwanda.", "en"),
    ("Kenya signed a defence declaration with Uganda and Tanzania agreed to join later.", "en"),
    ("Kenia firmó una declaración de cooperación con Uganda y Tanzania anunció que se sumará.", "es"),
])
def test_partner_list_is_not_a_new_clause(text, lang):
    got = parties(text, lang)
    assert {"state:KEN", "state:UGA"} in got
    assert not any({"state:KEN", "state:UGA", "state:TZA"} <= p for p in got)


# ---------------------------------------------------------------- "X, <title>, signed for B"; "Lo suscriben X y Y"
@pytest.mark.parametrize("text,lang,who", [
    ("In March Kosovo signed a defence cooperation declaration with Albania and Croatia. Ejup Maqedonci, Kosovo's "
     "defence minister, signed for Pristina.", "en", {"official:ejup-maqedonci"}),
    ("Kenya and Ethiopia signed a border treaty in May. Musalia Mudavadi, the foreign minister, signed for Kenya.", "en",
     {"official:musalia-mudavadi"}),
    ("Kenia y Etiopía firmaron un tratado fronterizo en mayo. Musalia Mudavadi, el canciller keniano, firmó en nombre de "
     "Kenia.", "es", {"official:musalia-mudavadi"}),
    ("Ucrania y Estados Unidos firman el acuerdo de minerales. Lo suscriben la viceprimera ministra primera y ministra de "
     "Economía, Yulia Svyrydenko, y el secretario del Tesoro estadounidense, Scott Bessent, tras semanas de negociaciones.",
     "es", {"official:yulia-svyrydenko", "official:scott-bessent"}),
    ("Kenia y Etiopía firmaron un tratado fronterizo en mayo. Lo firman el canciller keniano, Musalia Mudavadi, y su "
     "homólogo etíope, Gedion Timothewos.", "es", {"official:musalia-mudavadi", "official:gedion-timothewos"}),
    ("Kenia y Etiopía firmaron un tratado fronterizo en mayo. Lo rubrican el canciller keniano, Musalia Mudavadi, y su "
     "homólogo etíope, Gedion Timothewos.", "es", {"official:musalia-mudavadi", "official:gedion-timothewos"}),
])
def test_signatories_for_a_side_and_clitic_present(text, lang, who):
    assert who <= signing_subjects(text, "SIGNED", lang, PUB)


@pytest.mark.parametrize("text,lang", [
    ("Kenya and Ethiopia signed a border treaty in May. Musalia Mudavadi, the foreign minister, refused to sign for Kenya.", "en"),
    ("Kenia y Etiopía negocian un tratado fronterizo. Lo firmarán el canciller keniano, Musalia Mudavadi, y su homólogo "
     "etíope, Gedion Timothewos.", "es"),
])
def test_signatories_refused_or_future_are_none(text, lang):
    assert not signing_subjects(text, "SIGNED", lang, PUB)


# ---------------------------------------------------------------- a pronoun after a concessive takes the list up again
@pytest.mark.parametrize("text,pair", [
    ("Russia and North Korea are close. Both governments deny any arms trade, though they signed a mutual-defence treaty "
     "in June.", {"state:RUS", "state:PRK"}),
    ("Russia and North Korea are close. They deny any arms trade, though they signed a mutual-defence treaty in June.",
     {"state:RUS", "state:PRK"}),
    ("Russia and North Korea deny any arms trade, though they signed a defence treaty in 2024.", {"state:RUS", "state:PRK"}),
    ("Russia and North Korea deny any arms trade, although they signed a defence treaty in 2024.", {"state:RUS", "state:PRK"}),
    ("Kenya denies any arms trade, though it signed a defence pact with Uganda in 2024.", {"state:KEN", "state:UGA"}),
    ("Kenya and Uganda dismissed the report, but they signed a defence pact in 2024.", {"state:KEN", "state:UGA"}),
])
def test_pronoun_after_concessive(text, pair):
    assert pair in parties(text, "en")


@pytest.mark.parametrize("text,pair", [
    ("Rusia y Corea del Norte niegan cualquier comercio de armas, aunque ellos firmaron un tratado de defensa en 2024.",
     {"state:RUS", "state:PRK"}),
    ("Rusia y Corea del Norte niegan cualquier comercio de armas, pero ambos firmaron un tratado de defensa en 2024.",
     {"state:RUS", "state:PRK"}),
])
def test_pronoun_after_concessive_es(text, pair):
    assert pair in parties(text, "es")


@pytest.mark.parametrize("text", [
    "Rusia y Corea del Norte niegan cualquier comercio de armas, aunque ellos no firmaron ningún tratado.",
    "Kenia niega cualquier comercio de armas, pero ellos firmaron un pacto de defensa en 2024.",  # (number: no antecedent)
])
def test_pronoun_after_concessive_es_negated_or_unmatched(text):
    assert not parties(text, "es")


@pytest.mark.parametrize("text", [
    "Russia and North Korea deny any arms trade, and they never signed a defence treaty.",
    "Kenya and Uganda denied reports that they signed a defence pact in 2024.",
    "Kenya and Uganda deny any arms trade, though they may sign a defence pact next year.",
])
def test_pronoun_after_concessive_negated_or_future(text):
    assert not parties(text, "en")


# ---------------------------------------------------------------- "A and B keep the pact (that) they signed"
@pytest.mark.parametrize("text,lang,pair", [
    ("Tokio y Seúl mantienen en vigor el Acuerdo General de Seguridad de la Información Militar (GSOMIA) que firmaron en "
     "2016 y que el Gobierno de Moon Jae-in estuvo a punto de dejar caducar en 2019.", "es", {"state:JPN", "state:KOR"}),
    ("Tokio y Seúl mantienen en vigor el acuerdo de seguridad que firmaron en 2016.", "es", {"state:JPN", "state:KOR"}),
    ("Kenia y Uganda defienden el acuerdo comercial que firmaron hace diez años.", "es", {"state:KEN", "state:UGA"}),
    ("Tokyo and Seoul keep in force the intelligence-sharing agreement they signed in 2016.", "en", {"state:JPN", "state:KOR"}),
    ("Tokyo and Seoul still apply the intelligence-sharing agreement that they signed in 2016.", "en", {"state:JPN", "state:KOR"}),
    ("Kenya and Uganda defended the trade pact that they signed last year.", "en", {"state:KEN", "state:UGA"}),
])
def test_plural_bare_relative_signing(text, lang, pair):
    assert pair in parties(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Kenia y Uganda rechazan el acuerdo que firmaron los rebeldes en 2016.", "es"),
    ("Kenya and Uganda criticised the trade pact it signed in 2019.", "en"),
    ("Kenya and Uganda denied that they ever honoured the pact they signed in 2019.", "en"),
])
def test_plural_bare_relative_not_theirs(text, lang):
    assert not parties(text, lang)


# ---------------------------------------------------------------- a passive after a relative clause on the agreement
@pytest.mark.parametrize("text,lang,pair", [
    ("El acuerdo que le dio origen fue firmado en 2014 por el gobierno de Cristina Fernández de Kirchner y la República "
     "Popular China, y aprobado por el Congreso en febrero de 2015.", "es", {"state:ARG", "state:CHN"}),
    ("The deal that ended the war was signed in 2019 by the governments of Kenya and Uganda.", "en", {"state:KEN", "state:UGA"}),
    ("El tratado que puso fin a la guerra fue firmado en 2019 por Kenia y Uganda.", "es", {"state:KEN", "state:UGA"}),
    ("The accord that created the force was signed by Kenya and Uganda in 2019.", "en", {"state:KEN", "state:UGA"}),
])
def test_passive_after_relative(text, lang, pair):
    assert pair in parties(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("The accord that would create the force was never signed by Kenya and Uganda.", "en"),
    ("El acuerdo que crearía la fuerza será firmado por Kenia y Uganda en 2026.", "es"),
])
def test_passive_after_relative_unsigned(text, lang):
    assert not parties(text, lang)


# ---------------------------------------------------------------- a signatory list ends at a time clause
def test_signatory_list_ends_at_time_clause():
    text = ("Panamá se había adherido mediante un memorando firmado en noviembre de 2017 por el gobierno de Juan Carlos "
            "Varela, cinco meses después de romper relaciones con Taiwán.")
    assert not any("state:TWN" in p for p in parties(text, "es"))


def test_signatory_of_another_year_is_not_the_story_agreement():
    text = ("Panamá y Estados Unidos firmaron el martes un memorando de entendimiento sobre seguridad. Panamá se había "
            "adherido a la Franja y la Ruta mediante un memorando firmado en noviembre de 2017 por el gobierno de Juan "
            "Carlos Varela.")
    got = [c for c in signing_claims(text, "es", PUB) if c.predicate == "SIGNED" and "varela" in c.subject]
    assert not any("2025" in c.object for c in got), got


# ---------------------------------------------------------------- a severance in a list of acts after ";"
@pytest.mark.parametrize("text,lang,pair", [
    ("En diciembre de 2021 Managua rompió con Taiwán para abrazar a China; en septiembre de 2022 cortó relaciones con "
     "los Países Bajos, que habían cancelado la financiación de un hospital.", "es", ("state:NIC", "state:NLD")),
    ("Nicaragua expulsó al nuncio en 2022; en 2023 rompió relaciones con Israel.", "es", ("state:NIC", "state:ISR")),
    ("In 2021 Nicaragua broke with Taiwan; in September 2022 it cut ties with the Netherlands.", "en", ("state:NIC", "state:NLD")),
    ("Nicaragua expelled the EU envoy in 2022; in 2023 cut relations with Israel.", "en", ("state:NIC", "state:ISR")),
])
def test_severance_after_semicolon(text, lang, pair):
    assert pair in severed(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Nicaragua expulsó al nuncio en 2022; en 2023 no rompió relaciones con Israel.", "es"),
    ("Nicaragua expelled the EU envoy in 2022; in 2023 it did not cut relations with Israel.", "en"),
])
def test_severance_after_semicolon_negated(text, lang):
    assert not severed(text, lang)


# ---------------------------------------------------------------- an agreement's name is no armed force's
@pytest.mark.parametrize("text,lang,pair", [
    ("The Philippines and New Zealand signed a Status of Visiting Forces Agreement in Manila.", "en", {"state:PHL", "state:NZL"}),
    ("The Philippines and New Zealand sign a Status of Visiting Forces Agreement in Manila, signed by their defence "
     "ministers.", "en", {"state:PHL", "state:NZL"}),
    ("Filipinas y Nueva Zelanda firmaron el Acuerdo sobre el Estatuto de las Fuerzas Visitantes en Manila.", "es",
     {"state:PHL", "state:NZL"}),
    ("Kenya and Haiti signed a Status of Forces Agreement in 2024.", "en", {"state:KEN", "state:HTI"}),
    ("Kenia y Haití firmaron el Acuerdo de Fuerzas Multinacionales en 2024.", "es", {"state:KEN", "state:HTI"}),
    ("Japan and the Philippines signed the Reciprocal Access Agreement, which lets Japan Self-Defense Forces train there.",
     "en", {"state:JPN", "state:PHL"}),
])
def test_forces_agreement_is_an_agreement(text, lang, pair):
    assert pair in parties(text, lang)


@pytest.mark.parametrize("text,name", [
    ("The Southern Liberation Forces attacked the town on Monday.", "Southern Liberation Forces"),
    ("Las Fuerzas Democráticas del Sur atacaron el pueblo el lunes.", "Fuerzas Democráticas del Sur"),
    ("The Northern Protection Forces Command signed a truce with the army.", "Northern Protection Forces Command"),
])
def test_armed_forces_still_named(text, name):
    from tests.extracting import discovered
    assert name in {e.name for e in discovered(text, "group:", PUB).values()}


# ---------------------------------------------------------------- a clitic before a signing verb is the text, no actor
@pytest.mark.parametrize("text,who", [
    ("Paraguay firmó en junio un memorando de entendimiento con Taiwán. Lo suscribieron en Asunción el canciller "
     "paraguayo, Rubén Ramírez Lezcano, y su homólogo taiwanés, Lin Chia-lung.",
     {"official:ruben-ramirez-lezcano", "official:lin-chia-lung"}),
    ("Paraguay firmó un memorando de entendimiento con Taiwán para cooperar en energía. Lo suscribieron el canciller "
     "paraguayo, Rubén Ramírez Lezcano, y su homólogo taiwanés, Lin Chia-lung.",
     {"official:ruben-ramirez-lezcano", "official:lin-chia-lung"}),
    ("Kenia firmó en mayo un tratado fronterizo con Etiopía. Lo firmaron el canciller keniano, Musalia Mudavadi, y su "
     "homólogo etíope, Gedion Timothewos.", {"official:musalia-mudavadi", "official:gedion-timothewos"}),
    ("Kenia firmó en mayo una declaración conjunta con Etiopía. La rubricaron el canciller keniano, Musalia Mudavadi, y su "
     "homólogo etíope, Gedion Timothewos.", {"official:musalia-mudavadi", "official:gedion-timothewos"}),
    ("Kenia firmó en mayo un tratado fronterizo con Etiopía. Lo han firmado el canciller keniano, Musalia Mudavadi, y su "
     "homólogo etíope, Gedion Timothewos.", {"official:musalia-mudavadi", "official:gedion-timothewos"}),
    ("Kenia firmó en mayo un tratado fronterizo con Etiopía. Lo suscriben el canciller keniano, Musalia Mudavadi, y su "
     "homólogo etíope, Gedion Timothewos.", {"official:musalia-mudavadi", "official:gedion-timothewos"}),
])
def test_clitic_before_signing_is_the_text(text, who):
    assert who <= signing_subjects(text, "SIGNED", "es", PUB)


def test_clitic_before_signing_names_no_state():
    text = ("Kenia firmó en mayo un tratado fronterizo con Etiopía. Lo firmaron el canciller keniano, Musalia Mudavadi, y "
            "su homólogo etíope, Gedion Timothewos.")
    got = [c for c in extract_text(text, language="es", published=PUB) if c.char_start > text.index("Lo firmaron")]
    assert not any(c.subject == "state:KEN" or c.object == "state:KEN" for c in got), got
