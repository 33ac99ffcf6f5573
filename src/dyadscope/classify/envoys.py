"""Acts on envoys told in the passive: who summoned, expelled or recalled them.

"Iran's ambassador to Azerbaijan was summoned" names the envoy and where he serves,
not who acted: the state he serves in summons, expels, reprimands or declares him
persona non grata, and orders him to leave; his own state recalls him. A mission told
in the passive ("The Turkish Embassy in Almaty was opened in 1992") was opened by its
owner, in the state it stands in.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.classify import syntax
from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.patterns import Match
from dyadscope.classify.tokens import Token
from dyadscope.classify.venues import MISSIONS
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
    return recalled_at(tokens, match.anchor) or any(
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


def recalled_to(analysis: SentenceAnalysis, match: Match) -> ActorMention | None:
    """ "the ambassador was called back to Ankara", "summoned to Moscow for
    consultations": the place after "to" is the envoy's home, whose state recalls him
    (not his post)."""
    tokens = analysis.tokens
    i = match.anchor + 1
    while i < len(tokens) and tokens[i].low in _RECALL_TAILS:
        i += 1
    if i >= len(tokens) or tokens[i].low != "to":
        return None
    after = i + 2 if i + 1 < len(tokens) and tokens[i + 1].low == "the" else i + 1
    return next((m for f, _, m in analysis.actor_at if f == after), None)


def opening_envoy(analysis: SentenceAnalysis, match: Match) -> list[ActorMention]:
    """ "Ambassador of Turkey to Israel Sakir Torunlar was recalled": the envoy the
    match opens on, named with his state and post."""
    return [m for f, _, m in analysis.actor_at if f == match.start and m.posted_to is not None]


def acted_on(tokens: Sequence[Token], match: Match) -> bool:
    """Is the match something done to an envoy (by his host or by his own state)?"""
    return by_host(tokens, match) or sent_away(tokens, match) or recalled(tokens, match)


def posting(envoys: Sequence[ActorMention]) -> ActorMention | None:
    """The state an envoy named with his posting serves in, as the place it is."""
    for envoy in envoys:
        if envoy.posted_to is not None:
            return ActorMention(envoy.start, envoy.end, envoy.text, envoy.posted_to, "location")
    return None


_OWNER_GAP = frozenset({"'s", "’s", "diplomatic", "new", "first"})


def opened_mission(
    analysis: SentenceAnalysis, match: Match, end: int
) -> tuple[ActorMention, ActorMention | None] | None:
    """ "Pakistan Embassy was opened in Baku", "the Embassy of China was opened in
    Lusaka", "Azerbaijan's diplomatic mission in Israel was established": the mission's
    owner, who opened it, and the first other side named after it up to ``end``, where
    it stands. None unless the match opens on a mission and its verb is passive."""
    tokens = analysis.tokens
    start = match.start
    if tokens[start].low not in MISSIONS or not syntax.is_passive(tokens, match.anchor):
        return None
    owner = next((m for f, last, m in analysis.actor_at if f <= start <= last), None)
    if owner is None and start + 2 < len(tokens) and tokens[start + 1].low == "of":
        owner = next((m for f, _, m in analysis.actor_at if f == start + 2), None)
    before = start - 1
    while owner is None and before >= 0 and tokens[before].low in _OWNER_GAP:
        before -= 1
    if owner is None:
        owner = next((m for _, last, m in analysis.actor_at if last == before), None)
    if owner is None or owner.actor is None:
        return None
    code = owner.actor.code
    host = next(
        (m for f, _, m in analysis.actors_in_order
         if start < f < end and m.actor is not None and m.actor.code != code),
        None,
    )  # fmt: skip
    return owner, host


_HANDED = frozenset({"given", "handed", "presented", "delivered", "served", "conveyed",
                     "told", "informed"})  # fmt: skip
_PASSIVE_AUX = frozenset({"was", "were", "been", "is", "are", "being"})
_HANDED_REACH = 6  # words from "handed" to the act it carries ("a note verbale demanding")


def handed_to(tokens: Sequence[Token], match: Match) -> bool:
    """Is the match what an envoy was handed or told ("the ambassador was handed a note
    verbale demanding ...", "was conveyed the dissatisfaction of ...")? The state he
    serves in says it to his own, as with a summons."""
    for i in range(match.start - 1, max(-1, match.start - 1 - _HANDED_REACH), -1):
        word = tokens[i].low
        if word in _HANDED:
            return i > 0 and tokens[i - 1].low in _PASSIVE_AUX
        if word in (",", ";", "and", "but", "which", "who", "that"):
            return False
    return False


# what a summoned envoy is then told or given, in a passive sharing his "was": "was
# summoned and asked to explain", "was summoned on Monday and handed a protest note"
_PUT_TO_ENVOY = frozenset({"asked", "told", "urged", "handed", "given", "informed", "warned",
                           "ordered", "instructed", "reminded", "served", "presented",
                           "notified", "requested", "called", "pressed", "conveyed"})
_CONJOINED_REACH = 10  # words back from "and" to the host's act ("summoned on 9 May")
_CONJOINED_STOPS = frozenset({";", "said", "says", "that", "which", "who", "while", "but"})


def after_host_act(tokens: Sequence[Token], match: Match) -> bool:
    """Is the match's verb a passive sharing the "was" of a host's act on an envoy before
    "and" ("was summoned and asked to explain the incursion")? What he was then told or
    asked came from the state he serves in, as the summons did."""
    anchor = match.anchor
    if tokens[anchor].low not in _PUT_TO_ENVOY:
        return False
    k = anchor - 1
    if k >= 0 and tokens[k].low in ("also", "then", "formally"):
        k -= 1
    if k < 1 or tokens[k].low != "and":
        return False
    for i in range(k - 1, max(-1, k - 1 - _CONJOINED_REACH), -1):
        word = tokens[i].low
        if word in _CONJOINED_STOPS:
            return False
        if word.startswith(_HOST_ACTS) and syntax.is_passive(tokens, i):
            return not recalled_at(tokens, i)
    return False


def recalled_at(tokens: Sequence[Token], index: int) -> bool:
    """Is the verb at ``index`` "summoned back|home"?"""
    after = tokens[index + 1].low if index + 1 < len(tokens) else ""
    return after in _RECALL_TAILS
