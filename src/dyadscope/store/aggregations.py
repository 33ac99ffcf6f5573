"""The dyad aggregations, defined once and rendered to SQL for DuckDB or Spark.

Events are first counted and summed into cells (period x kind x PLOVER type x
quad class x initiator), one pass over the rows; each event ``Metric`` is then an
aggregate over the cells of its period, so fifty metrics cost little more than
one. Each output column is a ``Metric``: an aggregate expression written in the
SQL subset that DuckDB and Spark SQL share (CASE, SUM, COUNT, AVG, COALESCE,
NULLIF, LEAST, TRY_CAST, CAST AS BIGINT/DOUBLE/STRING, LIKE, UNION). The few
constructs the two dialects spell differently (a series of numbers, joining
strings, column type names) are ``Dialect`` fields. Both engines therefore run
the same definitions (``aggregate_sql.render_sql``), and a test holds them to
identical results.

Output is wide: one row per period, one column per metric. A pandas user gets
a frame indexed by time whose columns plot, sum and diff directly
(``df.set_index("period")[["q1", "q4"]].plot()``); the column set is fixed by
the vocabularies below, not by the data, so two runs always line up.

Conventions:

- Rows form a continuous series: every month (or year) from ``since``'s period,
  or else the first period with data, to ``until``'s period, or else the last
  period with data, so two series line up row for row and a quiet year shows
  as a row. No data and no bounds: no rows.
- Events match the pair in either direction; only events whose status is one
  of ``statuses`` count (default: actual, so "no agreement was signed" is no
  agreement) and only those with a known day (they need a period), from the
  ``since`` day to the ``until`` day.
- Counts count stories (``dyadscope.analyse.stories``): the records that tell
  one event (forty GDELT rows on one meeting, a paper's sentence and the SIPRI
  row on the same deal) count once, in the period of their most precise record;
  Goldstein scores are taken from that record too. ``count="mentions"`` counts
  every record instead, except those of near-duplicate documents (a copy is one
  source). Attention (GDELT mentions, sources, articles, tone) sums every row:
  it measures coverage, not events. Without a stories table (a Parquet export
  from an older version) every record is its own story.
- Counts and event sums are 0 when nothing happened; means and trade figures
  are missing (NaN) when unknown, because 0 would be a claim.
- Average tone is GDELT's per-event ``avg_tone`` weighted by ``num_articles``:
  an event covered by 40 articles weighs 40 times one covered by one, which
  makes it the mean tone over the period's coverage rather than over rows.
- Mention rows come from the mentions table joined on the event's id or, failing
  that, for GDELT rows its GLOBALEVENTID (``row_id``); they count in the
  event's period. They are summed per event first, so events are read once.
- Trade direction (A is the pair's first code): every flow is exporter ->
  importer. ``exports`` is A's exports to B (the A->B flow) and ``imports`` B's
  exports to A, whoever reported them: PAK's "imports from AZE" is AZE's
  exports to PAK. ``trade_balance`` = exports - imports, A's view.
  ``dyadscope.analyse.flows`` labels figures in timelines and briefs by the
  same rule.
- A flow can be reported by the exporter and, as a mirror figure, by the
  importer: the importer's declaration wins where both exist (customs record
  imports more completely; the usual choice with mirror statistics), the
  exporter's fills the gaps. Only whole-trade figures count (no commodity, or
  HS code TOTAL). A figure stated several times (two documents, two imports of
  one file) counts once per stated period; imported statistics win over figures
  extracted from documents for the same period and flow. ``trade_total`` is
  exports + imports where both are known, else the stated total (the largest,
  where sources differ).
- Figure periods: a figure counts in the output periods its months fall in,
  split pro rata by month: Pakistan's FY 2013-14 (July 2013 to June 2014) puts
  half its value in 2013 and half in 2014. A fiscal year whose months the
  source does not give ("2013-14" for a country of unknown fiscal calendar) is
  split evenly. A figure for the whole output period wins over parts of it
  (a calendar-year figure over halves of fiscal years, over months); parts
  without one add up. A figure longer than the output period is left out (no
  yearly or fiscal-year figure in a monthly view: splitting it would invent a
  monthly profile), as are date ranges ("2004-2012", "Q1"). Rows are whole
  periods for figures: with ``since``/``until`` a figure's parts in the rows
  shown count. The hidden ``split_spans`` column lists the figures split in
  each period, so that the caller can say so.
- Observations carry no domain: ``domain`` filters events only.
- Events dated only to a year (SIPRI order years) count in its first month in
  a monthly view: unlike figures, counting them once cannot double anything.
- Arms transfers: ``tiv_ab`` sums the SIPRI TIV of ``arms_transfer`` events
  with A as supplier, ``tiv_ba`` with B as supplier.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from dyadscope.model import DOMAINS, KINDS, PLOVER_TYPES, STATUSES

PERIODS: tuple[str, ...] = ("month", "year")
MONTHS_PER_PERIOD: Mapping[str, int] = {"month": 1, "year": 12}
Source = Literal["events", "trade"]
SPLIT_COLUMN = "split_spans"  # hidden: "m0:m1" month spans of split figures, per period
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")


@dataclass(frozen=True, slots=True)
class Dialect:
    """What one SQL engine spells its own way.

    ``series`` turns bounds ``{lo}``..``{hi}`` (inclusive BIGINTs) into one row per
    number; ``join`` joins the distinct values of ``{col}`` in a group with
    spaces; ``types`` maps the store's DuckDB type names to the engine's.
    """

    name: str
    series: str
    join: str
    types: Mapping[str, str] = field(default_factory=dict)

    def type_name(self, duck_type: str) -> str:
        """The engine's name for a store column type (text for any it lacks)."""
        if not self.types:
            return duck_type
        return self.types.get(duck_type.upper(), self.types["VARCHAR"])


DUCKDB = Dialect(
    "duckdb",
    series="unnest(generate_series({lo}, {hi}))",
    join="string_agg(DISTINCT {col}, ' ')",
)
SPARK = Dialect(
    "spark",
    series="explode(sequence({lo}, {hi}))",
    join="NULLIF(concat_ws(' ', collect_set({col})), '')",
    types={
        "VARCHAR": "STRING",
        "DOUBLE": "DOUBLE",
        "TINYINT": "TINYINT",
        "SMALLINT": "SMALLINT",
        "INTEGER": "INT",
        "BIGINT": "BIGINT",
        "DATE": "DATE",
        "TIMESTAMP": "TIMESTAMP",
        "BOOLEAN": "BOOLEAN",
    },
)
DIALECTS: Mapping[str, Dialect] = {"duckdb": DUCKDB, "spark": SPARK}


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


def quote(values: Sequence[str]) -> str:
    """Validated values as a list of SQL string literals."""
    return ", ".join(f"'{v}'" for v in values)


def _event_metrics() -> list[Metric]:
    known_kinds = [k for k in KINDS if k != "other"]
    metrics = [Metric("events", "events", "SUM(n)", True, "0", "events between the pair")]
    for kind in KINDS:
        cond = (
            f"kind = '{kind}'"
            if kind != "other"
            else f"(kind IS NULL OR kind NOT IN ({quote(known_kinds)}))"
        )
        metrics.append(Metric(f"kind_{kind}", "events", _count_if(cond), True, "0",
                              f"events of kind {kind}"))
    for ptype in PLOVER_TYPES:
        metrics.append(Metric(f"plover_{ptype}", "events", _count_if(f"plover = '{ptype}'"),
                              True, "0", f"events of PLOVER type {ptype}"))
    metrics.append(Metric(
        "plover_other", "events",
        _count_if(f"plover IS NOT NULL AND plover NOT IN ({quote(PLOVER_TYPES)})"),
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
        Metric("exports", "trade", "tr.exports", False, None,
               "A's exports to B (flow A -> B), whoever reported them"),
        Metric("imports", "trade", "tr.imports", False, None,
               "B's exports to A (flow B -> A), whoever reported them"),
        Metric("trade_total", "trade",
               f"CASE WHEN {both} THEN tr.exports + tr.imports ELSE tr.stated_total END",
               False, None, "exports + imports, else the stated total"),
        Metric("trade_balance", "trade", f"CASE WHEN {both} THEN tr.exports - tr.imports END",
               False, None, "exports - imports, from A's view"),
    ]


METRICS: tuple[Metric, ...] = (*_event_metrics(), *_other_metrics())
COLUMNS: tuple[str, ...] = ("period", *(m.name for m in METRICS))


COUNTS: tuple[str, ...] = ("stories", "mentions")


@dataclass(frozen=True, slots=True)
class AggregateQuery:
    """What to aggregate; validated so its values can be rendered as SQL literals."""

    pair: tuple[str, str]
    by: str = "year"
    domain: str | None = None
    since: date | None = None
    until: date | None = None
    statuses: tuple[str, ...] | None = ("actual",)
    count: str = "stories"  # or "mentions": every record, as data sets report them

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
        if self.count not in COUNTS:
            raise ValueError(f"count must be one of {', '.join(COUNTS)}, not {self.count!r}")
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")

    @property
    def months(self) -> int:
        """Months in one output period."""
        return MONTHS_PER_PERIOD[self.by]

    def period_of(self, day: date | None) -> int | None:
        """The period index of ``day`` as the SQL numbers periods: the year, or
        year * 12 + month - 1 by month."""
        if day is None:
            return None
        return day.year if self.by == "year" else day.year * 12 + day.month - 1
