"""Plain-text rendering of an EvalResult for the terminal (the CLI prints it).

Plain text rather than rich tables: the report is read in CI logs and diffed
between runs, so columns must not depend on the terminal width.
"""

from __future__ import annotations

from dyadscope.evaluate.metrics import MISSED, SPURIOUS
from dyadscope.evaluate.results import EvalResult, ItemResult

_MAX_COLUMNS = 10
_MAX_ROWS = 16
_ROW_LABEL = 20
_TEXT_WIDTH = 240


def _headline(result: EvalResult) -> list[str]:
    basis = "triples (source, target, CAMEO)" if "triples" in result.extra else "event found"
    return [
        f"gold format {result.format}: {result.records} records, {result.evaluated} evaluated, "
        f"{result.skipped} skipped, {result.rejected} rejected",
        f"events: expected {result.expected}, produced {result.produced}, "
        f"matched {result.matched} (coder time {result.seconds:.2f} s)",
        "",
        f"  exact pass           {result.exact_pass:6.3f}",
        f"  type accuracy        {result.type_accuracy:6.3f}",
        f"  actor-pair accuracy  {result.actor_pair_accuracy:6.3f}",
        f"  precision            {result.precision:6.3f}   ({basis})",
        f"  recall               {result.recall:6.3f}",
        f"  F1                   {result.f1:6.3f}",
    ]


def _fields(result: EvalResult) -> list[str]:
    lines = ["", f"  {'field':<12}{'P':>7}{'R':>7}{'F1':>7}{'acc':>7}{'judged':>8}{'gold':>7}"]
    for name, score in result.fields.items():
        lines.append(
            f"  {name:<12}{score.precision:7.3f}{score.recall:7.3f}{score.f1:7.3f}"
            f"{score.accuracy:7.3f}{score.judged:8d}{score.expected:7d}"
        )
    return lines


def _confusion(result: EvalResult) -> list[str]:
    """Expected type (rows) against produced type (columns), most frequent labels first.

    Large tables are cut to the most frequent labels; the missed/spurious
    column and row are always kept.
    """
    if not result.confusion:
        return []
    column_totals: dict[str, int] = {}
    for row in result.confusion.values():
        for label, count in row.items():
            column_totals[label] = column_totals.get(label, 0) + count
    columns = sorted(column_totals, key=lambda label: (-column_totals[label], label))
    columns = _keep(columns, _MAX_COLUMNS, MISSED)
    row_totals = {label: sum(row.values()) for label, row in result.confusion.items()}
    rows = sorted(row_totals, key=lambda label: (-row_totals[label], label))
    rows = _keep(rows, _MAX_ROWS, SPURIOUS)
    width = max(6, *(len(c) for c in columns))
    head = "".join(f"{c:>{width + 1}}" for c in columns)
    lines = ["", "  confusion: expected (rows) x produced (columns)", f"  {'':<{_ROW_LABEL}}{head}"]
    for label in rows:
        cells = "".join(f"{result.confusion[label].get(c, 0):>{width + 1}}" for c in columns)
        lines.append(f"  {label[:_ROW_LABEL]:<{_ROW_LABEL}}{cells}")
    return lines


def _keep(labels: list[str], limit: int, always: str) -> list[str]:
    """The first ``limit`` labels, plus ``always`` (at the end) when it occurs at all."""
    kept = [label for label in labels if label != always][:limit]
    return [*kept, always] if always in labels else kept


def _item(rank: int, item: ItemResult) -> list[str]:
    text = item.text if len(item.text) <= _TEXT_WIDTH else item.text[: _TEXT_WIDTH - 3] + "..."
    lines = [
        f"  {rank}. {item.id}  (missed {item.missed}, wrong {len(item.wrong)}, "
        f"extra {item.spurious})",
        f"     {text}",
        f"     expected: {'; '.join(item.expected) or 'nothing'}",
        f"     produced: {'; '.join(item.produced) or 'nothing'}",
    ]
    lines.extend(f"     wrong {detail}" for detail in item.wrong)
    if item.error:
        lines.append(f"     coder error: {item.error}")
    return lines


def render_text(result: EvalResult, *, worst: int = 10) -> str:
    """The whole report: headline figures, per-field table, confusion, worst misses."""
    lines = _headline(result) + _fields(result) + _confusion(result)
    misses = result.worst(worst)
    if misses:
        lines += ["", f"  worst misses ({len(misses)}):"]
        for rank, item in enumerate(misses, start=1):
            lines += _item(rank, item)
    return "\n".join(lines)
