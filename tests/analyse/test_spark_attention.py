"""Spark runs the same attention SQL as DuckDB: identical frames and notes, on a
store (exported to Parquet first) and on a Parquet folder. Skipped cleanly without
PySpark or Java."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from dyadscope.analyse.attention import attention
from dyadscope.store import Store
from dyadscope.store.export import export_parquet
from dyadscope.store.importing import import_dataset

pytestmark = pytest.mark.spark
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "attention"



@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("spark-attention")
    with Store(root / "store.duckdb") as store:
        import_dataset(store, "gdelt", [FIXTURE])
        export_parquet(store, root / "pq", ["events", "mentions", "imports"])
    return root / "store.duckdb", root / "pq"


@pytest.mark.parametrize(
    ("read_store", "pair", "options"),
    [
        (False, ("AZE", "PAK"), {"by": "month"}),
        (True, ("PAK", "AZE"), {"by": "year", "since": "2019-10-15", "until": "2019"}),
    ],
    ids=["parquet-month", "store-year-bounds"],
)
def test_spark_matches_duckdb(
    spark: Any, sample: tuple[Path, Path], read_store: bool, pair: tuple[str, str],
    options: dict,
) -> None:  # fmt: skip
    """Two runs: each Spark query costs seconds; together they render every clause
    (month and year labels, both bounds, both directions, mention-less events)."""
    store, folder = sample
    expected = attention(store, pair, **options)
    got = attention(store if read_store else folder, pair, engine="spark",
                    master="local[1]", **options)  # fmt: skip
    assert not expected.empty
    pd.testing.assert_frame_equal(got, expected)
    assert got.attrs["notes"] == expected.attrs["notes"]
