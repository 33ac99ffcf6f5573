"""Terminal views of what the API returns: one row per record, tables of figures."""

from __future__ import annotations

import numbers
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from dyadscope import api
from dyadscope.cli.common import err_console
from dyadscope.report.format import format_value

if TYPE_CHECKING:
    import pandas as pd


def records_table(events: Iterable[api.Event], observations: Iterable[api.Observation]) -> None:
    """A compact view: one line per event (the sentence cut to fit), a table of figures."""
    console = Console()
    evs, obs = list(events), list(observations)
    if not evs and not obs:
        err_console.print("no events or figures found")
        return
    width = max(console.width, 100)
    for e in evs:
        actors = " -> ".join(a.code for a in (e.actor1, e.actor2) if a)
        notes = "".join(f"[{c.label}]" for c in e.source.citations)
        text = e.source.sentence or e.source.url or e.source.dataset or ""
        line = f"{e.date.start or '?':10}  {e.kind:20}  {e.status:7}  {actors:11}  {notes} {text}"
        console.print(line[:width], highlight=False, markup=False, soft_wrap=True)
    if obs:
        table = Table(
            "period", "indicator", "reporter", "partner", "value", "commodity",
            box=None, pad_edge=False,
        )  # fmt: skip
        for o in obs:
            table.add_row(
                o.period.text or o.period.start or "?",
                o.indicator,
                o.reporter or "",
                o.partner or "",
                format_value(o.value, o.unit),
                o.commodity or "",
            )
        console.print(table)


def quarantine_table(rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        err_console.print("quarantine is empty")
        return
    table = Table("path", "line", "stage", "reason")
    for row in rows:
        line = row["line"]
        table.add_row(row["path"], "" if line is None else str(line), row["stage"], row["reason"])
    Console().print(table)


def figures_table(frame: pd.DataFrame, title: str) -> None:
    """Metrics down, periods across (as in a statistical yearbook), in as many
    tables as the terminal needs; only metrics with something in them (the
    full set is wide and mostly zeros for one dyad; CSV and JSON keep it all)."""
    console = Console()
    if frame.empty:
        console.print(f"no events or trade figures for {title}")
        return
    metrics = [str(c) for c in frame.columns[1:] if frame[c].fillna(0).ne(0).any()]
    hidden = len(frame.columns) - 1 - len(metrics)
    periods = [str(p) for p in frame["period"]]
    per_table = max(1, (console.width - 26) // 14)
    for first in range(0, len(periods), per_table):
        chunk = list(range(first, min(first + per_table, len(periods))))
        table = Table(title=title if first == 0 else None)
        table.add_column("metric")
        for i in chunk:
            table.add_column(periods[i], justify="right")
        for name in metrics:
            column = frame[name].tolist()
            table.add_row(name, *(_cell(column[i]) for i in chunk))
        console.print(table)
    if hidden:
        console.print(f"({hidden} metrics that are all zero or empty not shown)")


def _cell(value: object) -> str:
    if isinstance(value, numbers.Integral):
        return f"{int(value):,}"
    if isinstance(value, numbers.Real):
        number = float(value)
        if number != number:
            return ""
        return f"{number:,.2f}" if abs(number) < 1e6 else f"{number:,.0f}"
    return "" if value is None else str(value)
