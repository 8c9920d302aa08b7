"""The gate analyses kept on disk between runs (loaders/literals.py: _analysis) give the same gates
as computing them, survive a reload, and a corrupt or missing file only costs the recomputation."""

import re

import pytest

from loaders import literals

PATTERNS = [re.compile(r"\b(?:designated|listed)\s+(?:the\s+)?X\s+as\s+a\s+terrorist", re.I),
            re.compile(r"(?:firmó|suscribió)\s+un\s+(?:memorando|acuerdo)\s+con", re.I),
            re.compile(r"\bsigned\s+(?:a|an)\s+(?:memorandum|agreement)\b")]


def _fields(g):
    return g.sets, g.literals, g.starts, g.rest


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOKG_CACHE", str(tmp_path))
    monkeypatch.setattr(literals, "_ANALYSES", None)
    monkeypatch.setattr(literals, "_ANALYSES_NEW", 0)
    return tmp_path


def test_cached_gates_equal_computed_ones_and_survive_a_reload(fresh_cache):
    computed = [_fields(literals.Gate(p)) for p in PATTERNS]
    literals.save_analyses()
    files = list(fresh_cache.glob("gates-*.pickle"))
    assert len(files) == 1
    literals._ANALYSES = None  # a new process: read from disk
    again = [_fields(literals.Gate(p)) for p in PATTERNS]
    assert again == computed
    assert literals._ANALYSES_NEW == 0  # nothing recomputed
    # the same as a gate computed with no cache at all
    seq = literals._parse(PATTERNS[0], 0)
    assert {frozenset(s) for s in computed[0][0]} == set(literals._required_sets_of(seq))


def test_a_corrupt_cache_file_is_recomputed(fresh_cache):
    literals.Gate(PATTERNS[0])
    literals.save_analyses()
    path = next(fresh_cache.glob("gates-*.pickle"))
    path.write_bytes(b"not a pickle")
    literals._ANALYSES = None
    assert _fields(literals.Gate(PATTERNS[0]))[0]  # recomputed, not raised
    literals.save_analyses()  # and the file is whole again
    literals._ANALYSES = None
    literals._ANALYSES_NEW = 0
    literals.Gate(PATTERNS[0])
    assert literals._ANALYSES_NEW == 0
