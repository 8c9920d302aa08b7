"""Which regexes of the actor finder cost the most per sentence, and what a literal
pre-check (loaders.literals) would save on each.

Every compiled module-level pattern of loaders/actors.py is searched over every
sentence of a synthetic corpus (benchmarks/corpus.py), once plainly and once behind
its literal gate. A new per-sentence pattern that tries many alternatives at every
position (a lazy word prefix before an alternation, say) shows up at the top; wrap its
scan in `literals.finditer(rx, text, s, e)` / `literals.search(...)` when the gated
figure is much lower (same matches, fewer scans).

    python -m benchmarks.extraction_regexes            # 200 articles, top 15
    python -m benchmarks.extraction_regexes -n 500 --top 30

Patterns the code only applies at one position (`.match(text, pos)`) or to short windows
are listed too: check how a pattern is used before gating it.
Figures are CPU milliseconds per article (time.process_time), one process; on a shared
machine compare patterns within one run, not across runs.
"""

from __future__ import annotations

import argparse
import re
import sys
import time


def sentences(n: int) -> list[tuple[str, list[tuple[int, int]]]]:
    """(cleaned text, sentence spans) per synthetic article, as extract() splits them."""
    from benchmarks.corpus import article
    from loaders import language, sentences as sent
    from loaders.cleaning import clean

    out = []
    for i in range(n):
        d = article(i, 0)
        text = clean(d["text"], {}).text
        spans = [span for p in language.paragraphs(text) for span in sent.split(text, p.start, p.end)]
        out.append((text, spans))
    return out


def costs(docs, module) -> list[tuple[str, float, float, int, int]]:
    """(name, plain ms/article, gated ms/article, sentences passing the gate, literal count)."""
    from loaders.literals import Gate, fold

    rows = []
    n = len(docs)
    for name, rx in vars(module).items():
        if not isinstance(rx, re.Pattern) or not isinstance(rx.pattern, str):
            continue
        gate = Gate(rx)
        c0 = time.process_time()
        for text, spans in docs:
            for s, e in spans:
                rx.search(text, s, e)
        plain = time.process_time() - c0
        passed = 0
        c0 = time.process_time()
        for text, spans in docs:
            for s, e in spans:
                if gate.may_match(fold(text[s:e])):
                    passed += 1
                    rx.search(text, s, e)
        gated = time.process_time() - c0
        rows.append((name, plain * 1000 / n, gated * 1000 / n, passed, len(gate.literals or ())))
    return sorted(rows, key=lambda r: -r[1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="per-sentence regex costs of loaders/actors.py")
    ap.add_argument("-n", "--docs", type=int, default=200)
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args(argv)
    from loaders import actors

    docs = sentences(args.docs)
    total = sum(len(s) for _, s in docs)
    print(f"{args.docs} synthetic articles, {total} sentences; CPU ms per article for one search per sentence")
    print(f"  {'pattern':<24} {'plain':>8} {'gated':>8}  {'gate passes':>12}  literals")
    for name, plain, gated, passed, lits in costs(docs, actors)[:args.top]:
        print(f"  {name:<24} {plain:8.3f} {gated:8.3f}  {passed:>12}  {lits or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
