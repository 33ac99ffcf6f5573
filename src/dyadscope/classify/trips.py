"""Who travels where, when a visit is named by its destination or its traveller is
named only by the sentence around it ("Masimov's China visit", "X met Aliyev within his
visit to Azerbaijan")."""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.patterns import Match
from dyadscope.classify.syntax import POSSESSIVE_PRONOUNS
from dyadscope.model import ActorMention

_TRIPS = frozenset({"visit", "visits", "trip", "trips", "tour"})


def destination_before(
    analysis: SentenceAnalysis, match: Match
) -> tuple[ActorMention | None, ActorMention] | None:
    """For a trip named after its destination ("Masimov's China visit", "his Baku
    trip"): the traveller named before it, if any, and the destination."""
    tokens, anchor = analysis.tokens, match.anchor
    if tokens[anchor].low not in _TRIPS:
        return None
    place = next(
        ((f, m) for f, last, m in analysis.actor_at
         if last == anchor - 1 and m.kind in ("state", "capital")),
        None,
    )  # fmt: skip
    if place is None or place[0] == 0:
        return None
    before = tokens[place[0] - 1].low
    if not (before.endswith(("'s", "’s")) or before in POSSESSIVE_PRONOUNS):
        return None
    owner = next((m for _, last, m in analysis.actor_at if last == place[0] - 1), None)
    return owner, place[1]


def goes_home(subject: Sequence[ActorMention], destination: ActorMention | None) -> bool:
    """Is the would-be visitor of the destination's own state?"""
    if not subject or destination is None or destination.actor is None:
        return False
    visitor = subject[0].actor
    return visitor is not None and visitor.code == destination.actor.code
