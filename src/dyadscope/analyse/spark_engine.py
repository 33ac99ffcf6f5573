"""Run an aggregation on Apache Spark over Parquet (the scale-out engine).

PySpark is optional (the ``spark`` extra) and imported only here, only when
asked for. Tables are registered as temporary views with the store's column
names and types (spelled for Spark by the store's ``SPARK`` dialect, with the
rest of the SQL), so the SQL rendered for Spark runs unchanged on a store
export, on a folder written by another Spark job, or on files lacking columns.
"""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from dyadscope.errors import DyadscopeError
from dyadscope.store.aggregations import SPARK
from dyadscope.store.export import parquet_tables, table_columns

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


def spark_available() -> str | None:
    """None when Spark can run here, else the reason it cannot."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "PySpark is not installed (pip install 'dyadscope[spark]')"
    if shutil.which("java") is None:
        return "no Java runtime found (Spark needs Java 17 or later on PATH)"
    return None


def spark_session(master: str | None = None, conf: Mapping[str, str] | None = None) -> SparkSession:
    """The active session as it is, or a new quiet one (no UI, few shuffle
    partitions, UTC, Arrow transfer): dyadscope's jobs are small per dyad.
    ``conf`` adds or overrides settings of a new session."""
    problem = spark_available()
    if problem:
        raise DyadscopeError(f"--engine spark: {problem}")
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:  # the caller's own session and settings win
        return active
    builder: Any = SparkSession.builder
    session = (
        builder.appName("dyadscope")
        .master(master or "local[*]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
    )
    for key, value in (conf or {}).items():
        session = session.config(key, value)
    session = session.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def register_tables(spark: SparkSession, path: str, tables: Sequence[str]) -> None:
    """Temporary views ``tables`` over the Parquet files under ``path``."""
    from pyspark.sql import functions as sf

    found = parquet_tables(path)
    for table in tables:
        columns = table_columns(table)
        if table in found:
            frame = spark.read.parquet(found[table])
            have = set(frame.columns)
            frame = frame.select(*[
                (sf.col(name) if name in have else sf.lit(None))
                .cast(SPARK.type_name(typ))
                .alias(name)
                for name, typ in columns
            ])
        else:
            schema = ", ".join(f"{name} {SPARK.type_name(typ)}" for name, typ in columns)
            frame = spark.createDataFrame([], schema=schema)
        frame.createOrReplaceTempView(table)


def run_sql(sql: str, path: str, tables: Sequence[str], master: str | None = None) -> pd.DataFrame:
    """Run ``sql`` on Spark over the Parquet tables under ``path``; a pandas result."""
    spark = spark_session(master)
    register_tables(spark, path, tables)
    try:
        with warnings.catch_warnings():
            # PySpark warns about pandas 3 on every conversion; our columns are plain
            # numbers and strings, which it converts correctly.
            warnings.filterwarnings("ignore", module=r"pyspark\.")
            return spark.sql(sql).toPandas()
    except Exception as exc:  # Spark wraps Java errors in many types
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DyadscopeError(f"{path}: Spark could not run the aggregation ({first})") from exc
