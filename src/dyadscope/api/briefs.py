"""The brief of a pair: one self-contained HTML page (and its charts on their own,
for the dashboard), optionally cut to a period and domains, optionally as PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dyadscope.api import checks
from dyadscope.api.browse import store_pair
from dyadscope.api.views import NoDataError, open_store

if TYPE_CHECKING:
    from dyadscope.analyse.brief_data import BriefData
    from dyadscope.store import Store


@dataclass(frozen=True, slots=True)
class Chart:
    """One chart of the brief: ``svg`` is a complete, standalone SVG document."""

    key: str
    title: str
    svg: str


@dataclass(frozen=True, slots=True)
class BriefScope:
    """What a brief covers: the pair (codes), a period and domains (empty: all)."""

    pair: tuple[str, str]
    since: str | None = None
    until: str | None = None
    domains: tuple[str, ...] = ()


def _scope(
    store: Store,
    pair: Sequence[str],
    since: str | None,
    until: str | None,
    domains: Sequence[str],
) -> BriefScope:
    chosen = store_pair(store, pair)
    first, last = checks.period(since, until)
    return BriefScope(chosen, first, last, tuple(checks.domains(domains)))


def _gather(store: Store, scope: BriefScope, *, with_findings: bool = True) -> BriefData:
    from dyadscope.analyse.brief_data import gather

    data = gather(store, scope.pair, since=scope.since, until=scope.until,
                  domains=scope.domains, with_findings=with_findings)  # fmt: skip
    if not data.events and not data.observations:
        raise NoDataError(
            f"no events or figures for {scope.pair[0]}-{scope.pair[1]} in {store.path}"
            + (" in the period and domains asked" if scope.since or scope.until or scope.domains
               else "")
        )  # fmt: skip
    return data


def store_brief(
    store: Store,
    pair: Sequence[str],
    title: str | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
    domains: Sequence[str] = (),
) -> str:
    """The brief of ``pair`` from an open store (the demo writes several from one)."""
    from dyadscope.api.datasets import sources
    from dyadscope.report.brief import render_brief

    data = _gather(store, _scope(store, pair, since, until, domains))
    return render_brief(data, title=title, generated=dt.date.today().isoformat(),
                        known_sources=[name for name, _ in sources()])  # fmt: skip


def brief_html(
    pair: Sequence[str],
    *,
    db: Path | str | None = None,
    title: str | None = None,
    since: str | None = None,
    until: str | None = None,
    domains: Sequence[str] = (),
) -> str:
    """A self-contained HTML brief: summary, charts, timeline per domain with every
    source, findings, coverage of the sources searched."""
    with open_store(db) as store:
        return store_brief(store, pair, title, since=since, until=until, domains=domains)


def brief_charts(
    pair: Sequence[str],
    *,
    db: Path | str | None = None,
    since: str | None = None,
    until: str | None = None,
    domains: Sequence[str] = (),
) -> list[Chart]:
    """The brief's charts, each a standalone SVG (the dashboard shows them as images)."""
    from dyadscope.report.vega import draw_all

    with open_store(db) as store:
        data = _gather(store, _scope(store, pair, since, until, domains), with_findings=False)
    return [Chart(drawn.key, drawn.title, drawn.svg) for drawn in draw_all(data)]


def write_brief(
    pair: Sequence[str],
    out: Path | str,
    *,
    db: Path | str | None = None,
    title: str | None = None,
    since: str | None = None,
    until: str | None = None,
    domains: Sequence[str] = (),
    pdf: bool = False,
) -> Path:
    """``brief_html`` written to ``out`` (its folder is made); with ``pdf``, printed to
    PDF instead (headless Chromium, else WeasyPrint: ``dyadscope.report.pdf``)."""
    html = brief_html(pair, db=db, title=title, since=since, until=until, domains=domains)
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    if pdf:
        from dyadscope.report.pdf import html_to_pdf

        html_to_pdf(html, target)
    else:
        target.write_text(html, encoding="utf-8")
    return target


__all__ = ["BriefScope", "Chart", "brief_charts", "brief_html", "store_brief", "write_brief"]
