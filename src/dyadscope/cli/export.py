"""`dyadscope export parquet`: the store as one Parquet file per table."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from dyadscope.cli.common import DbOption, friendly_errors, settings_with
from dyadscope.store import Store
from dyadscope.store.export import TABLES, export_parquet, parse_tables, row_counts

export_app = typer.Typer(
    help="Write the store out for other tools (Spark, pandas, DuckDB).", no_args_is_help=True
)


@export_app.command("parquet")
def parquet_command(
    out: Annotated[
        Path, typer.Option("--out", help="Folder to write <table>.parquet files into.")
    ] = Path("dyadscope-parquet"),
    tables: Annotated[
        str | None,
        typer.Option("--tables", help=f"Comma-separated tables (default all: {','.join(TABLES)})."),
    ] = None,
    db: DbOption = None,
) -> None:
    """One Parquet file per store table; `aggregate --input DIR [--engine spark]` reads them."""
    _run(out, tables, db)


@friendly_errors
def _run(out: Path, tables: str | None, db: Path | None) -> None:
    chosen = parse_tables(tables)
    with Store(settings_with(db).db, read_only=True) as store:
        written = export_parquet(store, out, chosen)
        counts = row_counts(store, tuple(written))
    table = Table(title=f"export parquet -> {out}")
    table.add_column("table")
    table.add_column("rows", justify="right")
    table.add_column("file")
    for name, path in written.items():
        table.add_row(name, f"{counts[name]:,}", str(path))
    Console().print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")
