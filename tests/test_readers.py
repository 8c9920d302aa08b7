"""Readers: every input format to RawDocument (or Skipped), with normalised metadata."""

import json
from pathlib import Path

import pytest

from graph.records import batch_to_records, write_jsonl
from graph.schema import Batch, Document, State
from loaders.readers import (MAX_BYTES, RawDocument, Skipped, expand, is_batch_file, iso_date,
                             read)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

ARTICLE = ("Ecuador designated the IRGC as a terrorist organization on Monday, the foreign "
           "ministry said in a statement.\n\nThe move follows talks with U.S. officials.\n")


@pytest.mark.parametrize("value,expected", [
    ("August 8, 2023", "2023-08-08"),
    ("July 2023", "2023-07"),
    ("2023", "2023"),
    (2023, "2023"),
    ("2023-07-20", "2023-07-20"),
    ("2023-07", "2023-07"),
    ("2023-08-08T10:00:00+02:00", "2023-08-08"),
    ("8 de agosto de 2023", "2023-08-08"),
    ("julio de 2023", "2023-07"),
    ("not a date", None),
    ("2023-13-40", None),
    ("", None),
])
def test_iso_date_keeps_the_precision_given(value, expected):
    assert iso_date(value) == expected


def test_text_file_takes_metadata_from_the_manifest_beside_it(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text(
        "documents:\n"
        "  - file: a.txt\n    title: Ecuador acts\n    source: El Universo\n"
        "    published: August 8, 2023\n    language: ES-ec\n    url: https://example.org/a\n",
        encoding="utf-8")
    (a,) = read(tmp_path / "a.txt")
    assert isinstance(a, RawDocument)
    assert a.text == ARTICLE
    assert a.metadata == {"title": "Ecuador acts", "source": "El Universo", "published": "2023-08-08",
                          "language": "es", "url": "https://example.org/a"}
    (b,) = read(tmp_path / "b.txt")
    assert b.metadata == {}  # not in the manifest: no metadata, still loads


def test_manifest_entries_for_missing_files_are_reported(tmp_path):
    from loaders.readers import manifest_warnings
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text(
        "documents:\n  - file: a.txt\n    title: A\n  - file: b.txt\n    title: typo\n",
        encoding="utf-8")
    assert manifest_warnings([tmp_path / "a.txt"]) == [
        f"{tmp_path / 'manifest.yaml'}: lists 'b.txt', which is not in {tmp_path}"]
    assert manifest_warnings([Path(__file__).resolve().parent.parent / "seeds" / "manifest.yaml"]) == []


def test_manifest_may_be_a_bare_list_of_entries(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text(
        "- file: a.txt\n  title: Ecuador acts\n  published: 2023-08-08\n", encoding="utf-8")
    (a,) = read(tmp_path / "a.txt")
    assert a.metadata == {"title": "Ecuador acts", "published": "2023-08-08"}
    assert not a.warnings


def test_manifest_of_another_shape_is_a_warning_naming_the_file(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text("title: one document\n", encoding="utf-8")
    (a,) = read(tmp_path / "a.txt")
    assert a.metadata == {}
    assert [w for w in a.warnings if str(tmp_path / "manifest.yaml") in w and "documents:" in w]


def test_broken_manifest_is_a_warning_not_a_failure(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text("documents: [unclosed\n", encoding="utf-8")
    (a,) = read(tmp_path / "a.txt")
    assert isinstance(a, RawDocument)
    assert any("manifest" in w for w in a.warnings)


def test_markdown_front_matter(tmp_path):
    p = tmp_path / "note.md"
    p.write_text("---\ntitle: Argentina and the Quds Force\noutlet: Infobae\n"
                 "date: 2026-01-16\nid: infobae-123\nlang: es\n---\n# Heading\n\nEl texto.\n",
                 encoding="utf-8")
    (d,) = read(p)
    assert d.text == "# Heading\n\nEl texto.\n"
    assert d.metadata == {"title": "Argentina and the Quds Force", "source": "Infobae",
                          "published": "2026-01-16", "id": "infobae-123", "language": "es"}


def test_markdown_without_front_matter_is_plain_text(tmp_path):
    p = tmp_path / "plain.md"
    p.write_text("Just text, no front matter.\n", encoding="utf-8")
    (d,) = read(p)
    assert d.text == "Just text, no front matter.\n" and d.metadata == {}


HTML = """<!DOCTYPE html>
<html lang="en"><head>
<title>Bolivia weighs designations | The Andean Monitor</title>
<meta property="og:title" content="Bolivia weighs terrorist designations">
<meta property="og:site_name" content="The Andean Monitor">
<meta property="article:published_time" content="2026-01-26T08:30:00Z">
<link rel="canonical" href="https://andean-monitor.example/2026/01/bolivia-designations">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>Subscribe</li></ul></nav>
<article>
<h1>Bolivia weighs terrorist designations</h1>
<p>The United States has urged Bolivia to designate Hezbollah and Hamas as terrorist
organizations, two officials said on Monday, as part of a regional campaign.</p>
<p>Bolivia's foreign ministry said there was still no defined position on the matter,
and that talks with Washington would continue in La Paz next month.</p>
<p>Ecuador designated the IRGC, Hamas and Hezbollah in September, and Argentina designated
the Quds Force last week, according to the same officials.</p>
</article>
<footer><p>Copyright 2026 The Andean Monitor. All rights reserved.</p>
<p>Follow us on social</p></footer>
</body></html>
"""


def test_html_main_text_and_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    (d,) = read(p)
    assert isinstance(d, RawDocument) and d.html
    lines = [ln for ln in d.text.splitlines() if ln.strip()]
    assert any(ln.startswith("The United States has urged Bolivia") for ln in lines)
    assert any(ln.startswith("Ecuador designated the IRGC") for ln in lines)
    assert len(lines) >= 3  # paragraphs stay separate lines
    assert "Home" not in d.text and "Copyright" not in d.text and "Follow us" not in d.text
    assert d.metadata["title"] == "Bolivia weighs terrorist designations"
    assert d.metadata["url"] == "https://andean-monitor.example/2026/01/bolivia-designations"
    assert d.metadata["published"] == "2026-01-26"
    assert d.metadata["source"] == "The Andean Monitor"


def test_html_without_article_is_skipped(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    (s,) = read(p)
    assert isinstance(s, Skipped) and "no article text" in s.reason


def test_jsonl_documents_one_per_line_bad_lines_skipped_with_line_number(tmp_path):
    p = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"id": "a1", "title": "A", "text": "Texto uno.", "published": "2024-03-08",
                    "source": "Diálogo", "url": "https://x.example/a", "language": "es"}),
        "{not json",
        "",
        json.dumps({"title": "no text here"}),
        json.dumps({"id": "a2", "text": "Text two.", "published": "March 2024"}),
        json.dumps(["a", "list"]),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = read(p)
    docs = [d for d in out if isinstance(d, RawDocument)]
    skipped = {s.path: s.reason for s in out if isinstance(s, Skipped)}
    assert [d.path for d in docs] == [f"{p}:1", f"{p}:5"]
    assert docs[0].metadata["source"] == "Diálogo" and docs[0].metadata["id"] == "a1"
    assert docs[1].metadata["published"] == "2024-03"
    assert "invalid JSON" in skipped[f"{p}:2"]
    assert "no 'text'" in skipped[f"{p}:4"]
    assert "JSON object" in skipped[f"{p}:6"]
    assert len(skipped) == 3


def test_batch_files_are_told_apart_from_document_files(tmp_path):
    batch = Batch(documents=[Document(id="doc:1", title="t")],
                  entities=[State(id="state:BOL", name="Bolivia", iso3="BOL")])
    rec = tmp_path / "export.jsonl"
    with rec.open("w", encoding="utf-8") as fh:
        write_jsonl(batch_to_records(batch), fh)
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"text": "hello"}) + "\n", encoding="utf-8")
    txt = tmp_path / "a.txt"
    txt.write_text('{"kind": "node"}\n', encoding="utf-8")
    assert is_batch_file(rec)
    assert not is_batch_file(docs)
    assert not is_batch_file(txt)
    assert not is_batch_file(tmp_path / "missing.jsonl")


def test_expand_folders_globs_and_missing_paths(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for name in ("a.txt", "sub/b.md", "sub/deeper/c.html", "sub/d.jsonl", ".git/e.txt",
                 "manifest.yaml", "notes.pdf", "README.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = expand([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.txt", "sub/b.md", "sub/d.jsonl", "sub/deeper/c.html"]
    assert [p.name for p in expand(str(tmp_path / "**" / "*.md"))] == ["b.md"]
    assert expand(tmp_path / "README.md") == [tmp_path / "README.md"]  # named: read
    # the same file named twice is read once
    assert len(expand([tmp_path / "a.txt", str(tmp_path / "*.txt")])) == 1
    missing, pdf, nomatch = expand([tmp_path / "nope.txt", tmp_path / "notes.pdf",
                                    str(tmp_path / "*.xml")])
    assert isinstance(missing, Skipped) and "no such file" in missing.reason
    assert isinstance(pdf, Skipped) and "unsupported file type '.pdf'" in pdf.reason
    assert isinstance(nomatch, Skipped) and "no file matches" in nomatch.reason


def test_size_limit_is_documented_and_sane():
    assert MAX_BYTES == 20 * 1024 * 1024


def test_every_seed_has_manifest_metadata():
    files = [p for p in expand(SEEDS)]
    assert len(files) == 5
    for f in files:
        (d,) = read(f)
        assert isinstance(d, RawDocument), d
        assert d.warnings == []
        assert d.metadata["title"]
        assert d.metadata["language"] in ("en", "es", "en+es")
        assert iso_date(d.metadata["published"]) == d.metadata["published"]
    langs = sorted(read(f)[0].metadata["language"] for f in files)
    assert langs == ["en", "en", "en", "en", "en+es"]


@pytest.mark.parametrize("value,expected", [
    ("EN-us", "en"), ("Spanish", "es"), ("español", "es"), ("es_AR", "es"), ("fr", "fr"),
    ("en, es", "en+es"), ("es+en", "en+es"), ("English and Spanish", "en+es"), ("en+es", "en+es"),
])
def test_language_metadata_is_normalised_to_codes(value, expected):
    from loaders.readers import language_code
    assert language_code(value) == expected


def test_front_matter_fast_parser_reads_as_pure_pyyaml():
    # libyaml reads front matter where it is built; every value and every error must be what the
    # pure parser gives (a skip reason quotes its message), on the cases where the two differ too
    import random

    import yaml

    from loaders.readers import _front_matter

    def run(f, s):
        try:
            return "ok", repr(f(s))
        except Exception as exc:  # noqa: BLE001 (the error itself is compared)
            mark = getattr(exc, "problem_mark", None)
            return "err", type(exc).__name__, str(exc), mark.line if mark else None

    cases = ["title: >#x\nsource: y\n", "[a ?]", "{a?b: 1}", "title: !\n", "!", "title:\tx\n", "a: \x85b\n",
             "published: 2024-13-45\n", "published: 2024-03-05\ntitle: Sí, “x” — ñ\n", "title: 'it''s'\n"]
    pieces = ["title", ":", ": ", " ", "\n", "\n  ", "- ", "'", '"', "#", "2024-03-05", "12:30", "true", "~", "[", "]",
              "{", "}", ",", "ñ", "“x”", "|", ">", "&a", "*a", "!!str", "!", "?", "%", "`", "---", "...", "\t", "\r\n",
              "\u2028", "https://x.org/a?b=c#d", "\u00a0", "😀"]
    rng = random.Random(7)
    for _ in range(3000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        cases.append("title: " + s + "\nsource: x\n" if rng.random() < 0.5 else s)
    for s in cases:
        assert run(_front_matter, s) == run(yaml.safe_load, s), s
