"""Data sets into the store (GDELT, ICEWS, POLECAT, UN Comtrade, SIPRI), and the
figures built from the store: per-period aggregates and Parquet exports."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dyadscope.api import checks
from dyadscope.errors import UsageError
from dyadscope.settings import load_settings

if TYPE_CHECKING:
    import pandas as pd

    from dyadscope.store.importing import FileResult, ImportSummary

BY_PERIODS: tuple[str, ...] = ("month", "year")
ENGINES: tuple[str, ...] = ("duckdb", "spark")
# what a count counts: each event once (a story, however many records tell it), or
# every record (a mention) as the data sets report them
COUNTS: tuple[str, ...] = ("stories", "mentions")


def sources() -> list[tuple[str, str]]:
    """(name, what it is) of every data set ``import_data`` reads."""
    from dyadscope.importers import source_descriptions

    return source_descriptions()


def import_data(
    source: str,
    paths: Iterable[Path | str],
    *,
    db: Path | str | None = None,
    pair: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    on_file: Callable[[FileResult], None] | None = None,
) -> ImportSummary:
    """Import data-set files (plain or .zip, folders recursively) into the store;
    malformed rows are quarantined with their line and reason, never dropped."""
    from dyadscope.store import Store
    from dyadscope.store.importing import import_dataset

    name = source.strip().lower()
    known = [n for n, _ in sources()]
    if name not in known:
        raise UsageError("source", f"unknown source {source!r}: use one of {', '.join(known)}")
    files = checks.existing_paths(paths)
    chosen = checks.pair_codes(pair, "pair")
    first, last = checks.period(since, until)
    with Store(db or load_settings().db) as store:
        summary = import_dataset(
            store, name, files, pair=chosen, since=first, until=last, on_file=on_file
        )
        if summary.total("imported"):
            from dyadscope.analyse.stories import refresh_stories

            # a data set's rows join the stories the documents tell, and each other's
            refresh_stories(store, [chosen] if chosen else None)
        return summary


def aggregate(
    pair: Sequence[str],
    *,
    by: str = "year",
    db: Path | str | None = None,
    source: Path | str | None = None,
    domain: str | None = None,
    since: str | None = None,
    until: str | None = None,
    engine: str = "duckdb",
    master: str | None = None,
    all_statuses: bool = False,
    count: str = "stories",
) -> pd.DataFrame:
    """One row per period of the pair: events by kind and PLOVER type, Goldstein,
    quad classes, GDELT attention and tone, trade and arms transfers. ``source``:
    Parquet, GDELT files or another store instead of ``db``; ``count``: "stories"
    (each event once) or "mentions" (every record); notes on what was
    left out or assumed are in ``frame.attrs["notes"]``, the pair as codes in
    ``frame.attrs["pair"]``."""
    checks.one_of(by, BY_PERIODS, "by")
    checks.one_of(count, COUNTS, "count")
    checks.one_of(engine, ENGINES, "engine")
    if source is not None:
        checks.existing_paths([source], "source")
    chosen = checks.pair_codes(pair, "pair")
    assert chosen is not None
    (area,) = checks.domains([domain]) if domain else (None,)
    first, last = checks.period(since, until)
    from dyadscope.analyse.aggregate import aggregate as run

    frame = run(
        source if source is not None else (db or load_settings().db),
        chosen,
        by,
        domain=area,
        since=first,
        until=last,
        engine=engine,
        master=master,
        statuses=None if all_statuses else ("actual",),
        count=count,
    )
    frame.attrs["pair"] = chosen
    return frame


def export_parquet(
    out: Path | str, *, tables: Sequence[str] | None = None, db: Path | str | None = None
) -> list[tuple[str, int, Path]]:
    """One Parquet file per store table, for Spark, pandas or DuckDB:
    (table, rows, file) of each written."""
    from dyadscope.store import Store
    from dyadscope.store.export import TABLES, row_counts
    from dyadscope.store.export import export_parquet as write

    names = [t.strip() for t in tables or () if t.strip()]
    unknown = [t for t in names if t not in TABLES]
    if unknown:
        raise UsageError("tables", f"unknown table {unknown[0]!r}: use any of {', '.join(TABLES)}")
    chosen = tuple(dict.fromkeys(names)) or TABLES
    target = Path(out)
    if target.exists() and not target.is_dir():
        raise UsageError("out", f"{target} is a file, not a folder")
    with Store(db or load_settings().db, read_only=True) as store:
        written = write(store, target, chosen)
        counts = row_counts(store, tuple(written))
    return [(name, counts[name], path) for name, path in written.items()]
