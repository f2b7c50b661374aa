"""`newskg load` and `newskg query`: the Turtle export in a triple store, and SPARQL over it."""
from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path

from .graph.neo4j_csv import csv_text
from .graph.store import Results, load_into_store, push_to_endpoint, query_endpoint, query_store
from .graph.vocab import DEFAULT_GRAPH_IRI, PREFIXES

DEFAULT_TTL = Path("exports/graph.ttl")
DEFAULT_STORE = Path("exports/store")
FORMATS = ("table", "csv", "json")
_FLAT = str.maketrans("\t\r\n", "   ")

LOAD_EPILOG = """\
Loading replaces the named graph (--graph): load again after a new build and the store
holds the new graph only once.

  newskg load                                  exports/graph.ttl -> exports/store
  newskg load out/graph.ttl --store out/store
  newskg load --endpoint http://127.0.0.1:7878/store    # Oxigraph server; Fuseki: .../DATASET/data
"""

QUERY_EPILOG = """\
The loaded graph is the query's default graph, so no GRAPH clause is needed.
The data uses these prefixes (declare those a query needs):
""" + "".join(f"  PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items()) + """
  newskg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
  newskg query --endpoint http://127.0.0.1:7878/query --format csv 'SELECT ...'

SELECT prints a table, CSV or SPARQL JSON results; ASK prints true or false;
CONSTRUCT and DESCRIBE print N-Triples. A query the store rejects exits with code 2.
"""


def register(sub) -> None:
    load = _parser(sub, "load", "load the Turtle export into a triple store", LOAD_EPILOG)
    load.add_argument("ttl", nargs="?", type=Path, default=DEFAULT_TTL, metavar="TTL",
                      help=f"the Turtle file (default: {DEFAULT_TTL})")
    _add_target(load, "a SPARQL Graph Store Protocol URL to PUT the graph to")
    load.set_defaults(func=run_load)

    query = _parser(sub, "query", "run a SPARQL query on the store", QUERY_EPILOG)
    query.add_argument("sparql", metavar="SPARQL", help="the query text")
    _add_target(query, "a SPARQL query endpoint URL to send the query to")
    query.add_argument("--format", choices=FORMATS, default="table", help="how to print SELECT results")
    query.set_defaults(func=run_query)


def _parser(sub, name: str, summary: str, epilog: str) -> argparse.ArgumentParser:
    return sub.add_parser(name, help=summary, description=summary[0].upper() + summary[1:] + ".",
                          epilog=epilog, formatter_class=argparse.RawDescriptionHelpFormatter)


def _add_target(cmd: argparse.ArgumentParser, endpoint_help: str) -> None:
    where = cmd.add_mutually_exclusive_group()
    where.add_argument("--store", type=Path, default=DEFAULT_STORE,
                       help=f"the embedded Oxigraph store folder (default: {DEFAULT_STORE})")
    where.add_argument("--endpoint", metavar="URL", help=endpoint_help)
    cmd.add_argument("--graph", default=DEFAULT_GRAPH_IRI, metavar="IRI",
                     help=f"the named graph (default: {DEFAULT_GRAPH_IRI})")


def run_load(args) -> int:
    if args.endpoint:
        count = push_to_endpoint(args.ttl, args.endpoint, args.graph)
        print(f"loaded {count} triples from {args.ttl} into <{args.graph}> at {args.endpoint}")
    else:
        count = load_into_store(args.ttl, args.store, args.graph)
        print(f"loaded {count} triples from {args.ttl} into <{args.graph}> in {args.store}")
    return 0


def run_query(args) -> int:
    if args.endpoint:
        results = query_endpoint(args.endpoint, args.sparql, args.graph)
    else:
        results = query_store(args.store, args.sparql, args.graph)
    print(format_results(results, args.format), end="")
    return 0


def format_results(results: Results, fmt: str) -> str:
    if results.triples is not None:
        return "".join(sorted(results.triples.splitlines(keepends=True)))
    if results.boolean is not None:
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": results.boolean}) + "\n"
        return "true\n" if results.boolean else "false\n"
    if fmt == "json":
        doc = {"head": {"vars": results.variables}, "results": {"bindings": results.rows}}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    cells = [[term_text(row.get(var)) for var in results.variables] for row in results.rows]
    return (csv_text if fmt == "csv" else _table)(results.variables, cells)


def term_text(term: dict | None) -> str:
    """A SPARQL JSON term as plain text: IRIs and literals by value, blank nodes as _:id."""
    if term is None:
        return ""
    return f"_:{term['value']}" if term["type"] == "bnode" else str(term.get("value", ""))


def _table(header: list[str], cells: list[list[str]]) -> str:
    widths = [max(map(_width, column)) for column in zip(header, *cells)] if header else []
    lines = [_row(header, widths), _row(["-" * w for w in widths], widths)]
    lines += [_row(row, widths) for row in cells]
    lines.append(f"({len(cells)} row{'' if len(cells) == 1 else 's'})")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _row(values: list[str], widths: list[int]) -> str:
    return "  ".join(_flat(v) + " " * (w - _width(v)) for v, w in zip(values, widths))


def _width(text: str) -> int:
    """Columns on a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in _flat(text))


def _flat(text: str) -> str:
    """One table line per row: line breaks and tabs show as spaces."""
    return text.translate(_FLAT)
