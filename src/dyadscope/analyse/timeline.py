"""A relationship's timeline: events by year, then domain, each with its source.

Pure Python over model records (the store hands them over), so the terminal
timeline and the HTML brief show the same grouping and the same order. Events
that did not happen (negated), or have not happened yet (intent, planned), stay
in the timeline with their status: "no agreement has been signed" is part of
the story, but such events are left out of the cooperation/conflict means.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from dyadscope.model import DOMAINS, Citation, DateRef, Event, Observation


def date_label(date: DateRef) -> str:
    """ISO 8601 as precise as the text: "2003-05"; a span as "2019-02/2019-03"; else "undated"."""
    if not date.start:
        return "undated"
    if date.end and date.end != date.start:
        return f"{date.start}/{date.end}"
    return date.start


def _domain(event: Event) -> str:
    return event.domain if event.domain in DOMAINS else "other"


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event as the timeline shows it: when, what, and where it is written."""

    event: Event
    date: str  # date_label of the event's date
    date_text: str  # the words of the source ("May 2003"), may be empty
    status: str
    doc_title: str | None
    sentence: str | None
    citations: tuple[Citation, ...]

    @classmethod
    def of(cls, event: Event) -> TimelineEntry:
        source = event.source
        title = source.title or source.doc  # a data-set row is named by the report
        return cls(
            event=event,
            date=date_label(event.date),
            date_text=event.date.text,
            status=event.status,
            doc_title=title,
            sentence=source.sentence,
            citations=source.citations,
        )

    @property
    def domain(self) -> str:
        return _domain(self.event)

    def sort_key(self) -> tuple[str, str, int, str]:
        """Chronological (ISO strings sort correctly), then document order, then id."""
        src = self.event.source
        return (self.event.date.start or "", src.doc or src.dataset or "", src.start or 0,
                self.event.id)


@dataclass(frozen=True, slots=True)
class DomainGroup:
    domain: str
    entries: tuple[TimelineEntry, ...]


@dataclass(frozen=True, slots=True)
class YearGroup:
    """One year of the timeline (``year`` None: the undated events)."""

    year: int | None
    domains: tuple[DomainGroup, ...]
    counts: dict[str, int] = field(default_factory=dict)
    goldstein_mean: float | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def entries(self) -> tuple[TimelineEntry, ...]:
        return tuple(e for group in self.domains for e in group.entries)


@dataclass(frozen=True, slots=True)
class Timeline:
    """Dated years in order, then the undated group; plus the figures sources state."""

    years: tuple[YearGroup, ...]
    undated: YearGroup | None
    observations: tuple[Observation, ...] = ()

    @property
    def groups(self) -> tuple[YearGroup, ...]:
        """Every group to show, the undated one last."""
        return self.years + ((self.undated,) if self.undated else ())

    @property
    def entries(self) -> tuple[TimelineEntry, ...]:
        return tuple(e for group in self.groups for e in group.entries)

    @property
    def counts(self) -> dict[int, dict[str, int]]:
        """Events per year per domain (every domain present, zeros included)."""
        return {g.year: dict(g.counts) for g in self.years if g.year is not None}

    @property
    def goldstein(self) -> dict[int, float]:
        """Mean Goldstein score per year over actual events that have one."""
        return {
            g.year: g.goldstein_mean
            for g in self.years
            if g.year is not None and g.goldstein_mean is not None
        }

    @property
    def period(self) -> tuple[int, int] | None:
        """First and last year with a dated event or figure."""
        years = [g.year for g in self.years if g.year is not None]
        years += [y for o in self.observations if (y := o.period.year) is not None]
        return (min(years), max(years)) if years else None

    def by_domain(self) -> dict[str, tuple[TimelineEntry, ...]]:
        """Entries per domain (in DOMAINS order, empty domains left out), dated first."""
        out: dict[str, list[TimelineEntry]] = {}
        for group in self.groups:
            for dgroup in group.domains:
                out.setdefault(dgroup.domain, []).extend(dgroup.entries)
        return {d: tuple(out[d]) for d in DOMAINS if d in out}

    def cooperation_summary(self) -> dict[str, int]:
        """Actual events by sign of their Goldstein score: cooperative, conflictual, neutral."""
        summary = {"cooperative": 0, "conflictual": 0, "neutral": 0}
        for entry in self.entries:
            score = entry.event.goldstein
            if entry.status != "actual" or score is None:
                continue
            key = "cooperative" if score > 0 else "conflictual" if score < 0 else "neutral"
            summary[key] += 1
        return summary


def _year_group(year: int | None, entries: list[TimelineEntry]) -> YearGroup:
    by_domain: dict[str, list[TimelineEntry]] = {d: [] for d in DOMAINS}
    for entry in entries:
        by_domain[entry.domain].append(entry)
    domains = tuple(
        DomainGroup(d, tuple(sorted(items, key=TimelineEntry.sort_key)))
        for d, items in by_domain.items()
        if items
    )
    scores = [
        e.event.goldstein for e in entries if e.status == "actual" and e.event.goldstein is not None
    ]
    mean = round(sum(scores) / len(scores), 2) if scores else None
    counts = {d: len(items) for d, items in by_domain.items()}
    return YearGroup(year=year, domains=domains, counts=counts, goldstein_mean=mean)


def _observation_key(obs: Observation) -> tuple[str, str, str, str]:
    return (obs.period.start or "9999", obs.indicator, obs.reporter or "", obs.id)


def build_timeline(
    events: Sequence[Event], observations: Sequence[Observation] = ()
) -> Timeline:
    """Group events by year then domain; undated events go in their own group."""
    dated: dict[int, list[TimelineEntry]] = {}
    undated: list[TimelineEntry] = []
    for event in events:
        entry = TimelineEntry.of(event)
        year = event.date.year
        if year is None:
            undated.append(entry)
        else:
            dated.setdefault(year, []).append(entry)
    years = tuple(_year_group(year, dated[year]) for year in sorted(dated))
    return Timeline(
        years=years,
        undated=_year_group(None, undated) if undated else None,
        observations=tuple(sorted(observations, key=_observation_key)),
    )
