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


def extract_article(article: Article, lexicon: Lexicon | None = None,
                    campaigns: frozenset[str] = frozenset()) -> ArticleFacts:
    """One article through the stages; `campaigns` are event names known from its page."""
    lexicon = lexicon or default_lexicon()
    analysed = _simplified_copy(article)
    mentions = find_mentions(analysed, lexicon, campaigns)
    entities = group_entities(analysed.text, mentions, lexicon, analysed.headline_end)
    relations = extract_relations(analysed, entities, lexicon)
    if analysed is not article:
        entities, relations = _as_printed(article, analysed.text, entities, relations)
    return ArticleFacts(article, entities, relations)


def _simplified_copy(article: Article) -> Article:
    """The article in simplified characters (itself when it has no traditional ones)."""
    text = simplified(article.text)
    if text == article.text:
        return article
    credits = [Credit(simplified(c.person, True), c.role) for c in article.credits]  # a role stays as printed (記者)
    headlines = [simplified(h, True) for h in article.headlines]
    return replace(article, title=simplified(article.title, True), headlines=headlines,
                   text=text, credits=credits, sentences=split_sentences(text))


def _as_printed(article: Article, simplified_text: str, entities: list[Entity], relations: list[Relation]):
    """Names and roles found in the simplified copy, given back in the characters the page
    prints; a name the page does not print as such (北京市总工会 for 市總工會) takes the
    page's characters wherever the page printed them."""
    printed = {m.text: article.text[m.start:m.end] for e in entities for m in e.mentions
               if simplified_text[m.start:m.end] == m.text}  # (a name read for a shorter print: 白云区总工会 at 區總工會)
    chars = {a: b for s_, o in printed.items() for a, b in zip(s_, o) if a != b}

    def back(name: str) -> str:
        return printed.get(name) or "".join(chars.get(c, c) for c in name)
    entities = [replace(e, name=back(e.name), aliases=[back(a) for a in e.aliases],
                        mentions=[replace(m, text=article.text[m.start:m.end]) for m in e.mentions]) for e in entities]
    def post_back(relation: Relation) -> str | None:  # (a byline's role was never simplified)
        role = relation.role
        if not role or relation.type != "holds_role":
            return role
        sentence = article.sentences[relation.sentence]  # the copy keeps every offset
        at = simplified_text.find(role, sentence.start, sentence.end)
        return article.text[at:at + len(role)] if at >= 0 else role
    relations = [replace(r, args={k: back(v) for k, v in r.args.items()}, role=post_back(r)) for r in relations]
    return entities, relations


def extract_page(path: Path | str, lexicon: Lexicon | None = None) -> PageFacts:
    """The campaigns the page names as quoted events (`“送清凉”系列活动`) are events wherever
    the page quotes them, headlines included: an article that quotes one it did not find is
    read again knowing the page's campaigns."""
    lexicon = lexicon or default_lexicon()
    page = read_page(path)
    facts = [extract_article(a, lexicon) for a in page.articles]
    campaigns = frozenset(e.name for f in facts for e in f.entities
                          if e.type == "Event" and any(m.text.startswith(f"“{e.name}”") for m in e.mentions))
    for i, f in enumerate(facts):
        found = {e.name for e in f.entities if e.type == "Event"}
        quoted = {m.group(1) for m in QUOTE.finditer(f.article.text)}
        if (quoted & campaigns) - found:
            facts[i] = extract_article(f.article, lexicon, campaigns)
    return PageFacts(page.source, _with_page_full_names(facts, lexicon))


def _with_page_full_names(facts: list[ArticleFacts], lexicon: Lexicon) -> list[ArticleFacts]:
    """A body an article names without its district (`卢沟桥街道总工会`) is the one another
    article of the page names with it (`丰台区卢沟桥街道总工会`): a story whose crossheads
    read as headlines, or a side story of the same page."""
    bodies = {e.name for f in facts for e in f.entities if e.type == "Organization"}
    full = {}
    for name in bodies:
        longer = [b for b in bodies if b.endswith(name) and b[:-len(name)] in lexicon.places
                  and b[:-len(name)].endswith(("区", "县"))]
        if len(longer) == 1 and len(name) >= 5:  # (not a bare head: 总工会)
            full[name] = longer[0]
    if not full:
        return facts
    return [_renamed(f, full) for f in facts]


def _renamed(facts: ArticleFacts, full: dict[str, str]) -> ArticleFacts:
    """The article with its bodies named in full (the short name kept as an alias) and its
    relations following them; a body whose full name the article also uses stays apart."""
    names = {e.name for e in facts.entities}
    renames = {e.name: full[e.name] for e in facts.entities
               if e.type == "Organization" and e.name in full and full[e.name] not in names}
    if not renames:
        return facts
    entities = [replace(e, name=renames[e.name], aliases=sorted({*e.aliases, e.name})) if e.name in renames else e
                for e in facts.entities]
    relations = [replace(r, args={k: renames.get(v, v) for k, v in r.args.items()}) for r in facts.relations]
    # (a renamed name is an organisation's: no person or place of the article bears it)
    return ArticleFacts(facts.article, entities, relations)


def extract_pages(paths: list[Path], lexicon: Lexicon | None = None, progress=None) -> list[PageFacts]:
    """Every page, in order; `progress(message)` hears `[n/N] path` before each."""
    facts = []
    for number, path in enumerate(paths, 1):
        if progress:
            progress(f"[{number}/{len(paths)}] {path}")
        facts.append(extract_page(path, lexicon))
    return facts
