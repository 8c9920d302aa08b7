"""Interactive HTML graphs (pyvis / vis-network) from the networkx view of the graph.

`render(graph, path, ...)` writes one self-contained HTML file that works offline:
vis-network's JS and CSS are inlined from the pyvis package through our own template
(graph/templates/geokg.html), because pyvis's template pulls Bootstrap from a CDN.

Safety: every string from a document (names, quotes, titles, URLs) reaches the page
only as JSON inside a non-executed <script type="application/json"> block, with `<`,
`>` and `&` escaped, and the page's script puts it on screen with textContent or as
canvas text. No document string is ever handed to innerHTML or to vis-network's
HTML tooltips; links are made only for http(s) URLs.

Input is the MultiDiGraph of graph.records.to_networkx(): nodes keyed by entity id,
edges keyed by fact id with `evidence` lists.

    render(g, "bolivia.html", focus="Bolivia", hops=2, min_modality="reported")  # -> Path
    show(g, edge_types=["DESIGNATED"])        # in a notebook: the graph inline (iframe)
    filter_graph(g, since="2023", until="2023-12")  # the filtered networkx graph itself
    geokg viz -o FILE.html [--query NAME -p k=v] [--focus NAME --hops N] [--node-type T]
              [--edge-type T] [--since D] [--until D] [--min-modality M]
"""

from __future__ import annotations

import html
import json
import math
import random
import re
from pathlib import Path

import networkx as nx
from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from pyvis.network import Network

from graph.ids import normalise
from graph.schema import ALLOWED, ENTITY_CLASSES, MODALITY_RANK, SYMMETRIC

TEMPLATE_DIR = Path(__file__).parent / "templates"
TEMPLATE = "geokg.html"

# Above this many nodes the browser's physics would stall: positions are computed in
# Python (igraph's Fruchterman-Reingold: 0.2 s for 2,000 nodes, against 3.5 s for
# networkx's spring_layout with 15 iterations; measured on this project's machine)
# and the page draws them with physics off.
LARGE_GRAPH = 300

# Colour and shape per node type; shapes with the label below them, so size can
# encode degree.
NODE_STYLE = {
    "State": {"color": "#2b6cb0", "shape": "dot", "symbol": "●"},
    "Group": {"color": "#dd6b20", "shape": "square", "symbol": "■"},
    "Official": {"color": "#2f855a", "shape": "triangle", "symbol": "▲"},
    "Agreement": {"color": "#805ad5", "shape": "diamond", "symbol": "◆"},
}
_UNKNOWN_NODE = {"color": "#718096", "shape": "dot", "symbol": "●"}

EDGE_STYLE = {
    "DESIGNATED": ("#c53030", "designated"),
    "URGED": ("#d69e2e", "urged"),
    "SIGNED_MOU_WITH": ("#6b46c1", "MoU with"),
    "PARTY_TO": ("#9f7aea", "party to"),
    "SIGNED": ("#b794f4", "signed"),
    "ALLEGED_TIES": ("#718096", "alleged ties"),
    "SEVERED_TIES": ("#1a202c", "severed ties"),
    "HOLDS_ROLE": ("#38a169", "holds role"),
    "PART_OF": ("#3182ce", "part of"),
    "MEMBER_OF": ("#319795", "member of"),
    "SUPPLIED": ("#dd6b20", "supplied"),
}
CONTESTED_COLOR = "#e53e3e"
DASHED_MODALITIES = frozenset({"alleged", "speculative"})

# The edge property worth showing next to the type in the label.
_LABEL_PROP = {"DESIGNATED": "designation", "URGED": "action", "HOLDS_ROLE": "role",
               "ALLEGED_TIES": "nature", "SUPPLIED": "items"}
_NODE_PROPS = ("iso3", "entity_kind", "country", "title", "date", "domains", "public")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class VizError(ValueError):
    """A filter or focus that cannot be applied; the message is one line for the user."""


# --------------------------------------------------------------------------- filters


def resolve_node(graph: nx.MultiDiGraph, name_or_id: str) -> str:
    """The node id for an id, a name or an alias (accents and case ignored)."""
    if name_or_id in graph:
        return name_or_id
    key = normalise(name_or_id)
    hits = sorted(n for n, d in graph.nodes(data=True)
                  if key and key in {normalise(s) for s in [d.get("name") or "", *(d.get("aliases") or [])]})
    if not hits:
        raise VizError(f"no actor named {name_or_id!r} in the graph")
    if len(hits) > 1:
        raise VizError(f"{name_or_id!r} names several actors: {', '.join(hits)}; use an id")
    return hits[0]


def _date_bound(value: str | None, end: bool) -> str | None:
    """A since/until bound as a full ISO day; `2023` ends on 2023-12-31."""
    if value is None:
        return None
    value = str(value)
    if not _DATE.match(value):
        raise VizError(f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    return _pad(value, end)


def _pad(date: str, end: bool) -> str:
    parts = date.split("-")
    fill = ["12", "31"] if end else ["01", "01"]
    return "-".join(parts + fill[len(parts) - 1:])


def _edge_date(e: dict) -> str | None:
    # a fact with no event date is placed when it was first reported
    return e.get("date") or e.get("first_reported")


def filter_graph(graph: nx.MultiDiGraph, *, node_types=None, edge_types=None, since=None,
                 until=None, min_modality=None, focus=None, hops: int = 1) -> nx.MultiDiGraph:
    """A filtered copy of `graph`.

    node_types / edge_types: keep only these types. since / until: keep facts whose date
    (or, lacking one, first report) overlaps the range; `2023` overlaps 2023-05. Facts
    with no date at all are dropped when a range is given. min_modality: keep facts at
    least this firm (graph.schema.MODALITY_RANK; "reported" hides allegations and
    speculation). focus + hops: only the actors within `hops` facts of `focus` (an id,
    name or alias), direction ignored. Actors left without any fact by an edge filter
    are dropped; actors that had none to begin with stay.
    """
    for t in node_types or ():
        if t not in ENTITY_CLASSES:
            raise VizError(f"unknown node type {t!r} (known: {', '.join(ENTITY_CLASSES)})")
    for t in edge_types or ():
        if t not in ALLOWED:
            raise VizError(f"unknown edge type {t!r} (known: {', '.join(ALLOWED)})")
    if min_modality is not None and min_modality not in MODALITY_RANK:
        raise VizError(f"unknown modality {min_modality!r} (known: {', '.join(MODALITY_RANK)})")
    if hops < 0:
        raise VizError("hops must be 0 or more")
    lo, hi = _date_bound(since, end=False), _date_bound(until, end=True)
    min_rank = MODALITY_RANK[min_modality] if min_modality else None

    nodes = [n for n, d in graph.nodes(data=True) if not node_types or d.get("type") in node_types]
    keep = set(nodes)

    def edge_ok(u, v, d) -> bool:
        if u not in keep or v not in keep:
            return False
        if edge_types and d.get("type") not in edge_types:
            return False
        if min_rank is not None and MODALITY_RANK.get(d.get("modality"), -1) < min_rank:
            return False
        if lo or hi:
            date = _edge_date(d)
            if not date or not _DATE.match(date):
                return False
            if lo and _pad(date, end=True) < lo:
                return False
            if hi and _pad(date, end=False) > hi:
                return False
        return True

    out = nx.MultiDiGraph()
    out.graph.update(graph.graph)
    out.add_nodes_from((n, graph.nodes[n]) for n in nodes)
    out.add_edges_from((u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True) if edge_ok(u, v, d))

    edge_filtered = bool(edge_types or min_rank is not None or lo or hi)
    if edge_filtered:
        lost = [n for n in out if out.degree(n) == 0 and graph.degree(n) > 0]
        out.remove_nodes_from(lost)

    if focus is not None:
        centre = resolve_node(graph, focus)
        if centre not in graph.nodes or centre not in keep:
            raise VizError(f"{focus!r} is hidden by the node-type filter")
        out.add_node(centre, **graph.nodes[centre])  # stays even when its facts were filtered out
        near = nx.single_source_shortest_path_length(out.to_undirected(as_view=True), centre, cutoff=hops)
        out = out.subgraph(near).copy()
    return out


# --------------------------------------------------------------------------- page data


def script_json(value) -> str:
    """JSON safe to place inside a <script> element: no `</script>`, `<!--` or `]]>`."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _as_list(v) -> list[str]:
    if v is None:
        return []
    return [str(x) for x in v] if isinstance(v, (list, tuple)) else [str(v)]


def _edge_label(d: dict) -> str:
    etype = d.get("type", "")
    words = EDGE_STYLE.get(etype, ("", etype.lower().replace("_", " ")))[1]
    prop = _LABEL_PROP.get(etype)
    extra = ", ".join(_as_list(d.get(prop))) if prop else ""
    if etype == "HOLDS_ROLE" and extra:
        words = extra  # "Minister of Defense" reads better than "holds role"
    elif extra:
        words = f"{words} ({extra})"
    return ("⚠ " if d.get("contested") else "") + words


def _roles(graph: nx.MultiDiGraph) -> tuple[dict, dict]:
    """HOLDS_ROLE facts per official ("roles") and per organisation ("held by")."""
    roles: dict[str, list] = {}
    held: dict[str, list] = {}
    for u, v, d in graph.edges(data=True):
        if d.get("type") != "HOLDS_ROLE":
            continue
        base = {"role": d.get("role"), "start": d.get("start"), "end": d.get("end"),
                "date": d.get("date"), "modality": d.get("modality")}
        roles.setdefault(u, []).append({**base, "of": graph.nodes[v].get("name", v)})
        held.setdefault(v, []).append({**base, "by": graph.nodes[u].get("name", u)})
    return roles, held


def _node_info(graph, node_id, d, roles, held) -> dict:
    props = {}
    for k in _NODE_PROPS:
        v = d.get(k)
        if v in (None, "", []):
            continue
        if k == "country" and v in graph:
            v = graph.nodes[v].get("name", v)
        props["kind" if k == "entity_kind" else k] = v
    return {"id": node_id, "name": d.get("name") or node_id, "type": d.get("type"),
            "aliases": _as_list(d.get("aliases")), "props": props,
            "roles": roles.get(node_id, []), "heldBy": held.get(node_id, [])}


def _edge_info(graph, u, v, key, d) -> dict:
    props = {k: d[k] for k in ("designation", "action", "targets", "nature", "role", "start",
                               "end", "items", "agreement") if d.get(k) not in (None, "", [])}
    if props.get("agreement") in graph:
        props["agreement"] = graph.nodes[props["agreement"]].get("name", props["agreement"])
    evidence = [{k: ev.get(k) for k in ("quote", "title", "url", "outlet", "published", "modality",
                                         "polarity", "attributed_to", "date", "alt_quote")}
                for ev in d.get("evidence") or []]
    words = EDGE_STYLE.get(d.get("type"), ("", str(d.get("type", "")).lower().replace("_", " ")))[1]
    return {"id": key, "type": d.get("type"), "words": words, "label": _edge_label(d), "source": graph.nodes[u].get("name", u),
            "target": graph.nodes[v].get("name", v), "date": d.get("date"),
            "modality": d.get("modality"), "contested": bool(d.get("contested")),
            "claims": d.get("claims"), "sources": len(d.get("sources") or []),
            "firstReported": d.get("first_reported"), "lastReported": d.get("last_reported"),
            "props": props, "evidence": evidence}


_UNIT = 60  # px between neighbours in a pre-computed layout


def _component_layout(igraph, g, rng: random.Random) -> list[tuple[float, float]]:
    """Fruchterman-Reingold of one connected component, scaled to ~_UNIT px per neighbour."""
    n = g.vcount()
    if n == 1:
        return [(0.0, 0.0)]
    # Seeded start, so the same graph gives the same picture. Spread over ~sqrt(n) like
    # igraph's own start: crowded into a unit square, its grid method gets 15x slower.
    r = math.sqrt(n)
    start = [[rng.uniform(-r, r), rng.uniform(-r, r)] for _ in range(n)]
    coords = g.layout_fruchterman_reingold(niter=500, seed=start).coords
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    spread = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = _UNIT * 1.6 * math.sqrt(n) / spread
    return [((x - min(xs)) * scale, (y - min(ys)) * scale) for x, y in coords]


def _positions(graph: nx.MultiDiGraph) -> dict:
    """Pixel positions for a large graph (igraph Fruchterman-Reingold; see LARGE_GRAPH).

    Each connected component is laid out on its own and the components are packed in
    rows, biggest first: laid out together, isolated actors drift to the edges and the
    fitted view shrinks the main component to a dot.
    """
    import igraph  # only large graphs need it

    nodes = list(graph.nodes)
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in graph.edges()])
    rng = random.Random(7)
    igraph.set_random_number_generator(rng)  # its layout draws random numbers too
    try:
        boxes = []
        for comp in sorted((sorted(c) for c in g.connected_components(mode="weak")), key=lambda c: (-len(c), c[0])):
            coords = _component_layout(igraph, g.induced_subgraph(comp), rng)
            w = max(x for x, _ in coords) + _UNIT
            h = max(y for _, y in coords) + _UNIT
            boxes.append((comp, coords, w, h))
    finally:
        igraph.set_random_number_generator(random)  # igraph's default
    row_width = max(max(b[2] for b in boxes), math.sqrt(sum(b[2] * b[3] for b in boxes)) * 1.3)
    pos: dict = {}
    x = y = row_height = 0.0
    for comp, coords, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for vid, (cx, cy) in zip(comp, coords):
            pos[nodes[vid]] = (round(x + cx, 1), round(y + cy, 1))
        x += w
        row_height = max(row_height, h)
    return pos


def _network(graph: nx.MultiDiGraph, large: bool) -> Network:
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    # pyvis's own template pulls Bootstrap from a CDN; ours inlines vis-network only.
    pyvis_templates = Path(net.template_dir)
    net.templateEnv = Environment(loader=ChoiceLoader([FileSystemLoader(str(TEMPLATE_DIR)),
                                                       FileSystemLoader(str(pyvis_templates))]),
                                  autoescape=True)
    net.path = TEMPLATE

    pos = _positions(graph) if large else {}
    degree = dict(graph.degree())
    for n, d in graph.nodes(data=True):
        style = NODE_STYLE.get(d.get("type"), _UNKNOWN_NODE)
        name = str(d.get("name") or n)
        extra = {"x": pos[n][0], "y": pos[n][1], "physics": False} if n in pos else {}
        net.add_node(n, label=name, shape=style["shape"], color=style["color"],
                     size=round(9 + 5 * math.sqrt(degree.get(n, 0)), 1),
                     tooltip=f"{name} ({d.get('type', '?')})", **extra)

    # parallel facts between the same pair are drawn as separate curves
    seen: dict[frozenset, int] = {}
    for u, v, key, d in graph.edges(keys=True, data=True):
        etype = d.get("type", "")
        color = EDGE_STYLE.get(etype, ("#4a5568", ""))[0]
        pair = frozenset((u, v))
        k = seen[pair] = seen.get(pair, -1) + 1
        if d.get("contested"):
            dashes = [2, 4]  # dotted = disputed by some sources
        elif d.get("modality") in DASHED_MODALITIES:
            dashes = [8, 6]
        else:
            dashes = False
        opts = {
            "id": key, "color": color, "dashes": dashes,
            "width": round(1.5 + 0.6 * min(int(d.get("claims") or 1), 6), 1),
            "arrows": "" if etype in SYMMETRIC else "to",
            "tooltip": f"{graph.nodes[u].get('name', u)} — {_edge_label(d)} — {graph.nodes[v].get('name', v)}"
                       f"\n{d.get('date') or 'undated'} · {d.get('modality')}"
                       f"{' · contested' if d.get('contested') else ''} · click for evidence",
        }
        if not large:
            opts["label"] = _edge_label(d)
            if d.get("contested"):
                opts["font"] = {"color": CONTESTED_COLOR}
            opts["smooth"] = ({"enabled": True, "type": "curvedCW", "roundness": 0.15 + 0.25 * k}
                              if k else {"enabled": False})
        net.add_edge(u, v, **opts)
    return net


def _options(large: bool, n_nodes: int) -> dict:
    options = {
        "nodes": {"font": {"size": 16, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1},
        "edges": {"font": {"size": 12, "align": "top", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "arrows": {"to": {"scaleFactor": 0.6}}, "selectionWidth": 2,
                  "smooth": {"enabled": not large, "type": "continuous"}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large},
        "layout": {"randomSeed": 7, "improvedLayout": not large},
    }
    if large:
        options["physics"] = {"enabled": False}
    else:
        # stabilise once, then the page switches physics off so nothing keeps moving
        options["physics"] = {
            "enabled": True, "solver": "forceAtlas2Based",
            # chosen by looking at the seed graph's screenshots against barnesHut and
            # repulsion: the most legible labels at the fitted zoom
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120,
                                 "springConstant": 0.08, "avoidOverlap": 1.0, "damping": 0.4},
            "stabilization": {"enabled": True, "iterations": 400 if n_nodes < 100 else 200,
                              "updateInterval": 50, "fit": True},
        }
    return options


def legend(graph: nx.MultiDiGraph) -> dict:
    present = {d.get("type") for _, d in graph.nodes(data=True)}
    node_types = [t for t in NODE_STYLE if t in present] or list(NODE_STYLE)
    edge_types = [t for t in EDGE_STYLE if any(d.get("type") == t for _, _, d in graph.edges(data=True))]
    return {
        "nodes": [{"type": t, **NODE_STYLE[t]} for t in node_types],
        "edges": [{"type": t, "color": EDGE_STYLE[t][0], "words": EDGE_STYLE[t][1]} for t in edge_types],
        "contested": CONTESTED_COLOR,
    }


def to_html(graph: nx.MultiDiGraph, *, title: str = "geokg graph", layout: str = "auto",
            **filters) -> str:
    """The page as a string; see `render` for the arguments."""
    if layout not in ("auto", "physics", "fixed"):
        raise VizError(f"unknown layout {layout!r} (auto, physics, fixed)")
    roles, held = _roles(graph)  # from the whole graph, so a filtered view still shows roles
    view = filter_graph(graph, **filters) if filters else graph
    large = layout == "fixed" or (layout == "auto" and view.number_of_nodes() > LARGE_GRAPH)

    net = _network(view, large)
    nodes, edges, _heading, _h, _w, _opts = net.get_network_data()
    data = {
        "title": str(title),
        "nodes": nodes,
        "edges": edges,
        "nodeInfo": {n: _node_info(view, n, d, roles, held) for n, d in view.nodes(data=True)},
        "edgeInfo": {k: _edge_info(view, u, v, k, d) for u, v, k, d in view.edges(keys=True, data=True)},
        "options": _options(large, view.number_of_nodes()),
        "physics": not large,
        "legend": legend(view),
    }
    template = net.templateEnv.get_template(net.path)
    return template.render(title=str(title), data_json=script_json(data))


def render(graph: nx.MultiDiGraph, path, *, title: str = "geokg graph", layout: str = "auto",
           node_types=None, edge_types=None, since=None, until=None, min_modality=None,
           focus=None, hops: int = 1) -> Path:
    """Write the graph as one self-contained, offline HTML page and return its path.

    Filters are those of `filter_graph`; layout "auto" lets the browser's physics place
    up to LARGE_GRAPH nodes and pre-computes positions above that ("physics"/"fixed"
    force either).
    """
    filters = {k: v for k, v in dict(node_types=node_types, edge_types=edge_types, since=since,
                                      until=until, min_modality=min_modality).items() if v}
    if focus is not None:
        filters.update(focus=focus, hops=hops)
    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        raise VizError(f"{path}: the output file must end in .html")
    page = to_html(graph, title=title, layout=layout, **filters)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise VizError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return path


class InlineGraph:
    """What `show` returns: notebooks display it as an iframe holding the whole page.

    srcdoc keeps it self-contained, so it works offline and survives in saved notebook
    output (nbclient, nbconvert) with no file beside it.
    """

    def __init__(self, page: str, height: int = 640):
        self.page = page
        self.height = height

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #ddd" '
                f'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>')

    def __repr__(self) -> str:
        return f"<geokg graph: {len(self.page)} bytes of HTML; display in a notebook to see it>"


def show(graph: nx.MultiDiGraph, *, height: int = 640, title: str = "geokg graph",
         layout: str = "auto", **filters) -> InlineGraph:
    """An object a notebook displays inline; same filters as `render`."""
    filters = {k: v for k, v in filters.items() if v is not None and v != [] and v != ()}
    return InlineGraph(to_html(graph, title=title, layout=layout, **filters), height=height)
