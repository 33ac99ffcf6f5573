"""Places in a sentence: where an event happens ("a summit in Geneva"), whose people
act ("officials from Kazakhstan"), and whose people a group target is ("killed three
people in Kyiv"). A place says where, never who acts, unless one of these says so."""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.classify import syntax
from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.patterns import Match
from dyadscope.classify.tokens import Token
from dyadscope.model import Actor, ActorMention

PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "on", "outside"})


def venue_of_sentence(analysis: SentenceAnalysis) -> ActorMention | None:
    """The one place the sentence says things happen in ("in Baku")."""
    venues = [
        m for f, _, m in analysis.actor_at
        if m.kind == "location" and syntax.preposition_before(analysis.tokens, f) in ("in", "at")
    ]  # fmt: skip
    return venues[0] if len(venues) == 1 else None


def affiliations(analysis: SentenceAnalysis) -> frozenset[int]:
    """Places that say whose people act ("officials from Kazakhstan and China"):
    the first tokens of such mentions, which count as participants."""
    nouns = cues().affiliated_nouns
    tokens = analysis.tokens
    found: set[int] = set()
    previous_end = -2
    for first, last, mention in analysis.actors_in_order:
        if mention.kind == "location":
            # "officials from the Philippines": the article before a name counts for none
            at = first - 1 if first >= 1 and tokens[first - 1].low == "the" else first
            by_noun = (
                at >= 2
                and tokens[at - 1].low in ("from", "in")
                and tokens[at - 2].low in nouns
                and not analysis.inside_actor(at - 2)  # "Arnor troops from Gondor"
            )
            joined = (
                bool(found)
                and first - previous_end <= 3
                and all(t.low in {"and", ",", "the"} for t in tokens[previous_end + 1 : first])
            )
            if by_noun or joined:
                found.add(first)
                previous_end = last
    return frozenset(found)


def is_venue(analysis: SentenceAnalysis, mention: ActorMention | None) -> bool:
    """Is the mention a place where something happens ("a summit in Geneva", "the
    Tbilisi Forum"), not one that something goes to or comes from?"""
    span = analysis.span_of(mention) if mention is not None else None
    if mention is None or span is None:
        return False
    tokens = analysis.tokens
    after = span[1] + 1
    names_an_event = (  # "the Tbilisi Forum"
        after < len(tokens)
        and tokens[after].text[:1].isupper()
        and not analysis.inside_actor(after)
    )
    in_place = mention.kind == "location" and (
        syntax.preposition_before(tokens, span[0]) in ("in", "at")
    )
    return names_an_event or in_place


def first_place(
    analysis: SentenceAnalysis, first_token: int, end_token: int
) -> ActorMention | None:
    """The first place named in the clause ("outside the Iraqi city of Basra")."""
    for f, _, mention in analysis.actors_in_order:
        if first_token <= f < end_token and mention.kind == "location":
            return mention
    return None


def domestic_target(
    analysis: SentenceAnalysis, match: Match, end_token: int, actor1: Actor
) -> Actor | None:
    """A group target named without a state ("dispersed demonstrators") is taken
    to be the acting state's own people, unless the place they are in follows
    ("killed three people in Kyiv")."""
    groups = cues().domestic_groups
    for i in range(match.anchor + 1, min(end_token, match.anchor + 8)):
        token = analysis.tokens[i]
        if analysis.inside_actor(i):
            return None
        sector = groups.get(token.low)
        if sector is not None:
            place = place_after(analysis, i + 1)
            owner = place if place is not None and place.code != actor1.code else actor1
            return Actor(code=owner.code, name=owner.name, sector=sector, text=token.text)
    return None


_PLACE_KINDS = frozenset({"location", "state", "capital"})
_QUARTERS = frozenset({
    "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
    "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
    "south-western",
})


def place_after(analysis: SentenceAnalysis, index: int) -> Actor | None:
    """The state of "in|from <state or capital>" starting at token ``index``."""
    tokens = analysis.tokens
    if index + 1 >= len(tokens) or tokens[index].low not in ("in", "from"):
        return None
    at = index + 1
    if at < len(tokens) and tokens[at].low == "the":
        at += 1
    if at < len(tokens) and tokens[at].low in _QUARTERS:
        at += 1  # "killed three people in northern Iraq": a part of the state is in it
    mention = next((m for f, _, m in analysis.actor_at if f == at), None)
    if mention is None or mention.actor is None or mention.kind not in _PLACE_KINDS:
        return None
    return mention.actor


# the places a state keeps abroad: protests outside them, missions opened
MISSIONS = frozenset(
    {"embassy", "embassies", "consulate", "consulates", "mission", "missions", "chancery"}
)
_OUTSIDE = frozenset({"outside", "front", "near", "at", "before"})
# what a crowd burns or shuns of another state: its flags, its goods ("burned Chinese flags
# in Manila", "boycotted Japanese goods")
PROTESTED_SYMBOLS = frozenset(
    {"flag", "flags", "goods", "products", "brands", "brand", "merchandise",
     "effigy", "effigies"}
)
_PROTEST_TARGETS = MISSIONS | PROTESTED_SYMBOLS  # a mission or a symbol named as the target
_MISSION_REACH = 10  # tokens after a protest's trigger that may name where it was held


def protested(
    analysis: SentenceAnalysis, match: Match, end_token: int
) -> tuple[ActorMention, ActorMention | None] | None:
    """The state a protest's own words name as its target, and the place it was held:
    an "anti-X" protest ("anti-Russian protests flared in Georgia") or one held at X's
    mission ("protesters stormed the Saudi embassy in Tehran", "gathered outside the
    Turkish embassy in Baghdad"), or whose flags or goods a crowd burns or shuns ("burned
    Chinese flags in Manila"). People of the place protest there; the place is None
    when the sentence does not name it."""
    tokens = analysis.tokens
    anchor = match.anchor
    for first, last, mention in analysis.actors_in_order:
        if mention.actor is None:
            continue
        if last == anchor - 1 and first >= 2 and tokens[first - 2].low == "anti" and (
            tokens[first - 1].text == "-"
        ):
            return mention, _place_in(analysis, anchor, end_token, mention.actor.code)
        if not anchor < first < min(end_token, anchor + _MISSION_REACH):
            continue
        # "stormed the Saudi, Kuwaiti and French embassies": every state of the list
        # owns a mission; the first named is the target, the others join it
        listed = list_end(analysis, first, last)
        if any(t.low in _PROTEST_TARGETS for t in tokens[listed : listed + 2]):
            return mention, _place_in(
                analysis, listed, min(end_token, listed + 7), mention.actor.code
            ) or opening_place(analysis, anchor, mention.actor.code)
        if _symbol_of(tokens, first):
            # "burned effigies of the Indian prime minister in Lahore", "stormed the embassy
            # of Saudi Arabia": the state's thing named before it, after "of"
            return mention, _place_in(analysis, last, min(end_token, last + 7), mention.actor.code)
    return _crowd_against(analysis, anchor, end_token)


# words that name what a crowd turns against: "rallied in Seoul against Japan's plan",
# "protested in Goma, denouncing Rwanda's support"
_AGAINST = frozenset({
    "against", "denouncing", "denounce", "denounced", "condemning", "condemn", "condemned",
    "decrying", "decry", "decried",
})
_AGAINST_REACH = 4  # tokens from such a word to the state it names


def _crowd_against(
    analysis: SentenceAnalysis, anchor: int, end_token: int
) -> tuple[ActorMention, ActorMention | None] | None:
    """A crowd's protest "against" a state, held in a named place of another ("thousands
    rallied in Seoul against Japan's plan", "protested in the city of Goma, denouncing
    Rwanda's support"): the state named is the target and the place held in says whose
    people protest. Without such a place nothing is told of who protests."""
    tokens = analysis.tokens
    limit = min(len(tokens), anchor + _MISSION_REACH + 10)
    for first, last, mention in analysis.actors_in_order:
        if mention.actor is None or not anchor < first < limit:
            continue
        words = tokens[max(anchor + 1, first - _AGAINST_REACH) : first]
        at = next((i for i, t in enumerate(words) if t.low in _AGAINST), None)
        if at is None:
            continue
        if first >= end_token and not (
            # past the clause only as its participle: "protested in Goma, denouncing Rwanda"
            words[at].low.endswith("ing") and at > 0 and words[at - 1].text == ","
        ):
            return None
        code = mention.actor.code
        place = _place_in(analysis, anchor, first, code) or _place_in(
            analysis, last, min(end_token, last + 7), code
        )
        if place is None or not place.actor or place.kind not in ("location", "capital", "state"):
            return None
        return mention, place
    return None


def listed_missions(analysis: SentenceAnalysis, first: int, last: int) -> list[ActorMention]:
    """The mentions of a list of one-word names before one shared noun that begins with
    the mention at ``first``..``last`` ("the Saudi, Kuwaiti, French and Iraqi
    embassies"), after it; empty when it begins none. Members before the last are single
    words joined by commas, the last by "and"."""
    by_start = {f: (end, m) for f, end, m in analysis.actor_at}
    tokens = analysis.tokens
    out: list[ActorMention] = []
    at = last + 1
    while first == last and at + 1 < len(tokens) and tokens[at].low in (",", "and"):
        nxt = at + 1 if tokens[at].low == "and" or tokens[at + 1].low != "and" else at + 2
        if nxt not in by_start or by_start[nxt][1].actor is None:
            break
        end, found = by_start[nxt]
        out.append(found)
        if tokens[nxt - 1].low == "and":
            return out
        if end != nxt:
            break
        first = last = nxt
        at = nxt + 1
    return []


def list_end(analysis: SentenceAnalysis, first: int, last: int) -> int:
    """The last token of the list of names the mention at ``first``..``last`` begins, or
    ``last`` when it begins none."""
    listed = listed_missions(analysis, first, last)
    span = analysis.span_of(listed[-1]) if listed else None
    return span[1] if span is not None else last


def _symbol_of(tokens: Sequence[Token], first: int) -> bool:
    """Does "of" or "of the" before ``first`` follow a mission or protested symbol?"""
    at = first - 1
    if at > 0 and tokens[at].low == "the":
        at -= 1
    return at > 0 and tokens[at].low == "of" and (
        tokens[at - 1].low in _PROTEST_TARGETS
    )


def _place_in(
    analysis: SentenceAnalysis, after: int, end_token: int, other: str
) -> ActorMention | None:
    """The first state or place after token ``after``, before ``end_token``, that is
    not ``other`` and that "in", "to" or "at" introduces ("in the Iraqi capital")."""
    tokens = analysis.tokens
    return next(
        (m for f, _, m in analysis.actors_in_order
         if after < f < end_token and m.actor is not None and m.actor.code != other
         and any(t.low in ("in", "to", "at") for t in tokens[after + 1 : f])),
        None,
    )  # fmt: skip


def opening_place(
    analysis: SentenceAnalysis, anchor: int, other: str
) -> ActorMention | None:
    """The place a sentence opens with, before ``anchor`` ("In Tehran, mobs attacked the
    Saudi embassy"), when it is not ``other``."""
    tokens = analysis.tokens
    if not tokens or tokens[0].low != "in":
        return None
    for first, last, mention in analysis.actors_in_order:
        if first in (1, 2) and all(t.low == "the" for t in tokens[1:first]) and (
            last + 1 < anchor and tokens[last + 1].text == ","
        ):
            return mention if mention.actor is not None and mention.actor.code != other else None
    return None


def people_protesting(tokens: Sequence[Token], anchor: int) -> bool:
    """Is the protest held outside a mission ("protests in front of the French embassy",
    "rallied outside the consulate") or named "anti-X" ("anti-Russian protests")?
    People protest so; a state's protest is lodged "with" or sent "to" an embassy."""
    if any(
        tokens[i].low == "anti" and tokens[i + 1].text == "-"
        for i in range(max(0, anchor - 4), anchor - 1)
    ):
        return True
    after = tokens[anchor + 1 : anchor + _MISSION_REACH]
    return any(
        t.low in _OUTSIDE and any(u.low in MISSIONS for u in after[i + 1 : i + 5])
        for i, t in enumerate(after)
    )
