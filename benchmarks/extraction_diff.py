"""Output check for extraction speed work: the exported records of the working tree
must equal, byte for byte, those of a base commit (default HEAD) on the same inputs.

Inputs: the five seeds, every tests/corpus/* set not marked unseen and a few hundred synthetic articles
(benchmarks/corpus.py, written once to a JSON-lines file so that both sides read the
same text). The base commit's code is exported with `git archive` into a temporary
folder and run there in a subprocess; its snapshot is cached by commit id and working
tree (the records hold the tree's paths). Nothing is written inside the repository.

    python -m benchmarks.extraction_diff                 # working tree vs HEAD
    python -m benchmarks.extraction_diff --base main     # vs another commit
    python -m benchmarks.extraction_diff -n 600          # more synthetic articles
    python -m benchmarks.extraction_diff --time 5        # + CPU ms per synthetic article,
                                                         #   base and now interleaved, 5 rounds
    python -m benchmarks.extraction_diff --sets seeds,corpus-dev   # only these sets (+ synthetic)

Exit status 0 when every set is identical, 1 otherwise (the first differing lines are
printed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(tempfile.gettempdir()) / "geokg-extraction-diff"


def _sets(corpus: Path, only: list[str] | None = None) -> dict[str, list[str]]:
    """The sets to extract; `only` (names as printed, e.g. "synthetic", "corpus-dev", "seeds")
    keeps just those: the corpus folders of others' evaluation sets are then never read. With no
    `only`, the sets quality_floors.yaml marks `unseen` are left out too (their differing lines
    would print text nobody writing rules may read); name one in --sets to include it."""
    unseen: set[str] = set()
    if only is None:
        import yaml  # (a dependency of the package: pyyaml)
        floors = yaml.safe_load((ROOT / "tests" / "quality_floors.yaml").read_text(encoding="utf-8")) or {}
        unseen = {k for k, v in floors.items() if isinstance(v, dict) and v.get("unseen")}
    out = {"seeds": [str(ROOT / "seeds")]}
    for d in sorted((ROOT / "tests" / "corpus").iterdir()):
        if d.is_dir() and (f"corpus-{d.name}" in only if only is not None else d.name not in unseen):
            out[f"corpus-{d.name}"] = [str(d)]
    out["synthetic"] = [str(corpus)]
    if only is not None:
        out = {k: v for k, v in out.items() if k in only}
    return out


def snapshot(corpus: Path, out: Path, only: list[str] | None = None) -> dict[str, float]:
    """Extract every set with the code importable here; one records file per set.
    Returns CPU seconds per set."""
    from graph.records import batch_to_records, write_jsonl
    from loaders import load

    out.mkdir(parents=True, exist_ok=True)
    cpu = {}
    for name, paths in _sets(corpus, only).items():
        c0 = time.process_time()
        result = load(paths, workers=1)
        cpu[name] = time.process_time() - c0
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            write_jsonl(batch_to_records(result.batch), fh)
            for path, reason in result.skipped:
                fh.write(json.dumps({"skipped": path, "reason": reason}, ensure_ascii=False) + "\n")
            for w in result.warnings:
                fh.write(json.dumps({"warning": w}, ensure_ascii=False) + "\n")
    return cpu


def cpu_per_doc(corpus: Path) -> float:
    """CPU seconds per synthetic article for loaders.load (one worker), after a warm-up."""
    from loaders import load

    load([str(corpus)], workers=1)  # imports, gazetteer, rules, caches
    c0 = time.process_time()
    result = load([str(corpus)], workers=1)
    return (time.process_time() - c0) / max(1, len(result.documents))


def _timed(code: Path, corpus: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(code)}
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--time-only", "--corpus", str(corpus)],
                         cwd=code, env=env, check=True, capture_output=True, text=True).stdout
    return float(out.split()[-1])


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def _base_code(sha: str) -> Path:
    code = WORK / f"code-{sha[:12]}"
    if not code.exists():
        code.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", sha, "loaders", "graph"], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
    return code


def _base_snapshot(ref: str, corpus: Path, only: list[str] | None = None) -> Path:
    sha = _git("rev-parse", ref)
    # per working tree too: the records hold the documents' paths, which are this tree's (a snapshot
    # another worktree made of the same commit differs in every path)
    tree = hashlib.sha1(str(ROOT).encode()).hexdigest()[:8]
    tag = "" if only is None else "-" + hashlib.sha1(",".join(sorted(only)).encode()).hexdigest()[:8]
    out = WORK / f"base-{sha[:12]}-{corpus.stem}-{tree}{tag}"
    if (out / "synthetic.jsonl").exists():
        return out
    code = _base_code(sha)
    env = {**os.environ, "PYTHONPATH": str(code)}
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--snapshot-only", "--corpus", str(corpus),
                    "--out", str(out), *(["--sets", ",".join(only)] if only is not None else [])],
                   cwd=code, env=env, check=True)
    return out


def _compare(base: Path, head: Path, names) -> bool:
    same = True
    for name in names:
        a = (base / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        b = (head / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        if a == b:
            print(f"  {name:<18} identical ({len(a)} records)")
            continue
        same = False
        only_a = [x for x in a if x not in set(b)]
        only_b = [x for x in b if x not in set(a)]
        print(f"  {name:<18} DIFFERS: base {len(a)} lines, now {len(b)}; {len(only_a)} only in base, "
              f"{len(only_b)} only now")
        for x in only_a[:3]:
            print(f"    - {x[:300]}")
        for x in only_b[:3]:
            print(f"    + {x[:300]}")
    return same


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="exported records of the working tree vs a base commit")
    ap.add_argument("--base", default="HEAD", help="commit to compare with (default HEAD)")
    ap.add_argument("-n", "--docs", type=int, default=300, help="synthetic articles (default 300)")
    ap.add_argument("--time", type=int, default=0, metavar="ROUNDS",
                    help="also time base and working tree, interleaved, ROUNDS times (CPU ms per article)")
    ap.add_argument("--sets", help="comma-separated set names to compare (e.g. synthetic,seeds,corpus-dev); "
                    "default every set")
    ap.add_argument("--snapshot-only", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--time-only", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    only = [x.strip() for x in args.sets.split(",") if x.strip()] if args.sets else None
    if only is not None and "synthetic" not in only:
        only.append("synthetic")
    if args.snapshot_only:  # run by _base_snapshot inside the exported base code
        snapshot(Path(args.corpus), Path(args.out), only)
        return 0
    if args.time_only:  # run by _timed, in the base code or the working tree
        print(cpu_per_doc(Path(args.corpus)))
        return 0

    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import article

    WORK.mkdir(parents=True, exist_ok=True)
    corpus = WORK / f"synthetic-{args.docs}.jsonl"
    if not corpus.exists():
        with open(corpus, "w", encoding="utf-8") as fh:
            for i in range(args.docs):
                fh.write(json.dumps(article(i, 0), ensure_ascii=False) + "\n")
    t0 = time.perf_counter()
    base = _base_snapshot(args.base, corpus, only)
    t1 = time.perf_counter()
    head = Path(tempfile.mkdtemp(prefix="now-", dir=WORK))
    cpu = snapshot(corpus, head, only)
    print(f"extraction diff: working tree vs {args.base} (base snapshot {t1 - t0:.1f} s, "
          f"now {sum(cpu.values()):.1f} CPU s, synthetic {cpu['synthetic'] / args.docs * 1000:.2f} CPU ms/doc)")
    same = _compare(base, head, _sets(corpus, only))
    print("identical" if same else "OUTPUT CHANGED")
    if args.time:
        import statistics

        code = _base_code(_git("rev-parse", args.base))
        base_t, now_t = [], []
        for _ in range(args.time):  # interleaved, so machine load touches both alike
            base_t.append(_timed(code, corpus) * 1000)
            now_t.append(_timed(ROOT, corpus) * 1000)
        b, n = statistics.median(base_t), statistics.median(now_t)
        print(f"CPU ms per synthetic article (one worker, {args.docs} articles, median of {args.time} "
              f"interleaved runs): base {b:.2f} {[round(x, 2) for x in base_t]}, now {n:.2f} "
              f"{[round(x, 2) for x in now_t]}: {100 * (n - b) / b:+.1f}% (load average {os.getloadavg()[0]:.1f})")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
