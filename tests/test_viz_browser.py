"""graph.viz pages in headless Chromium: drawn, clickable, offline, and inert to hostile text.

Every page is opened with all requests routed: anything that is not file:/data: is
recorded and aborted, and the tests assert that list stays empty.
"""

from __future__ import annotations

import pytest

from browser import (HOSTILE_NAME, HOSTILE_QUOTE, HOSTILE_TITLE, READY, ROOT, Page, chromium, has_chromium,
                     hostile_batch, seed_graph, seedlike_batch, synthetic_batch, wait_js)
from graph.records import batch_to_networkx
from graph.viz import filter_graph, render

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not has_chromium(), reason="/usr/bin/chromium is absent (apt-get install chromium)")]

ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture
def page(browser):
    p = Page(browser)
    yield p
    p.close()


@pytest.fixture(scope="module")
def seed():
    return seed_graph()


def _edge_with_quote(graph, etype):
    for u, v, key, d in graph.edges(keys=True, data=True):
        if d["type"] == etype and d["evidence"]:
            return key, d["evidence"][0]["quote"]
    raise LookupError(etype)


def _clean(page: Page):
    assert page.outside == [], f"requests left the machine: {page.outside}"
    assert page.errors == [], f"page errors: {page.errors}"
    assert page.dialogs == []


def test_seed_graph_draws_every_node_and_edge_offline(page, seed, tmp_path):
    graph, origin = seed
    path = render(graph, tmp_path / "seed.html", title=f"geokg — {origin.split(' (')[0]}")
    page.open(path)
    counts = page.counts()
    assert counts == {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
                      "drawnNodes": graph.number_of_nodes(), "drawnEdges": graph.number_of_edges()}
    # physics is off once stabilised: positions no longer change
    still = page.page.evaluate("""async () => {
        const a = JSON.stringify(geokg.network.getPositions());
        await new Promise(r => setTimeout(r, 400));
        return a === JSON.stringify(geokg.network.getPositions()) && !geokg.network.physics.physicsEnabled; }""")
    assert still
    ARTIFACTS.mkdir(exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "seed-graph.png"))
    legend = page.page.inner_text("#legend")
    assert "alleged or speculative" in legend and "contested" in legend
    assert all(d["type"] in legend for _, d in graph.nodes(data=True))
    _clean(page)


def test_clicking_and_hovering_an_edge_shows_its_evidence(page, seed, tmp_path):
    graph, _ = seed
    page.open(render(graph, tmp_path / "seed.html"))
    key, quote = _edge_with_quote(graph, "DESIGNATED")
    page.hover_edge(key)
    page.wait("q => document.getElementById('details').innerText.includes(q)", quote[:60])
    u, v, d = next((u, v, d) for u, v, k, d in graph.edges(keys=True, data=True) if k == key)
    text = page.details()
    assert graph.nodes[u]["name"] in text and graph.nodes[v]["name"] in text and d["modality"] in text

    other = next(k for *_, k, d in graph.edges(keys=True, data=True) if d["type"] in ("URGED", "SIGNED_MOU_WITH"))
    ev = graph.edges[next((u, v, k) for u, v, k in graph.edges(keys=True) if k == other)]["evidence"]
    page.click_edge(other)
    text = page.details()
    for e in ev:
        assert e["quote"][:60] in text
        if e.get("title"):
            assert e["title"] in text
    ARTIFACTS.mkdir(exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "seed-graph-evidence.png"))
    links = page.page.eval_on_selector_all("#details a", "as => as.map(a => a.href)")
    assert len(links) == sum(1 for e in ev if (e.get("url") or "").startswith(("https://", "http://")))
    assert all(h.startswith(("https://", "http://")) for h in links)
    if any(e.get("attributed_to") for e in ev):
        assert any(e["attributed_to"] in text for e in ev if e.get("attributed_to"))
    _clean(page)


def test_clicking_an_actor_shows_aliases_and_roles(page, seed, tmp_path):
    graph, _ = seed
    page.open(render(graph, tmp_path / "seed.html"))
    who, org, d = next((u, v, d) for u, v, d in graph.edges(data=True) if d["type"] == "HOLDS_ROLE" and d.get("role"))
    page.click_node(who)
    text = page.details()
    assert "roles" in text.lower() and f"{d['role']} of {graph.nodes[org]['name']}" in text
    with_alias = next(n for n, d in graph.nodes(data=True) if d.get("aliases"))
    page.click_node(with_alias)
    assert graph.nodes[with_alias]["aliases"][0] in page.details()
    # the search box finds an actor by an alias and shows it
    page.page.mouse.click(5, 200)  # unpin: click on empty canvas
    other = next(n for n, d in graph.nodes(data=True) if d.get("aliases") and n != with_alias)
    page.page.fill("#search", graph.nodes[other]["aliases"][-1])
    page.page.press("#search", "Enter")
    page.wait("n => document.getElementById('details').innerText.includes(n)", graph.nodes[other]["name"])
    assert page.page.evaluate("() => geokg.network.getSelectedNodes()") == [other]
    _clean(page)


def test_filters_that_match_nothing_give_an_empty_page_that_says_so(page, tmp_path):
    graph = batch_to_networkx(seedlike_batch())
    page.open(render(graph, tmp_path / "empty.html", since="2100"))
    assert page.counts()["nodes"] == 0
    assert "no actor matches these filters" in page.page.inner_text("#status")
    _clean(page)


def test_contested_and_alleged_facts_are_marked(page, tmp_path):
    graph = batch_to_networkx(seedlike_batch())
    page.open(render(graph, tmp_path / "seed.html"))
    styles = page.page.evaluate("""() => geokg.edges.get().map(e => ({t: e.label, d: e.dashes}))""")
    assert any(s["t"].startswith("⚠") and s["d"] == [2, 4] for s in styles)
    assert any(s["d"] == [8, 6] for s in styles)
    key = next(k for *_, k, d in graph.edges(keys=True, data=True) if d["contested"])
    page.click_edge(key)
    text = page.details()
    assert "some sources deny it" in text and "denies" in text
    assert "ruled out an acquisition of Iranian ballistic missiles" in text


def test_hostile_document_runs_nothing_and_shows_its_text(page, tmp_path):
    graph = batch_to_networkx(hostile_batch())
    page.open(render(graph, tmp_path / "hostile.html", title="<script>window.__pwned=1</script>"))
    key = next(k for *_, k, d in graph.edges(keys=True, data=True) if d["type"] == "ALLEGED_TIES")
    page.click_edge(key)
    text = page.details()
    assert HOSTILE_QUOTE in text and HOSTILE_TITLE in text
    # a javascript: URL is shown as text, never as a link
    assert page.page.eval_on_selector_all("#details a", "as => as.length") == 0
    assert "javascript:window.__pwned" in text
    page.click_node("group:x")
    assert HOSTILE_NAME in page.details()
    page.hover_edge(key)  # the vis tooltip too
    page.page.wait_for_timeout(400)
    tip = page.page.evaluate("() => { const t = document.querySelector('.vis-tooltip'); return t ? t.innerText : ''; }")
    assert HOSTILE_NAME in tip
    assert page.page.title() == "<script>window.__pwned=1</script>"
    injected = page.page.evaluate("""() => ({
        pwned: window.__pwned === undefined ? null : window.__pwned,
        imgs: document.querySelectorAll('img').length,
        svgs: document.querySelectorAll('svg').length,
        scripts: document.querySelectorAll('script').length })""")
    assert injected == {"pwned": None, "imgs": 0, "svgs": 0, "scripts": 3}  # vis, data, ours
    _clean(page)


def test_the_request_guard_itself_catches_a_remote_fetch(page, tmp_path):
    # proves the offline assertions above can fail: this page asks for a remote image
    probe = tmp_path / "probe.html"
    probe.write_text('<html><body><img src="https://example.invalid/x.png"></body></html>')
    page.page.goto(probe.as_uri())
    page.page.wait_for_load_state("load")
    assert page.outside == ["https://example.invalid/x.png"]


def test_large_graph_is_drawn_with_fixed_positions_and_clickable(page, tmp_path):
    graph = batch_to_networkx(synthetic_batch(600))
    page.open(render(graph, tmp_path / "large.html"))
    counts = page.counts()
    assert counts["drawnNodes"] == counts["nodes"] == graph.number_of_nodes()
    assert counts["drawnEdges"] == counts["edges"] == graph.number_of_edges()
    assert page.page.evaluate("() => geokg.network.physics.physicsEnabled") is False
    page.page.evaluate("() => geokg.network.moveTo({scale: 1.0})")  # zoom in so an edge is clickable
    page.page.wait_for_timeout(100)
    # an edge whose middle is on screen and not under a node, as a user would pick
    candidates = page.page.evaluate("""() => { const net = geokg.network, box = net.body.container.getBoundingClientRect();
        return net.body.edgeIndices.filter(id => { const e = net.body.edges[id];
            const d = net.canvasToDOM({x: (e.from.x + e.to.x) / 2, y: (e.from.y + e.to.y) / 2});
            return d.x > 40 && d.y > 40 && d.x < box.width - 40 && d.y < box.height - 40; }); }""")
    key = None
    for cand in candidates[:50]:
        try:
            page.edge_point(cand)
        except AssertionError:
            continue
        key = cand
        break
    assert key, f"no clickable edge among {len(candidates)} on screen"
    page.click_edge(key)
    quote = graph.edges[next((u, v, k) for u, v, k in graph.edges(keys=True) if k == key)]["evidence"][0]["quote"]
    assert quote in page.details()
    _clean(page)


def test_notebook_display_really_draws_the_graph(browser, tmp_path):
    nbformat = pytest.importorskip("nbformat")
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(
        "import sys; sys.path.insert(0, 'tests')\n"
        "from browser import seedlike_batch\n"
        "from graph.records import batch_to_networkx\n"
        "from graph.viz import show\n"
        "show(batch_to_networkx(seedlike_batch()), focus='Bolivia', hops=1)")]
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    outputs = nb.cells[0].outputs
    shown = [o for o in outputs if o.get("output_type") == "execute_result"]
    assert shown, f"no display output: {outputs}"
    iframe = shown[0]["data"]["text/html"]
    assert iframe.startswith("<iframe srcdoc=")
    # open the saved output the way a notebook front end shows it
    out = tmp_path / "notebook-output.html"
    out.write_text(f"<!doctype html><html><body>{iframe}</body></html>", encoding="utf-8")
    p = Page(browser)
    try:
        p.page.goto(out.as_uri())
        frame = p.page.frames[1]
        wait_js(frame, READY)
        n = frame.evaluate("() => Object.keys(geokg.network.getPositions()).length")
        expected = filter_graph(batch_to_networkx(seedlike_batch()), focus="Bolivia", hops=1)
        assert n == expected.number_of_nodes() > 2
        assert "Bolivia" in frame.evaluate("() => geokg.nodes.get().map(n => n.label)")
        assert p.outside == [] and p.dialogs == [] and p.errors == []
    finally:
        p.close()
