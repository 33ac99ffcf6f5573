"""SQL text shared by the data-set mappings: the CSV reader call, literals, filters.

Only strings are built here; the store runs them. Each data set's SELECT reads its
file in place with ``read_csv``, so malformed rows are rejected by the reader with
their line number into ``REJECTS``, which the store moves to the quarantine.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from dyadscope.importers.layout import Layout

REJECTS = "_dy_rejects"
REJECT_SCANS = "_dy_reject_scans"


@dataclass(frozen=True, slots=True)
class Filters:
    """What to keep: a dyad (either direction) and an inclusive date range."""

    pair: tuple[str, str] | None = None
    since: date | None = None
    until: date | None = None

    def describe(self) -> str:
        parts = []
        if self.pair:
            parts.append("pair=" + ",".join(sorted(self.pair)))
        if self.since:
            parts.append(f"since={self.since.isoformat()}")
        if self.until:
            parts.append(f"until={self.until.isoformat()}")
        return " ".join(parts) or "all"


def lit(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def col(name: str) -> str:
    """A source column reference of the read relation ``r``."""
    return "r." + ident(name)


def read_csv(path: str, layout: Layout) -> str:
    """The ``read_csv`` call for ``layout``: explicit columns, rejects stored."""
    columns = ", ".join(f"{lit(n)}: {lit(t)}" for n, t in layout.columns)
    opts = [
        f"delim={lit(layout.delim)}",
        f"header={'true' if layout.header else 'false'}",
        f"quote={lit(layout.quote)}",
        f"escape={lit(layout.quote)}",
        f"encoding={lit(layout.encoding)}",
        "auto_detect=false",
        f"columns={{{columns}}}",
        "store_rejects=true",
        f"rejects_table={lit(REJECTS)}",
        f"rejects_scan={lit(REJECT_SCANS)}",
        "max_line_size=4194304",
    ]
    if layout.skip:
        opts.append(f"skip={layout.skip}")
    if layout.dateformat:
        opts.append(f"dateformat={lit(layout.dateformat)}")
    if layout.not_null:
        opts.append("force_not_null=[" + ", ".join(lit(n) for n in layout.not_null) + "]")
    opts.append("nullstr=[" + ", ".join(lit(n) for n in layout.nullstr) + "]")
    return f"read_csv({lit(path)}, {', '.join(opts)})"


def stable_id_sql(dataset: str, row_id_sql: str, *, plain: bool = False) -> str:
    """SQL equal to ``model.stable_id(dataset, row_id)`` for ASCII row ids.

    ``plain``: the row id needs no JSON escaping (a number cast to text), so the
    payload is a constant prefix and suffix around it, not two JSON encodings a row.
    """
    if plain:
        prefix = json.dumps([dataset, ""])[:-2]  # '["gdelt2", "'
        payload = f"{lit(prefix)} || {row_id_sql} || '\"]'"
    else:
        payload = f"'[' || to_json({lit(dataset)}::VARCHAR) || ', ' || to_json({row_id_sql}) || ']'"
    return f"substr(sha256({payload}), 1, 16)"


def pair_sql(a: str, b: str, pair: tuple[str, str]) -> str:
    """Either direction of the dyad on two code expressions."""
    x, y = lit(pair[0]), lit(pair[1])
    return f"(({a} = {x} AND {b} = {y}) OR ({a} = {y} AND {b} = {x}))"


def date_range_sql(expr: str, filters: Filters) -> list[str]:
    clauses = []
    if filters.since:
        clauses.append(f"{expr} >= DATE {lit(filters.since.isoformat())}")
    if filters.until:
        clauses.append(f"{expr} <= DATE {lit(filters.until.isoformat())}")
    return clauses


def day_event_columns(event_date: str, dataset: str, row_id: str, extra: str) -> dict[str, str]:
    """The columns every day-dated data-set event row fills alike (ICEWS, POLECAT)."""
    day = f"strftime({event_date}, '%Y-%m-%d')"
    return {
        "others": "'[]'",
        "date_start": day,
        "date_precision": "'day'",
        "date_text": day,
        "day": event_date,
        "quantities": "'[]'",
        "citations": "'[]'",
        "dataset": lit(dataset),
        "row_id": row_id,
        "confidence": "0.5",
        "extra": f"CAST(json_object({extra}) AS VARCHAR)",
    }
