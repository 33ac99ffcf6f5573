"""Result records of an evaluation run, and their JSON form.

Kept apart from the scoring code so renderers and the quality gate depend on
these plain records only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def ratio(numerator: int, denominator: int) -> float:
    """A share, 0.0 when there is nothing to divide by (no data scores nothing)."""
    return numerator / denominator if denominator else 0.0


def f_score(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True, slots=True)
class FieldScore:
    """Counts for one field.

    ``correct``: matched pairs right on the field; ``judged``: matched pairs
    whose gold record codes the field; ``expected``: gold records coding it;
    ``produced``: produced events judged on it (the judged pairs plus every
    unmatched produced event, which is wrong on every field).
    """

    correct: int = 0
    judged: int = 0
    expected: int = 0
    produced: int = 0

    @property
    def precision(self) -> float:
        return ratio(self.correct, self.produced)

    @property
    def recall(self) -> float:
        return ratio(self.correct, self.expected)

    @property
    def f1(self) -> float:
        return f_score(self.precision, self.recall)

    @property
    def accuracy(self) -> float:
        return ratio(self.correct, self.judged)

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "accuracy": round(self.accuracy, 4),
            "correct": self.correct,
            "judged": self.judged,
            "expected": self.expected,
            "produced": self.produced,
        }


@dataclass(frozen=True, slots=True)
class ItemResult:
    """How one gold passage fared: what was expected, what came out, what went wrong."""

    id: str
    text: str
    passed: bool
    expected: tuple[str, ...]
    produced: tuple[str, ...]
    missed: int
    spurious: int
    wrong: tuple[str, ...] = ()
    error: str | None = None

    def badness(self) -> tuple[int, int, int]:
        """Sort key for "worst misses": missed events, then wrong fields, then extras."""
        return (self.missed, len(self.wrong), self.spurious)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "passed": self.passed,
            "expected": list(self.expected),
            "produced": list(self.produced),
            "missed": self.missed,
            "spurious": self.spurious,
            "wrong": list(self.wrong),
            "error": self.error,
        }


@dataclass(frozen=True, slots=True)
class EvalResult:
    """Figures for one gold set. ``precision``/``recall``/``f1`` are event-found
    figures, or (source, target, CAMEO) triple figures for PETRARCH files."""

    format: str
    records: int
    evaluated: int
    skipped: int
    rejected: int
    expected: int
    produced: int
    matched: int
    precision: float
    recall: float
    f1: float
    exact_pass: float
    type_accuracy: float
    actor_pair_accuracy: float
    fields: dict[str, FieldScore]
    confusion: dict[str, dict[str, int]]
    items: tuple[ItemResult, ...]
    seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def metrics(self) -> dict[str, float]:
        """The headline figures the quality gate pins floors on."""
        out = {
            "exact_pass": self.exact_pass,
            "type_accuracy": self.type_accuracy,
            "actor_pair_accuracy": self.actor_pair_accuracy,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }
        for name, score in self.fields.items():
            out[f"{name}.f1"] = score.f1
            out[f"{name}.accuracy"] = score.accuracy
        return out

    def worst(self, count: int) -> list[ItemResult]:
        """The ``count`` worst failed passages, worst first (ties in gold order)."""
        failed = [item for item in self.items if not item.passed]
        failed.sort(key=lambda item: tuple(-v for v in item.badness()))
        return failed[: max(count, 0)]

    def to_dict(self, *, worst: int = 10) -> dict[str, Any]:
        """One JSON object: headline figures, one block per field, confusion, worst misses."""
        out: dict[str, Any] = {
            "format": self.format,
            "records": self.records,
            "evaluated": self.evaluated,
            "skipped": self.skipped,
            "rejected": self.rejected,
            "expected": self.expected,
            "produced": self.produced,
            "matched": self.matched,
            "exact_pass": round(self.exact_pass, 4),
            "type_accuracy": round(self.type_accuracy, 4),
            "actor_pair_accuracy": round(self.actor_pair_accuracy, 4),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }
        for name, score in self.fields.items():
            out[name] = score.to_dict()
        out["fields"] = list(self.fields)
        out["confusion"] = self.confusion
        out["worst"] = [item.to_dict() for item in self.worst(worst)]
        out["seconds"] = round(self.seconds, 3)
        out.update(self.extra)
        return out
