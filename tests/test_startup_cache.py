"""What a start keeps on disk (geokg's cache folder, loaders/literals.cache_dir): the compiled code of
regexes (literals.compile) and the built gazetteer (gazetteer._cached_build). Either gives the same
objects as building them anew, a corrupt file only costs the rebuild, and the gazetteer's file is
named after the data it was built from."""

import re
import shutil

import pytest

from loaders import gazetteer, literals
from loaders.relations import load_rules

PATTERNS = [(r"\b(?:designated|listed)\s+(?:the\s+)?(?P<obj>X)\s+as\s+a\s+terrorist", re.I),
            (r"(?:firmó|suscribió)\s+un\s+(?:memorando|acuerdo)\s+con", re.I | re.U),
            (r"(?x) \b signed \s+ (a|an) \s+ (?:memorandum|agreement) \b", 0),
            (r"[^\W\d_]{2,}(?=\s)", re.I)]


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOKG_CACHE", str(tmp_path))
    monkeypatch.setattr(literals, "_CODES", None)
    monkeypatch.setattr(literals, "_CODES_NEW", 0)
    return tmp_path


def _same(a: re.Pattern, b: re.Pattern) -> bool:
    # Pattern equality compares pattern, flags and the compiled code
    return a == b and a.groups == b.groups and dict(a.groupindex) == dict(b.groupindex) and a.flags == b.flags


def test_compiled_patterns_equal_re_compile_before_and_after_a_reload(fresh_cache):
    rules = [(r.regex.pattern, r.regex.flags) for r in load_rules("en")[0][:40] if hasattr(r.regex, "flags")]
    cases = PATTERNS + rules
    first = [literals.compile(p, f) for p, f in cases]
    assert all((p, int(f)) in literals._CODES for p, f in cases)
    literals.save_codes()
    assert len(list(fresh_cache.glob("regex-*.pickle"))) == 1
    literals._CODES = None  # a new process: read from disk
    again = [literals.compile(p, f) for p, f in cases]
    assert literals._CODES_NEW == 0  # nothing compiled again
    for (p, f), a, b in zip(cases, first, again):
        assert _same(a, re.compile(p, f)) and _same(b, re.compile(p, f)), p
    assert again[0].search("they designated X as a terrorist group").group("obj") == "X"


def test_compile_raises_as_re_does_and_a_corrupt_file_is_compiled_again(fresh_cache):
    with pytest.raises(re.error):
        literals.compile(r"(unclosed", 0)
    literals.compile(*PATTERNS[0])
    literals.save_codes()
    path = next(fresh_cache.glob("regex-*.pickle"))
    path.write_bytes(b"not a pickle")
    literals._CODES = None
    assert _same(literals.compile(*PATTERNS[0]), re.compile(*PATTERNS[0]))
    assert literals._CODES_NEW == 1


def test_cached_gazetteer_equals_a_fresh_build_and_follows_its_data(fresh_cache, tmp_path, monkeypatch):
    built = gazetteer.Gazetteer._build(gazetteer.DATA)
    cached = gazetteer._cached_build(gazetteer.Gazetteer)  # builds and writes
    files = list(fresh_cache.glob("gazetteer-*.pickle"))
    assert len(files) == 1
    again = gazetteer._cached_build(gazetteer.Gazetteer)  # reads it back
    assert again == built and cached == built and again is not cached
    assert again.resolve("Guardia Revolucionaria").id == "group:irgc"
    # a change to any data file names another file (and so rebuilds)
    data = tmp_path / "data"
    shutil.copytree(gazetteer.DATA, data)
    before = gazetteer._digest(data)
    groups = data / "groups.yaml"
    groups.write_text(groups.read_text(encoding="utf-8") + "\n# an analyst's note\n", encoding="utf-8")
    assert gazetteer._digest(data) != before
    # a corrupt file is rebuilt, not raised
    files[0].write_bytes(b"not a pickle")
    assert gazetteer._cached_build(gazetteer.Gazetteer) == built
