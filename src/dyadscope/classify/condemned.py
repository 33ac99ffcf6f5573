"""Whom a condemnation of an attack names: the side struck, or the side that struck.

"Pakistan condemned the Pahalgam attack", "Iran condemned the attack on the Azerbaijani
embassy", "its condemnation of the coup attempt in Turkey": the only side the condemned
act names is where it happened or what it hit, and the condemner sides with it rather
than accusing it. "Mexico condemned the raid on its embassy in Quito" is different: an
act on the condemner's own people or premises in another's land is held against the
host, and "the Indian attack", "the attack by Iranian forces" name who struck.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.patterns import Match
from dyadscope.classify.tokens import Token
from dyadscope.model import Actor, ActorMention, Event

# the words of a condemnation ("condemned", "denounces", "its strong condemnation of"):
# the stems of the lexicon of reproach
CONDEMNING = cues().reproach.condemning
# an act of violence whose doer the noun leaves open; the state acts of force that
# name their doer by where they strike (raids, arrests, shelling, air strikes) are not
# among them, nor violence and killings "in" a state, which is usually its own
_ATTACKS = frozenset({
    "attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion",
    "explosions", "shooting", "shootings", "massacre", "massacres", "atrocity",
    "atrocities", "ambush", "assassination", "assassinations", "incident", "incidents",
    "coup", "hijacking", "stabbing", "carnage",
})  # fmt: skip
# an act's object after those nouns that "of" introduces ("the bombing of the embassy")
_OF_STRUCK = frozenset({"bombing", "bombings", "massacre", "massacres", "assassination",
                        "assassinations", "hijacking", "stabbing"})
# what an attack struck, or where it happened
_STRUCK_PREPOSITIONS = frozenset({
    "on", "in", "at", "against", "targeting", "near", "inside", "outside", "upon",
})  # fmt: skip
# the condemner's own people or premises struck ("on its embassy", "our citizens")
_OWN = frozenset({"its", "their", "our", "own", "his", "her"})
_STOPS = frozenset({",", ";", ":", "and", "but", "which", "that", "who", "as", "by",
                    "after", "before", "while", "when", "calling", "saying"})
_REACH = 7  # words between the condemnation and the noun of the act


def condemns_the_struck(
    analysis: SentenceAnalysis,
    match: Match,
    second: ActorMention | None,
    actor1: Actor | None,
) -> bool:
    """Is ``second``, the only side a condemnation names after its trigger, the place or
    the target of the act condemned, which no one in the phrase is named as doing?"""
    tokens = analysis.tokens
    trigger = " ".join(t.low for t in tokens[match.start : match.end])
    if second is None or not any(word in trigger for word in CONDEMNING):
        return False
    # the first side named after the words: the condemned phrase's ("reiterated
    # Pakistan's condemnation of the coup attempt in Turkey and lauded Turkish people")
    after = next(((f, last, m) for f, last, m in analysis.actors_in_order
                  if f >= match.end), None)  # fmt: skip
    if after is None or after[2].actor is None or second.actor is None:
        return False
    if after[2].actor.code != second.actor.code:
        return False
    first, last, second = after
    if second.kind not in ("location", "capital", "state", "institution", "demonym"):
        return False
    named_noun = _noun_at(tokens, last + 1) if second.kind in ("location", "capital") else None
    if named_noun is not None:
        # "the Pahalgam attack", "the Kabul bombing": a place named before the act
        if not _opens_phrase(tokens, match.end, first):
            return False
        end = min(len(tokens), named_noun + 6)
        return not _own_struck(analysis, tokens, named_noun + 1, end, actor1)
    noun = next(
        (i for i in range(match.end, min(first, match.end + _REACH)) if tokens[i].low in _ATTACKS),
        None,
    )
    if noun is None or not _opens_phrase(tokens, match.end, noun):
        return False
    if analysis.inside_actor(noun) or any(
        match.end <= f < noun for f, _, _ in analysis.actors_in_order
    ):
        return False  # "the Indian attack on ...": a doer named before the act
    between = tokens[noun + 1 : first]
    if len(between) > 6 or any(t.low in _STOPS for t in between):
        return False
    words = {t.low for t in between}
    struck = words & _STRUCK_PREPOSITIONS or (
        "of" in words and tokens[noun].low in _OF_STRUCK
    )
    if not struck:
        return False
    if second.kind == "demonym" and not words & {"on", "against", "targeting", "of"}:
        return False  # "the attack in Kashmir by Indian troops" is not this shape
    return not _own_struck(analysis, tokens, noun + 1, last + 1, actor1)


def _noun_at(tokens: Sequence[Token], index: int) -> int | None:
    """The act's noun at ``index``, or right after a "terror"/"suicide" modifier."""
    for i in (index, index + 1):
        if i < len(tokens) and tokens[i].low in _ATTACKS:
            return i
        if i < len(tokens) and tokens[i].low not in ("terror", "terrorist", "suicide", "bomb"):
            return None
    return None


def _opens_phrase(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Are the words from ``start`` to ``end`` the opening of one noun phrase ("of the
    heinous", "Friday's", "the deadly")?"""
    return end - start <= _REACH and not any(t.low in _STOPS for t in tokens[start:end])


def _own_struck(
    analysis: SentenceAnalysis,
    tokens: Sequence[Token],
    start: int,
    end: int,
    actor1: Actor | None,
) -> bool:
    """Do the words from ``start`` to ``end`` name the condemner's own as struck ("on its
    embassy", "on Chinese engineers" said by China)?"""
    if any(t.low in _OWN for t in tokens[start:end]):
        return True
    if actor1 is None:
        return False
    return any(
        start <= f < end and m.actor is not None and m.actor.code == actor1.code
        for f, _, m in analysis.actors_in_order
    )


def named_past_the_act(
    analysis: SentenceAnalysis, match: Match, second: ActorMention | None
) -> bool:
    """ "Iranian authorities condemning Friday's incident, the Azeri foreign ministry
    summoned ...": the condemned act's phrase ends at the comma; the side named after it
    is the next clause's, not the one condemned."""
    if second is None:
        return False
    tokens = analysis.tokens
    trigger = " ".join(t.low for t in tokens[match.start : match.end])
    span = analysis.span_of(second)
    if span is None or span[0] < match.end or not any(w in trigger for w in CONDEMNING):
        return False
    noun = next(
        (i for i in range(match.end, min(span[0], match.end + _REACH))
         if tokens[i].low in _ATTACKS),
        None,
    )  # fmt: skip
    if noun is None or not _opens_phrase(tokens, match.end, noun):
        return False
    if any(match.end <= f < noun for f, _, _ in analysis.actors_in_order):
        return False
    return noun + 1 < span[0] and tokens[noun + 1].low == ","


# the words of sympathy offered with a condemnation
_SYMPATHY_WORDS = ("condolence", "sympath", "solidarity", "condole")


def without_condemned_in_sympathy(events: list[Event]) -> list[Event]:
    """ "extended condolences to the Pakistani government, condemning a terrorist
    attack in Baluchistan", "condemned the attack, expressing condolences to the
    Azerbaijani people": a side that condemns an attack while it offers the other its
    sympathy condemns what was done to the other, not the other (no ACCUSE of it, nor
    of a side the story would give the condemnation)."""
    consoled = {
        (e.actor1.code, e.actor2.code)
        for e in events
        if e.plover == "SUPPORT" and e.actor1 is not None and e.actor2 is not None
        and any(w in str(e.extra.get("trigger", "")).lower() for w in _SYMPATHY_WORDS)
    }  # fmt: skip
    if not consoled:
        return events
    return [
        e for e in events
        if not (
            e.plover == "ACCUSE" and e.actor1 is not None
            and ((e.actor1.code, e.actor2.code) in consoled if e.actor2 is not None
                 else any(e.actor1.code == first for first, _ in consoled))
            and str(e.extra.get("trigger", "")).lower().startswith(CONDEMNING)
        )
    ]  # fmt: skip
