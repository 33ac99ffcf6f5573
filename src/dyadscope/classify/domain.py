"""Which field of the relationship an event belongs to, from the words around it."""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.classify.cues import cues
from dyadscope.classify.tokens import Token

_ORDER = ("military", "economic", "humanitarian_cultural", "security", "diplomatic")


def event_domain(default: str, tokens: Sequence[Token], start: int, end: int) -> str:
    """The pattern's fixed domain, or for ``auto`` the domain whose cue words sit
    closest to the match: inside it first, then widening windows, else diplomatic."""
    if default != "auto":
        return default
    domains = cues().domains
    for radius in (0, 4, 10, len(tokens)):
        words = [t.low for t in tokens[max(0, start - radius) : end + radius]]
        scores = {name: sum(w in domains[name] for w in words) for name in _ORDER}
        best = max(_ORDER, key=lambda name: scores[name])
        if scores[best]:
            return best
    return "diplomatic"
