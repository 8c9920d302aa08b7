"""Session 9 date mechanisms: how news in general dates an event, English and Spanish.

Each mechanism is tested on sentences written for it (other actors, word orders and outlets than
the corpus), positives and negatives: wire datelines abbreviated without a full stop, "N units
after <clause>", a month with an anaphoric year, anaphoric expressions counted from the sentence
before, a request's complement and subordinate clauses after the fact, a time phrase opening a
sentence kept out of an organisation's name, a signing with no date of its own in a story whose
lead dates the news, live-blog clock headings in Markdown emphasis.
"""

import pytest

from extracting import extract_text
from loaders import dates

SAT = "2025-04-12"  # a Saturday: "on Friday" is 2025-04-11, "on Wednesday" 2025-04-09


def claim_dates(text, predicate, lang="en", pub=SAT):
    """{(subject, object): date} of the positive `predicate` claims of text."""
    return {(c.subject, c.object): c.date for c in extract_text(text, language=lang, published=pub)
            if c.predicate == predicate and c.polarity == "positive"}


def found(text, pub=SAT, lang="en"):
    return [(text[d.start:d.end], d.value) for d in dates.find(text, 0, len(text), pub, lang)]


# -- 1. a wire dateline whose month is abbreviated without a full stop ("Jan 16", Reuters style) --------

@pytest.mark.parametrize("line,want", [
    ("ISLAMABAD, Jan 16 (Meridian Wire) - Pakistan on Wednesday urged Kabul to act.", "2025-01-16"),
    ("LONDON, Sept 3 (Reuters) - Britain said on Tuesday it had listed the group.", "2024-09-03"),
    ("CANBERRA, Nov 14 (AAP) - Australia has designated the group.", "2024-11-14"),
    ("WASHINGTON, Dec 1 - The State Department said on Monday ...", "2024-12-01"),
    ("MOGADISHU, Oct 8 (Wire) -- Egyptian ships docked on Tuesday.", "2024-10-08"),
])
def test_dateline_month_without_full_stop_is_the_filing_day(line, want):
    pub = "2025-01-23" if want.startswith("2025") else "2024-12-20"
    assert dates.dateline_day(line, 0, len(line), pub) == want


@pytest.mark.parametrize("line", [
    "LIMA, Jan (AFP) - no day given.",                     # a month without its day is no dateline
    "Officials in LIMA, Jan 16 said nothing -",            # not at the start of the sentence
    "ROME, Mar del Plata and Lima - a list of cities.",    # "Mar" naming a place, not March
])
def test_no_dateline_without_month_and_day_at_the_start(line):
    assert dates.dateline_day(line, 0, len(line), "2025-01-23") is None


def test_weekday_counts_from_the_dateline_not_a_later_crawl_date():
    # published metadata a week after filing (a crawl date): "on Wednesday" is the one before the dateline's day
    text = ("Pakistan presses Taliban over militants\n\n"
            "ISLAMABAD, Jan 16 (Meridian Wire) - Pakistan on Wednesday urged Afghanistan to hand over "
            "the leaders of the Tehrik-i-Taliban Pakistan.")
    got = claim_dates(text, "URGED", pub="2025-01-23")
    assert got and set(got.values()) == {"2025-01-15"}


# -- 2. "N units after <clause>": the clause happened N units before the main clause's date --------------

def test_two_days_after_a_clause_counts_back_from_the_main_date():
    assert found("She spoke on Friday, two days after Chile and Peru signed a memorandum.")[-1] == \
        ("two days after", "2025-04-09")
    assert found("Habló el viernes, dos días después de que Chile y Perú firmaran un memorando.", lang="es")[-1] == \
        ("dos días después de", "2025-04-09")
    # "before": the clause happened after the main date
    assert found("The vote was held on March 3, 2021, a week before Canada listed the group.")[-1] == \
        ("a week before", "2021-03")


def test_signing_in_the_after_clause_takes_the_counted_date():
    text = ("Colombia's foreign minister spoke to reporters in Bogotá on Friday, two days after Colombia and "
            "Ecuador signed a security memorandum.")
    got = claim_dates(text, "SIGNED_MOU_WITH")
    assert list(got.values()) == ["2025-04-09"]
    text = ("El canciller peruano habló el viernes con la prensa, dos días después de que Perú y Chile "
            "firmaran un memorando de entendimiento sobre seguridad.")
    got = claim_dates(text, "SIGNED_MOU_WITH", lang="es")
    assert list(got.values()) == ["2025-04-09"]


def test_the_main_clause_keeps_its_own_date():
    text = ("On Tuesday Guatemala's Congress passed a law classifying the Barrio 18 gang as a terrorist "
            "organisation, ten days after twenty of its leaders escaped from prison.")
    got = claim_dates(text, "DESIGNATED", pub="2025-10-24")
    assert got and set(got.values()) == {"2025-10-21"}


def test_after_clause_with_no_date_before_it_dates_nothing():
    # no main-clause date to count from: nothing, not the publication day minus two
    assert found("Two days after Chile signed the deal, Peru followed.") == []
    assert found("Dos años después de que Chile firmara el acuerdo, Perú lo imitó.", lang="es") == []


def test_adverbial_later_still_counts_forward():
    assert found("Oman signed with Iran in May 2021 and with Iraq two months later.")[-1] == \
        ("two months later", "2021-07")


# -- 3. a month with an anaphoric year ("in May that year", "en mayo de ese año") --------------------

@pytest.mark.parametrize("text,lang,want", [
    ("In 2019 the court ruled, and in May that year the assembly demanded a withdrawal.", "en", "2019-05"),
    ("Britain banned it in 2020 and in March of the following year Canada followed.", "en", "2021-03"),
    ("Britain banned it in 2020, and that October Canada followed.", "en", "2020-10"),
    ("En 2021 Perú firmó el tratado y en mayo de ese mismo año lo ratificó.", "es", "2021-05"),
    ("En 2021 Perú firmó el tratado y en junio del año siguiente lo ratificó.", "es", "2022-06"),
    ("El acuerdo se firmó en 2018; en abril del año anterior se había negociado.", "es", "2017-04"),
])
def test_month_of_an_anaphoric_year(text, lang, want):
    assert found(text, lang=lang)[-1][1] == want


def test_month_with_anaphoric_year_dates_the_fact():
    text = ("In 2019 the International Court of Justice ruled the occupation unlawful, and in May that year the "
            "UN General Assembly demanded that the United Kingdom withdraw from the islands.")
    got = claim_dates(text, "URGED")
    assert got and set(got.values()) == {"2019-05"}


@pytest.mark.parametrize("text", [
    "Officials warned that May would bring more attacks.",     # "that" a complementiser, "May" no date
    "Analysts said that October is the deadline.",
])
def test_that_month_after_a_complementiser_is_no_date(text):
    assert not any(v for _, v in found(text))


# -- 4. an anaphoric expression with no date before it in its sentence: the text before dates it ----

def test_following_year_counts_from_the_sentence_before():
    text = ("The United States named the Russian Imperial Movement a terrorist group in April 2020, together with "
            "Stanislav Vorobyev, who founded it in 2002. Canada listed the Russian Imperial Movement the following year.")
    got = claim_dates(text, "DESIGNATED", pub="2025-10-09")
    assert got[("state:CAN", "group:russian-imperial-movement")] == "2021"  # not 2003: a relative clause's year


def test_same_day_counts_from_the_last_day_named_not_a_year():
    text = ("YAMENA — El Gobierno de Chad anunció el jueves que pone fin al acuerdo de defensa con Francia, "
            "revisado por última vez en 2019.\n\n"
            "El mismo día, el presidente de Senegal pidió a Francia que cierre sus bases militares.")
    got = claim_dates(text, "URGED", lang="es", pub="2024-11-29")
    assert got == {("state:SEN", "state:FRA"): "2024-11-28"}


def test_years_later_from_the_sentence_before_in_spanish():
    text = ("Argentina incluyó a Hamás en su lista de organizaciones terroristas en julio de 2023. "
            "Al año siguiente, Paraguay declaró a Hamás organización terrorista.")
    got = claim_dates(text, "DESIGNATED", lang="es", pub="2025-06-01")
    assert got.get(("state:PRY", "group:hamas")) == "2024"


def test_anaphoric_expression_with_nothing_before_is_undated():
    got = claim_dates("Canada listed the Russian Imperial Movement the following year.", "DESIGNATED")
    assert got and set(got.values()) == {None}


def test_sentence_own_date_wins_over_the_anchor():
    text = ("Britain proscribed Hezbollah in March 2017. Australia listed Hezbollah as a terrorist organisation "
            "on 4 May 2021, four years later.")
    got = claim_dates(text, "DESIGNATED")
    assert got[("state:AUS", "group:hezbollah")] == "2021-05-04"


@pytest.mark.parametrize("text,need", [
    ("El mismo día, X pidió", 10), ("the following month", 7), ("the following year", 4),
    ("a year later", 4), ("la víspera", 10), ("Peru signed on Monday.", 0),
])
def test_anchor_precision_the_expression_needs(text, need):
    assert dates.anaphoric(text) == need


# -- 5. after the fact: a subordinate clause's date and a request's wanted time -----------------------

def test_date_of_a_relative_clause_after_the_request_is_not_the_request():
    text = ("Germany urged Iran to carry out the plan that the cabinet approved earlier this month.")
    got = claim_dates(text, "URGED", pub="2025-08-27")
    assert got and set(got.values()) == {None}


@pytest.mark.parametrize("text,lang,want", [
    ("Brazil urged the European Union to ratify the trade agreement this year.", "en", None),
    ("Germany on Monday urged Iran to release the journalists by the end of the month.", "en", "2025-04-07"),
    ("Germany urged Iran on Monday to release the journalists.", "en", "2025-04-07"),
    ("Perú pidió a Chile que firme el acuerdo en 2026.", "es", None),
    ("Perú pidió el lunes a Chile que firme el acuerdo antes de diciembre.", "es", "2025-04-07"),
    ("Francia exigió a Argelia que readmita a sus ciudadanos antes de marzo.", "es", None),
])
def test_request_complement_dates_the_wanted_act(text, lang, want):
    got = claim_dates(text, "URGED", lang=lang)
    assert got and set(got.values()) == {want}


def test_a_designation_after_the_match_keeps_its_date():
    got = claim_dates("Peru designated Hezbollah a terrorist organisation on July 20.", "DESIGNATED")
    assert set(got.values()) == {"2024-07-20"}


# -- 6. a time phrase opening a sentence is no part of an organisation's name ------------------------

@pytest.mark.parametrize("text,name", [
    ("On Tuesday Guatemala's Congress passed a law.", "Guatemala's Congress"),
    ("Last Tuesday Peru's Congress approved the bill.", "Peru's Congress"),
    ("In March Colombia's Senate approved it.", "Colombia's Senate"),
    ("On Monday, Mexico's Senate approved it.", "Mexico's Senate"),
    ("According to Peru's Congress the bill passed.", "Peru's Congress"),
])
def test_time_words_opening_a_sentence_stay_out_of_names(text, name):
    from loaders.actors import find_actors
    from loaders.gazetteer import Gazetteer
    from loaders.sentences import split
    ms = find_actors(Gazetteer.load(), text, split(text), SAT).mentions
    assert name in [text[m.start:m.end] for m in ms]


# -- 7. a signing with no date of its own, in a story whose lead dates the news ------------------------

def test_undated_signing_takes_the_lead_day():
    text = ("SANTO DOMINGO — The Dominican Republic on Thursday designated Tren de Aragua a terrorist organization.\n\n"
            "The Dominican Republic and the United States also signed a memorandum of understanding on "
            "intelligence sharing.")
    got = claim_dates(text, "PARTY_TO", pub="2025-10-03")
    assert got and set(got.values()) == {"2025-10-02"}


def test_undated_signing_takes_the_lead_day_in_spanish():
    text = ("LA PAZ — El Gobierno de Bolivia restableció este miércoles las relaciones diplomáticas con Israel.\n"
            "Los cancilleres de Bolivia e Israel firmaron por videoconferencia una declaración conjunta.")
    got = claim_dates(text, "PARTY_TO", lang="es", pub="2025-12-04")
    assert got and set(got.values()) == {"2025-12-03"}


def test_lead_of_an_older_event_leaves_the_report_day():
    # the lead dates an event weeks before: not this story's news day
    text = ("Chile and Peru fell out in March over fishing rights.\n\n"
            "The two governments signed a memorandum of understanding on fisheries.")
    got = claim_dates(text, "PARTY_TO")
    assert not got or set(got.values()) <= {SAT, None}


def test_signing_with_its_own_date_keeps_it():
    text = ("LIMA — Peru on Thursday designated the Tren de Aragua gang a terrorist organization.\n\n"
            "Peru and Chile signed a memorandum of understanding on security on Monday.")
    got = claim_dates(text, "SIGNED_MOU_WITH", pub="2025-04-12")
    assert set(got.values()) == {"2025-04-07"}


# -- 8. live-blog clock headings in Markdown emphasis ---------------------------------------------------

@pytest.mark.parametrize("line,want", [
    ("**18:40** — That is all from us today.", "2025-11-10"),
    ("**15:30 — Lula turns up the heat.** Brazil urged the EU.", "2025-11-10"),
    ("_09:15_ | Good morning.", "2025-11-10"),
    ("14:05 GMT: Ministers meet.", "2025-11-10"),
    ("**Note:** 18 people were hurt.", None),
])
def test_markdown_clock_heading_is_an_entry(line, want):
    assert dates.entry_day(line, 0, len(line), "2025-11-10") == want


# -- 9. a listing's participle in apposition after the designation dates it -------------------------

@pytest.mark.parametrize("text,lang,want", [
    ("Canada listed the Proud Boys, formally designated in February 2021, alongside three other groups.", "en", "2021-02"),
    ("Australia banned Hizb ut-Tahrir, proscribed in February 2025, and The Base.", "en", "2025-02"),
    ("Peru designated Hezbollah a terrorist group, a decision announced on July 20.", "en", "2025-07-20"),
    ("Estados Unidos sancionó al Tren de Aragua, designado organización terrorista en febrero de 2025.", "es", "2025-02"),
    ("Perú declaró terrorista a Hezbolá, una decisión anunciada el 20 de julio.", "es", "2025-07-20"),
])
def test_listing_participle_aside_dates_the_designation(text, lang, want):
    got = claim_dates(text, "DESIGNATED", lang=lang, pub="2025-08-13")
    assert got and set(got.values()) == {want}


@pytest.mark.parametrize("text,lang", [
    # another verb's clause, not the listing's participle
    ("Peru designated Hezbollah a terrorist group, a decision that Chile criticised on July 20.", "en"),
    # the date does not close the aside: it belongs to what follows
    ("Ecuador declaró terrorista a Los Choneros, una calificación impuesta en enero de 2024 por decreto.", "es"),
])
def test_no_listing_aside_date_from_another_clause(text, lang):
    got = claim_dates(text, "DESIGNATED", lang=lang, pub="2025-08-13")
    assert got and set(got.values()) == {None}


# -- 10. a relative clause deep inside a request's complement does not make the request background ---

def test_live_blog_entry_dates_a_request_with_a_relative_clause_in_its_complement():
    text = ("**10:15** — US envoy Tom Barrack met Lebanese leaders this morning.\n\n"
            "Barrack urged Lebanon to implement the plan to disarm Hezbollah that the cabinet approved earlier "
            "this month, which tasks the army with collecting all weapons.\n\n"
            "**09:00** — Good morning and welcome to our live coverage.")
    got = claim_dates(text, "URGED", pub="2025-08-27")
    assert got and set(got.values()) == {"2025-08-27"}
    assert dates.in_relative_clause("⟦0⟧, which is backed by ⟦1⟧", (0, 27))  # the actor's own description


# -- 11. a signing coordinated with a dated meeting or visit in the clause before it ----------------

@pytest.mark.parametrize("text,lang,want", [
    ("El presidente de Maldivas visitó Nueva Delhi en octubre y los dos gobiernos firmaron un acuerdo de canje "
     "de divisas.", "es", "2024-10"),
    ("El canciller de Chile se reunió el lunes con su homólogo y Chile y Perú firmaron un memorando de "
     "entendimiento.", "es", "2024-12-02"),
    ("Modi hosted Muizzu in New Delhi on Monday, and India and the Maldives signed a currency swap agreement.",
     "en", "2024-12-02"),
])
def test_signing_after_a_dated_meeting_clause(text, lang, want):
    got = claim_dates(text, "PARTY_TO", lang=lang, pub="2024-12-05")
    assert got and set(got.values()) == {want}


@pytest.mark.parametrize("text,lang", [
    # the first clause is another act, not a meeting: its date is its own
    ("Chile expulsó a un diplomático peruano en mayo y Chile y Bolivia firmaron un memorando de entendimiento.", "es"),
    ("Washington designated the group in 1997 and Chile and Peru signed a security memorandum.", "en"),
])
def test_no_date_from_a_coordinated_act_that_is_no_meeting(text, lang):
    got = claim_dates(text, "PARTY_TO", lang=lang, pub="2024-12-05")
    assert got and set(got.values()) == {"2024-12-05"}  # undated news of a signing: the report's day


def test_signatories_of_an_undated_signing_take_the_news_day_too():
    text = ("LIMA — Peru on Thursday designated the Tren de Aragua gang a terrorist organization.\n\n"
            "Peru and Chile also signed a memorandum of understanding on migration. Peruvian Foreign Minister "
            "Elmer Schialer and Chilean Foreign Minister Alberto van Klaveren put their names to the text.")
    got = claim_dates(text, "SIGNED")
    assert set(got) == {("official:elmer-schialer", "agreement:chl-per-2025"),
                        ("official:alberto-van-klaveren", "agreement:chl-per-2025")}
    assert set(got.values()) == {"2025-04-10"}


# -- 12. the targets a later sentence names ("those targeted include X") share the listing's date -----

@pytest.mark.parametrize("text,lang,pub,want", [
    ("LONDON — Britain imposed sanctions on three Haitian gang leaders on Monday.\n\n"
     "Those targeted include Jimmy Chérizier and Vitel'homme Innocent.", "en", "2025-06-03", "2025-06-02"),
    ("SEOUL - South Korea's foreign ministry on Tuesday imposed sanctions on eight North Korean individuals.\n\n"
     "Among those listed is the Lazarus Group.", "en", "2025-06-05", "2025-06-03"),
    ("BRUSELAS.– El Consejo de la Unión Europea sancionó ayer a quince altos cargos venezolanos.\n\n"
     "Según el comunicado, entre los sancionados figuran la presidenta del Tribunal Supremo de Justicia, "
     "Caryslia Rodríguez, y Diosdado Cabello.", "es", "2025-01-11", "2025-01-10"),
])
def test_targets_named_after_a_dated_listing_share_its_date(text, lang, pub, want):
    got = claim_dates(text, "DESIGNATED", lang=lang, pub=pub)
    assert got and set(got.values()) == {want}


def test_targets_named_far_from_the_listing_stay_undated():
    text = ("Britain imposed sanctions on three Haitian gang leaders in 2019.\n\n"
            "The weather was bad. Ministers met. Officials said more would come.\n\n"
            "Those targeted include Jimmy Chérizier.")
    got = claim_dates(text, "DESIGNATED", pub="2025-06-03")
    assert got and set(got.values()) == {None}


# -- 13. a relative clause closed before the date is the object's aside: the date after it is the verb's --

@pytest.mark.parametrize("text,want", [
    ("Peru designated Hezbollah, which Argentina listed in 2019, as a terrorist organisation on Monday.", "2025-06-09"),
    ("Kosovo designated the Bujanovac group, which Pristina first listed as terrorist in June 2023, again on Monday.",
     "2025-06-09"),
])
def test_date_after_a_relative_aside_dates_the_main_verb(text, want):
    got = claim_dates(text, "DESIGNATED", pub="2025-06-10")
    assert [v for (s, o), v in got.items() if s in ("state:PER", "state:XKX")] == [want]


def test_relative_aside_keeps_its_own_date():
    got = claim_dates("Peru designated Hezbollah, which Argentina listed in 2019.", "DESIGNATED", pub="2025-06-10")
    assert got[("state:PER", "group:hezbollah")] is None
    assert got[("state:ARG", "group:hezbollah")] == "2019"


def test_signing_after_a_relative_aside():
    got = claim_dates("Chile signed a pact with Peru, which had sought it for years, on Monday.", "PARTY_TO",
                      pub="2025-06-10")
    assert got and set(got.values()) == {"2025-06-09"}


# -- 14. weeks as anaphoric units and "mid-March" --------------------------------------------------------

@pytest.mark.parametrize("text,lang,want", [
    ("X designated Y in mid-March.", "en", "2025-03"),
    ("Peru acted on 3 March 2025, and the following week Chile followed.", "en", "2025-03"),
    ("On 3 March 2025 Peru acted; the week before, Chile had.", "en", "2025-02"),
    ("El 3 de marzo de 2025 Perú actuó y la semana siguiente Chile lo imitó.", "es", "2025-03"),
    ("El 3 de marzo de 2025 Perú actuó y esa misma semana Chile lo imitó.", "es", "2025-03"),
    ("El 28 de febrero de 2025 Perú actuó y la semana anterior Chile lo había hecho.", "es", "2025-02"),
])
def test_week_anaphors_and_mid_month(text, lang, want):
    assert found(text, lang=lang)[-1][1] == want


def test_following_week_from_the_sentence_before():
    text = ("Argentina designated Hamas a terrorist organisation on 3 March 2025. "
            "Paraguay designated Hamas the following week.")
    got = claim_dates(text, "DESIGNATED")
    assert got[("state:PRY", "group:hamas")] == "2025-03"


@pytest.mark.parametrize("text", ["At the same time, Nicaragua tightens its alliance with Moscow.",
                                  "Al mismo tiempo, Nicaragua estrecha su alianza con Moscú."])
def test_at_the_same_time_opening_a_sentence_is_a_discourse_marker(text):
    assert dates.anaphoric(text) == 0
