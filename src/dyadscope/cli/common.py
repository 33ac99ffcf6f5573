"""What every command shares: the store option, error reporting, output helpers."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console

from dyadscope.errors import DyadscopeError, InputError
from dyadscope.model import Event, Observation
from dyadscope.settings import Settings, load_settings

P = ParamSpec("P")
R = TypeVar("R")

err_console = Console(stderr=True, soft_wrap=True)  # one message, one line

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="Store file (default: $DYADSCOPE_DB or the per-user data dir)."),
]
PairOption = Annotated[
    tuple[str, str] | None,
    typer.Option("--pair", help="Two actor codes, e.g. --pair AZE PAK (either direction)."),
]
DictOption = Annotated[
    list[Path] | None,
    typer.Option("--dict", help="Extra actor or event-pattern dictionary file (repeatable)."),
]
DictsOnlyOption = Annotated[
    bool | None,
    typer.Option(
        "--dicts-only/--with-package",
        help="Code with the given dictionaries' event patterns and agents alone, as PETRARCH "
        "does (default: config 'dictionaries_only', else add them to the package's).",
    ),
]


OneSidedOption = Annotated[
    bool | None,
    typer.Option(
        "--one-sided/--two-sided",
        help="Also keep events with one side only or inside one state, as CAMEO and PLOVER "
        "coders do (default: config 'one_sided', else every event relates two parties).",
    ),
]


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print a one-line error and return the exit to raise."""
    err_console.print(f"[red]error:[/red] {message}", highlight=False, markup=True, soft_wrap=True)
    return typer.Exit(code)


def friendly_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn dyadscope's own errors into one line on stderr, never a traceback."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except InputError as exc:  # a bad input: exit 1, as for a failed batch
            raise fail(_escape(str(exc)), code=1) from None
        except DyadscopeError as exc:
            raise fail(_escape(str(exc))) from None
        except BrokenPipeError:
            raise typer.Exit(0) from None

    return wrapper


def _escape(text: str) -> str:
    return text.replace("[", "\\[")


def settings_with(db: Path | None = None, **changes: Any) -> Settings:
    return load_settings().with_(db=db, **changes)


def normalise_pair(pair: tuple[str, str] | None) -> tuple[str, str] | None:
    if pair is None:
        return None
    return (pair[0].upper(), pair[1].upper())


def write_json_lines(records: Iterable[Event | Observation]) -> None:
    out = sys.stdout
    for record in records:
        out.write(json.dumps(record.to_record(), ensure_ascii=False))
        out.write("\n")
