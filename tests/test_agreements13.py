"""Agreements, session 13: parties behind an epithet, the pair "both governments" means, a year that names another
agreement, headline verbs kept out of titles, signatories "for" their state after an aside. Sentences written
for this test."""

import pytest

from loaders.agreement_titles import description
from loaders.evaluate import _kind_words
from tests.extracting import extract_text, parties_by_agreement, signing_claims, signing_subjects


# -- an epithet before a state's name is no break in the list of parties
@pytest.mark.parametrize("text,lang,pair", [
    ("Saudi Arabia and nuclear-armed Pakistan have signed a mutual defence agreement.", "en", {"state:SAU", "state:PAK"}),
    ("Ethiopia and landlocked South Sudan signed a memorandum on a road corridor on Monday.", "en", {"state:ETH", "state:SSD"}),
    ("Turkey and war-torn Somalia concluded a ten-year defence pact in February.", "en", {"state:TUR", "state:SOM"}),
    ("Oil-rich Qatar and neighbouring Oman inked an accord on gas pipelines last week.", "en", {"state:QAT", "state:OMN"}),
])
def test_an_epithet_before_a_party_keeps_the_list(text, lang, pair):
    parties = parties_by_agreement(signing_claims(text, lang, "2025-09-18"))
    assert pair in parties.values()


def test_an_epithet_before_a_group_is_not_dropped():
    # only a state's epithet is read through; a body keeps its words
    text = "Iran-backed militias and Iraq signed nothing."
    assert not signing_claims(text, "en", "2025-09-18")


# -- "both governments" / "ambos gobiernos" with one state in its paragraph: the other is the story's own state
@pytest.mark.parametrize("text,lang,pair", [
    ("Nicaragua broke with Taiwan in 2021. Nicaragua then courted investors.\n\n"
     "The turn towards Beijing went deepest. In January 2022 both governments signed a memorandum of understanding.",
     "en", ("state:CHN", "state:NIC")),
    ("Nicaragua rompió con Taiwán en 2021. Nicaragua buscó después inversores.\n\n"
     "El giro hacia Pekín es el más profundo. En enero de 2022, ambos gobiernos firmaron un memorando de entendimiento.",
     "es", ("state:CHN", "state:NIC")),
    ("Honduras cut ties with Taiwan in 2023, and Honduras sought loans.\n\n"
     "The shift to China followed quickly. Months later the two governments signed a trade accord.",
     "en", ("state:CHN", "state:HND")),
])
def test_the_pair_is_the_paragraphs_state_and_the_storys(text, lang, pair):
    claims = signing_claims(text, lang, "2025-03-01")
    parties = set().union(*parties_by_agreement(claims).values()) if parties_by_agreement(claims) else set()
    assert set(pair) <= parties
    assert "state:TWN" not in parties


def test_capital_spelling_variant_names_the_state():
    text = ("Moscow and Naypyitaw have grown closer: in February 2023 the two governments signed a memorandum of "
            "understanding on nuclear energy.")
    assert {"state:RUS", "state:MMR"} in parties_by_agreement(signing_claims(text, "en", "2025-01-10")).values()


# -- a year naming the object of a gerund ("upgrading their 2009 agreement") is not the signing's
@pytest.mark.parametrize("text,lang,not_date", [
    ("During the visit, Peru and China also signed a protocol upgrading their 2009 free trade agreement.", "en", "2009"),
    ("Chile and Korea signed an amendment replacing the 2004 trade deal last week.", "en", "2004"),
    ("Mexico and Canada signed a protocol expanding their 1994 accord on Monday.", "en", "1994"),
])
def test_a_year_of_another_agreement_is_not_the_signings(text, lang, not_date):
    dates = {c.date for c in signing_claims(text, lang, "2024-11-22") if c.predicate == "PARTY_TO"}
    assert dates and not any((d or "").startswith(not_date) for d in dates)


def test_an_agreements_own_year_still_dates_a_reference():
    text = "Kenya and Uganda signed the 2019 border treaty in Kampala."
    assert any((c.date or "").startswith("2019") for c in signing_claims(text, "en", "2024-11-22"))


# -- titles: a headline's verb is no part of the agreement's description; "framework" is
@pytest.mark.parametrize("quote,desc", [
    ("Saudi Arabia and Pakistan sign mutual defence pact days after strike", "mutual defence pact"),
    ("Kenya, Ethiopia seal security accord", "security accord"),
    ("Uzbekistan and Pakistan signed the framework agreement on the railway study", "framework agreement on the railway study"),
])
def test_title_description(quote, desc):
    assert description(quote, "en")[1] == desc


def test_kind_words_compare_spanish_modifiers_after_the_head():
    assert "free trade" in _kind_words("tratado de libre comercio")
    assert "ceasefire" in _kind_words("acuerdo de alto el fuego")
    assert "cooperation" in _kind_words("plan de cooperacion a veinte anos")


# -- "X, who ..., signed for Kabul, and Y for Islamabad": both sign the agreement just read
@pytest.mark.parametrize("text,lang,signers", [
    ("Uzbekistan, Afghanistan and Pakistan signed the framework agreement on July 17. Amir Khan Muttaqi, who serves as "
     "the Taliban's foreign minister, signed for Kabul, and Pakistan's deputy prime minister Ishaq Dar for Islamabad.",
     "en", {"official:amir-khan-muttaqi", "official:ishaq-dar"}),
    ("Uzbekistan and Pakistan signed a framework agreement on a railway on July 17. Ishaq Dar, who also serves as "
     "foreign minister, signed on behalf of Pakistan.", "en", {"official:ishaq-dar"}),
])
def test_signed_for_a_state_after_a_relative_clause(text, lang, signers):
    assert signers <= signing_subjects(text, "SIGNED", lang, "2025-08-01")


# -- "he and X signed": the pronoun is the person named last before it
@pytest.mark.parametrize("text,lang", [
    ("In August it was Egypt's turn: during Hassan Sheikh Mohamud's visit to Cairo, he and Abdel Fattah al-Sisi "
     "signed a military cooperation protocol.", "en"),
    ("In August, Somali President Hassan Sheikh Mohamud visited Cairo, where he and Abdel Fattah al-Sisi signed a "
     "military cooperation protocol.", "en"),
    ("Somali President Hassan Sheikh Mohamud flew to Cairo in August. There he and his Egyptian counterpart, "
     "Abdel Fattah al-Sisi, signed a defence protocol.", "en"),
    ("El presidente somalí, Hassan Sheikh Mohamud, viajó a El Cairo en agosto. Allí él y Abdel Fattah al Sisi "
     "firmaron un protocolo de cooperación militar.", "es"),
])
def test_he_and_a_named_person_sign_together(text, lang):
    claims = signing_claims(text, lang, "2024-12-20")
    assert {"official:hassan-sheikh-mohamud", "official:abdel-fattah-el-sisi"} <= {
        c.subject for c in claims if c.predicate == "SIGNED"}
    assert {"state:SOM", "state:EGY"} in parties_by_agreement(claims).values()


def test_he_alone_is_left_to_the_subject_carry():
    # no person after "and": nothing made of the pronoun
    text = "Hassan Sheikh Mohamud flew to Cairo. He and the delegation then signed nothing."
    assert not signing_claims(text, "en", "2024-12-20")


# -- seats of government the news names the state by
@pytest.mark.parametrize("text,pair", [
    ("Troops are deployed under a defence agreement that Bujumbura and Kinshasa signed in August 2023.",
     {"state:BDI", "state:COD"}),
    ("Dar es Salaam and Nairobi signed a memorandum on the border crossings in May.", {"state:TZA", "state:KEN"}),
])
def test_seat_of_government_names_its_state(text, pair):
    assert pair in parties_by_agreement(signing_claims(text, "en", "2025-03-01")).values()


# -- Spanish subjects after the verb, the object fronted with a clitic or left after the verb
@pytest.mark.parametrize("text,pair,signers", [
    ("El memorando lo firmaron en julio de 2023 Bolivia e Irán.", {"state:BOL", "state:IRN"}, set()),
    ("El memorando lo firmaron en julio de 2023 el ministro de Defensa de Bolivia, Edmundo Novillo, y su homólogo "
     "iraní, Mohammad Reza Ashtiani.", {"state:BOL", "state:IRN"},
     {"official:edmundo-novillo", "official:mohammad-reza-ashtiani"}),
    ("Firmaron el acuerdo el martes Perú y Bolivia.", {"state:PER", "state:BOL"}, set()),
    ("El tratado lo suscribieron en 1994 Jordania e Israel.", {"state:JOR", "state:ISR"}, set()),
])
def test_spanish_postverbal_subjects_sign(text, pair, signers):
    claims = signing_claims(text, "es", "2025-12-01")
    assert pair in parties_by_agreement(claims).values()
    assert signers <= {c.subject for c in claims if c.predicate == "SIGNED"}


@pytest.mark.parametrize("text", [
    "Ayer firmó el acuerdo con Perú en Lima, según Bolivia.",  # a source, not a subject
    "El acuerdo lo negociaron durante años Perú y Bolivia.",  # negotiated, not signed
    "El memorando no lo firmaron nunca Bolivia e Irán.",
])
def test_spanish_postverbal_not_a_signing(text):
    parties = parties_by_agreement(signing_claims(text, "es", "2025-12-01")).values()
    assert not any({"state:PER", "state:BOL"} <= p or {"state:BOL", "state:IRN"} <= p for p in parties)


# -- a two-city dateline ("RIYADH/ISLAMABAD, Sept 18 -") is the filing day, not the signing's
@pytest.mark.parametrize("text,date", [
    ("RIYADH/ISLAMABAD, Sept 18 - Saudi Arabia and Pakistan have signed a defence agreement, the two governments "
     "said in a joint statement late on Wednesday.", "2025-09-17"),
    ("WASHINGTON/MOSCOW, Sept 18 - Kenya and Uganda have signed a border treaty, the two governments said on Tuesday.",
     "2025-09-16"),
])
def test_two_city_dateline(text, date):
    assert {c.date for c in signing_claims(text, "en", "2025-09-18") if c.predicate == "PARTY_TO"} == {date}
