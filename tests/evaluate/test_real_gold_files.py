"""Our real-text gold: every batch loads cleanly, and no page is quoted in two batches
(a page may give one batch two passages), so the frozen test split shares no page with
the dev batches studied."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyadscope.evaluate import read_gold

REAL = Path(__file__).resolve().parents[1] / "golden" / "real"
BATCHES = sorted(REAL.glob("*/*.records.jsonl"))


def test_there_is_a_test_split_and_dev_batches() -> None:
    assert {path.parent.name for path in BATCHES} == {"dev", "test"}


@pytest.mark.parametrize("path", BATCHES, ids=[f"{p.parent.name}/{p.name}" for p in BATCHES])
def test_a_batch_loads_with_nothing_rejected(path: Path) -> None:
    gold = read_gold(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(gold.items) == len(lines) and not gold.rejections


def test_no_page_is_in_two_batches_and_no_passage_twice() -> None:
    batch_of: dict[str, str] = {}
    ids: list[str] = []
    texts: list[str] = []
    for path in BATCHES:
        batch = f"{path.parent.name}/{path.name}"
        for line in path.read_text(encoding="utf-8").splitlines():
            passage = json.loads(line)
            assert batch_of.setdefault(passage["url"], batch) == batch, passage["url"]
            ids.append(passage["id"])
            texts.append(passage["text"])
    assert len(set(ids)) == len(ids)
    assert len(set(texts)) == len(texts)
