"""Parquet export of the store, and the Parquet layout readers rely on.

One file per table (``events.parquet``, ``observations.parquet`` ...) is the
layout that Spark, pandas, DuckDB and most data tools read without dyadscope.
``parquet_tables`` is the one place that knows how to find a table in such a
folder (a file, or a folder of part files as Spark writes them), so the
exporter and every reader agree.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from pathlib import Path

import duckdb

from dyadscope.errors import InputError, StoreError
from dyadscope.store.schema import DDL
from dyadscope.store.store import Store

# Every table of the store, in the order a reader would want them.
TABLES: tuple[str, ...] = (
    "events",
    "observations",
    "estimates",
    "mentions",
    "stories",
    "documents",
    "sentences",
    "citations",
    "quarantine",
    "imports",
    "meta",
)


def _sql_path(path: Path) -> str:
    """A path as a DuckDB string literal (quotes doubled)."""
    return "'" + str(path).replace("'", "''") + "'"


def _first_line(exc: Exception) -> str:
    """DuckDB messages may span lines; a CLI error is one line."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def parse_tables(spec: str | Sequence[str] | None) -> tuple[str, ...]:
    """Validate a table selection ("events,observations" or a list); None means all."""
    if spec is None:
        return TABLES
    names = spec.split(",") if isinstance(spec, str) else list(spec)
    chosen = tuple(dict.fromkeys(n.strip() for n in names if n.strip()))
    unknown = [n for n in chosen if n not in TABLES]
    if unknown:
        raise InputError(
            "--tables", f"unknown table(s) {', '.join(unknown)}; choose from {', '.join(TABLES)}"
        )
    if not chosen:
        raise InputError("--tables", "no table named")
    return chosen


def export_parquet(
    store: Store | str | Path,
    out_dir: str | Path,
    tables: str | Sequence[str] | None = None,
) -> dict[str, Path]:
    """Write one Parquet file per table into ``out_dir``; returns table -> file.

    Each file is written next to its final name and renamed into place, so a
    failed export never leaves a half-written ``events.parquet`` behind.
    """
    chosen = parse_tables(tables)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(str(out), "exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(str(out), f"cannot create the folder ({exc.strerror})") from exc
    owned = not isinstance(store, Store)
    opened = Store(store, read_only=True) if not isinstance(store, Store) else store
    written: dict[str, Path] = {}
    try:
        for table in chosen:
            final = out / f"{table}.parquet"
            partial = out / f".{table}.parquet.partial"
            try:
                opened.con.execute(
                    f"COPY (SELECT * FROM {table}) TO {_sql_path(partial)} "
                    "(FORMAT parquet, COMPRESSION zstd)"
                )
            except duckdb.Error as exc:
                partial.unlink(missing_ok=True)
                reason = f"cannot export table {table} ({_first_line(exc)})"
                raise StoreError(f"{final}: {reason}") from exc
            os.replace(partial, final)
            written[table] = final
    finally:
        if owned:
            opened.close()
    return written


def row_counts(store: Store, tables: Sequence[str]) -> dict[str, int]:
    """Rows per table, for a summary of what an export holds."""
    out: dict[str, int] = {}
    for table in parse_tables(tables):
        row = store.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        out[table] = int(row[0]) if row else 0
    return out


def parquet_tables(path: str | Path) -> dict[str, str]:
    """Which Parquet files back which table under ``path``: table -> glob.

    ``path`` is a folder in the export layout (``<table>.parquet`` files, or
    ``<table>/`` folders of ``*.parquet`` parts), or a single Parquet file,
    which is taken to hold events.
    """
    root = Path(path)
    if root.is_file():
        if root.suffix.lower() != ".parquet":
            raise InputError(str(root), "not a Parquet file (expected a .parquet file or folder)")
        return {"events": str(root)}
    if not root.is_dir():
        raise InputError(str(root), "no such file or folder")
    found: dict[str, str] = {}
    for table in TABLES:
        single = root / f"{table}.parquet"
        parts = root / table
        if single.is_file():
            found[table] = str(single)
        elif single.is_dir() and any(single.glob("*.parquet")):
            found[table] = str(single / "*.parquet")
        elif parts.is_dir() and any(parts.glob("*.parquet")):
            found[table] = str(parts / "*.parquet")
    if not found:
        raise InputError(str(root), "no Parquet tables here (expected events.parquet etc.)")
    return found


@functools.cache
def table_columns(table: str) -> tuple[tuple[str, str], ...]:
    """The store's columns of ``table`` as (name, DuckDB type), read off the DDL itself
    so that readers of foreign Parquet files fill gaps with the store's own types."""
    if table not in TABLES:
        raise StoreError(f"no table {table} in the store schema")
    con = duckdb.connect()
    try:
        for statement in DDL:
            con.execute(statement)
        rows = con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = ? ORDER BY ordinal_position",
            [table],
        ).fetchall()
    finally:
        con.close()
    return tuple((str(name), str(typ)) for name, typ in rows)


def parquet_connection(path: str | Path, tables: Sequence[str]) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB whose ``tables`` are views over the Parquet files under
    ``path``, with the store's column names and types: a column a file lacks reads
    as NULL, a table with no file is empty. Aggregations then run unchanged."""
    found = parquet_tables(path)
    con = duckdb.connect()
    try:
        for table in tables:
            columns = table_columns(table)
            if table not in found:
                body = ", ".join(f"CAST(NULL AS {typ}) AS {name}" for name, typ in columns)
                con.execute(f"CREATE VIEW {table} AS SELECT {body} WHERE FALSE")
                continue
            source = f"read_parquet({_sql_path(Path(found[table]))})"
            have = {str(r[0]) for r in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
            body = ", ".join(
                f"CAST({name if name in have else 'NULL'} AS {typ}) AS {name}"
                for name, typ in columns
            )
            con.execute(f"CREATE VIEW {table} AS SELECT {body} FROM {source}")
    except duckdb.Error as exc:
        con.close()
        raise InputError(str(path), f"cannot read the Parquet files ({_first_line(exc)})") from exc
    return con
