"""Page text -> articles: skip the banner, repair print-layout breaks, group headlines.

A page is a sequence of non-empty lines. Each line is a headline candidate (short, no
sentence punctuation, or marked with `#`) or body text. Body text cut in mid-sentence by
the print layout ("...工会组" / "织开展...") is glued back to one paragraph. Headline
lines that stand together form one article's headline group; the body that follows
belongs to that article until the next group.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import UserError
from .bylines import ends_with_photo_credit, is_photo_credit, parse_credits, starts_dateline
from .model import Article, Page
from .segment import words
from .sentences import split_sentences

MAX_HEADLINE_CHARS = 40
LONG_HEADLINE_CHARS = 64  # a web page's headline, longer than print's, where its place shows it (see _long_headline)
# how the text under a web page's headline opens: a date or a time word (`2020年1月9日,…`, `近日，…`)
ARTICLE_OPENING = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|近期|昨天|昨日|今天|今年|连日来")
# A paragraph ending in one of these is finished; anything else was cut by the layout.
TERMINAL = re.compile(r"[。！？!?；;…][”’」』\"')）]*$|[)）]$")
# Punctuation that marks running text rather than a headline (outside quotation marks).
CLAUSE_PUNCT = re.compile(r"[，,；;：:。]")
QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|「[^」]*」|《[^》]*》|\"[^\"]*\"")
UNMARKED_RANK = 7
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SUBTITLE_DASH = re.compile(r"^[—－-]{1,3}\s*")
# A photo caption names where people stand (`主席魏晓娟(右)慰问…`, `(前右一)`): never a headline
CAPTION = re.compile(r"[（(](?:前排|后排|前|后)?[左右中][一二三四五六七八九十\d]?[）)]")
# A headline that ends with one exclamation mark (`…入选!`), not a quotation: one in two
# parts (`…案例发布 东四街道总工会入选!`), or one a dateline follows (see _repair_layout)
EXCLAIMED_HEADLINE = re.compile(r"^[^“\"「『].{5,}[^！!][！!]$")
# A short lead-in ending in a colon printed above the headline (`西罗园街道总工会：`)
PAUSES = "，,；;：:。！？"  # none stands inside a lead-in
KICKER = re.compile(rf"^[^{PAUSES}]{{2,20}}[：:]$")
# A lead-in on the headline's own line: a body's or place's name (`哈市香坊區總工會: 深入…`) or a
# short label (`顺义：`, `新春走基层：`); not a crosshead `举措一：…` or a caption `图为：…`
# (heads in both scripts: layout runs before the text is simplified)
HEADLINE_LEAD = re.compile(rf"^(?:[^{PAUSES}\s]{{1,10}}(?:[会會局委院司团團队隊厂廠站所部校行]|中心|街道|[区區县縣市镇鎮乡鄉村])"
                           rf"|(?![图圖摄攝编編注])[^{PAUSES}\s\d一二三四五六七八九十]{{2,5}})[：:]\s?")  # 顺义：, 新春走基层：
# A line that lists (`…选取了下属的A公司、国家会议`) over one opening with the tail of a list
# item (`中心、置地公司…`) was cut by the layout in the middle of the list. Enumerations
# (`一、`) excepted; a paragraph may open with a list of its own (`春节、元宵节期间，…`).
LIST_TAIL_OPENING = re.compile(r"^(?![\d一二三四五六七八九十]+、)[^\s、，,。；;：:（(“”]{1,8}、")


class PageError(UserError):
    """A page that cannot be read; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


@dataclass
class Line:
    text: str
    rank: int  # 1 for `#`, 2 for `##` ..., UNMARKED_RANK without marks
    subtitle: bool = False  # printed after a dash (`——北京建工集团举办…`) or a kicker above the headline
    fragment: bool = False  # a paragraph start cut by the layout, not a headline

    @property
    def marked(self) -> bool:
        return self.rank < UNMARKED_RANK


def read_page_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PageError(path, f"cannot read file ({exc.strerror})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        source = "UTF-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "GB18030"
        raise PageError(path, f"not UTF-8 text (invalid byte at offset {exc.start}); "
                              f"convert it with e.g. `iconv -f {source} -t UTF-8`") from None
    text = CONTROL_CHARS.sub("", text)  # never news text, and XML exports cannot hold them
    if not text.strip():
        raise PageError(path, "empty page (no text to read)")
    return text


def read_page(path: Path | str) -> Page:
    path = Path(path)
    page = split_page(read_page_text(path), path.name)
    if not page.articles:
        raise PageError(path, "no article found (expected headlines followed by body text)")
    return page


def split_page(text: str, source: str) -> Page:
    lines = _lines(text)
    if _starts_with_banner(lines):
        lines = lines[1:]
    blocks = _repair_layout(lines)
    return Page(source, _group_articles(blocks, source))


def _lines(text: str) -> list[Line]:
    out = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = raw.strip().strip("\u3000").strip()
        if not stripped:
            continue
        marks = len(stripped) - len(stripped.lstrip("#"))
        body = stripped.lstrip("#").strip()
        dash = SUBTITLE_DASH.match(body)
        if dash and len(body) > dash.end():
            body = body[dash.end():]
        if not body:
            continue
        out.append(Line(body, marks if 0 < marks < UNMARKED_RANK else UNMARKED_RANK, bool(dash)))
    return out


def is_headline_like(line: Line) -> bool:
    if line.fragment or starts_dateline(line.text) or is_photo_credit(line.text):
        return False
    if line.marked or line.subtitle:
        return True
    text = line.text
    if CAPTION.search(text):
        return False
    if EXCLAIMED_HEADLINE.search(text) and " " in text.strip():
        text = text[:-1]  # `…案例发布 东四街道总工会入选!`: a two-part headline may exclaim
    if len(text) > MAX_HEADLINE_CHARS or TERMINAL.search(text):
        return False
    return not CLAUSE_PUNCT.search(QUOTED.sub("", text)) or _couplet(text)


# A headline of two matching halves: `技能竞赛展风采，百年匠心重传承`
COUPLET = re.compile(r"^([^，,；;：:。、！？“”]{5,12})[，,]([^，,；;：:。、！？“”]{5,12})$")


def _couplet(text: str) -> bool:
    halves = COUPLET.match(text)
    return halves is not None and abs(len(halves.group(1)) - len(halves.group(2))) <= 1


def _starts_with_banner(lines: list[Line]) -> bool:
    """The page banner is a headline-like first line directly followed by another headline
    (not by a subtitle after a dash, which belongs to the first line: the article's title)."""
    return len(lines) > 2 and is_headline_like(lines[0]) and is_headline_like(lines[1]) and not lines[1].subtitle


def _is_open(text: str) -> bool:
    """True when a body paragraph was cut by the layout and goes on in the next line."""
    return not (TERMINAL.search(text) or ends_with_photo_credit(text) or is_photo_credit(text) or CAPTION.search(text))


def breaks_mid_word(left: str, right: str) -> bool:
    """True when a word runs across the end of `left` into `right` (`服务职` / `工、`)."""
    head, tail = left[-6:], right[:6]
    boundary, offset = len(head), 0
    for word in words(head + tail):
        if offset < boundary < offset + len(word):
            return True
        offset += len(word)
    return False


def _continues(prev: Line, line: Line) -> bool:
    """Does `line` go on with the paragraph `prev` (cut by the print layout)?"""
    return not (line.marked or starts_dateline(line.text) or is_headline_like(prev) or not _is_open(prev.text))


def _repair_layout(lines: list[Line]) -> list[Line]:
    blocks: list[Line] = []
    for i, line in enumerate(lines):
        prev = blocks[-1] if blocks else None
        after = lines[i + 1] if i + 1 < len(lines) else None
        if KICKER.match(line.text) and after is not None and is_headline_like(after) and not line.marked:
            blocks.append(Line(line.text, line.rank, subtitle=True))  # a kicker: part of the headline group
        elif EXCLAIMED_HEADLINE.match(line.text) and after is not None and (
                starts_dateline(after.text) or prev is not None and is_photo_credit(prev.text)):
            blocks.append(Line(line.text, line.rank, subtitle=True))  # `一起演绎花样年华!` over a dateline or after a credit
        elif prev is not None and is_headline_like(prev) and _couplet(line.text) and not line.marked:
            blocks.append(Line(line.text, line.rank, subtitle=True))  # under a headline: its subtitle
        elif prev is not None and _continues(prev, line):
            blocks[-1] = Line(prev.text + line.text, prev.rank)
        elif not is_headline_like(line) and _long_headline(line, prev, after):
            blocks.append(Line(line.text, line.rank, subtitle=True))
        elif (prev is not None and not is_headline_like(prev) and is_headline_like(line) and not line.marked
              and after is not None and not after.marked and not is_headline_like(after)
              and not starts_dateline(after.text)
              and (breaks_mid_word(line.text, after.text) or "、" in line.text and LIST_TAIL_OPENING.match(after.text))):
            # a short fragment that looks like a headline but is cut in mid-word
            blocks.append(Line(line.text, line.rank, fragment=True))
        else:
            blocks.append(line)
    return blocks


def _long_headline(line: Line, prev: Line | None, after: Line | None) -> bool:
    """A line over a dateline (`饺香迎冬至,寒冷天气…劳动者` over `北京日报客户端 | 记者 X`) is a
    headline though long or broken by a comma, and so is a long line without a pause that
    opens the page or follows a finished paragraph, over text that opens with a date or a
    time word (a web page's headline), so long as it does not end like a sentence; such a
    headline may open with a lead-in and a colon."""
    text = line.text
    if after is None or len(text) > LONG_HEADLINE_CHARS or TERMINAL.search(text) or CAPTION.search(text) \
            or starts_dateline(text) or is_photo_credit(text):
        return False
    if starts_dateline(after.text):
        return True
    opens_the_page_or_follows_a_finished_paragraph = prev is None or not _is_open(prev.text)
    unled = HEADLINE_LEAD.sub("", text)
    return (opens_the_page_or_follows_a_finished_paragraph and ARTICLE_OPENING.match(after.text) is not None
            and not CLAUSE_PUNCT.search(QUOTED.sub("", unled)) and not breaks_mid_word(text, after.text))


def _group_articles(blocks: list[Line], source: str) -> list[Article]:
    groups: list[tuple[list[Line], list[str]]] = []  # (headline lines, body paragraphs)
    for block in blocks:
        if is_headline_like(block):
            if not groups or groups[-1][1]:
                groups.append(([], []))
            groups[-1][0].append(block)
        elif groups:
            groups[-1][1].append(block.text)
        else:  # body before any headline: an article without a printed title
            groups.append(([], [block.text]))
    articles = []
    for heads, body in groups:
        if not body:
            continue  # a column label or a stray headline with no text of its own
        articles.append(_make_article(source, len(articles), heads, body))
    return articles


def choose_title(heads: list[Line]) -> str:
    """The main headline: `#` outranks `##` outranks unmarked; among equals, the longest."""
    if not heads:
        return ""
    best = min(heads, key=lambda h: (h.rank, h.subtitle, -len(h.text)))
    return best.text


def _make_article(source: str, index: int, heads: list[Line], body: list[str]) -> Article:
    # headlines are part of the text: they name entities and facts too
    text = "\n".join([h.text for h in heads] + body)
    article = Article(
        source=source,
        index=index,
        title=choose_title(heads),
        headlines=[h.text for h in heads],
        text=text,
    )
    article.credits = parse_credits(body)
    article.sentences = split_sentences(text)
    return article
