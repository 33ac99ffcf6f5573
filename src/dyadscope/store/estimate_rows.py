"""Survey estimates as store rows and back (the ``estimates`` table)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from dyadscope.model import Estimate
from dyadscope.store.schema import ESTIMATE_COLUMNS

ESTIMATE_FIELDS = tuple(name for name, _ in ESTIMATE_COLUMNS)


def estimate_to_row(estimate: Estimate) -> tuple[Any, ...]:
    first, second = estimate.pair or (None, None)
    return (
        estimate.id, estimate.survey, estimate.question, estimate.wording,
        estimate.population, estimate.group, estimate.answer, estimate.fieldwork_start,
        estimate.fieldwork_end, estimate.n, estimate.estimate, estimate.se, estimate.ci[0],
        estimate.ci[1], estimate.ci_method, estimate.df, estimate.weighted, estimate.design,
        json.dumps(list(estimate.excluded), ensure_ascii=False), first, second, estimate.source,
    )  # fmt: skip


def _text(value: Any) -> str | None:
    """A VARCHAR cell: None stays None (DuckDB hands NULL back as None)."""
    return None if value is None else str(value)


def row_to_estimate(row: Mapping[str, Any]) -> Estimate:
    first, second = row["actor1_code"], row["actor2_code"]
    return Estimate(
        survey=str(row["survey"]),
        question=str(row["question"]),
        wording=_text(row["wording"]),
        population=str(row["population"]),
        answer=str(row["answer"]),
        n=int(row["n"]),
        estimate=float(row["estimate"]),
        se=float(row["se"]),
        ci=(float(row["ci_lower"]), float(row["ci_upper"])),
        ci_method=str(row["ci_method"]),
        weighted=bool(row["weighted"]),
        design=str(row["design"]),
        fieldwork_start=_text(row["fieldwork_start"]),
        fieldwork_end=_text(row["fieldwork_end"]),
        pair=(str(first), str(second)) if first and second else None,
        group=_text(row["group_label"]),
        df=None if row["df"] is None else int(row["df"]),
        excluded=tuple(json.loads(row["excluded"] or "[]")),
        source=_text(row["source_path"]),
    )
