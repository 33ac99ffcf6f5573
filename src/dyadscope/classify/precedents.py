"""Acts a sentence tells by ranking: "Pakistan was the second country (after Turkey)
to recognise Azerbaijan", "Following Turkey, Pakistan became the second ...",
"Türkiye was the first state, and Pakistan the second, to recognise ...". Every state
ranked did the same act, so each is an event of its own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.model import Actor, Event, stable_id

_LATER_RANKS = frozenset({"second", "third", "fourth", "fifth", "2nd", "3rd", "4th", "5th"})
_BEFORE_IT = frozenset({"after", "following"})
_RANK_REACH = 4  # words from a state to its rank ("Türkiye was the first state")


def with_precedents(events: Sequence[Event], analysis: SentenceAnalysis) -> list[Event]:
    """The events, each followed by the same act of any other state the sentence
    ranks."""
    tokens = analysis.tokens
    if not events or not any(t.low in _LATER_RANKS for t in tokens):
        return list(events)
    ranked = _ranked(analysis)
    out: list[Event] = []
    for event in events:
        out.append(event)
        if event.status != "actual" or event.actor1 is None or event.actor2 is None:
            continue
        named = {event.actor1.code, event.actor2.code, *(a.code for a in event.others)}
        for actor in ranked:
            if actor.code not in named:
                named.add(actor.code)
                out.append(_done_by(event, actor))
    return out


def _ranked(analysis: SentenceAnalysis) -> list[Actor]:
    """States the sentence ranks: "after Turkey", "Following Turkey,", "Türkiye was
    the first", "and Pakistan the second"."""
    tokens = analysis.tokens
    found: list[Actor] = []
    for first, last, mention in analysis.actor_at:
        actor = mention.actor
        if actor is None or len(actor.code) != 3 or actor.sector is not None:
            continue
        before = tokens[first - 1].low if first > 0 else ""
        after = [t.low for t in tokens[last + 1 : last + 1 + _RANK_REACH]]
        if before in _BEFORE_IT or ({"first", *_LATER_RANKS} & set(after)):
            found.append(actor)
    return found


def _done_by(event: Event, actor: Actor) -> Event:
    return replace(
        event,
        id=stable_id(event.id, "precedent", actor.code),
        actor1=Actor(actor.code, actor.name, None, actor.text),
    )
