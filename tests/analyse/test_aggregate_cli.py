"""`dyadscope aggregate`: same figures as the API in CSV/JSON, readable table,
one-line errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from dyadscope.analyse.aggregate import aggregate
from dyadscope.cli import app
from dyadscope.store import Store
from dyadscope.store.export import export_parquet

try:
    from .aggregate_sample import fill
except ImportError:  # tests/analyse is not a package
    from aggregate_sample import fill

runner = CliRunner()


@pytest.fixture()
def filled(db_path: Path) -> Path:
    with Store(db_path) as store:
        fill(store)
    return db_path


def test_csv_equals_the_api(filled: Path) -> None:
    result = runner.invoke(
        app, ["aggregate", "--pair", "aze", "pak", "--by", "month", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    got = pd.read_csv(io.StringIO(result.stdout), dtype={"period": str})
    expected = aggregate(filled, ("AZE", "PAK"), "month")
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


def test_json_records(filled: Path) -> None:
    result = runner.invoke(
        app,
        [
            "aggregate",
            "--pair",
            "AZE",
            "PAK",
            "--format",
            "json",
            "--db",
            str(filled),
            "--domain",
            "military",
        ],
    )
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [r["period"] for r in records] == ["2013", "2014", "2015", "2016", "2017", "2018"]
    assert records[4]["tiv_ba"] == 12.5 and records[0]["goldstein_mean"] is None


def test_table_shows_non_empty_metrics(filled: Path) -> None:
    result = runner.invoke(
        app,
        ["aggregate", "--pair", "AZE", "PAK", "--since", "2017", "--until", "2017"],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    assert "kind_visit" in result.stdout and "2017" in result.stdout
    assert "kind_recognition" not in result.stdout  # all zero: hidden
    assert "not shown" in result.stdout


def test_input_parquet_folder(filled: Path, tmp_path: Path) -> None:
    export_parquet(filled, tmp_path / "pq")
    result = runner.invoke(
        app,
        [
            "aggregate",
            "--pair",
            "AZE",
            "PAK",
            "--format",
            "csv",
            "--input",
            str(tmp_path / "pq"),
            "--db",
            "/nonexistent.db",
        ],
    )
    assert result.exit_code == 0, result.output
    assert pd.read_csv(io.StringIO(result.stdout))["events"].tolist() == [0, 0, 0, 1, 3, 4, 1]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--pair", "AZE", "AZE"], "--pair: give two different countries"),
        (["--pair", "AZE", "PAK", "--since", "2019-13"], "--since: invalid date '2019-13'"),
        (["--pair", "AZE", "PAK", "--input", "/no/such/dir"], "--input: /no/such/dir"),
    ],
)
def test_errors_are_one_line(filled: Path, args: list[str], needle: str) -> None:
    result = runner.invoke(app, ["aggregate", *args])
    assert result.exit_code in (1, 2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and needle in lines[0]
    assert "Traceback" not in result.output


def test_missing_store_is_an_error_not_a_new_file(db_path: Path) -> None:
    result = runner.invoke(app, ["aggregate", "--pair", "AZE", "PAK"])
    assert result.exit_code == 1 and "no such store" in result.stderr
    assert not db_path.exists()


def test_all_statuses_counts_negated_events(filled: Path) -> None:
    args = ["aggregate", "--pair", "AZE", "PAK", "--format", "csv", "--since", "2018",
            "--until", "2018"]
    default = pd.read_csv(io.StringIO(runner.invoke(app, args).stdout))
    everything = pd.read_csv(io.StringIO(runner.invoke(app, [*args, "--all-statuses"]).stdout))
    assert default["events"].tolist() == [4] and everything["events"].tolist() == [5]
