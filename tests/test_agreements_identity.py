"""Which agreement a mention means (loaders/agreements.py distinct_id, fresh_mention, settle_undated).

An agreement's id is its parties and year. Two agreements of the same parties in one year stay apart when
the text introduces the second as one of its own ("a protocol" beside the memorandum, "another accord",
"otro acuerdo"); one agreement named several ways ("defence pact" in the headline, "a memorandum" in the
lede, "the memorandum" later) stays one. An agreement the text names with no date of its own ("the
memorandum between A and B", "the pact signed by A and B") is the one the document dates elsewhere, not an
agreement of the report's year; a plan, a draft or talks are no agreement at all."""

import pytest

from tests.extracting import extract_text

PUB = "2025-11-20"


def _agreements(text, language):
    """agreement id -> the set of its positive PARTY_TO subjects."""
    out: dict[str, set] = {}
    for c in extract_text(text, language=language, published=PUB):
        if c.predicate == "PARTY_TO" and c.polarity == "positive":
            out.setdefault(c.object, set()).add(c.subject)
    return out


def _party_dates(text, language):
    return {(c.subject, c.object, c.date) for c in extract_text(text, language=language, published=PUB)
            if c.predicate == "PARTY_TO" and c.polarity == "positive"}


@pytest.mark.parametrize("text,language,pair", [
    ("Spain and China signed a memorandum on research on Monday. Separately, Spain and China signed a protocol "
     "on pork exports.", "en", {"state:ESP", "state:CHN"}),
    ("Chile y Argentina firmaron el lunes un memorando de entendimiento sobre energía. Chile y Argentina "
     "suscribieron además un protocolo sanitario.", "es", {"state:CHL", "state:ARG"}),
    ("Kenya and Ethiopia signed a defence pact on Tuesday. Kenya and Ethiopia also signed another agreement "
     "on border trade.", "en", {"state:KEN", "state:ETH"}),
    ("Perú y Bolivia firmaron el martes un acuerdo de seguridad. Perú y Bolivia firmaron también otro acuerdo "
     "sobre aduanas.", "es", {"state:PER", "state:BOL"}),
    ("Ghana and Togo signed a treaty on maritime borders on 3 March. Ghana and Togo signed a memorandum of "
     "understanding on fisheries on 3 March.", "en", {"state:GHA", "state:TGO"}),
    ("Japón y Mongolia firmaron un memorando de defensa el martes. Japón y Mongolia firmaron un segundo "
     "memorando sobre minería.", "es", {"state:JPN", "state:MNG"}),
])
def test_two_agreements_of_the_same_parties_in_one_year_stay_apart(text, language, pair):
    got = _agreements(text, language)
    theirs = [a for a, ps in got.items() if ps == pair]
    assert len(theirs) == 2, got
    assert len({a.split("-")[2][:4] for a in theirs}) == 1  # the same year: told apart by kind, not by date


@pytest.mark.parametrize("text,language,pair", [
    ("Ghana and Togo sign defence pact\n\nGhana and Togo signed a memorandum of understanding on defence "
     "cooperation on Thursday. The memorandum was signed by Ghana and Togo in Accra.", "en", {"state:GHA", "state:TGO"}),
    ("Chile y Perú firman un tratado\n\nChile y Perú firmaron el lunes un tratado de límites. El tratado fue "
     "firmado por Chile y Perú en Lima.", "es", {"state:CHL", "state:PER"}),
    ("Kenya and Uganda signed the deal on Monday. Kenya and Uganda signed a treaty that hands the islands "
     "to Kampala.", "en", {"state:KEN", "state:UGA"}),
    ("Ghana and Togo sign memorandum\n\nGhana and Togo signed a memorandum on Thursday.", "en", {"state:GHA", "state:TGO"}),
    ("Costa Rica y Panamá firman memorando de seguridad\n\nCosta Rica y Panamá suscribieron el martes un memorando "
     "de entendimiento en materia de seguridad. Dicho memorando fue firmado por Costa Rica y Panamá en San José.",
     "es", {"state:CRI", "state:PAN"}),
])
def test_one_agreement_named_several_ways_stays_one(text, language, pair):
    got = _agreements(text, language)
    assert len([a for a, ps in got.items() if ps == pair]) == 1, got


@pytest.mark.parametrize("text,language,year", [
    ("Six years after it was signed, the maritime memorandum between Turkey and Libya remains contested. The "
     "November 2019 deal, struck by Turkey and Libya in Istanbul, drew a line across the sea.", "en", "2019"),
    ("The memorandum between Turkey and Libya still divides the region. Turkey and Libya signed the deal in "
     "November 2019.", "en", "2019"),
    ("El memorando entre Turquía y Libia sigue dividiendo la región. Turquía y Libia firmaron el acuerdo en "
     "noviembre de 2019.", "es", "2019"),
    ("The pact that Kenya signed with Ethiopia still shapes the border. Kenya and Ethiopia concluded a defence "
     "pact in March 2021.", "en", "2021"),
])
def test_an_undated_reference_is_the_agreement_the_document_dates(text, language, year):
    got = _agreements(text, language)
    assert got and all(a.split("-")[2] == year for a in got), got  # no agreement of the report's year 2025


@pytest.mark.parametrize("text,language", [
    ("Under the maritime memorandum between Turkey and Libya, Ankara claims waters near Crete.", "en"),
    ("Bajo el memorando entre Turquía y Libia, Ankara reclama aguas cerca de Creta.", "es"),
])
def test_an_undated_reference_to_nothing_the_document_dates_makes_no_agreement(text, language):
    assert _agreements(text, language) == {}


@pytest.mark.parametrize("text,language,year", [
    ("The memorandum that Panama signed with China in 2017 brought little investment.", "en", "2017"),
    ("Colombia y Venezuela reactivaron el acuerdo de 2015 entre Colombia y Venezuela sobre la frontera.", "es", "2015"),
    ("The 2019 defence pact between Kenya and Ethiopia allows joint patrols.", "en", "2019"),
])
def test_a_referenced_agreement_takes_the_year_the_text_gives_it(text, language, year):
    got = _agreements(text, language)
    assert got and all(a.endswith(year) for a in got), got


@pytest.mark.parametrize("text,language", [
    ("Spain and Morocco are negotiating a draft memorandum on migration.", "en"),
    ("Chile y Argentina negocian un acuerdo de defensa.", "es"),
    ("Spain and Morocco would sign a memorandum on migration next month.", "en"),
    ("Kenya and Ethiopia held talks on a defence pact in Nairobi on Monday.", "en"),
    ("Perú y Bolivia firmarán un acuerdo de seguridad el próximo mes.", "es"),
    ("España y Marruecos discutieron el borrador de un memorando migratorio.", "es"),
    ("Did Kenya and Ethiopia sign a defence pact?", "en"),
    ("Kenya denied that it had signed a defence pact with Ethiopia.", "en"),
])
def test_plans_drafts_talks_questions_and_denials_make_no_agreement(text, language):
    assert _agreements(text, language) == {}


def test_three_parties_sign_one_agreement():
    got = _agreements("Uzbekistan, Afghanistan and Pakistan signed a framework agreement in Tashkent in July 2024.", "en")
    assert list(got.values()) == [{"state:UZB", "state:AFG", "state:PAK"}], got


@pytest.mark.parametrize("text,language,date", [
    ("Australia's defence pact with Tuvalu, signed in November 2023, gives Canberra a say over its security.", "en", "2023-11"),
    ("El acuerdo de Kenia con Etiopía, firmado en marzo de 2019, permite patrullas conjuntas.", "es", "2019-03"),
    ("El tratado entre Kenia y Etiopía, firmado el 5 de marzo de 2019, permite patrullas conjuntas.", "es", "2019-03-05"),
    ("The treaty between Kenya and Ethiopia, signed in Addis Ababa in March 2019, allows joint patrols.", "en", "2019-03"),
])
def test_a_reference_is_dated_by_its_own_participle(text, language, date):
    got = _party_dates(text, language)
    assert got and {d for _, _, d in got} == {date}, got


@pytest.mark.parametrize("text,language", [
    ("Ethiopia criticised Kenya's pact with Somalia.", "en"),
    ("Etiopía criticó el acuerdo de Kenia con Somalia.", "es"),
])
def test_an_undated_possessive_reference_alone_makes_no_agreement(text, language):
    assert _agreements(text, language) == {}


def test_a_batch_of_memoranda_is_no_agreement_of_its_own():
    text = ("Perú y China firmaron el jueves el protocolo que actualiza su tratado comercial. Los cancilleres de Perú y "
            "China suscribieron además una docena de memorandos de entendimiento.")
    got = _agreements(text, "es")
    assert len([a for a, ps in got.items() if ps == {"state:PER", "state:CHN"}]) == 1, got


@pytest.mark.parametrize("text,language,years", [
    ("Polonia y Corea del Sur firmaron el viernes el contrato. El contrato se basa en el acuerdo que ambos gobiernos "
     "suscribieron en julio de 2022.", "es", {"2025", "2022"}),
    ("Kenya and Ethiopia signed a trade deal on Monday. It builds on the defence pact that Kenya and Ethiopia signed "
     "in March 2019.", "en", {"2025", "2019"}),
])
def test_the_agreement_signed_in_another_year_is_not_the_one_dated_now(text, language, years):
    got = _agreements(text, language)
    assert {a.split("-")[2] for a in got} == years, got


def test_a_later_sentence_dates_the_undated_signing_it_names():
    got = _party_dates("Kenya and Ethiopia signed a memorandum of understanding. The memorandum was signed on "
                       "July 20, 2023.", "en")
    assert {d for _, _, d in got} == {"2023-07-20"}, got


@pytest.mark.parametrize("text,language,pair", [
    ("LA SEMANA EN EL MUNDO\n\nESPAÑA. El Gobierno aprobó el martes un nuevo plan de defensa y Madrid recibió al canciller "
     "de Italia.\n\nURUGUAY. La ministra de Defensa, Sandra Lazo, y su homólogo brasileño, José Múcio Monteiro, firmaron "
     "el jueves en Rivera un memorando para vigilar la frontera.", "es", {"state:URY", "state:BRA"}),
    ("THE WEEK\n\nKENYA. Nairobi hosted a summit on trade with Uganda on Monday.\n\nGHANA. Defence Minister Kwame "
     "Mensah-Addo and his Togolese counterpart, Koffi Agbeyome, signed a memorandum on border security on Tuesday.",
     "en", {"state:GHA", "state:TGO"}),
])
def test_a_round_up_section_head_is_the_state_its_unmarked_minister_signs_for(text, language, pair):
    # (not the state the rest of the round-up names: a wrong party makes a wrong agreement)
    assert list(_agreements(text, language).values()) == [pair]


@pytest.mark.parametrize("text,language,parties", [
    ("At a ceremony hosted by Qatar, Rwanda and Congo signed a peace deal.", "en", {"state:RWA", "state:COD"}),
    ("En una ceremonia organizada por Catar, Ruanda y el Congo firmaron un acuerdo de paz.", "es", {"state:RWA", "state:COD"}),
    ("Following talks in Qatar, Rwanda, Congo and Uganda signed a peace deal on Friday.", "en",
     {"state:RWA", "state:COD", "state:UGA"}),
    ("Uzbekistan, Afghanistan and Pakistan signed a framework agreement in July 2024.", "en",
     {"state:UZB", "state:AFG", "state:PAK"}),
    ("Colombia, Ecuador y Perú firmaron un pacto de seguridad.", "es", {"state:COL", "state:ECU", "state:PER"}),
    ("The framework agreement was signed by Uzbekistan, Afghanistan and Pakistan in July 2024.", "en",
     {"state:UZB", "state:AFG", "state:PAK"}),
])
def test_the_state_that_ends_a_fronted_phrase_is_no_party(text, language, parties):
    assert list(_agreements(text, language).values()) == [parties]


def test_a_capital_visited_in_a_fronted_phrase_is_no_party():
    got = _agreements("Tras la visita de Lula a Pekín, Chile y Perú firmaron un tratado de límites.", "es")
    assert list(got.values()) == [{"state:CHL", "state:PER"}], got


@pytest.mark.parametrize("text,language", [
    ("When Ecuador's foreign minister, Gustavo Manrique, and U.S. Ambassador Michael Fitzpatrick put their names to two "
     "security accords in Quito in September 2023 — a status-of-forces agreement and a memorandum on maritime "
     "interdiction — few expected the texts to matter.", "en"),
    ("Kenya and Ethiopia signed two agreements on Monday: a defence pact and a memorandum of understanding on trade.", "en"),
    ("Chile y Perú firmaron el lunes dos acuerdos: un tratado de límites y un memorando de entendimiento sobre pesca.", "es"),
])
def test_a_counted_plural_that_lists_its_kinds_is_one_agreement_each(text, language):
    got = _agreements(text, language)
    assert len(got) == 2 and len({frozenset(ps) for ps in got.values()}) == 1, got
    mou = [c for c in extract_text(text, language=language, published=PUB) if c.predicate == "SIGNED_MOU_WITH"]
    assert len({c.props["agreement"] for c in mou}) == 1  # the memorandum only


@pytest.mark.parametrize("text,language", [
    ("Chile y Perú firmaron el lunes dos acuerdos sobre pesca.", "es"),
    ("Kenya and Ethiopia signed two agreements on Monday, on trade and on defence.", "en"),
])
def test_a_counted_plural_with_no_kinds_listed_stays_one(text, language):
    assert len(_agreements(text, language)) == 1


@pytest.mark.parametrize("text,language", [
    ("The memorandum that Panama signed with China brought little investment.", "en"),
    ("El acuerdo que Perú firmó con Chile sigue sin aplicarse.", "es"),
    ("The deal Kenya signed with Ethiopia has never been published.", "en"),
])
def test_an_undated_relative_signing_alone_makes_no_agreement_of_the_report_s_year(text, language):
    assert _agreements(text, language) == {}


@pytest.mark.parametrize("text,language,year", [
    ("Kenya and Ethiopia on Monday renewed the defence pact they signed in 2019.", "en", "2019"),
    ("Kenya and Ethiopia ratified on Monday the defence pact signed in 2019.", "en", "2019"),
    ("Kenia y Etiopía renovaron el lunes el pacto de defensa que firmaron en 2019.", "es", "2019"),
    ("Kenya said on Tuesday that it signed a defence pact with Ethiopia in 2019.", "en", "2019"),
    ("Kenia anunció el lunes que firmó un pacto de defensa con Etiopía en 2019.", "es", "2019"),
    # (no date of the signing's own: the day the text gives is the one)
    ("Kenya said on Tuesday that it had signed a defence pact with Ethiopia.", "en", "2025"),
    ("Kenya and Ethiopia on Monday renewed their defence pact.", "en", "2025"),
])
def test_the_agreement_is_dated_by_its_signing_not_by_the_day_it_was_renewed_or_announced(text, language, year):
    got = _agreements(text, language)
    assert got and all(a.split("-")[2] == year for a in got), got


@pytest.mark.parametrize("text,language", [
    ("Kenya, which has since 2019 had a defence pact with Ethiopia, signed a trade deal with Uganda on Monday.", "en"),
    ("Kenya, which borders Ethiopia, signed a trade deal with Uganda on Monday.", "en"),
    ("Kenia, que limita con Etiopía, firmó el lunes con Uganda un acuerdo comercial.", "es"),
])
def test_the_actor_that_ends_a_relative_aside_signs_nothing(text, language):
    got = _agreements(text, language)
    assert {frozenset(ps) for ps in got.values()} == {frozenset({"state:KEN", "state:UGA"})}, got


def test_a_round_up_section_head_outranks_the_office_guessed_from_the_whole_round_up():
    text = ("LA SEMANA EN EL MUNDO\n\nSAHEL. Malí, Burkina Faso y Níger llamaron a consultas a sus embajadores en Argel. "
            "Malí acusó a Argelia de patrocinar el terrorismo. Malí ya había roto con Argel en 2024.\n\n"
            "URUGUAY. El gobierno uruguayo anunció el jueves una auditoría. Mientras tanto, la ministra de Defensa, Sandra "
            "Lazo, y su homólogo brasileño, José Múcio Monteiro, firmaron en Rivera un memorando para vigilar la frontera.")
    got = _agreements(text, "es")
    assert list(got.values()) == [{"state:URY", "state:BRA"}], got
