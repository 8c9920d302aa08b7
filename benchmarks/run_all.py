"""Run every benchmark and append its figures, with date and machine, to benchmarks/RESULTS.md.

    python -m benchmarks.run_all            # full sizes (tens of minutes on 2 cores)
    python -m benchmarks.run_all --quick    # small sizes, a few minutes
    python -m benchmarks.run_all --only extraction bulk_loader --no-write

Each benchmark runs in its own process (so one's memory or server never affects the
next) and prints medians of its own runs. The ones in this folder that speak
`--json` (extraction, bulk_loader, memory) give structured figures; the others
(queries, viz_tti, ingest: written by other engineers) are run if present and their
printed output is recorded as it is. A benchmark that fails is recorded as failed with
its last error line; the others still run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "RESULTS.md"

# (module, speaks --json); run in this order
BENCHMARKS = [
    ("extraction", True),
    ("ingest", False),
    ("bulk_loader", True),
    ("queries", False),
    ("memory", True),
    ("viz_tti", False),
]


def machine() -> dict:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {"cores": os.cpu_count(), "cpu": cpu, "memory_gb": mem,
            "python": platform.python_version(), "os": f"{platform.system()} {platform.release()}",
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def run_one(name: str, speaks_json: bool, quick: bool, timeout: float) -> dict:
    if not (HERE / f"{name}.py").exists():
        return {"name": name, "status": "absent"}
    # other engineers' scripts may not take --quick: pass it only where the script has it
    takes_quick = "--quick" in (HERE / f"{name}.py").read_text(encoding="utf-8")
    cmd = [sys.executable, "-m", f"benchmarks.{name}"] + (["--quick"] if quick and takes_quick else [])
    if speaks_json:
        cmd.append("--json")
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"name": name, "status": "failed", "error": f"timed out after {timeout:.0f} s",
                "seconds": round(time.perf_counter() - t0)}
    out = {"name": name, "seconds": round(time.perf_counter() - t0), "command": " ".join(cmd[1:])}
    if proc.returncode != 0:
        err = (proc.stderr.strip() or proc.stdout.strip() or f"exit {proc.returncode}").splitlines()[-1]
        return {**out, "status": "failed", "error": err}
    if speaks_json:
        try:
            return {**out, "status": "ok", "figures": json.loads(proc.stdout.strip().splitlines()[-1])}
        except (ValueError, IndexError):
            pass
    return {**out, "status": "ok", "text": proc.stdout.rstrip()}


def _fmt(name: str, f: dict) -> list[str]:
    """A few readable lines per structured benchmark."""
    if name == "extraction":
        return [f"- {f['documents']} articles (~{f['words_per_document']} words, en/es), median of {f['runs']}",
                f"- 1 worker: **{f['docs_per_s_1_worker']} docs/s** ({f['words_per_s_1_worker']:,} words/s); "
                f"2 workers: **{f['docs_per_s_2_workers']} docs/s** ({f['words_per_s_2_workers']:,} words/s) "
                f"— target >= 100 docs/s",
                f"- spacy.blank tokenisation: {f['tokenise_docs_per_s']} docs/s; extraction = "
                f"**{f['ratio_to_tokenisation']}x** tokenisation — target <= 10x",
                f"- CPU: {f.get('docs_per_cpu_s_1_worker')} docs per CPU-second (1 worker), "
                f"{f.get('docs_per_cpu_s_2_workers')} (2 workers) -> bound on 2 idle cores "
                f"{f.get('idle_2_core_bound_docs_per_s')} docs/s; extraction = "
                f"**{f.get('ratio_to_tokenisation_cpu')}x** tokenisation by CPU",
                f"- yield: {f['claims']} claims, {f['facts']} facts ({f['claims_per_document']} claims/document, "
                f"{f['claims_per_fact']} claims/fact); {f['skipped']} skipped",
                f"- targets {'met' if f['met'] else '**missed**'}"]
    if name == "bulk_loader":
        return [f"- {f['nodes']:,} nodes, {f['fact_edges']:,} fact edges, {f['claims']:,} claims, "
                f"{f['documents']:,} documents; batches of 10,000 fact edges; median of {f['runs']}",
                f"- embedded store: **{f['embedded_fact_edges_per_s']:,} fact edges/s** "
                f"({f['embedded_seconds_median']} s)",
                f"- falkordb-bulk-insert: **{f['bulk_fact_edges_per_s']:,} fact edges/s** "
                f"({f['bulk_seconds_median']} s, + {f['bulk_csv_seconds_median']} s to write its CSV)",
                f"- ratio **{f['ratio']}** — target >= 0.5: {'met' if f['met'] else '**missed**'}",
                f"- CPU seconds (client + FalkorDB server): embedded {f.get('embedded_cpu_seconds_median')}, "
                f"bulk loader {f.get('bulk_cpu_seconds_median')}; ratio by CPU **{f.get('ratio_cpu')}**",
                f"- embedded, seconds per batch as the graph grows: "
                f"{', '.join(map(str, f.get('embedded_batch_seconds') or []))}"]
    if name == "memory":
        l = f["loaded"]
        return [f"- {f['documents']:,} documents ({l['documents']:,} loaded; {l['claims']:,} claims, "
                f"{l['facts']:,} facts), {f['workers']} workers, median of {f['runs']}",
                f"- peak RSS of the process tree: **{f['peak_tree_rss_mb_median']:,} MB** "
                f"(max {f['peak_tree_rss_mb_max']:,} MB; largest single process {f['max_single_process_rss_mb']:,} MB)",
                f"- pipeline {f['pipeline_seconds_median']} s, store {f['store_seconds_median']} s",
                f"- target < 2 GB: {'met' if f['met'] else '**missed**'}"]
    return ["```json", json.dumps(f, indent=1), "```"]


def report(results: list[dict], info: dict, quick: bool) -> str:
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"## {now}{' (quick sizes)' if quick else ''}", "",
             f"Machine: {info['cores']} cores, {info['cpu']}, {info['memory_gb']} GB RAM, "
             f"Python {info['python']}, {info['os']}; load average at start "
             f"{' / '.join(map(str, info['load_average']))}", ""]
    for r in results:
        if r["status"] == "absent":
            continue
        lines.append(f"### {r['name']} ({r['seconds']} s)")
        lines.append("")
        if r["status"] == "failed":
            lines.append(f"- failed: `{r['error']}`")
        elif "figures" in r:
            lines.extend(_fmt(r["name"], r["figures"]))
        else:
            lines += ["```", r["text"], "```"]
        lines.append("")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="run every benchmark, append figures to RESULTS.md")
    ap.add_argument("--quick", action="store_true", help="small sizes")
    ap.add_argument("--only", nargs="*", help="benchmark names to run (default: all present)")
    ap.add_argument("--no-write", action="store_true", help="print, do not append to RESULTS.md")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per benchmark")
    args = ap.parse_args(argv)
    info = machine()
    results = []
    for name, speaks_json in BENCHMARKS:
        if args.only and name not in args.only:
            continue
        print(f"running {name} ...", file=sys.stderr, flush=True)
        r = run_one(name, speaks_json, args.quick, args.timeout)
        print(f"  {r['status']}" + (f": {r.get('error')}" if r["status"] == "failed" else ""),
              file=sys.stderr, flush=True)
        results.append(r)
    text = report(results, info, args.quick)
    print(text)
    if not args.no_write:
        with RESULTS.open("a", encoding="utf-8") as fh:
            fh.write("\n" + text)
        print(f"appended to {RESULTS}", file=sys.stderr)
    return 0 if all(r["status"] != "failed" for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
