"""`newskg evaluate`: its figures equal the reference scorer's (tests/gold/score.py) on the
same output, fresh or perturbed; the table, --json and --errors; bad input fails in one line."""
import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXTRA_GOLD, EXTRA_PAGES, GOLD, SEEDS
from newskg.evaluate import build_predictions, evaluate, read_gold, read_predictions
from scoring import reference

NEWSKG = [sys.executable, "-m", "newskg.cli"]
CORPORA = {"samples": (GOLD, SEEDS), "practice": (EXTRA_GOLD, EXTRA_PAGES)}
FIGURE_KEYS = {"entities", "entities_typed", "entities_by_type", "relations", "relations_by_type", "article_titles"}
PRF_KEYS = {"precision", "recall", "f1", "tp", "system", "gold"}


def run(*args):
    return subprocess.run([*NEWSKG, *map(str, args)], capture_output=True, text=True)


@pytest.fixture(scope="module", params=list(CORPORA))
def corpus(request):
    """(gold dir, gold pages, the system's fresh page JSON, one per gold page)."""
    gold_dir, pages_dir = CORPORA[request.param]
    gold = read_gold(gold_dir)
    return gold_dir, gold, build_predictions(gold, pages_dir)


def write_pages(folder: Path, gold, docs) -> Path:
    """The docs as page JSON named like their gold files; a None doc is left out."""
    folder.mkdir(parents=True, exist_ok=True)
    for g, doc in zip(gold, docs):
        if doc is not None:
            (folder / g.path.name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return folder


def perturb(doc: dict) -> dict:
    """Drop, rename and retype entities, alias one to another's name, drop relations, quote
    roles, add false and spaced duplicate relations, change a title."""
    doc = copy.deepcopy(doc)
    for number, article in enumerate(doc["articles"]):
        entities = article["entities"]
        names = [e["name"] for e in entities] or ["无名"]
        kept = []
        for i, entity in enumerate(entities):
            if i % 4 == 1:
                continue
            if i % 4 == 2:
                entity = {**entity, "name": entity["name"] + "甲", "aliases": []}
            if i % 5 == 3:
                entity = {**entity, "type": "Event" if entity["type"] == "Location" else "Location"}
            kept.append(entity)
        if len(kept) > 2:  # a canonical name that is also another entity's alias
            kept[0] = {**kept[0], "aliases": [*kept[0].get("aliases", []), kept[-1]["name"]]}
        article["entities"] = kept
        relations = [r for i, r in enumerate(article["relations"]) if i % 3]
        relations = [{**r, "role": f"“{r['role']}” "} if "role" in r and i % 2 else r for i, r in enumerate(relations)]
        relations += [{"type": "visited", "subject": names[0], "object": "天坛公园"},
                      {"type": "holds_role", "person": names[-1], "org": names[0], "role": "主席"},
                      {"type": "located_in", "entity": f"“{names[0]}”", "location": "北京"},
                      {"type": "organized", "org": f"「{names[0]}」", "event": f"《{names[-1]}》"}]
        relations += [{k: f" {v} " if k != "type" else v for k, v in r.items()} for r in relations[:2]]
        article["relations"] = relations
        if number == 0:
            article["title"] = "不是这个标题"
            article.pop("headlines", None)
    return doc


def test_figures_equal_the_reference_scorer(corpus, tmp_path):
    gold_dir, gold, predictions = corpus
    pred_dir = write_pages(tmp_path / "pred", gold, predictions)
    expected = reference.score(gold_dir, pred_dir)
    assert evaluate(gold, predictions).figures() == expected
    assert evaluate(gold, read_predictions(gold, pred_dir)).figures() == expected


def test_figures_equal_the_reference_scorer_on_perturbed_output(corpus, tmp_path):
    gold_dir, gold, predictions = corpus
    for base in (predictions, [g.doc for g in gold]):
        perturbed = [perturb(doc) for doc in base]
        perturbed[-1] = None  # a page the system did not write: it extracted nothing
        pred_dir = write_pages(tmp_path / f"pred{len(list(tmp_path.iterdir()))}", gold, perturbed)
        expected = reference.score(gold_dir, pred_dir)
        ours = evaluate(gold, perturbed).figures()
        assert ours == expected
        unperturbed = evaluate(gold, base).figures()
        assert ours["entities_typed"]["tp"] < unperturbed["entities_typed"]["tp"]
        assert ours["relations"]["system"] != unperturbed["relations"]["system"]
        assert ours["article_titles"]["tp"] < unperturbed["article_titles"]["tp"]


def test_figures_equal_the_reference_scorer_on_corner_cases(tmp_path):
    """Names that are another entity's alias, one entity typed two ways across articles,
    empty names, headlines as titles, relations with other fields or of unknown types."""
    gold_doc = {"source": "p.txt", "articles": [
        {"title": "标题一", "headlines": ["副题"], "entities": [
            {"type": "Organization", "name": "甲公司", "aliases": ["甲司"]},
            {"type": "Person", "name": "王五"}, {"type": "Event", "name": "年会", "aliases": ["“”"]}],
         "relations": [{"type": "holds_role", "person": "王五", "org": "甲司", "role": "经理"},
                       {"type": "organized", "org": "丁司", "event": "年会"},
                       {"type": "visited", "subject": "王五", "object": "甲司"}]},
        {"title": "标题二", "entities": [{"type": "Location", "name": "甲公司"}, {"type": "Event", "name": ""}],
         "relations": [{"type": "part_of", "part": "甲公司", "whole": "乙集团"}]}]}
    system_doc = {"source": "p.txt", "articles": [
        {"title": "副题", "entities": [
            {"type": "Organization", "name": "乙集团", "aliases": ["甲公司"]},
            {"type": "Organization", "name": "甲公司", "aliases": ["甲司", "丁司"]},
            {"type": "Person", "name": "王 五", "aliases": [" "]}],
         "relations": [{"type": "holds_role", "person": "王五", "org": "甲公司", "role": "经理"},
                       {"type": "visited", "subject": "王五", "object": "甲公司", "via": "x"},
                       {"type": "organized", "org": "甲公司", "event": "年会"},
                       {"type": "mentions", "subject": "王五"}, {"subject": "王五"}]},
        {"title": "多出来的", "entities": [{"name": "丙", "aliases": ["  "]}, {"type": "Location", "name": "乙集团"}],
         "relations": [{"type": "part_of", "part": "甲公司", "whole": "乙集团"}]}]}
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    (gold_dir / "p.json").write_text(json.dumps(gold_doc, ensure_ascii=False), encoding="utf-8")
    gold = read_gold(gold_dir)
    write_pages(pred_dir, gold, [system_doc])
    assert evaluate(gold, [system_doc]).figures() == reference.score(gold_dir, pred_dir)
    swapped = evaluate([type(gold[0])(gold[0].path, system_doc)], [gold_doc]).figures()
    write_pages(gold_dir, gold, [system_doc])
    write_pages(pred_dir, gold, [gold_doc])
    assert swapped == reference.score(gold_dir, pred_dir)


def test_gold_scored_against_itself_is_perfect(corpus):
    _, gold, _ = corpus
    figures = evaluate(gold, [g.doc for g in gold]).figures()
    for key in ("article_titles", "entities", "entities_typed", "relations"):
        assert figures[key]["f1"] == 1.0, key
    assert all(f["f1"] == 1.0 for f in figures["relations_by_type"].values())


def test_cli_json_equals_the_reference_scorer(tmp_path):
    gold = read_gold(GOLD)
    pred_dir = write_pages(tmp_path / "pred", gold, [perturb(g.doc) for g in gold])
    result = run("evaluate", GOLD, "--pred", pred_dir, "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == FIGURE_KEYS | {"pages"} and out["pages"] == len(gold)
    assert {k: out[k] for k in FIGURE_KEYS} == reference.score(GOLD, pred_dir)
    for key in ("entities", "entities_typed", "relations", "article_titles"):
        assert set(out[key]) == PRF_KEYS
    assert set(out["entities_by_type"]) == {"Person", "Organization", "Location", "Event"}
    assert {"byline", "holds_role", "visited"} <= set(out["relations_by_type"])


def test_cli_builds_the_pages_and_prints_the_reference_figures(tmp_path):
    gold = read_gold(EXTRA_GOLD)
    built = run("build", *(EXTRA_PAGES / g.doc["source"] for g in gold), "-o", tmp_path / "out", "-q")
    assert built.returncode == 0, built.stderr
    expected = reference.score(EXTRA_GOLD, tmp_path / "out" / "pages")
    result = run("evaluate", EXTRA_GOLD, "--pages", EXTRA_PAGES)
    assert result.returncode == 0, result.stderr
    assert "[3/3]" in result.stderr  # progress
    rows = {line[:22].strip(): line[22:].split() for line in result.stdout.splitlines()[2:]}
    named = {"article titles": expected["article_titles"], "entities (untyped)": expected["entities"],
             "entities (typed)": expected["entities_typed"], "relations": expected["relations"],
             **expected["entities_by_type"], **expected["relations_by_type"]}
    assert set(rows) == set(named)
    for name, figures in named.items():
        assert rows[name] == [f"{figures[k]:.3f}" for k in ("precision", "recall", "f1")] + \
            [str(figures[k]) for k in ("tp", "system", "gold")], name
    assert named["article titles"]["gold"] == sum(len(g.doc["articles"]) for g in gold)


def _gold_with_known_errors(tmp_path) -> Path:
    """The sample gold as prediction, but 潘建新 missed, 北京大学肿瘤医院 mistyped and a false visit."""
    gold = read_gold(GOLD)
    docs = [copy.deepcopy(g.doc) for g in gold]
    page = next(d for d in docs if d["source"] == "001_970aa545423f6c45.txt")
    article = page["articles"][0]
    article["entities"] = [e for e in article["entities"] if e["name"] != "潘建新"]
    next(e for e in article["entities"] if e["name"] == "北京大学肿瘤医院")["type"] = "Location"
    article["relations"] = [r for r in article["relations"] if "潘建新" not in r.values()]
    article["relations"].append({"type": "visited", "subject": "任洁", "object": "天坛公园"})
    return write_pages(tmp_path / "pred", gold, docs)


def test_errors_list_misses_false_hits_and_wrong_types(tmp_path):
    result = run("evaluate", GOLD, "--pred", _gold_with_known_errors(tmp_path), "--errors")
    assert result.returncode == 0, result.stderr
    listing = result.stdout.split("\nerrors (", 1)[1]
    page = listing.split("001_970aa545423f6c45.json:\n", 1)[1].split("\n0", 1)[0]
    assert "  - entity    Person 潘建新" in page
    assert "  - relation  holds_role 潘建新 → 北京市总工会 [党组书记]" in page
    assert "  - relation  visited 潘建新 → 北京大学肿瘤医院" in page
    assert "  + relation  visited 任洁 → 天坛公园" in page
    assert "  ~ entity    北京大学肿瘤医院 is Location, gold Organization" in page
    assert "000_a712a3a270775270.json: no errors" in listing
    assert "+ entity" not in page  # the mistyped entity is listed once, as wrong type


def test_errors_as_json(tmp_path):
    result = run("evaluate", GOLD, "--pred", _gold_with_known_errors(tmp_path), "--errors", "--json")
    errors = json.loads(result.stdout)["errors"]["001_970aa545423f6c45.json"]
    assert {"type": "Person", "name": "潘建新", "forms": ["潘建新"]} in errors["missed_entities"]
    assert errors["false_relations"] == [{"type": "visited", "subject": "任洁", "object": "天坛公园"}]
    assert errors["wrong_type"][0]["gold"]["type"] == "Organization"


def _fails_in_one_line(result, *fragments):
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if not line.startswith("[")]  # not progress
    assert len(lines) == 1 and lines[0].startswith("newskg: error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    assert result.stdout == ""


def test_missing_gold_dir(tmp_path):
    _fails_in_one_line(run("evaluate", tmp_path / "nope"), "nope", "no such folder")


def test_gold_dir_without_gold_files(tmp_path):
    _fails_in_one_line(run("evaluate", tmp_path), str(tmp_path), "no .json gold files")


def test_gold_naming_a_page_not_in_pages(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "x.json").write_text(json.dumps({"source": "missing-page.txt", "articles": []}), encoding="utf-8")
    _fails_in_one_line(run("evaluate", gold, "--pages", SEEDS), "x.json", "missing-page.txt", "not in")


def test_gold_without_source(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "x.json").write_text(json.dumps({"articles": []}), encoding="utf-8")
    _fails_in_one_line(run("evaluate", gold), "x.json", '"source"')


def test_bad_json_gold_file(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "bad.json").write_text('{"source": "a.txt", "articles": [', encoding="utf-8")
    _fails_in_one_line(run("evaluate", gold), "bad.json", "not valid JSON", "line 1")


def test_bad_json_prediction(tmp_path):
    pred = tmp_path / "pred"
    pred.mkdir()
    (pred / "001_970aa545423f6c45.json").write_text('{"articles": {"title": 1}}', encoding="utf-8")
    _fails_in_one_line(run("evaluate", GOLD, "--pred", pred), "001_970aa545423f6c45.json", '"articles"')


def test_missing_prediction_folder(tmp_path):
    _fails_in_one_line(run("evaluate", GOLD, "--pred", tmp_path / "nope"), "nope", "no such folder")


def test_pages_and_pred_together_are_refused(tmp_path):
    _fails_in_one_line(run("evaluate", GOLD, "--pred", tmp_path, "--pages", SEEDS), "--pages", "--pred")


def test_a_missing_prediction_file_is_named_in_a_warning(tmp_path):
    pred = tmp_path / "pred"
    pred.mkdir()
    (pred / "000_a712a3a270775270.json").write_text(json.dumps({"articles": []}), encoding="utf-8")
    result = run("evaluate", GOLD, "--pred", pred)
    assert result.returncode == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 4 and all("counts as extracting nothing" in w for w in warnings), result.stderr
    assert "001_970aa545423f6c45.json" in result.stderr and "000_a712a3a270775270.json" not in result.stderr
