"""Cleaning: encoding repair, whitespace, boilerplate removal that never loses article text."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.cleaning import clean, repair
from loaders.readers import expand, read

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

P1 = ("The United States has urged Bolivia to designate Hezbollah and Hamas as terrorist "
      "organizations, two officials said on Monday, citing their ties to Tehran.")
P2 = ("Bolivia's foreign ministry said there was still no defined position on the matter, and "
      "that talks with Washington would continue in La Paz next month.")
P3 = ("Ecuador designated the IRGC, Hamas and Hezbollah in September, a move the same officials "
      "said the United States had advocated for.")
ES1 = ("Estados Unidos instó a Bolivia a designar a Hezbollah y Hamás como organizaciones "
       "terroristas, dijeron dos funcionarios el lunes, citando sus vínculos con Teherán.")
ES2 = ("La cancillería boliviana dijo que todavía no hay una posición definida sobre el tema y "
       "que las conversaciones con Washington continuarán en La Paz.")


def _keeps(cleaned: str, *paragraphs: str) -> bool:
    return all(p in cleaned.splitlines() for p in paragraphs)


def test_repair_fixes_mojibake_keeps_curly_quotes_and_paragraph_breaks():
    broken = "Iranâ€™s Quds Force\u00a0 and  Hezbollah\r\n\r\n\r\n\r\nBogotÃ¡ said â€œnoâ€\u009d.  \n"
    assert repair(broken) == "Iran’s Quds Force and Hezbollah\n\nBogotá said “no”."


def test_english_page_boilerplate_is_removed_article_kept():
    page = "\n".join([
        "Follow us on social", "", "bolivia-iran-deal", "",
        "Bolivia weighs terrorist designations", "",
        "By Jane Roe / The Andean Monitor", "Analysis | Latin America", "",
        "Top photo credit: Bolivian President Rodrigo Paz in La Paz (Shutterstock/ Someone)",
        "", P1, "", "Share this article", "", P2, "", "https://andean-monitor.example/a/1", "",
        P3, "", "Jane Roe is a journalist based in La Paz.", "",
        "Leave a Reply", "Your email address will not be published. Required fields are marked *",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "If you support our work, help us by donating here.", "Keep Reading",
        "Sign up today to receive exclusive insights", ""])
    c = clean(page)
    assert c.text.splitlines() == ["Bolivia weighs terrorist designations", "", P1, "", P2, "",
                                   P3]
    assert c.metadata["author"] == "Jane Roe"
    assert c.metadata["source"] == "The Andean Monitor"
    assert c.metadata["url"] == "https://andean-monitor.example/a/1"
    assert c.metadata["title"] == "Bolivia weighs terrorist designations"
    reasons = {r.reason for r in c.removed}
    assert {"social prompt", "image file name", "byline", "section label", "image caption or credit",
            "bare URL line", "author bio"} <= reasons


def test_spanish_page_boilerplate_is_removed_article_kept():
    page = "\n".join([
        "Síguenos en redes sociales", "Por María Pérez / Diálogo:", "Ilustración/Diálogo",
        "Foto: EFE / Martín Alipaz", ES1, "Lea también: Argentina designa a la Fuerza Quds",
        ES2, "Compartir", "Noticias relacionadas",
        "Argentina designó a la Fuerza Quds como organización terrorista la semana pasada, "
        "informó el gobierno en un comunicado oficial.",
        "Deja un comentario", "Tu dirección de correo electrónico no será publicada."])
    c = clean(page)
    assert c.text.splitlines() == [ES1, ES2]
    assert c.metadata["author"] == "María Pérez"


def test_teasers_of_other_stories_are_cut_at_their_heading():
    page = "\n".join([
        P1, P2, P3, "(Shutterstock/ Someone)", "World | Europe",
        "Another story about something else entirely",
        "Top Photo: soldiers at a base. Shutterstock",
        "QiOSK",
        "This is the teaser paragraph of another story, which is long enough to look like "
        "running text in an article body.",
        "keep readingShow less",
        "A third story", "Europe",
        "Its teaser paragraph, again long enough to be taken for running text if nothing "
        "looked at where the article ends.",
        "keep readingShow less", "Latest", "Newsletter"])
    c = clean(page)
    assert c.text.splitlines() == [P1, P2, P3]


def test_end_markers_at_the_top_do_not_cut_the_article():
    page = "\n".join(["Latest", "Related", P1, P2, "Related", P3])
    c = clean(page)
    assert c.text.splitlines() == [P1, P2]  # the second "Related" ends the article


def test_header_byline_and_date_lines_become_metadata():
    page = "\n".join(["Bolivia and Iran sign a pact", "", "Jane Roe", "", "August 8, 2023", "",
                      P1, "", P2])
    c = clean(page)
    assert c.text.splitlines() == ["Bolivia and Iran sign a pact", "", P1, "", P2]
    assert c.metadata == {"title": "Bolivia and Iran sign a pact", "author": "Jane Roe",
                          "published": "2023-08-08"}


def test_article_sentences_that_look_like_boilerplate_are_kept():
    lines = [
        "Others say that certain financial flows may instead be donations and remittances "
        "from the sizable Lebanese diaspora.",
        "Context and recent related actions",
        "Summary",
        "By 2030, Iran aims to export drones to 30 countries, officials said.",
        "Israel-Bolivia",
        "Share prices in La Paz fell after the announcement of the agreement with Iran.",
    ]
    c = clean("\n".join(lines))
    assert c.text.splitlines() == lines


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
                max_size=20))
def test_cleaning_only_drops_lines_never_rewrites_them(lines):
    repaired = repair("\n".join(lines)).split("\n")
    cleaned = clean("\n".join(lines)).text
    it = iter(repaired)
    for line in cleaned.split("\n") if cleaned else []:  # a subsequence of the repaired lines
        assert any(line == r for r in it)


def _seed(name_prefix: str):
    (f,) = [f for f in expand(SEEDS) if f.name.startswith(name_prefix)]
    (raw,) = read(f)
    return raw, clean(raw.text, raw.metadata)


def test_seeds_without_boilerplate_lose_nothing():
    for prefix in ("000", "003"):
        raw, c = _seed(prefix)
        assert c.removed == []
        assert c.text == repair(raw.text)


def test_bilingual_seed_loses_only_bylines_captions_and_url():
    raw, c = _seed("002")
    assert sorted(r.reason for r in c.removed) == [
        "bare URL line", "byline", "byline", "image caption or credit", "image caption or credit"]
    assert c.metadata["url"].startswith("https://dialogo-americas.com/articles/")


def test_seed_with_comment_form_ends_at_the_article_end():
    raw, c = _seed("001")
    lines = c.text.splitlines()
    assert lines[0] == "Bolivia and Iran’s New Security Partnership Hurts Israel"
    assert lines[-1].startswith("This deal reinforces Iran’s standing in a region")
    assert "August 8, 2023" not in c.text and "Leave a Reply" not in c.text
    assert "freelance journalist" not in c.text and "donating" not in c.text
    # every paragraph of the article body survives verbatim
    body = repair(raw.text).split("Joseph Bouchard\n\nAugust 8, 2023\n\n")[1].split("\n\n• Joseph")[0]
    assert c.text.endswith(body)


def test_seed_with_appended_stories_is_cut_before_them():
    raw, c = _seed("004")
    lines = c.text.splitlines()
    assert lines[0] == "Fresh hysteria over detail-less Bolivia-Iran security deal"
    assert lines[-1].startswith("It should come as little surprise")
    for gone in ("Follow us on social", "Arce-and-raisi", "Analysis | Latin America",
                 "Hegseth", "Noboa", "Zelensky", "Newsletter", "Shutterstock"):
        assert gone not in c.text
    body = repair(raw.text).split("Analysis | Latin America\n\n")[1].split("\n\n(Shutterstock")[0]
    assert body in c.text


def test_hard_wrapped_paragraphs_are_joined_where_a_sentence_was_broken():
    import textwrap
    text = "A heading\n\n" + textwrap.fill(P1 + " " + P3, 72) + "\n\n" + textwrap.fill(P2, 72) + "\n"
    paragraphs = [p for p in clean(text).text.split("\n") if p]
    assert paragraphs[0] == "A heading"
    # breaks inside sentences are gone; a break at a sentence end may stay
    assert " ".join(paragraphs[1:]) == f"{P1} {P3} {P2}"
    assert all(p[-1] in ".”" for p in paragraphs[1:])


def test_short_unwrapped_lines_stay_separate():
    lines = ["Ecuador designated the IRGC as a terrorist organization in September.",
             "Argentina designated the Quds Force as a terrorist group last week.",
             "Argentina designó a la Fuerza Quds como grupo terrorista la semana pasada.",
             "Chile, Peru and Panama have been raised as potential candidates too."]
    assert clean("\n".join(lines)).text.split("\n") == lines


def test_wire_openings_polls_and_headings_are_not_taken_for_credits_or_prompts():
    lines = [
        "(Reuters) - Bolivia's foreign ministry said on Monday it had no defined position yet.",
        "The figure comes from a Reuters/Ipsos poll.",
        "Support for Hezbollah in the Tri-Border Area",
        "More on the deal",
        "2023-07-20",
        "Suscribió el acuerdo el ministro de Defensa, Edmundo Novillo, en Teherán.",
    ]
    c = clean("\n".join([P1, P2] + lines))
    assert c.text.splitlines() == [P1, P2] + lines[:4] + lines[5:]
    assert [r.reason for r in c.removed] == ["date line"]  # a bare date below the lede is metadata


def test_a_lone_continue_reading_inside_an_article_only_drops_itself():
    c = clean("\n".join(["A title", P1, "Continue reading", P2, P3]))
    assert c.text.splitlines() == ["A title", P1, P2, P3]


def test_teaser_cut_never_takes_the_whole_article():
    c = clean("\n".join(["A title", "A subtitle", P1, "Keep reading", "Latest", "Other story"]))
    assert c.text.splitlines() == ["A title", "A subtitle", P1]


def test_repair_finds_mojibake_but_leaves_correct_spanish_alone():
    assert repair("Dijo â€œsÃ­â€\u009d ðŸ˜€") == "Dijo “sí” 😀"
    text = "Teherán “vendió” drones, dijo Irán“. Señaló a Perú»."
    assert repair(text) == text


def test_wire_and_site_furniture_is_removed():
    page = "\n".join(["Skip to main content", "Menu", "Search", "Sign in",
        "Published March 3, 2024", "Updated 10:42 AM EST, March 4, 2024", "5 min read",
        "Listen to this article", "We use cookies to improve your experience. Accept all cookies",
        P1, "Advertisement", "Story continues below advertisement", P2,
        "Reporting by Daniel Ramos in La Paz; Additional reporting by Ana Suárez; Editing by Jane Doe",
        "Our Standards: The Thomson Reuters Trust Principles.", "© 2024 Reuters. All rights reserved.",
        "Tags: Bolivia, Iran"])
    c = clean(page)
    assert c.text.splitlines() == [P1, P2]
    assert c.metadata["published"] == "2024-03-03"


def test_spanish_site_furniture_is_removed():
    page = "\n".join(["Ir al contenido", "Menú", "Buscar", "Iniciar sesión", "Publicado el 3 de marzo de 2024", "Tiempo de lectura: 4 minutos",
                      "Escuchar esta noticia", "Redacción BBC Mundo", "EFE", ES1, "Publicidad", ES2,
                      "Con información de EFE y AFP", "Etiquetas: Bolivia, Irán",
                      "Todos los derechos reservados."])
    c = clean(page)
    assert c.text.splitlines() == [ES1, ES2]
    assert c.metadata["published"] == "2024-03-03"


def test_sentences_about_reporting_and_publishing_are_kept():
    lines = ["Reporting by the BBC showed that Iran sold drones to Bolivia in 2023, officials said.",
             "Published reports say the memorandum was signed in Tehran on July 20, 2023.",
             "Published reports date the deal to 2023.",
             "Ad hoc talks between La Paz and Washington continued through January."]
    c = clean("\n".join([P1, P2] + lines))
    assert c.text.splitlines() == [P1, P2] + lines



@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "Bb", " ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\n", "\n\n", "x y", ".", "é",
                                 "The pact was signed in Lima by both governments on Monday "]), max_size=40))
def test_repair_collapses_each_run_of_blanks_to_one_space_per_line(pieces):
    # the line-by-line substitution repair ran before it skipped texts that need none: same text
    import re as re_

    from loaders import cleaning

    text = "".join(pieces)
    spaces = re_.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
    fixed = cleaning.ftfy.fix_text(text, uncurl_quotes=False, fix_character_width=False) \
        if cleaning._SUSPECT.search(text) else cleaning.unicodedata.normalize("NFC", text)
    out = []
    for ln in (spaces.sub(" ", x).strip() for x in fixed.split("\n")):
        if ln or (out and out[-1]):
            out.append(ln)
    while out and not out[-1]:
        out.pop()
    assert repair(text) == "\n".join(cleaning._unwrap(out))
