"""Indicators of one dyad: a continuous series per period, its change points, and
where each side ranks the other among its partners.

The SQL (series and ranks) belongs to the store (``dyadscope.store.indicator_sql``)
and runs on DuckDB or Spark from the same definitions; this module picks the
input and the engine, adds what is not in the store's SQL (press attention from
``dyadscope.analyse.attention``, survey estimates from the store), fills the
calendar, finds change points and words the ranks.

Attention and survey estimates are different things and stay apart: attention is a
share of a side's press coverage (``attention_ab``: how much of A's coverage is
about B), an estimate is a survey's share of respondents giving an answer; they
are never added, averaged or charted together. Estimates go to the period their
fieldwork's midpoint falls in (a December-January poll is one estimate, counted
once).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from dyadscope.analyse.aggregate import (
    ENGINES,
    gdelt_store,
    is_gdelt_input,
    is_parquet_input,
    period_bound,
    run_queries,
)
from dyadscope.analyse.changepoints import Trend, Wording, detect
from dyadscope.analyse.split_notes import split_notes
from dyadscope.errors import DyadscopeError, InputError
from dyadscope.model import Estimate
from dyadscope.store import Store
from dyadscope.store.aggregations import DIALECTS, SPLIT_COLUMN, AggregateQuery
from dyadscope.store.indicator_sql import (
    RANKED,
    SERIES_COLUMNS,
    SERIES_METRICS,
    render_ranks_sql,
    render_series_sql,
)

ATTENTION_COLUMNS: tuple[str, ...] = ("attention_ab", "attention_ba")
SURVEY_COLUMN = "survey_estimates"
COLUMNS: tuple[str, ...] = (*SERIES_COLUMNS, *ATTENTION_COLUMNS, SURVEY_COLUMN)
ESTIMATE_COLUMNS: tuple[str, ...] = (
    "period", "survey", "population", "group", "question", "wording", "answer", "estimate",
    "se", "ci_low", "ci_high", "n", "fieldwork_start", "fieldwork_end",
)  # fmt: skip
INTEGER_COLUMNS = frozenset({*(m.name for m in SERIES_METRICS if m.integer), SURVEY_COLUMN})
ZERO_FILLED = frozenset({*(m.name for m in SERIES_METRICS if m.fill == "0"), SURVEY_COLUMN})

# the series searched for change points, and how they are written about
TRENDS: dict[str, Wording] = {
    "cooperation": Wording("cooperation", "stories"),
    "conflict": Wording("conflict", "stories"),
    "goldstein_mean": Wording("mean Goldstein", per_period=False, signed=True,
                              only_known="periods with scored events only"),
    "trade_total": Wording("trade (exports + imports)", only_known="periods with figures only"),
}


@dataclass(frozen=True, slots=True)
class Rank:
    """Where ``other`` stands among ``focus``'s partners on one indicator."""

    focus: str
    other: str
    indicator: str
    partners: int  # partners of focus with some of it
    rank: int | None  # None: other has none of it
    value: float | None
    tied: int  # partners sharing other's value (1: no tie)
    leader: str | None
    leader_value: float | None
    sentence: str

    def to_record(self) -> dict[str, Any]:
        return {
            "record": "rank",
            "focus": self.focus,
            "partner": self.other,
            "indicator": self.indicator,
            "definition": RANKED[self.indicator].replace("A's", f"{self.focus}'s")
            .replace("A ->", f"{self.focus} ->").replace("-> A", f"-> {self.focus}"),
            "rank": self.rank,
            "of": self.partners,
            "value": self.value,
            "tied": self.tied,
            "first": self.leader,
            "first_value": self.leader_value,
            "sentence": self.sentence,
        }


@dataclass(frozen=True, slots=True)
class IndicatorRun:
    """What ``indicators`` computes; ``dyadscope.api.Indicators`` wraps it."""

    pair: tuple[str, str]
    by: str
    domain: str | None
    series: pd.DataFrame
    estimates: pd.DataFrame
    trends: tuple[Trend, ...]
    ranks: tuple[Rank, ...]
    notes: tuple[str, ...]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# indicator -> (how the rank is said, what "of N" counts), with {f} the focus side
_RANK_WORDS: dict[str, tuple[str, str]] = {
    "trade_total": ("by trade", "with a known trade total"),
    "exports": ("by {f}'s exports", "{f} exports to"),
    "imports": ("by {f}'s imports", "{f} imports from"),
    "arms_exports": ("by arms exports", "{f} supplies arms to, by SIPRI TIV"),
    "arms_imports": ("by arms imports", "supplying arms to {f}, by SIPRI TIV"),
    "cooperation": ("by cooperation stories", "with any"),
    "conflict": ("by conflict stories", "with any"),
}


def _rank_sentence(r: Rank) -> str:
    by, of = (w.format(f=r.focus) for w in _RANK_WORDS[r.indicator])
    if r.rank is None:
        if not r.partners:
            return f"{r.focus} has no partner {by} in the store for the period"
        others = f"{r.partners} partners" if r.partners != 1 else "1 partner"
        return f"{r.other} is not among {r.focus}'s partners {by} ({others} {of})"
    tie = f", tied with {r.tied - 1} other{'s' if r.tied > 2 else ''}" if r.tied > 1 else ""
    lead = f"; first: {r.leader}" if r.leader and r.leader != r.other and r.rank != 1 else ""
    return (f"{r.other} is {r.focus}'s {_ordinal(r.rank)} partner {by}{tie} "
            f"(of {r.partners} {of}{lead})")


def _ranks(frame: pd.DataFrame | None, pair: tuple[str, str]) -> tuple[Rank, ...]:
    found: dict[tuple[str, str], dict[str, Any]] = {}
    if frame is not None:
        for row in frame.to_dict("records"):
            found[(str(row["focus"]), str(row["indicator"]))] = {
                str(k): v for k, v in row.items()
            }

    def num(value: Any) -> float | None:
        return None if value is None or pd.isna(value) else float(value)

    def whole(value: Any, default: int | None) -> int | None:
        return default if value is None or pd.isna(value) else int(value)

    out: list[Rank] = []
    for focus, other in (pair, pair[::-1]):
        for indicator in RANKED:
            values = found.get((focus, indicator), {})
            rank = Rank(
                focus=focus, other=other, indicator=indicator,
                partners=whole(values.get("partners"), 0) or 0,
                rank=whole(values.get("pair_rank"), None),
                value=num(values.get("value")), tied=whole(values.get("tied"), 1) or 1,
                leader=values.get("leader") or None,
                leader_value=num(values.get("leader_value")),
                sentence="",
            )  # fmt: skip
            out.append(replace(rank, sentence=_rank_sentence(rank)))
    return tuple(out)


# ---- periods ---------------------------------------------------------------------


def _label(day: date, by: str) -> str:
    return str(day.year) if by == "year" else f"{day.year}-{day.month:02d}"


def _number(label: str, by: str) -> int:
    year = int(label[:4])
    return year if by == "year" else year * 12 + int(label[5:7]) - 1


def _label_of(number: int, by: str) -> str:
    return str(number) if by == "year" else f"{number // 12}-{number % 12 + 1:02d}"


def _continuous(
    frame: pd.DataFrame, by: str, since: date | None, until: date | None
) -> pd.DataFrame:
    """Every period from ``since`` (else the first with data) to ``until`` (else the
    last): empty ones with counts 0 and the rest missing, as the SQL does."""
    numbers = [_number(p, by) for p in frame["period"]]
    lo = _number(_label(since, by), by) if since else min(numbers, default=None)
    hi = _number(_label(until, by), by) if until else max(numbers, default=None)
    if lo is None or hi is None or lo > hi:
        return frame.iloc[0:0]
    labels = [_label_of(n, by) for n in range(lo, hi + 1)]
    out = frame.set_index("period").reindex(labels)
    for col in out.columns:
        if col in ZERO_FILLED:
            out[col] = out[col].fillna(0)
    out.index.name = "period"
    return out.reset_index()


def _tidy(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.loc[:, list(COLUMNS)].copy()
    out["period"] = out["period"].astype(str)
    for col in COLUMNS[1:]:
        out[col] = out[col].astype("int64" if col in INTEGER_COLUMNS else "float64")
    return out.sort_values("period", kind="stable").reset_index(drop=True)


# ---- attention and survey estimates -------------------------------------------------


def _attention(
    source: Store | Path, q: AggregateQuery, engine: str, master: str | None, notes: list[str]
) -> pd.DataFrame | None:
    """The attention module's shares per period, or None (with a note) while it is
    missing or cannot read this input."""
    try:
        from dyadscope.analyse.attention import attention
    except ModuleNotFoundError as exc:
        if exc.name != "dyadscope.analyse.attention":
            raise
        notes.append("attention: not available in this version (dyadscope.analyse.attention "
                     "is missing): the attention columns are empty")
        return None
    try:
        frame = attention(source, q.pair, by=q.by, since=q.since, until=q.until,
                          engine=engine, master=master)
    except DyadscopeError as exc:
        notes.append(f"attention: left out ({exc})")
        return None
    notes += [f"attention: {n}" for n in frame.attrs.get("notes", [])]
    have = [c for c in ATTENTION_COLUMNS if c in frame.columns]
    out = frame.loc[:, ["period", *have]].copy()
    out["period"] = out["period"].astype(str)
    return out


def _midpoint(start: str, end: str) -> date | None:
    from dyadscope.periods import first_day, last_day

    try:
        lo, hi = first_day(start), last_day(end)
    except ValueError:
        return None
    return lo + timedelta(days=(hi - lo).days // 2)


def estimate_rows(
    estimates: Iterable[Estimate], by: str, since: date | None, until: date | None
) -> tuple[pd.DataFrame, int]:
    """One row per survey estimate in the period of its fieldwork's midpoint (and
    the number left out for having no readable fieldwork dates)."""
    rows: list[dict[str, Any]] = []
    undated = 0
    for est in estimates:
        start = est.fieldwork_start
        end = est.fieldwork_end or start
        mid = _midpoint(start, end) if start and end else None
        if mid is None:
            undated += 1
            continue
        if (since and mid < since) or (until and mid > until):
            continue
        rows.append({
            "period": _label(mid, by), "survey": est.survey, "population": est.population,
            "group": est.group, "question": est.question, "wording": est.wording,
            "answer": est.answer, "estimate": est.estimate, "se": est.se,
            "ci_low": est.ci[0], "ci_high": est.ci[1], "n": est.n,
            "fieldwork_start": start, "fieldwork_end": end,
        })  # fmt: skip
    frame = pd.DataFrame(rows, columns=list(ESTIMATE_COLUMNS))
    return frame.sort_values("period", kind="stable").reset_index(drop=True), undated


def _estimates(
    source: Store | Path, q: AggregateQuery, notes: list[str]
) -> pd.DataFrame:
    """The store's survey estimates for the pair, if the store keeps any."""
    empty = pd.DataFrame(columns=list(ESTIMATE_COLUMNS))
    if isinstance(source, Path) and (is_parquet_input(source) or is_gdelt_input(source)):
        notes.append("survey estimates: read from a store only, not from Parquet or GDELT files")
        return empty
    store = source if isinstance(source, Store) else Store(source, read_only=True)
    try:
        try:
            found = list(store.estimates(q.pair))
        except duckdb.Error:  # a store made before estimates were kept, opened read-only
            notes.append("survey estimates: the store has no estimates table")
            return empty
    finally:
        if store is not source:
            store.close()
    frame, undated = estimate_rows(found, q.by, q.since, q.until)
    if undated:
        notes.append(f"survey estimates: {undated} without fieldwork dates left out")
    return frame


# ---- the whole run -----------------------------------------------------------------


def _query(
    pair: Sequence[str], by: str, domain: str | None, since: str | date | None,
    until: str | date | None,
) -> AggregateQuery:
    if len(pair) != 2:
        raise DyadscopeError(f"pair must be two actor codes like AZE PAK, not {tuple(pair)}")
    try:
        return AggregateQuery(
            pair=(pair[0].strip().upper(), pair[1].strip().upper()), by=by, domain=domain,
            since=period_bound(since, end=False), until=period_bound(until, end=True),
        )  # fmt: skip
    except ValueError as exc:
        raise DyadscopeError(str(exc)) from exc


def _source(store_or_path: Store | str | Path) -> Store | Path:
    if isinstance(store_or_path, Store):
        return store_or_path
    path = Path(store_or_path)
    if not path.exists():
        raise InputError(str(path), "no such store file or Parquet folder")
    return path


def indicators(
    store_or_path: Store | str | Path,
    pair: Sequence[str],
    by: str = "year",
    *,
    domain: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    engine: str = "duckdb",
    master: str | None = None,
    partners: Iterable[str] | None = None,
    with_attention: bool = True,
) -> IndicatorRun:
    """Series, change points and ranks of ``pair`` (inputs as ``aggregate``: a
    store, Parquet, or GDELT files; GDELT files hold the pair's rows only, so they
    give no ranks). ``partners``: the codes that can be partners in a rank
    (default: every state). ``with_attention`` False leaves the attention columns
    empty (it reads every GDELT row of both sides' press: the benchmark times it
    apart)."""
    if engine not in ENGINES:
        raise DyadscopeError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    q = _query(pair, by, domain, since, until)
    source = _source(store_or_path)
    notes: list[str] = []
    gdelt = is_gdelt_input(source)
    if gdelt:
        assert isinstance(source, Path)
        source = gdelt_store(source, q, notes)
    dialect = DIALECTS[engine]
    if partners is None:
        from dyadscope.codes.countries import country_codes

        partners = country_codes()
    sqls = [render_series_sql(q, dialect)]
    if not gdelt:
        sqls.append(render_ranks_sql(q, dialect, sorted(partners)))
    try:
        frames = run_queries(source, sqls, engine, master)
        attention = _attention(source, q, engine, master, notes) if with_attention else None
        estimates = _estimates(source, q, notes)
    finally:
        if gdelt and isinstance(source, Store):
            source.close()
    frame = frames[0]
    notes += split_notes(frame[SPLIT_COLUMN].tolist())
    series = frame.drop(columns=[SPLIT_COLUMN])
    for col in ATTENTION_COLUMNS:
        series[col] = math.nan
    if attention is not None:
        series = _merge(series.drop(columns=list(ATTENTION_COLUMNS)), attention)
        for col in ATTENTION_COLUMNS:
            if col not in series.columns:
                series[col] = math.nan
    if estimates.empty:
        series[SURVEY_COLUMN] = 0
    else:
        counts = estimates.groupby("period").size().rename(SURVEY_COLUMN)
        series = _merge(series, counts.rename_axis("period").reset_index())
    series = _tidy(_continuous(series, q.by, q.since, q.until))
    if q.domain:
        notes.append(f"--domain {q.domain}: events, cooperation, conflict, Goldstein and arms "
                     "transfers are of that domain only; trade, attention and survey "
                     "estimates have no domain")
    if gdelt:
        notes.append("ranks: GDELT files are read for the pair only, so there are no partners "
                     "to rank against")
    labels = series["period"].tolist()
    trends = tuple(detect(name, labels, series[name].tolist(), wording, q.by)
                   for name, wording in TRENDS.items())
    ranks = _ranks(frames[1] if len(frames) > 1 else None, q.pair) if not gdelt else ()
    return IndicatorRun(q.pair, q.by, q.domain, series, estimates, trends, ranks, tuple(notes))


def _merge(left: pd.DataFrame, right: pd.DataFrame) -> pd.DataFrame:
    """Outer join on period: periods only one side has data for stay."""
    right = right.assign(period=right["period"].astype(str))
    return left.merge(right, on="period", how="outer")
