"""`dyadscope ingest`, `extract`, `events`, `quarantine`: a batch with bad files
carries on, says what failed in one line each, and keeps the good data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadscope.cli import app
from dyadscope.store import Store

BAD = Path(__file__).resolve().parent.parent / "fixtures" / "bad"
GOOD_TEXT = (
    "Azerbaijan and Pakistan signed a defence agreement in May 2003.[1] "
    "Pakistan has invited Azerbaijan to join the corridor.\n\n"
    "[1] The Diplomat (2017), available at https://example.org/defence\n"
)


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    for name in ("empty.txt", "binary.txt", "unknown.xyz", "hostile.html"):
        shutil.copy(BAD / name, folder / name)
    return folder


def test_batch_with_bad_files_keeps_the_good_and_quarantines_the_bad(
    batch: Path, db_path: Path
) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(batch)])
    assert result.exit_code == 1  # something failed
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert any("empty.txt" in line and "empty" in line for line in errors)
    assert any("binary.txt" in line and "binary" in line for line in errors)
    assert any("unknown.xyz" in line and "unsupported" in line for line in errors)
    assert "Traceback" not in result.output
    with Store(db_path, read_only=True) as store:
        quarantined = set(store.quarantined()["path"].map(lambda p: Path(p).name))
        assert {"empty.txt", "binary.txt", "unknown.xyz"} <= quarantined
        assert "good.txt" not in quarantined
        kinds = {e.kind for e in store.events(("AZE", "PAK"))}
    assert {"agreement_signed", "invitation"} <= kinds


def test_reingesting_the_same_content_changes_nothing(tmp_path: Path, db_path: Path) -> None:
    doc = tmp_path / "good.txt"
    doc.write_text(GOOD_TEXT, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(doc)]).exit_code == 0
    with Store(db_path, read_only=True) as store:
        before = store.counts()
    second = runner.invoke(app, ["ingest", str(doc)])
    assert second.exit_code == 0
    assert "1 unchanged" in second.stderr
    with Store(db_path, read_only=True) as store:
        assert store.counts() == before


def test_events_json_and_csv_from_the_store(tmp_path: Path, db_path: Path) -> None:
    doc = tmp_path / "good.txt"
    doc.write_text(GOOD_TEXT, encoding="utf-8")
    runner = CliRunner()
    runner.invoke(app, ["ingest", str(doc)])
    as_json = runner.invoke(app, ["events", "--pair", "pak", "aze", "--json"])
    records = [json.loads(line) for line in as_json.stdout.splitlines()]
    agreement = next(r for r in records if r["kind"] == "agreement_signed")
    assert agreement["date"]["start"] == "2003-05"
    assert agreement["source"]["citations"][0]["url"] == "https://example.org/defence"
    only = runner.invoke(app, ["events", "--kind", "invitation", "--json"])
    assert [json.loads(line)["kind"] for line in only.stdout.splitlines()] == ["invitation"]
    as_csv = runner.invoke(app, ["events", "--csv", "--since", "2003", "--until", "2003"])
    lines = as_csv.stdout.splitlines()
    assert lines[0].startswith("id,kind,")
    assert len(lines) == 2  # header + the 2003 agreement


def test_extract_reads_stdin_with_a_document_date() -> None:
    text = "On 24 October of this year, Islamabad held negotiations with Azerbaijan."
    result = CliRunner().invoke(app, ["extract", "-", "--json", "--date", "2017-11-03"], input=text)
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["kind"] == "negotiation"
    assert record["date"]["start"] == "2017-10-24"


@pytest.mark.parametrize(
    ("name", "reason"),
    [("empty.txt", "empty"), ("binary.txt", "binary"), ("unknown.xyz", "unsupported")],
)
def test_extract_bad_file_is_one_line_error(name: str, reason: str) -> None:
    result = CliRunner().invoke(app, ["extract", str(BAD / name), "--json"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and reason in lines[0].lower()


def test_missing_file_and_bad_date_are_clear_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and missing.stderr.startswith("error: SOURCE: ")
    assert "nope.txt: no such file" in missing.stderr
    bad_date = runner.invoke(app, ["extract", "-", "--date", "03/11/2017"], input="x")
    assert bad_date.exit_code == 2 and "--date" in bad_date.stderr


def test_hostile_html_text_never_reaches_the_brief(tmp_path: Path, db_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>T</title><script>alert('x')</script></head><body><article>"
        "<p>Azerbaijan and Pakistan signed a trade agreement "
        "(&lt;script&gt;alert(1)&lt;/script&gt;) in May 2003.</p>"
        "<p>Azerbaijan and Pakistan held talks in Baku in June 2004.</p>"
        '<p onclick="evil()">Pakistan invited Azerbaijan to join the forum.</p>'
        "</article></body></html>",
        encoding="utf-8",
    )
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(page)]).exit_code == 0
    out = tmp_path / "brief.html"
    assert runner.invoke(app, ["brief", "AZE", "PAK", "--out", str(out)]).exit_code == 0
    html = out.read_text("utf-8")
    assert "<script" not in html.lower()
    assert "evil()" not in html
    assert "&lt;script&gt;" in html  # the source text is shown, escaped


def test_user_pattern_file_teaches_new_wording(tmp_path: Path) -> None:
    patterns = tmp_path / "ships.patterns"
    patterns.write_text(
        "# dyadscope event patterns\n"
        "@SHIP = frigate+|corvette+|submarine+\n"
        "arms_transfer\t062\tCOOPERATE\tmilitary\ts>o\t!lease~ ... @SHIP\n",
        encoding="utf-8",
    )
    text = "Turkey leased two corvettes to Pakistan in 2023."
    runner = CliRunner()
    plain = runner.invoke(app, ["extract", "-", "--json"], input=text)
    assert [json.loads(line)["kind"] for line in plain.stdout.splitlines()] == []
    taught = runner.invoke(app, ["extract", "-", "--json", "--dict", str(patterns)], input=text)
    (record,) = [json.loads(line) for line in taught.stdout.splitlines()]
    assert record["kind"] == "arms_transfer"
    assert (record["actor1"]["code"], record["actor2"]["code"]) == ("TUR", "PAK")
    assert record["date"]["start"] == "2023"


def test_malformed_user_pattern_file_is_a_one_line_error(tmp_path: Path) -> None:
    patterns = tmp_path / "bad.patterns"
    patterns.write_text("arms_transfer\t062\tCOOPERATE\tmilitary\tsideways\t!sell~\n", "utf-8")
    result = CliRunner().invoke(app, ["extract", "-", "--dict", str(patterns)], input="x y z")
    assert result.exit_code == 2
    assert f"{patterns}:1:" in result.stderr and "roles must be one of" in result.stderr


def test_undecodable_bytes_are_reported_and_the_rest_is_kept(tmp_path: Path, db_path: Path) -> None:
    doc = tmp_path / "mixed.txt"
    # UTF-8 with Turkish letters, then two bytes that are not UTF-8
    doc.write_bytes(GOOD_TEXT.encode("utf-8") + "Bakı and İslamabad.".encode() + b" \xc3( \xff\n")
    result = CliRunner().invoke(app, ["ingest", str(doc)])
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "mixed.txt" in warnings[0]
    with Store(db_path, read_only=True) as store:
        assert {e.kind for e in store.events(("AZE", "PAK"))} >= {"agreement_signed"}
