"""Designation families found missing on blind14/15 in session 12 (desig10), in English and Spanish: a passive
whose subject carries a relative clause or participle phrase ("X, led by Y, was designated ... by Z"); a second
agent ("by A in 2022 and by B in 2023"); a standing regime named by its owner ("under US sanctions"); sanctions
announced or imposed as a later verb of the subject; a possessive government as the actor ("Bangladesh's interim
government has banned ..."); "tanto A como B"; a legislature or court named with a Spanish demonym ("la Asamblea
Nacional venezolana") acting for its state; the clitic "le" of a sanction. Every sentence is written for this
file, with negatives: a leader in apposition, negated or planned acts are never listings."""

import pytest

from tests.extracting import extract_text


def _dated(text, language, published="2025-06-10"):
    return {(c.subject, c.object, c.date, c.props.get("designation"))
            for c in extract_text(text, language=language, published=published)
            if c.predicate == "DESIGNATED" and c.polarity == "positive"}


def _pairs(text, language, published="2025-06-10"):
    return {(s, o) for s, o, _, _ in _dated(text, language, published)}


@pytest.mark.parametrize("text,want", [
    ("JNIM, led by Iyad Ag Ghaly, was designated a foreign terrorist organisation by the United States in 2018.",
     ("state:USA", "group:jnim", "2018", "foreign terrorist organization")),
    ("JAD, which pledged allegiance to the Islamic State in 2015, was outlawed by the South Jakarta District Court in "
     "July 2018.", ("state:IDN", "group:jad-indonesia", "2018-07", "banned organization")),  # (desig16: outlawed, no terrorist kind)
    ("Hezbollah, which was founded in 1982, was designated a terrorist organization by Argentina in 2019.",
     ("state:ARG", "group:hezbollah", "2019", "terrorist organization")),
])
def test_en_passive_after_apposition(text, want):
    assert want in _dated(text, "en")


@pytest.mark.parametrize("text", [
    "The group, led by Iyad Ag Ghaly, was designated a foreign terrorist organisation by the United States in 2018.",
    "The network, founded by Yevgeny Prigozhin, was sanctioned by the European Union in 2023.",
])
def test_en_leader_in_apposition_is_not_listed(text):
    assert not any(o.startswith("official:") for _, o in _pairs(text, "en"))


@pytest.mark.parametrize("text,want", [
    ("Yevgeny Prigozhin, who lives in Moscow, was sanctioned by the United States in October 2022 and by the EU in 2023.",
     {("state:USA", "official:yevgeny-prigozhin", "2022-10", "sanctions"), ("group:eu", "official:yevgeny-prigozhin", "2023", "sanctions")}),
    ("Hamas was designated a terrorist organization by Canada in 2002 and later by Japan.",
     {("state:CAN", "group:hamas", "2002", "terrorist organization"), ("state:JPN", "group:hamas", None, "terrorist organization")}),
    ("Min Aung Hlaing has been under US sanctions since February 2021 and under EU sanctions since March of that year.",
     {("state:USA", "official:min-aung-hlaing", "2021-02", "sanctions"), ("group:eu", "official:min-aung-hlaing", "2021-03", "sanctions")}),
    ("Rosneft remains under US sanctions.", {("state:USA", "group:rosneft", None, "sanctions")}),
])
def test_en_second_agent_and_standing_regime(text, want):
    assert want <= _dated(text, "en")


@pytest.mark.parametrize("text", [
    "Rosneft is no longer under US sanctions.",
    "Hezbollah was not designated by Brazil in 2019 and by Chile in 2020.",
    "The United States sanctioned Hemedti in January, and said it would not sanction Abdel Fattah al-Burhan.",
])
def test_en_negated_or_planned_are_not_listings(text):
    got = _pairs(text, "en")
    assert not any(o in ("group:rosneft", "group:hezbollah", "official:abdel-fattah-al-burhan") for _, o in got)


@pytest.mark.parametrize("text,want", [
    ("The US Treasury has announced sanctions on Sea Lantern Logistics and Hamas.", ("state:USA", "group:hamas")),
    ("The European Union on Monday unveiled sanctions against the Wagner Group.", ("group:eu", "group:wagner-group")),
    ("The United States sanctioned Hemedti in January and a week later also imposed sanctions on Abdel Fattah al-Burhan.",
     ("state:USA", "official:abdel-fattah-al-burhan")),
    ("Britain froze the assets of Hamas, and sanctioned Hezbollah in 2020.", ("state:GBR", "group:hezbollah")),
    ("Bangladesh's interim government has banned all activities of the Awami League under the Anti-Terrorism Act.",
     ("state:BGD", "group:awami-league")),
])
def test_en_sanctions_announced_second_verb_possessive_government(text, want):
    assert want in _pairs(text, "en")


@pytest.mark.parametrize("text,want", [
    ("Tanto Viv Ansanm como Gran Grif fueron designadas organizaciones terroristas extranjeras por el Departamento de "
     "Estado el mes pasado.", {("state:USA", "group:viv-ansanm"), ("state:USA", "group:gran-grif")}),
    ("Estados Unidos declaró organizaciones terroristas tanto a Hamás como a Hezbolá.",
     {("state:USA", "group:hamas"), ("state:USA", "group:hezbollah")}),
    ("A finales de octubre la Asamblea Nacional venezolana declaró persona non grata a la primera ministra trinitense, "
     "Kamla Persad-Bissessar.", {("state:VEN", "official:kamla-persad-bissessar")}),
    ("El Congreso Nacional hondureño declaró persona non grata al presidente mexicano, Andrés Manuel López Obrador.",
     {("state:HND", "official:andres-manuel-lopez-obrador")}),
    ("La Corte Suprema argentina declaró organización terrorista a Hezbolá en 2006.", {("state:ARG", "group:hezbollah")}),
    ("Estados Unidos sancionó a Hemedti en enero y una semana más tarde impuso también sanciones a Abdelfatah al Burhan.",
     {("state:USA", "official:abdel-fattah-al-burhan"), ("state:USA", "official:mohamed-hamdan-dagalo")}),
    ("Nicolás Maduro gobierna Venezuela desde 2013. En julio de 2021, el Reino Unido le incluyó en su primera lista de "
     "sanciones globales contra la corrupción.", {("state:GBR", "official:nicolas-maduro")}),
    ("Nicolás Maduro gobierna Venezuela desde 2013. En 2019, Washington le impuso sanciones.",
     {("state:USA", "official:nicolas-maduro")}),
    ("La Unión Europea impuso a Hamás nuevas sanciones en marzo.", {("group:eu", "group:hamas")}),
])
def test_es_listing_families(text, want):
    assert want <= _pairs(text, "es")


@pytest.mark.parametrize("text", [
    "Mientras tanto, Paraguay pidió a Brasil que declare organización terrorista al Comando Vermelho.",
    "Canadá dijo que Estados Unidos sancionó a Hemedti y que no sancionará a Abdelfatah al Burhan.",
    "Nicolás Maduro gobierna Venezuela desde 2013. En 2019, Washington le declaró la guerra comercial.",
])
def test_es_requests_negations_and_other_acts_are_not_listings(text):
    got = _pairs(text, "es")
    assert not any(o in ("group:comando-vermelho", "official:abdel-fattah-al-burhan", "official:nicolas-maduro")
                   for _, o in got) and ("state:BRA", "group:comando-vermelho") not in got


# -- URGED: "follow X and <act>": the act asked is the one the model did, not "follow" ---------------------

@pytest.mark.parametrize("text,language", [
    ("Israel urged Paraguay to follow the lead of the United States and designate Hezbollah.", "en"),
    ("Rashad al-Alimi called on the United Kingdom to follow Washington and proscribe the Houthis as a terrorist "
     "organisation.", "en"),
    ("Israel pidió a Paraguay que siga a Estados Unidos y designe a Hezbolá como organización terrorista.", "es"),
])
def test_urged_follow_the_model_and_act(text, language):
    acts = {c.props.get("action") for c in extract_text(text, language=language, published="2025-06-10")
            if c.predicate == "URGED" and c.polarity == "positive"}
    assert "designate" in acts and "follow" not in acts
    assert not any(c.predicate == "DESIGNATED" and c.polarity == "positive"
                   for c in extract_text(text, language=language, published="2025-06-10"))
