"""Extraction quality on the shared gold sets: current figures vs pinned floors vs targets.

    python benchmarks/eval_report.py [--shared ../shared] [--floors benchmarks/quality_floors.json]
                                     [--limit N] [--dict FILE]...

For each gold set named in the floors file this runs the real extractor,
prints every floored or targeted metric next to its floor and target, and
the time spent: the extractor's, and as a baseline measured in the same run,
the scorer's own time with a coder that returns nothing. Exit code 1 when a
metric is below its floor (as the pytest gate would fail), else 0.
Targets: PETRARCH unit suite exact pass >= 0.60; PLOVER GSR type accuracy
>= 0.75 and actor-pair accuracy >= 0.70; PETR2_GSR_validation triple F1 >= 0.75;
our frozen real-text test split strict F1 >= 0.75 (tests/golden/real/GUIDELINES.md).
Sets with "root": "repo" are read from the repository and need no ../shared.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dyadscope.errors import DyadscopeError
from dyadscope.evaluate import EvalResult, api_coder, evaluate_set, read_gold
from dyadscope.evaluate.gate import GateSet, below_floor, gold_path, load_gate
from dyadscope.model import Event

REPO = Path(__file__).resolve().parent.parent


def _nothing(text: str, date: str | None) -> list[Event]:
    return []


def _row(metric: str, value: float, spec: GateSet) -> str:
    floor = spec.floors.get(metric)
    target = spec.targets.get(metric)
    if floor is not None and value < floor:
        status = "BELOW FLOOR"
    elif target is not None and value < target:
        status = "below target"
    elif target is not None:
        status = "target met"
    else:
        status = "ok"
    floor_text = f"{floor:.3f}" if floor is not None else "-"
    target_text = f"{target:.3f}" if target is not None else "-"
    return f"  {metric:<24}{value:>9.3f}{floor_text:>9}{target_text:>9}   {status}"


def report(spec: GateSet, result: EvalResult, baseline: EvalResult) -> list[str]:
    figures = result.metrics()
    lines = [
        f"{spec.name}: {spec.path} ({result.evaluated} evaluated, {result.skipped} skipped, "
        f"{result.rejected} rejected)",
        f"  {'metric':<24}{'current':>9}{'floor':>9}{'target':>9}",
    ]
    for metric in sorted(set(spec.floors) | set(spec.targets)):
        lines.append(_row(metric, figures.get(metric, float("nan")), spec))
    per_item = result.seconds / max(result.evaluated, 1) * 1000
    lines.append(
        f"  time: extractor+scorer {result.seconds:.2f} s ({per_item:.1f} ms/passage); "
        f"scorer alone (baseline, empty coder) {baseline.seconds:.3f} s"
    )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--floors", type=Path, default=REPO / "benchmarks" / "quality_floors.json")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--dict", type=Path, action="append", default=[], dest="dictionaries")
    args = parser.parse_args()
    try:
        gate = load_gate(args.floors)
    except DyadscopeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    failed = False
    for spec in gate:
        path = gold_path(spec, args.shared, REPO)
        if not path.is_file():
            print(f"{spec.name}: {path} not found, skipped\n")
            continue
        try:
            coder = api_coder(
                [*(args.shared / d for d in spec.dictionaries), *args.dictionaries],
                dictionaries_only=spec.dictionaries_only,
                one_sided=spec.one_sided,
            )
        except DyadscopeError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        gold = read_gold(path, spec.format)
        result = evaluate_set(gold, coder, limit=args.limit)
        baseline = evaluate_set(gold, _nothing, limit=args.limit)
        print("\n".join(report(spec, result, baseline)) + "\n")
        failed = failed or bool(below_floor(result, spec.floors))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
