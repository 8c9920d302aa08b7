"""The Cypher the Python steps send (queries/runner.py, queries/centrality.py) passes Neo4j's
own linter too: those steps run on both engines, like the query files tests/test_cypher_lint.py
checks. Every module constant named _Q_* is linted, with its $parameters declared."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from queries import centrality, runner
from test_cypher_lint import LINT_DIR, PORTABLE_DEPRECATIONS, _layout_schema, pytestmark  # noqa: F401

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")  # a template the runner fills from the schema first


def _step_queries() -> dict[str, str]:
    out = {}
    for module in (runner, centrality):
        for name, text in vars(module).items():
            if name.startswith("_Q_") and isinstance(text, str) and not _PLACEHOLDER.search(text):
                out[f"{module.__name__.split('.')[-1]}.{name}"] = text
    return out


@pytest.fixture(scope="module")
def step_report(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("lint_steps")
    schema = _layout_schema()
    schema["labels"] += ["Centrality", "CentralityRun"]
    schema["propertyKeys"] = sorted(set(schema["propertyKeys"]) | {
        "actor_id", "actor", "degree", "facts_out", "betweenness", "rank", "type_rank", "moved",
        "version", "pivots", "betweenness_version", "actors"})
    (tmp / "schema.json").write_text(json.dumps(schema))
    files = []
    for name, text in _step_queries().items():
        params = sorted(set(re.findall(r"\$([A-Za-z_]\w*)", text)))
        path = tmp / f"{name}.cypher"
        path.write_text(f"// name: {name}\n" + "".join(f"// param: {p}: str\n" for p in params) + text + "\n")
        files.append(str(path))
    proc = subprocess.run(["node", str(LINT_DIR / "lint.mjs"), "--schema", str(tmp / "schema.json"), *files],
                          capture_output=True, text=True, timeout=180)
    assert proc.stdout, proc.stderr
    return json.loads(proc.stdout)


def test_the_steps_send_cypher_neo4j_accepts(step_report):
    assert {q["name"] for q in step_report["queries"]} == set(_step_queries())
    assert "runner._Q_OUTLET_DOCUMENTS" in _step_queries() and "centrality._Q_MOVE" in _step_queries()
    bad = {q["name"]: q["errors"] for q in step_report["queries"] if q["errors"]}
    assert bad == {}
    warned = {q["name"]: w for q in step_report["queries"]
              for w in [[x for x in q["warnings"] if not x["message"].startswith(PORTABLE_DEPRECATIONS)]] if w}
    assert warned == {}
