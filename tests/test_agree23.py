"""Agreements (session 23): precision of who is a party. Sentences written for these tests, both languages."""

import pytest

from tests.extracting import agreements_and_positive

PUB = "2025-10-20"


def _run(text: str, lang: str, pub: str = PUB):
    return agreements_and_positive(text, lang, pub)


def _parties(claims):
    return {c.subject for c in claims if c.predicate == "PARTY_TO"}


def _signed(claims):
    return {c.subject for c in claims if c.predicate == "SIGNED"}


def _mou_pairs(claims):
    return {frozenset((c.subject, c.object)) for c in claims if c.predicate == "SIGNED_MOU_WITH"}


# ------------------------------------------- a "with" inside a coordinated clause of its own is no partner of the signing
@pytest.mark.parametrize("text,lang,partner,other", [
    ("In May Qatar signed a memorandum of understanding with the Syrian government on power generation, and it is "
     "paying, with Saudi Arabia, Syria's arrears to the World Bank.", "en", "state:SYR", "state:SAU"),
    ("Peru signed a trade deal with Chile last year, and its exporters are now competing with Ecuador.", "en",
     "state:CHL", "state:ECU"),
    ("Ghana signed a defence agreement with Togo in March, and it has since held joint patrols with Burkina Faso.", "en",
     "state:TGO", "state:BFA"),
    ("En mayo Qatar firmó un memorando de entendimiento con el gobierno sirio sobre generación eléctrica, y está pagando, "
     "junto con Arabia Saudita, las deudas de Siria con el Banco Mundial.", "es", "state:SYR", "state:SAU"),
    ("Paraguay firmó un convenio con Taiwán en 2024, y ahora tiene una disputa comercial con Brasil.", "es",
     "state:TWN", "state:BRA"),
])
def test_a_partner_of_a_later_coordinated_clause_is_no_party(text, lang, partner, other):
    agreements, claims = _run(text, lang)
    assert partner in _parties(claims)
    assert other not in _parties(claims)
    assert all(other not in pair for pair in _mou_pairs(claims))


@pytest.mark.parametrize("text,lang,partners", [
    # a second partner with its own "with" and no verb of its own: still the signing's ("and with B a year later")
    ("Indonesia signed a memorandum of understanding with Vietnam in 2023, and with the Philippines a year later.", "en",
     {"state:VNM", "state:PHL"}),
    ("Colombia firmó un memorando con Ecuador en 2022, y con Perú un año después.", "es", {"state:ECU", "state:PER"}),
])
def test_a_second_partner_without_a_verb_of_its_own_stays(text, lang, partners):
    _, claims = _run(text, lang)
    assert partners <= _parties(claims)


# ------------------------------------------------------------------- plural memoranda and MoUs; "plan de cooperación"
@pytest.mark.parametrize("text,lang,pairs", [
    ("A year later, on a tour of the region, Iran signed memorandums of understanding with Nicaragua and Cuba covering "
     "energy and health.", "en", {("state:IRN", "state:NIC"), ("state:IRN", "state:CUB")}),
    ("Last year Vietnam signed MoUs with Laos on power trade.", "en", {("state:VNM", "state:LAO")}),
    ("Un año después, en una gira por la región, Irán firmó memorandos de entendimiento con Nicaragua y Cuba.", "es",
     {("state:IRN", "state:NIC"), ("state:IRN", "state:CUB")}),
])
def test_plural_memoranda_are_signed_with_each_partner(text, lang, pairs):
    _, claims = _run(text, lang)
    assert {frozenset(p) for p in pairs} <= _mou_pairs(claims)


@pytest.mark.parametrize("text,lang", [
    ("In June 2022 Ebrahim Raisi and Venezuelan President Nicolás Maduro signed a 20-year cooperation plan in Tehran.", "en"),
    ("En junio de 2022 Ebrahim Raisi y el presidente venezolano Nicolás Maduro firmaron un plan de cooperación a 20 años.", "es"),
])
def test_a_cooperation_plan_signed_by_two_presidents(text, lang):
    agreements, claims = _run(text, lang)
    assert _parties(claims) == {"state:IRN", "state:VEN"}
    assert _signed(claims) == {"official:ebrahim-raisi", "official:nicolas-maduro"}


def test_a_plan_still_being_discussed_is_not_signed():
    _, claims = _run("Irán y Venezuela discuten un plan de cooperación que podrían firmar el próximo año.", "es")
    assert not _parties(claims)


# ------------------------------------- two signings in one sentence: the second clause's partners are its own
@pytest.mark.parametrize("text,lang", [
    ("In June 2022 Ebrahim Raisi and Venezuelan President Nicolás Maduro signed a 20-year cooperation plan in Tehran, and "
     "a year later, on a tour of the region, Iran signed memorandums of understanding with Nicaragua and Cuba.", "en"),
    ("En junio de 2022 Ebrahim Raisi y el presidente venezolano Nicolás Maduro firmaron un plan de cooperación en Teherán, "
     "y un año después, en una gira por la región, Irán firmó memorandos de entendimiento con Nicaragua y Cuba.", "es"),
])
def test_a_later_clause_with_its_own_subject_keeps_its_partners(text, lang):
    agreements, claims = _run(text, lang)
    by_agreement: dict = {}
    for c in claims:
        if c.predicate == "PARTY_TO":
            by_agreement.setdefault(c.object, set()).add(c.subject)
    plan = [a for a, p in by_agreement.items() if "state:VEN" in p]
    assert plan and all(by_agreement[a] == {"state:IRN", "state:VEN"} for a in plan)
    assert {frozenset(("state:IRN", "state:NIC")), frozenset(("state:IRN", "state:CUB"))} <= _mou_pairs(claims)


# ------------------------ "he and X signed": a profile's subject, not a counterpart named paragraphs before
_PROFILE_EN = ("Ebrahim Raisi, the hardline cleric who became Iran's president in 2021, died on Sunday. Raisi spent his career "
               "in the judiciary, and as president Raisi backed a crackdown on protesters.\n\nIran restored ties with Saudi "
               "Arabia in a deal signed in Beijing by Ali Shamkhani and his Saudi counterpart, Musaed al-Aiban.\n\nIn Latin "
               "America he looked for allies. In 2022 he and Venezuelan President Nicolás Maduro signed a cooperation plan.")
_PROFILE_ES = ("Ebrahim Raisi, el clérigo conservador que llegó a la presidencia de Irán en 2021, murió el domingo. Raisi hizo "
               "carrera en la judicatura y como presidente Raisi respaldó la represión.\n\nIrán restableció relaciones con "
               "Arabia Saudita en un acuerdo firmado en Pekín por Ali Shamkhani y su homólogo saudí, Musaed al-Aiban.\n\nEn "
               "junio de 2022 él y el presidente venezolano Nicolás Maduro firmaron un plan de cooperación.")


@pytest.mark.parametrize("text,lang", [(_PROFILE_EN, "en"), (_PROFILE_ES, "es")])
def test_he_in_a_profile_is_its_subject(text, lang):
    _, claims = _run(text, lang, "2024-05-20")
    plan = {c.object for c in claims if c.predicate == "PARTY_TO" and c.subject == "state:VEN"}
    assert plan
    signers = {c.subject for c in claims if c.predicate == "SIGNED" and c.object in plan}
    assert signers == {"official:ebrahim-raisi", "official:nicolas-maduro"}


def test_he_in_the_same_paragraph_is_the_person_just_named():
    # the last titled person of the paragraph, though the story names another person more
    text = ("Ebrahim Raisi, Iran's president, met Nicolás Maduro in 2022. Raisi praised Caracas. Raisi also visited Cuba.\n\n"
            "Foreign Minister Hossein Amir-Abdollahian flew to Caracas in June. There he and Venezuelan Foreign Minister "
            "Carlos Faría signed a memorandum of understanding.")
    _, claims = _run(text, "en", "2024-05-20")
    assert _signed(claims) == {"official:hossein-amir-abdollahian", "official:carlos-faria"}


# ------------------- "the two governments" after a sentence in which a state only reports or fears what the others do
@pytest.mark.parametrize("text,lang,pair", [
    ("China, the country's largest creditor, is the other pole. U.S. officials have voiced concern since 2021 that Beijing "
     "may be seeking a naval base at Bata, a possibility Malabo has dismissed. In 2023 the two governments signed a "
     "memorandum of understanding on infrastructure financing.", "en", ("state:CHN", "state:GNQ")),
    ("Russia is the other partner. Washington has long warned that Moscow wants a port in Port Sudan, which Khartoum "
     "denies. In 2024 the two governments signed a memorandum of understanding on the base.", "en", ("state:RUS", "state:SDN")),
    ("China, su mayor acreedor, es el otro polo. Washington teme que Pekín busque una base naval en Bata, algo que Malabo "
     "ha negado. En 2023 los dos gobiernos firmaron un memorando de entendimiento sobre financiación.", "es",
     ("state:CHN", "state:GNQ")),
])
def test_the_two_governments_are_not_the_state_that_reports(text, lang, pair):
    _, claims = _run(text, lang)
    assert frozenset(pair) in _mou_pairs(claims)
    assert all("state:USA" not in p for p in _mou_pairs(claims))


def test_the_two_governments_after_an_act_between_two_states():
    # an act of one state upon another is the pair's event
    text = ("Managua broke off relations with Taipei in December. In 2023 the two governments signed a memorandum of "
            "understanding on trade.")
    _, claims = _run(text, "en")
    assert all("state:NIC" in p for p in _mou_pairs(claims)) and _mou_pairs(claims)


# ---------------- "the only deal both signed was the Black Sea Grain Initiative": the copula names the agreement meant
@pytest.mark.parametrize("text,lang,aid,parties", [
    ("Analysts note that the only major deal signed between Russia and Ukraine during the war was the Black Sea Grain "
     "Initiative, agreed in Istanbul in July 2022.", "en", "agreement:black-sea-grain-initiative", {"state:RUS", "state:UKR"}),
    ("The only accord signed by Ethiopia and Eritrea since the war remains the Algiers Agreement of 2000.", "en",
     "agreement:algiers-agreement-2000", {"state:ETH", "state:ERI"}),
    ("Según los expertos, el único pacto suscrito entre Rusia y Ucrania desde 2022 sigue siendo la Iniciativa de Granos "
     "del Mar Negro.", "es", "agreement:black-sea-grain-initiative", {"state:RUS", "state:UKR"}),
    ("Los analistas recuerdan que el único gran acuerdo firmado por ambos países durante la guerra fue la Iniciativa de "
     "Granos del Mar Negro, suscrita en Estambul en julio de 2022 por Rusia y Ucrania.", "es",
     "agreement:black-sea-grain-initiative", {"state:RUS", "state:UKR"}),
])
def test_a_description_the_copula_names_is_the_named_agreement(text, lang, aid, parties):
    agreements, claims = _run(text, lang, "2025-05-26")
    assert parties <= {c.subject for c in claims if c.predicate == "PARTY_TO" and c.object == aid}
    assert not [c for c in claims if c.predicate == "PARTY_TO" and c.object != aid]


def test_a_copula_that_names_no_agreement_changes_nothing():
    text = "The agreement signed between Colombia and Ecuador in 2023 was a turning point for the Andean border."
    agreements, claims = _run(text, "en")
    assert list(agreements) == ["agreement:col-ecu-2023"]


# ------- "Prime Minister A and President B" with no state named: each known official signs for their own state
@pytest.mark.parametrize("text,lang", [
    ("The Declaration on Friendly Relations, signed last December by Prime Minister Kyriakos Mitsotakis and President "
     "Recep Tayyip Erdoğan, calmed the Aegean.", "en"),
    ("Prime Minister Kyriakos Mitsotakis and President Recep Tayyip Erdoğan signed a joint declaration in Athens in "
     "December 2023.", "en"),
    ("La declaración de amistad, firmada en diciembre de 2023 por el primer ministro Kyriakos Mitsotakis y el presidente "
     "Recep Tayyip Erdoğan, calmó el Egeo.", "es"),
])
def test_a_second_titled_known_official_keeps_their_own_state(text, lang):
    _, claims = _run(text, lang, "2024-06-24")
    assert {"state:GRC", "state:TUR"} <= _parties(claims)
    assert {"official:kyriakos-mitsotakis", "official:recep-tayyip-erdogan"} <= _signed(claims)


# ---------------------------- "the government of X signed": X names the government that signed, and signs nothing
@pytest.mark.parametrize("text,lang", [
    ("In 2017 the administration of Juan Carlos Varela signed a memorandum of understanding with China.", "en"),
    ("In 2017 Juan Carlos Varela's government signed a memorandum of understanding with China.", "en"),
    ("En 2017 el gobierno del presidente Juan Carlos Varela firmó un memorando de entendimiento con China.", "es"),
    ("Panamá no renovará el memorando de entendimiento que el gobierno de Juan Carlos Varela firmó con China en 2017.", "es"),
])
def test_the_person_whose_government_signed_is_no_signatory(text, lang):
    _, claims = _run(text, lang, "2025-02-03")
    assert frozenset(("state:PAN", "state:CHN")) in _mou_pairs(claims)
    assert "official:juan-carlos-varela" not in _signed(claims)


def test_the_president_who_signs_himself_is_a_signatory():
    _, claims = _run("In 2017 President Juan Carlos Varela signed a memorandum of understanding with China.", "en",
                     "2025-02-03")
    assert "official:juan-carlos-varela" in _signed(claims)


# ------------------ a plural title before surnames: "signed by Ministers Wong and Sugiono", "los cancilleres Lavrov y X"
@pytest.mark.parametrize("text,lang,who", [
    ("Australia's Foreign Minister Penny Wong and Indonesia's Foreign Minister Sugiono met in Sydney. A memorandum of "
     "understanding on maritime security between Australia and Indonesia was signed by Ministers Wong and Sugiono.", "en",
     {"official:penny-wong", "official:sugiono"}),
    ("Australia's Foreign Minister Penny Wong travelled to Jakarta. There Ministers Wong and Sugiono signed a memorandum "
     "of understanding on maritime security between Australia and Indonesia.", "en",
     {"official:penny-wong", "official:sugiono"}),
    ("La canciller australiana Penny Wong viajó a Yakarta. Allí los Cancilleres Wong y Sugiono firmaron un memorando "
     "de entendimiento sobre seguridad marítima entre Australia e Indonesia.", "es",
     {"official:penny-wong", "official:sugiono"}),
])
def test_surnames_after_a_plural_title_are_the_people_met(text, lang, who):
    agreements, claims = _run(text, lang, "2025-11-12")
    assert who <= _signed(claims)
    assert not [e for e in agreements if "ministers" in e]
    assert all("ministers" not in c.subject and "cancilleres" not in c.subject for c in claims)


@pytest.mark.parametrize("text,lang", [
    ("A memorandum of understanding on maritime security between Australia and Indonesia was signed by Penny Wong and "
     "Sugiono.", "en"),
    ("Un memorando de entendimiento sobre seguridad marítima entre Australia e Indonesia fue firmado por Penny Wong y "
     "Sugiono.", "es"),
])
def test_a_topic_then_the_parties_before_the_passive(text, lang):
    _, claims = _run(text, lang, "2025-11-12")
    assert frozenset(("state:AUS", "state:IDN")) in _mou_pairs(claims)
    assert {"official:penny-wong", "official:sugiono"} <= _signed(claims)


def test_a_topic_then_the_parties_of_a_memorandum_still_negotiated():
    text = ("A memorandum of understanding on maritime security between Australia and Indonesia is still being "
            "negotiated and could be signed next year.")
    _, claims = _run(text, "en", "2025-11-12")
    assert not _mou_pairs(claims) and not _parties(claims)


# ------------- "su homólogo iraní, el general X": the counterpart named after a rank is X, not the office's holder today
@pytest.mark.parametrize("text,lang", [
    ("El 20 de julio de 2023, en Teherán, el entonces ministro de Defensa, Edmundo Novillo Aguilar, y su homólogo iraní, "
     "el general Mohammad Reza Ashtiani, suscribieron un memorando de entendimiento de cooperación en defensa entre "
     "Bolivia e Irán.", "es"),
    ("On 20 July 2023 in Tehran, Bolivian Defence Minister Edmundo Novillo and his Iranian counterpart, Brigadier General "
     "Mohammad Reza Ashtiani, signed a memorandum of understanding on defence cooperation.", "en"),
])
def test_a_counterpart_named_after_a_rank_is_the_person_named(text, lang):
    _, claims = _run(text, lang, "2025-12-03")
    assert {"official:edmundo-novillo", "official:mohammad-reza-ashtiani"} <= _signed(claims)
    assert "official:aziz-nasirzadeh" not in _signed(claims)


# ------------------- a fronted meeting phrase naming its place, then the date: "En la cumbre de Rabat, en febrero de 2023, ..."
@pytest.mark.parametrize("text,lang,aid", [
    ("En la Reunión de Alto Nivel de Rabat, en febrero de 2023, España y Marruecos suscribieron una veintena de "
     "memorandos de entendimiento.", "es", "agreement:esp-mar-2023"),
    ("En la cumbre de Rabat, en febrero de 2023, España y Marruecos suscribieron un memorando de entendimiento.", "es",
     "agreement:esp-mar-2023"),
    ("At the summit of the African Union, in February 2024, Kenya and Ethiopia signed a memorandum of understanding.",
     "en", "agreement:eth-ken-2024"),
])
def test_a_meeting_phrase_with_its_place_keeps_the_date_after_it(text, lang, aid):
    agreements, claims = _run(text, lang, "2025-05-21")
    assert aid in agreements
    assert all(c.date and c.date.startswith(aid[-4:]) for c in claims if c.predicate == "PARTY_TO")


# ---------------------------------- "firmó entonces": at the time the text named last, not the report's day
@pytest.mark.parametrize("text,year", [
    ("La Iniciativa de Granos del Mar Negro fue suscrita en julio de 2022 por Rusia y Ucrania. Moscú se retiró de ella un "
     "año después. Kiev firmó entonces un memorando de entendimiento con Turquía.", "2023"),
    ("En marzo de 2019 Ecuador abandonó la Unasur. Quito suscribió entonces un memorando de entendimiento con Colombia "
     "sobre seguridad fronteriza.", "2019"),
])
def test_a_signing_told_then_takes_the_date_named_before(text, year):
    _, claims = _run(text, "es", "2025-05-26")
    mou = [c for c in claims if c.predicate == "SIGNED_MOU_WITH"]
    assert mou and all(c.date and c.date.startswith(year) for c in mou)


def test_a_then_title_is_no_time():
    # "el entonces canciller": a title of that time, the signing's own date stands
    text = ("En marzo de 2019 Ecuador abandonó la Unasur. En mayo de 2021 el entonces canciller ecuatoriano firmó un "
            "memorando de entendimiento con Colombia.")
    _, claims = _run(text, "es", "2025-05-26")
    mou = [c for c in claims if c.predicate == "SIGNED_MOU_WITH"]
    assert mou and all(c.date == "2021-05" for c in mou)


# ---------------- a slot that only modifies the noun that signs: "Moscow-backed separatists", "respaldados por Moscú"
@pytest.mark.parametrize("text,lang,not_party", [
    ("Moscow-backed separatists signed a ceasefire with Ukraine in 2015.", "en", "state:RUS"),
    ("Separatists backed by Moscow signed a ceasefire with Ukraine in 2015.", "en", "state:RUS"),
    ("Los separatistas respaldados por Moscú firmaron un alto el fuego con Ucrania en 2015.", "es", "state:RUS"),
    ("The SNSD-led entity government signed an agreement with Belgrade last year.", "en", "group:snsd"),
])
def test_a_modifier_of_the_signing_noun_is_no_party(text, lang, not_party):
    _, claims = _run(text, lang, "2025-02-27")
    assert not_party not in _parties(claims)


@pytest.mark.parametrize("skel", [
    "⟦0⟧-backed separatists signed a ceasefire with ⟦1⟧ in 2015.",
    "Separatists backed by ⟦0⟧ signed a ceasefire with ⟦1⟧ in 2015.",
    "Los separatistas respaldados por ⟦0⟧ firmaron un alto el fuego con ⟦1⟧ en 2015.",
    "The ⟦0⟧-led entity government signed an agreement with ⟦1⟧ last year.",
])
def test_the_modifying_slot_is_told_from_the_partner(skel):
    # (the sentences above give no agreement at all today, so the reading itself is checked on their skeletons)
    from loaders.agreements import modifier_slot
    assert modifier_slot(skel, 0) and not modifier_slot(skel, 1)


def test_a_delegation_led_by_a_minister_is_the_minister_s_signing():
    _, claims = _run("A delegation led by Foreign Minister Sergei Lavrov signed an agreement with Iran in 2024.", "en",
                     "2025-02-27")
    assert {"state:RUS", "state:IRN"} <= _parties(claims)
    assert "official:sergei-lavrov" in _signed(claims)
