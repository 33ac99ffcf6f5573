"""What every command shares: options, one-line errors that name the option, JSON
output and progress bars. Commands parse, call ``dyadscope.api`` and render."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console

from dyadscope import api
from dyadscope.errors import DyadscopeError, InputError, UsageError

P = ParamSpec("P")
R = TypeVar("R")

err_console = Console(stderr=True, soft_wrap=True)  # one message, one line


class By(StrEnum):
    month = "month"
    year = "year"


class Engine(StrEnum):
    duckdb = "duckdb"
    spark = "spark"


# the options of the commands that aggregate a pair's figures (aggregate, indicators)
ByOption = Annotated[By, typer.Option("--by", help="Period of each row.")]
EngineOption = Annotated[Engine, typer.Option("--engine", help="Where to compute.")]
FiguresPairOption = Annotated[
    tuple[str, str],
    typer.Option(
        "--pair",
        help="Two countries A B by code or name; 'exports' are A's exports to B, "
        "whoever reported them.",
    ),
]
FirstRowOption = Annotated[
    str | None,
    typer.Option("--since", help="First row YYYY[-MM[-DD]], even where nothing happened."),
]
LastRowOption = Annotated[
    str | None,
    typer.Option("--until", help="Last row YYYY[-MM[-DD]], inclusive, even if empty."),
]
MasterOption = Annotated[
    str | None, typer.Option("--master", help="Spark master URL (default local[*]).")
]
InputOption = Annotated[
    Path | None,
    typer.Option(
        "--input", help="Read Parquet (folder or file), GDELT files or a store, not --db."
    ),
]
DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="Store file (default: $DYADSCOPE_DB or the per-user data dir)."),
]
PairOption = Annotated[
    tuple[str, str] | None,
    typer.Option(
        "--pair", help="Two countries by code or name, e.g. --pair AZE PAK (either direction)."
    ),
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
SinceOption = Annotated[str | None, typer.Option("--since", help="From YYYY[-MM[-DD]].")]
UntilOption = Annotated[
    str | None, typer.Option("--until", help="Up to YYYY[-MM[-DD]], inclusive.")
]
KindOption = Annotated[
    list[str] | None,
    typer.Option("--kind", help=f"Only these kinds (repeatable): {', '.join(api.KINDS)}."),
]
DomainOption = Annotated[
    list[str] | None,
    typer.Option("--domain", help=f"Only these domains (repeatable): {', '.join(api.DOMAINS)}."),
]

# the API's parameter names as the command line spells them
OPTIONS: dict[str, str] = {
    "pair": "--pair",
    "kinds": "--kind",
    "domains": "--domain",
    "since": "--since",
    "until": "--until",
    "date": "--date",
    "dictionaries": "--dict",
    "paths": "PATHS",
    "path": "SOURCE",
    "source": "SOURCE",
    "by": "--by",
    "engine": "--engine",
    "tables": "--tables",
    "out": "--out",
    "format": "--format",
    "limit": "--limit",
    "gold": "GOLD",
    "files": "FILES",
    "copy_threshold": "--copy-threshold",
}


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print a one-line error and return the exit to raise."""
    error(message)
    return typer.Exit(code)


def friendly_errors(
    options: Mapping[str, str] | None = None,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Turn dyadscope's errors into one line on stderr, never a traceback: a wrong
    argument exits 2 naming its option (``options`` overrides ``OPTIONS``), a bad
    input file 1, a store with nothing to show 1, any other error 2."""
    names = {**OPTIONS, **(options or {})}

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        @wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return func(*args, **kwargs)
            except UsageError as exc:
                raise fail(f"{names.get(exc.field, exc.field)}: {exc.message}") from None
            except (InputError, api.NoDataError) as exc:
                raise fail(str(exc), code=1) from None
            except DyadscopeError as exc:
                raise fail(str(exc)) from None
            except BrokenPipeError:
                raise typer.Exit(0) from None

        return wrapper

    return decorate


def _escape(text: str) -> str:
    return text.replace("[", "\\[")


def error(message: str) -> None:
    """One error line for an input that failed while the run went on."""
    err_console.print(f"[red]error:[/red] {_escape(message)}", highlight=False)


def warn(message: str) -> None:
    err_console.print(f"[yellow]warning:[/yellow] {_escape(message)}", highlight=False)


def note(message: str) -> None:
    """What a run did, on stderr (stdout is kept for the command's output)."""
    err_console.print(message, highlight=False, markup=False)


def say(message: str) -> None:
    """The command's own output, on stdout, exactly as given."""
    sys.stdout.write(message + "\n")


def write_json_lines(records: Iterable[api.Event | api.Observation]) -> None:
    out = sys.stdout
    for record in records:
        out.write(json.dumps(record.to_record(), ensure_ascii=False))
        out.write("\n")


@contextmanager
def progress_bar(label: str, total: int | None) -> Iterator[Callable[..., None]]:
    """A bar on stderr while a long run goes: ``step(description, total=None)``
    advances it (a total learnt late is given with the first step). Nothing at all
    when stderr is not a terminal or there is a single item."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    bar = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=(total is not None and total < 2) or not err_console.is_terminal,
    )
    with bar:
        task = bar.add_task(label, total=total)

        def step(description: str = label, total: int | None = None) -> None:
            if total is not None:
                bar.update(task, total=total)
            bar.update(task, advance=1, description=_escape(description))

        yield step


def settings_for(db: Path | None = None, **changes: Any) -> api.Settings:
    return api.settings(db=db, **changes)
