"""The indicators of a dyad (``dyadscope indicators``), defined once and rendered to
SQL for DuckDB or Spark, like the aggregation they build on.

Two statements:

- the **series** (``render_series_sql``): the aggregation's own SQL
  (``aggregate_sql.render_sql``) with another set of columns over the same event
  cells and trade rows, so the counts, the Goldstein mean, trade and arms follow
  the rules stated in ``aggregations`` word for word (stories, not records;
  importer's report first; exporter -> importer; fiscal years split by month; a
  continuous run of periods);
- the **ranks** (``render_ranks_sql``): for each side of the pair, every partner's
  value of each ranked indicator over the whole selected period, and where the
  other side of the pair stands among them.

Cooperation and conflict. An event (story) is *cooperation* when its CAMEO quad
class is 1 (verbal cooperation) or 2 (material cooperation), *conflict* when it
is 3 or 4. An event without a quad class (no CAMEO code: document events coded
with PLOVER only, POLECAT rows) is classed by its PLOVER type: AGREE, CONSULT,
SUPPORT, CONCEDE, COOPERATE, AID and RETREAT are cooperation; ACCUSE, REJECT,
THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE and ASSAULT conflict; REQUEST
(appeals and demands alike) and events with neither code are neither, and count
only in ``events``.

Ranks (A is the side whose partners are ranked, P a partner):

- ``trade_total``, ``exports`` (A -> P, A's exports to P), ``imports`` (P -> A,
  A's imports from P): the aggregation's trade rules per partner, by calendar year
  (fiscal years split by month; monthly figures add up to a year where no yearly
  one is stated), summed over the years of the selected period; a flow runs from
  exporter to importer whoever reported it, so P's "imports from A" is A's
  exports to P. A year's total is exports + imports where both are known, else a
  stated total, else unknown (as in the series): a partner with one flow only is
  ranked on that flow but not on ``trade_total``;
- ``arms_exports`` (TIV of transfers A -> P), ``arms_imports`` (P -> A): SIPRI TIV
  of ``arms_transfer`` events, as ``tiv_ab``/``tiv_ba``;
- ``cooperation``, ``conflict``: stories as above, over the selected days.

Partners are states (``dyadscope.codes.countries``); World, regions and
organisations are sums of partners and are left out. A partner with no value
(or 0) is no partner on that indicator. Ties share a rank (1, 2, 2, 4).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from dyadscope.store.aggregate_sql import (
    COUNTED,
    STORY_COLUMNS,
    STORY_RANK,
    event_filters,
    render_sql,
)
from dyadscope.store.aggregations import METRICS, AggregateQuery, Dialect, Metric, quote
from dyadscope.store.trade_sql import trade_ctes

COOPERATIVE_PLOVER: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
)  # fmt: skip
CONFLICTUAL_PLOVER: tuple[str, ...] = (
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
COOPERATION = (f"(quad_class IN (1, 2) OR "
               f"(quad_class IS NULL AND plover IN ({quote(COOPERATIVE_PLOVER)})))")
CONFLICT = (f"(quad_class IN (3, 4) OR "
            f"(quad_class IS NULL AND plover IN ({quote(CONFLICTUAL_PLOVER)})))")


def _count_if(condition: str) -> str:
    return f"SUM(CASE WHEN {condition} THEN n ELSE 0 END)"


_AGGREGATE: Mapping[str, Metric] = {m.name: m for m in METRICS}

SERIES_METRICS: tuple[Metric, ...] = (
    Metric("events", "events", "SUM(n)", True, "0",
           "stories between the pair (each event once), of any class"),
    Metric("cooperation", "events", _count_if(COOPERATION), True, "0",
           "stories of quad class 1 or 2 (else a cooperative PLOVER type)"),
    Metric("conflict", "events", _count_if(CONFLICT), True, "0",
           "stories of quad class 3 or 4 (else a conflictual PLOVER type)"),
    _AGGREGATE["goldstein_mean"],
    Metric("goldstein_n", "events", "SUM(goldstein_n)", True, "0",
           "stories with a Goldstein score (what the mean is taken over)"),
    _AGGREGATE["exports"],
    _AGGREGATE["imports"],
    _AGGREGATE["trade_total"],
    _AGGREGATE["tiv_ab"],
    _AGGREGATE["tiv_ba"],
)
SERIES_COLUMNS: tuple[str, ...] = ("period", *(m.name for m in SERIES_METRICS))

# indicator -> (what it measures, from A's side)
RANKED: Mapping[str, str] = {
    "trade_total": "exports + imports (else the stated total) with the partner",
    "exports": "A's exports to the partner (flow A -> partner)",
    "imports": "A's imports from the partner (flow partner -> A)",
    "arms_exports": "SIPRI TIV of arms transfers A -> partner",
    "arms_imports": "SIPRI TIV of arms transfers partner -> A",
    "cooperation": "cooperation stories with the partner",
    "conflict": "conflict stories with the partner",
}
RANK_COLUMNS: tuple[str, ...] = (
    "focus", "indicator", "partners", "pair_rank", "value", "tied", "leader", "leader_value",
)  # fmt: skip


def render_series_sql(q: AggregateQuery, dialect: Dialect) -> str:
    """One row per period (continuous, as ``aggregate``): ``SERIES_COLUMNS`` then the
    hidden split column."""
    return render_sql(q, dialect, SERIES_METRICS)


def _obs_of(code: str) -> str:
    return (f"SELECT '{code}' AS focus, "
            f"CASE WHEN reporter = '{code}' THEN partner ELSE reporter END AS other, * "
            f"FROM observations WHERE reporter = '{code}' OR partner = '{code}'")


def render_ranks_sql(q: AggregateQuery, dialect: Dialect, partners: Sequence[str]) -> str:
    """For each side of the pair (``focus``) and ranked indicator: how many partners
    have some of it, the other side's rank and value (NULL when it has none), whether
    others share its value (``tied`` > 1), and the first partner with its value.
    ``partners``: the codes that can be partners (states). Trade counts by calendar
    year whatever ``q.by``; events by day, as in the series."""
    a, b = (f"'{c}'" for c in q.pair)
    pair = f"{a}, {b}"
    yearly = replace(q, by="year")
    bounds = (yearly.period_of(q.since), yearly.period_of(q.until))
    trade = trade_ctes(
        yearly, dialect, bounds, rows="rk_obs",
        match="other IS NOT NULL AND reporter <> partner", a_expr="focus",
        keys=("focus", "other"),
    )  # fmt: skip
    names = " UNION ALL ".join(f"SELECT '{name}' AS indicator" for name in RANKED)
    value = " ".join(f"WHEN '{name}' THEN CAST({name} AS DOUBLE)" for name in RANKED)
    focus = "CASE WHEN s.outward = 1 THEN actor1_code ELSE actor2_code END"
    other = "CASE WHEN s.outward = 1 THEN actor2_code ELSE actor1_code END"
    the_other = f"CASE WHEN focus = {a} THEN {b} ELSE {a} END"
    eligible = quote(sorted(set(partners) | set(q.pair)))
    return f"""WITH rk_base AS (
  SELECT e.id AS id, kind, plover, quad_class, tiv, actor1_code, actor2_code,
    {STORY_COLUMNS}
  FROM events e
  LEFT JOIN stories st ON st.event_id = e.id
  WHERE (actor1_code IN ({pair}) OR actor2_code IN ({pair}))
    AND {' AND '.join(event_filters(q))}
),
rk_ranked AS (
  SELECT *, {STORY_RANK} AS story_rank FROM rk_base
),
rk_rows AS (
  SELECT *, CASE WHEN {COUNTED['stories']} THEN 1 ELSE 0 END AS rep FROM rk_ranked
),
rk_sided AS (
  SELECT {focus} AS focus, {other} AS other, s.outward AS outward, kind, plover, quad_class,
    tiv, rep
  FROM rk_rows CROSS JOIN (SELECT 1 AS outward UNION ALL SELECT 0 AS outward) s
  WHERE {focus} IN ({pair}) AND {other} IS NOT NULL
),
rk_events AS (
  SELECT focus, other,
    SUM(CASE WHEN rep = 1 AND {COOPERATION} THEN 1 ELSE 0 END) AS cooperation,
    SUM(CASE WHEN rep = 1 AND {CONFLICT} THEN 1 ELSE 0 END) AS conflict,
    SUM(CASE WHEN kind = 'arms_transfer' AND outward = 1 THEN tiv END) AS arms_exports,
    SUM(CASE WHEN kind = 'arms_transfer' AND outward = 0 THEN tiv END) AS arms_imports
  FROM rk_sided GROUP BY focus, other
),
rk_obs AS (
  {_obs_of(q.pair[0])}
  UNION ALL
  {_obs_of(q.pair[1])}
),
{trade},
rk_trade AS (
  SELECT focus, other, SUM(exports) AS exports, SUM(imports) AS imports,
    SUM(CASE WHEN exports IS NOT NULL AND imports IS NOT NULL THEN exports + imports
             ELSE stated_total END) AS trade_total
  FROM tr GROUP BY focus, other
),
rk_all AS (
  SELECT COALESCE(t.focus, e.focus) AS focus, COALESCE(t.other, e.other) AS other,
    trade_total, exports, imports, arms_exports, arms_imports, cooperation, conflict
  FROM rk_trade t FULL OUTER JOIN rk_events e ON e.focus = t.focus AND e.other = t.other
),
rk_values AS (
  SELECT focus, other, indicator, CASE indicator {value} END AS value
  FROM rk_all CROSS JOIN ({names}) i
),
rk_partners AS (
  -- one test over value and other, so that it runs on the few aggregated rows rather
  -- than being pushed down to every event row
  SELECT focus, other, indicator, value FROM rk_values
  WHERE CASE WHEN other <> focus AND other IN ({eligible}) THEN value ELSE 0 END > 0
),
rk_positions AS (
  SELECT focus, other, indicator, value,
    rank() OVER (PARTITION BY focus, indicator ORDER BY value DESC) AS pos,
    row_number() OVER (PARTITION BY focus, indicator ORDER BY value DESC, other) AS nth,
    COUNT(*) OVER (PARTITION BY focus, indicator) AS partners,
    COUNT(*) OVER (PARTITION BY focus, indicator, value) AS tied
  FROM rk_partners
)
SELECT focus, indicator, CAST(MAX(partners) AS BIGINT) AS partners,
  CAST(MAX(CASE WHEN other = {the_other} THEN pos END) AS BIGINT) AS pair_rank,
  MAX(CASE WHEN other = {the_other} THEN value END) AS value,
  CAST(MAX(CASE WHEN other = {the_other} THEN tied END) AS BIGINT) AS tied,
  MAX(CASE WHEN nth = 1 THEN other END) AS leader,
  MAX(CASE WHEN nth = 1 THEN value END) AS leader_value
FROM rk_positions
GROUP BY focus, indicator
ORDER BY focus, indicator"""
