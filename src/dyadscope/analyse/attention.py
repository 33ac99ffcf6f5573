"""Attention in each side's press, on DuckDB or Spark: a proxy for awareness.

How much of A's own media's coverage is about B, and of B's about A, from the
GDELT mentions and events in the store (definitions and counting rules in
``dyadscope.store.attention_sql``). It is labelled a proxy for awareness
everywhere it appears and kept apart from survey estimates: coverage is what
the press wrote, not what people know or think.

The outlet of each mention gets its country in Python (``codes.outlets``: the
outlets table, then the country-code TLD); the per-period counting is SQL
defined once and run by either engine, like ``aggregate``.
"""

from __future__ import annotations

import math
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from dyadscope.analyse.aggregate import (
    ENGINES,
    gdelt_memory_store,
    is_gdelt,
    is_parquet,
    period_bound,
)
from dyadscope.codes.outlets import host_of, load_outlets, outlet_countries, registrable_domain
from dyadscope.errors import DyadscopeError, InputError
from dyadscope.store import Store
from dyadscope.store.aggregations import DIALECTS
from dyadscope.store.attention_sql import (
    COLUMNS,
    HIDDEN,
    OUTLET_TABLE,
    TABLES,
    AttentionQuery,
    hosts_sql,
    render_sql,
)
from dyadscope.store.export import export_parquet, parquet_connection, parquet_tables

MEASURE = (
    "proxy for awareness: attention_ab is the share of A's press coverage in the imported "
    "GDELT files that is about B (mentions_ab / volume_a), attention_ba the share of B's "
    "press coverage about A; it measures what the press wrote, not what people know or "
    "think, and is no survey figure"
)
TOP_UNKNOWN = 5  # unknown outlets named in the notes, largest first
_FILTER = re.compile(r"filter: (.*)$")


@dataclass(frozen=True, slots=True)
class ImportFilters:
    """What the store's GDELT imports left out: files imported for one pair only
    (their volume is that pair's coverage, not the press's total), and the date
    bounds used."""

    known: bool  # False: the input has no imports table (a foreign Parquet folder)
    pair_only: tuple[str, ...] = ()  # paths imported with --pair and never whole
    date_bounds: tuple[str, ...] = ()  # distinct "since=... until=..." filters


def _import_filters(rows: Sequence[tuple[Any, Any, Any]] | None) -> ImportFilters:
    """From the imports table's (path, fingerprint, layout) rows of GDELT files."""
    if rows is None:
        return ImportFilters(known=False)
    whole: set[str] = set()
    paired: dict[str, str] = {}
    bounds: set[str] = set()
    for path, fingerprint, layout in rows:
        found = _FILTER.search(str(layout or ""))
        spec = found.group(1) if found else "all"
        parts = spec.split()
        if any(p.startswith("pair=") for p in parts):
            paired.setdefault(str(fingerprint), str(path))
        else:
            whole.add(str(fingerprint))
        dated = " ".join(p for p in parts if p.startswith(("since=", "until=")))
        if dated:
            bounds.add(dated)
    pair_only = tuple(sorted(p for f, p in paired.items() if f not in whole))
    return ImportFilters(True, pair_only, tuple(sorted(bounds)))


_IMPORTS_SQL = "SELECT path, fingerprint, layout FROM imports WHERE dataset LIKE 'gdelt%'"


def _resolve(hosts: pd.DataFrame, table: dict[str, str]) -> pd.DataFrame:
    """``hosts`` with each outlet's ``country`` (None when unknown)."""
    names = [h if isinstance(h, str) else None for h in hosts["host"].tolist()]
    found = outlet_countries([h for h in names if h], table)
    countries: list[Any] = [found.get(h) if h else None for h in names]
    return hosts.assign(country=countries)


def _lookup_frame(hosts: pd.DataFrame) -> pd.DataFrame:
    """(host, country) of every host whose outlet country is known: the table the
    attention SQL joins."""
    known = hosts[hosts["country"].notna()]
    return pd.DataFrame(
        {"host": known["host"].astype(object), "country": known["country"].astype(object)}
    ).reset_index(drop=True)


def _run_duckdb(
    con: duckdb.DuckDBPyConnection, query: AttentionQuery, table: dict[str, str], where: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
    dialect = DIALECTS["duckdb"]
    try:
        hosts = _resolve(con.execute(hosts_sql(query, dialect)).df(), table)
        con.register(OUTLET_TABLE, _lookup_frame(hosts))
        try:
            frame = con.execute(render_sql(query, dialect)).df()
        finally:
            con.unregister(OUTLET_TABLE)
    except duckdb.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DyadscopeError(f"{where}: cannot measure attention ({first})") from exc
    return hosts, frame


def _imports_duckdb(con: duckdb.DuckDBPyConnection) -> list[tuple[Any, Any, Any]]:
    return [(r[0], r[1], r[2]) for r in con.execute(_IMPORTS_SQL).fetchall()]


def _duckdb(
    source: Store | Path, query: AttentionQuery, table: dict[str, str]
) -> tuple[pd.DataFrame, pd.DataFrame, ImportFilters]:
    if isinstance(source, Store):
        hosts, frame = _run_duckdb(source.con, query, table, str(source.path or ":memory:"))
        return hosts, frame, _import_filters(_imports_duckdb(source.con))
    if is_parquet(source):
        has_imports = "imports" in parquet_tables(source)
        con = parquet_connection(source, (*TABLES, "imports"))
        try:
            hosts, frame = _run_duckdb(con, query, table, str(source))
            rows = _imports_duckdb(con) if has_imports else None
        finally:
            con.close()
        return hosts, frame, _import_filters(rows)
    with Store(source, read_only=True) as store:
        hosts, frame = _run_duckdb(store.con, query, table, str(source))
        return hosts, frame, _import_filters(_imports_duckdb(store.con))


def _spark(
    source: Store | Path, query: AttentionQuery, table: dict[str, str], master: str | None
) -> tuple[pd.DataFrame, pd.DataFrame, ImportFilters]:
    if isinstance(source, Path) and is_parquet(source):
        return _spark_parquet(str(source), query, table, master)
    with tempfile.TemporaryDirectory(prefix="dyadscope-spark-") as tmp:
        export_parquet(source, tmp, (*TABLES, "imports"))
        return _spark_parquet(tmp, query, table, master)


def _spark_parquet(
    path: str, query: AttentionQuery, table: dict[str, str], master: str | None
) -> tuple[pd.DataFrame, pd.DataFrame, ImportFilters]:
    """Both queries on Spark; the outlet lookup goes in as a temporary view."""
    import warnings

    from dyadscope.analyse.spark_engine import register_tables, spark_session

    spark = spark_session(master)
    register_tables(spark, path, TABLES)
    dialect = DIALECTS["spark"]
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", module=r"pyspark\.")
            hosts = _resolve(spark.sql(hosts_sql(query, dialect)).toPandas(), table)
            lookup = _lookup_frame(hosts)
            view = spark.createDataFrame(
                list(lookup.itertuples(index=False, name=None)),
                schema="host STRING, country STRING",
            )
            view.createOrReplaceTempView(OUTLET_TABLE)
            frame = spark.sql(render_sql(query, dialect)).toPandas()
    except Exception as exc:  # Spark wraps Java errors in many types
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DyadscopeError(f"{path}: Spark could not measure attention ({first})") from exc
    # the imports table is metadata, read where it lies
    has_imports = "imports" in parquet_tables(path)
    con = parquet_connection(path, ("imports",))
    try:
        rows = _imports_duckdb(con) if has_imports else None
    finally:
        con.close()
    return hosts, frame, _import_filters(rows)


def _tidy(frame: pd.DataFrame) -> pd.DataFrame:
    """Same columns and dtypes whichever engine produced ``frame``."""
    out = frame.loc[:, [*COLUMNS, *HIDDEN]].copy()
    out["period"] = out["period"].astype(str)
    for name in ("attention_ab", "attention_ba", "unknown_share"):
        out[name] = out[name].astype("float64")
    for name in ("mentions_ab", "mentions_ba", "volume_a", "volume_b", *HIDDEN):
        out[name] = out[name].fillna(0).astype("int64")
    return out.sort_values("period", kind="stable").reset_index(drop=True)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "0%"


def _notes(
    query: AttentionQuery,
    hosts: pd.DataFrame,
    frame: pd.DataFrame,
    filters: ImportFilters,
) -> list[str]:
    a, b = query.pair
    notes = [
        f"{MEASURE} (A = {a}, B = {b})",
        "the denominator is only what was imported: volume_a counts the mentions by "
        f"{a}'s outlets in the imported GDELT files of that period, not everything {a}'s "
        "press published; a share of a few mentions says little (see the raw counts)",
    ]
    if filters.pair_only:
        shown = ", ".join(filters.pair_only[:3]) + (" ..." if len(filters.pair_only) > 3 else "")
        notes.append(
            f"shares cannot be computed: {len(filters.pair_only)} GDELT file(s) were "
            f"imported with --pair ({shown}), so the store holds only that pair's coverage, "
            "not each press's total volume; attention_ab and attention_ba are left empty "
            "rather than near 100%. Import the files again without --pair to measure it"
        )
    if not filters.known:
        notes.append(
            "this input has no imports table: whether its GDELT files were imported "
            "whole (the shares need that) or for one pair only cannot be checked"
        )
    if filters.date_bounds:
        notes.append(
            "GDELT files were imported with date bounds (" + "; ".join(filters.date_bounds)
            + "): coverage of events dated outside them is missing from the volume"
        )
    total = int(hosts["n"].sum()) if len(hosts) else 0
    from_events = int(hosts["from_events"].sum()) if len(hosts) else 0
    unlinked = int(hosts["unlinked"].sum()) if len(hosts) else 0
    if from_events:
        notes.append(
            f"{from_events:,} of the {total:,} mentions are GDELT events without mention "
            "rows in the store, each counted once for the outlet of its SOURCEURL (the "
            "first article GDELT saw) and dated by DATEADDED; NumArticles is not used as "
            "a weight, as the other articles' outlets are unknown"
        )
    if unlinked:
        notes.append(
            f"mentions of events that are not in the store: {unlinked:,} "
            f"({_share(unlinked, total)}); they count in their outlet's volume, but never "
            "as coverage of either side (import the events files of those days too)"
        )
    unknown = _unknown_outlets(hosts)
    if unknown:
        count = sum(n for _, n in unknown)
        largest = ", ".join(f"{host} ({n:,})" for host, n in unknown[:TOP_UNKNOWN])
        notes.append(
            f"{_share(count, total)} of the volume ({count:,} of {total:,} mentions) comes "
            f"from outlets whose country is unknown (generic domains not in the outlets "
            f"table, or no domain): counted as 'unknown', in unknown_share; largest: "
            f"{largest}. Add outlets with a file of your own (--outlets FILE)"
        )
    if frame.empty:
        notes.append("no GDELT mentions, or events with a source URL, in the periods asked")
    return notes


def _unknown_outlets(hosts: pd.DataFrame) -> list[tuple[str, int]]:
    """(domain, mentions) of the outlets of unknown country, largest first: by
    registrable domain (www.elpasotimes.com is elpasotimes.com), as a user would
    add them to an outlets file."""
    unknown = hosts[hosts["country"].isna()]
    counts: dict[str, int] = {}
    for host, n in zip(unknown["host"].tolist(), unknown["n"].tolist(), strict=True):
        name = host_of(host) if isinstance(host, str) else None
        label = (registrable_domain(name) or name) if name else "(no domain)"
        counts[label] = counts.get(label, 0) + int(n)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def attention(
    source: Store | str | Path,
    pair: tuple[str, str],
    by: str = "year",
    *,
    since: str | date | None = None,
    until: str | date | None = None,
    engine: str = "duckdb",
    master: str | None = None,
    outlets: Sequence[str | Path] = (),
) -> pd.DataFrame:
    """Attention in each side's press, a proxy for awareness: one row per period
    (``by`` "year" or "month") that has any GDELT volume.

    Columns: ``period`` ("2019" or "2019-10"); ``attention_ab`` = ``mentions_ab`` /
    ``volume_a``, the share of A's press coverage in the imported GDELT files that
    is about B (NaN where it cannot be computed: no volume, or a pair-filtered
    import); ``attention_ba`` the same for B's press about A; ``mentions_ab``,
    ``mentions_ba`` the numerators; ``volume_a``, ``volume_b`` the denominators;
    ``unknown_share``: the share of the period's volume (all outlets) whose outlet
    country is unknown. ``frame.attrs["notes"]`` states the caveats and counting
    rules, ``attrs["measure"]`` the label, ``attrs["pair"]`` the codes.

    ``source`` is an open Store, a store file, a folder of Parquet tables
    (``dyadscope export parquet``), or raw GDELT files (a .CSV/.zip export or a
    folder of them, imported whole into memory first); ``engine`` "spark" runs the
    same SQL on Spark
    (``master`` URL, default local). ``outlets``: files of more outlets
    (``domain iso3 name``, as ``data/outlets.tsv``), whose rows win. Numbers
    only, never mixed with survey estimates.
    """
    if engine not in ENGINES:
        raise DyadscopeError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if len(pair) != 2:
        raise DyadscopeError(f"pair must be two actor codes like AZE PAK, not {tuple(pair)}")
    try:
        query = AttentionQuery(
            pair=(pair[0].strip().upper(), pair[1].strip().upper()),
            by=by,
            since=period_bound(since, end=False),
            until=period_bound(until, end=True),
        )
    except ValueError as exc:
        raise DyadscopeError(str(exc)) from exc
    table = load_outlets(outlets)
    resolved: Store | Path
    if isinstance(source, Store):
        resolved = source
    else:
        resolved = Path(source)
        if not resolved.exists():
            raise InputError(str(resolved), "no such store file or Parquet folder")
    input_notes: list[str] = []
    owned = False
    if isinstance(resolved, Path) and is_gdelt(resolved):
        # the shares need each press's total volume: no pair or date filter while reading
        resolved, owned = gdelt_memory_store(resolved, input_notes), True
    try:
        if engine == "duckdb":
            hosts, frame, filters = _duckdb(resolved, query, table)
        else:
            hosts, frame, filters = _spark(resolved, query, table, master)
    finally:
        if owned and isinstance(resolved, Store):
            resolved.close()
    out = _tidy(frame)
    if filters.pair_only:
        out["attention_ab"] = math.nan
        out["attention_ba"] = math.nan
    notes = [*_notes(query, hosts, out, filters), *input_notes]
    out = out.drop(columns=list(HIDDEN))
    out.attrs["notes"] = notes
    out.attrs["measure"] = MEASURE
    out.attrs["pair"] = query.pair
    return out
