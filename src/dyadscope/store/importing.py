"""Import data-set files into the store: read in place, map in SQL, quarantine bad rows.

What is specific to a data set (its layouts, its SQL, its code tables) is in its
module under ``dyadscope.importers``; this runs any data set's hooks alike.
Each file is one transaction: an interrupted folder import, run again, skips the
files already done (recognised by fingerprint and filter) and completes the rest.
Malformed rows never stop an import; the CSV reader rejects them with their line
number and the reason, and they go to the quarantine table.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import duckdb

from dyadscope.errors import DyadscopeError, InputError
from dyadscope.importers import Source, detect, get_source
from dyadscope.importers.files import expand, facts, plain_file
from dyadscope.importers.layout import Layout, Target
from dyadscope.importers.source import Prepared
from dyadscope.importers.sql import REJECT_SCANS, REJECTS, Filters
from dyadscope.model import Rejection
from dyadscope.periods import first_day, last_day
from dyadscope.store.import_session import import_session
from dyadscope.store.store import Store

MAX_CONTENT = 4000  # characters of a quarantined line kept as its content
_WIDTH_ERRORS = ("MISSING COLUMNS", "TOO MANY COLUMNS")
# the column that tells a row already stored, per target table
_ROW_KEY: dict[Target, str] = {"events": "id", "mentions": "row_id", "observations": "id"}


@dataclass(slots=True)
class FileResult:
    """What happened to one file."""

    path: str
    status: str  # imported | already imported | failed
    layout: str = ""
    rows_read: int = 0
    imported: int = 0
    skipped: int = 0
    quarantined: int = 0
    seconds: float = 0.0
    message: str = ""

    @property
    def rows_per_second(self) -> float:
        return self.rows_read / self.seconds if self.seconds > 0 else 0.0


@dataclass(slots=True)
class ImportSummary:
    """Per-file results and totals of one ``import_dataset`` call."""

    source: str
    filters: str
    files: list[FileResult] = field(default_factory=list)

    def total(self, attribute: str) -> int:
        return sum(int(getattr(f, attribute)) for f in self.files)

    @property
    def seconds(self) -> float:
        return sum(f.seconds for f in self.files)

    @property
    def rows_per_second(self) -> float:
        rows = self.total("rows_read")
        return rows / self.seconds if self.seconds > 0 else 0.0


def parse_bound(value: str | None, *, end: bool) -> date | None:
    """``YYYY[-MM[-DD]]`` as the first (or, with ``end``, last) day it can mean."""
    if value is None:
        return None
    try:
        return last_day(value) if end else first_day(value)
    except ValueError as exc:
        raise DyadscopeError(str(exc)) from None


def import_dataset(
    store: Store,
    source: str,
    paths: Sequence[Path],
    *,
    pair: tuple[str, str] | None = None,
    since: str | None = None,
    until: str | None = None,
    on_file: Callable[[FileResult], None] | None = None,
) -> ImportSummary:
    """Import data-set files (or folders of them) for ``source`` into ``store``.

    ``on_file`` is called with each file's result as soon as it is done (progress);
    an unknown ``source`` raises ``UnknownSource`` listing the known ones.
    """
    found = get_source(source)
    filters = Filters(
        pair=(pair[0].upper(), pair[1].upper()) if pair else None,
        since=parse_bound(since, end=False),
        until=parse_bound(until, end=True),
    )
    files = expand([Path(p) for p in paths])
    summary = ImportSummary(source=source, filters=filters.describe())
    with import_session(store.con, found.lookups):
        for path in files:
            summary.files.append(_import_file(store, found, path, filters))
            if on_file is not None:
                on_file(summary.files[-1])
    return summary


def _done_before(con: duckdb.DuckDBPyConnection, fingerprint: str, filters: Filters) -> str | None:
    """'same' if this file was imported with these (or no) filters; 'other' if with
    other filters (rows may overlap: insert only new ids); None if never."""
    rows = con.execute("SELECT layout FROM imports WHERE fingerprint = ?", [fingerprint]).fetchall()
    if not rows:
        return None
    wanted = {f"filter: {filters.describe()}", "filter: all"}
    for (layout,) in rows:
        if any(str(layout).endswith(w) for w in wanted):
            return "same"
    return "other"


def _size_seen(con: duckdb.DuckDBPyConnection, size: int) -> bool:
    """Whether any file of this size was imported (fingerprints start with the size)."""
    row = con.execute(
        "SELECT 1 FROM imports WHERE starts_with(fingerprint, ?) LIMIT 1", [f"{size}:"]
    ).fetchone()
    return row is not None


def _import_file(store: Store, source: Source, path: Path, filters: Filters) -> FileResult:
    """Import one file in one transaction.

    The fingerprint (size + SHA-256 of the whole file) is computed in a thread while
    DuckDB reads the file, unless a file of the same size was imported before: only
    then can this be a repeat, and the hash must be known before anything is read.
    """
    con = store.con
    started = time.perf_counter()
    display = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        return _failed(store, display, f"cannot read ({exc.strerror or exc})", started)
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="dyadscope-hash") as pool:
        hashing = pool.submit(facts, path)
        previous = None
        try:
            if _size_seen(con, size):
                previous = _done_before(con, hashing.result().fingerprint, filters)
                if previous == "same":
                    return FileResult(
                        display, "already imported", message="same content imported before"
                    )
            with plain_file(path) as plain:
                counting = hashing if plain == path else pool.submit(facts, plain)
                layout = detect(source.name, plain, display)
                result = FileResult(display, "imported", layout=layout.name)
                with store.transaction():
                    _load(
                        store,
                        source,
                        plain,
                        display,
                        layout,
                        filters,
                        result,
                        lambda: counting.result().lines,
                        previous,
                    )
                    con.execute(
                        "INSERT INTO imports (dataset, path, fingerprint, layout, rows_read, "
                        "rows_imported, rows_skipped, rows_quarantined) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [
                            layout.dataset,
                            display,
                            hashing.result().fingerprint,
                            f"{layout.name}; filter: {filters.describe()}",
                            result.rows_read,
                            result.imported,
                            result.skipped,
                            result.quarantined,
                        ],
                    )
        except OSError as exc:
            return _failed(store, display, f"cannot read ({exc.strerror or exc})", started)
        except InputError as exc:
            return _failed(store, display, exc.reason, started)
        except duckdb.Error as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            return _failed(store, display, f"cannot be read as this layout ({reason})", started)
    result.seconds = time.perf_counter() - started
    return result


def _failed(store: Store, display: str, reason: str, started: float) -> FileResult:
    """Quarantine a whole file (once: a re-run does not repeat the same entry)."""
    known = store.con.execute(
        "SELECT count(*) FROM quarantine WHERE path = ? AND line IS NULL AND reason = ?",
        [display, reason],
    ).fetchall()[0][0]
    if not known:
        store.quarantine([Rejection(path=display, reason=reason, stage="import")])
    return FileResult(
        display, "failed", quarantined=1, message=reason, seconds=time.perf_counter() - started
    )


def _load(
    store: Store,
    source: Source,
    plain: Path,
    display: str,
    layout: Layout,
    filters: Filters,
    result: FileResult,
    count_lines: Callable[[], int],
    previous: str | None,
) -> None:
    """Insert the file's rows and quarantine its rejects; fills in ``result``.

    ``count_lines`` is called once the rows are in (the count may still be running).
    """
    con = store.con
    header_lines = layout.skip + (1 if layout.header else 0)
    prepared = source.prepare(plain, layout) if source.prepare else Prepared(plain)
    read_path, line_map, lines = prepared.path, prepared.line_map, prepared.lines
    cleanup = read_path if read_path != plain else None
    try:
        rejects = _insert(con, source, str(read_path), layout, filters, result, previous)
        if layout.alternate is not None and any(r[1] in _WIDTH_ERRORS for r in rejects):
            first = {r[0]: r for r in rejects}
            second = _insert(
                con, source, str(read_path), layout.alternate, filters, result, previous
            )
            result.layout = f"{layout.name} + {layout.alternate.name}"
            rejects = _merge_rejects(first, {r[0]: r for r in second})
    finally:
        if cleanup is not None:
            cleanup.unlink(missing_ok=True)
    rejections = [
        Rejection(
            path=display,
            line=line_map[line - 1] if line_map and 0 < line <= len(line_map) else line,
            reason=f"{kind.lower()}: {message}",
            content=content,
            stage="import",
        )
        for line, kind, message, content in rejects
    ]
    result.quarantined = len(rejections)
    store.quarantine(rejections)  # inside the file's transaction
    if lines is None:
        lines = count_lines()
    result.rows_read = max(lines - header_lines, 0)
    result.skipped = max(result.rows_read - result.imported - result.quarantined, 0)


def _merge_rejects(
    first: dict[int, tuple[int, str, str, str]], second: dict[int, tuple[int, str, str, str]]
) -> list[tuple[int, str, str, str]]:
    """Lines neither layout could read; a cast error explains a line better than
    the column count the other layout expected."""
    merged = []
    for line in sorted(first.keys() & second.keys()):
        a, b = first[line], second[line]
        merged.append(b if a[1] != "CAST" and b[1] == "CAST" else a)
    return merged


def _insert(
    con: duckdb.DuckDBPyConnection,
    source: Source,
    path: str,
    layout: Layout,
    filters: Filters,
    result: FileResult,
    previous: str | None,
) -> list[tuple[int, str, str, str]]:
    """Run one INSERT ... SELECT over the file; returns (line, type, message, content)
    of the rows the reader rejected."""
    con.execute(f"DROP TABLE IF EXISTS {REJECTS}")
    con.execute(f"DROP TABLE IF EXISTS {REJECT_SCANS}")
    table, key = layout.target, _ROW_KEY[layout.target]
    select = source.select(path, layout, filters)
    if previous == "other":
        select = f"SELECT * FROM ({select}) AS s WHERE s.{key} NOT IN (SELECT {key} FROM {table})"
    inserted = con.execute(f"INSERT INTO {table} BY NAME {select}").fetchall()
    result.imported += int(inserted[0][0]) if inserted else 0
    try:
        rows = con.execute(
            f"SELECT line, CAST(error_type AS VARCHAR), error_message, csv_line "
            f"FROM {REJECTS} ORDER BY line"
        ).fetchall()
    except duckdb.CatalogException:
        return []
    seen: dict[int, tuple[int, str, str, str]] = {}
    for line, kind, message, content in rows:
        text = _short(str(message))
        if text.endswith('".'):  # DuckDB names the column but not the value: it was empty
            text += " The value is empty or missing."
        raw = str(content).strip("\r\n")
        if len(raw) > MAX_CONTENT:
            raw = raw[:MAX_CONTENT] + f"... ({len(raw):,} characters)"
        seen.setdefault(int(line), (int(line), str(kind), text, raw))
    return list(seen.values())


def _short(message: str) -> str:
    first = message.strip().splitlines()[0] if message.strip() else ""
    return first[:300]
