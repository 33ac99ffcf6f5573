"""Who did an act told in the passive or by its noun: the side named after "by" ("was
signed by X", "shelling by Russian forces") or, for a noun, after "of" ("the visit of
X"); a proxy's patron ("militias backed by Iran"); and who sent whom away in "X's
expulsion of Y's diplomats". The doer found here overrides the clause's subject, so it
is kept apart from the subject finders in ``roles``.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.classify import parties, syntax
from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.patterns import Match
from dyadscope.classify.tokens import Token
from dyadscope.model import ActorMention


def named_by_agent(analysis: SentenceAnalysis, mention: ActorMention | None) -> bool:
    """Is ``mention`` the agent of a passive or a noun, right after "by" ("by Indian
    forces", "by the Russian police")?"""
    span = analysis.span_of(mention) if mention is not None else None
    if span is None:
        return False
    at = span[0] - 1
    if at >= 0 and analysis.tokens[at].low == "the":
        at -= 1
    return at >= 0 and analysis.tokens[at].low == "by"


_SENDING_AWAY = frozenset({"expulsion", "expulsions", "deportation", "deportations"})


def sent_away(
    analysis: SentenceAnalysis, match: Match
) -> tuple[ActorMention | None, ActorMention] | None:
    """For "the expulsion of X's diplomats (from Y)", "Y's expulsion of X's diplomats": X's
    mention, and Y's if the noun phrase names it (its owner before, or "from" after)."""
    tokens, anchor = analysis.tokens, match.anchor
    if tokens[anchor].low not in _SENDING_AWAY or anchor + 1 >= len(tokens):
        return None
    of = of_after_time(analysis, anchor)
    if of is None:
        return None
    after = [(f, last, m) for f, last, m in analysis.actor_at
             if of < f <= of + 4 and m.actor is not None]  # fmt: skip
    if not after:
        return None
    _, last, expelled = after[0]
    owner = next((m for f, end, m in analysis.actor_at
                  if end == anchor - 1 and m.actor is not None), None)  # fmt: skip
    source = next((m for f, _, m in analysis.actor_at
                   if last < f <= last + 6 and m.actor is not None
                   and syntax.preposition_before(tokens, f) == "from"), None)  # fmt: skip
    expeller = owner or source
    if expeller is not None and parties.same_state(expeller, expelled):
        expeller = None
    return expeller, expelled


def of_after_time(analysis: SentenceAnalysis, anchor: int) -> int | None:
    """The "of" of an act's noun, right after it or after the time phrase that dates the
    act ("the expulsion last week of a Russian diplomat", "the arrest on Monday of
    three fishermen"); else None."""
    tokens = analysis.tokens
    for at in range(anchor + 1, min(anchor + 6, len(tokens))):
        if at == anchor + 1 and tokens[at].low == "down":
            continue  # "the shooting down of one of its warplanes by Syrian forces"
        if tokens[at].low == "of":
            return at
        dated = any(d.start <= tokens[at].start < d.end for d in analysis.dates)
        if not dated and tokens[at].low not in ("on", "in", "during"):
            return None
    return None


def _after_named_modifier(analysis: SentenceAnalysis, anchor: int) -> bool:
    """Is the trigger a noun after a name used as a modifier ("the first Japan visit
    by a South Korean president", "a Pakistan-Turkey summit")?"""
    if analysis.tokens[anchor].low not in cues().event_nouns:
        return False  # "the Iranian government accused ...": a verb after its subject
    # the name is itself used as a noun's modifier: "the first Japan visit", "Pakistan's"
    first = next((f for f, last, _ in analysis.actor_at if last == anchor - 1), None)
    return first is not None and syntax.is_noun_use(analysis.tokens, first)


def doer(analysis: SentenceAnalysis, match: Match, end_token: int) -> list[ActorMention]:
    """The actor after "by" (passive or noun trigger) or "of" (noun trigger)."""
    tokens = analysis.tokens
    anchor = match.anchor
    made_by = _passive_made_by(tokens, anchor, end_token)
    if made_by is not None and (named := _party_after(analysis, made_by, made_by + 3)):
        return named  # "new sanctions on X were announced by Y": Y's sanctions
    if (
        syntax.is_noun_use(tokens, anchor)
        or _after_named_modifier(analysis, anchor)
        or _participle_with_agent(tokens, anchor)
        or _gerund_with_agent(tokens, anchor)
    ):
        # "the visit of X": X acts; "the expulsion of X": X undergoes it
        preps = {"by"} if tokens[anchor].low in cues().patient_nouns else {"by", "of"}
    elif syntax.is_passive(tokens, anchor):
        preps = {"by"}
    else:
        return []  # "rejected calls by X": after an active verb, "by" names no agent
    last = _window_end(analysis, anchor, end_token)
    for i in range(anchor + 1, min(last, end_token)):
        if tokens[i].low in preps:
            return _party_after(analysis, i, i + 3) or _proxy_patron(analysis, i, end_token)
    return []


# verbs by which a side makes its own act known or law: "the expulsion of two diplomats
# was announced by Estonia", "new sanctions were imposed by the EU"
_MAKING_KNOWN_VERBS = frozenset({
    "announced", "imposed", "ordered", "introduced", "unveiled", "decided", "adopted",
    "approved", "declared", "enacted", "issued", "extended", "slapped", "launched",
    "carried",
})
_MADE_BY_BE = frozenset({"was", "were", "been", "be", "is", "are"})
_MADE_BY_STOPS = frozenset({",", ";", ":", "which", "that", "who", "while", "after", "before"})


def _passive_made_by(tokens: Sequence[Token], anchor: int, end_token: int) -> int | None:
    """A noun act that is the subject of a passive verb of making it ("Restrictions on
    Polish hauliers were announced by the Belarusian ministry"): the "by" whose side did
    the act; None when a clause boundary comes first, or the verb is another's reaction
    to it ("the sanctions were condemned by China")."""
    for i in range(anchor + 1, min(anchor + 16, end_token, len(tokens) - 2)):
        if tokens[i].low in _MADE_BY_STOPS:
            return None
        if tokens[i].low in _MADE_BY_BE:
            verb = i + 1
            if tokens[verb].low.endswith("ly") and verb + 1 < len(tokens) - 1:
                verb += 1  # "was formally announced by"
            if tokens[verb].low in _MAKING_KNOWN_VERBS and tokens[verb + 1].low == "by":
                return verb + 1
            return None
    return None


def _party_after(analysis: SentenceAnalysis, after: int, last: int) -> list[ActorMention]:
    """The first side (not a place) named from just after token ``after`` up to ``last``:
    who "by X" or "backed by X" names."""
    named = [m for f, _, m in analysis.actor_at if after < f <= last and m.kind != "location"]
    return named[:1]


# "militias linked to X", "gunmen backed by X", "forces loyal to X": a proxy's patron
_PROXY_LINKS = frozenset({
    ("linked", "to"), ("backed", "by"), ("loyal", "to"), ("allied", "to"), ("allied", "with"),
    ("affiliated", "with"), ("supported", "by"), ("tied", "to"), ("aligned", "with"),
    ("sponsored", "by"), ("funded", "by"), ("armed", "by"), ("controlled", "by"),
})


def _proxy_patron(analysis: SentenceAnalysis, by: int, end: int) -> list[ActorMention]:
    """ "an attack by armed groups linked to the Ethiopian military", "shelling by
    militias backed by Iran": an agent the gazetteer does not know, told as another's
    proxy, acts for its patron (named right after the link, within a few words)."""
    tokens = analysis.tokens
    for i in range(by + 1, min(by + 7, end - 1, len(tokens) - 1)):
        if analysis.inside_actor(i) or tokens[i].text in (",", ";", "(", ")"):
            return []
        if (tokens[i].low, tokens[i + 1].low) in _PROXY_LINKS:
            return _party_after(analysis, i + 1, i + 3)
    return []


_PHRASE_ENDS = frozenset({",", ";", ".", "and", "after", "in", "on"})


def _window_end(analysis: SentenceAnalysis, anchor: int, end_token: int) -> int:
    """Where to stop looking for the doer: four words on, or, after a patient noun's "of"
    phrase, where that phrase ends ("the arrest of three Indian fishermen by X": X)."""
    tokens = analysis.tokens
    of = of_after_time(analysis, anchor) if tokens[anchor].low in cues().patient_nouns else None
    if of is None or of >= end_token:
        return anchor + 4
    limit = min(of + 8, end_token)
    return next((i for i in range(of + 1, limit) if tokens[i].low in _PHRASE_ENDS), limit)


def _participle_with_agent(tokens: Sequence[Token], anchor: int) -> bool:
    """A noun followed by its participle and agent: "one-sided sanctions imposed by X"."""
    return (
        anchor + 2 < len(tokens)
        and tokens[anchor].low.endswith("s")
        and tokens[anchor + 1].low.endswith("ed")
        and tokens[anchor + 2].low == "by"
    )


def _gerund_with_agent(tokens: Sequence[Token], anchor: int) -> bool:
    """An act named by its -ing form with its agent: "killed in firing by X",
    "shelling by Russian forces"."""
    return (
        anchor + 1 < len(tokens)
        and tokens[anchor].low.endswith("ing")
        and tokens[anchor + 1].low == "by"
    )
