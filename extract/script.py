"""Traditional characters -> simplified, one character for one, so offsets stay valid.

The rules and word lists are written in simplified characters; a page printed in
traditional characters is analysed through a simplified copy of the same length, and
every name is reported as printed. The table is OpenCC's (opencc-python-reimplemented
ships it inside its wheel).
"""
from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def _tables() -> tuple[dict[int, str], dict[int, str]]:
    """(sure, ambiguous): characters only traditional text uses, and characters that are
    also simplified ones (乾 of 乾坤, 於 as a surname), converted only in a traditional text."""
    text = resources.files("opencc").joinpath("dictionary", "TSCharacters.txt").read_text(encoding="utf-8")
    sure, ambiguous = {}, {}
    for line in text.splitlines():
        source, _, targets = line.partition("\t")
        choices = targets.split(" ") if targets else []
        if len(source) == 1 and choices and len(choices[0]) == 1:
            (ambiguous if source in choices else sure)[ord(source)] = choices[0]
    return sure, ambiguous


def simplified(text: str, traditional: bool | None = None) -> str:
    """The same text in simplified characters, character for character (same length).
    Whether the text is traditional is told, or seen from its characters: a text with no
    character only traditional text uses is left as it is (`乾日安全科技公司` stays; in a
    traditional page 乾 is 干)."""
    sure, ambiguous = _tables()
    converted = text.translate(sure)
    if traditional is None:
        traditional = converted != text
    return converted.translate(ambiguous) if traditional else converted
