"""Word segmentation (jieba), configured once and quiet."""
from __future__ import annotations

import logging
from functools import cache

import jieba
import jieba.posseg

jieba.setLogLevel(logging.WARNING)


@cache
def _tokenizer() -> jieba.Tokenizer:
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def words(text: str) -> list[str]:
    """Dictionary words only (no HMM guessing of unknown words), so results are stable."""
    return _tokenizer().lcut(text, HMM=False)


@cache
def _pos_tokenizer() -> jieba.posseg.POSTokenizer:
    return jieba.posseg.POSTokenizer(_tokenizer())


def tagged_words(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech tag) pairs, dictionary words only (unknown words fall apart
    into characters rather than being guessed, which keeps place and name tags reliable)."""
    return [(w.word, w.flag) for w in _pos_tokenizer().cut(text, HMM=False)]


def guessed_tags(text: str) -> list[tuple[str, str]]:
    """(word, tag) pairs with jieba's HMM guessing unknown words: a source of candidate
    person names, which the caller must confirm."""
    return [(w.word, w.flag) for w in _pos_tokenizer().cut(text, HMM=True)]


def dictionary_tag(word: str) -> str | None:
    """The part-of-speech tag jieba's dictionary gives a word, None for unknown words."""
    return _pos_tokenizer().word_tag_tab.get(word)
