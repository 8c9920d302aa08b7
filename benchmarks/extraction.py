"""Extraction throughput (documents and words per second, one worker and two), with the
cost of bare tokenisation of the same text as the floor, measured in the same run.

Extraction is the whole document pipeline without a store: loaders.load(corpus,
workers=N) reads, cleans, detects language and extracts every document of a synthetic
corpus (benchmarks/corpus.py, ~800-word articles in English and Spanish). The floor is
spaCy's blank tokeniser (`spacy.blank("en")` / `spacy.blank("es")`, by document
language, one process) over the same raw texts: nothing can read text for less.

Ratio = extraction time per document with one worker / tokenisation time per document.
Targets (2-core machine): >= 100 articles/s with two workers; ratio <= 10.

    python -m benchmarks.extraction             # 1,000 articles, median of 3 runs
    python -m benchmarks.extraction --quick     # 100 articles, 1 run
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time

from benchmarks.corpus import article


def _tokenise_seconds(docs: list[dict]) -> float:
    import spacy

    nlp = {"en": spacy.blank("en"), "es": spacy.blank("es")}
    t0 = time.perf_counter()
    n = 0
    for d in docs:
        n += len(nlp["es" if d["language"] == "es" else "en"](d["text"]))
    return time.perf_counter() - t0


def _load_seconds(path: str, workers: int) -> tuple[float, object]:
    from loaders import load

    t0 = time.perf_counter()
    result = load([path], workers=workers)
    return time.perf_counter() - t0, result


def bench(n: int, runs: int, seed: int = 0) -> dict:
    from loaders import load

    docs = [article(i, seed) for i in range(n)]
    words = sum(len(d["text"].split()) for d in docs)
    with tempfile.TemporaryDirectory(prefix="geokg-extract-") as tmp:
        path = os.path.join(tmp, "corpus.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        warm = os.path.join(tmp, "warm.jsonl")
        with open(warm, "w", encoding="utf-8") as fh:
            for d in docs[:5]:
                fh.write(json.dumps({**d, "id": "warm-" + d["id"]}, ensure_ascii=False) + "\n")
        load([warm], workers=1)  # imports, gazetteer, rules, language models: built once
        _tokenise_seconds(docs[:5])

        tok, one, two = [], [], []
        result = None
        for _ in range(runs):  # interleaved, so machine load affects all three alike
            tok.append(_tokenise_seconds(docs))
            s, result = _load_seconds(path, 1)
            one.append(s)
            s, _ = _load_seconds(path, 2)
            two.append(s)
    t_tok, t1, t2 = statistics.median(tok), statistics.median(one), statistics.median(two)
    summary = result.summary
    return {
        "benchmark": "extraction", "documents": n, "words": words,
        "words_per_document": round(words / n), "runs": runs,
        "loaded": summary["documents"], "skipped": summary["skipped"],
        "entities": summary["entities"], "claims": summary["claims"], "facts": summary["facts"],
        "claims_per_document": round(summary["claims"] / max(1, summary["documents"]), 2),
        "claims_per_fact": round(summary["claims"] / max(1, summary["facts"]), 2),
        "docs_per_s_1_worker": round(n / t1, 1), "docs_per_s_2_workers": round(n / t2, 1),
        "words_per_s_1_worker": round(words / t1), "words_per_s_2_workers": round(words / t2),
        "tokenise_docs_per_s": round(n / t_tok, 1),
        "ratio_to_tokenisation": round(t1 / t_tok, 2),
        "target": ">= 100 docs/s with 2 workers; <= 10x tokenisation",
        "met": n / t2 >= 100 and t1 / t_tok <= 10,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="extraction throughput vs bare tokenisation")
    ap.add_argument("-n", "--docs", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="100 articles, 1 run")
    ap.add_argument("--json", action="store_true", help="print one JSON line only")
    args = ap.parse_args(argv)
    if args.quick:
        args.docs, args.runs = 100, 1
    r = bench(args.docs, args.runs)
    if args.json:
        print(json.dumps(r))
        return 0
    print(f"extraction, {r['documents']} synthetic articles (~{r['words_per_document']} words, en/es), "
          f"median of {r['runs']} (cores: {os.cpu_count()})")
    print(f"  1 worker   {r['docs_per_s_1_worker']:>8,.1f} docs/s  {r['words_per_s_1_worker']:>10,} words/s")
    print(f"  2 workers  {r['docs_per_s_2_workers']:>8,.1f} docs/s  {r['words_per_s_2_workers']:>10,} words/s"
          f"   (target >= 100 docs/s)")
    print(f"  spacy.blank tokenisation {r['tokenise_docs_per_s']:,.1f} docs/s; extraction costs "
          f"{r['ratio_to_tokenisation']}x tokenisation (target <= 10x)")
    print(f"  yield: {r['loaded']} loaded, {r['skipped']} skipped, {r['claims']} claims, {r['facts']} facts "
          f"({r['claims_per_document']} claims/document, {r['claims_per_fact']} claims/fact)")
    print(f"  targets: {'met' if r['met'] else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
