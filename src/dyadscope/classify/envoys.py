"""Acts on envoys told in the passive: who summoned, expelled or recalled them.

"Iran's ambassador to Azerbaijan was summoned" names the envoy and where he serves,
not who acted: the state he serves in summons, expels, reprimands or declares him
persona non grata, and orders him to leave; his own state recalls him.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.patterns import Match
from dyadscope.classify.tokens import Token
from dyadscope.model import ActorMention

_HOST_ACTS = ("summon", "expel", "reprimand", "declare")
# "was called back", "was summoned home": by the envoy's own state
_RECALL_TAILS = ("back", "home")


def by_host(tokens: Sequence[Token], match: Match) -> bool:
    """Is the match an act of the state an envoy serves in ("summoned", "expelled",
    "reprimanded", "declared persona non grata")? Not "summoned home for
    consultations", which his own state does."""
    return tokens[match.anchor].low.startswith(_HOST_ACTS) and not recalled(tokens, match)


def sent_away(tokens: Sequence[Token], match: Match) -> bool:
    """Is the match one of our "was asked/told/ordered to leave|depart" patterns? (A
    verb dictionary's passive keeps PETRARCH's roles.)"""
    return not match.pattern.dyadic and tokens[match.end - 1].low in ("leave", "depart", "quit")


def recalled(tokens: Sequence[Token], match: Match) -> bool:
    """Is the match a recall by the envoy's own state: "was recalled", "was called
    back", "was summoned back", "was summoned to Moscow for consultations"?"""
    anchor = tokens[match.anchor].low
    if anchor == "recalled":
        return True
    if anchor not in ("called", "summoned"):
        return False
    after = tokens[match.anchor + 1].low if match.anchor + 1 < len(tokens) else ""
    return after in _RECALL_TAILS or any(
        t.low.startswith("consultation") for t in tokens[match.anchor : match.end]
    )


def recalled_from(analysis: SentenceAnalysis, match: Match) -> ActorMention | None:
    """ "the ambassador was recalled from Beijing": the place after "from" is where
    the envoy served."""
    tokens = analysis.tokens
    for i in range(match.anchor + 1, min(len(tokens), match.anchor + 4)):
        if tokens[i].low == "from":
            after = i + 2 if i + 1 < len(tokens) and tokens[i + 1].low == "the" else i + 1
            return next((m for f, _, m in analysis.actor_at if f == after), None)
    return None


def acted_on(tokens: Sequence[Token], match: Match) -> bool:
    """Is the match something done to an envoy (by his host or by his own state)?"""
    return by_host(tokens, match) or sent_away(tokens, match) or recalled(tokens, match)


def posting(envoys: Sequence[ActorMention]) -> ActorMention | None:
    """The state an envoy named with his posting serves in, as the place it is."""
    for envoy in envoys:
        if envoy.posted_to is not None:
            return ActorMention(envoy.start, envoy.end, envoy.text, envoy.posted_to, "location")
    return None
