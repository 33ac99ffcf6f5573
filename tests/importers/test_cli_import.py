"""`dyadscope import`: summary lines, exit codes, one-line errors."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from dyadscope.cli import app
from dyadscope.store import Store

runner = CliRunner()


def test_import_prints_a_summary_per_file(db_path: Path, datasets: Path) -> None:
    result = runner.invoke(
        app, ["import", "gdelt", str(datasets / "gdelt/v2"), "--pair", "AZE", "PAK"]
    )
    assert result.exit_code == 0, result.output
    assert "gdelt2-events (61 columns)" in result.output
    assert "imported 4" in result.output and "quarantined 5" in result.output
    assert "rows/s" in result.output
    with Store(db_path, read_only=True) as store:
        assert store.counts()["events"] == 5


def test_second_run_says_already_imported(db_path: Path, datasets: Path) -> None:
    path = str(datasets / "icews")
    assert runner.invoke(app, ["import", "icews", path]).exit_code == 0
    again = runner.invoke(app, ["import", "icews", path, "--db", str(db_path)])
    assert again.exit_code == 0
    assert "already imported" in again.output


def test_failed_file_exits_1_with_one_line_error(db_path: Path, datasets: Path) -> None:
    result = runner.invoke(app, ["import", "sipri", str(datasets / "icews")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "error:" in result.output and "SIPRI" in result.output


def test_bad_arguments_exit_2(db_path: Path, datasets: Path, tmp_path: Path) -> None:
    bad_source = runner.invoke(app, ["import", "acled", str(datasets)])
    assert bad_source.exit_code == 2
    assert bad_source.stderr.startswith("error: SOURCE: unknown source 'acled': use one of")
    bad_date = runner.invoke(app, ["import", "gdelt", str(datasets), "--since", "May 2020"])
    assert bad_date.exit_code == 2 and bad_date.stderr.startswith("error: --since: ")
    missing = runner.invoke(app, ["import", "gdelt", str(tmp_path / "none.csv")])
    assert missing.exit_code == 2 and "none.csv: no such file" in missing.stderr
    assert not db_path.exists()  # refused before a store was made
