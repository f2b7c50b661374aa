"""Entities of one article -> relations, each tied to its evidence sentence.

Every rule reads one sentence as a sequence of items (entity mentions, post titles,
references like `该医院`, separators) and matches a pattern over them:
- holds_role:  [org] post (、|兼 [org] post)* person      `北京市总工会党组书记、副主席潘建新`
- visited:     subject … visit-verb object (、object)*     `潘建新带队赴北京大学肿瘤医院`
- organized:   org … organise-verb … event; org event     `王府井集团工会…开展了“…”征集活动`
- participated_in: subject (、subject)* 等? … take-part-verb [event]
- part_of:     an organisation named as another's part    `北京大学肿瘤医院工会` / `北京大学肿瘤医院`
- located_in:  place place; 在|于 place 举办 event          `青龙湖镇北车营村`
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .aliases import strip_quotes
from .bylines import credit_spans_in
from .lexicon import HOME_CITY, MEMBER_BODY, POST_NOTE, Lexicon
from .mentions import LEADING_TIME, WORKERS_OF
from .model import Article, Entity, Mention, Relation, Sentence
from .segment import UNION, UNION_HEADS, UNION_WORDS, dictionary_tag
from .segment import words as segment_words

SEPARATOR = re.compile(r"^[、兼，,\s]*(?:以及|及|和|与)?[、，,\s]*$")
LIST_GAP = re.compile(r"^[、，,\s]*(?:以及|及|和|与|等)?[、\s]*$")
SHORT_FORM_ASIDE = re.compile(r"[（(](?:以下简称|以下称|下称|简称)[“\"「]?[^（()）]{1,20}?[”\"」]?[）)]")
UNNAMED_ITEM = re.compile(r"^、[^、，,。；;！？]{2,10}、$")
KIND_BEFORE_NAME = re.compile(r"[\u4e00-\u9fff]{2,14}(?:企业|单位)")  # `到镇域外韩资建会先进企业X公司`: what X is
EPITHET = re.compile(r"^(?:、|和|及|与)“[^“”，,。]{1,12}”(?:——|—|：|:)$")
REFERENCE_HEADS = ("街道总工会", "地区总工会", "镇总工会", "乡总工会", "区总工会", "总工会",
                   "医院", "公司", "集团", "学校", "学院", "大学", "街道", "工会", "中心", "单位", "校")
UNION_OWNERS = ("医院", "集团", "公司", "学校", "学院", "大学", "街道")
# one-character owners in a union's short form: 校工会 is the school's, 院工会 the hospital's or college's
SHORT_UNION_OWNERS = {"校": ("大学", "学院", "学校", "中学", "小学", "党校"),
                      "院": ("医院", "学院", "研究院", "设计院", "法院", "检察院", "科学院")}
PLACE_OWNERS = ("街道",)
CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?]")
ACTOR_LINK = re.compile(r"^(?:[、和与及]|以及|联合|携手|会同|共同|、)*$")


@dataclass
class Item:
    kind: str  # "entity" | "post" | "union" (the 工会 of the org before it)
    start: int
    end: int
    entity: Entity | None = None
    text: str = ""


def extract_relations(article: Article, entities: list[Entity], lexicon: Lexicon) -> list[Relation]:
    relations: list[Relation] = []
    for credit in (c for c in article.credits if c.role):  # a credit with no printed role names a person only
        relations.append(Relation("byline", {"person": credit.person}, credit.role, _credit_sentence(article, credit.person)))
    main_event = _main_event(article, entities)
    text = article.text
    headline_actor = _headline_actor(article, entities)
    previous = headline_actor  # acts where a sentence names no actor
    visitors: list[Entity] = []  # who made the latest visit: a visiting party stands for them
    mentions = _mentions_by_sentence(article, entities)
    roles: list[Relation] = []  # the posts named so far: a person met again acts for the same body
    for sentence in article.sentences:
        items = _items(article, sentence, entities, lexicon, mentions.get(sentence.index, []), main_event)
        sentence_roles = _holds_role(items, article, sentence, entities, lexicon)
        roles += sentence_roles
        relations += sentence_roles
        visits = _visited(text, items, sentence, roles, entities, lexicon, previous, visitors)
        if sentence.start < article.headline_end:  # `…赴门头沟开展慰问`: a summary; the body names the places
            visits = [v for v in visits if not _names_admin_area(v.args["object"], entities, lexicon)]
        visitors = _subjects_of(visits, entities) or visitors
        relations += visits + _campaigns_brought(sentence, items, visits, entities, lexicon)
        relations += _visits_everywhere(text, items, sentence, relations)
        relations += _visited_at_scene(text, items, sentence, visitors, roles, lexicon)
        relations += _received(text, items, sentence, lexicon)
        relations += _organized(text, items, sentence, lexicon, previous, main_event)
        relations += _participated(text, items, sentence, lexicon, main_event, roles, entities)
        relations += _located_in(text, items, sentence, lexicon)
        if sentence.start >= article.headline_end:  # (`顺义举办…`: a headline's place stands for its union)
            relations += _events_a_place_holds(text, items, sentence, lexicon)
        if sentence.text.endswith(("；", ";")):  # the clauses after a semicolon share its actor
            actors = _actor_list(text, items, sentence, sentence.end, lexicon)
            previous = [actors[0].entity] if actors else previous
        elif "\n" in text[sentence.end:sentence.end + 2]:
            previous = headline_actor  # a new paragraph
        else:  # `丰台园工会将…相结合。线下…，并组织开展了X`: the paragraph's body acts on
            opening = _opening_body(text, items, sentence, lexicon)
            previous = [opening] if opening is not None else headline_actor
    relations += _part_of(article, entities)
    relations += _sites_in_named_places(article, entities, lexicon)
    relations = _without_home_city_as_location(relations)
    return _without_games_as_own_events(_without_organisers_as_participants(_unique(relations)), lexicon)


def _without_home_city_as_location(relations: list[Relation]) -> list[Relation]:
    """`北京朝阳`, `北京市海淀区`: everything the paper reports lies in its own city; saying so is
    no fact the article states (no annotator records it)."""
    return [r for r in relations if not (r.type == "located_in" and r.args["location"] in (HOME_CITY, HOME_CITY[:-1]))]


def _without_games_as_own_events(relations: list[Relation], lexicon: Lexicon) -> list[Relation]:
    """The games an article is set in (`北京冬奥会期间`) are no body's event to organise or join."""
    return [r for r in relations if not (r.type in ("organized", "participated_in") and r.args["event"] in lexicon.games)]


OPENING_GAP = re.compile(r"(?:[^，,。；;“”]{0,6}[，,])?")  # `多年来，`, `近日，`
# a body described, not acting, right after it: `X的职工`, `X承建的项目`, `X是…`, `X对此…`
DESCRIBED_SUBJECT = re.compile(r"(?:、[^，,。；;、]{2,10})*[^，,。；;]{0,5}?(?:的|是|对此)")


def _opening_body(text: str, items: list[Item], sentence: Sentence, lexicon: Lexicon) -> Entity | None:
    """The body a sentence opens with as the subject of its act (`多年来，丰台园工会将…`); not
    a body described (`X的职工`, `X是…`) or a visiting party (`X一行`), which the visits follow."""
    first = next((i for i in items if i.start >= sentence.start and i.kind == "entity"), None)
    if first is None or not _kind(first, "Organization") or not OPENING_GAP.fullmatch(text, sentence.start, first.start):
        return None
    described = DESCRIBED_SUBJECT.match(text, first.end) or text.startswith(lexicon.visiting_groups, first.end)
    return None if described else first.entity


def _headline_actor(article: Article, entities: list[Entity]) -> list[Entity]:
    first = min(((m.start, e) for e in entities if e.type == "Organization" for m in e.mentions
                 if m.start < article.headline_end), key=lambda pair: pair[0], default=None)
    return [first[1]] if first else []


def _without_organisers_as_participants(relations: list[Relation]) -> list[Relation]:
    """The organisers of an event, their officers and their parts or wholes do not also
    take part in it (GUIDELINES: officers of the organising body get no participated_in).
    An officer of a body's part counts too: the 主席 of the 住建委's union, when the 住建委 organised."""
    organisers = {(r.args["org"], r.args["event"]) for r in relations if r.type == "organized"}
    related: dict[str, set[str]] = {}
    wholes: dict[str, set[str]] = {}
    for r in relations:
        if r.type == "holds_role":
            related.setdefault(r.args["person"], set()).add(r.args["org"])
        elif r.type == "part_of":
            related.setdefault(r.args["part"], set()).add(r.args["whole"])
            related.setdefault(r.args["whole"], set()).add(r.args["part"])
            if r.args["part"].startswith(r.args["whole"]):  # X工会 of X, not a member union of X
                wholes.setdefault(r.args["part"], set()).add(r.args["whole"])

    def organises(subject: str, event: str) -> bool:
        near = {subject} | related.get(subject, set())
        return any((name, event) in organisers for name in near.union(*(wholes.get(n, set()) for n in near)))

    return [r for r in relations
            if not (r.type == "participated_in" and organises(r.args["subject"], r.args["event"]))]


def _credit_sentence(article: Article, person: str) -> int:
    for s in article.sentences:
        if person in s.text:
            return s.index
    return 0


def _unique(relations: list[Relation]) -> list[Relation]:
    seen, out = set(), []
    for r in relations:
        if r.key() not in seen and len(set(r.args.values())) == len(r.args):
            seen.add(r.key())
            out.append(r)
    return out


# ---- reading a sentence as items ----------------------------------------------------

def _mentions_by_sentence(article: Article, entities: list[Entity]) -> dict[int, list[Item]]:
    """Each sentence's entity mentions, the byline's reporters left out (they are not actors
    of the story); computed once per article."""
    credit_spans = credit_spans_in(article.text)
    starts = [s.start for s in article.sentences]
    by_sentence: dict[int, list[Item]] = {}
    for entity in entities:
        for m in entity.mentions:
            if any(a <= m.start < b for a, b in credit_spans):
                continue
            sentence = article.sentences[bisect_right(starts, m.start) - 1] if starts else None
            if sentence is not None and m.end <= sentence.end:
                by_sentence.setdefault(sentence.index, []).append(Item("entity", m.start, m.end, entity, m.text))
    return by_sentence


def _items(article: Article, sentence: Sentence, entities: list[Entity], lexicon: Lexicon,
           mentions: list[Item], main_event: Entity | None = None) -> list[Item]:
    items: list[Item] = list(mentions)
    taken: set[int] = {i for item in mentions for i in range(item.start, item.end)}
    text = article.text
    post_at = lexicon.post_pattern
    pos = sentence.start
    while pos < sentence.end:  # posts, scanned at every free position (they may follow an org)
        match = None if pos in taken else post_at.match(text, pos, sentence.end)
        if match is None or text.startswith(MEMBER_BODY, match.end()):
            pos += 1  # (理事单位, 会长单位: a member body of an association, no post)
            continue
        if text.startswith(UNION, pos - len(UNION)) and pos - 1 not in taken:
            items.append(Item("union", pos - len(UNION), pos))
        items.append(Item("post", pos, match.end(), text=match.group()))
        pos = match.end()
    items += _references(text, sentence, entities, taken, post_at.pattern)
    items += _committee_departments(text, sentence, entities, taken, lexicon)
    items += _event_references(text, sentence, taken, main_event, lexicon)
    items.sort(key=lambda i: (i.start, -i.end))
    out, last_end = [], -1
    for item in items:
        if item.start >= last_end:
            out.append(item)
            last_end = item.end
    return out


def _references(text: str, sentence: Sentence, entities: list[Entity], taken: set[int], posts: str) -> list[Item]:
    """`该医院`, `该街道总工会` anywhere; a bare head before a post (`集团党委书记`); a
    generic union (`医院工会`, `集团工会`) standing for the union of the body named before."""
    heads = "|".join(REFERENCE_HEADS)
    patterns = [  # longest first: 该医院工会 is the union, not the hospital
        (f"(?:(?<![\u4e00-\u9fff])|(?<=该))(?:该)?({'|'.join(UNION_OWNERS)})(?:总)?{UNION}", True),
        (f"(?:(?<![\u4e00-\u9fff])|(?<=[由和与及该合同]))({'|'.join(SHORT_UNION_OWNERS)}){UNION}", True),
        (f"该({heads})", False),
        (f"(?<![\u4e00-\u9fff])({heads})(?={posts})", False),
    ]
    items = []
    for pattern, union in patterns:
        for match in re.finditer(pattern, text[sentence.start:sentence.end]):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if taken & set(range(start, end)) or match.group(1) == UNION and not match.group(0).startswith("该"):
                continue
            if union:
                entity = _resolve_union(match.group(1), start, entities, match.group(0).removeprefix("该"), end)
            else:
                entity = _resolve_reference(match.group(1), start, entities)
            if entity is not None:
                items.append(Item("entity", start, end, entity, match.group(0)))
                taken.update(range(start, end))
    return items


def _committee_departments(text: str, sentence: Sentence, entities: list[Entity], taken: set[int],
                           lexicon: Lexicon) -> list[Item]:
    """`房山区委副书记、政法委书记`, `X集团工会副主席、女工委员会主任`: a department printed bare
    after its owner's post is the owner's department (房山区委政法委, X集团工会女工委员会),
    added to the article's entities."""
    posts = lexicon.post_pattern.pattern
    items = []
    owners = ((lexicon.committee_departments, PARTY_COMMITTEE), (lexicon.union_committees, OF_UNION))
    for departments, owner_name in owners:
        heads = "|".join(departments)
        for match in re.finditer(f"(?<=、)({heads})(?={posts})", text[sentence.start:sentence.end]):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            owner = _latest(entities, start, lambda f: owner_name.search(f) and not f.endswith(match.group()))
            if owner is None or taken & set(range(start, end)):
                continue
            named_at = max(m.end for m in owner.mentions if m.end <= start)
            if re.search(r"[。；;！？]", text[named_at:start]):
                continue  # the owner must be named in the same sentence
            department = _sub_body(owner, match.group(), match.group(), start, end, entities)
            items.append(Item("entity", start, end, department, match.group()))
            taken.update(range(start, end))
    return items


def _sub_body(owner: Entity, suffix: str, printed: str, start: int, end: int, entities: list[Entity]) -> Entity:
    """The body `owner` + `suffix` (房山区委政法委, 建科集团工会), found among the entities or
    added to them, printed here as `printed` (政法委, 集团工会)."""
    return _body_named(owner.name + suffix, printed, start, end, entities)


def _body_named(name: str, printed: str, start: int, end: int, entities: list[Entity]) -> Entity:
    """The organisation `name`, found among the entities or added to them, printed here as
    `printed`; a bare `工会` is a reference, not an alias."""
    found = next((e for e in entities if e.type == "Organization" and name in e.forms), None)
    if found is None:
        found = Entity("Organization", name, [], [])
        entities.append(found)
    found.mentions.append(Mention("Organization", printed, start, end))
    if printed not in found.forms and printed not in UNION_WORDS:
        found.aliases = sorted({*found.aliases, printed})
    return found


THIS = ("本届", "本次", "此次", "这次", "该项", "该")


def _event_references(text: str, sentence: Sentence, taken: set[int], main_event: Entity | None,
                      lexicon: Lexicon) -> list[Item]:
    """`本届联赛`, `此次活动`: the event the article is about."""
    if main_event is None:
        return []
    heads = lexicon.event_head_pattern
    pattern = f"(?:{'|'.join(THIS)})(?:{heads})"
    return [Item("entity", sentence.start + m.start(), sentence.start + m.end(), main_event, m.group())
            for m in re.finditer(pattern, sentence.text)
            if not taken & set(range(sentence.start + m.start(), sentence.start + m.end()))]


def _latest(entities: list[Entity], offset: int, accept) -> Entity | None:
    """The organisation mentioned last before `offset` with a printed form that `accept`s."""
    best, best_pos = None, -1
    for entity in entities:
        if entity.type != "Organization":
            continue
        for m in entity.mentions:
            if m.end <= offset and m.start > best_pos and any(accept(f) for f in entity.forms):
                best, best_pos = entity, m.start
    return best


def _resolve_reference(head: str, offset: int, entities: list[Entity]) -> Entity | None:
    """`该医院` -> the latest organisation before `offset` whose name ends in 医院; where only
    its union is named (`北京大学肿瘤医院工会`), the body of that union, which is added to
    the article's entities."""
    found = _latest(entities, offset, lambda f: _without_legal_form(f).endswith(head))
    if found is not None or head in (UNION, *PLACE_OWNERS):
        return found  # a street is a place: its union does not make it an organisation
    union = _latest(entities, offset, lambda f: f.endswith(head + UNION) and not f.endswith("总" + UNION))
    return _owner_of_union(union, entities) if union is not None else None


LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")


def _without_legal_form(name: str) -> str:
    """`北京发行集团有限责任公司` -> `北京发行集团`, which `集团` can refer to."""
    for form in LEGAL_FORMS:
        if name.endswith(form) and len(name) > len(form) + 1:
            return name[: -len(form)]
    return name


def _resolve_union(owner_head: str, offset: int, entities: list[Entity], printed: str, end: int) -> Entity | None:
    """`医院工会`, `该街道总工会` -> the union of the hospital (street) named before; when
    only the body was named (`建科集团党委副书记、集团工会主席`), its union is added to the
    article's entities with the printed form as an alias."""
    heads = SHORT_UNION_OWNERS.get(owner_head, (owner_head,))
    if owner_head in SHORT_UNION_OWNERS:  # 院工会: the union of the body last named, when it is a 院
        last = _latest(entities, offset, lambda f: True)
        if last is None or not any(f.endswith(heads) or f.endswith(tuple(h + UNION for h in heads)) for f in last.forms):
            return None
        return last if _owned_union(last) else _union_of(last, entities) or _sub_body(last, UNION, printed, end - len(printed), end, entities)
    found = _latest(entities, offset, lambda f: f.endswith(tuple(h + t for h in heads for t in (UNION, "总" + UNION))))
    if found is not None:
        return found
    owner = _latest(entities, offset, lambda f: f.endswith(heads) or _without_legal_form(f).endswith(heads))
    if owner is None:
        return None
    return _union_of(owner, entities) or _sub_body(owner, UNION, printed, end - len(printed), end, entities)


def _owned_union(entity: Entity) -> bool:
    """A company's or a hospital's union (X工会), not a 总工会 or a union federation, whose
    owner X the name gives."""
    return entity.name.endswith(UNION) and not entity.name.endswith("总" + UNION) and len(entity.name) > len(UNION)


def _owner_of_union(union: Entity, entities: list[Entity]) -> Entity:
    names = {f[: -len(UNION)] for f in union.forms if f.endswith(UNION) and not f.endswith("总" + UNION)}
    name = max(sorted(names), key=len)
    for entity in entities:
        if entity.type == "Organization" and names & entity.forms:
            return entity
    owner = Entity("Organization", name, sorted(names - {name}))
    entities.append(owner)
    return owner


def _gap(text: str, a: Item, b: Item) -> str:
    return text[a.end:b.start]


def _kind(item: Item, *types: str) -> bool:
    return item.kind == "entity" and item.entity is not None and item.entity.type in types


# ---- holds_role ---------------------------------------------------------------------

def _holds_role(items: list[Item], article: Article, sentence: Sentence, entities: list[Entity],
                lexicon: Lexicon) -> list[Relation]:
    """Each person right after a title chain holds its posts, honours between them aside
    (`工作室领衔人、全国劳动模范刘美莲`); so do the names listed after that person (`副主席李慧哲、姚竞宏`). A chain that names no body continues the body of
    the chain before it in the sentence (`集团党委书记、董事长李湛军，党委副书记、总经理龙晓雯`)."""
    text = article.text
    relations = []
    body_before: Entity | None = None  # the body of the previous chain, while titles go on
    union_before: Entity | None = None  # the union of the previous chain's last post
    last_end = sentence.start
    for i, item in enumerate(items):
        if not _kind(item, "Person") or i == 0 or items[i - 1].kind != "post" \
                or not _honours_only(text[items[i - 1].end:item.start], lexicon):
            continue
        chain = _title_chain(text, items, i, lexicon)
        if not re.fullmatch(r"[，,、]?", text[last_end:chain[0].start]):
            body_before = None  # only a chain that follows right after `X，` continues X's body
        if body_before is not None and not _fits(chain, body_before, lexicon):
            body_before = None  # `镇人大主席甲、副镇长乙`: a deputy mayor is no officer of the congress
        default = union_before if union_before is not None and body_before is not None \
            and all(link.text.endswith("主席") for link in chain if link.kind == "post") else body_before
        default = _short_body_before(text, chain[0], entities) or default
        posts = _posts_of(chain, entities, default, lexicon) \
            or _posts_of_body_named_before(chain, sentence, entities, lexicon)
        if posts:  # the body the titles are about, not the union inside it (工会主席)
            body_before = next((org for org, _ in posts if not org.name.endswith(UNION)), posts[0][0])
            # (but `…工会主席甲，副主席乙`: the union's chair, then its vice-chair)
            union_before = posts[-1][0] if posts[-1][0].name.endswith(UNION) else None
        last_end = item.end
        for person in _name_list(text, items, i):
            for org, post in posts:
                relations.append(Relation("holds_role", {"person": person.name, "org": org.name}, post,
                                          sentence.index))
    return relations + _elected(items, text, sentence, entities, lexicon) + _posts_after_names(items, sentence)


REFERRING_CHARS = "该本我"  # 该院, 本校, 我院


def _short_body_before(text: str, first: Item, entities: list[Entity]) -> Entity | None:
    """`院党委书记甲`, `校党委副书记、副校长乙`: 院 (校) standing alone before a post is the
    hospital, institute (school) the article is about: the first of that kind it names, or
    the owner of such a union (`北京工业大学工会组织…到北京市第八中学…。校党委副书记甲`)."""
    short = text[first.start - 1:first.start] if first.kind == "post" and first.start else ""
    before = text[first.start - 2:first.start - 1] if first.start > 1 else ""
    if short not in SHORT_UNION_OWNERS or re.fullmatch(r"[\u4e00-\u9fff]", before) and before not in REFERRING_CHARS:
        return None
    heads = SHORT_UNION_OWNERS[short]
    named = [(m.start, e) for e in entities if e.type == "Organization" for m in e.mentions if m.end <= first.start
             and any(f.endswith(heads) or f.endswith(tuple(h + UNION for h in heads)) for f in e.forms)]
    if not named:
        return None
    body = min(named, key=lambda pair: pair[0])[1]
    return _owner_of_union(body, entities) if body.name.endswith(UNION) else body


def _posts_after_names(items: list[Item], sentence: Sentence) -> list[Relation]:
    """`北京邮政工会薛筠副主席表示`: a body, a name and a post printed in that order."""
    relations = []
    for body, person, post in zip(items, items[1:], items[2:]):
        if _kind(body, "Organization") and _kind(person, "Person") and post.kind == "post" \
                and body.end == person.start and person.end == post.start:
            relations.append(Relation("holds_role", {"person": person.entity.name, "org": body.entity.name},
                                      post.text, sentence.index))
    return relations


def _fits(chain: list[Item], body: Entity, lexicon: Lexicon) -> bool:
    """Can the posts of a chain that names no body be posts of `body`? The head of a kind
    of body (局长, 镇长) needs a body of that kind."""
    for link in chain:  # (主任 and the like head many kinds of body: 常委会主任, 中心主任)
        heads = next((h for ending, h in lexicon.post_bodies.items() if link.text.endswith(ending)), None) \
            if link.kind == "post" and link.text.endswith("长") else None
        if heads and not body.name.endswith(heads):
            return False
    return True


def _posts_of_body_named_before(chain: list[Item], sentence: Sentence, entities: list[Entity],
                                lexicon: Lexicon) -> list[tuple[Entity, str]]:
    """A title that names no body refers to one just named: `工会副主席X` and `副主席X` to the
    union named last in the article, `部长X` to the department (`…生产生活部`) named before it in the sentence."""
    kinds = [link.kind for link in chain]
    if kinds not in (["post"], ["union", "post"]):
        return []
    start = chain[0].start
    if sentence.text[:start - sentence.start].endswith("的") \
            and any(e.type == "Organization" and m.end == start - 1 for e in entities for m in e.mentions):
        return []  # `某卫生院的工会主席X`: the body is the one before 的, not the union named last
    post = chain[-1].text
    if kinds[0] == "union":
        heads, since = UNION_HEADS, 0
    else:
        heads = next((h for ending, h in lexicon.post_bodies.items() if post.endswith(ending)), None)
        # a union's officer may be named sentences after it (`雁栖镇总工会…。副主席李红带队`)
        since = 0 if heads and all(UNION in h for h in heads) else sentence.start
    if heads is None:
        return []
    before = [(m.end, e) for e in entities if e.type == "Organization" and e.name.endswith(heads)
              for m in e.mentions if since <= m.end <= start]
    if not before:
        return []
    named_at, body = max(before, key=lambda b: b[0])
    if since == 0 and kinds[0] != "union" and any(named_at <= m.start < start for e in entities
                                                  if e.type == "Organization" and e is not body for m in e.mentions):
        return []  # `区总工会…。区政协召开会议，副主席甲`: a nearer body may be the one meant
    return [(body, post)]


ELECTED = re.compile(r"(?:当选为|当选|担任|出任|被任命为|被选举为|任)")


def _elected(items: list[Item], text: str, sentence: Sentence, entities: list[Entity],
             lexicon: Lexicon) -> list[Relation]:
    """`刘伟当选为北京市总工会主席`, `会议选举刘伟为…主席`: a post named after the person."""
    relations = []
    for i, item in enumerate(items):
        verb = ELECTED.match(text, item.end) if _kind(item, "Person") else None
        if verb is None and _kind(item, "Person") and ELECTED_BY.search(text, max(0, item.start - 2), item.start):
            verb = ELECTED_AS.match(text, item.end)
        if verb is None:
            continue
        chain, last_end = [], verb.end()
        for link in items[i + 1:]:
            if not (link.kind in ("post", "union") or _kind(link, "Organization")) \
                    or text[last_end:link.start] and not (chain and SEPARATOR.match(text[last_end:link.start])):
                break
            chain.append(link)
            last_end = link.end
        if chain and chain[-1].kind == "post" and (CLAUSE_BREAK.match(text, last_end) or last_end == sentence.end):
            relations += [Relation("holds_role", {"person": item.entity.name, "org": org.name}, post, sentence.index)
                          for org, post in _posts_of(chain, entities, None, lexicon)]
    return relations


ELECTED_BY = re.compile(r"(?:选举|推选|任命|增补)$")  # 会议选举X|为…主席
ELECTED_AS = re.compile("为")
HONOUR_SCOPE = re.compile(r"、(?:全国|首都|北京市|[省市区县]级)?")


def _honours_only(gap: str, lexicon: Lexicon) -> bool:
    """Nothing, a note on the post (`副团长(挂职)`), or only an honour after 、 (`、全国劳动模范`)
    stands between a post and a name."""
    if not gap or POST_NOTE.fullmatch(gap):
        return True
    scope = HONOUR_SCOPE.match(gap)
    return scope is not None and gap[scope.end():] in lexicon.person_titles


SECTOR = re.compile(r"[\u4e00-\u9fff]{1,4}界别?")


PAUSE = re.compile("[，,]")  # `A公司总经理，高级工程师甲`: a grade after a pause opens a chain of its own


def _title_chain(text: str, items: list[Item], person_index: int, lexicon: Lexicon) -> list[Item]:
    """The items before a person that make its title: (org|union)? post (sep (org|union)? post)*."""
    chain: list[Item] = []
    j = person_index - 1
    while j >= 0:
        cur, nxt = items[j], items[j + 1]
        if not (cur.kind in ("post", "union") or _kind(cur, "Organization")):
            break
        gap = text[cur.end:nxt.start] if j + 1 < person_index else ""  # honours before the name: checked
        sector = _kind(cur, "Organization") and nxt.kind == "post" and SECTOR.fullmatch(gap)
        if gap and not sector and (not SEPARATOR.match(gap) or cur.kind != "post"
                                   or PAUSE.search(gap) and nxt.text in lexicon.qualification_titles
                                   and not _roll_entry(text, items, cur, person_index)):
            break  # separators stand between posts; an organisation stands right before its post
            # (or before a sector of it: 区政协工会界别召集人)
        chain.insert(0, cur)
        j -= 1
    return chain


def _roll_entry(text: str, items: list[Item], item: Item, person_index: int) -> bool:
    """Is `item` in the same entry of a roll as the person (`…；A公司党委书记、执行董事，高级政工师甲；…`):
    a semicolon or colon before it, no person between, and a semicolon or the end after the person?"""
    person = items[person_index]
    opening = max(text.rfind("；", 0, item.start), text.rfind("：", 0, item.start), text.rfind("。", 0, item.start))
    if opening < 0 or text[opening] == "。" or any(_kind(i, "Person") for i in items[:person_index] if i.start > opening):
        return False
    return re.match(r"[；。]|$", text[person.end:]) is not None or text.startswith(("等", "荣获", "获"), person.end)


def _posts_of(chain: list[Item], entities: list[Entity], default_org: Entity | None,
              lexicon: Lexicon) -> list[tuple[Entity, str]]:
    """(organisation, post) for every post of a chain; 工会主席 is 主席 of the body's union
    (of the township's or company's, after its party committee: `X镇党委副书记、总工会主席`),
    and a company post after a union's is the company's (`X工会主席、副总经理`)."""
    posts = []
    org, union_at = default_org, None
    for link in chain:
        if _kind(link, "Organization"):
            bare_union = link.text in UNION_WORDS and org is not None and _committee_owner(org) is not None
            org, union_at = (org, link) if bare_union else (_department_of(org, link, entities, lexicon), None)
        elif link.kind == "union":
            union_at = link
        elif link.kind == "post":
            target = _union_named_in_chain(org, union_at, entities) if union_at is not None else org
            union_at = None
            if target is not None and link.text in lexicon.company_posts and _owned_union(target):
                target = _owner_of_union(target, entities)  # X工会主席、副总经理: the post is X's
            if target is not None and link.text in HEAD_OF_GOVERNMENT_POSTS and target.name.endswith("委"):
                continue  # 市委副书记、市长: the mayor heads the government, which the text does not name
            if target is not None:
                posts.append((target, link.text))
    return posts


HEAD_OF_GOVERNMENT_POSTS = {"市长", "副市长", "区长", "副区长", "县长", "副县长", "镇长", "副镇长", "乡长", "副乡长"}


def _department_of(committee: Entity | None, link: Item, entities: list[Entity], lexicon: Lexicon) -> Entity:
    """`房山区委常委、组织部部长`: a department found as a bare name (组织部) after a party
    committee's post is that committee's (房山区委组织部). The committee's department takes
    this mention from the bare entity, which leaves the entities when it has none left.
    (`_committee_departments` adds the departments no mention was found for.)"""
    bare = link.entity
    if committee is None or not PARTY_COMMITTEE.search(committee.name) or bare.name not in lexicon.committee_departments:
        return bare
    department = _body_named(committee.name + bare.name, link.text, link.start, link.end, entities)
    bare.mentions = [m for m in bare.mentions if m.start != link.start]
    if not bare.mentions and bare in entities:
        entities.remove(bare)
    return department


PARTY_BODIES = ("党工委", "党委", "党总支", "党支部", "党组")
PARTY_COMMITTEE = re.compile("(?:党|党工|[省市区县])委$")  # (not 团委, a youth league's)
OF_UNION = re.compile(UNION + "$")
TOWNSHIP_UNION_OWNERS = ("街道", "镇", "乡", "地区")  # a township's union is its 总工会, as a district's is
DISTRICT_UNION_OWNERS = ("区", "县", "市")
DISTRICT_BEFORE_TOWNSHIP = re.compile(r"^[\u4e00-\u9fff]{1,3}[区县](?=[\u4e00-\u9fff]{2,6}$)")


def _committee_owner(org: Entity) -> str | None:
    """`马坡镇党委` -> 马坡镇, `朝阳区委` -> 朝阳区: the township, company or district a
    party committee belongs to."""
    if re.search("[区县市]委$", org.name) and len(org.name) > 2:
        return org.name[:-1]
    suffix = next((s for s in PARTY_BODIES if org.name.endswith(s)), None)
    return org.name[: -len(suffix)] if suffix and len(org.name) > len(suffix) + 1 else None


def _union_named_in_chain(org: Entity | None, printed: Item, entities: list[Entity]) -> Entity | None:
    """The union a chain's `工会`/`总工会` stands for: the union of the body before it; after a
    party committee, the union of its township (`…街道总工会`) or company (`…公司工会`),
    added to the article's entities when it was not named."""
    if org is None:
        return None
    found = _union_of(org, entities)
    if found is not None:
        return found
    owner = _committee_owner(org) or org.name
    if owner.endswith(TOWNSHIP_UNION_OWNERS):  # 顺义区马坡镇党委 -> 马坡镇总工会, as the text names it
        union = DISTRICT_BEFORE_TOWNSHIP.sub("", owner) + "总" + UNION
    elif owner.endswith(DISTRICT_UNION_OWNERS) and owner != org.name:  # 朝阳区委 -> 朝阳区总工会
        union = owner + "总" + UNION
    else:
        union = owner + UNION
    return _body_named(union, printed.text or UNION, printed.start, printed.end, entities)


def _name_list(text: str, items: list[Item], person_index: int) -> list[Entity]:
    """The person at `person_index` and the persons listed right after it with 、/和."""
    persons = [items[person_index].entity]
    last = items[person_index]
    for item in items[person_index + 1:]:
        if not _kind(item, "Person") or not re.fullmatch(r"[、和与及]", text[last.end:item.start]):
            break
        persons.append(item.entity)
        last = item
    return persons


def _union_of(org: Entity | None, entities: list[Entity]) -> Entity | None:
    if org is None:
        return None
    if org.name.endswith(UNION_HEADS):
        return org  # a union's 工会主席 chairs that union
    for entity in entities:
        if entity.type == "Organization" and any(f + UNION in entity.forms for f in org.forms):
            return entity
    return None


# ---- visited, organized, participated_in -----------------------------------------------

def _verb_positions(sentence: Sentence, verbs: tuple[str, ...]) -> list[tuple[int, int]]:
    """Article offsets of the verbs in a sentence. A verb before 的 is a noun (`工会组织的关怀`)
    unless a 由 before it makes it passive (`由A主办的比赛`)."""
    pattern = "|".join(map(re.escape, verbs))
    return [(sentence.start + m.start(), sentence.start + m.end()) for m in re.finditer(pattern, sentence.text)
            if not sentence.text.startswith("的", m.end()) or "由" in sentence.text[:m.start()]]


def _inside(pos: int, items: list[Item]) -> bool:
    return any(i.start <= pos < i.end for i in items if i.kind == "entity")


def _listed_after(text: str, items: list[Item], pos: int, types: tuple[str, ...], max_gap: int = 8) -> list[Item]:
    """Entities listed right after `pos`: `赴A、B和C`; `A的B、C` lists B and C (A is where they are)."""
    out: list[Item] = []
    last_end = pos
    for item in items:
        if item.start < pos:
            continue
        aside = SHORT_FORM_ASIDE.match(text, last_end) if out else None
        if aside and item.start < aside.end():
            last_end = aside.end()  # `A公司（以下简称“A”）、B公司`: the short form is no item of its own
            continue
        gap = text[last_end:item.start]
        if out and re.search(r"[，,]", gap) and SHORT_FORM_ASIDE.search(text, out[-1].end, last_end + 1):
            break  # `来到A公司（以下简称“A”），与B公司签署…`: the list ended with the aside
        if out and gap == "的":
            out = []  # `北京城市副中心的北京艺术中心`: the place before 的 only locates the list
        elif out and (UNNAMED_ITEM.match(gap) or EPITHET.match(gap)):
            pass  # `A、某先锋号、B`, `A、“奥运通道”——B`: the list goes on over words that name nothing we know
        elif _too_far(gap, max_gap if not out else 4, first=not out) or re.search(r"[。；;！？]", gap) \
                or (out and not LIST_GAP.match(gap)) or (not out and re.search(r"[，,]", gap)):
            break
        following = next((i for i in items if i.start >= item.end), None)
        if out and re.search(r"[，,]", gap) and following is not None and following.kind == "post" \
                and following.start == item.end:
            break  # `调研了A，B党支部书记甲介绍`: after the pause, B names the post of who speaks
        if _kind(item, *types):
            if out and gap == "" and _kind(out[-1], "Location"):
                out[-1] = item  # 青龙湖镇北车营村: the inner place is the one visited
            else:
                out.append(item)
            last_end = item.end
        elif _kind(item, "Event") and "Event" not in types and re.match(r"、|和|及", text[item.end:item.end + 1]):
            last_end = item.end  # `参观了A摄影展、B中心`: an event listed among the places (skipped)
        elif item.kind == "entity":
            break
    return out


def _too_far(gap: str, limit: int, first: bool) -> bool:
    """Is the text before a listed name too long to be a list's link? Before the first
    name a kind of unit may stand (`到镇域外韩资建会先进企业X公司`)."""
    return len(gap) > limit and not (first and KIND_BEFORE_NAME.fullmatch(gap))


# 在X的协助下: X helps; 按照X要求: X asks; neither acts
HELPER_PHRASE = re.compile(r"在[^，,。；;]{2,30}?(?:的)?(?:协助|帮助|支持|配合|指导)下"
                           r"|(?:按照|根据|依照|遵照)[^，,。；;]{2,30}?(?:的)?(?:要求|部署|安排|通知)")


def _actor_list(text: str, items: list[Item], sentence: Sentence, pos: int, lexicon: Lexicon) -> list[Item]:
    """Who acts at `pos`: the list after a `由` before the verb (`由A、B主办`), else the
    organisations and people leading the sentence, joined by 、/和/与/联合 (`A与B共同举办`)."""
    helping = [m.span() for m in HELPER_PHRASE.finditer(text, sentence.start, pos)]
    origins = {id(i) for m in re.finditer("来自", text[sentence.start:pos])  # 来自A、B的代表队: A and B send, not act
               for i in _listed_after(text, items, sentence.start + m.end(), ("Organization", "Location"), max_gap=1)}
    before = [i for i in items
              if i.end <= pos and _kind(i, "Organization", "Person") and not _visited_object(text, i, lexicon)
              and not any(a <= i.start < b for a, b in helping) and id(i) not in origins
              and not text.endswith(lexicon.governing_words, sentence.start, i.start)  # 围绕X: X does not act
              and not _hosting_venue(text, i, lexicon)
              and not _workers_named_after(text, i)
              and not (PARTNER_OPENING_CLAUSE.search(text, max(sentence.start, i.start - 8), i.start)
                       and not JOINTLY.match(text, i.end))]
    pauses = [m.end() for m in re.finditer("[，,；;]", text[sentence.start:pos])]
    for clause in reversed(pauses):  # the nearest clause that names an actor (`作为A…之一，B联合C，来到D`)
        if any(i.start >= sentence.start + clause for i in before):
            before = [i for i in before if i.start >= sentence.start + clause]
            break
    by = text.rfind("由", sentence.start, pos)
    if by >= 0:
        after_by = [i for i in before if i.start > by]
        if after_by and not CLAUSE_BREAK.search(text[by:after_by[0].start]):
            before = after_by
    if not before:
        return []
    actors = [before[0]]
    for item in before[1:]:
        if not ACTOR_LINK.match(text[actors[-1].end:item.start].strip()):
            break
        actors.append(item)
    partner = PARTNER_OPENING_CLAUSE.search(text, max(sentence.start, actors[0].start - 8), actors[0].start)
    if partner is not None:  # A加强筹划，与B共同深入C: A, whose clause came before, goes with B
        return _actor_list(text, items, sentence, partner.start(), lexicon) + actors
    return actors


def _hosting_venue(text: str, item: Item, lexicon: Lexicon) -> bool:
    """`比赛在北京市工人文化宫举行`, `在A公司北京B厂举办`: a body an event is held in (or in a
    place of which) is where it happens, no actor."""
    if not text.endswith(("在", "于"), 0, item.start):
        return False
    for at in range(item.end, min(item.end + VENUE_TAIL, len(text))):
        if lexicon.hosting_pattern.match(text, at):
            return True
        if text[at] in "，,。；;、“”" or lexicon.acting_pattern.match(text, at):
            return False  # (在A组织下开展, 在A的指导下开展: A acts)
    return False


VENUE_TAIL = 12  # how far the verb may stand after the body (在A公司|北京B厂|举办)


def _workers_named_after(text: str, item: Item) -> bool:
    """`中通快递员、美团外卖骑手参加`: the body names whose workers act, it does not act itself."""
    return _kind(item, "Organization") and WORKERS_OF.match(text, item.end) is not None


# `A加强筹划，积极与B联系沟通，并深入C`: B, after 与 opening its clause, is A's partner, no actor
PARTNER_OPENING_CLAUSE = re.compile(r"[，,；;](?:积极|主动|及时|多次|还|并|先后)*(?:与|同|跟|向)$")
JOINTLY = re.compile("共同|一起|一道|联合|携手")  # 与B共同深入C: B goes too


def _visited_object(text: str, item: Item, lexicon: Lexicon) -> bool:
    """`奔赴房山十渡中心小学开展…`: the place gone to is no actor of what follows."""
    return text[max(0, item.start - 4):item.start].endswith(lexicon.visit_verbs)


def _subjects(text: str, items: list[Item], sentence: Sentence, pos: int, roles: list[Relation],
              entities: list[Entity], lexicon: Lexicon, previous: list[Entity]) -> list[Entity]:
    """The actors at `pos`; a person acting with a post named in the article also makes the
    post's body act (`市总工会党组书记潘建新带队赴…`, later `尚祖国一行来到…`: the union and
    the person visit). With no actor in the sentence, `previous` acts (the organisation the
    headline names)."""
    represented = _represented(text, items, sentence, pos)
    if represented is not None:
        standing_for = represented.start - len("代表")
        return [represented.entity] + [e for e in _attendees(text, items, sentence, standing_for, lexicon) if e.type == "Person"]
    listed = [e for e in _attendees(text, items, sentence, pos, lexicon) if e.type == "Person"] if roles else []
    if len(listed) > 1:  # `A副书记甲、乙，B副主席丙，共同前往X`: each person, and the unions among their bodies
        names = {e.name for e in listed}
        unions = {r.args["org"] for r in roles if r.args["person"] in names and r.args["org"].endswith(UNION)}
        if unions:
            return [e for e in entities if e.type == "Organization" and e.name in unions] + listed
    formed = _group_formed(text, items, sentence, pos, roles, entities)
    if formed:
        return formed
    actors = _actor_list(text, items, sentence, pos, lexicon)
    if not actors:
        return [] if REPORTER.search(text, max(sentence.start, pos - 6), pos) else previous  # 记者来到…: no actor
    persons = [i for i in items if i.end <= pos and _kind(i, "Person")]
    leader = persons[-1] if persons and (persons[-1] in actors or LEADING.match(text, persons[-1].end)
                                         or re.fullmatch(f"[，,]?{lexicon.adverbs}", text[persons[-1].end:pos])) else None
    if leader is not None and _held(leader.entity.name, roles):
        party = _party(text, items, leader) if DELEGATION.match(text, leader.end) else [leader]
        party = _leader_before(text, items, party[0]) + party
        bodies = list(dict.fromkeys(b for p in party if (b := _held(p.entity.name, roles))))  # each member's body
        orgs = [e for name in bodies for e in entities if e.type == "Organization" and e.name == name]
        return orgs + [p.entity for p in party]
    return [i.entity for i in actors]


ON_BEHALF_OF = re.compile(r"(?:领导班子|党组|班子)?[，,]?(?:专程|特意|一行)?(?:(?:到|赴|来到|前往|深入)[^，,。；;]{2,20}?)?")


def _represented(text: str, items: list[Item], sentence: Sentence, pos: int) -> Item | None:
    """`A主任甲，B部长乙代表市总工会领导班子到C…`: the body they stand for acts, with them."""
    return next((i for i in items if sentence.start <= i.start and i.end <= pos and _kind(i, "Organization")
                 and text.endswith("代表", 0, i.start) and ON_BEHALF_OF.fullmatch(text, i.end, pos)), None)


WITH_LEADER = re.compile(r"(?:带队|率队)[，,]\s*(?:与|和|同)")


def _leader_before(text: str, items: list[Item], first: Item) -> list[Item]:
    """`甲带队，与A公司总经理乙、副总经理丙等一行8人，到…`: 甲 leads the party and goes too."""
    persons = [i for i in items if i.end < first.start and _kind(i, "Person")]
    if persons and (link := WITH_LEADER.match(text, persons[-1].end)) is not None \
            and not CLAUSE_BREAK.search(text, link.end(), first.start):
        return [persons[-1]]
    return []


def _held(person: str, roles: list[Relation]) -> str | None:
    """The body a person holds a post in, a union first (a visit is a union's work)."""
    held = sorted({r.args["org"] for r in roles if r.args["person"] == person}, key=lambda n: (not n.endswith(UNION), n))
    return held[0] if held else None


GROUP_FORMED = re.compile(r"由[^。；;！？]+?组成[^，,。；;]{0,12}[组团队][，,]?$")


def _group_formed(text: str, items: list[Item], sentence: Sentence, pos: int, roles: list[Relation],
                  entities: list[Entity]) -> list[Entity]:
    """`A主席甲带队，由乙、丙等组成调研组，到…`: the leader's union, the leader and the
    members visit (not the members' departments)."""
    match = GROUP_FORMED.search(text, sentence.start, pos)
    if match is None:
        return []
    members = [i.entity for i in items if match.start() < i.start < match.end() and _kind(i, "Person")]
    leaders = [i for i in items if sentence.start <= i.start < match.start() and _kind(i, "Person")
               and LEADING.match(text, i.end)]
    if not members and not leaders:
        return []
    leader = leaders[-1].entity if leaders else members[0]
    body = _held(leader.name, roles)
    org = next((e for e in entities if e.type == "Organization" and e.name == body), None)
    chosen = [e for e in (org, leader, *members) if e is not None]
    return [e for k, e in enumerate(chosen) if e.name not in {f.name for f in chosen[:k]}]


REPORTER = re.compile(r"(?:记者|笔者)(?:一行)?(?:近日|日前|再次|先后|又|也)?$")
WITH_GROUP = r"[与和同][^，,。；;：:]{2,30}?等?一行"  # `李承军与各下属企业女工负责人一行42人来到`
LEADING = re.compile(rf"等?(?:一行|带队|率队|带领)|{WITH_GROUP}")  # the person leads the group that acts
DELEGATION = re.compile(rf"等(?:一行|\d+人|人)?|一行|{WITH_GROUP}")  # `A部长璩敬东，B主席耿振华(等)一行来到`: all of them


def _party(text: str, items: list[Item], last: Item) -> list[Item]:
    """The persons named with their titles in one list ending at `last`
    (`A县委常委、部长璩敬东，县总工会主席耿振华`), not others named earlier in the sentence."""
    party = [last]
    index = items.index(last)
    for j in range(index - 1, -1, -1):
        item, after = items[j], items[j + 1]
        if not re.fullmatch(r"[、，,兼\s]*", text[item.end:after.start]):
            break
        if _kind(item, "Person"):
            party.insert(0, item)
        elif not (item.kind in ("post", "union") or _kind(item, "Organization")):
            break
    return party


def _visited(text: str, items: list[Item], sentence: Sentence, roles: list[Relation], entities: list[Entity],
             lexicon: Lexicon, previous: list[Entity], visitors: list[Entity]) -> list[Relation]:
    """Who went to which bodies and places; a visiting party named without its members
    (`调研组先后来到…`) stands for `visitors`, those of the latest visit."""
    relations = []
    for start, end in _verb_positions(sentence, lexicon.visit_verbs) + _went_to(text, items, sentence, lexicon):
        if _inside(start, items):
            continue
        objects = [o for o in _listed_after(text, items, end, ("Organization", "Location"))
                   if not _is_admin_area(o.entity, lexicon) or _whole_destination(text, o, lexicon)]
        objects = _site_or_listed(_site_of(text, items, end, lexicon), objects)
        acting_at = start
        if not objects and (addressed := _addressed_before(text, items, sentence, start, lexicon)):
            acting_at, objects = addressed
        if not objects and (gone_to := _gone_to_before(text, sentence, start)) is not None:
            # 先后到A、B和C对…进行慰问: the places gone to stand before the visit verb
            acting_at = gone_to
            objects = [o for o in _listed_after(text, items, gone_to + 1, ("Organization", "Location"))
                       if o.end <= start and (not _is_admin_area(o.entity, lexicon)
                                              or _whole_destination(text, o, lexicon))]
            objects = _site_or_listed(_site_of(text, items, gone_to + 1, lexicon), objects)
        objects = [o for o in objects if not AT_HOME.match(text, o.end)]
        party = visitors if visitors and _visiting_party_before(text, items, sentence, acting_at, lexicon) else None
        subjects = party or _subjects(text, items, sentence, acting_at, roles, entities, lexicon, previous)
        for subject in subjects if objects else []:
            for obj in objects:
                relations.append(Relation("visited", {"subject": subject.name, "object": obj.entity.name},
                                          sentence=sentence.index))
    return relations


# `来到A集团特困退休劳模米某家中`: the body only says whose home it is; the home was visited
AT_HOME = re.compile(r"[^，,。；;、]{0,16}?(?:家中|家里)")


def _visiting_party_before(text: str, items: list[Item], sentence: Sentence, pos: int, lexicon: Lexicon) -> bool:
    """Does a visiting party with no name of its own act at `pos` (`随后，调研组先后来到`)?"""
    clause = max([sentence.start, *(m.end() for m in CLAUSE_BREAK.finditer(text, sentence.start, pos))])
    if any(clause <= i.start < pos for i in items if i.kind == "entity"):
        return False  # `区总工会慰问组来到`: the body named acts
    before = re.compile(f"(?:人员)?{lexicon.adverbs}$").search(text, clause, pos)
    if re.fullmatch(f"(?:{lexicon.adverb_alternatives}|[，,])+", text[sentence.start:pos]):
        return True  # `随后，来到B`: the party of the visit told before goes on
    group = next((g for g in lexicon.visiting_groups if text.endswith(g, clause, before.start())), None)
    return group is not None and not REPORTER.search(text, clause, before.start())  # (记者一行来到: no visitor)


def _campaigns_brought(sentence: Sentence, items: list[Item], visits: list[Relation], entities: list[Entity],
                       lexicon: Lexicon) -> list[Relation]:
    """`市总工会到北大肿瘤医院为医护人员“送清凉”`: a campaign of bringing (送清凉, 送温暖)
    named where a body visits is that body's to organise (but not one it attends: `出席…“送清凉”活动`)."""
    if any(verb in sentence.text for verb in lexicon.participate_verbs):
        return []
    campaigns = sorted({i.entity.name for i in items if _kind(i, "Event")
                        and any("送" in strip_quotes(f)[:2] for f in i.entity.forms)})  # 送清凉, 夏送清凉
    bodies = {e.name for e in entities if e.type == "Organization"}
    return [Relation("organized", {"org": v.args["subject"], "event": name}, sentence=v.sentence)
            for v in visits if v.args["subject"] in bodies for name in campaigns]


def _subjects_of(visits: list[Relation], entities: list[Entity]) -> list[Entity]:
    names = list(dict.fromkeys(r.args["subject"] for r in visits))
    return [e for name in names for e in entities if e.name == name]


def _went_to(text: str, items: list[Item], sentence: Sentence, lexicon: Lexicon) -> list[tuple[int, int]]:
    """`房山区总工会到石楼镇为…授牌`: 到 right after a body or person, right before a place or body;
    `甲一行4人来黄冈市参观考察`: 来, when a visit is said right after the place."""
    found, offset = [], sentence.start
    starts = {i.start for i in items if _kind(i, "Organization", "Location")}
    if not any(text[s - 1:s] in ("到", "来") for s in starts if s > sentence.start):
        return found  # (segmenting is the slow part: only where 到 or 来 stands right before a name)
    for word in segment_words(sentence.text):
        if word in ("到", "来"):
            actor = next((i for i in reversed(items) if i.end <= offset and _kind(i, "Organization", "Person")), None)
            target = next((i for i in items if i.start == offset + 1 and _kind(i, "Organization", "Location")), None)
            if actor is not None and target is not None \
                    and re.fullmatch(f"(?:等)?(?:一行|带队|率队)?(?:\\d*人)?{lexicon.adverbs}", text[actor.end:offset]) \
                    and _gone_to_for_a_visit(text, target, word == "到", lexicon):
                found.append((offset, offset + 1))
        offset += len(word)
    return found


NOT_YET = re.compile(r"(?:欢迎|邀请|希望|期待|将|拟|计划|准备|打算)[^。；;！？]*$")


def _gone_to_for_a_visit(text: str, target: Item, bare_to: bool, lexicon: Lexicon) -> bool:
    """After 到 the place's name ends (a verb or a pause follows); after 来 a visit is said,
    and not one welcomed, hoped for or planned (`欢迎A来B参观`, `将邀请A来B考察`)."""
    if not bare_to and NOT_YET.search(text, max(0, target.start - 30), target.start):
        return False
    if re.match(f"(?:{lexicon.visit_verb_pattern})", text[target.end:target.end + 4]):
        return True
    return bare_to and _name_ends(text, target.end)


def _name_ends(text: str, pos: int) -> bool:
    """Does a name end at `pos` (punctuation, or a verb, preposition or conjunction follows)?"""
    following = segment_words(text[pos:pos + 4])
    if not following or following[0][0] in "，,。；;、（( \n" or following[0] in "对为给向与和":
        return True
    return len(following[0]) > 1 and (dictionary_tag(following[0]) or "x")[0] in "vpd"  # 站 (stand) is no verb here


def _site_or_listed(site: list[Item], listed: list[Item]) -> list[Item]:
    """The site gone to stands for the bodies or places named on the way to it, unless it is
    one of several listed (`先后到A工地、B工地`)."""
    return site if site and not any(o.entity is site[0].entity for o in listed) else listed


def _site_of(text: str, items: list[Item], verb_end: int, lexicon: Lexicon) -> list[Item]:
    """`来到中建一局所属华江公司承建的…03标段项目部`: the bodies gone to own or build the site
    named after 的 in the same clause, and the site is what is visited."""
    clause_end = CLAUSE_BREAK.search(text, verb_end)
    limit = clause_end.start() if clause_end else len(text)
    return [i for i in items if verb_end <= i.start < limit and _kind(i, "Location")
            and (BUILT_BY.search(text, verb_end, i.start) or _named_by_places_before(text, items, verb_end, i))
            and (i.entity.name.endswith(lexicon.site_heads) or text.startswith("现场", i.end))][:1]


def _named_by_places_before(text: str, items: list[Item], verb_end: int, site: Item) -> bool:
    """`来到北京城市副中心“三大建筑”大运河博物馆项目部`: only the places the site lies in, and a
    quoted campaign, stand between the verb and the site."""
    gap = text[verb_end:site.start]
    if not gap:
        return False  # the site itself is gone to, maybe the first of several
    for place in (i for i in items if verb_end <= i.start and i.end <= site.start and _kind(i, "Location")):
        gap = gap.replace(place.text, "", 1)
    return QUOTE_ONLY.fullmatch(gap) is not None


QUOTE_ONLY = re.compile(r"(?:“[^”]{1,12}”)?")


BUILT_BY = re.compile(r"(?:承建|施工|建设|所属)的$")


EVERY_STOP = re.compile("每到一处|所到之处")


def _visits_everywhere(text: str, items: list[Item], sentence: Sentence, relations: list[Relation]) -> list[Relation]:
    """`主席赵秦岭，…常务副主席晁怀新每到一处都嘱咐…`: the persons listed right before it
    visit every place of the latest visit told."""
    matches = list(EVERY_STOP.finditer(sentence.text))
    visits = [r for r in relations if r.type == "visited"] if matches else []
    places = list(dict.fromkeys(r.args["object"] for r in visits if r.sentence == visits[-1].sentence))
    found = []
    for match in matches:
        pos = sentence.start + match.start()
        before = [i for i in items if i.end <= pos and _kind(i, "Person")]
        if not before or pos - before[-1].end > 1:
            continue  # `张华说，每到一处…`: a speaker, no visitor
        for person in _party(text, items, before[-1]):
            found += [Relation("visited", {"subject": person.entity.name, "object": place}, sentence=sentence.index)
                      for place in places]
    return found


# a body bringing something to where the sentence is: 为…送来 (not 送来的物资)
BRINGING = re.compile("(?:为[^，,。；;]{1,12}?)?(?:送来|送去|送上|带来)(?!的)")
SCENE_OPENING = re.compile(r"(?:随后|之后|其后|接着|最后)?[，,]?在")
SCENE_CLOSING = re.compile(r"(?:上|内|里)?(?:的[^，,。；;“”]{1,12}?)?(?:上|内|里)?[，,]")


def _officer_of(person: str, body: Entity, roles: list[Relation]) -> bool:
    return any(r.args["person"] == person and r.args["org"].startswith(body.name) for r in roles)


def _visited_at_scene(text: str, items: list[Item], sentence: Sentence, visitors: list[Entity],
                      roles: list[Relation], lexicon: Lexicon) -> list[Relation]:
    """`在X公司的职工之家，李某详细询问了…`, `在X大厦，工会同志一行参观了…`: a sentence that
    opens at a place and goes on with a visitor looking around there; the visitor is a person
    who inspects (not a host who explains), the party of the latest visit, or a body that
    brings something there."""
    opening = SCENE_OPENING.match(text, sentence.start)
    place = next((i for i in items if opening and i.start == opening.end()), None)
    if place is None or not _kind(place, "Organization", "Location") or _is_admin_area(place.entity, lexicon):
        return []
    closing = SCENE_CLOSING.match(text, place.end)
    if closing is None or text.endswith("下", 0, closing.end() - 1):
        return []  # (在X的帮助下，…: X helps, nobody went there)
    clause_end = CLAUSE_BREAK.search(text, closing.end(), sentence.end)
    clause_end = clause_end.start() if clause_end else sentence.end
    subjects: list[Entity] = []
    persons = [i for i in items if closing.end() <= i.start < clause_end and _kind(i, "Person")]
    names = {v.name for v in visitors}
    if persons and persons[0].entity.name in names:
        subjects = visitors
    elif persons and lexicon.inspecting_pattern.match(text, persons[0].end) \
            and not _officer_of(persons[0].entity.name, place.entity, roles) \
            and not lexicon.post_pattern.fullmatch(text, closing.end(), persons[0].start):
        subjects = [persons[0].entity]  # (not the place's own manager: 在X公司，总经理甲检查了…)
    elif visitors and "一行" in text[closing.end():clause_end] and not persons:
        subjects = visitors
    elif (body := next((i for i in items if i.start == closing.end()), None)) is not None \
            and _kind(body, "Organization") and BRINGING.match(text, body.end) \
            and not body.entity.name.startswith(place.entity.name):
        subjects = [body.entity]  # `在X项目部，集团工会为留守员工送来了礼包` (not X's own union)
    return [Relation("visited", {"subject": s.name, "object": place.entity.name}, sentence=sentence.index)
            for s in subjects]


def _received(text: str, items: list[Item], sentence: Sentence, lexicon: Lexicon) -> list[Relation]:
    """`妇幼保健院改扩建项目迎来了顺义区总工会慰问组`: the body after the verb visits the one before."""
    relations = []
    for start, end in _verb_positions(sentence, lexicon.receive_verbs):
        hosts = [i for i in items if i.end <= start and _kind(i, "Organization", "Location")
                 and re.fullmatch(r"[\s，,]*", text[i.end:start])]
        visitors = _listed_after(text, items, end, ("Organization",), max_gap=1)
        relations += [Relation("visited", {"subject": v.entity.name, "object": h.entity.name}, sentence=sentence.index)
                      for v in visitors for h in hosts[-1:]]
    return relations


# what stands between the bodies after 对 and the visit verb: `等(8家)(参建)单位进行了集中慰问`
ADDRESSED_VISIT = re.compile(r"(?:等(?:[一二三四五六七八九十两多\d]+[家个所名])?[^，,。；;对]{0,4})?(?:进行|开展)了?[^，,。；;对]{0,6}")


def _addressed_before(text: str, items: list[Item], sentence: Sentence, verb_start: int,
                      lexicon: Lexicon) -> tuple[int, list[Item]] | None:
    """`对A、B、C等单位进行了专项慰问`: the bodies after 对 are the ones visited (a verb of
    visiting done to them), and the actor stands before 对."""
    clause = max([sentence.start, *(m.end() for m in CLAUSE_BREAK.finditer(text, sentence.start, verb_start))])
    to = text.rfind("对", clause, verb_start)
    if to < 0:
        return None
    objects = [o for o in _listed_after(text, items, to + 1, ("Organization", "Location"))
               if o.end <= verb_start and not _is_admin_area(o.entity, lexicon)]
    if not objects or not ADDRESSED_VISIT.fullmatch(text, objects[-1].end, verb_start):
        return None
    return to, objects


def _gone_to_before(text: str, sentence: Sentence, verb_start: int) -> int | None:
    """Where `到` opens the clause's destination before a visit verb (`到A、B对职工进行慰问`)."""
    clause = max([sentence.start, *(m.end() for m in CLAUSE_BREAK.finditer(text, sentence.start, verb_start))])
    offset = clause
    found = None
    for word in segment_words(text[clause:verb_start]):  # 到 as a word of its own: not 达到, 收到
        if word == "到":
            found = offset
        offset += len(word)
    return found


def _whole_destination(text: str, item: Item, lexicon: Lexicon) -> bool:
    """`到顺义区开展…调研`, `到石楼镇为…授牌`: the district itself is gone to, where what
    follows is the errand (not `到通州区张家湾镇…公司`, a place inside it)."""
    return bool(re.match(f"(?:学习)?(?:{lexicon.visit_verb_pattern})|开展|进行|为(?![民人])|对(?!口)", text[item.end:item.end + 6]))


def _names_admin_area(name: str, entities: list[Entity], lexicon: Lexicon) -> bool:
    return any(e.name == name and _is_admin_area(e, lexicon) for e in entities)


def _is_admin_area(entity: Entity, lexicon: Lexicon) -> bool:
    """A city, province or district: too broad to be the place of a visit."""
    return entity.type == "Location" and (entity.name in lexicon.places or entity.name.endswith(("省", "市")))


def _joined_with(text: str, pos: int) -> bool:
    """`与开展X结合起来`: the verb at `pos` names the work another is joined with (not 参与开展X)."""
    return text.endswith("与", 0, pos) and not text.endswith("参与", 0, pos)


def _organized(text: str, items: list[Item], sentence: Sentence, lexicon: Lexicon,
               previous: list[Entity], main_event: Entity | None) -> list[Relation]:
    relations = []
    events = [i for i in items if _kind(i, "Event")]
    for start, end in _verb_positions(sentence, lexicon.organize_verbs) if events or main_event else []:
        if _inside(start, items) or _joined_with(text, start):
            continue  # (将这次活动与开展X活动结合起来: the work it is joined with, no act)
        hosted_by = text.rfind("由", sentence.start, start)
        launched = [e.entity for e in events if e.start >= end and not re.search(r"[。；;]", text[end:e.start])
                    and not _served(text, e.start, lexicon)]
        if hosted_by >= 0:
            # `由A、B主办，C协办，D承办的…活动`: every body named from 由 to the verb organises;
            # the event may stand before (`“暖心伴考”活动是由A牵头举办`) or be the article's own
            launched += [e.entity for e in events if e.end <= start and e.entity not in launched]
            launched = launched or ([main_event] if main_event else [])
            actors = [i.entity for i in items if hosted_by < i.start and i.end <= start and _kind(i, "Organization")
                      and not _hosting_venue(text, i, lexicon)]  # `由A主办的X在B举办`: B is the venue
        else:
            actors = [a for a in _subjects(text, items, sentence, start, [], [], lexicon, previous) if a.type == "Organization"]
            actors += _partners(text, items, sentence, start) if actors else []
        for org in actors:
            for event in launched:
                relations.append(Relation("organized", {"org": org.name, "event": event.name},
                                          sentence=sentence.index))
    for match in re.finditer("设在", sentence.text):  # 托管班分别设在A工会、B工会: each host organises it
        at = sentence.start + match.start()
        hosts = _listed_after(text, items, sentence.start + match.end(), ("Organization",), max_gap=1)
        held = [e.entity for e in events if e.end <= at] or ([main_event] if main_event else [])
        relations += [Relation("organized", {"org": h.entity.name, "event": e.name}, sentence=sentence.index)
                      for e in held for h in hosts]
    relations += _relative_clause_organisers(text, items, sentence, events, lexicon)
    # an organisation printed right before its event: 密云区总工会“夏送清凉”活动
    for a, b in zip(items, items[1:]):
        if _kind(a, "Organization") and _kind(b, "Event") and re.fullmatch(r"\s*(?:\d{4}年)?(?:的)?\s*", text[a.end:b.start]):
            relations.append(Relation("organized", {"org": a.entity.name, "event": b.entity.name},
                                      sentence=sentence.index))
    return relations


HERE = re.compile(r"(?:在此|在这里|在现场|在当地)?")


def _relative_clause_organisers(text: str, items: list[Item], sentence: Sentence, events: list[Item],
                                lexicon: Lexicon) -> list[Relation]:
    """`出席A在此开展的“送清凉”活动`: the body right before an organise verb and 的 organises
    the event the clause describes (not who attends it)."""
    relations = []
    for match in re.finditer(f"(?:{lexicon.organize_verb_pattern})的", sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        body = next((i for i in reversed(items) if i.end <= start), None)
        event = next((e for e in events if e.start >= end and not re.search(r"[，,。；;]", text[end:e.start])), None)
        if body is not None and _kind(body, "Organization") and HERE.fullmatch(text, body.end, start) and event:
            relations.append(Relation("organized", {"org": body.entity.name, "event": event.entity.name},
                                      sentence=sentence.index))
    return relations


def _served(text: str, event_start: int, lexicon: Lexicon) -> bool:
    """`为举办X营造氛围`: X is what the work serves, not what was organised."""
    return any(text.endswith(("为" + verb, "为了" + verb), 0, event_start) for verb in lexicon.organize_verbs)


JOINING = re.compile("联合|携手|联手|会同")


def _partners(text: str, items: list[Item], sentence: Sentence, verb_start: int) -> list[Entity]:
    """`A联合辖区B、C开展了…活动`: the bodies joined to the organiser organise with it."""
    joins = [m for m in JOINING.finditer(text, sentence.start, verb_start)]
    if not joins:
        return []
    listed = _listed_after(text, items, joins[-1].end(), ("Organization", "Location"), max_gap=4)
    return [i.entity for i in listed if i.end <= verb_start and i.entity.type == "Organization"]


def _participated(text: str, items: list[Item], sentence: Sentence, lexicon: Lexicon,
                  main_event: Entity | None, roles: list[Relation], entities: list[Entity]) -> list[Relation]:
    """`A、B等单位参与活动`; `来自A、B的选手`; `组织A、B等企业职工开展趣味运动会`."""
    relations = []
    for subjects, event in _participants(text, items, sentence, lexicon, main_event, roles, entities):
        for subject in subjects:
            relations.append(Relation("participated_in", {"subject": subject.name, "event": event.name},
                                      sentence=sentence.index))
    return relations


def _participants(text: str, items: list[Item], sentence: Sentence, lexicon: Lexicon, main_event: Entity | None,
                  roles: list[Relation], entities: list[Entity]):
    """(subjects, event) pairs: the actors (or titled attendees) before a take-part or prize
    verb, or the person after `参加X的`; those listed after 来自/邀请/代表; speakers on an
    event's stage (`宣讲会上，…`); voices quoted in a contest; competitors; those an organiser
    组织s into an event."""
    for start, end in _verb_positions(sentence, lexicon.participate_verbs + lexicon.prize_verbs):
        if _inside(start, items):
            continue
        prize = text.startswith(lexicon.prize_verbs, start) and not text.startswith(lexicon.participate_verbs, start)
        if prize and _event_after(text, items, end) is None and not AWARD.search(_clause_after(text, end)):
            continue  # `均获得创新助推资金支持`: what is got is no place in a contest
        event = _event_after(text, items, end) or main_event
        subjects = _attendees(text, items, sentence, start, lexicon) or _taking_part(text, items, end, event)
        if not subjects:
            person = next((i for i in reversed(items) if i.end <= start and _kind(i, "Person")), None)
            if person is not None and re.fullmatch(r"[\u4e00-\u9fff]{0,2}", text[person.end:start]):
                subjects = [person.entity]  # 党委书记朱军亲自参加: the person takes part, not the body of the title
        subjects = subjects or _subjects(text, items, sentence, start, roles, entities, lexicon, [])
        if event is not None and subjects:
            yield subjects, event
    for start, end in _verb_positions(sentence, lexicon.invite_verbs):
        listed = _listed_after(text, items, end, ("Organization", "Person"), max_gap=1)
        event = _event_after(text, items, listed[-1].end) if listed else None
        if event is None and text.startswith("来自", start) and listed \
                and not lexicon.taking_part_pattern.search(_clause_after(text, listed[-1].end)):
            continue  # `来自A、B等快递企业的快递点搬家至此`: where they come from, not what they join (…的选手角逐)
        if listed and (event or main_event):
            invited = text.startswith(INVITING, start)  # (来自A的选手甲, 代表A参赛: A takes part too)
            yield [_person_of(text, items, i) if invited else i.entity for i in listed], event or main_event
    if main_event is not None:
        yield from ((speakers, main_event) for speakers in _speakers(text, items, sentence, lexicon))
        on_stage = _on_stage(text, items, sentence, lexicon, main_event)
        if on_stage:
            yield on_stage, main_event
    stage = STAGE.search(sentence.text)
    if stage and main_event is not None:  # `宣讲会上，讲解员冯芳铭…`: who speaks at the event takes part
        told = _told_of(text, sentence, stage.end())  # (`…讲述了甲、乙等身边人的事`: whom the speech is about)
        speakers = [i.entity for i in items if _kind(i, "Person") and sentence.start + stage.end() <= i.start
                    and not told[0] <= i.start < told[1]]
        if speakers:
            yield speakers, _event_after(text, items, sentence.start) or main_event
    if main_event is not None and main_event.name.endswith(lexicon.contest_heads):
        quoted = [i.entity for i in items if _kind(i, "Person") and QUOTED_BY.match(text, i.end)
                  and re.search(r"”[^，,。；;！？“”]*$", text[max(0, i.start - 30):i.start])]
        if quoted:
            yield quoted, main_event  # `…”刚领完奖品的X告诉记者`: a voice of the contest took part
    competitors = [i.entity for i in items if _kind(i, "Person") and text.endswith(lexicon.competitor_titles, 0, i.start)]
    if competitors and main_event is not None:
        yield competitors, main_event  # 参赛选手付青说
    for start, end in _verb_positions(sentence, ("组织",)):
        listed = _listed_after(text, items, end, ("Organization",), max_gap=1)
        tail = text[listed[-1].end:sentence.end] if listed else ""
        launch = re.search("|".join(map(re.escape, lexicon.organize_verbs + lexicon.participate_verbs)), tail)
        event = _event_after(text, items, listed[-1].end + launch.end()) if launch else None
        if event is not None:
            yield [i.entity for i in listed], event


INVITING = ("邀请", "特邀")
DESCRIPTION = re.compile(r"[^\s，,。；;、“”（）()和与及]{0,6}")  # what stands between a body and its person: a post or title


def _person_of(text: str, items: list[Item], item: Item) -> Entity:
    """`邀请到中国社科院博士甲老师`: the person the body only describes, else the body itself."""
    after = next((i for i in items if i.start >= item.end and i.kind == "entity"), None)
    if _kind(item, "Organization") and after is not None and _kind(after, "Person") \
            and DESCRIPTION.fullmatch(text, item.end, after.start):
        return after.entity
    return item.entity


AWARD = re.compile(r"奖|冠军|亚军|季军|名次|第[一二三四五六七八九十\d]+名|称号|荣誉|金牌|银牌|铜牌|优胜|殊荣|桂冠")


def _clause_after(text: str, pos: int) -> str:
    end = CLAUSE_BREAK.search(text, pos)
    return text[pos:end.start() if end else len(text)]


SPEAKING_IN_TURN = "分别|先后|依次"


def _speakers(text: str, items: list[Item], sentence: Sentence, lexicon: Lexicon):
    """`A主席甲作了主题报告`; `…甲，…乙，…丙分别做了事迹报告`: every person named before
    分别 (先后, 依次). The speech follows a person's name right away (not 工作报告)."""
    heads = "|".join(map(re.escape, lexicon.speech_heads))
    stage_acts = "|".join(map(re.escape, lexicon.stage_acts))
    spoken = rf"[作做]了?(?:一[场次堂个])?(?:《[^《》]{{1,30}}》的?)?[^，,。；;“”、]{{0,6}}?(?:{heads})|{stage_acts}"
    # (为大家介绍了去年颁奖情况: a clause, no act on stage; a quoted name may hold 的)
    audience = rf"向(?:大会|会议|全会|与会代表|[^，,。；;“”]{{2,30}}?(?=[作做]))"  # 向在场的学员作了…讲座
    courtesy = "|".join(lexicon.courtesy_titles)  # 甲教授作了讲座
    speech_after = re.compile(rf"(?:{courtesy})?({SPEAKING_IN_TURN})?"
                              rf"(?:{audience}|为(?:[^，,。；;了的“”]|“[^“”]*”){{2,30}}?)?(?:{spoken})")
    for person in (i for i in items if sentence.start <= i.start and i.end <= sentence.end and _kind(i, "Person")):
        speech = speech_after.match(text, person.end)  # 甲向大会作报告: 甲 speaks; 甲为X文艺汇演致辞, 乙为获奖节目颁奖
        if speech is None or speech.end() > sentence.end:
            continue
        start = person.end
        if speech.group(1):
            speakers = [i.entity for i in items if i.end <= start and _kind(i, "Person")]
        else:
            speakers = [e for e in _attendees(text, items, sentence, start, lexicon) if e.type == "Person"]
        if speakers:
            yield speakers


ELSEWHERE = re.compile(r"在[^，,。；;]{2,16}[，,]")
# what may stand between a lecturer or performer and the act: 结合历史资料，生动(地); 与两位青年歌手
ACTING_MANNER = re.compile(r"[^。；;！？“”、]{0,16}")
PIECE_BROUGHT = re.compile(r"带来了?[^，,。；;]{0,8}《")  # 甲与舞蹈演员共同带来《戏韵春华》 (not 带来了礼品)
# but not a voice about the act (甲表示，演员们的表演…), nor an act told of elsewhere or before (曾在…讲述)
NOT_ON_STAGE = re.compile(r"表示|说|介绍|认为|称|谈到|感慨|曾|生前|此前|以前|在")


def _on_stage(text: str, items: list[Item], sentence: Sentence, lexicon: Lexicon, event: Entity) -> list[Entity]:
    """`甲结合历史资料，生动讲述了…` at a lecture, `乙演唱了…`, `A舞蹈团表演的…` at a show: who
    teaches or performs at the kind of event the article is about takes part in it."""
    forms = (event.name, *event.aliases)
    teaching = any(head in form for form in forms for head in lexicon.lecture_heads)
    performing = any(head in form for form in forms for head in lexicon.performance_heads)
    acts = (lexicon.teaching_verbs if teaching else ()) + (lexicon.performing_verbs if performing else ())
    if not acts:
        return []
    actors = []
    for actor in (i for i in items if sentence.start <= i.start and i.end <= sentence.end
                  and _kind(i, "Person", "Organization")):
        if ELSEWHERE.search(text, sentence.start, actor.start):
            continue  # `在施工现场，甲讲述了…`: told at another scene, not on the event's stage
        manner = ACTING_MANNER.match(text, actor.end).end() if _kind(actor, "Person") else actor.end
        verb = next((m for m in range(actor.end, manner + 1)
                     if text.startswith(acts, m) or performing and PIECE_BROUGHT.match(text, m)), None)
        if verb is None or any(actor.end <= i.start < verb for i in items if i.kind == "entity") \
                or len(re.findall(r"[，,]", text[actor.end:verb])) > 1 or NOT_ON_STAGE.search(text, actor.end, verb):
            continue
        actors.append(actor.entity)
    return actors


def _taking_part(text: str, items: list[Item], verb_end: int, event: Entity | None) -> list[Entity]:
    """`正在参加X竞赛的钟某感慨道`: the person after the event and 的 takes part."""
    named = next((i for i in items if i.start >= verb_end and i.entity is event), None)
    if named is None or not text.startswith("的", named.end):
        return []
    person = next((i for i in items if i.start > named.end and _kind(i, "Person")), None)
    return [person.entity] if person and re.fullmatch(r"的[^，,。；;、]{0,12}", text[named.end:person.start]) else []


DESCRIBED_NEXT = re.compile(r"[、，,]\s*(?:以及|及|和|与)?[^，,。；;、“”的]{2,16}")  # (平时最敬佩的老师乙: a clause)


def _described_person_next(text: str, items: list[Item], item: Item, after: Item, lexicon: Lexicon) -> bool:
    """`甲、区工资集体协商指导老师乙`, `甲、物业行业协会|会长|乙`: the next in the list is a
    person after a description that ends in a post or title, though we read no body in it."""
    if DESCRIBED_NEXT.fullmatch(text, item.end, after.start) is None:
        return False
    if after.kind == "post":
        person = next((i for i in items if i.start == after.end), None)
        return person is not None and _kind(person, "Person")
    return _kind(after, "Person") and text.endswith(lexicon.person_describers, item.end, after.start)


REPRESENTED = r"(?:的)?(?:相关|部分)?(?:负责人|代表|领导)"
COUNTED_UNITS = r"[一二三四五六七八九十两\d]+[个家](?:企业|单位|公司|部门|机构)"  # A、B、C三个企业参加
ATTENDING = re.compile(rf"(?:等(?:人|一行|\d+人)?|{REPRESENTED}|{COUNTED_UNITS}|[，,]?[一共]同|一起|也|还|分别|应邀|受邀)*")
NOMINATED = r"(?:建议人选|候选人|提名人选)"  # 工会主席建议人选葛某: a nominee for the post, listed among attendees
ATTENDEE_GAP = re.compile(rf"(?:{REPRESENTED}|{NOMINATED})?[、，,兼\s]*(?:以及|及|和|与)?[、，,\s]*(?:相关|有关)?")
# groups in the list that name no one we know (`68名北京大工匠`, `…成员单位负责同志`)
UNNAMED_ATTENDEES = r"(?:[、，,]\s*(?:以及|及|和|与)?[^，,。；;、]{2,24}?|(?:以及|及|和|与)[^，,。；;、和与及]{2,24}?)"
ATTENDING_AFTER_OTHERS = re.compile(rf"(?:{REPRESENTED})?{UNNAMED_ATTENDEES}+(?:{ATTENDING.pattern})")
GAP_OVER_OTHERS = re.compile(rf"(?:{REPRESENTED})?{UNNAMED_ATTENDEES}+[、，,]\s*(?:以及|及|和|与)?")


def _attendees(text: str, items: list[Item], sentence: Sentence, verb_start: int, lexicon: Lexicon) -> list[Entity]:
    """Those listed with their titles right before a take-part verb (`A主席甲，B书记乙以及
    C公司相关负责人参加活动`): each person, and a body standing for its unnamed officers."""
    before = [i for i in items if i.end <= verb_start and i.start >= sentence.start and not _kind(i, "Location")
              and not (i.kind == "post" and re.fullmatch(REPRESENTED, i.text or text[i.start:i.end]))
              and not _workers_named_after(text, i)]
    while before and before[-1].kind == "post":
        before.pop()  # `…及各部门工会小组长参加`: a post no name follows ends a group named without names
    if not before or not _kind(before[-1], "Person", "Organization") \
            or not (ATTENDING.fullmatch(text, before[-1].end, verb_start)
                    or ATTENDING_AFTER_OTHERS.fullmatch(text, before[-1].end, verb_start)):
        return []
    listed = [before[-1]]
    for item, after in zip(reversed(before[:-1]), reversed(before[1:])):
        if not (ATTENDEE_GAP.fullmatch(text, item.end, after.start) or GAP_OVER_OTHERS.fullmatch(text, item.end, after.start)
                or _described_person_next(text, items, item, after, lexicon)) \
                or item.kind == "entity" and not _kind(item, "Person", "Organization"):
            break
        listed.insert(0, item)
    persons = [i.entity for i in listed if _kind(i, "Person")]
    # a body stands for its officers unless a title follows it (`B书记乙`: B only names the post)
    bodies = [i.entity for i, nxt in zip(listed, listed[1:] + [None])
              if _kind(i, "Organization") and (nxt is None or nxt.start > i.end)]
    return persons + bodies


QUOTED_BY = re.compile(r"(?:师傅)?(?:笑着|高兴地|激动地|自豪地)?(?:说|告诉记者|感慨|表示)")
TOLD = re.compile("讲述|介绍(?!人)|讲解(?!员)|讲起|回顾|解读|讲了")  # a speech's verb: who follows it is spoken of


def _told_of(text: str, sentence: Sentence, after: int) -> tuple[int, int]:
    """The clause a verb of telling opens (`讲述了甲、乙等身边人的身边事`); empty if none."""
    told = TOLD.search(sentence.text, after)
    if told is None:
        return (0, 0)
    start = sentence.start + told.start()
    pause = CLAUSE_BREAK.search(text, start, sentence.end)
    return (start, pause.start() if pause else sentence.end)


STAGE = re.compile(r"(?:^|(?<=[”\"]))(?:在)?[^，,。；;“”]{0,12}?(?:(?<!社)会|仪式|典礼|活动|赛)(?:[上中]|现场)[，,]")


def _event_after(text: str, items: list[Item], pos: int) -> Entity | None:
    for item in items:
        if item.start >= pos and _kind(item, "Event") and not re.search(r"[。；;，,]", text[pos:item.start]):
            return item.entity
    return None


def _main_event(article: Article, entities: list[Entity]) -> Entity | None:
    """The event an article is about: one named in a headline, else the one named most."""
    events = [e for e in entities if e.type == "Event"]
    return min(events, key=lambda e: (e.mentions[0].start >= article.headline_end, -len(e.mentions), e.mentions[0].start),
               default=None)


# ---- part_of, located_in ------------------------------------------------------------

def _part_of(article: Article, entities: list[Entity]) -> list[Relation]:
    """An organisation whose printed name starts with another's: `X工会` part_of `X`."""
    orgs = [e for e in entities if e.type == "Organization"]
    relations = []
    for part in orgs:
        for whole in orgs:
            if part is whole:
                continue
            if any(p.startswith(w) and len(p) > len(w) for p in part.forms for w in whole.forms):
                sentence = article.sentence_at(part.mentions[0].start).index if part.mentions else 0
                relations.append(Relation("part_of", {"part": part.name, "whole": whole.name}, sentence=sentence))
    relations += _listed_parts(article, entities)
    # keep only the nearest whole: `A工会联合会` part_of `A工会` rather than `A`
    nearest = []
    for r in relations:
        wholes = [x for x in relations if x.args["part"] == r.args["part"]]
        longest = max(wholes, key=lambda x: len(x.args["whole"]))
        if r is longest:
            nearest.append(r)
    return nearest


UNIT_HEADS = ("工作室", "车间", "班组", "工段", "项目部", "分公司", "支行", "分行", "站区")  # units inside a body
SUBORDINATE = re.compile(r"(?:所属|下属|旗下)(?:的)?")
BELONGS_TO = re.compile(r"隶属于?")


def _listed_parts(article: Article, entities: list[Entity]) -> list[Relation]:
    """`集团所属首钢矿业公司、首钢股份`: the listed bodies belong to the one before 所属."""
    relations = []
    text = article.text
    mentions = sorted(((m, e) for e in entities if e.type == "Organization" for m in e.mentions),
                      key=lambda pair: pair[0].start)
    items = [Item("entity", m.start, m.end, e, m.text) for m, e in mentions]
    for match in SUBORDINATE.finditer(text):
        sentence = article.sentence_at(match.start()).index
        whole = _owner_of_units(article, items, entities, match.start())
        if whole is None:
            continue
        for part in _listed_after(text, items, match.end(), ("Organization",), 0):
            relations.append(Relation("part_of", {"part": part.entity.name, "whole": whole.name}, sentence=sentence))
    for part, whole in zip(items[1:], items):  # `X公司(的)Y创新工作室`: a unit of the body before it
        union_body = whole.entity.name.endswith(UNION) and not part.entity.name.endswith(UNION) \
            and whole.end == part.start  # 市总工会|首都职工志愿服务运行中心: the union's centre
        if text[whole.end:part.start] in ("的", "") and part.entity.name.endswith(UNIT_HEADS) or union_body:
            relations.append(Relation("part_of", {"part": part.entity.name, "whole": whole.entity.name},
                                      sentence=article.sentence_at(part.start).index))
    for match in BELONGS_TO.finditer(text):  # `A隶属于B`: the body before belongs to the one after
        part = next((i for i in reversed(items) if i.end == match.start()), None)
        whole = next((i for i in items if i.start == match.end()), None)
        if part is not None and whole is not None:
            relations.append(Relation("part_of", {"part": part.entity.name, "whole": whole.entity.name},
                                      sentence=article.sentence_at(match.start()).index))
    return relations


GROUP_HEADS = ("集团", "公司")  # 集团工会, 公司工会: a group's union printed short


def _owner_of_units(article: Article, items: list[Item], entities: list[Entity], pos: int) -> Entity | None:
    """The body whose units follow 所属/下属 at `pos`: the one right before (`集团所属A`), the
    group `集团` refers to, or else the nearest body before it in the sentence
    (`光华集团工会选取了下属的A、B`), a group where that is the group's union."""
    text = article.text
    right_before = [i for i in items if i.end <= pos and pos - i.end <= 2]
    if right_before:
        return right_before[-1].entity
    if text.endswith("集团", 0, pos):
        return _resolve_reference("集团", pos, entities)
    start = article.sentence_at(pos).start
    in_sentence = [i.entity for i in items if start <= i.start and i.end <= pos]
    body = in_sentence[-1] if in_sentence else None
    if body is None:  # `集团工会` printed short: the group's union named before
        head = next((h for h in GROUP_HEADS if h + UNION in text[start:pos]), None)
        body = _latest(entities, pos, lambda f: f.endswith(head + UNION)) if head else None
    if body is None or not body.name.endswith(UNION) or body.name.endswith("总" + UNION):
        return body
    owners = {f[: -len(UNION)] for f in body.forms if f.endswith(UNION)}
    return next((e for e in entities if e.type == "Organization" and e.forms & owners), None)


def _sites_in_named_places(article: Article, entities: list[Entity], lexicon: Lexicon) -> list[Relation]:
    """A project or building site whose name starts with a place the article names lies in
    that place: `北车营村灾后重建…项目` in 北车营村, `怀柔科学城…建设工地` in 怀柔科学城."""
    places = [e for e in entities if e.type == "Location"]
    relations = []
    for site in places:
        if not site.name.endswith(lexicon.site_heads):
            continue
        inner = max((p for p in places if p is not site and site.name.startswith(p.name)
                     and len(site.name) > len(p.name) + 1), key=lambda p: len(p.name), default=None)
        if inner is not None:
            sentence = article.sentence_at(site.mentions[0].start).index
            relations.append(Relation("located_in", {"entity": site.name, "location": inner.name}, sentence=sentence))
    return relations


DESCRIBED = re.compile(r"[\u4e00-\u9fff]{1,4}的")


# between a place and the pause before who organises there: 在A路59号餐饮店内，
INSIDE_AT = re.compile(r"(?:[\d一二三四五六七八九十]+号(?:院|楼)?)?(?:(?!范围|辖区|区域)[\u4e00-\u9fff]{1,5}[内里])?[，,]")


def _organised_there(text: str, items: list[Item], place: Item, lexicon: Lexicon) -> bool:
    """`在南海子公园，A组织了B活动`, `在A路59号餐饮店内，B举办的C`: a body right after the
    place (its address, the building) and a pause organises there."""
    body = next((i for i in items if i.start > place.end), None)
    if body is None or not _kind(body, "Organization") or not INSIDE_AT.fullmatch(text, place.end, body.start):
        return False
    verbs = lexicon.organize_verb_pattern
    return re.match(rf"[^，,。；;]{{0,4}}?(?:{verbs})", text[body.end:]) is not None


LYING_AT = re.compile(r"(?:就|均)?(?:位于|坐落于|坐落在|地处)")


def _lying_at(text: str, items: list[Item], sentence: Sentence) -> list[Relation]:
    """`北京汽车博物馆位于丰台区…`: what stands right before 位于 lies in the place right after."""
    relations = []
    for match in LYING_AT.finditer(sentence.text):
        at, after = sentence.start + match.start(), sentence.start + match.end()
        subject = next((i for i in items if i.end == at and _kind(i, "Organization", "Location", "Event")), None)
        place = next((i for i in items if i.start == after and _kind(i, "Location")), None)
        if subject is not None and place is not None and subject.entity is not place.entity:
            relations.append(Relation("located_in", {"entity": subject.entity.name, "location": place.entity.name},
                                      sentence=sentence.index))
    return relations


def _events_a_place_holds(text: str, items: list[Item], sentence: Sentence, lexicon: Lexicon) -> list[Relation]:
    """`北京经开区举办2026年…风采展示活动`: a place that holds an event is where it lies."""
    relations = []
    for place in (i for i in items if _kind(i, "Location") and i.start >= sentence.start):
        event = _event_launched_at(text, items, place.end, lexicon)
        if event is not None:
            relations.append(Relation("located_in", {"entity": event.entity.name, "location": place.entity.name},
                                      sentence=sentence.index))
    return relations


def _event_launched_at(text: str, items: list[Item], pos: int, lexicon: Lexicon) -> Item | None:
    """`在香山公园组织青年团员登山比赛`: the event an organise verb right after the place launches."""
    pos = LEADING_TIME.match(text, pos).end()  # (西城区今天举办…: when, said between place and verb)
    verb = re.match(rf"(?:{lexicon.organize_verb_pattern})了?", text[pos:pos + 8])
    return next((i for i in items if verb and i.start == pos + verb.end() and _kind(i, "Event")), None)


def _starts_with_place(item: Item, items: list[Item], lexicon: Lexicon) -> bool:
    """Is the item a site whose name starts with another place of the sentence (`北车营村…项目`)?"""
    return _kind(item, "Location") and item.entity.name.endswith(lexicon.site_heads) and any(_kind(other, "Location") and other.entity is not item.entity
               and item.entity.name.startswith(other.entity.name) for other in items)


# what may stand between a place and the verb of hosting: 在A(B)举行, 在A小区内开展, 在A一层，举办
HALL = re.compile(r"[\s）)]*(?:[（(][^（()）]{1,12}[）)])?(?:小区|园区|院)?(?:[一二三四五六七八九十\d]+[层楼])?(?:内|里)?[，,]?")
# what may stand between a place and what lies in it: 北京城市副中心的A, 位于X胡同36号的Y
AT_ADDRESS = re.compile(r"(?:[\d一二三四五六七八九十]+号(?:院|楼)?)?的?“?")  # (胜利街道“暖新驿站”: quoted)


ON_SITE = re.compile(r"(?:现场|一线|工地)?")


def _events_where_gone(text: str, items: list[Item], sentence: Sentence, lexicon: Lexicon) -> list[Relation]:
    """`到A工程现场开展“送温暖”慰问活动`, `赴延庆区张山营镇开展春游活动`: the event held where
    the actor went lies there (the next event of the clause after the verb of holding)."""
    relations = []
    for place in (i for i in items if _kind(i, "Location") and sentence.start <= i.start):
        clause_start = max([sentence.start] + [m.end() for m in CLAUSE_BREAK.finditer(text, sentence.start, place.start)])
        went = list(lexicon.going_pattern.finditer(text, clause_start, place.start))
        if not went or not _way_to_place(text, items, went[-1].end(), place):
            continue
        after = ON_SITE.match(text, place.end).end()
        if text.startswith(("，", ","), after):
            after += 1  # 来到A，开展B活动
        if not lexicon.hosting_pattern.match(text, after):
            continue
        event = _event_after(text, items, after)
        if event is not None:
            relations.append(Relation("located_in", {"entity": event.name, "location": place.entity.name},
                                      sentence=sentence.index))
    return relations


def _way_to_place(text: str, items: list[Item], start: int, place: Item) -> bool:
    """Is what stands between a verb of going and the place nothing, the places that hold it
    (`赴延庆区|张山营镇`), or the body whose site it is (`到A公司承建的|B工程`)?"""
    between = text[start:place.start]
    if not between:
        return True
    inner = [i for i in items if start <= i.start and i.end <= place.start]
    if inner and all(_kind(i, "Location") for i in inner) and "".join(text[i.start:i.end] for i in inner) == between:
        return True
    return between.endswith("的") and len(between) <= 20


def _located_in(text: str, items: list[Item], sentence: Sentence, lexicon: Lexicon) -> list[Relation]:
    relations = []
    for i, place in enumerate(items):
        if not _kind(place, "Location"):
            continue
        # 青龙湖镇北车营村; 北京城市副中心的北京艺术中心、北京城市图书馆…
        following = items[i + 1:]
        if following and _starts_with_place(following[0], items, lexicon):
            continue  # 青龙湖镇北车营村…项目: the site lies in the village its name starts with
        if len(following) > 1 and _kind(following[0], "Location") \
                and place.end == following[0].start and following[0].end == following[1].start:
            # 通州区马驹桥镇北京凯隆…公司: the town lies in the district (the company in the town, next)
            relations.append(Relation("located_in", {"entity": following[0].entity.name, "location": place.entity.name},
                                      sentence=sentence.index))
            continue
        if following and AT_ADDRESS.fullmatch(text, place.end, following[0].start):
            for located in _listed_after(text, following, following[0].start, ("Location", "Organization"), 0):
                before = items[items.index(located) - 1]
                if before is not place and _kind(before, "Location") and before.end == located.start:
                    break  # 潞城镇蒙牛乳业公司、漷县镇通州开关厂: the next place starts the next pair
                relations.append(Relation("located_in", {"entity": located.entity.name, "location": place.entity.name},
                                          sentence=sentence.index))
    relations += _lying_at(text, items, sentence)
    events = [i for i in items if _kind(i, "Event")]
    for match in re.finditer("设在", sentence.text):  # 赛场设在A、B、C等地: the event's places
        for place in _listed_after(text, items, sentence.start + match.end(), ("Location",), max_gap=1):
            relations += [Relation("located_in", {"entity": e.entity.name, "location": place.entity.name},
                                   sentence=sentence.index) for e in events if e.end <= place.start]
    relations += _events_where_gone(text, items, sentence, lexicon)
    for match in re.finditer(r"(?:在|于)", sentence.text):
        pos = sentence.start + match.end()
        places = [i for i in items if i.start >= pos and _kind(i, "Location")]
        builder = next((i for i in items if i.start == pos and _kind(i, "Organization")), None)
        if places and builder is not None and builder.end == places[0].start:
            pos = builder.end  # 在中建一局|北京城市副中心二期建设工地举行: the builder's site
        if not places or places[0].start - pos > 1 and not DESCRIBED.fullmatch(text, pos, places[0].start):
            continue  # (在美丽的A: a word describing the place may stand before it)
        # the innermost place named: 于琉璃庙镇白河湾栈道 -> 白河湾栈道
        place = places[0]
        for nxt in places[1:]:
            if nxt.start == place.end:
                place = nxt
        rest = text[place.end:]
        hall = HALL.match(rest)
        hosted = lexicon.hosting_pattern.match(rest, hall.end())
        if not hosted and not _organised_there(text, items, place, lexicon):
            continue  # (在A(B)举行: B names the hall of A; 在A组织B: _events_a_place_holds)
        # the verb of holding, or the organiser after the pause (在A，B举办的C)
        verb_end = place.end + hosted.end() if hosted else next(i.start for i in items if i.start > place.end)
        for event in _held_at(text, events, verb_end):
            relations.append(Relation("located_in", {"entity": event.entity.name, "location": place.entity.name},
                                      sentence=sentence.index))
    return relations


def _held_at(text: str, events: list[Item], verb_end: int) -> list[Item]:
    """The events a `在A举行` holds: those named before it and the clause after it
    (`在A举办B活动`), not those of a later clause (`…，学习在C大会上的讲话精神`)."""
    clause_end = CLAUSE_BREAK.search(text, verb_end)
    return [e for e in events if clause_end is None or e.start < clause_end.start()]
