"""`dyadscope eval` through the CLI, with a fake coder in place of the extractor."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import dyadscope
from dyadscope.cli import eval as eval_cli
from dyadscope.evaluate import read_gold
from evaluate.fakes import empty_coder, replay_coder

REQUIRED_KEYS = {
    "records",
    "exact_pass",
    "type_accuracy",
    "actor_pair_accuracy",
    "precision",
    "recall",
    "f1",
}
FIELD_KEYS = {"precision", "recall", "f1", "accuracy", "correct", "judged", "expected", "produced"}


@pytest.fixture()
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    """An app with only the eval command, as a command group like the real one."""
    monkeypatch.setenv("DYADSCOPE_CONFIG", str(tmp_path / "no-config.toml"))
    application = typer.Typer()

    @application.callback()
    def main() -> None:
        """Test app."""

    eval_cli.register(application)
    return application


def _use_coder(
    monkeypatch: pytest.MonkeyPatch, coder: object, modes: list[bool | None] | None = None
) -> list[list[Path]]:
    """Replace the real extractor; ``calls`` gets each run's dictionaries, ``modes``
    its ``dictionaries_only``."""
    calls: list[list[Path]] = []

    def fake_api_coder(
        dictionaries: list[Path],
        dictionaries_only: bool | None = None,
        one_sided: bool | None = None,
    ) -> object:
        calls.append(list(dictionaries))
        if modes is not None:
            modes.append(dictionaries_only)
        return coder

    # the API imports the coder factory when it runs, so the fake is found there
    monkeypatch.setattr("dyadscope.evaluate.api_coder", fake_api_coder)
    return calls


def test_json_output_has_the_documented_keys(
    app: typer.Typer, golden: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = golden / "example.records.jsonl"
    extra = tmp_path / "extra.tsv"
    extra.write_text("iso3\tname\nGON\tGondor\n", encoding="utf-8")
    calls = _use_coder(monkeypatch, replay_coder(read_gold(path).items))
    result = CliRunner().invoke(app, ["eval", str(path), "--json", "--dict", str(extra)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= REQUIRED_KEYS
    assert data["records"] == 6 and data["exact_pass"] == 1.0 and data["f1"] == 1.0
    for name in (
        "event",
        "kind",
        "plover",
        "cameo_root",
        "actor1",
        "actor2",
        "date_year",
        "date_exact",
        "status",
        "quantities",
    ):
        assert set(data[name]) == FIELD_KEYS, name
    assert data["fields"][0] == "event"
    assert data["worst"] == []
    assert calls == [[extra]]


def test_text_report_shows_figures_and_worst_misses(
    app: typer.Typer, golden: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use_coder(monkeypatch, empty_coder)
    path = golden / "example.records.jsonl"
    result = CliRunner().invoke(app, ["eval", str(path), "--worst", "2"])
    assert result.exit_code == 0, result.output
    assert "exact pass" in result.stdout and "actor-pair accuracy" in result.stdout
    assert "worst misses (2):" in result.stdout
    assert "The Pakistani Prime Minister visited Baku" in result.stdout
    assert "(missed)" in result.stdout


def test_limit_evaluates_the_first_records(
    app: typer.Typer, golden: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use_coder(monkeypatch, empty_coder)
    path = golden / "mini.petrarch.xml"
    result = CliRunner().invoke(app, ["eval", str(path), "--json", "--limit", "2"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["records"] == 2 and data["format"] == "petrarch-xml"
    assert data["triples"]["expected"] == 3


def test_rejected_rows_are_reported_on_stderr(
    app: typer.Typer, golden: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use_coder(monkeypatch, empty_coder)
    result = CliRunner().invoke(app, ["eval", str(golden / "mini.plover_gsr.json"), "--json"])
    assert result.exit_code == 0
    assert "warning: skipped" in result.stderr and "MINI-BROKEN-0001" in result.stderr
    assert json.loads(result.stdout)["rejected"] == 1


def test_unknown_format_is_a_usage_error(app: typer.Typer, golden: Path) -> None:
    result = CliRunner().invoke(
        app, ["eval", str(golden / "example.records.jsonl"), "--format", "csv"]
    )
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("error: --format: unknown format 'csv'")
    assert "Traceback" not in result.output


def test_missing_gold_file_is_a_usage_error_naming_it(app: typer.Typer, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: GOLD: ")
    assert "nope.jsonl: no such file" in lines[0]


def test_missing_dictionary_is_a_usage_error_naming_the_option(
    app: typer.Typer, golden: Path, tmp_path: Path
) -> None:
    path = golden / "example.records.jsonl"
    result = CliRunner().invoke(app, ["eval", str(path), "--dict", str(tmp_path / "no.tsv")])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --dict: ") and "no.tsv: no such file" in result.stderr


def test_missing_extractor_is_reported(
    app: typer.Typer, golden: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "dyadscope.api", None)  # makes the import fail
    monkeypatch.delattr(dyadscope, "api", raising=False)
    result = CliRunner().invoke(app, ["eval", str(golden / "example.records.jsonl")])
    assert result.exit_code == 2
    assert "the extractor (dyadscope.api) cannot be imported" in result.stderr
    assert "Traceback" not in result.output


def test_dicts_only_reaches_the_coder(
    app: typer.Typer, golden: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = golden / "example.records.jsonl"
    modes: list[bool | None] = []
    _use_coder(monkeypatch, empty_coder, modes)
    verbs = tmp_path / "x.verbs"
    verbs.write_text("--- AGREE [057] ---\nSIGN\n", encoding="utf-8")
    CliRunner().invoke(app, ["eval", str(path), "--dict", str(verbs), "--dicts-only"])
    CliRunner().invoke(app, ["eval", str(path)])
    assert modes == [True, None]  # None: the config's setting decides
