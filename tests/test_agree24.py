"""Agreements (session 24): who signed and who is a party. Sentences written for these tests, both languages."""

import pytest

from tests.extracting import agreements_and_positive

PUB = "2025-10-20"


def _run(text: str, lang: str, pub: str = PUB):
    return agreements_and_positive(text, lang, pub)


def _parties(claims, ag=None):
    return {c.subject for c in claims if c.predicate == "PARTY_TO" and (ag is None or c.object == ag)}


def _signed(claims):
    return {c.subject: c.object for c in claims if c.predicate == "SIGNED"}


# ------------------------------------------- "A and his counterpart B signed the document": both, not B alone
@pytest.mark.parametrize("text,lang,people", [
    ("The Philippines and Vietnam on Monday signed a memorandum of understanding on coast guard cooperation. Foreign "
     "Secretary Theresa Lazaro and her Vietnamese counterpart, Le Hoai Trung, signed the document in Pasay City.", "en",
     {"official:maria-theresa-lazaro", "official:le-hoai-trung"}),
    # (the counterpart's name right after "counterpart", no comma)
    ("Brazil and Argentina signed a defence pact in March. Brazilian Defence Minister José Múcio and his Argentine "
     "counterpart Luis Petri signed the document in Buenos Aires.", "en", {"official:jose-mucio", "official:luis-petri"}),
])
def test_every_person_of_a_signing_list_signs_the_agreement_read(text, lang, people):
    _, claims = _run(text, lang)
    signed = _signed(claims)
    assert people <= set(signed)
    assert len({signed[p] for p in people}) == 1


# ------------------------------------------- a signing told with no object: the agreement just read
@pytest.mark.parametrize("text,lang,people", [
    ("Brazil and Argentina signed a defence pact in March. Brazilian Defence Minister José Múcio and his Argentine "
     "counterpart Luis Petri signed in Buenos Aires.", "en", {"official:jose-mucio", "official:luis-petri"}),
    ("Brazil and Argentina agreed a defence pact in March. Brazilian Defence Minister José Múcio and his Argentine "
     "counterpart Luis Petri put pen to paper on Tuesday.", "en", {"official:jose-mucio", "official:luis-petri"}),
    ("Colombia y Venezuela firmaron un memorando de seguridad. El canciller colombiano Luis Gilberto Murillo y su "
     "homólogo venezolano Yván Gil firmaron en Caracas el miércoles.", "es",
     {"official:luis-gilberto-murillo", "official:yvan-gil"}),
])
def test_a_signing_without_object_is_of_the_agreement_just_read(text, lang, people):
    _, claims = _run(text, lang)
    assert people <= set(_signed(claims))


@pytest.mark.parametrize("text,lang", [
    ("Brazil and Argentina signed a defence pact in March. Brazilian Defence Minister José Múcio and his Argentine "
     "counterpart Luis Petri did not sign in Buenos Aires.", "en"),
    ("Brazil and Argentina signed a defence pact in March. Brazilian Defence Minister José Múcio and his Argentine "
     "counterpart Luis Petri are expected to put pen to paper in Buenos Aires.", "en"),
    ("Brazil and Argentina signed a defence pact in March. Argentine President Javier Milei signed in support of the "
     "initiative.", "en"),
    ("Colombia y Venezuela firmaron un memorando de seguridad. El canciller colombiano Luis Gilberto Murillo y su "
     "homólogo venezolano Yván Gil no firmaron en Caracas.", "es"),
])
def test_no_signing_without_object_when_denied_planned_or_no_signing(text, lang):
    _, claims = _run(text, lang)
    assert not _signed(claims)


def test_neither_nor_signs_nothing():
    text = ("The same day, Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov initialled the text of a peace treaty. "
            "Eight months on, neither Aliyev nor Pashinyan has signed the treaty.")
    _, claims = _run(text, "en")
    assert not {"official:ilham-aliyev", "official:nikol-pashinyan"} & set(_signed(claims))


# ------------------------------------------- the signatory named by the noun
@pytest.mark.parametrize("text,lang,people", [
    ("Saudi Arabia and Iran restored relations under an agreement signed in Beijing on 10 March 2023. The Saudi "
     "signatory was Musaed bin Mohammed Al-Aiban, the kingdom's national security adviser, and the Iranian signatory "
     "was Ali Shamkhani.", "en", {"official:musaed-bin-mohammed-al-aiban", "official:ali-shamkhani"}),
    ("Saudi Arabia and Iran restored relations under an agreement signed in Beijing on 10 March 2023. Ali Shamkhani "
     "was the Iranian signatory.", "en", {"official:ali-shamkhani"}),
    ("Mali and Russia signed a memorandum of understanding on Monday. Signatories: Alexei Likhachev, Rosatom's chief "
     "executive, and Mali's energy minister, Bintou Camara.", "en", {"official:alexei-likhachev", "official:bintou-camara"}),
    ("Colombia y Venezuela firmaron un memorando de entendimiento en Caracas. Los firmantes fueron el canciller "
     "colombiano Luis Gilberto Murillo y su homólogo venezolano, Yván Gil.", "es",
     {"official:luis-gilberto-murillo", "official:yvan-gil"}),
    ("Colombia y Venezuela firmaron un memorando de entendimiento en Caracas. El firmante venezolano fue el canciller "
     "Yván Gil.", "es", {"official:yvan-gil"}),
])
def test_the_signatory_noun_names_who_signed(text, lang, people):
    _, claims = _run(text, lang)
    assert people <= set(_signed(claims))


@pytest.mark.parametrize("text,lang", [
    ("Colombia and Ecuador are negotiating a security memorandum. The Colombian signatory would be Foreign Minister "
     "Luis Gilberto Murillo.", "en"),
    ("Colombia y Venezuela negocian un memorando de entendimiento. El firmante venezolano sería el canciller Yván Gil.", "es"),
])
def test_a_signatory_still_to_come_signs_nothing(text, lang):
    _, claims = _run(text, lang)
    assert not _signed(claims)


def test_signatory_states_are_parties_not_signers():
    _, claims = _run("Iran and Saudi Arabia signed an agreement in Beijing in 2023. The signatories were Iran and Saudi "
                     "Arabia, with China as guarantor.", "en")
    assert not _signed(claims)
    assert {"state:IRN", "state:SAU"} <= _parties(claims)
    assert "state:CHN" not in _parties(claims)


# ------------------------------------------- a mediator's participle before the signing's
@pytest.mark.parametrize("text,lang,parties,year", [
    ("Saudi Arabia and Iran restored relations under an agreement brokered by China and signed in Beijing on 10 March "
     "2023.", "en", {"state:SAU", "state:IRN"}, "2023"),
    ("Saudi Arabia and Iran restored relations under a China-brokered agreement signed in Beijing on 10 March 2023.", "en",
     {"state:SAU", "state:IRN"}, "2023"),
    ("Armenia and Azerbaijan ended the war under a ceasefire mediated by Russia and signed in November 2020.", "en",
     {"state:ARM", "state:AZE"}, "2020"),
    ("Arabia Saudita e Irán restablecieron relaciones en virtud de un acuerdo mediado por China y firmado en Pekín el 10 "
     "de marzo de 2023.", "es", {"state:SAU", "state:IRN"}, "2023"),
])
def test_a_mediated_agreement_signed_then_has_the_clause_subjects_as_parties(text, lang, parties, year):
    agreements, claims = _run(text, lang)
    got = _parties(claims)
    assert got == parties  # (the mediator is no party)
    assert all((c.date or "").startswith(year) for c in claims if c.predicate == "PARTY_TO")


# ------------------------------------------- one more party named after the signing
@pytest.mark.parametrize("text,lang,extra", [
    ("Saudi Arabia and Iran signed an agreement in Beijing on 10 March 2023; China is a party to the trilateral "
     "statement.", "en", "state:CHN"),
    ("Armenia and Azerbaijan signed a joint declaration at the White House on 8 August 2025. The United States is a "
     "party to the declaration.", "en", "state:USA"),
    ("Arabia Saudita e Irán firmaron un acuerdo en Pekín el 10 de marzo de 2023. China también es parte del acuerdo.",
     "es", "state:CHN"),
    # (an apposition between the party and its copula)
    ("Mali and Russia signed a memorandum of understanding on Monday. Rosatom, the Russian state nuclear corporation, is "
     "a party to the document alongside the Malian energy ministry, officials said.", "en", "group:rosatom"),
    ("Malí y Rusia firmaron un memorando de entendimiento el lunes. Rosatom, la corporación nuclear estatal rusa, también "
     "es parte del documento.", "es", "group:rosatom"),
])
def test_a_party_named_after_the_signing_joins_its_agreement(text, lang, extra):
    _, claims = _run(text, lang)
    ags = {c.object for c in claims if c.predicate == "PARTY_TO"}
    assert len(ags) == 1
    assert extra in _parties(claims)


@pytest.mark.parametrize("text,lang", [
    ("Saudi Arabia and Iran signed an agreement in Beijing on 10 March 2023. China is not a party to the agreement.", "en"),
    ("Saudi Arabia and Iran signed an agreement in Beijing on 10 March 2023. Oman wants to become a party to the "
     "agreement.", "en"),
    ("Saudi Arabia and Iran signed an agreement in Beijing on 10 March 2023. Yemen is a party to the conflict.", "en"),
    ("Arabia Saudita e Irán firmaron un acuerdo en Pekín el 10 de marzo de 2023. China no es parte del acuerdo.", "es"),
])
def test_no_party_joins_when_denied_wished_or_no_agreement(text, lang):
    _, claims = _run(text, lang)
    assert _parties(claims) == {"state:SAU", "state:IRN"}


# ------------------------------------------- the signers of an agreement the rules read without them
@pytest.mark.parametrize("text,lang,people", [
    ("La confederación que Mali, Burkina Faso y Níger sellaron con un tratado firmado en Niamey en julio de 2024 por el "
     "capitán Ibrahim Traoré y el general Abdourahamane Tiani.", "es",
     {"official:ibrahim-traore", "official:abdourahamane-tchiani"}),
])
def test_signers_of_the_rules_agreement(text, lang, people):
    _, claims = _run(text, lang)
    signed = _signed(claims)
    assert people <= set(signed)
    assert len({signed[p] for p in people}) == 1


# ------------------------------------------- "The deal was inked by A and B": the agreement the text dated before
@pytest.mark.parametrize("text,lang", [
    ("Turkey and Somalia signed a defence and economic cooperation agreement in Ankara on February 8, 2024. The deal was "
     "inked by Turkish Defence Minister Yasar Guler and his Somali counterpart Abdulkadir Mohamed Nur.", "en"),
    ("Turquía y Somalia firmaron en Ankara el 8 de febrero de 2024 un acuerdo de cooperación en defensa y economía. El "
     "acuerdo fue rubricado por el ministro de Defensa turco, Yasar Güler, y su homólogo somalí, Abdulkadir Mohamed Nur.",
     "es"),
])
def test_a_definite_agreement_signed_by_people_is_the_one_dated_before(text, lang):
    agreements, claims = _run(text, lang)
    assert len(agreements) == 1
    ag = next(iter(agreements.values()))
    assert ag.date == "2024-02-08"
    assert set(_signed(claims)) == {"official:yasar-guler", "official:abdulkadir-mohamed-nur"}


def test_a_definite_agreement_signed_with_its_own_date_stays_its_own():
    agreements, claims = _run("The deal was inked by Turkish Defence Minister Yasar Guler and his Somali counterpart "
                              "Abdulkadir Mohamed Nur on Thursday.", "en")
    assert len(agreements) == 1 and set(_signed(claims)) == {"official:yasar-guler", "official:abdulkadir-mohamed-nur"}


# ------------------------------------------- signature blocks at the foot of a signed text
_FOOT_EN = """JOINT STATEMENT ON SECURITY COOPERATION BETWEEN SOLOMON ISLANDS AND AUSTRALIA

The Governments of Solomon Islands and Australia reaffirm their commitment to regional security and agree to deepen police cooperation.

Signed in Honiara on 5 March 2025.

For the Government of Solomon Islands: Jeremiah Manele, Prime Minister

For the Government of Australia: Penny Wong, Minister for Foreign Affairs
"""
_FOOT_ES = """MEMORANDO DE ENTENDIMIENTO ENTRE LA REPÚBLICA DE COLOMBIA Y LA REPÚBLICA DEL ECUADOR

Las partes acuerdan reforzar la cooperación en seguridad fronteriza.

Firmado en Quito, el 5 de marzo de 2025.

Por la República de Colombia, Luis Gilberto Murillo, Ministro de Relaciones Exteriores.

Por la República del Ecuador, Gabriela Sommerfeld, Ministra de Relaciones Exteriores.
"""


@pytest.mark.parametrize("text,lang,parties,people", [
    (_FOOT_EN, "en", {"state:SLB", "state:AUS"}, {"official:jeremiah-manele", "official:penny-wong"}),
    (_FOOT_ES, "es", {"state:COL", "state:ECU"}, {"official:luis-gilberto-murillo", "official:gabriela-sommerfeld"}),
])
def test_signature_blocks_sign_the_text_for_their_states(text, lang, parties, people):
    agreements, claims = _run(text, lang, "2025-03-06")
    assert len(agreements) == 1
    ag = next(iter(agreements))
    assert _parties(claims, ag) == parties
    assert {p for p, a in _signed(claims).items() if a == ag} == people
    assert all(c.date == "2025-03-05" for c in claims if c.predicate in ("SIGNED", "PARTY_TO"))


@pytest.mark.parametrize("text,lang", [
    # one side's block only: a letter, no agreement of two sides
    ("OPEN LETTER ON THE SECURITY AGREEMENT\n\nWe call for transparency.\n\nFor the Government of Australia: Penny Wong, "
     "Minister for Foreign Affairs\n", "en"),
    # no agreement noun in the title: a communiqué of a meeting is not signed as one
    ("READOUT OF THE MEETING\n\nThe ministers discussed security.\n\nFor the Government of Solomon Islands: Jeremiah "
     "Manele, Prime Minister\n\nFor the Government of Australia: Penny Wong, Minister for Foreign Affairs\n", "en"),
])
def test_no_agreement_from_blocks_of_one_side_or_without_an_agreement_title(text, lang):
    agreements, claims = _run(text, lang, "2025-03-06")
    assert not any(c.rule.endswith("foot_signature") for c in claims)


# ------------------------------------------- "his counterpart, X": the name in apposition, not today's office holder
@pytest.mark.parametrize("text,lang", [
    ("El canciller Luis Gilberto Murillo firmó en marzo con su homólogo palestino, Riyad al Maliki, un memorando de "
     "entendimiento sobre consultas políticas.", "es"),
    ("Colombian Foreign Minister Luis Gilberto Murillo signed a memorandum of understanding on political consultations "
     "with his Palestinian counterpart, Riyad al-Maliki, in March.", "en"),
])
def test_the_counterpart_named_in_apposition_signs(text, lang):
    _, claims = _run(text, lang, "2025-03-03")
    signed = set(_signed(claims))
    assert "official:riyad-al-maliki" in signed
    assert "official:varsen-aghabekian" not in signed


# ------------------------------------------- "the two leaders" named in the sentence before, on the day it gives
_LEADERS_EN = ("When Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met at the White House on "
               "8 August 2025, they did more than pose for photographs. Together with President Donald Trump, the two "
               "leaders signed a joint declaration committing Armenia and Azerbaijan to end the conflict.")
_LEADERS_ES = ("El primer ministro armenio, Nikol Pashinián, y el presidente azerbaiyano, Ilham Aliyev, se reunieron en "
               "Washington el 8 de agosto de 2025 durante varias horas. Junto a Donald Trump, ambos mandatarios firmaron "
               "una declaración conjunta.")


@pytest.mark.parametrize("text,lang", [(_LEADERS_EN, "en"), (_LEADERS_ES, "es")])
def test_the_two_leaders_of_the_sentence_before_sign_with_their_companion(text, lang):
    agreements, claims = _run(text, lang, "2026-04-09")
    signed = _signed(claims)
    assert {"official:nikol-pashinyan", "official:ilham-aliyev", "official:donald-trump"} <= set(signed)
    assert _parties(claims) == {"state:ARM", "state:AZE"}  # (the companion signs; no party unless the text says so)
    assert all(c.date == "2025-08-08" for c in claims if c.predicate in ("SIGNED", "PARTY_TO"))


def test_both_foreign_ministers_are_not_the_presidents_named_before():
    text = ("El viernes 8, el primer ministro de Armenia, Nikol Pashinián, y el presidente de Azerbaiyán, Ilham Aliyev, "
            "firmaron en Washington una declaración conjunta. Ambos cancilleres rubricaron además el texto del tratado de paz.")
    _, claims = _run(text, "es", "2025-08-10")
    signed = _signed(claims)
    assert len({signed[p] for p in ("official:nikol-pashinyan", "official:ilham-aliyev")}) == 1  # one agreement only


# ------------------------------------------- "The ministers signed": each party's minister the document named last
_MINISTERS_EN = ("Estonia's Minister of Foreign Affairs Margus Tsahkna hosted Ukraine's Minister of Foreign Affairs Andrii "
                 "Sybiha in Tallinn today. The ministers discussed military support for Ukraine.\n\nThe key points of the "
                 "meeting were:\n\n- **Drone production.** The ministers signed a memorandum of understanding between "
                 "Estonia and Ukraine on the joint production of unmanned systems.")
_MINISTERS_ES = ("El canciller colombiano, Luis Gilberto Murillo, recibió en Bogotá a su homólogo venezolano, Yván Gil. Ambos "
                 "hablaron de la frontera.\n\nAl término de la reunión, los cancilleres firmaron un memorando de "
                 "entendimiento entre Colombia y Venezuela sobre seguridad fronteriza.")


@pytest.mark.parametrize("text,lang,people", [
    (_MINISTERS_EN, "en", {"official:margus-tsahkna", "official:andrii-sybiha"}),
    (_MINISTERS_ES, "es", {"official:luis-gilberto-murillo", "official:yvan-gil"}),
])
def test_the_ministers_are_each_partys_minister_named_before(text, lang, people):
    _, claims = _run(text, lang)
    assert set(_signed(claims)) == people


@pytest.mark.parametrize("text,lang", [
    # the people named before hold no ministry: "the ministers" are others
    ("Brazilian President Luiz Inácio Lula da Silva received Argentine President Javier Milei in Brasília. Later the "
     "ministers signed a defence agreement between Brazil and Argentina.", "en"),
    # no signing: the ministers only talked
    ("Estonia's Minister of Foreign Affairs Margus Tsahkna hosted Ukraine's Minister of Foreign Affairs Andrii Sybiha. "
     "The ministers discussed a memorandum of understanding between Estonia and Ukraine.", "en"),
])
def test_no_plural_signers_without_a_fitting_office_or_a_signing(text, lang):
    _, claims = _run(text, lang)
    assert not any(c.rule.endswith("plural_signers") for c in claims)


# ------------------------------------------- an agreement another verb governs, its signing told in a relative clause
@pytest.mark.parametrize("text,lang,parties", [
    ("El Congreso boliviano ratificó el memorando de defensa que Bolivia firmó con Irán en julio de 2023.", "es",
     {"state:BOL", "state:IRN"}),
    ("Bolivia's parliament ratified the defence memorandum that Bolivia signed with Iran in July 2023.", "en",
     {"state:BOL", "state:IRN"}),
    ("Kenya renewed the security pact that it signed with Haiti in 2024.", "en", {"state:KEN", "state:HTI"}),
])
def test_the_relative_signing_gives_the_parties_of_an_agreement_ratified_or_renewed(text, lang, parties):
    _, claims = _run(text, lang)
    assert _parties(claims) == parties
    assert all(c.date and c.date[:4] in ("2023", "2024") for c in claims if c.predicate == "PARTY_TO")


@pytest.mark.parametrize("text,lang", [
    ("Armenia se convirtió oficialmente en Estado parte del Estatuto de Roma el 1 de febrero de 2024.", "es"),
    ("Armenia formally became a party to the Rome Statute of the International Criminal Court on 1 February 2024.", "en"),
])
def test_becoming_a_state_party_with_an_adverb(text, lang):
    _, claims = _run(text, lang)
    assert "state:ARM" in _parties(claims)


# ------------------------------------------- the signing fronted as a noun, its parties the clause's subject
@pytest.mark.parametrize("text,lang", [
    ("With the signing of the memorandum, Paraguay and Taiwan committed to cooperate on cybersecurity.", "en"),
    ("Con la firma del memorando, Paraguay y Taiwán se comprometen a cooperar en ciberseguridad.", "es"),
    ("Tras la firma del acuerdo en Asunción el 3 de marzo, Paraguay y Taiwán anunciaron patrullas conjuntas.", "es"),
])
def test_a_fronted_signing_has_the_clause_subjects_as_parties(text, lang):
    _, claims = _run(text, lang)
    assert _parties(claims) == {"state:PRY", "state:TWN"}


@pytest.mark.parametrize("text,lang", [
    ("After the signing of the accord was postponed, Paraguay and Taiwan blamed each other.", "en"),
    ("With the signing of the memorandum still pending, Paraguay and Taiwan traded accusations.", "en"),
    ("Con la firma del memorando aplazada, Paraguay y Taiwán se acusaron mutuamente.", "es"),
])
def test_a_fronted_signing_put_off_has_no_parties(text, lang):
    _, claims = _run(text, lang)
    assert not _parties(claims)


# ------------------------------------------- a narrative infinitive told as done
@pytest.mark.parametrize("text,lang,parties", [
    ("The Solomon Islands went on to sign a security agreement with China in 2022.", "en", {"state:SLB", "state:CHN"}),
    ("Honduras later went on to sign a free trade agreement with China.", "en", {"state:HND", "state:CHN"}),
    ("Honduras terminó firmando un tratado de libre comercio con China en 2023.", "es", {"state:HND", "state:CHN"}),
])
def test_went_on_to_sign_is_a_signing(text, lang, parties):
    _, claims = _run(text, lang)
    assert _parties(claims) == parties


@pytest.mark.parametrize("text,lang", [
    ("Honduras never went on to sign a free trade agreement with China.", "en"),
    ("Honduras may go on to sign a free trade agreement with China.", "en"),
])
def test_went_on_to_sign_denied_or_possible_is_none(text, lang):
    _, claims = _run(text, lang)
    assert not _parties(claims)


# ------------------------------------------- the host of a visit is the other side
@pytest.mark.parametrize("text,lang", [
    ("Argentina joined in February 2022, when then-president Alberto Fernández signed a memorandum of understanding "
     "during a visit to Beijing.", "en"),
    ("Alberto Fernández signed a memorandum of understanding on a visit to Beijing in February 2022.", "en"),
    ("El presidente Alberto Fernández firmó un memorando de entendimiento durante una visita a Pekín en febrero de 2022.",
     "es"),
])
def test_a_signing_during_a_visit_has_the_host_as_other_side(text, lang):
    _, claims = _run(text, lang)
    assert _parties(claims) == {"state:ARG", "state:CHN"}
    assert "official:alberto-fernandez" in _signed(claims)


@pytest.mark.parametrize("text,lang", [
    ("Alberto Fernández did not sign any memorandum during his visit to Beijing in February 2022.", "en"),
])
def test_no_signing_during_a_visit_signs_nothing(text, lang):
    _, claims = _run(text, lang)
    assert not _parties(claims)


def test_a_named_partner_is_not_replaced_by_the_host():
    _, claims = _run("Argentina signed a memorandum with Brazil during a visit to Beijing in February 2022.", "en")
    assert _parties(claims) == {"state:ARG", "state:BRA"}


# ------------------------------------------- a comma list of people, each with their state's possessive
def test_every_person_of_a_comma_list_signs():
    text = ("The leaders of Peru, Chile, Colombia and Ecuador signed the Lima Declaration on organised crime on Wednesday.\n\n"
            "Peru's President Dina Boluarte, Chile's Gabriel Boric, Colombia's Gustavo Petro and Ecuador's Daniel Noboa put "
            "their signatures to the text at the Government Palace.")
    _, claims = _run(text, "en")
    assert {"official:dina-boluarte", "official:gabriel-boric", "official:gustavo-petro", "official:daniel-noboa"} \
        <= set(_signed(claims))


# ------------------------------------------- a declaration in its own first person
_WE_EN = ("DECLARATION OF HONIARA\n\nWe, the Leaders of Solomon Islands, Papua New Guinea, Vanuatu and Fiji, meeting in "
          "Honiara on 5 March 2025, adopt the following declaration.\n\nWe commit to deepen police cooperation.")
_WE_ES = ("DECLARACIÓN DE LIMA\n\nLos jefes de Estado y de Gobierno de Perú, Chile, Colombia y Ecuador, reunidos en Lima el 5 "
          "de marzo de 2025, suscribimos la presente Declaración.\n\nNos comprometemos a reforzar la cooperación.")


@pytest.mark.parametrize("text,lang,parties", [
    (_WE_EN, "en", {"state:SLB", "state:PNG", "state:VUT", "state:FJI"}),
    (_WE_ES, "es", {"state:PER", "state:CHL", "state:COL", "state:ECU"}),
])
def test_the_first_person_declaration_has_its_signers_as_parties(text, lang, parties):
    agreements, claims = _run(text, lang, "2025-03-06")
    assert _parties(claims) == parties
    assert all(c.date == "2025-03-05" for c in claims if c.predicate == "PARTY_TO")


@pytest.mark.parametrize("text,lang", [
    # a report on a declaration still to come: not its own first person
    ("The leaders of Solomon Islands, Papua New Guinea, Vanuatu and Fiji will adopt a declaration in Honiara.", "en"),
    ("Nosotros, los presidentes de Perú y Chile, no suscribimos la presente declaración.", "es"),
])
def test_no_first_person_declaration_when_reported_or_denied(text, lang):
    _, claims = _run(text, lang, "2025-03-06")
    assert not _parties(claims)


# ------------------------------------------- a year given dates the signing
def test_a_signing_in_a_year_keeps_it():
    agreements, claims = _run("Senegal and Gambia signed a fisheries memorandum in 2017.", "en", "2025-10-22")
    assert {c.date for c in claims if c.predicate == "PARTY_TO"} == {"2017"}


# ------------------------------------------- a headline's "deal" or "pact" is the "agreement" its story names
@pytest.mark.parametrize("text,lang", [
    ("Congo, Rwanda sign U.S.-brokered peace deal\n\nWASHINGTON, June 28 (Meridian) - The foreign ministers of the "
     "Democratic Republic of Congo and Rwanda signed a peace agreement at the State Department on Friday.", "en"),
    ("Ghana, Togo seal security pact\n\nACCRA, May 3 - Ghana and Togo signed a security agreement on Friday.", "en"),
])
def test_the_story_s_agreement_names_the_headline_s_deal(text, lang):
    agreements, _ = _run(text, lang, "2025-06-28")
    assert len(agreements) == 1
    assert next(iter(agreements.values())).kind.split()[-1] == "agreement"


def test_a_deal_named_after_an_agreement_stays_an_agreement():
    agreements, _ = _run("Ghana and Togo signed a security agreement on Friday. The deal covers border patrols.", "en",
                         "2025-06-28")
    assert agreements and all(a.kind.split()[-1] == "agreement" for a in agreements.values())
