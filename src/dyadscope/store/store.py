"""The DuckDB store: one file, opened per command, written in transactions.

Only this package knows SQL. Stages hand it model records; it hands back
model records or pandas DataFrames.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from dyadscope.errors import StoreError
from dyadscope.model import (
    Citation,
    Document,
    Estimate,
    Event,
    Observation,
    Rejection,
    Sentence,
)
from dyadscope.store.estimate_rows import ESTIMATE_FIELDS, estimate_to_row, row_to_estimate
from dyadscope.store.rows import (
    EVENT_FIELDS,
    OBSERVATION_FIELDS,
    event_to_row,
    observation_to_row,
    row_to_event,
    row_to_observation,
)
from dyadscope.store.schema import DDL, SCHEMA_VERSION


class Store:
    """A dyadscope store file. Use as a context manager, or call ``close``."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path) if str(path) != ":memory:" else None
        if self.path is not None and not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        if read_only and self.path is not None and not self.path.exists():
            raise StoreError(f"{self.path}: no store here yet (run `dyadscope ingest` first)")
        try:
            self.con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot open the store ({exc})") from exc
        # a long query must not draw DuckDB's own bar into a terminal or a piped CSV
        self.con.execute("SET enable_progress_bar = false")
        if not read_only:
            for statement in DDL:
                self.con.execute(statement)
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All or nothing: a failure inside leaves the store as it was."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # --- documents -------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        row = self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row is not None

    def save_document(
        self,
        doc: Document,
        sentences: Sequence[Sentence],
        citations: Iterable[Citation],
        events: Iterable[Event],
        observations: Iterable[Observation],
        *,
        signature: str | None = None,
        copy_of: str | None = None,
    ) -> bool:
        """Store a document and its records; returns False if it was already stored.
        ``signature``: its near-duplicate fingerprint (JSON), for later documents to
        be compared with; ``copy_of``: the stored document it is a near-duplicate of."""
        if self.has_document(doc.id):
            return False
        with self.transaction() as con:
            con.execute(
                "INSERT INTO documents (id, source_path, media_type, title, author, date, url, "
                "text, warnings, signature, copy_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    doc.id,
                    doc.source_path,
                    doc.media_type,
                    doc.title,
                    doc.author,
                    doc.date,
                    doc.url,
                    doc.text,
                    json.dumps(list(doc.warnings)),
                    signature,
                    copy_of,
                ],
            )
            sentence_rows = [
                (s.doc_id, s.index, s.start, s.end, s.text, s.page, s.repeat_of) for s in sentences
            ]
            if sentence_rows:
                con.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?, ?)", sentence_rows)
            cite_rows = [(doc.id, c.label, c.text, c.url) for c in citations]
            if cite_rows:
                con.executemany("INSERT INTO citations VALUES (?, ?, ?, ?)", cite_rows)
            self._insert_rows("events", EVENT_FIELDS, [event_to_row(e) for e in events])
            self._insert_rows(
                "observations", OBSERVATION_FIELDS, [observation_to_row(o) for o in observations]
            )
        return True

    def document_signatures(
        self, make: Callable[[str], str] | None = None
    ) -> list[tuple[str, str | None, str | None]]:
        """(id, source path, signature JSON) of the stored documents that are not
        copies themselves, first stored first: what a new document is compared with.
        Documents stored before signatures existed get one from ``make(text)``, saved."""
        rows = self.con.execute(
            "SELECT id, source_path, signature, CASE WHEN signature IS NULL THEN text END "
            "FROM documents WHERE copy_of IS NULL ORDER BY ingested_at, id"
        ).fetchall()
        missing = [(make(r[3] or ""), r[0]) for r in rows if r[2] is None] if make else []
        if missing:
            with self.transaction() as con:
                con.executemany("UPDATE documents SET signature = ? WHERE id = ?", missing)
            made = {doc_id: sig for sig, doc_id in missing}
            rows = [(r[0], r[1], made.get(r[0], r[2]), None) for r in rows]
        return [(str(r[0]), r[1], r[2]) for r in rows]

    def insert_events(self, events: Iterable[Event]) -> int:
        rows = [event_to_row(e) for e in events]
        with self.transaction():
            self._insert_rows("events", EVENT_FIELDS, rows)
        return len(rows)

    def insert_observations(self, observations: Iterable[Observation]) -> int:
        rows = [observation_to_row(o) for o in observations]
        with self.transaction():
            self._insert_rows("observations", OBSERVATION_FIELDS, rows)
        return len(rows)

    def _insert_rows(self, table: str, fields: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        frame = pd.DataFrame.from_records(rows, columns=list(fields))
        self.con.register("_incoming", frame)
        try:
            cols = ", ".join(fields)
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _incoming")
        finally:
            self.con.unregister("_incoming")

    # --- quarantine ------------------------------------------------------------

    def quarantine(self, rejections: Iterable[Rejection]) -> int:
        rows = [(r.path, r.line, r.stage, r.reason, r.content) for r in rejections]
        if rows:
            self.con.executemany(
                "INSERT INTO quarantine (path, line, stage, reason, content) "
                "VALUES (?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows)

    def quarantined(self) -> pd.DataFrame:
        return self.con.execute("SELECT * FROM quarantine ORDER BY quarantined_at, path, line").df()

    # --- queries ---------------------------------------------------------------

    def events_frame(
        self,
        pair: tuple[str, str] | None = None,
        *,
        kinds: Sequence[str] = (),
        domains: Sequence[str] = (),
        since: str | None = None,
        until: str | None = None,
        datasets: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> pd.DataFrame:
        """Events as a DataFrame, filtered; ``pair`` matches either direction."""
        where, params = _event_filters(pair, kinds, domains, since, until, datasets)
        sql = f"SELECT * FROM events {where} ORDER BY day NULLS LAST, doc_id, sent_start, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.con.execute(sql, params).df()

    def events(self, pair: tuple[str, str] | None = None, **filters: Any) -> list[Event]:
        frame = self.events_frame(pair, **filters)
        return [row_to_event(row) for row in frame.to_dict("records")]

    def observations_frame(
        self,
        pair: tuple[str, str] | None = None,
        *,
        indicators: Sequence[str] = (),
        since: str | None = None,
        until: str | None = None,
    ) -> pd.DataFrame:
        clauses: list[str] = []
        params: list[Any] = []
        _add_pair(clauses, params, ("reporter", "partner"), pair)
        _add_in(clauses, params, "indicator", indicators)
        _add_period(clauses, params, "period_start", since, until)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return self.con.execute(
            f"SELECT * FROM observations {where} ORDER BY day NULLS LAST, id", params
        ).df()

    def observations(
        self, pair: tuple[str, str] | None = None, **filters: Any
    ) -> list[Observation]:
        frame = self.observations_frame(pair, **filters)
        return [row_to_observation(row) for row in frame.to_dict("records")]

    def documents_frame(self) -> pd.DataFrame:
        return self.con.execute(
            "SELECT id, source_path, media_type, title, author, date, url, ingested_at "
            "FROM documents ORDER BY ingested_at, id"
        ).df()

    # --- survey estimates ----------------------------------------------------------

    def save_estimates(self, estimates: Iterable[Estimate]) -> int:
        """Store survey figures; one with the id of a stored one replaces it (importing
        the same figure again, e.g. with a corrected pair or fieldwork, adds no copy)."""
        rows = [estimate_to_row(e) for e in estimates]
        if not rows:
            return 0
        with self.transaction() as con:
            con.execute(
                "DELETE FROM estimates WHERE id IN (SELECT unnest(?))", [[r[0] for r in rows]]
            )
            marks = ", ".join("?" for _ in ESTIMATE_FIELDS)
            con.executemany(
                f"INSERT INTO estimates ({', '.join(ESTIMATE_FIELDS)}) VALUES ({marks})", rows
            )
        return len(rows)

    def estimates(self, pair: tuple[str, str] | None = None) -> list[Estimate]:
        """Survey figures linked to ``pair`` (either direction; every one without),
        oldest fieldwork first. Empty when the store has no survey data for the pair."""
        clauses: list[str] = []
        params: list[Any] = []
        _add_pair(clauses, params, ("actor1_code", "actor2_code"), pair)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        cursor = self.con.execute(
            f"SELECT {', '.join(ESTIMATE_FIELDS)} FROM estimates {where} ORDER BY "
            "fieldwork_start NULLS LAST, survey, question, answer, population, "
            "group_label NULLS FIRST, id",
            params,
        )
        return [row_to_estimate(dict(zip(ESTIMATE_FIELDS, row, strict=True)))
                for row in cursor.fetchall()]  # fmt: skip

    # --- stories and copies -------------------------------------------------------

    def replace_stories(self, frame: pd.DataFrame) -> int:
        """Set the story of each event (columns event_id, story, counted, copy),
        replacing what those events had; other events keep theirs."""
        if frame.empty:
            return 0
        with self.transaction() as con:
            con.register("_dy_stories", frame[["event_id", "story", "counted", "copy"]])
            con.execute("DELETE FROM stories WHERE event_id IN (SELECT event_id FROM _dy_stories)")
            con.execute(
                "INSERT INTO stories SELECT event_id, story, counted, copy FROM _dy_stories"
            )
            con.unregister("_dy_stories")
        return len(frame)

    def story_inputs(self, pairs: Sequence[tuple[str, str]] | None = None) -> pd.DataFrame:
        """What grouping events into stories looks at, for the events between any of
        ``pairs`` (every event without)."""
        where = ""
        params: list[Any] = []
        if pairs is not None:
            if not pairs:
                return self.con.execute(f"SELECT {_STORY_COLUMNS} FROM events LIMIT 0").df()
            keys = sorted({"|".join(sorted(p)) for p in pairs})
            where = (
                "WHERE least(actor1_code, actor2_code) || '|' || "
                "greatest(actor1_code, actor2_code) IN (SELECT unnest(?))"
            )
            params = [keys]
        return self.con.execute(f"SELECT {_STORY_COLUMNS} FROM events {where}", params).df()

    def stories(self, pair: tuple[str, str] | None = None) -> dict[str, tuple[str, bool]]:
        """Event id -> (story id, counted) for the events of ``pair`` (all without one)."""
        where, params = _event_filters(pair, (), (), None, None, None)
        rows = self.con.execute(
            f"SELECT s.event_id, s.story, s.counted FROM stories s JOIN "
            f"(SELECT id FROM events {where}) e ON e.id = s.event_id",
            params,
        ).fetchall()
        return {str(r[0]): (str(r[1]), bool(r[2])) for r in rows}

    def document_copies(self) -> dict[str, str]:
        """Document id -> the id of the document it is a near-duplicate of."""
        rows = self.con.execute(
            "SELECT id, copy_of FROM documents WHERE copy_of IS NOT NULL"
        ).fetchall()
        return {str(r[0]): str(r[1]) for r in rows}

    def actor_codes(self) -> set[str]:
        """Every actor code the stored events and figures name: what a filter may ask for."""
        rows = self.con.execute(
            "SELECT actor1_code FROM events UNION SELECT actor2_code FROM events "
            "UNION SELECT reporter FROM observations UNION SELECT partner FROM observations"
        ).fetchall()
        return {str(row[0]) for row in rows if row[0]}

    def counts(self) -> dict[str, int]:
        tables = ("documents", "sentences", "events", "observations", "mentions", "quarantine")
        out: dict[str, int] = {}
        for table in tables:
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out


_STORY_COLUMNS = (
    "id, kind, actor1_code, actor2_code, date_start, date_end, date_precision, status, "
    "doc_id, dataset, quantities"
)


def _event_filters(
    pair: tuple[str, str] | None,
    kinds: Sequence[str],
    domains: Sequence[str],
    since: str | None,
    until: str | None,
    datasets: Sequence[str] | None,
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    _add_pair(clauses, params, ("actor1_code", "actor2_code"), pair, others="others")
    _add_in(clauses, params, "kind", kinds)
    _add_in(clauses, params, "domain", domains)
    _add_period(clauses, params, "date_start", since, until)
    if datasets is not None:
        named = [d for d in datasets if d != "documents"]
        parts = []
        if named:
            parts.append(f"dataset IN ({', '.join('?' for _ in named)})")
            params += named
        if "documents" in datasets:
            parts.append("dataset IS NULL")
        clauses.append("(" + " OR ".join(parts or ["FALSE"]) + ")")
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return where, params


def _add_pair(
    clauses: list[str],
    params: list[Any],
    cols: tuple[str, str],
    pair: tuple[str, str] | None,
    *,
    others: str | None = None,
) -> None:
    """Either direction: (A, B) matches rows A->B and B->A; with ``others`` (the JSON
    column of further parties) also a several-party event that names both."""
    if pair:
        a, b = cols
        either = f"({a} = ? AND {b} = ?) OR ({a} = ? AND {b} = ?)"
        params += [pair[0], pair[1], pair[1], pair[0]]
        if others is not None:
            parties = f"list_concat([{a}, {b}], json_extract_string({others}, '$[*].code'))"
            either += f" OR ({others} <> '[]' AND list_has_all({parties}, [?, ?]))"
            params += [pair[0], pair[1]]
        clauses.append(f"({either})")


def _add_in(clauses: list[str], params: list[Any], col: str, values: Sequence[str]) -> None:
    if values:
        clauses.append(f"{col} IN ({', '.join('?' for _ in values)})")
        params += list(values)


def _add_period(
    clauses: list[str], params: list[Any], col: str, since: str | None, until: str | None
) -> None:
    """Truncated ISO dates compare as text; "until 2014" includes all of 2014."""
    if since:
        clauses.append(f"{col} >= ?")
        params.append(since)
    if until:
        clauses.append(f"{col} <= ?")
        params.append(until + "\uffff")
