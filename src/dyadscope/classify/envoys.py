"""Acts on envoys told in the passive: who summoned, expelled or recalled them.

"Iran's ambassador to Azerbaijan was summoned" names the envoy and where he serves,
not who acted: the state he serves in summons, expels, reprimands or declares him
persona non grata, and orders him to leave; his own state recalls him.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.classify.patterns import Match
from dyadscope.classify.tokens import Token
from dyadscope.model import ActorMention

_HOST_ACTS = ("summon", "expel", "reprimand", "declare")


def by_host(tokens: Sequence[Token], match: Match) -> bool:
    """Is the match an act of the state an envoy serves in ("summoned", "expelled",
    "reprimanded", "declared persona non grata")?"""
    return tokens[match.anchor].low.startswith(_HOST_ACTS)


def sent_away(tokens: Sequence[Token], match: Match) -> bool:
    """Is the match one of our "was asked/told/ordered to leave|depart" patterns? (A
    verb dictionary's passive keeps PETRARCH's roles.)"""
    return not match.pattern.dyadic and tokens[match.end - 1].low in ("leave", "depart", "quit")


def recalled(tokens: Sequence[Token], match: Match) -> bool:
    return tokens[match.anchor].low == "recalled"


def acted_on(tokens: Sequence[Token], match: Match) -> bool:
    """Is the match something done to an envoy (by his host or by his own state)?"""
    return by_host(tokens, match) or sent_away(tokens, match) or recalled(tokens, match)


def posting(envoys: Sequence[ActorMention]) -> ActorMention | None:
    """The state an envoy named with his posting serves in, as the place it is."""
    for envoy in envoys:
        if envoy.posted_to is not None:
            return ActorMention(envoy.start, envoy.end, envoy.text, envoy.posted_to, "location")
    return None
