"""The aggregation as one SQL statement, for DuckDB or Spark (see ``aggregations``
for what each column means and the conventions behind them).

Periods are numbered in SQL (the year, or year * 12 + month - 1 by month) and
only the final SELECT turns the number into a label: a number compares, ranges
and splits the same way in both engines, and a series of numbers is the only
thing each engine needs its own spelling for.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.store.aggregations import (
    METRICS,
    SPLIT_COLUMN,
    AggregateQuery,
    Dialect,
    Metric,
    quote,
)
from dyadscope.store.trade_sql import trade_ctes

_YEAR = "CAST(year({col}) AS BIGINT)"
_MONTH = "CAST(year({col}) AS BIGINT) * 12 + month({col}) - 1"


def period_expr(by: str, col: str) -> str:
    """The period number of a DATE column."""
    return (_YEAR if by == "year" else _MONTH).format(col=col)


def label_expr(by: str, col: str) -> str:
    """The label of a period number: "2014" or "2014-05"."""
    if by == "year":
        return f"CAST({col} AS STRING)"
    return (f"CAST(CAST(FLOOR({col} / 12) AS BIGINT) AS STRING) || '-' || "
            f"lpad(CAST({col} % 12 + 1 AS STRING), 2, '0')")


def _bound(value: int | None) -> str:
    return "CAST(NULL AS BIGINT)" if value is None else f"CAST({value} AS BIGINT)"


def _day_filters(q: AggregateQuery) -> list[str]:
    clauses = ["day IS NOT NULL"]
    if q.since:
        clauses.append(f"day >= DATE '{q.since.isoformat()}'")
    if q.until:
        clauses.append(f"day <= DATE '{q.until.isoformat()}'")
    return clauses


def _select(metrics: Sequence[Metric], a: str, b: str) -> str:
    return ",\n    ".join(f"{m.expr.format(a=a, b=b)} AS {m.name}" for m in metrics)


# which rows a count counts: one per story (its most precise counted record), or
# every record except those of near-duplicate documents
COUNTED = {
    "stories": "counted AND story_rank = 1",
    "mentions": "NOT copied",
}
# the story columns of an events row ``e`` joined with ``stories st``, and the rank that
# picks the record standing for its story (the indicators' ranks use them too)
STORY_COLUMNS = """COALESCE(st.story, e.id) AS story,
    COALESCE(st.counted, TRUE) AS counted,
    COALESCE(st.copy, FALSE) AS copied,
    CASE e.date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'fiscal_year' THEN 2
      WHEN 'year' THEN 3 ELSE 4 END AS vagueness"""
STORY_RANK = "row_number() OVER (PARTITION BY story ORDER BY counted DESC, vagueness, id)"


def event_filters(q: AggregateQuery) -> list[str]:
    """The day bounds, domain and statuses of ``q`` as WHERE clauses on events."""
    clauses = _day_filters(q)
    if q.domain:
        clauses.append(f"domain = '{q.domain}'")
    if q.statuses is not None:
        clauses.append(f"(status IN ({quote(q.statuses)}) "
                       + ("OR status IS NULL)" if "actual" in q.statuses else ")"))
    return clauses


def _event_ctes(q: AggregateQuery, a: str, b: str, metrics: Sequence[Metric]) -> str:
    """CTEs ending in ``ev``: one row per period with data, one column per event metric."""
    either = (f"((actor1_code = {a} AND actor2_code = {b}) "
              f"OR (actor1_code = {b} AND actor2_code = {a}))")
    ev_where = [either, *event_filters(q)]
    ev_metrics = [m for m in metrics if m.source == "events"]
    return f"""mn_by_event AS (
  SELECT event_id, COUNT(*) AS n, SUM(doc_tone) AS tone_sum, COUNT(doc_tone) AS tone_n
  FROM mentions GROUP BY event_id
),
ev_base AS (
  SELECT {period_expr(q.by, 'day')} AS p, kind, plover, goldstein, quad_class,
    num_mentions, num_sources, num_articles, avg_tone, tiv, actor1_code, e.id AS id,
    COALESCE(m1.n, m2.n, 0) AS mention_n,
    COALESCE(m1.tone_sum, m2.tone_sum) AS mention_tone_sum,
    COALESCE(m1.tone_n, m2.tone_n, 0) AS mention_tone_n,
    {STORY_COLUMNS}
  FROM events e
  LEFT JOIN stories st ON st.event_id = e.id
  LEFT JOIN mn_by_event m1 ON m1.event_id = e.id
  LEFT JOIN mn_by_event m2 ON m2.event_id = e.row_id AND e.dataset LIKE 'gdelt%'
  WHERE {' AND '.join(ev_where)}
),
ev_ranked AS (
  SELECT *, {STORY_RANK} AS story_rank
  FROM ev_base
),
ev_rows AS (
  SELECT *, CASE WHEN {COUNTED[q.count]} THEN 1 ELSE 0 END AS rep FROM ev_ranked
),
ev_cells AS (
  SELECT p, kind, plover, quad_class, actor1_code,
    SUM(rep) AS n, SUM(CASE WHEN rep = 1 THEN goldstein END) AS goldstein_sum,
    SUM(CASE WHEN rep = 1 AND goldstein IS NOT NULL THEN 1 ELSE 0 END) AS goldstein_n,
    SUM(num_mentions) AS num_mentions, COUNT(num_mentions) AS num_mentions_n,
    SUM(num_sources) AS num_sources, SUM(num_articles) AS num_articles,
    SUM(avg_tone * num_articles) AS tone_weighted,
    SUM(CASE WHEN avg_tone IS NOT NULL THEN num_articles END) AS tone_articles,
    SUM(tiv) AS tiv, SUM(mention_n) AS mention_n,
    SUM(mention_tone_sum) AS mention_tone_sum, SUM(mention_tone_n) AS mention_tone_n
  FROM ev_rows GROUP BY p, kind, plover, quad_class, actor1_code
),
ev AS (
  SELECT p,
    {_select(ev_metrics, a, b)}
  FROM ev_cells GROUP BY p
)"""


def render_sql(
    q: AggregateQuery, dialect: Dialect, metrics: Sequence[Metric] = METRICS
) -> str:
    """The whole aggregation as one SQL statement over tables events, observations
    and mentions; returns columns ``COLUMNS`` then ``SPLIT_COLUMN``, one row per
    period from the first to the last (see ``aggregations``), sorted. ``metrics``:
    another set of columns over the same cells (the indicators' series)."""
    a, b = (f"'{c}'" for c in q.pair)
    since, until = q.period_of(q.since), q.period_of(q.until)

    def final(m: Metric) -> str:
        col = f"ev.{m.name}" if m.source == "events" else m.expr
        if m.fill is not None:
            col = f"COALESCE({col}, {m.fill})"
        return f"CAST({col} AS {'BIGINT' if m.integer else 'DOUBLE'}) AS {m.name}"

    outputs = ",\n  ".join(final(m) for m in metrics)
    series = dialect.series.format(lo="lo", hi="hi")
    return f"""WITH {_event_ctes(q, a, b, metrics)},
{trade_ctes(q, dialect, (since, until))},
data_periods AS (
  SELECT p FROM ev UNION ALL SELECT p FROM tr
),
bounds AS (
  SELECT COALESCE({_bound(since)}, MIN(p)) AS lo, COALESCE({_bound(until)}, MAX(p)) AS hi
  FROM data_periods
),
calendar AS (
  SELECT {series} AS p FROM bounds WHERE lo <= hi
)
SELECT {label_expr(q.by, 'c.p')} AS period,
  {outputs},
  tr.splits AS {SPLIT_COLUMN}
FROM calendar c
LEFT JOIN ev ON ev.p = c.p
LEFT JOIN tr ON tr.p = c.p
ORDER BY c.p"""
