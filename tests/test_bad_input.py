"""Bad input: each problem is one clear message naming the file; the rest still loads."""

import json
from pathlib import Path

import pytest

from loaders.readers import MAX_BYTES, RawDocument, Skipped, read


GOOD = ("The United States urged Bolivia on Monday to designate Hezbollah as a terrorist "
        "organization, two officials said.\n")
NO_ACTORS = ("The weather was mild this week and the harvest is expected to be good, "
             "farmers in the valley said on Tuesday.\n")


def _only(items):
    (x,) = items
    return x


def test_empty_and_blank_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\n\t\n", encoding="utf-8")
    s = _only(read(tmp_path / "empty.txt"))
    assert isinstance(s, Skipped) and s.reason == "empty file"
    assert s.path == str(tmp_path / "empty.txt")
    s = _only(read(tmp_path / "blank.md"))
    assert isinstance(s, Skipped) and "no text" in s.reason


def test_binary_file(tmp_path):
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    s = _only(read(p))
    assert isinstance(s, Skipped) and s.reason == "binary file, not text"
    assert str(s) == f"{p}: binary file, not text"


def test_cp1252_text_loads_with_a_warning(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes("Bogotá – “Irán” firmó el acuerdo.\n".encode("cp1252"))
    d = _only(read(p))
    assert isinstance(d, RawDocument)
    assert d.text == "Bogotá – “Irán” firmó el acuerdo.\n"
    assert d.warnings == ["not UTF-8; decoded as cp1252"]


def test_latin1_text_loads_with_a_warning(tmp_path):
    p = tmp_path / "latin1.txt"
    # 0x81 is undefined in cp1252, so only latin-1 can read this file
    p.write_bytes("Bolivia y Perú\x81 firmaron.\n".encode("latin-1"))
    d = _only(read(p))
    assert isinstance(d, RawDocument)
    assert d.text.startswith("Bolivia y Perú")
    assert d.warnings == ["not UTF-8; decoded as latin-1"]


@pytest.mark.parametrize("front,expected", [
    ("---\ntitle: [unclosed\n---\nBody text.\n", "invalid front matter (line "),
    ("---\ntitle: A\nno closing fence\nBody text.\n", "opening '---' is never closed"),
    ("---\n- a list\n- not a mapping\n---\nBody text.\n", "expected 'key: value' lines"),
    ("---\ntitle: only metadata\n---\n\n", "no text after the front matter"),
    ("---\ntitle: {nested: mapping}\n---\nBody text.\n", "metadata field 'title' must be text"),
    ("---\ntitle: A\npublished: 2024-13-45\n---\nBody text.\n", "impossible date"),  # a bare YAML timestamp
])
def test_invalid_front_matter(tmp_path, front, expected):
    p = tmp_path / "bad.md"
    p.write_text(front, encoding="utf-8")
    s = _only(read(p))
    assert isinstance(s, Skipped), s
    assert expected in s.reason and s.path == str(p)


def test_unreadable_date_in_front_matter_is_a_warning(tmp_path):
    p = tmp_path / "date.md"
    p.write_text("---\ntitle: T\npublished: sometime soon\n---\nBody text.\n", encoding="utf-8")
    d = _only(read(p))
    assert isinstance(d, RawDocument) and "published" not in d.metadata
    assert d.warnings == ["unreadable publication date 'sometime soon' ignored"]


def test_invalid_json_line_only_that_line_is_skipped(tmp_path):
    p = tmp_path / "docs.jsonl"
    p.write_text("\n".join([json.dumps({"text": "one"}), '{"text": "two"', json.dumps({"text": "three"})]),
                 encoding="utf-8")
    out = read(p)
    assert [x.text for x in out if isinstance(x, RawDocument)] == ["one", "three"]
    (s,) = [x for x in out if isinstance(x, Skipped)]
    assert s.path == f"{p}:2" and s.reason.startswith("invalid JSON (")


def test_file_above_the_size_limit_is_refused_without_reading_it(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:  # sparse: 50 MB on paper, nothing written
        fh.truncate(50 * 1024 * 1024)
    s = _only(read(p))
    # a file of NUL bytes would be "binary" if it had been read: the size check came first
    assert isinstance(s, Skipped)
    assert s.reason == f"file too large (50.0 MB; the limit is {MAX_BYTES // 2**20} MB)"


def test_missing_path(tmp_path):
    s = _only(read(tmp_path / "nowhere.txt"))
    assert isinstance(s, Skipped) and s.reason == "no such file"


def _bad_folder(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "calm.txt").write_text(NO_ACTORS, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (d / "legacy.txt").write_bytes("Perú y Bolivia firmaron un acuerdo en La Paz el martes.\n".encode("cp1252"))
    (d / "bad.md").write_text("---\ntitle: [oops\n---\nText.\n", encoding="utf-8")
    (d / "docs.jsonl").write_text(json.dumps({"id": "x1", "text": GOOD.replace("Monday", "Friday")})
                                  + "\n{broken\n", encoding="utf-8")
    with (d / "huge.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    return d


def test_a_batch_with_every_kind_of_bad_input_still_loads_the_rest(tmp_path):
    from loaders import load

    d = _bad_folder(tmp_path)
    result = load([d, tmp_path / "missing-folder"])
    paths = sorted(Path(doc.path).name for doc in result.documents)
    assert paths == ["calm.txt", "docs.jsonl:1", "good.txt", "legacy.txt"]
    skipped = dict(result.skipped)
    assert skipped == {
        str(d / "binary.txt"): "binary file, not text",
        str(d / "empty.txt"): "empty file",
        str(d / "huge.txt"): "file too large (50.0 MB; the limit is 20 MB)",
        str(d / "bad.md"): skipped[str(d / "bad.md")],
        f"{d / 'docs.jsonl'}:2": skipped[f"{d / 'docs.jsonl'}:2"],
        str(tmp_path / "missing-folder"): "no such file or folder",
    }
    assert skipped[str(d / "bad.md")].startswith("invalid front matter")
    assert skipped[f"{d / 'docs.jsonl'}:2"].startswith("invalid JSON")
    s = result.summary
    assert s["documents"] == 4 and s["skipped"] == 6
    assert s["skipped_by_reason"] == {"binary file, not text": 1, "empty file": 1,
                                      "file too large": 1, "invalid front matter": 1,
                                      "invalid JSON": 1, "no such file or folder": 1}
    assert any("legacy.txt: not UTF-8; decoded as cp1252" in w for w in s["warnings"])
    # the document with no actors loads and is counted, with no claims
    (calm,) = [doc for doc in result.documents if doc.path.endswith("calm.txt")]
    assert not [c for c in result.claims if c.document == calm.id]


def test_json_lines_corpus_limit_applies_per_line(tmp_path):
    p = tmp_path / "corpus.jsonl"
    with p.open("wb") as fh:
        fh.write(json.dumps({"text": "first"}).encode() + b"\n")
        fh.write(b'{"text": "' + b"x" * (MAX_BYTES + 10) + b'"}\n')
        fh.write("{\"text\": \"Perú\"}\n".encode("cp1252"))
    out = read(p)
    assert [type(x).__name__ for x in out] == ["RawDocument", "Skipped", "RawDocument"]
    assert out[1].path == f"{p}:2" and out[1].reason == "line too large (the limit is 20 MB)"
    assert out[2].text == "Perú" and out[2].warnings == ["not UTF-8; decoded as cp1252"]


def test_binary_json_lines_file(tmp_path):
    p = tmp_path / "corpus.jsonl"
    p.write_bytes(b"\x00\x01" * 50)
    assert _only(read(p)) == Skipped(str(p), "binary file, not text")
