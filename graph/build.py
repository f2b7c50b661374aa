"""Facts of many pages -> one networkx.MultiDiGraph.

Nodes
- an entity:  id `Organization:北京市总工会`; kind="entity", type, label, aliases,
  articles (the node ids of the articles it appears in)
- an article: id `article:001_970aa545423f6c45#1`; kind="article", title, headlines, source, byline
Edges (one per relation and article, key = "<type>@<article id>[/<role>]")
- type, role ("" where the relation has none), article, sentence (index), evidence (its text)
  byline: person -> article; every other relation goes between its two entities in the
  order of its fields (person -> org, subject -> object, org -> event, part -> whole ...).

The same entity in two articles is one node: entities merge by canonical name, and a name
that another article prints only as an alias of one fuller name (天桥街道总工会 for
西城区天桥街道总工会) joins that fuller name. Where articles give one name two types, the
type named by most articles wins and the votes are kept in `type_votes`.
"""
from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx

from ..extract.model import ENTITY_TYPES, RELATION_FIELDS, ArticleFacts, PageFacts


def entity_id(entity_type: str, name: str) -> str:
    return f"{entity_type}:{name}"


def article_id(facts: ArticleFacts) -> str:
    return f"article:{facts.article.id}"


def build_graph(pages: list[PageFacts]) -> nx.MultiDiGraph:
    articles = [a for page in sorted(pages, key=lambda p: p.source) for a in page.articles]
    canonical = _canonical_names(articles)
    types = _entity_types(articles, canonical)

    nodes: dict[str, dict] = {}
    for facts in articles:
        aid = article_id(facts)
        art = facts.article
        nodes[aid] = {
            "kind": "article", "label": art.title, "title": art.title, "headlines": list(art.headlines),
            "source": art.source, "byline": [f"{c.role} {c.person}" for c in art.credits],
        }
        for entity in facts.entities:
            name = canonical[entity.name]
            node = nodes.setdefault(entity_id(types[name][0], name), {
                "kind": "entity", "type": types[name][0], "label": name, "aliases": set(), "articles": set(),
            })
            node["aliases"].update(f for f in entity.forms if f != name)
            node["articles"].add(aid)
            if len(types[name][1]) > 1:
                node["type_votes"] = dict(sorted(types[name][1].items()))

    edges = []
    for facts in articles:
        aid = article_id(facts)
        for relation in facts.relations:
            ends = [relation.args[f] for f in RELATION_FIELDS[relation.type]]
            ids = [entity_id(types[canonical[n]][0], canonical[n]) for n in ends if n in canonical]
            if len(ids) != len(ends):
                continue  # a relation naming an entity the article does not hold
            u, v = (ids[0], aid) if relation.type == "byline" else (ids[0], ids[1])
            sentence = facts.article.sentences[relation.sentence] if facts.article.sentences else None
            key = f"{relation.type}@{facts.article.id}" + (f"/{relation.role}" if relation.role else "")
            edges.append((u, v, key, {
                "type": relation.type, "role": relation.role or "", "article": aid,
                "sentence": relation.sentence, "evidence": sentence.text if sentence else "",
            }))

    graph = nx.MultiDiGraph(name="newskg")
    for node_id in sorted(nodes):
        attrs = nodes[node_id]
        for key in ("aliases", "articles"):
            if key in attrs:
                attrs[key] = sorted(attrs[key])
        graph.add_node(node_id, **attrs)
    for u, v, key, attrs in sorted(edges, key=lambda e: (e[0], e[1], e[2], e[3]["sentence"])):
        if not graph.has_edge(u, v, key):
            graph.add_edge(u, v, key=key, **attrs)
    return graph


def _canonical_names(articles: list[ArticleFacts]) -> dict[str, str]:
    """Every printed name -> the canonical name of the node it joins."""
    names = {e.name for a in articles for e in a.entities}
    owners: dict[str, set[str]] = defaultdict(set)
    for facts in articles:
        for entity in facts.entities:
            for alias in entity.aliases:
                owners[alias].add(entity.name)
    canonical = {}
    for name in names:
        target, seen = name, {name}
        while len(owners.get(target, ())) == 1:
            (owner,) = owners[target]
            if owner in seen:
                break
            target = owner
            seen.add(owner)
        canonical[name] = target
    return canonical


def _entity_types(articles: list[ArticleFacts], canonical: dict[str, str]) -> dict[str, tuple[str, Counter]]:
    """canonical name -> (chosen type, votes by type), one vote per article."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for facts in articles:
        for entity in facts.entities:
            votes[canonical[entity.name]][entity.type] += 1
    order = {t: i for i, t in enumerate(ENTITY_TYPES)}
    return {name: (min(v, key=lambda t: (-v[t], order[t])), v) for name, v in votes.items()}
