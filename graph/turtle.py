"""The graph as RDF Turtle, in standard vocabularies (see vocab.py and data/newskg.ttl).

- Person -> schema:Person; Organization -> org:Organization (and schema:Organization);
  Location -> schema:Place; Event -> schema:Event; article -> schema:NewsArticle with
  schema:headline. Names are skos:prefLabel / skos:altLabel (and schema:name), tagged @zh.
- Each relation is a direct triple for easy queries:
    byline           article schema:author person
    holds_role       person org:memberOf org
    visited          subject newskg:visited object
    organized        event schema:organizer org
    participated_in  subject newskg:participatedIn event
    part_of          org:subOrganizationOf (organisations), schema:containedInPlace (places)
    located_in       schema:containedInPlace (place in place), else schema:location
  and a qualified node that makes it traceable: org:Membership (org:member, org:organization,
  org:role -> an org:Role with its label) for holds_role, else newskg:BylineCredit,
  newskg:Visit, ... with newskg:subject / newskg:object; every one carries
  prov:wasDerivedFrom the article, newskg:evidence (the sentence) and newskg:sentenceIndex.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal, URIRef

from .files import write_text
from .vocab import (NEWSKG, ORG, PREFIXES, PROV, RDF, SCHEMA, SKOS, XSD, article_iri, entity_iri,
                    relation_iri, role_iri)

ENTITY_CLASSES = {
    "Person": (SCHEMA.Person,),
    "Organization": (ORG.Organization, SCHEMA.Organization),
    "Location": (SCHEMA.Place,),
    "Event": (SCHEMA.Event,),
}
QUALIFIED_CLASS = {
    "byline": NEWSKG.BylineCredit,
    "holds_role": ORG.Membership,
    "visited": NEWSKG.Visit,
    "organized": NEWSKG.Organizing,
    "participated_in": NEWSKG.Participation,
    "part_of": NEWSKG.PartOf,
    "located_in": NEWSKG.Locating,
}


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def node_iri(graph: nx.MultiDiGraph, node: str) -> URIRef:
    attrs = graph.nodes[node]
    if attrs["kind"] == "article":
        return article_iri(node)
    return entity_iri(attrs["type"], attrs["label"])


def to_rdf(graph: nx.MultiDiGraph) -> Graph:
    rdf = Graph()
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace)
    for node, attrs in graph.nodes(data=True):
        if attrs["kind"] == "article":
            _add_article(rdf, node_iri(graph, node), attrs)
        else:
            _add_entity(rdf, node_iri(graph, node), attrs)
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        qualified = relation_iri(u, v, key)
        _add_provenance(rdf, qualified, attrs)
        _add_relation(rdf, graph, (u, v), qualified, attrs)
    return rdf


def _add_article(rdf: Graph, iri: URIRef, attrs: dict) -> None:
    rdf.add((iri, RDF.type, SCHEMA.NewsArticle))
    rdf.add((iri, SCHEMA.headline, zh(attrs["title"])))
    for headline in attrs["headlines"]:
        if headline != attrs["title"]:
            rdf.add((iri, SCHEMA.alternativeHeadline, zh(headline)))
    rdf.add((iri, NEWSKG.sourcePage, Literal(attrs["source"])))


def _add_entity(rdf: Graph, iri: URIRef, attrs: dict) -> None:
    for cls in ENTITY_CLASSES[attrs["type"]]:
        rdf.add((iri, RDF.type, cls))
    rdf.add((iri, SKOS.prefLabel, zh(attrs["label"])))
    rdf.add((iri, SCHEMA.name, zh(attrs["label"])))
    for alias in attrs["aliases"]:
        rdf.add((iri, SKOS.altLabel, zh(alias)))
    for article in attrs["articles"]:
        rdf.add((iri, SCHEMA.subjectOf, article_iri(article)))


def _add_provenance(rdf: Graph, qualified: URIRef, attrs: dict) -> None:
    rdf.add((qualified, RDF.type, QUALIFIED_CLASS[attrs["type"]]))
    rdf.add((qualified, PROV.wasDerivedFrom, article_iri(attrs["article"])))
    rdf.add((qualified, NEWSKG.evidence, zh(attrs["evidence"])))
    rdf.add((qualified, NEWSKG.sentenceIndex, Literal(attrs["sentence"], datatype=XSD.integer)))


def _add_relation(rdf: Graph, graph: nx.MultiDiGraph, ends: tuple[str, str], qualified: URIRef,
                  attrs: dict) -> None:
    source, target = (node_iri(graph, end) for end in ends)
    if attrs["type"] == "holds_role":
        _add_membership(rdf, qualified, source, target, attrs["role"])
        return
    rdf.add((qualified, NEWSKG.subject, source))
    rdf.add((qualified, NEWSKG.object, target))
    if attrs["type"] == "byline":
        rdf.add((qualified, NEWSKG.bylineRole, zh(attrs["role"])))
    direct = _direct_triple(attrs["type"], source, target, *(_entity_type(graph, end) for end in ends))
    if direct:
        rdf.add(direct)


def _add_membership(rdf: Graph, qualified: URIRef, person: URIRef, org: URIRef, role: str) -> None:
    rdf.add((person, ORG.memberOf, org))
    rdf.add((qualified, ORG.member, person))
    rdf.add((qualified, ORG.organization, org))
    if role:  # a post without a title stays a membership; the shapes flag it
        rdf.add((qualified, ORG.role, role_iri(role)))
        rdf.add((role_iri(role), RDF.type, ORG.Role))
        rdf.add((role_iri(role), SKOS.prefLabel, zh(role)))


def _entity_type(graph: nx.MultiDiGraph, node: str) -> str:
    return graph.nodes[node].get("type", "")


def _direct_triple(rtype: str, source: URIRef, target: URIRef, source_type: str, target_type: str):
    """The plain triple for a relation, or None where no standard term fits the two types."""
    both = (source_type, target_type)
    if rtype == "byline":
        return target, SCHEMA.author, source
    if rtype == "organized":
        return target, SCHEMA.organizer, source
    if rtype == "visited":
        return source, NEWSKG.visited, target
    if rtype == "participated_in":
        return source, NEWSKG.participatedIn, target
    if rtype == "part_of" and both == ("Organization", "Organization"):
        return source, ORG.subOrganizationOf, target
    if rtype in ("part_of", "located_in") and both == ("Location", "Location"):
        return source, SCHEMA.containedInPlace, target
    if rtype == "located_in":
        return source, SCHEMA.location, target
    return None


def turtle_text(graph: nx.MultiDiGraph) -> str:
    """rdflib's Turtle serializer sorts subjects, predicates and objects, and we make no
    blank nodes, so the same graph always gives the same text."""
    return to_rdf(graph).serialize(format="turtle")


def write_turtle(graph: nx.MultiDiGraph, path: Path | str) -> None:
    write_text(path, turtle_text(graph))
