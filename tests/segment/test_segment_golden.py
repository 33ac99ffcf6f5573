"""Golden segmentations: tests/golden/segment/<name> -> <name>.expected.jsonl.

One JSON object per sentence (offsets, cleaned text, note labels, repeat_of,
page) and one per note. Regenerate after an intended change with
``DYADSCOPE_REGEN_GOLDEN=1 pytest tests/segment`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dyadscope.ingest import load_path
from dyadscope.segment import segment

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "segment"


def _rows(path: Path) -> list[dict[str, object]]:
    doc = load_path(path)
    result = segment(doc)
    rows: list[dict[str, object]] = [
        {
            "sentence": s.index,
            "start": s.start,
            "end": s.end,
            "text": s.text,
            "notes": [c.label for c in s.citations],
            "repeat_of": s.repeat_of,
            "page": s.page,
        }
        for s in result.sentences
    ]
    rows += [{"note": c.label, "text": c.text, "url": c.url} for c in result.citations]
    return rows


@pytest.mark.parametrize("name", ["report.txt"])
def test_golden_segmentation(name: str) -> None:
    expected_path = GOLDEN / f"{name}.expected.jsonl"
    got = _rows(GOLDEN / name)
    if os.environ.get("DYADSCOPE_REGEN_GOLDEN"):
        expected_path.write_text(
            "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in got), encoding="utf-8"
        )
    expected = [json.loads(line) for line in expected_path.read_text(encoding="utf-8").splitlines()]
    assert got == expected
