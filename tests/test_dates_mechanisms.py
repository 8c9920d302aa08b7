"""Date mechanisms (issue 3: dates right for >= 90% of dated facts), with sentences of
their own in both languages: which expression in a sentence is the fact's, relative dates
against the publication date, datelines and live-blog times, and facts that get no date."""

import pytest

from loaders import dates
from tests.extracting import extract_text

THU = "2024-06-20"  # a Thursday


def value(text, pub=THU, lang="en"):
    found = dates.find(text, 0, len(text), pub, lang)
    return [d.value or (d.range_start, d.range_end) for d in found]


# -- expressions, resolved against the publication date, at the text's precision -----------

@pytest.mark.parametrize("lang,text,want", [
    ("en", "The envoys met last Thursday.", "2024-06-13"),          # written on a Thursday: a week back
    ("en", "The envoys met on Thursday.", "2024-06-20"),            # the publication day itself
    ("en", "Lebanon's cabinet approved it Tuesday.", "2024-06-18"),  # bare weekday, wire style
    ("es", "Los enviados se reunieron el jueves pasado.", "2024-06-13"),
    ("es", "Los enviados se reunieron el pasado lunes.", "2024-06-17"),
    ("es", "La reunión fue hace tres días.", "2024-06-17"),
    ("es", "La reunión fue hace dos semanas.", "2024-06"),
    ("en", "The talks ended two days ago.", "2024-06-18"),
    ("en", "The ministers signed it this morning.", "2024-06-20"),
    ("es", "Los ministros lo firmaron esta mañana.", "2024-06-20"),
    ("es", "El pacto se selló anoche en Quito.", "2024-06-19"),
    ("en", "Kenya agreed last night.", "2024-06-19"),
    ("es", "Hoy el Congreso votó.", "2024-06-20"),
    ("es", "Se firmó anteayer.", "2024-06-18"),
    ("en", "Talks resumed earlier this month.", "2024-06"),
    ("es", "Las conversaciones se reanudaron a principios de mes.", "2024-06"),
    ("es", "El acuerdo caducó a finales del mes pasado.", "2024-05"),
    ("en", "Ghana joined in March last year.", "2023-03"),
    ("es", "Ghana se sumó en marzo del año pasado.", "2023-03"),
    ("en", "The deal lapsed in mid-2021.", "2021"),
    ("en", "The envoys met on 12 September.", "2023-09-12"),          # British order, latest past one
    ("en", "The envoys met on Sept 9.", "2023-09-09"),
    ("en", "It was approved on 2022-11-03.", "2022-11-03"),
    ("es", "Se aprobó el 3/10.", "2023-10-03"),                        # day/month in Spanish
    ("en", "It was approved on 3/10.", "2024-03-10"),                   # month/day in English
    ("es", "Se aprobó el 15/04/2022.", "2022-04-15"),
    ("en", "It was approved on Tuesday, June 11.", "2024-06-11"),
    ("es", "Se aprobó el martes 11 de junio.", "2024-06-11"),
    ("es", "Se aprobó el martes 11.", "2024-06-11"),
    ("es", "Se aprobó el 2 de febrero.", "2024-02-02"),
    ("en", "Oman signed with Iran in May 2021 and with Iraq a year later.", "2022-05"),
    ("es", "Omán firmó con Irán en mayo de 2021 y con Irak dos meses después.", "2021-07"),
])
def test_expression_values(lang, text, want):
    assert want in value(text, lang=lang)


@pytest.mark.parametrize("lang,text,want", [
    ("en", "DAKAR, May 2 (Wire) - Senegal expelled the envoy.", "2024-05-02"),
    ("es", "QUITO, 2 de mayo (Agencia).- Ecuador expulsó al enviado.", "2024-05-02"),
    ("en", "11:05 GMT | Senegal expels the envoy.", THU),
    ("es", "18.40 h — Ecuador expulsa al enviado.", THU),
])
def test_datelines_and_clock_times_are_weak(lang, text, want):
    found = dates.find(text, 0, len(text), THU, lang)
    assert [(d.value, d.weak) for d in found] == [(want, True)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Coverage runs 24/7 across the region."),
    ("en", "Survivors of the 9/11 attacks testified."),
    ("en", "Experts warned that 12 may die in the floods."),
    ("es", "Viajaron por el mar 3 días."),
    ("en", "Turnout rose to 2020 percent of the target."),
    ("en", "Talks lasted 14:32 minutes in the hall."),   # a clock time inside a sentence is no entry time
    ("es", "Se reunirán un año después de la cumbre."),    # no earlier date to count from
])
def test_no_date_where_there_is_none(lang, text):
    assert value(text, lang=lang) == []


def test_attributive_years_are_marked():
    text = "Iran breached the 2015 accord and backed the group's 2019 offensive."
    assert [d.attributive for d in dates.find(text, 0, len(text), THU, "en")] == [True, True]
    text = "Iran signed it in 2015."
    assert [d.attributive for d in dates.find(text, 0, len(text), THU, "en")] == [False]


# -- which expression is the fact's (skeletons as the extractor builds them) ---------------

def pick(skel, matched, pub=THU, lang="en", standing=False):
    a = skel.index(matched)
    return dates.pick(skel, (a, a + len(matched)), None, pub, lang, standing=standing)


def test_relative_clause_dates_its_own_verb():
    skel = "⟦0⟧, which cut ties with ⟦1⟧ in 2019, designated ⟦2⟧ a terrorist group on Monday."
    assert pick(skel, "designated ⟦2⟧ a terrorist group") == "2024-06-17"
    skel = "⟦0⟧ designated ⟦1⟧, which ⟦2⟧ has fought since 2017, a terrorist group."
    assert pick(skel, "⟦0⟧ designated ⟦1⟧") is None
    skel = "⟦0⟧ declaró terrorista a ⟦1⟧, que ⟦2⟧ combate desde 2017."
    assert pick(skel, "⟦0⟧ declaró terrorista a ⟦1⟧", lang="es") is None


def test_a_reading_of_the_relative_clause_keeps_its_date():
    skel = "⟦0⟧, which severed ties with ⟦1⟧ in April 2018, stayed silent."
    assert pick(skel, "⟦0⟧, which severed ties with ⟦1⟧") == "2018-04"
    skel = "⟦0⟧, que rompió relaciones con ⟦1⟧ el 4 de abril, guardó silencio."
    assert pick(skel, "⟦0⟧, que rompió relaciones con ⟦1⟧", lang="es") == "2024-04-04"


def test_the_date_before_when_is_the_when_clause_date():
    skel = "The feud goes back to 9 April 2018, when ⟦0⟧ severed ties with ⟦1⟧."
    assert pick(skel, "⟦0⟧ severed ties with ⟦1⟧") == "2018-04-09"
    skel = ("⟦0⟧ y ⟦1⟧ restablecieron el viernes sus lazos, tras una ruptura que arrancó el 9 de abril de 2018, "
            "cuando ⟦2⟧ rompió relaciones con ⟦3⟧.")
    assert pick(skel, "⟦2⟧ rompió relaciones con ⟦3⟧", lang="es") == "2018-04-09"


def test_attributive_year_only_for_the_matched_object():
    assert pick("⟦0⟧ and ⟦1⟧ armed ⟦2⟧'s 2020 offensive.", "⟦0⟧ and ⟦1⟧ armed ⟦2⟧") == "2020"
    assert pick("Citing the 2015 accord, ⟦0⟧ designated ⟦1⟧ a terrorist group.", "⟦0⟧ designated ⟦1⟧") is None


def test_standing_relations_take_no_sentence_adverbial():
    skel = "On Monday, ⟦0⟧ designated ⟦1⟧'s ⟦2⟧, its external arm."
    assert pick(skel, "⟦1⟧'s ⟦2⟧", standing=True) is None
    assert pick("⟦0⟧ was merged into ⟦1⟧'s army by decree in 2016.", "⟦0⟧ was merged into ⟦1⟧",
                standing=True) == "2016"


def test_dateline_is_only_the_fallback():
    skel = "⟦0⟧, May 2 (Wire) - ⟦1⟧ expelled ⟦2⟧'s envoy on Wednesday."
    assert pick(skel, "⟦1⟧ expelled ⟦2⟧") == "2024-06-19"
    skel = "⟦0⟧, May 2 (Wire) - ⟦1⟧ expelled ⟦2⟧'s envoy."
    assert pick(skel, "⟦1⟧ expelled ⟦2⟧") == "2024-05-02"


def test_attribution_date_is_not_the_event_date():
    skel = "⟦0⟧ said on Friday that ⟦1⟧ had designated ⟦2⟧ in 2012."
    a = skel.index("said on Friday")
    assert dates.pick(skel, (skel.index("⟦1⟧"), skel.index("in 2012") - 1), (a, a + 14), THU, "en") == "2012"


# -- end to end: the claims' dates --------------------------------------------------------

def _dates(text, pred, lang="en", pub=THU):
    return {(c.subject, c.object): c.date for c in extract_text(text, language=lang, published=pub)
            if c.predicate == pred and c.polarity == "positive"}


def test_claim_takes_the_verb_date_not_the_relative_clause_date():
    got = _dates("Paraguay, which cut ties with Venezuela in 2019, designated Hezbollah a terrorist organization "
                 "on Monday.", "DESIGNATED")
    assert got.get(("state:PRY", "group:hezbollah")) == "2024-06-17"


def test_claim_in_live_blog_entry_takes_the_publication_day():
    got = _dates("10:40 GMT | Egypt and Jordan sign a memorandum of understanding on border security.",
                 "SIGNED_MOU_WITH")
    assert set(got.values()) == {THU}


def test_spanish_claim_esta_manana():
    got = _dates("Perú y Chile firmaron esta mañana un memorando de entendimiento sobre seguridad.",
                 "SIGNED_MOU_WITH", lang="es")
    assert set(got.values()) == {THU}


def test_part_of_takes_no_date_of_the_designation():
    claims = extract_text("Last week, Peru designated Iran's Revolutionary Guards a terrorist organization.",
                          language="en", published=THU)
    part = [c for c in claims if c.predicate == "PART_OF"]
    des = [c for c in claims if c.predicate == "DESIGNATED" and c.polarity == "positive"]
    assert des and all(c.date == "2024-06" for c in des)
    assert all(c.date is None for c in part)


def test_undated_fact_gets_no_date():
    got = _dates("Iran funds Hezbollah, according to Israeli officials.", "ALLEGED_TIES")
    assert got and set(got.values()) == {None}


def test_hypothetical_gives_nothing_even_with_a_date():
    assert _dates("If Peru designated Hezbollah on Monday, Iran would protest.", "DESIGNATED") == {}
    assert _dates("Si Perú declarara terrorista a Hezbolá el lunes, Irán protestaría.", "DESIGNATED", lang="es") == {}


# -- a headline reports the lead's event ----------------------------------------------------

def test_headline_takes_the_lead_verb_date():
    text = ("Egypt and Jordan sign border pact\n\nAMMAN — Officials of both governments met on Tuesday "
            "at the royal court, where ministers discussed water.")
    got = _dates(text, "PARTY_TO")  # a pact is PARTY_TO only (SIGNED_MOU_WITH is for memoranda)
    assert got and set(got.values()) == {"2024-06-18"}
    text = ("Perú y Chile firman un memorando de seguridad\n\nLIMA.— Los cancilleres se reunieron anoche en "
            "Torre Tagle.")
    got = _dates(text, "SIGNED_MOU_WITH", lang="es")
    assert got and set(got.values()) == {"2024-06-19"}


def test_headline_gets_no_date_from_a_relative_clause_of_the_lead():
    text = ("Egypt and Jordan sign border pact\n\nAMMAN — Officials, who first met in 2019, "
            "praised the text.")
    got = _dates(text, "PARTY_TO")
    assert got and set(got.values()) == {THU}  # undated news of a signing: the report's day, not 2019


def test_a_first_sentence_with_a_full_stop_is_no_headline():
    text = "Egypt and Jordan signed a border pact.\n\nOfficials met on Tuesday in Amman."
    got = _dates(text, "PARTY_TO")
    assert got and set(got.values()) == {THU}  # the report's day, not the second sentence's Tuesday


# -- anaphoric dates, coordinated verb phrases, live-blog entries ---------------------------

@pytest.mark.parametrize("lang,text,want", [
    ("en", "Canada listed the group in May 2020 and named its leader at the same time.", "2020-05"),
    ("es", "Francia sancionó al grupo el 3 de mayo de 2022 y ese mismo día Italia hizo lo mismo.", "2022-05-03"),
    ("en", "Kenya joined in 2019 and that year Chad left.", "2019"),
])
def test_same_time_repeats_the_previous_date(lang, text, want):
    assert value(text, lang=lang)[-1] == want


def test_same_time_without_an_earlier_date_is_nothing():
    assert value("The two ministers arrived at the same time.") == []


def test_date_behind_a_second_verb_phrase_is_that_verbs():
    skel = "⟦0⟧, who are funded by ⟦1⟧ and have fought ⟦2⟧ since 2016, marched."
    assert pick(skel, "⟦0⟧, who are funded by ⟦1⟧") is None
    skel = "⟦0⟧, financiados por ⟦1⟧ y que combatieron a ⟦2⟧ en 2016, marcharon."
    assert pick(skel, "⟦0⟧, financiados por ⟦1⟧", lang="es") is None
    assert pick("⟦0⟧ funded ⟦1⟧ in 2016.", "⟦0⟧ funded ⟦1⟧") == "2016"


LIVE = ("Live: regional talks\n\n"
        "16:20 GMT: Yemen reacts\n\n"
        "Yemen's Houthis, who are backed by Iran, welcomed the news.\n\n"
        "15:05 GMT: A deal in Baghdad\n\n"
        "Egypt and Jordan have signed a memorandum of understanding on border security.\n")


def test_live_blog_entry_events_take_the_entry_day():
    got = _dates(LIVE, "SIGNED_MOU_WITH", pub="2024-06-20")
    assert got and set(got.values()) == {"2024-06-20"}


def test_live_blog_state_in_a_relative_clause_gets_no_entry_day():
    got = _dates(LIVE, "ALLEGED_TIES", pub="2024-06-20")
    assert got.get(("state:IRN", "group:houthis"), "missing") is None


def test_one_clock_time_is_no_live_blog():
    # (an urging: an undated signing takes the report's day anyway, which is the entry's day here)
    text = "15:05 GMT: update\n\nThe United States urged Venezuela to release political prisoners.\n"
    got = _dates(text, "URGED", pub="2024-06-20")
    assert got and set(got.values()) == {None}


# -- attribution dates for present-perfect news, day-only references, date headings ---------

def test_present_perfect_news_takes_the_announcement_date():
    skel = "⟦0⟧ has imposed sanctions on ⟦1⟧, the ministry announced on Monday."
    a = skel.index(", the ministry")
    span = (0, skel.index(", the ministry"))
    assert dates.pick(skel, span, (a, len(skel)), THU, "en") == "2024-06-17"
    skel = "⟦0⟧ imposed sanctions on ⟦1⟧, the ministry announced on Monday."
    assert dates.pick(skel, span, (a, len(skel)), THU, "en") is None  # past tense: when is not said


@pytest.mark.parametrize("lang,text,want", [
    ("es", "Lo firmaron el pasado día 14 en Lima.", "2024-06-14"),
    ("es", "Lo firmaron el día 3.", "2024-06-03"),
    ("en", "They signed on the 3rd.", "2024-06-03"),
    ("en", "They signed on the 21st of June, 2019.", "2019-06-21"),
])
def test_day_only_references(lang, text, want):
    assert value(text, lang=lang) == [want]


def test_no_day_from_a_count():
    assert value("They signed on the 3 candidates.") == []


ROUNDUP = ("Semana en Asia\n\n"
           "Lunes 17 de junio\n\n"
           "Japón y Filipinas firmaron un memorando de entendimiento sobre defensa.\n\n"
           "Miércoles 19 de junio\n\n"
           "Vietnam y Malasia firmaron un memorando de entendimiento sobre pesca.\n")


def test_date_headings_date_the_items_below_them():
    got = {frozenset(pair): d for pair, d in _dates(ROUNDUP, "SIGNED_MOU_WITH", lang="es").items()}
    assert got.get(frozenset({"state:JPN", "state:PHL"})) == "2024-06-17"
    assert got.get(frozenset({"state:VNM", "state:MYS"})) == "2024-06-19"


def test_a_single_date_line_is_no_heading_structure():
    text = "17 de junio de 2024\n\nJapón y Filipinas firmaron un memorando de entendimiento sobre defensa.\n"
    got = _dates(text, "SIGNED_MOU_WITH", lang="es")
    assert got and set(got.values()) == {THU}  # the report's day, not the date line's 17 June


@pytest.mark.parametrize("lang,text,want", [
    ("en", "The treaty was signed on 5 May 2020; troops had moved two days earlier.", "2020-05-03"),
    ("es", "El tratado se firmó el 5 de mayo de 2020 y la víspera hubo protestas.", "2020-05-04"),
    ("en", "They met in March 2021, and the previous month they had talked.", "2021-02"),
])
def test_counted_back_from_the_previous_date(lang, text, want):
    assert value(text, lang=lang)[-1] == want


@pytest.mark.parametrize("lang,text", [
    ("en", "Evo Morales (2006-2019) ruled Bolivia."),
    ("es", "Evo Morales gobernó Bolivia en el periodo 2006–2019."),
])
def test_hyphenated_year_ranges(lang, text):
    assert ("2006", "2019") in value(text, lang=lang)


def test_publication_time_stamp_is_read_as_its_day():
    assert value("The envoys met yesterday.", pub="2024-06-20T09:30:00") == ["2024-06-19"]


# -- an agreement is signed once --------------------------------------------------------------

def _signed(text, lang, pub="2024-06-20"):
    return {c.subject: c.date for c in extract_text(text, language=lang, published=pub)
            if c.predicate == "SIGNED" and c.polarity == "positive"}


EN_SIGNING = ("Argentina and Brazil {when}signed a security agreement. The accord was signed at the Planalto Palace by "
              "Argentine Foreign Minister Diana Mondino and Brazilian Foreign Minister Mauro Vieira.")


def test_signatories_in_a_later_sentence_take_the_signing_date():
    got = _signed(EN_SIGNING.format(when="on Tuesday "), "en")
    assert set(got) == {"official:diana-mondino", "official:mauro-vieira"}
    assert set(got.values()) == {"2024-06-18"}
    got = _signed("Argentina y Brasil firmaron el martes un acuerdo de seguridad. El acuerdo fue firmado en el Palacio "
                  "de Itamaraty por los cancilleres Diana Mondino y Mauro Vieira.", "es")
    assert set(got) == {"official:diana-mondino", "official:mauro-vieira"}
    assert set(got.values()) == {"2024-06-18"}


def test_an_undated_signing_dates_its_signatories_as_its_parties():
    # undated news of a signing is dated by the report, for the parties and the signatories alike
    # (they are one act; before session 11 the signatories got no date while the parties got the report's)
    claims = extract_text(EN_SIGNING.format(when=""), language="en", published="2024-06-20")
    got = _signed(EN_SIGNING.format(when=""), "en")
    assert set(got) == {"official:diana-mondino", "official:mauro-vieira"}
    parties = {c.date for c in claims if c.predicate == "PARTY_TO" and c.polarity == "positive"}
    assert set(got.values()) == parties == {"2024-06-20"}


@pytest.mark.parametrize("lang,text,want", [
    ("en", "2017: Paraguay designates Hezbollah a terrorist organization.", ["2017"]),
    ("es", "2017 — Paraguay declara terrorista a Hezbolá.", ["2017"]),
    ("en", "Paraguay designated Hezbollah (2019), then Colombia did.", ["2019"]),
    ("en", "Some 2019 people marched.", []),            # a bare year mid-sentence is no date ("around 2019" is one since session 20)
    ("en", "Article (2) of the pact applies.", []),
])
def test_timeline_entries_and_bracketed_years(lang, text, want):
    assert value(text, lang=lang) == want


def test_timeline_entry_dates_its_claim():
    got = _dates("2017: Paraguay designated Hezbollah a terrorist organization.", "DESIGNATED")
    assert got.get(("state:PRY", "group:hezbollah")) == "2017"


def test_an_ongoing_campaign_takes_no_announcement_date():
    skel = "⟦0⟧ has been pressing ⟦1⟧ to expel the envoy, two officials said on Monday."
    a = skel.index(", two officials")
    assert dates.pick(skel, (0, len(skel)), (a, len(skel)), THU, "en") is None
    skel = "⟦0⟧ ha estado presionando a ⟦1⟧ para expulsar al enviado, dijeron el lunes dos funcionarios."
    a = skel.index(", dijeron")
    assert dates.pick(skel, (0, len(skel)), (a, len(skel)), THU, "es") is None


def test_standing_relation_skips_an_aside_between_its_actors():
    skel = "⟦0⟧, elected president in 2020, a member of ⟦1⟧"
    assert pick(skel, skel, standing=True) is None
    skel = "⟦0⟧, elegido presidente en 2020, militante de ⟦1⟧"
    assert pick(skel, skel, lang="es", standing=True) is None


@pytest.mark.parametrize("lang,text,want", [
    ("es", "El nuevo gobierno asumió el pasado 8 en Sucre.", ["2024-06-08"]),
    ("en", "The mission ended at the end of March.", ["2024-03"]),
    ("en", "The mission ended this March.", ["2024-03"]),
    ("es", "La inflación subió el pasado 8% anual.", []),
    ("en", "Prices may rise by the end of may.", []),
])
def test_more_day_and_month_references(lang, text, want):
    assert value(text, lang=lang) == want
