"""How fast `newskg build` runs: the sample pages, then larger synthetic corpora.

    .venv/bin/python benchmarks/build_speed.py [--repeat 3] [--copies 10]

Corpora: the sample pages (seeds/) built --repeat times; --copies copies of every sample page
(each under its own name); and --copies pages that each join all the sample pages end to end.
Every build is the whole `build()` (read, extract, merge, write every export) into a temporary
folder, after one untimed warm-up build (jieba's dictionary). Printed per corpus: pages/s,
chars/s (characters of page text), articles/s, and the peak of Python allocations during one
build (tracemalloc, in one more build apart from the timed ones, since tracing slows it);
last, the process's peak resident memory (ru_maxrss). Figures only: nothing is asserted.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
import tracemalloc
from pathlib import Path

from newskg.build import build
from newskg.extract.lexicon import default_lexicon

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def sample_pages() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def copied_corpus(folder: Path, copies: int) -> Path:
    """`copies` copies of every sample page, named apart."""
    folder.mkdir()
    for n in range(copies):
        for page in sample_pages():
            shutil.copyfile(page, folder / f"c{n:03d}_{page.name}")
    return folder


def joined_corpus(folder: Path, copies: int) -> Path:
    """`copies` pages, each all the sample pages end to end."""
    folder.mkdir()
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sample_pages())
    for n in range(copies):
        (folder / f"joined_{n:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def corpus_chars(folder: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt"))


def timed_builds(folder: Path, runs: int, lexicon, out: Path) -> tuple[float, int]:
    """Seconds for `runs` builds of `folder`, and the articles of one build."""
    started = time.perf_counter()
    for _ in range(runs):
        report = build([folder], out, lexicon)
    return time.perf_counter() - started, report.articles


def traced_peak(folder: Path, lexicon, out: Path) -> int:
    tracemalloc.start()
    build([folder], out, lexicon)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def measure(name: str, folder: Path, runs: int, lexicon, out: Path) -> str:
    seconds, articles = timed_builds(folder, runs, lexicon, out)
    pages, chars, per_run = len(list(folder.glob("*.txt"))), corpus_chars(folder), seconds / runs
    peak = traced_peak(folder, lexicon, out)
    return (f"{name:<22} {pages:>5} {chars:>9} {articles:>8} {runs:>4} {per_run:>8.2f}"
            f" {pages / per_run:>8.1f} {chars / per_run:>10.0f} {articles / per_run:>10.1f} {peak / 2**20:>9.1f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="builds of the sample pages (default 3)")
    parser.add_argument("--copies", type=int, default=10, help="size of the synthetic corpora (default 10)")
    args = parser.parse_args(argv)
    lexicon = default_lexicon()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        build([SEEDS], tmp / "warm-up", lexicon)
        print(f"{'corpus':<22} {'pages':>5} {'chars':>9} {'articles':>8} {'runs':>4} {'s/run':>8}"
              f" {'pages/s':>8} {'chars/s':>10} {'articles/s':>10} {'peak MiB':>9}")
        print(measure("samples", SEEDS, args.repeat, lexicon, tmp / "out"))
        print(measure(f"samples x{args.copies}", copied_corpus(tmp / "copied", args.copies), 1, lexicon, tmp / "out"))
        print(measure(f"joined samples x{args.copies}", joined_corpus(tmp / "joined", args.copies), 1,
                      lexicon, tmp / "out"))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(f"peak resident memory of the process: {rss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
