"""The graph as GraphML (Gephi, yEd, Cytoscape). Lists and dicts become JSON strings,
since GraphML attributes hold scalars only."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from .files import atomic_path


def scalar_copy(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attribute values are all str/int/float/bool."""
    def flat(attrs: dict) -> dict:
        return {k: json.dumps(v, ensure_ascii=False, sort_keys=True) if isinstance(v, (list, dict, set)) else v
                for k, v in attrs.items()}
    out = nx.MultiDiGraph(**flat(graph.graph))
    for node, attrs in graph.nodes(data=True):
        out.add_node(node, **flat(attrs))
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        out.add_edge(u, v, key=key, **flat(attrs))
    return out


def write_graphml(graph: nx.MultiDiGraph, path: Path | str) -> None:
    with atomic_path(path) as tmp:
        nx.write_graphml(scalar_copy(graph), tmp, encoding="utf-8")
