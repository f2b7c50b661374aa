import json
from pathlib import Path

import pytest

from newskg.build import build
from newskg.extract.pipeline import extract_page
from newskg.graph.build import build_graph

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold" / "seeds"
EXTRA_PAGES = ROOT / "tests" / "pages" / "extra"
EXTRA_GOLD = ROOT / "tests" / "gold" / "extra"


def gold(stem: str, folder: Path = GOLD) -> dict:
    return json.loads((folder / f"{stem}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_facts():
    """PageFacts of every sample page, by file stem."""
    return {p.stem: extract_page(p) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def seed_graph(seed_facts):
    """The merged graph of the sample pages."""
    return build_graph(list(seed_facts.values()))


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """A fresh `newskg build seeds -o OUT`; returns OUT."""
    out = tmp_path_factory.mktemp("build") / "exports"
    build([SEEDS], out)
    return out
