"""Session 14 date mechanisms: a date closing its clause after a chain of the verb's complements, a fronted month
without its comma, an accord dated in another sentence, an announcement's day for the act it announces, "hace
exactamente un año", "hours later", a noun's date ("la orden del 20 de enero", "the order that X signed on ...")
as no anchor, a taking of office's day, "weeks after <clause>", a dateline lead dated by the next sentence's
announcement, "June 19 last year"."""

import pytest

from loaders import dates
from tests.extracting import extract_text


def _dated(text, language, published, predicate):
    return {(c.subject, c.object, c.date) for c in extract_text(text, language=language, published=published)
            if c.predicate == predicate and c.polarity == "positive"}


def _pick_after(sentence, verb_end, published, lang):
    return dates.pick(sentence, (0, verb_end), None, published, lang)


# --- a date closing the clause after a longer chain of the verb's complements
@pytest.mark.parametrize("text,lang,pred,pair,date", [
    ("Russia and Myanmar also signed a memorandum of understanding on cooperation in the peaceful use of nuclear "
     "energy in February 2023, and Rosatom has since been studying a reactor.", "en", "SIGNED_MOU_WITH",
     ("state:RUS", "state:MMR"), "2023-02"),
    ("The Treasury Department had already designated Hezbollah as a Specially Designated Global Terrorist group under "
     "its counter-terrorism authority in March 2023, and Argentina followed.", "en", "DESIGNATED",
     ("state:USA", "group:hezbollah"), "2023-03"),
    ("Bolivia e Irán firmaron un memorando de entendimiento en materia de defensa y seguridad con la presencia de "
     "los dos ministros en julio de 2023, según la prensa local.", "es", "SIGNED_MOU_WITH",
     ("state:BOL", "state:IRN"), "2023-07"),
    ("Argentina incluye a Hezbolá en su Registro Público de Personas y Entidades vinculadas a actos de Terrorismo "
     "(RePET) desde julio de 2019, y en julio de 2024 sumó a Hamás.", "es", "DESIGNATED",
     ("state:ARG", "group:hezbollah"), "2019-07"),
    ("Paraguay has kept Hezbollah on its national register of terrorist organisations and their financiers since "
     "August 2019, officials said.", "en", "DESIGNATED", ("state:PRY", "group:hezbollah"), "2019-08"),
])
def test_date_closing_a_chain_of_complements(text, lang, pred, pair, date):
    assert (*pair, date) in _dated(text, lang, "2025-06-14", pred)


@pytest.mark.parametrize("sentence,verb_end", [
    ("Peru designated the group a terrorist organisation after the attack on the embassy in Buenos Aires in 1994.", 28),
    ("Peru designated the group a terrorist organisation to block the funds moved by its members in 2019.", 28),
    ("Perú designó al grupo organización terrorista tras el atentado contra la embajada de Israel en 1992.", 25),
])
def test_a_chain_broken_by_another_event_gives_no_date(sentence, verb_end):
    assert _pick_after(sentence, verb_end, "2025-06-14", "en") is None


# --- a fronted time phrase without its comma is no part of the title after it
@pytest.mark.parametrize("text", [
    "In January Foreign Minister Ararat Mirzoyan and the then US Secretary of State, Antony Blinken, signed a "
    "Charter on Strategic Partnership between Armenia and the United States.",
    "In January President Nikol Pashinyan and President Joe Biden signed a charter between Armenia and the United States.",
    "Last January Prime Minister Nikol Pashinyan and Secretary Antony Blinken signed a charter between Armenia and the "
    "United States.",
])
def test_fronted_month_before_a_title(text):
    got = {c.date for c in extract_text(text, language="en", published="2025-09-10") if c.predicate == "PARTY_TO"}
    assert got == {"2025-01"}


# --- an accord dated where another sentence names its signing
@pytest.mark.parametrize("text,lang,date", [
    ("Al mismo tiempo, los gobiernos de Colombia y Venezuela firmaron un memorando para crear una zona económica. "
     "El memorando que firmaron en julio los ministros de Comercio de Colombia y Venezuela puede tener sentido.", "es", "2025-07"),
    ("El canciller confirmó que el Gobierno revisará el memorando de defensa que Bolivia firmó con Irán en julio de "
     "2023. Ese memorando, suscrito en Teherán por el ministro de Defensa de Bolivia y su homólogo de Irán, "
     "contemplaba la compra de drones.", "es", "2023-07"),
    ("Kenya and Ethiopia signed a security memorandum. The memorandum, which Kenya and Ethiopia signed in March, "
     "covers border patrols.", "en", "2025-03"),
])
def test_accord_dated_in_another_sentence(text, lang, date):
    got = {c.date for c in extract_text(text, language=lang, published="2025-08-25") if c.predicate == "PARTY_TO"}
    assert got == {date}


def test_an_accord_of_other_parties_dates_nothing():
    # (the other parties' accord keeps its own date; "The memorandum that Kenya signed with France", opening its
    # sentence, is read by en.agreements.clause as the first accord again: a known misreading, left alone here)
    text = ("Kenya and Ethiopia signed a security memorandum. Analysts compared it with the memorandum that France "
            "signed with Kenya in 2019.")
    got = {c.date for c in extract_text(text, language="en", published="2025-08-25")
           if c.predicate == "PARTY_TO" and c.subject == "state:ETH"}
    assert "2019" not in got


# --- the act told as what was announced on a day
@pytest.mark.parametrize("text,lang,pair,date", [
    ("Sudan's Defence and Security Council announced on Tuesday that the country was severing diplomatic relations "
     "with the United Arab Emirates.", "en", ("state:SDN", "state:ARE"), "2025-05-06"),
    ("Niger said on Tuesday it would break off diplomatic relations with Ukraine.", "en", ("state:NER", "state:UKR"), "2025-05-06"),
    ("Sudán anunció el martes que rompía relaciones diplomáticas con Emiratos Árabes Unidos.", "es",
     ("state:SDN", "state:ARE"), "2025-05-06"),
    ("Níger anunció el martes que estaba rompiendo relaciones con Ucrania.", "es", ("state:NER", "state:UKR"), "2025-05-06"),
])
def test_announced_act_takes_the_announcement_day(text, lang, pair, date):
    assert (*pair, date) in _dated(text, lang, "2025-05-08", "SEVERED_TIES")


# --- "ago" with an adverb, "hours later"
@pytest.mark.parametrize("expr,lang,value", [
    ("hace exactamente un año", "es", "2024-07"),
    ("exactly a year ago", "en", "2024-07"),
    ("hace casi dos años", "es", "2023"),
    ("almost two years ago", "en", "2023"),
    ("hace más de tres meses", "es", "2025-04"),
])
def test_ago_with_an_adverb(expr, lang, value):
    found = dates.find(expr, 0, len(expr), "2025-07-18", lang)
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize("text,lang", [
    ("The United States designated Tren de Aragua on February 20. Hours later, Canada listed Tren de Aragua as a "
     "terrorist entity.", "en"),
    ("Estados Unidos designó el 20 de febrero al Tren de Aragua como organización terrorista. Horas después, el "
     "Gobierno de Canadá incluyó en su lista de entidades terroristas al Tren de Aragua.", "es"),
    ("Estados Unidos designó el 20 de febrero al Tren de Aragua como organización terrorista. A las pocas horas, "
     "Canadá designó al Tren de Aragua como entidad terrorista.", "es"),
])
def test_hours_later_is_the_same_day(text, lang):
    assert ("state:CAN", "group:tren-de-aragua", "2025-02-20") in _dated(text, lang, "2025-03-01", "DESIGNATED")


# --- a noun's date is no anchor for "the same day"
@pytest.mark.parametrize("text,lang", [
    ("El Departamento de Estado designó este jueves al Cártel de Sinaloa como organización terrorista extranjera, "
     "en cumplimiento de una orden ejecutiva del presidente Donald Trump del 20 de enero. Ese mismo día, Canadá "
     "incluyó al Cártel de Sinaloa en su lista de entidades terroristas.", "es"),
    ("El Departamento de Estado designó este jueves al Cártel de Sinaloa como organización terrorista extranjera, en "
     "cumplimiento de la orden ejecutiva que el presidente Donald Trump firmó el pasado 20 de enero. Horas después, "
     "el Gobierno de Canadá incluyó en su lista de entidades terroristas al Cártel de Sinaloa.", "es"),
    ("The State Department listed the Sinaloa Cartel on Thursday, under the executive order that Trump signed on "
     "January 20. Hours later, Canada added the Sinaloa Cartel to its list of terrorist entities.", "en"),
])
def test_a_nouns_date_is_no_anchor(text, lang):
    assert ("state:CAN", "group:sinaloa-cartel", "2025-02-20") in _dated(text, lang, "2025-02-21", "DESIGNATED")


def test_a_reported_act_is_still_an_anchor():
    text = "El canciller dijo que Perú designó a Sendero Luminoso el 3 de enero. Ese mismo día, Chile designó a Sendero Luminoso como organización terrorista."
    assert ("state:CHL", "group:sendero-luminoso", "2025-01-03") in _dated(text, "es", "2025-02-20", "DESIGNATED")


def test_a_dash_aside_dates_no_anchor():
    text = ("En julio de 2019, el gobierno de Mauricio Macri incorporó a Hezbollah al registro de terrorismo. La "
            "ministra, Patricia Bullrich —que hoy ocupa de nuevo ese despacho—, fue la cara visible de aquella "
            "decisión. Un mes después, Paraguay declaró a Hezbollah organización terrorista.")
    assert ("state:PRY", "group:hezbollah", "2019-08") in _dated(text, "es", "2025-07-18", "DESIGNATED")


# --- taking office on a day: the fact's date; "since" is a standing start only
@pytest.mark.parametrize("text,lang,who,date", [
    ("Rodrigo Paz Pereira, que asumió la presidencia el sábado 8 de noviembre, anunció el martes que Bolivia "
     "restablecerá relaciones con Israel.", "es", "official:rodrigo-paz", "2025-11-08"),
    ("Taiwan's president, Lai Ching-te, who took office on May 20, said on Monday that Taiwan would not provoke China.",
     "en", "official:lai-ching-te", "2025-05-20"),
    ("Gustavo Petro, Colombia's president since August 2022, said on Monday that talks would resume.", "en",
     "official:gustavo-petro", None),
])
def test_taking_office_dates_the_role(text, lang, who, date):
    got = [c for c in extract_text(text, language=lang, published="2025-11-14") if c.predicate == "HOLDS_ROLE" and c.subject == who]
    assert got and got[0].date == date


# --- "weeks after <clause>": the clause's year; "days after": its month
@pytest.mark.parametrize("text,lang,pred,pair,date", [
    ("Egypt flew weapons into Somalia in August 2024, weeks after Egypt and Somalia signed a defence protocol.", "en",
     "PARTY_TO", ("state:EGY", None), "2024"),
    ("Canada listed the Sinaloa Cartel on February 20, days after the United States designated the Sinaloa Cartel.", "en",
     "DESIGNATED", ("state:USA", "group:sinaloa-cartel"), "2025-02"),
    ("Paraguay declaró a Hezbollah organización terrorista en agosto de 2019, meses después de que Argentina "
     "incluyera a Hezbollah en su registro.", "es", "DESIGNATED", ("state:ARG", "group:hezbollah"), "2019"),
])
def test_unnumbered_count_before_a_clause(text, lang, pred, pair, date):
    got = {(s, d) for s, o, d in _dated(text, lang, "2025-06-12", pred) if pair[1] is None or o == pair[1]}
    assert (pair[0], date) in got


# --- a dateline lead dated by the next sentence's announcement
def test_dateline_lead_takes_the_announcement_day():
    text = ("PORT SUDAN, May 7 (Meridian) - Sudan has severed diplomatic relations with the United Arab Emirates, "
            "accusing the Gulf state of arming the Rapid Support Forces.\n\n\"The council has decided to cut "
            "diplomatic relations with it,\" Defence Minister Yassin Ibrahim Yassin said in a televised address late on Tuesday.")
    assert ("state:SDN", "state:ARE", "2025-05-06") in _dated(text, "en", "2025-05-07", "SEVERED_TIES")
    text = ("BAMAKO/NIAMEY, Aug 7 (Sahel Dispatch Agency) - Niger said it was breaking off diplomatic relations with "
            "Ukraine.\n\nIn a statement read on state television late on Tuesday, the spokesman for Niger's military "
            "government said the decision had been taken in solidarity with Mali.")
    assert ("state:NER", "state:UKR", "2024-08-06") in _dated(text, "en", "2024-08-07", "SEVERED_TIES")


def test_dateline_lead_keeps_its_day_after_another_actors_announcement():
    text = ("KABUL, March 4 (Wire) - Pakistan has designated the Baloch Liberation Army a terrorist organisation.\n\n"
            "The Taliban government said on Monday it would review its border policy.")
    assert ("state:PAK", "group:bla", "2025-03-04") in _dated(text, "en", "2025-03-04", "DESIGNATED")


# --- a day and month in the year the words name
@pytest.mark.parametrize("expr,lang,value", [
    ("on June 19 last year", "en", "2024-06-19"),
    ("on 3 March this year", "en", "2025-03-03"),
    ("el 19 de junio del año pasado", "es", "2024-06-19"),
    ("el 3 de marzo de este año", "es", "2025-03-03"),
])
def test_day_in_a_named_year(expr, lang, value):
    assert [d.value for d in dates.find(expr, 0, len(expr), "2025-04-30", lang)] == [value]
