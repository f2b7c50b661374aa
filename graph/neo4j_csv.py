"""The graph as CSV for `neo4j-admin database import` (header format of the import tool).

    neo4j-admin database import full neo4j --multiline-fields=true \\
        --nodes=OUT/neo4j/nodes.csv --relationships=OUT/neo4j/relationships.csv

nodes.csv: `id:ID,:LABEL,name,aliases:string[],...`; the label is the entity type
(Person, Organization, Location, Event) or Article, `name` the node's label, then every
other attribute in the order first met. relationships.csv: `:START_ID,:END_ID,:TYPE,role,
article,sentence:int,evidence`; the type is the relation in upper case (HOLDS_ROLE, BYLINE).
A column's type comes from its first value: a list is `string[]` (items joined by `;`, the
import tool's array delimiter; an item's own `;` becomes the full-width `；`), an int `int`,
a float `double`, a bool `boolean`, a dict a JSON string, anything else a string. An empty
field leaves the property unset. Fields are quoted the RFC 4180 way (csv module); a value
may hold a newline, hence `--multiline-fields=true`.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx

from .files import write_text

ARRAY_DELIMITER = ";"
NODE_COLUMNS = ["id:ID", ":LABEL", "name"]
RELATIONSHIP_COLUMNS = [":START_ID", ":END_ID", ":TYPE"]
NODE_KEYS_IN_COLUMNS = {"kind", "type", "label"}  # written as :LABEL and name
EDGE_KEYS_IN_COLUMNS = {"type"}  # written as :TYPE


def node_label(attrs: dict) -> str:
    return attrs["type"] if attrs.get("kind") == "entity" else str(attrs.get("kind", "node")).title()


def column_type(value) -> str:
    if isinstance(value, (list, tuple, set)):
        return "string[]"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "double"
    return "string"


def field_text(value) -> str:
    if isinstance(value, (list, tuple, set)):
        return ARRAY_DELIMITER.join(str(item).replace(ARRAY_DELIMITER, "；") for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def property_columns(records: list[dict], taken: set[str]) -> dict[str, str]:
    """Attribute key -> header cell (`key` or `key:type`), in the order the keys are first met."""
    columns: dict[str, str] = {}
    for attrs in records:
        for key, value in attrs.items():
            if key not in taken and key not in columns:
                kind = column_type(value)
                columns[key] = key if kind == "string" else f"{key}:{kind}"
    return columns


def check_type(key: str, header: str, value) -> None:
    expected = header.partition(":")[2] or "string"
    if column_type(value) != expected:
        raise TypeError(f"attribute {key!r}: {value!r} does not fit the column {header!r}")


def property_fields(attrs: dict, columns: dict[str, str]) -> list[str]:
    fields = []
    for key, header in columns.items():
        value = attrs.get(key)
        if value is not None:
            check_type(key, header, value)
        fields.append("" if value is None else field_text(value))
    return fields


def csv_text(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def nodes_csv(graph: nx.MultiDiGraph) -> str:
    nodes = list(graph.nodes(data=True))
    columns = property_columns([attrs for _, attrs in nodes], NODE_KEYS_IN_COLUMNS)
    rows = [[str(node), node_label(attrs), str(attrs.get("label", node))] + property_fields(attrs, columns)
            for node, attrs in nodes]
    return csv_text(NODE_COLUMNS + list(columns.values()), rows)


def relationships_csv(graph: nx.MultiDiGraph) -> str:
    edges = list(graph.edges(data=True))
    columns = property_columns([attrs for _, _, attrs in edges], EDGE_KEYS_IN_COLUMNS)
    rows = [[str(u), str(v), str(attrs.get("type", "related")).upper()] + property_fields(attrs, columns)
            for u, v, attrs in edges]
    return csv_text(RELATIONSHIP_COLUMNS + list(columns.values()), rows)


def write_neo4j_csv(graph: nx.MultiDiGraph, folder: Path | str) -> None:
    """`folder`/nodes.csv and `folder`/relationships.csv, each written to a temporary file and renamed."""
    folder = Path(folder)
    nodes, relationships = nodes_csv(graph), relationships_csv(graph)  # both rendered before either is written
    write_text(folder / "nodes.csv", nodes)
    write_text(folder / "relationships.csv", relationships)
