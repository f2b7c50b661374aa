"""The data passed between the pipeline's stages.

page file -> Page (articles) -> Article (sentences, byline) -> Entity / Relation -> ArticleFacts
"""
from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES = ("Person", "Organization", "Location", "Event")

# Relation type -> the fields naming entities, in order; `role` is extra where present.
RELATION_FIELDS: dict[str, tuple[str, ...]] = {
    "byline": ("person",),
    "holds_role": ("person", "org"),
    "visited": ("subject", "object"),
    "organized": ("org", "event"),
    "participated_in": ("subject", "event"),
    "part_of": ("part", "whole"),
    "located_in": ("entity", "location"),
}
RELATIONS_WITH_ROLE = {"byline", "holds_role"}


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # character offset in Article.text
    end: int
    text: str


@dataclass(frozen=True)
class Credit:
    """One person credited in a byline: `记者 任洁`."""

    person: str
    role: str


@dataclass
class Article:
    source: str  # page file name, e.g. 001_970aa545423f6c45.txt
    index: int  # position on the page, from 0
    title: str
    headlines: list[str]  # every headline line printed for the article, title included
    text: str  # headline lines, then body paragraphs with layout breaks repaired, joined by "\n"
    credits: list[Credit] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def id(self) -> str:
        stem = self.source.rsplit(".", 1)[0]
        return f"{stem}#{self.index + 1}"

    @property
    def headline_end(self) -> int:
        """Offset where the body starts (the headline lines come first in `text`)."""
        return sum(len(h) + 1 for h in self.headlines)

    def sentence_at(self, offset: int) -> Sentence:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return self.sentences[-1]


@dataclass
class Page:
    source: str
    articles: list[Article]


@dataclass
class Mention:
    """A span of article text that names an entity."""

    type: str
    text: str
    start: int
    end: int


@dataclass
class Entity:
    type: str
    name: str  # canonical: the fullest form the article prints (or an official expansion)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def forms(self) -> set[str]:
        return {self.name, *self.aliases}


@dataclass
class Relation:
    type: str
    args: dict[str, str]  # field name -> canonical entity name
    role: str | None = None
    sentence: int = 0  # index of the evidence sentence in the article

    def key(self) -> tuple:
        return (self.type, tuple(sorted(self.args.items())), self.role or "")


@dataclass
class ArticleFacts:
    article: Article
    entities: list[Entity]
    relations: list[Relation]

    def entity(self, name: str) -> Entity | None:
        for e in self.entities:
            if name in e.forms:
                return e
        return None


@dataclass
class PageFacts:
    source: str
    articles: list[ArticleFacts]
