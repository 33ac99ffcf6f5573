"""The quality gate: pinned floors per gold set, and the check of a result against them.

``benchmarks/quality_floors.json`` names each gold set (path under the shared
root, format, optional extra extractor dictionaries, also under the shared
root), its floors (metric -> lowest allowed value) and its targets (where we
want to get). The pytest gate and
``benchmarks/eval_report.py`` both read it through this module, so they can
never disagree about what is checked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyadscope.errors import InputError
from dyadscope.evaluate.gold import GOLD_FORMATS
from dyadscope.evaluate.results import EvalResult


@dataclass(frozen=True, slots=True)
class GateSet:
    """One gold set of the gate: where it is and which figures it must hold."""

    name: str
    path: str  # relative to the shared root
    format: str
    floors: dict[str, float]
    targets: dict[str, float]
    dictionaries: tuple[str, ...] = ()  # extra extractor dictionaries, relative to the shared root
    dictionaries_only: bool = False  # code with those alone (``Pipeline``'s option)
    one_sided: bool = False  # keep one-sided and domestic events (``Pipeline``'s option)
    root: str = "shared"  # what ``path`` is relative to: "shared" or "repo"


def gold_path(spec: GateSet, shared: Path, repo: Path) -> Path:
    """Where a set's gold file is: under the shared root, or in the repository."""
    return (repo if spec.root == "repo" else shared) / spec.path


def _figures(raw: object, where: str, path: Path) -> dict[str, float]:
    if not isinstance(raw, dict):
        raise InputError(str(path), f"{where} must be an object of metric -> number")
    out: dict[str, float] = {}
    for metric, value in raw.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InputError(str(path), f"{where}.{metric} must be a number")
        if not 0.0 <= float(value) <= 1.0:
            raise InputError(str(path), f"{where}.{metric} must lie between 0 and 1")
        out[str(metric)] = float(value)
    return out


def load_gate(path: Path) -> list[GateSet]:
    """The gold sets, floors and targets in a floors file; InputError if malformed."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"cannot read the floors file ({exc})") from exc
    sets = data.get("sets") if isinstance(data, dict) else None
    if not isinstance(sets, dict) or not sets:
        raise InputError(str(path), "expected an object with a non-empty 'sets' object")
    out = []
    for name, spec in sets.items():
        if not isinstance(spec, dict) or not isinstance(spec.get("path"), str):
            raise InputError(str(path), f"set '{name}' needs a 'path' string")
        dictionaries = spec.get("dictionaries", [])
        if not isinstance(dictionaries, list) or not all(isinstance(d, str) for d in dictionaries):
            raise InputError(str(path), f"set '{name}': 'dictionaries' must be a list of paths")
        only = spec.get("dictionaries_only", False)
        sided = spec.get("one_sided", False)
        for key, value in (("dictionaries_only", only), ("one_sided", sided)):
            if not isinstance(value, bool):
                raise InputError(str(path), f"set '{name}': '{key}' must be true or false")
        root = spec.get("root", "shared")
        if root not in ("shared", "repo"):
            raise InputError(str(path), f"set '{name}': 'root' must be \"shared\" or \"repo\"")
        fmt = spec.get("format", "auto")
        if fmt != "auto" and fmt not in GOLD_FORMATS:
            raise InputError(str(path), f"set '{name}' has unknown format '{fmt}'")
        out.append(
            GateSet(
                name=str(name),
                path=spec["path"],
                format=str(fmt),
                floors=_figures(spec.get("floors", {}), f"{name}.floors", path),
                targets=_figures(spec.get("targets", {}), f"{name}.targets", path),
                dictionaries=tuple(dictionaries),
                dictionaries_only=only,
                one_sided=sided,
                root=root,
            )
        )
    return out


def below_floor(result: EvalResult, floors: dict[str, float]) -> list[str]:
    """One line per metric under its floor (or unknown to the result); empty when all hold."""
    figures = result.metrics()
    problems = []
    for metric, floor in sorted(floors.items()):
        if metric not in figures:
            problems.append(f"{metric}: no such metric (known: {', '.join(sorted(figures))})")
        elif figures[metric] < floor:
            problems.append(f"{metric}: {figures[metric]:.4f} is below the floor {floor:.4f}")
    return problems
