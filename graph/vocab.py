"""RDF vocabularies, declared once. Terms we coin live in NEWSKG (see data/newskg.ttl)."""
from __future__ import annotations

import hashlib

from rdflib import Namespace
from rdflib.namespace import ORG, PROV, RDF, RDFS, SKOS, XSD

SCHEMA = Namespace("https://schema.org/")
NEWSKG = Namespace("https://w3id.org/newskg/vocab#")
ID = Namespace("https://w3id.org/newskg/id/")

__all__ = ["ORG", "PROV", "RDF", "RDFS", "SKOS", "XSD", "SCHEMA", "NEWSKG", "ID", "resource"]


def resource(kind: str, key: str):
    """A deterministic IRI for any name: a readable kind plus a hash of the key, so no
    character of a name (spaces, quotes, <>, #, emoji) can reach the IRI."""
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return ID[f"{kind}/{digest}"]
