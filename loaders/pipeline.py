"""Files to a Batch: read, clean, detect language, extract — the notebook API.

    from loaders import load
    result = load(["seeds/"])          # or load("seeds/*.txt", workers=2)
    result.summary, result.facts, result.graph, result.skipped

No store is involved: the CLI (`geokg load`) writes `result.batch` to one. Bad input
never raises: every file that cannot be used is in `result.skipped` with the reason.
Graph batch files (`.jsonl` of graph/records.py lines) are merged in as they are.
"""

from __future__ import annotations

import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterator

import networkx as nx
from pydantic import ValidationError

from graph import ids
from graph.facts import summarise
from graph.records import RecordError, batch_to_networkx, read_jsonl
from graph.schema import Batch, Claim, Document, Fact, SchemaError, merge_entities
from loaders import language
from loaders.cleaning import clean
from loaders.readers import (JSONL_SUFFIXES, RawDocument, Skipped, expand, is_batch_file,
                             manifest_warnings, read)

Progress = Callable[[int, int, str], None]  # (done, total, what was just processed)


# --------------------------------------------------------------------------- one document


def prepare(raw: RawDocument) -> Document | Skipped:
    """Clean a raw document and give it its id, metadata and language."""
    cleaned = clean(raw.text, raw.metadata)  # HTML text too: trafilatura lets some prompts through
    text = cleaned.text
    if not text.strip():
        return Skipped(raw.path, "no article text left after removing boilerplate")
    # what the file or manifest says wins over what the text says about itself
    meta = {**cleaned.metadata, **raw.metadata}
    key = meta.get("id") or meta.get("url") or text
    detected = language.document_language(language.paragraphs(text))
    given = meta.get("language")
    # Between English and Spanish the text is the better judge (a manifest may miss that
    # an article is bilingual); a language geokg does not detect is taken as given.
    lang = detected if detected and given in (None, "en", "es", "en+es") else given
    if given and detected and given != detected:
        raw.warnings.append(f"metadata says language {given!r}, text reads as {detected!r}"
                            f"; using {lang!r}")
    try:
        return Document(
            id=ids.document_id(str(key)), title=meta.get("title"), url=meta.get("url"),
            source=meta.get("source"), published=meta.get("published"), language=lang,
            path=raw.path, text=text)
    except ValidationError as exc:
        err = exc.errors()[0]
        return Skipped(raw.path, f"invalid metadata {'.'.join(map(str, err['loc']))}: {err['msg']}")


@dataclass
class Unit:
    """What one task produced: documents with their extraction, or skipped inputs."""

    name: str
    documents: list[tuple[Document, list, list[Claim]]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    batch: Batch | None = None  # a graph batch file, taken as it is


def _extract():
    try:
        from loaders.extract import extract
    except ImportError as exc:  # a broken install, not bad input: fail loudly
        raise RuntimeError(f"the extraction module is not available: {exc}") from None
    return extract


def process(item: Path | RawDocument) -> Unit:
    """Read (if a path), clean and extract one file or one JSON-lines document."""
    if isinstance(item, Path):
        unit = Unit(str(item))
        if is_batch_file(item):
            try:
                unit.batch = read_jsonl(item)
            except RecordError as exc:
                unit.skipped.append(Skipped(str(item), f"invalid graph batch file: {exc}"))
            return unit
        raws = read(item)
    else:
        unit, raws = Unit(item.path), [item]
    extract = _extract()
    for raw in raws:
        if isinstance(raw, Skipped):
            unit.skipped.append(raw)
            continue
        doc = prepare(raw)
        unit.warnings.extend(f"{raw.path}: {w}" for w in raw.warnings)
        if isinstance(doc, Skipped):
            unit.skipped.append(doc)
            continue
        try:
            entities, claims = extract(doc)
            Batch(documents=[doc], entities=entities, claims=claims)  # validate here, per document
        except (ValidationError, SchemaError) as exc:
            unit.skipped.append(Skipped(raw.path, f"extraction produced an invalid batch: "
                                                  f"{str(exc).splitlines()[0]}"))
            continue
        except Exception as exc:  # an extraction bug must not stop the other documents
            unit.skipped.append(Skipped(raw.path, f"extraction failed: {type(exc).__name__}: {exc}"))
            continue
        unit.documents.append((doc, list(entities), list(claims)))
    return unit


# one English and one Spanish paragraph naming states, a group, an official, dates and a
# relation: extracting them builds what extraction builds lazily (gazetteer index, rules and
# their literal gates, date patterns), ~2 CPU-seconds that forked workers then share
_WARM_TEXT = ("On July 20, 2023, Peru designated Hezbollah as a terrorist organization, and the United States "
              "urged Bolivia to do the same, President Luis Arce said.\n\n"
              "El 31 de octubre de 2023, Bolivia firmó un memorando de entendimiento con Irán, según el "
              "ministro de Defensa Edmundo Novillo.")


def _warm() -> None:
    """Build the expensive objects once: in the parent before forking (workers inherit them
    copy-on-write) and as the pool initializer (a no-op then; the real work under spawn)."""
    extract = _extract()
    language.detect("warm up the language detector once per worker")
    try:
        extract(Document(id=ids.document_id("geokg-warm-up"), text=_WARM_TEXT, language="en+es",
                         published="2023-11-01"))
    except Exception:  # only a warm-up: an extraction bug shows per document in the real run
        pass


# --------------------------------------------------------------------------- many files


def plan(paths) -> tuple[list[Path | RawDocument], list[Skipped]]:
    """The units of work for `paths`: files, and JSON-lines documents one by one
    (so a single big JSON-lines file still spreads over the workers)."""
    units: list[Path | RawDocument] = []
    skipped: list[Skipped] = []
    for f in expand(paths):
        if isinstance(f, Skipped):
            skipped.append(f)
        elif f.suffix.lower() in JSONL_SUFFIXES and not is_batch_file(f):
            for r in read(f):
                (skipped if isinstance(r, Skipped) else units).append(r)
        else:
            units.append(f)
    return units, skipped


@dataclass
class Step:
    """One progress event of `run`; the last one carries the result."""

    done: int
    total: int
    name: str
    result: "LoadResult | None" = None


def run(paths, workers: int = 1) -> Iterator[Step]:
    """Load `paths`, yielding a Step after each unit of work (for progress bars).

    The last Step has `.result`. `workers > 1` spreads the work over a process pool.
    """
    units, skipped = plan(paths)
    total = len(units)
    merger = _Merger(skipped)
    merger.warnings += manifest_warnings(u for u in units if isinstance(u, Path))
    if workers > 1 and total > 1:
        # fork: workers inherit the loaded modules; forkserver/spawn would re-import
        import multiprocessing as mp

        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
        if ctx is not None:
            _warm()  # built once here, shared copy-on-write by the forked workers
            from loaders.relations import compile_rules
            compile_rules()  # (one worker compiles only the rules its documents use)
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_warm) as pool:
            chunk = max(1, min(16, total // (workers * 4)))
            for done, unit in enumerate(pool.map(process, units, chunksize=chunk), 1):
                merger.add(unit)
                yield Step(done, total, unit.name)
    else:
        for done, item in enumerate(units, 1):
            unit = process(item)
            merger.add(unit)
            yield Step(done, total, unit.name)
    yield Step(total, total, "", merger.result())


def load(paths, workers: int = 1, progress: Progress | None = None) -> "LoadResult":
    """Read, clean and extract every document under `paths` (files, folders, globs).

    `progress(done, total, name)` is called after each file (or JSON-lines document).
    """
    for step in run(paths, workers=workers):
        if step.result is not None:
            return step.result
        if progress:
            progress(step.done, step.total, step.name)
    raise AssertionError("run() always ends with a result")  # pragma: no cover


# --------------------------------------------------------------------------- merging


class _Merger:
    def __init__(self, skipped: list[Skipped]):
        self.skipped = list(skipped)
        self.warnings: list[str] = []
        self.documents: dict[str, Document] = {}
        self.entities: dict[str, object] = {}
        self.claims: dict[str, Claim] = {}
        self._merged: set[str] = set()  # ids whose entity is a merge's result

    def _add_entities(self, entities) -> None:
        for e in entities:
            have = self.entities.get(e.id)
            if have is None:
                self.entities[e.id] = e
            elif e.id in self._merged and e == have:
                # a merge's result merged with itself is itself (its lists are sorted already): the
                # same gazetteer states and groups recur in most documents, and each merge dumps and
                # validates both (measured ~0.45 ms per synthetic article in the parent process)
                continue
            else:
                self.entities[e.id] = merge_entities(have, e)
                self._merged.add(e.id)

    def add(self, unit: Unit) -> None:
        self.skipped.extend(unit.skipped)
        self.warnings.extend(unit.warnings)
        if unit.batch is not None:
            self.documents.update({d.id: d for d in unit.batch.documents if d.id not in self.documents})
            self._add_entities(unit.batch.entities)
            self.claims.update({c.id: c for c in unit.batch.claims})
        for doc, entities, claims in unit.documents:
            if doc.id in self.documents:
                self.warnings.append(f"{doc.path}: same document as {self.documents[doc.id].path} "
                                     f"(id {doc.id}); loaded once")
                continue
            self.documents[doc.id] = doc
            self._add_entities(entities)
            self.claims.update({c.id: c for c in claims})

    def result(self) -> "LoadResult":
        batch = Batch(documents=list(self.documents.values()),
                      entities=list(self.entities.values()), claims=list(self.claims.values()))
        return LoadResult(batch=batch, skipped=[(s.path, s.reason) for s in self.skipped],
                          warnings=self.warnings)


# --------------------------------------------------------------------------- result


@dataclass
class LoadResult:
    batch: Batch
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    warnings: list[str] = field(default_factory=list)  # loaded, with a remark

    @property
    def documents(self) -> list[Document]:
        return self.batch.documents

    @property
    def entities(self) -> list:
        return self.batch.entities

    @property
    def claims(self) -> list[Claim]:
        return self.batch.claims

    @cached_property
    def facts(self) -> list[Fact]:
        return summarise(self.batch.claims)

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        return batch_to_networkx(self.batch)

    @property
    def summary(self) -> dict:
        return {
            "documents": len(self.documents),
            "languages": dict(Counter(d.language or "unknown" for d in self.documents)),
            "skipped": len(self.skipped),
            "skipped_by_reason": dict(Counter(_reason_kind(r) for _, r in self.skipped)),
            "skipped_files": [f"{p}: {r}" for p, r in self.skipped],
            "warnings": list(self.warnings),
            "entities": len(self.entities),
            "entities_by_type": dict(sorted(Counter(e.type for e in self.entities).items())),
            "claims": len(self.claims),
            "facts": len(self.facts),
            "facts_by_type": dict(sorted(Counter(f.type for f in self.facts).items())),
        }

    def __repr__(self) -> str:
        s = self.summary
        return (f"LoadResult(documents={s['documents']}, skipped={s['skipped']}, "
                f"entities={s['entities']}, claims={s['claims']}, facts={s['facts']})")


def _reason_kind(reason: str) -> str:
    """'invalid JSON (Expecting value, column 1)' -> 'invalid JSON'."""
    return reason.split(" (")[0].split(":")[0].strip()


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))
