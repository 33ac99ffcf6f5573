"""Which field of the relationship an event belongs to, from the words around it."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from dyadscope.classify.cues import cues
from dyadscope.classify.tokens import Token

_ORDER = ("military", "economic", "humanitarian_cultural", "security", "diplomatic")


def event_domain(default: str, tokens: Sequence[Token], start: int, end: int) -> str:
    """The pattern's fixed domain, or for ``auto`` the domain whose cue words sit
    closest to the match: inside it first, then widening windows, else diplomatic."""
    if default != "auto":
        return default
    domains_of = _domains_by_word()
    for radius in (0, 4, 10, len(tokens)):
        scores = dict.fromkeys(_ORDER, 0)
        for token in tokens[max(0, start - radius) : end + radius]:
            for name in domains_of.get(token.low, ()):
                scores[name] += 1
        best = max(_ORDER, key=scores.__getitem__)  # the first in _ORDER on a tie
        if scores[best]:
            return best
    return "diplomatic"


@lru_cache(maxsize=1)
def _domains_by_word() -> dict[str, tuple[str, ...]]:
    """Each cue word's domains: one look-up per word in a window, where counting each
    domain's words apart tested every word five times."""
    domains = cues().domains
    out: dict[str, tuple[str, ...]] = {}
    for name in _ORDER:
        for word in domains[name]:
            out[word] = (*out.get(word, ()), name)
    return out
