"""One vocabulary for what an actor is urged to do (URGED's `action`), in both languages.

Read from loaders/data/actions.yaml: canonical English verb -> word-start stems (English
and Spanish). Extraction names a request with its canonical verb, so "pidió a Perú que
revise el acuerdo" and "urged Peru to review the deal" give the same action; the evaluator
uses the same table to compare gold and extracted actions.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from graph import ids

ACTIONS_FILE = Path(__file__).parent / "data" / "actions.yaml"


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, tuple[str, ...]], ...]:
    try:
        data = yaml.safe_load(ACTIONS_FILE.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{ACTIONS_FILE}: cannot read the action vocabulary ({exc})") from None
    actions = data.get("actions")
    if not isinstance(actions, dict):
        raise ValueError(f"{ACTIONS_FILE}: expected a mapping 'actions: {{verb: [stems]}}'")
    return tuple((str(verb), tuple(ids.normalise(str(s)) + ("$" if str(s).endswith("$") else "")
                                   for s in stems or ())) for verb, stems in actions.items())


def canonical_action(phrase: str) -> str | None:
    """The canonical verb for a requested act ("revise el acuerdo" -> "review"), or None."""
    text = ids.normalise(phrase)
    if not text:
        return None
    first = text.split()[0]
    for verb, stems in _table():
        for stem in stems:
            if stem.endswith("$"):
                if first == stem[:-1]:
                    return verb
            elif text.startswith(stem) if " " in stem else first.startswith(stem):
                return verb
    return None
