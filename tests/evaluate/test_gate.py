"""The floors file reader and the floor check, on hand-made results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyadscope.errors import InputError
from dyadscope.evaluate import ExpectedActor, ExpectedEvent, GoldItem, evaluate
from dyadscope.evaluate.gate import below_floor, load_gate
from dyadscope.model import Actor, Event
from evaluate.fakes import make_event


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "floors.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_load_gate_reads_floors_and_targets(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {
            "sets": {
                "a": {
                    "path": "x.xml",
                    "format": "petrarch-xml",
                    "floors": {"f1": 0.5},
                    "targets": {"f1": 0.75},
                }
            }
        },
    )
    (spec,) = load_gate(path)
    assert (spec.name, spec.path, spec.format) == ("a", "x.xml", "petrarch-xml")
    assert spec.floors == {"f1": 0.5} and spec.targets == {"f1": 0.75}
    assert spec.dictionaries_only is False  # the default: add to the package's


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"sets": {}}, "non-empty 'sets'"),
        ({"sets": {"a": {"floors": {}}}}, "needs a 'path'"),
        ({"sets": {"a": {"path": "x", "format": "csv"}}}, "unknown format 'csv'"),
        ({"sets": {"a": {"path": "x", "floors": {"f1": "high"}}}}, "a.floors.f1 must be a number"),
        ({"sets": {"a": {"path": "x", "floors": {"f1": 1.5}}}}, "between 0 and 1"),
        ({"sets": {"a": {"path": "x", "dictionaries": "toy.tsv"}}}, "list of paths"),
        ({"sets": {"a": {"path": "x", "dictionaries_only": "yes"}}}, "true or false"),
    ],
)
def test_load_gate_rejects_malformed_files(tmp_path: Path, data: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load_gate(_write(tmp_path, data))


def test_below_floor_names_each_failing_metric() -> None:
    item = GoldItem(
        id="i",
        text="t",
        expected=(
            ExpectedEvent(
                plover="CONSULT", actor1=ExpectedActor("PAK"), actor2=ExpectedActor("AZE")
            ),
        ),
    )

    def coder(text: str, date: str | None) -> list[Event]:
        return [make_event(plover="ACCUSE", actor1=Actor("PAK", "P"), actor2=Actor("AZE", "A"))]

    result = evaluate([item], coder)
    assert below_floor(result, {"actor_pair_accuracy": 1.0, "recall": 0.5}) == []
    problems = below_floor(result, {"type_accuracy": 0.5, "plover.accuracy": 0.1, "bogus": 0.0})
    assert problems[0].startswith("bogus: no such metric")
    assert problems[1] == "plover.accuracy: 0.0000 is below the floor 0.1000"
    assert problems[2] == "type_accuracy: 0.0000 is below the floor 0.5000"
