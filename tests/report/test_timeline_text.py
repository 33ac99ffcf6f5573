"""The terminal timeline against a golden file, and the line format of one event."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from dyadscope.analyse.timeline import build_timeline
from dyadscope.model import Event, Observation
from dyadscope.report.timeline import entry_line, render_timeline_text

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "report" / "timeline.txt"


def test_matches_golden(events: list[Event], observations: list[Observation],
                        update_golden: bool) -> None:
    text = render_timeline_text(build_timeline(events, observations), ("AZE", "PAK"))
    if update_golden:
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_one_line_per_event_with_date_kind_actors_quote_labels_title(events: list[Event]) -> None:
    first = next(e for e in build_timeline(events).entries if e.event.id == "e1")
    assert entry_line(first) == (
        "2003-05  agreement_signed  PAK -> AZE  "
        "'The two countries signed a defence agreement in May 2003.'  [6]  "
        "Azerbaijan and Pakistan: a defence partnership"
    )


def test_year_order_status_and_undated_section(events: list[Event]) -> None:
    lines = render_timeline_text(build_timeline(events), ("AZE", "PAK")).splitlines()
    headings = [line.split()[0] for line in lines[2:]
                if line and not line.startswith(" ") and line not in ("Figures", "Notes")]
    assert headings == ["2003", "2017", "undated"]
    assert any("arms_interest (intent)" in line for line in lines)
    assert any("agreement_signed (negated)" in line for line in lines)
    assert not any("(actual)" in line for line in lines)


def test_long_sentences_are_shortened(events: list[Event]) -> None:
    long = replace(build_timeline(events).entries[0], sentence="word " * 100)
    assert "…'" in entry_line(long) and len(entry_line(long)) < 300


def test_empty_timeline_says_so() -> None:
    text = render_timeline_text(build_timeline([]), ("ARM", "PAK"))
    assert text.startswith("ARM-PAK timeline: 0 events")
    assert "No events or figures" in text


def test_imported_rows_read_by_what_they_mean(filled_store: Path) -> None:
    """A data-set row names its data set and shows its fields, never a row digest."""
    from dyadscope import api

    text = api.timeline_text(("AZE", "PAK"), db=filled_store)
    (arms,) = [line for line in text.splitlines() if "SIPRI: MFI-17 Supporter" in line]
    assert "arms_transfer  PAK -> AZE" in arms and "TIV delivered 2.40" in arms
    assert "sipri row" not in text and "icews row" not in text
    assert re.search(r"ICEWS, row \S+  event .*CAMEO \d+ \w", text)
    assert "2015  imports  PAK -> AZE (reported by AZE)  $9.5 million  UN Comtrade" in text
