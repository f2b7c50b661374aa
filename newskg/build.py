"""`newskg build`: page files in, every export out."""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UserError
from .extract.goldformat import page_to_json
from .extract.layout import PageError
from .extract.lexicon import Lexicon, default_lexicon
from .extract.pipeline import extract_pages
from .graph.build import build_graph
from .graph.files import staged_folder, write_text
from .graph.gexf import write_gexf
from .graph.graphml import write_graphml
from .graph.html import write_html
from .graph.neo4j_csv import write_neo4j_csv
from .graph.nodelink import write_node_link
from .graph.turtle import write_turtle

PAGE_SUFFIXES = {".txt", ".md"}
EXPORTS = {
    "graph.ttl": write_turtle,
    "graph.html": write_html,
    "graph.graphml": write_graphml,
    "graph.json": write_node_link,
    "graph.gexf": write_gexf,
    "neo4j": write_neo4j_csv,  # a folder: nodes.csv, relationships.csv
}


def collect_pages(inputs: list[Path]) -> list[Path]:
    """Page files named directly or found (not recursively) in the folders named (`.txt`,
    `.md`, in any letter case); a page named twice is read once."""
    pages: list[Path] = []
    for path in inputs:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in PAGE_SUFFIXES and p.is_file())
            if not found:
                raise PageError(path, "folder holds no .txt or .md page files")
            pages.extend(found)
        elif path.is_file():
            pages.append(path)
        else:
            raise PageError(path, "no such file or folder")
    unique: dict[Path, Path] = {}
    for page in pages:
        unique.setdefault(page.resolve(), page)
    return list(unique.values())


@dataclass
class BuildReport:
    pages: int = 0
    articles: int = 0
    entities: Counter = field(default_factory=Counter)
    relations: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        def counts(name: str, by_type: Counter) -> str:
            detail = ", ".join(f"{k} {v}" for k, v in sorted(by_type.items()))
            return f"{name} {sum(by_type.values())}" + (f": {detail}" if detail else "")
        return (f"pages {self.pages}, articles {self.articles}\n"
                f"{counts('entities', self.entities)}\n{counts('relations', self.relations)}\n"
                f"time {self.seconds:.1f} s")


def build(inputs: list[Path], out: Path, lexicon: Lexicon | None = None, progress=None) -> BuildReport:
    started = time.perf_counter()
    lexicon = lexicon or default_lexicon()
    paths = collect_pages(inputs)
    _check_unique_stems(paths)
    pages = extract_pages(paths, lexicon, progress)  # every page read before anything is written
    graph = build_graph(pages)
    report = BuildReport(pages=len(pages))
    if out.exists() and not out.is_dir():
        raise UserError(f"{out}: is a file, not a folder; give -o a folder for the exports")
    try:
        with staged_folder(out) as stage:  # all or nothing: a failure leaves `out` as it was
            for page in pages:
                write_text(stage / "pages" / f"{Path(page.source).stem}.json",
                           json.dumps(page_to_json(page), ensure_ascii=False, indent=2) + "\n")
            for name, writer in EXPORTS.items():
                writer(graph, stage / name)
    except OSError as exc:  # the staging paths mean nothing to the user: name the output folder
        raise UserError(f"{out}: cannot write the exports ({exc.strerror}); "
                        "the folder keeps its previous exports") from None
    report.outputs = [out / "pages", *(out / name for name in EXPORTS)]
    report.articles = sum(1 for _, a in graph.nodes(data=True) if a["kind"] == "article")
    report.entities = Counter(a["type"] for _, a in graph.nodes(data=True) if a["kind"] == "entity")
    report.relations = Counter(a["type"] for _, _, a in graph.edges(data=True))
    report.seconds = time.perf_counter() - started
    return report


def _check_unique_stems(paths: list[Path]) -> None:
    seen: dict[str, Path] = {}
    for path in paths:
        if path.stem in seen and seen[path.stem].resolve() != path.resolve():
            raise PageError(path, f"same file name as {seen[path.stem]}; page exports are named after it")
        seen[path.stem] = path


def stderr_progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
