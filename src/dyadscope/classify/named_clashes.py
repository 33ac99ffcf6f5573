"""Wars and strikes named rather than told: "liberated as a result of the second
Karabakh war", "Azerbaijan won the April War". The name says who fought and when
(``data/historical_dates.tsv``), so such a mention is an armed clash between those
sides, dated as history dates it. A name that only says when something else happened
("since the Kargil war", "during the 44-day war", "following the April War") is a time,
not a clash told, unless it names who fought ("in the aftermath of the Sino-Indian war",
"during the 44-day war against Armenia"): a war between two states named as the setting
of the story's act is still coded, with its own date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dyadscope.classify.analysis import DocContext, SentenceAnalysis
from dyadscope.codes.cameo import cameo as cameo_lookup
from dyadscope.codes.countries import country_name
from dyadscope.model import Actor, Event, stable_id

_CAMEO = "190"  # use conventional military force
# words before a name that make it the time of another act
_AS_TIME = frozenset(
    {"since", "after", "following", "during", "before", "until", "till", "end", "wake",
     "aftermath", "amid", "throughout"}
)
_TIME_REACH = 4  # words back from the name ("since the end of the first Karabakh war")
# a name joining both sides ("Sino-Indian", "Armenian-Azerbaijani"), or the foe named
# right after it ("war against Armenia", "war with India")
_BOTH_SIDES_NAMED = re.compile(
    r"\bSino[- ]|\b[A-Z][a-z]+(?:ian|ese|an|i)-[A-Z][a-z]+(?:ian|ese|an|i)\b")
_FOE_NAMED = re.compile(r"\s+(?:against|with)\s+(?:the\s+)?[A-Z]")


def named_clashes(
    analysis: SentenceAnalysis, ctx: DocContext, coded: Sequence[Event]
) -> list[Event]:
    """The named clashes of the sentence that its coded events do not already tell
    (an armed clash of the same sides that took place)."""
    told = {
        frozenset((e.actor1.code, e.actor2.code))
        for e in coded
        if e.kind == "armed_clash" and e.status == "actual"
        and e.actor1 is not None and e.actor2 is not None
    }  # fmt: skip
    info = cameo_lookup(_CAMEO)
    sentence = analysis.sentence
    out = []
    for mention in analysis.clashes:
        first, second = mention.sides
        if frozenset((first, second)) in told:
            continue
        if _as_time(sentence.text, mention.start, mention.end):
            continue
        told.add(frozenset((first, second)))
        out.append(
            Event(
                id=stable_id(ctx.doc_id, sentence.start, "named_clash", mention.start),
                kind="armed_clash",
                plover="ASSAULT",
                cameo=_CAMEO,
                goldstein=info.goldstein if info else None,
                domain="security",
                status="actual",
                actor1=_state(first, mention.date.text),
                actor2=_state(second, mention.date.text),
                date=replace(mention.date, basis="explicit"),
                source=analysis.source(ctx),
                confidence=0.8,
                extra={"trigger": mention.date.text, "pattern": "historical_dates.tsv"},
            )
        )
    return out


def _state(code: str, text: str) -> Actor:
    return Actor(code=code, name=country_name(code) or code, sector=None, text=text)


def _as_time(text: str, start: int, end: int) -> bool:
    """Is the name only when something else happened? Not when it names who fought:
    its own name joins both sides ("the Sino-Indian war") or the words after it name
    the foe ("during the 44-day war against Armenia"), the war told as the setting of
    the act but a war between two states all the same."""
    before = text[:start].lower().replace(",", " ").split()[-_TIME_REACH:]
    if not _AS_TIME & set(before):
        return False
    if _BOTH_SIDES_NAMED.search(text[start:end]):
        return False
    return not _FOE_NAMED.match(text[end:])
