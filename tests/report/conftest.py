"""Fixtures for the report tests: hand-made records, and the golden-file switch."""

from __future__ import annotations

import os

import pytest
from records import sample_documents, sample_events, sample_observations

from dyadscope.model import Event, Observation


@pytest.fixture()
def events() -> list[Event]:
    return sample_events()


@pytest.fixture()
def observations() -> list[Observation]:
    return sample_observations()


@pytest.fixture()
def documents() -> list[dict[str, object]]:
    return sample_documents()


@pytest.fixture(scope="session")
def update_golden() -> bool:
    """Set DYADSCOPE_UPDATE_GOLDEN=1 to rewrite golden files after a deliberate change."""
    return os.environ.get("DYADSCOPE_UPDATE_GOLDEN") == "1"
