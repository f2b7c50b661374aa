"""One page through every extraction stage: page -> articles -> mentions -> entities -> relations."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .aliases import group_entities
from .layout import read_page
from .lexicon import Lexicon, default_lexicon
from .mentions import QUOTE, find_mentions
from .model import Article, ArticleFacts, PageFacts
from .relations import extract_relations


def extract_article(article: Article, lexicon: Lexicon | None = None) -> ArticleFacts:
    lexicon = lexicon or default_lexicon()
    mentions = find_mentions(article, lexicon)
    entities = group_entities(article.text, mentions, lexicon)
    relations = extract_relations(article, entities, lexicon)
    return ArticleFacts(article, entities, relations)


def extract_page(path: Path | str, lexicon: Lexicon | None = None) -> PageFacts:
    """Two passes: the events the page names with quotes (`“送清凉”系列活动`) are then
    recognised wherever the page quotes them, headlines included."""
    lexicon = lexicon or default_lexicon()
    page = read_page(path)
    first = [extract_article(a, lexicon) for a in page.articles]
    events = frozenset(name for facts in first for e in facts.entities if e.type == "Event"
                       for name in [e.name] if any(QUOTE.fullmatch(m.text[:len(name) + 2]) for m in e.mentions))
    if not events:
        return PageFacts(page.source, first)
    informed = replace(lexicon, known_events=lexicon.known_events | events)
    return PageFacts(page.source, [extract_article(a, informed) for a in page.articles])
