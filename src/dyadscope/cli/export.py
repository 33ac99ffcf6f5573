"""`dyadscope export parquet`: the store as one Parquet file per table."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from dyadscope import api
from dyadscope.cli.common import DbOption, friendly_errors

export_app = typer.Typer(
    help="Write the store out for other tools (Spark, pandas, DuckDB).", no_args_is_help=True
)


@export_app.command("parquet")
@friendly_errors()
def parquet_command(
    out: Annotated[
        Path, typer.Option("--out", help="Folder to write <table>.parquet files into.")
    ] = Path("dyadscope-parquet"),
    tables: Annotated[
        str | None,
        typer.Option("--tables", help="Comma-separated tables (default: all of them)."),
    ] = None,
    db: DbOption = None,
) -> None:
    """One Parquet file per store table; `aggregate --input DIR [--engine spark]` reads them."""
    written = api.export_parquet(out, tables=tables.split(",") if tables else None, db=db)
    table = Table(title=f"export parquet -> {out}")
    table.add_column("table")
    table.add_column("rows", justify="right")
    table.add_column("file")
    for name, rows, path in written:
        table.add_row(name, f"{rows:,}", str(path))
    Console().print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")
