"""Golden passages (our own news-style sentences) through the public API.

Each passage lists every event an analyst would code in it; the coder must
produce exactly those (kind, ordered actors for directed kinds, status, and the
date as far as it is given), and nothing for passages that state no event.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import dyadscope
from dyadscope.model import Event

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "classify" / "events.records.jsonl"
UNDIRECTED = {
    "agreement_signed",
    "negotiation",
    "meeting",
    "military_exercise",
    "economic_cooperation",
    "ceasefire",
}
CASES = [json.loads(line) for line in GOLDEN.read_text("utf-8").splitlines() if line.strip()]


def _key(kind: str, a1: str | None, a2: str | None) -> tuple[str, Any]:
    actors: Any = frozenset({a1, a2}) if kind in UNDIRECTED else (a1, a2)
    return kind, actors


def _expected_key(exp: dict[str, Any]) -> tuple[str, Any]:
    a1 = (exp.get("actor1") or {}).get("code")
    a2 = (exp.get("actor2") or {}).get("code")
    return _key(exp["kind"], a1, a2)


def _produced_key(event: Event) -> tuple[str, Any]:
    return _key(
        event.kind,
        event.actor1.code if event.actor1 else None,
        event.actor2.code if event.actor2 else None,
    )


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_golden_passage(case: dict[str, Any]) -> None:
    records = dyadscope.extract(case["text"], date=case.get("date"))
    events = [r for r in records if isinstance(r, Event)]
    produced = {_produced_key(e): e for e in events}
    expected = {_expected_key(x): x for x in case["expected"]}
    assert set(produced) == set(expected), [e.extra.get("trigger") for e in events]
    for key, exp in expected.items():
        event = produced[key]
        assert event.status == exp.get("status", "actual")
        wanted = (exp.get("date") or {}).get("start")
        if wanted:
            assert event.date.start is not None and event.date.start.startswith(wanted)
        assert event.source.sentence and event.source.start is not None
