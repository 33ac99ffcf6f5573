"""Shared fixtures. ``shared`` points at the read-only ../shared material; tests
that need it skip cleanly where it is absent."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from browser_support import browser  # noqa: F401 (one Chromium for every browser test)

REPO = Path(__file__).resolve().parent.parent


def shared_root() -> Path | None:
    explicit = os.environ.get("DYADSCOPE_SHARED")
    candidate = Path(explicit) if explicit else REPO.parent / "shared"
    return candidate if candidate.is_dir() else None


@pytest.fixture(scope="session")
def shared() -> Path:
    root = shared_root()
    if root is None:
        pytest.skip("../shared is not present")
    return root


@pytest.fixture(scope="session")
def seed_paper(shared: Path) -> Path:
    path = shared / "seed" / "000_439c29f9a9c0186c.txt"
    if not path.is_file():
        pytest.skip("seed paper not present")
    return path


@pytest.fixture()
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh store file; also the default for the CLI through DYADSCOPE_DB."""
    path = tmp_path / "store.duckdb"
    monkeypatch.setenv("DYADSCOPE_DB", str(path))
    monkeypatch.setenv("DYADSCOPE_CONFIG", str(tmp_path / "no-config.toml"))
    return path


@pytest.fixture(autouse=True)
def _root_logging_restored() -> Iterator[None]:
    """The CLI sets up the root logger for its process (quiet, or --verbose); a test
    that runs it in-process must not leave that set for the tests after it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    logging.captureWarnings(False)
