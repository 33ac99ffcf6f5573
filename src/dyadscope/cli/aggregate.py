"""`dyadscope aggregate --pair A B --by month|year`: per-period figures of one dyad."""

from __future__ import annotations

import numbers
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

from dyadscope.analyse.aggregate import aggregate
from dyadscope.cli.common import DbOption, err_console, friendly_errors, settings_with


class By(StrEnum):
    month = "month"
    year = "year"


class Engine(StrEnum):
    duckdb = "duckdb"
    spark = "spark"


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def aggregate_command(
    pair: Annotated[
        tuple[str, str],
        typer.Option("--pair", help="Two actor codes, e.g. --pair AZE PAK; A is the first."),
    ],
    by: Annotated[By, typer.Option("--by", help="Period of each row.")] = By.year,
    domain: Annotated[
        str | None, typer.Option("--domain", help="Only events of this domain (e.g. military).")
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="From YYYY[-MM[-DD]].")] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Up to YYYY[-MM[-DD]], inclusive.")
    ] = None,
    engine: Annotated[Engine, typer.Option("--engine", help="Where to compute.")] = Engine.duckdb,
    master: Annotated[
        str | None, typer.Option("--master", help="Spark master URL (default local[*]).")
    ] = None,
    input_path: Annotated[
        Path | None,
        typer.Option(
            "--input", help="Read Parquet (folder or file), GDELT files or a store, not --db."
        ),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
    all_statuses: Annotated[
        bool,
        typer.Option("--all-statuses", help="Count intended, planned and negated events too."),
    ] = False,
    db: DbOption = None,
) -> None:
    """Events by kind and PLOVER type, Goldstein, quad classes, GDELT attention and
    tone, trade and arms transfers of a pair, one row per period."""
    statuses = None if all_statuses else ("actual",)
    _run(pair, by.value, domain, since, until, engine.value, master, input_path, fmt.value,
         statuses, db)


@friendly_errors
def _run(
    pair: tuple[str, str],
    by: str,
    domain: str | None,
    since: str | None,
    until: str | None,
    engine: str,
    master: str | None,
    input_path: Path | None,
    fmt: str,
    statuses: tuple[str, ...] | None,
    db: Path | None,
) -> None:
    source = input_path if input_path is not None else settings_with(db).db
    frame = aggregate(
        source, pair, by, domain=domain, since=since, until=until, engine=engine, master=master,
        statuses=statuses,
    )
    for note in frame.attrs.get("notes", []):
        err_console.print(f"note: {note}", highlight=False, markup=False)
    if fmt == "csv":
        frame.to_csv(sys.stdout, index=False)
    elif fmt == "json":
        sys.stdout.write(frame.to_json(orient="records", double_precision=6) + "\n")
    else:
        _table(frame, pair, by)


def _table(frame: pd.DataFrame, pair: tuple[str, str], by: str) -> None:
    """Metrics down, periods across (as in a statistical yearbook), in as many
    tables as the terminal needs; only metrics with something in them (the
    full set is wide and mostly zeros for one dyad; CSV and JSON keep it all)."""
    console = Console()
    title = f"{pair[0].upper()}-{pair[1].upper()} by {by}"
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


def register(app: typer.Typer) -> None:
    app.command("aggregate")(aggregate_command)
