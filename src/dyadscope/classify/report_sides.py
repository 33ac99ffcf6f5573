"""Sides a report names by its frame: "Armenia said Azerbaijani troops attacked its
territory" (the speaker's own ground is the target) and "Indian troops opened fire, Pakistan's
military said" (force reported only by the other side struck that side)."""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.classify import syntax
from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.patterns import Match
from dyadscope.classify.tokens import Token
from dyadscope.model import ActorMention

_OWN_GROUND = frozenset(
    {"territory", "positions", "position", "soil", "border", "borders", "posts", "post",
     "villages", "airspace", "waters", "troops", "soldiers", "forces", "army", "base", "bases",
     "region", "province", "drone", "drones", "aircraft", "vessels", "ships", "boats",
     # its craft, posts and people: "shot down one of its surveillance drones", "rammed
     # one of its coast guard vessels" (not a mission abroad: "crowds burned down its
     # embassy" are people of the place, not the speaker's foe)
     "vessel", "ship", "boat", "warship", "warships", "plane", "planes", "jet", "jets",
     "helicopter", "helicopters", "airliner", "checkpoint",
     "checkpoints", "citizens", "nationals", "guards", "towns",
     "village", "town", "facilities", "installations", "patrol", "patrols", "personnel"}
)


def speaker_owning_target(
    analysis: SentenceAnalysis, match: Match, actor: ActorMention
) -> ActorMention | None:
    """ "X said Y attacked its positions": "its" is the speaker's, so X is the target.
    The speaker is the actor right before a reporting verb that opens the sentence;
    with none, the sentence's first actor ("Pakistan recalled its envoy after Iran
    violated its airspace")."""
    tokens = analysis.tokens
    # "violated its airspace", "strikes on its autonomous Kurdish region"
    # ("one of its surveillance drones": the owner may stand a few words past the trigger)
    after = [t.low for t in tokens[match.anchor + 1 : match.end + 7]]
    if not any(
        word in ("its", "their") and _OWN_GROUND & set(after[i + 1 : i + 5])
        for i, word in enumerate(after)
    ):
        return None
    speaker = opening_speaker(analysis, match.start) or _first_actor(analysis, match.start)
    if speaker is None or speaker.actor is None or actor.actor is None:
        return None
    return speaker if speaker.actor.code != actor.actor.code else None


def _first_actor(analysis: SentenceAnalysis, before: int) -> ActorMention | None:
    firsts = [m for f, _, m in analysis.actors_in_order if f < before]
    first = firsts[0] if firsts else None
    return first if first is not None and first.kind != "location" else None


_BREAKS = frozenset({",", "—", "–", ";"})


def opening_speaker(analysis: SentenceAnalysis, before: int) -> ActorMention | None:
    """Who reports what comes before ``before``: the actor right before the nearest
    reporting verb ("Pakistan's foreign office said that ...", "..., Manila said in a
    statement, describing the move as illegal")."""
    said = reporting_verb_before(analysis, before)
    if said is None:
        return None
    tokens = analysis.tokens
    comma = next((i for i in range(said - 1, -1, -1) if tokens[i].text in _BREAKS), None)
    if comma is not None and comma + 1 < said and tokens[comma + 1].text[:1].isupper():
        # "... relations with Morocco, Foreign Minister Lamamra said": the reporting
        # clause has its own subject; a state before the comma is not it
        speakers = [m for f, last, m in analysis.actor_at if comma < f and last < said]
    else:
        speakers = [m for _, last, m in analysis.actor_at if last < said]
    if not speakers:
        return None
    speaker = speakers[-1]
    span = analysis.span_of(speaker)
    aside = tokens[said - 1].text in _BREAKS  # "X, when asked about Y, said": X speaks
    if span is not None and not aside and any(
        t.low in _CLAUSE_SUBORDINATORS for t in tokens[span[1] + 1 : said]
    ):
        # "Indonesia recalled its envoy to Australia after media reported that ...": the
        # report hangs from a clause of its own, whose subject is not the state before it
        return None
    return speaker


# words that open a clause of their own between a state and a later reporting verb
_CLAUSE_SUBORDINATORS = frozenset(
    {"after", "when", "following", "since", "because", "while", "before", "until",
     "once", "although", "though", "whereas"}
)


def reporting_verb_before(analysis: SentenceAnalysis, before: int) -> int | None:
    """Where the nearest reporting verb before token ``before`` is, if any."""
    tokens = analysis.tokens
    return next(
        (i for i in range(before - 1, -1, -1)
         if tokens[i].low in cues().reporting and not _report_noun(tokens, i)),
        None,
    )  # fmt: skip


def _report_noun(tokens: Sequence[Token], i: int) -> bool:
    """Is "reports" at ``i`` a noun ("after receiving reports of ...", "media reports",
    "according to reports") rather than a verb ("Xinhua reports that ...")?"""
    if tokens[i].low != "reports":
        return False
    after = tokens[i + 1].low if i + 1 < len(tokens) else ""
    before = tokens[i - 1].low if i > 0 else ""
    return after in ("of", "from", "in", "about", ",", ".") or before in _REPORT_NOUN_BEFORE or (
        before.endswith("ing") and tokens[i - 1].text.islower()
    )


_REPORT_NOUN_BEFORE = frozenset(
    {"the", "these", "those", "some", "many", "several", "recent", "media", "news", "press",
     "to", "of", "unconfirmed", "initial", "earlier", "local", "official", "and", "amid"}
)


def attributed_by_other_side(
    analysis: SentenceAnalysis, actor: ActorMention
) -> ActorMention | None:
    """The one state of a trailing attribution (", Pakistan's military said"), if it is
    not the actor's and is named nowhere else in the sentence."""
    tokens = analysis.tokens
    start = syntax.attribution_start(tokens)
    if start >= len(tokens) or actor.actor is None:
        return None
    sources = [
        m for f, _, m in analysis.actor_at
        if f > start and m.actor is not None and not m.actor.is_media
    ]  # fmt: skip  (a news agency reporting is no side: "..., Agence France-Presse reported")
    if len(sources) != 1 or sources[0].kind == "location":
        return None
    source = sources[0]
    code = source.actor.code if source.actor is not None else ""
    # "U.S. forces shot down Iranian drones, U.S. officials said": a side reporting
    # itself (a dateline, "NEW DELHI:", is where the report was filed, no side)
    told_before = any(
        f < start and m.actor is not None and m.actor.code == code and m.kind != "location"
        for f, _, m in analysis.actor_at
    )
    return source if code not in ("", actor.actor.code) and not told_before else None


def reported_by_other_side(
    analysis: SentenceAnalysis, match: Match, actor: ActorMention
) -> ActorMention | None:
    """The state that opens the report ("Pakistan said India committed ceasefire
    violations"), if it is another state than the actor's: force it reports with no
    target named struck it, as with a trailing attribution."""
    speaker = opening_speaker(analysis, match.start)
    if speaker is None or speaker.actor is None or actor.actor is None:
        return None
    if speaker.kind == "location" or speaker.actor.is_media or len(speaker.actor.code) != 3:
        return None
    return speaker if speaker.actor.code != actor.actor.code else None
