"""Article -> entity mentions (Person, Organization, Location, Event).

Rules over patterns, with domain words from the lexicon:
- Person: byline credits; a name after a post title (`副主席潘建新`); a name before a
  speech or action verb at a clause start (`，许秀菊表示`); every later occurrence of a name.
- Organization: a run of name-like words that ends in an organisation head
  (`…总工会`, `…医院`, `…有限公司`), with generic runs (`医院工会`, `基层工会`) dropped.
- Location: known places and runs ending in a place head (`…镇`, `…村`, `…公园`).
- Event: a quoted name before an event head (`“暖心伴考”…活动`) or a run of words
  ending in one (`职工健步走活动`).
Overlaps keep the longest span, so a place inside an organisation's name is not a place.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from .bylines import credit_spans_in
from .lexicon import HOME_CITY, MEMBER_BODY, POST_NOTE, Lexicon, longest_first
from .model import Article, Mention
from .segment import UNION, UNION_HEADS, UNION_WORDS, dictionary_tag, guessed_tags, tagged_words, word_frequency
from .segment import words as segment_words

HAN = r"\u4e00-\u9fff"
NUMERAL = r"[一二三四五六七八九十百零\d]"
ORDINAL = re.compile(rf"第{NUMERAL}+[届次期]")  # 第五届, 第二次, 第5期
NAME_POS = {"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "eng", "vn", "an", "b", "s", "nw", "ng", "zg", "tg", "g"}
PROPER_POS = {"nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "eng"}
PERSON_POS = {"nr", "nrt", "nrfg"}  # jieba's person tags, also given to common words (练兵)
VERBAL_POS = {"v", "vn", "vd", "a", "ad", "d", "l", "i"}
# Single characters that are function words, never part of a name.
FUNCTION_CHARS = set("的了在和与及等为把被对向从将由于是有也都还又并或且而其该各每本此这那们着过给让使所以赴到来去送请带率至同跟以用往再就才已正均共近约地得据但却虽要受自"
                     "上下内里前后他她它我你学做看听写读帮找拿进出回型级年月日号次沿除")
ALWAYS_NAME_WORDS = {"首都", "中国", "全国", "北京", "中华", "国际", "东方", "北方", "南方", "京城", "中关村", "志愿", "服务",
                     "管理", "创业", "实业", "科技", "教育", "职工", "检验", "爱心", "健康", "劳动", "劳工"}
REFERRING = {"该", "本", "其"}
REFERRING_OR_OWN = REFERRING | {"此", "我"}  # 该区, 本市, 我校: the body referred to
PROPER_WORDS = ("首都", "中国", "全国", "北京", "中华", "国际", "东方", "京城", "中关村")  # make a name proper
LEFT_TRIM = {"该", "各", "整个", "多", "每个", "所有", "各级", "基层", "相关", "辖区", "全体", "广大", "我们", "其", "本", "我", "原", "新",
             "来自", "包括", "所属", "下属", "一线", "由", "和", "与", "及", "等", "的", "全市", "全区", "两新", "新建", "新成立"}
QUOTE = re.compile(r"[“\"「『‘]([^”\"」』‘’]{2,40})[”\"」』’]")
BOOK_TITLE = re.compile(r"《[^《》\n]{1,60}》")
SHORT_ALIAS = re.compile(r"[（(]以下简称[“\"「]?([^”\"」）)]{2,20})[”\"」]?[）)]")
PUNCT = set("，,。；;：:、！？!?（）()《》“”\"'‘’「」 \n")


def find_mentions(article: Article, lexicon: Lexicon, campaigns: frozenset[str] = frozenset()) -> list[Mention]:
    text = article.text
    all_tokens = _tokens(text, _names_kept_whole(text, lexicon))
    persons = _longest_non_overlapping(_person_mentions(article, all_tokens, lexicon))
    in_person = {i for m in persons for i in range(m.start, m.end)}
    tokens = [t for t in all_tokens if not in_person & set(range(t.start, t.end))]
    candidates: list[Mention] = []
    candidates += _org_mentions(text, tokens, lexicon)
    candidates += _event_mentions(text, tokens, lexicon)
    candidates += _location_mentions(text, tokens, lexicon)
    candidates += _user_mentions(text, lexicon)
    candidates += _known_bodies(text, all_tokens, lexicon)
    candidates += _abbreviated_bodies(tokens, lexicon)
    candidates += _visited_sites(text, lexicon)
    candidates += _campaign_mentions(text, campaigns)
    candidates += _known_events(text, lexicon)
    candidates += _quoted_teams(text)
    candidates += _township_committees(text, candidates, lexicon)
    candidates += _congresses(text, candidates, lexicon)
    candidates += _headline_events_echoed(text, article.headline_end, candidates, lexicon)
    candidates += _enumerated_bodies(text, candidates + persons, lexicon)
    candidates += _general_unions_said_short(text, lexicon)
    candidates = _join_bodies(text, _trim_organiser_prefix(candidates, lexicon))
    candidates += _declared_short_forms(text, candidates + persons)
    credits = credit_spans_in(text)  # `华北日报-华北网记者…`: the outlet of a credit line names no body of the story
    others = [m for m in candidates if not in_person & set(range(m.start, m.end)) and not _inside_quoted_name(m, text)
              and not any(a <= m.start < b for a, b in credits)]
    others += _studios_named_after(text, persons, lexicon)  # a body with a person's name in it
    others = [m for m in others if m.type == "Event" or m.text[0] not in EVERY]
    others = [m for m in others if not (m.type == "Location" and _no_place(m.text, lexicon))]
    others = [m for m in others if not _home_city_prefix(m, all_tokens, lexicon)]
    others = [_without_words_before_a_general_union(m) for m in others]
    found = _typed_by_role(text, _longest_non_overlapping(others), lexicon)
    found += _bodies_named_again(text, persons + found, credits, lexicon)
    found = _district_of_the_title(text, found, lexicon)
    owners = _owners_of_unions(text, persons + found, lexicon)
    found = [m for m in found if not any(o.start <= m.start and m.end <= o.end for o in owners)] + owners
    found += _listed_destinations(text, persons + found, lexicon)
    return sorted(persons + found + _prize_winners(text, persons + found, lexicon), key=lambda m: m.start)


GENERAL_UNION = re.compile(r"^(.+?)([市区县]总工会)$")


def _without_words_before_a_general_union(mention: Mention) -> Mention:
    """`项目获|市总工会助推资金`, `经|市总工会`: a verb or preposition before 市(区、县)总工会
    ends the sentence's words; the union's name starts after it (no city's name we meet ends so)."""
    match = GENERAL_UNION.match(mention.text) if mention.type == "Organization" else None
    if match is None or match.group(1)[-1] not in WORDS_BEFORE_A_UNION:
        return mention
    cut = len(match.group(1))
    return Mention(mention.type, mention.text[cut:], mention.start + cut, mention.end)


WORDS_BEFORE_A_UNION = set("获经由向对为在被将把受给")


NAME_TAGS_AFTER_CITY = {"ns", "nr", "nrt", "nz", "nt", "j", "m", "eng"}
YEAR_NAME = re.compile(r"\d{4}")  # 北京2022: a year in a name, not a count (北京2万多名快递员)


def _home_city_prefix(mention: Mention, tokens: list[Token], lexicon: Lexicon) -> bool:
    """`北京丰台工人俱乐部`, `北京南极星公司`, `北京2022`: the home city glued to a name we do not
    read in full is the start of that name, no place the text speaks of (`北京气温`, `从北京到`)."""
    if mention.type != "Location" or mention.text not in (HOME_CITY, HOME_CITY[:-1]):
        return False
    following = next((t for t in tokens if t.start == mention.end), None)
    if following is not None and following.word.isdigit():
        return YEAR_NAME.fullmatch(following.word) is not None
    return following is not None and (following.pos in NAME_TAGS_AFTER_CITY or following.word in lexicon.places
                                      or following.word in lexicon.township_names)


SAID_SHORT_UNION = re.compile(r"[市区县]总(?=召开|举办|举行|开展|组织|启动|联合|携手|为|向|对|在|与|和|党组|主席|副主席|领导|[、，,。])")


def _general_unions_said_short(text: str, lexicon: Lexicon) -> list[Mention]:
    """`北京市总召开…推进会`, `盘锦市总联合…`: a city's (district's) 总工会 said short, after
    the name of a place (the longest the text prints there)."""
    mentions = []
    for match in SAID_SHORT_UNION.finditer(text):
        place = next((text[start:match.start()] for start in range(max(0, match.start() - 6), match.start() - 1)
                      if _names_a_place(text[start:match.start()], lexicon)), None)
        if place is not None:
            mentions.append(Mention("Organization", place + match.group(), match.start() - len(place), match.end()))
    return mentions


def _names_a_place(word: str, lexicon: Lexicon) -> bool:
    """One place word: known, or jieba's one word for a place (盘锦, which it tags as a name)."""
    return word in lexicon.places or len(segment_words(word)) == 1 and dictionary_tag(word) in ("ns", "nr")


def _prize_winners(text: str, found: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """`，北汽李尔捧得联赛冠军奖杯，中芯京城荣获季军`: a name that opens a clause and wins a
    place is a competing body, whatever jieba makes of its characters; only where no name
    was found, and not a person, a pronoun or a kind (`该队`, `参赛选手`)."""
    taken = {i for m in found for i in range(m.start, m.end)}
    mentions = []
    for match in lexicon.prize_winner_pattern.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        tagged = tagged_words(name)
        if taken & set(range(start, end)) or name[0] in FUNCTION_CHARS or name in lexicon.generic_words \
                or {tag for _, tag in tagged} & NOT_A_NAME_TAGS or name[:2] in LEFT_TRIM \
                or any(_name_at(text, end - k, lexicon) == name[-k:] for k in range(2, len(name) + 1)) \
                or not any(tag in PROPER_POS or dictionary_tag(word) is None for word, tag in tagged):
            continue  # a person (技术能手张某), a pronoun (该队), a kind (参赛选手, 职工代表队)
        mentions.append(Mention("Organization", name, start, end))
    return mentions


NOT_A_NAME_TAGS = {"v", "vd", "d", "r", "p", "c", "u", "uj", "ul", "m", "ad"}  # verbs and function words


GOING_TO = "(?<=一行|先后|分别|相继|随后)到(?!达|位|岗|场|会)"  # `…一行先后到A工地、B工地` (not 达到, 到达)
DESTINATION = r"[^，,。；;：:、“”（）()\s和及与的]{3,16}?"
COUNTED_OR_EVERY = re.compile(r"^(?:[一二三四五六七八九十两几多\d]+[个家所座处名位]|各|每|一线|基层|新建)")
DONE_THERE = "开展|进行|座谈|指导|送去|送上"  # besides the verbs of visiting and inspecting


def _listed_destinations(text: str, found: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """`一行先后到A、B和C走访调研`: each name of a list of places gone to, up to what was
    done there, that ends in a head names a body or a place, whatever jieba makes of its
    characters (`软件园工会服务站`); only where no name was found, and not a count or a
    kind of place (`三个项目部`, `职工书屋`)."""
    taken = {i for m in found for i in range(m.start, m.end)}
    going = f"(?:{'|'.join(lexicon.going_verbs)}|{GOING_TO})了?"
    done = "|".join((*lexicon.visit_verbs, *lexicon.inspect_verbs, DONE_THERE))
    listing = re.compile(f"{going}((?:{DESTINATION}(?:、|和|及|以及))+{DESTINATION})(?={done}|[，,。])")
    mentions = []
    for match in listing.finditer(text):
        for piece in re.finditer(DESTINATION + "(?=、|和|及|以及|$)", match.group(1)):
            start, end = match.start(1) + piece.start(), match.start(1) + piece.end()
            name = piece.group()
            headed = _ends_with(name, lexicon.org_suffixes + lexicon.place_suffixes) is not None
            if taken & set(range(start, end)) or name[0] in FUNCTION_CHARS or COUNTED_OR_EVERY.match(name) \
                    or name in lexicon.generic_words or lexicon.is_kind_of_place(name) \
                    or lexicon.post_pattern.search(name) or not headed:
                continue
            mentions.append(Mention(_org_or_place(name, lexicon), name, start, end))
    return mentions


def _owners_of_unions(text: str, found: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """`北控置业工会` named, then `北控置业党委书记`: the owner of a union the text names is a
    body wherever it is printed as a word of its own, though its name ends in no head jieba
    finds; an owner with no proper word in it is a trade (`城市轨道交通工会`)."""
    owners = {m.text[:-len(UNION)] for m in found if m.type == "Organization" and m.text.endswith(UNION)
              and not m.text.endswith(("总" + UNION, *UNION_HEADS[1:]))}
    mentions = []
    for owner in owners:
        if len(owner) < 3 or owner in lexicon.places or not re.fullmatch(f"[{HAN}A-Za-z()（）]+", owner) \
                or _ends_with(owner, lexicon.org_suffixes) or ADMIN_SHORT.match(owner) or not _has_proper_word(owner):
            continue  # (a body with a head is found by it; 市直机关工会: the union of the city's organs)
        for match in re.finditer(re.escape(owner), text):
            inside = [m for m in found if match.start() <= m.start and m.end <= match.end()]
            if any(m.type != "Location" or m.text not in lexicon.places for m in inside):
                continue  # only a known place may lie inside the owner's name (北京|现代)
            if text.startswith(UNION, match.end()) or any(m.start < match.end() and match.start() < m.end
                                                          and m not in inside for m in found) \
                    or not _word_edge(text, match.start(), lexicon) or not _word_edge(text, match.end(), lexicon):
                continue
            mentions.append(Mention("Organization", owner, match.start(), match.end()))
    return mentions


def _has_proper_word(name: str) -> bool:
    return any(pos in PROPER_POS or dictionary_tag(word) is None for word, pos in tagged_words(name))


def _word_edge(text: str, pos: int, lexicon: Lexicon) -> bool:
    """Does a word end or start at `pos`: text's edge, punctuation, a function character, a
    post or a party body (`北控置业|党委书记`), not the middle of a longer word (`京华物流|园区`)."""
    if pos <= 0 or pos >= len(text) or not re.match(f"[{HAN}]", text[pos - 1]) or not re.match(f"[{HAN}]", text[pos]):
        return True
    return text[pos - 1] in FUNCTION_CHARS or text[pos] in FUNCTION_CHARS \
        or lexicon.post_pattern.match(text, pos) is not None or text.startswith(("党委", "党组", "党支部", "全体"), pos) \
        or text.startswith(lexicon.host_verbs, pos)  # 在北京现代|举办, 北京邮政|全体员工


def _names_kept_whole(text: str, lexicon: Lexicon) -> list[str]:
    """Names jieba must not cut: short forms the article declares (`以下简称“水投中心”`)
    and a user's own names of bodies and places."""
    declared = [m.group(1) for m in SHORT_ALIAS.finditer(text)]
    users = [name for name, kind in lexicon.user_entities.items() if kind != "Person" and name in text]
    common = set(lexicon.org_suffixes) | set(lexicon.place_suffixes) | lexicon.generic_words
    return [name for name in declared + users if len(name) > 2 and name not in common]  # not `以下简称“公司”`


VENUE_OR_BODY_HEADS = ("中心", "俱乐部", "酒店", "饭店", "宾馆")  # 体育中心 hosts a match; 文化活动中心 co-organises one
HOSTED_AT = re.compile(r"(?:在|于)$")
ORGANISING = re.compile(r"^(?:、[^、，,。；;]{2,24})*(?:联合|共同)?(?:主办|承办|协办|指导)")  # items hold no 、
# besides an organise verb, what makes a venue act (`…、北京饭店等20余家单位`, `…联合北京友谊宾馆`): a body
ACTING_VENUE_TAIL = r"联合|等[^，,。；;]{0,8}单位"


def _typed_by_role(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """A name whose head fits a venue and a body (`…中心`) takes the type its role in the
    text gives: hosting (`在X闭幕`) makes it a place, organising (`X承办`) a body; so does
    any venue with officers (`X文化宫主任`) or a union of its own (`X酒店工会`)."""
    votes: dict[str, set[str]] = {}
    acting = re.compile(f"{lexicon.organize_verb_pattern}|{ACTING_VENUE_TAIL}")  # 北京饭店开展…
    for m in mentions:
        post = lexicon.post_pattern.match(text, m.end)
        named_venue = m.type == "Location" and m.text not in lexicon.places and not m.text.endswith(TOWN_HEADS + ADMIN_HEADS)
        hosting = HOSTED_AT.search(text[max(0, m.start - 2):m.start]) and lexicon.hosting_pattern.match(text, m.end)
        own_union = m.text + UNION in text and not m.text.endswith(ZONE_HEADS)  # (丰台园工会: a park zone's union)
        if named_venue and hosting:
            votes.setdefault(m.text, set()).add("Location")  # 首都体育馆工会…在首都体育馆开展: a place, though it has a union
        elif named_venue and (post and _name_at(text, post.end(), lexicon, after_title=True) or own_union):
            votes.setdefault(m.text, set()).add("Organization")  # 西城区职工文化宫主任王某, 毅华温泉酒店工会: a venue with officers or a union
        elif m.type in ("Organization", "Location") and m.text.endswith(VENUE_OR_BODY_HEADS):
            if hosting:
                votes.setdefault(m.text, set()).add("Location")
            elif ORGANISING.match(text[m.end:m.end + 60]) or acting.match(text, m.end):
                votes.setdefault(m.text, set()).add("Organization")
    decided = {name: kinds.pop() for name, kinds in votes.items() if len(kinds) == 1}
    return [replace(m, type=decided[m.text]) if m.text in decided else m for m in mentions]


# ---- tokens -------------------------------------------------------------------------

class Token:
    __slots__ = ("word", "pos", "start", "end")

    def __init__(self, word: str, pos: str, start: int):
        self.word, self.pos, self.start, self.end = word, pos, start, start + len(word)

    def __repr__(self):
        return f"{self.word}/{self.pos}"


# A short insert in brackets inside a name: 施耐德(北京)低压电器有限公司, 全体(扩大)会议, 服务(帮扶)中心
# and a hyphen inside a name (中外运-敦豪), not one between two bodies (…总工会-…联合会, …公司-北京分公司)
BRACKET_INSERT = re.compile(rf"(?<=[{HAN}])(?:[（(]([{HAN}]{{1,4}})[）)]|(?<![会司团局委院校队部厅所站])[-－])(?=[{HAN}])")
INSERT = "insert"  # the tag of a merged insert token
NOT_INSERTS = re.compile("^(?:左|右|中|前|后|图|下同|以下|简称|记者|通讯员|含)")  # captions and asides


def _tokens(text: str, kept: Iterable[str] = ()) -> list[Token]:
    tokens, offset = [], 0
    for word, pos in tagged_words(text, kept):
        tokens.append(Token(word, pos, offset))
        offset += len(word)
    return _merge_bracket_inserts(text, tokens)


def _merge_bracket_inserts(text: str, tokens: list[Token]) -> list[Token]:
    inserts = {m.start(): m.end() for m in BRACKET_INSERT.finditer(text) if not NOT_INSERTS.match(m.group(1) or "-")}
    if not inserts:
        return tokens
    merged, i = [], 0
    while i < len(tokens):
        end = inserts.get(tokens[i].start)
        if end is None:
            merged.append(tokens[i])
            i += 1
            continue
        merged.append(Token(text[tokens[i].start:end], INSERT, tokens[i].start))
        while i < len(tokens) and tokens[i].start < end:
            i += 1
    return merged


def _name_like(token: Token, lexicon: Lexicon) -> bool:
    if token.pos == INSERT:
        return True  # kept only inside a run, see _runs
    if token.word in ALWAYS_NAME_WORDS or token.word in lexicon.activity_words:
        return True
    if token.word in lexicon.posts or token.word in lexicon.linking_verbs or any(c in PUNCT for c in token.word) \
            or token.word in lexicon.having_verbs:  # 公司现有|A站: what a body has starts a new name
        return False
    if len(token.word) == 1 and (token.word in FUNCTION_CHARS or token.word in lexicon.person_followers):
        return False
    if len(token.word) == 1 and re.fullmatch(f"[{HAN}]", token.word):
        return True  # a character standing alone: part of a name jieba's dictionary does not know
    if re.fullmatch(r"[一二三四五六七八九十0-9]+期", token.word):
        return True  # 二期建设工地, 三期工程: a phase of a site
    if token.pos == "m":  # 第十八车队, 一局, 03标段
        return (token.word.startswith("第") or bool(re.fullmatch(r"[A-Za-z0-9]+", token.word))
                or len(token.word) > 1 and _ends_with(token.word, lexicon.org_suffixes) is not None)
    if token.pos == "l":
        return _noun_compound(token.word)
    return token.pos in NAME_POS or bool(re.fullmatch(r"[A-Za-z]+", token.word))


NOUN_HALF_TAGS = {"n", "vn", "t", "b", "nz", "ns", "nt", "j"}


def _noun_compound(word: str) -> bool:
    """A set phrase made of two nouns (冬季|运动, 交通|枢纽, 城乡|建设) can stand inside a name;
    one with a verb or an adverb (积极|响应, 大力|推进) cannot."""
    return len(word) == 4 and all(dictionary_tag(half) in NOUN_HALF_TAGS for half in (word[:2], word[2:]))


def _bridges(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """A two-character verb inside a name (`服务运行中心`): name-like words on both sides,
    and not a verb that links two names (联合, 举办, 慰问 ...); so is a numeral that jieba
    cut off a name (`客三分公司`: 客三 + 分公司)."""
    token = tokens[i]
    if token.word == "和" and 0 < i < len(tokens) - 2:  # 发展和改革委员会, 人力资源和社会保障局
        before, after = tokens[i - 1], tokens[i + 1:i + 3]
        if not (_field_word(before) and not _is_head(before, lexicon.org_suffixes)
                and not _is_head(before, lexicon.place_suffixes)):  # `…职工生活区和建工集团…`: two names
            return False
        if before.word in lexicon.joined_fields and _field_head(after[0]):
            return True  # 文化和|旅游局: the second field and the head in one word
        return (_field_word(after[0]) and not _is_head(after[0], lexicon.org_suffixes)
                and after[0].word not in LEFT_TRIM  # `干部和全区工会`: a second group
                and any(t.word in lexicon.org_suffixes or _is_head(t, lexicon.org_suffixes) for t in after[1:]))
    if token.pos == "m" and re.fullmatch("[一二三四五六七八九十]+分?", token.word):
        return 0 < i < len(tokens) - 1 and _name_like(tokens[i - 1], lexicon) and _name_like(tokens[i + 1], lexicon)
    if token.word == "联合" and 0 < i < len(tokens) - 1 and tokens[i + 1].word == "总工会" \
            and _name_like(tokens[i - 1], lexicon) and not _is_head(tokens[i - 1], lexicon.org_suffixes):
        return True  # 台湾劳工|联合|总工会: a federation's name (not 团委|联合|工会, one body with another)
    if token.pos not in {"v", "vn", "t"} or len(token.word) != 2 or token.word in lexicon.linking_verbs:
        return False
    if i > 0 and _is_head(tokens[i - 1], lexicon.org_suffixes) \
            and not (i + 1 < len(tokens) and tokens[i + 1].word.endswith(SUBSIDIARY_HEADS)):
        return False  # `区总工会发布…`, `检察院设立工会`: a body acting (but 建工集团安装分公司: its branch)
    return (0 < i < len(tokens) - 1 and _name_like(tokens[i - 1], lexicon) and _name_like(tokens[i + 1], lexicon)
            and not tokens[i + 1].word in lexicon.posts)


SUBSIDIARY_HEADS = ("分公司", "分厂", "分行", "支行", "分局", "分中心", "项目部")


def _field_head(token: Token) -> bool:
    """`旅游局`, `社会保障部`: a field word and a one-character head of a government body in one token."""
    word, field = token.word, token.word[:-1]
    return word[-1] in GOVERNMENT_HEADS and (
        len(field) == 2 and dictionary_tag(field) in NOUN_HALF_TAGS
        or len(field) == 4 and dictionary_tag(field[:2]) in NOUN_HALF_TAGS and (dictionary_tag(field[2:]) or "")[:1] in "nv")


GOVERNMENT_HEADS = "局厅部委办"


def _field_word(token: Token) -> bool:
    """A common word of a body's field (发展, 住房, 社会保障): not a place or a name, which
    would start a second body (`坚强领导和|朝阳区总工会`)."""
    return len(token.word) > 1 and token.pos in {"n", "vn", "v", "l"}


DEMONSTRATIVES = {"这", "那", "此", "每", "哪"}


def _runs(tokens: list[Token], lexicon: Lexicon, bridge: bool = True, posts: bool = False) -> list[list[Token]]:
    """Maximal runs of consecutive name-like tokens; `bridge` lets a verb inside a body's
    name stay (`服务运行中心`), which place and event names do not need; `posts` keeps a
    post inside the run (`女职工委员|培训会`, `工会主席|培训班`: an event's name)."""
    runs, current = [], []
    for i, token in enumerate(tokens):
        if current and token.start != current[-1].end:  # a gap (a person's name was here)
            runs.append(current)
            current = []
        measure = i and tokens[i - 1].word in DEMONSTRATIVES and len(token.word) == 1  # 这|处|职工之家
        name_char = _date_char_in_name(tokens, i) and current or _date_char_opening_name(tokens, i)  # 乾|日|安全科技公司 (not 5|日)
        post = posts and token.word in lexicon.posts
        if not measure and (name_char or post or _name_like(token, lexicon) or bridge and current and _bridges(tokens, i, lexicon)):
            current.append(token)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [run for run in map(_strip_inserts, runs) if run]


DATE_CHARS = {"日", "月"}
PAUSES = {"、", "，", ",", "和", "与", "及"}  # where a name may open (`、月|河|社区`, `和月河街道`)


def _date_char_in_name(tokens: list[Token], i: int) -> bool:
    """A date character (日, 月) that jieba split off a name: after a character of the name,
    not after a number, and with more of the name right after it."""
    token = tokens[i]
    return (token.word in DATE_CHARS and 0 < i < len(tokens) - 1 and len(tokens[i - 1].word) == 1
            and tokens[i - 1].pos not in ("m", "eng") and re.fullmatch(f"[{HAN}]", tokens[i - 1].word) is not None
            and tokens[i - 1].end == token.start and tokens[i + 1].start == token.end
            and tokens[i + 1].pos in NAME_POS)


def _date_char_opening_name(tokens: list[Token], i: int) -> bool:
    """A date character opening a name jieba split (`、月|河|社区`, `吴兴区|月|河|街道`): after a
    pause or a word of two characters or more that is no number (not 5|月, 每个|月), with a
    character of the name right after it."""
    token = tokens[i]
    if token.word not in DATE_CHARS or i + 1 >= len(tokens):
        return False
    before, after = (tokens[i - 1] if i else None), tokens[i + 1]
    opens = before is None or before.word in PAUSES or (len(before.word) > 1 and before.pos != "m"
                                                        and not before.word[-1].isdigit() and before.end == token.start)
    return opens and after.start == token.end and len(after.word) == 1 and after.pos in NAME_POS


def _strip_inserts(run: list[Token]) -> list[Token]:
    """A bracketed insert belongs to a name only between two of its words."""
    while run and run[0].pos == INSERT:
        run = run[1:]
    while run and run[-1].pos == INSERT:
        run = run[:-1]
    return run


@lru_cache(maxsize=65536)
def _ends_with(word: str, heads: tuple[str, ...]) -> str | None:
    """The longest of the heads (given longest first) the word ends with. Cached: the same
    words meet the same head lists over and over."""
    return next((h for h in heads if word.endswith(h)), None)


MEASURED_ONE = re.compile("一[部处所]")


def _is_head(token: Token, heads: tuple[str, ...]) -> bool:
    """Does the token end a name of this kind? A common two-character word that merely
    ends in a head character (干部, 总部, 大局, 展厅) does not."""
    head = _ends_with(token.word, heads)
    if head is None or token.pos in {"v", "vd", "r", "d", "p", "c", "u", "l", "i"}:
        return False
    if len(head) == 1 and len(token.word) == 4 and token.pos == "nr":
        return False  # 顾全大局: an idiom jieba tags as a name
    if token.pos == "m":  # 二队, 一局: a numbered unit (but 一部|100英寸的屏, 这一处|景点: a measure word)
        return len(token.word) > 1 and not MEASURED_ONE.fullmatch(token.word)
    if token.word == head or token.pos in PROPER_POS and len(token.word) <= 4:
        return True
    if len(head) == 1 and dictionary_tag(token.word[-2:]) not in (None, "nt", "ns", "nz", "j") \
            and token.word[-2:] not in heads:
        return False  # ends in a common word: 工会干部, 服务大局, 集团总部
    return not (len(head) == 1 and len(token.word) == 2)


def _trim_verbal(span: list[Token]) -> list[Token]:
    """Drop leading verbs and adverbs before a proper name (`申报北京市…中心` -> `北京市…中心`);
    before common words they may be the name (`施工管理部`, `预算部`)."""
    i = 0
    while (i < len(span) - 1 and span[i].pos in VERBAL_POS and len(span[i].word) > 1
           and span[i].word not in ALWAYS_NAME_WORDS):
        i += 1
    if i and not any(t.pos in PROPER_POS or t.word.startswith(PROPER_WORDS) for t in span[i:]):
        return span
    return span[i:]


DEPARTMENT_HEADS = ("部", "科", "处", "室")


def _verbal_before_head(span: list[Token]) -> bool:
    """`新发展工会`, `贡献工会`: a verb right before the head makes a phrase, not a name,
    unless a name word stands before the verb (`服务运行中心`, `中西医结合科`)."""
    def verbal(token: Token) -> bool:
        return token.pos in VERBAL_POS and token.word not in ALWAYS_NAME_WORDS \
            and not (token.pos == "l" and _noun_compound(token.word))
    if len(span[-1].word) > 1 and span[-1].word.endswith(DEPARTMENT_HEADS):
        return False  # `施工管理部`, `质量监督科`: a department is named by its work
    if (span[0].pos in ("ns", "nt") or span[0].word.startswith(PROPER_WORDS)) \
            and any(not verbal(t) for t in span[1:-3]):
        return False  # `北京亦城合作发展基金会`: a place and a name start a body's name (not `海淀区新发展工会`)
    return len(span) >= 2 and verbal(span[-2]) and (len(span) == 2 or verbal(span[-3]))


# ---- persons ------------------------------------------------------------------------

def _name_at(text: str, start: int, lexicon: Lexicon, after_title: bool = False) -> str | None:
    """The person name starting at `start`, if a surname starts there and the name ends well:
    at punctuation, before a word that follows names, or (after a title) before any verb."""
    surname = next((s for s in (text[start:start + 2], text[start]) if s in lexicon.surnames), None)
    if surname is None:
        return None
    names = [text[start:start + length] for length in (len(surname) + 1, len(surname) + 2)]
    names = [n for n in names if len(n) > len(surname) and _plausible_name(n, surname, lexicon)]
    for name in names:  # a name that ends at punctuation or a following word (主席谢焕明说, not 谢焕|明说)
        rest = text[start + len(name):]
        if rest[:1] in ASPECT_MARKS and (dictionary_tag(name[len(surname):]) or "").startswith("v"):
            continue  # 匠师|宣读了: a verb with its aspect mark, no given name
        if not rest or rest[0] in PUNCT or rest.startswith(lexicon.person_followers):
            return name
    for index, name in enumerate(names if after_title else ()):
        end = start + len(name)
        if index and dictionary_tag(text[end - 1:end + 1]):
            continue  # 观众许均参|观: the longer name would cut the word after it
        next_word = dictionary_tag(text[end:end + 2])
        if (next_word or "").startswith(("v", "a", "d")) or next_word and index == 0 and len(names) > 1:
            return name  # 副市长李强会见…, 主席葛某郑重表态; 观众许均|参观 (a word follows the shorter name)
    return None


PARTICLES = set("们了着得地吗呢吧")  # never in a given name: `会员来得多了` is no 来得多
ASPECT_MARKS = ("了", "着", "过")  # after a verb: `匠师|宣读了` is no name
COMMON_NOUN = 3000  # a noun this frequent in jieba's dictionary starts no name (文化|墙)


def _plausible_name(name: str, surname: str, lexicon: Lexicon) -> bool:
    """Han characters only, no particle or post in the given name, and not starting with a
    function word (`关于新…`, `陆续`) or a common noun (`劳模|文化墙`)."""
    given = name[len(surname):]
    head_tag = dictionary_tag(name[:2])
    return (re.fullmatch(f"[{HAN}]+", name) is not None and not set(given) & PARTICLES
            and not _given_name_is_a_word(given, lexicon) and head_tag not in ("p", "c", "d")
            and not (len(name) == 3 and head_tag == "n" and word_frequency(name[:2]) >= COMMON_NOUN))


PREPOSITION_SURNAMES = set("向对为给从在和同与跟把被将")  # surnames far more often prepositions
EVERYDAY_WORD = 1000  # jieba's dictionary count of a word no given name is before 的 (现场, 在场)
VERY_COMMON_WORD = 10000  # ... and anywhere (向大家展示: 大家 19177; but 向海洋, 海洋 4068)


def _preposition_and_word(text: str, name: str, end: int) -> bool:
    """`工作人员向现场的农民工…`, `教授向在场的学员…`, `劳模向大家展示`: a preposition and an
    everyday word, no name (but `副主席向东`, `劳模向海洋表示`)."""
    given, tag = name[1:], dictionary_tag(name[1:]) or ""
    frequency = word_frequency(given)
    return (len(given) == 2 and name[0] in PREPOSITION_SURNAMES and not tag.startswith("nr")
            and (frequency >= EVERYDAY_WORD and text.startswith("的", end) or frequency >= VERY_COMMON_WORD))


def _given_name_is_a_word(given: str, lexicon: Lexicon) -> bool:
    """`负责人任成员`: 任 + 成员 is a verb and a title, not a name (but 杨建国, 尚祖国)."""
    return (given in lexicon.posts or given in lexicon.person_titles
            or given.endswith(lexicon.title_endings) and dictionary_tag(given) == "n")


COMMON_NAME_TAGGED = 500  # jieba tags some frequent two-character words nr (卫星, 师傅, 荣誉)
FREQUENT_WORD_TAGGED_AS_NAME = 2000  # so frequent a word (荣誉, 文明) is no name after a description of a person


def _is_name_word(word: str) -> bool:
    """Unknown to jieba's dictionary, or a name there (nr, nrfg, nrt): not a common word."""
    tag = dictionary_tag(word)
    return tag is None or tag.startswith("nr")


def _is_rare_name_word(word: str) -> bool:
    """A name word that is not also a frequent word: what a guess without a title must be."""
    return _is_name_word(word) and (len(word) > 2 or word_frequency(word) < COMMON_NAME_TAGGED)


def _person_mentions(article: Article, tokens: list[Token], lexicon: Lexicon) -> list[Mention]:
    text = article.text
    names = _names_after_titles(text, tokens, lexicon)  # a post or title before a name is strong evidence
    weak: set[str] = set()
    # a name opening a clause, or after 的, and followed by a speech or action verb
    for match in re.finditer(f"(?:^|(?<=[，,。：:；\n“的]))([{HAN}]{{2,3}})(?={SPEAKING})", text, re.M):
        name = _name_at(text, match.start(1), lexicon)
        if name and name == match.group(1):
            weak.add(name)
    weak |= _names_before_posts(text, lexicon)
    weak |= _guessed_names(text, lexicon)
    weak |= _names_listed_as_people(text, lexicon)
    names |= {n for n in weak if _is_rare_name_word(n)}  # not a common word (祝福, 智慧, 卫星)
    names |= {c.person for c in article.credits}
    names -= lexicon.places  # 石景山 is a district, though 石 is a surname
    names |= {n for n, kind in lexicon.user_entities.items() if kind == "Person"}
    quoted = [q.span() for q in QUOTE.finditer(text)]
    mentions = []
    for name in names:  # (a name print pads with a space, `马　超`, is found too)
        for match in re.finditer(r"[ \u3000]?".join(map(re.escape, name)), text):
            inside = any(a < match.start() and match.end() < b and b - a - 2 > len(name) for a, b in quoted)
            if not inside:  # `“海淀政协·委员沙龙”`: a word inside a quoted name is no person
                mentions.append(Mention("Person", name, match.start(), match.end()))
    return mentions


def _names_before_posts(text: str, lexicon: Lexicon) -> set[str]:
    """`北京邮政工会薛筠副主席表示`: a body's head, then a name, then the post and a verb of
    saying (not `公司向主席介绍`)."""
    names = set()
    for match in re.finditer(f"(?:{lexicon.post_pattern.pattern})(?:{SPEAKING})", text):
        for length in (3, 2):
            start = match.start() - length
            name = text[max(0, start):match.start()]
            surname = next((s for s in (name[:2], name[:1]) if s in lexicon.surnames), None)
            if surname is None or len(name) <= len(surname) \
                    or not text.endswith(lexicon.org_suffixes, 0, max(0, start)):
                continue
            given = name[len(surname):]
            if _plausible_name(name, surname, lexicon) and not set(name) & FUNCTION_CHARS \
                    and (len(given) == 1 or _is_name_word(given)) and _is_rare_name_word(name):
                names.add(name)
                break
    return names


PEOPLE = "人|同志|领导|嘉宾|劳模|专家|代表|身边人|先进人物|先进典型|工匠|选手|队员|党员|老师|师傅"
PEOPLE_LIST = re.compile(f"((?:[{HAN}]{{2,3}}、)*[{HAN}]{{2,3}})等(?:[0-9]+|[一二三四五六七八九十百]+)?(?:[名位](?:{PEOPLE})?|{PEOPLE})")


PEOPLE_OF_BODIES = re.compile(f"((?:[{HAN}（）()]{{4,24}}、)+[{HAN}（）()]{{4,24}}?)"
                              f"(?:等(?:[0-9]+|[一二三四五六七八九十百两]+)?|[0-9]+|[一二三四五六七八九十百两]+)[名位]")
# `A集团甲、B公司乙分别获得亚军`, `C中心丙、丁分获…冠军`: winners, each after their body (or sharing it)
WINNERS_OF_BODIES = re.compile(f"((?:[{HAN}]{{2,24}}、)+[{HAN}]{{2,24}}?)(?:分别|均|先后)?(?:获得|荣获|夺得|分获|摘得)")


def _names_listed_as_people(text: str, lexicon: Lexicon) -> set[str]:
    """`陈文、任振余等8人被评为…`: a list counted as people is a list of names, when every
    item starts with a surname."""
    names = set()
    for match in PEOPLE_LIST.finditer(text):
        items = match.group(1).split("、")
        if len(items) == 1 and (match.start() and text[match.start() - 1] not in PUNCT
                                or not _reads_as_name(items[0], lexicon)):
            continue  # one name alone: only where it opens a clause (`，何某等6名…`, not `副主席王某等领导`)
        first = next((items[0][-n:] for n in (3, 2) if _reads_as_name(items[0][-n:], lexicon)), None)
        if first is not None and all(_reads_as_name(item, lexicon) for item in items[1:]) \
                and not (_cut_from_words(text, match.start(1), items[0], first) and word_frequency(first[1:]) >= COMMON_NOUN):
            names.update([first] + items[1:])  # (the first item may follow a verb: 表彰了|郑元; not 辖|区企业)
    for match in PEOPLE_OF_BODIES.finditer(text):  # `A公司孙某、B公司吴某等5名职工`: each after their body
        of_bodies = [_name_after_body(item, lexicon) for item in match.group(1).split("、")]
        if all(of_bodies):
            names.update(of_bodies)
    for match in WINNERS_OF_BODIES.finditer(text):
        items = match.group(1).split("、")
        first = _name_after_body(items[0], lexicon)
        rest = [_name_after_body(item, lexicon) or (item if _reads_as_name(item, lexicon) else None) for item in items[1:]]
        if first is not None and all(rest):
            names.update([first] + rest)
    return names


def _cut_from_words(text: str, start: int, item: str, name: str) -> bool:
    """Is the three-character `name` cut from longer words (`辖|区企业`, `表彰了|郑元`)?"""
    joined = name != item or start > 0 and re.match(f"[{HAN}]", text[start - 1]) is not None
    return len(name) == 3 and joined


def _name_after_body(item: str, lexicon: Lexicon) -> str | None:
    """`太阳宫热电公司吴丽娟` -> 吴丽娟: a name right after a body's head."""
    return next((item[-n:] for n in (3, 2) if item[:-n].endswith(lexicon.org_suffixes) and len(item) > n + 1
                 and _reads_as_name(item[-n:], lexicon)), None)


SPEAKING = "表示|介绍|说|指出|强调|认为|坦言|感慨|告诉|透露|谈到|回忆|夺得"
LIST_MARKS = ("，", ",", "、")
JOINING_CHARS = set("和与及等的都也还在并为对把被")
RARE_WORD = 100  # jieba's dictionary count under which a noun after a title may be a name


def _reads_as_name(word: str, lexicon: Lexicon) -> bool:
    """Is the whole word a person's name (a surname, then a given name that is no title)?"""
    return _name_at(word + "，", 0, lexicon) == word


def _title_ends(text: str, tokens: list[Token], lexicon: Lexicon) -> dict[int, bool]:
    """Where a post or a description of a person ends, and whether it is listed (`副主席`,
    `讲解员`) or only a noun with a title ending (`奖章获得者`, `务工人员`, `试验|员`)."""
    titles = "|".join(map(re.escape, longest_first(lexicon.posts | lexicon.person_titles)))
    in_place = {t.end - 1 for t in tokens if len(t.word) > 1 and t.word.endswith(ADMIN_HEADS)
                and (t.pos == "ns" or t.word in lexicon.places)}  # 房山|区长|阳镇: 区 ends 房山区, no 区长
    ends = {m.end(): True for m in re.finditer(f"(?:{titles})(?:{POST_NOTE.pattern})?(?=[{HAN}])(?!{MEMBER_BODY})", text)
            if m.start() not in in_place}
    for before, token in zip([None] + tokens, tokens):
        if token.end in ends or not token.word.endswith(lexicon.title_endings):
            continue
        whole_noun = len(token.word) > 1 and token.pos == "n"  # 获得者, 务工人员
        ending_alone = (before is not None and before.pos in ("n", "vn") and token.word in lexicon.title_endings
                        and before.end == token.start)  # 试验|员
        if whole_noun or ending_alone:
            ends[token.end] = False
    return dict(sorted(ends.items()))


def _names_after_titles(text: str, tokens: list[Token], lexicon: Lexicon) -> set[str]:
    """`副主席潘建新`, `讲解员冯芳铭`, and every name of a list after one: `副主席李慧哲、姚竞宏`;
    after a noun that only describes a person (`务工人员X`) the name must end plainly."""
    names = set()
    strong = tuple(f for f in lexicon.person_followers if len(f) > 1)
    word_ends = {t.end for t in tokens}
    for pos, listed_title in _title_ends(text, tokens, lexicon).items():
        if pos >= len(text) or not re.match(f"[{HAN}]", text[pos]):
            continue
        if text[pos] in JOINING_CHARS:
            continue  # `志愿者和居民`, `选手都拿到`: a word joins the title to what follows
        name = _name_after(text, pos, listed_title, lexicon)
        while name is not None:
            listed = text.startswith(LIST_MARKS, pos + len(name)) and dictionary_tag(name) == "n" \
                and word_frequency(name) < RARE_WORD
            after_post = any(text.endswith(p, 0, pos) for p in lexicon.posts)  # 主席宋江, but 工作者|荣誉
            common = not _is_name_word(name) or word_frequency(name) >= FREQUENT_WORD_TAGGED_AS_NAME and not after_post
            if common and not text.startswith(strong, pos + len(name)) and not listed \
                    or len(name) == 3 and name[-1] in GROUP_ENDS:
                break  # a common word (委员沙龙, 职工关注) unless a name-following verb, or a list mark after a noun, confirms it (副主席关平，)
            if _preposition_and_word(text, name, pos + len(name)):
                break
            if not listed_title and not all(map(_is_rare_name_word, {name[:2], name[-2:]})):
                break  # after a mere noun (`职工关爱工…`, `职工展风采`) the name must hold no common word
            names.add(name)
            joint = re.match(r"[、和与及]", text[pos + len(name):])
            if joint is None:
                break
            pos += len(name) + joint.end()
            name = _name_after(text, pos, listed_title, lexicon)
            if name is not None and pos + len(name) not in word_ends:
                break  # `主席孟某、党群工作部…`: the list goes on with a body, not a name
    return names


def _name_after(text: str, pos: int, listed_title: bool, lexicon: Lexicon) -> str | None:
    """The name right after a title: after a listed post or title, also one jieba guesses."""
    name = _name_at(text, pos, lexicon, after_title=listed_title)
    if name is None and listed_title:
        name = _guessed_name_at(text, pos, lexicon)
    return name


GROUP_ENDS = "团队组部站所室"  # 劳模宣讲团讲述: a group after the title, not a name


def _guessed_name_at(text: str, pos: int, lexicon: Lexicon) -> str | None:
    """Right after a title, the name jieba's statistical model reads there (`常务副主席晁怀新每到`)."""
    word, tag = next(iter(guessed_tags(text[pos:pos + 6])), ("", ""))
    if tag == "nr" and 2 <= len(word) <= 3 and (word[0] in lexicon.surnames or word[:2] in lexicon.surnames) \
            and _is_rare_name_word(word):
        return word
    return None


def _guessed_names(text: str, lexicon: Lexicon) -> set[str]:
    """Names jieba's statistical model proposes (nr), kept when they start with a surname
    and the text confirms them: printed twice, or followed by a word that follows names."""
    names = set()
    tags = guessed_tags(text)
    for (before, before_pos), (word, pos) in zip([("", "")] + tags, tags):
        if pos != "nr" or not 2 <= len(word) <= 3 or not re.fullmatch(f"[{HAN}]+", word):
            continue
        if before_pos == "nr" and len(before) == 1 and len(word) == 2 and before in lexicon.surnames:
            word = before + word  # 周|海涛: jieba splits a surname from its given name
        surname = word[:2] if word[:2] in lexicon.surnames else word[0]
        if surname not in lexicon.surnames or not _plausible_name(word, surname, lexicon):
            continue  # (刘老师: a surname and a title, no name)
        strong = tuple(f for f in lexicon.person_followers if f not in FUNCTION_CHARS)
        if any(text[m.end():].startswith(strong) for m in re.finditer(re.escape(word), text)):
            names.add(word)
    return names


# ---- organisations, places, events --------------------------------------------------

SOME_OF = {"部分", "多家", "各个"}  # `镇域部分企业工会`: some of a kind, named after these words or not at all
LEVELS_OF_UNIONS = ("基层工会", "各级工会")  # 区|基层工会: every union at that level, a kind


def _trim_left(run: list[Token], lexicon: Lexicon) -> list[Token]:
    i = max((k + 1 for k, t in enumerate(run) if t.word in SOME_OF), default=0)
    while i < len(run) and (run[i].word in LEFT_TRIM or run[i].word in lexicon.posts):
        i += 1
    return run[i:]


def _is_generic(words: list[str], lexicon: Lexicon, heads: tuple[str, ...] = ()) -> bool:
    return all(w in lexicon.generic_words or w in heads for w in words)


TOWNSHIPS = ("镇", "乡", "街道")  # the level below a district
LOWER_UNITS = TOWNSHIPS + ("社区", "村")  # places a district or town holds, named after it (朝阳区|团结湖社区)
LOWER_LEVELS = LOWER_UNITS + ("地区",)  # the levels below a district
KINDS_OF_VILLAGE = {"农村", "乡村", "山村", "城乡", "城镇", "乡镇"}  # no village's name (昌平区农村职工之家)


def township_level(name: str) -> str | None:
    """The township word a short form starts with (`街道工委` -> 街道), if any."""
    return next((level for level in TOWNSHIPS if name.startswith(level)), None)


ADMIN_SHORT = re.compile(r"^(?:[省市区县镇乡]|街道)(?!级)")
ADMIN_HEADS = ("省", "市", "区", "县")


ISSUE_NUMBER = re.compile(rf"第{NUMERAL}+期")
ORDINAL_STOP = re.compile(rf"第{NUMERAL}+站")
EVERY = "各每"  # 各县区总工会, 各县区: every body or place of a kind


def _org_mentions(text: str, tokens: list[Token], lexicon: Lexicon) -> list[Mention]:
    mentions = []
    tokens = _heads_before_posts(tokens, text, lexicon)
    for run in _runs(tokens, lexicon):
        heads = [i for i, t in enumerate(run)
                 if _is_head(t, lexicon.org_suffixes) and t.word not in lexicon.internal_bodies]
        if not heads:
            continue
        span = _after_verb_inside(_after_category(_trim_verbal(_trim_left(run[: heads[-1] + 1], lexicon)), lexicon),
                                  lexicon)
        if span and (issue := ISSUE_NUMBER.match(text, span[0].start)):
            span = [t for t in span if t.start >= issue.end()]  # 第5期|北京工会…案例: an issue, then the name
        if len(span) > 1 and span[-1].word in UNION_WORDS and span[-2].word.endswith(UNION_HEADS):
            span = span[:-1]  # `…工会委员会工会主席`: the union's own chair, no union of the union
        term = next((k for k, t in enumerate(span) if "届" in t.word), None)
        if term and span[term - 1].word in UNION_WORDS:
            span = span[:term]  # `X集团工会|第二届委员会`: the union, then one of its terms
        if len(span) > 1 and span[-1].word == UNION and text.startswith(lexicon.union_attributes, span[-1].end) \
                and span[-2].pos not in PROPER_POS and not _is_head(span[-2], lexicon.org_suffixes) \
                and any(t.pos in ("v", "vn") for t in span[:-1]):
            continue  # `宣传工会知识`, `发出工会声音`: 工会 describes what is spread
        if not span or _verbal_before_head(span) or _counted(span) or any("届" in t.word for t in span) \
                or span[-1].word in UNION_WORDS and UNIONS_COUNTED.match(text, span[-1].end):
            continue  # `新发展工会`, `4个行业工会`, `第二届工会委员会`, `新建工会20家`: no body's name
        if text.startswith("界", span[-1].end) and len(span) > 2 and _is_head(span[-2], lexicon.org_suffixes):
            span = span[:-1]  # `区政协工会界委员`: the council, of which 工会界 is a sector
        if text.startswith("界", span[-1].end) or span[-1].word.endswith(UNION_WORDS) and (
                CONGRESS.match(text, span[-1].end) or THE_UNION_LAW.match(text, span[-1].end)):
            continue  # `工会界委员`: a sector of a council; `中国工会十八大`: a congress in a set phrase; `工会法`: a law
        if len(span) > 1 and span[0].word in lexicon.generic_words and text[span[0].start - 1:span[0].start] in REFERRING:
            span = span[1:]  # `该公司财务部`: the company referred to, then its department
        if _org_or_place(text[span[0].start:span[-1].end], lexicon) == "Location":
            span = _known_place_ending(_after_building_verb(span, lexicon), lexicon)  # 高水平建设|北京城市副中心
        if len(span) > 1 and span[-1].word == JOINT_UNION and text[span[0].start:span[-2].end].endswith(JOINING_BODIES) \
                and re.match(f"(?:{lexicon.organize_verb_pattern})", text[span[-1].end:span[-1].end + 6]):
            span = span[:-1]  # `团委|联合工会举办…`: the body acts jointly with the union (联合 a verb)
        words = [t.word for t in span]
        start, end = span[0].start, span[-1].end
        if text[max(0, start - 2):start] in ("、和", "、与") and len(span[0].word) == 1:
            start -= 1  # `、和医杏林服务队`: 和 starts a name jieba does not know (not `、和北京科技大学`)
        name = text[start:end]
        kinds = () if any(w in lexicon.places or w in PROPER_WORDS for w in words) else lexicon.org_suffixes
        admin_short_form = _admin_short_form(name, words, text, lexicon, start)
        head = _ends_with(name, lexicon.org_suffixes)
        generic_chars = len(span) > 2 and head is not None and name[:-len(head)] in lexicon.generic_words \
            and name[:-len(head)] not in PROPER_WORDS  # 街|镇|工会: jieba splits a kind of body
        if (_is_generic(words, lexicon, kinds) or generic_chars) and not admin_short_form and name not in lexicon.commissions:
            continue  # 医院工会, 社区卫生服务中心, 街|镇工会: kinds of bodies (but 北京银行)
        if len(words) > 1 and name.endswith(LEVELS_OF_UNIONS):
            continue  # 丰台区|基层工会: the grass-roots unions of a district, a kind (but 基层工会联合会)
        bare_head = name in lexicon.org_suffixes and name not in lexicon.commissions \
            or ADMIN_SHORT.match(name) and name[1:] in lexicon.org_suffixes
        if len(name) < 2 or bare_head and not admin_short_form or lexicon.is_kind_of_place(name) \
                or not _names_one(span, lexicon):
            continue
        if len(span) == 1 and name.startswith(tuple(w for w in LEFT_TRIM if len(w) > 1)):
            continue  # 广大干部: one dictionary word, a group of people
        if ORDINAL_STOP.fullmatch(name):
            continue  # 活动的第一站: the first stop of a tour, no station
        mentions += _split_unit_of_company(
            _split_town_prefix(_split_party_and_government(Mention(_org_or_place(name, lexicon), name, start, end))))
    return mentions + _parenthesised_companies(text, tokens, lexicon) + _registered_companies(text, tokens, lexicon)


def _heads_before_posts(tokens: list[Token], text: str, lexicon: Lexicon) -> list[Token]:
    """`市老龄|办|常务副主任`: a one-character head jieba reads as a verb is a body's head
    when a noun stands right before it and a post right after it (not `主要|办|主任交办的事`)."""
    out = list(tokens)
    for i in range(1, len(tokens)):
        token, before = tokens[i], tokens[i - 1]
        if (token.word in lexicon.org_suffixes and len(token.word) == 1 and token.pos in ("v", "vn")
                and before.end == token.start and len(before.word) > 1 and before.pos in PROPER_POS | {"n", "vn"}
                and lexicon.post_pattern.match(text, token.end)):
            out[i] = Token(token.word, "n", token.start)
    return out


def _after_verb_inside(span: list[Token], lexicon: Lexicon) -> list[Token]:
    """A verb inside a run names a body's work (`服务运行中心`, `中西医结合科`) unless a
    sentence goes on through it: a place after the verb starts the name (`居民联名写信给|丰台区委`),
    and so does the word after a verb of saying (`丰台区总工会领导认为|工人俱乐部`)."""
    acting = next((i for i in range(1, len(span) - 1) if span[i].word in lexicon.acting_adverbs
                   and _is_head(span[i - 1], lexicon.org_suffixes)), None)
    if acting is not None:
        return span[:acting]  # `京能集团工会|主动|融入集团…`: the body, then what it does
    clause_verbs = [i for i, t in enumerate(span[:-1]) if t.word in lexicon.clause_verbs]
    rest = span[clause_verbs[-1] + 1:] if clause_verbs else []
    if rest and not _is_generic([t.word for t in rest], lexicon, lexicon.org_suffixes):
        span = rest  # `母婴室位于|金海湖镇政府`, `职工之家建成|…` (but 北京建成大学工会: a name)
    verbs = [i for i, t in enumerate(span[:-1]) if t.pos == "v" and len(t.word) > 1]
    if not verbs:
        return span
    verb = verbs[-1]
    place = next((i for i in range(verb + 1, len(span) - 1)
                  if span[i].pos == "ns" or span[i].word in lexicon.places), None)
    if place is not None:
        return span[place:]
    if span[verb].word in lexicon.person_followers:
        return span[verb + 1:]
    return span


COLLECTIVE = re.compile("(?:各|每个|所有|基层|全[区市县镇乡])$")  # 各街道总工会, 全区街道总工会: every one


def _admin_short_form(name: str, words: list[str], text: str, lexicon: Lexicon, start: int = 0) -> bool:
    """`区总工会`, `市总工会`, `街道工委`, and `区委`/`县政府` in an article about one district:
    a body of the place the article means, not a kind of body."""
    if not ADMIN_SHORT.match(name) or name[1:] == "中心" or COLLECTIVE.search(text, 0, start):
        return False  # 市中心, 区中心: the centre of a place
    level = township_level(name)
    if level and not re.search(f"[{HAN}]{{2}}{level}", text[:start] + "。" + text[start + len(name):]):
        return False  # 街道工会 with no street named: a kind of union
    if name.startswith("省") and lexicon.main_province(text) is None:
        return False  # 省总工会 of no province named
    if len(words) > 1 or name[0] == "市":
        return True  # (a bare 市委 is the home city's, as 市总工会 is)
    district = lexicon.main_district(text) if name[0] in "区县" else None  # counted only for a bare 区委
    return district is not None and district.endswith(name[0])


CONGRESS = re.compile(r"[一二三四五六七八九十]{2,3}大")  # 中国工会十八大
FULL_CONGRESS = re.compile(r"第([一二三四五六七八九十]{1,4})次(?:会员|职工)?代表大会")
SHORT_CONGRESS = re.compile(r"工会([一二三四五六七八九十]{1,3})大")


def _headline_events_echoed(text: str, headline_end: int, candidates: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """`金海湖镇职工竞技全民运动会` in a headline, `举办全民运动会` in the text: the text's
    shorter form, a last part of the headline's name, names the same event."""
    echoes = []
    for event in (m for m in candidates if m.type == "Event" and m.end <= headline_end):
        offset = 0
        for word in segment_words(event.text)[:-1]:
            offset += len(word)
            short = event.text[offset:]
            at = text.find(short, headline_end) if len(short) >= 4 and _ends_with(short, lexicon.event_suffixes) else -1
            while at >= 0:
                echoes.append(Mention("Event", short, at, at + len(short)))
                at = text.find(short, at + len(short))
    return echoes


def _congresses(text: str, candidates: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """A union's congress (`北京市工会第十四次代表大会`, one event with the union in its name,
    as the guidelines' annotators read it) has a short form (`北京工会十四大`, the union's
    place before it) that names it where the article prints the full one; elsewhere the short
    form is a set phrase (`中国工会十八大精神`)."""
    held = {(m.group(1), c.text) for m in FULL_CONGRESS.finditer(text) for c in candidates
            if c.type == "Organization" and c.end == m.start() and c.text.endswith("工会")}
    short = []
    for match in SHORT_CONGRESS.finditer(text):
        place = max((p for p in lexicon.places if text.endswith(p, 0, match.start())), key=len, default=None)
        if place and any(number == match.group(1) and union.startswith(place) for number, union in held):
            short.append(Mention("Event", text[match.start() - len(place):match.end()], match.start() - len(place), match.end()))
    return short


PARTY_AND_GOVERNMENT = re.compile(r"(.*?[区市县]委)([区市县]政府)")


def _split_party_and_government(mention: Mention) -> list[Mention]:
    """`朝阳区委区政府` names two bodies: 朝阳区委 and (朝阳)区政府."""
    both = PARTY_AND_GOVERNMENT.fullmatch(mention.text)
    if both is None:
        return [mention]
    middle = mention.start + both.end(1)
    return [Mention("Organization", both.group(1), mention.start, middle),
            Mention("Organization", both.group(2), middle, mention.end)]


TOWN_THEN_COMPANY = re.compile(rf"(.{{2,10}}?(?:镇|(?<!城)乡|街道))(?=[{HAN}A-Za-z]{{2,}}?(?:公司|厂|项目部)$)")


TOWNSHIP_COMMITTEE = re.compile("党委|党工委|党支部|党总支")


def _township_committees(text: str, candidates: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """`马坡镇党委书记`, `天桥街道党工委`: a township's party committee is a body of its own
    (a company's 党委 is part of the company, and its post is 党委书记)."""
    found = []
    for m in candidates:
        level = _ends_with(m.text, LOWER_LEVELS) if m.type == "Location" else None
        committee = TOWNSHIP_COMMITTEE.match(text, m.end) if level and len(m.text) - len(level) >= 2 else None
        if committee is not None:  # with the places printed right before: 顺义区马坡镇党委, 妙峰山镇水峪嘴村党支部
            start = m.start
            while (before := next((d for d in candidates if d.type == "Location" and d.end == start
                                   and d.text.endswith(("区", "县") + TOWNSHIPS)), None)) is not None:
                start = before.start
            found.append(Mention("Organization", text[start:committee.end()], start, committee.end()))
    return found


STUDIO = re.compile("(?:劳模|职工|技能大师|工匠)?创新工作室|(?:劳模|技能大师|工匠|名师)工作室")
STUDIO_OPENERS = "的、和与"  # what may stand right before a studio's leader's name


def _studios_named_after(text: str, persons: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """`黄永鑫创新工作室`, `张华劳模创新工作室`: a studio named after the worker who leads it,
    a person found elsewhere or a surname and name right after 的 or a list mark."""
    found = [Mention("Organization", text[p.start:s.end()], p.start, s.end()) for p in persons
             if (s := STUDIO.match(text, p.end))]
    for studio in STUDIO.finditer(text):
        for length in (3, 2):
            start = studio.start() - length
            name = text[start:studio.start()]
            if start <= 0 or text[start - 1] not in STUDIO_OPENERS or not _reads_as_name(name, lexicon):
                continue
            read = guessed_tags(text[start - 1:studio.end()])
            if len(read) > 1 and read[1][1].startswith("nr"):  # jieba reads a name (not 高技能, 全员)
                found.append(Mention("Organization", text[start:studio.end()], start, studio.end()))
                break
    return found


def _split_town_prefix(mentions: list[Mention]) -> list[Mention]:
    """`马驹桥镇北京凯隆分析仪器有限公司`, `潞城镇蒙牛乳业公司`: the town where a company is,
    then the company (a union or government of the town keeps its name: 金海湖镇总工会)."""
    out = []
    for m in mentions:
        town = TOWN_THEN_COMPANY.match(m.text) if m.type == "Organization" else None
        if town is None or len(m.text) - town.end() < 4:
            out.append(m)
            continue
        middle = m.start + town.end()
        district = DISTRICT_THEN_TOWN.match(town.group(1))
        if district:  # 通州区马驹桥镇北京凯隆…公司: the district, then its town
            out.append(Mention("Location", district.group(), m.start, m.start + district.end()))
        town_start = m.start + (district.end() if district else 0)
        out += [Mention("Location", m.text[town_start - m.start:town.end()], town_start, middle),
                Mention("Organization", m.text[town.end():], middle, m.end)]
    return out


COMPANY_THEN_UNIT = re.compile(rf"(.{{2,24}}?(?:公司|集团))((?:(?!公司|集团)[{HAN}]){{2,8}}?(?:站区|车间|班组|创新工作室))$")


# `市总工会|首都职工志愿服务运行中心`: a union, then a centre of its with a proper name of its
# own (not `中国教育工会|北京市委员会`, the union's committee for the city)
UNION_THEN_NAMED_BODY = re.compile(
    rf"(.{{2,12}}?工会)((?:{'|'.join(PROPER_WORDS)})[{HAN}]{{2,18}}(?:中心|服务站|驿站|学院|学校|俱乐部|文化宫))$")


def _split_unit_of_company(mentions: list[Mention]) -> list[Mention]:
    """`北京地铁运营四分公司西二旗站区`, `…有限公司张艳兵创新工作室`: the company, then its
    unit, two bodies (the unit part_of the company); so are a union and its named centre."""
    out = []
    for m in mentions:
        unit = (COMPANY_THEN_UNIT.match(m.text) or UNION_THEN_NAMED_BODY.match(m.text)) if m.type == "Organization" else None
        if unit is None:
            out.append(m)
            continue
        middle = m.start + unit.end(1)
        out += [Mention("Organization", unit.group(1), m.start, middle),
                Mention("Organization", unit.group(2), middle, m.end)]
    return out


DISTRICT_THEN_TOWN = re.compile(rf"[{HAN}]{{1,3}}[区县](?=[{HAN}]{{2,5}}(?:镇|乡|街道)$)")


def _after_category(span: list[Token], lexicon: Lexicon) -> list[Token]:
    """`合作企业华艺造型理发馆`, `共建单位X公司`: the name starts after a word for a kind of
    body, when a proper name follows it."""
    cut = max((i + 1 for i, t in enumerate(span[:-2]) if t.word in lexicon.category_words), default=0)
    rest = span[cut:]
    if cut and _proper_words(rest[:-1]):
        return rest
    return span


def _proper_words(tokens: list[Token]) -> bool:
    """Any word jieba does not know or tags proper: a name, not a description."""
    return any(dictionary_tag(t.word) is None or t.pos in PROPER_POS for t in tokens) or any(_unknown_word_parts(tokens))


def _unknown_word_parts(tokens: list[Token]) -> list[bool]:
    """Which tokens are parts of a name jieba does not know, which falls apart into single
    characters (明|恩, 交|控|科技); a localiser (上, 内) is no part."""
    single = [len(t.word) == 1 and t.pos != "f" for t in tokens]
    return [single[i] and (i > 0 and single[i - 1] or i + 1 < len(tokens) and single[i + 1])
            for i in range(len(tokens))]


COMPANY_TAIL = re.compile(rf"[{HAN}A-Za-z]{{0,12}}?(?:集团)?(?:股份有限公司|有限责任公司|有限公司|公司)"
                          rf"|[{HAN}A-Za-z]{{0,12}}?集团")


BRACKETED_UNION = re.compile("工会(?:委员会|联合会)?")


def _in_company_name(token: Token, lexicon: Lexicon) -> bool:
    """Any word but punctuation, a function word or a verb linking two names."""
    return (not any(c in PUNCT for c in token.word) and token.word not in lexicon.linking_verbs
            and token.word not in INTRODUCERS and not (len(token.word) == 1 and token.word in FUNCTION_CHARS))


def _parenthesised_companies(text: str, tokens: list[Token], lexicon: Lexicon) -> list[Mention]:
    """`富智康精密组件（北京）有限公司`, `北京公共交通控股(集团)有限公司`: a company name with
    its seat or its group form in brackets; `北京市工业(国防)工会`: a union of two sectors."""
    mentions = []
    for match in re.finditer(rf"[（(]([{HAN}]{{2,4}})[）)]", text):
        tail = COMPANY_TAIL.match(text, match.end())
        if match.group(1) not in lexicon.places and match.group(1) != "集团" or tail is None:
            tail = BRACKETED_UNION.match(text, match.end())  # 北京市工业(国防)工会: a second sector
            before = text[max(0, match.start() - 12):match.start()]
            if tail is not None and not any(len(p) > 1 and p in before for p in lexicon.places):
                tail = None  # 各区（产业）工会: a kind of union, no body's name
        if tail is None:
            continue
        before = [t for t in tokens if t.end <= match.start()]
        i = len(before)
        while i > 0 and before[i - 1].end == (before[i].start if i < len(before) else match.start()) \
                and _in_company_name(before[i - 1], lexicon):
            i -= 1
        left = _trim_verbal(_trim_left(before[i:], lexicon))
        if left and sum(len(t.word) for t in left) >= 2:
            mentions.append(Mention("Organization", text[left[0].start:tail.end()], left[0].start, tail.end()))
    return mentions


REGISTERED_FORM = re.compile("股份有限公司|有限责任公司|有限公司")
REGISTERED_NAME_MAX = 20  # characters before the legal form


def _registered_companies(text: str, tokens: list[Token], lexicon: Lexicon) -> list[Mention]:
    """`北京浩然混凝土有限公司`: a registered name is place, trade name, trade and legal form;
    the trade name is any word (浩然, 奔驰), so the name is taken from the place on."""
    mentions = []
    ending_at = {t.end: i for i, t in enumerate(tokens)}
    for form in REGISTERED_FORM.finditer(text):
        last = ending_at.get(form.start())
        if last is None:
            continue
        i = last
        while i >= 0 and _in_company_name(tokens[i], lexicon) and form.start() - tokens[i].start <= REGISTERED_NAME_MAX \
                and (i == len(tokens) - 1 or tokens[i].end == tokens[i + 1].start):
            i -= 1
        span = tokens[i + 1:last + 1]
        # the place the trade name follows (`马驹桥镇北京|凯隆…`: the seat named before is no part)
        seat = next((k for k in range(len(span) - 2, -1, -1)
                     if _is_seat(span[k], lexicon) and not _is_seat(span[k + 1], lexicon)), None)
        if seat is not None:
            start = _after_kind_word(span[seat:], lexicon)
            mentions.append(Mention("Organization", text[start:form.end()], start, form.end()))
    return mentions


def _after_kind_word(name: list[Token], lexicon: Lexicon) -> int:
    """Where a registered name starts: after a word for a kind of body that stands apart from
    the seat (`丰台园|入驻|企业|交|控|科技`), not one right after it (`北京|商户|通科技`)."""
    cut = max((i + 1 for i, t in enumerate(name) if i >= 2 and t.word in lexicon.category_words), default=0)
    if 0 < cut < len(name) and _proper_words(name[cut:]):
        return name[cut].start
    return name[0].start


def _is_seat(token: Token, lexicon: Lexicon) -> bool:
    """A place word that can open a registered name (北京, 通州区; not a single character)."""
    return len(token.word) > 1 and (token.pos == "ns" or token.word in lexicon.places or token.word in PROPER_WORDS)


def _names_one(span: list[Token], lexicon: Lexicon) -> bool:
    """A union, association or workshop is named by whose it is: something before the head
    must be proper (a place, a name, a character jieba does not know as a word, a number)
    or a body itself (`首创集团工会`), else the run names a kind (`学习型工会`, `网球协会`,
    `远郊区工会`, `职工创新工作室`). Companies and departments name themselves."""
    if not span[-1].word.endswith(lexicon.kind_heads) or ADMIN_SHORT.match(span[0].word):
        return True
    body = span[:-1]

    unknown = _unknown_word_parts(body)

    def proper(i: int, token: Token) -> bool:
        return (token.pos in PROPER_POS or dictionary_tag(token.word) in PROPER_POS or unknown[i]
                or token.word in lexicon.places or token.word.startswith(PROPER_WORDS)
                or bool(re.search(r"[A-Za-z0-9]", token.word)))
    if not body:
        return dictionary_tag(span[-1].word) in PROPER_POS  # 全国总工会
    if body[-1].word.endswith(("型", "级", "式")):
        return False  # 服务型工会, 区级工会: a kind
    return any(proper(i, t) or _is_head(t, lexicon.org_suffixes) and t.word not in UNION_WORDS
               or i > 0 and t.word in LOCAL_HEADS and all(b.pos.startswith("n") and word_frequency(b.word) < RARE_WORD
                                                          for b in body[:i])
               # 椿树街道总工会: a plain noun made a street's name (not 中|希望|街道工会)
               for i, t in enumerate(body))  # 首创集团工会, but not 工会会员介绍工会


LOCAL_HEADS = ("街道", "地区", "镇", "乡", "村", "社区")


MEASURE = "个名家支只位人次场项所条件批座户辆"
JOINT_UNION = "联合工会"  # a union of a trade or a block of shops or offices (望京商圈联合工会)
# bodies that act jointly with a union rather than own one (`团委联合工会举办`, but 管委会联合工会)
JOINING_BODIES = ("团委", "团工委", "党委", "党工委", "党支部", "党总支", "妇联", "妇委会", "纪委")
# 工会法, 工会法律知识 (not 工会法律顾问, 工会法治宣传: the union's legal work)
THE_UNION_LAW = re.compile("法(?![治制规务]|律(?!知识|常识|法规))")
UNIONS_COUNTED = re.compile(r"[一二三四五六七八九十两\d]+[家个](?=[，,。；;、]|$)")  # 新建工会12家。


def _counted(span: list[Token]) -> bool:
    """`16个区`, `60名工会`, `9个协会`: a count of things, not a name (but `一病区`, `第十八车队`)."""
    for token, after in zip(span, span[1:] + [None]):
        number = token.pos in {"m", "mq"} or token.word[0].isdigit()
        if number and (token.word[-1] in MEASURE or after is not None and (after.pos == "q" or after.word[0] in MEASURE)):
            return True
    return False


def _is_named_site(span: list[Token], lexicon: Lexicon) -> bool:
    """A project or building site is a place when its name says which (`妇幼保健院改扩建项目`),
    not when it is generic (`重点项目`, `服务项目`)."""
    body = span[:-1]
    return (sum(len(t.word) for t in body) >= 4
            and any(t.pos in PROPER_POS or _ends_with(t.word, lexicon.org_suffixes + lexicon.place_suffixes)
                    or re.search(r"[A-Za-z0-9]", t.word) for t in body))


def _org_or_place(name: str, lexicon: Lexicon) -> str:
    """The more specific head decides: `…党群服务中心` is a place, `…服务中心` a body."""
    if name in lexicon.places:
        return "Location"
    org_head = _ends_with(name, lexicon.org_suffixes) or ""
    place_head = _ends_with(name, lexicon.place_suffixes) or ""
    return "Location" if len(place_head) > len(org_head) else "Organization"


ZONE_HEADS = ("园", "园区")  # 丰台园, 延庆园区: a science park's zone in a district


def _park_zones(tokens: list[Token], lexicon: Lexicon) -> list[Mention]:
    """A district's zone of a science park is a place (`中关村丰台园`, `延庆园区`), not the owner
    of a union (`丰台园工会`); the park named right before belongs to its name."""
    mentions = []
    for i, (place, head) in enumerate(zip(tokens, tokens[1:])):
        if head.word in ZONE_HEADS and place.word in lexicon.places and place.end == head.start:
            first = i - 1 if i and tokens[i - 1].end == place.start and _is_seat(tokens[i - 1], lexicon) else i
            name = "".join(t.word for t in tokens[first:i + 2])
            mentions.append(Mention("Location", name, tokens[first].start, head.end))
    return mentions


def _location_mentions(text: str, tokens: list[Token], lexicon: Lexicon) -> list[Mention]:
    mentions = []
    for token in tokens:
        if token.word in lexicon.places and not text.startswith(lexicon.descriptor_words, token.end):
            mentions.append(Mention("Location", token.word, token.start, token.end))  # not 北京市劳动模范
    for before, head in zip(tokens, tokens[1:]):
        if head.word not in TOWN_HEADS:
            continue
        listed = (text[before.start - 1:before.start] == "、" and text[:before.start - 1].endswith(head.word)
                  or re.match(f"、[{HAN}]{{2,4}}?{head.word}(?![{HAN}])", text[head.end:]) is not None)
        if before.end == head.start and len(before.word) > 1 \
                and (before.pos in MISREAD_NAME_POS or listed and before.pos not in ("m", "r")):
            # 南锣鼓巷胡同 (jieba reads an idiom), 旧宫镇、安定镇 (a town in a list of towns)
            mentions.append(Mention("Location", before.word + head.word, before.start, head.end))
    for i, (before, li, head) in enumerate(zip(tokens, tokens[1:], tokens[2:])):  # 临河里街道: 里 names a quarter
        if li.word == "里" and head.word in ("街道", "社区") and before.end == li.start and li.end == head.start \
                and before.pos in PROPER_POS and before.word not in lexicon.generic_words \
                and not before.word.endswith(ADMIN_HEADS):
            first = tokens[i - 1] if i else None  # 鑫|福|里社区: a character jieba split off the name
            start = first.start if first and len(before.word) == 1 and _single_name_char(first, before) else before.start
            mentions.append(Mention("Location", text[start:head.end], start, head.end))
    mentions += _park_zones(tokens, lexicon)
    for run in _runs(tokens, lexicon, bridge=False):
        start = 0
        for i, token in enumerate(run):
            nxt = run[i + 1].word if i + 1 < len(run) else ""
            if nxt in lexicon.place_suffixes:
                continue  # 青龙湖 + 镇: the place goes on
            lower_unit_ahead = any(t.word.endswith(LOWER_UNITS) and not t.word.endswith("小镇")
                                   and t.word not in KINDS_OF_VILLAGE for t in run[i + 1:i + 4])
            site_ahead = any(_ends_with(t.word, lexicon.site_heads) for t in run[i + 1:]) \
                and not any(_is_head(t, lexicon.org_suffixes) and _org_or_place(t.word, lexicon) == "Organization"
                            for t in run[i + 1:])  # (but 城铁公司北京|分公司项目部: a second body)
            if (token.word in lexicon.places and lower_unit_ahead
                    or _is_head(token, lexicon.org_suffixes) and nxt in lexicon.places and not site_ahead):
                start = i + 1  # 门头沟|斋堂镇: a known place before its town; 中建一局|门头沟…: a body before a place
                continue
            if i and _one_character_verb(token) and _is_head(run[i - 1], lexicon.org_suffixes):
                start = i + 1  # 公司工会|建|职工书屋: a body acting, then what it built
                continue
            if token.word.endswith(ADMIN_HEADS) and not lower_unit_ahead \
                    and any(_is_head(t, lexicon.place_suffixes) for t in run[i + 1:]):
                continue  # 昌平区医院职工之家: a district names the place, it does not end it (but 通州区|张家湾镇)
            if _is_head(token, lexicon.place_suffixes) and not (
                    site_ahead and not token.word.endswith(TOWN_HEADS) and _ends_with(token.word, lexicon.site_heads) is None):
                # (`…城市副中心二期建设工地`: a site's name holds the venue or place it lies at, but not its village)
                span = _trim_verbal(_trim_left(run[start: i + 1], lexicon))
                start = i + 1
                mention = _place(text, span, lexicon)
                if mention is not None:
                    mentions.append(mention)
    return (mentions + _quoted_places(text, lexicon) + _places_gone_to(text, tokens, lexicon) + _villages(text)
            + _streets_of_addresses(text)
            + _counties_of_provinces(text, tokens, lexicon) + _places_hosting(text, lexicon))


def _places_hosting(text: str, lexicon: Lexicon) -> list[Mention]:
    """`在胡庄休闲健身公园举办…`, `来到漕运遗址，`: what stands between 在 and a verb of taking
    place, or after a verb of visiting, ending in a place head, is a place, whatever jieba
    makes of its words (休闲|健身, 漕运 read as verbs); but not a phrase (`附近的公园`)."""
    heads = "|".join(map(re.escape, lexicon.place_suffixes))
    verbs = lexicon.visit_verb_pattern
    hosted = rf"(?:在|于)([{HAN}]{{2,14}}?(?:{heads}))(?={lexicon.hosting_pattern.pattern})"
    visited = rf"(?:{verbs})了?([{HAN}]{{2,14}}?(?:{heads}))(?=[，,。、和及与为]|{verbs})"
    mentions = []
    for match in re.finditer(f"{hosted}|{visited}", text):
        group = 1 if match.group(1) else 2
        start, end = match.start(group), match.end(group)
        for inner in re.finditer(verbs, text[start:end]):  # 慰问品送至X: X
            start = match.start(group) + inner.end()
        name = text[start:end]
        head = _ends_with(name, lexicon.place_suffixes)
        if head is None or len(name) == len(head):
            continue
        body = name[:-len(head)]
        if re.search("(?:区|县|镇|乡|街道|村).", body) or any(h in body for h in lexicon.org_suffixes if len(h) > 1) \
                or any(body.startswith(p) for p in lexicon.places):
            continue  # 琉璃庙镇白河湾栈道, 某公司总部一层展厅, 通州临河里街道: places named apart
        if len(body) >= 2 and body not in lexicon.generic_words and not set(body) & FUNCTION_CHARS \
                and not any(w in lexicon.generic_words or dictionary_tag(w) in ("r", "m") for w in segment_words(body)[:1]):
            mentions.append(Mention("Location", name, start, end))
    return mentions


VILLAGE = re.compile(rf"(?:(?<=、)|(?<=在|到|赴|至))([{HAN}]{{2,3}}村)")
NO_VILLAGE = re.compile("[乡农山全驻进入]村$")  # 美丽乡村, 农村, 驻村: no village's name


def _villages(text: str) -> list[Mention]:
    """`在看丹村举办`, `、造甲村、樊家村之后`: a short name ending in 村 after 、 or a word of
    place is a village, whatever jieba makes of its characters (看|丹|村, 造|甲|村); so is a
    community's name at the start of a clause or after 和 (`浮星桥社区举办`, `东湖家园社区和月河社区`)."""
    mentions = []
    for match in list(VILLAGE.finditer(text)) + list(COMMUNITY.finditer(text)):
        name = match.group(1)
        if NO_VILLAGE.search(name) or NO_COMMUNITY.match(name) or name in ALWAYS_NAME_WORDS \
                or any(c in FUNCTION_CHARS for c in name[:-2]) or name.endswith("社区") and _holds_a_verb(name[:-2]):
            continue  # (慰问社区, 主动深入社区: a visit, not a name)
        mentions.append(Mention("Location", name, match.start(1), match.end(1)))
    return mentions


def _holds_a_verb(words_before: str) -> bool:
    return any(len(w) > 1 and (dictionary_tag(w) or "").startswith(("v", "d")) for w in segment_words(words_before))


COMMUNITY = re.compile(rf"(?:^|(?<=[、，,。；;：:“\n])|(?<=在|到|赴|至|和|与|及))([{HAN}]{{2,4}}社区)", re.M)
# words that make a community a kind, not a name (该社区, 辖区社区, 老旧社区, 示范社区)
NO_COMMUNITY = re.compile("(?:该|各|本|每|所在|辖区|周边|全|城市|农村|老旧|多个|新建|示范|和谐|文明|智慧|美丽|重点|试点|相关|部分|一些|[一二三四五六七八九十两几\\d]+个)")


ADDRESS = re.compile(rf"([{HAN}]{{2,12}}?(?:大街|胡同|路|街|巷))(?=[\d一二三四五六七八九十]+号(?!线))")
ABOVE_STREET = re.compile("^.*(?:镇|乡|区|县|街道)")  # 丰台镇|文体路58号: the town is a place of its own


def _streets_of_addresses(text: str) -> list[Mention]:
    """`位于丰台镇文体路58号的…`: the street of an address (a number and 号 follow it), whatever
    jieba makes of its characters (文体|路); a word before it ends at its last function
    character (`来到|文体路58号`), a town before it is a place of its own."""
    mentions = []
    for match in ADDRESS.finditer(text):
        name, start = match.group(1), match.start(1)
        cut = max((k + 1 for k, c in enumerate(name[:-1]) if c in FUNCTION_CHARS), default=0)
        name, start = name[cut:], start + cut
        above = ABOVE_STREET.match(name)
        if above and len(name) - above.end() >= 3:
            name, start = name[above.end():], start + above.end()
        if len(name) >= 3:
            mentions.append(Mention("Location", name, start, start + len(name)))
    return mentions


COMMON_PLACE_WORD = 3000  # jieba tags frequent words ns too (城市, 深度); a place name is rarer


def _places_gone_to(text: str, tokens: list[Token], lexicon: Lexicon) -> list[Mention]:
    """A place name jieba's dictionary knows (`忠县`, `太行山`, `京城`), standing alone right
    after a word of going or being somewhere: `来自忠县，`, `地处太行山腹地`."""
    mentions = []
    for token, after in zip(tokens, tokens[1:] + [None]):
        if (len(token.word) in (2, 3) and dictionary_tag(token.word) == "ns"
                and word_frequency(token.word) < COMMON_PLACE_WORD and token.word not in lexicon.generic_words
                and text.endswith(lexicon.place_introducers, 0, token.start)
                and (after is None or not _name_like(after, lexicon) or after.word in ("腹地", "一带", "地区"))):
            mentions.append(Mention("Location", token.word, token.start, token.end))
    return mentions


PLACE_TAGS = {"ns", "nr"}  # jieba reads some county names as persons (丰宁); nz names trades (宏达)
AFTER_PLACE = re.compile("[、，,。；;）)的等和与及两籍]|$")


def _counties_of_provinces(text: str, tokens: list[Token], lexicon: Lexicon) -> list[Mention]:
    """`河北迁安`, `内蒙古兴和的`: a province's short name right before a rare two-character
    place word that a pause or 的 ends is one place name (not 河北代表团). The characters
    decide, not the tokens: jieba may split the county (兴|和)."""
    mentions = []
    for province in (t for t in tokens if t.word in lexicon.provinces):
        county = text[province.end:province.end + 2]
        if (len(county) == 2 and AFTER_PLACE.match(text, province.end + 2)
                and (county in lexicon.places or dictionary_tag(county) in PLACE_TAGS
                     and word_frequency(county) < COMMON_PLACE_WORD
                     and county not in lexicon.generic_words and county[0] not in FUNCTION_CHARS)):
            mentions.append(Mention("Location", province.word + county, province.start, province.end + 2))
    return mentions


def _single_name_char(token: Token, following: Token) -> bool:
    return (token.end == following.start and len(token.word) == 1 and token.word not in FUNCTION_CHARS
            and token.pos in PROPER_POS | {"g", "zg"})


BOUND_FROM = re.compile("[东西南北](?:起|至|到|临|邻)")
NOT_A_PLACE = re.compile(r"\d+路$|之路$|心桥$")  # 7路 (a bus line); 青春之路, 连心桥 (figures of speech)


def _no_place(name: str, lexicon: Lexicon) -> bool:
    """A bus line or a figure of speech (`连心桥`), or a campaign's goal for a place, found by
    whichever rule (`美丽副中心` in 建设美丽副中心, `国家森林城市` in 创建国家森林城市)."""
    return NOT_A_PLACE.search(name) is not None or lexicon.place_figure_pattern.fullmatch(name) is not None


MISREAD_NAME_POS = {"i", "l", "nr", "nrt", "nz", "j"}  # a place name jieba reads as an idiom or a person
TOWN_HEADS = ("镇", "乡", "村", "县", "省", "街道", "社区", "胡同")
BRANCH = re.compile(r"[（(]?[一二三四五六七八九十\d]{1,2}期[）)]?|[\u4e00-\u9fff]{1,3}店")  # 南海子公园(二期)


HONOUR_TITLE = re.compile("(?:模范|示范|先进|优秀|星级)(?:教?职工之家|职工小家|职工书屋)$")


def _place(text: str, span: list[Token], lexicon: Lexicon) -> Mention | None:
    """A run ending in a place head names a place when something in it is proper: a known
    place, a proper noun, a character jieba does not know (`回天地区`, not `生活区`)."""
    if not span or text.startswith(lexicon.descriptor_words, span[-1].end):
        return None  # 北京市劳动模范: the place describes a person
    span = _after_building_verb(span, lexicon)
    name = text[span[0].start: span[-1].end]
    if len(name) > 2 and name[-1] == name[-2] and name[:-1] in lexicon.places:  # 房山区|区职工: the district, then 区 of 区职工
        return Mention("Location", name[:-1], span[0].start, span[-1].end - 1)
    known = next((p for p in lexicon.places_longest_first if name.endswith(p)), None)
    if known and not any(t.pos in PROPER_POS and t.word not in known for t in span[:-1]):
        return Mention("Location", known, span[-1].end - len(known), span[-1].end)  # 首都职工志愿密云区
    if _ends_with(name, lexicon.site_heads) and not _is_named_site(span, lexicon):
        return None
    body = span[:-1] if span[-1].word in lexicon.place_suffixes else span
    head = _ends_with(name, lexicon.place_suffixes) or ""
    proper = any(t.pos in PROPER_POS or len(t.word) == 1 and dictionary_tag(t.word) is None
                 or t.word in lexicon.places for t in body) or not body and span[-1].pos in PROPER_POS
    branch = BRANCH.match(text, span[-1].end)  # 南海子公园二期, 首都电影院中华店
    if not proper and body and (head in TOWN_HEADS or len(head) > 1 and span[-1].word.endswith(head)):
        # 琉璃庙镇, 良乡教职工之家: a town head, or a venue head after a plain name, is enough;
        # so is a venue with a branch (首都电影院中华店)
        proper = branch is not None or not any(t.pos in VERBAL_POS or t.word in lexicon.generic_words for t in body)
    if len(name) < 3 or _counted(span) or _is_generic([t.word for t in span], lexicon) or not proper \
            or lexicon.is_kind_of_place(name) or HONOUR_TITLE.search(name):
        return None  # (多功能厅: a kind of room; 北京市模范职工之家: an honour a place was given)
    if span[0].pos == "m" and not span[0].word.startswith("第") and span[0].word not in DATE_CHARS:
        return None  # 这一地区 (but 月|河|社区: a name's first character)
    end = branch.end() if branch else span[-1].end
    start = span[0].start
    bound = next(iter(reversed(list(BOUND_FROM.finditer(text, start, end)))), None)
    if bound and end - bound.end() >= 3:
        start = bound.end()  # 北起阜石路, 东至特钢厂区: the boundary, not the direction
    if text.endswith(("工程现场", "项目现场"), start, end):
        end -= len("现场")  # …标段工程现场: the project names the place (but a 工地 is one)
    return Mention("Location", text[start:end], start, end)


def _known_place_ending(span: list[Token], lexicon: Lexicon) -> list[Token]:
    """`领略当下|北京城市副中心`, `志愿服务助建|北京城市副中心`: a known place ends the run, and
    the words before it are no body or place of their own."""
    name = "".join(t.word for t in span)
    known = next((p for p in lexicon.places_longest_first if name.endswith(p) and len(p) > 2), None)
    if known is None or name == known or _ends_with(name[:-len(known)], lexicon.org_suffixes + lexicon.place_suffixes):
        return span
    first = next((k for k, t in enumerate(span) if t.start == span[-1].end - len(known)), None)
    return span[first:] if first is not None else span


def _after_building_verb(span: list[Token], lexicon: Lexicon) -> list[Token]:
    """`高水平|建设|北京城市副中心`: a two-character verb before a proper place ends what
    came before; the place's name starts after it (not 职工|服务|中心, a body's work)."""
    for k in range(len(span) - 2, -1, -1):
        after = span[k + 1]
        if span[k].pos in ("v", "vn") and len(span[k].word) == 2 \
                and (after.pos in PROPER_POS or after.word in lexicon.places):
            return span[k + 1:]
    return span


def _quoted_places(text: str, lexicon: Lexicon) -> list[Mention]:
    """`“没有共产党就没有新中国”纪念馆`: a quoted name right before a place head; `胜利街道“暖新驿站”`,
    `一处“暖新驿站”`: a quoted name ending in a place head after a township or 一处 (but not
    `“职工之家”建设`: a kind of place named in a campaign)."""
    heads = "|".join(map(re.escape, lexicon.place_suffixes))
    mentions = [Mention("Location", text[m.start():m.end() + h.end()], m.start(), m.end() + h.end())
                for m in QUOTE.finditer(text) if (h := re.match(f"(?:{heads})", text[m.end():m.end() + 8]))
                and len(h.group()) > 1 and not re.search("[。！？!?，,]", m.group(1))]  # a quoted sentence names nothing
    for m in QUOTE.finditer(text):
        head = _ends_with(m.group(1), lexicon.place_suffixes)
        if head and len(head) > 1 and len(m.group(1)) > len(head) + 1 and PLACE_BEFORE_QUOTE.search(text, 0, m.start()) \
                and not WORK_ON_A_PLACE.match(text, m.end()) and m.group(1)[:-len(head)] not in lexicon.generic_words:
            mentions.append(Mention("Location", m.group(1), m.start() + 1, m.end() - 1))
    return mentions


PLACE_BEFORE_QUOTE = re.compile(r"(?:街道|地区|镇|乡|社区|村|一处|这处|一个)$")
WORK_ON_A_PLACE = re.compile("建设|创建|工作|活动|项目|品牌|阵地|服务|标准|示范")  # `“职工之家”建设`: a kind of place


PROPER_MARK = re.compile(rf"{ORDINAL.pattern}|\d{{4}}年|[“”「」]")
EVENT_GAP = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]{0,24}?")
GAP_BREAKERS = ("的", "了", "参与", "参加", "说", "在", "对", "为", "向", "由", "与", "和", "是", "将", "把")


def _event_mentions(text: str, tokens: list[Token], lexicon: Lexicon) -> list[Mention]:
    events = (_quoted_events(text, lexicon) + _headed_events(text, _with_compound_heads(tokens, lexicon), lexicon)
              + _object_events(text, lexicon) + _hosted_events(text, lexicon))
    listed = _quoted_lists(text, lexicon)
    events = [e for e in events if sum(e.start <= q.start and q.end <= e.end for q in listed) < 2] + listed
    events = [_without_verb_or_count(e, lexicon) for e in events if not _several(e, text)]
    events = [e for e in (_without_leading_time(e, lexicon) for e in events) if e is not None]
    events = [_with_the_party_before_its_congress(e, text) for e in events]
    events = [_with_honours_joined(e, text, lexicon) for e in events]
    return events + _joined_activities(text, events, lexicon)


def _with_honours_joined(event: Mention, text: str, lexicon: Lexicon) -> Mention:
    """`全国劳动模范和|先进工作者表彰大会`: an award meeting named after several kinds of honour
    starts at the first (a scope such as 全国 or 首都 before it included)."""
    if not event.text.startswith(lexicon.honour_categories):
        return event
    honours = "|".join(map(re.escape, lexicon.honour_categories))
    joined = re.search(rf"(?:(?:全国|首都|全市|全区|市级|区级)?(?:{honours})(?:和|、|及|与))+$", text[max(0, event.start - 40):event.start])
    if joined is None:
        return event
    start = event.start - (len(joined.group()))
    return Mention(event.type, text[start:event.end], start, event.end)


def _with_the_party_before_its_congress(event: Mention, text: str) -> Mention:
    """`党的|二十大精神宣讲活动`: 的 cut the party off the congress the event is named after."""
    if CONGRESS.match(event.text) and text.endswith("党的", 0, event.start):
        return replace(event, text="党的" + event.text, start=event.start - 2)
    return event


# a count of several before an event's head (6大类|示范项目, 举办了|三届|羽毛球比赛) names
# several events or a kind of them, not one, whether the count is printed inside the
# mention or right before it; an edition number without 第 is a count only after a verb or
# 的 (`十四届全国人大` is the fourteenth)
SEVERAL = re.compile(r"(?:[二三四五六七八九十两]|[2-9]|\d{2,})[一二三四五六七八九十两\d]*(?:大?[类项批种]|届)")
SEVERAL_BEFORE = re.compile(f"(?:{SEVERAL.pattern})$")  # the count printed right before the mention
AFTER_A_VERB = ("了", "的", "共", "已", "续", "办")  # (a tuple: "" at the text's start is in no string)


def _without_leading_time(event: Mention, lexicon: Lexicon) -> Mention | None:
    """`上周五|职工读书大赛`: a time word opens no event's name; what follows must name one."""
    time = LEADING_TIME.match(event.text).end()
    if time == 0:
        return event
    rest = event.text[time:]
    return replace(event, text=rest, start=event.start + time) if _is_named_event(rest, lexicon, launched=True) else None


def _several(event: Mention, text: str) -> bool:
    inside = SEVERAL.match(event.text)
    before = SEVERAL_BEFORE.search(text, max(0, event.start - 6), event.start)
    count, at = (inside, event.start) if inside else (before, event.start - len(before.group())) if before else (None, 0)
    return count is not None and (not count.group().endswith("届") or text[at - 1:at] in AFTER_A_VERB)


# what an event's name does not start with: the verb that held it, a count (进行了|乒乓球比赛, 10家|市级沟通会)
VERB_OR_COUNT_BEFORE_EVENT = re.compile(r"^(?:(?:进行|开展|举办|举行|组织|参加)了|[一二三四五六七八九十两\d]+[家个所])")


def _without_verb_or_count(event: Mention, lexicon: Lexicon) -> Mention:
    ordinal = ORDINAL.search(event.text)
    verbs = event.text[:ordinal.start()] if ordinal else ""
    if verbs and (all(t.pos.startswith("v") for t in _tokens(verbs))
                  or len(verbs) <= 4 and verbs.endswith(tuple(lexicon.organize_verbs))):
        return replace(event, text=event.text[ordinal.start():], start=event.start + ordinal.start())  # 研究部署|第七届…会议
    lead = VERB_OR_COUNT_BEFORE_EVENT.match(event.text)
    if lead is None or len(event.text) - lead.end() < 3:
        return event
    return replace(event, text=event.text[lead.end():], start=event.start + lead.end())


QUOTED_NAME = re.compile(r"“[^“”]{2,40}”")


def _with_compound_heads(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """`成立|大会`, `启动|仪式`: a verb and the head after it make one event head."""
    merged: list[Token] = []
    for token in tokens:
        if merged and merged[-1].word + token.word in lexicon.event_suffixes and merged[-1].end == token.start:
            merged[-1] = Token(merged[-1].word + token.word, "n", merged[-1].start)
        else:
            merged.append(token)
    return merged


def _quoted_lists(text: str, lexicon: Lexicon) -> list[Mention]:
    """`开展了“A”“B”、“C”等系列读书活动`: each quoted name of a list launched is an event."""
    verbs = lexicon.organize_verb_pattern
    name = QUOTED_NAME.pattern
    pattern = re.compile(f"(?:{verbs})了?((?:{name}[、和及与]?)+{name})等")
    return [Mention("Event", q.group(), q.start(), q.end())
            for match in pattern.finditer(text) for q in QUOTED_NAME.finditer(text, match.start(1), match.end(1))]


def _joined_activities(text: str, events: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """`“博大杯”…健步走活动暨全民健身嘉年华活动`: the second activity after 暨 is an event too."""
    heads = lexicon.event_head_pattern
    second = re.compile(f"暨([{HAN}A-Za-z0-9·]{{2,20}}?(?:{heads}))(?![{HAN}]{{0,2}}(?:{heads}))")
    found = []
    for event in events:
        match = second.match(text, event.end) if event.text.endswith("活动") else None
        if match and _is_named_event(match.group(1), lexicon, launched=True):
            found.append(Mention("Event", match.group(1), match.start(1), match.end(1)))
    return found


def _quoted_events(text: str, lexicon: Lexicon) -> list[Mention]:
    """A quoted name before an event head: `“暖心伴考”首都职工志愿服务系列活动`."""
    heads = lexicon.event_head_pattern
    mentions = []
    for match in QUOTE.finditer(text):
        if re.search(r"[。！？!?]", match.group(1)):
            continue  # a quoted sentence, not a name
        tail = re.match(f"(?:——)?({EVENT_GAP.pattern})(?:{heads})", text[match.end():match.end() + 30])  # (“X”——Y培训: a subtitle)
        # a long gap may be a clause of its own (`“心愿清单”中希望…举办…培训`); 组织 is also a noun (“两新”组织)
        holding = tuple(v for v in lexicon.organize_verbs if v != "组织") if tail and len(tail.group(1)) > 16 else ()
        if tail and _head_goes_on_into_a_site(text, match.end() + tail.end(), lexicon):
            tail = None  # `“三大建筑”大运河博物馆项目|部`: a site named after a campaign
        if tail and not any(b in _without_in_beijing(tail.group(1), lexicon) for b in GAP_BREAKERS + holding):
            end = match.end() + tail.end()
            mentions.append(Mention("Event", text[match.start():end], match.start(), end))
        elif _ends_with(match.group(1), lexicon.event_suffixes) and len(match.group(1)) > 4 \
                and not re.search("[、，,]", match.group(1)):  # “A工程、B工程”: a list of names
            mentions.append(Mention("Event", match.group(1), match.start(1), match.end(1)))  # “…服务开放日”开展…
    return mentions


def _head_goes_on_into_a_site(text: str, end: int, lexicon: Lexicon) -> bool:
    """The event head ending at `end` is the start of a longer site head (项目 in 项目部)."""
    head = _ends_with(text[max(0, end - 4):end], lexicon.event_suffixes) or ""
    return any(text.startswith(site, end - len(head)) and len(site) > len(head) for site in lexicon.site_heads)


def _without_in_beijing(gap: str, lexicon: Lexicon) -> str:
    """`“大自然”杯…在京企业足球邀请赛`: 在京 (in Beijing) describes the entrants, unless an event
    is held there (`“暖心驿站”在京举办…大赛`: then 在 opens a clause)."""
    if any(v in gap for v in lexicon.organize_verbs + lexicon.host_verbs):
        return gap
    return gap.replace("在京", "")


def _one_character_verb(token: Token) -> bool:
    """`共|办`, not `送` which starts campaign names (`送文化进企业`)."""
    return len(token.word) == 1 and token.pos == "v" and token.word != "送"


COUNTED_ONE = re.compile(r"第?[一二三四五六七八九十两\d]+场|(?<!第)(?:[一二三四五六七八九十两\d]+次|[一两][届项个]|\d+[项个])")  # 一场, 14场, 第五场, not 第一次


def _headed_events(text: str, tokens: list[Token], lexicon: Lexicon) -> list[Mention]:
    """A run of name words ending in an event head: `职工健步走活动`, `企业职工趣味运动会`."""
    mentions = []
    ending_at = {t.end: t for t in tokens}
    for run in _runs(tokens, lexicon, bridge=False, posts=True):
        heads = [i for i, t in enumerate(run) if _ends_with(t.word, lexicon.event_suffixes)]
        if not heads:
            continue
        span = _with_leading_quality(ending_at, _trim_left(run[: heads[-1] + 1], lexicon))
        joints = [k for k, t in enumerate(span) if t.pos == "c" and len(t.word) == 1 and t.word not in "暨和与"]
        span = span[joints[-1] + 1:] if joints else span  # 止步八强但|比赛热情: a conjunction starts a clause
        while span and (span[0].word in lexicon.event_stop_words or _one_character_verb(span[0]) or span[0].word == "暨"):
            span = span[1:]  # `共办职工读书会`: a one-character verb before an event's name is not in it; nor 暨
        if span and (counted := COUNTED_ONE.match(text, span[0].start)):
            span = [t for t in span if t.start >= counted.end()]  # `一场`, `14场`: a count, no part of the name
        if len(span) < 2 and not (span and _sport_contest(span[0].word, lexicon)):
            continue
        year = YEAR_BEFORE.search(text, max(0, span[0].start - 7), span[0].start)
        first = year.start() if year else span[0].start  # 2014年北京市…大赛: the year is printed in the name
        for start, end in _split_joint_events(text, first, span[-1].end, lexicon):
            if _is_named_event(text[start:end], lexicon):
                mentions.append(Mention("Event", text[start:end], start, end))
    return mentions


YEAR_BEFORE = re.compile(r"(?<![\d.])\d{4}年度?$")


def _with_leading_quality(ending_at: dict[int, Token], span: list[Token]) -> list[Token]:
    """`优秀|教育工作者先进事迹宣讲会`: an adjective right before an event's name is part of it."""
    before = ending_at.get(span[0].start) if span else None
    if before is not None and before.pos == "a" and len(before.word) == 2:
        return [before] + span
    return span


def _is_named_event(name: str, lexicon: Lexicon, launched: bool = False) -> bool:
    head = _ends_with(name, lexicon.event_suffixes) or ""
    body = re.sub(r"[“”「」\"]", "", name[: len(name) - len(head)])
    if "等" in body and "“" not in name:
        return False  # 文化类、体育类、科普类等系列培训: kinds listed, no name
    if _sport_contest(name, lexicon):
        return True  # 拔河比赛, 职工跳绳赛: a sport names its contest
    if len(body) < 3 or body in lexicon.event_stop_words or body in lexicon.generic_words or body in lexicon.linking_verbs:
        return False  # `学习活动`, `此次活动`: a kind of activity, not a named one
    if head in lexicon.event_generic_heads and not launched:
        return bool(PROPER_MARK.search(name))
    return True


CONTESTANTS = ("教职工", "职工")  # who a sport's contest is for: 职工拔河赛


def _sport_contest(name: str, lexicon: Lexicon) -> bool:
    """`拔河比赛`, `职工拔河比赛`, `职工拔河赛` each name a contest; a bare `篮球赛` or `棋牌赛`
    (the sport and 赛 alone) is how a kind of game is said (`棋牌赛、健步走等活动`)."""
    for_whom = next((c for c in CONTESTANTS if name.startswith(c)), "")
    sport = name[len(for_whom):]
    heads = ("比赛", "赛") if for_whom else ("比赛",)
    return any(sport.endswith(h) and sport[:-len(h)] in lexicon.sports for h in heads)


def _object_events(text: str, lexicon: Lexicon) -> list[Mention]:
    """What an organise verb launches: `开展了X…活动`, `举办Y…比赛`; cut at the last 的,
    and split `X活动暨Y活动` into two."""
    verbs = lexicon.organize_verb_pattern
    heads = lexicon.event_head_pattern
    mentions = []
    pattern = (f"(?:{verbs})(?!{ORGANISER_NOUN})[了好]?([^，,。；;！？!?\n]{{2,40}}?(?:{heads}))"
               f"(?![\u4e00-\u9fff]{{0,2}}(?:{heads}))")
    inner_verb = re.compile("(?:" + "|".join(map(re.escape, lexicon.organize_verbs + lexicon.participate_verbs)) + ")了?")
    for match in re.finditer(pattern, text):
        start, end = match.span(1)
        if AS_A.search(text, start, end):
            continue  # 把开展X作为一项长期活动: what an activity is taken as, no name
        cut = text.rfind("的", start, end)
        if cut >= 0 and text.count("“", start, cut) == text.count("”", start, cut):  # (not inside “亲亲我的宝贝”)
            start = cut + 1
        if _planned_or_habitual(text, match.start(), lexicon) and "“" not in text[start:end]:
            continue  # 今后将继续开展…活动, 定期开展…培训: a kind of activity, not one that took place
        head_start = end - len(_ends_with(text[start:end], lexicon.event_suffixes) or "")
        for inner in inner_verb.finditer(text, start, head_start):  # 组织教职工开展X活动 (not X启动会): X…
            start = inner.end()
        listed = text.find("、", start, end)
        if 0 <= listed - start <= 2 and "“" not in text[start:end]:
            continue  # 书画、摄影活动: a list of kinds, not a name
        object_tokens = _tokens(text[start:end])
        if any(t.word in ("、", "和") for t in object_tokens) and not PROPER_MARK.search(text[start:end]) \
                and not any(t.pos in PROPER_POS - PERSON_POS for t in object_tokens):
            continue  # 岗位练兵、赛前培训, 选手报名和培训: kinds of work listed, no name (but 和谐…活动)
        for token in _tokens(text[start:end]):  # `为…`, but not 对口帮扶, 在职职工: words of the name
            if token.word not in FUNCTION_CHARS or token.word in CAMPAIGN_VERBS:
                break
            start += len(token.word)
        start = _after_stop_word(text, start, end, lexicon)
        if counted := COUNTED_ONE.match(text, start):
            start = counted.end()  # 举行了一场X比赛
        for part_start, part_end in _split_joint_events(text, start, end, lexicon):
            name = text[part_start:part_end]
            if _is_named_event(name, lexicon, launched=True):
                mentions.append(Mention("Event", name, part_start, part_end))
    return mentions


AS_A = re.compile("作为|成为|当作|看作")
CAMPAIGN_VERBS = {"送"}  # a function character that opens a campaign's name (送文化进企业)
ORGANISER_NOUN = "方|单位|者"  # 主办方, 承办单位, 组织者: who organises, a noun, launching nothing
# time words that open a clause, never an event's name: 近日，…; 上周五读书大赛
LEADING_TIME = re.compile(r"(?:\d{1,2}月\d{1,2}日|近日|日前|昨天|昨日|今天|今日|当天|当日|前不久|[上本下]周[一二三四五六日末]?|[上下]午|晚间?)*")
CLAUSE_WORDS = {"的", "了", "说", "是", "将", "把", "对", "向", "由", "参加", "参与", "通过", "围绕", "为", "后", "中", "就",
                "联合", "共同", "此项", "该项", "这项"}


def _hosted_events(text: str, lexicon: Lexicon) -> list[Mention]:
    """The subject of a clause that took place somewhere: `，A工作座谈会在B举行`,
    `X月X日，A大赛于B开幕`: the whole run before 在/于 or the verb names the event."""
    heads = lexicon.event_head_pattern
    pattern = re.compile(f"(?:^|(?<=[，,。；;：:\n]))(?:{LEADING_TIME.pattern})"
                         f"([{HAN}A-Za-z0-9·“”()（）]{{4,36}}?(?:{heads}))(?=(?:在|于)[^，,。；;]{{2,24}}?"
                         f"{lexicon.hosting_pattern.pattern}|{lexicon.hosting_pattern.pattern})", re.M)
    mentions = []
    for match in pattern.finditer(text):
        start, end = match.span(1)
        tokens = _tokens(match.group(1))
        if "“" in match.group(1) or any(t.word in CLAUSE_WORDS for t in tokens) or _body_inside(tokens, lexicon):
            continue  # a quoted name is found with its quotes; a body inside is no event's name
        start = _after_stop_word(text, start, end, lexicon)
        for part_start, part_end in _split_events_held_together(text, start, end, lexicon):
            if _is_named_event(text[part_start:part_end], lexicon, launched=True):  # held: one event, not a kind
                mentions.append(Mention("Event", text[part_start:part_end], part_start, part_end))
    return mentions


def _after_stop_word(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Past a word that opens no event's name (`此次`, `本次`) or refers to a body (`该区`,
    `本市`), if the name starts with one as a word of its own (not 各|界). Time words are
    dropped from every event mention (`_without_leading_time`)."""
    first = next(iter(_tokens(text[start:end])), None)
    if first is not None and (first.word in lexicon.event_stop_words
                              or len(first.word) == 2 and first.word[0] in REFERRING_OR_OWN):
        return start + len(first.word)
    return start


def _split_events_held_together(text: str, start: int, end: int, lexicon: Lexicon) -> list[tuple[int, int]]:
    """`A推进会及B培训会在C举办`: two events held together, each with its head."""
    heads = lexicon.event_head_pattern
    pair = re.fullmatch(f"(.+?(?:{heads}))(?:及|以及)(.+?(?:{heads}))", text[start:end])
    if pair is None or _ends_with(pair.group(1), lexicon.event_generic_heads):  # (服务项目及成果发布活动: one)
        return _split_joint_events(text, start, end, lexicon)
    return [(start + pair.start(k), start + pair.end(k)) for k in (1, 2)]


def _body_inside(tokens: list[Token], lexicon: Lexicon) -> bool:
    """Is a second body named in the run (`马坡镇总工会|…|物业服务中心|…会议`)? Only the
    organiser may open an event's name."""
    bodies = [t for t in tokens[:-1] if _ends_with(t.word, lexicon.org_suffixes)]
    # (…工会|职工创新工作室联盟…活动: a kind of body after the organiser is a theme)
    return any(not t.word.endswith(lexicon.kind_heads) for t in bodies[1:])


def _planned_or_habitual(text: str, verb_start: int, lexicon: Lexicon) -> bool:
    """Does the clause before an organise verb make it a plan, a wish or a habit (`今后将继续…
    开展`, `不定时来街道开展`)? A plan word counts as a word of its own, with no body's name
    between it and the verb (not `北京继续教育学院开展`)."""
    clause = re.split(r"[，,。；;：:！？!?\n]", text[max(0, verb_start - 20):verb_start])[-1]
    tokens = _tokens(clause)
    for i, token in enumerate(tokens):
        if token.word in lexicon.plan_words and not any(
                t.pos in PROPER_POS or _ends_with(t.word, lexicon.org_suffixes) for t in tokens[i + 1:]):
            return True
    return False


ACTS_BEFORE_JI = ("颁奖", "展示", "签约", "揭牌")  # `金牌工人颁奖暨庆“五一”文艺演出`: an act of its own before 暨


def _split_joint_events(text: str, start: int, end: int, lexicon: Lexicon) -> list[tuple[int, int]]:
    """`职工健步走活动暨全民健身嘉年华活动`, `年度工作会议暨先进个人表彰会` name two events;
    `A暨B比赛` with one head, `A联赛暨B联赛`, and `成果展暨表彰会` (a bare head after 暨)
    name one event."""
    for joint in re.finditer("暨", text[start:end]):
        middle = start + joint.start()
        left_head = _ends_with(text[start:middle], lexicon.event_suffixes + ACTS_BEFORE_JI)
        right_head = _ends_with(text[middle + 1:end], lexicon.event_suffixes) or ""
        if text[middle + 1:end] == right_head:
            continue
        if left_head and not (left_head.endswith("赛") and right_head.endswith("赛")):
            return [(start, middle), (middle + 1, end)]
    return [(start, end)]


INTRODUCERS = ("来自", "包括", "以及", "及", "和", "与", "由", "对", "为", "向", "到")


QUOTED_TEAM = re.compile(f"[“\"]([{HAN}A-Za-z0-9]{{1,8}}(?:队|战队))[”\"]")


def _quoted_teams(text: str) -> list[Mention]:
    """`“闪电队”夺得季军`: a team the players named themselves, quoted, is a body."""
    return [Mention("Organization", m.group(1), m.start(1), m.end(1)) for m in QUOTED_TEAM.finditer(text)
            if len(m.group(1)) >= 3 and dictionary_tag(m.group(1)) is None]  # not “排队”, “突击队”


# a district's own name opening a body's (珠海市香洲区人大常委会, 中共白云区委), not a community's or park's
DISTRICT_PREFIX = re.compile(r"^(?:中共)?(.{1,8}?[^社景园特校小街片厂矿营院城郊][区县])(?![区县])")


def _district_of_the_title(text: str, found: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """`白云区人大常委会副主任，区总工会党组书记、主席甲`: a body said short with 区 (县) in
    the title of a person whose title opened with another district's body is that district's
    (白云区总工会), whatever district the article is about."""
    bodies = sorted((m for m in found if m.type == "Organization"), key=lambda m: m.start)
    renamed = {}
    main_district = lexicon.main_district(text)  # (its bodies said short resolve to it anyway, 区总工会 kept as printed)
    for before, short in zip(bodies, bodies[1:]):
        district = DISTRICT_PREFIX.match(before.text)
        if short.text[0] not in "区县" or district is None or district.group(1)[-1] != short.text[0] \
                or main_district is not None and district.group(1).endswith(main_district):
            continue
        gap = lexicon.post_pattern.sub("", text[before.end:short.start])
        if re.fullmatch(r"[、，,兼]+", gap) and lexicon.post_pattern.match(text, before.end):
            renamed[id(short)] = replace(short, text=district.group(1) + short.text[1:])
    return [renamed.get(id(m), m) for m in found]


ADMIN_LEVELS = "省市区县镇乡街村"  # what a kind of body's name opens with (街道总工会, 区总工会)
OPENING_CHARS = set("的在与和及由向对为到赴同跟是被将把从让请经")  # words a name may follow without a pause


def _bodies_named_again(text: str, found: list[Mention], credits: list[tuple[int, int]],
                        lexicon: Lexicon) -> list[Mention]:
    """A body read once (`越南河内市劳动者联合会主席…`) is the same body where its name, or its
    name without the place word it opens with (a country, province or city), is printed again,
    nothing else was read there and no name character stands before it (`河内市劳动者联合会代表团前往…`)."""
    taken = [(m.start, m.end) for m in found] + list(credits)
    again = []
    for name in sorted({m.text for m in found if m.type == "Organization"}):
        first = segment_words(name)[0]
        forms = {name}
        tail = name[len(first):]
        if (first in lexicon.places or dictionary_tag(first) == "ns") and len(tail) >= 5 \
                and not _is_generic(segment_words(tail), lexicon, lexicon.org_suffixes) and tail[0] not in ADMIN_LEVELS:
            forms.add(tail)  # (not `街道总工会` of `拱辰街道总工会`: a kind of body, told apart elsewhere)
        for form in sorted(f for f in forms if len(f) >= 5):  # (饿了么 in 饿了么(福州)…工会: a short name may be a part)
            for use in re.finditer(re.escape(form), text):
                mention = Mention("Organization", form, use.start(), use.end())
                if any(a < mention.end and mention.start < b for a, b in taken) or _inside_quoted_name(mention, text) \
                        or re.match(f"[{HAN}]", text[use.start() - 1:use.start()]) and text[use.start() - 1] not in OPENING_CHARS:
                    continue  # (各区|劳动模范协会, 海淀区|职工书法家协会: a kind, or another place's body)
                again.append(mention)
                taken.append((mention.start, mention.end))
    return again


def _inside_quoted_name(mention: Mention, text: str) -> bool:
    """A body or place named only inside a quoted name (`“宣传贯彻落实中国工会十八大精神”`) is
    not annotated in its own right; the quoted names themselves (events) are."""
    window = (max(0, mention.start - 62), mention.end + 62)
    if any(b.start() < mention.start and mention.end < b.end() for b in BOOK_TITLE.finditer(text, *window)):
        return True  # 《开创新时代首都工会…》: a title, not the body it names
    if mention.type == "Event":
        return False
    return any(q.start() < mention.start and mention.end < q.end() and q.end() - q.start() - 2 > len(mention.text)
               for q in QUOTE.finditer(text, *window))


def _enumerated_bodies(text: str, found: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Names listed with 、 and closed by `等企业`, `共N家…` or `三个企业` are bodies, head or not
    (`美团、京东、顺丰共5家站点`, `中芯国际、和利时等企业`), even those named like places."""
    heads = "|".join(map(re.escape, lexicon.enumeration_heads))
    # no item starts with a conjunction, except right after 、 where none stands (`、和利时、`)
    item = f"(?:(?<=、)[和与及])?(?:(?![的在和与及等])[{HAN}A-Za-z0-9·（）()]){{2,16}}"
    count = r"(?:多家|\d+家|[一二三四五六七八九十]+家)?(?:辖区|区内|周边|驻区|本地)?"  # 等22家辖区单位
    counted = r"[一二三四五六七八九十两\d]+[个家]"  # 北京现代、北京奔驰、北汽动力三个企业
    trade = "|".join(map(re.escape, lexicon.trade_words))  # 等五家快递企业, 等平台企业: the trade before the noun
    # the last name may join a list of two or more with 和 (`中通、德邦和优速等五家快递企业`)
    pattern = rf"({item}(?:、{item})+(?:(?<=[{HAN}])[和与及]{item})?)(?:(?:等{count}|{counted})(?:{trade})?(?:{heads})|共\d+家)"
    mentions = []
    for match in re.finditer(pattern, text):
        units = re.search(r"(?:单位|部门)$", match.group()) is not None
        listed = []
        for index, (start, end) in enumerate(_list_items(match.group(1), match.start(1))):
            if index == 0:  # only the first name can carry the words before the list
                start += _leading_words(text[start:end], lexicon)
            listed.append((start, end))
        for start, end in reversed(listed):
            if any(m.type == "Person" and start <= m.start < end for m in found):
                break  # `…副主席郭燕带队到A、B等单位`: the list starts after the person
            if text[start:end] in lexicon.places:
                continue  # `海淀、朝阳等重点企业`: a place stays a place
            mention = _listed_body(text[start:end], start, found, units, lexicon)
            if mention is not None:
                mentions.append(mention)
    return mentions


def _list_items(listed: str, offset: int) -> list[tuple[int, int]]:
    """Spans of the names in `A、B、C和D`: split at 、, and the last at its 和 (与, 及) in a list
    of three names or more, between names of two characters or more (not `中芯国际、北京和利时`,
    `、和利时`)."""
    spans, start = [], offset
    for name in listed.split("、"):
        spans.append((start, start + len(name)))
        start += len(name) + 1
    last_start, last_end = spans[-1]
    last = listed[last_start - offset:]
    joint = max((last.rfind(c) for c in "和与及"), default=-1)
    if len(spans) >= 3 and joint >= 2 and len(last) - joint - 1 >= 2:
        spans[-1:] = [(last_start, last_start + joint), (last_start + joint + 1, last_end)]
    return spans


def _leading_words(name: str, lexicon: Lexicon) -> int:
    """How many characters of a list's first item belong to the sentence before it: up to
    the last linking verb, introducer, verb of a finished act, or two-character verb after no
    name word, that jieba reads there (`总工会组织|金海湖景区`, `饮料送到了|闪送`,
    `得到了|延庆区委宣传部`, `他们特意派出|骨科`, but `组织|向日葵传媒`, not `组织向|日葵传媒`,
    and not `中关村|发展集团`: a verb after a name word is inside the name)."""
    cut, proper_before = 0, False
    for token in _tokens(name):
        done = token.pos == "v" and name.startswith(("了", "过"), token.end)  # 得到了|延庆区委宣传部
        acting = token.pos == "v" and len(token.word) == 2 and not proper_before  # 他们特意派出|骨科
        if (token.word in lexicon.linking_verbs or token.word in INTRODUCERS or done or acting) \
                and len(name) - token.end >= 2:
            cut, proper_before = token.end, False
        elif token.pos in PROPER_POS:
            proper_before = True  # 中关村发展集团: a verb after a name word is inside the name
    while cut and cut < len(name) - 2 and name[cut] in "了着过":
        cut += 1
    return cut


def _listed_body(name: str, start: int, found: list[Mention], units: bool, lexicon: Lexicon) -> Mention | None:
    end = start + len(name)
    parts = segment_words(name)
    if re.search("[各每诸]", name) or _is_generic(parts, lexicon, lexicon.org_suffixes) \
            and not any(p in lexicon.places for p in parts):
        return None  # 该区各医院, 社区卫生服务中心: every one of a kind, no named body
    if units and dictionary_tag(name) not in (None, "nr", "ns", "nt", "nz", "nrt"):
        return None  # 公安、交警、环卫等单位: sectors (common words, abbreviations), not named bodies
    inside = [m for m in found if m.start < end and start < m.end]
    if any(m.type == "Person" or m.type == "Organization" and (m.start < start or m.end > end) for m in inside):
        return None
    same = [m for m in inside if m.start == start and m.end == end]
    if any(m.type == "Location" for m in same):
        if units and name.endswith(TOWNSHIPS):
            return None  # 光明街道、马坡镇等5家单位: a township stays a place
        return Mention("Organization", name, start, end)  # 金海湖景区、…等多家企业: a body
    if not same and len(name) >= 2 and all(start <= m.start and (m.type == "Location" or m.end == end)
                                           for m in inside):  # 北京…精密机械厂 over 北京, 机械厂
        return Mention("Organization", name, start, end)
    return None


def _visited_sites(text: str, lexicon: Lexicon) -> list[Mention]:
    """Where a visit verb leads, up to a site head, is a place: `来到…综合交通枢纽工程03标段项目部`,
    `走进通州副中心A3-D楼装修改扩建工程项目` (cut at the last 的, named as _is_named_site says)."""
    verbs = lexicon.visit_verb_pattern
    heads = "|".join(map(re.escape, lexicon.site_heads))
    mentions = []
    inner_verb = re.compile(verbs)
    site = f"([^，,。；;！？!?、\n]{{4,80}}?(?:{heads}))(?![\u4e00-\u9fff]{{0,4}}(?:{heads}))"
    listed = re.compile(f"(?:、|以及|和|及|与){site}")
    for match in re.finditer(f"(?:{verbs}|{GOING_TO})了?{site}", text):
        spans = [match.span(1)]
        while (more := listed.match(text, spans[-1][1])) is not None:  # 来到A工地、B项目部和C工地
            spans.append(more.span(1))
        mentions += [m for start, end in spans if (m := _site(text, start, end, inner_verb, heads))]
    return mentions


ACTS_BROUGHT = ("演出", "调研", "检查", "指导", "宣讲")  # what a visit brings, printed before the site


def _site(text: str, start: int, end: int, inner_verb: re.Pattern, heads: str) -> Mention | None:
    """The site named between `start` and a site head, if its name says which site."""
    for inner in inner_verb.finditer(text, start, end):  # 慰问团一行来到X: X
        start = inner.end()
    cut = max(text.rfind("的", start, end), text.rfind("—", start, end))  # `“奥运通道”——X工地`: X
    start = cut + 1 if cut >= 0 else start
    start, end = _site_bounds(text, start, end)
    brought = next((act for act in ACTS_BROUGHT if text.startswith(act, start)), "")
    start += len(brought)  # `慰问|演出|国家速滑馆…`: what the visit brings, then the site
    name = text[start:end]
    body = re.sub(f"(?:{heads})$", "", name)
    if len(body) >= 4 and not re.search(r"[“”（）()]", name) and not name.startswith(tuple(FUNCTION_CHARS)):
        return Mention("Location", name, start, end)
    return None


SITE_OF_PROJECT = re.compile(r"(?<=项目)(?:工地|现场)$|(?<=工程)现场$")
TOWN_BEFORE_VILLAGE = re.compile(rf"[{HAN}]{{2,5}}?[镇乡](?=[{HAN}]{{2,5}}?村)")


def _site_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """A project's site is named by the project (`…改造项目工地` -> `…改造项目`), and a site
    in a village starts at the village (`青龙湖镇北车营村…项目` -> `北车营村…项目`)."""
    name = text[start:end]
    site = SITE_OF_PROJECT.search(name)
    if site:
        end -= len(site.group())
    town = TOWN_BEFORE_VILLAGE.match(name)
    if town:
        start += town.end()
    return start, end


def _campaign_mentions(text: str, campaigns: frozenset[str]) -> list[Mention]:
    """A campaign named as an event elsewhere on the page (`“送清凉”系列活动`) is that event
    wherever it is quoted, a headline included (`为医护人员“送清凉”`)."""
    mentions = []
    for match in QUOTE.finditer(text):
        if match.group(1) in campaigns:
            mentions.append(Mention("Event", match.group(), match.start(), match.end()))
    return mentions


# after a game: words it describes (冬奥会官方电影), a second game of a joint name
# (冬奥会冬残奥会…系列活动), or the time it sets (北京冬奥会期间…)
GAME_DESCRIBES = ("官方", "精神", "元素", "主题", "文化", "知识", "吉祥物", "冬残奥会", "残奥会")
GAME_SETTING = ("期间", "之际", "前夕", "开幕", "闭幕", "举办", "举行", "召开")


def _known_events(text: str, lexicon: Lexicon) -> list[Mention]:
    """Campaigns and games known by name (`夏送清凉`, `冬奥会`), printed with or without quotes."""
    found = []
    for m in lexicon.known_event_pattern.finditer(text):
        if m.group() in lexicon.games:
            clause = re.match(r"[^，,。；;、！？!?“”\n]*", text[m.end():m.end() + 40]).group()
            if text.startswith(GAME_DESCRIBES, m.end()) \
                    or not text.startswith(GAME_SETTING, m.end()) and _ends_with(clause, lexicon.event_suffixes):
                continue  # `冬奥会官方电影`; `庆祝北京冬奥会…系列活动`: part of another name
        found.append(Mention("Event", m.group(), m.start(), m.end()))
    return found


def _join_bodies(text: str, candidates: list[Mention]) -> list[Mention]:
    """`中西医结合科暨老年肿瘤科`: two names joined by 暨 name one body."""
    orgs = sorted((m for m in candidates if m.type == "Organization"), key=lambda m: m.start)
    joined = []
    for a, b in zip(orgs, orgs[1:]):
        if text[a.end:b.start] == "暨":
            joined.append(Mention("Organization", text[a.start:b.end], a.start, b.end))
    return candidates + joined


def _trim_organiser_prefix(candidates: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """`中关村科学城总工会迎新春送温暖系列活动`: the body before the event organises it and is
    not part of the event's name, unless the rest names no event (`…基层工会干部培训班`)."""
    orgs = [m for m in candidates if m.type == "Organization"]
    events = [m for m in candidates if m.type == "Event"]
    out = []
    for m in candidates:
        org = next((o for o in orgs if m.type == "Event" and o.start == m.start and o.end < m.end - 2), None)
        rest = m.text[org.end - m.start:] if org else ""
        own = FULL_CONGRESS.match(rest) is not None  # 北京市工会第十四次代表大会: the union's own congress
        if org and not own and _is_named_event(rest, lexicon, launched=True):
            out.append(Mention("Event", rest, org.end, m.end))
        elif not (org and any(e.start == m.start and e.end > m.end for e in events)):
            out.append(m)  # (海淀区总工会|摄影大赛 inside 海淀区总工会|摄影大赛获奖作品展: no name of its own)
    return out


def _abbreviated_bodies(tokens: list[Token], lexicon: Lexicon) -> list[Mention]:
    """A known abbreviation of a body standing as a word of its own (`全总党组书记`)."""
    return [Mention("Organization", t.word, t.start, t.end) for t, after in zip(tokens, tokens[1:] + [None])
            if t.word in lexicon.abbreviations and _ends_with(lexicon.abbreviations[t.word], lexicon.org_suffixes)
            and (after is None or after.start > t.end or not _name_like(after, lexicon)
                 or after.word in lexicon.posts or after.word in lexicon.org_words)]  # not 北大|红楼


# 快递员, 外卖骑手: a worker of a trade named after the company (not 员工, any company's staff)
WORKERS_OF = re.compile("(?:快递|外卖|配送|送餐)?(?:员(?!工)|骑手|小哥)")


def _known_bodies(text: str, tokens: list[Token], lexicon: Lexicon) -> list[Mention]:
    """Companies named without a head (`美团`, `顺丰`), where jieba reads them as whole words
    (京东 in 京东方 is no body) and the context is their trade: a service word (顺丰速运), a
    worker or an outlet of theirs (美团骑手, 德邦网点), or a list (`顺丰、德邦等`); not
    `京东大峡谷`, `中通客车`."""
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    services = "|".join(lexicon.known_body_services)
    mentions = []
    for name in sorted(lexicon.known_bodies):
        for m in re.finditer(f"{re.escape(name)}(?:(?:{services})(?!{WORKERS_OF.pattern}))?", text):  # 顺丰速运 (not 中通|快递员)
            if m.start() in starts and m.start() + len(name) in ends and (
                    m.end() > m.start() + len(name) or TRADE_CONTEXT.match(text, m.end())
                    or WORKERS_OF.match(text, m.end()) or text[m.start() - 1:m.start()] in ("、", "和", "及", "与")):
                mentions.append(Mention("Organization", m.group(), m.start(), m.end()))
    return mentions


TRADE_CONTEXT = re.compile("[、和及与等]|(?:配送)?(?:站点|网点|站|平台|公司|企业|集团)")  # 顺丰、德邦等; 德邦网点


def _user_mentions(text: str, lexicon: Lexicon) -> list[Mention]:
    mentions = []
    for name, kind in lexicon.user_entities.items():
        if kind == "Person":
            continue
        for match in re.finditer(re.escape(name), text):
            mentions.append(Mention(kind, name, match.start(), match.end()))
    return mentions


def _declared_short_forms(text: str, candidates: list[Mention]) -> list[Mention]:
    """`首创集团有限公司（以下简称“首创集团”）`: the short form and its later uses."""
    out = []
    for match in SHORT_ALIAS.finditer(text):
        full = max((m for m in candidates if m.end <= match.start() and m.end >= match.start() - 1),
                   key=lambda m: m.end - m.start, default=None)
        if full is None:
            continue
        short = match.group(1)
        for use in re.finditer(re.escape(short), text):
            out.append(Mention(full.type, short, use.start(), use.end()))
        out += _name_going_on(text, match.end(), full, candidates)
    return out


def _name_going_on(text: str, pos: int, full: Mention, candidates: list[Mention]) -> list[Mention]:
    """`北京水务投资中心（以下简称“水投中心”）工会`: the name printed before the aside goes
    on after it; the body is 北京水务投资中心工会 (printed at `工会`)."""
    going_on = next((m for m in candidates if m.start == pos and m.type == "Organization"), None)
    if going_on is not None:
        return [Mention("Organization", full.text + going_on.text, going_on.start, going_on.end)]
    union = next((u for u in sorted(UNION_HEADS, key=len, reverse=True) if text.startswith(u, pos)), None)
    if union is not None and not text.startswith("工会工作", pos):  # (工会工作: the work, no body)
        return [Mention("Organization", full.text + union, pos, pos + len(union))]
    return []


TYPE_PRIORITY = {"Person": 0, "Organization": 1, "Event": 2, "Location": 3}


def _longest_non_overlapping(candidates: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    taken = set()
    order = sorted(candidates, key=lambda m: (-(m.end - m.start), TYPE_PRIORITY[m.type], m.start))
    for m in order:
        span = set(range(m.start, m.end))
        if span & taken:
            continue
        chosen.append(m)
        taken |= span
    return sorted(chosen, key=lambda m: m.start)
