"""Time-to-interactive of graph.viz pages in headless Chromium.

For synthetic graphs (mixed node types, ~1.5 facts per actor, evidence on every fact)
of each size: build the page in Python (render), then in a fresh browser context
measure from navigation to the network being drawn and still (`geokg.ready`) and
answering a click on its biggest actor (the side panel shows it). Prints medians of
--runs runs (default 3). `--physics` also times the browser's own physics layout on
the same graphs, the alternative that graph.viz.LARGE_GRAPH avoids.

    python benchmarks/viz_tti.py [--sizes 200 2000] [--runs 3] [--physics]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from browser import READY, Page, chromium, has_chromium, synthetic_batch  # noqa: E402
from graph.records import batch_to_networkx  # noqa: E402
from graph.viz import LARGE_GRAPH, render  # noqa: E402


def one_run(browser, path: Path, hub: str, hub_name: str, timeout_ms: int) -> dict:
    page = Page(browser)
    try:
        t0 = time.perf_counter()
        page.page.goto(path.as_uri())
        page.wait(READY, timeout_ms=timeout_ms)
        drawn = time.perf_counter() - t0
        # click where the hub is drawn; on a crowded fitted view another actor may sit on
        # top of it, so expect whichever actor the network reports at that point
        x, y = page.node_point(hub)
        name = page.page.evaluate("""([x, y]) => { const net = geokg.network;
            const box = net.body.container.getBoundingClientRect();
            const id = net.getNodeAt({x: x - box.left, y: y - box.top});
            return id === undefined ? null : geokg.nodes.get(id).label; }""", [x, y]) or hub_name
        page.page.mouse.click(x, y)
        page.wait("n => document.getElementById('details').innerText.includes(n)", name, timeout_ms)
        interactive = time.perf_counter() - t0
        in_page = page.page.evaluate("() => geokg.readyAt") / 1000  # ms since navigation start
        counts = page.counts()
        if page.outside or page.errors:
            raise RuntimeError(f"page misbehaved: outside={page.outside} errors={page.errors}")
        return {"drawn": drawn, "tti": interactive, "in_page_ready": in_page,
                "nodes": counts["drawnNodes"], "edges": counts["drawnEdges"]}
    finally:
        page.close()


def bench(browser, n: int, runs: int, layout: str, out_dir: Path, timeout_ms: int) -> dict:
    graph = batch_to_networkx(synthetic_batch(n))
    renders = []
    for _ in range(runs):
        t0 = time.perf_counter()
        path = render(graph, out_dir / f"g{n}-{layout}.html", title=f"synthetic {n}", layout=layout)
        renders.append(time.perf_counter() - t0)
    hub = max(graph.degree, key=lambda kv: kv[1])[0]
    results = [one_run(browser, path, hub, graph.nodes[hub]["name"], timeout_ms) for _ in range(runs)]
    med = lambda k: statistics.median(r[k] for r in results)
    return {"n": graph.number_of_nodes(), "m": graph.number_of_edges(), "layout": layout,
            "render": statistics.median(renders), "size_kb": path.stat().st_size / 1024,
            "drawn": med("drawn"), "tti": med("tti"), "in_page_ready": med("in_page_ready"),
            "ok": all(r["nodes"] == graph.number_of_nodes() and r["edges"] == graph.number_of_edges()
                      for r in results)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--physics", action="store_true",
                    help="also time in-browser physics (stabilise, then freeze) for every size")
    ap.add_argument("--timeout", type=float, default=120, help="seconds before a page counts as stalled")
    args = ap.parse_args(argv)
    if not has_chromium():
        print("viz_tti: /usr/bin/chromium is absent (apt-get install chromium)", file=sys.stderr)
        return 2

    rows = []
    with tempfile.TemporaryDirectory() as tmp, chromium() as browser:
        for n in args.sizes:
            layouts = ["auto"] + (["physics"] if args.physics else [])
            for layout in layouts:
                try:
                    rows.append(bench(browser, n, args.runs, layout, Path(tmp), int(args.timeout * 1000)))
                except Exception as exc:  # a stalled page is a result too
                    rows.append({"n": n, "layout": layout, "error": str(exc).splitlines()[0]})
                print_row(rows[-1])
    return 0 if all("error" not in r and r["ok"] for r in rows if r["layout"] == "auto") else 1


_printed_header = False


def print_row(r: dict) -> None:
    global _printed_header
    if not _printed_header:
        print(f"viz time-to-interactive, headless Chromium, median of runs (LARGE_GRAPH={LARGE_GRAPH})")
        print(f"{'nodes':>6} {'facts':>6} {'layout':>8} {'render s':>9} {'page KB':>8} "
              f"{'drawn s':>8} {'in-page s':>9} {'TTI s':>7}  all drawn")
        _printed_header = True
    if "error" in r:
        print(f"{r['n']:>6} {'':>6} {r['layout']:>8}  failed: {r['error']}")
        return
    layout = r["layout"] if r["layout"] != "auto" else ("fixed" if r["n"] > LARGE_GRAPH else "physics") + "*"
    print(f"{r['n']:>6} {r['m']:>6} {layout:>8} {r['render']:>9.2f} {r['size_kb']:>8.0f} "
          f"{r['drawn']:>8.2f} {r['in_page_ready']:>9.2f} {r['tti']:>7.2f}  {'yes' if r['ok'] else 'NO'}",
          flush=True)


if __name__ == "__main__":
    sys.exit(main())
