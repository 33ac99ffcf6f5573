"""`dyadscope import SOURCE FILE_OR_DIR...`: load GDELT, ICEWS, POLECAT, Comtrade, SIPRI."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from dyadscope.cli.common import (
    DbOption,
    PairOption,
    err_console,
    fail,
    friendly_errors,
    settings_with,
)
from dyadscope.errors import DyadscopeError
from dyadscope.importers import SOURCES
from dyadscope.store import Store
from dyadscope.store.importing import FileResult, ImportSummary, import_dataset, parse_bound

SinceOption = Annotated[
    str | None, typer.Option("--since", help="Keep events from this date on: YYYY[-MM[-DD]].")
]
UntilOption = Annotated[
    str | None, typer.Option("--until", help="Keep events up to this date: YYYY[-MM[-DD]].")
]


def import_command(
    source: Annotated[str, typer.Argument(help="gdelt | icews | polecat | comtrade | sipri")],
    paths: Annotated[list[Path], typer.Argument(help="Files (plain or .zip) and folders.")],
    pair: PairOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = None,
) -> None:
    """Import data-set files into the store; malformed rows go to the quarantine."""
    source = source.lower()
    if source not in SOURCES:
        raise fail(f"unknown source {source!r}: use one of {', '.join(SOURCES)}")
    try:
        parse_bound(since, end=False)
        parse_bound(until, end=True)
    except DyadscopeError as exc:
        raise fail(f"--since/--until: {exc}") from None
    for path in paths:
        if not path.exists():
            raise fail(f"{path}: no such file or folder", code=1)
    _run(source, paths, pair, since, until, db)


@friendly_errors
def _run(
    source: str,
    paths: list[Path],
    pair: tuple[str, str] | None,
    since: str | None,
    until: str | None,
    db: Path | None,
) -> None:
    settings = settings_with(db)
    console = Console(soft_wrap=True, highlight=False)
    with Store(settings.db) as store:
        summary = import_dataset(
            store,
            source,
            paths,
            pair=pair,
            since=since,
            until=until,
            on_file=lambda result: _print_file(console, result),
        )
    _print_totals(console, summary)
    if any(f.status == "failed" for f in summary.files):
        raise typer.Exit(1)


def _print_file(console: Console, f: FileResult) -> None:
    """One line per file as it completes (failures on stderr)."""
    if f.status == "failed":
        err_console.print(f"error: {f.path}: {f.message}", markup=False, soft_wrap=True)
    elif f.status == "already imported":
        console.print(f"{f.path}: already imported (same content), nothing to do", markup=False)
    else:
        console.print(
            f"{f.path}: {f.layout}: read {f.rows_read:,}, imported {f.imported:,}, "
            f"skipped {f.skipped:,}, quarantined {f.quarantined:,} "
            f"({f.rows_per_second:,.0f} rows/s)",
            markup=False,
        )


def _print_totals(console: Console, summary: ImportSummary) -> None:
    failed = sum(1 for f in summary.files if f.status == "failed")
    console.print(
        f"import {summary.source} ({summary.filters}): {len(summary.files)} file(s), "
        f"{failed} failed; {summary.total('imported'):,} imported, "
        f"{summary.total('skipped'):,} skipped, {summary.total('quarantined'):,} quarantined, "
        f"{summary.rows_per_second:,.0f} rows/s",
        markup=False,
    )


def register(app: typer.Typer) -> None:
    app.command("import")(import_command)
