"""End to end through the public CLI: the seed paper's key moments are found,
with the right kinds, actors, years and sources."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dyadscope.cli import app

# (kind, actor1, actor2 (None: either), year or None, status)
KEY_MOMENTS: list[tuple[str, str, str | None, str | None, str]] = [
    ("recognition", "PAK", "AZE", "1991", "actual"),  # after the USSR dissolved
    ("non_recognition", "PAK", "ARM", None, "actual"),
    ("support_statement", "PAK", "AZE", None, "actual"),
    ("agreement_signed", "AZE", "PAK", "2003", "actual"),  # defence agreement, May 2003
    ("military_exercise", "AZE", "PAK", "2013", "actual"),  # AMAN-2013
    ("agreement_signed", "AZE", "PAK", "2014", "actual"),  # military cooperation agreement
    ("military_training", "PAK", "AZE", None, "actual"),
    ("visit", "PAK", "AZE", None, "actual"),  # Chief of Air Staff
    ("arms_transfer", "PAK", "AZE", None, "actual"),  # 10 Super Mushshak
    ("arms_interest", "AZE", "PAK", None, "intent"),  # JF-17
    ("agreement_signed", "AZE", "PAK", None, "negated"),  # no formal agreement yet
    ("invitation", "PAK", "AZE", None, "intent"),  # join CPEC
    ("negotiation", "PAK", "AZE", "2017", "actual"),  # 24 October of this year
    ("agreement_signed", "AZE", "PAK", "1995", "actual"),  # first trade agreement
    ("negotiation", "AZE", "PAK", "2017", "actual"),  # talks in July 2017
    ("agreement_signed", "AZE", "PAK", "2017", "actual"),  # the MoU
    ("aid_project", "AZE", "PAK", "2008", "actual"),  # Heydar Aliyev Foundation school
]
UNDIRECTED = {"agreement_signed", "negotiation", "meeting", "military_exercise"}


@pytest.fixture(scope="module")
def seed_records(seed_paper: Path) -> list[dict[str, Any]]:
    result = CliRunner().invoke(app, ["extract", str(seed_paper), "--json", "--date", "2017-11-03"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def _found(
    records: list[dict[str, Any]], moment: tuple[str, str, str | None, str | None, str]
) -> bool:
    kind, a1, a2, year, status = moment
    for r in records:
        if r["record"] != "event" or r["kind"] != kind or r["status"] != status:
            continue
        codes = ((r["actor1"] or {}).get("code"), (r["actor2"] or {}).get("code"))
        if kind in UNDIRECTED:
            if {a1, a2} != set(codes):
                continue
        elif codes != (a1, a2):
            continue
        if year is not None and not (r["date"]["start"] or "").startswith(year):
            continue
        return True
    return False


def test_key_moments_are_found(seed_records: list[dict[str, Any]]) -> None:
    missing = [m for m in KEY_MOMENTS if not _found(seed_records, m)]
    assert len(missing) <= len(KEY_MOMENTS) // 10, missing  # at least 90%


def test_records_follow_the_spec_and_cite_their_sources(seed_records: list[dict[str, Any]]) -> None:
    events = [r for r in seed_records if r["record"] == "event"]
    assert events
    keys = {
        "record",
        "id",
        "kind",
        "plover",
        "cameo",
        "goldstein",
        "domain",
        "status",
        "actor1",
        "actor2",
        "others",
        "date",
        "quantities",
        "source",
        "confidence",
    }
    for event in events:
        assert keys <= set(event)
        source = event["source"]
        assert source["sentence"] and source["start"] < source["end"]
    defence = next(
        e
        for e in events
        if e["kind"] == "agreement_signed" and (e["date"]["start"] or "").startswith("2003")
    )
    assert defence["date"] == {
        "start": "2003-05",
        "end": None,
        "precision": "month",
        "text": "May 2003",
        "basis": "explicit",
    }
    assert defence["domain"] == "military"
    assert [c["label"] for c in defence["source"]["citations"]] == ["6"]
    assert defence["source"]["citations"][0]["url"].startswith("https://thediplomat.com/")
    purchase = next(e for e in events if e["kind"] == "arms_transfer")
    assert any(q["value"] == 10 and q["unit"] == "count" for q in purchase["quantities"])


def test_trade_figures_by_fiscal_year(seed_records: list[dict[str, Any]]) -> None:
    figures = {
        (r["indicator"], r["period"]["text"]): r
        for r in seed_records
        if r["record"] == "observation"
    }
    total = figures[("trade_total", "2013-14")]
    assert total["value"] == 37_450_000.0
    assert (total["period"]["start"], total["period"]["end"]) == ("2013-07", "2014-06")
    assert total["period"]["precision"] == "fiscal_year"
    assert {total["reporter"], total["partner"]} == {"PAK", "AZE"}
    exports = {
        (r["reporter"], r["partner"], r["value"])
        for r in seed_records
        if r["record"] == "observation"
        and r["indicator"] == "exports"
        and r["period"]["text"] == "2013-14"
    }
    assert ("PAK", "AZE", 37_430_000.0) in exports


def test_same_input_gives_the_same_ids(
    seed_paper: Path, seed_records: list[dict[str, Any]]
) -> None:
    again = CliRunner().invoke(app, ["extract", str(seed_paper), "--json", "--date", "2017-11-03"])
    ids = [json.loads(line)["id"] for line in again.stdout.splitlines() if line.strip()]
    assert ids == [r["id"] for r in seed_records]
    assert len(set(ids)) == len(ids)


SEED_GOLD = Path(__file__).resolve().parent.parent / "golden" / "seed" / "seed_paper.expected.jsonl"


def test_every_event_of_the_paper_is_found_and_little_else(seed_paper: Path) -> None:
    """Against our own annotation of every event in the paper (type, actors,
    compatible date, status): the issue's bar is precision >= 0.80 at recall >= 0.95;
    the floor here is what the extractor reached (0.97 / 0.97), so that a rule that
    codes the paper's background ("its ongoing occupation of ...") shows."""
    from dyadscope.api import extract_file
    from dyadscope.evaluate.matching import strictly_right
    from dyadscope.evaluate.readers.records import parse_expected

    lines = [json.loads(line) for line in SEED_GOLD.read_text("utf-8").splitlines()][1:]
    gold = [parse_expected({k: v for k, v in line.items() if k != "cue"}) for line in lines]
    events = list(extract_file(seed_paper, date="2017-11-03").events)
    used: set[int] = set()
    for expected in gold:
        for j, event in enumerate(events):
            if j not in used and strictly_right(expected, event, "iso") and (
                event.status == expected.status
            ):
                used.add(j)
                break
    precision, recall = len(used) / len(events), len(used) / len(gold)
    assert precision >= 0.94 and recall >= 0.95, (precision, recall)
