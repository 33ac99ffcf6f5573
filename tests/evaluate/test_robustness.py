"""Hostile gold files: whatever the bytes, a reader returns a GoldSet or raises InputError."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadscope.errors import InputError
from dyadscope.evaluate import GoldSet, evaluate_set, read_gold
from evaluate.fakes import empty_coder, replay_coder

FORMATS = ["records", "plover-gsr", "petrarch-xml", "auto"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=20,
)


def _read(data: bytes, fmt: str, suffix: str) -> GoldSet | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"gold{suffix}"
        path.write_bytes(data)
        try:
            return read_gold(path, fmt)
        except InputError as exc:
            assert "\n" not in str(exc)
            return None


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=300))
def test_random_bytes(fmt: str, data: bytes) -> None:
    _read(data, fmt, ".txt")


@pytest.mark.parametrize("fmt", ["records", "plover-gsr"])
@settings(max_examples=80, deadline=None)
@given(values=st.lists(json_values, max_size=5))
def test_random_json(fmt: str, values: list[object]) -> None:
    lines = "\n".join(json.dumps(v) for v in values)
    data = lines if fmt == "records" else json.dumps(values)
    _read(data.encode("utf-8"), fmt, ".json")


@settings(max_examples=80, deadline=None)
@given(
    expected=st.lists(
        st.dictionaries(
            st.sampled_from(["kind", "plover", "cameo", "actor1", "actor2", "date", "status",
                             "quantities", "directed", "record"]),
            json_values,
            max_size=6,
        ),
        max_size=3,
    )
)
def test_random_expected_records_are_kept_or_quarantined(expected: list[object]) -> None:
    line = json.dumps({"text": "Valoria met Kestria.", "expected": expected})
    good = json.dumps({"text": "Kestria met Valoria.", "expected": []})
    gold = _read(f"{line}\n{good}\n".encode(), "records", ".jsonl")
    assert gold is not None
    assert len(gold.items) + len(gold.rejections) == 2  # nothing silently dropped
    assert gold.items[-1].text == "Kestria met Valoria."
    # and whatever was kept can be scored, by a perfect and by an empty coder
    assert evaluate_set(gold, replay_coder(gold.items)).recall in (0.0, 1.0)
    assert evaluate_set(gold, empty_coder).produced == 0


def test_deeply_nested_json(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InputError, match="nested too deeply"):
        read_gold(path, "plover-gsr")
