"""graph.viz without a browser: filters, page data, escaping, offline page, notebook display.

The browser half (drawing, clicking, requests, script execution) is test_viz_browser.py.
"""

from __future__ import annotations

import json
import re

import pytest

from browser import (HOSTILE_NAME, HOSTILE_QUOTE, HOSTILE_TITLE, HOSTILE_URL, hostile_batch,
                     seedlike_batch, synthetic_batch)
from graph.records import batch_to_networkx
from graph.viz import (LARGE_GRAPH, NODE_STYLE, VizError, filter_graph, render, resolve_node,
                       script_json, show, to_html)


@pytest.fixture(scope="module")
def seed():
    return batch_to_networkx(seedlike_batch())


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="geokg-data">(.*?)</script>', page, re.S)
    assert m, "data block missing"
    return json.loads(m.group(1))


def edge_of(data, etype):
    return [e for e in data["edges"] if data["edgeInfo"][e["id"]]["type"] == etype]


# --------------------------------------------------------------------------- escaping


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<!-- x", "a & b", "]]>",
                                  "line\u2028sep", 'quote " and \\ backslash'])
def test_script_json_cannot_close_or_comment_the_script_and_round_trips(text):
    out = script_json({"s": text})
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == {"s": text}


def test_hostile_strings_never_reach_the_html_raw():
    page = to_html(batch_to_networkx(hostile_batch()), title="<script>alert('title')</script>")
    for raw in (HOSTILE_NAME, HOSTILE_QUOTE, HOSTILE_TITLE, "<script>window.__pwned",
                "<img src=x", "<svg onload", "<script>alert('title')"):
        assert raw not in page
    # they are still there, as data
    data = page_data(page)
    ev = next(iter(data["edgeInfo"].values()))["evidence"]
    assert any(e["quote"] == HOSTILE_QUOTE and e["url"] == HOSTILE_URL for e in
               (x for info in data["edgeInfo"].values() for x in info["evidence"]))
    assert ev
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page  # the <title> element


def test_the_page_fetches_nothing_from_anywhere(seed):
    page = to_html(seed)
    assert not re.search(r"<(script|img|iframe|link)[^>]+(src|href)\s*=", page, re.I)
    assert "@import" not in page
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)
    assert not re.search(r"jsdelivr|cdnjs|bootstrap", page, re.I)  # what pyvis's own template pulls
    assert "default-src 'none'" in page  # and the CSP forbids fetching, should anything try
    assert "vis.Network" in page and "DataSet" in page  # vis-network is inlined


# --------------------------------------------------------------------------- visual language


def test_visual_language_in_the_page_data(seed):
    data = page_data(to_html(seed))
    assert data["physics"] is True  # small graph: stabilise in the browser, then freeze
    by_id = {n["id"]: n for n in data["nodes"]}
    for nid, node in by_id.items():
        style = NODE_STYLE[seed.nodes[nid]["type"]]
        assert (node["color"], node["shape"]) == (style["color"], style["shape"])
    # size by degree: Bolivia has the most facts
    assert by_id["state:BOL"]["size"] == max(n["size"] for n in data["nodes"])
    assert by_id["state:BOL"]["size"] > by_id["state:ISR"]["size"]

    (ties,) = edge_of(data, "ALLEGED_TIES")
    assert ties["dashes"] == [8, 6] and ties["arrows"] == ""  # alleged: dashed; symmetric: no arrow
    (supplied,) = edge_of(data, "SUPPLIED")
    assert data["edgeInfo"][supplied["id"]]["contested"]
    assert supplied["label"].startswith("⚠") and supplied["dashes"] == [2, 4]
    (mou,) = edge_of(data, "SIGNED_MOU_WITH")
    assert mou["dashes"] is False and mou["arrows"] == ""
    designations = edge_of(data, "DESIGNATED")
    assert len({e["color"] for e in designations}) == 1 and designations[0]["arrows"] == "to"
    assert designations[0]["color"] != mou["color"]
    urged = edge_of(data, "URGED")  # two facts between the same pair: two distinct curves
    assert len(urged) == 2 and {json.dumps(e["smooth"], sort_keys=True) for e in urged}.__len__() == 2
    assert {t["type"] for t in data["legend"]["nodes"]} == {"State", "Group", "Official", "Agreement"}
    assert "ALLEGED_TIES" in {t["type"] for t in data["legend"]["edges"]}


def test_evidence_roles_and_aliases_in_the_page_data(seed):
    data = page_data(to_html(seed))
    urged = [i for i in data["edgeInfo"].values() if i["type"] == "URGED" and i["props"]["action"] == "expel"][0]
    assert urged["claims"] == 2 and urged["sources"] == 2
    assert {e["attributed_to"] for e in urged["evidence"]} == {"two sources with direct knowledge", None}
    assert any("expel people it alleges are Iranian spies" in e["quote"] for e in urged["evidence"])
    assert all(e["title"] and e["url"].startswith("https://") for e in urged["evidence"])
    novillo = data["nodeInfo"]["official:edmundo-novillo"]
    assert [(r["role"], r["of"]) for r in novillo["roles"]] == [("Minister of Defense", "Bolivia")]
    bolivia = data["nodeInfo"]["state:BOL"]
    assert "La Paz" in bolivia["aliases"]
    assert {r["by"] for r in bolivia["heldBy"]} == {"Edmundo Novillo", "Luis Arce"}
    assert data["nodeInfo"]["group:irgc"]["props"]["country"] == "Iran"  # an id shown as a name


def test_roles_survive_an_edge_filter_that_hides_holds_role(seed):
    data = page_data(to_html(seed, edge_types=["SIGNED"]))
    assert set(data["nodeInfo"]) == {"official:edmundo-novillo", "agreement:bolivia-iran-security-mou"}
    assert data["nodeInfo"]["official:edmundo-novillo"]["roles"][0]["role"] == "Minister of Defense"


def test_large_graph_gets_fixed_positions_and_no_physics():
    g = batch_to_networkx(synthetic_batch(LARGE_GRAPH + 50))
    data = page_data(to_html(g))
    assert data["physics"] is False and data["options"]["physics"] == {"enabled": False}
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    xs = {n["x"] for n in data["nodes"]}
    assert len(xs) > 0.9 * len(data["nodes"])  # really laid out, not piled up
    assert len(data["nodes"]) == g.number_of_nodes() and len(data["edges"]) == g.number_of_edges()
    assert page_data(to_html(g))["nodes"] == data["nodes"]  # same graph, same picture


# --------------------------------------------------------------------------- filters


def test_filter_by_node_type_drops_their_facts(seed):
    out = filter_graph(seed, node_types=["State"])
    assert {d["type"] for _, d in out.nodes(data=True)} == {"State"}
    assert {d["type"] for *_, d in out.edges(data=True)} == {"URGED", "SIGNED_MOU_WITH", "SEVERED_TIES", "SUPPLIED"}


def test_filter_by_edge_type_drops_actors_left_without_facts(seed):
    out = filter_graph(seed, edge_types=["DESIGNATED"])
    assert out.number_of_edges() == 4
    assert set(out) == {"state:ECU", "state:ARG", "group:irgc", "group:hamas", "group:hezbollah", "group:quds-force"}


def test_min_modality_hides_allegations(seed):
    out = filter_graph(seed, min_modality="reported")
    kept = {d["modality"] for *_, d in out.edges(data=True)}
    assert kept <= {"asserted", "reported"} and "reported" in kept
    assert not any(d["type"] in ("ALLEGED_TIES", "SUPPLIED") for *_, d in out.edges(data=True))
    assert filter_graph(seed, min_modality="speculative").number_of_edges() == seed.number_of_edges()


def test_date_range_uses_overlap_at_the_text_precision(seed):
    out = filter_graph(seed, since="2023-07", until="2023-07-31")
    types = sorted(d["type"] for *_, d in out.edges(data=True))
    # the MoU (2023-07-20), both parties, Novillo's signature; undated facts placed by first report
    assert {"SIGNED_MOU_WITH", "PARTY_TO", "SIGNED"} <= set(types)
    assert "SEVERED_TIES" not in types and "DESIGNATED" not in types
    severed = filter_graph(seed, since="2009", until="2009")
    assert [d["type"] for *_, d in severed.edges(data=True)] == ["SEVERED_TIES"]
    # a year bound includes dates inside that year
    assert filter_graph(seed, until="2025").number_of_edges() < seed.number_of_edges()
    assert any(d["date"] == "2025-09" for *_, d in filter_graph(seed, since="2025", until="2025").edges(data=True))


def test_focus_by_alias_and_hops(seed):
    assert resolve_node(seed, "la paz") == "state:BOL"
    assert resolve_node(seed, "IRGC") == "group:irgc"
    one = filter_graph(seed, focus="Edmundo Novillo", hops=1)
    assert set(one) == {"official:edmundo-novillo", "state:BOL", "agreement:bolivia-iran-security-mou"}
    two = filter_graph(seed, focus="official:edmundo-novillo", hops=2)
    assert {"state:USA", "state:IRN", "state:ISR", "official:luis-arce"} <= set(two)
    assert "group:hamas" not in two
    assert set(filter_graph(seed, focus="Israel", hops=0)) == {"state:ISR"}


@pytest.mark.parametrize("kwargs, message", [
    (dict(focus="Atlantis"), "no actor named 'Atlantis'"),
    (dict(node_types=["Country"]), "unknown node type 'Country'"),
    (dict(edge_types=["LIKES"]), "unknown edge type 'LIKES'"),
    (dict(min_modality="rumoured"), "unknown modality 'rumoured'"),
    (dict(since="Jan 2023"), "bad date 'Jan 2023'"),
    (dict(focus="Bolivia", node_types=["Group"]), "hidden by the node-type filter"),
])
def test_bad_filters_give_one_clear_line(seed, kwargs, message):
    with pytest.raises(VizError) as exc:
        filter_graph(seed, **kwargs)
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_ambiguous_name_asks_for_an_id(seed):
    g = seed.copy()
    g.add_node("official:other-arce", type="Official", name="Luis Arce", aliases=[])
    with pytest.raises(VizError, match="several actors"):
        resolve_node(g, "Luis Arce")


# --------------------------------------------------------------------------- files and notebooks


def test_render_writes_the_page_and_returns_its_path(seed, tmp_path):
    out = render(seed, tmp_path / "sub" / "graph.html", title="Bolivia", focus="Bolivia", hops=1)
    assert out == tmp_path / "sub" / "graph.html" and out.exists()
    data = page_data(out.read_text(encoding="utf-8"))
    assert data["title"] == "Bolivia" and "state:BOL" in data["nodeInfo"] and "group:hamas" not in data["nodeInfo"]


def test_render_refuses_bad_paths_with_one_line(seed, tmp_path):
    with pytest.raises(VizError, match=r"must end in \.html"):
        render(seed, tmp_path / "graph.png")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(VizError, match="cannot write") as exc:
        render(seed, blocker / "graph.html")
    assert "\n" not in str(exc.value)


def test_show_returns_an_inline_iframe_holding_the_whole_page(seed):
    shown = show(seed, height=500, min_modality="reported")
    html_out = shown._repr_html_()
    assert html_out.startswith("<iframe srcdoc=\"") and "height:500px" in html_out
    assert "<script" not in html_out  # the page is inside the attribute, escaped
    import html as html_mod
    inner = html_mod.unescape(re.search(r'srcdoc="([^"]*)"', html_out).group(1))
    assert inner == shown.page and "ALLEGED_TIES" not in json.dumps(page_data(inner)["edgeInfo"])


def test_geokg_viz_command_in_a_real_process(geokg, tmp_path):
    from graph.records import batch_to_records, write_jsonl

    batch_file = tmp_path / "seed.jsonl"
    with batch_file.open("w", encoding="utf-8") as fh:
        write_jsonl(batch_to_records(seedlike_batch()), fh)
    store = tmp_path / "store"
    r = geokg("load", str(batch_file), store=store)
    assert r.returncode == 0, r.stderr

    out = tmp_path / "bolivia.html"
    r = geokg("viz", "-o", str(out), "--focus", "La Paz", "--hops", "1", "--min-modality", "reported", store=store)
    assert r.returncode == 0, r.stderr
    expected = filter_graph(batch_to_networkx(seedlike_batch()), focus="La Paz", hops=1, min_modality="reported")
    data = page_data(out.read_text(encoding="utf-8"))
    assert set(data["nodeInfo"]) == set(expected) and set(data["edgeInfo"]) == {k for *_, k in expected.edges(keys=True)}
    assert f"wrote {expected.number_of_nodes()} actors and {expected.number_of_edges()} facts" in r.stderr

    r = geokg("viz", "-o", str(tmp_path / "designations.html"), "--query", "designations", store=store)
    assert r.returncode == 0, r.stderr
    designations = page_data((tmp_path / "designations.html").read_text(encoding="utf-8"))
    assert {i["type"] for i in designations["edgeInfo"].values()} == {"DESIGNATED"}
    assert len(designations["edgeInfo"]) == 4

    r = geokg("viz", "-o", str(tmp_path / "x.html"), "--focus", "Atlantis", store=store)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.strip() == "error: no actor named 'Atlantis' in the graph"
