"""`newskg load` and `newskg query`: into an embedded Oxigraph store, and over HTTP into a real
Oxigraph server started here (loopback only)."""
import contextlib
import csv
import io
import json
import os
import re
import socket
import subprocess
import sys
import time
import unicodedata
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest
import rdflib

from conftest import ROOT
from newskg.cli import main

OXIGRAPH = Path(sys.executable).parent / "oxigraph"  # the `oxigraph` test dependency's server

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
POSTS = """PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?org ?person ?post WHERE {
  ?m org:organization/skos:prefLabel ?org ; org:member/skos:prefLabel ?person ; org:role/skos:prefLabel ?post .
} ORDER BY ?org ?person ?post"""


def newskg(*args, cwd=None):
    """The real command, in this process (one import of the pipeline for the whole module)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), contextlib.chdir(cwd or os.getcwd()):
        code = main([str(a) for a in args])
    return SimpleNamespace(returncode=code, stdout=out.getvalue(), stderr=err.getvalue())


def _one_error_line(result, code: int, *fragments: str) -> None:
    assert result.returncode == code, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newskg: error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


@pytest.fixture(scope="module")
def seed_ttl(seed_build) -> Path:
    return seed_build / "graph.ttl"


@pytest.fixture(scope="module")
def triple_count(seed_ttl) -> int:
    return len(rdflib.Graph().parse(seed_ttl, format="turtle"))


@pytest.fixture(scope="module")
def loaded_store(seed_ttl, tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("store") / "store"
    result = newskg("load", seed_ttl, "--store", store)
    assert result.returncode == 0, result.stderr
    return store


def _count(*target) -> int:
    result = newskg("query", COUNT, *target, "--format", "csv")
    assert result.returncode == 0, result.stderr
    return int(result.stdout.splitlines()[1])


def test_load_twice_replaces_the_graph(seed_ttl, loaded_store, triple_count):
    assert _count("--store", loaded_store) == triple_count
    again = newskg("load", seed_ttl, "--store", loaded_store)
    assert again.returncode == 0 and f"loaded {triple_count} triples" in again.stdout
    assert _count("--store", loaded_store) == triple_count


def test_load_defaults_to_exports(seed_ttl, tmp_path, triple_count):
    (tmp_path / "exports").mkdir()
    (tmp_path / "exports" / "graph.ttl").write_bytes(seed_ttl.read_bytes())
    assert newskg("load", cwd=tmp_path).returncode == 0
    assert (tmp_path / "exports" / "store").is_dir()
    result = newskg("query", COUNT, "--format", "csv", cwd=tmp_path)
    assert result.stdout == f"n\n{triple_count}\n"


def test_query_prints_table_csv_and_json(loaded_store):
    table = newskg("query", POSTS, "--store", loaded_store)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["org", "person", "post"] and set(lines[1]) == {"-", " "}
    assert lines[-1] == f"({len(lines) - 3} rows)" and len(lines) > 5
    rows = list(csv.reader(io.StringIO(newskg("query", POSTS, "--store", loaded_store, "--format", "csv").stdout)))
    assert rows[0] == ["org", "person", "post"] and len(rows) == len(lines) - 2
    assert [line.split() for line in lines[2:-1]] == rows[1:] and ["北京市总工会", "潘建新", "党组书记"] in rows
    person_column = _display_width(lines[1].split("  ")[0]) + 2
    for line, row in zip(lines[2:-1], rows[1:]):  # columns line up on a terminal, Chinese two wide
        assert _display_width(line[:line.index(row[1], len(row[0]))]) == person_column, line
    doc = json.loads(newskg("query", POSTS, "--store", loaded_store, "--format", "json").stdout)
    assert doc["head"]["vars"] == rows[0]
    assert [[b[v]["value"] for v in rows[0]] for b in doc["results"]["bindings"]] == rows[1:]


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_readme_example_queries_run(loaded_store):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Triple store", 1)[1].split("\n## ", 1)[0]
    examples = re.findall(r"\$ (?:\.venv/bin/)?newskg query '(.*?)'\n(.*?)\n```", section, flags=re.S)
    assert len(examples) == 3
    for sparql, shown in examples:
        result = newskg("query", sparql, "--store", loaded_store)
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[0].split() == shown.splitlines()[0].split()  # same columns as shown
        assert len(result.stdout.splitlines()) > 3  # and rows


def test_ask_and_construct(loaded_store):
    ask = newskg("query", "ASK { ?s a <https://schema.org/NewsArticle> }", "--store", loaded_store)
    assert ask.stdout == "true\n"
    construct = newskg("query", "CONSTRUCT { ?a a <https://schema.org/NewsArticle> } "
                       "WHERE { ?a a <https://schema.org/NewsArticle> }", "--store", loaded_store)
    assert len(rdflib.Graph().parse(data=construct.stdout, format="nt")) > 10


def test_bad_query_is_one_line_exit_2(loaded_store):
    _one_error_line(newskg("query", "SELEC ?x WHERE {}", "--store", loaded_store), 2, "1:1")


def test_missing_store_or_turtle_is_one_line_exit_1(tmp_path, loaded_store):
    _one_error_line(newskg("query", COUNT, "--store", tmp_path / "none"), 1, "no store", "newskg load")
    _one_error_line(newskg("load", tmp_path / "none.ttl", "--store", tmp_path / "s"), 1, "none.ttl")
    assert not (tmp_path / "s").exists()


def test_broken_turtle_leaves_the_loaded_graph(tmp_path, loaded_store, triple_count):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    _one_error_line(newskg("load", bad, "--store", loaded_store), 1, "bad.ttl", "not valid Turtle")
    assert _count("--store", loaded_store) == triple_count


def test_any_literal_survives_load_and_query(tmp_path):
    names = ['brace } and "quotes"', "two\nlines\tand tab", "🎉 <x> #y \\ end"]
    graph = rdflib.Graph()
    for number, name in enumerate(names):
        graph.add((rdflib.URIRef(f"http://example.org/{number}"), rdflib.RDFS.label, rdflib.Literal(name, lang="zh")))
    ttl = tmp_path / "odd.ttl"
    ttl.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    assert newskg("load", ttl, "--store", tmp_path / "store").returncode == 0
    result = newskg("query", "SELECT ?l WHERE { ?s ?p ?l } ORDER BY ?s", "--store", tmp_path / "store", "--format", "json")
    assert [b["l"]["value"] for b in json.loads(result.stdout)["results"]["bindings"]] == names
    table = newskg("query", "SELECT ?l WHERE { ?s ?p ?l } ORDER BY ?s", "--store", tmp_path / "store").stdout
    assert table.splitlines()[3] == "two lines and tab" and len(table.splitlines()) == 6


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stderr.read()
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"Oxigraph server did not answer at {url}")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A real `oxigraph serve` on a free loopback port; always stopped."""
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen([OXIGRAPH, "serve", "--location", location, "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_until_up(base + "/", process)
        yield base
    finally:
        process.kill()
        process.wait(timeout=10)


def test_load_and_query_over_http(server, seed_ttl, triple_count, loaded_store):
    for _ in range(2):  # PUT replaces the graph: loading twice does not double it
        result = newskg("load", seed_ttl, "--endpoint", f"{server}/store")
        assert result.returncode == 0 and f"loaded {triple_count} triples" in result.stdout, result.stderr
        assert _count("--endpoint", f"{server}/query") == triple_count
    over_http = newskg("query", POSTS, "--endpoint", f"{server}/query", "--format", "csv")
    local = newskg("query", POSTS, "--store", loaded_store, "--format", "csv")
    assert over_http.returncode == 0 and over_http.stdout == local.stdout and "潘建新" in local.stdout


def test_the_installed_command_runs(loaded_store):
    result = subprocess.run([sys.executable, "-m", "newskg.cli", "query", "SELEC", "--store", str(loaded_store)],
                            capture_output=True, text=True)
    _one_error_line(result, 2, "the store rejected the query")


def test_named_graphs_stay_apart_over_http(server, seed_ttl, tmp_path, triple_count):
    small = tmp_path / "small.ttl"
    small.write_text("<http://example.org/a> <http://example.org/b> \"c\" .\n", encoding="utf-8")
    other = "http://example.org/other"
    assert newskg("load", small, "--endpoint", f"{server}/store", "--graph", other).returncode == 0
    assert _count("--endpoint", f"{server}/query", "--graph", other) == 1
    assert newskg("load", seed_ttl, "--endpoint", f"{server}/store").returncode == 0
    assert _count("--endpoint", f"{server}/query") == triple_count


def test_http_errors_are_one_line(server):
    _one_error_line(newskg("query", "SELEC ?x WHERE {}", "--endpoint", f"{server}/query"), 2, "rejected the query")
    closed = f"http://127.0.0.1:{_free_port()}/query"
    _one_error_line(newskg("query", COUNT, "--endpoint", closed), 1, "cannot reach")


def test_an_empty_turtle_file_does_not_empty_the_store(loaded_store, tmp_path):
    empty = tmp_path / "empty.ttl"
    empty.write_text("# nothing\n", encoding="utf-8")
    result = newskg("load", empty, "--store", loaded_store)
    assert result.returncode == 1 and "holds no triples" in result.stderr
    count = newskg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--store", loaded_store, "--format", "csv")
    assert int(count.stdout.split()[-1]) > 100


def test_a_folder_of_other_files_is_not_made_a_store(seed_build, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine", encoding="utf-8")
    result = newskg("load", seed_build / "graph.ttl", "--store", folder)
    assert result.returncode == 1 and "not a store" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["keep.txt"]


def test_an_endpoint_that_answers_html_gets_one_line(tmp_path):
    import http.server
    import threading

    class Html(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html>welcome</html>")

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Html)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/"
        result = newskg("query", "--endpoint", url, "ASK {}")
    finally:
        server.shutdown()
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "not SPARQL JSON" in result.stderr
