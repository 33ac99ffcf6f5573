"""How far apart are two annotators of the same real passages, and how far is dyadscope?

    python benchmarks/annotator_agreement.py

A target for the extractor only means something against what careful readers agree
on. `tests/golden/real/agreement/second.jsonl` holds a second, blind annotation (made
under `GUIDELINES.md` without sight of the first or of any output) of passages drawn
across every dev batch. This prints the strict F1 between the two annotations, scored
as `dyadscope eval` scores (type, parties, a compatible date), once with each as the
gold, and the extractor's strict F1 against each.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from dyadscope.evaluate import api_coder
from dyadscope.evaluate.gold import ExpectedActor, ExpectedEvent
from dyadscope.evaluate.matching import strict_pairs
from dyadscope.evaluate.readers.records import parse_expected
from dyadscope.model import Actor, DateRef, Event, Source

ROOT = Path(__file__).resolve().parents[1] / "tests" / "golden" / "real"


def as_event(expected: ExpectedEvent, number: int) -> Event:
    """A second annotator's record in the shape the scorer reads as produced."""

    def actor(one: ExpectedActor | None) -> Actor | None:
        return Actor(code=one.code, name=one.code) if one is not None else None

    return Event(
        id=str(number),
        kind=expected.kind or "other",
        plover=expected.plover,
        cameo=expected.cameo,
        goldstein=None,
        domain="",
        status=expected.status or "actual",
        actor1=actor(expected.actor1),
        actor2=actor(expected.actor2),
        others=tuple(a for a in map(actor, expected.others) if a is not None),
        date=DateRef(start=expected.date),
        source=Source(),
    )


class Tally:
    """Expected, produced and strictly right counts, summed over passages."""

    def __init__(self) -> None:
        self.expected = self.produced = self.right = 0

    def add(self, expected: int, produced: int, right: int) -> None:
        self.expected += expected
        self.produced += produced
        self.right += right

    def f1(self) -> float:
        total = self.expected + self.produced
        return 2 * self.right / total if total else 0.0


def read_second(path: Path, known: set[str]) -> list[dict[str, Any]]:
    """The second annotation's records, or a one-line error naming the file and what
    is wrong with it (missing, not UTF-8, empty, a line that is not a record, a passage
    the dev gold does not have)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise SystemExit(f"{path}: cannot read it ({err.strerror})") from None
    except UnicodeDecodeError:
        raise SystemExit(f"{path}: not UTF-8 text (expected JSON Lines)") from None
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise SystemExit(f"{path}:{number}: not a JSON record") from None
        if not isinstance(record, dict) or not isinstance(record.get("expected"), list):
            raise SystemExit(f"{path}:{number}: a record needs an id and an expected list")
        if record.get("id") not in known:
            raise SystemExit(f"{path}:{number}: no dev passage has the id {record.get('id')!r}")
        records.append(record)
    if not records:
        raise SystemExit(f"{path}: no records (the file is empty)")
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--second", type=Path, default=ROOT / "agreement" / "second.jsonl")
    parser.add_argument("--dev", type=Path, default=ROOT / "dev")
    args = parser.parse_args()
    passages = {}
    for path in sorted(args.dev.glob("*.records.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            passage = json.loads(line)
            passages[passage["id"]] = passage
    coder = api_coder()
    first_as_gold, second_as_gold, system_first, system_second = (Tally() for _ in range(4))
    second_records = read_second(args.second, set(passages))
    for second_record in second_records:
        passage = passages[second_record["id"]]
        first = [parse_expected(e) for e in passage["expected"]]
        second = [parse_expected(e) for e in second_record["expected"]]
        first_as_gold.add(
            len(first), len(second),
            strict_pairs(first, [as_event(e, i) for i, e in enumerate(second)], "iso"),
        )  # fmt: skip
        second_as_gold.add(
            len(second), len(first),
            strict_pairs(second, [as_event(e, i) for i, e in enumerate(first)], "iso"),
        )  # fmt: skip
        produced = coder(passage["text"], passage["date"], title=passage.get("title"))
        system_first.add(len(first), len(produced), strict_pairs(first, produced, "iso"))
        system_second.add(len(second), len(produced), strict_pairs(second, produced, "iso"))
    print(f"passages annotated twice: {len(second_records)}")
    print(f"events: first annotation {first_as_gold.expected}, second {first_as_gold.produced}")
    print(f"annotators, first as gold:  strict F1 {first_as_gold.f1():.3f}")
    print(f"annotators, second as gold: strict F1 {second_as_gold.f1():.3f}")
    print(f"dyadscope vs first:         strict F1 {system_first.f1():.3f}")
    print(f"dyadscope vs second:        strict F1 {system_second.f1():.3f}")


if __name__ == "__main__":
    main()
