"""The pool's warm-up builds, before forking, what extraction otherwise builds lazily in
every worker (gazetteer, rules and their literal gates): forked workers inherit it."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import json
from loaders import literals, pipeline, relations
from loaders.gazetteer import Gazetteer
pipeline._warm()
built = {"gazetteer": Gazetteer.load.cache_info().currsize, "rule_gates": relations._bank.cache_info().currsize,
         "literal_gates": len(literals._GATES)}
misses = (relations._bank.cache_info().misses, Gazetteer.load.cache_info().misses)
from loaders.extract import extract
from graph.schema import Document
extract(Document(id="doc:x", text="Bolivia signed a memorandum of understanding with Iran on July 20, 2023.",
                 language="en", published="2023-08-01"))
built["rebuilt"] = [a - b for a, b in zip((relations._bank.cache_info().misses, Gazetteer.load.cache_info().misses), misses)]
print(json.dumps(built))
"""


def test_warm_up_builds_the_lazy_parts_before_the_workers_fork():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    built = json.loads(out.stdout.strip().splitlines()[-1])
    assert built["gazetteer"] == 1
    assert built["rule_gates"] == 2  # English and Spanish
    assert built["literal_gates"] > 20  # the date patterns and the per-sentence actor scans
    # the first real document builds none of them again
    assert built["rebuilt"] == [0, 0]
