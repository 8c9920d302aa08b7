"""Dates, session 18: how news text dates an act by another clause or sentence.

- "N units after <clause>" with no date before it counts back from the main clause: fronted ("Four months after A
  cut ties with B, there is no sign ..."), from the main clause's own date or, told in the present, the story's day;
  after a present main clause ("La sentencia llega cuatro meses después de que ..."), from the story's day. A past
  main clause with no date ("The vote came a day after ...") and a subordinate that dates itself give no count.
- a colon opens a new clause as a full stop does: "coinciden en un dato: en abril, A pidió a B ..."
- a timeline's entries opened by their date and a dash ("June 17, 2024 — ..."): the entry's later sentences happened
  that day too (two such entries make a timeline; one dated paragraph is no timeline)
- a date after an object's apposition and the verb's "as a ..." complement ("designated its predecessor, X, as a
  foreign terrorist organization in May 2018"); a date inside the apposition ("a group founded in 2016") is its own
- one sanction in two verbs with a pronoun read as an actor ("froze his assets and banned him from travel in April 2022")
- "That was in June 2023." / "Eso fue en junio de 2023.": a sentence that only dates the act the one before told
"""
import pytest

from tests.extracting import extract_text


def _dates(text: str, lang: str, pub: str, predicate: str) -> dict[tuple[str, str], str | None]:
    return {(c.subject, c.object): c.date for c in extract_text(text, language=lang, published=pub)
            if c.predicate == predicate and c.polarity == "positive"}


# ---------------------------------------------------------------- "N units after <clause>"

@pytest.mark.parametrize("text, lang, pub, pred, pair, want", [
    ("Four months after Sudan severed diplomatic relations with the United Arab Emirates, there is still no sign of a "
     "thaw.", "en", "2025-09-20", "SEVERED_TIES", ("state:SDN", "state:ARE"), "2025-05"),
    ("Six months after Washington designated the Houthis a terrorist organisation, the group remains defiant.",
     "en", "2025-09-20", "DESIGNATED", ("state:USA", "group:houthis"), "2025-03"),
    ("La sentencia llega cuatro meses después de que Estados Unidos designara al Tren de Aragua como organización "
     "terrorista.", "es", "2025-06-12", "DESIGNATED", ("state:USA", "group:tren-de-aragua"), "2025-02"),
    ("Dos años después de que Paraguay rompiera relaciones con Venezuela, la frontera sigue cerrada.",
     "es", "2025-06-12", "SEVERED_TIES", ("state:PRY", "state:VEN"), "2023"),
    ("The ruling comes two years after Argentina designated Hamas a terrorist organisation.",
     "en", "2025-06-12", "DESIGNATED", ("state:ARG", "group:hamas"), "2023"),
    # fronted, the main clause dated: counted back from its date
    ("Three years after Canada listed the Proud Boys as a terrorist entity, Ottawa added two more groups in March 2024.",
     "en", "2025-06-12", "DESIGNATED", ("state:CAN", "group:proud-boys"), "2021"),
    ("Tres días después de que Níger rompiera relaciones con Ucrania, Malí anunció el 9 de agosto de 2024 una medida "
     "similar.", "es", "2025-06-12", "SEVERED_TIES", ("state:NER", "state:UKR"), "2024-08-06"),
])
def test_count_back_from_main_clause(text, lang, pub, pred, pair, want):
    assert _dates(text, lang, pub, pred).get(pair) == want


@pytest.mark.parametrize("text, lang, pub, pred, pair, want", [
    # a past main clause with no date: nothing to count from
    ("The vote came a day after the U.S. Treasury imposed sanctions on James Kabarebe.",
     "en", "2025-02-22", "DESIGNATED", ("state:USA", "official:james-kabarebe"), None),
    ("La decisión llegó un año después de que Ecuador designara a Los Choneros como organización terrorista.",
     "es", "2025-06-12", "DESIGNATED", ("state:ECU", "group:los-choneros"), None),
    # the subordinate dates itself
    ("Seven years after the Dominican Republic broke diplomatic ties with Taiwan, in May 2018, the promised investment "
     "has not arrived.", "en", "2025-06-12", "SEVERED_TIES", ("state:DOM", "state:TWN"), "2018-05"),
    ("La iniciativa llega meses después de que Estados Unidos designara al Tren de Aragua como organización terrorista "
     "extranjera, en febrero, junto a varios cárteles.", "es", "2025-06-17", "DESIGNATED",
     ("state:USA", "group:tren-de-aragua"), "2025-02"),
])
def test_no_count_without_main_date(text, lang, pub, pred, pair, want):
    assert _dates(text, lang, pub, pred).get(pair) == want


# ---------------------------------------------------------------- a colon opens a clause

@pytest.mark.parametrize("text, lang, pred, pair, want", [
    ("Two officials, who spoke on condition of anonymity, agree on one point the ministry has not confirmed: in April, "
     "the United States asked Argentina to allow an inspection.", "en", "URGED", ("state:USA", "state:ARG"), "2025-04"),
    ("Los diplomáticos, que pidieron el anonimato, coinciden en un dato: en marzo, Ecuador rompió relaciones con México.",
     "es", "SEVERED_TIES", ("state:ECU", "state:MEX"), "2025-03"),
    ("The sequence, according to officials, was simple: last month, Spain severed diplomatic relations with Nicaragua.",
     "en", "SEVERED_TIES", ("state:ESP", "state:NIC"), "2025-04"),
    ("Tres funcionarios, que hablaron bajo condición de anonimato, coinciden en un dato que el Gobierno no ha confirmado: "
     "en abril, la administración de Donald Trump pidió al gobierno de Javier Milei que permita una inspección de la "
     "estación que China opera desde 2017.", "es", "URGED", ("state:USA", "state:ARG"), "2025-04"),
    ("Officials in Lima, who asked not to be named, describe it this way: on March 3, Peru designated Hezbollah a "
     "terrorist organisation.", "en", "DESIGNATED", ("state:PER", "group:hezbollah"), "2025-03-03"),
    ("Según fuentes diplomáticas, que no quisieron identificarse, el dato es claro: el año pasado, Argentina designó a "
     "Hamás como organización terrorista.", "es", "DESIGNATED", ("state:ARG", "group:hamas"), "2024"),
])
def test_colon_opens_a_clause(text, lang, pred, pair, want):
    assert _dates(text, lang, "2025-05-19", pred).get(pair) == want


# ---------------------------------------------------------------- timeline entries headed by a date and a dash

_TL_EN = ("Timeline of the standoff.\n\nFebruary 6, 2023 — A Chinese ship directs a laser at a Philippine vessel.\n\n"
          "June 17, 2024 — Chinese personnel board Philippine boats. Manila protests. The United States urges China to "
          "desist from its conduct.")
_TL_ES = ("Cronología.\n\n3 de marzo de 2024: Hay choques en la frontera.\n\n12 de mayo de 2024: Se reúne el consejo. "
          "Más tarde, Argentina rompe relaciones con Venezuela.")
_TL_MONTH = ("Key dates\n\nMarch 2024 — Talks stall.\n\nAugust 2024 — The junta takes stock. Niger severs diplomatic "
             "relations with Ukraine.")
_TL_BOLD = ("**5 January 2024** - Fighting resumes.\n\n**20 January 2024** - Talks collapse. The European Union urges "
            "Russia to withdraw its troops.")
_TL_ES2 = ("1 de febrero de 2023 — Se firma un alto el fuego.\n\n8 de febrero de 2023 — El acuerdo se rompe. Estados "
           "Unidos designa a Hezbolá como organización terrorista.")


@pytest.mark.parametrize("text, lang, pred, pair, want", [
    (_TL_EN, "en", "URGED", ("state:USA", "state:CHN"), "2024-06-17"),
    (_TL_ES, "es", "SEVERED_TIES", ("state:ARG", "state:VEN"), "2024-05-12"),
    (_TL_MONTH, "en", "SEVERED_TIES", ("state:NER", "state:UKR"), "2024-08"),
    (_TL_BOLD, "en", "URGED", ("group:eu", "state:RUS"), "2024-01-20"),
    (_TL_ES2, "es", "DESIGNATED", ("state:USA", "group:hezbollah"), "2023-02-08"),
])
def test_timeline_entry_dates_its_sentences(text, lang, pred, pair, want):
    assert _dates(text, lang, "2025-04-20", pred).get(pair) == want


def test_one_dated_paragraph_is_no_timeline():
    text = ("June 17, 2024 — Chinese personnel board Philippine boats. The United States urges China to desist from its "
            "conduct.")
    assert _dates(text, "en", "2025-04-20", "URGED").get(("state:USA", "state:CHN")) is None


# ---------------------------------------------------------------- a date after an apposition and "as a ..."

@pytest.mark.parametrize("text, lang, pred, pair, want", [
    ("The United States designated its predecessor, ISIS-Greater Sahara, as a foreign terrorist organization in May "
     "2018.", "en", "DESIGNATED", ("state:USA", "group:is-sahel"), "2018-05"),
    ("The State Department designated al-Qaida in Iraq, the predecessor of ISIS, as a Foreign Terrorist Organization in "
     "2004 and amended the designation in May 2014.", "en", "DESIGNATED", ("state:USA", "group:aqi"), "2004"),
    ("El Departamento de Estado designó a Al Qaeda en Irak, predecesora del Estado Islámico, como organización "
     "terrorista extranjera en 2004 y amplió la designación en mayo de 2014.", "es", "DESIGNATED",
     ("state:USA", "group:aqi"), "2004"),
    # a date inside the apposition is the apposition's own
    ("Canada listed the Proud Boys, a far-right group founded in 2016, as a terrorist entity in February 2021.",
     "en", "DESIGNATED", ("state:CAN", "group:proud-boys"), "2021-02"),
    ("Argentina designó a Hezbolá, fundado en 1982, como organización terrorista en julio de 2019.",
     "es", "DESIGNATED", ("state:ARG", "group:hezbollah"), "2019-07"),
    ("Canada listed the Proud Boys, a far-right group founded in 2016.", "en", "DESIGNATED",
     ("state:CAN", "group:proud-boys"), None),
])
def test_date_after_apposition(text, lang, pred, pair, want):
    assert _dates(text, lang, "2025-06-12", pred).get(pair) == want


# ---------------------------------------------------------------- one sanction, two verbs, a pronoun object

@pytest.mark.parametrize("text, lang, pair, want", [
    ("Milorad Dodik, the Bosnian Serb leader, was convicted on Wednesday. The United Kingdom froze his assets and banned "
     "him from travel in April 2022.", "en", ("state:GBR", "official:milorad-dodik"), "2022-04"),
    ("Milorad Dodik, el líder serbobosnio, fue condenado el miércoles. El Reino Unido congeló sus bienes y le prohibió la "
     "entrada en abril de 2022.", "es", ("state:GBR", "official:milorad-dodik"), "2022-04"),
    ("Dodik has been under US sanctions since January 2017. The United Kingdom froze the assets of Milorad Dodik and "
     "banned him from travel in April 2022.", "en", ("state:GBR", "official:milorad-dodik"), "2022-04"),
])
def test_sanction_pair_with_pronoun(text, lang, pair, want):
    assert _dates(text, lang, "2025-02-27", "DESIGNATED").get(pair) == want


# ---------------------------------------------------------------- "That was in June 2023."

@pytest.mark.parametrize("text, lang, pred, pair, want", [
    ("Kosovo went further and declared a group called Civilna Zaštita a terrorist organisation. That was in June 2023, "
     "months before Banjska.", "en", "DESIGNATED", ("state:XKX", "group:civilna-zastita"), "2023-06"),
    ("Kosovo fue más allá y declaró organización terrorista a Civilna Zaštita. Eso fue en junio de 2023, meses antes de "
     "Banjska.", "es", "DESIGNATED", ("state:XKX", "group:civilna-zastita"), "2023-06"),
    ("Spain severed diplomatic relations with Nicaragua. It happened in March, after the expulsion of its ambassador.",
     "en", "SEVERED_TIES", ("state:ESP", "state:NIC"), "2025-03"),
    ("México rompió relaciones con Ecuador. Ocurrió en abril de 2024, tras el asalto a la embajada.",
     "es", "SEVERED_TIES", ("state:MEX", "state:ECU"), "2024-04"),
    # a cleft dates its own clause; a sentence naming no date dates nothing
    ("Canada designated the Houthis a terrorist entity. It was on Monday that Ottawa confirmed the step.",
     "en", "DESIGNATED", ("state:CAN", "group:houthis"), None),
    ("Canada designated the Houthis a terrorist entity. That was a mistake, critics said.",
     "en", "DESIGNATED", ("state:CAN", "group:houthis"), None),
])
def test_that_was_dates_the_act_before(text, lang, pred, pair, want):
    assert _dates(text, lang, "2025-06-10", pred).get(pair) == want


# ---------------------------------------------------------------- "hours after the announcement": the same day

@pytest.mark.parametrize("text, lang, pair, want", [
    ("The United States designated eight cartels as terrorist organisations on Thursday. Hours after the announcement, "
     "Canada added seven groups, including the Sinaloa Cartel, to its list of terrorist entities.", "en",
     ("state:CAN", "group:sinaloa-cartel"), "2025-02-20"),
    ("Estados Unidos designó a ocho carteles como organizaciones terroristas. Horas después del anuncio, Canadá incluyó "
     "al Cartel de Sinaloa en su lista de entidades terroristas.", "es", ("state:CAN", "group:sinaloa-cartel"), "2025-02-20"),
    ("Washington designated the cartels on 3 February. Hours later, Canada listed the Sinaloa Cartel as a terrorist "
     "entity.", "en", ("state:CAN", "group:sinaloa-cartel"), "2025-02-03"),
    ("Washington designó a los carteles el 3 de febrero. Horas más tarde, Canadá incluyó al Cartel de Sinaloa en su "
     "lista de entidades terroristas.", "es", ("state:CAN", "group:sinaloa-cartel"), "2025-02-03"),
    # a count in days is no same day: with nothing named before, no date
    ("Days after the announcement, Canada listed the Sinaloa Cartel as a terrorist entity.", "en",
     ("state:CAN", "group:sinaloa-cartel"), None),
    ("Días después del anuncio, Canadá incluyó al Cartel de Sinaloa en su lista de entidades terroristas.", "es",
     ("state:CAN", "group:sinaloa-cartel"), None),
])
def test_hours_after_is_the_same_day(text, lang, pair, want):
    assert _dates(text, lang, "2025-02-20", "DESIGNATED").get(pair) == want


# ---------------------------------------------------------------- HTML live blogs keep their entry times

def test_clock_headings_become_paragraphs():
    from loaders.readers import _clock_heads_as_text
    page = "<section><h3>11:00 CEST</h3><p>A.</p></section><section><h3>11:45 CEST</h3><p>B.</p></section>"
    assert _clock_heads_as_text(page) == "<section><p>11:00 CEST</p><p>A.</p></section><section><p>11:45 CEST</p><p>B.</p></section>"
    page = '<div><time datetime="2025-05-07T18:30">18:30</time><p>A.</p><time>19:05</time><p>B.</p></div>'
    assert _clock_heads_as_text(page) == "<div><p>18:30</p><p>A.</p><p>19:05</p><p>B.</p></div>"
    one = "<h3>11:00 CEST</h3><p>A.</p>"  # one time is no live blog
    assert _clock_heads_as_text(one) == one
    titles = "<h3>What we know</h3><p>A.</p><h3>Reactions</h3><p>B.</p>"  # headings that are no clock time
    assert _clock_heads_as_text(titles) == titles


def test_html_live_blog_entry_dates_its_request(tmp_path):
    from loaders import load
    entries = "".join(
        f'<section class="entry"><h3>{hm} CEST</h3><p>{body}</p></section>' for hm, body in [
            ("09:05", "Prime Minister Pedro Sánchez has arrived in Beijing for talks with President Xi Jinping, his third "
                      "visit to China in three years and the first by a European leader this year."),
            ("11:00", "Spanish officials on the trip have shrugged off the remarks made by Washington earlier this week "
                      "about the visit and its timing."),
            ("11:45", "Sánchez told Xi that Spain wants a more balanced relationship and pressed Beijing to open its "
                      "market further to European goods, according to a Moncloa readout."),
        ])
    page = ("<html><head><title>Live: Sánchez in Beijing</title>"
            '<meta property="article:published_time" content="2025-04-11T09:00:00+02:00"></head>'
            f"<body><article><h1>Live: Sánchez in Beijing</h1>{entries}</article></body></html>")
    f = tmp_path / "live.html"
    f.write_text(page, encoding="utf-8")
    batch = load([str(f)]).batch
    assert "11:45 CEST" in batch.documents[0].text
    urged = [c for c in batch.claims if c.predicate == "URGED" and c.object == "state:CHN"]
    assert urged and all(c.date == "2025-04-11" for c in urged)
