"""Article text -> sentences with character offsets."""
from __future__ import annotations

import re

from .model import Sentence

# A sentence ends at 。！？； (with any closing quotes or brackets after it) or a paragraph end.
_SENTENCE = re.compile(r"[^\n。！？!?；;]*(?:[。！？!?；;]+[”’」』\"')）]*|\n|$)")


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        raw = match.group()
        # trim the paragraph break and surrounding blanks but keep offsets exact
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw) - len(raw.rstrip())
        start, end = start + lead, end - trail
        if end > start:
            sentences.append(Sentence(len(sentences), start, end, text[start:end]))
    return sentences
