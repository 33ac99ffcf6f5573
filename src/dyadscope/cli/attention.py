"""`dyadscope attention --pair A B`: how much each side's press covers the other, from
the GDELT files in the store. A proxy for awareness, shown apart from survey figures."""

from __future__ import annotations

import math
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from dyadscope import api
from dyadscope.cli.common import DbOption, SinceOption, UntilOption, fail, friendly_errors, note

if TYPE_CHECKING:
    import pandas as pd


class By(StrEnum):
    month = "month"
    year = "year"


def _share(value: object) -> str:
    number = float(value)  # type: ignore[arg-type]
    return "n/a" if math.isnan(number) else f"{number:.1%}"


def _count(value: object) -> str:
    return f"{int(value):,}"  # type: ignore[call-overload]


def attention_table(frame: pd.DataFrame, pair: tuple[str, str]) -> None:
    """Periods down; for each side its press's share about the other with the raw
    counts beside it ("40.0% (2 of 5)"), so that a share of a few mentions is seen
    as such."""
    a, b = pair
    table = Table(
        title=f"Attention in each side's press, {a}-{b}: the share of each press's "
        "coverage in the imported GDELT files that is about the other side. A proxy "
        "for awareness, not a survey figure.",
        title_justify="left",
    )
    table.add_column("period")
    table.add_column(f"{a} press on {b}", justify="right")
    table.add_column(f"{b} press on {a}", justify="right")
    table.add_column("unknown outlets", justify="right")
    for row in frame.to_dict("records"):
        table.add_row(
            str(row["period"]),
            f"{_share(row['attention_ab'])} ({_count(row['mentions_ab'])} of "
            f"{_count(row['volume_a'])})",
            f"{_share(row['attention_ba'])} ({_count(row['mentions_ba'])} of "
            f"{_count(row['volume_b'])})",
            _share(row["unknown_share"]),
        )
    Console().print(table)


@friendly_errors({"db": "--db", "outlets": "--outlets"})
def attention_command(
    pair: Annotated[
        tuple[str, str],
        typer.Option("--pair", help="Two countries A B by code or name."),
    ],
    by: Annotated[By, typer.Option("--by", help="Period of each row.")] = By.year,
    since: SinceOption = None,
    until: UntilOption = None,
    outlets: Annotated[
        list[Path] | None,
        typer.Option(
            "--outlets",
            help="A file of more outlets, 'domain<TAB>iso3<TAB>name' as the package's "
            "outlets.tsv; its rows win (repeatable).",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON records.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV.")] = False,
    db: DbOption = None,
) -> None:
    """Share of each side's press coverage, in the imported GDELT files, that is about
    the other side (outlet country from its domain), with the raw counts: a proxy
    for awareness, not a survey figure."""
    if as_json and as_csv:
        raise fail("--json and --csv: choose one")
    frame = api.attention(
        pair, by=by.value, db=db, since=since, until=until, outlets=outlets or ()
    )
    for line in frame.attrs.get("notes", []):
        note(f"note: {line}")
    if frame.empty:
        raise fail("no GDELT mentions or events with a source URL in the store for these "
                   "periods (import GDELT files without --pair first)", code=1)  # fmt: skip
    if as_csv:
        frame.to_csv(sys.stdout, index=False)
    elif as_json:
        sys.stdout.write(frame.to_json(orient="records", double_precision=6) + "\n")
    else:
        attention_table(frame, frame.attrs["pair"])


def register(app: typer.Typer) -> None:
    app.command("attention")(attention_command)
