"""The Spark test modules' shared session: one local[1] SparkSession per module
(starting Spark costs most of their time), skipped cleanly without PySpark or Java."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from dyadscope.analyse.spark_engine import spark_available


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    problem = spark_available()
    if problem:
        pytest.skip(problem)
    from dyadscope.analyse.spark_engine import spark_session

    # A few rows: interpreting the plan is quicker than compiling it, and one
    # shuffle partition is plenty. Results do not depend on either setting.
    session = spark_session(
        "local[1]",
        {
            "spark.sql.shuffle.partitions": "1",
            "spark.sql.codegen.wholeStage": "false",
            "spark.sql.codegen.factoryMode": "NO_CODEGEN",
        },
    )
    yield session
    session.stop()
