"""Wars and strikes named rather than told: "liberated as a result of the second
Karabakh war", "Azerbaijan won the April War". The name says who fought and when
(``data/historical_dates.tsv``), so such a mention is an armed clash between those
sides, dated as history dates it. A name that only says when something else happened
("since the Kargil war", "during the 44-day war", "following the April War") is a time,
not a clash told."""

from __future__ import annotations

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
        if frozenset((first, second)) in told or _as_time(sentence.text, mention.start):
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


def _as_time(text: str, start: int) -> bool:
    before = text[:start].lower().replace(",", " ").split()[-_TIME_REACH:]
    return bool(_AS_TIME & set(before))
