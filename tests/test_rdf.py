"""The Turtle export: standard vocabularies, our own terms declared, every relation traceable,
safe IRIs for any name, accepted by rdflib, rapper and Oxigraph, valid against the SHACL
shapes, byte-identical from run to run."""
import os
import re
import shutil
import subprocess
import sys

import networkx as nx
import pyoxigraph
import pytest
import rdflib
import rdflib.compare
from pyshacl import validate
from rdflib import Literal, URIRef
from rdflib.namespace import SH

from conftest import ROOT
from newskg.graph.turtle import QUALIFIED_CLASS, to_rdf, turtle_text
from newskg.graph.vocab import (ID, NEWSKG, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, article_iri, entity_iri,
                                relation_iri, shapes_turtle, vocabulary_turtle)

ODD_NAMES = ['A "quoted" name', "it's '''triple''' \"\"\"", "x <y> #z", "São Paulo café", "🎉 emoji 🚀",
             "back\\slash\nnew line", "tab\there", "spaces  in   name", "http://not-an-iri/#x"]


@pytest.fixture(scope="module")
def seed_rdf(seed_graph):
    return to_rdf(seed_graph)


@pytest.fixture(scope="module")
def odd_graph():
    """A hand-made graph whose every name is hostile to IRIs and Turtle strings."""
    graph = nx.MultiDiGraph()
    graph.add_node("article:p 1#1", kind="article", label="T", title='T "1" <>#', headlines=['T "1" <>#', "🎉"],
                   source="p 1.txt", byline=[])
    for name in ODD_NAMES:
        for etype in ("Person", "Organization"):
            graph.add_node(f"{etype}:{name}", kind="entity", type=etype, label=name, aliases=[name + " 别名"],
                           articles=["article:p 1#1"])
    for person, org in zip(ODD_NAMES, reversed(ODD_NAMES)):
        graph.add_edge(f"Person:{person}", f"Organization:{org}", key="holds_role@p 1#1", type="holds_role",
                       role=f"主席 {org}", article="article:p 1#1", sentence=0, evidence=f'他说 "{person}" <#>')
        graph.add_edge(f"Person:{person}", "article:p 1#1", key="byline@p 1#1", type="byline", role="记者 <#>",
                       article="article:p 1#1", sentence=1, evidence=person)
    return graph


def _rapper_ntriples(turtle: str, tmp_path) -> str:
    if shutil.which("rapper") is None:
        pytest.skip("rapper (raptor2-utils) is not installed")
    path = tmp_path / "graph.ttl"
    path.write_text(turtle, encoding="utf-8")
    result = subprocess.run(["rapper", "-q", "-i", "turtle", "-o", "ntriples", str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stderr, result.stderr
    return result.stdout


def _assert_every_parser_reads_the_same(turtle: str, tmp_path) -> rdflib.Graph:
    parsed = rdflib.Graph().parse(data=turtle, format="turtle")
    via_rapper = rdflib.Graph().parse(data=_rapper_ntriples(turtle, tmp_path), format="nt")
    assert rdflib.compare.isomorphic(parsed, via_rapper)
    store = pyoxigraph.Store()
    store.load(turtle.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)
    via_oxigraph = rdflib.Graph().parse(data=store.dump(format=pyoxigraph.RdfFormat.N_QUADS).decode(), format="nt")
    assert rdflib.compare.isomorphic(parsed, via_oxigraph)
    return parsed


def test_seed_turtle_reads_the_same_in_rdflib_rapper_and_oxigraph(seed_graph, tmp_path):
    parsed = _assert_every_parser_reads_the_same(turtle_text(seed_graph), tmp_path)
    assert len(parsed) > 1000


def test_odd_names_keep_iris_safe_and_round_trip(odd_graph, tmp_path):
    parsed = _assert_every_parser_reads_the_same(turtle_text(odd_graph), tmp_path)
    ours = {t for triple in parsed for t in triple if isinstance(t, URIRef) and t.startswith(ID)}
    assert len(ours) == 1 + 2 * len(ODD_NAMES) + 2 * len(ODD_NAMES) + len(ODD_NAMES)  # article, entities, relations, roles
    for iri in ours:
        assert re.fullmatch(r"https://w3id\.org/newskg/id/[a-z]+/[0-9a-f]{16}", iri), iri
    labels = {str(o) for o in parsed.objects(None, SKOS.prefLabel)}
    assert set(ODD_NAMES) <= labels
    assert parsed.value(entity_iri("Person", "x <y> #z"), SKOS.prefLabel) == Literal("x <y> #z", lang="zh")
    assert entity_iri("Person", "x <y> #z") != entity_iri("Organization", "x <y> #z")


def test_iris_do_not_collide_when_key_parts_shift():
    assert relation_iri("a|b", "c", "k") != relation_iri("a", "b|c", "k")
    assert article_iri("article:p#1") == article_iri("p#1")


def test_vocabulary_and_shapes_read_the_same_in_rdflib_and_rapper(tmp_path):
    for text in (vocabulary_turtle(), shapes_turtle()):
        assert len(_assert_every_parser_reads_the_same(text, tmp_path)) > 50


def test_every_newskg_term_is_declared_with_label_and_comment(seed_rdf, odd_graph):
    vocab = rdflib.Graph().parse(data=vocabulary_turtle(), format="turtle")
    used = {t for g in (seed_rdf, to_rdf(odd_graph)) for triple in g for t in triple
            if isinstance(t, URIRef) and t.startswith(NEWSKG)}
    assert {NEWSKG.Visit, NEWSKG.evidence, NEWSKG.sentenceIndex, NEWSKG.visited} <= used
    for term in used:
        assert vocab.value(term, RDFS.label) and vocab.value(term, RDFS.comment), f"{term} is not declared"


def test_standard_vocabularies_model_the_seed_graph(seed_rdf):
    membership = next(seed_rdf.subjects(RDF.type, ORG.Membership))
    person, org = seed_rdf.value(membership, ORG.member), seed_rdf.value(membership, ORG.organization)
    assert (person, RDF.type, SCHEMA.Person) in seed_rdf and (org, RDF.type, ORG.Organization) in seed_rdf
    assert (person, ORG.memberOf, org) in seed_rdf
    role = seed_rdf.value(membership, ORG.role)
    assert (role, RDF.type, ORG.Role) in seed_rdf and seed_rdf.value(role, SKOS.prefLabel).language == "zh"
    for predicate in (ORG.subOrganizationOf, SCHEMA.author, SCHEMA.organizer, SCHEMA.containedInPlace,
                      NEWSKG.visited, NEWSKG.participatedIn):
        assert any(seed_rdf.triples((None, predicate, None))), predicate
    article = next(seed_rdf.subjects(RDF.type, SCHEMA.NewsArticle))
    assert seed_rdf.value(article, SCHEMA.headline).language == "zh"
    union = entity_iri("Organization", "北京市总工会")
    assert Literal("市总工会", lang="zh") in set(seed_rdf.objects(union, SKOS.altLabel))


def test_every_relation_is_traceable_to_article_and_sentence(seed_graph, seed_rdf):
    assert seed_graph.number_of_edges() > 100
    for u, v, key, attrs in seed_graph.edges(keys=True, data=True):
        node = relation_iri(u, v, key)
        assert (node, RDF.type, QUALIFIED_CLASS[attrs["type"]]) in seed_rdf
        assert seed_rdf.value(node, PROV.wasDerivedFrom) == article_iri(attrs["article"])
        assert (article_iri(attrs["article"]), RDF.type, SCHEMA.NewsArticle) in seed_rdf
        assert seed_rdf.value(node, NEWSKG.evidence) == Literal(attrs["evidence"], lang="zh")
        assert seed_rdf.value(node, NEWSKG.sentenceIndex).toPython() == attrs["sentence"]
    qualified = {s for cls in QUALIFIED_CLASS.values() for s in seed_rdf.subjects(RDF.type, cls)}
    assert len(qualified) == seed_graph.number_of_edges()


def _violations(data: rdflib.Graph) -> set[tuple]:
    """(focus node, path) of every SHACL result."""
    shapes = rdflib.Graph().parse(data=shapes_turtle(), format="turtle")
    _, results, _ = validate(data, shacl_graph=shapes)
    return {(results.value(r, SH.focusNode), results.value(r, SH.resultPath))
            for r in results.subjects(RDF.type, SH.ValidationResult)}


def test_seed_export_conforms_to_the_shapes(seed_build):
    exported = rdflib.Graph().parse(seed_build / "graph.ttl", format="turtle")
    assert len(exported) > 1000 and _violations(exported) == set()


def _copy(graph: rdflib.Graph) -> rdflib.Graph:
    copy = rdflib.Graph()
    for triple in graph:
        copy.add(triple)
    return copy


def test_membership_without_role_does_not_conform(seed_rdf):
    broken = _copy(seed_rdf)
    membership = next(broken.subjects(RDF.type, ORG.Membership))
    broken.remove((membership, ORG.role, None))
    assert _violations(broken) == {(membership, ORG.role)}


def test_relation_without_evidence_or_article_does_not_conform(seed_rdf):
    for predicate in (NEWSKG.evidence, PROV.wasDerivedFrom):
        broken = _copy(seed_rdf)
        visit = next(broken.subjects(RDF.type, NEWSKG.Visit))
        broken.remove((visit, predicate, None))
        assert _violations(broken) == {(visit, predicate)}


def test_organiser_that_is_a_place_does_not_conform(seed_rdf):
    broken = _copy(seed_rdf)
    event, _, organiser = next(broken.triples((None, SCHEMA.organizer, None)))
    broken.remove((organiser, RDF.type, None))
    broken.add((organiser, RDF.type, SCHEMA.Place))
    assert (event, SCHEMA.organizer) in _violations(broken)


def test_turtle_does_not_depend_on_insertion_order(seed_graph):
    """rdflib's serializer sorts subjects, predicates and objects; check it on a reversed graph."""
    reversed_graph = nx.MultiDiGraph()
    reversed_graph.add_nodes_from(reversed(list(seed_graph.nodes(data=True))))
    reversed_graph.add_edges_from(reversed(list(seed_graph.edges(keys=True, data=True))))
    assert turtle_text(reversed_graph) == turtle_text(seed_graph)


def test_turtle_is_identical_across_processes(tmp_path):
    """Set order and string hashes change from process to process; the Turtle must not."""
    script = ("import sys; from pathlib import Path; from newskg.build import build; "
              "build([Path(sys.argv[1])], Path(sys.argv[2]))")
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, ROOT / "seeds", out], check=True, env=env)
        outputs.append((out / "graph.ttl").read_bytes())
    assert outputs[0] == outputs[1] and len(outputs[0]) > 10000
