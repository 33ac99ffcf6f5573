"""Stores and apps for the server's tests: the bundled demo corpus (once per session),
and small stores from documents written here, fresh for each test that writes."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dyadscope import api
from dyadscope.serve import create_app

TOKEN = "s3cret-token-for-tests-0123456789"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

AGREEMENT = (
    "Baku and Islamabad sign a defence accord\n\n"
    "Azerbaijan and Pakistan signed a defence cooperation agreement in Baku on "
    "12 May 2003.¹ Pakistan trained Azerbaijani naval officers in Karachi in 2005.²\n\n"
    "---\n\n"
    '¹ Ministry of Defence, "Defence accord", https://example.org/accord\n'
    '² Navy press office, "Training", https://example.org/training\n'
)
VISIT = (
    "A visit to Islamabad\n\n"
    "The President of Azerbaijan visited Islamabad in July 2024 and the two "
    "governments signed an agreement on trade.\n"
)
# what a hostile source could hold: markup that must stay text on every page
HOSTILE = (
    "Hostile note <script>alert(1)</script>\n\n"
    "Azerbaijan and Pakistan signed a defence cooperation agreement in Baku on 12 May 2003, "
    "under a heading that read <script>alert(1)</script> and <img src=x onerror=alert(2)>.¹\n\n"
    "Pakistan trained Azerbaijani naval officers in Karachi in 2005, the ministry said, "
    "pointing readers to javascript:alert(3) for details.²\n\n"
    "---\n\n"
    "¹ Hostile source <script>alert(1)</script>, javascript:alert(3)\n"
    "² Ministry note <img src=x onerror=alert(2)>, https://example.org/note\n"
)


def gdelt_row(url: str, row_id: str = "7000001") -> str:
    """One GDELT 2.0 event row (AZE government -> PAK military, CAMEO 057) whose
    source URL is ``url``: taken from the fixture, id and URL replaced."""
    line = (
        (FIXTURES / "datasets" / "gdelt" / "v2" / "20240106000000.export.CSV")
        .read_text("utf-8")
        .splitlines()[0]
    )
    cells = line.split("\t")
    cells[0], cells[-1] = row_id, url
    return "\t".join(cells) + "\n"


def write_documents(folder: Path, documents: dict[str, str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in documents.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled demo corpus in a store (what ``dyadscope demo`` ingests)."""
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    report = api.ingest(api.demo_files(), db=db)
    assert report.ok and report.events > 50
    return db


def make_client(app: Any, **options: Any) -> Any:
    """FastAPI's test client; a 500 raises in the test instead of passing unseen."""
    with warnings.catch_warnings():
        # Starlette 1.x prefers httpx2 for its test client; httpx still works
        warnings.filterwarnings("ignore", message="Using `httpx`")
        from fastapi.testclient import TestClient

    return TestClient(app, **options)


@pytest.fixture(scope="session")
def client(demo_db: Path) -> Iterator[Any]:
    """A test client on the demo store."""
    with make_client(create_app(demo_db)) as found:
        yield found


@pytest.fixture()
def small_db(tmp_path: Path) -> Path:
    """A fresh store holding the two documents written above."""
    db = tmp_path / "small.duckdb"
    paths = write_documents(tmp_path / "docs", {"agreement.txt": AGREEMENT, "visit.txt": VISIT})
    assert api.ingest(paths, db=db).ok
    return db


@pytest.fixture()
def demo_copy(demo_db: Path, tmp_path: Path) -> Path:
    """A copy of the demo store that a test may write to."""
    db = tmp_path / "demo-copy.duckdb"
    shutil.copy(demo_db, db)
    return db
