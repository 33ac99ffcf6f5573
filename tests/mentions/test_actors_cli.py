"""`dyadscope actors find|check` through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadscope.cli import app

FIXTURES = Path(__file__).resolve().parent.parent / "dictionaries" / "fixtures"


@pytest.fixture()
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("DYADSCOPE_CONFIG", str(tmp_path / "no-config.toml"))
    return CliRunner()


def test_find_prints_one_line_per_mention(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actors", "find", "President Ilham Aliyev visited Islamabad."])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "0-22\tperson\tAZE\tGOV\tPresident Ilham Aliyev",
        "31-40\tcapital\tPAK\tGOV\tIslamabad",
    ]


def test_find_json_and_user_dictionary(runner: CliRunner, tmp_path: Path) -> None:
    people = tmp_path / "people.tsv"
    people.write_text("name\tcountry\tsector\tstart\nAyla Demir\tAZE\tGOV\t2001\n", "utf-8")
    result = runner.invoke(
        app, ["actors", "find", "--json", "--dict", str(people), "--date", "2005", "Ayla Demir"]
    )
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    assert (row["kind"], row["actor"]["code"], row["actor"]["sector"]) == ("person", "AZE", "GOV")


def test_check_reports_malformed_file_in_one_line(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("iso3\tname\nAZ\tAzerbaijan\n", "utf-8")
    result = runner.invoke(app, ["actors", "check", str(bad)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert f"{bad}:2: ISO3 code 'AZ' is malformed" in " ".join(result.output.split())


def test_check_lists_skipped_petrarch_blocks(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actors", "check", str(FIXTURES / "bad_code.actors")])
    assert result.exit_code == 0
    assert "ok: 1 file(s), 1 part(s) skipped" in result.stdout


def test_find_with_dicts_only_uses_the_agents_files_words(runner: CliRunner) -> None:
    # mini.agents has no word for troops: alone, "Pakistani troops" names no sector
    agents = str(FIXTURES / "mini.agents")
    text = "Pakistani troops arrived."
    added = runner.invoke(app, ["actors", "find", "--dict", agents, text])
    alone = runner.invoke(app, ["actors", "find", "--dict", agents, "--dicts-only", text])
    assert added.exit_code == 0 and alone.exit_code == 0, added.output + alone.output
    assert added.stdout.split("\t")[2:4] == ["PAK", "MIL"]
    assert alone.stdout.split("\t")[2:4] == ["PAK", "-"]
