"""Mentions -> entities: group the printed forms that name the same thing.

Within one article a shorter form joins a fuller one of the same type when
- it is the fuller form without its place prefix (`天桥街道总工会` / `西城区天桥街道总工会`),
- it keeps the fuller form's characters in order with the same head (`北大肿瘤医院` /
  `北京大学肿瘤医院`, `集团工会` / `王府井集团工会`; for sites, with the same start:
  `北车营村宅基地平移项目` / `北车营村灾后重建宅基地平移及配套市政工程项目`),
- it is a brand its company's registered name starts with (`富智康` / `富智康精密组件（北京）有限公司`),
- it was declared with `（以下简称“X”）`, or it is a known abbreviation.
Administrative short forms expand to the full official name: `市总工会` is the home city's
(`北京市总工会`), `区总工会` the district's the article is about.
Events take the shortest form as their name (the guidelines' rule), others the longest.
"""
from __future__ import annotations

import re
from collections import Counter

from .lexicon import HOME_CITY, Lexicon
from .mentions import FULL_CONGRESS, LOWER_LEVELS, QUOTE, SHORT_ALIAS, SHORT_CONGRESS, TOWNSHIPS, township_level
from .model import Entity, Mention
from .segment import UNION, dictionary_tag, words


def group_entities(text: str, mentions: list[Mention], lexicon: Lexicon, headline_end: int = 0) -> list[Entity]:
    forms: dict[tuple[str, str], list[Mention]] = {}
    for m in mentions:
        forms.setdefault((m.type, m.text), []).append(m)
    parent = {key: key for key in forms}

    def find(key):
        while parent[key] != key:
            key = parent[key]
        return key

    declared = _declared_pairs(text)
    keys = sorted(forms, key=lambda k: (-len(k[1]), k))
    for i, (kind, short) in enumerate(keys):
        for kind2, full in keys[:i]:
            if kind2 == kind and len(full) > len(short) and _is_short_form(short, full, kind, lexicon, declared):
                parent[find((kind, short))] = find((kind2, full))
                break
        for kind2, full in keys[:i]:  # 第四届职工羽毛球比赛 / 职工羽毛球比赛: an edition of the same event
            if kind == kind2 == "Event" and full.endswith(short) and EDITION.fullmatch(full[:-len(short)]):
                parent[find((kind2, full))] = find((kind, short))

    groups: dict[tuple[str, str], list[str]] = {}
    for key in keys:
        groups.setdefault(find(key), []).append(key[1])
    by_name: dict[tuple[str, str], Entity] = {}  # two groups that take one name are one entity
    townships = _townships(mentions, lexicon)
    for (kind, _), printed in groups.items():
        entity = _make_entity(kind, printed, text, lexicon, townships)
        mentions = [m for p in printed for m in forms[(kind, p)]]
        if (kind, entity.name) in by_name:
            known = by_name[(kind, entity.name)]
            known.aliases = sorted(set(known.aliases) | set(entity.aliases))
            mentions += known.mentions
        else:
            by_name[(kind, entity.name)] = entity
        by_name[(kind, entity.name)].mentions = sorted(mentions, key=lambda m: m.start)
    entities = _with_declared_prefixes(_owners_named_by_their_union(list(by_name.values())), text)
    entities = _owners_printed_short(entities, lexicon, declared)
    entities = _headline_events_joined(entities, headline_end, text, lexicon, townships)
    _add_organiser_forms(text, entities)
    return sorted(entities, key=lambda e: e.mentions[0].start)


def _headline_events_joined(entities: list[Entity], headline_end: int, text: str, lexicon: Lexicon,
                            townships: Counter) -> list[Entity]:
    """`东辛房街道干部职工广播操比赛` in a headline and `广播操比赛` in the text: an event only the
    headline names is the one event of the text of the same kind whose name it holds (see
    _shared_event_head)."""
    events = [e for e in entities if e.type == "Event"]
    for headline_event in [e for e in events if all(m.start < headline_end for m in e.mentions)]:
        same_kind = [e for e in events if e is not headline_event and any(m.start >= headline_end for m in e.mentions)
                     and _shared_event_head(headline_event, e, lexicon)]
        if len(same_kind) != 1:
            continue
        body_event = same_kind[0]
        printed = sorted({m.text for m in headline_event.mentions + body_event.mentions})
        joined = _make_entity("Event", printed, text, lexicon, townships)
        joined.mentions = sorted(headline_event.mentions + body_event.mentions, key=lambda m: m.start)
        entities = [joined if e is body_event else e for e in entities if e is not headline_event]
        events = [joined if e is body_event else e for e in events if e is not headline_event]
    return entities


def _shared_event_head(a: Entity, b: Entity, lexicon: Lexicon) -> bool:
    """Do two events end alike in a word naming a kind of event (`羽毛球比赛`, `运动会`), the
    shorter name's characters all in the longer one in order (`职工趣味运动会` in
    `平谷金海湖镇职工乐享趣味运动会`; not `工会财务干部培训班` / `基层工会主席培训班`)?"""
    for x in a.forms:
        for y in b.forms:
            short, full = sorted((_contest_in_full(strip_quotes(x)), _contest_in_full(strip_quotes(y))), key=len)
            shared = _common_suffix(short, full)
            if len(shared) >= 3 and shared.endswith(lexicon.event_suffixes) and _is_subsequence(short, full):
                return True
    return False


def _common_suffix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n:]


def _with_declared_prefixes(entities: list[Entity], text: str) -> list[Entity]:
    """`北京水务投资中心（以下简称“水投中心”）` then `水投中心工会`: the union is
    北京水务投资中心工会, printed in short."""
    declared = {short for short, _ in _declared_pairs(text)}
    full_of = {short: e.name for e in entities if e.type == "Organization"
               for short in declared if short in e.aliases}
    shorts = sorted(full_of, key=len, reverse=True)
    out: dict[str, Entity] = {}
    for entity in entities:
        short = next((s for s in shorts if entity.type == "Organization" and entity.name.startswith(s)
                      and entity.name != s and not entity.name.startswith(full_of[s])), None)  # (the full form itself)
        if short is not None:
            printed = entity.name
            entity = Entity(entity.type, full_of[short] + printed[len(short):],
                            sorted({*entity.aliases, printed}), entity.mentions)
        key = f"{entity.type}:{entity.name}"
        if key in out:  # the full form is printed too: one entity
            known = out[key]
            known.aliases = sorted(set(known.aliases) | set(entity.aliases) - {known.name})
            known.mentions = sorted(known.mentions + entity.mentions, key=lambda m: m.start)
        else:
            out[key] = entity
    return list(out.values())


def _owners_printed_short(entities: list[Entity], lexicon: Lexicon, declared) -> list[Entity]:
    """`北京高枕科技开发有限公司工会主席卫谦表示，高枕科技公司是…`: a short form of the body a
    union's name starts with names that body in full."""
    names = {e.name for e in entities if e.type == "Organization"}
    owners = sorted({e.name[:-len(UNION)] for e in entities if e.type == "Organization" and e.name.endswith(UNION)
                     and not e.name.endswith("总" + UNION) and len(e.name) > len(UNION) + 2} - names)  # (a name, not 院工会)
    for entity in entities:
        if entity.type != "Organization" or entity.name.endswith(UNION) or entity.name in BARE_COMPANY:
            continue
        fits = [o for o in owners if len(o) > len(entity.name) and not _branch_of(o, entity.name)
                and _is_short_form(entity.name, o, "Organization", lexicon, declared)]
        if len(fits) == 1:  # (集团公司 after two groups' unions names neither)
            full = fits[0]
            entity.aliases = sorted({*entity.aliases, entity.name})
            entity.name = full
            owners.remove(full)
    return entities


BRANCH = re.compile(r"分公司|分行|支行|分院|分局|第[一二三四五六七八九十\d]+")


def _branch_of(full: str, short: str) -> bool:
    """`北京公交集团第一客运分公司` is a branch, not what `北京公交公司` names."""
    return BRANCH.search(full) is not None and BRANCH.search(short) is None


def _add_organiser_forms(text: str, entities: list[Entity]) -> None:
    """`水投中心工会|第二届…篮球比赛`: an event printed right after its organiser's name has
    that longer form as an alias."""
    org_at = {m.end: m.start for e in entities if e.type == "Organization" for m in e.mentions}
    for entity in (e for e in entities if e.type == "Event"):
        longer = {text[org_at[m.start]:m.end] for m in entity.mentions if m.start in org_at}
        entity.aliases = sorted(set(entity.aliases) | {f for f in longer if f != entity.name})


BARE_COMPANY = ("集团公司", "总公司", "集团", "公司")  # company heads printed alone for "the company"


def _owners_named_by_their_union(entities: list[Entity]) -> list[Entity]:
    """`集团公司党委常委` after `北京城建集团公司工会`: a bare company head names the company
    whose union the article names."""
    unions = [e.name for e in entities if e.type == "Organization" and e.name.endswith("工会")]
    for entity in entities:
        if entity.type == "Organization" and entity.name in BARE_COMPANY:
            owners = {u[:-len("工会")] for u in unions if u[:-len("工会")].endswith(entity.name)} - {entity.name}
            if len(owners) == 1:  # (two companies' unions named: the text does not say which)
                entity.aliases = sorted({*entity.aliases, entity.name})
                entity.name = owners.pop()
    return entities


def _declared_pairs(text: str) -> set[tuple[str, str]]:
    """(short, text before it) for every `（以下简称“X”）`."""
    return {(m.group(1), text[max(0, m.start() - 40): m.start()]) for m in SHORT_ALIAS.finditer(text)}


def _is_subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(ch in it for ch in short)


def _contest_in_full(name: str) -> str:
    """`…篮球赛` is `…篮球比赛` written short."""
    return name[:-1] + "比赛" if name.endswith("赛") and not name.endswith("比赛") else name


INNER_QUOTE = re.compile(r"“[^“”]+”")


def strip_quotes(name: str) -> str:
    return re.sub(r"[“”\"「」『』]", "", name)


def _is_short_form(short: str, full: str, kind: str, lexicon: Lexicon, declared) -> bool:
    if any(s == short and before.endswith(full) for s, before in declared) or lexicon.abbreviations.get(short) == full:
        return True
    if kind == "Person":
        return False
    if kind == "Event" and (congress := SHORT_CONGRESS.search(short)) and congress.end() == len(short):
        held = FULL_CONGRESS.search(full)  # 北京工会十四大 / 北京市工会第十四次代表大会
        return held is not None and held.group(1) == congress.group(1) and _is_subsequence(short[:congress.start()], full)
    if kind == "Event":  # “X”活动 / X; 企业职工趣味运动会 / 趣味运动会 (the same head, fewer words)
        quoted, bare = QUOTE.match(full), strip_quotes(short)
        if INNER_QUOTE.sub("", full) == short:
            return True  # 2025年“奋进新时代”延庆职工工间操比赛 / 2025年延庆职工工间操比赛: its theme left out
        if quoted is not None:
            if (same := QUOTE.match(short)) is not None:  # “X”公益活动 / “X”大型公益活动
                return same.group(1) == quoted.group(1)
            kind_of = full[quoted.end():]  # “感恩有你”亲子沟通团体活动 / 亲子沟通活动
            return (bare == quoted.group(1) or bare == strip_quotes(full) or _same_kind(bare, kind_of, lexicon)
                    or len(bare) >= 4 and kind_of.endswith(bare))  # “X”自行车骑行活动 / 骑行活动
        return strip_quotes(full).endswith(bare) or strip_quotes(full).endswith(_contest_in_full(bare))
    for abbr, expansion in lexicon.abbreviations.items():
        if short.startswith(abbr) and full.startswith(expansion) and len(short) > len(abbr) \
                and _is_subsequence(short[len(abbr):], full[len(expansion):]):  # (市总工会 is no short 北京市总工会X中心)
            return True
    if kind == "Location":  # 北车营村宅基地平移项目 / 北车营村灾后重建宅基地平移及配套市政工程项目
        if len(short) >= 2 and full in lexicon.places and len(full) == len(short) + 1 and full.startswith(short) \
                and full[-1] in "区县":
            return True  # 通州 / 通州区
        site = next((h for h in lexicon.site_heads if short.endswith(h)), None)
        return site is not None and full.endswith(site) and full[:3] == short[:3] and _is_subsequence(short, full)
    head = next((h for h in lexicon.org_suffixes if short.endswith(h)), None)
    if head is None:  # a brand before its company's registered name: 富智康 / 富智康精密组件（北京）有限公司
        return len(short) >= 2 and full.startswith(short) and full.endswith(LEGAL_FORMS) \
            and len(short) in _word_ends(full)  # not 京东 / 京东方科技有限公司
    if not full.endswith(head) or _skips_a_level(short, full):
        return False
    return _is_subsequence(short, full) and (short[0] == full[0] or full.endswith(short)
                                             or _is_subsequence(short, _without_place(full, lexicon)))




def _skips_a_level(short: str, full: str) -> bool:
    """`丰台区总工会` is not `丰台区卢沟桥街道总工会`: a short form may drop a leading place,
    not a lower unit named inside the full name."""
    chunks, it = [], 0
    for ch in short:
        found = full.find(ch, it)
        if found < 0:
            return False
        if found > it and it > 0:
            chunks.append(full[it:found])
        it = found + 1
    return any(chunk.endswith(LOWER_LEVELS) for chunk in chunks)


LEGAL_FORMS = ("有限公司", "有限责任公司")


def _word_ends(name: str) -> set[int]:
    """The offsets where jieba ends a word of the name."""
    ends, offset = set(), 0
    for word in words(name):
        offset += len(word)
        ends.add(offset)
    return ends


def _same_kind(short: str, kind_of: str, lexicon: Lexicon) -> bool:
    """The unquoted words after a quoted event name, shortened with the same start and head."""
    head = next((h for h in lexicon.event_suffixes if short.endswith(h)), None)
    return (head is not None and len(short) >= len(head) + 3 and kind_of.endswith(head)
            and kind_of[:2] == short[:2] and _is_subsequence(short, kind_of))


def _without_place(name: str, lexicon: Lexicon) -> str:
    for place in lexicon.places_longest_first:
        if name.startswith(place) and len(name) > len(place):
            return name[len(place):]
    return name


TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:%s)" % "|".join(TOWNSHIPS))


def _townships(mentions: list[Mention], lexicon: Lexicon) -> Counter:
    """How often the article names each street or town (`西罗园街道` in `丰台区西罗园街道总工会`)."""
    found = Counter()
    for m in mentions:
        if m.type in ("Organization", "Location") and (match := TOWNSHIP.match(_without_place(m.text, lexicon))):
            found[match.group()] += 1
    return found


EDITION = re.compile(r"第?[\d一二三四五六七八九十百]+届|\d{4}年度?")
# 第30届“五月的鲜花”职工文艺汇演, 2025年首场“春风送法律”普法宣传活动
EDITION_BEFORE_QUOTE = re.compile(rf"(?:{EDITION.pattern}|首[届场期]|第[\d一二三四五六七八九十]+[场期])*")


def _quoted_core(printed: str, quote: re.Match) -> str:
    """The quoted words; a cup keeps its 杯 (“大自然”杯…邀请赛 is 大自然杯)."""
    if printed.startswith("杯", quote.end()):
        return quote.group(1) + "杯"
    return quote.group(1)


def _make_entity(kind: str, printed: list[str], text: str, lexicon: Lexicon, townships: Counter) -> Entity:
    if kind == "Event":
        clean = sorted({strip_quotes(p) for p in printed}, key=lambda p: (len(p), p))
        # the quoted core names the event unless it is only a modifier (“两新”组织…培训)
        quoted = [_quoted_core(p, m) for p in printed
                  if (m := QUOTE.match(p, EDITION_BEFORE_QUOTE.match(p).end())) and len(m.group(1)) > 2]
        name = min(quoted, key=len) if quoted else clean[0]
        aliases = sorted({p for p in printed if strip_quotes(p) != name})
        return Entity(kind, name, aliases)
    printed = sorted(printed, key=lambda p: (-len(p), p))
    name = printed[0]
    if kind == "Organization":
        name = _official_form(name, text, lexicon, townships)
    aliases = sorted(p for p in printed if p != name)
    return Entity(kind, name, aliases)


def _official_form(name: str, text: str, lexicon: Lexicon, townships: Counter) -> str:
    """`市总工会` -> `北京市总工会` (known abbreviation); `区总工会` -> `密云区总工会` in an
    article about 密云区; `街道工委` -> `西罗园街道工委` in an article about 西罗园街道;
    `区工会` beside `海淀区总工会` is that 总工会, said short."""
    if SAID_SHORT.fullmatch(name):
        return name + "工会"  # 北京市总 -> 北京市总工会
    official = _expanded(name, text, lexicon, townships)
    return _general_union(name, official, text, lexicon) or official


SAID_SHORT = re.compile(r".{2,6}[市区县]总")


PLACE_UNION = re.compile(r"(.*?(?:[市区县镇乡]|街道))工会")


def _general_union(name: str, official: str, text: str, lexicon: Lexicon) -> str | None:
    """`区工会`, `北京顺义区马坡镇工会` beside `顺义区马坡镇总工会`: a place's 工会 is its
    总工会, said short, when the text prints that 总工会."""
    place = PLACE_UNION.fullmatch(name)
    if place is None:
        return None
    if place.group(1) + "总工会" in text:
        return official[:-len("工会")] + "总工会"
    places = place.group(1)
    shorter = next((places[i:] for i in range(1, len(places) - 2)  # (two name characters before the level)
                    if _ends_a_place(places[:i], lexicon) and places[i:] + "总工会" in text), None)
    return shorter + "总工会" if shorter else None  # 北京|顺义区马坡镇, but not 东城区东|四街道


def _ends_a_place(prefix: str, lexicon: Lexicon) -> bool:
    return prefix in lexicon.places or prefix.endswith(("省", "市", "区", "县"))


def _expanded(name: str, text: str, lexicon: Lexicon, townships: Counter) -> str:
    level = township_level(name)
    of_level = sorted((n for n in townships if n.endswith(level)), key=lambda n: (-townships[n], n)) if level else []
    if of_level:
        return of_level[0] + name[len(level):]
    for abbr in sorted(lexicon.abbreviations, key=len, reverse=True):
        full = lexicon.abbreviations[abbr]
        own_word = len(name) > len(abbr) and dictionary_tag(name[:len(abbr) + 1]) is not None
        if name.startswith(abbr) and not name.startswith(full) and not own_word:
            if full.startswith(HOME_CITY) and abbr.startswith("市"):  # 市总工会 of another city's article
                full = lexicon.main_city(text) + full[len(HOME_CITY):]
            return full + name[len(abbr):]  # (not 清华大学, printed in full, nor 北大荒, a word of its own)
    if words(name)[0] == "市" or name[0] == "市" and name in lexicon.org_suffixes:
        # 市建筑工会 -> 北京市建筑工会, 市委 -> 北京市委 (not 市直机关工委, 市场监管局: other words)
        return lexicon.main_city(text) + name[1:]
    if name.startswith("省") and (province := lexicon.main_province(text)):
        return province + name[1:]
    if name.startswith("区"):
        district = lexicon.main_district(text)
        if district and district[:-1] + name[1:] in text:
            return district[:-1] + name[1:]  # 区燃气公司工会 beside 顺义燃气公司工会: the form printed
        if district:
            return district + name[1:]
    return name
