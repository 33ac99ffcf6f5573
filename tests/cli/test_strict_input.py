"""Wrong arguments are refused before anything runs: exit 2, one line that names the
option and says what would be right, and the store exactly as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadscope import __version__
from dyadscope.cli import app
from dyadscope.store import Store

runner = CliRunner()
TEXT = (
    "Azerbaijan and Pakistan signed a defence agreement in May 2003. "
    "Pakistan and Azerbaijan held joint exercises in 2016."
)


@pytest.fixture()
def filled(db_path: Path, tmp_path: Path) -> Path:
    doc = tmp_path / "paper.txt"
    doc.write_text(TEXT, encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(doc)]).exit_code == 0
    return db_path


def _state(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        return store.counts()


def _refused(args: list[str], option: str, *needles: str) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: {option}: "), lines[0]
    for needle in needles:
        assert needle in lines[0], lines[0]
    assert "Traceback" not in result.output
    return lines[0]


@pytest.mark.parametrize(
    ("args", "option", "needles"),
    [
        (["events", "--pair", "AZE", "XYZ"], "--pair", ("'XYZ' is not a country",)),
        (["events", "--pair", "AZE", "PAKK"], "--pair", ("did you mean PAK (Pakistan)?",)),
        (["events", "--pair", "Azerbijan", "PAK"], "--pair", ("did you mean AZE",)),
        (["events", "--pair", "AZE", "Azerbaijan"], "--pair", ("two different countries",)),
        (["events", "--since", "2018", "--until", "2010"], "--since", ("reversed",)),
        (["events", "--kind", "weddings"], "--kind", ("agreement_signed", "visit")),
        (["events", "--kind", "vist"], "--kind", ("did you mean visit?",)),
        (["events", "--domain", "sports"], "--domain", ("military", "economic")),
        (["events", "--since", "yesterday"], "--since", ("expected YYYY",)),
        (["events", "--until", "2019-02-30"], "--until", ("has no day 30",)),
        (["timeline", "AZE", "XYZ"], "FIRST SECOND", ("'XYZ'",)),
        (["aggregate", "--pair", "AZE", "XYZ"], "--pair", ("'XYZ'",)),
        (["aggregate", "--pair", "AZE", "PAK", "--domain", "sports"], "--domain", ("sports",)),
    ],
)
def test_wrong_filters_are_refused_and_change_nothing(
    filled: Path, args: list[str], option: str, needles: tuple[str, ...]
) -> None:
    before = _state(filled)
    _refused(args, option, *needles)
    assert _state(filled) == before


def test_a_brief_for_an_unknown_country_writes_nothing(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    _refused(["brief", "AZE", "XYZ", "--out", str(out)], "FIRST SECOND", "'XYZ'")
    assert not out.exists()


def test_country_names_capitals_and_codes_find_the_same_events(filled: Path) -> None:
    def found(*pair: str) -> list[str]:
        result = runner.invoke(app, ["events", "--pair", *pair, "--json"])
        assert result.exit_code == 0, result.output
        return [json.loads(line)["kind"] for line in result.stdout.splitlines()]

    by_code = found("AZE", "PAK")
    assert by_code == ["agreement_signed", "military_exercise"]
    assert found("Azerbaijan", "Pakistan") == by_code
    assert found("pakistan", "Baku") == by_code


def test_a_known_pair_with_nothing_stored_is_an_empty_answer_not_an_error(filled: Path) -> None:
    result = runner.invoke(app, ["events", "--pair", "FRA", "DEU", "--json"])
    assert result.exit_code == 0 and result.stdout == ""
    brief = runner.invoke(app, ["timeline", "FRA", "DEU"])
    assert brief.exit_code == 1 and "no events or figures for FRA-DEU" in brief.stderr


def test_a_path_that_does_not_exist_is_a_usage_error_not_a_quarantined_input(
    filled: Path, tmp_path: Path
) -> None:
    before = _state(filled)
    line = _refused(["ingest", str(tmp_path / "missing")], "PATHS", "no such file or folder")
    assert "missing" in line
    assert _state(filled) == before  # nothing quarantined
    _refused(["import", "gdelt", str(tmp_path / "none.csv")], "PATHS", "none.csv")
    _refused(["import", "acled", str(tmp_path)], "SOURCE", "gdelt", "sipri")
    assert _state(filled) == before


def test_a_missing_store_is_not_created_by_a_query(db_path: Path) -> None:
    result = runner.invoke(app, ["events", "--pair", "AZE", "PAK"])
    assert result.exit_code == 2 and "no store here yet" in result.stderr
    assert not db_path.exists()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"dyadscope {__version__}"


def test_library_warnings_stay_off_the_terminal_unless_verbose(tmp_path: Path) -> None:
    """A PDF without its end marker: pypdf logs "EOF marker not found" before it fails;
    the user sees our one line, and the library's words only with --verbose."""
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n")
    quiet = runner.invoke(app, ["extract", str(broken)])
    assert quiet.exit_code == 1
    assert quiet.stderr.strip().splitlines() == [
        f"error: {broken}: corrupt or truncated PDF (Stream has ended unexpectedly)"
    ]
    verbose = runner.invoke(app, ["--verbose", "extract", str(broken)])
    assert "EOF marker not found" in verbose.stderr


def test_a_copy_threshold_outside_zero_to_one_is_refused(filled: Path, tmp_path: Path) -> None:
    doc = tmp_path / "other.txt"
    doc.write_text("Pakistan invited Azerbaijan to join the corridor in 2017.", encoding="utf-8")
    before = _state(filled)
    _refused(["ingest", str(doc), "--copy-threshold", "1.5"], "--copy-threshold", "1.5")
    assert _state(filled) == before
