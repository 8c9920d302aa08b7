"""`geokg extract PATH... -o DIR`: extraction results as JSONL batch files, no store.

Extraction can then run anywhere (another machine, a cluster, a Spark job) and the
files be loaded later with `geokg load DIR`, which takes graph batch files as they are.

    from loaders.batch_files import extract_to_dir
    summary = extract_to_dir(["corpus/"], "batches/", workers=2, docs_per_file=1000)

Each file `batch-00000.jsonl`, `batch-00001.jsonl`, ... holds up to `docs_per_file`
documents as graph/records.py lines: their `document` lines, the `node` lines of every
entity they name, and their `claim` lines. Each file is a self-contained Batch
(graph.records.read_jsonl reads it). Fact `edge` lines are left out on purpose: an
edge summarises claims from every file, so importers compute edges from the claims.

Documents are streamed: memory holds one file's worth of documents, not the corpus.
Files are written under a temporary name and renamed when complete, so a crashed run
never leaves a half-written file that a later `geokg load DIR` would read. Earlier
`batch-*.jsonl` files in DIR are removed first, so DIR always holds one run.
"""

from __future__ import annotations

import json
import os
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterable, Iterator

from graph.records import claim_record, document_record, node_record
from loaders import pipeline

FILE_PATTERN = "batch-{:05d}.jsonl"


class ExtractError(Exception):
    """An expected failure (output folder unusable); the message is one line."""


def _warm() -> None:
    """Process-pool initializer: build each worker's expensive objects once."""
    from loaders import language
    from loaders.extract import extract  # noqa: F401  (import = gazetteer and rules loaded)

    language.detect("warm up the language detector once per worker")


def units(paths, workers: int = 1) -> Iterator[pipeline.Unit | pipeline.Skipped]:
    """Skipped inputs, then one pipeline.Unit per file or JSON-lines document, in order."""
    items, skipped = pipeline.plan(paths)
    yield from skipped
    if workers > 1 and len(items) > 1:
        import multiprocessing as mp

        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
        if ctx is not None:
            _warm()  # built once here, shared copy-on-write by the forked workers
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_warm) as pool:
            chunk = max(1, min(16, len(items) // (workers * 4)))
            yield from pool.map(pipeline.process, items, chunksize=chunk)
    else:
        for item in items:
            yield pipeline.process(item)


def _records(docs: list[tuple]) -> Iterator[dict]:
    """Records of one file: documents, then the entities they name (merged), then claims."""
    entities: dict[str, object] = {}
    for doc, ents, _ in docs:
        for e in ents:
            entities[e.id] = pipeline.merge_entities(entities[e.id], e) if e.id in entities else e
    yield from (document_record(d) for d, _, _ in docs)
    yield from (node_record(entities[k]) for k in sorted(entities))
    claims = {c.id: c for _, _, cs in docs for c in cs}
    yield from (claim_record(claims[k]) for k in sorted(claims))


def _split(batch, seen_docs: set[str]) -> list[tuple]:
    """A batch read from a file, as (document, entities, claims) per document; entities
    no claim names go with the first document so none is lost."""
    by_id = {e.id: e for e in batch.entities}
    claims_of: dict[str, list] = {}
    for c in batch.claims:
        claims_of.setdefault(c.document, []).append(c)
    out, named = [], set()
    for d in batch.documents:
        if d.id in seen_docs:
            continue
        seen_docs.add(d.id)
        cs = claims_of.get(d.id, [])
        refs = {x for c in cs for x in (c.subject, c.object, c.attributed_to) if x}
        named |= refs
        out.append((d, [by_id[i] for i in sorted(refs)], cs))
    if out:
        out[0] = (out[0][0], out[0][1] + [e for i, e in by_id.items() if i not in named], out[0][2])
    return out


def _write(path: Path, records: Iterable[dict]) -> int:
    tmp = path.with_name(path.name + ".tmp")
    n = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    os.replace(tmp, path)
    return n


def extract_to_dir(paths, out_dir: str | Path, workers: int = 1, docs_per_file: int = 1000,
                   progress=None) -> dict:
    """Extract every document under `paths` into JSONL batch files in `out_dir`.

    Returns a summary: files written, documents, entities (distinct over all files),
    claims, skipped inputs with reasons, warnings, seconds. `progress(done, name)` is
    called after each unit of work. Bad input never raises (it is in `skipped`); an
    unusable output folder raises ExtractError.
    """
    if docs_per_file < 1:
        raise ExtractError(f"docs_per_file must be at least 1 (got {docs_per_file})")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob("batch-*.jsonl"):
            old.unlink()
        probe = out / ".geokg-write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise ExtractError(f"{out}: cannot write batch files there ({exc.strerror or exc})") from None

    t0 = time.perf_counter()
    files: list[str] = []
    skipped: list[tuple[str, str]] = []
    warnings: list[str] = []
    entity_ids: set[str] = set()
    counts = {"documents": 0, "claims": 0, "records": 0}
    pending: list[tuple] = []
    seen_docs: set[str] = set()

    def flush(final: bool = False) -> None:
        while pending and (final or len(pending) >= docs_per_file):
            path = out / FILE_PATTERN.format(len(files))
            counts["records"] += _write(path, _records(pending[:docs_per_file]))
            files.append(str(path))
            del pending[:docs_per_file]

    for done, unit in enumerate(units(paths, workers), 1):
        if isinstance(unit, pipeline.Skipped):
            skipped.append((unit.path, unit.reason))
            continue
        skipped.extend((s.path, s.reason) for s in unit.skipped)
        warnings.extend(unit.warnings)
        if unit.batch is not None:  # a graph batch file among the inputs: passed through
            pending.extend(_split(unit.batch, seen_docs))
            entity_ids.update(e.id for e in unit.batch.entities)
            counts["documents"] += len(unit.batch.documents)
            counts["claims"] += len(unit.batch.claims)
        for doc, ents, claims in unit.documents:
            if doc.id in seen_docs:
                warnings.append(f"{doc.path}: same document as an earlier input (id {doc.id}); written once")
                continue
            seen_docs.add(doc.id)
            pending.append((doc, ents, claims))
            entity_ids.update(e.id for e in ents)
            counts["documents"] += 1
            counts["claims"] += len(claims)
        flush()
        if progress:
            progress(done, unit.name)
    flush(final=True)
    return {
        "out_dir": str(out),
        "files": files,
        "documents": counts["documents"],
        "entities": len(entity_ids),
        "claims": counts["claims"],
        "records": counts["records"],
        "skipped": skipped,
        "warnings": warnings,
        "seconds": round(time.perf_counter() - t0, 3),
    }


def main(argv: list[str] | None = None) -> int:
    """`python -m loaders.batch_files PATH... -o DIR` (what `geokg extract` runs)."""
    import argparse
    import sys

    ap = argparse.ArgumentParser(description="extract documents into JSONL batch files (no store)")
    ap.add_argument("paths", nargs="+", metavar="PATH", help="documents: files, folders, globs")
    ap.add_argument("-o", "--out", required=True, metavar="DIR", help="folder for the batch files")
    ap.add_argument("-w", "--workers", type=int, default=1)
    ap.add_argument("--docs-per-file", type=int, default=1000)
    args = ap.parse_args(argv)
    try:
        s = extract_to_dir(args.paths, args.out, workers=args.workers, docs_per_file=args.docs_per_file)
    except ExtractError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for path, reason in s["skipped"]:
        print(f"skipped {path}: {reason}", file=sys.stderr)
    print(f"{s['documents']} documents, {s['entities']} entities, {s['claims']} claims -> "
          f"{len(s['files'])} batch files in {s['out_dir']} ({len(s['skipped'])} skipped, {s['seconds']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
