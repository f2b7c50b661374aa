"""Bylines: `本报讯（记者 任洁 通讯员 许秀菊）`, `中工网讯（记者 X）`, `本报讯 通讯员X、Y报道`,
`本报记者 周美玉 摄影报道`, `通讯员 葛然 摄影报道`."""
from __future__ import annotations

import re

from .lexicon import default_lexicon, longest_first
from .model import Credit

ROLE_WORD = r"(?:记者|記者|通讯员|通訊員)"
ROLE_PREFIX = "(?:特约|特約|首席|实习|實習|见习|見習)"
# 本报讯, 中工网讯, 本报北京10月24日电, 工人日报客户端1月16日讯, (长江日报): a news source, then the credits
NEWS_FROM = (r"(?:本报讯|本報訊|本刊讯|本刊訊|[（(][^（）()\s]{2,12}?(?:报|報|网|網|社|台)[）)]"
             rf"|(?=[^（(\n]{{1,20}}[（(][^）)]{{0,20}}{ROLE_WORD})[^\s（(。，,！？]{{1,20}}?(?:讯|訊|电|電))")
DATELINE = re.compile(rf"^\s*(?:□|■)?\s*{NEWS_FROM}\s*(?:[（(]([^）)]{{1,80}})[）)]"
                      rf"|\s({ROLE_PREFIX}?{ROLE_WORD}[^。！？，,（(]{{2,30}}?)(?:报道|報道)\s)", re.M)
PHOTO_CREDIT = re.compile(r"(?:^|(?<=[。！？”」]))\s*((?:本报|本報)?(?:[^\s。！？，,]{0,4}(?:记者|記者|通讯员|通訊員))"
                          r"[\s\u3000]*[^。！？，,]{2,40}?)[\s\u3000]*(?:摄影报道|攝影報道|摄|攝)$")
# `（刘丽萍 顾威）` closing a paragraph, `毛朝阳、姚磊 摄影报道` on a line of its own: names with no role
NAMES_ONLY = r"[\u4e00-\u9fff]{2,3}(?:[\s\u3000、]+[\u4e00-\u9fff]{2,3}){0,3}"
END_NAMES = re.compile(rf"(?<=[。！？”])[（(]({NAMES_ONLY})[）)]\s*$")
PHOTO_BY_NAMES = rf"({NAMES_ONLY})[\s\u3000]*(?:摄影报道|攝影報道|摄|攝)$"
PHOTO_NAMES = re.compile(rf"^\s*{PHOTO_BY_NAMES}")  # a line of its own
END_PHOTO_NAMES = re.compile(rf"(?<=[。！？”」])\s*{PHOTO_BY_NAMES}")  # closing a paragraph: `…。张晶 摄`
# `□本报记者 李一然` on a line of its own (before or after the text)
# `工人日报-中工网记者赖志凯 通讯员包秀媛`, `文/北京青年报记者 王斌`: an outlet before the role
# (`北京日报客户端 | 记者 X`: an outlet's app, then a bar)
OUTLET = r"(?:文[/／]\s*)?(?:[\u4e00-\u9fff]{2,12}?(?:报|報|网|網|社|台)(?:客户端|客戶端)?[-—–]?){0,2}(?:\s*[|｜]\s*)?"
ONE_CREDIT = rf"(?:本报|本報)?{ROLE_PREFIX}?{ROLE_WORD}[\s\u3000]*{NAMES_ONLY}"
# `…。（特约记者X）`, `（劳动午报记者 王路曼）`, `（工人日报客户端记者 甲 乙）`, `（来源:北京日报 记者:X）`
# closing a paragraph
END_CREDIT = re.compile(rf"[（(](?:来源[:：]\s*)?{OUTLET}\s*({ROLE_PREFIX}?{ROLE_WORD}[^（）()。！？]{{2,40}})[）)]\s*$")
CREDIT_LINE = re.compile(rf"^\s*[□■]?\s*{OUTLET}({ONE_CREDIT}(?:[\s\u3000]+{ONE_CREDIT})*)\s*$")
# credits opening the text before a space, one name per role: a web page's author line
# (`作者:记者 边磊 通讯员 刘程芳 近日…`), an outlet's (`工人日报-中工网记者赖志凯 5月6日…`), or
# an author named alone (`来源: 院工会 作者: 吕明 …`, credited as 作者)
AUTHOR = re.compile(rf"^\s*(?:来源[:：]\s*\S{{2,12}}\s+)?(?:作者[:：]\s*|{OUTLET})"
                    rf"((?:{ROLE_PREFIX}?{ROLE_WORD}[\s\u3000]*[\u4e00-\u9fff]{{2,3}}(?:[\s\u3000]+[\u4e00-\u9fff]{{2,3}}(?=[\s\u3000]))*[\s\u3000]+)+|(?<=[:：])\s*[\u4e00-\u9fff]{{2,3}}(?=[\s\u3000]))",
                    re.M)
# `作者:北京东城官方发布`, `来源：…`: a line that only credits an author or a source
SOURCE_LINE = re.compile(r"^\s*(?:作者|来源|來源|编辑|責任編輯|责任编辑|供稿|撰稿)[:：][^\n。！？]{1,40}$", re.M)
# a paragraph that only names the authors (`作者:孙某 赵某`), mostly the article's last
AUTHORS_LINE = re.compile(rf"^\s*作者[:：]\s*({NAMES_ONLY})\s*$")
# a line that only names the photographers (`摄影/史某`, `图/甲 乙`), mostly under the text
PHOTOGRAPHERS_LINE = re.compile(rf"^\s*(?:摄影|图片|图)\s*[/／:：]\s*({NAMES_ONLY})\s*$")
NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
SEPARATORS = re.compile(r"[\s\u3000、，,/:：]+")


def starts_dateline(text: str) -> bool:
    return bool(DATELINE.match(text) or AUTHOR.match(text))


def is_photo_credit(text: str) -> bool:
    """A line that is only a credit (`本报记者 X 摄影报道`, `毛朝阳、姚磊 摄影报道`, `作者:…`)."""
    match = PHOTO_CREDIT.search(text)
    return bool(match) and match.start(1) <= 1 or bool(_names_only(PHOTO_NAMES.match(text))) \
        or bool(CREDIT_LINE.match(text) or SOURCE_LINE.match(text) or PHOTOGRAPHERS_LINE.match(text))


def ends_with_photo_credit(text: str) -> bool:
    """A paragraph closed by a credit (`…。本报记者 X 摄`) or that is one (`□本报记者 X`, `作者:…`)."""
    return bool(PHOTO_CREDIT.search(text) or _photo_names(text) or CREDIT_LINE.match(text) or SOURCE_LINE.match(text))


def credit_spans_in(text: str) -> list[tuple[int, int]]:
    """Where an article's text prints its credits (datelines, photo credits, author lines):
    the people named there are the reporters, not actors of the story. (A source line,
    `来源：X日报`, is not among them: the paper or body it names is annotated as one.)"""
    return [m.span() for m in DATELINE.finditer(text)] + [m.span(1) for m in PHOTO_CREDIT.finditer(text)] \
        + [m.span() for m in AUTHOR.finditer(text)] + _line_credit_spans(text)


def _line_credit_spans(text: str) -> list[tuple[int, int]]:
    """Where a line ends with its credit in brackets (`…。（特约记者张中源）`, `…。（刘丽萍 顾威）`)
    or is a credit of names alone (`毛朝阳、姚磊 摄影报道`)."""
    spans, start = [], 0
    for line in text.split("\n"):
        match = END_CREDIT.search(line) or _names_only(END_NAMES.search(line)) or _photo_names(line)
        if match:
            spans.append((start + match.start(1), start + match.end(1)))
        elif match := CREDIT_LINE.match(line):  # the whole line, its outlet included (工人日报-中工网记者…)
            spans.append((start + match.start(), start + match.end()))
        start += len(line) + 1
    return spans


def _names_only(match: re.Match | None) -> re.Match | None:
    """The match, when every word it holds starts with a surname (a name, not `（供图）`)."""
    if match and all(_has_surname(word) for word in SEPARATORS.split(match.group(1).strip())):
        return match
    return None


def _photo_names(text: str) -> re.Match | None:
    """A photo credit of names alone, on a line of its own or closing a paragraph."""
    return _names_only(PHOTO_NAMES.match(text)) or _names_only(END_PHOTO_NAMES.search(text))


def _has_surname(name: str) -> bool:
    surnames = default_lexicon().surnames
    return name[0] in surnames or name[:2] in surnames


def parse_credit_text(text: str) -> list[Credit]:
    """`记者 任洁 通讯员 许秀菊 刘鹏` or `记者陈曦 实习记者曹立栋` -> credits in order."""
    roles = default_lexicon().byline_roles
    forms = longest_first(roles)
    credits: list[Credit] = []
    role, named = None, 0
    for token in _spaced_names_joined(SEPARATORS.split(text.strip())):
        if not token:
            continue
        form = next((f for f in forms if token.startswith(f)), None)
        if form is None:  # `工人日报—中工网记者张嬙`: the outlet before the role
            form = next((f for f in forms if f in token[1:] and NAME.match(token.split(f)[-1])), None)
            token = token[token.find(form):] if form else token
        if form is not None:
            role, named = roles[form], 0
            token = token[len(form):]
            if not token:
                continue
        if role and NAME.match(token) and (named == 0 or _has_surname(token)):
            credits.append(Credit(token, role))  # (`记者 张某 方某`, but `记者 张某 近日`: no second name)
            named += 1
        elif role is None and len(token) <= 3 and NAME.match(token) and _has_surname(token):
            credits.append(Credit(token, ""))  # `本报讯（祝璐璐 徐军霞）`: credited, role not printed
    return credits


def _spaced_names_joined(tokens: list[str]) -> list[str]:
    """`记者 马　超`: print pads a two-character name with a space; its halves are one name."""
    out: list[str] = []
    for token in tokens:
        if out and len(token) == 1 and len(out[-1]) == 1 and _has_surname(out[-1]) and re.fullmatch(HAN_CHAR, token):
            out[-1] += token
        else:
            out.append(token)
    return out


HAN_CHAR = r"[\u4e00-\u9fff]"
DATELINE_WITHIN = 2  # paragraphs


def parse_credits(paragraphs: list[str]) -> list[Credit]:
    """Credits from an article's dateline (one of its first paragraphs) and photo credit (any paragraph end)."""
    credits: list[Credit] = []
    # `本报讯（记者 X）`, or `本报讯 通讯员X、Y报道 …`, opening the text or after a subtitle in sentences
    match = next(filter(None, (DATELINE.match(p) or AUTHOR.match(p) for p in paragraphs[:DATELINE_WITHIN])), None)
    if match:
        credited = next(g for g in match.groups() if g)
        if match.re is AUTHOR and not re.match(rf"\s*{ROLE_WORD}", credited):
            credited = "作者 " + credited  # `作者: 吕明`: credited as the author
        credits.extend(parse_credit_text(credited))
    for paragraph in paragraphs:
        match = PHOTO_CREDIT.search(paragraph)  # `本报记者 X 摄`
        if match:
            credits.extend(parse_credit_text(match.group(1)))
        match = END_CREDIT.search(paragraph)  # `…。（特约记者X）`, but not `（通讯员供图）`
        if match:
            credits.extend(c for c in parse_credit_text(match.group(1)) if _has_surname(c.person))
        for line, role in ((AUTHORS_LINE, "作者"), (PHOTOGRAPHERS_LINE, "摄影")):
            match = line.match(paragraph)
            if match:
                credits.extend(c for c in parse_credit_text(f"{role} {match.group(1)}") if _has_surname(c.person))
        match = _names_only(END_NAMES.search(paragraph)) or _photo_names(paragraph) or CREDIT_LINE.match(paragraph)
        if match:  # `…。（刘丽萍 顾威）`, `毛朝阳、姚磊 摄影报道`, `□本报记者 李一然`
            credits.extend(parse_credit_text(match.group(1)))
    unique: list[Credit] = []
    with_role = {c.person for c in credits if c.role}
    for credit in credits:
        if credit not in unique and (credit.role or credit.person not in with_role):
            unique.append(credit)  # `（记者 张晶）` … `张晶 摄`: one credit, with its role
    return unique
