"""Session 22 (dates23): a date after the object's list or apposition is the verb's; an appointment dates the office;
a subject's closed relative aside leaves the match in the main clause of a dated entry."""
import pytest

from tests.extracting import extract_text, holds_roles

PUB = "2025-07-08"


def _dated(text, lang, predicate):
    return {(c.subject, c.object, c.date) for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == predicate and c.polarity == "positive"}


@pytest.mark.parametrize("text,lang,want", [
    ("Britain sanctioned Waleed Ahmed Zein, a Kenyan financier, in March 2021 for moving money to the militia.", "en", "2021-03"),
    ("Canada listed Los Choneros, Los Lobos and a dozen other gangs as terrorist entities in January 2024 under its "
     "Criminal Code.", "en", "2024-01"),
    ("Estados Unidos sancionó a Waleed Ahmed Zein, un financista keniano, en septiembre de 2018 por mover fondos.", "es", "2018-09"),
    ("Ecuador declaró a Los Choneros, Los Lobos y otras veinte bandas organizaciones terroristas en enero de 2024 "
     "bajo el estado de conflicto armado interno.", "es", "2024-01"),
])
def test_a_date_after_the_objects_list_or_apposition_is_the_verbs(text, lang, want):
    got = _dated(text, lang, "DESIGNATED")
    assert got and all(d == want for _, _, d in got), got


@pytest.mark.parametrize("text,lang", [
    # the date belongs to a clause inside the apposition or to a relative of the object
    ("Britain sanctioned Waleed Ahmed Zein, a financier who moved money for the militia in 2018.", "en"),
    ("Canada listed Hezbollah, Hamas and the Houthis, which began attacking ships in 2023.", "en"),
    ("Estados Unidos sancionó a Waleed Ahmed Zein, un financista que movió fondos en 2018.", "es"),
])
def test_a_date_inside_the_objects_aside_does_not_attach(text, lang):
    got = _dated(text, lang, "DESIGNATED")
    assert got and all(d is None for _, _, d in got), got


@pytest.mark.parametrize("text,lang,person,want", [
    ("When Teodoro Nguema Obiang Mangue was named vice-president of Equatorial Guinea in 2016, diplomats took note.",
     "en", "official:teodoro-nguema-obiang-mangue", "2016"),
    ("Kaja Kallas was appointed foreign policy chief of the European Union in December 2024.", "en",
     "official:kaja-kallas", "2024-12"),
    ("Delcy Rodríguez fue nombrada vicepresidenta de Venezuela en junio de 2018.", "es", "official:delcy-rodriguez", "2018-06"),
    ("Cuando Luis Arce fue elegido presidente de Bolivia en octubre de 2020, prometió cambios.", "es",
     "official:luis-arce", "2020-10"),
])
def test_an_appointment_dates_the_office(text, lang, person, want):
    got = {(c.subject, c.date) for c in extract_text(text, language=lang, published=PUB) if c.predicate == "HOLDS_ROLE"}
    assert (person, want) in got, got


def test_a_stay_or_a_listing_after_the_name_is_no_appointment():
    got = {(c.subject, c.date) for c in extract_text(
        "Delcy Rodríguez, vicepresidenta de Venezuela, fue sancionada en 2018 por Estados Unidos.",
        language="es", published=PUB) if c.predicate == "HOLDS_ROLE"}
    assert got and all(d is None for _, d in got), got


CHRONO = {
    "es": "**Marzo de 2023.** El Vaticano cierra su nunciatura en Managua.\n\n**Noviembre de 2023.** Nicaragua y Rusia "
          "suscriben un memorando sobre energía nuclear. Moscú, que ya había donado autobuses, trigo y vacunas, entrega "
          "además un lote de camiones militares al Ejército de Nicaragua.",
    "en": "**March 2023.** The Vatican closes its embassy in Managua.\n\n**November 2023.** Russia, which had already "
          "donated buses and wheat, delivers a batch of military trucks to Nicaragua's army.",
}


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_closed_relative_aside_of_the_subject_keeps_the_entrys_date(lang):
    got = {(s, o, d) for s, o, d in _dated(CHRONO[lang], lang, "SUPPLIED")}
    assert ("state:RUS", "state:NIC", "2023-11") in got, got


def test_a_fact_read_inside_a_relative_clause_takes_no_entry_date():
    text = ("**March 2023.** The Vatican closes its embassy in Managua.\n\n**December 2023.** Hezbollah, which is "
            "backed by Iran, attacks Israel.")
    got = _dated(text, "en", "ALLEGED_TIES")
    assert got and all(d is None for _, _, d in got), got


@pytest.mark.parametrize("text,lang", [
    ("Argentina urges Lebanon to extradite Salman Raouf Salman.", "en"),
    ("In a statement, France calls on Russia to withdraw its troops from Georgia.", "en"),
    ("La Argentina insta igualmente a la República Libanesa a detener y extraditar a Salman Raouf Salman.", "es"),
    ("Francia exhorta a Irán a liberar a los ciudadanos europeos detenidos.", "es"),
    ("La República Argentina vuelve a exigir a Irán que entregue a la justicia argentina a los acusados.", "es"),
    ("Colombia pide a Venezuela que entregue a los jefes del ELN.", "es"),
])
def test_a_request_told_in_the_present_is_dated_the_statements_day(text, lang):
    got = _dated(text, lang, "URGED")
    assert got and all(d == PUB for _, _, d in got), got


def test_a_habitual_request_is_read_undated():
    got = _dated("Washington routinely urges Beijing to curb fentanyl exports.", "en", "URGED")
    assert got and all(d is None for _, _, d in got), got


@pytest.mark.parametrize("text,lang", [
    ("Colombia suele pedir a Venezuela que entregue a los jefes del ELN.", "es"),
    ("Argentina would urge Lebanon to extradite Salman Raouf Salman if the court asked.", "en"),
])
def test_a_habitual_or_conditional_request_is_never_dated_the_statements_day(text, lang):
    # (today neither yields an URGED claim at all; were one read, it must not take the publication day)
    got = _dated(text, lang, "URGED")
    assert all(d != PUB for _, _, d in got), got


def test_a_present_headline_takes_the_leads_day_not_the_publication_day():
    text = ("Pakistan presses Taliban to hand over TTP leaders\n\nPakistan on Wednesday urged Afghanistan's Taliban "
            "administration to hand over the leaders of the Pakistani Taliban.")
    got = {d for _, _, d in {(c.subject, c.object, c.date) for c in extract_text(text, language="en", published="2025-01-16")
                             if c.predicate == "URGED"}}
    assert got == {"2025-01-15"}, got


@pytest.mark.parametrize("text,lang,pred,want", [
    ("Let me start with yesterday. In Riyadh, Prime Minister Shehbaz Sharif and Crown Prince Mohammed bin Salman signed "
     "the Strategic Mutual Defence Agreement between Pakistan and the Kingdom of Saudi Arabia.", "en", "PARTY_TO", "2025-07-07"),
    ("Q: Let's go back to 2017. Saudi Arabia, the UAE, Bahrain and Egypt cut diplomatic ties with Qatar and closed the "
     "border. Are those wounds healed?", "en", "SEVERED_TIES", "2017"),
    ("Volvamos a junio de 2017. Arabia Saudí y Egipto rompieron relaciones con Catar y cerraron la frontera.", "es",
     "SEVERED_TIES", "2017-06"),
    ("PERIODISTA: Empecemos por ayer. Argentina y Chile firmaron un memorando de entendimiento sobre ciberseguridad.", "es",
     "SIGNED_MOU_WITH", "2025-07-07"),
])
def test_a_sentence_that_only_sets_the_time_dates_the_paragraphs_next_events(text, lang, pred, want):
    got = _dated(text, lang, pred)
    assert got and all(d == want for _, _, d in got), got


@pytest.mark.parametrize("text,lang,pred", [
    # no time named, or the time named with something else, or in another paragraph
    ("Let me start with the sanctions. Saudi Arabia cut diplomatic ties with Qatar.", "en", "SEVERED_TIES"),
    ("Let's go back to 2017 and the blockade. Saudi Arabia cut diplomatic ties with Qatar.", "en", "SEVERED_TIES"),
    ("Volvamos a 2017.\n\nArabia Saudí rompió relaciones con Catar.", "es", "SEVERED_TIES"),
])
def test_no_scene_no_date(text, lang, pred):
    got = _dated(text, lang, pred)
    assert got and all(d is None for _, _, d in got), got


def test_a_scene_ends_where_a_sentence_names_its_own_date():
    text = ("Let's go back to 2017. Saudi Arabia cut diplomatic ties with Qatar. In January 2021 the four states "
            "restored ties, and Egypt cut diplomatic ties with Turkey.")
    got = {(o, d) for s, o, d in _dated(text, "en", "SEVERED_TIES")}
    assert ("state:QAT", "2017") in got, got
    assert ("state:TUR", "2017") not in got, got


@pytest.mark.parametrize("text,lang,want", [
    ("En la Reunión de Alto Nivel de Rabat, en febrero de 2023, España y Marruecos suscribieron una veintena de "
     "memorandos de entendimiento.", "es", "2023-02"),
    ("During a visit to China in May 2024, Brazil and Chile signed a memorandum of understanding on lithium.", "en", "2024-05"),
    ("At the Rabat summit, in February 2023, Spain and Morocco signed a memorandum of understanding on migration.", "en",
     "2023-02"),
    ("Durante la cumbre de Lima, en noviembre de 2024, Perú y Chile firmaron un memorando de entendimiento.", "es", "2024-11"),
])
def test_a_fronted_occasion_named_after_a_place_dates_the_signing(text, lang, want):
    got = _dated(text, lang, "SIGNED_MOU_WITH")
    assert got and all(d == want for _, _, d in got), got


def test_a_fronted_clause_of_other_actors_does_not_date_the_main_clause():
    text = ("Ten months after Russia and Iran signed their treaty, in July 2024, Brazil and Chile signed a memorandum of "
            "understanding on lithium.")
    got = _dated(text, "en", "SIGNED_MOU_WITH")
    assert ("state:BRA", "state:CHL", "2024-07") not in got and ("state:CHL", "state:BRA", "2024-07") not in got, got


@pytest.mark.parametrize("text,lang,want", [
    ("In January the State Department designated the group; a week later the Treasury sanctioned its leader.", "en", "2025-01"),
    ("In 2019 the ministry listed the network, and two days later it froze its accounts.", "en", "2019"),
    ("En marzo el ministerio designó al grupo; una semana después el Tesoro sancionó a su jefe.", "es", "2025-03"),
    ("En marzo el ministerio designó al grupo; tres semanas después el Tesoro sancionó a su jefe.", "es", None),
    ("In January the State Department designated the group; five weeks later the Treasury sanctioned its leader.", "en", None),
])
def test_a_few_days_on_from_a_month_or_a_year_stay_in_it(text, lang, want):
    from loaders import dates
    later = [d.value for d in dates.find(text, 0, len(text), "2025-05-08", lang) if d.start > text.index(";" if ";" in text else ",")]
    assert (later[0] if later else None) == want, later


@pytest.mark.parametrize("page,want", [
    ('<p class="byline">Por Redacción · Santo Domingo · 3 de octubre de 2025</p>', "2025-10-03"),
    ('<div class="article-meta">By Jane Roe | Published March 4, 2024, 10:02 GMT</div>', "2024-03-04"),
    ('<span class="fecha">Publicado el 12 de febrero del 2023</span>', "2023-02-12"),
    ('<time datetime="2024-06-30T08:00:00+02:00">Sunday</time>', "2024-06-30"),
    ('<p class="dateline">KYIV, 3 March 2025</p>', "2025-03-03"),
])
def test_the_date_a_page_prints_for_its_article(page, want):
    from loaders import readers
    html = f"<html><body><article><h1>Title</h1>{page}<p>Body text.</p></article></body></html>"
    assert readers.page_date(html) == want


@pytest.mark.parametrize("page", [
    '<p class="byline">Por Redacción · hace 2 horas</p>',
    '<p class="byline">By Jane Roe</p><p>The accord of 3 March 2019 still stands.</p>',
    '<p class="date">2025</p>',
])
def test_no_printed_date_no_page_date(page):
    from loaders import readers
    assert readers.page_date(f"<html><body><article>{page}</article></body></html>") is None


def test_a_page_without_metadata_takes_its_bylines_day(tmp_path):
    from loaders import readers
    body = " ".join(["El Gobierno dominicano declaró este jueves como organizaciones terroristas a dos coaliciones."] * 6)
    page = tmp_path / "nota.html"
    page.write_text(f'<html lang="es"><head><title>Nota</title></head><body><article><h1>Nota</h1><p class="byline">Por '
                    f'Redacción · Santo Domingo · 3 de octubre de 2025</p><p>{body}</p></article><footer>© 2025 El Diario'
                    f'</footer></body></html>', encoding="utf-8")
    docs = readers.read(page)
    assert docs[0].metadata.get("published") == "2025-10-03", docs[0].metadata


@pytest.mark.parametrize("text,lang,want", [
    ("La presidenta Claudia Sheinbaum dijo ayer en su conferencia matutina que la designación no puede servir de pretexto. "
     "Sheinbaum pidió además a Washington frenar el tráfico de armas hacia México.", "es", "2025-07-07"),
    ("Foreign Minister Ishaq Dar told reporters on Monday that the attack was unacceptable. Dar also urged Kabul to hand "
     "over the leaders of the Pakistani Taliban.", "en", "2025-07-07"),
    ("Foreign Minister Ishaq Dar spoke to reporters in Islamabad on July 2. Dar also urged Kabul to hand over the "
     "leaders of the Pakistani Taliban.", "en", "2025-07-02"),
])
def test_an_also_sentence_takes_the_day_of_its_subjects_occasion_before(text, lang, want):
    got = _dated(text, lang, "URGED")
    assert got and all(d == want for _, _, d in got), got


@pytest.mark.parametrize("text,lang", [
    # no day before; a month is no one occasion; another paragraph
    ("Foreign Minister Ishaq Dar told reporters that the attack was unacceptable. Dar also urged Kabul to hand over the "
     "leaders of the Pakistani Taliban.", "en"),
    ("En marzo, Claudia Sheinbaum criticó la designación. Sheinbaum pidió además a Washington frenar el tráfico de armas.", "es"),
    ("Claudia Sheinbaum criticó ayer la designación.\n\nSheinbaum pidió además a Washington frenar el tráfico de armas.", "es"),
])
def test_no_day_before_no_date_for_an_also_sentence(text, lang):
    got = _dated(text, lang, "URGED")
    assert got and all(d is None for _, _, d in got), got


@pytest.mark.parametrize("text,lang,want", [
    ("El alto el fuego de noviembre de 2024 entre Israel y el Líbano, negociado por Estados Unidos, ya preveía el desarme.",
     "es", "2024-11"),
    ("The November 2024 ceasefire between Israel and Lebanon, brokered by the United States, already required disarmament.",
     "en", "2024-11"),
    ("The 2024 ceasefire between Israel and Lebanon, brokered by the United States, already required disarmament.", "en", "2024"),
])
def test_a_referenced_agreement_keeps_the_month_its_name_gives(text, lang, want):
    got = {d for _, _, d in _dated(text, lang, "PARTY_TO")}
    assert got == {want}, got


def test_a_historical_present_under_its_lines_date_is_no_statement_of_the_day():
    text = "On 17 June 2024 Chinese personnel boarded Philippine boats. The United States urges China to desist."
    got = _dated(text, "en", "URGED")
    assert got and all(d != PUB for _, _, d in got), got
