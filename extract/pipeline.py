"""One page through every extraction stage: page -> articles -> mentions -> entities -> relations."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .aliases import group_entities
from .layout import read_page
from .lexicon import Lexicon, default_lexicon
from .mentions import QUOTE, find_mentions
from .model import Article, ArticleFacts, Credit, Entity, PageFacts, Relation
from .relations import extract_relations
from .script import simplified
from .sentences import split_sentences


def extract_article(article: Article, lexicon: Lexicon | None = None) -> ArticleFacts:
    lexicon = lexicon or default_lexicon()
    analysed = _simplified_copy(article)
    mentions = find_mentions(analysed, lexicon)
    entities = group_entities(analysed.text, mentions, lexicon)
    relations = extract_relations(analysed, entities, lexicon)
    if analysed is not article:
        entities, relations = _as_printed(article, entities, relations)
    return ArticleFacts(article, entities, relations)


def _simplified_copy(article: Article) -> Article:
    """The article in simplified characters (itself when it has no traditional ones)."""
    text = simplified(article.text)
    if text == article.text:
        return article
    credits = [Credit(simplified(c.person), simplified(c.role)) for c in article.credits]
    return replace(article, title=simplified(article.title), headlines=[simplified(h) for h in article.headlines],
                   text=text, credits=credits, sentences=split_sentences(text))


def _as_printed(article: Article, entities: list[Entity], relations: list[Relation]):
    """Names found in the simplified copy, given back in the characters the page prints;
    a name the page does not print as such (北京市总工会 for 市總工會) takes the page's
    characters wherever the page printed them."""
    printed = {m.text: article.text[m.start:m.end] for e in entities for m in e.mentions}
    chars = {a: b for s_, o in printed.items() for a, b in zip(s_, o) if a != b}

    def back(name: str) -> str:
        return printed.get(name) or "".join(chars.get(c, c) for c in name)
    entities = [replace(e, name=back(e.name), aliases=[back(a) for a in e.aliases],
                        mentions=[replace(m, text=article.text[m.start:m.end]) for m in e.mentions]) for e in entities]
    relations = [replace(r, args={k: back(v) for k, v in r.args.items()}) for r in relations]
    return entities, relations


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
