"""Helpers for the visualisation tests and benchmark: graphs to draw, and headless
Chromium (the system's Debian package, driven by Playwright) to draw them in.

Graphs are built from real schema objects (Batch -> records -> networkx). The
seed-like batch uses sentences of the seed articles in seeds/; once the loaders land,
tests draw `loaders.load("seeds/")` instead (see seed_graph()).
"""

from __future__ import annotations

import random
import time
from contextlib import contextmanager
from pathlib import Path

from graph.records import batch_to_networkx
from graph.schema import Agreement, Batch, Claim, Document, Group, Official, State

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-default-apps", "--disable-extensions"]
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")


# --------------------------------------------------------------------------- graphs


def _claim(texts, doc, predicate, subject, obj, quote, **kw) -> Claim:
    start = max(texts.get(doc, "").find(quote), 0)
    return Claim(predicate=predicate, subject=subject, object=obj, document=doc, quote=quote,
                 char_start=start, char_end=start + len(quote), rule=kw.pop("rule", "test"), **kw)


def seedlike_batch() -> Batch:
    """Actors and relations of the seed articles, with their sentences as quotes."""
    docs = [
        Document(id="doc:s000", title="US presses Bolivia to expel Iranian spies and list IRGC as terrorists",
                 url="https://news.example.org/2026/01/us-bolivia-iran", source="Wire service",
                 published="2026-01-24", language="en", path="seeds/000_63ccea1439179f34.txt"),
        Document(id="doc:s001", title="Bolivia and Iran’s New Security Partnership Hurts Israel",
                 url="https://analysis.example.org/bolivia-iran-partnership", source="Policy journal",
                 published="2023-08-08", language="en", path="seeds/001_ee55e8652f83f9b2.txt"),
        Document(id="doc:s003", title="US urges Bolivia to act against Iranian operatives",
                 url="https://news.example.net/us-urges-bolivia", source="News site",
                 published="2026-01-26", language="en", path="seeds/003_45ea196430f378a6.txt"),
        Document(id="doc:s004", title="Fresh hysteria over detail-less Bolivia-Iran security deal",
                 url="https://opinion.example.com/bolivia-iran-deal", source="Opinion magazine",
                 published="2023-07-28", language="en", path="seeds/004_09d0c833d2f75a6f.txt"),
    ]
    texts = {}
    for d in docs:
        p = ROOT / d.path
        texts[d.id] = p.read_text(encoding="utf-8") if p.exists() else ""

    S = lambda iso, name, *al: State(id=f"state:{iso}", iso3=iso, name=name, aliases=list(al))
    ents = [
        S("USA", "United States", "U.S.", "Washington", "Estados Unidos"),
        S("BOL", "Bolivia", "La Paz"), S("IRN", "Iran", "Tehran", "Irán"),
        S("ECU", "Ecuador"), S("ARG", "Argentina"), S("ISR", "Israel"),
        Group(id="group:irgc", name="Islamic Revolutionary Guard Corps", aliases=["IRGC"],
              kind="armed force", country="state:IRN"),
        Group(id="group:quds-force", name="Quds Force", kind="armed force", country="state:IRN"),
        Group(id="group:hezbollah", name="Hezbollah", kind="armed group"),
        Group(id="group:hamas", name="Hamas", kind="armed group"),
        Official(id="official:edmundo-novillo", name="Edmundo Novillo"),
        Official(id="official:luis-arce", name="Luis Arce"),
        Official(id="official:ebrahim-raisi", name="Ebrahim Raisi"),
        Official(id="official:mohammad-reza-ashtiani", name="Mohammad Reza Ashtiani"),
        Agreement(id="agreement:bolivia-iran-security-mou", name="Bolivia–Iran security MoU",
                  title="Bolivia–Iran security MoU", date="2023-07-20",
                  domains=["security", "defence"], public=False),
    ]
    two_sources = dict(modality="reported", attribution="two sources with direct knowledge")
    c = lambda *a, **kw: _claim(texts, *a, **kw)
    claims = [
        c("doc:s000", "URGED", "state:USA", "state:BOL",
          "The United States has been pressing Bolivia to expel people it alleges are Iranian spies and to take official steps to classify Iran’s Islamic Revolutionary Guard Corps - the IRGC - as a terrorist organization",
          props={"action": "designate", "targets": ["group:irgc"]}, date="2026-01", reported="2026-01-24", **two_sources),
        c("doc:s000", "URGED", "state:USA", "state:BOL",
          "The United States has been pressing Bolivia to expel people it alleges are Iranian spies",
          props={"action": "expel"}, date="2026-01", reported="2026-01-24", **two_sources),
        c("doc:s003", "URGED", "state:USA", "state:BOL",
          "the U.S. is urging Bolivian authorities to expedite the expulsion of suspected spies",
          props={"action": "expel"}, modality="reported", reported="2026-01-26"),
        c("doc:s000", "DESIGNATED", "state:ECU", "group:irgc",
          "in September, Ecuador designated the IRGC, Hamas and Hezbollah as terrorist organizations",
          props={"designation": "terrorist organisation"}, date="2025-09", reported="2026-01-24"),
        c("doc:s000", "DESIGNATED", "state:ECU", "group:hamas",
          "in September, Ecuador designated the IRGC, Hamas and Hezbollah as terrorist organizations",
          props={"designation": "terrorist organisation"}, date="2025-09", reported="2026-01-24"),
        c("doc:s000", "DESIGNATED", "state:ECU", "group:hezbollah",
          "in September, Ecuador designated the IRGC, Hamas and Hezbollah as terrorist organizations",
          props={"designation": "terrorist organisation"}, date="2025-09", reported="2026-01-24"),
        c("doc:s000", "DESIGNATED", "state:ARG", "group:quds-force",
          "Last week, Argentina designated Iran’s Quds Force, the IRGC branch that handles overseas operations.",
          props={"designation": "terrorist organisation"}, date="2026-01", reported="2026-01-24"),
        c("doc:s000", "PART_OF", "group:quds-force", "group:irgc",
          "Iran’s Quds Force, the IRGC branch that handles overseas operations", reported="2026-01-24"),
        c("doc:s001", "SIGNED_MOU_WITH", "state:BOL", "state:IRN",
          "On July 20th, Iran and Bolivia met in Tehran to sign a new security partnership",
          props={"agreement": "agreement:bolivia-iran-security-mou"}, date="2023-07-20", reported="2023-08-08"),
        c("doc:s001", "PARTY_TO", "state:BOL", "agreement:bolivia-iran-security-mou",
          "On July 20th, Iran and Bolivia met in Tehran to sign a new security partnership",
          date="2023-07-20", reported="2023-08-08"),
        c("doc:s001", "PARTY_TO", "state:IRN", "agreement:bolivia-iran-security-mou",
          "On July 20th, Iran and Bolivia met in Tehran to sign a new security partnership",
          date="2023-07-20", reported="2023-08-08"),
        c("doc:s004", "SIGNED", "official:edmundo-novillo", "agreement:bolivia-iran-security-mou",
          "the minister of defense of Bolivia, Edmundo Novillo, reportedly signed a memorandum of understanding with his Iranian counterpart",
          modality="reported", date="2023-07-20", reported="2023-07-28"),
        c("doc:s001", "HOLDS_ROLE", "official:edmundo-novillo", "state:BOL",
          "Bolivian Minister of Defense, Edmundo Novillo", props={"role": "Minister of Defense"}, reported="2023-08-08"),
        c("doc:s004", "HOLDS_ROLE", "official:mohammad-reza-ashtiani", "state:IRN",
          "his Iranian counterpart, Mohammad Reza Ashtiani", props={"role": "Minister of Defense"}, reported="2023-07-28"),
        c("doc:s001", "HOLDS_ROLE", "official:luis-arce", "state:BOL",
          "the current government of Luis Arce, elected with the MAS in 2020", props={"role": "President", "start": "2020"},
          reported="2023-08-08"),
        c("doc:s004", "HOLDS_ROLE", "official:ebrahim-raisi", "state:IRN",
          "Iranian President Ebrahim Raisi’s trip to Venezuela, Cuba and Nicaragua", props={"role": "President"},
          reported="2023-07-28"),
        c("doc:s001", "SEVERED_TIES", "state:BOL", "state:ISR",
          "Evo Morales and his government from the Movement for Socialism (MAS) made numerous trips to Iran, cut all diplomatic relations with Israel",
          date="2009", reported="2023-08-08"),
        c("doc:s001", "ALLEGED_TIES", "state:IRN", "group:hezbollah",
          "Iran funds various anti-American and anti-Israeli groups. This includes Hezbollah",
          modality="alleged", props={"nature": ["funding"]}, reported="2023-08-08"),
        c("doc:s004", "SUPPLIED", "state:IRN", "state:BOL",
          "claimed that Iran sought to sell drones to Bolivia as part of that agreement",
          modality="alleged", attribution="The Institute for the Study of War", props={"items": ["drones"]},
          reported="2023-07-28"),
        c("doc:s004", "SUPPLIED", "state:IRN", "state:BOL",
          "he also categorically ruled out an acquisition of Iranian ballistic missiles",
          modality="denied", polarity="negative", attributed_to="official:edmundo-novillo",
          props={"items": ["ballistic missiles"]}, reported="2023-07-28"),
    ]
    return Batch(documents=docs, entities=ents, claims=claims)


HOSTILE_NAME = '<img src=x onerror="window.__pwned=1;alert(\'name\')">'
HOSTILE_QUOTE = ("Officials said <script>window.__pwned=1;alert('quote')</script> and "
                 "<img src=x onerror=window.__pwned=1> were found")
HOSTILE_TITLE = "</script><script>window.__pwned=1</script><!-- Hostile report"
HOSTILE_URL = "javascript:window.__pwned=1;alert('url')"


def hostile_batch() -> Batch:
    """A document whose every string tries to run script in the page."""
    docs = [Document(id="doc:hostile", title=HOSTILE_TITLE, url=HOSTILE_URL,
                     source='<b onmouseover="window.__pwned=1">Outlet</b>', published="2024-05-01"),
            Document(id="doc:plain", title="A plain report", url="https://example.org/plain",
                     source="Plain outlet", published="2024-05-02")]
    ents = [State(id="state:BOL", iso3="BOL", name="Bolivia"),
            Group(id="group:x", name=HOSTILE_NAME, aliases=["<svg onload=window.__pwned=1>"]),
            Official(id="official:y", name="</script><script>window.__pwned=1</script>")]
    claims = [
        Claim(predicate="ALLEGED_TIES", subject="state:BOL", object="group:x", document="doc:hostile",
              quote=HOSTILE_QUOTE, char_start=0, char_end=len(HOSTILE_QUOTE), rule="test",
              modality="alleged", attribution="<i onclick=window.__pwned=1>someone</i>",
              props={"nature": ["<script>window.__pwned=1</script>"]}),
        Claim(predicate="MEMBER_OF", subject="official:y", object="group:x", document="doc:plain",
              quote="He joined the group.", char_start=0, char_end=20, rule="test"),
    ]
    return Batch(documents=docs, entities=ents, claims=claims)


def seed_graph():
    """The seed corpus through the loaders when they exist, else the seed-like batch."""
    try:
        from loaders import load  # noqa: F401  (the pipeline is being built by others)
    except ImportError:
        return batch_to_networkx(seedlike_batch()), "seed-like batch (loaders.load not available yet)"
    try:
        result = load(str(ROOT / "seeds"))
    except Exception as exc:  # the pipeline is still being built: draw what we can
        return batch_to_networkx(seedlike_batch()), f"seed-like batch (loaders.load failed: {exc})"
    graph = getattr(result, "graph", None)
    if graph is None or graph.number_of_edges() == 0:
        return batch_to_networkx(seedlike_batch()), "seed-like batch (loaders.load gave no facts)"
    return graph, "seeds/ through loaders.load"


def synthetic_batch(n_nodes: int, seed: int = 1) -> Batch:
    """A random but schema-valid graph: ~1.5 facts per actor, mixed types and modalities."""
    rng = random.Random(seed)
    kinds = ["State"] * 2 + ["Group"] * 4 + ["Official"] * 3 + ["Agreement"]
    ents, by_type = [], {"State": [], "Group": [], "Official": [], "Agreement": []}
    for i in range(n_nodes):
        t = kinds[i % len(kinds)]
        if t == "State":
            iso = "".join(chr(65 + (i // 26 ** k) % 26) for k in range(3))
            e = State(id=f"state:{iso}", iso3=iso, name=f"State {i}")
        elif t == "Group":
            e = Group(id=f"group:g{i}", name=f"Group {i}")
        elif t == "Official":
            e = Official(id=f"official:o{i}", name=f"Official {i}")
        else:
            e = Agreement(id=f"agreement:a{i}", name=f"Agreement {i}", title=f"Agreement {i}")
        ents.append(e)
        by_type[t].append(e.id)
    from graph.schema import ALLOWED
    docs = [Document(id=f"doc:d{i}", title=f"Report {i}", url=f"https://example.org/r/{i}",
                     source="Synthetic", published="2024-01-01") for i in range(20)]
    modalities = ["asserted"] * 4 + ["reported"] * 3 + ["alleged", "speculative"]
    claims = []
    for i in range(int(n_nodes * 1.5)):
        etype = rng.choice(list(ALLOWED))
        src_t = rng.choice(sorted(ALLOWED[etype][0]))
        tgt_t = rng.choice(sorted(ALLOWED[etype][1]))
        if not by_type[src_t] or not by_type[tgt_t]:
            continue
        s, o = rng.choice(by_type[src_t]), rng.choice(by_type[tgt_t])
        if s == o:
            continue
        q = f"Synthetic sentence {i} about {s} and {o}."
        claims.append(Claim(predicate=etype, subject=s, object=o, document=rng.choice(docs).id,
                            quote=q, char_start=0, char_end=len(q), rule="synthetic",
                            modality=rng.choice(modalities), date=f"20{10 + i % 15}"))
    return Batch(documents=docs, entities=ents, claims=claims)


# --------------------------------------------------------------------------- browser


def has_chromium() -> bool:
    return CHROMIUM.exists()


@contextmanager
def chromium():
    """Headless system Chromium; never a browser downloaded by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


READY = "() => !!(window.geokg && window.geokg.ready === true)"


def wait_js(target, expression: str, arg=None, timeout_ms: int = 30_000, every_s: float = 0.01):
    """Poll a JS function in a page or frame until it returns something truthy.

    Playwright's wait_for_function evaluates its predicate with eval() inside the page,
    which the page's Content-Security-Policy (no 'unsafe-eval') rightly refuses; plain
    evaluate() calls go through the DevTools protocol and are not affected.
    """
    deadline = time.perf_counter() + timeout_ms / 1000
    while True:
        value = target.evaluate(expression, arg)
        if value:
            return value
        if time.perf_counter() > deadline:
            raise TimeoutError(f"waited {timeout_ms} ms for {expression}")
        time.sleep(every_s)


class Page:
    """One page with every request watched: anything not file:/data: is recorded and aborted."""

    def __init__(self, browser, width: int = 1400, height: int = 900):
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))

    def _route(self, route):
        url = route.request.url
        if url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path, timeout_ms: int = 60_000) -> float:
        """Navigate and wait until the graph is drawn and still; returns seconds taken."""
        t0 = time.perf_counter()
        self.page.goto(Path(path).resolve().as_uri())
        wait_js(self.page, READY, timeout_ms=timeout_ms)
        return time.perf_counter() - t0

    def wait(self, expression: str, arg=None, timeout_ms: int = 30_000):
        return wait_js(self.page, expression, arg, timeout_ms)

    def counts(self) -> dict:
        """What the page holds (DataSets) and what the network actually laid out."""
        return self.page.evaluate("""() => ({
            nodes: geokg.nodes.length, edges: geokg.edges.length,
            drawnNodes: Object.keys(geokg.network.getPositions()).length,
            drawnEdges: geokg.network.body.edgeIndices.length })""")

    def edge_point(self, edge_id: str) -> tuple[float, float]:
        """Page coordinates of a point on the edge where a click hits that edge and no node."""
        pt = self.page.evaluate("""(id) => {
            const net = geokg.network, e = net.body.edges[id];
            const box = net.body.container.getBoundingClientRect();
            for (const t of [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8]) {
                let p;
                if (e.edgeType && e.edgeType.getPoint) p = e.edgeType.getPoint(t);
                else { const a = e.from, b = e.to; p = {x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y)}; }
                const d = net.canvasToDOM(p);
                if (net.getEdgeAt(d) === id && net.getNodeAt(d) === undefined)
                    return [box.left + d.x, box.top + d.y];
            }
            return null; }""", edge_id)
        if pt is None:
            raise AssertionError(f"no clickable point on edge {edge_id}")
        return pt[0], pt[1]

    def node_point(self, node_id: str) -> tuple[float, float]:
        x, y = self.page.evaluate("""(id) => {
            const net = geokg.network, box = net.body.container.getBoundingClientRect();
            const d = net.canvasToDOM(net.getPositions([id])[id]);
            return [box.left + d.x, box.top + d.y]; }""", node_id)
        return x, y

    def click_edge(self, edge_id: str):
        self.page.mouse.click(*self.edge_point(edge_id))

    def hover_edge(self, edge_id: str):
        x, y = self.edge_point(edge_id)
        self.page.mouse.move(x - 30, y - 30)
        self.page.mouse.move(x, y, steps=5)

    def click_node(self, node_id: str):
        self.page.mouse.click(*self.node_point(node_id))

    def details(self) -> str:
        return self.page.inner_text("#details")

    def close(self):
        self.context.close()
