"""Every matcher over one pair's records, in one call; findings in reading order
(contradictions, mirror gaps, corroborations, duplicates, unverified claims)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dyadscope.analyse.findings.arms import arms_claims, match_arms
from dyadscope.analyse.findings.contradictions import document_contradictions
from dyadscope.analyse.findings.duplicates import duplicates
from dyadscope.analyse.findings.events import event_claims, event_rows, match_events
from dyadscope.analyse.findings.thresholds import Thresholds
from dyadscope.analyse.findings.trade import match_trade, mirror_gaps, trade_claims
from dyadscope.analyse.findings.unverified import unverified
from dyadscope.model import Event, Finding, Observation

ORDER = {name: i for i, name in enumerate(
    ("contradiction", "mirror_gap", "corroboration", "duplicate", "unverified")
)}  # fmt: skip


def check(
    pair: tuple[str, str],
    events: Sequence[Event],
    observations: Sequence[Observation],
    *,
    stories: Mapping[str, tuple[str, bool]] | None = None,
    copies: Mapping[str, str] | None = None,
    thresholds: Thresholds | None = None,
) -> list[Finding]:
    """Every finding about ``pair`` from its events and figures. ``stories``: event id
    -> (story id, counted), where the stories table has them (empty: every record is
    its own story); ``copies``: near-duplicate document id -> its original's id."""
    limits = thresholds or Thresholds()
    told = stories or {}
    copied = copies or {}
    arms = match_arms(pair, events, limits)
    trade = match_trade(pair, observations, limits, copied)
    matched = match_events(pair, events, told, limits)
    spoken = arms.spoken | trade.spoken | matched.spoken
    reasons = {**matched.reasons, **trade.reasons, **arms.reasons}
    arms_ids = {e.id for e in arms_claims(events)}
    other = (
        [e for e in event_claims(events) if e.id not in arms_ids] if event_rows(events) else []
    )
    findings = [
        *document_contradictions(pair, events, limits, copied),
        *mirror_gaps(pair, observations, limits),
        *arms.findings,
        *trade.findings,
        *matched.findings,
        *duplicates(pair, events, observations, copied),
        *unverified(pair, arms_claims(events), trade_claims(observations), other, spoken,
                    reasons),
    ]  # fmt: skip
    unique = {f.id: f for f in findings}
    return sorted(unique.values(), key=lambda f: ORDER[f.type])

