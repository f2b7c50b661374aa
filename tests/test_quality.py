"""Extraction quality on the annotated pages, scored by the reference scorer. The floors are
the measured level minus a small margin: a change that loses quality fails here. The issue's
targets (entities 0.90, relations 0.80 on the samples) are not reached yet; see README."""
import json

import pytest

from conftest import EXTRA_GOLD, EXTRA_PAGES, GOLD, SEEDS
from newskg.extract.goldformat import page_to_json
from newskg.extract.pipeline import extract_page
from scoring import reference

FLOORS = {  # page set -> figure -> minimum F1
    "samples": {"article_titles": 1.0, "entities_typed": 0.74, "relations": 0.65,
                "Person": 0.93, "byline": 1.0, "holds_role": 0.90},
    "practice": {"article_titles": 1.0, "entities_typed": 0.73, "relations": 0.54,
                 "Person": 0.88, "byline": 1.0, "holds_role": 0.75},
}
SETS = {"samples": (SEEDS, GOLD), "practice": (EXTRA_PAGES, EXTRA_GOLD)}


@pytest.fixture(scope="module", params=sorted(SETS))
def scores(request, tmp_path_factory):
    pages, gold = SETS[request.param]
    out = tmp_path_factory.mktemp(request.param)
    for page in sorted(pages.glob("*.txt")):
        (out / f"{page.stem}.json").write_text(json.dumps(page_to_json(extract_page(page)), ensure_ascii=False),
                                               encoding="utf-8")
    return request.param, reference.score(gold, out)


def _figure(result, name):
    if name in result:
        return result[name]["f1"]
    if name in result["entities_by_type"]:
        return result["entities_by_type"][name]["f1"]
    return result["relations_by_type"][name]["f1"]


def test_scores_stay_above_floors(scores):
    page_set, result = scores
    low = {name: _figure(result, name) for name, floor in FLOORS[page_set].items() if _figure(result, name) < floor}
    assert not low, f"{page_set}: below the floor: {low}"
