"""Dates of facts, session 15: full numeric dates, chronology entries, counts past ten, the weekend, May Day,
"at that time", a fronted clause of another event, a date after an aside and the verb's complement, one sanction
told in two verbs, gapped lists."""

import pytest

from loaders import dates
from tests.extracting import extract_text

PUB = "2025-06-18"  # a Wednesday


def values(text: str, lang: str = "en", pub: str = PUB) -> list:
    return [d.value for d in dates.find(text, 0, len(text), pub, lang)]


def dated(text: str, predicate: str, lang: str, pub: str = PUB) -> dict:
    """(subject, object) -> date of the positive `predicate` claims of `text`."""
    return {(c.subject, c.object): c.date for c in extract_text(text, language=lang, published=pub)
            if c.predicate == predicate and c.polarity == "positive"}


# ---------------------------------------------------------------- expressions

@pytest.mark.parametrize("text,lang,want", [
    ("22.05.2018 - The United States designates the group.", "en", "2018-05-22"),
    ("05.09.2018 - Washington incluye al grupo en su lista.", "es", "2018-09-05"),
    ("Signed on 5-9-2018 in Rome.", "en", "2018-09-05"),
    ("The order of 05/22/2018 stands.", "en", "2018-05-22"),
    ("The order of 10/03/2018 stands.", "en", "2018-10-03"),  # English slashes: month first
    ("La orden del 10/03/2018 sigue vigente.", "es", "2018-03-10"),  # Spanish slashes: day first
    ("The 2018/05/22 notice.", "en", "2018-05-22"),
    ("Firmado el 31.12.2019 en Lima.", "es", "2019-12-31"),
])
def test_full_numeric_dates(text, lang, want):
    assert values(text, lang)[:1] == [want]


@pytest.mark.parametrize("text", ["Version 3.5.2 was released.", "It scored 31.45.2020 points.", "Rule 99.13.2019 applies."])
def test_numbers_that_are_no_dates(text):
    assert values(text) == []


@pytest.mark.parametrize("text,lang,want", [
    ("It happened twelve years ago.", "en", "2013"),
    ("Ocurrió hace doce años.", "es", "2013"),
    ("It happened eleven months ago.", "en", "2024-07"),
    ("It happened a fortnight ago.", "en", "2025-06"),
    ("Ocurrió hace una quincena.", "es", "2025-06"),
    ("Ocurrió hace quince días.", "es", "2025-06"),  # (two weeks, not a count of days)
    ("Ocurrió hace veinte años.", "es", "2005"),
])
def test_counts_past_ten_and_fortnights(text, lang, want):
    assert values(text, lang) == [want]


def test_counts_past_ten_count_from_a_date():
    assert values("En diciembre de 2020 se firmó. Once meses después llegó otro.", "es")[-1] == "2021-11"
    assert values("It was signed in March 2010. Fifteen years later it lapsed.")[-1] == "2025-03"


@pytest.mark.parametrize("text,lang,pub,want", [
    ("X met Y over the weekend.", "en", PUB, "2025-06"),
    ("X met Y last weekend.", "en", PUB, "2025-06"),
    ("X se reunió con Y el fin de semana.", "es", PUB, "2025-06"),
    ("El pasado fin de semana X se reunió con Y.", "es", PUB, "2025-06"),
    ("X se reunió con Y el fin de semana pasado.", "es", "2025-02-07", "2025-02"),
    # a weekend across two months gives its year only
    ("X met Y over the weekend.", "en", "2025-06-02", "2025"),
])
def test_the_weekend_is_the_last_one(text, lang, pub, want):
    assert values(text, lang, pub) == [want]


@pytest.mark.parametrize("text,lang,want", [
    ("Last May, X signed.", "en", "2025-05"),
    ("This May X signed.", "en", "2025-05"),
    ("At a May Day rally, X spoke.", "en", "2025-05-01"),
    ("En la marcha del Primero de Mayo, X habló.", "es", "2025-05-01"),  # (the day, not a noun's event)
    ("El Día del Trabajador, X habló.", "es", "2025-05-01"),
    ("El primero de mayo de 2024 X habló.", "es", "2024-05-01"),
])
def test_may_and_may_day(text, lang, want):
    assert values(text, lang)[:1] == [want]


@pytest.mark.parametrize("text", ["The last may be the hardest.", "The first may come soon."])
def test_may_as_a_verb_is_no_date(text):
    assert values(text) == []


# ---------------------------------------------------------------- which date is the fact's

@pytest.mark.parametrize("text,lang,pair,want", [
    ("22.05.2018 - The United States designates Hezbollah as a Foreign Terrorist Organization.", "en",
     ("state:USA", "group:hezbollah"), "2018-05-22"),
    ("05.09.2018 - Washington incluye a Hezbolá en su lista de organizaciones terroristas.", "es",
     ("state:USA", "group:hezbollah"), "2018-09-05"),
])
def test_a_chronology_entry_dated_numerically(text, lang, pair, want):
    assert dated(text, "DESIGNATED", lang)[pair] == want


@pytest.mark.parametrize("text,lang,want", [
    ("11 de septiembre de 2024. El Tesoro de Estados Unidos sanciona a Hezbolá.", "es", "2024-09-11"),
    ("11 September 2024. The US Treasury sanctions Hezbollah. Canada also lists Hamas.", "en", "2024-09-11"),
    ("March 3, 2024. Argentina designates Hezbollah a terrorist organisation.", "en", "2024-03-03"),
])
def test_a_date_alone_opens_its_paragraph(text, lang, want):
    got = dated(text, "DESIGNATED", lang)
    assert got and set(got.values()) == {want}


def test_years_alone_head_a_chronology():
    text = ("2019\n\nParaguay declara a Hezbolá organización terrorista.\n\n"
            "2021\n\nColombia declara a Hamás organización terrorista.")
    got = dated(text, "DESIGNATED", "es")
    assert got == {("state:PRY", "group:hezbollah"): "2019", ("state:COL", "group:hamas"): "2021"}


def test_a_date_alone_governs_only_its_paragraph():
    text = ("11 September 2024. The US Treasury sanctions Hezbollah.\n\n"
            "Argentina designated Hamas a terrorist organisation.")
    got = dated(text, "DESIGNATED", "en")
    assert got[("state:USA", "group:hezbollah")] == "2024-09-11"
    assert got[("state:ARG", "group:hamas")] != "2024-09-11"


@pytest.mark.parametrize("text,lang,pair,want", [
    ("After the Houthis began attacking ships in the Red Sea in November 2023, the United States designated "
     "the Houthis as a terrorist group in January 2024.", "en", ("state:USA", "group:houthis"), "2024-01"),
    ("Following Hamas's attack on Israel in October 2023, Paraguay designated Hamas a terrorist organisation on 3 March 2024.",
     "en", ("state:PRY", "group:hamas"), "2024-03-03"),
    ("Tras el ataque de Hamás contra Israel en octubre de 2023, Paraguay declaró a Hamás organización terrorista "
     "en marzo de 2024.", "es", ("state:PRY", "group:hamas"), "2024-03"),
    # the fronted clause's date still dates a main clause that gives none
    ("En 2019, cuando Macri era presidente, Argentina declaró a Hezbolá organización terrorista.", "es",
     ("state:ARG", "group:hezbollah"), "2019"),
])
def test_a_fronted_clause_of_another_event(text, lang, pair, want):
    assert dated(text, "DESIGNATED", lang)[pair] == want


@pytest.mark.parametrize("text,lang,pair,want", [
    ("Ecuador declared Los Choneros and Los Lobos, along with twenty other gangs, terrorist organisations in January 2024, "
     "when Noboa declared an internal armed conflict.", "en", ("state:ECU", "group:los-choneros"), "2024-01"),
    ("El gobierno ecuatoriano declaró a Los Choneros y Los Lobos, junto con otros veinte grupos, como organizaciones "
     "terroristas en enero de 2024.", "es", ("state:ECU", "group:los-lobos"), "2024-01"),
    ("The United States designated Hezbollah, the Iran-backed militia, on its terrorist list in 1997.", "en",
     ("state:USA", "group:hezbollah"), "1997"),
    ("Estados Unidos incluyó a Hezbolá, la milicia chií, en su lista de organizaciones terroristas en 1997.", "es",
     ("state:USA", "group:hezbollah"), "1997"),
])
def test_a_date_after_an_aside_and_the_verbs_complement(text, lang, pair, want):
    assert dated(text, "DESIGNATED", lang)[pair] == want


def test_a_verb_after_the_aside_keeps_its_date():
    got = dated("Canada listed Hezbollah, the Lebanese militia, and later signed a deal with Israel in 2019.", "DESIGNATED", "en")
    assert got[("state:CAN", "group:hezbollah")] is None


@pytest.mark.parametrize("skel,end,want", [
    ("The ⟦0⟧ froze his assets and banned him from travel in April 2022.", 25, "2022-04"),
    ("⟦0⟧ congeló los bienes de ⟦1⟧ y le prohibió la entrada al país en abril de 2022.", 28, "2022-04"),
    ("⟦0⟧ sanctioned ⟦1⟧ and froze its assets on 3 March 2024.", 18, "2024-03-03"),
    # a second verb of another kind keeps its own date
    ("⟦0⟧ designated ⟦1⟧ and has fought the coalition since 2015.", 18, None),
    ("⟦0⟧ sanctioned ⟦1⟧ and signed a deal with ⟦2⟧ in 2019.", 18, None),
])
def test_one_sanction_told_in_two_verbs(skel, end, want):
    assert dates.pick(skel, (0, end), None, "2025-02-27", "en") == want


@pytest.mark.parametrize("text,lang,want", [
    ("The Dominican Republic and El Salvador followed in 2018, Nicaragua in 2021, and Honduras, whose foreign minister "
     "flew to Beijing, cut ties with Taiwan in March 2023.", "en",
     {("state:DOM", "state:TWN"): "2018", ("state:SLV", "state:TWN"): "2018"}),
    ("Panamá rompió con Taiwán en 2017; República Dominicana y El Salvador lo hicieron en 2018, y Honduras rompió "
     "relaciones con Taiwán en marzo de 2023.", "es", {("state:HND", "state:TWN"): "2023-03"}),
])
def test_a_gapped_list_dates_each_conjunct(text, lang, want):
    got = dated(text, "SEVERED_TIES", lang, "2025-03-20")
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize("text,lang", [
    ("Argentina designated Hamas a terrorist organisation in 2019. At that time, Paraguay designated Hezbollah a "
     "terrorist group.", "en"),
    ("Argentina declaró a Hamás organización terrorista en 2019. En ese momento, Paraguay declaró a Hezbolá "
     "organización terrorista.", "es"),
    ("Argentina declaró a Hamás organización terrorista en 2019. Por entonces, Paraguay declaró a Hezbolá "
     "organización terrorista.", "es"),
])
def test_at_that_time_points_back(text, lang):
    assert dated(text, "DESIGNATED", lang)[("state:PRY", "group:hezbollah")] == "2019"


def test_at_the_same_time_is_no_time():
    assert dates.anaphoric("At the same time, Nicaragua tightens its grip.") == 0
    assert dates.anaphoric("At that time, Nicaragua tightened its grip.") == 4


# ---------------------------------------------------------------- spans, open ends, the story's own periods

@pytest.mark.parametrize("text,lang", [
    ("Russia supplied drones to Venezuela between March and May 2024.", "en"),
    ("Rusia entregó drones a Venezuela entre marzo y mayo de 2024.", "es"),
    ("Russia supplied drones to Venezuela in 2022 and 2023.", "en"),
    ("Rusia entregó drones a Venezuela en 2022 y 2023.", "es"),
    ("Rusia entregó drones a Venezuela en la década de 2010.", "es"),
    ("Russia supplied drones to Venezuela in the 2010s.", "en"),
])
def test_spans_give_no_date(text, lang):
    assert set(dated(text, "SUPPLIED", lang).values()) == {None}


@pytest.mark.parametrize("text,lang,want", [
    # a listing "since 2019" was made then
    ("Argentina has listed Hamas as a terrorist organisation since 2019.", "en", "2019"),
    ("Argentina considera a Hamás organización terrorista desde 2019.", "es", "2019"),
])
def test_a_listing_since_is_dated(text, lang, want):
    assert set(dated(text, "DESIGNATED", lang).values()) == {want}


@pytest.mark.parametrize("text,lang,want", [
    ("Russia supplied drones to Venezuela throughout 2023.", "en", "2023"),
    ("Russia supplied drones to Venezuela in Q1 2024.", "en", "2024"),
    ("Rusia entregó drones a Venezuela a comienzos de año.", "es", "2025"),
    ("Rusia entregó drones a Venezuela a principios del año pasado.", "es", "2024"),
    ("Russia delivered drones to Venezuela in recent days.", "en", "2025-06"),
    ("Rusia entregó drones a Venezuela en los últimos días.", "es", "2025-06"),
    ("Russia delivered drones to Venezuela over the past week.", "en", "2025-06"),
])
def test_periods_at_their_precision(text, lang, want):
    assert set(dated(text, "SUPPLIED", lang).values()) == {want}
