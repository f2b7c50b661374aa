"""The graph as an interactive HTML page (pyvis / vis-network), self-contained: the
vis-network script and style are inlined from the pyvis package, nothing is fetched."""
from __future__ import annotations

import html
import json
from importlib import resources
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from .files import write_text

COLORS = {"Person": "#e4572e", "Organization": "#17becf", "Location": "#76b041", "Event": "#ffc914",
          "article": "#9e9e9e"}
SHAPES = {"Person": "dot", "Organization": "box", "Location": "triangle", "Event": "diamond", "article": "square"}


def _pyvis_network(graph: nx.MultiDiGraph) -> Network:
    net = Network(directed=True, cdn_resources="in_line")
    for node, attrs in graph.nodes(data=True):
        kind = attrs.get("type", "article")
        tip = attrs["label"] if kind == "article" else f"{kind}: {attrs['label']}"
        if attrs.get("aliases"):
            tip += "\n别名: " + "、".join(attrs["aliases"])
        net.add_node(node, label=attrs["label"], title=tip, color=COLORS[kind], shape=SHAPES[kind], group=kind)
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        label = attrs["type"] + (f" ({attrs['role']})" if attrs["role"] else "")
        title = f"{label}\n{graph.nodes[attrs['article']]['title']}\n{attrs['evidence']}"
        net.add_edge(u, v, label=label, title=title, arrows="to", relation=attrs["type"])
    return net


def _asset(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def _script_json(value) -> str:
    """JSON safe inside a <script> element: no `</script>` or `<!--` can close it."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c").replace(">", "\\u003e")


def html_text(graph: nx.MultiDiGraph, title: str = "newskg") -> str:
    net = _pyvis_network(graph)
    nodes, edges = net.nodes, net.edges
    options = {"physics": {"stabilization": {"iterations": 300}},
               "interaction": {"hover": True, "tooltipDelay": 100}}
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
<style>{_asset("vis-network.css")}</style>
<script>{_asset("vis-network.min.js")}</script>
<style>html, body {{ margin: 0; height: 100%; font-family: sans-serif; }} #graph {{ width: 100%; height: 100%; }}</style>
</head>
<body>
<div id="graph"></div>
<script>
const nodes = new vis.DataSet({_script_json(nodes)});
const edges = new vis.DataSet({_script_json(edges)});
const network = new vis.Network(document.getElementById("graph"), {{nodes, edges}}, {_script_json(options)});
network.once("stabilizationIterationsDone", () => network.setOptions({{physics: false}}));
</script>
</body>
</html>
"""


def write_html(graph: nx.MultiDiGraph, path: Path | str) -> None:
    write_text(path, html_text(graph))
