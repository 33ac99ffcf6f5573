"""Reading the store a page at a time, for the server: the pairs it holds, one page
of a pair's events or figures with the total, one document with its footnotes.

A page of events is cut from the matching rows' order, sorted once per store state and
filters (``page_index``), and only its own rows are read; a page of figures is cut in
SQL (``LIMIT ? OFFSET ?``). Every value a caller gives reaches a query as a parameter.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import Any

from dyadscope.model import Event, Observation
from dyadscope.store.page_index import EVENT_ORDER, file_state
from dyadscope.store.rows import row_to_event, row_to_observation
from dyadscope.store.store import Store, _add_pair, _event_filters

# the same day, document and sentence: the order the rows went in (rowid); an id (a
# digest) as the last key cost twice the sort time on a big pair (issue 13)
_EVENT_ORDER = "ORDER BY day NULLS LAST, doc_id, sent_start, rowid"


def pair_counts(store: Store) -> list[dict[str, Any]]:
    """Every pair (codes in alphabetical order) the stored events or figures name, with
    its number of events and figures and the first and last date: most events first."""
    rows = store.con.execute("""
WITH ev AS (
  SELECT least(actor1_code, actor2_code) AS a, greatest(actor1_code, actor2_code) AS b,
         count(*) AS events, min(date_start) AS first, max(date_start) AS last
  FROM events
  WHERE actor1_code IS NOT NULL AND actor2_code IS NOT NULL AND actor1_code <> actor2_code
  GROUP BY ALL
), ob AS (
  SELECT least(reporter, partner) AS a, greatest(reporter, partner) AS b,
         count(*) AS observations, min(period_start) AS first, max(period_start) AS last
  FROM observations
  WHERE reporter IS NOT NULL AND partner IS NOT NULL AND reporter <> partner
  GROUP BY ALL
)
SELECT coalesce(ev.a, ob.a), coalesce(ev.b, ob.b), coalesce(ev.events, 0),
       coalesce(ob.observations, 0), least(ev.first, ob.first), greatest(ev.last, ob.last)
FROM ev FULL OUTER JOIN ob ON ev.a = ob.a AND ev.b = ob.b
ORDER BY 3 DESC, 4 DESC, 1, 2""").fetchall()
    return [
        {"pair": (str(r[0]), str(r[1])), "events": int(r[2]), "observations": int(r[3]),
         "first": r[4], "last": r[5]}
        for r in rows
    ]  # fmt: skip


def event_page(
    store: Store,
    pair: tuple[str, str] | None,
    *,
    kinds: Sequence[str] = (),
    domains: Sequence[str] = (),
    since: str | None = None,
    until: str | None = None,
    limit: int,
    offset: int,
) -> tuple[int, list[Event]]:
    """(how many events match, the ``limit`` of them after ``offset``), oldest first."""
    where, params = _event_filters(pair, kinds, domains, since, until, None)
    state = file_state(store.path)

    def ordered() -> list[int]:
        rows = store.con.execute(
            f"SELECT rowid FROM events {where} {_EVENT_ORDER}", params
        ).fetchall()
        return [int(r[0]) for r in rows]

    if state is None:  # an in-memory store: nothing to keep
        ids = array("q", ordered())
    else:
        ids = EVENT_ORDER.get((str(store.path), state, where, tuple(params)), ordered)
    page = list(ids[offset : offset + limit])
    if not page:
        return len(ids), []
    cursor = store.con.execute("SELECT rowid AS _row, * FROM events WHERE rowid = ANY(?)", [page])
    by_row = {int(r.pop("_row")): r for r in _records(cursor)}
    return len(ids), [row_to_event(by_row[i]) for i in page if i in by_row]


def observation_page(
    store: Store, pair: tuple[str, str] | None, *, limit: int, offset: int
) -> tuple[int, list[Observation]]:
    """(how many figures the pair has, the ``limit`` of them after ``offset``)."""
    clauses: list[str] = []
    params: list[Any] = []
    _add_pair(clauses, params, ("reporter", "partner"), pair)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    row = store.con.execute(f"SELECT count(*) FROM observations {where}", params).fetchone()
    total = int(row[0]) if row else 0
    if offset >= total:
        return total, []
    cursor = store.con.execute(
        f"SELECT * FROM observations {where} ORDER BY day NULLS LAST, id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return total, [row_to_observation(r) for r in _records(cursor)]


def _records(cursor: Any) -> list[dict[str, Any]]:
    """A page's rows as dicts by column, straight from DuckDB: for a hundred rows,
    going through a pandas frame cost more than the query (issue 13)."""
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One stored document (its text and metadata) with its footnotes, or None."""
    row = store.con.execute(
        "SELECT id, source_path, media_type, title, author, date, url, text, copy_of "
        "FROM documents WHERE id = ?",
        [doc_id],
    ).fetchone()
    if row is None:
        return None
    keys = ("id", "source_path", "media_type", "title", "author", "date", "url", "text",
            "copy_of")  # fmt: skip
    found: dict[str, Any] = dict(zip(keys, row, strict=True))
    notes = store.con.execute(
        "SELECT label, text, url FROM citations WHERE doc_id = ?", [doc_id]
    ).fetchall()
    found["footnotes"] = sorted(
        ({"label": str(n[0]), "text": n[1], "url": n[2]} for n in notes),
        key=lambda n: (not n["label"].isdigit(), int(n["label"]) if n["label"].isdigit() else 0,
                       n["label"]),
    )  # fmt: skip
    return found
