"""The notebook API `loaders.load`, and the language facts it relies on."""

import json
from pathlib import Path

import networkx as nx
import pytest

from graph.records import batch_to_records, write_jsonl
from graph.schema import Batch
from loaders import language
from loaders.cleaning import clean
from loaders.pipeline import merge_entities, plan, prepare
from loaders.readers import read

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BILINGUAL = SEEDS / "002_28ecef327d464457.txt"



# --------------------------------------------------------------------------- language


def test_bilingual_seed_paragraphs_carry_their_language():
    doc = prepare(read(BILINGUAL)[0])
    assert doc.language == "en+es"
    paras = language.paragraphs(doc.text)
    langs = [p.language for p in paras]
    assert langs == ["en"] * 19 + ["es"] * 19  # English version, then the Spanish one
    assert doc.text[paras[19].start:paras[19].end].startswith("El Presidente boliviano Luis Arce")


def test_bilingual_seed_paragraphs_are_paired_with_their_translation():
    doc = prepare(read(BILINGUAL)[0])
    pairs = language.translation_pairs(doc.text)
    assert len(pairs) == 19
    text = doc.text
    for en, es in pairs:
        assert (en.language, es.language) == ("en", "es")
    by_en = {text[a.start:a.end][:16]: text[b.start:b.end][:16] for a, b in pairs}
    assert by_en["In July 2023, Ir"] == "En julio de 2023"
    assert by_en["Continental risk"] == "Riesgo continent"
    assert by_en["Agreements in th"] == "Acuerdos en la o"


def test_translation_pairs_skip_a_paragraph_missing_from_one_version():
    en = ["In July 2023, Iran and Bolivia signed a memorandum of understanding on defense.",
          "Argentina's government said on Monday it was concerned about the agreement.",
          "Venezuela already uses Iranian drones to monitor its borders, experts say."]
    es = ["En julio de 2023, Irán y Bolivia firmaron un memorando de entendimiento de defensa.",
          "Venezuela ya utiliza drones iraníes para vigilar sus fronteras, dicen expertos."]
    text = "\n".join(en + es)
    pairs = language.translation_pairs(text)
    got = [(text[a.start:a.end][:12], text[b.start:b.end][:12]) for a, b in pairs]
    assert got == [("In July 2023", "En julio de "), ("Venezuela al", "Venezuela ya")]


def test_quick_function_word_detection_agrees_with_lingua_on_every_seed_paragraph():
    import re
    decided = 0
    for f in sorted(SEEDS.glob("*.txt")):
        text = clean(read(f)[0].text).text
        for para in re.findall(r"[^\n]+", text):
            quick = language._by_function_words(para)
            if quick:
                decided += 1
                assert quick == language.SUPPORTED[language._detector().detect_language_of(para)], para
    assert decided >= 100  # most paragraphs never reach lingua


def test_short_or_mixed_paragraphs_go_to_lingua():
    assert language._by_function_words("Riesgo continental") is None
    assert language.detect("Riesgo continental") == "es"
    assert language.detect("Agreements in the dark") == "en"
    assert language.detect("OK") is None


def test_single_language_seed_has_no_pairs():
    doc = prepare(read(SEEDS / "000_63ccea1439179f34.txt")[0])
    assert doc.language == "en"
    assert language.translation_pairs(doc.text) == []


# --------------------------------------------------------------------------- preparing


def test_document_ids_are_deterministic_and_follow_id_then_url_then_text(tmp_path):
    a = tmp_path / "a.jsonl"
    a.write_text("\n".join(json.dumps(x) for x in [
        {"id": "reuters-1", "url": "https://x.example/1", "text": "Same text."},
        {"url": "https://x.example/1", "text": "Other text."},
        {"text": "Same text."},
    ]), encoding="utf-8")
    d1, d2, d3 = [prepare(r) for r in read(a)]
    again = [prepare(r) for r in read(a)]
    assert [d.id for d in again] == [d1.id, d2.id, d3.id]
    assert len({d1.id, d2.id, d3.id}) == 3
    from graph.ids import document_id
    assert d1.id == document_id("reuters-1")
    assert d2.id == document_id("https://x.example/1")
    assert d3.id == document_id(clean("Same text.").text)


def test_metadata_from_the_text_fills_gaps_but_never_overrides_the_manifest():
    doc = prepare(read(BILINGUAL)[0])
    assert doc.source == "Diálogo Américas"  # manifest, not the byline's "Dialogo Americas"
    assert doc.url.startswith("https://dialogo-americas.com/")
    assert doc.published == "2024-03" and doc.title.startswith("Iran and Bolivia")
    assert doc.path == str(BILINGUAL)


def test_detected_language_wins_between_english_and_spanish(tmp_path):
    text = BILINGUAL.read_text(encoding="utf-8")
    p = tmp_path / "docs.jsonl"
    p.write_text("\n".join(json.dumps(x) for x in [
        {"text": text, "language": "en"},
        {"text": "Le Mali a rompu ses relations diplomatiques avec l'Ukraine dimanche.",
         "language": "fr"}]), encoding="utf-8")
    bilingual, french = [(prepare(r), r.warnings) for r in read(p)]
    assert bilingual[0].language == "en+es"
    assert bilingual[1] == ["metadata says language 'en', text reads as 'en+es'; using 'en+es'"]
    assert french[0].language == "fr"


SPANISH_PAGE = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<title>Perú rompe relaciones con Venezuela | Diario Andino</title>
<meta property="og:title" content="Perú rompe relaciones con Venezuela">
<meta property="og:site_name" content="Diario Andino">
<meta name="author" content="Lucía Ramos">
<meta property="article:published_time" content="2024-07-31T09:00:00-05:00">
<link rel="canonical" href="https://diarioandino.example/mundo/peru-venezuela">
</head><body>
<header><nav><a href="/">Inicio</a> <a href="/mundo">Mundo</a> <a href="/suscribete">Suscríbete</a></nav></header>
<div class="cookie-banner">Utilizamos cookies para mejorar su experiencia. Aceptar cookies</div>
<main><article>
<h1>Perú rompe relaciones con Venezuela</h1>
<p class="byline">Por Lucía Ramos</p>
<time datetime="2024-07-31">31 de julio de 2024</time>
<div class="share"><a>Compartir</a> <a>Twitter</a> <a>Facebook</a></div>
<figure><img src="x.jpg"><figcaption>El canciller Javier González-Olaechea en Lima. Foto: EFE/Paolo Aguilar</figcaption></figure>
<p>El Gobierno de Perú anunció el martes la ruptura de relaciones diplomáticas con Venezuela, después de que Caracas expulsara a los diplomáticos peruanos tras las elecciones presidenciales del domingo.</p>
<p>El canciller Javier González-Olaechea dijo que Lima no reconoce los resultados anunciados por el Consejo Nacional Electoral y pidió una auditoría internacional.</p>
<div class="newsletter">Suscríbete a nuestro boletín y recibe las noticias más importantes en tu correo</div>
<p>Venezuela había ordenado el lunes la salida del personal diplomático de siete países latinoamericanos, entre ellos Argentina, Chile y Perú, a los que acusó de injerencia.</p>
<p>Lea también: Argentina pide a Brasil custodiar su embajada en Caracas</p>
<p>Con información de EFE y AFP</p>
</article>
<aside class="related"><h2>Noticias relacionadas</h2><ul><li><a href="/a">Chile retira a su embajador</a></li><li><a href="/b">Brasil pide actas</a></li></ul></aside>
<section class="comments"><h3>Comentarios</h3><p>Excelente nota, gracias.</p></section>
</main>
<footer><p>© 2024 Diario Andino. Todos los derechos reservados.</p></footer>
</body></html>
"""


def test_a_spanish_news_page_comes_out_as_its_article_only(tmp_path):
    page = tmp_path / "peru.html"
    page.write_text(SPANISH_PAGE, encoding="utf-8")
    doc = prepare(read(page)[0])
    assert doc.text.splitlines() == [
        "Perú rompe relaciones con Venezuela",
        "El Gobierno de Perú anunció el martes la ruptura de relaciones diplomáticas con Venezuela, "
        "después de que Caracas expulsara a los diplomáticos peruanos tras las elecciones "
        "presidenciales del domingo.",
        "El canciller Javier González-Olaechea dijo que Lima no reconoce los resultados anunciados "
        "por el Consejo Nacional Electoral y pidió una auditoría internacional.",
        "Venezuela había ordenado el lunes la salida del personal diplomático de siete países "
        "latinoamericanos, entre ellos Argentina, Chile y Perú, a los que acusó de injerencia.",
    ]
    assert (doc.language, doc.published, doc.source, doc.title) == (
        "es", "2024-07-31", "Diario Andino", "Perú rompe relaciones con Venezuela")
    assert doc.url == "https://diarioandino.example/mundo/peru-venezuela"


def test_plan_spreads_json_lines_documents_over_units(tmp_path):
    p = tmp_path / "docs.jsonl"
    p.write_text("\n".join(json.dumps({"text": f"Document {i}."}) for i in range(5)), encoding="utf-8")
    units, skipped = plan([p, SEEDS])
    assert len(units) == 10 and skipped == []


def test_merge_entities_unions_aliases_and_fills_missing_properties():
    from graph.schema import Group
    a = Group(id="group:hezbollah", name="Hezbollah", aliases=["Hizbullah"])
    b = Group(id="group:hezbollah", name="Hezbolá", aliases=["Hezbolá"], country="state:LBN")
    m = merge_entities(a, b)
    assert m.name == "Hezbollah" and m.aliases == ["Hezbolá", "Hizbullah"]
    assert m.country == "state:LBN"


# --------------------------------------------------------------------------- end to end


@pytest.fixture(scope="module")
def seeds_result():
    from loaders import load
    return load([SEEDS])


def test_load_seeds_gives_documents_entities_claims_facts_and_graph(seeds_result):
    r = seeds_result
    assert len(r.documents) == 5 and r.skipped == []
    assert sorted(d.language for d in r.documents) == ["en", "en", "en", "en", "en+es"]
    assert r.claims and r.entities and r.facts
    assert isinstance(r.batch, Batch)
    assert isinstance(r.graph, nx.MultiDiGraph)
    assert r.graph.number_of_edges() == len(r.facts)
    assert {e.id for e in r.entities} >= set(r.graph.nodes)
    texts = {d.id: d.text for d in r.documents}
    for c in r.claims:  # every quote is found again at its offsets in the stored text
        assert texts[c.document][c.char_start:c.char_end] == c.quote
    s = r.summary
    assert s["documents"] == 5 and s["claims"] == len(r.claims)
    assert sum(s["facts_by_type"].values()) == s["facts"] == len(r.facts)
    assert s["languages"] == {"en": 4, "en+es": 1}


def test_loading_twice_changes_nothing(seeds_result):
    from loaders import load
    again = load([SEEDS, SEEDS / "000_63ccea1439179f34.txt"])  # a file named twice is read once
    assert [d.id for d in again.documents] == [d.id for d in seeds_result.documents]
    assert sorted(c.id for c in again.claims) == sorted(c.id for c in seeds_result.claims)
    assert sorted(f.id for f in again.facts) == sorted(f.id for f in seeds_result.facts)


def test_two_workers_give_the_same_result(seeds_result):
    from loaders import load
    calls = []
    two = load(str(SEEDS), workers=2, progress=lambda done, total, name: calls.append((done, total)))
    assert calls == [(i, 5) for i in range(1, 6)]
    assert two.batch == seeds_result.batch


def test_a_graph_batch_file_is_merged_as_it_is(seeds_result, tmp_path):
    from loaders import load
    out = tmp_path / "seeds-batch.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        write_jsonl(batch_to_records(seeds_result.batch), fh)
    r = load([out])
    assert r.skipped == []
    assert sorted(d.id for d in r.documents) == sorted(d.id for d in seeds_result.documents)
    assert sorted(c.id for c in r.claims) == sorted(c.id for c in seeds_result.claims)


def test_same_text_under_two_names_is_one_document(tmp_path):
    from loaders import load
    text = (SEEDS / "003_45ea196430f378a6.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    r = load([tmp_path])
    assert len(r.documents) == 1
    assert any("same document as" in w for w in r.warnings)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["group:a", "group:b"]), st.sampled_from(["A", "Alpha", "The A"]),
                          st.lists(st.sampled_from(["x", "y", "Z", "w"]), max_size=3, unique=True),
                          st.sampled_from(["organisation", "armed group", ""]), st.sampled_from([None, "state:BOL"])),
                min_size=1, max_size=8))
def test_the_merger_gives_every_entity_the_merge_of_all_its_sightings(seen):
    from graph.schema import Group, merge_entities
    from loaders.pipeline import _Merger

    entities = [Group(id=i, name=n, aliases=a, kind=k, country=c) for i, n, a, k, c in seen]
    merger = _Merger([])
    for e in entities:  # one document each
        merger._add_entities([e])
    expected: dict = {}
    for e in entities:
        expected[e.id] = merge_entities(expected[e.id], e) if e.id in expected else e
    assert [x.model_dump() for x in merger.entities.values()] == [x.model_dump() for x in expected.values()]
