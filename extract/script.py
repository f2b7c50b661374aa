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
def _table() -> dict[int, str]:
    text = resources.files("opencc").joinpath("dictionary", "TSCharacters.txt").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(target) == 1:
            table[ord(source)] = target
    return table


def simplified(text: str) -> str:
    """The same text in simplified characters, character for character (same length)."""
    return text.translate(_table())
