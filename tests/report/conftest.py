"""Fixtures for the report tests: hand-made records, and the golden-file switch."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from records import sample_documents, sample_events, sample_observations

from dyadscope import api
from dyadscope.model import Event, Observation

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DOCUMENT = """Baku and Islamabad: notes on a partnership

Azerbaijan and Pakistan signed a defence cooperation agreement in Baku on 12 May 2003.
Pakistani and Azerbaijani special forces held a joint exercise near Baku in October 2016.
The foreign ministers of Azerbaijan and Pakistan met in Islamabad on 3 March 2021.
"""


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


@pytest.fixture(scope="session")
def filled_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with a document of ours and the SIPRI, Comtrade, GDELT 1.0 and ICEWS
    fixtures: what a brief draws on."""
    folder = tmp_path_factory.mktemp("brief-store")
    doc = folder / "partnership.txt"
    doc.write_text(DOCUMENT, encoding="utf-8")
    db = folder / "store.duckdb"
    api.ingest([doc], db=db, date="2021-03-04")
    datasets = FIXTURES / "datasets"
    api.import_data("sipri", [datasets / "sipri"], db=db)
    api.import_data("comtrade", [datasets / "comtrade" / "legacy.csv",
                                 FIXTURES / "findings" / "comtrade-mirror-2022.csv"], db=db)
    api.import_data("gdelt", [datasets / "gdelt" / "v1"], db=db)
    api.import_data("icews", [datasets / "icews"], db=db)
    return db
