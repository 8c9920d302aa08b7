"""Session 16 date mechanisms: how a fact inherits the date of the event it is part of (English and Spanish).

1. An anaphoric date ("ese mismo mes", "that same month", "the following year") counts from the last sentence
   that names a date, even when that sentence names it only in a relative clause, not from an older date further back.
2. A news story whose lead dates its news to a recent day: a designation or severance in the sentence right after
   the lead, with no date of its own, is that day's news; not an act told as older (pluperfect, "ya"). A request
   takes no such day (the gold leaves requests the text does not date undated).
"""

import pytest

from extracting import extract_text

FRI = "2025-09-05"  # a Friday: "este jueves" / "on Thursday" is 2025-09-04


def claim_dates(text, predicate, lang="en", pub=FRI):
    return {(c.subject, c.object): c.date for c in extract_text(text, language=lang, published=pub)
            if c.predicate == predicate and c.polarity == "positive"}


# -- 1. an anaphoric date after a sentence whose only date is in a relative clause --------------------------

@pytest.mark.parametrize("text,lang,want", [
    ("El Gobierno peruano anunció este jueves nuevas medidas. La decisión responde a un pedido de la fiscalía, que desde "
     "marzo de 2023 había solicitado más recursos. Perú había declarado a Sendero Luminoso organización terrorista ese "
     "mismo mes.", "es", "2023-03"),
    ("Colombia presented its plan on Thursday. The plan answers a request by the prosecutors, who in March 2023 asked for "
     "more resources. Colombia designated the Clan del Golfo a terrorist organization that same month.", "en", "2023-03"),
    ("Argentina endureció su política el jueves. La medida sigue al pedido de la oposición, que en julio de 2022 reclamó "
     "más controles. Argentina incluyó a Hamás en su registro de organizaciones terroristas al año siguiente.", "es", "2023"),
    ("Canada updated its list on Thursday. The update follows pressure from families, who in May 2021 wrote to the "
     "minister. Canada listed the Proud Boys the following year.", "en", "2022"),
])
def test_anaphoric_date_counts_from_a_relative_clauses_date_of_the_sentence_before(text, lang, want):
    got = claim_dates(text, "DESIGNATED", lang)
    assert want in got.values()


def test_anaphoric_date_keeps_the_main_clauses_date_of_the_same_sentence():
    # the main clause names a date too: the relative clause's older year is not the anchor (test_dates7)
    text = ("The United States named the Russian Imperial Movement a terrorist group in April 2020, together with "
            "Stanislav Vorobyev, who founded it in 2002. Canada listed the Russian Imperial Movement the following year.")
    got = claim_dates(text, "DESIGNATED", pub="2025-10-09")
    assert got[("state:CAN", "group:russian-imperial-movement")] == "2021"


# -- 2. a story's undated requests and its restated act take the lead's news day -----------------------------

@pytest.mark.parametrize("text,lang", [
    ("The United States on Thursday designated three Haitian gangs as foreign terrorist organisations.\n"
     "The State Department listed Viv Ansanm and Gran Grif, accusing them of attacks on civilians.", "en"),
    ("Estados Unidos designó este jueves a tres pandillas haitianas como organizaciones terroristas extranjeras.\n"
     "El Departamento de Estado incluyó en su lista a Viv Ansanm y a Gran Grif.", "es"),
])
def test_the_listing_right_after_a_dated_lead_takes_its_day(text, lang):
    got = claim_dates(text, "DESIGNATED", lang)
    assert got and set(got.values()) == {"2025-09-04"}, got


@pytest.mark.parametrize("text,lang", [
    # a pluperfect, a habit, "ya": older than the news
    ("The Senate on Thursday approved a resolution on organised crime, sponsored by Senator Ana Ruiz.\n\n"
     "Ruiz had urged the government to designate the gangs.", "en"),
    ("El Senado aprobó este jueves una resolución sobre el crimen organizado, impulsada por la senadora Ana Ruiz.\n\n"
     "Ruiz ya había pedido al Gobierno que declarara terroristas a las bandas.", "es"),
    ("Peru and Chile signed a security memorandum on Thursday during a visit by Chilean President Gabriel Boric.\n\n"
     "Boric has long urged Peru to extradite the gang leaders.", "en"),
    ("Peru and Chile signed a security memorandum on Thursday during a visit by Chilean President Gabriel Boric.\n\n"
     "Boric reiteradamente pidió a Perú que extradite a los cabecillas.", "es"),
])
def test_a_request_takes_no_news_day(text, lang):
    got = claim_dates(text, "URGED", lang)
    assert "2025-09-04" not in got.values(), got


@pytest.mark.parametrize("text,lang", [
    # another actor's reaction, not named in the lead's paragraph: the text gives it no day
    ("Manila and Tokyo signed a troop pact on Thursday.\n\nChina's foreign ministry reacted sharply. Spokesperson Lin "
     "Jian urged Manila not to stir up confrontation.", "en"),
    ("Manila y Tokio firmaron este jueves un pacto de tropas.\n\nLa cancillería china reaccionó con dureza. El "
     "portavoz Lin Jian pidió a Manila que no provoque enfrentamientos.", "es"),
    # an old lead: no news day
    ("Manila and Tokyo signed a troop pact in July 2024, with President Ferdinand Marcos Jr. watching.\n\n"
     "Marcos urged Japan to send more patrol vessels.", "en"),
])
def test_no_news_day_for_a_reaction_or_an_old_lead_request(text, lang):
    got = claim_dates(text, "URGED", lang)
    assert "2025-09-04" not in got.values(), got


@pytest.mark.parametrize("text,lang", [
    ("Estados Unidos designó este jueves a tres pandillas haitianas como organizaciones terroristas.\n"
     "El Departamento de Estado ya había incluido en su lista a Viv Ansanm.", "es"),
    ("The United States on Thursday designated three Haitian gangs as terrorist organisations.\n"
     "The State Department had already listed Viv Ansanm in 2023.", "en"),
    ("The United States on Thursday designated three Haitian gangs as terrorist organisations.\n"
     "Analysts expect more measures.\nCanada listed Viv Ansanm.", "en"),
])
def test_an_older_or_later_listing_takes_no_news_day(text, lang):
    got = claim_dates(text, "DESIGNATED", lang)
    assert ("state:CAN", "group:viv-ansanm") not in got or got[("state:CAN", "group:viv-ansanm")] != "2025-09-04"
    assert got.get(("state:USA", "group:viv-ansanm")) != "2025-09-04", got
