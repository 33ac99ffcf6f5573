"""Findings across sources: ``check`` compares what documents and data sets say about a
pair and returns ``Finding`` records (corroboration, contradiction, mirror gap,
duplicate, unverified). Thresholds are keyword options with documented defaults
(``THRESHOLDS``); each is checked before the store is opened."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dyadscope.analyse.findings.thresholds import THRESHOLDS, Threshold, Thresholds
from dyadscope.api import checks
from dyadscope.api.views import NoDataError, open_store
from dyadscope.errors import UsageError
from dyadscope.model import Event, Finding, Observation

if TYPE_CHECKING:
    from dyadscope.store import Store

UNITS = {t.name: t.unit for t in THRESHOLDS}


def thresholds(**given: float | int | None) -> Thresholds:
    """``Thresholds`` from keyword values (None: the default), each checked: a
    fraction from 0 to 100, or a whole number of days or years."""
    unknown = set(given) - set(UNITS)
    if unknown:
        name = sorted(unknown)[0]
        raise UsageError(name, f"not a threshold; use one of {', '.join(UNITS)}")
    values: dict[str, float | int] = {}
    for name, value in given.items():
        if value is None:
            continue
        unit = UNITS[name]
        values[name] = (
            checks.fraction(value, name) if unit == "fraction" else checks.whole(value, name, unit)
        )
    return Thresholds(**values)  # type: ignore[arg-type]


def check(
    pair: Sequence[str],
    *,
    db: Path | str | None = None,
    mirror_gap: float | None = None,
    trade_tolerance: float | None = None,
    fiscal_tolerance: float | None = None,
    value_tolerance: float | None = None,
    count_tolerance: float | None = None,
    date_slack_days: int | None = None,
    arms_year_slack: int | None = None,
    status_window_days: int | None = None,
) -> list[Finding]:
    """What the sources about ``pair`` (two countries by code or name) agree and
    disagree on. Thresholds left out take their defaults (``THRESHOLDS`` says each
    one's and why). NoDataError when the store has nothing for the pair."""
    limits = thresholds(
        mirror_gap=mirror_gap, trade_tolerance=trade_tolerance,
        fiscal_tolerance=fiscal_tolerance, value_tolerance=value_tolerance,
        count_tolerance=count_tolerance, date_slack_days=date_slack_days,
        arms_year_slack=arms_year_slack, status_window_days=status_window_days,
    )  # fmt: skip
    if pair is None:
        raise UsageError("pair", "give two countries")
    with open_store(db) as store:
        chosen = checks.pair_codes(pair, "pair", store.actor_codes())
        assert chosen is not None
        events = store.events(chosen)
        observations = store.observations(chosen)
        if not events and not observations:
            raise NoDataError(
                f"no events or figures for {chosen[0]}-{chosen[1]} in {store.path}"
            )
        return pair_findings(store, chosen, events, observations, limits)


def pair_findings(
    store: Store,
    pair: tuple[str, str],
    events: Sequence[Event],
    observations: Sequence[Observation],
    limits: Thresholds | None = None,
) -> list[Finding]:
    """The findings of records already read from ``store`` (the brief has them)."""
    from dyadscope.analyse.findings.check import check as find

    return find(
        pair,
        events,
        observations,
        stories=store.stories(pair),
        copies=store.document_copies(),
        thresholds=limits,
    )


__all__ = ["THRESHOLDS", "Threshold", "Thresholds", "check", "pair_findings", "thresholds"]
