"""The graph as NetworkX node-link JSON (`networkx.node_link_graph` reads it back)."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from .files import write_text


def node_link_text(graph: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(graph, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_node_link(graph: nx.MultiDiGraph, path: Path | str) -> None:
    write_text(path, node_link_text(graph))


def read_node_link(path: Path | str) -> nx.MultiDiGraph:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return nx.node_link_graph(data, edges="edges", multigraph=True, directed=True)
