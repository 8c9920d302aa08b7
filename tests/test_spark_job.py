"""The Spark entry point (loaders/spark_job.py), in local mode: one small job.

Its batch files must hold what loaders.load extracts from the same JSON-lines
documents, one self-contained file per partition, and report the bad row."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from benchmarks.corpus import article
from graph.records import read_jsonl
from loaders import load

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("java") is None and not os.environ.get("JAVA_HOME"),
                       reason="Spark needs Java (17) on the machine"),
]
pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install -e '.[test]')")


def test_spark_job_writes_the_same_records_as_load(tmp_path, monkeypatch, capsys):
    from loaders.spark_job import main

    seed = (ROOT / "seeds" / "000_63ccea1439179f34.txt").read_text(encoding="utf-8")
    docs = [{"id": "seed-000", "title": "U.S. presses Bolivia", "text": seed, "published": "2026-01-24",
             "source": None, "language": "en"}]
    docs += [article(i, seed=11) for i in range(5)]
    docs.append({"id": "empty", "title": "nothing here", "text": ""})
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")

    # local mode: the executors' Python is this interpreter (where geokg is installed)
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    # no host name lookup, no web UI, a JVM that starts fast: 43 s -> 8 s to start
    # Spark on this (busy) machine
    monkeypatch.setenv("SPARK_LOCAL_IP", "127.0.0.1")
    fast = ["spark.ui.enabled=false", "spark.driver.host=127.0.0.1",
            "spark.driver.extraJavaOptions=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"]
    out = tmp_path / "out"
    assert main(["--input", str(src), "--output", str(out), "--master", "local[2]",
                 "--partitions", "2"] + [a for kv in fast for a in ("--conf", kv)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("6 documents, ") and "1 skipped" in printed
    assert "skipped docs.jsonl#empty" in printed

    files = sorted(out.glob("part-*.jsonl"))
    assert 1 <= len(files) <= 2 and not list(out.glob("part-*.txt"))
    batches = [read_jsonl(f) for f in files]  # each partition's file is self-contained

    expected = load([src])
    assert {d.id for b in batches for d in b.documents} == {d.id for d in expected.documents}
    assert {c.id for b in batches for c in b.claims} == {c.id for c in expected.claims}
    assert {e.id for b in batches for e in b.entities} == {e.id for e in expected.entities}
    assert len(expected.claims) > 0
    by_id = {c.id: c for b in batches for c in b.claims}
    for c in expected.claims:  # the same claims, field for field
        assert by_id[c.id] == c
