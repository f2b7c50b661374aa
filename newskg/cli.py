"""The `newskg` command."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .build import build, stderr_progress
from .extract.layout import PageError
from .extract.lexicon import LexiconError, default_lexicon, read_user_lexicon, with_user_entries

DESCRIPTION = """\
Turn pages of Chinese news into a knowledge graph.

  newskg build                      build exports/ from the pages in seeds/
  newskg build page.txt more/ -o out   any .txt/.md pages or folders of them

Each page is split into articles; people, organisations, places and events are found
with the relations between them (byline, holds_role, visited, organized,
participated_in, part_of, located_in) and merged into one graph.
"""

BUILD_EPILOG = """\
writes, under OUT:
  pages/<page>.json   each article's entities and relations (the gold file format)
  graph.ttl           RDF Turtle (schema.org, W3C ORG, PROV-O, SKOS)
  graph.html          interactive view; open it in a browser, it needs no network
  graph.graphml       for Gephi, yEd, Cytoscape
  graph.json          NetworkX node-link JSON

A user lexicon adds names the rules miss, one per line, jieba user-dict style:
  北京北辰实业股份有限公司 Organization
  赵秦岭 5 nr
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newskg", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    build_cmd = sub.add_parser("build", help="extract pages and write every export",
                               description="Extract pages and write every export.", epilog=BUILD_EPILOG,
                               formatter_class=argparse.RawDescriptionHelpFormatter)
    build_cmd.add_argument("inputs", nargs="*", type=Path, metavar="INPUT",
                           help="page files (.txt/.md) or folders of them (default: seeds/)")
    build_cmd.add_argument("-o", "--out", type=Path, default=Path("exports"), help="output folder (default: exports/)")
    build_cmd.add_argument("--lexicon", type=Path, help="a user lexicon of names (see below)")
    build_cmd.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return _build(args)
    except (PageError, LexiconError) as exc:
        print(f"newskg: error: {exc}", file=sys.stderr)
        return 1


def _build(args) -> int:
    lexicon = default_lexicon()
    if args.lexicon:
        lexicon = with_user_entries(lexicon, read_user_lexicon(args.lexicon))
    inputs = args.inputs or [Path("seeds")]
    report = build(inputs, args.out, lexicon, progress=None if args.quiet else stderr_progress)
    print(report.summary())
    print(f"HTML view: {(args.out / 'graph.html').resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
