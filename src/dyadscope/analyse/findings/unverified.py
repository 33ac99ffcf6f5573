"""Claims no data-set row speaks to, each with what was searched.

Arms claims and trade figures are always checked (SIPRI and Comtrade are the data
sets that can speak to them; the note says when the store holds no rows of one for
the pair). Other events are listed only where an event data set (GDELT, ICEWS,
POLECAT) has rows for the pair: without one, every event would be "unverified" and
the word would say nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dyadscope.analyse.findings.common import (
    date_text,
    event_claim,
    observation_claim,
    sides,
)
from dyadscope.analyse.findings.trade import flow_words
from dyadscope.model import Event, Finding, Observation


def unverified(
    pair: tuple[str, str],
    arms: Sequence[Event],
    trade: Sequence[Observation],
    other: Sequence[Event],
    spoken: set[str],
    reasons: Mapping[str, str],
) -> list[Finding]:
    """A finding per claim in ``arms``, ``trade`` or ``other`` that is not ``spoken``
    to; ``reasons`` says what was searched for each."""
    findings = []
    seen: set[str] = set()
    arms_ids = {e.id for e in arms}
    for event in [*arms, *other]:
        if event.id in spoken or event.id in seen:
            continue
        seen.add(event.id)
        what = event.kind
        if event.id in arms_ids:
            what = "arms transfer" if event.kind == "arms_transfer" else f"arms deal ({event.kind})"
        findings.append(Finding(
            type="unverified",
            pair=pair,
            subject=f"{what} {sides(event)}, {date_text(event.date)}",
            claims=(event_claim(event),),
            note=reasons.get(event.id, "no data set in the store speaks to this claim"),
        ))  # fmt: skip
    for obs in trade:
        if obs.id in spoken or obs.id in seen:
            continue
        seen.add(obs.id)
        findings.append(Finding(
            type="unverified",
            pair=pair,
            subject=f"{flow_words(obs)}, {date_text(obs.period)}"
            + (f", {obs.commodity}" if obs.commodity else ""),
            claims=(observation_claim(obs),),
            field="value",
            note=reasons.get(obs.id, "no data set in the store speaks to this figure"),
        ))  # fmt: skip
    return findings
