"""Word segmentation (jieba), configured once and quiet."""
from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING

import jieba
import jieba.posseg

if TYPE_CHECKING:
    from .lexicon import Lexicon

jieba.setLogLevel(logging.WARNING)
UNION = "工会"
UNION_WORDS = ("工会", "总工会")
UNION_HEADS = ("工会", "工会委员会", "工会联合会")  # what a union's name ends in
PREPOSITIONS = "由和从向经同"


@cache
def _tokenizer() -> jieba.Tokenizer:
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    _teach_domain_words(tokenizer)
    return tokenizer


def _teach_domain_words(tokenizer: jieba.Tokenizer) -> None:
    """Make the lexicon's heads, posts and known bodies whole words; unlearn dictionary words that hide
    where a name ends (公司党委, 工会主席, 由德胜); retag words jieba's dictionary tags wrongly;
    and teach the home city's street and town names."""
    from .lexicon import default_lexicon  # the lexicon reads package data; import late

    lexicon = default_lexicon()
    posts = set(lexicon.posts) | set(lexicon.org_words)
    heads = set(lexicon.org_suffixes) | set(lexicon.union_committees) | set(lexicon.place_suffixes) | set(lexicon.event_suffixes)
    for word in posts | lexicon.person_titles | heads:
        if len(word) > 1:
            tokenizer.add_word(word, freq=max(tokenizer.FREQ.get(word, 0), 2000), tag="n")
    for word in lexicon.known_bodies:  # 和|顺丰, not 和顺|丰 (words jieba knows keep their tags: 京东, 滴滴)
        if not tokenizer.FREQ.get(word):
            tokenizer.add_word(word, freq=2000, tag="nt")
    tags = jieba.posseg.dt.word_tag_tab
    hides_a_name_end = _name_end_hider(lexicon, posts, tags)
    glued, verbs = [], []
    for word, freq in tokenizer.FREQ.items():  # one pass over the whole dictionary
        if not freq:
            continue
        if hides_a_name_end(word):
            glued.append(word)
        elif _adverb_and_verb(word, tags, lexicon.word_tags):
            verbs.append(word)
    for word in glued:
        tokenizer.del_word(word)
    for word in verbs:  # an adverb and a verb that jieba's dictionary tags as a noun (积极探索, 大力开展)
        tokenizer.add_word(word, freq=tokenizer.FREQ[word], tag="v")
    for word, tag in lexicon.word_tags.items():
        tokenizer.add_word(word, freq=tokenizer.FREQ.get(word) or None, tag=tag)
    for name in sorted(lexicon.township_names):
        if _learnable_place(tags.get(name), tokenizer.FREQ.get(name, 0)):
            tokenizer.add_word(name, freq=max(tokenizer.FREQ.get(name, 0), PLACE_WORD_FREQ), tag="ns")
        else:  # an everyday word (胜利) is a place only with its level word: 胜利街道, 东风地区
            for level in TOWNSHIP_LEVELS:
                tokenizer.add_word(name + level, freq=max(tokenizer.FREQ.get(name + level, 0), PLACE_WORD_FREQ), tag="ns")


def _name_end_hider(lexicon: "Lexicon", posts: set[str], tags: dict[str, str]) -> Callable[[str], bool]:
    """A test of dictionary words that hide where a name ends:
    - a head glued to a post or party body (公司党委, 科科长, 工会主席);
    - a union glued to what follows (工会工作, 工会组织);
    - a head glued to 总部 (公司总部, 集团总部);
    - three-character "names" that glue a preposition to a name (由德胜|街道, 和丽丽): in news
      these characters are the preposition (由…主办, 和…一起), far more often than a surname
      (but not 同仁堂, 向心力: their first two characters are a word)."""
    heads = tuple(lexicon.org_suffixes)
    longest = max(map(len, posts))

    def hides(word: str) -> bool:
        if len(word) > 2 and word not in posts and any(
                word[-k:] in posts and word[:-k].endswith(heads) for k in range(2, min(longest, len(word) - 1) + 1)):
            return True
        if len(word) > 2 and word.startswith(UNION_WORDS) and word not in lexicon.org_suffixes and word not in posts:
            return True
        if word.endswith("总部") and word[:-2] in heads:
            return True
        return len(word) == 3 and word[0] in PREPOSITIONS and tags.get(word) == "nr" and word[:2] not in tags
    return hides


NOUN_TAGS = {"n", "nz", "nr", "ns", "nt", "vn"}


def _adverb_and_verb(word: str, tags: dict[str, str], retagged: dict[str, str]) -> bool:
    """积极探索: an adverb (by jieba's tag, or as retagged here: 大力) and a verb, tagged a noun."""
    return (len(word) == 4 and tags.get(word) in NOUN_TAGS
            and (retagged.get(word[:2]) or tags.get(word[:2])) in ("ad", "d") and tags.get(word[2:], "").startswith("v"))


PLACE_WORD_FREQ = 50  # enough for a known name to beat its characters, not the words around it
RARE_AS_COMMON_WORD = 100  # a common noun this rare is no everyday word: take it as the place
RARE_AS_NAME = 300  # so is a name, time or abbreviation (月坛, 东四, 潘家园)
NAME_LIKE_TAGS = {"ns", "nr", "nrt", "nz", "j", "t", "l"}


TOWNSHIP_LEVELS = ("街道", "地区", "镇", "乡")


def _learnable_place(tag: str | None, freq: int) -> bool:
    """Is a street or town name safe to teach jieba as a place word? Not when jieba knows it
    as an everyday word (东风, 光明, 胜利, 温泉), which the text more often means."""
    return tag is None or tag == "n" and freq < RARE_AS_COMMON_WORD or tag in NAME_LIKE_TAGS and freq < RARE_AS_NAME


def words(text: str) -> list[str]:
    """Dictionary words only (no HMM guessing of unknown words), so results are stable."""
    return _tokenizer().lcut(text, HMM=False)


@cache
def _pos_tokenizer() -> jieba.posseg.POSTokenizer:
    return jieba.posseg.POSTokenizer(_tokenizer())


def tagged_words(text: str, kept: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(word, part-of-speech tag) pairs, dictionary words only (unknown words fall apart
    into characters rather than being guessed, which keeps place and name tags reliable).
    The `kept` names (an article's declared short forms, a user's lexicon) stay whole words,
    tagged nz, without teaching the shared dictionary (so one article cannot change how
    another is cut)."""
    kept = sorted(set(kept), key=lambda w: (-len(w), w))
    if not kept:
        return _cut(text)
    pairs, offset = [], 0
    for match in re.finditer("|".join(map(re.escape, kept)), text):
        pairs += _cut(text[offset:match.start()]) + [(match.group(), "nz")]
        offset = match.end()
    return pairs + _cut(text[offset:])


def _cut(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in _pos_tokenizer().cut(text, HMM=False)] if text else []


def guessed_tags(text: str) -> list[tuple[str, str]]:
    """(word, tag) pairs with jieba's HMM guessing unknown words: a source of candidate
    person names, which the caller must confirm."""
    return [(w.word, w.flag) for w in _pos_tokenizer().cut(text, HMM=True)]


def dictionary_tag(word: str) -> str | None:
    """The part-of-speech tag jieba's dictionary gives a word, None for unknown words."""
    return _pos_tokenizer().word_tag_tab.get(word)


def word_frequency(word: str) -> int:
    """How often jieba's dictionary counts the word (0 for unknown words): a rare noun after a
    title may be a name (关平), a frequent one is a word (关心)."""
    return _tokenizer().FREQ.get(word, 0)
