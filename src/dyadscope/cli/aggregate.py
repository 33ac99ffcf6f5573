"""`dyadscope aggregate --pair A B --by month|year`: per-period figures of one dyad."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from dyadscope import api
from dyadscope.cli.common import (
    By,
    ByOption,
    DbOption,
    Engine,
    EngineOption,
    FiguresPairOption,
    FirstRowOption,
    InputOption,
    LastRowOption,
    MasterOption,
    friendly_errors,
    note,
)
from dyadscope.cli.render import figures_table


class Count(StrEnum):
    stories = "stories"
    mentions = "mentions"


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


@friendly_errors({"source": "--input", "domains": "--domain"})
def aggregate_command(
    pair: FiguresPairOption,
    by: ByOption = By.year,
    domain: Annotated[
        str | None, typer.Option("--domain", help="Only events of this domain (e.g. military).")
    ] = None,
    since: FirstRowOption = None,
    until: LastRowOption = None,
    engine: EngineOption = Engine.duckdb,
    master: MasterOption = None,
    input_path: InputOption = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
    all_statuses: Annotated[
        bool,
        typer.Option("--all-statuses", help="Count intended, planned and negated events too."),
    ] = False,
    count: Annotated[
        Count,
        typer.Option(
            "--count",
            help="stories: each event once, however many records tell it; mentions: "
            "every record (copies of a document excepted).",
        ),
    ] = Count.stories,
    db: DbOption = None,
) -> None:
    """Events by kind and PLOVER type, Goldstein, quad classes, GDELT attention and
    tone, trade and arms transfers of a pair, one row per period."""
    frame = api.aggregate(
        pair, by=by.value, db=db, source=input_path, domain=domain, since=since, until=until,
        engine=engine.value, master=master, all_statuses=all_statuses, count=count.value,
    )  # fmt: skip
    for line in frame.attrs.get("notes", []):
        note(f"note: {line}")
    if fmt is Format.csv:
        frame.to_csv(sys.stdout, index=False)
    elif fmt is Format.json:
        sys.stdout.write(frame.to_json(orient="records", double_precision=6) + "\n")
    else:
        first, second = frame.attrs["pair"]
        figures_table(frame, f"{first}-{second} by {by.value}")


def register(app: typer.Typer) -> None:
    app.command("aggregate")(aggregate_command)
