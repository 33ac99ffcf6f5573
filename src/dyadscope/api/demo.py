"""The whole pipeline on the bundled corpus: a store and a brief per pair it covers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dyadscope.api.briefs import store_brief
from dyadscope.api.documents import IngestReport, ingest
from dyadscope.api.views import open_store

# The demo writes a brief for each pair its corpus covers; the first is "brief.html".
DEMO_PAIRS: tuple[tuple[str, str], ...] = (
    ("AZE", "PAK"),
    ("ARM", "AZE"),
    ("IND", "PAK"),
    ("AZE", "TUR"),
    ("CHN", "PAK"),
)


@dataclass(slots=True)
class DemoReport:
    ingest: IngestReport
    briefs: list[Path] = field(default_factory=list)


def demo_files() -> list[Path]:
    """The bundled demo documents."""
    from dyadscope.demo import corpus_files

    return corpus_files()


def demo(out: Path | str, *, on_file: Callable[[Path, str], None] | None = None) -> DemoReport:
    """Ingest the bundled corpus into a fresh ``OUT/demo.duckdb`` and write
    ``OUT/brief.html`` (Azerbaijan-Pakistan) and a brief per other pair."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "demo.duckdb"
    for stale in (db, db.with_suffix(".duckdb.wal")):
        if stale.exists():
            stale.unlink()
    report = DemoReport(ingest(demo_files(), db=db, on_file=on_file))
    with open_store(db) as store:
        for index, pair in enumerate(DEMO_PAIRS):
            if store.events_frame(pair, limit=1).empty:
                continue
            target = folder / ("brief.html" if index == 0 else f"brief-{pair[0]}-{pair[1]}.html")
            target.write_text(store_brief(store, pair, None), encoding="utf-8")
            report.briefs.append(target)
    return report
