"""Query parameters for FalkorDB, written as the `CYPHER name=value ...` header it parses.

FalkorDB takes parameters only as text in front of the query. The falkordb client
writes them with a recursive Python function (helpers.stringify_param_value), measured
at about a third of the client's CPU time of a load. Here json.dumps (C) writes the
values: JSON's lists, strings, numbers, true/false/null are also Cypher literals. Two
differences are handled:

- maps: Cypher map keys are identifiers, not strings. JSON text without any `{` holds
  no map; otherwise the value is written by a small recursive encoder that puts keys in
  backticks (the client's rule: no empty key, no backtick in a key).
- escapes: FalkorDB's string literals understand \\\\ \\" \\n \\r \\t \\b \\f but not
  JSON's \\uXXXX, which json.dumps(ensure_ascii=False) uses only for the other control
  characters U+0000..U+001F. Those escapes are turned back into the raw characters, which
  is what the client sends for them.

Values always stay parameters: nothing here is ever spliced into the query body.
"""

from __future__ import annotations

import json
import re

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode

# a JSON \u escape: preceded by an even number of backslashes (escaped backslashes), so
# the backslash before the `u` is an escape and not a literal backslash of the data
_U_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\u([0-9a-fA-F]{4})")


def _raw(match: re.Match) -> str:
    return match.group(1) + chr(int(match.group(2), 16))


def _literal(value) -> str:
    """A value without maps as Cypher literal text."""
    text = _dumps(value)
    if "\\u" in text:
        text = _U_ESCAPE.sub(_raw, text)
    return text


def _key(key) -> str:
    text = key.decode() if isinstance(key, bytes) else str(key)
    if text == "":
        raise ValueError("Cypher map key cannot be empty")
    if "`" in text:
        raise ValueError(f"Cypher map key cannot contain a backtick: {text!r}")
    return f"`{text}`"


def _with_maps(value) -> str:
    if isinstance(value, dict):
        return "{" + ",".join(f"{_key(k)}:{encode(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):  # each item the fast way when it can be
        return "[" + ",".join(map(encode, value)) + "]"
    return _literal(value)


def encode(value) -> str:
    """One parameter value as Cypher literal text (ValueError/TypeError if it has none)."""
    text = _dumps(value)
    if "{" in text:  # a map somewhere (or only a brace inside a string): the slow, exact way
        return _with_maps(value)
    if "\\u" in text:
        text = _U_ESCAPE.sub(_raw, text)
    return text


def header(params: dict | None) -> str:
    """The `CYPHER a=... b=... ` prefix for a query (empty without parameters)."""
    if not params:
        return ""
    return "CYPHER " + " ".join(f"{_key(k)}={encode(v)}" for k, v in params.items()) + " "
