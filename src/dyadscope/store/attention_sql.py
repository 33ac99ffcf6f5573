"""Attention in each side's press, as SQL for DuckDB or Spark: a proxy for awareness.

``attention_ab`` is the share of A's press coverage in the imported GDELT files
that is about B: mentions published by A's outlets of events whose actors
include B, over all mentions published by A's outlets in the period. It says
how much A's media wrote about B, not what A's public knows or thinks, and it
is never mixed with survey figures (``dyadscope.surveys``).

The unit is one mention: one article's mention of one event.

- A row of the mentions table (GDELT 2.0) is one, dated by its MentionTimeDate
  and published by its MentionSourceName's outlet.
- An imported GDELT event without any mention row in the store (GDELT 1.0, or
  2.0 events imported without their mentions files) is one, by the outlet of its
  SOURCEURL (the first article GDELT saw), dated by its DATEADDED (else its event
  day). NumArticles is not used as a weight: the other articles' outlets are
  unknown, and weighting would credit all of them to the first one. Events
  without a SOURCEURL (the 1.0 back-file) name no outlet and are left out.

The outlet's country comes from ``dyadscope.codes.outlets`` in Python: the
queries here return the hosts to resolve (``hosts_sql``), and the caller loads
the answers as a table ``OUTLET_TABLE`` (host, country) that ``render_sql``
joins. Nothing is written to the store at import time, so imports stay as fast
as before and a new outlets table applies to every store at once.

Periods are publication periods, numbered as in ``aggregate_sql`` (the year, or
year * 12 + month - 1); dates are compared as yyyymmdd numbers, so no date
function differs between the engines. Only a period with any volume is a row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dyadscope.store.aggregate_sql import label_expr
from dyadscope.store.aggregations import PERIODS, Dialect

OUTLET_TABLE = "_dy_outlet_countries"  # host VARCHAR, country VARCHAR (known ones only)
TABLES: tuple[str, ...] = ("events", "mentions")
COLUMNS: tuple[str, ...] = (
    "period",
    "attention_ab",
    "attention_ba",
    "mentions_ab",
    "mentions_ba",
    "volume_a",
    "volume_b",
    "unknown_share",
)
HIDDEN: tuple[str, ...] = ("volume_unknown", "volume_all")
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
# the host of a URL: scheme, optional user, then the name up to a port or path
# (no backslashes: Spark's string literals would read them as escapes)
_HOST = "^[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:]+)"
_DATEADDED = '"DATEADDED": ?"([0-9]{8})'


@dataclass(frozen=True, slots=True)
class AttentionQuery:
    """What to measure; validated so its values can be rendered as SQL literals."""

    pair: tuple[str, str]
    by: str = "year"
    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        if len(self.pair) != 2 or not all(_CODE.match(c) for c in self.pair):
            raise ValueError(f"pair must be two actor codes like AZE PAK, not {self.pair}")
        if self.pair[0] == self.pair[1]:
            raise ValueError(f"pair needs two different codes, not {self.pair[0]} twice")
        if self.by not in PERIODS:
            raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {self.by!r}")
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")


def _ymd(col: str) -> str:
    """A DATE or TIMESTAMP column as a yyyymmdd BIGINT."""
    return (f"(CAST(year({col}) AS BIGINT) * 10000 + CAST(month({col}) AS BIGINT) * 100 "
            f"+ CAST(dayofmonth({col}) AS BIGINT))")  # fmt: skip


def _period(by: str) -> str:
    """The period number of ``pub`` (yyyymmdd)."""
    year = "CAST(FLOOR(pub / 10000) AS BIGINT)"
    if by == "year":
        return year
    return f"{year} * 12 + CAST(FLOOR(pub / 100) AS BIGINT) % 100 - 1"


def _bounds(q: AttentionQuery) -> str:
    clauses = ["pub IS NOT NULL"]
    if q.since:
        clauses.append(f"pub >= {q.since.strftime('%Y%m%d')}")
    if q.until:
        clauses.append(f"pub <= {q.until.strftime('%Y%m%d')}")
    return " AND ".join(clauses)


def _items(q: AttentionQuery) -> str:
    """CTEs ending in ``dated``: one row per mention (src 'm') or mention-less event
    (src 'e'), with its outlet's host, the event key it mentions and its period."""
    return f"""mentioned AS (
  SELECT DISTINCT event_id FROM mentions WHERE event_id IS NOT NULL
),
items AS (
  SELECT 'm' AS src, lower(trim(source_name)) AS host, event_id AS ev,
    {_ymd('mention_time')} AS pub
  FROM mentions
  UNION ALL
  SELECT 'e' AS src, lower(regexp_extract(e.url, '{_HOST}', 1)) AS host, e.id AS ev,
    COALESCE(TRY_CAST(regexp_extract(e.extra, '{_DATEADDED}', 1) AS BIGINT), {_ymd('e.day')})
      AS pub
  FROM events e
  LEFT JOIN mentioned m1 ON m1.event_id = e.id
  LEFT JOIN mentioned m2 ON m2.event_id = e.row_id
  WHERE e.dataset LIKE 'gdelt%' AND e.url IS NOT NULL AND e.url <> ''
    AND m1.event_id IS NULL AND m2.event_id IS NULL
),
dated AS (
  SELECT src, host, ev, {_period(q.by)} AS p FROM items WHERE {_bounds(q)}
)"""


def hosts_sql(q: AttentionQuery, dialect: Dialect) -> str:
    """Per outlet host of the period's volume: ``n`` mentions, ``from_events`` of
    them counted from mention-less events, ``unlinked`` mention rows whose event is
    not in the store. The caller resolves each host's country."""
    del dialect  # the same text on both engines
    return f"""WITH {_items(q)},
known AS (
  SELECT id AS ev FROM events WHERE dataset LIKE 'gdelt%'
  UNION
  SELECT row_id AS ev FROM events WHERE dataset LIKE 'gdelt%' AND row_id IS NOT NULL
)
SELECT d.host AS host, COUNT(*) AS n,
  SUM(CASE WHEN d.src = 'e' THEN 1 ELSE 0 END) AS from_events,
  SUM(CASE WHEN d.src = 'm' AND k.ev IS NULL THEN 1 ELSE 0 END) AS unlinked
FROM dated d LEFT JOIN known k ON k.ev = d.ev
GROUP BY d.host"""


def render_sql(q: AttentionQuery, dialect: Dialect) -> str:
    """Attention of the pair per period: columns ``COLUMNS`` then ``HIDDEN``, one
    row per period with any volume, sorted. Needs the table ``OUTLET_TABLE``."""
    del dialect  # the same text on both engines
    a, b = (f"'{c}'" for c in q.pair)
    about = ", ".join(
        f"CASE WHEN actor1_code = {c} OR actor2_code = {c} THEN 1 ELSE 0 END AS about_{side}"
        for c, side in ((a, "a"), (b, "b"))
    )
    either = (f"dataset LIKE 'gdelt%' AND (actor1_code IN ({a}, {b}) "
              f"OR actor2_code IN ({a}, {b}))")  # fmt: skip
    return f"""WITH {_items(q)},
about AS (
  SELECT ev, MAX(about_a) AS about_a, MAX(about_b) AS about_b FROM (
    SELECT id AS ev, {about} FROM events WHERE {either}
    UNION ALL
    SELECT row_id AS ev, {about} FROM events WHERE {either} AND row_id IS NOT NULL
  ) k GROUP BY ev
),
cells AS (
  SELECT d.p AS p, COALESCE(o.country, '') AS country, COUNT(*) AS n,
    SUM(COALESCE(ab.about_a, 0)) AS n_about_a, SUM(COALESCE(ab.about_b, 0)) AS n_about_b
  FROM dated d
  LEFT JOIN {OUTLET_TABLE} o ON o.host = d.host
  LEFT JOIN about ab ON ab.ev = d.ev
  GROUP BY d.p, COALESCE(o.country, '')
),
per AS (
  SELECT p,
    SUM(CASE WHEN country = {a} THEN n_about_b ELSE 0 END) AS mentions_ab,
    SUM(CASE WHEN country = {b} THEN n_about_a ELSE 0 END) AS mentions_ba,
    SUM(CASE WHEN country = {a} THEN n ELSE 0 END) AS volume_a,
    SUM(CASE WHEN country = {b} THEN n ELSE 0 END) AS volume_b,
    SUM(CASE WHEN country = '' THEN n ELSE 0 END) AS volume_unknown,
    SUM(n) AS volume_all
  FROM cells GROUP BY p
)
SELECT {label_expr(q.by, 'p')} AS period,
  CAST(mentions_ab AS DOUBLE) / NULLIF(volume_a, 0) AS attention_ab,
  CAST(mentions_ba AS DOUBLE) / NULLIF(volume_b, 0) AS attention_ba,
  CAST(mentions_ab AS BIGINT) AS mentions_ab,
  CAST(mentions_ba AS BIGINT) AS mentions_ba,
  CAST(volume_a AS BIGINT) AS volume_a,
  CAST(volume_b AS BIGINT) AS volume_b,
  CAST(volume_unknown AS DOUBLE) / NULLIF(volume_all, 0) AS unknown_share,
  CAST(volume_unknown AS BIGINT) AS volume_unknown,
  CAST(volume_all AS BIGINT) AS volume_all
FROM per
ORDER BY p"""
