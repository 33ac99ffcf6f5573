"""The quality gate: the real extractor on each shared gold set must hold its pinned floors.

Floors live in benchmarks/quality_floors.json; they are only ever raised
(see benchmarks/README.md). The test skips where ../shared is absent and
while the extractor cannot be imported (the skip reason says why; a broken
``dyadscope.api`` also breaks the CLI and API tests, which do not skip).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.errors import DyadscopeError
from dyadscope.evaluate import api_coder, evaluate_set, read_gold
from dyadscope.evaluate.gate import GateSet, below_floor, gold_path, load_gate

REPO = Path(__file__).resolve().parents[2]
FLOORS = REPO / "benchmarks" / "quality_floors.json"
GATE = load_gate(FLOORS)


def test_floors_file_covers_the_public_and_the_real_text_gold_sets() -> None:
    public = {"petrarch-unit", "plover-gsr", "petr2-gsr-validation"}
    # every batch of our real-text gold is gated, the new ones as soon as they are committed
    dev = REPO / "tests" / "golden" / "real" / "dev"
    real = {"real-test"} | {
        "real-dev" + path.name.removeprefix("real").removesuffix(".records.jsonl")
        for path in dev.glob("real*.records.jsonl")
    }
    assert {"real-dev", "real-dev21b"} <= real  # batch 1 is real.records.jsonl
    assert {spec.name for spec in GATE} == public | real
    # our own real-text gold lives in the repository, so CI gates it even without ../shared
    assert {spec.name for spec in GATE if spec.root == "repo"} == real
    for spec in GATE:
        assert {"exact_pass", "f1", "type_accuracy", "actor_pair_accuracy"} <= set(spec.floors)
        # floors are shares (0 where a batch has none yet: real-dev11d's exact passes); a
        # floor may pass its target once the target is met
        assert all(0.0 <= value <= 1.0 for value in spec.floors.values())
        assert all(0.0 < value <= 1.0 for value in spec.targets.values())


@pytest.mark.parametrize("spec", GATE, ids=[spec.name for spec in GATE])
def test_extractor_holds_its_floors(request: pytest.FixtureRequest, spec: GateSet) -> None:
    shared: Path = REPO if spec.root == "repo" else request.getfixturevalue("shared")
    path = gold_path(spec, shared, REPO)
    if not path.is_file():
        pytest.skip(f"{spec.path} is not in ../shared")
    try:
        coder = api_coder(
            [shared / extra for extra in spec.dictionaries],
            dictionaries_only=spec.dictionaries_only,
            one_sided=spec.one_sided,
        )
    except DyadscopeError as exc:
        pytest.skip(str(exc))
    result = evaluate_set(read_gold(path, spec.format), coder)
    assert result.evaluated > 0
    assert below_floor(result, spec.floors) == []
