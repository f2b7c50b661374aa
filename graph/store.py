"""The Turtle export in a triple store: an embedded Oxigraph store (pyoxigraph) or any
SPARQL 1.1 endpoint over HTTP (Graph Store Protocol to load, SPARQL Protocol to query).

A load replaces one named graph (default DEFAULT_GRAPH_IRI), so loading twice gives the same
store; queries see that graph as their default graph. Results come back in one form,
`Results`, whichever the store, so both print the same.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..errors import UserError

SPARQL_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
HTTP_TIMEOUT = 60  # seconds


class StoreError(UserError):
    """A store, endpoint or Turtle file that cannot be used."""


class QueryError(UserError):
    """The store rejected the query; the message is the store's own."""

    exit_code = 2


@dataclass
class Results:
    """SELECT: variables and rows (SPARQL JSON bindings); ASK: boolean; CONSTRUCT/DESCRIBE:
    N-Triples text."""

    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, dict]] = field(default_factory=list)
    boolean: bool | None = None
    triples: str | None = None


def read_turtle(path: Path) -> tuple[bytes, list[ox.Triple]]:
    """The file's bytes and its triples; a missing or broken file is a StoreError."""
    try:
        data = Path(path).read_bytes()
        triples = [q.triple for q in ox.parse(data, format=ox.RdfFormat.TURTLE)]
    except OSError as exc:
        raise StoreError(f"{path}: cannot read Turtle: {exc.strerror or exc}") from exc
    except SyntaxError as exc:
        raise StoreError(f"{path}: not valid Turtle: {one_line(str(exc))}") from exc
    if not triples:  # loading it would empty the graph already loaded
        raise StoreError(f"{path}: holds no triples; nothing loaded, the store keeps its graph")
    return data, triples


def load_into_store(ttl: Path, store_dir: Path, graph_iri: str) -> int:
    """Replace the named graph in the store at `store_dir` (made if missing) by the file's
    triples; returns how many triples the graph holds."""
    _, triples = read_turtle(ttl)  # parsed before the store is touched: a bad file clears nothing
    graph = graph_node(graph_iri)
    ntriples = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    store = _open_store(store_dir, create=True)
    try:  # one update is one transaction: the store never holds half a graph
        store.update(f"DROP SILENT GRAPH {graph} ; INSERT DATA {{ GRAPH {graph} {{\n{ntriples}}} }}")
        return sum(1 for _ in store.quads_for_pattern(None, None, None, graph))
    except OSError as exc:
        raise StoreError(f"{store_dir}: cannot write the store: {exc}") from exc


def push_to_endpoint(ttl: Path, endpoint: str, graph_iri: str) -> int:
    """PUT the file to a Graph Store Protocol endpoint, replacing the named graph; returns
    the number of triples sent."""
    data, triples = read_turtle(ttl)
    graph_node(graph_iri)
    url = _with_params(endpoint, graph=graph_iri)
    request = urllib.request.Request(url, data=data, method="PUT",
                                     headers={"Content-Type": "text/turtle; charset=utf-8"})
    _http(request, endpoint)
    return len(triples)


def query_store(store_dir: Path, sparql: str, graph_iri: str) -> Results:
    store = _open_store(store_dir, create=False)
    try:
        answer = store.query(sparql, default_graph=graph_node(graph_iri))
    except SyntaxError as exc:
        raise QueryError(f"the store rejected the query: {_short_error(str(exc))}") from exc
    except OSError as exc:
        raise StoreError(f"{store_dir}: {one_line(str(exc))}") from exc
    if isinstance(answer, ox.QueryTriples):
        return Results(triples=answer.serialize(format=ox.RdfFormat.N_TRIPLES).decode("utf-8"))
    return parse_results_json(answer.serialize(format=ox.QueryResultsFormat.JSON))


def query_endpoint(endpoint: str, sparql: str, graph_iri: str) -> Results:
    """POST the query (SPARQL 1.1 Protocol) with the graph as its default graph."""
    request = urllib.request.Request(
        _with_params(endpoint, **{"default-graph-uri": graph_iri}), data=sparql.encode("utf-8"),
        method="POST", headers={"Content-Type": "application/sparql-query; charset=utf-8",
                                "Accept": f"{SPARQL_JSON}, {N_TRIPLES};q=0.9"})
    content_type, body = _http(request, endpoint, "query", QueryError)
    if content_type.startswith(N_TRIPLES):
        return Results(triples=body.decode("utf-8", errors="replace"))
    return parse_results_json(body, endpoint)


def parse_results_json(body: bytes, source: str = "the store") -> Results:
    try:
        doc = json.loads(body)
        if "boolean" in doc:
            return Results(boolean=bool(doc["boolean"]))
        return Results(variables=doc["head"].get("vars", []), rows=doc["results"]["bindings"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise StoreError(f"{source}: the answer is not SPARQL JSON results "
                         "(is this the endpoint's query URL, e.g. …/query?)") from None


def graph_node(graph_iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(graph_iri)
    except ValueError as exc:
        raise StoreError(f"--graph {graph_iri!r} is not an IRI: {exc}") from exc


def one_line(text: str) -> str:
    return " ".join(text.split())


def _short_error(text: str, limit: int = 240) -> str:
    """The parser's message on one line; its lists of expected characters can run to a
    thousand characters, so long ones are cut, with a hint for the commonest mistake."""
    text = one_line(text)
    hint = "; declare every prefix with PREFIX" if "Prefix not found" in text or "prefix" in text.lower() else ""
    return (text if len(text) <= limit else text[:limit] + "…") + hint


def _open_store(store_dir: Path, create: bool) -> ox.Store:
    store_dir = Path(store_dir)
    is_store = (store_dir / "CURRENT").is_file()
    if not create and not is_store:
        raise StoreError(f"{store_dir}: no store here; run `newskg load` first")
    if create and not is_store and store_dir.is_dir() and any(store_dir.iterdir()):
        raise StoreError(f"{store_dir}: a folder with other files, not a store; give --store a new or empty folder")
    try:
        return ox.Store(str(store_dir)) if create else ox.Store.read_only(str(store_dir))
    except OSError as exc:  # e.g. locked by a running server
        raise StoreError(f"{store_dir}: cannot open the store: {one_line(str(exc))}") from exc


def _with_params(url: str, **params: str) -> str:
    joiner = "&" if urllib.parse.urlsplit(url).query else "?"
    return url + joiner + urllib.parse.urlencode(params)


def _http(request: urllib.request.Request, endpoint: str, what: str = "request",
          rejected: type[UserError] = StoreError) -> tuple[str, bytes]:
    """(content type, body) of a successful answer; a failure is one line naming the endpoint."""
    try:
        with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT) as response:
            return response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as exc:
        detail = one_line(exc.read().decode("utf-8", "replace"))[:500]
        if exc.code == 400:
            raise rejected(f"{endpoint} rejected the {what}: {detail or 'HTTP 400'}") from exc
        raise StoreError(f"{endpoint}: HTTP {exc.code} {exc.reason}: {detail}") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise StoreError(f"{endpoint}: cannot reach the endpoint: {reason}") from exc
    except ValueError as exc:
        raise StoreError(f"{endpoint}: not an http(s) URL") from exc
