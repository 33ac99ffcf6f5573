"""`dyadscope eval`: score the extractor against a gold set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from dyadscope.cli.common import (
    DictOption,
    DictsOnlyOption,
    OneSidedOption,
    fail,
    friendly_errors,
)
from dyadscope.evaluate import GOLD_FORMATS, api_coder, evaluate_set, read_gold, render_text
from dyadscope.settings import load_settings

_FORMATS = ("auto", *GOLD_FORMATS)


def eval_command(
    gold: Annotated[
        Path,
        typer.Argument(help="Gold file: our JSON Lines records, PLOVER GSR JSON or PETRARCH XML."),
    ],
    fmt: Annotated[
        str, typer.Option("--format", help=f"Gold format: {' | '.join(_FORMATS)}.")
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
    if fmt not in _FORMATS:
        raise fail(f"--format: unknown format '{fmt}' (allowed: {', '.join(_FORMATS)})")
    _run(
        gold, fmt, as_json=as_json, dictionaries=dictionaries or [], limit=limit, worst=worst,
        dicts_only=dicts_only, one_sided=one_sided,
    )  # fmt: skip


@friendly_errors
def _run(
    gold: Path,
    fmt: str,
    *,
    as_json: bool,
    dictionaries: list[Path],
    limit: int | None,
    worst: int,
    dicts_only: bool | None,
    one_sided: bool | None = None,
) -> None:
    settings = load_settings()
    gold_set = read_gold(gold, fmt, max_bytes=settings.max_bytes)
    for rejection in gold_set.rejections:
        typer.echo(f"warning: skipped {rejection.message()}", err=True)
    coder = api_coder(dictionaries, dictionaries_only=dicts_only, one_sided=one_sided)
    result = evaluate_set(gold_set, coder, limit=limit)
    if as_json:
        typer.echo(json.dumps(result.to_dict(worst=worst), ensure_ascii=False))
    else:
        typer.echo(render_text(result, worst=worst))


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
