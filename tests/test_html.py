"""The HTML view in real headless Chromium (Debian `chromium` + `chromium-driver`), from file://.

One browser serves the module; a page is loaded once and reused until a test needs the other.
Skips only when chromium or chromedriver is not installed (CI installs both).
"""
from __future__ import annotations

import json
import re
import shutil
import tempfile
import time
from pathlib import Path

import networkx as nx
import pytest

from newskg.graph.html import LABEL_CHARS, html_text, write_html

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1600,1000"]

IMG = '<img src=x onerror="window.__pwned=1">'
SCRIPT = "<script>window.__pwned=1</script>"
CLOSE = "</SCRIPT ><!--<script>window.__pwned=1</script>"


# --- hand-made graphs --------------------------------------------------------------

def hostile_graph() -> nx.MultiDiGraph:
    """Every name, alias, title, role and sentence a script or an onerror image."""
    g = nx.MultiDiGraph(name="newskg")
    g.add_node("article:p#1", kind="article", label=CLOSE, title=CLOSE, headlines=[IMG], source="p.txt",
               byline=[f"记者 {IMG}"])
    g.add_node(f"Person:{IMG}", kind="entity", type="Person", label=IMG, aliases=[SCRIPT], articles=["article:p#1"])
    g.add_node(f"Organization:{SCRIPT}", kind="entity", type="Organization", label=SCRIPT, aliases=[],
               articles=["article:p#1"])
    g.add_edge(f"Person:{IMG}", f"Organization:{SCRIPT}", key="holds_role@p#1", type="holds_role", role=IMG,
               article="article:p#1", sentence=0, evidence=f"{IMG}担任{SCRIPT}主席")
    g.add_edge(f"Person:{IMG}", "article:p#1", key="byline@p#1", type="byline", role="记者",
               article="article:p#1", sentence=0, evidence=CLOSE)
    return g


def reversed_copy(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The same graph with nodes and edges inserted in the opposite order."""
    copy = nx.MultiDiGraph(name=graph.name)
    copy.add_nodes_from(reversed(list(graph.nodes(data=True))))
    copy.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    return copy


# --- fixtures ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def pages(seed_graph, tmp_path_factory):
    folder = tmp_path_factory.mktemp("html")
    paths = {"seed": folder / "graph.html", "hostile": folder / "hostile.html"}
    write_html(seed_graph, paths["seed"])
    write_html(hostile_graph(), paths["hostile"])
    return paths


@pytest.fixture(scope="module")
def browser():
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        pytest.skip("chromium / chromium-driver not installed")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.TemporaryDirectory(prefix="newskg-chromium-")
    for flag in FLAGS + [f"--user-data-dir={profile.name}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.newskg_loads = {}
    yield driver
    driver.quit()
    profile.cleanup()


def open_page(driver, path: Path) -> dict:
    """Show the page (loading it only if another is shown); what its load logged:
    console entries and every requested URL."""
    uri = path.as_uri()
    if driver.current_url != uri:
        driver.get("about:blank")
        driver.get_log("browser"), driver.get_log("performance")  # drop what came before
        driver.get(uri)
        wait_for(driver, "return !!(window.newskgView && window.newskgView.settled)", timeout=60)
        driver.newskg_loads[uri] = {"console": driver.get_log("browser"), "urls": requested_urls(driver)}
    return driver.newskg_loads[uri]


def requested_urls(driver) -> list[str]:
    messages = [json.loads(entry["message"])["message"] for entry in driver.get_log("performance")]
    return [m["params"]["request"]["url"] for m in messages if m["method"] == "Network.requestWillBeSent"]


def wait_for(driver, script: str, timeout: float = 5):
    end = time.monotonic() + timeout
    while not (value := driver.execute_script(script)):
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for: {script}")
        time.sleep(0.05)
    return value


@pytest.fixture
def seed_page(browser, pages):
    load = open_page(browser, pages["seed"])
    reset(browser)
    return load


@pytest.fixture
def hostile_page(browser, pages):
    load = open_page(browser, pages["hostile"])
    reset(browser)
    return load


def reset(driver) -> None:
    """Every checkbox ticked, nothing selected, search box, status and details empty, no tooltip."""
    for box in driver.find_elements("css selector", "#panel input[type=checkbox]"):
        if not box.is_selected():
            box.click()
    driver.execute_script(RESET)


RESET = """
newskgView.network.unselectAll();
document.getElementById('search').value = '';
for (const id of ['search-status', 'details']) document.getElementById(id).textContent = '';
const tip = document.querySelector('div.vis-tooltip');
if (tip) tip.style.visibility = 'hidden';
"""


# --- page helpers --------------------------------------------------------------------

def drawn(driver) -> dict:
    """Ids of the nodes and edges vis-network draws now (its visible indices)."""
    return driver.execute_script(
        "const b = newskgView.network.body; return {nodes: b.nodeIndices.slice(), edges: b.edgeIndices.slice()};")


def search(driver, text: str) -> None:
    from selenium.webdriver.common.keys import Keys

    box = driver.find_element("id", "search")
    box.clear()
    box.send_keys(text, Keys.ENTER)


def selected(driver) -> list[str]:
    return driver.execute_script("return newskgView.network.getSelectedNodes();")


def hover(driver, canvas_point: dict) -> str:
    """Move the mouse onto a canvas point; the tooltip's text once it shows."""
    from selenium.webdriver import ActionChains

    canvas = driver.find_element("css selector", "#graph canvas")
    dom = driver.execute_script("return newskgView.network.canvasToDOM(arguments[0]);", canvas_point)
    size = canvas.size
    actions = ActionChains(driver)
    actions.move_to_element_with_offset(canvas, 0, 0).pause(0.1)
    actions.move_to_element_with_offset(canvas, int(dom["x"] - size["width"] / 2),
                                        int(dom["y"] - size["height"] / 2)).perform()
    return wait_for(driver, "const t = document.querySelector('div.vis-tooltip');"
                            "return t && t.style.visibility !== 'hidden' && t.innerText;")


def focus_on(driver, node: str) -> dict:
    """Zoom onto a node without animation; its canvas position."""
    return driver.execute_script(
        "const n = newskgView.network; n.moveTo({position: n.getPosition(arguments[0]), scale: 2});"
        "return n.getPosition(arguments[0]);", node)


def edge_middle(driver, edge: str) -> dict:
    return driver.execute_script(
        "const n = newskgView.network, e = n.body.edges[arguments[0]];"
        "const p = e.edgeType.getPoint(0.5); n.moveTo({position: p, scale: 2}); return {x: p.x, y: p.y};", edge)


def edge_id(u: str, v: str, key: str) -> str:
    return f"{u}|{v}|{key}"


# --- the page as text ------------------------------------------------------------------

def test_same_graph_gives_byte_identical_html(seed_graph):
    assert html_text(seed_graph) == html_text(reversed_copy(seed_graph))


def test_page_inlines_everything_and_carries_no_raw_markup_from_data():
    page = html_text(hostile_graph(), title=SCRIPT)
    assert "<title>&lt;script&gt;window.__pwned=1&lt;/script&gt;</title>" in page
    assert len(re.findall(r"^<script\b", page, re.MULTILINE)) == 3  # the data, vis-network, the view's own
    for payload in (IMG, SCRIPT, CLOSE):
        assert payload not in page
    assert not re.search(r"<link|sourceMappingURL", page)
    assert "default-src 'none'" in page  # the page may fetch nothing even if something tried


# --- the seed graph in Chromium ----------------------------------------------------------

def test_page_loads_without_console_errors_or_network(seed_page, pages):
    assert [e for e in seed_page["console"] if e["level"] in ("SEVERE", "WARNING")] == []
    assert seed_page["urls"], "the performance log recorded no request at all"
    assert [u for u in seed_page["urls"] if not u.startswith("file://")] == []
    assert pages["seed"].as_uri() in seed_page["urls"]


def test_drawn_nodes_and_edges_are_the_graphs(seed_page, browser, seed_graph):
    counts = browser.execute_script("return [newskgView.nodes.length, newskgView.edges.length];")
    assert counts == [seed_graph.number_of_nodes(), seed_graph.number_of_edges()]
    shown = drawn(browser)
    assert sorted(shown["nodes"]) == sorted(seed_graph.nodes)
    assert sorted(shown["edges"]) == sorted(edge_id(*e) for e in seed_graph.edges(keys=True))


def test_layout_stops_once_settled(seed_page, browser):
    positions = "return JSON.stringify(newskgView.network.getPositions());"
    before = browser.execute_script(positions)
    time.sleep(0.6)
    assert browser.execute_script(positions) == before
    assert browser.execute_script("return newskgView.network.physics.physicsEnabled;") is False


def test_search_by_name_selects_and_zooms_to_the_node(seed_page, browser, seed_graph):
    node = max((n for n, a in seed_graph.nodes(data=True) if a["kind"] == "entity"), key=seed_graph.degree)
    search(browser, seed_graph.nodes[node]["label"])
    assert selected(browser) == [node]
    wait_for(browser, "const n = newskgView.network, p = n.getPosition(arguments[0]), v = n.getViewPosition();"
                      "return Math.abs(p.x - v.x) < 2 && Math.abs(p.y - v.y) < 2 && n.getScale() > 1.1;"
             .replace("arguments[0]", json.dumps(node)))
    assert seed_graph.nodes[node]["label"] in browser.find_element("id", "search-status").text
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "graph-search.png"))


def test_search_by_alias_finds_its_node(seed_page, browser, seed_graph):
    names = {a["label"] for _, a in seed_graph.nodes(data=True)}
    node, alias = next((n, alias) for n, a in seed_graph.nodes(data=True) for alias in a.get("aliases", [])
                       if alias not in names)
    search(browser, alias)
    assert selected(browser) == [node]


def test_search_for_an_unknown_name_says_so(seed_page, browser):
    search(browser, "没有这个名字的节点")
    status = browser.find_element("id", "search-status")
    assert "未找到" in status.text and "missing" in status.get_attribute("class")
    assert selected(browser) == []


def test_unticking_a_type_hides_its_nodes_and_their_edges(seed_page, browser, seed_graph):
    people = {n for n, a in seed_graph.nodes(data=True) if a.get("type") == "Person"}
    assert people
    browser.find_element("css selector", 'input[data-set="group"][data-key="Person"]').click()
    shown = drawn(browser)
    assert set(shown["nodes"]) == set(seed_graph.nodes) - people
    touching = {edge_id(u, v, k) for u, v, k in seed_graph.edges(keys=True) if u in people or v in people}
    assert touching and not touching & set(shown["edges"])
    browser.find_element("css selector", 'input[data-set="group"][data-key="Person"]').click()
    assert len(drawn(browser)["nodes"]) == seed_graph.number_of_nodes()


def test_unticking_a_relation_type_hides_those_edges(seed_page, browser, seed_graph):
    bylines = {edge_id(u, v, k) for u, v, k, t in seed_graph.edges(keys=True, data="type") if t == "byline"}
    browser.find_element("css selector", 'input[data-set="relation"][data-key="byline"]').click()
    shown = drawn(browser)
    assert set(shown["edges"]) == {edge_id(*e) for e in seed_graph.edges(keys=True)} - bylines
    assert len(shown["nodes"]) == seed_graph.number_of_nodes()


def test_legend_names_every_type_with_its_count(seed_page, browser, seed_graph):
    rows = browser.execute_script(
        "return [...document.querySelectorAll('#legend-groups li')].map(li => li.innerText.trim());")
    kinds = {a.get("type", "article") for _, a in seed_graph.nodes(data=True)}
    assert len(rows) == len(kinds)
    for kind in kinds:
        count = sum(1 for _, a in seed_graph.nodes(data=True) if a.get("type", "article") == kind)
        assert any(kind in row and row.endswith(str(count)) for row in rows), (kind, rows)


def test_hovering_a_node_shows_type_aliases_and_articles(seed_page, browser, seed_graph):
    node, attrs = next((n, a) for n, a in seed_graph.nodes(data=True) if a.get("aliases"))
    tip = hover(browser, focus_on(browser, node))
    assert attrs["type"] in tip and attrs["label"] in tip and attrs["aliases"][0] in tip
    assert seed_graph.nodes[attrs["articles"][0]]["title"] in tip


def test_overview_screenshot(seed_page, browser):
    browser.execute_script("newskgView.network.fit({animation: false});")
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "graph.png"
    browser.save_screenshot(str(path))
    assert path.stat().st_size > 50_000  # a drawn graph, not a blank page


# --- hostile names in Chromium --------------------------------------------------------------

def test_hostile_names_run_nothing_and_show_as_text(hostile_page, browser):
    assert [e for e in hostile_page["console"] if e["level"] in ("SEVERE", "WARNING")] == []
    assert [u for u in hostile_page["urls"] if not u.startswith("file://")] == []
    assert all(not u.endswith("/x") for u in hostile_page["urls"])  # the <img src=x> never loaded
    search(browser, IMG)
    assert selected(browser) == [f"Person:{IMG}"]
    assert browser.find_element("id", "search-status").text == f"已定位: {IMG}"
    assert f"人物 Person: {IMG}" in browser.find_element("id", "details").text
    assert browser.execute_script("return [...document.getElementById('names').options].map(o => o.value);") \
        == [SCRIPT, IMG, CLOSE, SCRIPT]
    labels = browser.execute_script("return newskgView.nodes.map(n => n.label);")
    assert IMG[: LABEL_CHARS - 1] + "…" in labels
    assert browser.execute_script("return document.querySelectorAll('img, iframe').length;") == 0
    assert browser.execute_script("return document.scripts.length;") == 3
    assert browser.execute_script("return typeof window.__pwned;") == "undefined"


def test_hostile_tooltips_show_the_payload_as_text(hostile_page, browser):
    tip = hover(browser, focus_on(browser, f"Organization:{SCRIPT}"))
    assert f"机构 Organization: {SCRIPT}" in tip and CLOSE in tip
    edge = edge_id(f"Person:{IMG}", f"Organization:{SCRIPT}", "holds_role@p#1")
    reset(browser)
    tip = hover(browser, edge_middle(browser, edge))
    assert f"任职: {IMG} (holds_role)" in tip and f"证据: {IMG}担任{SCRIPT}主席" in tip and f"文章: {CLOSE}" in tip
    assert browser.execute_script("return typeof window.__pwned;") == "undefined"
