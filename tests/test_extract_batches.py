"""`geokg extract` logic (loaders/batch_files.py): JSONL batch files, no store.

The files must hold exactly what `loaders.load` extracts from the same inputs, be
readable one by one with graph.records.read_jsonl, and load into a real store to the
same graph as the in-memory result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from graph.records import read_jsonl
from loaders import load
from loaders.batch_files import ExtractError, extract_to_dir

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The five seeds plus a small synthetic bilingual corpus, an empty file and a binary one."""
    d = tmp_path_factory.mktemp("inputs")
    write_corpus(d / "synthetic", 12, "jsonl", seed=3)
    (d / "bad").mkdir()
    (d / "bad" / "empty.txt").write_text("")
    (d / "bad" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return [SEEDS, d / "synthetic", d / "bad"]


@pytest.fixture(scope="module")
def expected(inputs):
    return load(inputs, workers=1)


@pytest.fixture(scope="module")
def extracted(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("batches")
    return out, extract_to_dir(inputs, out, workers=1, docs_per_file=5)


def _read_all(files):
    batches = [read_jsonl(f) for f in files]
    return batches, {d.id for b in batches for d in b.documents}, \
        {c.id for b in batches for c in b.claims}, {e.id for b in batches for e in b.entities}


def test_files_hold_what_load_extracts(expected, extracted):
    out, summary = extracted
    n_docs = len(expected.documents)
    assert n_docs == 17  # 5 seeds + 12 synthetic
    assert len(summary["files"]) == -(-n_docs // 5)  # ceil: files of up to 5 documents
    batches, docs, claims, entities = _read_all(summary["files"])
    assert all(len(b.documents) <= 5 for b in batches)
    assert docs == {d.id for d in expected.documents}
    assert claims == {c.id for c in expected.claims} and summary["claims"] == len(expected.claims)
    assert entities == {e.id for e in expected.entities} and summary["entities"] == len(entities)
    assert summary["documents"] == n_docs


def test_bad_inputs_are_reported_not_written(extracted, inputs):
    _, summary = extracted
    reasons = dict(summary["skipped"])
    bad = inputs[2]
    assert set(reasons) == {str(bad / "empty.txt"), str(bad / "binary.txt")}
    assert all(reasons.values())


def test_no_edge_lines_and_files_are_self_contained(extracted):
    _, summary = extracted
    for f in summary["files"]:
        kinds = {json.loads(line)["kind"] for line in Path(f).read_text(encoding="utf-8").splitlines()}
        assert kinds <= {"document", "node", "claim"} and "document" in kinds
        # read_jsonl validates every claim's endpoints against the file's own entities
        read_jsonl(f)


def test_two_workers_write_the_same_files(inputs, extracted, tmp_path):
    _, one = extracted
    two = extract_to_dir(inputs, tmp_path / "two", workers=2, docs_per_file=5)
    assert [Path(f).name for f in two["files"]] == [Path(f).name for f in one["files"]]
    for a, b in zip(one["files"], two["files"]):
        assert Path(a).read_bytes() == Path(b).read_bytes()


def test_loaded_files_give_the_same_graph(embedded_store, expected, extracted):
    _, summary = extracted
    for f in summary["files"]:
        embedded_store.upsert(read_jsonl(f))
    from_files = list(embedded_store.records())
    embedded_store.clear()
    embedded_store.upsert(expected.batch)
    direct = list(embedded_store.records())
    key = lambda r: json.dumps(r, sort_keys=True)  # noqa: E731
    assert sorted(map(key, from_files)) == sorted(map(key, direct))
    assert any(r["kind"] == "edge" for r in direct)


def test_rerun_replaces_earlier_batch_files(inputs, tmp_path):
    out = tmp_path / "o"
    first = extract_to_dir(inputs, out, docs_per_file=2)
    second = extract_to_dir([SEEDS], out, docs_per_file=1000)
    assert len(first["files"]) > 1 and len(second["files"]) == 1
    assert sorted(p.name for p in out.glob("batch-*.jsonl")) == ["batch-00000.jsonl"]
    assert not list(out.glob("*.tmp"))


def test_unusable_output_folder_is_one_clear_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ExtractError, match=rf"^{blocker}/out: cannot write batch files there"):
        extract_to_dir([SEEDS], blocker / "out")
    with pytest.raises(ExtractError, match="docs_per_file must be at least 1"):
        extract_to_dir([SEEDS], tmp_path / "x", docs_per_file=0)


def test_command_line_reports_one_line(tmp_path):
    import subprocess
    import sys

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    proc = subprocess.run([sys.executable, "-m", "loaders.batch_files", str(SEEDS), "-o", str(blocker / "o")],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [f"error: {blocker}/o: cannot write batch files there (Not a directory)"]


def test_geokg_extract_then_load_gives_the_graph_of_loading_the_documents(geokg, tmp_path):
    """The CLI path of the scale-out: extract anywhere, load the batch files later."""
    out = tmp_path / "batches"
    r = geokg("extract", "seeds/", "-o", str(out), "--docs-per-file", "2")
    assert r.returncode == 0, r.stderr
    assert "5 documents" in r.stdout and len(list(out.glob("batch-*.jsonl"))) == 3
    assert geokg("load", str(out), store=tmp_path / "a").returncode == 0
    assert geokg("load", "seeds/", store=tmp_path / "b").returncode == 0
    exports = [geokg("export", store=tmp_path / s).stdout for s in ("a", "b")]
    assert exports[0] and set(exports[0].splitlines()) == set(exports[1].splitlines())


def test_geokg_extract_to_an_unwritable_folder_is_one_line(geokg):
    r = geokg("extract", "seeds/", "-o", "/proc/geokg-batches")
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "/proc/geokg-batches" in r.stderr
