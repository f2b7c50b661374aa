"""Word segmentation (jieba), configured once and quiet."""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import cache

import jieba
import jieba.posseg

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
    """Make the lexicon's heads and posts whole words, and split dictionary words that glue
    an organisation head to a post or party body (公司党委, 科科长, 工会主席), so that the
    organisation and the post stay separate tokens."""
    from .lexicon import default_lexicon  # the lexicon reads package data; import late

    lexicon = default_lexicon()
    posts = set(lexicon.posts) | set(lexicon.org_words)
    for word in posts | lexicon.person_titles | set(lexicon.org_suffixes) | set(lexicon.place_suffixes) | set(lexicon.event_suffixes):
        if len(word) > 1:
            tokenizer.add_word(word, freq=max(tokenizer.FREQ.get(word, 0), 2000), tag="n")
    heads = tuple(lexicon.org_suffixes)
    longest = max(map(len, posts))
    glued = [w for w, freq in tokenizer.FREQ.items() if freq and len(w) > 2 and w not in posts
             and any(w[-k:] in posts and w[:-k].endswith(heads) for k in range(2, min(longest, len(w) - 1) + 1))]
    # words that start with a union and go on (工会工作, 工会组织) hide the union's name
    glued += [w for w, freq in tokenizer.FREQ.items() if freq and len(w) > 2 and w.startswith(UNION_WORDS)
              and w not in lexicon.org_suffixes and w not in posts]
    # a head glued to 总部 (公司总部, 集团总部) hides where the body's name ends
    glued += [w for w, freq in tokenizer.FREQ.items() if freq and w.endswith("总部") and w[:-2] in heads]
    # three-character "names" that glue a preposition to a name (由德胜|街道, 和丽丽): in news
    # these characters are the preposition (由…主办, 和…一起), far more often than a surname
    tags = jieba.posseg.dt.word_tag_tab
    glued += [w for w, freq in tokenizer.FREQ.items() if freq and len(w) == 3 and w[0] in PREPOSITIONS
              and tags.get(w) == "nr"]
    for word in glued:
        tokenizer.del_word(word)
    # an adverb and a verb that jieba's dictionary tags as a noun (积极探索, 大力开展): a verb
    known = {**tags, **lexicon.word_tags}
    for word in [w for w, freq in tokenizer.FREQ.items() if freq and _adverb_and_verb(w, known)]:
        tokenizer.add_word(word, freq=tokenizer.FREQ[word], tag="v")
    for word, tag in lexicon.word_tags.items():
        tokenizer.add_word(word, freq=tokenizer.FREQ.get(word) or None, tag=tag)
    for name in sorted(lexicon.township_names):
        if _learnable_place(tags.get(name), tokenizer.FREQ.get(name, 0)):
            tokenizer.add_word(name, freq=max(tokenizer.FREQ.get(name, 0), PLACE_WORD_FREQ), tag="ns")


NOUN_TAGS = {"n", "nz", "nr", "ns", "nt", "vn"}


def _adverb_and_verb(word: str, tags: dict[str, str]) -> bool:
    return (len(word) == 4 and tags.get(word) in NOUN_TAGS and tags.get(word[:2]) in ("ad", "d")
            and tags.get(word[2:], "").startswith("v"))


PLACE_WORD_FREQ = 50  # enough for a known name to beat its characters, not the words around it
RARE_AS_COMMON_WORD = 100  # a common noun this rare is no everyday word: take it as the place
RARE_AS_NAME = 300  # so is a name, time or abbreviation (月坛, 东四, 潘家园)
NAME_LIKE_TAGS = {"ns", "nr", "nrt", "nz", "j", "t", "l"}


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
