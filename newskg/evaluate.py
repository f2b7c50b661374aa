"""Score page JSON (the gold format) against gold files, by the rules of the Scoring section
of tests/gold/GUIDELINES.md: per page, entities and relations pooled across the page's
articles, names compared without white space and quotation marks, alias-tolerant, each gold
item matched at most once; figures micro-averaged over pages.

This is the product's own scorer (`newskg evaluate`); tests/gold/score.py is the reference
scorer that came with the gold files. The issue asks for both, and tests/test_evaluate.py
keeps their figures equal, on real and on deliberately perturbed output."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .errors import UserError
from .extract.goldformat import page_to_json
from .extract.model import RELATION_FIELDS
from .extract.pipeline import extract_pages

ENTITY_FIELDS = frozenset(f for fields in RELATION_FIELDS.values() for f in fields)
_NOT_COMPARED = re.compile(r"[\s“”\"'‘’「」《》]+")


def flat(value) -> str:
    """A name as it is compared: no white space, quotation marks or book-title marks."""
    return _NOT_COMPARED.sub("", str(value))


# --- counts and figures -------------------------------------------------------------------

@dataclass
class Counts:
    tp: int = 0
    system: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.system += other.system
        self.gold += other.gold

    def figures(self) -> dict:
        p = self.tp / self.system if self.system else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "system": self.system, "gold": self.gold}


def _by_type() -> defaultdict:
    return defaultdict(Counts)


@dataclass
class Tally:
    """Every count the report needs, for one page or summed over pages."""
    article_titles: Counts = field(default_factory=Counts)
    entities: Counts = field(default_factory=Counts)
    entities_typed: Counts = field(default_factory=Counts)
    entities_by_type: defaultdict = field(default_factory=_by_type)
    relations_by_type: defaultdict = field(default_factory=_by_type)

    def add(self, other: Tally) -> None:
        self.article_titles.add(other.article_titles)
        self.entities.add(other.entities)
        self.entities_typed.add(other.entities_typed)
        for mine, theirs in ((self.entities_by_type, other.entities_by_type),
                             (self.relations_by_type, other.relations_by_type)):
            for key, counts in theirs.items():
                mine[key].add(counts)

    def relations(self) -> Counts:
        total = Counts()
        for counts in self.relations_by_type.values():
            total.add(counts)
        return total

    def figures(self) -> dict:
        return {
            "entities": self.entities.figures(),
            "entities_typed": self.entities_typed.figures(),
            "entities_by_type": _figures_by_key(self.entities_by_type),
            "relations": self.relations().figures(),
            "relations_by_type": _figures_by_key(self.relations_by_type),
            "article_titles": self.article_titles.figures(),
        }


def _figures_by_key(counts: dict) -> dict:
    return {key: counts[key].figures() for key in sorted(counts, key=str)}


# --- one page, as the scorer sees it ------------------------------------------------------

@dataclass
class Entity:
    name: str  # flattened canonical name
    type: str | None
    forms: set[str]  # the name and every alias, flattened


@dataclass(frozen=True)
class Title:
    text: str  # as printed in the page JSON
    forms: frozenset[str]  # title and headlines, flattened


@dataclass
class PageView:
    """A page JSON pooled over its articles: entities by canonical name (first type wins,
    aliases merged), every relation, and each article's title forms."""
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[dict] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)

    @classmethod
    def from_json(cls, doc: dict | None) -> PageView:
        view = cls()
        for article in (doc or {}).get("articles", []):
            view._add_article(article)
        return view

    def _add_article(self, article: dict) -> None:
        title = article.get("title", "")
        self.titles.append(Title(str(title), frozenset({flat(title)} | {flat(h) for h in article.get("headlines", [])})))
        for entity in article.get("entities", []):
            name = flat(entity.get("name", ""))
            if name:
                pooled = self.entities.setdefault(name, Entity(name, entity.get("type"), {name}))
                pooled.forms.update(f for f in map(flat, entity.get("aliases", [])) if f)
        self.relations.extend(article.get("relations", []))

    def forms_of(self, value) -> set[str]:
        """Every printed form of the entity a relation field names."""
        name = flat(value)
        if name in self.entities:
            return self.entities[name].forms
        return next((e.forms for e in self.entities.values() if name in e.forms), {name})

    def only_type(self, entity_type) -> PageView:
        return PageView({k: e for k, e in self.entities.items() if e.type == entity_type})


# --- matching -----------------------------------------------------------------------------

def match_entities(system: PageView, gold: PageView, typed: bool) -> dict[str, str]:
    """System name -> gold name; greedy in page order, each gold entity used once."""
    pairs: dict[str, str] = {}
    for sname, sent in system.entities.items():
        used = set(pairs.values())
        gname = next((g for g, gent in gold.entities.items() if g not in used and sent.forms & gent.forms
                      and (not typed or sent.type == gent.type)), None)
        if gname is not None:
            pairs[sname] = gname
    return pairs


def dedupe(relations: list[dict]) -> list[dict]:
    seen, out = set(), []
    for rel in relations:
        key = tuple(sorted((k, flat(v)) for k, v in rel.items()))
        if key not in seen:
            seen.add(key)
            out.append(rel)
    return out


def _fields(rel: dict) -> list[str]:
    return sorted(k for k in rel if k != "type")


def relations_match(srel: dict, grel: dict, system: PageView, gold: PageView) -> bool:
    if srel.get("type") != grel.get("type") or _fields(srel) != _fields(grel):
        return False
    return all(system.forms_of(srel[k]) & gold.forms_of(grel[k]) if k in ENTITY_FIELDS
               else flat(srel[k]) == flat(grel[k]) for k in _fields(grel))


def match_relations(srels: list[dict], grels: list[dict], system: PageView, gold: PageView) -> dict[int, int]:
    """Index in srels -> index in grels (both deduplicated); greedy, each gold used once."""
    pairs: dict[int, int] = {}
    for i, srel in enumerate(srels):
        used = set(pairs.values())
        j = next((j for j, grel in enumerate(grels) if j not in used and relations_match(srel, grel, system, gold)), None)
        if j is not None:
            pairs[i] = j
    return pairs


# --- scoring a page -----------------------------------------------------------------------

@dataclass
class PageErrors:
    """What a developer should look at: gold items missed, system items with no gold match."""
    missed_titles: list[str] = field(default_factory=list)
    false_titles: list[str] = field(default_factory=list)
    missed_entities: list[Entity] = field(default_factory=list)
    false_entities: list[Entity] = field(default_factory=list)
    wrong_type: list[tuple[Entity, Entity]] = field(default_factory=list)  # (system, gold)
    missed_relations: list[dict] = field(default_factory=list)
    false_relations: list[dict] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(vars(self).values())


@dataclass
class PageScore:
    name: str  # the gold file's name
    tally: Tally
    errors: PageErrors


def score_page(name: str, gold_doc: dict, system_doc: dict | None) -> PageScore:
    """Score one page; a missing system page (None) extracted nothing."""
    gold, system = PageView.from_json(gold_doc), PageView.from_json(system_doc)
    tally, errors = Tally(), PageErrors()
    _score_titles(system, gold, tally, errors)
    _score_entities(system, gold, tally, errors)
    _score_relations(system, gold, tally, errors)
    return PageScore(name, tally, errors)


def _score_titles(system: PageView, gold: PageView, tally: Tally, errors: PageErrors) -> None:
    found = [g for g in gold.titles if any(s.forms & g.forms for s in system.titles)]
    tally.article_titles = Counts(len(found), len(system.titles), len(gold.titles))
    errors.missed_titles = [g.text for g in gold.titles if g not in found]
    errors.false_titles = [s.text for s in system.titles if not any(s.forms & g.forms for g in gold.titles)]


def _score_entities(system: PageView, gold: PageView, tally: Tally, errors: PageErrors) -> None:
    n_sys, n_gold = len(system.entities), len(gold.entities)
    tally.entities = Counts(len(match_entities(system, gold, typed=False)), n_sys, n_gold)
    typed = match_entities(system, gold, typed=True)
    tally.entities_typed = Counts(len(typed), n_sys, n_gold)
    for entity_type in {e.type for e in gold.entities.values()} | {e.type for e in system.entities.values()}:
        s, g = system.only_type(entity_type), gold.only_type(entity_type)
        tally.entities_by_type[entity_type] = Counts(len(match_entities(s, g, typed=True)), len(s.entities), len(g.entities))
    errors.false_entities = [e for n, e in system.entities.items() if n not in typed]
    errors.missed_entities = [e for n, e in gold.entities.items() if n not in typed.values()]
    _pair_wrong_types(errors)


def _pair_wrong_types(errors: PageErrors) -> None:
    """Move a false and a missed entity that share a form, differing in type, to wrong_type."""
    for sent in list(errors.false_entities):
        gent = next((g for g in errors.missed_entities if g.forms & sent.forms), None)
        if gent is not None:
            errors.false_entities.remove(sent)
            errors.missed_entities.remove(gent)
            errors.wrong_type.append((sent, gent))


def _score_relations(system: PageView, gold: PageView, tally: Tally, errors: PageErrors) -> None:
    srels, grels = dedupe(system.relations), dedupe(gold.relations)
    pairs = match_relations(srels, grels, system, gold)
    for i, srel in enumerate(srels):
        counts = tally.relations_by_type[srel.get("type")]
        counts.system += 1
        counts.tp += i in pairs
    for grel in grels:
        tally.relations_by_type[grel.get("type")].gold += 1
    errors.false_relations = [r for i, r in enumerate(srels) if i not in pairs]
    errors.missed_relations = [r for j, r in enumerate(grels) if j not in pairs.values()]


# --- a corpus -----------------------------------------------------------------------------

@dataclass
class Evaluation:
    pages: list[PageScore]

    def total(self) -> Tally:
        tally = Tally()
        for page in self.pages:
            tally.add(page.tally)
        return tally

    def figures(self) -> dict:
        """The corpus figures, laid out as the reference scorer's `--json`."""
        return self.total().figures()


@dataclass(frozen=True)
class GoldPage:
    path: Path
    doc: dict


def evaluate(gold: list[GoldPage], predictions: list[dict | None]) -> Evaluation:
    return Evaluation([score_page(g.path.name, g.doc, p) for g, p in zip(gold, predictions, strict=True)])


# --- reading gold and system pages --------------------------------------------------------

def read_gold(gold_dir: Path) -> list[GoldPage]:
    """Every *.json gold file in the folder, sorted by name."""
    if not gold_dir.is_dir():
        raise UserError(f"{gold_dir}: no such folder of gold files")
    paths = sorted(gold_dir.glob("*.json"))
    if not paths:
        raise UserError(f"{gold_dir}: holds no .json gold files")
    return [GoldPage(path, read_page_json(path)) for path in paths]


def read_predictions(gold: list[GoldPage], pred_dir: Path) -> list[dict | None]:
    """The system page JSON named like each gold file; None where there is none."""
    if not pred_dir.is_dir():
        raise UserError(f"{pred_dir}: no such folder of predictions")
    return [read_page_json(p) if (p := pred_dir / g.path.name).is_file() else None for g in gold]


def build_predictions(gold: list[GoldPage], pages_dir: Path, lexicon=None,
                      progress: Callable[[str], None] | None = None) -> list[dict]:
    """Extract the page each gold file names (its "source", found in pages_dir)."""
    pages = [page_of(g, pages_dir) for g in gold]  # every page found before the slow part
    return [page_to_json(facts) for facts in extract_pages(pages, lexicon, progress)]


def page_of(gold: GoldPage, pages_dir: Path) -> Path:
    source = gold.doc.get("source")
    if not isinstance(source, str) or not source.strip():
        raise UserError(f'{gold.path}: no "source" naming the page it annotates')
    page = pages_dir / source
    if not page.is_file():
        raise UserError(f"{gold.path}: its page {source} is not in {pages_dir}")
    return page


def read_page_json(path: Path) -> dict:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise UserError(f"{path}: not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise UserError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot read ({exc.strerror})") from None
    problem = shape_problem(doc)
    if problem:
        raise UserError(f"{path}: {problem}")
    return doc


def shape_problem(doc) -> str | None:
    """Why a document is not a page JSON of the gold format, or None."""
    if not isinstance(doc, dict):
        return "not a JSON object with \"articles\" (see tests/gold/GUIDELINES.md)"
    articles = doc.get("articles", [])
    if not _list_of(articles, dict):
        return '"articles" is not a list of objects'
    for number, article in enumerate(articles, 1):
        problem = _article_problem(article)
        if problem:
            return f"article {number}: {problem}"
    return None


def _article_problem(article: dict) -> str | None:
    if not _list_of(article.get("headlines", []), str):
        return '"headlines" is not a list of strings'
    for key in ("entities", "relations"):
        if not _list_of(article.get(key, []), dict):
            return f'"{key}" is not a list of objects'
    if not all(_list_of(e.get("aliases", []), str) for e in article.get("entities", [])):
        return 'an entity\'s "aliases" is not a list of strings'
    return None


def _list_of(value, kind: type) -> bool:
    return isinstance(value, list) and all(isinstance(item, kind) for item in value)
