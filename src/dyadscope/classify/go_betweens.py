"""Go-betweens: states that broker, mediate or attend an act between two others.

"talks mediated by Qatar and Turkey", "the US-brokered truce", "in the presence of the
Turkish president": the go-between is a further party of the event, never one of its two
sides, and a side the sentence leaves out is the document pair's other member."""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.classify import syntax
from dyadscope.classify.analysis import DocContext, SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.groups import coordinated_after, group_ending
from dyadscope.classify.patterns import Match
from dyadscope.model import Actor, ActorMention

# who is there without being a go-between ("in the presence of Donald Trump", "under the
# auspices of the UN", "with the participation of Iran")
_PRESENCE = (("presence", "of"), ("auspices", "of"), ("participation", "of"), ("along", "with"))


def present(analysis: SentenceAnalysis, match: Match, end_token: int) -> list[ActorMention]:
    """Actors named as present or as go-betweens in the event's clause: they take part
    in a joint act ("talks in the presence of X", "a summit mediated by Qatar")."""
    tokens = analysis.tokens
    first = syntax.clause_start(analysis, match.start)
    found = []
    for i in range(first, min(end_token, len(tokens)) - 1):
        if (tokens[i].low, tokens[i + 1].low) in _PRESENCE:
            named = [
                m for f, _, m in analysis.actor_at if i + 1 < f <= i + 5 and m.kind != "location"
            ][:1]
            found += named + [c for m in named for c in coordinated_after(analysis, m)]
    return found + [m for m in mediators(analysis, first, end_token - 1) if m not in found]


def mediators(analysis: SentenceAnalysis, first: int, end: int) -> list[ActorMention]:
    """Actors named as go-betweens in the clause: "mediated by Qatar and Turkey", "the
    mediation of the EU", "a US-brokered deal", "under Qatari and Turkish mediation"."""
    words = cues().mediation_words
    if words.isdisjoint(analysis.word_set):
        return []  # most sentences name no mediation: skip building the lookups
    tokens = analysis.tokens
    by_start = {f: m for f, _, m in analysis.actor_at}
    by_end = {last: m for _, last, m in analysis.actor_at}
    found: list[ActorMention] = []
    for i in range(first, min(end + 1, len(tokens))):
        if tokens[i].low not in words:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].low in ("by", "of"):
            at = i + 3 if i + 2 < len(tokens) and tokens[i + 2].low == "the" else i + 2
            named = by_start.get(at)
            if named is not None:
                found += [named, *coordinated_after(analysis, named)]
        elif i >= 2 and tokens[i - 1].text in ("-", "–") and i - 2 in by_end:
            found.append(by_end[i - 2])  # "a US-brokered deal"
        elif tokens[i].low == "mediation" and i - 1 in by_end:
            last = by_end[i - 1]  # "under Qatari and Turkish mediation"
            if tokens[i - 1].low.endswith(("'s", "’s")):
                found.append(last)  # "Washington's mediation effort"
            else:
                found += [m for m in group_ending(analysis, last) if m.kind == "demonym"]
        elif i + 1 < len(tokens) and tokens[i + 1].low == "between" and (
            tokens[i - 1].low != "to"  # "offered to mediate between": an offer of its own
        ):
            # "Qatar mediated between Kabul and Islamabad", "the envoy has been shuttling
            # between Beirut and Jerusalem": the one who goes between is the subject
            before = [m for f, last, m in analysis.actor_at
                      if first <= f and last < i and m.kind != "location"]
            if before:
                found.append(before[-1])
    return [m for m in found if m.actor is not None and m.actor.code]


def beside_mediators(
    mediators: Sequence[ActorMention],
    actor1: Actor | None,
    actor2: Actor | None,
    others: tuple[Actor, ...],
    ctx: DocContext,
) -> tuple[Actor | None, Actor | None, tuple[Actor, ...]]:
    """The act's two sides with its go-betweens set aside among its further parties."""
    between = [m.actor for m in mediators if m.actor is not None]
    codes = {a.code for a in between}
    sides = [a for a in (actor1, actor2) if a is not None and a.code not in codes]
    pair = [a for a in ctx.dyad or () if a.code not in codes]
    if not sides and len(pair) == 2:
        sides = pair
    elif len(sides) == 1 and (partner := ctx.partner_of(sides[0])) is not None:
        sides.append(partner)
    if not sides:
        return actor1, actor2, others
    return sides[0], sides[1] if len(sides) > 1 else None, (*others, *between)
