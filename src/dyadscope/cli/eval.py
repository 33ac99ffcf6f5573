"""`dyadscope eval`: score the extractor against a gold set."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dyadscope import api
from dyadscope.cli.common import (
    DictOption,
    DictsOnlyOption,
    OneSidedOption,
    friendly_errors,
    progress_bar,
    say,
    warn,
)


@friendly_errors()
def eval_command(
    gold: Annotated[
        Path,
        typer.Argument(help="Gold file: our JSON Lines records, PLOVER GSR JSON or PETRARCH XML."),
    ],
    fmt: Annotated[
        str, typer.Option("--format", help="Gold format: auto | records | plover-gsr | "
                          "petrarch-xml.")
    ] = "auto",
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object instead of the text report.")
    ] = False,
    dictionaries: DictOption = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Evaluate only the first N records.")
    ] = None,
    worst: Annotated[
        int, typer.Option("--worst", min=0, help="Show the N worst misses with their sentences.")
    ] = 10,
    dicts_only: DictsOnlyOption = None,
    one_sided: OneSidedOption = None,
) -> None:
    """Run the extractor over a gold set: precision, recall, F1, confusion, worst misses."""
    with progress_bar("evaluating", None) as step:
        result = api.evaluate(
            gold, fmt=fmt, dictionaries=dictionaries or [], limit=limit,
            dictionaries_only=dicts_only, one_sided=one_sided,
            on_item=lambda done, total: step("evaluating", total=total),
            on_skipped=lambda message: warn(f"skipped {message}"),
        )  # fmt: skip
    render = api.evaluation_json if as_json else api.evaluation_text
    say(render(result, worst=worst))


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
