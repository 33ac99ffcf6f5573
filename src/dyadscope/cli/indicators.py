"""`dyadscope indicators --pair A B`: series, change points and ranks of one dyad."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console

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


def _share(value: object) -> str:
    """A survey share as a percentage, with two decimals under 1%."""
    number = float(value) if isinstance(value, int | float) else float("nan")
    if number != number:
        return "?"
    if abs(number) > 1:
        return f"{number:g}"
    return f"{number * 100:.2f}%" if abs(number) < 0.01 else f"{number * 100:.1f}%"


def _estimates_text(result: api.Indicators) -> list[str]:
    lines = []
    for row in result.estimates.to_dict("records"):
        who = row.get("population") or "?"
        if row.get("group"):
            who += f", {row['group']}"
        ci = ""
        if row.get("ci_low") is not None and row.get("ci_high") is not None:
            ci = f" (95% CI {_share(row['ci_low'])} to {_share(row['ci_high'])})"
        fieldwork = row["fieldwork_start"]
        if row["fieldwork_end"] and row["fieldwork_end"] != fieldwork:
            fieldwork += f" to {row['fieldwork_end']}"
        size = f", n = {int(row['n']):,}" if row.get("n") is not None else ""
        lines.append(f"  {row['period']}  {row.get('survey') or 'survey'}, {who}: "
                     f"{row.get('question')} = {row.get('answer')}: "
                     f"{_share(row.get('estimate'))}{ci}{size}; fieldwork {fieldwork}")
    return lines


def render_text(result: api.Indicators) -> None:
    """The series table, then survey estimates, change points and ranks in words."""
    first, second = result.pair
    what = f" ({result.domain})" if result.domain else ""
    series = result.series.drop(
        columns=[c for c in result.series.columns[1:] if result.series[c].isna().all()]
    )
    figures_table(series, f"{first}-{second} indicators by {result.by}{what}")
    if result.series.empty:
        return  # nothing to find change points in; ranks of a pair with no data say little
    console = Console(highlight=False, soft_wrap=True)
    say = console.print
    if not result.estimates.empty:
        say("\nSurvey estimates (share of respondents giving an answer; not press attention):")
        for line in _estimates_text(result):
            say(line, markup=False)
    trends = result.trends
    if trends:
        say(f"\nChange points ({trends[0].method}):", markup=False)
    for trend in trends:
        pen = f"penalty {trend.penalty:.3g}, " if trend.penalty is not None else ""
        head = f"  {trend.series} ({pen}{trend.periods} periods): "
        if not trend.change_points:
            say(f"{head}none; {trend.note}", markup=False)
            continue
        say(head.rstrip(), markup=False)
        for cp in trend.change_points:
            say(f"    {cp.sentence}", markup=False)
    if result.ranks:
        periods = result.series["period"]
        span = f", {periods.iloc[0]} to {periods.iloc[-1]}" if len(periods) else ""
        say(f"\nRanks among each side's partners{span} (states only; trade by whole years):",
            markup=False)
        for rank in result.ranks:
            say(f"  {rank.sentence}", markup=False)


@friendly_errors({"source": "--input", "domains": "--domain"})
def indicators_command(
    pair: FiguresPairOption,
    by: ByOption = By.year,
    domain: Annotated[
        str | None,
        typer.Option(
            "--domain", help="Only events of this domain (trade and attention have none)."
        ),
    ] = None,
    since: FirstRowOption = None,
    until: LastRowOption = None,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="JSON Lines: one object per period, then trend, change_point and rank "
            "objects (field 'record').",
        ),
    ] = False,
    engine: EngineOption = Engine.duckdb,
    master: MasterOption = None,
    input_path: InputOption = None,
    db: DbOption = None,
) -> None:
    """Is the relationship warming or cooling? Cooperation and conflict stories, mean
    Goldstein, trade, arms TIV, press attention and survey estimates per period; change
    points with the numbers behind them; each side's rank of the other among its
    partners."""
    result = api.indicators(
        pair, by=by.value, domain=domain, since=since, until=until, db=db,
        source=input_path, engine=engine.value, master=master,
    )  # fmt: skip
    for line in result.notes:
        note(f"note: {line}")
    if as_json:
        out = sys.stdout
        for record in result.to_records():
            out.write(json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n")
    else:
        render_text(result)
    if result.series.empty:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("indicators")(indicators_command)
