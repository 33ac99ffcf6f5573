"""Everything a brief says about a pair, read once from the store: the events (one
per story) and figures in scope, the documents they cite, the findings, the
indicators with their change points, survey estimates and what each source gave.
The report renders this; it computes nothing of its own."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dyadscope.model import Estimate, Event, Finding, Observation

if TYPE_CHECKING:
    from dyadscope.analyse.indicators import IndicatorRun
    from dyadscope.store import Store
    from dyadscope.store.coverage import SourceCount


@dataclass
class BriefData:
    """The pair (codes), the scope asked (``since``/``until`` ISO bounds, domains)
    and what the store holds in it."""

    pair: tuple[str, str]
    since: str | None
    until: str | None
    domains: tuple[str, ...]
    events: list[Event]
    observations: list[Observation]
    documents: list[dict[str, Any]]
    findings: list[Finding]
    indicators: IndicatorRun | None
    estimates: list[Estimate]
    coverage: list[SourceCount]
    notes: list[str] = field(default_factory=list)

    @classmethod
    def of(
        cls,
        pair: tuple[str, str],
        events: Sequence[Event],
        observations: Sequence[Observation],
        documents: Sequence[dict[str, Any]] = (),
        findings: Sequence[Finding] = (),
    ) -> BriefData:
        """Records in hand, no store: no indicators, estimates or coverage counts (the
        charts and summary lines built on them are left out)."""
        return cls(pair, None, None, (), list(events), list(observations), list(documents),
                   list(findings), None, [], [])  # fmt: skip

    def stories_by_domain(self) -> dict[str, int]:
        """Events told (each story once) per domain, most first."""
        return dict(Counter(e.domain for e in self.events).most_common())


def gather(
    store: Store,
    pair: tuple[str, str],
    *,
    since: str | None = None,
    until: str | None = None,
    domains: Sequence[str] = (),
    with_findings: bool = True,
) -> BriefData:
    """Read the brief's material for ``pair`` (codes) in the scope given; without
    findings (the charts alone need none, and checking is the costliest part)."""
    from dyadscope.analyse.findings.check import check
    from dyadscope.analyse.stories import stated_once, told_once
    from dyadscope.store.coverage import source_counts

    records = store.events(pair, domains=list(domains), since=since, until=until)
    figures = store.observations(pair, since=since, until=until)
    stories = store.stories(pair)
    events = told_once(records, stories)
    cited = {s.doc for e in events for s in (e.sources or (e.source,))}
    cited |= {s.doc for o in figures for s in (o.sources or (o.source,))}
    documents = [
        {str(k): (None if v is None or v != v else v) for k, v in row.items()}
        for row in store.documents_frame().to_dict("records")
        if row["id"] in cited
    ]
    # findings compare every record, not one per story
    findings = (check(pair, records, figures, stories=stories,
                     copies=store.document_copies())
                if with_findings and (records or figures) else [])  # fmt: skip
    notes: list[str] = []
    return BriefData(
        pair=pair, since=since, until=until, domains=tuple(domains), events=events,
        observations=stated_once(figures), documents=documents, findings=findings,
        indicators=_indicators(store, pair, since, until, domains, notes) if records or figures
        else None,
        estimates=store.estimates(pair), coverage=source_counts(store, pair, since, until),
        notes=notes,
    )  # fmt: skip


def _indicators(
    store: Store,
    pair: tuple[str, str],
    since: str | None,
    until: str | None,
    domains: Sequence[str],
    notes: list[str],
) -> IndicatorRun | None:
    """The yearly series and change points (one domain, or all when several are asked)."""
    from dyadscope.analyse.indicators import indicators

    if len(domains) > 1:
        notes.append("the indicators and change points cover every domain: they take "
                     "one domain or all")  # fmt: skip
    return indicators(
        store, pair, "year", domain=domains[0] if len(domains) == 1 else None,
        since=since, until=until, partners=pair,
    )  # fmt: skip
