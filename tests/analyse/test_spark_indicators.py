"""Spark runs the same indicator definitions as DuckDB: the same series, ranks and
change points. One local[1] SparkSession for the module; skipped cleanly without
PySpark or Java."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from dyadscope.analyse.indicators import IndicatorRun, indicators
from dyadscope.store import Store

try:
    from .indicator_sample import fill
except ImportError:  # tests/analyse is not a package
    from indicator_sample import fill

pytestmark = pytest.mark.spark
PAIR = ("AZE", "PAK")



@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Path]]:
    root = tmp_path_factory.mktemp("spark-indicators")
    with Store(root / "sample.duckdb") as store:
        yield fill(store), root


def _same(got: IndicatorRun, expected: IndicatorRun) -> None:
    floats = expected.series.select_dtypes("float64").columns
    pd.testing.assert_frame_equal(got.series.round(dict.fromkeys(floats, 9)),
                                  expected.series.round(dict.fromkeys(floats, 9)))  # fmt: skip
    assert got.ranks == expected.ranks
    assert [(t.series, t.note, [c.sentence for c in t.change_points]) for t in got.trends] == [
        (t.series, t.note, [c.sentence for c in t.change_points]) for t in expected.trends
    ]


def test_spark_matches_duckdb(spark: Any, sample: tuple[Store, Path]) -> None:
    """One run (each Spark query costs seconds): the store path (exported to Parquet
    for Spark once for both statements), B's view, day bounds inside a year. Period
    labels, months, domains and Parquet input are the aggregation's SQL, held to
    DuckDB's results in ``test_spark_aggregate``."""
    store, _ = sample
    options: dict[str, Any] = {"since": "2003-05-10", "until": "2005-08"}
    expected = indicators(store, ("PAK", "AZE"), with_attention=False, **options)
    got = indicators(store, ("PAK", "AZE"), engine="spark", master="local[1]",
                     with_attention=False, **options)  # fmt: skip
    assert not expected.series.empty and sum(1 for r in expected.ranks if r.rank) >= 8
    _same(got, expected)
