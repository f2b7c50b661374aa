"""The graph as an interactive HTML page, self-contained and safe to open from disk.

pyvis shapes the nodes and edges (colour, shape, label, tooltip); the page is our own
template `data/view.html` with `view.css` and `view.js`, and the vis-network script and
style are inlined from the pyvis package, so the page fetches nothing. The graph travels
as JSON in a `<script type="application/json">` element and every name reaches the page
as text (JSON strings, `textContent`, vis-network's plain-text tooltips), never as markup.
"""
from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from .files import write_text

# node group -> (display name, colour, vis-network shape); "article" is the article nodes' group
NODE_GROUPS = {
    "Person": ("人物", "#e4572e", "dot"),
    "Organization": ("机构", "#1f9bb4", "hexagon"),
    "Location": ("地点", "#5a9e2f", "triangle"),
    "Event": ("事件", "#e8a900", "diamond"),
    "article": ("文章", "#8d8d8d", "square"),
}
RELATIONS = {
    "byline": ("署名", "#b0b0b0"),
    "holds_role": ("任职", "#e4572e"),
    "visited": ("走访", "#7b4fb8"),
    "organized": ("组织", "#e8a900"),
    "participated_in": ("参加", "#c2185b"),
    "part_of": ("隶属", "#1f9bb4"),
    "located_in": ("位于", "#5a9e2f"),
}
OTHER_RELATION = ("", "#666666")
LABEL_CHARS = 14  # longer names are shortened on the canvas; the tooltip keeps them whole

OPTIONS = {
    "layout": {"randomSeed": 7, "improvedLayout": False},
    "physics": {
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -70, "centralGravity": 0.015,
                             "springLength": 100, "springConstant": 0.06, "avoidOverlap": 1},
        "stabilization": {"enabled": True, "iterations": 600, "updateInterval": 50, "fit": True},
        "minVelocity": 1.0,
    },
    "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False, "keyboard": False},
    "nodes": {"scaling": {"min": 10, "max": 26, "label": {"enabled": False, "drawThreshold": 6}},
              "font": {"size": 16, "face": "Noto Sans CJK SC, sans-serif"}, "borderWidth": 1,
              "borderWidthSelected": 4},
    "edges": {"width": 1.2, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
              "font": {"size": 12, "align": "middle", "face": "Noto Sans CJK SC, sans-serif",
                       "color": "#444444", "strokeWidth": 3, "strokeColor": "#ffffff"},
              "smooth": {"enabled": True, "type": "continuous", "roundness": 0.4}},
}


def _group(attrs: dict) -> str:
    return attrs.get("type", "article") if attrs.get("kind") == "entity" else "article"


def _short(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1] + "…"


def _article_title(graph: nx.MultiDiGraph, article_node: str) -> str:
    return graph.nodes[article_node]["title"] if article_node in graph else article_node


def _node_tooltip(graph: nx.MultiDiGraph, attrs: dict) -> str:
    group = _group(attrs)
    if group == "article":
        lines = [f"文章: {attrs['title']}"]
        lines += [f"标题: {h}" for h in attrs.get("headlines", []) if h != attrs["title"]]
        if attrs.get("byline"):
            lines.append("署名: " + "、".join(attrs["byline"]))
        if attrs.get("source"):
            lines.append(f"来源: {attrs['source']}")
        return "\n".join(lines)
    lines = [f"{NODE_GROUPS.get(group, (group,))[0]} {group}: {attrs['label']}"]
    if attrs.get("aliases"):
        lines.append("别名: " + "、".join(attrs["aliases"]))
    articles = attrs.get("articles", [])
    lines.append(f"文章 ({len(articles)}):")
    lines += [f"  · {_article_title(graph, a)}" for a in articles]
    return "\n".join(lines)


def _edge_label(attrs: dict) -> str:
    """The relation's name as the legend shows it (`任职: 副主席`)."""
    name = RELATIONS.get(attrs["type"], OTHER_RELATION)[0] or attrs["type"]
    return f"{name}: {attrs['role']}" if attrs.get("role") else name


def _edge_tooltip(graph: nx.MultiDiGraph, u: str, v: str, attrs: dict) -> str:
    return "\n".join([
        f"{_edge_label(attrs)} ({attrs['type']}): {graph.nodes[u]['label']} → {graph.nodes[v]['label']}",
        f"文章: {_article_title(graph, attrs['article'])}",
        f"证据: {attrs.get('evidence') or '(无)'}",
    ])


def _font_size(degree: int) -> int:
    """Isolated names stay small (their labels show once zoomed in); hubs read from afar."""
    return 12 if degree == 0 else 16 if degree < 3 else 24


def _node_color(color: str) -> dict:
    """The type's colour; a dark ring when selected or hovered, so the chosen node stands out."""
    ring = {"background": color, "border": "#111111"}
    return {"background": color, "border": color, "highlight": ring, "hover": ring}


def _add_node(net: Network, graph: nx.MultiDiGraph, node: str, attrs: dict) -> None:
    group = _group(attrs)
    _, color, shape = NODE_GROUPS.get(group, (group, "#666666", "dot"))
    net.add_node(node, label=_short(attrs["label"]), title=_node_tooltip(graph, attrs), color=_node_color(color),
                 value=graph.degree(node) + 1, font={"size": _font_size(graph.degree(node))},
                 shape=shape, kind=group, name=attrs["label"], aliases=list(attrs.get("aliases", [])))


def _add_edge(net: Network, graph: nx.MultiDiGraph, u: str, v: str, key: str, attrs: dict) -> None:
    color = RELATIONS.get(attrs["type"], OTHER_RELATION)[1]
    net.add_edge(u, v, id=f"{u}|{v}|{key}", label=_edge_label(attrs), title=_edge_tooltip(graph, u, v, attrs),
                 color=color, relation=attrs["type"])


def pyvis_network(graph: nx.MultiDiGraph) -> Network:
    """The graph's nodes and edges shaped by pyvis, in sorted order (the page is deterministic)."""
    net = Network(directed=True)
    for node in sorted(graph.nodes):
        _add_node(net, graph, node, graph.nodes[node])
    for u, v, key in sorted(graph.edges(keys=True)):
        _add_edge(net, graph, u, v, key, graph.edges[u, v, key])
    return net


def _legend(net: Network) -> dict:
    groups = [g for g in NODE_GROUPS if any(n["kind"] == g for n in net.nodes)]
    groups += sorted({n["kind"] for n in net.nodes} - set(groups))
    relations = [r for r in RELATIONS if any(e["relation"] == r for e in net.edges)]
    relations += sorted({e["relation"] for e in net.edges} - set(relations))
    return {
        "groups": [_legend_row(g, NODE_GROUPS.get(g, (g, "#666666", "dot")), net.nodes, "kind") for g in groups],
        "relations": [_legend_row(r, RELATIONS.get(r, OTHER_RELATION) + ("line",), net.edges, "relation")
                      for r in relations],
    }


def _legend_row(key: str, style: tuple, items: list[dict], field: str) -> dict:
    name, color, shape = style
    return {"key": key, "name": name, "color": color, "shape": shape,
            "count": sum(1 for item in items if item[field] == key)}


def view_data(graph: nx.MultiDiGraph) -> dict:
    """Everything the page's script needs: nodes, edges, legend and vis-network options."""
    net = pyvis_network(graph)
    return {"nodes": net.nodes, "edges": net.edges, "legend": _legend(net), "options": OPTIONS}


def _script_json(value) -> str:
    """JSON that cannot end its <script> element: `<`, `>` and `&` travel as \\u escapes."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _inline(text: str, name: str) -> str:
    """An asset for a <script> or <style> element; refuses one that would close its element early."""
    if re.search(r"</(script|style)", text, re.IGNORECASE):
        raise ValueError(f"{name} contains a closing tag and cannot be inlined")
    return text


def _pyvis_asset(name: str) -> str:
    text = resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")
    return _inline(re.sub(r"^//# sourceMappingURL=.*$", "", text, flags=re.MULTILINE), name)  # no map to fetch


def _view_file(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")


def html_text(graph: nx.MultiDiGraph, title: str = "newskg") -> str:
    parts = {
        "title": html.escape(title),
        "vis_css": _pyvis_asset("vis-network.css"),
        "vis_js": _pyvis_asset("vis-network.min.js"),
        "view_css": _inline(_view_file("view.css"), "view.css"),
        "view_js": _inline(_view_file("view.js"), "view.js"),
        "data": _script_json(view_data(graph)),
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], _view_file("view.html"))


def write_html(graph: nx.MultiDiGraph, path: Path | str) -> None:
    write_text(path, html_text(graph))
