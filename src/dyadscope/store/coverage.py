"""What each source in a store gave for a pair: the counts behind the brief's
coverage note ("GDELT: no AZE-PAK rows in the 3 imported files")."""

from __future__ import annotations

from dataclasses import dataclass

from dyadscope.store.store import Store, _add_pair, _add_period, _event_filters


@dataclass(frozen=True, slots=True)
class SourceCount:
    """One source: ``dataset`` None for the ingested documents. ``files`` and ``rows``
    are what was read in all (for documents: the documents, and those that tell the
    pair anything); ``events`` and ``figures`` are the pair's."""

    dataset: str | None
    files: int
    rows: int
    events: int
    figures: int


def source_counts(
    store: Store, pair: tuple[str, str], since: str | None = None, until: str | None = None
) -> list[SourceCount]:
    """Documents first, then every data set imported or holding the pair's records."""
    where, params = _event_filters(pair, (), (), since, until, None)
    events = dict(store.con.execute(
        f"SELECT coalesce(dataset, ''), count(*) FROM events {where} GROUP BY 1", params
    ).fetchall())  # fmt: skip
    clauses: list[str] = []
    obs_params: list[object] = []
    _add_pair(clauses, obs_params, ("reporter", "partner"), pair)
    _add_period(clauses, obs_params, "period_start", since, until)
    obs_where = " AND ".join(clauses)
    figures = dict(store.con.execute(
        f"SELECT coalesce(dataset, ''), count(*) FROM observations WHERE {obs_where} GROUP BY 1",
        obs_params,
    ).fetchall())  # fmt: skip
    imported = {
        str(r[0]): (int(r[1]), int(r[2] or 0))
        for r in store.con.execute(
            "SELECT dataset, count(DISTINCT path), sum(rows_imported) FROM imports "
            "WHERE dataset IS NOT NULL GROUP BY 1"
        ).fetchall()
    }
    row = store.con.execute("SELECT count(*) FROM documents").fetchone()
    documents = int(row[0]) if row else 0
    telling = store.con.execute(
        f"SELECT count(*) FROM (SELECT doc_id FROM events {where} AND dataset IS NULL "
        f"UNION SELECT doc_id FROM observations WHERE {obs_where} AND dataset IS NULL)",
        [*params, *obs_params],
    ).fetchone()
    out = [SourceCount(None, documents, int(telling[0]) if telling else 0,
                       int(events.get("", 0)), int(figures.get("", 0)))]  # fmt: skip
    for name in sorted(set(imported) | {str(k) for k in (*events, *figures) if k}):
        files, rows = imported.get(name, (0, 0))
        out.append(SourceCount(name, files, rows, int(events.get(name, 0)),
                               int(figures.get(name, 0))))  # fmt: skip
    return out
