"""Every canned query passes Neo4j's own parser and semantic analysis (lintCypherQuery).

Runs queries/lint/lint.mjs with Node. CI installs the pinned linter with
`npm ci --prefix queries/lint`; without Node or that install the test is skipped.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from graph.schema import EDGE_PROPS, ENTITY_CLASSES, Claim, Document, Fact
from queries.runner import list_queries

LINT_DIR = Path(__file__).resolve().parents[1] / "queries" / "lint"
PACKAGE = LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support"

pytestmark = [
    pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed"),
    pytest.mark.skipif(not PACKAGE.is_dir(),
                       reason="Cypher linter not installed (npm ci --prefix queries/lint)"),
]


def _layout_schema() -> dict:
    """Labels, types and property keys of the store layout (ARCHITECTURE.md), from graph.schema."""
    keys = {"search", "fact", "modality_rank", "kind", "text"}
    for cls in [*ENTITY_CLASSES.values(), Document, Claim, Fact]:
        keys |= set(cls.model_fields)
    for props in EDGE_PROPS.values():
        keys |= set(props)
    return {
        "labels": ["Entity", *ENTITY_CLASSES, "Document", "Claim"],
        "relationshipTypes": [*EDGE_PROPS, "SUBJECT", "OBJECT", "IN_DOCUMENT", "ATTRIBUTED_TO"],
        "propertyKeys": sorted(keys),
    }


BAD_QUERY = ("// name: bad\n// param: a: str\n"
             "MATCH (n:Entity) WHERE n.name =~ $a AND n.id = $b RETURN apoc.text.join([], ',') AS j\n")


@pytest.fixture(scope="module")
def lint_report(tmp_path_factory) -> dict:
    """One Node run (loading the linter takes seconds): every query file plus a known-bad one."""
    tmp = tmp_path_factory.mktemp("lint")
    schema = tmp / "schema.json"
    schema.write_text(json.dumps(_layout_schema()))
    bad = tmp / "bad.cypher"
    bad.write_text(BAD_QUERY)
    files = [str(q.path) for q in list_queries()] + [str(bad)]
    proc = subprocess.run(["node", str(LINT_DIR / "lint.mjs"), "--schema", str(schema), *files],
                          capture_output=True, text=True, timeout=180)
    assert proc.stdout, proc.stderr
    report = json.loads(proc.stdout)
    report["returncode"] = proc.returncode
    return report


def test_every_query_file_is_linted(lint_report):
    linted = {q["name"] for q in lint_report["queries"]} - {"bad"}
    assert linted == {q.name for q in list_queries()}


# Neo4j 5 deprecates `CALL { }` for `CALL () { }`, which FalkorDB does not parse (4.16:
# "expected a procedure name or '{'"); both engines run the unscoped form.
PORTABLE_DEPRECATIONS = ("CALL subquery without a variable scope clause is deprecated",)


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_query_has_no_neo4j_errors(lint_report, name):
    entry = next(q for q in lint_report["queries"] if q["name"] == name)
    assert entry["errors"] == [], entry["errors"]
    # with the layout's labels, types and keys declared, a warning means a typo
    warnings = [w for w in entry["warnings"] if not w["message"].startswith(PORTABLE_DEPRECATIONS)]
    assert warnings == [], warnings


def test_linter_catches_what_it_must(lint_report):
    """The check can fail: an undeclared parameter, APOC and a regex are reported."""
    bad = next(q for q in lint_report["queries"] if q["name"] == "bad")
    messages = " | ".join(e["message"] for e in bad["errors"])
    assert "$b" in messages and "apoc.text.join" in messages and "=~" in messages
    assert lint_report["returncode"] == 1  # what CI or a shell would see
