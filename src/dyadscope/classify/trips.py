"""Who travels where, when a visit is named by its destination or its traveller is
named only by the sentence around it ("Masimov's China visit", "X met Aliyev within his
visit to Azerbaijan", "the official visit to Kenya by the President of Spain")."""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.patterns import Match
from dyadscope.classify.syntax import POSSESSIVE_PRONOUNS, TRIPS
from dyadscope.classify.tokens import Token
from dyadscope.classify.venues import MISSIONS
from dyadscope.model import Actor, ActorMention


def destination_before(
    analysis: SentenceAnalysis, match: Match
) -> tuple[ActorMention | None, ActorMention] | None:
    """For a trip named after its destination ("Masimov's China visit", "his Baku
    trip"): the traveller named before it, if any, and the destination."""
    tokens, anchor = analysis.tokens, match.anchor
    if tokens[anchor].low not in TRIPS:
        return None
    place = next(
        ((f, m) for f, last, m in analysis.actor_at
         if last == anchor - 1 and m.kind in ("state", "capital")),
        None,
    )  # fmt: skip
    if place is None or place[0] == 0:
        return None
    # "the Egyptian leader's first-ever Turkey visit", "his maiden China trip": a few plain
    # words describing the trip may stand between the traveller and the place
    at = place[0] - 1
    while at > 0 and place[0] - at <= _TRIP_MODIFIER_REACH and _trip_modifier(tokens[at]):
        at -= 1
    before = tokens[at].low
    if not (before.endswith(("'s", "’s")) or before in POSSESSIVE_PRONOUNS):
        return None
    owner = next((m for _, last, m in analysis.actor_at if last == at), None)
    return owner, place[1]


_TRIP_MODIFIER_REACH = 4  # words between the traveller and the place: "first-ever official"


def _trip_modifier(token: Token) -> bool:
    """A plain lower-case word that can describe a trip ("first", "two-day", "official")."""
    word = token.text
    if word in ("-", "–"):
        return True  # "first-ever" told as three tokens
    return (word.replace("-", "").isalnum() and word == word.lower()
            and word not in POSSESSIVE_PRONOUNS and not word.endswith(("'s", "’s")))


_VISITOR_REACH = 6  # tokens from the trip to the "by" that names its traveller
_DESTINATION_WORDS = frozenset({"to", "in", "the", "a", "an"})
_ARTICLES = frozenset({"the", "a", "an"})
_OFFICIALS = frozenset({"person", "institution"})


def visitor_after(analysis: SentenceAnalysis, match: Match) -> ActorMention | None:
    """The traveller named after the trip: "the official visit to Kenya by the President
    of Spain", "received the courtesy visit of Malaysian Foreign Minister X". Only an
    official or a person follows "of": "a two-day visit of Pakistan" names where he went."""
    tokens = analysis.tokens
    # "official visit to": the trip's noun, wherever the pattern anchors it
    anchor = next((i for i in range(match.start, match.end) if tokens[i].low in TRIPS), None)
    if anchor is None:
        return None
    starting = {first: mention for first, _, mention in analysis.actor_at}
    inside = {i for first, last, _ in analysis.actor_at for i in range(first, last + 1)}
    for i in range(anchor + 1, min(len(tokens), anchor + 1 + _VISITOR_REACH)):
        word = tokens[i].low
        if word not in ("by", "of"):
            if word in _DESTINATION_WORDS or i in inside:
                continue  # "visit to Kenya by ..."
            return None  # "visit to Vietnam at the invitation of ...": another phrase
        if word == "of" and i != anchor + 1:
            return None
        j = i + 1
        while j < len(tokens) and tokens[j].low in _ARTICLES:
            j += 1
        mention = starting.get(j)
        if mention is not None and mention.actor is not None and (
            mention.kind in _OFFICIALS or (word == "by" and mention.kind != "location")
        ):
            return mention
        if word == "of":
            return None
    return None


_COUNTRY_WORDS = frozenset({"country", "kingdom", "nation"})
_PLACES = frozenset({"state", "capital", "location", "demonym"})


def country_meant(
    analysis: SentenceAnalysis, match: Match, visitor: ActorMention | None
) -> ActorMention | None:
    """ "praised relations with the UAE on Sunday, following an official visit to the
    country": the country is the state named last before the trip, other than the
    visitor's own."""
    tokens = analysis.tokens
    trip = next((i for i in range(match.start, match.end) if tokens[i].low in TRIPS), None)
    if trip is None:
        return None
    words = [t.low for t in tokens[trip + 1 : trip + 4]]
    if len(words) < 3 or words[:2] != ["to", "the"] or words[2] not in _COUNTRY_WORDS:
        return None
    own = visitor.actor.code if visitor is not None and visitor.actor is not None else None
    return next(
        (m for f, _, m in reversed(analysis.actors_in_order)
         if f < trip and m.kind in _PLACES and m.actor is not None and m.actor.code != own),
        None,
    )  # fmt: skip


def goes_home(subject: Sequence[ActorMention], destination: ActorMention | None) -> bool:
    """Is the would-be visitor of the destination's own state?"""
    if not subject or destination is None or destination.actor is None:
        return False
    visitor = subject[0].actor
    return visitor is not None and visitor.code == destination.actor.code


_DESTINATION_REACH = 12  # tokens from the trip to the "to" that names where it went
_ARRIVALS = ("arriv", "reach", "land")
_HOMEWARD = frozenset({"return", "returned", "returns", "returning", "back", "home"})
_WHERE = frozenset({"state", "capital", "location"})
# words that open another clause between the trip and a "to": "the visit comes weeks
# after X dispatched his envoy to Nigeria" names where the envoy went
_ANOTHER_CLAUSE = frozenset(
    {"after", "before", "when", "while", "as", "since", "following", "and", "but", "which",
     "who", "amid", "where"}
)


def trip_destination(analysis: SentenceAnalysis, match: Match) -> ActorMention | None:
    """The place a trip went to, as the sentence tells it: "(his visit / will make a
    visit / travelled) to Quito", "arrived (in) Addis Ababa ... on a state visit". Not
    the way home ("returned to Ankara after the visit")."""
    tokens = analysis.tokens
    places = [(f, m) for f, _, m in analysis.actors_in_order
              if m.kind in _WHERE and m.actor is not None]  # fmt: skip
    for f, mention in places:
        before = _word_before(tokens, f)
        if before is None:
            continue
        at, word = before
        if word == "to" and match.start <= at <= match.end + _DESTINATION_REACH and not any(
            t.low in _HOMEWARD or t.low in _ANOTHER_CLAUSE for t in tokens[match.start : at]
        ):
            return mention
        # "on her first official visit in Uganda", "during his trip in Japan": the place
        # "in" names right after the trip's noun is where it went
        if word == "in" and at > 0 and tokens[at - 1].low in TRIPS and (
            match.start <= at <= match.end + _DESTINATION_REACH
        ):
            return mention
    for f, mention in places:
        before = _word_before(tokens, f)
        if before is None:
            continue
        at, word = before
        if word in ("in", "at") and at > 0:
            at, word = at - 1, tokens[at - 1].low
        if word.startswith(_ARRIVALS):
            return mention
    return None


def _word_before(tokens: Sequence[Token], index: int) -> tuple[int, str] | None:
    """The word before a place, past articles and "occupied", "liberated" and the like."""
    i = index - 1
    while i >= 0 and tokens[i].low in _PLACE_MODIFIERS:
        i -= 1
    return (i, tokens[i].low) if i >= 0 else None


_PLACE_MODIFIERS = frozenset({"the", "a", "occupied", "liberated", "historic", "capital"})


_VISIT_REACH = 3  # tokens from "visited" to the place visited ("visited the city of")


def visited_at_home(analysis: SentenceAnalysis, match: Match, visitor: Actor | None) -> bool:
    """Is the place visited, named right after the verb, the visitor's own country or a
    foreign mission in it ("Patrushev said as he visited Kaliningrad", "the prime minister
    visited the Chinese embassy to convey condolences")? Then no one travelled to the
    other side: there is no visit. A trip "to" a place of the visitor's side
    (``trip_destination``) is one, with the sides the other way round."""
    if visitor is None or not analysis.tokens[match.anchor].low.startswith("visit"):
        return False
    found = next(
        ((last, m) for f, last, m in analysis.actors_in_order
         if match.anchor < f <= match.anchor + _VISIT_REACH and m.actor is not None),
        None,
    )  # fmt: skip
    if found is None:
        return False
    last, place = found
    after = analysis.tokens[min(len(analysis.tokens) - 1, last + 1)].low
    if MISSIONS & set(place.text.lower().split()) or after in MISSIONS:
        return True
    return (
        place.kind in ("location", "capital")
        and place.actor is not None
        and place.actor.code == visitor.code
    )
