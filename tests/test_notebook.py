"""examples/analyst.ipynb runs top to bottom in a fresh kernel (the venv's python3)."""

from __future__ import annotations

from html import unescape
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "analyst.ipynb"


@pytest.fixture(scope="module")
def executed():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # run from examples/ as an analyst would; the notebook finds the repository root itself
    NotebookClient(nb, kernel_name="python3", timeout=300,
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    return nb


def test_no_cell_errored(executed):
    for cell in executed.cells:
        if cell.cell_type == "code":
            errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
            assert not errors, f"cell failed: {cell.source[:80]!r}: {errors[0].get('ename')}"


def test_outputs_show_dataframes_and_an_inline_graph(executed):
    html = [o["data"]["text/html"] for c in executed.cells if c.cell_type == "code"
            for o in c.get("outputs", []) if "text/html" in o.get("data", {})]
    tables = [h for h in html if "<table" in h]
    assert any("Ecuador" in t and "Islamic Revolutionary Guard Corps" in t for t in tables)
    graphs = [unescape(h) for h in html if "<iframe srcdoc=" in h]
    assert len(graphs) == 2
    assert "vis.Network" in graphs[0] and "Islamic Revolutionary Guard Corps" in graphs[0]
