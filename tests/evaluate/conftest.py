"""Fixtures for evaluation tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluate.fakes import GOLDEN


@pytest.fixture(scope="session")
def golden() -> Path:
    """Our own small gold files in the real layouts (tests/golden/evaluate)."""
    return GOLDEN
