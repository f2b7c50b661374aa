"""The graph as GEXF 1.2 (Gephi). Like GraphML, GEXF attributes hold scalars only, so
lists and dicts become JSON strings (`scalar_copy`).

Two GEXF names are taken: an edge's `type` attribute must be directed/undirected/mutual, so
the relation type is written as the edge `label` (Gephi shows it) and as the attribute
`relation`; and the `lastmodifieddate` networkx stamps on the file (today's date) is left
out, so that the same graph gives the same bytes on any day.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from .files import atomic_path
from .graphml import scalar_copy


def gexf_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A scalar copy whose edges carry the relation type as `label` and `relation`."""
    out = scalar_copy(graph)
    for _, _, attrs in out.edges(data=True):
        if "type" in attrs:
            attrs["relation"] = attrs["label"] = attrs.pop("type")
    return out


def write_gexf(graph: nx.MultiDiGraph, path: Path | str) -> None:
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.add_graph(gexf_graph(graph))
    writer.xml.find("meta").attrib.pop("lastmodifieddate", None)
    with atomic_path(path) as tmp:
        writer.write(tmp)
