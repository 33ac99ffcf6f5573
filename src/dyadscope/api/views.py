"""What the store holds, for one pair or all: events, figures, quarantine, the
timeline and the brief. Filters are checked (``checks``) before any query runs."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyadscope.api import checks
from dyadscope.errors import DyadscopeError
from dyadscope.model import Event, Observation
from dyadscope.settings import load_settings

if TYPE_CHECKING:
    import pandas as pd

    from dyadscope.store import Store


class NoDataError(DyadscopeError):
    """The store has nothing for what was asked (the arguments themselves are right)."""


@contextmanager
def open_store(db: Path | str | None = None) -> Iterator[Store]:
    """The store at ``db`` (default: the configured one), read-only."""
    from dyadscope.store import Store

    with Store(db or load_settings().db, read_only=True) as store:
        yield store


def _filters(
    store: Store,
    pair: Sequence[str] | None,
    kinds: Sequence[str],
    domains: Sequence[str],
    since: str | None,
    until: str | None,
) -> dict[str, Any]:
    first, last = checks.period(since, until)
    return {
        "pair": checks.pair_codes(pair, "pair", store.actor_codes()),
        "kinds": checks.kinds(kinds),
        "domains": checks.domains(domains),
        "since": first,
        "until": last,
    }


def events(
    pair: Sequence[str] | None = None,
    *,
    db: Path | str | None = None,
    kinds: Sequence[str] = (),
    domains: Sequence[str] = (),
    since: str | None = None,
    until: str | None = None,
) -> pd.DataFrame:
    """Stored events as a DataFrame (one row per event, flat columns)."""
    with open_store(db) as store:
        chosen = _filters(store, pair, kinds, domains, since, until)
        return store.events_frame(chosen.pop("pair"), **chosen)


def event_records(
    pair: Sequence[str] | None = None,
    *,
    db: Path | str | None = None,
    kinds: Sequence[str] = (),
    domains: Sequence[str] = (),
    since: str | None = None,
    until: str | None = None,
) -> list[Event]:
    """Stored events as records (the record spec's ``event``)."""
    with open_store(db) as store:
        chosen = _filters(store, pair, kinds, domains, since, until)
        return store.events(chosen.pop("pair"), **chosen)


def observations(
    pair: Sequence[str] | None = None, *, db: Path | str | None = None
) -> pd.DataFrame:
    """Stored observations (stated and imported figures) as a DataFrame."""
    with open_store(db) as store:
        return store.observations_frame(checks.pair_codes(pair, "pair", store.actor_codes()))


def quarantined(db: Path | str | None = None) -> list[dict[str, Any]]:
    """Inputs and rows that could not be used: path, line, stage, reason."""
    with open_store(db) as store:
        frame = store.quarantined()
    rows = []
    for row in frame.to_dict("records"):
        line = row.get("line")
        rows.append({
            "path": str(row["path"]),
            "line": None if line is None or line != line else int(line),
            "stage": str(row["stage"]),
            "reason": str(row["reason"]),
        })  # fmt: skip
    return rows


def _pair_records(
    store: Store, pair: Sequence[str], domains: Sequence[str] = ()
) -> tuple[tuple[str, str], list[Event], list[Observation]]:
    """The pair's events, one per story with every source that tells it, and figures."""
    from dyadscope.analyse.stories import stated_once, told_once

    chosen = checks.pair_codes(pair, "pair", store.actor_codes())
    assert chosen is not None
    found = told_once(store.events(chosen, domains=checks.domains(domains)), store.stories(chosen))
    figures = stated_once(store.observations(chosen))
    if not found and not figures:
        raise NoDataError(f"no events or figures for {chosen[0]}-{chosen[1]} in {store.path}")
    return chosen, found, figures


def timeline_text(
    pair: Sequence[str], *, db: Path | str | None = None, domains: Sequence[str] = ()
) -> str:
    """Year by year, per domain, with the source of every event, as plain text."""
    from dyadscope.analyse.timeline import build_timeline
    from dyadscope.report.timeline import render_timeline_text

    with open_store(db) as store:
        chosen, found, figures = _pair_records(store, pair, domains)
    return render_timeline_text(build_timeline(found, figures), chosen)
