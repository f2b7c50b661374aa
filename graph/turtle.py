"""The graph as RDF Turtle, in standard vocabularies.

- Person -> schema:Person; Organization -> org:Organization; Location -> schema:Place;
  Event -> schema:Event; article -> schema:NewsArticle (schema:headline). Names are
  skos:prefLabel / skos:altLabel with @zh tags.
- Each relation is a direct triple for easy queries (schema:author, schema:organizer,
  org:subOrganizationOf, schema:location / schema:containedInPlace, newskg:visited,
  newskg:participatedIn) and a qualified node (org:Membership for holds_role, or a
  newskg:Visit, newskg:Organizing, ...) that carries the role, the evidence sentence and
  prov:wasDerivedFrom the article.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal, URIRef

from .files import write_text
from .vocab import NEWSKG, ORG, PROV, RDF, SCHEMA, SKOS, XSD, resource

ENTITY_CLASS = {
    "Person": SCHEMA.Person,
    "Organization": ORG.Organization,
    "Location": SCHEMA.Place,
    "Event": SCHEMA.Event,
}
# relation type -> (qualified node class, direct predicate or None)
RELATION_TERMS = {
    "byline": (NEWSKG.BylineCredit, None),
    "holds_role": (ORG.Membership, None),
    "visited": (NEWSKG.Visit, NEWSKG.visited),
    "organized": (NEWSKG.Organizing, None),
    "participated_in": (NEWSKG.Participation, NEWSKG.participatedIn),
    "part_of": (NEWSKG.PartOf, ORG.subOrganizationOf),
    "located_in": (NEWSKG.Locating, None),
}


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def node_iri(graph: nx.MultiDiGraph, node: str) -> URIRef:
    attrs = graph.nodes[node]
    if attrs["kind"] == "article":
        return resource("article", node)
    return resource(attrs["type"].lower(), attrs["label"])


def to_rdf(graph: nx.MultiDiGraph) -> Graph:
    rdf = Graph()
    for prefix, ns in (("schema", SCHEMA), ("org", ORG), ("prov", PROV), ("skos", SKOS), ("newskg", NEWSKG)):
        rdf.bind(prefix, ns)
    for node, attrs in graph.nodes(data=True):
        _add_node(rdf, graph, node, attrs)
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        _add_relation(rdf, graph, u, v, key, attrs)
    return rdf


def _add_node(rdf: Graph, graph: nx.MultiDiGraph, node: str, attrs: dict) -> None:
    iri = node_iri(graph, node)
    if attrs["kind"] == "article":
        rdf.add((iri, RDF.type, SCHEMA.NewsArticle))
        rdf.add((iri, SCHEMA.headline, zh(attrs["title"])))
        for headline in attrs["headlines"]:
            if headline != attrs["title"]:
                rdf.add((iri, SCHEMA.alternativeHeadline, zh(headline)))
        rdf.add((iri, NEWSKG.sourcePage, Literal(attrs["source"])))
        return
    rdf.add((iri, RDF.type, ENTITY_CLASS[attrs["type"]]))
    if attrs["type"] == "Organization":
        rdf.add((iri, RDF.type, SCHEMA.Organization))
    rdf.add((iri, SKOS.prefLabel, zh(attrs["label"])))
    rdf.add((iri, SCHEMA.name, zh(attrs["label"])))
    for alias in attrs["aliases"]:
        rdf.add((iri, SKOS.altLabel, zh(alias)))
    for article in attrs["articles"]:
        rdf.add((iri, SCHEMA.subjectOf, resource("article", f"article:{article}")))


def _add_relation(rdf: Graph, graph: nx.MultiDiGraph, u: str, v: str, key: str, attrs: dict) -> None:
    source, target = node_iri(graph, u), node_iri(graph, v)
    article = resource("article", attrs["article"])
    qualified = resource("relation", f"{u}|{v}|{key}")
    kind, direct = RELATION_TERMS[attrs["type"]]
    rdf.add((qualified, RDF.type, kind))
    rdf.add((qualified, PROV.wasDerivedFrom, article))
    rdf.add((qualified, NEWSKG.evidence, zh(attrs["evidence"])))
    rdf.add((qualified, NEWSKG.sentenceIndex, Literal(attrs["sentence"], datatype=XSD.integer)))
    rtype = attrs["type"]
    if rtype == "holds_role":
        role = resource("role", attrs["role"])
        rdf.add((role, RDF.type, ORG.Role))
        rdf.add((role, SKOS.prefLabel, zh(attrs["role"])))
        rdf.add((qualified, ORG.member, source))
        rdf.add((qualified, ORG.organization, target))
        rdf.add((qualified, ORG.role, role))
        return
    rdf.add((qualified, NEWSKG.subject, source))
    rdf.add((qualified, NEWSKG.object, target))
    if rtype == "byline":
        rdf.add((target, SCHEMA.author, source))
        rdf.add((qualified, NEWSKG.bylineRole, zh(attrs["role"])))
    elif rtype == "organized":
        rdf.add((target, SCHEMA.organizer, source))
    elif rtype == "located_in":
        located = SCHEMA.containedInPlace if graph.nodes[u].get("type") == "Location" else SCHEMA.location
        rdf.add((source, located, target))
    elif direct is not None:
        rdf.add((source, direct, target))


def turtle_text(graph: nx.MultiDiGraph) -> str:
    return to_rdf(graph).serialize(format="turtle")


def write_turtle(graph: nx.MultiDiGraph, path: Path | str) -> None:
    write_text(path, turtle_text(graph))
