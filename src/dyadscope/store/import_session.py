"""The connection state one data-set import needs, set up and taken down again.

For the length of an import the session gets faster settings and the source's
lookup tables; afterwards both are gone and the user's settings are back, so an
import leaves a store (and its connection) as it found it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager

import duckdb
import pandas as pd

from dyadscope.importers.lookups import Lookup
from dyadscope.importers.sql import REJECT_SCANS, REJECTS, lit

IMPORT_MEMORY_LIMIT = "512MB"

# Session settings for the length of an import (the previous values are restored):
_IMPORT_SETTINGS = {
    # Without a cap DuckDB keeps a whole file's inserted rows in memory until commit
    # (3 GB for a million GDELT rows); with one it writes them out as it goes.
    "memory_limit": IMPORT_MEMORY_LIMIT,
    # The reader's row estimate is tiny, so the optimiser would build the lookup
    # joins' hash tables on the file (every row, every column) instead of on the
    # small lookup tables: keep the written order (file probes, lookups build).
    "disabled_optimizers": "build_side_probe_side",
    # Rows need no order in a table (every reader sorts); keeping the file's order
    # makes the parallel reader buffer and re-sequence its chunks (a third of the time).
    "preserve_insertion_order": "false",
}


@contextmanager
def import_session(con: duckdb.DuckDBPyConnection, lookups: Collection[Lookup]) -> Iterator[None]:
    """Import settings and ``lookups`` as temporary tables, undone on the way out."""
    saved = _apply_settings(con, _IMPORT_SETTINGS)
    try:
        _load_lookups(con, lookups)
        yield
    finally:
        for table in [*(lookup.table for lookup in lookups), REJECTS, REJECT_SCANS]:
            con.execute(f"DROP TABLE IF EXISTS {table}")
        _restore_settings(con, saved)


def _load_lookups(con: duckdb.DuckDBPyConnection, lookups: Collection[Lookup]) -> None:
    for lookup in lookups:
        frame = pd.DataFrame(lookup.rows(), columns=list(lookup.columns))
        con.register("_dy_frame", frame)
        try:
            con.execute(f"CREATE OR REPLACE TEMP TABLE {lookup.table} AS SELECT * FROM _dy_frame")
        finally:
            con.unregister("_dy_frame")


def _setting(con: duckdb.DuckDBPyConnection, name: str) -> str:
    row = con.execute("SELECT current_setting(?)", [name]).fetchone()
    return "" if row is None or row[0] is None else str(row[0])


def _apply_settings(con: duckdb.DuckDBPyConnection, settings: dict[str, str]) -> dict[str, str]:
    """Set ``settings``; returns the values they replaced ("": the default)."""
    fresh = duckdb.connect(":memory:")
    try:
        old = {
            name: ("" if _setting(con, name) == _setting(fresh, name) else _setting(con, name))
            for name in settings
        }
    finally:
        fresh.close()
    for name, value in settings.items():
        con.execute(f"SET {name} = {lit(value)}")
    return old


def _restore_settings(con: duckdb.DuckDBPyConnection, old: dict[str, str]) -> None:
    """Back to the values ``_apply_settings`` replaced ('' resets to the default)."""
    for name, value in old.items():
        con.execute(f"RESET {name}" if value == "" else f"SET {name} = {lit(value)}")
