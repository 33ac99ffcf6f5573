"""Fixtures for the importer tests: the fixture files and a fresh store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dyadscope.store import Store

DATASETS = Path(__file__).resolve().parent.parent / "fixtures" / "datasets"


@pytest.fixture(scope="session")
def datasets() -> Path:
    return DATASETS


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "import.duckdb") as opened:
        yield opened


def quarantine_lines(store: Store, path: Path) -> dict[int, str]:
    """Quarantined line numbers of one file, with their reasons."""
    rows = store.con.execute(
        "SELECT line, reason FROM quarantine WHERE path = ? ORDER BY line", [str(path)]
    ).fetchall()
    return {int(line): str(reason) for line, reason in rows if line is not None}


def event_rows(store: Store, dataset: str) -> dict[str, dict[str, object]]:
    """Events of one data set keyed by row id; SQL NULL stays None."""
    cursor = store.con.execute("SELECT * FROM events WHERE dataset = ? ORDER BY row_id", [dataset])
    names = [d[0] for d in cursor.description or []]
    return {
        str(row[names.index("row_id")]): dict(zip(names, row, strict=True))
        for row in cursor.fetchall()
    }
