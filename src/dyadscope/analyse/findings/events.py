"""Documents' events against event data sets (GDELT, ICEWS, POLECAT).

Where the stories table (``analyse.stories``) put a document's event and data-set
rows in one story, those rows speak to it. Otherwise rows are looked up directly:
the same kind family (``model.kind_family``: talks and a meeting are one act), the
same sides (in order for directed kinds), and a day within the claim's date widened
by ``date_slack_days``. Only events that happened are claims; arms transfers are
also checked against SIPRI (``arms``). Lookup is by binary search over each
(family, sides) group's sorted days, so 10,000 claims against a million rows cost
little more than reading them.
"""

from __future__ import annotations

import bisect
import heapq
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import timedelta

from dyadscope.analyse.findings.common import (
    Outcome,
    dataset_title,
    date_text,
    event_claim,
    plural,
    sides,
    span,
)
from dyadscope.analyse.findings.thresholds import Thresholds
from dyadscope.model import UNDIRECTED_KINDS, Event, Finding, kind_family

NOT_EVENT_SETS = frozenset({"sipri"})  # register rows, matched by ``arms``
SHOWN_ROWS = 3  # rows quoted in a finding; the note counts the rest
_UNORDERED_FAMILIES = frozenset({"consult", "agree"})

Key = tuple[str, tuple[str, str] | None]


def event_rows(events: Sequence[Event]) -> list[Event]:
    """Rows of event data sets (not SIPRI's register)."""
    return [
        e for e in events
        if e.source.dataset is not None and e.source.dataset not in NOT_EVENT_SETS
        and e.status == "actual"
    ]  # fmt: skip


def event_claims(events: Sequence[Event]) -> list[Event]:
    """Documents' events that happened: what an event data set could confirm."""
    return [e for e in events if e.source.dataset is None and e.status == "actual"]


def _key(event: Event) -> Key:
    family = kind_family(event.kind)
    if event.kind in UNDIRECTED_KINDS or family in _UNORDERED_FAMILIES:
        return family, None
    if event.actor1 is None or event.actor2 is None:
        return family, None
    return family, (event.actor1.code, event.actor2.code)


class _Index:
    """Data-set rows by (family, sides), each group sorted by day."""

    def __init__(self, rows: Sequence[Event]) -> None:
        groups: dict[Key, list[tuple[int, Event]]] = defaultdict(list)
        for row in rows:
            when = span(row.date)
            if when is None:
                continue
            day = when[0].toordinal()
            family = kind_family(row.kind)
            groups[(family, None)].append((day, row))
            if row.actor1 is not None and row.actor2 is not None:
                groups[(family, (row.actor1.code, row.actor2.code))].append((day, row))
        self.days: dict[Key, list[int]] = {}
        self.rows: dict[Key, list[Event]] = {}
        for key, found in groups.items():
            found.sort(key=lambda item: item[0])
            self.days[key] = [d for d, _ in found]
            self.rows[key] = [r for _, r in found]

    def around(self, claim: Event, slack_days: int) -> list[Event]:
        when = span(claim.date)
        key = _key(claim)
        if when is None or key not in self.days:
            return []
        slack = timedelta(days=slack_days)
        days = self.days[key]
        lo = bisect.bisect_left(days, (when[0] - slack).toordinal())
        hi = bisect.bisect_right(days, (when[1] + slack).toordinal())
        return self.rows[key][lo:hi]


def match_events(
    pair: tuple[str, str],
    events: Sequence[Event],
    stories: Mapping[str, tuple[str, bool]],
    thresholds: Thresholds,
) -> Outcome:
    """Corroborations of documents' events by event data-set rows."""
    outcome = Outcome()
    rows = event_rows(events)
    if not rows:
        return outcome
    searched = _searched(rows)
    index = _Index(rows)
    in_story: dict[str, list[Event]] = defaultdict(list)
    for row in rows:
        story = stories.get(row.id)
        if story is not None:
            in_story[story[0]].append(row)
    for claim in event_claims(events):
        story = stories.get(claim.id)
        told = in_story.get(story[0], []) if story else []
        found = told or index.around(claim, thresholds.date_slack_days)
        if not found:
            outcome.reasons[claim.id] = _reason(claim, searched, thresholds)
            continue
        outcome.spoken.add(claim.id)
        outcome.findings.append(_finding(pair, claim, found, bool(told), thresholds))
    return outcome


def _searched(rows: Sequence[Event]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        counts[dataset_title(row.source.dataset or "")] += 1
    return ", ".join(f"{name} ({n:,} rows for the pair)" for name, n in sorted(counts.items()))


def _reason(claim: Event, searched: str, thresholds: Thresholds) -> str:
    if span(claim.date) is None:
        return (
            f"the claim has no date, so the event data sets ({searched}) cannot be "
            "searched for it"
        )
    family = kind_family(claim.kind)
    return (
        f"searched {searched}: no row coded {family} between {sides(claim)} within "
        f"{thresholds.date_slack_days} days of {date_text(claim.date)}"
    )


class _Tally:
    """Rows of one data set that speak to a claim: how many, which kinds, which days."""

    __slots__ = ("first", "kinds", "last", "rows")

    def __init__(self) -> None:
        self.rows, self.kinds, self.first, self.last = 0, set[str](), "", ""

    def add(self, row: Event) -> None:
        self.rows += 1
        self.kinds.add(row.kind)
        when = row.date.start or ""
        self.first = min(self.first, when) if self.first else when
        self.last = max(self.last, when)

    def __str__(self) -> str:
        return (
            f"{plural(self.rows, 'row')} ({', '.join(sorted(self.kinds))}, "
            f"{self.first} to {self.last})"
        )


def _mentions(row: Event) -> float:
    value = row.extra.get("num_mentions")
    return float(value) if isinstance(value, int | float) else 0.0


def _finding(
    pair: tuple[str, str], claim: Event, found: list[Event], by_story: bool, thresholds: Thresholds
) -> Finding:
    per_set: dict[str, _Tally] = {}
    for row in found:
        name = row.source.dataset or ""
        tally = per_set.get(name)
        if tally is None:
            tally = per_set[name] = _Tally()
        tally.add(row)
    shown = heapq.nsmallest(SHOWN_ROWS, found, key=lambda r: (-_mentions(r), r.date.start or "",
                                                              r.id))  # fmt: skip
    counts = "; ".join(f"{dataset_title(name)}: {tally}" for name, tally in sorted(per_set.items()))
    how = (
        "grouped with the claim into one story (same act, sides, status and compatible date)"
        if by_story
        else f"coded {kind_family(claim.kind)} between the same sides within "
        f"{thresholds.date_slack_days} days of the claim's date"
    )
    more = f" Shown: the {len(shown)} most mentioned." if len(found) > len(shown) else ""
    return Finding(
        type="corroboration",
        pair=pair,
        subject=f"{claim.kind} {sides(claim)}, {date_text(claim.date)}",
        claims=(event_claim(claim), *(event_claim(r) for r in shown)),
        field=None,
        note=f"Data-set rows {how}: {counts}.{more}",
    )
