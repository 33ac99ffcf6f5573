"""From the mentions a clause names to the parties of its event.

One state named twice is one party, "the two sides" stands for the document's pair,
and a side the sentence leaves open is filled from that pair only when the sentence
names no other state. ``roles`` decides which mention plays which part; this module
turns the chosen mentions into actors, so the other role finders can compare sides
without importing ``roles``.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.classify import syntax
from dyadscope.classify.analysis import DocContext, SentenceAnalysis
from dyadscope.model import UNDIRECTED_KINDS, Actor, ActorMention


def actors_of(mentions: Sequence[ActorMention], ctx: DocContext) -> tuple[Actor, ...]:
    """The actors the mentions stand for, leaving out those that stand for none."""
    return tuple(a for a in (resolve(m, ctx)[0] for m in mentions) if a is not None)


# joint acts a text tells of its two sides without naming them as parties (not a meeting,
# which one side holds with its own officials as often: "a meeting with defence officials")
PAIR_ACTS = UNDIRECTED_KINDS - {"meeting"}


def names_only_the_pair(analysis: SentenceAnalysis, dyad: tuple[Actor, Actor]) -> bool:
    """ "The first negotiations took place in Tokyo", "The treaty will be signed in
    Indonesia, Albanese added": a joint act whose sentence names only the text's two
    sides (a place of theirs, a speaker), none of them as a party, is theirs."""
    codes = {dyad[0].code, dyad[1].code}
    return all(m.actor is None or m.actor.code in codes for m in analysis.actors)


def same_state(one: ActorMention, other: ActorMention) -> bool:
    """Do the two mentions name the same state (a minister and his ministry, say)?"""
    return one.actor is not None and other.actor is not None and one.actor.code == other.actor.code


def same_side(actor: Actor, sides: set[tuple[str, str | None]], exact: bool = False) -> bool:
    """Same state and the same or (unless ``exact``) an unnamed part of it."""
    return any(
        actor.code == code
        and (actor.sector == sector or (not exact and (actor.sector is None or sector is None)))
        for code, sector in sides
    )


def split_sides(
    mentions: Sequence[ActorMention],
) -> tuple[ActorMention | None, ActorMention | None, list[ActorMention]]:
    """The first side, the second and the rest of a list of mentions, in the order named."""
    items = list(mentions)
    first = items[0] if items else None
    second = items[1] if len(items) > 1 else None
    return first, second, items[2:]


def one_per_side(mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """ "The President of Azerbaijan, Ilham Aliyev, and the Prime Minister of Armenia ...":
    one state named twice is one party."""
    seen: set[tuple[str, str | None]] = set()
    out = []
    for mention in mentions:
        actor = mention.actor
        side = (actor.code, actor.sector) if actor is not None else None
        if side is not None and side in seen:
            continue  # (a government and its rebels are two parties of one state)
        if side is not None:
            seen.add(side)
        out.append(mention)
    return out


def distinct(others: Sequence[Actor], named: Sequence[Actor | None]) -> tuple[Actor, ...]:
    """Further parties, each once, none of them one of the two main actors."""
    seen = {a.code for a in named if a is not None}
    out = []
    for actor in others:
        if actor.code not in seen:
            seen.add(actor.code)
            out.append(actor)
    return tuple(out)


def with_text(actor: Actor, text: str) -> Actor:
    """The actor as the words that named it here ("the two sides") would show it."""
    return Actor(code=actor.code, name=actor.name, sector=actor.sector, text=text)


def rest_of_pair(
    actor1: Actor | None, actor2: Actor | None, others: tuple[Actor, ...], ctx: DocContext
) -> tuple[Actor, ...]:
    """ "The UN urged the two sides to talk": a third party's act on "the two sides" is
    on both of them, so the pair's other member joins the act's parties (the event is
    then found by a search for either pair with the third party)."""
    if actor1 is None or actor2 is None or ctx.partner_of(actor1) is not None:
        return ()  # one of the pair acting on "both sides" acts on the other one
    partner = ctx.partner_of(actor2)
    if partner is None or any(a.code == partner.code for a in others):
        return ()
    return (partner,)


def resolve(mention: ActorMention | None, ctx: DocContext) -> tuple[Actor | None, bool]:
    """The mention's actor; a dyad reference stands for the dyad's first member."""
    if mention is None:
        return None, False
    if mention.actor is not None:
        return mention.actor, False
    if mention.kind == "dyad_ref" and ctx.dyad:
        return with_text(ctx.dyad[0], mention.text), True
    return None, False


def names_another_state(
    analysis: SentenceAnalysis, actor: Actor | None, dyad: tuple[Actor, Actor] | None
) -> bool:
    """Does the sentence name a state (even as a place) other than ``actor``'s and the
    document's pair ("Pakistan signed a contract ... from Türkiye" in a paper on
    Pakistan and Azerbaijan)? Then the pair does not fill the sides it left open."""
    if actor is None:
        return False
    known = {actor.code, *(a.code for a in dyad or ())}
    # a place in the trailing attribution ("..., Scholz said in Rotterdam") is where the
    # report was made, not a state the act involves
    reported_at = syntax.attribution_start(analysis.tokens)
    return any(
        m.actor is not None and len(m.actor.code) == 3 and m.actor.code not in known
        and not (m.kind == "location" and f > reported_at)
        for f, _, m in analysis.actor_at
    )
