"""The `geokg` command (typer + rich).

Structure, for whoever adds a command:
- one typer app, `app`; global options (`--store`, `--backend`) live in the callback and
  reach commands through `ctx.obj` (a `Settings`);
- open the store with `with open_for(ctx) as store:` inside the command, only for as long
  as the command needs it (the embedded store is locked while open);
- raise, do not print-and-exit: the group's error handler (`_Group.invoke`) turns the
  expected failures in `EXPECTED` into one red `error: ...` line on stderr and exit
  code 1. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import json
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Iterator, List, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from typer.core import TyperGroup

from graph.records import RecordError, read_jsonl
from graph.schema import Batch, SchemaError
from graph.neo4j_admin import Neo4jAdminError
from graph.neo4j_store import load_env
from graph.store import Store, StoreError, open_store

# `.env` (GEOKG_*, NEO4J_*) before typer reads the options' environment variables
load_env()

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

# Expected failures: one line, no traceback. Other modules may append their own
# error classes (e.g. `EXPECTED.append(MyError)`) at import time.
EXPECTED: list[type[BaseException]] = [StoreError, RecordError, SchemaError, OSError, Neo4jAdminError]

BATCH_SUFFIXES = {".jsonl", ".ndjson"}


def error_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.filename is not None:
        return f"{exc.filename}: {exc.strerror or exc}"
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


class _Group(TyperGroup):
    """The one error handler of every command."""

    def invoke(self, ctx: typer.Context):
        try:
            return super().invoke(ctx)
        except tuple(EXPECTED) as exc:
            err_console.print(f"[red]error:[/red] {escape(error_line(exc))}", soft_wrap=True)
            sys.stdout.flush()
            raise typer.Exit(1) from None


app = typer.Typer(cls=_Group, no_args_is_help=True, add_completion=False,
                  pretty_exceptions_enable=False,
                  help="geokg: a geopolitical knowledge graph from news documents (English/Spanish).")


class Backend(str, Enum):
    embedded = "embedded"
    neo4j = "neo4j"


@dataclass
class Settings:
    store: Optional[Path]  # embedded store folder; None = graph.falkordb_store default
    backend: str


@app.callback()
def main(
    ctx: typer.Context,
    store: Optional[Path] = typer.Option(
        None, "--store", envvar="GEOKG_STORE", metavar="DIR",
        help="Embedded store folder (default: ./geokg-data)."),
    backend: Backend = typer.Option(
        Backend.embedded, "--backend", envvar="GEOKG_BACKEND",
        help="embedded (FalkorDB, no server to run) or neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)."),
) -> None:
    ctx.obj = Settings(store=store, backend=backend.value)


def settings(ctx: typer.Context) -> Settings:
    obj = ctx.find_object(Settings)
    return obj if obj is not None else Settings(store=None, backend="embedded")


@contextmanager
def open_for(ctx: typer.Context) -> Iterator[Store]:
    """The store the global options name, closed (and unlocked) when the block ends."""
    s = settings(ctx)
    with open_store(s.backend, s.store,
                    on_wait=lambda msg: err_console.print(escape(msg), soft_wrap=True)) as store:
        yield store


# --------------------------------------------------------------------------- load


def _looks_like_batch(path: Path) -> bool:
    """A JSON-lines file whose first line is a record (has "kind") or is not JSON at all.

    The second case goes to the batch reader so a corrupt batch file is reported by
    file and line instead of being taken for a documents file.
    """
    with path.open("rb") as fh:
        for line in fh:
            if line.strip():
                try:
                    first = json.loads(line)
                except ValueError:
                    return True
                return isinstance(first, dict) and "kind" in first
    return True  # empty: an empty batch


def split_paths(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """(batch files, document inputs). Documents are .txt/.md/.html files, folders, globs."""
    batches, documents = [], []
    for p in paths:
        if p.is_file() and p.suffix.lower() in BATCH_SUFFIXES and _looks_like_batch(p):
            batches.append(p)
        elif p.exists() or any(ch in str(p) for ch in "*?["):
            documents.append(p)
        else:
            raise FileNotFoundError(2, "no such file or folder", str(p))
    return batches, documents


def documents_to_batch(paths: list[Path], workers: int) -> Batch:
    """Documents (.txt/.md/.html/.jsonl, folders, globs, manifests) to one Batch, through
    the loaders pipeline, with a progress bar and the summary an analyst needs to trust
    the load (what was read, what was skipped and why, what was found)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from loaders.pipeline import run

    result = None
    with Progress(TextColumn("[bold]reading"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), TextColumn("{task.description}"),
                  console=err_console, transient=True) as bar:
        task = bar.add_task("", total=None)
        for step in run([str(p) for p in paths], workers=workers):
            if step.result is not None:
                result = step.result
                break
            bar.update(task, total=step.total, completed=step.done, description=escape(step.name)[-60:])
    _print_load_summary(result)
    return result.batch


def _print_load_summary(result) -> None:
    s = result.summary
    table = Table(title="load summary", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    langs = ", ".join(f"{k} {v}" for k, v in sorted(s["languages"].items()))
    table.add_row("documents read", f"{s['documents']}" + (f" ({langs})" if langs else ""))
    table.add_row("skipped", str(s["skipped"]))
    table.add_row("entities", ", ".join(f"{k} {v}" for k, v in s["entities_by_type"].items()) or "0")
    table.add_row("claims", str(s["claims"]))
    table.add_row("facts", ", ".join(f"{k} {v}" for k, v in s["facts_by_type"].items()) or "0")
    console.print(table)
    for path, reason in result.skipped:
        err_console.print(f"[yellow]skipped:[/yellow] {escape(str(path))}: {escape(reason)}", soft_wrap=True)
    for warning in result.warnings:
        err_console.print(f"[yellow]warning:[/yellow] {escape(warning)}", soft_wrap=True)


def read_batch_file(path: Path) -> Batch:
    """read_jsonl, with the line number added to batch-level errors (e.g. a claim naming
    an entity the file does not hold), which graph.records reports by claim id only."""
    try:
        return read_jsonl(path)
    except RecordError as exc:
        msg = str(exc)
        m = re.match(rf"{re.escape(str(path))}: (?:Value error, )?claim (claim:[0-9a-f]+): (.*)", msg)
        if m:
            needle = f'"id": "{m.group(1)}"'
            with path.open(encoding="utf-8") as fh:
                for lineno, line in enumerate(fh, 1):
                    if needle in line or needle.replace(" ", "") in line:
                        raise RecordError(f"{path}:{lineno}: claim {m.group(1)}: {m.group(2)}") from None
        raise


@app.command()
def load(
    ctx: typer.Context,
    paths: List[Path] = typer.Argument(..., metavar="PATH...",
                                       help="Documents (.txt, .md, .html, .jsonl; folders, globs) or batch files."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Extraction processes."),
) -> None:
    """Read documents (or batch files) and load what they say into the store."""
    batch_files, documents = split_paths(paths)
    # read and validate everything before opening the store: a bad batch file writes nothing
    batches = [(str(p), read_batch_file(p)) for p in batch_files]
    if documents:
        batches.append(("documents", documents_to_batch(documents, workers)))
    # central_actors reads a ranking stored with the graph version (queries/centrality.py)
    from queries import centrality

    with open_for(ctx) as store:
        before = centrality.version(store)
        touched: set[str] = set()  # the only actors whose facts a batch can change
        for name, batch in batches:
            r = store.upsert(batch)
            touched.update(e.id for e in batch.entities)
            touched.update(x for c in batch.claims for x in (c.subject, c.object))
            console.print(f"{escape(name)}: {r.documents} documents, {r.entities} entities, "
                          f"{r.claims} claims, {r.facts} fact edges updated")
        ranked = centrality.refresh(store, since=before, touched=touched)
        if ranked["mode"] == "moved":
            console.print(f"central_actors ranking updated in place: {ranked['moved']} actors moved since its last "
                          f"full refresh (betweenness kept from graph version {ranked['betweenness_as_of']})")
        else:
            console.print(f"central_actors ranking stored for {ranked['actors']} actors")


@app.command("extract")
def extract_cmd(
    paths: List[Path] = typer.Argument(..., metavar="PATH...", help="Documents: files, folders, globs."),
    out: Path = typer.Option(..., "--out", "-o", metavar="DIR", help="Folder for the JSONL batch files."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Extraction processes."),
    docs_per_file: int = typer.Option(1000, "--docs-per-file", min=1, help="Documents per batch file."),
) -> None:
    """Extract documents into JSONL batch files without a store (load them later with `geokg load DIR`)."""
    from loaders.batch_files import ExtractError, extract_to_dir

    EXPECTED.append(ExtractError)
    s = extract_to_dir([str(p) for p in paths], out, workers=workers, docs_per_file=docs_per_file)
    for path, reason in s["skipped"]:
        err_console.print(f"[yellow]skipped:[/yellow] {escape(str(path))}: {escape(reason)}", soft_wrap=True)
    console.print(f"{s['documents']} documents, {s['entities']} entities, {s['claims']} claims -> "
                  f"{len(s['files'])} batch files in {escape(str(s['out_dir']))} "
                  f"({len(s['skipped'])} skipped, {s['seconds']} s)")


# --------------------------------------------------------------------------- export


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    graphml = "graphml"
    neo4j_admin = "neo4j-admin"


@app.command()
def export(
    ctx: typer.Context,
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", metavar="FILE",
        help="Output file (a folder for neo4j-admin); jsonl goes to stdout when omitted."),
) -> None:
    """Export the graph: JSONL records, GraphML (Gephi/yEd) or neo4j-admin CSV."""
    from graph import export as ex

    if fmt is not ExportFormat.jsonl and output is None:
        # typer's BadParameter: typer vendors its own click, whose handler ignores click's errors
        raise typer.BadParameter(f"--format {fmt.value} needs -o {'DIR' if fmt is ExportFormat.neo4j_admin else 'FILE'}",
                                 param_hint="'--output' / '-o'")
    with open_for(ctx) as store:
        if fmt is ExportFormat.jsonl:
            if output is None:
                ex.write_jsonl(store, sys.stdout)
                sys.stdout.flush()
                return
            with output.open("w", encoding="utf-8") as fh:
                n = ex.write_jsonl(store, fh)
            err_console.print(f"wrote {n} lines to {escape(str(output))}")
        elif fmt is ExportFormat.graphml:
            counts = ex.write_graphml(store, output)
            err_console.print(f"wrote {counts['nodes']} nodes and {counts['edges']} edges to {escape(str(output))}")
        else:
            ex.write_neo4j_admin(store, output)
            err_console.print(f"wrote neo4j-admin CSV files to {escape(str(output))}")


# --------------------------------------------------------------------------- stats and clear


@app.command()
def stats(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print the counts as JSON."),
) -> None:
    """Counts of nodes by label and edges by type."""
    with open_for(ctx) as store:
        counts = store.stats()
    if as_json:
        console.print_json(data=counts)
        return
    table = Table(title=f"geokg store ({settings(ctx).backend})")
    table.add_column("kind")
    table.add_column("label / type")
    table.add_column("count", justify="right")
    for kind in ("nodes", "edges"):
        for name, n in counts[kind].items():
            table.add_row(kind[:-1], name, str(n))
    if not any(counts.values()):
        table.add_row("", "(empty)", "0")
    console.print(table)


@app.command()
def clear(
    ctx: typer.Context,
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Delete every node and edge in the store."""
    s = settings(ctx)
    where = "Neo4j" if s.backend == "neo4j" else f"store {s.store or 'geokg-data'}"
    if not yes:
        typer.confirm(f"Delete everything in {where}?", abort=True)
    with open_for(ctx) as store:
        store.clear()
    console.print(f"cleared {escape(where)}")


# --------------------------------------------------------------------------- canned queries
# (queries/runner.py does the work; these commands only parse options and print.)

from queries.runner import QueryError, check_read_only, cell_text, get_query, list_queries  # noqa: E402
from queries.runner import run as run_query  # noqa: E402

EXPECTED.append(QueryError)


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _params(pairs: List[str]) -> dict:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"parameter {pair!r} must look like key=value")
        out[key.strip()] = value
    return out


def _print_rows(rows: list[dict], columns: list[str], fmt: OutputFormat, title: str) -> None:
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    elif fmt is OutputFormat.csv:
        import csv
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for r in rows:  # lists and evidence maps as JSON text in their cell
            writer.writerow({k: v if isinstance(v, (str, int, float)) or v is None
                             else json.dumps(v, ensure_ascii=False) for k, v in r.items()})
    else:
        shown = [c for c in columns if not c.endswith("_id") and c not in ("neighbours", "fact", "facts", "sources")]
        table = Table(title=title, show_lines=True)
        # a pipe or file gets wide rows instead of rich's 80-column default
        out = console if console.is_terminal else Console(highlight=False, width=220)
        for c in shown:
            table.add_column(c, overflow="fold")
        for r in rows:  # escape(): document text must not be read as rich markup
            table.add_row(*(escape(cell_text(r.get(c))) for c in shown))
        out.print(table)
        err_console.print(f"{len(rows)} rows")
    sys.stdout.flush()


def _json_or_text(value: str):
    """`5`, `true`, `null`, `["a", "b"]` as JSON values; anything else stays text."""
    try:
        parsed = json.loads(value)
    except ValueError:
        return value
    return parsed if not isinstance(parsed, dict) else value


@app.command("queries")
def queries_list() -> None:
    """List the canned queries with their parameters and an example."""
    for q in list_queries():
        console.print(f"[bold]{q.name}[/bold]  [dim]({q.theme})[/dim]")
        console.print(f"  {escape(q.description)}")
        for p in q.params:
            console.print(f"  -p {escape(p.signature())}" + (f"  [dim]{escape(p.help)}[/dim]" if p.help else ""))
        if q.example:
            console.print(f"  e.g. {escape(q.example)}")


@app.command("query")
def query_cmd(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Query name (see `geokg queries`)."),
    param: List[str] = typer.Option([], "--param", "-p", metavar="KEY=VALUE", help="A parameter; repeat."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table, json or csv."),
) -> None:
    """Run a canned query; parameters travel as Cypher parameters."""
    q = get_query(name)  # unknown names fail before the store is opened
    params = _params(param)
    with open_for(ctx) as store:
        rows = run_query(store, q.name, **params)
    _print_rows(rows, list(q.columns), fmt, q.name)


@app.command("cypher")
def cypher_cmd(
    ctx: typer.Context,
    text: str = typer.Argument(..., metavar="CYPHER", help="A read-only Cypher query."),
    param: List[str] = typer.Option([], "--param", "-p", metavar="KEY=VALUE",
                                    help="A $parameter; JSON values (5, true, [\"a\"]) else text; repeat."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table, json or csv."),
) -> None:
    """Run an ad-hoc read-only Cypher query (writes are refused)."""
    check_read_only(text)
    params = {k: _json_or_text(v) for k, v in _params(param).items()}
    with open_for(ctx) as store:
        rows = store.run(text, params, read_only=True)
    columns = list(rows[0]) if rows else []
    _print_rows(rows, columns, fmt, "")


# --------------------------------------------------------------------------- viz
# (graph/viz.py draws; this command only picks the graph and passes the filters.)

from graph.viz import VizError  # noqa: E402

EXPECTED.append(VizError)


@app.command("viz")
def viz_cmd(
    ctx: typer.Context,
    output: Path = typer.Option(..., "--output", "-o", metavar="FILE.html", help="The HTML file to write."),
    query: Optional[str] = typer.Option(None, "--query", "-q", metavar="NAME",
                                        help="Draw the actors and facts a canned query returns."),
    param: List[str] = typer.Option([], "--param", "-p", metavar="KEY=VALUE", help="A --query parameter; repeat."),
    focus: Optional[str] = typer.Option(None, "--focus", metavar="NAME",
                                        help="Only this actor (name, alias or id) and its neighbourhood."),
    hops: int = typer.Option(1, "--hops", min=0, help="How many facts away from --focus."),
    node_type: List[str] = typer.Option([], "--node-type", metavar="TYPE",
                                        help="Keep only State, Group, Official or Agreement; repeat."),
    edge_type: List[str] = typer.Option([], "--edge-type", metavar="TYPE", help="Keep only this fact type; repeat."),
    since: Optional[str] = typer.Option(None, "--since", metavar="DATE", help="Facts dated on or after YYYY[-MM[-DD]]."),
    until: Optional[str] = typer.Option(None, "--until", metavar="DATE", help="Facts dated on or before YYYY[-MM[-DD]]."),
    min_modality: Optional[str] = typer.Option(None, "--min-modality", metavar="MODALITY",
                                               help="asserted, reported, alleged or speculative; reported hides allegations."),
    title: Optional[str] = typer.Option(None, "--title", help="Page title."),
) -> None:
    """Write an interactive graph as one offline HTML file (whole graph, a query's result or an actor's neighbourhood)."""
    from graph.records import to_networkx
    from graph.viz import filter_graph, render
    from queries.runner import subgraph

    if param and not query:
        raise VizError("-p/--param needs --query NAME")
    if query:
        get_query(query)  # unknown names fail before the store is opened
    with open_for(ctx) as store:
        graph = subgraph(store, query, **_params(param)) if query else to_networkx(store.records())
    filters = dict(node_types=node_type or None, edge_types=edge_type or None, since=since, until=until,
                   min_modality=min_modality)
    if focus:
        filters.update(focus=focus, hops=hops)
    shown = filter_graph(graph, **filters)  # for the summary line; render filters the same way
    default = f"geokg: {query}" if query else (f"geokg: {focus} ({hops} hops)" if focus else "geokg graph")
    path = render(graph, output, title=title or default, **filters)
    err_console.print(f"wrote {shown.number_of_nodes()} actors and {shown.number_of_edges()} facts "
                      f"to {escape(str(path))}")


@app.command("eval")
def eval_cmd(
    paths: List[Path] = typer.Argument(..., help="Documents, folders or globs to load and score."),
    gold: List[Path] = typer.Option(..., "--gold", metavar="FILE", help="Gold YAML file (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    details: bool = typer.Option(False, "--details", help="List missed, spurious and mis-dated facts."),
) -> None:
    """Score extraction against an annotated gold file: precision/recall/F1 per relation type, dates.

    PATHs are documents (loaded through the pipeline) and/or batch files such as
    `geokg export --format jsonl` output (scored as they are)."""
    from loaders import load
    from loaders.evaluate import GoldError, evaluate, load_gold, merge_batches

    try:
        load_gold(gold)  # a bad gold file fails before any document is loaded
    except GoldError as exc:
        err_console.print(f"[red]error:[/red] {escape(error_line(exc))}", soft_wrap=True)
        raise typer.Exit(1) from None
    batch_files, documents = split_paths(paths)
    batches = [read_batch_file(p) for p in batch_files]
    if documents:
        result = load(documents)
        for path, reason in result.skipped:
            err_console.print(f"skipped {escape(str(path))}: {escape(reason)}", soft_wrap=True)
        batches.append(result.batch)
    report = evaluate(merge_batches(batches), gold)
    if as_json:
        print(report.to_json())
    else:
        report.print(console, details=details)


# --------------------------------------------------------------------------- demo

DEMO_QUERIES = [
    ("designations", {}),
    ("pressure", {}),
    ("agreements", {"actor": "Bolivia"}),
    ("alleged_ties", {"actor": "Irán"}),
]


@app.command("demo")
def demo_cmd(
    ctx: typer.Context,
    paths: List[Path] = typer.Argument(None, metavar="[PATH...]", help="Documents to load [default: seeds/]."),
    output: Path = typer.Option(Path("geokg-graph.html"), "--output", "-o", metavar="FILE.html",
                                help="Where to write the interactive graph."),
) -> None:
    """The main job in one go: load the seeds, run canned queries, write the HTML graph."""
    from graph.records import to_networkx
    from graph.viz import render

    paths = paths or [Path("seeds")]
    batch_files, documents = split_paths(paths)
    batches = [read_batch_file(p) for p in batch_files]
    if documents:
        batches.append(documents_to_batch(documents, workers=1))
    with open_for(ctx) as store:
        for batch in batches:
            store.upsert(batch)
        for name, params in DEMO_QUERIES:
            q = get_query(name)
            rows = run_query(store, q.name, **params)
            shown = " ".join(f"-p {k}={v}" for k, v in params.items())
            _print_rows(rows[:15], list(q.columns), OutputFormat.table, f"geokg query {name} {shown}".strip())
        graph = to_networkx(store.records())
    path = render(graph, output, title="geokg: seed graph")
    err_console.print(f"wrote {graph.number_of_nodes()} actors and {graph.number_of_edges()} facts "
                      f"to {escape(str(path))} (open it in a browser; it works offline)")


if __name__ == "__main__":  # python -m queries.cli
    app()
