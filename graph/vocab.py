"""RDF vocabularies and IRIs, declared once.

Standard terms come from W3C ORG, schema.org, PROV-O and SKOS; the terms we coin live in
NEWSKG and are declared in data/newskg.ttl (SHACL shapes for the model: data/shapes.ttl).
Every IRI of our data is made here, from a hash of its key, so no character of a name
(spaces, quotes, <>, #, emoji) can reach an IRI and the same input gives the same IRIs.
"""
from __future__ import annotations

import hashlib
import json
from importlib.resources import files

from rdflib import Namespace, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, SKOS, XSD

SCHEMA = Namespace("https://schema.org/")
NEWSKG = Namespace("https://w3id.org/newskg/vocab#")
ID = Namespace("https://w3id.org/newskg/id/")
DEFAULT_GRAPH_IRI = "https://w3id.org/newskg/graph"
PREFIXES = {"schema": SCHEMA, "org": ORG, "prov": PROV, "skos": SKOS, "newskg": NEWSKG, "xsd": XSD}

ARTICLE_NODE_PREFIX = "article:"  # graph.build: article node ids are `article:<article id>`

__all__ = ["ORG", "PROV", "RDF", "RDFS", "SKOS", "XSD", "SCHEMA", "NEWSKG", "ID", "PREFIXES",
           "DEFAULT_GRAPH_IRI", "resource", "entity_iri", "article_iri", "role_iri", "relation_iri",
           "vocabulary_turtle", "shapes_turtle"]


def resource(kind: str, *key: str) -> URIRef:
    """`id/<kind>/<hash of the key parts>`; the parts are hashed as a JSON list, so
    ("a|b", "c") and ("a", "b|c") never meet."""
    encoded = json.dumps(list(key), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return ID[f"{kind}/{hashlib.sha1(encoded).hexdigest()[:16]}"]


def entity_iri(entity_type: str, name: str) -> URIRef:
    return resource(entity_type.lower(), name)


def article_iri(article: str) -> URIRef:
    """The article's IRI from its graph node id (`article:001_x#1`)."""
    return resource("article", article.removeprefix(ARTICLE_NODE_PREFIX))


def role_iri(label: str) -> URIRef:
    return resource("role", label)


def relation_iri(source: str, target: str, edge_key: str) -> URIRef:
    """A qualified relation node, from the graph edge (source node, target node, key)."""
    return resource("relation", source, target, edge_key)


def vocabulary_turtle() -> str:
    return files(__package__).joinpath("data/newskg.ttl").read_text(encoding="utf-8")


def shapes_turtle() -> str:
    return files(__package__).joinpath("data/shapes.ttl").read_text(encoding="utf-8")
