"""Extraction as a Spark job: the same extraction as `geokg load`/`geokg extract`, mapped
over a Spark DataFrame of documents, for corpora too big for one machine.

Input: a DataFrame with the columns of a JSON-lines document file: `id`, `title`,
`text`, `published`, `source`, `url`, `language` (only `text` is required; missing
columns are treated as empty). Output: graph batch records (graph/records.py lines:
`document`, `node`, `claim`), which `geokg load` and the stores take as they are.

Command line (geokg and its dependencies importable by the executors' Python, e.g.
`pip install geokg` on every node, or `--py-files geokg.zip`):

    spark-submit loaders/spark_job.py --input docs.jsonl --output out/ [--partitions 64]

writes one self-contained batch file per partition (`part-*.jsonl` when the output is a
local or mounted folder; on HDFS/S3 the files keep Spark's `.txt` suffix, rename them or
read them with `graph.records.read_jsonl`) and prints a summary (documents, claims,
skipped documents with their reasons). Then: `geokg load out/`.

From Python, with your own SparkSession and DataFrame:

    from loaders.spark_job import extract_dataframe
    records = extract_dataframe(df)    # DataFrame[kind: string, id: string, line: string]

How it works: `mapPartitions` runs `extract_partition` once per partition. Each
partition's rows are written to a local temporary JSON-lines file and read back with
loaders.readers.read, so metadata is normalised exactly as for a `.jsonl` file given to
`geokg extract`; each document then goes through loaders.pipeline.process (clean,
language, extract). The expensive objects (gazetteer, rules, language detector) are
built once per Python worker at first use and reused across partitions (Spark reuses
its Python workers by default), never once per document. Entities named by several
documents of a partition are written once per partition (merged); the stores merge across
partitions (loads are idempotent).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

if __package__ in (None, ""):  # run as a script (spark-submit loaders/spark_job.py)
    _ROOT = str(Path(__file__).resolve().parents[1])
    if _ROOT not in sys.path:
        sys.path.insert(0, _ROOT)
    # executors' Python workers (local mode) import geokg from the same checkout
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (_ROOT, os.environ.get("PYTHONPATH")) if p)

COLUMNS = ("id", "title", "text", "published", "source", "url", "language")
SKIPPED = "skipped"  # the `kind` of output rows that report a skipped document
# Rows per temporary file: keeps each file far below the readers' size limit and the
# memory of one partition bounded, whatever the partition size.
CHUNK_ROWS = 500


def _row_dict(row) -> dict:
    d = row.asDict() if hasattr(row, "asDict") else dict(row)
    return {k: d.get(k) for k in COLUMNS if d.get(k) is not None}


def extract_partition(rows: Iterable, origin: str = "spark") -> Iterator[tuple[str, str, str]]:
    """(kind, id, JSON line) for the records of one partition's documents.

    Skipped documents come out as (SKIPPED, path, reason) so the driver can report them.
    """
    from graph.records import node_record

    # entities are written once per partition, at its end, merged over its documents
    entities: dict[str, object] = {}
    chunk: list[dict] = []
    for row in rows:
        chunk.append(_row_dict(row))
        if len(chunk) == CHUNK_ROWS:
            yield from _extract_rows(chunk, origin, entities)
            chunk = []
    if chunk:
        yield from _extract_rows(chunk, origin, entities)
    for eid in sorted(entities):
        yield "node", eid, json.dumps(node_record(entities[eid]), ensure_ascii=False, sort_keys=True)


def _extract_rows(rows: list[dict], origin: str, entities: dict) -> Iterator[tuple[str, str, str]]:
    from graph.records import claim_record, document_record
    from loaders import pipeline
    from loaders.readers import Skipped, read

    fd, tmp = tempfile.mkstemp(prefix="geokg-spark-", suffix=".jsonl")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        raws = read(tmp)
    finally:
        os.unlink(tmp)

    def where(i: int) -> str:  # "<input>#<document id>", or its row number when it has none
        return f"{origin}#{rows[i].get('id', i)}"

    for raw in raws:
        line = int(raw.path.rsplit(":", 1)[1]) - 1 if ":" in raw.path else 0
        if isinstance(raw, Skipped):
            yield SKIPPED, where(line), raw.reason
            continue
        raw.path = where(line)
        unit = pipeline.process(raw)
        for s in unit.skipped:
            yield SKIPPED, s.path, s.reason
        for doc, ents, claims in unit.documents:
            yield "document", doc.id, json.dumps(document_record(doc), ensure_ascii=False, sort_keys=True)
            for e in ents:
                entities[e.id] = pipeline.merge_entities(entities[e.id], e) if e.id in entities else e
            for c in claims:
                yield "claim", c.id, json.dumps(claim_record(c), ensure_ascii=False, sort_keys=True)


def extract_dataframe(df, origin: str = "spark"):
    """DataFrame of documents -> DataFrame[kind, id, line] of graph records (+ skipped rows)."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType

    for col in COLUMNS:
        if col not in df.columns:
            df = df.withColumn(col, F.lit(None).cast(StringType()))
    df = df.select(*[F.col(c).cast(StringType()).alias(c) for c in COLUMNS])
    schema = StructType([StructField("kind", StringType()), StructField("id", StringType()),
                         StructField("line", StringType())])
    rdd = df.rdd.mapPartitions(lambda rows: extract_partition(rows, origin))
    return df.sparkSession.createDataFrame(rdd, schema)


def _local_dir(output: str) -> Path | None:
    if output.startswith("file://"):
        return Path(output[len("file://"):])
    return None if "://" in output else Path(output)


def _tidy(out: Path) -> list[Path]:
    """Spark names text parts `part-*.txt`; batch files are `.jsonl`. Empty parts (empty
    partitions) and Spark's checksum files are dropped."""
    files = []
    for p in sorted(out.glob("part-*.txt")):
        if p.stat().st_size == 0:
            p.unlink()
            continue
        target = p.with_suffix(".jsonl")
        p.rename(target)
        files.append(target)
    for crc in out.glob(".part-*.crc"):
        crc.unlink()
    return files


class _Tally:
    """Counts by record kind and the first skipped documents, as Spark accumulators, so
    the summary comes out of the one job that writes the files (no second pass).
    A retried task counts twice: the summary is a report, the files are the result."""

    def __init__(self, sc):
        from pyspark.accumulators import AccumulatorParam

        class _Dict(AccumulatorParam):
            def zero(self, value):
                return {}

            def addInPlace(self, a, b):
                for k, v in b.items():
                    a[k] = a.get(k, 0) + v if isinstance(v, int) else (a.get(k, []) + v)[:50]
                return a

        self.acc = sc.accumulator({}, _Dict())


def _lines(rows, origin: str, acc) -> Iterator[str]:
    counts: dict = {}
    skipped: list = []
    for kind, rid, line in extract_partition(rows, origin):
        counts[kind] = counts.get(kind, 0) + 1
        if kind == SKIPPED:
            if len(skipped) < 50:
                skipped.append((rid, line))
            continue
        yield line
    acc.add({**counts, "_skipped": skipped})


def run_job(spark, input_path: str, output: str, partitions: int | None = None) -> dict:
    """Read JSON-lines documents, extract, write batch records; returns a summary."""
    from pyspark.sql.types import StringType, StructField, StructType

    # an explicit schema: no inference pass over the input; unknown fields are ignored
    schema = StructType([StructField(c, StringType()) for c in COLUMNS])
    df = spark.read.schema(schema).json(input_path)
    if partitions:
        df = df.repartition(partitions)
    origin = Path(input_path).name
    tally = _Tally(spark.sparkContext)
    acc = tally.acc
    lines = df.rdd.mapPartitions(lambda rows: _lines(rows, origin, acc)).map(lambda line: (line,))
    spark.createDataFrame(lines, StructType([StructField("line", StringType())])) \
        .write.mode("overwrite").text(output)
    counts = dict(acc.value)
    skipped = counts.pop("_skipped", [])
    local = _local_dir(output)
    files = [str(p) for p in _tidy(local)] if local is not None else []
    return {"output": output, "files": files, "documents": counts.get("document", 0),
            "entities_per_partition": counts.get("node", 0), "claims": counts.get("claim", 0),
            "skipped": counts.get(SKIPPED, 0), "skipped_examples": [tuple(x) for x in skipped]}


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="geokg extraction as a Spark job")
    ap.add_argument("--input", required=True, help="JSON-lines documents (a file, folder or glob Spark reads)")
    ap.add_argument("--output", required=True, help="output folder for the batch files (replaced)")
    ap.add_argument("--partitions", type=int, default=None, help="repartition the input first")
    ap.add_argument("--master", default=None, help="Spark master when not set by spark-submit (e.g. local[2])")
    ap.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE",
                    help="a Spark setting, as with spark-submit; repeat")
    args = ap.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("geokg-extract")
    if args.master:
        builder = builder.master(args.master)
        if args.master.startswith("local"):  # workers run here: use this interpreter
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    for kv in args.conf:
        key, sep, value = kv.partition("=")
        if not sep:
            print(f"error: --conf {kv!r}: expected KEY=VALUE", file=sys.stderr)
            return 2
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    try:
        summary = run_job(spark, args.input, args.output, args.partitions)
    except Exception as exc:  # an analysis error (missing input, bad JSON) is one line
        from pyspark.errors import PySparkException

        if isinstance(exc, (ValueError, PySparkException)):
            print(f"error: {str(exc).splitlines()[0]}", file=sys.stderr)
            return 1
        raise
    finally:
        spark.stop()
    print(f"{summary['documents']} documents, {summary['claims']} claims, "
          f"{summary['skipped']} skipped -> {summary['output']}")
    for path, reason in summary["skipped_examples"]:
        print(f"  skipped {path}: {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
