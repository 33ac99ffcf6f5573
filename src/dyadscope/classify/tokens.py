"""Word tokens with character offsets: the unit the event patterns match on."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]")


@dataclass(frozen=True, slots=True)
class Token:
    """One token; ``low`` is the lower-cased surface used for matching."""

    text: str
    low: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def token_index_at(tokens: list[Token], offset: int) -> int:
    """Index of the first token that ends after ``offset`` (binary search)."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo
