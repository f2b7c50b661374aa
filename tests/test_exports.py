"""GEXF and neo4j-admin CSV exports: each is parsed back and checked against the graph."""
import csv
import json
from xml.etree import ElementTree

import networkx as nx
import pytest

from newskg.graph.gexf import write_gexf
from newskg.graph.neo4j_csv import write_neo4j_csv
from newskg.graph.nodelink import read_node_link

TRICKY = '他说："好, 很好"\n第二行'
LABELS = {"Person", "Organization", "Location", "Event", "Article"}


def small_graph() -> nx.MultiDiGraph:
    """Two entities and an article, with values that test quoting and arrays."""
    graph = nx.MultiDiGraph(name="newskg")
    graph.add_node("Organization:北京市总工会", kind="entity", type="Organization", label="北京市总工会",
                   aliases=["市总工会", "总工会;北京"], articles=["article:p#1", "article:p#2"],
                   type_votes={"Organization": 2, "Location": 1})
    graph.add_node("Person:张三, \"老张\"", kind="entity", type="Person", label='张三, "老张"',
                   aliases=[], articles=["article:p#1"])
    graph.add_node("article:p#1", kind="article", label=TRICKY, title=TRICKY, headlines=["一", "二"],
                   source="p.txt", byline=["记者 张三"])
    graph.add_edge("Person:张三, \"老张\"", "Organization:北京市总工会", key="holds_role@p#1",
                   type="holds_role", role="主席", article="article:p#1", sentence=2, evidence=TRICKY)
    graph.add_edge("Person:张三, \"老张\"", "article:p#1", key="byline@p#1",
                   type="byline", role="记者", article="article:p#1", sentence=0, evidence="本报讯")
    return graph


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


def array(field: str) -> list[str]:
    return field.split(";") if field else []


@pytest.fixture(scope="module")
def exported_graph(seed_build):
    """The seeds graph as the build exported it (node-link JSON read back)."""
    return read_node_link(seed_build / "graph.json")


# GEXF

def test_gexf_of_the_seeds_has_the_graph_s_nodes_and_edges(seed_build, exported_graph):
    gexf = nx.read_gexf(seed_build / "graph.gexf")
    assert gexf.is_directed() and gexf.is_multigraph()
    assert gexf.number_of_nodes() == exported_graph.number_of_nodes() > 200
    assert gexf.number_of_edges() == exported_graph.number_of_edges() > 100
    union = gexf.nodes["Organization:北京市总工会"]
    expected = exported_graph.nodes["Organization:北京市总工会"]
    assert (union["label"], union["type"]) == ("北京市总工会", "Organization")
    assert json.loads(union["aliases"]) == expected["aliases"] and "市总工会" in expected["aliases"]
    relations = sorted(attrs["relation"] for _, _, attrs in gexf.edges(data=True))
    assert relations == sorted(attrs["type"] for _, _, attrs in exported_graph.edges(data=True))


def test_gexf_keeps_tricky_values_and_relation_types(tmp_path):
    write_gexf(small_graph(), tmp_path / "g.gexf")
    gexf = nx.read_gexf(tmp_path / "g.gexf")
    assert gexf.nodes["article:p#1"]["label"] == TRICKY
    assert json.loads(gexf.nodes["Organization:北京市总工会"]["type_votes"]) == {"Organization": 2, "Location": 1}
    edges = {attrs["relation"]: (u, v, attrs) for u, v, attrs in gexf.edges(data=True)}
    u, v, edge = edges["holds_role"]
    assert (u, v) == ('Person:张三, "老张"', "Organization:北京市总工会")
    assert (edge["relation"], edge["label"], edge["role"], edge["sentence"]) == ("holds_role", "holds_role", "主席", 2)
    assert edge["evidence"] == TRICKY
    xml_edges = ElementTree.parse(tmp_path / "g.gexf").getroot().iter("{http://www.gexf.net/1.2draft}edge")
    assert {e.get("type", "directed") for e in xml_edges} == {"directed"}  # GEXF's own edge type


def test_gexf_is_byte_identical_and_carries_no_date(tmp_path):
    write_gexf(small_graph(), tmp_path / "a.gexf")
    write_gexf(small_graph(), tmp_path / "b.gexf")
    data = (tmp_path / "a.gexf").read_bytes()
    assert data == (tmp_path / "b.gexf").read_bytes()
    assert b"lastmodifieddate" not in data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.gexf", "b.gexf"]  # no temporary files left


# neo4j-admin CSV

def test_neo4j_headers_of_the_seeds(seed_build):
    node_header, _ = read_csv(seed_build / "neo4j" / "nodes.csv")
    rel_header, _ = read_csv(seed_build / "neo4j" / "relationships.csv")
    assert node_header[:3] == ["id:ID", ":LABEL", "name"]
    assert {"aliases:string[]", "articles:string[]", "headlines:string[]", "byline:string[]"} <= set(node_header)
    assert rel_header == [":START_ID", ":END_ID", ":TYPE", "role", "article", "sentence:int", "evidence"]


def test_neo4j_csv_of_the_seeds_matches_the_graph(seed_build, exported_graph):
    _, nodes = read_csv(seed_build / "neo4j" / "nodes.csv")
    _, relationships = read_csv(seed_build / "neo4j" / "relationships.csv")
    assert len(nodes) == exported_graph.number_of_nodes() and len(relationships) == exported_graph.number_of_edges()
    ids = {row["id:ID"] for row in nodes}
    assert ids == set(exported_graph.nodes)
    for row in relationships:
        assert row[":START_ID"] in ids and row[":END_ID"] in ids
        assert row[":TYPE"].isupper() and int(row["sentence:int"]) >= 0
    assert {row[":LABEL"] for row in nodes} == LABELS
    union = next(row for row in nodes if row["id:ID"] == "Organization:北京市总工会")
    assert array(union["aliases:string[]"]) == exported_graph.nodes["Organization:北京市总工会"]["aliases"]
    assert union[":LABEL"] == "Organization" and union["name"] == "北京市总工会"
    types = sorted(row[":TYPE"] for row in relationships)
    assert types == sorted(attrs["type"].upper() for _, _, attrs in exported_graph.edges(data=True))


def test_neo4j_csv_round_trips_tricky_values(tmp_path):
    write_neo4j_csv(small_graph(), tmp_path / "neo4j")
    header, nodes = read_csv(tmp_path / "neo4j" / "nodes.csv")
    _, relationships = read_csv(tmp_path / "neo4j" / "relationships.csv")
    assert header == ["id:ID", ":LABEL", "name", "aliases:string[]", "articles:string[]", "type_votes",
                      "title", "headlines:string[]", "source", "byline:string[]"]
    by_id = {row["id:ID"]: row for row in nodes}
    article, person = by_id["article:p#1"], by_id['Person:张三, "老张"']
    assert (article[":LABEL"], article["name"], article["title"]) == ("Article", TRICKY, TRICKY)
    assert array(article["headlines:string[]"]) == ["一", "二"]
    assert (person[":LABEL"], person["name"], person["aliases:string[]"]) == ("Person", '张三, "老张"', "")
    union = by_id["Organization:北京市总工会"]
    assert array(union["aliases:string[]"]) == ["市总工会", "总工会；北京"]  # an item's own ; would split it
    assert json.loads(union["type_votes"]) == {"Location": 1, "Organization": 2}
    holds = next(row for row in relationships if row[":TYPE"] == "HOLDS_ROLE")
    assert (holds[":START_ID"], holds[":END_ID"]) == ('Person:张三, "老张"', "Organization:北京市总工会")
    assert (holds["role"], holds["sentence:int"], holds["evidence"]) == ("主席", "2", TRICKY)
    assert {row[":TYPE"] for row in relationships} == {"HOLDS_ROLE", "BYLINE"}


def test_neo4j_csv_is_byte_identical(tmp_path):
    write_neo4j_csv(small_graph(), tmp_path / "a")
    write_neo4j_csv(small_graph(), tmp_path / "b")
    for name in ("nodes.csv", "relationships.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["nodes.csv", "relationships.csv"]


def test_neo4j_csv_refuses_a_value_that_does_not_fit_its_column_and_writes_nothing(tmp_path):
    graph = small_graph()
    graph.add_edge("article:p#1", "article:p#1", type="cites", sentence="three", evidence="")
    with pytest.raises(TypeError, match="sentence"):
        write_neo4j_csv(graph, tmp_path / "neo4j")
    assert not (tmp_path / "neo4j").exists()
