"""How good the extractor is: score it against a gold set."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dyadscope.api import checks
from dyadscope.errors import UsageError
from dyadscope.settings import load_settings

if TYPE_CHECKING:
    from dyadscope.evaluate import EvalResult


def gold_formats() -> tuple[str, ...]:
    """``auto`` and the gold formats ``evaluate`` reads."""
    from dyadscope.evaluate import GOLD_FORMATS

    return ("auto", *GOLD_FORMATS)


def evaluate(
    gold: Path | str,
    *,
    fmt: str = "auto",
    dictionaries: Sequence[Path | str] = (),
    limit: int | None = None,
    dictionaries_only: bool | None = None,
    one_sided: bool | None = None,
    on_item: Callable[[int, int], None] | None = None,
    on_skipped: Callable[[str], None] | None = None,
) -> EvalResult:
    """Run the extractor over every passage of a gold file and score it: precision,
    recall and F1 per field, a confusion table and the worst misses. Unusable gold
    rows are passed to ``on_skipped`` and counted as rejected."""
    from dyadscope.evaluate import api_coder, evaluate_set, read_gold

    if fmt not in gold_formats():
        allowed = ", ".join(gold_formats())
        raise UsageError("format", f"unknown format {fmt!r}: use one of {allowed}")
    if limit is not None and limit < 1:
        raise UsageError("limit", f"{limit}: give 1 or more")
    path = checks.existing_file(gold, "gold")
    for extra in dictionaries:
        checks.existing_file(extra, "dictionaries")
    gold_set = read_gold(path, fmt, max_bytes=load_settings().max_bytes)
    for rejection in gold_set.rejections:
        if on_skipped is not None:
            on_skipped(rejection.message())
    coder = api_coder(
        [Path(d) for d in dictionaries], dictionaries_only=dictionaries_only, one_sided=one_sided
    )
    return evaluate_set(gold_set, coder, limit=limit, on_item=on_item)


def evaluation_text(result: EvalResult, *, worst: int = 10) -> str:
    """The report a reader scans: headline figures, fields, confusion, worst misses."""
    from dyadscope.evaluate import render_text

    return render_text(result, worst=worst)


def evaluation_json(result: EvalResult, *, worst: int = 10) -> str:
    return json.dumps(result.to_dict(worst=worst), ensure_ascii=False)
