"""The text report against a golden file, for a coder with known mistakes.

Refresh the golden file after an intended change with
``DYADSCOPE_UPDATE_GOLDEN=1 pytest tests/evaluate/test_render.py`` and review the diff.
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

from dyadscope.evaluate import EvalResult, evaluate_set, read_gold, render_text
from dyadscope.model import Actor, Event, Quantity
from evaluate.fakes import event_for


def _flawed_result(golden: Path) -> EvalResult:
    """One mistake of each sort on the example gold set."""
    gold = read_gold(golden / "example.records.jsonl")
    by_text = {item.text: item for item in gold.items}

    def coder(text: str, date: str | None) -> list[Event]:
        item = by_text[text]
        events = [event_for(e) for e in item.expected]
        if item.id == "ex-visit":  # directed kind, actors swapped
            return [
                dataclasses.replace(events[0], actor1=events[0].actor2, actor2=events[0].actor1)
            ]
        if item.id == "ex-arms":  # wrong count, wrong year
            wrong = Quantity(12, "count")
            return [
                dataclasses.replace(
                    events[0],
                    quantities=(wrong,),
                    date=dataclasses.replace(events[0].date, start="2018"),
                )
            ]
        if item.id == "ex-planned":  # status missed
            return [dataclasses.replace(events[0], status="actual")]
        if item.id == "ex-negated":  # nothing found
            return []
        if item.id == "ex-nothing":  # a spurious event
            return [
                dataclasses.replace(
                    event_for(gold.items[1].expected[0]), actor1=Actor("PAK", "Pakistan")
                )
            ]
        return events

    result = evaluate_set(gold, coder)
    return dataclasses.replace(result, seconds=0.0)


def _check_golden(path: Path, text: str) -> None:
    if os.environ.get("DYADSCOPE_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_text_report_matches_golden(golden: Path) -> None:
    text = render_text(_flawed_result(golden), worst=10) + "\n"
    _check_golden(golden / "example.report.txt", text)


def test_json_report_matches_golden(golden: Path) -> None:
    text = json.dumps(_flawed_result(golden).to_dict(worst=3), indent=1, sort_keys=True) + "\n"
    _check_golden(golden / "example.report.json", text)
