"""The demo end to end: every event of its timelines and briefs is one story, shown once."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from dyadscope import api
from dyadscope.model import UNDIRECTED_KINDS, kind_family

ENTRY = re.compile(r"^    (\d[\d-]*)  (\w+)(?: \((\w+)\))?  ([A-Z]+)\S* -> ([A-Z]+)", re.M)


def _repeated(text: str) -> list[tuple[str, ...]]:
    """Entries of one date, act, status and sides (sectors aside): one event told twice."""
    keys = []
    for when, kind, status, first, second in ENTRY.findall(text):
        sides = sorted((first, second)) if kind in UNDIRECTED_KINDS else [first, second]
        keys.append((when, kind_family(kind), status or "actual", *sides))
    return [key for key, n in Counter(keys).items() if n > 1]


def test_the_demo_briefs_show_each_story_once(tmp_path: Path) -> None:
    report = api.demo(tmp_path)
    assert report.briefs and report.briefs[0].name == "brief.html"
    db = tmp_path / "demo.duckdb"
    shown = 0
    for pair in api.DEMO_PAIRS:
        text = api.timeline_text(pair, db=db)
        shown += len(ENTRY.findall(text))
        assert not _repeated(text), (pair, _repeated(text))
    assert shown > 40


def test_the_check_sees_a_repeat_when_there_is_one() -> None:
    text = (
        "    2024-07-11  visit  AZE -> PAK  'one'\n"
        "    2024-07-11  meeting  AZE-GOV -> PAK-GOV  'two'\n"
        "    2024-07-11  negotiation  PAK -> AZE  'three'\n"
        "    2024-07-12  negotiation  PAK -> AZE  'four'\n"
    )
    assert _repeated(text) == [("2024-07-11", "consult", "actual", "AZE", "PAK")]
