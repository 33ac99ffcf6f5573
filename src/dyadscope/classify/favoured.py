"""Acts a favourable reaction is about ("thanked Turkey for its support", "praised the
talks with Mitsotakis", "thanked the hosts for their hospitality"): the help given, the
talks held, the visit made, as events of their own, where the phrase says who gave or
took part. What is only planned, proposed or ahead is none (the words of answered.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.answered import ANSWERED_REACH, NOT_DONE, NOT_IN_PHRASE, plain_side
from dyadscope.classify.derived import goldstein, recoded
from dyadscope.classify.patterns import Match
from dyadscope.model import Actor, Event, stable_id

# a favourable reaction whose object is a side's help ("thanked Turkey for its support",
# "expressed gratitude for the assistance provided by Germany", "appreciated Azerbaijani
# support for Pakistan's stance"): the help was given, by the side thanked to the one
# that thanks
_THANKS = ("thank", "gratitude", "grateful", "appreciat")

# what a side is thanked for that is an act of its own: help, and words of sympathy
_HELP = frozenset(
    {"support", "supporting", "assistance", "aid", "help", "helping", "solidarity",
     "sympathies", "sympathy", "condolences"}
)  # fmt: skip

# what a host gives a guest: thanks for it tell the thanking side's visit to the host
# ("thanked the Iranian side for the warm welcome", "gratitude to the Emir for the
# hospitality")
_HOSTING = frozenset({"hospitality", "welcome", "reception"})

# a visit the thanked side made: "thanked the Ivorian President for visiting Ghana",
# "praised his counterpart for his visit": the side thanked is the guest, the thanking
# side the host
_VISITED = frozenset({"visit", "visiting", "visits"})
# the words that may come between "for" and the visit ("for his recent state visit")
_VISIT_TOLD = frozenset({"his", "her", "their", "its", "the", "this", "recent", "official",
                         "state", "historic", "first", "working"})

# words of feeling, which are a statement of support whatever else the phrase tells
_SYMPATHY = frozenset({"solidarity", "sympathies", "sympathy", "condolences"})

# what makes help stated support: a stance, a cause, a claim backed ("its support for
# Pakistan's stance on Kashmir", "supporting Georgia's territorial integrity", "political
# and moral support")
_STATED = frozenset(
    {"political", "moral", "diplomatic", "principled", "stance", "position", "positions",
     "cause", "integrity", "sovereignty", "candidacy", "bid"}
)  # fmt: skip

# what makes help aid: goods, money, relief given ("the support it has provided", "their
# support in providing equipment and financing", "humanitarian assistance")
_GIVEN = frozenset(
    {"provided", "providing", "provide", "sending", "sent", "delivering", "delivered",
     "humanitarian", "financial", "economic", "technical", "equipment", "financing",
     "funding", "funds", "relief", "supplies", "donation", "donations", "grants", "loans"}
)  # fmt: skip

# words that come between the thanked side and what it is thanked for, or in the
# phrase before the help's noun: "for", "its", "strong", "the"
_HELP_REACH = 6  # words from "for" (or "appreciated") to the help's noun

_THANKS_REACH = 14  # words from the thanking word to "for"

# verbs whose object is what is appreciated ("appreciated Azerbaijani support")
_APPRECIATING = frozenset({"appreciate", "appreciates", "appreciated", "appreciating"})

# what joins the sides thanked, or the words telling the help ("political and moral")
_LISTING = frozenset({"and", ","})


def thanked_for(event: Event, analysis: SentenceAnalysis, match: Match) -> Event | None:
    """The help a favourable reaction thanks a side for ("Georgia thanked Azerbaijan for
    supporting its territorial integrity", "Moldova thanked Germany for the support it has
    provided"): stated support (SUPPORT) where the phrase tells a stance or cause backed or
    a feeling shared, aid (AID) where it tells goods or money given; from the side thanked
    (or the one the phrase names as giving it) to the side that thanks. None where the
    phrase tells neither, or help not yet given ("its readiness to support")."""
    if event.kind != "support_statement" or event.status != "actual" or event.actor1 is None:
        return None
    words = analysis.words
    thanks = next((i for i in range(match.start, match.end) if words[i].startswith(_THANKS)), None)
    if thanks is None:
        return None
    # "thanked Turkey for ...", "expressed gratitude to X for ...": the help follows "for";
    # "appreciated Azerbaijani support": it is the object itself
    if words[thanks] in _APPRECIATING:
        opening: int | None = thanks
    else:
        opening = next(
            (i for i in range(thanks + 1, min(len(words), thanks + 1 + _THANKS_REACH))
             if words[i] == "for"),
            None,
        )  # fmt: skip
    if opening is None:
        return None
    if any(w in NOT_IN_PHRASE and w not in (*_LISTING, "to") and not analysis.inside_actor(i)
           for i, w in enumerate(words[thanks + 1 : opening], thanks + 1)):  # fmt: skip
        return None  # "thanked Turkey, saying that ... for": a clause of its own
    head = next(
        (
            i
            for i in range(opening + 1, min(len(words), opening + 1 + _HELP_REACH))
            if words[i] in _HELP or words[i] in _HOSTING or words[i] in _VISITED
        ),
        None,
    )
    if head is None:
        return None
    before = words[opening + 1 : head]
    if NOT_DONE & set(before) or any(
        w in NOT_IN_PHRASE and w not in _LISTING and not analysis.inside_actor(i)
        for i, w in enumerate(before, opening + 1)
    ):
        return None  # "for its readiness to support", "for the plan to send aid"
    end = _phrase_end(words, head)
    visited = words[head] in _VISITED  # "for visiting Ghana": the side thanked was the guest
    if visited and not (
        set(before) <= _VISIT_TOLD
        and not any(w in ("and", "invited", "invite", "invites") and not analysis.inside_actor(i)
                    for i, w in enumerate(words[thanks + 1 : opening], thanks + 1))
    ):
        return None  # "thanked his hosts and invited X for a return visit": none made yet
    if visited:
        # "for visiting Ghana and for the reception ... last year": the visit's own words
        end = next((i for i in range(head + 1, end) if words[i] in ("and", "but", ",")), end)
    told = set(words[opening + 1 : end])
    if visited or words[head] in _HOSTING:
        code = "042"
    elif words[head] in _SYMPATHY or _STATED & told:
        code = "051"
    elif _GIVEN & told:
        code = "070"
    else:
        return None  # "thanked the Sultan for his strong support in the bilateral relationship"
    thanked = event.actor1
    giver = next(
        (m.actor for f, _, m in analysis.actors_in_order
         if m.actor is not None and m.actor.code != thanked.code
         and _gives(words, opening, head, f)),
        event.actor2,
    )  # fmt: skip
    if giver is None or giver.code == thanked.code:
        return None
    own = analysis.dates_between(opening, end)
    if visited:
        giver, thanked = event.actor2, event.actor1  # the side thanked came as the guest
        if giver is None or giver.code == thanked.code:
            return None
    elif code == "042":
        giver, thanked = thanked, giver  # the guest visited the host
    helped = replace(
        event,
        id=stable_id(event.id, "thanked for"),
        actor1=plain_side(giver),
        actor2=plain_side(thanked),
        others=(),
        quantities=(),
        date=own[0] if own else event.date,
        extra={**event.extra, "trigger": " ".join(words[opening + 1 : head + 1]), "answered": True},
    )
    return recoded(helped, code)


_GIVER_REACH = 4  # words from the help's noun to "of Germany", "provided by Germany"


def _gives(words: Sequence[str], opening: int, head: int, at: int) -> bool:
    """Is the side at ``at`` named as the help's giver: before its noun ("Azerbaijani
    support", "Pakistan's consistent support") or just after it by "of" or "by" ("the
    support of the Azerbaijan government", "the assistance provided by Germany")?"""
    if opening < at < head:
        return True
    between = words[head + 1 : at]
    return (
        head < at <= head + _GIVER_REACH
        and bool(between)
        and between[-1] in ("of", "by")
        and not {"to", "for", "towards"} & set(between)
    )


def _phrase_end(words: Sequence[str], head: int) -> int:
    """Where the phrase telling the help ends: the sentence's end, a semicolon, or a new
    clause ("..., and noted that ...")."""
    for at in range(head + 1, len(words)):
        if words[at] in (";", ".") or (
            words[at] == "," and at + 1 < len(words) and words[at + 1] in ("and", "but", "saying")
        ):
            return at
        if words[at] in ("and", "but") and at + 1 < len(words) and words[at + 1].endswith("ed"):
            return at  # "and noted that", "and reiterated"
    return len(words)


# a favourable reaction whose object is a joint act it names the parties of ("welcomed the
# agreement between Armenia and Azerbaijan", "praised the talks with Mitsotakis",
# "hailed the signing of the peace deal between Ethiopia and Eritrea"): the act took place,
# between the sides the phrase names
_WELCOMING = ("welcom", "hail", "prais", "laud", "commend", "applaud", "salut", "congratulat")

_TALKS = ("negotiation", "CONSULT", "046")

_MEETING = ("meeting", "CONSULT", "040")

_SIGNED = ("agreement_signed", "AGREE", "057")

_TRUCE = ("ceasefire", "RETREAT", "0871")

_RELEASE = ("retreat", "RETREAT", "0841")

_WELCOMED_ACTS = {
    **dict.fromkeys(("talks", "negotiations", "discussions", "consultations", "dialogue"), _TALKS),
    **dict.fromkeys(("meeting", "meetings", "summit"), _MEETING),
    **dict.fromkeys(("agreement", "agreements", "deal", "accord", "treaty", "signing"), _SIGNED),
    **dict.fromkeys(("ceasefire", "truce"), _TRUCE),
    **dict.fromkeys(("release", "freeing"), _RELEASE),
}

# acts done by one side to another ("welcomed Baku's release of 10 Armenian detainees",
# "the release of two French citizens by Iran"): the doer is the side named before the
# noun or after "by", the other the side of those it was done to
_DIRECTED = frozenset({"release", "freeing"})

# the participle that tells a joint act's parties after "by" ("the agreement signed by
# Armenia and Azerbaijan", "the ceasefire agreed by India and Pakistan")
_DONE_BY = frozenset({"signed", "agreed", "reached", "concluded", "held", "declared"})

# an act not yet done, whatever the reaction: "the upcoming talks", "the next summit"
_AHEAD = frozenset({"upcoming", "forthcoming", "next", "future", "coming", "expected", "new"})

_PARTIES_REACH = 8  # words from the act's noun to "between", "with"


class Welcomed(NamedTuple):
    """The act a favourable reaction is about, and the tokens of the phrase telling it,
    from its noun to the parties it names: an act matched inside them is this act, not
    one of the side that welcomes it ("Japan welcomed the agreement signed by A and B")."""

    act: Event
    start: int
    end: int


def welcomed_act(event: Event, analysis: SentenceAnalysis, match: Match) -> Welcomed | None:
    """The act a favourable reaction is about, where the phrase names its parties:
    "between A and B" (A and B), "with B" (the reacting side and B), "signed by A and B"
    (A and B), "X's release of Y's citizens" (X to Y); dated by the phrase's own date,
    else as the reaction. None for a plan, proposal or decision welcomed ("the
    proposal to hold talks"), an act still ahead ("the upcoming talks with X"), or one the
    phrase names no party of ("welcomed the agreement")."""
    if event.kind != "support_statement" or event.status != "actual" or event.actor1 is None:
        return None
    tokens = analysis.tokens
    words = analysis.words
    reacting = next(
        (i for i in range(match.start, match.end) if words[i].startswith(_WELCOMING)), None
    )
    if reacting is None:
        return None
    opening = reacting
    if words[reacting].startswith("congratulat"):
        # "congratulated Sudan on the ceasefire with South Sudan"
        opening = next((i for i in range(reacting + 1, min(len(words), reacting + 8))
                        if words[i] in ("on", "for")), reacting)  # fmt: skip
    head = next(
        (
            i
            for i in range(opening + 1, min(len(words), opening + 1 + ANSWERED_REACH))
            if words[i] in _WELCOMED_ACTS
        ),
        None,
    )
    if head is None:
        return None
    before = words[opening + 1 : head]
    if (NOT_DONE | _AHEAD) & set(before) or any(
        w in NOT_IN_PHRASE and not analysis.inside_actor(i)
        for i, w in enumerate(before, opening + 1)
    ):
        return None  # "welcomed the proposal to hold talks", "and the upcoming summit"
    if head + 1 < len(words) and words[head + 1] in ("to", "on", "that"):
        return None  # "the talks to be held", "the agreement on ...": a plan or a content
    sides = _named_parties(event, analysis, words, opening, reacting, head)
    if sides is None:
        return None
    first, second, linker = sides
    own = analysis.dates_between(opening, len(tokens))
    kind, plover, cameo = _WELCOMED_ACTS[words[head]]
    act = replace(
        event,
        id=stable_id(event.id, "welcomed"),
        kind=kind,
        plover=plover,
        cameo=cameo,
        goldstein=goldstein(cameo),
        actor1=plain_side(first),
        actor2=plain_side(second),
        others=(),
        quantities=(),
        date=own[0] if own else event.date,
        extra={
            **event.extra,
            "trigger": " ".join(words[head : linker + 1]),
            "answered": True,
            "definite": True,
        },
    )
    return Welcomed(act, head, min(len(words), linker + 1 + ANSWERED_REACH))


def _named_parties(
    event: Event,
    analysis: SentenceAnalysis,
    words: Sequence[str],
    opening: int,
    reacting: int,
    head: int,
) -> tuple[Actor, Actor, int] | None:
    """The parties the phrase of a welcomed act names, and the word that names them:
    "between A and B" (A, B), "with B" (the reacting side and B), "signed by A and B"
    (A, B); for an act one side does to another, "X's release of Y's citizens" or "the
    release of Y's citizens by X" (X, Y). None where it names no such parties."""
    directed = words[head] in _DIRECTED
    linker = next(
        (i for i in range(head + 1, min(len(words), head + 1 + _PARTIES_REACH))
         if words[i] in ("between", "with", "by")),
        None,
    )  # fmt: skip
    if linker is not None and any(
        w in NOT_IN_PHRASE and w != "and" and not analysis.inside_actor(i)
        for i, w in enumerate(words[head + 1 : linker], head + 1)
    ):
        linker = None
    if (
        linker is not None
        and words[linker] == "by"
        and not (directed or linker - 1 == head or words[linker - 1] in _DONE_BY)
    ):
        linker = None  # "the agreement on trade by the end of the year"
    if directed and linker is not None and words[linker] != "by":
        linker = None
    named = [m.actor for f, _, m in analysis.actors_in_order
             if linker is not None and linker < f <= linker + ANSWERED_REACH
             and m.actor is not None]  # fmt: skip
    codes = list(dict.fromkeys(a.code for a in named))
    if directed:
        # the doer: before the noun ("Baku's release") or after "by"; the side done to:
        # those named between the noun and "by", or after the noun
        before = [m.actor for f, _, m in analysis.actors_in_order
                  if opening < f < head and m.actor is not None]  # fmt: skip
        after = [m.actor for f, _, m in analysis.actors_in_order
                 if head < f < (linker if linker is not None else head + 1 + _PARTIES_REACH)
                 and m.actor is not None]  # fmt: skip
        doer = named[0] if linker is not None and named else (before[0] if before else None)
        done_to = after[0] if after else None
        if doer is None or done_to is None or doer.code == done_to.code:
            return None
        return doer, done_to, linker if linker is not None else head
    if linker is None:
        return None
    if words[linker] in ("between", "by") and len(codes) >= 2:
        first = next(a for a in named if a.code == codes[0])
        second = next(a for a in named if a.code == codes[1])
    elif words[linker] == "with" and event.actor2 is not None:
        # "praised the talks with X": the praising side's; "congratulated Sudan on the
        # ceasefire with South Sudan": the side congratulated's
        host = event.actor2 if opening != reacting else event.actor1
        if host is None or not named or named[0].code == host.code:
            return None
        first, second = host, named[0]
    else:
        return None
    return first, second, linker
