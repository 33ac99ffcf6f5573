"""Per-period aggregates of one dyad, on DuckDB (embedded) or Spark (scale out).

``aggregate`` is the public entry point; the metrics and their SQL belong to
the store (``dyadscope.store.aggregations`` and ``aggregate_sql``) and are
shared by both engines. This module only picks the engine and the input and
tidies the result: DuckDB runs over the store file or over Parquet; Spark
always reads Parquet, so a store is exported to a temporary folder first.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

from dyadscope.analyse.split_notes import split_notes
from dyadscope.errors import DyadscopeError, InputError
from dyadscope.periods import first_day, last_day
from dyadscope.store import Store
from dyadscope.store.aggregate_sql import render_sql
from dyadscope.store.aggregations import (
    COLUMNS,
    DIALECTS,
    METRICS,
    SPLIT_COLUMN,
    AggregateQuery,
)
from dyadscope.store.export import export_parquet, parquet_connection

ENGINES: tuple[str, ...] = ("duckdb", "spark")
AGGREGATE_TABLES: tuple[str, ...] = ("events", "observations", "mentions", "stories")
GDELT_SUFFIXES: tuple[str, ...] = (".csv", ".tsv", ".txt", ".zip")


def period_bound(value: str | date | None, *, end: bool) -> date | None:
    """``2014`` / ``2014-05`` / ``2014-05-17`` as the first (or, with ``end``, the
    last) day it covers: ``until 2014`` includes every day of 2014."""
    if value is None or isinstance(value, date):
        return value
    try:
        return last_day(value) if end else first_day(value)
    except ValueError as exc:
        raise DyadscopeError(str(exc)) from None


def is_parquet(path: Path) -> bool:
    """A Parquet file, or a folder of Parquet tables (exported by `dyadscope export`)."""
    if path.is_dir():
        return any(path.glob("*.parquet")) or any(path.glob("*/*.parquet"))
    return path.suffix.lower() == ".parquet"


def is_gdelt(path: Path) -> bool:
    """Raw GDELT exports (tab-separated .CSV/.txt, or .zip), or a folder of them."""
    if path.is_dir():
        return not is_parquet(path)
    return path.suffix.lower() in GDELT_SUFFIXES


def gdelt_store(path: Path, query: AggregateQuery, notes: list[str]) -> Store:
    """The pair's rows of GDELT files in a throwaway in-memory store (the caller closes
    it), their stories counted once (forty rows on one meeting count once here too)."""
    return gdelt_memory_store(
        path,
        notes,
        pair=query.pair,
        since=query.since.isoformat() if query.since else None,
        until=query.until.isoformat() if query.until else None,
        stories=True,
    )


def gdelt_memory_store(
    path: Path,
    notes: list[str],
    *,
    pair: tuple[str, str] | None = None,
    since: str | None = None,
    until: str | None = None,
    stories: bool = False,
) -> Store:
    """GDELT files in a throwaway in-memory store, loaded by the importer (same mapping,
    same quarantine rules as `dyadscope import gdelt`). Unreadable files and malformed
    rows become ``notes``; if no file could be read, an error names the first."""
    from dyadscope.analyse.stories import refresh_stories
    from dyadscope.store.importing import import_dataset

    store = Store(":memory:")
    try:
        summary = import_dataset(store, "gdelt", [path], pair=pair, since=since, until=until)
        if stories:
            refresh_stories(store)
    except BaseException:
        store.close()
        raise
    failed = [f for f in summary.files if f.status == "failed"]
    if failed and len(failed) == len(summary.files):
        store.close()
        raise InputError(failed[0].path, failed[0].message or "not a readable GDELT file")
    notes += [f"{f.path}: skipped ({f.message})" for f in failed]
    quarantined = summary.total("quarantined")
    if quarantined:
        notes.append(f"{path}: {quarantined:,} malformed GDELT rows left out")
    return store


def _tidy(frame: pd.DataFrame) -> pd.DataFrame:
    """Same columns, dtypes and index whichever engine produced ``frame``."""
    out = frame.loc[:, list(COLUMNS)].copy()
    out["period"] = out["period"].astype(str)
    for metric in METRICS:
        out[metric.name] = out[metric.name].astype("int64" if metric.integer else "float64")
    return out.sort_values("period", kind="stable").reset_index(drop=True)


def _run_duckdb(con: duckdb.DuckDBPyConnection, sql: str, where: str) -> pd.DataFrame:
    try:
        return con.execute(sql).df()
    except duckdb.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DyadscopeError(f"{where}: cannot aggregate ({first})") from exc


def _duckdb(source: Store | Path, sql: str) -> pd.DataFrame:
    if isinstance(source, Store):
        return _run_duckdb(source.con, sql, str(source.path or ":memory:"))
    if is_parquet(source):
        con = parquet_connection(source, AGGREGATE_TABLES)
        try:
            return _run_duckdb(con, sql, str(source))
        finally:
            con.close()
    with Store(source, read_only=True) as store:
        return _run_duckdb(store.con, sql, str(source))


def _spark(source: Store | Path, sql: str, master: str | None) -> pd.DataFrame:
    from dyadscope.analyse.spark_engine import run_sql

    if isinstance(source, Path) and is_parquet(source):
        return run_sql(sql, str(source), AGGREGATE_TABLES, master)
    with tempfile.TemporaryDirectory(prefix="dyadscope-spark-") as tmp:
        export_parquet(source, tmp, AGGREGATE_TABLES)
        return run_sql(sql, tmp, AGGREGATE_TABLES, master)


def run_queries(
    source: Store | Path, sqls: Sequence[str], engine: str, master: str | None = None
) -> list[pd.DataFrame]:
    """Several statements on one input (the indicators' series and ranks): a store
    is exported to Parquet once for Spark, not once per statement."""
    if engine == "duckdb":
        return [_duckdb(source, sql) for sql in sqls]
    from dyadscope.analyse.spark_engine import run_sql

    if isinstance(source, Path) and is_parquet(source):
        return [run_sql(sql, str(source), AGGREGATE_TABLES, master) for sql in sqls]
    with tempfile.TemporaryDirectory(prefix="dyadscope-spark-") as tmp:
        export_parquet(source, tmp, AGGREGATE_TABLES)
        return [run_sql(sql, tmp, AGGREGATE_TABLES, master) for sql in sqls]


def is_parquet_input(source: Store | Path) -> bool:
    return isinstance(source, Path) and is_parquet(source)


def is_gdelt_input(source: Store | Path) -> bool:
    """Raw GDELT files, read for the pair only (``gdelt_store``)."""
    return isinstance(source, Path) and is_gdelt(source)


def aggregate(
    store_or_path: Store | str | Path,
    pair: tuple[str, str],
    by: str = "year",
    *,
    domain: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    engine: str = "duckdb",
    master: str | None = None,
    statuses: Sequence[str] | None = ("actual",),
    count: str = "stories",
) -> pd.DataFrame:
    """One row per period of the pair's events, attention, trade and arms
    transfers, every period from the first to the last (empty ones with counts 0,
    means and trade NaN); columns ``dyadscope.store.aggregations.COLUMNS`` (see
    that module for each one and the conventions).

    ``store_or_path`` is an open Store, a store file, a folder of Parquet tables
    (``dyadscope export parquet`` or a Spark job's output), one events Parquet
    file, or raw GDELT files (a .CSV/.zip export or a folder of them: the pair's
    rows are imported into memory first). ``engine`` "spark" runs the same
    definitions on Spark (``master`` URL, default local). ``frame.attrs["notes"]``
    lists input problems that did not stop the run (quarantined GDELT rows) and
    figures split across periods (fiscal years). ``count``: "stories" counts
    each event once however many records tell it, "mentions" every record.
    """
    if engine not in ENGINES:
        raise DyadscopeError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if len(pair) != 2:
        raise DyadscopeError(f"pair must be two actor codes like AZE PAK, not {tuple(pair)}")
    try:
        query = AggregateQuery(
            pair=(pair[0].strip().upper(), pair[1].strip().upper()),
            by=by,
            domain=domain,
            since=period_bound(since, end=False),
            until=period_bound(until, end=True),
            statuses=tuple(statuses) if statuses is not None else None,
            count=count,
        )
    except ValueError as exc:
        raise DyadscopeError(str(exc)) from exc
    source: Store | Path
    if isinstance(store_or_path, Store):
        source = store_or_path
    else:
        source = Path(store_or_path)
        if not source.exists():
            raise InputError(str(source), "no such store file or Parquet folder")
    sql = render_sql(query, DIALECTS[engine])
    notes: list[str] = []
    gdelt = isinstance(source, Path) and is_gdelt(source)
    if isinstance(source, Path) and gdelt:
        source = gdelt_store(source, query, notes)
    try:
        frame = _duckdb(source, sql) if engine == "duckdb" else _spark(source, sql, master)
    finally:
        if gdelt and isinstance(source, Store):
            source.close()
    notes += split_notes(frame[SPLIT_COLUMN].tolist())
    out = _tidy(frame)
    out.attrs["notes"] = notes
    return out
