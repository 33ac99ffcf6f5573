"""The `dyadscope` command line: a thin layer over ``dyadscope.api``. Only this package prints.

Each command group lives in its own module with a ``register(app)`` function;
add the module's name to ``COMMAND_MODULES`` to expose it. Commands parse their
arguments, call one API function and render what it returns.
"""

from __future__ import annotations

import importlib
import logging
import sys
import warnings
from typing import Annotated

import typer

from dyadscope import api

COMMAND_MODULES: tuple[str, ...] = (
    "documents",
    "briefs",
    "eval",
    "imports",
    "aggregate",
    "attention",
    "indicators",
    "check",
    "export",
    "actors",
    "survey",
    "serve",
)

app = typer.Typer(
    name="dyadscope",
    help="How two countries relate: sourced events and figures from documents and data sets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dyadscope {api.version()}")
        raise typer.Exit()


def _quiet_libraries(verbose: bool) -> None:
    """Libraries' own warnings ("EOF marker not found") stay off the terminal: what
    matters reaches the user as dyadscope's one-line error. ``--verbose`` shows them."""
    logging.captureWarnings(True)
    root = logging.getLogger()
    if verbose:
        handler: logging.Handler = _ToStderr()
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.setLevel(logging.INFO)
    else:
        handler = logging.NullHandler()
        warnings.simplefilter("ignore")
    handler.set_name(_HANDLER)
    for old in [h for h in root.handlers if h.get_name() == _HANDLER]:
        root.removeHandler(old)  # one per run, however often the app is invoked
    root.addHandler(handler)


_HANDLER = "dyadscope-cli"


class _ToStderr(logging.Handler):
    """Writes to whatever ``sys.stderr`` is when a record comes (a handler that kept
    the stream it was made with would write to a closed one after a test runner
    swapped it)."""

    def emit(self, record: logging.LogRecord) -> None:
        sys.stderr.write(self.format(record) + "\n")


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show the libraries' own warnings too.")
    ] = False,
) -> None:
    """How two countries relate: sourced events and figures from documents and data sets."""
    _quiet_libraries(verbose)


for _name in COMMAND_MODULES:
    importlib.import_module(f"dyadscope.cli.{_name}").register(app)


def main() -> None:
    app()
