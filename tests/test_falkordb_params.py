"""graph.falkordb_params writes query parameters as text for FalkorDB: every string must
come back from the real server exactly as sent, and no value can escape its literal."""

from __future__ import annotations

import pytest

from graph.falkordb_params import encode, header
from graph.store import QueryError

TRICKY = [
    "", "'", '"', "\\", "\\\\", "\\'", '\\"', "a\\", '"a"', "\n", "\r\n", "\t", "\b", "\f",
    "\x01", "\x1f", "\x7f", "\u2028", "\\u0041", "\\\\u0041", "\\\x01", "ñandú", "中文", "😀", "e\u0301",
    "{", "}", "{a: 1}", '{"a": 1}', "`", "[1, 2]", "null", "true", "$rows", "//", "/* x */",
    # attempts to close the literal and run Cypher of their own
    '"}) MATCH (n) DETACH DELETE n //', "\\\"}) MATCH (n) DETACH DELETE n //",
    "' RETURN 1 //", '" RETURN 1 //', "\\u0022 RETURN 1 //",
]


def test_tricky_strings_come_back_unchanged(embedded_store):
    store = embedded_store
    store.clear()
    store.run("CREATE (:Canary {id: 'keep'})")
    for value in TRICKY:
        assert store.run("RETURN $v AS v", {"v": value}, read_only=True) == [{"v": value}], repr(value)
        # the same strings in a row list, a nested list and a map (the three encoder paths)
        row = [value, 1, None, [value, "x"], True, 0.5]
        assert store.run("RETURN $v AS v", {"v": [row]}, read_only=True) == [{"v": [row]}], repr(value)
        mapped = {"k": value, "nested": {"inner": [value]}}
        assert store.run("RETURN $v AS v", {"v": mapped}, read_only=True) == [{"v": mapped}], repr(value)
        # and written as a property through a write query
        store.run("UNWIND $rows AS r CREATE (:Probe {id: r[0], text: r[1]})", {"rows": [["p", value]]})
        got = store.run("MATCH (p:Probe {id: 'p'}) RETURN p.text AS t", read_only=True)
        assert got == [{"t": value}], repr(value)
        store.run("MATCH (p:Probe) DELETE p")
    assert store.run("MATCH (n) RETURN n.id AS id", read_only=True) == [{"id": "keep"}]


def test_encoded_text_keeps_every_value_inside_its_literal():
    for value in TRICKY:
        text = encode(value)
        assert text.startswith('"') and text.endswith('"')
        body = text[1:-1]
        # every quote inside is escaped by an odd number of backslashes
        i = body.find('"')
        while i != -1:
            run = len(body[:i]) - len(body[:i].rstrip("\\"))
            assert run % 2 == 1, (value, text)
            i = body.find('"', i + 1)


def test_maps_get_identifier_keys_and_lists_stay_json():
    assert encode({"a b": [1, "x"], "end": None}) == '{`a b`:[1,"x"],`end`:null}'
    assert encode([["a", 1, 2.5, True, None, ["b"]]]) == '[["a",1,2.5,true,null,["b"]]]'
    # a brace inside a string is not a map: the value is still written exactly
    assert encode(["{", {"k": "}"}]) == '["{",{`k`:"}"}]'
    assert header({"rows": [[1]], "id": "x"}) == 'CYPHER `rows`=[[1]] `id`="x" '
    assert header(None) == header({}) == ""


@pytest.mark.parametrize("value, problem", [
    ({"": 1}, "empty"), ({"a`b": 1}, "backtick"), (float("nan"), "NaN"), (float("inf"), "inf"),
    (b"bytes", "bytes"), (object(), "object"),
])
def test_values_without_a_literal_are_one_clear_error(embedded_store, value, problem):
    with pytest.raises(QueryError, match="query parameters not accepted"):
        embedded_store.run("RETURN $v AS v", {"v": value}, read_only=True)
