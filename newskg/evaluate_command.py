"""`newskg evaluate`: parser, entry point and the report (table, JSON, error listing)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .build import stderr_progress
from .errors import UserError
from .evaluate import (Entity, Evaluation, build_predictions, evaluate, read_gold,
                       read_predictions)
from .extract.model import RELATION_FIELDS

EPILOG = """\
Matching follows the Scoring section of tests/gold/GUIDELINES.md: per page, names compared
without white space and quotation marks, alias-tolerant, each gold item matched once;
figures summed over pages. A gold file's page is the file its "source" names; with --pred,
the system page is the file of the same name as the gold file (none: nothing extracted).

examples:
  newskg evaluate tests/gold/seeds
  newskg evaluate tests/gold/extra --pages tests/pages/extra --errors
  newskg evaluate tests/gold/seeds --pred exports/pages --json
"""
ERRORS_LEGEND = "- gold missed by the system, + system output with no gold match, ~ wrong type"


def register(sub) -> None:
    cmd = sub.add_parser("evaluate", help="score extraction against gold files",
                         description="Score extraction against gold files: precision, recall and F1 "
                                     "for article titles, entities and relations.",
                         epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    cmd.add_argument("gold_dir", type=Path, metavar="GOLD_DIR", help="folder of gold page JSON files")
    cmd.add_argument("--pages", type=Path, metavar="DIR",
                     help="folder of the pages the gold files name, built afresh (default: seeds/)")
    cmd.add_argument("--pred", type=Path, metavar="DIR",
                     help="score already-built page JSON files from DIR (e.g. exports/pages) instead")
    cmd.add_argument("--json", action="store_true", help="print the figures as JSON")
    cmd.add_argument("--errors", action="store_true", help="also list, per page, what was missed or wrong")
    cmd.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    cmd.set_defaults(func=run)


def run(args) -> int:
    if args.pred is not None and args.pages is not None:
        raise UserError("--pages builds the pages afresh and --pred reads pages already built: give one of them")
    gold = read_gold(args.gold_dir)
    if args.pred is not None:
        predictions, system = read_predictions(gold, args.pred), f"page JSON in {args.pred}"
        for page, predicted in zip(gold, predictions):
            if predicted is None:
                print(f"warning: {args.pred} has no {page.path.name}; that page counts as extracting nothing",
                      file=sys.stderr)
    else:
        pages = args.pages or Path("seeds")
        predictions = build_predictions(gold, pages, progress=None if args.quiet else stderr_progress)
        system = f"a fresh build of {pages}"
    result = evaluate(gold, predictions)
    if args.json:
        print(json.dumps(as_json(result, args.errors), ensure_ascii=False, indent=2))
    else:
        print(f"{len(gold)} gold pages in {args.gold_dir}, scored against {system}")
        print(table(result))
        if args.errors:
            print(error_listing(result))
    return 0


# --- the table ----------------------------------------------------------------------------

def table(result: Evaluation) -> str:
    figures = result.figures()
    rows = [("article titles", figures["article_titles"]),
            ("entities (untyped)", figures["entities"]),
            ("entities (typed)", figures["entities_typed"]),
            *((f"  {t}", f) for t, f in figures["entities_by_type"].items()),
            ("relations", figures["relations"]),
            *((f"  {t}", f) for t, f in figures["relations_by_type"].items())]
    lines = [f"{'':22s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>6s} {'system':>6s} {'gold':>6s}"]
    lines += [f"{name:22s} {f['precision']:6.3f} {f['recall']:6.3f} {f['f1']:6.3f}"
              f" {f['tp']:6d} {f['system']:6d} {f['gold']:6d}" for name, f in rows]
    return "\n".join(lines)


# --- the error listing --------------------------------------------------------------------

def error_listing(result: Evaluation) -> str:
    lines = ["", f"errors ({ERRORS_LEGEND}):"]
    for page in result.pages:
        lines.append(f"{page.name}:" if page.errors else f"{page.name}: no errors")
        lines += [f"  {marker} {kind:9s} {text}" for marker, kind, text in error_rows(page.errors)]
    return "\n".join(lines)


def error_rows(errors) -> list[tuple[str, str, str]]:
    """(marker, kind, text) for each error of a page, titles, then entities, then relations."""
    return [*(("-", "title", t) for t in errors.missed_titles),
            *(("+", "title", t) for t in errors.false_titles),
            *(("-", "entity", entity_text(e)) for e in errors.missed_entities),
            *(("+", "entity", entity_text(e)) for e in errors.false_entities),
            *(("~", "entity", f"{s.name} is {s.type}, gold {g.type}") for s, g in errors.wrong_type),
            *(("-", "relation", relation_text(r)) for r in errors.missed_relations),
            *(("+", "relation", relation_text(r)) for r in errors.false_relations)]


def entity_text(entity: Entity) -> str:
    aliases = sorted(entity.forms - {entity.name})
    return f"{entity.type} {entity.name}" + (f" (also {', '.join(aliases)})" if aliases else "")


def relation_text(rel: dict) -> str:
    """`holds_role 潘建新 → 北京市总工会 [党组书记]`; unknown types list their fields."""
    kind = rel.get("type")
    names = RELATION_FIELDS.get(kind)
    if names is None or set(rel) - {"type", "role", *names}:
        return f"{kind} " + ", ".join(f"{k}={v}" for k, v in sorted(rel.items()) if k != "type")
    text = f"{kind} " + " → ".join(str(rel.get(n, "?")) for n in names)
    return text + (f" [{rel['role']}]" if "role" in rel else "")


# --- JSON ---------------------------------------------------------------------------------

def as_json(result: Evaluation, with_errors: bool) -> dict:
    out = {"pages": len(result.pages), **result.figures()}
    if with_errors:
        out["errors"] = {page.name: errors_json(page.errors) for page in result.pages}
    return out


def errors_json(errors) -> dict:
    def entity(e: Entity) -> dict:
        return {"type": e.type, "name": e.name, "forms": sorted(e.forms)}
    return {
        "missed_titles": errors.missed_titles,
        "false_titles": errors.false_titles,
        "missed_entities": [entity(e) for e in errors.missed_entities],
        "false_entities": [entity(e) for e in errors.false_entities],
        "wrong_type": [{"system": entity(s), "gold": entity(g)} for s, g in errors.wrong_type],
        "missed_relations": errors.missed_relations,
        "false_relations": errors.false_relations,
    }
