"""Domain knowledge, read from the data files shipped in `extract/data/`.

Each file holds one entry per white-space separated word, `#` starts a comment. Mapping
files (`byline_roles.txt`, `abbreviations.txt`) hold `form [value]` per line. A user's own
lexicon (`newskg build --lexicon FILE`) adds names in jieba user-dict style:
`name [freq] type`, where type is Person/Organization/Location/Event or nr/nt/ns/nz.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from ..errors import UserError

HOME_CITY = "北京市"  # the paper's own city
HOME_BIAS = 2  # another city must be named this many times more than 北京 for `市X` to be its body
CITY_BODY = re.compile(r"市(?=总工会|委|人民政府|政府)")  # a city's own body printed in full (太原|市|总工会)
RANKS = "冠军|亚军|季军|[一二三]等奖|第[一二三]名|金奖|银奖|铜奖"  # places won in a contest
WINNER = r"[\u4e00-\u9fffA-Za-z]{3,10}?"
# a note printed on a post, between it and the name (`副团长(挂职)王某`)
# a member body of an association after a post word (`理事单位`, `会长单位`): no post there
MEMBER_BODY = "单位"
POST_NOTE = re.compile(r"[（(](?:挂职|兼|兼职|代|主持工作|正处级|副处级|已退休|退休)[）)]")
USER_TYPES = {
    "person": "Person", "nr": "Person",
    "organization": "Organization", "org": "Organization", "nt": "Organization",
    "location": "Location", "place": "Location", "ns": "Location",
    "event": "Event", "nz": "Event",
}


def _data_lines(name: str) -> list[str]:
    text = resources.files("newskg.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()]


def _words(name: str) -> tuple[str, ...]:
    return tuple(word for line in _data_lines(name) for word in line.split())


def _mapping(name: str) -> dict[str, str]:
    out = {}
    for line in _data_lines(name):
        parts = line.split()
        out[parts[0]] = parts[1] if len(parts) > 1 else parts[0]
    return out


def longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Lexicon:
    byline_roles: dict[str, str]
    surnames: frozenset[str]
    person_followers: tuple[str, ...]
    posts: frozenset[str]
    qualification_titles: frozenset[str]
    person_titles: frozenset[str]
    title_endings: tuple[str, ...]
    org_words: tuple[str, ...]
    org_suffixes: tuple[str, ...]
    commissions: frozenset[str]
    committee_departments: tuple[str, ...]
    union_committees: tuple[str, ...]
    inspect_verbs: tuple[str, ...]
    company_posts: frozenset[str]
    going_verbs: tuple[str, ...]
    place_suffixes: tuple[str, ...]
    site_heads: tuple[str, ...]
    event_suffixes: tuple[str, ...]
    event_stop_words: frozenset[str]
    event_generic_heads: frozenset[str]
    kind_heads: tuple[str, ...]
    plan_words: frozenset[str]
    generic_words: frozenset[str]
    places: frozenset[str]
    provinces: frozenset[str]
    abbreviations: dict[str, str]
    visit_verbs: tuple[str, ...]
    receive_verbs: tuple[str, ...]
    host_verbs: tuple[str, ...]
    organize_verbs: tuple[str, ...]
    participate_verbs: tuple[str, ...]
    speech_heads: tuple[str, ...]
    stage_acts: tuple[str, ...]
    courtesy_titles: tuple[str, ...]
    teaching_verbs: tuple[str, ...]
    union_attributes: tuple[str, ...]
    lecture_heads: tuple[str, ...]
    performing_verbs: tuple[str, ...]
    performance_heads: tuple[str, ...]
    honour_categories: tuple[str, ...]
    known_bodies: frozenset[str]
    known_body_services: tuple[str, ...]
    visiting_groups: tuple[str, ...]
    acting_adverbs: tuple[str, ...]
    governing_words: tuple[str, ...]
    joint_verbs: tuple[str, ...]
    prize_verbs: tuple[str, ...]
    enumeration_heads: tuple[str, ...]
    trade_words: tuple[str, ...]
    contending_words: tuple[str, ...]
    invite_verbs: tuple[str, ...]
    competitor_titles: tuple[str, ...]
    contest_heads: tuple[str, ...]
    descriptor_words: tuple[str, ...]
    known_events: tuple[str, ...]
    games: tuple[str, ...]
    sports: frozenset[str]
    activity_words: frozenset[str]
    post_bodies: dict[str, tuple[str, ...]]
    word_tags: dict[str, str]  # words jieba's dictionary tags wrongly, with the tag they take
    township_names: frozenset[str]  # the home city's streets and towns, without 街道/镇/乡
    joined_fields: frozenset[str]  # 文化 of 文化和旅游局: a field that 和 joins to another in a body's name
    having_verbs: frozenset[str]
    place_introducers: tuple[str, ...]
    clause_verbs: frozenset[str]
    user_entities: dict[str, str] = field(default_factory=dict)  # name -> type

    @cached_property
    def linking_verbs(self) -> frozenset[str]:
        """Verbs that stand between two names rather than inside one."""
        return frozenset(self.visit_verbs + self.receive_verbs + self.organize_verbs + self.participate_verbs
                         + self.joint_verbs)

    @cached_property
    def places_longest_first(self) -> tuple[str, ...]:
        """The known places, the longest first (北京城市副中心 before 北京)."""
        return tuple(sorted(self.places, key=lambda p: (-len(p), p)))

    @cached_property
    def category_words(self) -> frozenset[str]:
        """Words for a kind of body that are not a name's head (企业, 单位, 门店)."""
        return frozenset(self.enumeration_heads) - frozenset(self.org_suffixes)

    @cached_property
    def internal_bodies(self) -> frozenset[str]:
        """Party and union bodies inside an organisation (党委, 党组): never an organisation's head."""
        return frozenset(w for w in self.org_words if w != "工会")

    @cached_property
    def place_figure_pattern(self) -> re.Pattern:
        """A campaign's goal for a place: a quality, then a kind of place (`美丽副中心`)."""
        qualities, kinds = (line.split() for line in _data_lines("place_figures.txt"))
        return re.compile(f"(?:{'|'.join(longest_first(qualities))})(?:{'|'.join(longest_first(kinds))})")

    @cached_property
    def person_describers(self) -> tuple[str, ...]:
        """Posts, titles and title endings: what may stand right before a person's name."""
        return longest_first(self.posts | self.person_titles | set(self.title_endings))

    @cached_property
    def post_pattern(self) -> re.Pattern:
        """Any post, the longest first (党委副书记 before 副书记)."""
        return re.compile("|".join(map(re.escape, self.posts_longest_first)))

    @cached_property
    def known_event_pattern(self) -> re.Pattern:
        """Any campaign or game known by name, the longest first (北京冬奥会 before 冬奥会)."""
        return re.compile("|".join(map(re.escape, longest_first(set(self.known_events) | set(self.games)))))

    @cached_property
    def event_head_pattern(self) -> str:
        """A regex of any head that ends an event's name, the longest first (系列活动 before 活动)."""
        return "|".join(map(re.escape, self.event_suffixes))

    @cached_property
    def organize_verb_pattern(self) -> str:
        """A regex of any verb of organising, the longest first (组织开展 before 组织)."""
        return "|".join(map(re.escape, self.organize_verbs))

    @cached_property
    def acting_pattern(self) -> re.Pattern:
        """A verb of organising or of guiding and joining (组织, 指导, 带领): its body acts."""
        joining = (v for v in self.joint_verbs if len(v) > 1)  # (not 为, 向, 送: prepositions too)
        return re.compile(f"{self.organize_verb_pattern}|{'|'.join(map(re.escape, joining))}")

    @cached_property
    def prize_winner_pattern(self) -> re.Pattern:
        """A name opening a clause, a verb of winning and a place won (`，X荣获季军`)."""
        verbs = "|".join(map(re.escape, self.prize_verbs))
        return re.compile(f"(?<=[，,。；;：:、\n])({WINNER})(?:{verbs})了?[^，,。；;]{{0,6}}?(?:{RANKS})")

    @cached_property
    def visit_verb_pattern(self) -> str:
        """A regex of any verb of visiting, the longest first (走访慰问 before 走访)."""
        return "|".join(map(re.escape, self.visit_verbs))

    @cached_property
    def adverb_alternatives(self) -> str:
        """A regex of one word of time and manner (`随后`)."""
        return "|".join(map(re.escape, self.acting_adverbs))

    @cached_property
    def adverbs(self) -> str:
        """A regex of any run of words of time and manner (`近日先后`), none included."""
        return "(?:" + "|".join(map(re.escape, self.acting_adverbs)) + ")*"

    @cached_property
    def inspecting_pattern(self) -> re.Pattern:
        """A visitor looking around, after how (`详细询问`, `一行认真察看`)."""
        return re.compile(f"(?:等|一行)?{self.adverbs}(?:仔细|认真|亲切|详细)?地?(?:{'|'.join(self.inspect_verbs)})(?!到)")

    @cached_property
    def taking_part_pattern(self) -> re.Pattern:
        """A verb of taking part, a word of contending or of speaking (`参加`, `选手`, `同台竞技`, `分享`)."""
        return re.compile("|".join(map(re.escape, longest_first(self.participate_verbs + self.contending_words
                                                                  + self.speech_heads))))

    @cached_property
    def going_pattern(self) -> re.Pattern:
        """A verb of going, or 到/赴 alone (`到A工程现场开展…`, `赴延庆开展…`)."""
        return re.compile("|".join(map(re.escape, self.going_verbs + ("到", "赴"))))

    @cached_property
    def hosting_pattern(self) -> re.Pattern:
        """A verb of taking place, after how (`隆重开幕`) or inside what (`书屋内正式启动`)."""
        verbs = "|".join(map(re.escape, self.host_verbs))
        return re.compile(f"[内里]?(?:正式|隆重|顺利|成功|圆满|盛大|全面|热烈|精彩)?(?:组织|联合|共同)?(?:{verbs})")

    @cached_property
    def posts_longest_first(self) -> tuple[str, ...]:
        return longest_first(self.posts)

    def main_city(self, text: str) -> str:
        """The city a text is about: the home city (北京市), unless the text prints another
        city's own body in full (`西安市总工会`) and names that city at least HOME_BIAS times
        more often (a visit to 张家口 or a delegation from 上海 does not make `市总工会` theirs)."""
        counts = Counter({city: text.count(city[:-1]) for city in _cities_with_bodies(text)})
        home = text.count(HOME_CITY[:-1]) + HOME_BIAS
        best = max(sorted(counts), key=lambda city: counts[city], default=None)
        return best if best is not None and counts[best] >= home else HOME_CITY

    def main_province(self, text: str) -> str | None:
        """The province a text is about: the one it names most often (`福建`, `福建省` -> `福建省`)."""
        counts = Counter({p: text.count(p[:-1]) for p in self.places if p.endswith("省") and p[:-1] in text})
        if not counts:
            return None
        return max(sorted(counts), key=lambda p: counts[p])

    def is_kind_of_place(self, name: str) -> bool:
        """A bare place head (多功能厅, 会议室) names a kind of place, unless it is the short
        form of a known place (副中心 of 城市副中心)."""
        return name in self.place_suffixes and not any(p.endswith(name) for p in self.places)

    def main_district(self, text: str) -> str | None:
        """The district or county a text is about: the one it names most often."""
        counts = Counter({place: text.count(place) for place in self.places
                          if place.endswith(("区", "县")) and place in text})
        if not counts:
            return None
        return max(sorted(counts), key=lambda p: counts[p])


def _cities_with_bodies(text: str) -> set[str]:
    """Cities whose own bodies the text prints in full (`太原市总工会`, `达州市委`), named
    by jieba's dictionary (`太原市`, `石家庄市`)."""
    from .segment import dictionary_tag  # segment teaches jieba from the lexicon: import late

    cities = set()
    for body in CITY_BODY.finditer(text):
        end = body.start()
        city = next((text[end - size:end + 1] for size in (4, 3, 2)
                     if end >= size and dictionary_tag(text[end - size:end + 1]) == "ns"), None)
        if city is not None and city != HOME_CITY:
            cities.add(city)
    return cities


_QUALIFICATIONS = frozenset(_words("qualification_titles.txt"))


@cache
def default_lexicon() -> Lexicon:
    return Lexicon(
        byline_roles=_mapping("byline_roles.txt"),
        surnames=frozenset(_words("surnames.txt")),
        person_followers=longest_first(_words("person_followers.txt")),
        posts=frozenset(_words("posts.txt")) | _QUALIFICATIONS,
        qualification_titles=_QUALIFICATIONS,
        person_titles=frozenset(_words("person_titles.txt")),
        title_endings=longest_first(_words("title_endings.txt")),
        org_words=longest_first(_words("org_words.txt")),
        org_suffixes=longest_first(_words("org_suffixes.txt") + _words("commissions.txt")),
        commissions=frozenset(_words("commissions.txt")),
        committee_departments=longest_first(_words("committee_departments.txt")),
        union_committees=longest_first(_words("union_committees.txt")),
        inspect_verbs=longest_first(_words("inspect_verbs.txt")),
        company_posts=frozenset(_words("company_posts.txt")),
        going_verbs=longest_first(_words("going_verbs.txt")),
        place_suffixes=longest_first(_words("place_suffixes.txt") + _words("site_heads.txt")),
        site_heads=longest_first(_words("site_heads.txt")),
        event_suffixes=longest_first(_words("event_suffixes.txt")),
        event_stop_words=frozenset(_words("event_stop_words.txt")),
        event_generic_heads=frozenset(_words("event_generic_heads.txt")),
        kind_heads=_words("kind_heads.txt"),
        plan_words=frozenset(_words("plan_words.txt")),
        generic_words=frozenset(_words("generic_words.txt")),
        places=frozenset(_words("places.txt")),
        provinces=frozenset(_words("provinces.txt")),
        abbreviations=_mapping("abbreviations.txt"),
        visit_verbs=longest_first(_words("visit_verbs.txt")),
        receive_verbs=longest_first(_words("receive_verbs.txt")),
        host_verbs=longest_first(_words("host_verbs.txt")),
        organize_verbs=longest_first(_words("organize_verbs.txt")),
        participate_verbs=longest_first(_words("participate_verbs.txt")),
        speech_heads=longest_first(_words("speech_heads.txt")),
        stage_acts=longest_first(_words("stage_acts.txt")),
        courtesy_titles=longest_first(_words("courtesy_titles.txt")),
        teaching_verbs=longest_first(_words("teaching_verbs.txt")),
        union_attributes=longest_first(_words("union_attributes.txt")),
        lecture_heads=longest_first(_words("lecture_heads.txt")),
        performing_verbs=longest_first(_words("performing_verbs.txt")),
        performance_heads=longest_first(_words("performance_heads.txt")),
        honour_categories=longest_first(_words("honour_categories.txt")),
        known_bodies=frozenset(_words("known_bodies.txt")),
        known_body_services=longest_first(_words("known_body_services.txt")),
        visiting_groups=longest_first(_words("visiting_groups.txt")),
        acting_adverbs=longest_first(_words("acting_adverbs.txt")),
        governing_words=longest_first(_words("governing_words.txt")),
        joint_verbs=longest_first(_words("joint_verbs.txt")),
        prize_verbs=longest_first(_words("prize_verbs.txt")),
        enumeration_heads=longest_first(_words("enumeration_heads.txt")),
        trade_words=longest_first(_words("trade_words.txt")),
        contending_words=longest_first(_words("contending_words.txt")),
        invite_verbs=longest_first(_words("invite_verbs.txt")),
        competitor_titles=longest_first(_words("competitor_titles.txt")),
        contest_heads=longest_first(_words("contest_heads.txt")),
        descriptor_words=longest_first(_words("descriptor_words.txt")),
        known_events=longest_first(_words("known_events.txt")),
        games=longest_first(_words("games.txt")),
        sports=frozenset(_words("sports.txt")),
        clause_verbs=frozenset(_words("clause_verbs.txt")),
        activity_words=frozenset(_words("activity_words.txt")),
        having_verbs=frozenset(_words("having_verbs.txt")),
        place_introducers=longest_first(_words("place_introducers.txt")),
        post_bodies={line.split()[0]: tuple(line.split()[1:]) for line in _data_lines("post_bodies.txt")},
        word_tags=_mapping("word_tags.txt"),
        township_names=frozenset(_words("township_names.txt")),
        joined_fields=frozenset(_words("joined_fields.txt")),
    )


class LexiconError(UserError):
    """A user lexicon that cannot be read."""


def read_user_lexicon(path: Path | str) -> dict[str, str]:
    """Read `name [freq] type` lines; returns name -> entity type."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read lexicon ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}: not UTF-8 text (invalid byte at offset {exc.start}); "
                           "convert it with e.g. `iconv -f GB18030 -t UTF-8`") from None
    entries = {}
    for number, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue  # blank, or a comment line
        freq_ok = len(parts) == 2 or len(parts) == 3 and parts[1].isdigit()
        kind = USER_TYPES.get(parts[-1].lower()) if freq_ok else None
        if kind is None:
            raise LexiconError(f"{path}:{number}: expected `name [freq] type` (a name without spaces, "
                               "a whole-number freq, type one of Person, Organization, Location, Event "
                               f"or nr, nt, ns, nz); got {line.strip()!r}")
        entries[parts[0]] = kind
    return entries


def with_user_entries(lexicon: Lexicon, entries: dict[str, str]) -> Lexicon:
    from dataclasses import replace
    return replace(lexicon, user_entities={**lexicon.user_entities, **entries})
