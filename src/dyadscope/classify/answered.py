"""Acts told as what another act answers or a reaction is about ("recalled its envoy after
an Iranian air strike", "sanctions against Turkey over the downing of its jet", "condemned
the Indian air strikes on its territory"): events of their own, done before the answer by
the side the answering act is aimed at to the side that answers, dated by their own phrase,
by a count back ("a day earlier") or else by the answer's month."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.event_dates import days_counted
from dyadscope.classify.patterns import Match
from dyadscope.classify.tokens import Token
from dyadscope.day_references import DAY_UNITS
from dyadscope.model import Actor, DateRef, Event

# what opens the act another answers: "recalled its envoy after an Iranian air strike",
# "sanctions against Turkey over the downing of its jet", "protest against the expulsion"
_ANSWER_OPENERS = frozenset({"after", "following", "over", "for", "against"})

# acts that answer another's act done to them
_HOSTILE_ANSWERS = frozenset(
    {"sanction", "criticism_hostility", "coerce", "armed_clash", "mobilize", "protest"}
)

# what an answered act may be: force, coercion, a measure against the other
ANSWERABLE = frozenset({"armed_clash", "coerce", "sanction", "mobilize"})

_MORE_ANSWERING = (
    ("responding", "to"),
    ("retaliation", "for"),
    ("retaliate", "for"),
    ("retaliated", "for"),
    ("retaliating", "for"),
    ("revenge", "for"),
)

# a reaction whose object is an act done ("condemned the Indian air strikes", "protest the
# expulsion of a diplomat", "Japan's criticism of China's manoeuvres"): the act took place,
# done by the side the reaction is aimed at to the reacting side
_REACTIONS = cues().reproach.reactions

_REACTING = frozenset({"criticism_hostility", "protest"})

# what makes a reaction's object no act done: "condemned any attempt to strike", "India's
# threat of air strikes", "the planned strikes", "the sanctions policy of the EU"
NOT_DONE = frozenset(
    {"any", "attempt", "attempts", "threat", "threats", "threatened", "possible", "possibility",
     "prospect", "plan", "plans", "planned", "proposed", "proposal", "intended", "intention",
     "decision", "decisions", "call", "calls", "demand", "demands", "idea", "talk", "future",
     "policy", "policies", "regime", "law", "laws", "bill", "practice", "practices"}
)  # fmt: skip

# what goes on telling an act after its noun: whom it struck, where, when, by whom
_TELLING = frozenset(
    {"on", "upon", "against", "of", "in", "at", "into", "near", "by", "inside", "across",
     "along", "over", "last", "earlier", "this", "late", "early", "targeting"}
)  # fmt: skip


def _done_act(analysis: SentenceAnalysis, opening: int, match: Match) -> bool:
    """Is the act a reaction takes as its object one told as done, not one threatened,
    planned or a standing policy ("condemned any attempt to ...", "criticised the sanctions
    policy")?"""
    tokens = analysis.tokens
    words = [t.low for t in tokens[opening + 1 : match.anchor]]
    after = tokens[match.end].low if match.end < len(tokens) else "."
    told = {t.low for t in tokens[match.anchor + 1 : match.end + 1]}
    # the phrase tells the act, what it struck, where or when ("an Israeli airstrike on
    # military targets last night"); "condemned the Indian air strikes" alone names news
    # told elsewhere
    return not (NOT_DONE & set(words) or after in NOT_DONE or not told & _TELLING)


ANSWERED_REACH = 6  # words from the opening to the answered act

_ANSWERING_REACH = 25  # words from the answering act to the opening

# words that end the noun phrase an opening governs: a clause, a verb, a list
NOT_IN_PHRASE = frozenset(
    {"which", "that", "who", "and", "or", "but", "to", "was", "were", "is", "are", "had",
     "has", "have", "be", "been", "it", "they", "he", "she", "as", "when", "while", ",",
     ";", ":", "(", ")", "said", "says"}
)  # fmt: skip


class Answered(NamedTuple):
    """The act another answers: who did it, to whom, where its phrase opens, and the
    answering act."""

    doer: Actor
    struck: Actor
    opening: int
    answering: Event
    reaction: bool = False  # the object of a reaction ("condemned the Indian strikes")


def answered_sides(
    analysis: SentenceAnalysis, match: Match, coded_at: dict[int, Event]
) -> Answered | None:
    """Who did the act at ``match`` and to whom, where it is told as what an act coded
    before it in the sentence answers ("Pakistan recalled its envoy after an Iranian air
    strike ...": Iran struck Pakistan; "Moscow announced sanctions against Turkey over
    the downing of a Russian warplane": Turkey downed it): the answering act's other
    side and its own side. None where it is no such act."""
    if match.pattern.kind not in ANSWERABLE or match.pattern.dyadic:
        return None
    words = analysis.words
    phrases = (*cues().answering, *cues().causes, *_MORE_ANSWERING)
    opening = None
    reaction = False  # the act is what a reaction takes as its object
    for at in range(match.start - 1, max(-1, match.start - 1 - ANSWERED_REACH), -1):
        opening = next(
            (at + 1 - len(p) for p in phrases
             if at + 1 >= len(p) and tuple(words[at + 1 - len(p) : at + 1]) == p),
            at if words[at] in _ANSWER_OPENERS else None,
        )  # fmt: skip
        if opening is None and words[at] in _REACTIONS:
            opening, reaction = at, True
        if opening is not None:
            break
        if words[at] in NOT_IN_PHRASE and not analysis.inside_actor(at):
            return None
        if (
            words[at].endswith("ed")
            and words[at] not in cues().object_np
            and not (analysis.inside_actor(at))
        ):
            return None  # "after Tehran launched attacks": a clause of its own
    if opening is None:
        return None
    if reaction and not _done_act(analysis, opening, match):
        return None
    answering = next(
        (event for anchor, event in sorted(coded_at.items(), reverse=True)
         if opening - _ANSWERING_REACH <= anchor < opening + reaction
         and (not reaction or event.kind in _REACTING)),
        None,
    )  # fmt: skip
    if answering is None or answering.actor1 is None or answering.actor2 is None:
        return None
    if answering.actor1.code == answering.actor2.code:
        return None
    # a reaction only announced or planned is still about an act done ("will lodge a
    # protest over recent Turkish airstrikes"); an answer only planned answers nothing yet
    if answering.status != "actual" and not (
        answering.status == "planned"
        and answering.kind in _REACTING
        and not NOT_DONE & {w for w in words[opening + 1 : match.end + 1]}
    ):
        return None
    if ";" in words[answering_anchor(coded_at, answering) : opening]:
        return None
    trigger = str(answering.extra.get("trigger", "")).lower()
    if trigger.startswith(_CHARGES):
        return None  # "blamed its neighbour for rebel raids": what a charge alleges
    if answering.kind not in _HOSTILE_ANSWERS:
        return None  # an apology "for the downing of a jet" comes months after it
    doer, struck = answering.actor2, answering.actor1
    return Answered(plain_side(doer), plain_side(struck), opening, answering, reaction)


_CHARGES = ("accus", "blam", "charg")

# who does an attack no state owns: "after the Pahalgam terror attack", "after two suicide
# bombers struck a mosque"
_NON_STATE = frozenset(
    {"terror", "terrorist", "terrorists", "suicide", "bomber", "bombers", "militant",
     "militants", "rebel", "rebels", "insurgent", "insurgents", "gunmen", "extremist",
     "extremists", "jihadist", "jihadists", "smugglers"}
)  # fmt: skip


def answered_roles(
    answered: Answered,
    actor1: Actor | None,
    actor2: Actor | None,
    words: Sequence[str],
    end: int,
) -> tuple[Actor, Actor] | None:
    """The answered act's sides, where the clause names one of them as the answering
    act's sides have it ("the downing of a Russian warplane": who downed it is the
    sanctioned side); None where it names them otherwise or names no state's act."""
    doer, struck = answered.doer, answered.struck
    if _NON_STATE & set(words[answered.opening : end]):
        return None
    if actor1 is None and actor2 is not None and actor2.code == struck.code:
        return doer, actor2
    if (
        actor1 is not None
        and actor1.code == doer.code
        and (actor2 is None or actor2.code == struck.code)
    ):
        return actor1, actor2 or struck
    if (
        answered.reaction
        and actor1 is not None
        and actor2 is not None
        and actor1.code != actor2.code
        and answered.answering.actor1 is not None
        and actor1.code != answered.answering.actor1.code
    ):
        # "Egypt condemned the attack by Israeli forces on Gaza", "condemned Russia's
        # strikes on Ukraine": the act the reaction is about names its own doer and the
        # side it struck, whoever reacts to it
        return actor1, actor2
    return None


def answering_anchor(coded_at: dict[int, Event], event: Event) -> int:
    return next(anchor for anchor, coded in coded_at.items() if coded is event)


def plain_side(actor: Actor) -> Actor:
    """The state or organisation itself, as a side the clause did not write."""
    return Actor(code=actor.code, name=actor.name, sector=None, text="")


_COUNT_REACH = 3  # "the day before" may stand past the clause's end

_TIME_UNITS = frozenset({*DAY_UNITS, "hour", "hours", "minutes", "month", "months"})


def answered_date(
    analysis: SentenceAnalysis,
    answered: Answered,
    end: int,
    date: DateRef,
    doc_date: str | None,
) -> DateRef:
    """The answered act's date: one of its own phrase ("over the downing of its jet on
    November 24"); else counted back from the answer ("after an air strike a day
    earlier", "after Tehran launched attacks the day before"); else the answer's month,
    as told before it ("after an Iranian air strike": a day or some days before)."""
    own = analysis.dates_between(answered.opening, end)
    if own:
        return date if any(d.text == date.text for d in own) else own[0]
    counted = answered.opening > 0 and analysis.tokens[answered.opening - 1].low in _TIME_UNITS
    if counted and date.start:
        return date  # "a day after Y expelled ...", "hours after": counted from the answer
    base = answered.answering.date
    if not base.start:
        base = DateRef(doc_date, precision="day", basis="document") if doc_date else base
    if not base.start:
        return date
    days = _days_back(analysis.tokens, answered.opening, end + _COUNT_REACH)
    if days is not None and base.precision == "day":
        day = datetime.date.fromisoformat(base.start) - datetime.timedelta(days=days)
        return DateRef(day.isoformat(), precision="day", text=base.text, basis="relative")
    if base.precision not in ("day", "month"):
        return replace(base, basis="context")
    return DateRef(base.start[:7], precision="month", text=base.text, basis="context")


def _days_back(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """The days "a day earlier", "two days before", "the day before", "the previous day"
    in tokens ``start:end`` count back, at the end of a phrase; else None."""
    for at in range(start + 1, min(end, len(tokens))):
        after = tokens[at + 1].low if at + 1 < len(tokens) else "."
        if tokens[at].low in ("earlier", "before") and not after[:1].isalnum():
            days = days_counted(tokens, at)
            if days is not None:
                return days
        if tokens[at].low == "day" and tokens[at - 1].low in ("previous", "preceding"):
            return 1
    return None
