"""`newskg build`: parser and entry point."""
from __future__ import annotations

import argparse
from pathlib import Path

from .build import build, stderr_progress
from .extract.lexicon import default_lexicon, read_user_lexicon, with_user_entries

EPILOG = """\
writes, under OUT:
  pages/<page>.json   each article's entities and relations (the gold file format)
  graph.ttl           RDF Turtle (schema.org, W3C ORG, PROV-O, SKOS)
  graph.html          interactive view; open it in a browser, it needs no network
  graph.graphml       for Gephi, yEd, Cytoscape
  graph.json          NetworkX node-link JSON
  graph.gexf          GEXF for Gephi
  neo4j/nodes.csv, neo4j/relationships.csv
                      CSV for neo4j-admin database import (use --multiline-fields=true)

A user lexicon adds names the rules miss, one per line, jieba user-dict style:
  北京北辰实业股份有限公司 Organization
  赵秦岭 5 nr
"""


def register(sub) -> None:
    cmd = sub.add_parser("build", help="extract pages and write every export",
                         description="Extract pages and write every export.", epilog=EPILOG,
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    cmd.add_argument("inputs", nargs="*", type=Path, metavar="INPUT",
                     help="page files (.txt/.md) or folders of them (default: seeds/)")
    cmd.add_argument("-o", "--out", type=Path, default=Path("exports"), help="output folder (default: exports/)")
    cmd.add_argument("--lexicon", type=Path, help="a user lexicon of names (see below)")
    cmd.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    cmd.set_defaults(func=run)


def run(args) -> int:
    lexicon = default_lexicon()
    if args.lexicon:
        lexicon = with_user_entries(lexicon, read_user_lexicon(args.lexicon))
    report = build(args.inputs or [Path("seeds")], args.out, lexicon,
                   progress=None if args.quiet else stderr_progress)
    print(report.summary())
    print(f"HTML view: {(args.out / 'graph.html').resolve()}")
    return 0
