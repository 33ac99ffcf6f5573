"""Rows of the mentions table (GDELT 2.0 mention rows: who reported an event, when,
in what tone). Kept apart from Store so importers and tests share one writer."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from dyadscope.store.store import Store

MENTION_FIELDS: tuple[str, ...] = (
    "event_id",
    "dataset",
    "event_time",
    "mention_time",
    "mention_type",
    "source_name",
    "url",
    "sentence_id",
    "confidence",
    "doc_tone",
    "row_id",
)


def insert_mentions(store: Store, rows: Iterable[Mapping[str, Any]]) -> int:
    """Insert mention rows given as mappings keyed by ``MENTION_FIELDS`` (missing
    keys are NULL, unknown keys a ValueError); all or nothing. Returns the count."""
    records = [dict(row) for row in rows]
    for record in records:
        unknown = set(record) - set(MENTION_FIELDS)
        if unknown:
            raise ValueError(f"unknown mention field(s): {', '.join(sorted(unknown))}")
    if not records:
        return 0
    frame = pd.DataFrame.from_records(records, columns=list(MENTION_FIELDS))
    cols = ", ".join(MENTION_FIELDS)
    with store.transaction() as con:
        con.register("_mentions_in", frame)
        try:
            con.execute(f"INSERT INTO mentions ({cols}) SELECT {cols} FROM _mentions_in")
        finally:
            con.unregister("_mentions_in")
    return len(records)
