"""`dyadscope import SOURCE FILE_OR_DIR...`: load GDELT, ICEWS, POLECAT, Comtrade, SIPRI."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from dyadscope import api
from dyadscope.cli.common import (
    DbOption,
    PairOption,
    SinceOption,
    UntilOption,
    error,
    friendly_errors,
    progress_bar,
    say,
)


def _list_sources(value: bool) -> None:
    if value:
        for name, what in api.sources():
            say(f"{name:10} {what}")
        raise typer.Exit()


@friendly_errors({"paths": "PATHS", "source": "SOURCE"})
def import_command(
    source: Annotated[
        str, typer.Argument(help="Data set, e.g. gdelt or sipri (--sources lists them all).")
    ],
    paths: Annotated[list[Path], typer.Argument(help="Files (plain or .zip) and folders.")],
    list_sources: Annotated[
        bool,
        typer.Option("--sources", callback=_list_sources, is_eager=True,
                     help="List the data sets this command reads, and exit."),
    ] = False,
    pair: PairOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = None,
) -> None:
    """Import data-set files into the store; malformed rows go to the quarantine."""
    total = len([p for p in paths if p.exists()])

    with progress_bar(f"importing {source}", total) as step:

        def on_file(result: Any) -> None:
            step(f"{result.status}: {Path(result.path).name}")
            _print_file(result)

        summary = api.import_data(
            source, paths, db=db, pair=pair, since=since, until=until, on_file=on_file
        )
    failed = sum(1 for f in summary.files if f.status == "failed")
    say(
        f"import {summary.source} ({summary.filters}): {len(summary.files)} file(s), "
        f"{failed} failed; {summary.total('imported'):,} imported, "
        f"{summary.total('skipped'):,} skipped, {summary.total('quarantined'):,} quarantined, "
        f"{summary.rows_per_second:,.0f} rows/s"
    )
    if failed:
        raise typer.Exit(1)


def _print_file(f: Any) -> None:
    """One line per file as it completes."""
    if f.status == "failed":
        error(f"{f.path}: {f.message}")
    elif f.status == "already imported":
        say(f"{f.path}: already imported (same content), nothing to do")
    else:
        say(
            f"{f.path}: {f.layout}: read {f.rows_read:,}, imported {f.imported:,}, "
            f"skipped {f.skipped:,}, quarantined {f.quarantined:,} "
            f"({f.rows_per_second:,.0f} rows/s)"
        )


def register(app: typer.Typer) -> None:
    app.command("import")(import_command)
