"""PageFacts <-> the page JSON of GUIDELINES.md (the gold annotation format)."""
from __future__ import annotations

from .model import RELATION_FIELDS, RELATIONS_WITH_ROLE, ArticleFacts, PageFacts


def article_to_json(facts: ArticleFacts) -> dict:
    article = facts.article
    out: dict = {"title": article.title}
    others = [h for h in article.headlines if h != article.title]
    if others:
        out["headlines"] = others
    out["entities"] = [_entity_json(e) for e in facts.entities]
    out["relations"] = [_relation_json(r) for r in facts.relations]
    return out


def page_to_json(page: PageFacts) -> dict:
    return {"source": page.source, "articles": [article_to_json(a) for a in page.articles]}


def _entity_json(entity) -> dict:
    out = {"type": entity.type, "name": entity.name}
    if entity.aliases:
        out["aliases"] = list(entity.aliases)
    return out


def _relation_json(relation) -> dict:
    out = {"type": relation.type}
    for field in RELATION_FIELDS[relation.type]:
        out[field] = relation.args[field]
    if relation.type in RELATIONS_WITH_ROLE:
        out["role"] = relation.role or ""
    return out
