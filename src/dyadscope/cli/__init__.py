"""The `dyadscope` command line: a thin layer over the library. Only this package prints.

Each command group lives in its own module with a ``register(app)`` function;
add the module's name to ``COMMAND_MODULES`` to expose it.
"""

from __future__ import annotations

import importlib

import typer

COMMAND_MODULES: tuple[str, ...] = (
    "documents",
    "briefs",
    "eval",
    "imports",
    "aggregate",
    "export",
    "actors",
)

app = typer.Typer(
    name="dyadscope",
    help="How two countries relate: sourced events and figures from documents and data sets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for _name in COMMAND_MODULES:
    importlib.import_module(f"dyadscope.cli.{_name}").register(app)


def main() -> None:
    app()
