"""Commands over documents: ingest, extract, events, quarantine."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dyadscope import api
from dyadscope.cli.common import (
    DbOption,
    DictOption,
    DictsOnlyOption,
    OneSidedOption,
    PairOption,
    err_console,
    fail,
    friendly_errors,
    normalise_pair,
    settings_with,
    write_json_lines,
)
from dyadscope.ingest import iter_inputs, load_bytes
from dyadscope.mentions.dates import normalise_date_arg
from dyadscope.model import Event, Observation
from dyadscope.report.format import format_value
from dyadscope.store import Store

DateOption = Annotated[
    str | None,
    typer.Option("--date", help="Document date YYYY[-MM[-DD]]: anchors relative dates."),
]


def _date_arg(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return normalise_date_arg(value)
    except ValueError as exc:
        raise fail(f"--date: {exc}") from None


def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (recursive).")],
    db: DbOption = None,
    date: DateOption = None,
    dictionaries: DictOption = None,
    pair: PairOption = None,
    max_bytes: Annotated[
        int | None, typer.Option("--max-bytes", help="Refuse documents larger than this.")
    ] = None,
    dicts_only: DictsOnlyOption = None,
    one_sided: OneSidedOption = None,
) -> None:
    """Ingest documents into the store: extract events and figures with their sources."""
    settings = settings_with(db, max_bytes=max_bytes)
    total = sum(1 for _ in iter_inputs(paths))
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=total < 2,
    )
    with progress:
        task = progress.add_task("ingesting", total=total)

        def on_file(path: Path, outcome: str) -> None:
            progress.update(task, advance=1, description=f"{outcome}: {path.name}")

        report = api.ingest(
            paths,
            date=_date_arg(date),
            dictionaries=dictionaries or [],
            pair=normalise_pair(pair),
            settings=settings,
            on_file=on_file,
            dictionaries_only=dicts_only,
            one_sided=one_sided,
        )
    for warning in report.warnings:
        err_console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)
    for rejection in report.failed:
        err_console.print(f"[red]error:[/red] {rejection.message()}", highlight=False)
    err_console.print(
        f"{len(report.added)} added, {len(report.unchanged)} unchanged, "
        f"{len(report.failed)} failed (quarantined); {report.events} events, "
        f"{report.observations} figures -> {settings.db}",
        highlight=False,
    )
    if not report.ok:
        raise typer.Exit(1)


def extract_command(
    source: Annotated[str, typer.Argument(help="A file, or - for standard input.")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines records.")] = False,
    date: DateOption = None,
    title: Annotated[str | None, typer.Option("--title", help="Document title.")] = None,
    dictionaries: DictOption = None,
    pair: PairOption = None,
    max_bytes: Annotated[int | None, typer.Option("--max-bytes")] = None,
    dicts_only: DictsOnlyOption = None,
    one_sided: OneSidedOption = None,
) -> None:
    """Extract events and figures from one document, without a store."""
    settings = settings_with(None, max_bytes=max_bytes)
    date_value = _date_arg(date)
    pipe = api.configured_pipeline(
        settings, dictionaries or [], normalise_pair(pair), dicts_only, one_sided
    )
    for rejection in pipe.rejections:
        err_console.print(
            f"[yellow]warning:[/yellow] skipped {rejection.message()}", highlight=False
        )
    if source == "-":
        data = sys.stdin.buffer.read()
        doc = load_bytes(data, source="<stdin>", suffix=".txt", date=date_value, title=title)
        result = pipe.process(doc)
    else:
        path = Path(source)
        result = api.extract_file(
            path,
            date=date_value,
            title=title,
            dictionaries=dictionaries or [],
            pair=normalise_pair(pair),
            settings=settings,
            dictionaries_only=dicts_only,
            one_sided=one_sided,
        )
    for warning in (*result.document.warnings, *result.warnings):
        err_console.print(f"[yellow]warning:[/yellow] {source}: {warning}", highlight=False)
    if as_json:
        write_json_lines(result.records())
    else:
        _print_table(result.events, result.observations)


def events_command(
    pair: PairOption = None,
    kind: Annotated[list[str] | None, typer.Option("--kind", help="Only these kinds.")] = None,
    domain: Annotated[
        list[str] | None, typer.Option("--domain", help="Only these domains.")
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="YYYY[-MM[-DD]]")] = None,
    until: Annotated[str | None, typer.Option("--until", help="YYYY[-MM[-DD]]")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines records.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV, one flat row per event.")] = False,
    db: DbOption = None,
) -> None:
    """Events from the store, filtered by pair, kind, domain and period."""
    settings = settings_with(db)
    with Store(settings.db, read_only=True) as store:
        filters: dict[str, Any] = {
            "kinds": kind or [],
            "domains": domain or [],
            "since": _date_arg(since),
            "until": _date_arg(until),
        }
        if as_csv:
            store.events_frame(normalise_pair(pair), **filters).to_csv(sys.stdout, index=False)
            return
        records = store.events(normalise_pair(pair), **filters)
    if as_json:
        write_json_lines(records)
    else:
        _print_table(records, [])


def quarantine_command(db: DbOption = None) -> None:
    """Inputs (and rows) that could not be used, with the reason."""
    settings = settings_with(db)
    with Store(settings.db, read_only=True) as store:
        frame = store.quarantined()
    if frame.empty:
        err_console.print("quarantine is empty")
        return
    table = Table("path", "line", "stage", "reason")
    for row in frame.to_dict("records"):
        line = row["line"]
        shown = "" if line is None or pd.isna(line) else str(int(line))
        table.add_row(str(row["path"]), shown, str(row["stage"]), str(row["reason"]))
    Console().print(table)


def _print_table(events: Iterable[Event], observations: Iterable[Observation]) -> None:
    """A compact terminal view: one row per record, the sentence cut to fit."""
    console = Console()
    evs, obs = list(events), list(observations)
    if not evs and not obs:
        err_console.print("no events or figures found")
        return
    if evs:
        width = max(console.width, 100)
        for e in evs:
            actors = " -> ".join(a.code for a in (e.actor1, e.actor2) if a)
            notes = "".join(f"[{c.label}]" for c in e.source.citations)
            text = e.source.sentence or e.source.url or e.source.dataset or ""
            line = (
                f"{e.date.start or '?':10}  {e.kind:20}  {e.status:7}  {actors:11}  {notes} {text}"
            )
            console.print(line[:width], highlight=False, markup=False, soft_wrap=True)
    if obs:
        table = Table(
            "period",
            "indicator",
            "reporter",
            "partner",
            "value",
            "commodity",
            box=None,
            pad_edge=False,
        )
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


def register(app: typer.Typer) -> None:
    app.command("ingest")(friendly_errors(ingest_command))
    app.command("extract")(friendly_errors(extract_command))
    app.command("events")(friendly_errors(events_command))
    app.command("quarantine")(friendly_errors(quarantine_command))
