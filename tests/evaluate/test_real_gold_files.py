"""Our real-text gold: every batch loads cleanly, and no page is quoted in two batches
(a page may give one batch two passages), so the frozen test split shares no page with
the dev batches studied."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyadscope.evaluate import read_gold
from dyadscope.evaluate.readers.records import parse_expected

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


def test_the_second_annotation_covers_dev_passages_only_and_parses() -> None:
    """The blind second annotation (benchmarks/annotator_agreement.py) names dev
    passages, never the frozen test split, and every record it holds is valid gold."""
    dev_ids = {
        json.loads(line)["id"]
        for path in BATCHES
        if path.parent.name == "dev"
        for line in path.read_text(encoding="utf-8").splitlines()
    }
    second = (REAL / "agreement" / "second.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in second]
    assert records and {r["id"] for r in records} <= dev_ids
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        for raw in record["expected"]:
            assert parse_expected(raw).kind is not None
