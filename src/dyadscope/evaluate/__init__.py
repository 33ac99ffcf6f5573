"""Evaluation against gold sets: readers, matching, metrics and the text report.

>>> from dyadscope.evaluate import read_gold, evaluate_set
>>> result = evaluate_set(read_gold(path), coder)      # doctest: +SKIP
>>> result.f1, result.type_accuracy                    # doctest: +SKIP
"""

from __future__ import annotations

from dyadscope.evaluate.coder import ApiCoder, api_coder
from dyadscope.evaluate.gold import (
    GOLD_FORMATS,
    Coder,
    ExpectedActor,
    ExpectedEvent,
    ExpectedQuantity,
    GoldItem,
    GoldSet,
)
from dyadscope.evaluate.metrics import evaluate, evaluate_set
from dyadscope.evaluate.readers import detect_format, read_gold
from dyadscope.evaluate.render import render_text
from dyadscope.evaluate.results import EvalResult, FieldScore, ItemResult

__all__ = [
    "GOLD_FORMATS",
    "ApiCoder",
    "Coder",
    "EvalResult",
    "ExpectedActor",
    "ExpectedEvent",
    "ExpectedQuantity",
    "FieldScore",
    "GoldItem",
    "GoldSet",
    "ItemResult",
    "api_coder",
    "detect_format",
    "evaluate",
    "evaluate_set",
    "read_gold",
    "render_text",
]
