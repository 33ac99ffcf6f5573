"""The trade part of the aggregation SQL: stated figures to one row per period.

Each figure's period becomes a span of month numbers (year * 12 + month - 1),
``m0`` to ``m1``; a span no longer than one output period touches one or two
periods, so a figure splits into at most two parts and no engine-specific
row generator is needed (a UNION ALL of the first and the second part). The
rules themselves are stated in ``aggregations``.
"""

from __future__ import annotations

from dyadscope.store.aggregations import AggregateQuery, Dialect, quote

# Periods a figure may state: ranges ("2004-2012", "Q1 2019", "the 1990s") are
# left out, as they overlap the figures stated for their parts.
FIGURE_PRECISIONS: tuple[str, ...] = ("day", "month", "year", "fiscal_year")
# A fiscal year stated by its years only ("2013-14", fiscal calendar unknown):
# taken as July to June, i.e. split evenly between its two years.
_YEARS_ONLY_FY = "period_precision = 'fiscal_year' AND length(period_start) = 4"
_SPAN = "CAST(m0 AS STRING) || ':' || CAST(m1 AS STRING)"


def _first_month() -> str:
    month = "CAST(year(day) AS BIGINT) * 12 + month(day) - 1"
    return f"CASE WHEN {_YEARS_ONLY_FY} THEN CAST(year(day) AS BIGINT) * 12 + 6 ELSE {month} END"


def _last_month() -> str:
    """``m1`` from ``period_end`` (YYYY, YYYY-MM or YYYY-MM-DD); a figure without one
    lasts its precision. Unreadable ends give NULL, and the figure is left out."""
    end_year = "TRY_CAST(substr(period_end, 1, 4) AS BIGINT)"
    end_month = "TRY_CAST(substr(period_end, 6, 2) AS BIGINT)"
    return f"""CASE WHEN {_YEARS_ONLY_FY} THEN m0 + 11
      WHEN period_end IS NULL OR period_end = ''
        THEN CASE WHEN period_precision IN ('year', 'fiscal_year') THEN m0 + 11 ELSE m0 END
      WHEN length(period_end) = 4 THEN {end_year} * 12 + 11
      ELSE {end_year} * 12 + {end_month} - 1 END"""


def _pick(flow: str, col: str = "value") -> str:
    """The imported statistics' ``col`` for ``flow`` where they state the flow, else
    the documents' (``col`` follows whichever value won)."""
    imported = f"MAX(CASE WHEN imported = 1 AND flow = '{flow}' THEN value END)"
    documents = f"MAX(CASE WHEN imported = 0 AND flow = '{flow}' THEN {col} END)"
    if col == "value":
        return f"COALESCE({imported}, {documents})"
    chosen = f"MAX(CASE WHEN imported = 1 AND flow = '{flow}' THEN {col} END)"
    return f"CASE WHEN {imported} IS NOT NULL THEN {chosen} ELSE {documents} END"


def trade_ctes(
    q: AggregateQuery,
    dialect: Dialect,
    bounds: tuple[int | None, int | None],
    *,
    rows: str = "observations",
    match: str | None = None,
    a_expr: str | None = None,
    keys: tuple[str, ...] = (),
) -> str:
    """CTEs ending in ``tr``: per period with figures ``exports`` (A->B), ``imports``
    (B->A), ``stated_total`` and ``splits`` (spans of the split figures counted).
    ``bounds``: the first and last period shown, if given.

    By default A and B are the pair. The indicators' ranks run the same rules for
    every partner of a side: ``rows`` then names a relation of observations with
    extra ``keys`` columns (e.g. focus, other), ``match`` selects its rows and
    ``a_expr`` is the SQL expression of A in each row; every step groups by ``keys``
    too, and ``tr`` has them as its first columns."""
    a, b = (f"'{c}'" for c in q.pair)
    match = match or f"((reporter = {a} AND partner = {b}) OR (reporter = {b} AND partner = {a}))"
    a = a_expr or a
    k = "".join(f"{key}, " for key in keys)
    n = q.months
    where = [
        match,
        "indicator IN ('exports', 'imports', 'trade_total')",
        "value IS NOT NULL",
        "day IS NOT NULL",
        f"period_precision IN ({quote(FIGURE_PRECISIONS)})",
        "((commodity IS NULL AND commodity_code IS NULL) OR upper(commodity_code) = 'TOTAL')",
    ]
    shown = [f"p >= {bounds[0]}"] if bounds[0] is not None else []
    shown += [f"p <= {bounds[1]}"] if bounds[1] is not None else []
    share = f"value * (LEAST(m1, p0 * {n} + {n - 1}) - m0 + 1) / (m1 - m0 + 1)"
    return f"""obs_rows AS (
  SELECT {k}{_first_month()} AS m0, period_precision, period_start, period_end, value,
    CASE WHEN dataset IS NULL THEN 0 ELSE 1 END AS imported,
    CASE WHEN indicator = 'trade_total' THEN 'total'
         WHEN (reporter = {a}) = (indicator = 'exports') THEN 'ab' ELSE 'ba' END AS flow,
    CASE WHEN indicator = 'imports' THEN 'importer'
         WHEN indicator = 'exports' THEN 'exporter' ELSE reporter END AS side
  FROM {rows}
  WHERE {' AND '.join(where)}
),
obs_spans AS (
  SELECT {k}m0, {_last_month()} AS m1, value, imported, flow, side
  FROM obs_rows
),
figures AS (
  SELECT {k}m0, m1, flow, imported,
    CAST(FLOOR(m0 / {n}) AS BIGINT) AS p0, CAST(FLOOR(m1 / {n}) AS BIGINT) AS p1,
    CASE WHEN flow = 'total' THEN MAX(value)
         ELSE COALESCE(MAX(CASE WHEN side = 'importer' THEN value END),
                       MAX(CASE WHEN side = 'exporter' THEN value END)) END AS value
  FROM obs_spans WHERE m1 >= m0 AND m1 - m0 < {n}
  GROUP BY {k}m0, m1, flow, imported
),
parts AS (
  SELECT {k}p0 AS p, flow, imported,
    CASE WHEN p1 = p0 THEN value ELSE {share} END AS value,
    CASE WHEN m0 = p0 * {n} AND m1 = p0 * {n} + {n - 1} THEN 1 ELSE 0 END AS whole,
    CASE WHEN p1 > p0 THEN {_SPAN} END AS span
  FROM figures
  UNION ALL
  SELECT {k}p1 AS p, flow, imported, value * (m1 - p1 * {n} + 1) / (m1 - m0 + 1) AS value,
    0 AS whole, {_SPAN} AS span
  FROM figures WHERE p1 > p0
),
cells AS (
  SELECT {k}p, flow, imported,
    COALESCE(MAX(CASE WHEN whole = 1 THEN value END), SUM(value)) AS value,
    CASE WHEN MAX(whole) = 0 THEN {dialect.join.format(col='span')} END AS splits
  FROM parts{' WHERE ' + ' AND '.join(shown) if shown else ''}
  GROUP BY {k}p, flow, imported
),
tr_flows AS (
  SELECT {k}p, {_pick('ab')} AS exports, {_pick('ba')} AS imports,
    {_pick('total')} AS stated_total,
    {_pick('ab', 'splits')} AS ab_splits, {_pick('ba', 'splits')} AS ba_splits,
    {_pick('total', 'splits')} AS total_splits
  FROM cells GROUP BY {k}p
),
tr AS (
  SELECT {k}p, exports, imports, stated_total,
    NULLIF(concat_ws(' ', ab_splits, ba_splits,
      CASE WHEN exports IS NULL OR imports IS NULL THEN total_splits END), '') AS splits
  FROM tr_flows
)"""
