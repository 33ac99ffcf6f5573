"""A development set of 62 news-style passages (our own sentences, real events)
across a dozen country pairs. It was used while writing the patterns, so it is
no held-out score: it is a floor that catches regressions in general coding."""

from __future__ import annotations

from pathlib import Path

from dyadscope.evaluate.coder import api_coder
from dyadscope.evaluate.metrics import evaluate_set
from dyadscope.evaluate.readers import read_gold

DEV_SET = Path(__file__).resolve().parent.parent / "golden" / "classify" / "news_dev.records.jsonl"
FLOORS = {"f1": 0.93, "kind.accuracy": 0.95, "actor1.accuracy": 0.90, "status.accuracy": 0.90}


def test_news_dev_set_stays_above_its_floors() -> None:
    result = evaluate_set(read_gold(DEV_SET), api_coder())
    metrics = result.metrics()
    assert result.records == 62
    below = {
        name: round(metrics[name], 3) for name, floor in FLOORS.items() if metrics[name] < floor
    }
    assert not below, below
