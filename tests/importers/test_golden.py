"""Every fixture import, as interchange records, against golden JSON Lines.

Regenerate after an intended change with
``DYADSCOPE_UPDATE_GOLDEN=1 pytest tests/importers/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dyadscope.model import to_json_line
from dyadscope.store import Store
from dyadscope.store.importing import import_dataset

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "importers"
CASES = {
    "gdelt": ["gdelt/v2", "gdelt/v1", "gdelt/mentions"],
    "icews": ["icews"],
    "polecat": ["polecat"],
    "comtrade": ["comtrade"],
    "sipri": ["sipri"],
}


@pytest.mark.parametrize("source", sorted(CASES))
def test_records_match_golden(store: Store, datasets: Path, source: str) -> None:
    import_dataset(store, source, [datasets / p for p in CASES[source]])
    records = [*store.events(), *store.observations()]
    lines = sorted(to_json_line(r) for r in records)
    quarantined = sorted(
        f"{Path(str(path)).relative_to(datasets).as_posix()}:{line}: {reason}"
        for path, line, reason in store.con.execute(
            "SELECT path, line, reason FROM quarantine"
        ).fetchall()
    )
    text = "\n".join([*lines, "# quarantine", *quarantined]) + "\n"
    golden = GOLDEN / f"{source}.jsonl"
    if os.environ.get("DYADSCOPE_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert golden.read_text(encoding="utf-8") == text
