"""Spark runs the same aggregation definitions as DuckDB: identical frames.

One local[1] SparkSession for the whole module (starting Spark costs most of the
time); skipped cleanly without PySpark or Java.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from dyadscope.analyse.aggregate import aggregate
from dyadscope.store import Store
from dyadscope.store.export import export_parquet

try:
    from .aggregate_sample import fill
except ImportError:  # tests/analyse is not a package
    from aggregate_sample import fill

pytestmark = pytest.mark.spark
PAIR = ("AZE", "PAK")



@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Path]]:
    root = tmp_path_factory.mktemp("spark")
    with Store(root / "sample.duckdb") as store:
        fill(store)
        export_parquet(store, root / "pq", ["events", "observations", "mentions"])
        yield store, root / "pq"


def _rounded(frame: pd.DataFrame) -> pd.DataFrame:
    """Sums of doubles may differ in the last bits with summation order."""
    floats = frame.select_dtypes("float64").columns
    return frame.assign(**{c: frame[c].round(9) for c in floats})


@pytest.mark.parametrize(
    ("read_store", "pair", "options"),
    [
        (False, PAIR, {"by": "year"}),
        (False, PAIR, {"by": "month", "since": "2017-03", "until": "2018"}),
        # a store is exported to Parquet for Spark first; B's view of the trade
        (True, ("PAK", "AZE"), {"by": "year", "domain": "military", "statuses": None}),
    ],
    ids=["parquet-year", "parquet-month-since-until", "store-domain-all-statuses"],
)
def test_spark_matches_duckdb(
    spark: Any,
    sample: tuple[Store, Path],
    read_store: bool,
    pair: tuple[str, str],
    options: dict,
) -> None:
    """Three runs only: each Spark query costs seconds; the options cover every
    rendered clause (period labels, the calendar of every period, date bounds,
    domain, statuses) and the fiscal-year split (by year) with its note."""
    store, folder = sample
    expected = aggregate(store, pair, **options)
    source: Store | Path = store if read_store else folder
    got = aggregate(source, pair, engine="spark", master="local[1]", **options)
    assert not expected.empty
    pd.testing.assert_frame_equal(_rounded(got), _rounded(expected))
    assert got.attrs["notes"] == expected.attrs["notes"]
