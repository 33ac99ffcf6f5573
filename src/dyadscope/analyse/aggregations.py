"""The dyad aggregations, defined once and rendered to SQL for DuckDB or Spark.

Events are first counted and summed into cells (period x kind x PLOVER type x
quad class x initiator), one pass over the rows; each event ``Metric`` is then an
aggregate over the cells of its period, so fifty metrics cost little more than
one. Each output column is a ``Metric``: an aggregate expression written in the
SQL subset that DuckDB and Spark SQL share (CASE, SUM, COUNT, AVG, COALESCE,
NULLIF, CAST AS BIGINT/DOUBLE, LIKE, UNION). The only construct the two
dialects spell differently, turning a date into a period label, is a
``Dialect`` field. Both engines therefore run the same definitions, and a test
holds them to identical results.

Output is wide: one row per period, one column per metric. A pandas user gets
a frame indexed by time whose columns plot, sum and diff directly
(``df.set_index("period")[["q1", "q4"]].plot()``); the column set is fixed by
the vocabularies below, not by the data, so two runs always line up.

Conventions:

- Events match the pair in either direction; only events whose status is one
  of ``statuses`` count (default: actual, so "no agreement was signed" is no
  agreement) and only those with a known day (they need a period).
- Counts and event sums are 0 when nothing happened; means and trade figures
  are missing (NaN) when unknown, because 0 would be a claim.
- Average tone is GDELT's per-event ``avg_tone`` weighted by ``num_articles``:
  an event covered by 40 articles weighs 40 times one covered by one, which
  makes it the mean tone over the period's coverage rather than over rows.
- Mention rows come from the mentions table joined on the event's id or, failing
  that, for GDELT rows its GLOBALEVENTID (``row_id``); they count in the
  event's period. They are summed per event first, so events are read once.
- Trade (A is the pair's first code): ``exports`` is the A->B flow, ``imports``
  B->A, both in A's view; ``trade_balance`` = exports - imports. A flow can be
  reported by the exporter and, as a mirror figure, by the importer: the
  importer's declaration wins where both exist (customs record imports more
  completely; the usual choice with mirror statistics), the exporter's fills
  the gaps. Only whole-trade figures count (no commodity, or HS code TOTAL).
  A figure stated several times (two documents, two imports of one file)
  counts once per stated period; imported statistics win over figures
  extracted from documents for the same period and flow. A figure for a
  longer period than the output's is left out (no yearly figure in a monthly
  view; a fiscal year counts in the year it starts). ``trade_total`` is
  exports + imports where both are known, else the largest stated total.
  Observations carry no domain: ``domain`` filters events only.
- Events dated only to a year (SIPRI order years) count in its first month in
  a monthly view: unlike figures, counting them once cannot double anything.
- Arms transfers: ``tiv_ab`` sums the SIPRI TIV of ``arms_transfer`` events
  with A as supplier, ``tiv_ba`` with B as supplier.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from dyadscope.model import DOMAINS, KINDS, PLOVER_TYPES, STATUSES

PERIODS: tuple[str, ...] = ("month", "year")
Source = Literal["events", "trade"]
# Observation periods that fit in one output period: a yearly figure in a monthly
# view would be a false January; a fiscal year counts in the year it starts.
_OBS_PRECISIONS = {"month": ("day", "month"), "year": ("day", "month", "year", "fiscal_year")}
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")


@dataclass(frozen=True, slots=True)
class Dialect:
    """How one SQL engine spells a period label of a DATE column."""

    name: str
    month: str  # format template with {col}
    year: str

    def period(self, by: str, col: str) -> str:
        return (self.month if by == "month" else self.year).format(col=col)


DUCKDB = Dialect("duckdb", "strftime({col}, '%Y-%m')", "CAST(year({col}) AS VARCHAR)")
SPARK = Dialect("spark", "date_format({col}, 'yyyy-MM')", "CAST(year({col}) AS STRING)")
DIALECTS = {"duckdb": DUCKDB, "spark": SPARK}


@dataclass(frozen=True, slots=True)
class Metric:
    """One output column: an aggregate over one period's event cells (columns of
    ``ev_cells`` in ``render_sql``) or an expression over its trade row.

    ``fill`` is what a period without such rows shows (None: missing).
    ``expr`` may use ``{a}`` and ``{b}``, the pair's codes as SQL literals.
    """

    name: str
    source: Source
    expr: str
    integer: bool
    fill: str | None
    doc: str


def _count_if(condition: str) -> str:
    return f"SUM(CASE WHEN {condition} THEN n ELSE 0 END)"


def _quote(values: Sequence[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def _event_metrics() -> list[Metric]:
    known_kinds = [k for k in KINDS if k != "other"]
    metrics = [Metric("events", "events", "SUM(n)", True, "0", "events between the pair")]
    for kind in KINDS:
        cond = (
            f"kind = '{kind}'"
            if kind != "other"
            else f"(kind IS NULL OR kind NOT IN ({_quote(known_kinds)}))"
        )
        metrics.append(Metric(f"kind_{kind}", "events", _count_if(cond), True, "0",
                              f"events of kind {kind}"))
    for ptype in PLOVER_TYPES:
        metrics.append(Metric(f"plover_{ptype}", "events", _count_if(f"plover = '{ptype}'"),
                              True, "0", f"events of PLOVER type {ptype}"))
    metrics.append(Metric(
        "plover_other", "events",
        _count_if(f"plover IS NOT NULL AND plover NOT IN ({_quote(PLOVER_TYPES)})"),
        True, "0", "events with a PLOVER label outside the 16 types"))
    metrics += [
        Metric("goldstein_mean", "events", "SUM(goldstein_sum) / NULLIF(SUM(goldstein_n), 0)",
               False, None, "mean Goldstein score of the events that have one"),
        Metric("goldstein_sum", "events", "SUM(goldstein_sum)", False, "0",
               "sum of Goldstein scores"),
    ]
    for quad in range(1, 5):
        metrics.append(Metric(f"q{quad}", "events", _count_if(f"quad_class = {quad}"), True, "0",
                              f"events of CAMEO quad class {quad}"))
    metrics += [
        Metric("attention_events", "events", "SUM(num_mentions_n)", True, "0",
               "events that carry GDELT attention figures"),
        Metric("num_mentions", "events", "SUM(num_mentions)", True, "0", "sum of NumMentions"),
        Metric("num_sources", "events", "SUM(num_sources)", True, "0", "sum of NumSources"),
        Metric("num_articles", "events", "SUM(num_articles)", True, "0", "sum of NumArticles"),
        Metric("avg_tone", "events",
               "SUM(tone_weighted) / NULLIF(SUM(tone_articles), 0)",
               False, None, "AvgTone weighted by NumArticles"),
        Metric("tiv_ab", "events",
               "SUM(CASE WHEN kind = 'arms_transfer' AND actor1_code = {a} THEN tiv END)",
               False, "0", "SIPRI TIV of arms transfers A -> B"),
        Metric("tiv_ba", "events",
               "SUM(CASE WHEN kind = 'arms_transfer' AND actor1_code = {b} THEN tiv END)",
               False, "0", "SIPRI TIV of arms transfers B -> A"),
    ]
    return metrics


def _other_metrics() -> list[Metric]:
    both = "tr.exports IS NOT NULL AND tr.imports IS NOT NULL"
    return [
        Metric("mention_rows", "events", "SUM(mention_n)", True, "0",
               "rows of the mentions table for the period's events"),
        Metric("mention_tone", "events", "SUM(mention_tone_sum) / NULLIF(SUM(mention_tone_n), 0)",
               False, None,
               "mean document tone of those mention rows"),
        Metric("exports", "trade", "tr.exports", False, None, "trade flow A -> B"),
        Metric("imports", "trade", "tr.imports", False, None, "trade flow B -> A"),
        Metric("trade_total", "trade",
               f"CASE WHEN {both} THEN tr.exports + tr.imports ELSE tr.stated_total END",
               False, None, "exports + imports, else the largest stated total"),
        Metric("trade_balance", "trade", f"CASE WHEN {both} THEN tr.exports - tr.imports END",
               False, None, "exports - imports, from A's view"),
    ]


METRICS: tuple[Metric, ...] = (*_event_metrics(), *_other_metrics())
COLUMNS: tuple[str, ...] = ("period", *(m.name for m in METRICS))


@dataclass(frozen=True, slots=True)
class AggregateQuery:
    """What to aggregate; validated so its values can be rendered as SQL literals."""

    pair: tuple[str, str]
    by: str = "year"
    domain: str | None = None
    since: date | None = None
    until: date | None = None
    statuses: tuple[str, ...] | None = ("actual",)

    def __post_init__(self) -> None:
        if len(self.pair) != 2 or not all(_CODE.match(c) for c in self.pair):
            raise ValueError(f"pair must be two actor codes like AZE PAK, not {self.pair}")
        if self.pair[0] == self.pair[1]:
            raise ValueError(f"pair needs two different codes, not {self.pair[0]} twice")
        if self.by not in PERIODS:
            raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {self.by!r}")
        if self.domain is not None and self.domain not in DOMAINS:
            raise ValueError(f"domain must be one of {', '.join(DOMAINS)}, not {self.domain!r}")
        if self.statuses is not None and not set(self.statuses) <= set(STATUSES):
            raise ValueError(f"statuses must be among {', '.join(STATUSES)}")
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")


def _day_filters(q: AggregateQuery) -> list[str]:
    clauses = ["day IS NOT NULL"]
    if q.since:
        clauses.append(f"day >= DATE '{q.since.isoformat()}'")
    if q.until:
        clauses.append(f"day <= DATE '{q.until.isoformat()}'")
    return clauses


def _select(metrics: Sequence[Metric], a: str, b: str) -> str:
    return ",\n    ".join(f"{m.expr.format(a=a, b=b)} AS {m.name}" for m in metrics)


def render_sql(q: AggregateQuery, dialect: Dialect) -> str:
    """The whole aggregation as one SQL statement over tables events,
    observations and mentions; returns columns ``COLUMNS``, sorted by period."""
    a, b = (f"'{c}'" for c in q.pair)
    either = (f"((actor1_code = {a} AND actor2_code = {b}) "
              f"OR (actor1_code = {b} AND actor2_code = {a}))")
    ev_where = [either, *_day_filters(q)]
    if q.domain:
        ev_where.append(f"domain = '{q.domain}'")
    if q.statuses is not None:
        ev_where.append(f"(status IN ({_quote(q.statuses)}) "
                        + ("OR status IS NULL)" if "actual" in q.statuses else ")"))
    obs_where = [
        f"((reporter = {a} AND partner = {b}) OR (reporter = {b} AND partner = {a}))",
        "indicator IN ('exports', 'imports', 'trade_total')",
        "value IS NOT NULL",
        f"period_precision IN ({_quote(_OBS_PRECISIONS[q.by])})",
        "((commodity IS NULL AND commodity_code IS NULL) OR upper(commodity_code) = 'TOTAL')",
        *_day_filters(q),
    ]
    ev_metrics = [m for m in METRICS if m.source == "events"]
    period_ev = dialect.period(q.by, "day")

    def final(m: Metric) -> str:
        col = f"ev.{m.name}" if m.source == "events" else m.expr
        if m.fill is not None:
            col = f"COALESCE({col}, {m.fill})"
        return f"CAST({col} AS {'BIGINT' if m.integer else 'DOUBLE'}) AS {m.name}"

    outputs = ",\n  ".join(final(m) for m in METRICS)
    return f"""WITH mn_by_event AS (
  SELECT event_id, COUNT(*) AS n, SUM(doc_tone) AS tone_sum, COUNT(doc_tone) AS tone_n
  FROM mentions GROUP BY event_id
),
ev_rows AS (
  SELECT {period_ev} AS period, kind, plover, goldstein, quad_class,
    num_mentions, num_sources, num_articles, avg_tone, tiv, actor1_code,
    COALESCE(m1.n, m2.n, 0) AS mention_n,
    COALESCE(m1.tone_sum, m2.tone_sum) AS mention_tone_sum,
    COALESCE(m1.tone_n, m2.tone_n, 0) AS mention_tone_n
  FROM events e
  LEFT JOIN mn_by_event m1 ON m1.event_id = e.id
  LEFT JOIN mn_by_event m2 ON m2.event_id = e.row_id AND e.dataset LIKE 'gdelt%'
  WHERE {' AND '.join(ev_where)}
),
ev_cells AS (
  SELECT period, kind, plover, quad_class, actor1_code,
    COUNT(*) AS n, SUM(goldstein) AS goldstein_sum, COUNT(goldstein) AS goldstein_n,
    SUM(num_mentions) AS num_mentions, COUNT(num_mentions) AS num_mentions_n,
    SUM(num_sources) AS num_sources, SUM(num_articles) AS num_articles,
    SUM(avg_tone * num_articles) AS tone_weighted,
    SUM(CASE WHEN avg_tone IS NOT NULL THEN num_articles END) AS tone_articles,
    SUM(tiv) AS tiv, SUM(mention_n) AS mention_n,
    SUM(mention_tone_sum) AS mention_tone_sum, SUM(mention_tone_n) AS mention_tone_n
  FROM ev_rows GROUP BY period, kind, plover, quad_class, actor1_code
),
ev AS (
  SELECT period,
    {_select(ev_metrics, a, b)}
  FROM ev_cells GROUP BY period
),
obs_rows AS (
  SELECT {dialect.period(q.by, 'day')} AS period, period_start,
    COALESCE(period_end, '') AS period_end, value,
    CASE WHEN dataset IS NULL THEN 0 ELSE 1 END AS imported,
    CASE WHEN indicator = 'trade_total' THEN 'total'
         WHEN (reporter = {a}) = (indicator = 'exports') THEN 'ab' ELSE 'ba' END AS flow,
    CASE WHEN indicator = 'imports' THEN 'importer'
         WHEN indicator = 'exports' THEN 'exporter' ELSE reporter END AS side
  FROM observations
  WHERE {' AND '.join(obs_where)}
),
stated AS (
  SELECT period, flow, imported, period_start, period_end,
    CASE WHEN flow = 'total' THEN MAX(value)
         ELSE COALESCE(MAX(CASE WHEN side = 'importer' THEN value END),
                       MAX(CASE WHEN side = 'exporter' THEN value END)) END AS value
  FROM obs_rows GROUP BY period, flow, imported, period_start, period_end
),
by_origin AS (
  SELECT period, imported,
    SUM(CASE WHEN flow = 'ab' THEN value END) AS exports,
    SUM(CASE WHEN flow = 'ba' THEN value END) AS imports,
    MAX(CASE WHEN flow = 'total' THEN value END) AS stated_total
  FROM stated GROUP BY period, imported
),
tr AS (
  SELECT period,
    COALESCE(MAX(CASE WHEN imported = 1 THEN exports END),
             MAX(CASE WHEN imported = 0 THEN exports END)) AS exports,
    COALESCE(MAX(CASE WHEN imported = 1 THEN imports END),
             MAX(CASE WHEN imported = 0 THEN imports END)) AS imports,
    COALESCE(MAX(CASE WHEN imported = 1 THEN stated_total END),
             MAX(CASE WHEN imported = 0 THEN stated_total END)) AS stated_total
  FROM by_origin GROUP BY period
),
periods AS (
  SELECT period FROM ev UNION SELECT period FROM tr
)
SELECT p.period AS period,
  {outputs}
FROM periods p
LEFT JOIN ev ON ev.period = p.period
LEFT JOIN tr ON tr.period = p.period
ORDER BY p.period"""
