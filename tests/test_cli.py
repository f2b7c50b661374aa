"""The command line: help, summary, and bad input that fails clearly and writes nothing."""
import subprocess
import sys
from pathlib import Path


from conftest import SEEDS

NEWSKG = [sys.executable, "-m", "newskg.cli"]


def run(*args, cwd=None):
    return subprocess.run([*NEWSKG, *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_help_teaches_the_build_command():
    result = run("build", "--help")
    assert result.returncode == 0
    assert "graph.ttl" in result.stdout and "--lexicon" in result.stdout


def test_build_prints_summary_and_html_path(tmp_path):
    result = run("build", SEEDS / "001_970aa545423f6c45.txt", "-o", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "pages 1, articles 8" in result.stdout
    assert f"HTML view: {(tmp_path / 'out' / 'graph.html').resolve()}" in result.stdout
    assert "[1/1]" in result.stderr  # progress


def _fails_cleanly(result, out: Path, *fragments):
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if not line.startswith("[")]  # not progress
    assert len(errors) == 1 and errors[0].startswith("newskg: error: "), result.stderr
    for fragment in fragments:
        assert fragment in errors[0]
    assert not out.exists() or not any(out.rglob("*")), "no export may be left behind"


def test_missing_path(tmp_path):
    _fails_cleanly(run("build", tmp_path / "nope.txt", "-o", tmp_path / "out"), tmp_path / "out",
                   "nope.txt", "no such file")


def test_empty_file(tmp_path):
    page = tmp_path / "empty.txt"
    page.write_text("  \n\n", encoding="utf-8")
    _fails_cleanly(run("build", page, "-o", tmp_path / "out"), tmp_path / "out", "empty.txt", "empty")


def test_not_utf8(tmp_path):
    page = tmp_path / "gbk.txt"
    page.write_bytes("本报讯（记者 任洁）北京市总工会慰问职工。".encode("gb18030"))
    _fails_cleanly(run("build", page, "-o", tmp_path / "out"), tmp_path / "out", "gbk.txt", "not UTF-8")


def test_one_bad_page_among_good_ones_writes_nothing(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    _fails_cleanly(run("build", SEEDS, bad, "-o", tmp_path / "out"), tmp_path / "out", "bad.txt")


def test_failed_build_keeps_previous_exports(tmp_path):
    out = tmp_path / "out"
    assert run("build", SEEDS / "000_a712a3a270775270.txt", "-o", out).returncode == 0
    before = (out / "graph.ttl").read_bytes()
    result = run("build", tmp_path / "missing", "-o", out)
    assert result.returncode == 1
    assert (out / "graph.ttl").read_bytes() == before
    assert not [p for p in out.rglob("*.tmp")]


def test_exports_are_replaced_as_a_set(tmp_path):
    out = tmp_path / "out"
    assert run("build", SEEDS, "-o", out).returncode == 0
    assert len(list((out / "pages").glob("*.json"))) == 5
    # a smaller build replaces pages/ whole: no page of the earlier build lingers
    assert run("build", SEEDS / "000_a712a3a270775270.txt", "-o", out).returncode == 0
    assert [p.name for p in (out / "pages").glob("*.json")] == ["000_a712a3a270775270.json"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "no staging folder left"
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "no staging folder left"


def test_replacing_a_set_that_cannot_be_replaced_keeps_the_old_one(tmp_path):
    out = tmp_path / "out"
    assert run("build", SEEDS / "000_a712a3a270775270.txt", "-o", out).returncode == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (out / "neo4j").chmod(0o500)  # its parent stays writable; moving neo4j aside still works
    try:
        result = run("build", SEEDS, "-o", out)
    finally:
        (out / "neo4j").chmod(0o700)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert result.returncode == 0 and after != before  # a folder's own mode does not block replacing it


def test_output_that_is_a_file(tmp_path):
    target = tmp_path / "exports"
    target.write_text("not a folder", encoding="utf-8")
    result = run("build", SEEDS / "000_a712a3a270775270.txt", "-o", target)
    assert result.returncode == 1 and "is a file, not a folder" in result.stderr
    assert target.read_text(encoding="utf-8") == "not a folder"


def test_control_characters_leave_every_export_parseable(tmp_path):
    import networkx as nx
    page = tmp_path / "ctrl.txt"
    page.write_text("横幅\n\n栏目\n\n海淀区总工会\x07开展活动\n\n本报讯（记者 任洁）近日，海淀\x00区总工会\x1b举办职工书画大赛。\n",
                    encoding="utf-8")
    assert run("build", page, "-o", tmp_path / "out").returncode == 0
    nx.read_graphml(tmp_path / "out" / "graph.graphml")
    nx.read_gexf(tmp_path / "out" / "graph.gexf")


def test_utf16_page_gets_the_right_hint(tmp_path):
    page = tmp_path / "u16.txt"
    page.write_bytes("本报讯（记者 任洁）北京市总工会慰问职工。".encode("utf-16"))
    result = run("build", page, "-o", tmp_path / "out")
    assert result.returncode == 1 and "iconv -f UTF-16" in result.stderr


def test_lexicon_with_bom_and_a_misread_line(tmp_path):
    good = tmp_path / "bom.txt"
    good.write_bytes("\ufeff星河湾物业 Organization\n".encode("utf-8"))
    page = tmp_path / "p.txt"
    page.write_text("标题\n\n本报讯（记者 任洁）工会走访星河湾物业。\n", encoding="utf-8")
    assert run("build", page, "--lexicon", good, "-o", tmp_path / "out").returncode == 0
    doc = (tmp_path / "out" / "pages" / "p.json").read_text(encoding="utf-8")
    assert '"星河湾物业"' in doc
    spaced = tmp_path / "spaced.txt"
    spaced.write_text("Zhang Wei Person\n", encoding="utf-8")
    result = run("build", page, "--lexicon", spaced, "-o", tmp_path / "out2")
    assert result.returncode == 1 and "spaced.txt:1" in result.stderr
    assert "got 'Zhang Wei Person'" in result.stderr  # the line itself, so the user sees what was misread


def test_upper_case_suffix_found_and_a_page_named_twice_read_once(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    page = SEEDS / "000_a712a3a270775270.txt"
    (pages / "SHOUT.TXT").write_bytes(page.read_bytes())
    result = run("build", pages, page, page, "-o", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "pages 2," in result.stdout
    assert sorted(p.name for p in (tmp_path / "out" / "pages").iterdir()) == ["000_a712a3a270775270.json", "SHOUT.json"]
