"""Extraction quality on the gold corpora, through the real pipeline (loaders.load).

The bar of issue 3: precision >= 0.9 and recall >= 0.8 overall and for every relation
type with enough support, dates right for >= 90% of dated facts, and no denied or
negated statement as a positive edge.

Corpora listed in BAR are held to that bar. The others (our own articles; `blind/`
and `heldout2/` measure generalisation to unseen text) do not reach it yet: they are
held to the floors in tests/quality_floors.yaml, the figures last measured minus a small
margin, so any regression fails while the gap to the bar stays visible in the printed
report. Raise a floor when quality improves; move a corpus to BAR once it meets it.

    pytest tests/test_quality.py -s      # show the tables even when passing
"""

from __future__ import annotations

from pathlib import Path

import pytest

import yaml

from loaders.evaluate import evaluate, load_gold

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "seeds": (ROOT / "seeds", ROOT / "seeds" / "gold.yaml"),
    "dev": (ROOT / "tests" / "corpus" / "dev", ROOT / "tests" / "corpus" / "dev" / "gold.yaml"),
    "heldout": (ROOT / "tests" / "corpus" / "heldout", ROOT / "tests" / "corpus" / "heldout" / "gold.yaml"),
    "heldout2": (ROOT / "tests" / "corpus" / "heldout2", ROOT / "tests" / "corpus" / "heldout2" / "gold.yaml"),
}
# Any other gold set in the same format (e.g. tests/corpus/blind/, written by someone else).
CORPORA.update({g.parent.name: (g.parent, g) for g in sorted((ROOT / "tests" / "corpus").glob("*/gold.yaml"))
                if g.parent.name not in CORPORA})
MIN_PRECISION, MIN_RECALL, MIN_DATES, MIN_SUPPORT = 0.9, 0.8, 0.9, 3
BAR = {"seeds"}
FLOORS = yaml.safe_load((ROOT / "tests" / "quality_floors.yaml").read_text(encoding="utf-8"))


def test_every_corpus_has_a_bar_or_a_floor():
    assert set(CORPORA) <= BAR | set(FLOORS), f"no bar or floor for {set(CORPORA) - BAR - set(FLOORS)}"


@pytest.fixture(scope="module", params=sorted(CORPORA))
def scored(request):
    from loaders import load

    folder, gold = CORPORA[request.param]
    result = load([folder])
    report = evaluate(result, gold)
    print(f"\n=== {request.param} ===\n{report}")
    return request.param, result, report


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_every_gold_document_is_loaded(scored):
    name, result, report = scored
    assert not report.missing_documents, f"{name}: not loaded: {report.missing_documents}; skipped: {result.skipped}"


def test_gold_quotes_survive_cleaning(scored):
    """Every required fact's sentence is still in the cleaned text the claims point into."""
    name, result, report = scored
    texts = {d.id: _flat(d.text or "") for d in result.documents}
    lost = []
    for gold_doc, doc_report in zip(load_gold(CORPORA[name][1]), report.documents):
        text = texts.get(doc_report.document, "")
        for f in gold_doc.facts + gold_doc.negatives:
            if not f.optional and _flat(f.quote) not in text:
                # (an unseen set's failure names its documents, never their text)
                lost.append(gold_doc.label if FLOORS.get(name, {}).get("unseen") else f"{gold_doc.label}: {f.quote!r}")
    assert not lost, f"{name}: cleaning dropped article text:\n" + "\n".join(lost)


def test_no_denied_statement_becomes_a_positive_edge(scored):
    name, _, report = scored
    # An unseen set may record how many violations it had when it landed (never tuned on, so
    # they stay until a general mechanism fixes them); any further one fails. Its text is not
    # printed: the rule writers must not read it.
    allowed = FLOORS.get(name, {}).get("violations", 0)
    if FLOORS.get(name, {}).get("unseen"):
        found = len(report.violations)  # (a count: pytest's assertion rewriting would print the list's text)
        assert found <= allowed, f"{name}: {found} negatives extracted as positive edges (at most {allowed} known)"
        return
    lines = [f"{v['document']}: {v['gold']} (text: {v['quote']!r}) appears as {v['extracted']}"
             for v in report.violations]
    assert len(lines) <= allowed, f"{name}: negatives extracted as positive edges:\n" + "\n".join(lines)


def test_precision_and_recall(scored):
    name, _, report = scored
    if name not in BAR:
        floor = FLOORS[name]
        o = report.overall
        assert (o.precision or 0) >= floor["precision"] and (o.recall or 0) >= floor["recall"], (
            f"{name}: precision {o.precision:.2f} / recall {o.recall:.2f} fell below the floor "
            f"{floor['precision']:.2f} / {floor['recall']:.2f}\n\n{report}")
        return
    problems = []
    rows = [("overall", report.overall)] + [
        (t, s) for t, s in sorted(report.by_type.items()) if s.support >= MIN_SUPPORT]
    for label, s in rows:
        if s.precision is not None and s.precision < MIN_PRECISION:
            problems.append(f"{label}: precision {s.precision:.2f} < {MIN_PRECISION} (tp {s.tp}, fp {s.fp})")
        if s.recall is not None and s.recall < MIN_RECALL:
            problems.append(f"{label}: recall {s.recall:.2f} < {MIN_RECALL} (tp {s.tp}, fn {s.fn})")
    assert not problems, f"{name}:\n" + "\n".join(problems) + f"\n\n{report}"


def test_dates(scored):
    name, _, report = scored
    d = report.dates
    minimum = MIN_DATES if name in BAR else FLOORS[name]["dates"]
    assert d.total == 0 or d.value >= minimum, (
        f"{name}: date accuracy {d.ok}/{d.total} = {d.value:.2f} < {minimum}\n\n{report}")
