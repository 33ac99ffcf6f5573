"""`dyadscope check --pair A B`: who else says so, and do they agree? Findings across
documents and data sets (corroboration, contradiction, mirror gap, duplicate,
unverified), as text or JSON Lines."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from dyadscope import api
from dyadscope.cli.common import DbOption, friendly_errors, note
from dyadscope.report.findings import findings_summary, findings_text


def _help(threshold: api.Threshold) -> str:
    unit = "" if threshold.unit == "fraction" else f" {threshold.unit}"
    if threshold.default == 1:
        unit = unit.removesuffix("s")
    return f"{threshold.help} Default {threshold.default:g}{unit}."


_HELP = {t.name: _help(t) for t in api.THRESHOLDS}
OPTION_NAMES = {t.name: "--" + t.name.replace("_", "-") for t in api.THRESHOLDS}


def _option(name: str) -> typer.models.OptionInfo:
    return typer.Option(OPTION_NAMES[name], help=_HELP[name], show_default=False)


@friendly_errors(OPTION_NAMES)
def check_command(
    pair: Annotated[
        tuple[str, str],
        typer.Option("--pair", help="Two countries by code or name, e.g. --pair AZE PAK."),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="JSON Lines of finding records (the record spec).")
    ] = False,
    mirror_gap: Annotated[float | None, _option("mirror_gap")] = None,
    trade_tolerance: Annotated[float | None, _option("trade_tolerance")] = None,
    fiscal_tolerance: Annotated[float | None, _option("fiscal_tolerance")] = None,
    value_tolerance: Annotated[float | None, _option("value_tolerance")] = None,
    count_tolerance: Annotated[float | None, _option("count_tolerance")] = None,
    date_slack_days: Annotated[int | None, _option("date_slack_days")] = None,
    arms_year_slack: Annotated[int | None, _option("arms_year_slack")] = None,
    status_window_days: Annotated[int | None, _option("status_window_days")] = None,
    db: DbOption = None,
) -> None:
    """Compare what documents and data sets say about a pair: corroborations,
    contradictions (values, numbers, dates, statuses), Comtrade mirror gaps,
    duplicates and claims no data set speaks to, each with its sources."""
    findings = api.check(
        pair, db=db, mirror_gap=mirror_gap, trade_tolerance=trade_tolerance,
        fiscal_tolerance=fiscal_tolerance, value_tolerance=value_tolerance,
        count_tolerance=count_tolerance, date_slack_days=date_slack_days,
        arms_year_slack=arms_year_slack, status_window_days=status_window_days,
    )  # fmt: skip
    if as_json:
        out = sys.stdout
        for finding in findings:
            out.write(json.dumps(finding.to_record(), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(findings_text(findings))
    note(findings_summary(findings))


def register(app: typer.Typer) -> None:
    app.command("check")(check_command)
