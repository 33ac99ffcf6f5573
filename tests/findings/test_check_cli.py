"""`dyadscope check` and `api.check`: pairs by name, strict thresholds, JSON Lines and
text, exit codes; the brief's Findings section, escaped."""

from __future__ import annotations

import json
import re
from dataclasses import fields
from pathlib import Path

import pytest
from finding_records import FIXTURES, PAIR, UNDATED, doc_event
from lxml import html as lxml_html
from typer.testing import CliRunner

from dyadscope import api
from dyadscope.analyse.brief_data import BriefData
from dyadscope.analyse.findings.check import ORDER
from dyadscope.analyse.findings.thresholds import THRESHOLDS, Thresholds
from dyadscope.cli import app
from dyadscope.errors import UsageError
from dyadscope.model import FINDING_TYPES, Claim, Finding, Source
from dyadscope.report.brief import render_brief

runner = CliRunner()


@pytest.fixture()
def filled(db_path: Path) -> Path:
    """The Super Mushshak report, SIPRI's fixture register and a Comtrade mirror pair."""
    api.ingest([FIXTURES / "findings" / "super-mushshak-2017.txt"], db=db_path)
    api.import_data("sipri", [FIXTURES / "datasets" / "sipri"], db=db_path)
    api.import_data("comtrade", [FIXTURES / "findings" / "comtrade-mirror-2022.csv"], db=db_path)
    return db_path


def test_every_finding_type_has_its_place_in_the_order() -> None:
    assert set(ORDER) == set(FINDING_TYPES)


def test_every_threshold_is_documented_with_its_default() -> None:
    assert [t.name for t in THRESHOLDS] == [f.name for f in fields(Thresholds)]
    for threshold in THRESHOLDS:
        assert threshold.default == getattr(Thresholds(), threshold.name)
        assert len(threshold.help) > 60


def test_api_check_takes_names_and_checks_thresholds(filled: Path) -> None:
    by_name = api.check(("Azerbaijan", "Pakistan"), db=filled)
    assert by_name == api.check(("AZE", "PAK"), db=filled)
    assert any(f.type == "corroboration" for f in by_name)
    assert all(f.pair == PAIR for f in by_name)
    for field, value in (("mirror_gap", -0.1), ("trade_tolerance", "a lot"),
                         ("date_slack_days", 2.5), ("status_window_days", -1)):  # fmt: skip
        with pytest.raises(UsageError) as error:
            api.check(("AZE", "PAK"), db=filled, **{field: value})
        assert error.value.field == field
    with pytest.raises(UsageError):
        api.check(("AZE", "Atlantis"), db=filled)
    with pytest.raises(api.NoDataError):
        api.check(("ARM", "IND"), db=filled)


def test_cli_json_lines_are_finding_records(filled: Path) -> None:
    result = runner.invoke(app, ["check", "--pair", "DEU", "CHN", "--json"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    [gap] = records
    assert gap["record"] == "finding" and gap["type"] == "mirror_gap"
    assert gap["pair"] == ["DEU", "CHN"] and gap["field"] == "value"
    assert [c["value"] for c in gap["claims"]] == [116226631561, 206642208248]
    assert {c["source"]["dataset"] for c in gap["claims"]} == {"comtrade"}
    assert "1 mirror gap" in result.stderr


def test_cli_text_names_sources_and_thresholds_are_options(filled: Path) -> None:
    result = runner.invoke(app, ["check", "--pair", "Azerbaijan", "Pakistan"])
    assert result.exit_code == 0, result.output
    assert "CORROBORATION [quantity]" in result.stdout
    assert "SIPRI row" in result.stdout and "nation.com.pk" in result.stdout
    loose = runner.invoke(app, ["check", "--pair", "CHN", "DEU", "--mirror-gap", "0.8"])
    assert loose.exit_code == 0 and "CORROBORATION" in loose.stdout


@pytest.mark.parametrize(("args", "option"), [
    (["--mirror-gap", "-1"], "--mirror-gap"),
    (["--status-window-days", "-3"], "--status-window-days"),
    (["--pair", "AZE", "XYZ"], "--pair"),
])  # fmt: skip
def test_cli_refuses_wrong_arguments_with_exit_2(filled: Path, args: list[str],
                                                 option: str) -> None:
    pair = [] if "--pair" in args else ["--pair", "AZE", "PAK"]
    result = runner.invoke(app, ["check", *pair, *args])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {option}: ")


def test_cli_exit_0_without_findings_and_1_without_data(db_path: Path, tmp_path: Path) -> None:
    doc = tmp_path / "one.txt"
    doc.write_text("Azerbaijan and Pakistan held talks in Baku on 3 May 2024.", encoding="utf-8")
    api.ingest([doc], db=db_path)
    result = runner.invoke(app, ["check", "--pair", "AZE", "PAK"])
    assert result.exit_code == 0 and "No findings" in result.stdout
    assert "0 findings" in result.stderr
    none = runner.invoke(app, ["check", "--pair", "ARM", "IND"])
    assert none.exit_code == 1 and "no events or figures" in none.stderr


HOSTILE = 'Pakistan <script>alert(1)</script> sold <b>10</b> jets to Azerbaijan.'


def test_the_brief_shows_findings_escaped() -> None:
    claim = doc_event("d", "doc", HOSTILE, date=UNDATED)
    bad = Finding("contradiction", PAIR, "<img src=x onerror=alert(2)> deal",
                  (Claim("d", claim.source, 10.0, "count"),
                   Claim("r", Source(dataset="sipri", row="<i>r</i>", url="javascript:alert(3)"),
                         12.0, "count")),
                  field="quantity", relative_difference=0.2, note="<script>n()</script>")
    gap = Finding("mirror_gap", PAIR, "PAK -> AZE trade, 2015", (), field="value",
                  relative_difference=0.5, note="both values")
    lonely = Finding("unverified", PAIR, "visit", (), note="searched GDELT <x>")
    page = render_brief(BriefData.of(PAIR, [claim], [], [], [bad, gap, lonely]))
    tree = lxml_html.document_fromstring(page)
    section = tree.get_element_by_id("findings")
    assert tree.xpath("//script | //img | //i | //x") == [] and section.xpath(".//b") == []
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not [h for h in tree.xpath("//a/@href") if "javascript" in h.lower()]
    text = section.text_content()
    assert "Contradictions (1)" in text and "Mirror gaps in trade statistics (1)" in text
    assert "difference 20%" in text and "Unverified claims (1)" in text
    assert "searched GDELT <x>" in text
    quiet = lxml_html.document_fromstring(render_brief(BriefData.of(PAIR, [claim], [], [])))
    assert "Nothing to compare yet" in quiet.get_element_by_id("findings").text_content()


def test_the_stored_brief_carries_the_findings(filled: Path) -> None:
    page = api.brief_html(("AZE", "PAK"), db=filled)
    tree = lxml_html.document_fromstring(page)
    text = tree.get_element_by_id("findings").text_content()
    assert "Corroborations" in text and "MFI-17 Supporter" in text
    assert tree.xpath('//nav/a[@href="#findings"]')
    # a claim's data-set row is named by its data set, never by the store's digest
    claims = [li.text_content() for li in tree.get_element_by_id("findings").xpath(".//li")]
    assert any("— SIPRI" in c for c in claims)
    assert not any(re.search(r"row [0-9a-f]{16}", c) for c in claims)
