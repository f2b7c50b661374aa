"""One page through every extraction stage: page -> articles -> mentions -> entities -> relations."""
from __future__ import annotations

from pathlib import Path

from .aliases import group_entities
from .layout import read_page
from .lexicon import Lexicon, default_lexicon
from .mentions import find_mentions
from .model import Article, ArticleFacts, PageFacts
from .relations import extract_relations


def extract_article(article: Article, lexicon: Lexicon | None = None) -> ArticleFacts:
    lexicon = lexicon or default_lexicon()
    mentions = find_mentions(article, lexicon)
    entities = group_entities(article.text, mentions, lexicon)
    relations = extract_relations(article, entities, lexicon)
    return ArticleFacts(article, entities, relations)


def extract_page(path: Path | str, lexicon: Lexicon | None = None) -> PageFacts:
    page = read_page(path)
    return PageFacts(page.source, [extract_article(a, lexicon) for a in page.articles])
