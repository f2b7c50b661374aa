"""The end-to-end build: every export written, parseable, deterministic, and the repo's
exports/ reproduced byte for byte."""
import json
from pathlib import Path
import re

import networkx as nx
import pytest
import pyoxigraph
import rdflib

from conftest import ROOT, SEEDS
from newskg.build import build
from newskg.extract.model import ENTITY_TYPES, RELATION_FIELDS, RELATIONS_WITH_ROLE
from newskg.graph.nodelink import read_node_link

EXPORT_FILES = ["graph.ttl", "graph.html", "graph.graphml", "graph.json", "graph.gexf",
                "neo4j/nodes.csv", "neo4j/relationships.csv"]


def test_all_files_written(seed_build):
    for name in EXPORT_FILES:
        assert (seed_build / name).stat().st_size > 1000
    pages = sorted(p.stem for p in (seed_build / "pages").glob("*.json"))
    assert pages == sorted(p.stem for p in SEEDS.glob("*.txt"))


def test_page_json_follows_the_gold_format(seed_build):
    for path in (seed_build / "pages").glob("*.json"):
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert doc["source"] == path.stem + ".txt"
        assert doc["articles"]
        for article in doc["articles"]:
            assert set(article) <= {"title", "headlines", "entities", "relations"} and article["title"]
            names = set()
            for entity in article["entities"]:
                assert entity["type"] in ENTITY_TYPES and entity["name"]
                assert set(entity) <= {"type", "name", "aliases"}
                names.add(entity["name"])
            for rel in article["relations"]:
                fields = set(RELATION_FIELDS[rel["type"]]) | ({"role"} if rel["type"] in RELATIONS_WITH_ROLE else set())
                assert set(rel) == fields | {"type"}, rel
                for field in RELATION_FIELDS[rel["type"]]:
                    assert rel[field] in names, (rel, field)


def test_turtle_parses_with_rdflib_and_oxigraph(seed_build):
    data = (seed_build / "graph.ttl").read_bytes()
    graph = rdflib.Graph().parse(data=data, format="turtle")
    assert len(graph) > 500
    store = pyoxigraph.Store()
    store.load(data, format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(graph)
    rows = list(store.query('PREFIX schema: <https://schema.org/> '
                            'SELECT ?h WHERE { ?a a schema:NewsArticle ; schema:headline ?h }'))
    assert len(rows) == 34


def test_graph_merges_entities_across_articles(seed_build):
    graph = read_node_link(seed_build / "graph.json")
    union = graph.nodes["Organization:北京市总工会"]
    assert len(union["articles"]) >= 3 and "市总工会" in union["aliases"]
    articles = [n for n, a in graph.nodes(data=True) if a["kind"] == "article"]
    assert len(articles) == 34
    for u, v, attrs in graph.edges(data=True):
        assert attrs["evidence"] and attrs["article"] in graph
    graphml = nx.read_graphml(seed_build / "graph.graphml")
    assert graphml.number_of_nodes() == graph.number_of_nodes()
    assert graphml.number_of_edges() == graph.number_of_edges()


def test_html_view_is_self_contained(seed_build):
    html = (seed_build / "graph.html").read_text(encoding="utf-8")
    assert "vis.Network" in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, re.I)


def test_build_is_deterministic(tmp_path):
    build([SEEDS], tmp_path / "a")
    build([SEEDS], tmp_path / "b")
    for name in EXPORT_FILES + [f"pages/{p.stem}.json" for p in SEEDS.glob("*.txt")]:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_repo_exports_are_reproduced_byte_for_byte(seed_build):
    committed = ROOT / "exports"
    names = EXPORT_FILES + [f"pages/{p.name}" for p in (seed_build / "pages").glob("*.json")]
    stale = [name for name in names if (seed_build / name).read_bytes() != (committed / name).read_bytes()]
    if stale:
        pytest.fail(f"exports/ is stale ({', '.join(stale)}): run `make run` and commit exports/")


def test_every_post_is_its_own_edge(seed_build):
    graph = read_node_link(seed_build / "graph.json")
    posts = {attrs["role"] for u, v, attrs in graph.edges(data=True)
             if u == "Person:潘建新" and v == "Organization:北京市总工会" and attrs["type"] == "holds_role"}
    assert posts == {"党组书记", "副主席"}


def test_a_failure_while_writing_leaves_the_previous_exports(tmp_path, monkeypatch):
    import newskg.build as build_module
    from newskg.errors import UserError

    out = tmp_path / "exports"
    build([SEEDS / "000_a712a3a270775270.txt"], out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def disk_full(graph, path):
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setitem(build_module.EXPORTS, "graph.zzz", disk_full)  # fails after the others wrote
    with pytest.raises(UserError, match="No space left on device"):
        build([SEEDS], out)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in tmp_path.iterdir()] == ["exports"], "no staging folder left"
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "no staging folder left"


def test_a_failure_while_swapping_puts_the_previous_set_back(tmp_path, monkeypatch):
    import os
    import newskg.graph.files as files

    out = tmp_path / "exports"
    build([SEEDS / "000_a712a3a270775270.txt"], out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    real_replace, calls = os.replace, []

    def fail_midway(src, dst):
        if Path(dst).parent == out:  # a new entry moving into place (the last phase of the swap)
            calls.append(dst)
            if len(calls) == 3:  # the old set is aside, two new entries are in
                raise OSError(5, "Input/output error", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", fail_midway)
    with pytest.raises(Exception):
        build([SEEDS], out)
    monkeypatch.setattr(files.os, "replace", real_replace)
    assert len(calls) > 3, "failed at the third entry moving in, then the old set moved back in"
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
