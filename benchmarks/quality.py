"""Extraction quality on the annotated sets, as counts only: tp / fp / fn per set, per relation type, and where
the missed facts were lost (loaders.evaluate.LOST_AT). It never prints a document's text, so its output is safe
for sets nobody may read; sets marked `unseen: true` in tests/quality_floors.yaml are still left out unless asked
for, since the people tuning rules should not watch them move.

    python -m benchmarks.quality                     # every readable set (seeds + tests/corpus/*)
    python -m benchmarks.quality blind28 blind29 --types --lost
    python -m benchmarks.quality --unseen --json out.json   # the unseen sets only (end-of-session figures)

Sets are scored in two processes (one per core), each through the real pipeline (loaders.load) and scorer.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def folder(name: str) -> Path:
    return ROOT / "seeds" if name == "seeds" else CORPUS / name


def _order(name: str) -> tuple:
    digits = "".join(c for c in name if c.isdigit())
    return (name.rstrip("0123456789"), int(digits) if digits else -1)


def sets_by_role() -> tuple[list[str], list[str]]:
    """(readable sets, unseen sets): every folder with a gold.yaml, split by the floors' `unseen` flag."""
    floors = yaml.safe_load((ROOT / "tests" / "quality_floors.yaml").read_text(encoding="utf-8")) or {}
    names = ["seeds"] + sorted((p.parent.name for p in CORPUS.glob("*/gold.yaml")), key=_order)
    unseen = [n for n in names if (floors.get(n) or {}).get("unseen")]
    return [n for n in names if n not in unseen], unseen


def score(name: str) -> dict:
    from loaders import load
    from loaders.evaluate import evaluate

    f = folder(name)
    rep = evaluate(load([str(f)]).batch, str(f / "gold.yaml"))
    o = rep.overall
    return {"set": name, "tp": o.tp, "fp": o.fp, "fn": o.fn, "dates": [rep.dates.ok, rep.dates.total],
            "types": {k: [s.tp, s.fp, s.fn] for k, s in rep.by_type.items()}, "lost": rep.lost}


def _pr(tp: int, fp: int, fn: int) -> str:
    from loaders.evaluate import Score  # (the scorer's own precision and recall; None where nothing counts)

    s = Score(tp, fp, fn)
    return f"P {s.precision or 0.0:.3f} R {s.recall or 0.0:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="set names (default: every readable set)")
    ap.add_argument("--unseen", action="store_true", help="score the sets marked unseen instead")
    ap.add_argument("--types", action="store_true", help="rows per relation type, summed over the sets")
    ap.add_argument("--lost", action="store_true", help="missed facts by where extraction lost them")
    ap.add_argument("--json", metavar="FILE", help="also write the per-set figures as JSON")
    args = ap.parse_args(argv)

    readable, unseen = sets_by_role()
    names = args.sets or (unseen if args.unseen else readable)
    for n in names:
        if not (folder(n) / "gold.yaml").is_file():
            ap.error(f"{n}: no gold.yaml in {folder(n)}")
    with ProcessPoolExecutor(2) as pool:
        results = list(pool.map(score, names))

    total, dates = [0, 0, 0], [0, 0]
    types: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    lost: dict[str, int] = defaultdict(int)
    for r in results:
        print(f"{r['set']:10s} {r['tp']:5d} {r['fp']:4d} {r['fn']:5d}  {_pr(r['tp'], r['fp'], r['fn'])}  "
              f"dates {r['dates'][0]}/{r['dates'][1]}")
        total = [a + b for a, b in zip(total, (r["tp"], r["fp"], r["fn"]))]
        dates = [dates[0] + r["dates"][0], dates[1] + r["dates"][1]]
        for k, v in r["types"].items():
            types[k] = [a + b for a, b in zip(types[k], v)]
        for k, v in r["lost"].items():
            lost[k] += v
    print(f"{'TOTAL':10s} {total[0]:5d} {total[1]:4d} {total[2]:5d}  {_pr(*total)}  dates {dates[0]}/{dates[1]}")
    if args.types:
        for k in sorted(types):
            print(f"  {k:18s} {types[k][0]:5d} {types[k][1]:4d} {types[k][2]:5d}")
    if args.lost:
        for k, v in lost.items():
            print(f"  lost: {k:36s} {v}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
